"""Studies 4-6 of the onyx corpus (everything invented; see the README for what each exercises)."""

from __future__ import annotations

from extgen.common import FOOTNOTE, MU, POOL, TH
from extgen.model import Study

from onyxgen.scores import OnyxScores

# --------------------------------------------------------------------------------------------
# 4. Aleksić 2023 (ruled layout): dose groups, weeks; table for weeks 1–4, weeks 6 and 8 in text;
#    BMS reported alongside BBB.
# --------------------------------------------------------------------------------------------
ALEKSIC = Study(
    stem="aleksic2023_hpmsc_exo_clip_ip_weeks",
    layout="ruled",
    title="Dose-dependent effects of repeated intraperitoneal placental stromal cell exosomes after "
          "clip-compression spinal cord injury",
    short_title="Placental exosomes, dose response",
    authors=[("Jelena", "Aleksić"), ("Marko", "Stojanović"), ("Ana", "Petrović"), ("Dragan", "Ilić"),
             ("Yasmin", "Haddad")],
    affiliations=["Institute for Experimental Neurosurgery (invented), Novi Sad, Serbia",
                  "Faculty of Pharmacy (invented), Belgrade, Serbia"],
    journal="Balkan Journal of Regenerative Neuroscience",
    year=2023,
    volume="11(2):88–104",
    doi="10.5555/bjrn.2023.0092",
    pmid="99100614",
    pmcid="PMC9910614",
    received="2023-01-19",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male",
        "body_weight_g": {"low": 280, "high": 320}, "n_per_group": 10,
        "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T10",
        "source_tissue": "placenta", "source_species": "human",
        "isolation_method": ["ultracentrifugation", "density_gradient"],
        "isolation_detail": "110,000 × g 2 h over a 30% sucrose cushion",
        "characterization": ["TEM", "NTA", "western_blot"],
        "markers": ["CD63", "TSG101", "Alix", "calnexin"],
        "size_nm": {"value": 126.0, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 2e10, "unit": "particles", "volume_ul": 1000, "basis": "particles"},
        "route": "intraperitoneal", "route_detail": "intraperitoneal injection",
        "frequency": {"doses": 5, "interval_h": 24}, "timing_post_injury_h": 24.0,
        "mechanism": "shift of macrophages from M1 to M2 polarisation",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Objective", "To test whether repeated intraperitoneal exosomes from human placental MSCs improve "
         "recovery after clip compression in a dose-dependent way."),
        ("Methods", "Male rats with T10 clip compression received five daily intraperitoneal injections of "
         "low- or high-dose exosomes or vehicle, starting one day after injury. Locomotion was scored weekly "
         "for eight weeks."),
        ("Results", "The high dose improved open-field and BMS scores from week 3 onward; the low dose did "
         "not differ from vehicle. Macrophages at the lesion shifted towards an M2 phenotype."),
        ("Conclusion", "Placental MSC exosomes improve recovery only above a threshold dose."),
    ],
    keywords=["placenta", "exosomes", "dose response", "macrophage polarisation", "compression injury"],
    sections=[
        ("intro", "Introduction", [
            "Compression injuries dominate human spinal trauma, yet most vesicle studies use contusion [11]. "
            "Exosomes are nanovesicles of 50–150 nm that shuttle proteins and RNAs between cells [2], and "
            "placental MSCs secrete them in large amounts [9].",
            "Dose has rarely been varied within one study. Reported doses range from 10<sup>9</sup> to "
            "10<sup>11</sup> particles, and one meta-analysis found larger BBB gains with higher doses [11]. "
            "We compared two doses given daily for five days.",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Animals"),
            "{{species,strain,sex,body_weight_g|Male Sprague-Dawley rats weighing 280–320 g}} were kept at "
            "22 °C with free access to chow. {{reported_welfare_compliance|The protocol was approved by the "
            "ethics committee of the Institute (No. 04-22/2021) and conformed to EU Directive 2010/63/EU.}}",
            ("h", "Experimental groups"),
            "{{reported_randomisation|Forty rats were randomly assigned}} to sham, vehicle, low-dose "
            "(L-Exo) and high-dose (H-Exo) groups ({{n_per_group|n = 10 per group}}).",
            ("h", "Clip compression"),
            "Rats were anaesthetised with ketamine/xylazine (80/10 mg/kg i.p.). After T9–T11 laminectomy "
            "{{injury_model,injury_device,injury_level|a modified aneurysm clip (closing force 35 g) was "
            "applied around the cord at T10 for 1 min}}. Sham rats had laminectomy alone.",
            ("h", "Exosomes"),
            "{{source_tissue,source_species|Human placental MSCs (chorionic plate)}} were purchased from an "
            "invented cell bank and cultured in exosome-free medium for 72 h. After pre-clearing at 3" + TH +
            "000 × g, the medium was {{isolation_method,isolation_detail|spun at 110,000 × g for 2 h over a 30% "
            "sucrose cushion}} and the interface was washed and re-pelleted. "
            "{{characterization|Exosomes were examined by TEM, NTA (NanoSight NS300) and western blot}} for "
            "{{markers|CD63, TSG101 and Alix, and the absence of calnexin}}.",
            ("h", "Treatment schedule"),
            "{{timing_post_injury_h,frequency,route,route_detail|Beginning 24 h after injury, rats received "
            "one intraperitoneal injection per day for five consecutive days}}: L-Exo, 5 × 10<sup>9</sup> "
            "particles; {{dose|H-Exo, 2 × 10<sup>10</sup> particles, each in 1 ml saline}}; vehicle, 1 ml "
            "saline.",
            ("h", "Functional tests"),
            "{{reported_blinded_assessment|Locomotion was assessed weekly by two investigators blinded to "
            "treatment}}, using the Basso, Beattie and Bresnahan scale and, from week 4, the Basso Mouse Scale "
            "adapted for rats. Weeks are counted from the day of injury.",
            ("h", "Statistics"),
            "Results are expressed as mean ± SD. Two-way repeated-measures ANOVA with Šidák's correction was "
            "used; P < 0.05 was significant.",
        ]),
        ("results", "Results", [
            ("h", "Exosome properties"),
            "Particles were round with a bilayer membrane. {{size_nm|Their mean size on NTA was 126 nm}} (SD 38 "
            "nm). All three markers were detected and calnexin was absent.",
            ("h", "Locomotor recovery"),
            "Table 1 lists the open-field scores for the first four weeks. Sham rats scored the maximum "
            "throughout. Differences between H-Exo and vehicle reached significance at week 3 (P < 0.05) "
            "and week 4 (P < 0.01).",
            ("table", "Table 1", "BBB open-field scores, weeks 1–4 post-injury (mean ± SD).",
             {"orient": "rows", "days": [7.0, 14.0, 21.0, 28.0], "groups": ["Vehicle", "L-Exo", "H-Exo"],
              "day_fmt": lambda d: f"wpi {d / 7:g}", "corner": "Time",
              "foot": "n = 10 per group; wpi, weeks post-injury."}),
            "Later, the high-dose group kept improving while the other injured groups reached a plateau. "
            "Week 6: vehicle {bbb:Vehicle@42}; L-Exo {bbb:L-Exo@42}; H-Exo {bbb:H-Exo@42}. "
            "Week 8: sham {bbb:Sham~bare@56}; vehicle {bbb:Vehicle@56}; L-Exo {bbb:L-Exo@56}; H-Exo "
            "{bbb:H-Exo@56}.",
            "BMS scores told the same story. At 4 wpi the high-dose group scored {bbb:BMS:H-Exo@28} against "
            "{bbb:BMS:Vehicle@28} for vehicle, and at 8 wpi {bbb:BMS:H-Exo@56} against {bbb:BMS:Vehicle@56} "
            "(low dose, {bbb:BMS:L-Exo@56}). The between-group difference in BMS at 8 wpi was 1.9 points.",
            ("h", "Macrophage phenotype"),
            "At 8 wpi, CD206+ cells made up 44 ± 6% of CD68+ cells at the lesion after H-Exo versus 21 ± 5% "
            "after vehicle, while iNOS+ cells fell correspondingly.",
        ]),
        ("discussion", "Discussion", [
            "Only the high dose improved recovery, which argues for a threshold effect. "
            "{{mechanism|The increase in CD206+ macrophages suggests the exosomes act by shifting macrophages "
            "from M1 to M2 polarisation}} [7].",
            "Our eight-week vehicle score resembles the 7.0 ± 1.1 reported after 35-g clip compression [13]; a "
            "study with intravenous placental vesicles reported 12.6 ± 1.4 at eight weeks with 1 × 10<sup>11</sup>"
            " particles [9].",
        ]),
    ],
    references=POOL[1:3] + POOL[6:14],
    back=[
        ("Ethics", "Approved by the Institute's ethics committee, No. 04-22/2021."),
        ("Conflicts of interest", "{{reported_conflict_of_interest|The authors declare that they have no "
         "conflict of interest.}}"),
    ],
    scores=OnyxScores(
        outcome="BBB", err="sd", err_of={"BMS": "sd"},
        groups=[("Sham", "sham", 10), ("Vehicle", "control", 10), ("L-Exo", "other", 10),
                ("H-Exo", "treatment", 10)],
        values={
            "Sham": {56.0: (21.0, 0.0)},
            "Vehicle": {7.0: (1.8, 0.9), 14.0: (3.9, 1.2), 21.0: (5.2, 1.3), 28.0: (6.1, 1.4),
                        42.0: (6.8, 1.3), 56.0: (7.1, 1.5)},
            "L-Exo": {7.0: (2.0, 1.0), 14.0: (4.2, 1.3), 21.0: (5.7, 1.2), 28.0: (6.6, 1.5),
                      42.0: (7.2, 1.4), 56.0: (7.6, 1.6)},
            "H-Exo": {7.0: (2.3, 1.1), 14.0: (4.9, 1.4), 21.0: (7.0, 1.5), 28.0: (8.6, 1.6),
                      42.0: (10.1, 1.7), 56.0: (11.3, 1.8)},
            "BMS:Vehicle": {28.0: (2.2, 0.6), 56.0: (2.6, 0.7)},
            "BMS:L-Exo": {56.0: (2.9, 0.8)},
            "BMS:H-Exo": {28.0: (3.4, 0.7), 56.0: (4.5, 0.8)},
        },
    ),
    footnote=FOOTNOTE,
)


