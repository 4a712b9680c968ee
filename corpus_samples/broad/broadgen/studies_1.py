"""Studies 1-4 of the broad corpus (everything invented; see ../README.md)."""

from __future__ import annotations

from broadgen.common import FOOTNOTE, GMU, MU, NB, days_label, refs, tcode
from broadgen.ext import BScores
from extgen.model import Study

# ---------------------------------------------------------------------------------------
# 1. Native hUC-MSC exosomes, NYU impactor, single tail-vein bolus at 30 min; BBB table
#    with groups as rows and "n" in the row labels, days as "1 d"; "versus" sentence;
#    traps: textbook size, in-vitro dose, cited dose and BBB in the discussion, inclined plane.
# ---------------------------------------------------------------------------------------
_A_DAYS = [1, 3, 7, 14, 21, 28]
_A = BScores("BBB", "sd", [("Sham", "sham", 10), ("SCI + PBS", "control", 10), ("SCI + hUCMSC-Exos", "treatment", 10)], {
    "Sham": dict(zip(_A_DAYS, [(21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)])),
    "SCI + PBS": dict(zip(_A_DAYS, [(0.4, 0.5), (1.6, 0.7), (3.2, 0.9), (5.1, 1.0), (6.6, 1.1), (7.9, 0.9)])),
    "SCI + hUCMSC-Exos": dict(zip(_A_DAYS, [(0.5, 0.5), (2.3, 0.8), (4.9, 1.0), (8.0, 1.2), (10.6, 1.0), (12.4, 1.1)])),
})

