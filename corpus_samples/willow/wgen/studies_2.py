"""Willow studies 4-6 (everything invented)."""

from __future__ import annotations

from extgen.common import FOOTNOTE, GMU, MU, NB, POOL, TH
from extgen.model import Study

from wgen.helpers import S, no_plot, plot_scores, series
from wgen.scores import WScores

# ---------------------------------------------------------------------------
# 4. Vo 2023 (bulletin layout): miR-338-5p exosomes vs scrambled-mimic exosomes vs native
#    exosomes vs PBS; "(SD)" cells; D1...D28 columns; a day-28 table repeating BBB beside the
#    BBB subscore and paw withdrawal threshold.
# ---------------------------------------------------------------------------
D4 = [1, 7, 14, 28]
VO = WScores("BBB", "sd", {
    "sham": ("Sham", "sham", 7), "pbs": ("PBS", "control", 7), "scr": ("scr-Exo", "other", 7),
    "exo": ("Exo", "other", 7), "mir": ("miR-Exo", "treatment", 7),
}, {
    "sham": series(D4, [(20.4, 0.5), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)]),
    "pbs": series(D4, [(0.7, 0.5), (2.9, 0.9), (4.6, 1.1), (6.8, 1.2)]),
    "scr": series(D4, [(0.6, 0.5), (3.3, 1.0), (5.4, 1.2), (7.9, 1.3)]),
    "exo": series(D4, [(0.7, 0.4), (3.6, 0.9), (6.0, 1.1), (9.2, 1.2)]),
    "mir": series(D4, [(0.8, 0.5), (4.4, 1.0), (7.8, 1.2), (12.1, 1.4)]),
})
SUB = {"sham": "13.0 (0.0)", "pbs": "1.4 (0.9)", "scr": "2.0 (1.1)", "exo": "3.9 (1.3)", "mir": "6.6 (1.5)"}
PWT = {"sham": "14.2 (1.6)", "pbs": "6.1 (1.4)", "scr": "6.5 (1.5)", "exo": "8.3 (1.7)", "mir": "10.4 (1.8)"}
VO_LABELS = [("sham", "Sham"), ("pbs", "PBS"), ("scr", "scr-Exo"), ("exo", "Exo"), ("mir", "miR-Exo")]


def _vo_time_rows() -> list[list]:
    rows = []
    for key, label in VO_LABELS:
        marks = {14: "a" if key == "mir" else "", 28: "ab" if key == "mir" else ("a" if key == "exo" else "")}
        rows.append([label] + [S(key, d, "paren", marks.get(d, "")) for d in D4])
    return rows


