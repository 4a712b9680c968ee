"""Varied set, studies 1-4 (invented): agomir-loaded BMSC exosomes by caudal vein, native
Wharton's jelly sEVs intrathecally, hypoxic adipose EVs into the lesion, curcumin-loaded
placental exosomes intranasally in mice."""

from __future__ import annotations

from extgen.model import Scores, Study

from vargen.common import FOOTNOTE, REFS, dpi, post_day, scores

# ---------------------------------------------------------------------------------------
# 1. Abara 2021: miR-21 agomir electroporated into rat BMSC exosomes, caudal vein, NYU.
# ---------------------------------------------------------------------------------------
_A_GROUPS = ["Sham", "SCI + PBS", "BMSC-Exo", "miR-21-Exo"]
_A_DAYS = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]
_A = Scores(
    outcome="BBB", err="sd",
    groups=[("Sham", "sham", 10), ("SCI + PBS", "control", 10), ("BMSC-Exo", "other", 10),
            ("miR-21-Exo", "treatment", 10)],
    values=scores(_A_GROUPS, _A_DAYS, [
        [(20.8, 0.4), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)],
        [(0.4, 0.5), (1.2, 0.8), (2.9, 1.1), (4.6, 1.3), (5.8, 1.4), (6.3, 1.5)],
        [(0.5, 0.5), (1.6, 0.9), (3.8, 1.2), (6.1, 1.4), (7.7, 1.6), (8.4, 1.7)],
        [(0.6, 0.5), (2.1, 0.9), (4.9, 1.3), (7.9, 1.5), (9.6, 1.6), (10.7, 1.8)],
    ]),
)

