# 001: VROM Beleidsbrief Bodem (2003; PDF-to-markdown by the source repo; date line empty).
# Long letter: annotated extent = start of the file to the end of footnote 8 (~15.8k chars).
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from anchor import A, D, M, P, R  # noqa: E402,F401

ID = "001"
SOURCE = "../shared/corpus/letters/001.md"
OUTPUT = "corpus-text"
SPLIT = "dev"
EXTENT = "niet mag verslechteren"          # end of footnote 8
VROM = "Volkshuisvesting, Ruimtelijke Ordening en Milieubeheer"
META = {
    "date": None,                            # "Datum" is empty in the text
    "reference": "BWL/2003 096 250",
    "subject": "Beleidsbrief Bodem",         # title in the Betreft position (no "Betreft" label)
    "sender": None,                          # letterhead names only the DG and directie
    "signatories": [{"name": "P.L.B.A. van Geel", "role": "staatssecretaris", "portfolio": VROM}],
}
REGIONS = [
    ("Geachte Voorzitter,", "niet mag verslechteren"),
    ("In de Ruimtelijke Verkenningen 2000", "aan nieuwe gebruikseisen.", "single"),
    ("De TCB adviseert", "in tijd en ruimte.", "single"),
    ("Tenslotte is de Europese Commissie thans", "op 19 november 2003.", "single"),
]
CUT_BEFORE = r"\x01\x02|\(\^\d+\)"        # list items and footnotes run on in one line
CUT = [
    "Geachte Voorzitter,|",
    "op verontreiniging** |We zijn",
    "Bodembescherming** |Een tweede",
    "Kennis en informatie** |Kennis van",
    "gesteld_._|",
]
NOSPLIT = [
    ("Ruimtelijke Verkenningen 2000.", 1),    # footnote 5: title. subtitle (date)
    "**1.1", "**1.2", "**1.3", "**1.5", "**1.6", "**2.1",   # section numbers, not sentence ends
]
DROP = ["In de Ruimtelijke Verkenningen 2000", "De TCB adviseert"]
DROP_START = ["5 is gewezen", "6 tenslotte", "Tenslotte is de Europese Commissie thans",
              "ontwikkelen 7"]
SPANS = [
    R("BWL/2003 096 250", "kenmerk"),
    M("Minister van Landbouw, Natuur en Voedselkwaliteit",
      portfolio="Landbouw, Natuur en Voedselkwaliteit"),
    M("Staatssecretaris van Verkeer en Waterstaat", role="staatssecretaris",
      portfolio="Verkeer en Waterstaat"),
    R("Kamerstukken II, 2002-2003, 28663, nr. 1", "kamerstuk", "28663", "1"),
    D("2003", "2003", occ=5),          # footnote 3 "(2003)"; "Milieubalans 2003" is a title
    D("juni 2001", "2001-06", occ="all"),
    D("2003", "2003", occ=6),          # footnote 6 "(A33; 2003)"
    D("2005", "2005"),
    D("2004", "2004"),
    {**D("25 juni 2002", "2002-06-25"), "loose": True},   # "2002en": missing space
    D("19 november 2003", "2003-11-19"),
    R("COM 2002-179", "other"),
]
