"""PDF letters (pdfplumber): reading order, page furniture, footnotes and ruled tables.

Text layout produced (the string all gold offsets point into):

1. The side column of page 1 (ministry address, "Ons kenmerk", "Datum brief", …) when the
   letter has the rijksoverheid side column: a `letterhead` block.
2. The main column of every page in order: address block, "Datum …", "Betreft …", salutation,
   body, closing, signature, annexes. Wrapped lines keep their single "\n"; a paragraph break
   (a line pitch over 1.3 × the usual one) is a blank line; a page break is a blank line when
   the page's last line ends a sentence or is short, else a single "\n". A line-end hyphen
   between lower-case letters is kept and the next word pulled up onto the line
   ("niet-naleving"), unless the document spells the word elsewhere without it
   ("opgeno-\nmen" -> "opgenomen"); before "en"/"of" ("zorg- en welzijn") nothing changes.
   A ruled table (pdfplumber lines strategy, most rows with two or more filled cells) is one
   line per row, cells separated by a tab, lines inside a cell joined by a space: a `table`
   block plus a `TableLayout`.
   A superscript footnote marker in the running text becomes "[footnoteRef:N]" (the
   convention the cleaner removes and records), so "2019¹." reads "2019[footnoteRef:1]." and
   the number never glues to a word.
3. Footnotes of all pages, one line each: "[N: footnote text]" (the cleaner's inline-footnote
   form); the text inside the brackets is a `footnote` block labelled N.
4. Page furniture of all pages: the side column of pages 2…n, page numbers ("Pagina 2 van 5")
   and running header/footer lines repeated across pages, one `furniture` block per page
   (label = page number). It is kept in the text but after the letter, out of the body.
"""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

import pdfplumber

from ..resources import load_json
from .base import Block, Letter, Limits, ReadError, TableCell, TableLayout, TextBuilder

_SENTENCE_END = re.compile(r"[.:;?!]['\"”’)]?$")
_HYPHENATED = re.compile(r"(?<=[a-zà-ÿ])-$")
_LOWER_START = re.compile(r"^[a-zà-ÿ]")
_MARKER = re.compile(r"^\d{1,3}\)?$")


@dataclass(frozen=True, slots=True)
class _Rules:
    page_number: tuple[re.Pattern[str], ...]
    side_min_x: float
    small_delta: float
    sup_ratio: float
    para_pitch: float
    repeat_share: float
    elliptic_next: frozenset[str]


@lru_cache(maxsize=1)
def _rules() -> _Rules:
    data = load_json("readers/pdf.json")
    return _Rules(
        page_number=tuple(re.compile(p) for p in data["page_number"]),
        side_min_x=data["side_column_min_x"],
        small_delta=data["small_font_delta"],
        sup_ratio=data["superscript_ratio"],
        para_pitch=data["paragraph_pitch"],
        repeat_share=data["repeat_share"],
        elliptic_next=frozenset(data["elliptic_next"]),
    )


@dataclass(slots=True)
class _Word:
    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    sup: bool = False


@dataclass(slots=True)
class _Row:
    words: list[_Word]
    top: float = 0.0
    bottom: float = 0.0
    size: float = 0.0
    text: str = ""

    def finish(self) -> _Row:
        self.words.sort(key=lambda w: w.x0)
        main = [w for w in self.words if not w.sup] or self.words
        self.top = min(w.top for w in main)
        self.bottom = max(w.bottom for w in main)
        self.size = Counter(round(w.size, 1) for w in main for _ in w.text).most_common(1)[0][0]
        self.text = _join_words(self.words)
        return self

    @property
    def x0(self) -> float:
        return self.words[0].x0


@dataclass(slots=True)
class _Table:
    top: float
    bottom: float
    rows: list[list[str]]


@dataclass(slots=True)
class _Page:
    number: int
    side: list[_Row] = field(default_factory=list)
    flow: list[_Row | _Table] = field(default_factory=list)
    footnotes: list[tuple[str, str]] = field(default_factory=list)
    furniture: list[str] = field(default_factory=list)


def _join_words(words: list[_Word]) -> str:
    out: list[str] = []
    prev: _Word | None = None
    for word in words:
        text = f"[footnoteRef:{word.text.rstrip(')')}]" if word.sup else word.text
        # pdfplumber splits words at a space or a gap, and also where the font size changes:
        # only that last split (a superscript, a size change inside a word) may lack a space
        touching = word.x0 - prev.x1 < 0.15 * min(word.size, prev.size) if prev else True
        if prev is not None and not word.sup and not (touching and word.size != prev.size):
            out.append(" ")
        out.append(text)
        prev = word
    return "".join(out)


