"""The phrasing matrix of the methods fields: how methods sections state each value.

Every case is a short document of methods paragraphs written for these tests (no
sample paper's sentence): a neutral context that names the animals, the injury and
the vesicles without stating the field under test, plus the paragraph that states it
in one of the many shapes the field writes. ``expected`` is the value a reviewer
would enter; ``cue`` is a piece of text the evidence quote must contain. A trap's
``expected`` is ``None`` (the field stays empty) or the study's own value that the
lookalike must not displace.

``xfail`` names a case the mechanism does not read yet, with the reason.
"""

from __future__ import annotations

import warnings
from dataclasses import dataclass, field
from typing import Any

import pytest
from _fields import section_doc

from miner.extract.fields import extract_fields
from miner.parse.model import SectionKind

S = SectionKind
Part = tuple[SectionKind, str]


@dataclass(frozen=True)
class Case:
    """One document, the value of ``field_name`` a reviewer would enter, and its quote cue."""

    id: str
    field_name: str
    parts: tuple[Part, ...]
    expected: Any
    cue: str | None = None
    xfail: str | None = None
    extra: dict[str, Any] = field(default_factory=dict)


# --- neutral context: each names what the gates need and no value of the field under test

ANIMALS = "Adult female Sprague-Dawley rats weighing 220–250 g were housed with free access to food and water."
INJURY = (
    "Under isoflurane anaesthesia a laminectomy was performed at T10 and a moderate contusion was "
    "made with the NYU impactor (10 g rod dropped from 25 mm)."
)
INJURY_NO_LEVEL = (
    "Under isoflurane anaesthesia the dorsal cord was exposed and a moderate contusion was made "
    "with the NYU impactor (10 g rod dropped from 25 mm)."
)
CULTURE = (
    "Human umbilical cord MSCs (passages 3–5) were cultured in exosome-depleted medium for 48 h "
    "and the conditioned medium was collected."
)
ISOLATION = (
    "Exosomes were isolated from the conditioned medium by ultracentrifugation at 100,000 × g for 70 min "
    "and resuspended in PBS."
)
TREATMENT = "Exosomes (200 µg in 200 µL PBS) were injected via the tail vein 30 min after injury."
TREATMENT_NO_TIME = "Exosomes (200 µg in 200 µL PBS) were injected via the tail vein."


def methods(*texts: str) -> tuple[Part, ...]:
    return tuple((S.METHODS, t) for t in texts)


def _case(id_: str, field_name: str, parts: tuple[Part, ...], expected: Any, cue: str | None = None,
          xfail: str | None = None) -> Case:
    return Case(id_, field_name, parts, expected, cue, xfail)


# ----------------------------------------------------------------------------- modification


def _mod(id_: str, sentence: str, expected: Any, cue: str | None = None, *, xfail: str | None = None,
         before: tuple[Part, ...] = ()) -> Case:
    parts = before + methods(ANIMALS, INJURY, CULTURE + " " + sentence, ISOLATION, TREATMENT)
    return _case(id_, "modification", parts, expected, cue, xfail)


MODIFICATION = [
    _mod("mimic-transfection",
         "Before collection the MSCs were transfected with miR-26a mimics using Lipofectamine 3000, "
         "and the vesicles they released (miR-26a-Exos) were used for treatment.",
         "miR-26a overexpression", "miR-26a"),
    _mod("lentiviral-mirna",
         "The MSCs were infected with a lentivirus carrying miR-124-3p (LV-miR-124-3p) and selected with puromycin.",
         "miR-124-3p overexpression", "miR-124-3p"),
    _mod("electroporated-mirna",
         "Purified exosomes were loaded with miR-29b by electroporation (400 V, 125 µF) and washed again.",
         "miR-29b loading", "miR-29b"),
    _mod("electroporated-sirna",
         "Cholesterol-modified siRNA against PTEN was loaded into the exosomes by electroporation.",
         "siRNA PTEN loading", "PTEN"),
    _mod("parent-sirna",
         "The MSCs were transfected with siRNA targeting CTGF, and exosomes secreted by these cells "
         "(Exo-siCTGF) were used for treatment.",
         "siRNA CTGF loading", "CTGF"),
    _mod("gene-lentivirus",
         "The MSCs were transduced with a lentiviral vector encoding GDNF before the medium was conditioned.",
         "GDNF overexpression", "GDNF"),
    _mod("drug-incubation",
         "Exosomes were incubated with curcumin (20 µM) at 37 °C for 1 h to load the drug, and free curcumin "
         "was removed on a spin column.",
         "curcumin loading", "curcumin"),
    _mod("drug-sonication",
         "Berberine was loaded into the exosomes by sonication (six cycles of 30 s) followed by 1 h at 37 °C.",
         "berberine loading", "erberine"),
    _mod("hypoxia-o2",
         "To obtain hypoxia-preconditioned exosomes, the MSCs were kept at 1% O2 for 48 h before the medium "
         "was collected.",
         "hypoxic preconditioning", "ypoxi"),
    _mod("hypoxia-chamber",
         "The cells were placed in a hypoxic chamber (1% O2, 5% CO2, 94% N2) for 24 h before conditioning.",
         "hypoxic preconditioning", "ypoxi"),
    _mod("ifn-primed",
         "The parent MSCs were primed with IFN-γ (50 ng/mL) for 24 h before exosome collection.",
         "IFN-γ preconditioning", "IFN"),
    _mod("melatonin-pretreated",
         "The MSCs were pretreated with 10 µM melatonin for 24 h, and exosomes were then isolated.",
         "melatonin preconditioning", "melatonin"),
    _mod("lps-stimulated",
         "The MSCs were stimulated with lipopolysaccharide (LPS, 1 µg/mL) for 24 h prior to exosome isolation.",
         "LPS preconditioning", "LPS"),
    _mod("tnf-treated",
         "To prime the cells, TNF-α (20 ng/mL) was added to the medium for 48 h before exosomes were collected.",
         "TNF-α preconditioning", "TNF"),
    _mod("spheroid-3d",
         "The MSCs were grown as three-dimensional spheroids in ultra-low attachment plates.",
         "3D spheroid culture", "spheroid"),
    _mod("peptide-surface",
         "The exosomes were decorated with the CAQK peptide through a DSPE-PEG anchor to target the lesion.",
         "CAQK peptide surface display", "CAQK"),
    _mod("native-unmodified",
         "Unmodified exosomes were used; no loading, transfection or priming was performed.",
         "none", "nmodified"),
    _mod("native-naive",
         "Exosomes were derived from naive MSCs that received no pretreatment.",
         "none", "naive"),
    _mod("native-natural",
         "Natural exosomes, without any engineering, were used in all experiments.",
         "none", "atural"),
    # two arms: the modified vesicles are the study's treatment, the native ones a comparator
    _mod("modified-beside-native",
         "Rats received exosomes from miR-133b-overexpressing MSCs (miR-133b-Exos) or from native MSCs (Exos).",
         "miR-133b overexpression", "miR-133b"),
    # --- traps
    _mod("trap-knockdown-in-vitro",
         "To test the mechanism in vitro, PC12 cells were transfected with siRNA against PTEN and then "
         "co-cultured with the exosomes.",
         None),
    _mod("trap-intro-engineering",
         "",
         None,
         before=((S.INTRODUCTION,
                  ("Engineered exosomes loaded with microRNAs or drugs, or released by hypoxia-preconditioned "
                   "cells, have been developed to enhance repair.")),)),
    _mod("trap-hydrogel-carrier",
         "For local delivery the exosomes were mixed with a GelMA hydrogel and implanted into the lesion.",
         None),
    _mod("trap-dye-label",
         "For tracking, exosomes were labelled with PKH26 before injection.",
         None),
    _mod("trap-discussion-proposal",
         "",
         None,
         before=((S.DISCUSSION, "Future work could overexpress miR-133b in the parent MSCs to boost repair."),)),
    _mod("trap-normoxia-control",
         "The MSCs were cultured under normoxic conditions (21% O2) throughout.",
         None),
]


