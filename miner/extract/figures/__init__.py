"""BBB scores read from line graphs in PDFs.

Vector plots (drawing operators) are read exactly from their coordinates,
images approximately from their pixels; plots whose axes cannot be calibrated
from tick marks and numeric labels are reported, never read with guessed axes.

Public surface::

    read_bbb_figures(pdf, parsed=None) -> FigureReadout
    render_overlay(pdf, page_number, readout) -> bytes   # PNG for the review page
"""

from __future__ import annotations

from miner.extract.figures._document import read_bbb_figures
from miner.extract.figures._model import FigurePoint, FigureReadout, FigureReport
from miner.extract.figures._overlay import render_overlay

__all__ = [
    "FIGURES_VERSION",
    "FigurePoint",
    "FigureReadout",
    "FigureReport",
    "read_bbb_figures",
    "render_overlay",
]

# Bumped whenever the figure reader changes (part of the pipeline version).
FIGURES_VERSION = "1"