ADEYEMI = Study(
    scores=_A,
    stem="adeyemi2021_hucmsc_exo_nyu_tailvein",
    layout="single",
    title="Systemically delivered umbilical cord mesenchymal stem cell exosomes limit pericyte loss and improve hindlimb function after thoracic contusion in rats",
    short_title="hUCMSC exosomes after contusion",
    authors=[("Folake", "Adeyemi"), ("Tomasz", "Wrona"), ("Li-Na", "Qiao"), ("Rashid", "Bello")],
    affiliations=["Department of Regenerative Neuroscience, Lakeshore Institute of Medicine, Harbour City (invented)",
                  "Centre for Vesicle Research, Northfield University (invented)"],
    journal="Journal of Experimental Spinal Repair",
    year=2021, volume="14(3):e0412", doi="10.5555/jesr.2021.0412", pmid="99200101", pmcid="PMC9920101",
    received="2021-03-08",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 220, "high": 250},
        "n_per_group": 10, "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T10",
        "source_tissue": "umbilical_cord", "source_species": "human", "modification": "none",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 × g 70 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 112.4, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 200, "unit": "ug", "volume_ul": 200, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.5,
        "mechanism": "preservation of pericytes and the blood–spinal cord barrier",
        "reported_randomisation": True, "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Loss of pericytes after spinal cord injury (SCI) opens the blood–spinal cord barrier. We asked whether exosomes from human umbilical cord mesenchymal stem cells (hUCMSC-Exos) protect it."),
        ("Methods", f"Female rats received a contusion at T10 and, 30 min later, a single tail-vein injection of hUCMSC-Exos (200 {MU}g) or PBS. Hindlimb function was scored with the Basso–Beattie–Bresnahan (BBB) scale for 28 days."),
        ("Results", "Exosome-treated rats recovered better from day 14 onwards, kept more PDGFRβ-positive pericytes and leaked less Evans blue."),
        ("Conclusions", "Intravenous hUCMSC-Exos may act by preserving pericytes and barrier integrity."),
    ],
    keywords=["spinal cord injury", "exosomes", "umbilical cord", "pericytes", "blood–spinal cord barrier"],
    sections=[
        ("intro", "1. Introduction", [
            "Traumatic spinal cord injury leaves most patients with permanent deficits, and the secondary cascade that follows the impact — haemorrhage, oedema and breakdown of the blood–spinal cord barrier — extends the lesion for weeks [1,3].",
            f"Exosomes are membrane vesicles of endosomal origin, 30–150{NB}nm across, that carry proteins and RNAs between cells [2]. Those released by mesenchymal stem cells reproduce many effects of the parent cells without their risks; in earlier rodent work, doses between 50 and 400 {MU}g per animal were given [6].",
            "Here we tested whether one intravenous dose of native exosomes from umbilical cord MSCs, given shortly after a thoracic contusion, preserves pericytes and improves locomotion.",
        ]),
        ("methods", "2. Materials and methods", [
            ("h", "2.1 Animals"),
            "All procedures were approved by the institutional animal ethics committee and {{reported_welfare_compliance|followed the ARRIVE guidelines and national regulations on animal welfare}}. Thirty adult {{species,strain,sex|female Sprague-Dawley rats}} ({{body_weight_g|220–250 g}}) were housed in pairs with free access to food and water. Bladders were expressed manually twice a day until reflex voiding returned.",
            "Rats were {{reported_randomisation|assigned to groups by a computer-generated random sequence}}: sham, SCI + PBS and SCI + hUCMSC-Exos ({{n_per_group|n = 10/group}}).",
            ("h", "2.2 Contusion injury"),
            "Under isoflurane anaesthesia (2–3%), a laminectomy exposed the cord at the {{injury_level|T10}} level and a 10 g rod was dropped from 25 mm with the {{injury_model,injury_device|NYU impactor for a moderate contusion}}. Sham rats received the laminectomy only. Buprenorphine (0.05 mg/kg) and cefazolin were given for three days.",
            ("h", "2.3 Cell culture and exosome preparation"),
            f"{{{{source_tissue,source_species|Human umbilical cord MSCs}}}} (passage 4–6) were grown to 80% confluence, washed and kept for 48 h in serum-free medium. The conditioned medium was centrifuged at 300 × g for 10 min, 2,000 × g for 20 min and 10,000 × g for 30 min, filtered (0.22 {MU}m) and {{{{isolation_method,isolation_detail|ultracentrifuged at 100,000 × g for 70 min}}}} (4 °C); the pellet was washed in PBS and spun again under the same conditions. {{{{modification|The exosomes were used native, without any loading or modification}}}}. Protein content was measured with a BCA assay.",
            "Vesicles were photographed by {{characterization|transmission electron microscopy}}, sized by {{characterization|nanoparticle tracking analysis}} (NanoSight NS300) and probed by {{characterization|western blotting}} for {{markers|CD9, CD63 and TSG101}}, with {{markers|calnexin}} as a negative control. Primary antibodies were raised in rabbit (1:1000) and the secondary was a goat anti-rabbit IgG.",
            ("h", "2.4 Treatment"),
            f"{{{{timing_post_injury_h|Thirty minutes after the contusion}}}}, rats received {{{{dose|200 {MU}g of exosomes in 200 {MU}L of PBS}}}} {{{{route,route_detail|through the tail vein}}}} as a {{{{frequency|single bolus}}}}; the SCI + PBS group received 200 {MU}L PBS.",
            ("h", "2.5 Behaviour"),
            "Open-field locomotion was scored on the 21-point BBB scale on days 1, 3, 7, 14, 21 and 28 by {{reported_blinded_assessment|two observers who were blinded to group allocation}}; the mean of both was used. The inclined-plane test was done on day 28.",
            ("h", "2.6 In-vitro pericyte assay"),
            f"Primary rat pericytes were exposed to oxygen–glucose deprivation for 4 h and then to exosomes at 50 {GMU}g/mL for 24 h.",
            ("h", "2.7 Statistics"),
            "Data are mean ± SD. Groups were compared by two-way repeated-measures ANOVA with Tukey's test; P < 0.05 was significant.",
        ]),
        ("results", "3. Results", [
            ("h", "3.1 Characterisation of hUCMSC-Exos"),
            "Electron micrographs showed cup-shaped vesicles. NTA gave a {{size_nm|mean diameter of 112.4 ± 18.6 nm}} and a concentration of 3.1 × 10<sup>11</sup> particles/mL. CD9, CD63 and TSG101 were enriched and calnexin was absent.",
            ("h", "3.2 Locomotor recovery"),
            "All injured rats were paraplegic on day 1 (BBB ≤ 1). From day 14 the exosome group did better than the PBS group (Table 1). At 28 days the BBB score of the SCI + hUCMSC-Exos group was {bbb:SCI + hUCMSC-Exos@28} versus {bbb:SCI + PBS@28} in the SCI + PBS group (P < 0.01). On the inclined plane, treated rats held an angle of 48 ± 4° compared with 39 ± 5°.",
            ("table", "Table 1", "BBB scores (mean ± SD) after contusion.", {
                "orient": "cols", "days": _A_DAYS, "groups": ["Sham", "SCI + PBS", "SCI + hUCMSC-Exos"],
                "day_fmt": days_label("{d} d"), "label": lambda g: f"{g} (n = 10)",
                "foot": "Two-way repeated-measures ANOVA; exosome vs PBS P < 0.05 from 14 d."}),
            ("h", "3.3 Pericytes and barrier"),
            "PDGFRβ-positive pericytes around the lesion were 1.7-fold more numerous after exosome treatment, and Evans blue extravasation fell by 41% on day 3. In vitro, exosomes reduced pericyte apoptosis after oxygen–glucose deprivation.",
        ]),
        ("discussion", "4. Discussion", [
            f"One intravenous dose of native hUCMSC-Exos improved locomotion by about four BBB points at four weeks. A comparable study that gave 100 {MU}g of bone-marrow exosomes reported a final BBB of 10.5 ± 1.2 [6], and another used 2 × 10<sup>10</sup> particles with similar gains [2].",
            "The mechanism we propose is {{mechanism|preservation of pericytes and the blood–spinal cord barrier}}, in line with earlier work on barrier leakage [3]. Limitations include female rats only and a single dose level.",
        ]),
    ],
    references=refs(0, 2, -6, 4, 1, -11),
    back=[("Conflict of interest", "{{reported_conflict_of_interest|The authors have no conflicts of interest to declare}}."), ("Funding", "Invented Foundation for Spinal Research, grant 00-000.")],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------
