"""BBB line graphs embedded as images are read approximately and flagged for confirmation."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from miner.extract.figures import read_bbb_figures

FIGURES = Path(__file__).resolve().parents[1] / "corpus_samples" / "figures"
TOL = 0.5  # BBB units
TARGET = 0.90


def _truth(name: str) -> dict:
    return json.loads((FIGURES / f"{name}.json").read_text())


RASTER = sorted(j.stem for j in FIGURES.glob("png*.json") if _truth(j.stem)["expect"] == "read")


def _hits(name: str) -> tuple[int, int, list]:
    truth = _truth(name)
    readout = read_bbb_figures(FIGURES / truth["file"])
    hits = 0
    total = 0
    for s in truth["series"]:
        for p in s["points"]:
            total += 1
            rows = [r for r in readout.rows if r.group == s["label"] and r.day == p["day"]]
            hits += any(abs(r.mean - p["mean"]) <= TOL and r.arm == s["arm"] for r in rows)
    return hits, total, readout


def test_resolutions_from_150_dpi_up_are_covered():
    assert {_truth(n)["dpi"] for n in RASTER} >= {150, 200, 300}


@pytest.mark.parametrize("name", RASTER)
def test_ninety_percent_of_points_within_half_a_bbb_unit(name: str):
    hits, total, readout = _hits(name)
    assert hits / total >= TARGET, f"{hits}/{total}"
    (fig,) = readout.figures
    assert fig.kind == "raster" and fig.status == "read"
    assert fig.series == [s["label"] for s in _truth(name)["series"]]
    assert "confirm" in fig.reason


@pytest.mark.parametrize("name", RASTER)
def test_raster_values_are_candidates_for_confirmation(name: str):
    readout = read_bbb_figures(FIGURES / f"{name}.pdf")
    assert readout.rows
    assert all(r.confidence <= 0.6 and r.source == "figure" for r in readout.rows)
    # Every read error bar is a plausible length, never the marker's own size.
    truth = _truth(name)
    err_field = truth["error"]
    errors = [getattr(r, err_field) for r in readout.rows if getattr(r, err_field) is not None]
    assert errors and all(0 < e < 3 for e in errors)


def test_labels_that_are_pixels_are_refused_without_ocr():
    readout = read_bbb_figures(FIGURES / "png_baked_text_150.pdf")
    assert readout.rows == []
    (fig,) = readout.figures
    assert fig.status == "uncalibrated"
    assert "not page text" in fig.reason
