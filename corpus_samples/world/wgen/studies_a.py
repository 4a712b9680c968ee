"""World studies, part A (invented): high-volume lab, dose-ranging manuscript, cells vs
exosomes in Long-Evans rats, and a mouse BMS paper."""

from __future__ import annotations

from extgen.model import Scores, Study

from wgen.common import GMU, MU, NB, NOTICE, TH, refs

# --------------------------------------------------------------------------- 1
# A high-volume lab: formulaic methods, abbreviations everywhere, "as previously described"
# with the key numbers still given, a day-rows score table in an unusual group order.

_W_DAYS = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]
WANJIRU = Study(
    stem="wanjiru2021_hucmsc_sev_formulaic_tailvein",
    layout="twocol",
    title="hUCMSC-derived small extracellular vesicles alleviate pyroptosis and promote locomotor recovery after SCI in rats",
    short_title="hUCMSC-sEVs after SCI",
    authors=[("Njeri", "Wanjiru"), ("Peng", "Liao"), ("Otieno", "Kamau"), ("Hui", "Deng"), ("Amina", "Said")],
    affiliations=["Department of Spine Surgery, Lakeside Medical University, Kisumu (invented)",
                  "Key Laboratory of Neural Repair, Eastbank Institute (invented)"],
    journal="Journal of Translational Neurotrauma Research",
    year=2021,
    volume="14(3):e2210",
    doi="10.5555/JTNR.2021.e2210",
    pmid="99100301",
    pmcid="PMC9910301",
    received="2021-03-09",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 200, "high": 240}, "n_per_group": 8,
        "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T10",
        "source_tissue": "umbilical_cord", "source_species": "human", "modification": "none",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "110,000 ×g 70 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 96.4, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 200, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 2.0,
        "mechanism": "inhibition of NLRP3 inflammasome-mediated pyroptosis",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, ("Spinal cord injury (SCI) causes pyroptosis of neurons. {{source_tissue,source_species|Human umbilical cord mesenchymal stem cells "
               "(hUCMSCs)}} derived small extracellular vesicles (hUCMSC-sEVs) were reported to be protective, but the "
               "mechanism is not clear. In this study, SCI model was established in SD rats by NYU impactor, and "
               f"{{{{dose,route,route_detail|100{NB}{GMU}g hUCMSC-sEVs were injected via tail vein}}}} 2{NB}h after SCI. "
               "Basso-Beattie-Bresnahan (BBB) score, HE, Nissl, western blot (WB) and immunofluorescence (IF) were "
               "performed. Results showed hUCMSC-sEVs improved BBB score (D28: {s:hUCMSC-sEVs@28|mean} vs. "
               "{s:SCI@28|mean}), reduced NLRP3, caspase-1 and GSDMD-N expression. In conclusion, hUCMSC-sEVs promote "
               "recovery after SCI by inhibiting NLRP3 inflammasome mediated pyroptosis.")),
    ],
    keywords=["spinal cord injury", "hUCMSC", "small extracellular vesicles", "pyroptosis", "NLRP3"],
    sections=[
        ("intro", "1. Introduction", [
            ("SCI is a devastating disease with high disability [1]. After primary injury, secondary injury including "
            "inflammation and pyroptosis aggravates the damage [3,6]. MSCs have been widely used, but cell therapy has "
            "problems of tumorigenicity and embolism. sEVs are nano-sized vesicles (30–150 nm) secreted by cells which carry "
            "protein and RNA [2]. Our group previously found that BMSC-derived exosomes at a dose of 200 μg improved "
            "recovery of SCI rats [5]. However, whether hUCMSC-sEVs inhibit pyroptosis after SCI is unknown."),
        ]),
        ("methods", "2. Materials and methods", [
            ("h", "2.1. Animals"),
            (f"Adult {{{{species,strain,sex|female SD rats}}}} ({{{{body_weight_g|200–240{NB}g}}}}) were purchased from the "
            "Experimental Animal Center of Eastbank Institute (invented). All procedures were "
            "{{reported_welfare_compliance|approved by the Animal Ethics Committee of Lakeside Medical University (No. LMU-2019-117)}}. "
            "Rats were housed 4 per cage with free access to food and water."),
            ("h", "2.2. Cell culture and sEVs isolation"),
            ("hUCMSCs were purchased from Cyagen-like Biosciences (invented) and cultured in DMEM/F12 with 10% FBS. Passages 3–5 "
            "were used. When cells reached 80% confluence, medium was changed to exosome-free medium for 48 h. "
            "{{isolation_method|sEVs were isolated by differential ultracentrifugation as previously described}} [4]. "
            "Briefly, supernatant was centrifuged at 300 ×g 10 min, 2000 ×g 20 min and 10,000 ×g 30 min, then "
            "{{isolation_detail|110,000 ×g 70 min}} twice at 4 °C. The pellet was resuspended in PBS and protein "
            "concentration was measured by BCA kit. The sEVs were stored at −80 °C. We used "
            "{{modification|unmodified hUCMSC-sEVs}} in all experiments."),
            ("h", "2.3. Identification of sEVs"),
            ("{{characterization|Morphology was observed by TEM}} (HT-7700-like, invented). "
            "{{characterization|Particle size was measured by NTA}} (ZetaView-like). "
            "{{characterization,markers|WB was used to detect CD9, CD63, TSG101 and calnexin}}. Primary antibodies: rabbit "
            "anti-CD9 (1:1000), rabbit anti-CD63 (1:1000), mouse anti-TSG101 (1:500), rabbit anti-calnexin (1:1000)."),
            ("h", "2.4. SCI model and grouping"),
            ("Rats were anesthetized with 1% pentobarbital sodium (40 mg/kg, i.p.). "
            f"{{{{injury_level|Laminectomy was performed at T10}}}} and "
            "{{injury_model,injury_device|the spinal cord was contused by NYU impactor}} (10 g rod, 25 mm height) as "
            "previously described [1]. Sham group only received laminectomy. "
            "{{reported_randomisation,n_per_group|Rats were randomly divided into Sham, SCI and hUCMSC-sEVs groups (n = 8)}}. "
            f"{{{{timing_post_injury_h,frequency|2{NB}h after SCI, a single injection}}}} of 100 μg hUCMSC-sEVs in 200 μL PBS "
            "was given through tail vein; SCI group received equal volume PBS. "
            f"{{{{dose|100 μg hUCMSC-sEVs in 200 μL PBS}}}} was calculated from our pre-experiment."),
            ("h", "2.5. BBB score"),
            ("{{reported_blinded_assessment|BBB score was evaluated by two investigators blinded to grouping}} at D1, D3, D7, "
            "D14, D21 and D28 after SCI. Score 0 means no movement and 21 means normal."),
            ("h", "2.6. In vitro experiment"),
            (f"PC12 cells were treated with LPS (1 {MU}g/mL) and ATP (5 mM) to induce pyroptosis, then with hUCMSC-sEVs "
            "(50 μg/mL) for 24 h."),
            ("h", "2.7. Statistics"),
            "Data are shown as mean ± SEM. One-way ANOVA and Tukey test were used by GraphPad Prism 8. P < 0.05 was significant.",
        ]),
        ("results", "3. Results", [
            ("h", "3.1. Identification of hUCMSC-sEVs"),
            (f"TEM showed cup-shaped vesicles. {{{{size_nm|NTA showed the peak size was 96.4{NB}nm}}}}. WB showed sEVs "
            "expressed CD9, CD63 and TSG101 but not calnexin."),
            ("h", "3.2. hUCMSC-sEVs improved locomotor function"),
            ("All injured rats showed almost complete hindlimb paralysis at D1. From D7, BBB score of hUCMSC-sEVs group was higher than SCI group "
            "(P < 0.05). At D28, BBB score was {s:hUCMSC-sEVs@28} in hUCMSC-sEVs group and {s:SCI@28} in SCI group "
            "(Table 1). Sham rats kept score of {s:Sham@28|int} during the whole experiment."),
            ("table", "Table 1", "BBB score of each group (mean ± SEM, n = 8).",
             {"orient": "rows", "days": _W_DAYS, "groups": ["hUCMSC-sEVs", "SCI", "Sham"],
              "day_fmt": lambda d: f"D{d:g}", "corner": "Time point",
              "foot": "Compared with SCI group, P < 0.05 from D7."}),
            ("h", "3.3. hUCMSC-sEVs inhibited pyroptosis"),
            ("WB showed NLRP3, ASC, cleaved caspase-1 and GSDMD-N were increased after SCI and decreased by hUCMSC-sEVs. "
            "IL-1β and IL-18 in serum were also decreased."),
        ]),
        ("discussion", "4. Discussion", [
            ("In this study we found hUCMSC-sEVs improved function recovery after SCI. This is consistent with previous "
            "study where 200 μg BMSC-Exos were injected by tail vein and BBB score reached 12.5 at 4 weeks [5]. "
            "{{mechanism|hUCMSC-sEVs may promote recovery by inhibiting NLRP3 inflammasome mediated pyroptosis}} [6]. "
            "There are some limitations. Only female rats were used and the follow-up was only 28 days."),
        ]),
    ],
    references=refs(0, 1, 2, 3, 4, 101, 102),
    scores=Scores(outcome="BBB", err="sem",
                  groups=[("Sham", "sham", 8), ("SCI", "control", 8), ("hUCMSC-sEVs", "treatment", 8)],
                  values={"Sham": dict(zip(_W_DAYS, [(21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)])),
                          "SCI": dict(zip(_W_DAYS, [(0.4, 0.2), (1.1, 0.3), (2.9, 0.5), (5.2, 0.6), (6.8, 0.7), (7.6, 0.8)])),
                          "hUCMSC-sEVs": dict(zip(_W_DAYS, [(0.5, 0.2), (1.6, 0.4), (4.8, 0.6), (8.1, 0.7), (10.3, 0.8), (11.4, 0.9)]))}),
    back=[("Ethics approval", "The study was approved by the Animal Ethics Committee of Lakeside Medical University."),
          ("Conflict of interest", "{{reported_conflict_of_interest|The authors declare no competing interests}}."),
          ("Funding", "Invented Natural Science Fund (No. 00000000).")],
    footnote=NOTICE,
)

