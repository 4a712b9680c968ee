"""Vault studies 5-7 (everything invented; see ../README.md: held out, never tune on it)."""

from __future__ import annotations

from extgen.model import Scores, Study
from vaultgen.common import FOOTNOTE, GMU, MU, NB, REFS, TH, day_word, dpi, ids, series, wk

# --------------------------------------------------------------------------------------------
# 5. Banner layout, table running over two pages; hypoxic hBMSC exosomes by femoral vein every other day.
D5 = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0, 35.0, 42.0, 49.0, 56.0]
S5 = Scores("BBB", "sd", [("Sham", "sham", 10), ("SCI/PBS", "control", 10), ("SCI/Nor-Exo", "other", 10),
                          ("SCI/Hypo-Exo", "treatment", 10)], {
    "Sham": series(D5, [(21.0, 0.0)] * 10),
    "SCI/PBS": series(D5, [(0.6, 0.6), (1.4, 0.9), (3.0, 1.2), (4.9, 1.4), (6.1, 1.5), (6.8, 1.6), (7.3, 1.6), (7.6, 1.7), (7.8, 1.7), (8.0, 1.8)]),
    "SCI/Nor-Exo": series(D5, [(0.7, 0.6), (1.7, 0.9), (3.8, 1.2), (6.0, 1.3), (7.5, 1.5), (8.4, 1.5), (9.0, 1.6), (9.3, 1.6), (9.6, 1.7), (9.8, 1.7)]),
    "SCI/Hypo-Exo": series(D5, [(0.8, 0.7), (2.0, 1.0), (4.6, 1.2), (7.3, 1.4), (9.1, 1.5), (10.4, 1.6), (11.2, 1.6), (11.8, 1.7), (12.1, 1.7), (12.4, 1.8)]),
})
doi, pmid, pmcid = ids(5)
RAHIMI = Study(
    stem="rahimi2021_hypoxic_hbmsc_exo_femoral_eod", layout="banner",
    title="Hypoxia-preconditioned bone marrow mesenchymal stem cell exosomes enhance angiogenesis and functional recovery after spinal cord injury in rats",
    short_title="Hypoxic MSC exosomes and SCI",
    authors=[("Mahsa", "Rahimi"), ("Reza", "Tavakoli"), ("Niloufar", "Ghasemzadeh"), ("Hossein", "Moradi")],
    affiliations=["Department of Tissue Engineering, Synthetic University of Medical Sciences, Tehran, Iran",
                  "Brain and Spinal Cord Injury Research Centre (fictitious), Tehran, Iran"],
    journal="Archives of Synthetic Neuroscience", year=2021, volume="12(3):301–318", doi=doi, pmid=pmid,
    pmcid=pmcid, received="2021-02-08",
    values={
        "species": "rat", "strain": "Wistar", "sex": "female", "body_weight_g": {"low": 230, "high": 270},
        "n_per_group": 10, "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T9-T10",
        "source_tissue": "bone_marrow", "source_species": "human", "modification": "hypoxic preconditioning",
        "isolation_method": ["ultrafiltration", "ultracentrifugation"],
        "isolation_detail": "Centricon Plus-70 100 kDa; 100,000 × g 120 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 127.5, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 150, "unit": "ug", "volume_ul": 300, "basis": "protein"},
        "route": "intravenous", "route_detail": "femoral vein", "frequency": {"doses": 3, "interval_h": 48},
        "timing_post_injury_h": 0.5, "mechanism": "HIF-1α-dependent promotion of angiogenesis",
        "reported_randomisation": True, "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Hypoxic preconditioning increases the pro-angiogenic content of mesenchymal stem cell (MSC) secretome. We compared exosomes from hypoxia-preconditioned human bone marrow MSCs (Hypo-Exo) with exosomes from normoxic cells (Nor-Exo) in spinal cord injury (SCI)."),
        ("Methods", f"SCI was induced in {{{{species,strain|Wistar rats}}}} by a weight-drop device. Rats received {{{{dose|150{NB}{MU}g}}}} of Hypo-Exo, Nor-Exo or PBS {{{{route,route_detail|through the femoral vein}}}} at 30 min, day 2 and day 4. Locomotion was followed for 8 weeks with BBB score."),
        ("Results", "Hypo-Exo improved BBB score in comparison with PBS and Nor-Exo from the second week; at the end of follow-up the scores were {sx:SCI/Hypo-Exo@56|named}, {sx:SCI/Nor-Exo@56|named} and {sx:SCI/PBS@56|named}, respectively. Capillary density in the lesion border was increased."),
    ],
    keywords=["hypoxia", "exosome", "mesenchymal stem cell", "angiogenesis", "spinal cord injury"],
    sections=[
        ("intro", "Introduction", [
            "Spinal cord injury (SCI) destroys the microvasculature at the epicentre and the resulting ischemia extends the lesion during the first days [1, 8]. Therefore, strategies which restore the vessel network are considered as promising for protection of spared tissue.",
            f"MSC-derived exosomes, small vesicles with 30–100{NB}nm diameter according to the classical definition, contain pro-angiogenic microRNAs and proteins [2]. Culture of MSCs in low oxygen tension (1–5% O<sub>2</sub>) stabilises hypoxia-inducible factor-1α (HIF-1α) and changes the cargo of the released vesicles [11]. In this study, we hypothesised that exosomes from hypoxia-preconditioned MSCs are more effective than normoxic exosomes for functional recovery after SCI.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals and study design"),
            f"{{{{reported_welfare_compliance|All procedures were approved by the Ethics Committee of the Synthetic University of Medical Sciences (IR.SUMS.REC.1399.412)}}}}. Forty {{{{species,strain,sex|female Wistar rats}}}}, {{{{body_weight_g|230–270{NB}g}}}}, were {{{{reported_randomisation|randomly divided}}}} into Sham, SCI/PBS, SCI/Nor-Exo and SCI/Hypo-Exo groups {{{{n_per_group|(n = 10 per group)}}}}.",
            ("h", "SCI model"),
            f"After anaesthesia with intraperitoneal ketamine (90{NB}mg/kg) and xylazine (5{NB}mg/kg) the lamina of T9 was removed and a {{{{injury_model,injury_device|contusion was produced by a modified Allen weight-drop device (10 g, 25 mm)}}}} {{{{injury_level|at T9–T10 segment}}}}. Sham rats underwent only laminectomy. Cefazolin (25{NB}mg/kg) was injected for 3 days.",
            ("h", "MSC culture and hypoxic preconditioning"),
            f"{{{{source_tissue,source_species|Human bone marrow MSCs (passage 4–6) were obtained from the cell bank of the institute}}}}. {{{{modification|For hypoxic preconditioning, cells were incubated in 1% O<sub>2</sub>, 5% CO<sub>2</sub> for 48 h}}}} in serum-free medium, while normoxic cells were kept in 21% O<sub>2</sub>. For in vitro tube formation assay, HUVECs were treated with 20{NB}{GMU}g/mL of exosomes.",
            ("h", "Exosome isolation"),
            f"Conditioned medium was centrifuged at 500 × g (10 min) and 10{TH}000 × g (30 min), filtered (0.22{NB}{MU}m), {{{{isolation_method,isolation_detail|concentrated with Centricon Plus-70 (100 kDa MWCO)}}}} and then {{{{isolation_method,isolation_detail|ultracentrifuged at 100{TH}000 × g for 120 min}}}} (Beckman Optima XPN-100). The pellet was washed once and resuspended in PBS.",
            ("h", "Characterisation"),
            "Exosomes were identified with {{characterization|TEM}}, {{characterization|nanoparticle tracking analysis (ZetaView)}} and {{characterization,markers|western blotting (CD9, CD63, TSG101 and calnexin)}}.",
            ("h", "Administration"),
            f"{{{{dose|Exosomes (150{NB}{MU}g protein in 300{NB}{MU}L PBS)}}}} were injected {{{{route_detail|into the left femoral vein}}}} {{{{timing_post_injury_h|30 min after SCI}}}} and {{{{frequency|repeated on day 2 and day 4 (three injections, every other day)}}}}.",
            ("h", "Behavioural assessment and statistics"),
            "BBB score was recorded at 1, 3 and 7 dpi and weekly thereafter until 8 weeks. Data are mean ± SD; one-way ANOVA with Tukey post hoc at each time point, p < 0.05.",
        ]),
        ("results", "Results", [
            f"Exosomes from both conditions were cup-shaped on TEM and expressed CD9, CD63 and TSG101 without calnexin. {{{{size_nm|The mean particle size of Hypo-Exo was 127.5 ± 9.8{NB}nm}}}} and that of Nor-Exo 122.9 ± 8.1{NB}nm (NTA); HIF-1α and VEGF were higher in Hypo-Exo.",
            "BBB scores are given in Table 3. Early after injury, there was no difference between groups. From 14 dpi, Hypo-Exo rats had higher scores than PBS rats ({bbb:SCI/Hypo-Exo@14} vs {bbb:SCI/PBS@14}), and from 28 dpi also higher than Nor-Exo rats. At 56 dpi, Hypo-Exo reached {sx:SCI/Hypo-Exo@56|tight}.",
            ("table", "Table 3", "BBB locomotor scores during 8 weeks after SCI (mean ± SD, n = 10/group).",
             {"orient": "rows", "days": D5, "groups": ["Sham", "SCI/PBS", "SCI/Nor-Exo", "SCI/Hypo-Exo"],
              "day_fmt": dpi, "corner": "Time", "split_at": 6,
              "foot": "dpi, days post-injury; SD, standard deviation."}),
            "CD31-positive capillaries in the rim of the lesion at 14 dpi were increased by 58% in the Hypo-Exo group compared with PBS, and by 21% compared with Nor-Exo.",
        ]),
        ("discussion", "Discussion", [
            f"Our results show that hypoxic preconditioning increased the efficacy of MSC exosomes after SCI. Previous studies using hypoxic MSC exosomes reported BBB scores of about 11 at 4 weeks with a dose of 200{NB}{GMU}g [11], which is near to our values. Because femoral vein injection requires a small incision, the tail vein may be more practical for repeated doses.",
            "The increased capillary density suggests that {{mechanism|HIF-1α-dependent promotion of angiogenesis}} is responsible for the better outcome. Further studies should examine which cargo molecules mediate this effect.",
        ]),
    ],
    back=[("Conflict of interest", "{{reported_conflict_of_interest|The authors have no conflict of interest to declare}}."),
          ("Ethical approval", "{{reported_welfare_compliance|The study was approved by the institutional ethics committee}}.")],
    references=list(REFS),
    scores=S5, footnote=FOOTNOTE,
)

