"""Score predicted records against gold letters.

Spans are matched per letter with the four schemes of SemEval-2013 task 9.1 exactly as
nervaluate 1.2 implements them (greedy, in list order; overlap = at least `min_overlap` percent
of the gold span; partial and ent_type give half credit to partial matches), so the numbers
agree with nervaluate's (tests/test_eval_scorer.py checks this on random cases). The headline is
`strict` (same start, end and label); `ent_type` (same label, overlapping) is the diagnostic
"overlap" score. Error kinds per span (correct, missed, spurious, wrong_label, wrong_boundary,
wrong_label_boundary) come from the strict matching over all labels.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from ..records import LABELS, ErrorRecord, Record
from .gold import GoldLetter, Span, norm_fields

SCHEMES = ("strict", "exact", "partial", "ent_type")
KINDS = ("correct", "wrong_label", "wrong_boundary", "wrong_label_boundary", "missed", "spurious")
META_FIELDS = ("date", "reference", "subject", "sender", "signatories")


@dataclass(slots=True)
class Prediction:
    """What the pipeline said about one letter, in original-text offsets."""

    id: str
    text: str = ""
    sha256: str | None = None
    spans: list[Span] = field(default_factory=list)
    sentences: list[tuple[int, int]] = field(default_factory=list)
    meta: dict[str, Any] | None = None
    error: str | None = None

    @classmethod
    def from_record(cls, record: Record | ErrorRecord) -> Prediction:
        if isinstance(record, ErrorRecord):
            return cls(id=record.id, error=f"{record.stage}: {record.message}")
        return cls(
            id=record.id,
            text=record.text,
            sha256=record.sha256,
            spans=[Span(e.start, e.end, e.label, e.norm.model_dump()) for e in record.entities],
            sentences=[(s.start, s.end) for s in record.sentences],
            meta=record.meta.model_dump(mode="json"),
        )


# --- span matching (nervaluate's strategies, end-exclusive offsets) -------------------------


def _overlaps(pred: Span, true: Span, min_overlap: float) -> bool:
    shared = min(pred.end, true.end) - max(pred.start, true.start)
    return shared > 0 and shared / (true.end - true.start) * 100.0 >= min_overlap


@dataclass(slots=True)
class Match:
    """Outcome of one scheme: per prediction (category, matched gold index), and missed gold."""

    preds: list[tuple[str, int | None]]
    missed: list[int]


def match(
    scheme: str, gold: Sequence[Span], pred: Sequence[Span], min_overlap: float = 1.0
) -> Match:
    taken: set[int] = set()
    outcomes: list[tuple[str, int | None]] = []
    for p in pred:
        exact_hit: int | None = None
        fallback: int | None = None  # the first other overlapping gold: an incorrect/partial match
        best_distance: int | None = None
        for t_idx, t in enumerate(gold):
            if t_idx in taken:
                continue
            same_bounds = p.start == t.start and p.end == t.end
            overlap = _overlaps(p, t, min_overlap)
            if scheme == "strict" and same_bounds and p.label == t.label:
                exact_hit = t_idx
                break
            if scheme == "exact" and same_bounds:
                exact_hit = t_idx
                break
            if scheme == "partial" and overlap and same_bounds:
                exact_hit = t_idx
                break
            if scheme == "ent_type" and overlap and p.label == t.label:
                distance = abs(p.start - t.start) + abs(p.end - t.end)
                if best_distance is None or distance < best_distance:
                    exact_hit, best_distance = t_idx, distance
            elif overlap and fallback is None:
                fallback = t_idx
        if exact_hit is not None:
            outcomes.append(("correct", exact_hit))
            taken.add(exact_hit)
        elif fallback is not None:
            outcomes.append(("partial" if scheme == "partial" else "incorrect", fallback))
            taken.add(fallback)
        else:
            outcomes.append(("spurious", None))
    return Match(outcomes, [i for i in range(len(gold)) if i not in taken])


@dataclass(slots=True)
class Counts:
    """SemEval counts for one scheme; partial and ent_type give half credit to `partial`."""

    scheme: str = "strict"
    correct: int = 0
    incorrect: int = 0
    partial: int = 0
    missed: int = 0
    spurious: int = 0

    def add_match(self, m: Match) -> None:
        for category, _ in m.preds:
            setattr(self, category, getattr(self, category) + 1)
        self.missed += len(m.missed)

    def add(self, other: Counts) -> None:
        for name in ("correct", "incorrect", "partial", "missed", "spurious"):
            setattr(self, name, getattr(self, name) + getattr(other, name))

    @property
    def actual(self) -> int:
        return self.correct + self.incorrect + self.partial + self.spurious

    @property
    def possible(self) -> int:
        return self.correct + self.incorrect + self.partial + self.missed

    @property
    def _credit(self) -> float:
        half = 0.5 * self.partial if self.scheme in ("partial", "ent_type") else 0.0
        return self.correct + half

    @property
    def precision(self) -> float:
        return self._credit / self.actual if self.actual else 0.0

    @property
    def recall(self) -> float:
        return self._credit / self.possible if self.possible else 0.0

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    def to_dict(self) -> dict[str, Any]:
        return {
            "correct": self.correct,
            "incorrect": self.incorrect,
            "partial": self.partial,
            "missed": self.missed,
            "spurious": self.spurious,
            "actual": self.actual,
            "possible": self.possible,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


def f1(precision: float, recall: float) -> float:
    return 2 * precision * recall / (precision + recall) if precision + recall else 0.0


@dataclass(slots=True)
class PRF:
    """Plain true-positive counts (sentences, span + norm exact)."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, other: PRF) -> None:
        self.tp, self.predicted, self.gold = (
            self.tp + other.tp,
            self.predicted + other.predicted,
            self.gold + other.gold,
        )

    @property
    def precision(self) -> float:
        return self.tp / self.predicted if self.predicted else 0.0

    @property
    def recall(self) -> float:
        return self.tp / self.gold if self.gold else 0.0

    @property
    def f1(self) -> float:
        return f1(self.precision, self.recall)

    def to_dict(self) -> dict[str, Any]:
        return {
            "tp": self.tp,
            "predicted": self.predicted,
            "gold": self.gold,
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
        }


