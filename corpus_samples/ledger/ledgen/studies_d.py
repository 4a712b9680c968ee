"""Ledger studies 7-8 (ledger layouts with tables continued on the next page). All invented."""

from __future__ import annotations

from extgen.common import FOOTNOTE, POOL
from extgen.model import Scores

from ledgen.grid import LStudy


def series(days: list[float], *pairs: tuple[float, float]) -> dict[float, tuple[float, float]]:
    return dict(zip(days, pairs, strict=True))


# --------------------------------------------------------------------------------------
# 7. Portuguese-Brazilian lab, accepted manuscript: hemisection, exosomes in a GelMA
#    hydrogel, TEM range only; weeks in a spanning header, "n" in its own row under each
#    group, letter markers, a table continued on the next page with its header repeated.
# --------------------------------------------------------------------------------------
W7 = [7.0, 14.0, 21.0, 28.0, 42.0, 56.0]
G7 = [("Sham", "sham", 6), ("HX", "control", 8), ("HX + GelMA", "other", 8), ("HX + GelMA/WJ-Exo", "treatment", 8)]
N7 = {"Sham": [6] * 6, "HX": [8, 8, 8, 7, 7, 7], "HX + GelMA": [8, 8, 8, 8, 8, 7], "HX + GelMA/WJ-Exo": [8] * 6}
MARK7 = {"HX + GelMA/WJ-Exo": {28.0: "<sup>a</sup>", 42.0: "<sup>a,b</sup>", 56.0: "<sup>a,b</sup>"}}


def _rows7(group: str) -> list[list[str]]:
    fmt = "|bare" if group == "Sham" else ""
    cells = ["{s:" + group + "@" + str(d) + fmt + "}" + MARK7.get(group, {}).get(d, "") for d in W7]
    return [[group, *cells], ["   n", *(str(n) for n in N7[group])]]