# 2. miR-124-loaded rat BMSC exosomes (electroporation) vs native, Infinite Horizon,
#    intrathecal lumbar puncture daily x3 from 2 h; "(n = 8 rats per group)"; table days as rows
#    "dpi" (SEM); text: "rose from ... to ...", "reached", per-week; native arm = other.
# ---------------------------------------------------------------------------------------
_B_DAYS = [1, 3, 7, 14, 21, 28, 35]
_B = BScores("BBB", "sem", [("Sham", "sham", 8), ("Vehicle", "control", 8), ("Exo", "other", 8),
                            ("Exo-miR124", "treatment", 8)], {
    "Sham": dict(zip(_B_DAYS, [(20.8, 0.1), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)])),
    "Vehicle": dict(zip(_B_DAYS, [(0.6, 0.2), (1.4, 0.3), (2.9, 0.4), (4.4, 0.5), (5.6, 0.5), (6.3, 0.6), (6.8, 0.6)])),
    "Exo": dict(zip(_B_DAYS, [(0.7, 0.2), (1.8, 0.3), (3.8, 0.4), (5.9, 0.5), (7.2, 0.5), (8.1, 0.6), (8.6, 0.5)])),
    "Exo-miR124": dict(zip(_B_DAYS, [(0.8, 0.2), (2.4, 0.3), (4.6, 0.5), (7.3, 0.5), (9.1, 0.6), (10.4, 0.6), (11.2, 0.5)])),
})

