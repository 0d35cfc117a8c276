# 011: OCW uitstelbericht Kamervragen, 23 januari 2024.
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from anchor import A, D, M, P, R  # noqa: E402,F401

ID = "011"
SOURCE = "../shared/corpus/letters/011.txt"
OUTPUT = "corpus-text"
SPLIT = "dev"
PVO = "Primair en Voortgezet Onderwijs"
META = {
    "date": "2024-01-23",
    "reference": "4 3 594164",
    "subject": "Kamervragen betreffende het bericht 'Chinese overheid sponsort weekendles "
               "Chinees-Nederlandse kinderen'",
    "sender": None,
    "signatories": [{"name": "Mariëlle Paul", "role": "minister", "portfolio": PVO}],
}
REGIONS = [
    ("Op 2 januari 2024 hebben", "zo snel mogelijk beantwoorden."),
]
SPANS = [
    R("4 3 594164", "kenmerk"),
    D("2 januari 2024", "2024-01-02", occ=1),      # "Uw brief" in the letterhead
    D("23 januari 2024", "2024-01-23"),
    R("2 0 24Z00013", "other"),                    # "Uw referentie": the Kamervragen number
    D("2 januari 2024", "2024-01-02", occ=2),
    M("Minister van Sociale Zaken en Werkgelegenheid",
      portfolio="Sociale Zaken en Werkgelegenheid"),
    M("Minister van Buitenlandse Zaken", portfolio="Buitenlandse Zaken"),
    M(f"minister voor {PVO}", "Mariëlle Paul", portfolio=PVO),
    M("Mariëlle Paul", "Mariëlle Paul", portfolio=PVO),
]
