"""Load records into SQLite, PostgreSQL or DuckDB through one SQLAlchemy Core code path.

Each letter is written in its own transaction: its rows are deleted and re-inserted together,
so a reader sees the old letter or the new one, never a mix, and a letter that fails is rolled
back without touching the others. A letter whose stored `record_digest` equals the new one
(same text sha256, pipeline version, base model and output) is left as it is, so loading the
same file twice changes nothing.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from sqlalchemy import Engine, create_engine, event, func, inspect, select
from sqlalchemy.engine import Connection, make_url

from ..records import Record
from . import schema
from .rows import letter_rows
from .source import Rejected

Action = Literal["new", "replaced", "unchanged", "failed"]


class SchemaMismatch(Exception):
    """The database holds another version of the schema."""


@dataclass(frozen=True, slots=True)
class Outcome:
    id: str
    action: Action
    message: str = ""


@dataclass
class LoadReport:
    outcomes: list[Outcome] = field(default_factory=list)

    def count(self, action: Action) -> int:
        return sum(1 for o in self.outcomes if o.action == action)

    @property
    def failed(self) -> list[Outcome]:
        return [o for o in self.outcomes if o.action == "failed"]


def database_url(url: str | None, records_path: str | Path | None = None) -> str:
    """SQLAlchemy URL: `postgresql://` means psycopg 3; none: a SQLite file beside the records."""
    if url is None:
        if records_path is None:
            raise ValueError("no database URL and no records file to put one beside")
        return f"sqlite:///{Path(records_path).with_suffix('.db')}"
    for prefix in ("postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url[len(prefix) :]
    return url


def connect(url: str) -> Engine:
    engine = create_engine(database_url(url))
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _sqlite_foreign_keys)
    return engine


def _sqlite_foreign_keys(dbapi_connection: Any, _record: Any) -> None:
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.close()


def _file_of(url: str) -> Path | None:
    """The database file of a SQLite or DuckDB URL (None for a server or in-memory database)."""
    parsed = make_url(database_url(url))
    if parsed.get_backend_name() in ("sqlite", "duckdb") and parsed.database not in (
        None,
        "",
        ":memory:",
    ):
        return Path(parsed.database)
    return None


def ensure_schema(engine: Engine) -> None:
    schema.metadata.create_all(engine)
    with engine.begin() as conn:
        found = conn.execute(select(func.max(schema.schema_version.c.version))).scalar()
        if found is None:
            conn.execute(
                schema.schema_version.insert().values(
                    version=schema.SCHEMA_VERSION, created_at=_now()
                )
            )
        elif found != schema.SCHEMA_VERSION:
            raise SchemaMismatch(
                f"the database has schema version {found}; this pipeline writes version "
                f"{schema.SCHEMA_VERSION}: load into a new database"
            )


def load(records: Iterable[Record | Rejected], url: str, *, dry_run: bool = False) -> LoadReport:
    """Load every record; returns what happened to each letter (or would happen, with dry_run)."""
    report = LoadReport()
    seen: set[str] = set()
    if dry_run:
        stored = _stored_digests(url)
        engine = None
    else:
        file = _file_of(url)
        if file is not None:
            file.parent.mkdir(parents=True, exist_ok=True)
        engine = connect(url)
        ensure_schema(engine)
    try:
        for record in records:
            if isinstance(record, Rejected):
                report.outcomes.append(
                    Outcome(record.id, "failed", f"line {record.line}: {record.message}")
                )
                continue
            if record.id in seen:
                report.outcomes.append(Outcome(record.id, "failed", "duplicate id in the input"))
                continue
            seen.add(record.id)
            if engine is None:
                report.outcomes.append(_plan(record, stored))
            else:
                report.outcomes.append(_load_letter(engine, record))
    finally:
        if engine is not None:
            engine.dispose()
    return report


def _load_letter(engine: Engine, record: Record) -> Outcome:
    try:
        rows = letter_rows(record)
        with engine.begin() as conn:
            letters = schema.letters
            old = conn.execute(
                select(letters.c.record_digest).where(letters.c.id == record.id)
            ).scalar()
            if old == rows["letters"][0]["record_digest"]:
                return Outcome(record.id, "unchanged")
            if old is not None:
                delete_letter(conn, record.id)
            rows["letters"][0]["loaded_at"] = _now()
            insert_rows(conn, rows)
        return Outcome(record.id, "new" if old is None else "replaced")
    except Exception as exc:  # reported per letter; its transaction is already rolled back
        return Outcome(record.id, "failed", f"{exc.__class__.__name__}: {str(exc).splitlines()[0]}")


def delete_letter(conn: Connection, letter_id: str) -> None:
    for table in schema.CHILD_TABLES:
        conn.execute(table.delete().where(table.c.letter_id == letter_id))
    conn.execute(schema.letters.delete().where(schema.letters.c.id == letter_id))


def insert_rows(conn: Connection, rows: dict[str, list[dict[str, Any]]]) -> None:
    conn.execute(schema.letters.insert(), rows["letters"])
    for table in schema.CHILD_TABLES:
        if rows[table.name]:
            conn.execute(table.insert(), rows[table.name])


def _plan(record: Record, stored: dict[str, str]) -> Outcome:
    try:
        digest = letter_rows(record)["letters"][0]["record_digest"]
    except Exception as exc:
        return Outcome(record.id, "failed", f"{exc.__class__.__name__}: {exc}")
    if record.id not in stored:
        return Outcome(record.id, "new")
    return Outcome(record.id, "unchanged" if stored[record.id] == digest else "replaced")


def _stored_digests(url: str) -> dict[str, str]:
    """Digests already in the database, read without creating the file or the tables."""
    file = _file_of(url)
    if file is not None and not file.exists():
        return {}
    engine = connect(url)
    try:
        if not inspect(engine).has_table("letters"):
            return {}
        with engine.connect() as conn:
            letters = schema.letters
            return {i: d for i, d in conn.execute(select(letters.c.id, letters.c.record_digest))}
    finally:
        engine.dispose()


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
