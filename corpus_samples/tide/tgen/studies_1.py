"""Tide studies 1-3: two Chinese labs and a Korean lab (everything invented)."""

from __future__ import annotations

from extgen.common import FOOTNOTE, POOL
from extgen.model import Scores, Study

from tgen.tables import Score, TideTable

# --------------------------------------------------------------------------------------
# 1. China (orthopaedics department): hUCMSC exosomes, NYU impactor, tail vein once.
#    Table: groups as rows with "(n = 8)" in the wrapped label, "Days post-injury" as a
#    spanning header over bare day numbers, a pre-injury column, "±" without spaces and
#    significance symbols glued to the numbers, no rules inside, tight columns.
# --------------------------------------------------------------------------------------

_D1 = [1.0, 3.0, 7.0, 14.0, 28.0]
_S1 = Scores(
    outcome="BBB", err="sd",
    groups=[("Sham", "sham", 8), ("SCI", "control", 8), ("SCI+Exo", "treatment", 8)],
    values={
        "Sham": dict(zip(_D1, [(21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)], strict=True)),
        "SCI": dict(zip(_D1, [(0.4, 0.5), (1.3, 0.7), (3.1, 0.9), (5.2, 1.1), (7.4, 1.3)], strict=True)),
        "SCI+Exo": dict(zip(_D1, [(0.5, 0.5), (2.0, 0.8), (5.0, 1.0), (8.1, 1.2), (11.3, 1.4)], strict=True)),
    },
)
_T1 = TideTable(
    head=[["Group", "Pre-injury", ("Days post-injury", 5)],
          ["", "", "1", "3", "7", "14", "28"]],
    body=[
        ["Sham (n = 8)", "21.0±0.0"] + [Score("Sham", d, "tight") for d in _D1],
        ["SCI (n = 8)", "21.0±0.0"] + [Score("SCI", d, "tight", "#") for d in _D1],
        ["SCI+Exo (n = 8)", "21.0±0.0"] + [Score("SCI+Exo", d, "tight", "" if d < 7 else ("*#" if d < 28 else "**#"))
                                           for d in _D1],
    ],
    foot="Data are presented as mean±SD. #<i>P</i> < 0.05 vs. Sham group; *<i>P</i> < 0.05, "
         "**<i>P</i> < 0.01 vs. SCI group (two-way repeated-measures ANOVA).",
    grid="none", pad=0.9, wrap_first=38, font_delta=-1.0,
)

