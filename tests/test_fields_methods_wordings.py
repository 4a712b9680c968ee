"""Methods fields stated the ways papers state them, pinned with inputs written for this test.

* native vesicles said of their parent cells before the noun ("Unmodified cells at passage
  4 were conditioned", "Native, unmanipulated cells were expanded"), or in the culture
  paragraph just before the one that isolates the vesicles;
* an ultracentrifugation written as a rotor speed in rpm, not called one;
* a route implied by the site alone ("into the rostral and caudal stumps", a gel placed
  on the dura);
* group sizes: a table footnote that states them, a list of each arm's size, a tissue
  subset ("four rats per group were perfused for histology") and the animals lost ("two
  rats per group died") that are not the group size.
"""

from __future__ import annotations

from typing import Any

import pytest
from _fields import rules_nlp, section_fields
from _fields_matrix import ANIMALS, INJURY, ISOLATION, TREATMENT, S

from miner.extract._candidates import Candidate
from miner.extract._context import Sentence
from miner.extract._label_route import ROUTE_SITES, routes_from_sites
from miner.extract._num_tables import _arm_list

TITLE = (S.TITLE, "Stem cell-derived vesicles and functional recovery of the injured spinal cord in rats")


@pytest.fixture(scope="module")
def nlp() -> Any:
    return rules_nlp()


def _fields(nlp: Any, *parts: str | tuple[S, str]) -> dict[str, Any]:
    items = [p if isinstance(p, tuple) else (S.METHODS, p) for p in parts]
    return section_fields(nlp, TITLE, *items)


# ------------------------------------------------------------ native, said of the parent cells


@pytest.mark.parametrize(
    "culture",
    [
        "Human umbilical cord MSCs were expanded. Unmodified cells at passage 4 were conditioned in serum-free medium for 48 h.",
        "Native, unmanipulated cells were expanded in hollow-fibre bioreactors and the medium was collected.",
        "Non-engineered hUC-MSCs at passage 4 were grown in serum-free medium for 48 h.",
        "Unmodified human adipose stromal cells were grown to 80% confluence before the medium was changed.",
        "Wild-type BMSCs (passages 3-5) were cultured in exosome-depleted medium.",
    ],
)
def test_unchanged_parent_cells_mean_native_vesicles(nlp: Any, culture: str) -> None:
    fields = _fields(nlp, ANIMALS, INJURY, culture + " " + ISOLATION, TREATMENT)
    assert fields["modification"] == "none"


@pytest.mark.parametrize(
    "culture",
    [
        "Human umbilical cord MSCs were used at passage 3. The cells were not genetically modified or preconditioned.",
        "BMSCs were expanded to passage 4. Unmodified cells were then switched to serum-free medium.",
    ],
)
def test_parent_cells_paragraph_before_the_isolation_paragraph(nlp: Any, culture: str) -> None:
    # the cells' paragraph ends; the next one opens on the vesicles
    fields = _fields(nlp, ANIMALS, INJURY, culture, ISOLATION, TREATMENT)
    assert fields["modification"] == "none"


@pytest.mark.parametrize(
    "other",
    [
        "Native spinal cord cells around the lesion were stained for GFAP.",
        "Naive rats received no injury and served as a reference.",
        "PC12 cells were left untreated in control wells.",
    ],
)
def test_other_unchanged_cells_say_nothing_of_the_vesicles(nlp: Any, other: str) -> None:
    fields = _fields(nlp, ANIMALS, INJURY, other, ISOLATION, TREATMENT)
    assert "modification" not in fields


def test_a_modified_comparator_cell_does_not_make_the_study_native(nlp: Any) -> None:
    text = (
        "BMSCs were transfected with a miR-126 mimic; non-transfected cells were used as a control. "
        + ISOLATION
    )
    fields = _fields(nlp, ANIMALS, INJURY, text, TREATMENT)
    assert fields.get("modification") != "none"


# ------------------------------------------------------------ ultracentrifugation in rpm


@pytest.mark.parametrize(
    "spin",
    [
        "After removal of debris (400 × g, 10 min), EVs were pelleted at 38 000 rpm for 2 h in a Type 70 Ti rotor.",
        "The cleared medium was spun at 2,000 × g, and exosomes were then pelleted at 40,000 rpm for 90 min (SW 41 Ti rotor).",
        "Exosomes were collected by spinning the cleared supernatant at 32000 rpm for 70 min.",
    ],
)
def test_an_ultracentrifuge_rotor_speed_is_ultracentrifugation(nlp: Any, spin: str) -> None:
    fields = _fields(nlp, ANIMALS, INJURY, spin, TREATMENT)
    assert fields["isolation_method"] == ["ultracentrifugation"]


