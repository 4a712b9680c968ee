"""World studies, part B (invented): a thesis-like paper with a delayed-treatment arm and a
table continued on the next page, a terse short communication, a both-sexes miRNA paper and
a paper whose BBB scores are only in a figure."""

from __future__ import annotations

from extgen.model import Scores, Study

from wgen.common import MU, NB, NOTICE, TH, refs

# --------------------------------------------------------------------------- 5
# Thesis-like: Fischer 344 rats, acute versus delayed (chronic) arm, per-kg dosing, weekly
# injections, DLS size, weeks as rows in a table that continues onto the next page.

_Z_DAYS = [7.0 * w for w in range(1, 9)]
_Z_GROUPS = ["Injury", "Acute WJ-EV", "Delayed WJ-EV"]

ZIELINSKI = Study(
    stem="zielinski2023_wjmsc_ev_acute_delayed_f344",
    layout="journal",
    title="Acute but not delayed weekly infusion of Wharton's jelly MSC extracellular vesicles improves hindlimb locomotion in Fischer 344 rats with thoracic contusion",
    short_title="Acute versus delayed WJ-EV therapy",
    authors=[("Katarzyna", "Zieliński"), ("Marek", "Wróbel"), ("Ingrid", "Solheim"), ("Tomasz", "Zając"), ("Ewa", "Nowicka"), ("Rafael", "Quintana")],
    affiliations=["Department of Neurophysiology, Vistula Medical University (invented)",
                  "Nordic Centre for Regenerative Neuroscience (invented)"],
    journal="Cells, Vesicles and Neurorepair",
    year=2023,
    volume="5(1):88–121",
    doi="10.5555/cvn.2023.0088",
    pmid="99100305",
    pmcid="PMC9910305",
    received="2022-11-30",
    values={
        "species": "rat", "strain": "Fischer 344", "sex": "female",
        "body_weight_g": {"low": 160, "high": 190}, "n_per_group": 10,
        "injury_model": "contusion", "injury_device": "MASCIS impactor", "injury_level": "T8",
        "source_tissue": "wharton_jelly", "source_species": "human",
        "isolation_method": ["tangential_flow", "ultracentrifugation"],
        "isolation_detail": f"100{TH}000 × g for 2 h",
        "characterization": ["TEM", "DLS", "western_blot"], "markers": ["CD63", "CD81", "TSG101", "calnexin"],
        "size_nm": {"value": 127.5, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 100, "unit": "ug_per_kg", "volume_ul": None, "basis": "protein"},
        "route": "intravenous", "route_detail": "femoral vein",
        "frequency": {"doses": 4, "interval_h": 168}, "timing_post_injury_h": 24.0,
        "mechanism": "attenuation of glial scar formation via TGF-β/Smad3 inhibition",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Aim", "To test whether the timing of extracellular vesicle (EV) therapy matters after spinal cord contusion."),
        ("Methods", ("Female Fischer 344 rats received a MASCIS contusion and weekly intravenous Wharton's jelly MSC-EVs "
                    "starting either 24 h (acute) or 28 days (delayed) after injury, or vehicle (Injury group). "
                    "Locomotion was followed for eight weeks.")),
        ("Results", ("Only acute treatment improved BBB scores (week 8: {s:Acute WJ-EV@56|mean} vs {s:Injury@56|mean}); "
                    "the delayed arm did not differ from vehicle.")),
        ("Conclusion", "The window for EV therapy closes before the chronic phase."),
    ],
    keywords=["Wharton's jelly", "extracellular vesicles", "chronic spinal cord injury", "Fischer 344", "timing"],
    sections=[
        ("intro", "1. Introduction", [
            ("More than half of people living with spinal cord injury are in the chronic phase, yet nearly all preclinical "
            "vesicle studies start treatment within hours [11,13]. Vesicles of 50–150 nm cross the blood–spinal cord "
            "barrier early after trauma, when it is leaky [6]. Delayed cell therapy has largely failed [13]. We therefore "
            "compared acute and delayed EV courses in the same experiment."),
            ("Fischer 344 rats were chosen because they are inbred and their BBB recovery is less variable than that of "
            "outbred strains [14]; their lower body weight also reduces the absolute EV amount per dose."),
        ]),
        ("methods", "2. Materials and Methods", [
            ("h", "2.1. Study design"),
            ("{{reported_sample_size_calculation|Group size was based on a power calculation (α = 0.05, power 0.8, expected BBB difference 2.5, SD 1.8)}}, "
            "which gave {{n_per_group|n = 10 rats per group}}. "
            "{{reported_randomisation|Rats were assigned to groups by block randomisation after injury}}, stratified by "
            "day-1 BBB score."),
            ("h", "2.2. Animals"),
            (f"{{{{species,strain,sex|Female Fischer 344 rats}}}} ({{{{body_weight_g|160–190{NB}g}}}}, 11–13 weeks) were "
            "housed in pairs. "
            "{{reported_welfare_compliance|The Local Ethical Committee for Animal Experiments approved the protocol (No. 44/2021), in line with Directive 2010/63/EU}}."),
            ("h", "2.3. Cells"),
            ("{{source_tissue,source_species|Mesenchymal stromal cells were isolated from the Wharton's jelly of human umbilical cords}} "
            "donated after elective caesarean section and expanded in xeno-free medium up to passage 5."),
            ("h", "2.4. EV production"),
            ("Conditioned medium (10 L per batch, 48 h) was clarified (2 000 × g, 20 min; 0.45 µm filtration) and "
            "{{isolation_method|concentrated 50-fold by tangential flow filtration (300 kDa)}}. "
            f"{{{{isolation_method|The retentate was ultracentrifuged}}}} at {{{{isolation_detail|100{TH}000 × g for 2 h}}}} "
            "(Type 45 Ti) and the pellet was resuspended in PBS with 0.1% trehalose."),
            ("h", "2.5. EV characterisation"),
            ("{{characterization|Hydrodynamic diameter was measured by dynamic light scattering}} (Zetasizer-type "
            "instrument), {{characterization|morphology by cryo-TEM}}, and "
            "{{characterization,markers|CD63, CD81, TSG101 and calnexin by western blot}}."),
            ("h", "2.6. Injury"),
            ("Anaesthesia: ketamine 75 mg/kg and medetomidine 0.5 mg/kg i.p. "
            "{{injury_level|The dorsal surface of the cord was exposed by laminectomy of T8}} and "
            "{{injury_model,injury_device|a 10 g rod was dropped from 25 mm with the MASCIS impactor}}."),
            ("h", "2.7. Treatment"),
            (f"{{{{dose|EVs (100{NB}{MU}g/kg body weight, protein)}}}} or vehicle were infused "
            "{{route,route_detail|via a femoral vein catheter}}. "
            "{{timing_post_injury_h,frequency|In the acute arm the first infusion was given 24 h after injury and repeated once weekly, four infusions in total}}. "
            "The delayed arm received the same four weekly infusions from day 28. The Injury group received vehicle "
            "on both schedules."),
            ("h", "2.8. Outcome"),
            "{{reported_blinded_assessment|Two trained examiners blind to group scored the BBB}} weekly for eight weeks.",
        ]),
        ("results", "3. Results", [
            ("h", "3.1. EV characteristics"),
            (f"{{{{size_nm|DLS gave a mean hydrodynamic diameter of 127.5{NB}nm}}}} (polydispersity index 0.21). Cryo-TEM "
            "showed round bilayered vesicles of 60–140 nm. All three positive markers were present and calnexin absent."),
            ("h", "3.2. Locomotor outcome"),
            ("Weekly BBB scores are given in Table 3. Acutely treated rats separated from the Injury group from week 3. At "
            "the end of the eighth week the acute arm averaged {s:Acute WJ-EV@56} points, compared with {s:Injury@56} "
            "after vehicle and {s:Delayed WJ-EV@56} after delayed treatment (mean ± SEM). Before day 28 the delayed arm "
            "had received vehicle only, so weeks 1–4 are a second control."),
            ("wtable", "Table 3", "BBB locomotor scores per week after contusion (mean ± SEM; n = 10 per group).",
             {"head": [["Week after injury", "Injury (vehicle)", "Acute WJ-EV", "Delayed WJ-EV"]],
              "rows": [[f"Week {int(d // 7)}"] + [f"{{s:{g}@{d:g}}}" for g in _Z_GROUPS] for d in _Z_DAYS],
              "split": 5,
              "foot": "Delayed WJ-EV: infusions on days 28, 35, 42 and 49. Acute vs Injury: P < 0.01 from week 3.",
              "widths": [0.25, 0.25, 0.25, 0.25]}),
            ("h", "3.3. Glial scar"),
            "GFAP and CSPG immunoreactivity around the lesion fell by a third after acute treatment; p-Smad3 was reduced.",
        ]),
        ("discussion", "4. Discussion", [
            ("Timing, not dose, decided the outcome here. Others gave 200 µg per rat once [5] or 1 × 10^10 particles daily "
            "[11]. {{mechanism|Acute EVs probably act by attenuating glial scar formation through inhibition of TGF-β/Smad3 signalling}} "
            "[12]. A delayed course may need a different route or a biomaterial [9]."),
            "The study has limits: one sex, one dose, no sham group, and BBB only to week 8.",
        ]),
    ],
    references=refs(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 103, 107),
    scores=Scores(outcome="BBB", err="sem",
                  groups=[("Injury", "control", 10), ("Acute WJ-EV", "treatment", 10), ("Delayed WJ-EV", "other", 10)],
                  values={"Injury": dict(zip(_Z_DAYS, [(1.8, 0.4), (3.5, 0.5), (4.9, 0.5), (5.8, 0.6), (6.4, 0.6), (6.8, 0.6), (7.1, 0.7), (7.3, 0.7)])),
                          "Acute WJ-EV": dict(zip(_Z_DAYS, [(2.0, 0.4), (4.1, 0.5), (6.3, 0.6), (7.9, 0.6), (9.0, 0.7), (9.7, 0.7), (10.2, 0.7), (10.5, 0.8)])),
                          "Delayed WJ-EV": dict(zip(_Z_DAYS, [(1.9, 0.4), (3.4, 0.5), (5.0, 0.6), (5.7, 0.6), (6.5, 0.6), (7.0, 0.7), (7.4, 0.7), (7.6, 0.7)]))}),
    back=[("Institutional review board statement", "Local Ethical Committee for Animal Experiments, No. 44/2021 (invented)."),
          ("Conflicts of interest", "{{reported_conflict_of_interest|The authors declare no conflict of interest}}.")],
    footnote=NOTICE,
)


