"""Labs studies, second batch: text-only scores, figure-only scores, supplementary tables.

Everything is invented. ``{{fields|words}}`` marks gold evidence, ``{v:GROUP@DAY|fmt}`` a
written score (see ``labgen.markup``).
"""

from __future__ import annotations

from extgen.common import FOOTNOTE, NB, POOL
from extgen.model import Scores, Study

W8 = [7.0, 14.0, 28.0, 42.0, 56.0]


def _vals(days: list[float], rows: list[tuple[float, float]]) -> dict[float, tuple[float, float]]:
    return dict(zip(days, rows, strict=True))


# --------------------------------------------------------------------------------------
# 4. India, two-column: hypoxia-preconditioned adipose sEVs, weight drop at T9-T10,
#    weekly i.p. x4 from day 7, ExoQuick-TC, BBB in text only (weeks, "respectively",
#    value before and after the group name, "mean (SD)", "rose from ... to"), discussion
#    cites other BBB scores.
# --------------------------------------------------------------------------------------
_KAUR = Scores("BBB", "sd", [("Sham", "sham", 8), ("SCI", "control", 8), ("N-sEV", "other", 8),
                             ("H-sEV", "treatment", 8)], {
    "Sham": _vals(W8, [(21.0, 0.0)] * 5),
    "SCI": _vals(W8, [(2.4, 0.9), (4.1, 1.1), (6.0, 1.2), (6.9, 1.3), (7.4, 1.3)]),
    "N-sEV": _vals(W8, [(2.5, 0.8), (4.6, 1.0), (7.1, 1.2), (8.3, 1.3), (8.9, 1.4)]),
    "H-sEV": _vals(W8, [(2.6, 0.9), (5.5, 1.0), (8.8, 1.1), (10.6, 1.2), (11.7, 1.2)]),
})

