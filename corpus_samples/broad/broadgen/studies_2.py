"""Studies 5-8 of the broad corpus (everything invented; see ../README.md)."""

from __future__ import annotations

from broadgen.common import FOOTNOTE, MU, NB, TH, days_label, refs
from broadgen.ext import BScores
from extgen.model import Study

# ---------------------------------------------------------------------------------------
# 5. Lentiviral miR-21 overexpression in hBMSCs (empty-vector arm = other), Infinite Horizon,
#    TFF + UC, weekly x4 tail vein from 24 h; "10 rats in each group" then exclusions (rows carry
#    analysed n); table weeks as rows, n in column labels (SEM); mean-only week-8 sentence;
#    BBB subscore and intro traps.
# ---------------------------------------------------------------------------------------
_E_DAYS = [7, 14, 21, 28, 42, 56]
_E = BScores("BBB", "sem", [("Sham", "sham", 10), ("PBS", "control", 9), ("Exo-NC", "other", 8),
                            ("Exo-miR-21", "treatment", 10)], {
    "Sham": dict(zip(_E_DAYS, [(21.0, 0.0)] * 6)),
    "PBS": dict(zip(_E_DAYS, [(2.1, 0.4), (4.0, 0.5), (5.3, 0.5), (6.2, 0.6), (7.0, 0.6), (7.6, 0.7)])),
    "Exo-NC": dict(zip(_E_DAYS, [(2.4, 0.5), (4.6, 0.6), (6.1, 0.6), (7.3, 0.7), (8.4, 0.7), (9.0, 0.8)])),
    "Exo-miR-21": dict(zip(_E_DAYS, [(2.9, 0.5), (5.8, 0.6), (7.9, 0.6), (9.6, 0.7), (11.5, 0.7), (12.8, 0.8)])),
})