# ----------------------------------------------------------------------------- injury_level


def _lvl(id_: str, sentence: str, expected: Any, cue: str | None = None, *, xfail: str | None = None,
         before: tuple[Part, ...] = (), after: tuple[str, ...] = ()) -> Case:
    parts = before + methods(ANIMALS, sentence, *after, CULTURE, ISOLATION, TREATMENT)
    return _case(id_, "injury_level", parts, expected, cue, xfail)


INJURY_LEVEL = [
    _lvl("laminectomy-t10", INJURY, "T10", "T10"),
    _lvl("span-en-dash",
         "After anaesthesia the spinal cord was exposed and contused at the T9–T10 level with a 10 g rod "
         "dropped from 25 mm.", "T9-T10", "T9"),
    _lvl("span-short", "A weight-drop contusion (10 g, 25 mm) was delivered at T9-10.", "T9-T10", "T9"),
    _lvl("span-slash", "The cord was compressed with an aneurysm clip at the T9/T10 level for 1 min.",
         "T9-T10", "T9"),
    _lvl("level-of", "A contusion injury was produced at the level of T8 with the Infinite Horizon impactor "
         "(200 kdyn).", "T8", "T8"),
    _lvl("ordinal-vertebra",
         "The lamina of the tenth thoracic vertebra was removed and the exposed cord was contused with "
         "the NYU impactor.", "T10", "tenth thoracic"),
    _lvl("ordinal-numeral",
         "The 10th thoracic vertebral lamina was removed and a 10 g rod was dropped from 25 mm onto the cord.",
         "T10", "10th thoracic"),
    _lvl("eleventh-in-words",
         "A laminectomy of the eleventh thoracic vertebra exposed the cord, which was then contused.",
         "T11", "eleventh"),
    _lvl("segment-number", "The spinal cord was contused at thoracic segment 10 with a 10 g rod.", "T10",
         "segment 10"),
    _lvl("vertebral-level", "At vertebral level T9 the cord was compressed with a modified aneurysm clip.",
         "T9", "T9"),
    _lvl("th-prefix", "Laminectomy was performed at Th10 and the cord was contused with a 10 g weight.",
         "T10", "Th10"),
    _lvl("laminectomy-above-contusion",
         "A laminectomy at T9 exposed the dorsal surface of the spinal cord, and a contusion was made at T10.",
         "T10", "T10"),
    _lvl("processes-then-contusion",
         "The spinous processes of T9–T11 were removed, and the cord was contused at T10 with the impactor.",
         "T10", "T10"),
    _lvl("thoracic-level-parens",
         "The cord was hemisected at thoracic level 10 (T10) with microscissors.", "T10", "T10"),
    _lvl("cervical-own-model",
         "A unilateral C5 hemicontusion was made with the Infinite Horizon impactor (150 kdyn).", "C5", "C5"),
    # --- traps
    _lvl("trap-catheter-level", INJURY, "T10", "T10",
         after=("An intrathecal PE-10 catheter was inserted at L4–L5 and advanced towards the lesion.",)),
    _lvl("trap-lumbar-puncture-only", INJURY_NO_LEVEL, None,
         after=("Vesicles were delivered by lumbar puncture between L5 and L6.",)),
    _lvl("trap-cited-cervical", INJURY, "T10", "T10",
         before=((S.INTRODUCTION, "Most human injuries occur at cervical levels, often C5–C6."),)),
    _lvl("trap-cited-model-in-methods", INJURY, "T10", "T10",
         after=(("Unlike the C5 hemisection model used previously (Smith et al., 2010), we chose a "
                 "thoracic injury."),)),
    _lvl("trap-no-level", INJURY_NO_LEVEL, None),
]


