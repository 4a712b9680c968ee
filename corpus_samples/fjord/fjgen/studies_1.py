"""Fjord studies 1-3: a Swiss, an Australian and a Dutch lab (everything invented)."""

from __future__ import annotations

from extgen.common import FOOTNOTE, MINUS, MU, NB, POOL, TH, day_fmt, dpi_fmt, flat, week_fmt
from extgen.model import Study

from fjgen.layouts import FScores

# --- 1. Basel: ARRIVE-numbered methods, structured abstract, mean ± SEM (n), full statistics ----------

_D1 = [1.0, 3.0, 7.0, 14.0, 28.0, 42.0]
S1 = FScores(
    outcome="BBB", err="sem", fmt="pmn",
    groups=[("Sham", "sham", 6), ("SCI + vehicle", "control", 9), ("SCI + hBM-sEV", "treatment", 9)],
    values={
        "Sham": flat("Sham", _D1, [(21.0, 0.0)] * 6),
        "SCI + vehicle": flat("SCI + vehicle", _D1, [(0.4, 0.2), (1.6, 0.4), (3.9, 0.6), (6.2, 0.7), (7.9, 0.6), (8.6, 0.7)]),
        "SCI + hBM-sEV": flat("SCI + hBM-sEV", _D1, [(0.6, 0.2), (2.1, 0.5), (5.3, 0.6), (8.4, 0.7), (10.8, 0.6), (11.9, 0.5)]),
    },
)

