"""Orbit studies 1-3: two labs in China and one in Taiwan (everything invented)."""

from __future__ import annotations

from extgen.common import FOOTNOTE, MU, POOL, flat
from extgen.model import Scores, Study

# ---------------------------------------------------------------------------------------
# 1. China (lab 1): a ruled grid, days under a spanning header, a pre-injury column,
#    significance marks glued to the numbers, and a second table with BBB beside
#    inclined-plane angle and body weight.
# ---------------------------------------------------------------------------------------
_D1 = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]
GUO = Study(
    stem="guo2021_hucmsc_exo_nyu_spanheader_tailvein",
    layout="twocol",
    title="Human umbilical cord mesenchymal stem cell-derived exosomes attenuate pyroptosis and "
          "promote locomotor recovery after spinal cord contusion in rats",
    short_title="hUCMSC-Exos after SCI",
    authors=[("Lianxiang", "Guo"), ("Meiling", "Shao"), ("Haotian", "Dong"), ("Rui", "Bao"), ("Jianhua", "Tang")],
    affiliations=["Department of Spinal Surgery, Affiliated Hospital of Lingshan Medical College, Lingshan, China",
                  "Key Laboratory of Neural Repair, Lingshan Medical College, Lingshan, China"],
    journal="Journal of Neurotrauma Repair Letters",
    year=2021,
    volume="14(6):611–624",
    doi="10.5555/jnrl.2021.0611",
    pmid="99100301",
    pmcid="PMC9910301",
    received="2021-03-14",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 220, "high": 250}, "n_per_group": 10,
        "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T10",
        "source_tissue": "umbilical_cord", "source_species": "human",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 g 70 min",
        "characterization": ["TEM", "NTA", "western_blot"],
        "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 112.4, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 200, "unit": "ug", "volume_ul": 200, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.5,
        "mechanism": "inhibition of NLRP3 inflammasome-mediated pyroptosis",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", ("Pyroptosis amplifies secondary damage after spinal cord injury (SCI). We asked whether "
         "exosomes from human umbilical cord mesenchymal stem cells (hUCMSC-Exos) limit this process.")),
        ("Methods", ("Female Sprague-Dawley rats received a T10 contusion and a single tail-vein injection of "
         "hUCMSC-Exos or PBS 30 min later. Locomotion was scored with the BBB scale for 28 days.")),
        ("Results", ("hUCMSC-Exos lowered NLRP3, cleaved caspase-1 and GSDMD-N in the lesion and improved BBB "
         "scores from day 14 onward.")),
        ("Conclusion", ("hUCMSC-Exos promote functional recovery after SCI, at least in part by suppressing "
         "NLRP3 inflammasome-dependent pyroptosis.")),
    ],
    keywords=["spinal cord injury", "exosomes", "umbilical cord", "pyroptosis", "NLRP3"],
    sections=[
        ("intro", "1. Introduction", [
            ("Spinal cord injury (SCI) leaves most patients with permanent motor and sensory deficits, and no "
            "treatment reliably restores function [1]. After the primary impact, inflammatory cell death "
            "including pyroptosis spreads the lesion over the following days [3]."),
            ("Exosomes are small extracellular vesicles of 30–150 nm that carry proteins and RNAs between cells "
            "[2]. Earlier work gave 100 µg of stromal-cell exosomes intravenously and reported BBB scores near "
            "10 at four weeks [5]. Whether umbilical cord-derived exosomes act on the NLRP3 inflammasome has not "
            "been examined in a contusion model."),
        ]),
        ("methods", "2. Materials and methods", [
            ("h", "2.1. Animals"),
            ("{{species,strain,sex,body_weight_g|Adult female Sprague-Dawley rats (220–250 g)}} were purchased from "
            "the Laboratory Animal Center of Lingshan Medical College. {{reported_welfare_compliance|All procedures "
            "were approved by the Animal Ethics Committee of Lingshan Medical College (No. LSMC-2019-0412)}} and "
            "followed the national guidelines for the care of laboratory animals. Rats were housed at 22 ± 2 °C "
            "with free access to food and water."),
            ("h", "2.2. Culture of hUCMSCs and isolation of exosomes"),
            ("hUCMSCs (passage 3–5) were obtained from the cell bank of our hospital and identified by flow "
            "cytometry (CD73+, CD90+, CD105+, CD34−, CD45−). At 80% confluence the medium was replaced with "
            "serum-free medium for 48 h. {{source_tissue,source_species|Conditioned medium of hUCMSCs}} was "
            "centrifuged at 300 × g for 10 min, 2000 × g for 20 min and 10 000 × g for 30 min, and then "
            "{{isolation_method,isolation_detail|ultracentrifuged at 100,000 g for 70 min}} at 4 °C (Beckman "
            "Optima XPN-100). The pellet was washed once in PBS, centrifuged again and resuspended in 100 "
            f"{MU}L PBS. Protein concentration was measured with a BCA kit."),
            ("h", "2.3. Identification of exosomes"),
            ("The morphology of the exosomes was observed by {{characterization|transmission electron microscopy "
            "(TEM)}}. Size distribution was analysed by {{characterization|nanoparticle tracking analysis (NTA)}} "
            "on a NanoSight NS300. {{characterization,markers|Western blot was used to detect CD9, CD63 and "
            "TSG101, with calnexin as a negative control}}."),
            ("h", "2.4. SCI model and treatment"),
            ("Rats were anaesthetised with 2% sodium pentobarbital (40 mg/kg, i.p.). After "
            "{{injury_level|laminectomy at T10}}, a moderate contusion was produced with {{injury_model,injury_device|the "
            "NYU impactor (10 g rod dropped from 25 mm)}}. Sham rats underwent laminectomy only. Bladders were "
            "emptied manually twice daily until reflex voiding returned."),
            ("{{reported_randomisation|Rats were randomly divided into three groups using a random number table}} "
            "({{n_per_group|n = 10 per group}}): Sham, SCI and SCI+hUCMSC-Exos. "
            "{{timing_post_injury_h|Thirty minutes after injury}}, rats in the SCI+hUCMSC-Exos group received "
            f"{{{{dose|200 {MU}g of exosomes in 200 {MU}L PBS}}}} {{{{route,route_detail|via the tail vein}}}}, "
            "and the SCI group received the same volume of PBS. {{frequency|Each rat was injected once.}}"),
            ("h", "2.5. Behavioural assessment"),
            ("Hindlimb function was evaluated with the Basso, Beattie and Bresnahan (BBB) locomotor rating scale "
            "before injury and on days 1, 3, 7, 14, 21 and 28 after SCI. {{reported_blinded_assessment|Two "
            "investigators who were blinded to the grouping scored each rat}} for 4 min in an open field; the "
            "mean of the two scores was used. The inclined plane test was performed on day 28."),
            ("h", "2.6. Statistical analysis"),
            ("Data are expressed as mean ± SD and were analysed with SPSS 22.0. BBB scores were compared by "
            "two-way repeated-measures ANOVA followed by Tukey's test; P < 0.05 was considered significant."),
        ]),
        ("results", "3. Results", [
            ("h", "3.1. Characterisation of hUCMSC-Exos"),
            ("Under TEM the vesicles were cup-shaped with a double membrane. "
            "{{size_nm|NTA showed a mean diameter of 112.4 ± 8.7 nm}}, and the particles expressed CD9, CD63 "
            "and TSG101 but not calnexin."),
            ("h", "3.2. hUCMSC-Exos improve locomotor function"),
            ("All rats scored 21 before surgery. One day after injury, BBB scores of the two injured groups "
            "dropped to nearly zero, whereas sham rats walked normally (Table 1). From day 14, the "
            "SCI+hUCMSC-Exos group scored higher than the SCI group; on day 28 the scores were "
            "{bbb:SCI+hUCMSC-Exos@28} and {bbb:SCI@28}, respectively (P < 0.01)."),
            ("table", "Table 1", "BBB scores of rats in each group (mean ± SD, n = 10).", {
                "kind": "orbit", "orient": "groups_rows", "groups": ["Sham", "SCI", "SCI+hUCMSC-Exos"],
                "days": _D1, "head": lambda d: f"{d:g}", "span": "Days post-injury", "corner": "Group",
                "baseline": {"Sham": "21.0 ± 0.0", "SCI": "21.0 ± 0.0", "SCI+hUCMSC-Exos": "21.0 ± 0.0"},
                "base_head": "Pre", "grid": "full",
                "marks": {("SCI+hUCMSC-Exos", 14.0): "*", ("SCI+hUCMSC-Exos", 21.0): "**",
                          ("SCI+hUCMSC-Exos", 28.0): "**"},
                "foot": "*P < 0.05, **P < 0.01 vs. SCI group.",
            }),
            ("table", "Table 2", "Locomotor and general outcomes on day 28 after SCI.", {
                "kind": "orbit", "orient": "groups_rows", "groups": ["Sham", "SCI", "SCI+hUCMSC-Exos"],
                "days": [28.0], "head": lambda d: "BBB score", "grid": "lines",
                "extra": [("Inclined plane (°)", {"Sham": "62.5 ± 2.1", "SCI": "38.4 ± 3.0",
                                                  "SCI+hUCMSC-Exos": "47.9 ± 2.6"}),
                          ("Body weight (g)", {"Sham": "268.2 ± 9.4", "SCI": "231.7 ± 11.2",
                                               "SCI+hUCMSC-Exos": "242.5 ± 10.8"})],
                "foot": "Values are mean ± SD. Body weight was recorded on the same day.",
            }),
            ("h", "3.3. hUCMSC-Exos suppress pyroptosis"),
            ("Western blot of the lesion on day 3 showed that NLRP3, ASC, cleaved caspase-1 and GSDMD-N were "
            "increased after SCI and reduced by hUCMSC-Exos. IL-1β and IL-18 in the tissue followed the same "
            "pattern."),
            ("figure", "Figure 3", ("Time course of BBB scores after SCI. On day 28 the SCI+hUCMSC-Exos group "
             "scored {bbb:SCI+hUCMSC-Exos@28} compared with {bbb:SCI@28} in the SCI group."),
             {"groups": ["Sham", "SCI", "SCI+hUCMSC-Exos"], "days": _D1}),
        ]),
        ("discussion", "4. Discussion", [
            ("In this study, a single intravenous dose of hUCMSC-Exos improved hindlimb function and reduced "
            "pyroptotic markers after contusion. "
            "{{mechanism|Our data suggest that hUCMSC-Exos promote recovery by inhibiting NLRP3 "
            "inflammasome-mediated pyroptosis}}."),
            ("Other groups injected 1 × 10^10 particles daily for 3 days and reported BBB scores of about 12 at "
            "28 days [11]; vesicles in those studies measured 80–120 nm. Differences in dosing and injury "
            "severity make direct comparison difficult. A limitation is that we did not track the "
            "distribution of the exosomes after injection."),
        ]),
    ],
    references=[POOL[i] for i in (0, 1, 2, 5, 4, 6, 10, 13)],
    scores=Scores(outcome="BBB", err="sd",
                  groups=[("Sham", "sham", 10), ("SCI", "control", 10), ("SCI+hUCMSC-Exos", "treatment", 10)],
                  values={
                      "Sham": flat("Sham", _D1, [(20.6, 0.5), (20.8, 0.4), (21.0, 0.0), (21.0, 0.0),
                                                 (21.0, 0.0), (21.0, 0.0)]),
                      "SCI": flat("SCI", _D1, [(0.4, 0.5), (1.3, 0.8), (3.2, 1.1), (5.6, 1.2),
                                               (6.9, 1.3), (7.8, 1.4)]),
                      "SCI+hUCMSC-Exos": flat("SCI+hUCMSC-Exos", _D1, [(0.5, 0.5), (1.6, 0.9), (4.1, 1.0),
                                                                       (7.9, 1.1), (9.8, 1.2), (11.3, 1.3)]),
                  }),
    back=[("Ethics statement", "The study was approved by the Animal Ethics Committee of Lingshan Medical College."),
          ("Conflict of interest", "{{reported_conflict_of_interest|The authors declare no conflict of interest.}}"),
          ("Funding", "Natural Science Foundation of Lingshan Province (grant LS2019-118).")],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------
