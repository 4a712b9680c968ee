"""Narrative corpus, batch 2: five more invented papers (scores in prose, legends, odd tables).

Every name, number and sentence is invented for software testing.
"""

from __future__ import annotations

from extgen.common import MINUS, MU, NB
from nargen.core import Narrative
from nargen.kit import grid, grid_days_down, paper, refs

# ---------------------------------------------------------------------------------------------
# 5. Uwimana 2020: native vs miR-modified exosomes, Basso–Beattie–Bresnahan written out,
#    "on the 14th day", a score written as a word, a long table continued on the next page.
# ---------------------------------------------------------------------------------------------
_U_DAYS_A = [1, 3, 7, 10, 14, 21]
_U_DAYS_B = [28, 35, 42, 49, 56]
_U_VALS = {
    "PBS": ["0.3 ± 0.2", "0.9 ± 0.4", "2.4 ± 0.6", "3.3 ± 0.7", "4.1 ± 0.8", "5.3 ± 0.9",
            "6.0 ± 1.0", "6.4 ± 1.0", "6.7 ± 1.1", "6.9 ± 1.1", "7.0 ± 1.2"],
    "Exo": ["0.4 ± 0.2", "1.2 ± 0.5", "3.0 ± 0.7", "4.2 ± 0.8", "5.4 ± 0.8", "7.0 ± 1.0",
            "8.1 ± 1.0", "8.7 ± 1.1", "9.0 ± 1.1", "9.2 ± 1.2", "9.3 ± 1.2"],
    "miR-338-Exo": ["0.4 ± 0.3", "1.5 ± 0.5", "3.8 ± 0.7", "5.5 ± 0.8", "7.1 ± 0.9", "9.2 ± 1.0",
                    "10.6 ± 1.1", "11.4 ± 1.1", "11.9 ± 1.2", "12.2 ± 1.2", "12.4 ± 1.3"],
}
_U_GROUPS = ["PBS", "Exo", "miR-338-Exo"]


def _part(days: list[float], offset: int) -> dict[str, list[str]]:
    return {g: v[offset:offset + len(days)] for g, v in _U_VALS.items()}


_U_HEAD = [["Days after SCI", "PBS", "Exo (native)", "miR-338-Exo"]]
_U_ROWS_B = grid_days_down(_U_GROUPS, _U_DAYS_B, _part(_U_DAYS_B, 6), lambda d: f"{d:g}")

