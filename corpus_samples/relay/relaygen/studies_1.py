"""Relay studies, part 1: labs in China, Iran, Brazil and Korea (all invented)."""

from __future__ import annotations

from extgen.common import GMU, MU, NB
from extgen.model import Scores, Study

from relaygen.base import NOTICE, d_ord, dpi, refs

# --- China: two-decimal scores in sentences and legends, "d" for days, no table --------------
_SANG_DAYS = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]
SANG = Study(
    stem="sang2021_hucmsc_exo_nyu_words_legend",
    layout="twocol",
    title="Human umbilical cord mesenchymal stem cell-derived exosomes alleviate pyroptosis and promote "
          "locomotor recovery after spinal cord injury in rats",
    short_title="hUCMSC-Exos and pyroptosis after SCI",
    authors=[("Wenjie", "Sang"), ("Lu", "Qiao"), ("Haoran", "Tian"), ("Mei", "Zhuo"), ("Jianguo", "Fen")],
    affiliations=["Department of Orthopaedics, Invented Affiliated Hospital of Lanxi Medical University, Lanxi, China",
                  "Institute of Synthetic Regenerative Medicine, Lanxi, China"],
    journal="Journal of Synthetic Neurorepair",
    year=2021, volume="14(6):1021–1034", doi="10.5555/jsn.2021.0417",
    pmid="99100301", pmcid="PMC9910301", received="2021-03-02",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 220, "high": 250}, "n_per_group": 10,
        "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T10",
        "source_tissue": "umbilical_cord", "source_species": "human",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 g 70 min",
        "characterization": ["TEM", "NTA", "western_blot"],
        "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 106.4, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 200, "unit": "ug", "volume_ul": 200, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.5,
        "mechanism": "inhibition of NLRP3 inflammasome-mediated pyroptosis",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Objective", "To investigate the effect of human umbilical cord mesenchymal stem cell-derived exosomes "
         "(hUCMSC-Exos) on pyroptosis and motor function after spinal cord injury (SCI) in rats."),
        ("Methods", "Sixty female SD rats were randomly divided into Sham group, SCI group and SCI+Exo group. "
         "Exosomes were injected through the tail vein 30 min after contusion. BBB score was evaluated at 1, 3, "
         "7, 14, 21 and 28 d after injury."),
        ("Results", "The BBB score of SCI+Exo group at 28 d was {s:SCI+Exo@28|pm2}, which was significantly "
         "higher than SCI group ({s:SCI@28|pm2}, P < 0.01). The expression of NLRP3, caspase-1 and GSDMD-N "
         "was decreased by exosome treatment."),
        ("Conclusion", "hUCMSC-Exos promote the recovery of motor function after SCI, possibly by "
         "{{mechanism|inhibition of NLRP3 inflammasome-mediated pyroptosis}}."),
    ],
    keywords=["spinal cord injury", "exosomes", "umbilical cord mesenchymal stem cells", "pyroptosis", "NLRP3"],
    sections=[
        ("intro", "1. Introduction", [
            "Spinal cord injury (SCI) is a serious disease of the central nervous system, and it brings heavy "
            "burden to patients and society [1]. After the primary injury, secondary injury including "
            "inflammation, oxidative stress and cell death makes the damage more serious [3].",
            "Exosomes are small vesicles with diameter of 30–150 nm secreted by almost all kinds of cells [2]. "
            "Exosomes derived from MSCs have similar effects to their parent cells but have lower "
            "immunogenicity [11]. In a previous study, exosomes with a mean size of 128 nm improved BBB score "
            "to 10.5 at 4 weeks [5]. However, whether hUCMSC-Exos can regulate pyroptosis after SCI is still "
            "not clear. Therefore, in this study we explored this question.",
        ]),
        ("methods", "2. Materials and methods", [
            ("h", "2.1 Animals and grouping"),
            "All animal experiments were approved by the Animal Ethics Committee of Lanxi Medical University "
            "(No. LX-2019-112). {{species,strain,sex,body_weight_g|Sixty adult female Sprague-Dawley (SD) rats "
            "weighing 220–250 g}} were purchased from the Experimental Animal Center. "
            "{{reported_randomisation|The rats were randomly divided into three groups by random number table}}: "
            "Sham group, SCI group and SCI+Exo group ({{n_per_group|n = 10 per group for behavioural test}}; "
            "the remaining rats were used for western blot and histology).",
            ("h", "2.2 Isolation and identification of exosomes"),
            "{{source_species,source_tissue|hUCMSCs were isolated from human umbilical cord}} tissue of healthy "
            "full-term deliveries with informed consent and used at passage 3–5. When cells reached 80% "
            "confluence, the medium was replaced by serum-free medium for 48 h. The supernatant was "
            f"centrifuged at 300 × g for 10 min, 2000 × g for 20 min and 10{NB}000 × g for 30 min, then "
            "{{isolation_method,isolation_detail|ultracentrifuged at 100,000 g for 70 min}} twice (Optima "
            "XPN-100, Beckman). The pellet was resuspended in PBS and the protein concentration was measured by "
            "BCA kit.",
            "The morphology of exosomes was observed by {{characterization|transmission electron microscopy "
            "(TEM)}}, and particle size was detected by {{characterization|nanoparticle tracking analysis "
            "(NTA)}}. {{characterization,markers|Western blot was used to detect CD9, CD63, TSG101 and "
            "calnexin}}.",
            ("h", "2.3 SCI model and treatment"),
            "Rats were anesthetized with 2% pentobarbital sodium. After laminectomy, "
            "{{injury_model,injury_device,injury_level|the T10 spinal cord was injured with NYU impactor}} "
            "(10 g rod, 25 mm height). The Sham group received laminectomy only. "
            "{{timing_post_injury_h,route,route_detail,dose|30 min after injury, the SCI+Exo group was injected "
            "with 200 μg exosomes in 200 μL PBS through the tail vein}} "
            "{{frequency|as a single injection}}, and the SCI group received the same volume of PBS. Bladder was emptied manually twice a day.",
            ("h", "2.4 Behavioural assessment"),
            "Hindlimb motor function was evaluated by Basso-Beattie-Bresnahan (BBB) locomotor scale (0–21 "
            "points) at 1, 3, 7, 14, 21 and 28 d after injury. {{reported_blinded_assessment|Two observers who "
            "did not know the grouping scored the rats}} for 4 min in an open field.",
            ("h", "2.5 Cell experiment"),
            "PC12 cells were stimulated with LPS (1 μg/mL) and ATP (5 mM) to induce pyroptosis and then treated "
            f"with exosomes at 50 {GMU}g/mL or 100 {GMU}g/mL for 24 h.",
            ("h", "2.6 Statistical analysis"),
            "Data are expressed as mean ± standard deviation (SD). Comparison among groups was performed by one-way "
            "ANOVA followed by LSD test with SPSS 22.0; P < 0.05 was considered statistically significant.",
        ]),
        ("results", "3. Results", [
            ("h", "3.1 Identification of hUCMSC-Exos"),
            "Under TEM, exosomes showed typical cup-shaped morphology. NTA showed that "
            "{{size_nm|the mean diameter of exosomes was 106.4 nm}}, and the particles were mainly distributed "
            "between 50 and 180 nm. Western blot showed that CD9, CD63 and TSG101 were expressed but calnexin "
            "was not.",
            ("h", "3.2 hUCMSC-Exos improved motor function of SCI rats"),
            "Before operation all rats got 21 points. After injury, the hind limbs of rats in SCI and SCI+Exo "
            "groups were completely paralysed, and BBB score was 0–1 at 1 d. There was no difference between "
            "the two groups at 1 d and 3 d (P > 0.05). From 7 d, the score of SCI+Exo group was higher than "
            "that of SCI group ({s:SCI+Exo@7|pm2} vs {s:SCI@7|pm2}, P < 0.05). At 14 d the BBB scores were "
            "{s:SCI+Exo@14|pm2} and {s:SCI@14|pm2}, respectively (P < 0.01). The difference was still "
            "significant at 21 d and 28 d (Fig. 2).",
            ("figure", "Fig. 2",
             "BBB scores of rats in each group. (A) Time course. (B) At 21 d, SCI+Exo {s:SCI+Exo@21|pm2} vs SCI "
             "{s:SCI@21|pm2}; Sham rats kept normal locomotion. Data are presented as mean ± SD, n = 10. "
             "*P < 0.05, **P < 0.01 vs SCI group.",
             {"days": _SANG_DAYS, "groups": ["Sham", "SCI", "SCI+Exo"], "x": "days"}),
            ("h", "3.3 hUCMSC-Exos inhibited pyroptosis"),
            "Compared with SCI group, the expression of NLRP3, ASC, cleaved caspase-1 and GSDMD-N in the SCI+Exo "
            "group was reduced at 3 d. In PC12 cells, 100 μg/mL exosomes reduced LDH release by 41.2%.",
        ]),
        ("discussion", "4. Discussion", [
            "In this study we found that hUCMSC-Exos improved BBB score of SCI rats. In the study of Eriksen et "
            "al. [5], BMSC exosomes at 100 μg also improved BBB score to 9.8 at 28 d, which is similar to our "
            "result. Pyroptosis is a pro-inflammatory programmed cell death mediated by gasdermin [3].",
            "There are some limitations. First, we only observed 28 d. Second, the distribution of exosomes "
            "in vivo was not traced. In conclusion, hUCMSC-Exos promote motor function recovery in SCI rats.",
        ]),
    ],
    references=refs(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
    scores=Scores("BBB", "sd", [("Sham", "sham", 10), ("SCI", "control", 10), ("SCI+Exo", "treatment", 10)], {
        "Sham": dict(zip(_SANG_DAYS, [(21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)])),
        "SCI": dict(zip(_SANG_DAYS, [(0.4, 0.5), (1.8, 0.6), (3.21, 0.84), (5.87, 0.91), (6.95, 0.88), (7.62, 0.98)])),
        "SCI+Exo": dict(zip(_SANG_DAYS, [(0.5, 0.5), (2.1, 0.7), (4.73, 0.92), (9.14, 1.02), (11.08, 1.15),
                                         (12.35, 1.21)])),
    }),
    back=[("Ethics statement", "{{reported_welfare_compliance|All animal experiments were approved by the "
           "Animal Ethics Committee of Lanxi Medical University}}."),
          ("Conflict of interest", "{{reported_conflict_of_interest|The authors declare that they have no "
           "conflict of interest}}.")],
    footnote=NOTICE,
)

