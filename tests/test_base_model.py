"""The statistical base-model path, exercised with a tiny spaCy pipeline trained and saved here."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest
import spacy
from spacy.training import Example
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.nlp import build_nlp

from .conftest import SEED_2022

TRAIN = [
    ("Ik sprak met de heer Reznikov over de steun.", [(21, 29, "PER")]),
    ("Minister Ollongren bezocht de kazerne.", [(9, 18, "PER")]),
    ("Volgens Zelensky is de situatie ernstig.", [(8, 16, "PER")]),
]


@pytest.fixture(scope="module")
def tiny_model(tmp_path_factory: pytest.TempPathFactory) -> Path:
    random.seed(0)
    nlp = spacy.blank("nl")
    ner = nlp.add_pipe("ner")
    ner.add_label("PER")
    examples = [Example.from_dict(nlp.make_doc(t), {"entities": e}) for t, e in TRAIN]
    optimizer = nlp.initialize(lambda: examples)
    for _ in range(10):
        nlp.update(examples, sgd=optimizer)
    nlp.add_pipe("sentencizer")  # a component no stage reads: must be left out at run time
    nlp.meta["name"] = "tiny_test"
    nlp.meta["version"] = "0.0.1"
    path = tmp_path_factory.mktemp("model") / "tiny"
    nlp.to_disk(path)
    return path


def test_model_path_is_loaded_reported_and_trimmed(tiny_model: Path) -> None:
    base = build_nlp(str(tiny_model))
    assert base.name == "nl_tiny_test-0.0.1 (tiny)"
    assert "ner" in base.nlp.pipe_names and "sentencizer" not in base.nlp.pipe_names
    assert base.nlp.pipe_names[-7:] == [
        "sentences", "amounts", "dates", "references", "ministers", "programmes", "resolve"
    ]


def test_run_with_model_path_writes_the_base_model_into_every_record(tiny_model: Path, tmp_path: Path) -> None:
    out = tmp_path / "r.jsonl"
    result = CliRunner().invoke(app, ["run", str(SEED_2022), "-o", str(out), "--model", str(tiny_model)])
    assert result.exit_code == 0, result.output
    record = json.loads(out.read_text(encoding="utf-8"))
    assert record["base_model"] == "nl_tiny_test-0.0.1 (tiny)"
    assert record["meta"]["reference"] == "BS2022009742"
