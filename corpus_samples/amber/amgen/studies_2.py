"""Amber studies 4-6 (everything invented: people, places, journals, numbers)."""

from __future__ import annotations

from extgen.common import FOOTNOTE, GMU, MU, TH, day_fmt, flat, week_fmt
from extgen.model import Scores, Study

from amgen.refs import refs

# ---------------------------------------------------------------------------------------------
# 4. Iran: melatonin-preconditioned rat ADSC exosomes (parent cells treated), ExoQuick-TC,
#    µg/kg intraperitoneal twice a week for 4 weeks from day 3, lower thoracic weight drop,
#    45 rats split into three groups, text scores as "mean (SD)", inclined-plane trap.
# ---------------------------------------------------------------------------------------------
_GH_DAYS = [7.0, 14.0, 28.0, 42.0, 56.0]
GHAFFARI = Study(
    stem="ghaffari2019_radsc_exo_melatonin_ip_twiceweekly",
    layout="single",
    title="Exosomes from melatonin-preconditioned adipose-derived stem cells enhance autophagy and "
          "locomotor recovery in rats with spinal cord injury",
    short_title="Ghaffari et al. · MT-Exo in SCI",
    authors=[("Reza", "Ghaffari"), ("Shirin", "Bahrami"), ("Amir-Hossein", "Nouri"), ("Leila", "Karimzadeh"),
             ("Mohammad", "Farahani"), ("Sara", "Ebadi")],
    affiliations=["Neuroscience Research Centre, Zagros University of Medical Sciences, Kermanshah, Iran",
                  "Department of Anatomical Sciences, Caspian Faculty of Medicine, Rasht, Iran"],
    journal="Persian Journal of Basic and Clinical Neuroscience",
    year=2019,
    volume="10(4):389–402",
    doi="10.5555/pjbcn.2019.1047",
    pmid="99177034",
    pmcid="PMC9917706",
    received="2019-01-09",
    values={
        "species": "rat", "strain": "Wistar", "sex": "female",
        "body_weight_g": {"low": 200, "high": 240}, "n_per_group": 15,
        "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T11-T12",
        "source_tissue": "adipose", "source_species": "rat", "modification": "melatonin preconditioning",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "ExoQuick-TC",
        "characterization": ["TEM", "NTA", "western_blot"],
        "markers": ["CD63", "CD81", "TSG101"],
        "size_nm": {"value": 104.7, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 200, "unit": "ug_per_kg", "volume_ul": 1000, "basis": "protein"},
        "route": "intraperitoneal",
        "frequency": {"doses": 8, "interval_h": 84}, "timing_post_injury_h": 72,
        "mechanism": "AMPK/mTOR-dependent autophagy",
        "reported_randomisation": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Objective", ("Melatonin preconditioning increases the paracrine activity of mesenchymal stem cells. "
         "We examined exosomes secreted by melatonin-pretreated adipose-derived stem cells (MT-Exo) in "
         "experimental spinal cord injury (SCI).")),
        ("Materials and Methods", "Forty-five female Wistar rats with weight-drop SCI were divided into "
         "SCI + saline, SCI + Exo and SCI + MT-Exo groups. Exosomes ({{dose|200 " + GMU + "g/kg}}) were "
         "given intraperitoneally {{frequency|twice a week for 4 weeks}}, starting "
         "{{timing_post_injury_h|on day 3}} after SCI."),
        ("Results", ("MT-Exo rats reached a BBB score of {bbb:SCI + MT-Exo@56|paren} at week 8 versus "
         "{bbb:SCI + saline@56|paren} in saline-treated rats, with higher LC3-II/LC3-I ratios and lower "
         "p62.")),
        ("Conclusion", ("MT-Exo promote recovery after SCI, at least partly through "
         "{{mechanism|AMPK/mTOR-dependent autophagy}}.")),
    ],
    keywords=["melatonin", "exosome", "adipose-derived stem cell", "autophagy", "spinal cord injury"],
    sections=[
        ("intro", "Introduction", [
            ("Autophagy is impaired in neurons and oligodendrocytes after spinal cord injury (SCI) [9]. "
            "Melatonin itself is neuroprotective in rodent SCI when given at 10 mg/kg daily for 14 days, "
            "but it has a short half-life [6]."),
            ("Exosomes, 40–100 nm vesicles of endosomal origin, mediate much of the effect of stem cells [3]. "
            "Pretreating the parent cells with melatonin changes their secretome, but its effect on "
            "exosome therapy in SCI is unknown."),
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Animals"),
            ("{{species,strain,sex|Adult female Wistar rats}} ({{body_weight_g|200–240 g}}) were housed "
            "under standard conditions with free access to food and water. "
            "{{reported_welfare_compliance|The study was approved by the Ethics Committee of Zagros University "
            "of Medical Sciences (IR.ZUMS.REC.1396.212) and conformed to the NIH Guide for the Care and Use "
            "of Laboratory Animals}}."),
            ("h", "ADSC culture and melatonin preconditioning"),
            "{{source_tissue,source_species|ADSCs were isolated from the inguinal fat pads of male Wistar "
            "rats}} by collagenase digestion and used at passage 3. "
            "{{modification|The cells were preconditioned with 10 " + MU + "M melatonin for 48 h}}; control "
            "ADSCs were cultured with vehicle (0.01% ethanol). Both were then washed and kept in "
            "exosome-depleted medium for a further 48 h.",
            ("h", "Exosome isolation and identification"),
            "Culture supernatants were centrifuged at 3" + TH + "000 × g for 15 min, and "
            "{{isolation_method,isolation_detail|exosomes were isolated with ExoQuick-TC}} (System "
            "Biosciences) following the kit protocol (overnight incubation at 4 °C, 1" + TH + "500 × g for "
            "30 min). Protein content was measured with the Bradford assay. "
            "{{characterization|Exosome morphology was observed under TEM}}; "
            "{{characterization,size_nm|NTA showed an average diameter of 104.7 nm}}; and "
            "{{characterization,markers|CD63, CD81 and TSG101 were detected by western blot}}.",
            ("h", "Spinal cord injury model"),
            "Rats were anaesthetised with ketamine (90 mg/kg) and xylazine (5 mg/kg). After laminectomy "
            "{{injury_level|at the lower thoracic level (T11–T12)}}, a "
            "{{injury_model,injury_device|weight-drop contusion (10 g weight from a height of 25 mm, "
            "modified Allen's method)}} was produced. Penicillin G (40" + TH + "000 IU/kg) was injected "
            "intramuscularly for 3 days and bladders were emptied manually until reflex voiding returned.",
            ("h", "Groups and treatment"),
            "{{reported_randomisation,n_per_group|A total of 45 rats were randomly divided into three "
            "groups (n = 15)}}: SCI + saline, SCI + Exo (exosomes from vehicle-treated ADSCs) and "
            "SCI + MT-Exo. Five further rats underwent laminectomy without contusion (Sham). "
            "{{dose,route|Exosomes (200 " + GMU + "g/kg body weight, in 1 mL saline) were injected "
            "intraperitoneally}} {{timing_post_injury_h,frequency|beginning 3 days after injury and then "
            "twice weekly for four weeks}} (eight injections in total); the SCI + saline group received "
            "1 mL saline.",
            ("h", "Behavioural tests"),
            ("Hindlimb function was evaluated with the BBB scale at weeks 1, 2, 4, 6 and 8, and with the "
            "inclined-plane test at week 8."),
            ("h", "In vitro autophagy assay"),
            "PC12 cells exposed to H<sub>2</sub>O<sub>2</sub> (200 " + MU + "M) were incubated with 100 "
            + MU + "g/mL MT-Exo or Exo for 24 h.",
            ("h", "Statistical analysis"),
            ("Results are expressed as mean (SD) and were analysed by one-way or two-way ANOVA with Tukey's "
            "post hoc test (SPSS 22)."),
        ]),
        ("results", "Results", [
            ("h", "Characterisation of exosomes"),
            ("Exosomes from both ADSC preparations were spherical and had similar size; melatonin "
            "preconditioning raised the exosome yield by 1.6-fold."),
            ("h", "Functional recovery"),
            ("Four rats died during the study (two in SCI + saline, one in each exosome group); their data "
            "were excluded. BBB scores improved in all injured groups over time (Table 1). At week 4, the "
            "scores were {bbb:SCI + MT-Exo@28|paren} (SCI + MT-Exo), {bbb:SCI + Exo@28|paren} (SCI + Exo) and "
            "{bbb:SCI + saline@28|paren} (SCI + saline). In the inclined-plane test at week 8, the maximum "
            "angle was 51.3 (4.2)° in SCI + MT-Exo and 42.0 (3.9)° in SCI + saline rats."),
            ("table", "Table 1", "BBB scores of the experimental groups. Data are mean ± SD.",
             {"orient": "rows", "days": _GH_DAYS,
              "groups": ["Sham", "SCI + saline", "SCI + Exo", "SCI + MT-Exo"],
              "day_fmt": week_fmt, "corner": "Time after SCI",
              "foot": "n = 5 (Sham), 13 (SCI + saline), 14 (SCI + Exo), 14 (SCI + MT-Exo). *P < 0.05 vs "
                      "SCI + Exo."}),
            ("h", "Autophagy markers"),
            ("LC3-II/LC3-I and Beclin-1 rose, and p62 fell, in the MT-Exo group; compound C (an AMPK "
            "inhibitor) abolished these effects in PC12 cells."),
        ]),
        ("discussion", "Discussion", [
            "Exosomes from melatonin-pretreated cells were more effective than exosomes from untreated "
            "cells. Other groups have injected 100 " + GMU + "g exosomes into the tail vein once [4] or "
            "given 1 mg/kg daily for 7 days [5]; our intraperitoneal schedule was chosen to maintain "
            "exposure over the first month.",
            "We did not track the distribution of intraperitoneal exosomes, which is a limitation.",
        ]),
    ],
    references=refs(9, 6),
    scores=Scores(
        outcome="BBB", err="sd",
        groups=[("Sham", "sham", 5), ("SCI + saline", "control", 13), ("SCI + Exo", "other", 14),
                ("SCI + MT-Exo", "treatment", 14)],
        values={
            "Sham": flat("Sham", _GH_DAYS, [(21.0, 0.0)] * 5),
            "SCI + saline": flat("SCI + saline", _GH_DAYS, [(2.2, 0.9), (3.9, 1.2), (6.1, 1.4), (7.4, 1.5),
                                                          (8.0, 1.6)]),
            "SCI + Exo": flat("SCI + Exo", _GH_DAYS, [(2.4, 1.0), (4.6, 1.3), (7.3, 1.5), (8.8, 1.6),
                                                    (9.5, 1.7)]),
            "SCI + MT-Exo": flat("SCI + MT-Exo", _GH_DAYS, [(2.6, 1.0), (5.5, 1.4), (9.0, 1.6), (10.8, 1.7),
                                                          (11.9, 1.8)]),
        },
    ),
    back=[("Acknowledgements", "This work was part of the PhD thesis of S. Bahrami."),
          ("Conflicts of interest", ("{{reported_conflict_of_interest|The authors declare no conflict of "
           "interest.}}"))],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------------
