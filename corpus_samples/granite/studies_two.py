"""Granite studies 4-6 (everything invented; see README.md)."""

from __future__ import annotations

from extgen.common import FOOTNOTE, POOL
from extgen.model import Study
from gmodel import GScores

# ---------------------------------------------------------------------------------------------
# 4. Bwalya 2023: codes G1-G4, POD, mean with 95% CI, BBB subscore beside BBB, sidebar layout
# ---------------------------------------------------------------------------------------------
_D4 = [1.0, 7.0, 14.0, 21.0, 35.0]
_S4 = GScores(
    outcome="BBB", err="sd",
    groups=[("G1", "sham", 10), ("G2", "control", 10), ("G3", "treatment", 10), ("G4", "other", 10)],
    values={
        "G1": dict(zip(_D4, [(20.6, (20.1, 21.0)), (21.0, (21.0, 21.0)), (21.0, (21.0, 21.0)),
                             (21.0, (21.0, 21.0)), (21.0, (21.0, 21.0))])),
        "G2": dict(zip(_D4, [(0.2, (0.0, 0.5)), (2.6, (1.8, 3.4)), (5.0, (4.1, 5.9)), (6.4, (5.5, 7.3)),
                             (7.5, (6.6, 8.4))])),
        "G3": dict(zip(_D4, [(0.3, (0.0, 0.6)), (2.9, (2.0, 3.8)), (6.8, (5.8, 7.8)), (9.1, (8.0, 10.2)),
                             (11.4, (10.2, 12.6))])),
        "G4": dict(zip(_D4, [(0.2, (0.0, 0.5)), (2.7, (1.9, 3.5)), (5.3, (4.3, 6.3)), (6.9, (5.9, 7.9)),
                             (7.9, (6.9, 8.9))])),
    },
    stat="mean", spread="ci", decimals=1,
    text_fmt="{m} (95% CI {lo}–{hi})", paren_fmt="{m} ({lo}–{hi})", table_fmt="{m} [{lo}, {hi}]",
)
_SUB4 = {
    "G1": {1.0: "12.4", 7.0: "13.0", 14.0: "13.0", 21.0: "13.0", 35.0: "13.0"},
    "G2": {1.0: "0.0", 7.0: "0.0", 14.0: "0.4", 21.0: "1.1", 35.0: "1.9"},
    "G3": {1.0: "0.0", 7.0: "0.0", 14.0: "1.2", 21.0: "3.6", 35.0: "6.2"},
    "G4": {1.0: "0.0", 7.0: "0.0", 14.0: "0.5", 21.0: "1.4", 35.0: "2.2"},
}

