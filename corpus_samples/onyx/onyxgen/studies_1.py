"""Studies 1-3 of the onyx corpus (everything invented; see the README for what each exercises)."""

from __future__ import annotations

from extgen.common import FOOTNOTE, GMU, MU, POOL, TH
from extgen.model import Study

from onyxgen.scores import OnyxScores

# --------------------------------------------------------------------------------------------
# 1. Arellano-Quispe 2020: BBB only in running text and one legend; SEM named only in statistics.
# --------------------------------------------------------------------------------------------
_A_DAYS = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]
ARELLANO = Study(
    stem="arellanoquispe2020_hucmsc_sev_nyu_tailvein",
    layout="single",
    title="Systemic small extracellular vesicles from umbilical cord stromal cells limit secondary "
          "damage after thoracic contusion in female rats",
    short_title="Cord-MSC sEVs after contusion",
    authors=[("Mariela", "Arellano-Quispe"), ("Tomás", "Huamán"), ("Lucía", "Ccori Vargas"), ("Jonas", "Weidmann")],
    affiliations=["Laboratorio de Neurorreparación, Universidad Andina del Sur (invented), Cusco, Peru",
                  "Institut für Vesikelbiologie (invented), Graz, Austria"],
    journal="Andean Journal of Neural Repair",
    year=2020,
    volume="7(3):211–226",
    doi="10.5555/ajnr.2020.0311",
    pmid="99100611",
    pmcid="PMC9910611",
    received="2020-02-14",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 220, "high": 260}, "n_per_group": 10,
        "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T10",
        "source_tissue": "umbilical_cord", "source_species": "human", "modification": "none",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "120,000 g 90 min",
        "characterization": ["TEM", "NTA", "western_blot"],
        "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 112.6, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 500, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 1.0,
        "mechanism": "suppression of microglial NLRP3 inflammasome activation",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Small extracellular vesicles (sEVs) secreted by mesenchymal stromal cells carry "
         "anti-inflammatory cargo, but whether a single systemic dose changes hind-limb recovery after "
         "contusion remains debated."),
        ("Methods", "Adult female rats received a moderate T10 contusion and, one hour later, either "
         "vehicle or sEVs from human umbilical cord MSCs through the tail vein. Open-field locomotion was "
         "rated for four weeks."),
        ("Results", "Vesicle-treated rats regained weight-supported stepping earlier; at four weeks their "
         "mean score was 3.7 points above that of vehicle-treated rats. Lesion volume and NLRP3-positive "
         "microglia were reduced."),
        ("Conclusions", "One intravenous dose of cord-MSC sEVs is sufficient to improve locomotor recovery in "
         "this model."),
    ],
    keywords=["spinal cord injury", "extracellular vesicles", "umbilical cord", "inflammasome", "locomotion"],
    sections=[
        ("intro", "Introduction", [
            "Traumatic spinal cord injury sets off a secondary cascade of ischaemia, excitotoxicity and "
            "inflammation that enlarges the lesion for weeks [1,3]. Exosomes and related small vesicles, "
            "classically described as 30–150 nm particles of endosomal origin [2], have emerged as a cell-free "
            "alternative to transplanting the stromal cells themselves [11].",
            "After a moderate contusion, untreated rats usually plateau at BBB scores between 8 and 10, that is, "
            "frequent plantar placement without consistent weight-supported stepping [1]. Several groups have "
            "reported gains of two to four points with vesicle therapy, but doses ranged from 30 to 400 "
            f"{MU}g and few studies used a single systemic injection [5,11].",
            "We therefore asked whether a single tail-vein dose of umbilical cord MSC sEVs given within the "
            "first hour changes the course of open-field recovery, and whether this is accompanied by reduced "
            "inflammasome activity in spinal microglia.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals and ethics"),
            "{{species,strain,sex,body_weight_g|Forty female Sprague-Dawley rats (220–260 g)}} were "
            "housed in pairs under a 12-h light cycle with food and water ad libitum. "
            "{{reported_welfare_compliance|All procedures were approved by the Institutional Animal Care "
            "Committee of Universidad Andina del Sur (protocol UAS-2018-044)}} and followed the ARRIVE "
            "guidelines.",
            "{{reported_randomisation|Rats were allocated to the three groups with a computer-generated "
            "random sequence}} after injury: sham laminectomy (Sham), injury plus vehicle (SCI+PBS) and injury "
            "plus vesicles (SCI+sEV), {{n_per_group|with 10 rats in each group}} for the behavioural "
            "experiment and a further ten for histology.",
            ("h", "Contusion injury"),
            "Under isoflurane anaesthesia (2.5% in oxygen) a laminectomy was performed at the tenth thoracic "
            "vertebra and {{injury_model,injury_device,injury_level|the exposed cord was contused at T10 with "
            "the NYU impactor}} (10 g rod, 25 mm drop). Sham animals received the laminectomy only. Bladders "
            "were expressed twice daily until reflex voiding returned.",
            ("h", "Cell culture and vesicle isolation"),
            "{{source_tissue,source_species|Human umbilical cord MSCs}} (passage 4–6; donor consent obtained "
            "by the supplier) were grown to 80% confluence and switched to serum-free medium for 48 h. The "
            "conditioned medium was cleared at 300 × g for 10 min, 2" + TH + "000 × g for 20 min and "
            "10" + TH + "000 × g for 40 min, filtered (0.22 " + MU + "m) and then "
            "{{isolation_method,isolation_detail|ultracentrifuged at 120,000 g for 90 min}} (Type 70 Ti rotor) "
            "twice, the second time after a PBS wash. {{modification|The cells were not genetically modified "
            "or preconditioned, and the vesicles were used in their native state.}}",
            ("h", "Characterisation"),
            "{{characterization|Vesicles were examined by transmission electron microscopy (TEM), nanoparticle "
            "tracking analysis (NTA) and western blotting}}. "
            "{{markers|Blots were probed for CD9, CD63 and TSG101, with calnexin as a negative control}}. "
            "Protein concentration was measured with a BCA assay.",
            ("h", "Treatment"),
            "{{timing_post_injury_h|One hour after contusion}}, rats received "
            "{{dose|100 " + MU + "g of sEV protein in 500 " + GMU + "L PBS}} or 500 " + GMU + "L PBS alone, "
            "{{route,route_detail|injected slowly into a lateral tail vein}}. "
            "{{frequency|No further injections were given.}}",
            ("h", "Behavioural testing"),
            "Locomotion was scored on the Basso, Beattie and Bresnahan (BBB) scale in a 90-cm open field on "
            "days 1, 3, 7, 14, 21 and 28 after injury. {{reported_blinded_assessment|Two observers who did not "
            "know the treatment allocation scored each session}}; their scores were averaged.",
            ("h", "Statistics"),
            "Data are presented as mean ± standard error of the mean (SEM). Scores over time were compared by "
            "two-way repeated-measures ANOVA with Bonferroni post hoc tests; P < 0.05 was considered "
            "significant (GraphPad Prism 8).",
        ]),
        ("results", "Results", [
            ("h", "Vesicle characteristics"),
            "TEM showed round, cup-shaped membranous particles. By NTA "
            "{{size_nm|the mean diameter was 112.6 nm}} (mode 98 nm), at 2.4 × 10" + "<sup>11</sup>"
            " particles per mL of resuspended pellet. CD9, CD63 and TSG101 were enriched relative to the cell "
            "lysate, and calnexin was not detected.",
            ("h", "Recovery of hind-limb function"),
            "All injured rats were completely or almost completely paralysed on the first day, and there was no "
            "difference between the injured groups at that time ({bbb:SCI+PBS@1} and {bbb:SCI+sEV@1}, "
            "respectively). Sham-operated animals walked normally throughout, with a score of "
            "{bbb:Sham~int@1} on day 1 and at every later session.",
            "In the vehicle group, scores rose slowly to {bbb:SCI+PBS@7} by day 7 and {bbb:SCI+PBS@14} by "
            "day 14, and levelled off thereafter ({bbb:SCI+PBS@21} on day 21; {bbb:SCI+PBS@28} on day 28). "
            "Rats given vesicles recovered faster, from {bbb:SCI+sEV@3} on day 3 to {bbb:SCI+sEV@7} at one week "
            "and {bbb:SCI+sEV@14} at two weeks.",
            "The separation widened during the last fortnight. At day 21 the treated animals reached "
            "{bbb:SCI+sEV@21} versus {bbb:SCI+PBS~bare@21} in controls (P < 0.01), and at the end of the "
            "experiment {bbb:SCI+sEV@28} compared with {bbb:SCI+PBS~bare@28} (P < 0.001), consistent plantar "
            "stepping with occasional coordination. The gain between day 7 and day 28 was 7.9 points in the "
            "treated group and 4.6 points in the vehicle group, and the mean difference at day 28 was 3.7 "
            "points (95% CI 2.4–5.0).",
            ("figure", "Figure 3", "Open-field scores after T10 contusion. Vehicle-treated rats scored "
             "{bbb:SCI+PBS@3} on day 3, and vesicle-treated rats {bbb:SCI+sEV~bare@28} on day 28. Mean ± SEM, "
             "n = 10 per group; ** P < 0.01, *** P < 0.001 versus SCI+PBS.",
             {"days": _A_DAYS, "groups": ["Sham", "SCI+PBS", "SCI+sEV"]}),
            ("h", "Lesion and inflammasome markers"),
            "Twenty-eight days after injury the cavity occupied 18.2 ± 2.1% of the cord cross-section in the "
            "vehicle group and 11.4 ± 1.6% in treated rats. NLRP3-positive Iba1+ cells around the epicentre "
            "were reduced by roughly half, as were cleaved caspase-1 and IL-1β levels in cord lysates.",
        ]),
        ("discussion", "Discussion", [
            "A single intravenous injection of umbilical cord MSC sEVs improved open-field recovery by about "
            "four points, a gain similar to that reported with repeated dosing [5]. Earlier work with 200 "
            f"{MU}g bone marrow MSC exosomes reported a day-28 BBB of 11.5 ± 0.8 against 7.9 ± 0.6 in controls "
            "[11], close to the values we observed with half that dose.",
            "{{mechanism|Our data suggest that the vesicles act by suppressing NLRP3 inflammasome activation in "
            "microglia}}, in line with the reduced caspase-1 cleavage. Limitations include the use of females "
            "only, a single dose level and follow-up limited to four weeks.",
        ]),
    ],
    references=POOL[0:6] + POOL[10:12],
    back=[
        ("Funding", "Supported by an invented regional science grant (FRC-2019-07)."),
        ("Conflict of interest", "{{reported_conflict_of_interest|The authors declare no competing "
         "interests.}}"),
    ],
    scores=OnyxScores(
        outcome="BBB", err="sem",
        groups=[("Sham", "sham", 10), ("SCI+PBS", "control", 10), ("SCI+sEV", "treatment", 10)],
        values={
            "Sham": {1.0: (21.0, 0.0)},
            "SCI+PBS": {1.0: (0.5, 0.2), 3.0: (1.4, 0.4), 7.0: (3.2, 0.6), 14.0: (5.9, 0.7),
                        21.0: (7.4, 0.8), 28.0: (7.8, 0.7)},
            "SCI+sEV": {1.0: (0.6, 0.3), 3.0: (2.2, 0.5), 7.0: (3.6, 0.7), 14.0: (7.8, 0.9),
                        21.0: (10.3, 0.9), 28.0: (11.5, 1.0)},
        },
    ),
    footnote=FOOTNOTE,
)
ARELLANO.scores.values["Sham"].update({d: (21.0, 0.0) for d in _A_DAYS})


