"""PDF and DOCX readers on real letters: reading order, letterhead, furniture, footnotes, tables."""

from __future__ import annotations

import io
from functools import cache
from pathlib import Path

import pytest

from pipeline.readers import Letter, Limits, ReadError, read_bytes, read_path
from tests.conftest import SHARED_LETTERS, shared_letter

WIERSMA_SIGNATURE = (
    "Hoogachtend,\n\nFemke Marije Wiersma\n"
    "Minister van Landbouw, Visserij, Voedselzekerheid en Natuur"
)


@cache
def _read(name: str) -> Letter:
    return read_path(shared_letter(name))


def _block_texts(letter: Letter, kind: str) -> list[tuple[str | None, str]]:
    return [(b.label, letter.text[b.start : b.end]) for b in letter.blocks if b.kind == kind]


def _covered(letter: Letter, kind: str, needle: str, occurrence: int = 0) -> bool:
    start = -1
    for _ in range(occurrence + 1):
        start = letter.text.index(needle, start + 1)
    return any(
        b.kind == kind and b.start <= start and start + len(needle) <= b.end for b in letter.blocks
    )


# --- PDF -------------------------------------------------------------------------------------


def test_pdf_letterhead_side_column_then_address_and_body():
    letter = _read("002.pdf")
    text = letter.text
    assert letter.format == "pdf"
    # page 1's side column is a letterhead block ahead of the address block and the body
    assert _covered(letter, "letterhead", "DGA-DAD / 20032998")
    assert (
        text.index("DGA-DAD / 20032998")
        < text.index("> Retouradres")
        < text.index("Geachte Voorzitter,")
    )
    # the side column no longer glues onto the address and date lines
    assert (
        "De Voorzitter van de Tweede Kamer\nder Staten-Generaal\nBinnenhof 4\n2513 AA DEN HAAG"
        in text
    )
    assert "\nDatum 7 februari 2020\n" in text
    assert "Betreft Voortgang stikstofproblematiek: maatregelen landbouw en verdere\n" in text


def test_pdf_page_furniture_is_marked_and_out_of_the_body():
    letter = _read("002.pdf")
    assert _covered(letter, "furniture", "Pagina 2 van 10")
    # the repeated side column of page 2 ("Ons kenmerk …") is furniture, the first one letterhead
    assert _covered(letter, "furniture", "Ons kenmerk", occurrence=1)
    assert not _covered(letter, "furniture", "Ons kenmerk", occurrence=0)
    furniture_start = min(b.start for b in letter.blocks if b.kind == "furniture")
    assert letter.text.index("Carola Schouten") < furniture_start


def test_pdf_signature_after_closing():
    letter = _read("014.pdf")
    assert WIERSMA_SIGNATURE in letter.text


def test_pdf_footnotes_marker_and_text():
    letter = _read("002.pdf")
    # the superscript marker does not glue to "2019" (which would read as the year 20191)
    assert "zoals geschetst in de brief van 16 december 2019[footnoteRef:1]. In het" in letter.text
    notes = dict(_block_texts(letter, "footnote"))
    assert notes["1"] == "Kamerstuk 35 334, nr. 25"
    assert notes["6"] == "Kamerstuk 35 000 XIV, nr. 90"
    # footnotes follow the body in the cleaner's inline-footnote form
    assert "\n[1: Kamerstuk 35 334, nr. 25]\n" in letter.text


def test_pdf_footnote_continuation_lines_join_one_note():
    notes = dict(_block_texts(_read("018.pdf"), "footnote"))
    assert list(notes) == ["1"]
    assert notes["1"].startswith(
        "https://www.edpb.europa.eu/news/news/2026/digital-omnibus-edpb-and-edps-support"
    )


def test_pdf_table_cells():
    letter = _read("016.pdf")
    cells = [
        [letter.text[c.start : c.end] for c in row] for table in letter.tables for row in table.rows
    ]
    assert ["Aa en Hunze", "€ 401.280,00", "€ 341.674,00"] in cells
    assert ["Rotterdam", "€ 13.341.258,00", "€ 11.359.567,00"] in cells
    table = letter.tables[1]
    assert _covered(letter, "table", letter.text[table.start : table.end])


def test_pdf_hyphen_at_line_end_keeps_compounds():
    text = _read("002.pdf").text
    assert "stikstofemissie en -depositie" in text
    assert "bodem- en waterkwaliteit" in text


def test_pdf_kamerstuk_layout_paragraphs():
    """The officielebekendmakingen layout (wide line pitch): wrapped lines stay one paragraph."""
    text = _read("021.pdf").text
    assert (
        "Proposal for a regulation of the European Parliament and of the Council\nestablishing"
        in text
    )
    assert "De minister van Buitenlandse Zaken,\nT.B.W. Berendsen" in text


