"""Delta studies 4-6: a continued group-by-week table with n in the row labels and numbers in a
figure legend (journal habits), and two papers in the external set's own layouts.

Everything is invented: authors, institutions, journals, numbers, references.
"""

from __future__ import annotations

from extgen.common import FOOTNOTE, MU, NB, POOL, TH, dpi_fmt, flat, wk_fmt
from extgen.model import Scores, Study

from deltagen.journal import Habits, score

# ---------------------------------------------------------------- 4: groups x weeks, continued, legend
WEEKS = [7.0 * w for w in range(1, 9)]
M = Scores("BBB", "sem", [("Sham", "sham", 12), ("SCI", "control", 11), ("Nor-Exo", "other", 12),
                          ("Hypo-Exo", "treatment", 12)], {
    "Sham": flat("Sham", WEEKS, [(21.0, 0.0)] * 8),
    "SCI": flat("SCI", WEEKS, [(1.8, 0.3), (3.9, 0.4), (5.2, 0.5), (6.0, 0.5), (6.6, 0.6), (7.0, 0.6),
                               (7.2, 0.6), (7.4, 0.7)]),
    "Nor-Exo": flat("Nor-Exo", WEEKS, [(2.1, 0.3), (4.6, 0.4), (6.3, 0.5), (7.4, 0.5), (8.1, 0.6),
                                       (8.6, 0.6), (8.9, 0.6), (9.1, 0.7)]),
    "Hypo-Exo": flat("Hypo-Exo", WEEKS, [(2.4, 0.4), (5.5, 0.5), (7.8, 0.5), (9.3, 0.6), (10.4, 0.6),
                                         (11.1, 0.6), (11.6, 0.7), (12.0, 0.7)]),
})


def _m_mark(group: str, day: float) -> str:
    if group == "Hypo-Exo" and day >= 21:
        return "<sup>*‡</sup>"
    if group in ("Nor-Exo", "Hypo-Exo") and day >= 28:
        return "<sup>*</sup>"
    return ""


M_TABLE = {
    "head": [[("Group", 1), ("BBB score, weeks after SCI", 8)],
             [("", 1)] + [(f"Wk {w}", 1) for w in range(1, 9)]],
    "body": [("Open-field locomotion (BBB)",)]
    + [[f"{g} (n{NB}={NB}{M.n(g)})"] + [score(M, g, d, "pm", _m_mark(g, d)) for d in WEEKS]
       for g in ("Sham", "SCI", "Nor-Exo", "Hypo-Exo")]
    + [("Body weight (g)",)]
    + [[g] + [f"{w0 + 6 * k:.0f} ± {4 + k % 3}" for k in range(8)]
       for g, w0 in (("Sham", 296), ("SCI", 268), ("Nor-Exo", 271), ("Hypo-Exo", 273))],
    "split": 3,
    "first_col": 0.19,
    "foot": "Mean ± SEM. *<i>P</i> < 0.05 vs. SCI; ‡<i>P</i> < 0.05 vs. Nor-Exo (linear mixed model, Šidák "
            "adjustment). One SCI rat died on day 9 and is excluded from all time points.",
}