# --------------------------------------------------------------------------- 6
# A terse short communication: one results paragraph, decimal commas, BBB only in the text
# at days 10 and 21, intrathecal catheter whose entry level is not the injury level.

ESPINOZA = Study(
    stem="espinoza2018_hpmsc_exo_intrathecal_shortcomm",
    layout="twocol",
    title="Short communication: intrathecal placental MSC exosomes after clip compression of the rat spinal cord",
    short_title="Intrathecal hPMSC-Exo",
    authors=[("Valentina", "Espinoza"), ("Matías", "Riquelme"), ("Camila", "Sepúlveda")],
    affiliations=["Laboratorio de Neurorreparación, Universidad del Pacífico Sur, Valparaíso (invented)"],
    journal="Acta Neurobiologica Australis",
    year=2018,
    volume="12:e45",
    doi="10.5555/ANA.2018.E45",
    pmid="99100306",
    pmcid="PMC9910306",
    received="2018-06-02",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male",
        "body_weight_g": {"low": 300, "high": 300}, "n_per_group": 6,
        "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T8",
        "source_tissue": "placenta", "source_species": "human",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "ExoQuick-TC",
        "characterization": ["NTA"],
        "size_nm": {"value": 88.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 10, "unit": "ug", "volume_ul": 10, "basis": "protein"},
        "route": "intrathecal", "route_detail": "lumbar intrathecal catheter",
        "frequency": {"doses": 5, "interval_h": 24}, "timing_post_injury_h": 6.0,
        "reported_welfare_compliance": True,
    },
    abstract=[
        (None, ("Placental MSC exosomes (hPMSC-Exo) were given intrathecally for 5 days after clip compression in rats. "
               "BBB scores improved at day 21.")),
    ],
    keywords=["placenta", "exosomes", "intrathecal", "clip compression"],
    sections=[
        ("intro", "Introduction", [
            ("Intrathecal delivery bypasses the lungs, where most intravenous vesicles are trapped [4]. Placenta is an "
            "abundant, ethically unproblematic MSC source."),
        ]),
        ("methods", "Methods", [
            (f"{{{{species,strain,sex|Male Sprague-Dawley rats}}}} ({{{{body_weight_g|~300{NB}g}}}}; "
            "{{n_per_group|n = 6/group}}) were used "
            "{{reported_welfare_compliance|with approval of the institutional bioethics committee (CBA-118)}}. "
            "{{injury_model,injury_device,injury_level|An aneurysm clip (20 g) compressed the cord at T8 for 60 s}}. "
            "{{isolation_method,isolation_detail|Exosomes were precipitated from conditioned medium of human placental MSCs with ExoQuick-TC}} "
            "and {{characterization|sized by NTA}}. "
            "{{source_tissue,source_species|Human placental MSCs}} came from term placentas. "
            "A PE-10 catheter was inserted at L5–L6 and advanced 3 cm rostrally. "
            f"{{{{dose,route,route_detail|hPMSC-Exo (10{NB}µg in 10{NB}µL) were injected through the lumbar intrathecal catheter}}}} "
            "{{timing_post_injury_h,frequency|daily for 5 days, beginning 6 h after injury}}; controls got 10 µL saline. "
            "BBB was scored on days 10 and 21. Mean ± SD, t-test."),
        ]),
        ("results", "Results and discussion", [
            (f"{{{{size_nm|Modal size was 88{NB}nm}}}}. "
            "On day 10 BBB did not differ (hPMSC-Exo {s:hPMSC-Exo@10|comma}; "
            "Saline {s:Saline@10|comma}). On day 21 hPMSC-Exo rats scored {s:hPMSC-Exo@21|comma} against "
            "{s:Saline@21|comma} (p = 0,03). Sham rats scored {s:Sham@21|int}. Other groups giving 100 µg intravenously "
            "reported larger effects [5]; our intrathecal dose was 10-fold lower."),
        ]),
        ("discussion", "Limitations", [
            ("Small groups, one sex, two time points, and no marker analysis. Whether the catheter tip (around T13) "
            "reached the lesion was not verified."),
        ]),
    ],
    references=refs(0, 1, 3, 7, 4),
    scores=Scores(outcome="BBB", err="sd",
                  groups=[("Sham", "sham", 6), ("Saline", "control", 6), ("hPMSC-Exo", "treatment", 6)],
                  values={"Sham": {21.0: (21.0, 0.0)},
                          "Saline": {10.0: (4.2, 1.1), 21.0: (6.1, 1.4)},
                          "hPMSC-Exo": {10.0: (4.9, 1.3), 21.0: (8.7, 1.6)}}),
    back=[("Funding", "Invented regional research fund.")],
    footnote=NOTICE,
)


