"""Quarry studies 5-6 (everything invented): a Turkish and a Canadian lab."""

from __future__ import annotations

from extgen.common import FOOTNOTE, POOL
from extgen.model import Scores, Study

from qgen.tables import QTable, V, qspec


def _vals(days: list[float], pairs: list[tuple[float, float]]) -> dict[float, tuple[float, float]]:
    return dict(zip(days, pairs, strict=True))


# ------------------------------------------------------------------ 5. Turkey, twocol
# Mean and SD in separate columns under merged "Day n" headers; a second table where the
# time point is only in the caption and BBB sits beside biochemical measures with an n
# column; two injured control groups (untreated trauma, saline); i.p. daily for 7 days from 1 h.

_D5 = [1, 7, 14, 21, 28]
_S5 = Scores(
    outcome="BBB", err="sd",
    groups=[("Sham", "sham", 8), ("Trauma", "control", 8), ("Trauma + Saline", "control", 8),
            ("Trauma + Exo", "treatment", 8)],
    values={
        "Sham": _vals(_D5, [(21.0, 0.0)] * 5),
        "Trauma": _vals(_D5, [(0.8, 0.7), (3.1, 1.2), (5.4, 1.5), (6.9, 1.6), (7.6, 1.7)]),
        "Trauma + Saline": _vals(_D5, [(0.9, 0.6), (3.3, 1.1), (5.6, 1.4), (7.1, 1.5), (7.9, 1.6)]),
        "Trauma + Exo": _vals(_D5, [(1.0, 0.8), (4.6, 1.3), (7.9, 1.5), (9.8, 1.4), (10.9, 1.5)]),
    },
)
_G5 = ["Sham", "Trauma", "Trauma + Saline", "Trauma + Exo"]

_BBB5 = QTable(
    head=[["Group", "Day 1", None, "Day 7", None, "Day 14", None, "Day 21", None],
          [None, "Mean", "SD", "Mean", "SD", "Mean", "SD", "Mean", "SD"]],
    body=[[g, *[c for d in _D5[:4] for c in (V(g, d, style="mean"), V(g, d, style="err"))]] for g in _G5],
    spans=[(0, 0, 2, 1), (0, 1, 1, 2), (0, 3, 1, 2), (0, 5, 1, 2), (0, 7, 1, 2)],
    col0=0.18,
)

_DAY28 = QTable(
    head=[["Group", "n", "BBB score", "MDA (nmol/g)", "TNF-α (pg/mg)"]],
    body=[[g, "8", V(g, 28, mark="*" if g == "Trauma + Exo" else ""), mda, tnf]
          for g, mda, tnf in (("Sham", "21.4 ± 3.2", "18.6 ± 4.1"), ("Trauma", "58.9 ± 6.7", "96.2 ± 11.5"),
                              ("Trauma + Saline", "57.3 ± 7.1", "93.8 ± 12.0"),
                              ("Trauma + Exo", "36.2 ± 5.4*", "51.7 ± 9.3*"))],
    col0=0.3,
)