# --------------------------------------------------------------------------------------------
# 2. Ingvarsdóttir 2022: groups by codes (G1–G4); table for days 1–14, later days in the text.
# --------------------------------------------------------------------------------------------
INGVARSDOTTIR = Study(
    stem="ingvarsdottir2022_rbmsc_exo_mir497_iv_codes",
    layout="twocol",
    title="Exosomes from miR-497-3p-overexpressing bone marrow stromal cells dampen astrocytic scarring "
          "after spinal cord contusion",
    short_title="miR-497-3p exosomes in SCI",
    authors=[("Sólveig", "Ingvarsdóttir"), ("Kári", "Magnússon"), ("Anh", "Phan Thi"), ("Rasmus", "Holm"),
             ("Birna", "Gunnarsdóttir")],
    affiliations=["Department of Neurobiology, Reykjanes Institute of Medicine (invented), Reykjavík, Iceland",
                  "Center for RNA Therapeutics (invented), Aarhus, Denmark"],
    journal="Nordic Neurotrauma Letters",
    year=2022,
    volume="14:e0457",
    doi="10.5555/nnl.2022.e0457",
    pmid="99100612",
    pmcid="PMC9910612",
    received="2022-05-30",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male",
        "body_weight_g": {"low": 250, "high": 280}, "n_per_group": 8,
        "injury_model": "contusion", "injury_device": "Infinite Horizon impactor", "injury_level": "T9",
        "source_tissue": "bone_marrow", "source_species": "rat", "modification": "miR-497-3p overexpression",
        "isolation_method": ["ultrafiltration", "ultracentrifugation"],
        "isolation_detail": "100 kDa ultrafiltration then 100,000 × g 70 min",
        "characterization": ["TEM", "NTA", "western_blot"],
        "markers": ["CD63", "CD81", "Alix", "GM130"],
        "size_nm": {"value": 97.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 200, "unit": "ug_per_kg", "volume_ul": 500, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 3, "interval_h": 24}, "timing_post_injury_h": 2.0,
        "mechanism": "miR-497-3p targeting of the TGF-β/Smad3 pathway in reactive astrocytes",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True, "reported_sample_size_calculation": True,
    },
    abstract=[
        (None, "Glial scarring limits axonal regrowth after spinal cord injury. We loaded bone marrow stromal "
         "cell exosomes with miR-497-3p by lentiviral overexpression in the parent cells and gave them "
         "intravenously to rats with thoracic contusion. Compared with control exosomes, miR-497-3p exosomes "
         "lowered GFAP and phospho-Smad3 at the epicentre and produced better open-field scores from the "
         "second week, without adverse events. Exosomal delivery of miR-497-3p may be a route to modulate "
         "scar formation."),
    ],
    keywords=["exosome", "microRNA", "glial scar", "Smad3", "contusion"],
    sections=[
        ("intro", "Introduction", [
            "The astrocytic scar walls off the lesion but also blocks regenerating axons [13]. TGF-β signalling "
            "through Smad3 drives scar-forming astrocytes, and several microRNAs restrain it [15].",
            "Exosomes of 40–160 nm are natural carriers of such microRNAs [2,4]. In our pilot work, a single "
            "injection of unmodified exosomes raised BBB scores only modestly, from about 6 to 8 at four weeks "
            "[5]. We asked whether enriching the cargo with miR-497-3p, predicted to target Smad3, strengthens "
            "the effect.",
        ]),
        ("methods", "Methods", [
            ("h", "Animals"),
            "{{species,strain,sex|Adult male Wistar rats}} {{body_weight_g|weighing 250–280 g}} were obtained "
            "from an invented breeder. {{reported_welfare_compliance|The study was approved by the National "
            "Animal Research Committee (licence 2021-06-113) and complied with Directive 2010/63/EU.}}",
            ("h", "Groups"),
            "Thirty-two rats were divided into four groups: G1, sham-operated; G2, contusion plus vehicle; G3, "
            "contusion plus exosomes from cells transduced with an empty vector (Exo-NC); and G4, contusion plus "
            "miR-497-3p exosomes (Exo-497). {{reported_sample_size_calculation|The group size was set by an a "
            "priori power calculation (α = 0.05, power 0.8, expected difference 2.5 points, SD 1.6)}}, "
            "{{n_per_group|giving eight animals per group}}.",
            ("h", "Spinal cord injury"),
            "After a laminectomy at T8–T9, {{injury_model,injury_device,injury_level|a 200-kdyn contusion was "
            "delivered to the T9 cord with the Infinite Horizon impactor}}. Sham animals received the "
            "laminectomy without impact.",
            ("h", "Exosome production"),
            "{{source_tissue,source_species|Bone marrow stromal cells were flushed from the femurs of young "
            "Wistar rats}} and expanded to passage 3. {{modification|Cells were transduced with a lentivirus "
            "overexpressing miR-497-3p}} or with the empty vector; puromycin-selected cells were cultured in "
            "exosome-depleted medium for 48 h.",
            "After removal of cells and debris (500 g, 2" + TH + "000 g and 10" + TH + "000 g), "
            "{{isolation_method,isolation_detail|the supernatant was concentrated on 100 kDa ultrafiltration "
            "units and pelleted at 100,000 × g for 70 min}}. Pellets were washed once and resuspended in PBS.",
            "{{characterization|Morphology was assessed by TEM, particle size by NTA (ZetaView), and protein "
            "markers by western blot}}; "
            "{{markers|CD63, CD81 and Alix were used as positive markers and GM130 as a negative marker}}.",
            ("h", "Administration"),
            "{{dose|Exosomes (200 " + MU + "g/kg body weight, in 0.5 ml PBS)}} were "
            "{{route,route_detail|injected into the tail vein}}; G2 received PBS. "
            "{{timing_post_injury_h,frequency|The first injection was given 2 h after injury and was repeated "
            "once daily for a total of three injections}}.",
            ("h", "Locomotor assessment"),
            "Hind-limb function was rated on the 21-point BBB scale at 1, 3, 7, 14, 21, 28 and 35 days post-injury "
            "(dpi) {{reported_blinded_assessment|by two examiners blinded to group codes}}.",
            ("h", "Statistical analysis"),
            "Values are mean ± SD. Groups were compared by two-way ANOVA followed by Tukey's test; P < 0.05 "
            "indicated significance.",
        ]),
        ("results", "Results", [
            ("h", "Characterisation of Exo-NC and Exo-497"),
            "Both preparations consisted of cup-shaped vesicles. {{size_nm|NTA gave a modal size of 97 nm}} for "
            "Exo-497 and 101 nm for Exo-NC. miR-497-3p was 38-fold higher in Exo-497 than in Exo-NC (qPCR).",
            ("h", "Locomotor function"),
            "During the first two weeks the three injured groups scored alike (Table 2). Two G2 rats died of "
            "urinary tract infection in the second week; all other rats completed the study.",
            ("table", "Table 2", "BBB scores during the first two weeks (mean ± SD).",
             {"orient": "cols", "days": [1.0, 3.0, 7.0, 14.0], "groups": ["G1", "G2", "G3", "G4"],
              "day_fmt": lambda d: f"{d:g} dpi", "corner": "Group",
              "foot": "G1, sham; G2, vehicle; G3, Exo-NC; G4, Exo-497. n = 8 per group except G2 at 14 dpi "
                      "(n = 6)."}),
            "From the third week G4 separated from the others. At 21 dpi, G4 scored {bbb:G4@21}, G3 "
            "{bbb:G3@21} and G2 {bbb:G2@21}. The pattern held at 28 dpi ({bbb:G4@28} vs. {bbb:G3@28} vs. "
            "{bbb:G2@28}; G4 vs. G2, P < 0.001; G4 vs. G3, P < 0.05).",
            "At the last assessment (35 dpi), the scores of G2, G3 and G4 were {bbb:G2@35}, {bbb:G3@35} and "
            "{bbb:G4@35}, respectively, while G1 remained at {bbb:G1~int@35}. Thus G4 animals achieved "
            "consistent weight-supported plantar stepping, whereas most G2 rats showed only occasional stepping.",
            ("h", "Scar markers"),
            "GFAP immunoreactivity 1 mm rostral and caudal to the epicentre was 41% lower in G4 than in G2, and "
            "phospho-Smad3/Smad3 fell by about one third. Exo-NC had smaller, non-significant effects.",
        ]),
        ("discussion", "Discussion", [
            "Enriching exosomal cargo with miR-497-3p converted a modest benefit into a robust one. "
            "{{mechanism|We propose that miR-497-3p acts by targeting the TGF-β/Smad3 pathway in reactive "
            "astrocytes}}, limiting scar density around the lesion.",
            "Other engineered vesicles have produced 35-day scores of 12 to 14 in similar models [15], somewhat "
            "higher than ours; differences in injury severity (we used 200 kdyn rather than 150 kdyn) may "
            "explain this. The study used males only and a single dose level.",
        ]),
    ],
    references=POOL[1:5] + POOL[12:16],
    back=[
        ("Ethics statement", "Animal work was licensed by the National Animal Research Committee."),
        ("Competing interests", "{{reported_conflict_of_interest|None declared.}}"),
    ],
    scores=OnyxScores(
        outcome="BBB", err="sd",
        groups=[("G1", "sham", 8), ("G2", "control", 8), ("G3", "other", 8), ("G4", "treatment", 8)],
        values={
            "G1": {1.0: (20.6, 0.5), 3.0: (21.0, 0.0), 7.0: (21.0, 0.0), 14.0: (21.0, 0.0), 35.0: (21.0, 0.0)},
            "G2": {1.0: (0.4, 0.5), 3.0: (1.1, 0.6), 7.0: (2.9, 1.0), 14.0: (5.1, 1.2), 21.0: (6.3, 1.3),
                   28.0: (7.0, 1.2), 35.0: (7.2, 1.4)},
            "G3": {1.0: (0.5, 0.5), 3.0: (1.3, 0.7), 7.0: (3.3, 1.1), 14.0: (5.8, 1.3), 21.0: (7.4, 1.2),
                   28.0: (8.1, 1.3), 35.0: (8.6, 1.2)},
            "G4": {1.0: (0.4, 0.4), 3.0: (1.4, 0.6), 7.0: (3.6, 0.9), 14.0: (6.6, 1.1), 21.0: (9.5, 1.2),
                   28.0: (11.0, 1.1), 35.0: (11.9, 1.0)},
        },
        n_at={("G2", 14.0): 6, ("G2", 21.0): 6, ("G2", 28.0): 6, ("G2", 35.0): 6},
    ),
    footnote=FOOTNOTE,
)


