# 014: LVVN (LNV) kennisgeving ontwerpbesluit AERIUS Register, 31 januari 2025 (PDF, 2 pp.).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from anchor import A, D, M, P, R  # noqa: E402,F401

ID = "014"
SOURCE = "../shared/corpus/letters/014.pdf"
OUTPUT = "corpus-pdf-docx"
SPLIT = "dev"
LVVN = "Landbouw, Visserij, Voedselzekerheid en Natuur"
META = {
    "date": "2025-01-31",
    "reference": "WJZ / 96595438",
    "subject": "Ontwerpbesluit tot wijziging van het Besluit kwaliteit leefomgeving, het "
               "Omgevingsbesluit, het Aanvullingsbesluit natuur Omgevingswet en de "
               "Omgevingsregeling vanwege het vervallen van hoofdstuk 17a van de "
               "Omgevingsregeling (Technische omzetting AERIUS Register)",
    "sender": None,  # the logo ("Ministerie van …") is an image; the text names only the directie
    "signatories": [{"name": "Femke Marije Wiersma", "role": "minister", "portfolio": LVVN}],
}
INLINE_FOOTNOTES = True
REGIONS = [
    ("Geachte Voorzitter,", "Hoogachtend,", "paras"),
]
SPANS = [
    # letterhead (occurrence 2 is the side column of page 2: page furniture)
    R("WJZ / 96595438", "kenmerk", occ=1),
    D("31 januari 2025", "2025-01-31"),
    # body: "Natura 2000-activiteit" is a name, AERIUS Register a register (not PROGRAMME)
    D("1 januari 2024", "2024-01-01"),
    # signature
    M("Femke Marije Wiersma", "Femke Marije Wiersma", portfolio=LVVN),
    M("Minister van " + LVVN, "Femke Marije Wiersma", portfolio=LVVN),
]
