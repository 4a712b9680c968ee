"""Chorus studies, part 1: a multi-experiment paper, a Letter, a translated paper, and a
three-way comparison (exosomes vs parent cells vs a drug). Everything here is invented."""

from __future__ import annotations

from extgen.common import FOOTNOTE, GMU, MU, NB, POOL, TH
from extgen.model import Scores

from chorusgen.markup import Chorus

# --------------------------------------------------------------------------------------
# 1. High-impact multi-experiment paper: in vitro first, then three in-vivo cohorts;
#    Results before Methods; native vesicles; cohort sizes differ (BBB cohort n = 12).
# --------------------------------------------------------------------------------------

NDLOVU_DAYS = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]
NDLOVU = Chorus(
    stem="ndlovu2024_hucmsc_sev_microglia_multicohort",
    layout="twocol",
    title="Umbilical cord stromal-cell small extracellular vesicles reprogram spinal microglia: "
          "from primed microglial cultures to contused rat cords",
    short_title="Ndlovu et al. · sEVs and spinal microglia",
    authors=[("Sipho T.", "Ndlovu"), ("Charlotte", "Vermeulen"), ("Kagiso", "Mokoena"),
             ("Hui", "Tang"), ("Rajesh", "Menon"), ("Anneke", "de Villiers")],
    affiliations=["Neuroregeneration Unit, Highveld Institute of Biomedicine, Pretoria (invented)",
                  "Vesicle Core Facility, Karoo University, Stellenbosch (invented)"],
    journal="Cell Vesicle Medicine",
    year=2024,
    volume="9(3):e2412",
    doi="10.5555/cvm.2024.e2412",
    pmid="99200101",
    pmcid="PMC99200101",
    received="2023-10-02",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 220, "high": 260}, "n_per_group": 12,
        "injury_model": "contusion", "injury_device": "Infinite Horizon impactor", "injury_level": "T10",
        "source_tissue": "umbilical_cord", "source_species": "human", "modification": "none",
        "isolation_method": ["ultrafiltration", "ultracentrifugation"],
        "isolation_detail": "120,000 g 90 min",
        "characterization": ["TEM", "NTA", "western_blot"],
        "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 112.6, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 500, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 2.0,
        "mechanism": "NLRP3 inflammasome inhibition in microglia",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Microglia set the tone of secondary injury after spinal cord trauma. We asked whether "
               "small extracellular vesicles (sEVs) released by {{source_tissue,source_species|human umbilical "
               "cord mesenchymal stromal cells}} (hUC-MSCs) change microglial state in culture and in "
               "the injured cord. In primed BV2 "
               "and primary microglia, sEVs lowered NLRP3, cleaved caspase-1 and IL-1β. In female rats with "
               "a thoracic contusion, a single intravenous dose given 2 h after injury improved open-field "
               "locomotion over four weeks, reduced the lesion volume and shifted Iba1<sup>+</sup> cells "
               "towards a ramified morphology. Our data place "
               "{{mechanism|inhibition of the NLRP3 inflammasome in microglia}} at the centre of the "
               "benefit."),
    ],
    keywords=["extracellular vesicles", "microglia", "NLRP3", "spinal cord injury", "umbilical cord"],
    sections=[
        ("intro", "Introduction", [
            "After a contusion, resident microglia and infiltrating macrophages release IL-1β and IL-18 "
            "within hours, and the inflammasome machinery that processes them stays active for weeks [3,7]. "
            "Vesicles shed by mesenchymal stromal cells carry proteins and RNAs able to damp this response "
            "[2,15]. By convention such vesicles measure 30–150 nm and are enriched in tetraspanins [4], "
            "and in earlier rat work doses of 200–400 µg protein were common [11].",
            "We first mapped the effect of hUC-MSC sEVs on primed microglia in vitro, then tested them in "
            "three independent in-vivo cohorts: a locomotor cohort, a histology cohort and a "
            "biodistribution cohort.",
        ]),
        ("results", "Results", [
            ("h", "hUC-MSC sEVs have the expected size and markers"),
            "Particles from conditioned medium were cup-shaped in electron micrographs and "
            "{{size_nm|the size distribution measured by NTA had a mode of 112.6 nm}} (Supplementary "
            "Fig. S1). Western blots were positive for "
            "{{markers|CD9, CD63 and TSG101, whereas calnexin was not detected}}.",
            ("h", "sEVs quiet primed microglia in vitro"),
            "BV2 cells primed with LPS (1 µg/mL, 4 h) and ATP (5 mM, 30 min) were exposed to sEVs at "
            "10, 25 or 50 µg/mL for 24 h. At 50 µg/mL, NLRP3 protein fell by 58% and cleaved caspase-1 by "
            "47% (n = 4 cultures). Primary microglia from neonatal rat pups responded in the same way.",
            ("h", "Cohort A: a single dose improves locomotion"),
            "All rats scored 0–1 on the BBB scale on day 1, without group differences. From day 7 the "
            "sEV group separated from the vehicle group: on day 14 the scores were "
            "{sc:SCI + sEV@14.0|lab} and {sc:SCI + PBS@14.0|lab}, and by day 28 the sEV-treated rats "
            "reached {bbb:SCI + sEV@28.0} compared with {bbb:SCI + PBS@28.0} after PBS (Table 1). "
            "Sham-operated rats stayed at {sc:Sham@28.0|bare} throughout. Coordination, as rated by the "
            "BBB subscore (0–13), was 7.8 ± 0.9 versus 4.1 ± 0.8 on day 28 (Supplementary Table S3).",
            ("table", "Table 1", "BBB locomotor scores of cohort A (mean ± SEM; n = 12 per group).",
             {"orient": "cols", "days": NDLOVU_DAYS, "groups": ["Sham", "SCI + PBS", "SCI + sEV"],
              "day_fmt": lambda d: f"D{d:g}", "corner": "Group",
              "foot": "Two-way repeated-measures ANOVA with Sidak's test; D = day post-injury."}),
            ("h", "Cohort B: smaller lesions and ramified microglia"),
            "In cohort B (n = 6 per group), Iba1<sup>+</sup> cells 2 mm rostral to the epicentre were "
            "more ramified after sEVs, and the GFAP-negative lesion core was 31% smaller on day 28.",
            ("h", "Cohort C: sEVs reach the lesion"),
            "DiR-labelled sEVs accumulated in the liver and spleen, with a distinct signal over the "
            "lesion 24 h after injection (n = 4 rats).",
            ("figure", "Fig. 5",
             "Time course of the BBB score in cohort A. On day 21, SCI + sEV {sc:SCI + sEV@21.0|pm} vs "
             "SCI + PBS {sc:SCI + PBS@21.0|pm}. Mean ± SEM.",
             {"days": NDLOVU_DAYS, "groups": ["Sham", "SCI + PBS", "SCI + sEV"]}),
        ]),
        ("discussion", "Discussion", [
            "One intravenous dose, given at a clinically plausible delay, was enough to change the "
            "course of recovery. Earlier studies gave larger amounts, for example 200 µg on three "
            "consecutive days [5], and some reported vesicles with a mean of 86 nm by TEM [14]; our "
            "mode is larger because NTA under-counts the smallest particles [14].",
            "The in-vitro concentrations (up to 50 µg/mL) cannot be translated directly to the in-vivo "
            "dose. Limitations include the use of female rats only and a four-week follow-up.",
        ]),
        ("methods", "Methods", [
            ("h", "Cells and vesicles"),
            "hUC-MSCs (passages 3–5) were grown to 80% confluence and switched to serum-free medium for "
            "48 h. The medium was cleared at 300 × g and 2000 × g, concentrated on "
            "{{isolation_method|100 kDa centrifugal filters}} and "
            f"{{{{isolation_method,isolation_detail|ultracentrifuged at 120{TH}000 × g for 90 min}}}} "
            "(Type 70 Ti rotor, 4 °C). Protein was measured by BCA. "
            "{{modification|Native sEVs, without any loading or preconditioning of the parent cells}}, "
            "were used in every experiment.",
            "Particle size and concentration were read on a NanoSight NS300; morphology was imaged by "
            "{{characterization|transmission electron microscopy, nanoparticle tracking analysis and "
            "western blotting}}.",
            ("h", "Animals and contusion"),
            f"{{{{species,strain,sex|Female Sprague{NB}Dawley rats}}}} "
            "{{body_weight_g|(220–260 g)}} were obtained from the institutional breeding colony. "
            "Under isoflurane anaesthesia (induction 4%, maintenance 2%), a laminectomy exposed the cord "
            "and a {{injury_model,injury_device|150-kdyn contusion was delivered with an Infinite Horizon "
            "impactor}} {{injury_level|at T10}}. Buprenorphine (0.05 mg/kg) and enrofloxacin (5 mg/kg) "
            "were given for 3 days.",
            ("h", "Design of the in-vivo cohorts"),
            "Cohort A (locomotion) had {{n_per_group|12 rats per group}} (Sham, SCI + PBS, SCI + sEV); "
            "cohort B (histology) 6 per group; cohort C (biodistribution) 4 rats. "
            "{{reported_randomisation|Rats were allocated to groups with a computer-generated random "
            "sequence}}. "
            "{{dose,route,route_detail,timing_post_injury_h,frequency|A single dose of 100 µg sEVs in "
            "500 µL PBS was injected into the tail vein 2 h after injury}}; controls received 500 µL PBS.",
            ("h", "Behaviour and histology"),
            "{{reported_blinded_assessment|Two observers unaware of group allocation}} scored open-field "
            "locomotion on the Basso–Beattie–Bresnahan scale on days 1, 3, 7, 14, 21 and 28. Sections were "
            "stained with rabbit anti-Iba1 (1:500), mouse anti-GFAP (1:800) and goat anti-rabbit Alexa "
            "Fluor 488 (1:1000).",
        ]),
    ],
    references=POOL[:16],
    scores=Scores(
        outcome="BBB", err="sem",
        groups=[("Sham", "sham", 12), ("SCI + PBS", "control", 12), ("SCI + sEV", "treatment", 12)],
        values={
            "Sham": dict(zip(NDLOVU_DAYS, [(21.0, 0.0)] * 6, strict=True)),
            "SCI + PBS": dict(zip(NDLOVU_DAYS, [(0.4, 0.2), (1.6, 0.4), (3.9, 0.5), (5.8, 0.6), (7.1, 0.5),
                                                (7.9, 0.5)], strict=True)),
            "SCI + sEV": dict(zip(NDLOVU_DAYS, [(0.5, 0.2), (2.1, 0.4), (5.6, 0.6), (8.4, 0.7), (10.2, 0.6),
                                                (11.4, 0.6)], strict=True)),
        },
    ),
    back=[
        ("Ethics", "{{reported_welfare_compliance|All procedures were approved by the Highveld Institute "
                   "Animal Ethics Committee (protocol HIB-22-041)}} and are reported following ARRIVE 2.0."),
        ("Competing interests", "{{reported_conflict_of_interest|The authors declare no competing "
                                "interests}}."),
    ],
    footnote=FOOTNOTE,
)

