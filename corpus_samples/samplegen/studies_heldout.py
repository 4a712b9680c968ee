"""Studies of the *heldout* split: different wording and layouts; do not tune extractors on these."""

from __future__ import annotations

from .common import back_matter, dose, freq, references, size, weight
from .spec import Bbb, Study
from .studies_tune import _g

KIM_2022 = Study(
    pdf="kim2022_rbmsc_sev_caudal_vein.pdf",
    split="heldout",
    exercises="two columns DejaVu Sans, micro sign, hyphenation; Long-Evans, 'T11 segment', sEV wording, "
              "qEV + 100-kDa concentration, ZetaView modal size, caudal vein, two injections 72 h apart, "
              "BBB in the text at 4 and 6 weeks (SEM), full reporting statements",
    layout=2, font="dejavu_sans", micro="µ", ligatures=False, hyphenate=True,
    running_head="Int J Vesicle Med | 2022 | Vol 4 | Article e118", running_authors="KIM ET AL.", first_page=1,
    header_style="band",
    fields={
        "first_author": "Kim", "year": 2022, "journal": "Int J Vesicle Med", "doi": "10.5555/ijvm.e118",
        "title": "Small extracellular vesicles of rat marrow stromal cells given through the caudal vein "
                 "improve stepping after thoracic contusion",
        "species": "rat", "strain": "Long-Evans", "sex": "female", "body_weight_g": weight(275, 300),
        "n_per_group": 9, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor",
        "injury_level": "T11", "source_tissue": "bone_marrow", "source_species": "rat", "modification": "none",
        "isolation_method": ["size_exclusion", "ultrafiltration"], "isolation_detail": "qEV10 70 nm; Amicon 100 kDa",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD81", "syntenin-1", "ALIX", "GM130"],
        "size_nm": size(87.0, "mode", "NTA"), "dose": dose(1.2e10, "particles", 300, "particles"),
        "route": "intravenous", "route_detail": "caudal vein", "frequency": freq(2, 72), "timing_post_injury_h": 24.0,
        "mechanism": "reduced neutrophil infiltration via CXCL1 suppression",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True, "reported_conflict_of_interest": True,
        "reported_welfare_compliance": True,
    },
    bbb=Bbb("sem", (
        _g("Saline", "control", 9, (8.9, 9.6), (0.5, 0.6), (28.0, 42.0)),
        _g("sEV", "treatment", 9, (11.4, 12.8), (0.6, 0.5), (28.0, 42.0)),
    ), source="text"),
    blocks=[
        ("masthead", ("[[journal|Int J Vesicle Med]] · [[year|2022]] · Vol 4 · Article e118 · "
                     "[[doi|https://doi.org/10.5555/IJVM.E118]]")),
        ("title", ("[[title|Small extracellular vesicles of rat marrow stromal cells given through the caudal "
                  "vein improve stepping after thoracic contusion]]")),
        ("authors", ("So-Hee [[first_author|Kim]]<super>1</super> | Marta Ribeiro<super>2</super> | "
                    "Jae Park<super>1</super>")),
        ("affil", "<super>1</super>Neuroscience Program; <super>2</super>EV Core (all invented)"),
        ("abstract", "Summary", ("Marrow stromal cells (MSCs) limit inflammation after spinal cord injury, "
         "partly through small extracellular vesicles (sEVs). In this preregistered study, rat MSC sEVs were "
         "given twice through the caudal vein after a thoracic contusion. sEV-treated rats stepped earlier and "
         "had fewer neutrophils in the cord.")),
        ("columns",),
        ("h1", "1 | BACKGROUND"),
        ("p", ("Neutrophils arrive in the contused cord within hours and release proteases. The sEV "
              "fraction (defined by MISEV as vesicles below 200 nm, classically 30–150 nm exosomes) carries "
              "much of the anti-inflammatory activity of MSCs.<super>1–3</super>")),
        ("h1", "2 | EXPERIMENTAL PROCEDURES"),
        ("h2", "2.1 | Design and ethics"),
        ("p", ("[[reported_welfare_compliance|Procedures were licensed by the regional animal welfare body and "
              "are reported according to ARRIVE 2.0]]. [[reported_sample_size_calculation|An a priori power "
              "analysis (BBB difference 2 points, SD 1.5, power 90%) gave nine animals per arm]]; "
              "[[n_per_group|nine rats per arm]] completed the study. [[reported_randomisation|Animals were "
              "allocated by block randomization generated in R]], and "
              "[[reported_blinded_assessment|surgery, scoring and histology were performed blind to "
              "allocation]].")),
        ("h2", "2.2 | sEV source and separation"),
        ("p", ("[[source_tissue,source_species|MSCs were obtained from the femoral marrow of adult Long-Evans "
              "rats]]. [[modification|Cells were not genetically altered or preconditioned]]. Conditioned "
              "medium was [[isolation_method,isolation_detail|concentrated on 100-kDa Amicon units and "
              "separated on qEV10/70 nm columns]]; the vesicle-rich fractions were pooled. Particles were "
              "counted and sized with a [[characterization|ZetaView tracking analyser]], imaged by "
              "[[characterization|cryo-TEM]] and immunoblotted ([[characterization|Western blot]]) for "
              "[[markers|CD81, syntenin-1 and ALIX, with GM130 absent]].")),
        ("h2", "2.3 | Surgery"),
        ("p", ("[[species,strain,sex|Female Long-Evans rats]] (10 weeks; [[body_weight_g|275–300 g]]) were "
              "anaesthetised with isoflurane. A dorsal laminectomy exposed the [[injury_level|T11 segment]] "
              "and a 150-kdyn [[injury_model,injury_device|impact was applied with an IH-0400 Infinite Horizon "
              "device]].")),
        ("h2", "2.4 | Administration"),
        ("p", ("Each injection contained [[dose|1.2E10 particles suspended in 300 µL saline]] and was given "
              "[[route,route_detail|through the caudal vein]]. [[timing_post_injury_h,frequency|Injections "
              "were made on day 1 and day 4 after injury]]. Controls received saline.")),
        ("h2", "2.5 | Outcomes"),
        ("p", ("The BBB open-field scale was applied weekly up to 6 weeks. HL-60 derived neutrophils were "
              "exposed to 10<super>9</super> particles/mL in chemotaxis assays.")),
        ("h1", "3 | FINDINGS"),
        ("p", ("The separated particles had a [[size_nm|modal diameter of 87 nm]] with 2.1 × 10<super>12</super> "
              "particles/mL. At 4 weeks, rats receiving sEV scored {bbb:sEV@28} on the BBB scale, compared "
              "with {bbb:Saline@28} for saline; at 6 weeks the corresponding values were {bbb:sEV@42} and "
              "{bbb:Saline@42} (mean ± SEM).")),
        ("h1", "4 | INTERPRETATION"),
        ("p", ("[[mechanism|sEVs lowered CXCL1 and thereby reduced neutrophil infiltration]]. Earlier work "
              "with human umbilical cord vesicles reported a mean size near 120 nm and used 200 µg "
              "intravenously.<super>4</super>")),
        ("small", ("<b>CONFLICT OF INTEREST STATEMENT</b> [[reported_conflict_of_interest|The authors report no "
                  "competing interests]].")),
        *back_matter(221, "caps"),
        ("refs", "REFERENCES", references(2222, 14)),
    ],
)

