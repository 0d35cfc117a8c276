"""Batch behaviour of `pipeline run`: bad input, exit codes, resume, workers, determinism, --until."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.runner import run as run_batch

from .conftest import SEED_2022, SEED_2026

runner = CliRunner()


def _records(path: Path) -> list[dict]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


@pytest.fixture()
def mixed_dir(tmp_path: Path) -> Path:
    folder = tmp_path / "letters"
    folder.mkdir()
    shutil.copy(SEED_2022, folder / "a-2022.txt")
    shutil.copy(SEED_2026, folder / "c-2026.txt")
    (folder / "b-empty.txt").write_bytes(b"")
    (folder / "d-binary.txt").write_bytes(bytes(range(256)) * 8)
    return folder


def test_directory_with_bad_files_writes_good_ones_and_exits_1(mixed_dir: Path, tmp_path: Path) -> None:
    out, errors = tmp_path / "records.jsonl", tmp_path / "errors.jsonl"
    result = runner.invoke(app, ["run", str(mixed_dir), "-o", str(out), "--errors", str(errors)])
    assert result.exit_code == 1
    assert [r["id"] for r in _records(out)] == ["a-2022", "c-2026"]
    failures = {e["id"]: e for e in _records(errors)}
    assert set(failures) == {"b-empty", "d-binary"}
    assert failures["b-empty"]["stage"] == "read" and failures["b-empty"]["message"] == "empty file"
    assert "binary" in failures["d-binary"]["message"]
    assert failures["d-binary"]["source"].endswith("d-binary.txt")
    assert not list(tmp_path.glob("*.partial"))


def test_all_good_exits_0_and_reports_meta(tmp_path: Path) -> None:
    out = tmp_path / "records.jsonl"
    result = runner.invoke(app, ["run", str(SEED_2026), "-o", str(out)])
    assert result.exit_code == 0, result.output
    (record,) = _records(out)
    assert record["meta"]["reference"] == "MINDEF2026046327"
    assert record["base_model"] == "blank:nl"
    assert record["pipeline_version"]


def test_cp1252_letter_is_decoded_and_the_encoding_recorded(tmp_path: Path) -> None:
    text = "Datum 3 maart 2025\nBetreft Financiële bijdrage\n\nGeachte voorzitter,\n\nDe bijdrage is € 5 miljoen.\n"
    path = tmp_path / "cp.txt"
    path.write_bytes(text.encode("cp1252"))
    out = tmp_path / "r.jsonl"
    assert runner.invoke(app, ["run", str(path), "-o", str(out)]).exit_code == 0
    (record,) = _records(out)
    assert record["encoding"] == "cp1252"
    assert record["text"] == text
    assert record["meta"]["subject"] == "Financiële bijdrage"
    assert record["meta"]["date"] == "2025-03-03"


def test_missing_model_is_a_one_line_usage_error(tmp_path: Path) -> None:
    result = runner.invoke(app, ["run", str(SEED_2022), "--model", "nl_core_news_does_not_exist"])
    assert result.exit_code == 2
    assert "nl_core_news_does_not_exist" in result.output
    assert "Traceback" not in result.output


def test_unknown_stage_is_a_usage_error() -> None:
    result = runner.invoke(app, ["run", str(SEED_2022), "--until", "tokenise"])
    assert result.exit_code == 2


def test_output_is_byte_identical_between_runs(tmp_path: Path) -> None:
    first, second = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    for out in (first, second):
        runner.invoke(app, ["run", str(SEED_2022), str(SEED_2026), "-o", str(out)])
    assert first.read_bytes() == second.read_bytes()
    assert first.read_bytes().count(b"\n") == 2


def test_two_workers_give_the_same_bytes_in_the_same_order(mixed_dir: Path, tmp_path: Path) -> None:
    single, double = tmp_path / "1.jsonl", tmp_path / "2.jsonl"
    options = {"model": "blank:nl", "until": None, "timings": False}
    run_batch([str(mixed_dir)], single, tmp_path / "e1.jsonl", options=options, workers=1)
    run_batch([str(mixed_dir)], double, tmp_path / "e2.jsonl", options=options, workers=2)
    assert single.read_bytes() == double.read_bytes()
    assert (tmp_path / "e1.jsonl").read_bytes() == (tmp_path / "e2.jsonl").read_bytes()


def test_resume_after_interruption_loses_nothing_and_duplicates_nothing(mixed_dir: Path, tmp_path: Path) -> None:
    out = tmp_path / "records.jsonl"
    full = tmp_path / "full.jsonl"
    runner.invoke(app, ["run", str(mixed_dir), "-o", str(full), "--errors", str(tmp_path / "fe.jsonl")])
    complete = full.read_text(encoding="utf-8").splitlines()
    # An interrupted run: the first record written, the second cut off mid-line, never renamed.
    partial = out.with_name(out.name + ".partial")
    partial.write_text(complete[0] + "\n" + complete[1][: len(complete[1]) // 2], encoding="utf-8")
    result = runner.invoke(
        app, ["run", str(mixed_dir), "-o", str(out), "--errors", str(tmp_path / "e.jsonl"), "--resume"]
    )
    assert result.exit_code == 1  # the two bad letters still fail
    assert out.read_text(encoding="utf-8").splitlines() == complete
    again = runner.invoke(
        app, ["run", str(mixed_dir), "-o", str(out), "--errors", str(tmp_path / "e.jsonl"), "--resume"]
    )
    assert again.exit_code == 0  # nothing left to do: every id is done or recorded as failed
    assert out.read_text(encoding="utf-8").splitlines() == complete


def test_jsonl_and_stdin_inputs(tmp_path: Path) -> None:
    letters = tmp_path / "letters.jsonl"
    letters.write_text(
        json.dumps({"id": "x1", "text": SEED_2022.read_text(encoding="utf-8")}) + "\n"
        + json.dumps({"id": "x2", "text": "   "}) + "\n",
        encoding="utf-8",
    )
    out = tmp_path / "r.jsonl"
    result = runner.invoke(app, ["run", str(letters), "-o", str(out), "--errors", str(tmp_path / "e.jsonl")])
    assert result.exit_code == 1
    assert [r["id"] for r in _records(out)] == ["x1"]
    result = runner.invoke(app, ["run", "-", "-o", str(out)], input=SEED_2026.read_text(encoding="utf-8"))
    assert result.exit_code == 0
    assert _records(out)[0]["meta"]["date"] == "2026-07-02"


@pytest.mark.parametrize("stage", ["read", "clean", "structure", "sentences"])
def test_until_stops_after_the_stage(stage: str, tmp_path: Path) -> None:
    out = tmp_path / "r.jsonl"
    assert runner.invoke(app, ["run", str(SEED_2026), "-o", str(out), "--until", stage]).exit_code == 0
    (record,) = _records(out)
    assert record["text"] == SEED_2026.read_text(encoding="utf-8")
    assert (record["body"] != "") is (stage != "read")
    assert (record["meta"]["date"] is not None) is (stage not in ("read", "clean"))
    assert bool(record["sentences"]) is (stage == "sentences")
    assert record["entities"] == []


def test_stages_command_lists_the_order_and_the_base_model() -> None:
    result = runner.invoke(app, ["stages", "--model", "blank:nl"])
    assert result.exit_code == 0
    lines = result.output.splitlines()
    assert lines[0].endswith("read") and "record" in lines[-2]
    assert lines[-1].startswith("base model: blank:nl")


def test_schema_is_generated_from_the_models() -> None:
    result = runner.invoke(app, ["schema"])
    schema = json.loads(result.output)
    assert schema["title"] == "Record"
    assert {"AmountNorm", "DateNorm", "MinisterNorm", "ProgrammeNorm", "ReferenceNorm"} <= set(schema["$defs"])


def test_letters_sharing_a_stem_get_distinct_ids(tmp_path: Path) -> None:
    from pipeline.runner import iter_items

    folder = tmp_path / "in"
    folder.mkdir()
    shutil.copy(SEED_2022, folder / "kst-1.txt")
    shutil.copy(SEED_2022, folder / "kst-1.md")
    shutil.copy(SEED_2026, folder / "other.txt")
    assert [i.id for i in iter_items([str(folder)])] == ["kst-1.md", "kst-1.txt", "other"]


def test_a_missing_model_with_workers_is_a_usage_error_not_a_hang(tmp_path: Path) -> None:
    result = runner.invoke(app, ["run", str(SEED_2022), "-o", str(tmp_path / "r.jsonl"), "--workers", "2",
                                 "--model", "nl_core_news_does_not_exist"])
    assert result.exit_code == 2
    assert "nl_core_news_does_not_exist" in result.output


def test_a_malformed_jsonl_line_is_one_error_and_the_other_lines_go_on(tmp_path: Path) -> None:
    letters = tmp_path / "letters.jsonl"
    letters.write_text(
        json.dumps({"id": "good", "text": SEED_2022.read_text(encoding="utf-8")}) + "\n{not json\n",
        encoding="utf-8",
    )
    out, errors = tmp_path / "r.jsonl", tmp_path / "e.jsonl"
    result = runner.invoke(app, ["run", str(letters), "-o", str(out), "--errors", str(errors)])
    assert result.exit_code == 1
    assert [r["id"] for r in _records(out)] == ["good"]
    (error,) = _records(errors)
    assert error["id"] == "letters-2" and error["message"].startswith("line 2:")


def test_a_grown_vocabulary_renews_the_pipeline_without_changing_a_record(processor) -> None:
    """spaCy's vocabulary grows with every new word form; past `vocab_limit` new strings the
    processor builds a fresh pipeline (flat memory over long streams). Records must not notice."""
    from pipeline.processor import Item, Processor

    items = [Item(id=path.stem, source=str(path), path=path) for path in (SEED_2022, SEED_2026)] * 2
    renewing = Processor(model="blank:nl", batch_size=1, vocab_limit=0)
    first_nlp = renewing.nlp
    renewed = [record.model_dump_json() for record in renewing.process(items)]
    assert renewing.nlp is not first_nlp
    assert renewed == [record.model_dump_json() for record in processor.process(items)]
    steady = Processor(model="blank:nl", batch_size=1)
    steady_nlp = steady.nlp
    list(steady.process(items))
    assert steady.nlp is steady_nlp  # two letters add far fewer than 25,000 strings
