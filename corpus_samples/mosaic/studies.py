"""Four invented studies written the way four different labs would write them.

Each lab keeps its own habits (group names, how it writes time, where the scores go).
Markup is the external renderer's: ``{{fields|quote}}`` and ``{bbb:GROUP@DAY}``.
"""

from __future__ import annotations

from extgen.common import FOOTNOTE, MU, NB, POOL
from extgen.model import Scores, Study


def _d(days: list[float], pairs: list[tuple[float, float]]) -> dict[float, tuple[float, float]]:
    return dict(zip(days, pairs, strict=True))


# --- 1. A Chinese group: "SCI + Exos", days across a two-column table, SD --------------------
D1 = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]
DENG = Study(
    stem="deng2021_hucmsc_exos_tailvein_nyu",
    layout="twocol",
    title="Human umbilical cord MSC-derived exosomes attenuate pyroptosis and promote locomotor recovery after spinal cord injury in rats",
    short_title="hucMSC-Exos after SCI",
    authors=[("Xiaoming", "Deng"), ("Li", "Qiao"), ("Haoran", "Wei"), ("Jing", "Zhou")],
    affiliations=["Department of Orthopaedics, Invented Second Affiliated Hospital, Hangzhou, China"],
    journal="Journal of Invented Neurotrauma Research",
    year=2021,
    volume="14(6):e2310",
    doi="10.5555/jinr.2021.2310",
    pmid="39100201",
    pmcid="PMC9900201",
    received="2021-03-02",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 220, "high": 250}, "n_per_group": 8,
        "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T10",
        "source_tissue": "umbilical_cord", "source_species": "human",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 g 70 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 112.4, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 200, "unit": "ug", "volume_ul": 200, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.5,
        "mechanism": "inhibition of NLRP3 inflammasome-mediated pyroptosis",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Pyroptosis amplifies secondary injury after spinal cord injury (SCI). We asked whether exosomes from human umbilical cord mesenchymal stem cells (hucMSC-Exos) limit it."),
        ("Methods", "Female SD rats received a T10 contusion and a single tail vein injection of hucMSC-Exos or PBS; locomotion was scored with the BBB scale for 28 days."),
        ("Results", f"hucMSC-Exos raised BBB scores from day 14 onwards (day 28: {{bbb:SCI + Exos@28}} vs {{bbb:SCI@28}}) and reduced NLRP3, caspase-1 and GSDMD-N."),
        ("Conclusion", "{{mechanism|hucMSC-Exos promote recovery by inhibiting NLRP3 inflammasome-mediated pyroptosis}}."),
    ],
    keywords=["spinal cord injury", "exosomes", "umbilical cord", "pyroptosis", "NLRP3"],
    sections=[
        ("intro", "1. Introduction", [
            "Spinal cord injury (SCI) leaves most patients with permanent deficits [1]. Exosomes are lipid-bilayer vesicles of 30–150 nm that carry proteins and RNAs of the parent cell [2], and exosomes of MSC origin have been given at 100 µg to 400 µg in earlier rodent work [5,11].",
            "Pyroptosis, a gasdermin-dependent inflammatory death, is prominent in the first week after trauma [3]. Here we tested hucMSC-Exos in a rat contusion model.",
        ]),
        ("methods", "2. Materials and methods", [
            ("h", "2.1. Animals and SCI model"),
            f"{{{{species,strain,sex|Adult female Sprague-Dawley (SD) rats}}}} ({{{{body_weight_g|220–250{NB}g}}}}) were purchased from an invented provincial animal centre. {{{{reported_randomisation|Rats were randomly divided into three groups}}}} ({{{{n_per_group|n = 8 per group}}}}): Sham, SCI and SCI + Exos. After laminectomy, {{{{injury_model,injury_device,injury_level|a moderate contusion was made at T10 with an NYU impactor}}}} (10 g rod, 25 mm height). Sham rats had laminectomy only.",
            ("h", "2.2. Isolation and identification of hucMSC-Exos"),
            f"{{{{source_tissue,source_species|hucMSCs were isolated from human umbilical cords}}}} of healthy full-term deliveries and used at passages 3–5. Conditioned medium (exosome-depleted FBS, 48 h) was centrifuged at 300 × g, 2000 × g and 10,000 × g, then {{{{isolation_method,isolation_detail|ultracentrifuged at 100,000 g for 70 min}}}} twice (4 °C). {{{{characterization|Exosomes were identified by TEM, NTA and western blot}}}}; {{{{markers|CD9, CD63 and TSG101 were positive, whereas calnexin was absent}}}}.",
            f"For in vitro experiments, PC12 cells were treated with 50 µg/mL hucMSC-Exos for 24 h.",
            ("h", "2.3. Exosome treatment"),
            f"{{{{dose,route,route_detail,timing_post_injury_h|Thirty minutes after SCI, rats received 200 µg hucMSC-Exos in 200 µL PBS via the tail vein}}}}; {{{{frequency|the injection was given once}}}}. The SCI group received 200 µL PBS.",
            ("h", "2.4. Behavioural assessment"),
            "The Basso, Beattie and Bresnahan (BBB) locomotor rating scale (0–21) was applied on days 1, 3, 7, 14, 21 and 28 after injury by {{reported_blinded_assessment|two observers blinded to grouping}}. Data are mean ± SD.",
        ]),
        ("results", "3. Results", [
            ("h", "3.1. Characterisation of hucMSC-Exos"),
            "Exosomes showed a cup-shaped morphology under TEM; {{size_nm|NTA showed a mean diameter of 112.4 nm}} (Fig. 1).",
            ("h", "3.2. hucMSC-Exos improved hindlimb function"),
            "All rats in the SCI groups were paraplegic on day 1. BBB scores of the SCI + Exos group were higher than those of the SCI group from day 14 (Table 1). At day 28 the score reached {bbb:SCI + Exos@28} in the SCI + Exos group versus {bbb:SCI@28} in the SCI group (P < 0.01); sham rats walked normally throughout.",
            ("table", "Table 1", "BBB scores of rats in each group at different time points (mean ± SD, n = 8).",
             {"orient": "cols", "days": D1, "groups": ["Sham", "SCI", "SCI + Exos"], "day_fmt": lambda d: f"{d:g} d",
              "foot": "*P < 0.05, **P < 0.01 vs SCI."}),
            "The BBB subscore for paw position and trunk stability (0–13) followed the same pattern (7.0 vs 3.0 at 28 d).",
            ("h", "3.3. Pyroptosis"),
            "NLRP3, cleaved caspase-1 and GSDMD-N were lower in the SCI + Exos group at day 3.",
        ]),
        ("discussion", "4. Discussion", [
            "Our data agree with reports that MSC exosomes of 80–120 nm improve BBB scores to about 10 at four weeks [5,11]; one study gave 2 × 10^10 particles daily for 3 days [8]. Limitations include the single dose and female rats only.",
        ]),
    ],
    references=POOL[:12],
    scores=Scores("BBB", "sd", [("Sham", "sham", 8), ("SCI", "control", 8), ("SCI + Exos", "treatment", 8)], {
        "Sham": _d(D1, [(21.0, 0.0)] * 6),
        "SCI": _d(D1, [(0.4, 0.5), (1.1, 0.6), (2.6, 0.9), (4.3, 1.1), (5.9, 1.2), (6.8, 1.3)]),
        "SCI + Exos": _d(D1, [(0.5, 0.5), (1.4, 0.7), (3.5, 1.0), (6.8, 1.2), (9.0, 1.4), (10.6, 1.5)]),
    }),
    back=[("Ethics statement", "{{reported_welfare_compliance|All procedures were approved by the Animal Ethics Committee of the invented hospital}}."),
          ("Conflict of interest", "{{reported_conflict_of_interest|The authors declare no conflict of interest}}.")],
    footnote=FOOTNOTE,
)

