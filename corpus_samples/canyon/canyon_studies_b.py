"""Canyon studies 4-6 (Iraq, Brazil, China). Everything here is invented.

Markup as in canyon_studies_a.py.
"""

from __future__ import annotations

from extgen.common import FOOTNOTE, GMU, MU, POOL, TH
from extgen.model import Study
from rough import RoughScores

_ORD = {7: "1st week", 14: "2nd week", 21: "3rd week", 28: "4th week"}

# ------------------------------------------------------------------ 4. Iraq, two-column layout
NEAMAH = Study(
    stem="neamah2023_radsc_exo_clip_ip_alternate_days",
    layout="twocol",
    title="Role of adipose derived mesenchymal stem cells exosomes in improving of locomotor function after compression spinal cord injury in rats",
    short_title="ADSC-Exo in compression SCI",
    authors=[("Zainab Kadhim", "Neamah"), ("Ali Hussein", "Al-Mayahi"), ("Rusul", "Abdulameer"), ("Haider S.", "Jabbar")],
    affiliations=["Department of Physiology, College of Veterinary Medicine, University of Upper Euphrates, Iraq",
                  "Department of Anatomy and Histology, College of Medicine, University of Upper Euphrates, Iraq"],
    journal="Iraqi Journal of Veterinary and Biomedical Sciences",
    year=2023, volume="37(3): 655-664", doi="10.5555/ijvbs.2023.37.3.655",
    pmid="99260104", pmcid="PMC9926104", received="2023-03-02",
    values={
        "species": "rat", "sex": "both",
        "body_weight_g": {"low": 200, "high": 250}, "n_per_group": 8,
        "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T8",
        "source_tissue": "adipose", "source_species": "rat",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "Total Exosome Isolation reagent",
        "characterization": ["DLS", "TEM"],
        "size_nm": {"value": 96.4, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 50, "unit": "ug", "volume_ul": 200, "basis": "protein"},
        "route": "intraperitoneal",
        "frequency": {"doses": 5, "interval_h": 48}, "timing_post_injury_h": 0.5,
        "mechanism": "antioxidant effect (decreased MDA and increased SOD)",
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "The aim of this study was to investigate the effect of exosomes isolated from adipose derived mesenchymal stem cells (ADSCs) on the locomotor function of rats after spinal cord compression. Twenty four albino rats were used and divided into three groups. Exosomes (0.05 mg/rat) were injected intraperitoneally every other day. The results showed that the treated group had a significant increase in BBB score at the 4th week ({r:Exo-treated@28:ascii}) compared with the positive control group ({r:Positive control@28:ascii}) with decreased MDA and increased SOD in serum. In conclusion, ADSC exosomes can improve locomotor recovery after SCI in rats."),
    ],
    keywords=["ADSC", "exosome", "spinal cord compression", "BBB", "oxidative stress"],
    sections=[
        ("intro", "Introduction", [
            "Spinal cord injury (SCI) is among the most serious injuries that lead to loss of the motor and sensory function and the incidence was increased in Iraq due to the wars and accidents [1,3]. Oxidative stress play an important role in the secondary damage of the spinal cord [6].",
            "Stem cells have been used for treatment of SCI but there are problems like tumour formation and immune rejection [7]. Exosomes which are small vesicles 50-150 nm can transfer the beneficial effect of the stem cells without these problems [2]. Previous study used 100 µg exosomes intravenously and found improvement in the BBB [5].",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Experimental animals"),
            "{{species,sex|Twenty four albino rats of both sexes}} {{body_weight_g|weighing 200-250gm}} were housed in the animal house of the college at 22-25°C with 12 h light/dark. {{reported_welfare_compliance|The study was approved by the scientific and ethical committee of the College of Veterinary Medicine (No. 1173/2022)}}.",
            "The animals were divided into three groups ({{n_per_group|eight rats for each group}}): G1 (negative control) laminectomy only; G2 (positive control) SCI without treatment; G3 (ADSC-Exo group) SCI treated with exosomes.",
            ("h", "Isolation of ADSCs and exosomes"),
            "{{source_tissue,source_species|ADSCs were isolated from the inguinal fat pad of donor rats}} by collagenase type I digestion and cultured in DMEM/F12 with 10% FBS. When the cells reached 80-90% confluence at passage 3 the medium was replaced by exosome-depleted medium for 48h. {{isolation_method,isolation_detail|The exosomes were isolated from the medium by Total Exosome Isolation reagent (Invitrogen)}} according to the company protocol and the protein concentration was measured by BCA kit.",
            "{{characterization|The size of exosomes was measured by dynamic light scattering (DLS) and the shape by transmission electron microscope (TEM)}}.",
            ("h", "Induction of spinal cord compression"),
            "Rats were anesthetized by intramuscular injection of ketamine (90mg/kg) and xylazine (5mg/kg). The skin was incised on the back and {{injury_level|laminectomy was done at T8}} then {{injury_model,injury_device|the spinal cord was compressed by aneurysm clip}} (30 g closing force) for 1 minute. Urine was expressed manually two times daily.",
            f"{{{{dose,route|G3 animals were injected intraperitoneally with 50 {MU}g exosomes suspended in 200 {MU}l PBS}}}} {{{{timing_post_injury_h|after 30 min of injury}}}} and {{{{frequency|every other day for 10 days (5 injections)}}}}, while G2 received PBS only.",
            ("h", "Locomotor assessment and statistics"),
            "The locomotor function was measured by the BBB scale at the end of 1st, 2nd, 3rd and 4th week. Malondialdehyde (MDA) and superoxide dismutase (SOD) were measured in serum at the end of experiment. The data were presented as mean ± SD and analysed by two way ANOVA with LSD test at P≤0.05.",
        ]),
        ("results", "Results", [
            "{{size_nm|The DLS showed that the mean size of exosomes was 96.4 nm}} with one peak, and TEM revealed spherical vesicles with double membrane.",
            ("table", "Table 1", "BBB scores of experimental groups (mean±SD, n=8)", {
                "orient": "rows", "days": [7, 14, 21, 28], "day_fmt": lambda d: _ORD[int(d)],
                "groups": ["Negative control", "Positive control", "Exo-treated"], "corner": "Period",
                "foot": "Capital letters denote significant differences between groups (P≤0.05)."}),
            "The results in table 1 showed that the negative control group was normal in all periods. The positive control had low score in the 1st week and increased slowly to reach {r:Positive control@28:ascii} at the 4th week, while the treated group showed a significant (P≤0.05) increase from the 2nd week ({r:Exo-treated@14:gap}) which continued to the 4th week ({r:Exo-treated@28:ascii}).",
            "The level of MDA was decreased significantly and the level of SOD increased in the ADSC-Exo group compared to the positive control group.",
        ]),
        ("discussion", "Discussion", [
            "The present study showed that exosomes of ADSCs improved the locomotor function in rats with compression SCI. Similar improvement was obtained by other researchers that used bone marrow MSCs exosomes and reported BBB score about 12 at the 4th week [5].",
            "The improvement could be due to {{mechanism|antioxidant effect (decreased MDA and increased SOD)}} which reduce the secondary injury [6]. Also exosomes contain anti-inflammatory miRNA [15].",
        ]),
    ],
    references=POOL[0:3] + POOL[4:8] + POOL[9:12] + POOL[13:16],
    scores=RoughScores(outcome="BBB", err="sd", fmt="tight", groups=[
        ("Negative control", "sham", 8), ("Positive control", "control", 8), ("Exo-treated", "treatment", 8)],
        values={"Negative control": {7: (21.0, 0.0), 14: (21.0, 0.0), 21: (21.0, 0.0), 28: (21.0, 0.0)},
                "Positive control": {7: (1.8, 0.7), 14: (3.9, 1.0), 21: (5.6, 1.2), 28: (6.8, 1.3)},
                "Exo-treated": {7: (2.5, 0.9), 14: (6.2, 1.1), 21: (8.9, 1.3), 28: (10.7, 1.4)}}),
    back=[("Conflict of interest", "{{reported_conflict_of_interest|The authors declare no conflict of interest}}.")],
    footnote=FOOTNOTE,
)

