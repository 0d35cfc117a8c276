"""`pipeline load` against real databases: SQLite and DuckDB files, and a throwaway PostgreSQL
server (tests/postgres_fixture.py). Every test runs on all three backends."""

from __future__ import annotations

import datetime as dt
import json
from decimal import Decimal
from pathlib import Path

import pytest
import sqlalchemy as sa
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.db import loader
from pipeline.db.loader import SchemaMismatch, load
from pipeline.db.rows import date_extent, exact_decimal
from pipeline.db.source import scan_records
from pipeline.records import Record
from pipeline.runner import dumps

from .conftest import ROOT
from .feed_records import amounts_of, seed_2026_by_hand
from .postgres_fixture import postgres_cluster  # noqa: F401  (fixture)

BACKENDS = ["sqlite", "duckdb", "postgresql"]
README_SQL = (ROOT / "examples" / "amounts_per_programme_per_year.sql").read_text(encoding="utf-8")


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> str:
    if request.param == "sqlite":
        return f"sqlite:///{tmp_path / 'letters.db'}"
    if request.param == "duckdb":
        return f"duckdb:///{tmp_path / 'letters.duckdb'}"
    return request.getfixturevalue("postgres_cluster").new_database()


@pytest.fixture(scope="module")
def by_hand(seed_2026: Record) -> Record:
    return seed_2026_by_hand(seed_2026, letter_id="seed-2026-by-hand")


def query(url: str, sql: str, **params: object) -> list[tuple]:
    engine = loader.connect(url)
    try:
        with engine.connect() as conn:
            return [tuple(row) for row in conn.execute(sa.text(sql), params)]
    finally:
        engine.dispose()


def stored_amounts(url: str, letter_id: str) -> list[Decimal]:
    from pipeline.db.schema import entities

    engine = loader.connect(url)
    try:
        with engine.connect() as conn:
            rows = conn.execute(
                sa.select(entities.c.amount_value)
                .where(entities.c.letter_id == letter_id, entities.c.label == "AMOUNT")
                .order_by(entities.c.ordinal)
            )
            return [value for (value,) in rows]
    finally:
        engine.dispose()


def counts(url: str) -> dict[str, int]:
    tables = ("letters", "signatories", "entities", "sentences")
    return {t: query(url, f"SELECT COUNT(*) FROM {t}")[0][0] for t in tables}


def test_amounts_are_exact_decimals_end_to_end(
    db_url: str, seed_2026: Record, by_hand: Record
) -> None:
    report = load([seed_2026, by_hand], db_url)
    assert [o.action for o in report.outcomes] == ["new", "new"]
    expected = amounts_of(by_hand)
    assert (
        len(expected) >= 10
        and Decimal("14800000000") in expected
        and Decimal("180000000") in expected
    )
    for record in (
        seed_2026,
        by_hand,
    ):  # the pipeline's own amounts (if any yet) and the real seed values
        stored = stored_amounts(db_url, record.id)
        assert all(isinstance(v, Decimal) for v in stored)
        assert stored == amounts_of(record)


EDGE_VALUES = ["0.5", "-45000000", "0.000001", "-12345678901234567890123456.123456", "750"]


def test_edge_values_keep_sign_fraction_and_all_digits(db_url: str, by_hand: Record) -> None:
    data = by_hand.model_dump()
    amounts = [e for e in data["entities"] if e["label"] == "AMOUNT"][: len(EDGE_VALUES)]
    for entity, value in zip(amounts, EDGE_VALUES, strict=True):
        entity["norm"]["value"] = value
    record = Record.model_validate({**data, "id": "edges"})
    load([record], db_url)
    assert stored_amounts(db_url, "edges")[: len(EDGE_VALUES)] == [Decimal(v) for v in EDGE_VALUES]


