"""BBB rows whose groups are named away from the values: back-references and comparisons.

"They were a and b" after a sentence that named the groups; "Compared with Y, X improved …
(a vs b)"; "X produced a smaller gain than Y (a)". Each case is in our own wording, with the
traps that must stay empty: a row with a guessed group is worse than no row.
"""

from __future__ import annotations

import pytest

from miner.extract.outcomes import extract_outcomes
from miner.parse.model import Block, ParsedDocument, SectionKind

S = SectionKind
Row = tuple[str, str, float, float]  # group, arm, day, mean

BBB = "Hind-limb function was rated on the BBB open-field scale by two blinded raters."
GROUPS = "Rats were randomised to a PBS group or an Exo group (n = 10 each)."


def doc_of(*paragraphs: str) -> ParsedDocument:
    blocks = [Block(text=BBB, page=None, section=S.METHODS)]
    blocks.append(Block(text=GROUPS, page=None, section=S.METHODS))
    blocks += [Block(text=t, page=None, section=S.RESULTS) for t in paragraphs]
    return ParsedDocument(source="s.xml", format="xml", pages=None, blocks=blocks, tables=[])


def rows_of(*paragraphs: str) -> set[Row]:
    return {(r.group, r.arm, r.day, r.mean) for r in extract_outcomes(doc_of(*paragraphs))[0]}


# --- "they were a and b": groups named by an earlier sentence ----------------------------


@pytest.mark.parametrize(
    ("paragraph", "expected"),
    [
        pytest.param(
            "BBB scores were recorded weekly in the Exo and PBS groups. "
            "At day 28 they were 11.4 ± 0.9 and 7.2 ± 0.8.",
            {("Exo", "treatment", 28, 11.4), ("PBS", "control", 28, 7.2)},
            id="they-were",
        ),
        pytest.param(
            "Open-field scores of the PBS group and the Exo group rose from week 1. "
            "By day 35 the two groups stood at 6.3 ± 0.5 and 9.9 ± 0.7 on the BBB scale.",
            {("PBS", "control", 35, 6.3), ("Exo", "treatment", 35, 9.9)},
            id="order-as-named",
        ),
        pytest.param(
            "Female rats received Exo or PBS through the tail vein. "
            "BBB scores improved from week 2; at week 4 they were 10.8±0.6 and 7.5±0.7.",
            {("Exo", "treatment", 28, 10.8), ("PBS", "control", 28, 7.5)},
            id="two-sentences-back",
        ),
    ],
)
def test_values_take_the_groups_named_before(paragraph: str, expected: set[Row]) -> None:
    assert rows_of(paragraph) == expected


@pytest.mark.parametrize(
    "paragraph",
    [
        pytest.param(
            "BBB scores were recorded weekly in the Exo and PBS groups. "
            "At day 28 they were 11.4 ± 0.9, 7.2 ± 0.8 and 3.1 ± 0.4.",
            id="three-values-two-groups",
        ),
        pytest.param(
            "BBB scores were recorded weekly in the Exo group. "
            "At day 28 they were 11.4 ± 0.9 and 7.2 ± 0.8.",
            id="one-group-named",
        ),
        pytest.param(
            "BBB scores were recorded weekly in the Exo and PBS groups. "
            "At day 28 scores of 11.4 ± 0.9 and 7.2 ± 0.8 were seen.",
            id="no-back-reference",
        ),
        pytest.param(
            "BBB scores were recorded weekly in the Exo and PBS groups.",
            id="other-paragraph",
        ),
    ],
)
def test_unclear_back_references_stay_empty(paragraph: str) -> None:
    paragraphs = [paragraph]
    if "other-paragraph" in paragraph or not any(c.isdigit() for c in paragraph):
        # The groups are named in one paragraph, the values in the next: no reference across.
        paragraphs.append("At day 28 they were 11.4 ± 0.9 and 7.2 ± 0.8 on the BBB scale.")
    assert rows_of(*paragraphs) == set()


# --- "Compared with Y, X improved … (a vs b)" ------------------------------------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Compared with PBS, Exo improved BBB scores from day 14 (day 28: 10.4 ± 0.6 vs "
            "6.9 ± 0.6, mean ± SEM).",
            {("Exo", "treatment", 28, 10.4), ("PBS", "control", 28, 6.9)},
            id="day-colon-pair",
        ),
        pytest.param(
            "Relative to the PBS group, the Exo group significantly increased BBB scores "
            "(12.1 ± 0.8 versus 8.0 ± 0.7 at day 42).",
            {("Exo", "treatment", 42, 12.1), ("PBS", "control", 42, 8.0)},
            id="relative-to",
        ),
    ],
)
def test_comparison_follows_the_grammar(sentence: str, expected: set[Row]) -> None:
    assert rows_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Compared with day 7, BBB scores improved by day 28 (10.4 ± 0.6 vs 6.9 ± 0.6).",
            id="compared-with-a-time-point",
        ),
        pytest.param(
            "Compared with baseline, locomotion improved steadily (BBB 10.4 ± 0.6 vs 6.9 ± 0.6 "
            "at day 28).",
            id="neither-side-a-group",
        ),
    ],
)
def test_unclear_comparisons_stay_empty(sentence: str) -> None:
    assert rows_of(sentence) == set()


# --- "X produced a smaller gain than Y (a)": the value is the subject's ---------------------


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "The PBS group gained less on the BBB scale than the Exo group (6.8 ± 0.5 at day 28).",
            {("PBS", "control", 28, 6.8)},
            id="subject-owns-the-value",
        ),
        pytest.param(
            "On day 28 the BBB score of the Exo group was 10.2 ± 0.7, well above that of the "
            "PBS group (6.8 ± 0.5).",
            {("Exo", "treatment", 28, 10.2), ("PBS", "control", 28, 6.8)},
            id="object-with-its-own-value",
        ),
    ],
)
def test_than_attribution(sentence: str, expected: set[Row]) -> None:
    assert rows_of(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        pytest.param(
            "Native vesicles produced a smaller BBB gain than Exo (8.3 ± 0.6 on day 28).",
            id="subject-not-a-known-group",
        ),
        pytest.param(
            "Both the PBS group and a second cohort gained less on the BBB scale than the Exo "
            "group (6.8 ± 0.5 at day 28).",
            id="two-subjects",
        ),
    ],
)
def test_unclear_than_stays_empty(sentence: str) -> None:
    assert rows_of(sentence) == set()


def test_a_label_without_its_gloss_is_the_glossed_group() -> None:
    """'MT-Exo' in the text is the table's 'MT-Exo (melatonin-primed)', not a group of its own."""
    from miner.parse.model import Table

    table = Table(
        rows=[
            ["Day", "PBS", "Exo (native)", "MT-Exo (melatonin-primed)"],
            ["28", "6.9 ± 0.6", "8.1 ± 0.6", "10.1 ± 0.6"],
        ],
        page=None,
        caption="BBB scores (mean ± SEM).",
    )
    doc = doc_of("Compared with PBS, MT-Exo improved BBB scores (day 28: 10.1 ± 0.6 vs 6.9 ± 0.6).")
    doc.tables.append(table)
    text = {(r.group, r.arm, r.mean) for r in extract_outcomes(doc)[0] if r.source == "text"}
    assert text == {
        ("MT-Exo (melatonin-primed)", "treatment", 10.1),
        ("PBS", "control", 6.9),
    }
