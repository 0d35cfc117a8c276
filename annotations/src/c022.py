# 022: BZ, Kamerstuk 22 112 nr. 4406 (officiële-bekendmakingen layout): covering letter of four
# BNC-fiches + the fiche "Mededeling Europese Tech Soevereiniteit", 10 juli 2026 (PDF, 10 pp.).
# Whole letter: covering letter, fiche (annex: spans only) and the 7 footnotes.
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from anchor import A, D, M, P, R  # noqa: E402,F401

ID = "022"
SOURCE = "../shared/corpus/letters/022.pdf"
OUTPUT = "corpus-pdf-docx"
SPLIT = "dev"
BZ = "Buitenlandse Zaken"
ECF = "Europees Concurrentievermogenfonds"
META = {
    "date": "2026-07-10",
    "reference": None,  # a Kamerstuk carries no ministry kenmerk
    "subject": "Brief van de minister van Buitenlandse Zaken",  # title after "Nr. 4406"
    "sender": None,
    "signatories": [{"name": "T.B.W. Berendsen", "role": "minister", "portfolio": BZ}],
}
INLINE_FOOTNOTES = True
# body = the covering letter (no salutation, no closing formula); its four list items have no
# bullets: one sentence each. The fiche after the signature is an annex: no sentences.
REGIONS = [
    ("Overeenkomstig de bestaande afspraken", "22 112, nr. 4408)", "paras"),
]
CUT = ["(BNC).\n\n|Fiche:", "nr. 4405)\n|Fiche:", "Soevereiniteit\n|Fiche: Chips",
       "nr. 4407)\n|Fiche:"]
SPANS = [
    # Kamerstuk header: "22 112 <dossier title>" / "Nr. 4406 Brief van …" is the paper's own
    # heading, not a citation: not REFERENCE. Role in the title: no name in apposition.
    M("minister van " + BZ, portfolio=BZ, occ=1),
    D("10 juli 2026", "2026-07-10"),
    R("Kamerstuk 22 112, nr. 4405", "kamerstuk", "22112", "4405"),
    R("Kamerstuk 22 112, nr. 4407", "kamerstuk", "22112", "4407"),
    R("Kamerstuk\n22 112, nr. 4408", "kamerstuk", "22112", "4408"),
    M("minister van " + BZ, "T.B.W. Berendsen", portfolio=BZ, occ=2),
    M("T.B.W. Berendsen", "T.B.W. Berendsen", portfolio=BZ),
    # fiche (annex): spans only. Chips Act 2.0, CADA: laws; Techsoevereiniteitspakket: a
    # package of Commission proposals (documents); Kompas voor Concurrentievermogen,
    # strategies, agendas: documents; TTWV, EDIC, OSPOs, BNC: organisations.
    D("3 juni 2026", "2026-06-03", occ=1),
    R("COM(2026) 503", "other"),
    D("3 juni 2026", "2026-06-03", occ=2),
    P("Digitaal Decennium"),  # in "het Digitaal Decennium-programma"
    P("Global Gateway"),
    # section 3b onwards: European Tech Creators Coalition (TCC): a coalition (organisation);
    # Apply AI strategie, AI Continent Action Plan, Quantum Act, Economische
    # Veiligheidspakket, EU-begroting 2021–2027 (budget named by its years): not spans
    P(ECF, acronym="ECF"),
    P("ECF", ECF, "ECF"),                     # MFK (Meerjarig Financieel Kader): a budget
    D("2027", "2027", occ=1),                 # "middelen na 2027"
    P("Global\nGateway", "Global Gateway"),   # in "Global Gateway-strategie"
    # footnotes: every citation one span, the document titles after them are not
    R("Kamerstukken II 2024/25, 22 112, nr. 4004", "kamerstuk", "22112", "4004"),
    R("Kamerstukken II 2025/26, 22 112, nr. 4239", "kamerstuk", "22112", "4239"),
    R("Kamerstukken II 2025/26, 29 826, nr. 277", "kamerstuk", "29826", "277"),
    R("Kamerstukken II 2023/24, 33 009, nr. 140", "kamerstuk", "33009", "140"),
    R("Kamerstukken II 2025/26, 30 821, nr. 332", "kamerstuk", "30821", "332"),
    R("Kamerstukken II 2022/23, 35 982, nr. 9", "kamerstuk", "35982", "9"),
    R("Kamerstukken II 2023/24, 36 259, nr. 21", "kamerstuk", "36259", "21"),
    R("Kamerstukken II 2024/25, 26 643, nr. 1366", "kamerstuk", "26643", "1366"),
    R("Kamerstukken II 2022/2023, 26 643, nr. 941", "kamerstuk", "26643", "941"),
    R("Kamerstukken II 2024/25, 26 643, nr. 1112", "kamerstuk", "26643", "1112"),
    # "Werkagenda … voor 2024": year of a title
    R("Kamerstukken II 2025/26, 26 643, nr. 1450", "kamerstuk", "26643", "1450"),
    R("Kamerstukken II 2019/2020, 26 643, nr. 676", "kamerstuk", "26643", "676"),
    R("Kamerstukken II, 2022/2023, 26 643, nr. 1057", "kamerstuk", "26643", "1057"),
    R("Kamerstukken II 2025/26, 22 112, nr. 1195", "kamerstuk", "22112", "1195"),
    R("Kamerstukken II, 2024/25, 22 112, nr. 4153", "kamerstuk", "22112", "4153"),
    P("Europees Concurrentievermogen Fonds", ECF, "ECF"),  # the fund, in a fiche title
]