def test_every_field_round_trips(db_url: str, by_hand: Record) -> None:
    load([by_hand], db_url)
    (letter,) = query(
        db_url, "SELECT id, sha256, date, subject, reference, sender, pipeline_version FROM letters"
    )
    meta = by_hand.meta
    assert letter[0] == by_hand.id and letter[1] == by_hand.sha256
    assert _as_date(letter[2]) == meta.date == dt.date(2026, 7, 2)
    assert letter[3:6] == (meta.subject, meta.reference, meta.sender)
    assert letter[3:5] == ("Leveringen militaire goederen aan Oekraïne", "MINDEF2026046327")
    assert letter[6] == by_hand.pipeline_version
    assert query(db_url, "SELECT name, role, portfolio FROM signatories") == [
        ("Dilan Yeşilgöz-Zegerius", "minister", "Defensie")
    ]
    sentences = query(db_url, 'SELECT start, "end", text FROM sentences ORDER BY ordinal')
    assert sentences == [(s.start, s.end, s.text) for s in by_hand.sentences]
    rows = query(
        db_url,
        'SELECT label, text, start, "end", amount_approximate, amount_qualifier, amount_per, '
        "date_value, date_granularity, date_start, date_end, programme_name, programme_acronym, "
        "reference_id, reference_dossier, minister_role, minister_portfolio "
        "FROM entities ORDER BY ordinal",
    )
    assert [(r[0], r[1], r[2], r[3]) for r in rows] == [
        (e.label, e.text, e.start, e.end) for e in by_hand.entities
    ]
    by_text = {r[1]: r for r in rows}
    assert by_text["€3 miljard euro"][4:7] == (True, "circa", "year")
    assert by_text["€437 miljoen"][4:7] == (False, None, None)
    assert by_text["Q3 2026"][7:9] == ("2026-Q3", "quarter")
    assert [_as_date(d) for d in by_text["Q3 2026"][9:11]] == [
        dt.date(2026, 7, 1),
        dt.date(2026, 9, 30),
    ]
    assert by_text["2027 – 2029"][8] == "interval"
    assert [_as_date(d) for d in by_text["2027 – 2029"][9:11]] == [
        dt.date(2027, 1, 1),
        dt.date(2029, 12, 31),
    ]
    assert by_text["UCAP"][11:13] == ("Ukraine Comprehensive Assistance Package", "UCAP")
    assert by_text["Kamerstuk 36045, nr. 292"][13:15] == ("kst-36045-292", "36045")
    assert by_text["minister van Buitenlandse Zaken"][15:17] == ("minister", "Buitenlandse Zaken")
    sentence_of = dict(query(db_url, "SELECT text, sentence FROM entities"))
    ucap = sentence_of["€179 mln."]
    assert sentence_of["UCAP"] == ucap and "UCAP" in by_hand.sentences[ucap].text
    table_cell = next(e.text for e in by_hand.entities if e.text.endswith("0,18 mld."))
    assert sentence_of[table_cell] is None  # tables are not sentences


def _as_date(value: object) -> dt.date:
    return dt.date.fromisoformat(value) if isinstance(value, str) else value  # type: ignore[return-value]


def test_nul_in_text_is_stored_as_replacement_character(db_url: str, by_hand: Record) -> None:
    data = by_hand.model_dump()
    data["sentences"][0]["text"] = "Geachte\x00voorzitter,"
    load([Record.model_validate({**data, "id": "nul"})], db_url)
    assert query(db_url, "SELECT text FROM sentences WHERE ordinal = 0") == [
        ("Geachte\ufffdvoorzitter,",)
    ]


def test_loading_twice_changes_nothing(db_url: str, seed_2026: Record, by_hand: Record) -> None:
    load([seed_2026, by_hand], db_url)
    before = counts(db_url), query(db_url, "SELECT id, loaded_at FROM letters ORDER BY id")
    report = load([seed_2026, by_hand], db_url)
    assert [o.action for o in report.outcomes] == ["unchanged", "unchanged"]
    assert (
        counts(db_url),
        query(db_url, "SELECT id, loaded_at FROM letters ORDER BY id"),
    ) == before
    assert before[0]["entities"] == len(seed_2026.entities) + len(by_hand.entities)


def test_changed_letter_replaces_its_rows(db_url: str, by_hand: Record) -> None:
    load([by_hand], db_url)
    newer = by_hand.model_copy(
        update={"pipeline_version": "9.9.9", "entities": by_hand.entities[:3], "sha256": "0" * 64}
    )
    report = load([newer], db_url)
    assert [o.action for o in report.outcomes] == ["replaced"]
    assert counts(db_url)["entities"] == 3
    assert counts(db_url)["sentences"] == len(by_hand.sentences)
    assert query(db_url, "SELECT pipeline_version, sha256 FROM letters") == [("9.9.9", "0" * 64)]


def test_broken_records_are_rejected_and_the_others_load(
    db_url: str, tmp_path: Path, seed_2026: Record, by_hand: Record
) -> None:
    bad_amount = by_hand.model_dump(mode="json")
    bad_amount["id"] = "bad-amount"
    next(e for e in bad_amount["entities"] if e["label"] == "AMOUNT")["norm"]["value"] = "14,8"
    missing = {"id": "no-text", "source": "x"}
    path = tmp_path / "records.jsonl"
    lines = [
        dumps(seed_2026),
        "{not json",
        json.dumps(bad_amount),
        json.dumps(missing),
        dumps(by_hand),
    ]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = load(scan_records(path), db_url)
    assert [(o.id, o.action) for o in report.outcomes] == [
        (seed_2026.id, "new"),
        ("line 2", "failed"),
        ("bad-amount", "failed"),
        ("no-text", "failed"),
        (by_hand.id, "new"),
    ]
    assert "not a plain decimal" in report.outcomes[2].message
    assert "not a valid record" in report.outcomes[3].message
    assert query(db_url, "SELECT id FROM letters ORDER BY id") == sorted(
        [(by_hand.id,), (seed_2026.id,)]
    )
    assert query(db_url, "SELECT COUNT(*) FROM entities WHERE letter_id = 'bad-amount'") == [(0,)]