# 2. China (lab 2): accepted manuscript with line numbers; tables at the end; days as rows,
#    mean and SD in separate columns under merged group headers; n in the group header;
#    the table runs over two pages.
# ---------------------------------------------------------------------------------------
_D2 = [1.0, 3.0, 5.0, 7.0, 14.0, 21.0, 28.0]
_G2 = ["Sham", "SCI + PBS", "SCI + Exo-NC", "SCI + Exo-miR-216a"]
CEN = Study(
    stem="cen2022_rbmsc_mir216a_exo_weightdrop_manuscript",
    layout="manuscript",
    title="Exosomal miR-216a-5p from bone marrow mesenchymal stem cells shifts microglia toward an "
          "anti-inflammatory phenotype and improves recovery after spinal cord injury",
    short_title="Exo-miR-216a after SCI",
    authors=[("Yutong", "Cen"), ("Bo", "Liao"), ("Xiaowen", "Qiu"), ("Zhen", "Hou")],
    affiliations=["Department of Orthopaedics, Second People's Hospital of Qinghe, Qinghe, China"],
    journal="Cellular Neuroregeneration",
    year=2022,
    volume="9:e1183",
    doi="10.5555/cneuroregen.2022.1183",
    pmid="99100302",
    pmcid="PMC9910302",
    received="2022-01-27",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male", "body_weight_g": {"low": 250, "high": 280},
        "n_per_group": 8, "injury_model": "contusion", "injury_device": "weight drop",
        "injury_level": "T9-T10", "source_tissue": "bone_marrow", "source_species": "rat",
        "modification": "miR-216a-5p overexpression",
        "isolation_method": ["ultrafiltration", "ultracentrifugation"],
        "isolation_detail": "100 kDa ultrafiltration, 110,000 × g 90 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "CD81", "Alix", "calnexin"],
        "size_nm": {"value": 96.3, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": None, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 3, "interval_h": 24}, "timing_post_injury_h": 1,
        "mechanism": "miR-216a-5p targets TLR4/NF-κB signalling to shift microglia from M1 to M2",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, ("Activated microglia drive secondary injury after spinal cord injury (SCI). Here, bone marrow "
         "mesenchymal stem cells (BMSCs) were transfected with a miR-216a-5p lentivirus, and their exosomes "
         "(Exo-miR-216a) were given to rats with weight-drop contusion through the tail vein once a day for "
         "three days. Compared with exosomes from control-transfected cells (Exo-NC), Exo-miR-216a further "
         "lowered TLR4 and p-p65, increased Arg1+ microglia and improved BBB scores at 28 days. These results "
         "identify exosomal miR-216a-5p as a candidate therapy for SCI.")),
    ],
    keywords=["BMSC", "exosome", "miR-216a-5p", "microglia", "TLR4"],
    sections=[
        ("intro", "Introduction", [
            ("Microglia respond within hours of SCI and, in their pro-inflammatory (M1) state, release cytokines "
            "that enlarge the lesion [7]. Shifting them to an M2 state protects spared tissue [3]."),
            ("MSC-derived exosomes are 40–160 nm vesicles enriched in microRNAs [2,15]. Several miRNAs have been "
            "loaded into exosomes to strengthen their effect; for example, exosomes overexpressing miR-133b "
            "given at 200 µg raised BBB scores to about 9 at day 28 [5]. miR-216a-5p regulates TLR4 in other "
            "tissues, but its role in SCI is unclear."),
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Animals and ethics"),
            ("{{species,strain,sex|Male Wistar rats}} {{body_weight_g|weighing 250–280 g}} were provided by the "
            "Experimental Animal Center of Qinghe University. {{reported_welfare_compliance|The experiments were "
            "approved by the Institutional Animal Care and Use Committee of the Second People's Hospital of "
            "Qinghe}} and were conducted in accordance with the ARRIVE guidelines."),
            ("h", "BMSC culture and transfection"),
            ("{{source_tissue,source_species|BMSCs were isolated from the femurs and tibias of 4-week-old Wistar "
            "rats}} by whole bone marrow adherence and used at passages 3–5. "
            "{{modification|BMSCs were transfected with lentivirus overexpressing miR-216a-5p}} (LV-miR-216a) or "
            "a negative-control lentivirus (LV-NC) at an MOI of 50; transfection efficiency was confirmed by "
            "qRT-PCR."),
            ("h", "Exosome isolation and identification"),
            ("Culture supernatants collected after 48 h in exosome-depleted medium were cleared at 2000 × g for 20 "
            "min and 10 000 × g for 40 min, {{isolation_method,isolation_detail|concentrated with 100 kDa "
            "ultrafiltration tubes and then ultracentrifuged at 110,000 × g for 90 min}}. Pellets were resuspended "
            "in PBS and stored at −80 °C. Exosomes were examined by "
            "{{characterization|TEM}} and {{characterization|NTA (ZetaView)}}, and "
            "{{characterization,markers|CD63, CD81, Alix and calnexin were detected by western blotting}}."),
            ("h", "Spinal cord injury model"),
            ("Rats were anaesthetised with isoflurane. {{injury_level|A laminectomy was performed at T9–T10}}, "
            "and {{injury_model,injury_device|a 10 g weight was dropped from a height of 25 mm onto the exposed "
            "cord (modified Allen's weight-drop)}}. Successful injury was confirmed by tail spasm and hindlimb "
            "flicking. Sham animals received the laminectomy alone."),
            ("h", "Grouping and administration"),
            ("Rats were assigned to Sham, SCI + PBS, SCI + Exo-NC and SCI + Exo-miR-216a groups "
            "({{n_per_group|eight rats in each group}}). "
            f"{{{{dose,route,route_detail|Exosomes (100 {MU}g in PBS) were injected through the tail vein}}}} "
            "{{timing_post_injury_h|starting 1 h after SCI}} and {{frequency|then once daily for 3 consecutive "
            "days}}; SCI + PBS rats received PBS on the same schedule."),
            ("h", "BBB scoring"),
            ("Motor function was assessed with the BBB scale on days 1, 3, 5, 7, 14, 21 and 28. "
            "{{reported_blinded_assessment|Scoring was done by two observers unaware of the treatment}}."),
            ("h", "Statistics"),
            ("Results are given as mean ± standard deviation. Two-way ANOVA with Bonferroni correction was used "
            "for BBB data (GraphPad Prism 8); P < 0.05 was significant."),
        ]),
        ("results", "Results", [
            ("h", "Characterisation of exosomes"),
            ("Both Exo-NC and Exo-miR-216a were round vesicles on TEM. {{size_nm|NTA gave a peak size of "
            "96.3 nm}} for Exo-miR-216a, and miR-216a-5p was about 11-fold higher than in Exo-NC."),
            ("h", "Exo-miR-216a improves locomotion"),
            ("BBB scores did not differ among the injured groups on days 1–5 (Table 1). On day 14, "
            "Exo-miR-216a rats scored {bbb:SCI + Exo-miR-216a@14} against {bbb:SCI + PBS@14} in the PBS group. "
            "By day 28 the score in the SCI + Exo-miR-216a group ({bbb:SCI + Exo-miR-216a@28}) was higher "
            "than in both the SCI + Exo-NC group ({bbb:SCI + Exo-NC@28}) and the SCI + PBS group."),
            ("table", "Table 1", "BBB scores after spinal cord injury.", {
                "kind": "orbit", "orient": "days_rows", "groups": _G2, "days": _D2, "style": "split",
                "err_label": "SD", "n": "label", "head": lambda d: f"{d:g} d", "corner": "Time after SCI",
                "grid": "lines", "cont": 4,
                "marks": {("SCI + Exo-miR-216a", 14.0): "a", ("SCI + Exo-miR-216a", 21.0): "ab",
                          ("SCI + Exo-miR-216a", 28.0): "ab"},
                "foot": "a P < 0.05 vs SCI + PBS; b P < 0.05 vs SCI + Exo-NC.",
            }),
            ("h", "Exo-miR-216a suppresses TLR4/NF-κB in microglia"),
            ("In the lesion on day 7, Iba1+/iNOS+ cells were fewer and Iba1+/Arg1+ cells more numerous after "
            "Exo-miR-216a. TLR4 and phosphorylated p65 fell, and a luciferase assay confirmed TLR4 as a direct "
            "target of miR-216a-5p."),
        ]),
        ("discussion", "Discussion", [
            ("{{mechanism|Exosomal miR-216a-5p targets TLR4/NF-κB signalling to shift microglia from M1 to M2}}, "
            "which is in line with reports on other miRNAs. We chose three daily injections because a single "
            "injection of 50 µg was ineffective in pilot experiments; other studies used 2 × 10^9 particles "
            "[11]. Limitations include the male-only cohort and the lack of long-term follow-up."),
        ]),
    ],
    references=[POOL[i] for i in (6, 1, 2, 9, 4, 14, 10, 11)],
    scores=Scores(outcome="BBB", err="sd",
                  groups=[("Sham", "sham", 8), ("SCI + PBS", "control", 8), ("SCI + Exo-NC", "other", 8),
                          ("SCI + Exo-miR-216a", "treatment", 8)],
                  values={
                      "Sham": flat("Sham", _D2, [(20.5, 0.5), (20.9, 0.4), (21.0, 0.0), (21.0, 0.0),
                                                 (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)]),
                      "SCI + PBS": flat("SCI + PBS", _D2, [(0.3, 0.4), (0.9, 0.6), (1.8, 0.8), (2.7, 0.9),
                                                           (4.9, 1.1), (6.2, 1.2), (7.1, 1.2)]),
                      "SCI + Exo-NC": flat("SCI + Exo-NC", _D2, [(0.4, 0.5), (1.1, 0.7), (2.1, 0.8),
                                                                 (3.3, 1.0), (6.0, 1.1), (7.6, 1.3), (8.7, 1.2)]),
                      "SCI + Exo-miR-216a": flat("SCI + Exo-miR-216a", _D2,
                                                 [(0.4, 0.5), (1.2, 0.6), (2.4, 0.9), (3.9, 1.0), (7.4, 1.2),
                                                  (9.6, 1.1), (11.0, 1.3)]),
                  }),
    back=[("Ethics approval", "Approved by the IACUC of the Second People's Hospital of Qinghe (2020-A-031)."),
          ("Competing interests", ("{{reported_conflict_of_interest|The authors declare that they have no "
           "competing interests.}}")),
          ("Data availability", "Data are available from the corresponding author on reasonable request.")],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------
