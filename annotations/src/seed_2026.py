# Seed: Defensie, 2 juli 2026 (docx-to-text: inline footnotes "[N:  body]", tab-indented table).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from anchor import A, D, M, P, R  # noqa: E402,F401

ID = "2026-07-02-defensie-leveringen-militaire-goederen-oekraine"
SOURCE = f"corpus/{ID}.txt"
OUTPUT = "seeds"
SPLIT = "dev"
META = {
    "date": "2026-07-02",
    "reference": "MINDEF2026046327",
    "subject": "Leveringen militaire goederen aan Oekraïne",
    "sender": "Ministerie van Defensie",
    "signatories": [{"name": "Dilan Yeşilgöz-Zegerius", "role": "minister",
                     "portfolio": "Defensie"}],
}
INLINE_FOOTNOTES = True
REGIONS = [
    ("Geachte voorzitter,", "Geachte voorzitter,"),
    ("Zoals toegezegd", "De Nederlandse steun bestaat uit:"),   # the table follows
    ("· Directe levering:", "Hoogachtend,"),
]
CUT = ["[bookmark: _GoBack]"]          # docx bookmark artefact is not part of the sentence
DROP = ["[bookmark: _GoBack]"]
EUMAM = "EU Military Assistance Mission for Ukraine"
EPF = "Europese Vredesfaciliteit"
PURL = "Prioritised Ukraine Requirements List"
UCAP = "Ukraine Comprehensive Assistance Package"
SPANS = [
    # letterhead
    D("2 juli 2026", "2026-07-02"),
    R("MINDEF2026046327", "kenmerk"),
    # opening paragraph
    R("Kamerstuk 22 054, nr. 479", "kamerstuk", "22054", "479", occ=1),
    D("27 februari 2026", "2026-02-27", occ=1),
    M("minister van Buitenlandse Zaken", portfolio="Buitenlandse Zaken", occ=1),
    M("minister van Buitenlandse Handel en Ontwikkelingssamenwerking",
      portfolio="Buitenlandse Handel en Ontwikkelingssamenwerking", occ=1),
    A("€14,8 mld.", "14.8e9", q="circa"),
    A("€3 miljard euro", "3e9", q="circa", per="year"),
    D("2027 – 2029", "2027/2029"),
    A("€437 miljoen", "437e6"),
    D("21 april jl.", "2026-04-21"),
    R("Kamerstuk 36045, nr. 292", "kamerstuk", "36045", "292"),
    D("15 juni 2026", "2026-06-15", occ=1),
    R("Kamerstuk 22 054, nr. 479", "kamerstuk", "22054", "479", occ=2),
    D("27 februari 2026", "2026-02-27", occ=2),
    # Financiële stand van zaken
    D("1 maart 2024", "2024-03-01"),
    D("17 juni jl.", "2026-06-17", occ=1),
    A("€500 mln.", "500e6", q="ongeveer"),
    P(PURL, acronym="PURL"),
    P("PURL", PURL, "PURL", occ=1),
    R("motie 21 501-20, nr. 2286", "motie", "21501-20", "2286"),
    R("motie 36 045, nr. 243", "motie", "36045", "243"),
    # "steun in 2026"; "begroting 2026" and "Voorjaarsnota van 2026" are document names
    D("2026", "2026", occ=7),
    D("15 juni 2026", "2026-06-15", occ=2),
    A("€12,4 mld.", "12.4e9", q="ca.", occ=1),
    A("€727 mln.", "727e6", q="ca."),
    # table (Bedragen per column date)
    D("02 feb. 2026", "2026-02-02"),
    D("15 juni. 2026", "2026-06-15"),
    A("€  \n\t2,5 mld.", "2.5e9"),
    A("€ \n\t2,5 mld.", "2.5e9"),
    A("€  \n\t8,9 mld.", "8.9e9"),
    A("€ \n\t9,7 mld.", "9.7e9"),
    A("€  \n\t0,18 mld.", "0.18e9"),
    A("€ \n\t0,18 mld.", "0.18e9"),
    A("€  \n\t11,7 mld.", "11.7e9"),
    A("€ \n\t12,4 mld.", "12.4e9"),
    # bullets
    D("15 juni 2026", "2026-06-15", occ=3),
    A("€2,5 mld.", "2.5e9"),
    A("€9,7 mld.", "9.7e9"),
    A("€1 mld.", "1e9"),
    A("€750 mln.", "750e6"),
    P("Prioritized Ukraine Requirement List", PURL, "PURL"),
    P("PURL", PURL, "PURL", occ=2),
    P("Build with Ukraine", "Build with Ukraine"),
    A("€179 mln.", "179e6"),
    P(UCAP, acronym="UCAP"),
    P("UCAP", UCAP, "UCAP", occ="all"),
    R("Kamerstuk 22 054, nr. 377", "kamerstuk", "22054", "377"),
    D("16 december 2022", "2022-12-16"),
    R("Kamerstuk 22 054, nr. 387", "kamerstuk", "22054", "387"),
    D("13 april 2023", "2023-04-13"),
    # Industrie
    D("Q3 2026", "2026-Q3"),
    P("Nationaal Programma Defensie Industrie & Innovatie"),
    P("Build With Ukraine", "Build with Ukraine"),
    D("16 april jl.", "2026-04-16"),
    M("minister van Defensie Fedorov", "Fedorov", portfolio="Defensie"),
    D("17 juni jl.", "2026-06-17", occ=2),
    # Training
    D("2022", "2022", occ=2),  # "Sinds 2022" (occurrence 1 is inside "16 december 2022")
    P("Interflex", occ="all"),
    D("2025", "2025", occ=1),
    D("juni 2026", "2026-06", occ=4),  # "vanaf juni 2026"
    P(EUMAM, acronym="EUMAM"),
    P("EUMAM", EUMAM, "EUMAM", occ="all"),
    D("2022", "2022", occ=3),
    # Toetsing
    M("minister van Buitenlandse Zaken", portfolio="Buitenlandse Zaken", occ=2),
    M("minister van Buitenlandse Handel en Ontwikkelingssamenwerking",
      portfolio="Buitenlandse Handel en Ontwikkelingssamenwerking", occ=2),
    R("EUGS/2008/944/GBVB", "other"),
    # Europese Vredesfaciliteit
    P(EPF, acronym="EPF", occ="all"),
    P("European Peace Facility", EPF, "EPF"),
    P("EPF", EPF, "EPF", occ="all"),
    A("€6 miljard", "6e9", q="ongeveer"),
    P("EU Military Assistance Mission", EUMAM, "EUMAM", occ=2),
    A("€100 mln.", "100e6"),
    D("begin 2023", "2023", "START"),
    A("€433 mln.", "433e6", q="ca."),
    A("€52,8 mln.", "52.8e6"),
    D("2024", "2024", occ=2),
    A("€79,7 mln.", "79.7e6"),
    D("2025", "2025", occ=2),
    D("2026", "2026", occ=14),
    D("2027", "2027", occ=2),
    D("Q2 2023", "2023-Q2"),
    D("begin juni", "2026-06", "START"),
    A("€5,5 mld.", "5.5e9", q="ruim"),
    # signature
    M("MINISTER VAN DEFENSIE", "Dilan Yeşilgöz-Zegerius", portfolio="Defensie"),
    M("Dilan Yeşilgöz-Zegerius", "Dilan Yeşilgöz-Zegerius", portfolio="Defensie"),
]
