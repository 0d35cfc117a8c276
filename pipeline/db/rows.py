"""A `Record` as rows of four tables: letters, signatories, entities, sentences.

Entity rows carry `sentence`, the ordinal of the sentence that holds them (so "amounts in the
same sentence as a programme" is a plain join), and one typed column per `norm` field, named
`<label>_<field>` (`amount_value`, `minister_portfolio`, …), derived from the norm models in
records.py so the two never drift;
a DATE also gets its granularity and the first and last day it covers. Amount values become
`Decimal` here, never float: a value that is not a plain decimal or does not fit
DECIMAL(38, 6) is an error, so a letter is rejected rather than stored rounded.
"""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
import re
from decimal import Decimal
from typing import Any

from ..records import NORM_MODELS, Record

PRECISION = 38
SCALE = 6

# (label, norm field) pairs that hold money and are stored as exact decimals.
_DECIMAL_FIELDS = {("AMOUNT", "value"), ("AMOUNT", "low"), ("AMOUNT", "high")}
_DATE_EXTRAS = {"date_granularity": "text", "date_start": "date", "date_end": "date"}


def _entity_columns() -> dict[str, str]:
    """Column name -> kind (text, bool, decimal, date) for every norm field, in a stable order."""
    columns: dict[str, str] = {}
    for label, model in NORM_MODELS.items():
        for name, info in model.model_fields.items():
            kind = (
                "decimal"
                if (label, name) in _DECIMAL_FIELDS
                else "bool"
                if info.annotation is bool
                else "text"
            )
            columns[f"{label.lower()}_{name}"] = kind
        if label == "DATE":
            columns.update(_DATE_EXTRAS)
    return columns


ENTITY_NORM_COLUMNS: dict[str, str] = _entity_columns()

LETTER_COLUMNS = (
    "id", "sha256", "source", "format", "date", "subject", "reference", "sender", "addressee",
    "ob_id", "meta_source", "pipeline_version", "base_model", "record_digest",
)  # fmt: skip

_PLAIN_DECIMAL = re.compile(r"-?\d+(?:\.\d+)?")


def exact_decimal(text: str | None) -> Decimal | None:
    """The exact value of a norm decimal string ("14800000000", "0.5", "-45000000")."""
    if text is None:
        return None
    if not _PLAIN_DECIMAL.fullmatch(text):
        raise ValueError(f"amount {text!r} is not a plain decimal")
    integer, _, fraction = text.lstrip("-").partition(".")
    if len(fraction) > SCALE or len(integer.lstrip("0")) > PRECISION - SCALE:
        raise ValueError(f"amount {text!r} does not fit DECIMAL({PRECISION}, {SCALE})")
    return Decimal(text)


def record_digest(record: Record) -> str:
    """Identifies a record's content: equal digests mean a reload would change nothing."""
    return hashlib.sha256(record.model_dump_json(exclude={"timings"}).encode("utf-8")).hexdigest()


def letter_rows(record: Record) -> dict[str, list[dict[str, Any]]]:
    """The rows of one letter per table; raises ValueError when a value cannot be stored exactly."""
    meta = record.meta
    letter = {
        "id": record.id,
        "sha256": record.sha256,
        "source": record.source,
        "format": record.format,
        "date": meta.date,
        "subject": meta.subject,
        "reference": meta.reference,
        "sender": meta.sender,
        "addressee": meta.addressee,
        "ob_id": meta.ob_id,
        "meta_source": meta.meta_source,
        "pipeline_version": record.pipeline_version,
        "base_model": record.base_model,
        "record_digest": record_digest(record),
    }
    signatories = [
        {
            "letter_id": record.id,
            "ordinal": n,
            "name": s.name,
            "role": s.role,
            "portfolio": s.portfolio,
        }
        for n, s in enumerate(meta.signatories)
    ]
    sentences = [
        {"letter_id": record.id, "ordinal": n, "start": s.start, "end": s.end, "text": s.text}
        for n, s in enumerate(record.sentences)
    ]
    entities = [
        {**_entity_row(record.id, n, e), "sentence": _sentence_of(record, e.start, e.end)}
        for n, e in enumerate(record.entities)
    ]
    tables: dict[str, list[dict[str, Any]]] = {
        "letters": [letter],
        "signatories": signatories,
        "entities": entities,
        "sentences": sentences,
    }
    return {name: [_without_nul(row) for row in rows] for name, rows in tables.items()}


