"""Cobalt studies 1-3 (everything invented; see ../README.md for what each exercises)."""

from __future__ import annotations

from extgen.common import FOOTNOTE, GMU, MU, NB, POOL, TH, day_fmt, dpi_fmt, week_fmt
from extgen.model import Scores, Study

_D1 = [1, 3, 7, 14, 21, 28]

CHERUIYOT = Study(
    stem="cheruiyot2021_hbmsc_exo_days1357_design_tailvein",
    layout="single",
    title="Repeated tail-vein delivery of human bone marrow stromal cell exosomes limits microglial "
          "pyroptosis and improves hindlimb function after thoracic contusion in rats",
    short_title="Repeated hBMSC exosomes after contusion",
    authors=[("Wanjiru A.", "Cheruiyot"), ("Tomasz", "Lewandowicz"), ("Amani", "Odhiambo"), ("Helga", "Brunsvik")],
    affiliations=["Department of Neurosurgery, Rift Valley Institute of Neural Repair, Nakuru, Kenya",
                  "Laboratory of Vesicle Biology, Pomeranian Centre for Translational Medicine, Gdańsk, Poland"],
    journal="Journal of Regenerative Neurotrauma",
    year=2021, volume="9(4): e0412", doi="10.5555/jrn.2021.0412", pmid="99103101", pmcid="PMC99103101",
    received="2021-03-14",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 220, "high": 260},
        "n_per_group": 10, "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T10",
        "source_tissue": "bone_marrow", "source_species": "human",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 g 70 min, twice",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 118.4, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 500, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 4, "interval_h": 48}, "timing_post_injury_h": 24.0,
        "mechanism": "inhibition of NLRP3 inflammasome-mediated microglial pyroptosis",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", ("Pyroptotic death of microglia amplifies secondary injury after spinal cord trauma. We asked "
         "whether exosomes released by human bone marrow mesenchymal stromal cells (hBMSC-Exo), given repeatedly "
         "through the tail vein during the first week, influence this process.")),
        ("Methods", ("Adult female rats received a contusion at the tenth thoracic vertebra and were treated with "
         "hBMSC-Exo or PBS according to a fixed schedule during the first post-injury week. Locomotion was scored "
         "with the BBB scale for 4 weeks.")),
        ("Results", ("hBMSC-Exo reduced cleaved caspase-1 and gasdermin D in spinal microglia and improved BBB "
         "scores from day 7 onwards (day 28: {bbb:SCI + hBMSC-Exo@28} vs {bbb:SCI + PBS@28}).")),
        ("Conclusion", ("Repeated early systemic dosing of hBMSC-Exo dampens microglial pyroptosis and "
         "supports hindlimb recovery.")),
    ],
    keywords=["spinal cord injury", "exosomes", "pyroptosis", "NLRP3", "bone marrow stromal cells"],
    sections=[
        ("intro", "1. Introduction", [
            ("Spinal cord contusion sets off a cascade of inflammation in which resident microglia are both "
            "effectors and casualties [3,7]. Exosomes, membrane vesicles of roughly 30–150 nm that carry protein "
            "and RNA between cells [2], have been proposed as a cell-free substitute for stromal cell grafts."),
            "Most rodent studies have used one injection of 100–200 " + MU + "g shortly after injury [5,11]. "
            "Whether several injections spread over the first week add benefit is less clear, and we therefore "
            "tested a repeated schedule of tail-vein injections against a vehicle.",
        ]),
        ("methods", "2. Materials and methods", [
            ("h", "2.1. Animals and ethics"),
            "{{sex,species,strain|Female Sprague-Dawley rats}} ({{body_weight_g|220–260" + NB + "g}}; Kesho Breeding "
            "Unit) were housed in pairs under a 12 h light/dark cycle. {{reported_welfare_compliance|All procedures "
            "were approved by the Institutional Animal Care and Use Committee of the Rift Valley Institute "
            "(protocol RVI-2019-044)}} and followed the ARRIVE 2.0 guidelines. Forty rats were "
            "{{n_per_group,reported_randomisation|allocated to four groups of ten by a random number table}}; "
            "the design is summarised in Table 1 (the fourth group received exosomes without injury and is "
            "reported elsewhere).",
            ("h", "2.2. Contusion injury"),
            "Under isoflurane anaesthesia (2–3%), {{injury_level|a laminectomy was performed at the T10 vertebra}} "
            "and the exposed dorsal cord (spinal segment T11) was contused with the "
            "{{injury_device,injury_model|NYU impactor (10" + NB + "g rod dropped from 25" + NB + "mm)}}. Sham rats "
            "underwent the laminectomy only. Bladders were expressed manually twice daily until reflex voiding "
            "returned.",
            ("h", "2.3. Cell culture and exosome isolation"),
            "{{source_species,source_tissue|Human bone marrow mesenchymal stromal cells}} (passage 4–6; Lonza "
            "donor lot 19TL-088) were grown to 80% confluence and switched to exosome-depleted medium for 48 h. "
            "Conditioned medium was cleared at 300" + NB + "×" + NB + "g for 10 min, 2000" + NB + "×" + NB + "g for "
            "20 min and 10" + TH + "000" + NB + "×" + NB + "g for 30 min, filtered (0.22 " + GMU + "m) and "
            "{{isolation_method,isolation_detail|ultracentrifuged at 100" + TH + "000" + NB + "×" + NB + "g for "
            "70 min (Type 45 Ti rotor); the pellet was washed in PBS and spun again at 100" + TH + "000" + NB + "×"
            + NB + "g for 70 min}}. Protein was measured by BCA assay.",
            ("h", "2.4. Characterisation"),
            ("{{characterization|Vesicles were imaged by transmission electron microscopy after negative staining, "
            "sized by nanoparticle tracking analysis (NanoSight NS300) and probed by western blotting}} for "
            "{{markers|CD9, CD63 and TSG101, with calnexin as a negative control}}."),
            ("h", "2.5. Treatment"),
            "Each injection contained {{dose|100" + NB + MU + "g of exosomal protein in 500" + NB + MU + "L PBS}}, "
            "given {{route,route_detail|through a lateral tail vein}} over 1 min; vehicle rats received 500 "
            + MU + "L PBS. Treatment {{timing_post_injury_h|began on the day after injury}} and followed the "
            "schedule in Table 1.",
            ("table", "Table 1", "Experimental groups and treatment schedule.", {
                "design": [
                    ["Group", "n", "Treatment", "Dose per injection", "Route", "Schedule (days post-injury)"],
                    ["Sham", "10", "Laminectomy only", "–", "–", "–"],
                    ["SCI + PBS", "10", "PBS", "500 " + MU + "L", "Tail vein", "Days 1, 3, 5 and 7"],
                    ["SCI + hBMSC-Exo", "10", "hBMSC-Exo", "100 " + MU + "g", "Tail vein",
                     "{{frequency|Days 1, 3, 5 and 7}}"],
                    ["Exo only", "10", "hBMSC-Exo, no injury", "100 " + MU + "g", "Tail vein", "Days 1, 3, 5 and 7"],
                ],
                "groups": [], "days": [],
                "widths": [70, 22, 80, 62, 50, 90],
            }),
            ("h", "2.6. Behavioural assessment"),
            ("{{reported_blinded_assessment|Two observers unaware of group allocation}} scored open-field "
            "locomotion with the BBB scale on days 1, 3, 7, 14, 21 and 28. Data are mean ± SD; groups were "
            "compared by two-way repeated-measures ANOVA with Bonferroni correction (P < 0.05)."),
        ]),
        ("results", "3. Results", [
            ("h", "3.1. Vesicle characterisation"),
            "Electron micrographs showed cup-shaped vesicles. By NTA the preparations had a "
            "{{size_nm|mean diameter of 118.4 ± 21.7" + NB + "nm}} and 2.9 × 10<sup>11</sup> particles per mg "
            "protein. CD9, CD63 and TSG101 were enriched and calnexin was absent.",
            ("h", "3.2. Locomotor recovery"),
            ("All rats survived to day 28. Scores were near zero in both injured groups on day 1 and diverged from "
            "day 7 (Table 2). On day 14 the exosome group reached {bbb:SCI + hBMSC-Exo@14}, against "
            "{bbb:SCI + PBS@14} with PBS (P < 0.01)."),
            ("table", "Table 2", "BBB scores (mean ± SD, n = 10 per group).", {
                "orient": "cols", "groups": ["Sham", "SCI + PBS", "SCI + hBMSC-Exo"], "days": _D1,
                "day_fmt": day_fmt, "corner": "Group",
            }),
            ("h", "3.3. Microglial pyroptosis"),
            ("Cleaved caspase-1 fell by 46% and GSDMD-N by 38% in spinal tissue of exosome-treated rats on day 3, "
            "and fewer Iba1<sup>+</sup> cells were positive for NLRP3."),
        ]),
        ("discussion", "4. Discussion", [
            "Four injections of hBMSC-Exo during the first week improved locomotion and reduced pyroptotic "
            "markers. Our findings are consistent with {{mechanism|inhibition of NLRP3 inflammasome-mediated "
            "pyroptosis in microglia}}. Earlier work gave a single 200 " + MU + "g dose 30 min after injury and "
            "found scores of about 10 at four weeks [5]; the gain we saw with a lower per-injection dose suggests "
            "that repetition matters.",
            "Limitations include the use of female rats only and a four-week follow-up.",
        ]),
    ],
    references=POOL[:12],
    scores=Scores(outcome="BBB", err="sd",
                  groups=[("Sham", "sham", 10), ("SCI + PBS", "control", 10), ("SCI + hBMSC-Exo", "treatment", 10)],
                  values={
                      "Sham": {d: (21.0, 0.0) for d in _D1},
                      "SCI + PBS": dict(zip(_D1, [(0.4, 0.5), (1.6, 0.9), (3.9, 1.2), (6.2, 1.5), (7.8, 1.6), (8.5, 1.8)], strict=True)),
                      "SCI + hBMSC-Exo": dict(zip(_D1, [(0.5, 0.5), (2.1, 1.0), (5.2, 1.3), (8.4, 1.6), (10.6, 1.7), (11.9, 1.9)], strict=True)),
                  }),
    back=[("Ethics statement", ("The animal study was approved by the Institutional Animal Care and Use Committee "
           "of the Rift Valley Institute.")),
          ("Conflict of interest", "{{reported_conflict_of_interest|The authors declare no competing interests}}.")],
    footnote=FOOTNOTE,
)

