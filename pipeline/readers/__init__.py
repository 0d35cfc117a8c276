"""Stage 1, read: bytes of any supported format -> `Letter`.

The format is detected from the content (magic bytes), the extension only breaks ties.
Each format is one module exposing `read_<format>(data, *, name, limits) -> Letter`;
adding a format means adding a module and a line to `_READERS`.
"""

from __future__ import annotations

import importlib
import io
import zipfile
from pathlib import Path

from .base import Block, Letter, Limits, ReadError, TableCell, TableLayout

__all__ = [
    "Block", "Letter", "Limits", "ReadError", "TableCell", "TableLayout",
    "detect_format", "read_bytes", "read_path",
]

# format -> (module, function)
_READERS: dict[str, tuple[str, str]] = {
    "txt": ("text", "read_text"),
    "md": ("text", "read_text"),
    "pdf": ("pdf", "read_pdf"),
    "docx": ("docx", "read_docx"),
    "odt": ("odt", "read_odt"),
    "xml": ("ob_xml", "read_ob_xml"),
    "html": ("ob_html", "read_ob_html"),
}


def detect_format(data: bytes, name: str = "") -> str:
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF") or b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(b"PK\x03\x04"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                names = set(zf.namelist())
                if "word/document.xml" in names:
                    return "docx"
                if "content.xml" in names:
                    return "odt"
        except zipfile.BadZipFile as exc:
            raise ReadError(f"corrupt zip container: {exc}") from exc
        raise ReadError("zip file that is neither DOCX nor ODT")
    lowered = head[:512].lower()
    if lowered.startswith(b"\xef\xbb\xbf"):
        lowered = lowered[3:]
    if lowered.startswith(b"<!doctype html") or lowered.startswith(b"<html") or (
        b"<html" in lowered and not lowered.startswith(b"<?xml")
    ):
        return "html"
    if lowered.startswith(b"<?xml") or lowered.startswith(b"<"):
        return "html" if b"<html" in lowered else "xml"
    suffix = Path(name).suffix.lower()
    return "md" if suffix in {".md", ".markdown"} else "txt"


def read_bytes(data: bytes, *, name: str, limits: Limits | None = None) -> Letter:
    limits = limits or Limits()
    if len(data) > limits.max_bytes:
        raise ReadError(f"file is {len(data)} bytes, over the limit of {limits.max_bytes}")
    fmt = detect_format(data, name)
    module_name, func_name = _READERS[fmt]
    try:
        module = importlib.import_module(f"{__name__}.{module_name}")
    except ModuleNotFoundError as exc:
        raise ReadError(f"no reader available for {fmt}: {exc}") from exc
    reader = getattr(module, func_name)
    letter: Letter = reader(data, name=name, limits=limits)
    return letter


def read_path(path: Path, limits: Limits | None = None) -> Letter:
    return read_bytes(path.read_bytes(), name=path.name, limits=limits)
