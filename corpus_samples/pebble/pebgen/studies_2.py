"""Pebble studies 4-6: labs in the Netherlands, Saudi Arabia and the USA (everything invented)."""

from __future__ import annotations

from extgen.common import FOOTNOTE, MU, NB, POOL, flat
from extgen.model import Scores, Study

# ---------------------------------------------------------------------------------------------
# 4. Hoogendijk et al. 2023 -- a Dutch lab with a rigour habit: power calculation, sealed
#    envelopes, ARRIVE; hBM-MSC sEVs by TFF + SEC, MASCIS T9, one intrathecal particle dose at
#    3 h, BBB to 8 weeks in a landscape table with a merged header; one vehicle rat excluded.
# ---------------------------------------------------------------------------------------------
_N = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0, 42.0, 56.0]
HOOGENDIJK = Study(
    stem="hoogendijk2023_hbmsc_sev_tff_intrathecal_mascis",
    layout="bulletin",
    title="A single intrathecal dose of bone marrow stromal cell small extracellular vesicles after thoracic "
          "contusion: a randomised, blinded study in rats",
    short_title="Intrathecal MSC-sEV after contusion",
    authors=[("Marieke", "Hoogendijk"), ("Joost", "van der Linden"), ("Sanne", "Verbeek"), ("Thijs", "Mulder"),
             ("Eva", "Schouten")],
    affiliations=["Department of Translational Neuroscience, Rijnland University Medical Centre (invented), "
                  "Leiden, the Netherlands", "Vesicle Core Facility, Rijnland UMC (invented)"],
    journal="Experimental Spinal Research",
    year=2023, volume="41:e118", doi="10.5555/esr.2023.e118", pmid="99100404", pmcid="PMC9910404",
    received="2023-02-14",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 240, "high": 270},
        "n_per_group": 12, "injury_model": "contusion", "injury_device": "MASCIS impactor", "injury_level": "T9",
        "source_tissue": "bone_marrow", "source_species": "human", "modification": "none",
        "isolation_method": ["tangential_flow", "size_exclusion"], "isolation_detail": "qEV10 columns",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD9", "CD81", "TSG101", "calnexin"],
        "size_nm": {"value": 104.5, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 2e10, "unit": "particles", "volume_ul": 10, "basis": "particles"},
        "route": "intrathecal", "route_detail": "lumbar puncture", "frequency": {"doses": 1, "interval_h": None},
        "timing_post_injury_h": 3, "mechanism": "macrophage polarisation towards a pro-regenerative phenotype",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Objective", "To test whether one intrathecal dose of small extracellular vesicles (sEV) from human "
         "bone marrow stromal cells improves recovery after thoracic contusion, in a design that follows the "
         "ARRIVE 2.0 guidelines."),
        ("Design", "Randomised, vehicle-controlled, assessor-blinded study in female rats followed for 8 weeks."),
        ("Results", "sEV-treated rats had higher BBB scores from week 2 to week 8 and fewer CD86<sup>+</sup> "
         "macrophages at the lesion border."),
        ("Conclusion", "A single intrathecal dose of MSC-sEV gives a modest but durable functional benefit."),
    ],
    keywords=["extracellular vesicles", "mesenchymal stromal cells", "intrathecal", "contusion", "ARRIVE"],
    sections=[
        ("intro", "Introduction", [
            "Cell-free therapies based on extracellular vesicles (EV) from mesenchymal stromal cells (MSC) have "
            "been tested in more than twenty rodent studies of spinal cord injury, but most used small groups, "
            "no sample size calculation and unblinded outcome assessment [11,12].",
            "sEV are generally described as 50–200 nm particles [2,4]. Published intravenous doses range from "
            f"10<sup>9</sup> to 10<sup>11</sup> particles [5], and one study reported that 1 × 10<sup>10</sup>"
            f"{NB}particles intrathecally were as effective as a 30-fold higher intravenous dose [8]. We "
            "therefore designed a confirmatory-style study of a single intrathecal dose.",
        ]),
        ("methods", "Methods", [
            ("h", "Study design and animals"),
            "The study was preregistered (invented registry, PCTE0001234) and is reported according to ARRIVE "
            "2.0. {{reported_welfare_compliance|The Central Authority for Scientific Procedures on Animals (CCD) "
            "licensed the experiments (AVD1160020219876) after review by the local Animal Welfare Body}}. "
            f"{{{{sex,strain,species|Female Sprague–Dawley rats}}}} (Envigo, 12 weeks old, "
            f"{{{{body_weight_g|240–270{NB}g}}}}) were pair-housed with environmental enrichment.",
            "{{reported_sample_size_calculation|Sample size was calculated a priori (G*Power 3.1) to detect a "
            "2-point BBB difference at 8 weeks}} (SD 1.7, α = 0.05, power 0.80), which gave "
            "{{n_per_group|12 rats per group}}. {{reported_randomisation|Allocation to sEV or vehicle was "
            "randomised by a computer-generated sequence and concealed in sealed, opaque envelopes}} opened "
            "after the impact. Four sham-operated rats served as procedural controls.",
            ("h", "Spinal cord injury"),
            "Under isoflurane anaesthesia (2–2.5% in O<sub>2</sub>) and buprenorphine analgesia, a dorsal "
            "laminectomy exposed the cord, and {{injury_model,injury_device,injury_level|a moderate contusion "
            "was delivered at T9 with the MASCIS impactor}} (10 g, 12.5 mm). Impact velocity and compression "
            "were recorded; rats outside pre-defined limits were to be excluded (none were).",
            ("h", "sEV production"),
            "{{source_tissue,source_species|Bone marrow MSC from three healthy human donors}} (invented "
            "biobank, passages 4–5) were cultured in platelet-lysate-free medium for 48 h. "
            "{{modification|No genetic or pharmacological modification was applied; native sEV were used}}. "
            "Conditioned medium (2 L per batch) was clarified (2,000 × g, 15 min; 0.45 µm), concentrated "
            "100-fold by {{isolation_method|tangential flow filtration (500 kDa hollow-fibre module)}}, and "
            "fractionated by {{isolation_method,isolation_detail|size-exclusion chromatography on qEV10 "
            "columns}} (Izon). Fractions 1–4 were pooled and concentrated.",
            "{{characterization|Particle size and concentration were measured by NTA (ZetaView PMX-120)}}; "
            "{{characterization|morphology by TEM}} of uranyl-acetate-stained preparations; and "
            "{{characterization,markers|CD9, CD81 and TSG101 (positive) and calnexin (negative) by western "
            "blot}}.",
            ("h", "Administration"),
            f"{{{{timing_post_injury_h|Three hours after injury}}}}, rats received "
            f"{{{{dose|2.0 × 10<sup>10</sup> sEV particles in 10{NB}{MU}L}}}} or 10{NB}{MU}L vehicle (0.1% "
            f"albumin in PBS) {{{{route,route_detail|intrathecally by lumbar puncture}}}} between L5 and L6, "
            "{{frequency|as a single dose}}. The syringe was prepared by a technician not involved in surgery "
            "or assessment.",
            ("h", "Outcome assessment and statistics"),
            "{{reported_blinded_assessment|BBB scoring was done by two trained observers blinded to "
            "allocation}} on days 1, 3, 7, 14, 21, 28, 42 and 56. The primary outcome was the BBB score at day "
            "56, analysed by ANCOVA with the day-1 score as covariate. Data are mean ± SD.",
        ]),
        ("results", "Results", [
            ("h", "Vesicle characterisation"),
            f"{{{{size_nm|NTA gave a modal diameter of 104.5{NB}nm}}}} (mean 118 nm) and 3.1 × 10<sup>11</sup> "
            "particles per mL after concentration. Vesicles were cup-shaped under TEM and positive for CD9, "
            "CD81 and TSG101.",
            ("h", "Animals analysed"),
            "One vehicle rat developed autophagia of the hindpaw in week 2 and was euthanised per protocol; "
            "it is excluded from all analyses, so 11 vehicle and 12 sEV rats were analysed. Sham rats walked "
            "normally at every time point and are not shown.",
            ("h", "Locomotor recovery"),
            "Day-1 scores were similar in both groups (Table 2). sEV-treated rats scored higher from day 14 "
            "onwards; at the primary end point (day 56) the mean BBB was {bbb:sEV@56} in the sEV group and "
            "{bbb:Vehicle@56} in the vehicle group (adjusted difference 2.1 points, 95% CI 0.7–3.5).",
            ("table", "Table 2", "BBB open-field locomotor scores (mean ± SD). Vehicle n = 11, sEV n = 12.",
             {"orient": "cols", "days": _N, "groups": ["Vehicle", "sEV"], "day_fmt": lambda d: f"{d:g}",
              "corner": "Group", "merged": "Days after contusion", "landscape": True,
              "foot": "Day 56 is the prespecified primary end point. One vehicle rat was excluded in week 2 "
                      "(see text)."}),
            ("h", "Lesion histology"),
            "At day 56, CD86<sup>+</sup> macrophages at the lesion border were reduced by 35% and "
            "CD206<sup>+</sup> cells increased by 28% in sEV rats.",
        ]),
        ("discussion", "Discussion", [
            "In this randomised, blinded study, a single intrathecal dose of MSC-sEV improved BBB scores by "
            "about two points. {{mechanism|The histology points to macrophage polarisation towards a "
            "pro-regenerative phenotype}} as one mechanism. The effect size is smaller than the 4–6 points "
            "typical of unblinded studies [11], which is expected.",
            "Limitations: one dose level, female rats only, and sEV from three donors pooled.",
        ]),
    ],
    references=[POOL[i] for i in (0, 1, 3, 4, 5, 7, 8, 10, 11, 13, 6, 12)],
    scores=Scores("BBB", "sd", [("Vehicle", "control", 11), ("sEV", "treatment", 12)], {
        "Vehicle": flat("Vehicle", _N, [(0.8, 0.6), (2.1, 1.0), (4.0, 1.3), (6.1, 1.5), (7.4, 1.6), (8.1, 1.7),
                                        (8.6, 1.8), (9.0, 1.8)]),
        "sEV": flat("sEV", _N, [(0.9, 0.7), (2.4, 1.1), (4.6, 1.4), (7.3, 1.6), (8.8, 1.7), (9.7, 1.6),
                                (10.6, 1.7), (11.1, 1.6)]),
    }),
    back=[("Ethics", "Licensed by the Central Authority for Scientific Procedures on Animals (invented "
           "licence number)."),
          ("Competing interests", "{{reported_conflict_of_interest|The authors declare no competing "
           "interests}}."),
          ("Data sharing", "Individual animal data are deposited in an invented repository.")],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------------