UWIMANA = Narrative(
    groups={"PBS": ("control", 10), "Exo": ("other", 10), "miR-338-Exo": ("treatment", 10)},
    err="sd",
    study=paper(
        stem="uwimana2020_pmsc_exo_mir338_native",
        layout="single",
        title="MicroRNA-338-enriched placental MSC exosomes outperform native exosomes in restoring hindlimb function after spinal cord contusion",
        short_title="miR-338 exosomes vs native exosomes",
        authors=[("Jeanne", "Uwimana"), ("Patrice", "Habimana"), ("Sofía", "Larraín"), ("Hamid", "Qureshi"), ("Ola", "Nordby")],
        affiliations=["Department of Anatomy, Kigali Synthetic Institute of Health Sciences, Rwanda",
                      "Laboratory of Vesicle Biology, Andes Imaginary University, Chile"],
        journal="Neural Regeneration Horizons",
        year=2020, volume="11:331–346", doi="10.5555/nrh.2020.331",
        pmid="99205105", pmcid="PMC9920515", received="2020-03-12",
        values={
            "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
            "body_weight_g": {"low": 200, "high": 230}, "n_per_group": 10,
            "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T10",
            "source_tissue": "placenta", "source_species": "human",
            "modification": "miR-338 overexpression",
            "isolation_method": ["ultracentrifugation", "density_gradient"],
            "isolation_detail": "120,000 × g 90 min on a 30% sucrose cushion",
            "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "Alix", "calnexin"],
            "size_nm": {"value": 118.0, "low": None, "high": None, "stat": "mean", "method": "NTA"},
            "dose": {"amount": 100, "unit": "ug", "volume_ul": 100, "basis": "protein"},
            "route": "intravenous", "route_detail": "tail vein",
            "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0,
            "mechanism": "miR-338 targeting of Cdk5 to limit neuronal apoptosis",
            "reported_randomisation": True, "reported_blinded_assessment": True,
            "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
        },
        abstract=[
            ("Aims", "To compare exosomes from miR-338-overexpressing human placental MSCs with native exosomes after spinal cord contusion."),
            ("Main methods", "Rats received 100 µg of native or miR-338-enriched exosomes intravenously immediately after a weight-drop injury at T10 and were followed for eight weeks."),
            ("Key findings", "At week 8 the Basso–Beattie–Bresnahan score was {s:miR-338-Exo@56|12.4 ± 1.3} after miR-338-Exo, {s:Exo@56|9.3 ± 1.2} after native Exo and {s:PBS@56|7.0 ± 1.2} after PBS."),
        ],
        keywords=["microRNA-338", "placenta", "exosomes", "Basso–Beattie–Bresnahan", "apoptosis"],
        sections=[
            ("intro", "Introduction", [
                "Neuronal apoptosis continues for weeks after spinal contusion, driven in part by aberrant Cdk5 activity [3,13]. MicroRNA-338 represses Cdk5 and is scarce in native stromal-cell vesicles [15].",
                "Exosomes (30–150 nm) can be loaded with a chosen microRNA by overexpressing it in the parent cells [2]. Whether such engineered exosomes outperform native ones in vivo has rarely been tested side by side [11].",
            ]),
            ("methods", "Methods", [
                ("h", "Animals and spinal cord injury"),
                "Forty {{species,strain,sex|female Sprague-Dawley rats}} ({{body_weight_g|200–230 g}}) were anaesthetised with pentobarbital. After laminectomy at {{injury_level|the T10 vertebra}}, {{injury_model,injury_device|a modified Allen weight drop}} (10 g from 25 mm) produced a contusion. {{reported_randomisation|Rats were randomly assigned}} to Sham, PBS, Exo and miR-338-Exo groups ({{n_per_group|ten rats in each}}).",
                ("h", "Cell engineering and exosome isolation"),
                "{{source_species,source_tissue|Placental MSCs were isolated from the chorionic plate of human term placentas}} and {{modification|transduced with a lentivirus overexpressing miR-338 (miR-338-Exo) or with an empty vector}}; exosomes from the latter are referred to as native Exo. Culture supernatant was centrifuged at 2000 × g and 10{NB}000 × g, then {{isolation_method,isolation_detail|ultracentrifuged at 120,000 × g 90 min on a 30% sucrose cushion}} and washed in PBS.",
                "{{characterization|TEM, nanoparticle tracking and immunoblotting}} confirmed the vesicles; {{markers|CD9, CD63 and Alix were present and calnexin absent}}.",
                ("h", "Administration"),
                f"{{{{timing_post_injury_h,dose,route,route_detail|Immediately after injury, 100{NB}{MU}g of exosomes in 100{NB}{MU}L PBS was injected into the tail vein}}}} ({{{{frequency|single dose}}}}).",
                ("h", "Behaviour"),
                "{{reported_blinded_assessment|Locomotion was rated on the Basso–Beattie–Bresnahan scale by two observers blinded to treatment}} on days 1, 3, 7, 10, 14 and 21, and weekly thereafter until day 56.",
                ("h", "Histology and molecular analyses"),
                "Three rats per group were killed on day 7 for TUNEL staining and western blotting of Cdk5, p35/p25 and cleaved caspase-3; the remaining rats were perfused on day 56. Cords were cut at 20 µm and every tenth section was stained with Luxol fast blue for lesion area.",
                ("h", "Statistical analysis"),
                "Scores were analysed by two-way repeated-measures ANOVA (group × time) with Tukey’s post hoc test, and time to consistent plantar stepping by the log-rank test. Values are mean ± SD; P < 0.05 was taken as significant. Analyses were run in R 4.0.",
            ]),
            ("results", "Results", [
                ("h", "Exosome properties"),
                "NTA gave a {{size_nm|mean size of 118 nm}}; miR-338 was 24-fold enriched in miR-338-Exo relative to native Exo.",
                ("h", "Locomotor function"),
                "Sham rats were unimpaired throughout. In injured groups, scores rose steeply in the first three weeks and then levelled off (Table 2). On the 14th day miR-338-Exo rats scored {s:miR-338-Exo@14|7.1 ± 0.9}, native Exo rats {s:Exo@14|5.4 ± 0.8} and PBS rats {s:PBS@14|4.1 ± 0.8}. The mean for native Exo crossed a score of nine only at day 49, whereas miR-338-Exo rats passed it by day 21 ({s:miR-338-Exo@21|9.2 ± 1.0}).",
                "General condition did not differ between groups: body weight fell by about 8% in the first week in all injured rats and had recovered by day 21, and bladder function returned between days 9 and 14. Two rats (one PBS, one Exo) developed hindlimb autophagia and were replaced before randomisation of the next cohort.",
                "Median time to consistent plantar stepping was 28 days after miR-338-Exo and was not reached in the PBS group. At week 8 the engineered exosomes kept a lead of 3.1 points over native exosomes.",
                ("table", "Table 2", "BBB scores of injured groups from day 1 to day 21 (mean ± SD, n = 10).", {
                    "groups": [], "days": [],
                    "ncells": {"head": _U_HEAD, "rows": grid_days_down(_U_GROUPS, _U_DAYS_A, _part(_U_DAYS_A, 0), lambda d: f"{d:g}"),
                               "continued_rows": _U_ROWS_B, "shade": True}}),
                ("table", "Table 2 (continued)", "BBB scores from day 28 to day 56.", {
                    "groups": [], "days": [],
                    "ncells": {"head": _U_HEAD, "rows": _U_ROWS_B, "continues": "Table 2", "shade": True},
                    "foot": "Sham rats scored 21 at all time points and are not shown."}),
                ("h", "Apoptosis"),
                "TUNEL-positive neurons at the epicentre were fewer after miR-338-Exo than after native Exo on day 7, and Cdk5/p25 protein fell accordingly. {{mechanism|These data point to miR-338 targeting of Cdk5 to limit neuronal apoptosis}}.",
            ]),
            ("discussion", "Discussion", [
                "Engineering the parent cells added about three BBB points to what native exosomes achieved. Comparable miRNA-loaded preparations have reached scores of 13 to 14 by week 8 in other hands [15], though with a higher dose.",
                "We did not measure biodistribution, and female rats only were used.",
            ]),
        ],
        back=[("Ethical approval", "{{reported_welfare_compliance|Animal work was approved by the institutional animal ethics committee (IAEC-2018-31) and followed the ARRIVE guidelines}}."),
              ("Conflicts of interest", "{{reported_conflict_of_interest|The authors have no conflicts of interest to declare}}.")],
        references=refs(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14),
        notes=["Sham rats 'scored 21 at all time points' (table footnote): no single day, no gold row.",
               "Table 2 continues on the next PDF page; the JATS file carries it as one table.",
               "'a score of nine' is a threshold, not a group mean: no gold row."],
    ),
)