BWALYA = Study(
    stem="bwalya2023_hpmsc_sev_intralesional_pod_ci",
    layout="sidebar",
    title="Delayed intralesional placental stromal cell small extracellular vesicles and coordinated "
          "stepping after thoracic contusion",
    short_title="Delayed intralesional placental sEVs",
    authors=[("Chilufya", "Bwalya"), ("Mwansa", "Tembo"), ("Jacob", "Kalinda"), ("Priya", "Raghunathan"),
             ("Esther", "Mulenga")],
    affiliations=["Department of Physiological Sciences, Great North Road University, Lusaka (invented)",
                  "Centre for Regenerative Medicine, Copperbelt Health Sciences Institute (invented)"],
    journal="African Journal of Neural Repair",
    year=2023, volume="5(2):140–155", doi="10.5555/ajnr.2023.052.140",
    pmid="99100614", pmcid="PMC9910614", received="2023-03-14",
    values={
        "species": "rat", "strain": "Long-Evans", "sex": "male",
        "body_weight_g": {"low": 300, "high": 350}, "n_per_group": 10,
        "injury_model": "contusion", "injury_device": "Infinite Horizon impactor", "injury_level": "T8",
        "source_tissue": "placenta", "source_species": "human", "modification": "none",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 g 90 min",
        "characterization": ["TEM", "NTA", "western_blot"],
        "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 109.0, "low": None, "high": None, "stat": "median", "method": "NTA"},
        "dose": {"amount": 20, "unit": "ug", "volume_ul": 5, "basis": "protein"},
        "route": "intralesional", "route_detail": "lesion site",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 168.0,
        "mechanism": "promotion of serotonergic fibre sprouting",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Aim", "To test whether small extracellular vesicles (sEVs) from human placental MSCs help when "
         "given one week after injury, a delay that better matches the clinical situation."),
        ("Methods", "Male Long-Evans rats with a T8 contusion were divided into four codes (G1–G4). A "
         "single intralesional injection of sEVs was given on post-operative day (POD) 7. Locomotion was "
         "scored with the BBB scale and its 13-point subscore up to POD 35."),
        ("Results", "On POD 35 G3 reached {bbb:G3@35} against {bbb:G2@35} in G2; the subscore, which "
         "reflects paw position and coordination, more than tripled."),
    ],
    keywords=["placenta", "small extracellular vesicles", "delayed treatment", "BBB subscore"],
    sections=[
        ("intro", "Introduction", [
            "Most vesicle studies in spinal cord injury treat within the first hour [5,11]. Patients, "
            "however, reach specialised centres after hours to days. Small extracellular vesicles (sEVs; "
            "typically below 200 nm) may still act once the acute inflammatory phase has passed [2].",
            "The BBB scale saturates at its plateau of occasional stepping, and the subscore derived from "
            "its upper items (toe clearance, paw position, trunk stability, tail) separates animals that "
            "the total cannot [1]. We report both.",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Ethics and animals"),
            "The {{reported_welfare_compliance|study was approved by the University Research Ethics "
            "Committee for Animal Use (UREC-A 2022-031)}} and followed the ARRIVE guidelines. Forty "
            "{{sex,strain,species|male Long-Evans rats}} ({{body_weight_g|300–350 g}}) were obtained from "
            "the university colony.",
            ("h", "Group codes"),
            "Rats were {{reported_randomisation|assigned at random (random number table)}} to G1 "
            "(laminectomy only), G2 (contusion, PBS), G3 (contusion, sEVs) or G4 (contusion, heat-inactivated "
            "sEVs, 95 °C for 10 min), {{n_per_group|10 rats per code}}. Codes only are used hereafter.",
            ("h", "Contusion"),
            "Under ketamine–medetomidine anaesthesia (75 and 0.5 mg/kg) the T7 lamina was removed and a "
            "{{injury_model,injury_device,injury_level|200-kdyn contusion was delivered to T8 with the "
            "Infinite Horizon impactor}}. The day of surgery is POD 0.",
            ("h", "sEV production"),
            "{{source_species,source_tissue|Human placental MSCs}} (chorionic villi, passage 3–5) were "
            "grown in vesicle-depleted medium; sEVs were {{modification|native, without genetic or "
            "pharmacological modification}}. After clearing spins, sEVs were pelleted by "
            "{{isolation_method,isolation_detail|ultracentrifugation (100,000 g, 90 min, 4 °C)}} and "
            "resuspended in PBS.",
            "{{characterization|TEM, NTA and western blot}} were used; the blots showed "
            "{{markers|CD9, CD63 and TSG101 but not calnexin}}. Neurite outgrowth assays used 10 µg/ml.",
            ("h", "Intralesional injection"),
            "On {{timing_post_injury_h|POD 7}} the lesion was re-exposed and "
            "{{dose|20 µg sEVs in 5 µl PBS}} were {{route,route_detail|injected into the lesion epicentre}} "
            "with a glass micropipette ({{frequency|one injection}}). G2 received PBS and G4 the "
            "heat-inactivated sEVs.",
            ("h", "Locomotor scoring"),
            "The BBB scale and the BBB subscore (0–13) were scored on POD 1, 7, 14, 21 and 35 by "
            "{{reported_blinded_assessment|two examiners blinded to the codes}}. Means are given with 95% "
            "confidence intervals; groups were compared by linear mixed models.",
        ]),
        ("results", "Results", [
            ("h", "sEV properties"),
            "NTA gave {{size_nm|a median particle diameter (D50) of 109 nm}}; TEM showed cup-shaped vesicles.",
            ("h", "Locomotion"),
            "All contused rats were nearly paraplegic on POD 1 (G2 {bbb:G2@1|paren}). Scores in G3 diverged "
            "from G2 only after the injection; two weeks after the injection (POD 21) G3 scored {bbb:G3@21}, "
            "G2 {bbb:G2@21}. Four weeks after the injection, G4 scored {bbb:G4@35}, no better than PBS.",
            ("table", "Table 1", "BBB score and BBB subscore by code and post-operative day. BBB: mean "
             "[95% CI]; subscore: mean. n = 10 per code.",
             {"kind": "subscore", "days": _D4[1:], "groups": ["G1", "G2", "G3", "G4"], "sub": _SUB4,
              "day_fmt": lambda d: f"POD {d:g}", "corner": "Code",
              "foot": "G1, laminectomy; G2, PBS; G3, sEVs; G4, heat-inactivated sEVs."}),
            "The subscore in G3 rose to 6.2 by POD 35 compared with 1.9 in G2, reflecting consistent "
            "parallel paw placement in most G3 rats.",
            ("h", "Raphespinal fibres"),
            "5-HT-positive fibres caudal to the lesion were denser in G3, suggesting "
            "{{mechanism|promotion of serotonergic fibre sprouting}}.",
        ]),
        ("discussion", "Discussion", [
            "A single delayed injection improved both the BBB total and the subscore. Acute intravenous "
            "studies report gains of three to five points [5], but one delayed-treatment study saw no "
            "effect with 100 µg at POD 14 [11].",
            "Heat inactivation abolished the effect, indicating that intact vesicle cargo is required.",
        ]),
    ],
    references=[POOL[0], POOL[1], POOL[4], POOL[6], POOL[10], POOL[11], POOL[15]],
    scores=_S4,
    back=[("Ethics", "University Research Ethics Committee for Animal Use, UREC-A 2022-031."),
          ("Conflicts of interest", "{{reported_conflict_of_interest|The authors declare that they have "
           "no conflicts of interest.}}")],
    notes=["BBB cells are mean [95% CI]: neither SD nor SEM.",
           "BBB subscore (0–13) values beside BBB are not BBB rows.",
           "'Two/four weeks after the injection' (injection on POD 7) = days 21 and 35 post-injury."],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------------
