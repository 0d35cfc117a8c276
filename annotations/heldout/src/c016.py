# 016: VWS 2025, letter of the directeur-generaal Langdurige Zorg to the municipalities
# ("Geachte contactpersoon Brede SPUK/SPUK IZA"), "Wijziging SPUK IZA en Brede SPUK",
# 12 september 2025 (PDF, 14 pp.). Extent: start of the text to the end of the Alkmaar row of
# the amount table of Bijlage 2A (letter, signature, Bijlage 1 with its table and lists, the
# introduction and first seven rows of Bijlage 2A). The annexes follow the signature: no
# sentences (GUIDELINES section 4), spans annotated. Footnote bodies follow the last page.
import sys
from pathlib import Path

sys.path[:0] = [str(Path(__file__).resolve().parents[2]), str(Path(__file__).resolve().parents[1])]
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from anchor import A, D, M, P, R  # noqa: E402,F401
from helpers import letter_text, occ_in  # noqa: E402

ID = "016"
SOURCE = "../shared/corpus/letters/016.pdf"
OUTPUT = "heldout"
SPLIT = "test"
EXTENT = "€ 1.922.377,00\t€ 1.636.830,00"
META = {
    "date": "2025-09-12",
    "reference": "4190863-1084972-DMO",          # "Onze referentie"
    "subject": "Wijziging SPUK IZA en Brede SPUK",
    "sender": None,  # letterhead text starts with the directoraat; no "Ministerie van" line
    # signed by a civil servant: role and portfolio as the signature block writes them
    "signatories": [{"name": "Carsten Herstel", "role": "directeur-generaal",
                     "portfolio": "Langdurige Zorg"}],
}
INLINE_FOOTNOTES = False
REGIONS = [("Geachte contactpersoon Brede SPUK/SPUK IZA", "Hoogachtend,", "paras")]
CUT: list[str] = []
T = letter_text(SOURCE)
# The two SPUKs are named funding schemes (cf. 019); canonical name = the long form the letter
# gives ("Regeling specifieke uitkering … 2023–2026 (verder: brede SPUK)"); the short forms
# are names, not acronyms (acronym null).
BRS = ("Regeling specifieke uitkering sport en bewegen, gezondheidsbevordering, "
       "cultuurparticipatie en de sociale basis 2023–2026")
IZA = "Regeling specifieke uitkering IZA-doelen 2023–2026"


def d(ctx: str, year: str, cocc: int = 1):
    """DATE for a bare year inside a context string."""
    return D(year, year, occ=occ_in(T, ctx, year, cocc))


def brede(ctx: str, quote: str = "Brede SPUK", cocc: int = 1):
    return P(quote, BRS, occ=occ_in(T, ctx, quote, cocc))


def spuk_iza(ctx: str, quote: str = "SPUK IZA", cocc: int = 1):
    return P(quote, IZA, occ=occ_in(T, ctx, quote, cocc))


