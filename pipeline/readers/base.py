"""The reader interface: every format module turns bytes into a `Letter` text plus layout hints.

`Letter.text` is the string all offsets of the record point into. Layout hints are offsets into
that same text; later stages use them where present and fall back to text heuristics otherwise.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Protocol


class ReadError(Exception):
    """A letter that cannot be read: the message names the reason for the error record."""


@dataclass(frozen=True, slots=True)
class Block:
    """A stretch of the text whose role the format itself tells (e.g. a DOCX footnote part)."""

    kind: str  # letterhead | body | footnote | table | furniture | signature
    start: int
    end: int
    label: str | None = None  # footnote number, page number, …


@dataclass(frozen=True, slots=True)
class TableCell:
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TableLayout:
    start: int
    end: int
    rows: tuple[tuple[TableCell, ...], ...]


@dataclass(slots=True)
class Letter:
    """What a reader delivers: the text, how it was decoded, and what the format says about it."""

    text: str
    format: str
    encoding: str | None = None
    blocks: list[Block] = field(default_factory=list)
    tables: list[TableLayout] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)  # format-provided metadata (Meta fields)
    warnings: list[str] = field(default_factory=list)


class Reader(Protocol):
    def __call__(self, data: bytes, *, name: str, limits: Limits) -> Letter: ...


@dataclass(frozen=True, slots=True)
class Limits:
    max_bytes: int = 50 * 1024 * 1024
    max_pdf_pages: int = 500
    max_unzipped_bytes: int = 200 * 1024 * 1024
    seconds_per_letter: float = 120.0


class TextBuilder:
    """Appends a reader's text piece by piece and records blocks and tables at their offsets."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.blocks: list[Block] = []
        self.tables: list[TableLayout] = []

    def add(self, text: str) -> tuple[int, int]:
        start = self.length
        self.parts.append(text)
        self.length += len(text)
        return start, self.length

    def separate(self, blank: bool = True) -> None:
        """End the current line (and paragraph when `blank`), never doubling separators."""
        if not self.length:
            return
        tail = "".join(self.parts[-2:])
        want = "\n\n" if blank else "\n"
        have = len(tail) - len(tail.rstrip("\n"))
        if have < len(want):
            self.add(want[have:])

    def text(self) -> str:
        return "".join(self.parts)
