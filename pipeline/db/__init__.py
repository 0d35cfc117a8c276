"""The downstream feed: records as rows of a normalised schema, loaded into SQL databases.

- `rows`: a `Record` as plain rows (pure Python; also behind `pipeline.to_frames`).
- `source`: read a records JSONL file line by line, keeping bad lines as rejections.
- `schema`: the SQLAlchemy Core tables (one definition for SQLite, PostgreSQL and DuckDB).
- `loader`: idempotent, per-letter transactional loading (`pipeline load`).

Nothing is imported here so that `pipeline.to_frames` never pulls in SQLAlchemy.
"""
