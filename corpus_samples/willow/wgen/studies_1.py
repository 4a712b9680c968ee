"""Willow studies 1-3 (everything invented)."""

from __future__ import annotations

from extgen.common import FOOTNOTE, MU, NB, POOL, TH
from extgen.model import Study

from wgen.helpers import S, no_plot, series
from wgen.scores import WScores

# ---------------------------------------------------------------------------
# 1. Wawrzyniak 2021: two experiments (dose-response, then time window), codes EXO-L/M/H,
#    "Pre" baseline column (pre-injury, no gold rows), D1/W1... columns, SD, glued marks.
# ---------------------------------------------------------------------------
D1 = [1, 7, 14, 28, 42]
WAW = WScores("BBB", "sd", {
    "sham": ("Sham", "sham", 8), "pbs": ("PBS", "control", 8), "lo": ("EXO-L", "other", 8),
    "mid": ("EXO-M", "other", 8), "hi": ("EXO-H", "treatment", 8),
    "pbs2": ("PBS", "control", 6), "t1": ("EXO-H/1 h", "treatment", 6),
    "t24": ("EXO-H/24 h", "other", 6), "t72": ("EXO-H/72 h", "other", 6),
}, {
    "sham": series(D1, [(20.6, 0.5), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)]),
    "pbs": series(D1, [(0.4, 0.5), (2.1, 0.9), (3.9, 1.0), (5.6, 1.2), (6.5, 1.1)]),
    "lo": series(D1, [(0.5, 0.5), (2.3, 1.0), (4.2, 1.1), (6.1, 1.3), (7.0, 1.4)]),
    "mid": series(D1, [(0.4, 0.5), (2.8, 0.8), (5.0, 1.0), (7.6, 1.2), (9.0, 1.2)]),
    "hi": series(D1, [(0.6, 0.5), (3.4, 0.9), (6.1, 1.1), (9.7, 1.2), (11.8, 1.3)]),
    "pbs2": {42: (6.2, 1.3)}, "t1": {42: (11.5, 1.2)}, "t24": {42: (9.1, 1.2)}, "t72": {42: (7.0, 1.4)},
})

