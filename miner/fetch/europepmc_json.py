"""Parse Europe PMC REST search answers (format=json, resultType=core or lite).

Pure functions: bytes (or an already-decoded dict) in, typed records out.
Europe PMC titles and abstracts carry HTML (``<i>``, ``<sup>``, ``<h4>`` for
structured-abstract headings): headings become ``"Label: "`` line prefixes,
other tags are dropped without losing their text, entities are unescaped.
"""

from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass, field
from datetime import date
from typing import Any

from miner.errors import ParseError
from miner.fetch.pubmed_xml import normalise_doi
from miner.records import Article

__all__ = ["EuropePMCPage", "EuropePMCRecord", "flatten_html", "parse_europepmc_search"]

_HEADING = re.compile(r"<h[1-6][^>]*>(.*?)</h[1-6]>\s*", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^>]{0,500}>")
_WS = re.compile(r"[ \t\r\f\v]+")


def flatten_html(value: str | None) -> str:
    """Plain text of a Europe PMC HTML fragment; ``<h4>X</h4>`` headings start a ``"X: "`` line."""
    if not value:
        return ""
    text = _HEADING.sub(lambda m: "\n" + _TAG.sub("", m.group(1)).strip() + ": ", value)
    text = html.unescape(_TAG.sub("", text))
    lines = [_WS.sub(" ", line).strip() for line in text.split("\n")]
    return "\n".join(line for line in lines if line)


@dataclass(slots=True)
class EuropePMCRecord:
    """One search hit: the article plus Europe PMC's own identity and dates."""

    article: Article
    source: str  # MED, PMC, PPR, AGR...
    id: str  # the id within that source (a PMID for MED, PPR12345 for a preprint...)
    created: date | None = None  # dateOfCreation: when the record entered Europe PMC

    @property
    def key(self) -> str:
        return f"{self.source}:{self.id}"


@dataclass(slots=True)
class EuropePMCPage:
    hit_count: int
    cursor: str | None  # the cursorMark this page was fetched with
    next_cursor: str | None
    records: list[EuropePMCRecord] = field(default_factory=list)


def parse_europepmc_search(data: bytes | dict[str, Any]) -> EuropePMCPage:
    """Parse one page of ``/search?format=json`` into records and the next cursor.

    Raises:
        ParseError: not JSON (e.g. a body cut short), or no ``resultList``.
    """
    if isinstance(data, (bytes, bytearray)):
        try:
            doc = json.loads(data)
        except (ValueError, UnicodeDecodeError) as exc:
            raise ParseError(
                f"Europe PMC answer is not valid JSON: {exc}", reason="corrupt"
            ) from exc
    else:
        doc = data
    if not isinstance(doc, dict) or not isinstance(doc.get("resultList"), dict):
        raise ParseError("Europe PMC answer has no resultList", reason="corrupt")
    results = doc["resultList"].get("result") or []
    request = doc.get("request") if isinstance(doc.get("request"), dict) else {}
    return EuropePMCPage(
        hit_count=_int(doc.get("hitCount")) or 0,
        cursor=request.get("cursorMark") if request else None,
        next_cursor=doc.get("nextCursorMark") or None,
        records=[_record(r) for r in results if isinstance(r, dict)],
    )


def _record(r: dict[str, Any]) -> EuropePMCRecord:
    journal_info = r.get("journalInfo") if isinstance(r.get("journalInfo"), dict) else {}
    journal = (journal_info.get("journal") or {}) if journal_info else {}
    year = (
        _int(r.get("pubYear"))
        or _int(journal_info.get("yearOfPublication") if journal_info else None)
        or _int(str(r.get("firstPublicationDate") or "")[:4])
    )
    article = Article(
        pmid=_str(r.get("pmid")),
        pmcid=_pmcid(r.get("pmcid")),
        doi=normalise_doi(_str(r.get("doi"))),
        title=flatten_html(_str(r.get("title"))).replace("\n", " ") or None,
        abstract=flatten_html(_str(r.get("abstractText"))) or None,
        authors=_authors(r),
        journal=_str(journal.get("title")) or _str(r.get("journalTitle")),
        year=year if year else None,  # core results say 0 for "unknown"
        publication_types=[str(p) for p in _list(r.get("pubTypeList"), "pubType")]
        or ([str(r["pubType"])] if r.get("pubType") else []),
        mesh_terms=[
            str(m.get("descriptorName"))
            for m in _list(r.get("meshHeadingList"), "meshHeading")
            if isinstance(m, dict) and m.get("descriptorName")
        ],
        is_open_access={"Y": True, "N": False}.get(str(r.get("isOpenAccess", "")).upper()),
        sources=["europepmc"],
    )
    source = _str(r.get("source")) or "MED"
    rid = _str(r.get("id")) or article.pmid or article.pmcid or ""
    return EuropePMCRecord(
        article=article, source=source, id=rid, created=_date(r.get("dateOfCreation"))
    )


def _authors(r: dict[str, Any]) -> list[str]:
    names = []
    for a in _list(r.get("authorList"), "author"):
        if not isinstance(a, dict):
            continue
        name = a.get("fullName") or a.get("collectiveName")
        if not name and a.get("lastName"):
            name = f"{a['lastName']} {a.get('initials', '')}".strip()
        if name:
            names.append(str(name).strip())
    if not names and r.get("authorString"):
        names = [n.strip() for n in str(r["authorString"]).rstrip(".").split(",") if n.strip()]
    return names


def _list(container: Any, key: str) -> list[Any]:
    if not isinstance(container, dict):
        return []
    value = container.get(key)
    return value if isinstance(value, list) else ([] if value is None else [value])


def _str(value: Any) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    return text or None


def _int(value: Any) -> int | None:
    try:
        return int(str(value).strip())
    except (TypeError, ValueError):
        return None


def _pmcid(value: Any) -> str | None:
    text = (_str(value) or "").upper()
    return text if re.fullmatch(r"PMC\d+", text) else None


def _date(value: Any) -> date | None:
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None
