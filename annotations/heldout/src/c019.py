# 019: VWS 2026, letter of two ministers to the VNG (t.a.v. voorzitter VNG-bestuur), "AZWA-
# afspraken D5 en D6 en financieringsinstrument", stamped 22 april 2026 (PDF with an OCR-like
# text layer, 6 pp.). Extent: start of the text to the first sentence after the amount table of
# section 4 ("… regionale middelen (mandaatgemeenten).").
# OCR: the table header "bedragen x € mln." reads "bedra en x lmtn."; footnote 1 ("1 In de
# Brede SPUK …") reads "I. In de Brede SPUK …" and stands in the page (its body is a
# sentence, the marker is not); "kr1W.f%", ".4 J.", "ssik", "`t~f25" are scan residue (page
# furniture: no sentences, no spans). Footnotes 2 and 3 follow the last page: outside.
import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[2]), str(Path(__file__).resolve().parents[1])]
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from anchor import A, D, M, P, R  # noqa: E402,F401
from helpers import letter_text, occ_in, row_occ  # noqa: E402

ID = "019"
SOURCE = "../shared/corpus/letters/019.pdf"
OUTPUT = "heldout"
SPLIT = "test"
EXTENT = "regionale middelen\n(mandaatgemeenten)."
META = {
    "date": "2026-04-22",            # date stamp "2 2 APR. 2026"
    "reference": "1097348-DMO",
    "subject": "AZWA-afspraken D5 en D6 en financieringsinstrument",
    "sender": "Ministerie van Volksgezondheid, Welzijn en Sport",
    "signatories": [
        {"name": "Sophie Hermans", "role": "minister",
         "portfolio": "Volksgezondheid, Welzijn en Sport"},
        {"name": "Mirjam Sterk", "role": "minister", "portfolio": "Langdurige Zorg, Jeugd en Sport"},
    ],
}
INLINE_FOOTNOTES = False
# the D5/D6 table (after "… naar het AZWA.") and the amount table are not sentences
REGIONS = [
    ("Geachte mevrouw Dijksma,", "verwijs ik u naar het AZWA.", "paras"),
    (("2. Beweging en resultaten laten zien", 2), "financiële-verhoudingswet.", "paras"),
    (("4. Welke middelen komen in de SPUK", 2), "voor de jaren 2028 en\nverder.", "paras"),
    ("Bij het vormgeven van de SPUK", EXTENT, "paras"),
]
CUT = ["I. |In de Brede SPUK", "samengebracht3 |Het gaat om:", "Het gaat om:\n|de AZWA-middelen",
       "D5 en D6;\n|middelen uit", "logeerzorg;\n|structurele GALA", "gezondheidsachterstanden;\n|middelen die"]
DROP = ["I.", "kr1W.f%\n.4", "J.", "kr1W.f%", ".4 J.", "kr1W.f%\n.4 J.", "ssik\n`t~f25", "ssik", "`t~f25"]
T = letter_text(SOURCE)
BSG = "Brede SPUK GALA en Sportakkoord II"


def cells(row: str, values: list[str]) -> list[dict]:
    """Bare numbers of one table row under "bedragen x € mln."."""
    seen: dict[str, int] = {}
    out = []
    for v in values:
        seen[v] = seen.get(v, 0) + 1
        out.append(A(v, f"{v}e6", occ=row_occ(T, row, v, seen[v])))
    return out


