"""PROGRAMME rules that come from the genre, not from one letter: Dutch scheme names in sentence case,
acronym definitions of grant schemes, funding context and quoted names. Sentences written for the test."""

from __future__ import annotations

import pytest

from pipeline.entities.programmes import find


def names(text: str) -> list[tuple[str, str, str | None]]:
    return [(text[n.start : n.end], n.text, n.acronym) for n in find(text)]


LSG = "Landelijke saneringsregeling glastuinbouw"
ROP = "Regionale opkoopregeling piekbelasters"
ROPP = "Regionale opkoopregeling piekbelasters met maatwerk"
VFN = "Regeling Versnelling Flexwonen Noord"
ARM = "Nationaal Programma tegen armoede en schulden"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a lower-case compound head ('…regeling') makes the defined long form a scheme
            "Telers kunnen zich melden voor de Landelijke saneringsregeling glastuinbouw (Lsg). Met de Lsg "
            "worden oude kassen gesloopt.",
            [(LSG, LSG, "Lsg"), ("Lsg", LSG, "Lsg"), ("Lsg", LSG, "Lsg")],
        ),
        (  # an acronym with a lower-case variant suffix is its own programme; 'Rop' spells its long form
            "Het gaat om de Regionale opkoopregeling piekbelasters (Rop) en de Regionale opkoopregeling "
            "piekbelasters met maatwerk (Rop-plus). De Rop-plus sluit in juni, de Rop later.",
            [
                (ROP, ROP, "Rop"),
                ("Rop", ROP, "Rop"),
                (ROPP, ROPP, "Rop-plus"),
                ("Rop-plus", ROPP, "Rop-plus"),
                ("Rop-plus", ROPP, "Rop-plus"),
                ("Rop", ROP, "Rop"),
            ],
        ),
        (  # no head in the long form: the letter says what the acronym names ('De MSS is een … regeling')
            "Het kabinet opent de Maatregel Snelle Sanering (MSS). De MSS is een tijdelijke subsidieregeling.",
            [
                ("Maatregel Snelle Sanering", "Maatregel Snelle Sanering", "MSS"),
                ("MSS", "Maatregel Snelle Sanering", "MSS"),
                ("MSS", "Maatregel Snelle Sanering", "MSS"),
            ],
        ),
        (  # the acronym leaves out the scheme word before the long form
            "Gemeenten vragen geld aan via de Regeling Versnelling Flexwonen Noord (VFN). De VFN sluit eind mei.",
            [(VFN, VFN, "VFN"), ("VFN", VFN, "VFN"), ("VFN", VFN, "VFN")],
        ),
        (  # an acronym in capitals with the last word of its long form; '(hierna:' may end a line
            "Het Nationaal Programma Funderingsherstel (NP Funderingsherstel) start in mei. Het NP Funderingsherstel "
            "wordt betaald uit de Impulsregeling Wijkherstel (hierna:\nIRW). De IRW sluit in juni.",
            [
                (
                    "Nationaal Programma Funderingsherstel",
                    "Nationaal Programma Funderingsherstel",
                    "NP Funderingsherstel",
                ),
                ("NP Funderingsherstel", "Nationaal Programma Funderingsherstel", "NP Funderingsherstel"),
                ("NP Funderingsherstel", "Nationaal Programma Funderingsherstel", "NP Funderingsherstel"),
                ("Impulsregeling Wijkherstel", "Impulsregeling Wijkherstel", "IRW"),
                ("IRW", "Impulsregeling Wijkherstel", "IRW"),
                ("IRW", "Impulsregeling Wijkherstel", "IRW"),
            ],
        ),
        (  # a capitalised name with a head continues in lower case up to the end of the clause
            f"Met deze brief sturen wij u het {ARM}. Het {ARM} loopt tot 2030.",
            [(ARM, ARM, None), (ARM, ARM, None)],
        ),
        (  # a Dutch name in sentence case: capitalised start, lower-case compound head, lower-case rest
            "Ondernemers kunnen vanaf mei terecht bij de Tijdelijke subsidieregeling energie-intensief mkb.",
            [
                (
                    "Tijdelijke subsidieregeling energie-intensief mkb",
                    "Tijdelijke subsidieregeling energie-intensief mkb",
                    None,
                )
            ],
        ),
        (  # a quoted title after a descriptor; the quotes stay outside
            "Hierbij bied ik u het programma «Samen sterk in de wijk» aan. Het programma «Samen sterk in de wijk» "
            "loopt drie jaar.",
            [
                ("Samen sterk in de wijk", "Samen sterk in de wijk", None),
                ("Samen sterk in de wijk", "Samen sterk in de wijk", None),
            ],
        ),
        (  # the owner after a name stays outside it
            "Over het Transitiebudget van LNV informeer ik u later.",
            [("Transitiebudget", "Transitiebudget", None)],
        ),
        (  # money out of a capitalised name makes it a programme
            "Gemeenten ontvangen middelen uit de Kansrijke Start Noord.",
            [("Kansrijke Start Noord", "Kansrijke Start Noord", None)],
        ),
        (  # sentence-case names end before 'en de …' and before a preposition with a number
            "Ik wijzig de Subsidieregeling kinderopvanglocaties en de Subsidieregeling opleiding "
            "gastouders. De Subsidieregeling kinderopvanglocaties vervalt per 1 januari.",
            [
                ("Subsidieregeling kinderopvanglocaties", "Subsidieregeling kinderopvanglocaties", None),
                ("Subsidieregeling opleiding gastouders", "Subsidieregeling opleiding gastouders", None),
                ("Subsidieregeling kinderopvanglocaties", "Subsidieregeling kinderopvanglocaties", None),
            ],
        ),
        (  # the owner after a headed part stays inside; a lower-case 'te' joins a name
            "Het Rampenfonds van de Europese Unie helpt, net als de pilot Veilig te Water.",
            [
                ("Rampenfonds van de Europese Unie", "Rampenfonds van de Europese Unie", None),
                ("Veilig te Water", "Veilig te Water", None),
            ],
        ),
        (  # a known fund with a project after 'voor'; a single year after a fund is the budget's year
            "Middelen uit het Nationaal Groeifonds voor Duurzame Luchtvaart en de begroting "
            "Deltafonds 2025 en het Nationaal Programma Bodem 2024-2030 volgen.",
            [
                ("Nationaal Groeifonds", "Nationaal Groeifonds", None),
                ("Deltafonds", "Deltafonds", None),
                ("Nationaal Programma Bodem 2024-2030", "Nationaal Programma Bodem", None),
            ],
        ),
        (  # a subject line: the label and the topic word are outside; an edition number in the acronym
            "Betreft Voortgang Landelijk Sportprogramma 2020-2024\nGeachte voorzitter,\nHet Landelijk "
            "Sportprogramma 2020-2024 (LSP2) loopt. Met LSP2 gaat het goed.",
            [
                ("Landelijk Sportprogramma 2020-2024", "Landelijk Sportprogramma", "LSP2"),
                ("Landelijk Sportprogramma 2020-2024", "Landelijk Sportprogramma", "LSP2"),
                ("LSP2", "Landelijk Sportprogramma", "LSP2"),
                ("LSP2", "Landelijk Sportprogramma", "LSP2"),
            ],
        ),
        (  # a programme's edition year stays in the span, a budget's year does not
            "Ik bied u het Kustprogramma 2026 aan, met de begroting Rampenfonds 2026.",
            [("Kustprogramma 2026", "Kustprogramma", None), ("Rampenfonds", "Rampenfonds", None)],
        ),
        (  # an organisation prefix that the acronym spells is part of the name; a headless word before
            # 'van het' is about the name, not part of it
            "De bijdrage aan de VN Missie in Mali (VMM) loopt. De Kamerbehandeling van het Rampenfonds volgt.",
            [
                ("VN Missie in Mali", "VN Missie in Mali", "VMM"),
                ("VMM", "VN Missie in Mali", "VMM"),
                ("Rampenfonds", "Rampenfonds", None),
            ],
        ),
        (  # 'programma' names a programme even when its name is also a common word in the letter;
            # other descriptors do not ('de missie Veiligheid' next to 'veiligheid')
            "Ik bied u de voortgang van het programma Woningbouw aan. De woningbouw loopt achter. "
            "De missie Veiligheid gaat over veiligheid.",
            [("Woningbouw", "Woningbouw", None)],
        ),
        (  # a plural descriptor announces a list of names; ministries in such a list are not
            "Het gaat om de missies EUFOR Althea en EMASoH, en om de programma's Kansrijk Wonen, "
            "Thuis Plus en Samen Sterk. De fondsen Economische Zaken en Klimaat bestaan niet.",
            [
                ("EUFOR Althea", "EUFOR Althea", None),
                ("EMASoH", "EMASoH", None),
                ("Kansrijk Wonen", "Kansrijk Wonen", None),
                ("Thuis Plus", "Thuis Plus", None),
                ("Samen Sterk", "Samen Sterk", None),
            ],
        ),
        (  # an organisation before a hyphen is outside; a compound head continues in lower case
            "Nederland doet mee aan het VN-Trainingsprogramma voor vredesmissies, dat sinds vorig jaar loopt.",
            [
                (
                    "Trainingsprogramma voor vredesmissies",
                    "Trainingsprogramma voor vredesmissies",
                    None,
                )
            ],
        ),
        (  # a Dutch adjective before an acronym or an English name is outside; '(hierna afwisselend: ACR)'
            "Het Nederlandse ESF-programma loopt, net als de Europese Clean Transition Facility (CTF) en "
            "het Dutch Green Growth Fund (hierna afwisselend: DGGF). Het DGGF groeit.",
            [
                ("ESF", "ESF", "ESF"),
                ("Clean Transition Facility", "Clean Transition Facility", "CTF"),
                ("CTF", "Clean Transition Facility", "CTF"),
                ("Dutch Green Growth Fund", "Dutch Green Growth Fund", "DGGF"),
                ("DGGF", "Dutch Green Growth Fund", "DGGF"),
                ("DGGF", "Dutch Green Growth Fund", "DGGF"),
            ],
        ),
        (  # the compound that ends a known name refers to it
            "Het Nationaal Groeifonds investeert. Over het Groeifonds besluit het kabinet later.",
            [
                ("Nationaal Groeifonds", "Nationaal Groeifonds", None),
                ("Groeifonds", "Nationaal Groeifonds", None),
            ],
        ),
        (  # the capitals of a two-word acronym are a use of it too
            "Wij dragen bij aan de EU Adviesmissie in Niger (EUAM Niger). Twee agenten gaan naar de EUAM.",
            [
                ("EU Adviesmissie in Niger", "EU Adviesmissie in Niger", "EUAM Niger"),
                ("EUAM Niger", "EU Adviesmissie in Niger", "EUAM Niger"),
                ("EUAM", "EU Adviesmissie in Niger", "EUAM Niger"),
            ],
        ),
        (  # an acronym takes the edition year too
            "Het Meerjarenprogramma Netten en Warmte (MNW) krijgt een vervolg in het MNW 2027.",
            [
                ("Meerjarenprogramma Netten en Warmte", "Meerjarenprogramma Netten en Warmte", "MNW"),
                ("MNW", "Meerjarenprogramma Netten en Warmte", "MNW"),
                ("MNW 2027", "Meerjarenprogramma Netten en Warmte", "MNW"),
            ],
        ),
        (  # a head word after 'en' opens a name of its own
            "Na de Kinderopvangaffaire en Operatie Herstel Ouders volgt meer.",
            [("Operatie Herstel Ouders", "Operatie Herstel Ouders", None)],
        ),
        (  # the year belongs to the budget, the preposition to the sentence
            "Bij de begrotingsstaat van het Rampenfonds voor 2016 en van het Rampenfonds voor het jaar 2017.",
            [("Rampenfonds", "Rampenfonds", None), ("Rampenfonds", "Rampenfonds", None)],
        ),
    ],
)
def test_genre_rules(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        # organisations, agreements, reports, laws and documents, also with a definition or funding cue
        "Op 1 mei publiceerde de Europese Commissie (hierna: Commissie) haar evaluatie.",
        "Met het Integraal Zorgakkoord (IZA) is een beweging ingezet. De IZA is een bestuurlijk akkoord.",
        "Hierbij ontvangt u het Onderhoudsrapport Specifieke Uitkeringen (OSU) over 2024.",
        "Dit wordt gefinancierd uit de Voorjaarsnota; middelen uit het Hoofdlijnenakkoord volgen.",
        "Subsidie uit de Wet Open Overheid bestaat niet; de Stichting Nationaal Restauratiefonds beheert geld.",
        # a sentence-case clause that ends in a verb, and a scheme word at a sentence start
        "De Minister heeft de Subsidieregeling goedgekeurd. Stimuleringsregelingen lopen af.",
        "Dit punt staat op de Regeling van werkzaamheden.",
        # EU-semester documents and procedures with a head word
        "In het Nationaal Hervormingsprogramma en het Stabiliteitsprogramma staat dit.",
        "Het Programma van Eisen is klaar; de Regeling van Werkzaamheden volgt.",
        "Over de aanvullende begroting (Draft Amending Budget 1, DAB1) stemt de Raad.",
        # an adjective with a bare head is a kind; legal instruments named 'Regeling'
        "Het Nederlandse Fonds en het Europese Programma werken samen.",
        "De Onderlinge Regeling Grenstoezicht en de Ministeriële Regeling Subsidies gelden.",
        # a region's abbreviation in a compound is no programme
        "Het kabinet zet de middelen uit de CN-envelop in.",
        # a kind of scheme (adjective + compound head); funds that are organisations listed with others
        "De Europese derogatieregeling loopt af en de Nationale stimuleringsregeling ook.",
        "Partijen (Vereniging Samen, Nationaal Fonds Kinderzorg, Stichting Thuis) ontvangen steun.",
        # a law's acronym repeated after each item of a list defines none of them
        "Dit staat in de Wet bodembescherming (Wbb): de Saneringsregeling (Wbb) en Ontheffingsbesluiten (Wbb).",
    ],
)
def test_genre_negatives(text):
    assert names(text) == []
