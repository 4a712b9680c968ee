"""Varied set, studies 9-12 (invented): native adipose exosomes in a hydrogel after transection,
melatonin-primed BMSC exosomes by femoral vein in a cells-equivalent dose (totals only), naïve
BMSC exosomes by jugular vein with T-token time points, lentiviral miR-124 umbilical-cord
exosomes daily by lateral tail vein."""

from __future__ import annotations

from extgen.model import Scores, Study

from vargen.common import FOOTNOTE, REFS, dpi, post_day, scores

# ---------------------------------------------------------------------------------------
# 9. Ito 2022: native hADSC exosomes in hyaluronan hydrogel, complete transection, TFF.
# ---------------------------------------------------------------------------------------
_I_GROUPS = ["Sham", "Transection", "Gel", "Gel + Exo"]
_I_DAYS = [7.0, 14.0, 28.0, 56.0]
_I = Scores(
    outcome="BBB", err="sd",
    groups=[("Sham", "sham", 7), ("Transection", "control", 7), ("Gel", "other", 7),
            ("Gel + Exo", "treatment", 7)],
    values=scores(_I_GROUPS, _I_DAYS, [
        [(21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)],
        [(0.3, 0.3), (0.9, 0.6), (1.6, 0.8), (2.2, 0.9)],
        [(0.4, 0.4), (1.2, 0.7), (2.1, 0.9), (2.9, 1.0)],
        [(0.6, 0.5), (2.0, 0.8), (3.9, 1.1), (5.8, 1.3)],
    ]),
)

