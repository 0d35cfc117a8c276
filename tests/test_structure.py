"""Structure stage: parts, letterhead meta, footnotes, tables and signatories of real letters."""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import unicodedata
from functools import cache
from pathlib import Path

import pytest

from pipeline.clean import clean
from pipeline.readers import Block, Letter, TableCell, TableLayout, read_path
from pipeline.structure import LetterStructure, analyse
from tests.conftest import MANIFEST, SHARED_LETTERS, manifest, shared_letter


@cache
def _analysed(path: Path) -> tuple[Letter, LetterStructure]:
    letter = read_path(path)
    return letter, analyse(clean(letter.text), letter)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).replace("‘", "'").replace("’", "'")
    return " ".join(text.replace("“", '"').replace("”", '"').split()).lower()


def test_seed_2026_meta(seed_2026):
    meta = seed_2026.meta
    assert meta.date == dt.date(2026, 7, 2)
    assert meta.reference == "MINDEF2026046327"
    assert meta.subject == "Leveringen militaire goederen aan Oekraïne"
    assert meta.sender == "Ministerie van Defensie"
    assert meta.addressee == "de Voorzitter van de Tweede Kamer der Staten-Generaal"
    assert [(s.name, s.role, s.portfolio) for s in meta.signatories] == [
        ("Dilan Yeşilgöz-Zegerius", "minister", "Defensie")
    ]


def test_seed_2022_meta(seed_2022):
    meta = seed_2022.meta
    assert meta.date == dt.date(2022, 4, 19)
    assert meta.reference == "BS2022009742"
    assert meta.subject == "Update levering militaire goederen Oekraïne"
    assert meta.sender == "Ministerie van Defensie"
    # the copy-to value is the addressee's name lines, not the street and postcode after them
    assert meta.copy_to == "de Voorzitter van de Eerste Kamer der Staten-Generaal"
    assert [(s.name, s.role, s.portfolio) for s in meta.signatories] == [("K.H. Ollongren", "minister", "Defensie")]


def test_seed_2026_footnotes(seed_2026):
    notes = {f.number: f.text for f in seed_2026.footnotes}
    assert sorted(notes, key=int) == ["2", "3", "4", "5", "6"]
    assert notes["2"] == (
        "Ter vertrouwelijke inzage gelegd, alleen voor de leden, bij het Centraal Informatiepunt Tweede Kamer."
    )
    assert notes["3"] == "Overeenkomst inzake Veiligheidssamenwerking tussen Nederland en Oekraïne, 1 maart 2024."
    assert notes["4"] == (
        "Bestaat uit financiële realisatie waaronder voorschotten die een levering kennen in de nabije toekomst."
    )
    assert notes["5"].startswith("De toetsing van specifieke transacties aan de EU wapenexportcriteria")
    assert (
        notes["6"] == "Zie voor meer informatie over de toetsing aan de Europese wapenexportcriteria EUGS/2008/944/GBVB"
    )
    for note in seed_2026.footnotes:  # offsets point at the body inside "[N: …]" of the original
        assert seed_2026.text[note.start : note.end] == note.text
        assert seed_2026.text[: note.start].rstrip().endswith(f"[{note.number}:")


def test_seed_2026_table(seed_2026):
    (table,) = seed_2026.tables
    rows = [[" ".join(cell.text.split()) for cell in row] for row in table.rows]
    assert rows == [
        ["Type steun", "02 feb. 2026", "15 juni. 2026"],
        ["Directe levering (vervangingswaarde)", "€ 2,5 mld.", "€ 2,5 mld."],
        ["Commerciële verwervingen", "€ 8,9 mld.", "€ 9,7 mld."],
        ["NAVO-fonds", "€ 0,18 mld.", "€ 0,18 mld."],
        ["Totaal", "€ 11,7 mld.", "€ 12,4 mld."],
    ]
    cell = table.rows[1][1]  # "€" and "2,5 mld." stand on two lines of the file: one cell
    assert seed_2026.text[cell.start] == "€" and seed_2026.text[cell.start : cell.end].endswith("2,5 mld.")
    assert any(r.kind == "table" and r.start <= table.start and table.end <= r.end for r in seed_2026.regions)