# --------------------------------------------------------------------------------------------
# 3. Okwuosa 2019 (preprint layout): medians with IQR, dpi, intrathecal, an inclined-plane trap.
# --------------------------------------------------------------------------------------------
OKWUOSA = Study(
    stem="okwuosa2019_radsc_ev_qev_intrathecal_median",
    layout="preprint",
    title="Intrathecal adipose stromal cell extracellular vesicles after spinal contusion: a randomised, "
          "blinded study with non-parametric locomotor outcomes",
    short_title="Intrathecal ADSC-EVs",
    authors=[("Chidera", "Okwuosa"), ("Femi", "Adeleke-Brown"), ("Hanna", "Szymańska"), ("Ngozi", "Eze")],
    affiliations=["Department of Physiology, Lagoon City College of Medicine (invented), Lagos, Nigeria",
                  "Vesicle Core Facility (invented), Wrocław, Poland"],
    journal="NeuroRepair Preprints",
    year=2019,
    volume="nrp-2019-0877v2",
    doi="10.5555/nrp.2019.0877",
    pmid="99100613",
    pmcid="PMC9910613",
    received="2019-09-02",
    values={
        "species": "rat", "strain": "Long-Evans", "sex": "female",
        "body_weight_g": {"low": 230, "high": 230}, "n_per_group": 9,
        "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T10",
        "source_tissue": "adipose", "source_species": "rat",
        "isolation_method": ["size_exclusion"], "isolation_detail": "qEV original 70 nm columns",
        "characterization": ["TEM", "DLS", "western_blot"],
        "markers": ["CD9", "CD81", "HSP70", "calnexin"],
        "size_nm": {"value": 138.0, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 50, "unit": "ug", "volume_ul": 20, "basis": "protein"},
        "route": "intrathecal", "route_detail": "lumbar puncture",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 72.0,
        "mechanism": "preservation of the blood–spinal cord barrier",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Extracellular vesicles (EVs) from adipose-derived stromal cells (ADSCs) are easy to produce in "
         "quantity, but their intrathecal use after subacute spinal injury is little studied. Female rats "
         "with a weight-drop contusion received one lumbar intrathecal injection of rat ADSC-EVs or vehicle "
         "three days after injury. Because open-field ratings are ordinal, we report medians with "
         "interquartile ranges. EV-treated rats reached a higher median open-field score at six weeks, and "
         "Evans blue extravasation at the epicentre was reduced. These data support a barrier-protective "
         "action of ADSC-EVs given after the acute phase."),
    ],
    keywords=["adipose stromal cells", "extracellular vesicles", "intrathecal", "blood–spinal cord barrier"],
    sections=[
        ("intro", "1. Introduction", [
            "Opening of the blood–spinal cord barrier lets plasma proteins and leukocytes into the injured cord "
            "and widens the lesion [6]. Mesenchymal stromal cell vesicles tighten endothelial junctions in "
            "vitro [2], and intrathecal delivery bypasses the liver and spleen, where most intravenously "
            "injected vesicles are trapped [8].",
            "Most vesicle studies treat within the first hours [11]. A subacute window is clinically more "
            "realistic, yet it is unclear whether vesicles still help when given days later. On the 0–21 scale, "
            "a median of 9 separates rats that can support weight in stance from those that cannot [1], and we "
            "considered a two-point median shift meaningful.",
        ]),
        ("methods", "2. Methods", [
            ("h", "2.1 Animals and study design"),
            "{{reported_welfare_compliance|Experiments were approved by the College Animal Ethics Board "
            "(approval LCCM/AEB/17/052)}}. {{species,strain,sex,body_weight_g|Female Long-Evans rats of about "
            "230 g}} were used. The experiment comprised 27 injured rats and 6 sham-operated rats. "
            "{{reported_randomisation|Injured rats were randomised by sealed envelopes}} to vehicle, "
            "vehicle-free control (no injection) or EVs, "
            "{{n_per_group|nine per group}}.",
            ("h", "2.2 Injury"),
            "{{injury_model,injury_device,injury_level|A modified Allen weight drop (10 g from 50 mm) produced a "
            "contusion at T10}} after laminectomy of the T10 lamina. The sham group underwent laminectomy only.",
            ("h", "2.3 EV preparation"),
            "{{source_tissue,source_species|Stromal cells isolated from inguinal fat pads of adult Long-Evans "
            "rats}} were used at passages 3–5. Conditioned serum-free medium (48 h) was centrifuged at 2" + TH +
            "000 × g, concentrated with 100 kDa Amicon filters and "
            "{{isolation_method,isolation_detail|fractionated on qEV original 70 nm columns}}; fractions 7–9 "
            "were pooled.",
            "{{characterization|EVs were characterised by TEM, dynamic light scattering (DLS) and western "
            "blotting}}. {{markers|We probed CD9, CD81 and HSP70, and calnexin as a negative marker}}.",
            ("h", "2.4 Intrathecal injection"),
            "{{timing_post_injury_h|At 72 h after injury}}, "
            "{{dose|50 " + GMU + "g EVs (protein) in 20 " + GMU + "l artificial CSF}} or 20 " + GMU + "l "
            "vehicle was delivered {{route,route_detail|by lumbar puncture between L5 and L6 into the "
            "intrathecal space}} with a 30-gauge needle, a tail flick confirming entry. "
            "{{frequency|Each rat was injected once.}}",
            ("h", "2.5 Behaviour"),
            "Open-field locomotion (BBB) was rated at 3, 7, 14, 28 and 42 days post-injury (dpi), before the "
            "injection on 3 dpi. The inclined plane test was run at 42 dpi. "
            "{{reported_blinded_assessment|Raters were unaware of group allocation}}.",
            ("h", "2.6 Statistics"),
            "Open-field scores are ordinal and are given as median (interquartile range); groups were compared "
            "with the Kruskal–Wallis test followed by Dunn's test. Continuous data are mean ± SD.",
        ]),
        ("results", "3. Results", [
            ("h", "3.1 EV characteristics"),
            "Vesicles were cup-shaped on TEM, 60–180 nm across. "
            "{{size_nm|DLS gave a mean hydrodynamic diameter of 138 nm}} (polydispersity index 0.21). CD9, CD81 "
            "and HSP70 were present; calnexin was absent.",
            ("h", "3.2 Open-field recovery"),
            "Before injection, on 3 dpi, the three injured groups had identical medians: {bbb:Uninjected~med@3} "
            "for uninjected rats, {bbb:Vehicle~med@3} for vehicle and {bbb:EV~med@3} for the EV group. Sham "
            "rats walked normally at every session.",
            "In vehicle-injected rats the median reached {bbb:Vehicle~med@14} at 14 dpi and "
            "{bbb:Vehicle~med@42} at 42 dpi; the uninjected controls followed the same course "
            "({bbb:Uninjected~med@42} at 42 dpi). After EV treatment the median was already "
            "{bbb:EV~med@14} at 14 dpi, rose to {bbb:EV~med@28} at 28 dpi and reached {bbb:EV~med@42} at 42 dpi "
            "(P = 0.004 vs. vehicle).",
            ("figure", "Figure 2", "Individual open-field scores at 42 dpi (dots) with medians (bars). "
             "Vehicle, median {bbb:Vehicle~iqr@28} at 28 dpi; EV, median {bbb:EV~iqr@7} at 7 dpi. "
             "Kruskal–Wallis with Dunn's test.",
             {"days": [3.0, 7.0, 14.0, 28.0, 42.0], "groups": ["Uninjected", "Vehicle", "EV"]}),
            "On the inclined plane, EV-treated rats held their position at 47.2 ± 3.1 degrees versus 38.5 ± 2.7 "
            "degrees after vehicle (P < 0.01). Evans blue extravasation at 42 dpi was 36% lower with EVs.",
        ]),
        ("discussion", "4. Discussion", [
            "A single intrathecal EV dose given three days after injury improved the median open-field score by "
            "three points. {{mechanism|Reduced Evans blue leakage points to preservation of the blood–spinal "
            "cord barrier}} as one mechanism, consistent with endothelial effects of stromal vesicles [6].",
            "Earlier intravenous studies reported six-week scores of 10.2 ± 1.1 with vesicles against 7.6 ± 0.9 "
            "with vehicle [5], and median scores of 11 in hydrogel-delivered groups [10]; direct comparison is "
            "limited by differences in injury model and timing.",
        ]),
    ],
    references=POOL[0:2] + POOL[4:11],
    back=[
        ("Ethics approval", "Approved by the College Animal Ethics Board (LCCM/AEB/17/052)."),
        ("Declaration of interests", "{{reported_conflict_of_interest|The authors have no conflicts of "
         "interest to declare.}}"),
    ],
    scores=OnyxScores(
        outcome="BBB", err="sd",
        groups=[("Uninjected", "control", 9), ("Vehicle", "control", 9), ("EV", "treatment", 9)],
        values={
            "Uninjected": {3.0: (1.0, 0.0, 2.0), 7.0: (3.0, 2.0, 4.0), 14.0: (6.0, 5.0, 7.0),
                           28.0: (7.0, 6.0, 8.0), 42.0: (8.0, 6.0, 8.5)},
            "Vehicle": {3.0: (1.0, 0.5, 2.0), 7.0: (3.0, 2.0, 4.5), 14.0: (6.0, 4.5, 7.0),
                        28.0: (7.0, 6.0, 8.0), 42.0: (8.0, 7.0, 9.0)},
            "EV": {3.0: (1.0, 0.5, 2.0), 7.0: (4.0, 3.0, 5.0), 14.0: (7.5, 6.5, 8.0),
                   28.0: (10.0, 9.0, 11.0), 42.0: (11.0, 9.5, 12.0)},
        },
    ),
    notes=["The inclined plane angles at 42 dpi are not BBB/BMS scores: no rows.",
           "Open-field scores are medians with IQR (stat: median; sd/sem null)."],
    footnote=FOOTNOTE,
)

STUDIES = [ARELLANO, INGVARSDOTTIR, OKWUOSA]
