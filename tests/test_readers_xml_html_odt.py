"""ODT and officielebekendmakingen XML/HTML readers, run through the whole pipeline."""

from __future__ import annotations

import datetime as dt
import io
import shutil
import time
from pathlib import Path

import pytest

from pipeline.processor import Item, Processor
from pipeline.readers import Limits, ReadError, detect_format, read_bytes
from pipeline.records import ErrorRecord, Record

from .conftest import SEED_2026

FIXTURES = Path(__file__).parent / "fixtures" / "ob"
XML = FIXTURES / "kst-36045-292.xml"
HTML = FIXTURES / "kst-36045-292.html"


def _process(processor: Processor, *items: Item) -> list[Record | ErrorRecord]:
    return list(processor.process(list(items)))


def _one(processor: Processor, path: Path) -> Record:
    (record,) = _process(processor, Item(id=path.name, source=str(path), path=path))
    assert isinstance(record, Record), record
    return record


def _at(record: Record, start: int, end: int) -> str:
    return record.text[start:end]


@pytest.mark.parametrize("path", [XML, HTML], ids=["xml", "html"])
def test_publication_with_metadata_xml(processor, path):
    record = _one(processor, path)
    meta = record.meta
    assert meta.meta_source == "metadata"
    assert meta.ob_id == "kst-36045-292"
    assert meta.date == dt.date(2024, 4, 12)  # datumBrief (xml) / "Den Haag, 12 april 2024" (html)
    assert meta.subject == "Humanitaire bijdrage aan Gaza"
    assert [(s.name, s.role, s.portfolio) for s in meta.signatories] == [
        ("H.G.J. Bruins Slot", "minister", "Buitenlandse Zaken")
    ]
    notes = {f.number: f for f in record.footnotes}
    assert notes["1"].text == "Kamerstuk 36 045, nr. 280."
    assert _at(record, notes["1"].start, notes["1"].end) == "Kamerstuk 36 045, nr. 280."
    assert notes["2"].text.startswith("Zie ook de brief van 15 maart 2024")
    (table,) = record.tables
    cells = [[c.text for c in row] for row in table.rows]
    assert cells[0] == ["Partner", "Bijdrage"]
    assert cells[2] == ["Wereldvoedselprogramma", "€ 25 miljoen"]
    cell = table.rows[2][1]
    assert _at(record, cell.start, cell.end) == "€ 25 miljoen"
    sentences = [s.text for s in record.sentences]
    assert "Het kabinet stelt dit jaar in totaal € 60 miljoen beschikbaar." in sentences
    assert "Kamerstuk 36 045, nr. 280." in sentences  # footnote texts are sentences too
    assert not any("footnoteRef" in s for s in sentences)
    amounts = {e.text for e in record.entities if e.label == "AMOUNT"}
    assert {"€ 60 miljoen", "€ 15 miljoen", "€ 25 miljoen", "€ 20 miljoen"} <= amounts
    refs = [e for e in record.entities if e.label == "REFERENCE"]
    assert any(e.norm.dossier == "36045" and e.norm.number == "280" for e in refs)


def test_xml_without_metadata_reads_its_own_head(processor, tmp_path):
    copy = tmp_path / XML.name
    shutil.copy(XML, copy)
    record = _one(processor, copy)
    assert record.meta.meta_source == "letter"
    assert record.meta.ob_id == "kst-36045-292"  # dossiernr + ondernummer
    assert record.meta.date == dt.date(2024, 4, 12)  # datumtekst/datum/@isodatum
    assert record.meta.signatories[0].name == "H.G.J. Bruins Slot"
    assert record.text.startswith("Tweede Kamer der Staten-Generaal\n\nVergaderjaar 2023–2024\n")
    assert "De Minister van Buitenlandse Zaken,\nH.G.J. Bruins Slot" in record.text
    assert {r.kind for r in record.regions} >= {"letterhead", "signature", "table", "footnotes"}


@pytest.mark.parametrize("path", [XML, HTML], ids=["xml", "html"])
@pytest.mark.parametrize("number", [True, False], ids=["ondernummer", "identifier-only"])
def test_metadata_of_another_publication_is_ignored(tmp_path, path, number):
    shutil.copy(path, tmp_path / path.name)
    other = (FIXTURES / "metadata.xml").read_text(encoding="utf-8")
    other = other.replace("kst-36045-292", "kst-36045-17")
    if number:
        other = other.replace('content="292"', 'content="17"')
    (tmp_path / "metadata.xml").write_text(other, encoding="utf-8")
    letter = read_bytes(path.read_bytes(), name=path.name, path=tmp_path / path.name)
    assert letter.meta["ob_id"] == "kst-36045-292"
    assert letter.meta.get("meta_source") == ("metadata" if path == HTML else None)  # html head
    assert any("another publication" in w for w in letter.warnings)


