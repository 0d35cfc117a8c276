"""Entity stage: ministers (work in progress; see the issue for this label)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc


@Language.factory("kamerbrief_ministers")
class _Placeholder:
    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        return doc
