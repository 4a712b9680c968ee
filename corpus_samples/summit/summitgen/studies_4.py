"""Summit studies 8-9 (invented): Pakistan (landscape table page), Korea (mouse, BMS)."""

from __future__ import annotations

from extgen.model import Scores, Study
from summitgen.common import NOTICE, days, refs, series

# ---------------------------------------------------------------------------------------------
# 7. Pakistan: complete transection, exosomes in a fibrin gel; wide table on a landscape page with a
#    merged "BBB score" header and significance markers
# ---------------------------------------------------------------------------------------------
_D7 = days(1, 3, 7, 14, 21, 28, 35, 42)


def _d(d: float) -> str:
    return f"{d:g}"


_V7 = {
    "Sham": [(20.1, 0.6), (20.7, 0.5), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)],
    "SCI": [(0.0, 0.0), (0.1, 0.2), (0.3, 0.4), (0.8, 0.6), (1.2, 0.7), (1.5, 0.8), (1.7, 0.8), (1.9, 0.9)],
    "SCI + gel": [(0.0, 0.0), (0.1, 0.3), (0.4, 0.5), (0.9, 0.6), (1.4, 0.8), (1.8, 0.9), (2.0, 0.9), (2.2, 1.0)],
    "SCI + gel/Exo": [(0.0, 0.0), (0.2, 0.3), (0.6, 0.5), (1.6, 0.7), (2.7, 0.9), (3.6, 1.0), (4.3, 1.1), (4.9, 1.2)],
}
ZAIDI = Study(
    stem="zaidi2021_radsc_exo_fibrin_transection",
    layout="landscape",
    title="Adipose mesenchymal stem cell exosomes embedded in fibrin gel reduce glial scarring and support axonal "
          "growth after complete spinal cord transection in rats",
    short_title="Exosome-fibrin gel after transection",
    authors=[("Ayesha", "Zaidi"), ("Faisal", "Qureshi"), ("Nadia", "Rehman"), ("Usman", "Tariq")],
    affiliations=["Department of Physiology, Indus College of Medical Sciences, Lahore, Pakistan",
                  "Centre for Regenerative Medicine and Stem Cell Research, Karachi, Pakistan"],
    journal="Pakistan Journal of Neuroscience Research",
    year=2021,
    volume="12(4):201–214",
    doi="10.5555/pjnr.2021.201",
    pmid="99210437",
    pmcid="PMC9921437",
    received="2021-08-30",
    values={
        "species": "rat", "strain": "Wistar", "sex": "female", "body_weight_g": {"low": 180, "high": 220},
        "n_per_group": 8, "injury_model": "transection", "injury_level": "T10", "injury_device": "microscalpel",
        "source_tissue": "adipose", "source_species": "rat",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "Total Exosome Isolation reagent",
        "characterization": ["TEM", "western_blot"], "markers": ["CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 86.0, "low": None, "high": None, "stat": "mean", "method": "TEM"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 20, "basis": "protein"},
        "route": "implanted_biomaterial", "route_detail": "fibrin gel",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0,
        "mechanism": "reduced glial scar formation and CSPG deposition",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Objective", "To evaluate whether exosomes from rat adipose-derived mesenchymal stem cells (ADMSC-Exos) "
         "delivered in a fibrin gel improve recovery after complete spinal cord transection."),
        ("Methodology", "Female Wistar rats underwent complete transection at T10 and received fibrin gel with or "
         "without ADMSC-Exos into the gap. Locomotion was assessed for six weeks and scar and axons were stained."),
        ("Results", "Rats receiving gel with exosomes reached a BBB score of {bbb:SCI + gel/Exo@42} at day 42 "
         "compared with {bbb:SCI + gel@42} for gel alone, with reduced GFAP and CSPG and more NF200-positive "
         "fibres crossing the lesion."),
    ],
    keywords=["transection", "adipose stem cells", "exosomes", "fibrin", "glial scar"],
    sections=[
        ("intro", "Introduction", [
            "Complete transection of the spinal cord is the most severe form of experimental spinal cord injury "
            "(SCI) and recovery without intervention is minimal [1]. The gap fills with a fibrotic and glial scar "
            "rich in chondroitin sulphate proteoglycans (CSPGs) that blocks regenerating axons.",
            "Exosomes are nano-sized vesicles of about 30–150 nm which are secreted by nearly all cell types [2]. "
            "When injected systemically, only a small fraction reaches the spinal cord [5], therefore local "
            "depots such as hydrogels have been proposed [14]. Fibrin is biocompatible, already used clinically as "
            "sealant and polymerises in situ. In this study we combined ADMSC-Exos with fibrin gel.",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Experimental animals"),
            "This experimental study was conducted on 40 {{species,strain,sex|female Wistar rats}} of "
            "{{body_weight_g|180–220 grams}} body weight. {{reported_welfare_compliance|Ethical approval was "
            "granted by the Institutional Animal Ethics Review Board (IAERB/2020/117)}}. Rats were divided into "
            "four groups, {{n_per_group|each group containing 8 rats}}, with the remaining 8 kept for histology "
            "at day 7: Sham, SCI, SCI + gel and SCI + gel/Exo.",
            ("h", "Transection model"),
            "After anaesthesia with ketamine 75 mg/kg and xylazine 5 mg/kg, the T9 spinous process was removed and "
            "laminectomy was done at the {{injury_level|T10}} segment. The dura was opened and a "
            "{{injury_model|complete transection}} was made with a {{injury_device|microscalpel}}; a 2 mm gap was created. In the "
            "Sham group the dura was opened only.",
            ("h", "Isolation and identification of exosomes"),
            "{{source_tissue,source_species|ADMSCs were isolated from inguinal fat pads of 4-week-old Wistar "
            "rats}} by collagenase digestion. At passage 3 cells were grown for 48 h in exosome-depleted medium. "
            "Exosomes were isolated using {{isolation_method,isolation_detail|Total Exosome Isolation reagent}} "
            "(from cell culture media; Invitrogen) after removing debris at 2000 × g for 30 min. The pellet was "
            "dissolved in PBS and protein was measured by BCA method.",
            "Exosomes were identified by {{characterization|transmission electron microscopy}} and by "
            "{{characterization|western blotting}} for {{markers|CD63 and TSG101}}, with "
            "{{markers|calnexin}} as negative control.",
            ("h", "Preparation of exosome-fibrin gel and implantation"),
            "Fibrinogen (20 mg/mL) and thrombin (10 IU/mL) were mixed 1:1. For the treatment group "
            "{{dose|100 µg exosomes were mixed into 20 µL fibrin gel}} and the mixture was "
            "{{route,route_detail|placed in the transection gap, where it polymerised as fibrin gel}} within "
            "1 min. {{frequency,timing_post_injury_h|This was done at the time of transection and not "
            "repeated}}. The SCI + gel group received gel without exosomes and the SCI group nothing.",
            ("h", "Assessment of locomotion"),
            "BBB scoring was performed on days 1, 3, 7, 14, 21, 28, 35 and 42 after injury "
            "{{reported_blinded_assessment|by two observers who were blinded to treatment groups}}.",
            ("h", "Histology and statistics"),
            "At day 42 sections were stained for GFAP, CS-56 and NF200. Data are presented as mean ± SD; groups "
            "were compared using one-way ANOVA with post-hoc Tukey test in SPSS version 25. P ≤ 0.05 was "
            "considered significant.",
        ]),
        ("results", "Results", [
            ("h", "Characteristics of exosomes"),
            "TEM showed round bilayered vesicles with a {{size_nm|mean diameter of 86 ± 14 nm}} (n = 150 "
            "vesicles). CD63 and TSG101 were expressed whereas calnexin was not detected.",
            ("h", "Locomotor recovery"),
            "All transected rats were completely paralysed in the first days. Recovery was limited in the "
            "SCI and gel-only groups, while the SCI + gel/Exo group improved progressively from the second week "
            "(Table 2). At day 28 the scores were {bbb:SCI + gel/Exo@28} with the exosome gel against "
            "{bbb:SCI@28} in untreated rats.",
            ("table", "Table 2", "BBB locomotor scores of the four groups after complete transection (mean ± SD, "
             "n = 8 per group).",
             {"orient": "cols", "days": _D7, "groups": ["Sham", "SCI", "SCI + gel", "SCI + gel/Exo"],
              "day_fmt": _d, "corner": "Group", "merged": "BBB score (days after transection)",
              "landscape": True,
              "marks": {("SCI + gel/Exo", 21.0): "*", ("SCI + gel/Exo", 28.0): "*",
                        ("SCI + gel/Exo", 35.0): "**", ("SCI + gel/Exo", 42.0): "**"},
              "foot": "* P ≤ 0.05, ** P ≤ 0.01 versus SCI + gel (Tukey). BBB, Basso–Beattie–Bresnahan."}),
            ("h", "Scar and axons"),
            "GFAP and CS-56 immunoreactivity at the lesion border was reduced by about one third with the exosome "
            "gel, and NF200-positive fibres were found inside the gap in 6 of 8 rats versus 2 of 8 with gel "
            "alone.",
        ]),
        ("discussion", "Discussion", [
            "The present study shows that a single application of ADMSC-Exos in fibrin gel gives modest but "
            "significant recovery after complete transection, probably through "
            "{{mechanism|reduced glial scar formation and CSPG deposition}}. The improvement is smaller than in "
            "contusion studies, where BBB scores of 10–12 are often reached [13], which is expected because no "
            "tissue bridges remain after transection.",
            "Wiśniewski and Adeyemi used exosomes in a hyaluronic acid hydrogel and reported a mean BBB of 5.8 at "
            "8 weeks [14]. Our precipitation method is simple but co-isolates proteins; this is a limitation.",
        ]),
    ],
    references=refs(0, 1, 4, 12, 13),
    scores=Scores(
        outcome="BBB", err="sd",
        groups=[("Sham", "sham", 8), ("SCI", "control", 8), ("SCI + gel", "other", 8), ("SCI + gel/Exo", "treatment", 8)],
        values={g: series(_D7, v) for g, v in _V7.items()},
    ),
    back=[("Conflict of interest", "{{reported_conflict_of_interest|None declared}}."),
          ("Funding", "Higher Education Research Grant NRPU-11872.")],
    footnote=NOTICE,
)

