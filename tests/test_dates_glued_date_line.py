"""A conversion that glued the day to its month still gives the letter's date."""

from __future__ import annotations

import datetime as dt

from pipeline.api import process
from pipeline.structure import parse_dutch_date


def test_parse_glued_day() -> None:
    assert parse_dutch_date("14november 2019") == dt.date(2019, 11, 14)
    assert parse_dutch_date("3 maart 2026") == dt.date(2026, 3, 3)


def test_kamerstuk_date_line_with_glued_day() -> None:
    text = (
        "31 234 Voorbeelddossier\n\nNr. 12 BRIEF VAN DE MINISTER VAN FINANCIËN\n\n"
        "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 14november 2019\n\n"
        "Op 2 oktober heeft de vaste commissie voor Financiën gevraagd om een overzicht van de stand "
        "van zaken rond de regeling.\n"
    )
    record = process(text)
    assert str(record.meta.date) == "2019-11-14"
    dates = {(e.text, e.norm.value) for e in record.entities if e.label == "DATE"}
    assert ("14november 2019", "2019-11-14") in dates
    assert ("2 oktober", "2019-10-02") in dates
