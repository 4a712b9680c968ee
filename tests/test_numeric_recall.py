"""Numeric fields as other authors write them: frequency, timing, n per group, dose, size.

Every phrasing here was written for these tests from how methods sections of this
field state a schedule, a time point, a group size or a dose; each one was missed
or misread by the pipeline before the mechanism it pins down existed. They run end
to end (``extract_fields`` on a small parsed document), so section policy, voting
and the traps (anaesthetics, antibiotics, assessments, in-vitro doses) all take part.
"""

from __future__ import annotations

from typing import Any

import pytest

from miner.extract import extract_fields
from miner.parse.model import Block, ParsedDocument, SectionKind

S = SectionKind

_TITLE = "Bone marrow MSC-derived exosomes promote recovery after spinal cord injury in rats"
_INTRO = "Exosomes of mesenchymal stem cells (MSC-Exos) may promote repair after spinal cord injury (SCI)."
_ANIMALS = "Adult female Sprague-Dawley rats were used. A T10 contusion was made with an NYU impactor."
_ISOLATION = "Exosomes were isolated from the conditioned medium of bone marrow MSCs by ultracentrifugation."


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
    return ParsedDocument(source="t.pdf", format="pdf", pages=5, blocks=blocks, metadata={})


def _value(field: str, *methods: str, extra: tuple[tuple[SectionKind, str], ...] = ()) -> Any:
    fv = extract_fields(_doc(*methods, extra=extra), None).get(field)
    if fv is not None:
        # Every value carries its evidence: a page and the quote it came from.
        assert fv.evidence and fv.evidence[0].page and fv.evidence[0].quote
        assert 0.0 < fv.confidence <= 1.0
    return None if fv is None else fv.value


def _freq(doses: int | None, interval: float | None) -> dict[str, Any]:
    return {"doses": doses, "interval_h": interval}


# ----------------------------------------------------------------------------- frequency


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Exosomes were injected via the tail vein consecutively for 3 days.", _freq(3, 24.0)),
        ("Exosomes were given intravenously on three consecutive days.", _freq(3, 24.0)),
        ("The rats were injected with exosomes through the tail vein for 7 days in succession.", _freq(7, 24.0)),
        ("Exosomes were injected via the tail vein twice, 24 h apart.", _freq(2, 24.0)),
        ("Exosomes were microinjected into the lesion once.", _freq(1, None)),
        ("Rats received a single intraspinal microinjection of exosomes at the lesion.", _freq(1, None)),
        ("Exosomes were injected via the tail vein 3 times at intervals of 2 days.", _freq(3, 48.0)),
        ("Exosomes were injected via the tail vein daily from day 1 to day 7 after injury.", _freq(7, 24.0)),
        ("Exosomes (200 µg) were injected via the tail vein daily on days 1-7 after injury.", _freq(7, 24.0)),
        ("Exosomes were injected via the tail vein once daily for the first 3 days after SCI.", _freq(3, 24.0)),
        ("Exosomes were administered by tail vein injection on days 0, 7, 14 and 21.", _freq(4, 168.0)),
        ("Exosomes (200 µg) were injected via the tail vein daily for 7 d.", _freq(7, 24.0)),
        ("Exosomes (200 µg) were injected via the tail vein every 2 d for 10 d.", _freq(5, 48.0)),
        ("Exosomes (200 µg) were injected via the tail vein once a week for a month.", _freq(4, 168.0)),
        ("Exosomes (200 µg) were injected via the tail vein 1 h after SCI and repeated 3 days later.", _freq(2, 72.0)),
        (
            "Exosomes (200 µg) were given by tail vein injection, a total of three times, every other day.",
            _freq(3, 48.0),
        ),
        # The interval and the count stated apart in one sentence are one schedule.
        (
            "Exosomes were injected 3 days post-SCI and the injection was repeated every other day, five injections in all.",
            _freq(5, 48.0),
        ),
        (
            "Exosome injections began 24 h after injury and were repeated once daily on the next two days "
            "(three injections in total).",
            _freq(3, 24.0),
        ),
        ("Rats received three tail-vein injections of exosomes at 3-day intervals.", _freq(3, 72.0)),
    ],
)
def test_frequency_phrasings(text: str, expected: dict[str, Any]) -> None:
    assert _value("frequency", text) == expected


