"""The order of the stages, in one place.

read -> clean -> structure work on text (before a Doc exists); the Doc stages are spaCy
components added in this order; record assembles the output.
"""

from __future__ import annotations

TEXT_STAGES: tuple[str, ...] = ("read", "clean", "structure")

# stage name -> registered spaCy factory
DOC_STAGES: tuple[tuple[str, str], ...] = (
    ("sentences", "kamerbrief_sentences"),
    ("amounts", "kamerbrief_amounts"),
    ("dates", "kamerbrief_dates"),
    ("references", "kamerbrief_references"),
    ("ministers", "kamerbrief_ministers"),
    ("programmes", "kamerbrief_programmes"),
    ("resolve", "kamerbrief_resolve"),
)

STAGES: tuple[str, ...] = (*TEXT_STAGES, *(name for name, _ in DOC_STAGES), "record")


def stages_until(until: str | None) -> tuple[str, ...]:
    if until is None:
        return STAGES
    if until not in STAGES:
        raise ValueError(f"unknown stage {until!r}; stages are: {', '.join(STAGES)}")
    return STAGES[: STAGES.index(until) + 1]