# --------------------------------------------------------------------------------------------
# 6. Single column; rat BMSC EVs weekly by tail vein after forceps compression; BBB only in a plot.
D6 = [7.0, 14.0, 21.0, 28.0, 35.0, 42.0]
S6 = Scores("BBB", "sem", [("Vehicle", "control", 7), ("EV", "treatment", 7)], {
    "Vehicle": series(D6, [(3.2, 0.5), (5.6, 0.6), (7.1, 0.6), (8.0, 0.7), (8.4, 0.7), (8.7, 0.7)]),
    "EV": series(D6, [(3.9, 0.5), (6.9, 0.6), (8.9, 0.7), (10.2, 0.7), (10.9, 0.8), (11.3, 0.8)]),
})
doi, pmid, pmcid = ids(6)
LEHTINEN = Study(
    stem="lehtinen2018_rbmsc_ev_forceps_weekly_figureonly", layout="single",
    title="Weekly intravenous extracellular vesicles from bone marrow stromal cells preserve pericyte coverage after compression injury of the rat spinal cord",
    short_title="Weekly BMSC EVs after compression",
    authors=[("Aino", "Lehtinen"), ("Mikko", "Salonen"), ("Johanna", "Virtanen")],
    affiliations=["Neuroscience Centre (fictitious), University of Synthetic Sciences, Turku, Finland"],
    journal="Scandinavian Journal of Synthetic Neurology", year=2018, volume="7:88–99", doi=doi, pmid=pmid,
    pmcid=pmcid, received="2018-09-14",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 240, "high": 270},
        "n_per_group": 7, "injury_model": "compression", "injury_device": "forceps", "injury_level": "T10",
        "source_tissue": "bone_marrow", "source_species": "rat", "isolation_method": ["size_exclusion", "ultrafiltration"],
        "isolation_detail": "qEV10 70 nm columns; Amicon Ultra-15 10 kDa", "characterization": ["TEM", "western_blot"],
        "markers": ["CD81", "TSG101", "Alix"],
        "size_nm": {"value": None, "low": 40, "high": 160, "stat": None, "method": "TEM"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 500, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein", "frequency": {"doses": 4, "interval_h": 168},
        "timing_post_injury_h": 24.0, "mechanism": "preservation of pericyte coverage and blood–spinal cord barrier integrity",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
    },
    abstract=[(None, f"Extracellular vesicles (EVs) of bone marrow stromal cells were given to {{{{sex,species|female rats}}}} {{{{frequency|once a week for four weeks}}}} after forceps compression of the thoracic cord. EV-treated rats had less Evans blue leakage at day 3, more PDGFRβ-positive pericytes around capillaries and better open-field locomotion over 6 weeks than vehicle-treated rats.")],
    keywords=["extracellular vesicles", "pericytes", "blood–spinal cord barrier", "compression"],
    sections=[
        ("intro", "Introduction", [
            "The blood–spinal cord barrier breaks down within minutes of trauma, and its leakage persists for weeks [8]. Pericytes detach from capillaries early after injury. Stromal cell secretome stabilises the barrier in vitro.",
            f"EVs are heterogeneous; the exosome fraction is usually given as 50–150{NB}nm. We tested repeated intravenous EV dosing, which has rarely been studied [12].",
        ]),
        ("methods", "Methods", [
            f"{{{{reported_welfare_compliance|The national Animal Experiment Board approved the study (ESAVI/4410/2017)}}}}. {{{{species,strain,sex|Female Sprague–Dawley rats}}}} ({{{{body_weight_g|240–270{NB}g}}}}), {{{{n_per_group|seven per group}}}}. Anaesthesia: isoflurane 2.5%. T10 laminectomy; {{{{injury_model,injury_device|the cord was compressed with modified forceps}}}} (1 mm gap) for 15 s {{{{injury_level|at T10}}}}.",
            f"{{{{source_tissue,source_species|Rat BMSCs (femoral marrow of donor Sprague–Dawley rats)}}}}, passages 3–5, 48 h serum-free. Medium: 2{TH}000 g 10 min, 0.22 {MU}m filter, {{{{isolation_method,isolation_detail|Amicon Ultra-15 (10 kDa)}}}} to 0.5 ml, then {{{{isolation_method,isolation_detail|qEV10 70 nm columns}}}}; EV fractions pooled and re-concentrated. BCA for protein.",
            "{{characterization|Electron microscopy (TEM)}} and {{characterization,markers|Western blots: CD81, TSG101, Alix}}.",
            f"{{{{dose|100{NB}{MU}g EVs in 500{NB}{MU}l saline}}}} or saline, {{{{route,route_detail|tail vein}}}}, {{{{timing_post_injury_h|first 24 h post-injury}}}}, then days 8, 15 and 22.",
            "BBB weekly, 6 weeks, {{reported_blinded_assessment|by a blinded rater}}. Mean ± SEM. Repeated-measures ANOVA.",
        ]),
        ("results", "Results", [
            f"EVs were {{{{size_nm|40–160{NB}nm in diameter on TEM}}}} and positive for CD81, TSG101 and Alix.",
            "Evans blue extravasation at day 3 was 35% lower with EVs. PDGFRβ<sup>+</sup> coverage of CD31<sup>+</sup> capillaries at day 14 was 62% vs 41% (vehicle).",
            "EV-treated rats recovered better from week 2 onwards (Fig. 2; group × time interaction P = 0.008). Both groups plateaued after week 5.",
            ("figure", "Fig. 2", "BBB open-field scores over six weeks after compression (mean ± SEM; n = 7 per group).",
             {"days": D6, "groups": ["Vehicle", "EV"], "x": "weeks"}),
        ]),
        ("discussion", "Discussion", [
            f"Weekly EVs improved barrier integrity and locomotion. Hallström and Mbatha gave a single 200{NB}{GMU}g dose and saw a similar barrier effect but smaller gains in BBB (from 7 to 9 points) [8]. The likely mechanism is {{{{mechanism|preservation of pericyte coverage and blood–spinal cord barrier integrity}}}}.",
            "Limitations: one sex, one dose, no EV tracking.",
        ]),
    ],
    back=[("Funding", "Fictitious foundation grant 2017-SN-14.")],
    references=list(REFS),
    scores=S6, footnote=FOOTNOTE,
    notes=["BBB scores are reported only in a line plot (Fig. 2); no outcome rows."],
)

