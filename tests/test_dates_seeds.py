"""Every DATE of the two seed letters, read by hand (span text as in the original + norm)."""

from __future__ import annotations

import pytest
from conftest import SEED_2022, SEED_2026, shared_letter
from entity_helpers import run_stages

STAGES = ("kamerbrief_dates", "kamerbrief_references")

SEED_2022_DATES = [
    ("19 april 2022", "2022-04-19", None),  # letterhead
    ("vanochtend", "2022-04-19", None),  # deictic words resolve to the letter's date
    ("vanmiddag", "2022-04-19", None),
    ("heden", "2022-04-19", None),  # "Het kabinet heeft heden besloten"
]

SEED_2026_DATES = [
    ("2 juli 2026", "2026-07-02", None),  # letterhead
    ("27 februari 2026", "2026-02-27", None),  # "dd." stays outside
    ("2027 – 2029", "2027/2029", None),
    ("21 april jl.", "2026-04-21", None),
    ("15 juni 2026", "2026-06-15", None),
    ("27 februari 2026", "2026-02-27", None),
    ("17 juni jl.", "2026-06-17", None),
    (
        "2026",
        "2026",
        None,
    ),  # "steun in 2026"; "Voorjaarsnota van 2026" and "begroting 2026" are names
    ("15 juni 2026", "2026-06-15", None),
    ("02 feb. 2026", "2026-02-02", None),  # table header
    ("15 juni. 2026", "2026-06-15", None),  # table header with a stray period
    ("15 juni 2026", "2026-06-15", None),
    ("16 december 2022", "2022-12-16", None),
    ("13 april 2023", "2023-04-13", None),
    ("Q3 2026", "2026-Q3", None),
    ("16 april jl.", "2026-04-16", None),
    ("17 juni jl.", "2026-06-17", None),
    ("2022", "2022", None),  # "Sinds 2022"
    ("2025", "2025", None),  # "gedurende 2025"
    ("juni 2026", "2026-06", None),
    ("2022", "2022", None),  # "in 2022"
    ("begin 2023", "2023", "START"),
    ("2024", "2024", None),
    ("2025", "2025", None),
    ("2026", "2026", None),
    ("2027", "2027", None),  # "in 2026 en 2027"
    ("Q2 2023", "2023-Q2", None),
    ("begin juni", "2026-06", "START"),
    ("1 maart 2024", "2024-03-01", None),  # footnote
]


@pytest.mark.parametrize(
    ("path", "expected"),
    [(SEED_2022, SEED_2022_DATES), (SEED_2026, SEED_2026_DATES)],
    ids=["2022", "2026"],
)
def test_seed_dates(path, expected):
    found, _ = run_stages(path, STAGES)
    dates = [(f.text, f.norm["value"], f.norm["mod"]) for f in found if f.label == "DATE"]
    assert dates == expected


def test_seed_dates_point_into_the_original_text():
    found, _ = run_stages(SEED_2026, STAGES)
    text = SEED_2026.read_text(encoding="utf-8")
    table_header = [f for f in found if f.text == "02 feb. 2026"]
    assert len(table_header) == 1
    assert text[table_header[0].start : table_header[0].end] == "02 feb. 2026"
    assert text[table_header[0].start - 2 : table_header[0].start] == "\n\t"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "004.txt",
            [
                ("28 april 2022", "2022-04-28", None),
                ("zomer van 2022", "2022-SU", None),
                ("schooljaar 2023-2024", "2023/2024", None),
                ("begin schooljaar 2024/2025", "2024/2025", "START"),
            ],
        ),
        (
            "008.txt",
            [
                ("voorjaar van 2024", "2024-SP", None),
                ("2025", "2025", None),
                ("31 januari 2024", "2024-01-31", None),
            ],
        ),
        (
            "012.txt",
            [
                ("23 en 24 november 2023", "2023-11-23/2023-11-24", None),
                ("januari-juni 2023", "2023-01/2023-06", None),
                ("april 2023", "2023-04", None),
            ],
        ),
    ],
)
def test_shared_letter_dates(name, expected):
    found, _ = run_stages(shared_letter(name), STAGES)
    dates = [(f.text, f.norm["value"], f.norm["mod"]) for f in found if f.label == "DATE"]
    assert all(item in dates for item in expected), dates
    assert not any(
        text.startswith("2022/") for text, _, _ in dates
    )  # the year inside Kamerstukken II
