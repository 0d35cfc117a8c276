"""`pipeline eval`: gold validation, scoring records, thresholds, and the HTML report in Chromium.

Fixtures: tests/data/eval/gold.jsonl (two text letters with hand-written offsets, one with an
extent), tests/data/eval/gold_source.jsonl (the first letter as source + sha256).
"""

from __future__ import annotations

import copy
import json
import re
import shutil
import subprocess
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.records import Record

DATA = Path(__file__).parent / "data" / "eval"
GOLD = DATA / "gold.jsonl"
SOURCE_GOLD = DATA / "gold_source.jsonl"
runner = CliRunner()


def gold_lines() -> list[dict]:
    return [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines()]


def _span(line: dict, surface: str, n: int = 1) -> dict:
    return [s for s in line["spans"] if line["text"][s["start"] : s["end"]] == surface][n - 1]


def _entity(text: str, start: int, end: int, label: str, norm: dict) -> dict:
    return {"start": start, "end": end, "text": text[start:end], "label": label, "norm": norm}


def _record(line: dict, entities: list[dict], sentences: list[list[int]], meta: dict) -> str:
    text = line["text"]
    record = Record(
        id=line["id"],
        source="test",
        sha256="0" * 64,
        format="txt",
        pipeline_version="test",
        base_model="test",
        meta=meta,
        text=text,
        body="",
        sentences=[{"start": s, "end": e, "text": text[s:e]} for s, e in sentences],
        entities=entities,
    )
    return record.model_dump_json()


def write_records(path: Path) -> Path:
    """Predictions with known errors (see test_scores_by_hand)."""
    a, b = gold_lines()
    ta = a["text"]
    kept = [
        s
        for s in a["spans"]
        if ta[s["start"] : s["end"]]
        not in ("€ 437 miljoen", "BIV", "Dilan Yeşilgöz-Zegerius", "Kamerstuk 22 054, nr. 479")
    ]
    entities_a = [_entity(ta, s["start"], s["end"], s["label"], s["norm"]) for s in kept]
    amount = _span(a, "€ 437 miljoen")
    reference = _span(a, "Kamerstuk 22 054, nr. 479")
    name = _span(a, "Dilan Yeşilgöz-Zegerius")
    date = _span(a, "2 juli 2026")
    entities_a += [
        _entity(ta, amount["start"] - 5, amount["end"], "AMOUNT", amount["norm"]),  # wrong boundary
        _entity(
            ta,
            reference["start"],
            reference["end"],
            "REFERENCE",
            {**reference["norm"], "id": "kst-22054-478"},
        ),  # right span, wrong norm id
        _entity(ta, name["start"], name["end"], "PROGRAMME", {"name": "x"}),  # wrong label
        _entity(ta, date["start"], date["end"], "DATE", date["norm"]),  # duplicate: spurious
        _entity(ta, 8, 18, "MINISTER", {}),  # "voorzitter": spurious
    ]
    long_sentence = a["sentences"][1]
    cut = ta.index("ruim")
    sentences_a = [
        a["sentences"][0],
        [long_sentence[0], cut - 1],
        [cut, long_sentence[1]],
        *a["sentences"][2:],
    ]
    tb = b["text"]
    entities_b = [_entity(tb, s["start"], s["end"], s["label"], s["norm"]) for s in b["spans"]]
    meta_b = {**b["meta"], "reference": "MINDEF1"}
    path.write_text(
        _record(a, entities_a, sentences_a, a["meta"])
        + "\n"
        + _record(b, entities_b, b["sentences"], meta_b)
        + "\n",
        encoding="utf-8",
    )
    return path


def run_eval(*args: str):
    return runner.invoke(app, ["eval", *args])


def test_check_gold_accepts_the_fixtures():
    result = run_eval("--check-gold", str(GOLD), str(SOURCE_GOLD))
    assert result.exit_code == 0, result.output
    assert "3 letters, 21 spans, 11 sentences: valid" in result.output


def _broken(mutate) -> list[dict]:
    lines = copy.deepcopy(gold_lines())
    mutate(lines[0])
    return lines


def _set(path: list, value):
    def mutate(line):
        target = line
        for key in path[:-1]:
            target = target[key]
        if value is _DELETE:
            del target[path[-1]]
        else:
            target[path[-1]] = value

    return mutate


_DELETE = object()
AMOUNT = 2  # index of "€ 437 miljoen" in the first fixture letter