# --------------------------------------------------------------------------------------
# 2. Letter / short report: almost no methods, BBB only in prose, weeks.
# --------------------------------------------------------------------------------------

REZAEI = Chorus(
    stem="rezaei2021_rbmsc_exo_letter_clip",
    layout="single",
    title="Repeated exosome dosing after clip compression of the rat spinal cord: a short report",
    short_title="Rezaei & Nouri · Letter",
    authors=[("Parisa", "Rezaei"), ("Babak", "Nouri"), ("Leyla", "Sadeghi")],
    affiliations=["Department of Anatomical Sciences, Alborz Medical Faculty, Karaj (invented)"],
    journal="Letters in Spinal Research",
    year=2021,
    volume="14:L33–L36",
    doi="10.5555/lsr.2021.l33",
    pmid="99200102",
    pmcid="PMC99200102",
    received="2021-03-15",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male", "n_per_group": 8,
        "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T8",
        "source_tissue": "bone_marrow", "source_species": "rat",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "ExoQuick-TC",
        "size_nm": {"value": 90, "low": None, "high": None, "stat": None, "method": "NTA"},
        "dose": {"amount": 2e10, "unit": "particles", "volume_ul": None, "basis": "particles"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 3, "interval_h": 24}, "timing_post_injury_h": 24.0,
        "reported_blinded_assessment": True, "reported_conflict_of_interest": True,
    },
    abstract=[(None, "A brief report on whether three daily tail-vein doses of rat bone marrow MSC exosomes "
                     "help male Wistar rats after clip compression.")],
    keywords=["exosomes", "clip compression", "letter"],
    sections=[
        ("intro", "To the Editor", [
            "Most rat studies of stromal-cell exosomes use one injection right after a contusion [5,11]. "
            "Compression injuries, which resemble burst fractures more closely, have been tested less "
            "often, and the usual 30–150 nm size window [2] tells little about what is actually injected.",
        ]),
        ("methods", "What we did", [
            "{{species,strain,sex|Adult male Wistar rats}} underwent a "
            "{{injury_model,injury_device|30-g aneurysm clip compression}} "
            "{{injury_level|of the T8 segment}} (1 min) under ketamine/xylazine (80/10 mg/kg). "
            "Exosomes from rat BMSCs ({{source_tissue,source_species|rBMSC-Exos}}) were precipitated with "
            "{{isolation_method,isolation_detail|ExoQuick-TC}} and measured "
            "{{size_nm|at about 90 nm by NTA}}. Beginning "
            "{{timing_post_injury_h,frequency|24 h after injury, rats received one dose a day for three "
            "days}} ({{dose,route,route_detail|2 × 10<sup>10</sup> particles via the tail vein}}) or PBS "
            "({{n_per_group|n = 8 each}}). Full methods are in the Supplementary Material.",
        ]),
        ("results", "What we saw", [
            "{{reported_blinded_assessment|Two raters blind to treatment}} scored the BBB scale weekly. "
            "At week 2 the exosome group scored {sc:rBMSC-Exos@14.0|lab} and the PBS group "
            "{sc:PBS@14.0|lab}. By week 6, rBMSC-Exos rats reached {sc:rBMSC-Exos@42.0|lab}, whereas the "
            "PBS rats plateaued at {sc:PBS@42.0|lab} (P < 0.01, two-way ANOVA). Weekly curves are shown "
            "in Fig. 1.",
            ("figure", "Fig. 1", "Weekly BBB scores (mean ± SEM, n = 8 per group).",
             {"days": [7.0, 14.0, 21.0, 28.0, 35.0, 42.0], "groups": ["PBS", "rBMSC-Exos"], "x": "weeks"}),
        ]),
        ("discussion", "Comment", [
            "The benefit is smaller than the 5-point gains reported after a single 200 µg bolus [5], "
            "perhaps because compression spares fewer axons. Our report is limited by its size and by "
            "the lack of a histological end point.",
        ]),
    ],
    references=[POOL[1], POOL[4], POOL[10]],
    scores=Scores(
        outcome="BBB", err="sem",
        groups=[("PBS", "control", 8), ("rBMSC-Exos", "treatment", 8)],
        values={
            "PBS": {7.0: (2.1, 0.4), 14.0: (3.8, 0.4), 21.0: (4.9, 0.5), 28.0: (5.6, 0.5), 35.0: (6.0, 0.5),
                    42.0: (6.2, 0.5)},
            "rBMSC-Exos": {7.0: (2.6, 0.5), 14.0: (5.0, 0.5), 21.0: (7.1, 0.6), 28.0: (8.7, 0.6),
                           35.0: (10.0, 0.7), 42.0: (10.9, 0.7)},
        },
    ),
    back=[("Conflict of interest", "{{reported_conflict_of_interest|None declared}}.")],
    notes=["BBB at weeks 1, 3, 4 and 5 is reported only in a line plot (Fig. 1)."],
    footnote=FOOTNOTE,
)

