# 009: OCW to the Tweede Kamer, 20 november 2023 (aanbiedingsbrief, no salutation).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from anchor import A, D, M, P, R  # noqa: E402,F401

ID = "009"
SOURCE = "../shared/corpus/letters/009.txt"
OUTPUT = "corpus-text"
SPLIT = "dev"
OCW = "Onderwijs, Cultuur en Wetenschap"
META = {
    "date": "2023-11-20",
    "reference": "4 2 259787",
    # "D I HOO" (side column) merged into the Betreft line is not part of the subject
    "subject": "Rapport midterm-evaluatie nationaal actieplan diversiteit en inclusie in het "
               "hoger onderwijs en wetenschap",
    "sender": None,
    "signatories": [{"name": "Robbert Dijkgraaf", "role": "minister", "portfolio": OCW}],
}
REGIONS = [
    ("Bijgaand doe ik u", "aan uw Kamer verzenden."),
    ("Kamerstuk 29 388, nr. 220", "Kamerstuk 29 388, nr. 220", "single"),   # footnote 1
]
SPANS = [
    R("4 2 259787", "kenmerk"),
    D("20 november 2023", "2023-11-20"),
    D("2020", "2020"),
    D("voorjaar van 2024", "2024-SP"),
    M(f"minister van {OCW}", "Robbert Dijkgraaf", portfolio=OCW),
    M("Robbert Dijkgraaf", "Robbert Dijkgraaf", portfolio=OCW),
    R("Kamerstuk 29 388, nr. 220", "kamerstuk", "29388", "220"),
]
