"""Studies 5-7: a continued table with separate SEM columns; a figure-only paper with facts in
the abstract and legend; numbers written as words with T-coded time points.

Everything is invented. Prose markup: ``{{fields|quote}}`` (gold evidence) and
``{s:GROUP@DAY|shape}`` (a written score, see ``tokens.py``).
"""

# ruff: noqa: ISC004  (prose paragraphs are long strings continued over several lines)
from __future__ import annotations

from extgen.common import FOOTNOTE, MU, POOL, TH
from extgen.model import Scores

from prosegen.record import ProseStudy

GMU = "\u03bc"

# --------------------------------------------------------------------------- 5
_W_DAYS = (1, 3, 5, 7, 10, 14, 21, 28, 35, 42)
_W_GROUPS = ("Sham", "SCI + vehicle", "SCI + MenSC-EV")


def _w_row(d: int) -> list[str]:
    cells = [f"{d}"]
    for g in _W_GROUPS:
        cells += [f"{{s:{g}@{d}|mx}}", f"{{s:{g}@{d}|e}}"]
    return cells


WISNIEWSKA = ProseStudy(
    stem="wisniewska2019_mensc_ev_intralesional_continued",
    layout="single", habits=("footer",),
    title="Native menstrual blood stromal cell extracellular vesicles injected into the lesion immediately "
          "after MASCIS contusion: a six-week follow-up",
    short_title="Wiśniewska et al., MenSC-EV in SCI",
    authors=[("Agnieszka", "Wiśniewska"), ("Paweł", "Zieliński"), ("Katarzyna", "Wróbel"), ("Tomasz", "Kaczmarek")],
    affiliations=["Department of Experimental Neurosurgery, Invented Medical University, Kraków",
                  "Laboratory of Extracellular Vesicles, Fictional Academy of Sciences, Gdańsk"],
    journal="Acta Neurobiologiae Fictae",
    year=2019, volume="79(2):140–156",
    doi="10.5555/prose.anf.2019.140", pmid="99104005", pmcid="PMC99104005", received="2019-01-14",
    values={
        "species": "rat", "strain": "Long-Evans", "sex": "female", "body_weight_g": {"low": 230, "high": 270},
        "n_per_group": 12, "injury_model": "contusion", "injury_device": "MASCIS impactor",
        "injury_level": "T8", "source_tissue": "menstrual_blood", "source_species": "human",
        "modification": "none", "isolation_method": ["tangential_flow", "size_exclusion"],
        "isolation_detail": "500 kDa TFF; Sepharose CL-2B", "characterization": ["NTA", "TEM", "western_blot"],
        "markers": ["CD63", "CD81", "syntenin", "calnexin"],
        "size_nm": {"value": 142.0, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 5, "unit": "ug", "volume_ul": 2, "basis": "protein"},
        "route": "intralesional", "route_detail": "lesion site",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0,
        "mechanism": "reduced microglial activation",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True,
    },
    abstract=[
        (None, "Menstrual blood-derived stromal cells (MenSC) are easy to obtain without invasive procedures. "
         "We examined whether their {{modification|native, unmodified extracellular vesicles (MenSC-EV)}}, "
         "injected into the lesion immediately after a MASCIS contusion, improve the recovery of female "
         "Long-Evans rats. EVs were purified by tangential flow filtration and size-exclusion "
         "chromatography. Over six weeks, MenSC-EV rats regained weight support earlier; at day 42 the BBB "
         "score was {s:SCI + MenSC-EV@42|m} compared to {s:SCI + vehicle@42|m} in vehicle-injected rats."),
    ],
    keywords=["menstrual blood stromal cells", "extracellular vesicles", "intralesional", "MASCIS", "microglia"],
    sections=[
        ("intro", "Introduction", [
            "The recovery of locomotion after spinal cord contusion depends to a large extent on the "
            "processes in the first hours and days after the trauma [1,3]. Extracellular vesicles (EVs), "
            "structures of 30–150 nm according to many reviews [2], are considered to be carriers of the "
            "paracrine activity of stromal cells [11].",
            "MenSC are rarely studied in this context. In a former report, intravenous EVs from bone marrow "
            "at a dose of 200 " + MU + "g increased the BBB score to 12 at six weeks [5]; local delivery could "
            "reach the lesion with a much lower amount.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals"),
            "The study was carried out on thirty-six {{species,strain,sex|female Long-Evans rats}} "
            "({{body_weight_g|230–270 g}}), housed in pairs. {{reported_welfare_compliance|The Local Ethical Committee approved all the "
            "procedures (decision 112/2017)}}. The animals were {{reported_randomisation|assigned to three "
            "groups by a random number generator}}: sham, SCI + vehicle and SCI + MenSC-EV.",
            ("h", "Spinal cord injury"),
            "Under isoflurane anaesthesia the T7 lamina was removed and {{injury_model,injury_device,"
            "injury_level|a contusion of the T8 spinal segment was produced with the MASCIS impactor}} (10 "
            "g, 12.5 mm).",
            ("h", "Cells and EVs"),
            "{{source_tissue,source_species|MenSC were obtained from menstrual blood of three healthy "
            "donors}} after written consent and expanded to passage 5. Serum-free conditioned medium (72 h) "
            "was cleared at 2" + TH + "500 × g and 0.45 " + MU + "m filtered, "
            "{{isolation_method,isolation_detail|concentrated by tangential flow filtration (500 kDa "
            "cut-off) and fractionated on Sepharose CL-2B columns}}; EV-rich fractions were pooled.",
            ("h", "Characterisation of EVs"),
            "Particle size was measured by {{characterization|NTA}} (NanoSight NS500) and morphology by "
            "cryo-{{characterization|TEM}}; {{characterization|Western blot}} used mouse monoclonal anti-CD63 "
            "and anti-CD81, rabbit anti-syntenin and anti-calnexin.",
            ("h", "Injection"),
            "{{timing_post_injury_h|Immediately after the contusion}}, {{dose|5 " + MU + "g of EVs in 2 "
            + MU + "l of PBS}} were {{route,route_detail|injected into the lesion site}} with a glass "
            "micropipette (0.5 " + MU + "l/min), {{frequency|once}}. Vehicle rats received PBS.",
            ("h", "Functional tests"),
            "The BBB score was assessed on days 1, 3, 5, 7, 10, 14, 21, 28, 35 and 42 by "
            "{{reported_blinded_assessment|an observer unaware of group assignment}}. Results are presented "
            "as mean and SEM.",
        ]),
        ("results", "Results", [
            "{{size_nm|MenSC-EVs had a mean size of 142 nm}} (NTA), and {{markers|expressed CD63, CD81 and "
            "syntenin but not calnexin}}.",
            "During the first week, the scores in both injured groups were similar. From day 10, rats injected "
            "with MenSC-EV obtained higher values ({s:SCI + MenSC-EV@10|lab} versus {s:SCI + vehicle@10|lab}; "
            "P = 0.03), the difference growing to day 28, when {s:SCI + MenSC-EV@28} was noted for the EV "
            "group and {s:SCI + vehicle@28} for the vehicle group. Full data are in Table 1.",
            ("xtable", "Table 1", "BBB score in the three groups. Values are mean and SEM.", {
                "head": [["Day", "Sham (n = 12)", "", "SCI + vehicle ({{n_per_group|n = 12}})", "",
                          "SCI + MenSC-EV (n = 12)", ""],
                         ["", "Mean", "SEM", "Mean", "SEM", "Mean", "SEM"]],
                "spans": [(0, 0, 0, 1), (1, 0, 2, 0), (3, 0, 4, 0), (5, 0, 6, 0)],
                "rows": [_w_row(d) for d in _W_DAYS],
                "widths": [0.7, 1, 0.8, 1, 0.8, 1, 0.8],
                "split": 6,
                "foot": "Day, days after contusion. Sham rats underwent laminectomy only.",
            }),
            "Iba-1-positive microglia in the lesion border were reduced by a third in EV-treated rats.",
        ]),
        ("discussion", "Discussion", [
            "A single local injection of native MenSC-EVs improved locomotion, presumably through "
            "{{mechanism|reduced microglial activation}}. The effect size is smaller than the BBB of about "
            "12 reported with intravenous EVs [5], but the dose was forty times lower.",
        ]),
    ],
    references=POOL[:11],
    scores=Scores("BBB", "sem", [("Sham", "sham", 12), ("SCI + vehicle", "control", 12),
                                  ("SCI + MenSC-EV", "treatment", 12)], {
        "Sham": {d: (21.0, 0.0) for d in _W_DAYS},
        "SCI + vehicle": dict(zip(_W_DAYS, [(0.3, 0.1), (0.9, 0.3), (1.6, 0.4), (2.4, 0.4), (3.5, 0.5),
                                            (4.6, 0.5), (6.0, 0.6), (6.8, 0.6), (7.3, 0.7), (7.6, 0.7)])),
        "SCI + MenSC-EV": dict(zip(_W_DAYS, [(0.4, 0.2), (1.1, 0.3), (2.0, 0.4), (3.0, 0.5), (4.7, 0.5),
                                             (6.1, 0.6), (7.8, 0.6), (8.9, 0.7), (9.4, 0.7), (9.7, 0.7)])),
    }),
    back=[("Funding", "Invented National Science Centre, grant 2016/23/B/NZ4/00001.")],
    footnote=FOOTNOTE,
)

