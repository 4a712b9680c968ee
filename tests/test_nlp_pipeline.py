"""The NLP pipeline's rules: sentences, abbreviations, lexicon entities, offsets, loading."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import miner.nlp
from miner.errors import ModelNotFoundError
from miner.nlp import LABELS, SOURCES, Entity, NlpPipeline, _pipeline, load_pipeline


@pytest.fixture(scope="module")
def rules() -> NlpPipeline:
    return load_pipeline("rules")


def test_public_surface() -> None:
    assert set(miner.nlp.__all__) == {"Entity", "LABELS", "SOURCES", "NlpPipeline", "load_pipeline"}
    assert "CELL_SOURCE" in LABELS and len(LABELS) == 14


# --- sentences ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Chen et al. reported this. It was new.", ["Chen et al. reported this.", "It was new."]),
        (
            "As shown in Fig. 2, sizes differed. Next sentence.",
            ["As shown in Fig. 2, sizes differed.", "Next sentence."],
        ),
        ("Figs. 3 and 4 show it. Done.", ["Figs. 3 and 4 show it.", "Done."]),
        ("Sizes were approx. 100 nm. Then more.", ["Sizes were approx. 100 nm.", "Then more."]),
        ("BBB was 11.2 vs. 7.5 at day 28. Good.", ["BBB was 11.2 vs. 7.5 at day 28.", "Good."]),
        (
            "Spun at 100,000 × g for 70 min. The pellet was kept.",
            ["Spun at 100,000 × g for 70 min.", "The pellet was kept."],
        ),
        ("The mean was 98.3 nm. Mode 91.2 nm.", ["The mean was 98.3 nm.", "Mode 91.2 nm."]),
        ("Markers (e.g. CD63) were found. Yes.", ["Markers (e.g. CD63) were found.", "Yes."]),
        (
            "Scored as described (Basso D. M. et al.). Next.",
            ["Scored as described (Basso D. M. et al.).", "Next."],
        ),
        (
            "Secondary injury follows.12,13 The scar forms.",
            ["Secondary injury follows.12,13", "The scar forms."],
        ),
        ("Is it? Yes! It is.", ["Is it?", "Yes!", "It is."]),
        ("Methods\n\nRats were used", ["Methods", "Rats were used"]),
        (
            "A line broken\nin the middle of a sentence.",
            ["A line broken\nin the middle of a sentence."],
        ),
        ("Rats (Sigma, St. Louis, MO) were used.", ["Rats (Sigma, St. Louis, MO) were used."]),
        ("", []),
    ],
)
def test_sentences(rules: NlpPipeline, text: str, expected: list[str]) -> None:
    assert [text[s:e] for s, e in rules.sentences(text)] == expected


def test_sentence_component_marks_the_same_starts(rules: NlpPipeline) -> None:
    text = "Chen et al. used 100,000 × g (Fig. 2). Sizes were 98.3 nm. Done."
    doc = rules.nlp(text)
    assert [s.text for s in doc.sents] == [text[s:e] for s, e in rules.sentences(text)]


# --- abbreviations --------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "short", "long"),
    [
        (
            "Bone marrow mesenchymal stem cell-derived exosomes (BMSC-Exos) were injected.",
            "BMSC-Exos",
            "Bone marrow mesenchymal stem cell-derived exosomes",
        ),
        (
            "We used human umbilical cord MSC-derived small extracellular vesicles (hUCMSC-sEVs) here.",
            "hUCMSC-sEVs",
            "human umbilical cord MSC-derived small extracellular vesicles",
        ),
        (
            "Exosomes of adipose-derived stem cells (ADSC) were isolated.",
            "ADSC",
            "adipose-derived stem cells",
        ),
    ],
)
def test_abbreviations_are_resolved(rules: NlpPipeline, text: str, short: str, long: str) -> None:
    assert rules.abbreviations(text)[short] == long


def _labels(ents: list[Entity]) -> set[tuple[str, str, str | None, str]]:
    return {(e.text, e.label, e.norm, e.source) for e in ents}


def test_a_defined_short_form_carries_its_long_forms_labels(rules: NlpPipeline) -> None:
    text = (
        "Human gingival mesenchymal stem cell-derived extracellular vesicles (hGMSC-EVs) were used. "
        "Rats received hGMSC-EVs intravenously."
    )
    ents = rules.entities(text)
    second = text.rindex("hGMSC")
    later = {(e.text, e.label, e.norm) for e in ents if e.start >= second}
    assert ("hGMSC", "CELL_SOURCE", "other") in later
    assert ("EVs", "VESICLE", "EV") in later


def test_abbreviations_from_the_whole_paper_reach_a_single_sentence(rules: NlpPipeline) -> None:
    sentence = "Rats received 200 μg hTMSC-Exos via the tail vein."
    assert not [e for e in rules.entities(sentence) if e.label == "CELL_SOURCE"]
    known = {"hTMSC-Exos": "human tonsil-derived mesenchymal stem cell exosomes"}
    ents = rules.entities(sentence, abbreviations=known)
    # The long form names a (tonsil) stem cell the lexicon has no tissue for: a cell source, norm unknown.
    assert ("hTMSC-Exos", "CELL_SOURCE", None, "abbrev") in _labels(ents)
    assert ("Exos", "VESICLE", "exosome", "lexicon") in _labels(ents)


def test_bbb_defined_as_the_blood_brain_barrier_is_not_the_scale(rules: NlpPipeline) -> None:
    text = "Exosomes cross the blood-brain barrier (BBB). The BBB was intact."
    assert not [e for e in rules.entities(text) if e.label == "OUTCOME_SCALE"]
    assert [
        e.norm for e in rules.entities("The BBB score was 11.") if e.label == "OUTCOME_SCALE"
    ] == ["BBB"]


# --- lexicon entities -----------------------------------------------------------


def test_methods_sentence(rules: NlpPipeline) -> None:
    text = (
        "Bone marrow mesenchymal stem cell-derived exosomes (BMSC-Exos; 200 μg in 200 μL PBS) were "
        "injected via the tail vein of female Sprague-Dawley rats after a contusion at T9-10 made with "
        "the NYU impactor."
    )
    got = {(e.text, e.label, e.norm) for e in rules.entities(text)}
    assert {
        ("Bone marrow mesenchymal stem cell", "CELL_SOURCE", "bone_marrow"),
        ("exosomes", "VESICLE", "exosome"),
        ("BMSC", "CELL_SOURCE", "bone_marrow"),
        ("Exos", "VESICLE", "exosome"),
        ("tail vein", "ROUTE", "intravenous"),
        ("female", "SEX", "female"),
        ("Sprague-Dawley", "STRAIN", "Sprague-Dawley"),
        ("rats", "SPECIES", "rat"),
        ("contusion", "INJURY_MODEL", "contusion"),
        ("T9-10", "INJURY_LEVEL", "T9-T10"),
        ("NYU impactor", "INJURY_DEVICE", "NYU impactor"),
    } <= got


def test_characterisation_sentence(rules: NlpPipeline) -> None:
    text = (
        "Vesicles isolated by ExoQuick-TC and Amicon Ultra-15 filters were examined by NTA (NanoSight NS300), "
        "TEM and western blotting for CD63, TSG101 and Alix, with calnexin as a negative marker."
    )
    got = {(e.text, e.label, e.norm) for e in rules.entities(text)}
    assert {
        ("ExoQuick-TC", "ISOLATION_METHOD", "precipitation_kit"),
        ("Amicon Ultra-15", "ISOLATION_METHOD", "ultrafiltration"),
        ("NTA", "CHARACTERIZATION", "NTA"),
        ("NanoSight NS300", "CHARACTERIZATION", "NTA"),
        ("TEM", "CHARACTERIZATION", "TEM"),
        ("western blotting", "CHARACTERIZATION", "western_blot"),
        ("CD63", "MARKER", "CD63"),
        ("TSG101", "MARKER", "TSG101"),
        ("Alix", "MARKER", "Alix"),
        ("calnexin", "MARKER", "calnexin"),
    } <= got


def test_longest_match_wins(rules: NlpPipeline) -> None:
    got = {
        (e.text, e.label)
        for e in rules.entities("Vesicles were captured with CD63 magnetic beads.")
    }
    assert got == {("CD63 magnetic beads", "ISOLATION_METHOD")}


def test_ablation_switches(rules: NlpPipeline) -> None:
    text = "Exosomes were injected intravenously."
    assert rules.entities(text, use_rules=False) == []  # the rules pipeline has no trained NER
    assert {e.source for e in rules.entities(text)} == {"lexicon"}


def test_entities_many_matches_entities(rules: NlpPipeline) -> None:
    texts = [
        "Rats received Exos intravenously.",
        "",
        "T10 contusion with the MASCIS impactor.",
        "No entities here.",
    ]
    assert rules.entities_many(texts) == [rules.entities(t) for t in texts]


@settings(max_examples=40, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("abcT10-–. ()BMSCExosrat\n×μ,")), max_size=120))
def test_offsets_are_valid_for_any_text(text: str) -> None:
    pipeline = load_pipeline("rules")
    for ent in pipeline.entities(text):
        assert 0 <= ent.start < ent.end <= len(text)
        assert text[ent.start : ent.end] == ent.text
        assert ent.label in LABELS and ent.source in SOURCES
    for s, e in pipeline.sentences(text):
        assert 0 <= s < e <= len(text)


# --- loading --------------------------------------------------------------------


def test_load_is_cached(rules: NlpPipeline) -> None:
    assert load_pipeline("rules") is rules
    assert rules.version.startswith("miner-rules+")


def test_missing_model_names_make_models(monkeypatch: pytest.MonkeyPatch, tmp_path) -> None:
    monkeypatch.setattr(_pipeline, "MODEL_DIR", tmp_path / "absent")
    monkeypatch.setattr(_pipeline, "_CACHE", {})
    with pytest.raises(ModelNotFoundError, match="make models"):
        load_pipeline()


def test_unknown_spacy_model_is_a_clear_error(monkeypatch: pytest.MonkeyPatch) -> None:
    if not (_pipeline.MODEL_DIR / "meta.json").is_file():
        pytest.skip("models/miner_ner not built (make models)")
    monkeypatch.setattr(_pipeline, "_CACHE", {})
    with pytest.raises(ModelNotFoundError, match="not installed"):
        load_pipeline("en_core_sci_nonexistent")


# --- hostile input --------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "a"
        * 100_000,  # one endless word (the modification pattern once rescanned it from every letter)
        "T1-" * 30_000,  # tens of thousands of level candidates
        "(BMSC) " * 4_000,  # parentheses everywhere (scispacy's detector is superlinear on one doc)
        "BMSC-Exos were injected via the tail vein. " * 600,  # thousands of entities
    ],
    ids=["long-word", "level-candidates", "parentheses", "many-entities"],
)
def test_hostile_text_stays_bounded(rules: NlpPipeline, text: str) -> None:
    import time

    started = time.perf_counter()
    ents = rules.entities(text)
    rules.abbreviations(text)
    rules.sentences(text)
    assert time.perf_counter() - started < 20, "hostile input took too long"
    assert all(text[e.start : e.end] == e.text for e in ents)


def test_text_beyond_the_limit_is_cut_not_crashed(rules: NlpPipeline) -> None:
    text = "x " * (_pipeline.MAX_CHARS // 2) + "Exosomes were injected intravenously."
    assert rules.entities(text) == []
