"""Digest studies, second batch (everything invented; no sentence from real papers)."""
# ruff: noqa: ISC004  (prose paragraphs are long strings split over lines inside block lists)

from __future__ import annotations

from extgen.common import GMU
from extgen.model import Study

from dgen.base import FOOTNOTE, grid, refs, scores

# ---------------------------------------------------------------------------------------------
# 5. Marchand 2019: "between days 7 and 14 ... reaching", "peaked at", last assessment (day 56),
#    a TEM range only, intralesional injection, accepted-manuscript line numbers.
# ---------------------------------------------------------------------------------------------
_D5 = [1, 7, 14, 28, 42, 56]
_S5 = scores("BBB", "sem", [("Sham", "sham", 7), ("SCI", "control", 10), ("MenSC-Exo", "treatment", 10)],
             grid(_D5, {
                 "Sham": [(21.0, 0.0)] * 6,
                 "SCI": [(0.3, 0.1), (2.4, 0.4), (4.6, 0.6), (6.5, 0.7), (7.3, 0.7), (7.6, 0.8)],
                 "MenSC-Exo": [(0.4, 0.2), (3.5, 0.5), (7.1, 0.6), (9.8, 0.7), (10.9, 0.8), (10.7, 0.8)],
             }))

MARCHAND = Study(
    stem="marchand2019_mensc_exo_weightdrop_intralesional_manuscript",
    layout="single",
    title="Intralesional exosomes from menstrual blood-derived stromal cells after weight-drop injury of the "
          "rat spinal cord",
    short_title="Marchand et al. (accepted manuscript)",
    authors=[("Claire", "Marchand"), ("Kofi", "Asante"), ("Ines", "Barbosa"), ("Yann", "Le Goff")],
    affiliations=["Laboratoire de Neurobiologie Réparatrice, Université Imaginaire de Rennes (fictional)",
                  "School of Biomedical Sciences, Invented University of Kumasi (fictional)"],
    journal="Experimental Cord Research",
    year=2019,
    volume="41:102–117",
    doi="10.5555/ecr.2019.041.102",
    pmid="99452005",
    pmcid="PMC99452005",
    received="2018-09-30",
    values={
        "species": "rat", "strain": "Long-Evans", "sex": "female",
        "body_weight_g": {"low": 200, "high": 240}, "n_per_group": 10,
        "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T9-T10",
        "source_tissue": "menstrual_blood", "source_species": "human",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "110,000 g 2 h",
        "characterization": ["TEM", "western_blot"], "markers": ["CD63", "CD81", "TSG101"],
        "size_nm": {"value": None, "low": 40, "high": 120, "stat": None, "method": "TEM"},
        "dose": {"amount": 20, "unit": "ug", "volume_ul": 5, "basis": "protein"},
        "route": "intralesional", "route_detail": "lesion site",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0,
        "mechanism": "reduced neuronal apoptosis",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[(None,
               "Menstrual blood is an easily collected source of stromal cells. We injected "
               "{{source_species,source_tissue|exosomes from human menstrual blood-derived stromal cells "
               "(MenSC-Exo)}} into the lesion immediately after a weight-drop injury at T9–T10 in female "
               "Long-Evans rats. Treated rats recovered faster between the first and fourth week and kept their lead "
               "up to the last assessment on day 56, while untreated rats never regained consistent plantar "
               "stepping; apoptosis in grey matter was reduced by about a third.")],
    keywords=["menstrual blood stromal cells", "exosomes", "intralesional injection", "apoptosis"],
    sections=[
        ("intro", "Introduction", [
            "Stromal cells from menstrual blood proliferate quickly and can be collected without surgery [2]. "
            "Like other small vesicles, their exosomes are usually reported as 30–150 nm particles [4]. Local "
            "injection avoids the losses of systemic delivery but is rarely studied in rats [8].",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals"),
            "Experiments were authorised by the regional ethics committee (CEEA-fictional no. 12) and "
            "conducted under EU Directive 2010/63/EU. "
            "{{species,strain,sex,body_weight_g|Female Long-Evans rats (200–240 g)}} were kept on a 12-h "
            "light cycle. {{n_per_group|Ten injured rats per group}} and seven sham-operated rats were used.",
            ("h", "Spinal cord injury"),
            "Rats were anaesthetised with ketamine and xylazine. "
            "{{injury_model,injury_device,injury_level|A 10-g weight was dropped from 25 mm onto the cord at "
            "T9–T10 (modified Allen weight-drop device)}} after removal of the T9 lamina.",
            ("h", "Exosome isolation"),
            "MenSCs were expanded from menstrual effluent of three healthy donors (fictional consent). After 48 h "
            "in serum-free medium, supernatants were spun at 500 g, 2,000 g and 12,000 g, and exosomes were "
            "{{isolation_method,isolation_detail|pelleted at 110,000 g for 2 h}} (Type 70 Ti rotor). "
            "{{characterization|Transmission electron microscopy}} and "
            "{{characterization,markers|immunoblotting for CD63, CD81 and TSG101}} were used to characterise "
            "them.",
            ("h", "Injection"),
            "{{timing_post_injury_h,dose,route,route_detail|Immediately after the impact, 20 " + GMU
            + "g of MenSC-Exo in 5 " + GMU + "l PBS was injected into the lesion site}} through a glass "
            "micropipette at 0.5 mm depth. {{frequency|A single injection was given.}} Untreated SCI rats "
            "received no injection; in vitro, neurons were treated with 5 " + GMU + "g/ml.",
            ("h", "Behaviour and analysis"),
            "Two examiners {{reported_blinded_assessment|unaware of the treatment}} scored the BBB scale on "
            "days 1, 7, 14, 28, 42 and 56. Results are given as mean ± SEM and compared by repeated-measures "
            "ANOVA.",
        ]),
        ("results", "Results", [
            ("h", "Exosomes"),
            "{{size_nm|Electron micrographs showed round vesicles of 40–120 nm}} with a darker rim; CD63, CD81 "
            "and TSG101 were detected in the exosome lysate.",
            ("h", "Recovery of locomotion"),
            "One day after injury both groups were almost completely paralysed (SCI {s:SCI@1|bare}; MenSC-Exo "
            "{s:MenSC-Exo@1|bare}). Between days 7 and 14 the treated rats progressed fastest, reaching "
            "{s:MenSC-Exo@14} at day 14 from {s:MenSC-Exo@7} a week before; the untreated group improved from "
            "{s:SCI@7} to {s:SCI@14} over the same week.",
            "Treated animals went on to frequent plantar stepping and peaked at {s:MenSC-Exo@42} on day 42. "
            "Untreated rats improved little after the first month. At the last assessment (day 56) the exosome "
            "group scored {s:MenSC-Exo@56}, compared with {s:SCI@56} in SCI rats, so the advantage held for "
            "eight weeks.",
            ("figure", "Figure 4",
             "BBB scores over eight weeks. Values are mean ± SEM (SCI and MenSC-Exo n = 10, sham n = 7). At "
             "day 28: SCI {s:SCI@28}, MenSC-Exo {s:MenSC-Exo@28}; sham {s:Sham@28|bare}. *P < 0.05.",
             {"days": _D5, "groups": ["Sham", "SCI", "MenSC-Exo"], "x": "weeks"}),
            ("h", "Apoptosis"),
            "TUNEL-positive cells in the ventral horn at day 3 fell by 34% with treatment.",
        ]),
        ("discussion", "Discussion", [
            "{{mechanism|The fall in TUNEL-positive neurons suggests that reduced neuronal apoptosis}} explains "
            "much of the gain. Systemic injection of bone marrow exosomes gave 9.5 versus 6.8 BBB points at day 28 "
            "in an earlier report [5], a smaller gap than ours despite a ten-fold higher dose.",
        ]),
    ],
    references=refs(*range(10)),
    scores=_S5,
    notes=["Sham BBB except day 28 is shown only in the Figure 4 line plot (no gold rows)."],
    back=[("Ethics", "{{reported_welfare_compliance|All procedures were authorised by the regional ethics "
                     "committee}} (no. 12)."),
          ("Competing interests", "{{reported_conflict_of_interest|The authors have no competing interests "
                                  "to declare.}}")],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------------
# 6. Moutinho 2024: miRNA-loaded vs native exosomes, weekly table with merged header, legend
#    with tight "±", treatment called by several names.
# ---------------------------------------------------------------------------------------------
_D6 = [7, 14, 21, 28]
_S6 = scores("BBB", "sd", [("Sham", "sham", 6), ("PBS", "control", 8), ("WJ-Exo", "other", 8),
                            ("miR-124-Exo", "treatment", 8)],
             grid(_D6, {
                 "Sham": [(21.0, 0.0)] * 4,
                 "PBS": [(3.2, 0.9), (5.1, 1.1), (6.4, 1.2), (7.1, 1.3)],
                 "WJ-Exo": [(3.9, 1.0), (6.6, 1.2), (8.3, 1.3), (9.2, 1.4)],
                 "miR-124-Exo": [(4.6, 1.1), (8.2, 1.3), (10.6, 1.2), (12.4, 1.5)],
             }))

_T6 = {"orient": "cols", "days": _D6, "groups": ["Sham", "PBS", "WJ-Exo", "miR-124-Exo"],
       "day_fmt": lambda d: f"Week {d / 7:g}", "corner": "Group",
       "foot": "*P < 0.05 vs PBS; #P < 0.05 vs WJ-Exo. n = 8 per injured group, 6 sham.",
       "digest": {"merged": "BBB score (mean ± SD)",
                  "labels": {"PBS": "SCI + PBS", "WJ-Exo": "SCI + WJ-Exo (native)",
                             "miR-124-Exo": "SCI + miR-124-Exo"},
                  "marks": {("WJ-Exo", 28): "*", ("miR-124-Exo", 14): "*", ("miR-124-Exo", 21): "*#",
                            ("miR-124-Exo", 28): "*#"},
                  "label_width": 62, "col_width": 46}}

MOUTINHO = Study(
    stem="moutinho2024_wjmsc_mir124_exo_nyu_tailvein",
    layout="twocol",
    title="MicroRNA-124-enriched exosomes from Wharton's jelly stromal cells shift microglia towards repair "
          "after spinal cord contusion",
    short_title="Moutinho et al.",
    authors=[("Beatriz", "Moutinho"), ("Chidi", "Nwosu"), ("Lena", "Hartwig"), ("Joao", "Pereira"),
             ("Yusuf", "Demir")],
    affiliations=["i3N Invented Institute for Neural Repair, Porto (fictional)",
                  "Department of Pharmacology, Fictional University of Enugu"],
    journal="Molecular Therapy of the Nervous System (Synthetic)",
    year=2024,
    volume="6(1):44–58",
    doi="10.5555/mtns.2024.0044",
    pmid="99452006",
    pmcid="PMC99452006",
    received="2023-08-21",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male",
        "body_weight_g": {"low": 200, "high": 230}, "n_per_group": 8,
        "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T10",
        "source_tissue": "wharton_jelly", "source_species": "human", "modification": "miR-124 overexpression",
        "isolation_method": ["ultrafiltration", "ultracentrifugation"],
        "isolation_detail": "100 kDa filter, 100,000 g 90 min",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD9", "CD63", "Alix", "calnexin"],
        "size_nm": {"value": 104.2, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 200, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0,
        "mechanism": "microglial M2 polarisation",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Aims", "To find out whether loading exosomes with miR-124 adds to the benefit of native vesicles."),
        ("Main methods", "{{source_species,source_tissue|Human Wharton's jelly mesenchymal stromal cells "
                         "(WJ-MSCs)}} were transduced with a miR-124 lentivirus; exosomes from transduced "
                         "(miR-124-Exo) or untransduced cells (WJ-Exo) were injected into the tail vein of "
                         "contused rats."),
        ("Key findings", "Four weeks after injury, miR-124-Exo rats scored {s:miR-124-Exo@28|bare} on the BBB "
                         "scale against {s:WJ-Exo@28|bare} with native exosomes and {s:PBS@28|bare} with PBS; "
                         "Arg1-positive microglia doubled."),
        ("Significance", "MicroRNA loading strengthens exosome therapy."),
    ],
    keywords=["Wharton's jelly", "miR-124", "exosome engineering", "microglia", "spinal cord injury"],
    sections=[
        ("intro", "Introduction", [
            "Microglia switch between injurious and reparative states after cord injury [7]. miR-124 keeps "
            "microglia quiescent in the healthy brain [15]. Exosomes (generally 30–150 nm) can carry such "
            "microRNAs to the lesion [2,15].",
        ]),
        ("methods", "Methods", [
            ("h", "Animals and groups"),
            "All protocols were approved by the institutional animal welfare body (ORBEA-fictional 2022/07). "
            "{{species,strain,sex|Adult male Sprague-Dawley rats}} "
            "{{body_weight_g|(200–230 g)}} were "
            "{{reported_randomisation|randomised with a block design}} into sham, PBS, WJ-Exo and miR-124-Exo "
            "groups ({{n_per_group|n = 8 rats/group}}; sham n = 6).",
            ("h", "Contusion"),
            "{{injury_model,injury_device,injury_level|Moderate contusion (10 g, 12.5 mm) was made at T10 with "
            "the NYU impactor}}.",
            ("h", "Engineered exosomes"),
            "{{modification|WJ-MSCs were transduced with a lentivirus overexpressing miR-124}}; control cells "
            "were left untransduced. "
            "{{isolation_method,isolation_detail|Supernatants were concentrated on 100 kDa filters and "
            "ultracentrifuged at 100,000 g for 90 min}}. "
            "{{characterization|NTA (NanoSight NS500)}}, {{characterization|TEM}} and "
            "{{characterization,markers|immunoblotting of CD9, CD63, Alix and calnexin}} were performed.",
            ("h", "Administration"),
            "{{timing_post_injury_h,dose,route,route_detail|Immediately after contusion, 100 µg exosomes in "
            "200 µl PBS were injected into the tail vein}}. {{frequency|Animals were dosed once.}}",
            ("h", "BBB scoring"),
            "BBB was assessed weekly for four weeks "
            "{{reported_blinded_assessment|by two raters blind to the groups}}. Mean ± SD; two-way ANOVA.",
        ]),
        ("results", "Results", [
            "{{size_nm|NTA showed a mean size of 104.2 nm}} for both exosome types; miR-124 was 38-fold "
            "enriched in miR-124-Exo.",
            "BBB scores are listed in Table 1 and plotted in Figure 2. Already at week 1 the engineered-exosome "
            "group moved better than the PBS group. Native exosomes gave an intermediate benefit throughout. "
            "By comparison with PBS-treated rats, the miRNA-loaded vesicles added about 5 points at week 4, "
            "the native ones about 2.",
            ("table", "Table 1", "Weekly BBB scores.", _T6),
            ("figure", "Figure 2",
             "Locomotor recovery. Mean±SD; at week 2: PBS {s:PBS@14|tight}, WJ-Exo {s:WJ-Exo@14|tight}, "
             "miR-124-Exo {s:miR-124-Exo@14|tight}; sham {s:Sham@14|tight}.",
             {"days": _D6, "groups": ["Sham", "PBS", "WJ-Exo", "miR-124-Exo"], "x": "weeks"}),
            "Arg1-positive microglia were twice as frequent after miR-124-Exo as after PBS at week 1.",
        ]),
        ("discussion", "Discussion", [
            "Loading miR-124 into Wharton's jelly exosomes improved their effect on locomotion. "
            "{{mechanism|We attribute this to microglial M2 polarisation}}. An earlier miR-126 study reported "
            "BBB scores of 10.1 versus 6.0 at 28 days [15].",
        ]),
    ],
    references=refs(*range(16)),
    scores=_S6,
    back=[("Ethics statement", "{{reported_welfare_compliance|The animal welfare body approved all "
                               "experiments}} (2022/07)."),
          ("Declaration of competing interest", "{{reported_conflict_of_interest|The authors declare no "
                                                "competing interests.}}")],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------------
# 7. Ghorbani 2022: hemisection, ipsilateral BBB in "mean (SD)" with n inside the bracket,
#    intranasal daily dosing, a download stamp and copyright footer on every page.
# ---------------------------------------------------------------------------------------------
_D7 = [3, 7, 14, 21, 28]
_S7 = scores("BBB", "sd", [("Sham", "sham", 6), ("HX + saline", "control", 9), ("HX + sEV", "treatment", 9)],
             grid(_D7, {
                 "Sham": [(21.0, 0.0)] * 5,
                 "HX + saline": [(4.3, 1.5), (6.8, 1.7), (9.2, 1.9), (10.4, 1.8), (10.9, 2.0)],
                 "HX + sEV": [(4.9, 1.6), (8.6, 1.8), (12.1, 1.7), (13.8, 1.6), (14.6, 1.5)],
             }))

GHORBANI = Study(
    stem="ghorbani2022_shed_sev_hemisection_intranasal",
    layout="single",
    title="Daily intranasal small extracellular vesicles from stem cells of human exfoliated deciduous teeth "
          "after thoracic hemisection in rats",
    short_title="Ghorbani et al. · intranasal SHED-sEVs",
    authors=[("Parisa", "Ghorbani"), ("Arvid", "Lindqvist-Berg"), ("Nasrin", "Karimi"), ("Tendai", "Moyo")],
    affiliations=["Department of Tissue Engineering, Fictional University of Medical Sciences, Shiraz",
                  "Karolinska-like Invented Institute, Uppsala (fictional)"],
    journal="Cell-Free Therapy Reports",
    year=2022,
    volume="5:e220089",
    doi="10.5555/cftr.2022.e220089",
    pmid="99452007",
    pmcid="PMC99452007",
    received="2022-03-14",
    values={
        "species": "rat", "strain": "Wistar", "sex": "female",
        "body_weight_g": {"low": 180, "high": 220}, "n_per_group": 9,
        "injury_model": "hemisection", "injury_level": "T8",
        "source_tissue": "dental_pulp", "source_species": "human",
        "isolation_method": ["tangential_flow", "size_exclusion"],
        "isolation_detail": "tangential flow filtration, Sepharose CL-2B column",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 92, "low": None, "high": None, "stat": "mean", "method": "TEM"},
        "dose": {"amount": 2e9, "unit": "particles", "volume_ul": 20, "basis": "particles"},
        "route": "intranasal",
        "frequency": {"doses": 5, "interval_h": 24}, "timing_post_injury_h": 2,
        "mechanism": "suppression of TLR4/NF-κB signalling",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[(None,
               "{{source_species,source_tissue|Small extracellular vesicles (sEVs) from stem cells of human "
               "exfoliated deciduous teeth (SHED)}} were given intranasally once a day for five days, starting "
               "2 h after a right T8 hemisection in female Wistar rats, and improved the ipsilateral hind limb "
               "from the first week (BBB at day 7, {s:HX + sEV@7|paren} vs {s:HX + saline@7|paren}) to the "
               "end of the study (day 28, {s:HX + sEV@28|paren} vs {s:HX + saline@28|paren}; mean (SD), n = 9), "
               "while lesion TLR4 and phosphorylated p65 fell.")],
    keywords=["SHED", "dental pulp", "intranasal", "hemisection", "extracellular vesicles"],
    sections=[
        ("intro", "Introduction", [
            "Intranasal delivery brings vesicles to the brain and cord without surgery [7]. Dental pulp stem "
            "cells from shed teeth are an accessible source [2,9]; their vesicles, like other exosomes, are "
            "described as 30–150 nm in size [3]. We tested repeated intranasal sEVs after hemisection.",
        ]),
        ("methods", "Methods", [
            ("h", "Animals"),
            "{{species,strain,sex,body_weight_g|Female Wistar rats (180–220 g)}} were used with approval of "
            "the (fictional) university ethics committee (IR.FUMS.REC.1400.112), in line with NIH guidelines. "
            "{{reported_randomisation|Random allocation used a computer list}} "
            "({{n_per_group|n = 9 per injured group}}; six sham).",
            ("h", "Hemisection"),
            "After a T7–T8 laminectomy, "
            "{{injury_model,injury_level|the right half of the cord was cut at T8 (lateral hemisection)}} with "
            "microscissors; sham rats had the laminectomy only.",
            ("h", "sEV production"),
            "SHED were cultured in xeno-free medium. "
            "{{isolation_method,isolation_detail|Conditioned medium was concentrated by tangential flow "
            "filtration and run over a Sepharose CL-2B column}}; the void-volume fractions were pooled. "
            "We used {{characterization|TEM}}, {{characterization|NTA}} and "
            "{{characterization,markers|western blotting for CD9, CD63, TSG101 and calnexin}}.",
            ("h", "Intranasal dosing"),
            "Rats received "
            "{{dose,route|2 × 10<sup>9</sup> particles in 20 µl saline intranasally}} (10 µl per nostril), "
            "{{frequency,timing_post_injury_h|daily for five days beginning 2 h after injury}}. Saline rats "
            "received 20 µl saline.",
            ("h", "Behaviour"),
            "The ipsilateral (right) hind limb was rated with the BBB scale on days 3, 7, 14, 21 and 28 by "
            "{{reported_blinded_assessment|an observer who was blind to treatment}}. Values are mean (SD).",
        ]),
        ("results", "Results", [
            "{{size_nm|On TEM images the vesicles measured 92 ± 17 nm (mean ± SD, 150 vesicles)}}; NTA found "
            "1.4 × 10<sup>11</sup> particles/ml. CD9, CD63 and TSG101 were positive and calnexin negative.",
            "Hemisected rats kept some movement in the right hind limb on day 3 (saline {s:HX + saline@3|paren}, "
            "n = 9; sEV {s:HX + sEV@3|paren}, n = 9). From the first week on, the two injured groups separated. "
            "Fourteen days after injury, vesicle-treated rats scored {s:HX + sEV@14|paren}, while saline rats "
            "scored {s:HX + saline@14|paren}. At day 21 the values were {s:HX + sEV@21|paren} and "
            "{s:HX + saline@21|paren}, respectively. The contralateral limb scored 19–21 in all rats.",
            ("figure", "Figure 2",
             "Ipsilateral BBB scores. Points show mean (SD); sham n = 6, hemisected groups n = 9. The sham "
             "group scored {s:Sham@28|paren} at day 28.",
             {"days": _D7, "groups": ["Sham", "HX + saline", "HX + sEV"]}),
            "TLR4 and phosphorylated p65 in lesion lysates were reduced by about half in treated rats.",
        ]),
        ("discussion", "Discussion", [
            "{{mechanism|Our data suggest that suppression of TLR4/NF-κB signalling}} underlies the benefit of "
            "intranasal sEVs after hemisection. Hartmann and Obi reported 11.2 vs 8.9 points after intrathecal "
            "delivery in a similar model [8].",
        ]),
    ],
    references=refs(*range(10)),
    scores=_S7,
    notes=["Sham BBB before day 28 is shown only in the Figure 2 line plot (no gold rows)."],
    back=[("Ethics approval", "{{reported_welfare_compliance|Approved by the university ethics committee "
                              "(IR.FUMS.REC.1400.112)}}."),
          ("Conflicts of interest", "{{reported_conflict_of_interest|None.}}")],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------------
# 8. Ivarsson 2021: scores only in legends and the abstract, means per day spelled out.
# ---------------------------------------------------------------------------------------------
_D8 = [1, 3, 7, 14, 21, 28, 35]
_S8 = scores("BBB", "sem", [("Sham", "sham", 6), ("SCI + PBS", "control", 12), ("BMSC-Exos", "treatment", 12)],
             grid(_D8, {
                 "Sham": [(21.0, 0.0)] * 7,
                 "SCI + PBS": [(0.6, 0.2), (1.4, 0.3), (3.3, 0.4), (5.9, 0.5), (7.2, 0.6), (7.8, 0.6), (8.1, 0.6)],
                 "BMSC-Exos": [(0.5, 0.2), (1.8, 0.3), (4.7, 0.5), (8.4, 0.6), (10.3, 0.6), (11.6, 0.7),
                               (12.2, 0.7)],
             }))

IVARSSON = Study(
    stem="ivarsson2021_rbmsc_exo_daily_iv_legends",
    layout="twocol",
    title="Seven daily intravenous doses of bone marrow stromal cell exosomes after contusion: locomotor and "
          "bladder outcomes in rats",
    short_title="Ivarsson et al.",
    authors=[("Karin", "Ivarsson"), ("Dmitri", "Volkov"), ("Ama", "Owusu"), ("Jonas", "Ek")],
    affiliations=["Spinal Repair Group, Invented University of Umeå (fictional)",
                  "Laboratory of Biophysics, Fictional Polytechnic of Kazan"],
    journal="Scandinavian Journal of Invented Neurotrauma",
    year=2021,
    volume="33(4):301–315",
    doi="10.5555/sjin.2021.33.301",
    pmid="99452008",
    pmcid="PMC99452008",
    received="2021-04-26",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 240, "high": 270}, "n_per_group": 12,
        "injury_model": "contusion", "injury_device": "Infinite Horizon impactor", "injury_level": "T10",
        "source_tissue": "bone_marrow", "source_species": "rat", "modification": "none",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "120,000 g 120 min",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD63", "CD81", "TSG101", "calnexin"],
        "size_nm": {"value": 131.8, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 50, "unit": "ug", "volume_ul": 300, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 7, "interval_h": 24}, "timing_post_injury_h": 24,
        "mechanism": "reduced macrophage infiltration",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[(None,
               "We injected {{source_species,source_tissue|exosomes from rat bone marrow mesenchymal stromal "
               "cells (BMSC-Exos)}} into the tail vein of contused female rats once a day for a week from 24 h "
               "after injury, and the Exo-treated rats, which were indistinguishable from PBS rats in the first "
               "days, pulled ahead from day 7 and ended the five-week study at a BBB score of "
               "{s:BMSC-Exos@35} compared with {s:SCI + PBS@35} (mean ± SEM, n = 12), with earlier return of "
               "reflex voiding and fewer CD68-positive macrophages in the lesion.")],
    keywords=["bone marrow stromal cells", "exosomes", "repeated dosing", "bladder", "macrophages"],
    sections=[
        ("intro", "Introduction", [
            "Most exosome studies in cord injury give one intravenous dose [5,11]; whether repeated doses add "
            "benefit is unclear. Vesicles of 30–150 nm are cleared within hours [4]. We therefore gave seven "
            "daily doses.",
        ]),
        ("methods", "Materials and methods", [
            "{{species,strain,sex|Female Sprague-Dawley rats}} {{body_weight_g|weighing 240–270 g}} were "
            "used. The regional animal research ethics board approved the work (A-fictional 45-2020). "
            "{{n_per_group|Twelve rats per injured group}} and six sham rats were included.",
            "{{injury_model,injury_device,injury_level|A 150 kdyn contusion was applied at T10 with the "
            "Infinite Horizon impactor}} after laminectomy.",
            "Rat BMSCs (passage 3) were cultured for 48 h in exosome-free medium. "
            "{{isolation_method,isolation_detail|Exosomes were pelleted at 120,000 g for 120 min}} after "
            "removal of debris (300 g, 3,000 g, 16,500 g). {{modification|Cells were unmodified.}} "
            "{{characterization|NTA}}, {{characterization|TEM}} and "
            "{{characterization,markers|immunoblots (CD63, CD81, TSG101; calnexin}} as negative marker) were "
            "used.",
            "Beginning {{timing_post_injury_h|24 h after injury}}, rats received "
            "{{dose,route,route_detail|50 µg exosomes in 300 µl PBS into the tail vein}} "
            "{{frequency|once daily for 7 consecutive days}}; controls received PBS.",
            "BBB was rated on days 1, 3, 7, 14, 21, 28 and 35 "
            "{{reported_blinded_assessment|by two blinded examiners}}. Data: mean ± SEM.",
        ]),
        ("results", "Results", [
            "{{size_nm|The mean particle diameter by NTA was 131.8 nm}}; TEM showed cup-shaped vesicles.",
            "Figure 3 shows the whole time course, and Figure 4 the two last sessions. In the first week the "
            "groups overlapped; from the second week the exosome arm separated from PBS and kept diverging.",
            ("figure", "Figure 3",
             "BBB time course (mean ± SEM; SCI + PBS and BMSC-Exos n = 12, sham n = 6). Day 1: PBS "
             "{s:SCI + PBS@1}, BMSC-Exos {s:BMSC-Exos@1}. Day 7: PBS {s:SCI + PBS@7}, BMSC-Exos "
             "{s:BMSC-Exos@7}. Day 14: PBS {s:SCI + PBS@14}, BMSC-Exos {s:BMSC-Exos@14}. Sham animals at day 14: "
             "{s:Sham@14}.",
             {"days": _D8, "groups": ["Sham", "SCI + PBS", "BMSC-Exos"]}),
            ("figure", "Figure 4",
             "Late sessions. At 28 d the BMSC-Exos group averaged {s:BMSC-Exos@28} and the PBS group "
             "{s:SCI + PBS@28}; at 35 d, {s:BMSC-Exos@35} and {s:SCI + PBS@35}. **P < 0.01.",
             {"days": [28, 35], "groups": ["SCI + PBS", "BMSC-Exos"]}),
            "Reflex voiding returned about four days earlier in treated rats, and CD68-positive cells at day 7 "
            "were reduced by 42%.",
        ]),
        ("discussion", "Discussion", [
            "{{mechanism|Reduced macrophage infiltration}} during the dosing week is a plausible explanation. "
            "Single-dose studies reported final BBB scores of about 10–11 after tail-vein exosomes [5].",
        ]),
    ],
    references=refs(*range(12)),
    scores=_S8,
    back=[("Ethics", "{{reported_welfare_compliance|The regional animal research ethics board approved all "
                     "experiments.}}"),
          ("Conflict of interest statement", "{{reported_conflict_of_interest|The authors declare no conflict "
                                             "of interest.}}")],
    notes=["BBB at days 3 and 21 (and sham except day 14) is shown only in the Figure 3 line plot (no gold rows)."],
    footnote=FOOTNOTE,
)

STUDIES = [MARCHAND, MOUTINHO, GHORBANI, IVARSSON]
HABITS: dict[str, list[str]] = {MARCHAND.stem: ["manuscript"], GHORBANI.stem: ["stamp"]}
