"""Sealed studies, part A (everything invented)."""

from __future__ import annotations

from extgen.common import FOOTNOTE, NB, day_fmt
from extgen.model import Scores, Study
from sealgen.refs import cite

# --------------------------------------------------------------------------- abara2021
_ABARA = Scores(
    outcome="BBB", err="sd",
    groups=[("Sham", "sham", 10), ("SCI + PBS", "control", 10), ("SCI + hUCMSC-Exo", "treatment", 10)],
    values={
        "Sham": {1: (20.7, 0.5), 3: (20.9, 0.3), 7: (21.0, 0.0), 14: (21.0, 0.0), 21: (21.0, 0.0), 28: (21.0, 0.0)},
        "SCI + PBS": {1: (0.4, 0.5), 3: (1.2, 0.8), 7: (3.1, 1.1), 14: (5.6, 1.3), 21: (6.9, 1.4), 28: (7.6, 1.2)},
        "SCI + hUCMSC-Exo": {1: (0.5, 0.5), 3: (1.9, 0.9), 7: (4.8, 1.2), 14: (8.2, 1.5), 21: (10.1, 1.3),
                             28: (11.4, 1.6)},
    },
)

ABARA = Study(
    stem="abara2021_hucmsc_exo_nyu_tailvein",
    layout="single",
    title="Human umbilical cord mesenchymal stromal cell exosomes given intravenously dampen microglial "
          "NLRP3 activation and improve hindlimb function after thoracic contusion in rats",
    short_title="Abara et al. · hUCMSC exosomes after contusion",
    authors=[("Chidinma O.", "Abara"), ("Thomas", "Whitcombe"), ("Adaeze", "Nwosu"), ("Rhiannon", "Pryce"),
             ("Emeka J.", "Onyekachi")],
    affiliations=["Centre for Spinal Repair, University of Northmoor, Northmoor, United Kingdom",
                  "Department of Anatomy, Lagoon City College of Medicine, Lagoon City, Nigeria"],
    journal="Journal of Neural Regeneration Research Reports",
    year=2021, volume="14(3):210–224", doi="10.5555/jnrrr.2021.0310",
    pmid="99310011", pmcid="PMC9931011", received="2021-02-17",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 200, "high": 220},
        "n_per_group": 10, "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T10",
        "source_tissue": "umbilical_cord", "source_species": "human", "modification": "none",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 × g 70 min, twice",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 118.6, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 500, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 1.0,
        "mechanism": "suppression of microglial NLRP3 inflammasome activation",
        "reported_randomisation": True, "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Paracrine vesicles released by mesenchymal stromal cells are being explored as a cell-free "
         "therapy for traumatic spinal cord injury (SCI). We asked whether exosomes from human umbilical cord MSCs "
         "(hUCMSC-Exo) modify inflammasome signalling when given systemically."),
        ("Methods", "Female Sprague-Dawley rats received a contusion at the tenth thoracic segment and, one hour "
         "later, a single tail-vein injection of hUCMSC-Exo or PBS. Hindlimb function was scored for four weeks."),
        ("Results", "Exosome-treated rats recovered better than PBS controls from the second week onwards and showed "
         "fewer NLRP3-positive microglia around the epicentre."),
        ("Conclusions", "A single systemic dose of unmodified hUCMSC-Exo restrains microglial inflammasome "
         "activation and is associated with better locomotor recovery."),
    ],
    keywords=["spinal cord injury", "exosomes", "umbilical cord", "NLRP3", "microglia"],
    sections=[
        ("intro", "1. Introduction", [
            "Traumatic spinal cord injury remains without a disease-modifying treatment. After the primary "
            "mechanical insult, a secondary cascade of oedema, haemorrhage, excitotoxicity and inflammation enlarges "
            "the lesion over days to weeks [1]. Microglia are the first responders and assemble the NLRP3 "
            "inflammasome, which cleaves pro-caspase-1 and releases interleukin-1β and interleukin-18 [4].",
            "Transplanted mesenchymal stromal cells (MSCs) act largely through what they secrete rather than by "
            "engrafting [2]. Among the secreted factors, exosomes have drawn most attention: they are small "
            "membrane vesicles of endosomal origin, generally described as 30–150 nm across, carrying proteins, "
            "lipids and RNAs of the parent cell [3]. Because they cross biological barriers and do not divide, "
            "they avoid several safety concerns of living cells.",
            "Umbilical cord tissue is discarded after birth, is easy to obtain and yields MSCs that expand "
            "quickly. Here we tested whether exosomes from human umbilical cord MSCs, given once into the tail vein "
            "after a moderate contusion, influence microglial NLRP3 activation and open-field locomotion.",
        ]),
        ("methods", "2. Materials and methods", [
            ("h", "2.1. Animals and ethics"),
            "All procedures were approved by the institutional Animal Welfare and Ethical Review Body and "
            "{{reported_welfare_compliance|carried out under the Animals (Scientific Procedures) Act 1986 and "
            "reported following the ARRIVE 2.0 guidelines}}. Thirty-six {{species,strain,sex,body_weight_g|female "
            "Sprague-Dawley rats weighing 200–220 g}} were housed in pairs with free access to food and water on a "
            "12 h light/dark cycle. Six animals were excluded before allocation because of surgical complications, "
            "and the remaining thirty were {{reported_randomisation|allocated to the three groups using a "
            "computer-generated random sequence}} ({{n_per_group|n = 10 per group}}): Sham, SCI + PBS and "
            "SCI + hUCMSC-Exo.",
            ("h", "2.2. Contusion injury"),
            f"Rats were anaesthetised with sodium pentobarbital (50{NB}mg/kg, i.p.) and a laminectomy was "
            "performed at the ninth thoracic vertebra to expose the cord beneath. "
            "{{injury_model,injury_device,injury_level|A moderate contusion was produced at T10 with the NYU "
            "impactor}} (10 g rod, 25 mm drop). Sham animals received the laminectomy only. Bladders were "
            "expressed manually twice daily until reflex voiding returned, and cefazolin was given for three days.",
            ("h", "2.3. Cell culture"),
            "{{source_tissue,source_species|Human umbilical cord MSCs}} (third to fifth passage) were obtained from a "
            "tissue bank with written maternal consent and grown in α-MEM with 10% fetal bovine serum. Before "
            "vesicle collection the medium was changed to exosome-depleted serum for 48 h. Cells expressed "
            "CD73, CD90 and CD105 and lacked CD34 and CD45 by flow cytometry.",
            ("h", "2.4. Exosome isolation"),
            "Conditioned medium was cleared at 300 × g for 10 min, 2,000 × g for 20 min and 10,000 × g for 30 min, "
            "filtered through a 0.22 µm membrane and {{isolation_method,isolation_detail|ultracentrifuged at "
            "100,000 × g for 70 min, twice}}, the pellet being washed in PBS in between. {{modification|The "
            "vesicles were used native, without any loading or genetic modification of the parent cells}}. "
            "Protein content was determined by BCA assay.",
            ("h", "2.5. Characterisation"),
            "{{characterization|Morphology was examined by transmission electron microscopy (TEM) after negative "
            "staining, and size distribution by nanoparticle tracking analysis (NTA)}} on a NanoSight NS300. "
            "{{characterization,markers|Western blotting was used to detect CD9, CD63 and TSG101, with calnexin "
            "as a negative marker}}. Primary antibodies were raised in rabbit (CD63, TSG101) or mouse (CD9, "
            "calnexin).",
            ("h", "2.6. Treatment"),
            "{{dose,route,route_detail,timing_post_injury_h|One hour after injury, rats received 100 µg of "
            "hUCMSC-Exo in 500 µL PBS through the tail vein}}; controls received 500 µL PBS alone. "
            "{{frequency|Treatment was given once.}}",
            ("h", "2.7. Behavioural assessment"),
            "Open-field locomotion was rated with the Basso, Beattie and Bresnahan (BBB) scale on days 1, 3, 7, "
            "14, 21 and 28 after injury. {{reported_blinded_assessment|Two examiners who were blinded to group "
            "allocation}} scored each rat for 4 min, and their mean was used.",
            ("h", "2.8. Immunofluorescence and statistics"),
            "Sections 2 mm rostral and caudal to the epicentre were stained for Iba1 and NLRP3. Data are shown "
            "as mean ± SD and were compared by two-way repeated-measures ANOVA with Tukey's post hoc test; "
            "p < 0.05 was taken as significant.",
        ]),
        ("results", "3. Results", [
            ("h", "3.1. Characterisation of hUCMSC-Exo"),
            "TEM showed round, cup-shaped vesicles. {{size_nm|NTA gave a mean particle diameter of 118.6 nm}} with "
            f"a concentration of 3.2 × 10{NB}11 particles/mL, and the vesicles were positive for CD9, CD63 and "
            "TSG101 and negative for calnexin.",
            ("h", "3.2. Locomotor recovery"),
            "All animals scored 21 before surgery, and all injured rats were nearly paraplegic on the first day. "
            "Scores of both injured groups rose over the four weeks, but the exosome group separated from the PBS "
            "group from day 14 (Table 1). At the end of follow-up the SCI + hUCMSC-Exo group reached "
            "{bbb:SCI + hUCMSC-Exo@28} compared with {bbb:SCI + PBS@28} in the SCI + PBS group (p < 0.001).",
            ("table", "Table 1", "BBB scores of the three groups at each time point after contusion (mean ± SD, "
             "n = 10 per group).", {"days": [1, 3, 7, 14, 21, 28], "groups": ["Sham", "SCI + PBS", "SCI + hUCMSC-Exo"],
                                     "orient": "cols", "day_fmt": day_fmt, "corner": "Group"}),
            ("h", "3.3. NLRP3 in microglia"),
            "Seven days after injury the proportion of Iba1-positive cells co-expressing NLRP3 was 41% in PBS "
            "controls and 19% after exosome treatment. Cleaved caspase-1 and IL-1β fell in parallel on western "
            "blots of the lesion segment.",
        ]),
        ("discussion", "4. Discussion", [
            "{{mechanism|The results point to suppression of microglial NLRP3 inflammasome activation}} as one way "
            "in which systemically delivered hUCMSC-Exo limit secondary injury. The effect on locomotion "
            "appeared during the second week, which matches the time course of inflammasome-driven "
            "pyroptosis described in contused rats [4].",
            "Other groups used larger doses. A study with 200 µg of bone marrow MSC exosomes reported a BBB gain "
            "of about 3 points at four weeks [20], and vesicles of 50–100 nm tracked to the lesion within 3 h of "
            "injection [23]. Our 100 µg dose is therefore at the lower end of what has been tried, and a "
            "dose–response study is needed.",
            "Limitations include the single sex, the four-week follow-up and the lack of vesicle tracking.",
        ]),
    ],
    references=cite(*range(1, 25)),
    scores=_ABARA,
    back=[("Conflict of interest", "{{reported_conflict_of_interest|The authors declare no conflict of interest.}}"),
          ("Funding", "Northmoor Spinal Research Trust (grant NSRT-19-044).")],
    footnote=FOOTNOTE,
)