SPANS = [
    R("4190863-1084972-DMO", "kenmerk", occ=1),   # later occurrences: page furniture
    D("12 september 2025", "2025-09-12"),
    brede("Betreft Wijziging SPUK IZA en Brede SPUK"),
    spuk_iza("Betreft Wijziging SPUK IZA en Brede SPUK"),
    brede("contactpersoon Brede SPUK/SPUK IZA"),
    spuk_iza("contactpersoon Brede SPUK/SPUK IZA"),
    # AZWA, HLO, GALA, Sportakkoord II: agreements; "Regeerprogramma": a policy document
    d("Voor 2026 is afgesproken", "2026"),
    A("50\nmiljoen", "50e6"),                     # "(50 miljoen voor 2026 vanuit het AZWA"
    d("miljoen voor 2026", "2026"),
    A("18 miljoen", "18e6"),
    P("Regeling specifieke uitkering\nsport en bewegen, gezondheidsbevordering, "
      "cultuurparticipatie en de sociale basis\n2023–2026", BRS),   # title with its years
    P("brede SPUK", BRS, occ=occ_in(T, "(verder: brede SPUK)", "brede SPUK")),
    P("Regeling specifieke uitkering IZA-doelen 2023–\n2026", IZA),
    spuk_iza("(verder: SPUK IZA)"),
    P("brede SPUK", BRS, occ=occ_in(T, "via de brede SPUK", "brede SPUK")),
    spuk_iza("via de SPUK IZA. Dit past"),
    # "10% korting", "Kamerbrief uitkomst omzetting specifieke uitkeringen" (a title): no spans
    d("t/m 2026", "2026"),
    d("middelen voor 2026 zijn", "2026"),
    d("per 2025 en 2026", "2025"),
    d("per 2025 en 2026", "2026"),
    brede("vanuit de Brede SPUK. In Bijlage"),
    spuk_iza("bedragen voor de SPUK\nIZA", "SPUK\nIZA"),
    d("per gemeente voor 2025 en 2026", "2025"),
    d("per gemeente voor 2025 en 2026", "2026"),
    d("vanaf 2027", "2027"),
    D("tweede helft van september", "2025-09", "END"),   # second half of this September
    d("af te ronden in 2025", "2025"),
    # signature: "de directeur-generaal Langdurige Zorg, Carsten Herstel": a civil servant
    # Bijlage 1 (annex: spans only)
    brede("mutaties in de Brede SPUK en SPUK IZA 2026"),
    spuk_iza("mutaties in de Brede SPUK en SPUK IZA 2026"),
    d("SPUK IZA 2026\n\nJaar", "2026"),
    # table "Jaar SPUK Onderwerp Bedrag Bron": the SPUK cells are split by the row text
    # ("Brede … AZWA␤SPUK"): not contiguous, not annotated; "Kansrijke start": a topic
    d("Bron\n2026 Brede", "2026"),
    A("17 mln", "17e6"),
    A("18 mln", "18e6"),
    A("5 mln", "5e6"),
    A("3 mln", "3e6"),
    A("-23.5 mln", "-23.5e6"),                    # "." as the decimal mark (cf. "23,5 mln")
    A("25 mln", "25e6", occ=1),
    A("-14.1 mln", "-14.1e6"),
    # "Regeerprogramma Schoof I": a document / the cabinet: no span
    brede("Wijzigingen Brede SPUK 2025 en 2026"),
    d("Wijzigingen Brede SPUK 2025 en 2026", "2025"),
    d("Wijzigingen Brede SPUK 2025 en 2026", "2026"),
    d("- 2025 (zie", "2025"),
    P("Brede\nSPUK", BRS),                       # news item title "Wijzigingen Brede SPUK | VNG"
    P("brede spuk", BRS, occ=1),                  # lower-case mention of the same scheme
    A("2,5 miljoen", "2.5e6"),
    d("voor\ngemeenten in 2025", "2025"),
    d("Van 2025 naar 2026", "2025"),
    d("Van 2025 naar 2026", "2026"),
    d("budget over 2025", "2025"),
    d("meenemen naar\n2026", "2026"),
    d("- 2026\no 10%", "2026"),
    A("23,5 mln", "23.5e6"),
    P("Brede SPUK GALA en SAII", BRS),
    P("brede spuk", BRS, occ=2),
    A("43 mln", "43e6"),
    spuk_iza("Wijzigingen SPUK IZA 2026"),
    d("Wijzigingen SPUK IZA 2026", "2026"),
    A("14,1 mln", "14.1e6"),
    spuk_iza("op SPUK IZA (taakstelling"),
    A("25 mln", "25e6", occ=2),                   # "Aanvullende middelen van 25 mln"
    # Bijlage 2A
    brede("per gemeente Brede SPUK 2025 en 2026"),
    d("per gemeente Brede SPUK 2025 en 2026", "2025"),
    d("per gemeente Brede SPUK 2025 en 2026", "2026"),
    d("middelen in 2025 aflopen", "2025"),
    d("in 2026 minder middelen", "2026"),
    d("dan\nin 2025", "2025"),
    brede("thema’s uit de Brede SPUK"),
    d("ontvangen in 2026", "2026"),
    d("Totaalbedrag 2025 Brede", "2025"),
    brede("Totaalbedrag 2025 Brede SPUK"),
    d("Prijsontwikkeling uit 2024", "2024", 1),
    d("Totaalbedrag 2026 Brede", "2026"),
    brede("Totaalbedrag 2026 Brede SPUK"),
    d("Prijsontwikkeling uit 2024", "2024", 2),
    A("€ 401.280,00", "401280"), A("€ 341.674,00", "341674"),
    A("€ 527.184,00", "527184"), A("€ 448.877,00", "448877"),
    A("€ 525.980,00", "525980"), A("€ 447.851,00", "447851"),
    A("€ 600.704,00", "600704"), A("€ 511.477,00", "511477"),
    A("€ 391.917,00", "391917"), A("€ 333.703,00", "333703"),
    A("€ 367.728,00", "367728"), A("€ 313.106,00", "313106"),
    A("€ 1.922.377,00", "1922377"), A("€ 1.636.830,00", "1636830"),
]