OKAFOR_2023 = Study(
    pdf="okafor2023_hpmsc_exo_intranasal.pdf",
    split="heldout",
    exercises="one column Helvetica, micro lost ('30 ug/kg'), aneurysm clip at T7, placenta MSCs, anti-CD63 "
              "immunomagnetic isolation, DLS mean size, INTRANASAL route, daily for 5 days from 2 h, ruled BBB "
              "table with days as columns (SD), only an ethics statement",
    layout=1, font="helvetica", micro="u", ligatures=False, hyphenate=False,
    running_head="Stem Cell Transl Sci 2023; 14: 1402-1414", running_authors="Okafor K, et al.", first_page=1402,
    header_style="plain",
    fields={
        "first_author": "Okafor", "year": 2023, "journal": "Stem Cell Transl Sci", "doi": "10.5555/scts.2023.1402",
        "title": "Nose-to-cord delivery of placental mesenchymal stem cell exosomes after clip compression "
                 "injury of the thoracic spinal cord",
        "species": "rat", "strain": "Wistar", "sex": "male", "body_weight_g": weight(300, 350),
        "n_per_group": 7, "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T7",
        "source_tissue": "placenta", "source_species": "human",
        "isolation_method": ["immunoaffinity"], "isolation_detail": "anti-CD63 immunomagnetic beads",
        "characterization": ["NTA", "TEM", "DLS", "western_blot"], "markers": ["CD63", "CD9", "HSP70"],
        "size_nm": size(76.0, "mean", "DLS"), "dose": dose(30, "ug_per_kg", None, "protein"),
        "route": "intranasal", "route_detail": "nostrils", "frequency": freq(5, 24), "timing_post_injury_h": 2.0,
        "mechanism": "reduction of oxidative stress via Nrf2",
        "reported_welfare_compliance": True,
    },
    bbb=Bbb("sd", (
        _g("Vehicle", "control", 7, (1.6, 4.0, 6.2, 7.9, 8.7), (0.7, 1.0, 1.2, 1.3, 1.4), (1.0, 7.0, 14.0, 21.0, 28.0)),
        _g("hPMSC-Exo", "treatment", 7, (1.9, 5.3, 8.4, 10.6, 12.1), (0.8, 1.1, 1.2, 1.4, 1.5), (1.0, 7.0, 14.0, 21.0, 28.0)),
    ), source="table", day_label="day"),
    blocks=[
        ("masthead", ("[[journal,year|Stem Cell Transl Sci 2023]]; 14: 1402-1414   "
                     "[[doi|https://doi.org/10.5555/scts.2023.1402]]")),
        ("title", ("[[title|Nose-to-cord delivery of placental mesenchymal stem cell exosomes after clip "
                  "compression injury of the thoracic spinal cord]]")),
        ("authors", ("Kofi [[first_author|Okafor]], PhD<super>1</super>; Ines Moreau, MD<super>2</super>; "
                    "Tomas Varga, PhD<super>1</super>")),
        ("affil", ("<super>1</super>Translational Neuroscience Unit; <super>2</super>Department of "
                  "Neurosurgery (invented)")),
        ("abstract", "ABSTRACT", ("Intranasal administration bypasses the blood-brain and blood-spinal cord "
         "barriers. Here, exosomes from human placental MSCs were given through the nose to rats after "
         "thoracic clip compression. Exosome-treated rats showed less oxidative damage and better hindlimb "
         "locomotion than vehicle-treated rats.")),
        ("columns",),
        ("h1", "Introduction"),
        ("p", ("Reactive oxygen species peak in the first days after spinal cord injury (1). Intravenous MSC "
              "vesicles reach the cord poorly; intranasal delivery, used in stroke and neonatal brain injury, "
              "has not been tested in the thoracic cord (2, 3). Exosomes of 50-150 nm have been "
              "described as ideal carriers (4).")),
        ("h1", "Materials and methods"),
        ("p", ("<b>Ethics.</b> [[reported_welfare_compliance|The work was authorised by the national "
              "authority for animal experimentation (licence 2021-44)]].")),
        ("p", ("<b>Placental MSCs and exosomes.</b> [[source_tissue,source_species|Human placental MSCs "
              "(hPMSCs) were expanded from chorionic villi of term placentas]]. Vesicles were captured from "
              "cleared medium with [[isolation_method,isolation_detail|anti-CD63 immunomagnetic beads]] and "
              "eluted at low pH. Analyses comprised [[characterization|NTA]], [[characterization|TEM]], "
              "[[characterization|DLS]] and [[characterization|immunoblotting]] for "
              "[[markers|CD63, CD9 and HSP70]].")),
        ("p", ("<b>Injury.</b> [[species,strain,sex|Wistar males]] of [[body_weight_g|300-350 g]] were "
              "operated under isoflurane. The cord at [[injury_level|T7]] was "
              "[[injury_model,injury_device|compressed extradurally by a modified aneurysm clip]] (20 g, "
              "60 s). [[n_per_group|Seven rats]] were allocated to each of the vehicle and hPMSC-Exo groups.")),
        ("p", ("<b>Intranasal dosing.</b> Rats were held supine and [[dose|30 ug/kg]] exosomes were applied "
              "[[route,route_detail|as drops alternately to both nostrils]] [[frequency|once daily for 5 "
              "days]], [[timing_post_injury_h|starting 2 hours post-injury]]. Hyaluronidase was given 30 min "
              "before each dose.")),
        ("p", "<b>Locomotion.</b> Open-field BBB rating was done on days 1, 7, 14, 21 and 28."),
        ("h1", "Results"),
        ("p", ("DLS gave an [[size_nm|average hydrodynamic size of 76 ± 21 nm]]. Fluorescent exosomes reached "
              "the lesion 6 h after intranasal application. Scores are shown in Table 1.")),
        ("bbb_table", "<b>Table 1</b> BBB rating scale scores; mean ± SD, n = 7 rats per group.",
         "days_cols", True),
        ("h1", "Discussion"),
        ("p", ("[[mechanism|Exosome treatment reduced oxidative stress by activating Nrf2]]. Intravenous "
              "doses of 100 to 400 ug were used previously (5), which is 10-fold more than our dose.")),
        *back_matter(231),
        ("refs", "References", references(2323, 12, "numbered")),
    ],
)