ITO = Study(
    stem="ito2022_hadsc_exo_hydrogel_transection",
    layout="single",
    title="An injectable hyaluronan hydrogel loaded with adipose stem cell exosomes bridges the completely "
          "transected rat spinal cord",
    short_title="Exosome hydrogel after transection",
    authors=[("Sayaka", "Ito"), ("Olumide", "Bankole"), ("Clara", "Lindqvist"), ("Marco", "Bellini")],
    affiliations=["Division of Biomaterials, Toyohara Medical University",
                  "Department of Neurosurgery, Toyohara Medical University Hospital"],
    journal="Biomaterials in Neural Regeneration",
    year=2022, volume="15:112–127",
    doi="10.5555/bnr.2022.0112", pmid="39801099", pmcid="PMC9801099", received="2021-08-05",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 200, "high": 230},
        "n_per_group": 7,
        "injury_model": "transection", "injury_level": "T9",
        "source_tissue": "adipose", "source_species": "human",
        "modification": "none",
        "isolation_method": ["tangential_flow"],
        "isolation_detail": "tangential flow filtration, 300 kDa",
        "characterization": ["DLS", "TEM", "NTA", "western_blot"],
        "markers": ["CD9", "CD63", "Alix", "calnexin"],
        "size_nm": {"value": 142.0, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 1e9, "unit": "particles", "volume_ul": 10, "basis": "particles"},
        "route": "implanted_biomaterial", "route_detail": "hyaluronan hydrogel in the transection gap",
        "frequency": {"doses": 1, "interval_h": None},
        "timing_post_injury_h": 0.0,
        "mechanism": "sustained exosome release promoting axon regeneration and reducing glial scar",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True,
    },
    abstract=[
        (None, "Complete transection leaves a gap that free vesicles cannot bridge. We embedded "
         "{{modification|non-engineered exosomes}} from human adipose-derived stem cells (hADSCs) in an "
         "in-situ-forming hyaluronan hydrogel and placed it into a 2-mm transection gap at T9 of female "
         "rats. Over eight weeks, the exosome hydrogel (Gel + Exo) improved BBB scores compared with the "
         "empty hydrogel and with untreated transection, reduced the GFAP<sup>+</sup> scar and allowed "
         "NF200<sup>+</sup> axons into the graft."),
    ],
    keywords=["hydrogel", "hyaluronic acid", "exosomes", "adipose stem cells", "transection"],
    sections=[
        ("intro", "Introduction", [
            "After complete spinal cord transection, a cavity and glial scar block regrowing axons [10]. "
            "Exosomes, vesicles of approximately 100 nm produced by MSCs, are cleared from a lesion within "
            "days when injected as a bolus [5]; hydrogels can release them over weeks.",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Exosomes"),
            "{{source_tissue,source_species|hADSCs were obtained from lipoaspirate of three healthy human "
            "donors}} undergoing elective liposuction (consent and ethics approval TMU-22-0109) and grown to "
            "passage 5. Conditioned medium (serum-free, 72 h) was clarified and "
            "{{isolation_method,isolation_detail|concentrated and diafiltered by tangential flow filtration "
            "through a 300 kDa hollow-fibre cartridge}}. The exosomes were used as isolated, without any "
            "loading or surface engineering.",
            "{{characterization|Exosomes were characterised by DLS, TEM and NTA}}; "
            "{{characterization,markers|western blotting showed CD9, CD63 and Alix, with calnexin "
            "absent}}.",
            ("h", "Hydrogel"),
            "Thiolated hyaluronan (1.5% w/v) was mixed with PEG-diacrylate crosslinker; exosomes were added "
            "before gelation. In PBS at 37 °C, 70% of particles were released over 14 days.",
            ("h", "Transection and implantation"),
            "{{species,strain,sex,body_weight_g|Female Sprague-Dawley rats (200–230 g)}} were anaesthetised "
            "with medetomidine/midazolam/butorphanol. After laminectomy, "
            "{{injury_model,injury_level|the cord was completely transected at T9 and a 2-mm segment was "
            "removed}}; completeness was confirmed by lifting the stumps with a hook. "
            "{{route,route_detail,timing_post_injury_h,dose,frequency|Immediately after transection, 10 µl of "
            "hydrogel containing 10<sup>9</sup> exosome particles was injected into the gap and allowed to "
            "gel in situ}}. Gel rats received hydrogel without exosomes.",
            "{{reported_randomisation,n_per_group|Rats were randomly assigned (n = 7 rats/group) to Sham, "
            "Transection, Gel and Gel + Exo.}} {{reported_blinded_assessment|The BBB assessment was performed "
            "by two examiners blinded to group}} at 1, 2, 4 and 8 weeks. "
            "{{reported_welfare_compliance|Experiments followed the university's Regulations for Animal "
            "Experiments and were approved (approval 2021-045).}}",
        ]),
        ("results", "Results", [
            "{{size_nm|The exosomes had a hydrodynamic diameter of 142 nm (Z-average) by DLS}} and appeared "
            "as 80–120 nm cup-shaped vesicles on TEM.",
            "Eight weeks after injury the Gel + Exo group scored {bbb:Gel + Exo@56|paren} (mean (SD)), the "
            "Gel group {bbb:Gel@56|paren} and the Transection group {bbb:Transection@56|paren}. Scores at "
            "earlier time points are shown in Table 1.",
            ("table", "Table 1", "BBB scores after transection (mean ± SD).",
             {"orient": "groups", "days": _I_DAYS, "groups": _I_GROUPS, "day_fmt": post_day,
              "corner": "Group"}),
            "GFAP<sup>+</sup> scar area was 35% smaller, and NF200<sup>+</sup> axons were found up to "
            "1.4 mm inside the graft.",
        ]),
        ("discussion", "Discussion", [
            "{{mechanism|Sustained release of exosomes from the hydrogel appears to promote axon "
            "regeneration and reduce glial scarring}}. Comparable hydrogels carried 100 µg of exosomes in "
            "earlier work [10]; particle counts are not directly comparable.",
        ]),
    ],
    back=[],
    references=REFS[0:2] + REFS[4:5] + REFS[9:12],
    scores=_I,
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------
# 10. Jensen 2023: melatonin-primed rat BMSC exosomes, femoral vein, cells-equivalent dose,
#     days 1, 3 and 7, totals only (no n per group), TEM range only.
# ---------------------------------------------------------------------------------------
_J_GROUPS = ["Sham", "SCI", "Exo", "Mel-Exo"]
_J_DAYS = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]
_J = Scores(
    outcome="BBB", err="sd",
    groups=[("Sham", "sham", None), ("SCI", "control", None), ("Exo", "other", None),
            ("Mel-Exo", "treatment", None)],
    values=scores(_J_GROUPS, _J_DAYS, [
        [(21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)],
        [(0.2, 0.4), (1.0, 0.7), (2.6, 1.0), (4.3, 1.2), (5.5, 1.3), (6.1, 1.3)],
        [(0.3, 0.5), (1.4, 0.8), (3.3, 1.0), (5.4, 1.2), (6.8, 1.3), (7.5, 1.4)],
        [(0.4, 0.5), (1.9, 0.8), (4.4, 1.1), (7.0, 1.3), (8.6, 1.4), (9.5, 1.4)],
    ]),
)

