"""First author, year and journal from the first page of a PDF, when its metadata lacks them.

Journal PDFs print the citation line above or below the title ("J Spinal Regen
2019; 14: 412–424 · https://doi.org/...", "Cell Ther Lett (2023) 9:114–125",
"Front Neural Repair 11:586") and the author line right under the title ("Yiming
Zhang [1], Lina Qiao [1], ..."). Both are read conservatively: a line that does
not look like a citation or a list of personal names gives nothing.

The bibliographic fields (``_bibliographic``) come from the document's metadata first
(JATS front matter, PDF metadata), page one filling what it lacks.

Layout: page 1's header blocks in ``_biblio_header``, the journal and year in
``_biblio_journal``, name words in ``_biblio_names``, the first author in
``_biblio_authors``.
"""

from __future__ import annotations

import re
from typing import Any, Final

from miner.extract._biblio_authors import (
    author_line_first_author,
    first_author,
    first_author_fallback,
)
from miner.extract._biblio_header import page_one_header, report_title
from miner.extract._biblio_journal import journal_and_year
from miner.extract._calibration import RULE_RELIABILITY, calibrate
from miner.parse.model import Block, ParsedDocument
from miner.records import Evidence, FieldValue

__all__ = [
    "author_line_first_author",
    "first_author",
    "first_author_fallback",
    "journal_and_year",
    "page_one_header",
    "report_title",
]


_DOI_PREFIX: Final = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", re.IGNORECASE)


def _bibliographic(doc: ParsedDocument) -> dict[str, FieldValue]:
    meta = doc.metadata or {}
    out: dict[str, FieldValue] = {}

    def put(name: str, value: Any) -> None:
        if value in (None, "", []):
            return
        ev = Evidence(quote=str(value), page=1 if doc.format == "pdf" else None, section="metadata")
        out[name] = FieldValue(name, value, 0.95, (ev,), "metadata")

    title, parts = report_title(doc)
    if parts:
        # page one's joined title goes out with its own evidence (page, quote, box of its lines)
        rule = "biblio.title_lines"
        ev = doc.evidence(parts[0].start, parts[-1].end, quote=title)
        out["title"] = FieldValue(
            "title", title, calibrate("title", RULE_RELIABILITY.get(rule, 0.8), rule), (ev,), rule
        )
    else:
        put("title", title)
    put("journal", meta.get("journal"))
    doi = meta.get("doi")
    if doi:
        put("doi", _DOI_PREFIX.sub("", str(doi).strip()).lower())
    year = meta.get("year")
    if year is not None:
        try:
            y = int(str(year)[:4])
        except ValueError:
            y = None
        if y and 1900 < y < 2100:
            put("year", y)
    authors = meta.get("authors") or []
    first = meta.get("first_author") or (
        authors[0] if isinstance(authors, list) and authors else None
    )
    if isinstance(first, dict):
        first = first.get("last") or first.get("surname") or first.get("name")
    elif isinstance(first, str) and doc.format != "pdf" and not meta.get("first_author"):
        # JATS names come as "<surname> <given-names>" (the parser joins them in that order).
        first = _jats_surname(first)
    put("first_author", first)
    for key in ("pmid", "pmcid"):
        put(key, str(meta[key]) if meta.get(key) else None)
    if doc.format == "pdf":
        out.update(_page_one_bibliographic(doc, out))
    return out


_SURNAME_PARTICLES: Final = frozenset(
    ["van", "von", "der", "den", "de", "da", "del", "di", "la", "le", "du", "dos"]
)


def _jats_surname(name: str) -> str:
    """The family name of a JATS "surname given-names" string: "van der Berg Jan" -> "van der Berg"."""
    words = name.split()
    k = 0
    while k < len(words) - 1 and words[k].lower() in _SURNAME_PARTICLES:
        k += 1
    return " ".join(words[: k + 1]) if words else name


def _page_one_bibliographic(doc: ParsedDocument, have: dict[str, FieldValue]) -> dict[str, FieldValue]:
    """First author, journal and year read from page 1 when the PDF metadata lacks them."""
    found: dict[str, tuple[Any, Block, str]] = {}
    journal, year = journal_and_year(doc)
    if journal:
        found["journal"] = (journal[0], journal[1], "biblio.citation_line")
    if year:
        found["year"] = (year[0], year[1], "biblio.citation_line")
    author = author_line_first_author(doc)
    if author:
        found["first_author"] = (author[0], author[1], "biblio.author_line")
    elif cited := first_author_fallback(doc):
        # read from a "Citation:" or copyright line: not measured apart, so capped
        found["first_author"] = (cited[0], cited[1], "biblio.citation_author")
    out = {}
    for name, (value, block, rule) in found.items():
        if name in have:
            continue
        ev = doc.evidence(block.start, block.end, quote=block.text)
        out[name] = FieldValue(
            name, value, calibrate(name, RULE_RELIABILITY.get(rule, 0.8), rule), (ev,), rule
        )
    return out
