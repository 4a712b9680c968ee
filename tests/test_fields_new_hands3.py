"""Study fields written by new hands (third wave): the mechanisms behind first-sight misses.

Each group pins one mechanism with phrasings written for these tests, plus traps:

- a dosing schedule whose first dose is dated "immediately after injury" and repeated
  at listed times; a first dose "and then once daily for the next N days" (N + 1 doses);
  "the first injection ... and two further injections at weekly intervals" (first + N);
  "no further doses were given" (one dose);
- a decimal comma in the mantissa of a particle count ("1,5 × 10^9");
- a mean size and its range in one clause, the method named beside the mean
  ("131.5 nm by NTA, ranging from 60 to 240 nm"); "mainly between" is not the range;
- flow cytometry of the parent cells with the phenotype written "(positive)"/"(negative)";
- "Lister Hooded" rats.
"""

from __future__ import annotations

import pytest
from _fields import rules_nlp, section_fields

from miner.extract import quantities as qty
from miner.parse.model import SectionKind

S = SectionKind


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return rules_nlp()


fields = section_fields


def schedules(text: str) -> list[dict[str, object]]:
    return [q.value for q in qty.find_frequencies(text)]


# ----------------------------------------------------------------------------- schedules


@pytest.mark.parametrize(
    ("text", "doses", "interval"),
    [
        # the corpus wording
        ("sEVs (100 µg in 300 µl PBS) were injected via the femoral vein immediately after "
         "injury and again at 24 h and 48 h.", 3, 24.0),
        ("Exosomes were given i.v. immediately after contusion and repeated at 24 and 48 h.", 3, 24.0),
        ("EVs were infused right after the compression and again at 12 h, 24 h and 36 h.", 4, 12.0),
        ("The vesicles were delivered immediately following SCI and again on days 7 and 14.", 3, 168.0),
        ("Rats were dosed directly after injury, and again at 72 h.", 2, 72.0),
    ],
)
def test_an_immediate_first_dose_counts_with_its_listed_repeats(text, doses, interval):
    assert {"doses": doses, "interval_h": interval} in schedules(text)


@pytest.mark.parametrize(
    ("text", "doses"),
    [
        # the corpus wording
        ("Exo were injected via the caudal vein immediately after injury and then once daily "
         "for the next 2 days; minocycline was given at the same times.", 3),
        ("EVs were injected 1 h after SCI and then daily for the following three days.", 4),
        ("The first dose was given at 2 h, followed by daily doses over the next 4 days.", 5),
        ("Exosomes were given 30 min after injury, then once a day for the subsequent 6 days.", 7),
    ],
)
def test_a_first_dose_then_daily_for_the_next_days_adds_the_first(text, doses):
    assert {"doses": doses, "interval_h": 24.0} in schedules(text)


@pytest.mark.parametrize(
    "text",
    [
        "EVs were injected once daily for 3 days.",
        "Rats received exosomes daily for the first 3 days after injury.",
    ],
)
def test_a_daily_span_without_a_first_dose_before_it_is_the_whole_schedule(text):
    assert {"doses": 3, "interval_h": 24.0} in schedules(text)


@pytest.mark.parametrize(
    ("text", "doses", "interval"),
    [
        # the corpus wording
        ("In the acute cohort the first injection was given 24 h after injury and two further "
         "injections followed at weekly intervals.", 3, 168.0),
        ("The first dose was given at 1 h and three additional doses followed at daily intervals.", 4, 24.0),
        ("After the first infusion, two more infusions were given at 48-h intervals.", 3, 48.0),
        ("Vesicles were injected on day 1, and two subsequent injections were given 7 days apart.", 3, 168.0),
    ],
)
def test_further_doses_count_on_top_of_the_first(text, doses, interval):
    assert {"doses": doses, "interval_h": interval} in schedules(text)


def test_two_doses_without_further_stays_two():
    assert {"doses": 2, "interval_h": 72.0} in schedules("Rats received two injections 72 h apart.")


