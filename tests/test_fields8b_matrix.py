"""A sixth round of the methods-field matrix: injury devices and instruments as papers name
them, dosing schedules and first-dose times in their many shapes, and vertebral levels,
each with traps that must keep the study's value or stay empty.

Same shape as ``_fields_matrix``: each case is a short document written for this test (no
sample paper's sentence); ``expected`` is what a reviewer would enter and ``cue`` a piece
of text the evidence quote must contain.
"""

from __future__ import annotations

from typing import Any

import pytest
from _fields import rules_nlp
from _fields_matrix import (
    ANIMALS,
    CULTURE,
    INJURY,
    INJURY_NO_LEVEL,
    ISOLATION,
    TREATMENT,
    Case,
    Part,
    S,
    _case,
    _lvl,
    _sched,
    case_params,
    check_case,
    methods,
)

# ----------------------------------------------------------------------------- injury_device


def _dev(id_: str, sentence: str, expected: Any, cue: str | None = None, *, xfail: str | None = None,
         before: tuple[Part, ...] = (), after: tuple[str, ...] = ()) -> Case:
    parts = before + methods(ANIMALS, sentence, *after, CULTURE, ISOLATION, TREATMENT)
    return _case(id_, "injury_device", parts, expected, cue, xfail)


NYU, MASCIS, IHI, WD, CLIP = "NYU impactor", "MASCIS impactor", "Infinite Horizon impactor", "weight drop", \
    "aneurysm clip"
OSU, LISA, FORCEPS, BALLOON = "OSU impactor", "LISA impactor", "forceps", "balloon catheter"

INJURY_DEVICE = [
    _dev("ih-abbrev-noun", "Rats received a 200 kdyn contusion at T10 from an Infinite Horizon (IH) impactor.", IHI,
         "Infinite Horizon"),
    _dev("ih-model-only", "A 150-kdyn impact was delivered at T9 with the IH-0400 (Precision Systems).", IHI,
         "IH-0400"),
    _dev("ih-spinal-cord-impactor", "Contusion (200 kdyn, 0 s dwell) was induced at T10 using an Infinite Horizon "
         "spinal cord impactor.", IHI, "Infinite Horizon"),
    _dev("nyu-model-iii", "The cord was contused at T10 with the NYU Impactor Model III (10 g, 12.5 mm).", NYU, "NYU"),
    _dev("nyu-mascis-weight-drop", "A moderate injury was made at T10 with the NYU-MASCIS weight-drop device "
         "(10 g rod, 25 mm).", NYU, "NYU"),
    _dev("mascis-plain", "Spinal cord injury was produced at T10 by the MASCIS impactor (10 g from 25 mm).", MASCIS,
         "MASCIS"),
    _dev("osu-electromagnetic", "A 1.1-mm displacement injury was delivered at T8 with the OSU electromagnetic "
         "impactor.", OSU, "OSU"),
    _dev("osu-words-abbrev", "The Ohio State University (OSU) impactor produced a 1.0 mm cord displacement at T10.",
         OSU, "Ohio State"),
    _dev("lisa-abbrev", "The Louisville Injury System Apparatus (LISA) delivered a 0.8-mm displacement at T9.",
         LISA, "Louisville"),
    _dev("rod-weight-drop-paren", "A 10-g rod dropped from 25 mm onto the exposed cord at T10 (weight drop) "
         "produced the contusion.", WD, "drop"),
    _dev("modified-allen-apparatus", "A contusion was made at T10 with a modified Allen's weight-drop apparatus "
         "(10 g, 5 cm).", WD, "Allen"),
    _dev("kerr-lougheed", "The cord was compressed at T3 for 1 min with a modified Kerr-Lougheed aneurysm clip "
         "(35 g).", CLIP, "Kerr"),
    _dev("yasargil-mini", "Compression was applied at T10 with a Yasargil aneurysm clip (closing force 30 g) for "
         "1 min.", CLIP, "Yasargil"),
    _dev("dumont-forceps", "The cord was compressed at T9 for 15 s with calibrated Dumont No. 5 forceps.", FORCEPS,
         "forceps"),
    _dev("fogarty-compression", "Balloon compression was induced at T10 with a 2F Fogarty catheter inflated with "
         "15 µL saline for 5 min.", BALLOON, "alloon"),
    _dev("weight-drop-method", "A contusion was produced at T10 by the weight-drop method (10 g, 25 mm).", WD,
         "weight-drop"),
    # an impactor that no name identifies, dropped: the act is the weight drop
    _dev("unnamed-impactor-dropped", "A 10-g impactor was dropped from 25 mm onto the exposed cord at T10.", WD,
         "dropped"),
    _dev("weight-of-mass-dropped", "A weight of 10 g was dropped from a height of 25 mm onto the T10 cord.", WD,
         "dropped"),
    # --- traps
    _dev("trap-generic-impactor-after-named", "The cord at T10 was contused with the MASCIS impactor.", MASCIS,
         "MASCIS", after=("The impactor rod (10 g) was then dropped from 25 mm onto the dura.",
                          "After the 10-g impactor was dropped, it was lifted from the cord at once.")),
    _dev("trap-discussion-other-device", "The cord was contused at T10 with the Infinite Horizon impactor "
         "(200 kdyn).", IHI, "Infinite Horizon",
         before=((S.DISCUSSION, "Studies using the OSU electromagnetic impactor reported smaller lesions."),)),
    _dev("trap-stereotaxic-frame", "The rat was fixed in a stereotaxic frame and the cord was contused at T10 with "
         "the MASCIS impactor.", MASCIS, "MASCIS"),
    _dev("trap-tip-named-elsewhere", "The cord was contused at T10 with the NYU impactor (10 g, 25 mm).", NYU, "NYU",
         after=("The impactor tip was 2.5 mm in diameter.",)),
    _dev("trap-stereotaxic-alone", "The rat was fixed in a stereotaxic frame and the exposed cord at T10 was "
         "contused.", None),
    _dev("trap-intro-clip", "The cord at T10 was contused with the NYU impactor.", NYU, "NYU",
         before=((S.INTRODUCTION, ("Clip compression with an aneurysm clip models the persistent compression "
                                   "of burst fractures.")),)),
]

