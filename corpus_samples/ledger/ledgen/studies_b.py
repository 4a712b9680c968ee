"""Ledger studies 3-4 (extgen's single / twocol layouts). Everything here is invented."""

from __future__ import annotations

from extgen.common import FOOTNOTE, POOL, TH
from extgen.model import Scores

from ledgen.grid import LStudy


def series(days: list[float], *pairs: tuple[float, float]) -> dict[float, tuple[float, float]]:
    return dict(zip(days, pairs, strict=True))


# --------------------------------------------------------------------------------------
# 3. Chinese lab: two experiments, two tables with different groups (a dose-finding pilot
#    by week, then the main study by day with the unit in every header cell), letter
#    markers, "ND", and a "difference vs PBS (95% CI)" row that is not a score.
# --------------------------------------------------------------------------------------
W3 = [7.0, 14.0, 28.0]
D3 = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]
DONG = LStudy(
    stem="dong2019_rbmsc_exo_mir338_dosefinding",
    layout="single",
    title="Exosomes from miR-338-5p-overexpressing bone marrow mesenchymal stem cells promote "
          "functional recovery after spinal cord contusion by suppressing Cnr1-mediated apoptosis",
    short_title="Dong et al. · miR-338-5p exosomes in SCI",
    authors=[("Yuxin", "Dong"), ("Hao", "Qiu"), ("Meiling", "Tang"), ("Jianwei", "Luo"), ("Fang", "Ye")],
    affiliations=["Department of Orthopaedics, Second Hospital of Jiangnan Medical University (invented), Wuxi",
                  "Key Laboratory of Spinal Repair, Huaxi Institute (invented), Chengdu"],
    journal="Journal of Spinal Regeneration and Repair",
    year=2019,
    volume="7:e0219",
    doi="10.5555/jsrr.2019.0219",
    pmid="99100803",
    pmcid="PMC9910803",
    received="2019-01-23",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 220, "high": 250},
        "n_per_group": 10, "injury_model": "contusion", "injury_device": "MASCIS impactor",
        "injury_level": "T10", "source_tissue": "bone_marrow", "source_species": "rat",
        "modification": "miR-338-5p overexpression",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 × g 70 min, twice",
        "characterization": ["TEM", "NTA", "western_blot"],
        "markers": ["CD9", "CD81", "TSG101", "calnexin"],
        "size_nm": {"value": 96.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 200, "unit": "ug", "volume_ul": 200, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0,
        "mechanism": "miR-338-5p targeting Cnr1 to inhibit cAMP/Rap1-mediated neuronal apoptosis",
        "reported_randomisation": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Objective", "To test whether exosomes from bone marrow mesenchymal stem cells (BMSCs) that "
         "overexpress miR-338-5p improve recovery after spinal cord injury (SCI) and to define the dose."),
        ("Methods", "A pilot dose-finding experiment compared 50, 100 and 200 µg of native BMSC exosomes; the "
         "main experiment compared sham, SCI + PBS, BMSC-Exo and miR-338-Exo groups (n = 10)."),
        ("Results", "miR-338-Exo raised BBB scores above those of native exosomes from day 14, reduced "
         "TUNEL-positive neurons and lowered Cnr1 and cleaved caspase-3."),
        ("Conclusions", "miR-338-5p loading increases the benefit of BMSC exosomes after contusion."),
    ],
    keywords=["miR-338-5p", "BMSC", "exosomes", "Cnr1", "apoptosis", "spinal cord injury"],
    sections=[
        ("intro", "Introduction", [
            "Neuronal apoptosis is a major contributor to secondary damage after spinal cord injury [3]. "
            "Exosomes (40–160 nm) released by BMSCs deliver microRNAs to injured tissue [2,15], and loading "
            "them with a chosen miRNA can strengthen their effect. Exosomes engineered to carry miR-133b "
            "improved BBB scores to about 10 at four weeks in rats [5].",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals"),
            "{{sex,strain,species|Female Sprague-Dawley rats}} ({{body_weight_g|220–250 g}}) were supplied by "
            "the university animal centre. {{reported_welfare_compliance|The Animal Care and Use Committee of "
            "Jiangnan Medical University approved all procedures (No. JN-2017-088)}}. Rats were "
            "{{reported_randomisation|randomly divided}} into the groups of each experiment "
            "({{n_per_group|n = 10 per group}} in the main experiment, n = 6 in the pilot).",
            ("h", "SCI model"),
            "A T9–T11 laminectomy exposed the cord, and {{injury_model,injury_device|a moderate contusion "
            "(10 g × 25 mm) was delivered with the MASCIS impactor}} {{injury_level|at T10}}. Sham rats "
            "received the laminectomy alone.",
            ("h", "BMSC culture, transfection and exosome isolation"),
            "{{source_species,source_tissue|BMSCs were flushed from the femurs of 4-week-old SD rats}} and used "
            "at passages 3–5. For {{modification|miR-338-5p overexpression}}, cells were transduced with a "
            "lentivirus carrying the miR-338-5p precursor (MOI 50). Supernatants collected after 48 h in "
            "exosome-free medium were centrifuged at 300 × g, 2000 × g and 10" + TH + "000 × g, and exosomes "
            "were pelleted {{isolation_method,isolation_detail|by ultracentrifugation at 100,000 × g for "
            "70 min, twice}}.",
            "Exosomes were identified by {{characterization|transmission electron microscopy (TEM)}}, "
            "{{characterization|nanoparticle tracking analysis (NTA)}} and {{characterization|western "
            "blot}} for {{markers|CD9, CD81, TSG101 and the negative marker calnexin}}.",
            ("h", "Experimental design and treatment"),
            "Experiment 1 (dose finding): native BMSC exosomes at 50, 100 or 200 µg, or PBS. Experiment 2 "
            "(main study): sham, SCI + PBS, BMSC-Exo and miR-338-Exo. In both experiments "
            "{{dose,route,route_detail|200 µg of exosomes in 200 µL of PBS were injected into the tail "
            "vein}} (or the pilot dose in the same volume) {{timing_post_injury_h,frequency|once, "
            "immediately after injury}}.",
            ("h", "Behavioural testing"),
            "BBB scores were recorded by two trained observers in an open field at the time points shown "
            "in Tables 1 and 2. In vitro, PC12 cells under H<sub>2</sub>O<sub>2</sub> were given 20 µg/mL "
            "exosomes for 24 h.",
            ("h", "Statistical analysis"),
            "Values are mean ± SD. Two-way ANOVA with Tukey's test was used; P < 0.05 was significant.",
        ]),
        ("results", "Results", [
            ("h", "Characterisation of exosomes"),
            "TEM showed cup-shaped vesicles and {{size_nm|NTA showed a peak at 96 nm}}; miR-338-5p was 14-fold "
            "higher in miR-338-Exo than in native exosomes.",
            ("h", "Dose finding"),
            "In the pilot, BBB scores rose with dose (Table 1); 200 µg gave the highest week-4 score "
            "({bbb:Exo 200 µg@28}) and was chosen for experiment 2.",
            ("table", "Table 1", "Experiment 1: BBB scores of the dose-finding pilot (n = 6 per group).", {
                "grid": [
                    ["Time", "PBS (pilot)", "Exo 50 µg", "Exo 100 µg", "Exo 200 µg"],
                    ["Week 1", "{s:PBS (pilot)@7}", "{s:Exo 50 µg@7}", "{s:Exo 100 µg@7}", "{s:Exo 200 µg@7}"],
                    ["Week 2", "{s:PBS (pilot)@14}", "{s:Exo 50 µg@14}", "{s:Exo 100 µg@14}", "{s:Exo 200 µg@14}"],
                    ["Week 4", "{s:PBS (pilot)@28}", "{s:Exo 50 µg@28}", "{s:Exo 100 µg@28}", "{s:Exo 200 µg@28}"],
                ],
                "rules": "grid",
            }),
            ("h", "miR-338-Exo improve locomotor recovery"),
            "All injured rats were paraplegic on day 1. From day 14 onwards, miR-338-Exo rats scored higher than "
            "BMSC-Exo rats, which in turn scored higher than SCI + PBS rats (Table 2).",
            ("table", "Table 2", "Experiment 2: BBB scores (mean ± SD; n = 10).", {
                "grid": [
                    ["Group", "1 d", "3 d", "7 d", "14 d", "21 d", "28 d"],
                    ["Sham", "ND", "ND", "{s:Sham@7|bare}", "{s:Sham@14|bare}", "{s:Sham@21|bare}", "{s:Sham@28|bare}"],
                    ["SCI + PBS", "{s:SCI + PBS@1}", "{s:SCI + PBS@3}", "{s:SCI + PBS@7}", "{s:SCI + PBS@14}",
                     "{s:SCI + PBS@21}", "{s:SCI + PBS@28}"],
                    ["BMSC-Exo", "{s:BMSC-Exo@1}", "{s:BMSC-Exo@3}", "{s:BMSC-Exo@7}", "{s:BMSC-Exo@14}<sup>a</sup>",
                     "{s:BMSC-Exo@21}<sup>a</sup>", "{s:BMSC-Exo@28}<sup>a</sup>"],
                    ["miR-338-Exo", "{s:miR-338-Exo@1}", "{s:miR-338-Exo@3}", "{s:miR-338-Exo@7}",
                     "{s:miR-338-Exo@14}<sup>ab</sup>", "{s:miR-338-Exo@21}<sup>ab</sup>",
                     "{s:miR-338-Exo@28}<sup>ab</sup>"],
                    ["Difference, miR-338-Exo vs PBS (95% CI)", "0.1 (−0.3 to 0.5)", "0.4 (−0.5 to 1.3)",
                     "1.5 (0.2 to 2.8)", "3.6 (2.1 to 5.1)", "4.3 (2.9 to 5.7)", "4.9 (3.4 to 6.4)"],
                ],
                "foot": "ND, not determined (sham rats were first tested on day 7). <sup>a</sup>P < 0.05 vs "
                        "SCI + PBS; <sup>b</sup>P < 0.05 vs BMSC-Exo.",
            }),
            ("h", "Mechanism"),
            "Luciferase assays confirmed Cnr1 as a direct target of miR-338-5p; miR-338-Exo reduced Cnr1, "
            "cAMP and cleaved caspase-3 in the cord at day 7.",
        ]),
        ("discussion", "Discussion", [
            "Our findings indicate that miR-338-5p carried by BMSC exosomes protects neurons by "
            "{{mechanism|targeting Cnr1 and inhibiting cAMP/Rap1-mediated neuronal apoptosis}}. Other groups "
            "injected 100 µg/day for 3 days [5] or 1 × 10<sup>11</sup> particles [11], and vesicles around "
            "120 nm were reported by NTA elsewhere [14]; our dose was chosen from our own pilot.",
            "The pilot used only six rats per group and the observers were not described as blinded.",
        ]),
    ],
    references=[POOL[0], POOL[1], POOL[2], POOL[3], POOL[4], POOL[5], POOL[6], POOL[7], POOL[8], POOL[9],
                POOL[10], POOL[11], POOL[12], POOL[13], POOL[14]],
    scores=Scores(
        outcome="BBB", err="sd",
        groups=[("PBS (pilot)", "control", 6), ("Exo 50 µg", "other", 6), ("Exo 100 µg", "other", 6),
                ("Exo 200 µg", "other", 6), ("Sham", "sham", 10), ("SCI + PBS", "control", 10),
                ("BMSC-Exo", "other", 10), ("miR-338-Exo", "treatment", 10)],
        values={
            "PBS (pilot)": series(W3, (2.9, 0.8), (5.1, 1.0), (7.2, 1.1)),
            "Exo 50 µg": series(W3, (3.1, 0.9), (5.6, 1.2), (7.9, 1.3)),
            "Exo 100 µg": series(W3, (3.4, 0.7), (6.3, 1.1), (8.8, 1.2)),
            "Exo 200 µg": series(W3, (3.8, 0.9), (7.0, 1.0), (9.9, 1.1)),
            "Sham": {7.0: (21.0, 0.0), 14.0: (21.0, 0.0), 21.0: (21.0, 0.0), 28.0: (21.0, 0.0)},
            "SCI + PBS": series(D3, (0.4, 0.3), (1.2, 0.6), (3.0, 0.9), (5.2, 1.1), (6.6, 1.2), (7.5, 1.3)),
            "BMSC-Exo": series(D3, (0.5, 0.4), (1.5, 0.7), (3.9, 1.0), (6.9, 1.2), (8.6, 1.1), (9.8, 1.2)),
            "miR-338-Exo": series(D3, (0.5, 0.3), (1.6, 0.8), (4.5, 1.1), (8.8, 1.3), (10.9, 1.4), (12.4, 1.3)),
        }),
    back=[("Competing interests", "{{reported_conflict_of_interest|The authors declare that they have no "
           "competing interests}}."),
          ("Authors' contributions", "YD and HQ designed the study; MT and JL performed experiments; FY "
           "supervised the work.")],
    notes=["Dose-finding pilot (Table 1) groups are arm 'other' except its PBS group; the gold dose is "
           "the main experiment's 200 µg."],
    footnote=FOOTNOTE,
)


