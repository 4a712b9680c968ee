"""Small, hand-built studies for the sheet, import and review tests."""

from __future__ import annotations

from pathlib import Path

from miner.records import Evidence, Extraction, FieldValue, OutcomeRow
from miner.store import Store
from miner.store.repository import DocumentFacts, save_extraction, start_run

SHA_A = "a1" * 32
SHA_B = "b2" * 32


def study(
    document: str = "chen2021.pdf",
    *,
    route: str = "intravenous",
    size: float = 121.3,
    strain: str = "Sprague-Dawley",
    mean: float = 11.2,
    route_conf: float = 0.93,
    quote: str = "exosomes were injected via the tail vein",
) -> Extraction:
    """One study with a handful of fields of different kinds and one BBB row."""
    ev = Evidence(quote=quote, page=1, start=0, end=len(quote), section="methods",
                  bbox=(72.0, 90.0, 400.0, 104.0))
    ex = Extraction(document=document)
    ex.add(FieldValue("route", route, route_conf, (ev,), "route.rules"))
    ex.add(FieldValue("strain", strain, 0.75, (Evidence("adult female Sprague-Dawley rats", page=1),)))
    ex.add(FieldValue("n_per_group", 6, 0.6, (Evidence("n = 6 per group", page=1),)))
    ex.add(FieldValue("size_nm", {"value": size, "low": None, "high": None, "stat": "mean", "method": "NTA"},
                      0.95, (Evidence(f"mean diameter of {size} nm by NTA", page=1),)))
    ex.add(FieldValue("markers", ["CD9", "CD63"], 0.9, (Evidence("positive for CD9 and CD63", page=1),)))
    ex.add(FieldValue("reported_randomisation", True, 0.8, (Evidence("randomly assigned", page=1),)))
    ex.outcomes.append(OutcomeRow("BBB", "Exo", "treatment", 28, mean, sd=1.3, n=6, source="table", page=1,
                                  confidence=0.9, evidence=(Evidence("Exo 11.2 ± 1.3", page=1),)))
    ex.outcomes.append(OutcomeRow("BBB", "PBS", "control", 28, 6.1, sd=0.9, n=6, source="table", page=1,
                                  confidence=0.85, evidence=(Evidence("PBS 6.1 ± 0.9", page=1),)))
    return ex


def save(store: Store, ex: Extraction, *, sha: str = SHA_A, version: str = "v1",
         path: str | None = None) -> int:
    """Store one extraction as its own run; return the document id."""
    with store.session() as s:
        run_id = start_run(s, code_version="test", pipeline_version=version).id
        doc = save_extraction(s, DocumentFacts(name=ex.document, sha256=sha, pages=1, path=path, format="pdf"),
                              ex, run_id=run_id, pipeline_version=version)
        return doc.id


def tiny_pdf(path: Path, lines: list[str]) -> Path:
    """A one-page PDF with the given lines (PyMuPDF), for evidence rendering."""
    import pymupdf

    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    y = 100.0
    for line in lines:
        page.insert_text((72, y), line, fontsize=11)
        y += 16
    doc.save(path)
    doc.close()
    return path