# --------------------------------------------------------------------------- 6
_X_DAYS = (1, 7, 14, 21, 28)
XIONG = ProseStudy(
    stem="xiong2021_rbmsc_mir145_exo_hemisection_figonly",
    layout="twocol",
    title="miR-145-5p-loaded bone marrow MSC exosomes delivered intrathecally every other day promote "
          "recovery after spinal cord hemisection",
    short_title="Xiong et al.",
    authors=[("Wenjie", "Xiong"), ("Hao", "Lü"), ("Yuqing", "Shao"), ("Zhiwei", "Tang"), ("Lin", "Qiu")],
    affiliations=["Department of Spine Surgery, Invented Provincial Hospital, Nanchang",
                  "Key Laboratory of Fictional Regenerative Medicine, Wuhan"],
    journal="Chinese Journal of Synthetic Spine Research",
    year=2021, volume="41(6):512–523",
    doi="10.5555/prose.cjssr.2021.512", pmid="99104006", pmcid="PMC99104006", received="2021-07-02",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "n_per_group": 6,
        "injury_model": "hemisection", "injury_level": "T10", "source_tissue": "bone_marrow",
        "source_species": "rat", "modification": "miR-145-5p loading",
        "isolation_method": ["ultracentrifugation", "density_gradient"],
        "isolation_detail": "110,000 g 2 h; 30% sucrose cushion", "characterization": ["TEM", "western_blot"],
        "markers": ["CD9", "CD63", "TSG101"],
        "size_nm": {"value": None, "low": 50, "high": 130, "stat": None, "method": "TEM"},
        "dose": {"amount": 20, "unit": "ug", "volume_ul": 10, "basis": "protein"},
        "route": "intrathecal", "route_detail": "intrathecal catheter",
        "frequency": {"doses": 5, "interval_h": 48}, "timing_post_injury_h": 72,
        "mechanism": "TLR4/NF-κB inhibition",
        "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Objective: To investigate the effect of bone marrow mesenchymal stem cell (BMSC) exosomes "
         "loaded with miR-145-5p on spinal cord injury (SCI). Methods: {{species,strain,sex|Female SD rats}} "
         "underwent right {{injury_model,injury_level|hemisection at T10}}. Exosomes from rat BMSCs were "
         "loaded with miR-145-5p mimic by electroporation (Exo-145), and {{dose|20 μg Exo-145}} was given "
         "through an intrathecal catheter {{frequency|every other day for five doses}} from day 3. "
         "Results: Exo-145 increased BBB scores, reduced TNF-α and IL-1β, and inhibited TLR4/NF-κB. "
         "Conclusion: Exo-145 is a potential therapy for SCI."),
    ],
    keywords=["miR-145-5p", "exosomes", "BMSCs", "hemisection", "TLR4"],
    sections=[
        ("intro", "1 Introduction", [
            "SCI is a serious disease of the central nervous system, and inflammation is the key link of "
            "secondary injury [3,7]. Exosomes (30–150 nm) derived from BMSCs have anti-inflammatory "
            "effect [2,15]. miR-145-5p targets TLR4 [15]. In the literature, BBB scores reached 10–12 at "
            "day 28 after exosome therapy [11].",
        ]),
        ("methods", "2 Materials and methods", [
            ("h", "2.1 Animals and grouping"),
            "Rats (8 weeks) were purchased from an invented laboratory animal centre and divided into Sham, "
            "SCI, Exo and Exo-145 groups.",
            ("h", "2.2 Model"),
            "After 2% pentobarbital anaesthesia (40 mg/kg), the T9–T11 laminae were removed and the right "
            "half of the cord was cut with microscissors.",
            ("h", "2.3 Exosomes"),
            "{{source_tissue,source_species|BMSCs were isolated from femurs of 4-week SD rats}}. Supernatant "
            "was centrifuged at 300 g, 2000 g and 10" + TH + "000 g, then "
            "{{isolation_method,isolation_detail|at 110" + TH + "000 g for 2 h over a 30% sucrose "
            "cushion}}. {{modification|Exosomes (100 μg) were mixed with 2 nmol miR-145-5p mimic and "
            "electroporated (400 V, 125 μF)}}. Identification: {{characterization|TEM}}, "
            "{{characterization|Western blot}} (CD9, CD63, TSG101).",
            ("h", "2.4 Administration"),
            "{{route,route_detail|A PE-10 intrathecal catheter}} was inserted at L4–L5 and advanced "
            "cranially. {{timing_post_injury_h|On day 3 after injury}}, 20 μg exosomes in 10 μL PBS were "
            "injected, and repeated every 48 h.",
            ("h", "2.5 BBB scoring"),
            "BBB was scored on days 1, 7, 14, 21 and 28 after SCI.",
        ]),
        ("results", "3 Results", [
            "{{size_nm|TEM showed cup-shaped vesicles of 50–130 nm}}; {{markers|CD9, CD63 and TSG101 were "
            "detected}}. Loading raised miR-145-5p about 40-fold.",
            "As shown in Figure 2, the BBB scores of Exo-145 group were higher than those of SCI group from "
            "day 14 (P < 0.05), and also higher than Exo group on day 28 (P < 0.05).",
            ("figure", "Figure 2", "BBB scores of rats in each group ({{n_per_group|n = 6}}). *P < 0.05 vs SCI; "
             "#P < 0.05 vs Exo.", {"days": list(_X_DAYS), "groups": ["SCI", "Exo", "Exo-145"]}),
            "TNF-α, IL-1β and p-p65 were decreased in Exo-145 group.",
        ]),
        ("discussion", "4 Discussion", [
            "We found that miR-145-5p loaded exosomes improved function after SCI by "
            "{{mechanism|TLR4/NF-κB inhibition}}. Compared with the BBB of 9.5 at 4 weeks reported by others "
            "[5], our effect was similar.",
        ]),
    ],
    references=POOL[:6] + [POOL[6], POOL[7], POOL[10], POOL[14], POOL[15]],
    scores=Scores("BBB", "sd", [("SCI", "control", 6), ("Exo", "other", 6), ("Exo-145", "treatment", 6)], {
        "SCI": dict(zip(_X_DAYS, [(2.0, 0.8), (4.5, 1.0), (6.9, 1.1), (8.2, 1.2), (9.0, 1.2)])),
        "Exo": dict(zip(_X_DAYS, [(2.1, 0.8), (5.0, 1.0), (7.8, 1.1), (9.4, 1.2), (10.3, 1.2)])),
        "Exo-145": dict(zip(_X_DAYS, [(2.2, 0.9), (5.6, 1.1), (9.0, 1.2), (11.0, 1.2), (12.4, 1.3)])),
    }),
    back=[("Conflicts of interest", "{{reported_conflict_of_interest|All authors declare that there is no conflict "
                                      "of interest.}}")],
    notes=["BBB is reported only in a line plot (Figure 2); the text gives no numbers, so there are no "
           "outcome rows. Strain, sex, dose and frequency are stated only in the abstract."],
    footnote=FOOTNOTE,
)

