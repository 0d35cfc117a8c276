# 023: IenW, Emissies door de luchtvaart, 22 december 2022 (PDF, 9 pp.).
# Extent: letterhead to the end of the paragraph after figure 1 (section 1.2).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from anchor import A, D, M, P, R  # noqa: E402,F401

ID = "023"
SOURCE = "../shared/corpus/letters/023.pdf"
OUTPUT = "corpus-pdf-docx"
SPLIT = "test"
EXTENT = "met de begeleidingscommissie."
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
    ("De begeleidingscommissie binnen", "met de begeleidingscommissie.", "paras"),
]
# headings glued to their paragraph; section numbers "1.1" are outside the heading sentence
CUT = ["ultrafijn stof\n|Over de emissie", "1.1 |Blootstelling", "1.2 |Blootstelling",
       "in Nederland\n|Het RIVM heeft", "regionale luchthavens\n|Het eerdergenoemde",
       "Cumulatie\n|In 2023", "door de sector\n|In de brief"]
DROP = ["1.1", "1.2"]
NOVEX = "NOVEX Schiphol"
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
]