# ---------------------------------------------------------------------------------------------
# 6. Ulloa 2024: medians with IQR, merged header cells, "at the end of the observation
#    period (day 42)", groups defined by abbreviation once, i.p. every other day.
# ---------------------------------------------------------------------------------------------
ULLOA = Narrative(
    groups={"CON": ("control", 12), "MenSC-EV": ("treatment", 12)},
    err="sd",
    habits=["download"],
    study=paper(
        stem="ulloa2024_mensc_ev_medians_ip",
        layout="twocol",
        title="Menstrual blood stromal cell extracellular vesicles given intraperitoneally after weight-drop injury: a randomised, blinded study in male Wistar rats",
        short_title="MenSC-EV intraperitoneal",
        authors=[("Francisca", "Ulloa"), ("Tupac", "Mamani"), ("Yuki", "Sasaki"), ("Olumide", "Fashola"), ("Greta", "Lindqvist-Berg")],
        affiliations=["Faculty of Medicine, Southern Pacific Synthetic University, Chile",
                      "Centre for Translational Neurotrauma (fictional), Osaka"],
        journal="Translational Spinal Medicine",
        year=2024, volume="9(1):e24017", doi="10.5555/tsm.2024.e24017",
        pmid="99205106", pmcid="PMC9920516", received="2023-11-30",
        values={
            "species": "rat", "strain": "Wistar", "sex": "male",
            "body_weight_g": {"low": 280, "high": 320}, "n_per_group": 12,
            "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T10",
            "source_tissue": "menstrual_blood", "source_species": "human",
            "isolation_method": ["size_exclusion"], "isolation_detail": "qEV10 35 nm columns",
            "characterization": ["NTA", "TEM", "flow_cytometry"], "markers": ["CD63", "CD81", "CD9"],
            "size_nm": {"value": 142.0, "low": None, "high": None, "stat": "mean", "method": "NTA"},
            "dose": {"amount": 1.0, "unit": "mg_per_kg", "volume_ul": None, "basis": "protein"},
            "route": "intraperitoneal", "route_detail": "intraperitoneal injection",
            "frequency": {"doses": 7, "interval_h": 48}, "timing_post_injury_h": 24,
            "reported_randomisation": True, "reported_blinded_assessment": True,
            "reported_sample_size_calculation": True, "reported_welfare_compliance": True,
            "reported_conflict_of_interest": True,
        },
        abstract=[
            (None, "Extracellular vesicles from menstrual blood-derived stromal cells (MenSC-EV) were injected intraperitoneally every other day for two weeks, starting 24 h after a weight-drop contusion, in male Wistar rats. Because BBB scores were not normally distributed we report medians with interquartile ranges. At the end of the observation period (day 42) the median BBB score was {s:MenSC-EV@42;median|11 (IQR 9–12)} after MenSC-EV and {s:CON@42;median|8 (IQR 7–9)} after vehicle (P = 0.003)."),
        ],
        keywords=["menstrual blood stromal cells", "extracellular vesicles", "intraperitoneal", "median", "Wistar"],
        sections=[
            ("intro", "Introduction", [
                "Menstrual blood is a non-invasive source of stromal cells with high proliferative capacity [9]. Their vesicles have been tested after brain injury but rarely after spinal trauma [11].",
                "Open-field scores are ordinal, and many groups nonetheless report means; medians are the more honest summary for small groups [12].",
            ]),
            ("methods", "Materials and methods", [
                ("h", "Animals"),
                "{{species,strain,sex|Male Wistar rats}} ({{body_weight_g|280–320 g}}) were kept under a 12-h light/dark cycle. {{reported_welfare_compliance|The bioethics committee of the faculty approved all procedures (CBA 0912)}}.",
                ("h", "Injury"),
                "{{injury_model,injury_device|A weight-drop contusion}} (10 g, 50 mm) was made at {{injury_level|T10}} after laminectomy.",
                ("h", "EVs"),
                "{{source_species,source_tissue|Stromal cells were isolated from menstrual blood of three healthy donors}} and expanded to passage 5. EVs were purified with {{isolation_method,isolation_detail|qEV10 35 nm columns}} after 100 kDa concentration. {{characterization|NTA, TEM and bead-based flow cytometry}} were used; the beads showed {{markers|CD63, CD81 and CD9}}.",
                ("h", "Design"),
                "{{reported_sample_size_calculation|Twelve rats per group were required to detect a 2-point difference in median BBB score}} (Mann–Whitney, power 0.8); {{reported_randomisation|allocation used sealed envelopes prepared by a technician not involved in surgery}}. The two groups were called CON (vehicle) and MenSC-EV ({{n_per_group|n = 12 per group}}).",
                f"MenSC-EV rats received {{{{dose|1{NB}mg/kg EV protein}}}} by {{{{route,route_detail|intraperitoneal injection}}}} {{{{frequency|every other day for 14 days (seven injections)}}}}, {{{{timing_post_injury_h|beginning 24 h after injury}}}}. CON rats received saline on the same schedule.",
                "{{reported_blinded_assessment|Hindlimb locomotion was scored by an observer blind to group}} on days 1, 7, 14, 21, 28, 35 and 42. Data are medians (interquartile range, IQR).",
            ]),
            ("results", "Results", [
                "The vesicles had a {{size_nm|mean diameter of 142 nm}} by NTA, and TEM showed cup-shaped vesicles. Two weeks after injury, median BBB scores were {s:MenSC-EV@14;median|6 (IQR 5–7)} in MenSC-EV rats and {s:CON@14;median|4 (IQR 3–5)} in CON rats. The difference persisted to the last test (Table 1).",
                ("table", "Table 1", "Median (IQR) BBB scores.", {
                    "groups": [], "days": [],
                    "ncells": {"head": [["Group", "BBB score, median (IQR)", "", ""], ["", "Day 14", "Day 28", "Day 42"]],
                               "spans": [(1, 0, 3, 0), (0, 0, 0, 1)],
                               "rows": [["CON", "{s:CON@14;median|4 (3–5)}", "{s:CON@28;median|7 (6–8)}", "{s:CON@42;median|8 (7–9)}"],
                                        ["MenSC-EV", "{s:MenSC-EV@14;median|6 (5–7)}", "{s:MenSC-EV@28;median|10 (8–11)}<sup>†</sup>", "{s:MenSC-EV@42;median|11 (9–12)}<sup>†</sup>"]]},
                    "foot": "<sup>†</sup>P < 0.01 vs CON, Mann–Whitney U test. n = 12 per group."}),
                "Day-1 scores were 0 in every rat. No animal was excluded.",
                ("figure", "Fig. 2", "Median BBB scores of CON and MenSC-EV rats on days 14, 28 and 42 (interquartile ranges omitted for clarity; see Table 1).",
                 {"groups": ["CON", "MenSC-EV"], "days": [14, 28, 42]}),
            ]),
            ("discussion", "Discussion", [
                f"Seven intraperitoneal doses improved median scores by three points. In a mouse study 2 mg/kg of adipose EVs gave a BMS of 5 [23], a scale not comparable with ours. Body-weight loss ({MINUS}6% at day 7) did not differ between groups.",
            ]),
        ],
        back=[("Conflict of interest statement", "{{reported_conflict_of_interest|The authors declare that they have no competing interests}}."),
              ("Ethics statement", "Approved by the faculty bioethics committee (CBA 0912).")],
        references=refs(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 23),
        notes=["BBB is reported as medians with IQR: rows carry the median in `mean`, `stat: median` and `iqr`, and neither SD nor SEM."],
    ),
)