# ----------------------------------------------------------------------------- isolation_method


def _iso(id_: str, sentence: str, expected: Any, cue: str | None = None, *, xfail: str | None = None,
         before: tuple[Part, ...] = (), extra: tuple[str, ...] = ()) -> Case:
    parts = before + methods(ANIMALS, INJURY, *extra, CULTURE + " " + sentence, TREATMENT)
    return _case(id_, "isolation_method", parts, frozenset(expected) if expected else None, cue, xfail)


UC = "ultracentrifugation"
DG = "density_gradient"
UF = "ultrafiltration"
SEC = "size_exclusion"
KIT = "precipitation_kit"
TFF = "tangential_flow"
IA = "immunoaffinity"

ISOLATION_METHOD = [
    _iso("ladder",
         "The medium was centrifuged at 300 × g, 2,000 × g and 10,000 × g, and the vesicles were then "
         "pelleted at 100,000 × g for 70 min, twice.", [UC], "100,000"),
    _iso("pelleted-g", "Exosomes were pelleted at 120,000 g for 90 min (Beckman SW32 Ti rotor).", [UC], "120,000"),
    _iso("rpm-rotor", "Vesicles were spun down at 40,000 rpm (about 150,000 × g) for 2 h in a Type 70 Ti rotor.",
         [UC], "rpm"),
    _iso("named-uc", "Exosomes were purified by differential ultracentrifugation.", [UC], "ultracentrifugation"),
    _iso("sucrose-cushion", "The vesicles were layered onto a 30% sucrose cushion and centrifuged at 100,000 × g "
         "for 90 min.", [UC, DG], "sucrose"),
    _iso("iodixanol-gradient", "Exosomes were floated into an iodixanol (OptiPrep) 5–40% gradient at 120,000 × g "
         "for 18 h.", [UC, DG], "gradient"),
    _iso("exoquick", "Exosomes were precipitated with ExoQuick-TC (System Biosciences) according to the "
         "manufacturer's instructions.", [KIT], "ExoQuick"),
    _iso("total-exosome-reagent", "Vesicles were isolated with the Total Exosome Isolation reagent (Invitrogen) "
         "after overnight incubation at 4 °C.", [KIT], "Total Exosome Isolation"),
    _iso("peg-polymer", "Exosomes were precipitated overnight with 8% polyethylene glycol 6000 and collected at "
         "1,500 × g.", [KIT], "polyethylene glycol"),
    _iso("qev", "Exosomes were separated on qEV original columns (Izon) and fractions 7–9 were pooled.",
         [SEC], "qEV"),
    _iso("sec-sepharose", "The concentrate was fractionated by size-exclusion chromatography on Sepharose CL-2B.",
         [SEC], "size-exclusion"),
    _iso("tff", "The medium was concentrated by tangential flow filtration with a 500 kDa hollow-fibre cartridge.",
         [TFF], "tangential flow"),
    _iso("amicon", "The vesicles were concentrated in Amicon Ultra-15 centrifugal filters (100 kDa).", [UF],
         "Amicon"),
    _iso("mwco", "The supernatant was concentrated on 100 kDa MWCO filter units and washed twice with PBS.", [UF],
         "100 kDa"),
    _iso("uf-then-uc", "The medium was concentrated by ultrafiltration (100 kDa) and the vesicles were then "
         "pelleted at 100,000 × g for 70 min.", [UF, UC], "ultrafiltration"),
    _iso("tff-then-sec", "Vesicles were concentrated by tangential flow filtration and purified by size-exclusion "
         "chromatography.", [TFF, SEC], "tangential"),
    _iso("amicon-then-qev", "After concentration in Amicon Ultra-15 (10 kDa) units, the vesicles were purified on "
         "qEV columns.", [UF, SEC], "qEV"),
    _iso("immunomagnetic", "Exosomes were captured with anti-CD63 immunomagnetic beads.", [IA], "CD63"),
    # --- traps
    _iso("trap-cell-isolation",
         "Exosomes were then isolated with ExoQuick-TC.", [KIT], "ExoQuick",
         extra=(("Bone marrow was flushed from the femurs, centrifuged at 1,000 rpm for 5 min and the MSCs "
                 "were isolated by adherence."),)),
    _iso("trap-blood-centrifugation", "Exosomes were separated on qEV columns.", [SEC], "qEV",
         extra=("Blood was centrifuged at 3,000 × g for 10 min to obtain serum for ELISA.",)),
    _iso("trap-intro-methods", "Exosomes were separated on qEV columns.", [SEC], "qEV",
         before=((S.INTRODUCTION, ("Exosomes are commonly isolated by ultracentrifugation or commercial "
                                   "precipitation kits.")),)),
    _iso("trap-ficoll-cells", "", None,
         extra=("Mononuclear cells were separated on a Ficoll density gradient at 400 × g for 30 min and plated.",)),
    _iso("trap-tissue-lysate", "", None,
         extra=("Spinal cord tissue was homogenised in RIPA buffer and centrifuged at 12,000 × g for 15 min at 4 °C.",)),
]


# ----------------------------------------------------------------------------- frequency + timing


