"""Stage 4, sentences: a rule-based Dutch segmenter for the genre of government letters.

It runs over the body, the closing formula and the footnote bodies only (letterhead, tables
and the signature block are not sentences). A line break ends a sentence when the line is a
heading or a list item or ends in final punctuation; otherwise it is a wrapped line. Inside a
line, a final mark ends a sentence unless it closes an abbreviation (models/sentences/) or an
initial ("K.H."), or what follows cannot start a sentence.
"""

from __future__ import annotations

from functools import lru_cache

from spacy.language import Language
from spacy.tokens import Doc

from . import rx as regex
from .extensions import doc_text
from .resources import load_json

_BULLET = regex.compile(r"^(?:[·•▪◦‣●○■\-–—*]\s+|\(?\d{1,2}[.)]\s+|\(?[a-z][.)]\s+)")
_CANDIDATE = regex.compile(r"[.!?…]+[\"'”’)]*(?=\s+|$)")
# searched backwards from the mark: a forward search tries every position of the look-back
_WORD_BEFORE = regex.compile(r"(?r)(\S+)$")
_SPACED_REF = regex.compile(r"[ \t]+(\d{1,3})(?=[ \t]+\p{Lu}|[ \t]*$)")
_NEXT_START = regex.compile(r"\s+([\"'“‘(]?)(\S)")
_NUMBERING = regex.compile(r"(?:\d{1,2}(?:\.\d{1,2})*|[IVXivx]{1,5}|[a-z])\.")
_INITIALS = regex.compile(r"(?:\p{Lu}\.){1,4}")
_LETTERS_DOTTED = regex.compile(r"\p{L}\.(?:\p{L}\.)+")
_NUMBER_DOT = regex.compile(r"\d+\.")
_HEADING_MAX = 80
_WRAPPED_WIDTH = 110


@lru_cache(maxsize=1)
def _abbreviations() -> tuple[frozenset[str], frozenset[str]]:
    data = load_json("sentences/abbreviations.json")
    return frozenset(data["never_final"]), frozenset(data["may_end"])


def split_region(
    text: str, start: int, end: int, footnote_numbers: frozenset[str] = frozenset()
) -> list[tuple[int, int]]:
    """Sentences of text[start:end] as (start, end) spans, trimmed of whitespace."""
    never, may_end = _abbreviations()
    sentences: list[tuple[int, int]] = []
    lines = _line_spans(text, start, end)
    heading_max = _heading_max(text, lines)
    current: int | None = None
    layout = _layout()
    for index, (ls, le) in enumerate(lines):
        line = text[ls:le]
        if not line.strip():
            if current is not None:
                sentences.append((current, _prev_end(text, ls)))
                current = None
            continue
        if current is not None and (_BULLET.match(line) or _is_heading_line(lines, index, text, heading_max)):
            sentences.append((current, _prev_end(text, ls)))
            current = None
        if current is None:
            current = ls
        opening = None
        if current == ls:  # a salutation or heading run together with the paragraph by a conversion
            opening = layout.salutation.match(text, ls, le) or layout.glued_heading.match(text, ls, le)
        if opening:
            sentences.append((ls, opening.end()))
            current = _skip_space(text, opening.end(), le)
        for match in _CANDIDATE.finditer(text, ls, le):
            cut = match.end()
            if current is not None and cut <= current:
                continue
            if _is_boundary(text, match.start(), cut, le, never, may_end):
                reference = _SPACED_REF.match(text, cut, le)
                if reference and reference.group(1) in footnote_numbers:
                    cut = reference.end()  # "… ontoereikend was. 5": the reference stays inside
                if current is not None and cut > current:
                    sentences.append((current, cut))
                nxt = _skip_space(text, cut, le)
                current = nxt if nxt < le else None
        if current is not None and (
            # the next line matters only after a colon (speed: finding it is a walk over the lines)
            _ends_sentence_line(line, _next_line(text, lines, index) if line.rstrip().endswith(":") else "")
            or _is_heading_line(lines, index, text, heading_max)
            or _next_is_bullet(lines, index, text)
        ):
            sentences.append((current, le))
            current = None
    if current is not None:
        sentences.append((current, _prev_end(text, end)))
    return [_trim(text, s, e) for s, e in sentences if text[s:e].strip()]


