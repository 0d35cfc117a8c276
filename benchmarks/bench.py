"""Throughput benchmark: the pipeline against spaCy's bare tokenizer, on one machine.

    python benchmarks/bench.py [--letters 2000] [--rss-letters 1000 2000] [--out benchmarks/results/latest.json]

Input: the bundled corpus plus ../shared/corpus/letters (when present), read once through the
project's readers (that read is the ingestion measurement, per format) and replicated to
--letters texts (JSONL), so that text processing and ingestion are measured separately. Each
copy gets --novel-words word forms of its own, because a stream of distinct letters keeps
growing spaCy's vocabulary (a memory cost that identical copies would hide). Every measurement runs
in a fresh subprocess so that peak RSS belongs to that measurement alone.
"""

from __future__ import annotations

import argparse
import json
import platform
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED_LETTERS = ROOT.parent / "shared" / "corpus" / "letters"


def _sources() -> list[Path]:
    files = sorted((ROOT / "corpus").glob("*.txt"))
    if SHARED_LETTERS.is_dir():
        files += sorted(p for p in SHARED_LETTERS.iterdir() if p.is_file())
    return files


# Linux keeps ru_maxrss across execve, so a child would report at least its parent's peak;
# VmHWM belongs to the child's own address space.
_PEAK_RSS = """
def _peak_rss_mb():
    try:
        with open("/proc/self/status") as status:
            for line in status:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) / 1024
    except OSError:
        pass
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
"""


def _child(code: str, *args: str) -> dict:
    """Run `code` in a fresh interpreter; it prints one JSON object; add the child's peak RSS."""
    wrapper = (
        "import json, resource, sys\n"
        f"{_PEAK_RSS}\n"
        f"{code}\n"
        "result['peak_rss_mb'] = _peak_rss_mb()\n"
        "print(json.dumps(result))\n"
    )
    out = subprocess.run([sys.executable, "-c", wrapper, *args], check=True, capture_output=True, text=True, cwd=ROOT)
    return json.loads(out.stdout.strip().splitlines()[-1])


TOKENIZER_ONLY = """
import time, spacy
texts = [json.loads(l)["text"] for l in open(sys.argv[1], encoding="utf-8")]
nlp = spacy.blank("nl")
start = time.perf_counter()
tokens = sum(len(doc) for doc in nlp.pipe(texts, batch_size=64))
elapsed = time.perf_counter() - start
result = {"letters": len(texts), "tokens": tokens, "seconds": elapsed}
"""

RUN = """
import time
from pathlib import Path
from pipeline.runner import run
start = time.perf_counter()
summary = run([sys.argv[1]], Path(sys.argv[2]), Path(sys.argv[2] + ".errors"),
              options={"model": sys.argv[4], "until": None, "timings": True}, workers=int(sys.argv[3]))
elapsed = time.perf_counter() - start
stage_seconds = {}
with open(sys.argv[2], encoding="utf-8") as records:
    for line in records:
        for stage, seconds in json.loads(line).get("timings", {}).items():
            stage_seconds[stage] = stage_seconds.get(stage, 0.0) + seconds
result = {"letters": summary.written, "failed": summary.failed, "seconds": elapsed, "stage_seconds": stage_seconds}
"""

STATISTICAL_MODELS = ("nl_core_news_lg", "nl_core_news_md", "nl_core_news_sm")


INGEST = """
import time
from pathlib import Path
import pdfplumber
from pipeline.readers import ReadError, read_path
by_format, texts = {}, []
for path in map(Path, sys.argv[2:]):
    fmt = path.suffix.lstrip(".").lower()
    entry = by_format.setdefault(fmt, {"letters": 0, "bytes": 0, "seconds": 0.0})
    if fmt == "pdf":
        with pdfplumber.open(path) as pdf:
            entry["pages"] = entry.get("pages", 0) + len(pdf.pages)
    start = time.perf_counter()
    try:
        texts.append(read_path(path).text)
    except ReadError:
        continue
    entry["seconds"] += time.perf_counter() - start
    entry["letters"] += 1
    entry["bytes"] += path.stat().st_size
for entry in by_format.values():
    entry["letters_per_s"] = entry["letters"] / entry["seconds"] if entry["seconds"] else 0.0
    if "pages" in entry:
        entry["pages_per_s"] = entry["pages"] / entry["seconds"]
Path(sys.argv[1]).write_text(json.dumps(texts), encoding="utf-8")
result = {"by_format": by_format}
"""


_TEXTS: list[str] = []


def _texts() -> list[str]:
    """The distinct letters as text, read once through the project's readers (main() fills this
    from the ingestion measurement, which reads them anyway)."""
    if not _TEXTS:
        sys.path.insert(0, str(ROOT))
        from pipeline.readers import ReadError, read_path

        for source in _sources():
            try:
                _TEXTS.append(read_path(source).text)
            except ReadError:
                continue
    return _TEXTS