def _sched(id_: str, sentence: str, doses: Any, interval: Any, timing: Any, cue: str | None = None, *,
           xfail_f: str | None = None, xfail_t: str | None = None, extra: tuple[str, ...] = ()) -> list[Case]:
    parts = methods(ANIMALS, INJURY, CULTURE, ISOLATION, *extra, sentence)
    freq = None if doses is None else {"doses": doses, "interval_h": interval}
    return [_case(id_, "frequency", parts, freq, cue, xfail_f),
            _case(id_, "timing_post_injury_h", parts, timing, cue, xfail_t)]


SCHEDULE = [
    *_sched("immediately", "Immediately after injury, a single dose of exosomes (200 µg) was injected via the "
            "tail vein.", 1, None, 0.0, "mmediately"),
    *_sched("30-min", "Rats received 200 µg of exosomes through the tail vein 30 min post-injury.", 1, None, 0.5,
            "30 min"),
    *_sched("within-1h", "Exosomes (100 µg) were given intravenously once, within 1 h of SCI.", 1, None, 1.0,
            "1 h"),
    *_sched("24h", "A single injection of exosomes (200 µg in 0.5 mL PBS) was given via the tail vein 24 h after "
            "SCI.", 1, None, 24.0, "24 h"),
    *_sched("days-1-3-7", "Exosomes (100 µg) were injected via the tail vein on days 1, 3 and 7 after injury.",
            3, None, 24.0, "days 1, 3 and 7"),
    *_sched("daily-7", "Starting 1 h after injury, rats received exosomes (100 µg) via the tail vein once daily "
            "for 7 days.", 7, 24.0, 1.0, "daily"),
    *_sched("every-other-day", "Exosomes (50 µg) were injected intraperitoneally every other day for 14 days, "
            "beginning 24 h after injury.", 7, 48.0, 24.0, "every other day"),
    *_sched("weekly-4", "Rats received exosomes (200 µg) via the tail vein weekly for 4 weeks, starting 1 day after "
            "SCI.", 4, 168.0, 24.0, "weekly"),
    *_sched("three-consecutive", "Exosomes (100 µg) were injected via the tail vein for three consecutive days "
            "starting 24 h after injury.", 3, 24.0, 24.0, "consecutive"),
    *_sched("twice-72h-apart", "Two injections of exosomes (100 µg each) were given via the tail vein, at 24 h "
            "and 96 h after injury.", 2, 72.0, 24.0, "24 h"),
    *_sched("day-3", "On day 3 post-injury, exosomes (200 µg) were administered once via the tail vein.",
            1, None, 72.0, "day 3"),
    *_sched("one-week", "Exosomes (200 µg) were given once via the tail vein 7 days after injury.", 1, None,
            168.0, "7 days"),
    # --- traps: drug, antibiotic, assessment and label schedules are not the vesicle schedule
    *_sched("trap-analgesia", "Exosomes (200 µg) were injected once via the tail vein 30 min after injury.",
            1, None, 0.5, "30 min",
            extra=("Buprenorphine (0.05 mg/kg) was given twice daily for 3 days and penicillin daily for 7 days.",)),
    *_sched("trap-brdu", "Exosomes (200 µg) were injected once via the tail vein 2 h after injury.", 1, None, 2.0,
            "2 h", extra=("BrdU (50 mg/kg, i.p.) was injected daily for 7 days after injury.",)),
    # one injection sentence implies one dose (house rule); the test days must not add doses
    *_sched("trap-bbb-days", "Exosomes (200 µg) were injected via the tail vein immediately after injury.",
            1, None, 0.0, "mmediately",
            extra=("BBB scores were assessed on days 1, 3, 7, 14, 21 and 28 after injury.",)),
    *_sched("trap-bladder", "Exosomes (200 µg) were injected via the tail vein 1 h after injury.", None, None, 1.0,
            "1 h", extra=("Bladders were expressed manually twice a day until reflex voiding returned.",)),
]


# ----------------------------------------------------------------------------- n_per_group


def _n(id_: str, sentence: str, expected: Any, cue: str | None = None, *, xfail: str | None = None,
       extra: tuple[str, ...] = ()) -> Case:
    parts = methods("Adult female Sprague-Dawley rats weighing 220–250 g were used. " + sentence, INJURY,
                    *extra, CULTURE, ISOLATION, TREATMENT)
    return _case(id_, "n_per_group", parts, expected, cue, xfail)


N_PER_GROUP = [
    _n("n-eq-per-group", "The rats were randomly divided into sham, SCI + PBS and SCI + Exo groups (n = 8 per group).",
       8, "n = 8"),
    _n("words-each-group", "Eight rats were assigned to each group: sham, vehicle and exosome.", 8, "ight rats"),
    _n("slash-group", "Rats were randomly allocated to three groups (n = 10/group).", 10, "10/group"),
    _n("rats-per-group", "Rats were randomised to sham, PBS or Exo treatment, with 6 rats per group.", 6,
       "6 rats"),
    _n("each-comprising", "Three groups were formed at random, each comprising 9 animals.", 9, "9 animals"),
    _n("ten-per-group-words", "Ten rats per group were used for the BBB experiment.", 10, "Ten rats"),
    _n("per-arm-list", "Rats were assigned to sham (n = 12), SCI + PBS (n = 12) and SCI + Exo (n = 12).", 12,
       "n = 12"),
    _n("n-each", "The rats were randomly divided into three groups (n = 15 each).", 15, "15 each"),
    _n("total-then-each", "A total of 36 rats were used, 12 in each group.", 12, "12 in each"),
    _n("equal-split", "Forty rats were randomly and equally divided into four groups.", 10, "Forty"),
    _n("after-exclusion", "Rats were randomly divided into three groups (n = 10 per group); two rats of the PBS "
       "group died after surgery and were excluded.", 10, "n = 10"),
    _n("rats-group-abbrev", "Rats were randomly assigned to four groups (n = 7 rats/group).", 7, "7 rats"),
    # --- traps
    _n("trap-unequal-split", "Forty rats were randomly divided into four groups.", None),
    _n("trap-total-only", "A total of 48 rats were used in this study.", None),
    _n("trap-cells-per-well", "", None,
       extra=("PC12 cells were seeded at 1 × 10^4 cells per well (n = 3 wells per group).",)),
    _n("trap-sections-per-animal", "", None,
       extra=("Three sections per animal were analysed for each stain.",)),
    _n("trap-independent-experiments", "", None,
       extra=("In vitro assays were repeated in three independent experiments (n = 3).",)),
    _n("trap-mouse-cohort", "Rats were randomly divided into three groups (n = 10 per group).", 10, "n = 10",
       extra=("For the imaging study, a separate cohort of mice (n = 4 per group) received labelled exosomes.",)),
]


