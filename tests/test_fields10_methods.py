"""Methods fields stated in the layouts and wordings unseen papers use.

Each mechanism is pinned with short inputs written for this test in several shapes:

* a schedule whose repeats are named by day after a first dose on the injury day
  ("2 h after injury and again on day 7"): counted in days, the first dose is day 0;
* a single dose written "once, <time> after injury" (a design-table cell) or "(one time)";
* a protocol table's "Schedule | Days 3, 5 and 7 after injury" row, whose label is the
  only word that says it is about the dosing;
* a table captioned as the vesicles' isolation / characterisation, laid out as
  "Step | Method | Result" rows;
* an isolation method implied by its stated detail: a >= 90,000 g spin not called a
  centrifugation, a size-exclusion column named by its product.
"""

from __future__ import annotations

import warnings
from typing import Any

import pytest
from _fields import rules_nlp, section_doc, section_fields
from _fields_matrix import ANIMALS, CULTURE, INJURY, ISOLATION, TREATMENT, S

from miner.extract._context import document_sentences
from miner.extract._protocol_table import methods_table_rows
from miner.extract.fields import extract_fields
from miner.extract.quantities import find_frequencies
from miner.parse.model import SectionKind


@pytest.fixture(scope="module")
def nlp() -> Any:
    return rules_nlp()


def _freq(text: str) -> list[dict[str, Any]]:
    return [q.value for q in find_frequencies(text)]


# ------------------------------------------------------------ repeats named by day


@pytest.mark.parametrize(
    ("text", "doses", "interval"),
    [
        ("Exosomes were injected via the tail vein at 2 h after injury and again on day 7.", 2, 168.0),
        ("Rats received vesicles 30 min after SCI and again on days 7 and 14.", 3, 168.0),
        ("EVs were given 1 h after contusion, repeated on day 3.", 2, 72.0),
        ("The first injection was made 6 h post-injury and a second dose on day 14.", 2, 336.0),
        # both doses named by day: the days' difference
        ("Exosomes were injected on day 1 after injury and again on day 7.", 2, 144.0),
        # both doses in hours: the hours' difference, as written
        ("Exosomes were injected at 2 h and again at 24 h after injury.", 2, 22.0),
    ],
)
def test_repeats_named_by_day_count_the_injury_day_as_day_0(text: str, doses: int, interval: float) -> None:
    assert {"doses": doses, "interval_h": interval} in _freq(text)


# ------------------------------------------------------------ single dose, written as "once"


@pytest.mark.parametrize(
    "text",
    [
        "SCI + Exo\tinjection into the lesion\t20 µg in 10 µL\tonce, 30 min after contusion",
        "SCI + EV\tEVs i.v.\t100 µg\tOnce (1 h post-injury)",
        "Exosomes (100 µg) were delivered intrathecally once at 2 h after injury.",
        "Rats received 150 µg exosomes in 150 µL PBS via the caudal vein (one time).",
        "Each rat received 50 µg of EVs into the lesion (one time only).",
    ],
)
def test_once_dated_or_one_time_is_a_single_dose(text: str) -> None:
    assert _freq(text) == [{"doses": 1, "interval_h": None}]


@pytest.mark.parametrize(
    "text",
    [
        "SCI + Exo\tExo i.v.\t100 µg\tonce, 1 h after injury, then daily for 6 days",
        "Vesicles were given once at 2 h after injury and again on day 7.",
        "SCI + EV\tEVs i.v.\t100 µg\tonce, 30 min after SCI, followed by weekly injections for 4 weeks",
        "SCI + EV\tEVs i.v.\t100 µg\tOnce (1 h post-injury), repeated on day 7",
    ],
)
def test_once_followed_by_repeats_is_not_a_single_dose(text: str) -> None:
    assert {"doses": 1, "interval_h": None} not in _freq(text)


# ------------------------------------------------------------ protocol-table schedule row


