"""Stage 3, structure: find the parts of a letter in the cleaned text and read its letterhead.

Parts: letterhead (address, side column, Datum/Betreft/kenmerk blocks, wherever a conversion
put them), body (salutation up to the closing formula), closing, signature block, footnotes,
tables, page furniture and annexes. All offsets here are cleaned-text offsets; the record
stage maps them back to the original. Layout that a reader already knows (`Letter.blocks`,
`Letter.tables`, in original offsets) is mapped into the cleaned text and wins over the text
heuristics. Wide gaps that the cleaner folded (`CleanText.gaps`) mark columns that a PDF
extraction merged into one line.
"""

from __future__ import annotations

import bisect
import datetime as dt
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from . import rx as regex
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
            r"^(" + "|".join(regex.escape(x) for x in labels) + r")(?=[:\s]|$):?\s*(.*)$", regex.I
        )
        inline = sorted(data["inline_labels"], key=len, reverse=True)
        self.inline_label = regex.compile(
            r"(?:^|(?<=\s))(" + "|".join(regex.escape(x) for x in inline) + r")(?=[:\s]|$):?"
        )
        self.boilerplate = _any_of(data["boilerplate"], regex.I)
        self.furniture = _any_of(data["furniture"], regex.I)
        self.salutation = _any_of(data["salutations"])
        self.inline_salutation = regex.compile(data["inline_salutation"])
        self.closing = _any_of(data["closings"], regex.I)
        self.role_line = regex.compile(data["role_line"])
        self.role_split = regex.compile(data["role_split"])
        self.date_line = regex.compile(data["date_line"])
        self.kamerstuk_subject = regex.compile(data["kamerstuk_subject"])
        self.name_line = regex.compile(data["name_line"])
        self.annex_start = regex.compile(data["annex_start"])
        self.titles = sorted(data["titles"], key=len, reverse=True)
        self.sender = regex.compile(data["sender"])
        self.addressee = regex.compile(data["addressee"], regex.I)
        self.address_lines = _any_of(data["address_lines"])
        self.currency_cell = regex.compile(data["currency_cell"])
        self.table: dict[str, int] = data["table"]
        months = load_json("lexicon/months.json")["months"]
        self.months: dict[str, int] = months
        self.date = regex.compile(
            r"\b(\d{1,2})\s+(" + "|".join(sorted(months, key=len, reverse=True)) + r")\.?\s+(\d{4})\b",
            regex.I,
        )


def _any_of(patterns: list[str], flags: int = 0) -> regex.Pattern[str]:
    """One pattern that matches where any of `patterns` matches (one call per line, not one per pattern)."""
    return regex.compile("|".join(f"(?:{p})" for p in patterns), flags)


@lru_cache(maxsize=1)
def _lexicon() -> _Lexicon:
    return _Lexicon()


def parse_dutch_date(text: str) -> dt.date | None:
    lex = _lexicon()
    # a conversion may glue the day to its month ("14november 2019")
    match = lex.date.search(regex.sub(r"(?<!\d)(\d{1,2})(?=\p{L})", r"\1 ", text))
    if not match:
        return None
    day, month, year = int(match.group(1)), lex.months[match.group(2).lower()], int(match.group(3))
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


