"""Numeric fields as authors nobody tuned on write them: schedules, time points, group sizes, doses.

Each phrasing was written for these tests the way a methods section of another lab,
country or journal states the fact, and each was misread or missed before the
mechanism it pins down existed (repeats dated after the first dose, prescription
shorthand, equal splits of a total, cell equivalents, volumes written beside the
amount ...). The traps beside them must stay empty or keep the vesicles' value.
They run end to end through ``extract_fields``, as ``test_numeric_recall`` does.
"""

from __future__ import annotations

from typing import Any

import pytest

from miner.extract import extract_fields
from miner.parse.model import Block, ParsedDocument, SectionKind

S = SectionKind

_TITLE = "Mesenchymal stem cell exosomes improve locomotion after spinal cord contusion in rats"
_INTRO = "Small extracellular vesicles of mesenchymal stromal cells are candidates for repair after spinal cord injury."
_ANIMALS = "Female Sprague-Dawley rats underwent a T10 contusion with an Infinite Horizon impactor."
_ISOLATION = (
    "Vesicles were purified from MSC conditioned medium by differential ultracentrifugation."
)


def _doc(*methods: str, extra: tuple[tuple[SectionKind, str], ...] = ()) -> ParsedDocument:
    parts = [
        (S.TITLE, _TITLE),
        (S.INTRODUCTION, _INTRO),
        (S.METHODS, _ANIMALS),
        (S.METHODS, _ISOLATION),
        *((S.METHODS, m) for m in methods),
        *extra,
    ]
    blocks = [Block(text=t, page=1 + i // 3, section=s) for i, (s, t) in enumerate(parts)]
    return ParsedDocument(source="g.pdf", format="pdf", pages=5, blocks=blocks, metadata={})


def _value(field: str, *methods: str, extra: tuple[tuple[SectionKind, str], ...] = ()) -> Any:
    fv = extract_fields(_doc(*methods, extra=extra), None).get(field)
    if fv is not None:
        assert fv.evidence and fv.evidence[0].page and fv.evidence[0].quote
        assert 0.0 < fv.confidence <= 1.0
    return None if fv is None else fv.value


def _freq(doses: int, interval: float | None) -> dict[str, Any]:
    return {"doses": doses, "interval_h": interval}


def _dose(
    amount: float, unit: str, volume: float | None = None, basis: str | None = "protein"
) -> dict[str, Any]:
    return {"amount": amount, "unit": unit, "volume_ul": volume, "basis": basis}


# ----------------------------------------------------------------------------- frequency


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A count of occasions with the days listed in parentheses: one dose per day, evenly spaced.
        (
            "Exosomes (200 µg) were administered via the tail vein on three occasions (days 1, 4 and 7 after injury).",
            _freq(3, 72.0),
        ),
        # The first dose dated after the injury, the repeats dated after it in the same sentence.
        (
            "Exosomes (200 µg) were injected via the tail vein 24 h after SCI and repeated at 48 and 72 h.",
            _freq(3, 24.0),
        ),
        (
            "Exosomes (100 µg) were injected via the tail vein on day 1 after injury, and a second dose was given on day 7.",
            _freq(2, 144.0),
        ),
        # A booster "one week later": word numbers count as well as digits.
        (
            (
                "Rats received exosomes (100 µg) via the tail vein 1 day after injury, followed by a booster injection "
                "one week later."
            ),
            _freq(2, 168.0),
        ),
        (
            "Exosomes (100 µg) were injected via the tail vein immediately after SCI, and a second dose was given two days later.",
            _freq(2, 48.0),
        ),
        # Prescription shorthand.
        ("Exosomes (100 µg, i.v., q.d. × 5) were given starting 1 h after injury.", _freq(5, 24.0)),
        (
            "Exosomes (100 µg) were given via the tail vein qod x 3, beginning 24 h after injury.",
            _freq(3, 48.0),
        ),
        # "and again at" joins a list of time points.
        (
            "Exosomes (100 µg) were injected via the tail vein at 24 h and again at 72 h after injury.",
            _freq(2, 48.0),
        ),
        (
            "Exosomes (100 µg) were injected intravenously once every three days until day 14 after injury.",
            _freq(5, 72.0),
        ),
        (
            "Exosomes (100 µg) were injected via the tail vein for five successive days.",
            _freq(5, 24.0),
        ),
        (
            "Exosomes (100 µg) were injected via the tail vein at 1, 2 and 3 weeks after SCI.",
            _freq(3, 168.0),
        ),
        (
            "Exosomes (100 µg) were injected intravenously every 48 h for a total of 3 injections.",
            _freq(3, 48.0),
        ),
        # A daily amount, or "daily" a few words before its span, completes the schedule.
        (
            "Exosomes (100 µg/day) were injected via the tail vein for 3 days after injury.",
            _freq(3, 24.0),
        ),
        (
            "Exosomes (100 µg) were injected daily via the tail vein over five days beginning on the day of injury.",
            _freq(5, 24.0),
        ),
        (
            "Exosomes (100 µg) were injected via the tail vein each day for the first week after injury.",
            _freq(7, 24.0),
        ),
        # A stated total outranks the span of the repeats that follow a first dose.
        (
            (
                "Exosomes (100 µg) were injected via the tail vein 2 h after injury and then once daily for the "
                "following three days (four injections in all)."
            ),
            _freq(4, 24.0),
        ),
        # One session at two sites is one dose.
        (
            (
                "Immediately after contusion, 5 µl of exosome suspension was injected at each of two sites 2 mm rostral "
                "and caudal to the epicentre."
            ),
            _freq(1, None),
        ),
        (
            (
                "Exosomes (100 µg in 10 µl) were injected at two sites, rostral and caudal to the lesion, immediately "
                "after contusion."
            ),
            _freq(1, None),
        ),
        # The assessment days of the next sentence are not repeat doses.
        (
            (
                "Exosomes (100 µg) were injected through the tail vein 30 min after injury. "
                "BBB scores were assessed on days 1, 3, 7, 14, 21 and 28."
            ),
            _freq(1, None),
        ),
    ],
)
def test_frequency_as_other_authors_write_it(text: str, expected: dict[str, Any]) -> None:
    assert _value("frequency", text) == expected


