"""A Turkish and a Canadian lab (everything here is invented)."""

from __future__ import annotations

from extgen.common import FOOTNOTE, NB, POOL, flat, week_fmt
from extgen.model import Scores, Study

# ---------------------------------------------------------------------------------------------
# 3. Kurt et al. 2020 -- Turkish lab: "Group I-III", Wistar albino, aneurysm clip, rat ADSC exosomes
#    by Total Exosome Isolation reagent, DLS, 100 µg/kg i.p. immediately; days-as-rows table with a
#    merged header and markers; line-numbered manuscript; methylprednisolone dose trap.
# ---------------------------------------------------------------------------------------------
_D3 = [1, 7, 14, 21, 28, 42]
_G3 = ["Group I (Sham)", "Group II (SCI)", "Group III (SCI + ADMSC-Exo)"]
KURT = Study(
    stem="kurt2020_radmsc_exo_clip_ip",
    layout="single",
    title="Neuroprotective effects of adipose mesenchymal stem cell-derived exosomes in an aneurysm clip compression "
    "model of spinal cord injury in rats",
    short_title="Kurt et al. — ADMSC exosomes in clip compression",
    authors=[
        ("Emre", "Kurt"),
        ("Selin", "Aydoğan"),
        ("Murat", "Keskin"),
        ("Zeynep", "Özdemir"),
        ("Hakan", "Yalçın"),
    ],
    affiliations=[
        "Department of Neurosurgery, Faculty of Medicine, Karadere University, Karadere, Turkey",
        "Department of Histology and Embryology, Karadere University, Karadere, Turkey",
    ],
    journal="Turkish Archives of Experimental Neurosurgery",
    year=2020,
    volume="31(2):144–153",
    doi="10.5555/taen.2020.31.2.144",
    pmid="99100303",
    pmcid="PMC9910303",
    received="2019-12-09",
    values={
        "species": "rat",
        "strain": "Wistar",
        "sex": "male",
        "body_weight_g": {"low": 250, "high": 300},
        "n_per_group": 8,
        "injury_model": "compression",
        "injury_device": "aneurysm clip",
        "injury_level": "T10",
        "source_tissue": "adipose",
        "source_species": "rat",
        "isolation_method": ["precipitation_kit"],
        "isolation_detail": "Total Exosome Isolation reagent",
        "characterization": ["DLS", "TEM", "flow_cytometry"],
        "markers": ["CD63", "CD81"],
        "size_nm": {"value": 112.4, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 100, "unit": "ug_per_kg", "volume_ul": 1000, "basis": "protein"},
        "route": "intraperitoneal",
        "frequency": {"doses": 1, "interval_h": None},
        "timing_post_injury_h": 0,
        "mechanism": "reduction of oxidative stress and apoptosis",
        "reported_blinded_assessment": True,
        "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        (
            "Aim",
            (
                "To investigate the effects of exosomes obtained from adipose tissue-derived mesenchymal stem cells "
                "(ADMSC-Exo) on functional, biochemical and histological outcomes after spinal cord injury (SCI)."
            ),
        ),
        (
            "Material and Methods",
            (
                "Twenty-four Wistar albino rats were divided into three groups: sham, SCI and SCI + "
                "ADMSC-Exo. SCI was produced by aneurysm clip compression. Exosomes were given intraperitoneally immediately after "
                "trauma. BBB scores, malondialdehyde (MDA), caspase-3 and histopathology were evaluated."
            ),
        ),
        (
            "Results",
            (
                "Group III had higher BBB scores than Group II from day 14 on, with lower MDA levels and fewer "
                "caspase-3-positive cells."
            ),
        ),
        ("Conclusion", "ADMSC-Exo decreased secondary damage after SCI in rats."),
    ],
    keywords=[
        "Exosome",
        "Adipose tissue",
        "Mesenchymal stem cell",
        "Spinal cord injury",
        "Oxidative stress",
    ],
    sections=[
        (
            "intro",
            "INTRODUCTION",
            [
                (
                    "Spinal cord injury (SCI) is a devastating condition that mostly affects young adults after traffic accidents and "
                    "falls [1]. Methylprednisolone remains the only drug widely tried in the acute phase, although its benefit is "
                    "debated [12]. Secondary injury mechanisms such as lipid peroxidation and apoptosis are the main targets of "
                    "neuroprotective treatments [3]."
                ),
                (
                    "Exosomes are nano-sized (40–100 nm) extracellular vesicles of endosomal origin that carry proteins, lipids and "
                    "nucleic acids [2]. Adipose tissue is an easily accessible source of mesenchymal stem cells, and its exosomes "
                    "have shown anti-oxidant effects in other injury models [9]."
                ),
            ],
        ),
        (
            "methods",
            "MATERIAL and METHODS",
            [
                ("h", "Animals"),
                (
                    "{{reported_welfare_compliance|The study was approved by the Local Ethics Committee for Animal Experiments of "
                    "Karadere University (decision no. 2018/42)}}. Twenty-four adult {{species,strain,sex|male Wistar albino rats}} "
                    "weighing {{body_weight_g|250–300 grams}} were used. The animals were kept at 22 ± 2 °C with a 12-hour light/dark "
                    "cycle."
                ),
                ("h", "Isolation of ADMSCs and exosomes"),
                (
                    "{{source_tissue,source_species|Mesenchymal stem cells were isolated from the inguinal adipose tissue of Wistar "
                    "rats}} by collagenase type I digestion and expanded to the third passage; they were characterised by flow "
                    "cytometry (CD90<sup>+</sup>, CD105<sup>+</sup>, CD45<sup>−</sup>). Culture medium collected after 48 hours of "
                    "serum-free culture was centrifuged at 2,000 g for 30 minutes, and "
                    "{{isolation_method,isolation_detail|exosomes were isolated with Total Exosome Isolation reagent (from cell culture "
                    "media; Invitrogen)}} by overnight incubation at 4 °C and centrifugation at 10,000 g for 1 hour."
                ),
                (
                    "{{characterization|Particle size was measured by dynamic light scattering (DLS; Zetasizer Nano ZS)}}, "
                    "{{characterization|morphology was examined by transmission electron microscopy}}, and "
                    "{{characterization,markers|the surface markers CD63 and CD81 were analysed by bead-based flow cytometry}}."
                ),
                ("h", "Experimental groups"),
                (
                    "The rats were divided into three groups ({{n_per_group|n=8 each}}): Group I (Sham), laminectomy only; Group II "
                    "(SCI), trauma and 1 ml saline intraperitoneally; Group III (SCI + ADMSC-Exo), trauma and "
                    "{{dose,route,timing_post_injury_h,frequency|a single dose of 100 µg/kg exosomes in 1 ml saline injected "
                    "intraperitoneally immediately after trauma}}."
                ),
                ("h", "Spinal cord injury model"),
                (
                    "Under ketamine (60 mg/kg) and xylazine (10 mg/kg) anaesthesia, a T9–T11 laminectomy was performed. "
                    "{{injury_model,injury_device,injury_level|An aneurysm clip with a closing force of 70 g was applied "
                    "extradurally at the T10 level for 1 minute}}, as described previously [13]."
                ),
                ("h", "Functional evaluation"),
                (
                    "Locomotor function was evaluated with the Basso-Beattie-Bresnahan (BBB) scale on days 1, 7, 14, 21, 28 and 42 "
                    "{{reported_blinded_assessment|by two researchers unaware of the groups}}."
                ),
                ("h", "Biochemical and histological analysis"),
                (
                    "At day 42 the rats were sacrificed; MDA levels were measured in spinal cord homogenates and caspase-3 was "
                    "studied by immunohistochemistry. Statistical analysis was performed with Kruskal-Wallis and Mann-Whitney U tests; "
                    "data are given as mean ± standard error of the mean (SEM), and p<0.05 was accepted as significant."
                ),
            ],
        ),
        (
            "results",
            "RESULTS",
            [
                (
                    "{{size_nm|DLS showed a mean hydrodynamic diameter of 112.4 nm}} (polydispersity index 0.21), and TEM showed "
                    "round vesicles with a double membrane. The vesicles were positive for CD63 (86%) and CD81 (79%)."
                ),
                (
                    "No rat died during the study. BBB scores are shown in Table I. The scores of Group III were significantly "
                    "higher than those of Group II from day 14 onwards. On day 28 the mean BBB score was {bbb:Group III (SCI + ADMSC-Exo)@28|paren} "
                    "in Group III and {bbb:Group II (SCI)@28|paren} in Group II (mean (SEM))."
                ),
                (
                    "table",
                    "Table I",
                    "BBB locomotor scores of the groups (mean ± SEM)",
                    {
                        "orient": "rows",
                        "days": _D3,
                        "day_fmt": lambda d: f"{d:g}. day",
                        "corner": "Time",
                        "groups": _G3,
                        "span": "Groups (n=8)",
                        "marks": {
                            ("Group III (SCI + ADMSC-Exo)", 14): "*",
                            ("Group III (SCI + ADMSC-Exo)", 21): "*",
                            ("Group III (SCI + ADMSC-Exo)", 28): "*",
                            ("Group III (SCI + ADMSC-Exo)", 42): "*",
                        },
                        "foot": "*p<0.05 compared with Group II.",
                    },
                ),
                (
                    "MDA levels in Group III were lower than in Group II (p=0.002). {{mechanism|The number of caspase-3 positive cells "
                    "decreased, suggesting that ADMSC-Exo act by reducing oxidative stress and apoptosis}}."
                ),
            ],
        ),
        (
            "discussion",
            "DISCUSSION",
            [
                (
                    "In this study, ADMSC-Exo given immediately after compression injury improved the locomotor scores and decreased "
                    "oxidative and apoptotic markers. The clip compression model produces a reproducible injury that resembles "
                    "burst fractures in humans [13]."
                ),
                (
                    "In clinical protocols methylprednisolone is given as a 30 mg/kg bolus followed by 5.4 mg/kg/h infusion [12]. "
                    "Previous experimental studies of MSC-exosomes gave 200 µg intravenously [5]. The intraperitoneal route is easy, "
                    "but how much of the exosome dose reaches the spinal cord is unknown. The small sample size is a limitation."
                ),
            ],
        ),
        (
            "conclusions",
            "CONCLUSION",
            [
                "ADMSC-derived exosomes may be a candidate treatment for acute SCI; further studies with different doses are needed.",
            ],
        ),
    ],
    references=POOL[:4]
    + POOL[8:10]
    + [
        "Tanrıverdi A, Ocak S. Aneurysm clip compression injury in the rat. Karadere Med J. 2014;8:12–18.",
        "Ulusoy B, Kaya E. High-dose methylprednisolone in acute spinal cord injury: a review. Exp Neurosurg Rev. 2016;3:40–51.",
        "Şahin K, Arslan M. Clip compression models revisited. Karadere Med J. 2017;11:77–83.",
    ],
    scores=Scores(
        outcome="BBB",
        err="sem",
        groups=[
            ("Group I (Sham)", "sham", 8),
            ("Group II (SCI)", "control", 8),
            ("Group III (SCI + ADMSC-Exo)", "treatment", 8),
        ],
        values={
            "Group I (Sham)": flat(
                "I",
                _D3,
                [(20.8, 0.1), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)],
            ),
            "Group II (SCI)": flat(
                "II", _D3, [(0.9, 0.3), (2.8, 0.5), (4.6, 0.6), (5.9, 0.7), (6.8, 0.6), (7.5, 0.8)]
            ),
            "Group III (SCI + ADMSC-Exo)": flat(
                "III",
                _D3,
                [(1.0, 0.3), (3.5, 0.6), (6.6, 0.7), (8.4, 0.6), (9.7, 0.8), (10.9, 0.7)],
            ),
        },
    ),
    back=[
        (
            "Ethics",
            "Approval: Local Ethics Committee for Animal Experiments of Karadere University, 2018/42.",
        ),
        (
            "Conflict of interest",
            "{{reported_conflict_of_interest|The authors have no conflicts of interest to declare.}}",
        ),
    ],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------------
