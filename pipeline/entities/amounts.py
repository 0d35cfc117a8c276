"""Entity stage: AMOUNT, sums of money (ANNOTATION.md, section AMOUNT).

The grammar lives in `_grammar()`: built once from the data files under models/amounts/ and
compiled with `regex`. A *piece* is currency + number + scale word in the orders Dutch letters
use (`€ 437 miljoen`, `1,5 mln EUR`, `twee miljard euro`, `€\\n2,5 mld.`); two pieces joined by
a connector (à, tot, –, tussen … en) are one range span. Python only judges the candidates the
patterns return: money context for a number with a scale word but no currency, the hedge and
"per jaar" around the span, scale sharing in enumerations (`€ 100, € 100 en € 150 miljoen`) and
bare numbers under a table's scale header (`Bedragen x € 1.000`).

Values are `decimal.Decimal` throughout and leave as exact strings without exponent.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc
from text_to_num import text2num

from .. import extensions  # noqa: F401  (declares Doc._.letter and Doc._.mentions)
from .. import rx as regex
from ..extensions import doc_text
from ..mentions import Mention, add_mentions
from ..resources import load_json

LABEL = "AMOUNT"
PRIORITY = 30

_HS = r"[ \t\u00a0\u202f]"  # horizontal space
_BR = rf"{_HS}*(?:\n{_HS}*)?"  # spaces with at most one line break (table cells, wrapped lines)
_YEAR = regex.compile(r"(?:19|20)\d\d")
_WHOLE_EUROS = regex.compile(r",[-–—=]{1,2}$")
_SPACES = regex.compile(r"[ \u00a0\u202f]")
_DOT_DECIMAL = regex.compile(r"\d+\.\d{1,2}")
_CELL_GAP = regex.compile(r"\t| {2,}|\u00a0{2,}")  # between table cells in PDF text
_LETTER = regex.compile(r"\p{L}")


def _alternation(items: Iterable[str]) -> str:
    """Longest first, literal, with any run of spaces in an item matching any whitespace."""
    parts = [
        r"\s+".join(regex.escape(w) for w in item.split())
        for item in sorted(set(items), key=len, reverse=True)
    ]
    return "(?:" + "|".join(parts) + ")"


@dataclass(frozen=True, slots=True)
class _Grammar:
    master: regex.Pattern[str]
    word_master: regex.Pattern[str]
    # the words that a number-word amount and a table header cannot do without; the costly
    # scanners run only on the lines around their hits
    word_anchor: regex.LowerScan
    header_anchor: regex.LowerScan
    hedge: regex.Pattern[str]
    hedge_after: regex.Pattern[str]
    per_before: regex.Pattern[str]
    per_after: regex.Pattern[str]
    money_cue: regex.Pattern[str]
    money_noun_before: regex.Pattern[str]
    follower: regex.Pattern[str]
    sentence_stop_left: regex.Pattern[str]
    sentence_stop_right: regex.Pattern[str]
    range_opener: regex.Pattern[str]
    enumeration_gap: regex.Pattern[str]
    table_header: tuple[regex.Pattern[str], ...]
    table_tail: regex.Pattern[str]
    table_number: regex.Pattern[str]
    numbered_label: regex.Pattern[str]
    count_row: regex.Pattern[str]
    # currency marker (words lower-cased) -> (ISO code, power of ten of k€, eurocent …)
    currency: dict[str, tuple[str, int]]
    # scale word, abbreviation or plural (lower-cased, no period) -> power of ten
    scale: dict[str, int]
    fractions: dict[str, Decimal]
    half_suffixes: tuple[str, ...]
    block_max_lines: int
    prose_min_chars: int


def _piece(p: str, g: dict[str, str], kinds: str = "cdw") -> str:
    """One amount piece; group names carry the prefix `p` so a range holds two pieces. Kinds:
    c = currency first, d = digits first, w = number word first."""
    sign = rf"(?P<{p}sign>[-–−]{_HS}?)"
    scale = rf"(?:{_BR}(?P<{p}scale>{g['scale']}|(?<=\d)[kK](?![\p{{L}}\d])))"
    cur_after = (
        rf"(?:{_BR}(?P<{p}cur_post>{g['after_words']})(?![\p{{L}}\d])"
        rf"|{_HS}*(?P<{p}cur_post>{g['after_codes']})(?![\p{{L}}\d]|{_HS}*[\d-])"
        rf"|{_HS}*(?P<{p}cur_post>{g['after_signs']})(?!{_HS}*[\d-–−]))"
    )
    number = rf"(?P<{p}num>{g['number']})"
    word = rf"(?P<{p}word>{g['number_word']})"
    spaced = rf"(?P<{p}num>{g['spaced']})"
    minus = rf"(?:-/-{_HS}*)?"  # accountants' minus: -/- € 5 mln
    alternatives = {
        "c": rf"{minus}(?P<{p}cur_pre>{g['before']}){_BR}{sign}?(?:{spaced}|{number}|{word})"
        rf"{scale}?{cur_after}?",
        "d": rf"(?:-/-{_HS}*|(?<=^|[^\d\p{{L}}])[-–−](?=\d))?"
        rf"(?:{spaced}{scale}?{cur_after}|{number}{scale}?{cur_after}?)",
        "w": rf"{word}(?:{scale}{cur_after}?|{cur_after})",
        # a bare word only where it opens a range
        "v": rf"{word}(?:{scale}{cur_after}?|{cur_after}|(?={_BR}{g['connector']}))",
    }
    return "(?:" + "|".join(alternatives[k] for k in kinds) + ")"


@lru_cache(maxsize=1)
def _grammar() -> _Grammar:
    cur = load_json("amounts/currencies.json")
    scales = load_json("amounts/scales.json")
    words = load_json("amounts/number_words.json")
    context = load_json("amounts/context.json")
    tables = load_json("amounts/table_headers.json")
    hedge_data = load_json("amounts/hedges.json")
    hedges = hedge_data["hedges"]

    currency: dict[str, tuple[str, int]] = {}
    for key in ("before", "after_signs", "after_codes"):
        currency.update({k: (v, 0) for k, v in cur[key].items()})
    currency.update({k.lower(): (v, 0) for k, v in cur["after_words"].items()})
    for key in ("before_scaled", "after_scaled"):
        currency.update(
            {k if not k.isalpha() else k.lower(): (v[0], v[1]) for k, v in cur[key].items()}
        )
    scale = {**scales["words"], **scales["abbreviations"], **scales["attached"], **scales["plural"]}

    abbreviations = _alternation(scales["abbreviations"])
    scale_words = _alternation(scales["words"])
    fractions = {k: Decimal(v) for k, v in words["fractions"].items()}
    morphemes = _alternation(words["morphemes"])
    half = _alternation(words["half_suffix"])
    fraction = _alternation(fractions)
    number_word = rf"(?i:(?<![\p{{L}}])(?:{fraction}|{morphemes}+{half}?)(?![\p{{L}}]))"
    g = {
        "before": _alternation([*cur["before_scaled"], *cur["before"]]),
        "after_words": "(?i:" + _alternation([*cur["after_scaled"], *cur["after_words"]]) + ")",
        "after_codes": _alternation(cur["after_codes"]),
        "after_signs": _alternation(cur["after_signs"]),
        "scale": rf"(?i:{scale_words}(?![\p{{L}}])|{abbreviations}(?:\.|(?![\p{{L}}])))",
        "number_word": number_word,
        "spaced": r"\d{1,3}(?:[ \u00a0\u202f]\d{3}(?!\d))+(?:,\d+)?",
    }
    # Dutch: "." groups thousands, "," is the decimal mark; "1.5" is read as a decimal only
    # right before a scale word (€ 1.5 mld); ",-" closes whole euros (€ 750,-).
    g["number"] = (
        r"(?:\d{1,3}(?:\.\d{3}(?!\d))+(?:,\d+)?|\d+,\d+|\d+\.\d{1,2}(?="
        + _BR
        + g["scale"]
        + r")|\d+)"
        r"(?:,[-–—=]{1,2}(?![\d\p{L}]))?(?![\d]|[.,]\d)"
    )
    connectors = [c for c in context["range_connectors"] if c.isalpha() or " " in c]
    dashes = "".join(
        regex.escape(c) for c in context["range_connectors"] if not (c.isalpha() or " " in c)
    )
    g["connector"] = rf"(?:(?<=\s){_alternation(connectors)}(?=\s)|[{dashes}])"
    conn = rf"(?P<conn>{g['connector']})"
    # Two scanners, each opening with a cheap test of the first character (speed): pieces that
    # start with a currency marker or a digit (and may be ranges), and pieces that start with
    # a number word.
    first = regex.escape("".join(sorted({m[0] for m in [*cur["before"], *cur["before_scaled"]]})))
    master = regex.compile(
        rf"(?=[\d{first}\-–−])(?<![\p{{L}}\d]|\d[.,])(?P<lo>{_piece('lo_', g, 'cd')})"
        rf"(?:{_BR}{conn}{_BR}(?P<hi>{_piece('hi_', g)}))?"
    )
    word_first = regex.escape("".join(sorted({w[0] for w in [*words["morphemes"], *fractions]})))
    # a bare number word opens a range whose second piece carries the scale (twee à drie
    # miljard euro)
    word_master = regex.compile(
        rf"(?<![\p{{L}}\d])(?=(?i:[{word_first}]))(?P<lo>{_piece('lo_', g, 'v')})"
        rf"(?:{_BR}{conn}{_BR}(?P<hi>{_piece('hi_', g, 'w')}))?"
    )

    money_words = [
        *cur["after_words"], *cur["after_scaled"], *cur["after_codes"], *cur["after_signs"],
        *scales["words"], *scales["abbreviations"], *scales["plural"],
    ]

    per_words = int(context["per_year_words"])
    header_parts = {
        "SCALE": "(?:"
        + _alternation([*scales["plural"], *scales["words"]])
        + "|"
        + abbreviations
        + r"\.?|k)",
        "CUR": "(?:" + _alternation(["€", "EUR", "euro's", "euro", "k€", "M€"]) + ")",
    }
    headers = tuple(
        regex.compile(
            p.replace("{SCALE}", header_parts["SCALE"]).replace("{CUR}", header_parts["CUR"]),
            regex.I | regex.M,
        )
        for p in tables["patterns"]
    )
    # "23,5" or "23.5" (one or two digits after a point cannot be a thousands group); a
    # number in parentheses is negative in accountants' tables: (450)
    table_number = (
        r"(?!\(?0\d)[-–−]?\d{1,3}(?:\.\d{3})+(?:,\d+)?(?![.\d])|[-–−]?\d+\.\d{1,2}(?![.\d])"
        r"|[-–−]?\d+(?:,\d+)?|\(\d{1,3}(?:\.\d{3})*(?:,\d+)?\)"
    )
    filler = r"[-–—]|n\.?v\.?t\.?|p\.?m\.?|x"
    token = rf"(?:{table_number}|{filler})"
    return _Grammar(
        master=master,
        word_master=word_master,
        word_anchor=_literal_scan(money_words),
        header_anchor=_literal_scan(tables["anchors"]),
        hedge_after=regex.compile(rf"(?i)\s*(?P<q>{_alternation(hedge_data['hedges_after'])})(?![\p{{L}}])"),
        hedge=regex.compile(
            rf"(?i)(?<![\p{{L}}\d])(?P<q>{_alternation(hedges)}(?:\s+{_alternation(hedges)})*)"
            rf"(?:\s+{_alternation(hedge_data['bridges'])})?\s*$"
        ),
        per_before=regex.compile(
            rf"(?i)(?<![\p{{L}}]){_alternation(context['per_year_before'])}(?![\p{{L}}])(?:\s+[^\s.;:!?]+){{0,{per_words}}}\s*$"
        ),
        per_after=regex.compile(
            rf"(?i)\s*(?:{_alternation(context['per_year_bridges'])}\s+){{0,2}}"
            rf"(?:\(?(?:extra|netto|bruto)\)?\s+)?{_alternation(context['per_year_after'])}(?![\p{{L}}])"
        ),
        money_cue=regex.compile(
            rf"(?i)(?<![\p{{L}}])(?:{_alternation(context['money_cues'])}"
            rf"|\p{{L}}{{3,}}?-?{_alternation(context['money_cue_tails'])})(?![\p{{L}}])"
        ),
        # 'een budget van 22 miljoen': a money noun right before says what the number is
        money_noun_before=regex.compile(
            rf"(?i)(?<![\p{{L}}])\p{{L}}*?{_alternation(context['money_cue_tails'])}(?:en|s)?\s+van\s+"
            rf"(?:{_alternation(hedges)}\s+)?$"
        ),
        follower=regex.compile(  # followers and money cues
            rf"\s*(?:$|[^\s\p{{L}}\d]|\p{{Lu}}{{2,}}(?![\p{{L}}\d-])"
            # the end of a heading: the next line opens with a capital or is blank
            rf"|(?<=^[^\n]*?)[ \t]*\n[ \t]*(?:\p{{Lu}}|\n|$)"
            rf"|(?i:{_alternation([*context['followers'], *context['money_cues']])})(?![\p{{L}}]))"
        ),
        sentence_stop_left=regex.compile(r"(?:[.!?]\s+(?=\p{Lu})|\n\s*\n)"),
        sentence_stop_right=regex.compile(r"(?:[.!?](?:\s|$)|\n\s*\n)"),
        range_opener=regex.compile(
            rf"(?i)(?<![\p{{L}}]){_alternation(context['range_openers'])}\s+$"
        ),
        enumeration_gap=regex.compile(r"\s*(?:,\s*(?:en|of)?|en|of|en/of)\s*"),
        table_header=headers,
        table_tail=regex.compile(rf"(?m)(?:^|(?<=\s))(?P<tail>{token}(?:{_HS}+{token})*){_HS}*$"),
        table_number=regex.compile(rf"(?<![^\s|(])(?:{table_number})(?=[\s|]|\)?$|\)\s)"),
        numbered_label=regex.compile(
            rf"(?i)(?<![\p{{L}}]){_alternation(tables['numbered_labels'])}\s*$"
        ),
        count_row=regex.compile(
            rf"(?i)(?<![\p{{L}}]){_alternation(tables['count_row_labels'])}(?![\p{{L}}])"
        ),
        currency=currency,
        scale=scale,
        fractions=fractions,
        half_suffixes=tuple(words["half_suffix"]),
        block_max_lines=int(tables["block_max_lines"]),
        prose_min_chars=int(tables["prose_min_chars"]),
    )


@dataclass(slots=True)
class _Piece:
    start: int
    end: int
    number: Decimal  # signed, before scaling
    scale: int | None  # power of ten of the scale word, None without one
    currency: str | None
    currency_power: int = 0  # k€, eurocent
    currency_before: bool = False

    @property
    def value(self) -> Decimal:
        return self.number.scaleb((self.scale or 0) + self.currency_power)


def decimal_string(value: Decimal) -> str:
    """Exact decimal without exponent: 14800000000, 0.5, -45000000."""
    text = format(value.normalize(), "f")
    return "0" if text in {"-0", "0"} else text


def parse_number(text: str) -> Decimal:
    """A number as Dutch letters write it: 1.234.567, 12.500,-, 0,18, 12 500, 1.5 (before mld)."""
    body = _SPACES.sub("", _WHOLE_EUROS.sub("", text.strip()))
    if _DOT_DECIMAL.fullmatch(body):
        return Decimal(body)
    return Decimal(body.replace(".", "").replace(",", "."))


def parse_number_word(text: str) -> Decimal | None:
    g = _grammar()
    words = " ".join(text.lower().split())
    if words in g.fractions:
        return g.fractions[words]
    half = Decimal(0)
    for suffix in g.half_suffixes:
        if words.endswith(suffix) and words != suffix.strip():
            words, half = words[: -len(suffix)], Decimal("0.5")
            break
    try:
        return Decimal(text2num(words, "nl")) + half
    except (ValueError, InvalidOperation):
        return None


def _piece_from(match: regex.Match[str], p: str) -> _Piece | None:
    g = _grammar()
    groups = match.groupdict()
    if groups.get(f"{p}word") is not None:
        number = parse_number_word(groups[f"{p}word"])
        if number is None:
            return None
    else:
        number = parse_number(groups[f"{p}num"])
    whole = groups[p[:-1]]
    if groups.get(f"{p}sign") is not None or whole.lstrip()[:1] in "-–−":
        number = -number
    scale_text = groups.get(f"{p}scale")
    scale = g.scale[scale_text.lower().rstrip(".")] if scale_text else None
    currency, power, before = None, 0, False
    for group in (f"{p}cur_pre", f"{p}cur_post"):
        marker = groups.get(group)
        if marker is not None:
            key = marker if marker in g.currency else " ".join(marker.lower().split())
            currency, marker_power = g.currency[key]
            power += marker_power
            before = before or group.endswith("pre")
    return _Piece(match.start(p[:-1]), match.end(p[:-1]), number, scale, currency, power, before)


def _is_year(piece: _Piece, text: str) -> bool:
    return (
        piece.scale is None
        and piece.currency is None
        and bool(_YEAR.fullmatch(text[piece.start : piece.end]))
    )


def _sentence_window(text: str, start: int, end: int) -> str:
    g = _grammar()
    left_from = max(0, start - 200)
    stops = list(g.sentence_stop_left.finditer(text, left_from, start))
    left_from = stops[-1].end() if stops else left_from
    right_to = min(len(text), end + 150)
    stop = g.sentence_stop_right.search(text, end, right_to)
    return text[left_from:start] + " " + text[end : stop.start() if stop else right_to]


def _money_context(text: str, start: int, end: int) -> bool:
    """A number with a scale word but no currency: money when the sentence speaks of money and
    the next word does not make it a count (2 miljoen inwoners)."""
    g = _grammar()
    if g.money_noun_before.search(text, max(0, start - 60), start):
        return True
    if not g.follower.match(text, end):
        return False
    return g.money_cue.search(_sentence_window(text, start, end)) is not None


def _norm(
    text: str,
    start: int,
    end: int,
    value: Decimal | None,
    currency: str,
    low: Decimal | None = None,
    high: Decimal | None = None,
    prev_end: int = 0,
) -> dict[str, Any]:
    g = _grammar()
    window_start = max(prev_end, start - 60)
    hedge = g.hedge.search(text, window_start, start)
    qualifier = hedge.group("q") if hedge else None
    lead_end = hedge.start() if hedge else start
    after = g.hedge_after.match(text, end)
    if after is not None and qualifier is None:
        qualifier, end = after.group("q"), after.end()
    per_before = g.per_before.search(text, max(prev_end, lead_end - 80), lead_end)
    per = "year" if per_before or g.per_after.match(text, end) else None
    if qualifier is not None:
        qualifier = " ".join(qualifier.split())  # as written, a line break read as a space
    return {
        "value": None if value is None else decimal_string(value),
        "currency": currency,
        "approximate": qualifier is not None,
        "qualifier": qualifier,
        "low": None if low is None else decimal_string(low),
        "high": None if high is None else decimal_string(high),
        "per": per,
    }


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    pieces: tuple[_Piece, ...]  # one, or (low, high) for a range
    rule: str


def _range(text: str, match: regex.Match[str], lo: _Piece, hi: _Piece) -> _Found | None:
    g = _grammar()
    if match.group("conn").lower() == "en" and not g.range_opener.search(
        text, max(0, lo.start - 20), lo.start
    ):
        return None
    lo_strong = lo.currency is not None or lo.scale is not None
    hi_strong = hi.currency is not None or hi.scale is not None
    if not hi_strong and not (
        lo.currency is not None and lo.scale is None and not _is_year(hi, text)
    ):
        return None
    if not lo_strong and (_is_year(lo, text) or not hi_strong):
        return None
    if (
        lo.scale is None
        and hi.scale is not None
        and lo.number.scaleb(hi.scale) <= hi.number.scaleb(hi.scale)
    ):
        lo.scale = hi.scale
    if lo.currency is None:
        lo.currency, lo.currency_power = hi.currency, hi.currency_power
    if hi.currency is None:
        hi.currency, hi.currency_power = lo.currency, lo.currency_power
    if lo.currency is None and not _money_context(text, lo.start, hi.end):
        return None
    return _Found(lo.start, hi.end, (lo, hi), "range")


def _single(text: str, piece: _Piece | None) -> _Found | None:
    if piece is None:
        return None
    if piece.currency is None and (
        piece.scale is None or not _money_context(text, piece.start, piece.end)
    ):
        return None
    return _Found(
        piece.start, piece.end, (piece,), "currency" if piece.currency else "scale_in_context"
    )


def _share_scales(text: str, found: list[_Found]) -> None:
    """`€ 100, € 100 en € 150 miljoen`: the last item's scale word holds for the items before."""
    g = _grammar()
    for index in range(len(found) - 2, -1, -1):
        current, following = found[index], found[index + 1]
        if len(current.pieces) != 1 or len(following.pieces) != 1:
            continue
        piece, nxt = current.pieces[0], following.pieces[0]
        if (
            piece.scale is None
            and nxt.scale is not None
            and piece.currency_before
            and (nxt.currency is None or (nxt.currency_before and piece.currency == nxt.currency))
            and g.enumeration_gap.fullmatch(text, current.end, following.start)
        ):
            piece.scale = nxt.scale