WAWRZYNIAK = Study(
    stem="wawrzyniak2021_hucmsc_exo_doseresponse_timewindow",
    layout="single",
    title="Dose–response and therapeutic time window of exosomes from human umbilical cord mesenchymal stem cells after thoracic spinal cord contusion in rats",
    short_title="Wawrzyniak et al. · hUCMSC exosomes, dose and time window",
    authors=[("Bartosz", "Wawrzyniak"), ("Agnieszka", "Kęsicka"), ("Tomasz", "Lewandowicz"),
             ("Marta", "Olszyńska"), ("Jerzy", "Pietraszek")],
    affiliations=["Department of Experimental Neurosurgery, Medical University of Nowa Wieś, Poland",
                  "Laboratory of Cell Therapy, Institute of Regenerative Biology, Gdańsk-Oliwa, Poland"],
    journal="Acta Neurotraumatologica Polonica",
    year=2021,
    volume="9(3):211–226",
    doi="10.5555/anp.2021.0311",
    pmid="99100301",
    pmcid="PMC9910301",
    received="2021-02-17",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 220, "high": 260},
        "n_per_group": 8, "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T10",
        "source_tissue": "umbilical_cord", "source_species": "human", "modification": "none",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "110,000 g 75 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "TSG101", "Alix", "calnexin"],
        "size_nm": {"value": 118.6, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 200, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein", "frequency": {"doses": 1, "interval_h": None},
        "timing_post_injury_h": 1.0, "mechanism": "suppression of A1 astrocyte activation",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Exosomes of mesenchymal stem cells improve hindlimb function after spinal cord injury (SCI), but the dose and the latest useful start of treatment are poorly defined."),
        ("Methods", "In experiment 1, contused rats received a single intravenous injection of 25, 50 or 100" + NB + MU + "g of hUCMSC exosomes or PBS 1 h after injury; in experiment 2 the highest dose was started 1, 24 or 72 h after injury. Locomotion was scored with the BBB scale for 6 weeks."),
        ("Results", "Recovery increased with dose; at week 6 the 100-" + MU + "g group reached {w:hi@42} versus {w:pbs@42} with PBS. Starting at 24 h kept part of the benefit, starting at 72 h did not."),
        ("Conclusion", "A single dose of 100" + NB + MU + "g given within 24 h improves locomotor recovery, possibly by limiting A1 astrocyte activation."),
    ],
    keywords=["spinal cord injury", "exosomes", "umbilical cord", "dose–response", "time window", "BBB"],
    sections=[
        ("intro", "Introduction", [
            "Traumatic spinal cord injury leaves most patients with permanent deficits [1]. Extracellular vesicles released by mesenchymal stem cells (MSCs) carry proteins and RNAs that dampen inflammation, and exosomes, usually described as vesicles of 30–150" + NB + "nm, have been tested in several rodent models [2,11].",
            "Most studies give a single dose chosen without a dose–response experiment, commonly 100 to 200" + NB + MU + "g of exosomal protein [5]. Whether treatment started one or three days after injury still helps is rarely examined, although this is the delay a patient faces. We therefore performed two consecutive experiments in the same model.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals and ethics"),
            "All procedures were approved by the Local Ethical Committee for Animal Experiments in Nowa Wieś (decision 41/2019) and followed Directive 2010/63/EU. {{species,strain,sex,body_weight_g|Adult female Sprague-Dawley rats (220–260 g)}} were obtained from the university animal house and kept two per cage with free access to food and water.",
            ("h", "Spinal cord contusion"),
            "Under isoflurane anaesthesia a laminectomy was made at the {{injury_level|T10 vertebra}} and the exposed cord was contused with the {{injury_model,injury_device|NYU impactor (10 g rod dropped from 25 mm)}}. Sham animals underwent laminectomy only. Bladders were expressed manually twice daily until reflex voiding returned.",
            ("h", "Cell culture and exosome isolation"),
            "{{source_tissue,source_species|Human umbilical cord MSCs (hUCMSCs)}} at passage 3–5 were expanded in α-MEM with 10% exosome-depleted FBS. The exosomes used were {{modification|native, i.e. the cells were not transfected or preconditioned}}. Conditioned medium collected after 48 h was centrifuged at 300 ×g for 10 min, 2" + TH + "000 ×g for 20 min and 10" + TH + "000 ×g for 40 min, filtered (0.22" + NB + MU + "m) and {{isolation_method,isolation_detail|ultracentrifuged twice at 110" + TH + "000 ×g for 75 min}} at 4" + NB + "°C. Pellets were resuspended in PBS and protein was measured with a BCA kit.",
            ("h", "Characterisation"),
            "Morphology was examined by {{characterization|transmission electron microscopy (TEM)}} after negative staining; size distribution by {{characterization|nanoparticle tracking analysis (NTA; NanoSight NS300)}}. {{characterization,markers|Western blotting showed CD63, TSG101 and Alix, whereas calnexin was absent}}.",
            ("h", "Experimental design"),
            "<i>Experiment 1 (dose–response).</i> Rats were allocated by a computer-generated random list ({{reported_randomisation|randomly assigned using a computer-generated list}}) to Sham, PBS, EXO-L, EXO-M and EXO-H groups, with {{n_per_group|eight rats per group}}. EXO-L, EXO-M and EXO-H received 25, 50 and {{dose|100" + NB + MU + "g of exosomes in 200" + NB + MU + "l PBS}}, respectively, and the PBS group received 200" + NB + MU + "l PBS. All injections were given {{route,route_detail|slowly into the lateral tail vein}} as a {{frequency|single injection}} {{timing_post_injury_h|1 h after contusion}}.",
            "<i>Experiment 2 (time window).</i> A second cohort (six rats per group) received the EXO-H dose at 1 h (EXO-H/1 h), 24 h (EXO-H/24 h) or 72 h (EXO-H/72 h) after injury, or PBS at 1 h. BBB was scored before surgery and at 6 weeks only in this cohort.",
            ("h", "Locomotor assessment"),
            "Open-field locomotion was rated on the 21-point Basso, Beattie and Bresnahan (BBB) scale before surgery (Pre), on day 1 and at weeks 1, 2, 4 and 6 by {{reported_blinded_assessment|two observers blinded to group allocation}}; their mean was used.",
            ("h", "Statistics"),
            "Data are mean ± SD. BBB scores were compared by two-way repeated-measures ANOVA with Bonferroni correction; P < 0.05 was significant.",
        ]),
        ("results", "Results", [
            ("h", "Exosome characteristics"),
            "TEM showed cup-shaped vesicles, and {{size_nm|NTA gave a mean diameter of 118.6 ± 9.2 nm}} with a concentration of 3.1 × 10<sup>11</sup> particles/ml.",
            ("h", "Experiment 1: dose–response"),
            "All injured rats were paraplegic on day 1 (Table 1). From week 2, EXO-H rats moved better than PBS rats, and the difference grew until week 6, when they scored {w:hi@42} compared with {w:pbs@42}. EXO-M reached {w:mid@42|m} at week 6 (P < 0.05 vs PBS), while EXO-L ({w:lo@42|m}) did not differ from PBS. One EXO-L rat died of bladder infection on day 9 and was replaced.",
            ("table", "Table 1", "BBB scores in experiment 1 (mean ± SD, n = 8 per group).", {
                "grid": {"head": [["Group", "Pre", "D1", "W1", "W2", "W4", "W6"]],
                         "rows": [["Sham", "21.0", S("sham", 1), S("sham", 7), S("sham", 14), S("sham", 28), S("sham", 42)],
                                  ["PBS", "21.0", S("pbs", 1), S("pbs", 7), S("pbs", 14), S("pbs", 28), S("pbs", 42)],
                                  ["EXO-L", "21.0", S("lo", 1), S("lo", 7), S("lo", 14), S("lo", 28), S("lo", 42)],
                                  ["EXO-M", "21.0", S("mid", 1), S("mid", 7), S("mid", 14), S("mid", 28, "pm", "*"), S("mid", 42, "pm", "*")],
                                  ["EXO-H", "21.0", S("hi", 1), S("hi", 7), S("hi", 14, "pm", "*"), S("hi", 28, "pm", "**"), S("hi", 42, "pm", "**")]]},
                "foot": "Pre, before surgery; D, day; W, week after injury. *P < 0.05, **P < 0.01 vs PBS.",
            }),
            ("h", "Experiment 2: time window"),
            "At 6 weeks, rats treated at 1 h scored {w:t1@42}, close to EXO-H in experiment 1. Delaying the injection to 24 h still gave {w:t24@42} (P < 0.05 vs PBS), but after a 72-h delay the score ({w:t72@42}) was similar to that of PBS-treated rats ({w:pbs2@42}).",
            ("h", "Astrocytes"),
            "EXO-H reduced C3-positive astrocytes around the lesion by about 40% at week 6 compared with PBS.",
        ]),
        ("discussion", "Discussion", [
            "Both the dose and the start of treatment mattered. The effect of 100" + NB + MU + "g was larger than of 50" + NB + MU + "g, and a dose of 25" + NB + MU + "g was ineffective. Earlier work used 200" + NB + MU + "g per rat [5] or repeated injections [8], so our highest dose may not be the ceiling.",
            "The loss of benefit at 72 h agrees with a window in which infiltrating cells are still reprogrammable [7]. Our data suggest that exosomes act through {{mechanism|suppression of A1 astrocyte activation}}, although we did not block this pathway.",
            "Limitations are the use of female rats only, the single outcome time in experiment 2 and no sample size calculation.",
        ]),
    ],
    references=POOL[:11],
    scores=no_plot(WAW),
    back=[("Ethics statement", "{{reported_welfare_compliance|The study was approved by the Local Ethical Committee for Animal Experiments (decision 41/2019).}}"),
          ("Conflict of interest", "{{reported_conflict_of_interest|The authors declare that they have no conflict of interest.}}"),
          ("Funding", "National Centre for Experimental Medicine grant 2019/07/X/NZ4/00021 (invented).")],
    notes=["Pre-injury (Pre) BBB values of 21.0 are not outcome rows (day would be before injury).",
           "Two experiments: n_per_group is the dose-response experiment's (8); experiment 2 groups have n = 6."],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------