def test_a_count_in_the_abstract_agrees_with_the_full_schedule_of_the_methods() -> None:
    methods = "Exosomes (200 µg) were injected via the tail vein twice, at 24 h and 96 h after injury (72 h apart)."
    extra = (
        (S.ABSTRACT, "Rats with SCI received two intravenous doses of MSC exosomes."),
        (S.ABSTRACT, "Exosomes given twice via the tail vein improved recovery in rats."),
        (S.RESULTS, "DiR-labelled exosomes injected twice into the tail vein accumulated in the lesion."),
    )
    assert _value("frequency", methods, extra=extra) == _freq(2, 72.0)


def test_the_sentence_may_leave_the_vesicles_to_the_paragraph() -> None:
    paragraph = (
        "Exosomes (100 µg in 200 µl PBS) were prepared fresh for each rat. "
        "The tail was warmed in water at 40 °C to dilate the vein. "
        "Injections were given into a tail vein, starting on day 3 after injury, as three injections at 3-day intervals."
    )
    assert _value("frequency", paragraph) == _freq(3, 72.0)
    assert _value("timing_post_injury_h", paragraph) == 72.0


@pytest.mark.parametrize(
    "trap",
    [
        "Buprenorphine (0.05 mg/kg) was injected subcutaneously twice daily for 3 days after surgery.",
        "Penicillin was injected intramuscularly once daily for 7 days to prevent infection.",
        "BrdU (50 mg/kg) was injected intraperitoneally once daily for 7 days.",
    ],
)
def test_other_agents_schedules_are_not_the_vesicles(trap: str) -> None:
    methods = "Exosomes (200 µg) were injected via the tail vein once, 1 h after injury."
    assert _value("frequency", methods, trap) == _freq(1, None)
    assert _value("timing_post_injury_h", methods, trap) == 1.0


def test_a_caption_listing_assessment_days_gives_no_schedule() -> None:
    methods = "Exosomes (200 µg) were injected via the tail vein once, 1 h after injury."
    caption = ((S.FIGURE_CAPTION, "Fig. 3 BBB scores of rats treated with exosomes or PBS at 1, 3, 7, 14 and 28 days after SCI."),)
    assert _value("frequency", methods, extra=caption) == _freq(1, None)


# ----------------------------------------------------------------------------- timing


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("Exosomes (200 µg) were injected via the tail vein at the subacute phase (day 7).", 168.0),
        ("Exosomes (200 µg) were injected via the tail vein after the injury (day 0).", 0.0),
        (
            "Exosomes (200 µg) were injected into the tail vein 30 minutes after the establishment of the SCI model.",
            0.5,
        ),
        ("Exosomes (200 µg) were injected via the tail vein on the day of injury.", 0.0),
        ("Exosomes (200 µg) were injected via the tail vein on post-injury day 3.", 72.0),
        ("Exosomes (200 µg) were injected via the tail vein on postoperative day 1.", 24.0),
        ("Exosomes (200 µg) were injected via the tail vein at the 3rd day after injury.", 72.0),
        ("Exosomes (200 µg) were injected via the tail vein a week after injury.", 168.0),
        ("Exosomes (200 µg) were injected via the tail vein half an hour after injury.", 0.5),
        ("Exosomes (200 µg) were injected via the tail vein immediately after the spinal cord was compressed.", 0.0),
        ("One hour after reperfusion, rats received 1.5E10 exosome particles via the femoral vein.", 1.0),
        # Anaesthesia in the sentence does not hide the vesicles' time point.
        ("Under isoflurane anaesthesia, exosomes (200 µg) were injected via the tail vein 2 h after SCI.", 2.0),
        # "allowed to gel in situ" is a hydrogel setting, not an electrophoresis gel.
        (
            "Immediately after transection, 10 µl of hydrogel containing 10^9 exosome particles was injected "
            "into the gap and allowed to gel in situ.",
            0.0,
        ),
        # How the dose was measured is a remark, not a lab assay sentence.
        (
            "Immediately after the contusion, exosomes (100 µg/kg body weight, protein by BCA) were injected "
            "into the jugular vein once.",
            0.0,
        ),
    ],
)
def test_timing_phrasings(text: str, hours: float) -> None:
    assert _value("timing_post_injury_h", text) == hours