def test_a_letter_failing_midway_leaves_its_old_rows(
    db_url: str, by_hand: Record, monkeypatch: pytest.MonkeyPatch
) -> None:
    load([by_hand], db_url)
    before = counts(db_url), query(db_url, "SELECT sha256, record_digest FROM letters")
    real_insert = loader.insert_rows

    def insert_then_fail(conn: sa.Connection, rows: dict) -> None:
        real_insert(conn, rows)  # the old rows are deleted and the new ones written ...
        raise OSError("disk full")  # ... then the letter fails before its commit

    monkeypatch.setattr(loader, "insert_rows", insert_then_fail)
    newer = by_hand.model_copy(update={"sha256": "1" * 64, "entities": by_hand.entities[:1]})
    report = load([newer], db_url)
    assert [(o.action, o.message) for o in report.outcomes] == [("failed", "OSError: disk full")]
    assert (counts(db_url), query(db_url, "SELECT sha256, record_digest FROM letters")) == before


def test_dry_run_reports_and_writes_nothing(
    db_url: str, seed_2026: Record, by_hand: Record
) -> None:
    report = load([seed_2026, by_hand], db_url, dry_run=True)
    assert [o.action for o in report.outcomes] == ["new", "new"]
    load([seed_2026], db_url)
    changed = by_hand.model_copy(update={"id": seed_2026.id})
    report = load([changed, by_hand], db_url, dry_run=True)
    assert [o.action for o in report.outcomes] == ["replaced", "new"]
    assert query(db_url, "SELECT id, sha256 FROM letters") == [(seed_2026.id, seed_2026.sha256)]
    assert counts(db_url)["entities"] == len(seed_2026.entities)


def test_readme_sql_amounts_per_programme_per_year(db_url: str, by_hand: Record) -> None:
    load([by_hand], db_url)
    rows = [
        (year, name, Decimal(str(total)), n) for year, name, total, n in query(db_url, README_SQL)
    ]
    assert rows == [
        ("2026", "Europese Vredesfaciliteit", Decimal("6000000000"), 1),
        ("2026", "Prioritised Ukraine Requirements List", Decimal("500000000"), 1),
        ("2026", "Ukraine Comprehensive Assistance Package", Decimal("179000000"), 1),
    ]


def test_a_database_of_another_schema_version_is_refused(db_url: str, by_hand: Record) -> None:
    load([by_hand], db_url)
    engine = loader.connect(db_url)
    with engine.begin() as conn:
        conn.execute(sa.text("UPDATE schema_version SET version = 999"))
    engine.dispose()
    with pytest.raises(SchemaMismatch, match="schema version 999"):
        load([by_hand], db_url)


def test_cli_load_defaults_to_sqlite_beside_the_records(
    tmp_path: Path, seed_2026: Record, by_hand: Record
) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text(dumps(seed_2026) + "\n" + dumps(by_hand) + "\n", encoding="utf-8")
    runner = CliRunner()
    dry = runner.invoke(app, ["load", str(path), "--dry-run"])
    assert dry.exit_code == 0, dry.output
    assert f"would add {by_hand.id}" in dry.stdout and not (tmp_path / "out.db").exists()
    result = runner.invoke(app, ["load", str(path)])
    assert result.exit_code == 0, result.output
    assert counts(f"sqlite:///{tmp_path / 'out.db'}")["letters"] == 2
    path.write_text(path.read_text(encoding="utf-8") + "{broken\n", encoding="utf-8")
    again = runner.invoke(app, ["load", str(path)])
    assert again.exit_code == 1
    assert "0 new, 0 replaced, 2 unchanged, 1 failed" in again.output


@pytest.mark.parametrize(
    ("value", "granularity", "first", "last"),
    [
        ("2026-04-21", "day", "2026-04-21", "2026-04-21"),
        ("2026-02", "month", "2026-02-01", "2026-02-28"),
        ("2026-H2", "half", "2026-07-01", "2026-12-31"),
        ("2026-WI", "season", "2026-12-01", "2027-02-28"),
        ("2026", "year", "2026-01-01", "2026-12-31"),
        ("2022/2023", "interval", "2022-01-01", "2023-12-31"),
        ("2026-13", "other", None, None),
    ],
)
def test_date_extent(value: str, granularity: str, first: str | None, last: str | None) -> None:
    iso = [None if d is None else d.isoformat() for d in date_extent(value)[1:]]
    assert (date_extent(value)[0], *iso) == (granularity, first, last)


@pytest.mark.parametrize("value", ["14,8", "1e9", "1.2345678", "1" * 33, " 5", "NaN"])
def test_values_that_cannot_be_stored_exactly_are_errors(value: str) -> None:
    with pytest.raises(ValueError):
        exact_decimal(value)
