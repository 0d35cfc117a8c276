"""Build annotations/heldout.jsonl (the held-out test split) from the specs in annotations/heldout/src/.

Reuses the project's annotation tooling (annotations/anchor.py, annotations/build.py: quote +
occurrence -> offsets, sentence proposals, validation) read-only.
Extra spec keys: MERGE = [(first_quote, last_quote)] -> the proposed sentences inside are
replaced by one sentence from the start of the first to the end of the last (a sentence split
by a page break or a misplaced bullet line); SENTS = [(first_quote, last_quote)] adds a sentence.

    python annotations/heldout/build.py [--show ID]
"""
from __future__ import annotations

import argparse
import importlib.util
import json
import sys
from collections import Counter
from pathlib import Path

HERE = Path(__file__).resolve().parent
ANN = HERE.parent
sys.path[:0] = [str(ANN), str(HERE)]
_spec = importlib.util.spec_from_file_location("projbuild", ANN / "build.py")
pb = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(pb)  # type: ignore[union-attr]
from anchor import locate  # noqa: E402


def _q(x):
    return (x, 1) if isinstance(x, str) else x


def adjust(mod, line, text):
    lo, hi = line.get("extent") or (0, len(text))
    sents = [tuple(s) for s in line["sentences"]]
    for a, b in getattr(mod, "MERGE", []):
        s = locate(text, *_q(a))[0]
        e = locate(text, _q(b)[0], _q(b)[1], lo=s)[1]
        sents = [x for x in sents if not (s <= x[0] and x[1] <= e)] + [(s, e)]
    for a, b in getattr(mod, "SENTS", []):
        s = locate(text, *_q(a))[0]
        e = locate(text, _q(b)[0], _q(b)[1], lo=s)[1]
        sents.append((s, e))
    line["sentences"] = sorted([list(x) for x in set(sents) if lo <= x[0] and x[1] <= hi])


def main(show=None):
    counts: Counter[str] = Counter()
    failed = 0
    out = []
    for path in sorted((HERE / "src").glob("c*.py")):
        mod = pb.load_spec(path)
        try:
            line, text = pb.letter_line(mod)
            adjust(mod, line, text)
        except Exception as exc:  # report and keep the other letters usable
            print(f"{path.name}: FAILED {exc}")
            failed = 1
            continue
        errs = pb.validate(line, text)
        for err in errs:
            print(f"{line['id']}: {err}")
        if errs:
            failed = 1
            continue
        counts.update(sp["label"] for sp in line["spans"])
        c = Counter(sp["label"] for sp in line["spans"])
        print(line["id"], "extent", line.get("extent"), "sentences", len(line["sentences"]), dict(sorted(c.items())))
        if show == line["id"]:
            pb.show_letter(line, text)
        out.append(line)
    with open(ANN / "heldout.jsonl", "w", encoding="utf-8") as fh:
        for line in out:
            fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    print("spans per label:", dict(sorted(counts.items())), "letters:", len(out))
    return failed


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--show")
    sys.exit(main(ap.parse_args().show))