XUE = Study(
    stem="xue2021_hucmsc_exo_nyu_tailvein_gluedmarks",
    layout="twocol",
    title="Human umbilical cord mesenchymal stem cell-derived exosomes alleviate NLRP3 "
          "inflammasome-mediated pyroptosis and promote locomotor recovery after spinal cord injury in rats",
    short_title="hUCMSC-Exos and pyroptosis after SCI",
    authors=[("Lingfei", "Xue"), ("Haoran", "Qiu"), ("Meiling", "Tang"), ("Zhiqiang", "Fan"), ("Jun", "Lou")],
    affiliations=["Department of Spine Surgery, Second Affiliated Hospital of Huaiyang Medical University, Huaiyang, China",
                  "Institute of Regenerative Orthopaedics, Huaiyang Medical University, Huaiyang, China"],
    journal="Journal of Spinal Repair and Regeneration",
    year=2021, volume="9:e2104",
    doi="10.5555/jsrr.2021.2104", pmid="99107101", pmcid="PMC99107101", received="2021-03-14",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 200, "high": 220}, "n_per_group": 8,
        "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T10",
        "source_tissue": "umbilical_cord", "source_species": "human",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 × g 70 min",
        "characterization": ["TEM", "NTA", "western_blot"],
        "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 112.6, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 200, "unit": "ug", "volume_ul": 200, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.5,
        "mechanism": "inhibition of NLRP3 inflammasome-mediated pyroptosis",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", ("Pyroptosis amplifies secondary injury after spinal cord injury (SCI). We asked whether "
                       "exosomes derived from human umbilical cord mesenchymal stem cells (hUCMSC-Exos) limit "
                       "pyroptosis and improve hindlimb function.")),
        ("Methods", ("Female SD rats received a T10 contusion and were given hUCMSC-Exos or nothing through the "
                    "tail vein. Locomotion was scored with the Basso, Beattie and Bresnahan (BBB) scale for 28 days.")),
        ("Results", ("hUCMSC-Exos lowered NLRP3, cleaved caspase-1 and GSDMD-N in the lesion and raised BBB scores "
                    "from day 7 onwards; at day 28 the SCI+Exo group scored {bbb:SCI+Exo@28} compared with "
                    "{bbb:SCI@28} in the SCI group.")),
        ("Conclusion", ("hUCMSC-Exos promote recovery after SCI, at least partly by "
                       "{{mechanism|inhibiting NLRP3 inflammasome-mediated pyroptosis}}.")),
    ],
    keywords=["spinal cord injury", "exosomes", "umbilical cord", "pyroptosis", "NLRP3"],
    sections=[
        ("intro", "1. Introduction", [
            ("Spinal cord injury (SCI) remains a devastating condition with few effective therapies [1]. After the "
            "primary mechanical insult, a secondary cascade of inflammation, oxidative stress and cell death "
            "enlarges the lesion, and pyroptosis, an inflammatory form of programmed death executed by "
            "gasdermin D, has emerged as a key contributor [3]."),
            ("Exosomes are nanosized vesicles of 30–150 nm released by almost all cells, and MSC-derived exosomes "
            "reproduce many of the paracrine benefits of their parent cells [2,4]. Earlier work reported that a "
            "single dose of 100 μg exosomes improved BBB scores to about 9 at four weeks [5]. Whether "
            "hUCMSC-Exos act on pyroptosis after SCI has not been clarified."),
        ]),
        ("methods", "2. Materials and methods", [
            ("h", "2.1. Animals"),
            ("Twenty-four adult {{species,strain,sex|female Sprague-Dawley (SD) rats}} "
            "({{body_weight_g|200–220 g}}) were obtained from the Laboratory Animal Centre of Huaiyang Medical "
            "University and housed under a 12 h light/dark cycle with free access to food and water. "
            "{{reported_welfare_compliance|All procedures were approved by the Animal Ethics Committee of Huaiyang Medical University}}."),
            ("h", "2.2. SCI model and grouping"),
            ("Rats were anaesthetised with 2% pentobarbital sodium (40 mg/kg, i.p.). After a laminectomy at the "
            "T9–T11 level, a {{injury_model|moderate contusion}} was produced at {{injury_level|T10}} with a "
            "{{injury_device|NYU impactor}} (10 g rod dropped from 25 mm). Sham rats received laminectomy only. "
            "Bladders were emptied manually twice a day until reflex voiding returned. The rats were "
            "{{reported_randomisation,n_per_group|randomly divided into three groups (n = 8 per group)}}: Sham "
            "group, SCI group and SCI+Exo group."),
            ("h", "2.3. Culture of hUCMSCs and isolation of exosomes"),
            ("{{source_species,source_tissue|hUCMSCs were purchased from the Cell Bank of the Chinese Academy of "
            "Sciences}} and cultured in DMEM/F12 containing 10% exosome-depleted FBS. Passages 3–5 were used. "
            "The supernatant was collected after 48 h and centrifuged at 300 × g for 10 min, 2,000 × g for "
            "10 min and 10,000 × g for 30 min, then {{isolation_method|ultracentrifuged}} at "
            "{{isolation_detail|100,000 × g for 70 min}} (Optima XPN-100, Beckman). The pellet was washed in PBS, "
            "centrifuged again and resuspended in 200 μL PBS. Protein content was measured with a BCA kit."),
            ("h", "2.4. Identification of exosomes"),
            ("The morphology was observed by {{characterization|transmission electron microscopy (TEM)}}, the "
            "particle size was determined by {{characterization|nanoparticle tracking analysis (NTA)}}, and the "
            "surface markers {{markers|CD9, CD63, TSG101 and calnexin}} were detected by "
            "{{characterization|western blot}}."),
            ("h", "2.5. Exosome treatment"),
            ("At {{timing_post_injury_h|30 min after SCI}}, rats in the SCI+Exo group received "
            "{{dose|200 μg exosomes in 200 μL PBS}} by {{route,route_detail|tail vein injection}} as "
            "{{frequency|a single injection}}; the SCI group received no treatment."),
            ("h", "2.6. Behavioural assessment"),
            ("Hindlimb motor function was evaluated with the BBB scale before injury and at 1, 3, 7, 14 and 28 days "
            "after SCI. Each rat was observed for 4 min in an open field by "
            "{{reported_blinded_assessment|two observers who were blinded to the grouping}}."),
            ("h", "2.7. Statistical analysis"),
            ("Data are expressed as mean±SD and were analysed with SPSS 22.0. BBB scores were compared by two-way "
            "repeated-measures ANOVA followed by Bonferroni tests; <i>P</i> < 0.05 was considered significant."),
        ]),
        ("results", "3. Results", [
            ("h", "3.1. Characterisation of hUCMSC-Exos"),
            ("TEM showed cup-shaped vesicles with a double membrane. NTA indicated that the "
            "{{size_nm|average diameter of hUCMSC-Exos was 112.6 ± 9.8 nm}}. CD9, CD63 and TSG101 were enriched "
            "in the exosomes whereas calnexin was absent."),
            ("h", "3.2. hUCMSC-Exos improved locomotor recovery"),
            ("All rats scored 21 before surgery. Both injured groups were almost completely paralysed on day 1 "
            "(Table 1). From day 7 the SCI+Exo group scored higher than the SCI group ({bbb:SCI+Exo@7} vs. "
            "{bbb:SCI@7}, <i>P</i> < 0.05), and the gap widened to day 28."),
            ("table", "Table 1", "BBB scores of rats in each group.", _T1),
            ("h", "3.3. hUCMSC-Exos suppressed pyroptosis"),
            ("Western blot showed that NLRP3, ASC, cleaved caspase-1 and GSDMD-N were markedly increased 3 days "
            "after SCI and reduced by hUCMSC-Exos. IL-1β and IL-18 in the lesion followed the same pattern."),
            ("figure", "Figure 2", "Time course of BBB scores (mean±SD, n = 8). *<i>P</i> < 0.05 vs. SCI group.",
             {"days": _D1, "groups": ["Sham", "SCI", "SCI+Exo"]}),
        ]),
        ("discussion", "4. Discussion", [
            ("In this study, a single intravenous dose of hUCMSC-Exos improved BBB scores and inhibited "
            "pyroptosis-related proteins. Similar effects were reported for bone marrow MSC exosomes given at "
            "2 × 10<sup>10</sup> particles [5], and a BBB score of 12.5 at day 28 has been described after "
            "repeated dosing [10]."),
            ("Our study has limitations: only female rats were used, and we did not track the biodistribution of "
            "the exosomes. The sizes reported by other groups (50–200 nm) suggest that isolation protocols "
            "differ considerably [13]."),
        ]),
    ],
    references=[POOL[i] for i in (0, 1, 2, 3, 4, 6, 7, 8, 9, 10, 11, 12, 13)],
    scores=_S1,
    back=[("Ethics approval", ("{{reported_welfare_compliance|All procedures were approved by the Animal Ethics "
                              "Committee of Huaiyang Medical University (No. HYMU-2020-117)}}.")),
          ("Conflict of interest", ("{{reported_conflict_of_interest|The authors declare that they have no "
                                   "conflict of interest}}.")),
          ("Funding", "Supported by the Natural Science Foundation of Huaiyang Province (No. 2020HY0413).")],
    footnote=FOOTNOTE,
)

