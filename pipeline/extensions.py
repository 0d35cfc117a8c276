"""Every custom spaCy attribute the pipeline uses, declared in one place.

- `Doc._.letter`: the `LetterStructure` of the structure stage (parts, meta, footnotes, tables).
- `Doc._.sentences`: list of (start, end) cleaned-text spans from the sentence stage.
- `Doc._.mentions`: list of `Mention` found by the entity stages, before overlap resolution
  and, after the resolve stage, the final non-overlapping entities.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

_TEXT_KEY = "kamerbrief_text"


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per Doc: spaCy joins every token again on each access."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


def make_doc(nlp: Language, text: str) -> Doc:
    """A Doc of `text` that knows its text already (the tokenizer keeps it exactly)."""
    doc = nlp.make_doc(text)
    doc.user_data[_TEXT_KEY] = text
    return doc


def register() -> None:
    for name in ("letter", "sentences", "mentions"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register()
