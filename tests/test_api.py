"""The public Python surface of `import pipeline` (pipeline/api.py)."""

from __future__ import annotations

import subprocess
import sys
from decimal import Decimal
from pathlib import Path

import pytest

import pipeline
from pipeline.records import ErrorRecord, Record
from pipeline.runner import dumps

from .conftest import CORPUS, SEED_2026
from .feed_records import amounts_of, seed_2026_by_hand


def test_import_is_cheap_and_the_surface_is_documented() -> None:
    code = (
        "import sys, pipeline; heavy = ('spacy', 'pandas', 'sqlalchemy', 'pydantic'); "
        "print(sorted(m for m in heavy if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
    for name in ("process", "process_many", "read_records", "load_nlp", "to_frames", "Record"):
        assert name in pipeline.__all__ and name in (pipeline.__doc__ or "")


def test_process_a_path_or_a_text(seed_2026: Record) -> None:
    # the API function is not shadowed by the module that holds the Processor
    assert "pipeline.processor" in sys.modules
    record = pipeline.process(SEED_2026)
    assert isinstance(record, Record)
    assert record.model_dump(exclude={"source"}) == seed_2026.model_dump(exclude={"source"})
    assert pipeline.process(str(SEED_2026)).sha256 == record.sha256
    text = "Geachte voorzitter,\n\nDe kosten bedragen 365 miljoen.\n\nHoogachtend,"
    from_text = pipeline.process(text)
    assert from_text.text == text and from_text.source == "<text>"
    assert [s.text for s in from_text.sentences] == [
        "Geachte voorzitter,",
        "De kosten bedragen 365 miljoen.",
        "Hoogachtend,",
    ]


def test_process_raises_for_a_letter_that_fails(tmp_path: Path) -> None:
    with pytest.raises(pipeline.ProcessingError) as caught:
        pipeline.process(tmp_path / "missing.pdf")
    assert caught.value.error.stage == "read" and "missing.pdf" in caught.value.error.message


def test_process_many_yields_records_and_error_records_in_order(
    seed_2022: Record, seed_2026: Record
) -> None:
    results = list(pipeline.process_many([CORPUS, "no/such/letter.txt"]))
    assert [type(r) for r in results] == [Record, Record, ErrorRecord]
    assert [r.id for r in results[:2]] == [seed_2022.id, seed_2026.id]
    assert results[2].stage == "read"
    parallel = list(pipeline.process_many([CORPUS, "no/such/letter.txt"], workers=2))
    assert [dumps(r) for r in parallel] == [dumps(r) for r in results]


def test_read_records_validates(tmp_path: Path, seed_2026: Record) -> None:
    path = tmp_path / "out.jsonl"
    path.write_text(dumps(seed_2026) + "\n", encoding="utf-8")
    assert list(pipeline.read_records(path)) == [seed_2026]
    path.write_text(dumps(seed_2026) + '\n{"id": "x"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match="line 2"):
        list(pipeline.read_records(path))


def test_to_frames_types_and_a_sum_per_programme(seed_2026: Record) -> None:
    by_hand = seed_2026_by_hand(seed_2026)
    frames = pipeline.to_frames(
        [by_hand, ErrorRecord(id="x", source="x", stage="read", message="m")]
    )
    assert list(frames.letters["id"]) == [by_hand.id]
    assert str(frames.letters["date"].dtype).startswith("datetime64")
    assert frames.letters["date"][0].date().isoformat() == "2026-07-02"
    assert list(frames.signatories["name"]) == ["Dilan Yeşilgöz-Zegerius"]
    assert len(frames.sentences) == len(by_hand.sentences)
    amounts = frames.entities[frames.entities.label == "AMOUNT"]
    assert list(amounts.amount_value) == amounts_of(by_hand)
    assert all(isinstance(v, Decimal) for v in amounts.amount_value)
    q3 = frames.entities[frames.entities.text == "Q3 2026"].iloc[0]
    assert (q3.date_granularity, q3.date_start.date().isoformat()) == ("quarter", "2026-07-01")
    # the README's example: amounts in the same sentence as a programme, summed per programme
    ent = frames.entities
    programmes = ent[ent.label == "PROGRAMME"][["letter_id", "sentence", "programme_name"]]
    amounts = ent[ent.label == "AMOUNT"][["letter_id", "sentence", "amount_value"]]
    in_sentence = amounts.merge(programmes.drop_duplicates(), on=["letter_id", "sentence"])
    per_programme = in_sentence.groupby("programme_name")["amount_value"].sum()
    assert per_programme.to_dict() == {
        "Europese Vredesfaciliteit": Decimal("6000000000"),
        "Prioritised Ukraine Requirements List": Decimal("500000000"),
        "Ukraine Comprehensive Assistance Package": Decimal("179000000"),
    }


def test_load_nlp_gives_docs_displacy_can_render(seed_2026: Record) -> None:
    from spacy import displacy

    nlp = pipeline.load_nlp()
    assert nlp.pipe_names[-1] == "kamerbrief_ents"
    doc = nlp(SEED_2026.read_text(encoding="utf-8"))
    assert doc._.letter is not None and doc._.letter.letter_date.isoformat() == "2026-07-02"
    assert len(doc._.sentences) == len(seed_2026.sentences)
    assert sorted(e.label_ for e in doc.ents) == sorted(e.label for e in seed_2026.entities)
    # an ent is its mention widened to whole tokens ("PURL" in "PURL-bijdrage")
    for ent in doc.ents:
        assert any(
            ent.start_char <= m.start < m.end <= ent.end_char and m.label == ent.label_
            for m in doc._.mentions
        )
    html = displacy.render(doc, style="ent", page=False)
    assert "Geachte voorzitter" in html
