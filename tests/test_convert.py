"""`pipeline convert`: round trips through Prodigy, Label Studio and spaCy, and imports."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
import spacy
from spacy.tokens import DocBin
from spacy.training import Corpus
from typer.testing import CliRunner

from pipeline.cli import app

DATA = Path(__file__).parent / "data" / "eval"
GOLD = DATA / "gold.jsonl"
SOURCE_GOLD = DATA / "gold_source.jsonl"
runner = CliRunner()


def jsonl(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line]


def convert(*args: str) -> str:
    result = runner.invoke(app, ["convert", *args])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize(("fmt", "suffix"), [("prodigy", ".jsonl"), ("labelstudio", ".json")])
def test_round_trip_is_lossless(tmp_path, fmt, suffix):
    exported, back = tmp_path / f"out{suffix}", tmp_path / "back.jsonl"
    convert(str(GOLD), "-o", str(exported), "--to", fmt)
    convert(str(exported), "-o", str(back))  # the format is recognised from the file
    assert jsonl(back) == jsonl(GOLD)


def test_prodigy_and_labelstudio_shapes(tmp_path):
    convert(str(GOLD), "-o", str(tmp_path / "p.jsonl"), "--to", "prodigy")
    task = jsonl(tmp_path / "p.jsonl")[0]
    assert task["meta"] == {"id": "eval-a"}
    span = task["spans"][2]
    assert (
        task["text"][span["start"] : span["end"]] == "€ 437 miljoen" and span["label"] == "AMOUNT"
    )
    convert(str(GOLD), "-o", str(tmp_path / "ls.json"))  # .json means Label Studio
    ls = json.loads((tmp_path / "ls.json").read_text(encoding="utf-8"))
    region = ls[0]["predictions"][0]["result"][2]
    assert region["type"] == "labels" and region["to_name"] == "text"
    assert region["value"] == {
        "start": 72,
        "end": 85,
        "text": "€ 437 miljoen",
        "labels": ["AMOUNT"],
    }


def test_spacy_docbin_expands_unaligned_spans(tmp_path):
    exported, back = tmp_path / "gold.spacy", tmp_path / "back.jsonl"
    output = convert(str(GOLD), "-o", str(exported))
    assert "1 spans expanded to token boundaries" in output
    docs = list(DocBin().from_disk(exported).get_docs(spacy.blank("nl").vocab))
    assert [(e.text, e.label_) for e in docs[0].ents][:3] == [
        ("minister van Defensie", "MINISTER"),
        ("2 juli 2026", "DATE"),
        ("€ 437 miljoen", "AMOUNT"),
    ]
    # the second letter has an extent: the Doc holds only that part; "PURL" in "PURL-pakket"
    # is inside one token and widens to it
    assert docs[1].text.endswith("circa 3 miljard euro.")
    assert ("PURL-pakket", "PROGRAMME") in [(e.text, e.label_) for e in docs[1].ents]
    examples = list(Corpus(str(exported))(spacy.blank("nl")))  # what `spacy train` reads
    assert [len(e.reference.ents) for e in examples] == [8, 4]
    convert(str(exported), "-o", str(back))
    original, restored = jsonl(GOLD), jsonl(back)
    assert restored[0] == original[0]
    purl = next(s for s in original[1]["spans"] if s["label"] == "PROGRAMME")
    widened = next(s for s in restored[1]["spans"] if s["label"] == "PROGRAMME")
    assert (widened["start"], widened["end"]) == (purl["start"], purl["end"] + len("-pakket"))
    assert widened["norm"] == purl["norm"]
    assert [s for s in restored[1]["spans"] if s is not widened and s["label"] != "PROGRAMME"] == [
        s for s in original[1]["spans"] if s["label"] != "PROGRAMME"
    ]  # including the DATE outside the extent, carried beside the Doc


def test_source_gold_exports_the_reader_text_and_comes_back_as_source(tmp_path):
    convert(str(SOURCE_GOLD), "-o", str(tmp_path / "p.jsonl"), "--to", "prodigy")
    task = jsonl(tmp_path / "p.jsonl")[0]
    assert task["text"] == (DATA / "letter.txt").read_text(encoding="utf-8")
    convert(str(tmp_path / "p.jsonl"), "--from", "prodigy", "-o", str(tmp_path / "back.jsonl"))
    (line,) = jsonl(tmp_path / "back.jsonl")
    assert "text" not in line and line["source"] == "tests/data/eval/letter.txt"
    assert line == jsonl(SOURCE_GOLD)[0]


def test_labelstudio_ner_export_import(tmp_path):
    text = "Zie 🙂 de minister van Defensie op 2 juli 2026."
    # Label Studio counts UTF-16 code units: after the emoji its offsets are one ahead
    export = [
        {
            "id": 7,
            "data": {"text": text},
            "annotations": [
                {"was_cancelled": True, "result": []},
                {
                    "result": [
                        {
                            "id": "r1",
                            "type": "labels",
                            "from_name": "label",
                            "to_name": "text",
                            "value": {
                                "start": 10,
                                "end": 31,
                                "text": "minister van Defensie",
                                "labels": ["MINISTER"],
                            },
                        },
                        {
                            "id": "r1",
                            "type": "textarea",
                            "from_name": "norm",
                            "to_name": "text",
                            "value": {
                                "start": 10,
                                "end": 31,
                                "text": [
                                    '{"name": null, "role": "minister", "portfolio": "Defensie"}'
                                ],
                            },
                        },
                        {
                            "id": "r2",
                            "type": "labels",
                            "from_name": "label",
                            "to_name": "text",
                            "value": {
                                "start": 35,
                                "end": 46,
                                "text": "2 juli 2026",
                                "labels": ["DATE"],
                            },
                        },
                    ]
                },
            ],
        }
    ]
    source = tmp_path / "export.json"
    source.write_text(json.dumps(export, ensure_ascii=False), encoding="utf-8")
    output = convert(str(source), "-o", str(tmp_path / "gold.jsonl"))
    assert "1 spans have no norm yet" in output
    (line,) = jsonl(tmp_path / "gold.jsonl")
    assert line["id"] == "7" and line["text"] == text
    assert [(text[s["start"] : s["end"]], s["label"]) for s in line["spans"]] == [
        ("minister van Defensie", "MINISTER"),
        ("2 juli 2026", "DATE"),
    ]
    assert line["spans"][0]["norm"] == {"name": None, "role": "minister", "portfolio": "Defensie"}
    assert line["spans"][1]["norm"] is None


def test_records_become_gold(tmp_path, processor):
    from pipeline.processor import Item

    gold = jsonl(GOLD)[0]
    (record,) = processor.process([Item(id="r", source="test", text=gold["text"])])
    records = tmp_path / "records.jsonl"
    records.write_text(record.model_dump_json() + "\n", encoding="utf-8")
    convert(str(records), "-o", str(tmp_path / "gold.jsonl"))
    (line,) = jsonl(tmp_path / "gold.jsonl")
    assert line["text"] == gold["text"]
    assert [(s["start"], s["end"], s["label"]) for s in line["spans"]] == [
        (e.start, e.end, e.label) for e in record.entities
    ]
    assert line["sentences"] == [[s.start, s.end] for s in record.sentences]
    check = runner.invoke(app, ["eval", "--check-gold", str(tmp_path / "gold.jsonl")])
    assert check.exit_code == 0, check.output


def test_unknown_format_is_a_usage_error(tmp_path):
    result = runner.invoke(
        app, ["convert", str(GOLD), "-o", str(tmp_path / "x.jsonl"), "--to", "conll"]
    )
    assert result.exit_code == 2
