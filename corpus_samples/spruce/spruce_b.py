"""Spruce studies 4-6 (everything invented): vesicles vs parent cells, two routes, a
vesicle-depleted control, two timings of a drug-loaded vesicle."""

from __future__ import annotations

from extgen.common import FOOTNOTE, GMU, NB, POOL, TH, day_fmt, dpi_fmt
from extgen.model import Scores, Study

D5 = [1.0, 7.0, 14.0, 28.0, 42.0]

# 4. Native exosomes i.v. vs intrathecal vs parent cells; groups as G1-G5; age only.
HUAMAN = Study(
    stem="huaman2020_rbmsc_exo_iv_it_vs_cells",
    layout="twocol",
    title="Exosomes or their parent cells? Intravenous and intrathecal bone marrow MSC exosomes compared with intravenous MSCs after thoracic contusion in rats",
    short_title="Exosomes vs cells, two routes",
    authors=[("Wilmer", "Huamán Quispe"), ("Sofía", "Cárdenas"), ("Kwame", "Asante"), ("Irina", "Vlasova")],
    affiliations=["Laboratorio de Neurorreparación, Universidad Andina de Ciencias (invented)",
                  "Department of Physiology, Gold Coast Medical School (invented)"],
    journal="Translational Spinal Research",
    year=2020, volume="11(3):301–315", doi="10.5555/tsr.2020.113015",
    pmid="99100344", pmcid="PMC9910344", received="2019-12-09",
    values={
        "species": "rat", "strain": "Long-Evans", "sex": "female", "n_per_group": 7,
        "injury_model": "contusion", "injury_device": "MASCIS impactor", "injury_level": "T8",
        "source_tissue": "bone_marrow", "source_species": "rat", "modification": "none",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "ExoQuick-TC",
        "characterization": ["TEM", "NTA", "flow_cytometry"], "markers": ["CD63", "CD81", "TSG101"],
        "size_nm": {"value": 87.5, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 2e10, "unit": "particles", "volume_ul": 300, "basis": "particles"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 3, "interval_h": 48}, "timing_post_injury_h": 24,
        "mechanism": "restoration of the blood–spinal cord barrier by reduced pericyte loss",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Objective", "To compare native bone marrow MSC exosomes given by two routes with the cells that secrete them."),
        ("Design", "Five groups of rats (G1–G5) after MASCIS contusion: sham, PBS, exosomes into the tail vein (Exo-IV), exosomes by lumbar puncture (Exo-IT) and intravenous MSCs."),
        ("Results", "By day 42, Exo-IV rats scored {bbb:G3@42} on the BBB scale, Exo-IT rats {bbb:G4@42} and MSC-treated rats {bbb:G5@42}, versus {bbb:G2@42} with PBS."),
    ],
    keywords=["exosomes", "mesenchymal stem cells", "route of administration", "intrathecal", "BBB"],
    sections=[
        ("intro", "Introduction", [
            "Cell therapy with MSCs improves function in rodent spinal cord injury, but few transplanted cells survive and most benefit is attributed to secreted factors [2,12]. If the vesicles carry most of that benefit, they might replace the cells. The route also matters: intravenous vesicles are trapped by the lungs and liver, while intrathecal vesicles reach the cord through the cerebrospinal fluid [8].",
        ]),
        ("methods", "Materials and methods", [
            "{{reported_welfare_compliance|Animal work was authorised by the university's Committee on Animal Research Ethics (CEUA 2018-031) and followed the NIH Guide}}. We used {{species,strain,sex|female Long-Evans rats}} aged 10–12 weeks.",
            f"{{{{source_tissue,source_species|MSCs were isolated from the bone marrow of donor Long-Evans rats}}}} by plastic adherence. {{{{isolation_method,isolation_detail|Exosomes were precipitated from conditioned medium with ExoQuick-TC}}}} (overnight at 4{NB}°C, 1{TH}500{NB}×{NB}g for 30{NB}min) and resuspended in PBS. {{{{modification|The exosomes were used in their native state, without loading or engineering}}}}.",
            "{{characterization|Vesicles were characterised by TEM, NTA and bead-based flow cytometry}} for {{markers|CD63, CD81 and TSG101}}.",
            f"After a T7–T9 laminectomy, {{{{injury_model,injury_device,injury_level|the cord was contused at T8 with a MASCIS impactor}}}} (10{NB}g, 12.5{NB}mm). {{{{reported_randomisation|Animals were randomised to five groups}}}} ({{{{n_per_group|n = 7 each}}}}): G1, sham; G2, SCI + PBS; G3, Exo-IV; G4, Exo-IT; G5, BMSC. {{{{dose,route,route_detail|G3 received 2 × 10<sup>10</sup> particles in 300 µL PBS into the tail vein}}}}, {{{{timing_post_injury_h,frequency|on days 1, 3 and 5 after injury}}}}. G4 received the same particle number in 20{NB}µL by lumbar puncture (L5–L6) on the same days, and G5 received 1 × 10<sup>6</sup> MSCs intravenously on day 1. G3 versus G2 was the main comparison.",
            "{{reported_blinded_assessment|Two examiners unaware of treatment scored the BBB scale}} on days 1, 7, 14, 28 and 42. Results are mean ± SEM.",
        ]),
        ("results", "Results", [
            "{{size_nm|NTA showed a mean particle size of 87.5 nm}} and 4.1 × 10<sup>11</sup> particles per mL of preparation.",
            "All injured rats scored 0–2 on day 1. G3 and G4 did not differ at any time, and both exceeded G5 from day 14 (Table 3).",
            ("table", "Table 3", "BBB locomotor scores, mean ± SEM (n = 7).",
             {"orient": "cols", "days": D5[1:], "groups": ["G1", "G2", "G3", "G4", "G5"],
              "day_fmt": day_fmt, "corner": "Group",
              "foot": "G1, sham; G2, SCI + PBS; G3, Exo-IV; G4, Exo-IT; G5, BMSC (1 × 10<sup>6</sup> cells i.v.)."}),
            "{{mechanism|Exosome-treated rats showed less Evans blue leakage and more PDGFRβ+ pericytes, suggesting restoration of the blood–spinal cord barrier by reduced pericyte loss}}.",
        ]),
        ("discussion", "Discussion", [
            "Exosomes matched or exceeded the effect of their parent cells, and the intrathecal route was not better than the intravenous one at equal particle number. Earlier reports of 1 × 10<sup>11</sup> particles [5] suggest that higher doses may be tolerated.",
        ]),
    ],
    back=[("Competing interests", "{{reported_conflict_of_interest|The authors have no competing interests to declare}}.")],
    references=POOL,
    scores=Scores(
        outcome="BBB", err="sem",
        groups=[("G1", "sham", 7), ("G2", "control", 7), ("G3", "treatment", 7),
                ("G4", "other", 7), ("G5", "other", 7)],
        values={
            "G1": dict(zip(D5, [(20.6, 0.2), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)])),
            "G2": dict(zip(D5, [(0.6, 0.3), (3.1, 0.5), (5.2, 0.6), (7.4, 0.7), (8.3, 0.7)])),
            "G3": dict(zip(D5, [(0.7, 0.3), (3.9, 0.5), (7.1, 0.6), (10.2, 0.7), (11.6, 0.8)])),
            "G4": dict(zip(D5, [(0.5, 0.2), (4.2, 0.6), (7.4, 0.7), (10.0, 0.8), (11.1, 0.8)])),
            "G5": dict(zip(D5, [(0.6, 0.3), (3.4, 0.5), (5.9, 0.6), (8.6, 0.7), (9.5, 0.7)])),
        },
    ),
    footnote=FOOTNOTE,
)