# 5. Delahunty 2020: Roman-numeral groups, "Week n post-SCI" rows, mean (SE), scale named by words
# ---------------------------------------------------------------------------------------------
_W5 = [7.0, 14.0, 21.0, 28.0, 42.0]
_S5 = GScores(
    outcome="BBB", err="sem",
    groups=[("I", "sham", 6), ("II", "control", 6), ("III", "treatment", 6), ("IV", "other", 6)],
    values={
        "I": dict(zip(_W5, [(21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)])),
        "II": dict(zip(_W5, [(1.8, 0.4), (4.2, 0.6), (6.0, 0.7), (7.1, 0.8), (7.9, 0.8)])),
        "III": dict(zip(_W5, [(3.1, 0.5), (7.0, 0.7), (9.8, 0.8), (11.5, 0.8), (12.9, 0.9)])),
        "IV": dict(zip(_W5, [(2.4, 0.5), (5.6, 0.7), (7.7, 0.7), (9.0, 0.8), (10.1, 0.8)])),
    },
    stat="mean", spread="sem", decimals=1,
    text_fmt="{m} ± {e} (SE)", paren_fmt="{m} (SE {e})", table_fmt="{m} ({e})",
    labels={"I": "Group I", "II": "Group II", "III": "Group III", "IV": "Group IV"},
)

