"""Sentence stage: the genre's segmenter against hand-written boundaries, pysbd and spaCy."""

from __future__ import annotations

from functools import cache

import pysbd
import pytest
import spacy

from pipeline.clean import CleanText, clean
from pipeline.readers import Letter, read_path
from pipeline.sentences import segment, split_region
from pipeline.structure import LetterStructure, analyse
from tests.conftest import SEED_2022, SEED_2026

# Written by reading the seed letters (not from any output): every sentence of a stretch of
# the body, list markers outside, footnote references removed as the cleaner removes them.
EXPECTED_2026 = [
    "Geachte voorzitter,",
    "Zoals toegezegd aan uw Kamer en in vervolg op de vorige update van leveringen van militaire "
    "goederen aan Oekraïne (Kamerstuk 22 054, nr. 479, dd. 27 februari 2026) informeer ik u, mede "
    "namens de minister van Buitenlandse Zaken en de minister van Buitenlandse Handel en "
    "Ontwikkelingssamenwerking over de laatste stand van zaken omtrent de levering van militaire "
    "goederen aan Oekraïne.",
    "Het kabinet zet de militaire en financiële steun aan Oekraïne meerjarig en onverminderd voort.",
    "Door de samenwerking tussen Nederland en Oekraïne wordt Oekraïne in staat gesteld zich te "
    "weren "
    "tegen de voortdurende Russische agressie, ontwikkelt de Nederlandse krijgsmacht zich door de "
    "uitwisseling van geleerde lessen, en kunnen de Oekraïense en Nederlandse industrie "
    "gezamenlijk "
    "innoveren en zich verder ontwikkelen.",
    "Nederland heeft sinds de aanvang van de grootschalige agressieoorlog circa €14,8 mld. aan "
    "(bruto) militaire steun aan Oekraïne toegekend.",
    "Daar bovenop stelt het kabinet, zoals aangekondigd in het coalitieakkoord, jaarlijks circa €3 "
    "miljard euro (netto) beschikbaar in de periode 2027 – 2029.",
    "Hiervan is €437 miljoen naar voren gehaald en al aan de Defensiebegroting toegevoegd met de "
    "1e "
    "suppletoire begroting 2026.",
    "Uw Kamer is op 21 april jl. in meer detail over deze kasschuif evenals de bredere financiële "
    "stand van zaken ten aan zien van militaire steun geïnformeerd (Kamerstuk 36045, nr. 292).",
    "De vertrouwelijke bijlage bevat een totaaloverzicht van de tot en met 15 juni 2026 door "
    "Defensie geleverde goederen.",
    "Uw Kamer zal in de Kamerbrief rondom de Ukraine Recovery Conference een totaaloverzicht "
    "ontvangen waarbij het eerder gedeelde militaire overzicht met niet-militaire steun zal worden "
    "uitgebreid.",
    "In het openbare overzicht vermeldt het kabinet de leveringen die nieuw zijn ten opzichte van "
    "het vorige met uw Kamer gedeelde overzicht (Kamerstuk 22 054, nr. 479, dd. 27 februari 2026).",
    "Per levering wordt een afweging gemaakt of openbaarmaking mogelijk is.",
    "Voor de levering van militaire steun door het ministerie van Defensie en de industrie aan "
    "Oekraïne blijft de operationele veiligheid leidend in de afweging om informatie al dan niet "
    "openbaar te maken.",
    "Ook houdt Defensie rekening met de belangen van betrokken derde partijen, zoals "
    "internationale "
    "partners en het bedrijfsleven.",
    "Deze lijst geeft daarom niet het volledige beeld van alle leveringen.",
    "Financiële stand van zaken levering van militaire goederen",
    "Het is van groot belang dat de Oekraïense defensiecapaciteit en slagkracht verder wordt "
    "versterkt, ook voor de lange termijn.",
]