BERGSTROM = Study(
    scores=_B,
    stem="bergstrom2020_rbmsc_exo_mir124_intrathecal",
    layout="twocol",
    title="Electroporation of miR-124 into bone marrow stromal cell exosomes shifts microglia toward repair after spinal cord contusion",
    short_title="miR-124 exosomes in SCI",
    authors=[("Annika", "Bergström"), ("Diego", "Salas"), ("Mehmet", "Kaya"), ("Yuki", "Ono"), ("Grace", "Mbatha")],
    affiliations=["Institute of Neural Repair, Eastfjord University (invented)", "Department of Anatomy, Costa Verde Medical School (invented)"],
    journal="Neurotrauma and Vesicle Letters",
    year=2020, volume="Vol. 7, Art. 118", doi="10.5555/NVL.2020.118", pmid="99200102", pmcid="PMC9920102",
    received="2020-06-17",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male", "body_weight_g": {"low": 250, "high": 280},
        "n_per_group": 8, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor", "injury_level": "T9",
        "source_tissue": "bone_marrow", "source_species": "rat", "modification": "miR-124 loading",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "ExoQuick-TC",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "CD81", "Alix", "GM130"],
        "size_nm": {"value": 98.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 1e10, "unit": "particles", "volume_ul": 10, "basis": "particles"},
        "route": "intrathecal", "route_detail": "lumbar puncture",
        "frequency": {"doses": 3, "interval_h": 24}, "timing_post_injury_h": 2.0,
        "mechanism": "miR-124 driven M2 polarisation of microglia",
        "reported_blinded_assessment": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Microglia steer secondary damage after spinal cord injury. We electroporated miR-124 mimic into exosomes from rat bone marrow stromal cells (Exo-miR124) and gave them {{route|intrathecally}} to male rats after an Infinite Horizon contusion. Compared with vehicle and with native exosomes, Exo-miR124 raised BBB scores over five weeks, increased Arg1+ and reduced iNOS+ microglia. {{modification|Loading exosomes with miR-124}} may therefore add to their intrinsic effect."),
    ],
    keywords=["miR-124", "microglia", "exosome engineering", "intrathecal", "contusion"],
    sections=[
        ("intro", "Introduction", [
            "After contusion, microglia and infiltrating macrophages adopt pro-inflammatory states that enlarge the lesion [4]. miR-124 is the most abundant microRNA in resting microglia and keeps them quiescent [5].",
            "Small vesicles secreted by stromal cells are usually described as 40–160 nm in size and can be loaded with small RNAs by electroporation [3]. In a recent meta-analysis, treated rats gained about 1.5 BBB points on average [1].",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Animals and groups"),
            "{{species,strain,sex|Male Wistar rats}} weighing {{body_weight_g|250 to 280 g}} were divided into sham, vehicle, Exo and Exo-miR124 groups {{n_per_group|(n = 8 rats per group)}}. Housing and care followed the local ethics licence.",
            ("h", "Spinal cord injury"),
            "After a {{injury_level|T9}} laminectomy, a {{injury_model,injury_device|contusion of 150 kdyn was delivered with the Infinite Horizon impactor}} (IH-0400). Sham rats had a laminectomy only.",
            ("h", "Exosome isolation and loading"),
            "{{source_tissue,source_species|Bone marrow stromal cells were flushed from the femurs of 4-week-old Wistar rats}} and used at passages 3–5. Supernatants from 72 h serum-free culture were cleared of cells and debris and mixed with {{isolation_method,isolation_detail|ExoQuick-TC}} reagent (System Biosciences) overnight at 4 °C, then centrifuged at 1,500 × g for 30 min.",
            f"For loading, 100 {MU}g exosomes and 400 pmol miR-124 mimic were {{{{modification|electroporated (400 V, 125 {MU}F) to load miR-124}}}}; free mimic was removed by a second ExoQuick-TC precipitation. Native exosomes were handled identically without mimic.",
            "Vesicles were checked by {{characterization|TEM}}, {{characterization|NTA (ZetaView)}} and {{characterization|immunoblotting}} for {{markers|CD63, CD81 and Alix}}; the Golgi protein {{markers|GM130}} served as a negative marker. Antibodies were mouse monoclonal anti-CD63 and rabbit polyclonal anti-Alix.",
            ("h", "Intrathecal delivery"),
            f"Beginning {{{{timing_post_injury_h|2 h after injury}}}}, rats received {{{{dose|1 × 10<sup>10</sup> particles in 10 {MU}L}}}} of exosomes (or 10 {MU}L PBS) by {{{{route_detail|lumbar puncture}}}} between L5 and L6, {{{{frequency|once a day for 3 consecutive days}}}}.",
            ("h", "Locomotor testing"),
            "BBB scores were recorded at 1, 3, 7, 14, 21, 28 and 35 days post-injury (dpi) by {{reported_blinded_assessment|an examiner unaware of treatment}}. Values are mean ± SEM.",
        ]),
        ("results", "Results", [
            ("h", "Vesicle characteristics"),
            "NTA showed a {{size_nm|modal size of 98 nm}}; electroporation did not change the size distribution. Loaded vesicles carried 35-fold more miR-124 than native ones.",
            ("h", "Motor recovery"),
            "In the Exo-miR124 group the BBB score rose from {bbb:Exo-miR124@1} at 1 dpi to {bbb:Exo-miR124@35} at 35 dpi, whereas vehicle-treated rats reached only {bbb:Vehicle@35}. Native exosomes gave an intermediate result ({bbb:Exo@35} at 35 dpi). The difference between Exo-miR124 and vehicle was significant from the second week on (week 2: {bbb:Exo-miR124@14} vs {bbb:Vehicle@14}; P < 0.01).",
            ("table", "Table 2", "Hindlimb BBB scores by time point (mean ± SEM, n = 8).", {
                "orient": "rows", "days": _B_DAYS, "groups": ["Sham", "Vehicle", "Exo", "Exo-miR124"],
                "day_fmt": days_label("{d} dpi"), "corner": "dpi"}),
            ("h", "Microglial phenotype"),
            "At 7 dpi, Arg1+/Iba1+ cells increased and iNOS+/Iba1+ cells decreased in the Exo-miR124 group.",
        ]),
        ("discussion", "Discussion", [
            f"Engineered exosomes outperformed native ones. Similar designs reached BBB scores near 12 at four weeks after intravenous doses of 200 {MU}g [2]. We attribute the benefit to {{{{mechanism|miR-124 driven M2 polarisation of microglia}}}}. Our subscore analysis (toe clearance, trunk stability) was exploratory and is not reported here.",
        ]),
    ],
    references=refs(1, 3, -2, 4, -7, 11),
    back=[("Competing interests", "{{reported_conflict_of_interest|The authors declare no competing interests}}.")],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------
