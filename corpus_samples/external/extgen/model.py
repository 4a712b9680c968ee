"""The study record that drives both renderings and the gold, and its inline markup.

Prose is written once, as strings with a small markup of our own:

- ``{{field1,field2|words}}``  the words are the evidence quote for those gold fields;
- ``{bbb:GROUP@DAY}``          a BBB/BMS value from the study's score data, written
                               "mean ± err" (``{bbb:GROUP@DAY|paren}`` writes "mean (err)");
                               it becomes an outcome row with source ``text``;
- ``<i>``, ``<b>``, ``<sup>``, ``<sub>``  inline styling (JATS italic/bold/sup/sub);
- ``[3]`` / ``[3,4]``          citations (JATS ``xref`` to the reference list).

Other ``<`` must not start a tag-like word (checked); ``&``, ``<``, ``>`` are escaped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

QUOTE_RE = re.compile(r"\{\{([a-z_,]+)\|(.+?)\}\}")
BBB_RE = re.compile(r"\{bbb:([^@}]+)@([0-9.]+)(?:\|(paren))?\}")
TAG_RE = re.compile(r"</?(?:i|b|sup|sub)>")
CITE_RE = re.compile(r"\[(\d+(?:[,–-]\d+)*)\]")
ALLOWED_TAG = re.compile(r"<(/?)(i|b|sup|sub)>")


@dataclass
class Scores:
    """Locomotor scores of one study: ``values[group][day] = (mean, err)``."""

    outcome: str  # "BBB" or "BMS"
    err: str  # "sd" or "sem"
    groups: list[tuple[str, str, int | None]]  # (label as printed, arm, n)
    values: dict[str, dict[float, tuple[float, float]]]

    def arm(self, group: str) -> str:
        return next(a for g, a, _ in self.groups if g == group)

    def n(self, group: str) -> int | None:
        return next(n for g, _, n in self.groups if g == group)

    def cell(self, group: str, day: float, style: str | None = None) -> str:
        mean, err = self.values[group][day]
        if style == "paren":
            return f"{mean:.1f} ({err:.1f})"
        return f"{mean:.1f} ± {err:.1f}"


@dataclass
class Study:
    stem: str
    layout: str  # "single" (wide margins, footnotes) or "twocol" (full-width abstract)
    title: str
    short_title: str
    authors: list[tuple[str, str]]  # (given names, surname)
    affiliations: list[str]
    journal: str
    year: int
    volume: str
    doi: str
    pmid: str
    pmcid: str
    received: str
    values: dict[str, Any]  # gold values of the study fields (contract shapes)
    abstract: list[tuple[str | None, str]]  # (label, text)
    keywords: list[str]
    sections: list[tuple[str, str, list[Any]]]  # (sec-type, heading, blocks)
    references: list[str]
    scores: Scores
    back: list[tuple[str, str]] = field(default_factory=list)  # (heading, text) e.g. COI
    notes: list[str] = field(default_factory=list)
    footnote: str = ""

    @property
    def first_author(self) -> str:
        return self.authors[0][1]


def plain(markup: str, scores: Scores | None = None) -> str:
    """The text a reader sees: markers resolved, tags dropped."""
    text = QUOTE_RE.sub(lambda m: m.group(2), markup)
    if scores is not None:
        text = BBB_RE.sub(lambda m: scores.cell(m.group(1), float(m.group(2)), m.group(3)), text)
    return TAG_RE.sub("", text)


def quotes_in(markup: str) -> list[tuple[list[str], str]]:
    """(fields, plain quote) for every ``{{...|...}}`` marker of a block."""
    return [(m.group(1).split(","), collapse(TAG_RE.sub("", m.group(2)))) for m in QUOTE_RE.finditer(markup)]


def bbb_in(markup: str) -> list[tuple[str, float, str | None]]:
    return [(m.group(1), float(m.group(2)), m.group(3)) for m in BBB_RE.finditer(markup)]


def collapse(text: str) -> str:
    return " ".join(text.split())


def check_markup(markup: str, where: str) -> None:
    """Reject prose the two renderers would treat differently."""
    bare = ALLOWED_TAG.sub("", QUOTE_RE.sub(lambda m: m.group(2), markup))
    if re.search(r"<[A-Za-z/]", bare):
        raise ValueError(f"{where}: unknown tag in prose: {markup[:80]!r}")
    if "{{" in bare or "}}" in bare:
        raise ValueError(f"{where}: unbalanced quote marker: {markup[:80]!r}")
