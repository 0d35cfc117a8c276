"""The typed output of the pipeline: one `Record` per letter, one `ErrorRecord` per failure.

Field, label and `norm` names follow ../shared/ANNOTATION.md so that a record and a gold line
can be compared directly. Every `start`/`end` is a code-point offset into `Record.text`, the
letter's original text (the file as decoded, or the reader's output for PDF/DOCX/ODT/XML/HTML).
The JSON Schema (`pipeline schema`) is generated from these models.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field

Label = Literal["AMOUNT", "MINISTER", "PROGRAMME", "DATE", "REFERENCE"]
LABELS: tuple[str, ...] = ("AMOUNT", "MINISTER", "PROGRAMME", "DATE", "REFERENCE")


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class AmountNorm(_Model):
    value: str | None = Field(description="Exact decimal in units of the currency; null for ranges.")
    currency: str = Field(description="ISO 4217 code.")
    approximate: bool = False
    qualifier: str | None = Field(default=None, description="The hedge as written (ca., ruim…).")
    low: str | None = None
    high: str | None = None
    per: Literal["year"] | None = None


class MinisterNorm(_Model):
    name: str | None = None
    role: str | None = None
    portfolio: str | None = None
    person: str | None = Field(default=None, description="Resolved person for a role mention.")


class ProgrammeNorm(_Model):
    name: str
    acronym: str | None = None


class DateNorm(_Model):
    value: str | None = Field(description="ISO style at the expression's granularity.")
    mod: Literal["START", "MID", "END"] | None = None


class ReferenceNorm(_Model):
    kind: Literal["kamerstuk", "motie", "kenmerk", "other"]  # ANNOTATION.md: a Handelingen citation is other
    dossier: str | None = None
    number: str | None = None
    id: str | None = None


class _EntityBase(_Model):
    start: int
    end: int
    text: str


class AmountEntity(_EntityBase):
    label: Literal["AMOUNT"] = "AMOUNT"
    norm: AmountNorm


class MinisterEntity(_EntityBase):
    label: Literal["MINISTER"] = "MINISTER"
    norm: MinisterNorm


class ProgrammeEntity(_EntityBase):
    label: Literal["PROGRAMME"] = "PROGRAMME"
    norm: ProgrammeNorm


class DateEntity(_EntityBase):
    label: Literal["DATE"] = "DATE"
    norm: DateNorm


class ReferenceEntity(_EntityBase):
    label: Literal["REFERENCE"] = "REFERENCE"
    norm: ReferenceNorm


Entity = Annotated[
    AmountEntity | MinisterEntity | ProgrammeEntity | DateEntity | ReferenceEntity,
    Field(discriminator="label"),
]

NORM_MODELS: dict[str, type[_Model]] = {
    "AMOUNT": AmountNorm,
    "MINISTER": MinisterNorm,
    "PROGRAMME": ProgrammeNorm,
    "DATE": DateNorm,
    "REFERENCE": ReferenceNorm,
}


class Signatory(_Model):
    name: str | None
    role: str | None
    portfolio: str | None


class Meta(_Model):
    date: dt.date | None = None
    reference: str | None = None
    subject: str | None = None
    sender: str | None = None
    addressee: str | None = None
    copy_to: str | None = None
    signatories: list[Signatory] = Field(default_factory=list)
    ob_id: str | None = Field(default=None, description="officielebekendmakingen id (kst-…).")
    meta_source: Literal["letter", "metadata"] = Field(
        default="letter",
        description="'metadata' when fields came from the publication's own metadata.",
    )


class TextSpan(_Model):
    start: int
    end: int
    text: str


class Region(_Model):
    kind: Literal[
        "letterhead", "body", "closing", "signature", "footnotes", "table", "furniture", "annex"
    ]
    start: int
    end: int


class Footnote(_Model):
    number: str
    start: int
    end: int
    text: str


class Cell(_Model):
    start: int | None
    end: int | None
    text: str


class Table(_Model):
    start: int
    end: int
    rows: list[list[Cell]]


class Record(_Model):
    id: str
    source: str
    sha256: str
    format: str
    encoding: str | None = None
    pipeline_version: str
    base_model: str
    meta: Meta
    text: str = Field(description="The original text every offset points into.")
    body: str = Field(description="The cleaned body of the letter, salutation to closing.")
    regions: list[Region] = Field(default_factory=list)
    sentences: list[TextSpan] = Field(default_factory=list)
    entities: list[Entity] = Field(default_factory=list)
    footnotes: list[Footnote] = Field(default_factory=list)
    tables: list[Table] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)
    timings: dict[str, float] | None = Field(
        default=None, description="Seconds per stage; only with --timings (keeps output deterministic)."
    )


class ErrorRecord(_Model):
    id: str
    source: str
    stage: str
    message: str


def record_json_schema() -> dict:
    return Record.model_json_schema()
