"""Grid studies 5-7 (all invented): Mwangi, Pham, Maheshwari."""

from __future__ import annotations

from extgen.common import FOOTNOTE, MU, NB, POOL, TH
from extgen.model import Study

from gridgen.grid import Cell, GridTable, GScores, h, sc, series

# ---------------------------------------------------------------------------------------------
# 5. Mwangi 2023 (report layout): groups coded A–D in a design table; scores transposed (POD
#    rows, group letters across), "mean±SD" without spaces, continued on the next page under a
#    repeated header; "Model" as the injured control; an inhibitor arm.
# ---------------------------------------------------------------------------------------------
_D5 = [1.0, 3.0, 7.0, 10.0, 14.0, 21.0, 28.0, 35.0, 42.0]
_S5 = GScores(
    outcome="BBB", err="sd",
    groups=[("A", "sham", 8), ("B", "control", 8), ("C", "treatment", 8), ("D", "other", 8)],
    values={
        "A": series(_D5, [(21.0, 0.0)] * 9),
        "B": series(_D5, [(0.3, 0.5), (1.1, 0.8), (2.9, 1.0), (3.8, 1.1), (4.9, 1.2), (6.0, 1.3), (6.9, 1.4),
                          (7.4, 1.4), (7.8, 1.5)]),
        "C": series(_D5, [(0.4, 0.5), (1.6, 0.9), (4.2, 1.1), (5.7, 1.2), (7.3, 1.3), (8.9, 1.4), (10.1, 1.5),
                          (10.9, 1.5), (11.4, 1.6)]),
        "D": series(_D5, [(0.3, 0.5), (1.2, 0.8), (3.1, 1.0), (4.1, 1.1), (5.3, 1.2), (6.6, 1.3), (7.5, 1.4),
                          (8.0, 1.5), (8.5, 1.5)]),
    },
)


def _design5() -> GridTable:
    head = [[h("Group"), h("Injury"), h("Treatment (i.p., daily × 7 from 24 h)"), h("Rats")]]
    body = [["A", "Laminectomy only", "None", "8"],
            ["B", "MASCIS contusion", "Model: PBS 1 mL", "8"],
            ["C", "MASCIS contusion", "hPMSC-Exo 100 µg in 1 mL PBS", "8"],
            ["D", "MASCIS contusion", "hPMSC-Exo 100 µg + ML385 30 mg/kg", "8"]]
    return GridTable(head, body, col_widths=[36, 90, 190, 34])


def _t5() -> GridTable:
    s = _S5
    marks = {("C", d): "*" for d in _D5[2:]} | {("D", 42.0): "#"}
    head = [[h("Time"), *[h(g) for g, _a, _n in s.groups]]]
    body = [[f"POD {d:g}", *[sc(s, g, d, "tight", marks.get((g, d), "")) for g, _a, _n in s.groups]] for d in _D5]
    return GridTable(head, body, split_at=5, rules="grid")


