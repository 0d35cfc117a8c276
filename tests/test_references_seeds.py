"""Every REFERENCE of the two seed letters, read by hand (span text + norm)."""

from __future__ import annotations

import pytest
from conftest import SEED_2022, SEED_2026, shared_letter
from entity_helpers import run_stages

STAGES = ("kamerbrief_dates", "kamerbrief_references")

SEED_2022_REFERENCES = [
    ("BS2022009742", "kenmerk", None, None, None),
]

SEED_2026_REFERENCES = [
    ("MINDEF2026046327", "kenmerk", None, None, None),
    ("Kamerstuk 22 054, nr. 479", "kamerstuk", "22054", "479", "kst-22054-479"),
    ("Kamerstuk 36045, nr. 292", "kamerstuk", "36045", "292", "kst-36045-292"),
    ("Kamerstuk 22 054, nr. 479", "kamerstuk", "22054", "479", "kst-22054-479"),
    ("motie 21 501-20, nr. 2286", "motie", "21501-20", "2286", "kst-21501-20-2286"),
    ("motie 36 045, nr. 243", "motie", "36045", "243", "kst-36045-243"),
    ("Kamerstuk 22 054, nr. 377", "kamerstuk", "22054", "377", "kst-22054-377"),
    ("Kamerstuk 22 054, nr. 387", "kamerstuk", "22054", "387", "kst-22054-387"),
    ("EUGS/2008/944/GBVB", "other", None, None, None),  # footnote 6
]


@pytest.mark.parametrize(
    ("path", "expected"),
    [(SEED_2022, SEED_2022_REFERENCES), (SEED_2026, SEED_2026_REFERENCES)],
    ids=["2022", "2026"],
)
def test_seed_references(path, expected):
    found, _ = run_stages(path, STAGES)
    refs = [
        (f.text, f.norm["kind"], f.norm["dossier"], f.norm["number"], f.norm["id"])
        for f in found
        if f.label == "REFERENCE"
    ]
    assert refs == expected


def test_kenmerk_is_the_letterhead_occurrence():
    found, _ = run_stages(SEED_2022, STAGES)
    text = SEED_2022.read_text(encoding="utf-8")
    (kenmerk,) = [f for f in found if f.norm.get("kind") == "kenmerk"]
    assert text[kenmerk.start - 30 : kenmerk.start].strip().endswith("**Onze referentie**")


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        (
            "004.txt",
            (
                "Kamerstukken II, 2022/2023, 31293, nr. 618",
                "kamerstuk",
                "31293",
                "618",
                "kst-31293-618",
            ),
        ),
        ("009.txt", ("Kamerstuk 29 388, nr. 220", "kamerstuk", "29388", "220", "kst-29388-220")),
        (
            "012.txt",
            ("Kamerstukken II, 2022–2023, 32 034, nr. 5", "kamerstuk", "32034", "5", "kst-32034-5"),
        ),
    ],
)
def test_shared_letter_references(name, expected):
    found, _ = run_stages(shared_letter(name), STAGES)
    refs = [
        (f.text, f.norm["kind"], f.norm["dossier"], f.norm["number"], f.norm["id"])
        for f in found
        if f.label == "REFERENCE"
    ]
    assert expected in refs