@pytest.mark.parametrize(
    ("mutate", "message"),
    [
        (_set(["spans", 0, "end"], 10_000), "out of range"),
        (_set(["spans", 0, "start"], 23), "starts or ends with whitespace"),
        (
            lambda line: line["spans"].append(
                {
                    **line["spans"][0],
                    "end": line["spans"][0]["end"] + 5,
                    "start": line["spans"][0]["start"] + 4,
                }
            ),
            "spans overlap",
        ),
        (_set(["spans", 0, "label"], "PERSON"), "unknown label 'PERSON'"),
        (_set(["spans", AMOUNT, "norm", "currency"], _DELETE), "norm lacks ['currency']"),
        (_set(["spans", AMOUNT, "norm", "approximate"], "yes"), "norm approximate"),
        (_set(["spans", AMOUNT, "norm", "value"], "4.37e8"), "not a plain decimal string"),
        (_set(["spans", 1, "norm", "mod"], "BEGIN"), "norm mod"),
        (_set(["spans", 0, "norm", "office"], "x"), "norm office: Extra inputs"),
        (_set(["spans", 0, "norm"], _DELETE), "needs a 'norm' object"),
        (_set(["sentences", 0], [5, 2]), "out of range"),
        (_set(["meta", "date"], "2 juli"), "meta: date"),
        (_set(["split"], "train"), "'split' must be one of"),
        (_set(["extent"], [0, 99_999]), "extent"),
        (_set(["id"], "eval-b"), "duplicate id"),
    ],
)
def test_check_gold_rejects(tmp_path, mutate, message):
    path = tmp_path / "gold.jsonl"
    lines = _broken(mutate)
    path.write_text("".join(json.dumps(line, ensure_ascii=False) + "\n" for line in lines), "utf-8")
    result = run_eval("--check-gold", str(path))
    assert result.exit_code == 1, result.output
    assert message in result.output
    line_number = 2 if message == "duplicate id" else 1
    assert f"{path}:{line_number}" in result.output


def test_check_gold_rejects_malformed_json(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(GOLD.read_text(encoding="utf-8") + '{"id": "c", "text": \n', encoding="utf-8")
    result = run_eval("--check-gold", str(path))
    assert result.exit_code == 1
    assert f"{path}:3: malformed JSON" in result.output


def test_check_gold_rejects_sha256_mismatch(tmp_path):
    line = json.loads(SOURCE_GOLD.read_text(encoding="utf-8"))
    line["sha256"] = "0" * 64
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps(line) + "\n", encoding="utf-8")
    # source paths start at the project root: the nearest folder up with a pyproject.toml
    (tmp_path / "pyproject.toml").write_text("", encoding="utf-8")
    (tmp_path / "tests" / "data" / "eval").mkdir(parents=True)
    shutil.copy(DATA / "letter.txt", tmp_path / "tests" / "data" / "eval" / "letter.txt")
    result = run_eval("--check-gold", str(path))
    assert result.exit_code == 1
    assert "eval-a-source: sha256 mismatch for tests/data/eval/letter.txt" in result.output


def test_scores_by_hand(tmp_path):
    records = write_records(tmp_path / "records.jsonl")
    result = run_eval(str(GOLD), "--pred", str(records), "--json", "--per-letter")
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    strict = scores["entities"]["strict"]["overall"]
    # letter a: 5 correct, wrong boundary (amount), wrong label (name), missed BIV, 2 spurious;
    # letter b: its 4 spans inside the extent correct (the DATE after the extent is not scored)
    assert (strict["correct"], strict["incorrect"], strict["missed"], strict["spurious"]) == (
        9,
        2,
        1,
        2,
    )
    assert strict["precision"] == pytest.approx(9 / 13) and strict["recall"] == pytest.approx(
        9 / 12
    )
    assert scores["entities"]["strict"]["AMOUNT"]["f1"] == pytest.approx(0.5)
    assert scores["errors"]["AMOUNT"]["wrong_boundary"] == 1
    assert scores["errors"]["MINISTER"]["wrong_label"] == 1
    assert scores["errors"]["PROGRAMME"]["missed"] == 1
    assert (
        scores["errors"]["DATE"]["spurious"] == 1 and scores["errors"]["MINISTER"]["spurious"] == 1
    )
    assert scores["norm"]["REFERENCE"]["id"] == {"correct": 1, "total": 2, "accuracy": 0.5}
    assert scores["span_norm_exact"]["REFERENCE"]["tp"] == 1
    assert scores["sentences"]["tp"] == 6 and scores["sentences"]["predicted"] == 8
    assert scores["sentences"]["gold"] == 7
    assert scores["meta"]["reference"] == {"correct": 1, "total": 2, "accuracy": 0.5}
    assert scores["meta"]["signatories"]["correct"] == 2
    assert [row["id"] for row in scores["per_letter"]] == ["eval-a", "eval-b"]
    assert scores["per_letter"][1]["strict"]["f1"] == 1.0


