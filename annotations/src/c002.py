# 002: LNV, Voortgang stikstofproblematiek, 7 februari 2020 (PDF, 10 pp.). DEV split: the
# engineer who built the amount rules looked at this letter.
# Extent: letterhead to the end of the paragraph after the list of new measures.
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from anchor import A, D, M, P, R  # noqa: E402,F401

ID = "002"
SOURCE = "../shared/corpus/letters/002.pdf"
OUTPUT = "corpus-pdf-docx"
SPLIT = "dev"
EXTENT = "kabinet naar kringlooplandbouw."
LNV = "Landbouw, Natuur en Voedselkwaliteit"
META = {
    "date": "2020-02-07",
    "reference": "DGA-DAD / 20032998",
    "subject": "Voortgang stikstofproblematiek: maatregelen landbouw en verdere impuls "
               "gebiedsgerichte aanpak",
    "sender": None,  # side column starts with the directoraat-generaal
    "signatories": [{"name": "Carola Schouten", "role": "minister", "portfolio": LNV}],
}
INLINE_FOOTNOTES = True
# the framed timeline "Voortgang aanpak stikstofproblematiek" is a table: no sentences
REGIONS = [
    ("Geachte Voorzitter,", "langjarig geld voor natuurherstel en -verbetering.", "paras"),
    ("In deze brief staan de volgende", "kabinet naar kringlooplandbouw.", "paras"),
]
PAS = "Programma Aanpak Stikstof"
SPANS = [
    R("DGA-DAD / 20032998", "kenmerk", occ=1),
    D("7 februari 2020", "2020-02-07"),
    D("november 2019", "2019-11"),
    D("maart 2020", "2020-03", occ=1),
    R("Kamerstuk 35 334, nr. 1", "kamerstuk", "35334", "1"),
    D("16 december 2019", "2019-12-16"),
    # "In het voorjaar" without a year: not annotated (GUIDELINES: seasons without a year)
    D("2030", "2030", occ=1),
    # Voorjaarsnota (document), Klimaatakkoord (agreement): not PROGRAMME
    # timeline (table)
    D("Mei 2019", "2019-05"),
    P(PAS, acronym="PAS"),
    P("PAS", PAS, "PAS"),
    D("Sept 2019", "2019-09"),
    D("Okt 2019", "2019-10", occ=1),
    D("Okt 2019", "2019-10", occ=2),
    A("€ 500 miljoen", "500e6"),
    A("€ 250\nmiljoen", "250e6"),
    D("Nov 2019", "2019-11"),
    D("maart 2020", "2020-03", occ=2),
    P("MIRT", acronym="MIRT"),  # "7 MIRT-projecten": Meerjarenprogramma Infrastructuur, …
    D("Dec 2019", "2019-12"),
    D("Feb 2020", "2020-02", occ=1),
    D("Feb 2020", "2020-02", occ=2),
    # the letter defines the acronym later, past the extent: "Subsidiemodules brongerichte
    # verduurzaming stal- en managementmaatregelen (Sbv)"; the first long form stays the name
    P("Subsidiemodule brongerichte verduurzaming stal en\nmanagementmaatregelen",
      "Subsidiemodule brongerichte verduurzaming stal en managementmaatregelen", acronym="Sbv"),
    D("Feb/Mrt 2020", "2020-02/2020-03"),
    D("Voorjaar 2020", "2020-SP", occ=1),
    D("Voorjaar 2020", "2020-SP", occ=2),
    D("Voorjaar 2020", "2020-SP", occ=3),
    D("2030", "2030", occ=2),
    D("zomer 2020", "2020-SU"),           # "Voor zomer 2020": preposition outside
    D("Zomer 2020", "2020-SU", occ=1),
    D("Zomer 2020", "2020-SU", occ=2),
    P("Grondbank"),
    # new measures; "omschakelfonds" is unnamed (lower case)
    A("€ 350 miljoen", "350e6"),
    A("€ 172 miljoen", "172e6"),
]
