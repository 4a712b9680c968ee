"""Studies 6-10 of the external corpus (invented; phrasing deliberately varied)."""

from __future__ import annotations

from extgen.common import FOOTNOTE, GMU, MINUS, MU, NB, POOL, TH, flat, wk_fmt
from extgen.model import Scores, Study

# ---------------------------------------------------------------------------------------------
# 6. Two columns, hypoxia-preconditioned exosomes, hemisection, intralesional; BBB ONLY in a figure.
D6 = [1.0, 7.0, 14.0, 21.0, 28.0]
PETROV = Study(
    stem="petrov2021_hypoxic_hbmsc_exo_hemisection",
    layout="twocol",
    title="Hypoxia-preconditioned bone marrow MSC exosomes injected into the lesion enhance angiogenesis after spinal cord hemisection",
    short_title="Hypoxic MSC exosomes after hemisection",
    authors=[("Dmitri", "Petrov"), ("Amara", "Nwosu"), ("Felix", "Brandt")],
    affiliations=["Institute of Experimental Medicine, Ostrava-Nord Research Campus"],
    journal="Spinal Cord Biology",
    year=2021,
    volume="22:101–117",
    doi="10.5555/scb.2021.22.101",
    pmid="99100006",
    pmcid="PMC99100006",
    received="2021-08-30",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 250, "high": 280},
        "n_per_group": 9, "injury_model": "hemisection", "injury_level": "T9",
        "source_tissue": "bone_marrow", "source_species": "human", "modification": "hypoxic preconditioning",
        "isolation_method": ["ultrafiltration", "ultracentrifugation"], "isolation_detail": "120,000 g 90 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "TSG101", "HSP70"],
        "size_nm": {"value": 87.5, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 50, "unit": "ug", "volume_ul": 10, "basis": "protein"},
        "route": "intralesional", "route_detail": "lesion site",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.0,
        "mechanism": "HIF-1α/VEGF-mediated angiogenesis",
        "reported_welfare_compliance": True,
    },
    abstract=[(None, "Hypoxic preconditioning changes the cargo of MSC vesicles. We compared exosomes from human bone marrow MSCs cultured in normoxia (N-Exo) or hypoxia (H-Exo) after injecting them directly into a thoracic hemisection in rats. H-Exo increased CD31-positive vessel density and ipsilateral hindlimb scores more than N-Exo, consistent with {{mechanism|HIF-1α/VEGF-mediated angiogenesis}}.")],
    keywords=["hypoxia", "exosomes", "angiogenesis", "hemisection", "VEGF"],
    sections=[
        ("intro", "Introduction", [
            "Vascular loss precedes much of the neuronal death after spinal cord injury [6,16]. Culturing MSCs at low oxygen increases vesicle release and enriches pro-angiogenic microRNAs [9]; such vesicles are small (30–150 nm) and stable in tissue [2].",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals"),
            f"{{{{species,strain,sex,body_weight_g|Male Sprague-Dawley rats weighing 250–280{NB}g}}}} were used ({{{{n_per_group|n = 9 per group}}}}; Sham, SCI+PBS, N-Exo, H-Exo). {{{{reported_welfare_compliance|Experiments complied with Directive 2010/63/EU and were approved by the regional ethics committee (MZP-2020-17)}}}}.",
            ("h", "Hemisection"),
            f"Following laminectomy, {{{{injury_model,injury_level|a right lateral hemisection was made at the T9 level}}}} with microscissors, and completeness was checked under the microscope.",
            ("h", "Cell culture and preconditioning"),
            f"{{{{source_tissue,source_species|Human bone marrow MSCs (commercial, donor age 24 years)}}}} were grown to 70% confluence. {{{{modification|For H-Exo, cells were hypoxia-preconditioned (1% O<sub>2</sub>, 48 h)}}}} in a tri-gas incubator; N-Exo cells stayed at 21% O<sub>2</sub>.",
            ("h", "Exosome isolation"),
            f"Supernatants were passed through 0.22-{MU}m filters, {{{{isolation_method|concentrated with 100-kDa ultrafiltration units}}}} and {{{{isolation_method,isolation_detail|ultracentrifuged at 120{TH}000 × g for 90 min}}}} at 4{NB}°C. {{{{characterization|TEM}}}}, {{{{characterization|nanoparticle tracking}}}} and {{{{characterization,markers|immunoblotting for CD63, TSG101 and HSP70}}}} were performed as recommended [4].",
            ("h", "Local injection"),
            f"{{{{dose,route,route_detail,timing_post_injury_h|Immediately after hemisection, 50{NB}{MU}g exosomes in 10{NB}{MU}l PBS were injected into the lesion site}}}} with a glass micropipette (two deposits, 1 mm apart). {{{{frequency|No further doses were given}}}}.",
            ("h", "Assessment"),
            "Ipsilateral hindlimb function was scored with the BBB scale on days 1, 7, 14, 21 and 28. Data are presented as mean ± SEM (GraphPad Prism 8; two-way ANOVA).",
        ]),
        ("results", "Results", [
            f"{{{{size_nm|Nanoparticle tracking gave a mean size of 87.5{NB}nm}}}} for H-Exo and 91.2 nm for N-Exo; yields per cell were 1.8-fold higher after hypoxia.",
            ("figure", "Figure 2", "Ipsilateral BBB scores after hemisection in the four groups (mean ± SEM, n = 9). H-Exo differed from SCI+PBS from day 14 (P < 0.01) and from N-Exo at day 28 (P < 0.05).",
             {"days": D6, "groups": ["Sham", "SCI+PBS", "N-Exo", "H-Exo"]}),
            "CD31<sup>+</sup> vessels in the lesion border were 1.9-fold denser in H-Exo than in SCI+PBS rats at day 14, and VEGF-A and HIF-1α proteins were elevated.",
        ]),
        ("discussion", "Discussion", [
            "Local delivery avoids systemic losses; intravenous studies commonly use 200 μg [5]. Because hemisection spares the contralateral cord, absolute BBB values are higher than after contusion, and effects should be compared with caution.",
        ]),
    ],
    references=POOL[1:2] + POOL[3:6] + POOL[8:9] + POOL[15:16],
    scores=Scores("BBB", "sem", [("Sham", "sham", 9), ("SCI+PBS", "control", 9), ("N-Exo", "other", 9), ("H-Exo", "treatment", 9)], {
        "Sham": flat("Sham", D6, [(21.0, 0.0)] * 5),
        "SCI+PBS": flat("SCI+PBS", D6, [(2.1, 0.5), (7.4, 0.8), (10.2, 0.9), (11.8, 0.8), (12.6, 0.9)]),
        "N-Exo": flat("N-Exo", D6, [(2.3, 0.6), (8.1, 0.7), (11.4, 0.8), (13.0, 0.9), (13.9, 0.8)]),
        "H-Exo": flat("H-Exo", D6, [(2.2, 0.5), (8.9, 0.8), (12.9, 0.9), (14.6, 0.8), (15.8, 0.9)]),
    }),
    notes=["BBB scores are reported only in Figure 2 (a line plot); no numeric values in text or tables."],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------------
