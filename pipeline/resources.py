"""Access to the data files under models/ (rules, patterns, gazetteers, trained weights)."""

from __future__ import annotations

import gzip
import json
import os
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any


@lru_cache(maxsize=1)
def models_dir() -> Path:
    """models/ of a checkout, or the copy installed as the package `pipeline_models`."""
    override = os.environ.get("PIPELINE_MODELS_DIR")
    if override:
        return Path(override)
    checkout = Path(__file__).resolve().parent.parent / "models"
    if checkout.is_dir():
        return checkout
    return Path(str(resources.files("pipeline_models")))


def resource_path(relative: str) -> Path:
    return models_dir() / relative


@lru_cache(maxsize=64)
def load_json(relative: str) -> Any:
    with resource_path(relative).open(encoding="utf-8") as handle:
        return json.load(handle)


@lru_cache(maxsize=64)
def load_lines(relative: str) -> tuple[str, ...]:
    """A plain list file: one item a line, '#' starts a comment, blank lines ignored."""
    lines = resource_path(relative).read_text(encoding="utf-8").splitlines()
    return tuple(s for line in lines if (s := line.split("#", 1)[0].strip()))


def load_jsonl(relative: str) -> list[dict[str, Any]]:
    with resource_path(relative).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@lru_cache(maxsize=2)
def word_frequencies(name: str) -> dict[str, int]:
    """Word frequencies of a language ('spellchecker:nl': pyspellchecker's Dutch list)."""
    package, _, language = name.partition(":")
    resource = resources.files(package) / "resources" / f"{language}.json.gz"
    with resource.open("rb") as handle:
        data: dict[str, int] = json.loads(gzip.decompress(handle.read()))
    return data
