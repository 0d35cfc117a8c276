# 010: OCW to the Tweede Kamer, 29 november 2023 (motie Kwint, doorverkoop toegangskaarten; 5 pp.).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from anchor import A, D, M, P, R  # noqa: E402,F401

ID = "010"
SOURCE = "../shared/corpus/letters/010.txt"
OUTPUT = "corpus-text"
SPLIT = "dev"
OCW = "Onderwijs, Cultuur en Wetenschap"
META = {
    "date": "2023-11-29",
    "reference": "4 2 572355",
    # the Bijlagen column is interleaved with the Betreft lines; only the Betreft words here
    "subject": "Uitvoering motie Kwint wettelijk inperken van woekerhandel in de doorverkoop van "
               "toegangskaarten voor sport en culturele evenementen",
    "sender": None,
    "signatories": [{"name": "Gunay Uslu", "role": "staatssecretaris", "portfolio": OCW}],
}
REGIONS = [
    ("Op 6 april 2023 heb ik", "hiervan op de hoogte gehouden."),   # no salutation / closing
    ("De brief kent de volgende opbouw", "worden ervaren.", "single"),   # over page break 1
    ("In ongeveer de helft", "restricties.", "single"),                 # over page break 2
    ("1   Kamerstukken II", "Kenmerk 2023D17033.", "footnotes"),
    ("4   De gesprekspartners", ("Amsterdam: SEO, oktober 2023.", 2), "footnotes"),
    ("7   Bijlage: Internationale", "koper- op-kosten", "footnotes"),
    ("12    N. Koeman", ("Amsterdam: SEO, oktober 2023.", 2), "footnotes"),
    ("14   Ik wijs", "is verworpen.", "footnotes"),
]
CUT = [
    "Huidige situatie doorverkoop tickets |Allereerst",
    "effecten van de doorverkoop in Nederland |Uit het onderzoek",
    "Internationale uitvraag |Uit de internationale",
    "Stakeholdergesprekken |Er zijn",
    "marktbeweging en marktconcentratie |De Kamercommissie",
    "Servicekosten |Ik constateer",
    "Conclusie en maatregelen |Uw Kamer",
    "Slot |Voor mij",
    "afdekken.12 13|",
    "doorverkocht.| 12,4%",
    "4 2 572355 |Aan de andere kant",
]
NOSPLIT = ["van dhr.", "vraagt dhr.", "BAM!"]
DROP = ["worden ervaren.", "restricties."]
DROP_START = ["De brief kent de volgende opbouw", "In ongeveer de helft", "P agina",
              "Onze ref erentie"]
SPANS = [
    R("4 2 572355", "kenmerk", occ=1),
    D("oktober 2023", "2023-10", occ="all"),     # Bijlagen column + footnotes 5, 6, 9, 12, 13
    D("29 november 2023", "2023-11-29"),
    D("6 april 2023", "2023-04-06"),
    M("Minister van Economische Zaken en Klimaat", portfolio="Economische Zaken en Klimaat"),
    D("6 april", "2023-04-06", occ=2),
    D("najaar van 2023", "2023-FA"),
    M("minister van EZK", portfolio="EZK"),
    M("minister voor Langdurige Zorg en Sport", portfolio="Langdurige Zorg en Sport"),
    M("minister voor Rechtsbescherming", portfolio="Rechtsbescherming"),
    D("20 april 2023", "2023-04-20"),
    R("Kamerstukken II, 2022/23, 36 200 VIII, nr. 216", "kamerstuk", "36200VIII", "216"),
    R("Kamerstukken II, 2022/23, 36 200 VIII, nr. 22", "kamerstuk", "36200VIII", "22"),
    R("2023D17033", "other"),
    D("zomer van 2023", "2023-SU"),
    M(f"staatssecretaris van {OCW}", "Gunay Uslu", "staatssecretaris", OCW),
    M("Gunay Uslu", "Gunay Uslu", "staatssecretaris", OCW),
    R("31461", "kamerstuk", "31461"),
]
