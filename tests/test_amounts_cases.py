"""AMOUNT cases written by hand (tests/data/amounts_cases.jsonl), run by one parametrised test.

Each line: a text and every amount in it, by span text (and occurrence when the span text
repeats) with the norm fields that differ from the defaults (currency EUR, no hedge, not per year).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from pipeline.entities.amounts import find_amounts

DATA = Path(__file__).parent / "data" / "amounts_cases.jsonl"
CASES = [json.loads(line) for line in DATA.read_text(encoding="utf-8").splitlines() if line.strip()]


def _expected(text: str, item: dict) -> tuple[int, int, dict]:
    start = -1
    for _ in range(item.get("occurrence", 1)):
        start = text.index(item["span"], start + 1)
    qualifier = item.get("qualifier")
    norm = {
        "value": item["value"],
        "currency": item.get("currency", "EUR"),
        "approximate": qualifier is not None,
        "qualifier": qualifier,
        "low": item.get("low"),
        "high": item.get("high"),
        "per": item.get("per"),
    }
    return start, start + len(item["span"]), norm


def test_enough_distinct_cases():
    assert len({case["text"] for case in CASES}) >= 150
    assert sum(1 for case in CASES if not case["amounts"]) >= 40


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:50] for c in CASES])
def test_case(case):
    text = case["text"]
    expected = sorted(_expected(text, item) for item in case["amounts"])
    found = [(m.start, m.end, m.norm) for m in find_amounts(text)]
    assert [(text[s:e], n) for s, e, n in found] == [(text[s:e], n) for s, e, n in expected]
    assert [(s, e) for s, e, _ in found] == [(s, e) for s, e, _ in expected]
