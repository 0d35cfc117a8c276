"""Stage 2, clean: remove conversion artefacts while keeping a map back to the original text.

The rules are data (models/clean/rules.json). The cleaned text is built from segments, each
pointing into the original: a copied stretch maps character for character, a replacement
maps to the whole stretch it replaced. Inline footnote bodies ("[2: …]") are cut out of the
running text and appended after it, still mapped to where they stand in the original.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field
from functools import lru_cache

import regex

from .resources import load_json


@dataclass(frozen=True, slots=True)
class Segment:
    clean_start: int
    clean_end: int
    orig_start: int
    orig_end: int

    @property
    def exact(self) -> bool:
        return self.clean_end - self.clean_start == self.orig_end - self.orig_start


@dataclass(frozen=True, slots=True)
class CleanFootnote:
    number: str
    start: int  # cleaned-text offsets of the footnote body
    end: int


@dataclass(slots=True)
class CleanText:
    text: str
    original: str
    segments: list[Segment]
    footnotes: list[CleanFootnote] = field(default_factory=list)
    footnote_refs: list[tuple[str, int]] = field(default_factory=list)  # (number, clean offset)
    _starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._starts = [s.clean_start for s in self.segments]

    def _segment_at(self, clean_offset: int) -> Segment:
        index = bisect.bisect_right(self._starts, clean_offset) - 1
        return self.segments[max(index, 0)]

    def to_original(self, start: int, end: int) -> tuple[int, int]:
        """Map a cleaned-text span [start, end) to the original text."""
        if end <= start:
            seg = self._segment_at(start)
            pos = seg.orig_start + (start - seg.clean_start if seg.exact else 0)
            return pos, pos
        first = self._segment_at(start)
        last = self._segment_at(end - 1)
        orig_start = first.orig_start + (start - first.clean_start if first.exact else 0)
        orig_end = last.orig_start + (end - last.clean_start) if last.exact else last.orig_end
        return orig_start, orig_end


@dataclass(frozen=True, slots=True)
class _Rule:
    name: str
    action: str
    pattern: regex.Pattern[str]
    replacement: str = ""


@dataclass(frozen=True, slots=True)
class _Edit:
    start: int
    end: int
    replacement: str


@lru_cache(maxsize=4)
def _rules(path: str = "clean/rules.json") -> tuple[_Rule, ...]:
    data = load_json(path)
    return tuple(
        _Rule(r["name"], r["action"], regex.compile(r["pattern"]), r.get("replacement", ""))
        for r in data["rules"]
    )


class _EditSet:
    """Non-overlapping edits; an edit that overlaps one already taken is refused."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.edits: list[_Edit] = []

    def add(self, edit: _Edit) -> bool:
        i = bisect.bisect_left(self.starts, edit.start)
        if i > 0 and self.edits[i - 1].end > edit.start:
            return False
        if i < len(self.edits) and self.edits[i].start < edit.end:
            return False
        if i < len(self.edits) and self.edits[i].start == edit.start == edit.end:
            return False
        self.starts.insert(i, edit.start)
        self.edits.insert(i, edit)
        return True


def clean(original: str) -> CleanText:
    """Clean `original`; every offset of the result can be mapped back with `to_original`."""
    edits = _EditSet()
    moved: list[tuple[str, int, int]] = []  # footnote number, original body span
    refs: list[tuple[str, int]] = []  # footnote number, original offset
    for rule in _rules():
        for match in rule.pattern.finditer(original):
            if match.end() == match.start():
                continue
            if rule.action == "delete":
                edits.add(_Edit(match.start(), match.end(), ""))
            elif rule.action == "replace":
                if match.group(0) != rule.replacement:
                    edits.add(_Edit(match.start(), match.end(), rule.replacement))
            elif rule.action == "unwrap":
                before = _Edit(match.start(), match.start(1), "")
                after = _Edit(match.end(1), match.end(), "")
                if _free(edits, before) and _free(edits, after):
                    edits.add(before)
                    edits.add(after)
            elif rule.action == "footnote_ref":
                if edits.add(_Edit(match.start(), match.end(), "")):
                    refs.append((match.group(1), match.start()))
            elif rule.action == "footnote_body":
                if edits.add(_Edit(match.start(), match.end(), "")):
                    moved.append((match.group(1), match.start(2), match.end(2)))
            else:
                raise ValueError(f"unknown cleaning action {rule.action!r} in rule {rule.name}")
    return _build(original, edits.edits, sorted(moved, key=lambda m: m[1]), refs)


def _free(edits: _EditSet, edit: _Edit) -> bool:
    if edit.start == edit.end:
        return True
    i = bisect.bisect_left(edits.starts, edit.start)
    if i > 0 and edits.edits[i - 1].end > edit.start:
        return False
    return not (i < len(edits.edits) and edits.edits[i].start < edit.end)


def _build(
    original: str,
    edits: list[_Edit],
    moved: list[tuple[str, int, int]],
    refs: list[tuple[str, int]],
) -> CleanText:
    parts: list[str] = []
    segments: list[Segment] = []
    length = 0

    def emit(text: str, orig_start: int, orig_end: int) -> None:
        nonlocal length
        if not text and orig_start == orig_end:
            return
        parts.append(text)
        segments.append(Segment(length, length + len(text), orig_start, orig_end))
        length += len(text)

    ref_positions: list[tuple[str, int]] = []
    ref_by_start = dict((pos, num) for num, pos in refs)
    cursor = 0
    for edit in edits:
        if edit.start > cursor:
            emit(original[cursor:edit.start], cursor, edit.start)
        if edit.start in ref_by_start:
            ref_positions.append((ref_by_start[edit.start], length))
        if edit.replacement:
            emit(edit.replacement, edit.start, edit.end)
        cursor = edit.end
    if cursor < len(original):
        emit(original[cursor:], cursor, len(original))

    footnotes: list[CleanFootnote] = []
    for number, body_start, body_end in moved:
        emit("\n\n", body_start, body_start)
        start = length
        emit(original[body_start:body_end], body_start, body_end)
        footnotes.append(CleanFootnote(number, start, length))
    text = "".join(parts)
    return CleanText(text, original, segments, footnotes, ref_positions)