def test_split_selects_letters(tmp_path):
    records = write_records(tmp_path / "records.jsonl")
    result = run_eval(str(DATA), "--pred", str(records), "--split", "test", "--json")
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["letters"] == 1 and scores["entities"]["strict"]["overall"]["f1"] == 1.0


@pytest.mark.parametrize(
    ("thresholds", "code"),
    [
        (["overall=0.7"], 0),
        (["overall=0.75"], 1),
        (["AMOUNT=0.5", "DATE=0.6"], 0),
        (["amount=0.6"], 1),
        (["sentences=0.8,macro=0.5"], 0),
        (["sentences=0.81"], 1),
        (["FOO=0.5"], 2),
        (["overall=90"], 2),
    ],
)
def test_min_f1(tmp_path, thresholds, code):
    records = write_records(tmp_path / "records.jsonl")
    args = [a for t in thresholds for a in ("--min-f1", t)]
    result = run_eval(str(GOLD), "--pred", str(records), *args)
    assert result.exit_code == code, result.output
    if code == 1:
        assert "below threshold" in result.output


def test_runs_the_pipeline_without_pred():
    result = run_eval(str(GOLD), str(SOURCE_GOLD), "--json", "--per-letter")
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert [row["id"] for row in scores["per_letter"]] == ["eval-a", "eval-b", "eval-a-source"]
    assert not scores["warnings"]  # every letter processed, texts identical to gold
    # the same letter as text gold and as source gold scores the same
    assert scores["per_letter"][0]["strict"] == scores["per_letter"][2]["strict"]


def test_html_report_renders_in_chromium(tmp_path):
    browser = (
        shutil.which("chromium")
        or shutil.which("chromium-browser")
        or shutil.which("google-chrome")
    )
    if browser is None:
        pytest.skip("no Chromium on PATH (apt-get install -y chromium) to render the HTML report")
    records = write_records(tmp_path / "records.jsonl")
    page = tmp_path / "report.html"
    result = run_eval(str(GOLD), "--pred", str(records), "--html", str(page))
    assert result.exit_code == 0, result.output
    dom = subprocess.run(
        [
            browser,
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    ).stdout
    assert "Entities over 2 letters" in dom and "Span errors" in dom and "Per letter" in dom
    # the script ran and counted the marks: 12 gold + 13 predicted spans (duplicate listed apart)
    assert re.search(r'<body[^>]*data-marks="25"', dom)
    assert re.search(r'<td data-legend="missed">1</td>', dom)
    assert re.search(r'<td data-legend="wrong_boundary">2</td>', dom)  # gold and predicted side
    assert re.search(r'<td data-legend="spurious">2</td>', dom)
    assert "[overlapping spans]" in dom
    assert '<mark class="wrong_label" data-label="PROGRAMME"' in dom
    assert 'data-label="AMOUNT"' in dom and ">ruim € 437 miljoen</mark>" in dom


def test_missing_record_counts_as_missed_and_broken_gold_fails(tmp_path):
    records = write_records(tmp_path / "records.jsonl")
    only_a = tmp_path / "only_a.jsonl"
    only_a.write_text(records.read_text(encoding="utf-8").splitlines()[0] + "\n", encoding="utf-8")
    result = run_eval(str(GOLD), "--pred", str(only_a), "--json")
    assert result.exit_code == 0, result.output
    scores = json.loads(result.stdout)
    assert scores["warnings"] == ["eval-b: no record for this letter: everything counts as missed"]
    assert scores["entities"]["strict"]["overall"]["missed"] == 1 + 4
    # a broken line is reported and fails the run, the valid letters are still scored
    gold = tmp_path / "gold.jsonl"
    gold.write_text(GOLD.read_text(encoding="utf-8") + "{broken\n", encoding="utf-8")
    result = run_eval(str(gold), "--pred", str(records), "--json")
    assert result.exit_code == 1
    assert f"invalid gold: {gold}:3: malformed JSON" in result.output


def test_check_gold_keeps_unicode_line_separators_inside_text(tmp_path):
    text = "Geachte voorzitter,\u2028De minister\x85 schreef op 2 juli 2026."
    start = text.index("2 juli")
    span = {"start": start, "end": start + 11, "label": "DATE", "norm": {"value": "2026-07-02"}}
    path = tmp_path / "gold.jsonl"
    path.write_text(
        json.dumps({"id": "u", "text": text, "spans": [span]}, ensure_ascii=False) + "\n",
        encoding="utf-8",
    )
    result = run_eval("--check-gold", str(path))
    assert result.exit_code == 0, result.output
