# 006: OCW to the Tweede Kamer, 25 oktober 2023 (motie Van der Woude en Van der Graaf; 12 pp.).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from anchor import A, D, M, P, R  # noqa: E402,F401

ID = "006"
SOURCE = "../shared/corpus/letters/006.txt"
OUTPUT = "corpus-text"
SPLIT = "dev"
OCW = "Onderwijs, Cultuur en Wetenschap"
META = {
    "date": "2023-10-25",
    "reference": "4 0 426139",
    "subject": "Beantwoording motie Van der Woude en Van der Graaf inzake de verdeling van "
               "onderzoeks- en onderwijsmiddelen over domeinen, de uitsplitsing naar specifieke "
               "sectoren en technologieën inclusief relevantie voor grote maatschappelijke "
               "transities",
    "sender": None,
    "signatories": [{"name": "Robbert Dijkgraaf", "role": "minister", "portfolio": OCW}],
}
REGIONS = [
    ("Hierbij stuur ik u", "andere relevante discussies."),   # no salutation / closing
    ("Hiernaast wordt gekeken", "gepositioneerd zijn op specifieke technologieën.", "single"),
    ("1   Kamerstukken II 2022/23", "de figuren in de bijlagen.", "footnotes"),
    ("4   D e motie", "wo&o.", "footnotes"),
    ("6  D e c ijfers", "behorend bij figuur 1 .", "footnotes"),
    ("7   H et Rathenau", "gepresenteerde verdeling over de domeinen.", "footnotes"),
    ("10    M aatregelen", "niet meegenomen.", "footnotes"),
    ("14      O ECD", "N WO. Sleuteltechnologieën", "footnotes"),
    ("16      Kamerstukken", "nr. 1 072", "footnotes"),
]
# headings glued to the paragraph by text extraction are cut off as their own sentence
CUT = [
    "Onderzoek |Het Rathenau Instituut heeft een analyse uitgevoerd",
    "in de tijd |Het Rathenau Instituut heeft een analyse gemaakt",
    "vergelijkend perspectief |Het Rathenau Instituut concludeert dat in Nederland",
    "Onze ref erentie vergelijkend perspectief|",
    "per domein |Als er naar de totale",
    "Onderwijs |Het Rathenau Instituut en de OECD",
    "ontoereikend was. 5| Daarom",
    "Wetenschappelijke sectoren |Dialogic heeft",
    "4 0 426139 |Technologieën Een leidende",
    "Technologieën |Een leidende",
    "Tot slot |De verscheidene",
]
NOSPLIT = ["P wC (2021).", "Sleuteltechnologieën 2023.", "TNO en N WO."]
DROP_START = [
    "P agina", "Onze ref erentie", "4 0 426139", "Figuur", "Bijlage     Titel",
    "4            Verdeling van publieke",
    "Hiernaast wordt gekeken", "gepositioneerd zijn op",   # page-spanning sentence, see above
]
FOW = "Fonds          Onze ref erentie                                                                                  4 0 426139 Onderzoek en Wetenschap"  # noqa: E501
SPANS = [
    R("4 0 426139", "kenmerk", occ=1),
    D("25 oktober 2023", "2023-10-25"),
    R("Kamerstukken II 2022/23, 3 6 200 VIII, nr. 7 5", "kamerstuk", "36200VIII", "75"),
    R("Kamerstukken II 2022/23, 3 6 200 VIII, nr. 2 30", "kamerstuk", "36200VIII", "230"),
    D("2013 en 2021", "2013/2021", occ=1),
    A("826 miljoen euro", "826e6"),
    A("459 miljoen euro", "459e6"),
    A("339 miljoen euro", "339e6"),
    A("139 miljoen euro", "139e6"),
    D("2021", "2021", occ=2),   # "constateerde PwC in 2021"
    P("Fonds Onderzoek en Wetenschap", occ=1),
    D("2021", "2021", occ=3),   # footnote 5 "P wC (2021)"
    P(FOW, "Fonds Onderzoek en Wetenschap"),
    P("Nationaal Groeifonds", occ="all"),
    D("2013-2019", "2013/2019", occ="all"),
    D("2020", "2020", occ=1),
    D("2021", "2021", occ=4),
    D("2013 en 2020", "2013/2020", occ="all"),
    D("2013 en 2021", "2013/2021", occ=2),
    D("2023", "2023", occ=2),   # "totale rijksbijdrage in 2023"
    D("2019", "2019", occ=3),   # "motie Tielen uit 2019"
    R("Kamerstukken I I 2018/19, 31288, nr. 7 42", "kamerstuk", "31288", "742"),
    P("Important Projects of Common European Interest", acronym="IPCEI"),
    P("IPCEI", "Important Projects of Common European Interest", "IPCEI"),
    D("Dit voorjaar", "2023-SP"),
    R("Kamerstukken II 2022/23, 3 3009, nr.120", "kamerstuk", "33009", "120"),
    M("minister van EZK", portfolio="EZK", occ="all"),
    # "O ECD 2023:" is a citation year; "Sleuteltechnologieën 2023" is a title
    D("2023", "2023", occ=3),
    M(f"minister van {OCW}", "Robbert Dijkgraaf", portfolio=OCW),
    M("Robbert Dijkgraaf", "Robbert Dijkgraaf", portfolio=OCW),
    R("Kamerstukken II 2022/23, 3 1288, nr. 1 072", "kamerstuk", "31288", "1072"),
]