MUKHERJEE = (Study(
    stem="mukherjee2022_hpmsc_exo_hypoxic_intrathecal",
    layout="twocol",
    title="Hypoxia-primed placental MSC exosomes delivered by intrathecal catheter promote recovery after "
          "weight-drop injury in rats",
    short_title="Mukherjee et al.",
    authors=[("Ananya", "Mukherjee"), ("Grzegorz", "Wilk"), ("Farah", "Nasser"), ("Kenji", "Oda"),
             ("Lucía", "Ferraro")],
    affiliations=["School of Translational Neuroscience, Eastern Ghats University, Visakhapatnam",
                  "Institute of Experimental Surgery, Vistula Medical Academy, Gdańsk"],
    journal="Experimental Neurorepair", year=2022, volume="31:104877",
    doi="10.5555/expnr.2022.104877", pmid="99107304", pmcid="PMC9910734", received="2022-03-28",
    values={
        "species": "rat", "strain": "Long-Evans", "sex": "male", "body_weight_g": {"low": 280, "high": 320},
        "n_per_group": 12, "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T9-T10",
        "source_tissue": "placenta", "source_species": "human", "modification": "hypoxic preconditioning",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "ExoQuick-TC",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "Alix", "calnexin"],
        "size_nm": {"value": 131.2, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 20, "unit": "ug", "volume_ul": 20, "basis": "protein"},
        "route": "intrathecal", "route_detail": "intrathecal catheter",
        "frequency": {"doses": 5, "interval_h": 24}, "timing_post_injury_h": 3.0,
        "mechanism": "HIF-1α/VEGF-mediated angiogenesis", "reported_randomisation": True,
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[("Purpose", "Hypoxic priming changes the cargo of stromal-cell exosomes. We compared exosomes "
               "from normoxic and hypoxic human placental MSCs after thoracic weight-drop injury."),
              ("Methods", "Male Long-Evans rats received intrathecal exosomes (20 µg daily for 5 days) from 3 h "
               "after injury."),
              ("Results", "Hypo-Exo rats reached higher BBB scores than Nor-Exo rats from week 3 to week 8.")],
    keywords=["hypoxia", "placenta", "exosome", "intrathecal", "angiogenesis"],
    sections=[
        ("intro", "Introduction", [
            "Loss of microvessels around a spinal contusion starves the surviving tissue [6,16]. Stromal cells "
            "cultured at low oxygen release exosomes (30–150 nm) richer in pro-angiogenic microRNAs [9], and "
            "intravenous doses of 100–200 µg have been tested in rats [5].",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals and surgery"),
            "{{species,strain,sex|Male Long-Evans rats}} of {{body_weight_g|280–320 g}} were used "
            "({{n_per_group|12 rats per group}}). {{reported_welfare_compliance|Procedures were approved by the "
            "Institutional Animal Ethics Committee (IAEC/EGU/2020/17)}}. After T9–T10 laminectomy, "
            "{{injury_model,injury_device,injury_level|a 10-g weight was dropped from 30 mm onto the exposed "
            "T9–T10 cord}}, producing a moderate contusion.",
            ("h", "Exosomes"),
            "{{source_tissue,source_species|Human placental MSCs (hPMSCs)}} from term placentas were cultured "
            "either at 21% O<sub>2</sub> or, {{modification|for hypoxic preconditioning, at 1% O<sub>2</sub> for "
            "48 h}}. Exosomes were {{isolation_method,isolation_detail|precipitated with ExoQuick-TC}} "
            "(overnight, 4 °C) after clearing at 3000 × g. Preparations were checked by "
            "{{characterization|TEM}}, {{characterization|NTA}} and {{characterization,markers|immunoblotting for "
            "CD9, CD63 and Alix, with calnexin}} as a negative control.",
            ("h", "Treatment"),
            "{{reported_randomisation|Rats were randomised with a random-number table}} to Sham, SCI, Nor-Exo or "
            "Hypo-Exo. A PE-10 catheter was advanced to T12 through the atlanto-occipital membrane; "
            "{{timing_post_injury_h,frequency|beginning 3 h after injury, exosomes were infused daily for five "
            "days}} ({{dose|20 µg in 20 µl}} of saline) {{route,route_detail|through the intrathecal catheter}}.",
            ("h", "Behaviour and statistics"),
            "{{reported_blinded_assessment|BBB scoring was performed weekly by two investigators blind to group}}. "
            "Data were analysed with a linear mixed model.",
        ]),
        ("results", "Results", [
            "Both preparations showed cup-shaped vesicles; NTA gave {{size_nm|a mean size of 131.2 nm}} for "
            "Hypo-Exo and 127.5 nm for Nor-Exo, and hypoxia raised the particle yield by 1.8-fold.",
            ("figure", "Figure 3", "Time course of BBB scores. At week 4, Hypo-Exo rats scored {bbb:Hypo-Exo@28} "
             "and Nor-Exo rats {bbb:Nor-Exo@28} (mean ± SEM).", {"days": WEEKS, "groups": ["SCI", "Nor-Exo",
                                                                                     "Hypo-Exo"], "x": "weeks"}),
            ("jtable", "Table 2", "Locomotor scores and body weight by week. Group sizes are given with the "
             "group names.", M_TABLE),
            "At week 8, the Hypo-Exo group scored {bbb:Hypo-Exo@56}, compared with {bbb:Nor-Exo@56} for Nor-Exo "
            "and {bbb:SCI@56} for untreated SCI rats. Body weight recovered similarly in all injured groups.",
        ]),
        ("discussion", "Discussion", [
            "Hypoxic priming added about three BBB points to the effect of normoxic exosomes. "
            "{{mechanism|Greater HIF-1α/VEGF-mediated angiogenesis}} in the lesion border is a plausible cause, "
            "given the higher vessel density at week 2. A rat study using 40–120 nm vesicles from adipose tissue "
            "found a smaller effect [11].",
        ]),
    ],
    references=[POOL[i] for i in range(16)],
    scores=M,
    back=[("Conflict of interest", "{{reported_conflict_of_interest|The authors have no conflicts of interest "
           "to declare.}}")],
    footnote=FOOTNOTE,
), Habits(banner="Experimental Neurorepair 31 (2022) 104877", running_head="A. Mukherjee et al.", serif=False,
          rule_colour="#7a1f1f"))

