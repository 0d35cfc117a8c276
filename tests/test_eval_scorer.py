"""The scorer: hand-computed cases and agreement with nervaluate on random cases."""

from __future__ import annotations

import random

import pytest
from nervaluate import Evaluator

from pipeline.evaluation.gold import GoldLetter, Span
from pipeline.evaluation.scorer import SCHEMES, Counts, Prediction, evaluate, match, score_letter

A = Span(0, 10, "AMOUNT", {"value": "437000000", "currency": "EUR", "approximate": False})
B = Span(20, 30, "DATE", {"value": "2026-07-02", "mod": None})
C = Span(40, 50, "MINISTER", {"name": None, "role": "minister", "portfolio": "Defensie"})
D = Span(60, 70, "PROGRAMME", {"name": "Build with Ukraine", "acronym": None})
GOLD = [A, B, C, D]
# A exact; B' overlaps B (wrong boundary); C' is C with a wrong label; A twice; E spurious.
PRED = [A, A, Span(22, 30, "DATE"), Span(40, 50, "DATE"), Span(80, 85, "REFERENCE")]


def _counts(scheme: str, gold=GOLD, pred=PRED) -> Counts:
    counts = Counts(scheme)
    counts.add_match(match(scheme, gold, pred))
    return counts


def test_strict_hand_computed():
    c = _counts("strict")
    assert (c.correct, c.incorrect, c.partial, c.missed, c.spurious) == (1, 2, 0, 1, 2)
    assert c.precision == pytest.approx(1 / 5)
    assert c.recall == pytest.approx(1 / 4)
    assert c.f1 == pytest.approx(2 * 0.2 * 0.25 / 0.45)


def test_other_schemes_hand_computed():
    exact, partial, ent_type = _counts("exact"), _counts("partial"), _counts("ent_type")
    assert (exact.correct, exact.incorrect, exact.missed, exact.spurious) == (2, 1, 1, 2)
    assert (partial.correct, partial.partial, partial.missed, partial.spurious) == (2, 1, 1, 2)
    assert partial.precision == pytest.approx(2.5 / 5) and partial.recall == pytest.approx(2.5 / 4)
    assert (ent_type.correct, ent_type.incorrect, ent_type.missed, ent_type.spurious) == (
        2,
        1,
        1,
        2,
    )
    assert ent_type.f1 == pytest.approx(2 * 0.4 * 0.5 / 0.9)


def test_duplicate_prediction_is_spurious():
    c = _counts("strict", gold=[A], pred=[A, A])
    assert (c.correct, c.spurious, c.missed) == (1, 1, 0)
    assert c.precision == 0.5 and c.recall == 1.0


def _letter(spans, sentences=(), meta=None) -> GoldLetter:
    text = "x" * 100
    return GoldLetter(
        id="l1",
        text=text,
        sha256="0",
        origin="t:1",
        extent=(0, 100),
        spans=list(spans),
        sentences=list(sentences),
        meta=meta,
    )


def test_error_kinds_per_label_and_norm():
    pred_a = Span(
        0, 10, "AMOUNT", {"value": "437000000.00", "currency": "EUR", "approximate": True}
    )
    result = score_letter(
        _letter(GOLD), Prediction(id="l1", text="x" * 100, spans=[pred_a, *PRED[1:]])
    )
    assert result.kinds == {
        "AMOUNT": {
            "correct": 1,
            "wrong_label": 0,
            "wrong_boundary": 0,
            "wrong_label_boundary": 0,
            "missed": 0,
            "spurious": 1,
        },
        "DATE": {
            "correct": 0,
            "wrong_label": 0,
            "wrong_boundary": 1,
            "wrong_label_boundary": 0,
            "missed": 0,
            "spurious": 0,
        },
        "MINISTER": {
            "correct": 0,
            "wrong_label": 1,
            "wrong_boundary": 0,
            "wrong_label_boundary": 0,
            "missed": 0,
            "spurious": 0,
        },
        "PROGRAMME": {
            "correct": 0,
            "wrong_label": 0,
            "wrong_boundary": 0,
            "wrong_label_boundary": 0,
            "missed": 1,
            "spurious": 0,
        },
        "REFERENCE": {
            "correct": 0,
            "wrong_label": 0,
            "wrong_boundary": 0,
            "wrong_label_boundary": 0,
            "missed": 0,
            "spurious": 1,
        },
    }
    assert result.gold_kinds == ["correct", "wrong_boundary", "wrong_label", "missed"]
    # value compares as a decimal (equal), approximate differs: span + norm exact fails.
    assert result.norm["AMOUNT"]["value"] == [1, 1]
    assert result.norm["AMOUNT"]["approximate"] == [0, 1]
    assert result.norm_exact["AMOUNT"].tp == 0
    # per-label strict: DATE has B' (wrong boundary = incorrect) and C' (spurious within DATE)
    date = result.schemes["strict"]["DATE"]
    assert (date.correct, date.incorrect, date.spurious, date.missed) == (0, 1, 1, 0)


