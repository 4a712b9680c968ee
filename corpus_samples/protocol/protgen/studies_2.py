"""Studies 5-8 of the protocol corpus (invented; no sentence from real papers)."""

from __future__ import annotations

from extgen.model import Scores, Study

from protgen.common import NB, NOTICE, POOL, POOL2, TH, T, course, day_row, flat

# ---------------------------------------------------------------------------------------------
# 5. Alvarenga 2023: mouse, hypoxia-preconditioned hPMSC exosomes, forceps crush T8, i.p. every
#    other day for 2 weeks from day 3, iodixanol gradient; BMS table (SD), unequal groups
# ---------------------------------------------------------------------------------------------
_D5 = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]
_S5 = Scores("BMS", "sd", [("Sham", "sham", 6), ("SCI + PBS", "control", 9), ("SCI + N-Exo", "other", 9),
                           ("SCI + H-Exo", "treatment", 10)], {
    "Sham": flat(_D5, 9.0, 0.0),
    "SCI + PBS": course(_D5, 3.1, (0.2, 0.6), start=0.2),
    "SCI + N-Exo": course(_D5, 3.9, (0.3, 0.7), start=0.2),
    "SCI + H-Exo": course(_D5, 5.2, (0.3, 0.8), start=0.3),
})

ALVARENGA = Study(
    stem="alvarenga2023_mouse_hypoxic_hpmsc_exo_crush_ip",
    layout="single",
    title="Hypoxic preconditioning enhances the neuroprotective effect of placental mesenchymal stem cell "
          "exosomes after spinal cord crush in mice",
    short_title="Hypoxic placental exosomes in mice",
    authors=[("Beatriz", "Alvarenga"), ("Thiago", "Moura"), ("Larissa", "Quintão"), ("Rafael", "Siqueira"),
             ("Ana Clara", "Vilela")],
    affiliations=["Laboratório de Neurorregeneração (invented), Belo Horizonte, Brazil"],
    journal="Cellular Therapy in Neurotrauma",
    year=2023,
    volume="5(2):e230219",
    doi="10.5555/ctn.2023.0219",
    pmid="99102015",
    pmcid="PMC9910215",
    received="2023-02-19",
    values={
        "species": "mouse", "strain": "C57BL/6", "sex": "female", "body_weight_g": {"low": 18, "high": 22},
        "injury_model": "compression", "injury_device": "forceps", "injury_level": "T8",
        "source_tissue": "placenta", "source_species": "human", "modification": "hypoxic preconditioning",
        "isolation_method": ["ultracentrifugation", "density_gradient"],
        "isolation_detail": "iodixanol 5-40% gradient, 100,000 g 18 h",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 87.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 10, "unit": "ug", "volume_ul": 100, "basis": "protein"},
        "route": "intraperitoneal",
        "frequency": {"doses": 7, "interval_h": 48}, "timing_post_injury_h": 72.0,
        "mechanism": "HIF-1α-dependent suppression of neuronal apoptosis",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[(None,
               "Exosomes from {{source_tissue,source_species|human placenta-derived mesenchymal stem cells "
               "(hPMSCs)}} were collected after {{modification|preconditioning of the cells in 3% O<sub>2</sub> "
               "for 72 h}} (H-Exo) or in normoxia (N-Exo) and given intraperitoneally to mice after a "
               "thoracic crush. H-Exo improved Basso Mouse Scale (BMS) scores more than N-Exo.")],
    keywords=["hypoxia", "placenta", "exosomes", "Basso Mouse Scale", "crush injury"],
    sections=[
        ("intro", "Introduction", [
            "Hypoxic culture changes the cargo of stromal cell vesicles [9]. Mouse crush models are mild and "
            "reproducible [13]. Exosomes are typically 30–150 nm in diameter [2], and rat studies at T10 have "
            "used 200 µg per animal [5].",
        ]),
        ("methods", "Methods", [
            ("h", "Cell culture and hypoxia"),
            "hPMSCs were isolated from chorionic villi of term placentas and used at passage 4. For "
            "preconditioning, cells were kept in a hypoxia chamber (3% O<sub>2</sub>, 5% CO<sub>2</sub>) "
            "for 72 h; normoxic cells were kept at 21% O<sub>2</sub>.",
            ("h", "Exosome purification"),
            "Supernatants were cleared (2000 × g, 20 min; 10 000 × g, 30 min) and concentrated to 1 mL. "
            "{{isolation_method,isolation_detail|The concentrate was layered on a 5–40% iodixanol density "
            f"gradient and centrifuged at 100{TH}000 × g for 18 h}}}}; fractions of 1.08–1.12 g/mL were "
            "pooled, diluted in PBS and pelleted again.",
            "{{characterization|Vesicles were examined by TEM and by NTA}}, and "
            "{{characterization,markers|CD9, CD63 and TSG101 were detected by western blot, calnexin was "
            "absent}}.",
            ("h", "Mice and injury"),
            "{{species,strain,sex,body_weight_g|Female C57BL/6 mice (8–10 weeks, 18–22 g)}} were used under "
            "a protocol approved by the institutional animal use committee (CEUA 112/2021). "
            "Under ketamine/xylazine anaesthesia (100/10 mg/kg) a laminectomy was made at T7–T8, and "
            "{{injury_model,injury_device,injury_level|the cord was crushed at T8 for 5 s with modified "
            "Dumont no. 5 forceps}} (0.25 mm spacer).",
            "Mice were allocated to Sham (n = 6), SCI + PBS (n = 10), SCI + N-Exo (n = 10) and SCI + H-Exo "
            "(n = 10). One mouse in each of the SCI + PBS and SCI + N-Exo groups died during the first "
            "week; they were excluded from analysis.",
            ("h", "Treatment"),
            f"{{{{dose|Mice received 10 µg exosomes (protein) in 100{NB}µL PBS}}}} "
            "{{route|by intraperitoneal injection}} "
            "{{frequency,timing_post_injury_h|every other day for two weeks, starting on day 3 after "
            "injury}} (seven injections).",
            ("h", "Locomotion"),
            "{{reported_blinded_assessment|BMS scores were assigned by two raters blinded to the groups}} "
            "on days 1, 3, 7, 14, 21 and 28.",
        ]),
        ("results", "Results", [
            "{{size_nm|NTA showed a peak at 87 nm}} for H-Exo and 91 nm for N-Exo; TEM confirmed cup-shaped "
            "vesicles. Hypoxia increased particle yield 1.6-fold.",
            "BMS scores are shown in Table 1. On day 28 H-Exo mice reached {bbb:SCI + H-Exo@28.0} compared "
            "with {bbb:SCI + PBS@28.0} for PBS mice (p < 0.01).",
            ("table", "Table 1", "Basso Mouse Scale scores, mean ± SD. Sham n = 6; SCI + PBS n = 9; "
             "SCI + N-Exo n = 9; SCI + H-Exo n = 10.",
             {"orient": "rows", "days": _D5, "groups": ["Sham", "SCI + PBS", "SCI + N-Exo", "SCI + H-Exo"],
              "day_fmt": day_row, "corner": "Day"}),
            "TUNEL-positive neurons were fewer in H-Exo mice at day 7.",
        ]),
        ("discussion", "Discussion", [
            "We propose {{mechanism|HIF-1α-dependent suppression of neuronal apoptosis}}. A rat study "
            "reported a BBB score of 11.3 after 100 µg hypoxic exosomes given at 1% O<sub>2</sub> [9].",
        ]),
    ],
    references=[*POOL[:9], POOL2[5], POOL[10], POOL[11], POOL[12]],
    scores=_S5,
    back=[("Ethics approval", "{{reported_welfare_compliance|Approved by the Animal Use Ethics Committee "
           "(CEUA 112/2021).}}"),
          ("Competing interests", "{{reported_conflict_of_interest|No competing interests are declared.}}")],
    notes=["n_per_group absent: groups differ (6/9/9/10 after two deaths); rows carry each group's n."],
    footnote=NOTICE,
)