# ----------------------------------------------------------------------------- second round of shapes

MODIFICATION += [
    _mod("agomir", "The MSCs were transfected with miR-21-5p agomir for 48 h before the medium was conditioned.",
         "miR-21-5p overexpression", "miR-21-5p"),
    _mod("overexpressing-parent", "Exosomes were derived from MSCs overexpressing miR-145-5p (Exo-miR-145-5p).",
         "miR-145-5p overexpression", "miR-145-5p"),
    _mod("shrna-knockdown", "A lentiviral shRNA targeting PTEN was used to knock down PTEN in the MSCs, and their "
         "exosomes (shPTEN-Exos) were collected.", "PTEN knockdown", "PTEN"),
    _mod("hypoxia-mimetic", "The MSCs were preconditioned with 100 µM deferoxamine for 24 h before the exosomes "
         "were harvested.", "deferoxamine preconditioning", "deferoxamine"),
    _mod("cytokine-before-harvest", "The MSCs were treated with 20 ng/mL IL-1β for 24 h before the EVs were "
         "harvested.", "IL-1β preconditioning", "IL-1"),
    _mod("drug-loaded-adjective", "Quercetin-loaded exosomes were prepared by incubating exosomes with quercetin "
         "for 2 h at 37 °C.", "quercetin loading", "uercetin"),
    _mod("plasmid-gene", "The MSCs were transfected with a plasmid overexpressing Wnt5a before exosome collection.",
         "Wnt5a overexpression", "Wnt5a"),
    _mod("native-without-modification", "The exosomes were used without any modification.", "none",
         "without any modification"),
    # --- traps
    _mod("trap-animals-pretreated", "Before surgery the rats were pretreated with meloxicam (1 mg/kg).", None),
    _mod("trap-trypsin-then", "The cells were treated with trypsin and then passaged before the medium was "
         "collected.", None),
    _mod("trap-gfp-tracking", "For tracking, a separate batch of MSCs was transduced with a GFP lentivirus.", None),
]

INJURY_LEVEL += [
    _lvl("vertebral-level-phrase", "A contusion was produced at the T10 vertebral level with a 10 g rod.", "T10",
         "T10"),
    _lvl("hyphen-letter-number", "After a dorsal laminectomy at T-10, the cord was contused with the impactor.",
         "T10", "T-10"),
    _lvl("two-ordinals", "The ninth and tenth thoracic vertebrae were exposed and the cord was compressed with "
         "a clip.", "T9-T10", "ninth"),
    _lvl("span-vertebral", "The cord was contused at the T8–T9 vertebral level.", "T8-T9", "T8"),
    _lvl("thoracolumbar", "A clip compression was made at the T12–L1 level.", "T12-L1", "T12"),
    _lvl("vertebra-number", "The laminae of thoracic vertebra 10 were removed and the cord was contused.",
         "T10", "vertebra 10"),
    # --- traps
    _lvl("trap-rostral-caudal-samples", INJURY, "T10", "T10",
         after=("Segments 5 mm rostral (T8) and caudal (T12) to the epicentre were sampled for histology.",)),
    _lvl("trap-harvested-span", INJURY, "T10", "T10",
         after=("Spinal cord tissue from T9 to T11 was harvested at 28 days.",)),
]

ISOLATION_METHOD += [
    _iso("uc-twice-space-thousands", "The vesicles were ultracentrifuged twice at 110 000 g for 70 min.", [UC], "110"),
    _iso("filter-then-uc", "The medium was passed through a 0.22 µm filter and the vesicles were pelleted at "
         "100,000×g for 2 h.", [UC], "100,000"),
    _iso("vivaspin", "The supernatant was concentrated by ultrafiltration through 100-kDa Vivaspin units.", [UF],
         "ultrafiltration"),
    _iso("centricon", "The medium was concentrated with Centricon Plus-70 units (100 kDa cut-off).", [UF],
         "Centricon"),
    _iso("differential-final-spin", "Exosomes were obtained by differential centrifugation with a final spin at "
         "100,000 g.", [UC], "100,000"),
    _iso("kit-then-uc", "Exosomes were precipitated with ExoQuick-TC and then washed by ultracentrifugation at "
         "100,000 × g.", [KIT, UC], "ExoQuick"),
    # --- traps
    _iso("trap-filter-only", "The medium was passed through a 0.22 µm filter, and exosomes were then isolated "
         "with the Total Exosome Isolation reagent.", [KIT], "Total Exosome"),
    _iso("trap-cell-pellet-rpm", "Exosomes were separated on qEV columns.", [SEC], "qEV",
         extra=("The cells were detached and pelleted at 1,500 rpm for 5 min before passaging.",)),
]