MWANGI = Study(
    stem="mwangi2023_hpmsc_exo_ip_daily_continued_table",
    layout="report",
    title="Placental mesenchymal stromal cell exosomes activate Nrf2 and improve locomotion after spinal cord "
          "contusion in rats",
    short_title="Placental MSC exosomes and Nrf2",
    authors=[("Grace Wanjiru", "Mwangi"), ("Peter", "Otieno"), ("Amina", "Hassan Mohamed"), ("David", "Kiprono"),
             ("Esther", "Achieng")],
    affiliations=["Department of Medical Physiology, Highlands University, Nairobi, Kenya",
                  "Centre for Translational Neuroscience, Kisumu, Kenya"],
    journal="East African Journal of Experimental Neurology",
    year=2023, volume="5:1142", doi="10.5555/eajen.2023.1142",
    pmid="99250005", pmcid="PMC99250005", received="2023-03-14",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 200, "high": 230},
        "n_per_group": 8, "injury_model": "contusion", "injury_device": "MASCIS impactor", "injury_level": "T10",
        "source_tissue": "placenta", "source_species": "human",
        "isolation_method": ["tangential_flow", "ultracentrifugation"],
        "isolation_detail": "tangential flow filtration 300 kDa; 120,000 g 90 min",
        "characterization": ["TEM", "western_blot"], "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": {"value": None, "low": 40, "high": 120, "stat": None, "method": "TEM"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 1000, "basis": "protein"},
        "route": "intraperitoneal", "route_detail": "intraperitoneal injection",
        "frequency": {"doses": 7, "interval_h": 24}, "timing_post_injury_h": 24.0,
        "mechanism": "Nrf2/HO-1 antioxidant signalling",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Aim", "To test whether exosomes from human placental MSCs (hPMSC-Exo) protect the contused cord through "
         "Nrf2."),
        ("Methods", "Rats with a MASCIS contusion received hPMSC-Exo intraperitoneally once a day for a week, with "
         "or without the Nrf2 inhibitor ML385. BBB scores were followed for six weeks (POD 1–42)."),
        ("Results", "Group C (exosomes) scored higher than the model group from POD 7; at POD 42 the BBB score "
         "was {bbb:C@42} versus {bbb:B@42}. ML385 removed most of the benefit."),
    ],
    keywords=["placenta", "exosomes", "Nrf2", "oxidative stress", "spinal cord injury"],
    sections=[
        ("intro", "Introduction", [
            "Oxidative stress peaks in the first days after contusion [3,6]. Placental stromal cells are easy to "
            "obtain and their vesicles are rich in antioxidant enzymes [2]. Extracellular vesicles span about "
            "30–1000 nm, of which exosomes form the small end [4]. Intraperitoneal dosing is simple and has "
            "been used at 50–200 µg per day [11].",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals and study design"),
            f"{{{{species,strain,sex|Thirty-two female Sprague-Dawley rats}}}} "
            f"({{{{body_weight_g|200–230{NB}g}}}}) were {{{{reported_randomisation|randomly divided into four groups "
            "(A–D) by sealed envelopes}}, {{n_per_group|eight rats each}} (Table 1). "
            "{{reported_welfare_compliance|The Institutional Animal Care and Use Committee of Highlands University "
            "approved the study (HU/IACUC/2021/044)}}.",
            ("table", "Table 1", "Experimental groups.",
             {"grid": _design5(), "below": True, "box": True}),
            ("h", "Contusion model"),
            f"After T9–T11 laminectomy, {{{{injury_model,injury_device,injury_level|the cord at the level of the "
            f"tenth thoracic vertebra (T10) was contused with the MASCIS impactor}}}} (10{NB}g, 12.5{NB}mm). "
            "Group A received the laminectomy alone.",
            ("h", "Exosomes"),
            f"{{{{source_tissue,source_species|Placental MSCs were isolated from term human placentas}}}} donated "
            f"after caesarean delivery with consent. Conditioned medium (48{NB}h, serum-free) was concentrated "
            f"by {{{{isolation_method,isolation_detail|tangential flow filtration (300 kDa cassette)}}}} and "
            f"exosomes pelleted by {{{{isolation_method,isolation_detail|ultracentrifugation at 120{TH}000 × g for "
            f"90 min}}}}. {{{{characterization|Transmission electron microscopy}}}} and "
            f"{{{{characterization|western blot}}}} for {{{{markers|CD9, CD63, TSG101 and calnexin}}}} were "
            "performed; protein was quantified by BCA.",
            ("h", "Treatments"),
            f"{{{{timing_post_injury_h,frequency,route,route_detail,dose|Starting 24 h after injury, group C "
            f"received 100{NB}{MU}g exosomes in 1 mL PBS by intraperitoneal injection once daily for 7 days}}}}. "
            "Group D received the same exosomes plus ML385 (30 mg/kg, i.p.); group B (model) received PBS.",
            ("h", "Behavioural testing"),
            "{{reported_blinded_assessment|Two trained observers unaware of the groups}} scored the BBB scale on "
            "post-operative days (POD) 1, 3, 7, 10, 14, 21, 28, 35 and 42.",
            ("h", "Statistics"),
            "Mean±SD; repeated-measures ANOVA with Bonferroni correction; P < 0.05.",
        ]),
        ("results", "Results", [
            f"{{{{size_nm|Under TEM the vesicles were cup-shaped and 40–120{NB}nm across}}}}. CD9, CD63 and TSG101 "
            "were enriched; calnexin was not detected.",
            "Locomotor scores are listed in Table 2. Group C improved faster than group B from POD 7. Group D "
            "followed group B closely until POD 35.",
            ("table", "Table 2", "BBB scores (mean±SD) by post-operative day.",
             {"grid": _t5(), "foot": "A, sham; B, model (SCI + PBS); C, SCI + hPMSC-Exo; D, SCI + hPMSC-Exo + "
              "ML385. * P < 0.05 vs B; # P < 0.05 vs C. POD, post-operative day (day of injury = POD 0)."}),
            "Nuclear Nrf2 and HO-1 rose in group C and fell back with ML385, implicating "
            "{{mechanism|Nrf2/HO-1 antioxidant signalling}}.",
        ]),
        ("discussion", "Discussion", [
            "Daily intraperitoneal exosomes improved the BBB score by about 3.6 points at six weeks. A tail-vein "
            "study reported a gain of 4.2 points with a single 200 µg dose [5].",
        ]),
    ],
    references=[POOL[i] for i in (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)],
    scores=_S5,
    back=[("Ethical approval", "Approved by the Highlands University IACUC (HU/IACUC/2021/044)."),
          ("Declaration of interests", "{{reported_conflict_of_interest|The authors have no competing interests "
           "to declare.}}")],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------------
