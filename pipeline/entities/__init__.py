"""Entity stages: each module registers one spaCy factory that adds `Mention`s to `Doc._.mentions`."""

from . import amounts, dates, ministers, programmes, references, resolve

__all__ = ["amounts", "dates", "ministers", "programmes", "references", "resolve"]