# ---------------------------------------------------------------------------------------------
# 8. Korea: mouse, curcumin-loaded WJ-MSC exosomes intranasally, BMS in a days-as-rows table (SEM)
# ---------------------------------------------------------------------------------------------
_D8 = days(1, 3, 7, 14, 21, 28)
YEOM = Study(
    stem="yeom2022_hwjmsc_exo_curcumin_intranasal_mouse",
    layout="twocol",
    title="Intranasal delivery of curcumin-loaded exosomes from Wharton's jelly mesenchymal stem cells alleviates "
          "oxidative stress and improves locomotion in mice after spinal cord contusion",
    short_title="Curcumin-loaded exosomes, intranasal",
    authors=[("Ji-woo", "Yeom"), ("Sang-hoon", "Baek"), ("Min-ji", "Kwak"), ("Dong-hyun", "Seo")],
    affiliations=["Department of Neurosurgery, Hanbit University College of Medicine, Seoul, Republic of Korea",
                  "Graduate School of Biomedical Engineering, Hanbit University, Seoul, Republic of Korea"],
    journal="Journal of Korean Neural Regeneration",
    year=2022,
    volume="19:e45",
    doi="10.5555/jknr.2022.e45",
    pmid="99210438",
    pmcid="PMC9921438",
    received="2022-02-21",
    values={
        "species": "mouse", "strain": "C57BL/6", "sex": "female", "body_weight_g": {"low": 18, "high": 22},
        "n_per_group": 10, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor",
        "injury_level": "T10",
        "source_tissue": "wharton_jelly", "source_species": "human", "modification": "curcumin loading",
        "isolation_method": ["ultracentrifugation", "density_gradient"],
        "isolation_detail": "100,000 g 70 min; OptiPrep iodixanol gradient 100,000 g 18 h",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD9", "CD63", "Alix"],
        "size_nm": {"value": 132.4, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 1e9, "unit": "particles", "volume_ul": 10, "basis": "particles"},
        "route": "intranasal",
        "frequency": {"doses": 3, "interval_h": 24}, "timing_post_injury_h": 2,
        "mechanism": "Nrf2/HO-1 antioxidant pathway",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Curcumin is a potent antioxidant but is poorly bioavailable. Here, curcumin was loaded into "
         "exosomes from human Wharton's jelly mesenchymal stem cells (WJ-MSCs) (Cur-Exo) and given intranasally "
         "to mice with spinal cord contusion. Cur-Exo were detected in the injured cord within 3 h. Compared with "
         "unloaded exosomes, Cur-Exo more strongly activated Nrf2 and reduced lipid peroxidation, and at 28 days "
         "the Basso Mouse Scale (BMS) score was {bbb:Cur-Exo@28} versus {bbb:Vehicle@28} in the vehicle group. "
         "Intranasal Cur-Exo may be a non-invasive therapy for SCI."),
    ],
    keywords=["curcumin", "exosome", "Wharton's jelly", "intranasal", "Basso Mouse Scale"],
    sections=[
        ("intro", "1. Introduction", [
            "Oxidative stress is a major contributor to secondary damage after spinal cord injury (SCI) [16]. "
            "Curcumin has antioxidant and anti-inflammatory effects, but its low solubility and rapid metabolism "
            "limit its use in vivo.",
            "Exosomes are 30–150 nm lipid bilayer vesicles that can cross biological barriers [2]. Loading small "
            "molecules into exosomes improves their stability, and intranasal administration has been shown to "
            "deliver exosomes to the brain and spinal cord. However, intranasal curcumin-loaded MSC exosomes have "
            "not been tested in SCI.",
        ]),
        ("methods", "2. Materials and methods", [
            ("h", "2.1. Animals"),
            "Eight-week-old {{species,strain,sex|female C57BL/6 mice}} ({{body_weight_g|18–22 g}}) were purchased "
            "from a commercial supplier. {{reported_welfare_compliance|All animal experiments were approved by the "
            "Institutional Animal Care and Use Committee of Hanbit University (HBU-IACUC-2020-0931)}}. Mice were "
            "{{reported_randomisation|randomly assigned}} to four groups: Sham, Vehicle, Exo and Cur-Exo "
            "({{n_per_group|n = 10/group}}).",
            ("h", "2.2. Spinal cord injury"),
            "Mice were anesthetized with 1.5% isoflurane. After {{injury_level|T10}} laminectomy, "
            "{{injury_model,injury_device|a moderate contusion (60 kdyn) was produced using an Infinite Horizon "
            "impactor}}.",
            ("h", "2.3. Exosome isolation and curcumin loading"),
            "{{source_tissue,source_species|WJ-MSCs were isolated from human umbilical cord Wharton's jelly}} "
            "(approved by the IRB, HBU-2020-112) and cultured to passage 5. The conditioned medium was centrifuged "
            "at 2,000 × g for 10 min and 10,000 × g for 30 min, and crude exosomes were pelleted by "
            "{{isolation_method,isolation_detail|ultracentrifugation at 100,000 × g for 70 min}}. The pellet was "
            "further purified on an {{isolation_method,isolation_detail|OptiPrep iodixanol gradient}} (5, 10, 20 "
            "and 40%) {{isolation_detail|at 100,000 × g for 18 h}}, and fractions at densities of 1.08–1.12 g/mL "
            "were collected.",
            "For loading, exosomes were {{modification|incubated with curcumin}} (200 µM) with 0.2% saponin for "
            "20 min at room temperature and free curcumin was removed with an Exosome Spin Column (MW 3000). "
            "Loading efficiency was 21.4%.",
            ("h", "2.4. Characterization"),
            "Size and number were analyzed by {{characterization|NTA}} (NanoSight NS300), morphology by "
            "{{characterization|TEM}}, and {{markers|CD9, CD63 and Alix}} by {{characterization|western "
            "blotting}}.",
            ("h", "2.5. Intranasal administration"),
            "Mice were held supine and {{dose|1 × 10<sup>9</sup> particles in 10 µL PBS}} were given "
            "{{route|intranasally}} as 2.5 µL drops alternating between nostrils. {{frequency|Treatment was "
            "repeated once a day for 3 consecutive days}}, {{timing_post_injury_h|beginning 2 h after SCI}}. "
            "Vehicle mice received PBS. In vitro, BV2 cells were treated with Cur-Exo (5 × 10<sup>8</sup> "
            "particles/mL).",
            ("h", "2.6. Behavioral test"),
            "Hindlimb function was evaluated using the BMS (0–9) on days 1, 3, 7, 14, 21 and 28 post-injury "
            "{{reported_blinded_assessment|by two researchers blinded to the groups}}.",
            ("h", "2.7. Statistical analysis"),
            "Data are shown as mean ± SEM. Two-way ANOVA with Bonferroni post-hoc test was used; p < 0.05 was "
            "considered significant.",
        ]),
        ("results", "3. Results", [
            "NTA showed a {{size_nm|mean particle size of 132.4 ± 6.8 nm}} for Cur-Exo (unloaded Exo, "
            "127.9 ± 5.1 nm). Fluorescent Cur-Exo accumulated in the lesion 3 h after intranasal delivery.",
            "BMS scores are summarized in Table 1. All injured mice showed severe paralysis on day 1. On day 14, "
            "Cur-Exo mice scored {bbb:Cur-Exo@14}, higher than vehicle ({bbb:Vehicle@14}) and Exo "
            "({bbb:Exo@14}) mice. BMS subscores at day 28 were 4.6 ± 0.5 in Cur-Exo and 1.8 ± 0.4 in vehicle.",
            ("table", "Table 1", "BMS scores after SCI (mean ± SEM, n = 10).",
             {"orient": "rows", "days": _D8, "groups": ["Sham", "Vehicle", "Exo", "Cur-Exo"],
              "day_fmt": lambda d: f"Day {d:g}", "corner": "Day"}),
            "Nrf2 nuclear translocation and HO-1 were increased and MDA decreased in the Cur-Exo group.",
        ]),
        ("discussion", "4. Discussion", [
            "Intranasal Cur-Exo improved locomotion through the {{mechanism|Nrf2/HO-1 antioxidant pathway}}. "
            "Previous studies delivered MSC exosomes intranasally to the brain [5]; in a mouse study of "
            "intravenous exosomes, BMS reached 4.2 at 4 weeks [15]. Curcumin alone at 100 mg/kg i.p. has "
            "been reported to improve BMS only slightly [16].",
        ]),
    ],
    references=refs(1, 4, 14, 15),
    scores=Scores(
        outcome="BMS", err="sem",
        groups=[("Sham", "sham", 10), ("Vehicle", "control", 10), ("Exo", "other", 10), ("Cur-Exo", "treatment", 10)],
        values={
            "Sham": series(_D8, [(8.7, 0.2), (9.0, 0.0), (9.0, 0.0), (9.0, 0.0), (9.0, 0.0), (9.0, 0.0)]),
            "Vehicle": series(_D8, [(0.3, 0.1), (0.8, 0.2), (1.5, 0.3), (2.2, 0.3), (2.6, 0.3), (2.9, 0.3)]),
            "Exo": series(_D8, [(0.3, 0.1), (0.9, 0.2), (1.8, 0.3), (2.8, 0.3), (3.3, 0.3), (3.6, 0.4)]),
            "Cur-Exo": series(_D8, [(0.4, 0.1), (1.1, 0.2), (2.3, 0.3), (3.6, 0.3), (4.4, 0.4), (4.9, 0.4)]),
        },
    ),
    back=[("Conflicts of interest", "{{reported_conflict_of_interest|The authors declare no conflicts of "
           "interest}}."),
          ("Ethics statement", "Animal study: HBU-IACUC-2020-0931; human tissue: IRB HBU-2020-112.")],
    footnote=NOTICE,
)

STUDIES = [ZAIDI, YEOM]