# --- 2. An Indian group: T-coded time points, scores in prose as mean (SD), rat BMSC ---------
D2 = [7.0, 14.0, 28.0, 42.0]
KOTHARI = Study(
    stem="kothari2022_rbmsc_exo_intrathecal_tcoded",
    layout="single",
    title="Intrathecal delivery of bone marrow mesenchymal stem cell exosomes improves hind-limb function in a rat compression model of spinal cord injury",
    short_title="Intrathecal BMSC exosomes in SCI",
    authors=[("Anjali", "Kothari"), ("Rahul", "Menon"), ("S.", "Venkatesan")],
    affiliations=["Department of Neurosurgery, Invented Institute of Medical Sciences, Pune, India"],
    journal="Indian Journal of Invented Experimental Neuroscience",
    year=2022,
    volume="9:141–156",
    doi="10.5555/ijien.2022.0141",
    pmid="39100202",
    pmcid="PMC9900202",
    received="2022-01-18",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male", "body_weight_g": {"low": 250, "high": 300},
        "n_per_group": 6, "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T9",
        "source_tissue": "bone_marrow", "source_species": "rat", "modification": "none",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "ExoQuick-TC",
        "characterization": ["TEM", "DLS", "western_blot"], "markers": ["CD63", "CD81", "Alix"],
        "size_nm": {"value": 96.0, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 50, "unit": "ug", "volume_ul": 20, "basis": "protein"},
        "route": "intrathecal", "route_detail": "lumbar puncture",
        "frequency": {"doses": 3, "interval_h": 24}, "timing_post_injury_h": 24.0,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[(None, "Compression injury was produced at T9 in male Wistar rats with an aneurysm clip. Native exosomes from rat bone marrow MSCs were given by lumbar puncture once daily for three days. BBB scores at T4 (day 42) were {bbb:BMSC-Exo@42|paren} in treated and {bbb:SCI+vehicle@42|paren} in vehicle rats.")],
    keywords=["BMSC", "exosome", "intrathecal", "compression", "BBB"],
    sections=[
        ("intro", "Introduction", [
            "Traumatic spinal cord injury affects an estimated 15–40 persons per million each year in India [1]. Exosomes (40–160 nm) released by mesenchymal stem cells reproduce much of the benefit of the cells themselves [2,4]. Intravenous exosomes at 1 mg/kg have been reported to raise BBB scores by 3–4 points [11].",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Experimental animals"),
            f"{{{{species,strain,sex|Male Wistar rats}}}} weighing {{{{body_weight_g|250–300{NB}g}}}} were used. Animals were allotted to three groups, {{{{n_per_group|six rats in each}}}}: sham-operated (Group I), SCI+vehicle (Group II) and BMSC-Exo (Group III).",
            ("h", "Compression injury"),
            "Under ketamine–xylazine anaesthesia a T8–T10 laminectomy was done and {{injury_model,injury_device,injury_level|the cord was compressed at T9 with an aneurysm clip}} (closing force 30 g) for 1 min.",
            ("h", "Exosome preparation"),
            "{{source_tissue,source_species|BMSCs were flushed from femurs and tibiae of 4-week-old Wistar rats}} and expanded to passage 4. {{modification|Unmodified (native) exosomes were used}}. {{isolation_method,isolation_detail|Exosomes were precipitated from conditioned medium with ExoQuick-TC}} as per the manufacturer. {{characterization|Characterisation was by TEM, DLS and western blotting}} ({{markers|CD63, CD81 and Alix}}).",
            ("h", "Treatment schedule and time points"),
            "{{dose,route,route_detail|Group III received 50 µg exosomal protein in 20 µL PBS intrathecally by lumbar puncture}} (L5–L6), {{frequency,timing_post_injury_h|once daily for 3 consecutive days beginning 24 h after injury}}; Group II got 20 µL PBS. Time points were coded T0 (before injury), T1 (day 7), T2 (day 14), T3 (day 28) and T4 (day 42).",
            ("h", "Functional assessment"),
            "The BBB open-field score was recorded at T1–T4. Values are given as mean (SD).",
        ]),
        ("results", "Results", [
            "DLS gave {{size_nm|an average hydrodynamic diameter of 96 nm}} with a polydispersity index of 0.21.",
            "All Group II and III rats had complete hind-limb paralysis after injury. At T1, BBB scores were {bbb:SCI+vehicle@7|paren} in Group II and {bbb:BMSC-Exo@7|paren} in Group III. Group III improved faster: {bbb:BMSC-Exo@14|paren} at T2 and {bbb:BMSC-Exo@28|paren} at T3, compared with {bbb:SCI+vehicle@14|paren} and {bbb:SCI+vehicle@28|paren} in Group II. By T4 the difference was {bbb:BMSC-Exo@42|paren} versus {bbb:SCI+vehicle@42|paren} (p = 0.002). Sham rats showed no deficit.",
            "Inclined-plane angle at T4 was 52° (Group III) and 41° (Group II). Modified Tarlov grades did not differ at T1 (2 vs 2).",
        ]),
        ("discussion", "Discussion", [
            "Earlier intrathecal studies gave 100 µg exosomes and reported BBB of 12.5 at six weeks [8]. Our smaller dose, repeated thrice, gave a comparable gain. The study is limited by n = 6 and a single sex.",
        ]),
    ],
    references=POOL[2:14],
    scores=Scores("BBB", "sd", [("Sham", "sham", 6), ("SCI+vehicle", "control", 6), ("BMSC-Exo", "treatment", 6)], {
        "SCI+vehicle": _d(D2, [(1.5, 0.8), (3.7, 1.0), (6.2, 1.4), (7.3, 1.5)]),
        "BMSC-Exo": _d(D2, [(1.8, 0.9), (5.3, 1.2), (9.1, 1.6), (11.4, 1.7)]),
    }),
    back=[("Ethics approval", "{{reported_welfare_compliance|The protocol was approved by the Institutional Animal Ethics Committee and followed CPCSEA guidelines}}."),
          ("Competing interests", "{{reported_conflict_of_interest|None declared}}.")],
    footnote=FOOTNOTE,
)