# --- one letter ------------------------------------------------------------------------------


@dataclass(slots=True)
class LetterResult:
    id: str
    gold: GoldLetter
    pred_spans: list[Span]
    gold_kinds: list[str]  # error kind of each gold span (same order as gold.spans in scope)
    pred_kinds: list[str]
    gold_spans: list[Span]
    schemes: dict[str, dict[str, Counts]]  # scheme -> label or "overall" -> counts
    kinds: dict[str, dict[str, int]]  # label -> kind -> count
    norm: dict[str, dict[str, list[int]]]  # label -> field -> [equal, compared]
    norm_exact: dict[str, PRF]
    sentences: PRF
    meta: dict[str, bool]  # field -> correct (only when gold has meta)
    warnings: list[str]


def _clean(value: Any) -> Any:
    return " ".join(value.split()) if isinstance(value, str) else value


def norm_equal(label: str, key: str, gold: Any, pred: Any) -> bool:
    if key in norm_fields()[label]["decimal"] and gold is not None and pred is not None:
        try:
            return Decimal(str(gold)) == Decimal(str(pred))
        except InvalidOperation:
            return False
    return bool(_clean(gold) == _clean(pred))


def _meta_value(name: str, meta: dict[str, Any]) -> Any:
    value = meta.get(name)
    if name == "signatories":
        return frozenset(
            (_clean(s.get("name")), _clean(s.get("role")), _clean(s.get("portfolio")))
            for s in value or []
        )
    return _clean(str(value)) if value is not None else None


def _error_kind(pred: Span, gold: Span) -> str:
    """What is wrong with a prediction that strict matching paired with an overlapping gold span."""
    if (pred.start, pred.end) == (gold.start, gold.end):
        return "wrong_label"
    return "wrong_boundary" if pred.label == gold.label else "wrong_label_boundary"


