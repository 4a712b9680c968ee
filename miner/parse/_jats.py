"""JATS / NLM XML (Europe PMC fullTextXML, PMC OA .nxml) -> ParsedDocument.

Parsed with defusedxml: entity declarations and external references are refused
(no billion-laughs, no file or network reads), and the input size is capped.
Each block records the XPath of the element it came from; pages are None.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any, Final

import defusedxml
import defusedxml.ElementTree as DET

from miner.errors import ParseError
from miner.parse._sections import classify_heading
from miner.parse._text import normalize, superscript_join
from miner.parse.model import Block, BlockKind, ParsedDocument, SectionKind, Table

__all__ = ["MAX_XML_BYTES", "parse_jats"]

MAX_XML_BYTES = 50 * 1024 * 1024  # the largest PMC articles are a few MB

_XLINK = "{http://www.w3.org/1999/xlink}href"
# Elements that are not running text where they stand: handled as their own blocks.
_FLOATS = {
    "fig",
    "fig-group",
    "table-wrap",
    "table-wrap-group",
    "supplementary-material",
    "boxed-text",
}
_SKIP = {"object-id", "alt-text", "graphic", "inline-graphic", "media"}
_BLOCKISH = {"p", "title", "label", "list-item", "def", "term", "td", "th", "caption", "break"}
_SEC_TYPES = {
    "intro": SectionKind.INTRODUCTION,
    "introduction": SectionKind.INTRODUCTION,
    "materials|methods": SectionKind.METHODS,
    "methods": SectionKind.METHODS,
    "materials": SectionKind.METHODS,
    "subjects": SectionKind.METHODS,
    "results": SectionKind.RESULTS,
    "cases": SectionKind.RESULTS,
    "discussion": SectionKind.DISCUSSION,
    "results|discussion": SectionKind.RESULTS,
    "conclusions": SectionKind.CONCLUSION,
    "conclusion": SectionKind.CONCLUSION,
    "supplementary-material": SectionKind.OTHER,
}
_WS = re.compile(r"\s+")


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _clean(text: str) -> str:
    return normalize(_WS.sub(" ", text)).strip()


def _inline(
    el: ET.Element, floats: list[tuple[ET.Element, str]] | None = None, path: str = ""
) -> str:
    """Flatten an element's mixed content: markup goes, every character of text stays.

    Superscripts follow the PDF rules (``10`` + ``<sup>9</sup>`` -> ``10^9``, a
    citation becomes `` [12]``); floats nested in a paragraph are set aside in
    ``floats`` to become blocks of their own.
    """
    parts: list[str] = [el.text or ""]
    counts: dict[str, int] = {}
    for child in el:
        tag = _local(child.tag)
        counts[tag] = counts.get(tag, 0) + 1
        child_path = f"{path}/{tag}[{counts[tag]}]"
        if tag in _FLOATS:
            if floats is not None:
                floats.append((child, child_path))
        elif tag in _SKIP or not tag:
            pass
        elif tag == "sup":
            inner = _inline(child, floats, child_path)
            parts.append(superscript_join("".join(parts), _clean(inner)) if inner.strip() else "")
        else:
            inner = _inline(child, floats, child_path)
            parts.append(f" {inner} " if tag in _BLOCKISH else inner)
        parts.append(child.tail or "")
    return "".join(parts)


def _text(el: ET.Element | None) -> str:
    return _clean(_inline(el)) if el is not None else ""


def _find(el: ET.Element, *names: str) -> ET.Element | None:
    for child in el.iter():
        if _local(child.tag) in names:
            return child
    return None


def _children(el: ET.Element, name: str) -> list[ET.Element]:
    return [c for c in el if _local(c.tag) == name]


# Bounds on a hostile table: a spanning cell covers at most this many columns / rows, and
# no row is read wider than the grid cap (colspan="1000" on every cell stays small).
_MAX_COLSPAN: Final = 50
_MAX_ROWSPAN: Final = 500
_MAX_COLS: Final = 100


def _table_rows(table: ET.Element) -> list[list[str]]:
    """``<tr>``s -> a rectangular grid of cells.

    A ``colspan`` cell's text sits in the first column it covers and leaves the rest blank
    (as a merged header reads in the PDF); a ``rowspan`` cell repeats its text down every
    row it covers (its blank colspan columns too), so the cells of the rows below line up.
    """
    rows: list[list[str]] = []
    carry: dict[int, tuple[str, int]] = {}  # column -> (text, rows still covered)
    for tr in (e for e in table.iter() if _local(e.tag) == "tr"):
        row: list[str] = []
        queue = [c for c in tr if _local(c.tag) in ("td", "th")]
        queue.reverse()
        while (queue or any(k >= len(row) for k in carry)) and len(row) < _MAX_COLS:
            col = len(row)
            if col in carry:
                text, left = carry.pop(col)
                row.append(text)
                if left > 1:
                    carry[col] = (text, left - 1)
                continue
            if not queue:
                row.append("")  # a gap before a column still covered from above
                continue
            cell = queue.pop()
            text = _text(cell)
            span = min(_int(cell.get("colspan"), 1, _MAX_COLSPAN), _MAX_COLS - col)
            down = _int(cell.get("rowspan"), 1, _MAX_ROWSPAN)
            for k in range(span):
                row.append(text if k == 0 else "")
                if down > 1:
                    carry[col + k] = (row[-1], down - 1)
        rows.append(row)
    width = max((len(r) for r in rows), default=0)
    return [r + [""] * (width - len(r)) for r in rows]


def _int(value: str | None, default: int, cap: int) -> int:
    try:
        return max(1, min(cap, int(value or default)))
    except ValueError:
        return default


class _Builder:
    def __init__(self) -> None:
        self.blocks: list[Block] = []
        self.tables: list[Table] = []
        self.supplementary: list[dict[str, Any]] = []

    def add(
        self, text: str, section: SectionKind, kind: BlockKind, xpath: str, heading: str | None
    ) -> None:
        if text:
            self.blocks.append(Block(text, None, section, kind, heading=heading, xpath=xpath))

    def float_(self, el: ET.Element, path: str, heading: str | None) -> None:
        tag = _local(el.tag)
        if tag in ("fig-group", "table-wrap-group"):
            for i, child in enumerate(c for c in el if _local(c.tag) in _FLOATS):
                self.float_(child, f"{path}/{_local(child.tag)}[{i + 1}]", heading)
            return
        label = _text(_find(el, "label")) if _children(el, "label") else ""
        cap_el = _children(el, "caption")
        caption = _text(cap_el[0]) if cap_el else ""
        if tag == "fig":
            self.add(f"{label}: {caption}" if label and caption else label or caption,
                     SectionKind.FIGURE_CAPTION, BlockKind.CAPTION, path, heading)  # fmt: skip
        elif tag == "table-wrap":
            if label or caption:
                self.add(f"{label}: {caption}" if label and caption else label or caption,
                         SectionKind.TABLE, BlockKind.CAPTION, path, heading)  # fmt: skip
            table = _find(el, "table")
            rows = _table_rows(table) if table is not None else []
            if rows:
                self.add(
                    "\n".join("\t".join(r) for r in rows),
                    SectionKind.TABLE,
                    BlockKind.TABLE,
                    path + "/table[1]",
                    heading,
                )
                self.tables.append(
                    Table(
                        rows, None, caption or None, label or None, None, path, len(self.blocks) - 1
                    )
                )
            for foot in _children(el, "table-wrap-foot"):
                self.add(
                    _text(foot),
                    SectionKind.TABLE,
                    BlockKind.CAPTION,
                    path + "/table-wrap-foot[1]",
                    heading,
                )
        elif tag == "supplementary-material":
            href = el.get(_XLINK) or ""
            media = _find(el, "media")
            if not href and media is not None:
                href = media.get(_XLINK) or ""
            self.supplementary.append(
                {"label": label or None, "caption": caption or None, "href": href or None,
                 "mimetype": el.get("mimetype") or (media.get("mimetype") if media is not None else None), "xpath": path}
            )  # fmt: skip
        elif tag == "boxed-text":
            self.container(el, path, SectionKind.OTHER, heading)

    def container(self, el: ET.Element, path: str, kind: SectionKind, heading: str | None) -> None:
        """Paragraphs, sections and floats of a body, back, abstract or sec element."""
        counts: dict[str, int] = {}
        for child in el:
            tag = _local(child.tag)
            counts[tag] = counts.get(tag, 0) + 1
            cpath = f"{path}/{tag}[{counts[tag]}]"
            if tag == "sec":
                self.sec(child, cpath, kind, heading)
            elif tag in (
                "p",
                "list",
                "disp-quote",
                "statement",
                "def-list",
                "disp-formula",
                "speech",
            ):
                floats: list[tuple[ET.Element, str]] = []
                self.add(
                    _clean(_inline(child, floats, cpath)), kind, BlockKind.PARAGRAPH, cpath, heading
                )
                for f, fpath in floats:
                    self.float_(f, fpath, heading)
            elif tag in _FLOATS:
                self.float_(child, cpath, heading)
            elif tag == "ref-list":
                self.refs(child, cpath)
            elif tag in ("ack", "fn-group", "app-group", "app", "glossary", "notes"):
                title = _text(_children(child, "title")[0]) if _children(child, "title") else None
                k = (
                    SectionKind.ACKNOWLEDGEMENTS
                    if tag in ("ack", "fn-group")
                    else (classify_heading(title or "") or SectionKind.OTHER)
                )
                if title:
                    self.add(title, k, BlockKind.HEADING, cpath + "/title[1]", title)
                self.container(child, cpath, k, title or heading)
            elif tag == "fn":
                self.add(_text(child), kind, BlockKind.PARAGRAPH, cpath, heading)

    def sec(
        self, el: ET.Element, path: str, parent: SectionKind, parent_heading: str | None
    ) -> None:
        titles = _children(el, "title")
        title = _text(titles[0]) if titles else ""
        own = classify_heading(title) if title else None
        if own is None:
            own = _SEC_TYPES.get((el.get("sec-type") or "").lower())
        # Subsections stay in their part ("Statistical analysis" under Methods, "Methods"
        # inside a structured abstract); only top-level sections name a new part.
        kind = (own or parent) if parent is SectionKind.OTHER else parent
        heading = title or parent_heading
        if title:
            self.add(title, kind, BlockKind.HEADING, path + "/title[1]", heading)
        self.container(el, path, kind, heading)

    def refs(self, el: ET.Element, path: str) -> None:
        titles = _children(el, "title")
        heading = _text(titles[0]) if titles else "References"
        if titles:
            self.add(
                heading, SectionKind.REFERENCES, BlockKind.HEADING, path + "/title[1]", heading
            )
        for i, ref in enumerate(_children(el, "ref")):
            label = _text(_children(ref, "label")[0]) if _children(ref, "label") else ""
            body = " ".join(_text(c) for c in ref if _local(c.tag) != "label")
            text = f"{label} {body}".strip() if label else body
            self.add(
                _clean(text),
                SectionKind.REFERENCES,
                BlockKind.PARAGRAPH,
                f"{path}/ref[{i + 1}]",
                heading,
            )


def _metadata(article: ET.Element) -> dict[str, Any]:
    meta: dict[str, Any] = {}
    am = _find(article, "article-meta")
    jm = _find(article, "journal-meta")
    if jm is not None:
        jt = _find(jm, "journal-title")
        if jt is not None:
            meta["journal"] = _text(jt)
    if am is None:
        return meta
    title = _find(am, "article-title")
    if title is not None:
        meta["title"] = _text(title)
    for aid in _children(am, "article-id"):
        kind = (aid.get("pub-id-type") or "").lower()
        value = (aid.text or "").strip()
        if kind == "doi":
            meta["doi"] = value
        elif kind == "pmid":
            meta["pmid"] = value
        elif kind in ("pmc", "pmcid"):
            meta["pmcid"] = value if value.upper().startswith("PMC") else f"PMC{value}"
    for date in (e for e in am.iter() if _local(e.tag) == "pub-date"):
        year = _find(date, "year")
        if year is not None and (year.text or "").strip().isdigit():
            meta["year"] = int(year.text.strip())  # type: ignore[union-attr]
            break
    authors = []
    first: str | None = None
    for contrib in (e for e in am.iter() if _local(e.tag) == "contrib"):
        if contrib.get("contrib-type", "author") != "author":
            continue
        name = _find(contrib, "name")
        surname = None
        if name is not None:
            sur, given = _find(name, "surname"), _find(name, "given-names")
            surname = _text(sur) if sur is not None else None
            authors.append(" ".join(x for x in (_text(sur), _text(given)) if x))
        else:
            other = _find(contrib, "string-name", "collab")
            if other is not None:
                authors.append(_text(other))
                if _local(other.tag) == "string-name":
                    sur = _find(other, "surname")
                    surname = _text(sur) if sur is not None else None
        if len(authors) == 1 and first is None:
            # The family name as tagged: joined with the given names it can no
            # longer be told apart from them ("Quispe Mamani Rosa").
            first = surname or ""
    if authors:
        meta["authors"] = authors
    if first:
        meta["first_author"] = first
    return meta


def _load(source: str | Path | bytes, name: str) -> ET.Element:
    if isinstance(source, bytes):
        data = source
    else:
        path = Path(source)
        if path.stat().st_size > MAX_XML_BYTES:
            raise ParseError(
                f"{name}: XML file too large (> {MAX_XML_BYTES // 2**20} MB)",
                path=name,
                reason="too_large",
            )
        data = path.read_bytes()
    if not data.strip():
        raise ParseError(f"{name}: empty file (0 bytes)", path=name, reason="empty")
    if len(data) > MAX_XML_BYTES:
        raise ParseError(
            f"{name}: XML file too large (> {MAX_XML_BYTES // 2**20} MB)",
            path=name,
            reason="too_large",
        )
    try:
        root = DET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except defusedxml.DefusedXmlException as exc:
        raise ParseError(
            f"{name}: refused unsafe XML ({type(exc).__name__})", path=name, reason="corrupt"
        ) from exc
    except ET.ParseError as exc:
        reason = (
            "truncated"
            if "no element found" in str(exc) or "unclosed token" in str(exc)
            else "corrupt"
        )
        raise ParseError(f"{name}: {reason} XML ({exc})", path=name, reason=reason) from exc
    return root


def parse_jats(source: str | Path | bytes, *, name: str | None = None) -> ParsedDocument:
    """Parse JATS/NLM article XML (path or bytes) into a ParsedDocument.

    Front matter goes to ``metadata`` (title, doi, pmid, pmcid, journal, year,
    authors) and to TITLE/ABSTRACT blocks; body sections keep their headings
    with a canonical kind from the title or ``sec-type``; tables (also those in
    ``floats-group``) become ``Table`` rows; supplementary files are listed in
    ``supplementary``.

    Raises:
        ParseError: empty, too large, malformed, unsafe (entity declarations) or
            not an article.
    """
    label = name or (Path(source).name if isinstance(source, str | Path) else "<bytes>")
    root = _load(source, label)
    article = root if _local(root.tag) == "article" else _find(root, "article")
    if article is None:
        raise ParseError(
            f"{label}: not a JATS article (root <{_local(root.tag)}>)", path=label, reason="not_pdf"
        )
    base = "/article" if article is root else f"/{_local(root.tag)}/article[1]"
    b = _Builder()
    meta = _metadata(article)
    if meta.get("title"):
        b.add(
            meta["title"],
            SectionKind.TITLE,
            BlockKind.TITLE,
            f"{base}/front[1]/article-meta[1]/title-group[1]",
            None,
        )
    am = _find(article, "article-meta")
    if am is not None:
        for i, abstract in enumerate(_children(am, "abstract")):
            if (abstract.get("abstract-type") or "") in ("graphical", "teaser", "toc"):
                continue
            path = f"{base}/front[1]/article-meta[1]/abstract[{i + 1}]"
            heading = (
                _text(_children(abstract, "title")[0])
                if _children(abstract, "title")
                else "Abstract"
            )
            b.container(abstract, path, SectionKind.ABSTRACT, heading)
    for part in ("body", "back", "floats-group"):
        for i, el in enumerate(_children(article, part)):
            kind = SectionKind.OTHER
            b.container(el, f"{base}/{part}[{i + 1}]", kind, None)
    if not b.blocks:
        raise ParseError(f"{label}: article has no text", path=label, reason="no_text")
    return ParsedDocument(
        source=label,
        format="jats",
        pages=0,
        blocks=b.blocks,
        tables=b.tables,
        metadata=meta,
        supplementary=b.supplementary,
    )