def _without_nul(row: dict[str, Any]) -> dict[str, Any]:
    """U+0000 (PDF text may hold it) becomes U+FFFD: PostgreSQL rejects NUL in text, and one
    code point for one keeps every offset right, the same on every backend."""
    return {k: v.replace("\x00", "\ufffd") if isinstance(v, str) else v for k, v in row.items()}


def _sentence_of(record: Record, start: int, end: int) -> int | None:
    """Ordinal of the innermost sentence that holds the span, or None (letterhead, tables, …).

    Innermost, because in the original text a footnote's sentences can lie inside the span of
    the body sentence that carried the footnote inline."""
    holding = [
        (s.start, n) for n, s in enumerate(record.sentences) if s.start <= start and end <= s.end
    ]
    return max(holding)[1] if holding else None


def _entity_row(letter_id: str, ordinal: int, entity: Any) -> dict[str, Any]:
    row: dict[str, Any] = {
        "letter_id": letter_id,
        "ordinal": ordinal,
        "label": entity.label,
        "text": entity.text,
        "start": entity.start,
        "end": entity.end,
    }
    row.update(dict.fromkeys(ENTITY_NORM_COLUMNS))
    prefix = entity.label.lower()
    for name, value in entity.norm.model_dump().items():
        column = f"{prefix}_{name}"
        row[column] = exact_decimal(value) if ENTITY_NORM_COLUMNS[column] == "decimal" else value
    if entity.label == "DATE":
        granularity, first, last = date_extent(entity.norm.value)
        row.update(date_granularity=granularity, date_start=first, date_end=last)
    return row


_SEASONS = {
    "SP": (3, 5),
    "SU": (6, 8),
    "FA": (9, 11),
    "WI": (12, 14),
}  # meteorological; WI runs into Feb
_POINT = re.compile(r"(\d{4})(?:-(?:(\d{2})(?:-(\d{2}))?|Q([1-4])|H([12])|(SP|SU|FA|WI)))?")


def date_extent(value: str | None) -> tuple[str | None, dt.date | None, dt.date | None]:
    """Granularity and the first and last day of a DATE norm value ("2026-Q3", "2027/2029", …)."""
    if not value:
        return None, None, None
    if "/" in value:
        left, _, right = value.partition("/")
        _, first, _ = date_extent(left)
        _, _, last = date_extent(right)
        return "interval", first, last
    match = _POINT.fullmatch(value)
    if match is None:
        return "other", None, None
    year, month, day, quarter, half, season = match.groups()
    y = int(year)
    try:
        if day:
            point = dt.date(y, int(month), int(day))
            return "day", point, point
        if month:
            return "month", *_months(y, int(month), int(month))
        if quarter:
            q = int(quarter)
            return "quarter", *_months(y, 3 * q - 2, 3 * q)
        if half:
            h = int(half)
            return "half", *_months(y, 6 * h - 5, 6 * h)
        if season:
            return "season", *_months(y, *_SEASONS[season])
    except ValueError:  # e.g. month 13: keep the text, leave the extent open
        return "other", None, None
    return "year", dt.date(y, 1, 1), dt.date(y, 12, 31)


def _months(year: int, first: int, last: int) -> tuple[dt.date, dt.date]:
    """First day of month `first` to last day of month `last` (months past 12: next year)."""
    end_year, end_month = year + (last - 1) // 12, (last - 1) % 12 + 1
    return dt.date(year, first, 1), dt.date(
        end_year, end_month, calendar.monthrange(end_year, end_month)[1]
    )
