"""Mends from a review of the field extractors: each a wrong value a reviewer would have seen.

A time "N weeks later" counted from the injury only when the later event is not after the
dose; "with and without modification" is two arms, not a native-vesicle statement; a kit
maker is read only for the kit it is credited to; an injury of another organ is no spinal
context; the page-one title chosen only as the code says.
"""

from __future__ import annotations

import warnings
from typing import Any

import pytest
from _fields import rules_nlp, section_doc
from _fields_matrix import (
    ANIMALS,
    CULTURE,
    INJURY,
    ISOLATION,
    TREATMENT,
    TREATMENT_NO_TIME,
    methods,
)

from miner.extract._biblio_header import title_choice as _title_choice
from miner.extract._num_timepoints import find_time_points
from miner.extract._scope import spinal_context
from miner.extract.fields import extract_fields


@pytest.fixture(scope="module")
def nlp() -> Any:
    return rules_nlp()


def _field(nlp: Any, name: str, *texts: str) -> Any:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = extract_fields(section_doc(*methods(*texts)), nlp)
    fv = out.get(name)
    if fv is None:
        return None
    assert fv.evidence[0].quote and 0 < fv.confidence <= 1
    return fv.value


def _hours(text: str) -> list[float]:
    return [q.value["hours"] for q in find_time_points(text)]


# ----------------------------------------------------------------------------- 1. "N later"

@pytest.mark.parametrize(
    "sentence",
    [
        ("Following SCI, exosomes (100 µg) were given once via the tail vein and 8 weeks later the cords were "
        "harvested."),
        ("After the injury, rats were injected with exosomes through the tail vein, and 4 weeks later they were "
        "perfused."),
        "After contusion, the vesicles were administered intrathecally; 28 days later the animals were killed.",
        "Following the lesion the animals received 50 µg of exosomes, and 2 weeks later BBB testing ended.",
    ],
)
def test_a_time_later_than_the_dose_is_not_the_dose_time(nlp: Any, sentence: str) -> None:
    assert _hours(sentence) == []
    assert _field(nlp, "timing_post_injury_h", ANIMALS, INJURY, CULTURE, ISOLATION, sentence) is None


@pytest.mark.parametrize(
    ("sentence", "hours"),
    [
        (("After the contusion the rats were kept warm, and 2 h later they received exosomes (100 µg) via the tail "
         "vein."), 2.0),
        ("Following SCI the wound was closed in layers and 3 days later exosomes were injected.", 72.0),
        ("After the injury the bladder was expressed twice daily, and 1 week later exosomes were infused.", 168.0),
    ],
)
def test_a_time_later_than_the_injury_before_the_dose_is_still_read(sentence: str, hours: float) -> None:
    assert _hours(sentence) == [hours]


# ----------------------------------------------------------------------------- 2. with and without


@pytest.mark.parametrize(
    "sentence",
    [
        "Exosomes with and without surface modification were compared.",
        "Exosomes either with or without surface modification were compared.",
        "Vesicles with and without genetic engineering were injected into separate groups.",
        "We compared exosomes with or without miRNA loading.",
    ],
)
def test_arms_with_and_without_a_change_are_not_native(nlp: Any, sentence: str) -> None:
    got = _field(nlp, "modification", ANIMALS, INJURY, CULTURE + " " + sentence, ISOLATION, TREATMENT)
    assert got != "none"


def test_vesicles_used_without_modification_are_still_native(nlp: Any) -> None:
    sentence = "The exosomes were used without any modification."
    got = _field(nlp, "modification", ANIMALS, INJURY, CULTURE + " " + sentence, ISOLATION, TREATMENT)
    assert got == "none"


# ----------------------------------------------------------------------------- 3. the kit's own maker


@pytest.mark.parametrize(
    "sentence",
    [
        ("Exosomes were isolated with an exosome isolation kit (Norgen Biotek), and protein was measured with a BCA "
        "kit (Invitrogen)."),
        ("Exosomes were isolated with an exosome isolation kit (Qiagen), and protein was measured with a BCA kit "
        "(Invitrogen)."),
        ("Exosomes were isolated with an exosome isolation kit (Norgen) and nuclei were stained with DAPI "
        "(Invitrogen)."),
        ("Exosomes were isolated with an exosome isolation kit, and the culture medium came from Invitrogen "
        "(Carlsbad, CA, USA) after several washes of the plates."),
    ],
)
def test_a_maker_named_for_something_else_does_not_date_the_kit(nlp: Any, sentence: str) -> None:
    assert _field(nlp, "isolation_method", ANIMALS, INJURY, CULTURE + " " + sentence, TREATMENT_NO_TIME) is None