# --------------------------------------------------------------------------------------------
# 5. Ikonen 2021: engineered vs native EVs, groups described in words, hours and days counted
#    from the first injection, BBB in text only (plus a plot).
# --------------------------------------------------------------------------------------------
IKONEN = Study(
    stem="ikonen2021_wjmsc_ev_cxcr4_mascis_twodose",
    layout="twocol",
    title="CXCR4-engineered Wharton's jelly stromal cell vesicles home to the contused spinal cord and "
          "improve hind-limb recovery in rats of both sexes",
    short_title="CXCR4-EVs after SCI",
    authors=[("Aino", "Ikonen"), ("Mikko", "Lahtinen"), ("Priya", "Raghavan"), ("Elina", "Virtanen"),
             ("Tuomas", "Koskela"), ("Sara", "Lindholm")],
    affiliations=["Neuroscience Unit, Lakeland University Hospital (invented), Tampere, Finland",
                  "Vesicle Engineering Laboratory (invented), Oulu, Finland"],
    journal="Scandinavian Archives of Spinal Research",
    year=2021,
    volume="39:1187–1199",
    doi="10.5555/sasr.2021.1187",
    pmid="99100615",
    pmcid="PMC9910615",
    received="2021-03-08",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "both",
        "body_weight_g": {"low": 240, "high": 300}, "n_per_group": 7,
        "injury_model": "contusion", "injury_device": "MASCIS impactor", "injury_level": "T11",
        "source_tissue": "wharton_jelly", "source_species": "human", "modification": "CXCR4 overexpression",
        "isolation_method": ["tangential_flow", "size_exclusion"],
        "isolation_detail": "tangential flow filtration (300 kDa) then Sepharose CL-2B column",
        "characterization": ["TEM", "NTA", "flow_cytometry", "western_blot"],
        "markers": ["CD9", "CD63", "CD81", "calnexin"],
        "size_nm": {"value": 104.0, "low": None, "high": None, "stat": "median", "method": "NTA"},
        "dose": {"amount": 150, "unit": "ug", "volume_ul": 300, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 2, "interval_h": 144}, "timing_post_injury_h": 24.0,
        "mechanism": "CXCR4/SDF-1 mediated homing of vesicles to the lesion",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Intravenously injected extracellular vesicles (EVs) mostly end up in the liver. We "
         "engineered Wharton's jelly MSCs to overexpress the chemokine receptor CXCR4, whose ligand SDF-1 is "
         "induced in the injured cord, and compared EVs from these cells with native EVs in rats of both "
         "sexes after MASCIS contusion. Labelled CXCR4-EVs accumulated at the lesion 2.6-fold more than "
         "native EVs. Animals receiving the engineered vesicles reached better open-field scores than "
         "untreated, vehicle-treated or native-EV-treated animals three weeks after the first injection."),
    ],
    keywords=["CXCR4", "SDF-1", "homing", "Wharton's jelly", "extracellular vesicles", "contusion"],
    sections=[
        ("intro", "Introduction", [
            "After intravenous injection, fewer than 1% of EVs reach the injured cord [5]. SDF-1 (CXCL12) rises "
            "in the lesion within days of injury, and its receptor CXCR4 guides stem cells there [16].",
            "Exosome-sized EVs (30–200 nm) from Wharton's jelly MSCs are anti-inflammatory [2]. In a previous "
            "series, untreated rats with a 12.5-mm MASCIS contusion plateaued near 9 points on the open-field "
            "scale [1]. We hypothesised that CXCR4 display would raise lesion uptake and benefit.",
        ]),
        ("methods", "Methods", [
            ("h", "Animals and ethics"),
            "{{reported_welfare_compliance|The Regional Animal Experiment Board approved all procedures "
            "(ESAVI/4412/2019)}}. {{species,strain,sex|Sprague-Dawley rats of both sexes}} "
            "{{body_weight_g|(240–300 g)}} were used. In total 35 rats entered the study: sham, untreated "
            "injury, PBS, native EVs (nEV) and CXCR4-EVs, {{n_per_group|seven rats per group (four females "
            "and three males)}}. {{reported_randomisation|Allocation followed a block randomisation list "
            "stratified by sex.}}",
            ("h", "Contusion"),
            "A T11 laminectomy was followed by {{injury_model,injury_device,injury_level|a MASCIS impactor "
            "contusion (10 g, 12.5 mm) at the T11 segment}}.",
            ("h", "Engineering and EV isolation"),
            "{{source_tissue,source_species|MSCs from the Wharton's jelly of human umbilical cords}} (written "
            "consent; invented biobank) were {{modification|transduced with a lentivirus encoding human CXCR4 "
            "(CXCR4 overexpression)}}; native EVs came from untransduced cells of the same donors. Serum-free "
            "conditioned medium was clarified, "
            "{{isolation_method,isolation_detail|concentrated by tangential flow filtration (300 kDa) and "
            "purified on a Sepharose CL-2B column}}.",
            "{{characterization|EVs were characterised by TEM, NTA, bead-based flow cytometry and western "
            "blot}}, {{markers|the latter for CD9, CD63, CD81 and CXCR4, with calnexin as exclusion "
            "marker}}.",
            ("h", "Dosing"),
            "{{dose|Each dose was 150 " + MU + "g of EV protein in 300 " + MU + "l PBS}}, "
            "{{route,route_detail|given by tail vein injection}}. "
            "{{timing_post_injury_h,frequency|The first dose was given 24 h after injury and the second six "
            "days later}}. Untreated rats received no injection; PBS rats received two injections of vehicle.",
            ("h", "Locomotor testing"),
            "Open-field locomotion was scored by the BBB method at 24 h and 72 h after injury, and 7, 14 and 21 "
            "days after the first injection. {{reported_blinded_assessment|Scorers were blinded to "
            "group.}}",
            ("h", "Statistics"),
            "Values are given as mean ± SEM. Repeated-measures ANOVA with Holm–Šidák tests was used.",
        ]),
        ("results", "Results", [
            ("h", "EV properties and homing"),
            "{{size_nm|The median particle diameter (NTA) was 104 nm}} for CXCR4-EVs and 99 nm for native EVs. "
            "CXCR4 was detected only on the engineered EVs. Twenty-four hours after injection, DiR signal in the "
            "cord was 2.6-fold higher with CXCR4-EVs than with native EVs.",
            ("h", "Open-field outcome"),
            "Scores were near zero in every injured group 24 h after injury, e.g. {bbb:Untreated@1} in the "
            "untreated injured animals and {bbb:CXCR4-EV@1} in rats later given CXCR4-EVs. By 72 h the PBS "
            "group scored {bbb:PBS@3} and the CXCR4-EV group {bbb:CXCR4-EV@3}.",
            "Seven days after the first injection, animals receiving the engineered vesicles scored "
            "{bbb:CXCR4-EV@8}, compared with {bbb:nEV@8} in those given native EVs and {bbb:PBS@8} after PBS. "
            "Fourteen days after the first injection the values were {bbb:CXCR4-EV@15}, {bbb:nEV@15} and "
            "{bbb:PBS@15}, respectively.",
            "At the final assessment, 21 days after the first injection, the engineered-EV group had improved "
            "significantly ({bbb:CXCR4-EV@22} vs. {bbb:PBS@22}, P < 0.01); native EVs gave an intermediate "
            "result ({bbb:nEV@22}), and untreated injured rats did no better than those given PBS "
            "({bbb:Untreated@22}). Sham rats scored {bbb:Sham~int@22}. Sex had no significant effect (P = "
            "0.41).",
            ("figure", "Figure 4", "Time course of open-field scores for the PBS, native-EV and CXCR4-EV "
             "groups; x axis, days after injury. Mean ± SEM; n = 7.",
             {"days": [1.0, 3.0, 8.0, 15.0, 22.0], "groups": ["PBS", "nEV", "CXCR4-EV"]}),
        ]),
        ("discussion", "Discussion", [
            "CXCR4 display increased lesion uptake and roughly doubled the benefit of native EVs. "
            "{{mechanism|We attribute this to CXCR4/SDF-1 mediated homing of vesicles to the lesion}}, "
            "although CXCR4 might also signal in recipient cells.",
            "In a comparable design, a three-week score of 10.9 ± 0.6 was reported with a single dose of "
            "native umbilical cord EVs [5]. Whether a third dose would help further remains to be tested.",
        ]),
    ],
    references=POOL[0:2] + POOL[4:6] + POOL[10:16],
    back=[
        ("Ethics approval", "Regional Animal Experiment Board, ESAVI/4412/2019."),
        ("Competing interests", "{{reported_conflict_of_interest|The authors declare no competing "
         "interests.}}"),
    ],
    scores=OnyxScores(
        outcome="BBB", err="sem",
        groups=[("Sham", "sham", 7), ("Untreated", "control", 7), ("PBS", "control", 7), ("nEV", "other", 7),
                ("CXCR4-EV", "treatment", 7)],
        values={
            "Sham": {22.0: (21.0, 0.0)},
            "Untreated": {1.0: (0.3, 0.2), 22.0: (8.9, 0.5)},
            "PBS": {1.0: (0.4, 0.2), 3.0: (1.2, 0.3), 8.0: (3.6, 0.4), 15.0: (6.9, 0.5), 22.0: (8.7, 0.6)},
            "nEV": {1.0: (0.4, 0.2), 3.0: (1.3, 0.3), 8.0: (4.1, 0.5), 15.0: (7.9, 0.5), 22.0: (10.2, 0.6)},
            "CXCR4-EV": {1.0: (0.5, 0.3), 3.0: (1.5, 0.4), 8.0: (4.9, 0.5), 15.0: (9.3, 0.6),
                         22.0: (12.1, 0.7)},
        },
    ),
    notes=["Figure 4 also plots the PBS and native-EV groups at 24 h, values not written in the text: "
           "they would have to be read off the plot, so no rows."],
    footnote=FOOTNOTE,
)