# ---------------------------------------------------------------------------------------------
# 7. Valtonen 2018 (accepted manuscript): hypoxic vs normoxic exosomes, "reached",
#    "recovered to", per-week statements, mean ± SEM (n = 8), hemisection, intralesional.
# ---------------------------------------------------------------------------------------------
VALTONEN = Narrative(
    groups={"HSCI": ("control", 8), "N-Exo": ("other", 8), "H-Exo": ("treatment", 8)},
    err="sem",
    habits=["lineno"],
    study=paper(
        stem="valtonen2018_hypoxic_hbmsc_exo_hemisection",
        layout="single",
        title="Hypoxia-conditioned bone marrow MSC exosomes injected into the lesion improve hindlimb function after lateral hemisection",
        short_title="Hypoxic exosomes after hemisection",
        authors=[("Aino", "Valtonen"), ("Rashid", "Al-Mansouri"), ("Beatriz", "Quintela"), ("Kwame", "Asante")],
        affiliations=["Neuroscience Centre, Helsinki Synthetic University, Finland",
                      "Department of Cell Therapy (fictional), Porto"],
        journal="Acta Neurotraumatologica Synthetica",
        year=2018, volume="42:517–530", doi="10.5555/ans.2018.517",
        pmid="99205107", pmcid="PMC9920517", received="2018-05-22",
        values={
            "species": "rat", "strain": "Long-Evans", "sex": "female",
            "body_weight_g": {"low": 240, "high": 260}, "n_per_group": 8,
            "injury_model": "hemisection", "injury_level": "T11",
            "source_tissue": "bone_marrow", "source_species": "human",
            "modification": "hypoxic preconditioning",
            "isolation_method": ["ultracentrifugation"], "isolation_detail": "two spins at 100 000 × g, 2 h each",
            "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "TSG101", "HSP70"],
            "size_nm": {"value": 87.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
            "dose": {"amount": 10, "unit": "ug", "volume_ul": 5, "basis": "protein"},
            "route": "intralesional", "route_detail": "lesion site",
            "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0,
            "mechanism": "HIF-1α-driven angiogenesis",
            "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        },
        abstract=[
            (None, "Bone marrow MSCs were cultured in 1% oxygen for 48 h before exosome collection (H-Exo) or in normoxia (N-Exo). Female Long-Evans rats with a right T11 hemisection received 10 µg of either preparation into the lesion. Ipsilateral BBB scores recovered to {s:H-Exo@35|14.2 ± 0.7} with H-Exo and to {s:N-Exo@35|11.8 ± 0.8} with N-Exo by week 5 (hemisection only: {s:HSCI@35|9.9 ± 0.6})."),
        ],
        keywords=["hypoxia", "preconditioning", "hemisection", "exosomes", "angiogenesis"],
        sections=[
            ("intro", "Introduction", [
                "Lateral hemisection spares the contralateral cord and allows the ipsilateral hindlimb to recover substantially [1]. Low oxygen raises vesicle yield and changes cargo toward pro-angiogenic RNAs [9,22].",
            ]),
            ("methods", "Methods", [
                "{{species,strain,sex|Female Long-Evans rats}} ({{body_weight_g|240–260 g}}) were used. {{reported_welfare_compliance|The national Project Authorisation Board approved the experiments (ESAVI/1154/2016)}}.",
                "Under isoflurane anaesthesia a {{injury_model|right lateral hemisection}} was cut with microscissors at {{injury_level|T11}}. {{n_per_group|Eight rats per group}} received hemisection only (HSCI), normoxic exosomes (N-Exo) or hypoxic exosomes (H-Exo).",
                "{{source_species,source_tissue|Human bone marrow MSCs}} (commercial, passage 5) were grown either at 21% O<sub>2</sub> or, for {{modification|hypoxic preconditioning, at 1% O<sub>2</sub> for 48 h}}. Exosomes were collected by {{isolation_method,isolation_detail|two spins at 100 000 × g, 2 h each}}. {{characterization|TEM, NTA and western blot}} ({{markers|CD63, TSG101, HSP70}}) characterised each batch.",
                f"{{{{timing_post_injury_h,route,route_detail|Immediately after hemisection, exosomes were injected into the lesion site}}}} with a glass micropipette: {{{{dose|10{NB}{MU}g in 5{NB}{MU}L}}}}, {{{{frequency|once}}}}.",
                "{{reported_blinded_assessment|BBB scoring of the ipsilateral hindlimb was done weekly by two blinded raters}} for five weeks. Values are mean ± SEM (n = 8).",
            ]),
            ("results", "Results", [
                "The {{size_nm|modal particle size was 87 nm}} for both preparations.",
                "In week 1 the ipsilateral score was {s:HSCI@7|4.0 ± 0.5} in HSCI, {s:N-Exo@7|4.6 ± 0.6} in N-Exo and {s:H-Exo@7|5.3 ± 0.5} in H-Exo rats. In week 2, H-Exo rats reached {s:H-Exo@14|8.7 ± 0.6}, a level HSCI rats reached only in week 4 ({s:HSCI@28|8.9 ± 0.6}). In week 3, mean ± SEM (n = 8) scores were {s:HSCI@21|7.6 ± 0.5}, {s:N-Exo@21|9.1 ± 0.7} and {s:H-Exo@21|11.5 ± 0.6}.",
                "H-Exo rats had recovered to {s:H-Exo@28|13.1 ± 0.6} by week 4 and N-Exo rats to {s:N-Exo@28|10.9 ± 0.7}. The final H-Exo score was 2.4 points above N-Exo and 4.3 points above HSCI.",
                "The contralateral hindlimb scored 20 or 21 in all rats from week 1.",
                ("figure", "Figure 3", "Ipsilateral BBB score by week (mean ± SEM). At week 5: HSCI {s:HSCI@35|9.9 ± 0.6}; N-Exo {s:N-Exo@35|11.8 ± 0.8}; H-Exo {s:H-Exo@35|14.2 ± 0.7}.",
                 {"groups": ["HSCI", "N-Exo", "H-Exo"], "days": [7, 21, 35], "x": "weeks"}),
                "CD31-positive vessels were 1.8-fold denser around the lesion after H-Exo. {{mechanism|HIF-1α-driven angiogenesis}} is the most likely explanation.",
            ]),
            ("discussion", "Discussion", [
                "Hypoxic preconditioning added about two points over normoxic exosomes. Earlier work with intravenous hypoxic exosomes after contusion reported a four-week score of 10.2 [9]; direct comparison is limited by the different injury.",
            ]),
        ],
        back=[("Acknowledgements", "We thank the imaginary animal facility staff.")],
        references=refs(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22),
        notes=["Scores are for the ipsilateral hindlimb after hemisection."],
    ),
)
VALTONEN.figure_values = {"N-Exo": {}, "HSCI": {}, "H-Exo": {}}


# ---------------------------------------------------------------------------------------------
# 8. Teodorescu 2022: BBB only in a plot. The text gives differences ("3.2 points higher"),
#    P values and thresholds, none of which is a score. GelMA hydrogel, placenta, immunoaffinity.
# ---------------------------------------------------------------------------------------------
TEODORESCU = Narrative(
    groups={"Sham": ("sham", 6), "SCI": ("control", 6), "Gel": ("other", 6), "Gel-EV": ("treatment", 6)},
    err="sem",
    figure_values={"Sham": {7: 21.0, 14: 21.0, 28: 21.0, 42: 21.0},
                   "SCI": {7: 1.8, 14: 3.9, 28: 5.6, 42: 6.1},
                   "Gel": {7: 2.0, 14: 4.3, 28: 6.2, 42: 6.8},
                   "Gel-EV": {7: 2.9, 14: 6.4, 28: 9.0, 42: 10.0}},
    study=paper(
        stem="teodorescu2022_hpmsc_ev_gelma_figureonly",
        layout="twocol",
        title="An injectable GelMA hydrogel releasing placental MSC extracellular vesicles supports axon regrowth after complete transection",
        short_title="GelMA with placental EVs",
        authors=[("Ioana", "Teodorescu"), ("Mihai", "Stanciu"), ("Leila", "Farahani"), ("Diego", "Carvalho")],
        affiliations=["Department of Biomaterials, Carpathian Synthetic University, Romania",
                      "Institute for Imaginary Bioengineering, Tehran"],
        journal="Biomaterials for Neural Repair",
        year=2022, volume="17:100412", doi="10.5555/bnr.2022.100412",
        pmid="99205108", pmcid="PMC9920518", received="2022-08-15",
        values={
            "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
            "body_weight_g": {"low": 200, "high": 220}, "n_per_group": 6,
            "injury_model": "transection", "injury_level": "T10",
            "source_tissue": "placenta", "source_species": "human",
            "isolation_method": ["immunoaffinity"], "isolation_detail": "anti-CD81 magnetic beads",
            "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD81", "CD9", "TSG101"],
            "size_nm": {"value": 109.5, "low": None, "high": None, "stat": "mean", "method": "NTA"},
            "dose": {"amount": 5e9, "unit": "particles", "volume_ul": 20, "basis": "particles"},
            "route": "implanted_biomaterial", "route_detail": "GelMA hydrogel",
            "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0,
            "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
        },
        abstract=[
            (None, "Gelatin methacryloyl (GelMA) hydrogel loaded with extracellular vesicles (EVs) from human placental MSCs was photocrosslinked in the gap of a complete T10 transection in rats. Over six weeks, Gel-EV rats recovered more hindlimb movement than rats given the hydrogel alone or no implant, reaching occasional weight-supported plantar steps."),
        ],
        keywords=["GelMA", "hydrogel", "placenta", "extracellular vesicles", "transection"],
        sections=[
            ("intro", "Introduction", [
                "After complete transection a cavity forms that blocks axon regrowth [10]. Hydrogels can fill the gap and release vesicles locally for days [10,20].",
            ]),
            ("methods", "Methods", [
                "{{species,strain,sex|Female Sprague-Dawley rats}} ({{body_weight_g|200–220 g}}) were divided into Sham, SCI, Gel and Gel-EV groups ({{n_per_group|six per group}}). {{reported_welfare_compliance|Procedures were approved by the university ethics committee for animal research and conformed to Directive 2010/63/EU}}.",
                "A {{injury_model|complete transection}} was made with a microblade at {{injury_level|T10}}, removing a 2-mm segment.",
                "{{source_species,source_tissue|Placental MSCs from human term placentas}} were expanded to passage 4. EVs were captured from conditioned medium with {{isolation_method,isolation_detail|anti-CD81 magnetic beads}} and eluted at low pH. {{characterization|TEM, NTA and western blot}} showed {{markers|CD81, CD9 and TSG101}}.",
                f"{{{{dose|5 × 10<sup>9</sup> EV particles were mixed into 20{NB}{MU}L of 7% GelMA}}}}, and {{{{timing_post_injury_h,route,route_detail,frequency|the precursor was injected into the gap immediately after transection and crosslinked with blue light}}}}. The Gel group received EV-free GelMA.",
                "Locomotion was rated with the BBB scale at 1, 2, 4 and 6 weeks by two raters.",
            ]),
            ("results", "Results", [
                "NTA gave a {{size_nm|mean particle size of 109.5 nm}}. In vitro, 60% of the EVs were released from the gel within 7 days.",
                "All transected rats scored 0 or 1 in the first days. BBB scores of the Gel-EV group were 3.2 points higher than those of the SCI group at week 4 (P = 0.004) and 3.9 points higher at week 6 (Fig. 4). Hydrogel alone did not differ from SCI (P = 0.41). Four of six Gel-EV rats showed weight-supported plantar placement (score ≥ 9) at week 6.",
                ("figure", "Fig. 4", "BBB locomotor scores after transection (mean ± SEM, n = 6 per group). *P < 0.05, **P < 0.01, Gel-EV vs SCI.",
                 {"groups": ["Sham", "SCI", "Gel", "Gel-EV"], "days": [7, 14, 28, 42], "x": "weeks"}),
                "Neurofilament-positive fibres crossed the graft in Gel-EV rats but rarely in the Gel group.",
            ]),
            ("discussion", "Discussion", [
                "Local release from GelMA gave a functional gain of about three points. A collagen scaffold with umbilical cord exosomes reached a BBB score of 8.5 at eight weeks in another study [10].",
            ]),
        ],
        back=[("Competing interests", "{{reported_conflict_of_interest|The authors declare no competing interests}}."),
              ("Ethics", "Approved by the university ethics committee for animal research (no. 412/2021).")],
        references=refs(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20),
        notes=["BBB is reported only in a line plot (Fig. 4): no gold rows. The text gives differences (3.2 and 3.9 points) and a threshold (score ≥ 9), which are not scores."],
    ),
)

# ---------------------------------------------------------------------------------------------
# 9. Sahin 2023: the same scores in text and in a table with long wrapped group cells and merged
#    header cells; "Basso, Beattie and Bresnahan"; µg/kg dose; daily for 3 days; T-coded days.
# ---------------------------------------------------------------------------------------------
_SH_GROUPS = ["SCI", "SCI+BM-Exo", "Sham"]
_SH_VALS = {"SCI": ["1.9 ± 0.6", "4.8 ± 0.9", "7.0 ± 1.0"],
            "SCI+BM-Exo": ["2.6 ± 0.7", "7.3 ± 1.0", "11.6 ± 1.2"],
            "Sham": ["21.0 ± 0.0", "21.0 ± 0.0", "21.0 ± 0.0"]}
_SH_LONG = {"SCI": "SCI (laminectomy, contusion and 1 mL saline i.v. daily × 3)",
            "SCI+BM-Exo": "SCI+BM-Exo (contusion plus 100 µg/kg exosomes i.v. daily × 3, first dose 1 h after injury)",
            "Sham": "Sham (laminectomy without contusion)"}
_SH_ROWS = [[_SH_LONG[g]] + r[1:] for g, r in zip(_SH_GROUPS, grid(_SH_GROUPS, [7, 14, 28], _SH_VALS), strict=True)]

SAHIN = Narrative(
    groups={"SCI": ("control", 7), "SCI+BM-Exo": ("treatment", 7), "Sham": ("sham", 7)},
    err="sd",
    study=paper(
        stem="sahin2023_hbmsc_exo_ugkg_daily_iv",
        layout="twocol",
        title="Repeated intravenous bone marrow MSC exosomes dosed by body weight after thoracic contusion in rats",
        short_title="Weight-based exosome dosing",
        authors=[("Elif", "Şahin"), ("Murat", "Karadağ"), ("Nadia", "Boukhris"), ("Tom", "Whitcombe"), ("Ana", "Petrović")],
        affiliations=["Department of Neurosurgery, Anatolian Synthetic University Faculty of Medicine, Türkiye",
                      "Cell Therapy Laboratory (fictional), Tunis"],
        journal="Turkish Journal of Experimental Neurotrauma",
        year=2023, volume="28(4):402–415", doi="10.5555/tjen.2023.402",
        pmid="99205109", pmcid="PMC9920519", received="2023-05-02",
        values={
            "species": "rat", "strain": "Wistar", "sex": "female",
            "body_weight_g": {"low": 210, "high": 260}, "n_per_group": 7,
            "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T9",
            "source_tissue": "bone_marrow", "source_species": "human",
            "isolation_method": ["ultracentrifugation"], "isolation_detail": "38,000 rpm (about 110,000 g) for 2 h",
            "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "CD81", "calnexin"],
            "size_nm": {"value": 101.7, "low": None, "high": None, "stat": "mean", "method": "NTA"},
            "dose": {"amount": 100, "unit": "ug_per_kg", "volume_ul": 1000, "basis": "protein"},
            "route": "intravenous", "route_detail": "tail vein",
            "frequency": {"doses": 3, "interval_h": 24}, "timing_post_injury_h": 1,
            "mechanism": "inhibition of A1 astrocyte activation via NF-κB",
            "reported_randomisation": True, "reported_blinded_assessment": True,
            "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
        },
        abstract=[
            ("Purpose", "To test exosomes from human bone marrow MSCs (BM-Exo) dosed per kilogram and repeated on three days after spinal cord contusion."),
            ("Methods", "Female Wistar rats received 100 µg/kg BM-Exo or saline intravenously 1, 25 and 49 h after a weight-drop contusion at T9. Hindlimb function was rated on the Basso, Beattie and Bresnahan scale."),
            ("Results", "Scores rose from {s:SCI+BM-Exo@7|2.6 ± 0.7} on day 7 to {s:SCI+BM-Exo@28|11.6 ± 1.2} on day 28 after BM-Exo, and from {s:SCI@7|1.9 ± 0.6} to {s:SCI@28|7.0 ± 1.0} after saline."),
        ],
        keywords=["bone marrow", "exosomes", "weight-based dose", "A1 astrocytes", "Basso, Beattie and Bresnahan"],
        sections=[
            ("intro", "Introduction", [
                "Doses of exosomes are usually fixed amounts of protein, regardless of the animal’s weight [19]. Weight-based dosing eases translation to larger species.",
                "Neurotoxic A1 astrocytes accumulate around the lesion within days of injury [13].",
            ]),
            ("methods", "Materials and methods", [
                "{{species,strain,sex|Female Wistar albino rats}} ({{body_weight_g|210–260 g}}) were {{reported_randomisation|randomly allocated using a block randomisation list}} to Sham, SCI and SCI+BM-Exo groups ({{n_per_group|n = 7}}). {{reported_welfare_compliance|The local ethics committee for animal experiments approved the study (2022/08)}}.",
                "After a T8–T9 laminectomy, {{injury_model,injury_device|a weight-drop contusion}} (10 g from 25 mm) was produced at {{injury_level|T9}}.",
                "{{source_species,source_tissue|Human bone marrow MSCs}} (passage 4–6) were cultured in exosome-depleted medium. After differential centrifugation, {{isolation_method,isolation_detail|exosomes were pelleted at 38,000 rpm (about 110,000 g) for 2 h}} in a Ti70 rotor. {{characterization|TEM, NTA and western blotting}} were performed ({{markers|CD9, CD63, CD81; calnexin negative}}).",
                "BM-Exo rats received {{dose|100 µg/kg exosomal protein diluted to 1 mL in saline}} {{route,route_detail|by tail vein injection}} {{timing_post_injury_h|1 h after injury}} and {{frequency|once daily on the next two days (three doses)}}.",
                "{{reported_blinded_assessment|Two examiners blinded to group allocation}} rated locomotion on days 7 (T1), 14 (T2) and 28 (T3). Results are mean ± SD.",
            ]),
            ("results", "Results", [
                "The {{size_nm|mean diameter by NTA was 101.7 nm}}.",
                "On day 14 (T2), the BM-Exo group scored {s:SCI+BM-Exo@14|7.3 ± 1.0} compared with {s:SCI@14|4.8 ± 0.9} in the SCI group (P < 0.01); sham rats scored {s:Sham@14|21}. At T3 the difference had grown to 4.6 points (Table 2).",
                ("table", "Table 2", "Basso, Beattie and Bresnahan scores (mean ± SD, n = 7 per group).", {
                    "groups": [], "days": [],
                    "ncells": {"head": [["Group (treatment)", "Days after injury", "", ""], ["", "7 (T1)", "14 (T2)", "28 (T3)"]],
                               "spans": [(1, 0, 3, 0), (0, 0, 0, 1)], "rows": _SH_ROWS,
                               "widths": [112, 44, 44, 44]},
                    "foot": "i.v., intravenous. Comparisons by two-way ANOVA with Tukey’s test."}),
                "GFAP/C3-positive A1 astrocytes were halved after BM-Exo, and nuclear p65 fell. {{mechanism|We attribute the benefit to inhibition of A1 astrocyte activation via NF-κB}}.",
            ]),
            ("discussion", "Discussion", [
                "Three weight-based doses improved BBB scores by 4.6 points at four weeks. Single fixed doses of 200 µg have given BBB scores of about 10 at day 28 [5].",
            ]),
        ],
        back=[("Declaration of competing interest", "{{reported_conflict_of_interest|None declared}}."),
              ("Ethics approval", "Local ethics committee for animal experiments, approval 2022/08.")],
        references=refs(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19),
        notes=["'sham rats scored 21' (day-14 sentence) is written without a spread: a text row with neither SD nor SEM."],
    ),
)

STUDIES = [UWIMANA, ULLOA, VALTONEN, TEODORESCU, SAHIN]
