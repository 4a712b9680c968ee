"""Studies 3-4: an accepted manuscript with scores in figure legends; a dose-ranging paper
with a landscape table.

Everything is invented. Prose markup: ``{{fields|quote}}`` (gold evidence) and
``{s:GROUP@DAY|shape}`` (a written score, see ``tokens.py``).
"""

# ruff: noqa: ISC004  (prose paragraphs are long strings continued over several lines)
from __future__ import annotations

from extgen.common import FOOTNOTE, POOL, TH
from extgen.model import Scores

from prosegen.record import ProseStudy

GMU = "\u03bc"
_WEEKS = (7, 14, 21, 28, 35, 42)

# --------------------------------------------------------------------------- 3
UDEH = ProseStudy(
    stem="udeh2023_hypoxic_hpmsc_sev_lumbarpuncture_ms",
    layout="single", habits=("lineno",),
    title="Hypoxia-primed placental mesenchymal stromal cell small extracellular vesicles delivered by "
          "lumbar puncture improve locomotor recovery after thoracic contusion in female rats",
    short_title="Udeh et al. – hypoxic hPMSC-sEV after SCI",
    authors=[("Chinonso", "Udeh"), ("Adaeze", "Okwuosa"), ("Babatunde", "Adewale"), ("Halima", "Bello"),
             ("Emeka", "Nwachukwu")],
    affiliations=["Department of Anatomy, College of Invented Health Sciences, Enugu",
                  "Regenerative Neuroscience Unit, Fictional University Teaching Hospital, Ibadan"],
    journal="West African Journal of Experimental Neuroscience",
    year=2023, volume="9(2):88–104",
    doi="10.5555/prose.wajen.2023.0088", pmid="99104003", pmcid="PMC99104003", received="2023-01-30",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 200, "high": 220},
        "n_per_group": 9, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor",
        "injury_level": "T10", "source_tissue": "placenta", "source_species": "human",
        "modification": "hypoxic preconditioning",
        "isolation_method": ["ultrafiltration", "ultracentrifugation"],
        "isolation_detail": "Amicon Ultra-15 100 kDa; 120,000 g 90 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD81", "TSG101", "HSP70", "GM130"],
        "size_nm": {"value": 104.0, "low": None, "high": None, "stat": "median", "method": "NTA"},
        "dose": {"amount": 1e10, "unit": "particles", "volume_ul": 10, "basis": "particles"},
        "route": "intrathecal", "route_detail": "lumbar puncture",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 6,
        "mechanism": "HIF-1α-dependent angiogenesis",
        "reported_blinded_assessment": True, "reported_sample_size_calculation": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Hypoxic priming is known to change the cargo of stromal cell vesicles. Whether it "
         "also changes their effect on the injured spinal cord when they are given into the "
         "cerebrospinal fluid is not well known."),
        ("Methods", "Small extracellular vesicles (sEV) were obtained from human placental MSC cultured in "
         "normoxia (Nx-sEV) or in 1% oxygen (Hx-sEV) and {{dose|1 × 10<sup>10</sup> particles}} were "
         "injected by lumbar puncture into female rats six hours after a 150 kdyn contusion. Hind-limb "
         "function was rated weekly for six weeks."),
        ("Results", "Hx-sEV out-performed Nx-sEV from the third week; at week 6 the BBB score was "
         "{s:Hx-sEV@42|m} in Hx-sEV rats and {s:Nx-sEV@42|m} in Nx-sEV rats (vehicle, {s:Vehicle@42|m})."),
        ("Conclusions", "A single intrathecal bolus of hypoxia-primed sEV is a feasible, cell-free option "
         "that deserves testing in chronic models."),
    ],
    keywords=["hypoxia", "placenta", "small extracellular vesicles", "intrathecal", "contusion"],
    sections=[
        ("intro", "Introduction", [
            "Traumatic spinal cord injury is frequent in our setting, where road traffic accidents on "
            "highways are the leading cause, and most patients present late to hospital [1]. Stromal cell "
            "secretome has been studied as therapy, but the cells themselves have problems of survival and "
            "of tumour risk [11].",
            "Extracellular vesicles are released by nearly all cells, and the small ones are usually said "
            "to measure 30–150 nm [2,4]. Low oxygen tension increases the vesicle yield of stromal cells "
            "and changes their microRNA content [9]. Lumbar puncture at L5–L6 is a simple way to reach the "
            "cerebrospinal fluid in rats [8]. We therefore compared primed and unprimed vesicles after a "
            "standard contusion.",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Ethics and animals"),
            "{{reported_welfare_compliance|The protocol was approved by the Animal Research Ethics "
            "Committee of the College (ARE/2021/044) and is reported according to ARRIVE 2.0}}. "
            "{{species,strain,sex,body_weight_g|Female Sprague-Dawley rats weighing 200 to 220 g}} were "
            "housed three per cage. {{reported_sample_size_calculation|Sample size was calculated with "
            "G*Power for a difference of 2 BBB points (SD 1.5, power 0.8, α 0.05)}}, which gave "
            "{{n_per_group|nine rats per group}}.",
            ("h", "Contusion"),
            "Rats were anaesthetised with isoflurane (3% induction, 1.5–2% maintenance in oxygen). After "
            "laminectomy of the ninth thoracic lamina, {{injury_model,injury_device,injury_level|a moderate "
            "contusion (150 kdyn) was made at vertebral level T10 with the Infinite Horizon impactor}}.",
            ("h", "Placental MSC and hypoxic priming"),
            "{{source_tissue,source_species|Human placental MSC (hPMSC)}} were bought from an invented "
            "supplier and used at passage 4. {{modification|For priming, cells were kept in 1% O<sub>2</sub>, "
            "5% CO<sub>2</sub> for 48 h (Hx-sEV); control cells stayed in 21% O<sub>2</sub> (Nx-sEV)}}.",
            ("h", "Vesicle isolation"),
            "Conditioned medium (about 500 ml per batch) was cleared at 2" + TH + "000 ×g for 20 min, "
            "{{isolation_method,isolation_detail|concentrated on Amicon Ultra-15 filters (100 kDa MWCO) and "
            "then spun at 120,000 ×g for 90 min}} (Type 70 Ti rotor); the pellet was washed once in PBS at "
            "the same speed.",
            ("h", "Vesicle characterisation"),
            "Size and concentration were measured by {{characterization|nanoparticle tracking analysis "
            "(ZetaView)}}, morphology by {{characterization|TEM}} and proteins by "
            "{{characterization|western blot}} using rabbit anti-CD81, anti-TSG101, anti-HSP70 and "
            "anti-GM130 (1:1" + TH + "000).",
            ("h", "Intrathecal injection"),
            "{{timing_post_injury_h|Six hours after injury}}, rats were briefly re-anaesthetised and "
            "{{route,route_detail|a 30G needle was inserted by lumbar puncture}} between L5 and L6; "
            "{{dose|1e10 particles in 10 ul PBS}} were infused over one minute as "
            "{{frequency|a single bolus}}. Vehicle rats got 10 ul PBS.",
            ("h", "Behaviour"),
            "The BBB open-field score was rated at weeks 1 to 6 by {{reported_blinded_assessment|two raters "
            "who did not know the treatment}}. Data are mean ± SEM.",
        ]),
        ("results", "Results", [
            "NTA gave a {{size_nm|median (X50) diameter of 104 nm}} for Hx-sEV and 109 nm for Nx-sEV, and "
            "Hx-sEV batches contained about twice as many particles per million cells. "
            "{{markers|CD81, TSG101 and HSP70 were present while GM130 was not detected}}.",
            "Week by week, the Hx-sEV rats moved ahead: at week 1 they scored {s:Hx-sEV@7}, at week 2 "
            "{s:Hx-sEV@14}, at week 3 {s:Hx-sEV@21} and at week 4 {s:Hx-sEV@28}. Vehicle rats were at "
            "{s:Vehicle@7} in week 1 and {s:Vehicle@28} in week 4, while Nx-sEV rats stood in-between "
            "({s:Nx-sEV@28} at week 4).",
            ("figure", "Figure 3", "BBB scores over six weeks. At week 6: Hx-sEV {s:Hx-sEV@42} vs Nx-sEV "
             "{s:Nx-sEV@42} vs Vehicle {s:Vehicle@42} (mean ± SEM, n = 9 rats per group; two-way ANOVA, "
             "P < 0.01 Hx-sEV vs Vehicle from week 3).",
             {"days": list(_WEEKS), "groups": ["Vehicle", "Nx-sEV", "Hx-sEV"], "x": "weeks"}),
            "HIF-1α and CD31-positive vessel density at the epicentre were higher with Hx-sEV (P < 0.05).",
        ]),
        ("discussion", "Discussion", [
            "The main finding is that hypoxic priming adds to the benefit of placental vesicles, probably by "
            "{{mechanism|HIF-1α-dependent angiogenesis}}. A study using 2 × 10<sup>11</sup> particles "
            "intravenously reported BBB of 13 at six weeks [5], which is higher than in our rats, but their "
            "impact was lighter.",
            "Our study has limitations: one dose, one time point and female rats only.",
        ]),
    ],
    references=POOL[:11],
    scores=Scores("BBB", "sem", [("Vehicle", "control", 9), ("Nx-sEV", "other", 9), ("Hx-sEV", "treatment", 9)], {
        "Vehicle": dict(zip(_WEEKS, [(1.2, 0.3), (3.0, 0.4), (4.6, 0.5), (5.8, 0.5), (6.5, 0.6), (7.0, 0.6)])),
        "Nx-sEV": dict(zip(_WEEKS, [(1.4, 0.3), (3.6, 0.4), (5.7, 0.5), (7.1, 0.6), (8.0, 0.6), (8.6, 0.7)])),
        "Hx-sEV": dict(zip(_WEEKS, [(1.5, 0.3), (4.2, 0.5), (6.9, 0.5), (8.8, 0.6), (9.9, 0.6), (10.7, 0.7)])),
    }),
    back=[("Competing interests", "{{reported_conflict_of_interest|None declared}}."),
          ("Data availability", "Raw scores are available from the corresponding author on request.")],
    footnote=FOOTNOTE,
)