@pytest.mark.parametrize(
    "text",
    [
        # How long a schedule ran is not when it began.
        "Exosomes (200 µg) were injected via the tail vein daily for 7 days after injury.",
        "Exosomes (200 µg) were injected via the tail vein daily during the first week after SCI.",
    ],
)
def test_a_duration_after_injury_is_not_the_first_dose(text: str) -> None:
    assert _value("timing_post_injury_h", text) is None


# ----------------------------------------------------------------------------- n per group


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Each experimental group comprised 6 rats.", 6),
        ("Rats were divided into three groups, each containing 10 rats.", 10),
        ("Rats were randomly divided into 3 groups with 12 rats in each.", 12),
        ("Rats were randomly divided into three groups. In each group, 10 rats were used for BBB analysis.", 10),
        ("Rats were randomly divided into three groups. The number of rats in each group was 10.", 10),
        ("Rats were randomly divided into three groups, with 10 rats per experimental group.", 10),
        ("Rats were randomly divided into three groups. All groups consisted of 10 rats.", 10),
    ],
)
def test_n_per_group_phrasings(text: str, n: int) -> None:
    assert _value("n_per_group", text) == n


@pytest.mark.parametrize(
    "text",
    [
        "Rats were randomly divided into the Exo group and the PBS group (n = 6-8 per group).",
        "Rats were randomly divided into the Exo group and the PBS group (n = 6 to 8 rats per group).",
        "A total of 36 rats were randomly divided into three groups.",
    ],
)
def test_ranges_and_totals_give_no_group_size(text: str) -> None:
    assert _value("n_per_group", text) is None


def test_a_table_title_states_the_group_size() -> None:
    table = ((S.TABLE, "Table 2: BBB locomotor scores (mean ± SD; n = 9 rats per group).\nGroup\tDay 7\tDay 28"),)
    assert _value("n_per_group", "Rats were randomly divided into three groups.", extra=table) == 9


# ----------------------------------------------------------------------------- dose


def _dose(amount: float, unit: str, volume: float | None, basis: str | None) -> dict[str, Any]:
    return {"amount": amount, "unit": unit, "volume_ul": volume, "basis": basis}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rats were anaesthetized with ketamine (80 mg/kg) and xylazine (10 mg/kg), and 200 µg exosomes were "
            "injected via the tail vein.",
            _dose(200.0, "ug", None, "protein"),
        ),
        (
            "Under isoflurane anaesthesia, rats received 200 µg of exosomes via the tail vein.",
            _dose(200.0, "ug", None, "protein"),
        ),
        (
            "Rats were anesthetized by intraperitoneal injection of 3% pentobarbital sodium (30 mg/kg) before "
            "exosomes (100 µg) were injected via the tail vein.",
            _dose(100.0, "ug", None, "protein"),
        ),
        (
            "Under light anaesthesia, mice received 20 µg of exosomes in 20 µl PBS as nasal drops.",
            _dose(20.0, "ug", 20.0, "protein"),
        ),
        (
            "Each rat was injected with 200 μL of exosome suspension containing 100 μg of protein via the tail vein.",
            _dose(100.0, "ug", 200.0, "protein"),
        ),
        (
            "Rats received 100 µl of exosomes (1 × 10^10 particles/mL) via the tail vein.",
            _dose(1e9, "particles", 100.0, "particles"),
        ),
        (
            "Rats received 200 µl of an exosome solution (1 mg/ml) via the tail vein.",
            _dose(200.0, "ug", 200.0, "protein"),
        ),
        (
            "Each dose consisted of 10 µl of a 1 µg/µl exosome suspension, flushed with 10 µl saline.",
            _dose(10.0, "ug", 10.0, "protein"),
        ),
        (
            "Immediately after transection, 10 µl of hydrogel containing 10^9 exosome particles was injected "
            "into the gap and allowed to gel in situ.",
            _dose(1e9, "particles", 10.0, "particles"),
        ),
    ],
)
def test_dose_phrasings(text: str, expected: dict[str, Any]) -> None:
    assert _value("dose", text) == expected