# --- Iran: "Control" is the laminectomy group, tight "mean±SEM", weeks as ordinals ----------
_ESF_DAYS = [7.0, 14.0, 21.0, 28.0]
ESFAHANI = Study(
    stem="esfahani2020_rbmsc_exo_exocib_ip_ordinal_weeks",
    layout="single",
    title="Intraperitoneal administration of bone marrow mesenchymal stem cell exosomes improves functional "
          "recovery in a rat model of spinal cord injury",
    short_title="BM-MSC exosomes i.p. in SCI",
    authors=[("Maryam", "Esfahani"), ("Reza", "Tabrizi"), ("Zahra", "Kohandel"), ("Ali", "Mirbagheri")],
    affiliations=["Cellular and Molecular Research Center, Invented University of Medical Sciences, Kermanshah, Iran",
                  "Department of Anatomical Sciences, Faculty of Medicine, Invented University, Tehran, Iran"],
    journal="Basic and Clinical Synthetic Neuroscience",
    year=2020, volume="11(3): 355–368", doi="10.5555/bcsn.11.3.355",
    pmid="99100302", pmcid="PMC9910302", received="2019-11-18",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male", "body_weight_g": {"low": 250, "high": 300},
        "n_per_group": 8, "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T9",
        "source_tissue": "bone_marrow", "source_species": "rat",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "Exocib kit",
        "characterization": ["DLS", "TEM", "western_blot"], "markers": ["CD63", "CD81"],
        "size_nm": {"value": 92.5, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 500, "basis": "protein"},
        "route": "intraperitoneal", "frequency": {"doses": 3, "interval_h": 24}, "timing_post_injury_h": 1,
        "mechanism": "reduction of apoptosis through the Bax/Bcl-2 ratio",
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Introduction", "Spinal cord injury (SCI) causes permanent disability. Mesenchymal stem cells exert their "
         "effect mainly by paracrine factors such as exosomes. This study aimed to evaluate the effect of "
         "intraperitoneal injection of bone marrow mesenchymal stem cell (BM-MSC) exosomes on locomotor "
         "recovery after SCI."),
        ("Methods", "Male Wistar rats were divided into Control, Vehicle and Exosome groups. SCI was induced by "
         "weight drop method at T9 level. Exosomes were injected intraperitoneally for 3 days. Locomotor function "
         "was evaluated by BBB test weekly for 4 weeks."),
        ("Results", "The mean BBB score in the Exosome group at the end of the 4th week was {s:Exosome@28|tight} "
         "while it was {s:Vehicle@28|tight} in the Vehicle group (P<0.001). Exosome treatment decreased the "
         "Bax/Bcl-2 ratio."),
        ("Conclusion", "BM-MSC exosomes can be a candidate for the treatment of SCI."),
    ],
    keywords=["Spinal cord injury", "Exosome", "Bone marrow", "Mesenchymal stem cells", "Apoptosis"],
    sections=[
        ("intro", "1. Introduction", [
            "Spinal cord injury (SCI) is one of the most devastating injuries and annually affects many young "
            "people [1]. Despite many efforts, there is no effective treatment for it until now [11].",
            "Exosomes are nano-sized vesicles (40–100 nm) that carry proteins, lipids and RNAs [2]. Recent "
            "studies showed that exosomes of MSCs can reduce the inflammation and apoptosis in the injured "
            "spinal cord [7]. For example, a single dose of 200 μg exosomes increased BBB scores to 11 points "
            "four weeks after injury [5]. Since intravenous injection is difficult in injured rats, we used the "
            "intraperitoneal route in this study.",
        ]),
        ("methods", "2. Materials and Methods", [
            ("h", "2.1. Animals"),
            f"{{{{species,strain,sex,body_weight_g|Adult male Wistar rats (250-300 g)}}}} were obtained from "
            "the animal house of the university and kept under standard condition (12 h light/dark cycle, "
            "22±2 °C) with free access to food and water. {{reported_welfare_compliance|All procedures were done "
            "according to the guidelines of the Ethics Committee of Invented University of Medical Sciences}} "
            "(IR.IUMS.REC.1397.215).",
            ("h", "2.2. Isolation of BM-MSCs and exosomes"),
            "{{source_species,source_tissue|BM-MSCs were isolated from the femur and tibia of male Wistar rats}} "
            "(4-6 weeks old) by flushing the bone marrow. The cells of third passage were confirmed by flow "
            "cytometry for CD90 and CD44 (positive) and CD45 (negative). For exosome isolation the cells were "
            "cultured in exosome-depleted FBS for 48 h and "
            "{{isolation_method,isolation_detail|exosomes were extracted from the conditioned medium using "
            "Exocib kit}} (Cib Biotech, Iran) according to the manufacturer protocol.",
            "The size of exosomes was determined by {{characterization|dynamic light scattering (DLS)}} "
            "(Zetasizer) and morphology was evaluated by {{characterization|transmission electron microscope}}. "
            "{{characterization,markers|The exosomal markers CD63 and CD81 were assessed by western blotting}}.",
            ("h", "2.3. Spinal cord injury and experimental design"),
            "The rats were anesthetized by ketamine (80 mg/kg) and xylazine (10 mg/kg). After laminectomy "
            "{{injury_model,injury_device,injury_level|at the level of T9, contusion was induced by weight drop "
            "method}} (a 10 g rod released from 25 mm height). {{n_per_group|Rats were divided into three groups "
            "(n=8)}}: Control (laminectomy only), Vehicle (SCI + PBS) and Exosome (SCI + exosome). "
            "{{dose,route|In the Exosome group, 100 µg exosomes dissolved in 500 µl PBS were injected "
            "intraperitoneally}} {{frequency,timing_post_injury_h|starting 1 h after injury, once daily for "
            "3 consecutive days}}. The Vehicle group received PBS with the same volume.",
            ("h", "2.4. Behavioral tests"),
            "Locomotor activity was evaluated using Basso, Beattie and Bresnahan (BBB) scale at the end of the "
            "1st, 2nd, 3rd and 4th weeks after injury. Also, the inclined plane test was done at the same time.",
            ("h", "2.5. In vitro study"),
            f"To test the direct effect of exosomes, PC12 cells were exposed to H2O2 and treated with 50 {MU}g/ml "
            "exosomes for 24 h.",
            ("h", "2.6. Statistical analysis"),
            "Data were shown as mean±SEM and were analyzed by two-way repeated measure ANOVA followed by Tukey "
            "post-hoc test. P<0.05 was considered significant.",
        ]),
        ("results", "3. Results", [
            ("h", "3.1. Characterization of exosomes"),
            "TEM images showed round vesicles with bilayer membrane. {{size_nm|According to DLS, the mean size "
            "of the exosomes was 92.5 nm}}. CD63 and CD81 were present in the exosome lysate.",
            ("h", "3.2. Exosomes improved the locomotor function"),
            "All animals in the Control group walked normally during the whole study. In the first week after "
            "SCI, the BBB score of the Vehicle and Exosome groups were {s:Vehicle@7|tight} and "
            "{s:Exosome@7|tight} and there was no significant difference between them. At the end of the second "
            "week, the BBB score of the Exosome group ({s:Exosome@14|tight}) was significantly higher than the "
            "Vehicle group ({s:Vehicle@14|tight}, P<0.05). This improvement continued in the third week "
            "({s:Exosome@21|tight} vs. {s:Vehicle@21|tight}, P<0.01) and fourth week (P<0.001).",
            "In the inclined plane test, the maximum angle in the Exosome group was 52.3±2.1 degrees at the 4th "
            "week, compared to 41.6±1.8 degrees in the Vehicle group.",
            ("h", "3.3. Apoptosis"),
            "The Bax/Bcl-2 ratio in the Exosome group was lower than the Vehicle group (0.82±0.07 vs. 1.64±0.11). "
            "In PC12 cells, exosomes decreased the cell death by about 30 percent.",
        ]),
        ("discussion", "4. Discussion", [
            "The findings of the present study showed that intraperitoneal injection of BM-MSC exosomes improved "
            "the locomotor function in rats with SCI. Our result is in agreement with Hartmann et al., who "
            "reported a BBB score of 12.5 after intrathecal injection [8].",
            "We suggest that exosomes improve the locomotor function by "
            "{{mechanism|reduction of apoptosis through the Bax/Bcl-2 ratio}}. More studies are needed to "
            "understand the exact mechanism.",
        ]),
    ],
    references=refs(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
    scores=Scores("BBB", "sem", [("Control", "sham", 8), ("Vehicle", "control", 8), ("Exosome", "treatment", 8)], {
        "Control": {d: (21.0, 0.0) for d in _ESF_DAYS},
        "Vehicle": dict(zip(_ESF_DAYS, [(2.4, 0.3), (5.1, 0.4), (6.9, 0.5), (7.8, 0.5)])),
        "Exosome": dict(zip(_ESF_DAYS, [(3.0, 0.4), (7.2, 0.5), (9.6, 0.6), (11.4, 0.6)])),
    }),
    back=[("Conflict of interest", "{{reported_conflict_of_interest|The authors declared no conflict of "
           "interest}}."),
          ("Funding", "This work was supported by a grant (No. 97215) from the Invented University.")],
    footnote=NOTICE,
)