JENSEN = Study(
    stem="jensen2023_melatonin_rbmsc_exo_femoral_cellseq",
    layout="twocol",
    title="Melatonin pretreatment of bone marrow mesenchymal stem cells enhances the ability of their "
          "exosomes to preserve mitochondria after spinal cord injury",
    short_title="Melatonin-primed BMSC exosomes",
    authors=[("Rasmus", "Jensen"), ("Chen", "Yiting"), ("Abena", "Owusu"), ("Luis", "Paredes")],
    affiliations=["Institute of Molecular Neurotrauma, Aldersund University",
                  "Department of Spine Surgery, Aldersund University Hospital"],
    journal="Oxidative Medicine in Neurotrauma",
    year=2023, volume="2023:7718204",
    doi="10.5555/omn.2023.7718204", pmid="39801210", pmcid="PMC9801210", received="2023-01-16",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male",
        "body_weight_g": {"low": 230, "high": 250},
        "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T11",
        "source_tissue": "bone_marrow", "source_species": "rat",
        "modification": "melatonin preconditioning",
        "isolation_method": ["other"],
        "isolation_detail": "exoEasy Maxi Kit (Qiagen)",
        "characterization": ["TEM", "NTA", "western_blot"],
        "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": {"value": None, "low": 40, "high": 130, "stat": None, "method": "TEM"},
        "dose": {"amount": 1e6, "unit": "cells_equivalent", "volume_ul": 200, "basis": None},
        "route": "intravenous", "route_detail": "femoral vein",
        "frequency": {"doses": 3, "interval_h": None},
        "timing_post_injury_h": 24.0,
        "mechanism": "SIRT1/PGC-1α-mediated preservation of mitochondrial function",
        "reported_randomisation": True,
    },
    abstract=[
        ("Purpose", "Melatonin protects mitochondria and can reprogramme MSCs. We tested exosomes from "
         "{{modification|melatonin-pretreated BMSCs (Mel-Exo)}} in a rat contusion model."),
        ("Methods", "Rat BMSCs were exposed to 10 µM melatonin for 24 h before exosome collection with a "
         "membrane-affinity spin kit. Injured rats received exosomes through the femoral vein on days 1, 3 "
         "and 7 after injury."),
        ("Results", "Mel-Exo improved BBB scores, mitochondrial membrane potential and SIRT1 expression "
         "compared with exosomes from untreated BMSCs."),
    ],
    keywords=["melatonin", "mitochondria", "SIRT1", "exosomes", "spinal cord injury"],
    sections=[
        ("intro", "Introduction", [
            "Mitochondrial failure in neurons and oligodendrocytes begins minutes after trauma [15]. "
            "Melatonin (5–10 mg/kg) protects mitochondria in rodent SCI [16], and pretreatment of MSCs with "
            "melatonin has been reported to enhance their paracrine activity [7].",
        ]),
        ("methods", "Methods", [
            ("h", "BMSC culture and melatonin pretreatment"),
            "{{source_tissue,source_species|Bone marrow MSCs were harvested from the femoral and tibial "
            "marrow of 3-week-old male SD rats}} and expanded to passage 4. Cells were exposed to 10 µM "
            "melatonin (Sigma) for 24 h, washed and cultured in serum-free medium for another 48 h.",
            ("h", "Exosome isolation"),
            "Filtered (0.8 µm) supernatant was processed with the "
            "{{isolation_method,isolation_detail|exoEasy Maxi Kit (Qiagen)}} according to the manufacturer, "
            "and the eluate was concentrated on 10 kDa filters.",
            "{{characterization|TEM, NTA}} and {{characterization,markers|immunoblotting for CD9, CD63, "
            "TSG101 and calnexin}} followed MISEV2018.",
            ("h", "Animals and contusion"),
            "{{species,strain,sex,body_weight_g|Male Sprague-Dawley rats weighing 230–250 g}} were "
            "anaesthetised with 10% chloral hydrate. The lamina of the eleventh thoracic vertebra was "
            "removed and {{injury_device,injury_model|a 10-g weight was dropped from a height of 25 mm}} "
            "{{injury_level|onto the exposed cord at T11}}.",
            "{{reported_randomisation|Forty rats were randomly assigned to the Sham, SCI, Exo and Mel-Exo "
            "groups.}} "
            "{{dose|Rats received exosomes derived from 1 × 10<sup>6</sup> BMSCs in 200 µl PBS}} "
            "{{route,route_detail|via the femoral vein}}; "
            "{{timing_post_injury_h,frequency|injections were given on days 1, 3 and 7 after SCI}}. SCI rats "
            "received PBS.",
            "BBB scores were recorded on days 1, 3, 7, 14, 21 and 28. PC12 cells exposed to "
            "H<sub>2</sub>O<sub>2</sub> were treated with 1 × 10<sup>9</sup> particles/ml in vitro.",
        ]),
        ("results", "Results", [
            "{{size_nm|Under TEM, the vesicles were round and measured between 40 and 130 nm}}; NTA gave "
            "2.2 × 10<sup>11</sup> particles/ml for both preparations.",
            ("table", "Table 1", "BBB scores, mean ± SD.",
             {"orient": "rows", "days": _J_DAYS, "groups": _J_GROUPS, "day_fmt": post_day,
              "corner": "Days after SCI"}),
            "Mel-Exo preserved mitochondrial membrane potential (JC-1) and increased SIRT1 and PGC-1α "
            "protein in the cord at day 7.",
        ]),
        ("discussion", "Discussion", [
            "{{mechanism|Mel-Exo may preserve mitochondrial function through SIRT1/PGC-1α signalling}}. A "
            "prior study gave 200 µg exosomes via the tail vein and measured a 120 nm mean size [5]; ours "
            "were smaller by TEM.",
        ]),
    ],
    back=[("Funding", "Aldersund Research Council grant 2021-3310.")],
    references=REFS[4:8] + REFS[13:16],
    scores=_J,
    notes=["Only the total (40 rats, four groups) is stated: n_per_group and the rows' n are absent."],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------