@pytest.mark.parametrize(
    "text",
    [
        # the corpus wording
        "5 µg of EVs in 2 µl were injected into the lesion site with a glass micropipette; "
        "no further doses were given.",
        "Exosomes were injected intrathecally 1 h after injury, and no additional injections were made.",
        "The EVs were infused through the tail vein at 6 h; no further treatment was administered.",
        "A 20-µl bolus of sEVs was delivered at 24 h and no repeat dosing was performed.",
    ],
)
def test_no_further_doses_is_a_single_dose(text):
    assert schedules(text) == [{"doses": 1, "interval_h": None}]


def test_no_further_doses_does_not_override_a_stated_schedule():
    text = "Exosomes were injected daily for 3 days; no further doses were given."
    assert {"doses": 1, "interval_h": None} not in schedules(text)


# ----------------------------------------------------------------------------- doses


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        # the corpus wording
        ("Twenty-four hours after the injury, 1,5 × 10^9 particles in 10 µL were injected.", 1.5e9),
        ("Each rat received 2,5 x 10^10 particles of sEVs.", 2.5e10),
        ("Foram injetadas 3,25 × 10^8 partículas; i.e. 3,25 × 10^8 particles per animal.", 3.25e8),
        ("A dose of 1.5 × 10^9 particles was used.", 1.5e9),
    ],
)
def test_a_decimal_comma_in_a_particle_mantissa(text, amount):
    found = [q.value["amount"] for q in qty.find_doses(text) if q.value["unit"] == "particles"]
    assert found and found[0] == pytest.approx(amount)


# ----------------------------------------------------------------------------- sizes

_EXO = (S.METHODS, "Exosomes were isolated from MSC conditioned medium by ultracentrifugation.")


@pytest.mark.parametrize(
    ("sentence", "value", "low", "high", "method"),
    [
        # the corpus wording
        ("The mean size was 131.5 nm by NTA, ranging from 60 to 240 nm.", 131.5, 60.0, 240.0, "NTA"),
        ("Vesicles had a mean diameter of 98 nm (NTA), ranging between 45 and 210 nm.", 98.0, 45.0, 210.0, "NTA"),
        ("The modal size was 112 nm on NanoSight, with sizes ranging from 70 to 190 nm.", 112.0, 70.0, 190.0, "NTA"),
        ("By DLS the mean diameter of the exosomes was 87 nm, range 40-160 nm.", 87.0, 40.0, 160.0, "DLS"),
    ],
)
def test_a_mean_with_its_range_in_one_clause_is_one_size(nlp, sentence, value, low, high, method):
    got = fields(nlp, _EXO, (S.RESULTS, sentence))["size_nm"]
    assert (got["value"], got["low"], got["high"], got["method"]) == (value, low, high, method)


@pytest.mark.parametrize(
    "sentence",
    [
        # the corpus wording
        "NTA showed that the mean diameter of exosomes was 106.4 nm, and the particles were "
        "mainly distributed between 50 and 180 nm.",
        "The mean size by NTA was 106.4 nm, and most particles were between 50 and 180 nm.",
        "Exosomes measured 106.4 nm on average (NTA), predominantly within 50 to 180 nm.",
    ],
)
def test_where_most_particles_lie_is_not_the_range(nlp, sentence):
    got = fields(nlp, _EXO, (S.RESULTS, sentence))["size_nm"]
    assert (got["value"], got["low"], got["high"]) == (106.4, None, None)


def test_two_methods_in_the_clause_stay_two_measurements(nlp):
    sentence = "The mean size was 131.5 nm by NTA, with TEM diameters ranging from 60 to 240 nm."
    got = fields(nlp, _EXO, (S.RESULTS, sentence))["size_nm"]
    assert (got["low"], got["high"]) != (60.0, 240.0) or got["value"] is None