def _literal_scan(words: Iterable[str]) -> regex.LowerScan:
    """Any of `words`, in any case (the first word of a phrase is enough)."""
    firsts = {w.lower().split()[0] for w in words}
    # a word that holds another ('miljoenen', 'miljoen') is found through the shorter one
    needed = sorted(w for w in firsts if not any(other != w and other in w for other in firsts))
    return regex.LowerScan("|".join(regex.escape(w) for w in needed))


def _anchored_lines(text: str, anchor: regex.LowerScan, before: int, after: int) -> list[tuple[int, int]]:
    hits = (hit.span() for hit in anchor.finditer(text))
    return regex.stretches_around(text, hits, before, after, whole_lines=True)


def _in_lines(pattern: regex.Pattern[str], text: str, lines: list[tuple[int, int]]) -> list[regex.Match[str]]:
    return [match for start, end in lines for match in pattern.finditer(text, start, end)]


def _word_matches(text: str) -> list[regex.Match[str]]:
    """The number-word scanner's matches: every word amount ends in a scale or currency word."""
    g = _grammar()
    return _in_lines(g.word_master, text, _anchored_lines(text, g.word_anchor, before=120, after=40))


def _header_lines(text: str) -> list[tuple[int, int]]:
    return _anchored_lines(text, _grammar().header_anchor, before=40, after=40)


