"""Quartz studies 1-3 (everything invented; see ../README.md for what each exercises)."""

from __future__ import annotations

from extgen.common import FOOTNOTE, MU, NB, POOL, TH, day_fmt, flat, week_fmt
from extgen.model import Scores, Study

from qgen.habits import QScores

# --------------------------------------------------------------------------------------
# 1. Four arms incl. a positive-control drug; "control" is the sham; groups listed in a sentence.
D1 = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]
MAHLANGU = Study(
    stem="mahlangu2021_hucmsc_exo_mp_tailvein",
    layout="single",
    title="Umbilical cord mesenchymal stem cell exosomes versus methylprednisolone after thoracic contusion in rats",
    short_title="UC-MSC exosomes vs methylprednisolone in SCI",
    authors=[("Thandeka", "Mahlangu"), ("Pieter", "Venter"), ("Ayesha", "Dlamini"), ("Johan", "Koekemoer")],
    affiliations=["Department of Neurosurgery, Highveld Academic Hospital, Pretoria", "Cell Therapy Unit, Karoo Institute of Health Sciences, Bloemfontein"],
    journal="Journal of Spinal Repair Research",
    year=2021,
    volume="14(3):211–224",
    doi="10.5555/jsrr.2021.0311",
    pmid="99660101",
    pmcid="PMC9966101",
    received="2021-02-17",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 220, "high": 260}, "n_per_group": 10,
        "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T10",
        "source_tissue": "umbilical_cord", "source_species": "human",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 g 70 min",
        "characterization": ["TEM", "NTA", "western_blot"],
        "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 112.6, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 500, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 1.0,
        "mechanism": "inhibition of NLRP3 inflammasome-mediated pyroptosis",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "High-dose methylprednisolone remains a debated option after acute spinal cord injury. We compared it with a single intravenous dose of exosomes from human umbilical cord mesenchymal stem cells (hUC-MSCs)."),
        ("Methods", "Female rats received a T10 contusion and were treated with methylprednisolone, exosomes or nothing; laminectomy-only animals served as controls. Hindlimb function was followed for 4 weeks."),
        ("Results", "Exosome-treated rats reached a BBB score of {bbb:SCI + Exo@28} at day 28, higher than rats given methylprednisolone. Pyroptosis markers were reduced."),
        ("Conclusions", "A single dose of hUC-MSC exosomes outperformed methylprednisolone in this model."),
    ],
    keywords=["spinal cord injury", "exosomes", "umbilical cord", "methylprednisolone", "pyroptosis"],
    sections=[
        ("intro", "1. Introduction", [
            "Traumatic spinal cord injury (SCI) sets off a secondary cascade of inflammation and cell death that extends the lesion for weeks [1,3]. Methylprednisolone (MP) given within 8 h was once standard care, but its benefit in patients has been questioned.",
            "Exosomes are membrane vesicles of 30–150 nm released by most cells, and those from mesenchymal stem cells carry proteins and microRNAs that dampen inflammation [2]. Earlier rodent work used between 50 and 400 µg of vesicle protein per animal [5,11]. Whether vesicles compare favourably with a glucocorticoid in the same experiment has not been tested.",
        ]),
        ("methods", "2. Materials and methods", [
            ("h", "2.1. Animals and ethics"),
            "{{species,strain,sex,body_weight_g|Adult female Sprague-Dawley rats (220–260 g)}} were obtained from the institutional breeding colony and housed two per cage with free access to food and water. {{reported_welfare_compliance|All procedures were approved by the Animal Research Ethics Committee of Highveld Academic Hospital (protocol AREC-2019-044)}} and followed the ARRIVE guidelines.",
            ("h", "2.2. Study groups"),
            "{{reported_randomisation|Rats were randomly allocated, using a random number table,}} to four groups: control (laminectomy without impact, n = 8), {{n_per_group|SCI (n = 10)}}, SCI + MP (n = 10) and SCI + Exo (n = 10). The control animals therefore never received an injury; the SCI group received no treatment after the impact.",
            ("h", "2.3. Spinal cord injury"),
            f"Rats were anaesthetised with sodium pentobarbital (40{NB}mg/kg, i.p.). After {{{{injury_level|laminectomy at the T10 vertebra}}}}, the exposed cord was injured with {{{{injury_model,injury_device|a 10 g rod dropped from 25 mm using the NYU impactor}}}}. Bladders were expressed twice daily until reflex voiding returned.",
            ("h", "2.4. Exosome isolation and characterisation"),
            f"{{{{source_tissue,source_species|Human umbilical cord MSCs}}}} (passages 3–5) were cultured in exosome-depleted medium for 48 h. The supernatant was cleared at 300 × g for 10 min, 2000 × g for 20 min and 10{TH}000 × g for 30 min, and {{{{isolation_method,isolation_detail|exosomes were pelleted by ultracentrifugation at 100,000 × g for 70 min}}}} (twice). Protein was measured by BCA assay. {{{{characterization|Vesicles were examined by transmission electron microscopy (TEM), nanoparticle tracking analysis (NTA) and western blotting}}}} for {{{{markers|CD9, CD63 and TSG101, with calnexin as a negative marker}}}}.",
            ("h", "2.5. Treatments"),
            f"{{{{timing_post_injury_h|One hour after injury}}}}, rats of the SCI + Exo group received {{{{dose|100 {MU}g of exosomes in 500 {MU}L PBS}}}} {{{{route,route_detail,frequency|as a single injection into the tail vein}}}}. The SCI + MP group received methylprednisolone sodium succinate (30 mg/kg, i.p.) at the same time point. For the in vitro assays, LPS-primed microglia were incubated with exosomes at 50 {MU}g/mL.",
            ("h", "2.6. Locomotor assessment"),
            "Hindlimb function was scored with the Basso–Beattie–Bresnahan (BBB) scale on days 1, 3, 7, 14, 21 and 28 by {{reported_blinded_assessment|two observers unaware of group assignment}}. Before surgery every rat scored 21.",
            ("h", "2.7. Statistics"),
            "Values are mean ± SD. Groups were compared by two-way repeated-measures ANOVA with Tukey's post hoc test; P < 0.05 was considered significant.",
        ]),
        ("results", "3. Results", [
            ("h", "3.1. Characterisation of hUC-MSC exosomes"),
            "TEM showed cup-shaped vesicles. {{size_nm|NTA gave a mean diameter of 112.6 ± 9.8 nm}} and a concentration of 3.1 × 10<sup>11</sup> particles/mL; all three positive markers were present and calnexin was absent.",
            ("h", "3.2. Locomotor recovery"),
            "Control rats walked normally throughout. All injured rats were nearly paralysed on day 1 (Table 1). From day 14 the SCI + Exo group separated from the SCI group, and by day 28 the exosome-treated rats reached {bbb:SCI + Exo@28} compared with {bbb:SCI@28} in untreated injured rats and {bbb:SCI + MP@28} after methylprednisolone (P < 0.01 for exosomes vs MP).",
            ("table", "Table 1", "BBB scores after T10 contusion (mean ± SD). Control = laminectomy only.",
             {"orient": "groups", "days": D1, "groups": ["Control", "SCI", "SCI + MP", "SCI + Exo"], "day_fmt": day_fmt,
              "foot": "n = 8 (Control) or 10 (other groups). Baseline (pre-operative) scores were 21 in every rat and are not shown."}),
            ("h", "3.3. Pyroptosis"),
            "Cleaved caspase-1 and NLRP3 protein in the lesion were lower after exosome treatment than in SCI rats; MP reduced them to a lesser extent.",
        ]),
        ("discussion", "4. Discussion", [
            "Our data suggest that {{mechanism|the exosomes act largely by inhibiting NLRP3 inflammasome-mediated pyroptosis}} in the injured cord. A single intravenous dose improved BBB scores by about 3.7 points over untreated rats, more than the 1.2-point gain with MP.",
            "Earlier work reported scores near 13 after repeated 200 µg doses [5] and vesicle diameters of 80 nm [14]; differences in injury severity probably explain the gap. The inclusion of a laminectomy-only control group, labelled control here, shows that the surgery alone did not impair walking.",
        ]),
    ],
    references=POOL[0:7] + POOL[10:11] + POOL[13:14],
    scores=Scores(
        outcome="BBB", err="sd",
        groups=[("Control", "sham", 8), ("SCI", "control", 10), ("SCI + MP", "other", 10), ("SCI + Exo", "treatment", 10)],
        values={
            "Control": flat("Control", D1, [(20.6, 0.5), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)]),
            "SCI": flat("SCI", D1, [(0.4, 0.5), (1.2, 0.8), (3.1, 1.0), (5.2, 1.3), (6.8, 1.4), (7.6, 1.5)]),
            "SCI + MP": flat("SCI + MP", D1, [(0.5, 0.5), (1.6, 0.9), (3.9, 1.2), (6.3, 1.4), (7.9, 1.6), (8.8, 1.5)]),
            "SCI + Exo": flat("SCI + Exo", D1, [(0.6, 0.5), (1.9, 0.9), (4.6, 1.1), (7.8, 1.3), (9.9, 1.5), (11.3, 1.4)]),
        },
    ),
    back=[
        ("Funding", "Supported by the Highveld Neurotrauma Fund (grant HNF-2019-07)."),
        ("Conflict of interest", "{{reported_conflict_of_interest|The authors declare no conflict of interest.}}"),
    ],
    footnote=FOOTNOTE,
)

