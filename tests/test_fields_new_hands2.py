"""Study fields in less common paper genres: the mechanisms behind a second wave of misses.

Each group pins one mechanism with phrasings written for these tests, and traps
that must stay empty or keep their value:

- methods written as a two-column "Parameter | Detail" table are read as methods;
  a results table or a reagent table is not;
- a vesicle marker list closed by "positive" ("CD63, CD9 and Alix positive") is the
  panel, while "CD63-positive cells" stays histology;
- a spin of >= 100,000 g in a sentence about isolating vesicles is ultracentrifugation;
- word order carried over from Romance languages: "fall of weight", "the vein of the
  tail", "each 48 hours", "100.000 g", "microscopy electronic of transmission";
- "a 30-g aneurysm clip compression": the clip, though the lexicon reads "clip
  compression" as the model.
"""

from __future__ import annotations

import pytest
from _fields import rules_nlp, section_doc, section_fields

from miner.extract import quantities as qty
from miner.extract._context import document_sentences
from miner.extract._label_device import described_device_candidates
from miner.extract._protocol_table import methods_table_rows
from miner.parse.model import SectionKind

S = SectionKind

_ANIMALS = (S.METHODS, "Adult rats underwent spinal cord injury and received exosomes from MSCs.")


make_doc = section_doc


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return rules_nlp()


fields = section_fields


# ----------------------------------------------------------------------------- methods tables

_PROTOCOL = (
    "Item\tDescription\n"
    "Animals\tFemale Wistar rats weighing 200–240 g; 10 per group\n"
    "Injury model\tCompression with a modified aneurysm clip at T10 for one minute\n"
    "Vesicle isolation\tDifferential centrifugation ending with 120 000 × g for 90 min\n"
    "Vesicle characterisation\tTEM and NTA; western blot for CD81 and TSG101\n"
    "Treatment\tExosomes (50 µg in 10 µL PBS) via the tail vein 2 h after injury\n"
    "Assessment\tBBB scale weekly for six weeks by observers blinded to group"
)


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("strain", "Wistar"),
        ("sex", "female"),
        ("body_weight_g", {"low": 200.0, "high": 240.0}),
        ("n_per_group", 10),
        ("injury_device", "aneurysm clip"),
        ("isolation_method", ["ultracentrifugation"]),
        ("characterization", ["TEM", "NTA", "western_blot"]),
        ("route_detail", "tail vein"),
        ("timing_post_injury_h", 2.0),
    ],
)
def test_a_protocol_table_is_read_as_methods(nlp, name: str, expected: object) -> None:  # type: ignore[no-untyped-def]
    got = fields(nlp, (S.TITLE, "Exosomes for spinal cord injury in rats"), (S.TABLE, _PROTOCOL))
    assert got.get(name) == expected


@pytest.mark.parametrize(
    "table",
    [
        # a results table: group names against numbers
        "Group\tBBB day 28\nSham\t21.0 ± 0.0\nVehicle\t6.1 ± 1.2\nExo\t9.8 ± 1.4\nExo-high\t10.2 ± 1.1\nCells\t8.0 ± 1.0",
        # a reagent table: antibody against a few words
        "Antibody\tDilution\nCD63\t1:1000\nTSG101\t1:500\nCalnexin\t1:1000\nGAPDH\t1:5000\nIba1\t1:400",
        # label/phrase rows, but nothing about a protocol
        (
            "Term\tMeaning\nAlpha\tthe first letter of the Greek alphabet\nBeta\tthe second letter of that alphabet\n"
            "Gamma\tthe third letter of the same alphabet\nDelta\tthe fourth letter, also a river mouth"
        ),
    ],
)
def test_other_tables_stay_tables(table: str) -> None:
    sents = document_sentences(make_doc((S.TABLE, table)))
    assert all(s.section == S.TABLE for s in methods_table_rows(sents))


def test_protocol_rows_keep_their_offsets() -> None:
    doc = make_doc(_ANIMALS, (S.TABLE, _PROTOCOL))
    rows = [s for s in methods_table_rows(document_sentences(doc)) if s.section == S.METHODS][1:]
    assert len(rows) == 6
    for s in rows:
        assert doc.text[s.start : s.end].replace("\t", " ") == s.text
    assert rows[0].text.startswith("Animals Female Wistar")


# ----------------------------------------------------------------------------- markers


@pytest.mark.parametrize(
    "sentence",
    [
        "Western blotting showed the vesicles CD63, CD9 and Alix positive; calnexin was absent.",
        "By immunoblot the exosomes were TSG101, CD81 and Alix positive.",
        "Characterisation: NTA and western blot, CD9, CD63 and Alix positive",
    ],
)
def test_a_marker_list_closed_by_positive_is_the_panel(nlp, sentence: str) -> None:  # type: ignore[no-untyped-def]
    got = fields(nlp, _ANIMALS, (S.METHODS, sentence))
    assert "Alix" in (got.get("markers") or [])


