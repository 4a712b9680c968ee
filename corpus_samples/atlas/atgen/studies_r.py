"""Atlas studies, part 4 (hydrogel, intranasal siRNA, ischaemia, schedule in a group table). Invented."""

from __future__ import annotations

from extgen.common import MINUS, MU, NB, POOL, TH, week_fmt
from extgen.model import Scores

from atgen.helpers import NOTICE, series, weeks
from atgen.richtable import RichTable, S

# ---------------------------------------------------------------------------------------------
# 7. Rasmussen 2018: external single layout; transection T9-10 with a hydrogel; empty-gel arm;
#    groups-as-rows weekly table; values in a figure legend; "mean (SD)"
# ---------------------------------------------------------------------------------------------
_W7 = weeks(2, 4, 6, 8)
RASMUSSEN_SCORES = Scores("BBB", "sd", [("Transection", "control", 10), ("Gel", "other", 10),
                                        ("Gel+sEV", "treatment", 10)], {
    "Transection": series(_W7, [0.6, 1.2, 1.8, 2.1], [0.5, 0.7, 0.9, 1.0]),
    "Gel": series(_W7, [0.8, 1.6, 2.3, 2.8], [0.6, 0.8, 1.0, 1.1]),
    "Gel+sEV": series(_W7, [1.4, 3.1, 4.9, 6.2], [0.7, 1.0, 1.3, 1.4]),
})

