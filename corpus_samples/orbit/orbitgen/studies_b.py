"""Orbit studies 4-6: labs in France, Iran and Mexico (everything invented)."""

from __future__ import annotations

from extgen.common import FOOTNOTE, GMU, MU, NB, POOL, flat
from extgen.model import Scores, Study

# ---------------------------------------------------------------------------------------
# 4. France: single column; groups as columns with n in the group label; "mean (SEM)"
#    cells; "D7" headers; values in a figure legend; two doses a week apart.
# ---------------------------------------------------------------------------------------
_D4 = [3.0, 7.0, 14.0, 21.0, 28.0, 42.0]
_G4 = ["Sham", "SCI-vehicle", "SCI-EV"]
AUBERTIN = Study(
    stem="aubertin2019_rbmsc_ev_clip_jugular_twodose",
    layout="single",
    title="Two intravenous injections of bone marrow stromal cell extracellular vesicles preserve white "
          "matter after thoracic compression in the rat",
    short_title="Stromal EVs after compression SCI",
    authors=[("Claire", "Aubertin"), ("Mathieu", "Lefebvre-Roux"), ("Inès", "Benali"), ("Paul", "Gauthier")],
    affiliations=["Institut des Neurosciences de Loire-Atlantique, Université de Nantes-Est, Nantes, France",
                  "Plateforme de vésiculothèque, Centre Hospitalier Régional, Angers, France"],
    journal="Revue Européenne de Neurotraumatologie Expérimentale",
    year=2019,
    volume="27: 145–158",
    doi="10.5555/renex.2019.27.145",
    pmid="99100304",
    pmcid="PMC9910304",
    received="2018-11-19",
    values={
        "species": "rat", "strain": "Wistar", "sex": "female", "body_weight_g": {"low": 200, "high": 220},
        "n_per_group": 9, "injury_model": "compression", "injury_device": "aneurysm clip",
        "injury_level": "T8", "source_tissue": "bone_marrow", "source_species": "rat",
        "isolation_method": ["ultracentrifugation", "density_gradient"],
        "isolation_detail": "100,000 × g 2 h, iodixanol 5–40% gradient",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD63", "CD81", "TSG101"],
        "size_nm": {"value": 134.0, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 300, "basis": "protein"},
        "route": "intravenous", "route_detail": "jugular vein",
        "frequency": {"doses": 2, "interval_h": 168}, "timing_post_injury_h": 1,
        "mechanism": "preservation of white matter through reduced oligodendrocyte apoptosis",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, ("Compression injuries of the thoracic cord cause progressive loss of white matter. We gave "
         "extracellular vesicles (EVs) purified from rat bone marrow stromal cells by density gradient to "
         "female rats 1 h and 7 days after a clip compression at T8. EV-treated rats recovered better "
         "hindlimb function from the second week, kept more myelinated white matter at the epicentre and "
         "showed fewer apoptotic oligodendrocytes. Repeated intravenous EVs may therefore protect white "
         "matter after compression injury.")),
    ],
    keywords=["extracellular vesicles", "compression injury", "oligodendrocyte", "white matter sparing"],
    sections=[
        ("intro", "Introduction", [
            ("Most human spinal cord injuries are contusions or compressions with preserved but damaged white "
            "matter [1]. Oligodendrocytes die for weeks after the insult, and their loss contributes to "
            "conduction failure [3]."),
            ("Small extracellular vesicles (sEVs, usually defined as 50–200 nm) released by stromal cells have "
            "shown protective effects in several injury models [2,4]. Most reports used a single injection; "
            "a recent meta-analysis pooled doses between 50 and 400 µg [11]. We asked whether a second "
            "injection one week later preserves white matter."),
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals"),
            (f"{{{{species,strain,sex,body_weight_g|Female Wistar rats (200–220{NB}g; Janvier Labs)}}}} were "
            "housed in groups of three with enrichment. {{reported_welfare_compliance|Experiments complied with "
            "European Directive 2010/63/EU and were authorised by the regional ethics committee (CEEA Pays de "
            "la Loire, APAFIS #14022)}}."),
            ("h", "Cell culture and EV purification"),
            ("{{source_tissue,source_species|Stromal cells were obtained from the bone marrow of adult Wistar "
            "rats}} by plastic adherence and expanded to passage 4. After 48 h in EV-depleted medium, "
            "supernatants were cleared of cells and debris, "
            f"{{{{isolation_method,isolation_detail|pelleted at 100,000 × g for 2{NB}h and floated on an "
            "iodixanol 5–40% gradient}} (OptiPrep). EV-rich fractions (1.08–1.12 g/mL) were pooled, washed "
            f"and resuspended in PBS; protein was measured by micro-BCA."),
            ("{{characterization|Size and concentration were measured by NTA}} (NanoSight NS500), "
            "{{characterization|morphology by TEM after negative staining}}, and "
            "{{characterization,markers|CD63, CD81 and TSG101 were detected by western blot}}."),
            ("h", "Compression injury"),
            (f"Rats were anaesthetised with isoflurane (2.5%). {{{{injury_level|A T8 laminectomy was performed}}}} "
            f"and {{{{injury_model,injury_device|the cord was compressed extradurally for 1{NB}min with a "
            "modified aneurysm clip (closing force 30 g)}}. Sham animals received laminectomy only. "
            "Buprenorphine and enrofloxacin were given for 3 days."),
            ("h", "Treatment"),
            ("{{reported_randomisation|Animals were allocated to the three groups by block randomisation}} "
            f"({{{{n_per_group|n{NB}={NB}9 per group}}}}). {{{{dose|EVs (100 {GMU}g of protein in 300 {GMU}L "
            "PBS)}} or PBS alone were injected {{route,route_detail|into the right jugular vein}} "
            "{{timing_post_injury_h,frequency|1 h after compression and again 7 days later}}."),
            ("h", "Locomotor evaluation"),
            ("{{reported_blinded_assessment|Two experimenters blind to treatment scored locomotion with the BBB "
            "scale}} at D3, D7, D14, D21, D28 and D42 (D0 = day of injury)."),
            ("h", "Statistics"),
            ("Values are mean (SEM). BBB data were analysed with a mixed-effects model and Holm–Sidak tests; "
            "histology with one-way ANOVA."),
        ]),
        ("results", "Results", [
            ("h", "EV characteristics"),
            (f"{{{{size_nm|The mean diameter measured by NTA was 134{NB}nm}}}} (mode 118 nm), and EVs were "
            "positive for CD63, CD81 and TSG101."),
            ("h", "Locomotor recovery"),
            ("All rats were paraplegic on D3 (Table 1). The SCI-EV group diverged from SCI-vehicle from D14 and "
            "the difference persisted to D42, when SCI-EV rats scored {bbb:SCI-EV@42|paren} versus "
            "{bbb:SCI-vehicle@42|paren} (p = 0.004). Sham rats scored 21 throughout."),
            ("table", "Table 1", "BBB scores (mean (SEM)) after T8 clip compression. D, day post-injury.", {
                "kind": "orbit", "orient": "days_rows", "groups": _G4, "days": _D4, "style": "paren",
                "n": "label", "head": lambda d: f"D{d:g}", "corner": "", "grid": "lines",
                "marks": {("SCI-EV", 14.0): " *", ("SCI-EV", 21.0): " *", ("SCI-EV", 28.0): " **",
                          ("SCI-EV", 42.0): " **"},
                "foot": "* p < 0.05, ** p < 0.01 versus SCI-vehicle (Holm–Sidak).",
            }),
            ("figure", "Figure 2", ("BBB scores over six weeks. At D28, SCI-EV rats scored "
             "{bbb:SCI-EV@28|paren} and SCI-vehicle rats {bbb:SCI-vehicle@28|paren}. Mean (SEM)."),
             {"groups": _G4, "days": _D4}),
            ("h", "White matter and oligodendrocytes"),
            ("Luxol fast blue staining at D42 showed 38% more spared white matter at the epicentre in SCI-EV "
            "rats, and TUNEL+/Olig2+ cells at D7 were halved."),
        ]),
        ("discussion", "Discussion", [
            ("Two injections of stromal EVs improved locomotion and spared white matter. "
            "{{mechanism|We propose that EVs preserve white matter by limiting oligodendrocyte apoptosis}}, "
            "although other cell types may also be targeted."),
            ("The size of our EVs lies within the 100–150 nm reported for stromal vesicles [14]. One study "
            "using a single 200 µg dose found no effect after compression [5]; repeated dosing may matter."),
        ]),
    ],
    references=[POOL[i] for i in (0, 1, 2, 3, 4, 10, 13, 12)],
    scores=Scores(outcome="BBB", err="sem",
                  groups=[("Sham", "sham", 9), ("SCI-vehicle", "control", 9), ("SCI-EV", "treatment", 9)],
                  values={
                      "Sham": flat("Sham", _D4, [(21.0, 0.0)] * 6),
                      "SCI-vehicle": flat("SCI-vehicle", _D4, [(1.1, 0.3), (2.9, 0.4), (5.4, 0.5), (6.8, 0.5),
                                                               (7.5, 0.6), (8.1, 0.6)]),
                      "SCI-EV": flat("SCI-EV", _D4, [(1.2, 0.3), (3.4, 0.4), (7.0, 0.5), (8.9, 0.6),
                                                     (10.2, 0.6), (11.4, 0.7)]),
                  }),
    back=[("Ethics", "Authorised by CEEA Pays de la Loire (APAFIS #14022)."),
          ("Competing interests", ("{{reported_conflict_of_interest|The authors have no competing interests to "
           "declare.}}"))],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------
