"""Ledger studies 5-6 (ledger layouts: accepted manuscript, landscape). Everything is invented."""

from __future__ import annotations

from extgen.common import FOOTNOTE, POOL
from extgen.model import Scores

from ledgen.grid import LStudy


def series(days: list[float], *pairs: tuple[float, float]) -> dict[float, tuple[float, float]]:
    return dict(zip(days, pairs, strict=True))


# --------------------------------------------------------------------------------------
# 5. Korean lab, mice, accepted manuscript: BMS and BBB in ONE table, mean and SEM in
#    separate sub-columns under merged group headers, weeks down the side with "Week"
#    in every row label; a BMS subscore row block that is not a score of either scale.
# --------------------------------------------------------------------------------------
W5 = [7.0, 14.0, 21.0, 28.0, 42.0]
CTRL, EXO = "SCI + PBS", "SCI + hUC-sEV"
BMS_ROWS = [["", "Week " + str(int(d / 7)), "{s:BMS:" + CTRL + "@" + str(d) + "|mean}",
             "{s:BMS:" + CTRL + "@" + str(d) + "|err}", "{s:BMS:" + EXO + "@" + str(d) + "|mean}",
             "{s:BMS:" + EXO + "@" + str(d) + "|err}"] for d in W5]
BBB_ROWS = [["", "Week " + str(int(d / 7)), "{s:" + CTRL + "@" + str(d) + "|mean}", "{s:" + CTRL + "@" + str(d) + "|err}",
             "{s:" + EXO + "@" + str(d) + "|mean}", "{s:" + EXO + "@" + str(d) + "|err}"] for d in W5]