# ----------------------------------------------------------------------------- characterisation


@pytest.mark.parametrize(
    "cells",
    [
        # the corpus wording
        "The cells of third passage were confirmed by flow cytometry for CD90 and CD44 "
        "(positive) and CD45 (negative).",
        "MSC identity was checked by flow cytometry: cells were positive for CD73 and CD105 "
        "and negative for CD34.",
        "Flow cytometry showed the cells expressed CD29 and CD90 (positive) but not CD45 (negative).",
        "BMSCs were verified by flow cytometry (CD44 positive, CD45 negative).",
    ],
)
def test_flow_cytometry_of_the_parent_cells_is_not_vesicle_characterisation(nlp, cells):
    got = fields(
        nlp,
        (
            S.METHODS,
            "BMSCs were isolated from rat femurs and cultured. " + cells + " For exosome "
            "isolation, the cells were cultured in exosome-depleted FBS for 48 h and exosomes "
            "were extracted from the conditioned medium by ultracentrifugation.",
        ),
        (S.METHODS, "Exosomes were characterised by TEM and western blot for CD63 and CD81."),
    )
    assert "flow_cytometry" not in (got.get("characterization") or [])
    assert "TEM" in got["characterization"]


def test_flow_cytometry_of_the_vesicles_stays(nlp):
    got = fields(
        nlp,
        _EXO,
        (S.METHODS, "Exosomes were characterised by TEM and by bead-based flow cytometry for CD63 and CD81."),
    )
    assert "flow_cytometry" in got["characterization"]


# ----------------------------------------------------------------------------- strain


@pytest.mark.parametrize(
    "sentence",
    [
        "Fifty-five female Lister Hooded rats (200–240 g) were used.",
        "Adult Lister hooded rats were obtained from the breeding colony.",
        "Male Lister-Hooded rats weighing 250 g underwent contusion.",
    ],
)
def test_lister_hooded_is_a_strain(nlp, sentence):
    got = fields(nlp, (S.METHODS, sentence + " They received exosomes after spinal cord injury."))
    assert got["strain"] == "Lister Hooded"


# ----------------------------------------------------------------------------- combination arms


@pytest.mark.parametrize(
    ("sentence", "doses", "hours"),
    [
        # the corpus wording
        ("Exo derived from 2 × 10^6 BMSCs (in 200 µL PBS) were injected via the caudal vein "
         "immediately after injury and then once daily for the next 2 days; minocycline "
         "(50 mg/kg) was given intraperitoneally at the same times.", 3, 0.0),
        ("Exosomes (100 µg) were injected via the tail vein 1 h after injury and then daily for "
         "the next 2 days; dexamethasone was given intraperitoneally at the same times.", 3, 1.0),
        ("sEVs were given intravenously 24 h after contusion and again at 48 h and 72 h; "
         "minocycline was injected i.p. on the same schedule.", 3, 24.0),
        ("EVs (50 µg) were infused 2 h after injury and then once daily for the next 6 days; "
         "tamoxifen was given by gavage in the combination group.", 7, 2.0),
    ],
)
def test_a_second_agent_in_the_next_clause_leaves_the_vesicle_schedule(nlp, sentence, doses, hours):
    got = fields(nlp, (S.METHODS, "Rats received a T10 clip compression injury. " + sentence))
    assert got["frequency"]["doses"] == doses
    assert got["timing_post_injury_h"] == hours


@pytest.mark.parametrize(
    "sentence",
    [
        "Exosomes (100 µg) were injected once via the tail vein; minocycline was given daily for 7 days.",
        "EVs were given as one intrathecal injection at 1 h, whereas dexamethasone was given daily for 5 days.",
    ],
)
def test_the_other_agents_own_schedule_is_still_not_the_vesicles(nlp, sentence):
    got = fields(nlp, (S.METHODS, "Rats received a T10 clip compression injury. " + sentence))
    assert (got.get("frequency") or {}).get("doses") != 7 and (got.get("frequency") or {}).get("doses") != 5