# 5. Iran: two columns; a fully ruled grid; long group labels that wrap; n in its own
#    column; SEM; "Day 7" headers; two control groups (untreated and vehicle).
# ---------------------------------------------------------------------------------------
_D5 = [7.0, 14.0, 21.0, 28.0, 35.0, 42.0]
_G5 = ["Sham", "SCI", "SCI + Vehicle", "SCI + WJ-MSC-Exo"]
GHASEMZADEH = Study(
    stem="ghasemzadeh2023_wjmsc_exo_weightdrop_intralesional",
    layout="twocol",
    title="Intralesional transplantation of Wharton's jelly mesenchymal stem cell-derived exosomes "
          "improves motor function in a rat model of spinal cord contusion",
    short_title="WJ-MSC exosomes in SCI",
    authors=[("Shirin", "Ghasemzadeh"), ("Amir Hossein", "Rostami"), ("Maryam", "Nikbakht"),
             ("Reza", "Farahani"), ("Leila", "Sadeghpour")],
    affiliations=[("Brain and Spinal Cord Injury Research Center, Zagros University of Medical Sciences, "
                  "Khorramabad, Iran"),
                  ("Department of Anatomical Sciences, School of Medicine, Zagros University of Medical "
                  "Sciences, Khorramabad, Iran")],
    journal="Iranian Journal of Experimental Neuroscience",
    year=2023,
    volume="18(2)",
    doi="10.5555/ijen.2023.18.2.77",
    pmid="99100305",
    pmcid="PMC9910305",
    received="2022-10-08",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male", "body_weight_g": {"low": 250, "high": 300},
        "n_per_group": 7, "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T9",
        "source_tissue": "wharton_jelly", "source_species": "human",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "ExoPure-Q precipitation kit",
        "characterization": ["TEM", "DLS", "western_blot"], "markers": ["CD9", "CD63", "CD81"],
        "size_nm": {"value": 87.5, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 20, "unit": "ug", "volume_ul": 5, "basis": "protein"},
        "route": "intralesional", "route_detail": "lesion site",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0,
        "mechanism": "reduced apoptosis via the Bcl-2/Bax pathway",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", ("Exosomes from Wharton's jelly mesenchymal stem cells (WJ-MSCs) may reduce secondary "
         "damage after spinal cord injury (SCI).")),
        ("Materials and Methods", ("Twenty-eight male Wistar rats were divided into four groups: sham, SCI, "
         "SCI + vehicle and SCI + WJ-MSC-Exo. Exosomes were injected into the lesion immediately after a "
         "weight-drop contusion, and motor function was assessed by the BBB test for 6 weeks.")),
        ("Results", ("The exosome group showed higher BBB scores from day 21, a higher Bcl-2/Bax ratio and "
         "fewer TUNEL-positive cells.")),
        ("Conclusion", "Intralesional WJ-MSC exosomes improve motor recovery after SCI in rats."),
    ],
    keywords=["Wharton's jelly", "exosome", "spinal cord injury", "apoptosis", "BBB"],
    sections=[
        ("intro", "Introduction", [
            ("Spinal cord injury (SCI) is a devastating condition with an estimated annual incidence of 40–80 "
            "cases per million [1]. Apoptosis of neurons and glia continues for weeks after the trauma [3]."),
            ("Exosomes are nano-sized vesicles (30–100 nm) that mediate much of the paracrine effect of "
            "mesenchymal stem cells [2]. Wharton's jelly is an abundant, non-invasive source. Previous "
            "intravenous studies used 200 µg exosomes and reported BBB scores of 10–12 at 6 weeks [5,11]."),
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Animals"),
            ("{{species,strain,sex,body_weight_g|Twenty-eight adult male Wistar rats weighing 250–300 g}} were "
            "obtained from the Pasteur Institute animal house. {{reported_welfare_compliance|All procedures were "
            "approved by the Ethics Committee of Zagros University of Medical Sciences "
            "(IR.ZUMS.REC.1400.216)}}."),
            ("h", "Isolation and characterization of exosomes"),
            ("{{source_tissue,source_species|WJ-MSCs were isolated from human umbilical cord Wharton's jelly}} by "
            "the explant method and characterised by flow cytometry and trilineage differentiation. "
            "{{isolation_method,isolation_detail|Exosomes were isolated from conditioned medium with the "
            "ExoPure-Q precipitation kit}} according to the manufacturer's instructions. "
            "{{characterization|TEM}} and {{characterization|dynamic light scattering (DLS)}} were used to "
            "determine morphology and size, and {{characterization,markers|CD9, CD63 and CD81 were confirmed by "
            "western blotting}}."),
            ("h", "Spinal cord injury and transplantation"),
            ("Rats were anaesthetised with ketamine (80 mg/kg) and xylazine (10 mg/kg). "
            "{{injury_level|After laminectomy at the T9 level}}, {{injury_model,injury_device|a 10 g weight was "
            "dropped from a height of 25 mm onto the dura (weight-drop method)}}. "
            f"{{{{timing_post_injury_h|Immediately after injury}}}}, {{{{dose|20 {MU}g exosomes in 5 {MU}L PBS}}}} "
            "{{route,route_detail|were injected into the lesion site}} with a Hamilton syringe at a depth of "
            "1 mm; the vehicle group received 5 μL PBS. {{frequency|A single injection was given.}} The sham "
            "group underwent laminectomy only."),
            ("The rats were divided into four groups ({{n_per_group|n = 7}}): Sham, SCI, SCI + Vehicle and "
            "SCI + WJ-MSC-Exo."),
            ("h", "Behavioral test"),
            ("{{reported_blinded_assessment|BBB scoring was carried out weekly by two observers blinded to the "
            "groups}} from day 7 to day 42."),
            ("h", "Statistical analysis"),
            ("Data are reported as mean ± SEM. Groups were compared by repeated-measures ANOVA and Tukey's test "
            "in SPSS 24; P < 0.05 was considered significant."),
        ]),
        ("results", "Results", [
            ("{{size_nm|DLS showed a mean size of 87.5 nm}}, and TEM confirmed spherical vesicles. "
            "BBB scores are summarised in Table 1. On day 42, the SCI + WJ-MSC-Exo group reached "
            "{bbb:SCI + WJ-MSC-Exo@42}, while the SCI and SCI + Vehicle groups scored {bbb:SCI@42} and "
            "{bbb:SCI + Vehicle@42}, respectively."),
            ("table", "Table 1", "BBB scores of the study groups (mean ± SEM).", {
                "kind": "orbit", "orient": "groups_rows", "groups": _G5, "days": _D5,
                "head": lambda d: f"Day {d:g}", "n": "column", "grid": "full", "wrap": 78,
                "corner": "Groups",
                "labels": {"Sham": "Sham (laminectomy only)",
                           "SCI": "SCI (contusion without treatment)",
                           "SCI + Vehicle": "SCI + Vehicle (5 μL PBS into the lesion)",
                           "SCI + WJ-MSC-Exo": "SCI + WJ-MSC-Exo (20 μg exosomes into the lesion)"},
                "marks": {("SCI + WJ-MSC-Exo", 21.0): "*", ("SCI + WJ-MSC-Exo", 28.0): "*",
                          ("SCI + WJ-MSC-Exo", 35.0): "**", ("SCI + WJ-MSC-Exo", 42.0): "**"},
                "foot": "*P < 0.05 and **P < 0.01 compared with the SCI + Vehicle group.",
            }),
            ("Western blot at day 7 showed a higher Bcl-2/Bax ratio in the exosome group, and TUNEL-positive "
            "cells around the lesion were reduced by 45%."),
        ]),
        ("discussion", "Discussion", [
            ("The present study showed that a single intralesional injection of WJ-MSC exosomes improved motor "
            "function after contusion. {{mechanism|This effect may be mediated by reduced apoptosis via the "
            "Bcl-2/Bax pathway}}."),
            ("Other investigators reported exosome sizes of 100–120 nm by NTA [14]; the smaller DLS value in our "
            "study may reflect the method. Direct injection requires opening the dura, which limits "
            "clinical translation."),
        ]),
    ],
    references=[POOL[i] for i in (0, 1, 2, 6, 4, 10, 13, 15)],
    scores=Scores(outcome="BBB", err="sem",
                  groups=[("Sham", "sham", 7), ("SCI", "control", 7), ("SCI + Vehicle", "control", 7),
                          ("SCI + WJ-MSC-Exo", "treatment", 7)],
                  values={
                      "Sham": flat("Sham", _D5, [(21.0, 0.0)] * 6),
                      "SCI": flat("SCI", _D5, [(2.3, 0.4), (4.1, 0.5), (5.6, 0.6), (6.4, 0.6), (7.0, 0.7),
                                               (7.3, 0.7)]),
                      "SCI + Vehicle": flat("SCI + Vehicle", _D5, [(2.1, 0.5), (4.0, 0.6), (5.5, 0.6),
                                                                   (6.6, 0.7), (7.1, 0.7), (7.6, 0.8)]),
                      "SCI + WJ-MSC-Exo": flat("SCI + WJ-MSC-Exo", _D5, [(2.6, 0.5), (5.1, 0.6), (7.4, 0.6),
                                                                         (8.9, 0.7), (10.1, 0.7), (10.8, 0.8)]),
                  }),
    back=[("Ethical considerations", "Approved by the Ethics Committee of Zagros University of Medical Sciences."),
          ("Conflict of interests", ("{{reported_conflict_of_interest|The authors declare no conflict of "
           "interests.}}")),
          ("Acknowledgments", "Supported by Zagros University of Medical Sciences (grant 1400-3-99-216).")],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------