def test_extent_limits_gold_and_predictions():
    letter = _letter(GOLD, sentences=[(0, 15), (16, 35), (36, 90)])
    letter.extent = (0, 35)
    pred = Prediction(
        id="l1",
        text="x" * 100,
        spans=[A, Span(80, 85, "REFERENCE"), Span(30, 45, "DATE")],
        sentences=[(0, 15), (16, 35), (36, 90)],
    )
    result = score_letter(letter, pred)
    strict = result.schemes["strict"]["overall"]
    # gold A, B in scope; predictions A (correct) and 30-45 (crosses the edge, spurious)
    assert (strict.correct, strict.missed, strict.spurious) == (1, 1, 1)
    assert (result.sentences.tp, result.sentences.gold, result.sentences.predicted) == (2, 2, 2)


def test_matching_by_sha_and_meta():
    meta = {
        "date": "2026-07-02",
        "reference": "MINDEF1",
        "subject": "Leveringen  aan\nOekraïne",
        "sender": None,
        "signatories": [{"name": "A", "role": "minister", "portfolio": "Defensie"}],
    }
    letter = _letter([A], meta=meta)
    letter.sha256 = "abc"
    pred_meta = {
        "date": "2026-07-02",
        "reference": "MINDEF2",
        "subject": "Leveringen aan Oekraïne",
        "sender": None,
        "signatories": [{"name": "A", "role": "minister", "portfolio": "Defensie"}],
    }
    pred = Prediction(id="other-id", text="x" * 100, sha256="abc", spans=[A], meta=pred_meta)
    result = evaluate([letter], [pred])
    assert result.f1_of("overall") == 1.0
    assert result.meta == {
        "date": [1, 1],
        "reference": [0, 1],
        "subject": [1, 1],
        "sender": [1, 1],
        "signatories": [1, 1],
    }


def test_text_mismatch_counts_as_missed():
    result = score_letter(_letter([A]), Prediction(id="l1", text="y" * 100, spans=[A]))
    assert result.schemes["strict"]["overall"].missed == 1
    assert "differs" in result.warnings[0]


def _random_spans(rng: random.Random, n: int) -> list[Span]:
    labels = ["AMOUNT", "DATE", "MINISTER"]
    spans = []
    for _ in range(n):
        start = rng.randrange(0, 60)
        # long spans too: a 1-character overlap with a gold span over 100 characters is under 1%
        length = rng.randrange(1, 8) if rng.random() < 0.8 else rng.randrange(100, 250)
        spans.append(Span(start, start + length, rng.choice(labels)))
    return sorted(spans, key=lambda s: (s.start, s.end))


def _dicts(docs):
    return [[{"label": s.label, "start": s.start, "end": s.end - 1} for s in doc] for doc in docs]


def test_agrees_with_nervaluate_on_random_cases():
    rng = random.Random(20260702)
    for _ in range(300):
        golds = [_random_spans(rng, rng.randrange(0, 6)) for _ in range(3)]
        preds = [_random_spans(rng, rng.randrange(0, 6)) for _ in range(3)]
        if not any(golds) and not any(preds):
            continue
        ours = evaluate(
            [
                GoldLetter(
                    id=str(i), text="x" * 400, sha256=str(i), origin="", extent=(0, 400), spans=g
                )
                for i, g in enumerate(golds)
            ],
            [Prediction(id=str(i), text="x" * 400, spans=p) for i, p in enumerate(preds)],
        )
        theirs = Evaluator(
            _dicts(golds), _dicts(preds), tags=["AMOUNT", "DATE", "MINISTER"], loader="dict"
        ).evaluate()
        for scheme in SCHEMES:
            tables = [("overall", theirs["overall"][scheme])]
            tables += [(label, result[scheme]) for label, result in theirs["entities"].items()]
            for label, expected in tables:
                got = ours.schemes[scheme][label]
                fields = ("correct", "incorrect", "partial", "missed", "spurious")
                assert [getattr(got, f) for f in fields] == [
                    getattr(expected, f) for f in fields
                ], (scheme, label)
                assert got.f1 == pytest.approx(expected.f1)