MOREAU_2020 = Study(
    pdf="moreau2020_radsc_exo_femoral_mgkg.pdf",
    split="heldout",
    exercises="two columns STIX with ligatures and Greek mu, hyphenation; 'T8/T9', rpm with g equivalent, "
              "AFM, size range + mean, '1.5 mg/kg' via femoral vein, BBB in the text at week 8 (SD), "
              "sealed-envelope allocation",
    layout=2, font="stix", micro="μ", ligatures=True, hyphenate=True,
    running_head="Neurotrauma Reports and Science, 2020, 3, 77–89", running_authors="I. Moreau et al.",
    first_page=77, header_style="rule",
    fields={
        "first_author": "Moreau", "year": 2020, "journal": "Neurotrauma Reports and Science",
        "doi": "10.5555/nrs.2020.077",
        "title": "Systemic adipose-derived exosomes reduce apoptosis and lesion volume after thoracic "
                 "spinal cord contusion",
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": weight(180, 200),
        "n_per_group": 11, "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T8-T9",
        "source_tissue": "adipose", "source_species": "rat", "modification": "none",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "110,000 g 75 min",
        "characterization": ["TEM", "NTA", "western_blot", "AFM"], "markers": ["CD9", "CD63", "flotillin-1"],
        "size_nm": size(102.7, "mean", "NTA", 35, 180), "dose": dose(1.5, "mg_per_kg", None, "protein"),
        "route": "intravenous", "route_detail": "femoral vein", "frequency": freq(1), "timing_post_injury_h": 1.0,
        "mechanism": "inhibition of neuronal apoptosis via Bcl-2/Bax",
        "reported_randomisation": True, "reported_conflict_of_interest": True,
    },
    bbb=Bbb("sd", (
        _g("Control", "control", 11, (9.8,), (1.6,), (56.0,)),
        _g("ADSC-Exo", "treatment", 11, (13.1,), (1.4,), (56.0,)),
    ), source="text"),
    blocks=[
        ("masthead", ("[[journal|Neurotrauma Reports and Science]], [[year|2020]], 3, 77–89 · "
                     "[[doi|DOI 10.5555/nrs.2020.077]]")),
        ("title", ("[[title|Systemic adipose-derived exosomes reduce apoptosis and lesion volume after "
                  "thoracic spinal cord contusion]]")),
        ("authors", "Ines [[first_author|Moreau]], Lukas Hoffmann and Chiara Rossi"),
        ("affil", "Institut de Recherche en Neurotraumatologie (invented)"),
        ("abstract", "Summary", ("We isolated exosomes from rat adipose-derived stromal cells (ADSC-Exo) by "
         "ultracentrifugation and infused them once into the femoral vein after a thoracic contusion. Over "
         "eight weeks, treated rats developed smaller cavities and regained coordinated stepping more "
         "often than controls.")),
        ("columns",),
        ("h1", "Introduction"),
        ("p", ("Apoptosis of neurons and oligodendrocytes continues for weeks after contusion.<super>1</super> "
              "Adipose stromal cells are abundant and their exosomes — nanovesicles usually quoted at "
              "30–150 nm<super>2</super> — are anti-apoptotic in the heart and kidney.")),
        ("h1", "Materials and Methods"),
        ("p", ("<i>Ethics and allocation.</i> [[reported_randomisation|Allocation to groups used sealed, "
              "opaque envelopes prepared by an independent person]]. [[n_per_group|Eleven rats per group]] "
              "were analysed.")),
        ("p", ("<i>Exosome preparation.</i> [[source_tissue,source_species|Stromal cells were isolated from "
              "inguinal fat pads of donor Sprague-Dawley rats]] and expanded to passage 4. "
              "[[modification|The exosomes were naive, i.e. not engineered]]. After removal of cells and "
              "microvesicles, [[isolation_method,isolation_detail|exosomes were sedimented at 40,000 rpm "
              "(≈110,000 g) for 75 min in a Type 70 Ti rotor]]. [[characterization|Transmission electron "
              "microscopy]], [[characterization|atomic force microscopy]], [[characterization|nanoparticle "
              "tracking]] and [[characterization|immunoblots]] against [[markers|CD9, CD63 and "
              "flotillin-1]] were used to characterise them.")),
        ("p", ("<i>Contusion.</i> [[species,strain,sex|Sprague-Dawley females]] "
              "([[body_weight_g|180 to 200 g]]) received a [[injury_model,injury_device|contusion from a 10 g "
              "rod dropped 50 mm with the NYU device]] at [[injury_level|T8/T9]].")),
        ("p", ("<i>Treatment.</i> [[timing_post_injury_h|One hour later]], [[dose|1.5 mg/kg ADSC-Exo]] "
              "(protein) or vehicle was [[route,route_detail|infused into the femoral vein]] "
              "[[frequency|once]]. Cortical neurons received 100 μg/mL in vitro.")),
        ("h1", "Results"),
        ("p", ("[[size_nm|Particle sizes ranged from 35 to 180 nm, with a mean of 102.7 nm]] (NTA). AFM "
              "confirmed round, flattened vesicles.")),
        ("p", ("By week 8 the BBB score of the ADSC-Exo group reached {bbb:ADSC-Exo@56}, against "
              "{bbb:Control@56} in controls (mean ± SD, P = 0.002).")),
        ("h1", "Discussion"),
        ("p", ("[[mechanism|ADSC-Exo inhibited neuronal apoptosis by shifting the Bcl-2/Bax balance]]. "
              "Intrathecal delivery of 5 μg daily has also been described,<super>3</super> as have "
              "hydrogel depots.")),
        ("small", ("<b>Author Disclosure Statement</b> [[reported_conflict_of_interest|No competing financial "
                  "interests exist]].")),
        *back_matter(2020),
        ("refs", "References", references(2020_3, 22)),
    ],
)