EXPECTED_2026_LIST = [
    "De totale waarde van de geleverde militaire steun aan Oekraïne bedroeg op 15 juni 2026 ca. €12,4 mld.",
    "De overige reeds toegekende middelen voor militaire steun staan ofwel onder contract of "
    "bevinden "
    "zich in een vergevorderd planningsstadium.",
    "Dit is een toename van ca. €727 mln. ten opzichte van de vorige leveringenbrief.",
    "De Nederlandse steun bestaat uit:",
    "Directe levering: De totale vervangingswaarde van de materiële steun bedroeg op 15 juni 2026 in totaal €2,5 mld.",
    "Defensie zal het geleverde materieel uit eigen voorraad waar nodig zo spoedig mogelijk aanvullen of vervangen.",
    "Commerciële verwervingen: De waarde van de commercieel verworven militaire goederen ten "
    "behoeve van Oekraïne bedraagt op dit moment €9,7 mld.",
    "Hieronder valt de totale toegezegde bijdrage van €1 mld. (waarvan €750 mln. reeds is betaald) "
    "aan het NAVO-initiatief Prioritized Ukraine Requirement List (PURL), waarmee Nederland snel "
    "Amerikaanse wapensystemen heeft verworven voor acute Oekraïense behoeften, bijvoorbeeld ten "
    "aanzien van luchtverdediging.",
    "Andere bijdragen aan internationale samenwerkingsprojecten of specifieke donaties die "
    "commercieel worden verworven, zoals het Build with Ukraine co-productie-project, worden na "
    "realisatie bij de commerciële leveringen opgeteld.",
    "De realisatie betreft in deze gevallen de betaling aan het samenwerkingsproject.",
    "De levering via dergelijke projecten aan Oekraïne zal op een later moment plaatsvinden.",
    "NAVO-fonds: Nederland heeft tot op heden €179 mln. bijgedragen aan het NAVO Ukraine "
    "Comprehensive Assistance Package (UCAP).",
    "Uit het UCAP levert NAVO niet-letale steun, zoals eerder met de Kamer gedeeld (Kamerstuk 22 "
    "054, nr. 377 dd. 16 december 2022 en Kamerstuk 22 054, nr. 387 dd. 13 april 2023).",
    "Industrie",
    "Het kabinet werkt hard aan de opschaling van de Nederlandse en Europese defensie-industrieën "
    "om zowel Oekraïne als onze eigen krijgsmacht tijdig van de juiste capaciteiten te voorzien.",
]

EXPECTED_2022 = [
    "Mede namens de minister van Buitenlandse Zaken en de minister voor Buitenlandse Handel en "
    "Ontwikkelingssamenwerking, informeer ik u dat de minister-president en ik vanochtend hebben "
    "gesproken met de president van Oekraïne, de heer Zelensky.",
    "Wij hebben in het telefoongesprek onze voortdurende steun aan Oekraïne en de Oekraïense "
    "bevolking uitgesproken, nu Rusland is begonnen aan een hernieuwd offensief in de "
    "Donbas-regio.",
    "Diezelfde boodschap heb ik vanmiddag uitgedragen in een telefoongesprek met de Oekraïense "
    "minister van Defensie, de heer Reznikov.",
    "Het kabinet acht het in het licht van de ontwikkelingen onverminderd van belang om bij te "
    "blijven dragen aan de Oekraïense zelfverdediging en afschrikking van de Russische Federatie.",
    "Het kabinet heeft heden besloten om conform verzoeken van Oekraïne aanvullende militaire "
    "goederen aan Oekraïne te gaan leveren, waaronder ook zwaarder materieel.",
    "Het gaat bijvoorbeeld om pantservoertuigen.",
    "Andere bondgenoten en partners maken een soortgelijke afweging.",
    "Voor het gebruik van de voertuigen zal buiten Oekraïne in een korte training worden voorzien.",
    "Voor deze leveringen zal, net als bij de eerdere leveringen, een zorgvuldige en versnelde "
    "toetsing aan de EU wapenexportcriteria plaatsvinden.",
    "Zodra de aanvullende goederen zijn verzonden, zal het kabinet uw Kamer zoals gebruikelijk via "
    "een vertrouwelijke bijlage informeren over de laatste stand van zaken omtrent de levering van "
    "militaire goederen aan Oekraïne.",
    "De geconstateerde effecten op de gereedheid van de Nederlandse strijdkrachten zijn, gezien de "
    "huidige omstandigheden, door Defensie als acceptabel beoordeeld.",
    "De leveringen worden via het Budget Internationale Veiligheid (BIV) bekostigd.",
    "De urgentie van het leveren van zwaarder materieel is hoog.",
    "Het ministerie van Defensie onderzoekt hoe Nederland samen met andere bondgenoten materieel "
    "kan leveren dat aan de Oekraïense verzoeken kan voldoen.",
]