def _protocol_table(schedule_row: str) -> tuple[tuple[SectionKind, str], ...]:
    rows = "\n".join(
        [
            "Item\tDetails",
            "Animals\tFemale Sprague-Dawley rats, 220–250 g",
            "Injury\tContusion at T10 with the NYU impactor",
            "Vesicle source\tHuman umbilical cord MSC exosomes",
            "Isolation\tUltracentrifugation at 100,000 × g for 70 min",
            "Dose and route\t100 µg exosomes in 10 µl, intrathecal",
            schedule_row,
            "Outcome\tBBB scores on days 1, 7, 14 and 28 after injury",
        ]
    )
    return ((S.TITLE, "Exosomes for spinal cord injury in rats"), (S.TABLE, "Table 1. Study at a glance."), (S.TABLE, rows))


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("Schedule\tDays 3, 5 and 7 after injury", {"doses": 3, "interval_h": 48.0}),
        ("Dosing schedule\tdays 1, 2 and 3 post-injury", {"doses": 3, "interval_h": 24.0}),
        ("Treatment timing\tDays 0, 7, 14 and 21 after SCI", {"doses": 4, "interval_h": 168.0}),
        ("Regimen\tOnce, 2 h after injury", {"doses": 1, "interval_h": None}),
    ],
)
def test_a_protocol_tables_schedule_row_states_the_dosing(nlp: Any, row: str, expected: dict[str, Any]) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fv = extract_fields(section_doc(*_protocol_table(row)), nlp)["frequency"]
    assert fv.value == expected
    # the quote is the row itself, not the outcome row that also lists days
    assert row.split("\t")[1] in fv.evidence[0].quote


def test_a_protocol_tables_outcome_row_is_not_a_schedule(nlp: Any) -> None:
    fields = section_fields(nlp, *_protocol_table("Housing\tTwo rats per cage, 12 h light cycle"))
    # the BBB days are no schedule; at most the single dose a stated dose implies
    assert fields.get("frequency") in (None, {"doses": 1, "interval_h": None})


# ------------------------------------------------------------ isolation / characterisation step table


def _step_table(caption: str, rows: list[str]) -> tuple[tuple[SectionKind, str], ...]:
    return (
        (S.TITLE, "Exosomes for spinal cord injury in rats"),
        *((S.METHODS, t) for t in (ANIMALS, INJURY, CULTURE)),
        (S.TABLE, caption),
        (S.TABLE, "\n".join(rows)),
        (S.METHODS, TREATMENT),
    )


STEP_ROWS = [
    "Step\tMethod\tResult",
    "Concentration\tTangential flow filtration (300 kDa) followed by size-exclusion chromatography\t150-fold reduction",
    "Sizing\tNTA (ZetaView)\tMedian diameter 128 nm",
    "Morphology\tTEM, negative staining\tCup-shaped vesicles",
]


@pytest.mark.parametrize(
    "caption",
    [
        "Table 1. Isolation and characterisation of the MSC-EVs.",
        "Table 2: Exosome preparation and characterization.",
        "Table 1. Vesicle purification.",
    ],
)
def test_a_captioned_step_table_states_the_vesicle_methods(nlp: Any, caption: str) -> None:
    fields = section_fields(nlp, *_step_table(caption, STEP_ROWS))
    assert set(fields["isolation_method"]) == {"tangential_flow", "size_exclusion"}
    size = fields["size_nm"]
    assert (size["value"], size["stat"], size["method"]) == (128.0, "median", "NTA")


@pytest.mark.parametrize(
    "caption",
    [
        "Table 1. BBB scores of the groups (mean ± SD).",
        "Table 3. Isolation of spinal cord tissue: BBB scores per group.",
    ],
)
def test_a_results_caption_keeps_its_rows_as_table_lines(caption: str) -> None:
    doc = section_doc((S.TABLE, caption), (S.TABLE, "\n".join(STEP_ROWS)))
    sents = methods_table_rows(document_sentences(doc))
    assert all(s.section == SectionKind.TABLE for s in sents)


