"""PDF -> ParsedDocument with PyMuPDF: guarded opening, page by page, then layout.

Reading a PDF happens in two passes. The first walks the pages (bounded by a
page cap and a per-document time limit) and keeps only light line records; the
second needs the whole document at once for the decisions that compare pages
(running headers, body font size, hyphenated words seen elsewhere) and builds
the blocks in reading order.
"""

from __future__ import annotations

import re
import shutil
import string
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf

from miner.errors import ParseError
from miner.parse import _layout as L
from miner.parse._columns import column_bands, reading_order
from miner.parse._flow import Item, assemble, join_lines
from miner.parse._found import FoundTable
from miner.parse._gcpause import gc_paused
from miner.parse._headings import DOI, assign_sections, is_heading, run_in
from miner.parse._lines import PLine, lines_from_dict
from miner.parse._sections import FIGURE_CAPTION, TABLE_CAPTION
from miner.parse._tables import adopt_page_captions, find_tables, link_continuations
from miner.parse._turn import unturn_box, upright_dict
from miner.parse.model import BBox, Block, BlockKind, ParsedDocument, SectionKind, Table

__all__ = ["MAX_BYTES", "MAX_PAGES", "parse_pdf"]

MAX_BYTES = 200 * 1024 * 1024  # bigger than any article; a bigger file is a scan dump or hostile
MAX_PAGES = 500

# Whitespace as drawn (spaces between spans are meaningful to us), ligatures kept
# so that normalisation is ours and documented, no images (they cost time).
_FLAGS = (
    pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_PRESERVE_LIGATURES | pymupdf.TEXT_MEDIABOX_CLIP
)
_YEAR = re.compile(r"(?:©|Copyright|Published|Volume|Vol\.)\D{0,25}((?:19|20)\d{2})\b")


@dataclass(slots=True)
class _Page:
    number: int
    width: float
    height: float
    lines: list[PLine] = field(default_factory=list)
    rotated: list[PLine] = field(default_factory=list)
    turned: bool = False  # set sideways (a landscape table) and read turned upright
    turn: int = 0  # which quarter turn (upright_dict's "turn"); 0 when not turned


def _name(source: str | Path | bytes, name: str | None) -> str:
    if name:
        return name
    return Path(source).name if isinstance(source, str | Path) else "<bytes>"


def _open(source: str | Path | bytes, name: str, max_bytes: int) -> tuple[pymupdf.Document, bool]:
    """Open with every refusal turned into a ParseError; returns (document, looks_truncated)."""
    if isinstance(source, bytes):
        size = len(source)
        head, tail = source[:1024], source[-2048:]
    else:
        path = Path(source)
        size = path.stat().st_size  # FileNotFoundError is the caller's to report
        with path.open("rb") as fh:
            head = fh.read(1024)
            fh.seek(max(0, size - 2048))
            tail = fh.read()
    if size == 0:
        raise ParseError(f"{name}: empty file (0 bytes)", path=name, reason="empty")
    if size > max_bytes:
        raise ParseError(
            f"{name}: file too large ({size / 1e6:.0f} MB > {max_bytes / 1e6:.0f} MB)",
            path=name,
            reason="too_large",
        )
    if b"%PDF-" not in head:
        raise ParseError(f"{name}: not a PDF (no %PDF header)", path=name, reason="not_pdf")
    truncated = b"%%EOF" not in tail
    try:
        if isinstance(source, bytes):
            doc = pymupdf.open(stream=source, filetype="pdf")
        else:
            doc = pymupdf.open(str(source), filetype="pdf")
    except Exception as exc:  # PyMuPDF raises FileDataError, EmptyFileError or plain RuntimeError
        reason = "truncated" if truncated else "corrupt"
        raise ParseError(f"{name}: {reason} PDF ({exc})", path=name, reason=reason) from exc
    if doc.needs_pass and not doc.authenticate(""):
        doc.close()
        raise ParseError(
            f"{name}: encrypted PDF (password required)", path=name, reason="encrypted"
        )
    if doc.page_count == 0:
        doc.close()
        reason = "truncated" if truncated else "corrupt"
        raise ParseError(f"{name}: {reason} PDF (no readable pages)", path=name, reason=reason)
    return doc, truncated