def _line_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    spans = []
    pos = start
    while pos <= end:
        nl = text.find("\n", pos, end)
        if nl == -1:
            spans.append((pos, end))
            break
        spans.append((pos, nl))
        pos = nl + 1
    return spans


def _prev_end(text: str, pos: int) -> int:
    while pos > 0 and text[pos - 1].isspace():
        pos -= 1
    return pos


def _skip_space(text: str, pos: int, limit: int) -> int:
    while pos < limit and text[pos].isspace():
        pos += 1
    return pos


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _ends_sentence_line(line: str, following: str = "") -> bool:
    """A line ending in final punctuation ends its sentence; a colon does unless the text
    goes on in lower case on the next line ('op de terreinen van:' / 'energietransitie …')."""
    stripped = line.rstrip()
    if stripped.endswith(":"):
        return not following[:1].islower()
    return stripped.endswith((".", "!", "?")) or (
        stripped.endswith(",") and regex.match(r"^(Geachte|Hoogachtend|Met vriendelijke)", stripped) is not None
    )


def _next_line(text: str, lines: list[tuple[int, int]], index: int) -> str:
    return next((text[s:e].strip() for s, e in lines[index + 1 :] if text[s:e].strip()), "")


def _heading_max(text: str, lines: list[tuple[int, int]]) -> int:
    """How long a heading line may be. Hard-wrapped text (PDF, txt) breaks its lines near a
    fixed width; a line close to that width is a wrapped line, not a heading."""
    lengths = sorted(e - s for s, e in lines if e > s)
    if len(lengths) < 5:
        return _HEADING_MAX
    wrap = lengths[int(len(lengths) * 0.9)]
    return min(_HEADING_MAX, int(wrap * 0.75)) if wrap <= _WRAPPED_WIDTH else _HEADING_MAX


def _is_heading_line(lines: list[tuple[int, int]], index: int, text: str, heading_max: int = 80) -> bool:
    """A short line without final punctuation followed by a line that starts with a capital."""
    ls, le = lines[index]
    line = text[ls:le].strip()
    if not line or len(line) > heading_max or line[-1] in ".,;:!?-–(":
        return False
    if not line[0].isupper() and not line[0].isdigit():
        return False
    # the last line of a wrapped sentence is no heading: the line before it is long and open
    prev = text[lines[index - 1][0] : lines[index - 1][1]].strip() if index > 0 else ""
    if prev and prev[-1] not in ".:!?" and len(prev) > 60:
        return False
    nxt = _next_line(text, lines, index)
    # a wrapped line is followed by its continuation, which in prose rarely starts with a capital
    return not nxt or nxt[0].isupper() or bool(_BULLET.match(nxt))


def _next_is_bullet(lines: list[tuple[int, int]], index: int, text: str) -> bool:
    for s, e in lines[index + 1 :]:
        if text[s:e].strip():
            return bool(_BULLET.match(text[s:e].lstrip()))
    return False


def _is_boundary(text: str, mark: int, cut: int, line_end: int, never: frozenset[str], may_end: frozenset[str]) -> bool:
    if text[mark] != ".":
        return _next_can_start(text, cut, line_end)
    # a bounded look-back: searching from 0 made every boundary check linear in the letter
    word_match = _WORD_BEFORE.search(text, max(0, mark - 80), mark + 1)
    word = word_match.group(1).lower() if word_match else ""
    if word_match and _NUMBERING.fullmatch(word_match.group(1)) and _at_line_start(text, word_match.start()):
        return False  # the number of a heading or list item: "1. Nederland investeert …"
    word = word.lstrip("(\"'“‘[")
    if word in never:
        return False
    if _INITIALS.fullmatch(word_match.group(1).lstrip("(") if word_match else ""):
        return False  # initials: K.H. Ollongren
    if _LETTERS_DOTTED.fullmatch(word):
        return word in may_end and _next_is_capital(text, cut, line_end)
    if word in may_end:
        return _next_is_capital(text, cut, line_end)
    if _NUMBER_DOT.fullmatch(word) and _next_is_lower(text, cut, line_end):
        return False
    return _next_can_start(text, cut, line_end)