# --- Brazil: accepted manuscript, decimal commas in the prose, landscape table at the end ----
_NAS_DAYS = [7.0, 14.0, 28.0, 42.0]
NASCIMENTO = Study(
    stem="nascimento2019_hadsc_ev_ih_lumbar_commas_manuscript",
    layout="manuscript",
    title="Small extracellular vesicles from human adipose-derived stromal cells delivered by lumbar puncture "
          "improve hindlimb function after thoracic contusion in female rats",
    short_title="hADSC-EVs by lumbar puncture after SCI",
    authors=[("Ana Carolina", "Nascimento"), ("Thiago", "Barreto Lins"), ("Juliana", "Pacheco"),
             ("Rafael", "Guimarães Teles")],
    affiliations=["Laboratório de Neurorregeneração Sintética, Universidade Inventada do Recife, Recife, PE, Brazil",
                  "Programa de Pós-Graduação em Biologia Celular, Universidade Inventada, Campinas, SP, Brazil"],
    journal="Synthetic Neurotrauma Reports",
    year=2019, volume="7: e0192", doi="10.5555/snr.2019.e0192",
    pmid="99100303", pmcid="PMC9910303", received="2019-05-27",
    values={
        "species": "rat", "strain": "Wistar", "sex": "female", "body_weight_g": {"low": 200, "high": 250},
        "n_per_group": 9, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor",
        "injury_level": "T10", "source_tissue": "adipose", "source_species": "human", "modification": "none",
        "isolation_method": ["ultrafiltration", "size_exclusion"],
        "isolation_detail": "Amicon Ultra-15 100 kDa; qEVoriginal 70 nm",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD63", "CD81", "Alix", "calnexin"],
        "size_nm": {"value": 98.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 1.5e9, "unit": "particles", "volume_ul": 10, "basis": "particles"},
        "route": "intrathecal", "route_detail": "lumbar puncture",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 24,
        "mechanism": "reduced astrogliosis and microglial activation",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Stromal cell-derived small extracellular vesicles (sEVs) are candidate cell-free "
         "therapies for spinal cord injury (SCI). Less invasive delivery routes are needed."),
        ("Methods", "Female Wistar rats received a 200 kdyn contusion at T10 and, 24 hours later, a single "
         "lumbar puncture injection of hADSC-sEVs (SCI-EV) or vehicle (SCI-Veh). Locomotion was scored with "
         "the BBB scale for six weeks."),
        ("Results", "SCI-EV animals reached {s:SCI-EV@42|comma} points at 42 dpi against {s:SCI-Veh@42|comma} "
         "in SCI-Veh animals (mean ± SEM; p = 0,003). GFAP and Iba-1 immunoreactivity were reduced."),
        ("Conclusions", "A single intrathecal dose of hADSC-sEVs improves locomotor recovery after SCI."),
    ],
    keywords=["extracellular vesicles", "adipose stromal cells", "spinal cord injury", "intrathecal", "BBB"],
    sections=[
        ("intro", "Introduction", [
            "Traumatic spinal cord injury affects thousands of people in Brazil each year, most of them young "
            "men injured in traffic accidents [1]. Mesenchymal stromal cells act mainly through paracrine "
            "signalling, and a large part of this effect is carried by small extracellular vesicles (sEVs) with "
            "50–200 nm of diameter [2,4].",
            "Most of the previous works used intravenous injection, in which a large fraction of vesicles is "
            "retained in liver and spleen [8]. Lumbar puncture is routinely used in clinic and could deliver "
            "vesicles directly to the cerebrospinal fluid. In this work we tested this route with sEVs from "
            "human adipose tissue.",
        ]),
        ("methods", "Material and Methods", [
            ("h", "Animals and ethics"),
            "{{reported_welfare_compliance|The study was approved by the Ethics Committee on Animal Use "
            "(CEUA) of the Universidade Inventada do Recife}} (protocol 23/2017) and followed the Brazilian "
            "guidelines (CONCEA). {{species,strain,sex,body_weight_g|Female Wistar rats (200–250 g)}} were "
            "housed in groups of three with food and water ad libitum.",
            "{{reported_sample_size_calculation|Sample size was calculated with G*Power}} (effect size 1,4; "
            "power 0,8; alpha 0,05), resulting in {{n_per_group|nine animals per group}}. "
            "{{reported_randomisation|Animals were allocated to the groups by a computer-generated "
            "randomisation list}}.",
            ("h", "Cell culture and sEV isolation"),
            "{{source_species,source_tissue|Human adipose-derived stromal cells (hADSC) were obtained from "
            "lipoaspirates}} of three healthy donors who signed informed consent, and were used between "
            "passages 3 and 6. The cells were kept for 48 h in serum-free medium and the conditioned medium was "
            "cleared of cells and debris (2.000 × g, 20 min). {{isolation_method,isolation_detail|The medium "
            "was concentrated in Amicon Ultra-15 100 kDa filters and the sEVs were separated by size-exclusion "
            "chromatography in qEVoriginal 70 nm columns}}. The vesicles were not modified or loaded in any "
            "way ({{modification|naive, unmodified sEVs}}).",
            "{{characterization|Particle concentration and size were measured by nanoparticle tracking analysis "
            "(NanoSight NS300)}}; morphology by {{characterization|transmission electron microscopy}}; and "
            "{{characterization,markers|CD63, CD81 and Alix (positive) and calnexin (negative) by western "
            "blot}}.",
            ("h", "Spinal cord injury and treatment"),
            "Under isoflurane anaesthesia, a laminectomy was done at T9–T11 and "
            "{{injury_model,injury_device,injury_level|a 200 kdyn contusion was applied at T10 with the "
            "Infinite Horizon impactor}}. The sham animals had the laminectomy only. "
            "{{timing_post_injury_h,route,route_detail,dose|Twenty-four hours after the injury, 1,5 × 10^9 "
            "particles in 10 µL were injected by lumbar puncture}} between L5 and L6; the SCI-Veh group "
            "received 10 µL of PBS. {{frequency|Each animal received one single injection}}.",
            ("h", "Locomotor evaluation"),
            "{{reported_blinded_assessment|The BBB open-field test was performed by two examiners blinded to "
            "the groups}} before the injury and at 1, 7, 14, 28 and 42 days post-injury (dpi).",
            ("h", "Statistics"),
            "Data are expressed as mean ± standard error of the mean (SEM). Two-way ANOVA with repeated "
            "measures and Bonferroni post-test were used (GraphPad Prism 7). The level of significance was "
            "p < 0,05.",
        ]),
        ("results", "Results", [
            ("h", "Characterisation of hADSC-sEVs"),
            "{{size_nm|The NTA showed a mode of 98 nm}} with a mean of 121 nm, and most particles were below "
            "200 nm. TEM showed cup-shaped vesicles and the expected markers were present.",
            ("h", "Locomotor recovery"),
            "All animals had 21 points before the surgery, and at 1 dpi the injured animals scored between 0 "
            "and 1. At 7 dpi the scores were similar, {s:SCI-Veh@7|comma} in SCI-Veh and {s:SCI-EV@7|comma} in "
            "SCI-EV. From 14 dpi the SCI-EV group showed better recovery ({s:SCI-EV@14|comma} versus "
            "{s:SCI-Veh@14|comma}), and at 28 dpi the SCI-EV animals had {s:SCI-EV@28|comma} points, most of "
            "them with frequent plantar stepping, while the SCI-Veh had {s:SCI-Veh@28|comma}. The data for all "
            "time points are in Table 1.",
            ("table", "Table 1",
             "BBB locomotor scores after the injury (mean ± SEM, n = 9 per group).",
             {"orient": "cols", "days": _NAS_DAYS, "groups": ["Sham", "SCI-Veh", "SCI-EV"], "day_fmt": dpi,
              "corner": "Group", "span": "BBB score (mean ± SEM)",
              "marks": {("SCI-EV", 14.0): " a", ("SCI-EV", 28.0): " b", ("SCI-EV", 42.0): " b"},
              "foot": "a p < 0,05; b p < 0,01 versus SCI-Veh (two-way ANOVA, Bonferroni)."}),
            ("h", "Glial response"),
            "At 42 dpi, GFAP area was reduced by 32% and Iba-1+ cells by 27% around the lesion in SCI-EV "
            "animals.",
        ]),
        ("discussion", "Discussion", [
            "Our main finding is that a single intrathecal injection of hADSC-sEVs, 24 hours after the injury, "
            "improved the locomotor recovery of the rats. Intravenous studies reported BBB scores of 10 to 12 "
            "points at six weeks [5,11], which is comparable to what we saw.",
            "The effect was associated with {{mechanism|reduced astrogliosis and microglial activation}}. As "
            "limitation, we did not track the vesicles after injection.",
        ]),
    ],
    references=refs(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
    scores=Scores("BBB", "sem", [("Sham", "sham", 9), ("SCI-Veh", "control", 9), ("SCI-EV", "treatment", 9)], {
        "Sham": {d: (21.0, 0.0) for d in _NAS_DAYS},
        "SCI-Veh": dict(zip(_NAS_DAYS, [(2.6, 0.4), (5.4, 0.5), (7.9, 0.6), (8.7, 0.6)])),
        "SCI-EV": dict(zip(_NAS_DAYS, [(3.1, 0.5), (7.8, 0.6), (10.6, 0.7), (11.9, 0.6)])),
    }),
    back=[("Conflict of interest", "{{reported_conflict_of_interest|The authors have no competing interests "
           "to declare}}."),
          ("Funding", "Fundação Inventada de Amparo à Pesquisa (grant 2016/00000-0).")],
    footnote=NOTICE,
)


