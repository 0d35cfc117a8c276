# 023: IenW, Emissies door de luchtvaart, 22 december 2022 (PDF, 9 pp.).
# Whole letter (letterhead, body, signature, 16 footnotes).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from anchor import A, D, M, P, R  # noqa: E402,F401

ID = "023"
SOURCE = "../shared/corpus/letters/023.pdf"
OUTPUT = "corpus-pdf-docx"
SPLIT = "dev"
META = {
    "date": "2022-12-22",
    "reference": "IENW/BSK-2022/268034",
    "subject": "Emissies door de luchtvaart",
    "sender": "Ministerie van Infrastructuur en Waterstaat",
    "signatories": [{"name": "Mark Harbers", "role": "minister",
                     "portfolio": "Infrastructuur en Waterstaat"}],
}
INLINE_FOOTNOTES = True
# figure 1 (organogram) between the regions is not a sentence
REGIONS = [
    ("Geachte voorzitter,", "afkomstig van vliegtuigmotoren.", "paras"),
    ("De begeleidingscommissie binnen", "Hoogachtend,", "paras"),
]
# headings glued to their paragraph; section numbers "1.1" are outside the heading sentence
CUT = ["ultrafijn stof\n|Over de emissie", "1.1 |Blootstelling", "1.2 |Blootstelling",
       "in Nederland\n|Het RIVM heeft", "regionale luchthavens\n|Het eerdergenoemde",
       "Cumulatie\n|In 2023", "door de sector\n|In de brief",
       "Onderwerpen werkgroepen\n|De werkgroep", "Nederlandse arbeidsinspectie\n|Onder het vorige",
       "Tot slot\n|Uit het hiervoor"]
DROP = ["1.1", "1.2"]
NOVEX = "NOVEX Schiphol"
POLS = "Programma Omgeving Luchthaven Schiphol"
IENW = "Infrastructuur en Waterstaat"
SPANS = [
    R("IENW/BSK-2022/268034", "kenmerk", occ=1),  # later occurrences: side column, page 2+
    D("22 december 2022", "2022-12-22"),
    # "3.000 voet", "440.000 vliegtuigbewegingen": counts
    P(NOVEX),
    D("20 juni 2022", "2022-06-20"),
    # RIVM-onderzoekprogramma: organisation + descriptor, no name (not PROGRAMME)
    D("24 juni 2022", "2022-06-24"),  # "Hoofdlijnenbrief Schiphol van 24 juni 2022"
    D("26 oktober 2022", "2022-10-26"),
    D("12 december 2022", "2022-12-12"),
    M("Minister van Buitenlandse Zaken", portfolio="Buitenlandse Zaken"),
    D("2023", "2023", occ=1),  # "het RIVM in 2023"
    M("Staatssecretaris van IenW", role="staatssecretaris", portfolio="IenW"),
    D("eerste helft van 2023", "2023-H1"),
    D("2023", "2023", occ=3),  # "In 2023 wordt"
    P("NOVEX", NOVEX, occ=2),  # "in NOVEX-verband (zie paragraaf 7)": the same NOVEX Schiphol
    D("1 oktober 2021", "2021-10-01"),
    D("15 februari 2022", "2022-02-15"),
    # section 1.2 (after figure 1) to the end
    D("2023", "2023", occ=4),                 # "in 2023 uitgevoerd"
    D("2022", "2022", occ=8),                 # citation "Het RIVM (2022)"
    D("2021", "2021", occ=2),                 # "de Gezondheidsraad (2021)"
    D("eind van het eerste kwartaal 2023", "2023-Q1", "END"),
    D("tweede kwartaal van 2021", "2021-Q2"),
    D("1\noktober 2022", "2022-10-01"),
    D("begin 2023", "2023", "START", occ=1),
    D("16 juni 2022", "2022-06-16", occ=1),
    D("17 maart 2022", "2022-03-17"),
    D("3 maart 2020", "2020-03-03"),
    D("16 juni 2022", "2022-06-16", occ=2),
    # fit-for-55 pakket: package of legislative proposals; ReFuelEU-verordening: law
    D("maart 2022", "2022-03", occ=2),       # "Kamervragen in maart 2022"
    D("16 juni 2022", "2022-06-16", occ=3),
    D("tweede helft van 2022", "2022-H2"),
    D("eerste\nhelft van 2023", "2023-H1"),
    D("derde kwartaal van 2023", "2023-Q3"),
    D("vorig jaar", "2021"),
    D("oktober 2021", "2021-10", occ=2),
    D("september 2022", "2022-09"),
    D("november\n2022", "2022-11"),
    D("begin 2023", "2023", "START", occ=2),
    D("tweede helft van 2023", "2023-H2"),
    D("2019", "2019"),                        # "In 2019 heeft de Kamer"
    D("2023", "2023", occ=11),                # "vanaf 2023"
    D("Komend jaar", "2023"),
    D("2024", "2024"),                        # "vanaf 2024"
    D("24 juni 2022", "2022-06-24", occ=2),
    D("voorjaar van 2023", "2023-SP"),
    P(POLS, occ=1),
    D("24 juni 2022", "2022-06-24", occ=3),
    P("NOVEX Schipholregio", NOVEX, occ=1),   # heading 7; variant of "NOVEX Schiphol"
    P("Programma Omgeving\nLuchthaven Schiphol", POLS),  # "IenW" prefix outside
    P("NOVEX Schipholregio", NOVEX, occ=2),
    P("NOVEX Schipholregio", NOVEX, occ=3),
    P("NOVEX", NOVEX, occ=6),                 # "in de NOVEX-aanpak"
    D("zomer 2023", "2023-SU"),               # "rond de zomer 2023"
    P(POLS, occ=2),
    M("MINISTER VAN INFRASTRUCTUUR EN WATERSTAAT", "Mark Harbers", portfolio=IENW),
    M("Mark Harbers", "Mark Harbers", portfolio=IENW),
    # footnotes
    R("Kamerstukken II 2021/22, 30175, nr. 414", "kamerstuk", "30175", "414"),
    R("Kamerstukken II 2021/22, 29665, nr. 432", "kamerstuk", "29665", "432", occ=1),
    R("Kamerstukken II 2021/22, 29665, nr. 414", "kamerstuk", "29665", "414"),
    # Aanhangsel Handelingen (answers to Kamervragen): kind other with its number
    R("Kamerstukken II 2021/22, Aanhangsel, nr. 1694", "other", None, "1694"),
    R("Kamerstukken II 2021/22, Aanhangsel, nr. 663", "other", None, "663"),
    R("Kamerstukken II 2021/22, 30175, nr. 416", "kamerstuk", "30175", "416"),
    R("Kamerstukken II 2019/20, 31936, nr. 726", "kamerstuk", "31936", "726"),
    R("Kamerstukken II 2021/22, Aanhangsel, 2050", "other", None, "2050"),
    R("Kamerstukken II 2021/22, 31936, nr. 989", "kamerstuk", "31936", "989"),
    R("Kamerstukken II 2019/20, 31936 nr. 674", "kamerstuk", "31936", "674"),
    R("Kamerstukken II 2019/20, 35334, nr. 81", "kamerstuk", "35334", "81"),
    R("Kamerstukken II 2021/22, 29665, nr. 432", "kamerstuk", "29665", "432", occ=2),
    R("Kamerstukken II 2021/22, 29665, nr. 437", "kamerstuk", "29665", "437"),
]