# ----------------------------------------------------------------------------- frequency + timing

SCHEDULE = [
    *_sched("two-24h-apart", "Rats received two tail-vein injections of exosomes (100 µg each), 24 h apart, the "
            "first 1 h after injury.", 2, 24.0, 1.0, "24 h apart"),
    *_sched("second-dose-day-7", "Exosomes (100 µg) were injected via the tail vein on day 1 after injury, and a "
            "second dose on day 7.", 2, 144.0, 24.0, "day 1"),
    *_sched("three-doses-3-day", "Exosomes were given via the tail vein as 3 doses at 3-day intervals starting "
            "24 h after SCI.", 3, 72.0, 24.0, "3 doses"),
    *_sched("every-3-days-2-weeks", "Starting 1 day after injury, exosomes (50 µg) were injected via the tail vein "
            "every 3 days for 2 weeks.", 5, 72.0, 24.0, "every 3 days"),
    *_sched("days-1-7", "Exosomes (50 µg) were injected via the tail vein daily on days 1-7 after injury.", 7,
            24.0, 24.0, "days 1-7"),
    *_sched("twice-weekly", "Exosomes (100 µg) were injected via the tail vein twice weekly for 4 weeks, beginning "
            "on day 3 after SCI.", 8, 84.0, 72.0, "twice weekly"),
    *_sched("one-hour-and-24", "Exosomes (100 µg) were injected via the tail vein at 1 h and again at 24 h after "
            "injury.", 2, 23.0, 1.0, "1 h"),
    *_sched("single-intrathecal-bolus", "A single intrathecal bolus of exosomes (20 µg in 10 µL) was given 2 h "
            "after injury.", 1, None, 2.0, "single"),
    *_sched("twice-more", "Exosomes (10 µg) were injected intrathecally at 24 h after injury and twice more at "
            "48-h intervals.", 3, 48.0, 24.0, "twice more"),
    *_sched("two-more-doses", "Exosomes (10 µg) were injected intrathecally 1 day after injury, and two more "
            "doses followed at 2-day intervals.", 3, 48.0, 24.0, "two more"),
    *_sched("immediately-after-comma", "The cord was hemisected at T10. Immediately after, exosomes (10 µg in "
            "5 µL) were injected into the lesion site in one injection.", 1, None, 0.0, "mmediately"),
    *_sched("day-of-injury", "Exosomes (200 µg) were injected once via the tail vein on the day of injury.", 1,
            None, 0.0, "day of injury"),
    *_sched("hpi", "A single tail-vein injection of exosomes (200 µg) was given at 72 hpi.", 1, None, 72.0,
            "72 hpi"),
    *_sched("immediately-after-impact", "Exosomes (200 µg) were injected once via the tail vein immediately after "
            "the impact.", 1, None, 0.0, "mmediately"),
    *_sched("weeks-after", "Exosomes (200 µg) were injected once via the tail vein 2 weeks after injury.", 1, None,
            336.0, "2 weeks"),
    *_sched("first-second-dated", "The first injection of exosomes (100 µg, tail vein) was given 2 h after injury; "
            "the second 48 h after injury.", 2, 46.0, 2.0, "first injection"),
    *_sched("first-second-days", "The first dose of exosomes (100 µg, tail vein) was given on day 1 after SCI and "
            "the second dose on day 8 after SCI.", 2, 168.0, 24.0, "first dose"),
    *_sched("trap-second-group", "The first injection of exosomes (100 µg, tail vein) was given 2 h after injury, "
            "and no further doses were given.", 1, None, 2.0, "2 h",
            extra=("A second group of rats was killed for histology 48 h after injury.",)),
    *_sched("on-days-span", "Exosomes (50 µg) were injected via the tail vein on days 1–7 after injury.", 7, 24.0,
            24.0, "days 1–7"),
    *_sched("count-beside-list", "Exosomes (100 µg) were injected via the tail vein on days 1, 4 and 7 after "
            "injury (three doses).", 3, 72.0, 24.0, "days 1, 4 and 7"),
    *_sched("trap-scored-on-days-span", "Exosomes (200 µg) were injected once via the tail vein 1 h after injury.",
            1, None, 1.0, "1 h", extra=("BBB scores were recorded on days 1-7 and weekly thereafter.",)),
    # A paragraph that opens on "Each dose", after a running footer the page break left
    # between it and the paragraph that named the vesicles.
    *_sched("dose-paragraph-after-footer", "Each dose was injected via the tail vein immediately after injury and "
            "again 24 h later.", 2, 24.0, 0.0, "again 24 h later",
            extra=("Rats were randomised to vehicle or exosomes at 200 µg per rat.",
                   "Journal of Invented Results 12 (2022) 1-9")),
    # --- traps
    *_sched("trap-brdu-daily", "Exosomes (200 µg) were injected once via the tail vein 1 h after injury.", 1, None,
            1.0, "1 h", extra=("BrdU (50 mg/kg, i.p.) was injected daily for 7 days after injury.",)),
    *_sched("trap-analgesic", "Exosomes (200 µg) were injected once via the tail vein 3 h after injury.", 1, None,
            3.0, "3 h", extra=("Buprenorphine (0.05 mg/kg) was given every 12 h for 3 days.",)),
    *_sched("trap-harvest-day", "Exosomes (200 µg) were injected once via the tail vein 24 h after injury.", 1,
            None, 24.0, "24 h", extra=("Spinal cords were harvested on day 28 after injury.",)),
    *_sched("trap-culture-treatment", "Exosomes (200 µg) were injected once via the tail vein 6 h after injury.",
            1, None, 6.0, "6 h", extra=("In vitro, BV2 cells were treated with exosomes (20 µg/mL) for 24 h.",)),
    *_sched("trap-mri-time", "Exosomes (200 µg) were injected once via the tail vein 2 h after injury.", 1, None,
            2.0, "2 h", extra=("MRI was performed 7 days after injury.",)),
]

