"""The xlsx for people: columns, colours, drop-downs, frozen header, inert text."""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest
from _sheet_data import save, study
from openpyxl import load_workbook

from miner.contract import ALL_STUDY_FIELDS, ENUMS, OUTCOME_COLUMNS, STATUSES
from miner.sheet import build_export
from miner.sheet.xlsx import MARKER, OUTCOME_HEADER, STUDY_HEADER, confidence_fill, write_xlsx
from miner.store import Store


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(f"sqlite:///{tmp_path / 'miner.db'}")
    yield s
    s.dispose()


def export_to(store: Store, tmp_path: Path) -> Path:
    out = tmp_path / "sheet.xlsx"
    write_xlsx(build_export(store), out)
    return out


def test_studies_sheet_has_a_value_status_and_evidence_column_per_contract_field(store, tmp_path):
    save(store, study())
    wb = load_workbook(export_to(store, tmp_path))
    assert wb.sheetnames[:4] == ["studies", "outcomes", "evidence", "README"]
    ws = wb["studies"]
    header = [c.value for c in ws[1]]
    assert header == STUDY_HEADER
    fields_in_order = [h for h in header[2:] if "__" not in h]
    assert fields_in_order == list(ALL_STUDY_FIELDS)
    row = dict(zip(header, [c.value for c in ws[2]], strict=True))
    assert row["document"] == "chen2021.pdf"
    assert row["row_id"].startswith("doc:")
    assert row["route"] == "intravenous"
    assert row["route__status"] == "prefilled"
    assert row["route__evidence"] == 'p1: "exosomes were injected via the tail vein"'
    assert row["n_per_group"] == 6  # numbers stay numbers
    assert row["markers"] == "CD9, CD63"  # a list as people type it (and the import reads it)
    assert row["size_nm"] == '{"value": 121.3, "low": null, "high": null, "stat": "mean", "method": "NTA"}'
    assert row["size_nm__readable"] == "121.3 nm (mean, NTA)"
    assert row["species"] is None  # the paper is silent: an empty cell
    assert ws.column_dimensions["A"].hidden  # row_id is there for import, not for people
    assert ws.freeze_panes == "C2"


@pytest.mark.parametrize(
    ("confidence", "colour"),
    [(0.95, "C6EFCE"), (0.9, "C6EFCE"), (0.8, "FFEB9C"), (0.7, "FFEB9C"), (0.69, "FFC7CE"), (0.1, "FFC7CE")],
)
def test_confidence_colours(confidence, colour):
    fill = confidence_fill(confidence)
    assert fill is not None and fill.fgColor.rgb.endswith(colour)


def test_value_cells_are_coloured_by_their_confidence(store, tmp_path):
    save(store, study(route_conf=0.93))
    ws = load_workbook(export_to(store, tmp_path))["studies"]
    header = [c.value for c in ws[1]]

    def fill_of(field: str) -> str:
        return ws.cell(row=2, column=header.index(field) + 1).fill.fgColor.rgb

    assert fill_of("route").endswith("C6EFCE")  # 0.93
    assert fill_of("strain").endswith("FFEB9C")  # 0.75
    assert fill_of("n_per_group").endswith("FFC7CE")  # 0.6


def test_vocabularies_and_statuses_have_drop_downs(store, tmp_path):
    save(store, study())
    ws = load_workbook(export_to(store, tmp_path))["studies"]
    header = [c.value for c in ws[1]]
    lists = {}
    for dv in ws.data_validations.dataValidation:
        for rng in dv.sqref.ranges:
            lists[header[rng.min_col - 1]] = dv.formula1.strip('"').split(",")
    assert lists["route"] == list(ENUMS["route"])
    assert lists["injury_model"] == list(ENUMS["injury_model"])
    assert lists["rob_blinding_assessors"] == ["low", "high", "unclear"]
    assert lists["route__status"] == list(STATUSES)
    assert lists["reported_randomisation"] == ["true", "false"]
    assert "title" not in lists  # free text has no list


def test_outcomes_sheet_has_the_contract_columns_status_and_evidence(store, tmp_path):
    save(store, study())
    ws = load_workbook(export_to(store, tmp_path))["outcomes"]
    header = [c.value for c in ws[1]]
    assert header == OUTCOME_HEADER
    assert header[: len(OUTCOME_COLUMNS)] == list(OUTCOME_COLUMNS)
    rows = [dict(zip(header, [c.value for c in r], strict=True)) for r in ws.iter_rows(min_row=2)]
    exo = next(r for r in rows if r["group"] == "Exo")
    assert (exo["outcome"], exo["arm"], exo["day"], exo["mean"], exo["sd"], exo["n"]) == (
        "BBB", "treatment", 28, 11.2, 1.3, 6)
    assert exo["status"] == "prefilled"
    assert exo["evidence"] == 'p1: "Exo 11.2 ± 1.3"'
    assert exo["row_id"].endswith("|BBB|exo|28|table")


def test_evidence_sheet_has_one_row_per_quote(store, tmp_path):
    save(store, study())
    ws = load_workbook(export_to(store, tmp_path))["evidence"]
    rows = [[c.value for c in r] for r in ws.iter_rows(min_row=2)]
    route = next(r for r in rows if r[2] == "route")
    assert route[0] == "chen2021.pdf"
    assert route[3] == "intravenous"
    assert route[5] == 1
    assert route[6] == "exosomes were injected via the tail vein"
    assert route[7] == pytest.approx(0.93)
    assert sum(1 for r in rows if r[2] == "outcome") == 2


