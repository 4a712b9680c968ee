"""Atlas studies, part 2 (three-column template with a landscape table; external two-column). Invented."""

from __future__ import annotations

from extgen.common import GMU, MINUS, NB, POOL
from extgen.model import Scores

from atgen.helpers import NOTICE, series
from atgen.richtable import RichTable, S

# ---------------------------------------------------------------------------------------------
# 3. Nwachukwu 2023: three-column template; dose levels; landscape table with a group column,
#    a dose column and day columns under a spanning header; table split across columns (Table 2)
# ---------------------------------------------------------------------------------------------
_D3 = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0, 35.0, 42.0]
_G3 = [("Sham", "sham", 8), ("SCI/vehicle", "control", 8), ("H-Exo 50", "other", 8),
       ("H-Exo 200", "treatment", 8), ("N-Exo 200", "other", 8)]
NWACHUKWU_SCORES = Scores("BBB", "sem", _G3, {
    "Sham": series(_D3, [20.6, 21.0, 21.0, 21.0, 21.0, 21.0, 21.0, 21.0], [0.3, 0, 0, 0, 0, 0, 0, 0]),
    "SCI/vehicle": series(_D3, [0.3, 0.9, 2.1, 3.8, 5.2, 6.1, 6.6, 7.0], [0.1, 0.2, 0.3, 0.4, 0.4, 0.5, 0.5, 0.5]),
    "H-Exo 50": series(_D3, [0.3, 1.0, 2.6, 4.7, 6.3, 7.4, 8.0, 8.3], [0.1, 0.2, 0.3, 0.4, 0.5, 0.5, 0.6, 0.6]),
    "H-Exo 200": series(_D3, [0.4, 1.3, 3.4, 6.2, 8.3, 9.9, 10.8, 11.5], [0.1, 0.2, 0.4, 0.5, 0.5, 0.6, 0.6, 0.7]),
    "N-Exo 200": series(_D3, [0.3, 1.1, 2.9, 5.1, 6.9, 8.2, 8.8, 9.2], [0.1, 0.2, 0.3, 0.4, 0.5, 0.5, 0.6, 0.6]),
})


def _nwachukwu_landscape() -> RichTable:
    head1 = ["Group", "Vesicles", "Dose (µg/kg)", "n", "BBB score at day post-injury (dpi)"] + [None] * 7
    head2 = [None, None, None, None] + [f"{d:g}" for d in _D3]
    labels = {"Sham": ("—", "—"), "SCI/vehicle": ("PBS", "0"), "H-Exo 50": ("hypoxic", "50"),
              "H-Exo 200": ("hypoxic", "200"), "N-Exo 200": ("normoxic", "200")}
    body = [[g, labels[g][0], labels[g][1], str(n)] + [S(g, d) for d in _D3] for g, _a, n in _G3]
    return RichTable(
        "Table S1", "Complete BBB data set (mean ± SEM) for all groups and time points.",
        [head1, head2], body, spans=[((0, 0), (0, 1)), ((1, 0), (1, 1)), ((2, 0), (2, 1)), ((3, 0), (3, 1)),
                                     ((4, 0), (11, 0))],
        foot=["dpi, days post-injury. H-Exo, exosomes from MSCs cultured in 1% O2; N-Exo, exosomes from "
              "MSCs cultured in 21% O2. Two-way ANOVA with Tukey's test."],
        landscape=True, col_widths=[70, 55, 55, 25] + [70] * 8)


def _nwachukwu_split() -> RichTable:
    head = [["dpi", "SCI/vehicle", "H-Exo 200"]]
    body = [[f"{d:g}", S("SCI/vehicle", d), S("H-Exo 200", d, mark="*" if d >= 14 else "")] for d in _D3]
    return RichTable("Table 2", "BBB score of the vehicle and high-dose hypoxic exosome groups "
                     "(mean ± SEM, n = 8 rats each).", head, body, split_at=5,
                     foot=["* P < 0.05 vs SCI/vehicle."], col_widths=[30, 60, 60])


