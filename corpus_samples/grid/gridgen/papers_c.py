"""Grid studies 8-9 (all invented): Petrosyan (mouse, BMS), Nakagawa."""

from __future__ import annotations

from extgen.common import FOOTNOTE, GMU, MU, NB, POOL, TH
from extgen.model import Study

from gridgen.grid import Cell, GridTable, GScores, h, sc, series

# ---------------------------------------------------------------------------------------------
# 8. Petrosyan 2018 (single): a mouse study scored on the BMS; a two-level header (day, then
#    score / subscore side by side); "Model" control; a pooled "All injured" row (not a group).
# ---------------------------------------------------------------------------------------------
_D8 = [3.0, 7.0, 14.0, 28.0]
_S8 = GScores(
    outcome="BMS", err="sem",
    groups=[("Sham", "sham", 8), ("Model", "control", 12), ("MSC-Exo", "treatment", 12)],
    values={
        "Sham": series(_D8, [(9.0, 0.0)] * 4),
        "Model": series(_D8, [(0.8, 0.2), (1.9, 0.3), (2.8, 0.3), (3.4, 0.4)]),
        "MSC-Exo": series(_D8, [(1.1, 0.2), (2.7, 0.3), (4.1, 0.3), (5.2, 0.4)]),
    },
)
_SUB = {"Sham": ("11.0 ± 0.0",) * 4, "Model": ("0.0 ± 0.0", "0.3 ± 0.2", "1.2 ± 0.4", "2.1 ± 0.5"),
        "MSC-Exo": ("0.0 ± 0.0", "0.8 ± 0.3", "3.0 ± 0.6", "4.9 ± 0.7")}


def _t8() -> GridTable:
    s = _S8
    head = [[h("Group"), *[x for d in _D8 for x in (h(f"Day {d:g}"), "")]],
            ["", *[h(x) for _d in _D8 for x in ("Score", "Subscore")]]]
    body: list[list[Cell | str]] = []
    for g, _a, n in s.groups:
        row: list[Cell | str] = [f"{g}, n = {n}"]
        for i, d in enumerate(_D8):
            row += [sc(s, g, d), _SUB[g][i]]
        body.append(row)
    pooled = ["All injured (pooled), n = 24"]
    for d in _D8:
        m = (s.values["Model"][d][0] + s.values["MSC-Exo"][d][0]) / 2
        pooled += [f"{m:.1f}", "–"]
    body.append(pooled)
    spans = [(0, 0, 0, 1), *[(1 + 2 * i, 0, 2 + 2 * i, 0) for i in range(len(_D8))]]
    return GridTable(head, body, spans=spans)