POLAT = Study(
    stem="polat2023_hbmsc_exo_clip_ip_daily_mean_sd_columns",
    layout="twocol",
    title="Intraperitoneal human bone marrow mesenchymal stem cell exosomes reduce oxidative stress and improve "
          "motor function after clip compression spinal cord injury in rats",
    short_title="Polat et al.",
    authors=[("Elif", "Polat"), ("Murat", "Aksoylu"), ("Zeynep", "Karataş"), ("Burak", "Demirhan"),
             ("Selin", "Oğuztürk")],
    affiliations=["Department of Neurosurgery, Synthetic University Faculty of Medicine, Ankara, Türkiye",
                  "Department of Histology and Embryology, Synthetic University, Ankara, Türkiye"],
    journal="Turkish Neurotrauma Archives (Synthetic)",
    year=2023,
    volume="33(2):145-156",
    doi="10.5555/tna.2023.0145",
    pmid="99102105",
    pmcid="PMC9910215",
    received="2023-01-09",
    footnote=FOOTNOTE,
    values={
        "species": "rat", "strain": "Wistar", "sex": "male", "body_weight_g": {"low": 250, "high": 300},
        "n_per_group": 8, "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T8",
        "source_tissue": "bone_marrow", "source_species": "human",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "ExoQuick-TC",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "CD81", "HSP70"],
        "size_nm": {"value": 138.6, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 30, "unit": "ug", "volume_ul": 500, "basis": "protein"},
        "route": "intraperitoneal",
        "frequency": {"doses": 7, "interval_h": 24}, "timing_post_injury_h": 1.0,
        "mechanism": "reduction of oxidative stress and TNF-α",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Aim", ("To investigate the effect of exosomes from human bone marrow mesenchymal stem cells (hBM-MSC) "
         "on functional recovery and oxidative stress after spinal cord injury (SCI).")),
        ("Material and Methods", ("Thirty-two male Wistar albino rats were divided into sham, trauma, trauma + "
         "saline and trauma + exosome groups. SCI was produced by aneurysm clip compression at T8. Exosomes "
         "were given intraperitoneally for seven days. BBB scores, malondialdehyde (MDA) and TNF-α were "
         "measured.")),
        ("Results", ("The exosome group had higher BBB scores from day 14 and lower MDA and TNF-α levels on "
         "postoperative day 28 than both trauma groups.")),
        ("Conclusion", "Systemic hBM-MSC exosomes may limit secondary injury after SCI."),
    ],
    keywords=["Exosome", "Mesenchymal stem cell", "Spinal cord injury", "Oxidative stress", "Rat"],
    sections=[
        ("intro", "INTRODUCTION", [
            ("Spinal cord injury (SCI) is followed by lipid peroxidation, cytokine release and apoptosis that "
            "extend the lesion [3,6]. Exosomes are extracellular vesicles 30–150 nm in diameter [2]; those "
            "from mesenchymal stem cells reduce inflammation in several injury models [11]."),
            ("Previous SCI studies mostly used intravenous injection [5]. The intraperitoneal route is simple "
            "and allows repeated dosing without vascular access. We tested daily intraperitoneal exosomes "
            "in the clip compression model."),
        ]),
        ("methods", "MATERIAL and METHODS", [
            ("h", "Animals and Ethics"),
            ("The study protocol {{reported_welfare_compliance|was approved by the Local Ethics Committee for "
            "Animal Experiments of Synthetic University (HADYEK 2021/44)}}. {{species,strain,sex|Male Wistar "
            "albino rats}} weighing {{body_weight_g|250–300 g}} were used. {{reported_randomisation|The rats "
            "were randomly divided into four groups}} of {{n_per_group|eight rats each}}: Group 1 (Sham), "
            "Group 2 (Trauma), Group 3 (Trauma + Saline) and Group 4 (Trauma + Exo)."),
            ("h", "Spinal Cord Injury Model"),
            ("Rats were anesthetized with ketamine (60 mg/kg) and xylazine (10 mg/kg). A T7–T9 laminectomy was "
            "performed and {{injury_model,injury_device|the spinal cord was compressed extradurally with an "
            "aneurysm clip}} (Yasargil, 70 g closing force) for 1 minute at the {{injury_level|T8 level}}. The "
            "sham group underwent laminectomy only."),
            ("h", "Exosome Isolation"),
            ("{{source_tissue,source_species|Human bone marrow mesenchymal stem cells}} (passage 5, "
            "commercially obtained) were cultured in exosome-depleted medium for 72 hours. Exosomes were "
            "isolated from the medium with {{isolation_method,isolation_detail|ExoQuick-TC}} (System "
            "Biosciences) according to the manufacturer's protocol and quantified by BCA."),
            ("h", "Characterization"),
            ("Exosomes were examined by {{characterization|transmission electron microscopy, nanoparticle "
            "tracking analysis and western blot}} for {{markers|CD63, CD81 and HSP70}}."),
            ("h", "Treatment Protocol"),
            ("{{dose|Thirty micrograms of exosomal protein in 0.5 mL saline}} were injected "
            "{{route|intraperitoneally}} {{timing_post_injury_h|1 hour after trauma}} and "
            "{{frequency|then daily for 7 days}} (total of seven injections). Group 3 received 0.5 mL saline on "
            "the same schedule; Group 2 received no injection."),
            ("h", "Behavioral Evaluation"),
            ("Motor function was assessed with the BBB locomotor rating scale on postoperative days 1, 7, 14, "
            "21 and 28 {{reported_blinded_assessment|by a researcher blinded to the groups}}."),
            ("h", "Biochemical Analysis"),
            "On day 28, tissue MDA was measured by the thiobarbituric acid method and TNF-α by ELISA.",
            ("h", "Statistical Analysis"),
            ("SPSS 25.0 was used. Data are given as mean and standard deviation. Kruskal–Wallis and Mann–Whitney U "
            "tests were used; p < 0.05 was accepted as significant."),
        ]),
        ("results", "RESULTS", [
            ("TEM showed vesicles with a round, cup-shaped morphology. The {{size_nm|mean size was 138.6 nm}} "
            "by NTA (mode 117.2 nm). CD63, CD81 and HSP70 were positive."),
            ("BBB scores were similar in all trauma groups on day 1 (Table I). The Trauma + Exo group had "
            "significantly higher scores than the Trauma and Trauma + Saline groups on days 14 and 21 "
            "(p < 0.05). On postoperative day 28 the difference persisted, and MDA and TNF-α were lower in "
            "the exosome group (Table II)."),
            ("table", "Table I", "BBB scores of the groups on days 1–21.",
             qspec(_BBB5, foot="All groups n = 8.")),
            ("table", "Table II", "BBB scores, tissue MDA and TNF-α on postoperative day 28 (mean ± SD).",
             qspec(_DAY28, foot="*p < 0.05 vs. Trauma and Trauma + Saline groups.")),
            ("These findings point to a {{mechanism|reduction of oxidative stress and TNF-α}} as a possible "
            "mechanism."),
        ]),
        ("discussion", "DISCUSSION", [
            ("Daily intraperitoneal exosomes improved BBB scores by about three points at four weeks. Studies "
            "using a single intravenous dose of 200 µg reported a similar gain [5]. MDA, an end product of "
            "lipid peroxidation, fell by about 35%."),
            ("The limitations of our study are the small sample size, the single dose level and the lack of "
            "tracking of the exosomes after intraperitoneal injection."),
        ]),
    ],
    back=[("Conflict of Interest", ("{{reported_conflict_of_interest|The authors declare no conflict of "
                                   "interest.}}")),
          ("Funding", ("This study was supported by the Synthetic University Scientific Research Projects Unit "
                      "(TSA-2021-118)."))],
    references=[POOL[0], POOL[1], POOL[2], POOL[3], POOL[4], POOL[5], POOL[6], POOL[7], POOL[8], POOL[9],
                POOL[10]],
    scores=_S5,
)