# ------------------------------------------------------------------ 5. Brazil, landscape-table layout
_B = ["Sham", "SCI + PBS", "SCI + SHED-EV"]
VASCONCELLOS = Study(
    stem="vasconcellos2021_shed_ev_sec_intralesional",
    layout="landscape",
    title="Extracellular vesicles from stem cells of human exfoliated deciduous teeth promote locomotor recovery after spinal cord contusion in rats",
    short_title="SHED-EVs after spinal cord contusion",
    authors=[("Larissa", "Vasconcellos-Prado"), ("Thiago", "Ramalho Bezerra"), ("Camila", "Otoni Figueiredo"), ("Rafael", "Guimarães Lessa")],
    affiliations=["Laboratório de Neurorregeneração, Instituto de Ciências Biomédicas, Universidade Federal do Planalto Central, Brasília, Brazil",
                  "Programa de Pós-Graduação em Odontologia, Universidade Federal do Planalto Central, Brazil"],
    journal="Brazilian Archives of Neurotrauma and Repair",
    year=2021, volume="8: e21034", doi="10.5555/banr.2021.e21034",
    pmid="99260105", pmcid="PMC9926105", received="2021-05-24",
    values={
        "species": "rat", "strain": "Wistar", "sex": "female",
        "body_weight_g": {"low": 220, "high": 260}, "n_per_group": 7,
        "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T9-T10",
        "source_tissue": "dental_pulp", "source_species": "human", "modification": "none",
        "isolation_method": ["ultrafiltration", "size_exclusion"],
        "isolation_detail": "Vivaspin 20 100 kDa; qEVoriginal 70 nm",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD9", "CD81", "Alix", "calnexin"],
        "size_nm": {"value": 118.7, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 1e10, "unit": "particles", "volume_ul": 5, "basis": "particles"},
        "route": "intralesional", "route_detail": "lesion epicentre",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0,
        "mechanism": "shift of microglia from M1 to M2 phenotype",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Objective", "To evaluate whether extracellular vesicles (EVs) secreted by stem cells from human exfoliated deciduous teeth (SHED) improve locomotion after spinal cord contusion."),
        ("Methods", "Female Wistar rats received a single intralesional injection of SHED-EVs or PBS immediately after a 10 g × 12.5 mm contusion. Locomotion was followed for six weeks with the BBB scale."),
        ("Results", "SHED-EV treated rats reached {bbb:SCI + SHED-EV@42} points at week 6 against {bbb:SCI + PBS@42} in the PBS group, and showed fewer iNOS+ and more Arg1+ microglia."),
        ("Conclusion", "SHED-EVs are a promising cell-free approach for SCI."),
    ],
    keywords=["extracellular vesicles", "SHED", "dental pulp", "spinal cord injury", "microglia"],
    sections=[
        ("intro", "Introduction", [
            "Traumatic spinal cord injury (SCI) has an estimated incidence of 16 to 26 cases per million inhabitants per year in Brazil, mainly young men victims of traffic and firearm accidents [1]. Stem cells from human exfoliated deciduous teeth (SHED) are easily obtained from discarded teeth and have neural crest origin [10].",
            "Small EVs (usually described as 50–150 nm) carry the paracrine activity of mesenchymal stromal cells [2,4]. Intravenous EVs at 1 × 10^11 particles were reported to reach the lesion in small amount [5], which motivated the local injection used here.",
        ]),
        ("methods", "Material and methods", [
            ("h", "Ethics and animals"),
            "{{reported_welfare_compliance|The protocol was approved by the Ethics Committee on Animal Use (CEUA-UFPC 087/2019) and followed the guidelines of the National Council for Animal Experimentation Control (CONCEA)}}. {{species,strain,sex|Female Wistar rats (Rattus norvegicus)}}, {{body_weight_g|220–260 g}}, were kept in groups of three per cage with water and food ad libitum.",
            "{{reported_sample_size_calculation|Sample size was calculated in G*Power 3.1 (effect size 1.7, α = 0.05, power 0.8)}}, resulting in {{n_per_group|7 animals per group}}. {{reported_randomisation|The animals were randomized by drawing lots}} into Sham, SCI + PBS (vehicle) and SCI + SHED-EV groups.",
            ("h", "SHED culture and EV isolation"),
            f"{{{{source_tissue,source_species|SHED were obtained from the pulp of exfoliated deciduous teeth of healthy children}}}} (6–9 years, consent signed by parents) and used at passages 3–6. After 48 h in serum-free medium, the conditioned medium was cleared (300 ×g 10 min; 2{TH}000 ×g 20 min; 0.22 µm filter), {{{{isolation_method,isolation_detail|concentrated on Vivaspin 20 (100 kDa) and fractionated by size-exclusion chromatography (qEVoriginal 70 nm, Izon)}}}}; fractions 7–9 were pooled. {{{{modification|Unmodified (native) SHED-EVs}}}} were used in all experiments.",
            "EVs were analysed by {{characterization|nanoparticle tracking analysis (ZetaView), transmission electron microscopy and western blot}} ({{markers|CD9, CD81 and Alix; calnexin as negative control}}).",
            ("h", "Spinal cord injury and treatment"),
            "Under isoflurane anaesthesia, {{injury_level|a laminectomy of T9–T10 was performed}} and {{injury_model,injury_device|a moderate contusion was produced with the NYU Impactor}} (10 g, 12.5 mm). {{timing_post_injury_h|Immediately after the contusion}}, {{dose,route,route_detail,frequency|a single dose of 1 × 10^10 particles in 5 µL PBS was injected into the lesion epicentre}} with a Hamilton syringe (0.5 µL/min); vehicle rats received 5 µL PBS.",
            ("h", "Functional evaluation"),
            "{{reported_blinded_assessment|Two examiners blinded to the groups}} scored the BBB scale on days 1, 7, 14, 21, 28, 35 and 42. Results are mean (SEM). Two-way repeated measures ANOVA with Bonferroni post-test (GraphPad Prism 8).",
        ]),
        ("results", "Results", [
            "{{size_nm|NTA showed a mode of 118.7 nm}} and 2.1 × 10^11 particles/mL; TEM showed cup-shaped vesicles; CD9, CD81 and Alix were present and calnexin absent.",
            ("table", "Table 1", "BBB locomotor scores along six weeks after contusion, mean (SEM)", {
                "orient": "cols", "days": [1, 7, 14, 21, 28, 35, 42], "day_fmt": lambda d: f"{d:g} d",
                "groups": _B, "corner": "Group", "span": "Days after SCI",
                "marks": {("SCI + SHED-EV", 21): " *", ("SCI + SHED-EV", 28): " *",
                          ("SCI + SHED-EV", 35): " **", ("SCI + SHED-EV", 42): " **"},
                "foot": "* p < 0.05, ** p < 0.01 versus SCI + PBS (two-way RM ANOVA, Bonferroni). n = 7 per group."}),
            "All injured rats were paraplegic on day 1. The SHED-EV group separated from the vehicle group from day 21 (Table 1). At 42 days the SHED-EV group scored {bbb:SCI + SHED-EV@42} and the vehicle group {bbb:SCI + PBS@42} (p < 0.01); most SHED-EV rats recovered consistent plantar stepping.",
            ("figure", "Figure 2", "BBB scores over time. At day 42, SCI + SHED-EV {bbb:SCI + SHED-EV@42} vs SCI + PBS {bbb:SCI + PBS@42}. Mean (SEM), n = 7.", {
                "days": [1, 7, 14, 21, 28, 35, 42], "groups": _B}),
            "Immunofluorescence at 42 days showed fewer iNOS+/Iba1+ and more Arg1+/Iba1+ cells around the lesion of SHED-EV rats.",
        ]),
        ("discussion", "Discussion", [
            "A single local dose of SHED-EVs improved locomotion, probably by a {{mechanism|shift of microglia from M1 to M2 phenotype}}. Doses of 100–200 µg given intravenously in other studies gave gains of 3–4 BBB points [5,11].",
            "Limitations: only female rats were used and EV biodistribution was not traced.",
        ]),
    ],
    references=POOL[0:2] + POOL[3:8] + POOL[9:12],
    scores=RoughScores(outcome="BBB", err="sem", fmt="paren", groups=[
        ("Sham", "sham", 7), ("SCI + PBS", "control", 7), ("SCI + SHED-EV", "treatment", 7)],
        values={"Sham": {1: (21.0, 0.0), 7: (21.0, 0.0), 14: (21.0, 0.0), 21: (21.0, 0.0), 28: (21.0, 0.0), 35: (21.0, 0.0), 42: (21.0, 0.0)},
                "SCI + PBS": {1: (0.3, 0.2), 7: (3.1, 0.5), 14: (5.9, 0.6), 21: (7.4, 0.6), 28: (8.3, 0.7), 35: (8.9, 0.6), 42: (9.2, 0.7)},
                "SCI + SHED-EV": {1: (0.4, 0.2), 7: (3.6, 0.5), 14: (7.0, 0.6), 21: (9.3, 0.5), 28: (10.8, 0.6), 35: (11.9, 0.6), 42: (12.6, 0.7)}}),
    back=[("Funding", "Supported by the Federal District Research Support Foundation (grant 00193-2019)."),
          ("Competing interests", "{{reported_conflict_of_interest|The authors declare no competing interests}}.")],
    footnote=FOOTNOTE,
)