# 2. Yildirim 2022 (manuscript layout): group codes G1-G3, BBB beside inclined plane in one
#    table, days as rows "7 dpi", baseline = 1 dpi, SEM written "±" tight with glued marks.
# ---------------------------------------------------------------------------
D2 = [1, 7, 14, 21, 28]
YIL = WScores("BBB", "sem", {
    "g1": ("G1", "sham", 10), "g2": ("G2", "control", 10), "g3": ("G3", "treatment", 10),
}, {
    "g1": series(D2, [(20.7, 0.2), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)]),
    "g2": series(D2, [(0.8, 0.3), (3.2, 0.4), (5.1, 0.5), (6.9, 0.5), (8.1, 0.5)]),
    "g3": series(D2, [(0.9, 0.3), (4.0, 0.4), (7.3, 0.5), (10.2, 0.6), (12.4, 0.6)]),
})
IP = {"g1": [64, 65, 65, 65, 65], "g2": [31, 36, 40, 43, 45], "g3": [32, 39, 46, 51, 54]}


def _yil_rows() -> list[list]:
    rows = []
    for i, d in enumerate(D2):
        label = "Baseline (1 dpi)" if d == 1 else f"{d} dpi"
        mark3 = "*#" if d >= 14 else ""
        rows.append([label, S("g1", d, "pmt"), f"{IP['g1'][i]}±1", S("g2", d, "pmt", "*" if d > 1 else ""),
                     f"{IP['g2'][i]}±2", S("g3", d, "pmt", mark3), f"{IP['g3'][i]}±2"])
    return rows


