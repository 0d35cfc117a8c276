"""Structure speed paths: one combined pattern per rule list and the wrapped-boilerplate check that
stops at a first line not starting with 'Bij' decide every line as the rules one by one decide it."""

from __future__ import annotations

import pytest

from pipeline import rx as regex
from pipeline.clean import clean
from pipeline.readers import read_path
from pipeline.resources import load_json
from pipeline.structure import _is_boilerplate_start, _lexicon, _Page

from .conftest import CORPUS, manifest, shared_letter

_LISTS = {"boilerplate": "boilerplate", "furniture": "furniture", "salutation": "salutations", "closing": "closings"}


def _boilerplate_start_in_full(page: _Page, i: int) -> bool:
    joined = " ".join(page.stripped(j) for j in range(i, min(i + 4, len(page.lines))) if page.stripped(j))
    return bool(regex.match(r"^Bij beantwoording (?:de )?datum", joined, regex.I)) and bool(
        regex.search(r"vermelden\.?", joined)
    )


def _assert_same_decisions(text: str) -> None:
    lex = _lexicon()
    page = _Page(clean(text), lex)
    data = load_json("structure/letterhead.json")
    flags = {"salutation": 0}
    for name, key in _LISTS.items():
        one_by_one = [regex.compile(p, flags.get(name, regex.I)) for p in data[key]]
        for i in range(len(page.lines)):
            line = page.stripped(i)
            assert bool(getattr(lex, name).match(line)) == any(p.match(line) for p in one_by_one), (name, line)
    address = [regex.compile(p) for p in data["address_lines"]]
    for i in range(len(page.lines)):
        line = page.stripped(i)
        assert bool(lex.address_lines.match(line)) == any(p.match(line) for p in address), line
        assert _is_boilerplate_start(page, i) == _boilerplate_start_in_full(page, i), line


@pytest.mark.parametrize("name", [entry["file"] for entry in manifest()] or ["001.md"])
def test_line_rules_decide_as_one_by_one_on_every_shared_letter(name):
    _assert_same_decisions(read_path(shared_letter(name)).text)


def test_line_rules_on_the_seeds_and_written_cases():
    for path in sorted(CORPUS.glob("*.txt")):
        _assert_same_decisions(read_path(path).text)
    written = (
        "Datum 1 mei 2024\n\nBij\nbeantwoording de datum, onze referentie en betreft vermelden.\n\n"
        "BIJ BEANTWOORDING DATUM, ONS KENMERK EN BETREFT\nVERMELDEN\nPagina 2 van 3\n- 4 -\n"
        "Geachte voorzitter,\n\nBi\nj beantwoording datum vermelden\nMet vriendelijke groet,\n"
        "Postbus 20011\n2500 EA Den Haag\n"
    )
    _assert_same_decisions(written)
    page = _Page(clean(written), _lexicon())
    assert sum(_is_boilerplate_start(page, i) for i in range(len(page.lines))) >= 2