NWACHUKWU = dict(
    stem="nwachukwu2023_hypoxic_hbmsc_exo_ip_doses",
    layout="threecol",
    title="Hypoxia-preconditioned bone marrow MSC exosomes given intraperitoneally improve recovery after "
          "weight-drop spinal cord injury in a dose-dependent manner",
    short_title="Hypoxic MSC exosomes i.p.",
    authors=[("Adaeze", "Nwachukwu"), ("Ricardo", "Salgado"), ("Emeka", "Obi-Lawson"), ("Yuki", "Hasegawa"),
             ("Fatima", "Zahra Idrissi")],
    affiliations=["Centre for Neurotrauma Research, Enugu College of Medicine (invented), Nigeria",
                  "Department of Cell Therapy, Universidad del Valle Central (invented), Mexico"],
    journal="Translational Cord Injury Reports",
    year=2023, volume="Vol. 5, Art. 77", doi="10.5555/TCIR.2023.77", pmid="99100303", pmcid="PMC9910303",
    received="2023-01-19",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 200, "high": 230},
        "n_per_group": 8, "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T8",
        "source_tissue": "bone_marrow", "source_species": "human", "modification": "hypoxic preconditioning",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "ExoQuick-TC",
        "characterization": ["TEM", "DLS", "western_blot"], "markers": ["CD9", "CD81", "HSP70"],
        "size_nm": {"value": 104.2, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 200, "unit": "ug_per_kg", "volume_ul": None, "basis": "protein"},
        "route": "intraperitoneal",
        "frequency": {"doses": 7, "interval_h": 48}, "timing_post_injury_h": 3.0,
        "mechanism": "HIF-1α-driven angiogenesis",
        "reported_randomisation": True, "reported_welfare_compliance": True,
    },
    abstract=[
        ("Objective", "To test whether exosomes from hypoxia-preconditioned human bone marrow MSCs (H-Exo) "
         "improve locomotion after spinal cord injury at two doses."),
        ("Methods", "Female Sprague-Dawley rats with a T8 weight-drop injury received vehicle, H-Exo at 50 or "
         "200 µg/kg, or normoxic exosomes (N-Exo, 200 µg/kg) intraperitoneally every other day for 14 days."),
        ("Results", "At 42 dpi H-Exo 200 rats scored {bbb:H-Exo 200@42}, N-Exo 200 rats {bbb:N-Exo 200@42} and "
         "vehicle rats {bbb:SCI/vehicle@42}."),
    ],
    keywords=["hypoxia", "preconditioning", "exosomes", "intraperitoneal", "dose–response"],
    sections=[
        ("intro", "I. INTRODUCTION", [
            "Hypoxic culture changes the cargo of MSC vesicles [9]. Exosomes, typically 40–160 nm across, "
            "have been given intravenously at 100–200 µg per rat in most SCI studies [11], and a BBB gain of "
            "about 3 points is commonly reported [5]. Whether intraperitoneal dosing works is less clear.",
        ]),
        ("methods", "II. MATERIALS AND METHODS", [
            ("h", "A. Animals"),
            "Forty {{species,strain,sex|female Sprague-Dawley rats}} weighing {{body_weight_g|200–230 g}} were "
            "used {{reported_welfare_compliance|in accordance with the national guidelines for the care and "
            "use of laboratory animals and the ARRIVE 2.0 checklist}}. "
            "{{reported_randomisation|Rats were randomised (sealed envelopes) to five groups}} "
            "({{n_per_group|n = 8 each}}).",
            ("h", "B. Cell culture and hypoxic preconditioning"),
            "{{source_tissue,source_species|Human bone marrow MSCs}} (commercial, passage 4) were "
            "{{modification|preconditioned in 1% O2 for 48 h}} before the medium was collected; normoxic "
            "cells were kept in 21% O2.",
            ("h", "C. Exosome isolation and characterisation"),
            "Exosomes were {{isolation_method,isolation_detail|precipitated with ExoQuick-TC}} (1:5, overnight "
            "at 4 °C, 1500 × g for 30 min) from 0.22-µm filtered medium. "
            "{{characterization|Transmission electron microscopy, dynamic light scattering and western "
            "blotting}} were used; {{markers|CD9, CD81 and HSP70}} were probed with mouse monoclonal "
            "antibodies.",
            ("h", "D. Injury and dosing"),
            "Anaesthesia: ketamine 80 mg/kg and xylazine 10 mg/kg. The spinous process and lamina of T7–T8 "
            "were removed, and {{injury_model,injury_device,injury_level|a 10-g weight was dropped from 25 mm "
            "onto the exposed T8 spinal cord}}. "
            "{{dose|Exosomes (200 µg/kg; low dose 50 µg/kg) were injected}} "
            "{{route|intraperitoneally}} {{frequency|every other day for 14 days}}, "
            "{{timing_post_injury_h|the first injection 3 h after injury}}.",
        ]),
        ("results", "III. RESULTS", [
            ("h", "A. Vesicle properties"),
            "{{size_nm|DLS gave a mean hydrodynamic diameter of 104.2 nm}} (PDI 0.21) for H-Exo.",
            ("h", "B. Locomotor function"),
            "Both H-Exo doses improved the BBB score compared with vehicle, with a larger effect at 200 µg/kg "
            "(Table 2; all time points in Table S1). At 28 dpi the H-Exo 200 group reached {bbb:H-Exo 200@28}, "
            "against {bbb:H-Exo 50@28} with the low dose.",
            ("rich", "Table 2"),
            "Hypoxic preconditioning itself mattered: N-Exo 200 rats scored lower than H-Exo 200 rats from "
            "21 dpi.",
            ("h", "C. Angiogenesis"),
            "CD31-positive vessel density at the epicentre was 1.8-fold higher with H-Exo 200 on day 14.",
        ]),
        ("discussion", "IV. DISCUSSION", [
            "Our data support {{mechanism|HIF-1α-driven angiogenesis}} as a mechanism. Others reached BBB 12 at "
            "day 28 with 200 µg intravenously [5].",
        ]),
        ("supplementary", "SUPPLEMENTARY MATERIAL", [("rich", "Table S1")]),
    ],
    references=POOL[4:12],
    scores=NWACHUKWU_SCORES,
    back=[("Ethics", "Approved by the invented Enugu animal ethics board (ECM-AEC-22-014).")],
    footnote=NOTICE,
)

