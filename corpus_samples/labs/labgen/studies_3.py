"""Labs studies, third batch: figure-only scores, landscape supplementary table, dose arms.

Everything is invented. ``{{fields|words}}`` marks gold evidence, ``{v:GROUP@DAY|fmt}`` a
written score (see ``labgen.markup``).
"""

from __future__ import annotations

from extgen.common import FOOTNOTE, NB, POOL, TH
from extgen.model import Scores, Study

D5 = [1.0, 7.0, 14.0, 21.0, 28.0]


def _vals(days: list[float], rows: list[tuple[float, float]]) -> dict[float, tuple[float, float]]:
    return dict(zip(days, rows, strict=True))


# --------------------------------------------------------------------------------------
# 5. Iran, single column: BBB only in a plot (no rows), n only in the figure legend,
#    hemisection at T8, intralesional single dose immediately, Total Exosome Isolation
#    reagent, T-coded time points, "BBB subscore" and inclined-plane traps.
# --------------------------------------------------------------------------------------
_HAK = Scores("BBB", "sem", [("Sham", "sham", 6), ("HX + PBS", "control", 6), ("HX + Exo", "treatment", 6)], {
    "Sham": _vals(D5, [(21.0, 0.0)] * 5),
    "HX + PBS": _vals(D5, [(4.2, 0.6), (7.9, 0.8), (10.1, 0.9), (11.0, 0.9), (11.4, 1.0)]),
    "HX + Exo": _vals(D5, [(4.5, 0.7), (9.6, 0.8), (12.8, 0.9), (14.1, 0.8), (14.9, 0.9)]),
})