# ----------------------------------------------------------------------------- injury_level

INJURY_LEVEL = [
    _lvl("th-hyphen", "Laminectomy of Th-9 exposed the cord, which was compressed with a clip for 1 min.", "T9",
         "Th-9"),
    _lvl("t-hyphen-10", "The cord was contused at T-10 with a 10 g rod dropped from 25 mm.", "T10", "T-10"),
    _lvl("th10", "A Th10 laminectomy exposed the cord, which was contused with the NYU impactor.", "T10", "Th10"),
    _lvl("thoracic-9-10", "The cord at thoracic 9-10 was exposed and contused with the NYU impactor.", "T9-T10",
         "thoracic 9"),
    _lvl("t9-slash-t10", "A laminectomy at T9/T10 exposed the cord, which was contused with a 10 g rod.", "T9-T10",
         "T9"),
    _lvl("ninth-thoracic", "The lamina of the ninth thoracic vertebra was removed and the cord was contused.", "T9",
         "ninth thoracic"),
    _lvl("tenth-thoracic", "The cord beneath the tenth thoracic vertebra was compressed with an aneurysm clip.",
         "T10", "tenth thoracic"),
    _lvl("vertebral-segment-paren", "The cord was contused at vertebral T10 (spinal cord segment L1) with the "
         "MASCIS impactor.", "T10", "T10"),
    _lvl("c5-hemicontusion", "A unilateral C5 contusion was made with the Infinite Horizon impactor.", "C5", "C5"),
    # --- traps
    _lvl("trap-catheter-tip", INJURY, "T10", "T10",
         after=("An intrathecal catheter was advanced so that its tip lay at T12.",)),
    _lvl("trap-lumbar-puncture", INJURY, "T10", "T10",
         after=("Exosomes were later given by lumbar puncture at L4-L5.",)),
    _lvl("trap-t2-weighted", INJURY_NO_LEVEL, None,
         after=("T2-weighted MRI of the lesion was acquired at 7 days.",)),
    _lvl("trap-cervical-other-studies", INJURY, "T10", "T10",
         before=((S.INTRODUCTION, "Most C5 hemicontusion studies used mice."),)),
    _lvl("trap-intrathecal-l4-l5", INJURY_NO_LEVEL, None,
         after=("Intrathecal injections were made between L4 and L5.",)),
    _lvl("trap-t2-alone-weighted", INJURY, "T10", "T10",
         after=("Lesion volume was measured on T2-weighted images.",)),
]

