"""Sentence speed paths: the word before a full stop is found by a backward search, which must find
the word that a forward search over the bounded look-back finds."""

from __future__ import annotations

import pytest

from pipeline import rx as regex
from pipeline.clean import clean
from pipeline.readers import read_path
from pipeline.sentences import _WORD_BEFORE

from .conftest import CORPUS, manifest, shared_letter

_FORWARD = regex.compile(r"(\S+)$")


def _assert_same_words(text: str) -> None:
    marks = [i for i, ch in enumerate(text) if ch in ".!?"]
    for mark in marks:
        window = (max(0, mark - 80), mark + 1)
        backward, forward = _WORD_BEFORE.search(text, *window), _FORWARD.search(text, *window)
        assert (backward and (backward.span(), backward.group(1))) == (forward and (forward.span(), forward.group(1)))


@pytest.mark.parametrize("name", [entry["file"] for entry in manifest()] or ["001.md"])
def test_word_before_a_mark_on_every_shared_letter(name):
    _assert_same_words(clean(read_path(shared_letter(name)).text).text)


def test_word_before_a_mark_on_the_seeds_and_written_cases():
    for path in sorted(CORPUS.glob("*.txt")):
        _assert_same_words(clean(read_path(path).text).text)
    _assert_same_words(
        "Zie o.a. art. 3. K.H. Ollongren.\tEnz.\n1. Nederland\u00a0e.d. (bijv. dit)? Ja!\u2003z.g.a.n.\x1cwoord. "
        + "x" * 100
        + ". Een.zin.zonder.spaties.die.langer.is.dan.tachtig.tekens.om.de.grens.van.het.venster.te.raken.ok."
    )