def test_a_step_table_is_read_only_under_its_methods_caption() -> None:
    doc = section_doc((S.TABLE, "Table 1. Isolation and characterisation of EVs."), (S.TABLE, "\n".join(STEP_ROWS)))
    sents = methods_table_rows(document_sentences(doc))
    methods = [s.text for s in sents if s.section == SectionKind.METHODS]
    # the header row is a label row with too few words: it stays a table line
    assert len(methods) == 3 and methods[0].startswith("Concentration Tangential flow")


# ------------------------------------------------------------ isolation method from its detail


def _isolation(sentence: str) -> tuple[tuple[SectionKind, str], ...]:
    return (
        (S.TITLE, "Exosomes for spinal cord injury in rats"),
        *((S.METHODS, t) for t in (ANIMALS, INJURY, CULTURE, sentence, TREATMENT)),
    )


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Exosomes were collected by two spins at 100 000 × g, 2 h each.", {"ultracentrifugation"}),
        ("sEVs were concentrated by tangential flow filtration followed by 120,000 × g for 90 min.",
         {"tangential_flow", "ultracentrifugation"}),
        (("Medium was concentrated on Amicon Ultra-15 filters (100 kDa) and fractionated on qEVoriginal/70 nm "
         "columns to obtain the exosomes."), {"ultrafiltration", "size_exclusion"}),
        ("Exosomes were separated from the concentrated medium on a Sepharose CL-2B column.", {"size_exclusion"}),
        # the standard case stays as it was
        (ISOLATION, {"ultracentrifugation"}),
    ],
)
def test_the_isolation_method_follows_from_its_detail(nlp: Any, sentence: str, expected: set[str]) -> None:
    fields = section_fields(nlp, *_isolation(sentence))
    assert set(fields["isolation_method"]) == expected


def test_a_low_speed_spin_is_not_ultracentrifugation(nlp: Any) -> None:
    fields = section_fields(
        nlp,
        *_isolation("Exosomes were pelleted from the cleared medium with ExoQuick-TC after a spin at 10,000 × g."),
    )
    assert "ultracentrifugation" not in fields.get("isolation_method", [])


# ------------------------------------------------------------ particle doses


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        ("Three hours after injury, rats received 2.0 × 10^10 sEV particles in 10 µL intrathecally.", 2.0e10),
        ("Each rat was injected with 5 × 10^9 EV particles via the tail vein.", 5.0e9),
        ("Rats received 1 × 10^11 vesicle particles in 200 µL PBS intravenously.", 1.0e11),
        ("Rats received 3 × 10^10 EVs particles in 100 µL saline into the tail vein.", 3.0e10),
    ],
)
def test_a_particle_dose_may_name_the_vesicles_before_the_unit(text: str, amount: float) -> None:
    from miner.extract.quantities import find_doses

    got = [q.value for q in find_doses(text)]
    assert [(v["amount"], v["unit"]) for v in got] == [(amount, "particles")]


@pytest.mark.parametrize(
    "sentence",
    [
        "Each gel held 2 × 10^10 particles in 20 µL.",
        "Each gel (20 µL) contained 2 × 10^10 particles.",
        "Every hydrogel plug contained 2 × 10^10 sEV particles.",
    ],
)
def test_a_carriers_content_is_the_dose(nlp: Any, sentence: str) -> None:
    parts = (
        (S.TITLE, "Exosome-loaded hydrogel for spinal cord injury in rats"),
        *((S.METHODS, t) for t in (ANIMALS, INJURY, CULTURE, ISOLATION)),
        (S.METHODS, "Hyaluronic acid hydrogel was mixed with the exosomes before gelation. " + sentence),
        (S.METHODS, "The gel was placed into the lesion cavity immediately after injury."),
    )
    dose = section_fields(nlp, *parts)["dose"]
    assert (dose["amount"], dose["unit"]) == (2.0e10, "particles")