BMS_ROWS[0][0], BBB_ROWS[0][0] = "BMS (0–9)", "BBB (0–21)"
CHO = LStudy(
    stem="cho2022_hucmsc_sev_mouse_bms_bbb",
    layout="single",
    habit="manuscript",
    title="Small extracellular vesicles from human umbilical cord MSCs given intravenously on three "
          "consecutive days improve locomotion after spinal cord contusion in mice",
    short_title="Cho et al.",
    authors=[("Min-ji", "Cho"), ("Seung-hyun", "Park"), ("Ji-woo", "Hwang"), ("Dae-sung", "Lim"),
             ("Eun-young", "Seo")],
    affiliations=["Department of Neurosurgery, Hanbit University College of Medicine (invented), Daejeon, Korea",
                  "Stem Cell Convergence Center (invented), Seoul, Korea"],
    journal="Experimental Neurobiology and Repair",
    year=2022,
    volume="31(4):288–301",
    doi="10.5555/enr.2022.31.4.288",
    pmid="99100805",
    pmcid="PMC9910805",
    received="2022-04-18",
    values={
        "species": "mouse", "strain": "C57BL/6", "sex": "female", "body_weight_g": {"low": 18, "high": 22},
        "n_per_group": 12, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor",
        "injury_level": "T10", "source_tissue": "umbilical_cord", "source_species": "human",
        "isolation_method": ["tangential_flow", "ultracentrifugation"],
        "isolation_detail": "TFF 300 kDa then 120,000 × g 90 min",
        "characterization": ["NTA", "TEM", "western_blot"],
        "markers": ["CD9", "CD63", "CD81", "TSG101", "calnexin"],
        "size_nm": {"value": 104.6, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 1_000_000_000, "unit": "particles", "volume_ul": 100, "basis": "particles"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 3, "interval_h": 24}, "timing_post_injury_h": 1,
        "mechanism": "shifting microglia from M1 to M2 polarisation via NF-κB inhibition",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Repeated systemic dosing may extend the window in which vesicles act on the injured cord."),
        ("Methods", "Female C57BL/6 mice received a 60-kdyn Infinite Horizon contusion at T10 and 1 × 10<sup>9</sup> "
         "particles of hUC-MSC small extracellular vesicles (hUC-sEV) or PBS by tail vein at 1, 25 and 49 h. "
         "Locomotion was rated with both the Basso Mouse Scale (BMS) and the BBB scale for six weeks."),
        ("Results", "hUC-sEV mice had higher BMS and BBB scores from week 2, fewer iNOS<sup>+</sup> and more "
         "Arg1<sup>+</sup> microglia, and less phosphorylated p65."),
    ],
    keywords=["small extracellular vesicles", "umbilical cord", "mouse", "Basso Mouse Scale", "microglia"],
    sections=[
        ("intro", "Introduction", [
            "Microglia and infiltrating macrophages shape secondary injury after spinal cord injury [7]. "
            "Small extracellular vesicles (sEVs; typically <200 nm) from mesenchymal stromal cells (MSCs) "
            "modulate these cells in vitro [2]. Most in vivo studies gave a single dose; one rat study used "
            "200 µg on three days and reported a 2.7-point BBB gain [5].",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Animals"),
            "{{sex,strain,species|Female C57BL/6 mice}} (8–10 weeks, {{body_weight_g|18–22 g}}) were obtained "
            "from a commercial breeder. {{reported_welfare_compliance|The study was approved by the "
            "Institutional Animal Care and Use Committee of Hanbit University (HBU-IACUC-2020-031)}}. Mice were "
            "{{reported_randomisation|randomly allocated to groups using a random number table}} "
            "({{n_per_group|n = 12 per group}}).",
            ("h", "Spinal cord injury"),
            "After laminectomy {{injury_level|at the T10 level}}, a {{injury_model,injury_device|moderate "
            "contusion (60 kdyn) was made with the Infinite Horizon impactor}}. Manual bladder expression was "
            "done twice daily.",
            ("h", "Isolation of hUC-sEV"),
            "{{source_species,source_tissue|MSCs from human umbilical cord}} (passage 4–6) were cultured in "
            "serum-free medium for 48 h. Conditioned medium was filtered (0.22 µm), concentrated "
            "{{isolation_method,isolation_detail|by tangential flow filtration (300 kDa) and then "
            "ultracentrifuged at 120,000 × g for 90 min}}. sEVs were characterised by "
            "{{characterization|nanoparticle tracking analysis}}, {{characterization|TEM}} and "
            "{{characterization|western blotting}} ({{markers|CD9, CD63, CD81 and TSG101; calnexin "
            "negative}}).",
            ("h", "Administration"),
            "Mice received {{dose|1 × 10<sup>9</sup> particles in 100 µL PBS}} "
            "{{route,route_detail|via the tail vein}} {{timing_post_injury_h,frequency|1 h after injury and "
            "again at 24 h and 48 h thereafter (three doses)}}. Controls received PBS.",
            ("h", "Behavioural assessment"),
            "Hind-limb locomotion was rated weekly with the BMS (0–9) and the BBB scale (0–21) "
            "{{reported_blinded_assessment|by two investigators unaware of treatment}}. The BMS subscore "
            "(0–11) was recorded for mice with frequent stepping.",
            ("h", "Statistics"),
            "Data are presented as mean and SEM and analysed by repeated-measures two-way ANOVA with Sidak's test.",
        ]),
        ("results", "Results", [
            "NTA showed a {{size_nm|mean particle size of 104.6 nm}} (mode 92 nm). Both scales separated the "
            "groups from week 2 (Table 1). At week 6 the BBB score was {bbb:" + EXO + "@42} in hUC-sEV mice and "
            "{bbb:" + CTRL + "@42} in PBS mice (mean ± SEM). The BMS subscore rose to 6.1 in hUC-sEV mice and "
            "3.2 in PBS mice at week 6 (Table 1).",
            ("table", "Table 1", "Locomotor scores of contused mice (n = 12 per group).", {
                "head": 2,
                "spans": [(0, 0, 0, 1), (1, 0, 1, 1), (2, 0, 3, 0), (4, 0, 5, 0),
                          (0, 2, 0, 6), (0, 7, 0, 11)],
                "grid": [
                    ["Scale", "Time", CTRL, "", EXO, ""],
                    ["", "", "Mean", "SEM", "Mean", "SEM"],
                    *BMS_ROWS[:1], *[r for r in BMS_ROWS[1:]],
                    *BBB_ROWS,
                    ["BMS subscore (0–11)", "Week 6", "3.2", "0.5", "6.1", "0.6"],
                    ["<i>P</i>, group (BMS / BBB)", "", "0.0008 / 0.0011", "", "", ""],
                ],
                "foot": "Week, weeks after contusion. Subscore recorded only in mice with frequent stepping.",
            }),
            "hUC-sEV reduced iNOS<sup>+</sup>/Iba1<sup>+</sup> cells and increased Arg1<sup>+</sup>/Iba1<sup>+</sup> "
            "cells at 7 days, with lower p-p65.",
            ("figure", "Figure 3", "Weekly BMS and BBB. Curves redraw Table 1; error bars are SEM.",
             {"days": W5, "groups": [CTRL, EXO], "x": "weeks"}),
        ]),
        ("discussion", "Discussion", [
            "Three daily intravenous doses improved both scales. The effect is consistent with "
            "{{mechanism|a shift of microglia from M1 to M2 polarisation through NF-κB inhibition}}. In rats, "
            "a single dose of 100 µg gave BBB gains of 2–3 points [5,11]; in mice, vesicles of 70–90 nm have "
            "been reported by TEM [14].",
        ]),
    ],
    references=[POOL[0], POOL[1], POOL[2], POOL[3], POOL[4], POOL[5], POOL[6], POOL[7], POOL[8], POOL[9],
                POOL[10], POOL[11], POOL[12], POOL[13]],
    scores=Scores(
        outcome="BBB", err="sem",
        groups=[(CTRL, "control", 12), (EXO, "treatment", 12)],
        values={
            CTRL: series(W5, (3.1, 0.4), (5.4, 0.5), (6.8, 0.6), (7.6, 0.6), (8.3, 0.7)),
            EXO: series(W5, (3.6, 0.5), (7.2, 0.6), (9.5, 0.7), (10.9, 0.7), (12.0, 0.8)),
        }),
    extra={"BMS": Scores(
        outcome="BMS", err="sem",
        groups=[(CTRL, "control", 12), (EXO, "treatment", 12)],
        values={
            CTRL: series(W5, (1.4, 0.2), (2.3, 0.3), (2.9, 0.3), (3.2, 0.3), (3.5, 0.3)),
            EXO: series(W5, (1.6, 0.2), (3.3, 0.3), (4.3, 0.3), (4.9, 0.4), (5.4, 0.4)),
        })},
    back=[("Conflicts of Interest", "{{reported_conflict_of_interest|The authors have no conflicts of interest "
           "to declare}}."),
          ("Acknowledgements", "We thank the animal facility staff (invented).")],
    notes=["BMS and BBB in one table; the BMS subscore row and the P row are not scores."],
    footnote=FOOTNOTE,
)


