"""Cobalt studies 4-6 (everything invented; see ../README.md for what each exercises)."""

from __future__ import annotations

from extgen.common import FOOTNOTE, MU, NB, POOL, TH, wk_fmt
from extgen.model import Scores, Study

_DK = [7, 14, 21, 28, 35, 42]

KUROKAWA = Study(
    stem="kurokawa2020_hypoxic_radsc_exo_day7_twiceweekly_preprint",
    layout="preprint",
    title="Delayed, repeated intravenous exosomes from hypoxia-preconditioned adipose stromal cells promote "
          "recovery in the subacute phase of spinal cord contusion",
    short_title="Delayed hypoxic ADSC exosomes",
    authors=[("Haruka", "Kurokawa"), ("Benedikt", "Aschauer"), ("Thandeka", "Mthembu"), ("Yusuke", "Oginome")],
    affiliations=["Graduate School of Medicine, Setouchi Medical University, Okayama, Japan",
                  "Department of Trauma Research, Alpine Medical Institute, Innsbruck, Austria"],
    journal="NeuroRepair Preprints",
    year=2020, volume="2020.06.118", doi="10.5555/nrp.2020.06.118", pmid="99103104", pmcid="PMC99103104",
    received="2020-06-21",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "both", "body_weight_g": {"low": 250, "high": 320},
        "n_per_group": 8, "injury_model": "contusion", "injury_device": "MASCIS impactor", "injury_level": "T10",
        "source_tissue": "adipose", "source_species": "rat", "modification": "hypoxic preconditioning",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "120,000 g 90 min, twice",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "CD81", "TSG101", "calnexin"],
        "size_nm": {"value": 127.5, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 150, "unit": "ug", "volume_ul": 1000, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 8, "interval_h": 84}, "timing_post_injury_h": 168.0,
        "mechanism": "HIF-1α-driven angiogenesis via VEGF",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, ("Most vesicle therapies for spinal cord injury are given within hours of trauma, a window that is "
         "rarely available in patients. We tested whether exosomes from rat adipose-derived stromal cells "
         "(ADSCs) preconditioned in 1% oxygen (H-Exo) still help when treatment starts one week after contusion. "
         "Rats of both sexes received H-Exo, exosomes from normoxic ADSCs (N-Exo) or vehicle twice a week for "
         "four weeks. H-Exo increased vessel density and BBB scores, whereas N-Exo had a smaller effect.")),
    ],
    keywords=["subacute spinal cord injury", "hypoxic preconditioning", "adipose-derived stromal cells",
              "exosomes", "angiogenesis"],
    sections=[
        ("intro", "Introduction", [
            "Vesicles from mesenchymal stromal cells have improved locomotion in many rodent studies, nearly all of "
            "which injected within the first hour after injury [5,11]. Reported diameters cluster around "
            "100 nm, and doses of 100–200 " + MU + "g protein are typical [11]. Whether a delayed start still "
            "works matters for translation, because most patients reach specialised care after the acute phase.",
            ("Low oxygen raises HIF-1α in stromal cells and changes the cargo of their exosomes [9]. We therefore "
            "asked whether hypoxia-preconditioned exosomes act in the subacute phase."),
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals and study design"),
            "Forty-eight {{species,strain|Sprague-Dawley rats}} ({{sex|24 male and 24 female}}; 10–12 weeks; "
            "{{body_weight_g|250–320" + NB + "g}}) were used. {{reported_welfare_compliance|The Setouchi Medical "
            "University Animal Experiment Committee approved the protocol (No. 19-0371)}}. "
            "{{reported_sample_size_calculation|Group size was calculated with G*Power (two-sided α = 0.05, "
            "power 0.8, expected difference of 3 BBB points, SD 2)}}. Twenty-four rats were used for histology; "
            "the behavioural cohort consisted of {{n_per_group|eight rats (four of each sex) per group}}, "
            "{{reported_randomisation|allocated by block randomisation stratified by sex}}.",
            ("h", "Contusion"),
            ("Rats were anaesthetised with isoflurane. {{injury_level|The lamina of the tenth thoracic vertebra "
            "was removed}} and {{injury_device,injury_model|a 10-g rod was dropped from 12.5 mm onto the exposed "
            "dura with the MASCIS impactor}}. Manual bladder expression continued until spontaneous voiding."),
            ("h", "Preconditioning and exosome isolation"),
            "{{source_species,source_tissue|ADSCs were isolated from inguinal fat pads of Sprague-Dawley rats}} "
            "and expanded to passage 4. {{modification|For hypoxic preconditioning, cells were kept in 1% O"
            "<sub>2</sub> for 48 h}}; normoxic cultures remained at 21% O<sub>2</sub>. Supernatants were spun at "
            "300 g (10 min), 2000 g (10 min) and 10" + TH + "000 g (30 min), then "
            "{{isolation_method,isolation_detail|pelleted twice at 120" + TH + "000 g for 90 min}} in an "
            "Optima XPN-100 ultracentrifuge.",
            ("{{characterization|Exosomes were examined by TEM, nanoparticle tracking analysis and western "
            "blotting}} for {{markers|CD63, CD81 and TSG101 (positive) and calnexin (negative)}}."),
            ("h", "Delayed treatment"),
            "{{timing_post_injury_h|Treatment started on day 7 after injury}}. Each rat received "
            "{{dose|150" + NB + MU + "g exosomal protein in 1 mL PBS}} {{route,route_detail|via the tail "
            "vein}} {{frequency|twice weekly (every 3.5 days) for 4 weeks, eight injections in total}}; the "
            "vehicle group received PBS on the same schedule.",
            ("h", "Behavioural testing"),
            ("{{reported_blinded_assessment|The BBB open-field score was assessed by an examiner blinded to "
            "group}} before the first injection (day 7) and weekly until day 42. Data are mean ± SD."),
        ]),
        ("results", "Results", [
            ("NTA showed a {{size_nm|mean particle diameter of 127.5 ± 38.2 nm}} for H-Exo and 131.0 ± 41.6 nm "
            "for N-Exo. One male rat in the vehicle group died of a urinary tract infection on day 5, before "
            "treatment began, so that group was analysed with seven rats."),
            ("Scores were similar on day 7 (Table 1). From day 21, H-Exo rats outperformed the vehicle group; by "
            "day 42 they reached {bbb:SCI + H-Exo@42|paren}, against {bbb:SCI + N-Exo@42|paren} with N-Exo and "
            "{bbb:SCI + vehicle@42|paren} with vehicle (mean (SD)). Male and female rats did not differ."),
            ("table", "Table 1", "BBB scores after contusion (mean ± SD). Vehicle n = 7; exosome groups n = 8.", {
                "orient": "cols", "groups": ["SCI + vehicle", "SCI + N-Exo", "SCI + H-Exo"], "days": _DK,
                "day_fmt": lambda d: f"D{d:g}", "corner": "Group",
                "foot": "Day 7 values were recorded before the first injection.",
            }),
            ("CD31<sup>+</sup> vessel density around the lesion was 1.7-fold higher with H-Exo than with vehicle "
            "on day 42."),
        ]),
        ("discussion", "Discussion", [
            ("Starting treatment a week after injury still improved locomotion when the exosomes came from "
            "hypoxic cells. We attribute the effect to {{mechanism|HIF-1α-driven angiogenesis through VEGF}} "
            "carried by H-Exo. Studies giving a single dose 1 h after injury reported larger effects [5]; "
            "repeated dosing may compensate for the late start."),
        ]),
    ],
    references=POOL[2:14],
    scores=Scores(outcome="BBB", err="sd",
                  groups=[("SCI + vehicle", "control", 7), ("SCI + N-Exo", "other", 8), ("SCI + H-Exo", "treatment", 8)],
                  values={
                      "SCI + vehicle": dict(zip(_DK, [(3.4, 1.1), (5.2, 1.3), (6.3, 1.4), (7.0, 1.5), (7.4, 1.6), (7.7, 1.6)], strict=True)),
                      "SCI + N-Exo": dict(zip(_DK, [(3.5, 1.2), (5.6, 1.4), (7.1, 1.5), (8.0, 1.6), (8.6, 1.7), (9.0, 1.7)], strict=True)),
                      "SCI + H-Exo": dict(zip(_DK, [(3.3, 1.0), (6.0, 1.3), (8.2, 1.5), (9.6, 1.6), (10.5, 1.7), (11.2, 1.8)], strict=True)),
                  }),
    back=[("Competing interests", ("{{reported_conflict_of_interest|The authors have declared that no competing "
           "interests exist}}."))],
    footnote=FOOTNOTE,
)

