"""Gold annotations: the study's field values with the pages their quotes are on.

The page of each quote is found by reading the rendered PDF back with PyMuPDF
(the same way the tests and ``miner`` read it), restricted to the pages the
quote's paragraph was drawn on. A quote that cannot be found is an error in the
study definition, never silently dropped.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pymupdf

from miner.contract import BIBLIOGRAPHIC_FIELDS, ENUMS, FIELD_KINDS, LIST_ENUMS, STUDY_FIELDS

from . import text as tx
from .render import Rendered, fmt_cell
from .spec import Study


class GoldError(ValueError):
    """The study definition and its rendering disagree."""


def page_texts(path: Path) -> list[str]:
    with pymupdf.open(path) as doc:
        return [page.get_text() for page in doc]


def _locate(quote: str, pages: list[str], allowed: set[int], where: str) -> int:
    for p in sorted(allowed):
        if tx.quote_on_page(quote, pages[p - 1]):
            return p
    raise GoldError(f"{where}: quote {quote!r} not found on page(s) {sorted(allowed)}")


def check_value(name: str, value: Any) -> None:
    """Raise if ``value`` is not in the contract's shape or vocabulary."""
    kind = FIELD_KINDS.get(name)
    if kind is None:
        raise GoldError(f"unknown field {name!r}")
    if name in ENUMS and value not in ENUMS[name]:
        raise GoldError(f"{name}={value!r} not in {ENUMS[name]}")
    if name == "isolation_method" and (not isinstance(value, list) or not set(value) <= set(LIST_ENUMS[name])):
        raise GoldError(f"{name}={value!r}")
    expected = {"str": str, "int": int, "float": (int, float), "bool": bool, "range": dict, "object": dict,
                "list_enum": list, "list_str": list, "enum": str}[kind]
    if not isinstance(value, expected) or (kind == "int" and isinstance(value, bool)):
        raise GoldError(f"{name}={value!r} is not {kind}")


def _check_paragraphs(study: Study, rendered: Rendered, pages: list[str]) -> None:
    """Every paragraph drawn on one page must read back exactly (catches layout bugs
    such as a hyphen lost when reportlab re-wraps a paragraph)."""
    for key, text in rendered.paragraphs:
        on = rendered.key_pages.get(key, set())
        if len(on) != 1:
            continue
        # Spaces are compared loosely here: PyMuPDF may drop the space before a
        # font change ("hemisection.Results"), which is fine for a paragraph check.
        squeezed = [v.replace(" ", "") for v in tx.page_variants(pages[min(on) - 1])]
        if not any(text.replace(" ", "") in v for v in squeezed):
            raise GoldError(f"{study.pdf} {key}: paragraph does not read back from page {min(on)}: {text[:80]!r}")


def build_gold(study: Study, rendered: Rendered, pdf: Path) -> dict[str, Any]:
    """The contract's JSON export shape for one document (no statuses/confidences)."""
    pages = page_texts(pdf)
    _check_paragraphs(study, rendered, pages)
    evidence: dict[str, list[dict[str, Any]]] = {}
    for key, fields, quote in rendered.quotes:
        page = _locate(quote, pages, rendered.key_pages.get(key, set()), f"{study.pdf} {key}")
        for name in fields:
            if name not in study.fields:
                raise GoldError(f"{study.pdf}: marker for {name!r} but no gold value")
            ev = {"page": page, "quote": quote}
            if ev not in evidence.setdefault(name, []):
                evidence[name].append(ev)
    fields: dict[str, Any] = {}
    for name in (*BIBLIOGRAPHIC_FIELDS, *STUDY_FIELDS):
        if name not in study.fields:
            continue
        value = study.fields[name]
        check_value(name, value)
        if name not in evidence:
            raise GoldError(f"{study.pdf}: field {name!r} has a value but no quote")
        fields[name] = {"value": value, "evidence": evidence[name]}
    unknown = set(study.fields) - set(fields)
    if unknown:
        raise GoldError(f"{study.pdf}: fields outside the contract: {sorted(unknown)}")
    return {
        "studies": [{"document": study.pdf, "fields": fields}],
        "outcomes": _outcomes(study, rendered, pages),
        "notes": list(study.notes),
    }


def _outcomes(study: Study, rendered: Rendered, pages: list[str]) -> list[dict[str, Any]]:
    bbb = study.bbb
    if bbb is None or bbb.source == "figure":
        return []
    rows: list[tuple[str, float, int, str]] = []  # group, day, page, source
    if bbb.source == "table":
        key = rendered.table_key
        if key is None:
            raise GoldError(f"{study.pdf}: BBB source is 'table' but no table was rendered")
        (page,) = sorted(rendered.key_pages[key])
        for g in bbb.groups:
            for day, (mean, err) in g.values.items():
                if not tx.quote_on_page(fmt_cell(mean, err), pages[page - 1]):
                    raise GoldError(f"{study.pdf}: table cell {fmt_cell(mean, err)} not on page {page}")
                rows.append((g.name, day, page, "table"))
    else:
        for key, group, day, cell in rendered.bbb_text:
            page = _locate(cell, pages, rendered.key_pages[key], f"{study.pdf} {key}")
            rows.append((group, day, page, "text"))
    out = []
    for group, day, page, source in sorted(rows, key=lambda r: (r[1], [g.name for g in bbb.groups].index(r[0]))):
        g = bbb.group(group)
        mean, err = g.values[day]
        out.append({
            "document": study.pdf, "outcome": bbb.scale, "group": g.name, "arm": g.arm, "day": float(day),
            "mean": mean, "sd": err if bbb.err == "sd" else None, "sem": err if bbb.err == "sem" else None,
            "n": g.n, "source": source, "page": page,
        })
    return out
