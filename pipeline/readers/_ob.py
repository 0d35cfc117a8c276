"""What the officielebekendmakingen readers (KOOP XML and HTML) share.

Text layout both produce (the string all offsets point into), in the conventions of the PDF
reader so that the cleaner and the structure stage treat every format alike:

1. The publication's head: chamber and session year, dossier number and title, document
   number and title, the address line and "Den Haag, <date>", each its own paragraph, one
   `letterhead` block each.
2. The letter: every paragraph, heading and list item its own paragraph (blank line between).
   A table is one line per row, cells separated by a tab: a `table` block plus a
   `TableLayout`. A footnote reference in the running text is "[footnoteRef:N]".
3. The signature ("De Minister van …," and the name on the next line): a `signature` block.
4. Footnotes, one line each: "[N: footnote text]"; the text inside the brackets is a
   `footnote` block labelled N.

Metadata: the publication's own metadata (a `metadata.xml` beside the file, the XML's
embedded metadata, the HTML head) fills `Letter.meta` with `meta_source="metadata"`; the
official id (kst-36045-292) is `ob_id`.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from ..resources import load_json
from ._safety import parse_xml
from .base import Block, Letter, Limits, ReadError, TableCell, TableLayout

_SPACE = re.compile(r"\s+")


def rules() -> dict[str, Any]:
    data: dict[str, Any] = load_json("readers/ob.json")
    return data


@lru_cache(maxsize=1)
def _role_line() -> re.Pattern[str]:
    return re.compile(load_json("structure/letterhead.json")["role_line"])


def squash(text: str) -> str:
    """Markup whitespace (indentation, line breaks inside an element) becomes one space."""
    return _SPACE.sub(" ", text).strip()


@dataclass(slots=True)
class Builder:
    parts: list[str] = field(default_factory=list)
    length: int = 0
    blocks: list[Block] = field(default_factory=list)
    tables: list[TableLayout] = field(default_factory=list)
    notes: list[tuple[str, str]] = field(default_factory=list)

    def add(self, text: str) -> tuple[int, int]:
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return start, self.length

    def text(self) -> str:
        return "".join(self.parts)

    def paragraph(self, text: str, kind: str | None = None) -> None:
        """A paragraph of its own (blank line before it), optionally marked as a block."""
        text = text.strip()
        if not text:
            return
        self.separate()
        start, end = self.add(text)
        if kind:
            self.blocks.append(Block(kind, start, end))

    def separate(self, blank: bool = True) -> None:
        if not self.length:
            return
        tail = self.parts[-1]
        if blank and not tail.endswith("\n\n"):
            self.add("\n" if tail.endswith("\n") else "\n\n")
        elif not blank and not tail.endswith("\n"):
            self.add("\n")

    def table(self, rows: list[list[str]]) -> None:
        rows = [row for row in rows if any(cell.strip() for cell in row)]
        if not rows:
            return
        self.separate()
        start = self.length
        layout = []
        for r, row in enumerate(rows):
            if r:
                self.add("\n")
            spans = []
            for c, cell in enumerate(row):
                if c:
                    self.add("\t")
                spans.append(TableCell(*self.add(squash(cell))))
            layout.append(tuple(spans))
        self.tables.append(TableLayout(start, self.length, tuple(layout)))
        self.blocks.append(Block("table", start, self.length))

    def footnote_ref(self, number: str, body: str) -> str:
        """Record a footnote; returns the marker that stands in the running text."""
        number = squash(number) or str(len(self.notes) + 1)
        self.notes.append((number, squash(body)))
        return f"[footnoteRef:{number}]"

    def finish(
        self, fmt: str, meta: dict[str, Any], warnings: list[str], encoding: str | None = "utf-8"
    ) -> Letter:
        for i, (number, body) in enumerate(self.notes):
            if not body:
                continue
            self.separate(blank=i == 0)
            self.add(f"[{number}: ")
            start, end = self.add(body)
            self.add("]")
            self.blocks.append(Block("footnote", start, end, label=number))
        text = self.text().rstrip("\n") + "\n"
        if not text.strip():
            raise ReadError(f"no letter text in this {fmt.upper()} publication")
        return Letter(
            text=text,
            format=fmt,
            encoding=encoding,
            blocks=sorted(self.blocks, key=lambda b: b.start),
            tables=self.tables,
            meta=meta,
            warnings=warnings,
        )


def signatory(function: str, name: str) -> dict[str, str | None]:
    """'De Minister van Buitenlandse Zaken,' + 'H.G.J. Bruins Slot' -> Meta signatory."""
    match = _role_line().match(squash(function))
    role = match.group(1).lower() if match else None
    portfolio = match.group(2).strip().rstrip(",") if match and match.group(2) else None
    return {"name": squash(name) or None, "role": role, "portfolio": portfolio}


def written_date(text: str) -> dt.date | None:
    """'Den Haag, 12 april 2024' -> date (the HTML has no isodatum attribute)."""
    months = load_json("lexicon/months.json")["months"]
    for day, month, year in re.findall(r"(\d{1,2})\s+([A-Za-z]+)\.?\s+(\d{4})", text):
        if month.lower() in months:
            try:
                return dt.date(int(year), months[month.lower()], int(day))
            except ValueError:
                return None
    return None


def _date(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        return None


def metadata_meta(
    pairs: Iterable[tuple[str, str]], document_date: dt.date | None
) -> dict[str, Any]:
    """Meta fields from (name, content) metadata pairs; {} when the pairs say nothing useful."""
    values: dict[str, list[str]] = {}
    for name, content in pairs:
        content = squash(content or "")
        if name and content:
            values.setdefault(name, []).append(content)
    names = rules()["metadata"]

    def first(key: str) -> str | None:
        return next((values[n][0] for n in names[key] if n in values), None)

    meta: dict[str, Any] = {}
    identifier = first("identifier")
    if identifier and re.match(rules()["ob_id"], identifier):
        meta["ob_id"] = identifier
    elif first("dossier") and first("ondernummer"):
        meta["ob_id"] = f"kst-{first('dossier')}-{first('ondernummer')}".replace(" ", "")
    if subject := first("subject"):
        meta["subject"] = subject
    people = [v for n in names["signatories"] for v in values.get(n, [])]
    if people:
        meta["signatories"] = [{"name": p, "role": None, "portfolio": None} for p in people]
    signed, issued = _date(first("letter_date")), _date(first("issued"))
    if meta or signed or issued:
        meta["meta_source"] = "metadata"
    # the document's own date line beats the publication date, not the date of signing
    date = signed or document_date or issued
    if date:
        meta["date"] = date
    return meta


def merge_signatories(from_text: list[dict[str, str | None]], meta: dict[str, Any]) -> None:
    """The ondertekening knows role and portfolio; the metadata only names the indieners.

    Signatories read from the document win; metadata names fill in where the document has
    none (or the document's names are missing)."""
    listed = meta.get("signatories") or []
    if from_text:
        for i, person in enumerate(from_text):
            if not person["name"] and i < len(listed):
                person["name"] = listed[i]["name"]
        meta["signatories"] = from_text


def sidecar_pairs(path: Path | None, limits: Limits) -> tuple[list[tuple[str, str]], list[str]]:
    """(name, content) pairs of the metadata.xml beside `path`, if any, and warnings.

    A broken or oversized sidecar costs the letter its metadata, not the letter itself."""
    if path is None:
        return [], []
    for pattern in rules()["sidecars"]:
        candidate = path.parent / pattern.format(stem=path.stem)
        if candidate == path or not candidate.is_file():
            continue
        try:
            if candidate.stat().st_size > limits.max_bytes:
                raise ReadError(f"over the limit of {limits.max_bytes} bytes")
            return metadata_pairs(parse_xml(candidate.read_bytes())), []
        except (ReadError, OSError) as exc:
            return [], [f"{candidate.name} beside the file not used: {exc}"]
    return [], []


def metadata_pairs(root: Any) -> list[tuple[str, str]]:
    """<metadata name=… content=…/> (metadata.xml) or <meta name=… content=…/> elements."""
    pairs = []
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag.rsplit("}", 1)[-1] in {"metadata", "meta"} and el.get("name"):
            pairs.append((el.get("name"), el.get("content") or ""))
    return pairs


def matches_document(
    pairs: list[tuple[str, str]], dossier: str | None, number: str | None, stem: str
) -> bool:
    """A sidecar that names another publication (another dossier or ondernummer, or another
    id than the file's own name when that is an official id) is not ours."""
    found = dict(pairs)
    theirs = (found.get("OVERHEIDop.dossiernummer"), found.get("OVERHEIDop.ondernummer"))
    ours = (dossier, number)
    same = all(
        a is None or b is None or a.replace(" ", "") == b.replace(" ", "")
        for a, b in zip(theirs, ours, strict=True)
    )
    identifier = found.get("DC.identifier")
    if identifier and re.match(rules()["ob_id"], stem):
        same = same and identifier.lower() == stem.lower()
    return same
