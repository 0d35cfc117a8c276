"""Read a records JSONL file back, validating each line against `Record`.

A bad line does not stop the reading: it comes out as a `Rejected` that names the line and,
when the line is JSON with an id, the letter, so a loader can report it and go on.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from ..records import Record


@dataclass(frozen=True, slots=True)
class Rejected:
    id: str
    line: int
    message: str


def scan_records(path: str | Path) -> Iterator[Record | Rejected]:
    with Path(path).open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                obj = json.loads(line)
            except json.JSONDecodeError as exc:
                yield Rejected(f"line {number}", number, f"not JSON: {exc}")
                continue
            letter_id = (
                str(obj.get("id")) if isinstance(obj, dict) and obj.get("id") else f"line {number}"
            )
            try:
                yield Record.model_validate(obj)
            except ValidationError as exc:
                yield Rejected(letter_id, number, f"not a valid record: {_first_error(exc)}")


def _first_error(exc: ValidationError) -> str:
    errors = exc.errors()
    first = errors[0]
    where = ".".join(str(part) for part in first["loc"])
    more = f" (and {len(errors) - 1} more)" if len(errors) > 1 else ""
    return f"{where}: {first['msg']}{more}"