# ---------------------------------------------------------------- 5: external "single" layout
B_DAYS = [1.0, 7.0, 14.0, 21.0, 28.0]
B = Scores("BBB", "sd", [("Sham", "sham", 9), ("Vehicle", "control", 9), ("BMSC-Exo", "treatment", 9)], {
    "Sham": flat("Sham", B_DAYS, [(21.0, 0.0)] * 5),
    "Vehicle": flat("Vehicle", B_DAYS, [(0.7, 0.6), (3.4, 1.1), (5.8, 1.4), (7.1, 1.5), (7.9, 1.6)]),
    "BMSC-Exo": flat("BMSC-Exo", B_DAYS, [(0.9, 0.7), (4.6, 1.2), (7.7, 1.3), (9.4, 1.4), (10.6, 1.5)]),
})

BASTOS = (Study(
    stem="bastos2023_rbmsc_exo_mascis_ip",
    layout="single",
    title="Intraperitoneal bone marrow MSC exosomes given every other day after MASCIS contusion in rats",
    short_title="Bastos et al. — i.p. BMSC-Exo",
    authors=[("Helena", "Bastos"), ("Piotr", "Zawadzki"), ("Ngozi", "Eze-Okafor"), ("Mateus", "Lins")],
    affiliations=["Laboratório de Neurotrauma, Universidade Federal do Planalto, Goiânia"],
    journal="Brazilian Archives of Neural Repair", year=2023, volume="9(4):301–315",
    doi="10.5555/banr.2023.0301", pmid="99107305", pmcid="PMC9910735", received="2023-06-14",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 300, "high": 350},
        "n_per_group": 9, "injury_model": "contusion", "injury_device": "MASCIS impactor", "injury_level": "T10",
        "source_tissue": "bone_marrow", "source_species": "rat",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "120,000 g 120 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD81", "Alix"],
        "size_nm": {"value": 142.7, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 400, "unit": "ug_per_kg", "volume_ul": 1000, "basis": "protein"},
        "route": "intraperitoneal", "frequency": {"doses": 4, "interval_h": 48}, "timing_post_injury_h": 0.5,
        "mechanism": "reduced astrocytic scar formation", "reported_sample_size_calculation": True,
        "reported_conflict_of_interest": True, "reported_welfare_compliance": True,
    },
    abstract=[(None, "Bone marrow MSC-derived exosomes (BMSC-Exo) were given intraperitoneally to male "
               "Sprague-Dawley rats every other day for one week after a MASCIS contusion at T10. At day 28, "
               "BMSC-Exo rats scored {bbb:BMSC-Exo@28} on the BBB scale compared with {bbb:Vehicle@28} after "
               "vehicle.")],
    keywords=["BMSC", "exosomes", "intraperitoneal", "glial scar"],
    sections=[
        ("intro", "Introduction", [
            "The glial scar limits axon regrowth after spinal cord injury [13]. Exosomes, typically 30–150 nm, "
            "from bone marrow MSCs reduce astrocyte activation in vitro [2]. Most rat studies inject them into a "
            "vein; intraperitoneal delivery is simpler but less studied [11].",
        ]),
        ("methods", "Methods", [
            f"{{{{species,strain,sex,body_weight_g|Male Sprague-Dawley rats weighing 300–350{NB}g}}}} were "
            "obtained from the university vivarium. {{reported_welfare_compliance|The Ethics Committee on Animal "
            "Use (CEUA 112/2021) approved all procedures}}. {{reported_sample_size_calculation|Sample size was "
            "calculated with G*Power for a 3-point BBB difference (SD 2, power 0.8)}}, giving "
            "{{n_per_group|nine rats per group}}.",
            "Under ketamine/xylazine anaesthesia, {{injury_model,injury_device,injury_level|a contusion was made "
            "at T10 with the MASCIS impactor}} (10 g, 12.5 mm). Sham rats underwent laminectomy only.",
            "{{source_tissue,source_species|BMSCs were isolated from femoral marrow of 4-week-old rats}} and "
            f"cultured to passage 3. Supernatants were spun at 500 × g, 2500 × g and 12{TH}000 × g, then "
            f"{{{{isolation_method,isolation_detail|twice at 120{TH}000 × g for 2 h}}}}. Exosomes were "
            "characterised by {{characterization|TEM}}, {{characterization|NTA}} and "
            "{{characterization,markers|western blot for CD9, CD81 and Alix}}.",
            "{{timing_post_injury_h|Thirty minutes after injury}}, rats received "
            "{{dose|400 µg/kg BMSC-Exo in 1 ml}} of saline {{route|intraperitoneally}}, "
            "{{frequency|repeated every other day for a total of four injections}}; vehicle rats received "
            "saline.",
            "BBB scores were obtained at 1, 7, 14, 21 and 28 days post-injury. Data are presented as mean ± SD.",
        ]),
        ("results", "Results", [
            "Exosomes showed {{size_nm|a mean diameter of 142.7 ± 8.1 nm}} and a typical cup shape.",
            ("table", "Table 1", "BBB scores after contusion (mean ± SD).",
             {"orient": "rows", "days": B_DAYS, "groups": ["Sham", "Vehicle", "BMSC-Exo"], "day_fmt": dpi_fmt,
              "corner": "Time", "foot": "Two-way ANOVA, Šidák post hoc test."}),
            "From day 14, BMSC-Exo rats scored higher than vehicle-treated rats ({bbb:BMSC-Exo@14} vs "
            "{bbb:Vehicle@14}).",
        ]),
        ("discussion", "Discussion", [
            "{{mechanism|Reduced astrocytic scar formation}}, seen as lower GFAP at the lesion border, may "
            "explain the gain. An intravenous study using 200 µg per rat found a similar effect [5].",
        ]),
    ],
    references=[POOL[i] for i in (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12)],
    scores=B,
    back=[("Conflicts of interest", "{{reported_conflict_of_interest|The authors declare that they have no "
           "conflicts of interest.}}")],
    footnote=FOOTNOTE,
), None)

