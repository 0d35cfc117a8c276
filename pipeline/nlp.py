"""Build the spaCy `Language` the Doc stages run in.

Base model: an explicit `--model` (package name or path), else the first installed of
nl_core_news_lg / md / sm, else the embedded default `spacy.blank("nl")`. Only the statistical
components a stage reads are kept (NER for person names); the project's components are added
in the order of `stages.DOC_STAGES` with their settings from models/components.json.
"""

from __future__ import annotations

import importlib.util
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import spacy
from spacy.language import Language

from . import entities, extensions, sentences  # noqa: F401  (registers factories and attributes)
from .resources import load_json
from .stages import DOC_STAGES

DEFAULT_MODELS = ("nl_core_news_lg", "nl_core_news_md", "nl_core_news_sm")
EMBEDDED = "blank:nl"
_KEEP = {"tok2vec", "ner", "transformer"}


class ModelNotFound(Exception):
    pass


@dataclass(frozen=True)
class BaseModel:
    name: str  # what the records report, e.g. "nl_core_news_lg-3.8.0" or "blank:nl"
    nlp: Language


def _describe(nlp: Language, requested: str) -> str:
    meta = nlp.meta
    label = f"{meta.get('lang', 'nl')}_{meta.get('name', 'pipeline')}-{meta.get('version', '0.0.0')}"
    return label if not Path(requested).exists() else f"{label} ({Path(requested).name})"


def load_base(model: str | None = None) -> BaseModel:
    if model in (None, ""):
        for candidate in DEFAULT_MODELS:
            if importlib.util.find_spec(candidate) is not None:
                return load_base(candidate)
        return BaseModel(EMBEDDED, spacy.blank("nl"))
    assert model is not None
    if model == EMBEDDED:
        return BaseModel(EMBEDDED, spacy.blank("nl"))
    if not Path(model).exists() and importlib.util.find_spec(model) is None:
        raise ModelNotFound(
            f"spaCy model {model!r} is not installed and is not a path "
            f"(install it, e.g. `pip install .[lg]`, or omit --model for the embedded default)"
        )
    try:
        nlp = spacy.load(model)
    except OSError as exc:
        raise ModelNotFound(f"cannot load spaCy model {model!r}: {exc}") from exc
    for pipe_name in list(nlp.pipe_names):
        if pipe_name not in _KEEP:
            nlp.remove_pipe(pipe_name)
    return BaseModel(_describe(nlp, model), nlp)


def build_nlp(model: str | None = None, overrides: dict[str, dict[str, Any]] | None = None) -> BaseModel:
    """The base model plus the project's Doc stages, in order."""
    base = load_base(model)
    settings: dict[str, Any] = {k: v for k, v in load_json("components.json").items() if k != "comment"}
    for stage, factory in DOC_STAGES:
        config = dict(settings.get(factory, {}))
        config.update((overrides or {}).get(factory, {}))
        base.nlp.add_pipe(factory, name=stage, config=config)
    return base