def test_a_gel_in_a_blot_is_no_dose(nlp: Any) -> None:
    parts = (
        (S.TITLE, "Exosomes for spinal cord injury in rats"),
        *((S.METHODS, t) for t in (ANIMALS, INJURY, CULTURE, ISOLATION)),
        (S.METHODS, "Exosomal proteins (20 µg) were separated on a 10% SDS-PAGE gel and transferred to PVDF membranes."),
        (S.METHODS, TREATMENT),
    )
    dose = section_fields(nlp, *parts)["dose"]
    assert (dose["amount"], dose["unit"]) == (200.0, "ug")


# ------------------------------------------------------------ group sizes


def _groups(sentence: str) -> tuple[tuple[SectionKind, str], ...]:
    return (
        (S.TITLE, "Exosomes for spinal cord injury in rats"),
        *((S.METHODS, t) for t in (INJURY, CULTURE, ISOLATION, sentence, TREATMENT)),
    )


@pytest.mark.parametrize(
    "sentence",
    [
        ("The animals were divided into three groups: Sham, SCI + PBS and SCI + Exo (n = 9 per group; two animals "
        "were excluded because of autophagia)."),
        ("Rats were assigned to sham, vehicle and exosome groups (n = 9 per group); rats that lost more than 20% of "
        "their weight were excluded."),
        ("Female rats were randomised into three groups of nine (n = 9 per group; animals with BBB > 1 on day 1 were "
        "excluded)."),
    ],
)
def test_an_exclusion_of_animals_does_not_void_the_group_size(nlp: Any, sentence: str) -> None:
    assert section_fields(nlp, *_groups(sentence))["n_per_group"] == 9


@pytest.mark.parametrize(
    "sentence",
    [
        ("The sample size was calculated from pilot data (power 0.8, α 0.05), which gave 7 rats per group; to allow "
        "for losses, 9 rats per group were used."),
        "A power analysis showed that 7 animals per group were required; 9 rats per group were allocated.",
        ("Power calculation (80%, α = 0.05) estimated a minimum of 7 rats per group; to account for deaths 9 rats "
        "per group were randomised."),
    ],
)
def test_the_group_size_used_outweighs_the_power_calculations_minimum(nlp: Any, sentence: str) -> None:
    assert section_fields(nlp, *_groups(sentence))["n_per_group"] == 9


def test_a_power_calculation_alone_still_states_the_group_size(nlp: Any) -> None:
    sentence = "A power analysis showed that 9 rats per group were required to detect a 3-point BBB difference."
    assert section_fields(nlp, *_groups(sentence))["n_per_group"] == 9


def test_people_excluded_from_a_survey_are_not_a_group_size(nlp: Any) -> None:
    sentence = "Patients were screened and 12 per group were excluded from the registry analysis."
    assert section_fields(nlp, *_groups(sentence)).get("n_per_group") is None


# ------------------------------------------------------------ size by light scattering, unnamed


@pytest.mark.parametrize(
    ("sentence", "method"),
    [
        ("Mean hydrodynamic diameter was 132.4 nm (PDI 0.21).", "DLS"),
        ("The hydrodynamic size averaged 132.4 nm with a polydispersity index of 0.18.", "DLS"),
        # an instrument named in the sentence is the method
        ("NanoSight tracking gave a mean hydrodynamic diameter of 132.4 nm.", "NTA"),
    ],
)
def test_a_hydrodynamic_size_names_light_scattering(nlp: Any, sentence: str, method: str) -> None:
    parts = (
        (S.TITLE, "Exosomes for spinal cord injury in rats"),
        *((S.METHODS, t) for t in (ANIMALS, INJURY, CULTURE, ISOLATION, TREATMENT)),
        (S.RESULTS, "Behavioural scores are given in Table 1."),
        (S.RESULTS, sentence),
    )
    size = section_fields(nlp, *parts)["size_nm"]
    assert (size["value"], size["method"]) == (132.4, method)


def test_a_carriers_hydrodynamic_size_is_not_the_vesicles(nlp: Any) -> None:
    parts = (
        (S.TITLE, "Exosomes for spinal cord injury in rats"),
        *((S.METHODS, t) for t in (ANIMALS, INJURY, CULTURE, ISOLATION, TREATMENT)),
        (S.RESULTS, "The control liposomes had a hydrodynamic diameter of 180 nm (PDI 0.1)."),
    )
    assert section_fields(nlp, *parts).get("size_nm") is None


