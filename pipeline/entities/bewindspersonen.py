"""The gazetteer of Dutch bewindspersonen (models/ministers/bewindspersonen.jsonl).

An aid, never the only route: it tells whether a name in a letter belongs to a (former)
minister or state secretary, and which person held a role on the letter's date.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from functools import lru_cache

from .. import rx as regex
from ..resources import load_jsonl

_INITIALS = regex.compile(r"^(?:\p{Lu}\p{Ll}?\.[ ]?-?)+$")


@dataclass(frozen=True, slots=True)
class Term:
    name: str
    surname: str
    given: str  # first name or initials as written in the gazetteer
    role: str
    portfolio: str | None
    cabinet: str
    start: dt.date | None
    end: dt.date | None

    def active(self, date: dt.date) -> bool:
        return (self.start is None or self.start <= date) and (self.end is None or date <= self.end)


def _date(value: str | None) -> dt.date | None:
    return dt.date.fromisoformat(value) if value else None


@lru_cache(maxsize=1)
def terms() -> tuple[Term, ...]:
    result = []
    for row in load_jsonl("ministers/bewindspersonen.jsonl"):
        name = row["name"]
        surname = row.get("surname") or name.split(" ", 1)[-1]
        given = name[: len(name) - len(surname)].strip()
        result.append(
            Term(
                name,
                surname,
                given,
                row["role"],
                row.get("portfolio"),
                row["cabinet"],
                _date(row.get("start")),
                _date(row.get("end")),
            )
        )
    return tuple(result)


def _surname_key(surname: str) -> str:
    return surname.lower().replace("’", "'")


@lru_cache(maxsize=1)
def _by_surname() -> dict[str, list[tuple[int, Term]]]:
    index: dict[str, list[tuple[int, Term]]] = {}
    for position, term in enumerate(terms()):
        index.setdefault(_surname_key(term.surname), []).append((position, term))
        index.setdefault(_surname_key(term.name), []).append((position, term))
    return index


def last_words() -> frozenset[str]:
    """The last word of every key `match_name` looks up: a name it matches ends in one of them."""
    return frozenset(key.rsplit(" ", 1)[-1] for key in _by_surname())


def match_name(name: str) -> list[Term]:
    """Terms of the person `name` refers to: full name, initials + surname, or the surname alone."""
    key = _surname_key(name)
    index = _by_surname()
    found: dict[int, Term] = {}
    for position, term in index.get(key, []):
        if key in (_surname_key(term.name), _surname_key(term.surname)):
            found[position] = term
    # "K.H. Ollongren", "Dilan Yeşilgöz-Zegerius": every word boundary may start the surname
    for cut in (i for i, ch in enumerate(key) if ch == " "):
        for position, term in index.get(key[cut + 1 :], []):
            if position in found or _surname_key(term.surname) != key[cut + 1 :]:
                continue
            given = name[: len(name) - len(term.surname)].strip()
            if _INITIALS.match(given):
                if term.given and term.given[0].lower() == given[0].lower():
                    found[position] = term
            elif term.given and given.lower() == term.given.lower():
                found[position] = term
    return [found[position] for position in sorted(found)]


def match_written(name: str) -> list[Term]:
    """Terms of a name written longer than the gazetteer knows it: one more surname word
    ('C. van Nieuwenhuizen Wijbenga') or a partner's surname after a hyphen. The known part
    keeps its first name or initials, so a bare surname never matches this way, and two more
    words are a second name ('Sophie Hermans Mirjam Sterk': columns run together)."""
    found = match_name(name)
    for cut in sorted((i for i, ch in enumerate(name) if ch in " -"), reverse=True):
        if found:
            break
        known, rest = name[:cut], name[cut:]
        if rest.startswith("-") or " " not in rest.strip():
            found = [t for t in match_name(known) if _surname_key(known) != _surname_key(t.surname)]
    return found


def resolve(role: str, portfolio: str | None, date: dt.date | None) -> str | None:
    """Who held `role` (+ `portfolio`) on `date`: the latest appointee, None if unknown."""
    if date is None:
        return None
    wanted = portfolio.lower() if portfolio else None
    roles = (
        {role, "minister-president"}
        if role == "minister" and wanted == "algemene zaken"
        else {role}
    )
    candidates = [
        t
        for t in terms()
        if t.role in roles
        and t.active(date)
        and (wanted is None or (t.portfolio or "").lower() == wanted)
        and (wanted is not None or role == "minister-president")
    ]
    if not candidates:
        return None
    latest = max(t.start or dt.date.min for t in candidates)
    names = {t.name for t in candidates if (t.start or dt.date.min) == latest}
    return names.pop() if len(names) == 1 else None


def active_person(name: str, date: dt.date | None) -> bool:
    """True when `name` matches a bewindspersoon in office on `date`."""
    return date is not None and any(t.active(date) for t in match_name(name))
