"""kamerbrief-pipeline: Dutch government letters to parliament -> typed, evaluated records.

The public Python surface (documented in pipeline/api.py):

- `process(path_or_text, model=None) -> Record` (raises `ProcessingError`)
- `process_many(paths, workers=1, model=None) -> Iterator[Record | ErrorRecord]`
- `read_records(path) -> Iterator[Record]`
- `load_nlp(model=None) -> spacy.Language`
- `to_frames(records) -> Frames(letters, signatories, entities, sentences)` (pandas)
- `Record`, `ErrorRecord`: the pydantic models of pipeline/records.py

Names are imported on first use so that `import pipeline` stays cheap (no spaCy, no pandas).
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_EXPORTS = {
    "process": "api",
    "process_many": "api",
    "read_records": "api",
    "load_nlp": "api",
    "to_frames": "api",
    "Frames": "api",
    "ProcessingError": "api",
    "Record": "records",
    "ErrorRecord": "records",
}

__all__ = sorted(_EXPORTS)


def __getattr__(name: str) -> Any:
    if name not in _EXPORTS:
        raise AttributeError(f"module 'pipeline' has no attribute {name!r}")
    value = getattr(import_module(f".{_EXPORTS[name]}", __name__), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *_EXPORTS])