def _at_line_start(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    return not text[line_start:pos].strip()


def _next_is_capital(text: str, cut: int, line_end: int) -> bool:
    match = _NEXT_START.match(text, cut, line_end)
    return cut >= line_end or (match is not None and match.group(2).isupper())


def _next_is_lower(text: str, cut: int, line_end: int) -> bool:
    match = _NEXT_START.match(text, cut, line_end)
    return match is not None and match.group(2).islower()


def _next_can_start(text: str, cut: int, line_end: int) -> bool:
    if cut >= line_end:
        return True
    match = _NEXT_START.match(text, cut, line_end)
    if match is None:
        return True
    ch = match.group(2)
    return ch.isupper() or ch.isdigit() or ch in "€$£'\"(“‘[•·-–"


class _Layout:
    def __init__(self) -> None:
        data = load_json("sentences/layout.json")
        self.marker = regex.compile(data["list_marker"])
        self.not_a_sentence = regex.compile(data["not_a_sentence"])
        self.salutation = regex.compile(data["salutation"])
        self.glued_heading = regex.compile(data["glued_heading"])


@lru_cache(maxsize=1)
def _layout() -> _Layout:
    return _Layout()


def _strip_marker(text: str, start: int, end: int) -> tuple[int, int]:
    """List markers and section numbers stand outside the sentence ("· Directe levering: …",
    "1.1 Historie", "a) Titel")."""
    match = _layout().marker.match(text, start, end)
    if match and match.end() < end:
        return match.end(), end
    return start, end


def segment(
    text: str,
    regions: list[tuple[int, int]],
    interruptions: list[tuple[int, int]],
    footnote_numbers: frozenset[str] = frozenset(),
) -> list[tuple[int, int]]:
    """Sentences of the regions. A sentence that a page break interrupts (page furniture or a
    side-column block between two regions, the text before it not ending a sentence and the
    text after it going on in lower case) is one span that encloses the interruption."""
    masked = list(text)
    for start, end in interruptions:
        before = start
        while before > 0 and text[before - 1].isspace():
            before -= 1
        after = end
        while after < len(text) and text[after].isspace():
            after += 1
        runs_on = before > 0 and text[before - 1] not in ".!?:;" and after < len(text) and text[after].islower()
        for k in range(before, after) if runs_on else range(start, end):
            if runs_on or text[k] != "\n":
                masked[k] = " "
    view = "".join(masked)
    merged: list[list[int]] = []
    for start, end in sorted(regions):
        if merged and not view[merged[-1][1] : start].strip():
            merged[-1][1] = max(merged[-1][1], end)
        else:
            merged.append([start, end])
    spans: list[tuple[int, int]] = []
    for start, end in merged:
        spans.extend(_strip_marker(view, s, e) for s, e in split_region(view, start, end, footnote_numbers))
    return sorted({(s, e) for s, e in spans if not _layout().not_a_sentence.match(view[s:e])})


@Language.factory(
    "kamerbrief_sentences",
    default_config={
        "region_kinds": ["body", "closing", "footnotes"],
        "interruption_kinds": ["furniture", "letterhead"],
    },
)
class SentenceSegmenter:
    def __init__(self, nlp: Language, name: str, region_kinds: list[str], interruption_kinds: list[str]) -> None:
        self.region_kinds = tuple(region_kinds)
        self.interruption_kinds = tuple(interruption_kinds)

    def __call__(self, doc: Doc) -> Doc:
        structure = doc._.letter
        if structure is None:
            doc._.sentences = segment(doc_text(doc), [(0, len(doc_text(doc)))], [])
            return doc
        regions = structure.spans_of(*self.region_kinds)
        numbers = frozenset(note.number for note in structure.footnotes)
        doc._.sentences = segment(doc_text(doc), regions, structure.spans_of(*self.interruption_kinds), numbers)
        return doc
