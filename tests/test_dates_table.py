"""The table of DATE and REFERENCE cases (tests/data/date_reference_cases.jsonl), one test each.

Each case is a sentence or letterhead fragment with the letter's date ("date", default
2026-07-02; null: unknown), optionally the letter's kenmerk ("kenmerk") and whether the text is
letterhead ("letterhead"). "expect" lists every DATE and REFERENCE in text order, nothing more:
["DATE", span, value, mod] or ["REFERENCE", span, kind, dossier, number, id].
The dates, references and resolve stages run as in the pipeline.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
import spacy

from pipeline import entities, extensions  # noqa: F401  (registers factories and attributes)
from pipeline.structure import LetterStructure, Part

CASES_FILE = Path(__file__).parent / "data" / "date_reference_cases.jsonl"
CASES = [
    json.loads(line) for line in CASES_FILE.read_text(encoding="utf-8").splitlines() if line.strip()
]
DEFAULT_DATE = "2026-07-02"


@pytest.fixture(scope="module")
def nlp():
    pipeline = spacy.blank("nl")
    for factory in ("kamerbrief_dates", "kamerbrief_references", "kamerbrief_resolve"):
        pipeline.add_pipe(factory)
    return pipeline


def _run(nlp, case: dict) -> list[list]:
    text = case["text"]
    date = case.get("date", DEFAULT_DATE)
    kind = "letterhead" if case.get("letterhead") else "body"
    structure = LetterStructure(
        parts=[Part(kind, 0, len(text))],
        meta={
            "date": dt.date.fromisoformat(date) if date else None,
            "reference": case.get("kenmerk"),
        },
    )
    doc = nlp.make_doc(text)
    doc._.letter = structure
    doc._.mentions = []
    for _, component in nlp.pipeline:
        doc = component(doc)
    found = []
    for m in doc._.mentions:
        span = text[m.start : m.end]
        if m.label == "DATE":
            found.append(["DATE", span, m.norm["value"], m.norm["mod"]])
        else:
            n = m.norm
            found.append(["REFERENCE", span, n["kind"], n["dossier"], n["number"], n["id"]])
    return found


def test_table_is_large_and_unique():
    ids = [c["id"] for c in CASES]
    assert len(ids) >= 100
    assert len(set(ids)) == len(ids)


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(nlp, case):
    assert _run(nlp, case) == case["expect"]