# 5. Chile: curcumin-loaded human BMSC exosomes, ultrafiltration + UC, cervical hemicontusion,
#    intrathecal once a week for three weeks from 1 week, different n for BBB and histology,
#    a free-curcumin group with its own schedule, a forelimb scale beside BBB.
# ---------------------------------------------------------------------------------------------
_SA_DAYS = [7.0, 14.0, 21.0, 28.0, 35.0]
SARMIENTO = Study(
    stem="sarmiento2024_hbmsc_exo_curcumin_cervical_intrathecal",
    layout="twocol",
    title="Curcumin-loaded exosomes from human bone marrow mesenchymal stem cells given intrathecally "
          "after cervical spinal cord contusion limit ferroptosis",
    short_title="Sarmiento et al.",
    authors=[("Isabel", "Sarmiento"), ("Joaquín", "Valenzuela"), ("Camila", "Riquelme"), ("Diego", "Aravena"),
             ("Francisca", "Olmos")],
    affiliations=["Programa de Neurociencia, Universidad del Pacífico Austral, Valparaíso, Chile",
                  "Centro de Medicina Regenerativa, Clínica Los Andes, Santiago, Chile"],
    journal="Andean Journal of Spinal Cord Medicine",
    year=2024,
    volume="6(2):101–115",
    doi="10.5555/ajscm.2024.0219",
    pmid="99177035",
    pmcid="PMC9917707",
    received="2024-01-28",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male",
        "body_weight_g": {"low": 280, "high": 320}, "n_per_group": 12,
        "injury_model": "contusion", "injury_device": "MASCIS impactor", "injury_level": "C5",
        "source_tissue": "bone_marrow", "source_species": "human", "modification": "curcumin loading",
        "isolation_method": ["ultrafiltration", "ultracentrifugation"],
        "isolation_detail": "100 kDa ultrafiltration, 120,000 × g for 2 h",
        "characterization": ["TEM", "NTA", "western_blot"],
        "markers": ["CD9", "CD63", "Alix", "calnexin"],
        "size_nm": {"value": 128.9, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 1e11, "unit": "particles", "volume_ul": 10, "basis": "particles"},
        "route": "intrathecal", "route_detail": "lumbar puncture",
        "frequency": {"doses": 3, "interval_h": 168}, "timing_post_injury_h": 168,
        "mechanism": "ferroptosis inhibition via Nrf2/GPX4",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, ("Curcumin is poorly soluble and barely reaches the spinal cord. We loaded curcumin into "
         "exosomes from human bone marrow mesenchymal stem cells (hBMSC-Exos) and delivered them "
         "intrathecally to rats with a unilateral cervical contusion. Curcumin-loaded exosomes (Cur-Exos, "
         "{{dose|1 × 10<sup>11</sup> particles}}) were injected {{timing_post_injury_h|1 week after "
         "injury}} and {{frequency|weekly thereafter, three injections in all}}. At day 35, ipsilateral "
         "BBB scores were {bbb:Cur-Exos@35} with Cur-Exos and {bbb:SCI + aCSF@35} with artificial "
         "cerebrospinal fluid, and lipid peroxidation in the cord was reduced. Cur-Exos may protect the "
         "injured cord by {{mechanism|inhibiting ferroptosis via Nrf2/GPX4}}.")),
    ],
    keywords=["curcumin", "exosomes", "cervical spinal cord injury", "ferroptosis", "intrathecal"],
    sections=[
        ("intro", "Introduction", [
            ("Cervical injuries account for about half of human spinal cord injuries, yet most preclinical "
            "exosome studies use thoracic models [11]. Iron-dependent lipid peroxidation (ferroptosis) "
            "continues for weeks after injury [11]."),
            ("Curcumin inhibits ferroptosis, but oral or intraperitoneal dosing (typically 100 mg/kg per "
            "day) gives very low tissue levels [10]. Exosomes — nanovesicles of 50–150 nm — can carry "
            "hydrophobic drugs in their membrane [3]."),
        ]),
        ("methods", "Materials and methods", [
            ("h", "Exosome production and curcumin loading"),
            "{{source_species,source_tissue|Human BMSCs (bone marrow aspirates from two consenting donors "
            "undergoing hip surgery)}} were cultured in α-MEM with 10% exosome-depleted FBS. Conditioned "
            "medium was centrifuged (500 × g, 10 min; 10" + TH + "000 × g, 30 min), "
            "{{isolation_method,isolation_detail|concentrated by 100 kDa ultrafiltration (Centricon Plus-70) "
            "and ultracentrifuged at 120" + TH + "000 × g for 2 h}} (SW 32 Ti). "
            "{{modification|Curcumin was loaded into the purified exosomes by sonication}} (200 " + MU
            + "g/mL curcumin, six cycles of 30 s), and free curcumin was removed on a second 120" + TH
            + "000 × g spin. Loading efficiency was 11.4%.",
            ("{{characterization,size_nm|By NTA the Cur-Exos measured 128.9 ± 34.2 nm (mean ± SD)}}, "
            "slightly larger than unloaded exosomes (117.5 nm). "
            "{{characterization|Transmission electron microscopy}} showed intact bilayer vesicles, and "
            "{{characterization,markers|immunoblotting confirmed CD9, CD63 and Alix, with no calnexin}}."),
            ("h", "Animals and cervical contusion"),
            ("Ninety {{sex,strain|male Sprague-Dawley}} {{species|rats}} (12 weeks, "
            "{{body_weight_g|280–320 g}}) were used. {{reported_welfare_compliance|Procedures were approved "
            "by the Bioethics Committee of the Universidad del Pacífico Austral (CEBA 22-031) and followed "
            "the ARRIVE 2.0 guidelines}}. Under isoflurane anaesthesia a C4–C6 laminectomy was performed and "
            "{{injury_model,injury_device|a unilateral (right) contusion was made with the MASCIS impactor "
            "(10 g, 12.5 mm)}} {{injury_level|at the C5 level}}. Meloxicam (1 mg/kg s.c.) was given daily "
            "for 3 days."),
            ("h", "Groups and intrathecal delivery"),
            "{{reported_randomisation|Injured rats were allocated by block randomisation}} to SCI + aCSF, "
            "Exos (unloaded), Cur-Exos and Free Cur groups; a Sham group had the laminectomy only. "
            "{{n_per_group|Twelve rats per group were used for behaviour}} and another six per group for "
            "histology and iron assays at day 14. {{route,route_detail|Exosomes were injected "
            "intrathecally by lumbar puncture}} between L5 and L6 ({{dose|1 × 10<sup>11</sup> particles in "
            "10 " + MU + "L aCSF}}) {{timing_post_injury_h,frequency|on days 7, 14 and 21 after "
            "injury}}. Free Cur rats received curcumin 100 mg/kg i.p. daily for 21 days.",
            ("h", "Behaviour"),
            ("{{reported_blinded_assessment|Two raters blinded to group}} scored the ipsilateral hindlimb "
            "with the BBB scale and the ipsilateral forelimb with the grooming test weekly from day 7 to "
            "day 35."),
            ("h", "Statistics"),
            "Scores are mean ± SEM; two-way repeated-measures ANOVA with Holm–Šidák tests.",
        ]),
        ("results", "Results", [
            ("Ipsilateral hindlimb BBB scores are listed in Table 1. Cur-Exos rats separated from aCSF rats "
            "after the second injection: at day 21 the scores were {bbb:Cur-Exos@21} and "
            "{bbb:SCI + aCSF@21}, respectively, while unloaded exosomes gave {bbb:Exos@21}. Free curcumin had "
            "no effect ({bbb:Free Cur@35} at day 35). Grooming scores at day 35 were 3.6 ± 0.3 (Cur-Exos) and "
            "2.4 ± 0.3 (SCI + aCSF)."),
            ("table", "Table 1", "Ipsilateral BBB scores (mean ± SEM, n = 12 per group).",
             {"orient": "cols", "days": _SA_DAYS,
              "groups": ["Sham", "SCI + aCSF", "Exos", "Free Cur", "Cur-Exos"],
              "day_fmt": day_fmt, "corner": "Group"}),
            "GPX4 protein was preserved and 4-HNE staining reduced in the Cur-Exos group at day 14.",
        ]),
        ("discussion", "Discussion", [
            "Weekly intrathecal Cur-Exos improved ipsilateral hindlimb function by about three points. "
            "In thoracic models, a single intravenous injection of 200 " + MU + "g exosomes given 1 h after "
            "injury has been reported to raise BBB scores by a similar amount [4].",
            "Repeated lumbar punctures are feasible in rats but may cause transient irritation.",
        ]),
    ],
    references=refs(10, 5),
    scores=Scores(
        outcome="BBB", err="sem",
        groups=[("Sham", "sham", 12), ("SCI + aCSF", "control", 12), ("Exos", "other", 12),
                ("Free Cur", "other", 12), ("Cur-Exos", "treatment", 12)],
        values={
            "Sham": flat("Sham", _SA_DAYS, [(21.0, 0.0)] * 5),
            "SCI + aCSF": flat("SCI + aCSF", _SA_DAYS, [(8.1, 0.5), (9.6, 0.5), (10.4, 0.6), (11.0, 0.6),
                                                      (11.3, 0.6)]),
            "Exos": flat("Exos", _SA_DAYS, [(8.0, 0.5), (10.2, 0.5), (11.5, 0.6), (12.3, 0.6), (12.7, 0.6)]),
            "Free Cur": flat("Free Cur", _SA_DAYS, [(8.2, 0.5), (9.9, 0.5), (10.8, 0.6), (11.4, 0.6),
                                                  (11.7, 0.6)]),
            "Cur-Exos": flat("Cur-Exos", _SA_DAYS, [(8.1, 0.5), (11.0, 0.5), (12.9, 0.6), (13.8, 0.6),
                                                  (14.4, 0.6)]),
        },
    ),
    back=[("Funding", "ANID Fondecyt Regular 1220931 (invented)."),
          ("Competing interests", ("{{reported_conflict_of_interest|The authors have no competing interests "
           "to declare.}}"))],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------------