# --- 3. A Turkish group: weeks as rows, "SCI + ADMSC-Exo" naming, accepted-manuscript PDF ----
D3 = [7.0, 14.0, 21.0, 28.0, 35.0, 42.0]
BASARAN = Study(
    stem="basaran2023_hadmsc_exo_intralesional_am",
    layout="single",
    title="Intralesional human adipose-derived mesenchymal stem cell exosomes reduce apoptosis and improve locomotor function after spinal cord contusion in rats",
    short_title="Adipose MSC exosomes in SCI",
    authors=[("Elif", "Başaran"), ("Mehmet", "Yıldız"), ("Ayşe", "Korkmaz"), ("Can", "Öztürk")],
    affiliations=["Department of Neurosurgery, Invented University Faculty of Medicine, Ankara, Türkiye"],
    journal="Turkish Invented Journal of Spine Surgery",
    year=2023,
    volume="35(2):88–101",
    doi="10.5555/tijss.2023.035",
    pmid="39100203",
    pmcid="PMC9900203",
    received="2022-11-07",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 280, "high": 320},
        "n_per_group": 10, "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T10",
        "source_tissue": "adipose", "source_species": "human",
        "isolation_method": ["ultrafiltration", "size_exclusion"], "isolation_detail": "100 kDa ultrafiltration and qEV column",
        "characterization": ["TEM", "NTA", "flow_cytometry"], "markers": ["CD9", "CD63", "CD81"],
        "size_nm": {"value": 134.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 1e10, "unit": "particles", "volume_ul": 10, "basis": "particles"},
        "route": "intralesional", "route_detail": "lesion epicentre",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.0,
        "mechanism": "suppression of apoptosis via PI3K/Akt signalling",
        "reported_blinded_assessment": True, "reported_sample_size_calculation": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Objective", "To test whether exosomes from human adipose-derived MSCs (hADMSC-Exo) injected into the lesion improve recovery after contusion."),
        ("Materials and Methods", "Thirty male Sprague-Dawley rats were allocated to sham, SCI and SCI + ADMSC-Exo groups; BBB scores were recorded weekly for six weeks."),
        ("Results", "At the sixth week BBB was {bbb:SCI + ADMSC-Exo@42} with exosomes and {bbb:SCI@42} without (p < 0.001)."),
        ("Conclusion", "{{mechanism|hADMSC-Exo reduced apoptosis through activation of PI3K/Akt signalling}}."),
    ],
    keywords=["spinal cord injury", "adipose tissue", "exosome", "apoptosis", "BBB"],
    sections=[
        ("intro", "INTRODUCTION", [
            "Spinal cord injury (SCI) remains a major cause of disability in Türkiye and worldwide [1]. MSC-derived exosomes are 50–150 nm vesicles [2,4] and adipose tissue is an easy source of MSCs [13]. Kim et al. reported a mode size of 118 nm and BBB 11 at day 28 after intravenous exosomes [5].",
        ]),
        ("methods", "MATERIALS AND METHODS", [
            ("h", "Animals and Study Design"),
            f"The study was approved by the local ethics committee. {{{{species,strain,sex|Male Sprague-Dawley rats}}}} ({{{{body_weight_g|280–320 g}}}}) were divided into three groups ({{{{n_per_group|n=10 per group}}}}): Sham (laminectomy only), SCI (contusion + 10 µL PBS) and SCI + ADMSC-Exo. {{{{reported_sample_size_calculation|Sample size was calculated with G*Power (effect size 1.4, power 0.80, α=0.05)}}}}.",
            ("h", "Spinal Cord Injury Model"),
            "After T9–T11 laminectomy, {{injury_model,injury_device,injury_level|a contusion was produced at T10 by the weight-drop method}} (10 g weight from 25 mm, modified Allen).",
            ("h", "Exosome Isolation and Characterisation"),
            "{{source_tissue,source_species|hADMSCs were obtained from lipoaspirates of healthy donors}} (passage 3–5). {{isolation_method,isolation_detail|Exosomes were concentrated by 100 kDa ultrafiltration and purified on a qEV size-exclusion column}}. {{characterization|TEM, NTA and flow cytometry}} were used for characterisation; {{markers|vesicles were positive for CD9, CD63 and CD81}}.",
            ("h", "Exosome Administration"),
            f"{{{{dose,route,route_detail,timing_post_injury_h,frequency|Immediately after injury, 1 × 10^10 particles in 10 µL PBS were injected once into the lesion epicentre}}}} with a Hamilton syringe (depth 1 mm, 2 µL/min).",
            ("h", "Locomotor Evaluation"),
            "BBB scoring was done weekly (1st–6th week) by {{reported_blinded_assessment|two researchers unaware of the groups}}. Results are expressed as mean ± SEM.",
        ]),
        ("results", "RESULTS", [
            "NTA showed {{size_nm|a mode particle size of 134 nm}} and 2.3 × 10^11 particles/mL.",
            "Sham animals had normal locomotion. BBB scores of both injured groups were near zero in the first week (Table 1). From the second week on, the SCI + ADMSC-Exo group had higher scores; at the fourth week they were {bbb:SCI + ADMSC-Exo@28} vs {bbb:SCI@28}.",
            ("table", "Table 1", "Weekly BBB locomotor scores (mean ± SEM, n=10 per group).",
             {"orient": "rows", "days": D3, "groups": ["SCI", "SCI + ADMSC-Exo"], "corner": "Week",
              "day_fmt": lambda d: f"{int(d / 7)}{'st' if d == 7 else 'nd' if d == 14 else 'rd' if d == 21 else 'th'} week",
              "foot": "a p<0.05, b p<0.001 compared with the SCI group (two-way repeated-measures ANOVA)."}),
            "Cleaved caspase-3 positive cells per field were 48 ± 6 (SCI) and 21 ± 4 (SCI + ADMSC-Exo); p-Akt/Akt ratio increased 2.1-fold.",
        ]),
        ("discussion", "DISCUSSION", [
            "Our BBB gain of about 4 points is larger than the 2.5 points reported after 200 µg intravenous exosomes [5]. Intralesional injection bypasses the blood–spinal cord barrier but adds a second trauma.",
        ]),
    ],
    references=POOL[1:14],
    scores=Scores("BBB", "sem", [("SCI", "control", 10), ("SCI + ADMSC-Exo", "treatment", 10)], {
        "SCI": _d(D3, [(1.2, 0.3), (3.1, 0.4), (4.6, 0.5), (5.8, 0.5), (6.5, 0.6), (7.0, 0.6)]),
        "SCI + ADMSC-Exo": _d(D3, [(1.5, 0.3), (4.4, 0.5), (6.9, 0.5), (8.7, 0.6), (10.1, 0.6), (11.2, 0.7)]),
    }),
    back=[("Ethics Committee Approval", "{{reported_welfare_compliance|Approval was obtained from the Invented University Animal Experiments Local Ethics Committee (decision no: 2022/14)}}."),
          ("Conflict of Interest", "{{reported_conflict_of_interest|The authors have no conflicts of interest to declare}}.")],
    footnote=FOOTNOTE,
)