# ------------------------------------------------------------------ 6. Canada, accepted manuscript
# n inside each cell because it varies ("n = 9–10 per group" in the methods: no n_per_group);
# days across; BBB subscore rows under the BBB rows in the same table; "mean (SEM)" in text;
# TFF + SEC; two doses (3 h and 24 h) through a jugular catheter; particle dose with a protein aside.

_D6 = [1, 3, 7, 14, 28, 42, 56]
_S6 = Scores(
    outcome="BBB", err="sem",
    groups=[("Sham", "sham", 6), ("Vehicle", "control", 10), ("sEV", "treatment", 10)],
    values={
        "Sham": _vals(_D6, [(21.0, 0.0)] * 7),
        "Vehicle": _vals(_D6, [(0.5, 0.2), (1.8, 0.4), (4.1, 0.5), (6.7, 0.6), (8.2, 0.5), (8.8, 0.6),
                               (9.1, 0.6)]),
        "sEV": _vals(_D6, [(0.6, 0.2), (2.4, 0.4), (5.3, 0.5), (8.6, 0.5), (10.4, 0.6), (11.2, 0.5),
                           (11.6, 0.6)]),
    },
)
_N6 = {"Vehicle": {1: 10, 3: 10, 7: 10, 14: 9, 28: 9, 42: 9, 56: 9}, "sEV": {d: 10 for d in _D6}}

_BBB6 = QTable(
    head=[["Outcome / group", *[f"{d:g} dpi" for d in _D6]]],
    body=[["<b>BBB score</b>", *[""] * 7]]
    + [[g, *[V(g, d, suffix=f" ({_N6[g][d] if g in _N6 else 6})", n=_N6[g][d] if g in _N6 else 6,
               mark="*" if g == "sEV" and d >= 14 else "") for d in _D6]] for g in ("Sham", "Vehicle", "sEV")]
    + [["<b>BBB subscore</b>", *[""] * 7],
       ["Vehicle", "–", "–", "–", "1.2 ± 0.4", "2.9 ± 0.6", "3.6 ± 0.7", "4.0 ± 0.8"],
       ["sEV", "–", "–", "–", "3.1 ± 0.6", "5.8 ± 0.7", "6.9 ± 0.8", "7.4 ± 0.7"]],
    col0=0.19,
)