_ODD = re.compile("[\ue000-\uf8ff\x00-\x1f\ufffd]")
_LETTER = re.compile(r"[^\W\d_]")
_NON_ASCII = re.compile(r"[^\x00-\x7f]+")
_ASCII_CONTROL = bytes(range(0x20))  # what _ODD matches in ASCII text
_ASCII_LETTERS = string.ascii_letters.encode("ascii")  # what _LETTER matches in ASCII text


def _garbled(lines: list[PLine]) -> bool:
    """Text from fonts without a usable Unicode map: private-use or control characters."""
    # Only the first 4000 characters are read: stop joining lines there.
    parts: list[str] = []
    size = 0
    for ln in lines:
        parts.append(ln.text)
        size += len(ln.text)
        if size >= 4000:
            break
    text = "".join(parts)[:4000]
    if len(text) < 50:
        return False
    # Both counts go character by character, so they add up over any split of the
    # text. The ASCII characters (nearly all of a page) are counted by deleting
    # them from bytes, in C: in ASCII, _ODD is the control characters and _LETTER
    # is A-Za-z. The few others are counted by the patterns themselves.
    raw = text.encode("ascii", "ignore")
    odd = len(raw) - len(raw.translate(None, _ASCII_CONTROL))
    letters = len(raw) - len(raw.translate(None, _ASCII_LETTERS))
    if len(raw) < len(text):
        rest = "".join(_NON_ASCII.findall(text))
        odd += len(_ODD.findall(rest))
        # Letters counted as what deleting them removes (one character per match).
        letters += len(rest) - len(_LETTER.sub("", rest))
    return odd > 0.2 * len(text) or letters < 0.3 * len(text)


def _read_pages(doc: pymupdf.Document, name: str, deadline: float, max_pages: int, ocr: bool,
                warnings: list[str]) -> list[_Page]:  # fmt: skip
    if doc.page_count > max_pages:
        raise ParseError(
            f"{name}: too many pages ({doc.page_count} > {max_pages})",
            path=name,
            reason="too_large",
        )
    tesseract = ocr and shutil.which("tesseract") is not None
    pages: list[_Page] = []
    for index in range(doc.page_count):
        if time.monotonic() > deadline:
            raise ParseError(
                f"{name}: time limit exceeded at page {index + 1}", path=name, reason="timeout"
            )
        number = index + 1
        try:
            page = doc.load_page(index)
            data = page.get_text("dict", flags=_FLAGS)
            lines, rotated = lines_from_dict(data, number)
            if not lines and not rotated and tesseract:
                tp = page.get_textpage_ocr(full=True)
                lines, rotated = lines_from_dict(
                    page.get_text("dict", flags=_FLAGS, textpage=tp), number
                )
                if lines:
                    warnings.append(f"page {number} has no text layer; text recognised by OCR")
            width, height = page.rect.width, page.rect.height
            turned, turn = False, 0
            # Bare numbers in the margin (a manuscript's line numbers, the page number) are no
            # upright text: they do not outvote a sideways table.
            upright_text = sum(1 for ln in lines if not ln.text.strip().isdigit())
            if len(rotated) > max(5, 2 * upright_text):
                # A landscape table (or page) set sideways: read it turned upright.
                upright = upright_dict(data, width, height)
                if upright is not None:
                    lines, rotated = lines_from_dict(upright, number)
                    width, height = height, width
                    turned, turn = True, upright["turn"]
                    warnings.append(f"page {number} is set sideways; read turned upright")
        except ParseError:
            raise
        except Exception as exc:  # noqa: BLE001 - MuPDF raises many types; a damaged page must not lose the others
            warnings.append(f"page {number} could not be read ({exc})")
            continue
        if not lines and not rotated:
            warnings.append(f"page {number} has no text layer (image only)")
        elif _garbled(lines):
            warnings.append(f"page {number} text looks garbled (font without a Unicode map)")
        pages.append(_Page(number, width, height, lines, rotated, turned, turn))
    return pages