@pytest.mark.parametrize(
    "spin",
    [
        # a benchtop speed pellets larger vesicles, not exosomes by ultracentrifugation
        "Cells were removed at 1,500 rpm for 5 min and exosomes were pelleted at 12,000 rpm for 30 min.",
        # the serum's own spin is no isolation step of the vesicles
        "Exosome-depleted FBS was prepared by spinning at 40,000 rpm overnight. Exosomes were precipitated with ExoQuick.",
    ],
)
def test_slow_or_serum_spins_in_rpm_are_not(nlp: Any, spin: str) -> None:
    fields = _fields(nlp, ANIMALS, INJURY, spin, TREATMENT)
    assert "ultracentrifugation" not in (fields.get("isolation_method") or [])


# ------------------------------------------------------------ route from the site alone


@pytest.mark.parametrize(
    ("treatment", "route"),
    [
        ("EVs were injected into the rostral and caudal stumps (2.5 µL each) immediately after transection.", "intralesional"),
        ("Rats received exosomes into both cord stumps right after the cut.", "intralesional"),
        ("Exosomes (50 µg) embedded in 20 µL HA gel were placed on the dura over the lesion.", "implanted_biomaterial"),
        ("Exosomes mixed in a hyaluronic acid (HA) gel were applied over the injured segment.", "implanted_biomaterial"),
    ],
)
def test_a_site_without_a_route_word_names_the_route(nlp: Any, treatment: str, route: str) -> None:
    fields = _fields(nlp, ANIMALS, INJURY, ISOLATION, treatment)
    assert fields["route"] == route


def test_sites_implying_two_routes_say_nothing() -> None:
    sent = Sentence(start=0, end=1, text="x", section=S.METHODS, page=1, block_index=0)
    both = [
        Candidate("route_detail", "tail vein", 0.85, sent, 0, 1, "route_detail.regex"),
        Candidate("route_detail", "nasal", 0.85, sent, 0, 1, "route_detail.regex"),
    ]
    assert routes_from_sites(both) == []
    one = [Candidate("route_detail", "tail vein", 0.85, sent, 0, 1, "route_detail.regex")]
    assert [c.value for c in routes_from_sites(one)] == ["intravenous"]


@pytest.mark.parametrize(
    "text",
    ["into the rostral and caudal stumps", "into both cord stumps", "into each stump", "into the proximal and distal stumps"],
)
def test_cord_stumps_are_the_lesion_site(text: str) -> None:
    labels = [label for pat, label in ROUTE_SITES if pat.search(text)]
    assert labels[:1] == ["lesion site"]


# ------------------------------------------------------------ group sizes


@pytest.mark.parametrize(
    "note",
    [
        "Two rats in each injured group died before day 7 (autophagia), leaving n = 10 per group.",
        "n = 10 rats per group.",
        "Values are mean ± SEM of ten rats per group.",
    ],
)
def test_a_table_footnote_states_the_group_size(nlp: Any, note: str) -> None:
    table = "Group\tDay 7\tDay 14\nSCI + PBS\t0.2 ± 0.1\t0.5 ± 0.2\nSCI + EV\t0.3 ± 0.1\t0.9 ± 0.2"
    fields = _fields(
        nlp, ANIMALS, INJURY, ISOLATION, TREATMENT,
        (S.TABLE, "Table 2: BBB scores."), (S.TABLE, table), (S.TABLE, note),
    )
    assert fields["n_per_group"] == 10


@pytest.mark.parametrize(
    "lost",
    [
        "Two rats in each injured group died of bladder infection.",
        "One rat per group was excluded (autophagia).",
        "2 animals per group were euthanised before day 7.",
    ],
)
def test_animals_lost_per_group_are_not_the_group_size(nlp: Any, lost: str) -> None:
    fields = _fields(nlp, ANIMALS, INJURY, ISOLATION, TREATMENT, lost)
    assert fields.get("n_per_group") not in (1, 2)