PETROSYAN = Study(
    stem="petrosyan2018_mouse_hucmsc_exo_bms_subscore_table",
    layout="single",
    title="Umbilical cord mesenchymal stem cell exosomes reduce neutrophil extracellular traps after spinal cord "
          "contusion in mice",
    short_title="Exosomes and NETs after SCI in mice",
    authors=[("Anahit", "Petrosyan"), ("Gor", "Hakobyan"), ("Lilit", "Sargsyan"), ("Armen", "Grigoryan")],
    affiliations=["Laboratory of Neuroimmunology, Institute of Molecular Biology, Yerevan, Armenia"],
    journal="Caucasus Journal of Neuroinflammation",
    year=2018, volume="2(1):14–29", doi="10.5555/cjni.2018.0014",
    pmid="99250008", pmcid="PMC99250008", received="2017-10-05",
    values={
        "species": "mouse", "strain": "C57BL/6", "sex": "female", "body_weight_g": {"low": 18, "high": 22},
        "n_per_group": 12, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor",
        "injury_level": "T9", "source_tissue": "umbilical_cord", "source_species": "human",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "120,000 g 70 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "Alix"],
        "size_nm": {"value": 101.7, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 20, "unit": "ug", "volume_ul": 100, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein", "frequency": {"doses": 1, "interval_h": None},
        "timing_post_injury_h": 2.0, "mechanism": "suppression of neutrophil extracellular trap formation",
        "reported_randomisation": True, "reported_blinded_assessment": True, "reported_welfare_compliance": True,
    },
    abstract=[
        (None, "Neutrophil extracellular traps (NETs) worsen the early lesion after spinal cord injury. Female "
         "C57BL/6 mice with a T9 contusion received a single intravenous dose of exosomes from human umbilical "
         "cord MSCs (MSC-Exo) or PBS (Model). Basso Mouse Scale (BMS) scores at day 28 were {bbb:MSC-Exo@28} and "
         "{bbb:Model@28}, respectively (mean ± SEM), and citrullinated histone H3 fell by 60%."),
    ],
    keywords=["mouse", "Basso Mouse Scale", "neutrophil extracellular traps", "exosomes"],
    sections=[
        ("intro", "Introduction", [
            "Neutrophils arrive in the injured cord within hours and release NETs [3]. Exosomes (30–150 nm) from "
            "stromal cells dampen neutrophil activation in lung injury [2]. In rats, intravenous exosomes raised "
            "BBB scores by about 3 points [5,11].",
        ]),
        ("methods", "Materials and methods", [
            f"{{{{species,strain,sex|Female C57BL/6 mice}}}} aged 10 weeks ({{{{body_weight_g|18–22{NB}g}}}}) were "
            "used. {{reported_welfare_compliance|Experiments were approved by the Ethics Committee of the Institute "
            "(IMB-EC-2016-31) and conducted according to the EU Directive 2010/63/EU}}. Mice were "
            "{{reported_randomisation|assigned to groups by block randomisation}}; "
            "{{n_per_group|12 mice per injured group}} and 8 sham mice were used.",
            "{{injury_model,injury_device,injury_level|A 60-kdyn contusion was applied at T9 with the Infinite "
            "Horizon impactor}} after laminectomy.",
            f"{{{{source_tissue,source_species|Human umbilical cord MSCs}}}} (passage 3–6) were cultured in "
            f"exosome-depleted medium. After 2000 × g and 10{TH}000 × g spins, "
            f"{{{{isolation_method,isolation_detail|exosomes were pelleted at 120{TH}000 × g for 70 min}}}} (Type "
            f"70 Ti rotor) and resuspended in PBS. {{{{characterization|TEM}}}}, {{{{characterization|NTA}}}} and "
            f"{{{{characterization|immunoblotting}}}} for {{{{markers|CD9, CD63 and Alix}}}} were performed.",
            f"{{{{timing_post_injury_h,dose,route,route_detail,frequency|Two hours after injury, mice received a "
            f"single tail vein injection of 20{NB}{MU}g exosomes in 100{NB}{MU}L PBS}}}}. The Model group received "
            "PBS.",
            "Locomotion was rated with the BMS (0–9) and its subscore (0–11) on days 3, 7, 14 and 28 by "
            "{{reported_blinded_assessment|two observers blind to treatment}}. Neutrophils isolated from bone "
            f"marrow were treated with 10{NB}{GMU}g/mL exosomes in vitro.",
        ]),
        ("results", "Results", [
            f"{{{{size_nm|The mean diameter measured by NTA was 101.7 ± 6.2{NB}nm}}}}.",
            "BMS scores and subscores are shown in Table 1. MSC-Exo mice reached plantar stepping earlier; at day "
            "14 their BMS score was {bbb:MSC-Exo@14} compared with {bbb:Model@14} in the Model group.",
            ("table", "Table 1", "Basso Mouse Scale (BMS) score and subscore, mean ± SEM.",
             {"grid": _t8(), "foot": "BMS score range 0–9; subscore 0–11. The pooled row averages the two injured "
              "groups and is given for reference only."}),
            "CitH3+ and MPO+ cells were reduced by MSC-Exo, consistent with "
            "{{mechanism|suppression of neutrophil extracellular trap formation}}.",
        ]),
        ("discussion", "Discussion", [
            "The gain of about two BMS points at four weeks is modest but consistent. Doses in rat studies "
            "(100–200 µg) are not directly comparable with the 20 µg given here.",
        ]),
    ],
    references=[POOL[i] for i in (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)],
    scores=_S8,
    back=[("Author contributions", "AP and GH designed the study; LS performed surgery; AG analysed data.")],
    notes=["Outcome is the BMS (mouse). Subscore columns and the pooled row are not group BMS scores."],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------------
# 9. Nakagawa 2017 (manuscript layout): cells printed "mean ± SD (n)", mixed time labels in
#    one header ("Day 1", "D3", "1 wk", "2 wk", "4 wk"); siRNA-loaded vs native exosomes;
#    scores also in a figure legend; frequency every other day.
# ---------------------------------------------------------------------------------------------
_D9 = [1.0, 3.0, 7.0, 14.0, 28.0]
_LAB9 = {1.0: "Day 1", 3.0: "D3", 7.0: "1 wk", 14.0: "2 wk", 28.0: "4 wk"}
_S9 = GScores(
    outcome="BBB", err="sd",
    groups=[("SCI/PBS", "control", 8), ("SCI/Exo", "other", 8), ("SCI/Exo-siPTEN", "treatment", 8)],
    values={
        "SCI/PBS": series(_D9, [(0.6, 0.5), (1.4, 0.7), (3.5, 1.1), (6.0, 1.3), (8.3, 1.4)]),
        "SCI/Exo": series(_D9, [(0.6, 0.5), (1.9, 0.8), (4.6, 1.2), (7.4, 1.3), (9.9, 1.5)]),
        "SCI/Exo-siPTEN": series(_D9, [(0.8, 0.5), (2.5, 0.9), (5.9, 1.2), (9.1, 1.4), (12.2, 1.6)]),
    },
    n_at={("SCI/PBS", 28.0): 7, ("SCI/Exo-siPTEN", 28.0): 7},
)


def _t9() -> GridTable:
    s = _S9
    head = [[h("Group"), *[h(_LAB9[d]) for d in _D9]]]
    body = []
    for g, _a, _n in s.groups:
        row: list[Cell | str] = [g]
        for d in _D9:
            c = sc(s, g, d)
            row.append(Cell(f"{c.text} ({s.n_of(g, d)})", c.ref, c.quote))
        body.append(row)
    return GridTable(head, body)


NAKAGAWA = Study(
    stem="nakagawa2017_radsc_exo_sipten_mixed_time_labels",
    layout="manuscript",
    title="PTEN-silencing exosomes from adipose stromal cells promote axon regrowth after spinal cord "
          "compression in rats",
    short_title="siPTEN exosomes after compression SCI",
    authors=[("Haruka", "Nakagawa"), ("Kenji", "Morimoto"), ("Yui", "Takahashi"), ("Shoichi", "Fujiwara")],
    affiliations=["Department of Orthopaedic Surgery, Kansai Graduate School of Medicine, Osaka, Japan"],
    journal="Journal of Spinal Regeneration Research",
    year=2017, volume="11:203–219", doi="10.5555/jsrr.2017.011203",
    pmid="99250009", pmcid="PMC99250009", received="2017-01-16",
    values={
        "species": "rat", "strain": "Wistar", "sex": "female", "body_weight_g": {"low": 210, "high": 240},
        "n_per_group": 8, "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T9",
        "source_tissue": "adipose", "source_species": "rat", "modification": "siRNA PTEN loading",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 g 90 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "CD81", "TSG101"],
        "size_nm": {"value": 93.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 50, "unit": "ug", "volume_ul": 250, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein", "frequency": {"doses": 4, "interval_h": 48},
        "timing_post_injury_h": 1.0, "mechanism": "PTEN knockdown activating PI3K/Akt/mTOR-driven axon regrowth",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "PTEN restrains axon regrowth. We loaded siRNA against PTEN into exosomes from rat adipose stromal "
         "cells by electroporation and gave them intravenously to rats after clip compression at T9. BBB "
         "scores at 4 weeks were highest with siPTEN-loaded exosomes."),
    ],
    keywords=["PTEN", "siRNA", "exosomes", "adipose", "axon regeneration"],
    sections=[
        ("intro", "Introduction", [
            "Deleting PTEN in neurons allows corticospinal axons to regrow [12]. Exosomes of 40–100 nm cross the "
            "blood–spinal cord barrier after injury [6] and can deliver siRNA [15]. A previous study gave 100 µg "
            "siPTEN exosomes intranasally [15].",
        ]),
        ("methods", "Methods", [
            ("h", "Animals"),
            f"{{{{species,strain,sex|Female Wistar rats}}}} ({{{{body_weight_g|210–240{NB}g}}}}) were used in "
            "accordance with {{reported_welfare_compliance|the institutional guidelines and with approval of the "
            "Animal Research Committee (No. 28-114)}}. {{n_per_group|Eight rats were allocated to each group}}.",
            ("h", "Compression injury"),
            f"{{{{injury_model,injury_device,injury_level|An aneurysm clip (20{NB}g closing force) was applied "
            f"extradurally at T9 for 1 min}}}} after laminectomy.",
            ("h", "Exosome preparation and siRNA loading"),
            f"{{{{source_tissue,source_species|Adipose stromal cells were isolated from the inguinal fat of Wistar "
            f"rats}}}}. Exosomes were pelleted by {{{{isolation_method,isolation_detail|ultracentrifugation "
            f"(100{TH}000 × g, 90 min)}}}} and {{{{modification|loaded with siRNA targeting PTEN by "
            f"electroporation}}}}; native exosomes were mock-electroporated. {{{{characterization|TEM}}}}, "
            f"{{{{characterization|NTA}}}} and {{{{characterization|Western blot}}}} "
            f"({{{{markers|CD63, CD81, TSG101}}}}) were performed.",
            ("h", "Treatment"),
            f"{{{{dose,route,route_detail|Exosomes (50{NB}{MU}g protein in 250{NB}{MU}L saline) were given via the "
            f"tail vein}}}} {{{{timing_post_injury_h,frequency|1 h after injury and every other day thereafter, "
            f"four doses in all}}}}. SCI/PBS rats received saline.",
            ("h", "Locomotor scoring"),
            "The BBB scale was applied at day 1, day 3 and weeks 1, 2 and 4 by "
            "{{reported_blinded_assessment|an observer blinded to the treatment}}. Scores are mean ± SD with the "
            "number of rats scored in brackets.",
        ]),
        ("results", "Results", [
            f"{{{{size_nm|NTA showed a mode of 93{NB}nm}}}}; loading did not change the size distribution. "
            "One rat each in SCI/PBS and SCI/Exo-siPTEN died in the fourth week.",
            "Table 1 summarises the BBB scores. SCI/Exo-siPTEN rats outperformed SCI/Exo rats from week 2.",
            ("table", "Table 1", "BBB scores, mean ± SD (n).", {"grid": _t9()}),
            ("figure", "Figure 2", "BBB time course. At 4 wk, SCI/Exo-siPTEN rats scored {bbb:SCI/Exo-siPTEN@28} "
             "and SCI/PBS rats {bbb:SCI/PBS@28}.", {"days": _D9, "groups": ["SCI/PBS", "SCI/Exo", "SCI/Exo-siPTEN"]}),
            "PTEN protein fell and p-Akt and p-S6 rose in the cord, and GAP43+ fibres crossed the lesion, "
            "supporting {{mechanism|PTEN knockdown activating PI3K/Akt/mTOR-driven axon regrowth}}.",
        ]),
        ("discussion", "Discussion", [
            "Systemic siPTEN exosomes improved the BBB score by about four points over PBS at four weeks.",
        ]),
    ],
    references=[POOL[i] for i in (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)],
    scores=_S9,
    back=[("Disclosure", "{{reported_conflict_of_interest|The authors report no conflicts of interest in this "
           "work.}}")],
    notes=["Table cells print 'mean ± SD (n)'; n drops to 7 at 4 wk in two groups."],
    footnote=FOOTNOTE,
)
