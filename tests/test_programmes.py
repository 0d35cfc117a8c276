"""PROGRAMME mentions: both seed letters in full, shared corpus letters, and the rules."""

from __future__ import annotations

import pytest

from pipeline.entities.programmes import find
from pipeline.records import Record

from .conftest import shared_letter


def programmes(record: Record) -> list[tuple[str, str, str | None]]:
    return [(e.text, e.norm.name, e.norm.acronym) for e in record.entities if e.label == "PROGRAMME"]


def names(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[n.start : n.end], n.text, n.acronym) for n in find(text)]


def test_seed_2022(seed_2022):
    biv = "Budget Internationale Veiligheid"
    assert programmes(seed_2022) == [(biv, biv, "BIV"), ("BIV", biv, "BIV")]


def test_seed_2026(seed_2026):
    purl = "Prioritised Ukraine Requirements List"
    ucap = "Ukraine Comprehensive Assistance Package"
    eumam = "EU Military Assistance Mission for Ukraine"
    epf = "Europese Vredesfaciliteit"
    bwu = "Build with Ukraine"
    assert programmes(seed_2026) == [
        (purl, purl, "PURL"),
        ("PURL", purl, "PURL"),
        ("Prioritized Ukraine Requirement List", purl, "PURL"),  # a spelling variant
        ("PURL", purl, "PURL"),
        (bwu, bwu, None),
        (ucap, ucap, "UCAP"),  # 'NAVO' stays outside
        ("UCAP", ucap, "UCAP"),
        ("UCAP", ucap, "UCAP"),
        (
            "Nationaal Programma Defensie Industrie & Innovatie",
            "Nationaal Programma Defensie Industrie & Innovatie",
            None,
        ),
        ("Build With Ukraine", bwu, None),
        ("Interflex", "Interflex", None),  # 'operatie Interflex'
        ("Interflex", "Interflex", None),
        ("Interflex", "Interflex", None),
        (eumam, eumam, "EUMAM"),
        ("EUMAM", eumam, "EUMAM"),
        ("EUMAM", eumam, "EUMAM"),
        ("EUMAM", eumam, "EUMAM"),
        ("EUMAM", eumam, "EUMAM"),  # in 'EUMAM-personeel'
        (epf, epf, "EPF"),  # the heading
        (epf, epf, "EPF"),
        ("European Peace Facility", epf, "EPF"),
        ("EPF", epf, "EPF"),
        ("EU Military Assistance Mission", eumam, "EUMAM"),  # a shortened long form
        ("EUMAM", eumam, "EUMAM"),
        ("EPF", epf, "EPF"),
        ("EPF", epf, "EPF"),  # in 'EPF-munitie-initiatieven'
        ("EPF", epf, "EPF"),
    ]
    texts = {text for text, _, _ in programmes(seed_2026)}
    # organisations, events, agreements, documents and 'NAVO-fonds' are no programmes
    for other in (
        "NAVO-fonds",
        "Specialized Training Command",
        "ST-C",
        "Ukraine Recovery Conference",
        "Letter of Intent",
        "Voorjaarsnota",
        "VK",
        "Verenigd Koninkrijk",
    ):
        assert other not in texts


def test_corpus_letters(process_file):
    found = programmes(process_file(shared_letter("006.txt")))
    fow, groei = "Fonds Onderzoek en Wetenschap", "Nationaal Groeifonds"
    ipcei = "Important Projects of Common European Interest"
    assert [(name, acr) for _, name, acr in found] == [
        (fow, None),
        (fow, None),
        (groei, None),
        (ipcei, "IPCEI"),
        (ipcei, "IPCEI"),
        (groei, None),
    ]
    assert programmes(process_file(shared_letter("012.txt"))) == [
        ("Erasmus+", "Erasmus+", None),
        ("Erasmus+", "Erasmus+", None),
        ("Creative Europe", "Creative Europe", None),
        ("Culture Moves Europe", "Culture Moves Europe", None),
        ("Creative Europe", "Creative Europe", None),  # 'Creative Europe-programma'
        ("Pass Culture", "Pass Culture", None),
        ("KulturPass", "KulturPass", None),
    ]
    for letter in ("010.txt", "011.txt", "009.txt"):  # 'Minister van … (EZK)', 'Kamercommissie OCW'
        assert programmes(process_file(shared_letter(letter))) == []


