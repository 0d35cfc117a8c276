"""Records for the API and load tests: the 2026 seed's own record with entities set by hand.

The entities are real spans of the seed letter with the norms ANNOTATION.md prescribes, so the
load tests do not depend on how far the entity stages have come. Offsets are found by quoting
the text (the n-th occurrence), never typed in.
"""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

from pipeline.records import Record

# One line per entity: {"quote", "occurrence" (1 = first), "label", "norm"}.
ENTITIES_FILE = Path(__file__).parent / "data" / "seed_2026_entities_by_hand.jsonl"

# The table cell whose "€" and "0,18 mld." are split by a line break: one span (ANNOTATION.md).
SPLIT_CELL_NUMBER = "0,18 mld."
SPLIT_CELL_NORM = {"value": "180000000", "currency": "EUR"}


def _find(text: str, quoted: str, occurrence: int) -> int:
    start = -1
    for _ in range(occurrence):
        start = text.index(quoted, start + 1)
    return start


def seed_2026_by_hand(record: Record, letter_id: str | None = None) -> Record:
    """The pipeline's record of the 2026 seed with the hand-set entities (sorted by offset)."""
    text = record.text
    entities = []
    for line in ENTITIES_FILE.read_text(encoding="utf-8").splitlines():
        spec = json.loads(line)
        quoted = spec["quote"]
        start = _find(text, quoted, spec["occurrence"])
        end = start + len(quoted)
        entities.append(
            {
                "start": start,
                "end": end,
                "text": quoted,
                "label": spec["label"],
                "norm": spec["norm"],
            }
        )
    number = text.index(SPLIT_CELL_NUMBER)
    sign = text.rindex("€", 0, number)
    end = number + len(SPLIT_CELL_NUMBER)
    entities.append(
        {
            "start": sign,
            "end": end,
            "text": text[sign:end],
            "label": "AMOUNT",
            "norm": SPLIT_CELL_NORM,
        }
    )
    entities.sort(key=lambda e: e["start"])
    data = record.model_dump()
    data.update(entities=entities, id=letter_id or record.id)
    return Record.model_validate(data)


def amounts_of(record: Record) -> list[Decimal | None]:
    """The exact amount values of a record, in entity order (None for a range)."""
    return [
        None if e.norm.value is None else Decimal(e.norm.value)
        for e in record.entities
        if e.label == "AMOUNT"
    ]