EZE = Study(
    scores=_E,
    stem="eze2023_hbmsc_exo_mir21_lentivirus_weekly_iv",
    layout="single",
    title="Exosomes from miR-21-overexpressing bone marrow mesenchymal stem cells given weekly after spinal cord injury suppress PTEN and neuronal apoptosis",
    short_title="Weekly miR-21 exosomes after SCI",
    authors=[("Chinedu", "Eze"), ("Astrid", "Lund"), ("Rafael", "Moreno"), ("Hana", "Novak"), ("Jun", "Watanabe")],
    affiliations=["Department of Orthopaedics, Riverside Teaching Hospital (invented)", "Molecular Medicine Laboratory, Kestrel University (invented)"],
    journal="Spinal Cord Biology",
    year=2023, volume="31(7):640–655", doi="10.5555/SCB-2023-0188", pmid="99200105", pmcid="PMC9920105",
    received="2023-02-02",
    values={
        "species": "rat", "strain": "Long-Evans", "sex": "female", "body_weight_g": {"low": 230, "high": 260},
        "n_per_group": 10, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor", "injury_level": "T10",
        "source_tissue": "bone_marrow", "source_species": "human", "modification": "miR-21 overexpression",
        "isolation_method": ["tangential_flow", "ultracentrifugation"],
        "isolation_detail": f"tangential flow filtration (500 kDa); 110{TH}000 × g, 90 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "CD81", "TSG101", "calnexin"],
        "size_nm": {"value": 128.6, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 5e9, "unit": "particles", "volume_ul": 300, "basis": "particles"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 4, "interval_h": 168}, "timing_post_injury_h": 24.0,
        "mechanism": "PTEN/PI3K/AKT signalling",
        "reported_randomisation": True, "reported_blinded_assessment": True,
    },
    abstract=[
        (None, "<b>Purpose:</b> To test repeated dosing of engineered exosomes after contusive SCI. <b>Methods:</b> Human BMSCs were {{modification|transduced with a lentivirus overexpressing miR-21}} or an empty vector. Their exosomes (Exo-miR-21, Exo-NC) were injected into the tail vein of female Long-Evans rats once a week for four weeks, starting one day after a T10 contusion. <b>Results:</b> Exo-miR-21 improved BBB scores over eight weeks, lowered PTEN and cleaved caspase-3 and raised p-AKT. <b>Conclusion:</b> miR-21 cargo acts through PTEN."),
    ],
    keywords=["miR-21", "PTEN", "lentivirus", "apoptosis", "repeated dosing"],
    sections=[
        ("intro", "Introduction", [
            f"Neuronal apoptosis peaks in the first week after SCI [5]. A normal rat scores 21 on the BBB scale and a complete injury 0 [1]. Exosomes, the smallest extracellular vesicles (typically 30–150{NB}nm), transfer microRNAs such as miR-21 that inhibit PTEN [4].",
            "Most studies give one injection; the effect of repeated doses — for example 1 × 10<sup>11</sup> particles/kg twice weekly [2] — is less clear.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals and allocation"),
            "Forty {{species,strain,sex|female Long-Evans rats}} ({{body_weight_g|230–260 g}}; invented supplier) were {{reported_randomisation|randomised by a block design}} to four groups, {{n_per_group|10 rats in each group}}: Sham, PBS, Exo-NC and Exo-miR-21.",
            ("h", "Injury"),
            "A {{injury_model,injury_device|moderate contusion (200 kdyn) was made with an Infinite Horizon impactor}} after removal of the {{injury_level|T10}} lamina.",
            ("h", "Lentiviral transduction and exosome isolation"),
            f"{{{{source_tissue,source_species|Human bone marrow-derived MSCs (hBMSCs; commercial, invented lot)}}}} at passage 4 were transduced (MOI 20) with LV-miR-21 or LV-NC and selected with puromycin. Conditioned medium (48 h, exosome-depleted serum) was concentrated by {{{{isolation_method,isolation_detail|tangential flow filtration (500 kDa)}}}} and the retentate was {{{{isolation_method,isolation_detail|ultracentrifuged at 110{TH}000 × g, 90 min}}}} (Type 45 Ti rotor).",
            "Particles were counted by {{characterization|NTA}}; morphology was examined by {{characterization|TEM}} and {{markers|CD63, CD81, TSG101}} and {{markers|calnexin}} by {{characterization|western blot}}.",
            ("h", "Dosing"),
            f"Each rat received {{{{dose|5 × 10<sup>9</sup> particles in 300 {MU}L PBS}}}} {{{{route,route_detail|via the lateral tail vein}}}}. The {{{{timing_post_injury_h|first injection was given 24 h after SCI}}}} and {{{{frequency|repeated once a week, four injections in total}}}}.",
            ("h", "Outcome assessment"),
            "BBB scores were obtained weekly up to week 8 by {{reported_blinded_assessment|two raters masked to treatment}}. The BBB subscore (0–13) was derived from the same sessions. Results are mean ± SEM.",
        ]),
        ("results", "Results", [
            ("h", "Exclusions"),
            "Two rats in the Exo-NC group and one in the PBS group died of urinary tract infection before week 2 and were excluded; the final numbers were 10, 9, 8 and 10 (Table 1).",
            ("h", "Vesicles"),
            "NTA gave a {{size_nm|mean size of 128.6 ± 41.2 nm}}; miR-21 was 28-fold enriched in Exo-miR-21.",
            ("h", "Locomotion"),
            "Exo-miR-21 rats improved faster from week 2 (Table 1) and reached a mean score of {bbb:Exo-miR-21@56|mean} by week 8, against {bbb:PBS@56|mean} in the PBS group. The BBB subscore at week 8 was 8.2 ± 1.0 with Exo-miR-21 and 4.1 ± 0.9 with PBS.",
            ("table", "Table 1", "Weekly BBB scores (mean ± SEM). Column heads give the number of rats analysed.", {
                "orient": "rows", "days": _E_DAYS, "groups": ["Sham", "PBS", "Exo-NC", "Exo-miR-21"],
                "day_fmt": days_label("Week {w}"), "corner": "Time after SCI",
                "label": lambda g: f"{g} (n = {_E.n(g)})"}),
            "PTEN protein fell by 46% and p-AKT rose 2.2-fold in cord tissue at week 2.",
        ]),
        ("discussion", "Discussion", [
            f"Weekly injections kept the benefit growing through week 8. Another group reported BBB 10.8 ± 0.9 after a single 200 {MU}g dose [3]. We propose that the exosomes act on {{{{mechanism|PTEN/PI3K/AKT signalling}}}} in neurons.",
        ]),
    ],
    references=refs(0, 1, 3, 4, -5, 10),
    back=[("Funding", "Invented research council grant 1234.")],
    notes=["n_per_group is the allocated 10; outcome rows carry the analysed n after exclusions (PBS 9, Exo-NC 8)."],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------