@pytest.mark.parametrize(
    "sentence",
    [
        "Sections were stained and Alix-positive neurons counted in the ventral horn.",
        "Spinal sections showed many CD63 positive cells around the lesion.",
    ],
)
def test_positive_cells_are_histology(nlp, sentence: str) -> None:  # type: ignore[no-untyped-def]
    got = fields(nlp, _ANIMALS, (S.METHODS, sentence))
    assert got.get("markers") is None


# ----------------------------------------------------------------------------- translated word order


@pytest.mark.parametrize(
    ("sentence", "name", "expected"),
    [
        (
            "Under anaesthesia was realised laminectomy and the lesion was produced by fall of weight (method of Allen modified; 10 g from 25 mm) at T9.",
            "injury_device",
            "weight drop",
        ),
        (
            "After laminectomy the spinal cord of the rats was injured by a weight fall of 10 g from 25 mm.",
            "injury_device",
            "weight drop",
        ),
        (
            "Rats underwent a 30-g aneurysm clip compression of the T9 spinal cord segment for 1 min.",
            "injury_device",
            "aneurysm clip",
        ),
        (
            "Was administered 100 µg of the exosomes by the vein of the tail to the rats.",
            "route_detail",
            "tail vein",
        ),
        (
            "The exosomes were administered to the rats intravenously each 48 hours during one week (4 administrations in total).",
            "frequency",
            {"doses": 4, "interval_h": 48.0},
        ),
        (
            "The characterization of the exosomes included microscopy electronic of transmission and western blot for CD63.",
            "characterization",
            ["TEM", "western_blot"],
        ),
    ],
)
def test_word_order_of_other_languages(nlp, sentence: str, name: str, expected: object) -> None:  # type: ignore[no-untyped-def]
    got = fields(nlp, _ANIMALS, (S.METHODS, sentence))
    assert got.get(name) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        # a weight that falls is no device without the act on the cord
        "Body weight fell by 10% in the first week after surgery.",
        # the clip closes a vessel in another study
        "Others have reported that a 30-g aneurysm clip compression gives a milder lesion.",
    ],
)
def test_device_traps_stay_empty(nlp, sentence: str) -> None:  # type: ignore[no-untyped-def]
    got = fields(nlp, (S.METHODS, "Rats received exosomes from MSCs."), (S.METHODS, sentence))
    assert got.get("injury_device") is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ultracentrifuged at 100.000 g during 70 minutes", [100_000.0]),
        ("spun at 2.000 g and then at 10.000 × g", [2000.0, 10_000.0]),
        ("centrifuged at 100,000 × g for 70 min", [100_000.0]),
        ("pelleted at 1.5 g", []),  # a decimal, not a grouped thousand
    ],
)
def test_dot_grouped_thousands_in_g_forces(text: str, expected: list[float]) -> None:
    assert [q.value["g"] for q in qty.find_g_forces(text)] == expected


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Vesicles were isolated at 110 000 × g for 2 h.", ["ultracentrifugation"]),
        ("Exosome isolation: 300 × g, 2000 × g, then 100,000 × g for 70 min.", ["ultracentrifugation"]),
    ],
)
def test_an_isolating_spin_above_100000_g_is_ultracentrifugation(nlp, sentence: str, expected: list[str]) -> None:  # type: ignore[no-untyped-def]
    got = fields(nlp, _ANIMALS, (S.METHODS, sentence))
    assert got.get("isolation_method") == expected


def test_cells_isolated_at_low_g_are_no_ultracentrifugation(nlp) -> None:  # type: ignore[no-untyped-def]
    got = fields(nlp, _ANIMALS, (S.METHODS, "Mononuclear cells were isolated at 400 × g for 30 min."))
    assert got.get("isolation_method") is None


# ----------------------------------------------------------------------------- modification


@pytest.mark.parametrize(
    "paragraph",
    [
        "Rat BMSCs were cultured for 48 h. Exosomes were pelleted at 120,000 g. Cells were unmodified.",
        "The MSCs were not genetically modified. Their exosomes were collected from the conditioned medium.",
        "Exosomes were isolated from the supernatant; the parent cells remained unmodified.",
    ],
)
def test_unmodified_parent_cells_mean_native_vesicles(nlp, paragraph: str) -> None:  # type: ignore[no-untyped-def]
    got = fields(nlp, _ANIMALS, (S.METHODS, paragraph))
    assert got.get("modification") == "none"


def test_unmodified_assay_cells_say_nothing_of_the_vesicles(nlp) -> None:  # type: ignore[no-untyped-def]
    got = fields(
        nlp,
        (S.METHODS, "Rats received exosomes after spinal cord injury."),
        (S.METHODS, "PC12 cells were seeded on coverslips for the neurite assay. Cells were unmodified."),
    )
    assert got.get("modification") is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Exosomes from three-dimensional spheroid cultures of ADSCs were injected into the rats.", "3D spheroid culture"),
        ("We gave rats exosomes from 3D spheroid cultures of rat BMSCs.", "3D spheroid culture"),
    ],
)
def test_plural_culture_formats(nlp, sentence: str, expected: str) -> None:  # type: ignore[no-untyped-def]
    got = fields(nlp, (S.TITLE, sentence))
    assert got.get("modification") == expected