# 11. Kowalski 2019: naïve rat BMSC exosomes, IH T10, UF + anti-CD81 beads, jugular vein,
#     BBB in text only as mean (SD), T-token time points.
# ---------------------------------------------------------------------------------------
_K_GROUPS = ["Sham", "SCI-vehicle", "BMSC-Exo"]
_K_DAYS = [1.0, 7.0, 14.0, 28.0]
_K = Scores(
    outcome="BBB", err="sd",
    groups=[("Sham", "sham", 10), ("SCI-vehicle", "control", 10), ("BMSC-Exo", "treatment", 10)],
    values=scores(_K_GROUPS, _K_DAYS, [
        [(20.9, 0.3), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)],
        [(0.7, 0.6), (3.4, 1.1), (6.0, 1.4), (7.9, 1.5)],
        [(0.8, 0.6), (4.6, 1.2), (7.9, 1.4), (10.4, 1.6)],
    ]),
)

KOWALSKI = Study(
    stem="kowalski2019_naive_rbmsc_exo_jugular_ih",
    layout="single",
    title="Naïve bone marrow stromal cell exosomes given intravenously after moderate contusion: a "
          "randomised, blinded study in rats",
    short_title="Naïve BMSC exosomes, i.v.",
    authors=[("Marta", "Kowalski"), ("Ifeanyi", "Okoro"), ("Henrike", "Brandt")],
    affiliations=["Department of Experimental Medicine, Vistula Medical University, Brzegowo"],
    journal="Neurotrauma Open Research",
    year=2019, volume="4(3):e19033",
    doi="10.5555/nor.2019.19033", pmid="39801331", pmcid="PMC9801331", received="2018-10-09",
    values={
        "species": "rat", "strain": "Wistar", "sex": "female",
        "body_weight_g": {"low": 240, "high": 260},
        "n_per_group": 10,
        "injury_model": "contusion", "injury_device": "Infinite Horizon impactor", "injury_level": "T10",
        "source_tissue": "bone_marrow", "source_species": "rat",
        "modification": "none",
        "isolation_method": ["ultrafiltration", "immunoaffinity"],
        "isolation_detail": "100 kDa ultrafiltration; anti-CD81 magnetic beads",
        "characterization": ["NTA", "TEM", "western_blot", "flow_cytometry"],
        "markers": ["CD81", "CD9", "Alix", "calnexin"],
        "size_nm": {"value": 104.0, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 5e9, "unit": "particles", "volume_ul": 300, "basis": "particles"},
        "route": "intravenous", "route_detail": "jugular vein",
        "frequency": {"doses": 1, "interval_h": None},
        "timing_post_injury_h": 0.0,
        "mechanism": "reduced blood–spinal cord barrier leakage and pericyte preservation",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Introduction", "Many exosome studies in SCI are small and unblinded. We ran a randomised, "
         "blinded comparison of {{modification|naïve (unmodified) exosomes}} from rat bone marrow stromal "
         "cells against vehicle."),
        ("Methods", "Female Wistar rats received a 175-kdyn contusion and, immediately afterwards, a single "
         "i.v. bolus of exosomes or vehicle into the jugular vein."),
        ("Results and conclusion", "Exosome-treated rats scored higher on the BBB scale from day 14 and "
         "had less Evans blue extravasation; the effect is modest but robust."),
    ],
    keywords=["exosomes", "bone marrow stromal cells", "blood–spinal cord barrier", "randomised",
              "blinded"],
    sections=[
        ("intro", "Introduction", [
            "Meta-analyses of MSC-derived vesicles in rodent SCI suggest benefit, but also frequent risk of "
            "bias [13,14]. Vesicle preparations differ widely: diameters from 30 to 1,000 nm and doses from "
            "10 µg to 1 mg have been reported [13].",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Exosome preparation"),
            "{{source_tissue,source_species|Rat BMSCs were isolated from the femurs of 4-week-old Wistar "
            "rats}} and used at passage 3–5. Serum-free conditioned medium was "
            "{{isolation_method,isolation_detail|concentrated by 100 kDa ultrafiltration and exosomes were "
            "captured with anti-CD81 magnetic beads}} (acid elution, neutralised). No loading, transfection "
            "or preconditioning was performed.",
            "{{characterization|Vesicles were analysed by NTA (NanoSight LM10), TEM and bead-based flow "
            "cytometry}}; {{characterization,markers|CD81, CD9 and Alix were present and calnexin absent on "
            "western blots}}.",
            ("h", "Animals, randomisation and blinding"),
            "{{species,strain,sex,body_weight_g|Female Wistar rats (240–260 g)}} were used. "
            "{{reported_sample_size_calculation|Sample size was estimated a priori (G*Power, effect size "
            "1.4, α 0.05, power 0.8)}}, giving {{n_per_group|10 per group}}. "
            "{{reported_randomisation|Allocation used a random sequence generated in R and concealed in "
            "opaque envelopes.}} {{reported_blinded_assessment|Surgeons, caregivers and BBB raters were "
            "blinded to treatment}}.",
            ("h", "Injury and treatment"),
            "After T9–T10 laminectomy, "
            "{{injury_model,injury_device,injury_level|a 175-kdyn contusion was delivered to thoracic "
            "segment T10 with the Infinite Horizon device}}. "
            "{{timing_post_injury_h,route,route_detail,frequency|Immediately after injury, a single i.v. "
            "bolus was injected into the right jugular vein}}: "
            "{{dose|5 × 10<sup>9</sup> particles in 300 µl saline}}, or saline alone (SCI-vehicle).",
            ("h", "Outcome measures"),
            "BBB scores were recorded at baseline (T0) and at T1 (day 1), T2 (day 7), T3 (day 14) and T4 "
            "(day 28). Evans blue extravasation was measured at day 3 in a separate cohort.",
        ]),
        ("results", "Results", [
            "{{size_nm|NTA showed a mean size of 104 ± 7 nm}} (three batches), and 92% of particles were "
            "CD81-positive by flow cytometry.",
            "At T1, all injured rats were near zero (BMSC-Exo {bbb:BMSC-Exo@1|paren}; SCI-vehicle "
            "{bbb:SCI-vehicle@1|paren}). At T2 scores were {bbb:BMSC-Exo@7|paren} and "
            "{bbb:SCI-vehicle@7|paren}; at T3 {bbb:BMSC-Exo@14|paren} versus {bbb:SCI-vehicle@14|paren} "
            "(P = 0.006); and at T4 {bbb:BMSC-Exo@28|paren} versus {bbb:SCI-vehicle@28|paren} "
            "(P = 0.001), values given as mean (SD). Sham rats scored {bbb:Sham@1|paren} at T1 and full "
            "scores thereafter.",
            "Evans blue leakage was 41% lower with exosomes, and PDGFRβ<sup>+</sup> pericyte coverage was "
            "preserved.",
        ]),
        ("discussion", "Discussion", [
            "{{mechanism|The benefit appears to stem from reduced blood–spinal cord barrier leakage through "
            "pericyte preservation}}. Larger effects reported with 200–400 µg doses [13] may reflect bias.",
        ]),
    ],
    back=[("Competing interests", "{{reported_conflict_of_interest|The authors declare that they have no "
                                  "competing interests.}}")],
    references=REFS[2:4] + REFS[11:14],
    scores=_K,
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------
# 12. Lopes 2024: lentiviral miR-124-3p rat UC-MSC exosomes, NYU T10 via T9 laminectomy,
#     UC + SEC, X50 median, lateral tail vein daily x7 from 6 h.
# ---------------------------------------------------------------------------------------
_L_GROUPS = ["Sham", "SCI + saline", "Exo-vector", "Exo-miR-124"]
_L_DAYS = [1.0, 7.0, 14.0, 28.0, 42.0]
_L = Scores(
    outcome="BBB", err="sem",
    groups=[("Sham", "sham", 11), ("SCI + saline", "control", 11), ("Exo-vector", "other", 11),
            ("Exo-miR-124", "treatment", 11)],
    values=scores(_L_GROUPS, _L_DAYS, [
        [(21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)],
        [(0.5, 0.2), (3.2, 0.4), (5.6, 0.5), (7.4, 0.5), (8.0, 0.6)],
        [(0.6, 0.2), (3.9, 0.4), (6.6, 0.5), (8.6, 0.6), (9.3, 0.6)],
        [(0.6, 0.2), (5.2, 0.4), (8.4, 0.5), (10.9, 0.6), (11.8, 0.6)],
    ]),
)