# --------------------------------------------------------------------------------------
# 4. US lab: intranasal, age only (no weight), "mean±SEM" cells without spaces, time unit
#    only in the caption, long descriptive group labels with dose and route, "NA" cells, a
#    cytokine table (no scores), and a figure legend that writes values as numbers.
# --------------------------------------------------------------------------------------
D4 = [1.0, 4.0, 7.0, 14.0, 21.0, 35.0]
VEH = "Vehicle (saline, 3 × 20 µL i.n.)"
EVL = "hPMSC-EV (3E9 particles/dose, i.n.)"
FAIRBANKS = LStudy(
    stem="fairbanks2018_hpmsc_ev_intranasal",
    layout="twocol",
    title="Repeated intranasal delivery of placental mesenchymal stromal cell extracellular vesicles "
          "after thoracic spinal cord contusion in rats",
    short_title="Fairbanks et al.",
    authors=[("Caleb J.", "Fairbanks"), ("Mónica", "Arreola"), ("Derek", "Whitcombe"), ("Priya", "Raman"),
             ("Eleanor B.", "Stroud")],
    affiliations=["Department of Neurological Surgery, Great Lakes University School of Medicine (invented), "
                  "Ann Arbor, MI, USA",
                  "Center for Translational Neurotrauma, Mid-Atlantic Research Institute (invented), Baltimore, MD, USA"],
    journal="Journal of Neurotrauma Methods and Therapy",
    year=2018,
    volume="35(18)",
    doi="10.5555/jnmt.2018.0671",
    pmid="99100804",
    pmcid="PMC9910804",
    received="2018-03-02",
    values={
        "species": "rat", "strain": "Long-Evans", "sex": "female",
        "n_per_group": 9, "injury_model": "contusion", "injury_device": "MASCIS impactor",
        "injury_level": "T9-T10", "source_tissue": "placenta", "source_species": "human",
        "isolation_method": ["tangential_flow", "ultracentrifugation"],
        "isolation_detail": "TFF 500 kDa, 118,000 × g 2 h",
        "characterization": ["NTA", "TEM", "western_blot"],
        "markers": ["CD63", "CD81", "syntenin", "calnexin"],
        "size_nm": {"value": 131.0, "low": None, "high": None, "stat": "median", "method": "NTA"},
        "dose": {"amount": 3_000_000_000, "unit": "particles", "volume_ul": 20, "basis": "particles"},
        "route": "intranasal", "route_detail": "nostrils, alternating",
        "frequency": {"doses": 3, "interval_h": 24}, "timing_post_injury_h": 2,
        "mechanism": "reduced neuroinflammation (IL-1β, TNF-α) and preserved white matter",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Intranasal administration could make vesicle therapy practical after spinal cord injury. Adult "
         "female Long-Evans rats received a MASCIS contusion and three daily intranasal doses of human "
         "placental MSC extracellular vesicles (hPMSC-EVs) starting 2 h after injury. Treated rats reached "
         "higher BBB scores from week 2, spared more white matter and had lower IL-1β and TNF-α at day 4."),
    ],
    keywords=["intranasal", "placenta", "extracellular vesicles", "contusion", "BBB"],
    sections=[
        ("intro", "Introduction", [
            "Systemic vesicle injections lose much of the dose to liver and spleen [6]. The nasal route reaches "
            "the cerebrospinal fluid within an hour in rodents [8]. Extracellular vesicles are defined "
            "operationally as particles of 50–200 nm released by cells [4], and placental stromal cells "
            "produce them in large numbers [1].",
        ]),
        ("methods", "Methods", [
            ("h", "Animals and surgery"),
            "{{sex,species,strain|Female Long-Evans rats}} (10–12 weeks old; Envigo) were housed in pairs. "
            "{{reported_welfare_compliance|Procedures were approved by the Institutional Animal Care and Use "
            "Committee and followed the NIH Guide for the Care and Use of Laboratory Animals}}. A "
            "{{injury_model,injury_device|moderate contusion (10 g, 12.5 mm) was produced with the MASCIS "
            "impactor}} after laminectomy {{injury_level|at T9–T10}}.",
            "{{reported_sample_size_calculation|Group size was based on a power calculation}} (80% power to "
            "detect a 2.5-point BBB difference, SD 1.8), giving {{n_per_group|nine rats per group}}. "
            "{{reported_randomisation|Rats were randomized after injury with sealed envelopes}}.",
            ("h", "Vesicle production"),
            "{{source_species,source_tissue|Human placental MSCs (chorionic villi, term placentas)}} were "
            "expanded in a hollow-fibre bioreactor. Conditioned medium was concentrated "
            "{{isolation_method,isolation_detail|by tangential flow filtration (500 kDa) and pelleted at "
            "118,000 × g for 2 h}}. Vesicles were analysed by {{characterization|NTA}} (NanoSight LM10), "
            "{{characterization|TEM}} and {{characterization|western blot}} for "
            "{{markers|CD63, CD81 and syntenin; calnexin was absent}}.",
            ("h", "Intranasal dosing"),
            "Rats were held supine under light isoflurane and received "
            "{{dose|3 × 10<sup>9</sup> particles in 20 µL}} saline per dose, "
            "{{route,route_detail|given intranasally as 5-µL drops alternating between nostrils}}, "
            "{{timing_post_injury_h,frequency|at 2 h after injury and then every 24 h for a total of three "
            "doses}}. Vehicle rats received saline on the same schedule.",
            ("h", "Outcome measures"),
            "Open-field locomotion was scored using the BBB scale "
            "{{reported_blinded_assessment|by two raters blinded to treatment}} at 1, 4, 7, 14, 21 and 35 "
            "days. Cytokines were measured by multiplex ELISA in cord homogenates at day 4 (n = 5).",
        ]),
        ("results", "Results", [
            "hPMSC-EVs had a {{size_nm|median diameter of 131 nm (NTA)}}. One vehicle rat was euthanized on "
            "day 9 for autophagia and one EV rat was lost to a bladder rupture on day 16 (Table 1).",
            ("table", "Table 1", "BBB scores by days after SCI (mean±SEM).", {
                "grid": [
                    ["", "1", "4", "7", "14", "21", "35"],
                    ["Uninjured (laminectomy)", "{s:Uninjured (laminectomy)@1|bare}", "NA", "NA", "NA", "NA",
                     "{s:Uninjured (laminectomy)@35|bare}"],
                    [VEH, "{s:" + VEH + "@1|tight}", "{s:" + VEH + "@4|tight}", "{s:" + VEH + "@7|tight}",
                     "{s:" + VEH + "@14|tight}", "{s:" + VEH + "@21|tight}", "{s:" + VEH + "@35|tight}"],
                    [EVL, "{s:" + EVL + "@1|tight}", "{s:" + EVL + "@4|tight}", "{s:" + EVL + "@7|tight}",
                     "{s:" + EVL + "@14|tight}†", "{s:" + EVL + "@21|tight}†", "{s:" + EVL + "@35|tight}‡"],
                    ["n lost", "0 / 0", "0 / 0", "0 / 0", "1 / 0", "1 / 1", "1 / 1"],
                ],
                "font": 7,
                "foot": "NA, not assessed. n lost, cumulative losses (vehicle / EV). †p < 0.05, ‡p < 0.01 "
                        "(mixed model, Sidak).",
            }),
            "Cytokines at day 4 are in Table 2; white-matter sparing at day 35 was 38.2 ± 3.1% in EV rats "
            "versus 27.5 ± 2.8% in vehicle rats.",
            ("table", "Table 2", "Cord cytokines at day 4 (pg/mg protein, mean±SEM, n = 5).", {
                "grid": [
                    ["Cytokine", "Vehicle", "hPMSC-EV", "p"],
                    ["IL-1β", "21.3±2.9", "12.8±1.7", "0.03"],
                    ["TNF-α", "14.6±1.8", "8.1±1.2", "0.01"],
                    ["IL-6", "88.2±9.5", "61.0±7.7", "0.06"],
                    ["IL-10", "9.4±1.1", "13.9±1.6", "0.04"],
                ],
            }),
            ("figure", "Figure 2", "BBB open-field scores over 35 days. By day 35 EV-treated rats scored "
             "{bbb:" + EVL + "@35} and vehicle rats {bbb:" + VEH + "@35} (mean ± SEM).",
             {"days": [1.0, 4.0, 7.0, 14.0, 21.0, 35.0], "groups": [VEH, EVL]}),
        ]),
        ("discussion", "Discussion", [
            "Three intranasal doses improved locomotion by about three BBB points. Intravenous studies used "
            "1 × 10<sup>10</sup> particles or 200 µg [5] and reported final scores near 12. Our data point to "
            "{{mechanism|reduced neuroinflammation (lower IL-1β and TNF-α) and preserved white matter}} as "
            "the basis.",
        ]),
    ],
    references=[POOL[15], POOL[0], POOL[2], POOL[3], POOL[4], POOL[5], POOL[6], POOL[7], POOL[11]],
    scores=Scores(
        outcome="BBB", err="sem",
        groups=[("Uninjured (laminectomy)", "sham", None), (VEH, "control", 9), (EVL, "treatment", 9)],
        values={
            "Uninjured (laminectomy)": {1.0: (21.0, 0.0), 35.0: (21.0, 0.0)},
            VEH: series(D4, (0.5, 0.2), (2.1, 0.4), (3.6, 0.5), (6.2, 0.6), (7.7, 0.6), (8.9, 0.7)),
            EVL: series(D4, (0.6, 0.2), (2.4, 0.5), (4.3, 0.6), (8.1, 0.6), (10.2, 0.7), (11.8, 0.6)),
        }),
    n_at={(VEH, 14.0): 8, (VEH, 21.0): 8, (VEH, 35.0): 8, (EVL, 21.0): 8, (EVL, 35.0): 8},
    back=[("Author Disclosure Statement", "{{reported_conflict_of_interest|No competing financial interests "
           "exist}}."),
          ("Funding", "Invented foundation grant SCI-2016-03.")],
    footnote=FOOTNOTE,
)

STUDIES = [DONG, FAIRBANKS]
