"""Plain text and markdown: the decoded file is the text, nothing else is done to it."""

from __future__ import annotations

from .base import Letter, Limits, ReadError

_BOM = b"\xef\xbb\xbf"


def _looks_binary(data: bytes) -> bool:
    sample = data[:4096]
    if b"\x00" in sample:
        return True
    controls = sum(1 for b in sample if b < 9 or 13 < b < 32)
    return controls > len(sample) // 20


def decode(data: bytes, *, name: str) -> tuple[str, str]:
    """Decode UTF-8 (BOM stripped) or fall back to cp1252, then latin-1; return (text, encoding)."""
    if not data.strip():
        raise ReadError("empty file")
    if _looks_binary(data):
        raise ReadError("binary content, not a text letter")
    if data.startswith(_BOM):
        return data[len(_BOM):].decode("utf-8"), "utf-8-sig"
    try:
        return data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        pass
    try:
        return data.decode("cp1252"), "cp1252"
    except UnicodeDecodeError:
        return data.decode("latin-1"), "latin-1"


def read_text(data: bytes, *, name: str, limits: Limits) -> Letter:
    text, encoding = decode(data, name=name)
    if not text.strip():
        raise ReadError("empty file")
    fmt = "md" if name.lower().endswith((".md", ".markdown")) else "txt"
    return Letter(text=text, format=fmt, encoding=encoding)
