"""Batch runs: find the letters, stream them through a `Processor`, write JSONL safely.

Output goes to `<out>.partial`, flushed line by line, and is renamed to `<out>` when the run
ends; `resume=True` keeps what an interrupted run already wrote and skips those ids, so an
interrupted run can finish without duplicates or losses. With `workers > 1` letters are
processed in worker processes (the pipeline built once per worker) and written in input order.
"""

from __future__ import annotations

import json
import multiprocessing
import os
import sys
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from .processor import Item, Processor
from .records import ErrorRecord, Record

LETTER_SUFFIXES = {".txt", ".md", ".markdown", ".pdf", ".docx", ".odt", ".xml", ".html", ".htm"}
SIDECAR_NAMES = {"metadata.xml"}


def _letter_id(path: Path, root: Path | None, keep_suffix: bool = False) -> str:
    relative = path.relative_to(root) if root is not None else Path(path.name)
    return relative.as_posix() if keep_suffix else relative.with_suffix("").as_posix()


def iter_items(inputs: Iterable[str]) -> Iterator[Item]:
    """Letters from files, directories (recursive, sorted), JSONL files of {"id","text"}, or '-'."""
    for spec in inputs:
        if spec == "-":
            yield from _items_from_stdin(sys.stdin.read())
            continue
        path = Path(spec)
        if path.is_dir():
            children = [
                p for p in sorted(path.rglob("*"))
                if p.is_file() and p.name not in SIDECAR_NAMES and not p.name.startswith(".")
            ]
            # Two letters with one stem (kst-1.xml, kst-1.html) keep their suffix in the id.
            stems = Counter(c.with_suffix("") for c in children if c.suffix.lower() in LETTER_SUFFIXES)
            for child in children:
                if child.suffix.lower() == ".jsonl":
                    yield from _items_from_jsonl(child)
                elif child.suffix.lower() in LETTER_SUFFIXES:
                    shared = stems[child.with_suffix("")] > 1
                    yield Item(id=_letter_id(child, path, shared), source=str(child), path=child)
        elif path.suffix.lower() == ".jsonl":
            yield from _items_from_jsonl(path)
        elif path.exists():
            yield Item(id=_letter_id(path, None), source=str(path), path=path)
        else:
            yield Item(id=path.stem or spec, source=spec)


def _items_from_jsonl(path: Path) -> Iterator[Item]:
    """One letter a line, read lazily so that memory does not grow with the file."""
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                yield _item_from_line(line, str(path), number)


def _item_from_line(line: str, source: str, number: int) -> Item:
    try:
        obj = json.loads(line)
    except json.JSONDecodeError as exc:
        return Item(id=f"{Path(source).stem}-{number}", source=f"{source}#{number}", error=f"line {number}: {exc}")
    if not isinstance(obj, dict) or not isinstance(obj.get("text"), str):
        return Item(
            id=f"{Path(source).stem}-{number}", source=f"{source}#{number}",
            error=f'line {number}: not an object with a "text" string',
        )
    letter_id = str(obj.get("id") or f"{Path(source).stem}-{number}")
    return Item(id=letter_id, source=f"{source}#{letter_id}", text=obj["text"])


def _items_from_stdin(content: str) -> Iterator[Item]:
    """JSONL of {"id", "text"} when every line is such an object, else one letter."""
    lines = [line for line in content.splitlines() if line.strip()]
    items = [_item_from_line(line, "stdin", n) for n, line in enumerate(lines, start=1)]
    if items and all(item.error is None for item in items):
        yield from items
    else:
        yield Item(id="stdin", source="stdin", text=content)


@dataclass
class RunSummary:
    written: int = 0
    failed: int = 0
    skipped: int = 0


