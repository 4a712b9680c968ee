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
import time
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pymupdf

from miner.errors import ParseError
from miner.parse import _layout as L
from miner.parse._sections import (
    FIGURE_CAPTION,
    TABLE_CAPTION,
    classify_heading,
    is_heading_word,
    strip_numbering,
)
from miner.parse._tables import (
    FoundTable,
    find_tables,
    link_continuations,
    unturn_box,
    upright_dict,
)
from miner.parse._text import dehyphenate_pair, is_terminal
from miner.parse.model import BBox, Block, BlockKind, Line, ParsedDocument, SectionKind, Table

__all__ = ["MAX_BYTES", "MAX_PAGES", "parse_pdf"]

MAX_BYTES = 200 * 1024 * 1024  # bigger than any article; a bigger file is a scan dump or hostile
MAX_PAGES = 500

# Whitespace as drawn (spaces between spans are meaningful to us), ligatures kept
# so that normalisation is ours and documented, no images (they cost time).
_FLAGS = (
    pymupdf.TEXT_PRESERVE_WHITESPACE | pymupdf.TEXT_PRESERVE_LIGATURES | pymupdf.TEXT_MEDIABOX_CLIP
)
_DOI = re.compile(r"\b(10\.\d{4,9}/[^\s\"<>]+)")
_YEAR = re.compile(r"(?:©|Copyright|Published|Volume|Vol\.)\D{0,25}((?:19|20)\d{2})\b")
_FRONT_NOISE = re.compile(
    r"^(copyright|©|this is an open access|correspondence|received|accepted|academic editor|published|"
    r"citation|keywords?|open access|licen[cs]e)",
    re.IGNORECASE,
)


@dataclass(slots=True)
class _Page:
    number: int
    width: float
    height: float
    lines: list[L.PLine] = field(default_factory=list)
    rotated: list[L.PLine] = field(default_factory=list)
    turned: bool = False  # set sideways (a landscape table) and read turned upright
    turn: int = 0  # which quarter turn (upright_dict's "turn"); 0 when not turned


@dataclass(slots=True)
class _Item:
    """A block candidate in reading order; floats (captions, tables) may be deferred."""

    kind: BlockKind
    lines: list[L.PLine]
    page: int
    is_float: bool = False
    section: SectionKind | None = None
    table: FoundTable | None = None
    text: str = ""
    offsets: list[int] = field(default_factory=list)
    run_start: bool = False  # first paragraph of a column stretch (after a column or page break)
    lead: str = ""  # a bold or italic heading run into the paragraph ("Animals.")


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


def _garbled(lines: list[L.PLine]) -> bool:
    """Text from fonts without a usable Unicode map: private-use or control characters."""
    text = "".join(ln.text for ln in lines)[:4000]
    if len(text) < 50:
        return False
    return len(_ODD.findall(text)) > 0.2 * len(text) or len(_LETTER.findall(text)) < 0.3 * len(text)


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
            lines, rotated = L.lines_from_dict(data, number)
            if not lines and not rotated and tesseract:
                tp = page.get_textpage_ocr(full=True)
                lines, rotated = L.lines_from_dict(
                    page.get_text("dict", flags=_FLAGS, textpage=tp), number
                )
                if lines:
                    warnings.append(f"page {number} has no text layer; text recognised by OCR")
            width, height = page.rect.width, page.rect.height
            turned, turn = False, 0
            if len(rotated) > max(5, 2 * len(lines)):
                # A landscape table (or page) set sideways: read it turned upright.
                upright = upright_dict(data, width, height)
                if upright is not None:
                    lines, rotated = L.lines_from_dict(upright, number)
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


def _vocabulary(pages: list[_Page]) -> set[str]:
    """Words as the document spells them, for deciding line-end hyphens.

    A line's first word and a word hyphenated at its end may be fragments of a
    broken word ("pub-" / "lications"), so they are left out.
    """
    words: set[str] = set()
    for p in pages:
        for ln in p.lines:
            tokens = re.findall(r"[A-Za-z][\w\u00b5-]*[\w\u00b5]", ln.text)
            end = len(tokens) - 1 if ln.text.endswith("-") else len(tokens)
            for w in tokens[1:end]:
                w = w.lower()
                words.add(w)
                parts = w.split("-")
                # "graft-versus-host" also vouches for "graft-versus" and "versus-host".
                for i in range(len(parts) - 1):
                    words.add(f"{parts[i]}-{parts[i + 1]}")
    return words