RASMUSSEN = dict(
    stem="rasmussen2018_wjmsc_sev_hydrogel_transection",
    layout="single",
    title="A collagen hydrogel loaded with Wharton's jelly MSC small extracellular vesicles bridges the "
          "completely transected rat spinal cord",
    short_title="sEV hydrogel after complete transection",
    authors=[("Signe", "Rasmussen"), ("Oluwaseun", "Adebayo"), ("Henrik", "Kjær"), ("Paula", "Sørensen-Moll"),
             ("Jun", "Watanabe")],
    affiliations=["Danish Institute for Neural Engineering (invented), Aarhus", "Department of Biomaterials, "
                  "Nordlys University (invented)"],
    journal="Biomaterials for Neural Regeneration",
    year=2018, volume="11:87–101", doi="10.5555/bnr.2018.011.087", pmid="99100307", pmcid="PMC9910307",
    received="2017-12-02",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 240, "high": 240},
        "n_per_group": 10, "injury_model": "transection", "injury_level": "T9-T10",
        "source_tissue": "wharton_jelly", "source_species": "human", "modification": "none",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 g 70 min",
        "characterization": ["TEM", "NTA"], "markers": ["CD9", "CD63", "CD81"],
        "size_nm": {"value": 89.0, "low": 45, "high": 180, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 20, "basis": "protein"},
        "route": "implanted_biomaterial", "route_detail": "hydrogel",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.0,
        "mechanism": "axon bridging and reduced glial scarring",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
    },
    abstract=[(None, "Complete transection leaves a gap that vesicles injected in solution cannot bridge. We "
               "placed a collagen hydrogel containing 100 µg of native small extracellular vesicles (sEVs) "
               "from human Wharton's jelly MSCs into a 2-mm gap at T9–10 in female rats. After 8 weeks the "
               "BBB score was {bbb:Gel+sEV@56|paren} with Gel+sEV, {bbb:Gel@56|paren} with empty gel and "
               "{bbb:Transection@56|paren} without treatment.")],
    keywords=["complete transection", "hydrogel", "Wharton's jelly", "small extracellular vesicles"],
    sections=[
        ("intro", "Introduction", [
            "Bridging biomaterials give axons a substrate across a cavity [10]. Vesicles dissolve quickly from "
            "the lesion [8]; embedding them in a gel may prolong their release. Most exosome studies use "
            "contusion at T10 and report BBB gains of 3–5 points [11].",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals"),
            "{{species,strain,sex|Female Sprague-Dawley rats}} {{body_weight_g|(mean body weight 240 g)}} were "
            "kept {{reported_welfare_compliance|according to EU Directive 2010/63/EU}}. "
            "{{n_per_group|Each group comprised 10 rats}}.",
            ("h", "sEV preparation"),
            "{{source_tissue,source_species|MSCs from the Wharton's jelly of human umbilical cords}} (passage "
            "4) were conditioned in serum-free medium for 48 h. After 2000 × g (20 min) and 10 000 × g (30 "
            "min) spins, {{isolation_method,isolation_detail|sEVs were ultracentrifuged at 100 000 × g for 70 "
            "min}}, washed and pelleted again. {{modification|The vesicles were used in their native form}}; "
            "{{characterization|TEM and NTA}} were performed and {{markers|CD9, CD63 and CD81}} detected by "
            "ELISA.",
            ("h", "Transection and hydrogel implantation"),
            "Under ketamine/xylazine (75/10 mg/kg), the T8–T11 laminae were removed, and "
            "{{injury_model,injury_level|the cord was completely transected at T9–10}} and a 2-mm segment "
            "removed. {{dose,route,route_detail,timing_post_injury_h,frequency|Immediately, 20 µL of collagen "
            "hydrogel containing 100 µg sEVs was placed in the gap}}; the Gel group received the hydrogel "
            "alone.",
            ("h", "Functional testing"),
            "BBB scores were obtained every 2 weeks {{reported_blinded_assessment|by observers blinded to the "
            "treatment}}.",
        ]),
        ("results", "Results", [
            "{{size_nm|NTA showed a mean size of 89 nm (range 45–180 nm)}}.",
            "Table 1 lists the scores. Gel+sEV rats reached weight-supported plantar placement in 4 of 10 "
            "animals; no Transection rat did. Scores at 4 weeks were {bbb:Gel+sEV@28|paren} and "
            "{bbb:Transection@28|paren} in the Gel+sEV and Transection groups.",
            ("table", "Table 1", "BBB locomotor score, mean (SD), n = 10 per group.",
             {"orient": "cols", "days": _W7, "groups": ["Transection", "Gel", "Gel+sEV"], "day_fmt": week_fmt,
              "corner": "Group"}),
            ("figure", "Figure 3", "BBB score over 8 weeks. At week 6, Gel+sEV {bbb:Gel+sEV@42} vs Gel "
             "{bbb:Gel@42} (mean ± SD; P = 0.002).", {"days": _W7, "groups": ["Transection", "Gel", "Gel+sEV"],
                                                      "x": "weeks"}),
        ]),
        ("discussion", "Discussion", [
            "The gel retained vesicles for about a week and supported {{mechanism|axon bridging and reduced "
            "glial scarring}}. A GelMA study reported BBB 7.5 at 8 weeks [10].",
        ]),
    ],
    references=POOL[7:8] + POOL[9:11],
    scores=RASMUSSEN_SCORES,
    footnote=NOTICE,
)

# Table caveat: the external table cells print "m ± e" while the text uses "m (e)" - both occur in
# real papers within one article.

# ---------------------------------------------------------------------------------------------
# 8. Laaksonen 2022: external twocol; siRNA-loaded exosomes intranasally; rpm with g; per-week text
# ---------------------------------------------------------------------------------------------
_D8 = [7.0, 14.0, 21.0, 28.0]
LAAKSONEN_SCORES = Scores("BBB", "sem", [("Sham", "sham", 12), ("SCI-vehicle", "control", 12),
                                         ("Exo-siScr", "other", 12), ("Exo-siNOX2", "treatment", 12)], {
    "Sham": series(_D8, [21.0] * 4, [0.0] * 4),
    "SCI-vehicle": series(_D8, [3.1, 5.4, 6.8, 7.5], [0.4, 0.5, 0.5, 0.6]),
    "Exo-siScr": series(_D8, [3.4, 6.0, 7.6, 8.4], [0.4, 0.5, 0.6, 0.6]),
    "Exo-siNOX2": series(_D8, [4.2, 7.5, 9.6, 10.9], [0.5, 0.6, 0.6, 0.7]),
})

