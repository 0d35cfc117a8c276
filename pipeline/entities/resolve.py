"""Last entity stage: drop mentions in page furniture and resolve overlaps (one place for it)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from ..mentions import resolve_overlaps


@Language.factory("kamerbrief_resolve", default_config={"excluded_parts": ["furniture"]})
class OverlapResolver:
    def __init__(self, nlp: Language, name: str, excluded_parts: list[str]) -> None:
        self.excluded_parts = tuple(excluded_parts)

    def __call__(self, doc: Doc) -> Doc:
        mentions = list(doc._.mentions or [])
        if doc._.letter is not None:
            excluded = doc._.letter.spans_of(*self.excluded_parts)
            mentions = [m for m in mentions if not any(s <= m.start < e for s, e in excluded)]
        doc._.mentions = resolve_overlaps(mentions)
        return doc
