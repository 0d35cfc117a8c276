"""MINISTER speed paths: the gazetteer's name scan runs only on the lines that hold a possible last
word of a gazetteer name; it must find exactly the gazetteer names that a scan of the whole text finds."""

from __future__ import annotations

import pytest

from pipeline.clean import clean
from pipeline.entities import bewindspersonen
from pipeline.entities.ministers import _gazetteer_lines, _lex, _name_at
from pipeline.readers import read_path

from .conftest import CORPUS, manifest, shared_letter


def _gazetteer_hits(text: str, lines: list[tuple[int, int]]) -> list[tuple[int, int, int, str]]:
    """(match start, name start, name end, name) of every name match whose name the gazetteer knows."""
    hits = []
    for start, end in lines:
        for match in _lex().name.finditer(text, start, end):
            named = _name_at(text, match.start())
            if named and bewindspersonen.match_name(named[2]):
                hits.append((match.start(), *named))
    return hits


def _assert_lines_complete(text: str) -> None:
    assert _gazetteer_hits(text, _gazetteer_lines(text)) == _gazetteer_hits(text, [(0, len(text))])


@pytest.mark.parametrize("name", [entry["file"] for entry in manifest()] or ["001.md"])
def test_gazetteer_lines_find_what_a_full_scan_finds(name):
    _assert_lines_complete(clean(read_path(shared_letter(name)).text).text)


def test_gazetteer_lines_on_the_seed_letters():
    for path in sorted(CORPUS.glob("*.txt")):
        text = clean(read_path(path).text).text
        assert _gazetteer_hits(text, [(0, len(text))])  # the seeds name bewindspersonen
        _assert_lines_complete(text)


@pytest.mark.parametrize(
    "text",
    [
        "Brief van minister Rutte.\nIn overleg met Kajsa Ollongren en K.H. Ollongren, Mark RUTTE.",
        "De heer\tHoekstra schrijft.\nMevrouw Yeşilgöz-Zegerius en mevrouw Yeşilgöz’s team.",
        "De minister, Wopke Hoekstra’s brief; Van der Wal-Zeggelink en Van Geel.",
        "Een regel met alleen (\u212aamp), met een Kelvin-teken dat lower-cased een k is.",
        "Een tekst met \u0130stanbul en Rutte, zodat lower-casing de lengte verandert.",
        "zonder namen, alleen kleine letters en 123 cijfers.",
    ],
)
def test_gazetteer_lines_on_written_cases(text):
    _assert_lines_complete(text)
