"""Predictions to score: records read from a JSONL file, or the pipeline run on the gold letters."""

from __future__ import annotations

import json
from collections.abc import Iterable
from pathlib import Path

from pydantic import ValidationError

from ..records import ErrorRecord, Record
from .gold import GoldLetter
from .scorer import Prediction


class PredictionError(Exception):
    """A records file that cannot be read; the message names the line."""


def read_records(path: Path) -> list[Record | ErrorRecord]:
    records: list[Record | ErrorRecord] = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
                model = ErrorRecord if isinstance(obj, dict) and "stage" in obj else Record
                records.append(model.model_validate(obj))
            except (json.JSONDecodeError, ValidationError) as exc:
                first = str(exc).splitlines()[0]
                raise PredictionError(f"{path}:{number}: not a record: {first}") from exc
    return records


def load_predictions(path: Path) -> list[Prediction]:
    return [Prediction.from_record(record) for record in read_records(path)]


def gold_items(golds: Iterable[GoldLetter]) -> list:  # list[Item]; import kept lazy (spaCy)
    from ..processor import Item

    return [
        Item(id=g.id, source=str(g.path), path=g.path)
        if g.path is not None
        else Item(id=g.id, source=g.origin, text=g.text)
        for g in golds
    ]


def run_pipeline(golds: list[GoldLetter], model: str | None = None) -> list[Prediction]:
    """Process the gold letters: text gold as text, source gold from its file."""
    from ..processor import Processor

    processor = Processor(model=model)
    return [Prediction.from_record(record) for record in processor.process(gold_items(golds))]