# --------------------------------------------------------------------------------------------
# 6. Oyama 2024: full table (days as rows, compact "m±e", a 12-h row), text repeating values
#    in parentheses after claims, hypoxic preconditioning vs normoxic exosomes.
# --------------------------------------------------------------------------------------------
OYAMA = Study(
    stem="oyama2024_hbmsc_exo_hypoxic_ih_tailvein",
    layout="single",
    title="Hypoxia-preconditioned bone marrow MSC exosomes given immediately after contusion preserve "
          "white matter and improve stepping in rats",
    short_title="Hypoxic MSC exosomes and white matter",
    authors=[("Haruka", "Oyama"), ("Kenji", "Fujisawa"), ("Mei", "Lin"), ("Daisuke", "Ueno"),
             ("Carolina", "Bustos")],
    affiliations=["Department of Orthopaedic Surgery, Setouchi Medical University (invented), Okayama, Japan",
                  "Department of Cell Biology, Universidad del Litoral Sur (invented), Valdivia, Chile"],
    journal="Journal of Spinal Cell Therapy",
    year=2024,
    volume="6:301–315",
    doi="10.5555/jsct.2024.0301",
    pmid="99100616",
    pmcid="PMC9910616",
    received="2024-04-11",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 200, "high": 220}, "n_per_group": 12,
        "injury_model": "contusion", "injury_device": "Infinite Horizon impactor", "injury_level": "T10",
        "source_tissue": "bone_marrow", "source_species": "human", "modification": "hypoxic preconditioning",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 × g 70 min, twice",
        "characterization": ["TEM", "NTA", "western_blot"],
        "markers": ["CD9", "CD63", "CD81", "TSG101", "calnexin"],
        "size_nm": {"value": 121.3, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 2e9, "unit": "particles", "volume_ul": 200, "basis": "particles"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.0,
        "mechanism": "HIF-1α-induced miR-210 cargo protecting oligodendrocytes",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Purpose", "Hypoxic preconditioning changes the cargo of MSC exosomes. We compared exosomes from "
         "hypoxic and normoxic human bone marrow MSCs in a rat contusion model."),
        ("Methods", "Female rats received an Infinite Horizon contusion at T10 and, immediately afterwards, a "
         "single tail-vein injection of hypoxic exosomes (H-Exo), normoxic exosomes (N-Exo) or PBS."),
        ("Results", "H-Exo rats stepped earlier and scored higher throughout, preserved more myelinated white "
         "matter and had more surviving oligodendrocytes than N-Exo or PBS rats."),
    ],
    keywords=["hypoxia", "preconditioning", "exosomes", "miR-210", "oligodendrocyte"],
    sections=[
        ("intro", "Introduction", [
            "Loss of oligodendrocytes continues for weeks after spinal contusion and leaves spared axons "
            "demyelinated [3,13]. Mesenchymal stromal cells cultured in low oxygen release exosomes rich in "
            "miR-210 [9,15].",
            "Exosomes (diameter 40–160 nm) cross the blood–spinal cord barrier after injury [6]. Previous work "
            "suggests that a BBB score of 14 or more, which requires consistent coordination, is rarely reached "
            "after moderate contusion without treatment [1]. We tested whether hypoxic preconditioning raises "
            "the efficacy of a single immediate dose.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals"),
            "{{species,strain,sex,body_weight_g|Female Sprague-Dawley rats (200–220 g, 9 weeks old)}} were "
            "used. {{reported_welfare_compliance|The Animal Care and Use Committee of Setouchi Medical "
            "University approved the study (SMU-A23-017), which followed the ARRIVE 2.0 guidelines.}}",
            "{{reported_randomisation|Rats were randomised with a random number table}} into sham, PBS, N-Exo "
            "and H-Exo groups; {{n_per_group|each group contained 12 rats}}. Three additional rats per group "
            "were used for tracking and are not included in the behavioural analysis.",
            ("h", "Injury"),
            "{{injury_model,injury_device,injury_level|A 150-kdyn contusion was produced at T10 with the "
            "Infinite Horizon impactor}} after a T10 laminectomy under isoflurane.",
            ("h", "Hypoxic preconditioning and exosome isolation"),
            "{{source_tissue,source_species|Human bone marrow MSCs}} (passage 5) were "
            "{{modification|preconditioned in 1% O<sub>2</sub> for 48 h (hypoxic preconditioning)}} or kept "
            "at 21% O<sub>2</sub> (normoxic). Conditioned media were cleared (300 × g, 2" + TH + "000 × g, "
            "10" + TH + "000 × g) and {{isolation_method,isolation_detail|ultracentrifuged at 100,000 × g for "
            "70 min, twice}}.",
            "{{characterization|Exosomes were analysed by TEM, NTA and western blot}} "
            "{{markers|(CD9, CD63, CD81, TSG101; calnexin negative)}}.",
            ("h", "Administration"),
            "{{timing_post_injury_h|Immediately after the contusion}}, rats received "
            "{{dose|2 × 10<sup>9</sup> particles in 200 " + MU + "L PBS}} "
            "{{route,route_detail|through the tail vein}}; "
            "{{frequency|no second dose was given}}. PBS rats received 200 " + MU + "L PBS.",
            ("h", "Behaviour and statistics"),
            "{{reported_blinded_assessment|Two observers unaware of the groups}} rated open-field locomotion "
            "(BBB) at 12 h and at 1, 3, 7, 14, 21 and 28 days. Data are mean ± SEM; two-way ANOVA with "
            "Bonferroni correction.",
        ]),
        ("results", "Results", [
            ("h", "Exosome characterisation"),
            "Both preparations showed typical cup-shaped morphology. "
            "{{size_nm|The mean size was 121.3 nm for H-Exo}} and 117.8 nm for N-Exo (NTA). Hypoxic "
            "preconditioning raised miR-210 content 6.4-fold.",
            ("h", "Locomotor function"),
            "Table 2 gives the complete time course. Sham rats walked normally at all times and are omitted from the "
            "table.",
            ("table", "Table 2", "Open-field (BBB) scores, mean±SEM, n = 12 per group.",
             {"orient": "rows", "days": [0.5, 1.0, 3.0, 7.0, 14.0, 21.0, 28.0], "groups": ["PBS", "N-Exo", "H-Exo"],
              "day_fmt": lambda d: "12 h" if d < 1 else f"D{d:g}", "corner": "Time after SCI",
              "foot": "*P < 0.05, **P < 0.01 vs. PBS (two-way ANOVA, Bonferroni)."}),
            "H-Exo rats began weight-supported stepping earlier than the other groups and scored significantly "
            "higher from the second week ({bbb:H-Exo@14} vs. {bbb:PBS@14} at day 14, P < 0.05). The advantage "
            "grew with time, and at the end of the study H-Exo rats had improved significantly over PBS "
            "({bbb:H-Exo@28} vs. {bbb:PBS@28} at day 28, P < 0.01) and over N-Exo ({bbb:N-Exo@28}, P < 0.05).",
            ("h", "White matter and oligodendrocytes"),
            "Spared white matter at the epicentre was 38 ± 3% of normal with H-Exo, 29 ± 3% with N-Exo and 24 ± "
            "2% with PBS. Olig2+/CC1+ cells were correspondingly more numerous after H-Exo.",
        ]),
        ("discussion", "Discussion", [
            "Hypoxic preconditioning made exosomes more effective without changing their size or dose. "
            "{{mechanism|We propose that HIF-1α-induced miR-210 cargo protecting oligodendrocytes underlies "
            "the benefit}}.",
            "The day-28 advantage of about three points over normoxic exosomes is similar to that reported "
            "for hypoxic adipose MSC vesicles (13.2 ± 0.9 vs. 10.1 ± 0.8) [9]. Limitations: one dose, one "
            "sex, four weeks.",
        ]),
    ],
    references=POOL[0:4] + POOL[5:10] + POOL[12:16],
    back=[
        ("Ethics statement", "Animal Care and Use Committee of Setouchi Medical University, SMU-A23-017."),
        ("Conflict of interest", "{{reported_conflict_of_interest|The authors report no conflict of "
         "interest.}}"),
    ],
    scores=OnyxScores(
        outcome="BBB", err="sem", style="tight",
        groups=[("PBS", "control", 12), ("N-Exo", "other", 12), ("H-Exo", "treatment", 12)],
        values={
            "PBS": {0.5: (0.2, 0.1), 1.0: (0.5, 0.2), 3.0: (1.6, 0.3), 7.0: (3.8, 0.4), 14.0: (6.4, 0.5),
                    21.0: (7.9, 0.5), 28.0: (8.6, 0.6)},
            "N-Exo": {0.5: (0.2, 0.1), 1.0: (0.6, 0.2), 3.0: (1.9, 0.3), 7.0: (4.3, 0.5), 14.0: (7.2, 0.5),
                      21.0: (9.0, 0.6), 28.0: (9.8, 0.6)},
            "H-Exo": {0.5: (0.3, 0.1), 1.0: (0.7, 0.2), 3.0: (2.4, 0.4), 7.0: (5.1, 0.5), 14.0: (8.3, 0.6),
                      21.0: (11.0, 0.6), 28.0: (12.7, 0.7)},
        },
    ),
    footnote=FOOTNOTE,
)

STUDIES = [ALEKSIC, IKONEN, OYAMA]