HAKIMI = Study(
    stem="hakimi2022_rbmsc_exo_hemisection_figureonly",
    layout="single",
    title="Local delivery of bone marrow mesenchymal stem cell exosomes after lateral hemisection of the rat "
          "spinal cord",
    short_title="Hakimi et al. · exosomes after hemisection",
    authors=[("Parisa", "Hakimi"), ("Reza", "Tavakkoli"), ("Sara", "Mousavi-Nejad"), ("Amir", "Farahani")],
    affiliations=["Brain and Spinal Cord Injury Research Centre (invented), Tehran, Iran",
                  "Department of Anatomy, Fictional University of Medical Sciences, Shiraz, Iran"],
    journal="Archives of Neural Repair (Tehran)",
    year=2022, volume="9(1):45–56",
    doi="10.5555/anrt.2022.9.45", pmid="99107305", pmcid="PMC9910735", received="2022-04-17",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male", "body_weight_g": {"low": 250, "high": 300},
        "n_per_group": 6, "injury_model": "hemisection", "injury_level": "T8",
        "source_tissue": "bone_marrow", "source_species": "rat",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "Total Exosome Isolation reagent",
        "characterization": ["TEM", "DLS", "western_blot"], "markers": ["CD9", "CD63"],
        "size_nm": {"value": None, "low": 45, "high": 120, "stat": None, "method": "TEM"},
        "dose": {"amount": 10, "unit": "ug", "volume_ul": 5, "basis": "protein"},
        "route": "intralesional", "route_detail": "lesion site",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0,
        "mechanism": "reduction of astrocytic scar formation",
        "reported_blinded_assessment": True,
        # an animal ethics-committee approval counts as welfare compliance (project convention)
        "reported_welfare_compliance": True,
    },
    abstract=[
        ("Objective", "To evaluate exosomes derived from rat bone marrow MSCs injected into the lesion after "
         "spinal cord hemisection."),
        ("Materials and Methods", "Male Wistar rats underwent right lateral hemisection and received exosomes "
         "or PBS into the lesion. Locomotion (BBB), inclined plane and GFAP immunostaining were evaluated for "
         "four weeks."),
        ("Results", "Exosome-treated rats recovered faster (Figure 3) and showed smaller GFAP<sup>+</sup> scars "
         "(P < 0.01)."),
        ("Conclusion", "Exosomes may improve recovery by {{mechanism|reduction of astrocytic scar "
         "formation}}."),
    ],
    keywords=["exosome", "hemisection", "astrogliosis", "BBB"],
    sections=[
        ("intro", "Introduction", [
            "Hemisection models allow the uninjured side to serve as an internal control [1]. Exosomes are "
            "described as vesicles of 30 to 150 nm [2]. A previous study injected 20 µg of exosomes into a "
            "cervical (C4) lesion and found a BBB of 16 at four weeks [13].",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Animals"),
            f"{{{{species,strain,sex|Male Wistar rats}}}} weighing {{{{body_weight_g|250–300{NB}g}}}} were kept "
            "under standard conditions. {{reported_welfare_compliance|The ethics committee of the university "
            "approved all procedures}} (IR.INV.REC.1399.112).",
            ("h", "BMSC culture and exosome extraction"),
            "{{source_tissue,source_species|BMSCs were flushed from the femurs of young Wistar rats}} and "
            "cultured to passage 3. Exosomes were extracted from 10 ml of serum-free conditioned medium with "
            "{{isolation_method,isolation_detail|Total Exosome Isolation reagent}} (Invitrogen) following the "
            "manufacturer's instructions (10 000 × g, 1 h).",
            "{{characterization|Exosomes were examined with TEM and DLS, and western blot}} confirmed "
            "{{markers|CD9 and CD63}}.",
            ("h", "Hemisection"),
            "Rats were anaesthetised with ketamine/xylazine (75/10 mg/kg). After laminectomy at T7–T8, "
            "{{injury_model,injury_level|the right half of the cord was transected at T8}} with microscissors.",
            ("h", "Exosome injection"),
            "{{frequency,timing_post_injury_h|Immediately after hemisection}}, "
            "{{dose,route,route_detail|10 µg exosomes in 5 µl PBS were injected into the lesion site}} with a "
            "Hamilton syringe; controls received 5 µl PBS (HX + PBS group).",
            ("h", "Behavioural tests"),
            "{{reported_blinded_assessment|BBB scores were rated by two examiners blind to treatment}} at "
            "T1–T5 (days 1, 7, 14, 21 and 28). The inclined-plane angle and the BBB subscore (0–13) were also "
            "recorded.",
        ]),
        ("results", "Results", [
            f"{{{{size_nm|TEM showed round vesicles 45–120{NB}nm in diameter}}}}; DLS gave a single peak.",
            "BBB scores improved in both injured groups, with higher scores after exosome injection from T2 "
            "onwards (Figure 3). At T5, the inclined-plane angle was 58° in HX + Exo rats and 49° in "
            "HX + PBS rats, and the BBB subscore was 9 versus 6.",
            ("figure", "Figure 3", "BBB scores of Sham, HX + PBS and HX + Exo rats from day 1 to day 28. Data are "
             "mean ± SEM; {{n_per_group|n = 6 rats per group}}. *P < 0.05 vs HX + PBS.",
             {"days": D5, "groups": ["HX + PBS", "HX + Exo", "Sham"], "x": "days"}),
            "GFAP-positive scar area was reduced by 37% in HX + Exo rats at day 28.",
        ]),
        ("discussion", "Discussion", [
            "Local exosome delivery improved locomotion after hemisection. In contusion models, intravenous "
            "exosomes (200 µg) raised BBB scores to about 11 [5]; local injection needs far less material.",
        ]),
    ],
    references=POOL[:5] + POOL[8:14],
    scores=_HAK,
    notes=["BBB scores are reported only in a line plot (Figure 3): no outcome rows; the inclined-plane "
           "angles and BBB subscores in the text are not BBB rows."],
    footnote=FOOTNOTE,
)


