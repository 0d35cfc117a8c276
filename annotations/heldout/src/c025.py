# 025: IenW 2022, "Water en Bodem sturend", 25 november 2022 (PDF, 32 pp.; two signatories).
# Extent: start of the text (letterhead) to the end of the section "In samenhang omgaan met
# wateroverlast, droogte en de bodem" ("… extra verstoringen door klimaatverandering.").
# The signature block (minister + staatssecretaris) lies outside the extent; meta.signatories
# come from it. Footnote bodies follow the last page: outside.
import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[2]), str(Path(__file__).resolve().parents[1])]
from anchor import A, D, M, P, R  # noqa: E402,F401

ID = "025"
SOURCE = "../shared/corpus/letters/025.pdf"
OUTPUT = "heldout"
SPLIT = "test"
EXTENT = "extra verstoringen door klimaatverandering."
IENW = "Infrastructuur en Waterstaat"
IRM = "Integraal Rivier Management"
PAGW = "Programmatische Aanpak Grote Wateren"
NPLG = "Nationaal Programma\nLandelijk gebied"
META = {
    "date": "2022-11-25",
    "reference": "IENW/BSK-2022/283041",
    "subject": "Water en Bodem sturend",
    "sender": "Ministerie van Infrastructuur en Waterstaat",
    "signatories": [
        {"name": "Mark Harbers", "role": "minister", "portfolio": IENW},
        {"name": "V.L.W.A. Heijnen", "role": "staatssecretaris", "portfolio": IENW},
    ],
}
INLINE_FOOTNOTES = False
REGIONS = [("Geachte voorzitter,", EXTENT, "paras")]
CUT = ["Uitgangspunten\n|We hanteren", "Niet afwentelen\n|Het principe",
       "Meer rekening houden met extremen\n|De klimaatscenario",
       "droogte en de bodem\n|De afgelopen eeuwen"]
SPANS = [
    R("IENW/BSK-2022/283041", "kenmerk", occ=1),   # later occurrences: page furniture
    D("25 november 2022", "2022-11-25"),
    # "Tot duizend jaar geleden", "De afgelopen jaren", "de komende decennia": vague, not DATE
    D("juli 2021", "2021-07"),
    D("Deze zomer", "2022-SU"),                    # deictic season, determiner inside (006)
    P("Ruimte voor de Rivier"),
    P(IRM, acronym="IRM"),
    P("IRM", IRM, "IRM"),
    P(PAGW, acronym="PAGW"),
    P("PAGW", PAGW, "PAGW"),
    P(NPLG, NPLG.replace("\n", " "), "NPLG"),
    P("NPLG", NPLG.replace("\n", " "), "NPLG"),
    # coalitieakkoord (agreement), Nationale Omgevingsvisie / NOVI (policy document),
    # Deltacommissaris, de heer Remkes (not a minister here), Beleidstafel wateroverlast en
    # hoogwater (a working group): not spans
    D("vorig jaar", "2021"),
    D("begin van deze eeuw", "20", "START"),       # century granularity (TIMEX3 "20")
]