def _write_texts(path: Path, count: int, novel_words: int = 0) -> int:
    """`count` letters cycling through the distinct texts; each copy gets `novel_words` word forms
    never seen before (as a new letter brings names, numbers and compounds), so that spaCy's
    vocabulary grows with the stream as it would over distinct letters."""
    texts = _texts()
    rng = random.Random(0)
    with path.open("w", encoding="utf-8") as handle:
        for index in range(count):
            words = texts[index % len(texts)].split(" ")
            for position in rng.sample(range(len(words)), min(novel_words, len(words))):
                words[position] += f"{index:x}v{position:x}"
            handle.write(json.dumps({"id": f"letter-{index:06d}", "text": " ".join(words)}) + "\n")
    return len(texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=2000)
    # RSS at the first count is compared with RSS at the second; a count equal to --letters reuses
    # the 1-worker run. Pass 1000 10000 for the long check (about 20 minutes on 2 cores).
    parser.add_argument("--rss-letters", type=int, nargs=2, default=[1000, 2000])
    parser.add_argument("--model", default="blank:nl")
    parser.add_argument("--novel-words", type=int, default=50, help="never-seen word forms added to each copy")
    parser.add_argument("--statistical-letters", type=int, default=200)
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "latest.json")
    args = parser.parse_args()

    started = time.perf_counter()
    result: dict = {
        "machine": {"platform": platform.platform(), "python": platform.python_version(), "cpus": _cpus()},
    }
    with tempfile.TemporaryDirectory() as tmp:
        # ingestion: every original file once, through the readers, per format
        distinct = Path(tmp) / "distinct.json"
        result["ingestion"] = _child(INGEST, str(distinct), *map(str, _sources()))["by_format"]
        _TEXTS[:] = json.loads(distinct.read_text(encoding="utf-8"))
        letters = Path(tmp) / "letters.jsonl"
        result["distinct_letters"] = _write_texts(letters, args.letters, args.novel_words)
        result["novel_words_per_letter"] = args.novel_words

        def pipeline_run(path: Path, workers: int, model: str = args.model) -> dict:
            return _child(RUN, str(path), str(Path(tmp) / f"out-{workers}.jsonl"), str(workers), model)

        tokenizer = _child(TOKENIZER_ONLY, str(letters))
        result["tokenizer_only"] = {**tokenizer, "letters_per_s": tokenizer["letters"] / tokenizer["seconds"],
                                    "tokens_per_s": tokenizer["tokens"] / tokenizer["seconds"]}
        runs = {workers: pipeline_run(letters, workers) for workers in (1, 2)}
        one = runs[1]
        total_stage = sum(one["stage_seconds"].values()) or 1.0
        result["pipeline"] = {
            **one,
            "base_model": args.model,
            "letters_per_s": one["letters"] / one["seconds"],
            "tokens_per_s": tokenizer["tokens"] / one["seconds"],
            "stage_share": {k: round(v / total_stage, 4) for k, v in sorted(one["stage_seconds"].items())},
        }
        ratio = result["pipeline"]["letters_per_s"] / result["tokenizer_only"]["letters_per_s"]
        result["ratio_pipeline_to_tokenizer"] = ratio
        result["workers"] = {
            str(w): {"letters": r["letters"], "seconds": r["seconds"], "letters_per_s": r["letters"] / r["seconds"]}
            for w, r in runs.items()
        }
        result["speedup_2_workers"] = runs[1]["seconds"] / runs[2]["seconds"]

        rss = {}
        for count in args.rss_letters:
            if count == args.letters:
                rss[str(count)] = one["peak_rss_mb"]
                continue
            path = Path(tmp) / f"rss{count}.jsonl"
            _write_texts(path, count, args.novel_words)
            rss[str(count)] = pipeline_run(path, 1)["peak_rss_mb"]
        result["peak_rss_mb_by_letters"] = rss
        small, large = (rss[str(c)] for c in args.rss_letters)
        result["rss_growth"] = large / small - 1

        installed = [name for name in STATISTICAL_MODELS if _installed(name)]
        if installed:
            path = Path(tmp) / "statistical.jsonl"
            _write_texts(path, args.statistical_letters, args.novel_words)
            statistical = pipeline_run(path, 1, installed[0])
            result["statistical_model"] = {
                "model": installed[0], **statistical,
                "letters_per_s": statistical["letters"] / statistical["seconds"],
            }
        else:
            result["statistical_model"] = None

    result["benchmark_seconds"] = time.perf_counter() - started
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    _table(result)


def _installed(package: str) -> bool:
    import spacy.util

    return bool(spacy.util.is_package(package))


def _cpus() -> int:
    import os

    return os.cpu_count() or 0


def _table(result: dict) -> None:
    p, t = result["pipeline"], result["tokenizer_only"]
    rows = [
        ("letters", str(p["letters"])),
        ("pipeline letters/s", f"{p['letters_per_s']:.1f}"),
        ("pipeline tokens/s", f"{p['tokens_per_s']:.0f}"),
        ("tokenizer-only letters/s", f"{t['letters_per_s']:.1f}"),
        ("ratio pipeline / tokenizer", f"{result['ratio_pipeline_to_tokenizer']:.3f}"),
        ("2-worker speed-up", f"{result['speedup_2_workers']:.2f}x"),
        ("peak RSS MB by letters", json.dumps(result["peak_rss_mb_by_letters"])),
        ("RSS growth", f"{result['rss_growth']:+.1%}"),
        ("stage share", ", ".join(f"{k} {v:.0%}" for k, v in p["stage_share"].items())),
    ]
    statistical = result["statistical_model"]
    rows.append(("statistical base model", f"{statistical['model']}: {statistical['letters_per_s']:.1f} letters/s"
                 if statistical else "none installed"))
    for fmt, entry in sorted(result["ingestion"].items()):
        pages = f", {entry['pages_per_s']:.2f} pages/s" if "pages_per_s" in entry else ""
        rows.append((f"reading {fmt}", f"{entry['letters_per_s']:.1f} letters/s{pages} ({entry['letters']} files)"))
    width = max(len(k) for k, _ in rows)
    for key, value in rows:
        print(f"{key:<{width}}  {value}")


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    main()
