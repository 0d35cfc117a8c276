# 024: EZK, Herijkte missies van het missiegedreven innovatiebeleid, 30 mei 2023 (PDF, 8 pp.).
# Extent: letterhead to the end of the mission list of the Circulaire Economie section.
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from anchor import A, D, M, P, R  # noqa: E402,F401

ID = "024"
SOURCE = "../shared/corpus/letters/024.pdf"
OUTPUT = "corpus-pdf-docx"
SPLIT = "test"
EXTENT = "binnen de ‘planetaire’ grenzen."
EZK = "Economische Zaken en Klimaat"
NPCE = "Nationaal Programma Circulaire Economie"
META = {
    "date": "2023-05-30",
    "reference": "DGBI – I&K/ 26844711",
    "subject": "Herijkte missies van het missiegedreven innovatiebeleid",
    "sender": None,  # side column starts with the directoraat-generaal
    "signatories": [{"name": "M.A.M. Adriaansens", "role": "minister", "portfolio": EZK}],
}
INLINE_FOOTNOTES = True
# the framed box "Missiegedreven Innovatiebeleid" stands in the body: its text is body
REGIONS = [
    ("Geachte Voorzitter,", "binnen de ‘planetaire’ grenzen.", "paras"),
]
CUT = ["Het missiegedreven innovatiebeleid\n|Het missiegedreven innovatiebeleid levert",
       "Missiegedreven Innovatiebeleid\n|In het missiegedreven",
       "Herijking missies\n|De missies zijn herijkt",
       "Energietransitie:\n|Om in 2050", "Circulaire Economie\n|In een circulaire"]
SPANS = [
    # "DGBI / 26844711" in the side column of page 2+ is page furniture
    R("DGBI – I&K/ 26844711", "kenmerk"),
    D("30 mei 2023", "2023-05-30"),
    D("11 november jl.", "2022-11-11"),  # Kamerbrief Innovatie en Impact, before 30 mei 2023
    # "mijn collega van OCW": no role named. Kennis- en Innovatieconvenant (KIC): an agreement;
    # Kennis- en Innovatieagenda's (KIA's): agendas; the missions are themes, not names.
    D("eind 2023", "2023", "END"),
    D("2024-2027", "2024/2027"),          # "voor de periode 2024-2027"
    D("eind dit jaar", "2023", "END"),
    P("Horizon Europe"),
    D("2020-2023", "2020/2023"),          # "In de afgelopen periode (2020-2023)"
    D("2019", "2019"),                    # "ten opzichte van 2019"
    D("2050", "2050", occ=1),
    D("2050", "2050", occ=2),
    D("2040", "2040"),
    D("2050", "2050", occ=3),             # "Om in 2050 en daarna"
    D("2030", "2030"),
    D("1990", "1990"),
    D("2050", "2050", occ=4),
    D("2050", "2050", occ=5),
    D("2050", "2050", occ=6),
    D("2050", "2050", occ=7),
    D("2050", "2050", occ=8),
    # Circulaire Economie: Nationale Grondstoffenstrategie (strategy), Critical Raw Materials
    # Act (law), Europese Green Deal (policy strategy): not PROGRAMME
    P("Nationaal\nProgramma Circulaire Economie", NPCE, "NPCE"),
    P("NPCE", NPCE, "NPCE"),
    D("2050", "2050", occ=9),
]
