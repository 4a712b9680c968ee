"""Parse PubMed E-utilities XML (efetch PubmedArticleSet, esearch) into typed records.

Pure functions: bytes in, records out, no I/O. XML is parsed with defusedxml
(no external entities, no entity-expansion bombs); a DOCTYPE line naming NCBI's
DTD is allowed, since every real efetch answer has one, but is never fetched.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from datetime import date

import defusedxml.ElementTree as DET
from defusedxml import DefusedXmlException

from miner.errors import ParseError
from miner.records import Article

__all__ = [
    "ESearchResult",
    "PubMedRecord",
    "flatten_text",
    "normalise_doi",
    "parse_esearch_xml",
    "parse_pubmed_records",
    "parse_pubmed_xml",
]

_WS = re.compile(r"\s+")


def flatten_text(elem: ET.Element | None) -> str:
    """All text inside ``elem`` (inline ``<i>``, ``<sup>``, ``<sub>``... kept as plain text)."""
    if elem is None:
        return ""
    return _WS.sub(" ", "".join(elem.itertext())).strip()


def normalise_doi(doi: str | None) -> str | None:
    """Lower-case DOI without ``https://doi.org/`` or ``doi:`` (the sheet's contract form)."""
    if not doi:
        return None
    doi = doi.strip().lower()
    doi = re.sub(r"^(https?://(dx\.)?doi\.org/|doi:\s*)", "", doi)
    return doi if doi.startswith("10.") else None