YILDIRIM = Study(
    stem="yildirim2022_rbmsc_sev_codes_inclinedplane",
    layout="manuscript",
    title="Small extracellular vesicles from rat bone marrow mesenchymal stem cells improve motor function and inclined plane performance after spinal cord injury",
    short_title="Yıldırım et al.",
    authors=[("Elif", "Yildirim"), ("Mehmet Can", "Aksoy"), ("Zeynep", "Karabulut"), ("Hasan", "Demirtaş")],
    affiliations=["Department of Neurosurgery, Faculty of Medicine, Kuzeykent University, Türkiye",
                  "Experimental Research Unit, Anadolu Health Sciences Institute, Türkiye"],
    journal="Turkish Journal of Experimental Neurosurgery",
    year=2022,
    volume="14(2):88–101",
    doi="10.5555/tjen.2022.14.2.88",
    pmid="99100302",
    pmcid="PMC9910302",
    received="2022-05-03",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male", "body_weight_g": {"low": 250, "high": 300},
        "n_per_group": 10, "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T9-T10",
        "source_tissue": "bone_marrow", "source_species": "rat",
        "isolation_method": ["ultrafiltration", "size_exclusion"], "isolation_detail": "Amicon Ultra-15 100 kDa, qEV",
        "characterization": ["TEM", "DLS", "western_blot"], "markers": ["CD9", "CD81", "HSP70"],
        "size_nm": {"value": 134.7, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 100, "unit": "ug_per_kg", "volume_ul": 500, "basis": "protein"},
        "route": "intravenous", "route_detail": "femoral vein", "frequency": {"doses": 3, "interval_h": 24},
        "timing_post_injury_h": 2.0, "mechanism": "inhibition of TLR4/NF-κB signalling",
        "reported_randomisation": True, "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Objective", "To test whether small extracellular vesicles (sEVs) of rat bone marrow MSCs improve locomotion after thoracic contusion."),
        ("Methods", "Male Wistar rats were divided into three groups (sham, vehicle, sEV). sEVs (100" + NB + MU + "g/kg) were given intravenously once a day for three days; BBB and inclined plane tests were done until 28 days."),
        ("Results", "On day 28 BBB was {w:g3@28} in the sEV group and {w:g2@28} in the vehicle group (p<0.05)."),
        ("Conclusion", "BMSC-sEVs improved motor recovery, possibly through TLR4/NF-κB inhibition."),
    ],
    keywords=["spinal cord injury", "extracellular vesicles", "bone marrow", "inclined plane", "rat"],
    sections=[
        ("intro", "Introduction", [
            "Spinal cord injury (SCI) causes loss of motor and sensory function below the lesion, and a secondary injury of inflammation and cell death follows the primary trauma [3,6]. Mesenchymal stem cells (MSCs) act mostly by paracrine factors, and their small extracellular vesicles (sEVs, 50–200" + NB + "nm) can cross the blood–spinal cord barrier [2].",
            "Previous studies reported sEV doses between 1 and 5" + NB + "mg/kg [10], but the inclined plane performance was seldom reported together with the BBB score. In this study we evaluated both in the same animals.",
        ]),
        ("methods", "Material and Methods", [
            ("h", "Animals"),
            "The study was performed with the approval of the Kuzeykent University Animal Experiments Local Ethics Committee (2021/07-3). Thirty {{species,strain,sex|male Wistar albino rats}} {{body_weight_g|weighing 250–300 g}} were used. Rats were {{reported_randomisation|randomly divided into three groups}} ({{n_per_group|n=10 in each group}}): G1, sham (laminectomy only); G2, SCI + vehicle (EV-depleted conditioned medium); G3, SCI + BMSC-sEV.",
            ("h", "Spinal cord injury model"),
            "After laminectomy of {{injury_level|T9–T10}}, {{injury_model,injury_device|spinal cord injury was produced by the weight-drop method}} (10 g rod, 50 mm height, modified Allen's device). Postoperative care included saline, cefazolin and manual bladder expression.",
            ("h", "Isolation of sEVs"),
            "{{source_tissue,source_species|MSCs were isolated from the femurs and tibias of 4-week-old Wistar rats}} and used at passage 4. The culture medium was changed to serum-free medium for 48 h, then collected and cleared of cells and debris (2" + TH + "000 g, 30 min). {{isolation_method,isolation_detail|The supernatant was concentrated with Amicon Ultra-15 100 kDa filters and sEVs were purified on qEV columns}} (Izon). The flow-through of the filters (EV-depleted medium) was kept as vehicle.",
            "sEVs were characterised by {{characterization|transmission electron microscope}}, {{characterization|dynamic light scattering (DLS, Zetasizer)}} and {{characterization,markers|western blot for CD9, CD81 and HSP70}}.",
            ("h", "Treatment"),
            "G3 received {{dose|100 µg/kg sEV in 500 µL saline}} {{route,route_detail|via the femoral vein}}, {{frequency|once a day for three days}}, the first injection {{timing_post_injury_h|2 hours after SCI}}. G2 received the same volume of EV-depleted medium.",
            ("h", "Behavioural tests"),
            "Locomotor function was evaluated using the BBB scale and the inclined plane test (maximum angle at which the rat holds its position for 5 s) on days 1, 7, 14, 21 and 28. Results are given as mean±SEM; groups were compared by one-way ANOVA and Tukey test.",
        ]),
        ("results", "Results", [
            "{{size_nm|DLS showed a mean hydrodynamic diameter of 134.7 nm}} (PDI 0.21). sEVs were round, double-membrane particles on TEM.",
            "Baseline BBB scores on day 1 were below 1 in the injured groups and did not differ between G2 and G3, so injury severity was comparable (Table 1). The improvement in G3 became significant on day 14. On day 28 the BBB score was {w:g3@28} in G3 and {w:g2@28} in G2, and the inclined plane angle was 54° and 45°, respectively.",
            ("table", "Table 1", "BBB scores and inclined plane angles (degrees) of the groups. Values are mean±SEM (n=10 per group).", {
                "grid": {"head": [["", "G1 (Sham)", "", "G2 (Vehicle)", "", "G3 (sEV)", ""],
                                  ["Time", "BBB", "IP (°)", "BBB", "IP (°)", "BBB", "IP (°)"]],
                         "spans": [((1, 0), (2, 0)), ((3, 0), (4, 0)), ((5, 0), (6, 0))],
                         "rows": _yil_rows()},
                "foot": "IP, inclined plane; dpi, days post-injury. *p<0.05 vs G1; #p<0.05 vs G2.",
            }),
            "Body weight fell in all injured rats during the first week and recovered thereafter without difference between G2 and G3.",
        ]),
        ("discussion", "Discussion", [
            "In our study BMSC-sEVs given three times improved both BBB and inclined plane scores. In similar models, doses up to 200" + NB + "µg per rat were used [5]. We think that sEVs act by {{mechanism|inhibition of TLR4/NF-κB signalling}}, as reported for microglia [7].",
            "The absence of blinded scoring and of female rats are limitations of this study.",
        ]),
    ],
    references=[POOL[i] for i in (0, 1, 2, 4, 5, 6, 9, 13)],
    scores=no_plot(YIL),
    back=[("Ethics", "{{reported_welfare_compliance|Approved by the Kuzeykent University Animal Experiments Local Ethics Committee (2021/07-3).}}"),
          ("Conflict of interest", "{{reported_conflict_of_interest|None declared.}}")],
    notes=["Groups are printed as codes G1-G3 defined in the methods; gold rows keep the printed code."],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------
