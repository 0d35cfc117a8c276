"""DOCX letters, read from the package's XML parts (lxml, no entity resolution).

Text layout produced (the string all gold offsets point into), in the same shape as the PDF
reader's:

1. The first-page header (the rijksoverheid letterhead: side column, "> Retouradres", address,
   "Datum", "Betreft", in the order of the XML): a `letterhead` block. Layout tables in the
   header read one row a line with cells separated by a tab ("Datum\\t20 februari 2025").
2. The body: one Word paragraph a line; an empty paragraph gives the blank line between
   paragraphs (runs of them collapse to one blank line). A line break inside a paragraph is
   "\\n", a tab "\\t". Automatic list numbers and bullets are not part of the text. A body table
   is one line per row, cells separated by a tab, paragraphs inside a cell joined by a space:
   a `table` block plus a `TableLayout`. Text boxes in the body follow their anchor paragraph.
   A footnote reference is "[footnoteRef:N]" (N = the displayed number, by order of first
   reference; endnotes continue the count after the footnotes).
3. Footnotes then endnotes, one a line: "[N: text]"; the text is a `footnote` block labelled N.
4. Page furniture: the running header of later pages and the footers ("Pagina 2 van 6"), one
   `furniture` block per part, after everything else.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any

from ._safety import check_zip, parse_xml, read_member
from .base import Block, Letter, Limits, ReadError, TableCell, TableLayout, TextBuilder

_W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
_MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
_R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships"


def _w(tag: str) -> str:
    return f"{{{_W}}}{tag}"


# subtrees whose text is not shown (or is shown elsewhere): deleted text, field codes,
# the VML duplicate of a drawing, nested text boxes (emitted as their own paragraphs)
_SKIP = {
    _w("del"),
    _w("instrText"),
    _w("delInstrText"),
    f"{{{_MC}}}Fallback",
    _w("txbxContent"),
    _w("rPr"),
    _w("pPr"),
}


@dataclass(slots=True)
class _Para:
    text: str


@dataclass(slots=True)
class _Table:
    rows: list[list[list[str]]]  # row -> cell -> the cell's paragraphs


@dataclass(slots=True)
class _Notes:
    """Displayed numbers of footnotes and endnotes, by order of first reference."""

    numbers: dict[tuple[str, str], str] = field(default_factory=dict)

    def number(self, kind: str, note_id: str) -> str:
        key = (kind, note_id)
        if key not in self.numbers:
            self.numbers[key] = str(len(self.numbers) + 1)
        return self.numbers[key]


class _Package:
    def __init__(self, data: bytes, limits: Limits) -> None:
        self.zip = check_zip(data, limits)  # corrupt, encrypted and zip-bomb containers
        self.limits = limits
        self.names = set(self.zip.namelist())

    def xml(self, name: str) -> Any | None:
        if name not in self.names:
            return None
        return parse_xml(read_member(self.zip, name, self.limits))

    def targets(self) -> dict[str, str]:
        """Relationship id -> part name of word/document.xml."""
        rels = self.xml("word/_rels/document.xml.rels")
        if rels is None:
            return {}
        return {
            rel.get("Id"): "word/" + rel.get("Target", "").removeprefix("/word/").lstrip("/")
            for rel in rels.iter(f"{{{_PKG_REL}}}Relationship")
        }


def _runs_text(element: Any, notes: _Notes) -> Iterator[str]:
    """The visible text of a paragraph in document order, text boxes excluded."""
    for child in element:
        tag = child.tag
        if not isinstance(tag, str) or tag in _SKIP:
            continue
        if tag == _w("t"):
            yield child.text or ""
        elif tag == _w("tab") or tag == _w("ptab"):
            yield "\t"
        elif tag in (_w("br"), _w("cr")):
            yield "\n"
        elif tag == _w("noBreakHyphen"):
            yield "-"
        elif tag == _w("footnoteReference"):
            yield f"[footnoteRef:{notes.number('footnote', child.get(_w('id'), ''))}]"
        elif tag == _w("endnoteReference"):
            yield f"[footnoteRef:{notes.number('endnote', child.get(_w('id'), ''))}]"
        else:
            yield from _runs_text(child, notes)


def _text_boxes(paragraph: Any) -> Iterator[Any]:
    """Outermost text boxes anchored in a paragraph, without the VML fallback copies."""
    for box in paragraph.iter(_w("txbxContent")):
        ancestors = {a.tag for a in box.iterancestors()}
        if f"{{{_MC}}}Fallback" in ancestors:
            continue
        if any(a.tag == _w("txbxContent") for a in box.iterancestors()):
            continue
        yield box


def _items(container: Any, notes: _Notes) -> Iterator[_Para | _Table]:
    for child in container:
        tag = child.tag
        if tag == _w("p"):
            yield _Para("".join(_runs_text(child, notes)))
            for box in _text_boxes(child):
                yield _Para("")
                yield from _items(box, notes)
        elif tag == _w("tbl"):
            rows = []
            for row in child.iter(_w("tr")):
                if row.getparent() is not child:
                    continue
                cells = []
                for cell in row.findall(_w("tc")):
                    texts = [
                        item.text.strip() if isinstance(item, _Para) else _cell_text(item)
                        for item in _items(cell, notes)
                    ]
                    cells.append([t for t in texts if t])
                rows.append(cells)
            yield _Table(rows)
        elif tag in (
            _w("sdt"),
            _w("sdtContent"),
            f"{{{_MC}}}AlternateContent",
            f"{{{_MC}}}Choice",
            _w("customXml"),
            _w("smartTag"),
        ):
            yield from _items(child, notes)


def _cell_text(item: _Para | _Table) -> str:
    if isinstance(item, _Para):
        return " ".join(item.text.split("\n")).strip()
    return " ".join("\t".join(" ".join(cell) for cell in row) for row in item.rows)


class _Builder(TextBuilder):
    def items(self, items: list[_Para | _Table], *, layout_tables: bool) -> None:
        """Paragraphs one a line, empty ones as one blank line; tables one row a line."""
        for item in items:
            if isinstance(item, _Para):
                text = item.text.rstrip()
                if text.strip():
                    self.separate(blank=False)
                    self.add(text)
                else:
                    self.separate()
                continue
            self.separate(blank=False)
            if layout_tables:
                self._table(item)
            else:
                self._layout_table(item)

    def _table(self, table: _Table) -> None:
        """A data table: one row a line, cells separated by a tab, cell paragraphs by a space."""
        start = self.length
        rows: list[tuple[TableCell, ...]] = []
        for cells in (row for row in table.rows if any(row)):
            if rows:
                self.add("\n")
            spans = []
            for c, cell in enumerate(cells):
                if c:
                    self.add("\t")
                spans.append(TableCell(*self.add(" ".join(" ".join(cell).split("\n")))))
            rows.append(tuple(spans))
        if rows:
            self.tables.append(TableLayout(start, self.length, tuple(rows)))
            self.blocks.append(Block("table", start, self.length))

    def _layout_table(self, table: _Table) -> None:
        """A letterhead layout table: a row of one-line cells is one line ("Datum\t…"),
        cells holding several paragraphs (an address) give one line per paragraph."""
        for cells in table.rows:
            filled = [cell for cell in cells if cell]
            if not filled:
                continue
            self.separate(blank=False)
            if all(len(cell) == 1 and "\n" not in cell[0] for cell in filled):
                self.add("\t".join(cell[0] for cell in filled))
            else:
                self.add("\n".join(line for cell in filled for line in cell))

    def text(self) -> str:
        return "".join(self.parts)


def _header_parts(document: Any, targets: dict[str, str]) -> tuple[list[str], list[str]]:
    """(first-page header parts, running header and footer parts) of the first section."""
    sect = document.find(f".//{_w('body')}/{_w('sectPr')}")
    if sect is None:
        sect = next(document.iter(_w("sectPr")), None)
    if sect is None:
        return [], []
    title_page = sect.find(_w("titlePg")) is not None
    refs: dict[tuple[str, str], str] = {}
    for kind in ("header", "footer"):
        for ref in sect.findall(_w(f"{kind}Reference")):
            target = targets.get(ref.get(f"{{{_R}}}id", ""))
            if target:
                refs[(kind, ref.get(_w("type"), "default"))] = target
    first_header = refs.get(("header", "first")) if title_page else refs.get(("header", "default"))
    letterhead = [first_header] if first_header else []
    running = [p for key, p in sorted(refs.items()) if p not in letterhead]
    return letterhead, running


def _notes(package: _Package, part: str, kind: str, notes: _Notes) -> dict[str, str]:
    """Note id -> text of footnotes.xml / endnotes.xml (separators skipped)."""
    root = package.xml(part)
    if root is None:
        return {}
    texts = {}
    for note in root.findall(_w(kind)):
        if note.get(_w("type")) in ("separator", "continuationSeparator", "continuationNotice"):
            continue
        paras = [
            p.text.strip() for p in _items(note, notes) if isinstance(p, _Para) and p.text.strip()
        ]
        texts[note.get(_w("id"), "")] = " ".join(" ".join(paras).split())
    return texts


def read_docx(data: bytes, *, name: str, limits: Limits) -> Letter:
    package = _Package(data, limits)
    document = package.xml("word/document.xml")
    if document is None:
        raise ReadError("DOCX without word/document.xml")
    body = document.find(_w("body"))
    if body is None:
        raise ReadError("DOCX without a document body")
    targets = package.targets()
    letterhead_parts, running_parts = _header_parts(document, targets)
    notes = _Notes()
    builder = _Builder()

    for part in letterhead_parts:
        root = package.xml(part)
        if root is None:
            continue
        start = builder.length
        builder.items(list(_items(root, notes)), layout_tables=False)
        written = builder.text()[start:]
        if written.strip():
            end = start + len(written.rstrip())
            builder.blocks.append(Block("letterhead", start, end))
        builder.separate()

    builder.items(list(_items(body, notes)), layout_tables=True)

    note_texts = {
        "footnote": _notes(package, "word/footnotes.xml", "footnote", notes),
        "endnote": _notes(package, "word/endnotes.xml", "endnote", notes),
    }
    builder.separate()
    for (kind, note_id), number in notes.numbers.items():
        text = note_texts[kind].get(note_id)
        if not text:
            continue
        builder.separate(blank=False)
        builder.add(f"[{number}: ")
        start, end = builder.add(text)
        builder.add("]")
        builder.blocks.append(Block("footnote", start, end, label=number))

    for part in running_parts:
        root = package.xml(part)
        if root is None:
            continue
        lines = [_cell_text(item).strip() for item in _items(root, notes)]
        text = "\n".join(line for line in lines if line)
        if text:
            builder.separate()
            start, end = builder.add(text)
            builder.blocks.append(Block("furniture", start, end, label=part.rsplit("/", 1)[-1]))

    text = builder.text().rstrip("\n")
    if not text.strip():
        raise ReadError("DOCX without text")
    return Letter(
        text=text + "\n",
        format="docx",
        blocks=sorted(builder.blocks, key=lambda b: b.start),
        tables=builder.tables,
    )
