"""Vector BBB line graphs are read exactly; uncalibratable plots are refused with a reason.

The plots in corpus_samples/figures come from corpus_samples/figures/generate.py
(matplotlib PDF embedded with show_pdf_page, and reportlab chart widgets), each
with a JSON of the true values.
"""

from __future__ import annotations

import json
from pathlib import Path

import pymupdf
import pytest

from miner.errors import ParseError
from miner.extract.figures import FigureReadout, read_bbb_figures
from miner.extract.figures._calibrate import Uncalibrated, calibrate
from miner.extract.figures._text import (
    arm_for_label,
    error_kind,
    group_size,
    parse_number,
    time_unit,
)
from miner.parse.model import Block, BlockKind, ParsedDocument, SectionKind

FIGURES = Path(__file__).resolve().parents[1] / "corpus_samples" / "figures"
TOL = 0.05  # "exact up to rounding": values were drawn from 2-decimal numbers


def _cases(toolchains: tuple[str, ...], expect: str) -> list[str]:
    out = []
    for j in sorted(FIGURES.glob("*.json")):
        truth = json.loads(j.read_text())
        if truth["toolchain"] in toolchains and truth["expect"] == expect:
            out.append(j.stem)
    return out


def _truth(name: str) -> dict:
    return json.loads((FIGURES / f"{name}.json").read_text())


VECTOR_READ = _cases(("mpl_pdf", "reportlab"), "read")
VECTOR_REFUSED = _cases(("mpl_pdf", "reportlab"), "uncalibrated")


def test_the_sample_set_covers_both_toolchains_and_refusals():
    toolchains = {_truth(n)["toolchain"] for n in VECTOR_READ}
    assert toolchains == {"mpl_pdf", "reportlab"}
    assert len(VECTOR_REFUSED) >= 2


@pytest.mark.parametrize("name", VECTOR_READ)
def test_every_point_is_read_within_rounding(name: str):
    truth = _truth(name)
    readout = read_bbb_figures(FIGURES / truth["file"])
    assert [f.status for f in readout.figures] == ["read"]
    err_field = truth["error"]
    expected = {(s["label"], p["day"]): (s, p) for s in truth["series"] for p in s["points"]}
    got = {(r.group, r.day): r for r in readout.rows}
    assert set(got) == set(expected)
    for key, (series, point) in expected.items():
        row = got[key]
        assert row.outcome == "BBB" and row.source == "figure"
        assert row.arm == series["arm"], key
        assert abs(row.mean - point["mean"]) <= TOL, (key, row.mean, point["mean"])
        err = getattr(row, err_field)
        other = row.sem if err_field == "sd" else row.sd
        assert err is not None and abs(err - point["error"]) <= TOL, (key, err, point["error"])
        assert other is None
        assert row.n == truth["n"]
        assert row.confidence >= 0.95
        assert row.page == 1


@pytest.mark.parametrize("name", VECTOR_READ)
def test_series_are_named_from_the_legend_and_evidence_points_at_the_figure(name: str):
    truth = _truth(name)
    readout = read_bbb_figures(FIGURES / truth["file"])
    (fig,) = readout.figures
    assert fig.kind == "vector"
    assert fig.series == [s["label"] for s in truth["series"]]
    ev = readout.rows[0].evidence[0]
    assert ev.page == 1 and "Basso-Beattie-Bresnahan" in ev.quote
    x0, y0, x1, y1 = ev.bbox
    assert fig.plot_bbox is not None
    px0, py0, px1, py1 = fig.plot_bbox
    assert x0 <= px0 and y0 <= py0 and x1 >= px1 and y1 >= py1
    assert ev.quote.startswith("Figure 3.")


@pytest.mark.parametrize("name", VECTOR_REFUSED)
def test_a_plot_that_cannot_be_calibrated_is_reported_not_read(name: str):
    truth = _truth(name)
    readout = read_bbb_figures(FIGURES / truth["file"])
    assert readout.rows == []
    (fig,) = readout.figures
    assert fig.status == "uncalibrated"
    assert truth["expect_reason"] in fig.reason
    assert fig.points == []


def test_a_panel_about_another_measure_is_left_out():
    readout = read_bbb_figures(FIGURES / "mpl_days_5groups_two_panels.pdf")
    assert len(readout.figures) == 1
    assert not any("weight" in r.group.lower() for r in readout.rows)


