"""Per-letter limits: every oversized, hostile, corrupt or locked file is one error record
naming the reason, and the batch goes on."""

from __future__ import annotations

import hashlib
import io
import json
import struct
import time
import zipfile
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app
from pipeline.processor import Item, Processor
from pipeline.readers import Limits, ReadError
from pipeline.readers._safety import check_zip, read_member
from pipeline.records import ErrorRecord, Record

GOOD = "Geachte voorzitter,\n\nHet kabinet trekt € 5 miljoen uit voor dit doel.\n\nHoogachtend,\n"


def _run(processor: Processor, bad: Item) -> ErrorRecord:
    """Process `bad` between two good letters; the good ones must come through."""
    items = [Item(id="before", source="before.txt", text=GOOD), bad]
    items.append(Item(id="after", source="after.txt", text=GOOD))
    before, error, after = processor.process(items)
    assert isinstance(before, Record) and isinstance(after, Record)
    assert isinstance(error, ErrorRecord), error
    assert error.id == bad.id and error.stage == "read"
    return error


def _zip(members: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as zf:
        for name, content in members.items():
            zf.writestr(name, content)
    return buffer.getvalue()


def _declare_size(data: bytes, member: str, size: int) -> bytes:
    """Rewrite the central-directory entry of `member` to declare `size` uncompressed bytes."""
    out = bytearray(data)
    at = out.find(b"PK\x01\x02")
    while at != -1:
        (length,) = struct.unpack("<H", out[at + 28 : at + 30])
        if out[at + 46 : at + 46 + length] == member.encode():
            out[at + 24 : at + 28] = struct.pack("<I", size)
        at = out.find(b"PK\x01\x02", at + 4)
    return bytes(out)


ODT_MIME = b"application/vnd.oasis.opendocument.text"
CONTENT = (
    b'<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"'
    b' xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"><office:body><office:text>'
    b"<text:p>Geachte voorzitter,</text:p></office:text></office:body></office:document-content>"
)


def test_oversized_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "groot.txt"
    path.write_text(GOOD * 200, encoding="utf-8")
    processor = Processor(model="blank:nl", until="structure", limits=Limits(max_bytes=1000))
    error = _run(processor, Item(id="groot", source=str(path), path=path))
    assert error.message == f"file is {path.stat().st_size} bytes, over the limit of 1000"
    error = _run(processor, Item(id="bytes", source="groot.txt", data=path.read_bytes()))
    assert "over the limit of 1000" in error.message


def test_zip_bomb_declared_size():
    bomb = _zip({"mimetype": ODT_MIME, "content.xml": CONTENT})
    bomb = _declare_size(bomb, "content.xml", 0xFFFFFFF0)
    processor = Processor(model="blank:nl", until="structure")
    error = _run(processor, Item(id="bomb", source="bom.odt", data=bomb))
    assert "zip bomb" in error.message
    assert f"unpack to {0xFFFFFFF0 + len(ODT_MIME)} bytes" in error.message
    docx = _zip({"word/document.xml": b"<w:document/>"})
    docx = _declare_size(docx, "word/document.xml", 0xFFFFFFF0)
    with pytest.raises(ReadError, match="zip bomb"):
        check_zip(docx, Limits())


def test_zip_bomb_real_expansion():
    """5 MB of zeros compress to a few KB; with a 1 MB unzip limit the ODT is refused."""
    data = _zip({"mimetype": ODT_MIME, "content.xml": CONTENT + b" " * 5_000_000})
    assert len(data) < 50_000
    limits = Limits(max_unzipped_bytes=1_000_000)
    processor = Processor(model="blank:nl", until="structure", limits=limits)
    error = _run(processor, Item(id="bomb", source="bom.odt", data=data))
    assert "over the limit of 1000000" in error.message
    with zipfile.ZipFile(io.BytesIO(data)) as zf, pytest.raises(ReadError, match="unpacks to more"):
        read_member(zf, "content.xml", limits)


def test_corrupt_zip_and_encrypted_odt():
    processor = Processor(model="blank:nl", until="structure")
    broken = _zip({"mimetype": ODT_MIME, "content.xml": CONTENT})[:-30]
    assert "corrupt zip" in _run(processor, Item(id="z", source="kapot.odt", data=broken)).message
    manifest = (
        b'<manifest:manifest><manifest:encryption-data manifest:checksum="x"/></manifest:manifest>'
    )
    locked = _zip(
        {"mimetype": ODT_MIME, "content.xml": b"\x8f\x00", "META-INF/manifest.xml": manifest}
    )
    assert (
        "password-protected"
        in _run(processor, Item(id="o", source="slot.odt", data=locked)).message
    )
    ole = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 2048  # how Word stores an encrypted .docx
    assert (
        "password-protected" in _run(processor, Item(id="d", source="slot.docx", data=ole)).message
    )


def test_corrupt_pdf():
    processor = Processor(model="blank:nl", until="structure")
    data = b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R\nthis is not a pdf anymore\n"
    error = _run(processor, Item(id="pdf", source="kapot.pdf", data=data))
    assert "pdf" in error.message.lower()


def _rc4(key: bytes, data: bytes) -> bytes:
    box = list(range(256))
    j = 0
    for i in range(256):
        j = (j + box[i] + key[i % len(key)]) % 256
        box[i], box[j] = box[j], box[i]
    out, i, j = bytearray(), 0, 0
    for byte in data:
        i = (i + 1) % 256
        j = (j + box[i]) % 256
        box[i], box[j] = box[j], box[i]
        out.append(byte ^ box[(box[i] + box[j]) % 256])
    return bytes(out)


_PAD = bytes.fromhex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A")


def _locked_pdf(user: bytes, owner: bytes) -> bytes:
    """A PDF encrypted with the standard security handler (rev. 2, RC4 40-bit) whose user
    password is not empty: no reader can open it without the password (PDF 1.7, 7.6.3)."""
    file_id = hashlib.md5(b"kamerbrief").digest()
    o_value = _rc4(hashlib.md5((owner + _PAD)[:32]).digest()[:5], (user + _PAD)[:32])
    permissions = -4
    key = hashlib.md5(
        (user + _PAD)[:32] + o_value + struct.pack("<i", permissions) + file_id
    ).digest()[:5]
    u_value = _rc4(key, _PAD)
    content = _rc4(
        hashlib.md5(key + b"\x04\x00\x00\x00\x00").digest()[:10],
        b"BT /F1 12 Tf 72 720 Td (Geheim) Tj ET",
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>",
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Filter /Standard /V 1 /R 2 /O <"
        + o_value.hex().encode()
        + b"> /U <"
        + u_value.hex().encode()
        + b"> /P %d >>" % permissions,
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R /Encrypt 5 0 R /ID [<%s> <%s>] >>\n" % (
        len(objects) + 1,
        file_id.hex().encode(),
        file_id.hex().encode(),
    )
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def test_password_protected_pdf():
    processor = Processor(model="blank:nl", until="structure")
    data = _locked_pdf(b"geheim", b"eigenaar")
    import pdfplumber

    with pdfplumber.open(io.BytesIO(data), password="geheim") as pdf:  # a valid locked PDF
        assert "Geheim" in pdf.pages[0].extract_text()
    error = _run(processor, Item(id="slot", source="slot.pdf", data=data))
    assert "encrypt" in error.message.lower() or "password" in error.message.lower()


def test_time_budget(monkeypatch):
    from pipeline.readers import text

    def slow(data: bytes, *, name: str, limits: Limits):  # a reader stuck on one letter
        time.sleep(5)
        raise AssertionError("the budget should have stopped this")

    monkeypatch.setattr(text, "read_text", slow)
    processor = Processor(
        model="blank:nl", until="structure", limits=Limits(seconds_per_letter=0.3)
    )
    started = time.perf_counter()
    (error,) = processor.process([Item(id="traag", source="traag.txt", data=GOOD.encode())])
    assert time.perf_counter() - started < 2
    assert isinstance(error, ErrorRecord)
    assert error.message == "time budget of 0.3 s exceeded"


def test_cli_limit_options(tmp_path: Path):
    letters = tmp_path / "in"
    letters.mkdir()
    (letters / "klein.txt").write_text(GOOD, encoding="utf-8")
    (letters / "groot.txt").write_text(GOOD * 50, encoding="utf-8")
    out, errors = tmp_path / "out.jsonl", tmp_path / "errors.jsonl"
    result = CliRunner().invoke(
        app,
        [
            "run",
            str(letters),
            "-o",
            str(out),
            "--errors",
            str(errors),
            "--until",
            "structure",
            "--max-bytes",
            "500",
            "--max-pages",
            "10",
            "--time-budget",
            "30",
        ],
    )
    assert result.exit_code == 1, result.output
    assert [json.loads(line)["id"] for line in out.read_text().splitlines()] == ["klein"]
    (error,) = [json.loads(line) for line in errors.read_text().splitlines()]
    assert error["id"] == "groot" and "over the limit of 500" in error["message"]