_WORD = re.compile(r"[A-Za-z][\w\u00b5-]*[\w\u00b5]")


def _vocabulary(pages: list[_Page]) -> set[str]:
    """Words as the document spells them, for deciding line-end hyphens.

    A line's first word and a word hyphenated at its end may be fragments of a
    broken word ("pub-" / "lications"), so they are left out.
    """
    words: set[str] = set()
    add = words.add
    tokenize = _WORD.findall
    for p in pages:
        for ln in p.lines:
            tokens = tokenize(ln.text)
            end = len(tokens) - 1 if ln.text.endswith("-") else len(tokens)
            for w in tokens[1:end]:
                w = w.lower()
                add(w)
                if "-" in w:
                    parts = w.split("-")
                    # "graft-versus-host" also vouches for "graft-versus" and "versus-host".
                    for i in range(len(parts) - 1):
                        add(f"{parts[i]}-{parts[i + 1]}")
    return words


def _mostly_numbers(para: list[PLine]) -> bool:
    """Axis ticks and figure labels: few letters, many digits."""
    text = "".join(ln.text for ln in para)
    if len(text) < 8 or len(text) > 400:
        return False
    return len(_LETTER.findall(text)) < 0.3 * len(text.replace(" ", ""))


def _body_size(pages: list[_Page]) -> float:
    sizes: Counter[float] = Counter()
    # A page set sideways holds a table or a figure, not running text.
    upright = [p for p in pages if not p.turned] or pages
    for p in upright:
        for ln in p.lines:
            sizes[round(ln.size * 2) / 2] += len(ln.text)
    return sizes.most_common(1)[0][0] if sizes else 10.0


def _table_items(tables: list[FoundTable], page: int, body: float) -> list[tuple[PLine, Item]]:
    """Each table as a float item, with a stand-in line covering table and caption.

    The stand-in goes through reading order with the page's text, so that a
    table is read where it stands (in its column, or across the columns as a
    band of its own) and falls under the section it sits in.
    """
    out: list[tuple[PLine, Item]] = []
    for t in tables:
        box = t.bbox
        for ln in t.caption_lines:
            box = (min(box[0], ln.x0), min(box[1], ln.y0), max(box[2], ln.x1), max(box[3], ln.y1))
        item = Item(BlockKind.TABLE, t.caption_lines, page, True, SectionKind.TABLE, t)
        out.append((PLine("", box, body, False, page), item))
    return out


def _inner_repeats(page: _Page, keys: set[str]) -> set[int]:
    """Copies of a running line printed again inside the margin zone, nearer the text.

    Journals often print the citation line ("J Neurotrauma 2021; 14:412") as the
    running head and again at the top of page 1's front matter: only the copy
    nearest the page edge is the running head; the other is page-1 content (it
    may be the only place naming the journal).
    """
    by_key: dict[tuple[str, bool], list[PLine]] = {}
    for ln in page.lines:
        if L.is_running(ln, keys, page.height):
            top = ln.y1 < page.height / 2
            by_key.setdefault((L._header_key(ln.text), top), []).append(ln)
    out: set[int] = set()
    for (_key, top), group in by_key.items():
        if len(group) > 1:
            group.sort(key=lambda ln: ln.y0 if top else -ln.y1)
            out.update(id(ln) for ln in group[1:])
    return out


