"""KOOP XML of officielebekendmakingen.nl (a Kamerstuk as published: kst-36045-292.xml).

Elements used: `kamerstukkop/tekstregel`, `dossier` (`dossiernummer/dossiernr`, `titel`),
`stuk` (`stuknr/ondernummer`, `titel`), `adres`, `datumtekst/datum/@isodatum`, the letter in
`algemeen/vrije-tekst/tekst` (`al`, `kop`, `lijst/li`, `divisie`, `al-groep`),
`tekst-sluiting/ondertekening` (`functie`, `naam`), footnotes `noot` (`noot.nr`, `noot.al`),
CALS tables (`table/tgroup/thead|tbody|tfoot/row/entry`). The text layout is described in
`_ob.py`; a `metadata.xml` beside the file supplies the publication's own metadata.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from . import _ob
from ._safety import parse_xml
from .base import Letter, Limits, ReadError

# children of these are joined with a space ("1." + "Inleiding", "S." + "Dekker")
_SPACED = {"kop", "naam", "dossier", "dossiernummer", "stuknr", "li", "kamerstukkop"}
_PARAGRAPHS = {"al", "tekstregel", "kop", "titel", "stuknr", "dossier", "datumtekst", "label"}
_DIGIT_GAP = re.compile(r"(?<=\d) (?=\d)")


def _local(el: Any) -> str:
    return el.tag.rsplit("}", 1)[-1] if isinstance(el.tag, str) else ""


class _Reader:
    def __init__(self, rules: dict[str, Any]) -> None:
        self.rules = rules["xml"]
        self.b = _ob.Builder()
        self.signatories: list[dict[str, str | None]] = []
        self.date: dt.date | None = None

    def inline(self, el: Any) -> str:
        """The text of an element with footnote markers in place of its `noot`s."""
        parts = [el.text or ""]
        spaced = _local(el) in _SPACED
        for child in el:
            tag = _local(child)
            if tag == "noot" and child.get("type", "voet") in self.rules["footnote_types"]:
                number = child.findtext("{*}noot.nr") or ""
                body = " ".join(self.inline(al) for al in child if _local(al) != "noot.nr")
                parts.append(self.b.footnote_ref(number, body))
            elif tag and tag not in self.rules["skip"]:
                if spaced:
                    parts.append(" ")
                parts.append(self.inline(child))
                if spaced:
                    parts.append(" ")
            parts.append(child.tail or "")
        return _ob.squash("".join(parts))

    def kind(self, el: Any, inherited: str | None) -> str | None:
        if inherited:
            return inherited
        tag, parent = _local(el), _local(el.getparent()) if el.getparent() is not None else ""
        if tag in self.rules["letterhead"] or f"{parent}/{tag}" in self.rules["letterhead"]:
            return "letterhead"
        return None

    def walk(self, el: Any, kind: str | None = None) -> None:
        tag = _local(el)
        if not tag or tag in self.rules["skip"]:
            return
        kind = self.kind(el, kind)
        if tag == "table":
            self.table(el)
        elif tag in self.rules["signature"]:
            self.signature(el)
        elif tag == "datumtekst":
            for datum in el.iter("{*}datum"):
                self.date = self.date or _iso(datum.get("isodatum"))
            self.b.paragraph(self.inline(el), kind)
        elif tag == "li":
            head = [c for c in el if _local(c) in {"li.nr", "al"}][:2]
            text = " ".join(self.inline(c) for c in head)
            self.b.paragraph(text, kind)
            for child in el:
                if child not in head:
                    self.walk(child, kind)
        elif tag in _PARAGRAPHS or all(_local(c) in self.rules["inline"] for c in el):
            self.b.paragraph(self.inline(el), kind)
        else:
            for child in el:
                self.walk(child, kind)

    def table(self, el: Any) -> None:
        title = el.find("{*}title")
        if title is not None:
            self.b.paragraph(self.inline(title))
        rows = [
            [self.inline(entry) for entry in row if _local(entry) == "entry"]
            for row in el.iter("{*}row")
        ]
        self.b.table(rows)

    def signature(self, el: Any) -> None:
        lines: list[str] = []
        function = [el.text or ""]
        for child in el:
            if _local(child) == "naam":
                name = self.inline(child)
                role = _ob.squash("".join(function))
                lines += [line for line in (role, name) if line]
                self.signatories.append(_ob.signatory(role, name))
                function = []
            else:
                function.append(self.inline(child))
            function.append(child.tail or "")
        rest = _ob.squash("".join(function))
        if rest:
            lines.append(rest)
            if not self.signatories:
                role, _, name = rest.rpartition(",")
                self.signatories.append(_ob.signatory(role, name))
        if lines:
            self.b.paragraph("\n".join(lines), "signature")


def _iso(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat((value or "").strip()[:10])
    except ValueError:
        return None


def _first_text(root: Any, path: str) -> str | None:
    found = root.find(path)
    return _ob.squash("".join(found.itertext())) if found is not None else None


def read_ob_xml(data: bytes, *, name: str, limits: Limits, path: Path | None = None) -> Letter:
    root = parse_xml(data)
    top = _local(root)
    if top == "metadata_gegevens":
        raise ReadError("metadata.xml of a publication, not a letter (it belongs beside one)")
    document = root if top in {"kamerstuk", "stuk"} else root.find(".//{*}kamerstuk")
    if document is None:
        document = next((el for el in root if _local(el) not in {"metadata", "meta"}), None)
    if document is None:
        raise ReadError(f"XML without a publication body (root <{top}>)")

    reader = _Reader(_ob.rules())
    reader.walk(document)

    dossier = _first_text(root, ".//{*}dossiernr") or _first_text(root, ".//{*}dossiernummer")
    number = _first_text(root, ".//{*}stuknr/{*}ondernummer")
    head = root.find("{*}metadata")
    embedded = _ob.metadata_pairs(head) if head is not None else []
    sidecar, warnings = _ob.sidecar_pairs(path, limits)
    if sidecar and not _ob.matches_document(sidecar, dossier, number, Path(name).stem):
        warnings.append("metadata.xml beside the file names another publication: ignored")
        sidecar = []
    meta = _ob.metadata_meta(sidecar + embedded, reader.date)  # the sidecar wins
    if "ob_id" not in meta and dossier and number:
        dossier_id = _DIGIT_GAP.sub("", dossier).replace(" ", "-")
        meta["ob_id"] = f"kst-{dossier_id}-{number}"
    _ob.merge_signatories(reader.signatories, meta)
    encoding = root.getroottree().docinfo.encoding
    return reader.b.finish("xml", meta, warnings, encoding.lower() if encoding else None)