# 3. Hypoxic human ADSC sEVs (normoxic arm = other), modified Allen weight drop, UF + qEV,
#    NTA median (D50), 100 ug/kg jugular vein immediately; T-coded time points defined in
#    methods, T0 pre-injury baseline column; "mean (SD)" cells; "four groups of 12".
# ---------------------------------------------------------------------------------------
_C_DAYS = [1, 3, 7, 14, 28]
_C_T = {1: "T1", 3: "T2", 7: "T3", 14: "T4", 28: "T5"}
_C = BScores("BBB", "sd", [("Sham", "sham", 12), ("SCI", "control", 12), ("SCI+N-sEV", "other", 12),
                           ("SCI+H-sEV", "treatment", 12)], {
    "Sham": dict(zip(_C_DAYS, [(21.0, 0.0)] * 5)),
    "SCI": dict(zip(_C_DAYS, [(0.3, 0.4), (1.1, 0.6), (2.7, 0.9), (4.6, 1.2), (7.0, 1.3)])),
    "SCI+N-sEV": dict(zip(_C_DAYS, [(0.4, 0.5), (1.5, 0.7), (3.6, 1.0), (6.1, 1.1), (8.8, 1.4)])),
    "SCI+H-sEV": dict(zip(_C_DAYS, [(0.5, 0.5), (2.0, 0.8), (4.4, 1.1), (7.7, 1.3), (10.9, 1.2)])),
})