# --------------------------------------------------------------------------- 7
# Both sexes, a miRNA-engineered arm beside native exosomes ("Exo" is other), groups as
# table rows in an unusual order, unusual days (5, 10) and "d" labels, BBB also in the text.

_X_DAYS = [1.0, 5.0, 10.0, 21.0, 28.0]
XAVIER = Study(
    stem="xavier2024_hbmsc_exo_mir124_bothsexes",
    layout="manuscript",
    title="miR-124-3p-enriched exosomes from human bone marrow MSCs promote microglial M2 polarisation and locomotor recovery in male and female rats after spinal cord contusion",
    short_title="Exo-miR-124 in both sexes",
    authors=[("Beatriz", "Xavier"), ("Rodrigo", "Almeida"), ("Fernanda", "Ueda"), ("Paulo", "Henrique Costa"), ("Júlia", "Moraes")],
    affiliations=["Programa de Neurociências, Universidade Federal do Planalto (invented)",
                  "Laboratório de Vesículas Extracelulares, Instituto Atlântico (invented)"],
    journal="Molecular Neurobiology Reports",
    year=2024,
    volume="31:2290–2306",
    doi="10.5555/mnr.2024.2290",
    pmid="99100307",
    pmcid="PMC9910307",
    received="2023-10-18",
    values={
        "species": "rat", "strain": "Wistar", "sex": "both",
        "body_weight_g": {"low": 200, "high": 320}, "n_per_group": 10,
        "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T9",
        "source_tissue": "bone_marrow", "source_species": "human",
        "modification": "miR-124-3p overexpression",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 × g for 2 h",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "TSG101"],
        "size_nm": {"value": 108.2, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 100, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 1.0,
        "mechanism": "miR-124-3p targeting of Ern1 to promote M2 microglial polarisation",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, ("Most studies of mesenchymal stem cell exosomes in spinal cord injury use one sex. We engineered human "
               "bone marrow MSCs to overexpress miR-124-3p and tested their exosomes (Exo-miR-124) against native "
               "exosomes (Exo) and saline in {{species,strain,sex|male and female Wistar rats}}. A single tail-vein "
               "injection 1 h after contusion improved BBB scores at 28 days (Exo-miR-124 {s:Exo-miR-124@28}; Exo "
               "{s:Exo@28}; Saline {s:Saline@28}), with no sex difference, and shifted microglia towards the M2 state.")),
    ],
    keywords=["miR-124-3p", "exosomes", "sex differences", "microglia", "spinal cord contusion"],
    sections=[
        ("intro", "Introduction", [
            ("Female rats are preferred in spinal cord injury research because bladder care is easier, and males are then "
            "left out [15]. MSC exosomes (typically 30–150 nm) carry microRNAs that can reprogramme microglia [7,14]. "
            "miR-124 is the most abundant microRNA of quiescent microglia. We asked whether loading MSC exosomes with "
            "miR-124-3p adds to the effect of native exosomes in both sexes."),
        ]),
        ("methods", "Methods", [
            ("h", "Animals and ethics"),
            ("Sixty Wistar rats (30 males, 30 females; "
            f"{{{{body_weight_g|weighing 200–320{NB}g}}}}: females 200–240 g, males 280–320 g) were used. "
            "{{reported_welfare_compliance|The Animal Use Ethics Committee (CEUA 077/2022) approved all procedures, which followed the ARRIVE 2.0 guidelines}}. "
            "{{reported_randomisation,n_per_group|Within each sex, rats were randomised to groups by a sealed-envelope list (n = 10 per group: 5 males and 5 females)}}."),
            ("h", "Cell engineering and exosome isolation"),
            ("{{source_tissue,source_species|Human bone marrow MSCs (Lonza-type commercial lot, invented)}} were transduced "
            "with a lentivirus encoding pre-miR-124-3p or an empty vector. "
            "{{modification|Exosomes from miR-124-3p-overexpressing MSCs (Exo-miR-124)}} had a 38-fold higher miR-124-3p "
            "content than exosomes from empty-vector cells (Exo). Medium was collected after 48 h, cleared at 3 000 × g and "
            "filtered (0.22 µm); "
            "{{isolation_method,isolation_detail|exosomes were pelleted by ultracentrifugation at 100,000 × g for 2 h}} "
            "and washed once."),
            ("{{characterization|Exosomes were examined by TEM}} and {{characterization|NTA (ZetaView)}}; "
            "{{characterization,markers|CD9, CD63 and TSG101 were detected by western blotting}} (rabbit monoclonal "
            "antibodies, 1:1000)."),
            ("h", "Injury and treatment"),
            ("Under isoflurane anaesthesia, {{injury_level|T9 laminectomy}} was followed by "
            "{{injury_model,injury_device|a moderate contusion (10 g, 12.5 mm) with the NYU impactor}}. "
            f"{{{{timing_post_injury_h,frequency,route,route_detail|One hour after injury, rats received a single tail vein injection}}}} "
            f"of {{{{dose|100{NB}µg exosomes (Exo or Exo-miR-124) in 100{NB}µL saline}}}}, or saline alone. BV2 cells were "
            "treated with 20 µg/mL exosomes."),
            ("h", "Locomotor assessment"),
            ("{{reported_blinded_assessment|BBB scores were given by two observers blinded to group and sex}} on d1, d5, "
            "d10, d21 and d28. Data are mean ± SD; groups and sexes were compared by three-way repeated-measures ANOVA."),
        ]),
        ("results", "Results", [
            (f"{{{{size_nm|Both preparations had a mean NTA size close to 108 nm (Exo-miR-124 108.2{NB}nm; Exo 110.5{NB}nm)}}}} "
            "and cup-shaped morphology."),
            ("Scores are shown in Table 1, pooled across sexes because the sex effect and all sex interactions were not "
            "significant (P > 0.4). Exo-miR-124 exceeded Exo from d10 (P = 0.02) and Saline from d5. At d21, "
            "{s:Exo-miR-124@21} (Exo-miR-124) versus {s:Exo@21} (Exo) and {s:Saline@21} (Saline)."),
            ("table", "Table 1", "BBB scores (mean ± SD; n = 10, 5 male + 5 female, per group).",
             {"orient": "cols", "days": _X_DAYS, "groups": ["Exo-miR-124", "Exo", "Saline", "Sham"],
              "day_fmt": lambda d: f"d{d:g}", "corner": "Group / day",
              "foot": "Sham: laminectomy only. Sex-specific values are in Supplementary Table S2."}),
            "M2 markers (Arg1, CD206) rose and Ern1 protein fell in spinal microglia after Exo-miR-124.",
        ]),
        ("discussion", "Discussion", [
            ("Loading exosomes with miR-124-3p added roughly two BBB points to native exosomes, in both sexes. Doses in the "
            "field range from 20 µg to 400 µg per rat [11]. "
            "{{mechanism|miR-124-3p appears to act by targeting Ern1 and thereby promoting M2 polarisation of microglia}}."),
        ]),
    ],
    references=refs(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 106),
    scores=Scores(outcome="BBB", err="sd",
                  groups=[("Sham", "sham", 10), ("Saline", "control", 10), ("Exo", "other", 10), ("Exo-miR-124", "treatment", 10)],
                  values={"Sham": dict(zip(_X_DAYS, [(20.7, 0.5), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)])),
                          "Saline": dict(zip(_X_DAYS, [(0.5, 0.5), (1.9, 0.9), (3.6, 1.2), (6.0, 1.4), (6.9, 1.5)])),
                          "Exo": dict(zip(_X_DAYS, [(0.6, 0.6), (2.4, 1.0), (4.5, 1.3), (7.6, 1.5), (8.8, 1.6)])),
                          "Exo-miR-124": dict(zip(_X_DAYS, [(0.6, 0.5), (2.8, 1.0), (5.9, 1.4), (9.4, 1.6), (10.9, 1.7)]))}),
    back=[("Ethics approval", "CEUA 077/2022 (invented)."),
          ("Competing interests", "{{reported_conflict_of_interest|The authors have no competing interests to declare}}.")],
    footnote=NOTICE,
)

