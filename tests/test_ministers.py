"""MINISTER mentions: both seed letters in full, OCW letters of the shared corpus, the rules."""

from __future__ import annotations

import datetime as dt

import pytest
import spacy
from spacy.tokens import Span

from pipeline.entities import bewindspersonen
from pipeline.entities.ministers import find
from pipeline.processor import Item
from pipeline.records import Record

from .conftest import shared_letter


def ministers(record: Record) -> list[tuple[str, str | None, str | None, str | None]]:
    return [(e.text, e.norm.name, e.norm.role, e.norm.portfolio) for e in record.entities if e.label == "MINISTER"]


def run_text(processor, text: str) -> Record:
    (record,) = list(processor.process([Item(id="t", source="t.txt", text=text)]))
    assert isinstance(record, Record), record
    return record


BZ, BHO = "Buitenlandse Zaken", "Buitenlandse Handel en Ontwikkelingssamenwerking"


def test_seed_2022(seed_2022):
    assert ministers(seed_2022) == [
        ("minister van Buitenlandse Zaken", None, "minister", BZ),
        ("minister voor Buitenlandse Handel en Ontwikkelingssamenwerking", None, "minister", BHO),
        ("minister-president", None, "minister-president", None),
        # "de president van Oekraïne, de heer Zelensky" is no minister
        ("minister van Defensie", "Reznikov", "minister", "Defensie"),
        ("Reznikov", "Reznikov", "minister", "Defensie"),
        ("MINISTER VAN DEFENSIE", "K.H. Ollongren", "minister", "Defensie"),
        ("K.H. Ollongren", "K.H. Ollongren", "minister", "Defensie"),
    ]


def test_seed_2026(seed_2026):
    assert ministers(seed_2026) == [
        ("minister van Buitenlandse Zaken", None, "minister", BZ),
        ("minister van Buitenlandse Handel en Ontwikkelingssamenwerking", None, "minister", BHO),
        ("minister van Defensie Fedorov", "Fedorov", "minister", "Defensie"),
        ("minister van Buitenlandse Zaken", None, "minister", BZ),
        ("minister van Buitenlandse Handel en Ontwikkelingssamenwerking", None, "minister", BHO),
        ("MINISTER VAN DEFENSIE", "Dilan Yeşilgöz-Zegerius", "minister", "Defensie"),
        ("Dilan Yeşilgöz-Zegerius", "Dilan Yeşilgöz-Zegerius", "minister", "Defensie"),
    ]
    assert not any("Boswijk" in e.text for e in seed_2026.entities if e.label == "MINISTER")


def test_role_mentions_resolve_to_the_person_in_office(seed_2022, seed_2026):
    persons = {(e.text, e.norm.person) for e in seed_2022.entities if e.label == "MINISTER"}
    assert ("minister-president", "Mark Rutte") in persons
    assert ("minister van Buitenlandse Zaken", "Wopke Hoekstra") in persons
    assert ("minister van Defensie", "Reznikov") in persons  # foreign: never a Dutch minister
    persons = {(e.text, e.norm.person) for e in seed_2026.entities if e.label == "MINISTER"}
    assert ("MINISTER VAN DEFENSIE", "Dilan Yeşilgöz-Zegerius") in persons


def test_ocw_letters(process_file):
    ocw = "Onderwijs, Cultuur en Wetenschap"
    assert ministers(process_file(shared_letter("010.txt"))) == [
        (
            "Minister van Economische Zaken en Klimaat",
            None,
            "minister",
            "Economische Zaken en Klimaat",
        ),
        ("minister van EZK", None, "minister", "EZK"),
        ("minister voor Langdurige Zorg en Sport", None, "minister", "Langdurige Zorg en Sport"),
        ("minister voor Rechtsbescherming", None, "minister", "Rechtsbescherming"),
        (
            "staatssecretaris van Onderwijs, Cultuur en Wetenschap",
            "Gunay Uslu",
            "staatssecretaris",
            ocw,
        ),
        ("Gunay Uslu", "Gunay Uslu", "staatssecretaris", ocw),
    ]
    # "de leden Paternotte en Bamenga (beiden D66) en de leden Becker en Brekelmans" are MPs
    assert ministers(process_file(shared_letter("011.txt"))) == [
        (
            "Minister van Sociale Zaken en Werkgelegenheid",
            None,
            "minister",
            "Sociale Zaken en Werkgelegenheid",
        ),
        ("Minister van Buitenlandse Zaken", None, "minister", BZ),
        (
            "minister voor Primair en Voortgezet Onderwijs",
            "Mariëlle Paul",
            "minister",
            "Primair en Voortgezet Onderwijs",
        ),
        ("Mariëlle Paul", "Mariëlle Paul", "minister", "Primair en Voortgezet Onderwijs"),
    ]
    found = ministers(process_file(shared_letter("012.txt")))
    assert (
        "minister van Cultuur",
        None,
        "minister",
        "Cultuur",
    ) in found  # 'de Tsjechische minister van Cultuur'
    assert not any("Breton" in text for text, *_ in found)  # Eurocommissaris


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Ik sprak met de Oekraïense minister van Defensie, Oleksii Reznikov, over de steun.",
            [
                ("minister van Defensie", "Oleksii Reznikov", "minister", "Defensie"),
                ("Oleksii Reznikov", "Oleksii Reznikov", "minister", "Defensie"),
            ],
        ),
        (
            "Dit schrijf ik mede namens de ministers van Financiën en van Defensie.",
            [
                ("ministers van Financiën", None, "minister", "Financiën"),
                ("Defensie", None, "minister", "Defensie"),
            ],
        ),
        (
            "Ik sprak premier Rutte en mevrouw drs. Ollongren, minister van Defensie, gisteren.",
            [
                ("premier Rutte", "Rutte", "minister-president", None),
                ("Ollongren", "Ollongren", "minister", "Defensie"),
                ("minister van Defensie", "Ollongren", "minister", "Defensie"),
            ],
        ),
        (
            "De staatssecretaris van Financiën – Fiscaliteit en Belastingdienst, de heer Van Rij, "
            "sprak met staatssecretaris Van Huffelen.",
            [
                (
                    "staatssecretaris van Financiën – Fiscaliteit en Belastingdienst",
                    "Van Rij",
                    "staatssecretaris",
                    "Financiën – Fiscaliteit en Belastingdienst",
                ),
                (
                    "Van Rij",
                    "Van Rij",
                    "staatssecretaris",
                    "Financiën – Fiscaliteit en Belastingdienst",
                ),
                ("staatssecretaris Van Huffelen", "Van Huffelen", "staatssecretaris", None),
            ],
        ),
        (
            "Zoals de minister voor Milieu en Wonen heeft gemeld, is de motie Boswijk uitgevoerd.",
            [("minister voor Milieu en Wonen", None, "minister", "Milieu en Wonen")],
        ),
        (
            "Het akkoord van het kabinet Rutte IV en de president van Frankrijk, de heer Macron.",
            [],
        ),
    ],
)
def test_rules(processor, text, expected):
    assert ministers(run_text(processor, text)) == expected


