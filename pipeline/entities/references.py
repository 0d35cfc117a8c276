"""Entity stage: REFERENCE mentions (parliamentary papers, EU documents, the letter's kenmerk).

Patterns are data (models/references/patterns.json): Kamerstuk references in their written
forms ("Kamerstuk 22 054, nr. 479", "Kamerstukken II 2014/15, 33 802, nr. 5", "kst-36045-292"),
motions, Handelingen, EU codes. The letter's own kenmerk is the letterhead value that the
structure stage read (`meta["reference"]`); only its first letterhead occurrence is a mention,
the copies in running page headers are page furniture.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .. import rx as regex
from ..extensions import doc_text
from ..mentions import Mention, add_mentions
from ..resources import load_json
from ..structure import LetterStructure


@dataclass(slots=True)
class ReferenceFound:
    start: int
    end: int
    norm: dict[str, str | None]
    rule: str


@dataclass(frozen=True, slots=True)
class _Pattern:
    name: str
    kind: str
    with_id: bool
    regex: Any


class _Grammar:
    def __init__(self) -> None:
        data = load_json("references/patterns.json")
        slots: dict[str, str] = data["slots"]
        names = "|".join(slots)
        self.patterns = [
            _Pattern(
                p["name"],
                p["kind"],
                p["id"],
                regex.compile(
                    regex.sub(r"\{(" + names + r")\}", lambda m: slots[m.group(1)], p["pattern"])
                ),
            )
            for p in data["patterns"]
        ]
        self.motie_before = regex.compile(data["motie_before"], regex.I)


@lru_cache(maxsize=1)
def _grammar() -> _Grammar:
    return _Grammar()


def _dossier(raw: str) -> str:
    """Digits and suffix without spaces: '21 501-20' -> '21501-20', '36 200 VIII' -> '36200VIII'."""
    return regex.sub(r"\s+", "", raw)


def _norm(pattern: _Pattern, m: Any, kind: str) -> dict[str, str | None]:
    groups = m.groupdict()
    dossier = _dossier(groups["dossier"]) if groups.get("dossier") else None
    number = groups.get("number")
    has_id = pattern.with_id and dossier is not None and number is not None
    return {
        "kind": kind,
        "dossier": dossier,
        "number": number,
        "id": f"kst-{dossier}-{number}" if has_id else None,
    }


def find_references(text: str) -> list[ReferenceFound]:
    """Parliamentary-paper and document references in `text` (the kenmerk is not among them)."""
    g = _grammar()
    candidates: list[ReferenceFound] = []
    for pattern in g.patterns:
        for m in pattern.regex.finditer(text, overlapped=True):
            kind = pattern.kind
            if kind == "kamerstuk" and g.motie_before.search(
                text, max(0, m.start() - 100), m.start()
            ):
                kind = "motie"
            candidates.append(
                ReferenceFound(m.start(), m.end(), _norm(pattern, m, kind), pattern.name)
            )
    kept: list[ReferenceFound] = []
    for c in sorted(candidates, key=lambda c: (-(c.end - c.start), c.start)):
        if not any(c.start < k.end and k.start < c.end for k in kept):
            kept.append(c)
    return sorted(kept, key=lambda c: c.start)


def find_kenmerk(text: str, structure: LetterStructure | None) -> ReferenceFound | None:
    """The first occurrence of the letter's kenmerk inside the letterhead."""
    value = (structure.meta.get("reference") if structure is not None else None) or ""
    if not value.strip():
        return None
    assert structure is not None
    # The meta value is written as in the original ("4 2 300451", "DGLGS / 26814786"); the Doc
    # holds the cleaned text, where letter-spacing may be repaired: spaces are optional.
    chars = [regex.escape(c) for c in value if not c.isspace()]
    pattern = regex.compile(r"(?<![\w])" + r"\s*".join(chars) + r"(?![\w])")
    for start, end in structure.spans_of("letterhead"):
        match = pattern.search(text, start, end)
        if match:
            norm: dict[str, str | None] = {
                "kind": "kenmerk",
                "dossier": None,
                "number": None,
                "id": None,
            }
            return ReferenceFound(match.start(), match.end(), norm, "kenmerk")
    return None


@Language.factory("kamerbrief_references", default_config={"priority": 25})
class ReferenceStage:
    """Adds a REFERENCE `Mention` per reference and one for the letter's kenmerk."""

    def __init__(self, nlp: Language, name: str, priority: int) -> None:
        self.priority = priority
        _grammar()  # compile the patterns when the pipeline is built

    def __call__(self, doc: Doc) -> Doc:
        found = find_references(doc_text(doc))
        kenmerk = find_kenmerk(doc_text(doc), doc._.letter)
        if kenmerk is not None:
            found = [f for f in found if not (f.start < kenmerk.end and kenmerk.start < f.end)]
            found.append(kenmerk)
        add_mentions(
            doc,
            [Mention(f.start, f.end, "REFERENCE", f.norm, f.rule, self.priority) for f in found],
        )
        return doc