# ----------------------------------------------------------------------------- isolation


@pytest.mark.parametrize(
    "sentence",
    [
        "Supernatants were concentrated on 100 kDa filters and the exosomes ultracentrifuged at 100,000 g for 90 min.",
        "The conditioned medium was concentrated with 10 kDa MWCO membranes before exosomes were pelleted at 110,000 × g.",
    ],
)
def test_a_stated_cutoff_is_ultrafiltration(nlp, sentence: str) -> None:  # type: ignore[no-untyped-def]
    got = fields(nlp, _ANIMALS, (S.METHODS, sentence))
    assert got.get("isolation_method") == ["ultracentrifugation", "ultrafiltration"]


def test_a_cutoff_for_protein_is_no_vesicle_ultrafiltration(nlp) -> None:  # type: ignore[no-untyped-def]
    got = fields(
        nlp,
        _ANIMALS,
        (S.METHODS, "Exosomes were pelleted at 100,000 g for 70 min."),
        (S.METHODS, "Spinal cord lysate protein was concentrated on 3 kDa filters for western blot."),
    )
    assert got.get("isolation_method") == ["ultracentrifugation"]


# ----------------------------------------------------------------------------- animals per group


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Ten injured rats per group and seven sham-operated rats were used.", 10),
        ("Female rats were used (eight per injured group, six sham).", 8),
        ("Twelve adult injured rats were allocated to each group.", 12),
        ("Rats were divided into groups (n = 10 per group in the main experiment, n = 6 in the pilot).", 10),
        ("The main study used n = 9 per group; a preliminary dose-finding study used n = 4 per group.", 9),
    ],
)
def test_group_sizes_with_qualifiers_and_pilots(nlp, sentence: str, expected: int) -> None:  # type: ignore[no-untyped-def]
    got = fields(nlp, _ANIMALS, (S.METHODS, sentence))
    assert got.get("n_per_group") == expected


def test_a_pilot_alone_still_gives_its_size(nlp) -> None:  # type: ignore[no-untyped-def]
    got = fields(nlp, _ANIMALS, (S.METHODS, "In this pilot study, six rats per group were used."))
    assert got.get("n_per_group") == 6


# ----------------------------------------------------------------------------- schedule


@pytest.mark.parametrize(
    "sentence",
    [
        "Exosomes in GelMA were crosslinked in the hemisection gap immediately after the cut, a single application.",
        "The exosome-laden gel was placed into the transection gap immediately after the cut (a single application).",
    ],
)
def test_a_single_application_at_the_cut(nlp, sentence: str) -> None:  # type: ignore[no-untyped-def]
    got = fields(nlp, _ANIMALS, (S.METHODS, sentence))
    assert got.get("frequency") == {"doses": 1, "interval_h": None}
    assert got.get("timing_post_injury_h") == 0.0


# ----------------------------------------------------------------------------- mechanism


@pytest.mark.parametrize(
    ("sentence", "term"),
    [
        ("The higher p-Akt levels suggest that PI3K/Akt-mediated neuronal survival contributes; more work is needed.", "PI3K/Akt"),
        ("These changes suggest that NF-κB-dependent microglial activation was suppressed by the exosomes.", "NF-κB"),
    ],
)
def test_measured_changes_point_to_the_mechanism(nlp, sentence: str, term: str) -> None:  # type: ignore[no-untyped-def]
    got = fields(nlp, _ANIMALS, (S.DISCUSSION, sentence))
    assert term in (got.get("mechanism") or "")
    assert not (got.get("mechanism") or "").endswith("contributes")


def test_another_studys_levels_are_not_our_mechanism(nlp) -> None:  # type: ignore[no-untyped-def]
    got = fields(
        nlp,
        _ANIMALS,
        (S.DISCUSSION, "In an earlier study the higher p-Akt levels suggested that PI3K/Akt-mediated survival mattered [4]."),
    )
    assert got.get("mechanism") is None


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # the lexicon names this clip: a described reading would vote twice
        ("Mice received a 5-s compression of the cord with a modified aneurysm clip (8 g) at T10.", []),
        # here the lexicon reads "clip compression" as the model, so the described rule speaks
        ("Rats underwent a 30-g aneurysm clip compression of the T8 cord for 1 min.", ["aneurysm clip"]),
        ("The cord of the rats was injured by fall of weight (method of Allen modified).", ["weight drop"]),
    ],
)
def test_described_devices_do_not_double_the_lexicon(sentence: str, expected: list[str]) -> None:
    sents = document_sentences(make_doc((S.METHODS, sentence)))
    assert [c.value for c in described_device_candidates(sents)] == expected