# --------------------------------------------------------------------------------------
# 6. Serbia, banner layout: three dose arms (main arm stated a priori), jugular vein every
#    third day x5 from 6 h, iodixanol gradient, supplementary-style landscape table with a
#    baseline column and "POD" labels (groups as rows, n column), TEM mean, exclusions.
# --------------------------------------------------------------------------------------
D7 = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0, 35.0]
_JOV = Scores("BBB", "sd", [("SCI + vehicle", "control", 10), ("Exo 25 µg", "other", 10), ("Exo 50 µg", "other", 10),
                            ("Exo 100 µg", "treatment", 10)], {
    "SCI + vehicle": _vals(D7, [(0.6, 0.5), (1.4, 0.7), (3.2, 1.0), (5.1, 1.2), (6.2, 1.3), (6.8, 1.3), (7.1, 1.4)]),
    "Exo 25 µg": _vals(D7, [(0.5, 0.5), (1.5, 0.7), (3.6, 1.1), (5.7, 1.2), (6.9, 1.3), (7.5, 1.4), (7.9, 1.4)]),
    "Exo 50 µg": _vals(D7, [(0.7, 0.6), (1.8, 0.8), (4.3, 1.1), (6.8, 1.2), (8.1, 1.3), (8.9, 1.3), (9.3, 1.4)]),
    "Exo 100 µg": _vals(D7, [(0.6, 0.5), (2.1, 0.8), (5.0, 1.1), (8.0, 1.2), (9.6, 1.3), (10.5, 1.3), (11.0, 1.4)]),
})
_JOV_G = ["SCI + vehicle", "Exo 25 µg", "Exo 50 µg", "Exo 100 µg"]