def test_acronym_forms():
    text = "Het EPF (Europese Vredesfaciliteit) betaalt. De European Peace Facility - EPF groeit."
    epf = "Europese Vredesfaciliteit"
    assert names(text) == [
        ("EPF", epf, "EPF"),
        (epf, epf, "EPF"),
        ("European Peace Facility", epf, "EPF"),
        ("EPF", epf, "EPF"),
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Het kabinet stelt geld beschikbaar uit het Klimaatfonds en het Nationaal Programma "
            "Landelijk Gebied (NPLG). Het NPLG-budget en de NPLG-middelen groeien.",
            [
                ("Klimaatfonds", "Klimaatfonds", None),
                (
                    "Nationaal Programma Landelijk Gebied",
                    "Nationaal Programma Landelijk Gebied",
                    "NPLG",
                ),
                ("NPLG", "Nationaal Programma Landelijk Gebied", "NPLG"),
                ("NPLG", "Nationaal Programma Landelijk Gebied", "NPLG"),
                ("NPLG", "Nationaal Programma Landelijk Gebied", "NPLG"),
            ],
        ),
        (
            "Het Nationaal Programma Circulaire Economie 2023-2030 en 7 MIRT-projecten; "
            "de Europese Green Deal en het Europese Techsoevereiniteitspakket niet.",
            [
                (
                    "Nationaal Programma Circulaire Economie 2023-2030",
                    "Nationaal Programma Circulaire Economie",
                    None,
                ),
                ("MIRT", "MIRT", "MIRT"),
            ],
        ),
        (
            "Nederland draagt bij aan operatie Atalanta en aan de missie EUFOR Althea.",
            [("Atalanta", "Atalanta", None), ("EUFOR Althea", "EUFOR Althea", None)],
        ),
        (
            "De Landelijke beëindigingsregeling veehouderijlocaties (Lbv) gaat open; "
            "de Lbv-regeling is bedoeld voor veehouders.",
            [
                (
                    "Landelijke beëindigingsregeling veehouderijlocaties",
                    "Landelijke beëindigingsregeling veehouderijlocaties",
                    "Lbv",
                ),
                ("Lbv", "Landelijke beëindigingsregeling veehouderijlocaties", "Lbv"),
                ("Lbv", "Landelijke beëindigingsregeling veehouderijlocaties", "Lbv"),
            ],
        ),
        (
            "Het Regeerprogramma, het Coalitieakkoord, de Nationale Technologiestrategie en "
            "de Raad voor Cultuur (RvC) zijn geen programma's; "
            "het Europees Defensie Agentschap (EDA) ook niet.",
            [],
        ),
    ],
)
def test_rules(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a long form whose head is 'Uitkering'; the name before the parentheses is the canonical one
            "Gemeenten ontvangen middelen uit de Regeling Specifieke Uitkering Klimaat (SPUK). "
            "De SPUK-middelen worden verdeeld.",
            [
                ("Regeling Specifieke Uitkering Klimaat", "Regeling Specifieke Uitkering Klimaat", "SPUK"),
                ("SPUK", "Regeling Specifieke Uitkering Klimaat", "SPUK"),
                ("SPUK", "Regeling Specifieke Uitkering Klimaat", "SPUK"),
            ],
        ),
        (  # no head word: the context 'bijdrage uit de' makes the definition a scheme
            "Zij krijgen een bijdrage uit de Tijdelijke Ondersteuning Wonen (TOW). Via TOW gaat het.",
            [
                ("Tijdelijke Ondersteuning Wonen", "Tijdelijke Ondersteuning Wonen", "TOW"),
                ("TOW", "Tijdelijke Ondersteuning Wonen", "TOW"),
                ("TOW", "Tijdelijke Ondersteuning Wonen", "TOW"),
            ],
        ),
        (  # '(hierna te noemen: ACR)' and the head 'Aanpak'
            "De Landelijke Aanpak Adolescenten (hierna te noemen: LAA) helpt. De LAA groeit.",
            [
                ("Landelijke Aanpak Adolescenten", "Landelijke Aanpak Adolescenten", "LAA"),
                ("LAA", "Landelijke Aanpak Adolescenten", "LAA"),
                ("LAA", "Landelijke Aanpak Adolescenten", "LAA"),
            ],
        ),
        (  # 'Long Form, afgekort ACR'
            "De Regionale Investeringsimpuls, afgekort RII, loopt door. De RII is populair.",
            [
                ("Regionale Investeringsimpuls", "Regionale Investeringsimpuls", "RII"),
                ("RII", "Regionale Investeringsimpuls", "RII"),
                ("RII", "Regionale Investeringsimpuls", "RII"),
            ],
        ),
        (  # lower-case descriptors before a name; the quotes stay outside
            "Het geld gaat naar de subsidieregeling ‘Groen Bouwen’, de pilot Wijkkracht Noord "
            "en de werkwijze ‘Beleidskeuzes Uitgelegd’. Wie een AOW-uitkering heeft, krijgt die niet "
            "via de specifieke uitkering Ruimte voor Sport.",
            [
                ("Groen Bouwen", "Groen Bouwen", None),
                ("Wijkkracht Noord", "Wijkkracht Noord", None),
                ("Beleidskeuzes Uitgelegd", "Beleidskeuzes Uitgelegd", None),
                ("Ruimte voor Sport", "Ruimte voor Sport", None),
            ],
        ),
        (  # traps: a definition cue does not make an agreement, strategy, law or organisation a programme
            "Via de Europese Unie (EU) en in het kader van de Wet Open Overheid (Woo) gaat het; "
            "vanuit het Nationaal Klimaatakkoord (NKA), de Nationale Strategie Ruimte (NSR) "
            "en het Centraal Planbureau (CPB) ook. Het afgekort ABC is geen naam, "
            "net als de pilot In de Wijk.",
            [],
        ),
    ],
)
def test_definition_and_descriptor_rules(text, expected):
    assert names(text) == expected


