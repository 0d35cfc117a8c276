"""Import and export gold (and records) as Prodigy span JSONL, Label Studio JSON and spaCy DocBin.

Everything passes through gold lines (plain dicts in the ANNOTATION.md format). What a format
cannot hold natively (norms, sentences, letter meta, extent, split, source) travels in an extra
field so that export followed by import gives the same gold back:
- Prodigy: top-level keys beside "text"/"spans" (Prodigy keeps unknown keys); norm in each span.
- Label Studio: `data.kamerbrief`, norms keyed "start:end:LABEL"; a per-region textarea holding
  a JSON object overrides the norm of its region (labelling config:
  models/evaluation/labelstudio.xml). Spans go out as pre-annotations (predictions).
- spaCy: `doc.user_data["kamerbrief"]`; the Doc holds the extent only (offsets shifted), and
  spans not on token boundaries are expanded (`alignment_mode="expand"`) and counted.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..readers import read_path
from ..records import Record
from .gold import project_root
from .predict import read_records

FORMATS_IN = ("gold", "records", "prodigy", "labelstudio", "spacy")
FORMATS_OUT = ("gold", "prodigy", "labelstudio", "spacy")
_CARRIED = ("id", "source", "sha256", "extent", "split", "meta", "sentences", "notes")


class ConvertError(Exception):
    """Input that cannot be converted; the message names the line or task."""


@dataclass(slots=True)
class Report:
    letters: int = 0
    spans: int = 0
    expanded: int = 0  # spaCy: spans widened to token boundaries
    dropped: list[str] = field(default_factory=list)  # spaCy: spans lost to overlap after expanding
    without_norm: int = 0

    def summary(self) -> str:
        parts = [f"{self.letters} letters, {self.spans} spans"]
        if self.expanded:
            parts.append(f"{self.expanded} spans expanded to token boundaries")
        if self.dropped:
            parts.append(f"{len(self.dropped)} dropped (overlap after expanding)")
        if self.without_norm:
            parts.append(
                f"{self.without_norm} spans have no norm yet (fill them in before --check-gold)"
            )
        return "; ".join(parts)


def detect_input(path: Path) -> str:
    if path.suffix == ".spacy":
        return "spacy"
    if path.suffix == ".json":
        return "labelstudio"
    with path.open(encoding="utf-8") as handle:
        first = next((line for line in handle if line.strip()), "{}")
    try:
        obj = json.loads(first)
    except json.JSONDecodeError as exc:
        raise ConvertError(f"{path}:1: malformed JSON: {exc.msg}") from exc
    if "pipeline_version" in obj:
        return "records"
    prodigy = ("kamerbrief", "_input_hash", "_task_hash", "answer")
    return "prodigy" if any(key in obj for key in prodigy) else "gold"


def detect_output(path: Path) -> str:
    return {".spacy": "spacy", ".json": "labelstudio"}.get(path.suffix, "gold")


def convert(
    source: Path, target: Path, *, fmt_in: str, fmt_out: str, model: str | None = None
) -> Report:
    report = Report()
    lines = list(read(source, fmt_in, report))
    report.letters = len(lines)
    report.spans = sum(len(line.get("spans", [])) for line in lines)
    report.without_norm = sum(
        1 for line in lines for s in line.get("spans", []) if s.get("norm") is None
    )
    write(lines, target, fmt_out, report, root=project_root(source.resolve().parent), model=model)
    return report


# --- reading ---------------------------------------------------------------------------------


def read(path: Path, fmt: str, report: Report) -> Iterable[dict[str, Any]]:
    if fmt == "gold":
        return _jsonl(path)
    if fmt == "records":
        records = [r for r in read_records(path) if isinstance(r, Record)]
        return [_from_record(r.model_dump(mode="json")) for r in records]
    if fmt == "prodigy":
        return [
            _from_prodigy(obj, n, path)
            for n, obj in enumerate(_jsonl(path), start=1)
            if obj.get("answer", "accept") == "accept"
        ]
    if fmt == "labelstudio":
        tasks = json.loads(path.read_text(encoding="utf-8"))
        if not isinstance(tasks, list):
            raise ConvertError(f"{path}: a Label Studio export is a JSON list of tasks")
        return [_from_labelstudio(task, n, path) for n, task in enumerate(tasks, start=1)]
    if fmt == "spacy":
        return _from_spacy(path, report)
    raise ConvertError(f"unknown input format {fmt!r} (one of {', '.join(FORMATS_IN)})")


def _jsonl(path: Path) -> list[dict[str, Any]]:
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").split("\n"), start=1):
        if line.strip():
            try:
                out.append(json.loads(line))
            except json.JSONDecodeError as exc:
                raise ConvertError(f"{path}:{number}: malformed JSON: {exc.msg}") from exc
    return out


def _from_record(record: dict[str, Any]) -> dict[str, Any]:
    meta = record["meta"]
    return {
        "id": record["id"],
        "text": record["text"],
        "meta": {k: meta.get(k) for k in ("date", "reference", "subject", "sender", "signatories")},
        "sentences": [[s["start"], s["end"]] for s in record["sentences"]],
        "spans": [
            {"start": e["start"], "end": e["end"], "label": e["label"], "norm": e["norm"]}
            for e in record["entities"]
        ],
    }


def _gold_from(
    extra: dict[str, Any], text: str, spans: list[dict[str, Any]], default_id: str
) -> dict[str, Any]:
    line: dict[str, Any] = {"id": extra.get("id") or default_id}
    if extra.get("source") and extra.get("sha256"):
        line.update(source=extra["source"], sha256=extra["sha256"])
    else:
        line["text"] = text
    for key in _CARRIED:
        if key not in line and extra.get(key) is not None:
            line[key] = extra[key]
    line["spans"] = sorted(spans, key=lambda s: (s["start"], s["end"]))
    return line


def _from_prodigy(obj: dict[str, Any], number: int, path: Path) -> dict[str, Any]:
    if not isinstance(obj.get("text"), str):
        raise ConvertError(f"{path}:{number}: a Prodigy task needs 'text'")
    extra = dict(obj.get("kamerbrief") or {})
    extra.setdefault("id", obj.get("id") or (obj.get("meta") or {}).get("id"))
    spans = [
        {"start": s["start"], "end": s["end"], "label": s["label"], "norm": s.get("norm")}
        for s in obj.get("spans", [])
    ]
    return _gold_from(extra, obj["text"], spans, f"{path.stem}-{number}")


def _code_points(text: str, offset: int) -> int:
    """A UTF-16 offset (JavaScript, Label Studio) as a Python string index."""
    units = 0
    for index, char in enumerate(text):
        if units >= offset:
            return index
        units += 2 if ord(char) > 0xFFFF else 1
    return len(text)


def _from_labelstudio(task: dict[str, Any], number: int, path: Path) -> dict[str, Any]:
    data = task.get("data") or {}
    text = data.get("text")
    if not isinstance(text, str):
        raise ConvertError(f"{path}: task {number}: no data.text")
    done = [a for a in task.get("annotations") or [] if not a.get("was_cancelled")]
    chosen = done[-1] if done else (task.get("predictions") or [{}])[0]
    extra = dict(data.get("kamerbrief") or {})
    extra.setdefault("id", data.get("id") or (str(task["id"]) if "id" in task else None))
    norms: dict[str, Any] = extra.pop("norms", {}) or {}
    typed: dict[str, Any] = {}
    for result in chosen.get("result") or []:
        if result.get("type") == "textarea":
            written = "".join(result.get("value", {}).get("text") or [])
            try:
                typed[result.get("id")] = json.loads(written)
            except json.JSONDecodeError as exc:
                raise ConvertError(
                    f"{path}: task {number}: norm of region {result.get('id')} "
                    f"is not JSON: {written!r}"
                ) from exc
    spans = []
    for result in chosen.get("result") or []:
        value = result.get("value") or {}
        if result.get("type") != "labels" or not value.get("labels"):
            continue
        start, end = value["start"], value["end"]
        if "text" in value and text[start:end] != value["text"]:
            start, end = _code_points(text, start), _code_points(text, end)
            if text[start:end] != value["text"]:
                raise ConvertError(
                    f"{path}: task {number}: region {value['text']!r} not at its offsets"
                )
        label = value["labels"][0]
        norm = typed.get(result.get("id"), norms.get(f"{start}:{end}:{label}"))
        spans.append({"start": start, "end": end, "label": label, "norm": norm})
    return _gold_from(extra, text, spans, f"{path.stem}-{number}")


def _from_spacy(path: Path, report: Report) -> list[dict[str, Any]]:
    import spacy
    from spacy.tokens import DocBin

    lines = []
    vocab = spacy.blank("nl").vocab
    for number, doc in enumerate(DocBin().from_disk(path).get_docs(vocab), start=1):
        extra = dict(doc.user_data.get("kamerbrief") or {})
        offset = extra.pop("offset", 0)
        norms = extra.pop("norms", {}) or {}
        text = extra.pop("text", None) or doc.text
        spans = list(extra.pop("outside", []))
        for ent in doc.ents:
            start, end = ent.start_char + offset, ent.end_char + offset
            spans.append(
                {
                    "start": start,
                    "end": end,
                    "label": ent.label_,
                    "norm": norms.get(f"{start}:{end}:{ent.label_}"),
                }
            )
        lines.append(_gold_from(extra, text, spans, f"{path.stem}-{number}"))
    return lines


# --- writing ---------------------------------------------------------------------------------


def _text(line: dict[str, Any], root: Path) -> str:
    if isinstance(line.get("text"), str):
        return line["text"]
    source = Path(line["source"])
    return read_path(source if source.is_absolute() else root / source).text


def _extra(line: dict[str, Any]) -> dict[str, Any]:
    return {k: line[k] for k in _CARRIED if line.get(k) is not None}


def _key(span: dict[str, Any]) -> str:
    return f"{span['start']}:{span['end']}:{span['label']}"


def write(
    lines: list[dict[str, Any]],
    target: Path,
    fmt: str,
    report: Report,
    *,
    root: Path,
    model: str | None = None,
) -> None:
    if fmt == "gold":
        _write_jsonl(target, lines)
    elif fmt == "prodigy":
        _write_jsonl(target, [_to_prodigy(line, _text(line, root)) for line in lines])
    elif fmt == "labelstudio":
        tasks = [_to_labelstudio(line, _text(line, root)) for line in lines]
        target.write_text(json.dumps(tasks, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    elif fmt == "spacy":
        _to_spacy(lines, target, report, root, model)
    else:
        raise ConvertError(f"unknown output format {fmt!r} (one of {', '.join(FORMATS_OUT)})")


def _write_jsonl(target: Path, objs: Iterable[dict[str, Any]]) -> None:
    with target.open("w", encoding="utf-8") as handle:
        for obj in objs:
            handle.write(json.dumps(obj, ensure_ascii=False) + "\n")


def _to_prodigy(line: dict[str, Any], text: str) -> dict[str, Any]:
    spans = [
        {"start": s["start"], "end": s["end"], "label": s["label"], "norm": s.get("norm")}
        for s in line.get("spans", [])
    ]
    return {"text": text, "spans": spans, "meta": {"id": line["id"]}, "kamerbrief": _extra(line)}


def _to_labelstudio(line: dict[str, Any], text: str) -> dict[str, Any]:
    spans = line.get("spans", [])
    extra = _extra(line)
    extra["norms"] = {_key(s): s.get("norm") for s in spans}
    result = [
        {
            "id": f"s{number}",
            "from_name": "label",
            "to_name": "text",
            "type": "labels",
            "value": {
                "start": s["start"],
                "end": s["end"],
                "text": text[s["start"] : s["end"]],
                "labels": [s["label"]],
            },
        }
        for number, s in enumerate(spans)
    ]
    return {
        "data": {"text": text, "id": line["id"], "kamerbrief": extra},
        "predictions": [{"model_version": "gold", "result": result}],
    }


def _to_spacy(
    lines: list[dict[str, Any]], target: Path, report: Report, root: Path, model: str | None
) -> None:
    from spacy.tokens import DocBin

    from ..nlp import load_base

    nlp = load_base(model).nlp
    docbin = DocBin(store_user_data=True)
    for line in lines:
        text = _text(line, root)
        lo, hi = line.get("extent") or (0, len(text))
        doc = nlp.make_doc(text[lo:hi])
        ents = []
        norms: dict[str, Any] = {}
        outside = []  # spans outside the extent: not in the Doc, carried for the way back
        taken: set[int] = set()
        for span in line.get("spans", []):
            if not (lo <= span["start"] and span["end"] <= hi):
                outside.append(span)
                continue
            s, e = span["start"] - lo, span["end"] - lo
            ent = doc.char_span(s, e, label=span["label"])
            if ent is None:
                ent = doc.char_span(s, e, label=span["label"], alignment_mode="expand")
                report.expanded += 1
            tokens = set(range(ent.start, ent.end)) if ent is not None else set()
            if ent is None or tokens & taken:
                report.dropped.append(
                    f"{line['id']}: {span['label']} {text[span['start'] : span['end']]!r}"
                )
                continue
            taken |= tokens
            ents.append(ent)
            norms[f"{ent.start_char + lo}:{ent.end_char + lo}:{ent.label_}"] = span.get("norm")
        doc.ents = sorted(ents, key=lambda ent: ent.start)
        extra = _extra(line)
        if "source" not in extra:
            extra["text"] = text
        extra.update(offset=lo, norms=norms, outside=outside)
        doc.user_data["kamerbrief"] = extra
        docbin.add(doc)
    docbin.to_disk(target)
