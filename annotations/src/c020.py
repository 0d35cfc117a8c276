# 020: EZK + JenV, Naderende Raadspositie Omnibus Digitaal, 18 juni 2026 (DOCX; letterhead
# from the first-page header). Whole letter (no closing formula; two signatories; 2 footnotes).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from anchor import A, D, M, P, R  # noqa: E402,F401

ID = "020"
SOURCE = "../shared/corpus/letters/020.docx"
OUTPUT = "corpus-pdf-docx"
SPLIT = "dev"
BZK = "Binnenlandse Zaken en Koninkrijksrelaties"
EZK = "Economische Zaken en Klimaat"
JENV = "Justitie en Veiligheid"
META = {
    "date": "2026-06-18",
    "reference": "DGED / 106887189",
    "subject": "Naderende Raadspositie Omnibus Digitaal",
    "sender": None,  # the header names the directoraat-generaal only
    "signatories": [
        {"name": "W.J.M. Aerdts", "role": "staatssecretaris",
         "portfolio": "Economische Zaken en Klimaat"},
        {"name": "Claudia van Bruggen", "role": "staatssecretaris",
         "portfolio": "Justitie en Veiligheid"},
    ],
}
INLINE_FOOTNOTES = True
# one DOCX paragraph per line: headings are lines of their own
REGIONS = [
    ("Geachte Voorzitter,", ("u informeren over het uiteindelijke compromis.", 2)),
]
SPANS = [
    R("DGED / 106887189", "kenmerk", occ=1),  # occurrence 2: running footer (furniture)
    # "Uw kenmerk 22112-4223": the Kamer's reference, a Kamerstuk number (dossier-number)
    R("22112-4223", "kamerstuk", "22112", "4223"),
    D("18 juni 2026", "2026-06-18"),
    D("11 november jl.", "2025-11-11"),
    D("26 juni aanstaande", "2026-06-26"),
    M("minister van Justitie en Veiligheid", portfolio="Justitie en Veiligheid"),
    M("minister van " + BZK, portfolio=BZK),
    M("staatssecretaris van " + BZK, role="staatssecretaris", portfolio=BZK),
    # Omnibus Digitaal / Omnibus AI: legislative proposals; Betere Regelgevingskader,
    # Interinstitutioneel akkoord Beter Wetgeven, P2B-verordening: frameworks, agreement, law
    D("28 april 2026", "2026-04-28"),
    D("12 december 2025", "2025-12-12"),
    R("05/2020", "other"),                    # "EDPB-richtsnoeren (05/2020)": guideline number
    D("6 januari 2020", "2020-01-06"),
    D("9 maart jl.", "2026-03-09"),
    D("13 mei jl.", "2026-05-13"),
    M("W.J.M. Aerdts", "W.J.M. Aerdts", "staatssecretaris", EZK),
    M("Staatssecretaris van " + EZK, "W.J.M. Aerdts", "staatssecretaris", EZK),
    M("Claudia van Bruggen", "Claudia van Bruggen", "staatssecretaris", JENV),
    M("Staatssecretaris van " + JENV, "Claudia van Bruggen", "staatssecretaris", JENV),
    # footnote 1 is a document title
    R("Kamerstukken II 2025/2026, 22 112, nr. 4287", "kamerstuk", "22112", "4287"),
]