LOPES = Study(
    stem="lopes2024_lvmir124_rucmsc_exo_lateraltailvein",
    layout="twocol",
    title="Exosomes from miR-124-3p-overexpressing umbilical cord mesenchymal stem cells shift "
          "microglia towards repair after spinal cord contusion",
    short_title="Exo-miR-124 after contusion",
    authors=[("Beatriz", "Lopes"), ("Kofi", "Boateng"), ("Anna", "Nowak"), ("Wei", "Zhang"),
             ("Thomas", "Müller")],
    affiliations=["Centre for Neuroregeneration, University of Porto Velho",
                  "Gene Therapy Core, Instituto Atlântico de Biomedicina"],
    journal="Molecular Neurobiology Reports",
    year=2024, volume="61(2):880–897",
    doi="10.5555/mnr.2024.0880", pmid="39801452", pmcid="PMC9801452", received="2023-07-28",
    values={
        "species": "rat", "strain": "Wistar", "sex": "female",
        "body_weight_g": {"low": 200, "high": 220},
        "n_per_group": 11,
        "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T10",
        "source_tissue": "umbilical_cord", "source_species": "rat",
        "modification": "miR-124-3p overexpression (lentivirus)",
        "isolation_method": ["ultracentrifugation", "size_exclusion"],
        "isolation_detail": "120,000 × g 2 × 90 min; Sepharose CL-2B column",
        "characterization": ["NTA", "TEM", "western_blot"],
        "markers": ["CD63", "CD81", "TSG101", "HSP70", "calnexin"],
        "size_nm": {"value": 118.0, "low": None, "high": None, "stat": "median", "method": "NTA"},
        "dose": {"amount": 2e11, "unit": "particles", "volume_ul": 500, "basis": "particles"},
        "route": "intravenous", "route_detail": "lateral tail vein",
        "frequency": {"doses": 7, "interval_h": 24},
        "timing_post_injury_h": 6.0,
        "mechanism": "miR-124-3p targeting MYH9 to promote M2 microglial polarisation",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Microglia drive secondary damage after spinal cord injury. We "
         "{{modification|transduced rat umbilical cord MSCs with a lentivirus encoding miR-124-3p}} and "
         "collected their exosomes (Exo-miR-124); exosomes from empty-vector cells (Exo-vector) were the "
         "comparator. Female Wistar rats with a T10 NYU contusion received tail-vein injections daily for a "
         "week, starting 6 h after injury. Exo-miR-124 improved hind-limb function through six weeks and "
         "increased CD206<sup>+</sup> microglia while lowering MYH9."),
    ],
    keywords=["miR-124-3p", "lentivirus", "umbilical cord MSCs", "microglia", "exosomes"],
    sections=[
        ("intro", "Introduction", [
            "miR-124 is the most abundant microRNA in the CNS and keeps microglia quiescent [6]. Its levels "
            "fall sharply after SCI [8]. MSC exosomes, 40–100 nm in diameter according to most reviews, "
            "naturally carry microRNAs [2].",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Cells and transduction"),
            "{{source_tissue,source_species|Umbilical cords were collected from Wistar rat fetuses at "
            "E19}}, and MSCs were isolated by explant culture. At passage 3, cells were transduced with "
            "lentivirus carrying pre-miR-124-3p and GFP (MOI 20) or empty vector, and selected with "
            "puromycin; miR-124-3p rose ~35-fold.",
            ("h", "Exosome isolation"),
            "Conditioned medium was cleared (300 × g, 2,000 × g, 10,000 × g), "
            "{{isolation_method,isolation_detail|pelleted twice at 120,000 × g for 90 min and further purified "
            "on a Sepharose CL-2B size-exclusion column}}.",
            "{{characterization|NTA (ZetaView) and TEM}} were used, and "
            "{{characterization,markers|western blot detected CD63, CD81, TSG101 and HSP70 but not "
            "calnexin}}.",
            ("h", "Spinal cord contusion"),
            "{{species,strain,sex,body_weight_g|Female Wistar rats (200–220 g)}} underwent laminectomy at T9 "
            "to expose the dorsal surface of the T10 segment; "
            "{{injury_model,injury_device,injury_level|the NYU impactor (10 g, 25 mm) contused the cord at "
            "T10}}.",
            ("h", "Groups and injections"),
            "{{reported_randomisation,n_per_group|Rats were randomised with a block design into Sham, "
            "SCI + saline, Exo-vector and Exo-miR-124 groups (n = 11)}}. "
            "{{route,route_detail,dose|Exosomes (2 × 10<sup>11</sup> particles in 500 µl saline) were "
            "injected into the lateral tail vein}} {{timing_post_injury_h,frequency|6 h after injury and "
            "then once daily for 7 consecutive days (seven injections)}}.",
            "{{reported_blinded_assessment|BBB locomotor testing was done by observers blinded to group "
            "allocation}}. {{reported_welfare_compliance|The study was approved by the Animal Welfare Body "
            "of the university (ORBEA 2022/09) and followed EU Directive 2010/63.}} BV2 cells were treated "
            "with 1 × 10<sup>9</sup> particles/ml, and HUVECs with 50 µg/ml, in vitro.",
        ]),
        ("results", "Results", [
            "{{size_nm|ZetaView measurements gave a median diameter (X50) of 118 nm}} for Exo-miR-124 and "
            "121 nm for Exo-vector.",
            ("table", "Table 3", "Time course of BBB scores; values are mean ± SEM.",
             {"orient": "rows", "days": _L_DAYS, "groups": _L_GROUPS, "day_fmt": dpi,
              "corner": "Time"}),
            "Exo-miR-124 rats reached {bbb:Exo-miR-124@42} at 42 dpi, whereas SCI + saline rats reached "
            "{bbb:SCI + saline@42}. CD206<sup>+</sup>Iba1<sup>+</sup> cells increased 2.1-fold and MYH9 "
            "protein fell by 47%.",
        ]),
        ("discussion", "Discussion", [
            "{{mechanism|miR-124-3p appears to target MYH9 and thereby promote M2 polarisation of "
            "microglia}}. Another group reported a mean size of 132 nm and used 100 µg exosomes once [5].",
        ]),
    ],
    back=[("Conflict of interest", "{{reported_conflict_of_interest|The authors have nothing to "
                                   "disclose.}}")],
    references=REFS[1:3] + REFS[5:9],
    scores=_L,
    footnote=FOOTNOTE,
)

STUDIES = [ITO, JENSEN, KOWALSKI, LOPES]