# --------------------------------------------------------------------------------------
# 6. German lab, landscape table page: T-coded time points explained in a footnote
#    (T0 = pre-injury baseline, not a post-injury outcome), long group labels with dose,
#    route and schedule, SEM in its own column per group, a "n lost" row, "–" for T0 of
#    groups tested only after injury; plus a second portrait table of BBB subscores.
# --------------------------------------------------------------------------------------
T6 = {1: 1.0, 2: 7.0, 3: 14.0, 4: 28.0, 5: 42.0}
G6 = [("Sham (laminectomy, no injury)", "sham", 8),
      ("SCI + vehicle (PBS 500 µL i.v., weekly ×4)", "control", 10),
      ("SCI + hBM-MSC-EV low (1 × 10^10 particles i.v., weekly ×4)", "other", 10),
      ("SCI + hBM-MSC-EV high (3 × 10^10 particles i.v., weekly ×4)", "treatment", 10)]


def _t_row(label: str, err_marks: dict[int, str] | None = None) -> list[str]:
    row = [label, "21", ""]
    for t, d in T6.items():
        row += ["{s:" + label + "@" + str(d) + "|mean}" + (err_marks or {}).get(t, ""),
                "{s:" + label + "@" + str(d) + "|err}"]
    return row


EISENHARDT = LStudy(
    stem="eisenhardt2023_hbmsc_ev_tcoded_landscape",
    layout="single",
    habit="landscape",
    title="Repeated weekly intravenous extracellular vesicles from human bone marrow MSCs after "
          "Infinite Horizon contusion in Lewis rats: a two-dose study",
    short_title="Eisenhardt et al., weekly hBM-MSC-EV",
    authors=[("Katharina", "Eisenhardt"), ("Lukas", "Brünnler"), ("Sophie", "Wendlandt"), ("Matthias", "Oehme"),
             ("Anja", "Gröttrup")],
    affiliations=["Klinik für Neurochirurgie, Universitätsklinikum Niederrhein (invented), Düsseldorf, Germany",
                  "Institut für Zelltherapie (invented), Leipzig, Germany"],
    journal="Neurotrauma and Cell Therapy Reports",
    year=2023,
    volume="12:1047",
    doi="10.5555/nctr.2023.1047",
    pmid="99100806",
    pmcid="PMC9910806",
    received="2023-06-07",
    values={
        "species": "rat", "strain": "Lewis", "sex": "female", "body_weight_g": {"low": 180, "high": 200},
        "n_per_group": 10, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor",
        "injury_level": "T8", "source_tissue": "bone_marrow", "source_species": "human",
        "isolation_method": ["tangential_flow", "size_exclusion"],
        "isolation_detail": "TFF (100 kDa), Sepharose CL-2B SEC",
        "characterization": ["NTA", "TEM", "flow_cytometry", "western_blot"],
        "markers": ["CD9", "CD63", "CD81", "syntenin-1", "calnexin"],
        "size_nm": {"value": 138.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 30_000_000_000, "unit": "particles", "volume_ul": 500, "basis": "particles"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 4, "interval_h": 168}, "timing_post_injury_h": 3,
        "mechanism": "preservation of blood–spinal cord barrier integrity",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "We compared two weekly intravenous doses of extracellular vesicles (EVs) from human bone marrow "
         "MSCs (hBM-MSC-EV) after a 150-kdyn thoracic contusion in female Lewis rats. Only the higher dose "
         "(3 × 10<sup>10</sup> particles per injection, four injections) improved BBB scores, beginning at "
         "two weeks, and reduced Evans blue extravasation."),
    ],
    keywords=["extracellular vesicles", "bone marrow", "repeated dosing", "blood–spinal cord barrier", "Lewis rat"],
    sections=[
        ("intro", "Introduction", [
            "Disruption of the blood–spinal cord barrier (BSCB) persists for weeks after contusion [6]. EVs, "
            "defined by MISEV as lipid-bilayer particles that cannot replicate and often 50–150 nm in size [4], "
            "accumulate at the lesion after intravenous injection [5]. Whether repeated dosing adds to a single "
            "injection is unsettled: doses between 10<sup>9</sup> and 10<sup>11</sup> particles have been used "
            "[11].",
        ]),
        ("methods", "Methods", [
            ("h", "Animals, approvals and design"),
            "{{sex,species,strain|Female Lewis rats}} ({{body_weight_g|180–200 g}}, Charles River) were used. "
            "{{reported_welfare_compliance|Experiments were approved by the state authority (LANUV NRW, "
            "Az. 81-02.04.2021.A155) and follow the ARRIVE guidelines}}. "
            "{{reported_sample_size_calculation|The sample size was calculated a priori}} (G*Power; "
            "α = 0.05, power 0.8), giving {{n_per_group|10 animals per injured group}} and 8 sham animals. "
            "{{reported_randomisation|Allocation was randomised by block randomisation stratified by "
            "impact force}}.",
            ("h", "Injury"),
            "Rats were anaesthetised with isoflurane; after laminectomy of the {{injury_level|T8 vertebra}}, "
            "a {{injury_model,injury_device|150-kdyn contusion was applied with the Infinite Horizon "
            "impactor}}. Actual forces and displacements were recorded for each animal.",
            ("h", "EV manufacture"),
            "{{source_species,source_tissue|Human bone marrow MSCs}} from three donors (passage 3) were "
            "cultured in platelet-lysate-free medium for 48 h. EVs were isolated "
            "{{isolation_method,isolation_detail|by tangential flow filtration (100 kDa) followed by "
            "size-exclusion chromatography on Sepharose CL-2B}}. Characterisation comprised "
            "{{characterization|NTA}} (ZetaView), {{characterization|TEM}}, "
            "{{characterization|bead-based flow cytometry}} and {{characterization|western blot}} "
            "({{markers|CD9, CD63, CD81 and syntenin-1; calnexin was absent}}).",
            ("h", "Treatment"),
            "The first injection was given {{timing_post_injury_h|3 h after injury}} and repeated "
            "{{frequency|once a week for four weeks}}. The high-dose group received "
            "{{dose|3 × 10<sup>10</sup> particles in 500 µL PBS}} and the low-dose group 1 × 10<sup>10</sup> "
            "particles, {{route,route_detail|injected into a lateral tail vein}}.",
            ("h", "Locomotor testing"),
            "The BBB open-field test was performed at baseline and 1, 7, 14, 28 and 42 days after injury "
            "{{reported_blinded_assessment|by two raters blinded to group}}. Time points are coded T0–T5 in "
            "Table 1.",
            ("h", "Statistics"),
            "Data are mean and SEM; linear mixed models with Holm correction.",
        ]),
        ("results", "Results", [
            "The EVs had a {{size_nm|modal diameter of 138 nm}} by NTA. Two vehicle rats and one low-dose rat "
            "were excluded after autophagia (Table 1). High-dose EVs improved BBB scores from T3 onwards; "
            "the low dose did not differ from vehicle.",
            ("table", "Table 1", "BBB locomotor scores at time points T0–T5 (mean and SEM).", {
                "landscape": True,
                "head": 2,
                "font": 8.5,
                "spans": [(0, 0, 0, 1), (1, 0, 2, 0), (3, 0, 4, 0), (5, 0, 6, 0), (7, 0, 8, 0), (9, 0, 10, 0),
                          (11, 0, 12, 0)],
                "grid": [
                    ["Group", "T0", "", "T1", "", "T2", "", "T3", "", "T4", "", "T5", ""],
                    ["", "Mean", "SEM", "Mean", "SEM", "Mean", "SEM", "Mean", "SEM", "Mean", "SEM", "Mean", "SEM"],
                    ["Sham (laminectomy, no injury)", "21", "", "{s:Sham (laminectomy, no injury)@1|bare}", "–",
                     "{s:Sham (laminectomy, no injury)@7|bare}", "–", "{s:Sham (laminectomy, no injury)@14|bare}",
                     "–", "{s:Sham (laminectomy, no injury)@28|bare}", "–",
                     "{s:Sham (laminectomy, no injury)@42|bare}", "–"],
                    _t_row(G6[1][0]),
                    _t_row(G6[2][0]),
                    _t_row(G6[3][0], {3: "*", 4: "**", 5: "**"}),
                    ["n lost (vehicle / low / high)", "0 / 0 / 0", "", "0 / 0 / 0", "", "1 / 0 / 0", "",
                     "2 / 1 / 0", "", "2 / 1 / 0", "", "2 / 1 / 0", ""],
                ],
                "foot": "T0, baseline before surgery; T1, day 1; T2, day 7; T3, day 14; T4, day 28; T5, day 42 "
                        "after injury. * p < 0.05, ** p < 0.01 high dose vs vehicle (Holm).",
            }),
            "Evans blue extravasation at day 7 was 46% lower after the high dose, and ZO-1 and occludin were "
            "preserved. BBB subscores (Table 2) were recorded from T3 in rats with consistent stepping.",
            ("table", "Table 2", "BBB subscore (0–13) at T4 and T5, median [IQR].", {
                "grid": [
                    ["Group", "T4", "T5"],
                    ["SCI + vehicle", "1 (0–2)", "2 (1–3)"],
                    ["EV low", "1 (0–3)", "2 (1–4)"],
                    ["EV high", "4 (2–6)", "7 (5–8)"],
                ],
            }),
        ]),
        ("discussion", "Discussion", [
            "Weekly high-dose EVs improved hind-limb function by about three BBB points at six weeks. Earlier "
            "single-dose work with 200 µg [5] or with vesicles measuring 80–120 nm [14] reported smaller "
            "effects. We attribute the benefit mainly to {{mechanism|preservation of blood–spinal cord barrier "
            "integrity}}.",
        ]),
    ],
    references=[POOL[0], POOL[1], POOL[2], POOL[3], POOL[4], POOL[5], POOL[6], POOL[7], POOL[8], POOL[9],
                POOL[10], POOL[11], POOL[12], POOL[13]],
    scores=Scores(
        outcome="BBB", err="sem", groups=G6,
        values={
            G6[0][0]: {d: (21.0, 0.0) for d in T6.values()},
            G6[1][0]: series(list(T6.values()), (0.8, 0.3), (3.2, 0.6), (5.9, 0.7), (8.1, 0.8), (8.9, 0.8)),
            G6[2][0]: series(list(T6.values()), (0.9, 0.3), (3.4, 0.5), (6.4, 0.7), (8.7, 0.7), (9.6, 0.8)),
            G6[3][0]: series(list(T6.values()), (0.9, 0.4), (3.8, 0.6), (7.9, 0.7), (10.6, 0.8), (11.9, 0.7)),
        }),
    n_at={(G6[1][0], 7.0): 9, (G6[1][0], 14.0): 8, (G6[1][0], 28.0): 8, (G6[1][0], 42.0): 8,
          (G6[2][0], 14.0): 9, (G6[2][0], 28.0): 9, (G6[2][0], 42.0): 9},
    back=[("Conflict of interest", "{{reported_conflict_of_interest|The authors declare no conflict of "
           "interest}}."),
          ("Ethics approval", "See Methods (LANUV NRW, Az. 81-02.04.2021.A155).")],
    notes=["T0 (pre-injury baseline, 21 in every group) is not a post-injury outcome and has no gold row.",
           "Table 2 (BBB subscore) and the 'n lost' row are not BBB scores."],
    footnote=FOOTNOTE,
)

STUDIES = [CHO, EISENHARDT]