TAN_2024 = Study(
    pdf="tan2024_mouse_3d_hucmsc_sev_scaffold.pdf",
    split="heldout",
    exercises="MOUSE, one column DejaVu Serif, Greek mu; forceps crush (compression), 3D-culture modification, "
              "tangential flow only, NTA median, sEVs in a collagen scaffold; BMS ONLY in a figure (no outcome "
              "rows); blinded scoring",
    layout=1, font="dejavu_serif", micro="μ", ligatures=False, hyphenate=False,
    running_head="Regen Neurosci Lett 2024 · 12(1) · 40–52", running_authors="Tan & Jensen", first_page=40,
    header_style="rule",
    fields={
        "first_author": "Tan", "year": 2024, "journal": "Regen Neurosci Lett", "doi": "10.5555/rnl.2024.12.40",
        "title": "Spheroid-primed umbilical cord MSC vesicles in a collagen scaffold support axon growth after "
                 "spinal cord crush in mice",
        "species": "mouse", "strain": "C57BL/6", "sex": "male", "body_weight_g": weight(20, 25),
        "n_per_group": 8, "injury_model": "compression", "injury_device": "forceps", "injury_level": "T10",
        "source_tissue": "umbilical_cord", "source_species": "human", "modification": "3D culture",
        "isolation_method": ["tangential_flow"], "isolation_detail": "tangential flow filtration 500 kDa",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD9", "CD63", "CD81"],
        "size_nm": size(93.0, "median", "NTA"), "dose": dose(10, "ug", None, "protein"),
        "route": "implanted_biomaterial", "route_detail": "collagen scaffold", "frequency": freq(1),
        "timing_post_injury_h": 0.0, "mechanism": "mTOR-dependent axon regeneration",
        "reported_blinded_assessment": True,
    },
    bbb=Bbb("sem", (
        _g("Scaffold", "control", 8, (0.5, 1.4, 2.3, 2.9, 3.2), (0.2, 0.3, 0.3, 0.4, 0.4), (1.0, 7.0, 14.0, 21.0, 28.0)),
        _g("Scaffold+sEV", "treatment", 8, (0.6, 2.0, 3.5, 4.4, 5.1), (0.2, 0.3, 0.4, 0.4, 0.5), (1.0, 7.0, 14.0, 21.0, 28.0)),
    ), source="figure", scale="BMS"),
    notes=["BMS scores are reported only in Fig. 2 (a vector line plot); no outcome rows."],
    blocks=[
        ("masthead", ("[[journal|Regen Neurosci Lett]] [[year|2024]] · 12(1) · 40–52 · "
                     "[[doi|https://doi.org/10.5555/rnl.2024.12.40]]")),
        ("title", ("[[title|Spheroid-primed umbilical cord MSC vesicles in a collagen scaffold support axon "
                  "growth after spinal cord crush in mice]]")),
        ("authors", "Wei Ling [[first_author|Tan]] &amp; Mads Jensen"),
        ("affil", "Laboratory for Neural Regeneration (invented)"),
        ("abstract", "Abstract", ("Growing MSCs as three-dimensional spheroids changes their vesicle cargo. "
         "Small EVs from spheroid-cultured umbilical cord MSCs were loaded into a collagen scaffold placed on "
         "crushed mouse spinal cords. More serotonergic axons crossed the lesion and locomotor scores "
         "improved.")),
        ("columns",),
        ("h1", "Introduction"),
        ("p", ("Three-dimensional culture increases the secretion of trophic factors by MSCs [1]. Vesicles "
              "released by these cells (exosomes are often said to measure 30–150 nm) may therefore be more "
              "potent [2].")),
        ("h1", "Methods"),
        ("p", ("<b>Cells and vesicles.</b> [[source_tissue,source_species|Umbilical cord MSCs from a human donor "
              "bank]] were [[modification|cultured as 3D spheroids]] in ultra-low attachment plates for 72 h. "
              "[[isolation_method,isolation_detail|Vesicles were purified from the medium by tangential flow "
              "filtration with a 500 kDa cartridge]]. They were characterised by "
              "[[characterization|NTA]], [[characterization|TEM]] and [[characterization|Western blot]] "
              "([[markers|CD9, CD63, CD81]]).")),
        ("p", ("<b>Mice.</b> Adult [[species,strain,sex|male C57BL/6 mice]] ([[body_weight_g|20–25 g]]) "
              "were anesthetized with ketamine. At [[injury_level|T10]] the cord was "
              "[[injury_model,injury_device|crushed with Dumont #5 forceps]] for 3 s. "
              "[[route,route_detail|A collagen scaffold]] containing [[dose|10 μg of sEVs]] was "
              "[[timing_post_injury_h,frequency|laid over the lesion immediately after the crush, once]]. "
              "Controls received an empty scaffold. [[n_per_group|Eight mice per group]] were scored with the "
              "Basso Mouse Scale (BMS) [[reported_blinded_assessment|by an examiner unaware of treatment]].")),
        ("h1", "Results"),
        ("p", ("NTA indicated a [[size_nm|median particle size of 93 nm]]. The sEV scaffold group improved "
              "faster (Fig. 2).")),
        ("bbb_figure", ("<b>Fig. 2.</b> BMS scores over 28 days in the Scaffold and Scaffold+sEV groups (mean ± "
                       "SEM, n = 8). Individual values are not tabulated.")),
        ("h1", "Discussion"),
        ("p", ("[[mechanism|The vesicles promoted axon regeneration through mTOR activation]], as rapamycin "
              "abolished the effect. Intranasal and intravenous vesicle doses of 30 ug/kg to 200 μg have been "
              "used elsewhere [3, 4].")),
        *back_matter(241),
        ("refs", "References", references(2424, 12, "numbered")),
    ],
)