LAAKSONEN = dict(
    stem="laaksonen2022_rbmsc_exo_sinox2_intranasal",
    layout="twocol",
    title="Intranasal delivery of NOX2 siRNA-loaded bone marrow MSC exosomes after spinal cord contusion",
    short_title="Intranasal siNOX2 exosomes",
    authors=[("Aino", "Laaksonen"), ("Mikko", "Heikkilä"), ("Chiara", "Fontana"), ("Olumide", "Bankole")],
    affiliations=["Neuroscience Center, University of Eastern Lakeland (invented), Finland"],
    journal="Scandinavian Journal of Neurotrauma Models",
    year=2022, volume="18(4)", doi="10.5555/sjnm.2022.18.4.12", pmid="99100308", pmcid="PMC9910308",
    received="2022-04-30",
    values={
        "species": "rat", "strain": "Wistar", "sex": "female", "body_weight_g": {"low": 180, "high": 220},
        "n_per_group": 12, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor",
        "injury_level": "T9", "source_tissue": "bone_marrow", "source_species": "rat",
        "modification": "siNOX2 loading", "isolation_method": ["ultracentrifugation"],
        "isolation_detail": "150,000 g 75 min", "characterization": ["NTA", "TEM", "western_blot"],
        "markers": ["CD81", "TSG101", "calnexin"],
        "size_nm": {"value": 101.7, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 50, "unit": "ug", "volume_ul": 20, "basis": "protein"},
        "route": "intranasal", "route_detail": "10 µL per nostril",
        "frequency": {"doses": 5, "interval_h": 24}, "timing_post_injury_h": 2.0,
        "mechanism": "NOX2 knockdown reducing oxidative stress in microglia",
        "reported_randomisation": True,
    },
    abstract=[(None, "NADPH oxidase 2 (NOX2) drives oxidative damage after spinal cord injury. We "
               "electroporated siRNA against NOX2 into exosomes from rat bone marrow MSCs (Exo-siNOX2) and "
               "gave them intranasally to female Wistar rats after a T9 contusion. Exo-siNOX2 improved BBB "
               "scores at day 28 ({bbb:Exo-siNOX2@28} vs {bbb:SCI-vehicle@28}).")],
    keywords=["siRNA", "NOX2", "intranasal", "exosome loading"],
    sections=[
        ("intro", "Introduction", [
            "Oxidative stress peaks in the first week after injury [3]. Intranasal vesicles reach the spinal "
            "cord within hours in rodents [8]. Exosomes, small vesicles of 30–150 nm, can be loaded with "
            "siRNA by electroporation.",
        ]),
        ("methods", "Materials and methods", [
            "<b>Animals.</b> {{species,strain,sex|Female Wistar rats}} ({{body_weight_g|180–220 g}}) were "
            "{{reported_randomisation|allocated at random}} to {{n_per_group|four groups of 12}}: sham, "
            "SCI-vehicle, Exo-siScr and Exo-siNOX2.",
            "<b>Exosomes.</b> {{source_tissue,source_species|Rat bone marrow MSCs}} were cultured to passage 5. "
            f"Cleared medium was {{{{isolation_method,isolation_detail|centrifuged at 38{TH}000 rpm (SW 41 Ti, "
            f"≈150{TH}000 × g) for 75 min}}}}. {{{{modification|Exosomes were loaded with NOX2 siRNA "
            "(Exo-siNOX2)}} or scrambled siRNA (Exo-siScr) by electroporation (400 V, 125 µF). "
            "{{characterization|Vesicles were characterised by NTA, TEM and western blot}} "
            "({{markers|CD81, TSG101; calnexin negative}}). Primary antibodies were raised in goat.",
            "<b>Injury.</b> Anaesthesia was induced with 4% and maintained with 2% isoflurane. After a T8 "
            "laminectomy, {{injury_model,injury_device,injury_level|the T9 cord was contused with the Infinite "
            "Horizon impactor}} (150 kdyn).",
            "<b>Treatment.</b> {{dose|Rats received 50 µg exosomes in 20 µL}} "
            "{{route,route_detail|intranasally (10 µL per nostril)}}, {{frequency,timing_post_injury_h|daily for 5 days "
            "starting 2 h after injury}}. Hyaluronidase (100 U) was given 30 min before each dose.",
            "<b>Behaviour.</b> BBB scores were recorded weekly for four weeks.",
        ]),
        ("results", "Results", [
            "{{size_nm|The vesicles had a mean diameter of 101.7 nm}} by NTA. Loading reduced NOX2 mRNA in "
            "cultured microglia treated with 10 µg/mL Exo-siNOX2 by 63%.",
            "In week 1 the groups were similar ({bbb:Exo-siNOX2@7} Exo-siNOX2 vs {bbb:SCI-vehicle@7} vehicle). "
            "In week 2, Exo-siNOX2 rats scored {bbb:Exo-siNOX2@14}, higher than Exo-siScr rats "
            "({bbb:Exo-siScr@14}). In week 3, the values were {bbb:Exo-siNOX2@21}, {bbb:Exo-siScr@21} and "
            "{bbb:SCI-vehicle@21} for Exo-siNOX2, Exo-siScr and vehicle. At the final time point (day 28), "
            "Exo-siScr rats scored {bbb:Exo-siScr@28} (mean ± SEM).",
        ]),
        ("discussion", "Discussion", [
            "Silencing NOX2 in the lesion, the likely mechanism being {{mechanism|NOX2 knockdown reducing "
            "oxidative stress in microglia}}, added about 2.5 BBB points to unloaded vesicles. Another group "
            f"found a BBB of 12{NB}±{NB}1 at day 28 with 200 µg intravenously [5]; at 1 µg/g body weight "
            f"effects were absent [11], and NOX2 fell by {MINUS}40% in their hands.",
        ]),
    ],
    references=POOL[2:3] + POOL[4:5] + POOL[7:8] + POOL[10:11],
    scores=LAAKSONEN_SCORES,
    footnote=NOTICE,
)
_ = MU