VO_STUDY = Study(
    stem="vo2023_hbmsc_exo_mir338_scrambled_bulletin",
    layout="bulletin",
    title="Exosomes from miR-338-5p-overexpressing human bone marrow mesenchymal stem cells promote functional recovery after spinal cord compression injury in rats",
    short_title="Vo et al.",
    authors=[("Thi Minh Thu", "Vo"), ("Quang Huy", "Nguyen"), ("Thanh Tam", "Pham"), ("Van Long", "Tran"), ("Hoang Anh", "Le")],
    affiliations=["Department of Histology and Embryology, Central Highlands Medical University, Vietnam",
                  "Stem Cell Laboratory, Institute for Biomedical Research of the South, Vietnam"],
    journal="Vietnam Bulletin of Biomedical Sciences",
    year=2023,
    volume="Vol. 31, No. 4, pp. 45–58",
    doi="10.5555/vbbs.2023.31.4.45",
    pmid="99100304",
    pmcid="PMC9910304",
    received="2023-01-11",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 240, "high": 280},
        "n_per_group": 7, "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T10",
        "source_tissue": "bone_marrow", "source_species": "human", "modification": "miR-338-5p overexpression",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "ExoQuick-TC",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "CD81", "TSG101", "GM130"],
        "size_nm": {"value": 96.4, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 150, "unit": "ug", "volume_ul": 150, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein", "frequency": {"doses": 1, "interval_h": None},
        "timing_post_injury_h": 0.5, "mechanism": "PTEN suppression and PI3K/AKT activation",
        "reported_randomisation": True, "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Objective", "We studied whether overexpression of miR-338-5p increases the effect of human bone marrow MSC exosomes on recovery after spinal cord injury (SCI)."),
        ("Method", "Rats with clip compression SCI received miR-338-5p exosomes (miR-Exo), exosomes of cells transfected with a scrambled sequence (scr-Exo), native exosomes (Exo) or PBS through the caudal vein."),
        ("Result", "At day 28, BBB score of miR-Exo group was {w:mir@28|paren}, higher than Exo {w:exo@28|paren} and scr-Exo {w:scr@28|paren}."),
    ],
    keywords=["miR-338-5p", "exosome", "spinal cord injury", "PTEN", "rat"],
    sections=[
        ("intro", "Introduction", [
            "Spinal cord injury (SCI) is a serious disease with high disability rate [1]. Exosome is small vesicle, 40–160" + NB + "nm in diameter, that transfers microRNA between cells [2,5]. miR-338-5p was reported to reduce PTEN expression in neurons [5]. However, the effect of exosome carrying more miR-338-5p on SCI has not been reported.",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Experimental animals"),
            "{{species,strain,sex|Male Sprague-Dawley rats}}, 8 weeks old, {{body_weight_g|weight 240–280 g}} were purchased from the university animal center. Experiments were done according to the guidelines of the Animal Ethics Council of Central Highlands Medical University (approval No. 2022/AE-17). Thirty-five rats were {{reported_randomisation|randomly allocated to 5 groups}}: Sham, PBS, scr-Exo, Exo and miR-Exo ({{n_per_group|7 rats/group}}).",
            ("h", "SCI model"),
            "After anesthesia, laminectomy was made at {{injury_level|T10}}. {{injury_model,injury_device|The spinal cord was compressed by an aneurysm clip (30 g closing force) for 1 min}}. In Sham group, only laminectomy was done.",
            ("h", "Cell transfection and exosome isolation"),
            "{{source_tissue,source_species|Human bone marrow MSCs (hBMSCs)}} were bought from a commercial bank and used at passage 4. {{modification|hBMSCs were transfected with lentivirus overexpressing miR-338-5p}} or with a scrambled negative-control sequence (scr). After 48 h in serum-free medium, supernatant was collected and {{isolation_method,isolation_detail|exosomes were isolated by ExoQuick-TC reagent}} (System Biosciences) following manufacturer protocol. Protein concentration was measured by BCA.",
            "Exosomes were identified by {{characterization|TEM}}, {{characterization|NTA (ZetaView)}} and {{characterization,markers|western blot of CD63, CD81, TSG101 and GM130}} (negative).",
            ("h", "Exosome treatment"),
            "At {{timing_post_injury_h|30 min after operation}}, rats received {{dose|150" + NB + GMU + "g exosomes dissolved in 150" + NB + GMU + "L PBS}} {{route,route_detail|via the caudal vein}} ({{frequency|one time}}). PBS group received PBS only.",
            ("h", "Behavior evaluation"),
            "BBB score and BBB subscore (0–13, paw position, toe clearance, trunk stability, tail) were evaluated on D1, D7, D14 and D28. Paw withdrawal threshold (PWT, g) was measured with von Frey filaments on D28. Data are mean (SD). One-way ANOVA with LSD test was used.",
        ]),
        ("results", "Results", [
            ("h", "Identification of exosomes"),
            "Exosomes had typical cup shape. {{size_nm|The average size measured by NTA was 96.4 nm}}. miR-338-5p level in miR-Exo was 6.2 times higher than in scr-Exo.",
            ("h", "Motor function"),
            "On D1, all injured rats had BBB score under 1 (Table 1). From D14, miR-Exo group recovered faster than other groups. On D28, BBB of miR-Exo rats reached {w:mir@28|paren}, while PBS group was only {w:pbs@28|paren}.",
            ("table", "Table 1", "BBB score of rats in each group at different time, mean (SD), n = 7.", {
                "grid": {"head": [["Group", "D1", "D7", "D14", "D28"]], "rows": _vo_time_rows(), "box": True,
                         "shrink": 0.6},
                "foot": "a p < 0.05 vs PBS; b p < 0.05 vs Exo.",
            }),
            "The BBB subscore and PWT at D28 showed the same order of groups (Table 2).",
            ("table", "Table 2", "Motor and sensory evaluation on D28, mean (SD).", {
                "grid": {"head": [["Group", "BBB", "Subscore", "PWT (g)"]],
                         "rows": [[label, S(key, 28, "paren"), SUB[key], PWT[key]] for key, label in VO_LABELS],
                         "box": True, "shrink": 0.6},
            }),
        ]),
        ("discussion", "Discussion", [
            "Our result show that exosome with high miR-338-5p give better recovery than native exosome. Exosome of scrambled transfected cells gave similar result as PBS, so the transfection itself has no effect. Mechanism may be {{mechanism|PTEN suppression and PI3K/AKT activation}}, which we observed by western blot. In other study, 200" + NB + MU + "g exosome was used [4].",
            "Limitation: only male rats, short follow-up, and no blinded assessment.",
        ]),
    ],
    references=[POOL[i] for i in (0, 1, 4, 6, 14)],
    scores=no_plot(VO),
    back=[("Ethical approval", "{{reported_welfare_compliance|Animal Ethics Council of Central Highlands Medical University approved all procedures (No. 2022/AE-17).}}"),
          ("Conflict of interest", "{{reported_conflict_of_interest|The authors declare no conflict of interest.}}")],
    notes=["BBB subscore and PWT values are not BBB rows. scr-Exo (scrambled-transfected cells' exosomes) is an 'other' arm (project convention for negative-control vesicles); native Exo is 'other'."],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------
