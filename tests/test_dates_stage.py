"""The DATE and REFERENCE stages as spaCy components: priorities, warnings, dateparser cache."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import spacy

from pipeline import entities, extensions, rx  # noqa: F401  (registers factories and attributes)
from pipeline.clean import clean
from pipeline.entities.dates import _dateparser, find_dates
from pipeline.readers import read_path
from pipeline.structure import LetterStructure, Part

from .conftest import SHARED_LETTERS, manifest


def _doc(text: str, letter_date: dt.date | None, kenmerk: str | None = None):
    nlp = spacy.blank("nl")
    nlp.add_pipe("kamerbrief_dates")
    nlp.add_pipe("kamerbrief_references")
    doc = nlp.make_doc(text)
    doc._.letter = LetterStructure(
        parts=[Part("letterhead", 0, len(text))], meta={"date": letter_date, "reference": kenmerk}
    )
    doc._.mentions = []
    for _, component in nlp.pipeline:
        doc = component(doc)
    return doc


def test_priorities_and_norm_fields():
    doc = _doc("Op 21 april jl. (Kamerstuk 36045, nr. 292)", dt.date(2026, 7, 2))
    date, reference = sorted(doc._.mentions, key=lambda m: m.start)
    assert (date.label, date.priority, date.norm) == ("DATE", 20, {"value": "2026-04-21", "mod": None})
    assert (reference.label, reference.priority) == ("REFERENCE", 25)
    assert reference.norm == {"kind": "kamerstuk", "dossier": "36045", "number": "292", "id": "kst-36045-292"}


def test_missing_letter_date_leaves_relative_values_null_and_warns():
    doc = _doc("Op 21 april jl. en begin juni, maar ook op 19 april 2022.", None)
    values = [m.norm["value"] for m in sorted(doc._.mentions, key=lambda m: m.start)]
    assert values == [None, None, "2022-04-19"]
    assert any(w.startswith("dates: 2 relative date(s)") for w in doc._.letter.warnings)


def test_no_warning_when_everything_resolves():
    doc = _doc("Op 21 april jl. is besloten.", dt.date(2026, 7, 2))
    assert not [w for w in doc._.letter.warnings if w.startswith("dates:")]


def test_dateparser_calls_are_cached():
    base = dt.date(2031, 3, 4)  # a date no other test uses
    before = _dateparser.cache_info()
    for _ in range(3):
        assert find_dates("vorige week en vorige week", base)[0].value == "2031-W09"
    after = _dateparser.cache_info()
    assert after.misses - before.misses == 1
    assert after.hits - before.hits == 5


def _date_texts() -> list[str]:
    lines = (Path(__file__).parent / "data" / "date_reference_cases.jsonl").read_text(encoding="utf-8").splitlines()
    texts = [json.loads(line)["text"] for line in lines]
    for entry in manifest():
        path = SHARED_LETTERS / entry["file"]
        if path.exists():
            texts.append(clean(read_path(path).text).text)
    return texts


def test_patterns_run_only_near_their_anchors_without_losing_a_date(monkeypatch):
    """Each date pattern scans only the windows around the anchor kinds it declares (speed); on
    the case table and every shared letter that must find what scanning whole texts finds."""
    texts = _date_texts()
    windowed = [find_dates(text, dt.date(2026, 7, 2)) for text in texts]
    monkeypatch.setattr(rx, "stretches_around", lambda text, hits, before, after, **_: [(0, len(text))])
    whole = [find_dates(text, dt.date(2026, 7, 2)) for text in texts]
    assert sum(map(len, whole)) > 300
    assert windowed == whole
