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

    def overlaps(self, other: Mention) -> bool:
        return self.start < other.end and other.start < self.end


def add_mentions(doc: Doc, mentions: list[Mention]) -> None:
    if doc._.mentions is None:
        doc._.mentions = []
    doc._.mentions.extend(mentions)


def mentions_of(doc: Doc) -> list[Mention]:
    return list(doc._.mentions or [])


def resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep a non-overlapping subset: by priority, then length, then position; sorted by start."""
    ranked = sorted(mentions, key=lambda m: (-m.priority, -(m.end - m.start), m.start, m.label))
    taken = bytearray(max((m.end for m in mentions), default=0))
    kept: list[Mention] = []
    for mention in ranked:
        if mention.end <= mention.start or taken.find(1, mention.start, mention.end) != -1:
            continue
        taken[mention.start : mention.end] = b"\x01" * (mention.end - mention.start)
        kept.append(mention)
    return sorted(kept, key=lambda m: (m.start, m.end, m.label))


class Claimed:
    """The characters that earlier stages already claimed, marked once so that a check costs the span's length."""

    def __init__(self, doc: Doc) -> None:
        self._mask = bytearray(len(doc_text(doc)))
        for m in doc._.mentions or []:
            self._mask[m.start : m.end] = b"\x01" * (m.end - m.start)

    def overlaps(self, mention: Mention) -> bool:
        return self._mask.find(1, mention.start, mention.end) != -1
