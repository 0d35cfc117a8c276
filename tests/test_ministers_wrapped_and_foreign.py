"""MINISTER: a role wrapped onto the next line, lower-case known portfolios in Kamerstuk titles,
foreign heads of government with their country, coordinated role-less portfolios (invented
sentences in the genre)."""

from __future__ import annotations

import pytest

from pipeline.processor import Item
from pipeline.records import Record


def ministers(processor, text: str) -> list[tuple[str, str | None, str | None, str | None]]:
    (record,) = list(processor.process([Item(id="t", source="t.txt", text=text)]))
    assert isinstance(record, Record), record
    return [(e.text, e.norm.name, e.norm.role, e.norm.portfolio) for e in record.entities if e.label == "MINISTER"]


def persons(processor, text: str) -> dict[str, str | None]:
    (record,) = list(processor.process([Item(id="t", source="t.txt", text=text)]))
    assert isinstance(record, Record), record
    return {e.text: e.norm.person for e in record.entities if e.label == "MINISTER"}


JPS, SZW, LNV = "Jeugd, Preventie en Sport", "Sociale Zaken en Werkgelegenheid", "Landbouw, Natuur en Voedselkwaliteit"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # hard-wrapped text: one span across the line break
        (
            "Hierbij bied ik u, mede namens de minister\nvan Financiën, de voortgangsrapportage aan.",
            [("minister\nvan Financiën", None, "minister", "Financiën")],
        ),
        (
            "Hierbij bied ik u, mede namens de Staatssecretaris\nvoor Jeugd, Preventie en Sport, het plan aan.",
            [("Staatssecretaris\nvoor Jeugd, Preventie en Sport", None, "staatssecretaris", JPS)],
        ),
        # a blank line is no wrap: 'Van Financiën' starts a new paragraph
        ("Dit meldde de minister.\n\nvan Financiën komt een reactie.", []),
        # lower-case known portfolio in a Kamerstuk title: normalised as the ministry is written
        (
            "31 322 Kinderopvang\n\nNr. 12 Brief van de staatssecretaris van sociale zaken en werkgelegenheid\n",
            [("staatssecretaris van sociale zaken en werkgelegenheid", None, "staatssecretaris", SZW)],
        ),
        (
            "Ik heb hierover gesproken met de minister van landbouw, natuur en voedselkwaliteit.",
            [("minister van landbouw, natuur en voedselkwaliteit", None, "minister", LNV)],
        ),
        # lower-case words that form no known portfolio are no portfolio
        ("Dat is een zaak voor de minister van dienst en het bestuur.", []),
        # a foreign head of government: 'van <country>' outside the span, the name in apposition
        (
            "Tijdens het bezoek sprak ik met de Minister-President van de Vlaamse Regering, dhr. Pieter Claessens.",
            [
                ("Minister-President", "Pieter Claessens", "minister-president", None),
                ("Pieter Claessens", "Pieter Claessens", "minister-president", None),
            ],
        ),
        (
            "Ik ontmoette de premier van Portugal, mevrouw Ana Ferreira, in Lissabon.",
            [
                ("premier", "Ana Ferreira", "minister-president", None),
                ("Ana Ferreira", "Ana Ferreira", "minister-president", None),
            ],
        ),
        (
            "De minister-president van Estland, Kaja Tamm, bezocht Den Haag.",
            [
                ("minister-president", "Kaja Tamm", "minister-president", None),
                ("Kaja Tamm", "Kaja Tamm", "minister-president", None),
            ],
        ),
        # without apposition the country still stays outside and is never a name
        (
            "Het gesprek met de minister-president van de Palestijnse Autoriteit vond plaats in Ramallah.",
            [("minister-president", None, "minister-president", None)],
        ),
        # a head of government written with a capital particle is still a name after the role
        (
            "Zo besloot minister-president Van Dam in 2030.",
            [("minister-president Van Dam", "Van Dam", "minister-president", None)],
        ),
    ],
)
def test_roles(processor, text, expected):
    assert ministers(processor, text) == expected


def test_a_foreign_head_of_government_is_no_dutch_bewindspersoon(processor):
    letter = (
        "Den Haag, 12 maart 2025\n\nGeachte voorzitter,\n\nIk sprak met de minister-president van "
        "Litouwen, de heer Jonas Petraitis, en met de minister-president van Nederland.\n"
    )
    found = persons(processor, letter)
    assert found["Jonas Petraitis"] == "Jonas Petraitis"
    # the Dutch minister-president of the letter's date is resolved, the foreign one is not
    assert found["minister-president"] == "Dick Schoof"


def test_coordinated_role_less_portfolios_stay_spans(processor):
    # issue decision: the later portfolios of 'MINISTERS VAN X, VAN Y EN VOOR Z' are spans
    title = (
        "21 501-02 Raad Buitenlandse Zaken\n\n"
        "Nr. 9 BRIEF VAN DE MINISTERS VAN FINANCIËN, VAN DEFENSIE EN VOOR MEDISCHE ZORG\n"
    )
    assert [text for text, *_ in ministers(processor, title)] == [
        "MINISTERS VAN FINANCIËN",
        "DEFENSIE",
        "MEDISCHE ZORG",
    ]


SIGNED = "Geachte voorzitter,\n\nHierbij stuur ik u de voortgangsrapportage over de begroting.\n\nHoogachtend,\n\n"


@pytest.mark.parametrize(
    ("signature", "role_text"),
    [
        ("De Minister\nvan Financiën,\n\n\nJ.A. de Boer\n", "Minister\nvan Financiën"),
        ("DE STAATSSECRETARIS\nVAN FINANCIËN\n\nJ.A. de Boer\n", "STAATSSECRETARIS\nVAN FINANCIËN"),
        # name above its role
        ("J.A. de Boer\nDe minister\nvan Financiën\n", "minister\nvan Financiën"),
    ],
)
def test_signature_role_wrapped_onto_the_next_line(processor, signature, role_text):
    (record,) = list(processor.process([Item(id="t", source="t.txt", text=SIGNED + signature)]))
    assert isinstance(record, Record), record
    assert [(s.name, s.role, s.portfolio) for s in record.meta.signatories] == [
        ("J.A. de Boer", "minister" if "inister" in role_text else "staatssecretaris", "Financiën")
    ]
    found = {(e.text, e.norm.name, e.norm.portfolio) for e in record.entities if e.label == "MINISTER"}
    assert (role_text, "J.A. de Boer", "Financiën") in found
    assert ("J.A. de Boer", "J.A. de Boer", "Financiën") in found