SCHEDULE += [
    *_sched("days-1-2-3", "Exosomes (100 µg) were injected via the tail vein on days 1, 2 and 3 post-injury.",
            3, 24.0, 24.0, "days 1, 2 and 3"),
    *_sched("once-a-day", "Exosomes (100 µg) were injected via the tail vein once a day for 3 days, starting "
            "2 h after SCI.", 3, 24.0, 2.0, "once a day"),
    *_sched("every-3-days", "Starting 24 h after injury, exosomes (100 µg) were injected via the tail vein every "
            "3 days for a total of 5 injections.", 5, 72.0, 24.0, "every 3 days"),
    *_sched("time-of-injury", "Exosomes (200 µg) were injected once via the tail vein at the time of injury.",
            1, None, 0.0, "time of injury"),
    *_sched("6h", "Exosomes (200 µg) were given once via the tail vein 6 h post-SCI.", 1, None, 6.0, "6 h"),
    *_sched("2-weeks", "Exosomes (200 µg) were given once via the tail vein 2 weeks after injury.", 1, None,
            336.0, "2 weeks"),
    *_sched("trap-immunosuppression", "Exosomes (200 µg) were injected once via the tail vein 1 h after injury.",
            1, None, 1.0, "1 h",
            extra=("Cyclosporine A (10 mg/kg) was injected subcutaneously daily for 14 days.",)),
    *_sched("trap-fluids", "Exosomes (200 µg) were injected once via the tail vein 3 h after injury.",
            1, None, 3.0, "3 h",
            extra=("Saline (5 mL, s.c.) was given daily for 3 days to prevent dehydration.",)),
]

N_PER_GROUP += [
    _n("each-consisted", "Each group consisted of 8 rats.", 8, "8 rats"),
    _n("paren-rats-per-group", "Rats were randomly assigned to sham, vehicle or exosome treatment (8 rats per "
       "group).", 8, "8 rats"),
    _n("n-rats-each", "Rats were allocated to three groups, n = 6 rats in each group.", 6, "n = 6"),
    _n("words-used-per-group", "Six rats were used per group.", 6, "Six rats"),
    _n("total-paren-per-group", "A total of 30 rats (10 per group) were used.", 10, "10 per group"),
    _n("groups-of", "Rats were randomly divided into 3 groups of 12 rats.", 12, "12 rats"),
    _n("number-per-group-was", "The number of animals per group was 9.", 9, "9"),
    _n("animals-slash-group", "We used 8 animals/group.", 8, "8 animals"),
    # --- traps
    _n("trap-replicates", "", None, extra=("Each assay was run with 3 replicates per group.",)),
    _n("trap-fields-per-section", "", None, extra=("Five fields per section were counted in each group.",)),
]

# ----------------------------------------------------------------------------- third round: more layouts of a statement

MODIFICATION += [
    _mod("project-name-superscript", "Exosomes from MSCs transfected with a miR-26a expression lentivirus were "
         "named MSC-Exos^miR-26a.", "miR-26a overexpression", "miR-26a"),
    _mod("hypoxia-two-sentences", "The cells were then transferred to a tri-gas incubator at 1% O2 for 48 h. "
         "Exosomes were collected from this hypoxic medium.", "hypoxic preconditioning", "O2"),
    _mod("native-non-engineered", "Non-engineered exosomes (native Exos) were used in all groups.", "none",
         "ative"),
]

INJURY_LEVEL += [
    _lvl("level-in-parens", "A moderate contusion (10 g × 25 mm) was made on the exposed cord (T10).", "T10",
         "T10"),
    _lvl("th-span", "Following laminectomy at Th9–Th10, the cord was compressed for 60 s with a clip.",
         "T9-T10", "Th9"),
]

ISOLATION_METHOD += [
    _iso("sec-after-uc", "The pellet obtained at 100,000 × g was further purified by size-exclusion chromatography "
         "(qEV original).", [UC, SEC], "qEV"),
    _iso("optiprep-cushion", "The vesicles were pelleted through an OptiPrep cushion at 100,000 × g for 3 h.",
         [UC, DG], "OptiPrep"),
]

SCHEDULE += [
    *_sched("single-iv-words", "Each rat received a single intravenous injection of exosomes (200 µg) 1 h after "
            "SCI.", 1, None, 1.0, "single"),
    *_sched("two-days", "Exosomes (100 µg) were injected via the tail vein at 2 and 7 days after injury.",
            2, 120.0, 48.0, "2 and 7 days"),  # two doses: their gap is the interval
    *_sched("72h", "At 72 h post-injury, exosomes (100 µg) were injected once via the tail vein.", 1, None, 72.0,
            "72 h"),
    *_sched("dpi", "Exosomes (100 µg) were injected once via the tail vein at 3 dpi.", 1, None, 72.0, "3 dpi"),
]

N_PER_GROUP += [
    _n("included-each-group", "Each experimental group included 10 rats.", 10, "10 rats"),
    _n("assigned-n-per-group-first", "Rats were randomly assigned (n = 12 per group) to sham, vehicle and exosome "
       "groups.", 12, "n = 12"),
    _n("total-then-n-groups", "Rats (n = 40) were randomly divided into four groups (n = 10).", 10, "n = 10"),
]

# ----------------------------------------------------------------------------- fourth round: terse and noisy forms

MODIFICATION += [
    _mod("mimic-or-nc", "The MSCs were transfected with miR-216a-5p mimic or mimic NC using Lipofectamine.",
         "miR-216a-5p overexpression", "miR-216a-5p"),
    _mod("oxidant-exposed", "The MSCs were exposed to 200 µM H2O2 for 12 h before the exosomes were collected.",
         "H2O2 preconditioning", "H2O2"),
    _mod("statin-cultured-abbrev", "The MSCs were cultured with 1 µM atorvastatin for 48 h before the exosomes "
         "(ATV-Exos) were collected.", "atorvastatin preconditioning", "atorvastatin"),
]