# 5. Wambui 2024 (single): intrathecal every third day x3, BBB in a table beside von Frey
#    and body weight (parameter blocks), "1 wk post-SCI" in text, figure legend numbers.
# ---------------------------------------------------------------------------
D5 = [7, 14, 28]
WAM = WScores("BBB", "sd", {
    "sham": ("Sham", "sham", 6), "pbs": ("SCI+PBS", "control", 6), "wj": ("SCI+WJ-Exo", "treatment", 6),
}, {
    "sham": series(D5, [(21.0, 0.0), (21.0, 0.0), (21.0, 0.0)]),
    "pbs": series(D5 + [21], [(2.2, 0.8), (4.6, 1.0), (7.2, 0.9), (6.1, 1.0)]),
    "wj": series(D5 + [21], [(3.1, 0.9), (6.4, 1.1), (10.6, 1.0), (8.9, 1.2)]),
})
VF = {"sham": ["15.1 ± 1.2", "15.0 ± 1.4", "15.3 ± 1.1"], "pbs": ["5.2 ± 1.0", "6.0 ± 1.3", "7.4 ± 1.5"],
      "wj": ["6.1 ± 1.1", "8.2 ± 1.2", "10.9 ± 1.4"]}
BW = {"sham": ["221 ± 8", "229 ± 9", "241 ± 9"], "pbs": ["196 ± 11", "204 ± 10", "219 ± 12"],
      "wj": ["199 ± 9", "210 ± 10", "226 ± 11"]}


def _wam_rows() -> list[list]:
    rows = []
    for measure, data in (("BBB score", None), ("Von Frey threshold (g)", VF), ("Body weight (g)", BW)):
        for i, (key, label) in enumerate((("sham", "Sham"), ("pbs", "SCI+PBS"), ("wj", "SCI+WJ-Exo"))):
            first = measure if i == 0 else ""
            if data is None:
                rows.append([first, label] + [S(key, d, "pm", "*" if key == "wj" and d >= 14 else "") for d in D5])
            else:
                rows.append([first, label] + data[key])
    return rows


