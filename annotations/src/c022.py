# 022: BZ, Kamerstuk 22 112 nr. 4406 (officiële-bekendmakingen layout): covering letter of four
# BNC-fiches + the fiche "Mededeling Europese Tech Soevereiniteit", 10 juli 2026 (PDF, 10 pp.).
# Extent: letter and fiche up to the end of the first paragraph of section 3a (the reader puts
# the footnotes after the last page, so footnote texts lie outside the extent).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from anchor import A, D, M, P, R  # noqa: E402,F401

ID = "022"
SOURCE = "../shared/corpus/letters/022.pdf"
OUTPUT = "corpus-pdf-docx"
SPLIT = "test"
BZ = "Buitenlandse Zaken"
EXTENT = "randvoorwaardelijk beleid."
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
]
