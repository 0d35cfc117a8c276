"""Build the gold JSONL files from the hand-written specs in annotations/src/ and validate them.

    python annotations/build.py            # build + validate all, write the JSONL files
    python annotations/build.py --show 004 # print one letter's sentences and spans for review
"""
from __future__ import annotations

import argparse
import hashlib
import importlib.util
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).parent))
from anchor import locate, split_sentences, trim  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SRC = Path(__file__).parent / "src"
OUTPUTS = {"seeds": "seeds.jsonl", "corpus-text": "corpus-text.jsonl",
           "corpus-pdf-docx": "corpus-pdf-docx.jsonl"}
# Formats whose gold text is the project's reader output (ANNOTATION.md section 1); the
# reader only extracts text, no entity stage runs.
READER_FORMATS = {".pdf", ".docx"}
NORM_KEYS = {
    "AMOUNT": {"value", "currency", "approximate", "qualifier", "per"},
    "MINISTER": {"name", "role", "portfolio"},
    "PROGRAMME": {"name", "acronym"},
    "DATE": {"value", "mod"},
    "REFERENCE": {"kind", "dossier", "number", "id"},
}
META_KEYS = {"date", "reference", "subject", "sender", "signatories"}
INLINE_FOOTNOTE = re.compile(r"\[(\d+):\s+([^\]]*)\]")


def load_spec(path: Path) -> Any:
    spec = importlib.util.spec_from_file_location(path.stem, path)
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def read_text(source: str) -> tuple[str, str]:
    path = ROOT / source
    data = path.read_bytes()
    if path.suffix in READER_FORMATS:
        from pipeline.readers import read_path
        return read_path(path).text, hashlib.sha256(data).hexdigest()
    return data.decode("utf-8"), hashlib.sha256(data).hexdigest()


def _cut(text: str, quote: str | tuple[str, int]) -> int:
    """Cut position: after the quote, or at its "|" when it has one ("Onderzoek |Het")."""
    q, occ = (quote, 1) if isinstance(quote, str) else quote
    if "|" in q:
        return locate(text, q.replace("|", ""), occ)[0] + q.index("|")
    return locate(text, q, occ)[1]


def _region(text: str, region: tuple[Any, ...]) -> tuple[int, int]:
    """(from_quote, to_quote[, mode]): from the start of the first to the end of the second."""
    fq, focc = (region[0], 1) if isinstance(region[0], str) else region[0]
    start = locate(text, fq, focc)[0]
    tq, tocc = (region[1], 1) if isinstance(region[1], str) else region[1]
    return start, locate(text, tq, tocc, lo=start)[1]