INJURY_LEVEL += [
    _lvl("thoracic-paren", "A thoracic (T10) spinal cord contusion was produced with the MASCIS impactor.", "T10",
         "T10"),
    _lvl("vertebral-body", "The cord was contused at the level of the T9 vertebral body.", "T9", "T9"),
]

ISOLATION_METHOD += [
    _iso("uc-as-described", "Exosomes were isolated by ultracentrifugation (Optima L-100 XP, Beckman Coulter) as "
         "described previously [18].", [UC], "ultracentrifugation"),
    _iso("exo-spin", "Exosomes were purified with Exo-spin columns (Cell Guidance Systems).", [SEC], "Exo-spin"),
    _iso("mircury-kit", "Vesicles were isolated with the miRCURY Exosome Isolation Kit (Qiagen).", [KIT],
         "miRCURY"),
    _iso("ladder-glued-g", "The medium was spun at 2000 ×g and 10 000 ×g, filtered (0.22 µm) and spun at "
         "120 000 ×g for 70 min.", [UC], "120 000"),
]

SCHEDULE += [
    *_sched("one-week-daily", "Exosomes (100 µg) were injected via the tail vein daily for one week from 24 h "
            "after injury.", 7, 24.0, 24.0, "daily"),
    *_sched("consecutive-7", "Exosomes (100 µg) were injected via the tail vein for 7 consecutive days, the first "
            "dose 1 h after injury.", 7, 24.0, 1.0, "consecutive"),
    *_sched("half-hour", "Half an hour after injury, exosomes (200 µg) were injected once via the tail vein.",
            1, None, 0.5, "alf an hour"),
    *_sched("hours-after-contusion", "Exosomes (200 µg) were injected once via the tail vein 2 hours after the "
            "contusion.", 1, None, 2.0, "2 hours"),
]

N_PER_GROUP += [
    _n("no-spaces", "Rats were randomly divided into three groups (n=8/group).", 8, "n=8"),
    _n("capital-n", "Rats were randomly divided into three groups (N = 10 per group).", 10, "N = 10"),
    _n("named-groups-each-n", "Rats were randomly assigned to three groups: sham group (n = 10), SCI group "
       "(n = 10), and exosome group (n = 10).", 10, "n = 10"),
    _n("words-total-paren-each", "Forty-eight rats were randomly divided into four groups (12 rats in each group).",
       12, "12 rats"),
    _n("rats-slash-group", "Animals were randomly allocated to the experimental groups, 10 rats/group.", 10,
       "10 rats"),
]

# ----------------------------------------------------------------------------- route


def _route(id_: str, sentence: str, expected: Any, cue: str | None = None, *, xfail: str | None = None,
           extra: tuple[str, ...] = ()) -> Case:
    parts = methods(ANIMALS, INJURY, CULTURE, ISOLATION, *extra, sentence)
    return _case(id_, "route", parts, expected, cue, xfail)


IV, IT, IL, IP, IN, BIO = "intravenous", "intrathecal", "intralesional", "intraperitoneal", "intranasal", \
    "implanted_biomaterial"

ROUTE = [
    _route("tail-vein", "Exosomes (200 µg) were injected via the tail vein 30 min after injury.", IV, "tail vein"),
    _route("iv-abbrev", "Rats received exosomes (200 µg, i.v.) 1 h after injury.", IV, "i.v."),
    _route("caudal-vein", "Exosomes were injected into the caudal vein 1 h after injury.", IV, "caudal vein"),
    _route("jugular", "Exosomes were infused through the right jugular vein 24 h after injury.", IV, "jugular"),
    _route("penile-vein", "Exosomes were injected into the dorsal penile vein 1 h after injury.", IV, "penile"),
    _route("saphenous", "Exosomes (200 µg) were injected via the saphenous vein after injury.", IV, "saphenous"),
    _route("lumbar-puncture", "Exosomes (10 µl) were delivered by lumbar puncture between L5 and L6 6 h after "
           "injury.", IT, "lumbar puncture"),
    _route("cisterna-magna", "Exosomes (10 µl) were injected into the cisterna magna 24 h after injury.", IT,
           "cisterna magna"),
    _route("intrathecal-hyphen", "Exosomes were administered intra-thecally 24 h after injury.", IT, "thecally"),
    _route("epicentre", "Exosomes (5 µl) were injected into the lesion epicentre immediately after injury.", IL,
           "epicentre"),
    _route("intraspinal-hyphen", "Exosomes were delivered intra-spinally at two sites beside the lesion.", IL,
           "spinally"),
    _route("in-situ", "Exosomes were injected in situ at the lesion immediately after injury.", IL, "in situ"),
    _route("ip-abbrev", "Rats received exosomes (100 µg, i.p.) every other day.", IP, "i.p."),
    _route("ip-hyphen", "Exosomes were injected intra-peritoneally 24 h after injury.", IP, "peritoneally"),
    _route("nasal-drops", "Exosomes were given as nasal drops (10 µl per nostril) 2 h after injury.", IN,
           "nasal drops"),
    _route("hydrogel", "Exosomes mixed with a GelMA hydrogel were implanted into the lesion cavity.", BIO,
           "hydrogel"),
    # --- traps: the anaesthetic, the label and the analgesic are not the vesicles' route
    _route("trap-anaesthetic-ip", "Exosomes (200 µg) were injected via the tail vein 30 min after injury.", IV,
           "tail vein", extra=("Rats were anaesthetised with pentobarbital (40 mg/kg, i.p.).",)),
    _route("trap-brdu-ip", "Exosomes (200 µg) were injected via the tail vein 2 h after injury.", IV, "tail vein",
           extra=("BrdU (50 mg/kg) was injected intraperitoneally daily for 7 days.",)),
    _route("trap-analgesic-sc", "Exosomes (10 µl) were delivered by lumbar puncture 6 h after injury.", IT,
           "lumbar puncture", extra=("Buprenorphine (0.05 mg/kg) was given subcutaneously twice daily.",)),
]

