"""Round 2: rules that generalise beyond one writing style.

Each rule is pinned down by several phrasings written for these tests (none is a
sample paper's sentence): section and clause scope, laminectomy vs injury level,
devices that imply a model, statistics that look like strains, dose-ranging
designs, schedules stated as intervals, group labels read as the paper writes
them, and the mechanism phrase.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import pytest

from miner.extract import quantities as qty
from miner.extract._biblio_journal import _journal_in
from miner.extract._calibration import calibrate
from miner.extract._candidates import Candidate
from miner.extract._categorical import categorical_candidates
from miner.extract._context import Sentence, document_sentences
from miner.extract._label_isolation import isolation_detail_candidates
from miner.extract._mechanism import mechanism_value
from miner.extract._num_passes import dose_ranging
from miner.extract._numeric import numeric_candidates
from miner.extract._text_outcomes import group_names
from miner.extract.fields import _jats_surname, _needs_model, _ner_worthy
from miner.extract.outcomes import extract_outcomes, resolve_arms
from miner.parse.model import Block, ParsedDocument, SectionKind
from miner.records import OutcomeRow

S = SectionKind


def make_doc(*parts: tuple[SectionKind, str]) -> ParsedDocument:
    blocks = [Block(text=t, page=1 + i // 3, section=s) for i, (s, t) in enumerate(parts)]
    return ParsedDocument(source="t.pdf", format="pdf", pages=5, blocks=blocks, metadata={})


def sent(text: str, section: SectionKind = S.METHODS) -> Sentence:
    return Sentence(0, len(text), text, section, 1, 0)


@dataclass(frozen=True)
class Ent:
    start: int
    end: int
    label: str
    text: str
    norm: str | None
    source: str = "lexicon"


def ents_for(text: str, *spans: tuple[str, str, str | None]) -> list[Ent]:
    out = []
    for needle, label, norm in spans:
        i = text.index(needle)
        out.append(Ent(i, i + len(needle), label, needle, norm))
    return out


def values(cands: list[Candidate], field: str) -> list[Any]:
    return [c.value for c in cands if c.field == field]


# ----------------------------------------------------------------------------- bibliographic


@pytest.mark.parametrize(
    ("line", "journal"),
    [
        ("Annals of Spinal Repair 2021; 12(3):101–110", "Annals of Spinal Repair"),
        ("Cells for Neural Therapy (2020) 7:e1032", "Cells for Neural Therapy"),
        ("Vesicles and the Injured Cord 2018;4:55-61", "Vesicles and the Injured Cord"),
        ("J Neurotrauma Res 2022; 9: 12–20", "J Neurotrauma Res"),
    ],
)
def test_journal_names_may_hold_lower_case_joining_words(line: str, journal: str) -> None:
    found = _journal_in(line + " https://doi.org/10.5555/x.1")
    assert found is not None and found[0] == journal


@pytest.mark.parametrize(
    ("jats_name", "surname"),
    [("Okafor Chidi", "Okafor"), ("van der Berg Jan", "van der Berg"), ("Li", "Li")],
)
def test_jats_author_strings_give_the_surname(jats_name: str, surname: str) -> None:
    assert _jats_surname(jats_name) == surname


# ----------------------------------------------------------------------------- categorical


@pytest.mark.parametrize(
    "text",
    [
        "Data are shown as mean ± SD of six rats per group.",
        "Scores are given as mean (SD) for all rats.",
        "Error bars show SD, and rats were scored blind.",
    ],
)
def test_sd_as_a_statistic_is_not_sprague_dawley(text: str) -> None:
    s = sent(text)
    ents = ents_for(text, ("SD", "STRAIN", "Sprague-Dawley"), ("rats", "SPECIES", "rat"))
    assert values(categorical_candidates([s], {0: ents}, {}), "strain") == []  # type: ignore[dict-item]


def test_sd_beside_rats_is_still_the_strain() -> None:
    text = "Adult female SD rats weighing 220 g were used."
    ents = ents_for(text, ("SD", "STRAIN", "Sprague-Dawley"), ("rats", "SPECIES", "rat"))
    assert values(categorical_candidates([sent(text)], {0: ents}, {}), "strain") == [  # type: ignore[dict-item]
        "Sprague-Dawley"
    ]


@pytest.mark.parametrize(
    ("text", "device", "model"),
    [
        (
            "The cord was injured with a modified weight drop device at T10.",
            "weight drop",
            "contusion",
        ),
        (
            "Injury was produced by the MASCIS impactor (10 g, 25 mm).",
            "MASCIS impactor",
            "contusion",
        ),
        ("An aneurysm clip closed on the exposed cord for 60 s.", "aneurysm clip", "compression"),
    ],
)
def test_a_device_implies_its_injury_model_weakly(text: str, device: str, model: str) -> None:
    needle = {
        "weight drop": "weight drop",
        "MASCIS impactor": "MASCIS impactor",
        "aneurysm clip": "aneurysm clip",
    }[device]
    ents = ents_for(text, (needle, "INJURY_DEVICE", device))
    cands = categorical_candidates([sent(text)], {0: ents}, {})  # type: ignore[dict-item]
    implied = [c for c in cands if c.field == "injury_model"]
    assert [c.value for c in implied] == [model]
    assert implied[0].strength < 0.7
    assert calibrate("injury_model", implied[0].weight, implied[0].extractor) < 0.5


@pytest.mark.parametrize(
    ("text", "level"),
    [
        ("After a T9 laminectomy, the cord was contused at T10 with the impactor.", "T10"),
        (
            "A laminectomy at the T8-T10 level exposed the cord, which was then compressed at T9.",
            "T9",
        ),
        ("Following laminectomy of T11, contusion was delivered at the T12 segment.", "T12"),
    ],
)
def test_the_injury_level_outweighs_the_laminectomy_level(text: str, level: str) -> None:
    cands = [c for c in categorical_candidates([sent(text)], {}, {}) if c.field == "injury_level"]
    best = max(cands, key=lambda c: c.strength)
    assert best.value == level


@pytest.mark.parametrize(
    "text",
    [
        "Isolated exosomes were immunoblotted for CD9, CD81 and calnexin.",
        "The vesicles were western-blotted for TSG101 and Alix.",
        "CD63 and TSG101 on the EVs were confirmed by immunoblotting.",
    ],
)
def test_western_blot_written_as_a_verb(text: str) -> None:
    cands = categorical_candidates([sent(text)], {0: []}, {})
    assert "western_blot" in values(cands, "characterization")


def test_blots_of_the_injured_cord_are_not_vesicle_characterisation() -> None:
    text = "Lesion tissue was immunoblotted for p-AKT and CD63-positive exosome uptake."
    assert "western_blot" not in values(
        categorical_candidates([sent(text)], {0: []}, {}), "characterization"
    )


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("Exosomes were injected through the lateral tail vein of each rat.", "lateral tail vein"),
        ("EVs (200 µg) were delivered via a lateral tail vein.", "lateral tail vein"),
        ("Rats received exosomes by tail vein injection.", "tail vein"),
    ],
)
def test_route_detail_keeps_the_lateral_tail_vein(text: str, detail: str) -> None:
    ents = ents_for(text, ("tail vein", "ROUTE", "intravenous"))
    assert values(categorical_candidates([sent(text)], {0: ents}, {}), "route_detail") == [detail]  # type: ignore[dict-item]


@pytest.mark.parametrize(
    ("text", "species"),
    [
        ("We used exosomes from rat marrow stromal cells.", "rat"),
        ("MSCs were flushed from the femurs of adult Wistar rats.", "rat"),
        ("Stromal cells were harvested from the bone marrow of C57BL/6 mice.", "mouse"),
    ],
)
def test_the_cells_species_without_a_named_tissue(text: str, species: str) -> None:
    needle = next(n for n in ("marrow stromal cells", "MSCs", "Stromal cells") if n in text)
    ents = ents_for(text, (needle, "CELL_SOURCE", None))
    assert values(categorical_candidates([sent(text)], {0: ents}, {}), "source_species") == [
        species
    ]  # type: ignore[dict-item]


# ----------------------------------------------------------------------------- NER budget


@pytest.mark.parametrize(
    ("text", "section", "worthy"),
    [
        ("Female Wistar rats (220 g) were used.", S.METHODS, True),
        ("Exosomes are 30-150 nm vesicles released by most cells.", S.INTRODUCTION, False),
        ("At day 28 the rats scored 11.2 ± 1.3.", S.RESULTS, False),
        ("TEM showed cup-shaped vesicles positive for CD63.", S.RESULTS, True),
        ("Previous studies have shown that rats recover.", S.METHODS, False),
    ],
)
def test_only_sentences_that_can_name_a_value_reach_the_nlp(
    text: str, section: SectionKind, worthy: bool
) -> None:
    assert _ner_worthy(sent(text, section)) is worthy


def test_the_model_runs_only_where_the_lexicon_left_a_gap() -> None:
    text = "MSCs were isolated from gingival tissue of donors."
    assert _needs_model(text, [])
    named = ents_for(text, ("gingival tissue", "CELL_SOURCE", "other"))
    assert not _needs_model(text, named)  # type: ignore[arg-type]
    assert not _needs_model("Rats were housed in pairs.", [])


# ----------------------------------------------------------------------------- schedules and doses


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The scaffold was implanted once into the gap.", {"doses": 1, "interval_h": None}),
        ("Only one injection was given to each rat.", {"doses": 1, "interval_h": None}),
        ("Rats were injected twice (48 h apart) with exosomes.", {"doses": 2, "interval_h": 48.0}),
        ("EVs were given three times at 24-h intervals.", {"doses": 3, "interval_h": 24.0}),
        (
            "Animals were dosed twice, on day 1 and day 8 after injury.",
            {"doses": 2, "interval_h": 168.0},
        ),
        ("one injection per day for 5 days", {"doses": 5, "interval_h": 24.0}),
    ],
)
def test_schedules_stated_as_counts_and_intervals(text: str, expected: dict) -> None:
    assert [q.value for q in qty.find_frequencies(text)] == [expected]


@pytest.mark.parametrize(
    "text",
    [
        "The hydrogel with vesicles was applied immediately and set within a minute.",
        "Exosomes were then injected immediately into the lesion.",
        "Immediately, 10 µg of exosomes were delivered into the cavity.",
    ],
)
def test_immediately_without_an_anchor_follows_the_injury_sentence(text: str) -> None:
    doc = make_doc((S.METHODS, "The cord was completely transected at T10. " + text))
    cands = numeric_candidates(document_sentences(doc))
    timing = [c for c in cands if c.field == "timing_post_injury_h"]
    assert [c.value for c in timing] == [0.0]
    assert calibrate("timing_post_injury_h", timing[0].weight, timing[0].extractor) < 0.5


def test_an_in_vitro_clause_does_not_veto_the_schedule_in_the_other() -> None:
    doc = make_doc(
        (
            S.METHODS,
            "Exosome-loaded gel was injected into the lesion. "
            "It was applied once; release in vitro was 50% over 5 days.",
        )
    )
    freq = [c.value for c in numeric_candidates(document_sentences(doc)) if c.field == "frequency"]
    assert freq == [{"doses": 1, "interval_h": None}]


@pytest.mark.parametrize(
    "text",
    [
        "Each 10-µl implant contained 20 µg exosomes (protein by BCA).",
        "Every rat received 150 µg EVs (measured as BCA protein) by tail vein.",
        "The scaffold contained 50 µg sEVs (Bradford protein) per implant.",
    ],
)
def test_a_basis_remark_does_not_hide_the_dose(text: str) -> None:
    doc = make_doc((S.METHODS, text))
    doses = [c.value for c in numeric_candidates(document_sentences(doc)) if c.field == "dose"]
    assert len(doses) == 1 and doses[0]["unit"] == "ug"


def test_protein_assays_are_still_not_doses() -> None:
    doc = make_doc(
        (S.METHODS, "Exosomal protein (20 µg) was measured by BCA and separated on SDS gels.")
    )
    assert [c for c in numeric_candidates(document_sentences(doc)) if c.field == "dose"] == []


_RANGING = (
    "Rats were allocated to vehicle, Exo-low or Exo-high and injected with 50 µg or 200 µg exosomes. "
    "Exo-high rats received 200 µg exosomes in 200 µl PBS by tail vein injection."
)


@pytest.mark.parametrize(
    ("primary", "amount", "weak"),
    [
        ("", 200.0, True),
        ("The primary comparison was Exo-high versus vehicle. ", 200.0, False),
        (
            "The primary analysis compared the low dose with vehicle; the high dose was exploratory. ",
            50.0,
            False,
        ),
    ],
)
def test_dose_ranging_keeps_the_primary_arm_or_weakly_the_highest(
    primary: str, amount: float, weak: bool
) -> None:
    doc = make_doc((S.METHODS, primary + _RANGING))
    sents = document_sentences(doc)
    doses = [c for c in dose_ranging(numeric_candidates(sents), sents) if c.field == "dose"]
    assert {c.value["amount"] for c in doses} == {amount}
    confidences = {calibrate("dose", c.weight, c.extractor) for c in doses}
    assert (max(confidences) < 0.5) is weak


def test_a_dose_and_its_total_are_not_a_dose_range() -> None:
    doc = make_doc(
        (
            S.METHODS,
            "Rats received 100 µg exosomes by tail vein daily for 7 days (700 µg in total).",
        )
    )
    sents = document_sentences(doc)
    doses = [
        c.value["amount"]
        for c in dose_ranging(numeric_candidates(sents), sents)
        if c.field == "dose"
    ]
    assert 100.0 in doses


# ----------------------------------------------------------------------------- isolation detail


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        (
            "Supernatant was layered on a 25% sucrose cushion and spun at 35 000 rpm "
            "(≈110 000 × g) for 90 min.",
            "110,000 g 90 min; 25% sucrose cushion",
        ),
        (
            "Vesicles were concentrated by tangential flow filtration (500 kDa) and "
            "run over a Sepharose CL-4B size-exclusion column.",
            "tangential flow filtration 500 kDa; Sepharose CL-4B",
        ),
        (
            "The pellet was purified on an iodixanol density gradient and spun at 100,000 x g for 2 h.",
            "100,000 g 120 min; iodixanol gradient",
        ),
    ],
)
def test_isolation_detail_shorthand(text: str, detail: str) -> None:
    cands = isolation_detail_candidates(document_sentences(make_doc((S.METHODS, text))))
    assert [c.value for c in cands] == [detail]


# ----------------------------------------------------------------------------- mechanism


@pytest.mark.parametrize(
    ("section", "text", "phrase"),
    [
        (
            S.ABSTRACT,
            "Treated rats had less TNF-α, pointing to suppression of NF-κB signalling.",
            "suppression of NF-κB signalling",
        ),
        (
            S.ABSTRACT,
            "The vesicles act by limiting pyroptosis via NLRP3 in microglia.",
            "limiting pyroptosis via NLRP3 in microglia",
        ),
        (S.RESULTS, "Exosomes protected neurons through the PI3K/AKT pathway.", "PI3K/AKT pathway"),
        (
            S.CONCLUSION,
            "MSC-EVs improve recovery, suggesting that they work by promoting M2 polarisation.",
            "promoting M2 polarisation",
        ),
        (
            S.DISCUSSION,
            "Our data suggest inhibition of ferroptosis through GPX4 as the mechanism.",
            "inhibition of ferroptosis through GPX4 as the mechanism",
        ),
    ],
)
def test_mechanism_phrase(section: SectionKind, text: str, phrase: str) -> None:
    doc = make_doc((section, text))
    fv = mechanism_value(doc, document_sentences(doc))
    assert fv is not None and fv.value == phrase
    assert fv.confidence <= 0.5 and fv.evidence[0].quote == text


@pytest.mark.parametrize(
    ("section", "text"),
    [
        (S.INTRODUCTION, "MSC exosomes act through the PTEN/AKT pathway, suggesting ..."),
        (S.DISCUSSION, "Li et al. reported that exosomes act via the Wnt pathway."),
        (S.RESULTS, "BBB scores were higher, suggesting better recovery."),
    ],
)
def test_no_mechanism_from_other_studies_or_outcomes(section: SectionKind, text: str) -> None:
    doc = make_doc((section, text))
    assert mechanism_value(doc, document_sentences(doc)) is None


# ----------------------------------------------------------------------------- outcomes


@pytest.mark.parametrize(
    ("text", "names"),
    [
        (
            "Rats were randomly assigned to Sham, SCI+PBS, SCI+Exo and Exo-miR groups.",
            ["Sham", "SCI+PBS", "SCI+Exo", "Exo-miR"],
        ),
        (
            "Groups were Sham, SCI (injury only), Gel (empty) and Gel+EV, n = 8.",
            ["Sham", "SCI", "Gel", "Gel+EV"],
        ),
        (
            "Animals were allocated into four groups: Sham, Vehicle, EV-low dose (50 µg) and EV-high dose.",
            ["Sham", "Vehicle", "EV-low dose", "EV-high dose"],
        ),
    ],
)
def test_group_names_from_the_methods(text: str, names: list[str]) -> None:
    assert group_names([sent(text)]) == names


@pytest.mark.parametrize(
    "result",
    [
        "At 6 weeks the EV-high dose group scored 12.0 ± 1.0 compared with 9.0 ± 1.2 for Vehicle, "
        "whereas EV-low dose reached 9.5 ± 1.1.",
        "At week 6, BBB scores reached 12.0 ± 1.0 in EV-high dose rats, 9.5 ± 1.1 with EV-low dose "
        "and 9.0 ± 1.2 in Vehicle.",
        "By 6 weeks, BBB scores were EV-high dose: 12.0 ± 1.0; EV-low dose: 9.5 ± 1.1; Vehicle: 9.0 ± 1.2.",
    ],
)
def test_multi_word_group_labels_in_text_and_dose_arms(result: str) -> None:
    doc = make_doc(
        (
            S.METHODS,
            "Rats were assigned to Sham, Vehicle, EV-low dose and EV-high dose. "
            "Locomotion was scored with the BBB scale.",
        ),
        (S.RESULTS, result),
    )
    rows, _ = extract_outcomes(doc)
    got = {(r.group, r.arm, r.day, r.mean) for r in rows}
    assert got == {
        ("EV-high dose", "treatment", 42.0, 12.0),
        ("EV-low dose", "other", 42.0, 9.5),
        ("Vehicle", "control", 42.0, 9.0),
    }


@pytest.mark.parametrize(
    ("groups", "demoted"),
    [
        (("Exo-low", "Exo-high"), {"Exo-low"}),
        (("EV 50 µg", "EV 200 µg", "EV 100 µg"), {"EV 50 µg", "EV 100 µg"}),
        (("sEV low dose", "sEV medium dose", "sEV high dose"), {"sEV low dose", "sEV medium dose"}),
        (("Exo", "Exo-miR-21"), {"Exo"}),
    ],
)
def test_lower_doses_become_other_arms(groups: tuple[str, ...], demoted: set[str]) -> None:
    rows = [
        OutcomeRow(outcome="BBB", group=g, arm="treatment", day=28.0, mean=10.0) for g in groups
    ]
    assert {r.group for r in resolve_arms(rows) if r.arm == "other"} == demoted
