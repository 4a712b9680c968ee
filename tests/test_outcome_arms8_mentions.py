"""A native-vesicle mention names the paper's plain vesicle label when no label says "native".

Multi-arm papers label their native comparator plainly ("Exo") beside the labels that extend it
("Exo-Cur", "miR-EV"), and write "native exosomes" in the results. That phrase is the plain
label, not a bare "exosomes" taken for the paper's own vesicles.
"""

from __future__ import annotations

import pytest

from miner.extract._outcome_mention_find import find_mentions


@pytest.mark.parametrize(
    ("known", "phrase", "label"),
    [
        (["Sham", "Vehicle", "Cur", "Exo", "Exo-Cur (72 h)", "Exo-Cur (1 h)"], "native exosomes", "Exo"),
        (["Sham", "PBS", "EV", "miR-EV"], "unmodified EVs", "EV"),
        (["Sham", "Saline", "sEV", "sEV-siPTEN"], "unloaded sEVs", "sEV"),
        # The prose word "exosomes" is among the labels: the qualifier still decides.
        (["Sham", "Vehicle", "Exo", "Exo-Cur", "exosomes"], "native exosomes", "Exo"),
        # A label that says "native" itself wins.
        (["Sham", "PBS", "N-Exo", "H-Exo"], "native exosomes", "N-Exo"),
    ],
)
def test_a_native_vesicle_phrase_names_the_plain_label(known: list[str], phrase: str, label: str) -> None:
    found = find_mentions(f"Scores were no better than with {phrase} (6.0 ± 1.3).", known)
    assert [m.label for m in found] == [label]


@pytest.mark.parametrize(
    "known",
    [
        # Two plain labels both extended: which one is native is a guess.
        ["Sham", "PBS", "EV", "Exo", "EV-miR", "Exo-miR"],
        # Nothing extends the only vesicle label: no native comparator in the design.
        ["Sham", "PBS", "Exo"],
    ],
)
def test_no_plain_label_to_name_leaves_the_phrase_as_written(known: list[str]) -> None:
    found = find_mentions("Scores were no better than with native exosomes (6.0 ± 1.3).", known)
    assert [m.label for m in found] == ["native exosomes"]