# ---------------------------------------------------------------------------------------------
# 4. Oyarzún 2019: external two-column layout; text-heavy scores in many sentence shapes;
#    days-as-rows "POD" table; aneurysm clip; immediate single intralesional dose
# ---------------------------------------------------------------------------------------------
_D4 = [3.0, 7.0, 14.0, 21.0, 28.0]
OYARZUN_SCORES = Scores("BBB", "sd", [("Sham", "sham", 8), ("SCI", "control", 8), ("SCI+EV", "treatment", 8)], {
    "Sham": series(_D4, [21.0, 21.0, 21.0, 21.0, 21.0], [0.0, 0.0, 0.0, 0.0, 0.0]),
    "SCI": series(_D4, [0.8, 2.4, 4.6, 6.0, 6.8], [0.6, 1.1, 1.4, 1.5, 1.6]),
    "SCI+EV": series(_D4, [1.1, 3.6, 6.9, 8.8, 10.3], [0.7, 1.2, 1.5, 1.7, 1.8]),
})

OYARZUN = dict(
    stem="oyarzun2019_rbmsc_ev_clip_intralesional",
    layout="twocol",
    title="Local delivery of bone marrow stromal cell extracellular vesicles at the time of clip "
          "compression preserves white matter in rats",
    short_title="Intralesional EVs after clip compression",
    authors=[("Camila", "Oyarzún"), ("Matías", "Riquelme"), ("Sofía", "Ancapi"), ("Pedro", "Valdés Llanos")],
    affiliations=["Instituto de Neurociencia Aplicada, Universidad Austral del Pacífico (invented), Chile"],
    journal="Revista de Neurotrauma Experimental",
    year=2019, volume="3(2):45–58", doi="10.5555/rne.2019.3.2.45", pmid="99100304", pmcid="PMC9910304",
    received="2018-11-27",
    values={
        "species": "rat", "strain": "Long-Evans", "sex": "male", "body_weight_g": {"low": 300, "high": 350},
        "n_per_group": 8, "injury_model": "compression", "injury_device": "aneurysm clip",
        "injury_level": "T10", "source_tissue": "bone_marrow", "source_species": "rat",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "110,000 g 2 h",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "CD81", "Alix"],
        "size_nm": {"value": 132.0, "low": None, "high": None, "stat": "median", "method": "NTA"},
        "dose": {"amount": 20, "unit": "ug", "volume_ul": 4, "basis": "protein"},
        "route": "intralesional", "route_detail": "lesion site",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.0,
        "mechanism": "preservation of white matter by reduced oligodendrocyte apoptosis",
        "reported_blinded_assessment": True,
    },
    abstract=[(None, "Extracellular vesicles (EVs) from rat bone marrow stromal cells were injected into the "
               "lesion immediately after a 1-min clip compression of the T10 cord in male Long-Evans rats. "
               "Four weeks later the BBB score was {bbb:SCI+EV@28} with EVs and {bbb:SCI@28} without.")],
    keywords=["clip compression", "extracellular vesicles", "white matter", "oligodendrocyte"],
    sections=[
        ("intro", "Introduction", [
            "Clip compression reproduces the sustained cord compression of human burst fractures [13]. EVs "
            f"between 50 and 200{NB}nm carry proteins and RNA of their parent cells [2]. Intravenous doses of "
            "100 µg have been tested after contusion [5], but local delivery after compression has not.",
        ]),
        ("methods", "Methods", [
            ("h", "Animals"),
            "{{species,strain,sex|Male Long-Evans rats}} ({{body_weight_g|300–350 g}}) were used; "
            "{{n_per_group|eight rats per group completed the study}} (sham, SCI, SCI+EV). One SCI rat died on "
            "day 2 and was replaced.",
            ("h", "EV isolation"),
            "{{source_tissue,source_species|Bone marrow stromal cells were flushed from femurs of young male "
            "rats}} and grown to passage 3. Medium was centrifuged (500 × g, 10 min; 10,000 × g, 30 min) and "
            "{{isolation_method,isolation_detail|EVs were pelleted at 110,000 × g for 2 h}} at 4 °C, washed in "
            "PBS and pelleted again. {{characterization|TEM, NTA (NanoSight LM10) and immunoblotting}} confirmed "
            "{{markers|CD63, CD81 and Alix}}.",
            ("h", "Compression injury and EV injection"),
            "Under isoflurane, a T9–T11 laminectomy exposed the cord and "
            "{{injury_model,injury_device,injury_level|a modified aneurysm clip (35 g) compressed the T10 cord "
            "for 1 min}}. {{timing_post_injury_h,frequency|Immediately after clip removal, a single}} "
            "{{dose|20 µg of EVs in 4 µL}} was {{route,route_detail|injected into the lesion site}} at two "
            "points (2 µL each, 1 mm rostral and caudal). SCI rats received no injection.",
            ("h", "Behaviour"),
            "Open-field locomotion (BBB) was scored on postoperative days (POD) 3, 7, 14, 21 and 28 "
            "{{reported_blinded_assessment|by two raters blinded to the groups}}.",
        ]),
        ("results", "Results", [
            "{{size_nm|The median particle size was 132 nm}} by NTA; TEM showed round vesicles.",
            "BBB scores of SCI+EV rats rose from {bbbm:SCI+EV@3} on POD 3 to {bbbm:SCI+EV@28} on POD 28, while "
            "untreated rats went from {bbbm:SCI@3} to {bbbm:SCI@28}. On POD 14 and 21 the EV group scored "
            "{bbb:SCI+EV@14} and {bbb:SCI+EV@21}, and the SCI group {bbb:SCI@14} and {bbb:SCI@21}, "
            "respectively (mean ± SD; Table 1).",
            ("table", "Table 1", "BBB scores (mean ± SD); sham rats walked normally throughout and are not shown.",
             {"orient": "rows", "days": _D4, "groups": ["SCI", "SCI+EV"], "day_fmt": lambda d: f"POD {d:g}",
              "corner": "Time"}),
            f"Spared white matter at the epicentre was 38% larger with EVs; TUNEL-positive oligodendrocytes "
            f"fell by 41% (P{NB}={NB}0.003). Inclined-plane angles were 42° vs 35°. IL-1β fell from 96 to "
            f"51 pg/mg ({MINUS}47%). Cells were labelled with 5 {GMU}M EdU in vitro.",
        ]),
        ("discussion", "Discussion", [
            "A single local dose preserved {{mechanism|white matter by reduced oligodendrocyte apoptosis}}. "
            "Previous intravenous work reported BBB scores of 9.0 ± 1.2 at day 28 [5].",
        ]),
    ],
    references=POOL[0:2] + POOL[4:5] + POOL[12:13],
    scores=OYARZUN_SCORES,
    back=[("Acknowledgements", "Invented.")],
    footnote=NOTICE,
)