VACHON = Study(
    stem="vachon2024_hucmsc_sev_tff_jugular_n_in_cells",
    layout="manuscript",
    title="Two early intravenous doses of umbilical cord mesenchymal stromal cell small extracellular vesicles "
          "improve locomotor recovery after thoracic contusion in female rats",
    short_title="Vachon et al. sEV after SCI",
    authors=[("Émilie", "Vachon"), ("Thomas", "Ouellette"), ("Priya", "Raman"), ("Connor", "MacIsaac"),
             ("Geneviève", "Tremblay-Roy")],
    affiliations=["Département de neurosciences, Université synthétique de Laval-Nord, Québec, Canada",
                  "Spinal Cord Research Centre (Synthetic), Winnipeg, Manitoba, Canada"],
    journal="Canadian Journal of Neurorepair (Synthetic)",
    year=2024,
    volume="12:e24-0561",
    doi="10.5555/cjnr.2024.0561",
    pmid="99102106",
    pmcid="PMC9910216",
    received="2024-04-15",
    footnote=FOOTNOTE,
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 250, "high": 280},
        "injury_model": "contusion", "injury_device": "MASCIS impactor", "injury_level": "T10",
        "source_tissue": "umbilical_cord", "source_species": "human", "modification": "none",
        "isolation_method": ["tangential_flow", "size_exclusion"],
        "isolation_detail": "TFF (300 kDa hollow fibre) followed by qEV10/35 nm columns",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD9", "CD63", "CD81", "syntenin-1",
                                                                        "calnexin"],
        "size_nm": {"value": 127.9, "low": None, "high": None, "stat": "median", "method": "NTA"},
        "dose": {"amount": 2.5e10, "unit": "particles", "volume_ul": 500, "basis": "particles"},
        "route": "intravenous", "route_detail": "jugular vein catheter",
        "frequency": {"doses": 2, "interval_h": 21}, "timing_post_injury_h": 3.0,
        "mechanism": "preservation of blood-spinal cord barrier integrity",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[(None,
               ("Small extracellular vesicles (sEVs) from mesenchymal stromal cells are cleared from the "
               "circulation within hours, which may limit single-dose designs. We gave female Sprague-Dawley "
               "rats with a moderate T10 contusion two intravenous doses of human umbilical cord MSC sEVs, at "
               "3 h and 24 h after injury, and followed locomotion for eight weeks. sEV-treated rats reached a "
               "BBB score of {bbb:sEV@56|paren} (mean (SEM)) at 56 days compared with {bbb:Vehicle@56|paren} "
               "after vehicle, and showed less "
               "extravasation of Evans blue at 24 h. Early repeated sEV dosing may protect the blood-spinal "
               "cord barrier."))],
    keywords=["small extracellular vesicles", "mesenchymal stromal cells", "spinal cord injury",
              "blood-spinal cord barrier", "locomotor recovery"],
    sections=[
        ("intro", "Introduction", [
            ("Disruption of the blood-spinal cord barrier within hours of injury allows leukocytes and plasma "
            "proteins into the cord [6]. Extracellular vesicles from mesenchymal stromal cells (MSCs) stabilise "
            "endothelial junctions in vitro [16], and systemically given vesicles home to the injured cord [5]."),
            ("Exosome-sized vesicles (typically 50–150 nm) are removed from blood with a half-life of minutes "
            "to hours [2]. We therefore tested a second dose on the day after injury, and we report outcome "
            "data for every animal at every time point."),
        ]),
        ("methods", "Methods", [
            ("h", "Animals and approvals"),
            ("Procedures {{reported_welfare_compliance|followed the Canadian Council on Animal Care guidelines "
            "and were approved by the institutional Animal Care Committee (protocol 2022-117)}}. "
            "{{species,strain,sex|Female Sprague-Dawley rats}} ({{body_weight_g|250–280 g}}) were housed in "
            "pairs. {{reported_sample_size_calculation|Group sizes were based on a power calculation}} "
            "(difference of 2 BBB points, SD 1.5, α 0.05, power 0.8), which gave 9–10 injured animals per "
            "group; six sham animals served as surgical controls."),
            ("h", "Spinal cord injury"),
            ("Under isoflurane anaesthesia a T9 laminectomy exposed the {{injury_level|T10 spinal segment}}, "
            "and {{injury_model,injury_device|a moderate contusion was produced with the MASCIS impactor}} "
            "(10 g rod, 12.5 mm). Animals with impact velocity or compression outside ±5% of target were "
            "excluded before allocation (n = 2)."),
            ("h", "sEV production"),
            ("{{source_tissue,source_species|Human umbilical cord MSCs}} from a GMP-grade bank were expanded in "
            "a hollow-fibre bioreactor with xeno-free medium. Harvested medium was clarified (2000 × g, "
            "20 min; 0.45 µm filtration) and processed by {{isolation_method|tangential flow filtration and "
            "size-exclusion chromatography}}: {{isolation_detail|TFF (300 kDa hollow fibre) followed by "
            "qEV10/35 nm columns}}. sEV-rich fractions were pooled and concentrated on 10 kDa spin filters. "
            "No loading or preconditioning was applied ({{modification|native sEVs}})."),
            ("h", "sEV characterisation"),
            ("Particles were characterised by {{characterization|NTA (ZetaView PMX-120), TEM and western "
            "blotting}} for {{markers|CD9, CD63, CD81 and syntenin-1, and the absence of calnexin}}."),
            ("h", "Randomisation, blinding and dosing"),
            ("After injury, {{reported_randomisation|rats were allocated to vehicle or sEV by block "
            "randomisation}} (sealed envelopes opened by a technician). {{dose|Each dose contained 2.5 × 10^10 "
            "particles (approximately 40 µg protein) in 500 µl}} saline and was infused {{route,route_detail|"
            "through a jugular vein catheter}} {{timing_post_injury_h|3 h after injury}} "
            "{{frequency|with a second, identical dose at 24 h}}. Vehicle rats received saline."),
            ("h", "Behaviour"),
            ("BBB scoring and the BBB subscore were done at 1, 3, 7, 14, 28, 42 and 56 dpi "
            "{{reported_blinded_assessment|by two raters blinded to treatment}}; disagreements were resolved "
            "by consensus."),
            ("h", "Statistics"),
            ("Mixed-effects models with Holm-Šidák comparisons (Prism 10). Data are mean (SEM); n per time point "
            "is reported with each value."),
        ]),
        ("results", "Results", [
            ("h", "sEV characteristics"),
            ("sEVs had a {{size_nm|median diameter (X50) of 127.9 nm}} by ZetaView, 3.1 × 10^9 particles per µg "
            "protein, and carried CD9, CD63, CD81 and syntenin-1; calnexin was not detected."),
            ("h", "Locomotor recovery"),
            ("One vehicle rat reached humane endpoint on day 10 (autophagia) and was removed; its earlier scores "
            "are retained. sEV-treated rats scored higher from 14 dpi onwards (Table 1). At 28 dpi the BBB "
            "score was {bbb:sEV@28|paren} after sEV and {bbb:Vehicle@28|paren} after vehicle. Subscores, "
            "reported only for rats with frequent stepping, followed the same pattern."),
            ("table", "Table 1", "BBB scores and BBB subscores by days post-injury (dpi).",
             qspec(_BBB6, foot="Mean ± SEM (n). *P < 0.05 vs. Vehicle (mixed-effects model, Holm-Šidák). "
                   "Subscores (0–13) are given from 14 dpi.")),
            ("h", "Barrier permeability"),
            ("At 24 h, Evans blue extravasation was 41% lower in sEV-treated cords, consistent with "
            "{{mechanism|preservation of blood-spinal cord barrier integrity}}."),
        ]),
        ("discussion", "Discussion", [
            ("Two early sEV doses improved BBB scores by about 2.5 points at eight weeks. A single dose of "
            "1 × 10^10 particles gave smaller effects in earlier work [5,11], but designs and injuries differed."),
            "Limitations: only females, no single-dose arm and no biodistribution of the second dose.",
        ]),
    ],
    back=[("Competing interests", ("{{reported_conflict_of_interest|The authors have no competing interests "
                                  "to declare.}}")),
          ("Data availability", "Individual animal scores are available from the corresponding author.")],
    references=[POOL[0], POOL[1], POOL[2], POOL[3], POOL[4], POOL[5], POOL[6], POOL[7], POOL[8], POOL[9],
                POOL[10], POOL[11], POOL[12], POOL[13], POOL[14], POOL[15]],
    scores=_S6,
)
VACHON.n_at = {("Vehicle", d): 9 for d in (14, 28, 42, 56)}  # type: ignore[attr-defined]

STUDIES = [POLAT, VACHON]