def test_readme_explains_statuses_and_the_import_command(store, tmp_path):
    save(store, study())
    ws = load_workbook(export_to(store, tmp_path))["README"]
    text = "\n".join(str(c.value) for row in ws.iter_rows() for c in row if c.value)
    for status in STATUSES:
        assert status in text
    assert "miner sheet import" in text


@pytest.mark.parametrize("hostile", ['=HYPERLINK("http://evil","x")', "+1+cmd|' /C calc'!A0", "-2+3", "@SUM(A1)"])
def test_text_from_papers_never_becomes_a_formula(store, tmp_path, hostile):
    save(store, study(quote=hostile, strain=hostile))
    out = export_to(store, tmp_path)
    with zipfile.ZipFile(out) as z:
        sheet_xml = "".join(z.read(n).decode() for n in z.namelist() if n.startswith("xl/worksheets/"))
    assert "<f>" not in sheet_xml and "<f " not in sheet_xml
    ws = load_workbook(out)["studies"]
    header = [c.value for c in ws[1]]
    cell = ws.cell(row=2, column=header.index("strain") + 1)
    assert cell.value == hostile and cell.data_type == "s"
    assert cell.quotePrefix


def test_control_characters_from_a_hostile_pdf_are_dropped_not_fatal(store, tmp_path):
    save(store, study(strain="Sprague\x00-Dawley\x0b"))
    ws = load_workbook(export_to(store, tmp_path))["studies"]
    header = [c.value for c in ws[1]]
    assert ws.cell(row=2, column=header.index("strain") + 1).value == "Sprague-Dawley"


def test_workbook_carries_a_hidden_marker_for_reimport(store, tmp_path):
    save(store, study())
    wb = load_workbook(export_to(store, tmp_path))
    assert wb["_miner"].sheet_state == "veryHidden"
    assert wb["_miner"]["A1"].value == MARKER


def test_an_empty_store_still_writes_a_valid_workbook(store, tmp_path):
    wb = load_workbook(export_to(store, tmp_path))
    assert wb["studies"].max_row == 1 and wb["outcomes"].max_row == 1


@pytest.mark.parametrize(
    ("field", "value", "cell", "readable"),
    [
        ("size_nm", {"value": None, "low": 30, "high": 150, "stat": None, "method": "TEM"}, None, "30\u2013150 nm (TEM)"),
        ("dose", {"amount": 200, "unit": "ug", "volume_ul": 200, "basis": "protein"}, None,
         "200 \u00b5g protein in 200 \u00b5L"),
        ("frequency", {"doses": 7, "interval_h": 24}, None, "7 doses, every 24 h"),
        ("frequency", {"doses": 1, "interval_h": None}, None, "single dose"),
        ("body_weight_g", {"low": 200, "high": 250}, "200-250", None),
        ("body_weight_g", {"low": 220, "high": 220}, 220, None),
        ("characterization", ["TEM", "NTA", "western_blot"], "TEM, NTA, western_blot", None),
    ],
)
def test_structured_values_are_readable_and_their_cells_still_importable(store, tmp_path, field, value, cell, readable):
    from miner.records import Evidence, FieldValue
    from miner.sheet._cells import parse_field_text

    ex = study()
    ex.add(FieldValue(field, value, 0.99, (Evidence("stated", page=1),)))
    save(store, ex)
    ws = load_workbook(export_to(store, tmp_path))["studies"]
    header = [c.value for c in ws[1]]
    row = dict(zip(header, [c.value for c in ws[2]], strict=True))
    if cell is not None:
        assert row[field] == cell
    assert parse_field_text(field, str(row[field])) == value  # the cell reads back as the same value
    if readable is not None:
        assert row[f"{field}__readable"] == readable
        # The readable column sits right after the value column, before its status.
        assert header.index(f"{field}__readable") == header.index(field) + 1
    else:
        assert f"{field}__readable" not in header


def test_evidence_sheet_shows_values_readably(store, tmp_path):
    save(store, study())
    ws = load_workbook(export_to(store, tmp_path))["evidence"]
    values = {r[2]: r[3] for r in ([c.value for c in row] for row in ws.iter_rows(min_row=2))}
    assert values["size_nm"] == "121.3 nm (mean, NTA)"
    assert values["markers"] == "CD9, CD63"
    assert values["reported_randomisation"] == "yes"


def test_readme_explains_readable_columns_and_added_rows(store, tmp_path):
    save(store, study())
    ws = load_workbook(export_to(store, tmp_path))["README"]
    text = "\n".join(str(c.value) for row in ws.iter_rows() for c in row if c.value)
    assert "__readable" in text and "display only" in text
    assert "leave row_id empty" in text.replace("(leave row_id empty)", "leave row_id empty")


def test_outcome_drop_downs_reach_empty_rows_for_added_values(store, tmp_path):
    save(store, study())
    ws = load_workbook(export_to(store, tmp_path))["outcomes"]
    header = [c.value for c in ws[1]]
    arm_ranges = [rng for dv in ws.data_validations.dataValidation for rng in dv.sqref.ranges
                  if header[rng.min_col - 1] == "arm"]
    assert arm_ranges and arm_ranges[0].max_row > ws.max_row + 100