# 3. Valdivia 2020 (twocol): fibroblast-EV and PBS controls, code ADEV, mean and SD in
#    separate columns with n column, text "(SD)" at 4 weeks after surgery (not in table).
# ---------------------------------------------------------------------------
D3 = [7, 21, 42]
VAL = WScores("BBB", "sd", {
    "sham": ("Sham", "sham", 9), "pbs": ("PBS", "control", 9), "fb": ("FBEV", "other", 9),
    "ad": ("ADEV", "treatment", 9),
}, {
    "sham": series(D3, [(21.0, 0.0), (21.0, 0.0), (21.0, 0.0)]),
    "pbs": series(D3 + [28], [(2.4, 1.1), (5.3, 1.5), (7.6, 1.6), (6.4, 1.7)]),
    "fb": series(D3 + [28], [(2.6, 1.0), (5.6, 1.4), (7.9, 1.5), (6.8, 1.5)]),
    "ad": series(D3 + [28], [(3.7, 1.2), (8.1, 1.6), (10.9, 1.4), (9.6, 1.5)]),
})


def _val_row(key: str, label: str) -> list:
    cells: list = [label, "9"]
    for d in D3:
        mark = "*" if key == "ad" and d > 7 else ""
        cells += [S(key, d, "mc", mark), S(key, d, "e")]
    return cells