# --- Korea: T-coded time points, scores mostly in figure legends, BBB subscore trap ----------
_AHN_DAYS = [1.0, 7.0, 14.0, 28.0, 42.0]
_T = "T1 (1 day), T2 (1 week), T3 (2 weeks), T4 (4 weeks) and T5 (6 weeks)"
AHN = Study(
    stem="ahn2022_hpmsc_sev_mascis_femoral_tcodes",
    layout="twocol",
    title="Placenta-derived mesenchymal stem cell small extracellular vesicles promote M2 polarization and "
          "functional recovery after contusive spinal cord injury",
    short_title="hPMSC-sEVs after contusive SCI",
    authors=[("Seo-yeon", "Ahn"), ("Ji-hoon", "Baek"), ("Min-ji", "Ryu"), ("Dong-hyun", "Yoo"), ("Kyung-soo", "Hwang")],
    affiliations=["Department of Neurosurgery, Invented National University College of Medicine, Daegu, Korea",
                  "Synthetic Cell Therapy Research Center, Daegu, Korea"],
    journal="Synthetic Journal of Korean Neurotrauma",
    year=2022, volume="18(2):144–159", doi="10.5555/sjkn.2022.18.2.144",
    pmid="99100304", pmcid="PMC9910304", received="2022-01-09",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 250, "high": 280},
        "n_per_group": 9, "injury_model": "contusion", "injury_device": "MASCIS impactor", "injury_level": "T10",
        "source_tissue": "placenta", "source_species": "human",
        "isolation_method": ["tangential_flow", "ultracentrifugation"],
        "isolation_detail": "TFF 500 kDa; 120,000 × g 90 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "CD81", "TSG101"],
        "size_nm": {"value": 131.5, "low": 60, "high": 240, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 300, "basis": "protein"},
        "route": "intravenous", "route_detail": "femoral vein",
        "frequency": {"doses": 3, "interval_h": 24}, "timing_post_injury_h": 0,
        "mechanism": "M2 polarization of macrophages/microglia",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Objective", "Small extracellular vesicles (sEVs) from human placenta-derived mesenchymal stem cells "
         "(hPMSCs) have anti-inflammatory properties. We examined whether repeated systemic hPMSC-sEVs improve "
         "recovery after spinal cord injury (SCI)."),
        ("Methods", "SCI was induced with a MASCIS impactor at T10 in male Sprague-Dawley rats. SCI/sEV rats "
         "received hPMSC-sEVs via the femoral vein three times; SCI/PBS rats received PBS."),
        ("Results", "At 6 weeks, the BBB score was higher in SCI/sEV rats than in SCI/PBS rats "
         "({s:SCI/sEV@42|pm} vs. {s:SCI/PBS@42|pm}, P < .01). sEVs increased CD206+ and decreased iNOS+ cells."),
        ("Conclusion", "hPMSC-sEVs may be a useful cell-free option for SCI."),
    ],
    keywords=["Spinal cord injuries", "Extracellular vesicles", "Placenta", "Macrophage", "Locomotion"],
    sections=[
        ("intro", "INTRODUCTION", [
            "Spinal cord injury (SCI) leads to loss of motor and sensory function below the injured level [1]. "
            "Macrophages and microglia in the lesion shift toward a pro-inflammatory M1 phenotype, which worsens "
            "secondary damage [7].",
            "sEVs of 50–150 nm from mesenchymal stem cells (MSCs) modulate this response [2,11]. In an earlier "
            "report, bone marrow MSC vesicles (100 nm) given intravenously raised BBB score to 9.6 at 4 weeks "
            "[5]. Placenta is an abundant and ethically unproblematic MSC source, but its sEVs have not been "
            "tested after contusive SCI.",
        ]),
        ("methods", "MATERIALS AND METHODS", [
            ("h", "Animals"),
            "{{reported_welfare_compliance|All procedures were approved by the Institutional Animal Care and "
            "Use Committee of Invented National University}} (IACUC 2020-0117). "
            "{{species,strain,sex,body_weight_g|Male Sprague-Dawley rats (250–280 g, 8 weeks old)}} were used. "
            "{{reported_randomisation,n_per_group|Rats were randomly assigned to Sham, SCI/PBS and SCI/sEV "
            "groups (n=9 each)}}.",
            ("h", "hPMSC culture and sEV preparation"),
            "{{source_species,source_tissue|hPMSCs were obtained from human term placentas}} (IRB approval "
            "2019-12-004) and cultured to passage 5. Conditioned medium collected after 48 h of serum-free "
            "culture was filtered (0.22 μm) and "
            "{{isolation_method,isolation_detail|concentrated by tangential flow filtration (TFF, 500 kDa "
            "cut-off), followed by ultracentrifugation at 120,000 × g for 90 min}}.",
            "{{characterization|sEVs were examined by TEM}}, {{characterization|NTA (ZetaView)}} and "
            "{{characterization,markers|western blotting for CD63, CD81 and TSG101}}.",
            ("h", "Spinal cord injury and sEV treatment"),
            "Under isoflurane anesthesia, laminectomy was done at T9–T11 and "
            "{{injury_model,injury_device,injury_level|moderate contusion was produced at T10 using the MASCIS "
            "impactor}} (10 g, 25 mm). Sham rats underwent laminectomy alone. "
            "{{dose,route,route_detail|sEVs (100 μg in 300 μl PBS) were injected via the femoral vein}} "
            "{{frequency,timing_post_injury_h|immediately after injury and again at 24 h and 48 h}}.",
            ("h", "Behavioral test"),
            "{{reported_blinded_assessment|Locomotion was evaluated with the BBB scale by two investigators "
            "blinded to treatment}} at " + _T + ". The BBB subscore (0–13) for paw placement, toe clearance and "
            "tail position was also recorded.",
            ("h", "Statistics"),
            "Values are mean ± SEM. Two-way repeated-measures ANOVA with Bonferroni's post hoc test was used. "
            "P < .05 was considered significant.",
        ]),
        ("results", "RESULTS", [
            ("h", "Characteristics of hPMSC-sEVs"),
            "sEVs had a cup-like morphology. {{size_nm|The mean size was 131.5 nm by NTA, ranging from 60 to 240 "
            "nm}}. CD63, CD81 and TSG101 were enriched in sEVs.",
            ("h", "hPMSC-sEVs improved locomotor function"),
            "All injured rats showed almost complete paralysis at T1 (Fig. 2A). The SCI/sEV rats scored better "
            "from T3 (Fig. 2B), and this gap widened at T4 and T5. BBB subscores were also higher in the SCI/sEV "
            "group at T5 (Fig. 2C).",
            ("figure", "Fig. 2",
             "Locomotor recovery. (A) BBB score over time (T1–T5). (B) BBB scores at T3: SCI/PBS "
             "{s:SCI/PBS@14|pm}, SCI/sEV {s:SCI/sEV@14|pm}; at T4: SCI/PBS {s:SCI/PBS@28|pm}, SCI/sEV "
             "{s:SCI/sEV@28|pm}. (C) BBB subscore at T5: SCI/PBS 3.1 ± 0.6 vs. SCI/sEV 7.4 ± 0.9. Sham rats "
             "walked normally at all times. Mean ± SEM, n=9 per group. *P < .05, **P < .01.",
             {"days": _AHN_DAYS, "groups": ["Sham", "SCI/PBS", "SCI/sEV"], "x": "days"}),
            ("h", "Macrophage polarization"),
            "At T3, CD206+ cells were increased 2.1-fold and iNOS+ cells were decreased by 38% in SCI/sEV rats. "
            "IL-10 level was 2.4 times higher.",
        ]),
        ("discussion", "DISCUSSION", [
            "In this study, repeated femoral vein injection of hPMSC-sEVs improved locomotor recovery. A "
            "previous study reported that 200 μg of umbilical cord sEVs increased BBB score to 11.9 [11]; our "
            "effect size was similar with a lower dose.",
            "The mechanism seems to be {{mechanism|M2 polarization of macrophages/microglia}}. The limitation "
            "is that we did not measure sEV biodistribution.",
        ]),
    ],
    references=refs(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 13),
    scores=Scores("BBB", "sem", [("Sham", "sham", 9), ("SCI/PBS", "control", 9), ("SCI/sEV", "treatment", 9)], {
        "Sham": {d: (21.0, 0.0) for d in _AHN_DAYS},
        "SCI/PBS": dict(zip(_AHN_DAYS, [(0.6, 0.2), (2.9, 0.4), (5.2, 0.5), (7.3, 0.5), (8.1, 0.6)])),
        "SCI/sEV": dict(zip(_AHN_DAYS, [(0.7, 0.2), (3.6, 0.5), (7.5, 0.6), (10.8, 0.7), (12.4, 0.8)])),
    }),
    back=[("Conflict of interest", "{{reported_conflict_of_interest|No potential conflict of interest relevant "
           "to this article was reported}}."),
          ("Acknowledgments", "This research was supported by an invented grant (No. 2020R1X0000).")],
    footnote=NOTICE,
)

STUDIES = [SANG, ESFAHANI, NASCIMENTO, AHN]