# ---------------------------------------------------------------------------------------------
# 6. Babatunde 2020: siPTEN-loaded rBMSC exosomes, MASCIS T9, intralesional single 30 min; the
#    schedule only in the group-design table; rpm with rotor; merged header + markers (grid layout)
# ---------------------------------------------------------------------------------------------
_D6 = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]
_G6 = ["Sham", "SCI + vehicle", "SCI + Exo-siNC (scrambled siRNA-loaded exosomes)",
       "SCI + Exo-siPTEN (PTEN siRNA-loaded exosomes)"]
_S6 = Scores("BBB", "sd", [(_G6[0], "sham", 10), (_G6[1], "control", 10), (_G6[2], "other", 10),
                           (_G6[3], "treatment", 10)], {
    _G6[0]: flat(_D6, 21.0, 0.0),
    _G6[1]: course(_D6, 8.8, (0.4, 1.1), start=0.9),
    _G6[2]: course(_D6, 9.7, (0.4, 1.2), start=1.0),
    _G6[3]: course(_D6, 13.4, (0.5, 1.3), start=1.1, k=7.0),
})

BABATUNDE = Study(
    stem="babatunde2020_rbmsc_sipten_exo_intralesional",
    layout="grid",
    title="Local delivery of PTEN siRNA-loaded bone marrow stromal cell exosomes into the contused rat "
          "spinal cord",
    short_title="siPTEN exosomes, intralesional",
    authors=[("Oluwaseun", "Babatunde"), ("Chidinma", "Okeke"), ("Tunde", "Adeleke"), ("Ngozi", "Eze"),
             ("Femi", "Olawale")],
    affiliations=["Department of Anatomy, Lagos Institute of Biomedical Science (invented), Lagos, Nigeria",
                  "Centre for Gene Silencing (invented), Ibadan, Nigeria"],
    journal="African Journal of Neural Repair",
    year=2020,
    volume="9(4):377–391",
    doi="10.5555/ajnr.2020.0377",
    pmid="99102016",
    pmcid="PMC9910216",
    received="2020-06-30",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 250, "high": 300},
        "n_per_group": 10, "injury_model": "contusion", "injury_device": "MASCIS impactor",
        "injury_level": "T9", "source_tissue": "bone_marrow", "source_species": "rat",
        "modification": "siRNA PTEN loading",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "32,000 rpm (~110,000 g) 70 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "CD81", "HSP70"],
        "size_nm": {"value": 104.7, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 20, "unit": "ug", "volume_ul": 10, "basis": "protein"},
        "route": "intralesional", "route_detail": "lesion site",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.5,
        "mechanism": "PTEN knockdown activating mTOR-driven axon regeneration",
        "reported_randomisation": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Aims", "PTEN limits axon regrowth. We tested {{modification|exosomes loaded with PTEN siRNA by "
         "electroporation}} (Exo-siPTEN)."),
        ("Main methods", "Rats with a MASCIS contusion received Exo-siPTEN, Exo-siNC or vehicle into the "
         "lesion (Table 1) and were followed for 28 days."),
        ("Key findings", "Exo-siPTEN improved BBB scores and reduced PTEN in spinal neurons."),
    ],
    keywords=["PTEN", "siRNA", "exosome loading", "electroporation", "intralesional"],
    sections=[
        ("intro", "1. Introduction", [
            "Deleting PTEN promotes regeneration of corticospinal axons [15]. Vesicles from stromal cells "
            "protect siRNA from nucleases [2]. Direct injection into the lesion achieves the highest local "
            "concentration [8].",
        ]),
        ("methods", "2. Materials and methods", [
            ("h", "2.1. Exosomes"),
            "{{source_tissue,source_species|BMSCs were flushed from rat femoral marrow}} and grown to "
            "passage 3. Culture medium was cleared of cells and debris (2,000 × g, 10 min; 12,000 × g, "
            "45 min) and {{isolation_method,isolation_detail|centrifuged at 32,000 rpm in an SW32 Ti rotor "
            "(about 110,000 × g) for 70 min}}; the pellet was washed in 35 mL PBS and spun again at the "
            "same speed.",
            "Exosomes (100 µg) were mixed with 2 nmol siPTEN or scrambled siRNA in electroporation buffer "
            "and pulsed at 400 V, 125 µF; unloaded siRNA was removed by a second wash. "
            "{{characterization|TEM, NTA}} and {{characterization,markers|western blots for CD63, CD81 and "
            "HSP70}} were performed as in our earlier work [4].",
            ("h", "2.2. Animals and contusion"),
            "{{species,strain,sex,body_weight_g|Male Sprague–Dawley rats, 250–300 g}}, were handled under "
            "the national guidelines for laboratory animals. "
            "{{reported_randomisation|Animals were randomly assigned}} to the four groups of Table 1. "
            "{{injury_model,injury_device,injury_level|The T9 segment was contused with the MASCIS "
            "impactor}} (10 g, 12.5 mm) after laminectomy of T8–T9.",
            ("grid", "Table 1", "Experimental groups and treatment.",
             ["Group", "Treatment", "Amount", "Schedule"],
             [["Sham", "laminectomy only", "–", "–"],
              ["SCI + vehicle", "PBS into lesion", "10 µL", "30 min after contusion"],
              ["SCI + Exo-siNC", "scrambled siRNA-loaded exosomes", "20 µg in 10 µL", "30 min after contusion"],
              ["SCI + Exo-siPTEN", "{{route,route_detail|injection into the lesion site}}",
               "{{dose|20 µg in 10 µL}}", "{{frequency,timing_post_injury_h|once, 30 min after contusion}}"]],
             "Injections were made at the epicentre with a glass micropipette (depth 1 mm)."),
            ("h", "2.3. Behaviour"),
            "BBB scores were recorded on days 1, 3, 7, 14, 21 and 28 by two scorers.",
        ]),
        ("results", "3. Results", [
            "{{size_nm|The exosomes had a mean size of 104.7 ± 6.2 nm by NTA}} and carried about 1,800 siRNA "
            "copies per vesicle.",
            "Exo-siPTEN rats recovered better than vehicle rats from day 7 (Table 2). The vehicle group "
            f"reached {{bbb:{_G6[1]}@28.0}} at day 28.",
            ("table", "Table 2", "BBB scores (mean ± SD; {{n_per_group|n = 10 per group}}).",
             {"orient": "cols", "days": _D6, "groups": _G6, "day_fmt": lambda d: f"{d:g}",
              "corner": "Group", "header2": "Days post-injury", "first_col": 150,
              "marks": {(_G6[3], 14.0): "*", (_G6[3], 21.0): "*", (_G6[3], 28.0): "*#"},
              "foot": "* p < 0.05 vs SCI + vehicle; # p < 0.05 vs SCI + Exo-siNC."}),
        ]),
        ("discussion", "4. Discussion", [
            "The effect is consistent with {{mechanism|PTEN knockdown activating mTOR-driven axon "
            "regeneration}}. Intravenous siPTEN nanoparticles given at 1 mg/kg [7] and intranasal exosomes "
            "[8] also improved locomotion, to BBB 12 in one study.",
        ]),
    ],
    references=[*POOL[:14], POOL2[0]],
    scores=_S6,
    back=[("Ethics", "{{reported_welfare_compliance|The institutional animal care and use committee "
           "approved the study (LIBS/AE/2019/033).}}"),
          ("Conflict of interest", "{{reported_conflict_of_interest|The authors have no conflicts of interest "
           "to declare.}}")],
    footnote=NOTICE,
)