def test_seed_parts(seed_2026, seed_2022):
    kinds = [r.kind for r in seed_2026.regions]
    assert kinds[0] == "letterhead" and "closing" in kinds and "signature" in kinds
    body = [r for r in seed_2026.regions if r.kind == "body"]
    assert seed_2026.text[body[0].start :].startswith("Geachte voorzitter,")
    closing = next(r for r in seed_2026.regions if r.kind == "closing")
    assert seed_2026.text[closing.start : closing.end] == "Hoogachtend,"
    signature = next(r for r in seed_2026.regions if r.kind == "signature")
    assert seed_2026.text[signature.start : signature.end].split("\n")[0] == "DE MINISTER VAN DEFENSIE"
    # 2022: no salutation; the side-column blocks inside the body are letterhead, not body
    body_text = " ".join(seed_2022.text[r.start : r.end] for r in seed_2022.regions if r.kind == "body")
    assert body_text.startswith("Mede namens de minister van Buitenlandse Zaken")
    assert "BS2022009742" not in body_text and "Kazernestraat" not in body_text
    assert "Bij beantwoording" not in body_text


def test_ocw_txt_letterhead_merged_columns():
    """OCW txt: letterhead columns merged into a line, letter-spaced labels, sidebar on page 2."""
    _, s007 = _analysed(shared_letter("007.txt"))
    assert s007.meta["date"] == dt.date(2023, 11, 16)
    assert s007.meta["reference"] == "4 2 300451"  # as written, letter-spacing included
    assert s007.meta["subject"] == "Aanbiedingsbrief rapport Adviescollege Van Geel ‘Eenheid in Veelzijdigheid’"
    assert s007.meta["addressee"] == "De voorzitter van de Eerste Kamer der Staten-Generaal"
    _, s011 = _analysed(shared_letter("011.txt"))
    # the side column's "Uw referentie" value (2 0 24Z00013) stands inside the subject line
    assert s011.meta["subject"] == (
        "Kamervragen betreffende het bericht 'Chinese overheid sponsort weekendles Chinees-Nederlandse kinderen'"
    )
    letter, s004 = _analysed(shared_letter("004.txt"))
    kinds = {p.kind for p in s004.parts}
    assert {"letterhead", "body", "closing", "signature", "footnotes", "furniture"} <= kinds
    cleaned = clean(letter.text).text
    furniture = [cleaned[s:e] for s, e in s004.spans_of("furniture")]
    assert "Pagina 1 van 2" in furniture and "Onze referentie" in furniture and "37562068" in furniture


def test_signature_with_portfolio_on_two_lines():
    _, structure = _analysed(shared_letter("001.md"))
    assert structure.meta["signatories"] == [
        {
            "name": "P.L.B.A. van Geel",
            "role": "staatssecretaris",
            "portfolio": "Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer",
        }
    ]
    assert structure.meta["reference"] == "BWL/2003 096 250"
    assert structure.meta["date"] is None  # the letter's date line is empty
    assert structure.meta["subject"] == "Beleidsbrief Bodem"  # a bold title, no Betreft label


def test_two_signatories_one_after_the_other():
    text = (
        "Datum 3 maart 2025\nBetreft Test\n\nGeachte voorzitter,\n\nDit is de brief over de zaak "
        "die wij "
        "hierbij met uw Kamer delen, want het is een belangrijke zaak voor ons "
        "allemaal.\n\nHoogachtend,\n\n"
        "DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT,\n\nMark Harbers\n\n"
        "DE STAATSSECRETARIS VAN INFRASTRUCTUUR EN WATERSTAAT,\n\ndrs. V.L.W.A. Heijnen\n"
    )
    structure = analyse(clean(text), Letter(text=text, format="txt"))
    assert structure.meta["signatories"] == [
        {"name": "Mark Harbers", "role": "minister", "portfolio": "Infrastructuur en Waterstaat"},
        {
            "name": "V.L.W.A. Heijnen",
            "role": "staatssecretaris",
            "portfolio": "Infrastructuur en Waterstaat",
        },
    ]