# --------------------------------------------------------------------------------------
# 3. A paper translated from Spanish: decimal commas, dot thousands, unusual word order.
# --------------------------------------------------------------------------------------

SEPULVEDA_DAYS = [3.0, 7.0, 14.0, 21.0, 28.0, 35.0]
SEPULVEDA = Chorus(
    stem="sepulveda2022_rbmsc_exo_translated_weightdrop",
    layout="twocol",
    title="Effect of the exosomes of mesenchymal stem cells of bone marrow on the functional recovery "
          "of rats with lesion medullary by contusion",
    short_title="Sepúlveda-Araya et al.",
    authors=[("María José", "Sepúlveda-Araya"), ("Tomás", "Ulloa"), ("Camila", "Retamal"),
             ("Ignacio", "Vergara")],
    affiliations=["Laboratorio de Neurociencias, Universidad del Desierto Austral, Antofagasta (invented)"],
    journal="Revista Iberoamericana de Neurotrauma Experimental",
    year=2022,
    volume="31(2):115–124",
    doi="10.5555/rine.2022.31.115",
    pmid="99200103",
    pmcid="PMC99200103",
    received="2021-11-30",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 250, "high": 280}, "n_per_group": 10,
        "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T9-T10",
        "source_tissue": "bone_marrow", "source_species": "rat",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 g 70 min",
        "characterization": ["TEM", "DLS", "western_blot"], "markers": ["CD63", "CD81", "HSP70"],
        "size_nm": {"value": 134.7, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 100, "unit": "ug_per_kg", "volume_ul": None, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 4, "interval_h": 48}, "timing_post_injury_h": 6.0,
        "mechanism": "reduction of apoptosis via Bcl-2/Bax",
        "reported_welfare_compliance": True,
    },
    abstract=[
        ("Objective", "To evaluate the effect of the exosomes derived of the mesenchymal stem cells of bone "
                      "marrow of rat (rBMSC-Exo) on the recovery locomotor after the lesion medullary."),
        ("Methods", "Rats females received rBMSC-Exo or saline solution by via intravenous ; the function "
                    "was evaluated with the scale BBB during 5 weeks."),
        ("Results", "At the day 35 the group rBMSC-Exo presented a score BBB of "
                    "{sc:rBMSC-Exo@35.0|comma}, superior to the group control ({sc:SF@35.0|comma})."),
        ("Conclusion", "The rBMSC-Exo improve the recovery functional ; the mechanism probable is "
                       "antiapoptotic."),
    ],
    keywords=["exosomes", "mesenchymal stem cells", "spinal cord injury", "apoptosis"],
    sections=[
        ("intro", "Introduction", [
            "The lesion medullary traumatic (LMT) produces a loss of the function motor and sensitive that, "
            "in the majority of the cases, is permanent [1]. The exosomes, vesicles of 40 to 160 nm of "
            "diameter according to the literature [2], transport proteins and microRNA between cells. In "
            "previous works was used doses of 200 µg by animal [5].",
        ]),
        ("methods", "Material and methods", [
            ("h", "Animals"),
            "Were used 40 {{species,strain,sex|rats Sprague Dawley females}}, of "
            "{{body_weight_g|250–280 g of weight}}, maintained with water and food ad libitum. "
            "{{reported_welfare_compliance|The protocol was approved by the Committee of Bioethics of the "
            "University (act N° 14/2020)}} . The animals were distributed in 4 groups "
            "({{n_per_group|n = 10 for group}}) : sham, lesion, lesion + saline solution (SF) and "
            "lesion + rBMSC-Exo.",
            ("h", "Obtention of the exosomes"),
            "The {{source_tissue,source_species|mesenchymal stem cells were isolated of the bone marrow of "
            "femurs of rats}} of 4 weeks. The medium conditioned (48 h, without serum) was centrifuged at "
            "2.000 g during 20 min and at 10.000 g during 30 min, and finally "
            "{{isolation_method,isolation_detail|ultracentrifuged at 100.000 g during 70 minutes}} (two "
            "times). The pellet was resuspended in PBS and the protein quantified by Bradford.",
            "The characterization included "
            "{{characterization|microscopy electronic of transmission, dispersion dynamic of light (DLS) "
            "and western blot}} for {{markers|CD63, CD81 and HSP70}}. "
            "{{size_nm|The diameter hydrodynamic average was of 134,7 nm}} (DLS).",
            ("h", "Model of lesion"),
            "Under anaesthesia with ketamine (90 mg/kg) and xylazine (10 mg/kg) was realised laminectomy "
            "and the lesion was produced by "
            "{{injury_model,injury_device|fall of weight (method of Allen modified; 10 g from 25 mm)}} "
            "{{injury_level|at the level T9–T10}}.",
            ("h", "Treatment"),
            "{{timing_post_injury_h|At the 6 hours post-lesion}} was administered "
            "{{dose|100 µg/kg of body weight of rBMSC-Exo}} "
            "{{route,route_detail|by the vein of the tail}}, "
            "{{frequency|each 48 hours during one week (4 administrations in total)}}. The group SF received "
            "the same volume of saline solution.",
            ("h", "Evaluation functional"),
            "The scale of Basso, Beattie and Bresnahan (BBB; 0 to 21 points) was applied the days 3, 7, 14, "
            "21, 28 and 35. The statistic was realised with ANOVA of two ways; P < 0,05 was considered "
            "significant.",
        ]),
        ("results", "Results", [
            "All the animals lesioned presented paraplegia in the first 24 h (BBB 0–1). From the day 14 the "
            "group rBMSC-Exo showed scores superior: {sc:rBMSC-Exo@14.0|comma} against "
            "{sc:SF@14.0|comma} in the group SF. At the day 35 the values were of {sc:rBMSC-Exo@35.0|comma} "
            "and {sc:SF@35.0|comma} , respectively; the group lesion without treatment obtained "
            "{sc:Lesion@35.0|comma}. The complete values are in the Table 1.",
            ("table", "Table 1", "Score BBB by group and day (average ± DE; n = 10).",
             {"orient": "rows", "days": SEPULVEDA_DAYS, "groups": ["Sham", "Lesion", "SF", "rBMSC-Exo"],
              "day_fmt": lambda d: f"Day {d:g}", "corner": "Day",
              "foot": "DE: deviation standard. SF: saline solution."}),
            "The relation Bax/Bcl-2 in the epicentre diminished in 42 % in the group treated.",
        ]),
        ("discussion", "Discussion", [
            "Our results coincide with those of other groups that reported scores of 12 to 14 points with "
            "doses superior [5,11]. The reduction of the apoptosis through the axis "
            "{{mechanism|Bcl-2/Bax}} would explain part of the effect.",
        ]),
    ],
    references=POOL[:12],
    scores=Scores(
        outcome="BBB", err="sd",
        groups=[("Sham", "sham", 10), ("Lesion", "control", 10), ("SF", "control", 10),
                ("rBMSC-Exo", "treatment", 10)],
        values={
            "Sham": dict(zip(SEPULVEDA_DAYS, [(20.8, 0.4), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0),
                                              (21.0, 0.0)], strict=True)),
            "Lesion": dict(zip(SEPULVEDA_DAYS, [(1.2, 0.6), (2.9, 1.0), (4.6, 1.2), (5.9, 1.3), (6.8, 1.4),
                                                (7.2, 1.3)], strict=True)),
            "SF": dict(zip(SEPULVEDA_DAYS, [(1.1, 0.7), (3.1, 1.1), (4.8, 1.3), (6.0, 1.2), (6.9, 1.5),
                                            (7.4, 1.4)], strict=True)),
            "rBMSC-Exo": dict(zip(SEPULVEDA_DAYS, [(1.4, 0.8), (4.0, 1.2), (7.2, 1.5), (9.1, 1.6),
                                                   (10.3, 1.5), (11.0, 1.7)], strict=True)),
        },
    ),
    back=[("Financing", "Project FONDEX 1190442 (invented).")],
    footnote=FOOTNOTE,
)