AZEVEDO = LStudy(
    stem="azevedo2022_wjmsc_exo_gelma_hemisection",
    layout="single",
    habit="manuscript",
    title="Wharton's jelly MSC exosomes delivered in a GelMA hydrogel promote hind-limb recovery after "
          "lateral hemisection of the rat thoracic spinal cord",
    short_title="Azevedo et al.",
    authors=[("Inês", "Azevedo"), ("Rafael", "Monteiro Lobo"), ("Beatriz", "Carvalhal"), ("Thiago", "Nunes"),
             ("Helena", "Vasconcelos")],
    affiliations=["i3N — Instituto de Investigação em Neurorregeneração (invented), Braga, Portugal",
                  "Departamento de Biomateriais, Universidade Atlântica (invented), Recife, Brazil"],
    journal="Biomaterials for Neural Repair",
    year=2022,
    volume="accepted manuscript, article 108214",
    doi="10.5555/bnr.2022.108214",
    pmid="99100807",
    pmcid="PMC9910807",
    received="2022-09-30",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 230, "high": 270},
        "n_per_group": 8, "injury_model": "hemisection", "injury_device": "microscissors",
        "injury_level": "T10", "source_tissue": "wharton_jelly", "source_species": "human",
        "modification": "none",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "Total Exosome Isolation reagent",
        "characterization": ["TEM", "DLS", "western_blot"],
        "markers": ["CD63", "TSG101", "HSP70", "calnexin"],
        "size_nm": {"value": None, "low": 40, "high": 120, "stat": None, "method": "TEM"},
        "dose": {"amount": 50, "unit": "ug", "volume_ul": 20, "basis": "protein"},
        "route": "implanted_biomaterial", "route_detail": "GelMA hydrogel in the hemisection gap",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0,
        "mechanism": "promotion of axonal regrowth and angiogenesis across the lesion",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Hydrogels can hold exosomes at a lesion for days. We filled a T10 lateral hemisection in female "
         "Sprague-Dawley rats with gelatin methacryloyl (GelMA) alone or GelMA carrying 50 µg of exosomes from "
         "human Wharton's jelly mesenchymal stem cells (WJ-Exo). Over eight weeks, GelMA/WJ-Exo rats recovered "
         "more ipsilateral hind-limb function, with more NF200-positive fibres and CD31-positive vessels in "
         "the lesion."),
    ],
    keywords=["hemisection", "GelMA", "Wharton's jelly", "exosomes", "biomaterial"],
    sections=[
        ("intro", "Introduction", [
            "After a lateral hemisection, the contralateral cord is spared, so hind-limb deficits are mostly "
            "ipsilateral and partly recover [13]. Injected exosomes are cleared from the lesion within hours, "
            "whereas hydrogels can release them over days [10]. Exosomes are usually described as 30–150 nm "
            "vesicles [2]; a previous GelMA study loaded 200 µg and reported ipsilateral BBB scores of 14 at "
            "eight weeks [10].",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals"),
            "{{sex,species,strain|Female Sprague-Dawley rats}} weighing {{body_weight_g|230–270 g}} were used "
            "({{n_per_group|eight per injured group}}, six sham). {{reported_welfare_compliance|The animal "
            "ethics body of the University (ORBEA 2020-14) approved the protocol, in accordance with "
            "Directive 2010/63/EU}}.",
            ("h", "Hemisection"),
            "After a laminectomy {{injury_level|at the T10 level}}, the dura was opened and a "
            "{{injury_model,injury_device|left lateral hemisection was cut with microscissors}}; the gap was "
            "filled with 20 µL of hydrogel as below or left empty (HX). Sham rats had the laminectomy only.",
            ("h", "Exosomes and hydrogel"),
            "{{source_species,source_tissue|MSCs were isolated from the Wharton's jelly of human umbilical "
            "cords}} (full-term births, informed consent). Exosomes were obtained from 48-h conditioned medium "
            "{{isolation_method,isolation_detail|with the Total Exosome Isolation reagent}} (overnight "
            "precipitation, 10,000 × g for 1 h). The vesicles were {{modification|native (not engineered or "
            "preconditioned)}}. They were examined by {{characterization|TEM}}, {{characterization|dynamic "
            "light scattering}} and {{characterization|western blot}} for {{markers|CD63, TSG101 and HSP70, "
            "with calnexin absent}}.",
            "For the treated group, {{dose|50 µg of WJ-Exo were mixed into 20 µL of GelMA precursor}} and "
            "{{route,route_detail,timing_post_injury_h|photo-crosslinked in situ in the hemisection gap "
            "immediately after the cut}}, {{frequency|a single application}}.",
            ("h", "Behaviour"),
            "The ipsilateral hind limb was scored with the BBB scale at weeks 1, 2, 3, 4, 6 and 8 "
            "{{reported_blinded_assessment|by two observers who were blind to the groups}}.",
            ("h", "Statistics"),
            "Data are mean ± SD; two-way ANOVA with Tukey's post hoc test.",
        ]),
        ("results", "Results", [
            "TEM showed round, cup-shaped {{size_nm|vesicles of 40–120 nm}}; DLS gave a broad peak. GelMA/WJ-Exo "
            "rats recovered faster from week 4 (Table 1), and at week 8 reached {bbb:HX + GelMA/WJ-Exo@56} "
            "versus {bbb:HX + GelMA@56} with empty GelMA and {bbb:HX@56} without a gel.",
            ("table", "Table 1", "BBB scores of the ipsilateral hind limb (mean ± SD).", {
                "head": 2, "split_at": 6,
                "spans": [(0, 0, 0, 1), (1, 0, 6, 0)],
                "grid": [
                    ["Group", "Weeks after hemisection", "", "", "", "", ""],
                    ["", "1", "2", "3", "4", "6", "8"],
                    *_rows7("Sham"), *_rows7("HX"), *_rows7("HX + GelMA"), *_rows7("HX + GelMA/WJ-Exo"),
                ],
                "foot": "HX, hemisection without gel. n, animals assessed at each week. <sup>a</sup>P < 0.05 vs "
                        "HX; <sup>b</sup>P < 0.05 vs HX + GelMA.",
            }),
            "NF200<sup>+</sup> fibres within the lesion were 2.4-fold and CD31<sup>+</sup> vessels 1.9-fold more "
            "numerous with GelMA/WJ-Exo than with GelMA alone.",
        ]),
        ("discussion", "Discussion", [
            "Exosome-loaded GelMA improved ipsilateral BBB scores by about three points over empty gel. "
            "Compared with the 200 µg used by others [10], our 50 µg dose was modest. The data suggest "
            "{{mechanism|promotion of axonal regrowth and angiogenesis across the lesion}}. Limitations "
            "include the absence of a free-exosome group.",
        ]),
    ],
    references=POOL[:16],
    scores=Scores(
        outcome="BBB", err="sd", groups=G7,
        values={
            "Sham": {d: (21.0, 0.0) for d in W7},
            "HX": series(W7, (4.1, 1.2), (6.3, 1.4), (7.8, 1.5), (8.6, 1.6), (9.4, 1.5), (9.9, 1.7)),
            "HX + GelMA": series(W7, (4.4, 1.1), (6.8, 1.5), (8.3, 1.4), (9.2, 1.5), (10.1, 1.6), (10.6, 1.5)),
            "HX + GelMA/WJ-Exo": series(W7, (4.6, 1.3), (7.5, 1.4), (9.6, 1.3), (11.2, 1.4), (12.8, 1.5),
                                        (13.7, 1.4)),
        }),
    n_at={(g, d): n for g, ns in N7.items() for d, n in zip(W7, ns, strict=True)},
    back=[("Declaration of competing interest", "{{reported_conflict_of_interest|The authors declare that they "
           "have no known competing financial interests or personal relationships that could have appeared to "
           "influence the work reported in this paper}}.")],
    notes=["Table 1 is continued on the next page (rows of the last two groups); n per time point is in its own row."],
    footnote=FOOTNOTE,
)