# 3. Taiwan: compact two-column page, running header/footer; weeks as bare numbers with the
#    unit only in the caption; n in its own column; SEM stated only in the table footnote;
#    a tight unruled table with body weight beside BBB.
# ---------------------------------------------------------------------------------------
_D3 = [7.0, 14.0, 21.0, 28.0, 42.0, 56.0]
CHIANG = Study(
    stem="chiang2020_hadsc_exo_ih_intrathecal_compact",
    layout="compact",
    title="Intrathecal adipose-derived stem cell exosomes reduce astrogliosis and improve hindlimb function "
          "after thoracic contusion in rats",
    short_title="Chiang et al. · Intrathecal ADSC exosomes",
    authors=[("Pei-Hsuan", "Chiang"), ("Yu-Chen", "Lai"), ("Chia-Wei", "Hsu"), ("Ming-Tsung", "Yeh"),
             ("Shu-Fen", "Kuo")],
    affiliations=["Department of Neurosurgery, Tamsui Veterans General Hospital, New Taipei, Taiwan",
                  "Institute of Regenerative Medicine, Hsinan University, Taichung, Taiwan"],
    journal="Formosan Journal of Neural Repair",
    year=2020,
    volume="Vol. 33, No. 4",
    doi="10.5555/fjnr.2020.33.4.201",
    pmid="99100303",
    pmcid="PMC9910303",
    received="2020-05-02",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 250, "high": 300},
        "n_per_group": 12, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor",
        "injury_level": "T10", "source_tissue": "adipose", "source_species": "human", "modification": "none",
        "isolation_method": ["ultrafiltration", "size_exclusion"],
        "isolation_detail": "Amicon Ultra-15 100 kDa, qEVoriginal 70 nm column",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD81", "HSP70", "calnexin"],
        "size_nm": {"value": 98.6, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 1e10, "unit": "particles", "volume_ul": 10, "basis": "particles"},
        "route": "intrathecal", "route_detail": "lumbar puncture",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 24,
        "mechanism": "suppression of astrocyte activation through STAT3 signalling",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Purpose", ("To test whether a single intrathecal dose of exosomes from human adipose-derived stem "
         "cells (ADSC-Exo) improves recovery after spinal cord contusion.")),
        ("Methods", ("Rats received a 200-kdyn contusion at T10 and, 24 h later, ADSC-Exo or vehicle by lumbar "
         "puncture. BBB scores were recorded weekly for 8 weeks.")),
        ("Results", "ADSC-Exo reduced GFAP and p-STAT3 and improved BBB scores from week 3 to week 8."),
        ("Conclusions", "Intrathecal ADSC-Exo is a feasible, minimally invasive treatment for SCI."),
    ],
    keywords=["adipose-derived stem cells", "exosome", "intrathecal", "astrocyte", "STAT3"],
    sections=[
        ("intro", "INTRODUCTION", [
            ("Reactive astrocytes form a glial scar that limits axon regrowth after spinal cord injury (SCI) [13]. "
            "STAT3 signalling drives much of this response."),
            ("Exosomes from adipose-derived stem cells (ADSCs) are abundant and easy to obtain [2]. Most studies "
            "have used intravenous injection, in which a large share of vesicles is trapped in liver and spleen "
            "[8]; one intrathecal study reported BBB scores of 13 at 8 weeks with 5 × 10^9 particles [8]."),
        ]),
        ("methods", "MATERIALS AND METHODS", [
            ("h", "Animals"),
            ("{{reported_welfare_compliance|All animal procedures were approved by the Institutional Animal Care "
            "and Use Committee of Tamsui Veterans General Hospital (IACUC-2018-114)}}. "
            "{{species,strain,sex,body_weight_g|Male Sprague-Dawley rats (250–300 g, BioLASCO Taiwan)}} were "
            "housed two per cage on a 12-h light/dark cycle. "
            "{{reported_sample_size_calculation|Group size was calculated with G*Power (effect size 1.3, α = "
            "0.05, power 0.8)}}, giving {{n_per_group|12 rats per group}}."),
            ("h", "Preparation of ADSC-Exo"),
            ("{{source_tissue,source_species|Human ADSCs were isolated from lipoaspirates of three healthy "
            "donors}} with informed consent and used at passage 4. Exosomes were prepared from 48-h serum-free "
            "supernatants: after removal of cells and debris, {{isolation_method,isolation_detail|the medium was "
            "concentrated with Amicon Ultra-15 100 kDa filters and separated on a qEVoriginal 70 nm "
            "column}} (Izon). {{modification|No modification was made to the cells or exosomes}}."),
            ("Particle size and concentration were determined by {{characterization|NTA (NanoSight LM10)}}; "
            "morphology by {{characterization|TEM}}; and {{characterization,markers|expression of CD9, CD81 "
            "and HSP70 and absence of calnexin by western blot}}."),
            ("h", "Spinal cord contusion"),
            ("Under isoflurane anaesthesia, {{injury_level|the T10 lamina was removed}} and "
            "{{injury_model,injury_device|a 200-kdyn contusion was delivered with the Infinite Horizon impactor}} "
            "(Precision Systems and Instrumentation). Sham rats had laminectomy only."),
            ("h", "Intrathecal injection"),
            ("{{reported_randomisation|Rats were allocated to groups by computer-generated randomisation}}. "
            "{{timing_post_injury_h|At 24 h post-injury}}, {{dose|1 × 10<sup>10</sup> particles of ADSC-Exo in "
            "10 μL PBS}} or 10 μL PBS (Vehicle) was injected {{route,route_detail|intrathecally by lumbar "
            "puncture}} between L5 and L6 using a 30-gauge needle; a tail flick confirmed entry. "
            "{{frequency|The injection was given once.}}"),
            ("h", "Behavioural testing"),
            ("{{reported_blinded_assessment|Open-field locomotion was scored with the BBB scale by two blinded "
            "examiners}} weekly until week 8. Body weight was recorded at the same sessions."),
            ("h", "Statistics"),
            "Repeated-measures two-way ANOVA with Sidak's post hoc test was used; α = 0.05.",
        ]),
        ("results", "RESULTS", [
            ("{{size_nm|The mode diameter of ADSC-Exo was 98.6 nm}} by NTA, with a concentration of 3.2 × "
            "10^11 particles/mL. TEM showed cup-shaped vesicles."),
            ("Hindlimb scores are given in Table 2. Vehicle-treated rats plateaued around week 6, whereas the "
            "ADSC-Exo group continued to improve, reaching {bbb:ADSC-Exo@56} at week 8 compared with "
            "{bbb:Vehicle@56} in the Vehicle group (P = 0.002). Body weight did not differ between the "
            "injured groups."),
            ("table", "Table 2", "BBB locomotor scores at weeks 1–8 after contusion and body weight at week 8.", {
                "kind": "orbit", "orient": "groups_rows", "groups": ["Sham", "Vehicle", "ADSC-Exo"],
                "days": _D3, "head": lambda d: f"{d / 7:g}", "n": "column", "grid": "none", "tight": True,
                "corner": "", "span": "BBB score",
                "extra": [("BW (g)", {"Sham": "386 ± 7", "Vehicle": "341 ± 9", "ADSC-Exo": "349 ± 8"})],
                "marks": {("ADSC-Exo", 21.0): "†", ("ADSC-Exo", 28.0): "†", ("ADSC-Exo", 42.0): "‡",
                          ("ADSC-Exo", 56.0): "‡"},
                "foot": "Data are presented as mean ± SEM. BW, body weight. †P < 0.05, ‡P < 0.01 vs. Vehicle.",
            }),
            ("GFAP immunoreactivity around the epicentre at week 8 was 41% lower with ADSC-Exo, and p-STAT3 "
            "protein was reduced at day 7."),
            ("figure", "Fig. 2", "BBB scores over 8 weeks (mean ± SEM). Values are listed in Table 2.",
             {"groups": ["Sham", "Vehicle", "ADSC-Exo"], "days": _D3, "x": "weeks"}),
        ]),
        ("discussion", "DISCUSSION", [
            ("A single intrathecal dose of unmodified ADSC-Exo improved BBB scores by about three points at week 8. "
            "{{mechanism|The reduction of GFAP and p-STAT3 suggests suppression of astrocyte activation through "
            "STAT3 signalling}}."),
            ("Intravenous studies needed doses of 200 µg or more [5]; by the intrathecal route far fewer vesicles "
            "reached a similar effect. Vesicles reported elsewhere measured 120–150 nm [14]."),
        ]),
    ],
    references=[POOL[i] for i in (12, 1, 7, 4, 13, 10)],
    scores=Scores(outcome="BBB", err="sem",
                  groups=[("Sham", "sham", 12), ("Vehicle", "control", 12), ("ADSC-Exo", "treatment", 12)],
                  values={
                      "Sham": flat("Sham", _D3, [(21.0, 0.0)] * 6),
                      "Vehicle": flat("Vehicle", _D3, [(2.1, 0.4), (4.6, 0.5), (6.3, 0.5), (7.4, 0.6),
                                                       (8.2, 0.6), (8.5, 0.6)]),
                      "ADSC-Exo": flat("ADSC-Exo", _D3, [(2.4, 0.4), (5.5, 0.5), (7.9, 0.5), (9.2, 0.5),
                                                         (10.7, 0.6), (11.6, 0.6)]),
                  }),
    back=[("Ethics", "IACUC of Tamsui Veterans General Hospital, approval IACUC-2018-114."),
          ("Declaration of interest", ("{{reported_conflict_of_interest|None of the authors has a conflict of "
           "interest to declare.}}"))],
    footnote=FOOTNOTE,
)

STUDIES = [GUO, CEN, CHIANG]