ABARA = Study(
    stem="abara2021_rbmsc_mir21agomir_exo_caudalvein",
    layout="single",
    title="Electroporation of a miR-21 agomir into bone marrow stromal cell exosomes enhances hind-limb "
          "recovery after thoracic contusion in rats",
    short_title="miR-21-loaded exosomes after contusion",
    authors=[("Chidinma O.", "Abara"), ("Teodor", "Wikström"), ("Lin", "Jiahui"), ("Ruth A.", "Mensah-Bonsu")],
    affiliations=["Laboratory of Neural Repair, Riverbend Institute of Medical Research, Port Alder",
                  "Department of Orthopaedics, Second Lakeside Hospital, Meriton"],
    journal="Spinal Regeneration Reports",
    year=2021, volume="14(6):e0213",
    doi="10.5555/srr.2021.0213", pmid="39800211", pmcid="PMC9800211", received="2021-03-08",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 220, "high": 260},
        "n_per_group": 10,
        "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T10",
        "source_tissue": "bone_marrow", "source_species": "rat",
        "modification": "miR-21 agomir loading (electroporation)",
        "isolation_method": ["ultracentrifugation"],
        "isolation_detail": "110,000 × g 70 min, twice",
        "characterization": ["TEM", "NTA", "western_blot"],
        "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 112.4, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 200, "unit": "ug", "volume_ul": 200, "basis": "protein"},
        "route": "intravenous", "route_detail": "caudal vein",
        "frequency": {"doses": 1, "interval_h": None},
        "timing_post_injury_h": 2.0,
        "mechanism": "PTEN suppression and PI3K/AKT activation reducing neuronal apoptosis",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "MicroRNA-21 restrains apoptosis in injured neurons, but free oligonucleotides are "
         "cleared within minutes from the circulation. We asked whether exosomes from rat bone marrow "
         "mesenchymal stem cells (BMSCs) could carry a miR-21 agomir to the contused cord."),
        ("Methods", "Exosomes were purified by differential ultracentrifugation and "
         "{{modification|loaded with a miR-21 agomir by electroporation (miR-21-Exo)}}. Female SD rats "
         "received a weight-drop contusion at T10 and, two hours later, a single caudal-vein injection of "
         "miR-21-Exo, unloaded BMSC-Exo or PBS. Locomotion was rated on the BBB scale for four weeks."),
        ("Results", "miR-21-Exo raised BBB scores from the second week onwards, lowered cleaved "
         "caspase-3 and PTEN in the lesion border and increased phosphorylated AKT."),
        ("Conclusions", "Agomir-loaded exosomes are a practical carrier for miR-21 after SCI."),
    ],
    keywords=["spinal cord injury", "exosome", "miR-21", "electroporation", "PTEN", "BBB score"],
    sections=[
        ("intro", "1. Introduction", [
            "Traumatic spinal cord injury (SCI) starts a secondary cascade of ischaemia, inflammation and "
            "programmed cell death that enlarges the lesion over days [1]. Exosomes are membrane vesicles of "
            "roughly 30–150 nm released by almost every cell type [2], and their cargo of proteins and small "
            "RNAs can reprogramme recipient cells.",
            "Previous groups have injected 100 µg of mesenchymal stromal cell exosomes through the tail vein "
            "and reported modest gains on the BBB scale [5]. Loading a defined microRNA into such vesicles "
            "could sharpen that effect [6]. miR-21-5p targets PTEN and thereby releases PI3K/AKT survival "
            "signalling; here we loaded a chemically stabilised miR-21 agomir into BMSC exosomes and tested "
            "them in a standard contusion model.",
        ]),
        ("methods", "2. Materials and methods", [
            ("h", "2.1 Animals and ethics"),
            "{{species,strain,sex,body_weight_g|Adult female Sprague-Dawley rats (220–260 g)}} were obtained "
            "from the institutional breeding unit and housed in pairs under a 12-h light cycle. "
            "{{reported_welfare_compliance|All procedures were approved by the Riverbend Animal Ethics "
            "Committee (RB-2019-117) and complied with the ARRIVE guidelines.}}",
            ("h", "2.2 Culture of BMSCs"),
            "{{source_tissue,source_species|BMSCs were flushed from the femurs and tibias of 4-week-old SD "
            "rats}} and expanded in α-MEM with 10% fetal bovine serum. Passage 3–5 cells expressing CD29, "
            "CD44 and CD90 and lacking CD34 and CD45 were used. For vesicle collection the medium was replaced "
            "with exosome-depleted serum for 48 h.",
            ("h", "2.3 Exosome isolation"),
            "Conditioned medium was cleared at 300 × g for 10 min, 2,000 × g for 20 min and 10,000 × g for "
            "30 min, passed through a 0.22-µm filter and then "
            "{{isolation_method,isolation_detail|ultracentrifuged at 110,000 × g for 70 min (Type 70 Ti "
            "rotor, 4 °C); the pellet was washed in PBS and spun again at 110,000 × g for 70 min}}. Protein "
            "content was measured with a BCA kit.",
            ("h", "2.4 Agomir loading"),
            "Exosomes (100 µg protein) and 2 nmol miR-21-5p agomir (or a scrambled agomir for the unloaded "
            "control preparation) were mixed in 400 µl electroporation buffer and pulsed at 400 V, 125 µF in "
            "a 4-mm cuvette. Free agomir was removed by a further 110,000 × g spin. Loading was checked by "
            "RT-qPCR after RNase A treatment.",
            ("h", "2.5 Characterisation"),
            "{{characterization|Vesicle morphology was imaged by transmission electron microscopy (TEM), "
            "size distribution was measured by nanoparticle tracking analysis (NTA; NanoSight NS300)}} and "
            "{{characterization,markers|western blots were probed for CD9, CD63 and TSG101, with calnexin "
            "as the negative control}} (rabbit anti-CD63, 1:1000).",
            ("h", "2.6 Spinal cord injury and treatment"),
            "Rats were anaesthetised with 2% isoflurane. After a laminectomy at T9–T11, "
            "{{injury_model,injury_device,injury_level|a 10 g rod was dropped from 25 mm onto the exposed "
            "T10 segment with the NYU impactor}}. Bladders were expressed twice daily until reflex voiding "
            "returned. Sham rats underwent laminectomy only.",
            "{{reported_randomisation,n_per_group|Forty rats were randomly allocated by a computer-generated "
            "list to Sham, SCI + PBS, BMSC-Exo and miR-21-Exo groups (n = 10/group).}} "
            "{{timing_post_injury_h,route,route_detail,frequency|Two hours after contusion, each rat received "
            "a single injection into the caudal vein}} of "
            "{{dose|200 µg of exosomes (protein) suspended in 200 µl PBS}}; SCI + PBS rats received 200 µl "
            "PBS.",
            ("h", "2.7 Behavioural testing"),
            "{{reported_blinded_assessment|Hind-limb function was scored on the 21-point BBB scale by two "
            "observers blinded to treatment}} on days 1, 3, 7, 14, 21 and 28 after injury.",
            ("h", "2.8 In-vitro assays"),
            "PC12 cells exposed to H<sub>2</sub>O<sub>2</sub> (200 µM) were treated with 50 µg/ml exosomes "
            "for 24 h before TUNEL staining.",
            ("h", "2.9 Statistics"),
            "Data are mean ± SD. Groups were compared by two-way repeated-measures ANOVA with Tukey's test; "
            "P < 0.05 was considered significant.",
        ]),
        ("results", "3. Results", [
            ("h", "3.1 Vesicle characterisation"),
            "TEM showed cup-shaped vesicles. {{size_nm|NTA gave a mean diameter of 112.4 ± 18.6 nm}} and a "
            "concentration of 3.1 × 10<sup>11</sup> particles/ml. Electroporation raised vesicle miR-21-5p "
            "about 40-fold without changing the size profile.",
            ("h", "3.2 Locomotor recovery"),
            "All injured rats were paraplegic on day 1. Table 1 lists BBB scores. From day 14 onwards the "
            "miR-21-Exo group scored higher than SCI + PBS; at day 28 the score was {bbb:miR-21-Exo@28} "
            "versus {bbb:SCI + PBS@28} (P < 0.01) and {bbb:BMSC-Exo@28} in the BMSC-Exo group.",
            ("table", "Table 1", "BBB locomotor scores after T10 contusion (mean ± SD, n = 10).",
             {"orient": "groups", "days": _A_DAYS, "groups": _A_GROUPS, "day_fmt": post_day,
              "corner": "Group", "foot": "d, days after contusion."}),
            ("h", "3.3 Apoptosis and PTEN/AKT"),
            "TUNEL-positive cells at the lesion border fell by 46% in the miR-21-Exo group. PTEN protein "
            "was lower and p-AKT/AKT higher than in the PBS and BMSC-Exo groups.",
        ]),
        ("discussion", "4. Discussion", [
            "{{mechanism|Our data suggest that miR-21-Exo protect neurons by suppressing PTEN and activating "
            "PI3K/AKT signalling, which limits apoptosis}} in the penumbra. Earlier studies that used 2 × "
            "10<sup>9</sup> particles of native vesicles [5] or sizes of 50–100 nm by TEM [4] found smaller "
            "effects, although dose metrics differ.",
            "Limitations include a single dose and a four-week follow-up; female rats only were studied.",
        ]),
    ],
    back=[("Conflict of interest", "{{reported_conflict_of_interest|The authors declare no competing "
                                   "interests.}}"),
          ("Funding", "Riverbend Foundation grant RF-0917.")],
    references=REFS[0:8],
    scores=_A,
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------
# 2. Bergström 2020: native human WJ-MSC sEVs, ExoQuick-TC, IH impactor, lumbar puncture.
# ---------------------------------------------------------------------------------------
_B_GROUPS = ["Sham", "Vehicle", "WJ-sEV"]
_B_DAYS = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0, 35.0]
_B = Scores(
    outcome="BBB", err="sem",
    groups=[("Sham", "sham", 8), ("Vehicle", "control", 8), ("WJ-sEV", "treatment", 8)],
    values=scores(_B_GROUPS, _B_DAYS, [
        [(21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)],
        [(0.9, 0.3), (2.4, 0.4), (4.8, 0.5), (7.1, 0.6), (8.2, 0.6), (8.9, 0.7), (9.3, 0.7)],
        [(1.0, 0.3), (3.1, 0.5), (6.2, 0.6), (9.4, 0.7), (10.8, 0.7), (11.6, 0.8), (12.1, 0.8)],
    ]),
)