_DC = [1, 3, 7, 14, 21, 28]

CELIKKAYA = Study(
    stem="celikkaya2022_hpmsc_ev_exoquick_lumbar_3days_sidebar",
    layout="sidebar",
    title="Three consecutive intrathecal doses of placental mesenchymal stem cell extracellular vesicles "
          "after weight-drop injury in rats",
    short_title="Intrathecal hPMSC-EVs",
    authors=[("Zeynep", "Çelikkaya"), ("Murat", "Erdoğdu"), ("Laila", "Haddadin"), ("Koray", "Tunçbilek")],
    affiliations=["Department of Histology and Embryology, Anatolian Faculty of Medicine, Eskişehir, Türkiye",
                  "Centre for Perinatal Cell Research, Levant University, Amman, Jordan"],
    journal="Turkish Archives of Experimental Neurosurgery",
    year=2022, volume="33(2): 141–152", doi="10.5555/taen.2022.141", pmid="99103105", pmcid="PMC99103105",
    received="2021-09-30",
    values={
        "species": "rat", "strain": "Wistar", "sex": "female", "body_weight_g": {"low": 180, "high": 220},
        "n_per_group": 15, "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T9-T10",
        "source_tissue": "placenta", "source_species": "human", "modification": "none",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "ExoQuick-TC (System Biosciences)",
        "characterization": ["TEM", "DLS", "western_blot"], "markers": ["CD63", "TSG101", "HSP70"],
        "size_nm": {"value": 142.6, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 50, "unit": "ug", "volume_ul": 20, "basis": "protein"},
        "route": "intrathecal", "route_detail": "lumbar puncture",
        "frequency": {"doses": 3, "interval_h": 24}, "timing_post_injury_h": 0.5,
        "mechanism": "attenuation of astrocytic NF-κB signalling and glial scar formation",
        "reported_randomisation": True, "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Aim", ("To examine whether extracellular vesicles from human placental mesenchymal stem cells "
         "(hPMSC-EVs) given intrathecally on three consecutive days improve recovery after thoracic contusion.")),
        ("Material and Methods", "Wistar rats received a weight-drop injury and 50 " + MU + "g hPMSC-EVs or saline "
         "by lumbar puncture; BBB scores were followed for 28 days."),
        ("Results", "hPMSC-EVs reduced GFAP and NF-κB p65 at the lesion and improved BBB scores from day 7."),
    ],
    keywords=["placenta", "extracellular vesicles", "lumbar puncture", "glial scar"],
    sections=[
        ("intro", "INTRODUCTION", [
            "Reactive astrocytes wall off the lesion after spinal cord injury and, through NF-κB signalling, sustain "
            "inflammation [13]. Placental stromal cells are an abundant source of extracellular vesicles (EVs) "
            "[4]. Earlier work delivered EVs intravenously, typically 100 " + MU + "g on one occasion [5]; we "
            "chose repeated intrathecal delivery to bring the vesicles close to the cord.",
        ]),
        ("methods", "MATERIAL and METHODS", [
            ("h", "Experimental animals"),
            "Forty-five {{sex,species,strain|adult female Wistar albino rats}} ({{body_weight_g|180–220" + NB
            + "g}}) were obtained from the university's experimental research centre. {{reported_welfare_compliance|"
            "The study was approved by the Local Ethics Committee for Animal Experiments (decision 2020/14)}}. "
            "The rats were {{n_per_group,reported_randomisation|randomly divided into three equal groups}}: "
            "sham, SCI + saline and SCI + hPMSC-EV.",
            ("h", "Spinal cord injury model"),
            ("Under ketamine (75 mg/kg) and xylazine (10 mg/kg) anaesthesia, a laminectomy was performed and "
            "{{injury_device,injury_model,injury_level|a 10-g weight was dropped from a height of 25 mm onto the "
            "dura at the T9–T10 vertebral level (modified Allen's weight-drop method)}}."),
            ("h", "Isolation of EVs"),
            ("{{source_species,source_tissue|Mesenchymal stem cells from term human placentas}} (chorionic "
            "villi, obtained with informed consent after caesarean delivery) were cultured to passage 5. "
            "{{isolation_method,isolation_detail|EVs were precipitated from conditioned medium with ExoQuick-TC "
            "(System Biosciences)}} overnight at 4 °C and pelleted at 1500 × g for 30 min. "
            "{{modification|The EVs were administered without any further engineering or loading}}."),
            ("{{characterization|Vesicle morphology was assessed by TEM, size by dynamic light scattering (Zetasizer "
            "Nano ZS) and marker proteins by western blotting}} ({{markers|CD63, TSG101 and HSP70}})."),
            ("h", "Intrathecal administration"),
            "{{route,route_detail|EVs were injected intrathecally by lumbar puncture}} between the L4 and L5 "
            "vertebrae with a 30-gauge needle; a tail flick confirmed entry. Rats received "
            "{{dose|50 " + MU + "g EVs in 20 " + MU + "L saline}} per injection on "
            "{{frequency|three consecutive days}}, {{timing_post_injury_h|the first injection 30 min after "
            "injury}}. Controls received 20 " + MU + "L saline.",
            ("h", "Functional assessment and statistics"),
            ("BBB scores were recorded on days 1, 3, 7, 14, 21 and 28. SPSS 25 was used; data are mean ± SD and "
            "were compared by two-way ANOVA."),
        ]),
        ("results", "RESULTS", [
            ("The EVs had a {{size_nm|mean hydrodynamic diameter of 142.6 nm}} (polydispersity index 0.21) and "
            "round morphology. Three rats died after surgery (two in the SCI + saline group, one in the SCI + "
            "hPMSC-EV group); the remaining animals completed the study."),
            ("table", "Table I", ("BBB scores of the groups (mean ± SD). Sham n = 15, SCI + saline n = 13, "
             "SCI + hPMSC-EV n = 14."), {
                 "orient": "rows", "groups": ["Sham", "SCI + saline", "SCI + hPMSC-EV"], "days": _DC,
                 "day_fmt": lambda d: f"{d:g}. day", "corner": "Day",
             }),
            ("On day 28 the EV group scored {bbb:SCI + hPMSC-EV@28|paren} and the saline group "
            "{bbb:SCI + saline@28|paren} [mean (SD)], P = 0.002. GFAP immunoreactivity was 35% lower in the "
            "EV group."),
        ]),
        ("discussion", "DISCUSSION", [
            ("Three intrathecal doses of hPMSC-EVs improved locomotor recovery. We suggest that the vesicles act by "
            "{{mechanism|attenuating astrocytic NF-κB signalling and glial scar formation}}. Vesicles in the "
            "literature range from 30 to 200 nm [2]; ours were at the upper end by DLS, which weights larger "
            "particles."),
        ]),
    ],
    references=POOL[:14],
    scores=Scores(outcome="BBB", err="sd",
                  groups=[("Sham", "sham", 15), ("SCI + saline", "control", 13), ("SCI + hPMSC-EV", "treatment", 14)],
                  values={
                      "Sham": {d: (21.0, 0.0) for d in _DC},
                      "SCI + saline": dict(zip(_DC, [(0.9, 0.7), (2.0, 1.0), (4.1, 1.3), (6.0, 1.5), (7.2, 1.6), (7.9, 1.7)], strict=True)),
                      "SCI + hPMSC-EV": dict(zip(_DC, [(1.0, 0.8), (2.6, 1.1), (5.7, 1.4), (8.3, 1.6), (9.9, 1.7), (10.8, 1.8)], strict=True)),
                  }),
    back=[("Conflict of interest", ("{{reported_conflict_of_interest|The authors declare that they have no "
           "conflict of interest}}."))],
    footnote=FOOTNOTE,
)
CELIKKAYA.sidebar = [  # type: ignore[attr-defined]
    ("Abbreviations", ("BBB, Basso, Beattie and Bresnahan; EV, extracellular vesicle; hPMSC, human placental "
     "mesenchymal stem cell; SCI, spinal cord injury")),
    ("Corresponding author", "Zeynep Çelikkaya"),
]

