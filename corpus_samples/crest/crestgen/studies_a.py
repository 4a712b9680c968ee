"""Two Chinese labs (everything here is invented)."""

from __future__ import annotations

from extgen.common import FOOTNOTE, GMU, MU, NB, POOL, day_fmt, flat
from extgen.model import Scores, Study

# ---------------------------------------------------------------------------------------------
# 1. Song et al. 2021 -- engineered hUCMSC exosomes, tail vein, table with merged header and
#    significance markers. Lab habits: "Exos", "SCI + Exos-miR-124", mean ± SD, "×g", μ (Greek).
# ---------------------------------------------------------------------------------------------
_D1 = [1, 3, 7, 14, 21, 28]
SONG = Study(
    stem="song2021_hucmsc_exos_mir124_tailvein",
    layout="twocol",
    title="Exosomes derived from miR-124-3p-overexpressing human umbilical cord mesenchymal stem cells "
    "shift microglia toward an M2 phenotype and improve hindlimb function after spinal cord injury in rats",
    short_title="Song et al. · Exos-miR-124 in SCI",
    authors=[
        ("Yuhan", "Song"),
        ("Jiarui", "Kong"),
        ("Mengqi", "Shao"),
        ("Wenbo", "Ren"),
        ("Lixin", "Tang"),
    ],
    affiliations=[
        "Department of Orthopaedics, Second Affiliated Hospital of Lanting Medical University, Lanting, China",
        "Institute of Spinal Regeneration, Lanting Medical University, Lanting, China",
    ],
    journal="Journal of Neuroregenerative Therapeutics",
    year=2021,
    volume="9(4):e0412",
    doi="10.5555/jnt.2021.0412",
    pmid="99100301",
    pmcid="PMC9910301",
    received="2021-03-17",
    values={
        "species": "rat",
        "strain": "Sprague-Dawley",
        "sex": "female",
        "body_weight_g": {"low": 200, "high": 220},
        "n_per_group": 8,
        "injury_model": "contusion",
        "injury_device": "NYU impactor",
        "injury_level": "T10",
        "source_tissue": "umbilical_cord",
        "source_species": "human",
        "modification": "miR-124-3p overexpression",
        "isolation_method": ["ultracentrifugation"],
        "isolation_detail": "100,000 ×g 70 min, twice",
        "characterization": ["TEM", "NTA", "western_blot"],
        "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 118.6, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 200, "unit": "ug", "volume_ul": 200, "basis": "protein"},
        "route": "intravenous",
        "route_detail": "tail vein",
        "frequency": {"doses": 1, "interval_h": None},
        "timing_post_injury_h": 0.5,
        "mechanism": "miR-124-3p targets MYH9 and suppresses PI3K/AKT/NF-κB signalling in microglia",
        "reported_randomisation": True,
        "reported_blinded_assessment": True,
        "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        (
            "Background",
            (
                "Microglia-driven neuroinflammation aggravates secondary damage after spinal cord injury (SCI). "
                "Exosomes (Exos) from mesenchymal stem cells carry microRNAs that can reprogramme microglia [1,2]."
            ),
        ),
        (
            "Methods",
            (
                "Exos were isolated from human umbilical cord mesenchymal stem cells (hUCMSCs) transfected with a "
                "miR-124-3p lentivirus (Exos-miR-124) or a negative-control vector (Exos-NC). Female SD rats received a T10 "
                "contusion and a single tail-vein injection of Exos 30 min later. Locomotion was scored with the BBB scale for 28 days."
            ),
        ),
        (
            "Results",
            (
                "Exos-miR-124 raised BBB scores from day 14 onward, reduced CD86<sup>+</sup> microglia and increased "
                "CD206<sup>+</sup> microglia compared with Exos-NC."
            ),
        ),
        (
            "Conclusion",
            "miR-124-3p-enriched Exos promote functional recovery after SCI, partly through M2 polarisation of microglia.",
        ),
    ],
    keywords=[
        "spinal cord injury",
        "exosomes",
        "miR-124-3p",
        "microglia",
        "umbilical cord mesenchymal stem cells",
    ],
    sections=[
        (
            "intro",
            "1. Introduction",
            [
                (
                    "Spinal cord injury (SCI) leaves most patients with permanent motor and sensory deficits, and the secondary "
                    "injury cascade that follows the primary insult, with haemorrhage, ischaemia and inflammation, enlarges the "
                    "lesion over days to weeks [1]. Resident microglia are among the first responders and, when polarised toward a "
                    "pro-inflammatory M1 state, release IL-1β, TNF-α and reactive oxygen species that kill spared neurons [7]."
                ),
                "Exosomes are small membrane vesicles of roughly 30–150 nm secreted by almost all cells, and those of "
                "mesenchymal stem cells (MSCs) have been reported to reproduce much of the benefit of the parent cells without "
                "the risks of cell transplantation [2,11]. In earlier rat studies doses between 100 and 400 "
                + GMU
                + "g of "
                "exosomal protein were given intravenously [5]. miR-124 is the most abundant microRNA in the adult CNS and "
                "restrains microglial activation, but whether MSC exosomes loaded with miR-124-3p improve recovery after SCI "
                "has not been tested.",
            ],
        ),
        (
            "methods",
            "2. Materials and methods",
            [
                ("h", "2.1. Animals"),
                "All procedures were {{reported_welfare_compliance|approved by the Animal Care and Use Committee of Lanting "
                "Medical University (No. LMU-2019-117)}}. Adult {{species,strain,sex|female Sprague-Dawley (SD) rats}} "
                "({{body_weight_g|200–220"
                + NB
                + "g}}) were obtained from the university animal centre and housed under a 12 h "
                "light/dark cycle with free access to food and water.",
                ("h", "2.2. Culture and transfection of hUCMSCs"),
                (
                    "{{source_tissue,source_species|Human umbilical cord mesenchymal stem cells (hUCMSCs)}} at passage 3 were "
                    "purchased from a cell bank and cultured in DMEM/F12 with 10% FBS. Cells were transduced with "
                    "{{modification|lentivirus overexpressing miR-124-3p}} (LV-miR-124) or a scrambled control (LV-NC) at an MOI of "
                    "20; transfection efficiency was confirmed by GFP and qRT-PCR. Before collection, cells were switched to medium "
                    "with exosome-depleted FBS for 48 h."
                ),
                ("h", "2.3. Isolation and identification of Exos"),
                "The supernatant was centrifuged at 300"
                + NB
                + "×g for 10 min, 2000"
                + NB
                + "×g for 20 min and 10,000"
                + NB
                + "×g for 30 min to remove cells and debris, then {{isolation_method,isolation_detail|ultracentrifuged at "
                "100,000"
                + NB
                + "×g for 70 min (SW32Ti rotor, Beckman); the pellet was washed in PBS and ultracentrifuged again "
                "under the same conditions}}. Exos were resuspended in PBS and protein was measured with a BCA kit.",
                (
                    "{{characterization|The morphology of Exos was observed by transmission electron microscopy (TEM)}}, and "
                    "{{characterization|particle size distribution was determined by nanoparticle tracking analysis (NTA, NanoSight NS300)}}. "
                    "{{characterization,markers|Western blot was used to detect the exosomal markers CD9, CD63 and TSG101 and the "
                    "negative marker calnexin}}."
                ),
                ("h", "2.4. SCI model and grouping"),
                (
                    "Rats were anaesthetised with 2% pentobarbital sodium (40 mg/kg, i.p.). After laminectomy at the T10 level, "
                    "{{injury_model,injury_device,injury_level|a moderate contusion was produced with the NYU Impactor (10 g rod "
                    "dropped from 12.5 mm) at T10}}. Sham rats underwent laminectomy only. Bladders were emptied manually twice a day "
                    "until reflex voiding returned."
                ),
                "{{reported_randomisation|Rats were randomly divided into four groups using a random number table}}: Sham, "
                "SCI + PBS, SCI + Exos-NC and SCI + Exos-miR-124 ({{n_per_group|n = 8 per group}}). "
                "{{dose,route,route_detail,timing_post_injury_h,frequency|Thirty minutes after injury, 200 "
                + GMU
                + "g Exos "
                "dissolved in 200 "
                + GMU
                + "L PBS were injected once through the tail vein}}; the SCI + PBS group received the "
                "same volume of PBS.",
                ("h", "2.5. Behavioural assessment"),
                (
                    "Hindlimb locomotion was evaluated with the Basso, Beattie and Bresnahan (BBB) locomotor rating scale on days 1, "
                    "3, 7, 14, 21 and 28 after injury. {{reported_blinded_assessment|Two observers who were blinded to the grouping "
                    "scored each rat for 4 min in an open field}}, and the mean of their scores was used."
                ),
                ("h", "2.6. Statistical analysis"),
                (
                    "Data are expressed as mean ± SD. Differences among groups were analysed by one-way ANOVA followed by Tukey's "
                    "test, and BBB scores by two-way repeated-measures ANOVA (GraphPad Prism 8). P < 0.05 was considered significant."
                ),
            ],
        ),
        (
            "results",
            "3. Results",
            [
                ("h", "3.1. Characterisation of Exos"),
                (
                    "Under TEM, Exos-NC and Exos-miR-124 displayed a typical cup-shaped morphology. "
                    "{{size_nm|NTA showed a mean particle diameter of 118.6 ± 9.2 nm}} for Exos-miR-124, similar to that of Exos-NC "
                    "(121.3 ± 10.4 nm). Both preparations were positive for CD9, CD63 and TSG101 and negative for calnexin. The level "
                    "of miR-124-3p in Exos-miR-124 was about 14-fold that in Exos-NC."
                ),
                ("h", "3.2. Exos-miR-124 improved locomotor function"),
                (
                    "All injured rats were almost completely paralysed on day 1. From day 14, the BBB scores of the SCI + Exos-miR-124 "
                    "group were significantly higher than those of the SCI + PBS and SCI + Exos-NC groups (Table 1). On day 28, the "
                    "score of the SCI + Exos-miR-124 group reached {bbb:SCI + Exos-miR-124@28}, compared with {bbb:SCI + PBS@28} in the "
                    "SCI + PBS group and {bbb:SCI + Exos-NC@28} in the SCI + Exos-NC group."
                ),
                (
                    "table",
                    "Table 1",
                    "BBB scores of rats in each group after SCI (mean ± SD, n = 8).",
                    {
                        "orient": "rows",
                        "days": _D1,
                        "day_fmt": day_fmt,
                        "corner": "Time",
                        "groups": ["Sham", "SCI + PBS", "SCI + Exos-NC", "SCI + Exos-miR-124"],
                        "span": "BBB score",
                        "col_width": 57,
                        "font_size": 7.5,
                        "marks": {
                            ("SCI + Exos-NC", 21): "*",
                            ("SCI + Exos-NC", 28): "*",
                            ("SCI + Exos-miR-124", 14): "*#",
                            ("SCI + Exos-miR-124", 21): "*#",
                            ("SCI + Exos-miR-124", 28): "*#",
                        },
                        "foot": "*P < 0.05 vs. SCI + PBS; #P < 0.05 vs. SCI + Exos-NC.",
                    },
                ),
                ("h", "3.3. Exos-miR-124 promoted M2 polarisation of microglia"),
                (
                    "Seven days after injury the proportion of CD86<sup>+</sup>Iba1<sup>+</sup> cells around the lesion fell from "
                    "41.2% in the SCI + PBS group to 18.7% in the SCI + Exos-miR-124 group, while CD206<sup>+</sup>Iba1<sup>+</sup> "
                    "cells rose. A dual-luciferase assay showed that {{mechanism|miR-124-3p directly targeted MYH9 and thereby "
                    "suppressed the PI3K/AKT/NF-κB pathway in microglia}}."
                ),
            ],
        ),
        (
            "discussion",
            "4. Discussion",
            [
                (
                    "In this study, a single intravenous dose of miR-124-3p-enriched exosomes improved hindlimb function after "
                    "contusive SCI more than control exosomes did. Exosomes injected into the tail vein reach the injured cord, "
                    "where the blood–spinal cord barrier is disrupted, and are taken up mainly by microglia and macrophages [5,6]."
                ),
                "Native MSC exosomes also improved BBB scores slightly, in line with previous reports that used 100 "
                + MU
                + "g of "
                "exosomes once [5]; the diameters reported in those studies (about 80–120 nm) resemble ours. Several limitations "
                "should be noted: only female rats were used, and the follow-up lasted 4 weeks.",
            ],
        ),
        (
            "conclusions",
            "5. Conclusions",
            [
                (
                    "Exos from miR-124-3p-overexpressing hUCMSCs promote recovery of locomotor function after SCI in rats by "
                    "driving microglia toward the M2 phenotype."
                ),
            ],
        ),
    ],
    references=POOL[:8],
    scores=Scores(
        outcome="BBB",
        err="sd",
        groups=[
            ("Sham", "sham", 8),
            ("SCI + PBS", "control", 8),
            ("SCI + Exos-NC", "other", 8),
            ("SCI + Exos-miR-124", "treatment", 8),
        ],
        values={
            "Sham": flat("Sham", _D1, [(21.0, 0.0)] * 6),
            "SCI + PBS": flat(
                "SCI + PBS",
                _D1,
                [(0.4, 0.5), (1.6, 0.7), (3.4, 1.0), (5.1, 1.2), (6.3, 1.1), (7.0, 1.3)],
            ),
            "SCI + Exos-NC": flat(
                "SCI + Exos-NC",
                _D1,
                [(0.5, 0.5), (1.9, 0.8), (4.0, 1.1), (6.2, 1.0), (7.8, 1.2), (8.6, 1.1)],
            ),
            "SCI + Exos-miR-124": flat(
                "SCI + Exos-miR-124",
                _D1,
                [(0.6, 0.5), (2.1, 0.6), (4.6, 0.9), (7.9, 1.1), (9.8, 1.0), (11.3, 1.2)],
            ),
        },
    ),
    back=[
        (
            "Ethics statement",
            "The animal study was approved by the Animal Care and Use Committee of Lanting Medical University.",
        ),
        (
            "Conflict of interest",
            "{{reported_conflict_of_interest|The authors declare that they have no competing interests.}}",
        ),
        (
            "Funding",
            "Supported by the Natural Science Foundation of Lanting Province (grant 2019-LT-0456).",
        ),
    ],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------------