# 7. Single column, MOUSE, complete transection, sEVs in a hydrogel, TEM range only, BMS in the text (SD).
OSEI = Study(
    stem="osei2024_wjmsc_sev_gelma_transection_mouse",
    layout="single",
    title="A GelMA hydrogel loaded with Wharton's jelly MSC small extracellular vesicles bridges complete spinal cord transection in mice",
    short_title="sEV hydrogel after transection",
    authors=[("Kofi", "Osei"), ("Elena", "Marchetti"), ("Priya", "Raman"), ("Jonas", "Weber")],
    affiliations=["Biomaterials and Neural Engineering Group, Harbourview Technical University, Harbourview"],
    journal="Biomaterials for Neural Regeneration",
    year=2024,
    volume="3:e240118",
    doi="10.5555/bnr.2024.e240118",
    pmid="99100007",
    pmcid="PMC99100007",
    received="2024-01-18",
    values={
        "species": "mouse", "strain": "C57BL/6", "sex": "female", "body_weight_g": {"low": 18, "high": 22},
        "n_per_group": 6, "injury_model": "transection", "injury_level": "T10",
        "source_tissue": "wharton_jelly", "source_species": "human",
        "isolation_method": ["ultracentrifugation", "density_gradient"], "isolation_detail": "100,000 g 120 min; iodixanol gradient",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD81", "TSG101"],
        "size_nm": {"value": None, "low": 50, "high": 160, "stat": None, "method": "TEM"},
        "dose": {"amount": 10, "unit": "ug", "volume_ul": 5, "basis": "protein"},
        "route": "implanted_biomaterial", "route_detail": "hydrogel",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.0,
        "mechanism": "bridging the lesion and promoting axon regeneration",
        "reported_blinded_assessment": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Complete transection leaves a gap that axons cannot cross. We embedded small extracellular vesicles (sEVs) from Wharton's jelly mesenchymal stromal cells in a photo-crosslinked gelatin methacryloyl (GelMA) hydrogel and implanted it into the gap in mice. Over six weeks the sEV-loaded gel improved Basso Mouse Scale (BMS) scores, reduced the fibrotic scar and increased 5-HT-positive fibres caudal to the lesion, suggesting that the construct works by {{mechanism|bridging the lesion and promoting axon regeneration}}."),
    ],
    keywords=["hydrogel", "small extracellular vesicles", "Wharton's jelly", "transection", "mouse"],
    sections=[
        ("intro", "Introduction", [
            "Vesicles injected into the circulation are cleared within hours [11]. Hydrogels can hold them in place and release them over days [10]. Exosome-sized vesicles, commonly 30–150 nm, diffuse slowly through GelMA networks with pore sizes above 1 µm [10].",
        ]),
        ("methods", "Methods", [
            ("h", "Mice"),
            f"{{{{species,strain,sex|Female C57BL/6J mice}}}} aged 8 weeks ({{{{body_weight_g|18–22{NB}g}}}}) were used. Groups were Sham, SCI (transection only), Gel (empty hydrogel) and Gel+sEV, {{{{n_per_group|with six mice per group}}}} for behaviour.",
            ("h", "Transection and implantation"),
            f"Under isoflurane, {{{{injury_model,injury_level|the cord was completely transected at T10}}}} with a microblade, removing a 1-mm segment. {{{{route,route_detail,timing_post_injury_h|The GelMA hydrogel (with or without sEVs) was injected into the gap immediately and crosslinked in situ with blue light}}}} for 30 s.",
            ("h", "sEV preparation"),
            f"{{{{source_tissue,source_species|MSCs were derived from Wharton's jelly of human umbilical cords}}}} by explant culture. Conditioned medium was cleared (2{TH}000 × g, 10{TH}000 × g) and {{{{isolation_method,isolation_detail|ultracentrifuged at 100{TH}000 × g for 120 min; the pellet was floated on an iodixanol gradient}}}} (OptiPrep 5–40%), and the 1.10 g/ml fractions were collected and washed.",
            f"{{{{characterization|TEM}}}}, {{{{characterization|NTA}}}} and {{{{characterization,markers|western blots (CD9, CD81, TSG101)}}}} were used to characterise the preparation.",
            ("h", "Loading"),
            f"{{{{dose|Each 5-{GMU}l implant contained 10{NB}{GMU}g sEVs}}}} (protein by BCA). {{{{frequency|The implant was placed once}}}}; release in vitro was 60% over 7 days.",
            ("h", "Behaviour"),
            "{{reported_blinded_assessment|Hindlimb function was rated with the BMS by two observers unaware of group allocation}} at days 1, 7, 14, 28 and 42. Values are mean ± SD; repeated-measures ANOVA.",
        ]),
        ("results", "Results", [
            f"{{{{size_nm|TEM showed vesicles with diameters of 50–160{NB}nm}}}} and a double membrane; NTA detected 4.2 × 10<sup>10</sup> particles/ml.",
            "All injured mice had BMS 0 at day 1. At day 28 the Gel+sEV group scored {bbb:Gel+sEV@28} versus {bbb:SCI@28} in the SCI group and {bbb:Gel@28} with empty gel. By day 42, Gel+sEV mice reached {bbb:Gel+sEV@42}, while SCI mice remained at {bbb:SCI@42}.",
            ("figure", "Figure 4", "BMS of SCI and Gel+sEV mice at 4 and 6 weeks (mean ± SD, n = 6).",
             {"days": [28.0, 42.0], "groups": ["SCI", "Gel+sEV"], "x": "weeks"}),
            "Collagen I-positive scar area fell by a third, and 5-HT fibres were found up to 2 mm caudal to the implant only in Gel+sEV mice.",
        ]),
        ("discussion", "Discussion", [
            "The construct gave a modest gain in BMS after complete transection, which is a stringent model. Intravenous exosomes at 200 μg in rats [5] cannot be directly compared with local implants.",
        ]),
    ],
    references=POOL[1:2] + POOL[4:5] + POOL[9:11],
    scores=Scores("BMS", "sd", [("SCI", "control", 6), ("Gel", "other", 6), ("Gel+sEV", "treatment", 6)], {
        "SCI": {28.0: (1.2, 0.5), 42.0: (1.5, 0.6)},
        "Gel": {28.0: (1.6, 0.7)},
        "Gel+sEV": {28.0: (3.1, 0.8), 42.0: (3.9, 0.9)},
    }),
    back=[("Conflict of interest", "{{reported_conflict_of_interest|None declared}}.")],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------------
# 8. Two columns, dental pulp, both sexes, precipitation reagent, median NTA, cells-equivalent dose,
#    jugular vein twice 72 h apart, BBB in the text as "mean (SD)".
ACHTERBERG = Study(
    stem="achterberg2022_dpsc_exo_jugular_weightdrop",
    layout="twocol",
    title="Dental pulp stem cell exosomes given twice via the jugular vein reduce TLR4 signalling after thoracic spinal cord injury in male and female rats",
    short_title="DPSC exosomes after SCI",
    authors=[("Sanne", "Achterberg"), ("Rafael", "Quintero"), ("Nadia", "Haidari")],
    affiliations=["Department of Oral Biology, Polderstad University, Polderstad", "Neurotrauma Unit, Polderstad University Medical Centre"],
    journal="Oral Stem Cells and Neural Repair",
    year=2022,
    volume="4(1):33–48",
    doi="10.5555/oscnr.2022.4.33",
    pmid="99100008",
    pmcid="PMC99100008",
    received="2022-09-12",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "both", "body_weight_g": {"low": 240, "high": 260},
        "n_per_group": 12, "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T11",
        "source_tissue": "dental_pulp", "source_species": "human",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "Total Exosome Isolation reagent",
        "characterization": ["TEM", "NTA", "flow_cytometry"], "markers": ["CD63", "CD9", "Alix"],
        "size_nm": {"value": 112.0, "low": None, "high": None, "stat": "median", "method": "NTA"},
        "dose": {"amount": 1e6, "unit": "cells_equivalent", "volume_ul": 250, "basis": None},
        "route": "intravenous", "route_detail": "jugular vein",
        "frequency": {"doses": 2, "interval_h": 72}, "timing_post_injury_h": 24.0,
        "mechanism": "inhibition of TLR4/MyD88/NF-κB signalling",
        "reported_randomisation": True, "reported_conflict_of_interest": True,
    },
    abstract=[(None, "Stem cells from human dental pulp (DPSCs) secrete vesicles with anti-inflammatory activity. Sprague–Dawley rats of both sexes received a weight-drop injury and, from 24 h, two intravenous doses of DPSC exosomes or vehicle. Exosome-treated rats regained more hindlimb function by six weeks, with lower TLR4, MyD88 and phosphorylated p65 in the lesion, pointing to {{mechanism|inhibition of TLR4/MyD88/NF-κB signalling}}. No sex differences were detected.")],
    keywords=["dental pulp stem cells", "exosomes", "TLR4", "sex as a biological variable"],
    sections=[
        ("intro", "1. Background", [
            "Toll-like receptor 4 senses damage-associated molecules released from necrotic tissue and drives early inflammation after spinal cord injury [7]. DPSCs derive from the neural crest, and their secretome supports neurite outgrowth [15]. Many preclinical studies use only one sex, limiting generalisability [12].",
        ]),
        ("methods", "2. Materials and methods", [
            ("h", "2.1. Animals and allocation"),
            f"We used {{{{species,strain,sex|Sprague–Dawley rats of both sexes (six males and six females per group)}}}}, {{{{body_weight_g|240–260{NB}g}}}} at surgery. Only two groups were compared (Vehicle and DPSC-Exo), {{{{n_per_group|n = 12 per group}}}}, with equal numbers of each sex; {{{{reported_randomisation|allocation was randomised by coin toss within sex}}}}.",
            ("h", "2.2. Injury"),
            f"A laminectomy exposed the cord {{{{injury_level|at the level of the eleventh thoracic vertebra (T11)}}}}, and {{{{injury_model,injury_device|contusion was induced with a modified Allen's weight-drop apparatus (10{NB}g, 50{NB}mm)}}}}.",
            ("h", "2.3. DPSC culture and exosome isolation"),
            f"{{{{source_tissue,source_species|DPSCs were isolated from the pulp of human third molars extracted for orthodontic reasons}}}}. After 48 h in exosome-free medium, supernatant was mixed with {{{{isolation_method,isolation_detail|Total Exosome Isolation reagent (Invitrogen)}}}}, incubated overnight and centrifuged at 10{TH}000 × g for 1 h.",
            f"{{{{characterization|Negative-stain TEM}}}} and {{{{characterization|NTA (NanoSight NS300)}}}} were performed, and {{{{characterization,markers|bead-bound exosomes were analysed by flow cytometry for CD63 and CD9}}}}; Alix was detected by immunoblot.",
            ("h", "2.4. Dosing"),
            f"{{{{dose|Each dose consisted of exosomes derived from 1 × 10<sup>6</sup> DPSCs resuspended in 250{NB}{MU}l saline}}}}, {{{{route,route_detail|infused into the right jugular vein}}}} via a catheter. {{{{frequency,timing_post_injury_h|Rats were dosed twice, at 24 h and 96 h after injury (72 h apart)}}}}.",
            ("h", "2.5. Statistics"),
            "BBB scores are expressed as mean (SD). Sex was included as a factor in a three-way ANOVA.",
        ]),
        ("results", "3. Results", [
            f"{{{{size_nm|The median particle size (D50) was 112{NB}nm}}}}; 71% of bead-captured particles were CD63-positive.",
            "At 14 days BBB scores were {bbb:Vehicle@14|paren} (Vehicle) and {bbb:DPSC-Exo@14|paren} (DPSC-Exo). At 42 days DPSC-Exo rats reached {bbb:DPSC-Exo@42|paren}, against {bbb:Vehicle@42|paren} in Vehicle rats (P < 0.001). Sex had no significant main effect or interaction.",
            ("figure", "Figure 2", "Hindlimb locomotion (BBB) of Vehicle and DPSC-Exo rats at 14 and 42 days; error bars, SD.",
             {"days": [14.0, 42.0], "groups": ["Vehicle", "DPSC-Exo"]}),
        ]),
        ("discussion", "4. Discussion", [
            "The benefit was similar in both sexes. Comparable vesicle doses have been expressed as 100 μg protein [5] or 2 × 10<sup>9</sup> particles/kg [11]; a common potency unit would help pooling.",
        ]),
    ],
    references=POOL[4:5] + POOL[6:7] + POOL[10:12] + POOL[14:15],
    scores=Scores("BBB", "sd", [("Vehicle", "control", 12), ("DPSC-Exo", "treatment", 12)], {
        "Vehicle": {14.0: (6.1, 1.7), 42.0: (9.2, 1.9)},
        "DPSC-Exo": {14.0: (7.4, 1.6), 42.0: (12.0, 2.1)},
    }),
    back=[("Competing interests", "{{reported_conflict_of_interest|The authors declare that they have no competing interests}}.")],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------------
# 9. Single column, placenta MSC EVs, balloon compression, immunoaffinity, intrathecal lumbar
#    puncture; BBB ONLY in a figure (by week).
D9 = [7.0, 14.0, 21.0, 28.0, 42.0]
VARGA = Study(
    stem="varga2020_hpmsc_ev_balloon_intrathecal",
    layout="single",
    title="Intrathecal placental MSC extracellular vesicles activate autophagy and preserve motor neurons after balloon compression of the rat thoracic cord",
    short_title="Placental MSC EVs and autophagy",
    authors=[("Zsófia", "Varga"), ("Thomas", "Whitfield"), ("Leila", "Karimi")],
    affiliations=["Department of Physiology, Danubia Medical University, Danubia"],
    journal="Experimental Spinal Research",
    year=2020,
    volume="57(4):402–418",
    doi="10.5555/esr.2020.57.402",
    pmid="99100009",
    pmcid="PMC99100009",
    received="2020-02-27",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 190, "high": 210},
        "n_per_group": 10, "injury_model": "compression", "injury_device": "balloon catheter", "injury_level": "T10",
        "source_tissue": "placenta", "source_species": "human",
        "isolation_method": ["ultrafiltration", "immunoaffinity"], "isolation_detail": "anti-CD63 immunomagnetic beads",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "CD9", "TSG101", "calnexin"],
        "size_nm": {"value": 98.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 20, "unit": "ug", "volume_ul": 10, "basis": "protein"},
        "route": "intrathecal", "route_detail": "lumbar puncture",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 6.0,
        "mechanism": "autophagy activation via AMPK/mTOR",
        "reported_blinded_assessment": True, "reported_sample_size_calculation": True,
    },
    abstract=[
        ("Aims", "To determine whether extracellular vesicles (EVs) from human placental MSCs (hPMSCs) protect motor neurons after compression injury."),
        ("Main methods", f"Rats underwent epidural balloon compression and received 20{NB}{MU}g EVs or vehicle by lumbar puncture 6 h later; locomotion was assessed for six weeks."),
        ("Key findings", "EV-treated rats had more surviving ventral horn neurons, more LC3-II and less p62, and recovered faster (Figure 3)."),
        ("Significance", "Placental MSC EVs act through {{mechanism|autophagy activation via AMPK/mTOR}} and are a candidate for minimally invasive delivery."),
    ],
    keywords=["placenta", "extracellular vesicles", "autophagy", "balloon compression", "intrathecal"],
    sections=[
        ("intro", "Introduction", [
            "Autophagy removes damaged organelles and is impaired in motor neurons after spinal cord injury [3]. The placenta is a discarded tissue that yields large numbers of MSCs, whose EVs (40–200 nm) may restore autophagic flux [2]. Balloon compression is a closed model that avoids laminectomy-induced instability [13].",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals and study size"),
            f"{{{{species,strain,sex|Female Sprague-Dawley rats}}}} with a {{{{body_weight_g|body weight of 190–210{NB}g}}}} were used. {{{{reported_sample_size_calculation|The number of animals was determined by a power analysis based on pilot BBB data}}}}, giving {{{{n_per_group|10 animals in each group}}}} (SCI+Vehicle and SCI+EV).",
            ("h", "Balloon compression"),
            f"{{{{injury_model,injury_device|A 2F Fogarty balloon catheter was advanced epidurally through a T12 laminotomy and inflated with 15{NB}{MU}l saline for 5 min}}}} {{{{injury_level|with the balloon centred at T10}}}} (confirmed radiographically).",
            ("h", "hPMSC EVs"),
            f"{{{{source_tissue,source_species|hPMSCs were isolated from chorionic villi of term human placentas}}}}. Conditioned medium was {{{{isolation_method|concentrated 50-fold on 100-kDa ultrafiltration membranes}}}} and {{{{isolation_method,isolation_detail|EVs were captured with anti-CD63 immunomagnetic beads}}}} (Exosome-Human CD63 Isolation reagent) and eluted at low pH. {{{{characterization|TEM}}}}, {{{{characterization|NTA}}}} and {{{{characterization,markers|western blotting for CD63, CD9 and TSG101, with calnexin as a negative marker}}}} were used.",
            ("h", "Delivery"),
            f"{{{{dose,route,route_detail,timing_post_injury_h|At 6 h post-injury, 20{NB}{MU}g EVs in 10{NB}{MU}l PBS were delivered intrathecally by lumbar puncture}}}} between L5 and L6, confirmed by a tail flick. {{{{frequency|A single administration was given}}}}.",
            ("h", "Locomotor assessment"),
            "BBB scores were obtained weekly up to 6 weeks by {{reported_blinded_assessment|raters blinded to treatment}}. Mean ± SD are shown; differences were tested with two-way ANOVA.",
        ]),
        ("results", "Results", [
            f"NTA of hPMSC EVs showed {{{{size_nm|a mode of 98.0{NB}nm}}}}, and the negative marker was absent.",
            ("figure", "Figure 3", "Time course of BBB scores after balloon compression (mean ± SD; n = 10). *P < 0.05, **P < 0.01 versus SCI+Vehicle.",
             {"days": D9, "groups": ["SCI+Vehicle", "SCI+EV"], "x": "weeks"}),
            "SCI+EV rats scored higher than SCI+Vehicle rats from week 2 onward (Figure 3). LC3-II/LC3-I increased 2.2-fold and p62 fell by 40% at day 3; phospho-AMPK rose while phospho-mTOR fell.",
        ]),
        ("discussion", "Discussion", [
            "A single 20 μg intrathecal dose was effective, a fraction of the 100–400 μg used intravenously [5,11]. Blocking autophagy with 3-methyladenine abolished neuronal protection, supporting a causal role.",
        ]),
    ],
    references=POOL[1:3] + POOL[4:5] + POOL[10:13],
    scores=Scores("BBB", "sd", [("SCI+Vehicle", "control", 10), ("SCI+EV", "treatment", 10)], {
        "SCI+Vehicle": flat("SCI+Vehicle", D9, [(4.2, 1.1), (6.5, 1.3), (8.0, 1.4), (8.9, 1.2), (9.6, 1.5)]),
        "SCI+EV": flat("SCI+EV", D9, [(4.8, 1.2), (8.1, 1.4), (10.2, 1.3), (11.4, 1.5), (12.3, 1.4)]),
    }),
    notes=["BBB scores are reported only in Figure 3 (a line plot by week); no numeric values in text or tables."],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------------
