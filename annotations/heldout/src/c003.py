# 003: LNV 2022 (minister voor Natuur en Stikstof), "Voortgang integrale aanpak landelijk gebied
# en opvolging uitspraak Raad van State over Porthos", 25 november 2022 (PDF, 27 pp.).
# Extent: start of the text to the end of the sentence "… 5 miljard euro op het spel.[6]" in
# section 2 (11.5k characters, longer than the other extents, to include the letter's
# "miljard euro" amounts). Footnote bodies follow the last page: outside.
import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[2]), str(Path(__file__).resolve().parents[1])]
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from anchor import A, D, M, P, R  # noqa: E402,F401
from helpers import letter_text, occs_before  # noqa: E402

ID = "003"
SOURCE = "../shared/corpus/letters/003.pdf"
OUTPUT = "heldout"
SPLIT = "test"
EXTENT = "op het spel.[footnoteRef:6]"
NS = "Natuur en Stikstof"
META = {
    "date": "2022-11-25",
    "reference": "LGS / 22558512",
    "subject": "Voortgang integrale aanpak landelijk gebied en opvolging uitspraak Raad van State "
               "over Porthos",
    "sender": None,  # letterhead text starts with the directie
    "signatories": [{"name": "Christianne van der Wal-Zeggelink", "role": "minister",
                     "portfolio": NS}],
}
INLINE_FOOTNOTES = False
REGIONS = [("Geachte Voorzitter,", EXTENT, "paras")]
# table of contents: list items marked "o " (a bullet glyph lost in conversion)
CUT = ["Inhoudsopgave\n|o In hoofdstuk 2", "o |In hoofdstuk 2",
       "economie.\n|o In hoofdstuk 3", "o |In hoofdstuk 3",
       "dalende lijn.\n|o In hoofdstuk 4", "o |In hoofdstuk 4"]
DROP = ["o"]
T = letter_text(SOURCE)
SPANS = [
    R("LGS / 22558512", "kenmerk", occ=1),   # later occurrences: page furniture
    D("25 november 2022", "2022-11-25"),
    # "de heer Remkes": the author of a report, not a minister here
    D("2 november jl.", "2022-11-02"),
    # "Natura 2000-gebieden": a name, not DATE; "(ordegrootte 2000-3000)": counts
    # PAS in "PAS-melders", "PAS-\nmelders", "PAS-\nuitspraak": the acronym alone
    *[P("PAS", "PAS", "PAS", occ=n) for n in occs_before(T, "PAS", EXTENT)],
    M("minister van Landbouw, Natuur en Voedselkwaliteit",
      portfolio="Landbouw, Natuur en Voedselkwaliteit"),   # not named in the letter
    M("minister van Infrastructuur en Waterstaat", portfolio="Infrastructuur en Waterstaat"),
    P("Nationaal Programma Landelijk\nGebied", "Nationaal Programma Landelijk Gebied"),
    A("250 miljoen euro", "250e6"),
    # "legalisatieprogramma", "stoppersregeling", "schadeloket": unnamed
    D("begin 2023", "2023", "START"),
    # Porthos (a companies' CCS project), Havenbedrijf Rotterdam, NFIA: not PROGRAMME
    P("Wind op Zee"),                          # in "Wind op Zee-projecten", like MIRT-projecten
    A("7,5 tot 8 miljard euro", None, low="7.5e9", high="8e9"),
    A("5 miljard euro", "5e9"),
]
