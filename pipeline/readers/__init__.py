"""Stage 1, read: bytes of any supported format -> `Letter`.

The format is detected from the content (magic bytes), the extension only breaks ties.
Each format is one module exposing `read_<format>(data, *, name, limits) -> Letter`;
adding a format means adding a module and a line to `_READERS`.
"""

from __future__ import annotations

import importlib
import inspect
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


_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Compound File: legacy .doc, or an encrypted OOXML
_ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
_TEXT_SUFFIXES = {".txt", ".md", ".markdown"}


def detect_format(data: bytes, name: str = "") -> str:
    head = data[:1024].lstrip()
    if head.startswith(b"%PDF") or b"%PDF-" in data[:1024]:
        return "pdf"
    if data.startswith(_OLE):
        raise ReadError("password-protected (encrypted) or legacy binary Office document")
    if data.startswith(b"PK\x03\x04"):
        return _zip_format(data)
    lowered = head[:2048].lower()
    if lowered.startswith(b"\xef\xbb\xbf"):
        lowered = lowered[3:].lstrip()
    suffix = Path(name).suffix.lower()
    if lowered.startswith((b"<!doctype html", b"<html")):
        return "html"
    # "<?xml" decides; any other "<" start (a markdown letter may open with "<!-- -->") only
    # when the extension does not say text. XHTML declares itself as XML.
    if lowered.startswith(b"<?xml") or (lowered.startswith(b"<") and suffix not in _TEXT_SUFFIXES):
        return "html" if b"<html" in lowered else "xml"
    return "md" if suffix in {".md", ".markdown"} else "txt"


def _zip_format(data: bytes) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            names = set(zf.namelist())
            if "word/document.xml" in names:
                return "docx"
            mimetype = zf.getinfo("mimetype") if "mimetype" in names else None
            # an oversized mimetype is left to the reader's zip-bomb check
            if mimetype is not None and mimetype.file_size <= 256:
                if zf.read(mimetype).strip() != _ODT_MIMETYPE:
                    raise ReadError("OpenDocument file that is not a text document (ODT)")
            if "content.xml" in names:
                return "odt"
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ReadError(f"corrupt zip container: {exc}") from exc
    raise ReadError("zip file that is neither DOCX nor ODT")


def read_bytes(
    data: bytes, *, name: str, limits: Limits | None = None, path: Path | None = None
) -> Letter:
    """`path` (where the bytes came from) lets a reader see sidecar files such as metadata.xml."""
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
    extra = {"path": path} if "path" in inspect.signature(reader).parameters else {}
    letter: Letter = reader(data, name=name, limits=limits, **extra)
    return letter


def read_path(path: Path, limits: Limits | None = None) -> Letter:
    limits = limits or Limits()
    size = path.stat().st_size
    if size > limits.max_bytes:
        raise ReadError(f"file is {size} bytes, over the limit of {limits.max_bytes}")
    return read_bytes(path.read_bytes(), name=path.name, limits=limits, path=path)