# ---------------------------------------------------------------------------------------------
# 9. Ranasinghe 2020: three-column template; ischaemia-reperfusion (no vertebral level); catheter
#    tip at L1 (trap); time points in hours and days; groups as rows with a "Time after
#    reperfusion" spanning header; single dose 10 min after reperfusion
# ---------------------------------------------------------------------------------------------
_D9 = [0.25, 1.0, 2.0, 7.0, 14.0]
RANASINGHE_SCORES = Scores("BBB", "sd", [("Sham", "sham", 8), ("I/R + saline", "control", 8),
                                         ("I/R + MenSC-Exo", "treatment", 8)], {
    "Sham": series(_D9, [21.0] * 5, [0.0] * 5),
    "I/R + saline": series(_D9, [1.2, 2.0, 3.1, 5.6, 6.9], [0.8, 1.1, 1.5, 2.0, 2.2]),
    "I/R + MenSC-Exo": series(_D9, [1.5, 3.3, 5.2, 9.4, 11.8], [0.9, 1.3, 1.7, 2.1, 2.3]),
})


def _ranasinghe_table() -> RichTable:
    head1 = ["Group", "Time after reperfusion", None, None, None, None]
    head2 = [None, "6 h", "24 h", "48 h", "7 d", "14 d"]
    body = [[g] + [S(g, d, "paren") for d in _D9] for g in ("Sham", "I/R + saline", "I/R + MenSC-Exo")]
    return RichTable("Table 1", "BBB scores after 60 min of aortic occlusion, mean (SD), n = 8 per group.",
                     [head1, head2], body, spans=[((0, 0), (0, 1)), ((1, 0), (5, 0))],
                     foot=["Tarlov scores (0–5) are given in Table S2 of the original submission and are not "
                           "repeated here."], col_widths=[58, 22, 22, 22, 22, 22])


