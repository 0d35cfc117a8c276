# 021: BZ, Kamerstuk 22112 nr. 4395 (officiële-bekendmakingen layout): covering letter + BNC-fiche
# "Cloud & AI Development Act", 26 juni 2026 (PDF). Added to the test split for its amounts
# (the other test letters have almost none). Extent: the fiche's section 5a-5c (financial
# consequences) up to "… nader te onderbouwen." — an annex part: spans only, no sentences.
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from anchor import A, D, M, P, R  # noqa: E402,F401

ID = "021"
SOURCE = "../shared/corpus/letters/021.pdf"
OUTPUT = "corpus-pdf-docx"
SPLIT = "dev"
EXTENT_FROM = "5. Financiële consequenties"
EXTENT = "nader te onderbouwen."
META = {
    "date": "2026-06-26",
    "reference": None,  # a Kamerstuk carries no ministry kenmerk
    "subject": "Brief van de minister van Buitenlandse Zaken",
    "sender": None,
    "signatories": [{"name": "T.B.W. Berendsen", "role": "minister",
                     "portfolio": "Buitenlandse Zaken"}],
}
INLINE_FOOTNOTES = True
REGIONS: list = []  # the extent lies in the fiche (annex): no sentences
ECF = "European Competitiveness Fund"
SPANS = [
    A("€ 34,5 miljoen", "34.5e6", q="circa"),
    D("2028–2034", "2028/2034", occ=1),
    A("€ 9,3\nmiljoen", "9.3e6", q="circa"),
    A("€ 25,2 miljoen", "25.2e6", q="circa"),
    # "MFK 2028–2034" (occurrence 2) and "EU-begroting 2021–2027": budgets named by their years
    P("European\nCompetitiveness Fund", ECF, "ECF"),
    P("ECF", ECF, "ECF"),
    A("€ 3,6 miljoen", "3.6e6", q="circa", per="year"),   # "à circa € 3,6 miljoen per jaar"
    P("EuroCloud Federation"),                             # "-mechanisme" is a descriptor
    A("€ 54,3 miljoen", "54.3e6", q="circa"),              # "geraamd op" is not a hedge
    D("2028–2034", "2028/2034", occ=3),
    D("2027", "2027", occ=2),                              # "middelen na 2027"
    D("juli 2020", "2020-07"),
    # ranges; "terugkerende" (recurring) is not a per-year marker
    A("EUR 1 tot 2 miljoen", None, low="1e6", high="2e6"),
    A("EUR 0,6 tot 1,2 miljoen", None, low="0.6e6", high="1.2e6"),
    A("€1,2 tot 6,1 miljoen", None, low="1.2e6", high="6.1e6"),
    A("€46,4\ntot 86,3 miljoen", None, low="46.4e6", high="86.3e6"),
    A("€140 tot 420 miljoen", None, low="140e6", high="420e6"),
    A("€10 tot 27 miljoen", None, low="10e6", high="27e6"),
    # "De structurele kosten worden geschat op A … en B …": impact-assessment cost categories
    # (the fiche computes them over ten years, below), not yearly sums: per null. "geschat
    # op" is not a hedge (like "geraamd op")
    A("€1,3 tot 2,7 miljard", None, low="1.3e9", high="2.7e9"),
    A("€142 tot 293 miljoen", None, low="142e6", high="293e6"),
    D("2029", "2029"),                                     # "10 fte per lidstaat van 2029"
    A("€166 tot 277 miljoen", None, low="166e6", high="277e6"),
    A("€4\ntot 13 miljoen", None, low="4e6", high="13e6"),
    A("€2,5 miljoen", "2.5e6", q="circa"),
    A("€21 tot 61 miljard", None, low="21e9", high="61e9"),
    # "naar schatting" stands before the first of two coordinated amounts only
    A("€210 tot 470 miljoen", None, low="210e6", high="470e6", q="naar schatting"),
    # "structurele kosten, berekend over een periode van tien jaar": not per year
    A("€560 miljoen tot 2,9 miljard", None, low="560e6", high="2.9e9"),
    A("€2,0 miljard tot €5,0 miljard", None, low="2.0e9", high="5.0e9"),
]
