"""REFERENCE forms beyond the seeds: begrotingsfonds dossiers, Eerste Kamer letter numbers,
abbreviations, lower case, and the motion named before a Kamerstuk citation."""

from __future__ import annotations

import pytest

from pipeline.entities.references import find_references


def refs(text: str) -> list[tuple[str, str, str | None, str | None, str | None]]:
    return [
        (text[f.start : f.end], f.norm["kind"], f.norm["dossier"], f.norm["number"], f.norm["id"])
        for f in find_references(text)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (  # a begrotingsfonds dossier: the letter suffix (A = Infrastructuurfonds) is part of it
            "Het amendement (Kamerstuk 34 300 A, nr. 18) is aangenomen.",
            [("Kamerstuk 34 300 A, nr. 18", "kamerstuk", "34300A", "18", "kst-34300A-18")],
        ),
        (  # lower-case keyword
            "Zoals gemeld (kamerstuk 31 700 XVIII, nr. 85) is de toezegging gedaan.",
            [("kamerstuk 31 700 XVIII, nr. 85", "kamerstuk", "31700XVIII", "85", "kst-31700XVIII-85")],
        ),
        (  # an Eerste Kamer paper: dossier and letter number, no keyword
            "In mijn brief van 31 december 2014 (34 000 XIII, H) zegde ik dit toe.",
            [("34 000 XIII, H", "kamerstuk", "34000XIII", "H", "kst-34000XIII-H")],
        ),
        (
            "Zie TK 29 214 nr. 59 en EK 33 750, nr. 3.",
            [
                ("TK 29 214 nr. 59", "kamerstuk", "29214", "59", "kst-29214-59"),
                ("EK 33 750, nr. 3", "kamerstuk", "33750", "3", "kst-33750-3"),
            ],
        ),
        (  # the cited paper is a motion when the motion is named just before it
            "De motie Dijksma c.s. (Kamerstuk 32 500 XIII, nr. 78) en de moties (motie Koopmans) "
            "(Kamerstuk 27 658, nr. 41) zijn uitgevoerd; de brief (Kamerstuk 27 658, nr. 42) ook.",
            [
                ("Kamerstuk 32 500 XIII, nr. 78", "motie", "32500XIII", "78", "kst-32500XIII-78"),
                ("Kamerstuk 27 658, nr. 41", "motie", "27658", "41", "kst-27658-41"),
                ("Kamerstuk 27 658, nr. 42", "kamerstuk", "27658", "42", "kst-27658-42"),
            ],
        ),
        (  # a bill cited by its dossier in the running text, also with a begrotingsfonds letter
            "Dit betreft alleen wetsvoorstel 34 775 J; het Wetsvoorstel 36 123 volgt.",
            [
                ("34 775 J", "kamerstuk", "34775J", None, None),
                ("36 123", "kamerstuk", "36123", None, None),
            ],
        ),
        (  # one paper in two dossiers is one citation; Handelingen with several numbers
            "Zie Kamerstukken 29 826 en 32 813, nr. 123 en Handelingen II 2021/22, nrs. 62 en 63.",
            [
                ("Kamerstukken 29 826 en 32 813, nr. 123", "kamerstuk", "29826", "123", "kst-29826-123"),
                ("Handelingen II 2021/22, nrs. 62 en 63", "other", None, "62", None),
            ],
        ),
        (  # a Kamer kenmerk: the dossier-number pair and the document number are two identifiers
            "Naar aanleiding van uw brief met kenmerk 33037-308/2018D42487 bericht ik u.",
            [
                ("33037-308", "kamerstuk", "33037", "308", "kst-33037-308"),
                ("2018D42487", "other", None, None, None),
            ],
        ),
        (
            "De moties Jansen (Kamerstuk 33 750 XVII, nr. 34) zijn uitgevoerd.",
            [("Kamerstuk 33 750 XVII, nr. 34", "motie", "33750XVII", "34", "kst-33750XVII-34")],
        ),
        (  # the keyword capitalised at a sentence start
            "Motie 36 200, nr. 12 vraagt dit. Amendement 30 300 XVI, nr. 16 ook.",
            [
                ("Motie 36 200, nr. 12", "motie", "36200", "12", "kst-36200-12"),
                ("Amendement 30 300 XVI, nr. 16", "kamerstuk", "30300XVI", "16", "kst-30300XVI-16"),
            ],
        ),
        (  # a number of things followed by a capital is no dossier with a suffix
            "Het gaat om 34 300 A4-vellen en 12 500 B-merken (fase 2, A).",
            [],
        ),
    ],
)
def test_reference_forms(text, expected):
    assert refs(text) == expected
