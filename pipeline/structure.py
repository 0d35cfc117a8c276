"""Stage 3, structure: find the parts of a letter in the cleaned text and read its letterhead.

Parts: letterhead (address, side column, Datum/Betreft/kenmerk blocks, wherever a conversion
put them), body (salutation up to and including the closing formula), signature block,
footnotes, tables and page furniture. All offsets here are cleaned-text offsets; the record
stage maps them back to the original. Layout that a reader already knows (`Letter.blocks`,
`Letter.tables`) wins over the text heuristics.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import regex

from .clean import CleanFootnote, CleanText
from .readers.base import Letter
from .resources import load_json


@dataclass(frozen=True, slots=True)
class Part:
    kind: str  # letterhead | body | closing | signature | footnotes | table | furniture | annex
    start: int
    end: int


@dataclass(frozen=True, slots=True)
class TableStructure:
    start: int
    end: int
    rows: tuple[tuple[tuple[int, int], ...], ...]  # cells as cleaned-text spans


@dataclass(slots=True)
class LetterStructure:
    parts: list[Part] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)
    footnotes: list[CleanFootnote] = field(default_factory=list)
    tables: list[TableStructure] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)

    def spans_of(self, *kinds: str) -> list[tuple[int, int]]:
        return [(p.start, p.end) for p in self.parts if p.kind in kinds]

    @property
    def body(self) -> tuple[int, int] | None:
        spans = self.spans_of("body")
        return (spans[0][0], spans[-1][1]) if spans else None

    @property
    def letter_date(self) -> dt.date | None:
        value = self.meta.get("date")
        return value if isinstance(value, dt.date) else None


@dataclass(frozen=True, slots=True)
class _Line:
    start: int
    end: int
    text: str


class _Lexicon:
    def __init__(self) -> None:
        data = load_json("structure/letterhead.json")
        self.fields: dict[str, str] = data["fields"]
        labels = sorted([*self.fields, *data["other_labels"]], key=len, reverse=True)
        self.label = regex.compile(
            r"^(" + "|".join(regex.escape(x) for x in labels) + r")\b[:]?\s*(.*)$", regex.I
        )
        self.boilerplate = [regex.compile(p, regex.I) for p in data["boilerplate"]]
        self.furniture = [regex.compile(p, regex.I) for p in data["furniture"]]
        self.salutation = [regex.compile(p) for p in data["salutations"]]
        self.closing = [regex.compile(p, regex.I) for p in data["closings"]]
        self.role_line = regex.compile(data["role_line"])
        self.titles = sorted(data["titles"], key=len, reverse=True)
        self.sender = regex.compile(data["sender"])
        months = load_json("lexicon/months.json")["months"]
        self.months: dict[str, int] = months
        self.date = regex.compile(
            r"\b(\d{1,2})\s+(" + "|".join(sorted(months, key=len, reverse=True)) + r")\.?\s+(\d{4})\b",
            regex.I,
        )


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    return _Lexicon()


def _lines(text: str) -> list[_Line]:
    lines: list[_Line] = []
    start = 0
    for piece in text.split("\n"):
        end = start + len(piece)
        lines.append(_Line(start, end, piece))
        start = end + 1
    return lines


def parse_dutch_date(text: str) -> dt.date | None:
    lex = _lexicon()
    match = lex.date.search(text)
    if not match:
        return None
    day, month, year = int(match.group(1)), lex.months[match.group(2).lower()], int(match.group(3))
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def analyse(clean_text: CleanText, letter: Letter) -> LetterStructure:
    """Entry point of the stage."""
    lex = _lexicon()
    text = clean_text.text
    footnote_start = clean_text.footnotes[0].start if clean_text.footnotes else len(text)
    lines = [ln for ln in _lines(text) if ln.start < footnote_start]
    structure = LetterStructure(footnotes=list(clean_text.footnotes))

    furniture = {i for i, ln in enumerate(lines) if any(p.match(ln.text.strip()) for p in lex.furniture)}
    body_first = _find_body_start(lines, lex, furniture)
    closing_index = _find_closing(lines, lex, body_first)
    signature_first, signature_last = _find_signature(lines, lex, body_first, closing_index)

    letterhead_lines: set[int] = set(range(0, body_first))
    letterhead_lines |= _inline_letterhead(lines, lex, body_first, signature_first)
    _read_letterhead(lines, lex, sorted(letterhead_lines), structure.meta)

    body_end_line = closing_index if closing_index is not None else signature_first - 1
    parts: list[Part] = []
    for i, line in enumerate(lines):
        if not line.text.strip():
            continue
        if i in furniture:
            kind = "furniture"
        elif i in letterhead_lines:
            kind = "letterhead"
        elif closing_index is not None and i == closing_index:
            kind = "closing"
        elif signature_first <= i <= signature_last:
            kind = "signature"
        elif body_first <= i <= body_end_line:
            kind = "body"
        else:
            kind = "annex"
        _extend(parts, Part(kind, line.start, line.end))
    for note in clean_text.footnotes:
        parts.append(Part("footnotes", note.start, note.end))
    structure.parts = parts

    structure.meta["signatories"] = _signatories(lines[signature_first : signature_last + 1], lex)
    if letter.meta:
        structure.meta.update({k: v for k, v in letter.meta.items() if v not in (None, [], "")})
    if structure.meta.get("date") is None:
        structure.warnings.append("no letter date found: relative dates stay unresolved")
    return structure


def _extend(parts: list[Part], part: Part) -> None:
    if parts and parts[-1].kind == part.kind:
        parts[-1] = Part(part.kind, parts[-1].start, part.end)
    else:
        parts.append(part)


def _find_body_start(lines: list[_Line], lex: _Lexicon, furniture: set[int]) -> int:
    for i, line in enumerate(lines):
        if any(p.match(line.text.strip()) for p in lex.salutation):
            return i
    # No salutation: the first line of running prose that is not a letterhead field.
    for i, line in enumerate(lines):
        stripped = line.text.strip()
        if i in furniture or lex.label.match(stripped) or any(p.match(stripped) for p in lex.boilerplate):
            continue
        if len(stripped) >= 120 and regex.search(r"[.!?:]\s*$|[a-z],?\s", stripped):
            return i
    return 0


def _find_closing(lines: list[_Line], lex: _Lexicon, body_first: int) -> int | None:
    for i in range(len(lines) - 1, body_first - 1, -1):
        if any(p.match(lines[i].text.strip()) for p in lex.closing):
            return i
    return None


def _find_signature(
    lines: list[_Line], lex: _Lexicon, body_first: int, closing: int | None
) -> tuple[int, int]:
    """The signature block: role lines and names after the closing (or at the letter's end)."""
    if closing is not None:
        first = closing + 1
    else:
        first = len(lines)
        for i in range(len(lines) - 1, body_first, -1):
            stripped = lines[i].text.strip()
            if lex.role_line.match(stripped) and len(stripped) < 130:
                first = i
            elif stripped and first != len(lines) and len(stripped) > 130:
                break
    last = first - 1
    for i in range(first, len(lines)):
        stripped = lines[i].text.strip()
        if not stripped:
            continue
        if len(stripped) > 130:
            break
        last = i
    return first, max(last, first - 1)


def _inline_letterhead(lines: list[_Line], lex: _Lexicon, body_first: int, body_last: int) -> set[int]:
    """Side-column blocks that a conversion dropped into the body ("Onze referentie" + value)."""
    found: set[int] = set()
    i = body_first
    while i < min(body_last, len(lines)):
        stripped = lines[i].text.strip()
        if any(p.match(stripped) for p in lex.boilerplate) or _is_boilerplate_start(lines, i, lex):
            j = i
            while j < len(lines) and lines[j].text.strip():
                found.add(j)
                j += 1
            i = j
            continue
        match = lex.label.match(stripped)
        if match and not match.group(2) and len(stripped) < 40:
            found.add(i)
            # the value: following short lines up to the next prose paragraph
            j = i + 1
            while j < len(lines):
                value = lines[j].text.strip()
                if len(value) > 90 or (value and value[-1:] in ".?!" and len(value) > 40):
                    break
                found.add(j)
                j += 1
                if not value and j < len(lines) and len(lines[j].text.strip()) > 90:
                    break
            i = j
            continue
        i += 1
    return found


def _is_boilerplate_start(lines: list[_Line], i: int, lex: _Lexicon) -> bool:
    """A boilerplate sentence wrapped over several lines."""
    joined = " ".join(ln.text.strip() for ln in lines[i : i + 4] if ln.text.strip())
    return bool(regex.match(r"^Bij beantwoording (?:de )?datum", joined, regex.I)) and bool(
        regex.search(r"vermelden\.?", joined)
    )


def _read_letterhead(lines: list[_Line], lex: _Lexicon, indexes: list[int], meta: dict[str, Any]) -> None:
    meta.setdefault("date", None)
    for pos, i in enumerate(indexes):
        stripped = lines[i].text.strip()
        if meta.get("sender") is None:
            sender = lex.sender.match(stripped)
            if sender:
                meta["sender"] = sender.group(1)
        match = lex.label.match(stripped)
        if not match:
            continue
        field_name = lex.fields.get(match.group(1).lower())
        if field_name is None or meta.get(field_name) is not None:
            continue
        value = match.group(2).strip()
        if not value:
            value = _following_value(lines, indexes, pos, lex, multi=field_name == "copy_to")
        if not value:
            continue
        if field_name == "date":
            parsed = parse_dutch_date(value)
            if parsed is None:
                continue
            meta["date"] = parsed
        else:
            meta[field_name] = value
    addressee = _addressee(lines, indexes)
    if addressee:
        meta.setdefault("addressee", addressee)


def _following_value(
    lines: list[_Line], indexes: list[int], pos: int, lex: _Lexicon, *, multi: bool
) -> str | None:
    values: list[str] = []
    for i in indexes[pos + 1 :]:
        stripped = lines[i].text.strip()
        if not stripped:
            if values and not multi:
                break
            if values and multi:
                break
            continue
        if lex.label.match(stripped) and lex.label.match(stripped).group(2) == "":  # type: ignore[union-attr]
            break
        values.append(stripped)
        if not multi:
            break
    return " ".join(values) if values else None


def _addressee(lines: list[_Line], indexes: list[int]) -> str | None:
    for pos, i in enumerate(indexes):
        stripped = lines[i].text.strip()
        if regex.match(r"^(?:Aan\s+)?de\s+Voorzitter\s+van\s+de\b", stripped, regex.I):
            parts = [stripped]
            for j in indexes[pos + 1 : pos + 3]:
                nxt = lines[j].text.strip()
                if nxt and regex.match(r"^der\s+Staten", nxt, regex.I) or nxt.startswith("Kamer der"):
                    parts.append(nxt)
            return " ".join(parts)
    return None


def portfolio_case(portfolio: str) -> str:
    """'BUITENLANDSE HANDEL EN ONTWIKKELINGSSAMENWERKING' -> 'Buitenlandse Handel en Ontwikkelingssamenwerking'."""
    if portfolio != portfolio.upper():
        return portfolio
    small = {"en", "van", "voor", "de", "het", "der"}
    words = []
    for word in portfolio.lower().split():
        words.append(word if word in small else "-".join(w[:1].upper() + w[1:] for w in word.split("-")))
    return " ".join(words)


def _strip_titles(name: str, lex: _Lexicon) -> str:
    changed = True
    while changed:
        changed = False
        for title in lex.titles:
            if name.lower().startswith(title.lower() + " "):
                name = name[len(title) + 1 :].lstrip()
                changed = True
    return name


def _signatories(lines: list[_Line], lex: _Lexicon) -> list[dict[str, str | None]]:
    roles: list[tuple[str, str | None]] = []
    names: list[str] = []
    for line in lines:
        stripped = line.text.strip().rstrip(",")
        if not stripped:
            continue
        role = lex.role_line.match(stripped)
        if role:
            portfolio = role.group(2)
            roles.append((role.group(1).lower(), portfolio_case(portfolio.strip()) if portfolio else None))
        elif regex.match(r"^[\p{L}.][\p{L}.'’\- ]+$", stripped):
            names.append(_strip_titles(stripped, lex))
    result: list[dict[str, str | None]] = []
    for index, name in enumerate(names):
        role, portfolio = roles[index] if index < len(roles) else (None, None)
        result.append({"name": name, "role": role, "portfolio": portfolio})
    return result