def _page_items(page: _Page, body: float, keys: set[str], heads: set[int], vocab: set[str],
                dropped: list[tuple[PLine, bool]]) -> list[Item]:  # fmt: skip
    """One page's items in reading order; running heads and feet go to ``dropped``."""
    lines = []
    repeats = _inner_repeats(page, keys)
    for ln in page.lines:
        if id(ln) in heads:
            dropped.append((ln, True))
        elif L.is_running(ln, keys, page.height) and id(ln) not in repeats:
            dropped.append((ln, False))
        else:
            lines.append(ln)
    numbers = L.margin_line_numbers(lines)
    if numbers:
        lines = [ln for ln in lines if id(ln) not in numbers]
    runs: list[list[PLine]] = []
    floats: dict[int, Item] = {}
    # Bands of their own columns (two above, three below) are read one after the other.
    for band, gutters in column_bands(lines):
        tables = find_tables(band, gutters, body, 1.2 * body)
        used = {id(ln) for t in tables for ln in t.used}
        flow = [ln for ln in band if id(ln) not in used]
        placed = _table_items(tables, page.number, body)
        floats.update((id(stand_in), item) for stand_in, item in placed)
        runs.extend(reading_order(flow + [stand_in for stand_in, _ in placed], gutters))
    items: list[Item] = []
    for run in runs:
        # A table stands in the run where it sits: the text before and after it
        # are separate stretches (a sentence it interrupts is joined again later).
        pieces: list[list[PLine]] = [[]]
        for ln in run:
            if id(ln) in floats:
                pieces.append([])
                continue
            pieces[-1].append(ln)
        tabs = [floats[id(ln)] for ln in run if id(ln) in floats]
        for j, piece in enumerate(pieces):
            if j:
                items.append(tabs[j - 1])
            if piece:
                items.extend(_run_items(L.join_row_pieces(piece), page.number, body, vocab))
    out = items
    rotated = page.rotated
    if page.turned:
        sideways = [ln for ln in rotated if L.is_running_sideways(ln, keys, page.width)]
        dropped.extend((ln, False) for ln in sideways)
        gone = {id(ln) for ln in sideways}
        rotated = [ln for ln in rotated if id(ln) not in gone]
    if rotated:
        for para in L.split_paragraphs(sorted(rotated, key=lambda ln: (ln.x0, -ln.y1)), body, 1.2 * body):
            item = Item(BlockKind.OTHER, para, page.number, True)
            item.text, item.offsets = join_lines(para, vocab)
            out.append(item)  # rotated text: never a run-in heading
    return out


def _run_items(run: list[PLine], page: int, body: float, vocab: set[str]) -> list[Item]:
    """One column stretch -> paragraph, heading, caption and small-type items."""
    items: list[Item] = []
    for k, para in enumerate(L.split_paragraphs(run, body, L.line_pitch(run))):
        first = para[0].text
        if FIGURE_CAPTION.match(first) and not is_heading(para, body):
            item = Item(BlockKind.CAPTION, para, page, True, SectionKind.FIGURE_CAPTION)
        elif TABLE_CAPTION.match(first) and len(first) < 200 and para[0].x0 >= 0:
            item = Item(BlockKind.CAPTION, para, page, True, SectionKind.TABLE)
        elif is_heading(para, body):
            item = Item(BlockKind.HEADING, para, page)
        elif para[0].size < body - 1.2 or _mostly_numbers(para):
            # Small type outside captions is figure lettering or a footnote; it
            # must not land inside a paragraph that runs on past it.
            item = Item(BlockKind.OTHER, para, page, True)
        else:
            item = Item(BlockKind.PARAGRAPH, para, page)
        item.text, item.offsets = join_lines(para, vocab)
        item.run_start = k == 0
        if item.kind in (BlockKind.PARAGRAPH, BlockKind.OTHER):
            item.lead = run_in(para[0])
        items.append(item)
    return items


def _unturn(blocks: list[Block], tables: list[Table], pages: list[_Page]) -> None:
    """Boxes on pages read turned upright go back onto the page as stored.

    Layout works in the turned page's coordinates; evidence must point where a
    viewer of the stored page sees the text.
    """
    turned = {p.number: p for p in pages if p.turned}
    if not turned:
        return

    def back(box: BBox | None, page: int | None) -> BBox | None:
        p = turned.get(page) if page is not None else None
        if box is None or p is None:
            return box
        # p.width/p.height are the turned page's: the stored page is height wide.
        return unturn_box(box, p.turn, p.height, p.width)

    for b in blocks:
        b.bbox = back(b.bbox, b.page)
        for ln in b.lines:
            ln.bbox = back(ln.bbox, b.page) or ln.bbox
    for t in tables:
        t.bbox = back(t.bbox, t.page)