# ----------------------------------------------------------------------------- isolation


@pytest.mark.parametrize(
    "sentence",
    [
        # the corpus wording
        "Conditioned medium (48 h, exosome-free serum) was cleared at 2000 × g and 10 000 × g, "
        "and exosomes were purified on an iodixanol 5–40% gradient, 100,000 × g 18 h.",
        "Exosomes were purified over a 10–50% sucrose gradient at 110,000 × g for 16 h.",
        "After clearing at 10,000 × g, the vesicles were floated into an OptiPrep 5–40% gradient "
        "at 120,000 × g for 18 h.",
        "The EV fraction was purified on a 30% sucrose cushion, 100 000 × g for 90 min.",
    ],
)
def test_a_gradient_spun_at_ultracentrifuge_speed_is_both_methods(nlp, sentence):
    got = fields(
        nlp,
        (S.METHODS, "Exosomes were collected from the conditioned medium of rat BMSCs. " + sentence),
    )
    assert set(got["isolation_method"]) == {"ultracentrifugation", "density_gradient"}


def test_a_cell_density_gradient_is_not_a_vesicle_method(nlp):
    got = fields(
        nlp,
        (S.METHODS, "Mononuclear cells were purified on a Ficoll density gradient at 400 × g for 30 min "
                    "and plated."),
        (S.METHODS, "Exosomes were isolated from the conditioned medium with ExoQuick-TC."),
    )
    assert got["isolation_method"] == ["precipitation_kit"]


# ----------------------------------------------------------------------------- two species


_TWO_SPECIES = [
    # the corpus layout: a mouse experiment, then the rat experiment the sheet is about
    (
        "Experiment 1 (mice). Female C57BL/6 mice (20–22 g, n = 8 per group) received a contusion "
        "at the T10 level and were injected retro-orbitally with 20 µg EVs 4 h after injury.",
        "Experiment 2 (rats). Female Wistar rats weighing 200–250 g (n = 10 in each group) received "
        "a contusion at the T8 level; 4 h later the rats were given 100 µg EVs into the tail vein.",
    ),
    (
        "In a first cohort, male BALB/c mice weighing 18-22 g (n = 6/group) underwent T12 "
        "compression and received exosomes through the retro-orbital sinus.",
        "In the main cohort, male Sprague-Dawley rats weighing 250-300 g (n = 12/group) underwent "
        "T9 compression and received exosomes through the tail vein.",
    ),
    (
        "Pilot work used mice: adult C57BL/6 mice (22-25 g; 5 per group) were injured at T11 and "
        "dosed via the retro-orbital sinus with exosomes.",
        "The main study used rats: adult Lewis rats (180-220 g; 9 per group) were injured at T10 "
        "and the rats were dosed via the tail vein with exosomes.",
    ),
]


@pytest.mark.parametrize(("mouse", "rat"), _TWO_SPECIES)
def test_the_other_species_cohort_does_not_fill_the_rat_fields(nlp, mouse, rat):
    title = (S.TITLE, "Umbilical cord MSC exosomes improve recovery after spinal cord injury in rats")
    got = fields(nlp, title, (S.METHODS, mouse), (S.METHODS, rat), (S.RESULTS, "Rats treated with exosomes recovered."))
    assert got["species"] == "rat"
    assert got["route_detail"] == "tail vein"
    assert got["body_weight_g"]["low"] >= 180
    assert got["n_per_group"] >= 9
    assert got["injury_level"] in ("T8", "T9", "T10")


def test_a_single_species_paper_keeps_its_values(nlp):
    got = fields(
        nlp,
        (S.METHODS, "Female C57BL/6 mice (20–22 g, n = 8 per group) received a T10 contusion and "
                    "20 µg exosomes via the retro-orbital sinus."),
    )
    assert got["species"] == "mouse"
    assert got["body_weight_g"]["low"] == 20
    assert got["n_per_group"] == 8