CASTILLO = Study(
    scores=_C,
    stem="castillo2022_hypoxic_hadsc_sev_tcodes_jugular",
    layout="single",
    title="Small extracellular vesicles from hypoxia-preconditioned adipose stromal cells reduce ferroptosis after spinal cord contusion",
    short_title="Hypoxic ADSC-sEVs and ferroptosis",
    authors=[("María José", "Castillo"), ("Henrik", "Aas"), ("Priya", "Raman")],
    affiliations=["Laboratorio de Neurorreparación, Universidad del Altiplano (invented)"],
    journal="Cellular Therapy in Neurotrauma",
    year=2022, volume="9:221–236", doi="10.5555/ctn.2022.221", pmid="99200103", pmcid="PMC9920103",
    received="2022-01-25",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 200, "high": 230},
        "n_per_group": 12, "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T10",
        "source_tissue": "adipose", "source_species": "human", "modification": "hypoxic preconditioning",
        "isolation_method": ["ultrafiltration", "size_exclusion"], "isolation_detail": "100 kDa Amicon Ultra-15; qEV original 70 nm columns",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD81", "TSG101", "calnexin"],
        "size_nm": {"value": 131.0, "low": None, "high": None, "stat": "median", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug_per_kg", "volume_ul": None, "basis": "protein"},
        "route": "intravenous", "route_detail": "jugular vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.0,
        "mechanism": "inhibition of ferroptosis via GPX4",
        "reported_randomisation": True, "reported_sample_size_calculation": True,
    },
    abstract=[
        ("Objective", "To test whether {{modification|hypoxic preconditioning}} of human adipose-derived stromal cells (hADSCs) makes their small extracellular vesicles (sEVs) more protective after spinal cord injury."),
        ("Design", "Randomised, controlled study in female Sprague-Dawley rats with a T10 weight-drop contusion; sEVs from normoxic (N-sEV) or hypoxic (H-sEV) cells given once intravenously."),
        ("Results", "H-sEV improved BBB scores, lowered lipid peroxidation and restored GPX4 compared with N-sEV and untreated injury."),
    ],
    keywords=["ferroptosis", "GPX4", "hypoxia", "adipose stromal cells", "small extracellular vesicles"],
    sections=[
        ("intro", "Introduction", [
            "Iron released from haemorrhage drives lipid peroxidation and ferroptotic death of neurons and oligodendrocytes after SCI [6]. Mesenchymal stromal cells cultured in low oxygen secrete vesicles with altered cargo [8].",
            f"sEVs are defined by size (below 200{NB}nm) rather than by biogenesis [3], and most in-vivo studies inject 100–200 {MU}g per rat.",
        ]),
        ("methods", "Methods", [
            ("h", "Study design"),
            "Forty-eight {{species,strain,sex|female Sprague–Dawley rats}} ({{body_weight_g|200–230 g}}) were {{reported_randomisation|randomly allocated, using sealed envelopes,}} {{n_per_group|into four groups of 12}}: Sham, SCI, SCI+N-sEV and SCI+H-sEV. {{reported_sample_size_calculation|Group size was calculated a priori}} (α = 0.05, power 0.8, expected difference of 2.5 BBB points, SD 2.0).",
            "Behaviour was scored at six time points, coded T0 (pre-injury), T1 (day 1), T2 (day 3), T3 (day 7), T4 (day 14) and T5 (day 28) after injury.",
            ("h", "Contusion model"),
            "Rats were anaesthetised with ketamine/xylazine. After laminectomy of the {{injury_level|tenth thoracic vertebra}}, a {{injury_model,injury_device|modified Allen weight-drop device}} (10 g, 25 mm) produced the contusion.",
            ("h", "Cells and preconditioning"),
            "{{source_tissue,source_species|hADSCs were obtained from lipoaspirate of healthy donors}} (passage 3–5). For {{modification|hypoxic preconditioning, cells were kept at 1% O<sub>2</sub> for 48 h}}; normoxic cells stayed at 21% O<sub>2</sub>.",
            ("h", "sEV isolation"),
            "Conditioned media were concentrated by {{isolation_method,isolation_detail|100 kDa Amicon Ultra-15}} filters and fractionated on {{isolation_method,isolation_detail|qEV original 70 nm columns}} (Izon); fractions 7–9 were pooled. Size and concentration were measured by {{characterization|NTA}}, morphology by {{characterization|TEM}}, and {{markers|CD9, CD81, TSG101}} and the negative marker {{markers|calnexin}} by {{characterization|western blot}} (primary antibodies from rabbit, 1:800).",
            ("h", "Administration"),
            f"{{{{timing_post_injury_h|Immediately after the contusion}}}}, sEVs ({{{{dose|100 {MU}g/kg body weight}}}}, protein by BCA) or PBS were injected {{{{route,route_detail|into the right jugular vein}}}} {{{{frequency|once}}}}.",
            ("h", "Statistics"),
            "Mean (SD). Mixed-effects model with Šidák correction.",
        ]),
        ("results", "Results", [
            "NTA gave a {{size_nm|median (D50) of 131 nm}} for H-sEV and 127 nm for N-sEV. Both showed cup-shaped morphology by TEM.",
            "All rats scored 21 at T0. At T5, BBB reached {bbb:SCI+H-sEV@28|paren} with H-sEV, {bbb:SCI+N-sEV@28|paren} with N-sEV and {bbb:SCI@28|paren} without treatment (Table 1).",
            ("table", "Table 1", "BBB scores per group, mean (SD); time points as defined in Methods.", {
                "orient": "cols", "days": _C_DAYS, "groups": ["Sham", "SCI", "SCI+N-sEV", "SCI+H-sEV"],
                "day_fmt": tcode(_C_T), "cell": "paren",
                "baseline": ("T0", {"Sham": "21.0 (0.0)", "SCI": "21.0 (0.0)", "SCI+N-sEV": "21.0 (0.0)", "SCI+H-sEV": "21.0 (0.0)"})}),
            "Malondialdehyde in cord tissue fell by 38% and GPX4 protein doubled with H-sEV at T3.",
        ]),
        ("discussion", "Discussion", [
            "Hypoxic conditioning made the vesicles more effective. The gain we observed (3.9 points at T5) exceeds that of a study using 1 × 10<sup>11</sup> particles of normoxic vesicles [2]. Our data support {{mechanism|inhibition of ferroptosis via GPX4}}.",
        ]),
    ],
    references=refs(-3, 1, -4, 6, 11, -9, 2, 8),
    back=[("Data availability", "Data are available on request.")],
    notes=["Table 1 column T0 is the pre-injury baseline: no outcome rows (day counts days after injury)."],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------
