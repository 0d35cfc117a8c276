"""The Python API, re-exported by `import pipeline`.

    import pipeline
    rec = pipeline.process("corpus/2026-07-02-defensie-leveringen-militaire-goederen-oekraine.txt")
    for result in pipeline.process_many(["corpus"], workers=2):
        ...                                   # Record, or ErrorRecord for a letter that failed
    frames = pipeline.to_frames(pipeline.read_records("out.jsonl"))
    frames.entities.query("label == 'AMOUNT'")[["text", "amount_value"]]

Errors: `process` raises `ProcessingError` (its `.error` is the `ErrorRecord`); `process_many`
never raises for one letter: it yields an `ErrorRecord` in that letter's place, in input order.
Offsets in records point into `Record.text`, the original text.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any, NamedTuple

from .records import ErrorRecord, Record

if TYPE_CHECKING:
    import pandas as pd
    from spacy.language import Language

    from .processor import Processor

# A string longer than this, or with a line break, is letter text, never a path.
_MAX_PATH = 4096


class ProcessingError(Exception):
    """A letter that could not be processed; `error` says at which stage and why."""

    def __init__(self, error: ErrorRecord) -> None:
        super().__init__(f"{error.id}: {error.stage}: {error.message}")
        self.error = error


@lru_cache(maxsize=4)
def _processor(model: str | None) -> Processor:
    from .processor import Processor

    return Processor(model)


def process(path_or_text: str | Path, *, model: str | None = None) -> Record:
    """One letter -> its `Record`. A `Path`, or a string naming an existing file, is read as a
    file (any supported format); any other string is the letter's text. Raises ProcessingError."""
    from .processor import Item

    if isinstance(path_or_text, Path) or _is_file(path_or_text):
        path = Path(path_or_text)
        item = Item(id=path.stem, source=str(path), path=path)
    else:
        item = Item(id="text", source="<text>", text=path_or_text)
    (result,) = _processor(model).process([item])
    if isinstance(result, ErrorRecord):
        raise ProcessingError(result)
    return result


def _is_file(text: str) -> bool:
    return len(text) < _MAX_PATH and "\n" not in text and Path(text).is_file()


def process_many(
    paths: str | Path | Iterable[str | Path], *, workers: int = 1, model: str | None = None
) -> Iterator[Record | ErrorRecord]:
    """Files, directories (recursive) or JSONL files of {id, text} -> one result per letter, in
    input order: a `Record`, or an `ErrorRecord` for a letter that failed. `workers > 1` runs
    that many processes (the pipeline is built once in each)."""
    from .runner import iter_items

    inputs = [str(paths)] if isinstance(paths, str | Path) else [str(p) for p in paths]
    items = iter_items(inputs)
    if workers <= 1:
        yield from _processor(model).process(items)
        return
    from .runner import _lines  # the runner's worker pool, shared with `pipeline run --workers`

    for line in _lines(items, {"model": model}, workers):
        kind, payload = line[0], line[1:]
        yield (
            Record.model_validate_json(payload)
            if kind == "R"
            else ErrorRecord.model_validate_json(payload)
        )


def read_records(path: str | Path) -> Iterator[Record]:
    """The records of a JSONL file from `pipeline run`, validated; ValueError on a bad line."""
    from .db.source import Rejected, scan_records

    for result in scan_records(path):
        if isinstance(result, Rejected):
            raise ValueError(f"{path}, line {result.line} ({result.id}): {result.message}")
        yield result


def load_nlp(model: str | None = None) -> Language:
    """The configured spaCy pipeline. `nlp(text)` cleans the letter text, analyses its structure
    and runs the Doc stages, as `process` does: `doc.text` is the CLEANED text, `doc._.mentions`
    the entities with their norms, and `doc.ents` the same entities widened to whole tokens
    (replacing the base model's own), so `spacy.displacy.render(doc, style="ent")` shows them."""
    from .nlp import build_nlp

    _register_ents_component()
    nlp = build_nlp(model).nlp
    nlp.tokenizer = _LetterTokenizer(nlp.tokenizer)
    nlp.add_pipe("kamerbrief_ents", last=True)
    return nlp


class _LetterTokenizer:
    """Runs the text stages (clean, structure) before tokenizing, as the Doc stages expect."""

    def __init__(self, tokenizer: Any) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Any:
        from .clean import clean
        from .readers import Letter
        from .structure import analyse

        cleaned = clean(text)
        doc = self.tokenizer(cleaned.text)
        doc._.letter = analyse(cleaned, Letter(text=text, format="txt", encoding="utf-8"))
        doc._.mentions = []
        return doc


def _register_ents_component() -> None:
    from spacy.language import Language
    from spacy.util import filter_spans

    if "kamerbrief_ents" in Language.factories:
        return

    @Language.component("kamerbrief_ents")
    def mentions_to_ents(doc: Any) -> Any:
        spans = [
            doc.char_span(m.start, m.end, label=m.label, alignment_mode="expand")
            for m in doc._.mentions or []
        ]
        doc.ents = filter_spans([s for s in spans if s is not None])
        return doc


class Frames(NamedTuple):
    """One pandas DataFrame per table, with the columns of the database schema (pipeline.db)."""

    letters: pd.DataFrame
    signatories: pd.DataFrame
    entities: pd.DataFrame
    sentences: pd.DataFrame


def to_frames(records: Iterable[Record | ErrorRecord]) -> Frames:
    """Records -> DataFrames (ErrorRecords are skipped). Entity norms are typed columns
    (`amount_value` holds exact `Decimal`s; `.astype(float)` for plotting); needs pandas."""
    import pandas as pd

    from .db.rows import ENTITY_NORM_COLUMNS, LETTER_COLUMNS, letter_rows

    tables: dict[str, list[dict[str, Any]]] = {
        "letters": [],
        "signatories": [],
        "entities": [],
        "sentences": [],
    }
    for record in records:
        if isinstance(record, Record):
            for name, rows in letter_rows(record).items():
                tables[name].extend(rows)
    columns = {
        "letters": list(LETTER_COLUMNS),
        "signatories": ["letter_id", "ordinal", "name", "role", "portfolio"],
        "entities": [
            *("letter_id", "ordinal", "label", "text", "start", "end", "sentence"),
            *ENTITY_NORM_COLUMNS,
        ],
        "sentences": ["letter_id", "ordinal", "start", "end", "text"],
    }
    frames = {name: pd.DataFrame(rows, columns=columns[name]) for name, rows in tables.items()}
    frames["letters"]["date"] = pd.to_datetime(frames["letters"]["date"])
    for column in ("date_start", "date_end"):
        frames["entities"][column] = pd.to_datetime(frames["entities"][column])
    return Frames(**frames)