def _open(data: bytes) -> Any:
    try:
        pdf = pdfplumber.open(io.BytesIO(data))
        _ = pdf.pages  # parses the page tree: fails here on corrupt files
    except Exception as exc:  # pdfminer raises many unrelated types for broken input
        reason = f"{type(exc).__name__}: {exc}".strip()
        chain = f"{reason} {exc.__cause__!r} {exc.__context__!r}".lower()
        if "password" in chain or "encrypt" in chain:
            raise ReadError(f"encrypted PDF, cannot decrypt ({reason})") from exc
        raise ReadError(f"corrupt PDF ({reason})") from exc
    return pdf


def _words(page: Any) -> list[_Word]:
    raw = page.extract_words(x_tolerance=1.5, y_tolerance=2, extra_attrs=["size"])
    words = []
    for w in raw:
        # tiny text (size < 2) is invisible tagging, text outside the page is cropped away
        if (
            w["size"] < 2
            or w["x1"] < 0
            or w["x0"] > page.width
            or w["top"] > page.height
            or w["bottom"] < 0
        ):
            continue
        words.append(_Word(w["text"], w["x0"], w["x1"], w["top"], w["bottom"], float(w["size"])))
    return words


def _rows(words: list[_Word]) -> list[_Row]:
    """Group words into visual lines; a superscript joins the line it is raised above."""
    rows: list[tuple[float, float, list[_Word]]] = []
    for word in sorted(words, key=lambda w: (w.top, w.x0)):
        centre = (word.top + word.bottom) / 2
        for i, (top, bottom, members) in enumerate(rows):
            if top - 1 <= centre <= bottom + 1:
                members.append(word)
                rows[i] = (min(top, word.top), max(bottom, word.bottom), members)
                break
        else:
            rows.append((word.top, word.bottom, [word]))
    return sorted((_Row(members).finish() for _, _, members in rows), key=lambda r: r.top)


def _mark_superscripts(row_words: list[_Word], rules: _Rules) -> None:
    sizes = Counter(round(w.size, 1) for w in row_words for _ in w.text)
    line_size = sizes.most_common(1)[0][0]
    bottom = max(w.bottom for w in row_words if round(w.size, 1) == line_size)
    for i, word in enumerate(row_words):
        raised = word.bottom < bottom - 0.15 * line_size
        if i and _MARKER.match(word.text) and word.size < rules.sup_ratio * line_size and raised:
            word.sup = True


def _body_size(all_words: list[list[_Word]]) -> float:
    """The running text's font size: the commonest size of the first pages (annexes with
    small-print tables come later and must not outvote the letter)."""
    sizes = Counter(round(w.size * 2) / 2 for words in all_words[:3] for w in words for _ in w.text)
    if not sizes:
        raise ReadError("no text layer (scanned PDF?)")
    return sizes.most_common(1)[0][0]


def _side_x(
    all_words: list[list[_Word]], widths: list[float], body: float, rules: _Rules
) -> float | None:
    """Left edge of the narrow side column: the x where small right-hand text starts on the
    most pages (a table column of small figures repeats only on the pages of the table)."""
    pages: Counter[int] = Counter()
    for words, width in zip(all_words, widths, strict=True):
        small = [
            w
            for w in words
            if w.x0 > rules.side_min_x * width and w.size < body - rules.small_delta
        ]
        starts = Counter(round(w.x0) for w in small if not _has_left_neighbour(w, words))
        pages.update(x for x, n in starts.items() if n >= 2)
    if not pages:
        return None
    x, _ = max(pages.items(), key=lambda item: (item[1], -item[0]))
    return float(x)


def _has_left_neighbour(word: _Word, words: list[_Word]) -> bool:
    return any(
        word.x0 - 2 * word.size <= v.x1 <= word.x0 + 0.5
        and min(v.bottom, word.bottom) > max(v.top, word.top)
        for v in words
        if v is not word
    )


