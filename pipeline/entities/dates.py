"""Entity stage: DATE mentions (calendar dates and periods) with an ISO-style `norm`.

Candidates come from the project's own Dutch patterns (models/dates/patterns.json, filled with
the word lists of models/dates/lexicon.json and lexicon/months.json), run only in windows around
anchors (years, month and season names, unit words); the longest non-overlapping candidates
win. A bare year, a bare month or a year range counts only in a date context (a preposition
before it, a modifier such as "begin", a unit such as "schooljaar", coordination with a date just
before, for a year range a lower-case programme or period word: "subsidieprogramma 2021–2027"),
so "Bestuursakkoord 2022" or "Meerjarenbrief 2023-2025" stay names. A named recess with its year
("kerstreces 2021") is a period like a season.
Relative forms are resolved against the letter's date: "21 april jl." and a bare "6 april" are
the latest such day on or before it, "a.s.", a day in a future-tense clause or one within a month
after the letter (two months in a clause without a past word) the next one, a day repeating one
written earlier with its year that day; a yearless range around the letter's date the current
one; a yearless month or quarter ("begin juni") is in the letter's year, or the next year when a
future-tense clause names a month before the letter's, the previous year when a past-tense
clause names one after it ("het in oktober genomen besluit" in May). A yearless range ("van 12 tot
en met 17 juni", "7 tot 9 oktober a.s.") is one span resolved like its days; "afgelopen december",
"het afgelopen kwartaal" and "vorige week dinsdag en woensdag" count from the letter's month,
quarter or week. A year that names a budget ("de begroting voor 2020"), a relative date inside a
quoted title («Vandaag is het 2040») and a recurring day ("iedere derde woensdag in mei") are no
DATE.
dateparser (cached) resolves the deictic phrases ("vorige week", "gisteren", "twee weken
geleden"); plain dates are parsed here. Without a letter date those values stay null and the
letter gets a warning.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import dateparser
from spacy.language import Language
from spacy.tokens import Doc

from .. import rx as regex
from ..extensions import doc_text
from ..mentions import Mention, add_mentions
from ..resources import load_json

_Match = Any  # regex.Match[str]
_Value = tuple[str | None, bool] | None  # (value, relative); None: no date after all


@dataclass(slots=True)
class DateFound:
    start: int
    end: int
    value: str | None
    mod: str | None
    rule: str


@dataclass(frozen=True, slots=True)
class _Pattern:
    name: str
    kind: str
    needs_context: bool
    needs_modifier: bool  # kept only with a modifier before it ("eind van het jaar")
    regex: Any
    anchors: tuple[str, ...]  # kinds of anchor that every match holds (see _Grammar.anchor)


# The end of a candidate: not inside a word or number ("2.025", "2024-0001234"); a footnote
# number glued to a year ("2023.3"), to a word or to a period ("12 oktober2", "5 september jl.3")
# and a conversion that glued "en" to a year ("2002en") are ok. "2024,1" stays out: a decimal.
_END = (
    r"(?:(?<=(?:19|20)\d{2})(?=(?:en|of)\b)"
    r"|(?<=[\p{L}.])(?=\d{1,2}(?!\d|[,.]\d|\p{L}))"
    r"|(?![\w]|\.\d{3}|[,/\-–]\d))"
)


def _alternation(words: Any) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


class _Grammar:
    """The compiled patterns and word lists (built once per process)."""

    def __init__(self) -> None:
        lex = load_json("dates/lexicon.json")
        self.months: dict[str, int] = load_json("lexicon/months.json")["months"]
        self.past = frozenset(lex["past_markers"])
        self.modifiers: dict[str, str] = lex["modifiers"]
        self.seasons: dict[str, str] = lex["seasons"]
        self.season_months: dict[str, list[int]] = lex["season_months"]
        self.recesses: dict[str, str] = lex["recesses"]
        self.ordinals: dict[str, int] = lex["ordinals"]
        self.relative_years: dict[str, str] = lex["relative_years"]
        self.relative_phrases: dict[str, str] = lex["relative_phrases"]
        self.determiners: dict[str, int] = lex["relative_determiners"]
        self.ago_units: dict[str, str] = lex["ago_units"]
        self.number_words: dict[str, int] = lex["number_words"]
        self.synonyms: dict[str, str] = lex["dateparser_synonyms"]
        self.future_words = frozenset(lex["future_tense_words"])
        self.past_words = frozenset(lex["past_tense_words"])
        self.clause_openers = frozenset(lex["clause_openers"])
        self.perfect_auxiliaries = frozenset(lex["perfect_auxiliaries"])
        self.near_future = dt.timedelta(days=lex["near_future_days"])
        self.upcoming = dt.timedelta(days=lex["upcoming_days"])
        self.weekdays: dict[str, int] = {w: i for i, w in enumerate(lex["weekdays"])}
        full_months = [m for m in self.months if len(m) > 3 or m == "mei"]
        slots = {
            "day": r"(?:[12]\d|3[01]|0?[1-9])",
            "year": r"(?:19|20)\d{2}",
            "dash": r"[-–—]",
            "month": _alternation(self.months),
            "monthfull": _alternation(full_months),
            "weekday": _alternation(lex["weekdays"]),
            "past": _alternation(lex["past_markers"]),
            "future": _alternation(lex["future_markers"]),
            "season": _alternation(self.seasons),
            "recess": _alternation(self.recesses),
            "ordinal": _alternation(self.ordinals),
            "yearunit": _alternation(lex["year_units"]),
            "ryear": _alternation(self.relative_years),
            "relphrase": _alternation(self.relative_phrases),
            "weekphrase": _alternation(p for p, unit in self.relative_phrases.items() if unit == "week"),
            "reldet": _alternation(self.determiners),
            "agounit": _alternation(self.ago_units),
            "numword": _alternation(self.number_words),
            "budget": _alternation(lex["budget_nouns"]),
        }
        data = load_json("dates/patterns.json")
        self.patterns = [
            _Pattern(
                p["name"],
                p["kind"],
                bool(p.get("context")),
                p.get("context") == "modifier",
                regex.compile(
                    r"(?<![\w/.,\-–])(?:" + _fill(p["pattern"], slots) + r")" + _END,
                    regex.I,
                ),
                tuple(p["anchors"]),
            )
            for p in data["patterns"]
        ]
        self.exclude = [regex.compile(_fill(e["pattern"], slots), regex.I) for e in data["exclude"]]
        self.quoted = regex.compile(
            "|".join(
                # no paragraph break inside, so an unpaired mark does not run on
                rf"{regex.escape(o)}(?:(?!\n\s*\n)[^{regex.escape(o + c)}]){{1,200}}{regex.escape(c)}"
                for o, c in lex["title_quotes"]
            )
        )
        self.day_month = regex.compile(
            r"(?:(?:" + slots["weekday"] + r")\s+)?(?P<d>" + slots["day"] + r")\s+(?P<m>" + slots["monthfull"] + r")$",
            regex.I,
        )
        self.modifier_before = regex.compile(
            r"(?:^|(?<=[\s(]))(?P<mod>" + _alternation(self.modifiers) + r")(?:\s+van(?:\s+(?:het|de))?)?\s+$",
            regex.I,
        )
        self.context_before = regex.compile(
            r"(?:^|(?<=[\s(]))(?:" + _alternation(lex["context_before"]) + r")\s+$", regex.I
        )
        self.coordinator = regex.compile(r"^\s*(?:" + _alternation(lex["coordinators"]) + r")?\s*$", regex.I)
        self.range_opener = regex.compile(
            r"(?:(?:"
            + _alternation(lex["range_openers"])
            + r")|(?<!\p{L})\p{Ll}*(?:"
            + _alternation(lex["range_words_before"])
            + r")(?:\s+van)?\s)\s*$"
        )
        self.cited_before = regex.compile(r"(?:" + _alternation(lex["cited_before"]) + r")\s+$", regex.I)
        self.not_after = regex.compile(r"(?:^|(?<=[\s(]))(?:" + _alternation(lex["not_after"]) + r")\s*$", regex.I)
        # Every date expression holds an anchor: a year, a month or season name, a Q/H code or an
        # anchor word; each pattern runs only in windows around the kinds it needs (speed).
        self.anchor = regex.LowerScan(
            r"(?P<year>(?<!\d)(?:19|20)\d{2}(?!\d))|\b(?:(?P<code>[qh]\d)"
            + "".join(
                rf"|(?P<{kind}>{_alternation(w.lower() for w in words)})"
                for kind, words in (("month", self.months), ("season", self.seasons), ("word", lex["anchor_words"]))
            )
            + r")(?![^\W\d_])"  # no letter after it; a glued footnote number may follow ("oktober2")
        )
        self.not_before = regex.compile(r"\s*(?:" + _alternation(lex["not_before"]) + r")(?!\w)", regex.I)


def _fill(template: str, slots: dict[str, str]) -> str:
    names = "|".join(slots)  # only known slot names: "\d{2}" stays a quantifier
    return regex.sub(r"\{(" + names + r")\}", lambda m: "(?:" + slots[m.group(1)] + ")", template)


@lru_cache(maxsize=1)
def _grammar() -> _Grammar:
    return _Grammar()


# ---------------------------------------------------------------- values


def _month_end(year: int, month: int) -> dt.date:
    return dt.date(year + month // 12, month % 12 + 1, 1) - dt.timedelta(days=1)


@lru_cache(maxsize=4096)
def _dateparser(phrase: str, base: dt.date) -> dt.date | None:
    parsed = dateparser.parse(
        phrase,
        languages=["nl"],
        settings={"RELATIVE_BASE": dt.datetime(base.year, base.month, base.day)},
    )
    return parsed.date() if parsed else None


def _granular(day: dt.date, unit: str) -> str:
    if unit == "week":
        iso = day.isocalendar()
        return f"{iso.year}-W{iso.week:02d}"
    if unit == "month":
        return f"{day.year}-{day.month:02d}"
    if unit == "year":
        return str(day.year)
    return day.isoformat()


_CLAUSE_ENDS = tuple(".;:!?,\n")
_SENTENCE_ENDS = (*".;:!?", "\n\n")


class _Normaliser:
    """Turns one pattern match into (value, relative) for the letter's date (None: unknown)."""

    def __init__(self, grammar: _Grammar, letter: dt.date | None) -> None:
        self.g = grammar
        self.letter = letter

    def __call__(self, kind: str, m: _Match) -> tuple[str | None, bool] | None:
        return getattr(self, "_" + kind)(m)

    def _month_no(self, word: str) -> int:
        return self.g.months[word.lower().rstrip(".")]

    def _year_from_phrase(self, phrase: str) -> int | None:
        if self.letter is None:
            return None
        canonical = self.g.relative_years[phrase.lower()]
        parsed = _dateparser(canonical, self.letter)
        return parsed.year if parsed else None

    def _year_or_relative(self, m: _Match) -> tuple[int | None, bool]:
        if m.groupdict().get("y"):
            return int(m.group("y")), False
        if m.groupdict().get("ry"):
            return self._year_from_phrase(m.group("ry")), True
        return None, True

    def _day(self, m: _Match) -> tuple[str | None, bool] | None:
        day = int(m.group("d"))
        month = int(m.group("mo")) if m.groupdict().get("mo") else self._month_no(m.group("m"))
        if m.groupdict().get("y"):
            try:
                return dt.date(int(m.group("y")), month, day).isoformat(), False
            except ValueError:
                return None
        try:
            dt.date(2000, month, day)  # a leap year: 29 februari is a possible date
        except ValueError:
            return None
        if self.letter is None:
            return None, True
        candidates = self._around_letter(month, day)
        chosen = self._pick(candidates, self._forward(m, candidates))
        return (chosen.isoformat() if chosen else None), True

    def _around_letter(self, month: int, day: int) -> list[dt.date]:
        """The day in the years before, of and after the letter's."""
        assert self.letter is not None
        candidates = []
        for year in (self.letter.year - 1, self.letter.year, self.letter.year + 1):
            try:
                candidates.append(dt.date(year, month, day))
            except ValueError:
                continue
        return candidates

    def _forward(self, m: _Match, candidates: list[dt.date]) -> bool:
        """Whether a yearless day (its `candidates`) lies on or after the letter's date."""
        assert self.letter is not None
        rel = (m.groupdict().get("rel") or "").lower()
        if rel:
            return rel not in self.g.past
        if self.g.cited_before.search(m.string, max(0, m.start() - 20), m.start()):
            return False  # "uw brief van 6 april": a letter already written
        # a day just after the letter is not one almost a year before it
        following = min((c for c in candidates if c > self.letter), default=None)
        ahead = following - self.letter if following is not None else None
        if ahead is not None and ahead <= self.g.near_future:
            return True
        tense = self._tense(m.string, m.start(), m.end())
        return tense > 0 or (tense == 0 and ahead is not None and ahead <= self.g.upcoming)

    def _pick(self, candidates: list[dt.date], forward: bool) -> dt.date | None:
        assert self.letter is not None
        if forward:  # "a.s.", or "wordt op 2 november ondertekend"
            return min((c for c in candidates if c >= self.letter), default=None)
        # "jl." and a bare "6 april": the latest such day on or before the letter's date
        return max((c for c in candidates if c <= self.letter), default=None)

    def _yearless_span(self, m: _Match, first: tuple[int, int], last: tuple[int, int]) -> _Value:
        """'van 12 tot en met 17 juni', '27 november tot en met 3 december jl.' ((month, day) each):
        forward the first day is on or after the letter, else the last on or before it."""
        turn = int(first[0] > last[0])  # the range runs into the next year ("28 december t/m 2 januari")
        try:  # 2000 is a leap year: 29 februari is a possible day
            if dt.date(2000 - turn, *first) >= dt.date(2000, *last):
                return None
        except ValueError:
            return None
        if self.letter is None:
            return None, True
        # a range around the letter's date is the current one ("7 juli t/m 24 augustus" in July)
        for begin_year in sorted({self.letter.year - turn, self.letter.year}):
            try:
                begin, finish = dt.date(begin_year, *first), dt.date(begin_year + turn, *last)
            except ValueError:
                continue
            if begin <= self.letter <= finish:
                return f"{begin.isoformat()}/{finish.isoformat()}", True
        starts = self._around_letter(*first)
        if self._forward(m, starts):
            start = self._pick(starts, True)
            year = start.year if start else None
        else:
            end = self._pick(self._around_letter(*last), False)
            year = end.year - turn if end else None
        if year is None:
            return None, True
        try:
            return f"{dt.date(year, *first).isoformat()}/{dt.date(year + turn, *last).isoformat()}", True
        except ValueError:  # 29 februari outside a leap year
            return None, True

    def _tense(self, text: str, start: int, end: int, own_clause: bool = False) -> int:
        """The clause around a date speaks of the future (1: a future word and no past word) or
        the past (-1: a past word and no future word), else 0. A clause without either
        ("…, in ieder geval vóór het overleg op 20 juni") takes the tense of its sentence. With
        `own_clause` only the date's own clause counts, also cut at a subordinating word ("heeft
        besloten dat de wet in november ingaat"), and a present auxiliary of the perfect alone is
        no past ("het overleg is in november")."""
        for ends in (_CLAUSE_ENDS, _SENTENCE_ENDS):
            left = max(text.rfind(ch, 0, start) for ch in ends)
            right = min((p for ch in ends if (p := text.find(ch, end)) >= 0), default=len(text))
            before = regex.findall(r"\p{L}+", text[left + 1 : start].lower())
            after = regex.findall(r"\p{L}+", text[end:right].lower())
            if own_clause:
                cut = max((i for i, w in enumerate(before) if w in self.g.clause_openers), default=-1)
                before = before[cut + 1 :]
                after = after[: next((i for i, w in enumerate(after) if w in self.g.clause_openers), len(after))]
            words = {*before, *regex.findall(r"\p{L}+", text[start:end].lower()), *after}
            past_words = self.g.past_words - self.g.perfect_auxiliaries if own_clause else self.g.past_words
            future, past = bool(words & self.g.future_words), bool(words & past_words)
            if future or past or own_clause:
                return int(future) - int(past)
        return 0

    def _day_range(self, m: _Match) -> tuple[str | None, bool] | None:
        month = self._month_no(m.group("m"))
        if not m.groupdict().get("y"):
            return self._yearless_span(m, (month, int(m.group("d1"))), (month, int(m.group("d2"))))
        year = int(m.group("y"))
        try:
            first, last = (
                dt.date(year, month, int(m.group("d1"))),
                dt.date(year, month, int(m.group("d2"))),
            )
        except ValueError:
            return None
        return (f"{first.isoformat()}/{last.isoformat()}", False) if first < last else None

    def _month(self, m: _Match) -> tuple[str | None, bool] | None:
        month = self._month_no(m.group("m"))
        if m.groupdict().get("y"):
            return f"{int(m.group('y'))}-{month:02d}", False
        if self.letter is None:
            return None, True
        if m.groupdict().get("ry"):  # 'oktober vorig jaar'
            year = self._year_from_phrase(m.group("ry"))
            return (f"{year}-{month:02d}" if year else None), True
        letter = self.letter
        rel = (m.groupdict().get("rel") or "").lower()
        direction = self.g.determiners[m.group("det").lower()] if m.groupdict().get("det") else 0
        if rel in self.g.past or direction < 0:  # "december jl.", "afgelopen december"
            year = letter.year if month <= letter.month else letter.year - 1
        elif rel or direction > 0:
            year = letter.year if month >= letter.month else letter.year + 1
        elif month < letter.month and self._tense(m.string, m.start(), m.end()) > 0:
            year = letter.year + 1  # "Hij zal de tijd tot begin januari benutten" in November
        elif month > letter.month and self._tense(m.string, m.start(), m.end(), own_clause=True) < 0:
            year = letter.year - 1  # "het in oktober genomen besluit" in May
        else:
            year = letter.year  # "begin juni", "in november": the month of the letter's year
        return f"{year}-{month:02d}", True

    def _month_range(self, m: _Match) -> tuple[str | None, bool] | None:
        last_year = int(m.group("y"))
        last = self._month_no(m.group("m2"))
        if not m.groupdict().get("m1"):  # "2026 tot en met maart 2029": from a year to a month
            first_year = int(m.group("y1"))
            return (f"{first_year}/{last_year}-{last:02d}", False) if first_year < last_year else None
        first = self._month_no(m.group("m1"))
        first_year = int(m.group("y1")) if m.group("y1") else last_year
        if (first_year, first) >= (last_year, last):
            return None
        return f"{first_year}-{first:02d}/{last_year}-{last:02d}", False

    def _day_span(self, m: _Match) -> tuple[str | None, bool] | None:
        """'1 januari tot en met 31 maart 2026': the first year defaults to the second's."""
        m1, m2 = self._month_no(m.group("m1")), self._month_no(m.group("m2"))
        if not m.groupdict().get("y2"):
            return self._yearless_span(m, (m1, int(m.group("d1"))), (m2, int(m.group("d2"))))
        y2 = int(m.group("y2"))
        y1 = int(m.group("y1")) if m.group("y1") else (y2 if m1 <= m2 else y2 - 1)
        try:
            first, last = dt.date(y1, m1, int(m.group("d1"))), dt.date(y2, m2, int(m.group("d2")))
        except ValueError:
            return None
        return (f"{first.isoformat()}/{last.isoformat()}", False) if first < last else None

    def _week(self, m: _Match) -> tuple[str | None, bool] | None:
        week = int(m.group("w"))
        if m.group("y"):
            return f"{int(m.group('y'))}-W{week:02d}", False
        if self.letter is None:
            return None, True
        return f"{self.letter.year}-W{week:02d}", True

    def _period(self, m: _Match, code: str) -> tuple[str | None, bool]:
        year, relative = self._year_or_relative(m)
        if year is None and self.letter is not None and not m.groupdict().get("ry"):
            year = self.letter.year  # "in het vierde kwartaal": of the letter's year
        return (f"{year}-{code}" if year is not None else None), relative

    def _quarter(self, m: _Match) -> tuple[str | None, bool] | None:
        if m.groupdict().get("det"):  # "het afgelopen kwartaal": counted from the letter's quarter
            if self.letter is None:
                return None, True
            index = self.letter.year * 4 + (self.letter.month - 1) // 3 + self.g.determiners[m.group("det").lower()]
            return f"{index // 4}-Q{index % 4 + 1}", True
        q = int(m.group("q")) if m.groupdict().get("q") else self.g.ordinals[m.group("ord").lower()]
        return self._period(m, f"Q{q}")

    def _half(self, m: _Match) -> tuple[str | None, bool] | None:
        h = int(m.group("h")) if m.groupdict().get("h") else self.g.ordinals[m.group("ord").lower()]
        return self._period(m, f"H{h}")

    def _season(self, m: _Match) -> tuple[str | None, bool] | None:
        code = self.g.seasons[m.group("s").lower()]
        if m.groupdict().get("det"):
            if self.letter is None:
                return None, True
            return (
                f"{self._season_year(code, self.g.determiners[m.group('det').lower()])}-{code}",
                True,
            )
        year, relative = self._year_or_relative(m)
        return (f"{year}-{code}" if year is not None else None), relative

    def _recess(self, m: _Match) -> tuple[str | None, bool] | None:
        return f"{int(m.group('y'))}-{self.g.recesses[m.group('r').lower()]}", False

    def _season_year(self, code: str, direction: int) -> int:
        """Year of the season after (1), before (-1) or of (0) the letter's date."""
        assert self.letter is not None
        first_month, last_month = self.g.season_months[code]
        years = (self.letter.year - 1, self.letter.year, self.letter.year + 1)
        if direction > 0:
            return min(y for y in years if dt.date(y, first_month, 1) > self.letter)
        if direction < 0:
            return max(y for y in years if _month_end(y, last_month) < self.letter)
        # "dit voorjaar": the season of the letter's year ("deze winter" in January: last year's)
        if self.letter <= _month_end(self.letter.year - 1, last_month):
            return self.letter.year - 1
        return self.letter.year

    def _year_range(self, m: _Match) -> tuple[str | None, bool] | None:
        first, second = int(m.group("y1")), m.group("y2")
        last = int(second) if len(second) == 4 else first // 100 * 100 + int(second)
        return (f"{first}/{last}", False) if first < last <= first + 50 else None

    def _year(self, m: _Match) -> tuple[str | None, bool] | None:
        return m.group("y"), False

    def _parse_phrase(self, phrase: str) -> dt.date | None:
        assert self.letter is not None
        canonical = self.g.synonyms.get(phrase, phrase)
        for word, replacement in self.g.synonyms.items():
            canonical = regex.sub(rf"\b{regex.escape(word)}\b", replacement, canonical)
        return _dateparser(canonical, self.letter)

    def _relative(self, m: _Match) -> tuple[str | None, bool] | None:
        phrase = m.group("phrase").lower()
        if self.letter is None:
            return None, True
        parsed = self._parse_phrase(phrase)
        return (_granular(parsed, self.g.relative_phrases[phrase]) if parsed else None), True

    def _week_day(self, m: _Match) -> tuple[str | None, bool] | None:
        """'vorige week dinsdag' -> that day; 'vorige week dinsdag en woensdag' -> both, one span."""
        first = self.g.weekdays[m.group("wd1").lower()]
        last = self.g.weekdays[m.group("wd2").lower()] if m.group("wd2") else first
        if last < first:
            return None
        if self.letter is None:
            return None, True
        parsed = self._parse_phrase(m.group("phrase").lower())
        if parsed is None:
            return None, True
        monday = parsed - dt.timedelta(days=parsed.weekday())
        days = [(monday + dt.timedelta(days=d)).isoformat() for d in sorted({first, last})]
        return "/".join(days), True

    def _relative_year(self, m: _Match) -> tuple[str | None, bool] | None:
        year = self._year_from_phrase(m.group("ry"))
        return (str(year) if year is not None else None), True

    def _letter_year(self, m: _Match) -> tuple[str | None, bool] | None:
        return (str(self.letter.year) if self.letter else None), True

    def _ago(self, m: _Match) -> tuple[str | None, bool] | None:
        count = m.group("n").lower()
        number = int(count) if count.isdigit() else self.g.number_words[count]
        unit = self.g.ago_units[m.group("unit").lower()]
        if self.letter is None:
            return None, True
        if unit == "year":  # dateparser does not read "jaar geleden"
            return str(self.letter.year - number), True
        plural = {"day": "dagen", "week": "weken", "month": "maanden"}[unit]
        parsed = _dateparser(f"{number} {plural} geleden", self.letter)
        return (_granular(parsed, unit) if parsed else None), True