KAUR = Study(
    stem="kaur2023_hypoxic_hadsc_sev_weekly_ip",
    layout="twocol",
    title="Hypoxia-primed adipose stromal cell small extracellular vesicles given weekly after weight-drop "
          "spinal cord injury",
    short_title="Kaur et al.",
    authors=[("Simranjeet", "Kaur"), ("Rohit", "Bhardwaj"), ("Anjali", "Menon"), ("Farhan", "Qureshi"),
             ("Priya", "Raghavan")],
    affiliations=["Department of Neurophysiology, Invented Institute of Medical Sciences, Chandigarh, India",
                  "Stem Cell Facility, Fictional Centre for Translational Research, Bengaluru, India"],
    journal="Indian Journal of Experimental Neurosurgery",
    year=2023, volume="41(2)",
    doi="10.5555/ijen.2023.41.2.77", pmid="99107304", pmcid="PMC9910734", received="2023-01-09",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male", "body_weight_g": {"low": 180, "high": 220},
        "n_per_group": 8, "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T9-T10",
        "source_tissue": "adipose", "source_species": "human", "modification": "hypoxic preconditioning",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "ExoQuick-TC",
        "characterization": ["DLS", "TEM", "western_blot"], "markers": ["CD63", "HSP70", "TSG101"],
        "size_nm": {"value": 142.7, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 100, "unit": "ug_per_kg", "volume_ul": 1000, "basis": "protein"},
        "route": "intraperitoneal", "frequency": {"doses": 4, "interval_h": 168}, "timing_post_injury_h": 168,
        "mechanism": "HIF-1α-dependent VEGF cargo promoting angiogenesis",
        "reported_randomisation": True, "reported_welfare_compliance": True,
    },
    abstract=[
        (None, "Hypoxic priming changes the cargo of vesicles released by mesenchymal stromal cells. We "
         "compared small extracellular vesicles (sEVs) from normoxic (N-sEV) and hypoxia-primed (H-sEV) human "
         "adipose-derived MSCs, given intraperitoneally once a week for four weeks starting one week after "
         "weight-drop injury in rats. By week 8 the BBB score was {v:H-sEV@56} with H-sEV versus {v:SCI@56} in "
         "untreated rats (mean ± SD, n = 8). H-sEVs carried more VEGF-A and increased CD31<sup>+</sup> vessel "
         "density, consistent with {{mechanism|HIF-1α-dependent VEGF cargo promoting angiogenesis}}."),
    ],
    keywords=["hypoxic preconditioning", "adipose-derived stem cells", "sEV", "angiogenesis", "BBB score"],
    sections=[
        ("intro", "Introduction", [
            "Most experimental spinal cord injuries are made at the lower thoracic cord, typically T8–T10 [1]. "
            "Vesicles between 30 and 150 nm in diameter carry growth factors whose content depends on oxygen "
            "tension [9]. Delayed treatment, started days after the injury, is closer to clinical reality but "
            "has rarely been tested [11].",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals and groups"),
            "The Institutional Animal Ethics Committee approved the study "
            "({{reported_welfare_compliance|CPCSEA guidelines were followed}}). Thirty-two "
            f"{{{{species,strain,sex|adult male Wistar rats}}}} ({{{{body_weight_g|180–220{NB}g}}}}) "
            "{{reported_randomisation|were randomly allocated}} to four groups "
            "({{n_per_group|n = 8 each}}): Sham, SCI, SCI + N-sEV and SCI + H-sEV; in the text the last two "
            "are called N-sEV and H-sEV.",
            ("h", "hADSC culture and hypoxic priming"),
            "{{source_tissue,source_species|Human adipose-derived MSCs (hADSCs) were isolated from "
            "lipoaspirate}} donated by three patients undergoing liposuction. At passage 4, "
            "{{modification|cells were primed under hypoxia (2% O<sub>2</sub>, 72 h)}} or kept in normoxia "
            "before vesicle collection.",
            ("h", "sEV isolation"),
            "Conditioned medium was cleared (3000 × g, 15 min) and mixed with "
            "{{isolation_method,isolation_detail|ExoQuick-TC}} (System Biosciences) at 5:1 (v/v); after "
            "overnight incubation at 4 °C the sEVs were pelleted at 1500 × g for 30 min.",
            "{{characterization|Hydrodynamic size was measured by dynamic light scattering (DLS), morphology by "
            "TEM, and markers by western blot}} ({{markers|CD63, HSP70 and TSG101}}).",
            ("h", "Injury"),
            "Rats were anaesthetised with ketamine (80 mg/kg) and xylazine (10 mg/kg). "
            "After laminectomy of the T8 and T9 vertebral arches, "
            "{{injury_model,injury_device,injury_level|contusion was induced at the T9–T10 level by a modified "
            "Allen weight drop}} (10 g from 25 mm).",
            ("h", "Treatment"),
            "{{route|sEVs were injected intraperitoneally}} "
            "{{dose|at 100 µg/kg body weight (about 20 µg per rat) in 1 ml saline}}. "
            "{{frequency,timing_post_injury_h|The first dose was given on day 7 after injury and repeated "
            "weekly, four doses in total}}. The SCI group received saline.",
            ("h", "Locomotor scoring"),
            "BBB scores were recorded at weeks 1, 2, 4, 6 and 8 by two observers and averaged; values are "
            "mean (SD) unless stated otherwise.",
        ]),
        ("results", "Results", [
            f"DLS gave {{{{size_nm|a mean hydrodynamic diameter of 142.7{NB}nm}}}} (PDI 0.21) for H-sEVs.",
            "Before treatment began, at week 1, scores were similar: {v:SCI@7|paren} in SCI, {v:N-sEV@7|paren} "
            "in N-sEV and {v:H-sEV@7|paren} in H-sEV rats. In week 2, H-sEV rats scored {v:H-sEV@14}, while "
            "N-sEV and SCI rats scored {v:N-sEV@14} and {v:SCI@14}, respectively.",
            "At week 4 the H-sEV group had reached {v:H-sEV@28}, ahead of both N-sEV ({v:N-sEV@28}) and SCI "
            "({v:SCI@28}); the gap widened at week 6 ({v:H-sEV@42} vs {v:N-sEV@42} vs {v:SCI@42}). Overall, "
            "H-sEV scores rose from {v:H-sEV@7|mean} at week 1 to {v:H-sEV@56|mean} at week 8, and N-sEV "
            "rats recovered to {v:N-sEV@56}. Sham rats scored normally throughout.",
            "CD31<sup>+</sup> vessel density at the lesion border was 1.8-fold higher with H-sEV than with "
            "N-sEV.",
            ("figure", "Figure 2", "BBB scores over 8 weeks (mean ± SD, n = 8). Values are given in the text.",
             {"days": W8, "groups": ["SCI", "N-sEV", "H-sEV"], "x": "weeks"}),
        ]),
        ("discussion", "Discussion", [
            "Delayed, repeated H-sEV treatment added about four BBB points. Earlier studies that injected "
            "vesicles within 1 h reported scores of 12–14 at 8 weeks [5], and 200 µg intravenous doses gave "
            "a BBB of 10.9 ± 1.2 at day 28 [11]. Our single-centre design and the use of male rats only "
            "limit generalisation.",
        ]),
    ],
    references=POOL[:12],
    scores=_KAUR,
    back=[("Conflict of interest", "{{reported_conflict_of_interest|None of the authors has any conflict of "
           "interest}}.")],
    footnote=FOOTNOTE,
)
KAUR.values["reported_conflict_of_interest"] = True

STUDIES: list[Study] = [KAUR]
