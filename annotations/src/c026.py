# 026: LVVN (LNV), Toezending expertoordeel Arthur Petersen en peer reviews, 20 februari 2025
# (DOCX, rijksoverheid template; letterhead from the first-page header).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from anchor import A, D, M, P, R  # noqa: E402,F401

ID = "026"
SOURCE = "../shared/corpus/letters/026.docx"
OUTPUT = "corpus-pdf-docx"
SPLIT = "dev"
LVVN = "Landbouw, Visserij, Voedselzekerheid en Natuur"
META = {
    "date": "2025-02-20",
    "reference": "DGLGS / 97251489",
    "subject": "Toezending expertoordeel Arthur Petersen en peer reviews",
    "sender": None,  # the header names the directoraat-generaal only
    "signatories": [{"name": "Femke Marije Wiersma", "role": "minister", "portfolio": LVVN}],
}
INLINE_FOOTNOTES = True
REGIONS = [
    ("Geachte Voorzitter,", "Hoogachtend,", "paras"),
]
SPANS = [
    R("DGLGS / 97251489", "kenmerk", occ=1),  # occurrence 2: running footer (furniture)
    D("20 februari 2025", "2025-02-20"),
    # yearless days resolve to the latest such day before the letter; the weekday is inside
    D("dinsdag 18 februari", "2025-02-18"),
    D("donderdag 20 februari", "2025-02-20"),
    D("19 februari", "2025-02-19"),
    D("vanochtend", "2025-02-20"),  # "het lid Vos (FvD)": member of parliament
    M("Femke Marije Wiersma", "Femke Marije Wiersma", portfolio=LVVN),
    M("Minister van " + LVVN, "Femke Marije Wiersma", portfolio=LVVN),
]