# 4. Curcumin-loaded placental MSC exosomes, aneurysm clip T9-T10, iodixanol gradient,
#    DLS, i.p. every other day for 14 days from 24 h; BBB only in a figure (n = 6 in legend);
#    BMS in the discussion as a trap.
# ---------------------------------------------------------------------------------------
_D_DAYS = [1, 7, 14, 21, 28]
_D = BScores("BBB", "sem", [("Sham", "sham", 6), ("SCI+Saline", "control", 6), ("SCI+Exo", "other", 6),
                            ("SCI+Cur-Exo", "treatment", 6)], {
    "Sham": dict(zip(_D_DAYS, [(21.0, 0.0)] * 5)),
    "SCI+Saline": dict(zip(_D_DAYS, [(0.5, 0.2), (2.6, 0.4), (4.3, 0.5), (5.5, 0.5), (6.2, 0.6)])),
    "SCI+Exo": dict(zip(_D_DAYS, [(0.6, 0.2), (3.1, 0.4), (5.4, 0.5), (6.9, 0.6), (7.8, 0.6)])),
    "SCI+Cur-Exo": dict(zip(_D_DAYS, [(0.7, 0.3), (3.9, 0.5), (6.6, 0.6), (8.6, 0.6), (9.9, 0.7)])),
})