# --------------------------------------------------------------------------------------
# 2. Groups only as codes G1-G4, defined in a design table; a control-vesicle (fibroblast) arm.
W6 = [7.0, 14.0, 21.0, 28.0, 35.0, 42.0]
RONNING = Study(
    stem="ronning2020_rbmsc_sev_fibroblast_clip_iv",
    layout="twocol",
    title="Bone marrow stromal cell small extracellular vesicles, but not fibroblast vesicles, improve recovery after clip compression of the rat spinal cord",
    short_title="BMSC-sEV vs fibroblast sEV",
    authors=[("Ingrid", "Rønning"), ("Mats", "Solberg"), ("Aiko", "Fujimori"), ("Lars", "Haugen"), ("Sunniva", "Eide")],
    affiliations=["Institute of Basic Medical Sciences, Nordfjord University, Bergen", "Laboratory of Vesicle Biology, Trondelag Research Hospital, Trondheim"],
    journal="Scandinavian Journal of Neurotrauma",
    year=2020,
    volume="Vol. 9, e0412",
    doi="10.5555/sjnt.2020.e0412",
    pmid="99660102",
    pmcid="PMC9966102",
    received="2020-05-04",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male", "body_weight_g": {"low": 250, "high": 300},
        "n_per_group": 12, "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T9",
        "source_tissue": "bone_marrow", "source_species": "rat", "modification": "none",
        "isolation_method": ["ultracentrifugation", "density_gradient"], "isolation_detail": "120,000 g 90 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD81", "Alix", "TSG101", "GM130"],
        "size_nm": {"value": 98.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 2e10, "unit": "particles", "volume_ul": 300, "basis": "particles"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 3, "interval_h": 24}, "timing_post_injury_h": 24.0,
        "mechanism": "M2 polarisation of microglia",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Small extracellular vesicles (sEVs) of mesenchymal stromal cells are proposed as a cell-free therapy for spinal cord injury, but few studies include a control vesicle. We compressed the T9 cord of male Wistar rats and gave three daily intravenous doses of sEVs from rat bone marrow stromal cells (BMSC-sEV) or from dermal fibroblasts, or PBS. At 6 weeks BMSC-sEV-treated rats reached a BBB score of {bbb:G3@42}, whereas fibroblast sEVs were no better than PBS. BMSC-sEVs shifted microglia towards an M2 phenotype."),
    ],
    keywords=["small extracellular vesicles", "bone marrow stromal cells", "fibroblast", "compression injury", "microglia"],
    sections=[
        ("intro", "Introduction", [
            "Compression injuries account for much of human spinal cord injury [13]. Vesicles secreted by mesenchymal stromal cells, typically 50–200 nm across, reduce inflammation in rodent models [2,7], yet any vesicle preparation may provoke nonspecific effects. A vesicle from a cell type without known reparative activity is therefore the appropriate control.",
        ]),
        ("methods", "Methods", [
            ("h", "Animals"),
            "Forty-six {{species,strain,sex|male Wistar rats}} {{body_weight_g|weighing 250–300 g}} were used. {{reported_welfare_compliance|The Norwegian Food Safety Authority approved the experiments (FOTS 21877)}}, which followed EU Directive 2010/63/EU.",
            ("h", "Experimental design"),
            "Rats were assigned to the four groups in Table 1. The injured groups contained {{n_per_group|twelve rats each}}; ten rats underwent laminectomy only. Treatments were given on three consecutive days, the first 24 h after injury.",
            ("table", "Table 1", "Study design. All injections were given into a lateral tail vein.",
             {"kind": "design", "groups": [], "days": [], "widths": [28, 62, 112, 20],
              "head": ["Group", "Surgery", "Treatment (days 1, 2, 3)", "n"],
              "rows": [["G1", "Laminectomy", "None", "10"],
                       ["G2", "Laminectomy + clip", "PBS, 300 µL", "12"],
                       ["G3", "Laminectomy + clip", "BMSC-sEV, 2 × 10^10 particles", "12"],
                       ["G4", "Laminectomy + clip", "Fibroblast sEV, 2 × 10^10 particles", "12"]]}),
            ("h", "Compression injury"),
            "Under isoflurane (2%) anaesthesia, the T8–T10 laminae were removed and {{injury_model,injury_device,injury_level|the T9 segment was compressed for 60 s with an aneurysm clip}} (closing force 35 g).",
            ("h", "Vesicle preparation"),
            "{{source_tissue,source_species|Bone marrow stromal cells were isolated from the femurs of 4-week-old Wistar rats}}; dermal fibroblasts came from the same donors. Conditioned medium (48 h, vesicle-free serum) was cleared of cells and debris, concentrated, and {{isolation_method|layered on a 30% sucrose cushion}}; {{isolation_method,isolation_detail|sEVs were collected by ultracentrifugation at 120,000 × g for 90 min}} and washed once. The cells were not genetically or pharmacologically manipulated ({{modification|native, unmodified BMSC-sEVs}}).",
            "{{characterization|Preparations were characterised by TEM, NTA (NanoSight NS300) and western blot}}, probing {{markers|CD81, Alix and TSG101 and the Golgi protein GM130}} as a negative control.",
            ("h", "Treatment"),
            f"G3 and G4 rats received {{{{dose|2 × 10<sup>10</sup> particles in 300 {MU}L of PBS}}}} per injection, {{{{route,route_detail|injected into a lateral tail vein}}}} {{{{frequency,timing_post_injury_h|once daily on days 1, 2 and 3 after injury (first dose at 24 h)}}}}. G2 rats received PBS only.",
            ("h", "Behaviour"),
            "Open-field locomotion was scored weekly for 6 weeks on the BBB scale {{reported_blinded_assessment|by an investigator blinded to the treatments}}. Data are mean ± SEM.",
        ]),
        ("results", "Results", [
            ("h", "Vesicle properties"),
            "BMSC-sEVs and fibroblast sEVs looked alike under TEM. {{size_nm|By NTA the modal size of BMSC-sEVs was 98 nm}}, and that of fibroblast sEVs 104 nm.",
            ("h", "Locomotor function"),
            "Sham rats (G1) scored 21 at every test. Compressed rats improved slowly; G3 differed from G2 from week 3 onwards (Table 2). At week 6 the BMSC-sEV group reached {bbb:G3@42} and the PBS group {bbb:G2@42}; rats given fibroblast vesicles scored {bbb:G4@42}, not different from PBS.",
            ("table", "Table 2", "BBB locomotor scores by week (mean ± SEM). Group codes as in Table 1.",
             {"orient": "rows", "days": W6, "groups": ["G1", "G2", "G3", "G4"], "day_fmt": week_fmt, "n_head": True, "corner": "Time"}),
            ("h", "Microglia"),
            "Arginase-1<sup>+</sup>/Iba1<sup>+</sup> cells were twice as frequent in G3 as in G2 or G4 at 7 days.",
        ]),
        ("discussion", "Discussion", [
            "Fibroblast vesicles did not reproduce the effect, so the benefit is not a generic property of vesicle infusion. We propose that {{mechanism|BMSC-sEVs act through M2 polarisation of microglia}}. Other groups reported modes of 120–140 nm for comparable preparations [14] and BBB scores near 12 after 10<sup>11</sup> particles [11].",
        ]),
    ],
    references=POOL[1:3] + POOL[6:8] + POOL[10:14],
    scores=QScores(
        outcome="BBB", err="sem",
        groups=[("G1", "sham", 10), ("G2", "control", 12), ("G3", "treatment", 12), ("G4", "other", 12)],
        values={
            "G1": flat("G1", W6, [(21.0, 0.0)] * 6),
            "G2": flat("G2", W6, [(2.1, 0.4), (4.0, 0.5), (5.6, 0.6), (6.7, 0.6), (7.3, 0.7), (7.8, 0.7)]),
            "G3": flat("G3", W6, [(2.5, 0.4), (5.1, 0.5), (7.4, 0.6), (9.0, 0.6), (10.1, 0.7), (10.9, 0.6)]),
            "G4": flat("G4", W6, [(2.2, 0.5), (4.2, 0.5), (5.9, 0.6), (7.0, 0.7), (7.6, 0.7), (8.1, 0.8)]),
        },
    ),
    back=[
        ("Competing interests", "{{reported_conflict_of_interest|The authors declare that they have no competing interests.}}"),
        ("Data availability", "Raw scores are available from the corresponding author."),
    ],
    footnote=FOOTNOTE,
)