# --------------------------------------------------------------------------- 7
_Y_DAYS = (7, 14, 21, 28)
YILMAZ = ProseStudy(
    stem="yilmaz2022_shed_exo_ip_everyotherday_words",
    layout="single",
    title="Intraperitoneal exosomes from stem cells of human exfoliated deciduous teeth given every other day "
          "after spinal cord contusion in rats",
    short_title="Yılmaz et al. / SHED-Exo after SCI",
    authors=[("Elif", "Yilmaz"), ("Mehmet Ali", "Kaya"), ("Zeynep", "Öztürk"), ("Burak", "Demirci")],
    affiliations=["Department of Histology and Embryology, Invented University Faculty of Medicine, Izmir",
                  "Department of Neurosurgery, Fictional Training and Research Hospital, Ankara"],
    journal="Turkish Journal of Invented Neurosurgery",
    year=2022, volume="32(1):45–57",
    doi="10.5555/prose.tjin.2022.45", pmid="99104007", pmcid="PMC99104007", received="2022-06-21",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 240, "high": 260},
        "n_per_group": 10, "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T11",
        "source_tissue": "dental_pulp", "source_species": "human",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "Total Exosome Isolation reagent",
        "characterization": ["TEM", "western_blot"], "markers": ["CD9", "CD63", "TSG101"],
        "size_nm": {"value": 78.0, "low": 40, "high": 120, "stat": "mean", "method": "TEM"},
        "dose": {"amount": 1.5e10, "unit": "particles", "volume_ul": 300, "basis": "particles"},
        "route": "intraperitoneal",
        "frequency": {"doses": 7, "interval_h": 48}, "timing_post_injury_h": 2,
        "mechanism": "reduced oxidative stress via Nrf2/HO-1",
        "reported_randomisation": True, "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Aim", "Stem cells from human exfoliated deciduous teeth (SHED) are an accessible source of "
         "mesenchymal stem cells. We aimed to evaluate the effect of SHED-derived exosomes (SHED-Exo) on "
         "functional recovery and oxidative stress after spinal cord injury."),
        ("Material and Methods", "Thirty rats were divided into sham, vehicle and SHED-Exo groups. Exosomes "
         "were given intraperitoneally every other day for two weeks. Locomotion was assessed with the BBB "
         "scale at T1–T4 (weeks 1 to 4)."),
        ("Results", "At T4, SHED-Exo rats had a BBB score of {s:SHED-Exo@28|w}, and vehicle rats of "
         "{s:Vehicle@28|w}."),
    ],
    keywords=["SHED", "exosome", "oxidative stress", "Nrf2", "spinal cord injury"],
    sections=[
        ("intro", "Introduction", [
            "Spinal cord injury (SCI) is one of the most important causes of disability in young adults [1]. "
            "Oxidative stress is an important part of the secondary injury [3]. Exosomes, 30–150 nm in size "
            "[2], can pass biological barriers, and the intraperitoneal route was used successfully with "
            "doses up to 5E10 particles [11].",
        ]),
        ("methods", "Material and Methods", [
            ("h", "Experimental animals and groups"),
            "{{reported_welfare_compliance|The study was approved by the Local Ethics Committee for Animal "
            "Experiments (2021/17)}}. Thirty {{species,strain,sex|male Sprague-Dawley rats}}, eight weeks old "
            "and {{body_weight_g|weighing 240–260 g}}, were {{reported_randomisation|randomly divided}} into "
            "three groups of ten ({{n_per_group|n=10 each}}): Sham, Vehicle and SHED-Exo. Two rats of the "
            "vehicle group died on the third day because of urinary infection and were excluded, so that "
            "eight vehicle rats completed the study.",
            ("h", "Spinal cord injury model"),
            "Rats were anesthetized with ketamine (60 mg/kg) and xylazine (8 mg/kg). "
            "{{injury_model,injury_device,injury_level|Th11 laminectomy was done and a 10 g weight was "
            "dropped from a height of 25 mm onto the exposed dura}} (modified Allen method).",
            ("h", "Exosome isolation and characterization"),
            "{{source_tissue,source_species|SHED were obtained from exfoliated deciduous teeth of healthy "
            "children}} aged 6–8 years with parental consent. Exosomes were isolated from serum-free medium "
            "using {{isolation_method,isolation_detail|Total Exosome Isolation reagent (from cell culture "
            "media)}} after a 10" + TH + "000 g spin. {{characterization|TEM}} and "
            "{{characterization|Western blot}} were used for characterization.",
            ("h", "Exosome administration"),
            "Rats of the SHED-Exo group received {{dose|1.5 × 10^10 particles in 300 ul saline}} "
            "{{route|intraperitoneally}}; the first injection was given {{timing_post_injury_h|two hours "
            "after injury}}, and injections were repeated {{frequency|every other day until day 14 (seven "
            "injections in total)}}. Vehicle rats received 300 ul saline on the same days.",
            ("h", "Locomotor evaluation"),
            "The BBB scale was used at four time points, T1 (week 1), T2 (week 2), T3 (week 3) and T4 (week "
            "4), by {{reported_blinded_assessment|two researchers blinded to the groups}}. Values are mean ± "
            "SD.",
        ]),
        ("results", "Results", [
            "{{size_nm|In TEM images, exosomes were round and their diameters ranged between 40 and 120 nm "
            "(mean 78 nm)}}. {{markers|CD9, CD63 and TSG101 bands were seen}}.",
            "The rats in the sham group had full scores at all time points. BBB scores improved in both "
            "injured groups over time, but more in the SHED-Exo group. At T2, SHED-Exo rats reached "
            "{s:SHED-Exo@14|tight} while vehicle rats stayed at {s:Vehicle@14|tight}; by T4, a mean of "
            "{s:SHED-Exo@28|pm} was recovered in the SHED-Exo group against {s:Vehicle@28|pm} in the vehicle "
            "group (p<0.001). Week-by-week data are given in Table 2.",
            ("xtable", "Table 2", "BBB scores by week (mean ± SD).", {
                "head": [["", "Sham (n=10)", "Vehicle (n=8)", "SHED-Exo (n=10)"]],
                "rows": [[f"T{i} (wk {d // 7})", f"{{s:Sham@{d}}}", f"{{s:Vehicle@{d}}}", f"{{s:SHED-Exo@{d}}}"]
                         for i, d in enumerate(_Y_DAYS, 1)],
                "widths": [1, 1, 1, 1],
                "foot": "T1–T4: time points of evaluation. Two vehicle rats were excluded on day 3.",
            }),
            "Malondialdehyde was lower and Nrf2 and HO-1 expression higher in SHED-Exo rats.",
        ]),
        ("discussion", "Discussion", [
            "Our study shows that SHED-Exo improve locomotor recovery with {{mechanism|reduced oxidative "
            "stress via Nrf2/HO-1}}. In a similar study with 100 " + MU + "g intravenous exosomes, BBB was "
            "eleven at week four [5].",
        ]),
    ],
    references=POOL[:11],
    scores=Scores("BBB", "sd", [("Sham", "sham", 10), ("Vehicle", "control", 8), ("SHED-Exo", "treatment", 10)], {
        "Sham": {d: (21.0, 0.0) for d in _Y_DAYS},
        "Vehicle": dict(zip(_Y_DAYS, [(2.0, 1.1), (4.0, 1.3), (6.0, 1.4), (7.0, 1.5)])),
        "SHED-Exo": dict(zip(_Y_DAYS, [(3.0, 1.2), (6.0, 1.3), (9.0, 1.4), (11.0, 1.5)])),
    }),
    back=[("Conflict of Interest", "{{reported_conflict_of_interest|No conflict of interest was declared by the "
                                     "authors.}}")],
    footnote=FOOTNOTE,
)