# 6. Pham 2021 (report layout): a landscape table with a two-level header (scale, then day):
#    BBB beside inclined-plane angle and body weight; "mean (SD)"; native vs miR arms.
# ---------------------------------------------------------------------------------------------
_D6 = [7.0, 14.0, 28.0, 42.0]
_S6 = GScores(
    outcome="BBB", err="sd",
    groups=[("Sham", "sham", 6), ("SCI", "control", 10), ("SCI+Exo", "other", 10), ("SCI+Exo-miR", "treatment", 10)],
    values={
        "Sham": series(_D6, [(21.0, 0.0)] * 4),
        "SCI": series(_D6, [(3.2, 1.0), (5.6, 1.2), (7.1, 1.3), (7.9, 1.4)]),
        "SCI+Exo": series(_D6, [(4.0, 1.1), (6.9, 1.2), (8.8, 1.4), (9.6, 1.4)]),
        "SCI+Exo-miR": series(_D6, [(5.1, 1.1), (8.6, 1.3), (11.2, 1.4), (12.5, 1.5)]),
    },
)
_INCLINE = {"Sham": ("62.5 (2.1)", "63.0 (2.4)", "62.8 (2.0)", "63.1 (2.2)"),
            "SCI": ("31.0 (3.2)", "35.5 (3.4)", "38.2 (3.3)", "40.0 (3.6)"),
            "SCI+Exo": ("32.5 (3.0)", "38.0 (3.1)", "41.6 (3.5)", "43.4 (3.4)"),
            "SCI+Exo-miR": ("34.0 (3.1)", "41.2 (3.3)", "45.8 (3.2)", "48.3 (3.5)")}
_WEIGHT = {"Sham": "301 (14)", "SCI": "268 (17)", "SCI+Exo": "275 (15)", "SCI+Exo-miR": "281 (16)"}


def _t6() -> GridTable:
    s = _S6
    head = [[h("Group"), h("BBB score"), "", "", "", h("Inclined plane angle (°)"), "", "", "", h("Body weight (g)")],
            ["", *[h(f"D{d:g}") for d in _D6], *[h(f"D{d:g}") for d in _D6], h("D42")]]
    body = [[g, *[sc(s, g, d, "paren") for d in _D6], *_INCLINE[g], _WEIGHT[g]] for g, _a, _n in s.groups]
    return GridTable(head, body, spans=[(0, 0, 0, 1), (1, 0, 4, 0), (5, 0, 8, 0), (9, 0, 9, 1)])