def _split_side(
    words: list[_Word], side_x: float | None, body: float, rules: _Rules
) -> tuple[list[_Word], list[_Word]]:
    """Side-column words: small text right of side_x that does not continue a main-column line."""
    if side_x is None:
        return words, []
    main: list[_Word] = []
    side: list[_Word] = []
    for word in sorted(words, key=lambda w: w.x0):
        if word.x0 >= side_x - 3 and word.size < body - rules.small_delta:
            glued = any(
                v.x1 <= word.x0 + 0.5
                and word.x0 - v.x1 < 0.5 * max(v.size, word.size)
                and min(v.bottom, word.bottom) - max(v.top, word.top) > 0
                for v in main
            )
            if not glued:
                side.append(word)
                continue
        main.append(word)
    return main, side


def _is_grid(data: list[list[str | None]]) -> bool:
    """A real table: most rows hold two or more filled cells (a framed text box holds one),
    and cells are not single words of running text cut apart by a frame's rules."""
    filled = [[c for c in row if c and c.strip()] for row in data]
    multi = sum(1 for row in filled if len(row) >= 2)
    cells = [c for row in filled for c in row]
    if not cells or multi < max(2, 0.5 * len(data)):
        return False
    words_per_cell = sum(len(c.split()) for c in cells) / len(cells)
    return not (words_per_cell < 1.25 and max(len(row) for row in data) > 8)


def _tables(
    page: Any, words: list[_Word], rules: _Rules, join: _Joiner
) -> tuple[list[_Table], list[_Word]]:
    """Ruled tables that pass `_is_grid`; returns them and the words outside them."""
    if not page.rects and not page.lines:
        return [], words
    tables = []
    rest = words
    for table in page.find_tables():
        x0, top, x1, bottom = table.bbox
        inside = [
            w
            for w in rest
            if x0 <= (w.x0 + w.x1) / 2 <= x1 and top <= (w.top + w.bottom) / 2 <= bottom
        ]
        rows = [[_cell_text(cell, inside, rules, join) for cell in row.cells] for row in table.rows]
        if _is_grid(rows):
            tables.append(_Table(top, bottom, [[c for c in row if c is not None] for row in rows]))
            taken = {id(w) for w in inside}
            rest = [w for w in rest if id(w) not in taken]
    return tables, rest


def _cell_text(cell: Any, words: list[_Word], rules: _Rules, join: _Joiner) -> str | None:
    """The text of one table cell (None for the covered part of a merged cell)."""
    if cell is None:
        return None
    x0, top, x1, bottom = cell
    members = [
        w
        for w in words
        if x0 <= (w.x0 + w.x1) / 2 <= x1 and top <= (w.top + w.bottom) / 2 <= bottom
    ]
    rows = _rows(members)
    for row in rows:
        _mark_superscripts(row.words, rules)
        row.text = _join_words(row.words)
    return join([r.text for r in rows], " ")


class _Joiner:
    """Joins wrapped lines and repairs words broken at a line-end hyphen.

    Rijksoverheid letters are not hyphenated by the word processor, so a line-end hyphen is
    mostly a compound hyphen ("niet-\nnaleving", URLs) and stays: the next word is pulled up
    onto the line. It is dropped only when the document itself spells the word without it
    elsewhere ("opgeno-\nmen" and "opgenomen"). Before "en"/"of" ("zorg- en welzijn") the
    line break stays as it is.
    """

    def __init__(self, words: list[str], rules: _Rules) -> None:
        self.vocab = {_bare(w) for w in words}
        self.elliptic = rules.elliptic_next

    def __call__(self, lines: list[str], sep: str) -> str:
        out = ""
        for line in lines:
            head, _, tail = line.partition(" ")
            if (
                out
                and _HYPHENATED.search(out)
                and _LOWER_START.match(line)
                and head not in self.elliptic
            ):
                stem = out.rsplit(None, 1)[-1][:-1]
                whole = _bare(stem + head)
                drop = (
                    whole in self.vocab
                    and _bare(f"{stem}-{head}") not in self.vocab
                    and "/" not in stem
                )
                out = (out[:-1] if drop else out) + head + (sep + tail if tail else "")
            else:
                out = out + sep + line if out else line
        return out


def _bare(word: str) -> str:
    return word.strip(".,;:!?()[]'\"‘’“”").lower()


def _footnote_start(row: _Row, rules: _Rules) -> bool:
    """A row that opens a footnote: a number in a smaller font than the text after it."""
    first = row.words[0]
    if not _MARKER.match(first.text) or len(row.words) < 2:
        return False
    return first.size < rules.sup_ratio * row.words[1].size