# --------------------------------------------------------------------------- 4
_V_WEEKS = (7, 14, 21, 28, 35, 42, 49, 56)
_V_GROUPS = [("Sham", "sham"), ("Vehicle", "control"), ("ADSC-Exo 25 µg", "other"),
             ("ADSC-Exo 50 µg", "other"), ("ADSC-Exo 100 µg", "treatment")]
_V_VALUES = {
    "Sham": [(21.0, 0.0)] * 8,
    "Vehicle": [(1.8, 0.9), (3.9, 1.2), (5.4, 1.4), (6.6, 1.5), (7.3, 1.6), (7.8, 1.6), (8.1, 1.7), (8.3, 1.7)],
    "ADSC-Exo 25 µg": [(1.9, 1.0), (4.2, 1.3), (5.9, 1.4), (7.2, 1.5), (8.0, 1.6), (8.5, 1.6), (8.8, 1.7), (9.0, 1.7)],
    "ADSC-Exo 50 µg": [(2.0, 0.9), (4.8, 1.2), (6.9, 1.3), (8.4, 1.4), (9.3, 1.5), (9.9, 1.5), (10.3, 1.6), (10.5, 1.6)],
    "ADSC-Exo 100 µg": [(2.1, 1.0), (5.3, 1.2), (7.8, 1.3), (9.6, 1.4), (10.8, 1.5), (11.5, 1.5), (12.0, 1.6), (12.2, 1.6)],
}


