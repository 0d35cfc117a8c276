"""Run the stages over letters: the per-letter work behind `pipeline run` and the Python API.

Text stages (read, clean, structure) run per letter; the Doc stages run through the spaCy
`Language` (the base model's own components via `nlp.pipe`, in batches), then the record stage
maps every cleaned-text offset back to the original text.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any

from spacy.tokens import Doc

from .clean import CleanText, clean
from .extensions import make_doc
from .nlp import BaseModel, build_nlp
from .readers import Letter, Limits, ReadError, read_bytes
from .readers._safety import time_budget
from .records import (
    NORM_MODELS,
    Cell,
    ErrorRecord,
    Footnote,
    Meta,
    Record,
    Region,
    Signatory,
    Table,
    TextSpan,
)
from .stages import DOC_STAGES, stages_until
from .structure import LetterStructure, analyse

try:
    PIPELINE_VERSION = version("kamerbrief-pipeline")
except PackageNotFoundError:  # running from a checkout that was never installed
    PIPELINE_VERSION = "0.0.0+checkout"


@dataclass(frozen=True, slots=True)
class Item:
    """One letter to process: its id, where it came from, and its bytes, its text or its path."""

    id: str
    source: str
    data: bytes | None = None
    text: str | None = None
    path: Path | None = None
    error: str | None = None  # known unreadable before reading (e.g. a malformed JSONL line)


@dataclass(slots=True)
class _Prepared:
    item: Item
    sha256: str
    letter: Letter
    cleaned: CleanText | None = None
    structure: LetterStructure | None = None
    timings: dict[str, float] = field(default_factory=dict)


class Processor:
    """Builds the pipeline once; turns `Item`s into `Record`s or `ErrorRecord`s, in order."""

    def __init__(
        self,
        model: str | None = None,
        *,
        until: str | None = None,
        timings: bool = False,
        limits: Limits | dict[str, Any] | None = None,
        batch_size: int = 32,
        vocab_limit: int = 25_000,
    ) -> None:
        self.stages = stages_until(until)
        self.model = model
        self.with_timings = timings
        # a dict (from the CLI) keeps the options JSON-serialisable for the dask engine
        self.limits = limits if isinstance(limits, Limits) else Limits(**(limits or {}))
        self.batch_size = batch_size
        self.vocab_limit = vocab_limit
        self._build()

    def _build(self) -> None:
        self.base: BaseModel = build_nlp(self.model)
        self.nlp = self.base.nlp
        ours = {name for name, _ in DOC_STAGES}
        self._base_pipes = [name for name in self.nlp.pipe_names if name not in ours]
        self._doc_stages = [(name, self.nlp.get_pipe(name)) for name, _ in DOC_STAGES if name in self.stages]
        self._strings_at_build = len(self.nlp.vocab.strings)

    def _renew_if_grown(self) -> None:
        """spaCy's vocabulary keeps every word form it has seen, so over thousands of distinct
        letters memory grows; the records do not depend on it, so a fresh pipeline replaces it."""
        if len(self.nlp.vocab.strings) - self._strings_at_build > self.vocab_limit:
            self._build()

    @property
    def base_model(self) -> str:
        return self.base.name

    def process(self, items: Iterable[Item]) -> Iterator[Record | ErrorRecord]:
        batch: list[Item] = []
        for item in items:
            batch.append(item)
            if len(batch) >= self.batch_size:
                yield from self._process_batch(batch)
                batch = []
        if batch:
            yield from self._process_batch(batch)

    def _process_batch(self, items: list[Item]) -> Iterator[Record | ErrorRecord]:
        prepared: list[_Prepared | ErrorRecord] = [self._prepare(item) for item in items]
        ready = [p for p in prepared if isinstance(p, _Prepared) and p.structure is not None]
        docs = self._run_doc_stages(ready) if "sentences" in self.stages else {}
        for entry in prepared:
            if isinstance(entry, ErrorRecord):
                yield entry
                continue
            try:
                yield self._record(entry, docs.get(id(entry)))
            except Exception as exc:  # one bad letter never stops the batch
                yield ErrorRecord(id=entry.item.id, source=entry.item.source, stage="record", message=_message(exc))
        self._renew_if_grown()

    def _prepare(self, item: Item) -> _Prepared | ErrorRecord:
        stage = "read"
        try:
            started = time.perf_counter()
            if item.text is not None:
                raw = item.text.encode("utf-8")
                if not item.text.strip():
                    raise ReadError("empty text")
                letter = Letter(text=item.text, format="txt", encoding="utf-8")
            else:
                raw = _bytes_of(item, self.limits.max_bytes)
                with time_budget(self.limits.seconds_per_letter):
                    letter = read_bytes(raw, name=item.source, limits=self.limits, path=item.path)
            prepared = _Prepared(item, hashlib.sha256(raw).hexdigest(), letter)
            prepared.timings["read"] = time.perf_counter() - started
            if "clean" in self.stages:
                stage = "clean"
                started = time.perf_counter()
                prepared.cleaned = clean(letter.text)
                prepared.timings["clean"] = time.perf_counter() - started
            if "structure" in self.stages:
                stage = "structure"
                started = time.perf_counter()
                assert prepared.cleaned is not None
                prepared.structure = analyse(prepared.cleaned, letter)
                prepared.timings["structure"] = time.perf_counter() - started
            return prepared
        except Exception as exc:
            return ErrorRecord(id=item.id, source=item.source, stage=stage, message=_message(exc))

    def _run_doc_stages(self, ready: list[_Prepared]) -> dict[int, Doc | ErrorRecord]:
        results: dict[int, Doc | ErrorRecord] = {}
        docs: list[Doc] = []
        for prepared in ready:
            assert prepared.cleaned is not None
            started = time.perf_counter()
            doc = make_doc(self.nlp, prepared.cleaned.text)
            prepared.timings["tokenize"] = time.perf_counter() - started
            doc._.letter = prepared.structure
            doc._.mentions = []
            docs.append(doc)
        if self._base_pipes:
            started = time.perf_counter()
            with self.nlp.select_pipes(enable=self._base_pipes):
                docs = list(self.nlp.pipe(docs, batch_size=self.batch_size))
            share = (time.perf_counter() - started) / max(len(docs), 1)
            for prepared in ready:
                prepared.timings["base_model"] = share
        for prepared, doc in zip(ready, docs, strict=True):
            try:
                for name, component in self._doc_stages:
                    started = time.perf_counter()
                    doc = component(doc)
                    prepared.timings[name] = time.perf_counter() - started
                results[id(prepared)] = doc
            except Exception as exc:
                results[id(prepared)] = ErrorRecord(
                    id=prepared.item.id, source=prepared.item.source, stage=name, message=_message(exc)
                )
        return results

    def _record(self, prepared: _Prepared, doc: Doc | ErrorRecord | None) -> Record | ErrorRecord:
        if isinstance(doc, ErrorRecord):
            return doc
        started = time.perf_counter()
        letter, cleaned, structure = prepared.letter, prepared.cleaned, prepared.structure
        original = letter.text
        record: dict[str, Any] = {
            "id": prepared.item.id,
            "source": prepared.item.source,
            "sha256": prepared.sha256,
            "format": letter.format,
            "encoding": letter.encoding,
            "pipeline_version": PIPELINE_VERSION,
            "base_model": self.base_model,
            "meta": Meta(),
            "text": original,
            "body": "",
            "warnings": list(letter.warnings),
        }
        if cleaned is not None and structure is not None:
            record["meta"] = _meta(structure.meta)
            record["warnings"] += structure.warnings
            body = structure.body
            record["body"] = cleaned.text[body[0] : body[1]] if body else ""
            record["regions"] = [
                Region(kind=p.kind, start=s, end=e)  # type: ignore[arg-type]
                for p in structure.parts
                for s, e in [cleaned.to_original(p.start, p.end)]
            ]
            record["footnotes"] = [
                Footnote(number=f.number, text=cleaned.text[f.start : f.end], **_orig(cleaned, f.start, f.end))
                for f in structure.footnotes
            ]
            record["tables"] = [
                Table(
                    **_orig(cleaned, t.start, t.end),
                    rows=[[Cell(text=cleaned.text[s:e], **_orig(cleaned, s, e)) for s, e in row] for row in t.rows],
                )
                for t in structure.tables
            ]
        elif cleaned is not None:
            record["body"] = cleaned.text
        if doc is not None and cleaned is not None:
            record["sentences"] = [
                TextSpan(text=cleaned.text[s:e], start=start, end=end)
                for s, e in doc._.sentences or []
                for start, end in [cleaned.to_original_sentence(s, e)]  # footnote refs stay inside
            ]
            record["entities"] = [_entity(m, cleaned, original) for m in doc._.mentions or []]
        prepared.timings["record"] = time.perf_counter() - started
        if self.with_timings:
            record["timings"] = {k: round(v, 6) for k, v in prepared.timings.items()}
        return Record(**record)


def _bytes_of(item: Item, max_bytes: int) -> bytes:
    if item.error is not None:
        raise ReadError(item.error)
    if item.data is not None:
        return item.data
    if item.path is None or not item.path.is_file():
        raise ReadError(f"no such file: {item.source}")
    size = item.path.stat().st_size
    if size > max_bytes:  # checked before reading: an oversized file is never loaded
        raise ReadError(f"file is {size} bytes, over the limit of {max_bytes}")
    return item.path.read_bytes()


def _orig(cleaned: CleanText, start: int, end: int) -> dict[str, int]:
    s, e = cleaned.to_original(start, end)
    return {"start": s, "end": e}


def _entity(mention: Any, cleaned: CleanText, original: str) -> dict[str, Any]:
    start, end = cleaned.to_original(mention.start, mention.end)
    norm = NORM_MODELS[mention.label].model_validate(mention.norm)
    return {"label": mention.label, "start": start, "end": end, "text": original[start:end], "norm": norm}


def _meta(meta: dict[str, Any]) -> Meta:
    signatories = [Signatory(**s) for s in meta.get("signatories") or []]
    fields = {k: v for k, v in meta.items() if k in Meta.model_fields and k != "signatories"}
    return Meta(**fields, signatories=signatories)


def _message(exc: BaseException) -> str:
    text = str(exc).strip() or exc.__class__.__name__
    return text if isinstance(exc, ReadError) else f"{exc.__class__.__name__}: {text}"