RANASINGHE = dict(
    stem="ranasinghe2020_mensc_exo_ischemia_intrathecal",
    layout="threecol",
    title="Menstrual blood stem cell exosomes protect motor neurons after spinal cord ischaemia–reperfusion",
    short_title="MenSC exosomes in spinal ischaemia",
    authors=[("Dilani", "Ranasinghe"), ("Ahmed", "El-Sayed"), ("Nimal", "Perera"), ("Katarzyna", "Wójcik")],
    affiliations=["Vascular Neurology Laboratory, Kandy Medical Research Institute (invented), Sri Lanka"],
    journal="Spinal Ischaemia and Repair",
    year=2020, volume="12:e2009", doi="10.5555/sir.2020.e2009", pmid="99100309", pmcid="PMC9910309",
    received="2020-05-21",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 280, "high": 320},
        "n_per_group": 8, "injury_model": "ischemia_reperfusion", "source_tissue": "menstrual_blood",
        "source_species": "human", "isolation_method": ["ultrafiltration", "ultracentrifugation"],
        "isolation_detail": "Centricon Plus-70 100 kDa; 120,000 g 80 min", "characterization": ["TEM", "NTA", "flow_cytometry"],
        "markers": ["CD63", "CD9"],
        "size_nm": {"value": 86.4, "low": None, "high": None, "stat": "mean", "method": "TEM"},
        "dose": {"amount": 30, "unit": "ug", "volume_ul": 15, "basis": "protein"},
        "route": "intrathecal", "route_detail": "catheter",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 10 / 60,
        "mechanism": "inhibition of motor neuron pyroptosis",
    },
    abstract=[(None, "Thoraco-abdominal aortic surgery can cause paraplegia through spinal cord "
               "ischaemia–reperfusion (I/R). Exosomes from human menstrual blood-derived stem cells "
               "(MenSC-Exo) were given intrathecally 10 min after reperfusion. At 14 days the BBB score was "
               "{bbb:I/R + MenSC-Exo@14|paren} versus {bbb:I/R + saline@14|paren} with saline.")],
    keywords=["ischaemia–reperfusion", "menstrual blood", "aortic occlusion", "pyroptosis"],
    sections=[
        ("intro", "INTRODUCTION", [
            "Paraplegia follows 5–10% of open aortic repairs [6]. In contusion models, exosomes injected at "
            "T10 within 1 h improve BBB by 3–4 points [5].",
        ]),
        ("methods", "METHODS", [
            "<b>Animals.</b> {{species,strain,sex|Male Sprague-Dawley rats}} of {{body_weight_g|280–320 g}} "
            "were used ({{n_per_group|n = 8 per group}}).",
            "<b>Intrathecal catheter.</b> Five days before ischaemia a PE-10 catheter was inserted through the "
            "atlanto-occipital membrane and advanced so that its tip lay at the L1 level.",
            "<b>Ischaemia.</b> {{injury_model|Spinal cord ischaemia was induced by occluding the descending "
            "aorta with a 2F Fogarty balloon for 60 min}}, followed by reperfusion; rectal temperature was kept "
            "at 37.5 °C and the animals received heparin (150 IU/kg).",
            "<b>Exosomes.</b> {{source_tissue,source_species|Human menstrual blood-derived stem cells}} were "
            "expanded to passage 6. Medium was concentrated with {{isolation_method,isolation_detail|Centricon "
            "Plus-70 100 kDa units and exosomes pelleted at 120,000 g for 80 min}}. "
            "{{characterization|Exosomes were examined by TEM and NTA}}; {{markers|CD63 and CD9}} were "
            "positive by {{characterization|flow cytometry of bead-bound vesicles}}.",
            "<b>Treatment.</b> {{timing_post_injury_h,frequency,dose|Ten minutes after reperfusion, 30 µg "
            "exosomes in 15 µL}} were {{route,route_detail|injected through the intrathecal catheter}}, "
            "followed by a 10-µL flush.",
        ]),
        ("results", "RESULTS", [
            "{{size_nm|TEM images gave a mean diameter of 86.4 nm}}; NTA gave a mode of 97 nm.",
            "MenSC-Exo raised BBB scores from 24 h onward (Table 1): at 48 h {bbbm:I/R + MenSC-Exo@2} vs "
            "{bbbm:I/R + saline@2}, and at day 7 {bbb:I/R + MenSC-Exo@7|paren} vs {bbb:I/R + saline@7|paren}.",
            ("rich", "Table 1"),
            "Surviving motor neurons in the ventral horn at L4 numbered 18.2 per section with MenSC-Exo and 9.6 "
            "with saline.",
        ]),
        ("discussion", "DISCUSSION", [
            "We propose {{mechanism|inhibition of motor neuron pyroptosis}} as the main effect [3].",
        ]),
    ],
    references=POOL[2:3] + POOL[4:6],
    scores=RANASINGHE_SCORES,
    footnote=NOTICE,
)