# --------------------------------------------------------------------------------------
# 2. China (neurosurgery laboratory): rat BMSC exosomes overexpressing miR-137.
#    Table: days as rows, groups as columns, each group a merged header over separate
#    "Mean" and "SD" columns, n in the group header, booktabs rules; the figure legend
#    writes the day-28 values.
# --------------------------------------------------------------------------------------

_D2 = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]
_G2 = ["Sham", "SCI+PBS", "Exo-NC", "Exo-miR-137"]
_S2 = Scores(
    outcome="BBB", err="sd",
    groups=[("Sham", "sham", 10), ("SCI+PBS", "control", 10), ("Exo-NC", "other", 10),
            ("Exo-miR-137", "treatment", 10)],
    values={
        "Sham": dict(zip(_D2, [(20.8, 0.4), (20.9, 0.3), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)], strict=True)),
        "SCI+PBS": dict(zip(_D2, [(0.6, 0.5), (1.5, 0.8), (3.4, 1.0), (5.6, 1.2), (6.5, 1.1), (7.1, 1.0)], strict=True)),
        "Exo-NC": dict(zip(_D2, [(0.7, 0.6), (1.9, 0.9), (4.3, 1.1), (7.0, 1.3), (8.2, 1.2), (9.0, 1.4)], strict=True)),
        "Exo-miR-137": dict(zip(_D2, [(0.7, 0.5), (2.2, 0.9), (5.1, 1.2), (8.6, 1.4), (10.9, 1.5), (12.4, 1.3)], strict=True)),
    },
)
_T2 = TideTable(
    head=[["Time", *[(f"{g} (n=10)", 2) for g in _G2]],
          ["", *["Mean", "SD"] * 4]],
    body=[[f"Day {d:g}"] + [c for g in _G2 for c in (Score(g, d, "mean", "*" if g == "Exo-miR-137" and d >= 14 else ""),
                                                      Score(g, d, "err"))]
          for d in _D2],
    foot="*<i>P</i> < 0.05 vs. Exo-NC at the same time point (one-way ANOVA with Tukey's post hoc test).",
    grid="booktabs", pad=1.2, widths=[40] + [45] * 8,
)