DELAHUNTY = Study(
    stem="delahunty2020_radmsc_bdnf_exo_jugular_roman",
    layout="single",
    title="Exosomes from BDNF-engineered adipose stromal cells given by jugular vein improve open-field "
          "locomotion after weight-drop spinal cord injury",
    short_title="BDNF-engineered adipose exosomes in SCI",
    authors=[("Niamh", "Delahunty"), ("Ciarán", "Ó Floinn"), ("Beatriz", "Salcedo"), ("Rory", "Keegan")],
    affiliations=["School of Anatomy, Shannonside College of Medicine, Limerick (invented)",
                  "Regenerative Neuroscience Group, Corrib Biomedical Institute, Galway (invented)"],
    journal="European Journal of Spinal Neurobiology",
    year=2020, volume="12:331–346", doi="10.5555/ejsn.2020.12.331",
    pmid="99100615", pmcid="PMC9910615", received="2020-06-02",
    values={
        "species": "rat", "strain": "Lewis", "sex": "female",
        "body_weight_g": {"low": 180, "high": 210}, "n_per_group": 6,
        "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T10",
        "source_tissue": "adipose", "source_species": "rat", "modification": "BDNF overexpression",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "ExoQuick-TC",
        "characterization": ["TEM", "NTA", "western_blot"],
        "markers": ["CD63", "TSG101", "HSP70"],
        "size_nm": {"value": 102.5, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 1e10, "unit": "particles", "volume_ul": 300, "basis": "particles"},
        "route": "intravenous", "route_detail": "jugular vein",
        "frequency": {"doses": 2, "interval_h": 24}, "timing_post_injury_h": 0.0,
        "mechanism": "BDNF–TrkB signalling",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Brain-derived neurotrophic factor (BDNF) supports axonal survival but is hard to deliver "
         "to the injured cord. We loaded exosomes with BDNF by engineering the parent cells. Female Lewis "
         "rats with a weight-drop injury at T10 received BDNF-engineered adipose stromal cell exosomes, "
         "native exosomes or vehicle through the jugular vein immediately after injury and again a day "
         "later. Six weeks after injury the open-field locomotor score was {bbb:III@42|paren} with "
         "BDNF-engineered exosomes and {bbb:II@42|paren} with vehicle."),
    ],
    keywords=["BDNF", "engineered exosomes", "adipose stromal cells", "open-field locomotion"],
    sections=[
        ("intro", "Introduction", [
            "Neurotrophins are potent but short-lived in the circulation [7]. Exosomes, 30–100 nm "
            "in most textbook accounts [2], protect their cargo and cross the disrupted blood–spinal cord "
            "barrier [6].",
            "Engineering the parent cell to overexpress a therapeutic protein is a simple way to load "
            "vesicles [15]. Here we compared exosomes from BDNF-overexpressing adipose stromal cells with "
            "native exosomes.",
        ]),
        ("methods", "Methods", [
            ("h", "Animals and groups"),
            "{{reported_welfare_compliance|Work was authorised by the Health Products Regulatory Authority "
            "(AE19130/P087) and the institutional Animal Welfare Body}}. Twenty-four "
            "{{sex,strain,species|female Lewis rats}} of {{body_weight_g|180–210 g}} were divided into four "
            "groups of {{n_per_group|six}}: I, sham; II, injury + vehicle; III, injury + BDNF-engineered "
            "exosomes; IV, injury + native exosomes.",
            ("h", "Weight-drop injury"),
            "Rats were anaesthetised with isoflurane (3% induction) and given carprofen 5 mg/kg. After T9–T10 "
            "laminectomy, a {{injury_model,injury_device|10 g weight was dropped from 25 mm}} onto the "
            "{{injury_level|exposed T10 spinal cord}}.",
            ("h", "Engineered exosomes"),
            "{{source_species,source_tissue|Rat adipose-derived stromal cells}} from inguinal fat were "
            "transduced with a lentivirus encoding rat BDNF ({{modification|BDNF-overexpressing cells}}); "
            "empty-vector cells gave the native exosomes. Exosomes were collected with "
            "{{isolation_method,isolation_detail|ExoQuick-TC precipitation}} according to the kit "
            "instructions.",
            "{{characterization|TEM, NTA and western blotting}} confirmed {{markers|CD63, TSG101 and "
            "HSP70}}. BDNF content was 18 pg per 10<sup>9</sup> particles by ELISA.",
            ("h", "Injections"),
            "Each rat received {{dose|1 × 10<sup>10</sup> particles in 300 µl saline}} "
            "{{route,route_detail|via the right external jugular vein}}, "
            "{{timing_post_injury_h|immediately after injury}} and {{frequency|again 24 h later (two doses)}}.",
            ("h", "Open-field testing"),
            "Locomotion was rated on the 21-point open-field locomotor score [1] at week 1, 2, 3, 4 and 6 "
            "post-SCI by {{reported_blinded_assessment|a scorer who did not know the group codes}}. Results "
            "are means (SE). Inclined-plane angles were recorded at week 6.",
        ]),
        ("results", "Results", [
            "NTA gave {{size_nm|a mean diameter of 102.5 nm}} for both exosome types.",
            "At week 1 post-SCI scores were low in all injured groups (Group II {bbb:II@7}). By week 3 "
            "post-SCI, Group III had reached {bbb:III@21}. At week 6 post-SCI, Groups II, III and IV scored "
            "{bbb:II@42}, {bbb:III@42} and {bbb:IV@42}, respectively (Table 2, Figure 2).",
            ("table", "Table 2", "Open-field locomotor scores, mean (SE), n = 6 per group.",
             {"orient": "rows", "days": _W5, "groups": ["I", "II", "III", "IV"],
              "day_fmt": lambda d: f"Week {d / 7:g} post-SCI", "corner": "Time point"}),
            ("figure", "Figure 2", "Time course of the open-field locomotor score (means; SE bars omitted "
             "for clarity).",
             {"days": _W5, "groups": ["II", "III", "IV"], "x": "weeks"}),
            "Inclined-plane angles at week 6 were 58.3 ± 2.1° (III) and 47.6 ± 1.9° (II). Spinal BDNF "
            "and phosphorylated TrkB were raised in Group III, consistent with "
            "{{mechanism|BDNF–TrkB signalling}}.",
        ]),
        ("discussion", "Discussion", [
            "Engineered exosomes outperformed native ones by about three points. Other groups report native "
            "exosome effects of 2–4 points with 200 µg [5,11] and a score of 14.2 at six weeks with "
            "miRNA-loaded vesicles [15].",
            "Limitations: small groups, female rats only.",
        ]),
    ],
    references=[POOL[0], POOL[1], POOL[4], POOL[5], POOL[6], POOL[7], POOL[10], POOL[12], POOL[13],
                POOL[14], POOL[15], POOL[3], POOL[2], POOL[8], POOL[9]],
    scores=_S5,
    back=[("Competing interests", "{{reported_conflict_of_interest|None.}}"),
          ("Ethics approval", "HPRA authorisation AE19130/P087.")],
    notes=["Groups are Roman numerals I–IV; the scale is named only as the 21-point open-field locomotor score.",
           "Figure 2 plots the table values and adds no gold rows."],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------------