# ---------------------------------------------------------------------------------------------
# 10. Lemaire 2017: manuscript layout; the dosing schedule only in a group table (quotes in cells);
#     3D-culture parent cells; femoral vein; BBB table with "wk" columns and n in headers
# ---------------------------------------------------------------------------------------------
_W10 = weeks(1, 2, 4, 8)
LEMAIRE_SCORES = Scores("BBB", "sem", [("Sham", "sham", 11), ("SCI + PBS", "control", 11),
                                       ("2D-Exo", "other", 11), ("3D-Exo", "treatment", 11)], {
    "Sham": series(_W10, [21.0] * 4, [0.0] * 4),
    "SCI + PBS": series(_W10, [2.0, 4.3, 6.9, 8.2], [0.3, 0.4, 0.5, 0.5]),
    "2D-Exo": series(_W10, [2.3, 5.0, 8.0, 9.4], [0.3, 0.4, 0.5, 0.6]),
    "3D-Exo": series(_W10, [2.6, 6.1, 9.7, 11.6], [0.3, 0.5, 0.6, 0.6]),
})


def _lemaire_groups() -> RichTable:
    head = [["Group", "n", "Injury", "Treatment", "Schedule"]]
    body = [["Sham", "11", "laminectomy only", "none", "—"],
            ["SCI + PBS", "11", "contusion", "PBS 500 µL", "days 1, 2 and 3"],
            ["2D-Exo", "11", "contusion", "exosomes from monolayer cells", "days 1, 2 and 3"],
            ["3D-Exo", "11", "contusion", "{{dose|exosomes, 80 µg in 500 µL}}",
             "{{frequency,timing_post_injury_h|days 1, 2 and 3 after SCI (once daily, first dose 24 h)}}"]]
    return RichTable("Table 1", "Experimental groups.", head, body,
                     foot=["All injections were given into the femoral vein."], col_widths=[60, 22, 80, 140, 150])


def _lemaire_bbb() -> RichTable:
    head1 = ["Group", "BBB score (mean ± SEM)", None, None, None]
    head2 = [None, "1 wk", "2 wk", "4 wk", "8 wk"]
    body = [[f"{g} (n = 11)"] + [S(g, d) for d in _W10] for g in ("Sham", "SCI + PBS", "2D-Exo", "3D-Exo")]
    return RichTable("Table 2", "Hindlimb locomotor recovery.", [head1, head2], body,
                     spans=[((0, 0), (0, 1)), ((1, 0), (4, 0))], foot=["wk, weeks after contusion."])


