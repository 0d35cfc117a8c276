# 012: OCW to the Eerste Kamer, 23 januari 2024: two-sentence letter + Raad verslag (annex).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from anchor import A, D, M, P, R  # noqa: E402,F401

ID = "012"
SOURCE = "../shared/corpus/letters/012.txt"
OUTPUT = "corpus-text"
SPLIT = "dev"
OCW = "Onderwijs, Cultuur en Wetenschap"
PVO = "Primair en Voortgezet Onderwijs"
META = {
    "date": "2024-01-23",
    "reference": "4 3 159972",
    "subject": "Verslag van de OJCS-Raad voor de onderdelen onderwijs en cultuur van 23 en 24 "
               "november 2023",
    "sender": None,
    "signatories": [{"name": "Robbert Dijkgraaf", "role": "minister", "portfolio": OCW}],
}
# Letter without salutation or closing formula; the Raad verslag after the signature is an
# annex: not sentences (contract: body + footnotes), but spans are annotated in it.
REGIONS = [
    ("Hierbij stuur ik u", f"staatssecretaris van {OCW}."),
    ("Kamerstukken II, 2022–2023", "nr. 5.", "single"),   # footnote 1 of the annex
]
SPANS = [
    R("4 3 159972", "kenmerk", occ=1),
    D("23 januari 2024", "2024-01-23"),
    D("23 en 24 november 2023", "2023-11-23/2023-11-24", occ="all"),  # Betreft + body
    M(f"minister voor {PVO}", portfolio=PVO),
    M(f"staatssecretaris van {OCW}", role="staatssecretaris", portfolio=OCW),
    M(f"minister van {OCW}", "Robbert Dijkgraaf", portfolio=OCW),
    M("Robbert Dijkgraaf", "Robbert Dijkgraaf", portfolio=OCW),
    # annex
    D("23 november", "2023-11-23"),
    P("Erasmus+", occ="all"),
    M(f"Minister voor {PVO}", portfolio=PVO),
    R("Kamerstukken II, 2022–2023, 32 034, nr. 5", "kamerstuk", "32034", "5"),
    D("24 november", "2023-11-24", occ=3),
    P("Creative Europe", occ="all"),
    P("Culture Moves Europe"),
    D("april 2023", "2023-04"),
    D("januari-juni 2023", "2023-01/2023-06"),
    D("2021", "2021", occ="all"),
    P("Pass Culture"),
    P("KulturPass"),
    M("minister van Cultuur", portfolio="Cultuur"),
    D("2024", "2024", occ=3),  # "In 2024 zullen"; "Hoofdsteden van 2024" is a title
]
