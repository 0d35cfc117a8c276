"""Guards for untrusted input shared by the readers: zip bombs, hostile XML, runaway letters.

Every guard raises `ReadError` with the reason, so a hostile or broken file becomes one error
record and the batch goes on.
"""

from __future__ import annotations

import io
import re
import signal
import threading
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from types import FrameType

from lxml import etree, html

from .base import Limits, ReadError

# A DTD that declares entities is how billion-laughs and external-entity attacks start;
# letters never need one, so such a document is refused before any parser sees it.
_ENTITY_DECL = re.compile(rb"<!ENTITY", re.IGNORECASE)
_DOCTYPE = re.compile(rb"<!DOCTYPE[^>\[]*\[", re.IGNORECASE)


def check_zip(data: bytes, limits: Limits) -> zipfile.ZipFile:
    """Open a DOCX/ODT container after checking what it would unpack to.

    Refuses a corrupt archive, an encrypted member, and a total declared uncompressed size
    over `limits.max_unzipped_bytes` (the zip-bomb guard; `read_member` also stops reading
    at that size in case a member lies about its size)."""
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        members = zf.infolist()
    except (zipfile.BadZipFile, OSError, ValueError) as exc:
        raise ReadError(f"corrupt zip container: {exc}") from exc
    if any(m.flag_bits & 0x1 for m in members):
        raise ReadError("password-protected (encrypted) document")
    total = sum(m.file_size for m in members)
    if total > limits.max_unzipped_bytes:
        raise ReadError(
            f"zip parts unpack to {total} bytes, over the limit of {limits.max_unzipped_bytes}"
            " (zip bomb?)"
        )
    return zf


def read_member(zf: zipfile.ZipFile, name: str, limits: Limits) -> bytes:
    """One part of a checked container, read in chunks and cut off at the unzip limit."""
    try:
        with zf.open(name) as member:
            chunks: list[bytes] = []
            size = 0
            while chunk := member.read(1 << 20):
                size += len(chunk)
                if size > limits.max_unzipped_bytes:
                    raise ReadError(
                        f"{name} unpacks to more than {limits.max_unzipped_bytes} bytes (zip bomb?)"
                    )
                chunks.append(chunk)
    except KeyError as exc:
        raise ReadError(f"container has no {name}") from exc
    except (zipfile.BadZipFile, OSError, EOFError, ValueError) as exc:  # CRC error, bad deflate
        raise ReadError(f"corrupt zip part {name}: {exc}") from exc
    return b"".join(chunks)


def _refuse_entities(data: bytes) -> None:
    # the whole document, so no padding can push a DTD past the check; in well-formed
    # content a literal "<!ENTITY" can only stand in a DTD (or a CDATA section, never in letters)
    if _ENTITY_DECL.search(data) or _DOCTYPE.search(data):
        raise ReadError(
            "XML declares entities in a DTD (billion laughs / external entity?); refused"
        )


def parse_xml(data: bytes) -> etree._Element:
    """Parse untrusted XML: no DTD entities, no network, no entity expansion, no huge trees."""
    _refuse_entities(data)
    parser = etree.XMLParser(
        resolve_entities=False,
        no_network=True,
        load_dtd=False,
        dtd_validation=False,
        huge_tree=False,
        remove_comments=True,
        remove_pis=True,
    )
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise ReadError(f"malformed XML: {exc}") from exc
    if root is None:
        raise ReadError("empty XML document")
    return root


def parse_html(data: bytes) -> html.HtmlElement:
    """Parse untrusted HTML (lxml's HTML parser never loads a DTD or fetches anything)."""
    _refuse_entities(data)
    parser = html.HTMLParser(
        no_network=True, remove_comments=True, remove_pis=True, huge_tree=False
    )
    try:
        root = html.document_fromstring(data, parser=parser)
    except (etree.ParserError, ValueError) as exc:
        raise ReadError(f"malformed HTML: {exc}") from exc
    return root


@contextmanager
def time_budget(seconds: float | None) -> Iterator[None]:
    """Raise `ReadError` when the block runs longer than `seconds`.

    Uses SIGALRM, so it only acts on the main thread of a Unix process (the CLI and its worker
    processes); elsewhere (threads, Windows) the block runs unguarded."""
    usable = (
        seconds is not None
        and seconds > 0
        and hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
    )
    if not usable:
        yield
        return

    def _expired(signum: int, frame: FrameType | None) -> None:
        raise ReadError(f"time budget of {seconds:g} s exceeded")

    previous = signal.signal(signal.SIGALRM, _expired)
    signal.setitimer(signal.ITIMER_REAL, float(seconds))  # type: ignore[arg-type]
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