# --------------------------------------------------------------------------- 2
# Accepted manuscript (line numbers), non-native phrasing, dose-ranging (Exo-L / Exo-H),
# groups "NS", a design table, a score table with merged header cells, T-coded time points,
# footnote markers and a BBB-subscore trap.

_G_DAYS = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]
_G_T = [f"T{i}" for i in range(1, 7)]
_G_GROUPS = ["Sham", "NS", "Exo-L", "Exo-H"]


def _g_row(g: str) -> list[str]:
    cells = [g]
    for d in _G_DAYS:
        mark = "*" if g == "Exo-H" and d >= 14 else ""
        cells.append(f"{{s:{g}@{d:g}|tight}}{mark}")
    return cells


GEBREMEDHIN = Study(
    stem="gebremedhin2022_rbmsc_exo_doseranging_caudal",
    layout="manuscript",
    title="Exosomes derived from rat bone marrow mesenchymal stem cells improve motor function of spinal cord injured rats in a dose-dependent manner through PI3K/AKT pathway",
    short_title="Dose-dependent effect of BMSC-Exos on SCI",
    authors=[("Selam", "Gebremedhin"), ("Yonas", "Tesfaye"), ("Wei", "Qiang"), ("Hirut", "Alemu"), ("Dawit", "Bekele"), ("Lan", "Shu")],
    affiliations=["Department of Orthopaedics, Highland University Teaching Hospital, Mekele (invented)",
                  "Regenerative Medicine Unit, Northgate University (invented)"],
    journal="Neural Regeneration and Repair Letters",
    year=2022,
    volume="9:117",
    doi="10.5555/NRRL.2022.0117",
    pmid="99100302",
    pmcid="PMC9910302",
    received="2022-01-21",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male",
        "body_weight_g": {"low": 250, "high": 280}, "n_per_group": 10,
        "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T9-T10",
        "source_tissue": "bone_marrow", "source_species": "rat",
        "isolation_method": ["ultrafiltration", "precipitation_kit"],
        "isolation_detail": "Total Exosome Isolation reagent",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "CD81", "Alix", "calnexin"],
        "size_nm": {"value": 118.7, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 200, "unit": "ug", "volume_ul": 200, "basis": "protein"},
        "route": "intravenous", "route_detail": "caudal vein",
        "frequency": {"doses": 3, "interval_h": 24}, "timing_post_injury_h": 24.0,
        "mechanism": "activation of the PI3K/AKT pathway",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Objective", ("To explore the effect of different dose of exosomes derived from rat bone marrow mesenchymal stem "
                      "cells (BMSC-Exos) on the motor function recovery of rats after spinal cord injury (SCI) and its "
                      "possible mechanism.")),
        ("Methods", ("Forty male Wistar rats were divided into Sham, NS, low dose exosome (Exo-L) and high dose exosome "
                    "(Exo-H) group. SCI was made by modified Allen's method. Exo-L and Exo-H group were injected with "
                    f"50{NB}μg and 200{NB}μg BMSC-Exos through caudal vein once daily for 3 days. BBB score was used to "
                    "evaluate motor function.")),
        ("Results", ("The BBB score of Exo-H group was higher than NS group since 14 d after injury (P<0.05), Exo-L group "
                    "have no significant difference with NS group. p-AKT expression was increased in Exo-H group.")),
        ("Conclusion", ("High dose BMSC-Exos can promote the recovery of motor function of SCI rats, the mechanism maybe "
                       "related with activating PI3K/AKT pathway.")),
    ],
    keywords=["spinal cord injury", "bone marrow mesenchymal stem cells", "exosomes", "dose", "PI3K/AKT"],
    sections=[
        ("intro", "Introduction", [
            ("Spinal cord injury (SCI) is a serious trauma of central nervous system, the incidence is increasing year by "
            "year [1]. Until now there is no effective treatment method in clinic. Mesenchymal stem cells (MSCs) play "
            "therapeutic role mainly by paracrine [2]. Exosomes are small vesicles with diameter of 40–160 nm, which can "
            "pass through blood spinal cord barrier [2]. Many study used exosomes to treat SCI, but the dose is very "
            "different, from 10 μg to 400 μg [5]. So the optimal dose of exosomes is still not known. In this study we "
            "compared two doses of BMSC-Exos."),
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Animals and ethics"),
            (f"{{{{species,strain,sex|Forty male Wistar rats}}}}, weight {{{{body_weight_g|250~280{NB}g}}}}, were provided by "
            "the Animal Center of Northgate University (invented). "
            "{{reported_welfare_compliance|The experiment was carried out according to the Guide for the Care and Use of Laboratory Animals and approved by the ethical committee of our hospital}}. "
            "{{reported_sample_size_calculation|The sample size was calculated by G*Power software based on our pilot data}}."),
            ("h", "Culture of BMSCs and extraction of exosomes"),
            ("{{source_tissue,source_species|BMSCs were isolated from femur and tibia of 4-week-old SD rats}} by whole "
            "bone marrow adherent method, and the 3rd to 5th generation cells were used. When reach 70~80% fusion, the "
            "medium was changed to serum free medium and collected after 48 h. The medium was centrifuged at 2 000 g for "
            "30 min to remove cell debris, then "
            "{{isolation_method|concentrated by 100 kDa ultrafiltration tube}} and the exosomes were extracted by "
            "{{isolation_method,isolation_detail|Total Exosome Isolation reagent}} "
            "(invented supplier) according to the instruction. Protein concentration of exosomes was detected with BCA method."),
            ("h", "Identification of exosomes"),
            ("{{characterization|The morphology of exosomes was observed under transmission electron microscope}}; "
            "{{characterization|particle size distribution was detected by nanoparticle tracking analysis}}; "
            "{{characterization,markers|the expression of CD63, CD81, Alix and calnexin were detected by Western blot}}."),
            ("h", "Establishment of SCI model and grouping"),
            ("Rats were anaesthetized by isoflurane (3% for induction, 2% for maintain). After the spinous process and "
            f"lamina were removed, {{{{injury_level|the spinal cord at T9–T10 level was exposed}}}} and "
            "{{injury_model,injury_device|hit by a 10 g weight falling from 25 mm height (modified Allen's method)}}. "
            "Successful model was judged by tail swing and hind limb retraction. "
            "{{reported_randomisation,n_per_group|The rats were divided into 4 groups by random number table, 10 rats in each group}} "
            "(Table 1). "
            f"{{{{route,route_detail,timing_post_injury_h|Exosomes were injected through the caudal vein at 24{NB}h after operation}}}}, "
            "{{frequency|once a day for 3 consecutive days}}. The high dose was prespecified as the main comparison."),
            ("wtable", "Table 1", "Grouping and treatment of the rats.",
             {"head": [["Group", "n", "Operation", "Treatment (caudal vein)"]],
              "rows": [["Sham", "10", "laminectomy only", "none"],
                       ["NS", "10", "SCI", "normal saline 200 μL"],
                       ["Exo-L", "10", "SCI", "BMSC-Exos 50 μg in 200 μL NS"],
                       ["Exo-H", "10", "SCI", "{{dose|BMSC-Exos 200 μg in 200 μL NS}}"]],
              "widths": [0.15, 0.1, 0.3, 0.45]}),
            ("h", "Behaviour evaluation"),
            ("{{reported_blinded_assessment|BBB scoring was done by two researchers who did not know the grouping}} at T1 "
            "to T6 (1, 3, 7, 14, 21 and 28 d after injury). The BBB subscore (0–13) was also recorded at T6."),
            ("h", "Cell experiment"),
            "PC12 cells were treated with H2O2 (200 μM) and exosomes (10, 20, 40 μg/mL) for 24 h, then CCK-8 was done.",
            ("h", "Statistical analysis"),
            ("SPSS 22.0 was used. Data were expressed as mean ± standard deviation. Repeated measure ANOVA was used for BBB "
            "score. P<0.05 was considered statistically significant."),
        ]),
        ("results", "Results", [
            ("h", "Characteristic of BMSC-Exos"),
            ("Under TEM the exosomes were round or cup-shape with double membrane. "
            f"{{{{size_nm|NTA result showed the mean diameter was 118.7 ± 21.3{NB}nm}}}}. Western blot showed positive "
            "expression of CD63, CD81 and Alix, while calnexin was negative."),
            ("h", "High dose exosomes improved BBB score"),
            ("At T1 and T2 the BBB score between NS, Exo-L and Exo-H groups have no difference. The BBB scores in Exo-H group "
            "was obviously higher than NS group at 14 d ({s:Exo-H@14|tight} vs {s:NS@14|tight}, P<0.05), and this tendency "
            "kept until 28 d ({s:Exo-H@28|tight} vs {s:NS@28|tight}). Exo-L group only showed little improve, which have no "
            "significant difference with NS group at 28 d ({s:Exo-L@28|tight}) (Table 2). The BBB subscore at T6 was "
            "6.1 ± 1.4 in Exo-H group and 3.2 ± 1.0 in NS group."),
            ("wtable", "Table 2", "BBB score of rats in each group at different time (n = 10).",
             {"head": [["Group", ("BBB score (mean ± SD)", 6)], [""] + _G_T],
              "rows": [_g_row(g) for g in _G_GROUPS],
              "foot": "*P<0.05 compared with NS group. T1–T6: 1, 3, 7, 14, 21, 28 d after injury.",
              "widths": [0.16] + [0.14] * 6}),
            ("h", "Exosomes activated PI3K/AKT"),
            ("The ratio of p-AKT/AKT and p-PI3K/PI3K in Exo-H group were higher than NS group. The expression of Bax and "
            "cleaved caspase-3 were decreased."),
        ]),
        ("discussion", "Discussion", [
            ("Our result shows the effect of BMSC-Exos is dose dependent. Zeller et al. summarised that doses of 100 μg/kg "
            "to 1 mg/kg were used in rodents [5]. In one study 1 × 10^11 particles were injected and BBB score reach 14 "
            "at 8 weeks [4]. {{mechanism|The mechanism maybe related with activating PI3K/AKT pathway}} and reduce "
            "apoptosis of neurons. The limitation is that we only used male rats and two doses."),
        ]),
    ],
    references=refs(0, 1, 4, 5, 102, 100),
    scores=Scores(outcome="BBB", err="sd",
                  groups=[("Sham", "sham", 10), ("NS", "control", 10), ("Exo-L", "other", 10), ("Exo-H", "treatment", 10)],
                  values={"Sham": dict(zip(_G_DAYS, [(20.8, 0.4), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)])),
                          "NS": dict(zip(_G_DAYS, [(0.3, 0.5), (0.9, 0.7), (2.4, 1.0), (4.6, 1.2), (6.0, 1.3), (6.9, 1.4)])),
                          "Exo-L": dict(zip(_G_DAYS, [(0.4, 0.5), (1.0, 0.8), (2.8, 1.1), (5.3, 1.3), (6.7, 1.5), (7.5, 1.6)])),
                          "Exo-H": dict(zip(_G_DAYS, [(0.4, 0.6), (1.2, 0.8), (3.6, 1.2), (7.2, 1.4), (9.1, 1.5), (10.2, 1.7)]))}),
    back=[("Ethics statement", "Approved by the ethical committee of Highland University Teaching Hospital (invented)."),
          ("Declaration of interest", "{{reported_conflict_of_interest|There is no conflict of interest}}.")],
    footnote=NOTICE,
)