_DB = [1, 7, 14, 21, 28]

KAUPPINEN = Study(
    stem="kauppinen2019_hucmsc_sev_uf_qev_eod_intrathecal",
    layout="twocol",
    title="Intrathecal small extracellular vesicles from umbilical cord stromal cells preserve the "
          "blood–spinal cord barrier after clip compression",
    short_title="Intrathecal UC-MSC sEVs after compression",
    authors=[("Eveliina", "Kauppinen"), ("Rashid", "Mahmoudi"), ("Sofía", "Arancibia"), ("Jonne", "Pelkonen"),
             ("Ilkka", "Vuorela")],
    affiliations=["Neuroscience Unit, Lakeland Institute of Biomedicine, Kuopio, Finland",
                  "Department of Pharmacology, Southern Andes University, Valdivia, Chile"],
    journal="Neural Regeneration Letters",
    year=2019, volume="14: 233–247", doi="10.5555/nrl.2019.233", pmid="99103102", pmcid="PMC99103102",
    received="2018-11-02",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male", "body_weight_g": {"low": 250, "high": 300},
        "n_per_group": 12, "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T9-T10",
        "source_tissue": "umbilical_cord", "source_species": "human", "modification": "none",
        "isolation_method": ["ultrafiltration", "size_exclusion"],
        "isolation_detail": "Amicon Ultra-15 100 kDa; qEVoriginal 70 nm column",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD63", "CD81", "Alix", "calnexin"],
        "size_nm": {"value": 112.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 5e9, "unit": "particles", "volume_ul": 10, "basis": "particles"},
        "route": "intrathecal", "route_detail": "intrathecal catheter",
        "frequency": {"doses": 4, "interval_h": 48}, "timing_post_injury_h": 2.0,
        "mechanism": "preservation of blood–spinal cord barrier tight junctions via reduced MMP-9",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, ("Disruption of the blood–spinal cord barrier (BSCB) lets plasma proteins and leukocytes into the "
         "injured cord. We isolated small extracellular vesicles (sEVs) from {{source_species,source_tissue|human umbilical cord mesenchymal "
         "stromal cells}} (hUC-MSCs) by ultrafiltration and size-exclusion chromatography and delivered them "
         "intrathecally every other day to Wistar rats after clip compression of the thoracic cord. sEV "
         "treatment reduced Evans blue extravasation and MMP-9 activity, preserved occludin and ZO-1, and "
         "improved BBB scores at 4 weeks ({bbb:SCI + sEV@28} vs {bbb:SCI + vehicle@28}, mean ± SEM).")),
    ],
    keywords=["blood–spinal cord barrier", "small extracellular vesicles", "intrathecal", "umbilical cord"],
    sections=[
        ("intro", "Introduction", [
            ("Within hours of compression the BSCB opens, and matrix metalloproteinase-9 (MMP-9) released by "
            "neutrophils degrades tight junction proteins [6]. Extracellular vesicles of stromal cells reduce "
            "MMP-9 in other injury models [2,10], but systemic delivery loses most vesicles to liver and spleen "
            "[5]. Intrathecal infusion places them in the cerebrospinal fluid next to the lesion [8]."),
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Animals"),
            "{{sex,species,strain|Male Wistar rats}} weighing {{body_weight_g|250–300" + NB + "g}} were used. "
            "{{reported_welfare_compliance|The National Animal Experiment Board approved the experiments "
            "(ESAVI/7731/2017)}}. Thirty-six rats were {{n_per_group,reported_randomisation|randomly assigned to the "
            "three groups in equal numbers}} (sham, SCI + vehicle and SCI + sEV) using sealed envelopes.",
            ("h", "Compression injury and catheter placement"),
            ("After laminectomy the {{injury_device,injury_model,injury_level|cord was compressed extradurally at the "
            "T9–T10 level with a modified aneurysm clip}} (closing force 35 g) for 60 s. In the same session a "
            "PE-10 catheter was inserted through a "
            "puncture between L5 and L6 and advanced rostrally so that its tip lay at the T12–T13 level; it was "
            "tunnelled subcutaneously to the neck."),
            ("h", "Production of sEVs"),
            "{{source_species,source_tissue|hUC-MSCs}} (third to fifth passage, from the cords of three donors) were conditioned in serum-free medium for 48 h. After removal of cells "
            "and debris (2000" + NB + "×" + NB + "g, 20 min), the medium was "
            "{{isolation_method,isolation_detail|concentrated on Amicon Ultra-15 filters (100 kDa cut-off) and "
            "fractionated on qEVoriginal/70 nm size-exclusion columns}}; fractions 7–9 were pooled. "
            "{{modification|Native (unmodified) sEVs}} were used throughout.",
            ("Particle size and concentration were measured by {{characterization|nanoparticle tracking (NanoSight "
            "LM10), morphology by transmission electron microscopy and protein markers by western blot}} "
            "({{markers|CD63, CD81 and Alix; calnexin served as a negative marker}})."),
            ("h", "Treatment"),
            "Rats received {{dose|5 × 10<sup>9</sup> particles in 10" + NB + GMU + "L}} of sEVs or 10 "
            + GMU + "L PBS {{route,route_detail|through the intrathecal catheter}}, flushed with 10 " + GMU + "L "
            "saline, {{frequency|every other day, four doses in total}}, with {{timing_post_injury_h|the first "
            "injection 2 h after compression}}.",
            ("h", "Outcome assessment"),
            ("{{reported_blinded_assessment|Locomotion was scored with the BBB scale by two investigators who did not "
            "know the treatment}} at 1, 7, 14, 21 and 28 dpi. Results are mean ± SEM."),
        ]),
        ("results", "Results", [
            "NTA gave a {{size_nm|modal diameter of 112" + NB + "nm}} and 1.8 × 10<sup>12</sup> particles/mL in "
            "the pooled fractions. One rat in the SCI + vehicle group and one in the SCI + sEV group lost catheter "
            "patency and were excluded, leaving 11 injured rats per group for analysis.",
            ("Evans blue extravasation at 24 h was 41% lower after sEVs. Hindlimb function improved from the first "
            "week: at 7 dpi BBB scores were {bbb:SCI + sEV@7} with sEVs and {bbb:SCI + vehicle@7} with vehicle, "
            "and at 21 dpi {bbb:SCI + sEV@21} versus {bbb:SCI + vehicle@21} (Table 1)."),
            ("table", "Table 1", "BBB locomotor scores (mean ± SEM); sham n = 12, injured groups n = 11.", {
                "orient": "rows", "groups": ["Sham", "SCI + vehicle", "SCI + sEV"], "days": _DB,
                "day_fmt": dpi_fmt, "corner": "Time",
            }),
        ]),
        ("discussion", "Discussion", [
            ("Intrathecal sEVs limited early barrier leakage, and we propose that they act through "
            "{{mechanism|preservation of tight junctions (occludin, ZO-1) by lowering MMP-9 activity}}. Intravenous "
            "studies have used doses of 1 × 10<sup>10</sup> to 1 × 10<sup>11</sup> particles [5]; the intrathecal "
            "route reached a similar effect with far fewer particles."),
        ]),
    ],
    references=POOL[:10],
    scores=Scores(outcome="BBB", err="sem",
                  groups=[("Sham", "sham", 12), ("SCI + vehicle", "control", 11), ("SCI + sEV", "treatment", 11)],
                  values={
                      "Sham": {d: (21.0, 0.0) for d in _DB},
                      "SCI + vehicle": dict(zip(_DB, [(0.6, 0.2), (3.1, 0.4), (5.8, 0.5), (7.4, 0.6), (8.2, 0.6)], strict=True)),
                      "SCI + sEV": dict(zip(_DB, [(0.7, 0.2), (4.6, 0.5), (8.1, 0.6), (10.2, 0.7), (11.3, 0.7)], strict=True)),
                  }),
    back=[("Competing interests", "{{reported_conflict_of_interest|None declared}}.")],
    footnote=FOOTNOTE,
)