# ----------------------------------------------------------------------------- route site


@pytest.mark.parametrize(
    ("text", "site"),
    [
        # the corpus wording: the vesicles are the previous sentence's particles
        ("Each injection contained 2 × 10^10 particles in 300 µL of PBS. Injections were given "
         "into a lateral tail vein under brief anaesthesia.", "tail vein"),
        ("The exosome suspension (100 µg in 200 µl) was prepared fresh each day. It was injected "
         "slowly into the right jugular vein.", "jugular vein"),
        ("Rats were randomised to receive sEVs or PBS. Injections were made into the femoral vein "
         "over 2 min.", "femoral vein"),
        ("Each dose held 50 µg of EVs in 20 µl. The dose was infused through the caudal vein.", "tail vein"),
    ],
)
def test_a_route_site_in_the_sentence_after_the_vesicles(nlp, text, site):
    got = fields(nlp, _EXO, (S.METHODS, "Rats received a T10 contusion. " + text))
    assert site in got["route_detail"]


@pytest.mark.parametrize(
    "text",
    [
        "Exosomes were given intrathecally at 1 h. Evans blue was injected into the tail vein 24 h later.",
        "Exosomes (50 µg) were injected intrathecally. Under anaesthesia, Fluoro-Gold was injected "
        "into the femoral vein.",
    ],
)
def test_a_tracer_in_the_next_sentence_gives_no_route_site(nlp, text):
    got = fields(nlp, _EXO, (S.METHODS, "Rats received a T10 contusion. " + text))
    assert "vein" not in (got.get("route_detail") or "")


# ----------------------------------------------------------------------------- group sizes


_ALLOCATION = (S.METHODS, "Rats were allocated to Sham, SCI and SCI + Exo groups, n = 12 per group.")


@pytest.mark.parametrize(
    "housing",
    [
        # the corpus wording
        "Thirty-six adult female Wistar rats (200–230 g) were kept in groups of three with food "
        "and water ad libitum under a 12-h light cycle.",
        "Rats were housed in groups of four per cage at 22 °C.",
        "The animals were caged in groups of 3 on a 12:12 light cycle.",
        "Animals were maintained in groups of five with free access to chow.",
    ],
)
def test_housing_in_groups_is_not_the_group_size(nlp, housing):
    got = fields(nlp, _EXO, (S.METHODS, housing), _ALLOCATION)
    assert got["n_per_group"] == 12


@pytest.mark.parametrize(
    "excluded",
    [
        # the corpus wording
        "Animals with impact velocity or compression outside ±5% of target were excluded before "
        "allocation (n = 2).",
        "Rats that died after surgery (n = 3) were replaced.",
        "Two animals were removed for autophagia (n = 2).",
        "Rats with incomplete paralysis at 1 dpi were excluded from the study (n = 4).",
    ],
)
def test_the_excluded_count_is_not_the_group_size(nlp, excluded):
    got = fields(
        nlp,
        _EXO,
        (S.METHODS, "Female Wistar rats received a T10 contusion and exosomes via the tail vein."),
        (S.METHODS, excluded),
    )
    assert "n_per_group" not in got


# ----------------------------------------------------------------------------- doses in words


@pytest.mark.parametrize(
    ("text", "amount", "unit", "volume"),
    [
        # the corpus wording
        ("Thirty micrograms of exosomal protein in 0.5 mL saline were injected intraperitoneally "
         "1 hour after trauma.", 30.0, "ug", 500.0),
        ("Fifty micrograms of exosomes in 200 µl PBS were injected into the tail vein.", 50.0, "ug", 200.0),
        ("Rats received 100 micrograms of EVs via the tail vein.", 100.0, "ug", None),
        ("Exosomes were given intravenously at 2 milligrams/kg.", 2.0, "mg_per_kg", None),
    ],
)
def test_a_dose_with_its_unit_spelled_out(text, amount, unit, volume):
    doses = [q.value for q in qty.find_doses(text)]
    assert doses and (doses[0]["amount"], doses[0]["unit"], doses[0]["volume_ul"]) == (amount, unit, volume)