class _Page:
    """The running text as lines, with the column gaps the cleaner recorded."""

    def __init__(self, clean_text: CleanText, lex: _Lexicon) -> None:
        self.clean = clean_text
        self.text = clean_text.text
        self.gaps = clean_text.gaps
        self.lines = self._split(clean_text.text, clean_text.main_end, lex)
        # the rules look at most lines many times: strip and find labels once per line
        self._stripped = [line.text.strip() for line in self.lines]
        self._labels: dict[int, list[tuple[str, int, int]]] = {}
        self._lex = lex

    @staticmethod
    def _split(text: str, end: int, lex: _Lexicon) -> list[_Line]:
        lines: list[_Line] = []
        start = 0
        for piece in text[:end].split("\n"):
            stop = start + len(piece)
            # a salutation that a conversion ran into the letterhead line starts a line of its own
            match = lex.inline_salutation.search(piece)
            if match:
                cut = start + match.start()
                lines.append(_Line(start, cut, text[start:cut]))
                lines.append(_Line(cut, stop, text[cut:stop]))
            else:
                lines.append(_Line(start, stop, piece))
            start = stop + 1
        return lines

    def stripped(self, i: int) -> str:
        return self._stripped[i]

    def labels(self, i: int) -> list[tuple[str, int, int]]:
        """`_label_occurrences` of the stripped line i."""
        if i not in self._labels:
            self._labels[i] = _label_occurrences(self._stripped[i], self._lex)
        return self._labels[i]

    def has_gap(self, i: int) -> bool:
        line = self.lines[i]
        k = bisect.bisect_left(self.gaps, line.start)
        return k < len(self.gaps) and self.gaps[k] < line.end

    def cells(self, start: int, end: int) -> list[tuple[int, int]]:
        """[start, end) cut at the wide gaps inside it, each cell trimmed."""
        cuts = [g for g in self.gaps[bisect.bisect_left(self.gaps, start) :] if g < end]
        spans, cursor = [], start
        for gap in [*cuts, end]:
            s, e = _trim(self.text, cursor, gap)
            if e > s:
                spans.append((s, e))
            cursor = gap + 1
        return spans


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def analyse(clean_text: CleanText, letter: Letter) -> LetterStructure:
    """Entry point of the stage."""
    lex = _lexicon()
    page = _Page(clean_text, lex)
    lines = page.lines
    structure = LetterStructure(footnotes=list(clean_text.footnotes))

    layout = _reader_layout(clean_text, letter, page, structure)
    furniture = {i for i in range(len(lines)) if lex.furniture.match(page.stripped(i))}
    furniture |= {i for i, kind in layout.items() if kind == "furniture"}
    fixed = set(layout)
    body_first = _find_body_start(page, lex, furniture | fixed)
    closing_index = _find_closing(page, lex, body_first)
    signature_first, signature_last, signatories = _signature(page, lex, body_first, closing_index, fixed)

    letterhead_lines: set[int] = set(range(0, body_first)) - fixed
    letterhead_lines |= _inline_letterhead(page, lex, body_first, signature_first) - fixed
    letterhead_lines |= {i for i, kind in layout.items() if kind == "letterhead"}
    _read_letterhead(page, lex, sorted(letterhead_lines), structure.meta)
    if structure.meta.get("subject") is None:
        structure.meta["subject"] = _emphasised_title(page, lex, body_first)

    furniture |= _repeated_kenmerk(page, lex, body_first, structure.meta.get("reference"))
    body_end_line = closing_index if closing_index is not None else signature_first - 1
    table_lines = {i for i, kind in layout.items() if kind == "table"}
    if not letter.tables:
        taken = letterhead_lines | furniture | fixed
        for table, indexes in _text_tables(page, lex, body_first, body_end_line, taken):
            structure.tables.append(table)
            table_lines |= indexes

    parts: list[Part] = []
    for i, line in enumerate(lines):
        if not line.text.strip():
            continue
        if i in furniture:
            kind = "furniture"
        elif i in table_lines:
            kind = "table"
        elif i in layout:
            kind = layout[i]
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
        s, e = _trim(page.text, line.start, line.end)
        _extend(parts, Part(kind, s, e))
    for note in structure.footnotes:
        parts.append(Part("footnotes", note.start, note.end))
    for s, e in clean_text.furniture:
        parts.append(Part("furniture", s, e))
    structure.parts = parts
    structure.footnotes.sort(key=lambda f: (int(f.number) if f.number.isdigit() else 10**6, f.start))

    structure.meta["signatories"] = signatories
    if letter.meta:
        structure.meta.update({k: v for k, v in letter.meta.items() if v not in (None, [], "")})
    if structure.meta.get("date") is None:
        structure.warnings.append("no letter date found: relative dates stay unresolved")
    return structure


