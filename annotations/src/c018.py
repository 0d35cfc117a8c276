# 018: JenV, aanbieding non-paper Digitale Omnibus – AVG, 8 april 2026 (PDF, 1 p.).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from anchor import A, D, M, P, R  # noqa: E402,F401

ID = "018"
SOURCE = "../shared/corpus/letters/018.pdf"
OUTPUT = "corpus-pdf-docx"
SPLIT = "dev"
JENV = "Justitie en Veiligheid"
META = {
    "date": "2026-04-08",
    "reference": "7311378",
    "subject": "Non-paper Digitale Omnibus – AVG",
    "sender": None,  # side column names the directoraat-generaal, not the ministry
    "signatories": [{"name": "Claudia van Bruggen", "role": "staatssecretaris",
                     "portfolio": JENV}],
}
INLINE_FOOTNOTES = True
# no salutation and no closing formula: the body is the three paragraphs
REGIONS = [
    ("Hierbij bied ik uw Kamer", "artikelen te schrappen.", "paras"),
]
SPANS = [
    R("7311378", "kenmerk"),
    D("8 april 2026", "2026-04-08"),
    # Digitale Omnibus / Omnibusvoorstellen: EU legislative proposals (laws, not PROGRAMME);
    # EDPS/EDPB are organisations; "2026" inside the footnote URL is not a date.
    M("Staatssecretaris van " + JENV, "Claudia van Bruggen", "staatssecretaris", JENV),
    M("Claudia van Bruggen", "Claudia van Bruggen", "staatssecretaris", JENV),
]
