"""The normalised schema as SQLAlchemy Core tables, one definition for every backend.

Money is exact everywhere: NUMERIC(38, 6) in PostgreSQL, DECIMAL(38, 6) in DuckDB, and TEXT
holding the exact decimal in SQLite (which has no exact decimal type). Two backend quirks are
handled here rather than in the loader: DuckDB checks foreign keys too eagerly to delete and
re-insert a letter's rows in one transaction, so it gets no FOREIGN KEY clauses; and its
dialect would bind decimals as float, so they are bound as text and cast by DuckDB itself.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from sqlalchemy import (
    Boolean,
    Column,
    Date,
    DateTime,
    ForeignKeyConstraint,
    Index,
    Integer,
    MetaData,
    Numeric,
    Table,
    Text,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.types import TypeDecorator, TypeEngine, UserDefinedType

from .rows import ENTITY_NORM_COLUMNS, PRECISION, SCALE

# Bump when a table or column changes; a database with another version is refused.
SCHEMA_VERSION = 1


class _DuckDecimal(UserDefinedType):
    cache_ok = True

    def get_col_spec(self, **kw: Any) -> str:
        return f"DECIMAL({PRECISION}, {SCALE})"


class ExactDecimal(TypeDecorator):
    """A `Decimal` column that never passes through float."""

    impl = Numeric(PRECISION, SCALE, asdecimal=True)
    cache_ok = True

    def load_dialect_impl(self, dialect: Dialect) -> TypeEngine:
        if dialect.name == "sqlite":
            return dialect.type_descriptor(Text())
        if dialect.name == "duckdb":
            return _DuckDecimal()
        return dialect.type_descriptor(Numeric(PRECISION, SCALE, asdecimal=True))

    def process_bind_param(self, value: Any, dialect: Dialect) -> Any:
        if value is None or dialect.name not in ("sqlite", "duckdb"):
            return value
        return format(Decimal(value), "f")

    def process_result_value(self, value: Any, dialect: Dialect) -> Decimal | None:
        if value is None or isinstance(value, Decimal):
            return value
        return Decimal(str(value))


def _not_duckdb(
    ddl: Any,
    target: Any,
    bind: Any,
    tables: Any = None,
    state: Any = None,
    *,
    dialect: Dialect,
    **kw: Any,
) -> bool:
    return dialect.name != "duckdb"


def _letter_fk() -> ForeignKeyConstraint:
    return ForeignKeyConstraint(["letter_id"], ["letters.id"]).ddl_if(callable_=_not_duckdb)


_KINDS: dict[str, Any] = {"text": Text, "bool": Boolean, "decimal": ExactDecimal, "date": Date}

metadata = MetaData()

schema_version = Table(
    "schema_version",
    metadata,
    Column("version", Integer, primary_key=True, autoincrement=False),
    Column("created_at", DateTime, nullable=False),
)

letters = Table(
    "letters",
    metadata,
    Column("id", Text, primary_key=True),
    Column("sha256", Text, nullable=False),
    Column("source", Text, nullable=False),
    Column("format", Text, nullable=False),
    Column("date", Date),
    Column("subject", Text),
    Column("reference", Text),
    Column("sender", Text),
    Column("addressee", Text),
    Column("ob_id", Text),
    Column("meta_source", Text, nullable=False),
    Column("pipeline_version", Text, nullable=False),
    Column("base_model", Text, nullable=False),
    Column("record_digest", Text, nullable=False),
    Column("loaded_at", DateTime, nullable=False),  # UTC
)

signatories = Table(
    "signatories",
    metadata,
    Column("letter_id", Text, primary_key=True),
    Column("ordinal", Integer, primary_key=True),
    Column("name", Text),
    Column("role", Text),
    Column("portfolio", Text),
    _letter_fk(),
)

entities = Table(
    "entities",
    metadata,
    Column("letter_id", Text, primary_key=True),
    Column("ordinal", Integer, primary_key=True),
    Column("label", Text, nullable=False),
    Column("text", Text, nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("sentence", Integer),  # ordinal in `sentences`; NULL outside sentences
    *(Column(name, _KINDS[kind]()) for name, kind in ENTITY_NORM_COLUMNS.items()),
    _letter_fk(),
)

sentences = Table(
    "sentences",
    metadata,
    Column("letter_id", Text, primary_key=True),
    Column("ordinal", Integer, primary_key=True),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("text", Text, nullable=False),
    _letter_fk(),
)

Index("ix_letters_date", letters.c.date)
Index("ix_entities_label", entities.c.label, entities.c.letter_id)
Index("ix_entities_programme_name", entities.c.programme_name)
Index("ix_entities_sentence", entities.c.letter_id, entities.c.sentence)
Index("ix_entities_date_start", entities.c.date_start)
Index("ix_signatories_name", signatories.c.name)

# Children first: the order rows are deleted in (and the reverse of the insert order).
CHILD_TABLES = (signatories, entities, sentences)
