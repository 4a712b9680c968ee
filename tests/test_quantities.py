"""The quantity extractors read numbers with units the many ways papers write them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from miner.extract._numbers import fold, parse_number
from miner.extract.quantities import (
    find_ages,
    find_all,
    find_body_weights,
    find_concentrations,
    find_doses,
    find_durations,
    find_frequencies,
    find_g_forces,
    find_group_sizes,
    find_sizes,
    find_time_points,
    find_volumes,
)

MICROS = ["\u00b5", "\u03bc", "u"]


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("100", 100.0),
        ("100,000", 100000.0),
        ("12.5", 12.5),
        ("1 × 10^10", 1e10),
        ("1 x 10^10", 1e10),
        ("1×1010", 1e10),
        ("1 × 10 10", 1e10),
        ("2.5E10", 2.5e10),
        ("2.5e+10", 2.5e10),
        ("10^9", 1e9),
        ("10⁹", 1e9),
        ("3.2 × 10⁸", 3.2e8),
        ("1*10^6", 1e6),
        ("abc", None),
        ("", None),
    ],
)
def test_parse_number(raw: str, expected: float | None) -> None:
    got = parse_number(raw)
    if expected is None:
        assert got is None
    else:
        assert got == pytest.approx(expected)


@given(st.text(max_size=200))
def test_fold_keeps_length_so_spans_stay_valid(text: str) -> None:
    assert len(fold(text)) == len(text)


def _one(found: list, kind: str | None = None):  # type: ignore[no-untyped-def]
    items = [q for q in found if kind is None or q.kind == kind]
    assert len(items) == 1, items
    return items[0]


# ----------------------------------------------------------------------------- sizes


@pytest.mark.parametrize(
    ("sentence", "value", "low", "high", "stat"),
    [
        ("The mean diameter was 98.3 ± 12.4 nm.", 98.3, None, None, "mean"),
        ("vesicles with a mean size of 98.3 nm ± 12.4", 98.3, None, None, "mean"),
        ("NTA showed a peak at 121 nm.", 121, None, None, "mode"),
        ("The peak size was 118.5 nm", 118.5, None, None, "mode"),
        ("a modal size of 105 nm", 105, None, None, "mode"),
        ("the median diameter was 87 nm", 87, None, None, "median"),
        ("an average diameter of 134.6±8.2nm", 134.6, None, None, "mean"),
        ("vesicles between 40 and 150 nm", None, 40, 150, None),
        ("diameters of 30–200 nm", None, 30, 200, None),
        ("diameters of 30—200 nm", None, 30, 200, None),
        ("diameters of 30-200nm", None, 30, 200, None),
        ("sizes ranging from 50 nm to 150 nm", None, 50, 150, None),
        ("with sizes from 60 to 180 nm", None, 60, 180, None),
        ("in the range of 50~120 nm", None, 50, 120, None),
        ("diameter: 100 nm", 100, None, None, None),
        ("The exosomes were about 100 nm in diameter", 100, None, None, None),
        ("a mean particle size of 1,020 nm", 1020, None, None, "mean"),
    ],
)
def test_sizes(
    sentence: str, value: float | None, low: float | None, high: float | None, stat: str | None
) -> None:
    q = _one(find_sizes(sentence))
    assert q.value["value"] == value
    assert q.value["low"] == low
    assert q.value["high"] == high
    assert q.value["stat"] == stat
    assert sentence[q.start : q.end] == q.text
    assert "nm" in q.text


@pytest.mark.parametrize(
    "sentence",
    [
        "Absorbance was measured at 562 nm using a microplate reader.",
        "The optical density (OD) at 450 nm was read.",
        "The supernatant was filtered through a 220 nm filter.",
        "passed through 0.22 μm filters",
        "excitation at 488 nm",
        "the wavelength of 405 nm",
        "particles of 3 nm",  # below any vesicle size
    ],
)
def test_not_sizes(sentence: str) -> None:
    assert find_sizes(sentence) == []


def test_size_upper_bound_is_not_a_value() -> None:
    q = _one(find_sizes("vesicles smaller than 200 nm"))
    assert q.value["value"] is None
    assert q.value["high"] == 200
    assert q.value["qualifier"] == "upper_bound"


# ----------------------------------------------------------------------------- doses


@pytest.mark.parametrize("mu", MICROS)
@pytest.mark.parametrize(
    ("template", "amount", "unit", "volume"),
    [
        ("rats received 200 {mu}g of exosomes in 200 {mu}L PBS", 200, "ug", 200),
        ("100 {mu}g exosomes were injected", 100, "ug", None),
        ("a dose of 100 {mu}g/kg", 100, "ug_per_kg", None),
        ("at 100 {mu}g per kg body weight", 100, "ug_per_kg", None),
        ("200 {mu}g exosomes dissolved in 1 mL PBS", 200, "ug", 1000),
        ("50 ng of EVs", 0.05, "ug", None),
        ("1 mg/kg of exosomes", 1, "mg_per_kg", None),
        ("2 mg exosomes suspended in 0.5 mL saline", 2, "mg", 500),
        ("200{mu}g Exos", 200, "ug", None),
    ],
)
def test_mass_doses(template: str, mu: str, amount: float, unit: str, volume: float | None) -> None:
    sentence = template.format(mu=mu)
    q = _one(find_doses(sentence))
    assert q.value["amount"] == pytest.approx(amount)
    assert q.value["unit"] == unit
    assert q.value["volume_ul"] == (None if volume is None else pytest.approx(volume))
    assert q.value["basis"] == "protein"


@pytest.mark.parametrize(
    ("sentence", "amount", "unit", "basis"),
    [
        ("200 mcg exosomes", 200, "ug", "protein"),
        ("1 × 10^10 particles", 1e10, "particles", "particles"),
        ("1 x 10^10 particles of EVs", 1e10, "particles", "particles"),
        ("1×1010 particles were injected", 1e10, "particles", "particles"),
        ("2.5E10 particles", 2.5e10, "particles", "particles"),
        ("10^9 exosome particles", 1e9, "particles", "particles"),
        ("4 × 10⁹ EVs", 4e9, "particles", "particles"),
        ("exosomes derived from 1 × 10^6 MSCs", 1e6, "cells_equivalent", None),
        ("EVs secreted by 2 × 10^6 cells", 2e6, "cells_equivalent", None),
        ("exosomes isolated from 5,000,000 BMSCs", 5e6, "cells_equivalent", None),
        ("200 g of exosomes", 200, "ug", "protein"),  # the micro sign was lost
    ],
)
def test_other_doses(sentence: str, amount: float, unit: str, basis: str) -> None:
    q = _one(find_doses(sentence))
    assert q.value["amount"] == pytest.approx(amount)
    assert q.value["unit"] == unit
    assert q.value["basis"] == basis


def test_lost_micro_is_flagged() -> None:
    q = _one(find_doses("200 g of exosomes"))
    assert q.value["flags"] == ["lost_micro"]


@pytest.mark.parametrize(
    ("sentence", "amount", "unit", "per"),
    [
        ("20 μg/μL", 20, "ug", "ul"),
        ("treated with 50 µg/mL exosomes", 50, "ug", "ml"),
        ("a concentration of 100 ug/ml", 100, "ug", "ml"),
        ("1 × 10^9 particles/mL", 1e9, "particles", "ml"),
        ("2.4E11 particles per ml", 2.4e11, "particles", "ml"),
        ("at 10 μg mL-1", 10, "ug", "ml"),
    ],
)
def test_concentrations_are_not_doses(sentence: str, amount: float, unit: str, per: str) -> None:
    q = _one(find_concentrations(sentence))
    assert q.value == {"amount": pytest.approx(amount), "unit": unit, "per": per}
    assert find_doses(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "ul"),
    [("200 μL PBS", 200), ("0.2 mL of saline", 200), ("10 uL", 10), ("10 µl", 10)],
)
def test_volumes(sentence: str, ul: float) -> None:
    assert _one(find_volumes(sentence)).value["amount"] == pytest.approx(ul)


def test_concentration_denominator_is_not_a_volume() -> None:
    assert find_volumes("20 μg/μL and 1 × 10^9 particles/mL") == []


# ----------------------------------------------------------------------------- g-force, durations


@pytest.mark.parametrize(
    ("sentence", "g", "unit"),
    [
        ("centrifuged at 100,000 × g for 70 min", 100000, "g"),
        ("at 100 000 xg", 100000, "g"),
        ("at 100\u2009000 × g", 100000, "g"),
        ("at 120,000×g", 120000, "g"),
        ("spun at 10,000 g for 30 min", 10000, "g"),
        ("at 2000 g", 2000, "g"),
        ("12,000 rcf", 12000, "g"),
        ("300 × g for 10 min", 300, "g"),
        ("a 100,000 g-force spin", 100000, "g"),
        ("at 3000 rpm", 3000, "rpm"),
    ],
)
def test_g_forces(sentence: str, g: float, unit: str) -> None:
    q = _one(find_g_forces(sentence))
    assert q.value == {"g": g, "unit": unit}


@pytest.mark.parametrize(
    "sentence", ["rats weighing 250 g", "a 10 g rod dropped from 25 mm", "200–250 g"]
)
def test_small_bare_grams_are_not_g_forces(sentence: str) -> None:
    assert find_g_forces(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "hours"),
    [
        ("for 70 min", 70 / 60),
        ("for 2 h", 2),
        ("for 90 minutes", 1.5),
        ("for 30 s", 30 / 3600),
        ("for 1.5 hours", 1.5),
    ],
)
def test_durations(sentence: str, hours: float) -> None:
    assert _one(find_durations(sentence)).value["hours"] == pytest.approx(hours)


# ----------------------------------------------------------------------------- animals


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("female SD rats (200–250 g)", 200, 250),
        ("rats weighing 200-250 g", 200, 250),
        ("weighing 220 ± 20 g", 220, 220),
        ("(250 ± 10 g)", 250, 250),
        ("weighing 250 g", 250, 250),
        ("rats weighing 180 to 220 grams", 180, 220),
        ("body weight 200 g–250 g", 200, 250),
        ("adult Wistar rats (body weight, 280 g)", 280, 280),
        ("mice weighing 20-25 g", 20, 25),
    ],
)
def test_body_weights(sentence: str, low: float, high: float) -> None:
    q = _one(find_body_weights(sentence))
    assert (q.value["low"], q.value["high"]) == (low, high)


@pytest.mark.parametrize(
    "sentence",
    [
        "a 10 g rod was dropped from 25 mm",
        "centrifuged at 2,000 g for 10 min",
        "centrifuged at 300 × g",
        "10 g weight",
    ],
)
def test_not_body_weights(sentence: str) -> None:
    assert find_body_weights(sentence) == []


@pytest.mark.parametrize(
    ("sentence", "low", "high"),
    [
        ("8 weeks old", 8, 8),
        ("8-week-old female rats", 8, 8),
        ("aged 8–10 weeks", 8, 10),
        ("6 to 8 weeks of age", 6, 8),
        ("eight weeks old", 8, 8),
        ("aged 2 months", 2 * 4.345, 2 * 4.345),
    ],
)
def test_ages(sentence: str, low: float, high: float) -> None:
    q = _one(find_ages(sentence))
    assert q.value["low_weeks"] == pytest.approx(low)
    assert q.value["high_weeks"] == pytest.approx(high)


@pytest.mark.parametrize(
    ("sentence", "n", "per_group"),
    [
        ("n = 8 per group", 8, True),
        ("n=8/group", 8, True),
        ("(n = 6 rats per group)", 6, True),
        ("eight rats per group", 8, True),
        ("Eight rats in each group", 8, True),
        ("ten female rats per group", 10, True),
        ("12 rats/group", 12, True),
        ("randomly divided into four groups (n = 12 each)", 12, True),
        ("three groups (n = 10 per group)", 10, True),
        ("divided into groups of 10 rats each", 10, True),
        ("15 animals per group", 15, True),
        ("6 per group", 6, True),
        ("(n = 10)", 10, False),
        ("n = 5", 5, False),
    ],
)
def test_group_sizes(sentence: str, n: int, per_group: bool) -> None:
    q = _one(find_group_sizes(sentence))
    assert q.value == {"n": n, "per_group": per_group}


# ----------------------------------------------------------------------------- time points, frequency


@pytest.mark.parametrize(
    ("sentence", "hours"),
    [
        ("immediately after injury", 0),
        ("immediately after SCI", 0),
        ("immediately following contusion", 0),
        ("right after the surgery", 0),
        ("30 min after SCI", 0.5),
        ("30 minutes after injury", 0.5),
        ("1 h after injury", 1),
        ("24 h post-injury", 24),
        ("24 hours after spinal cord injury", 24),
        ("on day 3 after surgery", 72),
        ("3 days post-injury", 72),
        ("1 week after contusion", 168),
        ("two weeks after SCI", 336),
        ("at 7 dpi", 168),
        ("within 2 h after injury", 2),
    ],
)
def test_time_points(sentence: str, hours: float) -> None:
    q = _one(find_time_points(sentence))
    assert q.value["hours"] == pytest.approx(hours)


def test_time_without_injury_anchor_is_not_a_time_point() -> None:
    assert find_time_points("incubated for 30 min at 37 °C") == []


@pytest.mark.parametrize(
    ("sentence", "doses", "interval"),
    [
        ("once daily for 7 days", 7, 24),
        ("daily for 7 consecutive days", 7, 24),
        ("every day for 3 days", 3, 24),
        ("once a day for 14 days", 14, 24),
        ("for 3 consecutive days", 3, 24),
        ("every other day for 14 days", 7, 48),
        ("every other day for 7 days", 4, 48),
        ("on alternate days for 2 weeks", 7, 48),
        ("every 3 days for 4 weeks", 10, 72),
        ("once a week for 4 weeks", 4, 168),
        ("weekly for 4 weeks", 4, 168),
        ("twice a week for 4 weeks", 8, 84),
        ("a single injection", 1, None),
        ("a single tail vein injection", 1, None),
        ("one-time injection", 1, None),
        ("were injected once", 1, None),
        ("three injections on days 1, 3 and 5", 3, 48),
        ("daily", None, 24),
    ],
)
def test_frequencies(sentence: str, doses: int | None, interval: float | None) -> None:
    q = _one(find_frequencies(sentence))
    assert q.value == {"doses": doses, "interval_h": interval}


def test_find_all_spans_point_into_the_text() -> None:
    text = (
        "Female SD rats (200–250 g, 8 weeks old; n = 8 per group) received 200 μg exosomes in 200 μL PBS "
        "via the tail vein 30 min after SCI, once daily for 7 days. NTA showed a peak at 121 nm."
    )
    found = find_all(text)
    kinds = {q.kind for q in found}
    assert {
        "body_weight",
        "age",
        "n_per_group",
        "dose",
        "volume",
        "time_point",
        "frequency",
        "size",
    } <= kinds
    for q in found:
        assert text[q.start : q.end] == q.text


def test_huge_input_is_bounded() -> None:
    text = "1 " * 2_000_000
    assert find_sizes(text) == []