# ----------------------------------------------------------------------------- sections: which part of the paper speaks

ABSTRACT_STUDY = (S.ABSTRACT, ("We tested whether stem cell-derived exosomes improve recovery after contusive "
                               "spinal cord injury in adult rats."))
SECTIONS = [
    _case("discussion-cites-other-timing", "timing_post_injury_h",
          (ABSTRACT_STUDY, *methods(ANIMALS, INJURY, CULTURE, ISOLATION, TREATMENT),
           (S.DISCUSSION, "Other groups injected exosomes 7 days after injury and saw smaller effects.")),
          0.5, "30 min"),
    _case("discussion-cites-other-n", "n_per_group",
          (ABSTRACT_STUDY,
           *methods("Adult female Sprague-Dawley rats were randomly divided into three groups (n = 8 per group).",
                    INJURY, CULTURE, ISOLATION, TREATMENT),
           (S.DISCUSSION, "Smith et al. used 15 rats per group and reported a similar gain.")),
          8, "n = 8"),
    _case("discussion-cites-other-isolation", "isolation_method",
          (ABSTRACT_STUDY, *methods(ANIMALS, INJURY, CULTURE + " Exosomes were precipitated with ExoQuick-TC.",
                                    TREATMENT),
           (S.DISCUSSION, "Ultracentrifugation, used by most groups, yields purer but fewer vesicles.")),
          frozenset({KIT}), "ExoQuick"),
    _case("discussion-cites-other-level", "injury_level",
          (ABSTRACT_STUDY, *methods(ANIMALS, INJURY, CULTURE, ISOLATION, TREATMENT),
           (S.DISCUSSION, "Cervical injuries at C4–C5 model the commonest human lesion and deserve study.")),
          "T10", "T10"),
    _case("abstract-and-methods-level", "injury_level",
          ((S.ABSTRACT, "Rats received a T10 contusion and exosomes via the tail vein."),
           *methods(ANIMALS, "A laminectomy at T9 exposed the cord, which was contused at T10 with a 10 g rod.",
                    CULTURE, ISOLATION, TREATMENT)),
          "T10", "T10"),
    _case("title-modification", "modification",
          ((S.TITLE, "Hypoxia-preconditioned stem cell exosomes aid recovery after spinal cord injury in rats"),
           *methods(ANIMALS, INJURY, CULTURE, ISOLATION, TREATMENT)),
          "hypoxic preconditioning", "ypoxia"),
]

MODIFICATION += [
    _mod("plasmid-backbone-gene", "Exosomes were isolated from MSCs that had been transfected with pcDNA3.1-GDNF.",
         "GDNF overexpression", "GDNF"),
    _mod("passive-overexpressed", "Exosomes were derived from MSCs in which TSG-6 was overexpressed by adenovirus.",
         "TSG-6 overexpression", "TSG-6"),
    _mod("circrna-hyphen", "Exosomes were isolated from MSCs overexpressing circ-Ash1l.", "circ-Ash1l overexpression",
         "circ-Ash1l"),
    _mod("engineered-with-peptide", "The exosomes were engineered with the RVG peptide to target neurons.",
         "RVG peptide surface display", "RVG"),
    _mod("mrna-cargo", "BDNF mRNA was loaded into the exosomes by electroporation.", "BDNF mRNA loading", "BDNF"),
    # --- traps: a control construct is no modification
    _mod("trap-null-adenovirus", "For tracking, a separate batch of MSCs was infected with Ad-Null.", None),
]


CASES: list[Case] = SECTIONS + MODIFICATION + INJURY_LEVEL + ISOLATION_METHOD + SCHEDULE + N_PER_GROUP + ROUTE


# --- the one harness the field matrices share -------------------------------------------


def case_params(cases: list[Case], xfail: dict[str, str]) -> list[Any]:
    """``cases`` as pytest params named ``<field>-<id>``, strict xfail where a reason is known."""
    out = []
    for c in cases:
        key = f"{c.field_name}-{c.id}"
        reason = xfail.get(key) or c.xfail
        marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
        out.append(pytest.param(c, id=key, marks=marks))
    return out


def same_value(field_name: str, got: Any, expected: Any) -> bool:
    """``got`` is the reviewer's ``expected`` value, compared as ``miner eval`` compares it."""
    from miner.evaluate._labels import labels_match
    from miner.evaluate.compare import values_match

    if expected is None or got is None:
        return got is expected
    if field_name in ("modification", "injury_device", "route_detail"):
        return labels_match(field_name, str(got), str(expected))
    if field_name == "isolation_method":
        return frozenset(got) == expected
    if field_name == "size_nm":
        return values_match("size_nm", got, expected)
    if isinstance(expected, float):
        return bool(got == pytest.approx(expected))
    return bool(got == expected)


def check_case(nlp: Any, case: Case) -> None:
    """Run the field extractors on ``case``'s document: the expected value, with a quote and
    a confidence in (0, 1], and the cue among the quotes when one is given."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        out = extract_fields(section_doc(*case.parts), nlp)
    fv = out.get(case.field_name)
    got = None if fv is None else fv.value
    assert same_value(case.field_name, got, case.expected), f"got {got!r}, expected {case.expected!r}"
    if fv is not None:
        ev = fv.evidence[0]
        assert ev.quote and 0 < fv.confidence <= 1
        if case.cue:
            assert case.cue in " ".join(e.quote for e in fv.evidence), ev.quote