# --------------------------------------------------------------------------- qiao2019
_QIAO = Scores(
    outcome="BBB", err="sem",
    groups=[("Sham", "sham", 12), ("SCI", "control", 12), ("BMSC-Exos", "other", 12),
            ("miR-124-Exos", "treatment", 12)],
    values={
        "Sham": {d: (21.0, 0.0) for d in (1, 3, 7, 14, 21, 28)},
        "SCI": {1: (0.3, 0.1), 3: (1.0, 0.3), 7: (2.6, 0.4), 14: (4.9, 0.5), 21: (6.2, 0.5), 28: (7.1, 0.6)},
        "BMSC-Exos": {1: (0.4, 0.2), 3: (1.4, 0.3), 7: (3.5, 0.4), 14: (6.3, 0.5), 21: (8.0, 0.6), 28: (9.2, 0.6)},
        "miR-124-Exos": {1: (0.4, 0.1), 3: (1.8, 0.3), 7: (4.4, 0.5), 14: (7.9, 0.6), 21: (10.3, 0.7),
                         28: (12.0, 0.7)},
    },
)

QIAO = Study(
    stem="qiao2019_rbmsc_exos_mir124_clip_ip",
    layout="twocol",
    title="Exosomes derived from miR-124-3p-overexpressing bone marrow mesenchymal stem cells promote "
          "functional recovery of rats after compressive spinal cord injury by regulating microglial polarization",
    short_title="miR-124-3p exosomes in compressive SCI",
    authors=[("Jian", "Qiao"), ("Xiaoling", "Fan"), ("Hao", "Tang"), ("Meiyu", "Guo"), ("Zhenwei", "Lu"),
             ("Qiang", "Shao")],
    affiliations=["Department of Orthopedics, The Second Affiliated Hospital of Huaxi Medical College, Huaxi, China",
                  "Key Laboratory of Spinal Cord Repair of Huaxi Province, Huaxi, China"],
    journal="Chinese Journal of Experimental Spine Research",
    year=2019, volume="7:1183–1197", doi="10.5555/cjesr.2019.07.118",
    pmid="99310027", pmcid="PMC9931027", received="2019-05-02",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male", "body_weight_g": {"low": 250, "high": 280},
        "n_per_group": 12, "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T9-T10",
        "source_tissue": "bone_marrow", "source_species": "rat", "modification": "miR-124-3p overexpression",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "ExoQuick-TC",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "TSG101", "Alix", "GM130"],
        "size_nm": {"value": 96, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 200, "unit": "ug_per_kg", "volume_ul": None, "basis": "protein"},
        "route": "intraperitoneal", "frequency": {"doses": 7, "interval_h": 24}, "timing_post_injury_h": 24.0,
        "mechanism": "miR-124-3p inhibits TLR4/NF-κB signalling and shifts microglia to M2 polarization",
        "reported_randomisation": True,
    },
    abstract=[
        (None, "Spinal cord injury (SCI) leads to severe motor dysfunction, and the microglia-mediated "
         "neuroinflammation is one of the key events of secondary injury. MicroRNA-124-3p (miR-124-3p) is "
         "abundant in quiescent microglia, but whether bone marrow mesenchymal stem cells (BMSCs)-derived "
         "exosomes overexpressing miR-124-3p can improve SCI is not clear. In this study, exosomes were isolated "
         "from rat BMSCs transfected with miR-124-3p lentivirus (miR-124-Exos) and given intraperitoneally to rats "
         "with clip compression SCI, and the results showed that miR-124-Exos markedly improved the BBB scores, "
         "decreased the M1 microglia and increased the M2 microglia, the mechanism of which may be related to "
         "the inhibition of the TLR4/NF-κB pathway."),
    ],
    keywords=["miR-124-3p", "exosomes", "BMSCs", "microglia", "spinal cord injury"],
    sections=[
        ("intro", "Introduction", [
            "Spinal cord injury (SCI) is a devastating disease of the central nervous system with high disability "
            "rate, which brings heavy burden to the patients and the society [1]. After the primary injury, the "
            "secondary injury including inflammation, apoptosis and glial scar formation further aggravates the "
            "damage, and microglia, as the resident macrophages in spinal cord, can be polarized into the "
            "pro-inflammatory M1 phenotype or the anti-inflammatory M2 phenotype [24].",
            "Exosomes are extracellular vesicles with a diameter of 40–160 nm secreted by almost all cells, and "
            "they can transfer miRNAs, mRNAs and proteins to recipient cells [3]. Studies have shown that "
            "exosomes of BMSCs have therapeutic effects on SCI [2, 20], and the modification of exosomes with "
            "specific miRNAs can further enhance the effect [11]. MiR-124-3p is the most abundant miRNA in the "
            "central nervous system and maintains the quiescent state of microglia. Therefore, we hypothesized "
            "that miR-124-3p-modified BMSC exosomes could promote the recovery of SCI by regulating the "
            "polarization of microglia.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals and grouping"),
            "A total of 48 {{species,strain,sex|adult male Wistar rats}} "
            "({{body_weight_g|250–280 g}}) were purchased from the Experimental Animal Center of Huaxi Medical "
            "College. {{reported_randomisation|The rats were randomly divided into 4 groups by random number "
            "table}}: Sham group, SCI group, BMSC-Exos group and miR-124-Exos group, "
            "{{n_per_group|12 rats in each group}}. Another 18 rats were used for the western blot and qPCR "
            "at 3 d.",
            ("h", "Establishment of SCI model"),
            f"The rats were anesthetized by intraperitoneal injection of 3% pentobarbital sodium (40{NB}mg/kg), the "
            "T8–T11 spinous processes and laminae were removed, and "
            "{{injury_model,injury_device,injury_level|the spinal cord at T9-T10 level was compressed with an "
            "aneurysm clip}} (closing force 30 g) for 1 min, while the rats in Sham group only received "
            "laminectomy. Successful model was confirmed by the spasm of the tail and the flaccid paralysis of the "
            "hind limbs.",
            ("h", "Culture and transfection of BMSCs"),
            "{{source_tissue,source_species|BMSCs were isolated from the femurs and tibias of 4-week-old Wistar "
            "rats}} by whole bone marrow adherence method and cultured in DMEM/F12 containing 10% FBS, and cells of "
            "passage 3 were used. {{modification|BMSCs were transfected with lentivirus carrying miR-124-3p mimic "
            "(LV-miR-124-3p) to overexpress miR-124-3p}}, and BMSCs transfected with empty vector lentivirus were "
            "used to produce the control exosomes (BMSC-Exos).",
            ("h", "Isolation and identification of exosomes"),
            "When the cells reached 80% confluence, the medium was replaced by serum-free medium for 48 h and then "
            "collected. After removing the cells and debris by centrifugation at 3,000 × g for 15 min, "
            "{{isolation_method,isolation_detail|the exosomes were extracted by ExoQuick-TC}} (System Biosciences, "
            "USA) according to the instruction, and resuspended in PBS. "
            "{{characterization|The morphology of the exosomes was observed by TEM, the particle size was detected "
            "by NTA}} and {{characterization,markers|the expression of CD63, TSG101, Alix and GM130 was detected "
            "by western blot}}. The protein concentration was measured by BCA kit.",
            ("h", "Treatment"),
            "{{dose,route|The rats in BMSC-Exos and miR-124-Exos groups were intraperitoneally injected with "
            "exosomes (200 µg/kg)}} {{frequency,timing_post_injury_h|once a day for 7 consecutive days beginning "
            "at 24 h after the operation}}, and the rats in SCI group were injected with the same volume of PBS.",
            ("h", "In vitro experiment"),
            f"BV2 microglia were stimulated with LPS (1{NB}μg/mL) and co-cultured with miR-124-Exos or BMSC-Exos "
            f"(50{NB}μg/mL) for 24 h, and the M1 marker iNOS and M2 marker Arg-1 were detected by immunofluorescence "
            "(rabbit anti-iNOS, 1:200; rabbit anti-Arg-1, 1:200).",
            ("h", "Behavioral test and statistical analysis"),
            "The hind limb motor function was evaluated with Basso-Beattie-Bresnahan (BBB) locomotor rating scale at "
            "1, 3, 7, 14, 21 and 28 d after injury. The data were expressed as mean ± SEM and analyzed by SPSS 22.0, "
            "one-way ANOVA was used for comparison among groups and LSD-t test for pairwise comparison, P < 0.05 "
            "was considered statistically significant.",
        ]),
        ("results", "Results", [
            ("h", "Identification of exosomes"),
            "Under TEM, the exosomes showed typical cup-shaped structure with double membrane, "
            "{{size_nm|NTA showed the peak size of the exosomes was 96 nm}}, and western blot showed that CD63, "
            "TSG101 and Alix were positive and GM130 was negative. The level of miR-124-3p in miR-124-Exos was "
            "about 9.6 times of that in BMSC-Exos (P < 0.01).",
            ("h", "miR-124-Exos improved the motor function of SCI rats"),
            "The rats in Sham group kept the full score at all time points, and the scores of the other three "
            "groups decreased to nearly 0 after injury and then gradually increased (Figure 1). At 7 d after "
            "injury, the BBB score of miR-124-Exos group ({bbb:miR-124-Exos@7}) was higher than that of SCI group "
            "({bbb:SCI@7}, P < 0.05). At 14 d, the scores of SCI group, BMSC-Exos group and miR-124-Exos group were "
            "{bbb:SCI@14}, {bbb:BMSC-Exos@14} and {bbb:miR-124-Exos@14} respectively. On day 28 post-injury, "
            "miR-124-Exos-treated rats reached {bbb:miR-124-Exos@28}, which was significantly higher than "
            "BMSC-Exos group ({bbb:BMSC-Exos@28}, P < 0.05) and SCI group ({bbb:SCI@28}, P < 0.01).",
            ("figure", "Figure 1", "BBB scores of each group at 1, 3, 7, 14, 21 and 28 d after SCI. Data are "
             "mean ± SEM, n = 12.", {"days": [1, 3, 7, 14, 21, 28], "groups": ["Sham", "SCI", "BMSC-Exos",
                                                                           "miR-124-Exos"]}),
            ("h", "miR-124-Exos regulated the polarization of microglia"),
            "Compared with SCI group, the number of iNOS+ /Iba1+ cells was decreased and Arg-1+ /Iba1+ cells was "
            "increased in miR-124-Exos group at 3 d, and the protein levels of TLR4, MyD88 and p-p65 were reduced "
            "(P < 0.05).",
        ]),
        ("discussion", "Discussion", [
            "In this study we found that miR-124-Exos had better effect than BMSC-Exos on the recovery of motor "
            "function after SCI, and {{mechanism|miR-124-3p inhibits TLR4/NF-κB signalling and shifts microglia to "
            "M2 polarization}}, which is consistent with the report that miR-124 deficiency leads to activation of "
            "microglia [4, 24]. Previous study used tail vein injection of 200 µg exosomes in 1 mL PBS and reported "
            "the peak of exosome size at 110 nm [20]; compared to it, intraperitoneal injection is simpler and "
            "avoids the risk of embolism, although the amount of exosomes reaching the spinal cord may be "
            "less [23].",
            "There are some limitations in this study. Firstly, only male rats were used; secondly, the "
            "distribution of exosomes in vivo was not traced; thirdly, the observation period was only 28 days.",
        ]),
    ],
    references=cite(*range(1, 25)),
    scores=_QIAO,
    back=[("Funding", "This work was supported by the Natural Science Foundation of Huaxi Province (No. 2018HX0417)."),
          ("Ethics approval", "The study was approved by the Ethics Committee of Huaxi Medical College.")],
    footnote=FOOTNOTE,
)