def _repeated_kenmerk(page: _Page, lex: _Lexicon, first: int, reference: str | None) -> set[int]:
    """Side-column lines of later pages that repeat the kenmerk ("Onze referentie 4042")."""
    if not reference:
        return set()
    found = set()
    for i in range(first, len(page.lines)):
        occurrences = page.labels(i)
        if len(occurrences) == 1 and occurrences[0][1] == 0 and lex.fields.get(occurrences[0][0]) == "reference":
            if page.stripped(i)[occurrences[0][2] :].replace(" ", "") == reference.replace(" ", ""):
                found.add(i)
    return found


def _extend(parts: list[Part], part: Part) -> None:
    if parts and parts[-1].kind == part.kind:
        parts[-1] = Part(part.kind, parts[-1].start, part.end)
    else:
        parts.append(part)


_READER_KINDS = {
    "letterhead": "letterhead",
    "furniture": "furniture",
    "table": "table",
    "signature": "signature",
    "footnote": "footnotes",
}


def _reader_layout(clean_text: CleanText, letter: Letter, page: _Page, structure: LetterStructure) -> dict[int, str]:
    """Line index -> kind for the lines a reader's blocks and tables cover; reader footnotes."""
    spans: list[tuple[int, int, str]] = []
    for block in letter.blocks:
        kind = _READER_KINDS.get(block.kind)
        if kind is None:
            continue
        s, e = clean_text.to_clean(block.start, block.end)
        s, e = _trim(clean_text.text, s, e)
        if e <= s:
            continue
        if kind == "footnotes":
            if not any(f.start < e and s < f.end for f in structure.footnotes):
                structure.footnotes.append(CleanFootnote(block.label or str(len(structure.footnotes) + 1), s, e))
            continue
        spans.append((s, e, kind))
    for table in letter.tables:
        rows = []
        for row in table.rows:
            cells = []
            for cell in row:
                s, e = _trim(clean_text.text, *clean_text.to_clean(cell.start, cell.end))
                cells.append((s, max(s, e)))
            rows.append(tuple(cells))
        s, e = _trim(clean_text.text, *clean_text.to_clean(table.start, table.end))
        structure.tables.append(TableStructure(s, e, tuple(rows)))
        spans.append((s, e, "table"))
    kinds: dict[int, str] = {}
    for i, line in enumerate(page.lines):
        if not line.text.strip():
            continue
        for s, e, kind in spans:
            if line.start < e and s < line.end:
                kinds[i] = kind
                break
    return kinds


def _is_label_line(page: _Page, lex: _Lexicon, i: int) -> bool:
    return bool(page.labels(i))


