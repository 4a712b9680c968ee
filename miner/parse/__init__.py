"""Document parsing: PDFs (PyMuPDF) and JATS XML into one ``ParsedDocument``.

Public surface::

    parse_path(path, *, time_limit_s=60.0) -> ParsedDocument   # sniffs PDF vs XML
    parse_pdf(source, *, name=None, time_limit_s=60.0) -> ParsedDocument
    parse_jats(source, *, name=None) -> ParsedDocument

Every failure is a ``miner.errors.ParseError`` whose message is one line naming
the file and whose ``reason`` is one of: empty, not_pdf, encrypted, corrupt,
truncated, timeout, too_large, no_text.

Text is normalised the same way for both formats (ligatures spelled out, one
micro sign ``µ`` U+00B5, superscript exponents as ``10^9``; see ``miner.parse._text``).
"""

from __future__ import annotations

from pathlib import Path

from miner.errors import ParseError
from miner.parse._jats import MAX_XML_BYTES, parse_jats
from miner.parse._pdf import MAX_BYTES, MAX_PAGES, parse_pdf
from miner.parse._text import MICRO, normalize
from miner.parse.model import BlockKind, ParsedDocument, SectionKind

__all__ = [
    "MAX_BYTES",
    "MAX_PAGES",
    "MAX_XML_BYTES",
    "MICRO",
    "BlockKind",
    "ParsedDocument",
    "SectionKind",
    "normalize",
    "parse_jats",
    "parse_path",
    "parse_pdf",
    "sniff",
]


def sniff(head: bytes) -> str | None:
    """``"pdf"``, ``"jats"`` or None from the first bytes of a file."""
    if b"%PDF-" in head[:1024]:
        return "pdf"
    text = head.lstrip(b"\xef\xbb\xbf \t\r\n")
    if text.startswith(b"<") and (
        b"<article" in head or b"JATS" in head or b"<!DOCTYPE article" in head
    ):
        return "jats"
    return None


def parse_path(path: str | Path, *, time_limit_s: float = 60.0) -> ParsedDocument:
    """Parse a PDF or JATS/NXML file, deciding by its content rather than its extension.

    Raises:
        ParseError: unreadable or unsupported content (``reason`` says why).
        FileNotFoundError: no such file.
    """
    path = Path(path)
    with path.open("rb") as fh:
        head = fh.read(4096)
    kind = sniff(head)
    if kind == "pdf":
        return parse_pdf(path, time_limit_s=time_limit_s)
    if kind == "jats":
        return parse_jats(path)
    if not head:
        raise ParseError(f"{path.name}: empty file (0 bytes)", path=path.name, reason="empty")
    if path.suffix.lower() in (".xml", ".nxml"):
        return parse_jats(path)
    raise ParseError(f"{path.name}: not a PDF or JATS XML file", path=path.name, reason="not_pdf")