# --------------------------------------------------------------------------- lindahl2022
_LINDAHL = Scores(
    outcome="BBB", err="sem",
    groups=[("Sham", "sham", 9), ("Vehicle", "control", 9), ("sEV", "treatment", 9), ("HI-sEV", "other", 9)],
    values={
        "Sham": {d: (21.0, 0.0) for d in (1, 3, 7, 14, 21, 28, 35, 42)},
        "Vehicle": {1: (0.8, 0.3), 3: (2.1, 0.5), 7: (4.0, 0.6), 14: (6.3, 0.7), 21: (7.4, 0.7), 28: (8.0, 0.8),
                    35: (8.3, 0.7), 42: (8.5, 0.8)},
        "sEV": {1: (0.9, 0.3), 3: (2.6, 0.5), 7: (5.2, 0.6), 14: (8.7, 0.7), 21: (10.2, 0.8), 28: (11.1, 0.8),
                35: (11.6, 0.7), 42: (11.9, 0.8)},
        "HI-sEV": {1: (0.7, 0.3), 3: (2.0, 0.4), 7: (4.3, 0.6), 14: (6.6, 0.8), 21: (7.7, 0.7), 28: (8.4, 0.7),
                   35: (8.6, 0.8), 42: (8.8, 0.9)},
    },
)