# ---------------------------------------------------------------- finding


@dataclass(slots=True)
class _Candidate:
    start: int
    end: int
    pattern: _Pattern
    value: str | None
    relative: bool
    has_unit: bool = False  # "schooljaar 2022/2023": the unit word makes it a date
    mod: str | None = None


_NO_MODIFIER = frozenset({"day", "day_range", "day_span", "ago", "week_day"})


def find_dates(text: str, letter_date: dt.date | None) -> list[DateFound]:
    """Every DATE in `text`, resolved against `letter_date` (None: relative values stay null)."""
    g = _grammar()
    normalise = _Normaliser(g, letter_date)
    blocked = [m.span("part" if "part" in p.groupindex else 0) for p in g.exclude for m in p.finditer(text)]
    titles = [m.span() for m in g.quoted.finditer(text)]
    hits = _anchor_hits(text, g)
    windows_of: dict[tuple[str, ...], list[tuple[int, int]]] = {}
    candidates: list[_Candidate] = []
    for pattern in g.patterns:
        windows = windows_of.get(pattern.anchors)
        if windows is None:
            anchors = sorted(hit for kind in pattern.anchors for hit in hits.get(kind, ()))
            windows = windows_of[pattern.anchors] = regex.stretches_around(text, anchors, _BEFORE, _AFTER)
        for lo, hi in windows:
            for m in pattern.regex.finditer(text, lo, hi, overlapped=True):
                start, end = m.span()
                if any(s < end and start < e for s, e in blocked) or g.not_after.search(
                    text, max(0, start - 12), start
                ):
                    continue
                result = normalise(pattern.kind, m)
                if result is None or (result[1] and any(s <= start and end <= e for s, e in titles)):
                    continue  # a relative date inside a quoted title belongs to the title
                has_unit = bool(m.groupdict().get("unit"))
                candidate = _Candidate(start, end, pattern, result[0], result[1], has_unit)
                if pattern.kind not in _NO_MODIFIER:
                    _attach_modifier(text, candidate, g)
                candidates.append(candidate)
    kept = _select(text, candidates, g)
    _borrow_elided_years(text, kept, g)
    _repeat_written_years(text, kept, g)
    return [DateFound(c.start, c.end, c.value, c.mod, c.pattern.name) for c in kept]