# 6. Mexico: compact page; weeks as rows with mean and SEM in separate columns under merged
#    group headers; n only in the caption; the table continues on the next page; a second
#    table with BBB at week 8 beside a subscore and stride length (other measures).
# ---------------------------------------------------------------------------------------
_D6 = [7.0, 14.0, 21.0, 28.0, 35.0, 42.0, 49.0, 56.0]
_G6 = ["Sham", "SCI + saline", "SCI + pMSC-EVs"]
GAMBOA = Study(
    stem="gamboa2024_hpmsc_ev_mascis_weekly_tailvein",
    layout="compact",
    title="Weekly intravenous extracellular vesicles from human placental mesenchymal stromal cells "
          "improve locomotion and reduce lesion volume after spinal cord contusion in female rats",
    short_title="Gamboa-Rivas et al. — Placental MSC EVs in SCI",
    authors=[("Daniela", "Gamboa-Rivas"), ("José Luis", "Méndez Ochoa"), ("Fernanda", "Ibarra"),
             ("Ricardo", "Salcedo-Paz")],
    affiliations=[("Laboratorio de Neuroregeneración, Instituto Nacional de Neurología Experimental, Ciudad de "
                  "México, México"),
                  "Unidad de Terapia Celular, Hospital Universitario del Bajío, León, Guanajuato, México"],
    journal="Revista Latinoamericana de Neurociencia Traslacional",
    year=2024,
    volume="6(1): 33–47",
    doi="10.5555/rlnt.2024.6.1.33",
    pmid="99100306",
    pmcid="PMC9910306",
    received="2023-08-30",
    values={
        "species": "rat", "strain": "Long-Evans", "sex": "female", "body_weight_g": {"low": 220, "high": 250},
        "n_per_group": 9, "injury_model": "contusion", "injury_device": "MASCIS impactor", "injury_level": "T9",
        "source_tissue": "placenta", "source_species": "human",
        "isolation_method": ["tangential_flow", "ultracentrifugation"],
        "isolation_detail": "TFF 500 kDa, 120,000 × g 2 h",
        "characterization": ["NTA", "TEM", "flow_cytometry"], "markers": ["CD63", "CD81", "CD9"],
        "size_nm": {"value": 127.5, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug_per_kg", "volume_ul": None, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 4, "interval_h": 168}, "timing_post_injury_h": 72,
        "mechanism": "polarisation of macrophages toward an M2 phenotype",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, ("We evaluated extracellular vesicles (EVs) from human placental mesenchymal stromal cells "
         "(pMSC-EVs) given intravenously once a week for four weeks, starting 72 h after a moderate "
         "contusion at T9 in female Long-Evans rats. pMSC-EVs improved BBB scores from week 3, reduced the "
         "lesion volume by about a third at week 8 and increased CD206+ macrophages in the lesion. "
         "Delayed, repeated dosing of pMSC-EVs is effective after spinal cord contusion.")),
    ],
    keywords=["placenta", "extracellular vesicles", "macrophages", "delayed treatment", "contusion"],
    sections=[
        ("intro", "Introduction", [
            ("In Latin America, traffic accidents and violence are the leading causes of spinal cord injury "
            "(SCI) [1]. Treatments that can begin days after the injury would be easier to bring to clinics."),
            ("MSC-derived EVs (typically 50–150 nm) reduce inflammation after SCI [2,11], but most studies "
            "injected them within the first hours; one study starting at 7 days with 1 × 10^11 particles "
            "found only modest gains (BBB ~8 at week 8) [5]."),
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Ethics and animals"),
            ("{{reported_welfare_compliance|The protocol was approved by the institutional Animal Care and Use "
            "Committee (CICUAL-INNE-2021-07) and followed the Mexican Official Standard NOM-062-ZOO-1999}}. "
            "{{species,strain,sex,body_weight_g|Female Long-Evans rats, 220–250 g}}, were kept under a 12:12 h "
            "light cycle."),
            ("h", "Placental MSCs and EV isolation"),
            ("{{source_tissue,source_species|MSCs were obtained from the chorionic villi of human term "
            "placentas}} donated after caesarean delivery with informed consent. Conditioned medium (48 h, "
            "serum-free) was clarified at 2 000 × g, {{isolation_method,isolation_detail|concentrated by "
            "tangential flow filtration (500 kDa cut-off) and ultracentrifuged at 120,000 × g for 2 h}}. "
            "EVs were resuspended in sterile saline."),
            ("EVs were characterised by {{characterization|nanoparticle tracking (NanoSight NS300)}}, "
            "{{characterization|transmission electron microscopy}} and "
            "{{characterization,markers|bead-based flow cytometry for CD63, CD81 and CD9}}."),
            ("h", "Contusion"),
            ("Under ketamine/xylazine anaesthesia, {{injury_level|the T9 lamina was removed}} and "
            "{{injury_model,injury_device|a 10 g rod was dropped from 25 mm with the MASCIS impactor}}. Sham "
            "rats underwent laminectomy only."),
            ("h", "Study design and treatment"),
            ("{{reported_randomisation|Rats were randomised (random.org sequence) to sham, SCI + saline or SCI + "
            "pMSC-EVs}} ({{n_per_group|nine rats per group}}). "
            f"{{{{dose,route,route_detail|pMSC-EVs (100 {MU}g/kg) were injected into the lateral tail vein}}}} "
            "{{timing_post_injury_h|beginning 72 h after injury}} and {{frequency|repeated once a week for a "
            "total of four doses}}; controls received saline."),
            ("h", "Functional evaluation"),
            ("{{reported_blinded_assessment|Locomotion was scored with the BBB scale by two evaluators unaware "
            "of group allocation}} every week up to week 8; the BBB subscore and stride length were measured at "
            "week 8."),
            ("h", "Statistical analysis"),
            ("Data are mean ± standard error of the mean (SEM). Two-way repeated-measures ANOVA with Tukey "
            "post-hoc comparisons (GraphPad Prism 9)."),
        ]),
        ("results", "Results", [
            ("h", "EV characterisation"),
            ("{{size_nm|Nanoparticle tracking gave a mean size of 127.5 ± 6.3 nm}}; TEM showed cup-shaped "
            "vesicles of 60–140 nm, and more than 80% of bead-captured EVs were CD63+."),
            ("h", "Locomotor recovery"),
            ("Weekly scores are shown in Table 1. Differences appeared at week 3 and grew until week 8, when "
            "the pMSC-EV group reached {bbb:SCI + pMSC-EVs@56} compared with {bbb:SCI + saline@56} in "
            "saline-treated rats."),
            ("table", "Table 1", "Weekly BBB scores after contusion (n = 9 per group).", {
                "kind": "orbit", "orient": "days_rows", "groups": _G6, "days": _D6, "style": "split",
                "err_label": "SEM", "head": lambda d: f"Week {d / 7:g}", "corner": "", "grid": "none",
                "tight": True, "cont": 5,
                "marks": {("SCI + pMSC-EVs", 21.0): "*", ("SCI + pMSC-EVs", 28.0): "*",
                          ("SCI + pMSC-EVs", 35.0): "**", ("SCI + pMSC-EVs", 42.0): "**",
                          ("SCI + pMSC-EVs", 49.0): "***", ("SCI + pMSC-EVs", 56.0): "***"},
                "foot": "*p < 0.05, **p < 0.01, ***p < 0.001 vs. SCI + saline.",
            }),
            ("table", "Table 2", "Hindlimb outcomes at week 8 (mean ± SEM).", {
                "kind": "orbit", "orient": "groups_rows", "groups": _G6, "days": [56.0],
                "head": lambda d: "BBB", "corner": "", "grid": "lines", "tight": True,
                "extra": [("BBB subscore", {"Sham": "13.0 ± 0.0", "SCI + saline": "2.4 ± 0.6",
                                            "SCI + pMSC-EVs": "5.9 ± 0.8"}),
                          ("Stride length (cm)", {"Sham": "14.8 ± 0.3", "SCI + saline": "9.6 ± 0.5",
                                                  "SCI + pMSC-EVs": "11.7 ± 0.4"})],
            }),
            ("h", "Lesion and macrophages"),
            ("Lesion volume at week 8 was 34% smaller with pMSC-EVs, and the proportion of CD206+ among CD68+ "
            "cells doubled at day 14."),
        ]),
        ("discussion", "Discussion", [
            ("Starting treatment 72 h after injury still improved recovery when EVs were repeated weekly. "
            "{{mechanism|We attribute the benefit mainly to polarisation of macrophages toward an M2 "
            "phenotype}}, as reported for other MSC sources [7]."),
            ("Compared with studies injecting 200 µg once [5], our cumulative dose was lower. The TEM range "
            "agrees with the 30–150 nm commonly cited for exosomes [2]."),
        ]),
    ],
    references=[POOL[i] for i in (0, 1, 5, 6, 4, 15, 10, 3)],
    scores=Scores(outcome="BBB", err="sem",
                  groups=[("Sham", "sham", 9), ("SCI + saline", "control", 9), ("SCI + pMSC-EVs", "treatment", 9)],
                  values={
                      "Sham": flat("Sham", _D6, [(21.0, 0.0)] * 8),
                      "SCI + saline": flat("SCI + saline", _D6, [(1.9, 0.3), (3.8, 0.4), (5.1, 0.5), (6.0, 0.5),
                                                                 (6.7, 0.6), (7.2, 0.6), (7.5, 0.6), (7.7, 0.6)]),
                      "SCI + pMSC-EVs": flat("SCI + pMSC-EVs", _D6,
                                             [(2.0, 0.3), (4.3, 0.4), (6.4, 0.5), (7.9, 0.5), (9.0, 0.6),
                                              (9.9, 0.6), (10.5, 0.6), (10.9, 0.7)]),
                  }),
    back=[("Ethics approval", "CICUAL-INNE-2021-07."),
          ("Conflict of interest", ("{{reported_conflict_of_interest|The authors declare no competing "
           "interests.}}")),
          ("Funding", "CONAHCYT Ciencia de Frontera grant CF-2019-88412 (invented).")],
    footnote=FOOTNOTE,
)

STUDIES = [AUBERTIN, GHASEMZADEH, GAMBOA]