D7 = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0, 35.0]

# 5. Unmodified EVs vs an EV-depleted conditioned-medium control; a Rab27a knock-down of the
#    parent cells only in a separate mechanism cohort (not a modification of the EVs given).
THAMMASAK = Study(
    stem="thammasak2024_wjmsc_ev_depleted_cm_clip",
    layout="sidebar",
    title="Extracellular vesicles, not the soluble fraction, of Wharton's jelly MSC secretome drive recovery after clip compression of the rat spinal cord",
    short_title="WJ-MSC EVs vs EV-depleted secretome",
    authors=[("Naruemon", "Thammasak"), ("Pongsakorn", "Wattanachai"), ("Eilidh", "MacRae"), ("Tariq", "Benali")],
    affiliations=["Faculty of Medicine, Chao Phraya Institute of Health Sciences (invented)",
                  "Centre for Secretome Biology, Firth of Lorne University (invented)"],
    journal="Journal of Cellular Neurotherapy",
    year=2024, volume="3: 1148", doi="10.5555/jcnt.2024.1148",
    pmid="99100355", pmcid="PMC9910355", received="2023-08-21",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male",
        "body_weight_g": {"low": 280, "high": 320}, "n_per_group": 10,
        "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T8",
        "source_tissue": "wharton_jelly", "source_species": "human", "modification": "none",
        "isolation_method": ["ultracentrifugation", "density_gradient"], "isolation_detail": "110,000 g 2 h",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "Alix", "calnexin"],
        "size_nm": {"value": 104.0, "low": None, "high": None, "stat": "median", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug_per_kg", "volume_ul": None, "basis": "protein"},
        "route": "intravenous", "route_detail": "femoral vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.5,
        "mechanism": "EV-mediated suppression of NLRP3 inflammasome activation",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, f"Is the benefit of the MSC secretome after spinal cord injury carried by its vesicles? We separated the conditioned medium of human Wharton's jelly MSCs into unmodified extracellular vesicles (WJ-EVs) and an EV-depleted fraction, and gave each intravenously to rats 30{NB}min after clip compression. Only WJ-EVs improved locomotion (BBB day 35: {{bbb:WJ-EV@35}} versus {{bbb:Vehicle@35}} for vehicle and {{bbb:EV-dep CM@35}} for EV-depleted medium)."),
    ],
    keywords=["Wharton's jelly", "extracellular vesicles", "secretome", "compression injury", "NLRP3"],
    sections=[
        ("intro", "Introduction", [
            f"The conditioned medium of MSCs reproduces many effects of the cells [2]. It contains vesicles, typically 50–150{NB}nm, and soluble proteins. Engineered vesicles, loaded with drugs or microRNAs or decorated with targeting peptides, are now widely tested [15], but the contribution of the native vesicle fraction itself is seldom isolated with a proper depleted control.",
        ]),
        ("methods", "Methods", [
            ("h", "Ethics and animals"),
            "{{reported_welfare_compliance|The study was approved by the Animal Ethics Committee of the Chao Phraya Institute (AEC-2022-19)}}. {{species,strain,sex,body_weight_g|Male Sprague–Dawley rats, 280–320 g}}, were kept on a 12-h light cycle.",
            ("h", "Secretome fractions"),
            f"{{{{source_tissue,source_species|MSCs were derived from Wharton's jelly of human umbilical cords}}}} (passage 4–6). Medium was cleared of cells and debris, and {{{{isolation_method|EVs were pelleted by ultracentrifugation and floated on an OptiPrep density cushion}}}}; {{{{isolation_detail|both spins were at 110 000 × g for 2 h}}}}. The supernatant of the first spin, passed through a 100{NB}kDa filter to the same protein concentration, formed the EV-depleted conditioned medium (EV-dep CM). {{{{modification|WJ-EVs were unmodified}}}}.",
            "{{characterization|EVs were examined by TEM, NTA and western blotting}} ({{markers|CD9, CD63, Alix, and calnexin as a negative control}}); the EV-dep CM contained fewer than 2% of the particles of the EV preparation.",
            ("h", "Compression injury and treatment"),
            "After laminectomy, {{injury_model,injury_device,injury_level|an aneurysm clip (35 g closing force) compressed the cord at T8 for 60 s}}. {{reported_randomisation|Rats were allocated at random}} to Sham, Vehicle (PBS), WJ-EV and EV-dep CM groups ({{n_per_group|10 rats per group}}). {{dose,route,route_detail|WJ-EVs (100 μg/kg) were infused through the femoral vein}} {{timing_post_injury_h,frequency|as a single bolus 30 min after compression}}; EV-dep CM was given in the same volume and at the same time.",
            "In a separate mechanism cohort (five rats per group), EVs from MSCs with shRNA knock-down of Rab27a, which lowers EV release, were compared with EVs from control-shRNA cells; these rats were used for tissue analysis at day 3 and not for the behavioural study.",
            "{{reported_blinded_assessment|Hindlimb function was rated on the BBB scale by an observer masked to group}} on days 1, 3, 7, 14, 21, 28 and 35 (mean ± SD).",
        ]),
        ("results", "Results", [
            f"TEM showed vesicles of 40–160{NB}nm; {{{{size_nm|the median diameter by NTA was 104 nm}}}}.",
            "EV-dep CM did not improve locomotion at any time point (Table 1). WJ-EV rats diverged from vehicle from day 7 and reached {bbb:WJ-EV@28} at day 28 compared with {bbb:Vehicle@28} in vehicle-treated rats.",
            ("table", "Table 1", "BBB scores after compression SCI (mean ± SD, n = 10).",
             {"orient": "rows", "days": D7, "groups": ["Sham", "Vehicle", "EV-dep CM", "WJ-EV"], "day_fmt": dpi_fmt,
              "corner": "Time"}),
            "{{mechanism|At day 3, cleaved caspase-1 and IL-1β were lower after WJ-EVs than after EV-dep CM, pointing to EV-mediated suppression of NLRP3 inflammasome activation}}; EVs from Rab27a knock-down cells were less abundant but not less active per particle.",
        ]),
        ("discussion", "Discussion", [
            f"A depleted fraction matched for protein is a stricter control than vehicle alone. Earlier work infused 200{NB}{GMU}g of vesicles per rat [5]; our per-kilogram dose was lower.",
        ]),
    ],
    back=[("Conflict of interest statement", "{{reported_conflict_of_interest|The authors declare no competing interests}}."),
          ("Ethics approval", "{{reported_welfare_compliance|Approved by AEC-2022-19}}.")],
    references=POOL,
    scores=Scores(
        outcome="BBB", err="sd",
        groups=[("Sham", "sham", 10), ("Vehicle", "control", 10), ("EV-dep CM", "other", 10), ("WJ-EV", "treatment", 10)],
        values={
            "Sham": dict(zip(D7, [(20.7, 0.5), (20.9, 0.3), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)])),
            "Vehicle": dict(zip(D7, [(0.3, 0.4), (0.9, 0.7), (2.4, 1.0), (4.0, 1.2), (5.1, 1.3), (5.8, 1.4), (6.2, 1.4)])),
            "EV-dep CM": dict(zip(D7, [(0.3, 0.5), (1.0, 0.7), (2.6, 1.0), (4.2, 1.3), (5.3, 1.3), (6.0, 1.5), (6.5, 1.5)])),
            "WJ-EV": dict(zip(D7, [(0.4, 0.5), (1.3, 0.8), (3.5, 1.1), (5.9, 1.3), (7.6, 1.4), (8.7, 1.5), (9.4, 1.5)])),
        },
    ),
    footnote=FOOTNOTE,
)

