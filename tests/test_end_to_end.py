"""From a folder of PDFs to the sheet: what `make run` does, checked against the contract."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from miner.cli import app
from miner.contract import ALL_STUDY_FIELDS, ARMS, ENUMS, LIST_ENUMS, OUTCOME_COLUMNS, OUTCOME_SOURCES, STATUSES

runner = CliRunner()

BAD_FILES = {
    "bad_corrupt.pdf",
    "bad_truncated.pdf",
    "bad_encrypted.pdf",
    "bad_image_only.pdf",
    "bad_empty.pdf",
    "bad_not_a_pdf.pdf",
}


@pytest.fixture(scope="module")
def extracted_sheet(tmp_path_factory: pytest.TempPathFactory, corpus_dir: Path) -> dict:
    if not any(corpus_dir.glob("*.pdf")):
        pytest.skip("corpus_samples/ has no PDFs (run `make samples`)")
    tmp = tmp_path_factory.mktemp("e2e")
    db = f"sqlite:///{tmp / 'miner.db'}"
    # The papers are the top-level PDFs (corpus_samples/figures/ holds single plots for the figure reader).
    papers = [str(p) for p in sorted(corpus_dir.glob("*.pdf"))]
    result = runner.invoke(app, ["extract", *papers, "--db", db, "--workers", "1"])
    assert result.exit_code == 0, result.output
    out = tmp / "sheet.json"
    result = runner.invoke(app, ["sheet", "export", "--db", db, "--format", "json", "--out", str(out)])
    assert result.exit_code == 0, result.output
    xlsx = tmp / "sheet.xlsx"
    result = runner.invoke(app, ["sheet", "export", "--db", db, "--format", "xlsx", "--out", str(xlsx)])
    assert result.exit_code == 0, result.output
    assert xlsx.stat().st_size > 0
    sheet = json.loads(out.read_text())
    sheet["_db"] = db
    return sheet


pytestmark = pytest.mark.slow


def test_every_good_sample_becomes_a_study_and_every_bad_file_a_failure_with_a_reason(
    extracted_sheet: dict, corpus_dir: Path
) -> None:
    good = {p.name for p in corpus_dir.glob("*.pdf")} - BAD_FILES
    assert {s["document"] for s in extracted_sheet["studies"]} == good
    failed = {f["document"]: f for f in extracted_sheet["failed_documents"]}
    assert set(failed) == BAD_FILES
    assert all(f["reason"] and f["error"] for f in failed.values())


def test_the_json_export_has_the_contract_shape(extracted_sheet: dict) -> None:
    assert extracted_sheet["studies"], "no study extracted"
    for study in extracted_sheet["studies"]:
        assert isinstance(study["document"], str)
        for name, cell in study["fields"].items():
            assert name in ALL_STUDY_FIELDS, name
            assert cell["status"] in STATUSES
            assert 0.0 <= cell["confidence"] <= 1.0
            value = cell["value"]
            if name in ENUMS:
                assert value in ENUMS[name], (name, value)
            if name in LIST_ENUMS:
                assert isinstance(value, list) and value
            # Every prefilled value carries its evidence: page and quote. The exceptions are
            # appraisal judgements made from silence (SYRCLE "unclear", an item not reported).
            from_silence = (name.startswith("rob_") and value == "unclear") or (
                name.startswith("reported_") and value is False
            ) or name == "eligibility"
            assert cell["evidence"] or from_silence, (study["document"], name)
            for ev in cell["evidence"]:
                assert ev["quote"].strip()
                assert "page" in ev
    for row in extracted_sheet["outcomes"]:
        assert set(OUTCOME_COLUMNS) <= set(row)
        assert row["arm"] in ARMS and row["source"] in OUTCOME_SOURCES
        assert row["page"] is None or row["page"] >= 1


def test_values_are_quoted_from_the_page_they_cite(extracted_sheet: dict, corpus_dir: Path) -> None:
    """Each quote is text of the cited page as miner reads it (ligatures and µ normalised)."""
    from miner.parse import parse_path

    def squash(text: str) -> str:
        return "".join(text.split()).casefold()

    checked = 0
    for study in extracted_sheet["studies"]:
        doc = parse_path(corpus_dir / study["document"])
        pages: dict[int, str] = {}
        for block in doc.blocks:
            pages[block.page or 0] = pages.get(block.page or 0, "") + squash(block.text)
        for name, cell in study["fields"].items():
            for ev in cell["evidence"]:
                if ev.get("page"):
                    assert squash(ev["quote"]) in pages.get(ev["page"], ""), (study["document"], name, ev)
                    checked += 1
    assert checked > 100


def test_running_the_same_files_again_changes_nothing(extracted_sheet: dict, corpus_dir: Path, tmp_path: Path) -> None:
    db = extracted_sheet["_db"]
    papers = [str(p) for p in sorted(corpus_dir.glob("*.pdf"))]
    result = runner.invoke(app, ["extract", *papers, "--db", db, "--workers", "1"])
    assert result.exit_code == 0
    assert "0 extracted" in result.output and "already done" in result.output
    out = tmp_path / "again.json"
    runner.invoke(app, ["sheet", "export", "--db", db, "--format", "json", "--out", str(out)])
    again = json.loads(out.read_text())
    again["_db"] = db
    assert again == extracted_sheet