# ---------------------------------------------------------------- 6: external "twocol" layout
O_DAYS = [7.0, 14.0, 28.0, 42.0]
O = Scores("BBB", "sem", [("Hx + saline", "control", 7), ("Hx + MenSC-EV", "treatment", 7)], {
    "Hx + saline": flat("Hx + saline", O_DAYS, [(6.2, 0.7), (9.1, 0.8), (11.4, 0.9), (12.3, 0.9)]),
    "Hx + MenSC-EV": flat("Hx + MenSC-EV", O_DAYS, [(7.0, 0.8), (10.8, 0.8), (13.9, 0.7), (15.2, 0.8)]),
})

OZTURK = (Study(
    stem="ozturk2024_mensc_ev_hemisection_intralesional",
    layout="twocol",
    title="Menstrual blood stromal cell extracellular vesicles injected into a thoracic hemisection improve "
          "ipsilateral hindlimb function",
    short_title="Öztürk et al.",
    authors=[("Selin", "Öztürk"), ("Aleksander", "Haugland"), ("Mei-Ling", "Chou")],
    affiliations=["Department of Histology and Embryology, Anatolian Faculty of Medicine, Eskişehir"],
    journal="Turkish Journal of Spinal Neuroscience", year=2024, volume="5(1):17–29",
    doi="10.5555/tjsn.2024.0017", pmid="99107306", pmcid="PMC9910736", received="2024-01-09",
    values={
        "species": "rat", "strain": "Long-Evans", "sex": "female", "body_weight_g": {"low": 200, "high": 240},
        "n_per_group": 7, "injury_model": "hemisection", "injury_device": "microscissors",
        "injury_level": "T10",
        "source_tissue": "menstrual_blood", "source_species": "human",
        "isolation_method": ["density_gradient", "ultracentrifugation"],
        "isolation_detail": "100,000 g 180 min",
        "characterization": ["TEM", "NTA", "flow_cytometry"], "markers": ["CD9", "CD63", "CD81"],
        "size_nm": {"value": None, "low": 40, "high": 160, "stat": None, "method": "TEM"},
        "dose": {"amount": 50, "unit": "ug", "volume_ul": 5, "basis": "protein"},
        "route": "intralesional", "route_detail": "lesion site",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.0,
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
    },
    abstract=[(None, "Extracellular vesicles (EVs) from human menstrual blood stromal cells (MenSCs) were "
               "injected into the lesion immediately after a right T10 hemisection in female Long-Evans rats. "
               "Ipsilateral BBB scores at week 6 were {bbb:Hx + MenSC-EV@42} with EVs and "
               "{bbb:Hx + saline@42} with saline (mean ± SEM).")],
    keywords=["menstrual blood", "extracellular vesicles", "hemisection", "intralesional"],
    sections=[
        ("intro", "Introduction", [
            "Menstrual blood is a non-invasive source of stromal cells [2]. Their EVs have not been tested in "
            "lateral hemisection, a model with partial spontaneous recovery [1].",
        ]),
        ("methods", "Materials and Methods", [
            "{{species,strain,sex,body_weight_g|Female Long-Evans rats (200–240 g)}} were used "
            "({{n_per_group|seven per group}}). {{reported_welfare_compliance|The local ethics committee for "
            "animal experiments approved the study (2022/38)}}.",
            "{{injury_model,injury_device,injury_level|A right hemisection was cut at T10 with microscissors}} "
            "after laminectomy.",
            "{{source_tissue,source_species|MenSCs were isolated from menstrual blood of four healthy women}}. "
            "Conditioned medium was layered on "
            f"{{{{isolation_method|a 30% iodixanol cushion}}}} and {{{{isolation_method,isolation_detail|"
            f"centrifuged at 100{TH}000 × g for 3 h}}}}. EVs were examined by {{{{characterization|TEM}}}}, "
            "{{characterization|NTA}} and {{characterization,markers|bead-based flow cytometry for CD9, CD63 "
            "and CD81}}.",
            f"{{{{timing_post_injury_h,route,route_detail|Immediately after hemisection, EVs were injected into "
            f"the lesion site}}}} with a glass micropipette: {{{{dose,frequency|a single dose of 50 {MU}g in "
            f"5 {MU}l}}}}. Controls received 5 {MU}l saline.",
            "{{reported_blinded_assessment|Ipsilateral BBB scores were rated by a blinded observer}} at weeks "
            "1, 2, 4 and 6.",
        ]),
        ("results", "Results", [
            "TEM showed {{size_nm|vesicles between 40 and 160 nm}} in diameter.",
            ("table", "Table 1", "Ipsilateral hindlimb BBB scores (mean ± SEM, n = 7).",
             {"orient": "cols", "days": O_DAYS, "groups": ["Hx + saline", "Hx + MenSC-EV"],
              "day_fmt": wk_fmt, "corner": "Group"}),
            "The EV group scored higher from week 2; at week 4 scores were {bbb:Hx + MenSC-EV@28} and "
            "{bbb:Hx + saline@28}.",
        ]),
        ("discussion", "Discussion", [
            "A single intralesional dose improved ipsilateral stepping. EVs of about 100 nm from umbilical cord "
            "cells gave comparable results after contusion [5].",
        ]),
    ],
    references=[POOL[i] for i in (0, 1, 2, 3, 4, 5)],
    scores=O,
    back=[("Ethics approval", "Local ethics committee for animal experiments, 2022/38.")],
    notes=["No conflict-of-interest statement."],
    footnote=FOOTNOTE,
), None)

STUDIES = [MUKHERJEE, BASTOS, OZTURK]