# ----------------------------------------------------------------------------- route_detail


def _site(id_: str, texts: tuple[str, ...], expected: Any, cue: str | None = None) -> Case:
    return _case(id_, "route_detail", methods(ANIMALS, INJURY, CULTURE, ISOLATION, *texts), expected, cue)


ROUTE_DETAIL = [
    _site("dose-paragraph-after-footer", ("Rats were randomised to vehicle or exosomes at 200 µg per rat.",
                                          "Journal of Invented Results 12 (2022) 1-9",
                                          "Each dose was diluted in 0.5 mL saline and injected via the tail vein."),
          "tail vein", "tail vein"),
    _site("injections-paragraph", ("Rats received exosomes (200 µg) or PBS 1 h after injury.",
                                   "Injections were given into the lateral tail vein over 2 min."),
          "tail vein", "tail vein"),
    # --- traps: a new paragraph about another agent, or one that does not open on the doses
    _site("trap-tracer-paragraph", ("Rats received exosomes (200 µg) or PBS 1 h after injury.",
                                    "Each injection of Evans blue was given into the tail vein."), None),
    _site("trap-unrelated-paragraph", ("Rats received exosomes (200 µg) or PBS 1 h after injury.",
                                       "Rats were kept on a heating pad and the bladder was emptied manually."),
          None),
]

# ----------------------------------------------------------------------------- size_nm


def _size(id_: str, sentence: str, value: Any, low: Any, high: Any, stat: Any, cue: str | None = None) -> Case:
    parts = methods(ANIMALS, INJURY, CULTURE, ISOLATION, sentence, TREATMENT)
    expected = {"value": value, "low": low, "high": high, "stat": stat}
    return _case(id_, "size_nm", parts, expected, cue)


SIZE = [
    # two preparations' sizes side by side, each with its unit, are no range
    _size("two-preparations-and", "By NTA, primed and native exosomes had similar modal sizes (96 nm and 99 nm).",
          96.0, None, None, "mode", "96 nm"),
    _size("two-preparations-respectively", "Primed and native exosomes measured 104 nm and 110 nm by NTA, "
          "respectively.", 104.0, None, None, None, "104 nm"),
    # --- ranges keep reading as ranges
    _size("between-and-units", "By NTA, exosome diameters ranged between 40 nm and 160 nm.", None, 40.0, 160.0,
          None, "40 nm"),
    _size("between-and", "By TEM, exosomes measured between 30 and 150 nm.", None, 30.0, 150.0, None, "30"),
    _size("to-units", "NTA showed exosome sizes of 50 nm to 140 nm.", None, 50.0, 140.0, None, "50 nm"),
]

# ----------------------------------------------------------------------------- n_per_group


def _n(id_: str, texts: tuple[str, ...], expected: Any, cue: str | None = None) -> Case:
    return _case(id_, "n_per_group", methods(ANIMALS, INJURY, CULTURE, ISOLATION, TREATMENT, *texts), expected,
                 cue)


N_PER_GROUP = [
    # a cohort apart from the locomotor study, with its own group size
    _n("separate-cohort-after", ("Rats were randomised to sham, vehicle or exosome groups (10 rats per group).",
                                 ("In a separate mechanism cohort (five rats per group), lesions were analysed "
                                  "at day 3 and not used for the behavioural study.")), 10, "10 rats"),
    _n("additional-cohort-before", ("An additional histology cohort (n = 4 per group) was killed at day 7.",
                                    "For BBB testing, 12 rats per group were used."), 12, "12 rats"),
    _n("plain-behaviour", ("Locomotor recovery was assessed in 9 rats per group.",), 9, "9 rats"),
]

CASES: list[Case] = INJURY_DEVICE + SCHEDULE + INJURY_LEVEL + ROUTE_DETAIL + SIZE + N_PER_GROUP

# Cases the mechanisms do not read yet: id -> reason (kept strict, so a fix shows up).
XFAIL: dict[str, str] = {}


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return rules_nlp()


def test_ids_are_unique() -> None:
    keys = [f"{c.field_name}-{c.id}" for c in CASES]
    assert len(keys) == len(set(keys))
    assert set(XFAIL) <= set(keys)


@pytest.mark.parametrize("case", case_params(CASES, XFAIL))
def test_field_reads_as_methods_write_it(nlp: Any, case: Case) -> None:
    check_case(nlp, case)