QUELLMATT = Study(
    stem="quellmatt2022_hbmsc_sev_ih_perkg_iv",
    layout="single",
    title="Weight-adjusted intravenous small extracellular vesicles from human bone marrow stromal cells "
          "after thoracic contusion in female rats: a preregistered, ARRIVE-compliant study",
    short_title="Quellmatt et al. · sEV dosing per kilogram after SCI",
    authors=[("Annina", "Quellmatt"), ("Reto", "Gubelmann-Sidler"), ("Flurina", "Casutt"), ("Marc-André", "Dufaux"),
             ("Ursina", "Tschopp")],
    affiliations=["Laboratory of Neural Repair, Department of Biomedicine, University of Rheinfelden (invented), Switzerland",
                  "Centre for Translational Rehabilitation, Lake Constance Institute (invented), Switzerland"],
    journal="Experimental Neurorepair Reports", year=2022, volume="14:e0417", doi="10.5555/enr.2022.0417",
    pmid="99107311", pmcid="PMC9910731", received="2022-03-18",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 220, "high": 250},
        "n_per_group": 10, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor",
        "injury_level": "T10", "source_tissue": "bone_marrow", "source_species": "human", "modification": "none",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "120,000 g 90 min",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 118.6, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug_per_kg", "volume_ul": 500, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein", "frequency": {"doses": 1, "interval_h": None},
        "timing_post_injury_h": 2.0, "mechanism": "suppression of NLRP3 inflammasome activation in microglia",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Small extracellular vesicles (sEVs) of mesenchymal stromal cells are usually dosed per animal. "
         "We asked whether a weight-adjusted intravenous dose improves hindlimb function after thoracic contusion."),
        ("Methods", "Female rats received an Infinite Horizon contusion at T10 and, 2 h later, native human bone marrow "
         "stromal cell sEVs (hBM-sEV, 100 µg/kg) or vehicle by tail-vein bolus; sham rats received laminectomy only. "
         "Locomotion was rated with the Basso-Beattie-Bresnahan (BBB) scale for 6 weeks by raters unaware of allocation."),
        ("Results", "At 42 days post-injury (dpi) the BBB score was {bbb:SCI + hBM-sEV@42} in hBM-sEV rats and "
         "{bbb:SCI + vehicle@42} in vehicle rats (mean ± SEM (n); p = 0.004)."),
        ("Conclusions", "A single weight-adjusted dose of native hBM-sEVs given within hours of injury improved "
         "open-field locomotion, with reduced microglial inflammasome activation."),
    ],
    keywords=["spinal cord injury", "extracellular vesicles", "ARRIVE 2.0", "dose per body weight", "inflammasome"],
    sections=[
        ("intro", "1. Introduction", [
            "Small extracellular vesicles are lipid-bilayer particles, classically 30–150 nm across, that carry protein "
            "and RNA cargo between cells [2]. Vesicles of stromal-cell origin have improved BBB scores in many rodent "
            "studies, with published doses ranging from 20 µg to 400 µg per rat and from single to daily injections [11]. "
            "Because body weight differs by up to 40% between female and male rats of the same age, a dose per animal "
            "is not the same exposure across studies.",
            "We therefore tested a dose normalised to body weight, reported the study according to the ARRIVE 2.0 "
            "Essential 10, and preregistered the primary outcome (BBB at 42 dpi) and the analysis plan.",
        ]),
        ("methods", "2. Materials and methods", [
            ("h", "2.1 Study design (ARRIVE item 1)"),
            "Three groups were compared: sham (laminectomy only), SCI + vehicle and SCI + hBM-sEV. The experimental unit "
            "was the individual animal. {{n_per_group|Group sizes were n = 10 per injured group}} and n = 6 for sham, as "
            "fixed by the a priori calculation below.",
            ("h", "2.2 Sample size (ARRIVE item 2)"),
            "{{reported_sample_size_calculation|Sample size was calculated a priori (G*Power 3.1) for a difference of "
            "2.5 BBB points}} (SD 1.8, α = 0.05, power 0.90), giving 10 animals per injured group after allowing for 15% attrition.",
            ("h", "2.3 Inclusion and exclusion criteria (ARRIVE item 3)"),
            "Rats with a BBB score above 2 on day 1 (incomplete injury) or with impact force deviating more than 10 kdyn "
            "from target were to be excluded before unblinding. One vehicle rat died on day 2 (bladder rupture) and one "
            "hBM-sEV rat was withdrawn for autophagia on day 16; both were excluded from all analyses, leaving n = 9 per "
            "injured group. No rat met the incomplete-injury criterion.",
            ("h", "2.4 Randomisation and blinding (ARRIVE items 4 and 5)"),
            "{{reported_randomisation|Animals were allocated to groups by a computer-generated random sequence}} kept by a "
            "technician not involved in surgery or scoring. Syringes were coded by the same technician. "
            "{{reported_blinded_assessment|BBB testing was performed by two raters blinded to group allocation}}.",
            ("h", "2.5 Experimental animals (ARRIVE item 8)"),
            "Twenty-six {{species,strain,sex|female Sprague-Dawley rats}} ({{body_weight_g|220–250 g}}; 10–11 weeks old) "
            "were housed in pairs under a 12 h light/dark cycle with food and water ad libitum.",
            ("h", "2.6 Spinal cord injury (ARRIVE item 9)"),
            "Under isoflurane anaesthesia, a laminectomy was performed at T9 to expose the dorsal cord, and a moderate "
            "{{injury_model,injury_device|contusion was delivered with the Infinite Horizon impactor (150 kdyn)}} "
            f"{{{{injury_level|at the T10 spinal segment}}}}. Bladders were expressed twice daily until reflex voiding returned.",
            ("h", "2.7 Cells and vesicles"),
            "{{source_tissue,source_species|Human bone marrow stromal cells}} (passage 4–6; donor material obtained "
            "commercially) were expanded in α-MEM and switched to vesicle-depleted medium for 48 h. The sEVs were used "
            "{{modification|without any modification or preconditioning (native sEVs)}}. Conditioned medium was cleared "
            f"at 300 × g and 2{TH}000 × g, filtered (0.22 µm) and {{{{isolation_method,isolation_detail|ultracentrifuged at "
            f"120{TH}000 × g for 90 min}}}} (Optima XPN, SW32Ti); the pellet was washed once in PBS at the same speed.",
            ("h", "2.8 Vesicle characterisation"),
            "Particle size was measured by {{characterization|nanoparticle tracking analysis (NTA; NanoSight NS300)}}, "
            "morphology by {{characterization|transmission electron microscopy (TEM)}} and protein markers by "
            "{{characterization|western blotting}} for {{markers|CD9, CD63 and TSG101, with calnexin as a negative marker}}.",
            ("h", "2.9 Interventions (ARRIVE item 6)"),
            "{{frequency|A single bolus}} of hBM-sEVs ({{dose|100 µg/kg body weight}}, protein by BCA; approximately 23 µg "
            f"per rat) {{{{dose|in 500 µl PBS}}}} or PBS alone was injected {{{{route,route_detail|into the lateral tail vein}}}} "
            "over 2 min, {{timing_post_injury_h|2 h after injury}}. Sham rats received no injection.",
            ("h", "2.10 Outcome measures (ARRIVE item 7)"),
            "The BBB open-field scale (0–21) was scored before surgery and on days 1, 3, 7, 14, 28 and 42 post-injury; "
            "the two raters' scores were averaged. All rats scored 21 before surgery.",
            ("h", "2.11 Statistical methods (ARRIVE item 7)"),
            "BBB scores were analysed by two-way repeated-measures ANOVA (group × time) with Šidák's post hoc test "
            "(GraphPad Prism 9). Data are mean ± SEM with the number of animals in parentheses; p < 0.05 was significant.",
        ]),
        ("results", "3. Results", [
            ("h", "3.1 Vesicle characteristics"),
            f"The isolated hBM-sEVs had a {{{{size_nm|mean diameter of 118.6 nm by NTA}}}} (mode 104.2 nm; "
            f"2.9 × 10<sup>11</sup> particles per mg protein) and a cup-shaped morphology on TEM.",
            ("h", "3.2 Locomotor recovery"),
            "All injured rats were paraplegic on day 1 ({bbb:SCI + vehicle@1} versus {bbb:SCI + hBM-sEV@1}). "
            "The group × time interaction was significant (F(10, 110) = 6.82, p < 0.001; main effect of group "
            "F(2, 21) = 412.5, p < 0.001). Groups did not differ on day 3 ({bbb:SCI + hBM-sEV@3} versus "
            "{bbb:SCI + vehicle@3}; p = 0.83).",
            "From day 14 onward hBM-sEV rats scored higher than vehicle rats ({bbb:SCI + hBM-sEV@14} versus "
            "{bbb:SCI + vehicle@14}; Šidák p = 0.046), and the preregistered primary endpoint at 42 dpi was met "
            "({bbb:SCI + hBM-sEV@42} versus {bbb:SCI + vehicle@42}; mean difference 3.3, 95% CI 1.1 to 5.5; p = 0.004). "
            "Values for all time points are listed in Table 1.",
            ("table", "Table 1", "BBB scores after T10 contusion (mean ± SEM (n)).",
             {"orient": "cols", "days": [1.0, 7.0, 14.0, 28.0, 42.0], "groups": ["Sham", "SCI + vehicle", "SCI + hBM-sEV"],
              "day_fmt": dpi_fmt, "corner": "Group",
              "foot": "BBB, Basso-Beattie-Bresnahan locomotor scale; dpi, days post-injury; hBM-sEV, small extracellular "
                      "vesicles from human bone marrow stromal cells; SCI, spinal cord injury; SEM, standard error of the "
                      "mean. Two-way RM ANOVA with Šidák's test."}),
            ("h", "3.3 Inflammasome markers"),
            "At 7 dpi NLRP3 and cleaved caspase-1 in Iba1-positive cells around the epicentre were reduced by 41% and "
            "36% in hBM-sEV rats compared with vehicle rats (both p < 0.01).",
        ]),
        ("discussion", "4. Discussion", [
            "A weight-adjusted dose of 100 µg/kg native hBM-sEVs improved BBB scores by about three points at six weeks. "
            "Earlier studies have given 200 µg per rat daily for three days [5] or 1 × 10<sup>10</sup> particles [11]; "
            "our dose lies at the low end of that range.",
            "We propose that the vesicles act by "
            "{{mechanism|suppressing NLRP3 inflammasome activation in microglia}}, in line with [3]. Limitations: only "
            "female rats and a single dose level were studied.",
        ]),
    ],
    back=[
        ("Ethics approval", "{{reported_welfare_compliance|All procedures were approved by the Cantonal Veterinary Office "
         "(licence 31-2021, invented) and complied with the Swiss Animal Welfare Act}}."),
        ("Competing interests", "{{reported_conflict_of_interest|The authors declare no competing interests}}."),
        ("Data availability", "Raw BBB sheets are available from the corresponding author."),
    ],
    references=POOL[:12],
    scores=S1,
    footnote=FOOTNOTE,
)

