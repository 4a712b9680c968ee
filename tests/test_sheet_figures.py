"""The xlsx marks BBB values read from a figure, so a reviewer checks them against the plot."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from _sheet_data import save, study
from openpyxl import load_workbook

from miner.pipeline import ingest_path
from miner.sheet import build_export
from miner.sheet._cells import figure_note
from miner.sheet.importer import import_xlsx
from miner.sheet.xlsx import FIGURE_FILL, OUTCOME_HEADER, write_xlsx
from miner.store import Store

SAMPLE = "mpl_days_3groups_sem"


@pytest.fixture
def store(tmp_path: Path, corpus_dir: Path) -> Store:
    """A table study (chen2021.pdf) and the generated figure PDF, both extracted."""
    s = Store(f"sqlite:///{tmp_path / 'sheet.db'}")
    save(s, study())
    pdf = tmp_path / f"{SAMPLE}.pdf"
    shutil.copy(corpus_dir / "figures" / f"{SAMPLE}.pdf", pdf)
    assert ingest_path(s, pdf, nlp=None).ok
    yield s
    s.dispose()


def workbook(store: Store, tmp_path: Path) -> Path:
    out = tmp_path / "sheet.xlsx"
    write_xlsx(build_export(store), out)
    return out


def outcome_rows(path: Path) -> list[dict[str, object]]:
    ws = load_workbook(path)["outcomes"]
    out = []
    for r in range(2, ws.max_row + 1):
        cells = {name: ws.cell(row=r, column=c + 1) for c, name in enumerate(OUTCOME_HEADER)}
        out.append(cells)
    return out


def test_figure_rows_are_lavender_with_a_note_naming_figure_and_page(store, tmp_path):
    rows = outcome_rows(workbook(store, tmp_path))
    figure = [r for r in rows if r["source"].value == "figure"]
    table = [r for r in rows if r["source"].value == "table"]
    assert len(figure) == 18 and len(table) == 2
    for r in figure:
        assert r["mean"].comment is not None
        assert r["mean"].comment.text == "Read from Figure 3 on page 1: confirm against the plot."
        for name in ("document", "group", "day", "sem", "source", "evidence"):
            assert r[name].fill.fgColor.rgb.endswith(FIGURE_FILL.fgColor.rgb[-6:]), name
        # The mean keeps its confidence colour (0.97: green), so both signals stay visible.
        assert r["mean"].fill.fgColor.rgb.endswith("C6EFCE")
    for r in table:
        assert r["mean"].comment is None
        assert not r["group"].fill.fgColor.rgb.endswith(FIGURE_FILL.fgColor.rgb[-6:])


def test_the_readme_explains_figure_rows(store, tmp_path):
    ws = load_workbook(workbook(store, tmp_path))["README"]
    text = {str(ws.cell(row=r, column=1).value): str(ws.cell(row=r, column=2).value) for r in range(1, ws.max_row + 1)}
    assert "source 'figure'" in text["figure rows"] and "confirm" in text["figure rows"]
    assert "Lavender" in text["Colours"]


def test_a_verified_figure_row_round_trips_through_the_sheet(store, tmp_path):
    path = workbook(store, tmp_path)
    wb = load_workbook(path)
    ws = wb["outcomes"]
    status_col = OUTCOME_HEADER.index("status") + 1
    group_col, day_col = OUTCOME_HEADER.index("group") + 1, OUTCOME_HEADER.index("day") + 1
    target = next(r for r in range(2, ws.max_row + 1)
                  if ws.cell(row=r, column=group_col).value == "Sham" and ws.cell(row=r, column=day_col).value == 14)
    ws.cell(row=target, column=status_col).value = "verified"
    wb.save(path)
    report = import_xlsx(store, path, "bob")
    assert len(report.recorded) == 1
    sham14 = next(o for o in build_export(store)["outcomes"] if o["group"] == "Sham" and o["day"] == 14)
    assert (sham14["status"], sham14["source"], sham14["mean"]) == ("verified", "figure", 20.87)


@pytest.mark.parametrize(
    ("quote", "page", "expected"),
    [
        ("Figure 3. Hind-limb locomotor recovery (BBB)", 7, "read from Figure 3 on page 7: confirm against the plot"),
        ("Fig. 2B BBB scores over 28 days", 5, "read from Figure 2B on page 5: confirm against the plot"),
        ("FIGURE 12: Basso-Beattie-Bresnahan scores", 9, "read from Figure 12 on page 9: confirm against the plot"),
        ("Supplementary Figure S1. BBB", 14, "read from Figure S1 on page 14: confirm against the plot"),
        ("Figs. 4 and 5 show BBB scores", 3, "read from Figure 4 on page 3: confirm against the plot"),
        ("Locomotor recovery after SCI", 2, "read from a figure on page 2: confirm against the plot"),
        ("", None, "read from a figure: confirm against the plot"),
    ],
)
def test_figure_note_names_the_figure_from_its_caption(quote, page, expected):
    out = {"source": "figure", "page": page, "evidence": [{"page": page, "quote": quote}]}
    assert figure_note(out) == expected


@pytest.mark.parametrize("source", ["text", "table", None])
def test_rows_not_read_from_a_figure_get_no_note(source):
    assert figure_note({"source": source, "page": 3, "evidence": [{"quote": "Figure 3. BBB"}]}) is None