@pytest.mark.parametrize(
    "text",
    [
        "Exosomes were diluted to fifty micrograms per millilitre before use.",
        "The exosome stock held 2 milligrams/ml of protein.",
    ],
)
def test_a_spelled_out_concentration_is_no_dose(text):
    assert qty.find_doses(text) == []


# ----------------------------------------------------------------------------- mechanism label


@pytest.mark.parametrize(
    ("discussion", "label"),
    [
        # the corpus wording
        ("Acute treatment produced a clear benefit, consistent with the attenuation of astrocytic "
         "scar formation we observed.", "attenuation of astrocytic scar formation"),
        ("The benefit is best explained by the suppression of microglial pyroptosis that we found.",
         "suppression of microglial pyroptosis"),
        ("The recovery probably reflects the preservation of oligodendrocyte survival we saw.",
         "preservation of oligodendrocyte survival"),
    ],
)
def test_the_mechanism_label_drops_the_article_and_our_own_observing(nlp, discussion, label):
    got = fields(
        nlp,
        _EXO,
        (S.METHODS, "Rats received a T10 contusion and exosomes via the tail vein."),
        (S.DISCUSSION, discussion),
    )
    assert got["mechanism"] == label


# ----------------------------------------------------------------------------- isolation detail


def _detail(nlp, *methods: str) -> str:  # type: ignore[no-untyped-def]
    parts = [(S.METHODS, "MSC conditioned medium was collected for exosome isolation.")]
    parts += [(S.METHODS, m) for m in methods]
    return fields(nlp, *parts)["isolation_detail"]


@pytest.mark.parametrize(
    ("sentence", "filter_label", "column"),
    [
        # the corpus wording
        ("Exosomes were isolated by ultrafiltration followed by size-exclusion chromatography "
         "(Amicon Ultra-15 (100 kDa) and qEVoriginal/70 nm, fractions 7–9).",
         "Amicon Ultra-15 100 kDa", "qEVoriginal/70 nm"),
        ("Exosomes were concentrated on Amicon Ultra-15 100 kDa filters and loaded onto a "
         "qEVoriginal/35 nm column, fractions 1–4 collected.", "Amicon Ultra-15 100 kDa", "qEVoriginal/35 nm"),
        ("EVs were concentrated with Centricon Plus-70 (100 kDa) and run on qEV10/70 nm columns, "
         "fractions 7-10 pooled.", "100 kDa", "qEV10/70 nm"),
    ],
)
def test_column_fraction_numbers_do_not_make_the_filter_a_clean_up(nlp, sentence, filter_label, column):
    got = _detail(nlp, sentence)
    assert filter_label in got and column in got


def test_a_filter_that_concentrates_pooled_fractions_stays_a_clean_up(nlp):
    got = _detail(
        nlp,
        "Exosomes were isolated on qEVoriginal/70 nm columns. EV-rich fractions 7–9 were pooled "
        "and concentrated with Amicon Ultra-4 10 kDa filters.",
    )
    assert "Amicon" not in got and "qEVoriginal/70 nm" in got


@pytest.mark.parametrize(
    "later",
    [
        # the corpus wording
        "For siRNA loading, exosomes were electroporated and re-purified on qEV columns.",
        "After labelling, vesicles were passed again over a qEV column.",
        "Loaded exosomes were cleaned up on qEV columns before injection.",
    ],
)
def test_a_product_named_again_in_short_is_not_a_second_step(nlp, later):
    got = _detail(nlp, "Exosomes were isolated by size-exclusion chromatography on qEVoriginal/70 nm columns.", later)
    assert [p.strip() for p in got.split(";")].count("qEV") == 0