def test_surnames_alone(processor):
    letter = (
        "Datum 2 juli 2026\nGeachte voorzitter,\n\n"
        "Sterk beleid is nodig, zegt het Adviescollege Sterk. "
        "Ik heb hierover met minister Sterk gesproken.\n\nHoogachtend,\n\n"
        "DE MINISTER VAN DEFENSIE\n\nDilan Yeşilgöz-Zegerius\n"
    )
    record = run_text(processor, letter)
    found = [(e.text, e.start) for e in record.entities if e.label == "MINISTER"]
    assert ("minister Sterk", letter.index("minister Sterk")) in found
    assert not any(text == "Sterk" for text, _ in found)  # a sentence start, a committee's name


def test_side_by_side_signatures(processor):
    letter = (
        "Geachte voorzitter,\n\nHierbij de brief.\n\nHoogachtend,\n\n"
        "de minister van Volksgezondheid, de minister van Langdurige Zorg,\n"
        "Welzijn en Sport, Jeugd en Sport,\n\nSophie Hermans Mirjam Sterk\n"
    )
    found = ministers(run_text(processor, letter))
    roles = [(text, name) for text, name, _, _ in found if text.startswith("minister")]
    assert roles == [
        ("minister van Volksgezondheid", "Sophie Hermans"),
        ("minister van Langdurige Zorg", "Mirjam Sterk"),
    ]


def test_role_line_without_preposition_above_a_name(processor):
    letter = (
        "Geachte voorzitter,\n\nHierbij.\n\nHoogachtend,\n\n"
        "De staatssecretaris Jeugd, Preventie en Sport,\n\nVincent Karremans\n"
    )
    jps = "Jeugd, Preventie en Sport"
    assert ministers(run_text(processor, letter)) == [
        ("staatssecretaris Jeugd, Preventie en Sport", "Vincent Karremans", "staatssecretaris", jps),
        ("Vincent Karremans", "Vincent Karremans", "staatssecretaris", jps),
    ]


def test_name_first_signature(processor):
    letter = (
        "Geachte voorzitter,\n\nHierbij zend ik u de brief.\n\nHoogachtend,\n\n"
        "Carola Schouten\nMinister van Landbouw, Natuur en Voedselkwaliteit\n"
    )
    lnv = "Landbouw, Natuur en Voedselkwaliteit"
    assert ministers(run_text(processor, letter)) == [
        ("Carola Schouten", "Carola Schouten", "minister", lnv),
        ("Minister van Landbouw, Natuur en Voedselkwaliteit", "Carola Schouten", "minister", lnv),
    ]


def test_person_entities_of_a_base_model_in_a_minister_context():
    nlp = spacy.blank("nl")
    doc = nlp.make_doc("Ik sprak de Duitse minister van Defensie, Boris Pistorius, en Jan Jansen.")
    start = doc.text.index("Boris")
    doc.ents = [
        doc.char_span(start, start + len("Boris Pistorius"), label="PER"),
        Span(doc, len(doc) - 3, len(doc) - 1, label="PER"),  # Jan Jansen: no minister context
    ]
    doc._.letter = None
    names = [(doc.text[f.start : f.end], f.role, f.portfolio) for f in find(doc) if f.rule != "role"]
    assert ("Boris Pistorius", "minister", "Defensie") in names
    assert not any(text == "Jan Jansen" for text, *_ in names)


def test_gazetteer():
    assert bewindspersonen.resolve("minister", "Defensie", dt.date(2022, 4, 19)) == "Kajsa Ollongren"
    assert bewindspersonen.resolve("minister", "Defensie", dt.date(2026, 7, 2)) == "Dilan Yeşilgöz-Zegerius"
    assert bewindspersonen.resolve("minister-president", None, dt.date(2025, 1, 1)) == "Dick Schoof"
    assert bewindspersonen.resolve("minister", "Defensie", None) is None
    assert {t.name for t in bewindspersonen.match_name("K.H. Ollongren")} == {"Kajsa Ollongren"}
    # a former minister is no minister in a later letter (024: 'de gezant Marja van Bijsterveldt')
    assert not bewindspersonen.active_person("Marja van Bijsterveldt", dt.date(2023, 5, 30))
