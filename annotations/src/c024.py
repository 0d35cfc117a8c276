# 024: EZK, Herijkte missies van het missiegedreven innovatiebeleid, 30 mei 2023 (PDF, 8 pp.).
# Whole letter (letterhead, body, signature without closing formula, 15 footnotes).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from anchor import A, D, M, P, R  # noqa: E402,F401

ID = "024"
SOURCE = "../shared/corpus/letters/024.pdf"
OUTPUT = "corpus-pdf-docx"
SPLIT = "dev"
EZK = "Economische Zaken en Klimaat"
NPCE = "Nationaal Programma Circulaire Economie"
ABOARD = "A personalized medicine approach for Alzheimer’s disease"
WOZO = "Wonen, Ondersteuning en Zorg voor Ouderen"
TAZ = "Toekomstbestendige Arbeidsmarkt Zorg"
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
    ("Geachte Voorzitter,", "dan ook met uw Kamer worden gedeeld.", "paras"),
]
CUT = ["Het missiegedreven innovatiebeleid\n|Het missiegedreven innovatiebeleid levert",
       "Missiegedreven Innovatiebeleid\n|In het missiegedreven",
       "Herijking missies\n|De missies zijn herijkt",
       "Energietransitie:\n|Om in 2050", "Circulaire Economie\n|In een circulaire",
       "Gezondheid en zorg\n|Gezondheidszorg", "Water en Voedsel\n|Nederland is toonaangevend",
       "Veiligheid\n|Nederland moet", "-Convenant\n|De missies en de uitwerking",
       # inline numbered items "1) … 2) …": the markers are cut off and dropped
       "tussendoelen[footnoteRef:9]:\n|1) Vermindering", "1) |Vermindering",
       "in 2050. |2) Substitutie", "2) |Substitutie", "biogrondstoffen. |3)\nLevensduurverlenging",
       "3)\n|Levensduurverlenging", "condities. |4) Hoogwaardige", "4) |Hoogwaardige"]
DROP = ["1)", "2)", "3)", "4)"]
# a list item's label belongs to its first sentence; a citation is one sentence
NOSPLIT = ["Cyberveiligheid.", "Hightech Landoptreden.", "Europese Commissie.| Critical", "ZonMw."]
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
    # the years belong to the programme's title
    P("Nationaal Programma Circulaire Economie 2023-2030", NPCE, "NPCE"),
    D("2030", "2030", occ=3),
    D("2050", "2050", occ=10),
    D("2030", "2030", occ=4),
    D("2030", "2030", occ=5),
    D("2025", "2025"),
    D("2030", "2030", occ=6),
    # Gezondheid en zorg: "initiatieven (zoals ABOARD)", long form in footnote 11
    P("ABOARD", ABOARD, "ABOARD", occ=1),
    D("2040", "2040", occ=2),
    D("2040", "2040", occ=3),
    D("2030", "2030", occ=7),
    D("2030", "2030", occ=8),
    D("2030", "2030", occ=9),
    D("2035", "2035", occ=1),
    # Veiligheid: Dutch Naval Design, Dcypher (cooperations/platforms), Defensie Ruimteagenda,
    # Nederlandse Cybersecurity Strategie 2022-2028 (NLCS): not PROGRAMME, years of a title
    D("2030", "2030", occ=10),
    D("2035", "2035", occ=2),
    D("2030", "2030", occ=11),
    D("2030", "2030", occ=12),
    D("2030", "2030", occ=13),
    # Vervolg
    D("dit najaar", "2023-FA"),
    P("Nationaal Groeifonds"),
    D("2 november", "2023-11-02"),  # "zullen ondertekend worden op 2 november": future
    M("M.A.M. Adriaansens", "M.A.M. Adriaansens", portfolio=EZK),
    M("Minister van " + EZK, "M.A.M. Adriaansens", portfolio=EZK),
    # footnotes
    R("Kamerstuk 33009, nr. 117", "kamerstuk", "33009", "117", occ=1),
    R("Kamerstuk 33009, nr. 63", "kamerstuk", "33009", "63"),
    P("Kaderprogramma voor onderzoek en innovatie", "Horizon Europe"),  # "EU-" prefix outside
    D("2021 t/m 2027", "2021/2027"),
    R("Kamerstuk 33009, nr. 117", "kamerstuk", "33009", "117", occ=2),
    R("Kamerstuk 22112, nr. 3157", "kamerstuk", "22112", "3157"),
    R("Kamerstuk 32852, nr. 225", "kamerstuk", "32852", "225"),
    P("Nederland Circulair in 2050"),  # the government-wide programme; year of its title
    # footnote 10: IZA, GALA (akkoorden), Green Deal (agreement): not PROGRAMME
    P(WOZO, acronym="WOZO"),
    P("WOZO", WOZO, "WOZO"),
    P(TAZ, acronym="TAZ"),
    P("TAZ", TAZ, "TAZ"),
    P(ABOARD, acronym="ABOARD"),
    P("ABOARD", ABOARD, "ABOARD", occ=2),
    # footnote 12 "rond de zomer": season without a year; "de gezant …": not a minister
    R("Kamerstuk 33009, nr. 117", "kamerstuk", "33009", "117", occ=3),
]
