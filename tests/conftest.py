"""Shared fixtures: the project's paths, the real letters, and one pipeline built per session."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "corpus"
SHARED = ROOT.parent / "shared"
SHARED_LETTERS = SHARED / "corpus" / "letters"
MANIFEST = SHARED / "corpus" / "manifest.jsonl"
ANNOTATIONS = ROOT / "annotations"

SEED_2022 = CORPUS / "2022-04-19-defensie-update-levering-militaire-goederen-oekraine.txt"
SEED_2026 = CORPUS / "2026-07-02-defensie-leveringen-militaire-goederen-oekraine.txt"


def shared_letter(name: str) -> Path:
    """A letter of ../shared/corpus/letters; the test is skipped when that folder is absent."""
    path = SHARED_LETTERS / name
    if not path.exists():
        pytest.skip(f"{path} not available (../shared is not beside the project)")
    return path


def manifest() -> list[dict]:
    if not MANIFEST.exists():
        return []
    return [json.loads(line) for line in MANIFEST.read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.fixture(scope="session")
def processor():
    from pipeline.processor import Processor

    return Processor(model="blank:nl")


@pytest.fixture(scope="session")
def process_file(processor):
    """Process one file into a Record (cached per path)."""
    from pipeline.processor import Item
    from pipeline.records import Record

    cache: dict[Path, Record] = {}

    def run(path: Path) -> Record:
        if path not in cache:
            (result,) = list(processor.process([Item(id=path.stem, source=str(path), path=path)]))
            assert isinstance(result, Record), result
            cache[path] = result
        return cache[path]

    return run


@pytest.fixture(scope="session")
def seed_2022(process_file):
    return process_file(SEED_2022)


@pytest.fixture(scope="session")
def seed_2026(process_file):
    return process_file(SEED_2026)


@pytest.fixture(scope="session", autouse=True)
def _read_each_letter_once():
    """Many tests read the same corpus PDFs; read each (bytes, name, limits) once per session."""
    import copy
    import hashlib

    from pipeline import processor, readers

    original = readers.read_bytes
    cache: dict[tuple, object] = {}

    def cached(data: bytes, *, name: str, limits=None, **kwargs):
        key = (hashlib.sha256(data).hexdigest(), name, limits, tuple(sorted(kwargs.items())))
        if key not in cache:
            try:
                cache[key] = original(data, name=name, limits=limits, **kwargs)
            except Exception as exc:  # errors are part of the contract too: cache and re-raise
                cache[key] = exc
        result = cache[key]
        if isinstance(result, Exception):
            raise result
        return copy.deepcopy(result)

    readers.read_bytes = cached
    processor.read_bytes = cached
    yield
    readers.read_bytes = original
    processor.read_bytes = original