DIMITRIOU = Study(
    scores=_D,
    stem="dimitriou2019_hpmsc_curcumin_exo_clip_ip_figure",
    layout="twocol",
    title="Curcumin-loaded exosomes from placental mesenchymal stem cells given intraperitoneally after clip compression of the rat spinal cord",
    short_title="Curcumin exosomes, clip SCI",
    authors=[("Eleni", "Dimitriou"), ("Kwame", "Asante"), ("Ivana", "Horvat"), ("Sung-min", "Park")],
    affiliations=["School of Biomedical Sciences, Aegean Coast University (invented)", "Spinal Research Unit, Mid-River Hospital (invented)"],
    journal="Regenerative Pharmacology Reports",
    year=2019, volume="5(2)", doi="10.5555/rpr.2019.5.2.77", pmid="99200104", pmcid="PMC9920104",
    received="2019-02-11",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male",
        "n_per_group": 6, "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T9-T10",
        "source_tissue": "placenta", "source_species": "human", "modification": "curcumin loading",
        "isolation_method": ["ultracentrifugation", "density_gradient"], "isolation_detail": "iodixanol density gradient, 120,000 × g 18 h",
        "characterization": ["TEM", "DLS", "western_blot"], "markers": ["CD63", "HSP70", "TSG101"],
        "size_nm": {"value": 141.2, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 200, "unit": "ug", "volume_ul": 500, "basis": "protein"},
        "route": "intraperitoneal", "route_detail": "intraperitoneal injection",
        "frequency": {"doses": 7, "interval_h": 48}, "timing_post_injury_h": 24.0,
        "mechanism": "NF-κB inhibition",
        "reported_welfare_compliance": True,
    },
    abstract=[
        (None, f"Curcumin is anti-inflammatory but poorly bioavailable. We packed it into exosomes of human placental MSCs (Cur-Exo) and treated male Sprague-Dawley rats after a 1-min clip compression at T9–T10. Cur-Exo (200 {MU}g, i.p.) improved hindlimb function more than unloaded exosomes and suppressed NF-κB p65 nuclear translocation."),
    ],
    keywords=["curcumin", "drug delivery", "placenta", "compression injury", "NF-κB"],
    sections=[
        ("intro", "Introduction", [
            f"Compression injuries model the sustained cord displacement seen clinically [8]. Exosomes (50–150 nm) cross biological barriers and can carry hydrophobic drugs [2]. Doses used by others range from 20 to 500 {MU}g.",
        ]),
        ("methods", "Methods", [
            "{{reported_welfare_compliance|Animal work complied with Directive 2010/63/EU}} and was licensed by the regional authority. {{species,strain,sex|Male Sprague-Dawley rats}} aged 10 weeks were used.",
            "Injury: under isoflurane, the cord was exposed at {{injury_level|T9–T10}} and {{injury_model,injury_device|compressed for 1 min with a modified aneurysm clip}} (closing force 35 g).",
            "{{source_tissue,source_species|Placental MSCs were isolated from term human placentas}} (chorionic villi) with consent. Exosomes were enriched by differential centrifugation and purified on an {{isolation_method,isolation_detail|iodixanol density gradient, 120,000 × g 18 h}}; the 1.10–1.12 g/mL fractions were {{isolation_method|washed by ultracentrifugation}}.",
            "Loading: {{modification|curcumin was loaded into exosomes by incubation with 0.5% saponin}} for 20 min at room temperature, followed by washing.",
            "Vesicles were examined by {{characterization|TEM}}, {{characterization|dynamic light scattering}} (Zetasizer) and {{characterization|western blot}} ({{markers|CD63, HSP70, TSG101}}).",
            f"Treatment started {{{{timing_post_injury_h|24 h post-injury}}}}: {{{{dose|200 {MU}g exosomes in 0.5 mL}}}} saline were injected {{{{route,route_detail|intraperitoneally}}}} {{{{frequency|every other day for 14 days}}}}. BBB was scored weekly by two observers.",
        ]),
        ("results", "Results", [
            "DLS gave a {{size_nm|mean hydrodynamic diameter of 141.2 nm}} (PDI 0.18); loading efficiency was 22%.",
            "Hindlimb recovery is shown in Figure 2: Cur-Exo rats improved faster than unloaded-exosome and saline rats from week 2.",
            ("figure", "Figure 2", "BBB scores over 28 days (mean ± SEM; {{n_per_group|n = 6 per group}}). *P < 0.05 Cur-Exo vs SCI+Saline.", {
                "days": _D_DAYS, "groups": ["Sham", "SCI+Saline", "SCI+Exo", "SCI+Cur-Exo"]}),
            "p65 nuclear staining in ventral horn neurons fell by half with Cur-Exo at day 7.",
        ]),
        ("discussion", "Discussion", [
            "Loading curcumin added to the effect of the vesicles. In mice, comparable vesicles raised BMS scores to 5.5 ± 0.4 [11], and intravenous bone-marrow exosomes gave BBB 9.1 ± 0.8 in rats [5]. We propose {{mechanism|NF-κB inhibition}} as the main mechanism.",
        ]),
    ],
    references=refs(7, 1, 9, -5, 10, 4, 2, 8, 11, -10, 0, 3),
    back=[("Acknowledgements", "We thank the (invented) core facility.")],
    notes=["BBB is reported only in a line plot (Figure 2): no outcome rows."],
    footnote=FOOTNOTE,
)

STUDIES = [ADEYEMI, BERGSTROM, CASTILLO, DIMITRIOU]
