"""Bounded cost and shared rules of the extractors.

A sentence of a hostile or badly parsed PDF can run to tens of thousands of characters; the
readers of a sentence's scores must stay linear in its length. The rules that say the same
thing in two places (a group size stated for every group) are one rule.
"""

from __future__ import annotations

import re
import time

import pytest

from miner.extract._candidates import candidate
from miner.extract._context import Sentence
from miner.extract._num_animals import N_EACH, find_group_sizes
from miner.extract._outcome_mentions import mention_pass
from miner.extract._outcome_notes import group_size_for_all
from miner.extract._outcome_values import (
    decimal_points,
    described_labels,
    group_lists,
    scale_parts,
)
from miner.extract._text_outcomes import _SCALE_NAMES
from miner.parse.model import SectionKind

# Many bracketed labels, values, both scale names and stray "P"s; and a dense run of values
# under both scale names. Every label and value used to search the whole sentence before it.
_HOSTILE_UNIT = "(G1) 12.1 ± 1.0 BBB BMS the treated rats (G2) P 1.1 P 2.2 4.4; "
_HOSTILE = (_HOSTILE_UNIT * (20_000 // len(_HOSTILE_UNIT) + 1))[:20_000]
_DENSE_UNIT = "BBB 1.1 2.2 BMS 3.3 4.4; "
_DENSE = (_DENSE_UNIT * (20_000 // len(_DENSE_UNIT) + 1))[:20_000]
# Generous: the readers take about 0.1 s; the quadratic ones took 6 s (values) and over
# 20 s (labels).
_BOUND_S = 2.0


def _timed(fn, *args):
    t = time.perf_counter()
    out = fn(*args)
    return out, time.perf_counter() - t


@pytest.mark.parametrize(
    ("name", "fn", "args"),
    [
        ("described_labels", described_labels, (["G1", "G2"],)),
        ("scale_parts", scale_parts, (_SCALE_NAMES,)),
        ("group_lists", group_lists, ()),
        ("decimal_points", decimal_points, ()),
    ],
)
@pytest.mark.parametrize("text", [_HOSTILE, _DENSE], ids=["labels", "values"])
def test_a_20000_character_sentence_is_read_in_bounded_time(name, fn, args, text):
    out, took = _timed(fn, text, *args)
    assert took < _BOUND_S, f"{name} took {took:.2f} s on a 20,000-character sentence"
    assert out  # it still reads the sentence


@pytest.mark.parametrize("words", [1, 3, 6])
def test_long_hyphenated_names_between_a_group_and_its_value_are_read_in_bounded_time(words):
    # The group opens the clause; between it and the value stand the scale's hyphenated name
    # and a bracket that ends the link. Every split of those long words used to be tried.
    name = "-".join(["Basso-Beattie-Bresnahan"] * words)
    text = f"At day 28, rats given Exo-miR124 reached a {name} (BBB) score of 12.1 ± 1.7."
    values = [re.search(r"12\.1 ± 1\.7", text)]
    groups: list[tuple[str, str] | None] = [None]
    _, took = _timed(mention_pass, text, values, groups, [28.0], ["Exo-miR124", "PBS"])
    assert took < 0.5, f"{took:.2f} s for one value"
    assert groups == [None]  # a bracket between them: not this value's group


def test_the_hostile_sentence_is_still_read_not_skipped():
    labelled = described_labels(_HOSTILE, ["G1", "G2"])
    # "the treated rats (G2)" is a description with its label: written as the label.
    assert "treated rats" not in labelled and len(labelled) == len(_HOSTILE)
    parts = scale_parts(_HOSTILE, _SCALE_NAMES)
    assert set(parts) == {"BBB", "BMS"}
    assert all(len(p) == len(_HOSTILE) for p in parts.values())


@pytest.mark.parametrize(
    ("text", "described"),
    [
        ("against 7.2 in the rats that received only PBS (G2)", "the rats that received only PBS (G2)"),
        ("whereas the treated rats (G2) scored 7.2", "the treated rats (G2)"),
        ("7.2 ± 1.0, and the animals given vehicle (G2)", "the animals given vehicle (G2)"),
        ("The injected animals (G1) scored 12.1", "The injected animals (G1)"),
        # Spaces padded in by a rewritten group list before the description.
        ("scores of" + " " * 60 + "the injured rats (G2)", "the injured rats (G2)"),
        # A number in the description: it is no description.
        ("the rats injected at day 3 (G2)", None),
        # No word about animals or a treatment.
        ("the values (G2)", None),
        # An unknown label.
        ("the treated rats (G9)", None),
    ],
)
def test_a_description_before_a_bracketed_label_is_written_as_the_label(text, described):
    out = described_labels(text, ["G1", "G2"])
    if described is None:
        assert out == text
    else:
        label = described.rsplit("(", 1)[1].rstrip(")")
        assert out == text.replace(described, label.rjust(len(described)))


def test_a_description_longer_than_the_window_is_not_taken():
    # Eight words of description never take 400 characters; past that it is no description.
    text = "in the rats " + "x" * 500 + " treated (G2)"
    assert described_labels(text, ["G2"]) == text


@pytest.mark.parametrize(
    ("text", "bbb", "bms"),
    [
        (
            (
                "Exo rats had a BBB score of 11.4 ± 1.2 and a BMS score of 5.5 ± 0.4, "
                "against 6.8 ± 0.9 and 3.0 ± 0.5 in PBS rats"
            ),
            {"11.4", "6.8"},
            {"5.5", "3.0"},
        ),
        ("BBB scores were 12.2 ± 1.0; BMS scores were 6.1 ± 0.5", {"12.2"}, {"6.1"}),
        # A value takes the scale named last before it in its clause, else the first after it.
        ("scored 11.1 ± 0.8 on the BBB scale; and 5.0 ± 0.3 on the BMS", {"11.1"}, {"5.0"}),
        ("the BBB score was 11.1 ± 0.8 and 5.0 ± 0.3 on the BMS", {"11.1", "5.0"}, set()),
    ],
)
def test_each_value_goes_to_its_scale(text, bbb, bms):
    parts = scale_parts(text, _SCALE_NAMES)
    for scale, want in (("BBB", bbb), ("BMS", bms)):
        kept = {w for w in ("11.4", "6.8", "5.5", "3.0", "12.2", "6.1", "11.1", "5.0") if w in parts[scale]}
        assert kept == want


@pytest.mark.parametrize("gap", ["", " ", "   ", " " * 20])
def test_a_p_value_is_no_score_whatever_the_spaces_after_its_sign(gap):
    text = f"BBB 11.2 ± 1.0 vs BMS 5.1 ± 0.4 (P <{gap}0.05)"
    parts = scale_parts(text, _SCALE_NAMES)
    assert all("0.05" in p for p in parts.values())  # never blanked as another scale's value
    assert "11.2" in parts["BBB"] and "11.2" not in parts["BMS"]


@pytest.mark.parametrize(
    "phrase",
    [
        "n = 8 per group",
        "n=8/group",
        "n = 8 rats/group",
        "n = 8 in each group",
        "(n = 8 each)",
        "n = 8 rats each",
        "n = 8 per arm",
        "n = 8 for each group",
        "N = 8 per condition",
    ],
)
def test_one_size_for_every_group_reads_the_same_in_captions_and_methods(phrase):
    assert N_EACH.search(phrase)
    assert group_size_for_all(f"BBB scores of the groups ({phrase}).") == 8
    sizes = find_group_sizes(f"Rats were divided into three groups ({phrase}).")
    assert [(q.value["n"], q.value["per_group"]) for q in sizes] == [(8, True)]


@pytest.mark.parametrize("phrase", ["n = 8", "(n = 8)", "n = 8 rats", "n = 8-10 per group"])
def test_a_size_not_said_to_be_per_group_is_not_one_for_every_group(phrase):
    assert group_size_for_all(f"BBB scores ({phrase}).") is None


def test_two_sizes_for_every_group_give_none():
    assert group_size_for_all("n = 8 per group", "n = 10 per group") is None


def test_a_candidate_keeps_the_span_of_its_match():
    sent = Sentence(text="EVs were isolated by ultracentrifugation.", start=100, end=141,
                    section=SectionKind.METHODS, block_index=3, page=2)  # fmt: skip
    c = candidate("isolation_method", "ultracentrifugation", 0.9, sent, (122, 140), "rule.x")
    assert (c.field, c.value, c.start, c.end, c.extractor) == (
        "isolation_method", "ultracentrifugation", 122, 140, "rule.x"
    )
    assert c.sentence is sent


def test_a_huge_header_cell_is_not_split_word_by_word() -> None:
    from miner.extract._outcome_long import _unglue

    hostile = " ".join(["Time point Group"] * 5000)
    start = time.perf_counter()
    assert _unglue([hostile, ""]) == [hostile, ""]
    assert time.perf_counter() - start < 2.0
    assert _unglue(["Time point Group", ""]) == ["Time point", "Group"]


@pytest.mark.parametrize(
    "head",
    ["Exosomes were given immediately and ", "Exosomes were given at ", "Exosomes were given on "],
)
@pytest.mark.parametrize("item", ["1 h,", "1 h, ", "2 days ,", "3 - h,"])
def test_a_long_unanchored_list_of_times_is_read_in_bounded_time(head: str, item: str) -> None:
    from miner.extract._num_timepoints import find_time_points

    text = head + item * 200 + " and then the rats were perfused."
    start = time.perf_counter()
    find_time_points(text)
    assert time.perf_counter() - start < 0.05