class _JsonlSink:
    """Writes lines to `<path>.partial` (flushed each line) and renames to `path` on close."""

    def __init__(self, path: Path | None, resume: bool) -> None:
        self.path = path
        self.ids: set[str] = set()
        self.handle: IO[str]
        if path is None:
            self.handle = sys.stdout
            return
        self.partial = path.with_name(path.name + ".partial")
        kept: list[str] = []
        if resume:
            for source in (path, self.partial):
                if source.exists():
                    kept.extend(_complete_lines(source))
        unique: list[str] = []
        for line in kept:
            letter_id = json.loads(line)["id"]
            if letter_id not in self.ids:
                self.ids.add(letter_id)
                unique.append(line)
        path.parent.mkdir(parents=True, exist_ok=True)
        self.handle = self.partial.open("w", encoding="utf-8", newline="\n")
        for line in unique:
            self.handle.write(line + "\n")
        self.handle.flush()

    def write(self, line: str) -> None:
        self.handle.write(line + "\n")
        self.handle.flush()

    def close(self, finished: bool) -> None:
        if self.path is None:
            self.handle.flush()
            return
        self.handle.flush()
        os.fsync(self.handle.fileno())
        self.handle.close()
        if finished:
            os.replace(self.partial, self.path)


def _complete_lines(path: Path) -> list[str]:
    """Lines that parse as JSON objects with an id: a line cut by an interruption is dropped."""
    lines = []
    for line in path.read_text(encoding="utf-8").splitlines():
        try:
            obj = json.loads(line)
        except json.JSONDecodeError:
            continue
        if isinstance(obj, dict) and "id" in obj:
            lines.append(line)
    return lines


def dumps(record: Record | ErrorRecord) -> str:
    return json.dumps(record.model_dump(mode="json", exclude_none=False), ensure_ascii=False, sort_keys=False)


_WORKER: Processor | None = None
_WORKER_FAILURE: BaseException | None = None


def _init_worker(options: dict[str, Any]) -> None:
    # An initializer that raises makes the pool restart workers forever: keep the error and
    # raise it from the first task instead, so that it reaches the parent.
    global _WORKER, _WORKER_FAILURE
    try:
        _WORKER = Processor(**options)
    except Exception as exc:
        _WORKER_FAILURE = exc


def _work(items: list[Item]) -> list[str]:
    if _WORKER_FAILURE is not None:
        raise _WORKER_FAILURE
    assert _WORKER is not None
    return [
        ("E" if isinstance(r, ErrorRecord) else "R") + dumps(r) for r in _WORKER.process(items)
    ]


def _chunks(items: Iterable[Item], size: int) -> Iterator[list[Item]]:
    chunk: list[Item] = []
    for item in items:
        chunk.append(item)
        if len(chunk) >= size:
            yield chunk
            chunk = []
    if chunk:
        yield chunk


def run(
    inputs: Iterable[str],
    output: Path | None,
    errors: Path | None,
    *,
    options: dict[str, Any],
    workers: int = 1,
    resume: bool = False,
    progress: Any = None,
) -> RunSummary:
    """Process every letter; returns counts. `options` are the `Processor` keyword arguments."""
    summary = RunSummary()
    sink = _JsonlSink(output, resume)
    error_sink = _JsonlSink(errors, resume) if errors is not None else None
    done = sink.ids | (error_sink.ids if error_sink else set())
    if done:
        summary.skipped = len(done)

    def pending() -> Iterator[Item]:
        for item in iter_items(inputs):
            if item.id in done:
                continue
            yield item

    finished = False
    try:
        for line in _lines(pending(), options, workers):
            kind, payload = line[0], line[1:]
            if kind == "R":
                sink.write(payload)
                summary.written += 1
            else:
                summary.failed += 1
                if error_sink is not None:
                    error_sink.write(payload)
                else:
                    print(payload, file=sys.stderr)
            if progress is not None:
                progress(summary)
        finished = True
    finally:
        sink.close(finished)
        if error_sink is not None:
            error_sink.close(finished)
    return summary


def _lines(items: Iterable[Item], options: dict[str, Any], workers: int) -> Iterator[str]:
    if workers <= 1:
        processor = Processor(**options)
        for record in processor.process(items):
            yield ("E" if isinstance(record, ErrorRecord) else "R") + dumps(record)
        return
    context = multiprocessing.get_context("spawn" if sys.platform == "darwin" else "forkserver")
    with context.Pool(workers, initializer=_init_worker, initargs=(options,)) as pool:
        # imap keeps input order; small chunks keep memory flat and workers busy.
        for lines in pool.imap(_work, _chunks(items, 8), chunksize=1):
            yield from lines
