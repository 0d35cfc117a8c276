# 005: LNV 2023 (minister voor Natuur en Stikstof) to the Voorzitter van de Eerste Kamer,
# "Beantwoording vragen stikstofproblematiek", 14 april 2023 (PDF). A one-sentence covering
# letter (no closing formula), its signature, then the Q&A annex "Beantwoording vragen over
# stikstofproblematiek". Extent: start of the text to the end of the answer to question 6,
# third paragraph ("… een grote maatschappelijke opgave."). The annex follows the signature:
# no sentences (GUIDELINES section 4), spans annotated.
import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[2]), str(Path(__file__).resolve().parents[1])]
from anchor import A, D, M, P, R  # noqa: E402,F401

ID = "005"
SOURCE = "../shared/corpus/letters/005.pdf"
OUTPUT = "heldout"
SPLIT = "test"
EXTENT = "een grote maatschappelijke opgave."
VDW = "Christianne van der Wal-Zeggelink"
NS = "Natuur en Stikstof"
# first long form in the letter (answer further on, outside the extent): "een Nationaal
# programma landelijk gebied"; later "Nationaal Programma Landelijk Gebied (NPLG)"
NPLG = "Nationaal programma landelijk gebied"
LBV = "Landelijke beëindigingsregeling veehouderijlocaties"
LBVPLUS = "Landelijke beëindigingsregeling veehouderijlocaties piekbelasters"
META = {
    "date": "2023-04-14",
    "reference": "DGLGS / 26814786",
    "subject": "Beantwoording vragen stikstofproblematiek",
    "sender": None,  # letterhead text starts with the directoraat-generaal
    "signatories": [{"name": VDW, "role": "minister", "portfolio": NS}],
}
INLINE_FOOTNOTES = False
# body: salutation + the one covering sentence; no closing formula
REGIONS = [("Geachte voorzitter,", "(kenmerk: 172816.07U).", "paras")]
SPANS = [
    R("DGLGS / 26814786", "kenmerk", occ=1),   # later occurrences: page furniture
    # "Uw kenmerk": the Eerste Kamer's own document codes (not dossier-number pairs): other
    R("171733.02U", "other", occ=1),
    R("172816.07U", "other", occ=1),
    D("14 april 2023", "2023-04-14"),
    D("21 maart", "2023-03-21"),               # "d.d. 21 maart": d.d. outside, like a preposition
    R("171733.02U", "other", occ=2),
    D("23 maart", "2023-03-23"),
    R("172816.07U", "other", occ=2),
    M(VDW, VDW, "minister", NS),               # signature block
    M("Minister voor Natuur en Stikstof", VDW, "minister", NS),
    # annex (spans only)
    D("10 februari 2023", "2023-02-10"),
    # "Toekomstvisie agrarische sector/…": letter titles (documents)
    P("PAS", "PAS", "PAS", occ=1),             # "Stikstof en PAS"; no long form in the letter
    D("10 februari", "2023-02-10", occ=2),     # "de brief van 10 februari"
    D("1 juli 2023", "2023-07-01", occ=1),     # "voor 1 juli 2023": preposition outside
    P("NPLG", NPLG, "NPLG", occ=1),            # in "NPLG-plannen"
    D("eind 2023", "2023", "END"),
    D("31 december 2023", "2023-12-31"),
    D("november", "2023-11"),                  # "reeds in november een evaluatie" (future)
    D("januari 2024", "2024-01"),              # "per januari 2024"
    P("PAS", "PAS", "PAS", occ=2),             # in "PAS-meldingen"
    P("Lbv-plus", LBVPLUS, "Lbv-plus", occ=1),  # "de Lbv-plus\nregeling"; long form given below
    # "motie-Van Campen (Kamerstuk 34682 – 134)": the parenthetical cites the motion
    R("Kamerstuk 34682 – 134", "motie", "34682", "134"),
    D("april", "2023-04", occ=2),              # "een latere startdatum dan in april"
    D("1 juli 2023", "2023-07-01", occ=2),
    D("1 juli 2023", "2023-07-01", occ=3),     # "Na 1 juli 2023"
    D("eerste\nkwartaal van 2024", "2024-Q1"),
    # question 3: the members' names for the schemes: acronym first, long form in brackets
    P("PLB-plus", "Landelijke Beëindigingsregeling plus", "PLB-plus"),
    P("Landelijke\nBeëindigingsregeling plus", "Landelijke Beëindigingsregeling plus", "PLB-plus"),
    P("PLB", "PLB", "PLB", occ=2),             # "… plus) of PLB." (occ 1 is inside PLB-plus)
    P(LBV, acronym="Lbv"),
    P("Lbv", LBV, "Lbv", occ=2),  # occ 1 is the start of "Lbv-plus"
    P(LBVPLUS, acronym="Lbv-plus"),
    P("Lbv-plus", LBVPLUS, "Lbv-plus", occ=2),
    # Europese Commissie, commissie Hordijk / adviescollege Meten en Berekenen (the heer
    # Hordijk is not a minister), AERIUS(-Calculator) (a model), KDW: not spans
    D("oktober afgelopen jaar", "2022-10"),
    D("2020", "2020", occ=1),                  # "heeft in\n2020 aanbevelingen gedaan"
    P("Nationaal\nkennisprogramma stikstof", "Nationaal kennisprogramma stikstof", "NKS"),
    P("NKS", "Nationaal kennisprogramma stikstof", "NKS"),
    # "20 km", "20%", "250 km": not AMOUNT (outside the extent anyway for the last two)
]
