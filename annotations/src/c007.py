# 007: OCW to the Eerste Kamer, 16 november 2023 (aanbiedingsbrief, no salutation).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from anchor import A, D, M, P, R  # noqa: E402,F401

ID = "007"
SOURCE = "../shared/corpus/letters/007.txt"
OUTPUT = "corpus-text"
SPLIT = "dev"
OCW = "Onderwijs, Cultuur en Wetenschap"
META = {
    "date": "2023-11-16",
    "reference": "4 2 300451",
    "subject": "Aanbiedingsbrief rapport Adviescollege Van Geel ‘Eenheid in Veelzijdigheid’",
    "sender": None,
    "signatories": [{"name": "Gunay Uslu", "role": "staatssecretaris", "portfolio": OCW}],
}
REGIONS = [
    ("Als bijlage bij deze brief", "aan mijn opvolger."),
    ("Zie hiervoor toezeggingen", "T03480.", "single"),   # footnote 1
]
SPANS = [
    R("4 2 300451", "kenmerk"),
    D("16 november 2023", "2023-11-16"),
    D("september 2022", "2022-09"),
    M(f"staatssecretaris van {OCW}", "Gunay Uslu", "staatssecretaris", OCW),
    M("Gunay Uslu", "Gunay Uslu", "staatssecretaris", OCW),
    R("T03060", "other"),
    R("T03062", "other"),
    R("T03080", "other"),
    R("T03082", "other"),
    R("T03480", "other"),
]