@pytest.mark.parametrize(
    "sentence",
    [
        "Exosomes were isolated with an exosome isolation kit (Invitrogen) according to the manual.",
        "Exosomes were isolated using the Exosome Isolation Kit from System Biosciences.",
    ],
)
def test_a_kit_credited_to_a_precipitation_maker_still_reads(nlp: Any, sentence: str) -> None:
    got = _field(nlp, "isolation_method", ANIMALS, INJURY, CULTURE + " " + sentence, TREATMENT_NO_TIME)
    assert got is not None and set(got) == {"precipitation_kit"}


# ----------------------------------------------------------------------------- 4. bounds: see test_extract_bounds


# ----------------------------------------------------------------------------- 5. spinal context


@pytest.mark.parametrize(
    "text",
    [
        "Sciatic nerve transection was performed on the left side.",
        "A cortical contusion was made with a controlled impact device.",
        "Transection of the sciatic nerve at mid-thigh.",
        "Rats with a brain contusion were excluded.",
    ],
)
def test_an_injury_of_another_organ_is_not_spinal_context(text: str) -> None:
    assert not spinal_context(text)


@pytest.mark.parametrize(
    "text",
    [
        "A contusion was made at T10.",
        "A left hemisection was performed.",
        "Complete transection at the T9 level.",
        "Rats in the contusion group received exosomes.",
    ],
)
def test_the_injuring_act_alone_is_spinal_context(text: str) -> None:
    assert spinal_context(text)


# ----------------------------------------------------------------------------- 6. the title


@pytest.mark.parametrize(
    ("meta", "joined", "expected"),
    [
        ("Exosomes and recovery", "Exosomes and recovery after spinal cord injury in rats",
         "Exosomes and recovery after spinal cord injury in rats"),
        ("", "Exosomes and recovery after spinal cord injury in rats",
         "Exosomes and recovery after spinal cord injury in rats"),
        (None, "Exosomes and recovery after spinal cord injury", "Exosomes and recovery after spinal cord injury"),
        ("A different title", "Exosomes and recovery after spinal cord injury", "A different title"),
        ("A metadata title", None, "A metadata title"),
        (None, None, None),
    ],
)
def test_the_page_one_title_is_used_when_it_extends_the_metadata_or_there_is_none(
    meta: str | None, joined: str | None, expected: str | None
) -> None:
    assert _title_choice(meta, joined) == expected


def test_the_joined_page_one_title_carries_its_own_evidence(monkeypatch: pytest.MonkeyPatch) -> None:
    from miner.extract import _biblio_header, fields
    from miner.parse.model import Block, ParsedDocument, SectionKind

    doc = ParsedDocument(
        source="t.pdf",
        format="pdf",
        pages=1,
        blocks=[
            Block("Exosomes and recovery", 1, SectionKind.TITLE, bbox=(50.0, 60.0, 400.0, 80.0)),
            Block("after spinal cord injury in rats", 1, SectionKind.TITLE, bbox=(50.0, 100.0, 400.0, 120.0)),
        ],
        metadata={"title": "Exosomes and recovery", "doi": "10.1/x"},
    )
    joined = "Exosomes and recovery after spinal cord injury in rats"
    monkeypatch.setattr(_biblio_header, "page_one_title", lambda d: (joined, tuple(d.blocks)))
    out = fields._bibliographic(doc)
    title = out["title"]
    assert next(iter(out)) == "title"
    assert title.value == joined and title.extractor == "biblio.title_lines"
    (ev,) = title.evidence
    assert ev.page == 1 and ev.quote == joined and ev.start == doc.blocks[0].start
    assert ev.end == doc.blocks[-1].end  # the quote spans every line of the title
    assert ev.section != "metadata"
    # a metadata title that is another title keeps the metadata path
    doc.metadata["title"] = "A different title"
    assert fields._bibliographic(doc)["title"].extractor == "metadata"