def test_broken_metadata_xml_costs_only_the_metadata(tmp_path):
    shutil.copy(XML, tmp_path / XML.name)
    (tmp_path / "metadata.xml").write_text("<metadata_gegevens><metadata name=", encoding="utf-8")
    letter = read_bytes(XML.read_bytes(), name=XML.name, path=tmp_path / XML.name)
    assert letter.meta["ob_id"] == "kst-36045-292" and "meta_source" not in letter.meta
    assert letter.warnings and "metadata.xml beside the file not used" in letter.warnings[0]


def test_entity_declarations_are_found_behind_padding():
    padded = XXE.replace(b"<!DOCTYPE", b"<!--" + b" " * 100_000 + b"-->\n<!DOCTYPE")
    with pytest.raises(ReadError, match="entities"):
        read_bytes(padded, name="kst.xml")


@pytest.mark.parametrize(
    ("data", "name", "text"),
    [
        (
            b'<kamerstuk><stuk><algemeen><tussenkop>Een <nadruk type="vet">vette</nadruk> kop'
            b"</tussenkop><al>Tekst.</al></algemeen></stuk></kamerstuk>",
            "a.xml",
            "Een vette kop\n\nTekst.\n",
        ),
        (
            b'<html><body><div class="stuk"><div>Tekst met <b>vet</b> erin.<sup><a class="nootnum"'
            b' href="#n1">1</a></sup></div><p>Twee.</p></div><div class="voet noot"><span'
            b' class="nootnum"><a id="n1"></a>1</span><p>Noot.</p></div></body></html>',
            "a.html",
            "Tekst met vet erin.[footnoteRef:1]\n\nTwee.\n\n[1: Noot.]\n",
        ),
    ],
    ids=["xml", "html"],
)
def test_inline_markup_stays_in_its_paragraph(data, name, text):
    assert read_bytes(data, name=name).text == text


def test_metadata_xml_alone_is_not_a_letter():
    with pytest.raises(ReadError, match="metadata.xml"):
        read_bytes((FIXTURES / "metadata.xml").read_bytes(), name="metadata.xml")


def _odt() -> bytes:
    from odfdo import Cell, Document, Header, Note, Paragraph, Row, Table

    doc = Document("text")
    doc.body.append(Header(1, "Voortgang Deltaprogramma"))
    doc.body.append(Paragraph("Geachte voorzitter,"))
    paragraph = Paragraph("Het kabinet trekt € 50 miljoen extra uit voor dijkversterking.")
    note = Note(
        note_class="footnote", note_id="ftn1", citation="1", body="Kamerstuk 36 200 J, nr. 4."
    )
    paragraph.insert_note(note, after="dijkversterking.")
    doc.body.append(paragraph)
    table = Table("Tabel1", width=2, height=0)
    for values in (["Project", "Bedrag"], ["Afsluitdijk", "€ 20 miljoen"]):
        row = Row()
        for value in values:
            row.append_cell(Cell(value))
        table.append_row(row)
    doc.body.append(table)
    doc.body.append(Paragraph("Hoogachtend,"))
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def test_odt_paragraph_footnote_table(processor):
    data = _odt()
    assert detect_format(data, "brief.odt") == "odt"
    letter = read_bytes(data, name="brief.odt")
    assert (
        "Het kabinet trekt € 50 miljoen extra uit voor dijkversterking.[footnoteRef:1]"
        in letter.text
    )
    (note,) = [b for b in letter.blocks if b.kind == "footnote"]
    assert (note.label, letter.text[note.start : note.end]) == ("1", "Kamerstuk 36 200 J, nr. 4.")
    (table,) = letter.tables
    assert [[letter.text[c.start : c.end] for c in row] for row in table.rows] == [
        ["Project", "Bedrag"],
        ["Afsluitdijk", "€ 20 miljoen"],
    ]
    (record,) = _process(processor, Item(id="odt", source="brief.odt", data=data))
    assert isinstance(record, Record), record
    assert record.format == "odt"
    assert [(f.number, f.text) for f in record.footnotes] == [("1", "Kamerstuk 36 200 J, nr. 4.")]
    assert record.tables[0].rows[1][1].text == "€ 20 miljoen"
    sentences = [s.text for s in record.sentences]
    assert "Het kabinet trekt € 50 miljoen extra uit voor dijkversterking." in sentences
    assert any(e.label == "AMOUNT" and e.norm.value == "50000000" for e in record.entities)