def _borrow_elided_years(text: str, kept: list[_Candidate], g: _Grammar) -> None:
    """'op 7 september en 12 oktober 2022': the first day takes the year written after it."""
    for first, second in zip(kept, kept[1:], strict=False):
        if first.pattern.kind != "day" or second.pattern.kind != "day" or second.relative:
            continue
        between = text[first.end : second.start]
        if not first.relative or second.value is None or not between.strip():
            continue
        if not g.coordinator.match(between):
            continue
        day = g.day_month.match(text, first.start, first.end)
        if day is None:
            continue
        year = int(second.value[:4])
        month, number = g.months[day.group("m").lower()], int(day.group("d"))
        if (month, number) > (int(second.value[5:7]), int(second.value[8:10])):
            year -= 1
        try:
            first.value, first.relative = dt.date(year, month, number).isoformat(), False
        except ValueError:
            continue


def _repeat_written_years(text: str, kept: list[_Candidate], g: _Grammar) -> None:
    """'het overleg op 2 juni 2009' … 'In het overleg van 2 juni': a yearless day that repeats a
    day written earlier with its year is that day."""
    written: dict[str, str] = {}
    for c in kept:
        if c.pattern.kind != "day" or c.value is None:
            continue
        if not c.relative:
            written[c.value[5:]] = c.value
        elif c.value[5:] in written and g.day_month.match(text, c.start, c.end):
            c.value = written[c.value[5:]]