STRETCHES = [
    (SEED_2026, EXPECTED_2026),
    (SEED_2026, EXPECTED_2026_LIST),
    (SEED_2022, EXPECTED_2022),
]


@cache
def _prepared(path) -> tuple[CleanText, LetterStructure]:
    letter = read_path(path)
    cleaned = clean(letter.text)
    return cleaned, analyse(cleaned, letter)


def _fold(text: str) -> str:
    return " ".join(text.split())


def _stretch(cleaned: CleanText, structure: LetterStructure, expected: list[str]) -> tuple[int, int]:
    """The cleaned-text stretch from the first expected sentence to the end of the last."""
    text = cleaned.text
    start = text.index(expected[0].split()[0] + " " + expected[0].split()[1])
    last_words = expected[-1].split()[-3:]
    end = text.index(" ".join(last_words), start) + len(" ".join(last_words))
    return start, end


def _regions(structure: LetterStructure, start: int, end: int) -> list[tuple[int, int]]:
    return [(max(s, start), min(e, end)) for s, e in structure.spans_of("body", "closing") if s < end and start < e]


def _ours(text: str, regions: list[tuple[int, int]]) -> list[str]:
    return [_fold(text[s:e]) for s, e in segment(text, regions, [])]


@cache
def _pysbd() -> pysbd.Segmenter:
    return pysbd.Segmenter(language="nl", clean=False, char_span=True)


@cache
def _spacy() -> spacy.language.Language:
    nlp = spacy.blank("nl")
    nlp.add_pipe("sentencizer")
    return nlp


def _baseline(name: str, text: str, regions: list[tuple[int, int]]) -> list[str]:
    sentences: list[str] = []
    for start, end in regions:
        chunk = text[start:end]
        if name == "pysbd":
            pieces = [span.sent for span in _pysbd().segment(chunk)]
        else:
            pieces = [sent.text for sent in _spacy()(chunk).sents]
        sentences.extend(_fold(p) for p in pieces if p.strip())
    return sentences


def _f1(found: list[str], expected: list[str]) -> float:
    hits = len(set(found) & set(expected))
    if not hits:
        return 0.0
    precision, recall = hits / len(set(found)), hits / len(set(expected))
    return 2 * precision * recall / (precision + recall)


def _scores() -> dict[str, list[float]]:
    scores: dict[str, list[float]] = {"ours": [], "pysbd": [], "spacy": []}
    for path, expected in STRETCHES:
        cleaned, structure = _prepared(path)
        start, end = _stretch(cleaned, structure, expected)
        regions = _regions(structure, start, end)
        scores["ours"].append(_f1(_ours(cleaned.text, regions), expected))
        for name in ("pysbd", "spacy"):
            scores[name].append(_f1(_baseline(name, cleaned.text, regions), expected))
    return scores


@pytest.mark.parametrize(("path", "expected"), STRETCHES, ids=["2026-opening", "2026-list", "2022"])
def test_seed_stretches_exactly(path, expected):
    cleaned, structure = _prepared(path)
    start, end = _stretch(cleaned, structure, expected)
    assert _ours(cleaned.text, _regions(structure, start, end)) == expected


def test_better_than_pysbd_and_spacy():
    scores = _scores()
    ours = sum(scores["ours"]) / len(scores["ours"])
    for name in ("pysbd", "spacy"):
        theirs = sum(scores[name]) / len(scores[name])
        assert ours > theirs, (name, scores)
        assert all(a >= b for a, b in zip(scores["ours"], scores[name], strict=True)), (
            name,
            scores,
        )