# --------------------------------------------------------------------------------------------
# 7. Two columns; mice, BMS; native hPMSC exosomes intranasal daily x5; table days across + legend numbers.
D7 = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]
S7 = Scores("BMS", "sem", [("Sham", "sham", 8), ("Vehicle", "control", 8), ("PMSC-Exo", "treatment", 8)], {
    "Sham": series(D7, [(9.0, 0.0)] * 6),
    "Vehicle": series(D7, [(0.3, 0.2), (0.8, 0.2), (1.6, 0.3), (2.4, 0.3), (2.9, 0.3), (3.1, 0.4)]),
    "PMSC-Exo": series(D7, [(0.4, 0.2), (1.1, 0.3), (2.3, 0.3), (3.5, 0.4), (4.3, 0.4), (4.8, 0.4)]),
})
doi, pmid, pmcid = ids(7)
KWON = Study(
    stem="kwon2020_mouse_hpmsc_exo_intranasal_bms", layout="twocol",
    title="Intranasal delivery of placenta-derived mesenchymal stem cell exosomes improves locomotion after spinal cord contusion in mice",
    short_title="Intranasal PMSC exosomes in mouse SCI",
    authors=[("Ji-won", "Kwon"), ("Seung-hyun", "Park"), ("Minji", "Cho"), ("Dong-ha", "Yoon")],
    affiliations=["Department of Neurosurgery (fictitious), Synthetic National University College of Medicine, Seoul, Republic of Korea"],
    journal="Journal of Synthetic Korean Neurotrauma", year=2020, volume="16(2):e41", doi=doi, pmid=pmid, pmcid=pmcid,
    received="2020-04-21",
    values={
        "species": "mouse", "strain": "C57BL/6", "sex": "female", "body_weight_g": {"low": 18, "high": 22},
        "n_per_group": 8, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor", "injury_level": "T10",
        "source_tissue": "placenta", "source_species": "human", "modification": "none",
        "isolation_method": ["tangential_flow", "ultracentrifugation"],
        "isolation_detail": "TFF 500 kDa MWCO; 120,000 × g 90 min", "characterization": ["NTA", "TEM", "western_blot"],
        "markers": ["CD9", "CD63", "CD81", "TSG101"],
        "size_nm": {"value": 98.7, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 1e9, "unit": "particles", "volume_ul": 10, "basis": "particles"},
        "route": "intranasal", "frequency": {"doses": 5, "interval_h": 24}, "timing_post_injury_h": 2.0,
        "mechanism": "reduction of astrocytic scar formation via inhibition of STAT3 activation",
        "reported_randomisation": True, "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[(None, f"Intranasal administration can deliver nanovesicles to the central nervous system non-invasively. We investigated whether exosomes from human placenta-derived mesenchymal stem cells (PMSC-Exo) given via the nose improve recovery after spinal cord injury (SCI). {{{{species,strain|C57BL/6 mice}}}} with T10 contusion were treated with {{{{dose|1 × 10<sup>9</sup> particles}}}} of PMSC-Exo or vehicle {{{{route|intranasally}}}} once a day for five days. PMSC-Exo improved Basso Mouse Scale (BMS) scores at 28 days ({{sx:PMSC-Exo@28|named}} versus {{sx:Vehicle@28|named}}) and reduced GFAP and phospho-STAT3 around the lesion.")],
    keywords=["intranasal", "exosome", "placenta", "Basso Mouse Scale", "astrocyte"],
    sections=[
        ("intro", "Introduction", [
            "Spinal cord injury (SCI) results in permanent motor and sensory loss, and currently no effective treatment exists [1]. After the injury, reactive astrocytes form a glial scar which limits axon regeneration, and STAT3 signaling is a key regulator of this process.",
            f"Exosomes are extracellular vesicles of 30–150{NB}nm secreted from most cells [2]. Exosomes of mesenchymal stem cells (MSCs) have therapeutic effects in SCI models, but most studies used intravenous injection which results in high accumulation in liver [4]. Intranasal route was shown to deliver vesicles to brain and spinal cord in rodents [18]. Therefore, we investigated the effect of intranasal PMSC-Exo in a mouse contusion model.",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Animals"),
            f"{{{{species,strain,sex|Female C57BL/6 mice}}}} (8 weeks old, {{{{body_weight_g|18–22{NB}g}}}}) were purchased from a commercial supplier. {{{{reported_welfare_compliance|All experiments were approved by the Institutional Animal Care and Use Committee of Synthetic National University (SNU-190822-3)}}}}. Mice were {{{{reported_randomisation|randomly assigned into three groups}}}} (Sham, Vehicle, PMSC-Exo; {{{{n_per_group|n = 8 mice per group}}}}).",
            ("h", "Spinal cord injury"),
            f"Mice were anesthetized with 2% isoflurane. After laminectomy at T10 vertebra, {{{{injury_model,injury_device|contusion injury was performed with Infinite Horizon impactor (IH-0400) using 60 kdyn force}}}} {{{{injury_level|at T10}}}}. Bladders were manually voided two times a day.",
            ("h", "Isolation of exosomes"),
            f"{{{{source_tissue,source_species|Human placenta-derived MSCs were obtained from term placentas}}}} with informed consent and cultured in serum-free medium for 72 h at passage 5. The conditioned medium was filtered with 0.22{NB}{MU}m filter, {{{{isolation_method,isolation_detail|concentrated by tangential flow filtration (TFF) with a 500 kDa MWCO hollow fiber}}}}, and then {{{{isolation_method,isolation_detail|ultracentrifuged at 120{TH}000 × g for 90 min}}}}. {{{{modification|Native (unmodified) exosomes were used in all experiments}}}}.",
            ("h", "Characterization of exosomes"),
            "The size and number of particles were analyzed by {{characterization|NTA (NanoSight NS300)}}. Morphology was examined by {{characterization|TEM}}. {{characterization,markers|Exosomal markers CD9, CD63, CD81 and TSG101 were detected by western blot}}.",
            ("h", "Intranasal administration"),
            f"Mice were held in supine position and {{{{dose|1 × 10<sup>9</sup> particles of PMSC-Exo in 10{NB}{MU}L PBS}}}} were {{{{route|administered intranasally}}}} (5{NB}{MU}L per nostril) {{{{timing_post_injury_h|from 2 h after SCI}}}}, {{{{frequency|once a day for 5 days}}}}. Hyaluronidase (100 U) was given intranasally 30 min before each dose to increase permeability. Vehicle group received PBS.",
            ("h", "Behavioral test"),
            "Hindlimb locomotion was evaluated using the Basso Mouse Scale (BMS; 0–9) at 1, 3, 7, 14, 21 and 28 days post-injury by {{reported_blinded_assessment|two researchers blinded to the groups}}. Data are shown as mean ± SEM. Two-way repeated measures ANOVA followed by Sidak test was used.",
        ]),
        ("results", "Results", [
            f"{{{{size_nm|The mean diameter of PMSC-Exo was 98.7{NB}nm}}}} and the concentration was 3.6 × 10<sup>11</sup> particles/mL. TEM showed round vesicles with bilayer membrane, and CD9, CD63, CD81 and TSG101 were positive.",
            "Sham mice walked normally at all time points. The BMS score of PMSC-Exo group became higher than vehicle group from 14 days post-injury (Table 1). The BMS subscore at 28 days was also improved (5.1 versus 2.7), and the inclined plane angle increased from 38° to 46°.",
            ("table", "Table 1", "BMS scores of each group (mean ± SEM, n = 8).",
             {"orient": "cols", "days": D7, "groups": ["Sham", "Vehicle", "PMSC-Exo"], "day_fmt": dpi, "corner": "Group"}),
            ("figure", "Figure 3", "Time course of BMS scores. At 28 days, PMSC-Exo mice scored {bbb:PMSC-Exo@28} and vehicle mice {bbb:Vehicle@28} (mean ± SEM, n = 8 per group).",
             {"days": D7, "groups": ["Sham", "Vehicle", "PMSC-Exo"]}),
            "GFAP-positive area at the lesion border was decreased by 34% and phospho-STAT3 positive astrocytes were reduced in the PMSC-Exo group at 28 days.",
        ]),
        ("discussion", "Discussion", [
            f"This study showed that intranasal PMSC-Exo improved motor function after SCI in mice. Other groups reported BMS scores of 4.5 at 4 weeks after intravenous exosomes of 100{NB}{GMU}g [4], which is similar to our result with non-invasive delivery. The number of particles reaching the cord after intranasal delivery was not measured in this study.",
            "We suggest that {{mechanism|reduction of astrocytic scar formation via inhibition of STAT3 activation}} contributes to the improvement. However, effects on other cells such as microglia cannot be excluded.",
        ]),
    ],
    back=[("Conflict of Interest", "{{reported_conflict_of_interest|No potential conflict of interest relevant to this article was reported}}."),
          ("Funding", "This work was supported by an invented grant (SYN-2019R1A).")],
    references=list(REFS),
    scores=S7, footnote=FOOTNOTE,
)

STUDIES = [RAHIMI, LEHTINEN, KWON]
