"""Hand-annotation helpers: turn quoted strings into offsets, split marked regions into
sentences for review, and re-anchor spans when a text changes.

Pipeline-independent on purpose (gold must never come from pipeline code). Spec files in
annotations/src/ call the span constructors below; annotations/build.py turns them into
the gold JSONL files and validates every span.
"""
from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

Spec = dict[str, Any]


# --- span constructors (norms exactly as /work/shared/ANNOTATION.md section 2) ---------

def _dec(value: str | None) -> str | None:
    """'14.8e9' -> '14800000000'; keeps decimals ('0.5'); None stays None."""
    if value is None:
        return None
    d = Decimal(value)
    if d == d.to_integral_value():
        d = d.quantize(Decimal(1))
    return format(d.normalize() if d != d.to_integral_value() else d, "f")


def A(quote: str, value: str | None, *, q: str | None = None, per: str | None = None,
      low: str | None = None, high: str | None = None, currency: str = "EUR",
      occ: int | str = 1) -> Spec:
    """AMOUNT; value in units of the currency, written with an exponent for readability."""
    norm: dict[str, Any] = {"value": _dec(value), "currency": currency,
                            "approximate": q is not None, "qualifier": q, "per": per}
    if low is not None or high is not None:
        norm["low"], norm["high"] = _dec(low), _dec(high)
    return {"quote": quote, "occ": occ, "label": "AMOUNT", "norm": norm}


def M(quote: str, name: str | None = None, role: str | None = "minister",
      portfolio: str | None = None, *, occ: int | str = 1) -> Spec:
    return {"quote": quote, "occ": occ, "label": "MINISTER",
            "norm": {"name": name, "role": role, "portfolio": portfolio}}


def P(quote: str, name: str | None = None, acronym: str | None = None, *,
      occ: int | str = 1) -> Spec:
    return {"quote": quote, "occ": occ, "label": "PROGRAMME",
            "norm": {"name": name or quote, "acronym": acronym}}


def D(quote: str, value: str, mod: str | None = None, *, occ: int | str = 1) -> Spec:
    return {"quote": quote, "occ": occ, "label": "DATE", "norm": {"value": value, "mod": mod}}


def R(quote: str, kind: str, dossier: str | None = None, number: str | None = None, *,
      occ: int | str = 1) -> Spec:
    numbered = kind in ("kamerstuk", "motie") and dossier and number
    ident = f"kst-{dossier}-{number}" if numbered else None
    return {"quote": quote, "occ": occ, "label": "REFERENCE",
            "norm": {"kind": kind, "dossier": dossier, "number": number, "id": ident}}


# --- anchoring -----------------------------------------------------------------------

def _bounded(text: str, start: int, end: int) -> bool:
    """A match must not cut a word: no letter/digit directly outside an alnum edge."""
    left_ok = start == 0 or not (text[start].isalnum() and text[start - 1].isalnum())
    right_ok = end == len(text) or not (text[end - 1].isalnum() and text[end].isalnum())
    return left_ok and right_ok


def occurrences(text: str, quote: str, lo: int = 0, hi: int | None = None,
                loose: bool = False) -> list[int]:
    """Starts of quote in text[lo:hi]; unless loose, only where it does not cut a word."""
    hi = len(text) if hi is None else hi
    found, i = [], text.find(quote, lo)
    while i != -1 and i + len(quote) <= hi:
        if loose or _bounded(text, i, i + len(quote)):
            found.append(i)
        i = text.find(quote, i + 1)
    return found


def locate(text: str, quote: str, occ: int = 1, lo: int = 0, hi: int | None = None,
           loose: bool = False) -> tuple[int, int]:
    """Offsets of the occ-th (1-based) word-bounded occurrence of quote in text[lo:hi]."""
    hits = occurrences(text, quote, lo, hi, loose)
    if not 1 <= occ <= len(hits):
        raise ValueError(f"{quote!r}: occurrence {occ} requested, {len(hits)} found")
    return hits[occ - 1], hits[occ - 1] + len(quote)