# 6. Finland (manuscript layout): native hUC-MSC EVs electroporated with miR-29b (vesicles
#    modified, parent cells not), rpm-only ultracentrifugation, complete transection, single
#    intralesional injection immediately, cells-equivalent dose, design table with exclusions.
# ---------------------------------------------------------------------------------------------
_JO_DAYS = [7.0, 14.0, 28.0, 42.0, 56.0]
JOKINEN = Study(
    stem="jokinen2018_hucmsc_ev_mir29b_transection_intralesional",
    layout="manuscript",
    title="miR-29b-loaded umbilical cord stromal cell extracellular vesicles reduce fibrotic scarring "
          "after complete spinal cord transection in rats",
    short_title="Jokinen et al.",
    authors=[("Aino", "Jokinen"), ("Ville", "Karjalainen"), ("Sanna", "Heikkilä"), ("Olli", "Rautavaara"),
             ("Kaisa", "Niemelä")],
    affiliations=["Neurotrauma Laboratory, Pohjanmaa Institute of Biomedicine, Oulu, Finland",
                  "Department of Clinical Neurosciences, Saimaa University Hospital, Lappeenranta, Finland"],
    journal="Scandinavian Neurotrauma Reports",
    year=2018,
    volume="12",
    doi="10.5555/snr.2018.0093",
    pmid="99177036",
    pmcid="PMC9917708",
    received="2018-03-15",
    values={
        "species": "rat", "strain": "Long-Evans", "sex": "female",
        "body_weight_g": {"low": 190, "high": 230}, "n_per_group": 10,
        "injury_model": "transection", "injury_level": "T9",
        "source_tissue": "umbilical_cord", "source_species": "human", "modification": "miR-29b loading",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "38,000 rpm, Type 70 Ti, 2 h",
        "characterization": ["TEM", "NTA", "western_blot"],
        "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 109.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 2e6, "unit": "cells_equivalent", "volume_ul": 5, "basis": None},
        "route": "intralesional", "route_detail": "rostral and caudal stumps",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0,
        "mechanism": "fibrotic scar reduction",
        "reported_randomisation": True, "reported_sample_size_calculation": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background:", "Fibrotic scar tissue blocks axon regrowth after complete spinal cord injury."),
        ("Methods:", ("Extracellular vesicles (EVs) from human umbilical cord mesenchymal stromal cells were "
         "electroporated with miR-29b (EV-29b). {{species,sex|Female rats}} with a complete T9 transection "
         "received EVs released by 2 × 10<sup>6</sup> cells into the cord stumps immediately after the "
         "lesion.")),
        ("Results:", ("EV-29b reduced collagen I and fibronectin deposition and improved BBB scores at 8 "
         "weeks ({bbb:SCI + EV-29b@56} vs {bbb:SCI + PBS@56}).")),
        ("Conclusions:", ("Loading EVs with miR-29b {{mechanism|limits fibrotic scar formation}} after "
         "transection.")),
    ],
    keywords=["extracellular vesicles", "miR-29b", "fibrosis", "transection", "umbilical cord"],
    sections=[
        ("intro", "Introduction", [
            ("After complete transection, meningeal and perivascular fibroblasts fill the gap with a "
            "collagen-rich scar [12]. miR-29b suppresses collagen genes in fibroblasts of many organs. "
            "Extracellular vesicles (EVs; exosomes typically measure 30–150 nm) can deliver such microRNAs "
            "to cells in the lesion [3]."),
            ("Rather than engineering the donor cells, we loaded miR-29b mimics directly into purified EVs "
            "and injected them into the stumps of a transected cord."),
        ]),
        ("methods", "Materials and methods", [
            ("h", "EV isolation and loading"),
            "{{source_tissue,source_species|Mesenchymal stromal cells were isolated from human umbilical "
            "cords}} (Wharton's jelly and vessels together; biobank consent) and expanded to passage 5 "
            "without any genetic modification. EVs were collected from serum-free medium conditioned by "
            "known numbers of cells for 48 h. After removal of cells and debris (400 × g, 10 min; "
            "4" + TH + "000 × g, 20 min), {{isolation_method,isolation_detail|EVs were pelleted at "
            "38" + TH + "000 rpm for 2 h in a Type 70 Ti rotor}} (Beckman) and resuspended in PBS. "
            "{{modification|The purified EVs were loaded with miR-29b mimic by electroporation}} "
            "(400 V, 125 " + GMU + "F); control EVs were electroporated without RNA.",
            ("{{characterization,size_nm|NTA (NanoSight LM10) gave a mode of 109 nm}}. "
            "{{characterization|EVs were imaged by TEM}} and "
            "{{characterization,markers|western blots showed CD9, CD63 and TSG101 and no calnexin}}."),
            ("h", "Animals and surgery"),
            ("{{strain|Long-Evans}} rats (female, {{body_weight_g|190–230 g}}) were anaesthetised with "
            "medetomidine (0.5 mg/kg) and ketamine (75 mg/kg). After laminectomy of the ninth thoracic "
            "vertebra, {{injury_model,injury_level|the cord was completely transected at T9}} with "
            "microscissors, and complete separation of the stumps was confirmed under the microscope."),
            "{{route,route_detail|EVs were injected into the rostral and caudal stumps}} (2.5 " + MU + "L "
            "each, 1 mm from the cut) {{timing_post_injury_h|immediately after the transection}} using a "
            "glass micropipette. Atipamezole reversed the anaesthesia, and carprofen (5 mg/kg) was given "
            "daily for 5 days.",
            ("{{reported_randomisation,reported_sample_size_calculation|Allocation was random (sealed "
            "envelopes) and group size was based on a power calculation}} from pilot data (SD 1.2 BBB "
            "points). The design is summarised in Table 1."),
            ("h", "Outcomes and statistics"),
            ("BBB scores were recorded at days 7, 14, 28, 42 and 56. Fibrosis was quantified on "
            "collagen I and fibronectin stained sections at day 56. Values are mean ± SEM; groups were "
            "compared by mixed-model ANOVA."),
            ("dtable", "Table 1", "Study design.",
             {"head": ["Group", "Vesicles", "Dose (injected volume)", "Injection", ("Rats randomised / "
                       "analysed")],
              "rows": [["Sham", "–", "–", "–", "6 / 6"],
                       ["SCI + PBS", "–", "PBS (5 " + MU + "L)", "Stumps, 0 h", "12 / 10"],
                       ["SCI + EV", "Native EVs (electroporated without RNA)",
                        "EVs from 2 × 10<sup>6</sup> cells (5 " + MU + "L)", "Stumps, 0 h", "12 / 10"],
                       ["SCI + EV-29b", "miR-29b-loaded EVs",
                        "{{dose|EVs from 2 × 10<sup>6</sup> cells (5 " + MU + "L)}}",
                        "{{frequency|Single injection}}, stumps, 0 h", "12 / 10"]],
              "foot": "{{n_per_group|Two rats in each injured group died or were euthanised before day 7 "
                      "(autophagia, urinary infection), leaving n = 10 per group}}."}),
        ]),
        ("results", "Results", [
            ("EV-29b carried about 600 copies of miR-29b per vesicle. Hindlimb movement was almost absent in "
            "all transected rats during the first 2 weeks (Table 2). From day 28 the SCI + EV-29b group "
            "showed isolated joint movements; at day 42 its mean score was {bbb:SCI + EV-29b@42} against "
            "{bbb:SCI + PBS@42} in SCI + PBS rats."),
            "Collagen I area at the lesion was halved by EV-29b (P < 0.01).",
            ("figure", "Figure 1", ("BBB scores after complete transection (mean ± SEM). At day 56, SCI + "
             "EV-29b: {bbb:SCI + EV-29b@56}; SCI + EV: {bbb:SCI + EV@56}; SCI + PBS: {bbb:SCI + PBS@56}."),
             {"days": _JO_DAYS, "groups": ["SCI + PBS", "SCI + EV", "SCI + EV-29b"]}),
            ("table", "Table 2", "BBB scores (mean ± SEM).",
             {"orient": "cols", "days": _JO_DAYS, "groups": ["SCI + PBS", "SCI + EV", "SCI + EV-29b"],
              "day_fmt": day_fmt, "corner": "Group", "foot": "Sham rats (n = 6) are not shown."}),
        ]),
        ("discussion", "Discussion", [
            "Direct loading of EVs avoided genetic modification of the donor cells. Locomotor gains were "
            "small, as expected after transection; a hydrogel bridge combined with 100 " + MU + "g EVs "
            "gave larger gains in another study [8].",
            "We tested one dose only and followed the rats for 8 weeks.",
        ]),
    ],
    references=refs(12, 4),
    scores=Scores(
        outcome="BBB", err="sem",
        groups=[("SCI + PBS", "control", 10), ("SCI + EV", "other", 10), ("SCI + EV-29b", "treatment", 10)],
        values={
            "SCI + PBS": flat("SCI + PBS", _JO_DAYS, [(0.2, 0.1), (0.5, 0.2), (1.1, 0.3), (1.6, 0.3),
                                                    (2.0, 0.4)]),
            "SCI + EV": flat("SCI + EV", _JO_DAYS, [(0.3, 0.1), (0.7, 0.2), (1.6, 0.3), (2.3, 0.4),
                                                  (2.8, 0.4)]),
            "SCI + EV-29b": flat("SCI + EV-29b", _JO_DAYS, [(0.3, 0.1), (0.9, 0.2), (2.4, 0.3), (3.6, 0.4),
                                                          (4.5, 0.5)]),
        },
    ),
    back=[("Ethics approval", ("{{reported_welfare_compliance|Animal experiments were authorised by the "
           "national Project Authorisation Board (ESAVI/3012/2016) in accordance with Directive "
           "2010/63/EU}}.")),
          ("Conflict of interest", ("{{reported_conflict_of_interest|The authors declare that no conflict of "
           "interest exists.}}"))],
    footnote=FOOTNOTE,
)

STUDIES = [GHAFFARI, SARMIENTO, JOKINEN]