def _join_lines(lines: list[L.PLine], vocab: set[str]) -> tuple[str, list[int]]:
    """Lines -> paragraph text with line-end hyphens resolved; offsets of each line."""
    text = ""
    offsets: list[int] = []
    for i, ln in enumerate(lines):
        piece = ln.text
        if i:
            prev = lines[i - 1]
            if prev.soft_hyphen:
                pass
            elif text.endswith("-") and dehyphenate_pair(text, piece, vocab):
                text = text[:-1]
            elif not text.endswith(("-", "/")) or text.endswith(" -"):
                text += " "
        offsets.append(len(text))
        text += piece
    return text, offsets


def _is_heading(para: list[L.PLine], body: float) -> bool:
    text = " ".join(ln.text for ln in para)
    if len(para) > 3 or len(text) > 150 or len(text) < 2:
        return False
    if is_heading_word(text):
        return True
    if text.count(",") >= 3 or re.search(r"\[\d", text):
        return False  # an author list, not a heading
    if (
        text.endswith((".", ",", ";"))
        and not re.match(r"^\d+(\.\d+)*\.?\s", text)
        or not text[0].isalnum()
    ):
        return False
    styled = all(ln.bold for ln in para) or para[0].size >= body + 0.9
    if not styled and all(ln.italic for ln in para):
        # Italic subheadings ("Exosome isolation"): short, no sentence punctuation,
        # starting with a capital or a section number.
        styled = len(text) <= 90 and not text.endswith((".", ",", ";", ":")) and (
            text[0].isupper() or bool(re.match(r"^\d+(\.\d+)*\.?\s+\S", text))
        )
    return styled and any(c.isalpha() for c in text) and para[0].size >= body - 0.5


_RUN_IN_END = (".", ":", "\u2014", "\u2013", " -")


def _run_in(first: L.PLine) -> str:
    """The heading a paragraph starts with in bold or italic ("Animals.", "Statistical analysis:").

    Only a short styled run that ends like a heading (full stop, colon, dash)
    counts; a bold word inside a sentence ("BMSC-Exos were ...") does not.
    """
    lead = first.lead
    if not lead or len(lead) > 80 or len(lead.split()) > 10:
        return ""
    if not lead.endswith(_RUN_IN_END) and not is_heading_word(lead):
        return ""
    if not (lead[0].isupper() or lead[0].isdigit()) or FIGURE_CAPTION.match(lead) or TABLE_CAPTION.match(lead):
        return ""
    core = lead.rstrip(" .:\u2014\u2013-")
    return core if any(c.isalpha() for c in core) else ""


def _mostly_numbers(para: list[L.PLine]) -> bool:
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


def _page_items(page: _Page, body: float, keys: set[str], vocab: set[str]) -> list[_Item]:
    lines = [ln for ln in page.lines if not L.is_running(ln, keys, page.height)]
    numbers = L.margin_line_numbers(lines)
    if numbers:
        lines = [ln for ln in lines if id(ln) not in numbers]
    gutter = L.find_gutter(lines)
    tables = find_tables(lines, gutter, body, 1.2 * body)
    used = {id(ln) for t in tables for ln in t.used}
    flow = [ln for ln in lines if id(ln) not in used]
    placed: list[tuple[float, int, _Item]] = []
    for t in tables:
        y = (
            t.caption_lines[0] if t.caption_lines else L.PLine("", t.bbox, body, False, page.number)
        ).y0
        placed.append(
            (y, 0, _Item(BlockKind.TABLE, t.caption_lines, page.number, True, SectionKind.TABLE, t))
        )
    items: list[_Item] = []
    for run in L.reading_order(flow, gutter):
        run = L.join_row_pieces(run)
        for k, para in enumerate(L.split_paragraphs(run, body, L.line_pitch(run))):
            first = para[0].text
            if FIGURE_CAPTION.match(first) and not _is_heading(para, body):
                item = _Item(BlockKind.CAPTION, para, page.number, True, SectionKind.FIGURE_CAPTION)
            elif TABLE_CAPTION.match(first) and len(first) < 200 and para[0].x0 >= 0:
                item = _Item(BlockKind.CAPTION, para, page.number, True, SectionKind.TABLE)
            elif _is_heading(para, body):
                item = _Item(BlockKind.HEADING, para, page.number)
            elif para[0].size < body - 1.2 or _mostly_numbers(para):
                # Small type outside captions is figure lettering or a footnote; it
                # must not land inside a paragraph that runs on past it.
                item = _Item(BlockKind.OTHER, para, page.number, True)
            else:
                item = _Item(BlockKind.PARAGRAPH, para, page.number)
            item.text, item.offsets = _join_lines(para, vocab)
            item.run_start = k == 0
            if item.kind in (BlockKind.PARAGRAPH, BlockKind.OTHER):
                item.lead = _run_in(para[0])
            items.append(item)
    # Tables are floats: they follow the page's running text (top to bottom), and
    # wait further while a paragraph is still open (see _assemble).
    placed.sort(key=lambda p: p[0])
    out = items + [p[2] for p in placed]
    if page.rotated:
        for para in L.split_paragraphs(
            sorted(page.rotated, key=lambda ln: (ln.x0, -ln.y1)), body, 1.2 * body
        ):
            item = _Item(BlockKind.OTHER, para, page.number, True)
            item.text, item.offsets = _join_lines(para, vocab)
            out.append(item)  # rotated text: never a run-in heading
    return out


