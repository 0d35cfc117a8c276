"""AMOUNT: the seed letters, real letters of the shared corpus, properties and the spaCy stage."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from pipeline.clean import clean
from pipeline.entities.amounts import (
    PRIORITY,
    _candidates,
    _grammar,
    _header_lines,
    _in_lines,
    _word_matches,
    decimal_string,
    find_amounts,
    parse_number,
)
from pipeline.readers import Limits, ReadError, read_path
from pipeline.resources import load_json

from .conftest import manifest, shared_letter

# The 2026 seed, read by hand: (span text in the original, value, qualifier, per).
SEED_2026_AMOUNTS = [
    ("€14,8 mld.", "14800000000", "circa", None),
    ("€3 miljard euro", "3000000000", "circa", "year"),
    ("€437 miljoen", "437000000", None, None),
    ("€500 mln.", "500000000", "ongeveer", None),
    ("€12,4 mld.", "12400000000", "ca.", None),
    ("€727 mln.", "727000000", "ca.", None),
    # the table: sign and number in separate cells
    ("€  \n\t2,5 mld.", "2500000000", None, None),
    ("€ \n\t2,5 mld.", "2500000000", None, None),
    ("€  \n\t8,9 mld.", "8900000000", None, None),
    ("€ \n\t9,7 mld.", "9700000000", None, None),
    ("€  \n\t0,18 mld.", "180000000", None, None),
    ("€ \n\t0,18 mld.", "180000000", None, None),
    ("€  \n\t11,7 mld.", "11700000000", None, None),
    ("€ \n\t12,4 mld.", "12400000000", None, None),
    ("€2,5 mld.", "2500000000", None, None),
    ("€9,7 mld.", "9700000000", None, None),
    ("€1 mld.", "1000000000", None, None),
    ("€750 mln.", "750000000", None, None),
    ("€179 mln.", "179000000", None, None),
    ("€6 miljard", "6000000000", "ongeveer", None),
    ("€100 mln.", "100000000", None, None),
    ("€433 mln.", "433000000", "ca.", None),
    ("€52,8 mln.", "52800000", None, None),
    ("€79,7 mln.", "79700000", None, None),
    ("€5,5 mld.", "5500000000", "ruim", None),
]


def _amounts(record):
    return [e for e in record.entities if e.label == "AMOUNT"]


def test_seed_2026_every_amount(seed_2026):
    found = [(e.text, e.norm.value, e.norm.qualifier, e.norm.per) for e in _amounts(seed_2026)]
    assert found == SEED_2026_AMOUNTS
    for entity in _amounts(seed_2026):
        assert seed_2026.text[entity.start : entity.end] == entity.text
        assert entity.norm.currency == "EUR"
        assert entity.norm.approximate is (entity.norm.qualifier is not None)
        assert entity.norm.low is None and entity.norm.high is None


def test_seed_2026_counts_years_and_references_are_not_amounts(seed_2026):
    texts = {e.text for e in _amounts(seed_2026)}
    assert not any(t in texts for t in ("63.000", "900", "2027 – 2029", "22 054", "20701"))


def test_seed_2022_has_no_amount(seed_2022):
    assert _amounts(seed_2022) == []


def _letter_amounts(name: str, pages: int = 500) -> dict[str, list[str]]:
    path = shared_letter(name)
    try:
        letter = read_path(path, Limits(max_pdf_pages=pages))
    except ReadError as exc:
        pytest.skip(f"{name}: {exc}")
    text = clean(letter.text).text
    result: dict[str, list[str]] = {}
    for mention in find_amounts(text):
        key = " ".join(text[mention.start : mention.end].split())
        result.setdefault(key, []).append(
            mention.norm["value"] or f"{mention.norm['low']}-{mention.norm['high']}"
        )
    return result


def test_letter_006_research_spending():
    found = _letter_amounts("006.txt")
    assert found["826 miljoen euro"] == ["826000000"]
    assert found["459 miljoen euro"] == ["459000000"]
    assert found["339 miljoen euro"] == ["339000000"]
    assert found["139 miljoen euro"] == ["139000000"]
    assert len(found) == 4  # "36%", "1200 extra vaste aanstellingen", years: not money


@pytest.mark.parametrize("name", ["001.md", "010.txt", "012.txt"])
def test_letters_without_money(name):
    # 010 has percentages, 0,124 * 0,082 and Kamerstuk numbers; 001 and 012 budgets without sums
    assert _letter_amounts(name) == {}


def test_letter_002_pdf_tranches():
    found = _letter_amounts("002.pdf")
    assert found["€ 500 miljoen"] == ["500000000"]
    assert found["€ 250 miljoen"] == ["250000000", "250000000"]  # one wrapped over a line break
    assert found["€ 172 miljoen"] == ["172000000", "172000000"]
    # "in tranches van € 100, € 100 en € 150 miljoen": the scale word holds for the whole list
    assert found["€ 100"] == ["100000000", "100000000"]
    assert found["€ 150 miljoen"] == ["150000000"]


def test_letter_003_pdf_range_and_hedge():
    found = _letter_amounts("003.pdf", pages=8)  # 27 pages; the first 8 keep the test fast
    assert found == {
        "250 miljoen euro": ["250000000"],
        "7,5 tot 8 miljard euro": ["7500000000-8000000000"],
        "5 miljard euro": ["5000000000"],
        "6 miljard euro": ["6000000000"],  # "ca. 6 miljard euro": the hedge stays outside
    }


# --- properties -------------------------------------------------------------------------

_SCALES = {
    "mln.": 6,
    "mln": 6,
    "miljoen": 6,
    "mio.": 6,
    "mld.": 9,
    "mld": 9,
    "mrd.": 9,
    "miljard": 9,
    "biljoen": 12,
}


def _dutch(number: Decimal, thousands: bool) -> str:
    whole, _, fraction = f"{number:f}".partition(".")
    if thousands:
        whole = f"{int(whole):,}".replace(",", ".")
    return whole + ("," + fraction if fraction else "")


@st.composite
def _written_amount(draw):
    whole = draw(st.integers(min_value=0, max_value=999_999_999))
    decimals = draw(st.sampled_from(["", "5", "25", "18", "05"]))
    number = Decimal(f"{whole}.{decimals}" if decimals else str(whole))
    scale = draw(st.sampled_from([None, *_SCALES]))
    written = _dutch(number, thousands=draw(st.booleans()))
    body = written if scale is None else f"{written} {scale}"
    form = draw(
        st.sampled_from(
            ["€{}", "€ {}", "EUR {}", "{} euro", "€{} euro", "{} EUR", "€\n{}", "€\u00a0{}"]
        )
    )
    text = form.format(body)
    value = number.scaleb(_SCALES[scale] if scale else 0)
    return text, value


@settings(max_examples=300, deadline=None)
@given(
    _written_amount(),
    st.sampled_from(
        [
            "Het kabinet stelt {} beschikbaar.",
            "Hiervan is {} bestemd voor X.",
            "In 2026 gaat {} naar Oekraïne.",
            "{}",
        ]
    ),
)
def test_round_trip(written, sentence):
    amount, value = written
    text = sentence.format(amount)
    mentions = find_amounts(text)
    assert len(mentions) == 1, (text, mentions)
    mention = mentions[0]
    assert text[mention.start : mention.end] == amount
    assert mention.norm["value"] == decimal_string(value)
    assert Decimal(mention.norm["value"]) == value
    assert "E" not in mention.norm["value"]


_HEDGES = [h for h in load_json("amounts/hedges.json")["hedges"] if h != "ca"]


@settings(max_examples=200, deadline=None)
@given(_written_amount(), st.sampled_from(_HEDGES), st.booleans())
def test_round_trip_with_hedge_and_per_year(written, hedge, yearly):
    amount, value = written
    text = f"Daarvoor is {'jaarlijks ' if yearly else ''}{hedge} {amount} gereserveerd."
    (mention,) = find_amounts(text)
    assert text[mention.start : mention.end] == amount
    assert mention.norm["value"] == decimal_string(value)
    assert (mention.norm["qualifier"], mention.norm["approximate"]) == (hedge, True)
    assert mention.norm["per"] == ("year" if yearly else None)


@settings(max_examples=200, deadline=None)
@given(
    st.integers(min_value=1, max_value=999),
    st.integers(min_value=1, max_value=999),
    st.sampled_from(list(_SCALES)),
    st.sampled_from(
        ["€ {a} à {b} {s}", "€ {a}–{b} {s}", "{a} tot {b} {s} euro", "€{a} tot €{b} {s}"]
    ),
)
def test_range_round_trip(a, b, scale, form):
    low, high = sorted((a, a + b))
    amount = form.format(a=low, b=high, s=scale)
    text = f"De kosten worden geraamd op {amount} in totaal."
    (mention,) = find_amounts(text)
    assert text[mention.start : mention.end] == amount
    power = _SCALES[scale]
    assert mention.norm["value"] is None
    assert mention.norm["low"] == decimal_string(Decimal(low).scaleb(power))
    assert mention.norm["high"] == decimal_string(Decimal(high).scaleb(power))


@settings(max_examples=300, deadline=None)
@given(
    st.integers(min_value=0, max_value=99_999_999),
    st.sampled_from(
        [
            "Er zijn {n} militairen getraind.",
            "Het aandeel is {n}%.",
            "Het aandeel steeg met {n} procent.",
            "Zie Kamerstuk {n}, nr. 12.",
            "In {y} en {y2} is er overleg.",
            "De periode {y} – {y2} telt.",
            "Op {d} juni {y} is besloten.",
            "Er wonen {n} miljoen mensen.",
            "Postbus {n} Den Haag",
            "Artikel {n} van de wet.",
            "Het gaat om {n} woningen en {n} scholen.",
            "In Q3 {y} start het.",
            "Er kwamen {n} duizend bezoekers.",
            "Bel {n} voor meer informatie.",
        ]
    ),
    st.integers(min_value=1990, max_value=2040),
    st.integers(min_value=1, max_value=28),
)
def test_numbers_that_are_not_money(n, sentence, year, day):
    text = sentence.format(n=f"{n:,}".replace(",", "."), y=year, y2=year + 3, d=day)
    assert find_amounts(text) == []


# --- units and the stage ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("written", "value"),
    [
        ("1.234.567", "1234567"),
        ("12.500,-", "12500"),
        ("12.500,00", "12500.00"),
        ("0,18", "0.18"),
        ("12 500", "12500"),
        ("1.5", "1.5"),
        ("750,–", "750"),
    ],
)
def test_parse_number(written, value):
    assert parse_number(written) == Decimal(value)


def test_decimal_string_has_no_exponent():
    assert decimal_string(Decimal("14.8").scaleb(9)) == "14800000000"
    assert decimal_string(Decimal("0.50")) == "0.5"
    assert decimal_string(Decimal("-45").scaleb(6)) == "-45000000"


def test_stage_adds_mentions_with_priority():
    import spacy

    import pipeline.entities  # noqa: F401  (registers the factories)

    nlp = spacy.blank("nl")
    nlp.add_pipe("kamerbrief_amounts")
    doc = nlp("Er is ruim €5,5 mld. gedeclareerd en 63.000 militairen zijn getraind.")
    (mention,) = doc._.mentions
    assert (doc.text[mention.start : mention.end], mention.label, mention.priority) == (
        "€5,5 mld.",
        "AMOUNT",
        30,
    )
    assert PRIORITY == 30
    assert mention.norm["qualifier"] == "ruim" and mention.norm["approximate"] is True


def test_table_cells_known_to_the_structure_stage():
    from types import SimpleNamespace

    text = "Tabel 1 (bedragen x € 1.000)\nArtikel\t2026\nArtikel 3\t1.250\nZorg\t–45\n\nHoogachtend"

    def cell(s: str, occurrence: int = 1) -> tuple[int, int]:
        start = -1
        for _ in range(occurrence):
            start = text.index(s, start + 1)
        return start, start + len(s)

    rows = (
        (cell("Artikel"), cell("2026")),
        (cell("Artikel 3"), cell("1.250")),
        (cell("Zorg"), cell("–45")),
    )
    table = SimpleNamespace(start=rows[0][0][0], end=rows[-1][-1][1], rows=rows)
    found = [(text[m.start : m.end], m.norm["value"], m.rule) for m in find_amounts(text, [table])]
    assert found == [("1.250", "1250000", "table_header"), ("–45", "-45000", "table_header")]


_UNITS = ["", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"]
_TEENS = [
    "tien",
    "elf",
    "twaalf",
    "dertien",
    "veertien",
    "vijftien",
    "zestien",
    "zeventien",
    "achttien",
    "negentien",
]
_TENS = [
    "",
    "",
    "twintig",
    "dertig",
    "veertig",
    "vijftig",
    "zestig",
    "zeventig",
    "tachtig",
    "negentig",
]


def _dutch_words(n: int) -> str:
    """Dutch numerals as letters spell them (1 <= n <= 999): 'honderdvijftig', 'drieëntwintig'."""
    hundreds, rest = divmod(n, 100)
    head = ("" if hundreds == 1 else _UNITS[hundreds]) + "honderd" if hundreds else ""
    if rest == 0:
        return head
    if rest < 10:
        tail = _UNITS[rest]
    elif rest < 20:
        tail = _TEENS[rest - 10]
    else:
        tens, unit = divmod(rest, 10)
        link = "ën" if _UNITS[unit].endswith("e") else "en"
        tail = _TENS[tens] if unit == 0 else _UNITS[unit] + link + _TENS[tens]
    return head + tail


@settings(max_examples=200, deadline=None)
@given(st.integers(min_value=1, max_value=999), st.sampled_from(["miljoen", "miljard"]))
def test_number_words_round_trip(n, scale):
    amount = f"{_dutch_words(n)} {scale} euro"
    text = f"Het kabinet trekt {amount} uit."
    (mention,) = find_amounts(text)
    assert text[mention.start : mention.end] == amount
    assert mention.norm["value"] == decimal_string(
        Decimal(n).scaleb(6 if scale == "miljoen" else 9)
    )


def _assert_anchored_scans_complete(text: str) -> None:
    g = _grammar()
    # a bare number word before 'en' or 'tot' matches too and is then dropped: compare what is kept
    full_words = [(f.start, f.end) for f in _candidates(text, g.word_master.finditer(text))]
    assert [(f.start, f.end) for f in _candidates(text, _word_matches(text))] == full_words
    full_headers = sorted({m.span() for pattern in g.table_header for m in pattern.finditer(text)})
    found_headers = sorted(
        {m.span() for pattern in g.table_header for m in _in_lines(pattern, text, _header_lines(text))}
    )
    assert found_headers == full_headers


@pytest.mark.parametrize("name", [entry["file"] for entry in manifest()] or ["001.md"])
def test_anchored_scans_find_what_a_full_scan_finds(name):
    """The number-word and table-header scanners run only on lines around their anchor words
    (speed); on every real letter that must find exactly what scanning the whole text finds."""
    _assert_anchored_scans_complete(clean(read_path(shared_letter(name)).text).text)


def test_anchored_scans_on_the_case_table():
    lines = (Path(__file__).parent / "data" / "amounts_cases.jsonl").read_text(encoding="utf-8").splitlines()
    cases = [json.loads(line) for line in lines]
    assert sum("bedragen" in case["text"].lower() for case in cases) > 3  # table headers are among them
    for case in cases:
        _assert_anchored_scans_complete(case["text"])