# 5. Bukhari et al. 2022 -- a Saudi lab: melatonin-preconditioned rat adipose MSC exosomes
#    beside native ones, right hemisection at T10, one intralesional injection, iodixanol
#    gradient, BBB table continued on the next page with a wrapped "Treatment" column.
# ---------------------------------------------------------------------------------------------
_B = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]
BUKHARI = Study(
    stem="bukhari2022_radmsc_melexo_hemisection_intralesional",
    layout="bulletin",
    title="Melatonin-preconditioned adipose mesenchymal stem cell exosomes enhance functional recovery after "
          "spinal cord hemisection in rats",
    short_title="Melatonin-preconditioned exosomes in SCI",
    authors=[("Hanan", "Bukhari"), ("Faisal", "Al-Otaibi"), ("Reem", "Al-Zahrani"), ("Omar", "Al-Harbi"),
             ("Nouf", "Al-Qahtani")],
    affiliations=["Department of Physiology, College of Medicine, Al-Noor University (invented), Riyadh, "
                  "Saudi Arabia", "Stem Cell Unit, King Fahd Research Centre (invented), Jeddah, Saudi Arabia"],
    journal="Saudi Journal of Neuroscience Research",
    year=2022, volume="27(3)", doi="10.5555/sjnr.2022.27.3.04", pmid="99100405", pmcid="PMC9910405",
    received="2022-04-03",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 250, "high": 300},
        "n_per_group": 10, "injury_model": "hemisection", "injury_level": "T10",
        "source_tissue": "adipose", "source_species": "rat", "modification": "melatonin preconditioning",
        "isolation_method": ["ultracentrifugation", "density_gradient"], "isolation_detail": "100,000 × g 2 h",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "HSP70", "calnexin"],
        "size_nm": {"value": 112.3, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 10, "unit": "ug", "volume_ul": 5, "basis": "protein"},
        "route": "intralesional", "route_detail": "lesion site", "frequency": {"doses": 1, "interval_h": None},
        "timing_post_injury_h": 0, "mechanism": "suppression of NLRP3 inflammasome-mediated pyroptosis",
        "reported_randomisation": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Melatonin preconditioning increases the paracrine activity of mesenchymal stem cells. "
         "We asked whether exosomes from melatonin-preconditioned adipose-derived MSCs (Mel-Exo) are more "
         "effective than native exosomes (Exo) after spinal cord hemisection."),
        ("Methods", "Rats with a right T10 hemisection received an intralesional injection of PBS, Exo or "
         "Mel-Exo. Recovery was followed with the BBB scale for 28 days."),
        ("Results", "On day 28 the BBB score of the SCI + Mel-Exo group was {bbb:SCI + Mel-Exo@28} versus "
         "{bbb:SCI + PBS@28} in the SCI + PBS group. Mel-Exo reduced NLRP3, cleaved caspase-1 and GSDMD-N."),
        ("Conclusion", "Melatonin preconditioning potentiates the effect of ADMSC exosomes."),
    ],
    keywords=["melatonin", "adipose-derived stem cells", "exosomes", "pyroptosis", "hemisection"],
    sections=[
        ("intro", "1. Introduction", [
            "Spinal cord injury (SCI) is a leading cause of disability among young adults in the Gulf region, "
            "mostly due to road traffic accidents [1]. Pyroptosis, an inflammatory form of cell death driven "
            "by the NLRP3 inflammasome, aggravates secondary damage [3].",
            "Exosomes (40–120 nm) derived from adipose mesenchymal stem cells (ADMSCs) have shown "
            "neuroprotective effects [2,11]. Melatonin, a pineal hormone with antioxidant activity, enhances "
            "the survival and secretome of MSCs when added to their culture [9]. In a previous study a dose of "
            f"20{NB}µg exosomes per rat was used locally [10].",
        ]),
        ("methods", "2. Materials and Methods", [
            ("h", "2.1. Animals"),
            "Forty {{sex,strain,species|adult male Sprague-Dawley rats}} ({{body_weight_g|250–300 g}}) were "
            "obtained from the Animal House of the College of Medicine. "
            "{{reported_welfare_compliance|The study was approved by the Animal Research Ethics Committee of "
            "Al-Noor University (ref. ARE-2021-033)}} and conducted in accordance with the National Committee "
            "of Bioethics regulations. {{reported_randomisation|Rats were randomly allocated into four "
            "groups}} {{n_per_group|(n = 10 each)}}: Sham, SCI + PBS, SCI + Exo and SCI + Mel-Exo.",
            ("h", "2.2. ADMSC culture and melatonin preconditioning"),
            "{{source_tissue,source_species|ADMSCs were isolated from the inguinal fat pads of donor rats}} by "
            "collagenase type I digestion and expanded to passage 3. "
            "{{modification|For preconditioning, ADMSCs were incubated with 1 µM melatonin for 24 h}} before the "
            "medium was replaced with exosome-depleted medium.",
            ("h", "2.3. Exosome isolation"),
            "Conditioned medium was collected after 48 h and centrifuged sequentially at 300 × g, 2,000 × g and "
            "10,000 × g. Exosomes were pelleted by {{isolation_method,isolation_detail|ultracentrifugation at "
            "100,000 × g for 2 h}} and further purified on {{isolation_method|an iodixanol (OptiPrep) density "
            "gradient}}; the 1.10–1.12 g/mL fractions were collected, washed and quantified by the "
            "micro-BCA method.",
            "{{characterization|Exosomes were characterised by TEM}}, {{characterization|NTA (NanoSight "
            "LM10)}} and {{characterization,markers|immunoblotting for CD9, CD63 and HSP70, with calnexin as "
            "a negative marker}}.",
            ("h", "2.4. Hemisection and treatment"),
            "Under ketamine/xylazine anaesthesia, a laminectomy was performed and "
            "{{injury_model,injury_level|a right lateral hemisection was made at the T10 level}} with a "
            "microscalpel. {{timing_post_injury_h,route,route_detail,dose|Immediately after hemisection, "
            f"10{NB}µg of exosomes in 5{NB}µL PBS were injected into the lesion site}}}} with a Hamilton syringe "
            "(2.5 µL rostral and 2.5 µL caudal to the cut); {{frequency|no further injections were given}}. The "
            "SCI + PBS group received 5 µL PBS.",
            ("h", "2.5. Behavioural evaluation"),
            "Hindlimb locomotion (ipsilateral side) was assessed with the BBB scale on days 1, 3, 7, 14, 21 and "
            "28. Results are presented as mean ± SEM and were analysed using one-way ANOVA with Tukey's post "
            "hoc test at each time point (SPSS 25).",
        ]),
        ("results", "3. Results", [
            ("h", "3.1. Exosome characterisation"),
            "Exosomes appeared as cup-shaped vesicles under TEM. "
            f"{{{{size_nm|The mean size of the exosomes was 112.3 ± 5.1{NB}nm by NTA}}}}, with no difference "
            "between Exo and Mel-Exo preparations. The yield of Mel-Exo was 1.6-fold higher.",
            ("h", "3.2. Functional recovery"),
            "Table 1 shows the BBB scores. Ipsilateral hindlimb scores dropped to near zero on day 1 in all "
            "injured groups. From day 7, the SCI + Mel-Exo group recovered significantly better than the SCI + "
            "PBS group, and from day 14 better than the SCI + Exo group.",
            ("table", "Table 1", "BBB scores (ipsilateral hindlimb) of the experimental groups; mean ± SEM, "
             "n = 10 per group.",
             {"orient": "cols", "days": _B, "groups": ["Sham", "SCI + PBS", "SCI + Exo", "SCI + Mel-Exo"],
              "day_fmt": lambda d: f"D{d:g}", "corner": "Group", "split": 2,
              "extra": ("Treatment", {
                  "Sham": "Laminectomy only, no hemisection, no injection",
                  "SCI + PBS": "Right T10 hemisection; 5 µL PBS into the lesion immediately after injury",
                  "SCI + Exo": "Right T10 hemisection; 10 µg native ADMSC exosomes in 5 µL PBS into the lesion",
                  "SCI + Mel-Exo": "Right T10 hemisection; 10 µg exosomes from melatonin-preconditioned "
                                   "ADMSCs in 5 µL PBS into the lesion"}),
              "foot": "D, day after injury. Statistical comparisons are given in the text."}),
            ("h", "3.3. Pyroptosis markers"),
            "NLRP3, cleaved caspase-1 and GSDMD-N protein levels in the lesion at day 7 were lowest in the SCI "
            "+ Mel-Exo group, and IL-1β and IL-18 decreased accordingly.",
        ]),
        ("discussion", "4. Discussion", [
            "{{mechanism|Mel-Exo most likely act through suppression of NLRP3 inflammasome-mediated "
            "pyroptosis}}, as shown by the protein data. Earlier work reported that native exosomes raised "
            "BBB scores by 3–4 points after contusion [5]; the larger effect here may reflect the local route.",
            "We did not blind the assessors, which is a limitation, and the cargo responsible for the effect "
            "was not identified.",
        ]),
    ],
    references=[POOL[i] for i in (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 14)],
    scores=Scores("BBB", "sem", [("Sham", "sham", 10), ("SCI + PBS", "control", 10), ("SCI + Exo", "other", 10),
                                 ("SCI + Mel-Exo", "treatment", 10)], {
        "Sham": flat("Sham", _B, [(20.8, 0.1), (20.9, 0.1), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)]),
        "SCI + PBS": flat("SCI + PBS", _B, [(0.9, 0.3), (2.4, 0.4), (4.6, 0.5), (6.9, 0.6), (8.2, 0.6), (9.0, 0.7)]),
        "SCI + Exo": flat("SCI + Exo", _B, [(1.0, 0.3), (2.8, 0.4), (5.5, 0.5), (8.1, 0.6), (9.6, 0.7), (10.5, 0.7)]),
        "SCI + Mel-Exo": flat("SCI + Mel-Exo", _B, [(1.1, 0.3), (3.2, 0.5), (6.6, 0.5), (9.8, 0.6),
                                                     (11.9, 0.7), (13.2, 0.6)]),
    }),
    back=[("Ethics approval", "Animal Research Ethics Committee, Al-Noor University (invented)."),
          ("Conflict of interest", "{{reported_conflict_of_interest|None of the authors has any conflict of "
           "interest to declare}}.")],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------------