def test_two_signatories_in_columns():
    text = (
        "Datum 22 april 2026\nBetreft Test\n\nGeachte mevrouw Dijksma,\n\nMet deze brief "
        "informeren wij u "
        "over de afspraken die wij samen met de andere partijen hebben gemaakt over de "
        "financiering.\n\n"
        "Hoogachtend,\n\nde minister van Volksgezondheid, de minister van Langdurige Zorg,\n"
        "Welzijn en Sport, Jeugd en Sport,\n\nSophie Hermans Mirjam Sterk\n"
    )
    structure = analyse(clean(text), Letter(text=text, format="txt"))
    assert structure.meta["signatories"] == [
        {
            "name": "Sophie Hermans",
            "role": "minister",
            "portfolio": "Volksgezondheid, Welzijn en Sport",
        },
        {
            "name": "Mirjam Sterk",
            "role": "minister",
            "portfolio": "Langdurige Zorg, Jeugd en Sport",
        },
    ]


def test_reader_layout_is_mapped_into_cleaned_offsets():
    """Reader blocks and tables are original offsets; structure maps them through the cleaner."""
    text = (
        "Datum  2 juli 2026\nBetreft **Test**\n\nGeachte voorzitter,\n\nDe **brief** gaat over de "
        "levering van "
        "goederen aan de partners die daarom hebben gevraagd.[footnoteRef:1]\n\nPost\tBedrag\nA\t€ "
        "1 mld.\n\n"
        "Hoogachtend,\n\nDE MINISTER VAN DEFENSIE\n\nDilan Yeşilgöz-Zegerius\n"
        "Nota bene 1\nPagina 1 van 1\n"
    )
    note_start = text.index("Nota bene")
    page = text.index("Pagina 1")
    table_start = text.index("Post\t")
    table_end = text.index("mld.") + 4
    cells = [
        (TableCell(table_start, table_start + 4), TableCell(table_start + 5, table_start + 11)),
        (TableCell(table_start + 12, table_start + 13), TableCell(table_start + 14, table_end)),
    ]
    letter = Letter(
        text=text,
        format="pdf",
        blocks=[
            Block("footnote", note_start, note_start + 11, label="1"),
            Block("furniture", page, page + 14, label="1"),
            Block("table", table_start, table_end),
        ],
        tables=[TableLayout(table_start, table_end, tuple(cells))],
    )
    cleaned = clean(text)
    structure = analyse(cleaned, letter)
    assert [(f.number, cleaned.text[f.start : f.end]) for f in structure.footnotes] == [("1", "Nota bene 1")]
    assert [[cleaned.text[s:e] for s, e in row] for row in structure.tables[0].rows] == [
        ["Post", "Bedrag"],
        ["A", "€ 1 mld."],
    ]
    kinds = {cleaned.text[p.start : p.end]: p.kind for p in structure.parts}
    assert kinds["Pagina 1 van 1"] == "furniture"
    assert kinds["Nota bene 1"] == "footnotes"
    assert kinds["Post Bedrag\nA € 1 mld."] == "table"
    assert structure.meta["subject"] == "Test"


def _signatory_names(field: str) -> list[str] | None:
    """Names in the manifest's free-text signatory field; None when one is not a bewindspersoon."""
    names = []
    for part in field.split(";"):
        if not re.search(r"(?i)\b(?:minister|staatssecretaris)\b", part):
            return None
        pieces = [p.strip(" ()") for p in re.split(r",|\(", part)]
        name = next(p for p in pieces if p and not re.match(r"(?i)(?:de\s+)?(?:minister|staatssecretaris)\b", p))
        if len(pieces) > 2 and re.match(r"(?i)(?:de\s+)?(?:minister|staatssecretaris)\b", pieces[0]):
            name = pieces[-1]  # "de minister van Onderwijs, Cultuur en Wetenschap, Robbert Dijkgraaf"
        names.append(re.sub(r"^(?:drs\.|dr\.|mr\.)\s+", "", name))
    return names


def _manifest_letters() -> list[dict]:
    have_pdf = importlib.util.find_spec("pipeline.readers.pdf") is not None
    have_docx = importlib.util.find_spec("pipeline.readers.docx") is not None
    letters = []
    for entry in manifest():
        path = SHARED_LETTERS / entry["file"]
        if entry["format"] in {"txt", "md"} or (
            # small PDFs/DOCX only: the test suite stays fast
            path.stat().st_size < 150_000
            and (entry["format"] == "pdf" and have_pdf or entry["format"] == "docx" and have_docx)
        ):
            letters.append(entry)
    return letters