_BEFORE, _AFTER = 50, 80  # characters of context around an anchor: longer than any expression


def _anchor_hits(text: str, g: _Grammar) -> dict[str, list[tuple[int, int]]]:
    hits: dict[str, list[tuple[int, int]]] = {}
    for m in g.anchor.finditer(text):
        kind = m.lastgroup
        assert kind is not None
        hits.setdefault(kind, []).append(m.span())
    return hits


def _attach_modifier(text: str, candidate: _Candidate, g: _Grammar) -> None:
    match = g.modifier_before.search(text, max(0, candidate.start - 30), candidate.start)
    if match:
        candidate.start = match.start()
        candidate.mod = g.modifiers[match.group("mod").lower()]


def _select(text: str, candidates: list[_Candidate], g: _Grammar) -> list[_Candidate]:
    """Longest first among free candidates; then context-bound ones in text order."""
    ranked = sorted(candidates, key=lambda c: (-(c.end - c.start), c.start))
    kept: list[_Candidate] = []
    for c in ranked:
        if (not c.pattern.needs_context or c.mod) and not any(_overlap(c, k) for k in kept):
            kept.append(c)
    bound = sorted(
        (c for c in candidates if c.pattern.needs_context and not c.mod),
        key=lambda c: (c.start, -(c.end - c.start)),
    )
    for c in bound:
        if c.pattern.needs_modifier or any(_overlap(c, k) for k in kept) or g.not_before.match(text, c.end):
            continue
        if _in_context(text, c, kept, g):
            kept.append(c)
    return sorted(kept, key=lambda c: c.start)