# --- 2. Brisbane: CONSORT-like flow, mean (95% CI) in weeks, clip compression, intrathecal ---------

_D2 = [7.0, 14.0, 21.0, 28.0, 35.0, 42.0]
S2 = FScores(
    outcome="BBB", err="ci", fmt="ci",
    groups=[("Sham", "sham", 8), ("Vehicle", "control", 11), ("UC-EV", "treatment", 12)],
    values={
        "Sham": flat("Sham", _D2, [(20.8, (20.5, 21.0))] * 6),
        "Vehicle": flat("Vehicle", _D2, [(2.4, (1.6, 3.2)), (4.9, (3.9, 5.9)), (6.3, (5.4, 7.2)), (7.1, (6.2, 8.0)),
                                         (7.6, (6.7, 8.5)), (7.8, (6.9, 8.7))]),
        "UC-EV": flat("UC-EV", _D2, [(3.1, (2.3, 3.9)), (6.4, (5.5, 7.3)), (8.6, (7.8, 9.4)), (9.9, (9.0, 10.8)),
                                     (10.5, (9.7, 11.3)), (10.9, (10.1, 11.7))]),
    },
)

RAVENSCROFT = Study(
    stem="ravenscroft2023_hucmsc_ev_clip_intrathecal_ci",
    layout="twocol",
    title="Repeated intrathecal delivery of umbilical cord stromal cell extracellular vesicles after clip-compression "
          "injury of the thoracic cord in rats",
    short_title="Intrathecal UC-EVs after clip compression",
    authors=[("Bronwyn", "Ravenscroft"), ("Liam", "Oduya-Marsh"), ("Tahlia", "Kwan"), ("Declan", "Ferrier")],
    affiliations=["Spinal Injury Research Group, Moreton Bay Institute of Neuroscience (invented), Brisbane, Australia",
                  "School of Biomedical Sciences, University of the Coral Coast (invented), Australia"],
    journal="Australasian Journal of Neurotrauma Science", year=2023, volume="9(2):211–229",
    doi="10.5555/ajns.2023.0211", pmid="99107322", pmcid="PMC9910732", received="2022-11-02",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male", "body_weight_g": {"low": 280, "high": 320},
        "n_per_group": 12, "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T8",
        "source_tissue": "umbilical_cord", "source_species": "human",
        "isolation_method": ["tangential_flow", "size_exclusion"], "isolation_detail": "TFF 300 kDa + qEV10/70 nm",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD63", "CD81", "Alix", "calnexin"],
        "size_nm": {"value": 96.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 2e9, "unit": "particles", "volume_ul": 10, "basis": "particles"},
        "route": "intrathecal", "route_detail": "lumbar intrathecal catheter",
        "frequency": {"doses": 3, "interval_h": 24}, "timing_post_injury_h": 24.0,
        "mechanism": "preservation of blood-spinal cord barrier integrity",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Objective", "To test whether three intrathecal doses of human umbilical cord mesenchymal stromal cell "
         "extracellular vesicles (UC-EVs) improve locomotion after thoracic clip-compression injury."),
        ("Design", "Randomised, blinded, vehicle-controlled study in adult male Wistar rats (n = 12 per injured group)."),
        ("Main outcome", "BBB score at 6 weeks, analysed by linear mixed model."),
        ("Results", "At week 6, BBB was {bbb:UC-EV@42} in UC-EV rats and {bbb:Vehicle@42} in vehicle rats "
         "(mean (95% CI); difference 3.1, 95% CI 1.9 to 4.3; p < 0.001)."),
        ("Conclusion", "Repeated intrathecal UC-EVs improved recovery and reduced barrier leakage."),
    ],
    keywords=["clip compression", "umbilical cord", "extracellular vesicles", "intrathecal", "blood-spinal cord barrier"],
    sections=[
        ("intro", "Introduction", [
            "Extracellular vesicles (EVs) released by mesenchymal stromal cells reproduce much of the paracrine benefit "
            "of the cells [2,4]. Most rodent studies deliver them intravenously, where the majority are trapped in liver "
            "and spleen within minutes [5]. Intrathecal delivery bypasses this, but has rarely been tested with repeated "
            "dosing. Reviews quote vesicle diameters of 50–200 nm and doses of 10<sup>8</sup> to 10<sup>11</sup> particles [11].",
        ]),
        ("methods", "Methods", [
            ("h", "Animals and ethics"),
            "Adult {{sex,strain,species|male Wistar rats}} weighing {{body_weight_g|280–320 g}} were obtained from the "
            "institutional breeding colony and acclimatised for 7 days.",
            ("h", "Randomisation, allocation and blinding"),
            "{{reported_randomisation|Rats were randomly assigned using a block randomisation list (block size 6) "
            "generated in R}}. Allocation was concealed in sealed envelopes opened after the injury. "
            "{{reported_blinded_assessment|Surgeons, carers and BBB assessors were blinded to treatment}}.",
            ("h", "Sample size and exclusions"),
            "{{n_per_group|Twelve rats per injured group}} and eight sham rats were planned. One vehicle rat was excluded "
            "after catheter dislodgement (day 2); final analysed numbers were sham n = 8, vehicle n = 11, UC-EV n = 12.",
            ("h", "Clip-compression injury"),
            "After a T7–T8 laminectomy, the cord was "
            "{{injury_model,injury_device|compressed extradurally with a calibrated aneurysm clip}} (closing force 35 g, "
            f"60 s) {{{{injury_level|at the T8 level}}}}. Buprenorphine (0.05 mg/kg) was given for 3 days.",
            ("h", "EV production"),
            "{{source_tissue,source_species|Human umbilical cord mesenchymal stromal cells}} (passage 5) were cultured in "
            "serum-free medium for 72 h. Conditioned medium was concentrated by "
            "{{isolation_method,isolation_detail|tangential flow filtration (300 kDa cut-off)}} and fractionated by "
            "{{isolation_method,isolation_detail|size-exclusion chromatography on qEV10/70 nm columns}}; EV-rich "
            "fractions 1–4 were pooled.",
            ("h", "EV characterisation (MISEV checklist)"),
            "Particle concentration and size were determined by {{characterization|NTA (ZetaView PMX-120)}}; morphology "
            "by {{characterization|TEM}}; {{characterization|western blot}} detected "
            "{{markers|CD63, CD81 and Alix, and absence of calnexin}}.",
            ("h", "Catheterisation and dosing"),
            "A PE-10 catheter was advanced {{route,route_detail|intrathecally via the L5–L6 interspace (lumbar intrathecal "
            "catheter)}} to the thoracolumbar junction during the injury surgery. UC-EVs "
            f"({{{{dose|2 × 10<sup>9</sup> particles in 10 µl}}}} saline) or saline were infused "
            "{{frequency|once daily for three consecutive days}}, {{timing_post_injury_h|the first dose 24 h after injury}}.",
            ("h", "Outcomes and statistics"),
            "BBB was scored weekly for 6 weeks. Scores were analysed with a linear mixed model (group, week and their "
            "interaction as fixed effects, rat as random effect); estimates are reported as mean (95% CI). "
            "Pre-injury BBB was 21 in all rats.",
        ]),
        ("results", "Results", [
            ("h", "EV characteristics"),
            "UC-EVs showed a {{size_nm|modal diameter of 96 nm (NTA)}} with 1.8 × 10<sup>10</sup> particles/µg protein.",
            ("h", "Locomotor outcome"),
            "The group × week interaction was significant (F(10, 140) = 9.47, p < 0.001). At week 1, scores were "
            "{bbb:UC-EV@7} (UC-EV) and {bbb:Vehicle@7} (vehicle; p = 0.27). By week 3 the difference reached 2.3 points "
            "({bbb:UC-EV@21} vs {bbb:Vehicle@21}; p = 0.002) and widened to 3.1 points at week 6.",
            ("table", "Table 2", "Estimated BBB scores by week, mean (95% CI), from the linear mixed model.",
             {"orient": "rows", "days": _D2, "groups": ["Sham", "Vehicle", "UC-EV"], "day_fmt": week_fmt,
              "corner": "Time after injury",
              "foot": "CI, confidence interval; UC-EV, umbilical cord mesenchymal stromal cell extracellular vesicles. "
                      "Vehicle n = 11, UC-EV n = 12, sham n = 8."}),
            "Evans blue extravasation at 24 h after the last dose was 38% lower in UC-EV rats (p = 0.008).",
        ]),
        ("discussion", "Discussion", [
            "Three intrathecal UC-EV doses improved BBB by about 3 points. A previous study gave 5 × 10<sup>9</sup> "
            "particles intravenously and saw a 1.5-point gain [5]. We attribute the effect to "
            "{{mechanism|preservation of blood-spinal cord barrier integrity}}, consistent with the Evans blue data [6]. "
            "Native EVs were not compared with engineered ones, and females were not studied.",
        ]),
    ],
    back=[
        ("Ethics statement", "{{reported_welfare_compliance|The study was approved by the institutional Animal Ethics "
         "Committee (AEC 2021/044, invented) in accordance with the Australian Code for the care and use of animals "
         "for scientific purposes}}."),
        ("Conflict of interest", "{{reported_conflict_of_interest|The authors declare that they have no conflicts of "
         "interest}}."),
        ("Funding", "Moreton Bay Spinal Foundation (invented)."),
    ],
    references=POOL[:12],
    scores=S2,
    footnote=FOOTNOTE,
)