BERGSTROM = Study(
    stem="bergstrom2020_wjmsc_sev_exoquick_lumbarpuncture",
    layout="twocol",
    title="Intrathecal small extracellular vesicles from Wharton's jelly stromal cells in female rats "
          "with thoracic contusion",
    short_title="Intrathecal WJ-sEVs",
    authors=[("Elin", "Bergström"), ("Kwame", "Asante"), ("Marisol", "Quintero"), ("Henrik", "Dahl")],
    affiliations=["Section for Experimental Neurosurgery, Northfjord University Hospital, Tromvik",
                  "Centre for Cell Therapy, Northfjord University, Tromvik"],
    journal="Frontiers in Synthetic Neurotrauma",
    year=2020, volume="11:58812",
    doi="10.5555/fsn.2020.58812", pmid="39800352", pmcid="PMC9800352", received="2020-06-19",
    values={
        "species": "rat", "strain": "Wistar", "sex": "female",
        "body_weight_g": {"low": 220, "high": 250},
        "n_per_group": 8,
        "injury_model": "contusion", "injury_device": "Infinite Horizon impactor", "injury_level": "T9-T10",
        "source_tissue": "wharton_jelly", "source_species": "human",
        "modification": "none",
        "isolation_method": ["precipitation_kit"],
        "isolation_detail": "ExoQuick-TC",
        "characterization": ["DLS", "TEM", "NTA", "western_blot"],
        "markers": ["CD63", "CD81", "Alix", "calnexin"],
        "size_nm": {"value": 134.6, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 1e10, "unit": "particles", "volume_ul": 10, "basis": "particles"},
        "route": "intrathecal", "route_detail": "lumbar puncture at L5-L6",
        "frequency": {"doses": 3, "interval_h": 24},
        "timing_post_injury_h": 24.0,
        "mechanism": "shift of microglia from M1 to M2 phenotype via NF-κB inhibition",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True, "reported_welfare_compliance": True,
    },
    abstract=[
        (None, "Small extracellular vesicles (sEVs) secreted by mesenchymal stromal cells of the umbilical "
         "cord are candidate cell-free therapeutics for spinal cord injury. We isolated "
         "{{modification|unmodified sEVs}} from human Wharton's jelly MSCs (hWJ-MSCs) with a polymer "
         "precipitation reagent and gave them by lumbar puncture on three consecutive days, starting one "
         "day after an Infinite Horizon contusion of the T9–T10 cord in female Wistar rats. Treated rats "
         "recovered faster on the BBB scale from the first week, and Iba1-positive microglia "
         "near the epicentre switched towards an arginase-1-positive phenotype."),
    ],
    keywords=["Wharton's jelly", "small extracellular vesicles", "intrathecal", "microglia", "contusion"],
    sections=[
        ("intro", "Introduction", [
            "Microglia and infiltrating macrophages dominate the lesion within days of a spinal contusion "
            "[8]. Mesenchymal stromal cells dampen this response largely through what they secrete, and "
            "sEVs — conventionally 30–150 nm across [2] — carry much of that activity. Intravenous vesicles "
            "accumulate mostly in liver and spleen [5], which prompted us to try a route that places them "
            "in the cerebrospinal fluid.",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Cells"),
            "{{source_tissue,source_species|Human Wharton's jelly MSCs were isolated from three umbilical "
            "cords donated after caesarean delivery}} with written consent (ethics approval NUH-2018-44). "
            "Cells at passages 4–6 were grown in xeno-free medium; at 80% confluence they were washed and "
            "kept in serum-free medium for 48 h.",
            ("h", "Isolation of sEVs"),
            "Supernatants were cleared of cells and debris (2,000 × g, 30 min) and mixed with "
            "{{isolation_method,isolation_detail|ExoQuick-TC (System Biosciences) at 1:5 (v/v)}}. After "
            "overnight incubation at 4 °C the mixture was centrifuged at 1,500 × g for 30 min and the pellet "
            "was resuspended in sterile PBS. The vesicles received no further treatment before use.",
            ("h", "Characterisation"),
            "{{characterization,size_nm|Dynamic light scattering (Zetasizer Nano ZS) gave a hydrodynamic "
            "diameter of 134.6 ± 21.3 nm}} (polydispersity index 0.21). "
            "{{characterization|Morphology was confirmed by TEM, and particle concentration was counted by "
            "NTA}}. {{characterization,markers|Immunoblots showed CD63, CD81 and Alix, whereas calnexin was "
            "absent}}.",
            ("h", "Animals and injury"),
            "{{species,strain,sex,body_weight_g|Female Wistar rats weighing 220–250 g}} were anaesthetised "
            "with ketamine/xylazine. {{injury_level,injury_device,injury_model|After a T9 laminectomy, a "
            "150-kdyn contusion was delivered at the T9–T10 level with the Infinite Horizon impactor}} "
            "(Precision Systems). Sham animals received laminectomy only.",
            "{{reported_sample_size_calculation|Group size was set by a power calculation (α = 0.05, power "
            "0.8) on a 2.5-point BBB difference.}} {{reported_randomisation,n_per_group|Rats were "
            "randomised (sealed envelopes) into Sham, Vehicle and WJ-sEV groups (n = 8 rats per group).}}",
            ("h", "sEV administration"),
            "{{route,route_detail|Under brief isoflurane anaesthesia, a 30-G needle was inserted between "
            "the L5 and L6 spinous processes; a tail flick confirmed intrathecal placement.}} "
            "{{dose|Each injection delivered 1 × 10<sup>10</sup> particles in 10 µl PBS}}; vehicle rats "
            "received 10 µl PBS. {{timing_post_injury_h,frequency|Injections were given 24 h after injury "
            "and repeated once daily on the next two days (three injections in total).}}",
            ("h", "Behaviour and histology"),
            "{{reported_blinded_assessment|Two raters unaware of group allocation scored open-field "
            "locomotion (BBB)}} weekly after a day-1 and day-3 baseline. BV2 microglia were stimulated with "
            "LPS and exposed to 10 µg/ml sEVs in vitro.",
            "{{reported_welfare_compliance|Animal work followed Directive 2010/63/EU and was licensed by the "
            "national authority (FOTS 17722).}}",
        ]),
        ("results", "Results", [
            "Table 1 summarises the BBB scores. Differences from vehicle were significant from day 7 "
            "(two-way ANOVA, P < 0.05). No rat died or was excluded.",
            ("table", "Table 1", "Open-field BBB scores, mean ± SEM (n = 8 per group).",
             {"orient": "rows", "days": _B_DAYS, "groups": _B_GROUPS, "day_fmt": dpi,
              "corner": "Time point"}),
            "In the ventral horn, the proportion of Iba1<sup>+</sup> cells co-expressing arginase-1 rose "
            "from 18% to 41%, and nuclear p65 fell.",
        ]),
        ("discussion", "Discussion", [
            "{{mechanism|We propose that intrathecal sEVs shift microglia from an M1 towards an M2 phenotype "
            "by inhibiting NF-κB signalling}}. Intravenous regimens of 2 × 10<sup>9</sup> to 1 × "
            "10<sup>11</sup> particles have been reported [5,13]; intrathecal delivery may need less.",
        ]),
    ],
    back=[("Acknowledgements", "We thank the animal technicians of the Tromvik facility.")],
    references=REFS[1:10],
    scores=_B,
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------
# 3. Castillo 2022: hypoxic rat ADSC EVs, clip, UF + qEV, intralesional, BBB in text only.
# ---------------------------------------------------------------------------------------
_C_GROUPS = ["Sham", "SCI + vehicle", "N-EV", "H-EV"]
_C_DAYS = [7.0, 14.0, 28.0, 42.0]
_C = Scores(
    outcome="BBB", err="sem",
    groups=[("Sham", "sham", 10), ("SCI + vehicle", "control", 10), ("N-EV", "other", 10),
            ("H-EV", "treatment", 10)],
    values=scores(_C_GROUPS, _C_DAYS, [
        [(21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)],
        [(2.2, 0.4), (4.1, 0.5), (6.0, 0.6), (6.8, 0.6)],
        [(2.9, 0.5), (5.3, 0.6), (7.6, 0.6), (8.5, 0.7)],
        [(3.8, 0.5), (6.9, 0.6), (9.8, 0.7), (10.9, 0.7)],
    ]),
)

CASTILLO = Study(
    stem="castillo2022_hypoxic_radsc_ev_clip_intralesional",
    layout="single",
    title="Extracellular vesicles from hypoxia-conditioned adipose stromal cells injected into the lesion "
          "improve recovery after clip compression of the rat spinal cord",
    short_title="Hypoxic ADSC-EVs after clip compression",
    authors=[("Lucía", "Castillo-Reyes"), ("Oluwaseun", "Adeyemi"), ("Pavel", "Horák")],
    affiliations=["Instituto de Neurociencia Aplicada, Universidad del Valle Alto, Sierra Clara"],
    journal="Journal of Translational Neurorepair",
    year=2022, volume="9(2):144–158",
    doi="10.5555/jtn.2022.0144", pmid="39800473", pmcid="PMC9800473", received="2021-11-30",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male",
        "body_weight_g": {"low": 250, "high": 300},
        "n_per_group": 10,
        "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T10",
        "source_tissue": "adipose", "source_species": "rat",
        "modification": "hypoxic preconditioning",
        "isolation_method": ["ultrafiltration", "size_exclusion"],
        "isolation_detail": "Amicon Ultra-15 100 kDa; qEVoriginal/70 nm",
        "characterization": ["NTA", "TEM", "western_blot"],
        "markers": ["CD9", "CD81", "TSG101", "GM130"],
        "size_nm": {"value": 121.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 5, "unit": "ug", "volume_ul": 4, "basis": "protein"},
        "route": "intralesional", "route_detail": "intraspinal microinjection at the lesion",
        "frequency": {"doses": 1, "interval_h": None},
        "timing_post_injury_h": 0.0,
        "mechanism": "HIF-1α-driven VEGF cargo promoting angiogenesis",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
    },
    abstract=[
        ("Objective", "To test whether {{modification|preconditioning adipose-derived stromal cells "
         "(ADSCs) in 1% O<sub>2</sub> for 48 h}} changes the reparative effect of their extracellular "
         "vesicles (EVs) after compressive spinal cord injury."),
        ("Methods", "EVs from normoxic (N-EV) or hypoxic (H-EV) rat ADSCs were enriched by ultrafiltration "
         "and size-exclusion chromatography. Male rats with a 1-min clip compression received a single "
         "microinjection of EVs into the lesion immediately after injury."),
        ("Results", "H-EV rats regained more hind-limb function than vehicle-treated or N-EV rats over six "
         "weeks; vessel density in the epicentre doubled."),
    ],
    keywords=["adipose-derived stromal cells", "hypoxia", "extracellular vesicles", "angiogenesis",
              "clip compression"],
    sections=[
        ("intro", "Introduction", [
            "Loss of microvasculature after spinal cord compression starves spared tissue [12]. Cells cultured "
            "at low oxygen stabilise HIF-1α and package more pro-angiogenic factors into their vesicles [7]. "
            "Most EV studies in SCI have used the intravenous route with 100–200 µg per rat; local delivery "
            "into the cord has received less attention.",
        ]),
        ("methods", "Methods", [
            ("h", "Isolation and culture of ADSCs"),
            "{{source_tissue,source_species|Adipose stromal cells were obtained from the inguinal fat pads "
            "of male Sprague-Dawley rats}} by collagenase I digestion and used at passage 3–4. For hypoxic "
            "conditioning, cultures were placed in a tri-gas incubator (1% O<sub>2</sub>, 5% CO<sub>2</sub>) "
            "for 48 h in EV-depleted medium; normoxic controls were kept at 21% O<sub>2</sub>.",
            ("h", "EV enrichment"),
            "After removal of cells (500 × g, 10 min) and debris (3,000 × g, 20 min), the medium was "
            "{{isolation_method,isolation_detail|concentrated on Amicon Ultra-15 100 kDa filters and "
            "fractionated on qEVoriginal/70 nm size-exclusion columns (Izon)}}; fractions 7–9 were pooled "
            "and concentrated again on 100 kDa filters. Protein was measured by micro-BCA.",
            ("h", "EV characterisation"),
            "{{characterization|Particles were sized by NTA (ZetaView PMX-110) and imaged by TEM after "
            "negative staining}}. {{characterization,markers|Western blotting detected CD9, CD81 and "
            "TSG101; the Golgi marker GM130 was not detected}}.",
            ("h", "Clip compression model"),
            "{{species,strain,sex,body_weight_g|Male Sprague-Dawley rats (250–300 g)}} were anaesthetised "
            "with isoflurane and a laminectomy was performed at the level of "
            "{{injury_level|the tenth thoracic vertebra}}. "
            "{{injury_model,injury_device|A modified aneurysm clip (30 g closing force) was applied "
            "extradurally for 1 min}}. Sham rats had the laminectomy alone.",
            ("h", "Groups and EV delivery"),
            "{{n_per_group|Animals were assigned to Sham, SCI + vehicle, N-EV and H-EV groups, 10 rats in "
            "each group.}} {{route,route_detail,timing_post_injury_h,frequency|Immediately after clip "
            "removal, a single intraspinal microinjection was made at the lesion}} with a pulled glass "
            "pipette: two sites 1 mm rostral and 1 mm caudal to the epicentre, 0.8 mm lateral to the midline, "
            "1.2 mm deep, 2 µl per site at 0.5 µl/min. "
            "{{dose|In total each rat received 5 µg of EV protein in 4 µl}}; controls received 4 µl PBS.",
            ("h", "Outcome assessment"),
            "{{reported_blinded_assessment|BBB scores were obtained weekly by an examiner blinded to group "
            "identity}} for six weeks. {{reported_welfare_compliance|The protocol was approved by the "
            "Institutional Committee for Animal Care (CICUAL-2020-031).}} HUVEC tube formation was tested "
            "with 20 µg/ml EVs.",
        ]),
        ("results", "Results", [
            ("h", "EV properties"),
            "Both preparations showed round, membrane-bound vesicles by TEM. "
            "{{size_nm|The modal size measured by NTA was 121 nm for H-EV}} (118 nm for N-EV), and yield per "
            "million cells rose 1.6-fold under hypoxia.",
            ("h", "Locomotor function"),
            "One week after injury the H-EV group scored {bbb:H-EV@7} on the BBB scale, against "
            "{bbb:SCI + vehicle@7} in SCI + vehicle rats and {bbb:N-EV@7} with N-EV. The gap widened at "
            "week 2 (H-EV {bbb:H-EV@14}; vehicle {bbb:SCI + vehicle@14}) and at week 4 (H-EV {bbb:H-EV@28}; "
            "N-EV {bbb:N-EV@28}; vehicle {bbb:SCI + vehicle@28}). By week 6 H-EV rats reached "
            "{bbb:H-EV@42} compared with {bbb:SCI + vehicle@42} in the vehicle group and {bbb:N-EV@42} with "
            "N-EV (mean ± SEM). Sham rats scored 21 throughout.",
            ("figure", "Figure 2", "Time course of BBB scores (mean; error bars omitted for clarity).",
             {"days": _C_DAYS, "groups": _C_GROUPS, "x": "weeks"}),
            "CD31<sup>+</sup> vessel density in the epicentre was twice that of vehicle-treated cords.",
        ]),
        ("discussion", "Discussion", [
            "{{mechanism|Hypoxic conditioning enriched the vesicles in HIF-1α-dependent VEGF, which we "
            "believe drives the angiogenesis}} and sparing seen here. Others have reported modal sizes near "
            "100 nm for adipose EVs [4] and used doses of 50 µg/kg intravenously [13]; our local dose was far "
            "smaller.",
        ]),
    ],
    back=[("Data availability", "Data are available from the corresponding author on request.")],
    references=REFS[2:14],
    scores=_C,
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------
# 4. Dlamini 2023: curcumin-loaded human placental exosomes, intranasal, mouse hemisection.
# ---------------------------------------------------------------------------------------
_D_GROUPS = ["Sham", "Hx + PBS", "Exo", "Cur-Exo"]
_D_DAYS = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]
_D = Scores(
    outcome="BMS", err="sd",
    groups=[("Sham", "sham", 6), ("Hx + PBS", "control", 6), ("Exo", "other", 6), ("Cur-Exo", "treatment", 6)],
    values=scores(_D_GROUPS, _D_DAYS, [
        [(9.0, 0.0), (9.0, 0.0), (9.0, 0.0), (9.0, 0.0), (9.0, 0.0), (9.0, 0.0)],
        [(0.5, 0.4), (1.1, 0.5), (2.0, 0.6), (2.8, 0.7), (3.3, 0.7), (3.5, 0.8)],
        [(0.6, 0.4), (1.3, 0.5), (2.5, 0.6), (3.5, 0.7), (4.1, 0.8), (4.4, 0.8)],
        [(0.7, 0.5), (1.6, 0.6), (3.1, 0.7), (4.4, 0.8), (5.2, 0.8), (5.6, 0.9)],
    ]),
)