D5B = [3.0, 7.0, 14.0, 21.0, 28.0]

# 6. Curcumin-loaded exosomes at two timings beside native exosomes and free drug; six
#    groups; "mean (SD)" in the text; a DiR label used only for imaging (not a modification).
FERRAND = Study(
    stem="ferrand2019_hbmsc_exo_curcumin_early_late_it",
    layout="single",
    title="Timing matters: early but not delayed intrathecal curcumin-loaded bone marrow MSC exosomes improve recovery after spinal cord contusion",
    short_title="Curcumin exosomes, early vs delayed",
    authors=[("Camille", "Ferrand"), ("Mehmet", "Yıldırım"), ("Astrid", "Lund"), ("Oluwaseun", "Bakare"), ("Jean-Luc", "Pasquier")],
    affiliations=["Unité de Neurobiologie Réparatrice, Institut Rhodanien de Recherche (invented)",
                  "Department of Pharmaceutics, Anatolian Health University (invented)"],
    journal="European Journal of Spinal Neuropharmacology",
    year=2019, volume="27(6):640–655", doi="10.5555/ejsn.2019.06.640",
    pmid="99100366", pmcid="PMC9910366", received="2019-01-30",
    values={
        "species": "rat", "strain": "Wistar", "sex": "female",
        "body_weight_g": {"low": 180, "high": 220}, "n_per_group": 8,
        "injury_model": "contusion", "injury_device": "MASCIS impactor", "injury_level": "T11",
        "source_tissue": "bone_marrow", "source_species": "human",
        "modification": "curcumin loading",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "110,000 g 2 h",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "CD81", "TSG101", "calnexin"],
        "size_nm": {"value": 118.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 50, "unit": "ug", "volume_ul": 10, "basis": "protein"},
        "route": "intrathecal", "route_detail": "lumbar puncture",
        "frequency": {"doses": 3, "interval_h": 24}, "timing_post_injury_h": 1,
        "mechanism": "curcumin-mediated NF-κB inhibition",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Purpose", "Curcumin is anti-inflammatory but poorly soluble. We loaded it into exosomes of human bone marrow MSCs and asked whether the time of the first intrathecal dose matters."),
        ("Methods", "Female Wistar rats with a MASCIS contusion received curcumin-loaded exosomes (Exo-Cur) from 1 h (early) or from 72 h (delayed), native exosomes from 1 h, free curcumin from 1 h, or vehicle."),
        ("Results", "At day 28 the BBB score was {bbb:Exo-Cur (1 h)@28|paren} for early Exo-Cur and {bbb:Exo-Cur (72 h)@28|paren} for delayed Exo-Cur, against {bbb:Vehicle@28|paren} for vehicle (mean (SD))."),
    ],
    keywords=["curcumin", "drug-loaded exosomes", "intrathecal", "therapeutic window", "spinal cord injury"],
    sections=[
        ("intro", "Introduction", [
            f"Exosomes have been loaded with paclitaxel, curcumin, siRNAs and antisense oligonucleotides, by incubation, sonication, electroporation or saponin permeabilisation [2,15]. For SCI, the window for anti-inflammatory therapy is thought to close within days [3,7]. Reported vesicle diameters of 30–150{NB}nm and intravenous doses up to 1{NB}mg [11] are hard to compare across studies.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Exosomes"),
            f"{{{{source_tissue,source_species|Human bone marrow MSCs (commercial, from two donors)}}}} were expanded in exosome-depleted medium. {{{{isolation_method,isolation_detail|Exosomes were isolated by two rounds of ultracentrifugation at 35,000 rpm (110,000 × g) for 2 h}}}} after removal of cells and microvesicles at 500{NB}×{NB}g and 16{TH}500{NB}×{NB}g.",
            "{{modification|Curcumin was loaded by incubating exosomes with curcumin (1:4 w/w) for 30 min at 22 °C followed by six cycles of mild sonication}}; free drug was removed on a desalting column, and encapsulation was 16.2% by HPLC. For biodistribution imaging only, a separate batch of exosomes was labelled with the lipophilic dye DiR.",
            "{{characterization|Size and morphology were assessed by NTA and TEM, and protein markers by western blot}}: {{markers|CD63, CD81, TSG101 and calnexin}}.",
            ("h", "Animals and injury"),
            "{{reported_welfare_compliance|Procedures were approved by the regional ethics committee (APAFIS #17734) in accordance with Directive 2010/63/EU}}. {{species,strain,sex,body_weight_g|Female Wistar rats (180–220 g)}} were injured with {{injury_model,injury_device|a MASCIS impactor (10 g, 25 mm) producing a contusion}} {{injury_level|at the T11 vertebral level}}.",
            ("h", "Groups and treatment"),
            f"Six groups of {{{{n_per_group|eight rats}}}} were studied: Sham; Vehicle; free curcumin (Cur, 12{NB}µg, the amount carried by the exosome dose); native exosomes from 1{NB}h (Exo); Exo-Cur from 1{NB}h (early); and Exo-Cur from 72{NB}h (delayed). The early Exo-Cur group was the main treatment group. {{{{dose,route,route_detail|Each dose of 50 μg exosomes in 10 μL was given intrathecally by lumbar puncture}}}} between L5 and L6, {{{{frequency,timing_post_injury_h|once daily for three days starting 1 h after injury}}}} (delayed group: starting at 72{NB}h).",
            "{{reported_blinded_assessment|BBB testing was performed by two observers blinded to the treatment}} on days 3, 7, 14, 21 and 28; scores are mean (SD).",
        ]),
        ("results", "Results", [
            f"{{{{size_nm|Loaded exosomes had a modal size of 118 nm}}}} by NTA, versus 109{NB}nm before loading, and kept their cup shape on TEM.",
            "Free curcumin and native exosomes each gave a small gain over vehicle, early Exo-Cur the largest (Table 2). Delayed Exo-Cur rats scored {bbb:Exo-Cur (72 h)@14|paren} at day 14, no better than native exosomes ({bbb:Exo@14|paren}).",
            ("table", "Table 2", "BBB scores (mean ± SD; n = 8 per group) at days post-injury (dpi).",
             {"orient": "cols", "days": D5B, "groups": ["Sham", "Vehicle", "Cur", "Exo", "Exo-Cur (72 h)", "Exo-Cur (1 h)"],
              "day_fmt": dpi_fmt, "corner": "Group",
              "foot": "Times in parentheses: start of treatment after injury."}),
            "{{mechanism|Early Exo-Cur lowered nuclear p65 in lesion macrophages, supporting curcumin-mediated NF-κB inhibition}}.",
        ]),
        ("discussion", "Discussion", [
            f"Exosomal delivery amplified a modest effect of free curcumin, but only when started early. Intravenous curcumin exosomes at 1{NB}mg/kg have been reported elsewhere [11]; intrathecal delivery let us use a much smaller amount.",
        ]),
    ],
    back=[("Disclosure", "{{reported_conflict_of_interest|The authors report no conflicts of interest in this work}}.")],
    references=POOL,
    scores=Scores(
        outcome="BBB", err="sd",
        groups=[("Sham", "sham", 8), ("Vehicle", "control", 8), ("Cur", "other", 8), ("Exo", "other", 8),
                ("Exo-Cur (72 h)", "other", 8), ("Exo-Cur (1 h)", "treatment", 8)],
        values={
            "Sham": dict(zip(D5B, [(21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)])),
            "Vehicle": dict(zip(D5B, [(1.1, 0.8), (2.8, 1.0), (4.7, 1.2), (6.0, 1.3), (6.8, 1.4)])),
            "Cur": dict(zip(D5B, [(1.2, 0.9), (3.2, 1.1), (5.4, 1.2), (6.9, 1.3), (7.7, 1.4)])),
            "Exo": dict(zip(D5B, [(1.3, 0.8), (3.5, 1.1), (6.0, 1.3), (7.6, 1.4), (8.5, 1.5)])),
            "Exo-Cur (72 h)": dict(zip(D5B, [(1.1, 0.7), (3.0, 1.0), (6.1, 1.3), (7.9, 1.4), (8.8, 1.5)])),
            "Exo-Cur (1 h)": dict(zip(D5B, [(1.5, 0.9), (4.4, 1.2), (7.8, 1.4), (9.9, 1.5), (11.0, 1.6)])),
        },
    ),
    footnote=FOOTNOTE,
)

STUDIES = [HUAMAN, THAMMASAK, FERRAND]