WAMBUI = Study(
    stem="wambui2024_wjmsc_exo_intrathecal_q3d_vonfrey",
    layout="single",
    title="Repeated intrathecal delivery of Wharton's jelly mesenchymal stem cell exosomes improves locomotion and mechanical sensitivity after thoracic contusion in female rats",
    short_title="Wambui et al. · intrathecal WJ-MSC exosomes",
    authors=[("Grace Njeri", "Wambui"), ("Otieno", "Ochieng"), ("Faith", "Chebet"), ("Samuel K.", "Mutua"), ("Amina", "Hassan Abdi")],
    affiliations=["Department of Medical Physiology, Rift Valley School of Medicine, Nakuru, Kenya",
                  "East African Centre for Regenerative Research, Nairobi, Kenya"],
    journal="East African Journal of Neuroscience Research",
    year=2024,
    volume="6(1):33–47",
    doi="10.5555/eajnr.2024.006.0033",
    pmid="99100305",
    pmcid="PMC9910305",
    received="2023-09-28",
    values={
        "species": "rat", "strain": "Wistar", "sex": "female", "body_weight_g": {"low": 200, "high": 230},
        "n_per_group": 6, "injury_model": "contusion", "injury_device": "MASCIS impactor", "injury_level": "T10",
        "source_tissue": "wharton_jelly", "source_species": "human",
        "isolation_method": ["tangential_flow", "ultracentrifugation"], "isolation_detail": "120,000 g 90 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 128.0, "low": None, "high": None, "stat": "median", "method": "NTA"},
        "dose": {"amount": 20, "unit": "ug", "volume_ul": 10, "basis": "protein"},
        "route": "intrathecal", "route_detail": "lumbar puncture", "frequency": {"doses": 3, "interval_h": 72},
        "timing_post_injury_h": 24.0, "mechanism": "reduced microglial activation and neuroinflammation",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Intrathecal delivery places exosomes close to the injured cord but usually needs repeated injections. Female Wistar rats with a MASCIS contusion at T10 received 20" + NB + MU + "g of Wharton's jelly MSC exosomes (WJ-Exo) or PBS by lumbar puncture every third day, three times, starting 24 h after injury. WJ-Exo improved BBB scores from the second week and raised the von Frey threshold. At 28 dpi, WJ-Exo rats scored {w:wj@28} on the BBB scale versus {w:pbs@28} after PBS."),
    ],
    keywords=["Wharton's jelly", "exosomes", "intrathecal", "spinal cord injury", "neuropathic pain"],
    sections=[
        ("intro", "Introduction", [
            "In sub-Saharan Africa, road traffic accidents are the leading cause of spinal cord injury and most patients are young [1]. Treatments that could be produced locally are needed. Mesenchymal stem cells from Wharton's jelly are abundant and their exosomes, nanovesicles of roughly 30–150" + NB + "nm, modulate inflammation [2,7].",
            "Intravenous exosomes are largely trapped in the liver and lungs [5]; intrathecal injection bypasses this but has rarely been repeated [8]. Here we tested three intrathecal injections and measured both locomotion and mechanical sensitivity.",
        ]),
        ("methods", "Methods", [
            ("h", "Ethical approval and animals"),
            "The Rift Valley School of Medicine Institutional Animal Care and Use Committee approved the protocol (RVSM/IACUC/2022/014). {{species,strain,sex|Female Wistar rats}} ({{body_weight_g|200–230 g}}) were housed in groups of three under a 12-h light cycle. Rats were {{reported_randomisation|assigned to groups by drawing sealed lots}} ({{n_per_group|n = 6 per group}}): Sham, SCI+PBS and SCI+WJ-Exo.",
            ("h", "Contusion injury"),
            "A laminectomy was performed at the {{injury_level|T10 vertebral level}} under ketamine–xylazine anaesthesia, and {{injury_model,injury_device|a moderate contusion was produced with the MASCIS impactor}} (10 g × 12.5 mm).",
            ("h", "Exosome preparation"),
            "{{source_tissue,source_species|Human Wharton's jelly MSCs (WJ-MSCs)}} were obtained from cords donated after caesarean delivery with written consent. Conditioned medium (72 h, serum-free) was clarified, {{isolation_method|concentrated by tangential flow filtration (300 kDa)}} and {{isolation_method,isolation_detail|ultracentrifuged at 120" + TH + "000 × g for 90 min}}. Exosomes were examined by {{characterization|TEM}} and {{characterization|NTA}}, and {{characterization,markers|western blot confirmed CD9, CD63 and TSG101 with no calnexin}}.",
            ("h", "Intrathecal injections"),
            "Under brief isoflurane anaesthesia, {{dose|20" + NB + MU + "g of exosomes in 10" + NB + MU + "l PBS}} were injected {{route,route_detail|intrathecally by lumbar puncture}} between L5 and L6; a tail flick confirmed entry. {{frequency,timing_post_injury_h|Injections were given at 24 h after injury and then every third day for a total of three doses}}. Controls received 10" + NB + MU + "l PBS on the same schedule.",
            ("h", "Outcomes"),
            "BBB scores were recorded at 1, 2, 3 and 4 weeks by {{reported_blinded_assessment|two raters who did not know the treatment}}. Mechanical threshold was measured with von Frey filaments (up–down method). Values are mean ± SD; two-way ANOVA with Sidak's test.",
        ]),
        ("results", "Results", [
            "WJ-Exo appeared as cup-shaped vesicles, and {{size_nm|the median particle size by NTA was 128 nm}}.",
            "At 1 wk post-SCI, BBB scores were low in both injured groups ({w:pbs@7} with PBS and {w:wj@7} with WJ-Exo; Table 1). The difference became significant at 2 wk and increased until 4 wk. WJ-Exo also raised the von Frey threshold, whereas body weight did not differ.",
            ("table", "Table 1", "Locomotor, sensory and body-weight outcomes (mean ± SD; n = 6 rats per group).", {
                "grid": {"head": [["Parameter", "Group", "7 dpi", "14 dpi", "28 dpi"]], "rows": _wam_rows()},
                "foot": "*P < 0.05 compared with SCI+PBS.",
            }),
            ("figure", "Figure 2", "Time course of BBB scores. At 21 dpi, SCI+WJ-Exo rats scored {w:wj@21} and SCI+PBS rats {w:pbs@21} (mean ± SD, n = 6).",
             {"days": [7, 14, 21, 28], "groups": ["SCI+PBS", "SCI+WJ-Exo"], "x": "weeks"}),
        ]),
        ("discussion", "Discussion", [
            "Three intrathecal doses of 20" + NB + MU + "g improved locomotion as much as intravenous doses ten times larger in earlier reports [5]. The parallel rise of the withdrawal threshold suggests {{mechanism|reduced microglial activation and neuroinflammation}} in the dorsal horn.",
            "We did not compare single and repeated injections; this and the small groups limit the conclusions.",
        ]),
    ],
    references=[POOL[i] for i in (0, 1, 3, 4, 6, 7, 12)],
    scores=plot_scores(WAM, ["pbs", "wj"]),
    back=[("Ethics", "{{reported_welfare_compliance|The Institutional Animal Care and Use Committee approved the protocol (RVSM/IACUC/2022/014).}}"),
          ("Declaration of interests", "{{reported_conflict_of_interest|The authors declare no competing interests.}}")],
    notes=["Figure 2 plots BBB over time; its points repeat values given in Table 1 and the legend, so it adds no rows. The legend numbers (21 dpi) are text rows."],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------
# 6. Yoshikawa 2019 (twocol): GDNF-overexpressing exosomes vs empty-vector exosomes, delayed
#    weekly dosing from day 7, hemisection; days down the side, n in the group headers, SEM.
# ---------------------------------------------------------------------------
D6 = [1, 3, 7, 14, 21, 28, 35]
YOS = WScores("BBB", "sem", {
    "sham": ("Sham", "sham", 6), "pbs": ("PBS", "control", 8), "ev": ("EV-Exo", "other", 8),
    "gd": ("GDNF-Exo", "treatment", 8),
}, {
    "sham": series(D6, [(20.5, 0.2), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)]),
    "pbs": series(D6, [(4.1, 0.5), (6.2, 0.6), (8.3, 0.6), (10.1, 0.7), (11.0, 0.6), (11.6, 0.7), (11.9, 0.7)]),
    "ev": series(D6, [(4.0, 0.6), (6.0, 0.5), (8.5, 0.7), (10.4, 0.6), (11.5, 0.7), (12.1, 0.6), (12.4, 0.7)]),
    "gd": series(D6, [(4.2, 0.5), (6.3, 0.6), (8.4, 0.6), (11.6, 0.6), (13.4, 0.6), (14.6, 0.5), (15.3, 0.6)]),
})