@pytest.mark.parametrize(
    "subset",
    [
        "At week 6, four rats per group were perfused for immunohistochemistry.",
        "Three animals per group were used for western blotting of the lesion.",
        "Five rats per group were sacrificed at day 7 for histology.",
    ],
)
def test_a_tissue_subset_gives_way_to_the_stated_group_size(nlp: Any, subset: str) -> None:
    fields = _fields(
        nlp, ANIMALS, INJURY, ISOLATION, TREATMENT,
        "Rats were randomly allocated to three groups (n = 10 per group).", subset,
    )
    assert fields["n_per_group"] == 10


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("n = 6 (Sham), 8 (SCI), 10 (SCI+Gel) and 10 (SCI+Gel-Exo).", 10),
        ("Sham (n = 6), vehicle (n = 10), Exo-low (n = 10) and Exo-high (n = 10) groups were compared.", 10),
        ("The groups were sham (n = 5), SCI + PBS (n = 9), SCI + Exo (n = 9).", 9),
        # injured arms that disagree, no shared largest size: nothing
        ("Sham (n = 6), PBS (n = 8), Exo (n = 10) and miR-Exo (n = 12).", None),
    ],
)
def test_a_list_of_each_arms_size(nlp: Any, text: str, expected: int | None) -> None:
    fields = _fields(nlp, ANIMALS, INJURY, ISOLATION, TREATMENT, text)
    assert fields.get("n_per_group") == expected


@pytest.mark.parametrize(
    "text",
    ["At day 7 (n = 10), rats scored 3.", "BBB was 3.1 (day 7), 5 (day 14) and 8 (day 28).", "n = 3 (a), 4 (b)"],
)
def test_no_arm_list_without_three_sized_arms(text: str) -> None:
    assert _arm_list(text) is None


# ------------------------------------------------------------ a clean-up filter is no isolation method


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # concentrating the column's pooled fractions cleans up after the isolation
        (
            ("Exosomes were isolated by size-exclusion chromatography (qEVoriginal); EV-rich fractions 7-9 "
            "were pooled and concentrated with 100 kDa Amicon filters."),
            ["size_exclusion"],
        ),
        (
            ("Vesicles were separated on Sepharose CL-2B columns. The eluted fractions were concentrated "
            "with Amicon Ultra-4 (10 kDa) filters."),
            ["size_exclusion"],
        ),
        # a filter before the column concentrates the medium: a step of the isolation
        (
            ("The conditioned medium was concentrated with Amicon Ultra-15 (100 kDa) filters and exosomes "
            "were isolated on qEVoriginal columns."),
            ["ultrafiltration", "size_exclusion"],
        ),
        (
            "Exosomes were isolated by ultrafiltration (100 kDa) and then by size-exclusion chromatography.",
            ["ultrafiltration", "size_exclusion"],
        ),
    ],
)
def test_concentrating_the_eluate_is_not_ultrafiltration(nlp: Any, text: str, expected: list[str]) -> None:
    fields = _fields(nlp, ANIMALS, INJURY, text, TREATMENT)
    assert fields["isolation_method"] == expected


# ------------------------------------------------------------ a protocol table laid out as headings


def _headed_doc(pairs: list[tuple[str, str]]) -> Any:
    from miner.parse.model import Block, BlockKind, ParsedDocument

    blocks = [Block(text=TITLE[1], page=1, section=S.TITLE, kind=BlockKind.TITLE)]
    for text in (ANIMALS, INJURY, ISOLATION):
        blocks.append(Block(text=text, page=1, section=S.METHODS))
    for head, phrase in pairs:
        blocks.append(Block(text=head, page=1, section=S.METHODS, kind=BlockKind.HEADING))
        blocks.append(Block(text=phrase, page=1, section=S.METHODS))
    return ParsedDocument(source="h.pdf", format="pdf", pages=1, blocks=blocks, metadata={})


@pytest.mark.parametrize(
    ("head", "phrase", "amount"),
    [
        ("Dose and route", "30 µg sEVs in 30 µL as nasal drops (3 µL per nostril)", 30.0),
        ("Dose", "80 µg exosomal protein in 10 µL PBS", 80.0),
        ("Exosome administration", "150 µg in 150 µL PBS, caudal vein", 150.0),
    ],
)
def test_a_dose_phrase_under_its_heading(nlp: Any, head: str, phrase: str, amount: float) -> None:
    import warnings

    from miner.extract.fields import extract_fields

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fv = extract_fields(_headed_doc([(head, phrase)]), nlp).get("dose")
    assert fv is not None and fv.value["amount"] == amount
    assert fv.evidence[0].quote


def test_a_phrase_under_another_heading_is_no_dose(nlp: Any) -> None:
    import warnings

    from miner.extract.fields import extract_fields

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        fields = extract_fields(_headed_doc([("Antibodies", "anti-NF200 (1:2000), 30 µg protein per lane")]), nlp)
    assert "dose" not in fields