def _overlap(a: _Candidate, b: _Candidate) -> bool:
    return a.start < b.end and b.start < a.end


def _in_context(text: str, c: _Candidate, kept: list[_Candidate], g: _Grammar) -> bool:
    if c.has_unit:
        return True
    window = max(0, c.start - 40)
    if g.context_before.search(text, window, c.start):
        return True
    if c.pattern.kind == "year_range" and g.range_opener.search(text, window, c.start):
        return True
    previous = max((k for k in kept if k.end <= c.start), key=lambda k: k.end, default=None)
    return (
        previous is not None
        and c.start - previous.end <= 12
        and bool(g.coordinator.match(text[previous.end : c.start]))
        and text[previous.end : c.start].strip() != ""
    )


@Language.factory("kamerbrief_dates", default_config={"priority": 20})
class DateStage:
    """Adds a DATE `Mention` per date expression; warns when relative dates stay unresolved."""

    def __init__(self, nlp: Language, name: str, priority: int) -> None:
        self.priority = priority
        _grammar()  # compile the patterns when the pipeline is built, not on the first letter

    def __call__(self, doc: Doc) -> Doc:
        structure = doc._.letter
        letter_date = structure.letter_date if structure is not None else None
        found = find_dates(doc_text(doc), letter_date)
        add_mentions(
            doc,
            [Mention(f.start, f.end, "DATE", {"value": f.value, "mod": f.mod}, f.rule, self.priority) for f in found],
        )
        unresolved = sum(1 for f in found if f.value is None)
        if unresolved and structure is not None:
            structure.warnings.append(f"dates: {unresolved} relative date(s) left without a value (no letter date)")
        return doc