JIANG = Study(
    stem="jiang2020_rbmsc_exo_mir137_meansd_columns",
    layout="single",
    title="Exosomal miR-137 from bone marrow mesenchymal stem cells attenuates neuronal apoptosis and "
          "improves functional recovery in rats with spinal cord injury by targeting NEUROD4",
    short_title="BMSC-Exos-miR-137 in SCI",
    authors=[("Yuxuan", "Jiang"), ("Peng", "Shao"), ("Xiaowei", "Ren"), ("Li", "Gong"), ("Jianhua", "Du")],
    affiliations=["Department of Neurosurgery, Linhe People's Hospital, Linhe, China",
                  "Central Laboratory, Linhe University School of Medicine, Linhe, China"],
    journal="Neural Injury and Cell Therapy",
    year=2020, volume="14(6):733–746",
    doi="10.5555/nict.2020.0733", pmid="99107102", pmcid="PMC99107102", received="2020-02-02",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male",
        "body_weight_g": {"low": 230, "high": 260}, "n_per_group": 10,
        "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T10",
        "source_tissue": "bone_marrow", "source_species": "rat",
        "modification": "miR-137 overexpression",
        "isolation_method": ["ultrafiltration", "ultracentrifugation"], "isolation_detail": "120,000 × g 90 min",
        "characterization": ["TEM", "NTA", "western_blot"],
        "markers": ["CD9", "CD63", "Alix"],
        "size_nm": {"value": 96.0, "low": 50, "high": 150, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 200, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 3, "interval_h": 24}, "timing_post_injury_h": 24.0,
        "mechanism": "miR-137 targeting NEUROD4 to inhibit neuronal apoptosis",
        "reported_randomisation": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, ("MicroRNAs carried by exosomes of bone marrow mesenchymal stem cells (BMSCs) may mediate their "
               "neuroprotective effects. Here, exosomes were isolated from rat BMSCs transfected with a miR-137 "
               "lentivirus (Exo-miR-137) or an empty vector (Exo-NC) and injected intravenously into rats after "
               "spinal cord injury (SCI). Exo-miR-137 reduced TUNEL-positive neurons, lowered NEUROD4 expression "
               "and improved Basso–Beattie–Bresnahan (BBB) scores more than Exo-NC. Luciferase assays confirmed "
               "NEUROD4 as a direct target of miR-137. Exosomal miR-137 therefore protects neurons by "
               "{{mechanism|targeting NEUROD4 and inhibiting neuronal apoptosis}}.")),
    ],
    keywords=["BMSC", "exosomes", "miR-137", "apoptosis", "spinal cord injury"],
    sections=[
        ("intro", "Introduction", [
            ("Neuronal apoptosis is a major component of secondary damage after spinal cord injury (SCI) [3]. "
            "Transplanted BMSCs improve recovery mainly through paracrine signals, of which exosomes, vesicles of "
            "40–160 nm carrying proteins and RNAs, are thought to be the principal vehicle [2,15]."),
            ("MiR-137 is abundant in the central nervous system and regulates neuronal differentiation. Whether "
            "miR-137 delivered by BMSC exosomes protects the injured cord is unknown. We therefore loaded BMSC "
            "exosomes with miR-137 by lentiviral transfection of the parent cells and tested them in a rat "
            "contusion model."),
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Animals and ethics"),
            ("A total of 40 {{species,strain,sex|male Sprague–Dawley rats}} weighing "
            "{{body_weight_g|230–260 g}} were provided by the Experimental Animal Centre of Linhe University. The "
            "study was carried out in accordance with the Guide for the Care and Use of Laboratory Animals and "
            "approved by the institutional animal committee."),
            ("h", "Isolation and transfection of BMSCs"),
            ("{{source_species,source_tissue|BMSCs were isolated from the femurs and tibias of 4-week-old SD rats}} "
            "by whole bone marrow adherence and identified by flow cytometry (CD29<sup>+</sup>, CD90<sup>+</sup>, "
            "CD45<sup>−</sup>). Cells at passage 3 were transfected with lentivirus carrying miR-137 (LV-miR-137) "
            "or negative control (LV-NC) at MOI 20; "
            "{{modification|miR-137 overexpression was confirmed by qRT-PCR}}."),
            ("h", "Exosome extraction"),
            ("When the cells reached 80% confluence the medium was replaced with serum-free medium for 48 h. The "
            "conditioned medium was centrifuged at 2,000 × g for 20 min and 10,000 × g for 40 min, "
            "{{isolation_method|concentrated with 100 kDa ultrafiltration tubes}} (Amicon Ultra-15) and then "
            "{{isolation_method,isolation_detail|ultracentrifuged at 120,000 × g for 90 min}} at 4 °C. Exosomes "
            "were resuspended in PBS and quantified with the BCA method."),
            ("h", "Identification of exosomes"),
            ("Exosomes were examined with {{characterization|TEM}} (HT7700, Hitachi) and "
            "{{characterization|NTA}} (NanoSight NS300). {{characterization,markers|Western blotting was used to "
            "detect CD9, CD63 and Alix}}."),
            ("h", "SCI model and treatment"),
            ("Rats were anaesthetised with isoflurane and a laminectomy was performed at T9–T11. The "
            "{{injury_level|T10}} segment was exposed and a {{injury_model,injury_device|modified Allen's "
            "weight drop}} (10 g from a height of 20 mm) was applied. The rats were "
            "{{reported_randomisation|randomly assigned}} to Sham, SCI+PBS, Exo-NC and Exo-miR-137 groups "
            "({{n_per_group|n = 10}}). {{dose|Exosomes (100 μg in 200 μL PBS)}} or the same volume of PBS were "
            "injected via the {{route,route_detail|tail vein}} {{frequency|once a day for three consecutive days}}, "
            "{{timing_post_injury_h|starting 24 h after SCI}}."),
            ("h", "Behavioural test"),
            "BBB scores were recorded at 1, 3, 7, 14, 21 and 28 days post-injury by two investigators.",
            ("h", "Statistics"),
            ("Data are presented as mean ± standard deviation (SD). Differences among groups were analysed by "
            "one-way ANOVA followed by Tukey's test using GraphPad Prism 8.0."),
        ]),
        ("results", "Results", [
            ("h", "Characteristics of BMSC-derived exosomes"),
            ("Under TEM the exosomes appeared as round, cup-like vesicles. NTA showed that the "
            "{{size_nm|particle diameters were mainly distributed between 50 and 150 nm, with a peak at 96 nm}}. "
            "CD9, CD63 and Alix were detected in exosome lysates. MiR-137 was 7.8-fold higher in Exo-miR-137 than "
            "in Exo-NC."),
            ("h", "Exo-miR-137 improved hindlimb function"),
            ("The BBB scores of the four groups are listed in Table 2. On day 1 and day 3 the injured groups did "
            "not differ. From day 14, the Exo-miR-137 group performed better than the Exo-NC group, and by day 28 "
            "its mean score exceeded the SCI+PBS group by more than five points."),
            ("table", "Table 2", "BBB locomotor scores after SCI in each group.", _T2),
            ("figure", "Figure 4", ("BBB scores over 28 days. At day 28, the scores were {bbb:Exo-miR-137@28} "
                                   "(Exo-miR-137), {bbb:Exo-NC@28} (Exo-NC) and {bbb:SCI+PBS@28} (SCI+PBS); "
                                   "n = 10 per group."),
             {"days": _D2, "groups": _G2}),
            ("h", "Exo-miR-137 reduced apoptosis"),
            ("TUNEL staining showed fewer apoptotic neurons in the Exo-miR-137 group than in the Exo-NC group at "
            "day 3. Bax and cleaved caspase-3 were decreased whereas Bcl-2 was increased."),
        ]),
        ("discussion", "Discussion", [
            ("We found that miR-137-enriched BMSC exosomes protected neurons and improved motor recovery. Earlier "
            "reports used 200 μg of exosomes per injection [5] and observed BBB scores near 10 at day 28; our "
            "lower dose given on three days produced a comparable effect."),
            ("The study has limitations. Only male rats were tested, the observation lasted 4 weeks, and NEUROD4 "
            "knock-down in vivo was not performed."),
        ]),
    ],
    references=[POOL[i] for i in (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14)],
    scores=_S2,
    back=[("Ethics statement", ("{{reported_welfare_compliance|The animal experiments were approved by the Ethics "
                               "Committee of Linhe University (approval number LH-A2019-052)}}.")),
          ("Declaration of interest", ("{{reported_conflict_of_interest|No potential conflict of interest was "
                                      "reported by the authors}}."))],
    footnote=FOOTNOTE,
)

