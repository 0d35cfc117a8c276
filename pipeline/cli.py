"""The `pipeline` command line.

Exit codes: 0 every letter succeeded (or the command did what it was asked), 1 some letters
failed (or an eval threshold was missed), 2 usage errors (bad option, unknown stage, missing model).
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from .stages import DOC_STAGES, STAGES

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    help="Turn Dutch government letters to parliament (Kamerbrieven) into typed JSONL records.",
    rich_markup_mode=None,
)
err = Console(stderr=True)


def _fail_usage(message: str) -> None:
    err.print(f"error: {message}", markup=False, highlight=False)
    raise typer.Exit(2)


ModelOption = Annotated[
    str | None,
    typer.Option(
        "--model",
        help="spaCy package name or path; default: nl_core_news_lg/md/sm if installed, else the embedded blank:nl.",
    ),
]


@app.command()
def run(
    inputs: Annotated[list[str], typer.Argument(help="Files, directories, JSONL files of {id,text}, or - for stdin.")],
    output: Annotated[Path | None, typer.Option("-o", "--output", help="Records JSONL (default: stdout).")] = None,
    errors: Annotated[Path | None, typer.Option("--errors", help="Error records JSONL (default: stderr).")] = None,
    model: ModelOption = None,
    until: Annotated[str | None, typer.Option("--until", help=f"Stop after this stage: {', '.join(STAGES)}.")] = None,
    workers: Annotated[int, typer.Option("--workers", min=1, help="Worker processes; output order stays stable.")] = 1,
    resume: Annotated[
        bool, typer.Option("--resume", help="Keep records already written to --output and skip their ids.")
    ] = False,
    progress: Annotated[
        bool | None, typer.Option("--progress/--no-progress", help="Progress bar (default: on a TTY).")
    ] = None,
    timings: Annotated[
        bool, typer.Option("--timings", help="Add per-stage seconds to each record (output is then not byte-stable).")
    ] = False,
    engine: Annotated[
        str,
        typer.Option(
            "--engine", help="local (processes on this machine) or dask (sharded output in the --output folder)."
        ),
    ] = "local",
    scheduler: Annotated[
        str | None, typer.Option("--scheduler", help="Dask scheduler address; default: a LocalCluster.")
    ] = None,
    max_bytes: Annotated[
        int | None,
        typer.Option(
            "--max-bytes", min=1, help="Per-letter file size limit (default 50 MB); larger files are error records."
        ),
    ] = None,
    max_pages: Annotated[int | None, typer.Option("--max-pages", min=1, help="PDF page limit (default 500).")] = None,
    time_budget: Annotated[
        float | None,
        typer.Option("--time-budget", min=0, help="Seconds a letter may take to read (default 120; 0: no limit)."),
    ] = None,
) -> None:
    """Process letters into one JSONL record each. Exit 0: all succeeded; 1: some failed; 2: usage error."""
    from .nlp import ModelNotFound
    from .runner import run as run_batch

    if until is not None and until not in STAGES:
        _fail_usage(f"unknown stage {until!r}; stages are: {', '.join(STAGES)}")
    if resume and output is None:
        _fail_usage("--resume needs --output")
    options: dict[str, object] = {"model": model, "until": until, "timings": timings}
    limits = {"max_bytes": max_bytes, "max_pdf_pages": max_pages, "seconds_per_letter": time_budget}
    if any(v is not None for v in limits.values()):
        options["limits"] = {k: v for k, v in limits.items() if v is not None}
    if engine == "dask":
        _run_dask(inputs, output, options, scheduler, workers)
    elif engine != "local":
        _fail_usage(f"unknown engine {engine!r}: local or dask")
    show = sys.stderr.isatty() if progress is None else progress
    started = time.perf_counter()
    try:
        if show:
            from rich.progress import Progress, TextColumn

            with Progress(*Progress.get_default_columns(), TextColumn("{task.fields[status]}"), console=err) as bar:
                task = bar.add_task("letters", total=None, status="")

                def tick(summary):  # type: ignore[no-untyped-def]
                    rate = (summary.written + summary.failed) / max(time.perf_counter() - started, 1e-9)
                    bar.update(task, advance=1, status=f"{rate:.1f} letters/s, {summary.failed} failed")

                summary = run_batch(
                    inputs, output, errors, options=options, workers=workers, resume=resume, progress=tick
                )
        else:
            summary = run_batch(inputs, output, errors, options=options, workers=workers, resume=resume)
    except ModelNotFound as exc:
        _fail_usage(str(exc))
    elapsed = time.perf_counter() - started
    err.print(
        f"{summary.written} records, {summary.failed} failed, {summary.skipped} kept from before, {elapsed:.1f}s",
        markup=False,
        highlight=False,
    )
    raise typer.Exit(1 if summary.failed else 0)


def _run_dask(inputs: list[str], output: Path | None, options: dict, scheduler: str | None, workers: int) -> None:
    if output is None:
        _fail_usage("--engine dask needs --output FOLDER for the record shards")
    assert output is not None
    try:
        from .dask_engine import run_dask
    except ImportError as exc:
        _fail_usage(f"the dask engine needs the extra: pip install '.[dask]' ({exc})")
    manifest = run_dask(inputs, output, options=options, scheduler=scheduler, workers=max(workers, 1))
    err.print(
        f"{manifest['written']} records, {manifest['failed']} failed in {len(manifest['shards'])} shards", markup=False
    )
    raise typer.Exit(1 if manifest["failed"] else 0)


@app.command()
def schema() -> None:
    """Print the JSON Schema of a record, generated from the pydantic models."""
    from .records import record_json_schema

    typer.echo(json.dumps(record_json_schema(), indent=2, ensure_ascii=False))


@app.command()
def stages(model: ModelOption = None) -> None:
    """Print the ordered stages and the base model that would run."""
    from .nlp import ModelNotFound, load_base

    try:
        base = load_base(model)
    except ModelNotFound as exc:
        _fail_usage(str(exc))
    factories = dict(DOC_STAGES)
    for number, stage in enumerate(STAGES, start=1):
        suffix = f"  (spaCy component {factories[stage]})" if stage in factories else ""
        typer.echo(f"{number:2d}. {stage}{suffix}")
    typer.echo(f"base model: {base.name}" + (f" [{', '.join(base.nlp.pipe_names)}]" if base.nlp.pipe_names else ""))


# `pipeline eval` and `pipeline convert` live beside the evaluation code.
from .evaluation.commands import convert, evaluate  # noqa: E402

app.command("eval")(evaluate)
app.command("convert")(convert)


@app.command()
def load(
    records: Annotated[Path, typer.Argument(help="Records JSONL written by `pipeline run`.")],
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            help="sqlite:///letters.db, postgresql://user@host/name or duckdb:///letters.duckdb "
            "(default: a SQLite file beside the records, same stem + .db).",
        ),
    ] = None,
    dry_run: Annotated[bool, typer.Option("--dry-run", help="Report what would change; write nothing.")] = False,
) -> None:
    """Load records into a database, one transaction per letter. Exit 0: all loaded; 1: some failed;
    2: the database cannot be used."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import SQLAlchemyError

    from .db.loader import SchemaMismatch, database_url
    from .db.loader import load as load_records
    from .db.source import scan_records

    if not records.is_file():
        _fail_usage(f"no such records file: {records}")
    url = database_url(db, records)
    try:
        report = load_records(scan_records(records), url, dry_run=dry_run)
    except SchemaMismatch as exc:
        _fail_usage(str(exc))
    except SQLAlchemyError as exc:  # a letter's own errors are reported per letter, not here
        shown = make_url(url).render_as_string(hide_password=True)
        _fail_usage(f"cannot use the database {shown}: {str(exc).splitlines()[0]}")
    verb = {"new": "add", "replaced": "replace", "unchanged": "keep", "failed": "reject"}
    for outcome in report.outcomes:
        if outcome.action == "failed":
            err.print(f"failed {outcome.id}: {outcome.message}", markup=False, highlight=False)
        elif dry_run and outcome.action != "unchanged":
            typer.echo(f"would {verb[outcome.action]} {outcome.id}")
    counts = ", ".join(f"{report.count(a)} {a}" for a in ("new", "replaced", "unchanged", "failed"))
    shown = make_url(url).render_as_string(hide_password=True)
    err.print(f"{'dry run: ' if dry_run else ''}{counts} ({shown})", markup=False, highlight=False)
    raise typer.Exit(1 if report.failed else 0)