def _parse_root(data: bytes, what: str) -> ET.Element:
    if not data or not data.strip():
        raise ParseError(f"empty {what} response", reason="empty")
    try:
        return DET.fromstring(data, forbid_dtd=False, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise ParseError(f"{what} refused: {exc}", reason="unsafe_xml") from exc
    except ET.ParseError as exc:
        raise ParseError(f"{what} is not well-formed XML: {exc}", reason="corrupt") from exc


@dataclass(slots=True)
class PubMedRecord:
    """One efetch record: the article plus the dates the refresh needs."""

    article: Article
    # PubStatus="entrez" date: when the record entered PubMed (None if absent).
    entrez_date: date | None = None


@dataclass(slots=True)
class ESearchResult:
    count: int
    ids: list[str] = field(default_factory=list)
    retstart: int = 0
    retmax: int = 0
    webenv: str | None = None
    query_key: str | None = None
    query_translation: str | None = None
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def parse_esearch_xml(data: bytes) -> ESearchResult:
    """Parse an eSearchResult. Raises ParseError when there is no ``<Count>``."""
    root = _parse_root(data, "esearch")
    count_el = root.find("Count")
    errors = [flatten_text(e) for e in root.findall("ERROR")]
    errors += [f"{e.tag}: {flatten_text(e)}" for e in root.findall("ErrorList/*")]
    if count_el is None or not (count_el.text or "").strip().isdigit():
        detail = "; ".join(errors) or "no <Count>"
        raise ParseError(f"esearch answer without a count: {detail}", reason="corrupt")
    return ESearchResult(
        count=int(count_el.text or 0),
        ids=[(e.text or "").strip() for e in root.findall("IdList/Id") if (e.text or "").strip()],
        retstart=int(root.findtext("RetStart") or 0),
        retmax=int(root.findtext("RetMax") or 0),
        webenv=root.findtext("WebEnv"),
        query_key=root.findtext("QueryKey"),
        query_translation=root.findtext("QueryTranslation"),
        errors=errors,
        warnings=[flatten_text(e) for e in root.findall("WarningList/*")],
    )


def parse_pubmed_xml(data: bytes) -> list[Article]:
    """Parse a PubmedArticleSet (efetch, retmode=xml) into Articles.

    Handles ``PubmedArticle`` and ``PubmedBookArticle``. Structured abstracts
    keep their labels, one section per line: ``"OBJECTIVE: ..."``.

    Raises:
        ParseError: empty, not well-formed, unsafe, or not a PubmedArticleSet.
    """
    return [r.article for r in parse_pubmed_records(data)]


def parse_pubmed_records(data: bytes) -> list[PubMedRecord]:
    """Like :func:`parse_pubmed_xml`, also returning each record's Entrez date."""
    root = _parse_root(data, "efetch")
    if root.tag != "PubmedArticleSet":
        detail = flatten_text(root.find("ERROR")) or root.tag
        raise ParseError(f"efetch answer is not a PubmedArticleSet: {detail}", reason="corrupt")
    records: list[PubMedRecord] = []
    for elem in root:
        if elem.tag == "PubmedArticle":
            records.append(_article(elem))
        elif elem.tag == "PubmedBookArticle":
            records.append(_book(elem))
    return records


def _article(elem: ET.Element) -> PubMedRecord:
    citation = elem.find("MedlineCitation")
    art = citation.find("Article") if citation is not None else None
    pmid = (citation.findtext("PMID") or "").strip() if citation is not None else ""
    ids = _article_ids(elem.find("PubmedData/ArticleIdList"))
    doi = ids.get("doi")
    if art is not None and not doi:
        for loc in art.findall("ELocationID"):
            if loc.get("EIdType") == "doi":
                doi = loc.text
    journal = art.find("Journal") if art is not None else None
    article = Article(
        pmid=pmid or ids.get("pubmed"),
        pmcid=_pmcid(ids.get("pmc")),
        doi=normalise_doi(doi),
        title=flatten_text(art.find("ArticleTitle") if art is not None else None)
        or flatten_text(art.find("VernacularTitle") if art is not None else None)
        or None,
        abstract=_abstract(art.find("Abstract") if art is not None else None),
        authors=_authors(art.find("AuthorList") if art is not None else None),
        journal=(flatten_text(journal.find("Title")) or None) if journal is not None else None,
        year=_year(journal.find("JournalIssue/PubDate") if journal is not None else None)
        or _year(art.find("ArticleDate") if art is not None else None),
        publication_types=[
            flatten_text(p)
            for p in (art.findall("PublicationTypeList/PublicationType") if art is not None else [])
        ],
        mesh_terms=[
            flatten_text(d)
            for d in (
                citation.findall("MeshHeadingList/MeshHeading/DescriptorName")
                if citation is not None
                else []
            )
        ],
        # PubMed does not say whether a text is open access; Europe PMC does.
        is_open_access=None,
        sources=["pubmed"],
    )
    return PubMedRecord(article=article, entrez_date=_entrez_date(elem))


def _book(elem: ET.Element) -> PubMedRecord:
    doc = elem.find("BookDocument")
    if doc is None:
        return PubMedRecord(article=Article(sources=["pubmed"]))
    ids = _article_ids(doc.find("ArticleIdList"))
    book = doc.find("Book")
    title = flatten_text(doc.find("ArticleTitle")) or flatten_text(
        book.find("BookTitle") if book is not None else None
    )
    authors = _authors(doc.find("AuthorList")) or _authors(
        book.find("AuthorList") if book is not None else None
    )
    article = Article(
        pmid=(doc.findtext("PMID") or "").strip() or None,
        pmcid=_pmcid(ids.get("pmc")),
        doi=normalise_doi(ids.get("doi")),
        title=title or None,
        abstract=_abstract(doc.find("Abstract")),
        authors=authors,
        journal=(flatten_text(book.find("Publisher/PublisherName")) or None)
        if book is not None
        else None,
        year=_year(book.find("PubDate") if book is not None else None),
        publication_types=[flatten_text(p) for p in doc.findall("PublicationType")],
        sources=["pubmed"],
    )
    return PubMedRecord(article=article, entrez_date=_entrez_date(elem))


def _article_ids(id_list: ET.Element | None) -> dict[str, str]:
    ids: dict[str, str] = {}
    if id_list is None:
        return ids
    for item in id_list.findall("ArticleId"):
        kind = item.get("IdType", "")
        if kind and item.text and kind not in ids:
            ids[kind] = item.text.strip()
    return ids


def _pmcid(value: str | None) -> str | None:
    if not value:
        return None
    value = value.strip().upper()
    if value.isdigit():
        value = "PMC" + value
    return value if re.fullmatch(r"PMC\d+", value) else None


def _abstract(abstract: ET.Element | None) -> str | None:
    if abstract is None:
        return None
    parts = []
    for section in abstract.findall("AbstractText"):
        text = flatten_text(section)
        if not text:
            continue
        label = (section.get("Label") or "").strip()
        parts.append(f"{label}: {text}" if label else text)
    return "\n".join(parts) or None


def _authors(author_list: ET.Element | None) -> list[str]:
    """Authors as "Last Initials" (the form Europe PMC's fullName uses too)."""
    if author_list is None:
        return []
    names = []
    for author in author_list.findall("Author"):
        last = flatten_text(author.find("LastName"))
        if last:
            initials = flatten_text(author.find("Initials"))
            if not initials:
                fore = flatten_text(author.find("ForeName"))
                initials = "".join(p[0] for p in fore.split() if p)
            names.append(f"{last} {initials}".strip())
        else:
            collective = flatten_text(author.find("CollectiveName"))
            if collective:
                names.append(collective)
    return names


def _year(elem: ET.Element | None) -> int | None:
    if elem is None:
        return None
    year = (elem.findtext("Year") or "").strip()
    if not year:
        # <MedlineDate>1998 Dec-1999 Jan</MedlineDate>
        match = re.search(r"\b(1[89]\d\d|2\d\d\d)\b", elem.findtext("MedlineDate") or "")
        year = match.group(1) if match else ""
    return int(year) if year.isdigit() else None


def _entrez_date(elem: ET.Element) -> date | None:
    for pub_date in elem.findall("PubmedData/History/PubMedPubDate"):
        if pub_date.get("PubStatus") == "entrez":
            try:
                return date(
                    int(pub_date.findtext("Year") or 0),
                    int(pub_date.findtext("Month") or 1),
                    int(pub_date.findtext("Day") or 1),
                )
            except ValueError:
                return None
    return None