def _line_objs(lines: list[L.PLine], offsets: list[int]) -> list[Line]:
    return [Line(off, ln.bbox) for off, ln in zip(offsets, lines, strict=True)]


def _bbox(lines: list[L.PLine]) -> tuple[float, float, float, float] | None:
    if not lines:
        return None
    return (
        min(ln.x0 for ln in lines),
        min(ln.y0 for ln in lines),
        max(ln.x1 for ln in lines),
        max(ln.y1 for ln in lines),
    )


def _emit(item: _Item, blocks: list[Block], tables: list[Table], runin: dict[int, str]) -> None:
    if item.table is not None:
        t = item.table
        caption = " ".join(ln.text for ln in t.caption_lines) or None
        if t.caption_lines:
            text, offs = _join_lines(t.caption_lines, set())
            blocks.append(Block(text, item.page, SectionKind.TABLE, BlockKind.CAPTION, _bbox(t.caption_lines),
                                lines=_line_objs(t.caption_lines, offs)))  # fmt: skip
        rows_text = [("\t".join(r)) for r in t.rows]
        offsets, pos = [], 0
        for r in rows_text:
            offsets.append(pos)
            pos += len(r) + 1
        lines = [Line(o, b) for o, b in zip(offsets, t.row_boxes, strict=True)]
        blocks.append(
            Block(
                "\n".join(rows_text),
                item.page,
                SectionKind.TABLE,
                BlockKind.TABLE,
                t.bbox,
                lines=lines,
            )
        )
        tables.append(
            Table(t.rows, item.page, caption, t.label, t.bbox, block_index=len(blocks) - 1)
        )
        if t.note_lines:
            text, offs = _join_lines(t.note_lines, set())
            blocks.append(Block(text, item.page, SectionKind.TABLE, BlockKind.CAPTION, _bbox(t.note_lines),
                                lines=_line_objs(t.note_lines, offs)))  # fmt: skip
        return
    section = item.section or SectionKind.OTHER
    blocks.append(
        Block(
            item.text,
            item.page,
            section,
            item.kind,
            _bbox(item.lines),
            lines=_line_objs(item.lines, item.offsets),
        )
    )
    if item.lead:
        runin[id(blocks[-1])] = item.lead


_CONTINUATION_START = re.compile(r"^[a-z\u00b5(\[\d]|^[A-Z]{2,}[a-z]*[-\s]")


_OPEN_WORD = re.compile(
    r"\b(?:of|in|into|and|or|nor|but|the|a|an|to|for|with|without|by|from|at|on|as|than|that"
    r"|which|whose|were|was|is|are|be|been|this|these|its|their|per|via|after|before|between)$"
)


def _runs_on(prev: Block, prev_size: float, item: _Item) -> bool:
    """Whether ``item`` carries on the sentence ``prev`` left open at a column or page break.

    The item must open a column stretch, and either start in lower case (or with
    a number or bracket) or follow a line that stopped mid-phrase (a comma, a
    hyphen, a preposition-like lower-case word); a capitalised start after an
    unfinished line could as well be a new paragraph after a heading-less break.
    """
    if not item.run_start or item.kind is not BlockKind.PARAGRAPH or prev.kind is not BlockKind.PARAGRAPH:
        return False
    if len(prev.text) < 60 or is_terminal(prev.text) or not item.text:
        return False
    if abs(item.lines[0].size - prev_size) > 0.6:
        return False  # a change of type size is a change of part (title -> authors)
    if _CONTINUATION_START.match(item.text):
        return True
    tail = prev.text.rstrip()
    return tail.endswith((",", ";", "-", "\u2013")) or bool(_OPEN_WORD.search(tail))