def test_odt_of_a_real_letter_reads_like_the_text_file(processor, seed_2026):
    """The 2026 seed letter, one ODT paragraph per line: same meta and the same amounts
    (except the table amounts whose currency sign and number sit on two lines in the txt)."""
    from odfdo import Document, Paragraph

    doc = Document("text")
    for line in SEED_2026.read_text(encoding="utf-8").splitlines():
        if line.strip():
            doc.body.append(Paragraph(line.strip()))
    buffer = io.BytesIO()
    doc.save(buffer)
    (record,) = _process(processor, Item(id="seed-odt", source="seed.odt", data=buffer.getvalue()))
    assert isinstance(record, Record), record
    assert (record.meta.date, record.meta.reference) == (dt.date(2026, 7, 2), "MINDEF2026046327")

    def amounts(r: Record) -> list[tuple[str, str | None]]:
        return sorted((e.text, e.norm.value) for e in r.entities if e.label == "AMOUNT")

    expected = [a for a in amounts(seed_2026) if "\n" not in a[0]]
    assert len(expected) == 17 and ("€14,8 mld.", "14800000000") in expected
    assert amounts(record) == expected


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<kamerstuk><stuk><algemeen><al>&lol9;</al></algemeen></stuk></kamerstuk>
"""

XXE = b"""<?xml version="1.0"?>
<!DOCTYPE kamerstuk [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<kamerstuk><stuk><algemeen><al>Geachte voorzitter, &xxe;</al></algemeen></stuk></kamerstuk>
"""

XXE_HTML = b"""<!DOCTYPE html [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<html><body><div class="stuk"><p>Geachte voorzitter, &xxe;</p></div></body></html>
"""


@pytest.mark.parametrize("data", [BILLION_LAUGHS, XXE, XXE_HTML], ids=["laughs", "xxe", "xxe-html"])
def test_malicious_xml_is_an_error_record_quickly(processor, data):
    good = Item(id="good", source="good.txt", text="Geachte voorzitter,\n\nDit is een brief.\n")
    started = time.perf_counter()
    bad, ok = _process(processor, Item(id="bad", source="bad.xml", data=data), good)
    assert time.perf_counter() - started < 5
    assert isinstance(bad, ErrorRecord) and bad.stage == "read"
    assert "entities" in bad.message
    assert "root:" not in bad.model_dump_json()
    assert isinstance(ok, Record)  # the batch goes on


@pytest.mark.parametrize(
    ("data", "name", "expected"),
    [
        (XML.read_bytes(), "x.bin", "xml"),
        ((FIXTURES / "metadata.xml").read_bytes(), "metadata.xml", "xml"),
        (HTML.read_bytes(), "kst.xml", "html"),  # content decides, not the extension
        (
            b'\xef\xbb\xbf<?xml version="1.0"?>\n<html xmlns="http://www.w3.org/1999/xhtml"/>',
            "",
            "html",
        ),
        (b"Geachte voorzitter,\n", "brief.txt", "txt"),
        (b"# Brief\n", "brief.md", "md"),
        (b"<!-- concept -->\nGeachte voorzitter,\n", "brief.md", "md"),  # extension breaks ties
        (b"<!-- concept -->\n<kamerstuk/>", "kst.xml", "xml"),
    ],
)
def test_detect_format_from_content(data, name, expected):
    assert detect_format(data, name) == expected


def test_detect_format_refuses_ole_and_foreign_zips():
    with pytest.raises(ReadError, match="password-protected"):
        detect_format(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 512, "brief.docx")
    import zipfile

    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as zf:
        zf.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        zf.writestr("content.xml", "<x/>")
    with pytest.raises(ReadError, match="not a text document"):
        detect_format(buffer.getvalue(), "sheet.odt")
    assert detect_format(_odt(), "brief.zip") == "odt"


def test_limits_default_values():
    assert Limits().max_bytes == 50 * 1024 * 1024
