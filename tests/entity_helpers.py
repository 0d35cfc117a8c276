"""Run only some Doc stages over a letter (read, clean, structure, then the named factories and
resolve), so that an entity stage is tested on its own, independent of the other stages."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

import spacy

from pipeline import entities, extensions  # noqa: F401  (registers factories and attributes)
from pipeline.clean import clean
from pipeline.readers import read_bytes
from pipeline.structure import LetterStructure, analyse


@dataclass(frozen=True)
class Found:
    label: str
    text: str  # the span in the ORIGINAL text
    norm: dict
    start: int
    end: int


@lru_cache(maxsize=8)
def _nlp(factories: tuple[str, ...]) -> spacy.language.Language:
    nlp = spacy.blank("nl")
    for factory in (*factories, "kamerbrief_resolve"):
        nlp.add_pipe(factory)
    return nlp


@lru_cache(maxsize=64)
def run_stages(path: Path, factories: tuple[str, ...]) -> tuple[list[Found], LetterStructure]:
    letter = read_bytes(path.read_bytes(), name=str(path))
    cleaned = clean(letter.text)
    structure = analyse(cleaned, letter)
    nlp = _nlp(factories)
    doc = nlp.make_doc(cleaned.text)
    doc._.letter = structure
    doc._.mentions = []
    for _, component in nlp.pipeline:
        doc = component(doc)
    found = []
    for m in doc._.mentions:
        start, end = cleaned.to_original(m.start, m.end)
        found.append(Found(m.label, letter.text[start:end], m.norm, start, end))
    return found, structure
