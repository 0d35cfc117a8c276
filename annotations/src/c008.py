# 008: OCW to an advisory committee chair, 17 november 2023 (related, not a Kamerbrief).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from anchor import A, D, M, P, R  # noqa: E402,F401

ID = "008"
SOURCE = "../shared/corpus/letters/008.txt"
OUTPUT = "corpus-text"
SPLIT = "dev"
OCW = "Onderwijs, Cultuur en Wetenschap"
META = {
    "date": "2023-11-17",
    "reference": "4 2 303880",
    "subject": "Adviesverzoek n.a.v. midterm-evaluatie nationaal actieplan diversiteit",
    "sender": None,
    "signatories": [{"name": "Robbert Dijkgraaf", "role": "minister", "portfolio": OCW}],
}
REGIONS = [
    ("Geachte heer Subramaniam", "Met vriendelijke groet,"),
]
SPANS = [
    R("4 2 303880", "kenmerk"),
    D("17 november 2023", "2023-11-17"),
    D("13 april 2023", "2023-04-13"),
    D("7 oktober 2023", "2023-10-07"),
    D("voorjaar van 2024", "2024-SP"),
    D("2025", "2025"),
    D("31 januari 2024", "2024-01-31"),
    M(f"minister van {OCW}", "Robbert Dijkgraaf", portfolio=OCW),
    M("Robbert Dijkgraaf", "Robbert Dijkgraaf", portfolio=OCW),
]