# ------------------------------------------------------------------ 6. China, single layout
_C = ["Sham", "SCI", "Exo-NC", "Exo-miR-124"]
NIEHAN = Study(
    stem="niehan2022_hbmsc_exo_mir124_ih_daily_iv",
    layout="single",
    title="Exosomes derived from miR-124-3p-overexpressing bone marrow mesenchymal stem cells promote functional recovery after spinal cord injury via suppressing TLR4/NF-κB pathway",
    short_title="miR-124-3p BMSC exosomes in SCI",
    authors=[("Jiahui", "Niehan"), ("Wenbo", "Quyang"), ("Xiaolin", "Tangfei"), ("Hao", "Zhuoming"), ("Lei", "Baoshan")],
    affiliations=["Department of Orthopaedics, the Second Affiliated Hospital of Jiangbei Medical University, China",
                  "Institute of Spine Surgery, Jiangbei Medical University, China"],
    journal="Journal of Orthopaedic Surgery and Translational Research (Chinese Edition)",
    year=2022, volume="15: 1123-1134", doi="10.5555/jostr.2022.1123",
    pmid="99260106", pmcid="PMC9926106", received="2022-04-08",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 200, "high": 240}, "n_per_group": 10,
        "injury_model": "contusion", "injury_device": "Infinite Horizon impactor", "injury_level": "T10",
        "source_tissue": "bone_marrow", "source_species": "human",
        "modification": "miR-124-3p overexpression",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "120,000 g 70 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 102.5, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 200, "unit": "ug", "volume_ul": 200, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 3, "interval_h": 24}, "timing_post_injury_h": 0.5,
        "mechanism": "suppressing TLR4/NF-κB pathway in microglia",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Objective", "To investigate the effect of exosomes from miR-124-3p modified bone marrow mesenchymal stem cells (BMSCs) on spinal cord injury (SCI) in rats and its mechanism."),
        ("Methods", "BMSCs were transfected with lentivirus carrying miR-124-3p. Exosomes were extracted by ultracentrifugation and injected by tail vein for 3 days after SCI. BBB score, HE staining, immunofluorescence and western blot were performed."),
        ("Results", "The BBB score of Exo-miR-124 group at 28 d was {r:Exo-miR-124@28:gap}, higher than Exo-NC group and SCI group (P<0.05). Exo-miR-124 decreased TLR4, p-p65 and iNOS expression."),
        ("Conclusion", "miR-124-3p-modified BMSC exosomes promote motor recovery of SCI rats by inhibiting TLR4/NF-κB pathway in microglia."),
    ],
    keywords=["spinal cord injury", "bone marrow mesenchymal stem cells", "exosomes", "miR-124-3p", "microglia"],
    sections=[
        ("intro", "1 Introduction", [
            "Spinal cord injury (SCI) is a serious disease of central nervous system, the number of new patients in China is about 90,000 every year [1]. Inflammatory response mediated by microglia is the key link of secondary injury [7].",
            "Exosomes are extracellular vesicles with diameter of 30~150 nm [2]. miR-124 is the most abundant miRNA in the brain and keeps microglia in quiescent state [15]. Previous study showed 100 μg/d exosomes for 7 days improved the BBB score [5]. But whether miR-124-3p loaded BMSC exosomes can repair SCI is not clear.",
        ]),
        ("methods", "2 Materials and methods", [
            ("h", "2.1 Animals and grouping"),
            "{{species,strain,sex|Female SD rats}}, 8 weeks, {{body_weight_g|200~240 g}}, were purchased from the Laboratory Animal Center. {{reported_welfare_compliance|All animal experiments were approved by the Animal Ethics Committee of Jiangbei Medical University (No. JBMU-2020-156)}}. {{reported_randomisation,n_per_group|Rats were randomly divided into Sham group, SCI group, BMSC-Exo^NC group and BMSC-Exo^miR-124 group by random number table method, n=10}}. Two rats of SCI group died of urinary infection in first week and were supplemented.",
            ("h", "2.2 Cell culture, transfection and exosome extraction"),
            f"{{{{source_tissue,source_species|Human BMSCs were purchased from Cyagen-like Biosciences (HUXMA-01001)}}}} and cultured in complete medium. {{{{modification|BMSCs were transfected with lentivirus overexpressing miR-124-3p (LV-miR-124-3p) or negative control (LV-NC)}}}} at MOI 50, and puromycin was used for screening. When cells reached 80% confluence, they were changed to exosome-free serum medium for 48 h. The supernatant was centrifuged at 300 ×g for 10 min, 2{TH}000 ×g for 20 min, 10{TH}000 ×g for 30 min, then {{{{isolation_method,isolation_detail|120{TH}000 ×g for 70 min twice}}}} (Optima XPN-100, Beckman). The exosomes were resuspended in PBS and quantified by BCA.",
            "The exosomes were identified by {{characterization|TEM, NTA and western blot}} ({{markers|CD9, CD63, TSG101 and Calnexin}}).",
            ("h", "2.3 SCI model and treatment"),
            f"Rats were anesthetized with 2% pentobarbital sodium (40 mg/kg). {{{{injury_level|The T10 lamina was removed}}}} and {{{{injury_model,injury_device|the spinal cord was hit by Infinite Horizon impactor (IH-0400) with a force of 200 kdyn}}}}. Sham group only removed lamina. {{{{timing_post_injury_h|30 min after injury}}}}, {{{{dose,route,route_detail|200 {GMU}g exosomes dissolved in 200 {GMU}L PBS were injected through tail vein}}}}, {{{{frequency|once a day for 3 consecutive days}}}}; SCI group was injected with same volume PBS.",
            ("h", "2.4 Behavior test"),
            "BBB scores were evaluated at 1, 3, 7, 14, 21 and 28 d after operation {{reported_blinded_assessment|by two investigators who did not know the grouping}}. Bladder was massaged 3 times per day.",
            ("h", "2.5 Statistical analysis"),
            "SPSS 22.0 was used. Data were shown as x̄±s. One-way ANOVA was used for comparison between groups, repeated measure ANOVA for BBB; P<0.05 was considered statistically significant.",
        ]),
        ("results", "3 Results", [
            ("h", "3.1 Identification of exosomes"),
            "Exosomes showed typical cup-shaped structure under TEM. {{size_nm|The NTA results showed that the peak of particle size was 102.5 nm}}. CD9, CD63 and TSG101 were expressed, while Calnexin was not expressed. qPCR showed miR-124-3p in Exo-miR-124 was 8.6 times of Exo-NC.",
            ("h", "3.2 miR-124-3p-Exos improved the motor function of rats"),
            ("table", "Table 1", "Comparison of BBB scores among groups at different time points (x̄±s, n=10)", {
                "orient": "cols", "days": [1, 3, 7, 14, 21, 28], "day_fmt": lambda d: f"{d:g} d",
                "groups": _C, "corner": "Group",
                "foot": "Compared with SCI group, P<0.05; compared with Exo-NC group, P<0.05."}),
            "The BBB score of Sham group was 21 at all time points. The BBB scores of other groups were close to 0 at 1 d after operation. From 7 d, the score of miR-124-Exo group was higher than SCI group, and from 14 d higher than NC-Exo group; at 28 d, the BBB score in miR-124-Exo group ({r:Exo-miR-124@28:gap}) was higher than that in NC-Exo group ({r:Exo-NC@28:tight}) and SCI group ({r:SCI@28:tight}), the difference was statistically significant (P<0.05) (Table 1, Figure 2).",
            ("figure", "Figure 2", "BBB scores of rats in each group. Compared with SCI group, *P<0.05; compared with Exo-NC group, #P<0.05.", {
                "days": [1, 3, 7, 14, 21, 28], "groups": _C}),
            ("h", "3.3 miR-124-3p-Exos inhibited TLR4/NF-κB pathway"),
            "Western blot showed that the expression of TLR4 and p-p65/p65 in spinal cord of miR-124-Exo group was lower than SCI group and NC-Exo group (P<0.05), and the number of iNOS+ microglia was decreased.",
        ]),
        ("discussion", "4 Discussion", [
            "In this study, we found that miR-124-3p modified BMSC exosomes can promote the recovery of motor function of SCI rats, which may be related to {{mechanism|suppressing TLR4/NF-κB pathway in microglia}}. The BBB score of our exosome group was similar to the 11.5 reported by Eriksen et al. [5] with 7 days injection.",
            "There are some limitations in this study. First, only female rats were used; second, the in vivo distribution of exosomes was not traced.",
        ]),
    ],
    references=POOL[0:8] + POOL[14:16],
    scores=RoughScores(outcome="BBB", err="sd", fmt="pm", groups=[
        ("Sham", "sham", 10), ("SCI", "control", 10), ("Exo-NC", "other", 10), ("Exo-miR-124", "treatment", 10)],
        values={"Sham": {d: (21.0, 0.0) for d in (1, 3, 7, 14, 21, 28)},
                "SCI": {1: (0.4, 0.5), 3: (1.3, 0.6), 7: (2.9, 0.8), 14: (5.0, 1.0), 21: (6.6, 1.1), 28: (7.5, 1.2)},
                "Exo-NC": {1: (0.5, 0.5), 3: (1.6, 0.7), 7: (3.8, 0.9), 14: (6.3, 1.0), 21: (8.2, 1.1), 28: (9.4, 1.1)},
                "Exo-miR-124": {1: (0.5, 0.5), 3: (2.1, 0.7), 7: (4.7, 0.9), 14: (8.0, 1.0), 21: (10.6, 1.1), 28: (12.3, 1.2)}}),
    back=[("Ethics statement", "The animal study was reviewed and approved by the Animal Ethics Committee of Jiangbei Medical University."),
          ("Conflict of interest", "{{reported_conflict_of_interest|The authors declare that there is no conflict of interest}}.")],
    footnote=FOOTNOTE,
)

STUDIES = [NEAMAH, VASCONCELLOS, NIEHAN]