def _d(d: float) -> str:
    return f"{d:g}"


LINDAHL = Study(
    stem="lindahl2022_hadsc_sev_ih_intrathecal",
    layout="manuscript",
    title="Repeated intrathecal small extracellular vesicles from human adipose stromal cells preserve "
          "blood-spinal cord barrier integrity after thoracic contusion",
    short_title="Intrathecal adipose sEVs after contusion",
    authors=[("Karin", "Lindahl"), ("Oskar", "Berglund"), ("Mira", "Haddou"), ("Johan", "Ek"), ("Sara", "Vikström")],
    affiliations=["Department of Neuroscience, Northern Lakes University, Umeå, Sweden",
                  "Vesicle Core Facility, Northern Lakes University, Umeå, Sweden"],
    journal="Experimental Neurology Open Reports",
    year=2022, volume="31:100842", doi="10.5555/enor.2022.100842",
    pmid="99310035", pmcid="PMC9931035", received="2022-03-09",
    values={
        "species": "rat", "strain": "Long-Evans", "sex": "female", "body_weight_g": {"low": 225, "high": 275},
        "n_per_group": 9, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor",
        "injury_level": "T10", "source_tissue": "adipose", "source_species": "human", "modification": "none",
        "isolation_method": ["tangential_flow", "size_exclusion"],
        "isolation_detail": "TFF 500 kDa MWCO, qEVoriginal/70 nm columns",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD9", "CD81", "syntenin-1", "calnexin"],
        "size_nm": {"value": 112, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 5e9, "unit": "particles", "volume_ul": 10, "basis": "particles"},
        "route": "intrathecal", "route_detail": "intrathecal catheter",
        "frequency": {"doses": 3, "interval_h": 24}, "timing_post_injury_h": 4.0,
        "mechanism": "preservation of blood-spinal cord barrier tight junctions",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True, "reported_conflict_of_interest": True,
        "reported_welfare_compliance": True,
    },
    abstract=[
        ("Background", "The blood-spinal cord barrier (BSCB) breaks down within hours of contusion. We tested "
         "whether small extracellular vesicles (sEVs) from human adipose-derived stromal cells (hASCs) limit this."),
        ("Methods", "Adult female Long-Evans rats received a 150 kdyn contusion at T10. Native hASC-sEVs or "
         "heat-inactivated sEVs were given via an intrathecal catheter at 4, 28 and 52 h. Locomotion was rated "
         "weekly for six weeks; BSCB leakage was measured with Evans blue."),
        ("Results", "sEV-treated rats had less Evans blue extravasation at 24 h and higher BBB scores from week 2. "
         "Heat inactivation abolished both effects."),
        ("Conclusion", "Intrathecal hASC-sEVs preserve BSCB integrity and improve recovery."),
    ],
    keywords=["extracellular vesicles", "adipose stromal cells", "blood-spinal cord barrier", "intrathecal",
              "contusion"],
    sections=[
        ("intro", "Introduction", [
            "Barrier failure after spinal cord injury (SCI) lets plasma proteins and leukocytes into the "
            "parenchyma [10]. Tight junction proteins such as ZO-1 and occludin are lost from endothelial "
            "cells within 24 h.",
            "Stromal cells from adipose tissue (ASCs) are abundant and easy to harvest. Their small "
            "extracellular vesicles (sEVs; by the usual definition under 200 nm) carry angiopoietin-1 and "
            "other barrier-stabilizing cargo [2, 3]. Systemic injection, however, delivers only a small "
            "fraction of the dose to the cord [23]. We therefore used an intrathecal catheter and asked "
            "whether repeated early dosing preserves the BSCB.",
        ]),
        ("methods", "Methods", [
            ("h", "Animals"),
            "{{reported_welfare_compliance|Experiments were approved by the regional animal ethics committee "
            "(A12-2020) and followed EU Directive 2010/63/EU}}. {{species,strain,sex|Female Long-Evans rats}} "
            "({{body_weight_g|225–275 g}}; total n = 36 for behavior) were used. "
            "{{reported_sample_size_calculation|Group size was set by a power calculation (α = 0.05, power 0.8) "
            "for a 2.5-point BBB difference}}, giving {{n_per_group|n = 9/group}}. "
            "{{reported_randomisation|Animals were randomized to Sham, Vehicle, sEV or HI-sEV using sealed "
            "envelopes}}. A separate cohort (n = 5/group) was used for Evans blue.",
            ("h", "Surgery"),
            "Isoflurane anesthesia (4% induction, 2% maintenance). Laminectomy at T9. "
            "{{injury_model,injury_device,injury_level|Contusion at T10 with the Infinite Horizon impactor}} "
            "(150 kdyn, no dwell). Actual forces 148–161 kdyn; rats outside 140–170 kdyn were excluded (n = 2, "
            "replaced).",
            ("h", "Intrathecal catheter"),
            f"Immediately after injury a PE-10 catheter was inserted through a small opening in the atlanto-"
            "occipital membrane in some pilot animals, but for the study itself "
            "{{route,route_detail|an intrathecal catheter was introduced at L5–L6 and advanced to the lumbar "
            f"enlargement}}}}, tip verified at necropsy. Catheters were flushed with 10{NB}µL saline after each dose.",
            ("h", "Cell culture and sEV isolation"),
            "{{source_tissue,source_species|Human adipose-derived stromal cells}} from lipoaspirate (3 donors, "
            "passage 4–6) were grown in xeno-free medium. Conditioned medium (48 h) was clarified "
            "(2,000 × g, 20 min; 0.45 µm filter) and "
            "{{isolation_method,isolation_detail|concentrated by tangential flow filtration (TFF; 500 kDa MWCO) and "
            "purified on qEVoriginal/70 nm size-exclusion columns}}. "
            "{{modification|sEVs were used native (unmodified).}} For HI-sEV, sEVs were heated to 95 °C for 10 min.",
            ("h", "sEV characterization"),
            "{{characterization|NTA (ZetaView), TEM and western blot}} were done per MISEV2018. "
            "{{markers|Blots: CD9, CD81, syntenin-1 (positive); calnexin (negative)}}. "
            "Antibodies: mouse anti-CD9, rabbit anti-CD81, rabbit anti-syntenin-1, goat anti-calnexin.",
            ("h", "Dosing"),
            "{{dose|Each dose was 5 × 10^9 particles in 10 µL PBS}}. "
            "{{frequency,timing_post_injury_h|Doses were given at 4, 28 and 52 h post-injury}} (i.e., three doses "
            "24 h apart). Vehicle rats received PBS. In vitro, bEnd.3 endothelial cells were exposed to "
            "1 × 10^8 particles/mL.",
            ("h", "Behavior"),
            "{{reported_blinded_assessment|BBB scoring was done by two raters blind to treatment}} on days 1 and "
            "3 and then weekly to day 42. Pre-injury scores were recorded to confirm 21 in every rat.",
            ("h", "Statistics"),
            "Mixed-effects model (group × time), Šidák correction. Mean ± SEM. p < 0.05.",
        ]),
        ("results", "Results", [
            ("h", "sEV properties"),
            "{{size_nm|Modal size by NTA was 112 nm}} (concentration 2.1 × 10^11 particles/mL). TEM: cup-shaped "
            "vesicles. CD9, CD81 and syntenin-1 present, calnexin absent.",
            ("h", "BSCB"),
            "At 24 h, Evans blue in the lesion segment was 38% lower with sEV than with vehicle (p = 0.004). "
            "HI-sEV did not differ from vehicle. ZO-1 and occludin were retained.",
            ("h", "Locomotion"),
            "BBB scores are given in Table 1. sEV rats differed from Vehicle from day 14. "
            "At day 42, sEV: {bbb:sEV@42}; Vehicle: {bbb:Vehicle@42}; HI-sEV: {bbb:HI-sEV@42}. "
            "Inclined plane angle at day 42 was 48° vs 41°.",
            ("table", "Table 1", "BBB locomotor scores over six weeks after T10 contusion.",
             {"days": [1, 3, 7, 14, 21, 28, 35, 42], "groups": ["Sham", "Vehicle", "sEV", "HI-sEV"],
              "orient": "rows", "day_fmt": _d, "corner": "Day post-injury",
              "merged": "BBB score (mean ± SEM, n = 9/group)", "split": 5,
              "marks": {("sEV", d): "*" for d in (14, 21, 28, 35, 42)},
              "foot": "* p < 0.05 vs Vehicle (mixed-effects model, Šidák)."}),
        ]),
        ("discussion", "Discussion", [
            "{{mechanism|Our data point to preservation of blood-spinal cord barrier tight junctions}} as an early "
            "action of hASC-sEVs. Heat inactivation removed the benefit, so intact vesicle cargo is needed.",
            "Doses in the literature range from 10^9 to 10^11 particles [20]. A study of intravenous ASC vesicles "
            "used 1 × 10^10 particles and reported a modal size near 135 nm [6]; our intrathecal dose was lower. "
            "Catheters can themselves injure the cord [5], and we did not catheterize sham rats, which is a limitation.",
            "Limitations: female rats only; one dose level; no long-term catheter follow-up.",
        ]),
    ],
    references=cite(*range(1, 25)),
    scores=_LINDAHL,
    back=[("Competing interests", "{{reported_conflict_of_interest|The authors declare no competing interests.}}"),
          ("Data availability", "Data are available from the corresponding author on request.")],
    footnote=FOOTNOTE,
)


STUDIES = [ABARA, QIAO, LINDAHL]
