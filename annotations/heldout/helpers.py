"""Spec helpers: the reader text of a letter, and the occurrence number of a quote at a place
(for bare table numbers that repeat)."""
from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from anchor import occurrences  # noqa: E402


@cache
def letter_text(source: str) -> str:
    from pipeline.readers import read_path  # reader only: no entity stage
    return read_path(Path(__file__).resolve().parents[2] / source).text


def row_occ(text: str, row_start: str, quote: str, k: int = 1) -> int:
    """Occurrence number (1-based, word-bounded, in the whole text) of the k-th `quote` on the
    line that starts with `row_start`."""
    line = text.index("\n" + row_start) + 1
    end = text.index("\n", line)
    hits = occurrences(text, quote)
    inline = [i for i, h in enumerate(hits) if line <= h < end]
    return inline[k - 1] + 1


def occ_in(text: str, context: str, quote: str, cocc: int = 1) -> int:
    """Occurrence number of `quote` inside the cocc-th occurrence of the longer `context`."""
    pos = -1
    for _ in range(cocc):
        pos = text.index(context, pos + 1)
    hits = occurrences(text, quote)
    return next(i for i, h in enumerate(hits) if pos <= h < pos + len(context)) + 1


def occs_before(text: str, quote: str, end_quote: str) -> list[int]:
    """Occurrence numbers of `quote` that lie before the end of the first `end_quote`."""
    end = text.index(end_quote) + len(end_quote)
    return [i + 1 for i, h in enumerate(occurrences(text, quote)) if h + len(quote) <= end]