# ------------------------------------------------------------ parent cells said to be unchanged


@pytest.mark.parametrize(
    "sentence",
    [
        "Exosomes were obtained from native, non-engineered cells.",
        "Vesicles were collected from non-engineered, untreated MSCs at passage 4.",
        "sEVs were isolated from native umbilical cord MSCs.",
    ],
)
def test_vesicles_from_unchanged_parent_cells_are_unmodified(nlp: Any, sentence: str) -> None:
    parts = (
        (S.TITLE, "Exosomes for spinal cord injury in rats"),
        *((S.METHODS, t) for t in (ANIMALS, INJURY, CULTURE, sentence, ISOLATION, TREATMENT)),
    )
    assert section_fields(nlp, *parts)["modification"] == "none"


def test_a_native_comparator_leaves_the_modification(nlp: Any) -> None:
    sentence = (
        "Exosomes were obtained from native cells (Exo) or from MSCs transfected with miR-21 mimics (miR-21-Exo)."
    )
    parts = (
        (S.TITLE, "Exosomes for spinal cord injury in rats"),
        *((S.METHODS, t) for t in (ANIMALS, INJURY, CULTURE, sentence, ISOLATION, TREATMENT)),
    )
    assert section_fields(nlp, *parts)["modification"] != "none"


# ------------------------------------------------------------ a bracketed range after a size


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("TEM showed vesicles with a mean diameter of 87 nm (range 52–138 nm); NTA gave a mode of 102 nm.",
         (87.0, 52.0, 138.0)),
        ("NTA gave a mean size of 120 nm (50–200 nm) and TEM a diameter of 90 nm.", (120.0, 50.0, 200.0)),
        ("By TEM the vesicles averaged 95 nm [range: 40-160 nm], while NTA reported a modal size of 110 nm.",
         (95.0, 40.0, 160.0)),
    ],
)
def test_a_bracketed_range_belongs_to_the_size_before_it(text: str, expected: tuple[float, float, float]) -> None:
    from miner.extract._num_sizes import _joined_sizes
    from miner.extract.quantities import find_sizes

    joined = [q.value for q in _joined_sizes(text, find_sizes(text)) if q.value["low"] is not None]
    assert [(v["value"], v["low"], v["high"]) for v in joined] == [expected]


def test_a_range_that_does_not_hold_the_value_is_not_joined() -> None:
    from miner.extract._num_sizes import _joined_sizes
    from miner.extract.quantities import find_sizes

    text = "NTA gave a mean size of 250 nm (50–200 nm) and TEM a diameter of 90 nm."
    assert all(q.value["low"] is None or q.value["value"] is None for q in _joined_sizes(text, find_sizes(text)))


# ------------------------------------------------------------ schedules as lists of days


@pytest.mark.parametrize(
    ("text", "doses", "interval"),
    [
        ("Injections were performed on postoperative days 1, 2 and 3.", 3, 24.0),
        ("Exosomes were injected intrathecally on POD 1, 3 and 5.", 3, 48.0),
        ("EVs were given on post-injury days 0 and 7.", 2, 168.0),
        ("Exosomes were injected on post-operative days 2, 9, 16 and 23.", 4, 168.0),
    ],
)
def test_days_named_by_their_anchor_before_the_list(text: str, doses: int, interval: float) -> None:
    assert _freq(text) == [{"doses": doses, "interval_h": interval}]


@pytest.mark.parametrize(
    ("text", "doses", "interval"),
    [
        ("Exosomes were injected on the day of injury and on days 3 and 7.", 3, None),
        ("Exosomes were injected on the day of injury (day 0) and on days 7 and 14.", 3, 168.0),
        ("EVs were injected immediately after SCI and on days 2 and 4.", 3, 48.0),
        ("Vesicles were infused on the day of surgery, and on days 1 and 2 after injury.", 3, 24.0),
    ],
)
def test_a_dose_on_the_injury_day_counts_before_the_listed_days(text: str, doses: int, interval: Any) -> None:
    assert _freq(text) == [{"doses": doses, "interval_h": interval}]


