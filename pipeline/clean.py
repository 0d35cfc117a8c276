"""Stage 2, clean: remove conversion artefacts while keeping a map back to the original text.

The rules are data (models/clean/rules.json). The cleaned text is built from segments, each
pointing into the original: a copied stretch maps character for character, a replacement
maps to the whole stretch it replaced. Some stretches are moved out of the running text and
appended after it, still mapped to where they stand in the original: footnote bodies
("[2: …]", "(^2) …", a txt footnote line "2     …") and side-column fragments that a PDF
extraction merged into body lines on later pages ("Onze referentie … 4 2 300451").
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any

from . import rx as regex
from .resources import load_json, word_frequencies


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
    furniture: list[tuple[int, int]] = field(default_factory=list)  # moved side-column fragments
    # clean offsets of spaces that replaced a wide gap; original spans of the footnote_refs
    gaps: list[int] = field(default_factory=list)
    ref_spans: list[tuple[int, int]] = field(default_factory=list)
    emphasis: list[tuple[int, int]] = field(default_factory=list)  # clean spans of bold/italic text
    _starts: list[int] = field(default_factory=list, repr=False)
    _by_orig: list[Segment] = field(default_factory=list, repr=False)
    _orig_starts: list[int] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        self._starts = [s.clean_start for s in self.segments]
        self._by_orig = sorted(self.segments, key=lambda s: (s.orig_start, s.clean_start))
        self._orig_starts = [s.orig_start for s in self._by_orig]

    @property
    def main_end(self) -> int:
        """End of the running text: footnotes and moved fragments come after it."""
        moved = [f.start for f in self.footnotes] + [s for s, _ in self.furniture]
        return max(0, min(moved) - 2) if moved else len(self.text)

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

    def to_original_sentence(self, start: int, end: int) -> tuple[int, int]:
        """`to_original`, with the footnote references right after the span inside it
        ("… toegelicht.[footnoteRef:3]", "… liggen.1"): a reference belongs to the sentence it
        follows."""
        orig_start, orig_end = self.to_original(start, end)
        for (_, offset), (ref_start, ref_end) in zip(self.footnote_refs, self.ref_spans, strict=True):
            if offset == end and ref_start >= orig_end and not self.original[orig_end:ref_start].strip():
                orig_end = max(orig_end, ref_end)
        return orig_start, orig_end

    def to_clean(self, start: int, end: int) -> tuple[int, int]:
        """Map an original-text span to the cleaned text (the inverse of `to_original`).

        Text that cleaning deleted has no image: a start inside it moves forward to the next
        kept character, an end moves back to the last kept one.
        """
        return self._clean_pos(start, forward=True), max(
            self._clean_pos(start, forward=True), self._clean_pos(end, forward=False)
        )

    def _clean_pos(self, orig: int, *, forward: bool) -> int:
        segs = self._by_orig
        if not segs:
            return 0
        if forward:  # the segment holding the character at orig, else the next one
            index = bisect.bisect_right(self._orig_starts, orig) - 1
            for seg in segs[max(index - 3, 0) : index + 1][::-1]:
                if seg.orig_start <= orig < seg.orig_end:
                    return seg.clean_start + (orig - seg.orig_start if seg.exact else 0)
            later = [seg for seg in segs[max(index, 0) :] if seg.orig_start >= orig and seg.orig_end > seg.orig_start]
            return later[0].clean_start if later else len(self.text)
        # an end: the segment holding the character before orig, else the previous one
        index = bisect.bisect_left(self._orig_starts, orig) - 1
        for seg in segs[max(index - 3, 0) : index + 1][::-1]:
            if seg.orig_start < orig <= seg.orig_end:
                return seg.clean_start + (orig - seg.orig_start) if seg.exact else seg.clean_end
        earlier = [seg for seg in segs[: index + 1] if seg.orig_end <= orig and seg.orig_end > seg.orig_start]
        return earlier[-1].clean_end if earlier else 0


@dataclass(frozen=True, slots=True)
class _Rule:
    name: str
    action: str
    pattern: regex.Pattern[str] | None
    replacement: str = ""
    options: tuple[tuple[str, Any], ...] = ()
    trigger: re.Pattern[str] | None = None

    def option(self, key: str, default: Any = None) -> Any:
        return dict(self.options).get(key, default)


@dataclass(frozen=True, slots=True)
class _Edit:
    start: int
    end: int
    replacement: str


@dataclass(frozen=True, slots=True)
class _Moved:
    kind: str  # footnote | furniture
    number: str
    start: int
    end: int


_RULE_KEYS = {"name", "action", "pattern", "replacement", "trigger"}


@lru_cache(maxsize=4)
def _rules(path: str = "clean/rules.json") -> tuple[_Rule, ...]:
    data = load_json(path)
    return tuple(
        _Rule(
            r["name"],
            r["action"],
            regex.compile(r["pattern"]) if "pattern" in r else None,
            r.get("replacement", ""),
            tuple(sorted((k, _freeze(v)) for k, v in r.items() if k not in _RULE_KEYS)),
            # stdlib `re`: a search for a few characters is many times faster there than in `regex`
            re.compile(r["trigger"]) if "trigger" in r else None,
        )
        for r in data["rules"]
    )


def _freeze(value: Any) -> Any:
    return tuple(value) if isinstance(value, list) else value


class _EditSet:
    """Non-overlapping edits; an edit that overlaps one already taken is refused, and so is
    one that crosses the border of a moved stretch."""

    def __init__(self) -> None:
        self.starts: list[int] = []
        self.edits: list[_Edit] = []
        self.moved: list[_Moved] = []

    def free(self, start: int, end: int) -> bool:
        i = bisect.bisect_left(self.starts, start)
        if i > 0 and self.edits[i - 1].end > start:
            return False
        if i < len(self.edits) and (self.edits[i].start < end or self.edits[i].start == start == end):
            return False
        return not any(m.start < end and start < m.end and not (m.start <= start and end <= m.end) for m in self.moved)

    def add(self, edit: _Edit) -> bool:
        if not self.free(edit.start, edit.end):
            return False
        i = bisect.bisect_left(self.starts, edit.start)
        self.starts.insert(i, edit.start)
        self.edits.insert(i, edit)
        return True

    def add_all(self, edits: list[_Edit]) -> bool:
        """Add all edits or none."""
        if not all(self.free(e.start, e.end) for e in edits):
            return False
        for edit in edits:
            self.add(edit)
        return True


@dataclass(slots=True)
class _State:
    original: str
    edits: _EditSet = field(default_factory=_EditSet)
    refs: list[tuple[str, int]] = field(default_factory=list)  # footnote number, original offset
    emphasis: list[tuple[int, int]] = field(default_factory=list)  # original spans of bold/italic
    respaced: bool = False  # the letter shows letter-spaced words

    @property
    def footnote_numbers(self) -> set[str]:
        return {m.number for m in self.edits.moved if m.kind == "footnote"}

    def move(self, kind: str, number: str, start: int, end: int, wrapper: list[_Edit]) -> bool:
        """Move original[start:end] out of the running text; `wrapper` edits delete its frame."""
        if start >= end or not self.edits.free(start, end) or not all(self.edits.free(e.start, e.end) for e in wrapper):
            return False
        if any(m.start < end and start < m.end for m in self.edits.moved):
            return False
        self.edits.add_all(wrapper)
        self.edits.moved.append(_Moved(kind, number, start, end))
        return True


def clean(original: str) -> CleanText:
    """Clean `original`; every offset of the result can be mapped back with `to_original`."""
    state = _State(original)
    for rule in _rules():
        handler = _ACTIONS.get(rule.action)
        if handler is None:
            raise ValueError(f"unknown cleaning action {rule.action!r} in rule {rule.name}")
        handler(rule, state)
    return _build(state)


def _matches(rule: _Rule, text: str) -> list[regex.Match[str]]:
    assert rule.pattern is not None, f"rule {rule.name} needs a pattern"
    if rule.trigger is not None and rule.trigger.search(text) is None:
        return []
    return [m for m in rule.pattern.finditer(text) if m.end() > m.start()]


def _delete(rule: _Rule, state: _State) -> None:
    for m in _matches(rule, state.original):
        state.edits.add(_Edit(m.start(), m.end(), ""))


def _replace(rule: _Rule, state: _State) -> None:
    for m in _matches(rule, state.original):
        if m.group(0) != rule.replacement:
            state.edits.add(_Edit(m.start(), m.end(), rule.replacement))


def _unwrap(rule: _Rule, state: _State) -> None:
    """Keep group 1, delete the rest of the match (the closing part may become `replacement`)."""
    for m in _matches(rule, state.original):
        if state.edits.add_all(
            [_Edit(m.start(), m.start(1), ""), _Edit(m.end(1), m.end(), rule.replacement)]
        ) and rule.option("emphasis", False):
            state.emphasis.append((m.start(1), m.end(1)))


def _footnote_ref(rule: _Rule, state: _State) -> None:
    known_only = rule.option("known_only", False)
    for m in _matches(rule, state.original):
        if known_only and m.group(1) not in state.footnote_numbers:
            continue
        if state.edits.add(_Edit(m.start(), m.end(), "")):
            state.refs.append((m.group(1), m.start()))


def _footnote_body(rule: _Rule, state: _State) -> None:
    """Group 1 = number, group 2 = body (moved to the footnotes); the rest is deleted."""
    for m in _matches(rule, state.original):
        wrapper = [_Edit(m.start(), m.start(2), ""), _Edit(m.end(2), m.end(), "")]
        state.move("footnote", m.group(1), m.start(2), m.end(2), [e for e in wrapper if e.end > e.start])


def _footnote_lines(rule: _Rule, state: _State) -> None:
    """A txt footnote line: "1     text   2     text" (number, wide gap, body; several per line).

    Numbers must run on by one and one of them must be referenced before its line ('liggen.1 We'),
    which keeps numbered tables and lists out."""
    assert rule.pattern is not None
    split = regex.compile(rule.option("split"))
    reference = rule.option("reference")
    expected: int | None = None
    for m in _matches(rule, state.original):
        pieces = [p for p in split.finditer(state.original, m.start(), m.end())]
        numbers = [int(p.group(1)) for p in pieces]
        if any(b != a + 1 for a, b in zip(numbers, numbers[1:], strict=False)):
            continue
        if reference and not any(
            regex.search(reference.replace("{n}", str(n)), state.original, endpos=m.start()) for n in numbers
        ):
            continue
        if expected is not None and numbers and numbers[0] < expected:
            continue
        previous_end = m.start()
        for p in pieces:
            # the piece's number and the spaces before and after its body go with it
            wrapper = [_Edit(previous_end, p.start(2), ""), _Edit(p.end(2), p.end(), "")]
            previous_end = p.end()
            state.move(
                "footnote",
                p.group(1),
                p.start(2),
                p.end(2),
                [e for e in wrapper if e.end > e.start],
            )
        expected = numbers[-1] + 1 if numbers else expected


def _letter_spaced_label(label: str) -> str:
    """'Onze referentie' -> a pattern that also matches 'Onze ref erentie' or 'O nze referentie'."""
    words = [" ?".join(regex.escape(ch) for ch in word) for word in label.split()]
    return r" +".join(words)


def _sidebar(rule: _Rule, state: _State) -> None:
    """Side-column labels and the kenmerk value repeated inside body lines on later pages.

    The first line that holds only label and value is the letterhead and stays; later
    occurrences that stand after a wide gap (or open a line that goes on) are moved out."""
    text = state.original
    gap = int(rule.option("min_gap", 3))
    labels = "|".join(_letter_spaced_label(x) for x in rule.option("labels", ()))
    home = regex.compile(rf"(?mi)^[ \t]*(?:{labels})[ \t]{{{gap},}}(\S(?:[ \S]*\S)?)[ \t]*$")
    first = home.search(text)
    if first is None:
        return
    value = first.group(1).replace(" ", "")
    value_pattern = " ?".join(regex.escape(ch) for ch in value)
    fragment = regex.compile_uncached(
        rf"(?mi)(?:(?<=^)|[ \t]{{{gap},}})"
        rf"(?P<body>(?:{labels})(?:[ \t]+{value_pattern})?|{value_pattern})"
        rf"(?P<trail>[ \t]*)(?=\S|$)"
    )
    leftover = regex.compile_uncached(rf"(?i)(?:{labels})|{value_pattern}")
    for m in fragment.finditer(text):
        if first.start() <= m.start() < first.end():
            continue
        line_start = text.rfind("\n", 0, m.start()) + 1
        line_end = text.find("\n", m.end())
        line = text[line_start : line_end if line_end != -1 else len(text)]
        if not leftover.sub("", line).strip():
            continue  # a line of its own (label and value only): leave it for the structure stage
        # the gap before it goes with it; at a line start, the space after it does
        wrapper = [_Edit(m.start(), m.start("body"), "")] if m.start("body") > m.start() else []
        if m.start() == line_start and m.end("trail") > m.start("trail"):
            wrapper.append(_Edit(m.start("trail"), m.end("trail"), ""))
        state.move("furniture", "", m.start("body"), m.end("body"), wrapper)


def _respace_words(rule: _Rule, state: _State) -> None:
    """Join letter-spaced fragments ('P agina', 'ref erentie', 'D en H aag') into words.

    Fragments are joined when the joined form is a Dutch word and at least one fragment is
    not (a lone capital, or a string the word list does not know). A very common word
    ('en', 'na') joins only with lone letters: 'Nederland en' stays two words."""
    lexicon = word_frequencies(rule.option("lexicon"))
    common = int(rule.option("common_word_frequency", 100000))
    max_fragments = int(rule.option("max_fragments", 4))
    for m in _matches(rule, state.original):
        # The pattern separates the fragments by single spaces, so a split finds them.
        fragments = m.group(0).split(" ")
        lowered = m.group(0).lower().split(" ")
        # Only a group holding a non-word can join (see _joins): find those once, not per group.
        odd = [
            (len(fragment) == 1 and fragment.isupper()) or word not in lexicon
            for fragment, word in zip(fragments, lowered, strict=True)
        ]
        if not any(odd):
            continue
        words = _Fragments(fragments, lowered, odd)
        starts = [m.start()]
        for fragment in fragments[:-1]:
            starts.append(starts[-1] + len(fragment) + 1)
        odd_at = [j for j, is_odd in enumerate(odd) if is_odd]
        next_odd = 0
        i = 0
        while i < len(fragments) - 1:
            while next_odd < len(odd_at) and odd_at[next_odd] < i:
                next_odd += 1
            if next_odd == len(odd_at):
                break
            if odd_at[next_odd] >= i + max_fragments:
                i = odd_at[next_odd] - max_fragments + 1  # the first group that reaches it
                continue
            for k in range(min(max_fragments, len(fragments) - i), 1, -1):
                if _joins(words, i, i + k, lexicon, common):
                    spaces = [_Edit(starts[j] - 1, starts[j], "") for j in range(i + 1, i + k)]
                    if state.edits.add_all(spaces):
                        state.respaced = True
                        i += k - 1
                    break
            i += 1


class _Fragments:
    """The fragments of one letter-spaced run with what `_joins` asks of them, computed once."""

    def __init__(self, fragments: list[str], lowered: list[str], odd: list[bool]) -> None:
        self.text = fragments
        self.odd = odd
        self.lower = lowered
        self.is_lower = [f.islower() for f in fragments]
        self.is_upper = [f.isupper() for f in fragments]


def _joins(words: _Fragments, start: int, end: int, lexicon: dict[str, int], common: int) -> bool:
    if not (all(words.is_lower[start + 1 : end]) or all(words.is_upper[start:end])):
        return False
    if not any(words.odd[start:end]):
        return False
    joined = lexicon.get("".join(words.lower[start:end]))
    if joined is None:
        return False
    if end - start > 2 and lexicon.get(words.lower[end - 1], 0) > joined:
        return False  # 'D e motie' is 'De motie', not 'Demotie'
    frequent = [j for j in range(start, end) if lexicon.get(words.lower[j], 0) >= common]
    return not frequent or all(len(words.text[j]) == 1 for j in range(start, end) if j not in frequent)


def _respace_digits(rule: _Rule, state: _State) -> None:
    """Digits spaced out by the same extraction ('4 2 300451'); only in letter-spaced letters."""
    if not state.respaced:
        return
    for m in _matches(rule, state.original):
        for space in regex.finditer(" ", m.group(0)):
            state.edits.add(_Edit(m.start() + space.start(), m.start() + space.end(), ""))


_ACTIONS = {
    "delete": _delete,
    "replace": _replace,
    "unwrap": _unwrap,
    "footnote_ref": _footnote_ref,
    "footnote_body": _footnote_body,
    "footnote_lines": _footnote_lines,
    "sidebar": _sidebar,
    "respace_words": _respace_words,
    "respace_digits": _respace_digits,
}


def _build(state: _State) -> CleanText:
    original = state.original
    edits = state.edits.edits
    moved = sorted(state.edits.moved, key=lambda m: m.start)
    parts: list[str] = []
    segments: list[Segment] = []
    gaps: list[int] = []
    length = 0

    def emit(text: str, orig_start: int, orig_end: int) -> None:
        nonlocal length
        if not text and orig_start == orig_end:
            return
        parts.append(text)
        segments.append(Segment(length, length + len(text), orig_start, orig_end))
        length += len(text)

    ref_positions: list[tuple[str, int]] = []
    ref_spans: list[tuple[int, int]] = []
    ref_by_start = {pos: num for num, pos in state.refs}

    def emit_range(start: int, end: int) -> None:
        cursor = start
        first = bisect.bisect_left(state.edits.starts, start)
        for edit in edits[first:]:
            if edit.start >= end:
                break
            if edit.start > cursor:
                emit(original[cursor : edit.start], cursor, edit.start)
            if edit.start in ref_by_start:
                ref_positions.append((ref_by_start[edit.start], length))
                ref_spans.append((edit.start, edit.end))
            if edit.replacement:
                if edit.replacement == " " and edit.end - edit.start >= 3:
                    gaps.append(length)
                emit(edit.replacement, edit.start, edit.end)
            cursor = edit.end
        if cursor < end:
            emit(original[cursor:end], cursor, end)

    cursor = 0
    for block in moved:
        emit_range(cursor, block.start)
        cursor = block.end
    emit_range(cursor, len(original))

    footnotes: list[CleanFootnote] = []
    furniture: list[tuple[int, int]] = []
    for block in sorted(moved, key=lambda m: (m.kind != "footnote", m.start)):
        emit("\n\n", block.start, block.start)
        start = length
        emit_range(block.start, block.end)
        if block.kind == "footnote":
            footnotes.append(CleanFootnote(block.number, start, length))
        else:
            furniture.append((start, length))
    text = "".join(parts)
    result = CleanText(text, original, segments, footnotes, ref_positions, furniture, gaps, ref_spans)
    result.emphasis = sorted(result.to_clean(start, end) for start, end in state.emphasis)
    return result