VALDIVIA = Study(
    stem="valdivia2020_hadsc_ev_fibroblast_control_sdcolumn",
    layout="twocol",
    title="Extracellular vesicles from human adipose-derived mesenchymal stromal cells, but not from dermal fibroblasts, promote locomotor recovery after spinal cord contusion",
    short_title="Valdivia et al.",
    authors=[("Catalina", "Valdivia"), ("Ignacio", "Fuenzalida"), ("María José", "Riquelme"), ("Andrés", "Bustos-Leiva"), ("Paula", "Henríquez")],
    affiliations=["Centro de Neurorreparación Experimental, Universidad del Pacífico Sur, Valdivia, Chile",
                  "Departamento de Biología Celular, Universidad Austral Andina, Chile"],
    journal="Revista Latinoamericana de Neurociencia Experimental",
    year=2020,
    volume="27:e2020041",
    doi="10.5555/rlne.2020.041",
    pmid="99100303",
    pmcid="PMC9910303",
    received="2020-03-26",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 210, "high": 240},
        "n_per_group": 9, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor", "injury_level": "T10",
        "source_tissue": "adipose", "source_species": "human", "modification": "none",
        "isolation_method": ["ultracentrifugation", "density_gradient"], "isolation_detail": "100,000 g 90 min, iodixanol gradient",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD9", "CD63", "CD81", "calnexin"],
        "size_nm": {"value": 102.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 1e10, "unit": "particles", "volume_ul": 300, "basis": "particles"},
        "route": "intravenous", "route_detail": "tail vein", "frequency": {"doses": 2, "interval_h": 72},
        "timing_post_injury_h": 24.0, "mechanism": "reduced microglial activation",
        "reported_blinded_assessment": True, "reported_sample_size_calculation": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Whether the benefit of mesenchymal stromal cell extracellular vesicles (EVs) after spinal cord injury is specific to their cell of origin is unclear. We compared EVs of human adipose-derived MSCs (ADEV) with EVs of human dermal fibroblasts (FBEV) and PBS in contused rats. ADEV-treated rats reached a BBB score of {w:ad@42|paren} at six weeks, against {w:fb@42|paren} with FBEV and {w:pbs@42|paren} with PBS. The effect therefore depends on the producing cell."),
    ],
    keywords=["adipose-derived stromal cells", "extracellular vesicles", "fibroblast", "spinal cord contusion", "BBB"],
    sections=[
        ("intro", "Introduction", [
            "Extracellular vesicles (EVs) of mesenchymal stromal cells (MSCs) reduce inflammation after spinal cord injury (SCI) [2,7]. Critics argue that any vesicle preparation might have a similar non-specific effect, but few studies included vesicles from a non-stem cell type as a control [11].",
            "Here we used dermal fibroblast EVs, isolated in the same way, as a control for adipose MSC EVs.",
        ]),
        ("methods", "Methods", [
            ("h", "Animals"),
            "The protocol was approved by the Bioethics Committee of Universidad del Pacífico Sur (CBA-2018-12) and complies with the ARRIVE guidelines. We used 36 {{species,strain,sex|female Sprague-Dawley rats}} ({{body_weight_g|210–240 g}}). {{reported_sample_size_calculation|The sample size (n = 9) was calculated for a difference of 2.5 BBB points}} (SD 1.6, α 0.05, power 0.8), so {{n_per_group|each group included 9 rats}}.",
            ("h", "Injury"),
            "Rats were anaesthetised with ketamine/xylazine, a {{injury_level|T10}} laminectomy was made, and a {{injury_model,injury_device|contusion of 150 kdyn was delivered with the Infinite Horizon impactor}}. Sham rats received laminectomy only.",
            ("h", "EV production"),
            "{{source_tissue,source_species|Human adipose-derived MSCs (hAD-MSCs) from lipoaspirates}} of three donors and human dermal fibroblasts were cultured in EV-free medium for 48 h. Cells were used {{modification|without any genetic modification or preconditioning}}. Supernatants were centrifuged (2" + TH + "000 g, 10 000 g), and {{isolation_method,isolation_detail|EVs were pelleted at 100 000 g for 90 min and floated on an iodixanol (OptiPrep) gradient}}. EV fractions were washed in PBS.",
            "Particles were measured with {{characterization|NanoSight NTA}} and imaged by {{characterization|TEM}}; {{characterization,markers|immunoblots were positive for CD9, CD63 and CD81 and negative for calnexin}}.",
            ("h", "Groups and treatment"),
            "Injured rats were assigned to PBS, FBEV or ADEV. ADEV and FBEV rats received {{dose|1 × 10<sup>10</sup> particles in 300 µl PBS}} {{route,route_detail|through the tail vein}} {{timing_post_injury_h|24 h after injury}}, and {{frequency|a second identical dose 72 h later}}. The codes ADEV and FBEV are used throughout.",
            ("h", "BBB"),
            "{{reported_blinded_assessment|Two investigators unaware of the treatment}} scored the BBB scale weekly for 6 weeks. Data are presented as mean and standard deviation (SD) and compared by mixed-model ANOVA.",
        ]),
        ("results", "Results", [
            "ADEV and FBEV were similar in size: {{size_nm|the modal diameter of ADEV was 102 nm}} and that of FBEV 109 nm.",
            "BBB scores are listed in Table 1. The ADEV group was better than both controls from week 3 onward. At 4 weeks after surgery the mean BBB score was {w:ad@28|paren} in ADEV, {w:fb@28|paren} in FBEV and {w:pbs@28|paren} in PBS rats. FBEV and PBS did not differ at any time.",
            ("table", "Table 1", "BBB locomotor scores of the injured groups. Sham rats walked normally throughout and are not shown.", {
                "grid": {"head": [["", "", "1 wk", "", "3 wk", "", "6 wk", ""],
                                  ["Group", "n", "Mean", "SD", "Mean", "SD", "Mean", "SD"]],
                         "spans": [((2, 0), (3, 0)), ((4, 0), (5, 0)), ((6, 0), (7, 0))],
                         "rows": [_val_row("pbs", "PBS"), _val_row("fb", "FBEV"), _val_row("ad", "ADEV")],
                         "shrink": 0.5},
                "foot": "*P < 0.01 ADEV vs PBS and vs FBEV (Bonferroni).",
            }),
            "Iba1-positive microglia at the lesion edge were fewer in ADEV rats than in either control group.",
        ]),
        ("discussion", "Discussion", [
            "Fibroblast EVs did not improve locomotion, so the benefit of ADEV is not a general effect of vesicle infusion. It is probably related to {{mechanism|reduced microglial activation}}. Other groups reported vesicle sizes of 30–150 nm and doses of 200 µg [5], which are not directly comparable to particle doses.",
            "The study is limited by the six-week follow-up.",
        ]),
    ],
    references=[POOL[i] for i in (0, 1, 3, 4, 6, 10, 11, 13, 15)],
    scores=no_plot(VAL),
    back=[("Ethics approval", "{{reported_welfare_compliance|Approved by the Bioethics Committee of Universidad del Pacífico Sur (CBA-2018-12).}}"),
          ("Competing interests", "{{reported_conflict_of_interest|The authors declare no competing interests.}}")],
    notes=["Sham rats are mentioned but no sham scores are printed; no sham rows."],
    footnote=FOOTNOTE,
)

STUDIES = [(WAWRZYNIAK, WAW), (YILDIRIM, YIL), (VALDIVIA, VAL)]