# --- 4. A Mexican group: scores in the figure legend and in text (day 56), SEM, hypoxic -----
D4 = [3.0, 7.0, 14.0, 28.0, 56.0]
CERVANTES = Study(
    stem="cervantes2020_hypoxic_rbmsc_ev_iv_legend",
    layout="twocol",
    title="Extracellular vesicles from hypoxia-preconditioned bone marrow mesenchymal stromal cells improve motor recovery after spinal cord contusion in Long-Evans rats",
    short_title="Hypoxic BMSC-EVs in SCI",
    authors=[("Mariana", "Cervantes"), ("José Luis", "Ibarra"), ("Guadalupe", "Ríos"), ("Antonio", "Ledezma")],
    affiliations=["Laboratorio de Neurorregeneración (invented), Ciudad de México, México"],
    journal="Revista Invented de Neurociencia Experimental",
    year=2020,
    volume="7:e0412",
    doi="10.5555/rine.2020.0412",
    pmid="39100204",
    pmcid="PMC9900204",
    received="2020-02-11",
    values={
        "species": "rat", "strain": "Long-Evans", "sex": "female", "body_weight_g": {"low": 200, "high": 230},
        "n_per_group": 7, "injury_model": "contusion", "injury_device": "MASCIS impactor", "injury_level": "T9",
        "source_tissue": "bone_marrow", "source_species": "rat", "modification": "hypoxia preconditioning",
        "isolation_method": ["ultracentrifugation", "density_gradient"], "isolation_detail": "sucrose cushion, 110,000 g 2 h",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "TSG101", "HSP70"],
        "size_nm": {"value": 128.0, "low": None, "high": None, "stat": "median", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 500, "basis": "protein"},
        "route": "intravenous", "route_detail": "femoral vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 2.0,
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[(None, "Hypoxia-preconditioned BMSC extracellular vesicles (H-EV), normoxic EVs (N-EV) or vehicle were injected into the femoral vein of female Long-Evans rats 2 h after a T9 MASCIS contusion. At 8 weeks BBB reached {bbb:H-EV@56} with H-EV, {bbb:N-EV@56} with N-EV and {bbb:Vehicle@56} with vehicle.")],
    keywords=["hypoxia", "extracellular vesicles", "spinal cord injury", "BBB"],
    sections=[
        ("intro", "Introduction", [
            "Extracellular vesicles (EVs) of 30–200 nm mediate much of the paracrine action of mesenchymal stromal cells [2,4]. Preconditioning at 1% O2 raises EV yield [9]. Previous work in Mexico used 10 million cells per rat in this model [12].",
        ]),
        ("methods", "Material and methods", [
            "{{species,strain,sex|Female Long-Evans rats}} ({{body_weight_g|200–230 g}}) were housed under Mexican official norm NOM-062-ZOO-1999. {{reported_randomisation|Rats were assigned at random}} to Sham, Vehicle, N-EV and H-EV groups ({{n_per_group|n = 7}}).",
            "{{injury_model,injury_device,injury_level|A moderate contusion (10 g, 25 mm) was made at T9 with the MASCIS impactor}} after laminectomy.",
            "{{source_tissue,source_species|BMSCs were obtained from femurs of adult Long-Evans rats}} and {{modification|preconditioned in 1% O2 for 48 h (hypoxia)}}; normoxic cells gave N-EV. {{isolation_method,isolation_detail|EVs were pelleted through a 30% sucrose cushion at 110,000 g for 2 h}} and washed in PBS. {{characterization|Vesicles were analysed by TEM, NTA and western blot}} ({{markers|CD63, TSG101 and HSP70}}).",
            "{{dose,route,route_detail,timing_post_injury_h,frequency|Two hours after injury each rat received a single dose of 100 µg EV protein in 500 µL saline through the femoral vein}}; Vehicle rats received 500 µL saline.",
            "Locomotion was evaluated on days 3, 7, 14, 28 and 56 with the BBB scale by {{reported_blinded_assessment|evaluators blind to treatment}}. Data are mean ± SEM.",
        ]),
        ("results", "Results", [
            "{{size_nm|The median EV diameter by NTA was 128 nm}} for H-EV and 131 nm for N-EV.",
            "Locomotor recovery is shown in Fig. 2. On day 28 H-EV rats scored {bbb:H-EV@28}, above N-EV ({bbb:N-EV@28}) and Vehicle ({bbb:Vehicle@28}).",
            ("figure", "Fig. 2", "BBB scores over 8 weeks (mean ± SEM, n = 7). Day 3: Vehicle {bbb:Vehicle@3}, N-EV {bbb:N-EV@3}, H-EV {bbb:H-EV@3}. Day 56: Vehicle {bbb:Vehicle@56}, H-EV {bbb:H-EV@56}. *p < 0.05 H-EV vs Vehicle (two-way ANOVA, Bonferroni).",
             {"days": D4, "groups": ["Vehicle", "N-EV", "H-EV"]}),
            "H-EV reduced the lesion area by 31% at day 56 and increased NeuN+ cells.",
        ]),
        ("discussion", "Discussion", [
            "Hypoxic EVs outperformed normoxic EVs by about two BBB points. Others gave 2 × 10^9 particles of hypoxic vesicles intrathecally and reached 12 points at day 28 [9].",
        ]),
    ],
    references=POOL[3:15],
    scores=Scores("BBB", "sem", [("Vehicle", "control", 7), ("N-EV", "other", 7), ("H-EV", "treatment", 7)], {
        "Vehicle": _d(D4, [(0.6, 0.3), (2.1, 0.5), (4.0, 0.6), (5.6, 0.7), (6.9, 0.8)]),
        "N-EV": _d(D4, [(0.7, 0.3), (2.6, 0.5), (5.2, 0.7), (7.4, 0.8), (8.8, 0.9)]),
        "H-EV": _d(D4, [(0.8, 0.4), (3.3, 0.6), (6.5, 0.7), (9.6, 0.8), (11.3, 0.9)]),
    }),
    back=[("Ethics", "{{reported_welfare_compliance|Procedures were approved by the institutional animal care and use committee (CICUAL)}}."),
          ("Declaration of interests", "{{reported_conflict_of_interest|The authors declare no competing interests}}.")],
    footnote=FOOTNOTE,
)

STUDIES = [DENG, KOTHARI, BASARAN, CERVANTES]