PHAM = Study(
    stem="pham2021_hucmsc_mir124_exo_landscape_two_level",
    layout="report",
    title="Exosomes enriched in miR-124-3p from umbilical cord stromal cells shift microglia towards repair after "
          "thoracic contusion",
    short_title="miR-124-3p exosomes and microglia",
    authors=[("Thi Lan", "Pham"), ("Van Minh", "Nguyen"), ("Hoang Anh", "Tran"), ("Quoc Bao", "Le"),
             ("Thu Ha", "Vu")],
    affiliations=["Institute of Regenerative Medicine, Hanoi, Vietnam", "Stem Cell Unit, Ho Chi Minh City, Vietnam"],
    journal="Asian Journal of Cell Therapy in Neurology",
    year=2021, volume="12(6):540–556", doi="10.5555/ajctn.2021.06.540",
    pmid="99250006", pmcid="PMC99250006", received="2021-04-08",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 230, "high": 270},
        "n_per_group": 10, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor",
        "injury_level": "T10", "source_tissue": "umbilical_cord", "source_species": "human",
        "modification": "miR-124-3p overexpression",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 g 2 h",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "CD81", "TSG101"],
        "size_nm": {"value": 87.3, "low": None, "high": None, "stat": "mean", "method": "TEM"},
        "dose": {"amount": 1e6, "unit": "cells_equivalent", "volume_ul": 200, "basis": None},
        "route": "intravenous", "route_detail": "caudal vein", "frequency": {"doses": 4, "interval_h": 168},
        "timing_post_injury_h": 0.0, "mechanism": "miR-124-3p-mediated M2 microglial polarisation",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
    },
    abstract=[
        (None, "MicroRNA-124-3p steers microglia towards an anti-inflammatory state. We transduced human umbilical "
         "cord MSCs with a miR-124-3p lentivirus and gave their exosomes (Exo-miR) or native exosomes (Exo) "
         "weekly through the caudal vein to rats with a contusion at T10. By day 42, SCI+Exo-miR rats scored "
         "{bbb:SCI+Exo-miR@42|paren} on the BBB scale, SCI+Exo rats {bbb:SCI+Exo@42|paren} and untreated SCI rats "
         "{bbb:SCI@42|paren} (mean (SD)); inclined-plane angles followed the same order."),
    ],
    keywords=["miR-124-3p", "exosomes", "umbilical cord", "microglia", "spinal cord injury"],
    sections=[
        ("intro", "Introduction", [
            "Microglia and infiltrating macrophages dominate the lesion in the first weeks [7]. Exosomes of "
            "30–150 nm carry microRNAs between cells [15], and loading them with a chosen microRNA is a common "
            "strategy [15,16].",
        ]),
        ("methods", "Methods", [
            ("h", "Animals"),
            f"{{{{species,strain,sex|Male Sprague-Dawley rats}}}}, 8 weeks old and "
            f"{{{{body_weight_g|weighing 230–270{NB}g}}}}, were used. {{{{reported_welfare_compliance|Procedures were "
            "approved by the Animal Ethics Council of the Institute (IRM-AEC-2020-09)}}. Six rats formed the "
            "sham group; {{n_per_group|ten rats were used per injured group}}.",
            ("h", "Injury"),
            f"{{{{injury_model,injury_device,injury_level|Contusion of the T10 cord was produced with the Infinite "
            f"Horizon impactor at 150{NB}kdyn}}}}. Sham rats received laminectomy only.",
            ("h", "Modified exosomes"),
            f"{{{{source_tissue,source_species|Human umbilical cord MSCs}}}} were transduced with "
            f"{{{{modification|a lentivirus overexpressing miR-124-3p}}}} or with a control vector. Exosomes were "
            f"obtained by {{{{isolation_method,isolation_detail|ultracentrifugation at 100{TH}000 × g for 2 h}}}} "
            f"after 300 × g, 2000 × g and 10{TH}000 × g clearing steps, and characterised by "
            f"{{{{characterization|TEM}}}}, {{{{characterization|NTA}}}} and {{{{characterization|western "
            f"blot}}}} ({{{{markers|CD63, CD81, TSG101}}}}).",
            ("h", "Administration"),
            f"{{{{dose,route,route_detail,timing_post_injury_h|Exosomes secreted by 1{NB}×{NB}10<sup>6</sup> MSCs, in "
            f"200{NB}{MU}L PBS, were injected through the caudal vein immediately after injury}}}} and "
            "{{frequency|then once a week, four injections in total}}. SCI rats received PBS.",
            ("h", "Behaviour"),
            "BBB scores and the maximal inclined-plane angle were recorded on days 7, 14, 28 and 42 by "
            "{{reported_blinded_assessment|an assessor blinded to treatment}}. The BBB subscore (0–13) was "
            "also recorded.",
        ]),
        ("results", "Results", [
            f"Exosomes were round vesicles with {{{{size_nm|a mean TEM diameter of 87.3 ± 21.4{NB}nm}}}}; "
            f"NTA gave a mode of 96{NB}nm. Exo-miR carried 28-fold more miR-124-3p than Exo.",
            "Table 1 lists the behavioural outcomes. Exo-miR was superior to Exo at days 28 and 42 (P < 0.05). "
            "BBB subscores at day 42 were 7 (Exo-miR), 5 (Exo) and 3 (SCI), medians.",
            ("table", "Table 1", "Behavioural outcomes after SCI, mean (SD). D, days after injury.",
             {"grid": _t6(), "landscape": True, "below": True,
              "foot": "Sham n = 6; other groups n = 10. Body weight measured on D42."}),
            "Arg1+/Iba1+ cells increased and iNOS+/Iba1+ cells decreased with Exo-miR, pointing to "
            "{{mechanism|miR-124-3p-mediated M2 microglial polarisation}}.",
        ]),
        ("discussion", "Discussion", [
            "Loading miR-124-3p added about three BBB points to native exosomes at six weeks. Another group used "
            "2 × 10^10 particles of miR-124 vesicles intrathecally and observed a BBB of 13 [15].",
        ]),
    ],
    references=[POOL[i] for i in (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)],
    scores=_S6,
    back=[("Funding", "National Foundation for Science and Technology Development (grant 106-YS.06-2019.12).")],
    notes=["Table 1 also holds inclined-plane angles and body weights (not BBB); BBB subscores in the text are "
           "not BBB scores."],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------------