def parse_pdf(
    source: str | Path | bytes,
    *,
    name: str | None = None,
    time_limit_s: float = 60.0,
    max_bytes: int = MAX_BYTES,
    max_pages: int = MAX_PAGES,
    ocr: bool = False,
) -> ParsedDocument:
    """Parse a PDF (path or bytes) into a ParsedDocument.

    Args:
        source: a file path or the PDF's bytes.
        name: the document name to report (default: the file name).
        time_limit_s: wall-clock limit for the whole document, checked between pages.
        max_bytes / max_pages: refuse bigger files (reason ``"too_large"``).
        ocr: recognise text on image-only pages when Tesseract is installed
            (ignored otherwise; such pages are then only reported in ``warnings``).

    Raises:
        ParseError: with ``reason`` one of empty, not_pdf, encrypted, corrupt,
            truncated, timeout, too_large, no_text.
    """
    with gc_paused():
        return _parse_pdf(source, name, time_limit_s, max_bytes, max_pages, ocr)


def _parse_pdf(source: str | Path | bytes, name: str | None, time_limit_s: float, max_bytes: int,
               max_pages: int, ocr: bool) -> ParsedDocument:  # fmt: skip
    label = _name(source, name)
    deadline = time.monotonic() + time_limit_s
    doc, truncated = _open(source, label, max_bytes)
    warnings: list[str] = []
    try:
        pages = _read_pages(doc, label, deadline, max_pages, ocr, warnings)
        meta = dict(doc.metadata or {})
        page_count = doc.page_count
    finally:
        doc.close()
    if not any(p.lines or p.rotated for p in pages):
        reason = "truncated" if truncated and not pages else "no_text"
        what = (
            "no text layer (scanned or image-only)" if reason == "no_text" else "no readable pages"
        )
        raise ParseError(f"{label}: {what}", path=label, reason=reason)
    if truncated:
        warnings.append("file has no %%EOF marker (truncated?); text may be incomplete")
    body = _body_size(pages)
    keys = L.running_lines([p.lines for p in pages], [p.height for p in pages])
    heads = L.numbered_heads([p.lines for p in pages], [p.number for p in pages], [p.height for p in pages])
    vocab = _vocabulary(pages)
    runin: dict[int, str] = {}
    dropped: list[tuple[PLine, bool]] = []
    blocks, tables = assemble(
        (_page_items(p, body, keys, heads, vocab, dropped) for p in pages), body, vocab, runin
    )
    link_continuations(tables)
    adopt_page_captions(blocks, tables)  # a caption set apart from its table
    if time.monotonic() > deadline:
        raise ParseError(
            f"{label}: time limit exceeded during layout", path=label, reason="timeout"
        )
    metadata: dict = {}
    running = L.running_texts(dropped)
    if running:
        # Dropped from the text, kept for the reader of metadata: a head may be the
        # only place that prints the first author ("Quispe Mamani et al.") or journal.
        metadata["running_heads"] = running
    assign_sections(blocks, pages[0].lines if pages else [], metadata, runin)
    _unturn(blocks, tables, pages)
    front = " ".join(ln.text for p in pages[:1] for ln in p.lines)
    doi = DOI.search(front) or DOI.search(" ".join(b.text for b in blocks[:80]))
    if doi:
        metadata["doi"] = doi.group(1).rstrip(".,;)]")
    year = _YEAR.search(front)
    if year:
        metadata["year"] = int(year.group(1))
    if (
        meta.get("title")
        and "title" not in metadata
        and not meta["title"].endswith((".dvi", ".doc", ".docx"))
    ):
        metadata["title"] = meta["title"]
    return ParsedDocument(
        source=label,
        format="pdf",
        pages=page_count,
        blocks=blocks,
        tables=tables,
        metadata=metadata,
        warnings=warnings,
    )
