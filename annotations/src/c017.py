# 017: VWS, CW3.1-kaders voor AZWA-onderdelen, 10 maart 2026 (PDF, 1 p.).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from anchor import A, D, M, P, R  # noqa: E402,F401

ID = "017"
SOURCE = "../shared/corpus/letters/017.pdf"
OUTPUT = "corpus-pdf-docx"
SPLIT = "dev"
VWS = "Volksgezondheid, Welzijn en Sport"
META = {
    "date": "2026-03-10",
    "reference": "4354241-1094401-FEZ",
    "subject": "Kamerbrief CW3.1 kaders voor AZWA-onderdelen",
    "sender": None,  # logo is an image; the side column has no "Ministerie van …"
    "signatories": [{"name": "Sophie Hermans", "role": "minister", "portfolio": VWS}],
}
INLINE_FOOTNOTES = True
REGIONS = [
    ("Geachte voorzitter,", "Hoogachtend,", "paras"),
]
SPANS = [
    R("4354241-1094401-FEZ", "kenmerk"),
    D("10 maart 2026", "2026-03-10"),
    # "financiële gevolgen van € 20 miljoen of meer in enig jaar": a yearly threshold;
    # "of meer" is a lower bound (like minimaal). AZWA is an akkoord (not PROGRAMME);
    # "Comptabiliteitswet 2016": year of a law's name.
    A("€ 20 miljoen", "20e6", q="of meer", per="year"),
    D("eind 2021", "2021", "END"),
    P("Beleidskeuzes Uitgelegd"),
    # signature
    M("minister van Volksgezondheid,\nWelzijn en Sport", "Sophie Hermans", portfolio=VWS),
    M("Sophie Hermans", "Sophie Hermans", portfolio=VWS),
]