def test_pdf_page_limit():
    letter = read_path(shared_letter("002.pdf"), Limits(max_pdf_pages=1))
    assert letter.warnings == ["only the first 1 of 10 pages read"]
    assert "Pagina 2 van 10" not in letter.text
    assert "Pagina 1 van 10" in letter.text


def test_scanned_pdf_has_no_text_layer():
    image = pytest.importorskip("PIL.Image")
    buffer = io.BytesIO()
    image.new("RGB", (600, 800), "white").save(buffer, format="PDF")
    with pytest.raises(ReadError, match=r"no text layer \(scanned PDF\?\)"):
        read_bytes(buffer.getvalue(), name="scan.pdf")


def test_corrupt_pdf():
    with pytest.raises(ReadError, match="corrupt PDF"):
        read_bytes(
            b"%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 9 0 R >>\ngarbage", name="kapot.pdf"
        )


# --- DOCX ------------------------------------------------------------------------------------


def test_docx_letterhead_from_first_page_header():
    letter = _read("026.docx")
    assert letter.format == "docx"
    assert _covered(letter, "letterhead", "DGLGS / 97251489")
    assert _covered(letter, "letterhead", "Datum\t20 februari 2025")
    assert _covered(
        letter, "letterhead", "Betreft\tToezending expertoordeel Arthur Petersen en peer reviews"
    )
    assert letter.text.index("Betreft") < letter.text.index("Geachte Voorzitter,")


def test_docx_body_signature_and_furniture():
    letter = _read("026.docx")
    assert WIERSMA_SIGNATURE in letter.text
    assert _covered(letter, "furniture", "Pagina 2 van 2")
    assert _covered(letter, "furniture", "Ons kenmerk", occurrence=1)


def test_docx_footnotes():
    letter = _read("020.docx")
    assert "Betere Regelgeving van 28 april 2026[footnoteRef:1] bevat" in letter.text
    notes = _block_texts(letter, "footnote")
    assert notes == [
        ("1", "A Simpler, Clearer and Better Enforced EU Rulebook - European Commission"),
        ("2", "Kamerstukken II 2025/2026, 22 112, nr. 4287"),
    ]
    # footnotes come after the signature, furniture after the footnotes
    text = letter.text
    assert (
        text.index("Claudia van Bruggen")
        < text.index("[1: A Simpler")
        < text.index("Pagina 2 van 6")
    )


def _docx_with_table() -> bytes:
    docx = pytest.importorskip("docx")
    document = docx.Document()
    document.add_paragraph("Geachte voorzitter,")
    table = document.add_table(rows=2, cols=2)
    for r, row in enumerate([("Regeling", "Bedrag"), ("Brede SPUK", "€ 17 mln")]):
        for c, value in enumerate(row):
            table.cell(r, c).text = value
    document.add_paragraph("Hoogachtend,")
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def test_docx_table_cells():
    letter = read_bytes(_docx_with_table(), name="tabel.docx")
    (table,) = letter.tables
    cells = [[letter.text[c.start : c.end] for c in row] for row in table.rows]
    assert cells == [["Regeling", "Bedrag"], ["Brede SPUK", "€ 17 mln"]]
    assert (
        "Geachte voorzitter,\nRegeling\tBedrag\nBrede SPUK\t€ 17 mln\nHoogachtend," in letter.text
    )


def test_docx_zip_bomb_guard():
    with pytest.raises(ReadError, match="zip bomb"):
        read_bytes(_docx_with_table(), name="bom.docx", limits=Limits(max_unzipped_bytes=1000))


# --- the whole corpus ------------------------------------------------------------------------


def _corpus() -> list[Path]:
    return sorted(p for p in SHARED_LETTERS.glob("*") if p.suffix in {".pdf", ".docx"})


@pytest.mark.parametrize("path", _corpus(), ids=lambda p: p.name)
def test_every_corpus_pdf_and_docx_reads(path: Path):
    letter = _read(path.name)
    text = letter.text
    assert text.strip() and not letter.warnings
    for block in letter.blocks:
        assert 0 <= block.start <= block.end <= len(text)
        if block.kind != "table":  # a table may open with an empty cell (a tab)
            assert text[block.start : block.end] == text[block.start : block.end].strip()
    # the rijksoverheid letterhead keeps its date and subject lines
    if "Betreft" in text:
        assert any(line.startswith("Datum") for line in text.splitlines())
    # a signature block: a role line ("Minister van …", "De staatssecretaris …, ") in the text
    assert any(
        word in line.lower()
        for line in text.splitlines()
        for word in ("minister", "staatssecretaris", "directeur")
    )