def reanchor(old_text: str, new_text: str, start: int, end: int,
             context: int = 40) -> tuple[int, int] | None:
    """Find span old_text[start:end] in new_text: the occurrence whose surrounding text
    best matches the old context (longest common left+right context). None if absent."""
    quote = old_text[start:end]
    left, right = old_text[max(0, start - context):start], old_text[end:end + context]
    best, best_score = None, -1
    for i in occurrences(new_text, quote):
        j = i + len(quote)
        score = _common_suffix(left, new_text[max(0, i - context):i]) + \
            _common_prefix(right, new_text[j:j + context])
        if score > best_score:
            best, best_score = (i, j), score
    return best


def reanchor_line(line: dict[str, Any], old_text: str, new_text: str) -> list[str]:
    """Move a gold line's spans, sentences and extent from old_text to new_text in place
    (for a reader whose output changed). Returns the quotes that could not be found."""
    lost: list[str] = []

    def move(start: int, end: int) -> tuple[int, int] | None:
        hit = reanchor(old_text, new_text, start, end)
        if hit is None:
            lost.append(old_text[start:end])
        return hit

    kept = []
    for sp in line["spans"]:
        hit = move(sp["start"], sp["end"])
        if hit:
            kept.append({**sp, "start": hit[0], "end": hit[1]})
    line["spans"] = kept
    line["sentences"] = [list(h) for s, e in line["sentences"] if (h := move(s, e))]
    if line.get("extent"):
        s, e = line["extent"]
        last = old_text[max(s, e - 40):e]
        line["extent"] = [0, new_text.find(last) + len(last) if last in new_text else len(new_text)]
    return lost


def _common_prefix(a: str, b: str) -> int:
    n = 0
    while n < min(len(a), len(b)) and a[n] == b[n]:
        n += 1
    return n


def _common_suffix(a: str, b: str) -> int:
    return _common_prefix(a[::-1], b[::-1])


# --- sentences ---------------------------------------------------------------------

# Sentence end: . ? ! (optionally a closing quote/bracket, a footnote reference or a footnote
# number glued to the full stop), then whitespace and an upper-case letter or opening quote.
# An initial ("N. Koeman") is not a sentence end.
_END = re.compile(r"(?<!\s[A-Z])[.?!][’”\"')]?"
                  r"(?:\[footnoteRef:\d+\]|\d{1,2}(?=\s))?(?=\s+[A-ZÀ-Ý‘“\"'])")
_BULLET = re.compile(r"(?:[·•▪\uf0b7\-–]|\d{1,2}[.)]|[a-z][.)])\s+")
# Markup that is never part of a sentence: bullet glyphs lost in conversion ("\x01\x02"),
# footnote markers "(^3)", markdown "# " and "**", and the section number after them.
_MARKUP = re.compile(r"(?:[\x01\x02]+\s*|\(\^\d*\)\s*|#+\s+|\*\*)+(?:\d+(?:\.\s?\d+)*\.?\s+)?")


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def split_sentences(text: str, start: int, end: int, nosplit: list[int], split: list[int],
                    by_line: bool = True) -> list[tuple[int, int]]:
    """Candidate sentences of text[start:end] for review: one per non-empty line (when
    by_line), each line cut at sentence ends; list markers stay outside. nosplit / split are
    absolute offsets of cuts to suppress / add."""
    out: list[tuple[int, int]] = []
    pieces = []
    if by_line:
        pos = start
        for line in text[start:end].split("\n"):
            pieces.append((pos, pos + len(line)))
            pos += len(line) + 1
    else:
        pieces.append((start, end))
    for ls, le in pieces:
        ls, le = trim(text, ls, le)
        if ls >= le:
            continue
        m = _BULLET.match(text, ls, le)
        if m:
            ls = m.end()
        cuts = {m.end() for m in _END.finditer(text, ls, le)}
        cuts = (cuts - set(nosplit)) | {c for c in split if ls < c < le}
        prev = ls
        for c in sorted(cuts) + [le]:
            s, e = trim(text, prev, c)
            m = _MARKUP.match(text, s, e)
            if m:
                s = m.end()
            if text.endswith("**", s, e):
                s, e = trim(text, s, e - 2)
            if s < e:
                out.append((s, e))
            prev = c
    return out