def _split_footnotes(
    rows: list[_Row], body: float, rules: _Rules, join: _Joiner
) -> tuple[list[_Row], list[tuple[str, str]]]:
    """Footnotes: the trailing run of small-font rows that begins with a numbered row."""
    start = len(rows)
    for i in range(len(rows) - 1, -1, -1):
        opens = _footnote_start(rows[i], rules)
        if rows[i].size >= body - rules.small_delta and not opens:
            break
        if opens:
            start = i
    notes: list[tuple[str, list[str]]] = []
    for row in rows[start:]:
        number = row.words[0].text.rstrip(")")
        # a continuation line may start with a small number ("35 334, nr. 1"): numbers go up
        if _footnote_start(row, rules) and (not notes or int(number) > int(notes[-1][0])):
            notes.append((number, [_join_words(row.words[1:])]))
        elif notes:
            notes[-1][1].append(row.text)
    return rows[:start], [(number, join(lines, " ")) for number, lines in notes]


def _page_number(text: str, rules: _Rules) -> str | None:
    for pattern in rules.page_number:
        if m := pattern.match(text.strip()):
            return m.group(1)
    return None


def _layout(
    page: Any,
    number: int,
    words: list[_Word],
    side_x: float | None,
    body: float,
    rules: _Rules,
    join: _Joiner,
) -> _Page:
    out = _Page(number)
    main, side = _split_side(words, side_x, body, rules)
    tables, main = _tables(page, main, rules, join)
    rows = _rows(main)
    for row in rows:
        _mark_superscripts(row.words, rules)
        row.text = _join_words(row.words)
    for row in _rows(side):
        if _page_number(row.text, rules) and not _PAGE_WORDLESS.match(row.text):
            out.furniture.append(row.text)
        else:
            out.side.append(row)
    # a bare page number counts only as the first or last line of the main column
    while rows and _page_number(rows[-1].text, rules):
        out.furniture.append(rows.pop().text)
    while rows and _page_number(rows[0].text, rules) and not _PAGE_WORDLESS.match(rows[0].text):
        out.furniture.append(rows.pop(0).text)
    rows, out.footnotes = _split_footnotes(rows, body, rules, join)
    flow: list[_Row | _Table] = [*rows, *tables]
    out.flow = sorted(flow, key=lambda item: item.top)
    return out


_PAGE_WORDLESS = re.compile(r"^\s*-?\s*\d+\s*-?\s*$")


def _drop_running_lines(pages: list[_Page], rules: _Rules) -> None:
    """Header/footer lines repeated (digits ignored) at the top or bottom of many pages."""
    if len(pages) < 2:
        return

    def edges(page: _Page) -> list[_Row]:
        rows = [item for item in page.flow if isinstance(item, _Row)]
        return rows[:2] + rows[-2:]

    counts: Counter[str] = Counter()
    for page in pages:
        counts.update({re.sub(r"\d+", "#", row.text) for row in edges(page)})
    needed = max(2, rules.repeat_share * len(pages))
    for page in pages:
        for row in edges(page):
            if counts[re.sub(r"\d+", "#", row.text)] >= needed and row in page.flow:
                page.flow.remove(row)
                page.furniture.insert(0, row.text)


def _pitches(pages: list[_Page]) -> dict[float, float]:
    """The usual distance between the tops of two lines of a paragraph, per font size."""
    seen: dict[float, Counter[float]] = {}
    for page in pages:
        rows = [item for item in page.flow if isinstance(item, _Row)]
        for prev, row in zip(rows, rows[1:], strict=False):
            pitch = row.top - prev.top
            if row.size == prev.size and 0.9 * row.size < pitch < 3 * row.size:
                seen.setdefault(row.size, Counter())[round(pitch, 1)] += 1
    return {size: counts.most_common(1)[0][0] for size, counts in seen.items()}


def _emit_rows(builder: TextBuilder, rows: list[_Row], ctx: _Context) -> None:
    """Rows of one column: paragraphs separated by a blank line, wrapped lines by '\\n'."""
    para: list[str] = []
    prev: _Row | None = None
    for row in rows:
        pitch = ctx.pitch.get(prev.size, 1.25 * prev.size) if prev else 0.0
        if prev is not None and row.top - prev.top > ctx.rules.para_pitch * pitch:
            builder.add(ctx.join(para, "\n"))
            builder.separate()
            para = []
        para.append(row.text)
        prev = row
    if para:
        builder.add(ctx.join(para, "\n"))


