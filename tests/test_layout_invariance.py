"""The same paper must give the same extraction whatever its page layout.

``corpus_samples/layouts`` re-renders tune-set studies, unchanged in content, as accepted
manuscripts (double spacing, margin line numbers, tables and figures after the references,
a long table continued under its repeated header) and as three-column pages (full-width
table and figure bands between the columns, tables without rules, wrapped label cells),
both under running heads and feet carrying the journal, DOI and page number.

For each re-rendering, every contract field's value and every BBB/BMS outcome row as
(arm, group label, day, mean, sd, sem) must equal those extracted from the study's home
PDF; pages, quotes and confidences are ignored, since a layout moves them.
"""

from __future__ import annotations

import json
import warnings
from functools import cache
from pathlib import Path
from typing import Any

import pytest

from miner.contract import FIELD_KINDS
from miner.extract import extract_document
from miner.parse import parse_pdf

CORPUS = Path(__file__).resolve().parents[1] / "corpus_samples"
LAYOUTS = CORPUS / "layouts"
SPLIT = json.loads((LAYOUTS / "split.json").read_text(encoding="utf-8")) if (LAYOUTS / "split.json").is_file() else {}

# Differences not fixed yet: document -> why (strict xfail, so a fix shows up).
KNOWN: dict[str, str] = {}


@pytest.fixture(scope="module")
def nlp() -> Any:
    nlp_mod = pytest.importorskip("miner.nlp")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return nlp_mod.load_pipeline()


def _norm(value: Any) -> Any:
    if isinstance(value, list):
        return sorted(json.dumps(v, sort_keys=True, default=str) for v in value)
    if isinstance(value, dict):
        return json.dumps(value, sort_keys=True, default=str)
    return value


@cache
def _extract(path: Path, nlp: Any) -> tuple[dict[str, Any], frozenset[tuple]]:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        ex = extract_document(parse_pdf(path), nlp)
    fields = {name: _norm(ex.fields[name].value) if name in ex.fields else None for name in FIELD_KINDS}
    rows = frozenset((r.outcome, r.arm, r.group, r.day, r.mean, r.sd, r.sem) for r in ex.outcomes)
    return fields, rows


def differences(name: str, nlp: Any) -> list[str]:
    """What the re-rendering ``name`` extracts differently from its home PDF."""
    home_fields, home_rows = _extract(CORPUS / SPLIT["home"][name], nlp)
    fields, rows = _extract(LAYOUTS / name, nlp)
    out = [f"field {k}: home {home_fields[k]!r} != {fields[k]!r}" for k in FIELD_KINDS
           if home_fields[k] != fields[k]]
    out += [f"row missing {r}" for r in sorted(home_rows - rows, key=str)]
    out += [f"row extra {r}" for r in sorted(rows - home_rows, key=str)]
    return out


def _cases() -> list[Any]:
    cases = []
    for name in SPLIT.get("tune", []):
        marks = [pytest.mark.xfail(strict=True, reason=KNOWN[name])] if name in KNOWN else []
        cases.append(pytest.param(name, marks=marks, id=name.removesuffix(".pdf")))
    return cases


def test_the_corpus_is_built() -> None:
    assert SPLIT, "run corpus_samples/layouts/generate.py"
    assert len({n.split("__")[0] for n in SPLIT["tune"]}) >= 10
    assert all((LAYOUTS / n).is_file() and (CORPUS / SPLIT["home"][n]).is_file() for n in SPLIT["tune"])


def test_home_extractions_are_not_empty(nlp: Any) -> None:
    """The comparison means something only if the home PDFs give rows and fields."""
    homes = sorted(set(SPLIT["home"].values()))
    with_rows = [h for h in homes if _extract(CORPUS / h, nlp)[1]]
    assert len(with_rows) >= len(homes) - 2


@pytest.mark.parametrize("name", _cases())
def test_layout_gives_the_home_extraction(name: str, nlp: Any) -> None:
    assert differences(name, nlp) == []