# 4. Robichaud et al. 2022 -- Canadian lab: Long-Evans, Infinite Horizon, hBM-MSC EVs by UF + SEC,
#    particles dose twice 24 h apart from 3 h, week-based table, SEM, a drop-out (n 11 vs 12), BBB
#    subscore trap, randomisation/blinding/power analysis/ARRIVE statements.
# ---------------------------------------------------------------------------------------------
_D4 = [7, 14, 28, 42, 56]
ROBICHAUD = Study(
    stem="robichaud2022_hbmsc_ev_sec_twodose_iv",
    layout="twocol",
    title="Two early intravenous doses of human bone marrow MSC extracellular vesicles preserve the blood–spinal cord "
    "barrier and improve locomotor recovery after thoracic contusion in rats",
    short_title="Robichaud et al.",
    authors=[
        ("Élise", "Robichaud"),
        ("Daniel", "Kowalchuk"),
        ("Priya", "Ramanathan"),
        ("Marc-André", "Gagnon"),
        ("Heather", "MacLeod"),
    ],
    affiliations=[
        "Centre for Spinal Cord Research, University of Lakeshore, Kingsport, Ontario, Canada",
        "Department of Cellular and Physiological Sciences, Fraser Valley Institute, Vancouver, British Columbia, Canada",
    ],
    journal="Experimental Neurotrauma and Repair",
    year=2022,
    volume="48:114052",
    doi="10.5555/enr.2022.114052",
    pmid="99100304",
    pmcid="PMC9910304",
    received="2022-02-21",
    values={
        "species": "rat",
        "strain": "Long-Evans",
        "sex": "female",
        "body_weight_g": {"low": 225, "high": 250},
        "n_per_group": 12,
        "injury_model": "contusion",
        "injury_device": "Infinite Horizon impactor",
        "injury_level": "T10",
        "source_tissue": "bone_marrow",
        "source_species": "human",
        "modification": "none",
        "isolation_method": ["ultrafiltration", "size_exclusion"],
        "isolation_detail": "Amicon 100 kDa, qEV original 70 nm columns",
        "characterization": ["NTA", "TEM", "western_blot"],
        "markers": ["CD9", "CD81", "TSG101", "calnexin"],
        "size_nm": {"value": 104.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 5e10, "unit": "particles", "volume_ul": 500, "basis": "particles"},
        "route": "intravenous",
        "route_detail": "tail vein",
        "frequency": {"doses": 2, "interval_h": 24},
        "timing_post_injury_h": 3,
        "mechanism": "preservation of the blood–spinal cord barrier and reduced neutrophil infiltration",
        "reported_randomisation": True,
        "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True,
        "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        (
            None,
            (
                "Extracellular vesicles (EVs) released by mesenchymal stromal cells (MSCs) are being developed as a cell-free "
                "therapy for spinal cord injury (SCI), but the timing and number of doses are rarely examined. Female Long-Evans "
                "rats received a 150 kdyn contusion at T10 and, in a randomised and blinded design, two tail-vein injections of "
                "human bone marrow MSC EVs or vehicle at 3 h and 27 h after injury. EV-treated rats had less Evans blue "
                "extravasation and fewer MPO<sup>+</sup> neutrophils at 24 h, smaller lesions at 8 weeks and higher BBB scores "
                "from week 2. Early, repeated EV dosing is a practical strategy to test in larger models."
            ),
        ),
    ],
    keywords=[
        "extracellular vesicles",
        "mesenchymal stromal cells",
        "blood–spinal cord barrier",
        "contusion",
        "BBB",
    ],
    sections=[
        (
            "intro",
            "Introduction",
            [
                (
                    "The blood–spinal cord barrier (BSCB) is disrupted within minutes of a contusion, and its breakdown allows "
                    "neutrophils and plasma proteins into the parenchyma [6]. Interventions that stabilise the barrier in the first "
                    "day might therefore limit secondary injury."
                ),
                (
                    "MSC-derived EVs, a heterogeneous population that includes exosomes (30–150 nm) and microvesicles "
                    "(100–1000 nm), have improved outcomes in several rodent SCI studies [5,11]. Most of these gave a single dose, "
                    "and reported doses range from 10<sup>9</sup> to 10<sup>11</sup> particles [14]. Here we asked whether two doses "
                    "in the first day protect the BSCB and improve recovery."
                ),
            ],
        ),
        (
            "methods",
            "Methods",
            [
                ("h", "Animals"),
                "{{reported_welfare_compliance|All procedures were approved by the University of Lakeshore Animal Care "
                "Committee and followed the guidelines of the Canadian Council on Animal Care}}; the study is reported according "
                "to the ARRIVE 2.0 guidelines. {{species,strain,sex|Adult female Long-Evans rats}} "
                "({{body_weight_g|225–250"
                + NB
                + "g}}; Charles River, Canada) were housed in pairs.",
                ("h", "MSC culture and EV isolation"),
                "{{source_tissue,source_species|Human bone marrow MSCs from two healthy donors}} (passage 4–6) were grown in "
                "xeno-free medium. {{modification|The cells were naive, with no genetic modification or preconditioning}}. "
                "Conditioned medium (48 h) was cleared at 2500"
                + NB
                + "×"
                + NB
                + "g for 20 min and filtered (0.22 µm), then "
                "{{isolation_method,isolation_detail|concentrated on Amicon Ultra-15 100 kDa filters and fractionated on qEV "
                "original 70 nm size-exclusion columns (Izon)}}; fractions 7–9 were pooled.",
                (
                    "{{characterization|Particle concentration and size were measured by NTA (NanoSight NS300, five 60-s videos)}}; "
                    "{{characterization|morphology was checked by TEM after negative staining}} and "
                    "{{characterization,markers|western blots were probed for CD9, CD81 and TSG101 and for the endoplasmic reticulum "
                    "protein calnexin}}."
                ),
                ("h", "Spinal cord injury"),
                (
                    "Under isoflurane anaesthesia a T9 laminectomy exposed the cord, and "
                    "{{injury_model,injury_device,injury_level|a 150 kdyn contusion was delivered at T10 with the Infinite Horizon "
                    "impactor (Precision Systems and Instrumentation)}}. Buprenorphine and saline were given for 3 days, and "
                    "bladders were expressed until voiding recovered."
                ),
                ("h", "Study design and treatment"),
                "{{reported_sample_size_calculation|Sample size was set a priori by power analysis (α = 0.05, power 0.8) to "
                "detect a 2-point difference in BBB score with an SD of 1.6}}, giving {{n_per_group|12 rats per injured group}}; "
                "six sham-operated rats received a laminectomy only. {{reported_randomisation|Rats were allocated to EV or vehicle "
                "by a computer-generated sequence held by a technician not involved in surgery}}. "
                "{{dose,route,route_detail,frequency,timing_post_injury_h|Each injured rat received 5"
                + NB
                + "×"
                + NB
                + "10<sup>10</sup> EV particles in 500 µL of PBS, or PBS alone, through a lateral tail vein at 3 h and again at 27 h "
                "after injury}}.",
                ("h", "Behaviour and histology"),
                (
                    "{{reported_blinded_assessment|Open-field locomotion was scored with the BBB scale and BBB subscore by two raters "
                    "blinded to treatment}} before injury and at 1, 2, 4, 6 and 8 weeks. BSCB permeability was measured with Evans blue "
                    "at 24 h in a separate cohort (n = 5 per group)."
                ),
                ("h", "Statistics"),
                "BBB scores were analysed by mixed-effects models with Šidák post-hoc tests. Data are mean ± SEM.",
            ],
        ),
        (
            "results",
            "Results",
            [
                ("h", "EV characterisation"),
                "{{size_nm|NTA gave a modal diameter of 104"
                + NB
                + "nm}} (mean 131 nm) and a yield of about 2.1"
                + NB
                + "×"
                + NB
                + "10<sup>9</sup> particles per million cells. Vesicles were CD9-, CD81- and TSG101-positive and calnexin-negative.",
                ("h", "Exclusions"),
                (
                    "One vehicle-treated rat was euthanised on day 9 because of autophagia, leaving 11 rats in that group; all EV-treated "
                    "rats completed the study. No rat scored above 1 on the BBB scale on day 1."
                ),
                ("h", "Locomotor recovery"),
                (
                    "EV-treated rats recovered faster than vehicle rats (Table 2). By 2 weeks the EV group scored {bbb:MSC-EV@14} "
                    "against {bbb:Vehicle@14}, and at 8 weeks the EV group reached {bbb:MSC-EV@56} while vehicle rats plateaued at "
                    "{bbb:Vehicle@56}. More EV-treated rats reached consistent plantar stepping (9 of 12 vs 3 of 11). BBB subscores "
                    "at 8 weeks were 5.8 ± 0.9 and 2.4 ± 0.7, respectively."
                ),
                (
                    "table",
                    "Table 2",
                    (
                        "Open-field BBB scores after T10 contusion. Values are mean ± SEM; Sham n = 6, Vehicle n = 11, "
                        "MSC-EV n = 12."
                    ),
                    {
                        "orient": "rows",
                        "days": _D4,
                        "day_fmt": week_fmt,
                        "corner": "Time after SCI",
                        "groups": ["Sham", "Vehicle", "MSC-EV"],
                    },
                ),
                ("h", "Barrier integrity and inflammation"),
                (
                    "Evans blue extravasation at 24 h was 43% lower and MPO<sup>+</sup> cells 38% fewer in EV-treated rats. "
                    "{{mechanism|We attribute the functional benefit mainly to preservation of the blood–spinal cord barrier and reduced "
                    "neutrophil infiltration}} in the first day."
                ),
            ],
        ),
        (
            "discussion",
            "Discussion",
            [
                (
                    "Two intravenous EV doses in the first day after contusion improved recovery by about three BBB points at 8 weeks "
                    "and crossed the threshold of consistent plantar stepping in most rats. Because EVs are cleared from the blood "
                    "within hours, a second dose may extend exposure during the period of maximal barrier leakage [6]."
                ),
                "Other groups have injected 100–200 µg of EV protein, or up to 1"
                + NB
                + "×"
                + NB
                + "10<sup>11</sup> particles, and "
                "reported gains of 2–4 points [5,14]; comparison across studies is hampered by the lack of a common dose unit. "
                "Limitations include the use of female rats only and a single EV batch.",
            ],
        ),
    ],
    references=POOL[4:12]
    + [
        (
            "Roy-Tremblay S, Okoye N. Reporting doses of extracellular vesicles in rodent CNS injury. "
            "Vesicle Methods. 2021;5:60–71."
        )
    ],
    scores=Scores(
        outcome="BBB",
        err="sem",
        groups=[("Sham", "sham", 6), ("Vehicle", "control", 11), ("MSC-EV", "treatment", 12)],
        values={
            "Sham": flat("Sham", _D4, [(21.0, 0.0)] * 5),
            "Vehicle": flat(
                "Vehicle", _D4, [(3.1, 0.5), (5.9, 0.6), (7.8, 0.5), (8.4, 0.6), (8.6, 0.5)]
            ),
            "MSC-EV": flat(
                "MSC-EV", _D4, [(3.6, 0.4), (7.4, 0.5), (9.9, 0.6), (11.1, 0.5), (11.6, 0.6)]
            ),
        },
    ),
    back=[
        ("Acknowledgements", "We thank the animal care staff of the University of Lakeshore."),
        (
            "Declaration of competing interest",
            (
                "{{reported_conflict_of_interest|The authors declare that they have no known "
                "competing financial interests or personal relationships that could have appeared to influence the work reported "
                "in this paper.}}"
            ),
        ),
    ],
    footnote=FOOTNOTE,
)

STUDIES = [KURT, ROBICHAUD]