# 6. Halloran et al. 2019 -- a US neurotrauma lab: human placenta MSC EVs, Infinite Horizon
#    150 kdyn at T10, tail vein at 2 h and 24 h, BBB time course only in a line plot; numbers
#    written in the results text (day 7) and in the figure legend (day 42).
# ---------------------------------------------------------------------------------------------
_U = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0, 35.0, 42.0]
HALLORAN = Study(
    stem="halloran2019_hpmsc_ev_ih_tailvein_twodose",
    layout="twocol",
    title="Placental mesenchymal stromal cell extracellular vesicles preserve the blood–spinal cord barrier "
          "and improve open-field locomotion after contusive spinal cord injury",
    short_title="Placental MSC EVs and BSCB after SCI",
    authors=[("Kathleen M.", "Halloran"), ("Derek J.", "Whitfield"), ("Priya", "Raman"), ("Luis A.", "Ortega"),
             ("Jennifer L.", "Brooks")],
    affiliations=["Department of Neurological Surgery, Great Lakes University School of Medicine (invented), "
                  "Cleveland, OH, USA", "Center for Neural Repair (invented), Cleveland, OH, USA"],
    journal="Journal of Neurotrauma Methods and Therapeutics",
    year=2019, volume="36(18):2544–2557", doi="10.5555/jnmt.2019.6342", pmid="99100406", pmcid="PMC9910406",
    received="2019-02-27",
    values={
        "species": "rat", "strain": "Long-Evans", "sex": "female", "body_weight_g": {"low": 225, "high": 250},
        "n_per_group": 9, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor",
        "injury_level": "T10", "source_tissue": "placenta", "source_species": "human",
        "isolation_method": ["ultrafiltration", "ultracentrifugation"], "isolation_detail": "110,000 × g 2 h",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD63", "CD81", "TSG101", "calnexin"],
        "size_nm": {"value": 131.7, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 50, "unit": "ug", "volume_ul": 300, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein", "frequency": {"doses": 2, "interval_h": 22},
        "timing_post_injury_h": 2, "mechanism": "preservation of the blood–spinal cord barrier via pericyte coverage",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Disruption of the blood–spinal cord barrier (BSCB) after spinal cord injury (SCI) permits "
         "infiltration of blood-borne cells and molecules that worsen secondary injury. We tested whether "
         "extracellular vesicles (EVs) from human placental mesenchymal stromal cells (hPMSC) protect the BSCB. "
         "Female Long-Evans rats received a moderate thoracic contusion and two intravenous doses of hPMSC-EVs "
         "or vehicle. EV treatment reduced Evans blue extravasation at 24 and 72 h, preserved pericyte "
         "coverage of microvessels and improved BBB scores over 6 weeks. These data support further "
         "development of placental EVs for acute SCI."),
    ],
    keywords=["extracellular vesicles", "placenta", "blood–spinal cord barrier", "pericytes", "contusion"],
    sections=[
        ("intro", "Introduction", [
            "The blood–spinal cord barrier (BSCB) is disrupted within minutes of a contusion and remains leaky "
            "for weeks [6]. Pericytes, which regulate capillary permeability, detach early after injury [16].",
            "Extracellular vesicles (EVs) secreted by mesenchymal stromal cells are typically 50–150 nm in "
            "diameter and cross biological barriers [2]. EVs from bone marrow MSCs were reported to reduce "
            "BSCB leakage when given at 200 µg [5], and a meta-analysis found a pooled BBB improvement of about "
            "3 points [11]. Placenta is an abundant, ethically uncomplicated source of MSCs.",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Animals"),
            "{{reported_welfare_compliance|All procedures were approved by the Institutional Animal Care and "
            "Use Committee (IACUC) of Great Lakes University}} (protocol 2016-0217) and complied with the NIH "
            "Guide for the Care and Use of Laboratory Animals. "
            "{{sex,strain,species|Adult female Long-Evans rats}} ({{body_weight_g|225–250 g}}; invented vendor) "
            "were housed two per cage.",
            "{{reported_randomisation|Rats were assigned to "
            "treatment using a random sequence generator}} after injury ({{n_per_group|n = 9/group}} for "
            "behavior; separate cohorts of n = 5 for Evans blue at each time point).",
            ("h", "Contusion injury"),
            "Rats were anesthetized with isoflurane (4% induction, 2% maintenance). After a {{injury_level|T10}} "
            "laminectomy, {{injury_model,injury_device|a 150-kdyn contusion was delivered with the Infinite "
            "Horizon impactor}} (Precision Systems and Instrumentation) with the spine stabilized by the "
            "T9 and T11 spinous processes. Actual force and displacement were recorded for every animal.",
            ("h", "hPMSC culture and EV isolation"),
            "{{source_tissue,source_species|Human placental MSCs were isolated from the chorionic villi of "
            "term placentas}} (de-identified, IRB-exempt) and expanded to passage 5. EVs were harvested from "
            "serum-free conditioned medium (48 h). After removal of cells and debris (500 × g, 10 min; 10,000 × g, "
            "30 min), the medium was concentrated using {{isolation_method|Centricon Plus-70 100-kDa "
            "centrifugal filters}} and EVs were pelleted {{isolation_method,isolation_detail|at 110,000 × g for "
            "2 h}} (Type 45 Ti rotor), washed once in PBS and repelleted.",
            "{{characterization|EV size and concentration were determined with a NanoSight NS300 "
            "(nanoparticle tracking analysis)}}; {{characterization|morphology by transmission electron "
            "microscopy}}; and {{characterization,markers|the presence of CD63, CD81 and TSG101 and the "
            "absence of calnexin by Western blot}}. Protein was measured by micro-BCA.",
            ("h", "EV administration"),
            "Rats received {{dose|50 µg EV protein in 300 µL sterile saline}} or saline alone "
            "{{route,route_detail|via the lateral tail vein}}. "
            "{{frequency,timing_post_injury_h|Injections were given at 2 h and again at 24 h post-injury}}.",
            ("h", "Behavioral analysis"),
            "{{reported_blinded_assessment|Open-field locomotion was scored using the BBB scale by two raters "
            "blinded to treatment}} on days 1, 3, 7, 14, 21, 28, 35 and 42. Data are reported as mean ± SEM "
            "and were analyzed by repeated-measures two-way ANOVA with Holm–Sidak post hoc tests.",
        ]),
        ("results", "Results", [
            ("h", "EV characterization"),
            f"{{{{size_nm|hPMSC-EVs had a mean diameter of 131.7 ± 6.2{NB}nm}}}} (mode 112 nm) by NTA, and "
            "a yield of about 4 × 10<sup>9</sup> particles per million cells. TEM showed cup-shaped vesicles.",
            ("h", "BSCB integrity"),
            "Evans blue extravasation at 24 h was 41% lower in EV-treated rats than in vehicle rats "
            "(P = 0.004), and PDGFRβ<sup>+</sup> pericyte coverage of CD31<sup>+</sup> vessels was preserved "
            "at 72 h.",
            ("h", "Locomotor recovery"),
            "Both groups were near-paralyzed on day 1. By day 7, EV-treated rats already scored higher "
            "({bbb:hPMSC-EV@7}) than vehicle-treated rats ({bbb:Vehicle@7}; P < 0.05), and the difference "
            "persisted to the end of the study (Figure 3).",
            ("figure", "Figure 3", "BBB open-field scores over 6 weeks. EV-treated rats scored higher than "
             "vehicle controls from day 7 (two-way RM ANOVA, P < 0.001 for treatment). At day 42, hPMSC-EV: "
             "{bbb:hPMSC-EV@42}; Vehicle: {bbb:Vehicle@42}. Mean ± SEM, n = 9 per group.",
             {"days": _U, "groups": ["Vehicle", "hPMSC-EV"]}),
        ]),
        ("discussion", "Discussion", [
            "Two intravenous doses of placental MSC EVs reduced early BSCB leakage and improved locomotion. "
            "{{mechanism|We propose that the EVs act through preservation of the blood–spinal cord barrier via "
            "pericyte coverage}} of capillaries, limiting secondary inflammation.",
            "Our 50 µg dose is lower than the 100–200 µg often used [5,11]. We did not test a single injection, "
            "so we cannot say whether the second dose was necessary.",
        ]),
    ],
    references=[POOL[i] for i in (0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14, 15)] + [
        "Quist P, Halvorsen M. Pericyte loss after contusive spinal cord injury. Cord Vasc Res. 2017;4:66–79."],
    scores=Scores("BBB", "sem", [("Vehicle", "control", 9), ("hPMSC-EV", "treatment", 9)], {
        "Vehicle": flat("Vehicle", _U, [(0.6, 0.2), (1.8, 0.4), (3.4, 0.5), (5.6, 0.6), (6.9, 0.6), (7.6, 0.7),
                                        (8.0, 0.7), (8.3, 0.6)]),
        "hPMSC-EV": flat("hPMSC-EV", _U, [(0.7, 0.3), (2.3, 0.4), (4.8, 0.5), (7.4, 0.6), (9.0, 0.7),
                                          (9.8, 0.6), (10.3, 0.7), (10.7, 0.6)]),
    }),
    back=[("Author disclosure statement", "{{reported_conflict_of_interest|No competing financial interests "
           "exist}}."),
          ("Funding information", "Invented foundation award NR-2016-118.")],
    notes=["BBB time course (days 1-42) is reported in a line plot (Figure 3); only the day-7 values in the "
           "text and the day-42 values in the legend are written as numbers."],
    footnote=FOOTNOTE,
)

STUDIES = [HOOGENDIJK, BUKHARI, HALLORAN]