SPANS = [
    R("1097348-DMO", "kenmerk", occ=1),      # later occurrences: page furniture
    D("2 2 APR. 2026", "2026-04-22"),        # OCR-spaced date stamp
    # "Geachte mevrouw Dijksma": the VNG chair, not a minister.
    # AZWA, IZA, GALA, Hoofdlijnenakkoord Ouderenzorg (HLO), Sportakkoord II: agreements.
    # bare "SPUK" / "specifieke uitkering": the kind of instrument, not a name;
    # a SPUK with its name (SPUK IZA, SPUK AZWA, Brede SPUK GALA …) is a named funding scheme.
    D("2027", "2027", occ=occ_in(T, "Vanaf 2027", "2027")),                # "Vanaf 2027"
    D("2027 - 2029", "2027/2029", occ=occ_in(T, "jaren 2027 - 2029", "2027 - 2029")),    # "voor de jaren 2027 - 2029"
    D("medio dit jaar", "2026", "MID"),
    D("2027", "2027", occ=occ_in(T, "afspraken voor 2027", "2027")),                # "afspraken voor 2027 en de jaren erna"
    D("2027 - 2029", "2027/2029", occ=occ_in(T, "3. Financieringsinstrument 2027 - 2029", "2027 - 2029")),    # list item "3. Financieringsinstrument 2027 - 2029"
    P(BSG),                                  # footnote 1
    D("2024", "2024", occ=occ_in(T, "tot en met 2024", "2024")),                # "(tot en met 2024)": prepositions outside
    D("dit jaar", "2026", occ=occ_in(T, "wordt dit jaar uitgewerkt", "dit jaar")),            # "wordt dit jaar uitgewerkt" (occ 1 in "medio dit jaar")
    # D5/D6 table (no sentences): "Kansrijke start" (capitalised as a cell start: a topic),
    # "Lokale coalities Kansrijke Start": the programme name
    P("Nu Niet Zwanger"),
    P("Kansrijke Start"),
    P("NPLV", acronym="NPLV", occ=occ_in(T, "(NPLV)", "NPLV")),
    P("SPUK IZA", occ=occ_in(T, "• Middelen SPUK IZA", "SPUK IZA")),  # table cell        # "Multiproblematiek aanpak (NPLV)"; no long form
    D("2027 — 2029", "2027/2029"),           # heading "3. Financieringsinstrument 2027 — 2029"
    D("2030", "2030"),                       # "vanaf 2030"
    # "Bijzondere Fonds Uitkering (BFU)": a kind of financing instrument; "gemeentefonds": not
    P("Brede Regeling Combinatiefuncties"),
    P("SPUK\nAZWA", "SPUK AZWA"),
    P("NPLV", acronym="NPLV", occ=occ_in(T, "NPLV-gebieden", "NPLV")),        # in "NPLV-gebieden"
    D("2027 - 2029", "2027/2029", occ=occ_in(T, "periode 2027 - 2029", "2027 - 2029")),    # "voor de periode 2027 - 2029"
    D("2029", "2029", occ=occ_in(T, "na 2029", "2029")),                # "na 2029"
    D("2027", "2027", occ=occ_in(T, "Voor 2027 gaan", "2027")),                # "Voor 2027 gaan de middelen"
    P("Gezonde\nSchool", "Gezonde School"),  # "de Gezonde School subsidie"
    D("2027", "2027", occ=occ_in(T, "worden voor 2027", "2027")),                # "worden voor 2027 rechtstreeks"
    D("2028", "2028", occ=occ_in(T, "vanaf 2028", "2028")),                # "vanaf 2028"
    D("eerste kwartaal van 2027", "2027-Q1"),
    D("2028", "2028", occ=occ_in(T, "de jaren 2028 en", "2028")),                # "voor de jaren 2028 en verder"
    # amount table: header years are DATEs; "bedra en x lmtn." = "bedragen x € mln."
    D("2027", "2027", occ=occ_in(T, "Wat? 2027 2028 2029", "2027")),
    D("2028", "2028", occ=occ_in(T, "Wat? 2027 2028 2029", "2028")),
    D("2029", "2029", occ=occ_in(T, "Wat? 2027 2028 2029", "2029")),
    P("SPUK AZWA", "SPUK AZWA"),
    *cells("SPUK AZWA Lokaal", ["231", "278", "321"]),
    *cells("Regionaal 194", ["194", "235", "169"]),
    *cells("Kennis en cobrdinatierolGGD", ["3", "3", "4"]),
    P("NPLV", acronym="NPLV", occ=occ_in(T, "Aan NPLV gebieden", "NPLV")),        # "Aan NPLV gebieden"
    *cells("Aan NPLV gebieden", ["15", "21", "25"]),
    P("Gezonde Schoot", "Gezonde School"),   # OCR of "Gezonde School"
    *cells("Subsidie Gezonde Schoot", ["8", "10", "13"]),
    *cells("451 547 532", ["451", "547", "532"]),
]