# 7. Maheshwari 2024 (twocol): mean and SEM in separate columns under "7 d post-SCI" headers,
#    2 decimals, "Vehicle (PBS)" control row, letter marks glued, a difference row (a trap).
# ---------------------------------------------------------------------------------------------
_D7 = [7.0, 14.0, 28.0]
_S7 = GScores(
    outcome="BBB", err="sem", dec=2,
    groups=[("Sham", "sham", 7), ("Vehicle (PBS)", "control", 7), ("BMSC-sEV", "treatment", 7)],
    values={
        "Sham": series(_D7, [(21.0, 0.0), (21.0, 0.0), (21.0, 0.0)]),
        "Vehicle (PBS)": series(_D7, [(4.14, 0.46), (6.29, 0.52), (8.43, 0.57)]),
        "BMSC-sEV": series(_D7, [(5.57, 0.43), (8.86, 0.55), (11.71, 0.61)]),
    },
)


def _t7() -> GridTable:
    s = _S7
    letter = {"Sham": "a", "Vehicle (PBS)": "b", "BMSC-sEV": "c"}
    head = [[h("Group"), *[x for d in _D7 for x in (h(f"{d:g} d post-SCI"), "")]],
            ["", *[h(x) for _d in _D7 for x in ("Mean", "SEM")]]]
    body = []
    for g, _a, _n in s.groups:
        row: list[Cell | str] = [g]
        for d in _D7:
            row += [sc(s, g, d, "mean", letter[g]), s.cell(g, d, "err")]
        body.append(row)
    diff = ["Difference (sEV − PBS)"]
    for d in _D7:
        m = s.values["BMSC-sEV"][d][0] - s.values["Vehicle (PBS)"][d][0]
        diff += [f"{m:.2f}", "–"]
    body.append(diff)
    spans = [(0, 0, 0, 1), *[(1 + 2 * i, 0, 2 + 2 * i, 0) for i in range(len(_D7))]]
    return GridTable(head, body, spans=spans)