@pytest.mark.parametrize(
    ("text", "doses"),
    [
        ("Exosome injections were given on 3 occasions, 1 week apart.", 3),
        ("Rats received four injections, one week apart.", 4),
        ("Two doses of EVs were given a week apart.", 2),
    ],
)
def test_doses_weeks_apart(text: str, doses: int) -> None:
    assert _freq(text) == [{"doses": doses, "interval_h": 168.0}]


@pytest.mark.parametrize(
    ("text", "doses", "interval"),
    [
        ("Exosomes were given at 24-h intervals for 5 days.", 5, 24.0),
        ("EVs were injected at 48 h intervals for 10 days.", 5, 48.0),
        ("Vesicles were infused at 7-day intervals over 4 weeks.", 4, 168.0),
        # a count stated with the interval is the count
        ("Rats received three injections at 48-h intervals.", 3, 48.0),
    ],
)
def test_an_interval_over_a_span(text: str, doses: int, interval: float) -> None:
    assert _freq(text) == [{"doses": doses, "interval_h": interval}]


# ------------------------------------------------------------ time lists without a preposition


@pytest.mark.parametrize(
    ("text", "timing", "doses", "interval"),
    [
        ("Exosomes (200 µg) were injected via the tail vein 24 and 48 h after injury.", 24.0, 2, 24.0),
        ("EVs (100 µg) were given intravenously 1, 3 and 5 days post-injury.", 24.0, 3, 48.0),
        ("Exosomes (200 µg) were injected into the tail vein 2 and 24 hours following SCI.", 2.0, 2, 22.0),
    ],
)
def test_a_time_list_without_at_is_every_dose(nlp: Any, text: str, timing: float, doses: int, interval: float) -> None:
    parts = (
        (S.TITLE, "Exosomes for spinal cord injury in rats"),
        *((S.METHODS, t) for t in (ANIMALS, INJURY, CULTURE, ISOLATION, text)),
    )
    fields = section_fields(nlp, *parts)
    assert fields["timing_post_injury_h"] == timing
    assert fields["frequency"] == {"doses": doses, "interval_h": interval}


def test_a_range_of_days_is_not_a_list_of_doses() -> None:
    assert {"doses": 2, "interval_h": 96.0} not in _freq("Exosomes were injected between 3 and 7 days after injury.")


def test_post_operatively_anchors_the_time(nlp: Any) -> None:
    parts = (
        (S.TITLE, "Exosomes for spinal cord injury in rats"),
        *((S.METHODS, t) for t in (ANIMALS, INJURY, CULTURE, ISOLATION)),
        (S.METHODS, "Exosomes (200 µg) were injected into the tail vein 7 days post-operatively."),
    )
    assert section_fields(nlp, *parts)["timing_post_injury_h"] == 168.0


@pytest.mark.parametrize(
    ("sentence", "timing"),
    [
        (("Starting 2 h after contusion, rats received 100 µg exosomes via the tail vein once daily on three "
         "consecutive days (0, 1 and 2 dpi)."), 2.0),
        (("Exosomes (100 µg) were injected via the tail vein 6 h after injury and on days 0, 2 and 4 thereafter "
         "the vehicle group received PBS."), 6.0),
        # day 0 alone, no hour: the injury day
        ("Exosomes (100 µg) were injected via the tail vein on days 0, 2 and 4 after injury.", 0.0),
    ],
)
def test_an_hour_on_the_first_day_outranks_day_0(nlp: Any, sentence: str, timing: float) -> None:
    parts = (
        (S.TITLE, "Exosomes for spinal cord injury in rats"),
        *((S.METHODS, t) for t in (ANIMALS, INJURY, CULTURE, ISOLATION, sentence)),
    )
    assert section_fields(nlp, *parts)["timing_post_injury_h"] == timing
