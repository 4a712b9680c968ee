"""Records out (JSON, CSV, RIS) and PRISMA flow counts for the literature refresh."""

from __future__ import annotations

import csv
import io
import json
from collections import defaultdict
from pathlib import Path
from typing import Any

from sqlalchemy import func, select

from miner.errors import ConfigError
from miner.store import Store
from miner.store.refresh_schema import FullTextRow, RecordSourceRow, SavedQueryRow
from miner.store.schema import ArticleRow

__all__ = ["FORMATS", "export_records", "prisma_counts", "record_dicts", "render_records"]

FORMATS = ("json", "csv", "ris")
# A full text counts as retrieved once its file is stored, extracted or not.
RETRIEVED = ("saved", "extracted", "extract_failed")
CSV_COLUMNS = [
    "pmid", "pmcid", "doi", "title", "year", "first_author", "authors", "journal",
    "sources", "full_text", "is_open_access", "publication_types", "mesh_terms", "queries",
    "triage_decision",
]  # fmt: skip


def _query_id(session: Any, name: str) -> int:
    qid = session.scalar(select(SavedQueryRow.id).where(SavedQueryRow.name == name))
    if qid is None:
        raise ConfigError(f"no saved query named {name!r}")
    return int(qid)


def record_dicts(store: Store, query_name: str | None = None) -> list[dict[str, Any]]:
    """Every stored article once (or those a saved query found), as plain dicts.

    Keys: pmid, pmcid, doi, title, year, first_author, authors, journal,
    abstract, sources, full_text (an OA full text is stored), is_open_access,
    publication_types, mesh_terms, queries (saved queries that found it).
    """
    with store.session() as s:
        stmt = select(ArticleRow).order_by(ArticleRow.id)
        if query_name:
            qid = _query_id(s, query_name)
            stmt = stmt.where(
                ArticleRow.id.in_(
                    select(RecordSourceRow.article_id).where(RecordSourceRow.query_id == qid)
                )
            )
        rows = s.scalars(stmt).all()
        with_text = set(
            s.scalars(select(FullTextRow.article_id).where(FullTextRow.status.in_(RETRIEVED)))
        )
        queries: dict[int, set[str]] = defaultdict(set)
        for article_id, name in s.execute(
            select(RecordSourceRow.article_id, SavedQueryRow.name).join(
                SavedQueryRow, SavedQueryRow.id == RecordSourceRow.query_id
            )
        ):
            queries[article_id].add(name)
        return [
            {
                "pmid": r.pmid,
                "pmcid": r.pmcid,
                "doi": r.doi,
                "title": r.title,
                "year": r.year,
                "first_author": (r.authors or [None])[0],
                "authors": list(r.authors or []),
                "journal": r.journal,
                "abstract": r.abstract,
                "sources": list(r.sources or []),
                "full_text": r.id in with_text,
                "is_open_access": r.is_open_access,
                "publication_types": list(r.publication_types or []),
                "mesh_terms": list(r.mesh_terms or []),
                "queries": sorted(queries.get(r.id, ())),
                "triage": _triage(r),
            }
            for r in rows
        ]


def _triage(row: ArticleRow) -> dict[str, Any]:
    """Title/abstract screening against the default criteria: decision and reasons."""
    from miner.appraise import triage_record
    from miner.records import Article

    article = Article(title=row.title, abstract=row.abstract, mesh_terms=list(row.mesh_terms or []),
                      publication_types=list(row.publication_types or []))
    result = triage_record(article)
    return {"decision": result["decision"], "reasons": result["reasons"]}


def render_records(records: list[dict[str, Any]], fmt: str) -> str:
    """Records as JSON (a list of objects), CSV (lists joined by "; ") or RIS."""
    if fmt == "json":
        return json.dumps(records, ensure_ascii=False, indent=2) + "\n"
    if fmt == "csv":
        buf = io.StringIO()
        writer = csv.DictWriter(
            buf, fieldnames=CSV_COLUMNS, extrasaction="ignore", lineterminator="\n"
        )
        writer.writeheader()
        for rec in records:
            row = {k: "; ".join(map(str, v)) if isinstance(v, list) else v for k, v in rec.items()}
            row["triage_decision"] = (rec.get("triage") or {}).get("decision")
            writer.writerow(row)
        return buf.getvalue()
    if fmt == "ris":
        return "".join(_ris(rec) for rec in records)
    raise ConfigError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")


def _ris(rec: dict[str, Any]) -> str:
    # Tags as Zotero and EndNote read them: AN = accession (PMID), C2 = PMCID.
    lines = ["TY  - JOUR"]

    def add(tag: str, value: Any) -> None:
        if value not in (None, "", []):
            lines.append(f"{tag}  - {' '.join(str(value).split())}")

    add("TI", rec["title"])
    for author in rec["authors"]:
        add("AU", author)
    add("PY", rec["year"])
    add("T2", rec["journal"])
    add("AB", rec.get("abstract"))
    add("DO", rec["doi"])
    add("AN", rec["pmid"])
    add("C2", rec["pmcid"])
    for term in rec["mesh_terms"]:
        add("KW", term)
    add("DB", ", ".join(rec["sources"]))
    if rec["pmid"]:
        add("UR", f"https://pubmed.ncbi.nlm.nih.gov/{rec['pmid']}/")
    lines.append("ER  - ")
    return "\n".join(lines) + "\n\n"


def export_records(store: Store, fmt: str, out: Path, query_name: str | None = None) -> int:
    """Write every stored record once to ``out``; returns how many were written."""
    if fmt not in FORMATS:
        raise ConfigError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    records = record_dicts(store, query_name)
    text = render_records(records, fmt)
    out.write_text(text, encoding="utf-8")
    return len(records)


def prisma_counts(store: Store, query_name: str | None = None) -> dict[str, int | None]:
    """Counts for a PRISMA flow diagram, for one saved query or all of them.

    - ``identified_pubmed`` / ``identified_europepmc``: distinct source records
      (PMIDs; Europe PMC source:id) the searches returned, over all runs.
    - ``duplicates_removed``: identified records that were the same work as
      another identified record (within or across sources).
    - ``screened``: distinct works left after deduplication.
    - ``full_texts_retrieved``: of those, works with an OA full text stored.
    - ``included``: None until reviewer inclusion decisions are recorded per
      article (the review module owns that); callers show it as "not yet".
    """
    with store.session() as s:
        cond = []
        if query_name:
            cond.append(RecordSourceRow.query_id == _query_id(s, query_name))
        identified: dict[str, int] = {}
        for source in ("pubmed", "europepmc"):
            identified[source] = int(
                s.scalar(
                    select(func.count(func.distinct(RecordSourceRow.source_id))).where(
                        RecordSourceRow.source == source, *cond
                    )
                )
                or 0
            )
        articles = select(RecordSourceRow.article_id).where(*cond)
        screened = int(
            s.scalar(select(func.count(func.distinct(RecordSourceRow.article_id))).where(*cond))
            or 0
        )
        retrieved = int(
            s.scalar(
                select(func.count(func.distinct(FullTextRow.article_id))).where(
                    FullTextRow.status.in_(RETRIEVED), FullTextRow.article_id.in_(articles)
                )
            )
            or 0
        )
    total = identified["pubmed"] + identified["europepmc"]
    return {
        "identified_pubmed": identified["pubmed"],
        "identified_europepmc": identified["europepmc"],
        "duplicates_removed": total - screened,
        "screened": screened,
        "full_texts_retrieved": retrieved,
        "included": None,
    }
