"""The `regex` module behind a faster cache for patterns written inline in the rules code.

`regex.match(pattern, text)` looks its compiled pattern up through a slow path (flag enums,
argument checks) on every call; in the entity stages that lookup cost more than the matching.
Same names and behaviour as `regex` for the functions used here.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from functools import lru_cache
from typing import Any

import regex
from regex import IGNORECASE, MULTILINE, Match, Pattern, escape  # noqa: F401  (re-exported)

I = IGNORECASE  # noqa: E741
M = MULTILINE


# The code's own patterns are a few hundred; a compiled pattern can hold tens of kilobytes, so a
# larger cache only grows memory over a long stream of letters.
@lru_cache(maxsize=512)
def compile(pattern: str | Pattern[str], flags: int = 0) -> Pattern[str]:  # noqa: A001
    return regex.compile(pattern, flags)


def compile_uncached(pattern: str, flags: int = 0) -> Pattern[str]:
    """For a pattern built from one letter's own text: used once, it would only crowd the cache."""
    return regex.compile(pattern, flags, cache_pattern=False)


def match(pattern: str | Pattern[str], string: str, flags: int = 0, **kwargs: Any) -> Match[str] | None:
    return compile(pattern, flags).match(string, **kwargs)


def fullmatch(pattern: str | Pattern[str], string: str, flags: int = 0, **kwargs: Any) -> Match[str] | None:
    return compile(pattern, flags).fullmatch(string, **kwargs)


def search(pattern: str | Pattern[str], string: str, flags: int = 0, **kwargs: Any) -> Match[str] | None:
    return compile(pattern, flags).search(string, **kwargs)


def finditer(pattern: str | Pattern[str], string: str, flags: int = 0, **kwargs: Any):  # type: ignore[no-untyped-def]
    return compile(pattern, flags).finditer(string, **kwargs)


def findall(pattern: str | Pattern[str], string: str, flags: int = 0, **kwargs: Any) -> list[Any]:
    return compile(pattern, flags).findall(string, **kwargs)


def sub(pattern: str | Pattern[str], repl: Any, string: str, count: int = 0, flags: int = 0) -> str:
    return compile(pattern, flags).sub(repl, string, count=count)


def split(pattern: str | Pattern[str], string: str, maxsplit: int = 0, flags: int = 0) -> list[str]:
    return compile(pattern, flags).split(string, maxsplit=maxsplit)


class LowerScan:
    """Case-insensitive hits of a pattern written in lower case (words, digits), found by stdlib `re`
    in the lower-cased text: for plain alternations of words that is several times faster than
    `regex`. Where lower-casing changes the text's length (a rare character such as 'İ'), the
    original text is scanned case-insensitively instead, so that offsets stay true."""

    def __init__(self, pattern: str) -> None:
        self._lower = re.compile(pattern)
        self._any_case = re.compile(pattern, re.IGNORECASE)

    def finditer(self, text: str) -> Iterator[re.Match[str]]:
        lowered = text.lower()
        if len(lowered) == len(text):
            return self._lower.finditer(lowered)
        return self._any_case.finditer(text)


def stretches_around(
    text: str, hits: Iterable[tuple[int, int]], before: int, after: int, *, whole_lines: bool = False
) -> list[tuple[int, int]]:
    """From `before` characters ahead of each hit (in text order) to `after` past it, widened to
    whole lines when asked, overlapping stretches merged: where a costly scan needs to run."""
    stretches: list[tuple[int, int]] = []
    for start, end in hits:
        lo, hi = max(0, start - before), min(len(text), end + after)
        if whole_lines:
            lo = text.rfind("\n", 0, lo) + 1
            line_end = text.find("\n", hi)
            hi = len(text) if line_end == -1 else line_end
        if stretches and lo <= stretches[-1][1]:
            stretches[-1] = (stretches[-1][0], max(stretches[-1][1], hi))
        else:
            stretches.append((lo, hi))
    return stretches
