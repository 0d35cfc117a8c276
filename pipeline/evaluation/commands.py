"""The `pipeline eval` and `pipeline convert` commands (registered on the app in pipeline/cli.py).

Exit codes as for the whole CLI: 0 done, 1 invalid gold or a --min-f1 threshold missed,
2 usage errors (bad option, unreadable input, unknown model).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from ..records import LABELS

err = Console(stderr=True, soft_wrap=True)
SPLIT_CHOICES = ("dev", "test", "all")
THRESHOLD_NAMES = ("overall", "macro", "sentences")


def _fail_usage(message: str) -> None:
    err.print(f"error: {message}", markup=False, highlight=False)
    raise typer.Exit(2)


def parse_thresholds(specs: list[str]) -> dict[str, float]:
    """'AMOUNT=0.9', 'overall=0.8,sentences=0.7' -> {name: minimum F1}."""
    thresholds: dict[str, float] = {}
    for spec in (part for item in specs for part in item.split(",") if part.strip()):
        name, sep, value = spec.partition("=")
        name = name.strip()
        name = name.upper() if name.upper() in LABELS else name.lower()
        try:
            minimum = float(value)
        except ValueError:
            minimum = -1.0
        if not sep or name not in (*LABELS, *THRESHOLD_NAMES) or not 0.0 <= minimum <= 1.0:
            _fail_usage(
                f"--min-f1 {spec!r}: expected NAME=F1 with F1 in [0, 1] and NAME one of "
                f"{', '.join((*LABELS, *THRESHOLD_NAMES))}"
            )
        thresholds[name] = minimum
    return thresholds


def evaluate(
    gold: Annotated[list[Path], typer.Argument(help="Gold JSONL files or directories of *.jsonl.")],
    pred: Annotated[
        Path | None,
        typer.Option(
            "--pred",
            help="Records JSONL to score; without it the pipeline runs on the gold letters.",
        ),
    ] = None,
    model: Annotated[
        str | None,
        typer.Option(
            "--model", help="spaCy base model when the pipeline runs (see `pipeline run`)."
        ),
    ] = None,
    split: Annotated[
        str, typer.Option("--split", help="Gold letters to use: dev, test or all.")
    ] = "all",
    check_gold: Annotated[
        bool,
        typer.Option(
            "--check-gold", help="Only validate the gold files; exit 1 when any line is invalid."
        ),
    ] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the scores as JSON instead of tables.")
    ] = False,
    html: Annotated[
        Path | None, typer.Option("--html", help="Write a self-contained HTML report here.")
    ] = None,
    per_letter: Annotated[
        bool, typer.Option("--per-letter", help="Add a per-letter breakdown.")
    ] = False,
    min_f1: Annotated[
        list[str] | None,
        typer.Option(
            "--min-f1",
            help="Strict F1 threshold NAME=F1 (a label, overall, macro or sentences); "
            "repeatable or comma-separated. Exit 1 when a score is below.",
        ),
    ] = None,
) -> None:
    """Score records against gold: span F1 (strict, overlap), norms, sentences, metadata.

    Exit 0: scored; 1: invalid gold or a --min-f1 threshold missed; 2: usage error.
    """
    from .gold import load_gold
    from .predict import PredictionError, load_predictions, run_pipeline
    from .report import print_report, to_dict, to_html
    from .scorer import evaluate as score

    if split not in SPLIT_CHOICES:
        _fail_usage(f"--split must be one of {', '.join(SPLIT_CHOICES)}, not {split!r}")
    thresholds = parse_thresholds(min_f1 or [])
    letters, problems = load_gold(gold, split=split)
    for problem in problems:
        err.print(f"invalid gold: {problem}", markup=False, highlight=False)
    if check_gold:
        spans = sum(len(letter.spans) for letter in letters)
        sentences = sum(len(letter.sentences) for letter in letters)
        verdict = f"{len(problems)} problems" if problems else "valid"
        err.print(
            f"{len(letters)} letters, {spans} spans, {sentences} sentences: {verdict}", markup=False
        )
        raise typer.Exit(1 if problems else 0)
    if not letters:
        _fail_usage(f"no valid gold letters (split {split}) in {', '.join(map(str, gold))}")
    if pred is not None:
        if not pred.is_file():
            _fail_usage(f"no such records file: {pred}")
        try:
            predictions = load_predictions(pred)
        except PredictionError as exc:
            _fail_usage(str(exc))
    else:
        from ..nlp import ModelNotFound

        try:
            predictions = run_pipeline(letters, model)
        except ModelNotFound as exc:
            _fail_usage(str(exc))
    result = score(letters, predictions)
    if as_json:
        typer.echo(json.dumps(to_dict(result, per_letter), indent=2, ensure_ascii=False))
    else:
        print_report(result, Console(), per_letter)
    if html is not None:
        html.write_text(to_html(result), encoding="utf-8")
    failed = bool(problems)
    for name, minimum in thresholds.items():
        value = result.f1_of(name)
        if value is None or value < minimum - 1e-9:  # 0.7999… from float division meets 0.8
            failed = True
            shown = "n/a" if value is None else f"{value:.3f}"
            err.print(
                f"below threshold: {name} F1 {shown} < {minimum}", markup=False, highlight=False
            )
    raise typer.Exit(1 if failed else 0)


def convert(
    source: Annotated[
        Path,
        typer.Argument(
            help="Input: gold or records JSONL, Prodigy JSONL, Label Studio JSON, .spacy."
        ),
    ],
    output: Annotated[
        Path, typer.Option("-o", "--output", help="Output file (.jsonl, .json, .spacy).")
    ],
    fmt_in: Annotated[
        str | None,
        typer.Option(
            "--from", help="gold, records, prodigy, labelstudio or spacy (default: from the file)."
        ),
    ] = None,
    fmt_out: Annotated[
        str | None,
        typer.Option(
            "--to",
            help="gold, prodigy, labelstudio or spacy (default: from the suffix; .jsonl is gold).",
        ),
    ] = None,
    model: Annotated[
        str | None, typer.Option("--model", help="Tokenizer for .spacy output (default blank:nl).")
    ] = None,
) -> None:
    """Convert gold or records to and from Prodigy, Label Studio and spaCy DocBin."""
    from .convert import FORMATS_IN, FORMATS_OUT, ConvertError, detect_input, detect_output
    from .convert import convert as run_convert
    from .predict import PredictionError

    if not source.is_file():
        _fail_usage(f"no such file: {source}")
    try:
        fmt_in = fmt_in or detect_input(source)
        fmt_out = fmt_out or detect_output(output)
        if fmt_in not in FORMATS_IN or fmt_out not in FORMATS_OUT:
            _fail_usage(f"formats: --from {'|'.join(FORMATS_IN)}, --to {'|'.join(FORMATS_OUT)}")
        report = run_convert(
            source, output, fmt_in=fmt_in, fmt_out=fmt_out, model=model or "blank:nl"
        )
    except (ConvertError, PredictionError, KeyError, OSError) as exc:
        _fail_usage(f"cannot convert {source}: {exc}")
    err.print(f"{fmt_in} -> {fmt_out}: {report.summary()}", markup=False, highlight=False)
    for dropped in report.dropped:
        err.print(f"dropped: {dropped}", markup=False, highlight=False)