# 6. Ploumidis 2024: median (range), hours then days, hypoxic WJ-MSC exosomes, intranasal daily
# ---------------------------------------------------------------------------------------------
_D6 = [1.0, 3.0, 7.0, 14.0, 28.0]
_S6 = GScores(
    outcome="BBB", err="sd",
    groups=[("Laminectomy", "sham", 8), ("Saline", "control", 8), ("N-Exo", "other", 8),
            ("H-Exo", "treatment", 8)],
    values={
        "Laminectomy": dict(zip(_D6, [(20, (19, 21)), (21, (20, 21)), (21, (21, 21)), (21, (21, 21)),
                                      (21, (21, 21))])),
        "Saline": dict(zip(_D6, [(0, (0, 1)), (1, (0, 2)), (3, (1, 4)), (5, (3, 7)), (7, (5, 9))])),
        "N-Exo": dict(zip(_D6, [(0, (0, 1)), (1, (0, 3)), (4, (2, 5)), (7, (5, 8)), (9, (7, 11))])),
        "H-Exo": dict(zip(_D6, [(0, (0, 2)), (2, (1, 3)), (5, (3, 7)), (9, (7, 10)), (12, (9, 14))])),
    },
    stat="median", spread="range", decimals=-1,
    text_fmt="{m} (range {lo}–{hi})", paren_fmt="{m} ({lo}–{hi})", table_fmt="{m} ({lo}–{hi})",
)