# 2. Ren et al. 2023 -- rat BMSC sEVs by ExoQuick-TC, daily i.v. x3 from 24 h, accepted-manuscript
#    pages with line numbers; BBB in a plot, legend and text repeat day 14 / 28 values ("dpi").
# ---------------------------------------------------------------------------------------------
_D2 = [1, 3, 7, 14, 21, 28]
REN = Study(
    stem="ren2023_rbmsc_sev_exoquick_daily_iv",
    layout="single",
    title="Small extracellular vesicles from rat bone marrow mesenchymal stem cells inhibit NLRP3 "
    "inflammasome-mediated pyroptosis after spinal cord injury",
    short_title="BMSC-sEV and pyroptosis after SCI",
    authors=[
        ("Haoran", "Ren"),
        ("Qing", "Sun"),
        ("Xiaodan", "Kuang"),
        ("Peng", "Shi"),
        ("Jun", "Zhou"),
    ],
    affiliations=[
        "Department of Spine Surgery, Qiaoxi People's Hospital, Qiaoxi, China",
        "Key Laboratory of Trauma Repair, Qiaoxi University, Qiaoxi, China",
    ],
    journal="Cellular Neurotrauma Reports",
    year=2023,
    volume="15:221–236",
    doi="10.5555/cnr.2023.07781",
    pmid="99100302",
    pmcid="PMC9910302",
    received="2022-11-02",
    values={
        "species": "rat",
        "strain": "Sprague-Dawley",
        "sex": "male",
        "body_weight_g": {"low": 250, "high": 280},
        "n_per_group": 6,
        "injury_model": "contusion",
        "injury_device": "weight drop",
        "injury_level": "T10",
        "source_tissue": "bone_marrow",
        "source_species": "rat",
        "isolation_method": ["precipitation_kit"],
        "isolation_detail": "ExoQuick-TC",
        "characterization": ["TEM", "NTA", "western_blot"],
        "markers": ["CD81", "Alix", "TSG101", "GM130"],
        "size_nm": {"value": 96.5, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 500, "basis": "protein"},
        "route": "intravenous",
        "route_detail": "tail vein",
        "frequency": {"doses": 3, "interval_h": 24},
        "timing_post_injury_h": 24,
        "mechanism": "inhibition of NLRP3 inflammasome-mediated pyroptosis",
        "reported_randomisation": True,
        "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        (
            None,
            (
                "Pyroptosis, an inflammatory form of programmed cell death driven by the NLRP3 inflammasome, contributes to "
                "neuronal loss after spinal cord injury (SCI). We isolated small extracellular vesicles (sEV) from rat bone marrow "
                "mesenchymal stem cells (BMSCs) and injected them into the tail vein of rats once a day for three days, starting 24 h "
                "after a weight-drop contusion. sEV treatment lowered NLRP3, cleaved caspase-1 and GSDMD-N in the injured cord, "
                "reduced IL-1β and IL-18, preserved neurons and improved Basso–Beattie–Bresnahan (BBB) scores at 14 and 28 dpi. "
                "BMSC-sEV may be a cell-free option for SCI."
            ),
        ),
    ],
    keywords=["spinal cord injury", "small extracellular vesicles", "pyroptosis", "NLRP3", "BMSC"],
    sections=[
        (
            "intro",
            "Introduction",
            [
                (
                    "Traumatic spinal cord injury (SCI) affects several hundred thousand people each year, and no treatment restores "
                    "function reliably [1]. After the primary impact, a wave of secondary injury spreads from the lesion; among its "
                    "mechanisms, pyroptosis executed by gasdermin D (GSDMD) after NLRP3 inflammasome assembly has drawn attention [3]."
                ),
                (
                    "Small extracellular vesicles (sEV; diameter < 200 nm) of mesenchymal stem cells transfer proteins and RNAs to "
                    "recipient cells and are less immunogenic than the cells themselves [2,4]. BMSC-derived vesicles improved recovery "
                    "in several rodent SCI models, with doses of 1 × 10<sup>9</sup> to 1 × 10<sup>11</sup> particles [11]. Whether they "
                    "act on pyroptosis in the injured cord is not clear."
                ),
            ],
        ),
        (
            "methods",
            "Materials and Methods",
            [
                ("h", "Animals and ethics"),
                (
                    "{{species,strain,sex|Male Sprague–Dawley rats}} weighing {{body_weight_g|250–280 g}} were supplied by the "
                    "Laboratory Animal Centre of Qiaoxi University. The protocol {{reported_welfare_compliance|was approved by the "
                    "Ethics Committee for Animal Experiments of Qiaoxi University (approval no. QXU-A-2021-063) and followed the "
                    "Guide for the Care and Use of Laboratory Animals}}."
                ),
                ("h", "Isolation and culture of BMSCs"),
                (
                    "{{source_tissue,source_species|BMSCs were flushed from the femurs and tibias of 4-week-old SD rats}} and "
                    "expanded in α-MEM containing 10% FBS; cells at passages 3–5 were positive for CD29, CD44 and CD90 and negative "
                    "for CD34 and CD45 by flow cytometry, and differentiated into osteoblasts and adipocytes."
                ),
                ("h", "Isolation of sEV"),
                (
                    "When BMSCs reached 80% confluence the medium was replaced with serum-free α-MEM for 48 h. The conditioned medium "
                    "was cleared at 3000 × g for 15 min and {{isolation_method,isolation_detail|sEV were precipitated with "
                    "ExoQuick-TC (System Biosciences) according to the manufacturer's instructions}}. The pellet was resuspended in "
                    "PBS and stored at −80 °C; protein content was measured with a BCA assay."
                ),
                (
                    "{{characterization|sEV were identified by transmission electron microscopy (TEM), nanoparticle tracking analysis "
                    "(NTA; ZetaView) and western blotting}} {{markers|for CD81, Alix and TSG101, with GM130 as a negative control}}."
                ),
                ("h", "SCI model and treatment"),
                (
                    "Rats were anaesthetised with isoflurane. The T9–T11 spinous processes were removed and "
                    "{{injury_model,injury_device,injury_level|the spinal cord at T10 was contused with a modified Allen's "
                    "weight-drop device (10 g, 25 mm)}}. Successful injury was confirmed by tail spasm and hindlimb twitching; rats "
                    "with a BBB score above 1 at 24 h were excluded."
                ),
                "{{reported_randomisation|The rats were randomly assigned}} to Sham, Model and sEV groups "
                "({{n_per_group|n = 6 in each group}} for behavioural testing; additional rats were used for tissue analyses). "
                "{{dose,route,route_detail,frequency,timing_post_injury_h|Beginning 24 h after injury, rats in the sEV group received "
                "100 "
                + MU
                + "g sEV in 500 "
                + MU
                + "L PBS via the tail vein once daily for 3 consecutive days}}, and Model rats "
                "received PBS on the same schedule.",
                ("h", "Locomotor evaluation"),
                (
                    "Hindlimb function was assessed with the BBB scale at 1, 3, 7, 14, 21 and 28 dpi by two trained investigators. "
                    "Each rat was observed in an open field for 4 min."
                ),
                ("h", "Statistics"),
                (
                    "Values are presented as mean ± SEM and were compared by one-way or two-way ANOVA with Bonferroni correction "
                    "(SPSS 22.0). P < 0.05 was considered statistically significant."
                ),
            ],
        ),
        (
            "results",
            "Results",
            [
                ("h", "Characterisation of BMSC-sEV"),
                (
                    "TEM images showed round or cup-shaped vesicles with a bilayer membrane. "
                    "{{size_nm|NTA revealed a peak (mode) diameter of 96.5 nm}}, and the particles were positive for CD81, Alix and "
                    "TSG101 and negative for GM130."
                ),
                ("h", "sEV improved locomotor recovery"),
                (
                    "Hindlimbs of Model and sEV rats were paralysed at 1 dpi. BBB scores rose gradually in both injured groups, and "
                    "from 14 dpi the sEV group scored higher than the Model group ({bbb:sEV@14} vs. {bbb:Model@14}, P < 0.05). At "
                    "28 dpi the BBB score of the sEV group was {bbb:sEV@28}, whereas Model rats reached {bbb:Model@28} (Figure 2)."
                ),
                (
                    "figure",
                    "Figure 2",
                    (
                        "BBB scores of Sham, Model and sEV rats from 1 to 28 dpi (mean ± SEM, n = 6). At 28 dpi: "
                        "sEV {bbb:sEV@28}; Model {bbb:Model@28}. *P < 0.05 vs. Model."
                    ),
                    {"groups": ["Sham", "Model", "sEV"], "days": _D2},
                ),
                ("h", "sEV suppressed pyroptosis"),
                (
                    "Western blots of the lesion epicentre at 3 dpi showed that sEV lowered NLRP3, ASC, cleaved caspase-1 and "
                    "GSDMD-N by 38–55% relative to Model rats, and ELISA showed lower IL-1β and IL-18. These data indicate that "
                    "{{mechanism|BMSC-sEV exert neuroprotection by inhibiting NLRP3 inflammasome-mediated pyroptosis}}."
                ),
            ],
        ),
        (
            "discussion",
            "Discussion",
            [
                (
                    "We found that three consecutive intravenous injections of BMSC-sEV, begun one day after injury, reduced pyroptosis "
                    "and improved hindlimb function. Starting treatment at 24 h rather than immediately is closer to the clinical "
                    "setting, in which patients rarely receive treatment within the first hour."
                ),
                "Others have reported that a single injection of 200 "
                + MU
                + "g exosomes within 30 min of injury improved BBB scores "
                "by about 3 points at 4 weeks [5]. Our effect was of similar size. The study has limitations: only male rats were "
                "studied, and the biodistribution of sEV was not traced.",
            ],
        ),
    ],
    references=POOL[2:10],
    scores=Scores(
        outcome="BBB",
        err="sem",
        groups=[("Sham", "sham", 6), ("Model", "control", 6), ("sEV", "treatment", 6)],
        values={
            "Sham": flat("Sham", _D2, [(21.0, 0.0)] * 6),
            "Model": flat(
                "Model",
                _D2,
                [(0.3, 0.2), (1.2, 0.4), (3.0, 0.5), (4.8, 0.6), (5.9, 0.6), (6.6, 0.7)],
            ),
            "sEV": flat(
                "sEV",
                _D2,
                [(0.4, 0.2), (1.6, 0.4), (4.1, 0.6), (7.2, 0.7), (8.9, 0.6), (10.1, 0.8)],
            ),
        },
    ),
    back=[
        (
            "Ethics approval",
            "All experiments were approved by the Ethics Committee for Animal Experiments of Qiaoxi University.",
        ),
        (
            "Declaration of competing interest",
            "{{reported_conflict_of_interest|The authors declare no conflict of interest.}}",
        ),
        (
            "Data availability",
            "Data are available from the corresponding author on reasonable request.",
        ),
    ],
    notes=[
        "BBB is also drawn in a line plot (Figure 2); the plot repeats the text values and adds no rows."
    ],
    footnote=FOOTNOTE,
)

STUDIES = [SONG, REN]
