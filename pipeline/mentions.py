"""Entity mentions as the entity stages produce them, and the one place where overlaps are resolved.

A `Mention` holds cleaned-text offsets (`Doc.text`); the record stage maps them to the original.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from spacy.tokens import Doc

from .extensions import doc_text


@dataclass(slots=True)
class Mention:
    start: int
    end: int
    label: str
    norm: dict[str, Any]
    rule: str = ""  # which pattern or component produced it, for debugging
    priority: int = 0  # higher wins an overlap; then the longer span; then the earlier one
    meta: dict[str, Any] = field(default_factory=dict)


def add_mentions(doc: Doc, mentions: list[Mention]) -> None:
    if doc._.mentions is None:
        doc._.mentions = []
    doc._.mentions.extend(mentions)


def mentions_of(doc: Doc) -> list[Mention]:
    return list(doc._.mentions or [])


def resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep a non-overlapping subset: by priority, then length, then position; sorted by start."""
    ranked = sorted(mentions, key=lambda m: (-m.priority, -(m.end - m.start), m.start, m.label))
    claimed = Claimed(max((m.end for m in mentions), default=0))
    kept: list[Mention] = []
    for mention in ranked:
        if mention.end > mention.start and not claimed.overlaps(mention):
            claimed.claim(mention)
            kept.append(mention)
    return sorted(kept, key=lambda m: (m.start, m.end, m.label))


class Claimed:
    """Characters claimed by mentions, marked so that an overlap check costs the span's length."""

    def __init__(self, length: int, mentions: list[Mention] | None = None) -> None:
        self._mask = bytearray(length)
        for mention in mentions or []:
            self.claim(mention)

    @classmethod
    def by_earlier_stages(cls, doc: Doc) -> Claimed:
        return cls(len(doc_text(doc)), doc._.mentions)

    def claim(self, mention: Mention) -> None:
        self._mask[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)

    def overlaps(self, mention: Mention) -> bool:
        return self._mask.find(1, mention.start, mention.end) != -1
