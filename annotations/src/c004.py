# 004: OCW opdrachtbrief to SLO (April 2023, empty date line; PDF text via R data frame).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from anchor import A, D, M, P, R  # noqa: E402,F401

ID = "004"
SOURCE = "../shared/corpus/letters/004.txt"
OUTPUT = "corpus-text"
SPLIT = "dev"
META = {
    "date": None,
    "reference": "37562068",
    "subject": "Opdracht werven kerndoelenteams kerndoelen Engels, andere moderne talen, Mens en "
               "Maatschappij, Mens en Natuur, Bewegen en Sport, en Kunst en Cultuur",
    "sender": None,
    "signatories": [{"name": "Dennis Wiersma", "role": "minister",
                     "portfolio": "Primair en Voortgezet Onderwijs"}],
}
REGIONS = [
    ("Geachte heer Divis,", "schooljaar 2023-2024."),
    ("Ik bevestig", "zijn dat zij worden ingezet.", "single"),  # runs over the page break
    ("Kamerstukken II", "nr. 618", "single"),                  # footnote 1
    ("Echter, over de exacte", "Met vriendelijke groet,"),
]
CUT = ["juni 2023 informeren."]
DROP = ["37562068"]  # repeated kenmerk merged into the line (page furniture)
SPANS = [
    R("37562068", "kenmerk", occ=1),
    D("28 april 2022", "2022-04-28"),
    D("zomer van 2022", "2022-SU"),
    # letter date empty; the letter is of April 2023 (manifest, content), "jl." resolved to 2023
    D("23 februari jl.", "2023-02-23"),
    D("zomer van 2023", "2023-SU", occ=1),
    D("zomer van 2023", "2023-SU", occ=2),
    D("schooljaar 2023-2024", "2023/2024"),
    R("Kamerstukken II, 2022/2023, 31293, nr. 618", "kamerstuk", "31293", "618"),
    D("7 juni 2023", "2023-06-07"),
    D("begin schooljaar 2024/2025", "2024/2025", "START"),
    M("minister voor Primair en Voortgezet Onderwijs", "Dennis Wiersma",
      portfolio="Primair en Voortgezet Onderwijs"),
    M("Dennis Wiersma", "Dennis Wiersma", portfolio="Primair en Voortgezet Onderwijs"),
]