# --------------------------------------------------------------------------- 3
# Society journal (own layout): structured abstract with Highlights, Long-Evans rats,
# parent cells versus their exosomes (cells arm "other"), BBB in a landscape table with
# merged day headers and mean / SD in separate columns, and again in the text at day 35.

_H_DAYS = [1.0, 7.0, 14.0, 21.0, 35.0]
_H_GROUPS = ["Sham", "Vehicle (PBS)", "hADSC", "hADSC-Exo"]
_H_WHAT = {"Sham": "none", "Vehicle (PBS)": "500 µL PBS, tail vein, 3 h",
           "hADSC": "1 × 10<sup>6</sup> hADSCs in 500 µL PBS, tail vein, 3 h",
           "hADSC-Exo": "2 × 10<sup>9</sup> particles in 500 µL PBS, tail vein, 3 h"}


def _h_row(g: str) -> list[str]:
    cells = [g, _H_WHAT[g]]
    for d in _H_DAYS:
        cells += [f"{{s:{g}@{d:g}|mcol}}", f"{{s:{g}@{d:g}|ecol}}"]
    return cells


HOXHA = Study(
    stem="hoxha2020_hadsc_exo_vs_cells_longevans",
    layout="journal",
    title="Cell-free versus cell-based therapy: exosomes from human adipose-derived stromal cells match their parent cells in restoring locomotion after thoracic contusion in Long-Evans rats",
    short_title="hADSC-Exo versus hADSC after SCI",
    authors=[("Arbën", "Hoxha"), ("Mirela", "Dervishaj"), ("Jonas", "Feldmann"), ("Teuta", "Krasniqi"), ("Samuel", "Ortega")],
    affiliations=["Institute of Experimental Neurology, Adriatic Medical School, Tirana (invented)",
                  "Centre for Cell Therapy, Rhine Valley University (invented)"],
    journal="Experimental Neurotherapeutics",
    year=2020,
    volume="27(2):301–318",
    doi="10.5555/expneurother.2020.03.011",
    pmid="99100303",
    pmcid="PMC9910303",
    received="2020-03-02",
    values={
        "species": "rat", "strain": "Long-Evans", "sex": "female",
        "body_weight_g": {"low": 180, "high": 220}, "n_per_group": 9,
        "injury_model": "contusion", "injury_device": "Infinite Horizon impactor", "injury_level": "T9",
        "source_tissue": "adipose", "source_species": "human",
        "isolation_method": ["ultrafiltration", "size_exclusion"], "isolation_detail": "qEV original 70 nm columns",
        "characterization": ["TEM", "NTA", "western_blot", "flow_cytometry"],
        "markers": ["CD9", "CD63", "CD81", "HSP70", "GM130"],
        "size_nm": {"value": 112.0, "low": None, "high": None, "stat": "median", "method": "NTA"},
        "dose": {"amount": 2e9, "unit": "particles", "volume_ul": 500, "basis": "particles"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 3.0,
        "mechanism": "suppression of M1 microglial polarisation via NF-κB",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Highlights", ("• Exosomes from human adipose stromal cells were compared head-to-head with the cells. "
                       "• A single intravenous dose of vesicles matched the cells at day 35. "
                       "• Both shifted microglia away from the M1 phenotype.")),
        ("Background", ("Whether the benefit of mesenchymal stromal cells after spinal cord injury can be reproduced by "
                       "their exosomes alone remains debated.")),
        ("Methods", ("{{species,strain,sex|Female Long-Evans rats}} received a 200-kdyn contusion at T9 and, 3 h later, "
                    "either PBS, 1 × 10<sup>6</sup> hADSCs or exosomes from the same cells (hADSC-Exo) through the tail "
                    "vein. Locomotion was scored on the BBB scale for five weeks.")),
        ("Results", ("hADSC-Exo and hADSC produced similar recovery; at day 35 mean BBB was {s:hADSC-Exo@35|mean} and "
                    "{s:hADSC@35|mean} respectively, against {s:Vehicle (PBS)@35|mean} after PBS.")),
        ("Conclusions", "A cell-free exosome product reproduces the locomotor benefit of the parent cells."),
    ],
    keywords=["adipose-derived stromal cells", "exosomes", "Long-Evans", "contusion", "microglia"],
    sections=[
        ("intro", "1 | INTRODUCTION", [
            ("Transplanted mesenchymal stromal cells rarely survive more than a few days in the injured cord, yet they "
            "improve outcome, which points to secreted factors [7,13]. Among these, exosomes — membrane vesicles of roughly "
            "50–200 nm in most reports — are the best studied [2]. Earlier work in our institute infused 5 × 10^6 cells per "
            "rat with modest effect [13]. Direct comparisons of cells and their vesicles in the same animals are few [7]."),
        ]),
        ("methods", "2 | MATERIALS AND METHODS", [
            ("h", "2.1 | Animals"),
            ("Forty-two female Long-Evans rats (10–12 weeks; "
            f"{{{{body_weight_g|180–220{NB}g}}}}) were kept under a 12 h light cycle. "
            "{{reported_welfare_compliance|All procedures followed the ARRIVE guidelines and were approved by the institutional animal welfare body (permit AMS-17/204)}}. "
            "{{reported_randomisation|Allocation to groups used a computer-generated sequence}}."),
            ("h", "2.2 | Cells and exosome preparation"),
            ("{{source_tissue,source_species|Human adipose-derived stromal cells (hADSCs) were obtained from lipoaspirates of three consenting donors}} "
            "and characterised by flow cytometry (CD73+, CD90+, CD105+, CD45−). Conditioned medium (72 h, serum-free) was "
            "cleared at 2 500 × g and "
            "{{isolation_method|concentrated on 100-kDa centrifugal filters before size-exclusion chromatography}} on "
            "{{isolation_detail|qEV original 70 nm columns}}; fractions 7–9 were pooled. Particle number was measured by NTA "
            "and all doses are given as particles."),
            ("h", "2.3 | Exosome characterisation"),
            ("{{characterization|Vesicles were imaged by negative-stain TEM}}, "
            "{{characterization|sized with a NanoSight NS300}} and "
            "{{characterization,markers|immunoblotted for CD9, CD63, CD81 and HSP70, with GM130 as the negative marker}}. "
            "{{characterization|Bead-captured vesicles were also analysed by flow cytometry}} for CD63."),
            ("h", "2.4 | Spinal cord injury"),
            ("Under isoflurane (2–2.5% in O<sub>2</sub>), a T8–T10 laminectomy was performed and "
            "{{injury_level,injury_model,injury_device|the exposed T9 segment received a 200-kdyn contusion with the Infinite Horizon impactor}}. "
            "Buprenorphine (0.05 mg/kg s.c.) was given twice daily for 3 days. Bladders were expressed manually."),
            ("h", "2.5 | Treatment"),
            ("{{n_per_group|Nine rats were allocated to each of the four groups}} (treatments in Table 2). "
            "{{timing_post_injury_h,route,route_detail,frequency|Three hours after contusion, a single infusion was given through the lateral tail vein}}: "
            "PBS (500 µL), hADSCs (1 × 10<sup>6</sup> cells) or "
            "{{dose|2 × 10<sup>9</sup> hADSC-Exo particles in 500 µL PBS}}."),
            ("h", "2.6 | Locomotor testing"),
            ("{{reported_blinded_assessment|Two observers unaware of treatment scored open-field locomotion on the BBB scale}} "
            "on days 1, 7, 14, 21 and 35 after injury; their mean was used."),
            ("h", "2.7 | Statistics"),
            "Values are mean and SD. Two-way repeated-measures ANOVA with Šidák correction (Prism 9).",
        ]),
        ("results", "3 | RESULTS", [
            ("h", "3.1 | Vesicle characteristics"),
            ("TEM showed cup-shaped vesicles with intact membranes. "
            f"{{{{size_nm|NTA gave a median (D50) diameter of 112{NB}nm}}}} (D10 81 nm, D90 166 nm) at "
            "3.4 × 10<sup>11</sup> particles/mL. CD9, CD63, CD81 and HSP70 were present and GM130 absent."),
            ("h", "3.2 | Locomotor recovery"),
            ("One rat in the hADSC group died on day 4 (pulmonary embolism at necropsy), leaving eight. All injured rats had "
            "near-complete paralysis on day 1 (Table 2). By day 35, rats given hADSC-Exo reached a BBB score of "
            "{s:hADSC-Exo@35|paren}, similar to {s:hADSC@35|paren} in rats receiving the parent cells and higher than "
            "{s:Vehicle (PBS)@35|paren} in vehicle-treated rats (mean (SD); P = 0.002 and P = 0.004 versus vehicle)."),
            ("wtable", "Table 2", "Open-field locomotor (BBB) scores by group and day after injury.",
             {"head": [["Group", "Treatment", ("Day 1", 2), ("Day 7", 2), ("Day 14", 2), ("Day 21", 2), ("Day 35", 2)],
                       ["", ""] + ["Mean", "SD"] * 5],
              "rows": [_h_row(g) for g in _H_GROUPS],
              "landscape": True,
              "foot": "Sham: laminectomy without contusion. hADSC: n = 8 after day 4 (one death); other groups n = 9.",
              "widths": [0.11, 0.29] + [0.06] * 10}),
            ("h", "3.3 | Microglia"),
            "Iba1+/CD86+ cells at the epicentre fell by about 40% in both treated groups, while Iba1+/CD206+ cells rose.",
        ]),
        ("discussion", "4 | DISCUSSION", [
            ("The main finding is that a single vesicle dose equalled the cells. Earlier studies reported BBB scores of about "
            "12 after 1 × 10^10 particles in Sprague-Dawley rats [5], and 400 µg doses have been used by others [11]. "
            "{{mechanism|The shared effect on microglia suggests that the vesicles act by suppressing M1 polarisation through NF-κB}} "
            "[7]. Long-Evans rats recover somewhat less than Sprague-Dawley rats after the same impact [13]."),
        ]),
    ],
    references=refs(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 106),
    scores=Scores(outcome="BBB", err="sd",
                  groups=[("Sham", "sham", 9), ("Vehicle (PBS)", "control", 9), ("hADSC", "other", 8),
                          ("hADSC-Exo", "treatment", 9)],
                  values={"Sham": dict(zip(_H_DAYS, [(20.6, 0.5), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)])),
                          "Vehicle (PBS)": dict(zip(_H_DAYS, [(0.2, 0.4), (2.1, 1.0), (4.4, 1.3), (6.2, 1.5), (7.4, 1.6)])),
                          "hADSC": dict(zip(_H_DAYS, [(0.3, 0.5), (2.9, 1.1), (6.1, 1.4), (8.6, 1.6), (10.1, 1.8)])),
                          "hADSC-Exo": dict(zip(_H_DAYS, [(0.2, 0.4), (3.1, 1.2), (6.4, 1.5), (8.9, 1.7), (10.6, 1.9)]))}),
    back=[("Ethics", "Permit AMS-17/204 of the Adriatic Medical School animal welfare body (invented)."),
          ("Conflict of interest", "{{reported_conflict_of_interest|The authors declare that they have no conflicts of interest}}."),
          ("Data availability", "Data are available from the corresponding author on request.")],
    footnote=NOTICE,
)


