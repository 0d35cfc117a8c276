"""Throughput benchmark: the pipeline against spaCy's bare tokenizer, on one machine.

    python benchmarks/bench.py [--letters 600] [--rss-letters 300 1500] [--out benchmarks/results/latest.json]

Input: the bundled corpus plus ../shared/corpus/letters (when present), read once through the
project's readers and replicated to --letters texts (JSONL), so that text processing and
ingestion (reading the original PDF/DOCX files) are measured separately. Every measurement runs
in a fresh subprocess so that peak RSS belongs to that measurement alone.
"""

from __future__ import annotations

import argparse
import json
import platform
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


def _child(code: str, *args: str) -> dict:
    """Run `code` in a fresh interpreter; it prints one JSON object; add the child's peak RSS."""
    wrapper = (
        "import json, resource, sys\n"
        f"{code}\n"
        "result['peak_rss_mb'] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024\n"
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

PIPELINE = """
import time
from pipeline.runner import iter_items
from pipeline.processor import Processor
from pipeline.records import Record
processor = Processor(model=sys.argv[2], timings=True)
stage_seconds, letters, failed, tokens = {}, 0, 0, 0
start = time.perf_counter()
for record in processor.process(iter_items([sys.argv[1]])):
    if not isinstance(record, Record):
        failed += 1
        continue
    letters += 1
    for stage, seconds in record.timings.items():
        stage_seconds[stage] = stage_seconds.get(stage, 0.0) + seconds
elapsed = time.perf_counter() - start
result = {"letters": letters, "failed": failed, "seconds": elapsed, "stage_seconds": stage_seconds,
          "base_model": processor.base_model}
"""

WORKERS = """
import time
from pathlib import Path
from pipeline.runner import run
start = time.perf_counter()
summary = run([sys.argv[1]], Path(sys.argv[2]), Path(sys.argv[2] + ".errors"),
              options={"model": "blank:nl", "until": None, "timings": False}, workers=int(sys.argv[3]))
result = {"letters": summary.written, "seconds": time.perf_counter() - start}
"""

INGEST = """
import time
from pathlib import Path
import pdfplumber
from pipeline.readers import read_path
paths = [Path(p) for p in sys.argv[1:]]
pages = 0
for path in paths:
    with pdfplumber.open(path) as pdf:
        pages += len(pdf.pages)
start = time.perf_counter()
for path in paths:
    read_path(path)
elapsed = time.perf_counter() - start
result = {"pdfs": len(paths), "pages": pages, "seconds": elapsed}
"""


_TEXTS: list[str] = []


def _texts() -> list[str]:
    """The distinct letters as text, read once through the project's readers."""
    if not _TEXTS:
        sys.path.insert(0, str(ROOT))
        from pipeline.readers import ReadError, read_path

        for source in _sources():
            try:
                _TEXTS.append(read_path(source).text)
            except ReadError:
                continue
    return _TEXTS


def _write_texts(path: Path, count: int) -> int:
    texts = _texts()
    with path.open("w", encoding="utf-8") as handle:
        for index in range(count):
            handle.write(json.dumps({"id": f"letter-{index:06d}", "text": texts[index % len(texts)]}) + "\n")
    return len(texts)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--letters", type=int, default=600)
    # Defaults keep one run under 10 minutes on 2 cores; pass 1000 10000 for the long RSS check.
    parser.add_argument("--rss-letters", type=int, nargs=2, default=[300, 1500])
    parser.add_argument("--model", default="blank:nl")
    parser.add_argument("--out", type=Path, default=ROOT / "benchmarks" / "results" / "latest.json")
    args = parser.parse_args()

    started = time.perf_counter()
    result: dict = {
        "machine": {"platform": platform.platform(), "python": platform.python_version(), "cpus": _cpus()},
    }
    with tempfile.TemporaryDirectory() as tmp:
        letters = Path(tmp) / "letters.jsonl"
        result["distinct_letters"] = _write_texts(letters, args.letters)
        tokenizer = _child(TOKENIZER_ONLY, str(letters))
        pipeline = _child(PIPELINE, str(letters), args.model)
        tokens_per_s = tokenizer["tokens"] / tokenizer["seconds"]
        result["tokenizer_only"] = {**tokenizer, "letters_per_s": tokenizer["letters"] / tokenizer["seconds"],
                                    "tokens_per_s": tokens_per_s}
        pipeline_rate = pipeline["letters"] / pipeline["seconds"]
        total_stage = sum(pipeline["stage_seconds"].values()) or 1.0
        result["pipeline"] = {
            **pipeline,
            "letters_per_s": pipeline_rate,
            "tokens_per_s": tokenizer["tokens"] / pipeline["seconds"],
            "stage_share": {k: round(v / total_stage, 4) for k, v in sorted(pipeline["stage_seconds"].items())},
        }
        result["ratio_pipeline_to_tokenizer"] = pipeline_rate / result["tokenizer_only"]["letters_per_s"]

        scaling = {}
        for workers in (1, 2):
            scaling[workers] = _child(WORKERS, str(letters), str(Path(tmp) / f"w{workers}.jsonl"), str(workers))
        result["workers"] = {
            str(w): {**s, "letters_per_s": s["letters"] / s["seconds"]} for w, s in scaling.items()
        }
        result["speedup_2_workers"] = (scaling[1]["seconds"] / scaling[2]["seconds"])

        rss = {}
        for count in args.rss_letters:
            path = Path(tmp) / f"rss{count}.jsonl"
            _write_texts(path, count)
            rss[str(count)] = _child(PIPELINE, str(path), "blank:nl")["peak_rss_mb"]
        result["peak_rss_mb_by_letters"] = rss

        pdfs = sorted(SHARED_LETTERS.glob("*.pdf")) if SHARED_LETTERS.is_dir() else []
        if pdfs:
            ingest = _child(INGEST, *map(str, pdfs))
            result["pdf_ingestion"] = {**ingest, "pages_per_s": ingest["pages"] / ingest["seconds"]}
    result["benchmark_seconds"] = time.perf_counter() - started
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
    _table(result)


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
        ("stage share", ", ".join(f"{k} {v:.0%}" for k, v in p["stage_share"].items())),
    ]
    if "pdf_ingestion" in result:
        rows.append(("PDF pages/s (reading)", f"{result['pdf_ingestion']['pages_per_s']:.2f}"))
    width = max(len(k) for k, _ in rows)
    for key, value in rows:
        print(f"{key:<{width}}  {value}")


if __name__ == "__main__":
    resource.setrlimit(resource.RLIMIT_CORE, (0, 0))
    main()