def _yos_rows() -> list[list]:
    rows = []
    for d in D6:
        mark = "*" if d >= 21 else ""
        rows.append([f"{d} d", S("sham", d), S("pbs", d), S("ev", d), S("gd", d, "pm", mark)])
    return rows


YOSHIKAWA = Study(
    stem="yoshikawa2019_rbmsc_exo_gdnf_emptyvector_delayed",
    layout="twocol",
    title="Delayed weekly administration of exosomes derived from GDNF-overexpressing rat bone marrow stromal cells improves hindlimb function after spinal cord hemisection",
    short_title="Yoshikawa et al.",
    authors=[("Haruka", "Yoshikawa"), ("Kenji", "Morimoto"), ("Sayaka", "Ishibashi"), ("Daisuke", "Kanno"), ("Takeshi", "Hamada")],
    affiliations=["Department of Orthopaedic Surgery, Kitakami Medical College, Japan",
                  "Division of Neural Regeneration, Seto Institute for Life Sciences, Japan"],
    journal="Journal of Spine and Neural Regeneration Research",
    year=2019,
    volume="12(5):301–314",
    doi="10.5555/jsnrr.2019.12.301",
    pmid="99100306",
    pmcid="PMC9910306",
    received="2018-11-30",
    values={
        "species": "rat", "strain": "Long-Evans", "sex": "female", "body_weight_g": {"low": 220, "high": 250},
        "n_per_group": 8, "injury_model": "hemisection", "injury_level": "T9",
        "source_tissue": "bone_marrow", "source_species": "rat", "modification": "GDNF overexpression",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 g 70 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "Alix", "calnexin"],
        "size_nm": {"value": 112.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 2, "unit": "mg_per_kg", "volume_ul": 500, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein", "frequency": {"doses": 4, "interval_h": 168},
        "timing_post_injury_h": 168.0, "mechanism": "GDNF-mediated axonal sprouting",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Most exosome studies treat spinal cord injury within hours. We asked whether exosomes engineered to carry glial cell line-derived neurotrophic factor (GDNF) help when started one week after a thoracic hemisection. Exosomes from GDNF-overexpressing rat BMSCs (GDNF-Exo), from BMSCs transduced with an empty vector (EV-Exo) or PBS were injected into the tail vein weekly for four weeks from day 7. At 5 weeks, the ipsilateral BBB score was {w:gd@35} with GDNF-Exo, {w:ev@35} with EV-Exo and {w:pbs@35} with PBS."),
    ],
    keywords=["GDNF", "exosome", "hemisection", "delayed treatment", "BBB score"],
    sections=[
        ("intro", "Introduction", [
            "Patients with spinal cord injury rarely reach a specialised centre within hours, yet most preclinical exosome studies inject the vesicles immediately or within a day [11]. Whether exosomes help in the subacute phase is unclear.",
            "Glial cell line-derived neurotrophic factor (GDNF) supports axonal sprouting [16]. We engineered rat bone marrow stromal cells (BMSCs) to overexpress GDNF and tested their exosomes in a delayed, repeated schedule.",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Animals"),
            "All experiments were approved by the Animal Experiment Committee of Kitakami Medical College (No. 18-042) and performed in accordance with the institutional guidelines. {{species,strain,sex|Female Long-Evans rats}} ({{body_weight_g|220–250 g}}) were used.",
            ("h", "Spinal cord hemisection"),
            "After laminectomy at {{injury_level|T9}}, {{injury_model|a left lateral hemisection}} was made with microscissors and confirmed under the microscope. Sham rats had laminectomy alone.",
            ("h", "Lentiviral transduction and exosome isolation"),
            "{{source_tissue,source_species|BMSCs were harvested from the femurs of adult Long-Evans rats}}. {{modification|BMSCs were transduced with a lentivirus encoding rat GDNF}} or with the empty vector. Exosomes were isolated from 48-h serum-free medium by sequential centrifugation (300 × <i>g</i>, 2" + TH + "000 × <i>g</i>, 10" + TH + "000 × <i>g</i>) and {{isolation_method,isolation_detail|ultracentrifugation at 100" + TH + "000 × <i>g</i> for 70 min}}, washed once and resuspended in PBS.",
            "{{characterization|Transmission electron microscopy}}, {{characterization|nanoparticle tracking analysis}} and {{characterization,markers|immunoblotting for CD9, CD63, Alix and calnexin}} were performed. GDNF in the exosomes was measured by ELISA.",
            ("h", "Treatment"),
            "Injured rats were {{reported_randomisation|randomized into three groups}} ({{n_per_group|n = 8 each}}): PBS, EV-Exo and GDNF-Exo; Sham rats (n = 6) served as reference. Rats received {{dose|2 mg/kg of exosomes (protein) in 0.5 mL PBS}} {{route,route_detail|via the tail vein}}, {{frequency|once a week for 4 weeks}}, {{timing_post_injury_h|beginning 7 days after injury}}.",
            ("h", "Behavioural analysis"),
            "Because hemisection affects mainly the ipsilateral hindlimb, the left hindlimb was scored on the BBB scale at 1, 3, 7, 14, 21, 28 and 35 days by {{reported_blinded_assessment|an examiner blinded to treatment}}. Data are mean ± SEM. Two-way ANOVA followed by Tukey's test was applied.",
        ]),
        ("results", "Results", [
            "{{size_nm|NTA showed a peak size of 112 nm}}; GDNF-Exo contained 38 pg GDNF per µg protein, EV-Exo none detectable.",
            "Because treatment started on day 7, the three injured groups had identical scores until the first injection (Table 1). GDNF-Exo rats diverged from day 21 onward; at 4 weeks after injury their score was {w:gd@28} compared with {w:ev@28} for EV-Exo. PBS and EV-Exo did not differ at any time.",
            ("table", "Table 1", "Ipsilateral BBB scores (mean ± SEM).", {
                "grid": {"head": [["Day", "Sham\n(n = 6)", "PBS\n(n = 8)", "EV-Exo\n(n = 8)", "GDNF-Exo\n(n = 8)"]],
                         "rows": _yos_rows(), "shrink": 0.3},
                "foot": "*P < 0.05 vs PBS and EV-Exo.",
            }),
        ]),
        ("discussion", "Discussion", [
            "Delayed exosome therapy was effective only when the vesicles carried GDNF; empty-vector exosomes behaved like PBS. The effect likely reflects {{mechanism|GDNF-mediated axonal sprouting}}, since we found more 5-HT fibres caudal to the lesion. Earlier acute studies used 100–200 µg per rat [5]; our weight-based dose corresponds to about 0.5 mg per rat.",
            "Hemisection is not the most common human injury, and contusion should be studied next.",
        ]),
    ],
    references=[POOL[i] for i in (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)],
    scores=no_plot(YOS),
    back=[("Ethics", "{{reported_welfare_compliance|Approved by the Animal Experiment Committee of Kitakami Medical College (No. 18-042).}}"),
          ("Conflict of interest", "{{reported_conflict_of_interest|The authors declare no competing interests.}}")],
    notes=["BBB is scored for the ipsilateral hindlimb only. No injury device (microscissors hemisection)."],
    footnote=FOOTNOTE,
)

STUDIES = [(VO_STUDY, VO), (WAMBUI, WAM), (YOSHIKAWA, YOS)]
