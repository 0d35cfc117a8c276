# 015: LVVN (LNV) 2025, "Contourenbrief bedrijfsspecifieke emissienormen stikstof en
# broeikasgassen", 14 februari 2025 (PDF, 9 pp.). Extent: start of the text (letterhead) to the
# end of the first paragraph of "Uitgangspunten van bedrijfsspecifieke emissienormen"
# ("… naar een vorm van doelsturing."). Footnote bodies follow the last page: outside.
import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[2]), str(Path(__file__).resolve().parents[1])]
from anchor import A, D, M, P, R  # noqa: E402,F401

ID = "015"
SOURCE = "../shared/corpus/letters/015.pdf"
OUTPUT = "heldout"
SPLIT = "test"
EXTENT = "waarin ook gekeken wordt naar een vorm van doelsturing."
LVVN = "Landbouw, Visserij, Voedselzekerheid en Natuur"
RLN = "Ruimte voor Landbouw en Natuur"
META = {
    "date": "2025-02-14",
    "reference": "DGLGS / 96535513",
    "subject": "Contourenbrief bedrijfsspecifieke emissienormen stikstof en broeikasgassen",
    "sender": None,  # letterhead text starts with the directoraat-generaal
    "signatories": [{"name": "Femke Marije Wiersma", "role": "minister", "portfolio": LVVN}],
}
INLINE_FOOTNOTES = False
REGIONS = [("Geachte Voorzitter,", "waarin ook gekeken wordt naar een vorm van doelsturing.",
            "paras")]
CUT = ["Stikstof- en klimaatbeleid\n|Het kabinet kiest",
       "Uitgangspunten van bedrijfsspecifieke emissienormen\n|Ik richt"]
SPANS = [
    R("DGLGS / 96535513", "kenmerk", occ=1),   # later occurrences: page furniture
    D("14 februari 2025", "2025-02-14"),
    D("21 oktober jl.", "2024-10-21"),
    R("Kamerstuk 30 252, nr. 176", "kamerstuk", "30252", "176"),
    R("TZ202412-114", "other"),   # toezegging number, like 007 "T03480"
    # "Ministeriële Commissie Economie & Natuurherstel" / MCE&N / MCEN: a committee;
    # "Klimaatplan": a plan (document): not PROGRAMME
    D("7 februari jl.", "2025-02-07"),
    P(RLN),                                    # "(Ruimte voor Landbouw en Natuur)"
    P(RLN, occ=2),                             # "de aanpak Ruimte voor …": descriptor outside
    D("29 november 2024", "2024-11-29", occ=1),
    R("Kamerstuk 36 600-XIV, nr. 66", "kamerstuk", "36600-XIV", "66", occ=1),
    # "Natura 2000-gebieden": name, not DATE
    D("29 november 2024", "2024-11-29", occ=2),
    R("Kamerstuk 35 334,\nnr. 323", "kamerstuk", "35334", "323"),
    # "8e actieprogramma Nitraatrichtlijn": descriptor + a directive's name: not PROGRAMME
]