DLAMINI = Study(
    stem="dlamini2023_hpmsc_curcumin_exo_intranasal_mouse",
    layout="twocol",
    title="Intranasal curcumin-loaded placental MSC exosomes limit neuroinflammation after spinal cord "
          "hemisection in mice",
    short_title="Intranasal Cur-Exo in mice",
    authors=[("Nomvula", "Dlamini"), ("Jun-ho", "Park"), ("Beatriz", "Salgado"), ("Ahmed", "Farouk"),
             ("Imke", "Vos")],
    affiliations=["Department of Physiology, Cape Meridian University, Kaapstad",
                  "Nanomedicine Unit, Hanbit Institute of Science, Daegwang"],
    journal="Neural Repair and Nanotherapy",
    year=2023, volume="7:101342",
    doi="10.5555/nrn.2023.101342", pmid="39800594", pmcid="PMC9800594", received="2022-12-02",
    values={
        "species": "mouse", "strain": "C57BL/6", "sex": "female",
        "body_weight_g": {"low": 18, "high": 22},
        "n_per_group": 6,
        "injury_model": "hemisection", "injury_level": "T10",
        "source_tissue": "placenta", "source_species": "human",
        "modification": "curcumin loading (sonication)",
        "isolation_method": ["ultracentrifugation", "density_gradient"],
        "isolation_detail": "100,000 × g 90 min; iodixanol 5–40% gradient 100,000 × g 18 h",
        "characterization": ["TEM", "NTA", "western_blot"],
        "markers": ["CD9", "CD63", "HSP70", "calnexin"],
        "size_nm": {"value": 96.0, "low": 50, "high": 150, "stat": "mean", "method": "TEM"},
        "dose": {"amount": 20, "unit": "ug", "volume_ul": 20, "basis": "protein"},
        "route": "intranasal", "route_detail": "nasal drops",
        "frequency": {"doses": 7, "interval_h": 24},
        "timing_post_injury_h": 24.0,
        "mechanism": "inhibition of NLRP3 inflammasome activation in microglia",
        "reported_blinded_assessment": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Curcumin is anti-inflammatory but poorly bioavailable. We "
         "{{modification|loaded curcumin into exosomes from human placental mesenchymal stem cells "
         "(hPMSCs) by sonication}} (Cur-Exo) and gave them as nose drops, once a day for a week, to "
         "female C57BL/6 mice with a lateral hemisection at T10. Cur-Exo improved Basso Mouse Scale (BMS) "
         "scores at 28 days compared with PBS and with empty exosomes, and reduced NLRP3, cleaved "
         "caspase-1 and IL-1β in the cord."),
    ],
    keywords=["placenta", "exosome", "curcumin", "intranasal", "hemisection", "BMS"],
    sections=[
        ("intro", "Introduction", [
            "Intranasal delivery bypasses the blood–brain and blood–spinal cord barriers for small "
            "particles [9]. Exosomes, nanovesicles typically 40–160 nm wide, can be loaded with hydrophobic "
            "drugs. Free curcumin at 10–50 mg/kg has been given intraperitoneally after SCI with variable "
            "results [16].",
        ]),
        ("methods", "Methods", [
            ("h", "hPMSC culture and exosome purification"),
            "{{source_tissue,source_species|hPMSCs were isolated from the chorionic villi of term human "
            "placentas}} (ethics approval CMU-HREC 402/2021) and used at passage 4. Conditioned medium "
            "(72 h, exosome-free) was cleared at 2,000 × g and 10,000 × g, then "
            "{{isolation_method,isolation_detail|pelleted at 100,000 × g for 90 min and floated on an "
            "iodixanol (OptiPrep) 5–40% gradient at 100,000 × g for 18 h}}; the 1.10–1.18 g/ml fractions were "
            "collected and washed.",
            ("h", "Curcumin loading"),
            "Exosomes (200 µg) were mixed with curcumin (200 µg, in 2% DMSO) and sonicated (20% amplitude, "
            "six cycles of 30 s on/150 s off) on ice, then incubated for 1 h at 37 °C to restore membranes. "
            "Unbound drug was removed on a desalting column. Empty exosomes (Exo) were sonicated without "
            "curcumin.",
            ("h", "Characterisation"),
            "{{characterization|Vesicles were examined by TEM and NTA (NanoSight LM10)}}; "
            "{{characterization,markers|CD9, CD63 and HSP70 were detected by western blot, calnexin was "
            "not}}. Loading efficiency was 11.3% by HPLC.",
            ("h", "Animals, injury and treatment"),
            "{{species,strain,sex,body_weight_g|Female C57BL/6 mice, 8–10 weeks old (18–22 g),}} were "
            "anaesthetised with isoflurane. {{injury_model,injury_level|A left lateral hemisection was made "
            "at T10 with microscissors}} after laminectomy; sham mice underwent laminectomy alone. "
            "{{n_per_group|Mice were divided into four groups (n = 6): Sham, Hx + PBS, Exo and Cur-Exo.}}",
            "{{route,route_detail,dose|Under light anaesthesia, mice received 20 µg of exosomes in 20 µl PBS "
            "as nasal drops (10 µl per nostril, 2 µl every 2 min)}}. "
            "{{timing_post_injury_h,frequency|Dosing began 1 d after injury and was repeated daily for 7 "
            "days.}} Hx + PBS mice received PBS drops.",
            ("h", "Functional testing"),
            "{{reported_blinded_assessment|Hind-limb locomotion was scored on the 9-point BMS by two "
            "investigators blind to treatment}} on days 1, 3, 7, 14, 21 and 28. BV2 cells were primed with "
            "LPS and treated with 5 µg/ml Cur-Exo.",
        ]),
        ("results", "Results", [
            "{{size_nm|By TEM, exosome diameters ranged from 50 to 150 nm with a mean of 96 nm}}; loading "
            "did not change the profile and NTA gave a concentration of 4.5 × 10<sup>11</sup> particles/ml.",
            "Cur-Exo mice regained plantar stepping earlier than the other injured groups (Table 2).",
            ("table", "Table 2", "BMS scores of the four groups (mean ± SD).",
             {"orient": "groups", "days": _D_DAYS, "groups": _D_GROUPS, "day_fmt": dpi,
              "corner": "Group"}),
            "At 28 dpi the Cur-Exo group scored {bbb:Cur-Exo@28} compared with {bbb:Hx + PBS@28} in Hx + PBS "
            "mice. NLRP3 and IL-1β protein fell by about half.",
        ]),
        ("discussion", "Discussion", [
            "{{mechanism|Cur-Exo appear to act by inhibiting NLRP3 inflammasome activation in microglia}}. "
            "Reported exosome sizes for placental cells range from 30 to 120 nm [2]; our TEM values fit this.",
        ]),
    ],
    back=[("Competing interests", "{{reported_conflict_of_interest|None declared.}}")],
    references=REFS[6:15],
    scores=_D,
    footnote=FOOTNOTE,
)

STUDIES = [ABARA, BERGSTROM, CASTILLO, DLAMINI]