# 6. Dose-ranging (50/100/200 ug; 200 ug prespecified primary), rat BMSC exosomes, weight drop
#    T8, Total Exosome Isolation reagent, TEM range only, three tail-vein injections at 3-day
#    intervals starting on day 3; "seven animals per group"; table groups as rows "D7" labels;
#    "vs" inside parentheses; modification not stated (absent).
# ---------------------------------------------------------------------------------------
_F_DAYS = [7, 14, 21, 28, 42]
_F = BScores("BBB", "sd", [("Vehicle", "control", 7), ("Exo-50", "other", 7), ("Exo-100", "other", 7),
                           ("Exo-200", "treatment", 7)], {
    "Vehicle": dict(zip(_F_DAYS, [(3.0, 0.8), (4.9, 0.9), (6.0, 0.9), (6.6, 0.8), (7.1, 0.8)])),
    "Exo-50": dict(zip(_F_DAYS, [(3.1, 0.7), (5.2, 0.9), (6.5, 1.0), (7.3, 0.9), (7.9, 1.0)])),
    "Exo-100": dict(zip(_F_DAYS, [(3.3, 0.8), (5.9, 1.0), (7.6, 1.0), (8.7, 1.1), (9.4, 1.0)])),
    "Exo-200": dict(zip(_F_DAYS, [(3.6, 0.9), (6.8, 1.0), (8.9, 1.1), (10.5, 1.0), (11.6, 0.9)])),
})

