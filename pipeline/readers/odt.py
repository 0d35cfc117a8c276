"""OpenDocument text (ODT): body paragraphs, headings, lists, tables and footnotes.

`content.xml` is read with lxml (safe parser) after the zip-bomb check. Layout (as the PDF
reader's): every paragraph or heading its own paragraph (blank line between), a table one line
per row with tab-separated cells (`table` block + `TableLayout`), a footnote reference
"[footnoteRef:N]" in the running text and the footnotes at the end, one line each
"[N: text]" (`footnote` block labelled N). Endnotes count as footnotes; annotations
(comments) and tracked deletions are not letter text.
"""

from __future__ import annotations

from typing import Any

from ._ob import Builder, squash
from ._safety import check_zip, parse_xml, read_member
from .base import Letter, Limits, ReadError

_TEXT = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
_TABLE = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"


def _t(name: str) -> str:
    return f"{{{_TEXT}}}{name}"


_PARAGRAPH = {_t("p"), _t("h")}
_SKIP = {
    f"{{{_OFFICE}}}annotation",
    f"{{{_OFFICE}}}annotation-end",
    _t("tracked-changes"),
    _t("sequence-decls"),
    _t("variable-decls"),
    _t("user-field-decls"),
    _t("bookmark-ref"),
}


class _Reader:
    def __init__(self) -> None:
        self.b = Builder()

    def inline(self, el: Any) -> str:
        parts = [el.text or ""]
        for child in el:
            tag = child.tag
            if tag == _t("note"):
                citation = child.findtext(_t("note-citation")) or ""
                body = child.find(_t("note-body"))
                text = (
                    " ".join(self.inline(p) for p in body.iter(*_PARAGRAPH))
                    if body is not None
                    else ""
                )
                parts.append(self.b.footnote_ref(citation, text))
            elif tag == _t("s"):
                parts.append(" " * int(child.get(_t("c"), "1")))
            elif tag in {_t("tab"), _t("line-break")}:
                parts.append(" ")
            elif tag not in _SKIP and isinstance(tag, str):
                parts.append(self.inline(child))
            parts.append(child.tail or "")
        return "".join(parts)

    def walk(self, el: Any) -> None:
        for child in el:
            tag = child.tag
            if tag in _SKIP or not isinstance(tag, str):
                continue
            if tag in _PARAGRAPH:
                self.b.paragraph(squash(self.inline(child)))
            elif tag == f"{{{_TABLE}}}table":
                self.table(child)
            else:  # lists, sections, frames: their paragraphs in document order
                self.walk(child)

    def table(self, el: Any) -> None:
        rows = []
        for row in el.iter(f"{{{_TABLE}}}table-row"):
            cells = [c for c in row if c.tag == f"{{{_TABLE}}}table-cell"]
            rows.append(
                [" ".join(squash(self.inline(p)) for p in c.iter(*_PARAGRAPH)) for c in cells]
            )
        self.b.table(rows)


def read_odt(data: bytes, *, name: str, limits: Limits) -> Letter:
    zf = check_zip(data, limits)
    with zf:
        manifest = (
            read_member(zf, "META-INF/manifest.xml", limits)
            if "META-INF/manifest.xml" in zf.namelist()
            else b""
        )
        if b"encryption-data" in manifest:
            raise ReadError("password-protected (encrypted) ODT")
        content = parse_xml(read_member(zf, "content.xml", limits))
    body = content.find(f"{{{_OFFICE}}}body/{{{_OFFICE}}}text")
    if body is None:
        raise ReadError("ODT without a text body (not a text document?)")
    reader = _Reader()
    reader.walk(body)
    return reader.b.finish("odt", {}, [])