# --------------------------------------------------------------------------- 8
# BBB only in a line plot (no rows), non-native phrasing, lesion-site injection right after
# a hemisection, and other numbers near the plot (ladder errors, grip) that are not BBB.

_F_DAYS = [1.0, 7.0, 14.0, 21.0, 28.0]
FERHAT = Study(
    stem="ferhat2021_rbmsc_exo_hemisection_figureonly",
    layout="single",
    title="Local injection of bone marrow mesenchymal stem cell exosomes into the lesion improves recovery after spinal cord hemisection in rat",
    short_title="Intralesional BMSC-Exo after hemisection",
    authors=[("Yacine", "Ferhat"), ("Nadia", "Benali"), ("Claire", "Fontaine"), ("Karim", "Haddouche")],
    affiliations=["Laboratoire de Neurosciences, Université des Hauts Plateaux, Sétif (invented)",
                  "Institut de Neurobiologie de la Loire (invented)"],
    journal="Revue Internationale de Neurochirurgie Expérimentale",
    year=2021,
    volume="48(6):655–668",
    doi="10.5555/rine.2021.655",
    pmid="99100308",
    pmcid="PMC9910308",
    received="2021-02-11",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 220, "high": 250}, "n_per_group": 8,
        "injury_model": "hemisection", "injury_level": "T10",
        "source_tissue": "bone_marrow", "source_species": "rat",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100 000 g during 70 minutes",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 92.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 10, "unit": "ug", "volume_ul": 5, "basis": "protein"},
        "route": "intralesional", "route_detail": "lesion site",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.0,
        "mechanism": "reduction of neuronal apoptosis via Bcl-2/Bax",
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, ("The exosomes of mesenchymal stem cells of bone marrow (BMSC-Exo) were injected directly in the lesion "
               "just after a left hemisection of the spinal cord of rat. The locomotor score BBB was better in the "
               "BMSC-Exo group since the second week, and the apoptosis was reduced.")),
    ],
    keywords=["hemisection", "exosomes", "intralesional", "apoptosis"],
    sections=[
        ("intro", "Introduction", [
            ("The spinal cord injury stay without curative treatment [1]. The exosomes, small vesicles of 30 to 100 nm, "
            "transport proteins and RNA between cells [2]. Systemic injection lose the most of exosomes in the liver and "
            "lung; for this reason we have chosen the injection in the lesion site."),
        ]),
        ("methods", "Material and methods", [
            ("h", "Animals"),
            (f"We have used 24 {{{{species,strain,sex|female rats Sprague-Dawley}}}} of {{{{body_weight_g|220 to 250{NB}g}}}}. "
            "{{reported_welfare_compliance|The protocol was approved by the ethics committee for animal experimentation of the university and respected the European directive 2010/63/EU}}. "
            "{{n_per_group|The rats were repartitioned in three groups of eight}}: Sham, Lesion + PBS and Lesion + BMSC-Exo."),
            ("h", "Preparation of exosomes"),
            ("{{source_tissue,source_species|The BMSC were obtained from the femurs of young Sprague-Dawley rats}} and "
            "cultivated until the passage 4. The supernatant without serum was centrifuged at 300 g, 2 000 g and 10 000 g, "
            "then {{isolation_method,isolation_detail|ultracentrifuged at 100 000 g during 70 minutes}} (two times). "
            "{{characterization|The exosomes were observed in TEM}}, {{characterization|measured by NTA}} and "
            "{{characterization,markers|the CD63, TSG101 and calnexin were searched by western blot}}."),
            ("h", "Surgery"),
            ("After anaesthesia by intraperitoneal injection of ketamine (80 mg/kg) and xylazine (10 mg/kg), "
            "{{injury_level,injury_model|a left hemisection of the spinal cord was made at T10}} with micro-scissors. "
            f"{{{{timing_post_injury_h,dose,route,route_detail|Immediately after, 5{NB}µL containing 10{NB}µg of BMSC-Exo were injected in the lesion site}}}} "
            "with a Hamilton syringe, {{frequency|in one unique injection}}. The PBS group received 5 µL of PBS."),
            ("h", "Evaluation"),
            ("The BBB score was realised at 1, 7, 14, 21 and 28 days by two persons. The ladder test was done at day 28. "
            "The results are the mean ± SEM."),
        ]),
        ("results", "Results", [
            (f"{{{{size_nm|The NTA showed a mode of 92{NB}nm}}}}; the TEM showed vesicles in cup form. CD63 and TSG101 "
            "were present, the calnexin absent."),
            ("The BBB score of the BMSC-Exo group was superior to the PBS group from the day 14 until the day 28 "
            "(Figure 3). At the ladder test, the number of errors was 11.4 ± 2.0 in the PBS group and 6.8 ± 1.5 in the "
            "BMSC-Exo group."),
            ("figure", "Figure 3", ("Evolution of the BBB score after hemisection in the three groups (mean ± SEM, n = 8). "
             "*p < 0.05 vs Lesion + PBS."), {"days": _F_DAYS, "groups": ["Sham", "Lesion + PBS", "Lesion + BMSC-Exo"]}),
            "The TUNEL positive cells were less numerous and the ratio Bcl-2/Bax was elevated in the BMSC-Exo group.",
        ]),
        ("discussion", "Discussion", [
            ("Our results agree with the studies which injected 200 µg of exosomes by the tail vein [5]. "
            "{{mechanism|The exosomes could protect the neurons by reduction of the apoptosis via the Bcl-2/Bax balance}}."),
        ]),
    ],
    references=refs(0, 1, 2, 3, 4, 5),
    scores=Scores(outcome="BBB", err="sem",
                  groups=[("Sham", "sham", 8), ("Lesion + PBS", "control", 8), ("Lesion + BMSC-Exo", "treatment", 8)],
                  values={"Sham": {d: (21.0, 0.0) for d in _F_DAYS},
                          "Lesion + PBS": dict(zip(_F_DAYS, [(9.0, 0.6), (10.8, 0.7), (12.1, 0.7), (12.9, 0.8), (13.4, 0.8)])),
                          "Lesion + BMSC-Exo": dict(zip(_F_DAYS, [(9.2, 0.6), (11.9, 0.7), (14.2, 0.8), (15.6, 0.8), (16.3, 0.8)]))}),
    back=[("Ethics", "Approved by the university ethics committee for animal experimentation (invented)."),
          ("Conflict of interest", "{{reported_conflict_of_interest|The authors declare no conflict of interest}}.")],
    notes=["BBB is reported only in a line plot (Figure 3): no outcome rows; values would have to be read off the plot."],
    footnote=NOTICE,
)

STUDIES = [ZIELINSKI, ESPINOZA, XAVIER, FERHAT]