@pytest.mark.parametrize(
    "text",
    [
        "Het gaat om ca. 900 mariniers en nr. 479 dd. 27 februari.",
        "Op 21 april jl. is besloten; het kost €3 mld. per jaar en €1 mln. extra.",
        "Dit is o.a. besproken i.v.m. de motie m.b.t. art. 3, blz. 4 e.a., resp. incl. en excl. btw.",
        "Het verslag d.d. 3 mei j.l. van drs. Jansen en mr. De Vries staat op blz. 5.",
        "Minister K.H. Ollongren sprak bijv. met de heer Reznikov.",
    ],
)
def test_abbreviations_do_not_end_a_sentence(text):
    assert split_region(text, 0, len(text)) == [(0, len(text))]


def test_wrapped_lines_headings_and_list_items():
    text = (
        "Geachte voorzitter,\n\nHierbij informeer ik u over de stand van zaken van de levering\n"
        "van goederen aan de partners. Het kabinet zet de steun voort en ziet daarbij\n"
        "Kamer en partners als belangrijke gesprekspartners bij de uitvoering.\n\nIndustrie\n"
        "Het kabinet werkt hard aan de opschaling van de industrie en de capaciteit van de\n"
        "krijgsmacht in de komende jaren en daarna.\n\n· Directe levering: het materieel is "
        "geleverd.\n· NAVO-fonds: de bijdrage is €179 mln.\n\n1. Eerste punt van de agenda\n\n"
        "Hoogachtend,"
    )
    letter = Letter(text=text, format="txt")
    cleaned = clean(text)
    structure = analyse(cleaned, letter)
    found = _ours(cleaned.text, structure.spans_of("body", "closing"))
    assert found == [
        "Geachte voorzitter,",
        "Hierbij informeer ik u over de stand van zaken van de levering van goederen aan de partners.",
        "Het kabinet zet de steun voort en ziet daarbij Kamer en partners als belangrijke "
        "gesprekspartners bij de uitvoering.",
        "Industrie",
        "Het kabinet werkt hard aan de opschaling van de industrie en de capaciteit van de "
        "krijgsmacht in de komende jaren en daarna.",
        "Directe levering: het materieel is geleverd.",
        "NAVO-fonds: de bijdrage is €179 mln.",
        "Eerste punt van de agenda",
        "Hoogachtend,",
    ]


def test_sentence_across_a_page_break_is_one_span():
    """004: 'verzekerd' | footnote line | 'Pagina 1 van 2' | 'zijn dat zij worden ingezet.'"""
    from tests.conftest import shared_letter

    cleaned, structure = _prepared(shared_letter("004.txt"))
    spans = segment(
        cleaned.text,
        structure.spans_of("body", "closing", "footnotes"),
        structure.spans_of("furniture"),
    )
    sentence = next(cleaned.text[s:e] for s, e in spans if cleaned.text[s:e].startswith("Ik bevestig"))
    assert sentence.endswith("zijn dat zij worden ingezet.")
    assert "Pagina 1 van 2" in sentence


def test_conversion_run_ons_are_split():
    """A salutation (001) or a heading (006, 010) that extraction ran into its paragraph."""
    from tests.conftest import shared_letter

    def sentences(name: str) -> list[str]:
        cleaned, structure = _prepared(shared_letter(name))
        regions = structure.spans_of("body", "closing")
        return [_fold(cleaned.text[s:e]) for s, e in segment(cleaned.text, regions, [])]

    s001 = sentences("001.md")
    assert s001[0] == "Geachte Voorzitter,"
    assert s001[1].startswith("In vervolg op de notitie ‘Vaste waarden, nieuwe vormen’")
    assert "Waarom een nieuw bodembeleid?" in s001  # "# 1 Waarom …": the number is outside
    s006 = sentences("006.txt")
    assert "Onderzoek" in s006 and "Tot slot" in s006
    assert "De verscheidene analyses bieden een overkoepelend beeld." in s006
    assert "Figuur 8" not in s006  # a figure label is not a sentence
    s010 = sentences("010.txt")
    assert "Conclusie en maatregelen" in s010