# --------------------------------------------------------------------------------------
# 3. Korea (rehabilitation medicine): native human ADSC sEVs after clip compression.
#    Table: long format (time point | group | n | BBB | inclined plane), time labels only
#    on the first row of each block, days and weeks mixed, pre-injury rows, SEM in the
#    column header, boxed grid, split over two pages with the header repeated.
#    Page habits: sans body, running head and footer (tide layout).
# --------------------------------------------------------------------------------------

_D3 = [1.0, 3.0, 7.0, 14.0, 28.0, 42.0]
_L3 = {1.0: "1 d", 3.0: "3 d", 7.0: "1 wk", 14.0: "2 wk", 28.0: "4 wk", 42.0: "6 wk"}
_G3 = ["Sham", "Vehicle", "sEV"]
_S3 = Scores(
    outcome="BBB", err="sem",
    groups=[("Sham", "sham", 10), ("Vehicle", "control", 10), ("sEV", "treatment", 10)],
    values={
        "Sham": dict(zip(_D3, [(20.6, 0.2), (20.9, 0.1), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)], strict=True)),
        "Vehicle": dict(zip(_D3, [(0.3, 0.2), (0.9, 0.3), (2.6, 0.4), (4.4, 0.5), (6.3, 0.5), (7.0, 0.6)], strict=True)),
        "sEV": dict(zip(_D3, [(0.4, 0.2), (1.4, 0.3), (3.9, 0.5), (6.8, 0.5), (9.5, 0.6), (10.6, 0.6)], strict=True)),
    },
)
_INCLINE = {"Sham": [63.5, 63.0, 63.5, 64.0, 64.0, 63.5], "Vehicle": [21.5, 24.0, 28.5, 32.0, 36.5, 38.0],
            "sEV": [22.0, 25.5, 31.5, 37.0, 42.5, 45.0]}
