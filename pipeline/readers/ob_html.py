"""HTML of officielebekendmakingen.nl (kst-36045-292.html): the `div.stuk` body.

The letter is the `div` whose class includes "stuk" (or `#broodtekst`); its headings,
paragraphs, lists and tables become the text (layout as in `_ob.py`). Footnote references
are `a.nootnum` links (often inside `sup`); their bodies are the `div.voet.noot` elements
(in `div#noten`), found by the link target or by number. The head's `<meta name=…>` tags and
a `metadata.xml` beside the file supply the publication's own metadata.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

from . import _ob
from ._safety import parse_html
from .base import Letter, Limits, ReadError

_BLOCKS = {"p", "h1", "h2", "h3", "h4", "h5", "h6", "li", "dt", "dd", "caption", "pre", "address"}
_CONTAINERS = {
    "div",
    "section",
    "article",
    "main",
    "ul",
    "ol",
    "dl",
    "blockquote",
    "body",
    "figure",
}


def _classes(el: Any) -> set[str]:
    return set((el.get("class") or "").split())


class _Reader:
    def __init__(self, root: Any, rules: dict[str, Any]) -> None:
        self.rules = rules["html"]
        self.b = _ob.Builder()
        self.signatories: list[dict[str, str | None]] = []
        self.notes: dict[str, tuple[str, str]] = {}  # id or number -> (number, body)
        self.used: set[str] = set()
        self.date: dt.date | None = None
        self._collect_notes(root)

    def is_note(self, el: Any) -> bool:
        return set(self.rules["footnote_body_classes"]) <= _classes(el)

    def _collect_notes(self, root: Any) -> None:
        for el in root.iter("div", "li", "p", "aside"):
            if not self.is_note(el):
                continue
            number_el = next((n for n in el.iter() if self._is_ref(n)), None)
            number = _ob.squash(number_el.text_content()) if number_el is not None else ""
            skip = {id(n) for n in el.iter() if _classes(n) & set(self.rules["skip_classes"])}
            if number_el is not None:
                skip |= {id(n) for n in number_el.iter()}
            body = _ob.squash((el.text or "") + "".join(self._text(n, skip) for n in el))
            note = (number, body)
            for anchor in el.iter():
                if anchor.get("id"):
                    self.notes[anchor.get("id")] = note
            self.notes.setdefault(number, note)

    def _text(self, el: Any, skip: set[int]) -> str:
        """Text of `el` and its tail, leaving out the subtrees in `skip` (close button, number)."""
        if not isinstance(el.tag, str):
            return el.tail or ""
        inner = "" if id(el) in skip else (el.text or "") + "".join(self._text(c, skip) for c in el)
        return f"{inner} {el.tail or ''}"

    def _is_ref(self, el: Any) -> bool:
        return isinstance(el.tag, str) and bool(
            _classes(el) & set(self.rules["footnote_ref_classes"])
        )

    def inline(self, el: Any, lines: bool = False) -> str:
        """The text of an element, footnote markers in place; `br` keeps its line break."""
        text = self._raw(el, lines)
        return "\n".join(s for line in text.split("\n") if (s := _ob.squash(line)))

    def _raw(self, el: Any, lines: bool) -> str:
        parts = [el.text or ""]
        for child in el:
            if not isinstance(child.tag, str):
                pass
            elif child.tag == "br":
                parts.append("\n")
            elif self._is_ref(child) or (
                child.tag == "sup" and any(self._is_ref(c) for c in child.iter())
            ):
                parts.append(self.ref(child))
            elif not (_classes(child) & set(self.rules["skip_classes"])):
                parts.append(
                    self._raw(child, lines) + (" " if lines and child.tag == "span" else "")
                )
            parts.append(child.tail or "")
        return "".join(parts)

    def ref(self, el: Any) -> str:
        link = el if el.get("href") else next((a for a in el.iter("a") if a.get("href")), el)
        number = _ob.squash(el.text_content())
        target = (link.get("href") or "").lstrip("#")
        note_number, body = self.notes.get(target) or self.notes.get(number) or (number, "")
        self.used.add(note_number)
        return self.b.footnote_ref(note_number or number, body)

    def kind(self, el: Any) -> str | None:
        classes = _classes(el)
        if classes & set(self.rules["signature_classes"]):
            return "signature"
        if classes & set(self.rules["letterhead_classes"]) or el.tag == "h1":
            return "letterhead"
        return None

    def walk(self, el: Any, kind: str | None = None) -> None:
        if not isinstance(el.tag, str) or el.tag in self.rules["skip_tags"] or self.is_note(el):
            return
        if _classes(el) & set(self.rules["skip_classes"]) or el.get("id") == "noten":
            return
        kind = kind or self.kind(el)
        if el.tag == "table":
            self.table(el)
        elif kind == "signature":
            self.signature(el)
        elif _classes(el) & set(self.rules["date_classes"]):
            text = self.inline(el)
            self.date = self.date or _ob.written_date(text)
            self.b.paragraph(text, kind)
        elif not any(c.tag in _BLOCKS | _CONTAINERS | {"table"} for c in el):
            self.b.paragraph(self.inline(el), kind)  # a paragraph, or a div of running text
        else:
            loose = _ob.squash(el.text or "")
            if loose:
                self.b.paragraph(loose, kind)
            for child in el:
                self.walk(child, kind)
                if _ob.squash(child.tail or ""):
                    self.b.paragraph(child.tail, kind)

    def table(self, el: Any) -> None:
        caption = el.find(".//caption")
        if caption is not None:
            self.b.paragraph(self.inline(caption))
        rows = [
            [self.inline(cell) for cell in tr if cell.tag in {"td", "th"}] for tr in el.iter("tr")
        ]
        self.b.table(rows)

    def signature(self, el: Any) -> None:
        text = self.inline(el, lines=True)
        lines = text.split("\n")
        names = [_ob.squash(n.text_content()) for n in el.iter() if "naam" in _classes(n)]
        if names:
            functions = [
                _ob.squash(f.text_content()) for f in el.iter() if "functie" in _classes(f)
            ]
            for function, name in zip(functions or [""] * len(names), names, strict=False):
                self.signatories.append(_ob.signatory(function, name))
        elif len(lines) >= 2:
            self.signatories.append(_ob.signatory(" ".join(lines[:-1]), lines[-1]))
        self.b.paragraph(text, "signature")

    def leftover_notes(self) -> None:
        """Footnote bodies the text never pointed at still belong to the letter."""
        seen: set[tuple[str, str]] = set()
        for number, body in self.notes.values():
            if number not in self.used and (number, body) not in seen:
                seen.add((number, body))
                self.b.footnote_ref(number, body)


def _body(root: Any, rules: dict[str, Any]) -> Any:
    wanted = set(rules["html"]["body"])
    for el in root.iter("div", "article", "section"):
        if _classes(el) & wanted or el.get("id") in wanted:
            return el
    return root.find("body")


def read_ob_html(data: bytes, *, name: str, limits: Limits, path: Path | None = None) -> Letter:
    rules = _ob.rules()
    root = parse_html(data)
    body = _body(root, rules)
    if body is None:
        raise ReadError("HTML without a body")
    reader = _Reader(root, rules)
    reader.walk(body)
    reader.leftover_notes()

    head = [(m.get("name"), m.get("content") or "") for m in root.iter("meta") if m.get("name")]
    sidecar, warnings = _ob.sidecar_pairs(path, limits)
    found = dict(head)
    dossier, number = found.get("OVERHEIDop.dossiernummer"), found.get("OVERHEIDop.ondernummer")
    if sidecar and not _ob.matches_document(sidecar, dossier, number, Path(name).stem):
        warnings.append("metadata.xml beside the file names another publication: ignored")
        sidecar = []
    meta = _ob.metadata_meta(sidecar + head, reader.date)
    _ob.merge_signatories(reader.signatories, meta)
    encoding = root.getroottree().docinfo.encoding
    return reader.b.finish("html", meta, warnings, encoding.lower() if encoding else None)
