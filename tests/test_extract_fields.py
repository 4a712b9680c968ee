"""Field assembly: this study's values, from the right sections, with evidence.

The documents here are written for these tests (modelled on how the field
writes methods sections); categorical entities come from a small stand-in of
the NLP pipeline so that these tests pin down the assembly rules, and a second
set runs the real rules pipeline when ``miner.nlp`` is importable.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

import pytest

from miner.extract import EXTRACTOR_VERSION, extract_document, extract_fields
from miner.parse.model import Block, ParsedDocument, SectionKind

S = SectionKind


def make_doc(
    *parts: tuple[SectionKind, str], page_every: int = 3, metadata: dict[str, Any] | None = None
) -> ParsedDocument:
    blocks = [Block(text=t, page=1 + i // page_every, section=s) for i, (s, t) in enumerate(parts)]
    return ParsedDocument(
        source="test.pdf", format="pdf", pages=5, blocks=blocks, metadata=metadata or {}
    )


@dataclass(frozen=True)
class Ent:
    start: int
    end: int
    label: str
    text: str
    norm: str | None
    source: str = "lexicon"


# A tiny stand-in lexicon: term regex -> (label, norm).
_FAKE_LEXICON = [
    (r"\brats\b", "SPECIES", "rat"),
    (r"\bmice\b", "SPECIES", "mouse"),
    (r"\bmouse\b", "SPECIES", "mouse"),
    (r"\bfemale\b", "SEX", "female"),
    (r"\bmale\b", "SEX", "male"),
    (r"Sprague[- ]Dawley|\bSD\b", "STRAIN", "Sprague-Dawley"),
    (r"\bWistar\b", "STRAIN", "Wistar"),
    (r"contusion", "INJURY_MODEL", "contusion"),
    (r"compression", "INJURY_MODEL", "compression"),
    (r"NYU impactor", "INJURY_DEVICE", "NYU impactor"),
    (r"\bT10\b", "INJURY_LEVEL", "T10"),
    (r"hUCMSC|umbilical cord", "CELL_SOURCE", "umbilical_cord"),
    (r"BMSC|bone marrow", "CELL_SOURCE", "bone_marrow"),
    (r"exosomes|Exos", "VESICLE", "exosome"),
    (r"ultracentrifugation", "ISOLATION_METHOD", "ultracentrifugation"),
    (r"ExoQuick", "ISOLATION_METHOD", "precipitation_kit"),
    (r"\bTEM\b", "CHARACTERIZATION", "TEM"),
    (r"\bNTA\b", "CHARACTERIZATION", "NTA"),
    (r"western blot", "CHARACTERIZATION", "western_blot"),
    (r"CD63", "MARKER", "CD63"),
    (r"TSG101", "MARKER", "TSG101"),
    (r"calnexin", "MARKER", "calnexin"),
    (r"tail vein", "ROUTE", "intravenous"),
    (r"intraperitoneal(?:ly)?", "ROUTE", "intraperitoneal"),
    (r"intrathecal(?:ly)?", "ROUTE", "intrathecal"),
    (r"miR-26a[- ]overexpress\w*", "MODIFICATION", "miR-26a overexpression"),
]


class FakeNlp:
    version = "fake-0"
    has_ner = False  # the fake lexicon is all there is: one call per document

    def __init__(self) -> None:
        self.calls = 0
        self.texts: list[str] = []

    def entities(self, text: str, *, use_ner: bool = True, use_rules: bool = True) -> list[Ent]:
        out = []
        for pat, label, norm in _FAKE_LEXICON:
            for m in re.finditer(pat, text, re.IGNORECASE if label == "SEX" else 0):
                out.append(Ent(m.start(), m.end(), label, m.group(0), norm))
        return sorted(out, key=lambda e: e.start)

    def entities_many(
        self, texts: Any, *, use_ner: bool = True, use_rules: bool = True
    ) -> list[list[Ent]]:
        self.calls += 1
        texts = list(texts)
        self.texts.extend(texts)
        return [self.entities(t) for t in texts]

    def abbreviations(self, text: str) -> dict[str, str]:
        return (
            {"hUCMSC-Exos": "human umbilical cord mesenchymal stem cell-derived exosomes"}
            if "hUCMSC-Exos" in text
            else {}
        )

    def sentences(self, text: str) -> list[tuple[int, int]]:
        return [(0, len(text))]


INTRO = (
    "Exosomes are small extracellular vesicles of 30–150 nm in diameter. "
    "Previous studies have shown that 100 μg of exosomes given intraperitoneally improved recovery in mice."
)
METHODS_ANIMALS = (
    "Adult female Sprague-Dawley rats (200–250 g, 8 weeks old) were purchased from the animal center. "
    "Rats were anesthetized by intraperitoneal injection of pentobarbital (40 mg/kg). "
    "After laminectomy at T10, a contusion was made with the NYU impactor (10 g rod dropped from 25 mm). "
    "Rats were randomly divided into three groups (n = 8 per group): Sham, SCI + PBS and hUCMSC-Exos."
)
METHODS_EXO = (
    "Human umbilical cord MSC-derived exosomes (hUCMSC-Exos) were isolated by ultracentrifugation: "
    "the medium was centrifuged at 2,000 × g for 10 min, 10,000 × g for 30 min and 100,000 × g for 70 min. "
    "Exosomes were characterized by TEM, NTA and western blot for CD63, TSG101 and calnexin. "
    "Protein concentration was measured with a BCA kit with absorbance at 562 nm."
)
METHODS_INVITRO = (
    "PC12 cells were seeded in 6-well plates and treated with exosomes at 50 μg/mL for 24 h."
)
METHODS_TREAT = (
    "Thirty minutes after SCI, rats in the exosome group received 200 μg of hUCMSC-Exos in 200 μL PBS "
    "via the tail vein, once daily for 7 days; the SCI + PBS group received 200 μL PBS."
)
RESULTS_SIZE = "NTA showed that the exosomes had a peak diameter of 121.3 nm."
DISCUSSION = "Zhang et al. reported a dose of 400 μg given intrathecally and sizes of 50–100 nm."


def full_doc() -> ParsedDocument:
    return make_doc(
        (
            S.TITLE,
            "Human umbilical cord MSC exosomes promote recovery after spinal cord injury in rats",
        ),
        (S.INTRODUCTION, INTRO),
        (S.METHODS, METHODS_ANIMALS),
        (S.METHODS, METHODS_EXO),
        (S.METHODS, METHODS_INVITRO),
        (S.METHODS, METHODS_TREAT),
        (S.RESULTS, RESULTS_SIZE),
        (S.DISCUSSION, DISCUSSION),
        metadata={
            "title": "A title",
            "doi": "https://doi.org/10.1000/ABC.1",
            "year": "2021",
            "journal": "J Test",
            "authors": ["Chen X"],
        },
    )


@pytest.fixture
def fields() -> dict:
    return extract_fields(full_doc(), FakeNlp())


EXPECTED = {
    "species": "rat",
    "strain": "Sprague-Dawley",
    "sex": "female",
    "body_weight_g": {"low": 200.0, "high": 250.0},
    "n_per_group": 8,
    "injury_model": "contusion",
    "injury_device": "NYU impactor",
    "injury_level": "T10",
    "source_tissue": "umbilical_cord",
    "source_species": "human",
    "isolation_method": ["ultracentrifugation"],
    "isolation_detail": "100,000 g 70 min",
    "characterization": ["TEM", "NTA", "western_blot"],
    "markers": ["CD63", "TSG101", "calnexin"],
    "size_nm": {"value": 121.3, "low": None, "high": None, "stat": "mode", "method": "NTA"},
    "dose": {"amount": 200.0, "unit": "ug", "volume_ul": 200.0, "basis": "protein"},
    "route": "intravenous",
    "route_detail": "tail vein",
    "frequency": {"doses": 7, "interval_h": 24.0},
    "timing_post_injury_h": 0.5,
    "doi": "10.1000/abc.1",
    "year": 2021,
    "first_author": "Chen X",
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_each_field_of_a_methods_section(fields: dict, name: str) -> None:
    assert name in fields, f"{name} missing"
    assert fields[name].value == EXPECTED[name]


def test_every_value_has_evidence_quoted_from_the_document(fields: dict) -> None:
    doc = full_doc()
    for name, fv in fields.items():
        assert 0.0 <= fv.confidence <= 1.0, name
        assert fv.evidence, name
        assert fv.extractor, name
        for ev in fv.evidence:
            if ev.section == "metadata":
                continue
            assert ev.quote and ev.quote in doc.text, name
            assert ev.page is not None
            assert ev.section not in ("introduction", "discussion", "references"), name


@pytest.mark.parametrize(
    ("field", "trap"),
    [
        ("size_nm", {"low": 30.0, "high": 150.0}),
        ("dose", {"amount": 400.0}),
        ("route", "intrathecal"),
        ("route", "intraperitoneal"),
        ("dose", {"amount": 50.0}),
    ],
)
def test_traps_are_not_extracted(fields: dict, field: str, trap: Any) -> None:
    value = fields[field].value
    if isinstance(trap, dict):
        assert not all(value.get(k) == v for k, v in trap.items())
    else:
        assert value != trap


def test_intro_and_discussion_alone_give_nothing() -> None:
    doc = make_doc(
        (S.INTRODUCTION, INTRO),
        (S.DISCUSSION, DISCUSSION),
        (S.REFERENCES, "1. Smith J. 200 μg exosomes via the tail vein."),
    )
    out = extract_fields(doc, FakeNlp())
    assert not {"size_nm", "dose", "route", "species"} & out.keys()


def test_in_vitro_concentration_is_not_the_dose() -> None:
    doc = make_doc((S.METHODS, METHODS_INVITRO))
    assert "dose" not in extract_fields(doc, FakeNlp())


def test_silent_paper_gives_empty_fields() -> None:
    doc = make_doc((S.METHODS, "The data were analysed with one-way ANOVA."))
    assert extract_fields(doc, FakeNlp()) == {}


def test_ner_runs_once_and_only_on_trigger_sentences() -> None:
    nlp = FakeNlp()
    doc = make_doc(
        (S.METHODS, METHODS_ANIMALS),
        (
            S.METHODS,
            "Statistical analysis was performed with SPSS 22.0. P < 0.05 was considered significant.",
        ),
        (S.INTRODUCTION, INTRO),
    )
    extract_fields(doc, nlp)
    assert nlp.calls == 1
    assert not any("SPSS" in t for t in nlp.texts)
    assert not any("30–150" in t for t in nlp.texts)


def test_methods_beat_abstract() -> None:
    doc = make_doc(
        (
            S.ABSTRACT,
            "Exosomes were injected via the tail vein at a dose of 100 μg in rats with SCI.",
        ),
        (S.METHODS, "Rats received 200 μg exosomes in 200 μL PBS via the tail vein after SCI."),
    )
    out = extract_fields(doc, FakeNlp())
    assert out["dose"].value["amount"] == 200.0


def test_abbreviation_prefix_gives_source_species() -> None:
    doc = make_doc((S.METHODS, "Rats received hUCMSC-Exos via the tail vein after SCI."))
    out = extract_fields(doc, FakeNlp())
    assert out["source_species"].value == "human"


def test_both_sexes() -> None:
    doc = make_doc((S.METHODS, "Female and male Wistar rats weighing 250 g were used."))
    out = extract_fields(doc, FakeNlp())
    assert out["sex"].value == "both"
    assert out["body_weight_g"].value == {"low": 250.0, "high": 250.0}


def test_modified_vesicles() -> None:
    doc = make_doc(
        (
            S.METHODS,
            "BMSC-derived exosomes with miR-26a-overexpression were injected via the tail vein into rats.",
        )
    )
    out = extract_fields(doc, FakeNlp())
    assert out["modification"].value == "miR-26a overexpression"


def test_without_nlp_only_quantities_and_metadata() -> None:
    out = extract_fields(full_doc(), None)
    assert "route" not in out and "species" not in out and "modification" not in out
    assert out["dose"].value["amount"] == 200.0
    assert out["size_nm"].value["value"] == 121.3


def test_extract_document_bundles_fields_outcomes_and_version() -> None:
    ex = extract_document(full_doc(), FakeNlp())
    assert ex.document == "test.pdf"
    assert ex.fields["route"].value == "intravenous"
    assert isinstance(EXTRACTOR_VERSION, str) and EXTRACTOR_VERSION


# ----------------------------------------------------------------------------- with the real rules pipeline


@pytest.fixture(scope="module")
def rules_nlp():  # type: ignore[no-untyped-def]
    nlp_mod = pytest.importorskip("miner.nlp")
    import warnings

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        return nlp_mod.load_pipeline(model="rules")


@pytest.mark.filterwarnings("ignore::UserWarning")
@pytest.mark.filterwarnings("ignore::FutureWarning")
def test_real_rules_pipeline_fills_the_categorical_fields(rules_nlp) -> None:  # type: ignore[no-untyped-def]
    out = extract_fields(full_doc(), rules_nlp)
    for name in (
        "species",
        "strain",
        "sex",
        "injury_model",
        "injury_level",
        "source_tissue",
        "source_species",
        "route",
    ):
        assert out[name].value == EXPECTED[name], name
