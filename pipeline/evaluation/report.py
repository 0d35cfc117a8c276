"""Present an `Evaluation`: a dict for `--json`, rich tables for the terminal, an HTML page.

The HTML page is self-contained (inline CSS and a few lines of script): the score tables, a
per-letter table, and every letter's text twice, gold beside predicted, each span marked with
its label and error kind.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from typing import Any

from rich.console import Console
from rich.table import Table

from .gold import Span
from .scorer import KINDS, PRF, Evaluation, LetterResult


def _ratio(correct: int, total: int) -> dict[str, Any]:
    return {"correct": correct, "total": total, "accuracy": correct / total if total else None}


def _span_norm_exact(ev: Evaluation) -> dict[str, Any]:
    overall = PRF()
    for prf in ev.norm_exact.values():
        overall.add(prf)
    return {"overall": overall.to_dict(), **{k: v.to_dict() for k, v in ev.norm_exact.items()}}


def letter_dict(letter: LetterResult) -> dict[str, Any]:
    return {
        "id": letter.id,
        "split": letter.gold.split,
        "strict": letter.schemes["strict"]["overall"].to_dict(),
        "overlap": letter.schemes["ent_type"]["overall"].to_dict(),
        "sentences": letter.sentences.to_dict(),
        "meta": letter.meta,
        "warnings": letter.warnings,
    }


def to_dict(ev: Evaluation, per_letter: bool = False) -> dict[str, Any]:
    """Everything the terminal and HTML show, as plain JSON types (stable key order)."""
    result: dict[str, Any] = {
        "letters": len(ev.letters),
        "labels": ev.labels,
        "entities": {
            scheme: {label: counts.to_dict() for label, counts in table.items()}
            for scheme, table in ev.schemes.items()
        },
        "macro": {scheme: ev.macro(scheme) for scheme in ev.schemes},
        "errors": ev.kinds,
        "norm": {
            label: {key: _ratio(*cell) for key, cell in fields.items()}
            for label, fields in ev.norm.items()
        },
        "span_norm_exact": _span_norm_exact(ev),
        "sentences": ev.sentences.to_dict(),
        "meta": {name: _ratio(*cell) for name, cell in ev.meta.items()},
        "warnings": [f"{letter.id}: {w}" for letter in ev.letters for w in letter.warnings],
    }
    if per_letter:
        result["per_letter"] = [letter_dict(letter) for letter in ev.letters]
    return result


# --- terminal --------------------------------------------------------------------------------


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value * 100:.1f}"


@dataclass(frozen=True, slots=True)
class Section:
    """One score table, shown by rich in the terminal and as <table> in HTML."""

    title: str
    header: list[str]
    rows: list[list[str]]
    text_columns: int = 1  # leading columns that are text (left-aligned)


def sections(ev: Evaluation, per_letter: bool = False) -> list[Section]:
    data = to_dict(ev, per_letter)
    rows: list[list[str]] = []
    errors: list[list[str]] = []
    for label in [*ev.labels, "overall"]:
        strict, overlap = data["entities"]["strict"][label], data["entities"]["ent_type"][label]
        name = "micro" if label == "overall" else label
        rows.append(
            [
                name,
                str(strict["possible"]),
                str(strict["actual"]),
                *(_pct(strict[m]) for m in ("precision", "recall", "f1")),
                *(_pct(overlap[m]) for m in ("precision", "recall", "f1")),
            ]
        )
        kinds = ev.kinds.get(label, {})
        if label == "overall":
            kinds = {k: sum(row[k] for row in ev.kinds.values()) for k in KINDS}
        errors.append([name, *(str(kinds.get(k, 0)) for k in KINDS)])
    macro = [ev.macro("strict"), ev.macro("ent_type")]
    rows.append(
        ["macro", "", "", *(_pct(m[k]) for m in macro for k in ("precision", "recall", "f1"))]
    )
    header = ["label", "gold", "pred", "P", "R", "F1", "overlap P", "overlap R", "overlap F1"]
    out = [
        Section(f"Entities over {data['letters']} letters (strict is the headline)", header, rows),
        Section(
            "Span errors (SemEval 2013 9.1, strict matching)",
            ["label", *(k.replace("_", " ") for k in KINDS)],
            errors,
        ),
    ]

    norm_rows = [
        [label, key, _pct(cell["accuracy"]), str(cell["total"])]
        for label, fields in data["norm"].items()
        for key, cell in fields.items()
    ]
    norm_rows += [
        [label, "span + norm exact F1", _pct(prf["f1"]), str(prf["gold"])]
        for label, prf in data["span_norm_exact"].items()
    ]
    out.append(
        Section(
            "Normalisation on strictly matched spans",
            ["label", "field", "accuracy", "n"],
            norm_rows,
            text_columns=2,
        )
    )

    s = data["sentences"]
    other = [["sentences", _pct(s["precision"]), _pct(s["recall"]), _pct(s["f1"]), str(s["gold"])]]
    other += [
        [f"meta.{name}", "", "", _pct(cell["accuracy"]), str(cell["total"])]
        for name, cell in data["meta"].items()
    ]
    out.append(
        Section("Sentences and letter metadata", ["what", "P", "R", "F1 / accuracy", "n"], other)
    )

    if per_letter:
        letter_rows = []
        for row in data["per_letter"]:
            st = row["strict"]
            letter_rows.append(
                [
                    row["id"],
                    row["split"] or "",
                    str(st["possible"]),
                    str(st["actual"]),
                    *(_pct(st[m]) for m in ("precision", "recall", "f1")),
                    _pct(row["sentences"]["f1"]),
                    f"{sum(row['meta'].values())}/{len(row['meta'])}" if row["meta"] else "-",
                ]
            )
        header = ["letter", "split", "gold", "pred", "P", "R", "F1", "sent F1", "meta ok"]
        out.append(Section("Per letter (strict)", header, letter_rows, text_columns=2))
    return out


def _rich(section: Section) -> Table:
    table = Table(title=section.title)
    for number, column in enumerate(section.header):
        text = number < section.text_columns
        table.add_column(column, justify="left" if text else "right", no_wrap=text)
    for row in section.rows:
        table.add_row(*row)
    return table


def print_report(ev: Evaluation, console: Console, per_letter: bool = False) -> None:
    for section in sections(ev, per_letter):
        console.print(_rich(section))
    for letter in ev.letters:
        for warning in letter.warnings:
            console.print(f"warning: {letter.id}: {warning}", markup=False, highlight=False)


# --- HTML ------------------------------------------------------------------------------------

_CSS = """
body{font-family:system-ui,sans-serif;margin:1.5em;color:#222}
table{border-collapse:collapse;margin:0.8em 0}
th,td{border:1px solid #ccc;padding:2px 8px;text-align:right}
.t{text-align:left}
caption{font-weight:bold;text-align:left;padding:4px 0}
.pair{display:grid;grid-template-columns:1fr 1fr;gap:1em}
.text{white-space:pre-wrap;font-family:ui-monospace,monospace;font-size:12px;
  border:1px solid #ddd;padding:6px;max-height:40em;overflow:auto}
mark{border-radius:3px;padding:0 1px}
mark::after{content:attr(data-label);font-size:9px;vertical-align:super;margin-left:2px}
.correct{background:#c8f0c8}.missed{background:#f7b4b4}.spurious{background:#b4d2f7}
.wrong_label{background:#e0c4f4}.wrong_boundary{background:#fde3a7}
.wrong_label_boundary{background:#f4c4dc}.warning{color:#a40}
"""

# Counts the marks by kind once the page is rendered, into the legend.
_SCRIPT = """
document.querySelectorAll('[data-legend]').forEach(function (cell) {
  cell.textContent = document.querySelectorAll('mark.' + cell.dataset.legend).length;
});
document.body.dataset.marks = document.querySelectorAll('mark').length;
"""


def _table_html(section: Section) -> str:
    def cell(tag: str, number: int, value: str) -> str:
        align = ' class="t"' if number < section.text_columns else ""
        return f"<{tag}{align}>{html.escape(value)}</{tag}>"

    head = "".join(cell("th", n, h) for n, h in enumerate(section.header))
    body = "".join(
        "<tr>" + "".join(cell("td", n, c) for n, c in enumerate(row)) + "</tr>"
        for row in section.rows
    )
    return f"<table><caption>{html.escape(section.title)}</caption><tr>{head}</tr>{body}</table>"


def _mark(text: str, span: Span, kind: str, start: int, end: int) -> str:
    title = f"{span.label} [{span.start}, {span.end}] {kind}: {span.norm}"
    return (
        f'<mark class="{kind}" data-label="{span.label}" title="{html.escape(title)}">'
        f"{html.escape(text[start:end])}</mark>"
    )


def _marked(text: str, lo: int, hi: int, spans: list[Span], kinds: list[str]) -> str:
    """The text with its spans marked; spans overlapping an earlier one are listed below it."""
    parts: list[str] = []
    overlapping: list[str] = []
    cursor = lo
    for span, kind in sorted(zip(spans, kinds, strict=True), key=lambda p: p[0].start):
        start, end = max(span.start, lo), min(span.end, hi)
        if start < cursor:
            overlapping.append(_mark(text, span, kind, start, end))
            continue
        parts.append(html.escape(text[cursor:start]))
        parts.append(_mark(text, span, kind, start, end))
        cursor = end
    parts.append(html.escape(text[cursor:hi]))
    if overlapping:
        parts.append("\n\n[overlapping spans] " + " ".join(overlapping))
    return "".join(parts)


def to_html(ev: Evaluation) -> str:
    tables = [_table_html(section) for section in sections(ev, per_letter=True)]
    legend = "".join(
        f'<tr><td class="{k}">{k.replace("_", " ")}</td><td data-legend="{k}"></td></tr>'
        for k in KINDS
    )
    letters = []
    for letter in ev.letters:
        gold = letter.gold
        lo, hi = gold.extent
        warnings = "".join(f'<p class="warning">{html.escape(w)}</p>' for w in letter.warnings)
        letters.append(
            f'<section class="letter" id="{html.escape(letter.id)}"><h3>{html.escape(letter.id)}'
            f"</h3>{warnings}<div class=pair>"
            f'<div><h4>gold</h4><div class="text gold">'
            f"{_marked(gold.text, lo, hi, letter.gold_spans, letter.gold_kinds)}</div></div>"
            f'<div><h4>predicted</h4><div class="text pred">'
            f"{_marked(gold.text, lo, hi, letter.pred_spans, letter.pred_kinds)}</div></div>"
            "</div></section>"
        )
    return (
        '<!DOCTYPE html><html lang="nl"><head><meta charset="utf-8">'
        f"<title>pipeline eval</title><style>{_CSS}</style></head><body>"
        f"<h1>Evaluation over {len(ev.letters)} letters</h1>"
        f'<div id="scores">{"".join(tables)}</div>'
        f'<table id="legend"><caption>Marks by kind</caption>{legend}</table>'
        f'<div id="letters">{"".join(letters)}</div>'
        f"<script>{_SCRIPT}</script></body></html>"
    )