def score_letter(
    gold: GoldLetter, pred: Prediction | None, min_overlap: float = 1.0
) -> LetterResult:
    warnings: list[str] = []
    if pred is None:
        warnings.append("no record for this letter: everything counts as missed")
        pred = Prediction(id=gold.id)
    elif pred.error:
        warnings.append(
            f"the pipeline failed on this letter ({pred.error}): everything counts as missed"
        )
    elif pred.text != gold.text:
        warnings.append(
            "the record's text differs from the gold text, so offsets cannot be compared: "
            "everything counts as missed"
        )
        pred = Prediction(id=gold.id, meta=pred.meta)
    lo, hi = gold.extent
    gold_spans = [s for s in gold.spans if gold.inside(s.start, s.end)]
    # Predictions that reach into the extent are scored (one crossing its edge is an error).
    pred_spans = sorted(
        (s for s in pred.spans if s.start < hi and s.end > lo), key=lambda s: (s.start, s.end)
    )

    schemes: dict[str, dict[str, Counts]] = {}
    for scheme in SCHEMES:
        table = {"overall": Counts(scheme)}
        table["overall"].add_match(match(scheme, gold_spans, pred_spans, min_overlap))
        for label in LABELS:
            gold_of = [s for s in gold_spans if s.label == label]
            pred_of = [s for s in pred_spans if s.label == label]
            if gold_of or pred_of:
                table[label] = Counts(scheme)
                table[label].add_match(match(scheme, gold_of, pred_of, min_overlap))
        schemes[scheme] = table

    strict = match("strict", gold_spans, pred_spans, min_overlap)
    gold_kinds = ["missed"] * len(gold_spans)
    pred_kinds: list[str] = []
    kinds: dict[str, dict[str, int]] = {}
    norm: dict[str, dict[str, list[int]]] = {}
    norm_exact = {label: PRF() for label in LABELS}
    for p, (category, t_idx) in zip(pred_spans, strict.preds, strict=True):
        kind = "spurious" if t_idx is None else "correct"
        if category == "incorrect" and t_idx is not None:
            kind = _error_kind(p, gold_spans[t_idx])
        pred_kinds.append(kind)
        if t_idx is not None:
            gold_kinds[t_idx] = kind
        owner = p.label if t_idx is None else gold_spans[t_idx].label
        kinds.setdefault(owner, dict.fromkeys(KINDS, 0))[kind] += 1
        norm_exact[p.label].predicted += 1
        if kind == "correct" and t_idx is not None:
            t = gold_spans[t_idx]
            all_equal = True
            fields = norm_fields()[t.label]
            for key in fields["scored"]:
                gold_value, pred_value = (t.norm or {}).get(key), (p.norm or {}).get(key)
                equal = norm_equal(t.label, key, gold_value, pred_value)
                all_equal &= equal
                if key in fields["sparse"] and gold_value is None and pred_value is None:
                    continue
                cell = norm.setdefault(t.label, {}).setdefault(key, [0, 0])
                cell[0] += equal
                cell[1] += 1
            norm_exact[t.label].tp += all_equal
    for t_idx in strict.missed:
        kinds.setdefault(gold_spans[t_idx].label, dict.fromkeys(KINDS, 0))["missed"] += 1
    for span in gold_spans:
        norm_exact[span.label].gold += 1

    gold_sents = {s for s in gold.sentences if gold.inside(*s)}
    pred_sents = {s for s in pred.sentences if s[0] < hi and s[1] > lo}
    sentences = PRF(len(gold_sents & pred_sents), len(pred_sents), len(gold_sents))

    meta: dict[str, bool] = {}
    if gold.meta is not None:
        for name in META_FIELDS:
            meta[name] = _meta_value(name, gold.meta) == _meta_value(name, pred.meta or {})
    return LetterResult(
        id=gold.id,
        gold=gold,
        gold_spans=gold_spans,
        pred_spans=pred_spans,
        gold_kinds=gold_kinds,
        pred_kinds=pred_kinds,
        schemes=schemes,
        kinds=kinds,
        norm=norm,
        norm_exact={k: v for k, v in norm_exact.items() if v.gold or v.predicted},
        sentences=sentences,
        meta=meta,
        warnings=warnings,
    )