# blank line; a line starting with a bullet glyph ("\uf0b7" is Symbol-font bullet) or "1. "
PARA_BREAK = re.compile(r"\n[ \t]*\n\s*|\n(?=[ \t]*(?:[•·▪\uf0b7–-]|\d{1,2}\.)[ \t])")


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Paragraphs of text[start:end]: split at blank lines and before list-item lines."""
    cuts = [m.start() for m in PARA_BREAK.finditer(text, start, end)]
    bounds = [start] + cuts + [end]
    return [(bounds[i], bounds[i + 1]) for i in range(len(bounds) - 1)]


def sentences(mod: Any, text: str) -> list[list[int]]:
    masked = text
    notes: list[tuple[int, int]] = []
    if getattr(mod, "INLINE_FOOTNOTES", False):
        # "[2:  body]": the body is a sentence of its own; the brackets break the flow.
        for m in INLINE_FOOTNOTE.finditer(text):
            notes.append(trim(text, m.start(2), m.end(2)))
            masked = masked[:m.start()] + "\n" * (m.end() - m.start()) + masked[m.end():]
    nosplit = [_cut(text, q) for q in getattr(mod, "NOSPLIT", [])]
    split = [_cut(text, q) for q in getattr(mod, "CUT", [])]
    if getattr(mod, "CUT_BEFORE", None):
        split += [m.start() for m in re.finditer(mod.CUT_BEFORE, text)]
    drop = set(getattr(mod, "DROP", []))
    drop_start = tuple(getattr(mod, "DROP_START", ()))
    for region in mod.REGIONS:
        # footnote blocks are sentences of their own; keep them out of the running lines
        if len(region) > 2 and region[2] == "footnotes":
            s, e = _region(text, region)
            masked = masked[:s] + "\n" * (e - s) + masked[e:]
    out: list[tuple[int, int]] = []
    for region in mod.REGIONS:
        mode = region[2] if len(region) > 2 else "lines"
        start, end = _region(text, region)
        if mode == "single":
            out.append(trim(text, start, end))
        elif mode == "footnotes":
            # footnote lines "1   body 2   body": a number followed by 2+ spaces starts a note
            marks = [m for m in re.finditer(r"(?:^|(?<=\s))\d{1,2}\s{2,}", text[start:end])]
            for i, m in enumerate(marks):
                s = start + m.end()
                e = start + marks[i + 1].start() if i + 1 < len(marks) else end
                out.extend(split_sentences(text, s, e, nosplit, split, by_line=False))
        elif mode == "paras":
            # reader text with wrapped lines (PDF): a paragraph ends at a blank line, a list
            # item at the next bullet line; cuts inside a paragraph as in running lines
            for s, e in _paragraphs(masked, start, end):
                out.extend((a, b) for a, b in
                           split_sentences(masked, s, e, nosplit, split, by_line=False)
                           if text[a:b] not in drop
                           and not (drop_start and text[a:b].startswith(drop_start)))
        else:
            # DROP / DROP_START remove reviewed non-sentences from the running lines only
            out.extend((s, e) for s, e in split_sentences(masked, start, end, nosplit, split)
                       if text[s:e] not in drop
                       and not (drop_start and text[s:e].startswith(drop_start)))
    for s, e in notes:
        out.extend(split_sentences(text, s, e, nosplit, split, by_line=False))
    return sorted([s, e] for s, e in set(out))


def spans(mod: Any, text: str) -> list[dict[str, Any]]:
    out = []
    for sp in mod.SPANS:
        if sp["occ"] == "all":
            from anchor import occurrences
            starts = occurrences(text, sp["quote"])
            if not starts:
                raise ValueError(f"{sp['quote']!r} not found")
            locs = [(s, s + len(sp["quote"])) for s in starts]
        else:
            locs = [locate(text, sp["quote"], sp["occ"], loose=sp.get("loose", False))]
        for s, e in locs:
            out.append({"start": s, "end": e, "label": sp["label"], "norm": sp["norm"]})
    return sorted(out, key=lambda d: (d["start"], d["end"]))


def validate(line: dict[str, Any], text: str) -> list[str]:
    errs = []
    lo, hi = line.get("extent") or (0, len(text))
    if set(line["meta"]) != META_KEYS:
        errs.append(f"meta keys {sorted(line['meta'])}")
    prev_end, prev = -1, None
    for sp in line["spans"]:
        s, e, t = sp["start"], sp["end"], text[sp["start"]:sp["end"]]
        if not t or t != t.strip():
            errs.append(f"outer whitespace {s}-{e} {t!r}")
        if s < prev_end:
            errs.append(f"overlap {prev} / {t!r}@{s}")
        if not lo <= s < e <= hi:
            errs.append(f"outside extent {t!r}")
        missing = NORM_KEYS[sp["label"]] - set(sp["norm"])
        if missing:
            errs.append(f"{t!r} norm misses {missing}")
        prev_end, prev = e, f"{t!r}@{s}"
    for s, e in line["sentences"]:
        t = text[s:e]
        if not t or t != t.strip():
            errs.append(f"sentence whitespace {s}-{e}")
        if not lo <= s < e <= hi:
            errs.append(f"sentence outside extent {s}-{e}")
    return errs


def letter_line(mod: Any) -> tuple[dict[str, Any], str]:
    """One gold line from a spec module, and the letter text it points into."""
    text, sha = read_text(mod.SOURCE)
    line: dict[str, Any] = {"id": mod.ID, "source": mod.SOURCE, "sha256": sha,
                            "split": mod.SPLIT}
    if getattr(mod, "EXTENT", None):
        # EXTENT_FROM: a part in the middle of a long letter (its start quote)
        start = locate(text, mod.EXTENT_FROM)[0] if getattr(mod, "EXTENT_FROM", None) else 0
        line["extent"] = [start, _cut(text, mod.EXTENT)]
    line["meta"] = mod.META
    lo, hi = line.get("extent") or (0, len(text))
    # reader texts put footnote bodies after the last page: outside a partial extent
    line["sentences"] = [[s, e] for s, e in sentences(mod, text) if lo <= s and e <= hi]
    line["spans"] = spans(mod, text)
    return line, text


def gold_files() -> dict[str, list[tuple[dict[str, Any], str]]]:
    """Gold lines per output file (sorted by id), each with its text."""
    files: dict[str, list[tuple[dict[str, Any], str]]] = {k: [] for k in OUTPUTS}
    for path in sorted(SRC.glob("*.py")):
        mod = load_spec(path)
        files[mod.OUTPUT].append(letter_line(mod))
    for lines in files.values():
        lines.sort(key=lambda lt: lt[0]["id"])
    return files


def show_letter(line: dict[str, Any], text: str) -> None:
    for i, (s, e) in enumerate(line["sentences"]):
        print(f"S{i:03d} {s}-{e}: {text[s:e]!r}")
    for sp in line["spans"]:
        ctx = text[max(0, sp["start"] - 25):sp["start"]].replace("\n", "⏎")
        print(f"{sp['label']:9} {sp['start']}-{sp['end']} [{ctx}]"
              f" {text[sp['start']:sp['end']]!r} {json.dumps(sp['norm'], ensure_ascii=False)}")


def build(show: str | None = None) -> int:
    files = gold_files()
    counts: Counter[str] = Counter()
    failed = 0
    for key, lines in files.items():
        with open(Path(__file__).parent / OUTPUTS[key], "w", encoding="utf-8") as fh:
            for line, text in lines:
                for err in validate(line, text):
                    print(f"{line['id']}: {err}")
                    failed = 1
                counts.update(sp["label"] for sp in line["spans"])
                if show == line["id"]:
                    show_letter(line, text)
                fh.write(json.dumps(line, ensure_ascii=False) + "\n")
    print("spans per label:", dict(sorted(counts.items())))
    print("letters:", {k: len(v) for k, v in files.items()})
    return failed


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--show")
    sys.exit(build(ap.parse_args().show))
