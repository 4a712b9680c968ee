"""Rules added while tuning on the tune split, each pinned with phrasings the tune papers do not use.

Every test here states a general way papers in the field write a value; none of
the sentences is taken from the corpus samples.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Any

import pytest

from miner.extract import extract_fields
from miner.extract._biblio import first_author, journal_and_year
from miner.extract._calibration import calibrate, wilson_lower
from miner.extract._context import document_sentences
from miner.extract.outcomes import extract_outcomes, group_arm, resolve_arms
from miner.extract.quantities import find_frequencies, find_group_sizes, find_time_points
from miner.parse.model import Block, BlockKind, ParsedDocument, SectionKind
from miner.records import OutcomeRow

S = SectionKind


def doc_of(
    *parts: tuple[SectionKind, str], metadata: dict[str, Any] | None = None
) -> ParsedDocument:
    blocks = [Block(text=t, page=1, section=s) for s, t in parts]
    return ParsedDocument(
        source="t.pdf", format="pdf", pages=1, blocks=blocks, metadata=metadata or {}
    )


# ----------------------------------------------------------------------------- outcomes in text


@pytest.mark.parametrize(
    ("sentences", "expected"),
    [
        (  # a parenthesised list, no scale name in the sentence: the paragraph speaks of scores
            [
                "Hindlimb scores rose in every group.",
                "At 3 weeks they differed (PBS 4.1 ± 0.7; BMSC-EVs 6.3 ± 0.8).",
            ],
            {("control", 21, 4.1), ("treatment", 21, 6.3)},
        ),
        (  # label before with "rats ... scored", label after with "in ... rats"
            [
                "By day 21 EV-treated rats scored 9.8 ± 1.0 on the BBB scale, compared with 6.1 ± 0.9 in saline rats."
            ],
            {("treatment", 21, 9.8), ("control", 21, 6.1)},
        ),
        (  # the second comparison repeats the first one's order ("it")
            [
                (
                    "On day 7 the BBB score of the sEV group was 5.0 ± 0.6 versus 3.9 ± 0.5 in the vehicle group, "
                    "and on day 35 it rose to 12.4 ± 0.9 versus 8.8 ± 0.8."
                )
            ],
            {
                ("treatment", 7, 5.0),
                ("control", 7, 3.9),
                ("treatment", 35, 12.4),
                ("control", 35, 8.8),
            },
        ),
        (  # "respectively"
            [
                "At 6 weeks, BBB scores were 13.1 ± 1.2 and 9.0 ± 1.1 for the Exo and PBS groups, respectively."
            ],
            {("treatment", 42, 13.1), ("control", 42, 9.0)},
        ),
    ],
)
def test_text_scores_in_other_phrasings(sentences: list[str], expected: set) -> None:
    doc = doc_of(
        (S.METHODS, "Locomotion was rated with the BBB scale."), (S.RESULTS, " ".join(sentences))
    )
    rows, _ = extract_outcomes(doc)
    assert {(r.arm, r.day, r.mean) for r in rows} == expected


def test_mouse_scale_rows_are_bms_and_bounded_by_nine() -> None:
    doc = doc_of(
        (S.METHODS, "Mice were scored on the Basso Mouse Scale. Values are mean ± SD."),
        (
            S.RESULTS,
            "At 21 days, BMS scores were 5.2 ± 0.4 in the EV group and 2.4 ± 0.3 in the PBS group.",
        ),
        (S.RESULTS, "At 21 days, the BMS subscore was 12.0 ± 1.0 in the EV group."),
    )
    rows, _ = extract_outcomes(doc)
    assert {(r.outcome, r.arm, r.mean, r.sd) for r in rows} == {
        ("BMS", "treatment", 5.2, 0.4),
        ("BMS", "control", 2.4, 0.3),
    }


def test_dispersion_stated_later_in_the_paragraph() -> None:
    doc = doc_of(
        (
            S.RESULTS,
            (
                "At 14 days, BBB scores were 7.1 ± 0.5 in the Exo group and 5.0 ± 0.4 in the PBS group. "
                "All values are given as mean ± SEM."
            ),
        )
    )
    rows, _ = extract_outcomes(doc)
    assert rows and all(r.sem is not None and r.sd is None for r in rows)


def test_values_with_units_and_other_measures_are_not_scores() -> None:
    doc = doc_of(
        (S.METHODS, "Locomotion was rated with the BBB scale."),
        (
            S.RESULTS,
            "BBB scores improved. At 28 days the lesion area was 12.1 ± 1.4 in the Exo group.",
        ),
        (
            S.RESULTS,
            "At 28 days BBB scores improved and vesicles measured 110 ± 12 nm in the Exo group.",
        ),
    )
    assert extract_outcomes(doc)[0] == []


# ----------------------------------------------------------------------------- arms


@pytest.mark.parametrize(
    ("group", "arm"),
    [
        ("vehicle-treated", "control"),
        ("PBS-treated", "control"),
        ("Hydrogel", "other"),
        ("SCI + scaffold", "other"),
    ],
)
def test_group_arm_more_labels(group: str, arm: str) -> None:
    assert group_arm(group) == arm


def _rows(*groups: str) -> list[OutcomeRow]:
    return [OutcomeRow("BBB", g, group_arm(g), 28.0, 10.0) for g in groups]


@pytest.mark.parametrize(
    ("groups", "expected"),
    [
        (
            ("SCI", "Exo", "Exo-miR-133b"),
            {"SCI": "control", "Exo": "other", "Exo-miR-133b": "treatment"},
        ),
        (
            ("PBS", "EV-shNC", "EV-shPTEN"),
            {"PBS": "control", "EV-shNC": "other", "EV-shPTEN": "treatment"},
        ),
        (
            ("Vehicle", "BMSC", "BMSC-Exo"),
            {"Vehicle": "control", "BMSC": "other", "BMSC-Exo": "treatment"},
        ),
        (
            ("PBS", "Exo-low", "Exo-high"),
            # Dose-ranging arms: the highest is the treatment, lower doses are other arms.
            {"PBS": "control", "Exo-low": "other", "Exo-high": "treatment"},
        ),
    ],
)
def test_resolve_arms_across_a_paper(groups: tuple[str, ...], expected: dict[str, str]) -> None:
    assert {r.group: r.arm for r in resolve_arms(_rows(*groups))} == expected


# ----------------------------------------------------------------------------- schedules and animals


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "EVs were given every 3 days for a total of 5 injections",
            {"doses": 5, "interval_h": 72.0},
        ),
        ("repeated weekly for a total of three doses", {"doses": 3, "interval_h": 168.0}),
        ("two doses at 24 h intervals", {"doses": 2, "interval_h": 24.0}),
        ("three injections, 48 h apart", {"doses": 3, "interval_h": 48.0}),
        (
            "was injected into the cord with a Hamilton syringe (once).",
            {"doses": 1, "interval_h": None},
        ),
    ],
)
def test_more_schedules(text: str, expected: dict) -> None:
    assert [q.value for q in find_frequencies(text)] == [expected]


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        ("exosomes were injected at 2 h, day 3 and day 7 after SCI", 2.0),
        ("given on days 1, 4 and 7 post-injury", 24.0),
        ("at 6 h and 3 days after contusion", 6.0),
    ],
)
def test_time_lists_give_the_first_dose(text: str, hours: float) -> None:
    assert min(q.value["hours"] for q in find_time_points(text)) == hours


@pytest.mark.parametrize(
    ("text", "n"),
    [
        ("Each group contained 9 rats.", 9),
        ("each group consisted of ten mice", 10),
        ("Every group included 6 animals", 6),
    ],
)
def test_each_group_contained(text: str, n: int) -> None:
    assert find_group_sizes(text)[0].value == {"n": n, "per_group": True}


# ----------------------------------------------------------------------------- bibliographic


def _page_one(header: str, authors: str, after: str = "Invented Institute") -> ParsedDocument:
    blocks = [
        Block(text=header, page=1, section=S.OTHER),
        Block(text="A title about vesicles", page=1, section=S.TITLE),
        Block(text=authors, page=1, section=S.OTHER),
        Block(text=after, page=1, section=S.OTHER),
        Block(text="Abstract", page=1, section=S.ABSTRACT, kind=BlockKind.HEADING),
    ]
    return ParsedDocument(source="t.pdf", format="pdf", pages=1, blocks=blocks)


@pytest.mark.parametrize(
    ("header", "journal", "year"),
    [
        ("Acta Neurotraumatol. 2017;12(4):301-309. doi:10.5555/x.1", "Acta Neurotraumatol", 2017),
        (
            "RESEARCH ARTICLE | Spine Cell Rep (2024) 3:55 | https://doi.org/10.5555/y",
            "Spine Cell Rep",
            2024,
        ),
        ("received: 2 May 2019 · accepted 1 June 2019 · J Cord Biol 40:1021", "J Cord Biol", 2019),
    ],
)
def test_citation_line(header: str, journal: str, year: int) -> None:
    j, y = journal_and_year(_page_one(header, "Ana Silva, Bo Li"))
    assert j is not None and j[0] == journal
    assert y is not None and y[0] == year


@pytest.mark.parametrize(
    ("authors", "after", "family"),
    [
        ("Maria del Carmen Ruiz1,2, Ola Nordmann2*", "1 Lab; 2 Clinic", "Ruiz"),
        ("Pieter van Dijk, MD; Sara Lund, PhD", "Invented Institute", "van Dijk"),
        ("Kim Min-jun · Park Ji-ho", "Family names are written first.", "Kim"),
        ("Ana Silvab, Tom Greena", "a Unit of Repair; b Unit of Imaging", "Silva"),
    ],
)
def test_author_line(authors: str, after: str, family: str) -> None:
    found = first_author(_page_one("J Test 2020; 1: 1-2", authors, after))
    assert found is not None and found[0] == family


def test_prose_under_the_title_is_not_an_author_line() -> None:
    doc = _page_one("J Test 2020; 1: 1-2", "We studied exosomes in rats after injury.")
    assert first_author(doc) is None


# ----------------------------------------------------------------------------- fields in context


@dataclass(frozen=True)
class Ent:
    start: int
    end: int
    label: str
    text: str
    norm: str | None
    source: str = "lexicon"


_LEX = [
    (r"\bSEM\b", "CHARACTERIZATION", "SEM"),
    (r"flow cytometry", "CHARACTERIZATION", "flow_cytometry"),
    (r"\bTEM\b", "CHARACTERIZATION", "TEM"),
    (r"CD31|CD44|CD90|CD63|CD81", "MARKER", None),
    (r"primed with LPS", "MODIFICATION", "LPS preconditioning"),
    (r"loaded with siRNA", "MODIFICATION", "siRNA  loading"),
    (r"bone marrow", "CELL_SOURCE", "bone_marrow"),
    (r"exosomes|EVs", "VESICLE", "exosome"),
]


class Nlp:
    version = "test"

    def entities_many(self, texts: Any, **_: Any) -> list[list[Ent]]:
        out = []
        for t in texts:
            ents = []
            for pat, label, norm in _LEX:
                for m in re.finditer(pat, t):
                    ents.append(Ent(m.start(), m.end(), label, m.group(0), norm or m.group(0)))
            out.append(sorted(ents, key=lambda e: e.start))
        return out

    def abbreviations(self, text: str) -> dict[str, str]:
        return {}


def _fields(*parts: tuple[SectionKind, str]) -> dict:
    # One-sentence fragments pin down sentence rules; the document-level relevance
    # gate (which would empty a fragment naming no vesicles) has its own tests.
    return extract_fields(doc_of(*parts), Nlp(), relevance_gate=False)  # type: ignore[arg-type]


def test_statistics_sem_and_assays_are_not_characterisation() -> None:
    out = _fields(
        (S.METHODS, "Exosomes were examined by TEM."),
        (
            S.METHODS,
            "SH-SY5Y cells were treated with exosomes and apoptosis was measured by flow cytometry.",
        ),
        (S.RESULTS, "BBB scores of the exosome group were higher (mean ± SEM)."),
    )
    assert out["characterization"].value == ["TEM"]


def test_markers_only_from_vesicle_context() -> None:
    out = _fields(
        (S.METHODS, "MSCs at passage 4 expressed CD44 and CD90."),
        (S.METHODS, "Western blot of the exosomes detected CD63 and CD81."),
        (S.RESULTS, "EVs increased CD31-positive vessels."),
    )
    assert out["markers"].value == ["CD63", "CD81"]


@pytest.mark.parametrize(
    ("sentence", "value"),
    [
        ("The EVs were used without any further modification.", "none"),
        ("No engineering or preconditioning was performed on the cells.", "none"),
        ("Native (unmodified) sEVs were injected.", "none"),
        ("The exosomes were injected into the tail vein.", None),  # silent: empty, not a guess
    ],
)
def test_modification_none_only_when_stated(sentence: str, value: str | None) -> None:
    out = _fields((S.METHODS, sentence))
    assert (out["modification"].value if "modification" in out else None) == value


def test_in_vitro_priming_is_not_a_modification_and_sirna_target_is_kept() -> None:
    out = _fields(
        (S.TITLE, "Exosomes loaded with siRNA against PTEN after spinal cord injury"),
        (S.METHODS, "Cultured neurons were primed with LPS before exosomes were added."),
    )
    assert out["modification"].value == "siRNA PTEN loading"


def test_donor_species_written_after_the_tissue() -> None:
    out = _fields(
        (
            S.METHODS,
            "MSCs were isolated from the bone marrow of 4-week-old Wistar rats and cultured.",
        )
    )
    assert out["source_species"].value == "rat"


@pytest.mark.parametrize(
    ("methods", "detail"),
    [
        (
            "Exosomes were isolated at 110,000 × g for 1.5 h and purified on a sucrose cushion.",
            "110,000 g 90 min; sucrose cushion",
        ),
        (
            "EVs were concentrated by tangential flow filtration with a 500 kDa cut-off.",
            "tangential flow filtration 500 kDa",
        ),
        ("Exosomes were isolated with the exoEasy Maxi kit (Qiagen).", "exoEasy Maxi kit"),
    ],
)
def test_isolation_detail_shorthand(methods: str, detail: str) -> None:
    assert _fields((S.METHODS, methods))["isolation_detail"].value == detail


# ----------------------------------------------------------------------------- sentences and confidence


def test_sentence_cut_by_a_column_break_is_read_whole() -> None:
    doc = doc_of(
        (S.METHODS, "Vesicles were collected and no modification"),
        (S.METHODS, "or preconditioning was applied. Rats were used."),
    )
    sents = document_sentences(doc)
    assert sents[0].text.split() == [
        "Vesicles",
        "were",
        "collected",
        "and",
        "no",
        "modification",
        "or",
        "preconditioning",
        "was",
        "applied.",
    ]
    assert doc.text[sents[0].start : sents[0].end].replace("\n", " ") == sents[0].text


def test_confidence_is_a_lower_bound_of_measured_precision() -> None:
    assert wilson_lower(10, 10) < wilson_lower(100, 100) < 1.0
    assert calibrate("dose", 0.95) >= 0.9
    assert calibrate("dose", 0.5) < 0.9
    assert calibrate("first_author", 0.99, "biblio.author_line") < 0.9


def test_rows_keep_table_priority_over_text() -> None:
    row = OutcomeRow("BBB", "Exo", "treatment", 28.0, 10.0)
    assert resolve_arms([row]) == [row]
    assert replace(row, arm="other").arm == "other"
