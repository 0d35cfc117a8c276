# 013: LVVN (LNV) 2025, "Aanpak Nederland van het slot, perspectief voor sectoren en herstel van
# natuur" (PDF, 11 pp.). Extent: start of the text (letterhead) to the end of the first
# paragraph of "Spoor 1" ("… rekenkundige ondergrens."). Footnote bodies follow the last page:
# outside the extent.
# Date line reads "14 februari 2024" (a typo in the original: the letter cites rulings of
# 18 december 2024). meta.date is the date line as written; relative forms ("22 januari jl.",
# "dit voorjaar") are resolved against that date line, as the contract says.
import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[2]), str(Path(__file__).resolve().parents[1])]
from anchor import A, D, M, P, R  # noqa: E402,F401

ID = "013"
SOURCE = "../shared/corpus/letters/013.pdf"
OUTPUT = "heldout"
SPLIT = "test"
EXTENT = "rekenkundige\nondergrens."
LVVN = "Landbouw, Visserij, Voedselzekerheid en Natuur"
META = {
    "date": "2024-02-14",
    "reference": "DGLGS / 96865694",
    "subject": "Aanpak Nederland van het slot, perspectief voor sectoren en herstel van natuur",
    "sender": None,  # letterhead text starts with the directoraat-generaal (logo not in text)
    "signatories": [{"name": "Femke Marije Wiersma", "role": "minister", "portfolio": LVVN}],
}
INLINE_FOOTNOTES = False
REGIONS = [("Geachte Voorzitter,", "rekenkundige\nondergrens.", "paras")]
# heading numbers "I." / "II." are outside the heading sentence
CUT = ["I. |Urgentie", "II. |Aanpak van het kabinet"]
DROP = ["I.", "II."]
SPANS = [
    R("DGLGS / 96865694", "kenmerk", occ=1),   # later occurrences: page furniture
    D("14 februari 2024", "2024-02-14"),
    D("18 december 2024", "2024-12-18"),
    D("22 januari jl.", "2024-01-22"),
    P("PAS", "PAS", "PAS"),                    # in "PAS-melders"; no long form in the letter
    # "Ministeriële Commissie Economie & Natuurherstel (MCE&N)": a committee, not PROGRAMME
    M("minister-president", None, "minister-president", None),
    D("dit voorjaar", "2024-SP"),
    # "in het voorjaar" (budget cycle, no year, generic): not annotated
    # AERIUS (a calculation model), KDW's: not PROGRAMME
]