# --------------------------------------------------------------------------------------
# 8. Korean lab, journal page with running DOI footer: two experiments (subacute treatment
#    at day 7, then a delayed-treatment experiment at day 28) in two tables with different
#    groups; Table 2 has weeks down the side (unit only in the footnote), two-decimal
#    scores, "NA" before treatment, a "Δ BBB" row, and continues on the next page.
# --------------------------------------------------------------------------------------
W8 = [7.0, 14.0, 21.0, 28.0, 35.0, 42.0, 49.0, 56.0]
W8B = [28.0, 35.0, 42.0, 56.0]
VEH8, EXO3D, EXO2D = "Vehicle", "3D-Exo", "2D-Exo"


def _row8(d: float) -> list[str]:
    wk = str(int(d / 7))
    mark = "*" if d >= 28 else ""
    return [wk, "{s:" + VEH8 + "@" + str(d) + "}", "{s:" + EXO2D + "@" + str(d) + "}",
            "{s:" + EXO3D + "@" + str(d) + "}" + mark]


BAEK = LStudy(
    stem="baek2020_radsc_3dexo_subacute_intralesional",
    layout="single",
    habit="landscape",
    title="Exosomes from three-dimensional spheroid cultures of adipose-derived stem cells injected into the "
          "lesion in the subacute phase improve recovery after spinal cord contusion",
    short_title="Baek et al., 3D-Exo subacute",
    authors=[("Ji-hoon", "Baek"), ("So-yeon", "Kang"), ("Hyun-woo", "Jeon"), ("Ye-jin", "Moon")],
    affiliations=["Department of Rehabilitation Medicine, Gangwon National University Hospital (invented), "
                  "Chuncheon, Republic of Korea"],
    journal="Tissue Engineering and Regenerative Neurology",
    year=2020,
    volume="17(5):633–648",
    doi="10.5555/tern.2020.17.5.633",
    pmid="99100808",
    pmcid="PMC9910808",
    received="2020-02-14",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 250, "high": 280},
        "n_per_group": 9, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor",
        "injury_level": "T10", "source_tissue": "adipose", "source_species": "rat",
        "modification": "3D spheroid culture",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "ExoQuick-TC",
        "characterization": ["DLS", "TEM", "western_blot"],
        "markers": ["CD9", "CD63", "Alix", "GM130"],
        "size_nm": {"value": 87.5, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 10, "basis": "protein"},
        "route": "intralesional", "route_detail": "lesion epicentre",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 168,
        "mechanism": "attenuation of glial scar formation via TGF-β1/Smad3 suppression",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Purpose", "Most vesicle studies treat within hours of injury. We tested exosomes from three-dimensional "
         "(3D) spheroid cultures of rat adipose-derived stem cells (ADSCs) given into the lesion one week "
         "after contusion, and, in a second experiment, four weeks after contusion."),
        ("Methods", "Male Sprague-Dawley rats received a 200-kdyn contusion at T10. Experiment 1 compared "
         "vehicle, monolayer (2D) exosomes and 3D exosomes (100 µg) injected at day 7; experiment 2 compared "
         "vehicle and 3D exosomes injected at day 28."),
        ("Results", "3D-Exo improved BBB scores from week 4 in experiment 1; delayed injection at day 28 had a "
         "smaller effect."),
    ],
    keywords=["3D culture", "adipose-derived stem cells", "exosomes", "subacute", "intralesional"],
    sections=[
        ("intro", "Introduction", [
            "Clinical treatment is rarely possible in the first hours after spinal cord injury, yet most "
            "preclinical vesicle studies inject immediately [11]. Culture of MSCs as 3D spheroids changes their "
            "secretome and raises vesicle yield [9]. Exosomes (30–100 nm) from ADSCs reduced scarring when "
            "given at 1 h in an earlier study that used 200 µg/kg [5].",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals"),
            "{{sex,species,strain|Male Sprague-Dawley rats}} ({{body_weight_g|250–280 g}}) were used. "
            "{{reported_welfare_compliance|All experiments were approved by the IACUC of Gangwon National "
            "University (GNU-2018-0412)}}. Rats were {{reported_randomisation|randomly assigned}} to groups "
            "at day 6 after injury, after confirming a BBB score of 4 or lower "
            "({{n_per_group|n = 9 per group}} in experiment 1, n = 8 in experiment 2).",
            ("h", "Contusion"),
            "A {{injury_model,injury_device|200-kdyn contusion was made with the Infinite Horizon impactor}} "
            "{{injury_level|at the T10 vertebral level}} after laminectomy.",
            ("h", "Spheroid culture and exosome isolation"),
            "{{source_species,source_tissue|ADSCs were isolated from the inguinal fat of SD rats}}. For "
            "{{modification|3D spheroid culture}}, 2 × 10<sup>6</sup> cells were seeded in ultra-low-attachment "
            "plates; monolayer (2D) cultures served as comparators. Exosomes were recovered from 48-h "
            "conditioned medium {{isolation_method,isolation_detail|using ExoQuick-TC}} according to the "
            "manufacturer, and examined by {{characterization|dynamic light scattering}}, "
            "{{characterization|TEM}} and {{characterization|western blot}} "
            "({{markers|CD9, CD63 and Alix, with GM130 as the negative marker}}).",
            ("h", "Intralesional injection"),
            "{{timing_post_injury_h|Seven days after injury}}, the lesion was re-exposed and "
            "{{dose|100 µg of exosomes in 10 µL PBS}} were {{route,route_detail|injected into the lesion "
            "epicentre}} with a Hamilton syringe ({{frequency|single injection}}); vehicle rats received 10 µL "
            "PBS. In experiment 2 the same injection was made at day 28.",
            ("h", "Assessment"),
            "BBB scores were recorded weekly for eight weeks {{reported_blinded_assessment|by two blinded "
            "examiners}}, and the two raters' scores were averaged (hence two decimals).",
        ]),
        ("results", "Results", [
            "DLS gave a {{size_nm|mean hydrodynamic diameter of 87.5 nm}}; 3D culture raised the yield 3.1-fold.",
            ("table", "Table 2", "Experiment 1: BBB scores after intralesional injection at day 7 (mean ± SEM).", {
                "dp": 2, "split_at": 5,
                "grid": [
                    ["", "Vehicle (n = 9)", "2D-Exo (n = 9)", "3D-Exo (n = 9)"],
                    *[_row8(d) for d in W8],
                    ["Δ BBB, 8 − 1", "3.64", "4.41", "6.88"],
                ],
                "foot": "Rows are weeks after injury; week 1 was scored on the day of injection, before treatment. "
                        "* P < 0.05 vs vehicle and 2D-Exo.",
            }),
            "In experiment 2 (Table 3), 3D-Exo injected at day 28 raised the week-8 score to {bbb:3D-Exo (d28)@56} "
            "from {bbb:Vehicle (d28)@56} in vehicle rats (P = 0.08).",
            ("table", "Table 3", "Experiment 2: delayed injection at day 28 (mean ± SEM, n = 8).", {
                "grid": [
                    ["Group", "Wk 4", "Wk 5", "Wk 6", "Wk 7", "Wk 8"],
                    ["Vehicle (d28)", "{s:Vehicle (d28)@28}", "{s:Vehicle (d28)@35}", "{s:Vehicle (d28)@42}", "NA",
                     "{s:Vehicle (d28)@56}"],
                    ["3D-Exo (d28)", "{s:3D-Exo (d28)@28}", "{s:3D-Exo (d28)@35}", "{s:3D-Exo (d28)@42}", "NA",
                     "{s:3D-Exo (d28)@56}"],
                ],
                "foot": "Wk, weeks after injury. Week 4 was scored before injection. Week 7 was not assessed (NA).",
            }),
            "GFAP and TGF-β1 were lower and p-Smad3 reduced in the 3D-Exo group of experiment 1.",
        ]),
        ("discussion", "Discussion", [
            "Exosomes from spheroid cultures given one week after contusion improved BBB scores by about three "
            "points, more than monolayer exosomes. We suggest {{mechanism|attenuation of glial scar formation "
            "through suppression of TGF-β1/Smad3 signalling}}. Others reported DLS sizes of 110–130 nm for "
            "2D ADSC exosomes [14].",
        ]),
    ],
    references=POOL[:15],
    scores=Scores(
        outcome="BBB", err="sem",
        groups=[(VEH8, "control", 9), (EXO2D, "other", 9), (EXO3D, "treatment", 9),
                ("Vehicle (d28)", "control", 8), ("3D-Exo (d28)", "other", 8)],
        values={
            VEH8: series(W8, (3.12, 0.41), (4.05, 0.44), (4.88, 0.47), (5.46, 0.52), (5.97, 0.55), (6.31, 0.52),
                         (6.58, 0.57), (6.76, 0.58)),
            EXO2D: series(W8, (3.08, 0.39), (4.21, 0.46), (5.24, 0.50), (6.02, 0.49), (6.63, 0.53),
                          (7.05, 0.55), (7.34, 0.56), (7.49, 0.58)),
            EXO3D: series(W8, (3.17, 0.43), (4.66, 0.45), (6.02, 0.48), (7.35, 0.51), (8.41, 0.54),
                          (9.16, 0.56), (9.71, 0.55), (10.05, 0.57)),
            "Vehicle (d28)": series(W8B, (5.5, 0.5), (5.9, 0.5), (6.3, 0.6), (6.8, 0.6)),
            "3D-Exo (d28)": series(W8B, (5.4, 0.5), (6.4, 0.6), (7.2, 0.6), (8.0, 0.6)),
        }),
    back=[("Conflict of Interest", "{{reported_conflict_of_interest|No potential conflict of interest relevant "
           "to this article was reported}}.")],
    notes=["Two experiments: the delayed-treatment groups of experiment 2 are 'Vehicle (d28)' (control) and "
           "'3D-Exo (d28)' (other); gold dose/timing are experiment 1's."],
    footnote=FOOTNOTE,
)

STUDIES = [AZEVEDO, BAEK]
