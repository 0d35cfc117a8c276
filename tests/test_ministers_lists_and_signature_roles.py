"""MINISTER: titles wrapped after 'VAN', plural roles (heads of government, a list of names with
bracketed portfolios), coordinated portfolios over a line break; signature role lines that end in
their portfolio, and a minister-president signing with a second role (invented letters in the
genre)."""

from __future__ import annotations

import pytest

from pipeline.clean import clean
from pipeline.processor import Item
from pipeline.readers import Letter
from pipeline.records import Record
from pipeline.structure import analyse


def record_of(processor, text: str) -> Record:
    (record,) = list(processor.process([Item(id="t", source="t.txt", text=text)]))
    assert isinstance(record, Record), record
    return record


def ministers(processor, text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    record = record_of(processor, text)
    return [(e.text, e.norm.name, e.norm.role, e.norm.portfolio) for e in record.entities if e.label == "MINISTER"]


def signatories(text: str) -> list[dict]:
    return analyse(clean(text), Letter(text=text, format="txt")).meta["signatories"]


SZW, FIN = "Sociale Zaken en Werkgelegenheid", "Financiën"
BODY = (
    "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 3 maart 2016\n\n"
    "Geachte voorzitter,\n\nHierbij stuur ik u de voortgangsrapportage over de begroting van het komende "
    "jaar, zoals toegezegd in het debat met uw Kamer.\n\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a title wrapped right after 'VAN' is one span
        (
            "36 410 Begroting\n\nNr. 7 BRIEF VAN DE STAATSSECRETARIS VAN FINANCIËN EN DE MINISTER VAN\n"
            "SOCIALE ZAKEN EN WERKGELEGENHEID\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n",
            [
                ("STAATSSECRETARIS VAN FINANCIËN", None, "staatssecretaris", FIN),
                ("MINISTER VAN\nSOCIALE ZAKEN EN WERKGELEGENHEID", None, "minister", SZW),
            ],
        ),
        (
            "Daarover sprak ik met de minister voor\nMedische Zorg en met de gemeenten.",
            [("minister voor\nMedische Zorg", None, "minister", "Medische Zorg")],
        ),
        # the last of the coordinated portfolios after a line break is a span like the others
        (
            "Nr. 9 BRIEF VAN DE MINISTERS VAN FINANCIËN, DEFENSIE, JUSTITIE EN VEILIGHEID EN\n"
            "VOOR MEDISCHE ZORG\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n",
            [
                ("MINISTERS VAN FINANCIËN", None, "minister", FIN),
                ("DEFENSIE", None, "minister", "Defensie"),
                ("JUSTITIE EN VEILIGHEID", None, "minister", "Justitie en Veiligheid"),
                ("MEDISCHE ZORG", None, "minister", "Medische Zorg"),
            ],
        ),
        # a plural head-of-government role: one span, the countries outside
        (
            "Het akkoord is ondertekend door de ministers-presidenten van Nederland en Aruba.",
            [("ministers-presidenten", None, "minister-president", None)],
        ),
        # a plural role word opening a list of names: each name a mention, with its bracketed
        # portfolio (an unknown one as written, a party is none)
        (
            "Ik sprak met de demissionaire Ministers Dorval (Financiën), Marchena (TEATT) en Tromp (MAN) "
            "over de wederopbouw.",
            [
                ("Ministers Dorval", "Dorval", "minister", FIN),
                ("Marchena", "Marchena", "minister", "TEATT"),
                ("Tromp", "Tromp", "minister", None),
            ],
        ),
        (
            "Ik sprak met de ministers Dorval en Marchena over de begroting.",
            [("ministers Dorval", "Dorval", "minister", None), ("Marchena", "Marchena", "minister", None)],
        ),
        # a name after a form of address ends the list
        (
            "Ik sprak met de ministers Dorval en Marchena, de heer Lopes en de gouverneur.",
            [("ministers Dorval", "Dorval", "minister", None), ("Marchena", "Marchena", "minister", None)],
        ),
        # a singular role opens no list
        (
            "Ik sprak met minister Dorval (Financiën), Marchena (TEATT) en de gouverneur.",
            [("minister Dorval", "Dorval", "minister", None)],
        ),
    ],
)
def test_roles(processor, text, expected):
    assert ministers(processor, text) == expected


def test_a_plural_head_of_government_role_is_no_one_person(processor):
    record = record_of(processor, BODY + "De ministers-presidenten van Nederland en Aruba spraken elkaar.\n")
    (mention,) = [e for e in record.entities if e.label == "MINISTER"]
    assert (mention.text, mention.norm.person) == ("ministers-presidenten", None)


@pytest.mark.parametrize(
    "tail",
    [
        # without a closing formula a role line followed by a verb phrase is body text
        "Stikstof\nDe minister van Financiën heeft besloten om de regeling te verlengen.\n",
        # a one-word line above a role line is a heading, not a signed name
        "Stikstof\nDe minister van Financiën\nheeft besloten de regeling voor de sector die in het najaar afloopt "
        "met een jaar te verlengen, zodat de provincies de tijd hebben om hun plannen uit te werken.\n",
    ],
)
def test_a_role_at_a_line_start_is_no_signature(processor, tail):
    text = BODY + tail
    assert signatories(text) == []
    assert ministers(processor, text) == [("minister van Financiën", None, "minister", FIN)]


@pytest.mark.parametrize("closing", ["Hoogachtend,\n\n", ""])
def test_a_signature_role_line_ends_with_its_portfolio(closing):
    text = BODY + closing + "De Minister van Financiën a.i.,\n\nJ.A. de Boer\n"
    assert signatories(text) == [{"name": "J.A. de Boer", "role": "minister", "portfolio": FIN}]


@pytest.mark.parametrize("closing", ["Hoogachtend,\n\n", ""])
def test_minister_president_signing_with_a_second_role(processor, closing):
    text = BODY + closing + "De minister-president,\nMinister van Algemene Zaken,\n\nM. Rutte\n"
    # one signatory: the first role is the signatory's
    assert signatories(text) == [{"name": "M. Rutte", "role": "minister-president", "portfolio": None}]
    assert ministers(processor, text) == [
        ("minister-president", "M. Rutte", "minister-president", None),
        ("Minister van Algemene Zaken", "M. Rutte", "minister", "Algemene Zaken"),
        ("M. Rutte", "M. Rutte", "minister-president", None),
    ]