def _join_into(prev: Block, item: _Item, vocab: set[str]) -> None:
    """Append ``item``'s lines to the open paragraph ``prev`` (hyphen resolved across the break)."""
    if not prev.lines or prev.lines[-1].page is None:
        for ln in prev.lines:
            ln.page = prev.page
    if prev.text.endswith("-") and dehyphenate_pair(prev.text, item.text, vocab):
        prev.text = prev.text[:-1]
    elif not prev.text.endswith(("-", "/")) or prev.text.endswith(" -"):
        prev.text += " "
    base = len(prev.text)
    prev.text += item.text
    prev.lines.extend(
        Line(base + off, ln.bbox, ln.page) for off, ln in zip(item.offsets, item.lines, strict=True)
    )
    if item.page == prev.page and prev.bbox is not None:
        box = _bbox(item.lines)
        if box is not None:
            prev.bbox = (min(prev.bbox[0], box[0]), min(prev.bbox[1], box[1]),
                         max(prev.bbox[2], box[2]), max(prev.bbox[3], box[3]))  # fmt: skip


def _carry_fragment(prev: Block, item: _Item, vocab: set[str]) -> None:
    """A word hyphenated across a column or page break is completed in the earlier block."""
    if (
        not prev.text.endswith("-")
        or not item.text[:1].islower()
        or not dehyphenate_pair(prev.text, item.text, vocab)
    ):
        return
    m = re.match(r"[\w\u00b5]+[.,;:)]?", item.text)
    if not m:
        return
    cut = m.end()
    prev.text = prev.text[:-1] + item.text[:cut]
    rest = item.text[cut:].lstrip()
    shift = len(item.text) - len(rest)
    item.text = rest
    item.offsets = [0] + [max(0, o - shift) for o in item.offsets[1:]]


def _assemble(
    pages: list[_Page], body: float, keys: set[str], vocab: set[str], runin: dict[int, str]
) -> tuple[list[Block], list[Table]]:
    """Items in reading order -> blocks; ``runin`` receives run-in headings by block id."""
    blocks: list[Block] = []
    tables: list[Table] = []
    pending: list[_Item] = []
    last_body: Block | None = None
    last_size = body
    for page in pages:
        for item in _page_items(page, body, keys, vocab):
            if item.is_float:
                if last_body is not None and not is_terminal(last_body.text):
                    pending.append(item)
                else:
                    _emit(item, blocks, tables, runin)
                continue
            open_para = last_body is not None and not is_terminal(last_body.text)
            continues = open_para and item.kind is BlockKind.PARAGRAPH and last_body is not None
            if continues and last_body is not None and _runs_on(last_body, last_size, item):
                # One sentence over a column or page break stays one block; the
                # floats met on the way (running heads are gone already) follow it.
                _join_into(last_body, item, vocab)
                last_size = item.lines[-1].size if item.lines else last_size
                if pending and is_terminal(last_body.text):
                    for f in pending:
                        _emit(f, blocks, tables, runin)
                    pending.clear()
                continue
            if continues and last_body is not None:
                _carry_fragment(last_body, item, vocab)
            else:
                for f in pending:
                    _emit(f, blocks, tables, runin)
                pending.clear()
            if not item.text:
                continue
            _emit(item, blocks, tables, runin)
            last_body = blocks[-1]
            last_size = item.lines[-1].size if item.lines else body
            if pending and is_terminal(last_body.text):
                for f in pending:
                    _emit(f, blocks, tables, runin)
                pending.clear()
    for f in pending:
        _emit(f, blocks, tables, runin)
    return blocks, tables


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


# The labels of a structured abstract. Before the body's first heading they name
# parts of the abstract, not the article's own Methods or Results.
_ABSTRACT_LABEL = re.compile(
    r"^(abstract|summary|background|context|rationale|aims?|objectives?|purposes?|introduction"
    r"|(materials and )?methods?|methodology|design|study design|setting|animals|interventions?"
    r"|main outcome measures?|measurements|results|findings|conclusions?|significance"
    r"|interpretation|importance|aims? and objectives?|background and purpose)$"
)
_BODY_KINDS = frozenset({SectionKind.INTRODUCTION, SectionKind.METHODS, SectionKind.RESULTS,
                         SectionKind.DISCUSSION, SectionKind.CONCLUSION, SectionKind.REFERENCES})  # fmt: skip
# Run-in headings inside the body change the section only to these back-matter
# parts ("Conflict of interest. The authors ..."): a run-in "Animals." inside
# Results is a paragraph label, not a return to the Methods.
_RUN_IN_SWITCH = frozenset({SectionKind.ACKNOWLEDGEMENTS, SectionKind.CONCLUSION})