RIBEIRO_2019 = Study(
    pdf="ribeiro2019_rbmsc_exo_ischemia_intrathecal.pdf",
    split="heldout",
    exercises="one column Times with micro sign, hyphenation; spinal cord ISCHEMIA-REPERFUSION (no vertebral "
              "level, no impactor), thin-space '100 000 × g', TEM size range, dose as exosomes from 2 × 10^6 "
              "cells, intrathecal catheter, three doses 24 h apart, ruled BBB table with days as rows (SD), "
              "randomisation + blinding + sample size + ethics",
    layout=1, font="times", micro="µ", ligatures=False, hyphenate=True,
    running_head="Exp Spinal Med (2019) 28:310–321", running_authors="M. Ribeiro, S. Dong, A. Lopez",
    first_page=310, header_style="plain", pagesize="letter",
    fields={
        "first_author": "Ribeiro", "year": 2019, "journal": "Exp Spinal Med", "doi": "10.5555/esm.2019.28.310",
        "title": "Intrathecal exosomes from bone marrow stromal cells protect motor neurons after spinal cord "
                 "ischemia-reperfusion",
        "species": "rat", "strain": "Wistar", "sex": "female", "body_weight_g": weight(220, 260),
        "n_per_group": 8, "injury_model": "ischemia_reperfusion",
        "source_tissue": "bone_marrow", "source_species": "rat",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 g 60 min",
        "characterization": ["TEM", "western_blot"], "markers": ["Alix", "TSG101", "CD63"],
        "size_nm": size(None, None, "TEM", 60, 110), "dose": dose(2e6, "cells_equivalent", 20, None),
        "route": "intrathecal", "route_detail": "intrathecal catheter", "frequency": freq(3, 24),
        "timing_post_injury_h": 0.0, "mechanism": "inhibition of motor neuron apoptosis via miR-21/PDCD4",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True, "reported_welfare_compliance": True,
    },
    bbb=Bbb("sd", (
        _g("Sham", "sham", 8, (21.0, 21.0, 21.0, 21.0), (0.0, 0.0, 0.0, 0.0), (1.0, 2.0, 3.0, 7.0)),
        _g("I/R + vehicle", "control", 8, (5.3, 6.1, 6.8, 7.4), (2.1, 2.2, 2.0, 2.3), (1.0, 2.0, 3.0, 7.0)),
        _g("I/R + Exo", "treatment", 8, (8.6, 10.2, 11.5, 13.0), (2.4, 2.1, 2.2, 2.0), (1.0, 2.0, 3.0, 7.0)),
    ), source="table", day_label="day"),
    blocks=[
        ("masthead", ("[[journal|Exp Spinal Med]] ([[year|2019]]) 28:310–321 "
                     "[[doi|https://doi.org/10.5555/esm.2019.28.310]]")),
        ("title", ("[[title|Intrathecal exosomes from bone marrow stromal cells protect motor neurons after "
                  "spinal cord ischemia-reperfusion]]")),
        ("authors", "Marta [[first_author|Ribeiro]] · Shan Dong · Ana Lopez"),
        ("affil", "Department of Vascular Surgery and Neuroscience (invented)"),
        ("abstract", "Abstract", ("Paraplegia after thoracoabdominal aortic surgery results from spinal cord "
         "ischemia-reperfusion (I/R). We gave exosomes from rat bone marrow stromal cells through an "
         "intrathecal catheter at reperfusion and on the next two days. Exosome-treated rats kept more motor "
         "neurons and had better hindlimb scores during the first week.")),
        ("columns",),
        ("h1", "1 Introduction"),
        ("p", ("Delayed motor neuron death follows transient spinal ischemia [1]. Exosomes, vesicles of "
              "endosomal origin with sizes of roughly 30–150 nm, reproduce many effects of their parent "
              "stromal cells [2, 3].")),
        ("h1", "2 Materials and methods"),
        ("h2", "2.1 Study design"),
        ("p", ("[[reported_welfare_compliance|The protocol was approved by the institutional ethics committee "
              "for animal research and complied with Directive 2010/63/EU]]. "
              "[[reported_sample_size_calculation|Sample size was estimated from a pilot study to detect a "
              "3-point BBB difference]] ([[n_per_group|n = 8/group]]). [[reported_randomisation|Rats were "
              "randomized using a random number generator]], and [[reported_blinded_assessment|BBB testing "
              "was done by two raters blinded to treatment]].")),
        ("h2", "2.2 Exosomes"),
        ("p", ("[[source_tissue,source_species|Stromal cells were flushed from the bone marrow of Wistar "
              "rats]]. Conditioned medium underwent sequential centrifugation (2 000 × g, 10 000 × g) before "
              "[[isolation_method,isolation_detail|pelleting at 100 000 × g for 1 h]]. "
              "[[characterization|TEM]] and [[characterization|immunoblotting]] for [[markers|Alix, TSG101 "
              "and CD63]] identified the vesicles.")),
        ("h2", "2.3 Spinal cord ischemia"),
        ("p", ("[[species,strain,sex|Female Wistar rats]] weighing [[body_weight_g|220 to 260 g]] were "
              "anaesthetised and a 2F balloon catheter was advanced into the descending aorta. "
              "[[injury_model|Spinal cord ischemia was induced by aortic occlusion for 12 min followed by "
              "reperfusion]]. An intrathecal PE-10 catheter was placed at the lumbar enlargement.")),
        ("h2", "2.4 Treatment"),
        ("p", ("[[dose|Exosomes derived from 2 × 10^6 cells, in 20 µL]], were delivered "
              "[[route,route_detail|through the intrathecal catheter]] [[timing_post_injury_h,frequency|at "
              "reperfusion and again 24 and 48 h later]].")),
        ("h1", "3 Results"),
        ("p", ("Under TEM the exosomes [[size_nm|measured 60–110 nm]]. Exosome treatment improved "
              "locomotion within 24 h (Table 1).")),
        ("bbb_table", "Table 1 Hindlimb BBB scores after I/R, mean ± SD (n = 8)", "days_rows", True),
        ("h1", "4 Discussion"),
        ("p", ("[[mechanism|Exosomal miR-21 inhibited motor neuron apoptosis by targeting PDCD4]]. In "
              "traumatic models, 200 µg exosomes were given intravenously [4].")),
        ("refs", "References", references(1919, 10, "numbered")),
    ],
)