_WK = [7, 14, 21, 28, 42]

QUENNEVILLE = Study(
    stem="quenneville2023_rbmsc_mir21_exo_tei_femoral_native_arm",
    layout="single",
    title="Electroporation of miR-21-5p into rat bone marrow stromal cell exosomes enhances their effect on "
          "locomotor recovery after contusive spinal cord injury",
    short_title="miR-21-5p-loaded exosomes in SCI",
    authors=[("Amélie", "Quenneville"), ("Dmitri", "Sorokin"), ("Nkechi", "Eze"), ("Mathieu", "Bergeron-Laflamme")],
    affiliations=["Centre de recherche en neurotraumatologie, Université du Saint-Laurent, Trois-Rivières, Canada",
                  "Institute of Cell Engineering, Volga Medical Academy, Kazan, Russia"],
    journal="Exosome Therapeutics and Neural Injury",
    year=2023, volume="5: 118–131", doi="10.5555/etni.2023.5.118", pmid="99103103", pmcid="PMC99103103",
    received="2022-12-19",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 200, "high": 220},
        "n_per_group": 10, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor",
        "injury_level": "T10", "source_tissue": "bone_marrow", "source_species": "rat",
        "modification": "miR-21-5p loading",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "Total Exosome Isolation reagent (Invitrogen)",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD81", "TSG101", "GM130"],
        "size_nm": {"value": 98.1, "low": None, "high": None, "stat": "median", "method": "NTA"},
        "dose": {"amount": 200, "unit": "ug_per_kg", "volume_ul": None, "basis": "protein"},
        "route": "intravenous", "route_detail": "femoral vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.0,
        "mechanism": "PTEN suppression and PI3K/AKT activation",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Objective", ("To test whether loading exosomes with miR-21-5p adds to the benefit of native exosomes "
         "after spinal cord contusion.")),
        ("Methods", ("Exosomes from rat bone marrow stromal cells (rBMSC-Exo) were loaded with miR-21-5p mimic by "
         "electroporation (miR-21-Exo). Contused rats received one femoral-vein injection of PBS, naive "
         "rBMSC-Exo or miR-21-Exo.")),
        ("Results", ("miR-21-Exo lowered PTEN, raised phosphorylated AKT and reduced neuronal apoptosis. At 6 weeks "
         "BBB scores were highest with miR-21-Exo.")),
        ("Conclusions", "miR-21-5p loading strengthens the neuroprotective effect of stromal cell exosomes."),
    ],
    keywords=["miR-21-5p", "exosome loading", "electroporation", "PTEN", "spinal cord contusion"],
    sections=[
        ("intro", "Introduction", [
            ("MicroRNA-21 is among the most abundant microRNAs in stromal cell exosomes and represses PTEN, a brake "
            "on PI3K/AKT survival signalling [15]. Exosomes are usually described as 40–160 nm vesicles [2]; "
            "loading them with nucleic acids by electroporation is simple but can cause aggregation [14]. We "
            "compared loaded and naive exosomes side by side."),
        ]),
        ("methods", "Methods", [
            ("h", "Animals"),
            "{{sex,species,strain|Female Sprague-Dawley rats}} (8 weeks, {{body_weight_g|200–220" + NB + "g}}) "
            "were purchased from Charles Lacroix Laboratories. {{reported_welfare_compliance|The Animal Care "
            "Committee of the Université du Saint-Laurent approved all procedures in accordance with the "
            "guidelines of the Canadian Council on Animal Care}}.",
            ("h", "Spinal cord contusion"),
            ("Rats were anaesthetised with ketamine/xylazine (80/10 mg/kg i.p.). {{injury_level|The T10 lamina was "
            "removed}}, the spine was stabilised by clamping the T9 and T11 spinous processes, and "
            "{{injury_device,injury_model|a 150 kdyn contusion was delivered with the Infinite Horizon impactor}}. "
            "Sham animals received the laminectomy without contusion."),
            ("h", "Exosome preparation and loading"),
            "{{source_species,source_tissue|BMSCs were flushed from the femurs and tibias of 4-week-old "
            "Sprague-Dawley rats}} and used at passage 3–5. Exosomes were "
            "{{isolation_method,isolation_detail|isolated from conditioned medium with Total Exosome Isolation "
            "reagent (from cell culture media; Invitrogen)}} according to the manufacturer, after a 2000 × g "
            "clearing spin. {{modification|To load miR-21-5p, 100 " + MU + "g of exosomes were mixed with 200 pmol "
            "of miR-21-5p mimic and electroporated}} (400 V, 125 " + MU + "F, two pulses); free mimic was removed "
            "by a second precipitation. Naive exosomes were taken through the same steps without mimic.",
            ("{{characterization|Morphology was examined by TEM, size by nanoparticle tracking analysis (ZetaView "
            "PMX-110) and protein markers by western blot}} ({{markers|CD9, CD81 and TSG101, with GM130 as "
            "negative marker}})."),
            ("h", "Study design and treatment"),
            "Forty rats were {{reported_randomisation|assigned to four groups by computer-generated random "
            "numbers}} (Table 1). {{timing_post_injury_h|Immediately after contusion}}, rats received "
            "{{frequency|a single injection}} of {{dose|200 " + MU + "g/kg exosomes (protein)}} in 1 mL/kg PBS "
            "{{route,route_detail|into the femoral vein}}, or PBS alone.",
            ("table", "Table 1", "Study design ({{n_per_group|n = 10 rats per group}}).", {
                "design": [
                    ["Group", "n", "Vesicles", "Dose", "Route", "Time of injection"],
                    ["Sham", "10", "None", "–", "–", "–"],
                    ["SCI+PBS", "10", "PBS vehicle", "1 mL/kg", "Femoral vein", "Immediately after SCI"],
                    ["SCI+Exo", "10", "Naive rBMSC-Exo", "200 " + MU + "g/kg", "Femoral vein", "Immediately after SCI"],
                    ["SCI+miR-21-Exo", "10", "miR-21-5p-loaded rBMSC-Exo", "200 " + MU + "g/kg", "Femoral vein",
                     "Immediately after SCI"],
                ],
                "groups": [], "days": [], "widths": [72, 20, 100, 50, 58, 80],
            }),
            ("h", "Behaviour and statistics"),
            ("BBB scores were recorded weekly for 6 weeks by {{reported_blinded_assessment|two raters blinded to "
            "treatment}}. Values are mean ± SEM; one-way ANOVA with Tukey's test at each time point."),
        ]),
        ("results", "Results", [
            ("h", "Exosome characteristics"),
            "Loaded and naive exosomes were cup-shaped under TEM. miR-21-Exo had a {{size_nm|median diameter of "
            "98.1" + NB + "nm}} by NTA, and electroporation did not shift the size distribution of the naive "
            "preparation. miR-21-5p content rose about 60-fold after loading.",
            ("h", "Locomotor function"),
            ("All injured groups scored below 2 in the first days. From week 2 both exosome groups exceeded PBS, and "
            "from week 4 miR-21-Exo exceeded naive exosomes (Table 2, Fig. 1)."),
            ("table", "Table 2", "BBB scores by week after injury (mean ± SEM, n = 10).", {
                "orient": "cols", "groups": ["Sham", "SCI+PBS", "SCI+Exo", "SCI+miR-21-Exo"], "days": _WK,
                "day_fmt": week_fmt, "corner": "Group",
            }),
            ("figure", "Figure 1", ("Time course of BBB scores. At week 6 the SCI+miR-21-Exo group scored "
             "{bbb:SCI+miR-21-Exo@42}, the SCI+Exo group {bbb:SCI+Exo@42} and the SCI+PBS group "
             "{bbb:SCI+PBS@42} (mean ± SEM)."),
             {"groups": ["SCI+PBS", "SCI+Exo", "SCI+miR-21-Exo"], "days": _WK, "x": "weeks"}),
            ("h", "PTEN/AKT signalling"),
            "PTEN protein in the lesion fell by 52% with miR-21-Exo and by 19% with naive exosomes on day 3.",
        ]),
        ("discussion", "Discussion", [
            "Loading miR-21-5p added to the benefit of native exosomes, consistent with "
            "{{mechanism|PTEN suppression and activation of PI3K/AKT signalling}}. A previous study that used "
            "lentiviral overexpression in the parent cells and 100 " + MU + "g tail-vein injections reported a "
            "similar gain [15].",
        ]),
    ],
    references=POOL[:16],
    scores=Scores(outcome="BBB", err="sem",
                  groups=[("Sham", "sham", 10), ("SCI+PBS", "control", 10), ("SCI+Exo", "other", 10),
                          ("SCI+miR-21-Exo", "treatment", 10)],
                  values={
                      "Sham": {d: (21.0, 0.0) for d in _WK},
                      "SCI+PBS": dict(zip(_WK, [(2.3, 0.4), (4.9, 0.5), (6.6, 0.6), (7.7, 0.6), (8.6, 0.7)], strict=True)),
                      "SCI+Exo": dict(zip(_WK, [(2.8, 0.4), (6.0, 0.5), (8.1, 0.6), (9.3, 0.6), (10.2, 0.7)], strict=True)),
                      "SCI+miR-21-Exo": dict(zip(_WK, [(3.0, 0.5), (6.6, 0.6), (9.2, 0.6), (11.0, 0.7), (12.4, 0.7)], strict=True)),
                  }),
    back=[("Declaration of competing interest", ("{{reported_conflict_of_interest|The authors report no conflicts "
           "of interest}}.")),
          ("Funding", "Fonds de recherche synthétique (grant FRS-22-017).")],
    footnote=FOOTNOTE,
)

STUDIES = [CHERUIYOT, KAUPPINEN, QUENNEVILLE]