# ---------------------------------------------------------------------------------------------
# 7. Chaudhry 2024: CAQK-peptide DPSC exosomes, single tail-vein dose 1 week after weight drop
#    at T10, sucrose gradient, particles; one exclusion after randomisation; BBB in text + legend
# ---------------------------------------------------------------------------------------------
_D7 = [7.0, 14.0, 21.0, 28.0, 35.0, 42.0]
_S7 = Scores("BBB", "sd", [("SCI + PBS", "control", 7), ("Exo", "other", 8), ("CAQK-Exo", "treatment", 8)], {
    "SCI + PBS": course(_D7, 8.6, (0.9, 1.4), start=3.0, k=12.0),
    "Exo": course(_D7, 9.8, (0.9, 1.5), start=3.1, k=12.0),
    "CAQK-Exo": course(_D7, 12.1, (1.0, 1.6), start=3.0, k=12.0),
})

CHAUDHRY = Study(
    stem="chaudhry2024_dpsc_caqk_exo_subacute_tailvein",
    layout="twocol",
    title="Lesion-homing CAQK-decorated dental pulp stem cell exosomes given one week after spinal cord "
          "injury",
    short_title="CAQK exosomes, subacute",
    authors=[("Ayesha", "Chaudhry"), ("Bilal", "Qureshi"), ("Sana", "Malik"), ("Imran", "Haider")],
    affiliations=["Department of Pharmacology, Punjab Centre for Translational Medicine (invented), Lahore, "
                  "Pakistan"],
    journal="Journal of Targeted Neurotherapeutics",
    year=2024,
    volume="2:41–55",
    doi="10.5555/jtn.2024.0041",
    pmid="99102017",
    pmcid="PMC9910217",
    received="2023-11-08",
    values={
        "species": "rat", "strain": "Wistar", "sex": "female", "body_weight_g": {"low": 180, "high": 220},
        "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T10",
        "source_tissue": "dental_pulp", "source_species": "human",
        "modification": "CAQK peptide surface conjugation",
        "isolation_method": ["ultracentrifugation", "density_gradient"],
        "isolation_detail": "sucrose 5-40% gradient, 200,000 g 16 h",
        "characterization": ["TEM", "NTA", "flow_cytometry"], "markers": ["CD9", "CD63", "CD81"],
        "size_nm": {"value": 124.0, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 2e10, "unit": "particles", "volume_ul": 300, "basis": "particles"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 168.0,
        "mechanism": "peptide-guided accumulation in the lesion reducing inflammation",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[(None,
               "{{source_tissue,source_species|Exosomes from human dental pulp stem cells (DPSCs)}} were "
               "decorated with the lesion-homing peptide CAQK and injected once, "
               "{{timing_post_injury_h|seven days after injury}}, into rats with a thoracic contusion. "
               "CAQK-Exo accumulated in the lesion and improved locomotion more than plain exosomes.")],
    keywords=["CAQK", "targeting peptide", "dental pulp stem cells", "subacute", "exosomes"],
    sections=[
        ("intro", "Introduction", [
            "CAQK binds proteoglycans that are upregulated in injured neural tissue [16]. Undecorated vesicles "
            "mostly end up in liver and spleen after intravenous injection [5]. Most studies treat within "
            "hours of injury [2,3]; a subacute window is clinically more realistic.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Exosome production and peptide conjugation"),
            "DPSCs were expanded from third molars extracted for orthodontic reasons (donor consent obtained). "
            "{{isolation_method,isolation_detail|Exosomes were floated on a 5–40% sucrose gradient at "
            "200,000 × g for 16 h}} after a 100,000 × g pre-pelleting step. "
            "{{modification|CAQK peptide was conjugated to the exosome surface through a DSPE-PEG linker}} "
            "(1 h, 37 °C); free peptide was removed on a 100 kDa filter.",
            "{{characterization|TEM, NTA and bead-based flow cytometry}} were used; "
            "{{characterization,markers|beads captured CD9, CD63 and CD81-positive vesicles}}.",
            ("h", "Animals, injury and treatment"),
            "{{species,strain,sex,body_weight_g|Female Wistar rats (body weight 180–220 g)}} were used as "
            "approved by the institutional ethics review board (PCTM-AEC-23-07). "
            "{{injury_model,injury_device,injury_level|A modified Allen weight drop (10 g from 25 mm) "
            "contused the cord at vertebral level T10}}. Rats (eight per group) were "
            "{{reported_randomisation|randomly allocated}} to SCI + PBS, Exo or CAQK-Exo. "
            "{{dose|A single dose of 2 × 10<sup>10</sup> particles in 300 µL PBS}} was injected "
            "{{route,route_detail|into the tail vein}} "
            "{{frequency|once, on day 7 after injury}}; fluorescent DiR-labelled vesicles were used for "
            "imaging in three additional rats.",
            "{{reported_blinded_assessment|Locomotion was scored with the BBB scale by a blinded "
            "observer}} weekly for 6 weeks. Antibodies: mouse anti-NeuN (1:500), rabbit anti-Iba1 (1:1000).",
        ]),
        ("results", "Results", [
            "{{size_nm|CAQK-Exo had a mean diameter of 124 nm by NTA}}, 9 nm more than unconjugated "
            "exosomes. One PBS-treated rat was excluded at day 10 for autophagia, leaving n = 7 in that group.",
            "Before treatment (week 1), all groups were similar: {bbb:SCI + PBS@7.0}, {bbb:Exo@7.0} and "
            "{bbb:CAQK-Exo@7.0}. At week 6 CAQK-Exo rats scored {bbb:CAQK-Exo@42.0} and PBS rats "
            "{bbb:SCI + PBS@42.0}.",
            ("figure", "Figure 3",
             "BBB time course (mean ± SD). Week 4: CAQK-Exo {bbb:CAQK-Exo@28.0}; Exo {bbb:Exo@28.0}; "
             "SCI + PBS {bbb:SCI + PBS@28.0}. n = 8, 8 and 7.",
             {"days": _D7, "groups": ["SCI + PBS", "Exo", "CAQK-Exo"], "x": "weeks"}),
        ]),
        ("discussion", "Discussion", [
            "Targeting probably works through {{mechanism|peptide-guided accumulation in the lesion reducing "
            "inflammation}}. Acute tail-vein exosomes at 100 µg (30 min) raised BBB to 13.8 in [5].",
        ]),
    ],
    references=[*POOL[:15], POOL2[7]],
    scores=_S7,
    back=[("Ethics statement", "{{reported_welfare_compliance|All procedures were approved by the "
           "institutional ethics review board (PCTM-AEC-23-07).}}"),
          ("Conflicts of interest", "{{reported_conflict_of_interest|The authors declare none.}}")],
    notes=["n_per_group absent: eight per group at allocation, one exclusion leaves 7/8/8 for BBB."],
    footnote=NOTICE,
)

# ---------------------------------------------------------------------------------------------
# 8. Dvořák 2018: rBMSC exosomes (modification not stated), static compression T8, intrathecal
#    catheter with its tip at T12, twice weekly x4 weeks from day 1; T-coded time points (SEM)
# ---------------------------------------------------------------------------------------------
_D8 = [1.0, 7.0, 14.0, 21.0, 28.0, 35.0]
_S8 = Scores("BBB", "sem", [("Control", "control", 9), ("BMSC-Exos", "treatment", 9)], {
    "Control": course(_D8, 9.9, (0.3, 0.6), start=1.4, k=10.0),
    "BMSC-Exos": course(_D8, 12.2, (0.3, 0.6), start=1.5, k=9.0),
})

DVORAK = Study(
    stem="dvorak2018_rbmsc_exos_catheter_twiceweekly",
    layout="single",
    title="Repeated intrathecal administration of bone marrow stromal cell exosomes after thoracic "
          "compression injury in the rat",
    short_title="Repeated intrathecal exosomes",
    authors=[("Tomáš", "Dvořák"), ("Kateřina", "Horáková"), ("Jan", "Novotný"), ("Eva", "Kučerová")],
    affiliations=["Institute of Experimental Neurology (invented), Brno, Czech Republic"],
    journal="Central European Neurotrauma Reports",
    year=2018,
    volume="22(1):15–27",
    doi="10.5555/cenr.2018.0015",
    pmid="99102018",
    pmcid="PMC9910218",
    received="2017-09-12",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "n_per_group": 9,
        "injury_model": "compression", "injury_level": "T8",
        "source_tissue": "bone_marrow", "source_species": "rat",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "120,000 g 2 h",
        "characterization": ["TEM", "western_blot"], "markers": ["CD63", "TSG101"],
        "size_nm": {"value": None, "low": 50, "high": 140, "stat": None, "method": "TEM"},
        "dose": {"amount": 5, "unit": "ug", "volume_ul": 10, "basis": "protein"},
        "route": "intrathecal", "route_detail": "intrathecal catheter",
        "frequency": {"doses": 8, "interval_h": 84}, "timing_post_injury_h": 24.0,
        "reported_welfare_compliance": True,
    },
    abstract=[(None,
               "We asked whether repeated intrathecal exosomes from rat bone marrow stromal cells (BMSC-Exos) "
               "improve recovery after compression injury. Rats received BMSC-Exos or vehicle through an "
               "intrathecal catheter twice weekly for four weeks; BBB scores improved by about two points.")],
    keywords=["intrathecal catheter", "compression injury", "exosomes", "repeated dosing"],
    sections=[
        ("intro", "Introduction", [
            "Intrathecal catheters allow repeated dosing without repeated punctures [8]. Exosome studies "
            "with T10 contusion dominate the literature [5,11].",
        ]),
        ("methods", "Methods", [
            ("h", "Animals"),
            "{{species,strain,sex|Female Sprague–Dawley rats}} aged 10–12 weeks were kept according to the "
            "EU Directive 2010/63/EU; {{reported_welfare_compliance|the study was approved by the Ministry "
            "of Agriculture ethics committee (MZE-31/2016)}}. Eighteen rats were injured and "
            "{{n_per_group|n = 9}} per group completed the study.",
            ("h", "Compression injury"),
            "{{injury_model,injury_level|Static compression of the spinal cord at T8 (a 35 g weight for "
            "5 min)}} was applied after a laminectomy at T7–T8.",
            ("h", "Exosomes"),
            "{{source_tissue,source_species|BMSCs were obtained from the tibiae of donor rats}}. Exosomes "
            "were isolated as previously described [6]: "
            "{{isolation_method,isolation_detail|after removal of cells and debris, vesicles were pelleted "
            "twice at 120,000 × g for 2 h}}. {{characterization|TEM and immunoblotting}} "
            "{{characterization,markers|(CD63, TSG101)}} confirmed their identity.",
            ("h", "Intrathecal catheter and dosing"),
            "{{route,route_detail|A PE-10 intrathecal catheter was inserted at L5–L6}} and advanced "
            "cranially so that its tip lay at the T12 vertebra. "
            "{{dose|Each dose of 5 µg exosomal protein in 10 µL}} was followed by a 10 µL flush. "
            "{{frequency,timing_post_injury_h|Dosing started 1 day after injury and was repeated twice a "
            "week for 4 weeks}}; controls received vehicle on the same schedule.",
            ("h", "Behaviour"),
            "BBB testing took place at T1, T7, T14, T21, T28 and T35, where Tn is day n after injury.",
        ]),
        ("results", "Results", [
            "{{size_nm|TEM showed round vesicles 50–140 nm across}}. Catheters stayed patent in all rats.",
            ("table", "Table 1", "BBB scores at time points T1–T35 (mean ± SEM).",
             {"orient": "rows", "days": _D8, "groups": ["Control", "BMSC-Exos"], "day_fmt": T,
              "corner": "Time point"}),
            "The difference was significant from T14 (p = 0.03) to T35 (p = 0.004).",
        ]),
        ("discussion", "Discussion", [
            "Our schedule matches an earlier study that gave 10 µg daily for 7 days [8], which reported BBB "
            "14.0 at day 28. We did not study the mechanism.",
        ]),
    ],
    references=[*POOL[:12]],
    scores=_S8,
    back=[("Ethics", "Approved by the Ministry of Agriculture ethics committee (MZE-31/2016).")],
    footnote=NOTICE,
)

STUDIES: list[Study] = [ALVARENGA, BABATUNDE, CHAUDHRY, DVORAK]