@dataclass(frozen=True, slots=True)
class _Context:
    rules: _Rules
    join: _Joiner
    pitch: dict[float, float]
    right: float  # where a full line of the main column ends


def _right_edge(pages: list[_Page]) -> float:
    ends = sorted(
        item.words[-1].x1 for page in pages for item in page.flow if isinstance(item, _Row)
    )
    return ends[int(0.9 * (len(ends) - 1))] if ends else 0.0


def _emit_flow(builder: TextBuilder, pages: list[_Page], ctx: _Context) -> None:
    for page in pages:
        run: list[_Row] = []
        for item in page.flow:
            if isinstance(item, _Row):
                run.append(item)
                continue
            _emit_rows(builder, run, ctx)
            run = []
            builder.separate()
            _emit_table(builder, item)
            builder.separate()
        _emit_rows(builder, run, ctx)
        last = builder.text().rstrip()
        builder.separate(
            blank=bool(_SENTENCE_END.search(last))
            or not page.flow
            or isinstance(page.flow[-1], _Table)
            # a short last line ends its paragraph (a signature before an annex page)
            or page.flow[-1].words[-1].x1 < 0.75 * ctx.right
        )


def _emit_table(builder: TextBuilder, table: _Table) -> None:
    start = builder.length
    rows = []
    for r, cells in enumerate(table.rows):
        if r:
            builder.add("\n")
        spans = []
        for c, cell in enumerate(cells):
            if c:
                builder.add("\t")
            spans.append(TableCell(*builder.add(cell)))
        rows.append(tuple(spans))
    builder.tables.append(TableLayout(start, builder.length, tuple(rows)))
    builder.blocks.append(Block("table", start, builder.length))


def read_pdf(data: bytes, *, name: str, limits: Limits) -> Letter:
    rules = _rules()
    warnings: list[str] = []
    with _open(data) as pdf:
        pages = pdf.pages
        if len(pages) > limits.max_pdf_pages:
            warnings.append(f"only the first {limits.max_pdf_pages} of {len(pages)} pages read")
            pages = pages[: limits.max_pdf_pages]
        try:
            all_words = [_words(page) for page in pages]
            body = _body_size(all_words)
            side_x = _side_x(all_words, [float(p.width) for p in pages], body, rules)
            join = _Joiner([w.text for words in all_words for w in words], rules)
            laid_out = [
                _layout(page, i + 1, words, side_x, body, rules, join)
                for i, (page, words) in enumerate(zip(pages, all_words, strict=True))
            ]
        except ReadError:
            raise
        except Exception as exc:  # a broken content stream surfaces only while parsing a page
            raise ReadError(f"corrupt PDF ({type(exc).__name__}: {exc})") from exc
    _drop_running_lines(laid_out[1:], rules)

    ctx = _Context(rules, join, _pitches(laid_out), _right_edge(laid_out))
    builder = TextBuilder()
    if laid_out[0].side:
        start = builder.length
        _emit_rows(builder, laid_out[0].side, ctx)
        builder.blocks.append(Block("letterhead", start, builder.length))
        builder.separate()
    _emit_flow(builder, laid_out, ctx)

    builder.separate()
    for page in laid_out:
        for number, note in page.footnotes:
            builder.separate(blank=False)
            builder.add(f"[{number}: ")
            start, end = builder.add(note)
            builder.add("]")
            builder.blocks.append(Block("footnote", start, end, label=number))
    for page in laid_out:
        lines = [row.text for row in page.side] if page.number > 1 else []
        lines += page.furniture
        if not lines:
            continue
        builder.separate()
        start, end = builder.add("\n".join(lines))
        builder.blocks.append(Block("furniture", start, end, label=str(page.number)))

    text = builder.text().rstrip("\n") + "\n"
    if not text.strip():
        raise ReadError("no text layer (scanned PDF?)")
    # Letter.meta is for Meta fields; a PDF's own metadata (Title, Author) is rarely the letter's
    return Letter(
        text=text,
        format="pdf",
        blocks=sorted(builder.blocks, key=lambda b: b.start),
        tables=builder.tables,
        warnings=warnings,
    )
