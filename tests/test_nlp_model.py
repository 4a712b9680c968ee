"""The trained NER shipped in models/miner_ner: it loads offline and finds entities it never saw."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from miner.nlp import LABELS, NlpPipeline, _pipeline, load_pipeline

REPO = Path(__file__).resolve().parents[1]
HELDOUT = REPO / "pipelines" / "data" / "heldout.jsonl"


@pytest.fixture(scope="module")
def trained() -> NlpPipeline:
    if not (_pipeline.MODEL_DIR / "meta.json").is_file():
        pytest.skip("models/miner_ner is not built (run `make models`)")
    return load_pipeline()


def test_it_is_the_trained_pipeline(trained: NlpPipeline) -> None:
    assert trained.has_ner
    assert trained.version.startswith("miner-ner-")
    assert {"tok2vec", "ner", "abbreviation_detector", "miner_lexicon_ruler"} <= set(
        trained.nlp.pipe_names
    )
    assert set(trained.nlp.get_pipe("ner").labels) == set(LABELS)


def test_the_shipped_model_is_small() -> None:
    if not _pipeline.MODEL_DIR.is_dir():
        pytest.skip("models/miner_ner is not built (run `make models`)")
    size = sum(p.stat().st_size for p in _pipeline.MODEL_DIR.rglob("*") if p.is_file())
    assert size < 15_000_000


# Sentences written for this test (not in the training data); the NER alone must
# find the marked entity, which in most cases is also absent from the lexicon.
@pytest.mark.parametrize(
    ("text", "surface", "label"),
    [
        ("Conditioned medium of hTMSCs was collected every 48 h.", "hTMSCs", "CELL_SOURCE"),
        ("We injected 100 μg hESC-MSC-Exos into each rat.", "hESC-MSC", "CELL_SOURCE"),
        (
            "Exosomes were then enriched using the PureExo kit (101Bio).",
            "PureExo kit",
            "ISOLATION_METHOD",
        ),
        (
            "Female Wistar rats weighing 220 g were anaesthetised with isoflurane.",
            "Wistar",
            "STRAIN",
        ),
        (
            "The spinal cord was contused at T11 with the Infinite Horizon impactor.",
            "T11",
            "INJURY_LEVEL",
        ),
        ("Expression of CD63 and TSG101 in the vesicles was confirmed.", "TSG101", "MARKER"),
        ("Hindlimb function was rated on the BBB scale every week.", "BBB", "OUTCOME_SCALE"),
    ],
)
def test_ner_finds_unseen_entities(
    trained: NlpPipeline, text: str, surface: str, label: str
) -> None:
    ents = trained.entities(text, use_rules=False)
    assert any(e.label == label and surface in e.text for e in ents), ents
    assert all(e.source == "ner" for e in ents)


def test_entity_offsets_point_into_the_input(trained: NlpPipeline) -> None:
    texts = [
        "Bone marrow mesenchymal stem cell-derived exosomes (BMSC-Exos) were injected via the tail vein.",
        "  leading spaces, then T9–T10 contusion with the NYU impactor (10 g, 25 mm).",
        "μ-sign: 200 µg Exos in 200 μL PBS; hUCMSC-sEVs; C57BL/6 mice; ×g; “quotes”.",
        "",
    ]
    for text, ents in zip(texts, trained.entities_many(texts), strict=True):
        for ent in ents:
            assert 0 <= ent.start < ent.end <= len(text)
            assert text[ent.start : ent.end] == ent.text
            assert ent.label in LABELS


def test_ner_and_rules_merge_without_overlap_between_sources(trained: NlpPipeline) -> None:
    text = "Exosomes from hTMSCs (100 μg) were delivered intrathecally to Lewis rats after T9 hemisection."
    ents = [e for e in trained.entities(text) if e.source != "abbrev"]
    for a in ents:
        for b in ents:
            if a is not b and a.source != b.source:
                assert a.end <= b.start or b.end <= a.start, (a, b)


def test_heldout_scores_match_the_recorded_metrics(trained: NlpPipeline) -> None:
    """Re-score the held-out split and compare with models/miner_ner/metrics.json written by the build."""
    metrics_path = _pipeline.MODEL_DIR / "metrics.json"
    if not HELDOUT.is_file() or not metrics_path.is_file():
        pytest.skip("held-out data or metrics.json absent")
    records = [
        json.loads(line)
        for line in HELDOUT.read_text(encoding="utf-8").splitlines()
        if line.strip()
    ]
    predicted = trained.entities_many([r["text"] for r in records], use_rules=False)
    tp = fp = fn = 0
    for record, ents in zip(records, predicted, strict=True):
        pred = {(e.start, e.end, e.label) for e in ents if e.source != "abbrev"}
        gold = {tuple(g) for g in record["entities"]}
        tp += len(pred & gold)
        fp += len(pred - gold)
        fn += len(gold - pred)
    f1 = 2 * tp / (2 * tp + fp + fn)
    recorded = json.loads(metrics_path.read_text())["ner"]["overall"]["f1"]
    assert f1 == pytest.approx(recorded, abs=0.002)
    # The NER alone must be useful on phrasings and vocabulary it never saw.
    assert f1 >= 0.75


def test_a_generic_spacy_model_adds_entities_mapped_through_the_lexicon(
    trained: NlpPipeline, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Like scispacy's en_core_sci_sm: generic "ENTITY" spans are kept only when the lexicon can name them."""
    import spacy

    generic = spacy.blank("en")
    ruler = generic.add_pipe("entity_ruler")
    ruler.add_patterns(
        [
            {"label": "ENTITY", "pattern": "ExoQuick"},
            {"label": "ENTITY", "pattern": "fibroblasts"},
            {"label": "ENTITY", "pattern": "Wistar"},
        ]
    )
    generic.meta["name"] = "generic_test_model"
    generic.to_disk(tmp_path / "generic")
    monkeypatch.setattr(_pipeline, "_CACHE", {})
    pipeline = load_pipeline(str(tmp_path / "generic"))
    assert pipeline.extra is not None and "generic_test_model" in pipeline.version
    text = "Fibroblasts and vesicles were treated; ExoQuick and Wistar were named."
    base = {(e.start, e.end, e.label, e.norm) for e in trained.entities(text, use_rules=False)}
    merged = {(e.start, e.end, e.label, e.norm) for e in pipeline.entities(text, use_rules=False)}
    assert (
        text.index("ExoQuick"),
        text.index("ExoQuick") + 8,
        "ISOLATION_METHOD",
        "precipitation_kit",
    ) in merged
    assert (text.index("Wistar"), text.index("Wistar") + 6, "STRAIN", "Wistar") in merged
    # The generic "fibroblasts" entity cannot be named by the lexicon: it adds nothing.
    assert not [m for m in merged - base if m[0] == 0]