MAHESHWARI = Study(
    stem="maheshwari2024_hbmsc_sev_hemisection_mean_sem_columns",
    layout="twocol",
    title="Delayed intralesional small extracellular vesicles from bone marrow stromal cells after lateral "
          "hemisection of the rat thoracic cord",
    short_title="Delayed intralesional sEV after hemisection",
    authors=[("Ananya", "Maheshwari"), ("Rohit", "Deshpande"), ("Kavitha", "Subramanian"), ("Imran", "Qureshi")],
    affiliations=["Department of Neurosciences, Western Institute of Medical Research, Pune, India",
                  "Extracellular Vesicle Core, Bengaluru, India"],
    journal="Indian Journal of Experimental Neurotherapeutics",
    year=2024, volume="3:e221", doi="10.5555/ijen.2024.e221",
    pmid="99250007", pmcid="PMC99250007", received="2023-11-27",
    values={
        "species": "rat", "strain": "Wistar", "sex": "female", "body_weight_g": {"low": 180, "high": 220},
        "n_per_group": 7, "injury_model": "hemisection", "injury_level": "T8",
        "source_tissue": "bone_marrow", "source_species": "human", "modification": "none",
        "isolation_method": ["ultrafiltration", "size_exclusion"], "isolation_detail": "100 kDa ultrafiltration; Sepharose CL-2B column",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD9", "CD81", "Alix", "calnexin"],
        "size_nm": {"value": 118.0, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 50, "unit": "ug", "volume_ul": 10, "basis": "protein"},
        "route": "intralesional", "route_detail": "lesion epicentre", "frequency": {"doses": 1, "interval_h": None},
        "timing_post_injury_h": 72.0, "mechanism": "reduced glial scar formation via TGF-β1/Smad2",
        "reported_blinded_assessment": True, "reported_sample_size_calculation": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Most vesicle studies treat within hours of injury. We asked whether native small extracellular "
         "vesicles (sEV) from human bone marrow MSCs still help when injected into the lesion three days after a "
         "right lateral hemisection of the T8 cord in rats. At 28 days post-injury the BBB score of treated rats "
         "was {bbb:BMSC-sEV@28} versus {bbb:Vehicle (PBS)@28} with PBS (mean ± SEM; P < 0.01), and the glial scar was smaller."),
    ],
    keywords=["hemisection", "small extracellular vesicles", "bone marrow", "glial scar", "delayed treatment"],
    sections=[
        ("intro", "Introduction", [
            "The glial scar is laid down during the first two weeks after injury [13]. Small EVs are typically "
            "below 200 nm [4] and can be delivered locally with little loss [10]. Delayed treatment is closer to "
            "clinical reality but seldom tested.",
        ]),
        ("methods", "Materials and methods", [
            f"{{{{species,strain,sex|Female Wistar rats}}}} ({{{{body_weight_g|180–220{NB}g}}}}) were obtained from "
            "the institutional breeding colony. {{reported_welfare_compliance|The Institutional Animal Ethics "
            "Committee approved the protocol (IAEC/WIMR/2022/17), in line with CCSEA guidelines}}. "
            "{{reported_sample_size_calculation|A power calculation based on pilot BBB data (SD 1.5) gave seven "
            "rats per group}}, so {{n_per_group|n = 7 per group}} was used.",
            "{{injury_model,injury_level|A right lateral hemisection was made at T8}} with microscissors "
            "after laminectomy; completeness was checked under the microscope.",
            "{{source_tissue,source_species|Human bone marrow MSCs}} (commercial, passage 5) were used "
            "{{modification|without any genetic modification or preconditioning (native sEV)}}. sEV were "
            "isolated by {{isolation_method,isolation_detail|100 kDa ultrafiltration followed by "
            "size-exclusion chromatography on a Sepharose CL-2B column}} and characterised by "
            "{{characterization|NTA}}, {{characterization|TEM}} and {{characterization|western "
            "blotting}} ({{markers|CD9, CD81, Alix and calnexin}}).",
            f"{{{{timing_post_injury_h,route,route_detail,dose,frequency|On day 3 after injury the lesion was "
            f"re-exposed and a single injection of 50{NB}{MU}g sEV in 10{NB}{MU}L PBS was made into the lesion "
            f"epicentre}}}} with a Hamilton syringe; Vehicle (PBS) rats received 10 µL PBS.",
            "Hind-limb function of the left (ipsilateral) and right sides was combined into one BBB score, "
            "rated on days 7, 14 and 28 after injury by "
            "{{reported_blinded_assessment|two raters masked to group}}. Data are mean and SEM.",
        ]),
        ("results", "Results", [
            f"{{{{size_nm|The mean particle size by NTA was 118{NB}nm}}}}; TEM showed cup-shaped vesicles.",
            "BBB scores are given in Table 1. Groups sharing no letter differ (P < 0.05, Tukey).",
            ("table", "Table 1", "Locomotor (BBB) scores after hemisection.",
             {"grid": _t7(), "foot": "Letters a–c mark groups that differ at every time point (P < 0.05). "
              "The difference row is BMSC-sEV minus Vehicle (PBS); n = 7 per group."}),
            "GFAP and CSPG staining at the lesion border fell with sEV, and p-Smad2 was reduced, suggesting "
            "{{mechanism|reduced glial scar formation via TGF-β1/Smad2}}.",
        ]),
        ("discussion", "Discussion", [
            "A delayed local injection still improved locomotion by 3.28 points at 28 days. Acute intravenous "
            "studies have reported gains of 2–4 points with 100–200 µg [5].",
        ]),
    ],
    references=[POOL[i] for i in (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13)],
    scores=_S7,
    back=[("Conflict of interest statement", "{{reported_conflict_of_interest|The authors declare that the "
           "research was conducted in the absence of any commercial or financial relationships that could be "
           "construed as a potential conflict of interest.}}")],
    notes=["Table 1 has a 'Difference (sEV − PBS)' row that is not a group."],
    footnote=FOOTNOTE,
)