_WQ = [7, 14, 28, 42, 56]

QUARTEY = Study(
    stem="quartey2024_wjmsc_sev_peptide_hydrogel_tff_transection",
    layout="twocol",
    title="A lesion-homing peptide displayed on Wharton's jelly stromal cell vesicles, delivered in an "
          "injectable hyaluronan hydrogel, improves recovery after complete spinal cord transection",
    short_title="Peptide-displaying sEV hydrogel",
    authors=[("Kwabena", "Quartey"), ("Ingrid", "Solheimsnes"), ("Pradeep", "Venkataraman"), ("Abena", "Owusu-Ansah"),
             ("Lucas", "Ferreira Lima")],
    affiliations=["Department of Biomedical Engineering, Coastal University of Science and Technology, Cape Coast, Ghana",
                  "Norwegian Centre for Biomaterials in Neural Repair, Bergen, Norway"],
    journal="Advanced Biomaterials for Neural Repair",
    year=2024, volume="6: e240077", doi="10.5555/abnr.2024.240077", pmid="99103106", pmcid="PMC99103106",
    received="2023-10-05",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 230, "high": 250},
        "n_per_group": 9, "injury_model": "transection", "injury_device": "microscissors", "injury_level": "T10",
        "source_tissue": "wharton_jelly", "source_species": "human",
        "modification": "lesion-homing peptide surface display",
        "isolation_method": ["tangential_flow", "ultracentrifugation"],
        "isolation_detail": "TFF 300 kDa hollow fibre; 100,000 g 2 h",
        "characterization": ["NTA", "TEM", "western_blot", "flow_cytometry"], "markers": ["CD9", "CD63", "CD81", "ApoA1"],
        "size_nm": {"value": 108.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 2e10, "unit": "particles", "volume_ul": 20, "basis": "particles"},
        "route": "implanted_biomaterial", "route_detail": "hyaluronan hydrogel",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.0,
        "mechanism": "retention of vesicles at the lesion and axonal regrowth through reduced CSPG deposition",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, ("Vesicles injected into a transected cord are cleared within days. We displayed a lesion-homing "
         "peptide (KTPLRG) on small extracellular vesicles (sEVs) from Wharton's jelly mesenchymal stromal cells "
         "and embedded them in an injectable hyaluronan hydrogel placed in the gap after complete thoracic "
         "transection. Compared with native sEVs in the same gel, the engineered vesicles stayed longer at the "
         "lesion, reduced chondroitin sulfate proteoglycan deposition and improved BBB scores over 8 weeks.")),
    ],
    keywords=["hydrogel", "surface engineering", "homing peptide", "transection", "Wharton's jelly"],
    sections=[
        ("intro", "Introduction", [
            ("Complete transection leaves a cavity that neither cells nor vesicles cross easily [10]. Hydrogels can "
            "hold vesicles at the lesion [10], and peptides that bind the injured extracellular matrix can anchor "
            "them further [16]. Exosomes are commonly described as 50–150 nm vesicles [2]."),
        ]),
        ("methods", "Methods", [
            ("h", "sEV production"),
            "{{source_species,source_tissue|Human Wharton's jelly MSCs}} (passages 3–6) were cultured in a "
            "hollow-fibre bioreactor. Harvested medium was clarified (2000 × g, 20 min; 0.22 " + MU + "m), "
            "{{isolation_method,isolation_detail|concentrated by tangential flow filtration (300 kDa hollow "
            "fibre) and pelleted at 100" + TH + "000 × g for 2 h}}.",
            ("h", "Peptide display"),
            ("{{modification|The KTPLRG lesion-homing peptide was displayed on the sEV surface by fusing it to the "
            "N-terminus of Lamp2b in the parent cells}}; native sEVs came from cells transduced with empty vector. "
            "{{characterization|sEVs were characterised by NTA (ZetaView), TEM, western blot and bead-based flow "
            "cytometry}} ({{markers|CD9, CD63, CD81; ApoA1 as a lipoprotein contaminant marker}})."),
            ("h", "Hydrogel"),
            "Thiol-modified hyaluronan (1% w/v) was cross-linked with PEGDA; sEVs were mixed in before gelation. "
            "Each gel held {{dose|2 × 10<sup>10</sup> particles in 20 " + MU + "L}}.",
            ("h", "Animals and surgery"),
            ("{{sex,species,strain|Female Sprague-Dawley rats}} ({{body_weight_g|230–250 g}}) were used with "
            "{{reported_welfare_compliance|approval of the Coastal University Animal Research Ethics Committee "
            "(CU-AREC/2022/31)}}. After laminectomy at T9–T10, the cord was {{injury_device,injury_model,injury_level|"
            "completely transected at the T10 level with microscissors}} and a 2-mm segment removed. "
            "{{timing_post_injury_h|Immediately after transection}}, {{route,route_detail,frequency|a single "
            "hyaluronan hydrogel implant was placed in the gap}}; no further vesicles were given."),
            ("table", "Table 1", "Experimental groups.", {
                "design": [
                    ["Group", "n", "Implant", "sEV content", "Timing"],
                    ["Sham", "9", "None (laminectomy)", "–", "–"],
                    ["SCI", "9", "None", "–", "–"],
                    ["Gel", "9", "Hydrogel", "Empty", "At transection"],
                    ["Gel+sEV", "9", "Hydrogel", "Native sEVs", "At transection"],
                    ["Gel+pep-sEV", "{{n_per_group|9}}", "Hydrogel", "KTPLRG-sEVs", "At transection"],
                ],
                "groups": [], "days": [], "widths": [58, 18, 62, 56, 56],
                "foot": "All groups: female rats; n = animals entering the behavioural study.",
            }),
            ("h", "Outcomes"),
            ("BBB scores were recorded at 1, 2, 4, 6 and 8 weeks by {{reported_blinded_assessment|assessors "
            "masked to group identity}}. Data are mean ± SEM."),
        ]),
        ("results", "Results", [
            ("NTA gave a {{size_nm|mode of 108 nm}} for pep-sEVs (native sEVs 104 nm). All animals survived. "
            "Fluorescently labelled pep-sEVs remained in the lesion for 14 days, native sEVs for 5 days."),
            ("table", "Table 2", "BBB scores (mean ± SEM; {{n_per_group|n = 9 per group}}).", {
                "orient": "cols", "groups": ["SCI", "Gel", "Gel+sEV", "Gel+pep-sEV"], "days": _WQ,
                "day_fmt": wk_fmt, "corner": "Group",
            }),
            ("At 8 weeks, Gel+pep-sEV rats reached {bbb:Gel+pep-sEV@56}, compared with {bbb:Gel+sEV@56} for "
            "Gel+sEV and {bbb:SCI@56} for SCI alone. Sham rats scored 21 throughout."),
        ]),
        ("discussion", "Discussion", [
            ("Anchoring vesicles in the lesion mattered more than the hydrogel alone. The data fit a model of "
            "{{mechanism|prolonged retention of vesicles at the lesion and axonal regrowth through reduced CSPG "
            "deposition}}. Tail-vein studies have used 1 × 10<sup>11</sup> particles [5], five times our dose."),
        ]),
    ],
    references=POOL,
    scores=Scores(outcome="BBB", err="sem",
                  groups=[("SCI", "control", 9), ("Gel", "other", 9), ("Gel+sEV", "other", 9),
                          ("Gel+pep-sEV", "treatment", 9)],
                  values={
                      "SCI": dict(zip(_WQ, [(0.3, 0.2), (0.8, 0.3), (1.4, 0.4), (1.8, 0.4), (2.1, 0.5)], strict=True)),
                      "Gel": dict(zip(_WQ, [(0.4, 0.2), (0.9, 0.3), (1.7, 0.4), (2.2, 0.5), (2.6, 0.5)], strict=True)),
                      "Gel+sEV": dict(zip(_WQ, [(0.5, 0.2), (1.4, 0.3), (2.9, 0.5), (3.8, 0.5), (4.5, 0.6)], strict=True)),
                      "Gel+pep-sEV": dict(zip(_WQ, [(0.6, 0.3), (2.0, 0.4), (4.2, 0.5), (5.6, 0.6), (6.7, 0.7)], strict=True)),
                  }),
    back=[("Ethics approval", ("All animal work was approved by the Coastal University Animal Research Ethics "
           "Committee.")),
          ("Conflicts of interest", ("{{reported_conflict_of_interest|K.Q. and I.S. are inventors on a pending "
           "patent application on peptide-displaying vesicles; the other authors declare no competing "
           "interests}}."))],
    footnote=FOOTNOTE,
)

STUDIES = [KUROKAWA, CELIKKAYA, QUARTEY]