# 10. Two columns, rat adipose MSC exosomes, rpm with g equivalent + sucrose cushion, particle dose,
#     daily for 7 days, table with weeks across (SEM).
D10 = [7.0, 14.0, 21.0, 28.0, 42.0]
RUIZ = Study(
    stem="ruiz2019_radmsc_exo_sucrose_daily_iv",
    layout="twocol",
    title="Daily intravenous exosomes from rat adipose mesenchymal stem cells support axonal regeneration through PTEN/AKT/mTOR after spinal contusion",
    short_title="Daily ADMSC exosomes after SCI",
    authors=[("Alejandro", "Ruiz"), ("Hanna", "Kowalski"), ("Oluwaseun", "Bello"), ("Mirela", "Popescu")],
    affiliations=["Department of Cell Biology, Meseta University, Meseta"],
    journal="Cellular Neurotherapeutics",
    year=2019,
    volume="12(5):e1905",
    doi="10.5555/cnt.2019.e1905",
    pmid="99100010",
    pmcid="PMC99100010",
    received="2019-05-09",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 230, "high": 260},
        "n_per_group": 10, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor", "injury_level": "T9-T10",
        "source_tissue": "adipose", "source_species": "rat", "modification": "none",
        "isolation_method": ["ultracentrifugation", "density_gradient"], "isolation_detail": "100,000 g 120 min; 30% sucrose cushion",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "HSP70", "calnexin"],
        "size_nm": {"value": 127.4, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 1.5e10, "unit": "particles", "volume_ul": 500, "basis": "particles"},
        "route": "intravenous", "route_detail": "lateral tail vein",
        "frequency": {"doses": 7, "interval_h": 24}, "timing_post_injury_h": 1.0,
        "mechanism": "PTEN/AKT/mTOR-dependent axonal regeneration",
        "reported_randomisation": True, "reported_welfare_compliance": True,
    },
    abstract=[(None, "PTEN restrains axon growth in the injured central nervous system. We isolated exosomes from rat adipose-derived mesenchymal stem cells (ADMSC-Exos) on a sucrose cushion and gave them intravenously once daily for one week after Infinite Horizon contusion. Treated rats showed lower PTEN, higher phosphorylated AKT and mTOR, more GAP43-positive axons and better BBB scores up to six weeks, supporting {{mechanism|PTEN/AKT/mTOR-dependent axonal regeneration}}.")],
    keywords=["adipose", "exosomes", "PTEN", "mTOR", "repeated dosing"],
    sections=[
        ("intro", "Introduction", [
            "Deleting PTEN in corticospinal neurons enables robust regeneration [1]. Vesicles carrying PTEN-targeting microRNAs could achieve a similar effect without genetic manipulation [15]; exosomes are 30–150 nm in size and cross the blood–spinal cord barrier when it is disrupted [6].",
        ]),
        ("methods", "Methods", [
            ("h", "Animals"),
            f"{{{{species,strain,sex,body_weight_g|Male SD rats (230–260{NB}g)}}}} were housed individually after surgery. {{{{reported_welfare_compliance|All experiments were approved by the Meseta University Ethics Committee for Animal Experimentation (CEEA-18-221)}}}}. {{{{reported_randomisation|Rats were randomly assigned (random.org sequence)}}}} to Sham, SCI and SCI+Exo groups, {{{{n_per_group|n = 10 each}}}}.",
            ("h", "Contusion"),
            f"{{{{injury_model,injury_device,injury_level|A 150-kdyn contusion was applied at T9–T10 with the Infinite Horizon impactor}}}} after a single-level laminectomy.",
            ("h", "ADMSC culture"),
            f"{{{{source_tissue,source_species|ADMSCs were isolated from inguinal fat pads of 4-week-old SD rats}}}} by collagenase digestion and used at passage 3. {{{{modification|The cells were native; no genetic modification or preconditioning was applied}}}}.",
            ("h", "Exosome isolation"),
            f"After removal of cells and debris (2{TH}000 × g, 10{TH}000 × g), supernatants were layered over {{{{isolation_method|a 30% sucrose cushion}}}} and {{{{isolation_method,isolation_detail|spun at 38{TH}000 rpm (≈100{TH}000 × g) for 2 h in a Type 70 Ti rotor}}}}. The cushion fraction was diluted in PBS and pelleted again.",
            f"{{{{characterization|TEM}}}} and {{{{characterization|NTA}}}} were used to verify morphology and size, and {{{{characterization,markers|CD9, CD63 and HSP70 were detected by western blot while calnexin was not}}}}.",
            ("h", "Treatment"),
            f"{{{{dose,route,route_detail|SCI+Exo rats received 1.5 × 10<sup>10</sup> particles in 0.5{NB}ml PBS via the lateral tail vein}}}} {{{{frequency,timing_post_injury_h|once daily for 7 days, with the first injection 1 h after injury}}}}. SCI rats received PBS.",
            ("h", "Functional testing and statistics"),
            "BBB open-field testing was done at weeks 1, 2, 3, 4 and 6. Data are mean ± SEM. Two-way ANOVA with Sidak's post hoc test; P < 0.05.",
        ]),
        ("results", "Results", [
            f"{{{{size_nm|The vesicles had a mean size of 127.4 ± 6.1{NB}nm}}}} by NTA and showed a saucer-like shape on TEM.",
            ("table", "Table 1", "BBB scores at weeks after contusion (mean ± SEM, n = 10 per group).",
             {"orient": "cols", "days": D10, "groups": ["Sham", "SCI", "SCI+Exo"], "day_fmt": wk_fmt}),
            "From week 2, SCI+Exo rats scored significantly higher than SCI rats (Table 1). Western blots of the lesion at day 7 showed PTEN reduced by 44% and p-AKT/AKT and p-mTOR/mTOR increased.",
        ]),
        ("discussion", "Discussion", [
            "Seven daily doses were well tolerated. Single-dose studies report smaller effects with 200 μg [5], while hydrogels can prolong local exposure [10]. Particle numbers are easier to compare across laboratories than protein content [14].",
        ]),
    ],
    references=POOL[0:1] + POOL[4:6] + POOL[9:10] + POOL[13:15],
    scores=Scores("BBB", "sem", [("Sham", "sham", 10), ("SCI", "control", 10), ("SCI+Exo", "treatment", 10)], {
        "Sham": flat("Sham", D10, [(21.0, 0.0)] * 5),
        "SCI": flat("SCI", D10, [(3.1, 0.4), (5.2, 0.5), (6.8, 0.5), (7.7, 0.6), (8.4, 0.6)]),
        "SCI+Exo": flat("SCI+Exo", D10, [(3.5, 0.4), (6.6, 0.5), (8.9, 0.6), (10.1, 0.5), (11.3, 0.6)]),
    }),
    footnote=FOOTNOTE,
)

STUDIES = [PETROV, OSEI, ACHTERBERG, VARGA, RUIZ]