# --------------------------------------------------------------------------- 4
# Mice scored on the BMS (0-9), values only in prose of many shapes plus a figure legend,
# unusual days (35, 42), three doses 48 h apart from 30 min, BMS subscore and swim-scale
# traps, and rat BBB numbers from other studies in the discussion.

_Y_DAYS = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0, 35.0, 42.0]
YOSHIKAWA = Study(
    stem="yoshikawa2019_mouse_mbmsc_ev_bms_retroorbital",
    layout="single",
    title="Repeated systemic delivery of bone marrow stromal cell extracellular vesicles improves hindlimb function after spinal cord compression in mice",
    short_title="MSC-EVs after compression SCI in mice",
    authors=[("Haruka", "Yoshikawa"), ("Kenta", "Mori"), ("Lucía", "Ferrán"), ("Daiki", "Ueno")],
    affiliations=["Department of Neurobiology, Kita-Shore University Graduate School of Medicine (invented)",
                  "Spinal Repair Laboratory, Costa Verde Institute (invented)"],
    journal="Journal of Neurotrauma Models",
    year=2019,
    volume="6(4): 412–426",
    doi="10.5555/jnm.2019.0412",
    pmid="99100304",
    pmcid="PMC9910304",
    received="2019-05-14",
    values={
        "species": "mouse", "strain": "C57BL/6", "sex": "female", "n_per_group": 12,
        "injury_model": "compression", "injury_device": "forceps", "injury_level": "T10",
        "source_tissue": "bone_marrow", "source_species": "mouse",
        "isolation_method": ["ultracentrifugation", "density_gradient"],
        "isolation_detail": "120 000 g 90 min on a 30% sucrose cushion",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD81", "Alix", "GM130"],
        "size_nm": {"value": 134.0, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 20, "unit": "ug", "volume_ul": 100, "basis": "protein"},
        "route": "intravenous", "route_detail": "retro-orbital sinus",
        "frequency": {"doses": 3, "interval_h": 48}, "timing_post_injury_h": 0.5,
        "mechanism": "reduced blood–spinal cord barrier leakage and pericyte preservation",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, ("Extracellular vesicles (EVs) released by mesenchymal stromal cells (MSCs) are candidate acellular "
               "therapeutics for spinal cord injury. We gave "
               "{{species,strain,sex|adult female C57BL/6J mice}} a moderate forceps compression of the thoracic cord "
               "and injected mouse bone marrow MSC-EVs or vehicle intravenously three times. MSC-EV mice recovered better on "
               "the Basso Mouse Scale (BMS) from the second week, reaching {s:MSC-EVs@42|mean} versus {s:Vehicle@42|mean} at "
               "six weeks, and showed less barrier leakage and more surviving pericytes.")),
    ],
    keywords=["Basso Mouse Scale", "extracellular vesicles", "blood–spinal cord barrier", "pericytes", "mouse"],
    sections=[
        ("intro", "Introduction", [
            ("In rats, a single dose of MSC exosomes raises BBB scores by 2–4 points [5,11], but mouse data are scarce and "
            "the rat BBB scale cannot be transferred to mice, which are scored on the 9-point BMS [12]. EVs are commonly "
            "described as 30–150 nm particles [2]. Here we asked whether repeated systemic EV delivery helps mice after "
            "compression injury, which, unlike contusion, produces a sustained barrier leak [6]."),
        ]),
        ("methods", "Materials and methods", [
            ("h", "Mice"),
            ("Female mice aged 8–10 weeks were bred in-house. "
            "{{reported_welfare_compliance|Experiments were approved by the Kita-Shore University Animal Experiment Committee (approval 31-044) and conformed to national guidelines}}. "
            "Group sizes were set from previous BMS variance; "
            "{{n_per_group|twelve mice per group entered the behavioural study}}."),
            ("h", "Extracellular vesicles"),
            ("{{source_tissue,source_species|MSCs were flushed from femurs and tibiae of 6-week-old C57BL/6J mice}} and used "
            "at passages 4–6. EV-depleted FBS was prepared by overnight centrifugation. Conditioned medium (48 h) was "
            "cleared at 2 000 g (20 min) and 16 500 g (30 min) and filtered (0.22 µm); "
            "{{isolation_method|EVs were then pelleted by ultracentrifugation through a sucrose cushion}} "
            f"({{{{isolation_detail|120{TH}000 g 90 min on a 30% sucrose cushion}}}}, SW32 rotor) and washed once in PBS "
            "at the same speed. "
            "{{characterization|Particle size and concentration were measured by nanoparticle tracking (NanoSight LM10)}}, "
            "{{characterization|morphology by TEM}} and "
            "{{characterization,markers|CD9, CD81, Alix and GM130 by western blotting}}. "
            "Protein was measured by micro-BCA."),
            ("h", "Injury and treatment"),
            ("Mice were anaesthetised with ketamine/xylazine (100/10 mg/kg i.p.). "
            "{{injury_level|After a T10 laminectomy}}, "
            "{{injury_model,injury_device|the cord was compressed for 5 s with modified No. 5 Dumont forceps}} closed to a "
            "0.4 mm spacer. "
            f"{{{{dose,route,route_detail|EVs (20{NB}µg protein in 100{NB}µL PBS) or PBS alone were injected into the retro-orbital venous sinus}}}} "
            "{{timing_post_injury_h,frequency|30 min after injury and again on days 2 and 4 (three injections, 48 h apart)}}. "
            "In vitro, pericytes received 5 µg/mL EVs. Sham mice received laminectomy only."),
            ("h", "Behaviour"),
            ("{{reported_blinded_assessment|Hindlimb function was scored on the BMS by two raters blinded to treatment}} on "
            "days 1, 3, 7, 14, 21, 28, 35 and 42. The BMS subscore (0–11) was calculated for mice with frequent stepping. "
            "The Louisville Swim Scale was tested on day 42."),
            ("h", "Statistics"),
            "Data are mean ± SEM; BMS was compared by two-way repeated-measures ANOVA with Bonferroni post-tests.",
        ]),
        ("results", "Results", [
            ("h", "EV properties"),
            (f"{{{{size_nm|The EVs had a mean diameter of 134 ± 9{NB}nm by NTA}}}}, were cup-shaped by TEM, carried CD9, "
            "CD81 and Alix and lacked GM130. One millilitre of medium yielded about 2.1 µg of EV protein."),
            ("h", "Locomotion"),
            ("One day after compression, mice in both injured groups were almost paralysed (BMS {s:Vehicle@1|mean} for "
            "Vehicle and {s:MSC-EVs@1|mean} for MSC-EVs). Recovery began in the first week; the groups diverged from day 14, "
            "when MSC-EVs mice scored {s:MSC-EVs@14} compared to {s:Vehicle@14} in the Vehicle group (p = 0.01). The "
            "advantage persisted to the end of the study: on day 35, {s:MSC-EVs@35|paren} vs {s:Vehicle@35|paren}, and "
            "on day 42, MSC-EVs {s:MSC-EVs@42}; Vehicle {s:Vehicle@42}."),
            ("Among mice that stepped frequently, the BMS subscore on day 42 was 5.5 ± 0.8 (MSC-EVs) versus 3.1 ± 0.7. "
            "The Louisville Swim Scale score was 9.0 ± 1.1 versus 6.4 ± 1.0. Sham mice kept the maximal BMS throughout."),
            ("figure", "Figure 2", ("BMS over six weeks after compression (mean ± SEM; n = 12 per group). At day 28 the "
             "mean BMS was {s:MSC-EVs@28} in the MSC-EVs group and {s:Vehicle@28} in the Vehicle group."),
             {"days": _Y_DAYS, "groups": ["Vehicle", "MSC-EVs"]}),
            ("h", "Barrier and pericytes"),
            "Evans blue extravasation on day 3 was 38% lower after MSC-EVs, and PDGFRβ+ pericytes were better preserved.",
        ]),
        ("discussion", "Discussion", [
            ("Repeated EV injection improved BMS by roughly one point from week two. Rat studies report BBB gains from 7.5 to "
            "11.2 at four weeks [5], but the scales are not comparable. "
            "{{mechanism|We propose that the EVs act chiefly by limiting blood–spinal cord barrier leakage and preserving pericytes}} "
            "[6]. A higher dose of 50 µg per mouse was not tested."),
        ]),
    ],
    references=refs(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 105),
    scores=Scores(outcome="BMS", err="sem",
                  groups=[("Sham", "sham", 6), ("Vehicle", "control", 12), ("MSC-EVs", "treatment", 12)],
                  values={"Sham": {d: (9.0, 0.0) for d in _Y_DAYS},
                          "Vehicle": dict(zip(_Y_DAYS, [(0.3, 0.1), (0.8, 0.2), (1.6, 0.3), (2.4, 0.3), (2.9, 0.3), (3.2, 0.3), (3.4, 0.3), (3.5, 0.3)])),
                          "MSC-EVs": dict(zip(_Y_DAYS, [(0.4, 0.1), (1.0, 0.2), (2.1, 0.3), (3.3, 0.3), (3.9, 0.3), (4.3, 0.3), (4.5, 0.3), (4.7, 0.4)]))}),
    back=[("Ethics", "Approval 31-044, Kita-Shore University Animal Experiment Committee (invented)."),
          ("Competing interests", "{{reported_conflict_of_interest|None declared}}.")],
    footnote=NOTICE,
)

STUDIES = [WANJIRU, GEBREMEDHIN, HOXHA, YOSHIKAWA]