def test_bytes_and_open_documents_are_accepted():
    data = (FIGURES / "mpl_days_3groups_sem.pdf").read_bytes()
    from_bytes = read_bbb_figures(data)
    with pymupdf.open(stream=data, filetype="pdf") as doc:
        from_doc = read_bbb_figures(doc)
        assert not doc.is_closed  # the caller's document stays open
    assert [r.mean for r in from_bytes.rows] == [r.mean for r in from_doc.rows]
    assert len(from_bytes.rows) == 18


def test_a_corrupt_pdf_is_a_parse_error():
    with pytest.raises(ParseError):
        read_bbb_figures(b"%PDF-1.7\n this is not a pdf")


def _caption_only_pdf(caption: str) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_textbox(pymupdf.Rect(60, 400, 540, 460), caption, fontsize=9)
    return doc.tobytes()


def test_a_bbb_caption_without_a_line_graph_is_reported_as_not_a_plot():
    readout = read_bbb_figures(
        _caption_only_pdf("Figure 2. BBB scores of the three groups at day 28.")
    )
    assert readout.rows == []
    assert [f.status for f in readout.figures] == ["not_a_plot"]


def test_pages_without_bbb_are_skipped():
    readout = read_bbb_figures(_caption_only_pdf("Figure 1. Western blot of CD63 and TSG101."))
    assert readout.figures == [] and readout.rows == []


def _parsed(
    caption: str, methods: str, caption_box: tuple[float, float, float, float]
) -> ParsedDocument:
    return ParsedDocument(
        source="x.pdf",
        format="pdf",
        pages=1,
        blocks=[
            Block(methods, 1, SectionKind.METHODS, BlockKind.PARAGRAPH, (60, 60, 535, 140)),
            Block(caption, 1, SectionKind.FIGURE_CAPTION, BlockKind.CAPTION, caption_box),
        ],
    )


def test_parsed_captions_and_methods_decide_the_error_kind():
    truth = _truth("mpl_days_3groups_sem")
    rect = truth["figure_rect"]
    caption = "Figure 3. BBB scores after injury (n = 5)."  # silent on SD/SEM
    parsed = _parsed(
        caption,
        "Statistics. Values are expressed as mean \u00b1 SD.",
        (60, rect[3] + 12, 535, rect[3] + 40),
    )
    readout = read_bbb_figures(FIGURES / truth["file"], parsed)
    assert readout.rows and all(r.sd is not None and r.sem is None for r in readout.rows)
    assert all(r.n == 5 for r in readout.rows)
    assert readout.figures[0].caption == caption


def test_error_bars_of_unstated_kind_stay_out_of_sd_and_sem():
    truth = _truth("mpl_days_3groups_sem")
    rect = truth["figure_rect"]
    parsed = _parsed(
        "Figure 3. BBB scores after injury.",
        "Rats were scored weekly.",
        (60, rect[3] + 12, 535, rect[3] + 40),
    )
    readout = read_bbb_figures(FIGURES / truth["file"], parsed)
    assert readout.rows and all(r.sd is None and r.sem is None for r in readout.rows)
    assert "SD or SEM" in readout.figures[0].reason
    assert all(r.confidence >= 0.95 for r in readout.rows)


def test_readout_type():
    assert isinstance(read_bbb_figures(FIGURES / "reportlab_days_3groups_sem.pdf"), FigureReadout)


# ----------------------------------------------------------------------------- pure helpers