PLOUMIDIS = Study(
    stem="ploumidis2024_hypoxic_wjmsc_exo_intranasal_range",
    layout="twocol",
    title="Intranasal exosomes from hypoxia-conditioned Wharton's jelly stromal cells after thoracic "
          "spinal cord contusion",
    short_title="Intranasal hypoxic WJ-MSC exosomes",
    authors=[("Eleni", "Ploumidis"), ("Giorgos", "Karamanlis"), ("Sofia", "Vlachou"), ("Ahmet", "Yüksel"),
             ("Dimitra", "Fotopoulou"), ("Nikos", "Stathakis")],
    affiliations=["Laboratory of Experimental Neurosurgery, Aegean Medical School, Heraklion (invented)",
                  "Biomedical Research Foundation of Thessaly, Larissa (invented)"],
    journal="Hellenic Archives of Neuroregeneration",
    year=2024, volume="9(1):e24007", doi="10.5555/han.2024.e24007",
    pmid="99100616", pmcid="PMC9910616", received="2024-01-22",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male",
        "body_weight_g": {"low": 250, "high": 280}, "n_per_group": 8,
        "injury_model": "contusion", "injury_device": "OSU impactor", "injury_level": "T11",
        "source_tissue": "wharton_jelly", "source_species": "human", "modification": "hypoxic preconditioning",
        "isolation_method": ["tangential_flow", "size_exclusion"],
        "isolation_detail": "tangential flow filtration 300 kDa, Sepharose CL-2B column",
        "characterization": ["TEM", "DLS", "western_blot"],
        "markers": ["CD9", "CD81", "TSG101", "calnexin"],
        "size_nm": {"value": 142.0, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 50, "unit": "ug", "volume_ul": 20, "basis": "protein"},
        "route": "intranasal", "route_detail": "nostrils",
        "frequency": {"doses": 5, "interval_h": 24}, "timing_post_injury_h": 2.0,
        "mechanism": "HIF-1α-dependent angiogenesis",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Objective", "To compare exosomes from Wharton's jelly MSCs conditioned in hypoxia (H-Exo) or "
         "normoxia (N-Exo), given intranasally after spinal cord contusion."),
        ("Methods", "Male Wistar rats with a T11 contusion received H-Exo, N-Exo or saline intranasally "
         "once a day for five days from 2 h after injury. Basso, Beattie and Bresnahan scores were "
         "analysed as medians."),
        ("Results", "On day 28 the median score was {bbb:H-Exo@28|paren} with H-Exo and "
         "{bbb:Saline@28|paren} with saline (median, range)."),
    ],
    keywords=["Wharton's jelly", "hypoxia", "intranasal", "exosomes", "angiogenesis"],
    sections=[
        ("intro", "Introduction", [
            "Intranasal delivery bypasses the blood–brain barrier and reaches the spinal cord within "
            "hours [8]. Hypoxic culture raises exosome yield and pro-angiogenic cargo [9].",
            "Previous work used 1 × 10<sup>11</sup> particles intravenously [5]; vesicles in these "
            "reports ranged from 80 to 200 nm [14]. We asked whether a non-invasive route with hypoxic "
            "exosomes improves hindlimb function.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals"),
            "{{reported_welfare_compliance|The protocol was approved by the Veterinary Directorate of the "
            "Region of Crete (protocol 118/2023) in accordance with Presidential Decree 56/2013}}. Thirty-two "
            "{{sex,strain,species|male Wistar rats}} weighing {{body_weight_g|250 to 280 g}} were used. "
            "{{reported_sample_size_calculation|Group size was computed a priori (G*Power) to detect a "
            "3-point difference}}.",
            ("h", "Injury"),
            "Under sevoflurane anaesthesia and after T10–T11 laminectomy, "
            "{{injury_model,injury_device,injury_level|the T11 cord was contused with the OSU impactor}} "
            "(1.1 mm displacement). Sham animals underwent laminectomy only.",
            ("h", "Exosomes"),
            "{{source_species,source_tissue|Human Wharton's jelly MSCs}} were kept at "
            "{{modification|1% O<sub>2</sub> for 48 h (hypoxic preconditioning)}} or at 21% O<sub>2</sub>. "
            "Conditioned medium was concentrated by {{isolation_method,isolation_detail|tangential flow "
            "filtration (300 kDa) and purified on a Sepharose CL-2B column}}.",
            "Vesicles were assessed by {{characterization|TEM, dynamic light scattering and immunoblotting}} "
            "({{markers|CD9, CD81, TSG101; calnexin negative}}).",
            ("h", "Treatment"),
            "Rats were {{reported_randomisation|randomised (block randomisation)}} into four groups of "
            "{{n_per_group|8}}: Laminectomy, Saline, N-Exo and H-Exo. Each dose was "
            "{{dose|50 µg in 20 µl PBS}}, {{route,route_detail|applied intranasally, 10 µl to each "
            "nostril}}, {{frequency|once daily for 5 days}}, the {{timing_post_injury_h|first dose 2 h "
            "after SCI}}. Hyaluronidase (100 U) was given 30 min before each dose.",
            ("h", "Outcome"),
            "The BBB score was recorded at 24 h, 72 h, and 7, 14 and 28 days by "
            "{{reported_blinded_assessment|two blinded observers}}. Because the score is ordinal we report "
            "median (range); groups were compared with the Mann–Whitney U test.",
        ]),
        ("results", "Results", [
            "Hypoxic and normoxic exosomes had similar size by DLS ({{size_nm|Z-average 142 nm}}).",
            "At 24 h every injured rat scored 0 or 1 (Saline {bbb:Saline@1}). At 72 h the medians were "
            "{bbb:H-Exo@3}, {bbb:N-Exo@3} and {bbb:Saline@3} for H-Exo, N-Exo and Saline, respectively. "
            "By day 14 H-Exo had reached {bbb:H-Exo@14}.",
            ("table", "Table 1", "BBB scores: median (range), n = 8 per group.",
             {"orient": "cols", "days": _D6, "groups": ["Laminectomy", "Saline", "N-Exo", "H-Exo"],
              "day_fmt": lambda d: {1.0: "24 h", 3.0: "72 h"}.get(d, f"{d:g} d"), "corner": "Group"}),
            "CD31-positive vessel density was doubled by H-Exo, consistent with "
            "{{mechanism|HIF-1α-dependent angiogenesis}}.",
        ]),
        ("discussion", "Discussion", [
            "Hypoxic exosomes given by the nose produced a median gain of five points by day 28. A mean of "
            "10.5 was reported after intravenous hypoxic vesicles [9], in line with our data.",
        ]),
    ],
    references=[POOL[4], POOL[7], POOL[8], POOL[13], POOL[15], POOL[1], POOL[2], POOL[5], POOL[6]],
    scores=_S6,
    back=[("Ethics", "Veterinary Directorate of the Region of Crete, protocol 118/2023."),
          ("Conflict of interest", "{{reported_conflict_of_interest|The authors declare no conflict of "
           "interest.}}")],
    notes=["Median (range): rows carry stat 'median'; the range is neither SD nor SEM.",
           "First time points are in hours (24 h = day 1, 72 h = day 3)."],
    footnote=FOOTNOTE,
)

STUDIES = [BWALYA, DELAHUNTY, PLOUMIDIS]
