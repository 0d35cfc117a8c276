"""MINISTER: shared roles in Kamerstuk titles, long surnames, one-line signatures and the
tweedekamer.nl signatory trailer (invented letters in the genre)."""

from __future__ import annotations

import pytest

from pipeline.clean import clean
from pipeline.entities import bewindspersonen
from pipeline.processor import Item
from pipeline.readers import Letter
from pipeline.records import Record
from pipeline.structure import analyse


def ministers(processor, text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    (record,) = list(processor.process([Item(id="t", source="t.txt", text=text)]))
    assert isinstance(record, Record), record
    return [(e.text, e.norm.name, e.norm.role, e.norm.portfolio) for e in record.entities if e.label == "MINISTER"]


def signatories(text: str) -> list[dict]:
    return analyse(clean(text), Letter(text=text, format="txt")).meta["signatories"]


BODY = "Geachte voorzitter,\n\nHierbij stuur ik u het verslag van het overleg over de begroting.\n\n"
AZ, FIN = "Algemene Zaken", "Financiën"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "36 410 Begroting\n\nNr. 7 BRIEF VAN DE MINISTER EN STAATSSECRETARIS VAN DEFENSIE\n",
            [
                ("MINISTER", None, "minister", "Defensie"),
                ("STAATSSECRETARIS VAN DEFENSIE", None, "staatssecretaris", "Defensie"),
            ],
        ),
        (
            "Daarover informeren de minister en de staatssecretaris van Financiën u voor de zomer.",
            [
                ("minister", None, "minister", FIN),
                ("staatssecretaris van Financiën", None, "staatssecretaris", FIN),
            ],
        ),
        # a role word without a portfolio of its own and no shared one stays no mention
        ("Ik sprak de minister en de heer Jansen over de begroting.", []),
        # a name that wraps onto the next line is no apposition: 'Jan' alone is no name
        (
            "Ik sprak met de minister van Defensie, Jan\nJansen over de steun.",
            [("minister van Defensie", None, "minister", "Defensie")],
        ),
    ],
)
def test_roles(processor, text, expected):
    assert ministers(processor, text) == expected


def test_surname_of_several_parts_after_initials(processor):
    text = (
        BODY + "Hoogachtend,\n\nDe staatssecretaris van Justitie en Veiligheid,\n\n"
        "A. B. C. van der Berg-De Wit Jansen\n"
    )
    jv = "Justitie en Veiligheid"
    name = "A. B. C. van der Berg-De Wit Jansen"
    assert signatories(text) == [{"name": name, "role": "staatssecretaris", "portfolio": jv}]
    assert ministers(processor, text) == [
        ("staatssecretaris van Justitie en Veiligheid", name, "staatssecretaris", jv),
        (name, name, "staatssecretaris", jv),
    ]


def test_gazetteer_knows_a_shorter_form_the_written_extent_wins(processor):
    assert [t.name for t in bewindspersonen.match_written("C. van Nieuwenhuizen Wijbenga")][:1] == [
        "Cora van Nieuwenhuizen"
    ]
    assert bewindspersonen.match_written("M.H. Schultz van Haegen-Maas Geesteranus")[0].name == (
        "Melanie Schultz van Haegen"
    )
    assert bewindspersonen.match_written("Sophie Hermans Mirjam Sterk") == []  # two names
    assert bewindspersonen.match_written("Nieuwenhuizen Wijbenga") == []  # no given name
    text = "Datum 4 maart 2019\n\n" + BODY.replace(
        "het verslag", "het verslag dat C. van Nieuwenhuizen Wijbenga opstelde"
    )
    found = ministers(processor, text)
    assert [t for t, *_ in found] == ["C. van Nieuwenhuizen Wijbenga"]


@pytest.mark.parametrize("closing", ["Hoogachtend,\n\n", ""])
def test_one_line_signature_with_two_roles(processor, closing):
    text = (
        BODY + closing + "De Minister-President, Minister van Algemene Zaken, D. Schoof\n"
        "Ondertekenaars\n-\nEerste ondertekenaar\nD. (Dick) Schoof, minister van Algemene Zaken\n"
    )
    # one person: the first role is the signatory's; 'Ondertekenaars' is never a name
    assert signatories(text) == [{"name": "D. Schoof", "role": "minister-president", "portfolio": None}]
    assert ministers(processor, text) == [
        ("Minister-President", "D. Schoof", "minister-president", None),
        ("Minister van Algemene Zaken", "D. Schoof", "minister", AZ),
        ("D. Schoof", "D. Schoof", "minister-president", None),
        # the bracketed first name is inside the span; the norm is the name as a name is written
        ("D. (Dick) Schoof", "D. Schoof", "minister", AZ),
        ("minister van Algemene Zaken", "D. Schoof", "minister", AZ),
    ]


def test_one_line_signature_portfolio_ends_before_the_name(processor):
    ocw = "Onderwijs, Cultuur en Wetenschap"
    text = (
        BODY + "De Minister van Onderwijs, Cultuur en Wetenschap, E. van Dijk\nIndieners\n-\nIndiener\n"
        "E. van Dijk, minister van Onderwijs, Cultuur en Wetenschap\n"
    )
    assert signatories(text) == [{"name": "E. van Dijk", "role": "minister", "portfolio": ocw}]
    assert ministers(processor, text) == [
        ("Minister van Onderwijs, Cultuur en Wetenschap", "E. van Dijk", "minister", ocw),
        ("E. van Dijk", "E. van Dijk", "minister", ocw),
        ("E. van Dijk", "E. van Dijk", "minister", ocw),
        ("minister van Onderwijs, Cultuur en Wetenschap", "E. van Dijk", "minister", ocw),
    ]


def test_one_line_signature_after_the_last_sentence(processor):
    text = "Geachte voorzitter,\n\nIk stuur u de stukken. De Staatssecretaris van Financiën, A.B. de Vries…"
    assert ministers(processor, text) == [
        ("Staatssecretaris van Financiën", "A.B. de Vries", "staatssecretaris", FIN),
        ("A.B. de Vries", "A.B. de Vries", "staatssecretaris", FIN),
    ]
