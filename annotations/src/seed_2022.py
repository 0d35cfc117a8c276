# Seed: Defensie, 19 april 2022 (markdown-ish text, body interleaved with letterhead blocks).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from anchor import A, D, M, P, R  # noqa: E402,F401

ID = "2022-04-19-defensie-update-levering-militaire-goederen-oekraine"
SOURCE = f"corpus/{ID}.txt"
OUTPUT = "seeds"
SPLIT = "dev"
META = {
    "date": "2022-04-19",
    "reference": "BS2022009742",
    "subject": "Update levering militaire goederen Oekraïne",
    "sender": "Ministerie van Defensie",
    "signatories": [{"name": "K.H. Ollongren", "role": "minister", "portfolio": "Defensie"}],
}
# No salutation and no closing formula in this letter: the body is the three paragraphs.
REGIONS = [
    ("Mede namens", "Russische Federatie."),
    ("Het kabinet heeft heden", "(BIV) bekostigd."),
    ("De urgentie van", "verzoeken kan voldoen."),
]
SPANS = [
    D("19 april 2022", "2022-04-19"),
    M("minister van Buitenlandse Zaken", portfolio="Buitenlandse Zaken"),
    M("minister voor Buitenlandse Handel en Ontwikkelingssamenwerking",
      portfolio="Buitenlandse Handel en Ontwikkelingssamenwerking"),
    M("minister-president", role="minister-president"),
    D("vanochtend", "2022-04-19"),
    D("vanmiddag", "2022-04-19"),
    M("minister van Defensie", "Reznikov", portfolio="Defensie"),
    M("Reznikov", "Reznikov", portfolio="Defensie"),
    R("BS2022009742", "kenmerk"),
    D("heden", "2022-04-19"),
    P("Budget Internationale Veiligheid", acronym="BIV"),
    P("BIV", "Budget Internationale Veiligheid", "BIV"),
    M("MINISTER VAN DEFENSIE", "K.H. Ollongren", portfolio="Defensie"),
    M("K.H. Ollongren", "K.H. Ollongren", portfolio="Defensie"),
]