FUJITA = Study(
    scores=_F,
    stem="fujita2018_rbmsc_exo_doseranging_delayed_tailvein",
    layout="twocol",
    title="Dose–response of delayed, repeated intravenous bone marrow MSC exosome therapy after thoracic weight-drop injury in rats",
    short_title="Exosome dose-response after SCI",
    authors=[("Kenta", "Fujita"), ("Olga", "Sorokina"), ("Ibrahim", "Diallo")],
    affiliations=["Graduate School of Medicine, Minato Prefectural University (invented)"],
    journal="Translational Neurorepair",
    year=2018, volume="6:e118", doi="10.5555/tnr.2018.e118", pmid="99200106", pmcid="PMC9920106",
    received="2018-05-30",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male", "body_weight_g": {"low": 260, "high": 300},
        "n_per_group": 7, "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T8",
        "source_tissue": "bone_marrow", "source_species": "rat",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "Total Exosome Isolation reagent",
        "characterization": ["TEM", "western_blot"], "markers": ["CD9", "CD63", "Alix"],
        "size_nm": {"value": None, "low": 40, "high": 120, "stat": None, "method": "TEM"},
        "dose": {"amount": 200, "unit": "ug", "volume_ul": 500, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 3, "interval_h": 72}, "timing_post_injury_h": 72.0,
        "mechanism": "attenuation of astrocyte activation",
        "reported_blinded_assessment": True,
    },
    abstract=[
        (None, f"Whether exosome benefit depends on dose is rarely tested. Male Wistar rats with a T8 weight-drop contusion received three tail-vein injections of rat bone marrow MSC exosomes (50, 100 or 200 {MU}g) or vehicle, starting on day 3. BBB scores improved in a dose-dependent way, with the largest effect at 200 {MU}g; GFAP expression fell accordingly."),
    ],
    keywords=["dose–response", "delayed treatment", "BMSC", "astrocytes"],
    sections=[
        ("intro", "Introduction", [
            f"Exosome doses in rodent SCI studies span an order of magnitude, from 20 to 400 {MU}g [2], and treatment usually starts within an hour of injury [5]. A delayed window is more realistic clinically.",
        ]),
        ("methods", "Materials and Methods", [
            "{{species,strain,sex|Adult male Wistar rats}} ({{body_weight_g|260–300 g}}) were used under an approved protocol. After {{injury_level|T8}} laminectomy, a {{injury_model,injury_device|10-g weight was dropped from 50 mm onto the dura (weight-drop device)}}.",
            "{{source_tissue,source_species|MSCs were harvested from the tibiae and femora of young Wistar rats}}. Exosomes were precipitated from 48-h serum-free supernatant with {{isolation_method,isolation_detail|Total Exosome Isolation reagent}} (from cell culture media; invented catalogue no.) according to the manufacturer and resuspended in PBS. {{characterization|Transmission electron microscopy}} and {{characterization|western blotting}} ({{markers|CD9, CD63, Alix}}; antibodies from goat and rabbit) were used to verify the preparations.",
            f"Groups ({{{{n_per_group|seven animals per group}}}}): Vehicle (PBS), Exo-50, Exo-100 and Exo-200, receiving 50, 100 or {{{{dose|200 {MU}g exosomal protein in 0.5 mL PBS}}}}. The 200 {MU}g arm was prespecified as the primary comparison with vehicle. Injections were given {{{{route,route_detail|into a tail vein}}}}, starting {{{{timing_post_injury_h|on day 3 after injury}}}}, as {{{{frequency|three injections at 3-day intervals}}}}.",
            "BBB testing was done on days 7, 14, 21, 28 and 42 by {{reported_blinded_assessment|an investigator blind to the dose}}. Mean ± SD; one-way ANOVA per day with Dunnett's test.",
        ]),
        ("results", "Results", [
            "On TEM, vesicles had a {{size_nm|diameter of 40–120 nm}} and a cup shape. CD9, CD63 and Alix were present.",
            "Recovery increased with dose (Table 1). On day 42 the Exo-200 group scored higher than vehicle (Exo-200: {bbb:Exo-200@42} vs Vehicle: {bbb:Vehicle@42}, P < 0.001), while Exo-50 did not differ from vehicle at any time.",
            ("table", "Table 1", "BBB scores by group and day (mean ± SD; n = 7 per group).", {
                "orient": "cols", "days": _F_DAYS, "groups": ["Vehicle", "Exo-50", "Exo-100", "Exo-200"],
                "day_fmt": days_label("D{d}"), "corner": "Group",
                "foot": f"Exo-50/100/200: 50, 100 and 200 {MU}g per injection."}),
            "GFAP-positive area around the lesion was 35% smaller with 200 μg.",
        ]),
        ("discussion", "Discussion", [
            "A higher dose gave more benefit even when started on day 3. The mechanism we favour is {{mechanism|attenuation of astrocyte activation}}. Earlier work reached 12.1 ± 1.4 with immediate treatment [5].",
        ]),
    ],
    references=refs(-1, 1, 9, -3, 4),
    back=[("Conflict of interest statement", "Not provided.")],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------
# 7. Fibrin-hydrogel-embedded hUC-MSC sEVs implanted after right hemisection (no device),
#    Fischer 344 by age only, sucrose cushion, NTA mean + TEM; BBB (ipsilateral) only in text,
#    "mean (SD)", "recovered to", per-week statements; empty gel arm = other; n in legend and methods.
# ---------------------------------------------------------------------------------------
_G = BScores("BBB", "sd", [("Sham", "sham", 9), ("Hemisection", "control", 9), ("Gel", "other", 9),
                           ("Gel+sEV", "treatment", 9)], {
    "Sham": {7: (21.0, 0.0)},
    "Hemisection": {7: (4.2, 1.5), 14: (6.9, 1.8), 28: (9.1, 1.7)},
    "Gel": {28: (9.8, 1.9)},
    "Gel+sEV": {7: (5.8, 1.6), 14: (9.7, 1.9), 28: (13.4, 1.6)},
})