LINDQVIST_2023 = Study(
    pdf="lindqvist2023_hucmsc_ev_daily_iv.pdf",
    split="heldout",
    exercises="two columns Times with micro sign, hyphenation; 'Sprague Dawley' without hyphen, no body weight "
              "(age only), 'thoracic level 10', ultracentrifugation + iodixanol cushion, 'peaked at 132 nm', "
              "'0.5 mL' volume, lateral tail vein daily for seven days from 6 h, BBB in the text (SD), only a "
              "COI statement",
    layout=2, font="times", micro="µ", ligatures=False, hyphenate=True,
    running_head="Cell Ther Lett 2023 Nov;10(4):512–523", running_authors="Lindqvist E, Qian R",
    first_page=512, header_style="plain", pagesize="letter",
    fields={
        "first_author": "Lindqvist", "year": 2023, "journal": "Cell Ther Lett", "doi": "10.5555/ctl.2023.10.512",
        "title": "Daily infusion of umbilical cord MSC extracellular vesicles after contusive spinal cord injury",
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male",
        "n_per_group": 10, "injury_model": "contusion", "injury_device": "MASCIS impactor", "injury_level": "T10",
        "source_tissue": "umbilical_cord", "source_species": "human", "modification": "none",
        "isolation_method": ["ultracentrifugation", "density_gradient"],
        "isolation_detail": "120,000 g 120 min; iodixanol cushion",
        "characterization": ["NTA", "western_blot"], "markers": ["CD9", "CD63", "TSG101"],
        "size_nm": size(132.0, "mode", "NTA"), "dose": dose(200, "ug", 500, "protein"),
        "route": "intravenous", "route_detail": "tail vein", "frequency": freq(7, 24), "timing_post_injury_h": 6.0,
        "mechanism": "Wnt/β-catenin signalling",
        "reported_conflict_of_interest": True,
    },
    bbb=Bbb("sd", (
        _g("Saline", "control", 10, (4.6, 6.9, 8.2), (1.3, 1.4, 1.5), (7.0, 21.0, 35.0)),
        _g("UC-EV", "treatment", 10, (5.2, 9.0, 11.3), (1.2, 1.6, 1.5), (7.0, 21.0, 35.0)),
    ), source="text"),
    blocks=[
        ("masthead", ("[[journal|Cell Ther Lett]] [[year|2023]] Nov;10(4):512–523. "
                     "[[doi|doi: 10.5555/ctl.2023.10.512]]")),
        ("title", ("[[title|Daily infusion of umbilical cord MSC extracellular vesicles after contusive spinal "
                  "cord injury]]")),
        ("authors", "Erik [[first_author|Lindqvist]]<super>a,*</super>, Rui Qian<super>b</super>"),
        ("affil", "<super>a</super>Karl Institute (invented); <super>b</super>Neurobiology Group (invented)"),
        ("abstract", "Abstract", ("Most extracellular vesicle (EV) studies in spinal cord injury give a single "
         "dose. We compared daily EV infusions for a week with saline in rats with a MASCIS contusion and "
         "followed them for five weeks. Repeated EVs improved open-field locomotion and reduced cavitation.")),
        ("columns",),
        ("h1", "1. Introduction"),
        ("p", ("EVs are cleared from the blood within minutes (1). Exosome-sized EVs (30–150 nm) from "
              "umbilical cord MSCs carry Wnt ligands (2), and rats treated with 100 µg/kg intraperitoneally "
              "improved in earlier work (3).")),
        ("h1", "2. Materials and methods"),
        ("p", ("2.1. EV production. [[source_tissue,source_species|MSCs from human umbilical cords]] "
              "([[modification|unmodified]]) were cultured in xeno-free medium. "
              "[[isolation_method,isolation_detail|EVs were collected by ultracentrifugation at 120 000g for "
              "2 h onto an iodixanol density cushion]], washed and counted by [[characterization|nanoparticle "
              "tracking analysis]]; [[characterization|western blots]] showed [[markers|CD9, CD63 and "
              "TSG101]].")),
        ("p", ("2.2. Animals and surgery. [[species,strain,sex|Male Sprague Dawley rats]] (8 weeks old) were "
              "anesthetized with isoflurane and laminectomized [[injury_level|at thoracic level 10 (T10)]]. "
              "A [[injury_model,injury_device|moderate contusion (10 g, 25 mm) was produced with the MASCIS "
              "impactor]]. [[n_per_group|Ten rats]] were included per group.")),
        ("p", ("2.3. EV infusion. [[dose|200 µg EV protein in 0.5 mL saline]] was infused "
              "[[route,route_detail|into the lateral tail vein]] [[frequency|daily for seven consecutive "
              "days]], [[timing_post_injury_h|commencing 6 h after SCI]].")),
        ("p", "2.4. Behaviour. The BBB scale was used weekly. Statistical tests were two-sided."),
        ("h1", "3. Results"),
        ("p", ("The EV size distribution [[size_nm|peaked at 132 nm]]. One week after injury the groups were "
              "similar (saline {bbb:Saline@7}; UC-EV {bbb:UC-EV@7}). From day 21, UC-EV rats were better "
              "({bbb:UC-EV@21} vs {bbb:Saline@21}), and on day 35 they reached {bbb:UC-EV@35} compared with "
              "{bbb:Saline@35} (mean ± SD).")),
        ("h1", "4. Discussion"),
        ("p", ("[[mechanism|The EVs appear to act through Wnt/β-catenin signalling]], since a Wnt inhibitor "
              "abolished the benefit. Single intrathecal doses of 1 × 10^10 particles have been studied (4).")),
        ("small", ("<b>Declaration of competing interest</b> [[reported_conflict_of_interest|The authors "
                  "declare that they have no known competing financial interests]].")),
        *back_matter(2023),
        ("refs", "References", references(2323_1, 22, "apa")),
    ],
)

STUDIES = [KIM_2022, OKAFOR_2023, MOREAU_2020, TAN_2024, RIBEIRO_2019, LINDQVIST_2023]
