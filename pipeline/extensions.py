"""Every custom spaCy attribute the pipeline uses, declared in one place.

- `Doc._.letter`: the `LetterStructure` of the structure stage (parts, meta, footnotes, tables).
- `Doc._.sentences`: list of (start, end) cleaned-text spans from the sentence stage.
- `Doc._.mentions`: list of `Mention` found by the entity stages, before overlap resolution
  and, after the resolve stage, the final non-overlapping entities.
"""

from __future__ import annotations

from spacy.tokens import Doc


def doc_text(doc: Doc) -> str:
    """`doc.text`, built once per Doc: spaCy joins every token again on each access."""
    text = doc.user_data.get("kamerbrief_text")
    if text is None:
        text = doc.user_data["kamerbrief_text"] = doc.text
    return text


def register() -> None:
    for name in ("letter", "sentences", "mentions"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


register()