LEMAIRE = dict(
    stem="lemaire2017_hadsc_3d_exo_femoral_manuscript",
    layout="manuscript",
    title="Exosomes from three-dimensional spheroids of human adipose stem cells outperform monolayer "
          "exosomes after rat spinal cord contusion",
    short_title="3D spheroid exosomes",
    authors=[("Élodie", "Lemaire"), ("Baptiste", "Garnier"), ("Nadia", "Benali"), ("Sun-hee", "Park")],
    affiliations=["Unité de Recherche en Neuroréparation (invented), Lyon, France"],
    journal="Journal of Cell-Free Neuroregeneration",
    year=2017, volume="in press", doi="10.5555/jcfn.2017.0093", pmid="99100310", pmcid="PMC9910310",
    received="2017-01-16",
    side=["Short title: 3D spheroid exosomes", "Corresponding author: É. Lemaire (invented)"],
    values={
        "species": "rat", "strain": "Wistar", "sex": "female", "body_weight_g": {"low": 200, "high": 250},
        "n_per_group": 11, "injury_model": "contusion", "injury_device": "MASCIS impactor",
        "injury_level": "T10", "source_tissue": "adipose", "source_species": "human",
        "modification": "3D spheroid culture", "isolation_method": ["size_exclusion", "ultrafiltration"],
        "isolation_detail": "Vivaspin 20 100 kDa; Sepharose CL-2B", "characterization": ["NTA", "western_blot"],
        "markers": ["CD9", "CD63", "syntenin"],
        "size_nm": {"value": 108.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 80, "unit": "ug", "volume_ul": 500, "basis": "protein"},
        "route": "intravenous", "route_detail": "femoral vein",
        "frequency": {"doses": 3, "interval_h": 24}, "timing_post_injury_h": 24.0,
        "mechanism": "enhanced angiogenesis via VEGF cargo",
        "reported_blinded_assessment": True, "reported_randomisation": True,
        "reported_welfare_compliance": True,
    },
    abstract=[(None, "Human adipose stem cells grown as 3D spheroids released exosomes richer in VEGF. In female "
               "Wistar rats with MASCIS contusions, 3D-Exo given intravenously on three days improved BBB "
               "scores at 8 weeks ({bbb:3D-Exo@56} vs {bbb:SCI + PBS@56} with PBS), more than monolayer "
               "exosomes ({bbb:2D-Exo@56}).")],
    keywords=["spheroid", "3D culture", "adipose stem cells", "exosomes", "contusion"],
    sections=[
        ("intro", "1 INTRODUCTION", [
            "Culture format shapes vesicle cargo [9]. Spheroids mimic the niche of stromal cells. Exosomes are "
            "conventionally 30–150 nm; doses of 100–200 µg are typical in rat SCI [11].",
        ]),
        ("methods", "2 METHODS", [
            ("h", "2.1 Animals and groups"),
            "{{species,strain,sex|Female Wistar rats}} ({{body_weight_g|200–250 g}}) were "
            "{{reported_randomisation|randomly allocated}} to the groups in Table 1 "
            "({{n_per_group|11 rats each}}).",
            ("rich", "Table 1"),
            ("h", "2.2 Cells and exosomes"),
            "{{source_tissue,source_species|Human adipose-derived stem cells}} were grown as monolayers or "
            "{{modification|as 3D spheroids in ultra-low-attachment plates (3D-Exo)}}. Medium was "
            "concentrated with {{isolation_method,isolation_detail|Vivaspin 20 (100 kDa) and fractionated on "
            "Sepharose CL-2B}} columns. {{characterization|Particles were measured by NTA and proteins by "
            "western blot}} ({{markers|CD9, CD63 and syntenin}}).",
            ("h", "2.3 Contusion"),
            "{{injury_model,injury_device,injury_level|Contusion at T10 was produced with the MASCIS "
            "impactor}} (10 g, 25 mm) after a T9 laminectomy under chloral hydrate (300 mg/kg). Exosomes were "
            "given {{route,route_detail|through the femoral vein}} according to Table 1.",
            ("h", "2.4 Behaviour"),
            "BBB was scored at 1, 2, 4 and 8 weeks {{reported_blinded_assessment|by a blinded observer}}.",
        ]),
        ("results", "3 RESULTS", [
            "{{size_nm|Modal sizes were 108 nm}} (3D-Exo) and 115 nm (2D-Exo).",
            "3D-Exo rats outscored 2D-Exo rats from week 2 (Table 2). At 4 weeks the 3D-Exo group recovered to "
            "{bbb:3D-Exo@28}, the 2D-Exo group to {bbb:2D-Exo@28}.",
            ("rich", "Table 2"),
        ]),
        ("discussion", "4 DISCUSSION", [
            "Spheroid culture appears to act by {{mechanism|enhanced angiogenesis via VEGF cargo}}. Earlier "
            "monolayer studies reported BBB 10–11 at 8 weeks [5].",
        ]),
    ],
    references=POOL[4:5] + POOL[8:9] + POOL[10:11],
    scores=LEMAIRE_SCORES,
    back=[("Ethics", "{{reported_welfare_compliance|Approved by the invented regional ethics committee "
                     "(CEEA-17-102).}}")],
    footnote=NOTICE,
)