# --------------------------------------------------------------------------------------
# 3. Two experiments (short and long follow-up), each with its own BBB table; "Model" = vehicle.
C1 = [1.0, 3.0, 7.0, 14.0]
C2 = [14.0, 28.0, 42.0, 56.0]
VELASQUEZ = Study(
    stem="velasquez2022_hadsc_exo_twocohort_mascis",
    layout="single",
    title="Short- and long-term locomotor effects of adipose-derived stem cell exosomes given 24 hours after spinal cord contusion: two rat cohorts",
    short_title="ADSC exosomes: two cohorts",
    authors=[("Camila", "Velásquez"), ("Andrés", "Restrepo"), ("Lucía", "Ocampo"), ("Hernán", "Gaviria")],
    affiliations=["Grupo de Neurociencias Experimentales, Universidad de Los Andes Orientales, Medellín", "Centro de Terapia Celular, Clínica San Rafael, Bogotá"],
    journal="Revista Latinoamericana de Neurotrauma Experimental",
    year=2022,
    volume="31(2):88–103",
    doi="10.5555/rlne.2022.31.088",
    pmid="99660103",
    pmcid="PMC9966103",
    received="2022-01-26",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 200, "high": 240},
        "n_per_group": 10, "injury_model": "contusion", "injury_device": "MASCIS impactor", "injury_level": "T10",
        "source_tissue": "adipose", "source_species": "human",
        "isolation_method": ["ultrafiltration", "size_exclusion"], "isolation_detail": "100 kDa ultrafiltration; qEV column",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD63", "CD81", "TSG101", "calnexin"],
        "size_nm": {"value": 128.4, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 200, "unit": "ug", "volume_ul": 200, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 24.0,
        "mechanism": "inhibition of neuronal apoptosis via PI3K/Akt signalling",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Objective", "To test whether exosomes from human adipose-derived stem cells (hADSC-Exo) given one day after spinal cord contusion improve locomotion early and whether the effect lasts."),
        ("Methods", "Two independent cohorts of female Sprague-Dawley rats were studied: Experiment 1 followed rats for 14 days, Experiment 2 for 8 weeks. Each rat received one intravenous dose of exosomes or vehicle."),
        ("Results", "In Experiment 2, BBB scores at week 8 were {bbb:Exo·2@56} with exosomes and {bbb:Model·2@56} with vehicle."),
    ],
    keywords=["adipose-derived stem cells", "exosomes", "contusion", "long-term follow-up", "apoptosis"],
    sections=[
        ("intro", "Introduction", [
            "Most exosome studies in spinal cord injury stop at 4 weeks [11]. Exosomes, nanovesicles of 40–160 nm, are usually given within hours of the injury [5], a window that is hard to meet clinically. We therefore delayed treatment to 24 h and ran a second, independent cohort to 8 weeks.",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Animals and ethics"),
            "{{species,strain,sex|Female Sprague-Dawley rats}}, 8 weeks old ({{body_weight_g|200–240 g}}), were used. {{reported_welfare_compliance|The Institutional Animal Care and Use Committee of Universidad de Los Andes Orientales approved all procedures (acta 112-2020).}}",
            ("h", "Experimental design"),
            "Experiment 1 (short follow-up) comprised three groups: Sham, Model and Exo; Experiment 2 (long follow-up) comprised Model and Exo only. Sham rats underwent laminectomy; Model rats were injured and received vehicle; Exo rats were injured and received exosomes. {{n_per_group|Each group contained 10 rats in both experiments}}, a number set by {{reported_sample_size_calculation|a power calculation (α = 0.05, power 0.8, expected difference 2.5 BBB points)}}. {{reported_randomisation|Allocation to groups was random (sealed envelopes).}}",
            ("h", "Contusion injury"),
            "Anaesthesia was induced with ketamine (80 mg/kg) and xylazine (10 mg/kg). {{injury_level|After T10 laminectomy}}, {{injury_model,injury_device|a contusion was produced with the MASCIS impactor (10 g, 25 mm)}}.",
            ("h", "Exosomes"),
            "{{source_tissue,source_species|Human adipose-derived stem cells}} from lipoaspirate were cultured to passage 4 and conditioned for 48 h. {{isolation_method,isolation_detail|Exosomes were concentrated by 100 kDa ultrafiltration and purified on a qEV column}}. {{characterization|Size and concentration were measured by NTA, morphology by TEM, and markers by western blot}} ({{markers|CD63, CD81, TSG101; calnexin negative}}).",
            ("h", "Treatment"),
            f"{{{{timing_post_injury_h|Twenty-four hours after injury}}}}, Exo rats received {{{{dose|200 {MU}g of exosomes (protein) in 200 {MU}L saline}}}} {{{{route,route_detail,frequency|in a single tail vein injection}}}}; Model rats received 200 {MU}L saline.",
            ("h", "Outcomes"),
            "BBB scores were recorded on days 1, 3, 7 and 14 (Experiment 1) and at weeks 2, 4, 6 and 8 (Experiment 2) {{reported_blinded_assessment|by two raters blind to group}}. Mean ± SD.",
        ]),
        ("results", "Results", [
            ("h", "Exosome characterisation"),
            "{{size_nm|Particles had a mean diameter of 128.4 nm (NTA)}}, with round, double-membrane morphology under TEM.",
            ("h", "Experiment 1"),
            "Sham rats were unaffected. Exo and Model rats did not differ on days 1 and 3 (Table 1); by day 14 the Exo group scored {bbb:Exo@14} against {bbb:Model@14} in the Model group.",
            ("table", "Table 1", "Experiment 1: BBB scores over the first 2 weeks (mean ± SD, n = 10 per group).",
             {"orient": "groups", "days": C1, "groups": ["Sham", "Model", "Exo"], "day_fmt": day_fmt, "n_col": True}),
            ("h", "Experiment 2"),
            "The benefit persisted: the exosome group of the second cohort scored {bbb:Exo·2@28} at week 4 and {bbb:Exo·2@56} at week 8, compared with {bbb:Model·2@56} for vehicle (Table 2).",
            ("table", "Table 2", "Experiment 2: BBB scores to week 8 (mean ± SD, n = 10 per group).",
             {"orient": "groups", "days": C2, "groups": ["Model·2", "Exo·2"], "day_fmt": week_fmt, "n_col": True}),
        ]),
        ("discussion", "Discussion", [
            "Delaying treatment by 24 h still improved locomotion, and the gain held to 8 weeks. TUNEL and p-Akt staining suggest that {{mechanism|exosomes inhibit neuronal apoptosis via PI3K/Akt signalling}}. Other laboratories used 100 µg repeated daily [9] and described vesicles of 90 nm [14].",
        ]),
    ],
    references=POOL[4:6] + POOL[8:12] + POOL[13:15],
    scores=QScores(
        outcome="BBB", err="sd",
        groups=[("Sham", "sham", 10), ("Model", "control", 10), ("Exo", "treatment", 10),
                ("Model·2", "control", 10), ("Exo·2", "treatment", 10)],
        values={
            "Sham": flat("Sham", C1, [(20.8, 0.4), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)]),
            "Model": flat("Model", C1, [(0.3, 0.5), (1.0, 0.7), (2.9, 1.1), (5.0, 1.4)]),
            "Exo": flat("Exo", C1, [(0.4, 0.5), (1.1, 0.8), (3.8, 1.2), (6.9, 1.5)]),
            "Model·2": flat("Model·2", C2, [(4.8, 1.3), (7.2, 1.6), (8.0, 1.7), (8.4, 1.8)]),
            "Exo·2": flat("Exo·2", C2, [(6.6, 1.4), (9.7, 1.5), (10.9, 1.6), (11.5, 1.7)]),
        },
        display={"Model·2": "Model", "Exo·2": "Exo"},
    ),
    back=[
        ("Declaration of competing interest", "{{reported_conflict_of_interest|None declared.}}"),
    ],
    notes=["Two independent cohorts: Table 1 (Experiment 1, days 1-14) and Table 2 (Experiment 2, weeks 2-8) both print the groups as Model and Exo; rows of the two cohorts share group labels and differ by day, table and page."],
    footnote=FOOTNOTE,
)

STUDIES = [MAHLANGU, RONNING, VELASQUEZ]