def _v_row(group: str) -> list[str]:
    return [f"{group} (n = 12)", "21.0 (0.0)", *[f"{{s:{group}@{d}|paren}}" for d in _V_WEEKS]]


VUKOVIC = ProseStudy(
    stem="vukovic2020_radsc_exo_doselevels_jugular_weekly",
    layout="twocol", habits=("footer",),
    title="Dose–response of adipose-derived mesenchymal stem cell exosomes given weekly through the jugular "
          "vein after weight-drop spinal cord contusion in rats",
    short_title="Vuković et al.",
    authors=[("Milica", "Vuković"), ("Nemanja", "Stojanović"), ("Jelena", "Marković-Ilić"), ("Dragan", "Pavlov")],
    affiliations=["Institute for Invented Medical Research, Department of Neurophysiology, Novi Sad",
                  "Faculty of Fictional Medicine, Belgrade"],
    journal="Balkan Archives of Experimental Neurology",
    year=2020, volume="61(4):331–345",
    doi="10.5555/prose.baen.2020.331", pmid="99104004", pmcid="PMC99104004", received="2020-05-06",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male", "body_weight_g": {"low": 280, "high": 320},
        "n_per_group": 12, "injury_model": "contusion", "injury_device": "weight drop",
        "injury_level": "T9-T10", "source_tissue": "adipose", "source_species": "rat",
        "isolation_method": ["ultrafiltration", "size_exclusion"], "isolation_detail": "Amicon 10 kDa; qEVoriginal 70 nm",
        "characterization": ["DLS", "TEM", "western_blot"], "markers": ["CD9", "CD81", "Alix"],
        "size_nm": {"value": 132.5, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 300, "basis": "protein"},
        "route": "intravenous", "route_detail": "jugular vein",
        "frequency": {"doses": 4, "interval_h": 168}, "timing_post_injury_h": 24,
        "mechanism": "suppression of A1 astrocyte activation",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True,
    },
    abstract=[
        ("Objective", "To determine if the effect of exosomes derived from rat adipose mesenchymal stem cells "
         "(ADSC-Exo) on the locomotor recovery after contusion of spinal cord is dose-dependent."),
        ("Methods", "Male Wistar rats with weight-drop injury of the spinal cord received 25, 50 or 100 µg "
         "of ADSC-Exo, or vehicle, into the jugular vein once in a week during four weeks, beginning one "
         "day after injury. BBB was followed during eight weeks."),
        ("Results", "There was clear dose-response. With the highest dose, rats recovered to "
         "{s:ADSC-Exo 100 µg@56|m} points at week 8, and vehicle-treated rats to {s:Vehicle@56|m} points."),
    ],
    keywords=["adipose-derived stem cells", "exosomes", "dose–response", "spinal cord contusion", "astrocytes"],
    sections=[
        ("intro", "Introduction", [
            "Every year, the spinal cord injury hits a large number of young persons, and the consequences "
            "are heavy for the persons and also for the society [1]. The secondary damage, which develops "
            "during days and weeks, is the target of the most of experimental therapies [3,7].",
            "Exosomes are extracellular vesicles with diameter between 30 and 150 nm [2]. In the previous "
            "works with exosomes in rats, the doses were from 20 to 400 µg, and only seldom more than one "
            "dose was tested in the same experiment [11]. This was the reason for our study.",
        ]),
        ("methods", "Material and methods", [
            ("h", "Experimental animals"),
            "The investigation was done on {{species,strain,sex|male Wistar rats}}, "
            "{{body_weight_g|body mass 280–320 g}}, which were kept in standard conditions of vivarium. "
            "{{reported_welfare_compliance|All the procedures were in accordance with Directive "
            "2010/63/EU and were approved by the Ethical Commission of the Institute (No. 04-112/19)}}. "
            "Sixty rats were {{reported_randomisation|randomised by drawing of lots}} into five groups "
            "({{n_per_group|12 rats in every group}}): Sham, Vehicle, and three doses of ADSC-Exo.",
            ("h", "Model of injury"),
            "In the anaesthesia (ketamine 90 mg/kg, xylazine 10 mg/kg), the laminectomy was made at T9, and "
            "{{injury_model,injury_device,injury_level|the contusion at level of T9–T10 was done with the "
            "weight drop device of Allen modification (10 g from 25 mm)}}.",
            ("h", "Obtaining of exosomes"),
            "{{source_tissue,source_species|ADSC were isolated from the inguinal fat of rats}} by the "
            "collagenase digestion, and they were cultivated to the third passage. The conditioned medium "
            "was centrifuged at 2000 g for 30 min, concentrated by ultrafiltration and "
            "{{isolation_method,isolation_detail|separated on qEVoriginal 70 nm columns (Izon) after "
            "concentration with Amicon 10 kDa filters}}; fractions 7–9 were pooled.",
            ("h", "Characterisation"),
            "The diameter was determined by {{characterization|dynamic light scattering}} (Zetasizer Nano "
            "ZS), the shape by {{characterization|TEM}}, and the markers by {{characterization|Western "
            "blot}}.",
            ("h", "Application of exosomes"),
            "The exosomes, {{dose|100 µg of protein in 300 µL of saline}} for the high dose (and 25 or 50 "
            "µg in the same volume for the low and middle doses), were applied "
            "{{route,route_detail|into the right external jugular vein}} through a catheter "
            "{{frequency|once in a week during four weeks}}, the first application being "
            "{{timing_post_injury_h|one day after the injury}}. The high dose was defined in advance as the "
            "main comparison with the vehicle.",
            ("h", "Locomotor assessment"),
            "The BBB test was done before injury and each week until week 8, by "
            "{{reported_blinded_assessment|two examiners which were not informed about the groups}}. "
            "Results are given as mean (SD).",
        ]),
        ("results", "Results", [
            "The exosomes had the {{size_nm|mean diameter of 132.5 nm by DLS}}, with the polydispersity "
            "index 0.21, and {{markers|they were positive on CD9, CD81 and Alix}}.",
            "All the injured rats had score 0 to 1 on the first day. The recovery was dose-dependent (Table "
            "2): in the eighth week the rats with 100 µg achieved {s:ADSC-Exo 100 µg@56|paren}, the rats "
            "with 50 µg {s:ADSC-Exo 50 µg@56|paren}, and the rats with 25 µg {s:ADSC-Exo 25 µg@56|paren}, "
            "which last was not different from the vehicle {s:Vehicle@56|paren}. A score of "
            "{s:ADSC-Exo 100 µg@28|paren} was reached with the high dose already in the fourth week.",
            ("xtable", "Table 2", "BBB score in the groups before and after the injury, mean (SD).", {
                "head": [["Group", "Before injury", "Weeks after SCI", "", "", "", "", "", "", ""],
                         ["", "", "1", "2", "3", "4", "5", "6", "7", "8"]],
                "spans": [(0, 0, 0, 1), (1, 0, 1, 1), (2, 0, 9, 0)],
                "rows": [_v_row(g) for g, _ in _V_GROUPS],
                "widths": [2.2, 1.2] + [1] * 8,
                "landscape": True,
                "foot": "Vehicle: saline. Doses are µg of exosomal protein per injection. The pre-injury "
                        "scores are the baseline of all rats.",
            }),
            "GFAP and C3-positive astrocytes around the lesion were fewer in the high-dose group.",
        ]),
        ("discussion", "Discussion", [
            "In this study, we showed that the effect of ADSC-Exo depends on the dose, and that the "
            "mechanism likely includes {{mechanism|suppression of A1 astrocyte activation}}. Other authors "
            "gave 200 µg once and found BBB about 11 in the fourth week [5]; our 100 µg given weekly gave "
            "similar values.",
        ]),
    ],
    references=POOL[:12],
    scores=Scores("BBB", "sd", [(g, a, 12) for g, a in _V_GROUPS],
                  {g: dict(zip(_V_WEEKS, v)) for g, v in _V_VALUES.items()}),
    back=[("Acknowledgments", "This work was supported by an invented Ministry grant No. 451-03-00/2019.")],
    footnote=FOOTNOTE,
)