def _header_spans(text: str) -> list[tuple[int, int, int, str]]:
    """Scale headers: (start, end, power of ten, currency)."""
    g = _grammar()
    spans: list[tuple[int, int, int, str]] = []
    lines = _header_lines(text)
    for pattern in g.table_header:
        for match in _in_lines(pattern, text, lines):
            groups = match.groupdict()
            marker = groups.get("cur") or groups.get("cur2") or "€"
            currency, power = g.currency.get(marker, g.currency.get(marker.lower(), ("EUR", 0)))
            scale_text = (groups.get("scale") or "").strip()
            if scale_text:
                digits = regex.sub(r"\D", "", scale_text)
                word = regex.sub(r"^1\s*", "", scale_text).lower().rstrip(".")
                power += (
                    len(digits) - 1
                    if regex.fullmatch(r"1(?:[.\s]000)+", scale_text)
                    else g.scale.get(word, 0)
                )
            start, end = match.span()
            while start < end and text[start] in " (\n\t":
                start += 1
            spans.append((start, end, power, currency))
    return sorted(set(spans))


def _table_numbers(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Bare numbers in the numeric tail of each line of text[start:end], but not years or the
    number of a label (Artikel 3)."""
    g = _grammar()
    found: list[tuple[int, int]] = []
    for tail in g.table_tail.finditer(text, start, end):
        line_start = text.rfind("\n", 0, tail.start()) + 1
        if g.count_row.search(text, line_start, tail.start()):
            continue  # "Aantal fte  45  50", "Pagina 3 van 5": not money
        numbers = list(g.table_number.finditer(text, tail.start(), tail.end()))
        gap = _CELL_GAP.search(text, line_start, tail.end())
        if gap is not None and _LETTER.search(text, line_start, gap.start()):
            # the row's label cell (Kamerstuk 36 200<tab>10): its numbers are not amounts
            numbers = [m for m in numbers if m.start() >= gap.end()]
        elif numbers and g.numbered_label.search(text, line_start, tail.start()):
            numbers = numbers[1:]  # "Artikel 3 1.250": the 3 numbers the label
        found.extend(m.span() for m in numbers if not _YEAR.fullmatch(m.group()))
    return found


def _table_blocks(text: str, header_end: int) -> tuple[int, int]:
    """The block of table lines after a scale header, up to the first prose line or a wide gap."""
    g = _grammar()
    pos = header_end
    last = header_end
    blank = 0
    for _ in range(g.block_max_lines):
        if pos >= len(text):
            break
        nl = text.find("\n", pos)
        line_end = len(text) if nl == -1 else nl
        line = text[pos:line_end].strip()
        if not line:
            blank += 1
            if blank >= 2 and last > header_end:
                break
        else:
            blank = 0
            if len(line) >= g.prose_min_chars and not g.table_tail.search(text, pos, line_end):
                break
            last = line_end
        pos = line_end + 1
    return header_end, last


def _table_amounts(
    text: str,
    tables: Sequence[Any],
    taken: list[tuple[int, int]],
    headers: list[tuple[int, int, int, str]],
) -> list[Mention]:
    mentions: list[Mention] = []
    regions: list[tuple[int, int, int, str]] = []
    for h_start, h_end, power, currency in headers:
        # a table the reader or the structure stage found (its cells are known) that the header
        # heads or belongs to; else the block of number lines below the header
        table = next((t for t in tables if t.start - 200 <= h_start < t.end), None)
        if table is not None:
            regions.extend((s, e, power, currency) for row in table.rows for s, e in row)
        else:
            block_start, block_end = _table_blocks(text, h_end)
            regions.append((block_start, block_end, power, currency))
    header_ranges = [(s, e) for s, e, _, _ in headers]
    for start, end, power, currency in regions:
        for s, e in _table_numbers(text, start, end):
            if any(s < te and ts < e for ts, te in [*taken, *header_ranges]):
                continue
            value = parse_number(text[s:e].strip("()").replace("–", "-").replace("−", "-").lstrip("-"))
            if text[s] in "-–−(":
                value = -value
            norm = {
                "value": decimal_string(value.scaleb(power)),
                "currency": currency,
                "approximate": False,
                "qualifier": None,
                "low": None,
                "high": None,
                "per": None,
            }
            mentions.append(Mention(s, e, LABEL, norm, rule="table_header", priority=PRIORITY))
            taken.append((s, e))
    return mentions


def _candidates(text: str, matches: Iterable[regex.Match[str]]) -> list[_Found]:
    """Single pieces and ranges that pass the checks, from a scanner's matches."""
    found: list[_Found] = []
    for match in matches:
        lo = _piece_from(match, "lo_")
        if match.group("hi") is not None:
            hi = _piece_from(match, "hi_")
            ranged = _range(text, match, lo, hi) if lo is not None and hi is not None else None
            if ranged is not None:
                found.append(ranged)
                continue
            found.extend(f for f in (_single(text, lo), _single(text, hi)) if f is not None)
        else:
            single = _single(text, lo)
            if single is not None:
                found.append(single)
    return found


def find_amounts(text: str, tables: Sequence[Any] = ()) -> list[Mention]:
    """Every AMOUNT in `text` (cleaned text), in order of position."""
    g = _grammar()
    found = _candidates(text, g.master.finditer(text))
    for item in _candidates(text, _word_matches(text)):
        if not any(item.start < f.end and f.start < item.end for f in found):
            found.append(item)
    found.sort(key=lambda f: f.start)
    headers = _header_spans(text)
    found = [f for f in found if not any(f.start < e and s < f.end for s, e, _, _ in headers)]
    _share_scales(text, found)

    mentions: list[Mention] = []
    prev_end = 0
    for item in found:
        if len(item.pieces) == 1:
            piece = item.pieces[0]
            norm = _norm(
                text, item.start, item.end, piece.value, piece.currency or "EUR", prev_end=prev_end
            )
        else:
            lo, hi = item.pieces
            norm = _norm(
                text, item.start, item.end, None, lo.currency or "EUR", lo.value, hi.value, prev_end
            )
        mentions.append(
            Mention(item.start, item.end, LABEL, norm, rule=item.rule, priority=PRIORITY)
        )
        prev_end = item.end
    taken = [(m.start, m.end) for m in mentions]
    mentions.extend(_table_amounts(text, tables, taken, headers))
    return sorted(mentions, key=lambda m: (m.start, m.end))


@Language.factory("kamerbrief_amounts", default_config={})
class AmountRecognizer:
    """Adds AMOUNT mentions (priority 30) to `Doc._.mentions`."""

    def __init__(self, nlp: Language, name: str) -> None:
        self.name = name
        _grammar()  # compile once, when the pipeline is built

    def __call__(self, doc: Doc) -> Doc:
        structure = doc._.letter
        tables = structure.tables if structure is not None else ()
        add_mentions(doc, find_amounts(doc_text(doc), tables))
        return doc