JOVANOVIC = Study(
    stem="jovanovic2020_rbmsc_exo_doselevels_jugular",
    layout="banner",
    title="Dose-dependent effects of repeated jugular-vein injections of bone marrow MSC exosomes after "
          "thoracic spinal cord contusion",
    short_title="Jovanović et al.",
    authors=[("Milica", "Jovanović"), ("Nikola", "Stanković"), ("Jelena", "Petrović-Ilić"), ("Dragan", "Marić"),
             ("Ana", "Kostić")],
    affiliations=["Institute for Experimental Neurology (invented), Belgrade, Serbia",
                  "Faculty of Medicine, Fictional University of Niš, Serbia"],
    journal="Balkan Journal of Neurotrauma Research",
    year=2020, volume="12:88–103",
    doi="10.5555/bjnr.2020.012.088", pmid="99107306", pmcid="PMC9910736", received="2020-09-30",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 300, "high": 350},
        "n_per_group": 10, "injury_model": "contusion", "injury_device": "MASCIS impactor", "injury_level": "T9",
        "source_tissue": "bone_marrow", "source_species": "rat", "modification": "none",
        "isolation_method": ["ultracentrifugation", "density_gradient"],
        "isolation_detail": "100,000 × g 90 min; OptiPrep 5–40% iodixanol gradient, 100,000 × g 18 h",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "TSG101", "Alix", "calnexin"],
        "size_nm": {"value": 87.0, "low": 52, "high": 138, "stat": "mean", "method": "TEM"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 300, "basis": "protein"},
        "route": "intravenous", "route_detail": "jugular vein",
        "frequency": {"doses": 5, "interval_h": 72}, "timing_post_injury_h": 6,
        "mechanism": "inhibition of TLR4/NF-κB signalling in macrophages",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True,
    },
    abstract=[
        (None, "We tested three doses (25, 50 and 100 µg) of unmodified rat BMSC exosomes injected into the "
         "jugular vein every third day after MASCIS contusion. The 100 µg dose, prespecified as the primary "
         "comparison, improved BBB scores at day 35 ({v:Exo 100 µg@35} vs {v:SCI + vehicle@35} with vehicle; mean ± "
         "SD), and its effect was linked to {{mechanism|inhibition of TLR4/NF-κB signalling in "
         "macrophages}}."),
    ],
    keywords=["exosomes", "dose–response", "MASCIS", "NF-κB", "jugular vein"],
    sections=[
        ("intro", "1. Introduction", [
            "Most exosome studies in SCI test a single dose [11], typically 100–200 µg [5], and dose–response "
            "data are scarce. The standard MASCIS injury at T10 [1] was moved one segment higher here to spare "
            "the lumbar enlargement.",
        ]),
        ("methods", "2. Materials and methods", [
            ("h", "2.1. Animals and study design"),
            f"{{{{species,strain,sex|Male Sprague-Dawley rats}}}} ({{{{body_weight_g|300–350{NB}g}}}}) were used. "
            "{{reported_sample_size_calculation|Sample size was estimated from pilot data (difference of 2.5 "
            "BBB points, SD 1.8, power 0.9)}}. Forty-four rats were operated; four died within 48 h and were "
            "replaced, so that {{n_per_group|each group comprised 10 rats}}. "
            "{{reported_randomisation|Allocation to the four groups used sealed envelopes prepared by a "
            "person not involved in surgery.}}",
            ("h", "2.2. Exosome isolation"),
            "{{source_tissue,source_species|BMSCs from adult Sprague-Dawley rat bone marrow}} (passage 3–4) "
            "were cultured in exosome-depleted medium for 48 h. Supernatants were cleared at 500 × g (10 min), "
            "3000 × g (20 min) and 12 000 × g (40 min), {{isolation_detail|pelleted at 100 000 × g for 90 min}}, and further "
            "purified by {{isolation_method,isolation_detail|floating on an OptiPrep 5–40% iodixanol "
            f"gradient at 100{TH}000 × g for 18 h}}}}. Fractions 6–8 were washed in PBS and pelleted again. "
            "{{modification|No genetic modification or cargo loading was applied.}}",
            ("h", "2.3. Characterisation"),
            "{{characterization|Vesicles were analysed by TEM, nanoparticle tracking and western blotting}} "
            "({{markers|CD63, TSG101, Alix; calnexin absent}}).",
            ("h", "2.4. Contusion injury"),
            "Anaesthesia: isoflurane 2%. Laminectomy at T8–T9; "
            "{{injury_model,injury_device,injury_level|a 10 g rod of the MASCIS impactor was dropped from "
            "25 mm onto the exposed cord at the T9 level}}.",
            ("h", "2.5. Treatment"),
            "{{route,route_detail|Exosomes were injected into the right external jugular vein}} through an "
            "indwelling catheter at 25, 50 or {{dose|100 µg (in 300 µl saline)}}; the vehicle group received "
            "300 µl saline. {{frequency,timing_post_injury_h|Injections started 6 h after injury and were "
            "repeated every third day, five injections in total.}}",
            ("h", "2.6. Outcome"),
            "{{reported_blinded_assessment|BBB testing was performed by an observer blinded to the dose}} "
            "before surgery and on postoperative days (POD) 1, 3, 7, 14, 21, 28 and 35. The complete data set "
            "is given in Supplementary Table S1 (printed on a separate page).",
        ]),
        ("results", "3. Results", [
            "TEM showed vesicles with {{size_nm|a mean diameter of 87 nm (range 52–138 nm)}}; NTA gave a mode "
            "of 102 nm.",
            "BBB scores increased with dose. On POD 35, the 25 µg, 50 µg and 100 µg groups scored "
            "{v:Exo 25 µg@35}, {v:Exo 50 µg@35} and {v:Exo 100 µg@35}, respectively, against {v:SCI + vehicle@35} with "
            "vehicle. The 100 µg dose differed from vehicle from POD 14 ({v:Exo 100 µg@14} vs {v:SCI + vehicle@14}).",
            ("grid", "Table S1", "Supplementary table: BBB scores (mean ± SD) by group and postoperative day. "
             "Pre = before surgery.", {
                "landscape": True,
                "head": [[("Group", 1), ("n", 1), ("Pre", 1), ("Postoperative day (POD)", 7)],
                         [("", 1), ("", 1), ("", 1), *[(f"POD {d:g}", 1) for d in D7]]],
                "widths": [1.5, 0.5, 0.8, 1, 1, 1, 1, 1, 1, 1],
                "rows": [[g, "10", "21.0 ± 0.0", *[f"{{v:{g}@{d:g}}}" for d in D7]] for g in _JOV_G],
                "foot": "Sham rats (n = 4) had normal scores throughout and are omitted. One-way ANOVA at "
                        "POD 35: P < 0.001 for dose trend."}),
            "Nuclear p65 in lesion macrophages fell with increasing dose.",
        ]),
        ("discussion", "4. Discussion", [
            "The dose–response was monotonic up to 100 µg. Others reported BBB 12.1 at day 28 after 200 µg "
            "given once [5], and 400 µg gave no additional benefit [11].",
        ]),
    ],
    references=POOL[:2] + POOL[4:12],
    scores=_JOV,
    back=[("Conflict of interest", "{{reported_conflict_of_interest|The authors declare that they have no "
           "conflict of interest}}.")],
    footnote=FOOTNOTE,
)
JOVANOVIC.values["reported_conflict_of_interest"] = True