@pytest.mark.parametrize(
    ("label", "arm"),
    [
        ("Sham", "sham"),
        ("Sham-operated", "sham"),
        ("SCI", "control"),
        ("SCI + PBS", "control"),
        ("Vehicle", "control"),
        ("Saline", "control"),
        ("Control", "control"),
        ("SCI + Exo", "treatment"),
        ("BMSC-Exos", "treatment"),
        ("hUC-MSC-EVs", "treatment"),
        ("MSC-sEV + hydrogel", "treatment"),
        ("Exo-miR-26a", "treatment"),
        ("Normal", "other"),
        ("Intact", "other"),
        ("Group C", "other"),
    ],
)
def test_legend_labels_map_to_arms(label: str, arm: str):
    assert arm_for_label(label) == arm


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Data are presented as mean \u00b1 SEM.", "sem"),
        ("values are mean \u00b1 S.E.M. (n = 6)", "sem"),
        ("mean +/- SD", "sd"),
        ("Error bars represent standard deviation.", "sd"),
        ("Error bars show SEM", "sem"),
        ("expressed as the mean and standard error", "sem"),
        ("mean \u00b1 standard deviation", "sd"),
        ("BBB scores at day 28.", None),
        ("body weight (mean \u00b1 SD); BBB (mean \u00b1 SEM)", None),
    ],
)
def test_error_kind_is_read_from_the_text(text: str, kind: str | None):
    assert error_kind(text) == kind


@pytest.mark.parametrize(
    ("x_title", "caption", "unit"),
    [
        ("Days post-injury", "", "days"),
        ("Time (d)", "", "days"),
        ("Weeks after SCI", "", "weeks"),
        ("Time (w)", "", "weeks"),
        ("Time after injury", "BBB scores over 8 weeks", "weeks"),
        ("dpi", "", "days"),
        ("Time", "", None),
    ],
)
def test_time_unit(x_title: str, caption: str, unit: str | None):
    assert time_unit(x_title, caption) == unit


@pytest.mark.parametrize(
    ("caption", "n"),
    [
        ("(n = 8 rats per group)", 8),
        ("n=10/group", 10),
        ("n = 6 in sham, n = 8 in others", None),
        ("no n", None),
    ],
)
def test_group_size(caption: str, n: int | None):
    assert group_size(caption) == n


@pytest.mark.parametrize(
    ("text", "value"),
    [("5", 5.0), ("0.5", 0.5), ("\u22122", -2.0), ("2,5", 2.5), ("BBB", None), ("5a", None)],
)
def test_tick_labels_parse_as_numbers(text: str, value: float | None):
    assert parse_number(text) == value


def test_calibration_is_linear_and_checks_every_tick():
    cal = calibrate([(300.0, 0), (260.0, 5), (220.0, 10), (180.0, 15)], axis="y", tolerance=0.5)
    assert cal.value(240.0) == pytest.approx(7.5)
    with pytest.raises(Uncalibrated, match="inconsistent"):
        calibrate([(300.0, 0), (260.0, 5), (220.0, 10), (180.0, 20)], axis="y", tolerance=0.5)
    with pytest.raises(Uncalibrated, match="fewer than two"):
        calibrate([(300.0, 0)], axis="x", tolerance=0.5)


def test_overlay_is_a_png_of_the_figure_with_the_points_ringed():
    from miner.extract.figures import render_overlay

    path = FIGURES / "mpl_days_3groups_sem.pdf"
    readout = read_bbb_figures(path)
    png = render_overlay(path, 1, readout)
    assert png.startswith(b"\x89PNG")
    pix = pymupdf.Pixmap(png)
    fig = readout.figures[0]
    # The picture covers the figure, not the whole page.
    assert pix.width < 595 * 150 / 72 and pix.width >= (fig.bbox[2] - fig.bbox[0]) * 150 / 72
    with pytest.raises(ValueError):
        render_overlay(path, 1, FigureReadout())


def test_public_surface():
    from miner.extract import figures

    assert set(figures.__all__) == {
        "FIGURES_VERSION",
        "read_bbb_figures",
        "render_overlay",
        "FigureReadout",
        "FigureReport",
        "FigurePoint",
    }


def test_a_paper_that_never_names_a_locomotor_scale_costs_no_page_reads() -> None:
    from miner.extract.figures._document import _candidate_pages
    from miner.parse.model import Block, BlockKind, ParsedDocument, SectionKind

    def doc(caption: str) -> ParsedDocument:
        return ParsedDocument("x.pdf", "pdf", 2, [
            Block("Cells were cultured in DMEM.", 1, SectionKind.METHODS),
            Block(caption, 2, SectionKind.FIGURE_CAPTION, BlockKind.CAPTION),
        ])

    assert _candidate_pages(doc("Figure 2. Tumour volume over time."), 2) == set()
    assert 1 in _candidate_pages(doc("Figure 2. BBB locomotor scores after SCI."), 2)