def test_vesicles_weighed_for_loading_are_not_the_dose() -> None:
    loading = "Exosomes (50 µg) were loaded with 100 pmol siRNA using a transfection reagent and re-isolated."
    dose = "Each dose consisted of 10 µl of a 1 µg/µl exosome suspension, given through the intrathecal catheter."
    assert _value("dose", loading, dose) == _dose(10.0, "ug", 10.0, "protein")


@pytest.mark.parametrize(
    "trap",
    [
        "Rats were anaesthetized with pentobarbital sodium (40 mg/kg, i.p.).",
        "Buprenorphine (0.05 mg/kg) was given twice daily for 3 days after surgery.",
        "BrdU (50 mg/kg) was injected intraperitoneally daily for 7 days.",
        "PC12 cells were treated with exosomes (50 µg/ml) for 24 h.",
        "Methylprednisolone (30 mg/kg) was injected intravenously as a positive control.",
    ],
)
def test_other_doses_stay_out(trap: str) -> None:
    assert _value("dose", "Exosomes were injected via the tail vein 1 h after injury.", trap) is None


def test_a_design_table_states_the_dose_and_schedule() -> None:
    table = (
        (
            S.TABLE,
            "Table 1: Experimental groups.\nGroup\tTreatment\tDose\tSchedule\n"
            "Vehicle\tPBS\t10 µL\tAs Exo\n"
            "Exo\tExosomes from MSCs\t50 µg in 10 µL\tonce daily for 5 days, first dose 6 h post-injury",
        ),
    )
    methods = "Groups and schedules are listed in Table 1."
    assert _value("dose", methods, extra=table) == _dose(50.0, "ug", 10.0, "protein")
    assert _value("frequency", methods, extra=table) == _freq(5, 24.0)
    assert _value("timing_post_injury_h", methods, extra=table) == 6.0


def test_a_dose_without_its_volume_supports_the_full_statement() -> None:
    extra = (
        (S.ABSTRACT, "Rats received 50 µg of exosomes intrathecally."),
        (S.RESULTS, "Rats given 50 µg of exosomes through the catheter recovered faster than vehicle rats."),
    )
    methods = "Rats received 50 µg exosomes in 10 µl PBS through the intrathecal catheter."
    assert _value("dose", methods, extra=extra) == _dose(50.0, "ug", 10.0, "protein")


# ----------------------------------------------------------------------------- size


def test_a_range_and_its_mean_in_one_clause_are_one_size_with_the_nearest_method() -> None:
    results = (
        (
            S.RESULTS,
            "By TEM, exosome diameters ranged from 50 to 150 nm with a mean of 96 nm; NTA gave a concentration "
            "of 4.5 × 10^11 particles/ml.",
        ),
    )
    assert _value("size_nm", "Exosomes were characterised by TEM and NTA.", extra=results) == {
        "value": 96.0,
        "low": 50.0,
        "high": 150.0,
        "stat": "mean",
        "method": "TEM",
    }