# --------------------------------------------------------------------------------------
# 7. Poland, two-column: CAQK-peptide-targeted exosomes vs plain exosomes, every other day
#    x7 from 2 h, Infinite Horizon at Th11, week table with "wk" columns (SD), "mean (SD)"
#    text, group named after the value, exclusions with final n.
# --------------------------------------------------------------------------------------
WK = [7.0, 14.0, 21.0, 28.0, 42.0]
_KOW = Scores("BBB", "sd", [("Saline", "control", 9), ("Exo", "other", 9), ("CAQK-Exo", "treatment", 9)], {
    "Saline": _vals(WK, [(2.9, 1.1), (5.0, 1.3), (6.4, 1.4), (7.2, 1.5), (7.9, 1.5)]),
    "Exo": _vals(WK, [(3.3, 1.2), (5.9, 1.3), (7.5, 1.4), (8.6, 1.5), (9.4, 1.6)]),
    "CAQK-Exo": _vals(WK, [(4.0, 1.2), (7.1, 1.4), (9.3, 1.5), (10.8, 1.5), (12.0, 1.6)]),
})

KOWALCZYK = Study(
    stem="kowalczyk2021_caqk_targeted_wjmsc_exo_eod",
    layout="twocol",
    title="Lesion-homing CAQK-decorated exosomes from Wharton's jelly MSCs improve recovery after thoracic "
          "spinal cord contusion",
    short_title="Kowalczyk et al.",
    authors=[("Agnieszka", "Kowalczyk"), ("Piotr", "Zieliński"), ("Marta", "Wróblewska"), ("Tomasz", "Nowicki")],
    affiliations=["Department of Experimental Neurology, Invented Medical University, Kraków, Poland",
                  "Laboratory of Nanomedicine, Fictional Institute of Biochemistry, Gdańsk, Poland"],
    journal="Neural Regeneration Reports (Warsaw)",
    year=2021, volume="6(4):e210",
    doi="10.5555/nrrw.2021.210", pmid="99107307", pmcid="PMC9910737", received="2021-05-05",
    values={
        "species": "rat", "strain": "Long-Evans", "sex": "female", "body_weight_g": {"low": 240, "high": 270},
        "n_per_group": 9, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor",
        "injury_level": "T11", "source_tissue": "wharton_jelly", "source_species": "human",
        "modification": "CAQK peptide surface targeting",
        "isolation_method": ["tangential_flow", "ultracentrifugation"],
        "isolation_detail": "TFF 300 kDa; 120,000 × g 2 h",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD9", "CD63", "CD81", "calnexin"],
        "size_nm": {"value": 131.0, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 2e10, "unit": "particles", "volume_ul": 250, "basis": "particles"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 7, "interval_h": 48}, "timing_post_injury_h": 2,
        "mechanism": "targeted delivery to the injured cord reducing microglial activation",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True,  # ethics-committee approval (project convention)
    },
    abstract=[
        (None, "Systemically injected exosomes reach the injured spinal cord poorly. We decorated exosomes from "
         "Wharton's jelly MSCs with the injury-homing peptide CAQK ({{modification|CAQK-Exo, produced by "
         "conjugating the CAQK peptide to the exosome surface}}) and compared them with plain exosomes (Exo) "
         "and saline in female Long-Evans rats. CAQK-Exo accumulated 3.4-fold more in the lesion and raised "
         "the BBB score at week 6 to {v:CAQK-Exo@42|paren}, compared with {v:Exo@42|paren} for Exo and "
         "{v:Saline@42|paren} for saline (mean (SD)), consistent with {{mechanism|targeted delivery to the "
         "injured cord reducing microglial activation}}."),
    ],
    keywords=["CAQK", "targeting", "Wharton's jelly", "exosomes", "spinal cord injury"],
    sections=[
        ("intro", "Introduction", [
            "Less than 1% of intravenously injected vesicles reach the spinal cord [8]. The tetrapeptide CAQK "
            "binds proteoglycans upregulated in injured CNS tissue [10]. Typical exosome doses range from "
            "1 × 10<sup>9</sup> to 1 × 10<sup>11</sup> particles [11].",
        ]),
        ("methods", "Methods", [
            ("h", "Animals"),
            f"{{{{species,strain,sex|Female Long-Evans rats}}}} ({{{{body_weight_g|240–270{NB}g}}}}) were "
            "used {{reported_welfare_compliance|with approval of the Local Ethics Committee}} (No. 112/2019). "
            "{{reported_randomisation|Rats were randomised to Saline, Exo or CAQK-Exo (block randomisation)}}. "
            "Thirty rats were injured; three were excluded (one death, two with autophagia), leaving "
            "{{n_per_group|nine rats per group for the BBB analysis}}.",
            ("h", "Exosome production"),
            "{{source_tissue,source_species|MSCs were isolated from Wharton's jelly of human umbilical cords}} "
            "(explant method) and grown in a hollow-fibre bioreactor. Conditioned medium was concentrated by "
            "{{isolation_method,isolation_detail|tangential flow filtration (300 kDa cassette)}} and exosomes "
            "pelleted {{isolation_method,isolation_detail|at 120,000 × g for 2 h}}. CAQK-PEG-DSPE was inserted "
            "into the membrane (1 h, 37 °C) and free peptide was removed on a spin column.",
            "{{characterization|Particles were characterised by NTA, TEM and western blot}} "
            "({{markers|CD9, CD63, CD81; calnexin negative}}).",
            ("h", "Injury and treatment"),
            "After laminectomy of Th10–Th11, {{injury_model,injury_device,injury_level|a 150 kdyn contusion "
            "was applied at Th11 with the Infinite Horizon impactor}}. "
            "{{dose,route,route_detail|Exosomes (2 × 10<sup>10</sup> particles in 250 µl PBS) were injected "
            "into the tail vein}} {{frequency,timing_post_injury_h|2 h after injury and then every other day, "
            "seven injections in total}}.",
            ("h", "Assessment"),
            "{{reported_blinded_assessment|The BBB scale was applied by two observers unaware of group "
            "allocation}} at weeks 1, 2, 3, 4 and 6.",
        ]),
        ("results", "Results", [
            "{{size_nm|NTA showed a mean size of 124 nm before and 131 nm after CAQK insertion}}.",
            "At week 2, CAQK-Exo rats already scored higher ({v:CAQK-Exo@14|paren}) than Saline rats "
            "({v:Saline@14|paren}); by week 4 the means were {v:CAQK-Exo@28|paren}, {v:Exo@28|paren} and "
            "{v:Saline@28|paren} for CAQK-Exo, Exo and Saline. Full data are in Table 2.",
            ("table", "Table 2", "BBB scores, mean ± SD (n = 9 per group).",
             {"orient": "cols", "days": WK, "groups": ["Saline", "Exo", "CAQK-Exo"], "corner": "Group",
              "day_fmt": lambda d: f"{d / 7:g} wk", "foot": "wk, weeks after injury."}),
        ]),
        ("discussion", "Discussion", [
            "Surface targeting added about 2.6 BBB points to plain exosomes. Other targeting strategies, such "
            "as RVG-decorated vesicles, reached a BBB of 11.5 [10].",
        ]),
    ],
    references=POOL[2:14],
    scores=_KOW,
    footnote=FOOTNOTE,
)

STUDIES: list[Study] = [HAKIMI, JOVANOVIC, KOWALCZYK]