# --- 3. Utrecht: accepted manuscript, median [IQR], modified vs native exosomes -----------------------

_D3 = [1.0, 7.0, 14.0, 21.0, 28.0]
S3 = FScores(
    outcome="BBB", err="iqr", fmt="iqr",
    groups=[("SCI", "control", 9), ("Exo", "other", 10), ("Exo-miR-21", "treatment", 10)],
    values={
        "SCI": flat("SCI", _D3, [(0.5, (0, 1)), (3, (2, 4)), (5, (4, 6.5)), (7, (6, 8)), (8, (7, 9))]),
        "Exo": flat("Exo", _D3, [(1, (0, 1)), (4, (3, 5)), (7, (5.5, 8)), (8.5, (7, 10)), (10, (8, 11))]),
        "Exo-miR-21": flat("Exo-miR-21", _D3, [(1, (0.5, 1.5)), (5, (4, 6)), (9, (8, 10)), (11, (10, 12)),
                                               (12.5, (11, 13))]),
    },
)

RIJKHOFF = Study(
    stem="rijkhoff2021_radsc_exo_mir21_weekly_jugular",
    layout="manuscript",
    title="Weekly jugular infusion of miR-21-enriched exosomes from rat adipose stromal cells after NYU contusion",
    short_title="miR-21 exosomes after contusion",
    authors=[("Sanne", "Rijkhoff"), ("Joost", "van Oeveren"), ("Marieke", "Bosschaart"), ("Thijs", "Nijenhuis")],
    affiliations=["Department of Neurobiology, Grachtenstad Medical Centre (invented), the Netherlands",
                  "Vesicle Technology Facility, Polder University (invented), the Netherlands"],
    journal="Journal of Spinal Regeneration Research", year=2021, volume="7:1189", doi="10.5555/jsrr.2021.1189",
    pmid="99107333", pmcid="PMC9910733", received="2021-01-27",
    values={
        "species": "rat", "strain": "Wistar", "sex": "female", "body_weight_g": {"low": 240, "high": 240},
        "n_per_group": 10, "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T9",
        "source_tissue": "adipose", "source_species": "rat", "modification": "miR-21 overexpression",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 g 2 h",
        "characterization": ["DLS", "TEM", "western_blot"], "markers": ["CD9", "CD81", "HSP70"],
        "size_nm": {"value": 132.0, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 200, "unit": "ug", "volume_ul": 300, "basis": "protein"},
        "route": "intravenous", "route_detail": "jugular vein", "frequency": {"doses": 4, "interval_h": 168},
        "timing_post_injury_h": 0.0, "mechanism": "PTEN/PI3K/Akt-mediated inhibition of neuronal apoptosis",
        "reported_randomisation": True, "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "MicroRNA-21 (miR-21) limits apoptosis after neural injury. We loaded exosomes of rat adipose-derived "
         "stromal cells (ADSCs) with miR-21 by lentiviral overexpression in the parent cells and gave them weekly by "
         "jugular infusion after NYU contusion. At day 28, median BBB scores were {bbb:Exo-miR-21@28} with "
         "Exo-miR-21, {bbb:Exo@28} with unmodified exosomes and {bbb:SCI@28} in untreated rats (Kruskal–Wallis "
         "H = 14.2, p < 0.001). miR-21 enrichment added to the benefit of native exosomes."),
    ],
    keywords=["adipose stromal cells", "exosomes", "microRNA-21", "PTEN", "contusion"],
    sections=[
        ("intro", "Introduction", [
            "Exosomes are 40–160 nm vesicles of endosomal origin [2]. In contused rats, exosomes from adipose stromal "
            "cells improved BBB scores by 2–4 points in earlier work [11], and microRNA cargo is thought to explain part "
            "of the effect [15]. miR-21 targets PTEN and thereby activates PI3K/Akt survival signalling.",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Animals"),
            "Experiments used adult {{species,sex,strain|female Wistar rats}} ({{body_weight_g|approximately 240 g}}), "
            "housed three per cage. {{reported_welfare_compliance|The local animal welfare body approved all "
            "procedures (AVD-2019-0117, invented) in line with Directive 2010/63/EU}}.",
            ("h", "Experimental groups and randomisation"),
            "{{reported_randomisation|Rats were randomised to groups by drawing lots after the injury}}: SCI (no "
            "treatment), Exo (native exosomes) and Exo-miR-21. {{n_per_group|Ten rats per group were injured}}. One SCI "
            "rat reached the humane endpoint on day 4 (weight loss > 20%) and was excluded (final SCI n = 9).",
            ("h", "Contusion injury"),
            "A {{injury_model,injury_device|contusion was produced with the NYU impactor}} (10 g rod dropped from "
            f"25 mm) {{{{injury_level|at vertebral level T9}}}} after laminectomy.",
            ("h", "ADSC culture and miR-21 loading"),
            "{{source_species,source_tissue|Rat adipose-derived stromal cells}} from inguinal fat pads were transduced "
            "with a lentivirus encoding pre-miR-21 (Exo-miR-21) or an empty vector; {{modification|miR-21 "
            "overexpression in the parent cells}} raised exosomal miR-21 7.4-fold (qPCR).",
            ("h", "Exosome isolation and characterisation"),
            "Exosomes were purified from 48 h conditioned medium by differential centrifugation ending in "
            f"{{{{isolation_method,isolation_detail|ultracentrifugation at 100{TH}000 g for 2 h}}}} (twice). "
            "Size was measured by {{characterization|dynamic light scattering (DLS)}}, morphology by "
            "{{characterization|TEM}}, and {{characterization|western blot}} confirmed "
            "{{markers|CD9, CD81 and HSP70}}.",
            ("h", "Treatment"),
            f"Exosomes ({{{{dose|200 µg protein in 300 µl PBS}}}}; ≈0.8 mg/kg) were infused "
            "{{route,route_detail|through the right jugular vein}} "
            "{{timing_post_injury_h|immediately after the contusion}} and then "
            "{{frequency|once a week for four weeks in total}}. SCI rats received no infusion.",
            ("h", "Behaviour and statistics"),
            "{{reported_blinded_assessment|BBB was scored by two observers blinded to the groups}} on days 1, 7, 14, "
            "21 and 28. As BBB is ordinal, data are given as median [IQR] and compared by Kruskal–Wallis test with "
            "Dunn's post hoc test.",
        ]),
        ("results", "Results", [
            "Exosomes had a {{size_nm|mean hydrodynamic diameter of 132 nm by DLS}} (PDI 0.19). Both exosome groups "
            "improved faster than SCI rats. On day 14 the Exo-miR-21 median was {bbb:Exo-miR-21@14} versus {bbb:SCI@14} "
            "in SCI rats (Dunn p = 0.003); native exosomes gave {bbb:Exo@14} (p = 0.11 vs SCI). Full data are in Table 1.",
            ("ftable", "Table 1", "BBB scores, median [IQR].",
             {"orient": "cols", "days": _D3, "groups": ["SCI", "Exo", "Exo-miR-21"], "day_fmt": day_fmt,
              "corner": "Group", "ncol": True, "span": "Days after injury",
              "marks": {("Exo-miR-21", 14.0): "a", ("Exo-miR-21", 21.0): "a", ("Exo-miR-21", 28.0): "a,b",
                        ("Exo", 28.0): "a"},
              "foot": "<sup>a</sup>p < 0.05 versus SCI; <sup>b</sup>p < 0.05 versus Exo (Dunn's test). IQR, "
                      "interquartile range; Exo, native ADSC exosomes; Exo-miR-21, exosomes from miR-21-overexpressing "
                      "ADSCs; SCI, injured untreated rats."}),
            ("figure", "Figure 2", "Time course of BBB scores (medians). On day 21 medians were {bbb:Exo-miR-21@21} "
             "(Exo-miR-21), {bbb:Exo@21} (Exo) and {bbb:SCI@21} (SCI).",
             {"days": _D3, "groups": ["SCI", "Exo", "Exo-miR-21"]}),
        ]),
        ("discussion", "Discussion", [
            "Enriching exosomes with miR-21 increased the day-28 BBB median by about 2.5 points over native exosomes. "
            "We propose {{mechanism|PTEN/PI3K/Akt-mediated inhibition of neuronal apoptosis}} as the mechanism [15]. A "
            "recent study infused 400 µg daily for 3 days with similar effect [5]; our weekly regimen used less vesicle "
            "protein. Outcomes beyond 28 days were not measured.",
        ]),
    ],
    back=[
        ("Declaration of interests", "{{reported_conflict_of_interest|None of the authors has competing interests "
         "to declare}}."),
        ("Acknowledgements", "We thank the animal facility staff (invented)."),
    ],
    references=list(POOL),
    scores=S3,
    footnote=FOOTNOTE,
)

STUDIES = [QUELLMATT, RAVENSCROFT, RIJKHOFF]