def test_a_span_that_another_statement_owns_does_not_count_the_doses() -> None:
    text = "Exosomes (100 µg) were injected via the tail vein daily, and rats were observed for 28 days."
    assert _value("frequency", text) != _freq(28, 24.0)


def test_an_analgesic_schedule_beside_an_undated_count_is_not_a_repeat() -> None:
    methods = (
        "Exosomes (100 µg) were injected through the tail vein 2 h after injury. "
        "Buprenorphine was given twice daily for 3 days."
    )
    assert _value("frequency", methods) == _freq(1, None)
    assert _value("timing_post_injury_h", methods) == 2.0


# ----------------------------------------------------------------------------- timing


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Exosomes (100 µg) were injected via the tail vein on the day after injury.", 24.0),
        ("Exosomes (100 µg) were injected via the tail vein the day after surgery.", 24.0),
        (
            "Exosomes (100 µg) were injected via the tail vein 30 min after the spinal cord was injured.",
            0.5,
        ),
        (
            "Exosomes (100 µg) were injected via the tail vein 24 h after the surgical procedure.",
            24.0,
        ),
        ("Exosomes (100 µg) were injected via the tail vein 2 h after the lesion was made.", 2.0),
        # "procedure" holds the letters of EdU: an agent name counts only as a word.
        (
            "Exosomes (100 µg) were injected via the tail vein 6 h after injury by the procedure above.",
            6.0,
        ),
        ("Exosomes (100 µg) were injected via the tail vein at 1 h following contusion.", 1.0),
        ("Exosomes (100 µg) were injected via the tail vein on post-operative day 3.", 72.0),
        ("Exosomes (100 µg) were injected via the tail vein 72 h post-SCI.", 72.0),
        ("Exosomes (100 µg) were injected via the tail vein at the time of injury.", 0.0),
        ("Twenty-four hours after SCI, exosomes (100 µg) were injected via the tail vein.", 24.0),
        (
            "Exosomes (100 µg) were injected via the tail vein 24 h after SCI and repeated at 48 and 72 h.",
            24.0,
        ),
    ],
)
def test_timing_as_other_authors_write_it(text: str, hours: float) -> None:
    assert _value("timing_post_injury_h", text) == pytest.approx(hours)


def test_ten_minutes_after_the_impact_is_a_sixth_of_an_hour() -> None:
    assert _value(
        "timing_post_injury_h",
        "Exosomes (100 µg) were injected via the tail vein 10 min after the impact.",
    ) == pytest.approx(1 / 6)


# ----------------------------------------------------------------------------- n per group


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Sixty rats were randomly divided into five equal groups.", 12),
        ("24 rats were equally divided into three groups.", 8),
        (
            "Twenty-four female rats were randomly and equally allocated to three groups (sham, SCI + PBS and SCI + Exo).",
            8,
        ),
        ("Forty-five rats were randomly assigned to three equally sized groups.", 15),
        ("Rats were randomly divided into three groups with ten animals each.", 10),
        # The group names in parentheses between "groups" and "of N".
        ("Rats were assigned to three groups (sham, vehicle and Exo) of ten animals each.", 10),
        ("Rats were randomly divided into three groups; each group contained 6 animals.", 6),
        ("Rats were randomly divided into Sham, PBS and Exo groups (6 per group).", 6),
        (
            "Rats were randomized into sham (n = 10), SCI + PBS (n = 10) and SCI + Exo (n = 10) groups.",
            10,
        ),
    ],
)
def test_n_per_group_as_other_authors_write_it(text: str, n: int) -> None:
    assert _value("n_per_group", text) == n


@pytest.mark.parametrize(
    "text",
    [
        # A total split with no word that the groups were equal gives no group size.
        "Sixty rats were randomly divided into five groups.",
        # Equal in words but not in numbers: no guess.
        "Twenty rats were equally divided into three groups.",
        "Rats were randomly assigned to the Exo and PBS groups (n = 8–10 per group).",
    ],
)
def test_unequal_or_unstated_splits_give_no_group_size(text: str) -> None:
    assert _value("n_per_group", text) is None