GALLO = Study(
    scores=_G,
    stem="gallo2024_hucmsc_sev_fibrin_gel_hemisection",
    layout="single",
    title="A fibrin hydrogel depot of umbilical cord MSC small extracellular vesicles promotes axon regrowth after lateral hemisection of the rat spinal cord",
    short_title="sEV-fibrin depot after hemisection",
    authors=[("Chiara", "Gallo"), ("Nikolai", "Petersen"), ("Aisha", "Rahman"), ("Lucas", "Ferreira Lima")],
    affiliations=["Dipartimento di Neuroscienze, Università di Collina Verde (invented)", "Biomaterials Group, Nordvik Institute of Technology (invented)"],
    journal="Biomaterials for Neural Repair",
    year=2024, volume="18:112–127", doi="10.5555/bnr.2024.0112", pmid="99200107", pmcid="PMC9920107",
    received="2024-04-19",
    values={
        "species": "rat", "strain": "Fischer 344", "sex": "female",
        "n_per_group": 9, "injury_model": "hemisection", "injury_level": "T10",
        "source_tissue": "umbilical_cord", "source_species": "human",
        "modification": "fibrin hydrogel embedding",
        "isolation_method": ["ultracentrifugation", "density_gradient"],
        "isolation_detail": "30% sucrose cushion, 100,000 × g 90 min",
        "characterization": ["NTA", "TEM", "AFM", "western_blot"], "markers": ["CD63", "CD81", "TSG101"],
        "size_nm": {"value": 87.9, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 10, "unit": "ug", "volume_ul": 10, "basis": "protein"},
        "route": "implanted_biomaterial", "route_detail": "fibrin hydrogel",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.0,
        "mechanism": "axon regrowth through reduced glial scarring",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Systemic vesicles are diluted and cleared quickly. We embedded small extracellular vesicles (sEVs) from human umbilical cord MSCs in a fibrin hydrogel placed into a lateral hemisection."),
        ("Results", "Ipsilateral hindlimb BBB scores were higher with the sEV-loaded gel than with gel alone or no treatment by week 4; CSPG deposition was reduced and more NF200+ axons crossed the lesion."),
    ],
    keywords=["fibrin", "hydrogel", "hemisection", "sEV", "axon regeneration"],
    sections=[
        ("intro", "Introduction", [
            f"Hydrogels can hold vesicles at the lesion for days [6]. In contusion models, local sEV–hydrogel implants have raised BBB scores to about 11 [10], and most protocols load 50–100 {MU}g of vesicles.",
        ]),
        ("methods", "Methods", [
            "{{species,strain,sex|Female Fischer 344 rats}} aged 10–12 weeks were used; {{reported_welfare_compliance|procedures followed the ARRIVE 2.0 guidelines}}. Under isoflurane, a {{injury_level|T10}} laminectomy was done and a {{injury_model|right lateral hemisection}} was made with microscissors; sham rats received a laminectomy.",
            "{{source_tissue,source_species|MSCs were isolated from human umbilical cords}} (explant culture of whole cord segments, healthy term births). sEVs were pelleted {{isolation_method,isolation_detail|onto a 30% sucrose cushion, 100,000 × g 90 min}}, then {{isolation_method|washed by a second ultracentrifugation}}.",
            "Characterisation comprised {{characterization|nanoparticle tracking}}, {{characterization|TEM}}, {{characterization|atomic force microscopy}} and {{characterization|western blotting}} for {{markers|CD63, CD81 and TSG101}}.",
            f"Hydrogel: {{{{dose|10 {MU}g sEVs were mixed into 10 {MU}L fibrin gel}}}} (fibrinogen 20 mg/mL, thrombin 2 U/mL) {{{{modification,route,route_detail|and the sEV-laden fibrin hydrogel was implanted into the lesion cavity}}}} {{{{timing_post_injury_h|immediately after the hemisection}}}} ({{{{frequency|a single application}}}}). The Gel group received fibrin without sEVs; the Hemisection group received nothing.",
            "{{n_per_group|Nine rats per group}} were scored with the BBB scale (ipsilateral hindlimb) weekly for 4 weeks by {{reported_blinded_assessment|observers blinded to the treatment}}. Data are given as mean (SD).",
        ]),
        ("results", "Results", [
            "NTA showed a {{size_nm|mean diameter of 87.9 nm}}; AFM showed round vesicles of 60–110 nm height profile.",
            "In week 1, ipsilateral scores were {bbb:Gel+sEV@7|paren} with Gel+sEV and {bbb:Hemisection@7|paren} after hemisection alone; sham rats scored {bbb:Sham@7|paren}. In week 2 the sEV group had recovered to {bbb:Gel+sEV@14|paren} while untreated rats were at {bbb:Hemisection@14|paren}. By week 4, the Gel+sEV group reached {bbb:Gel+sEV@28|paren}, the Gel group {bbb:Gel@28|paren} and the Hemisection group {bbb:Hemisection@28|paren}.",
            ("figure", "Figure 3", "Ipsilateral BBB scores, weeks 1–4 (mean, SD; n = 9 per group). Values are given in the text.", {
                "days": [7, 14, 28], "groups": ["Hemisection", "Gel+sEV"], "x": "weeks"}),
            "The contralateral hindlimb scored 19–21 in all groups. CSPG immunoreactivity was 40% lower with Gel+sEV.",
        ]),
        ("discussion", "Discussion", [
            "A single local depot sufficed. Gel alone had a small effect, as others found with empty scaffolds (BBB 8.4 vs 7.7 [6]). We propose {{mechanism|axon regrowth through reduced glial scarring}}.",
        ]),
    ],
    references=refs(5, 1, 9, -10, 3, -6, 6, 7, 8, 2),
    back=[("Competing interests", "{{reported_conflict_of_interest|C.G. holds an (invented) patent on fibrin formulations; the other authors declare none}}.")],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------
# 8. RVG-peptide surface-modified Wharton's jelly MSC exosomes, intranasal drops daily x7 from
#    1 h, MASCIS impactor, SEC + UF, NTA "peak", table days as rows "POD" (SEM),
#    "10 rats in each group"... written as "n=10 each"; native arm = other.
# ---------------------------------------------------------------------------------------
_H_DAYS = [1, 3, 7, 14, 21, 28]
_H = BScores("BBB", "sem", [("Sham", "sham", 10), ("SCI+Vehicle", "control", 10), ("SCI+WJ-Exo", "other", 10),
                            ("SCI+RVG-Exo", "treatment", 10)], {
    "Sham": dict(zip(_H_DAYS, [(21.0, 0.0)] * 6)),
    "SCI+Vehicle": dict(zip(_H_DAYS, [(0.9, 0.3), (2.2, 0.4), (3.9, 0.5), (5.6, 0.5), (6.8, 0.6), (7.4, 0.6)])),
    "SCI+WJ-Exo": dict(zip(_H_DAYS, [(1.0, 0.3), (2.6, 0.4), (4.6, 0.5), (6.7, 0.6), (8.0, 0.6), (8.9, 0.6)])),
    "SCI+RVG-Exo": dict(zip(_H_DAYS, [(1.2, 0.3), (3.3, 0.5), (5.9, 0.5), (8.4, 0.6), (10.2, 0.6), (11.3, 0.7)])),
})

HAUGEN = Study(
    scores=_H,
    stem="haugen2021_wjmsc_rvg_exo_intranasal",
    layout="twocol",
    title="Intranasal RVG-decorated Wharton's jelly MSC exosomes reach the injured spinal cord and improve locomotion in rats",
    short_title="Intranasal RVG-exosomes",
    authors=[("Sigrid", "Haugen"), ("Tariq", "Mahmood"), ("Lucía", "Benítez"), ("Owen", "Pryce")],
    affiliations=["Department of Neuromedicine, Fjellby University Hospital (invented)"],
    journal="Frontiers in Synthetic Neurotherapeutics",
    year=2021, volume="12:733410", doi="10.5555/fsn.2021.733410", pmid="99200108", pmcid="PMC9920108",
    received="2021-07-07",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 200, "high": 220},
        "n_per_group": 10, "injury_model": "contusion", "injury_device": "MASCIS impactor", "injury_level": "T10",
        "source_tissue": "wharton_jelly", "source_species": "human",
        "modification": "RVG peptide surface modification",
        "isolation_method": ["ultrafiltration", "size_exclusion"],
        "isolation_detail": "Centricon Plus-70 100 kDa; Sepharose CL-2B column",
        "characterization": ["NTA", "TEM", "western_blot", "flow_cytometry"], "markers": ["CD9", "CD63", "CD81", "Alix"],
        "size_nm": {"value": 104.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 20, "unit": "ug", "volume_ul": 20, "basis": "protein"},
        "route": "intranasal", "route_detail": "nasal drops",
        "frequency": {"doses": 7, "interval_h": 24}, "timing_post_injury_h": 1.0,
        "mechanism": "reduced neuroinflammation via NLRP3 inflammasome inhibition",
        "reported_randomisation": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Intranasal delivery bypasses the blood–brain barrier, but few vesicles reach the spinal cord. We {{modification|decorated the surface of exosomes with the neuron-targeting RVG peptide}} via Lamp2b fusion and gave Wharton's jelly MSC exosomes (WJ-Exo) or RVG-Exo {{route|intranasally}} to rats after contusion. RVG-Exo accumulated in the lesion, reduced NLRP3 activation and gave the best BBB recovery."),
    ],
    keywords=["intranasal", "RVG peptide", "Wharton's jelly", "NLRP3", "targeting"],
    sections=[
        ("intro", "Introduction", [
            f"The nose-to-CNS route has been used for vesicles in stroke and brain injury [7]. In those models, 1 × 10<sup>9</sup>–10<sup>10</sup> particles per day were effective, and exosomes are usually quoted as 40–120{NB}nm [1].",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals"),
            "{{species,strain|Sprague Dawley rats}} ({{sex|male}}, {{body_weight_g|200–220 g}}) were {{reported_randomisation|randomized with a random-number table}} into Sham, SCI+Vehicle, SCI+WJ-Exo and SCI+RVG-Exo groups ({{n_per_group|n=10 each}}).",
            ("h", "SCI model"),
            "A {{injury_model,injury_device|MASCIS impactor (10 g, 25 mm) contusion}} was applied at {{injury_level|T10}}.",
            ("h", "Exosome production"),
            "{{source_tissue,source_species|Human Wharton's jelly MSCs}} were transfected with a Lamp2b–RVG plasmid. Medium was concentrated with {{isolation_method,isolation_detail|Centricon Plus-70 100 kDa}} units and separated on a {{isolation_method,isolation_detail|Sepharose CL-2B column}}. {{characterization|NTA}}, {{characterization|TEM}}, {{characterization|western blot}} ({{markers|CD9, CD63, CD81, Alix}}) and {{characterization|flow cytometry}} of bead-bound vesicles confirmed identity; RVG display was shown with an anti-HA antibody (mouse).",
            ("h", "Intranasal administration"),
            f"Rats were held supine and {{{{dose|20 {MU}g exosomes in 20 {MU}L PBS}}}} were given as {{{{route_detail|nasal drops}}}} (10 {MU}L per nostril, alternating) {{{{frequency|once a day for 7 days}}}}, {{{{timing_post_injury_h|the first dose 1 h after SCI}}}}.",
            ("h", "Behaviour and statistics"),
            "BBB was scored on postoperative days (POD) 1, 3, 7, 14, 21 and 28; mean ± SEM; two-way ANOVA.",
        ]),
        ("results", "Results", [
            "NTA showed a {{size_nm|peak at 104 nm}}. DiR-labelled RVG-Exo gave a 3-fold stronger lesion signal than WJ-Exo at 24 h.",
            ("table", "Table 2", "BBB scores (mean ± SEM).", {
                "orient": "rows", "days": _H_DAYS, "groups": ["Sham", "SCI+Vehicle", "SCI+WJ-Exo", "SCI+RVG-Exo"],
                "day_fmt": days_label("POD {d}"), "corner": ""}),
            "RVG-Exo outperformed untargeted WJ-Exo from POD 14 (P < 0.05). NLRP3, ASC and cleaved caspase-1 were reduced on POD 3.",
        ]),
        ("discussion", "Discussion", [
            "Targeting made intranasal delivery effective in SCI. We propose {{mechanism|reduced neuroinflammation via NLRP3 inflammasome inhibition}}. Intravenous WJ-MSC exosomes in a comparable model reached a BBB of 10.2 at 28 days [4].",
        ]),
    ],
    references=refs(0, 1, 2, 4, 5, 6, 7),
    back=[("Conflicts of interest", "{{reported_conflict_of_interest|The authors report no conflicts of interest}}.")],
    footnote=FOOTNOTE,
)

STUDIES = [EZE, FUJITA, GALLO, HAUGEN]