_T3 = TideTable(
    head=[["Time point", "Group", "n", "BBB score (mean ± SEM)", "Inclined plane (°)"]],
    body=[["Pre-injury" if g == "Sham" else "", g, "10", "21.0 ± 0.0", "64.0 ± 0.5"] for g in _G3]
    + [[_L3[d] if g == "Sham" else "", g, "10", Score(g, d, "pm", "*" if g == "sEV" and d >= 14 else ""),
        f"{_INCLINE[g][i]:.1f} ± {0.6 + 0.1 * i:.1f}"]
       for i, d in enumerate(_D3) for g in _G3],
    foot="*<i>p</i> < 0.05 compared with the Vehicle group at the same time point (two-way repeated-measures ANOVA "
         "with Sidak's correction). {{n_per_group|n = 10 rats per group}} at every time point.",
    grid="full", pad=1.6, split_after=12,
)

IM = Study(
    stem="im2023_hadsc_sev_clip_longtable_split",
    layout="tide:sans,footer",
    title="Native small extracellular vesicles from human adipose-derived stem cells promote M2 polarisation "
          "and hindlimb recovery after clip compression injury of the rat spinal cord",
    short_title="ADSC-sEVs after compression SCI",
    authors=[("Seo-yeon", "Im"), ("Dong-hyun", "Baek"), ("Ji-woo", "Seong"), ("Min-jae", "Ryu"), ("Hye-rin", "Cha")],
    affiliations=["Department of Rehabilitation Medicine, Hanbit University College of Medicine, Seoul, Republic of Korea",
                  "Cell Therapy Research Centre, Hanbit University Hospital, Seoul, Republic of Korea"],
    journal="Korean Journal of Neurotrauma Research",
    year=2023, volume="31(2):118–131",
    doi="10.5555/kjnr.2023.31.2.118", pmid="99107103", pmcid="PMC99107103", received="2022-11-07",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 220, "high": 240}, "n_per_group": 10,
        "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T9",
        "source_tissue": "adipose", "source_species": "human", "modification": "none",
        "isolation_method": ["tangential_flow", "ultracentrifugation"], "isolation_detail": "100,000 × g 2 h",
        "characterization": ["NTA", "TEM", "western_blot"],
        "markers": ["CD9", "CD63", "CD81", "TSG101"],
        "size_nm": {"value": 128.4, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 1e10, "unit": "particles", "volume_ul": 500, "basis": "particles"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 4, "interval_h": 72}, "timing_post_injury_h": 24.0,
        "mechanism": "M2 macrophage/microglia polarisation",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Objective", ("To determine whether small extracellular vesicles (sEVs) secreted by human adipose-derived "
                      "stem cells (hADSCs) improve recovery after compressive spinal cord injury (SCI).")),
        ("Methods", ("Rats with clip compression at T9 received repeated intravenous hADSC-sEVs or vehicle. "
                    "Locomotion was assessed for 6 weeks with the BBB scale and the inclined plane test; "
                    "macrophage phenotypes were examined by immunofluorescence.")),
        ("Results", ("sEV-treated rats reached a BBB score of {bbb:sEV@42} at 6 weeks, compared with "
                    "{bbb:Vehicle@42} in vehicle-treated rats, and showed more CD206<sup>+</sup> cells.")),
        ("Conclusions", ("hADSC-sEVs support functional recovery, probably by shifting "
                        "{{mechanism|macrophages and microglia towards the M2 phenotype}}.")),
    ],
    keywords=["adipose-derived stem cell", "small extracellular vesicle", "compression injury", "macrophage"],
    sections=[
        ("intro", "INTRODUCTION", [
            ("Traumatic spinal cord injury (SCI) provokes a prolonged inflammatory response in which infiltrating "
            "macrophages adopt a pro-inflammatory (M1) phenotype that persists for weeks [7]. Shifting these cells "
            "towards a reparative (M2) phenotype is an attractive therapeutic strategy [13]."),
            ("Mesenchymal stem cells (MSCs) from adipose tissue are easy to obtain in large numbers, and their small "
            "extracellular vesicles (sEVs; diameter < 200 nm) carry much of their immunomodulatory activity [2,4]. "
            "A previous study injected 5 × 10<sup>9</sup> particles once and found only a transient benefit [11]. "
            "We therefore tested a repeated-dosing schedule in a clinically relevant compression model."),
        ]),
        ("methods", "MATERIALS AND METHODS", [
            ("h", "Animals"),
            ("{{species,strain,sex|Female Sprague-Dawley rats}} (8 weeks old, {{body_weight_g|220–240 g}}; Orient "
            "Bio, Korea) were housed two per cage. The "
            "{{reported_sample_size_calculation|sample size was calculated with G*Power 3.1}} (effect size 1.4, "
            "α = 0.05, power 0.8), which gave 10 rats per group."),
            ("h", "Spinal cord compression injury"),
            ("Under isoflurane anaesthesia (2–3% in O<sub>2</sub>), a laminectomy was performed at the "
            "{{injury_level|T9}} level. {{injury_model,injury_device|An aneurysm clip with a closing force of 30 g "
            "was applied extradurally for 1 min}} and then removed. Sham animals underwent laminectomy alone. "
            "Rats were {{reported_randomisation|randomly allocated to the Sham, Vehicle and sEV groups using a "
            "computer-generated sequence}}."),
            ("h", "Cell culture and sEV purification"),
            ("{{source_species,source_tissue|Human ADSCs were obtained from lipoaspirates of three healthy donors}} "
            "with informed consent and expanded in serum-free MSC medium. Conditioned medium (passages 4–6, 72 h) "
            "was clarified at 2,500 × g for 15 min and filtered (0.22 µm). sEVs were concentrated by "
            "{{isolation_method|tangential flow filtration (TFF; 300 kDa cartridge)}} and pelleted by "
            "{{isolation_method,isolation_detail|ultracentrifugation at 100,000 × g for 2 h}} (Type 70 Ti rotor). "
            "The cells were not genetically modified or preconditioned, and {{modification|native sEVs}} were used "
            "throughout."),
            ("h", "sEV characterisation"),
            ("Particle concentration and size were measured by {{characterization|NTA (ZetaView PMX-120)}}. "
            "Morphology was examined by {{characterization|TEM}} after negative staining. "
            "{{characterization,markers|Western blot analysis confirmed CD9, CD63, CD81 and TSG101}}."),
            ("h", "Administration"),
            ("Each rat in the sEV group received {{dose|1.0 × 10<sup>10</sup> particles in 500 µL PBS}} "
            "{{route|intravenously}} through the {{route_detail|lateral tail vein}} "
            "{{frequency|every 3 days for a total of four injections}}, "
            "{{timing_post_injury_h|the first injection being given 1 day after injury}}. The Vehicle group "
            "received 500 µL PBS on the same schedule."),
            ("h", "Behavioural evaluation"),
            ("Open-field locomotion was scored with the BBB scale before injury and at 1 and 3 days and 1, 2, 4 and "
            "6 weeks after injury by {{reported_blinded_assessment|two examiners unaware of the group allocation}}. "
            "In the inclined plane test the maximum angle at which a rat held its position for 5 s was recorded."),
            ("h", "Statistical analysis"),
            ("Values are means ± SEM. Two-way repeated-measures ANOVA with Sidak's correction was used (Prism 9). "
            "<i>p</i> < 0.05 was considered significant."),
        ]),
        ("results", "RESULTS", [
            ("h", "Characteristics of hADSC-sEVs"),
            ("TEM showed round vesicles with a lipid bilayer. By NTA the "
            "{{size_nm|mode diameter was 128.4 nm}} and the concentration 3.2 × 10<sup>11</sup> particles/mL. "
            "CD9, CD63, CD81 and TSG101 were present."),
            ("h", "Locomotor recovery"),
            ("All rats scored 21 before surgery and none died during the study. After compression both injured "
            "groups were almost paralysed (Table 1). Treated rats improved faster from the second week: at 2 "
            "weeks the BBB score was {bbb:sEV@14} in the sEV group and {bbb:Vehicle@14} in the Vehicle group. The "
            "inclined plane angle followed the same trend."),
            ("table", "Table 1", "Locomotor outcomes of the three groups before and after compression injury.", _T3),
            ("h", "Macrophage polarisation"),
            ("At 7 days, the ratio of CD206<sup>+</sup> to iNOS<sup>+</sup> cells at the lesion border was 2.4-fold "
            "higher in sEV-treated rats than in vehicle-treated rats."),
        ]),
        ("discussion", "DISCUSSION", [
            ("Repeated intravenous hADSC-sEVs improved hindlimb function after compression injury. The mean BBB "
            "difference of about 3.6 points at 6 weeks is similar to that reported for bone marrow MSC exosomes "
            "in contusion models [11], where scores of 9–11 were typical."),
            ("Several limitations should be noted. We used female rats only, and the dose–response relationship "
            "was not examined; a dose of 2 × 10<sup>10</sup> particles might yield larger effects."),
        ]),
    ],
    references=[POOL[i] for i in (0, 1, 2, 3, 5, 6, 7, 8, 9, 10, 11, 12, 13)],
    scores=_S3,
    back=[("Ethics statement", ("{{reported_welfare_compliance|All animal experiments were approved by the "
                               "Institutional Animal Care and Use Committee of Hanbit University (HU-IACUC-22-031)}}.")),
          ("Conflict of interest", ("{{reported_conflict_of_interest|No potential conflict of interest relevant to "
                                   "this article was reported}}.")),
          ("Acknowledgements", "We thank the Hanbit University animal facility staff for their assistance.")],
    footnote=FOOTNOTE,
)

STUDIES = [XUE, JIANG, IM]