# --------------------------------------------------------------------------------------
# 4. Exosomes vs their parent MSCs vs methylprednisolone; days as rows; SD.
# --------------------------------------------------------------------------------------

YUR_DAYS = [1.0, 7.0, 14.0, 21.0, 28.0, 42.0]
YURCHENKO = Chorus(
    stem="yurchenko2023_radsc_exo_vs_cells_vs_mp",
    layout="single",
    title="Adipose stromal-cell exosomes, their parent cells and methylprednisolone compared head to "
          "head after thoracic contusion in rats",
    short_title="Exosomes vs cells vs methylprednisolone",
    authors=[("Olena", "Yurchenko"), ("Dmytro", "Kovalchuk"), ("Ines", "Albrecht"), ("Marta", "Shevchuk")],
    affiliations=["Department of Experimental Neurosurgery, Dnipro Regional Research Centre (invented)",
                  "Institute for Translational Regeneration, Lviv (invented)"],
    journal="Journal of Comparative Neuroregeneration",
    year=2023,
    volume="7:e000219",
    doi="10.5555/jcnr.2023.000219",
    pmid="99200104",
    pmcid="PMC99200104",
    received="2022-12-09",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male",
        "body_weight_g": {"low": 250, "high": 300}, "n_per_group": 9,
        "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T10",
        "source_tissue": "adipose", "source_species": "rat", "modification": "none",
        "isolation_method": ["ultracentrifugation", "density_gradient"],
        "isolation_detail": "iodixanol gradient 100,000 g 18 h",
        "characterization": ["TEM", "NTA", "western_blot"],
        "markers": ["CD63", "CD81", "Alix", "calnexin"],
        "size_nm": {"value": 96.4, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 200, "unit": "ug", "volume_ul": 200, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.0,
        "mechanism": "suppression of A1 astrocyte activation via NF-κB",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Cell-free vesicle therapy is often presented as a safer substitute for cell "
                       "transplantation, but the two have rarely been compared with the standard drug."),
        ("Methods", "Contused rats received rADSC exosomes, rADSCs or methylprednisolone (MP) and were "
                    "followed for six weeks."),
        ("Results", "At week 6, BBB scores were {sc:rADSC-Exo@42.0|pm} (exosomes), "
                    "{sc:rADSC@42.0|pm} (cells), {sc:MP@42.0|pm} (MP) and {sc:Vehicle@42.0|pm} (vehicle)."),
        ("Conclusions", "Exosomes matched their parent cells and outperformed MP."),
    ],
    keywords=["adipose-derived stem cells", "exosomes", "methylprednisolone", "contusion", "astrocytes"],
    sections=[
        ("intro", "Introduction", [
            "High-dose methylprednisolone remains the only drug that many centres still give after acute "
            "spinal cord injury, despite modest benefit [1,12]. Stromal-cell transplants improve locomotion "
            "in rodents, and vesicles of 50–150 nm released by those cells are thought to carry much of "
            "the effect [2,11].",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Study design"),
            "{{reported_sample_size_calculation|The group size was calculated a priori (G*Power 3.1; "
            "effect size 1.5, α = 0.05, power 0.8)}}, giving {{n_per_group|nine rats per group}}. "
            "{{reported_randomisation|Animals were randomised by block randomisation after injury}}, and "
            "rats with a BBB score above 2 at 24 h were excluded before allocation.",
            ("h", "Animals and injury"),
            f"{{{{species,strain,sex,body_weight_g|Male Sprague{NB}Dawley rats weighing 250–300 g}}}} were "
            "anaesthetised with sodium pentobarbital (40 mg/kg i.p.). After laminectomy, "
            "{{injury_model,injury_device,injury_level|a 10-g rod was dropped from 25 mm onto the exposed "
            "cord at T10 with the NYU impactor}}.",
            ("h", "Cells and exosomes"),
            "{{source_tissue,source_species|ADSCs were isolated from inguinal fat of 3-week-old rats}} and "
            "used at passage 4. Exosomes were pelleted from 72-h conditioned medium and purified "
            "{{isolation_method,isolation_detail|on a 5–40% iodixanol gradient at 100 000 × g for 18 h}}; "
            "the 1.08–1.12 g/mL fractions were pooled and washed. "
            "{{modification|Native (unmodified) exosomes}} were used throughout. "
            "{{characterization|TEM, NTA (ZetaView) and western blot}} characterised the preparations; "
            "{{markers|CD63, CD81 and Alix were present and calnexin absent}}.",
            ("h", "Treatments"),
            "{{dose,route,route_detail,timing_post_injury_h,frequency|Immediately after injury, rats "
            f"received 200 {MU}g of exosomes in 200 {GMU}L PBS through the tail vein}}}} (rADSC-Exo), "
            "1 × 10<sup>6</sup> rADSCs in 200 µL PBS by the same route (rADSC), methylprednisolone "
            "30 mg/kg i.v. (MP), or 200 µL PBS (Vehicle). Sham rats received a laminectomy only.",
            ("h", "Outcomes"),
            "{{reported_blinded_assessment|Locomotion was scored by two investigators blinded to "
            "treatment}} on the BBB scale on days 1, 7, 14, 21, 28 and 42. The inclined-plane test was "
            "run on day 42.",
        ]),
        ("results", "Results", [
            "{{size_nm|The exosomes had a mean diameter of 96.4 nm}} (NTA) and a cup shape by TEM.",
            "All injured rats were paraplegic on day 1. Exosomes and cells produced parallel curves "
            "(Table 2): on day 28, {sc:rADSC-Exo@28.0|paren} versus {sc:rADSC@28.0|paren}, with MP at "
            "{sc:MP@28.0|paren} and Vehicle at {sc:Vehicle@28.0|paren} [mean (SD)]. The maximal angle on "
            "the inclined plane was 52.5 ± 3.0° after exosomes and 41.0 ± 2.8° after vehicle.",
            ("table", "Table 2", "BBB scores over six weeks (mean ± SD; n = 9 per group).",
             {"orient": "rows", "days": YUR_DAYS,
              "groups": ["Sham", "Vehicle", "rADSC-Exo", "rADSC", "MP"],
              "day_fmt": lambda d: f"{d:g}", "corner": "Day post-injury"}),
            "A1 astrocyte markers (C3, Serping1) fell after both cell-based treatments.",
        ]),
        ("discussion", "Discussion", [
            "The similarity between the vesicle and the cell groups supports "
            "{{mechanism|suppression of A1 astrocyte activation via NF-κB}} as a shared route of action. "
            "MP was given at the dose of the NASCIS protocols [12]; others reported BBB means of 9.5 after "
            "it [1]. Cell transplantation with 2 × 10<sup>6</sup> cells gave similar results elsewhere [7].",
        ]),
    ],
    references=POOL[:13],
    scores=Scores(
        outcome="BBB", err="sd",
        groups=[("Sham", "sham", 9), ("Vehicle", "control", 9), ("rADSC-Exo", "treatment", 9),
                ("rADSC", "other", 9), ("MP", "other", 9)],
        values={
            "Sham": dict(zip(YUR_DAYS, [(21.0, 0.0)] * 6, strict=True)),
            "Vehicle": dict(zip(YUR_DAYS, [(0.3, 0.5), (2.4, 0.9), (4.5, 1.1), (6.0, 1.2), (6.8, 1.3),
                                           (7.6, 1.2)], strict=True)),
            "rADSC-Exo": dict(zip(YUR_DAYS, [(0.4, 0.5), (3.6, 1.0), (7.0, 1.3), (9.2, 1.4), (10.5, 1.3),
                                             (11.8, 1.5)], strict=True)),
            "rADSC": dict(zip(YUR_DAYS, [(0.3, 0.4), (3.3, 1.1), (6.7, 1.4), (8.9, 1.5), (10.1, 1.6),
                                         (11.5, 1.6)], strict=True)),
            "MP": dict(zip(YUR_DAYS, [(0.4, 0.5), (2.9, 0.9), (5.3, 1.2), (7.0, 1.3), (7.9, 1.4),
                                      (8.6, 1.3)], strict=True)),
        },
    ),
    back=[
        ("Ethics statement", "{{reported_welfare_compliance|Experiments complied with Directive "
                             "2010/63/EU and were approved by the regional animal ethics board (No. 7/2021)}}."),
        ("Declaration of competing interest", "{{reported_conflict_of_interest|None of the authors has any "
                                              "competing interest to declare}}."),
    ],
    footnote=FOOTNOTE,
)

STUDIES = [NDLOVU, REZAEI, SEPULVEDA, YURCHENKO]