# --- the whole set ---------------------------------------------------------------------------


@dataclass(slots=True)
class Evaluation:
    letters: list[LetterResult]
    schemes: dict[str, dict[str, Counts]]
    kinds: dict[str, dict[str, int]]
    norm: dict[str, dict[str, list[int]]]
    norm_exact: dict[str, PRF]
    sentences: PRF
    meta: dict[str, list[int]]  # field -> [correct, letters]

    @property
    def labels(self) -> list[str]:
        return [label for label in LABELS if label in self.schemes["strict"]]

    def macro(self, scheme: str) -> dict[str, float]:
        rows = [self.schemes[scheme][label] for label in self.labels]
        if not rows:
            return {"precision": 0.0, "recall": 0.0, "f1": 0.0}
        return {
            m: sum(getattr(r, m) for r in rows) / len(rows) for m in ("precision", "recall", "f1")
        }

    def f1_of(self, name: str) -> float | None:
        """Strict F1 named by --min-f1: a label, `overall` (micro), `macro` or `sentences`."""
        if name == "sentences":
            return self.sentences.f1
        if name == "macro":
            return self.macro("strict")["f1"]
        if name == "overall":
            return self.schemes["strict"]["overall"].f1
        counts = self.schemes["strict"].get(name)
        return counts.f1 if counts is not None else (0.0 if name in LABELS else None)


def evaluate(
    golds: Sequence[GoldLetter], preds: Sequence[Prediction], min_overlap: float = 1.0
) -> Evaluation:
    """Match each gold letter to its prediction by id, else by sha256, and sum the scores."""
    by_id = {p.id: p for p in preds}
    by_sha = {p.sha256: p for p in preds if p.sha256}
    letters = [score_letter(g, by_id.get(g.id) or by_sha.get(g.sha256), min_overlap) for g in golds]
    schemes = {scheme: {"overall": Counts(scheme)} for scheme in SCHEMES}
    kinds: dict[str, dict[str, int]] = {}
    norm: dict[str, dict[str, list[int]]] = {}
    norm_exact: dict[str, PRF] = {}
    sentences = PRF()
    meta = {name: [0, 0] for name in META_FIELDS}
    for letter in letters:
        for scheme, table in letter.schemes.items():
            for label, counts in table.items():
                schemes[scheme].setdefault(label, Counts(scheme)).add(counts)
        for label, row in letter.kinds.items():
            total = kinds.setdefault(label, dict.fromkeys(KINDS, 0))
            for kind, n in row.items():
                total[kind] += n
        for label, fields in letter.norm.items():
            for key, (equal, compared) in fields.items():
                cell = norm.setdefault(label, {}).setdefault(key, [0, 0])
                cell[0] += equal
                cell[1] += compared
        for label, prf in letter.norm_exact.items():
            norm_exact.setdefault(label, PRF()).add(prf)
        sentences.add(letter.sentences)
        for name, correct in letter.meta.items():
            meta[name][0] += correct
            meta[name][1] += 1
    # Fixed order (labels, then fields as listed) so that every report reads the same way.
    norm = {
        label: {k: norm[label][k] for k in norm_fields()[label]["scored"] if k in norm[label]}
        for label in LABELS
        if label in norm
    }
    norm_exact = {label: norm_exact[label] for label in LABELS if label in norm_exact}
    kinds = {label: kinds[label] for label in LABELS if label in kinds}
    schemes = {
        scheme: {name: table[name] for name in ("overall", *LABELS) if name in table}
        for scheme, table in schemes.items()
    }
    return Evaluation(letters, schemes, kinds, norm, norm_exact, sentences, meta)