# ----------------------------------------------------------------------------- dose


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Each rat received via the tail vein exosomes in an amount equivalent to 2 × 10^6 cells.",
            _dose(2e6, "cells_equivalent", basis=None),
        ),
        (
            "Exosomes were injected into the lesion at a concentration of 1 µg/µl, 10 µl per rat.",
            _dose(10.0, "ug", 10.0),
        ),
        ("Exosomes were injected via the tail vein (100 µg/200 µl).", _dose(100.0, "ug", 200.0)),
        ("Exosomes (50 µg, 5 µl) were injected into the lesion.", _dose(50.0, "ug", 5.0)),
        # "medium-dose" names an arm, not a culture medium.
        (
            (
                "Rats were divided into low-dose (50 µg), medium-dose (100 µg) and high-dose (200 µg) exosome groups, "
                "injected via the tail vein."
            ),
            _dose(200.0, "ug"),
        ),
        ("Exosomes were injected via the tail vein at 100 µg/rat.", _dose(100.0, "ug")),
        ("Exosomes were injected via the tail vein at 200 µg·kg−1.", _dose(200.0, "ug_per_kg")),
        (
            "Rats received exosomes at a dose of 2 × 10^9 particles via the tail vein.",
            _dose(2e9, "particles", basis="particles"),
        ),
        (
            "Rats received 0.5 ml of exosome suspension (200 µg/ml) via the tail vein.",
            _dose(100.0, "ug", 500.0),
        ),
    ],
)
def test_dose_as_other_authors_write_it(text: str, expected: dict[str, Any]) -> None:
    assert _value("dose", text) == expected


@pytest.mark.parametrize(
    "trap",
    [
        "Cells were seeded at 1 × 10^5 cells per well in culture medium.",
        "EdU (50 mg/kg) was injected intraperitoneally 3 days before sacrifice.",
        "Rats were anaesthetised with 2% isoflurane and given 5 ml of saline subcutaneously.",
    ],
)
def test_other_amounts_stay_out_of_the_dose(trap: str) -> None:
    assert (
        _value("dose", "Exosomes were injected via the tail vein 1 h after injury.", trap) is None
    )


# ----------------------------------------------------------------------------- tables and captions


def _design_table(schedule: str) -> tuple[tuple[SectionKind, str], ...]:
    return (
        (
            S.TABLE,
            (
                "Table 1 Experimental groups and treatment.\nGroup\tTreatment\tSchedule\n"
                f"Vehicle\tPBS 200 µl i.v.\tas Exo\nExo\tExosomes 100 µg i.v.\t{schedule}"
            ),
        ),
    )


@pytest.mark.parametrize(
    ("schedule", "frequency", "hours"),
    [
        # A schedule cell that starts with the list of days, no "on" before it.
        ("Days 2, 4 and 6 after injury", _freq(3, 48.0), 48.0),
        # "daily, days 1-7": the span with no preposition, and its first day.
        ("daily, days 1–7", _freq(7, 24.0), 24.0),
    ],
)
def test_a_design_table_cell_states_the_schedule(
    schedule: str, frequency: dict[str, Any], hours: float
) -> None:
    methods = "Rats received exosomes via the tail vein as listed in Table 1."
    assert _value("frequency", methods, extra=_design_table(schedule)) == frequency
    assert _value("timing_post_injury_h", methods, extra=_design_table(schedule)) == hours


def test_a_timeline_caption_gives_the_schedule_despite_an_assessment_clause() -> None:
    caption = (
        (
            S.FIGURE_CAPTION,
            (
                "Figure 1. Study design: exosomes (100 µg) were injected via the tail vein on days 1, 2 and 3 after "
                "SCI; locomotion was scored weekly."
            ),
        ),
    )
    methods = "Exosomes were injected via the tail vein as shown in Figure 1."
    assert _value("frequency", methods, extra=caption) == _freq(3, 24.0)


def _score_table(*rows: str) -> tuple[tuple[SectionKind, str], ...]:
    return ((S.TABLE, "Table 3 BBB scores (mean ± SEM)\nGroup\tDay 7\tDay 28\n" + "\n".join(rows)),)


def test_the_rows_of_a_score_table_state_the_group_size() -> None:
    table = _score_table(
        "Sham (n = 5)\t21 ± 0\t21 ± 0",
        "Vehicle (n = 9)\t2.1 ± 0.4\t6.0 ± 0.7",
        "Exo (n = 9)\t3.0 ± 0.5\t9.4 ± 0.6",
    )
    assert _value("n_per_group", "Rats were randomly divided into three groups.", extra=table) == 9


def test_score_table_rows_that_disagree_give_no_group_size() -> None:
    table = _score_table(
        "Vehicle (n = 9)\t2.1 ± 0.4\t6.0 ± 0.7", "Exo (n = 7)\t3.0 ± 0.5\t9.4 ± 0.6"
    )
    assert (
        _value("n_per_group", "Rats were randomly divided into three groups.", extra=table) is None
    )
