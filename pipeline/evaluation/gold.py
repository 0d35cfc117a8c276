"""Load and validate gold data (../shared/ANNOTATION.md section 1).

A gold file is JSON Lines, one letter a line. `load_gold` returns every letter that is valid
and one message per problem, naming the file, the line and the letter, so that `check_gold`
can report all problems at once instead of stopping at the first.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from ..readers import ReadError, read_path
from ..records import LABELS, NORM_MODELS, Meta
from ..resources import load_json

SPLITS = ("dev", "test")
# Keys a gold line may carry; "notes" is free text for annotators and is not read.
KEYS = {"id", "text", "source", "sha256", "extent", "meta", "sentences", "spans", "split", "notes"}
SPAN_KEYS = {"start", "end", "label", "norm", "text"}
DECIMAL = re.compile(r"-?\d+(\.\d+)?")  # ANNOTATION.md: exact decimal string, no exponent


@dataclass(frozen=True, slots=True)
class Span:
    start: int
    end: int
    label: str
    norm: dict[str, Any] | None = None


@dataclass(slots=True)
class GoldLetter:
    id: str
    text: str
    sha256: str
    origin: str  # "file:line", for messages
    source: str | None = None  # as written in the gold line
    path: Path | None = None  # the resolved source file
    extent: tuple[int, int] = (0, 0)
    meta: dict[str, Any] | None = None
    sentences: list[tuple[int, int]] = field(default_factory=list)
    spans: list[Span] = field(default_factory=list)
    split: str | None = None

    def inside(self, start: int, end: int) -> bool:
        return self.extent[0] <= start and end <= self.extent[1]


class GoldProblem(Exception):
    """One way a gold line breaks the contract."""


def norm_fields() -> dict[str, dict[str, list[str]]]:
    return {k: v for k, v in load_json("evaluation/norm_fields.json").items() if k != "comment"}


def gold_files(paths: Iterable[str | Path]) -> list[Path]:
    """Files as given; directories contribute their *.jsonl files (recursive, sorted)."""
    files: list[Path] = []
    for spec in paths:
        path = Path(spec)
        files.extend(sorted(path.rglob("*.jsonl")) if path.is_dir() else [path])
    return files


def project_root(start: Path) -> Path:
    """The nearest folder at or above `start` holding pyproject.toml: where `source` paths start."""
    for folder in [start, *start.parents]:
        if (folder / "pyproject.toml").is_file():
            return folder
    return Path.cwd()


def load_gold(
    paths: Iterable[str | Path], *, split: str = "all", root: Path | None = None
) -> tuple[list[GoldLetter], list[str]]:
    """Valid letters of the wanted split, and every problem found (all splits are checked)."""
    letters: list[GoldLetter] = []
    problems: list[str] = []
    seen: dict[str, str] = {}
    for file in gold_files(paths):
        if not file.is_file():
            problems.append(f"{file}: no such gold file")
            continue
        base = root or project_root(file.resolve().parent)
        for origin, obj in _lines(file, problems):
            letter_id = obj.get("id") if isinstance(obj, dict) else None
            where = f"{origin}: {letter_id}" if isinstance(letter_id, str) else origin
            try:
                letter = parse_letter(obj, origin=origin, root=base)
            except GoldProblem as exc:
                problems.append(f"{where}: {exc}")
                continue
            if letter.id in seen:
                problems.append(f"{where}: duplicate id (first at {seen[letter.id]})")
                continue
            seen[letter.id] = origin
            if split == "all" or letter.split == split:
                letters.append(letter)
    return letters, problems


def _lines(file: Path, problems: list[str]) -> Iterator[tuple[str, Any]]:
    try:
        content = file.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        problems.append(f"{file}: not UTF-8: {exc}")
        return
    # split on "\n" only: JSON may hold U+2028 or U+0085 unescaped, which splitlines() breaks on
    for number, line in enumerate(content.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            yield f"{file}:{number}", json.loads(line)
        except json.JSONDecodeError as exc:
            problems.append(f"{file}:{number}: malformed JSON: {exc.msg} at column {exc.colno}")


def parse_letter(obj: Any, *, origin: str, root: Path) -> GoldLetter:
    if not isinstance(obj, dict):
        raise GoldProblem("a gold line must be a JSON object")
    unknown = sorted(set(obj) - KEYS)
    if unknown:
        raise GoldProblem(f"unknown keys {unknown} (allowed: {sorted(KEYS)})")
    letter_id = obj.get("id")
    if not isinstance(letter_id, str) or not letter_id.strip():
        raise GoldProblem("missing or empty 'id'")
    text, sha256, path = _text_of(obj, root)
    letter = GoldLetter(
        id=letter_id, text=text, sha256=sha256, origin=origin, source=obj.get("source"), path=path
    )
    letter.extent = _extent(obj.get("extent"), len(text))
    split = obj.get("split")
    if split is not None and split not in SPLITS:
        raise GoldProblem(f"'split' must be one of {list(SPLITS)}, not {split!r}")
    letter.split = split
    letter.meta = _meta(obj.get("meta"))
    letter.sentences = _sentences(obj.get("sentences", []), len(text))
    letter.spans = _spans(obj.get("spans", []), text)
    return letter


def _text_of(obj: dict[str, Any], root: Path) -> tuple[str, str, Path | None]:
    text, source, sha256 = obj.get("text"), obj.get("source"), obj.get("sha256")
    if source is None:
        if not isinstance(text, str):
            raise GoldProblem("needs 'text' (a string) or 'source' + 'sha256'")
        return text, hashlib.sha256(text.encode("utf-8")).hexdigest(), None
    if not isinstance(source, str) or not isinstance(sha256, str):
        raise GoldProblem("'source' and 'sha256' must both be strings")
    path = Path(source) if Path(source).is_absolute() else root / source
    if not path.is_file():
        raise GoldProblem(f"source file not found: {path}")
    actual = hashlib.sha256(path.read_bytes()).hexdigest()
    if actual != sha256.lower():
        raise GoldProblem(f"sha256 mismatch for {source}: gold says {sha256}, file has {actual}")
    try:
        read = read_path(path).text
    except ReadError as exc:
        raise GoldProblem(f"cannot read {source}: {exc}") from exc
    if text is not None and text != read:
        raise GoldProblem(f"'text' differs from what the reader makes of {source}")
    return read, actual, path


def _pair(value: Any, what: str, length: int) -> tuple[int, int]:
    if (
        not isinstance(value, list | tuple)
        or len(value) != 2
        or not all(isinstance(v, int) and not isinstance(v, bool) for v in value)
    ):
        raise GoldProblem(f"{what} must be [start, end] integers, not {value!r}")
    start, end = value
    if not 0 <= start < end <= length:
        raise GoldProblem(f"{what} {[start, end]} out of range (text has {length} characters)")
    return start, end


def _extent(value: Any, length: int) -> tuple[int, int]:
    return (0, length) if value is None else _pair(value, "extent", length)


def _meta(value: Any) -> dict[str, Any] | None:
    if value is None:
        return None
    if not isinstance(value, dict):
        raise GoldProblem("'meta' must be an object")
    try:
        Meta.model_validate(value)
    except ValidationError as exc:
        raise GoldProblem(f"meta: {_first_error(exc)}") from exc
    return value


def _sentences(value: Any, length: int) -> list[tuple[int, int]]:
    if not isinstance(value, list):
        raise GoldProblem("'sentences' must be a list of [start, end]")
    pairs = sorted(_pair(v, f"sentence {i}", length) for i, v in enumerate(value))
    # A sentence may contain another (a footnote body inside a sentence broken by a page
    # break), but two sentences never cross or repeat.
    open_ends: list[int] = []
    for start, end in pairs:
        while open_ends and open_ends[-1] <= start:
            open_ends.pop()
        if open_ends and end > open_ends[-1]:
            raise GoldProblem(f"sentence [{start}, {end}] crosses one ending at {open_ends[-1]}")
        open_ends.append(end)
    if len(set(pairs)) != len(pairs):
        raise GoldProblem("a sentence is listed twice")
    return pairs


def _spans(value: Any, text: str) -> list[Span]:
    if not isinstance(value, list):
        raise GoldProblem("'spans' must be a list")
    spans = [_span(v, i, text) for i, v in enumerate(value)]
    spans.sort(key=lambda s: (s.start, s.end))
    for a, b in zip(spans, spans[1:], strict=False):
        if b.start < a.end:
            raise GoldProblem(
                f"spans overlap: {a.label} [{a.start}, {a.end}] {text[a.start : a.end]!r} and "
                f"{b.label} [{b.start}, {b.end}] {text[b.start : b.end]!r}"
            )
    return spans


def _span(value: Any, index: int, text: str) -> Span:
    if not isinstance(value, dict):
        raise GoldProblem(f"span {index} must be an object")
    unknown = sorted(set(value) - SPAN_KEYS)
    if unknown:
        raise GoldProblem(f"span {index}: unknown keys {unknown}")
    start, end = _pair([value.get("start"), value.get("end")], f"span {index}", len(text))
    surface = text[start:end]
    where = f"span {index} [{start}, {end}] {surface!r}"
    if surface != surface.strip():
        raise GoldProblem(f"{where} starts or ends with whitespace")
    if "text" in value and value["text"] != surface:
        raise GoldProblem(f"{where}: its 'text' {value['text']!r} is not the text at its offsets")
    label = value.get("label")
    if label not in LABELS:
        raise GoldProblem(f"{where}: unknown label {label!r} (labels: {', '.join(LABELS)})")
    return Span(start, end, label, _norm(value.get("norm"), label, where))


def _norm(norm: Any, label: str, where: str) -> dict[str, Any]:
    if not isinstance(norm, dict):
        raise GoldProblem(f"{where}: {label} needs a 'norm' object")
    missing = [k for k in norm_fields()[label]["required"] if k not in norm]
    if missing:
        raise GoldProblem(f"{where}: norm lacks {missing}")
    try:
        model = NORM_MODELS[label].model_validate(norm, strict=True)
    except ValidationError as exc:
        raise GoldProblem(f"{where}: norm {_first_error(exc)}") from exc
    for key in norm_fields()[label]["decimal"]:
        if norm.get(key) is not None and not DECIMAL.fullmatch(str(norm[key])):
            raise GoldProblem(f"{where}: norm.{key} {norm[key]!r} is not a plain decimal string")
    if (
        label == "AMOUNT"
        and norm.get("value") is None
        and (norm.get("low") is None or norm.get("high") is None)
    ):
        raise GoldProblem(
            f"{where}: an AMOUNT with value null is a range and needs 'low' and 'high'"
        )
    return model.model_dump()


def _first_error(exc: ValidationError) -> str:
    error = exc.errors()[0]
    location = ".".join(str(p) for p in error["loc"])
    return f"{location}: {error['msg']}" if location else error["msg"]