@pytest.mark.skipif(not MANIFEST.exists(), reason="../shared is not beside the project")
@pytest.mark.parametrize("entry", _manifest_letters(), ids=lambda e: e["file"])
def test_meta_matches_manifest(entry):
    """Where the letter's text holds the manifest's date and title, meta has them; and the
    signatories are the manifest's."""
    letter, structure = _analysed(SHARED_LETTERS / entry["file"])
    text = _fold(clean(letter.text).text)
    meta = structure.meta
    if re.fullmatch(r"\d{4}-\d{2}-\d{2}", entry["date"]):
        date = dt.date.fromisoformat(entry["date"])
        months = [
            "januari",
            "februari",
            "maart",
            "april",
            "mei",
            "juni",
            "juli",
            "augustus",
            "september",
            "oktober",
            "november",
            "december",
        ]
        if f"{date.day} {months[date.month - 1]} {date.year}" in text:
            assert meta["date"] == date
    title = _fold(entry["title"])
    if title in text:
        assert meta.get("subject") is not None and _fold(meta["subject"]).startswith(title)
    names = _signatory_names(entry["signatory"])
    if names is not None:
        assert [s["name"] for s in meta["signatories"]] == names
        assert all(s["role"] in {"minister", "staatssecretaris"} for s in meta["signatories"])


@pytest.mark.skipif(importlib.util.find_spec("pipeline.readers.pdf") is None, reason="no PDF reader")
def test_kamerstuk_layout():
    """A letter as published in the Kamerstukken: no Datum/Betreft labels."""
    _, structure = _analysed(shared_letter("022.pdf"))
    assert structure.meta["date"] == dt.date(2026, 7, 10)  # "Den Haag, 10 juli 2026"
    assert structure.meta["subject"] == "Brief van de minister van Buitenlandse Zaken"
    assert structure.meta["signatories"] == [
        {"name": "T.B.W. Berendsen", "role": "minister", "portfolio": "Buitenlandse Zaken"}
    ]


def test_sender_wrapped_by_the_logo():
    text = (
        "Ministerie van\nInfrastructuur en\nWaterstaat\n\nRijnstraat 8\n2515 XP Den Haag\n\n"
        "Datum 22 december 2022\nBetreft Emissies door de luchtvaart\n\nGeachte voorzitter,\n\n"
        "In de Kamer is de afgelopen jaren in toenemende mate aandacht besteed aan de emissies "
        "van de luchtvaart.\n"
    )
    structure = analyse(clean(text), Letter(text=text, format="pdf"))
    assert structure.meta["sender"] == "Ministerie van Infrastructuur en Waterstaat"
    assert structure.meta["subject"] == "Emissies door de luchtvaart"


_KAMERSTUK_HEAD = (
    "Nr. 12\nBRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT\n"
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n"
)
_KAMERSTUK_SIGNATURE = "De minister van Infrastructuur en Waterstaat,\nJ. de Vries\n"


@pytest.mark.parametrize(
    ("text", "date", "body_opening"),
    [
        (  # one line break a line: the place-and-date line runs into the first paragraph
            "36 999 Voorbeeldbeleid op het gebied van de openbare ruimte en de leefomgeving in Nederland\n"
            + _KAMERSTUK_HEAD
            + "Den Haag, 13 december 2023\n"
            "Met deze brief informeer ik uw Kamer over de voortgang van het beleid voor de openbare\n"
            "ruimte, zoals toegezegd in het commissiedebat van 8 september jl. over de leefomgeving.\n"
            + _KAMERSTUK_SIGNATURE,
            dt.date(2023, 12, 13),
            "Met deze brief",
        ),
        (  # a short letter: no paragraph of 100 characters
            "36 999 Voorbeeldbeleid\n"
            + _KAMERSTUK_HEAD
            + "Den Haag, 14 november 2019\nOp 2 oktober ontving ik uw verzoek om een overzicht te sturen.\n"
            + _KAMERSTUK_SIGNATURE,
            dt.date(2019, 11, 14),
            "Op 2 oktober",
        ),
    ],
)
def test_kamerstuk_layout_without_blank_lines(text, date, body_opening):
    """The place-and-date line is letterhead and gives the letter date; the body starts after it."""
    structure = analyse(clean(text), Letter(text=text, format="txt"))
    assert structure.meta["date"] == date
    assert structure.meta["subject"] == "BRIEF VAN DE MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT"
    body = structure.body
    assert body is not None and text[body[0] :].startswith(body_opening)