def test_gazetteer_names_without_cues():
    text = (
        "Nederland draagt bij aan UNIFIL en aan Horizon Europe; de SDE++-regeling en de NOW "
        "liepen door, net als de Regio Deals. Een nieuwe NOW-aanvraag volgt."
    )
    assert names(text) == [
        ("UNIFIL", "UNIFIL", "UNIFIL"),
        ("Horizon Europe", "Horizon Europe", None),
        ("SDE++", "SDE++", "SDE++"),
        ("NOW", "NOW", "NOW"),
        ("Regio Deals", "Regio Deals", None),
        ("NOW", "NOW", "NOW"),
    ]


def test_budget_funds_in_lower_case():
    text = "Vaststelling van de begrotingsstaat van het gemeentefonds. Het Gemeentefonds en het BES-fonds groeien."
    assert names(text) == [
        ("gemeentefonds", "gemeentefonds", None),
        ("Gemeentefonds", "gemeentefonds", None),
        ("BES-fonds", "BES-fonds", None),
    ]
    assert names("Het rampenfonds en het deltaplan helpen.") == []  # unknown lower-case names stay out


def test_gazetteer_name_with_its_edition_year():
    text = "Het Deltaprogramma 2026 verschijnt; het deltaprogramma is breed. De begroting Deltafonds 2026 ook."
    assert names(text) == [
        ("Deltaprogramma 2026", "Deltaprogramma", None),
        ("Deltafonds", "Deltafonds", None),
    ]


def test_seeds_do_not_need_the_gazetteer(monkeypatch, seed_2022, seed_2026):
    from pipeline.entities.programmes import _lex

    monkeypatch.setattr(_lex(), "gazetteer", ())
    for record in (seed_2022, seed_2026):
        expected = programmes(record)
        assert expected
        assert names(record.text) == expected