def _sections(blocks: list[Block], pages: list[_Page], metadata: dict,
              runin: dict[int, str] | None = None) -> None:  # fmt: skip
    """Walk the blocks once: title, abstract, then the kind named by each heading.

    ``runin`` maps blocks (by id) that start with a bold or italic heading run
    into their text to that heading: they label a structured abstract's parts
    before the body starts, and name subsections (or back matter) inside it.
    """
    runin = runin or {}
    first_page = [
        b for b in blocks if b.page == 1 and b.kind in (BlockKind.PARAGRAPH, BlockKind.HEADING)
    ]
    title_block = None
    if first_page:
        sizes = {id(b): max((ln.size for p in pages[:1] for ln in p.lines if b.bbox and _inside(ln.bbox, b.bbox)), default=0.0)
                 for b in first_page}  # fmt: skip
        candidates = [b for b in first_page if 10 <= len(b.text) <= 400 and not _DOI.search(b.text)]
        if candidates:
            title_block = max(candidates, key=lambda b: (sizes[id(b)], len(b.text)))
            title_block.kind = BlockKind.TITLE
            title_block.section = SectionKind.TITLE
            metadata["title"] = title_block.text
    current, heading = SectionKind.OTHER, None
    seen_known = body = False
    for b in blocks:
        if b is title_block:
            continue
        lead = runin.get(id(b))
        if lead is not None and b.kind is BlockKind.OTHER:
            # Small type set apart (a float): it labels itself only ("Conflict of
            # interest. None."), it cannot move the section of the text around it.
            kind = classify_heading(lead)
            b.section = kind if kind in _RUN_IN_SWITCH else current
            b.heading = lead if kind in _RUN_IN_SWITCH else heading
            continue
        if lead is not None and b.kind is BlockKind.PARAGRAPH:
            kind = classify_heading(lead)
            if not body and (_ABSTRACT_LABEL.match(strip_numbering(lead).lower()) or kind is SectionKind.ABSTRACT):
                current, seen_known = SectionKind.ABSTRACT, True
            elif kind in _RUN_IN_SWITCH or (kind is not None and current is SectionKind.OTHER and body):
                current = kind
            heading = lead
            b.section, b.heading = current, heading
            continue
        if b.kind is BlockKind.HEADING:
            kind = classify_heading(b.text)
            if kind is not None:
                current, heading, seen_known = kind, b.text, True
                body = body or kind in _BODY_KINDS
            elif current is SectionKind.REFERENCES:
                pass
            elif not seen_known:
                heading = b.text
            elif re.match(r"^\d+\.?\s", b.text) and not re.match(r"^\d+\.\d", b.text):
                heading = b.text  # a new numbered top-level part keeps the running kind
            b.section, b.heading = current, heading
            continue
        if b.section in (SectionKind.FIGURE_CAPTION, SectionKind.TABLE):
            b.heading = heading
            continue
        b.section, b.heading = current, heading
    if not any(b.section is SectionKind.ABSTRACT for b in blocks):
        # No "Abstract" heading (Hindawi, many others): the longest front-matter paragraph.
        front = []
        for b in blocks:
            if b.kind is BlockKind.HEADING and classify_heading(b.text) is not None:
                break
            if (
                b.kind is BlockKind.PARAGRAPH
                and b.page in (1, 2)
                and not _FRONT_NOISE.match(b.text)
            ):
                front.append(b)
        if front:
            best = max(front, key=lambda b: len(b.text))
            if len(best.text) >= 300:
                best.section = SectionKind.ABSTRACT


def _inside(inner: tuple[float, ...], outer: tuple[float, ...]) -> bool:
    return (
        inner[0] >= outer[0] - 1
        and inner[1] >= outer[1] - 1
        and inner[2] <= outer[2] + 1
        and inner[3] <= outer[3] + 1
    )


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
    vocab = _vocabulary(pages)
    runin: dict[int, str] = {}
    blocks, tables = _assemble(pages, body, keys, vocab, runin)
    link_continuations(tables)
    if time.monotonic() > deadline:
        raise ParseError(
            f"{label}: time limit exceeded during layout", path=label, reason="timeout"
        )
    metadata: dict = {}
    _sections(blocks, pages, metadata, runin)
    _unturn(blocks, tables, pages)
    front = " ".join(ln.text for p in pages[:1] for ln in p.lines)
    doi = _DOI.search(front) or _DOI.search(" ".join(b.text for b in blocks[:80]))
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
