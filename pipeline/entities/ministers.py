"""Entity stage: MINISTER, ministers and state secretaries (Dutch or foreign).

Role mentions ("minister van Defensie", "MINISTER VAN DEFENSIE", "minister-president") are
found by pattern: a role word, "van"/"voor" and a portfolio bounded by the list of Dutch
portfolios (models/ministers/portfolios.json) or, for a new ministry, by a run of capitalised
words; a lower-case portfolio only when it is a known one. Name mentions come from the role
("minister van Defensie Fedorov" is one span), from an apposition ("minister van Defensie, de
heer Reznikov"), from a list after a plural role ("de ministers A (Financiën) en B"), from the
signature block, from the gazetteer of bewindspersonen and, when the base model has NER, from
PERSON entities in such a context. Names are linked within a letter: every mention of a person
carries the fullest form written and the role and portfolio that the letter states
(ANNOTATION.md, MINISTER).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from spacy.language import Language
from spacy.tokens import Doc

from .. import rx as regex
from ..extensions import doc_text
from ..mentions import Claimed, Mention, add_mentions
from ..resources import load_json
from ..structure import portfolio_case
from . import bewindspersonen

_PER_LABELS = {"PER", "PERSON"}


def _alternation(words: list[str]) -> str:
    return "|".join(regex.escape(w) for w in sorted(words, key=len, reverse=True))


class _Lexicon:
    def __init__(self) -> None:
        pats = load_json("ministers/patterns.json")
        ports = load_json("ministers/portfolios.json")
        self.roles: dict[str, str] = pats["roles"]
        self.standalone = set(pats["standalone_roles"])
        self.plural = set(pats["plural_roles"])
        self.parties = set(pats["party_names"])
        self.role = regex.compile(rf"(?<![\p{{L}}\-])(?:{_alternation(list(self.roles))})(?![\p{{L}}\-])", regex.I)
        self.portfolio_names = {p.lower(): p for p in ports["portfolios"]}
        self.abbreviations: dict[str, str] = ports["abbreviations"]
        # a portfolio may wrap onto the next line in a signature block
        known = "|".join(
            regex.escape(p).replace(r"\,\ ", r",\s*").replace(r"\ ", r"\s+")
            for p in sorted(ports["portfolios"], key=len, reverse=True)
        )
        abbr = _alternation(list(self.abbreviations))
        prep = _alternation(pats["portfolio_prepositions"])
        self.known = regex.compile(rf"(?:{known})(?![\p{{L}}\-])", regex.I)
        self.abbr = regex.compile(rf"(?:{abbr})(?![\p{{L}}\-&])")
        self.generic = regex.compile(pats["generic_portfolio"])
        self.joined = regex.compile(r"(?:,[ \t]+|[ \t]+(?:en|&)[ \t]+)\p{Lu}")
        wrap = pats["role_line_break"]
        self.prep = regex.compile(rf"{wrap}(?:{prep}){wrap}")  # 'staatssecretaris Van Rij' is a name
        self.prep_upper = regex.compile(rf"{wrap}(?:{prep.upper()}){wrap}")
        self.sub_portfolio = regex.compile(pats["sub_portfolio"])
        self.coordinated = regex.compile(rf"(?:,(?:{wrap})?|{wrap}en{wrap})(?:(?:{prep}){wrap})?", regex.I)
        self.list_joint = regex.compile(r",[ \t]*|[ \t]+en[ \t]+")
        self.bracket = regex.compile(r"[ \t]*\(([^()\n]{2,60})\)")
        titles = _alternation(pats["titles"])
        address = _alternation(pats["forms_of_address"])
        self.address = regex.compile(rf"(?:{address})[ \t]+")
        self.titles = regex.compile(rf"(?:(?:{titles})[ \t]+)+", regex.I)
        particles = pats["name_particles"]
        low = _alternation(particles)
        cap = _alternation([p[:1].upper() + p[1:] for p in particles])
        initials = r"\p{Lu}\p{Ll}?\.(?:[ ]?-?\p{Lu}\p{Ll}?\.)*"
        word = r"\p{Lu}\p{Ll}[\p{L}’']*(?:-\p{Lu}?[\p{L}’']+)*"
        # after initials: a first name in brackets ('M. (Mark) Rutte') and a surname of up to three
        # parts ('C. van Nieuwenhuizen Wijbenga', 'M.H. Schultz van Haegen-Maas Geesteranus')
        surname = rf"(?:(?:{low})[ ])?{word}(?:[ ](?:(?:{low})[ ])?{word}){{0,2}}"
        self.name = regex.compile(
            rf"(?<![\p{{L}}\-])(?:(?:{initials})[ ]?(?:{pats['bracketed_given_name']}[ ])?{surname}"
            rf"|(?:{cap})[ ]{word}"
            rf"|(?:{word}[ ]){{0,3}}(?:(?:{low})[ ])?{word})(?![\p{{L}}\-])"
        )
        self.not_name = set(pats["not_name_words"])
        self.negative = set(pats["person_not_minister"])
        self.foreign = regex.compile(rf"(?<![\p{{L}}])({pats['foreign_adjective']})[ \t]+$")
        self.domestic = set(pats["domestic_adjectives"])
        self.country = regex.compile(pats["country_after_role"])
        self.domestic_countries = set(pats["domestic_countries"])
        self.party = regex.compile(pats["party_after_name"])
        self.cabinet = regex.compile(pats["cabinet_after_name"])
        self.cap_particles = {p[:1].upper() + p[1:] for p in particles}
        self.bracketed = regex.compile(rf"[ ]{pats['bracketed_given_name']}(?=[ ])")
        self.initial = regex.compile(initials)
        self.shared_role = regex.compile(pats["shared_portfolio_joint"])


@lru_cache(maxsize=1)
def _lex() -> _Lexicon:
    return _Lexicon()


@dataclass(slots=True)
class _Found:
    start: int
    end: int
    role: str | None = None
    portfolio: str | None = None
    name: str | None = None  # the name inside the span (name mentions and role + name)
    name_start: int = -1
    person: str | None = None
    rule: str = ""
    foreign: bool = False
    several: bool = False  # a plural head-of-government role: no one person
    reach: int = -1  # where an apposition may start, when not at `end` ('… van de X Autoriteit, dhr. Y')


# ---- role mentions -------------------------------------------------------------------------


def _person_of(role: _Found, start: int, end: int, name: str, rule: str) -> _Found:
    """A name mention that takes role and portfolio from the role mention it belongs to."""
    return _Found(start, end, role.role, role.portfolio, name, start, rule=rule, foreign=role.foreign)


def _portfolio_at(text: str, pos: int, plural: bool = False) -> tuple[int, str] | None:
    """The portfolio starting at `pos`: (end, canonical name)."""
    lex = _lex()
    if pos >= len(text):
        return None
    known = lex.known.match(text, pos)
    if not (text[pos].isupper() or text[pos].isdigit()):
        # lower case only as a known portfolio ('de minister van infrastructuur en milieu')
        return (known.end(), lex.portfolio_names[" ".join(known.group(0).split()).lower()]) if known else None
    generic = _generic_portfolio(text, pos)
    if known:
        # a ministry not in the list that starts like one ('Milieu en Wonen')
        joined = lex.joined.match(text, known.end())
        if generic and generic[0] > known.end() and joined and not plural:
            return generic[0], portfolio_case(generic[1])
        return known.end(), lex.portfolio_names[" ".join(known.group(0).split()).lower()]
    abbr = lex.abbr.match(text, pos)
    if abbr:  # kept as written (GUIDELINES: 'minister van EZK' -> "EZK")
        return abbr.end(), abbr.group(0)
    if generic:
        return generic[0], portfolio_case(generic[1])
    return None


def _generic_portfolio(text: str, pos: int) -> tuple[int, str] | None:
    """Capitalised words joined by ',' and 'en'; a list with commas ends in 'en X'
    ('Onderwijs, Cultuur en Wetenschap'), so 'Defensie, Oleksii Reznikov' stops at the comma."""
    lex = _lex()
    match = lex.generic.match(text, pos)
    if not match:
        return None
    value = match.group(0)
    if "," in value and not regex.search(r"[ \t](?:en|&)[ \t]", value[value.rfind(",") :]):
        value = value[: value.index(",")]
    if value.split()[0] in lex.not_name:
        return None
    return pos + len(value), value


def _name_at(text: str, pos: int) -> tuple[int, int, str] | None:
    """A name at `pos`, titles and forms of address skipped: (start, end, name)."""
    lex = _lex()
    address = lex.address.match(text, pos)
    if address:
        pos = address.end()
    titles = lex.titles.match(text, pos)
    if titles:
        pos = titles.end()
    match = lex.name.match(text, pos)
    if not match:
        return None
    words = match.group(0).split(" ")
    while words and words[-1] in lex.not_name:
        words.pop()
    if not words or words[0] in lex.not_name or not any(w[:1].isupper() for w in words):
        return None
    written = " ".join(words)
    # the norm keeps the name as a name is written: 'M. (Mark) Rutte' -> 'M. Rutte'
    return match.start(), match.start() + len(written), lex.bracketed.sub("", written)


def _is_foreign(text: str, start: int) -> bool:
    lex = _lex()
    before = text[max(0, start - 40) : start]
    match = lex.foreign.search(before)
    return bool(match) and match.group(1) not in lex.domestic


def _role_portfolio(text: str, match: regex.Match[str]) -> tuple[int, str | None, list[tuple[int, int, str]]]:
    """The end of a role mention, its portfolio and, after 'ministers', further coordinated ones."""
    lex = _lex()
    word = match.group(0)
    role = lex.roles[word.lower()]
    end = match.end()
    portfolio = None
    prep = (lex.prep_upper if word.isupper() else lex.prep).match(text, end)
    extra_portfolios: list[tuple[int, int, str]] = []
    if role in lex.standalone:
        return end, None, extra_portfolios
    if prep:
        plural = word.lower() in lex.plural
        got = _portfolio_at(text, prep.end(), plural)
        if got:
            end, portfolio = got
            dash = lex.sub_portfolio.match(text, end)
            sub = lex.known.match(text, dash.end()) if dash and not plural else None
            if dash and sub:
                end, portfolio = sub.end(), f"{portfolio} – {' '.join(sub.group(0).split())}"
            if plural:
                _coordinated(text, end, extra_portfolios)
    bare = regex.match(r"[ \t]+", text[end : end + 3])
    known = lex.known.match(text, end + bare.end()) if bare and not prep else None
    if known:  # 'de staatssecretaris Jeugd, Preventie en Sport'
        end, portfolio = known.end(), lex.portfolio_names[" ".join(known.group(0).split()).lower()]
    return end, portfolio, extra_portfolios


def _shared_portfolio(text: str, end: int) -> str | None:
    """'de minister en de staatssecretaris van Financiën': the first role shares the portfolio."""
    lex = _lex()
    joint = lex.shared_role.match(text, end)
    second = lex.role.match(text, joint.end()) if joint else None
    if second is None:
        return None
    return _role_portfolio(text, second)[1]


def _role_mentions(text: str) -> list[_Found]:
    lex = _lex()
    found: list[_Found] = []
    for match in lex.role.finditer(text):
        word = match.group(0)
        if not (word.islower() or word.isupper() or word[:1].isupper()):
            continue
        role = lex.roles[word.lower()]
        end, portfolio, extra_portfolios = _role_portfolio(text, match)
        if portfolio is None and role not in lex.standalone:
            portfolio = _shared_portfolio(text, end)
            if portfolio is None and not _name_after(text, end):
                continue
        item = _Found(
            match.start(),
            end,
            role=role,
            portfolio=portfolio,
            rule="role",
            foreign=_is_foreign(text, match.start()),
            several=word.lower() in lex.plural and role in lex.standalone,
        )
        country = _country_after(text, end) if role in lex.standalone else None
        if country:
            item.reach = country[0]
            item.foreign = item.foreign or country[1] not in lex.domestic_countries
        elif named := _name_after(text, end):
            item.name_start, item.end, item.name = named
            item.rule = "role+name"
        found.append(item)
        if item.name and word.lower() in lex.plural:
            found += _listed_names(text, item)
        for s, e, extra in extra_portfolios:
            found.append(_Found(s, e, role=role, portfolio=extra, rule="role-coordinated", foreign=item.foreign))
    return found


def _coordinated(text: str, end: int, out: list[tuple[int, int, str]]) -> None:
    """'de ministers van Financiën en van Defensie': one role mention per portfolio."""
    lex = _lex()
    while True:
        joint = lex.coordinated.match(text, end)
        if not joint:
            return
        known = lex.known.match(text, joint.end())
        if not known:
            return
        out.append(
            (
                known.start(),
                known.end(),
                lex.portfolio_names[" ".join(known.group(0).split()).lower()],
            )
        )
        end = known.end()


def _listed_names(text: str, first: _Found) -> list[_Found]:
    """'de Ministers Gibson (Financiën), Jacobs (OCJS) en Emanuel (VROMI)': a plural role word
    opening a list of names makes each name a mention, with the portfolio in its brackets."""
    lex = _lex()
    found: list[_Found] = []
    item, pos = first, first.end
    while True:
        bracketed = _bracketed_portfolio(text, pos)
        if bracketed:
            pos, item.portfolio = bracketed
        joint = lex.list_joint.match(text, pos)
        named = _name_at(text, joint.end()) if joint else None
        if joint is None or named is None or named[0] != joint.end():  # 'de heer X' ends the list
            return found
        item = _Found(named[0], named[1], first.role, None, named[2], named[0], rule="role-list", foreign=first.foreign)
        found.append(item)
        pos = named[1]


def _bracketed_portfolio(text: str, pos: int) -> tuple[int, str | None] | None:
    """A portfolio in brackets after a name: (end, portfolio); a party there gives no portfolio.
    An unknown one is kept as written (an abbreviation: 'OCJS')."""
    lex = _lex()
    match = lex.bracket.match(text, pos)
    if not match:
        return None
    inner = match.group(1).strip()
    known = lex.known.fullmatch(inner)
    if known:
        return match.end(), lex.portfolio_names[" ".join(inner.split()).lower()]
    generic = _generic_portfolio(inner, 0)
    if inner in lex.parties or not generic or generic[0] != len(inner):
        return match.end(), None
    return match.end(), inner


def _country_after(text: str, end: int) -> tuple[int, str] | None:
    """'minister-president van de Palestijnse Autoriteit': (end, country); a known bewindspersoon
    written with a lower-case particle ('minister-president van Agt') is a name instead."""
    match = _lex().country.match(text, end)
    if not match or bewindspersonen.match_name(match.group(0).strip()):
        return None
    return match.end(), match.group(1)


def _name_after(text: str, end: int) -> tuple[int, int, str] | None:
    """A name right after the role, only spaces between ('minister van Defensie Fedorov')."""
    gap = regex.match(r"[ \t]+", text[end : end + 5])
    if not gap or _lex().address.match(text, end + gap.end()) or _lex().titles.match(text, end + gap.end()):
        return None
    named = _name_at(text, end + gap.end())
    if not named or named[0] != end + gap.end():
        return None
    return named


def _appositions(text: str, roles: list[_Found]) -> list[_Found]:
    """'minister van Defensie, de heer Reznikov' / 'de heer X, minister van Y'."""
    lex = _lex()
    found: list[_Found] = []
    for role in roles:
        if role.name or role.rule == "role-coordinated" or role.several:
            continue
        reach = role.reach if role.reach >= 0 else role.end
        after = regex.match(r",[ \t]*|[ \t]+(?=" + lex.address.pattern + ")", text[reach : reach + 40])
        if after:
            pos = reach + after.end()
            addressed = bool(lex.address.match(text, pos))
            named = _name_at(text, pos)
            if named and (addressed or _APPOSITION_END.match(text, named[1])):
                found.append(_person_of(role, named[0], named[1], named[2], "apposition"))
                role.name = named[2]  # the role mention refers to the same person
                continue
        named = _name_before(text, role)
        rule = "apposition-before"
        if not named:
            named, rule = _name_line_after(text, role), "signature-line"
        if named:
            found.append(_person_of(role, named[0], named[1], named[2], rule))
            role.name = named[2]
    return found


# what ends a name in apposition: punctuation, or the end of a paragraph or of the text (a
# signature written on the role's line: 'De Minister van X, C.J. Schouten')
_APPOSITION_END = regex.compile(r"\s{0,2}[,.;)…]|[ \t]*(?:\n[ \t]*\n|\n?[ \t]*$)")


def _name_line_after(text: str, role: _Found) -> tuple[int, int, str] | None:
    """A role line on its own ('De staatssecretaris Jeugd, Preventie en Sport,') with a name
    line under it: a signature, whether or not the structure stage recognised the block."""
    line_start = text.rfind("\n", 0, role.start) + 1
    if not regex.fullmatch(r"[ \t*_]*(?:de|De|DE)?[ \t]*", text[line_start : role.start]):
        return None
    rest = regex.match(r"[ \t*_,]*\n(?:[ \t]*\n){0,3}[ \t*_]*", text[role.end : role.end + 40])
    if not rest:
        return None
    named = _name_at(text, role.end + rest.end())
    if named and regex.match(r"[ \t*_]*(?:\n|$)", text[named[1] : named[1] + 5]):
        return named
    return None


_ARTICLE_LEAD = regex.compile(r"[ \t*_]*(?:de|De|DE)[ \t]+")
_LINE_REST = regex.compile(r"[ \t*_,]*(?:\n|$)")
_BEFORE_ROLE = regex.compile(r",[ \t]*(?:de[ \t]+|het[ \t]+)?(?:\p{Lu}\p{Ll}+(?:se|sche)[ \t]+)?$")


def _name_before(text: str, role: _Found) -> tuple[int, int, str] | None:
    """'de heer X, minister van Y' or a line 'Femke Wiersma, Minister van ...': the name X."""
    lex = _lex()
    line_start = text.rfind("\n", 0, role.start) + 1
    before = text[line_start : role.start]
    # a role opening its line; after an article only as a line of its own ('De Minister van X')
    if not before.strip(" \t*_") or (_ARTICLE_LEAD.fullmatch(before) and _LINE_REST.match(text, role.end)):
        return _name_line_before(text, line_start)
    tail = _BEFORE_ROLE.search(before)
    if not tail:
        return None
    name_end = line_start + tail.start()
    for match in lex.name.finditer(text, line_start, name_end, overlapped=True):
        if match.end() != name_end:
            continue
        named = _name_at(text, match.start())
        if not named or named[1] != name_end:
            continue
        lead = text[line_start : match.start()]
        addressed = regex.search(r"(?:" + lex.address.pattern + r")(?:" + lex.titles.pattern + r")?$", lead)
        if addressed or not lead.strip() or lex.titles.fullmatch(lead.strip() + " "):
            return named
    return None


def _name_line_before(text: str, line_start: int) -> tuple[int, int, str] | None:
    """A signature written name first: 'Carola Schouten' on the line above 'Minister van …'; a
    signed name has a given name or initials, so a one-word line is a heading ('Stikstof')."""
    previous = regex.search(r"([^\n]*)\n[ \t]*$", text[max(0, line_start - 80) : line_start])
    if not previous or not previous.group(1).strip():
        return None
    line = previous.group(1)
    start = line_start - len(previous.group(0)) + (len(line) - len(line.lstrip(" \t*_")))
    named = _name_at(text, start)
    if named and " " in named[2] and not text[named[1] : line_start].strip(" \t*_,\n"):
        return named
    return None


# ---- name mentions -------------------------------------------------------------------------


def _negative_context(text: str, start: int, end: int) -> bool:
    """MPs ('motie Boswijk', 'de leden X (VVD)'), presidents, commissioners, civil servants."""
    lex = _lex()
    if lex.party.match(text[end : end + 40]) or lex.cabinet.match(text[end : end + 8]):
        return True
    before = text[max(0, start - 120) : start]
    # walk back over forms of address, titles and a chain of names joined by 'en' / ','
    chain = regex.compile(
        r"(?:(?:" + lex.address.pattern + r")|(?:" + lex.titles.pattern + r")|(?:[\p{Lu}][\p{L}’'.-]*[ \t]+)|"
        r"(?:(?:van|de|der|den|ter|ten)[ \t]+)|(?:,[ \t]*|[ \t]*\b(?:en|and)[ \t]+))$"
    )
    while True:
        match = chain.search(before)
        if not match or match.start() == match.end():
            break
        before = before[: match.start()]
    word = regex.search(r"([\p{L}-]+)[ \t]*$", before)
    return word is not None and word.group(1) in lex.negative


def _occurrences(text: str, name: str) -> list[tuple[int, int]]:
    pattern = regex.compile(rf"(?<![\p{{L}}\-]){regex.escape(name)}(?![\p{{L}}])")
    return [(m.start(), m.end()) for m in pattern.finditer(text)]


def _surname(name: str) -> str:
    """The part of a name other mentions use alone: 'K.H. Ollongren' -> 'Ollongren'."""
    lex = _lex()
    words = name.split(" ")
    given = 0
    while given < len(words) - 1 and lex.initial.fullmatch(words[given]):
        given += 1
    if given:  # all after the initials: 'M.H. Schultz van Haegen-Maas Geesteranus'
        return " ".join(words[given:])
    for index, word in enumerate(words):
        if word.lower() in {p.lower() for p in lex.cap_particles} and index > 0:
            return " ".join(words[index:])
    return words[-1] if len(words) > 1 else name


def _gazetteer_names(text: str, date: dt.date | None, known: set[str]) -> list[_Found]:
    """Names of bewindspersonen: full forms anywhere, the surname alone only while in office."""
    found: list[_Found] = []
    for line_start, line_end in _gazetteer_lines(text):
        found += _gazetteer_names_in(text, line_start, line_end, date, known)
    return found


def _gazetteer_names_in(text: str, start: int, end: int, date: dt.date | None, known: set[str]) -> list[_Found]:
    lex = _lex()
    found: list[_Found] = []
    for match in lex.name.finditer(text, start, end):
        named = _name_at(text, match.start())
        if not named or named[2] in known:
            continue
        start, end, name = named
        terms = bewindspersonen.match_written(name)
        if not terms:
            continue
        full = " " in name and not all(w in lex.cap_particles for w in name.split(" ")[:-1])
        if date is not None and not any(term.active(date) for term in terms):
            continue
        if not full and (date is None or not _plausible_surname(text, start, end)):
            continue
        found.append(_Found(start, end, name=name, name_start=start, rule="gazetteer", person=terms[0].name))
    return found


def _gazetteer_lines(text: str) -> list[tuple[int, int]]:
    """The lines holding a possible last word of a gazetteer name (speed: the name scan runs on
    these only). A name never spans lines: its words, titles and forms of address are joined by
    spaces or tabs."""
    if len(text.lower()) != len(text):  # a lower-cased name would not line up with the text
        return [(0, len(text))]
    hits = (hit.span() for hit in _last_word_scan().finditer(text))
    return regex.stretches_around(text, hits, 0, 0, whole_lines=True)


@lru_cache(maxsize=1)
def _last_word_scan() -> re.Pattern[str]:
    """Where a word ends a gazetteer name, by stdlib `re` (the `regex` module is many times slower
    on a word list), in any case, ' or ’. stdlib `re` is fast only while the pattern starts with a
    character class: a name's last word starts with a capital (a name word, initial or 'Van') or a
    non-letter, or is a lower-case particle; the class holds those and every non-ASCII character
    (the Kelvin sign lower-cases to 'k')."""
    particles = load_json("ministers/patterns.json")["name_particles"]
    particle_words = {word for particle in particles for word in particle.split(" ")}
    rests: dict[str, list[str]] = {}
    starts = {r"\x80-\U0010ffff"}
    for word in bewindspersonen.last_words():
        first = word[0]
        rests.setdefault(first, []).append(word[1:])
        if first.islower() and first.isascii():
            starts.add(first.upper())
        if not first.islower() or word in particle_words:
            starts.add(re.escape(first))

    def any_case(literal: str) -> str:
        return "(?i:" + re.escape(literal).replace("'", "['’]") + ")"

    branches = "|".join(
        f"(?<={any_case(first)})(?:{'|'.join(any_case(rest) for rest in sorted(rests[first], key=len, reverse=True))})"
        for first in sorted(rests)
    )
    # a name's last word follows a space or starts the name, and ends before a non-letter
    return re.compile(f"[{''.join(sorted(starts))}](?<![a-zA-Z].)(?:{branches})(?![a-zA-Z])")


def _plausible_surname(text: str, start: int, end: int) -> bool:
    """A surname written alone: not a capitalised common word ('Sterk', 'Helder', 'Blok')
    at a sentence start, and not part of a longer name ('Adviescollege Van Geel')."""
    lex = _lex()
    surname = text[start:end]
    before = text[max(0, start - 40) : start]
    if not before.strip() or regex.search(r"[.!?:;•·\n]\s*$", before):
        return False
    if regex.search(rf"(?<![\p{{L}}]){regex.escape(surname.lower())}(?![\p{{L}}])", text):
        return False
    previous = regex.search(r"(\S+)[ \t]+$", before)
    return not (
        previous
        and previous.group(1)[:1].isupper()
        and not lex.address.match(previous.group(1) + " ")
        and not lex.role.fullmatch(previous.group(1))
    )


def _ner_names(doc: Doc, roles: list[_Found]) -> list[_Found]:
    """PERSON entities of a statistical base model, kept only in a minister context."""
    found: list[_Found] = []
    text = doc_text(doc)
    for ent in doc.ents:
        if ent.label_ not in _PER_LABELS:
            continue
        for role in roles:
            between = text[role.end : ent.start_char] if role.end <= ent.start_char else None
            after = text[ent.end_char : role.start] if ent.end_char <= role.start else None
            # "minister van Defensie, de heer X" or "X, de Oekraïense minister van Defensie"
            if (
                between is not None
                and regex.fullmatch(r",?[ \t]*(?:" + _lex().address.pattern + r")?", between)
            ) or (
                after is not None
                and regex.fullmatch(r",[ \t]*(?:de[ \t]+|het[ \t]+)?(?:\p{Lu}\p{Ll}+(?:se|sche)[ \t]+)?", after)
            ):
                found.append(_person_of(role, ent.start_char, ent.end_char, ent.text, "ner"))
                break
    return found


# ---- assembling ------------------------------------------------------------------------------


def find(doc: Doc, *, use_gazetteer: bool = True, use_ner: bool = True) -> list[_Found]:
    text = doc_text(doc)
    structure = doc._.letter
    date = structure.letter_date if structure is not None else None
    signatories = (structure.meta.get("signatories") if structure is not None else None) or []
    roles = _role_mentions(text)
    names = _appositions(text, roles)
    signature = structure.spans_of("signature") if structure is not None else []
    signatories = _valid_signatories(text, signatories, roles, signature)
    _name_signature_roles(text, roles, signatories, signature)
    for signatory in signatories:
        name = signatory["name"]
        for start, end in _occurrences(text, name):
            names.append(
                _Found(
                    start,
                    end,
                    signatory.get("role"),
                    signatory.get("portfolio"),
                    name,
                    start,
                    rule="signature",
                    person=name,
                )
            )
    if use_ner and len(doc.ents):
        names += _ner_names(doc, roles)
    known = {n.name for n in names if n.name} | {r.name for r in roles if r.name}
    if use_gazetteer:
        names += _gazetteer_names(text, date, known)
    names = [n for n in names if n.rule == "signature" or not _negative_context(text, n.start, n.end)]
    return _link(text, roles, names, signatories, date)


def _valid_signatories(
    text: str, signatories: list[dict], roles: list[_Found], signature: list[tuple[int, int]]
) -> list[dict]:
    """Signatories whose name reads as a name; a missing role comes from the signature block."""
    block_roles = [r for r in roles if any(s <= r.start < e for s, e in signature)]
    valid = []
    for signatory in signatories:
        name = signatory.get("name") or ""
        named = _name_at(name, 0)
        if not named or named[1] != len(name) or _lex().known.fullmatch(name):
            continue
        entry = dict(signatory)
        if _role_in(entry.get("portfolio")):  # two signature columns run together
            entry["role"] = entry["portfolio"] = None
        if not entry.get("role"):
            spots = [s for s, _ in _occurrences(text, name) if any(a <= s < b for a, b in signature)]
            before = [r for r in block_roles if spots and r.end <= spots[0]]
            after = [r for r in block_roles if spots and r.start >= spots[0]]
            role = before[-1] if before else after[0] if after else None
            if role:
                entry["role"], entry["portfolio"] = role.role, role.portfolio
        valid.append(entry)
    return valid


def _role_in(portfolio: str | None) -> bool:
    return bool(portfolio) and bool(_lex().role.search(portfolio or ""))


def _name_signature_roles(
    text: str, roles: list[_Found], signatories: list[dict], signature: list[tuple[int, int]]
) -> None:
    """A role line of the signature block names the signatory written under it; side-by-side
    signatures ('de minister van X, de minister van Y' above 'A B') pair in order."""
    names = sorted(
        (start, signatory)
        for signatory in signatories
        for start, _ in _occurrences(text, signatory["name"])
        if any(a <= start < b for a, b in signature)
    )
    block = [r for r in roles if not r.name and any(a <= r.start < b for a, b in signature)]
    groups: dict[int, list[_Found]] = {}  # index of the first name after a role -> its roles
    for role in block:
        first = next((k for k, (start, _) in enumerate(names) if start >= role.end), None)
        if first is not None:
            groups.setdefault(first, []).append(role)
    for first, group in groups.items():
        for offset, role in enumerate(group):
            signatory = names[min(first + offset, len(names) - 1)][1]
            role.name = signatory["name"]
            if (signatory.get("portfolio") or "").startswith(role.portfolio or "\0"):
                role.portfolio = signatory["portfolio"]  # the line ran into the next column


def _link(
    text: str,
    roles: list[_Found],
    names: list[_Found],
    signatories: list[dict],
    date: dt.date | None,
) -> list[_Found]:
    """One person per surname: fullest name, role and portfolio the letter states, all mentions."""
    people: dict[str, dict[str, Any]] = {}
    for item in [*roles, *names]:
        if not item.name:
            continue
        person = people.setdefault(_surname(item.name), {"names": [], "role": None, "portfolio": None, "person": None})
        person["names"].append(item.name)
        if item.role and not person["role"]:
            person["role"], person["portfolio"] = item.role, item.portfolio
        if item.person and not person["person"]:
            person["person"] = item.person
    spans = [*roles, *names]
    for surname in people:
        for start, end in _occurrences(text, surname):
            if any(s.start <= start < s.end or start <= s.start < end for s in spans):
                continue
            if _negative_context(text, start, end) or not _plausible_surname(text, start, end):
                continue
            spans.append(_Found(start, end, name=surname, name_start=start, rule="linked"))
    result: list[_Found] = []
    for item in spans:
        if item.name:
            person = people[_surname(item.name)]
            item.name = max(person["names"], key=len)
            if not item.role or item.rule == "gazetteer" or item.rule == "linked":
                item.role, item.portfolio = person["role"], person["portfolio"]
            item.person = person["person"] or item.name
        elif not item.foreign and not item.several and item.role:
            item.person = _signatory_for(item, signatories) or bewindspersonen.resolve(item.role, item.portfolio, date)
        result.append(item)
    return _dedupe(result)


def _signatory_for(role: _Found, signatories: list[dict]) -> str | None:
    for signatory in signatories:
        if (
            signatory.get("role") == role.role
            and (signatory.get("portfolio") or "").lower() == (role.portfolio or "").lower()
        ):
            return signatory.get("name")
    return None


def _dedupe(items: list[_Found]) -> list[_Found]:
    kept: list[_Found] = []
    # on one extent the signatory's reading wins ('M. Rutte' under 'De minister-president,')
    for item in sorted(items, key=lambda f: (f.start, -(f.end - f.start), f.rule != "signature")):
        if kept and item.start < kept[-1].end:
            continue
        kept.append(item)
    return kept


@Language.factory(
    "kamerbrief_ministers",
    default_config={"priority": 10, "use_gazetteer": True, "use_ner": True},
)
def make_ministers(nlp: Language, name: str, priority: int, use_gazetteer: bool, use_ner: bool) -> MinisterRecognizer:
    return MinisterRecognizer(name, priority=priority, use_gazetteer=use_gazetteer, use_ner=use_ner)


class MinisterRecognizer:
    def __init__(self, name: str, *, priority: int = 10, use_gazetteer: bool = True, use_ner: bool = True) -> None:
        self.name = name
        self.priority = priority
        self.use_gazetteer = use_gazetteer
        self.use_ner = use_ner

    def __call__(self, doc: Doc) -> Doc:
        mentions = []
        claimed = Claimed.by_earlier_stages(doc)
        for item in find(doc, use_gazetteer=self.use_gazetteer, use_ner=self.use_ner):
            norm = {
                "name": item.name,
                "role": item.role,
                "portfolio": item.portfolio,
                "person": item.person,
            }
            mention = Mention(
                item.start,
                item.end,
                "MINISTER",
                norm,
                rule=f"ministers:{item.rule}",
                priority=self.priority,
            )
            if not claimed.overlaps(mention):
                mentions.append(mention)
        add_mentions(doc, mentions)
        return doc