def _find_body_start(page: _Page, lex: _Lexicon, skip: set[int]) -> int:
    lines = page.lines
    for i in range(len(lines)):
        if i not in skip and lex.salutation.match(page.stripped(i)):
            return i
    # No salutation: the first paragraph of running prose after the subject line, and after the
    # place-and-date line of the Kamerstuk layout ("Den Haag, 13 december 2023"), which a text
    # without blank lines runs into the first paragraph.
    head = max(1, len(lines) // 2)
    top = min(len(lines), max(head, 12))  # a short letter's date line may lie past its middle
    first = next((i + 1 for i in range(top) if i not in skip and lex.date_line.match(page.stripped(i))), 0)
    for i in range(head):
        match = _label_start(page.stripped(i), lex)
        inline = [m.group(1).lower() for m in lex.inline_label.finditer(page.stripped(i))]
        if (match and lex.fields.get(match.group(1).lower()) == "subject") or "betreft" in inline:
            first = max(first, i + 1)
            break
    for i in range(first, len(lines)):
        stripped = page.stripped(i)
        if not stripped or i in skip or page.has_gap(i) or _is_label_line(page, lex, i):
            continue
        if lex.boilerplate.match(stripped) or lex.addressee.match(stripped):
            continue
        paragraph = _paragraph(page, lex, i)
        if paragraph and len(paragraph) >= 100 and len(regex.findall(r"\b\p{Ll}{2,}\b", paragraph)) >= 10:
            return i
    # a short letter: the body still starts after the date line or the subject
    return first if first < len(lines) else 0


def _paragraph(page: _Page, lex: _Lexicon, i: int) -> str | None:
    """The paragraph from line i on; None when a letterhead label or a column gap is in it."""
    texts = []
    for j in range(i, len(page.lines)):
        stripped = page.stripped(j)
        if not stripped:
            break
        if page.has_gap(j) or _is_label_line(page, lex, j) or lex.addressee.match(stripped):
            return None
        texts.append(stripped)
    return " ".join(texts)


def _find_closing(page: _Page, lex: _Lexicon, body_first: int) -> int | None:
    for i in range(len(page.lines) - 1, body_first - 1, -1):
        if lex.closing.match(page.stripped(i)):
            return i
    return None


def _role(lex: _Lexicon, text: str) -> tuple[str, str | None] | None:
    match = lex.role_line.match(text.strip())
    if not match:
        return None
    portfolio = match.group(2)
    return match.group(1).lower(), portfolio_case(portfolio.strip().rstrip(",")) if portfolio else None


def _signature(
    page: _Page, lex: _Lexicon, body_first: int, closing: int | None, fixed: set[int]
) -> tuple[int, int, list[dict[str, str | None]]]:
    """The signature block (first line, last line) and its signatories.

    Roles and names may stand one after the other or side by side in columns (split at the
    wide gaps); names are paired with the roles in order. A line ending in a comma right after
    a role continues its portfolio ("de Staatssecretaris van Volkshuisvesting,\\nRuimtelijke
    Ordening en Milieubeheer,")."""
    lines = page.lines
    if closing is not None:
        return _signature_block(page, lex, closing + 1, fixed)
    # No closing formula: the first role line after the body start that forms a signature
    # block with a name (a letter followed by an annex is signed before the annex).
    fallback: tuple[int, int, list[dict[str, str | None]]] | None = None
    for i in range(body_first + 1, len(lines)):
        stripped = page.stripped(i)
        if i in fixed or not stripped or len(stripped) > 130:
            continue
        if not (
            _role(lex, stripped)
            or any(_role(lex, page.text[s:e]) for s, e in page.cells(lines[i].start, lines[i].end))
            or any(_role(lex, part) for part in _one_line_signature(lex, stripped))
        ):
            continue
        first = i
        # "Carola Schouten\nMinister van …": the name stands above the role; a signed name has a
        # given name or initials, a one-word line above a role is a heading ("Stikstof")
        above = _strip_titles(page.stripped(i - 1), lex)
        if i - 1 > body_first and len(above.split()) > 1 and lex.name_line.match(above):
            first = i - 1
        block = _signature_block(page, lex, first, fixed)
        if any(e["role"] for e in block[2]):
            return block
        fallback = fallback or block
    return fallback or (len(lines), len(lines) - 1, [])


def _signature_block(
    page: _Page, lex: _Lexicon, first: int, fixed: set[int]
) -> tuple[int, int, list[dict[str, str | None]]]:
    lines = page.lines
    entries: list[dict[str, str | None]] = []
    last = first - 1
    after_role = False
    wrapped: tuple[str, dict[str, str | None]] | None = None  # a role line without its portfolio
    for i in range(first, len(lines)):
        stripped = page.stripped(i)
        if not stripped or i in fixed and not entries:
            continue
        if len(stripped) > 130 or lex.annex_start.match(stripped) or lex.furniture.match(stripped):
            break
        continued = wrapped is not None and _role(lex, f"{wrapped[0]} {stripped}") is not None
        if entries and all(e["name"] for e in entries) and not _role(lex, stripped) and not continued:
            # only a next signatory goes on: a role, or a name with its role below it
            following = next((page.stripped(j) for j in range(i + 1, len(lines)) if page.stripped(j)), "")
            if not (lex.name_line.match(_strip_titles(stripped, lex)) and _role(lex, following)):
                break
        consumed = False
        cells = [page.text[s:e] for s, e in page.cells(lines[i].start, lines[i].end)]
        cells = [part for cell in cells for part in lex.role_split.split(cell)]
        cells = [part for cell in cells for part in _one_line_signature(lex, cell)]
        line_entries: list[dict[str, str | None]] = []
        for cell in cells:
            role = _role(lex, cell)
            if role:
                if entries and entries[-1]["name"] and entries[-1]["role"] is None:
                    entries[-1]["role"], entries[-1]["portfolio"] = role  # name above its role
                else:
                    entries.append({"name": None, "role": role[0], "portfolio": role[1]})
                    line_entries.append(entries[-1])
                consumed, after_role = True, True
                wrapped = (cell, entries[-1]) if role[1] is None else None
                continue
            # the role wrapped onto this line in hard-wrapped text ('De Minister\nvan Defensie,')
            joined = _role(lex, f"{wrapped[0]} {cell}") if wrapped else None
            if wrapped and joined and joined[1]:
                wrapped[1]["portfolio"], wrapped = joined[1], None
                consumed = True
                continue
            wrapped = None
            open_entries = [x for x in entries if x["name"] is None]
            if after_role and cell.endswith(",") and open_entries:
                _continue_portfolios(open_entries, cell)
                consumed = True
                continue
            name = _strip_titles(cell.rstrip(","), lex)
            if lex.name_line.match(name) and not cell.endswith(","):
                names = _split_names(name, len(open_entries)) if len(cells) == 1 else [name]
                for found in names:
                    target = next((x for x in entries if x["name"] is None), None)
                    if target is None:
                        entries.append({"name": found, "role": None, "portfolio": None})
                    else:
                        target["name"] = found
                if line_entries:
                    # a one-line signature: its further roles are the same person's (the first one counts)
                    entries = [x for x in entries if x["name"] is not None or not any(x is c for c in line_entries)]
                consumed, after_role = True, False
        if not consumed:
            break
        last = i
    return first, max(last, first - 1), [e for e in entries if e["name"]]


def _continue_portfolios(entries: list[dict[str, str | None]], line: str) -> None:
    """'Welzijn en Sport, Jeugd en Sport,' under two roles side by side: one piece each."""
    pieces = [p.strip().rstrip(",") for p in regex.split(r"(?<=,)\s+", line.strip()) if p.strip(" ,")]
    if len(entries) > 1 and len(pieces) == len(entries):
        pairs = list(zip(entries, pieces, strict=True))
    else:
        pairs = [(entries[-1], line.strip().rstrip(","))]
    for entry, piece in pairs:
        portfolio = entry["portfolio"]
        entry["portfolio"] = f"{portfolio}, {piece}" if portfolio else piece


def _split_names(line: str, count: int) -> list[str]:
    """Names of two columns that an extraction joined with a single space ('Sophie Hermans
    Mirjam Sterk' under two roles): the most even split where both names have two words or
    more and the first does not end in a particle."""
    words = line.split()
    if count != 2 or len(words) < 4:
        return [line]
    particles = {"van", "de", "der", "den", "ter", "ten", "het", "in", "'t"}
    best: list[str] = [line]
    best_spread = len(words)
    for cut in range(2, len(words) - 1):
        left, right = words[:cut], words[cut:]
        if left[-1] in particles or not right[0][:1].isupper():
            continue
        spread = abs(len(left) - len(right))
        if spread < best_spread:
            best, best_spread = [" ".join(left), " ".join(right)], spread
    return best


def _one_line_signature(lex: _Lexicon, cell: str) -> list[str]:
    """A signature on one line ('De Minister-President, Minister van Algemene Zaken, M. Rutte'):
    its roles and the name as cells. A comma piece that is no role and not the closing name
    continues the portfolio before it ('Landbouw, Natuur en Voedselkwaliteit')."""
    pieces = [m.span() for m in regex.finditer(r"[^,]+(?:,(?![ \t])[^,]*)*", cell)]
    if len(pieces) < 2 or not _role(lex, cell[pieces[0][0] : pieces[0][1]]):
        return [cell]
    cells = [list(pieces[0])]
    for k, (start, end) in enumerate(pieces[1:], 1):
        piece = cell[start:end].strip()
        closing_name = k == len(pieces) - 1 and lex.name_line.match(_strip_titles(piece, lex))
        if _role(lex, piece) or closing_name and _role(lex, cell[cells[-1][0] : cells[-1][1]]):
            cells.append([start, end])
        else:
            cells[-1][1] = end
    return [cell[s:e].strip() for s, e in cells] if len(cells) > 1 else [cell]


def _inline_letterhead(page: _Page, lex: _Lexicon, body_first: int, body_last: int) -> set[int]:
    """Side-column blocks that a conversion dropped into the body ("Onze referentie" + value)."""
    lines = page.lines
    found: set[int] = set()
    i = body_first
    while i < min(body_last, len(lines)):
        stripped = page.stripped(i)
        if stripped and (lex.boilerplate.match(stripped) or _is_boilerplate_start(page, i)):
            j = i
            while j < len(lines) and page.stripped(j):
                found.add(j)
                j += 1
            i = j
            continue
        match = _label_start(stripped, lex)
        if match and not match.group(2) and len(stripped) < 40:
            found.add(i)
            # the value: following short lines up to the next prose paragraph
            j = i + 1
            while j < len(lines):
                value = page.stripped(j)
                if len(value) > 90 or (value and value[-1:] in ".?!" and len(value) > 40):
                    break
                found.add(j)
                j += 1
                if not value and j < len(lines) and len(page.stripped(j)) > 90:
                    break
            i = j
            continue
        i += 1
    return found


def _is_boilerplate_start(page: _Page, i: int) -> bool:
    """A boilerplate sentence wrapped over several lines."""
    if page.stripped(i) and not regex.match(r"Bij", page.stripped(i), regex.I):
        return False  # the sentence would start with this line (speed: most lines stop here)
    joined = " ".join(page.stripped(j) for j in range(i, min(i + 4, len(page.lines))) if page.stripped(j))
    return bool(regex.match(r"^Bij beantwoording (?:de )?datum", joined, regex.I)) and bool(
        regex.search(r"vermelden\.?", joined)
    )


def _label_start(line: str, lex: _Lexicon) -> regex.Match[str] | None:
    """A label opening the line, with a capital: "betreft. Er wordt …" is a wrapped sentence."""
    return lex.label.match(line) if line.lstrip()[:1].isupper() else None


def _label_occurrences(line: str, lex: _Lexicon) -> list[tuple[str, int, int]]:
    """(label, label start, value start) of every letterhead label in a line."""
    found: list[tuple[str, int, int]] = []
    start = _label_start(line, lex)
    if start:
        found.append((start.group(1).lower(), 0, start.start(2)))
    for m in lex.inline_label.finditer(line):
        if start and m.start() < start.start(2):
            continue
        found.append((m.group(1).lower(), m.start(), m.end()))
    return found


def _read_letterhead(page: _Page, lex: _Lexicon, indexes: list[int], meta: dict[str, Any]) -> None:
    meta.setdefault("date", None)
    skip = {i for i in indexes if lex.boilerplate.match(page.stripped(i))}
    for i in indexes:
        if page.stripped(i) and _is_boilerplate_start(page, i):
            skip |= {j for j in range(i, min(i + 4, len(page.lines)))}
    for pos, i in enumerate(indexes):
        if i in skip:
            continue
        line = page.lines[i]
        if meta.get("sender") is None:
            sender = lex.sender.match(_wrapped_name(page, i))
            if sender:
                meta["sender"] = sender.group(1)
        occurrences = _label_occurrences(line.text, lex)
        for k, (label, _, value_start) in enumerate(occurrences):
            field_name = lex.fields.get(label)
            if field_name is None or meta.get(field_name) is not None:
                continue
            value_end = occurrences[k + 1][1] if k + 1 < len(occurrences) else len(line.text)
            value = _value_text(page, line.start + value_start, line.start + value_end)
            span = _trim(page.text, line.start + value_start, line.start + value_end)
            if not value and k + 1 == len(occurrences):
                value = _following_value(page, lex, indexes, pos, multi=field_name == "copy_to") or ""
                below = [j for j in indexes[pos + 1 :] if page.stripped(j) == value]
                span = _trim(page.text, page.lines[below[0]].start, page.lines[below[0]].end) if below else span
            elif value and field_name == "subject" and k + 1 == len(occurrences):
                value = " ".join([value, *_continuation(page, lex, indexes, pos)])
            if not value:
                continue
            if field_name == "date":
                parsed = parse_dutch_date(value)
                if parsed is not None:
                    meta["date"] = parsed
            elif field_name == "reference":
                meta[field_name] = _as_written(page, span, value)
            else:
                meta[field_name] = value
    if meta.get("subject") is None:
        # Kamerstuk layout: "Nr. 4395 Brief van de minister van Buitenlandse Zaken", no Betreft
        for i in indexes:
            match = lex.kamerstuk_subject.match(page.stripped(i))
            if match:
                meta["subject"] = match.group(1)
                break
    if meta.get("date") is None:
        # Kamerstuk layout: "Den Haag, 26 juni 2026" above the body, no Datum label
        for i in indexes:
            match = lex.date_line.match(page.stripped(i))
            if match:
                meta["date"] = parse_dutch_date(match.group(1))
                break
    addressee = _addressee(page, lex, indexes)
    if addressee:
        meta.setdefault("addressee", addressee)


def _as_written(page: _Page, span: tuple[int, int], value: str) -> str:
    """A kenmerk exactly as the original writes it ('4 2 300451' of a letter-spaced PDF text),
    spaces collapsed; the cleaned value when the original stretch holds more than the value."""
    start, end = page.clean.to_original(*span)
    written = " ".join(page.clean.original[start:end].split())
    return written if written.replace(" ", "") == value.replace(" ", "") else value


def _wrapped_name(page: _Page, i: int) -> str:
    """A name that the letterhead's logo wraps over lines ending in a connector
    ('Ministerie van' / 'Infrastructuur en' / 'Waterstaat')."""
    text = page.stripped(i)
    j = i + 1
    while j < len(page.lines) and page.stripped(j) and regex.search(r"(?:\b(?:van|voor|en)|,)$", text):
        text = f"{text} {page.stripped(j)}"
        j += 1
    return text


def _emphasised_title(page: _Page, lex: _Lexicon, body_first: int) -> str | None:
    """A subject without its label: the bold title that stands right before 'Datum' in the
    letterhead ("**Beleidsbrief Bodem** Datum Kenmerk …")."""
    limit = page.lines[body_first].start if body_first < len(page.lines) else page.clean.main_end
    for start, end in page.clean.emphasis:
        if end > limit:
            break
        title = " ".join(page.text[start:end].split())
        following = page.text[end:limit].lstrip()
        if len(title.split()) < 2 or lex.sender.match(title) or _label_occurrences(title, lex):
            continue
        if any(
            m.start() == 0 and lex.fields.get(m.group(1).lower()) == "date"
            for m in lex.inline_label.finditer(following[:20])
        ):
            return title
    return None


def _value_text(page: _Page, start: int, end: int) -> str:
    """A label's value on its line; a column cell that is a lone code or capitals (the side
    column's 'Uw referentie' value, a unit's acronym) is not part of it."""
    cells = page.cells(start, end)
    kept = [
        page.text[s:e]
        for n, (s, e) in enumerate(cells)
        if n == 0 or not regex.fullmatch(r"[\p{Lu}\d][\p{Lu}\d/.\- ]{0,14}", page.text[s:e])
    ]
    return " ".join(" ".join(kept).split())


def _following_value(page: _Page, lex: _Lexicon, indexes: list[int], pos: int, *, multi: bool) -> str | None:
    values: list[str] = []
    for i in indexes[pos + 1 :]:
        stripped = page.stripped(i)
        if not stripped:
            if values:
                break
            continue
        if page.labels(i):
            break
        if multi and values and lex.address_lines.match(stripped):
            break
        values.append(stripped)
        if not multi:
            break
    return " ".join(values) if values else None


def _continuation(page: _Page, lex: _Lexicon, indexes: list[int], pos: int) -> list[str]:
    """The lines that carry a wrapped value (a subject over two lines) on."""
    found: list[str] = []
    previous = indexes[pos]
    for i in indexes[pos + 1 :]:
        stripped = page.stripped(i)
        if i != previous + 1 or not stripped or page.labels(i) or page.has_gap(i):
            break
        found.append(stripped)
        previous = i
    return found


def _addressee(page: _Page, lex: _Lexicon, indexes: list[int]) -> str | None:
    for pos, i in enumerate(indexes):
        line = page.lines[i]
        cells = page.cells(line.start, line.end)
        if not cells:
            continue
        first = page.text[cells[0][0] : cells[0][1]]
        if lex.addressee.match(first):
            parts = [first]
            for j in indexes[pos + 1 : pos + 3]:
                nxt = page.stripped(j)
                if not nxt or lex.address_lines.match(nxt) or page.labels(j):
                    break
                parts.append(nxt)
            return " ".join(parts)
    return None


def _text_tables(
    page: _Page, lex: _Lexicon, first: int, last: int, taken: set[int]
) -> list[tuple[TableStructure, set[int]]]:
    """Tables of a text conversion: blank-line-separated groups of short lines, one group per
    row and one line per cell; a lone currency sign joins the amount on the next line."""
    limits = lex.table
    groups: list[tuple[list[int], list[tuple[int, int]]]] = []
    current: list[int] = []
    for i in range(first, min(last, len(page.lines) - 1) + 2):
        if i < len(page.lines) and i <= last and page.stripped(i) and i not in taken:
            current.append(i)
            continue
        if current:
            groups.append((current, _row_cells(page, lex, current)))
        current = []
        if i < len(page.lines) and page.stripped(i):
            groups.append(([], []))  # a taken line breaks a run of rows

    def row_like(cells: list[tuple[int, int]]) -> bool:
        return len(cells) >= limits["min_columns"] and all(
            e - s <= limits["max_cell_chars"]
            and len(page.text[s:e].split()) <= limits["max_cell_words"]
            and not page.text[s:e].endswith((":", ";", ","))
            for s, e in cells
        )

    # a row that a page or footnote break split in two ("Commerciële verwervingen" | "€ 8,9 mld."
    # "€ 9,7 mld."): its halves add up to the width of the row before
    merged: list[tuple[list[int], list[tuple[int, int]]]] = []
    k = 0
    while k < len(groups):
        group = groups[k]
        if (
            merged
            and k + 1 < len(groups)
            and group[0]
            and groups[k + 1][0]
            and len(merged[-1][1]) >= limits["min_columns"]
            and len(group[1]) < len(merged[-1][1])
            and len(group[1]) + len(groups[k + 1][1]) == len(merged[-1][1])
        ):
            merged.append((group[0] + groups[k + 1][0], group[1] + groups[k + 1][1]))
            k += 2
            continue
        merged.append(group)
        k += 1

    tables: list[tuple[TableStructure, set[int]]] = []
    run: list[tuple[list[int], list[tuple[int, int]]]] = []
    for group in [*merged, ([], [])]:
        if group[0] and row_like(group[1]):
            run.append(group)
            continue
        widths = [len(cells) for _, cells in run]
        if len(run) >= limits["min_rows"] and max(widths.count(w) for w in widths) >= limits["min_rows"]:
            rows = tuple(tuple(cells) for _, cells in run)
            table = TableStructure(rows[0][0][0], rows[-1][-1][1], rows)
            tables.append((table, {i for indexes, _ in run for i in indexes}))
        run = []
    return tables


def _row_cells(page: _Page, lex: _Lexicon, indexes: list[int]) -> list[tuple[int, int]]:
    cells: list[tuple[int, int]] = []
    pending: int | None = None
    for i in indexes:
        s, e = _trim(page.text, page.lines[i].start, page.lines[i].end)
        if lex.currency_cell.match(page.text[s:e]):
            pending = s if pending is None else pending
            continue
        cells.append((pending if pending is not None else s, e))
        pending = None
    if pending is not None:
        cells.append(
            (
                pending,
                _trim(page.text, page.lines[indexes[-1]].start, page.lines[indexes[-1]].end)[1],
            )
        )
    return cells


def portfolio_case(portfolio: str) -> str:
    """A portfolio in capitals in title case: 'BUITENLANDSE ZAKEN' -> 'Buitenlandse Zaken'."""
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
