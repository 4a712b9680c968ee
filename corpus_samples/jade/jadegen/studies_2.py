"""Jade studies 4-6: a long-format table (external ``twocol``), then jade's own ``wide`` and
``manuscript`` layouts (spanning, landscape and split tables). Everything here is invented."""

from __future__ import annotations

from extgen.common import FOOTNOTE, GMU, MU, NB, POOL
from extgen.model import Scores, Study

from jadegen.grid import Grid, Score, pm, spec

# ---------------------------------------------------------------------------------------------
# 4. Ekdahl 2023: long format (Group | Day | BBB | SD | n), the group named on its first row
#    only, n falling over time; native exosomes beside miR-modified ones.
# ---------------------------------------------------------------------------------------------

K_DAYS = [1.0, 7.0, 14.0, 21.0, 28.0]
K_BBB = {
    "SCI": [(1.1, 0.7), (3.0, 1.0), (4.9, 1.2), (6.1, 1.3), (6.8, 1.4)],
    "SCI + Exo": [(1.2, 0.8), (3.9, 1.1), (6.2, 1.3), (7.6, 1.4), (8.5, 1.5)],
    "SCI + Exo-miR-124": [(1.3, 0.8), (4.8, 1.2), (7.9, 1.4), (9.7, 1.5), (10.8, 1.5)],
}
K_N = {"SCI": [10, 10, 10, 9, 9], "SCI + Exo": [10, 10, 10, 10, 10], "SCI + Exo-miR-124": [10, 10, 10, 10, 9]}
K_ARMS = {"SCI": "control", "SCI + Exo": "other", "SCI + Exo-miR-124": "treatment"}


def _ekd_grid() -> Grid:
    head = [["Group", "Day", "BBB", "SD", "n"]]
    body, scores = [], []
    for g, vals in K_BBB.items():
        for i, (d, (m, e)) in enumerate(zip(K_DAYS, vals)):
            scores.append(Score("BBB", g, K_ARMS[g], d, m, e, "sd", K_N[g][i], f"{m:.1f}", len(body)))
            body.append([g if i == 0 else "", f"{d:g}", f"{m:.1f}", f"{e:.1f}", str(K_N[g][i])])
    return Grid(head=head, body=body, scores=scores, font=7.5)


EKDAHL = Study(
    stem="ekdahl2023_hdpsc_mir124_exo_longtable_intrathecal",
    layout="twocol",
    title="MicroRNA-124-enriched exosomes from dental pulp stem cells delivered intrathecally after clip compression of the rat spinal cord",
    short_title="Ekdahl et al.",
    authors=[("Sofia", "Ekdahl"), ("Hamid", "Rezaei"), ("Ingrid", "Lövgren"), ("Tuan", "Nguyen"), ("Per", "Ostling")],
    affiliations=["Department of Neurobiology, Invented Karolinska-Style Institute, Uppsala, Sweden",
                  "Oral Stem Cell Laboratory, Fictional Dental School, Gothenburg, Sweden"],
    journal="Scandinavian Journal of Neural Repair",
    year=2023, volume="31:e1187", doi="10.5555/sjnr.2023.1187", pmid="99100344", pmcid="PMC9910344",
    received="2023-01-17",
    values={
        "species": "rat", "strain": "Long-Evans", "sex": "female", "body_weight_g": {"low": 230, "high": 260},
        "n_per_group": 10, "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T8",
        "source_tissue": "dental_pulp", "source_species": "human", "modification": "miR-124 overexpression",
        "isolation_method": ["ultrafiltration", "size_exclusion"], "isolation_detail": "qEVoriginal 70 nm columns",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD63", "CD81", "TSG101", "calnexin"],
        "size_nm": {"value": 118.0, "low": None, "high": None, "stat": "median", "method": "NTA"},
        "dose": {"amount": 50, "unit": "ug", "volume_ul": 10, "basis": "protein"},
        "route": "intrathecal", "route_detail": "lumbar puncture", "frequency": {"doses": 2, "interval_h": 168},
        "timing_post_injury_h": 24.0, "mechanism": "shift of microglia towards an M2 phenotype via miR-124",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "miR-124 is the most abundant microRNA of the adult central nervous system and restrains microglial activation."),
        ("Methods", "Human dental pulp stem cells were transduced to overexpress miR-124, and their exosomes (Exo-miR-124) were compared with native exosomes (Exo) in female rats after 30-g clip compression at T8. Exosomes were injected intrathecally 1 and 8 days after injury."),
        ("Results", "Exo-miR-124 produced the highest BBB scores at every time point from day 7 and the largest fraction of Arg1+ microglia."),
    ],
    keywords=["dental pulp stem cells", "miR-124", "microglia", "compression injury", "intrathecal"],
    sections=[
        ("intro", "Introduction", [
            "After a compressive spinal cord injury, microglia and infiltrating macrophages adopt pro-inflammatory states that amplify tissue loss [7,13]. Pushing them towards a reparative phenotype is one of the aims of vesicle-based treatments.",
            "Exosomes, typically 30–150 nm in size [2], can be loaded with a chosen microRNA by modifying the parent cell. Dental pulp stem cells are easy to obtain from extracted teeth. Intrathecal delivery bypasses first-pass clearance by the liver and spleen [8]; an earlier intrathecal study reported a BBB score of 9.5 at four weeks with 30 µg of native vesicles [11].",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals"),
            "{{species,strain,sex|Female Long-Evans rats}} ({{body_weight_g|230–260 g}}) were used. Approval was granted by the local ethical committee for animal research (Dnr 5.8.18-0931/2022). {{n_per_group,reported_randomisation|Thirty rats were randomised into three groups (n = 10)}} with a random number table. A sham group (laminectomy only, n = 4) was included for histology and is not tabulated.",
            ("h", "Compression injury"),
            "Anaesthesia: isoflurane 2–3% in O<sub>2</sub>. {{injury_level|After laminectomy of T8}}, {{injury_model,injury_device|a modified aneurysm clip (30 g closing force) compressed the cord for 60 s}}.",
            ("h", "Engineering and vesicle isolation"),
            "{{source_tissue,source_species|Human dental pulp stem cells from third molars}} were {{modification|transduced with a lentivirus encoding pre-miR-124 (overexpression)}}; cells transduced with an empty vector gave the native exosomes. {{isolation_method|Conditioned medium was concentrated by 100-kDa ultrafiltration and fractionated by size-exclusion chromatography}} on {{isolation_detail|qEVoriginal 70 nm columns}}, pooling fractions 7–9.",
            "{{characterization|We used NTA (NanoSight LM10), TEM}} and {{characterization,markers|immunoblots for CD63, CD81 and TSG101; calnexin served as a negative control}}. miR-124 content was quantified by RT-qPCR.",
            ("h", "Treatment"),
            f"Under brief isoflurane anaesthesia, {{{{dose|50 {GMU}g exosomes in 10 {GMU}L PBS}}}} were {{{{route,route_detail|injected intrathecally by lumbar puncture}}}} (L5–L6) {{{{timing_post_injury_h,frequency|24 h after injury and again 7 days later}}}}. Controls (SCI) received PBS.",
            ("h", "Outcome assessment"),
            "Hindlimb function was rated on the BBB scale on days 1, 7, 14, 21 and 28 {{reported_blinded_assessment|by an observer blinded to treatment}}. Data are means with SD; groups were compared by repeated-measures ANOVA.",
        ]),
        ("results", "Results", [
            "{{size_nm|Median particle diameter (NTA) was 118 nm}} for both preparations; Exo-miR-124 contained 14-fold more miR-124.",
            "Two rats were lost (one SCI rat on day 16 with bladder infection, one Exo-miR-124 rat on day 24 after autophagia) and were excluded from later time points.",
            ("table", "Table 3", "BBB scores by group and day.",
             spec(_ekd_grid(), foot="SD, standard deviation; n, rats assessed at that time point.")),
            "On day 7 the modified vesicles already gave {bbb:SCI + Exo-miR-124@7}, compared with {bbb:SCI + Exo@7} for native exosomes and {bbb:SCI@7} after PBS.",
            "The proportion of Arg1+ Iba1+ cells at the lesion border was 41% with Exo-miR-124, 28% with Exo and 15% with PBS.",
        ]),
        ("discussion", "Discussion", [
            "{{mechanism|A shift of microglia towards an M2 phenotype, driven by miR-124 delivered in the vesicles,}} fits the histology and the early divergence of scores. In mice, a similar construct raised BMS scores to 5.2 [15], but mouse and rat scales are not directly comparable.",
            "Intrathecal injection by lumbar puncture is less invasive than intraparenchymal delivery but needs anaesthesia each time.",
        ]),
    ],
    references=[POOL[i] for i in (1, 6, 7, 10, 12, 14, 3)],
    scores=Scores("BBB", "sd", [("SCI", "control", 10), ("SCI + Exo", "other", 10),
                                ("SCI + Exo-miR-124", "treatment", 10)],
                  {g: dict(zip(K_DAYS, v)) for g, v in K_BBB.items()}),
    back=[("Ethics", "{{reported_welfare_compliance|The local ethical committee for animal research approved the study, which complied with the ARRIVE guidelines.}}"),
          ("Competing interests", "{{reported_conflict_of_interest|The authors declare that they have no competing interests.}}")],
    footnote=FOOTNOTE,
)


# ---------------------------------------------------------------------------------------------
# 5. Ulusoy 2019 (wide layout): a table spanning both columns, time counted from the first
#    injection (Day 0 = 72 h after injury), Mean ± SEM and n sub-columns, F and P per row,
#    a last row "P (group × time)".
# ---------------------------------------------------------------------------------------------

L_OFFSET = 3.0  # first injection 72 h after injury: table day 0 = day 3 post-injury
L_TDAYS = [0, 3, 7, 14, 21, 28, 42]
L_DAYS = [d + L_OFFSET for d in L_TDAYS]
L_BBB = {
    "Sham": [(20.9, 0.1), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)],
    "SCI + vehicle": [(1.6, 0.3), (2.5, 0.4), (3.7, 0.5), (5.2, 0.6), (6.0, 0.6), (6.6, 0.7), (7.1, 0.7)],
    "SCI + MenSC-Exo": [(1.5, 0.3), (3.1, 0.4), (5.0, 0.5), (7.4, 0.6), (8.9, 0.6), (9.9, 0.7), (10.6, 0.7)],
}
L_N = {"Sham": [9] * 7, "SCI + vehicle": [9, 9, 9, 9, 8, 8, 8], "SCI + MenSC-Exo": [9] * 7}
L_ARMS = {"Sham": "sham", "SCI + vehicle": "control", "SCI + MenSC-Exo": "treatment"}
L_STATS = [("0.4", "0.67"), ("3.9", "0.034"), ("11.2", "< 0.001"), ("19.6", "< 0.001"), ("27.3", "< 0.001"),
           ("31.0", "< 0.001"), ("33.8", "< 0.001")]


def _ulu_grid() -> Grid:
    head = [["Time after first injection", ("Sham", 2), ("SCI + vehicle", 2), ("SCI + MenSC-Exo", 2),
             ("One-way ANOVA", 2)],
            ["", "Mean ± SEM", "n", "Mean ± SEM", "n", "Mean ± SEM", "n", "F", "P"]]
    body, scores = [], []
    for i, (td, d) in enumerate(zip(L_TDAYS, L_DAYS)):
        row = [f"Day {td}"]
        for g in L_BBB:
            m, e = L_BBB[g][i]
            row += [pm(m, e), str(L_N[g][i])]
            scores.append(Score("BBB", g, L_ARMS[g], d, m, e, "sem", L_N[g][i], pm(m, e), len(body)))
        body.append(row + list(L_STATS[i]))
    body.append(["P (group × time)", ("< 0.001 (two-way repeated-measures ANOVA)", 8)])
    return Grid(head=head, body=body, scores=scores, font=7.5, span=True)


ULUSOY = Study(
    stem="ulusoy2019_hmensc_exo_spanning_dayzero_ip",
    layout="wide",
    title="Menstrual blood stromal cell exosomes given intraperitoneally from the third day after spinal cord contusion improve locomotion in rats",
    short_title="Ulusoy et al.",
    authors=[("Elif", "Ulusoy"), ("Mehmet", "Karataş"), ("Zeynep", "Aydın"), ("Carlos", "Benavides"),
             ("Hülya", "Demirci")],
    affiliations=["Department of Histology and Embryology, Invented Faculty of Medicine, İzmir, Türkiye",
                  "Laboratory of Reproductive Stem Cells, Fictional University, Valencia, Spain"],
    journal="Turkish Archives of Experimental Neuroscience",
    year=2019, volume="22(4):301–315", doi="10.5555/taen.2019.22.301", pmid="99100355", pmcid="PMC9910355",
    received="2019-03-28",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 190, "high": 210},
        "n_per_group": 9, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor",
        "injury_level": "T9", "source_tissue": "menstrual_blood", "source_species": "human", "modification": "none",
        "isolation_method": ["ultracentrifugation", "density_gradient"], "isolation_detail": "100,000 g 2 h",
        "characterization": ["DLS", "TEM", "western_blot"], "markers": ["CD9", "CD63", "Alix"],
        "size_nm": {"value": 134.0, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 150, "unit": "ug", "volume_ul": 1000, "basis": "protein"},
        "route": "intraperitoneal", "frequency": {"doses": 5, "interval_h": 72},
        "timing_post_injury_h": 72.0, "mechanism": "attenuation of neuronal apoptosis via PI3K/Akt signalling",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Aim", "Menstrual blood-derived stromal cells (MenSCs) are collected non-invasively and proliferate quickly. We tested their unmodified exosomes in a delayed, repeated intraperitoneal schedule after spinal cord contusion."),
        ("Methods", "Female Sprague-Dawley rats received an Infinite Horizon contusion at T9. From 72 h after injury, exosomes or vehicle were injected intraperitoneally every third day, five times. BBB scores were recorded for six weeks after the first injection."),
        ("Results", "Exosome-treated rats outperformed vehicle-treated rats from the first week after the first injection onward, with fewer TUNEL-positive neurons and higher phospho-Akt."),
    ],
    keywords=["menstrual blood", "exosomes", "apoptosis", "PI3K/Akt", "delayed treatment"],
    sections=[
        ("intro", "Introduction", [
            "Most experimental treatments for spinal cord injury are given within the first hour, which is rarely possible in patients [1,11]. A therapy that still works when started days later would be more realistic.",
            f"Exosomes, vesicles of roughly 40–120{NB}nm according to reviews [2], from several stromal cell types reduce neuronal apoptosis after injury [3,5]. Menstrual blood stromal cells have not been tested in this setting, and intraperitoneal administration has been used only rarely [8].",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Experimental animals"),
            "We used {{species,strain,sex|female Sprague-Dawley rats}}, 8 weeks old, {{body_weight_g|190–210 g}} at surgery. The Local Ethics Committee for Animal Experiments approved the protocol (2018-07/12). Rats were assigned to sham, SCI + vehicle and SCI + MenSC-Exo groups ({{n_per_group|n = 9 each}}).",
            ("h", "Spinal cord contusion"),
            "Anaesthesia was induced with ketamine/xylazine (80/10 mg/kg i.p.). {{injury_level|The T9 vertebra was exposed and its lamina removed}}; {{injury_model,injury_device|a 150-kdyn contusion was applied with an Infinite Horizon impactor}}.",
            ("h", "Exosome preparation"),
            "{{source_tissue,source_species|Stromal cells were isolated from menstrual blood of three healthy donors}} (written consent) and expanded to passage 5. {{isolation_method|Conditioned medium was ultracentrifuged and the pellet floated on an iodixanol density gradient}} (5–40%); {{isolation_detail|the exosome fraction was pelleted at 100,000 g for 2 h}}. {{modification|Unmodified exosomes were used throughout.}}",
            "{{characterization|Hydrodynamic size was measured by dynamic light scattering (Zetasizer Nano ZS) and morphology by TEM}}; {{characterization,markers|CD9, CD63 and Alix were confirmed by western blotting}}.",
            ("h", "Treatment schedule"),
            f"{{{{timing_post_injury_h|The first injection was given 72 h after the injury}}}} (designated day 0 of treatment). {{{{frequency|Injections were repeated every 3 days, five in total}}}}. Each dose was {{{{dose|150 {MU}g exosomal protein in 1 mL PBS}}}}, {{{{route|injected intraperitoneally}}}}; vehicle rats received PBS.",
            ("h", "Behavioural evaluation"),
            "Locomotion was scored with the BBB scale on days 0, 3, 7, 14, 21, 28 and 42 after the first injection, each session lasting 4 min, {{reported_blinded_assessment|by two investigators blind to group assignment}}. One vehicle rat died on day 17 of treatment.",
            ("h", "Statistics"),
            "One-way ANOVA per day and two-way repeated-measures ANOVA (group × time); values are mean ± SEM.",
        ]),
        ("results", "Results", [
            "{{size_nm|DLS gave a mean hydrodynamic diameter of 134 nm}} (PDI 0.18), and TEM showed round vesicles with a bilayer membrane.",
            "Before the first injection (day 0) the two injured groups scored alike. Table 2 gives all scores with the per-day ANOVA.",
            ("table", "Table 2", "BBB scores after the first injection (day 0 = 72 h after contusion).",
             spec(_ulu_grid(), foot="Mean ± SEM; n, rats scored. F and P, one-way ANOVA across the three groups at each time point.")),
            "Four weeks after the first injection, exosome-treated rats scored {bbb:SCI + MenSC-Exo@31} and vehicle-treated rats {bbb:SCI + vehicle@31}.",
            "TUNEL+ NeuN+ cells were halved in treated rats on day 7, while phospho-Akt/Akt rose 1.8-fold.",
        ]),
        ("discussion", "Discussion", [
            "{{mechanism|Attenuation of neuronal apoptosis via PI3K/Akt signalling}} is the most likely mechanism, given the TUNEL and phospho-Akt data. That the benefit appeared with treatment starting three days after injury is encouraging: comparable gains (BBB 10.1 versus 6.9) were reported when a bone marrow preparation was given at 1 h [5].",
            "Intraperitoneal delivery needs larger doses than intravenous delivery, and how much material reaches the cord is unknown.",
        ]),
    ],
    references=[POOL[i] for i in (0, 1, 2, 4, 7, 10, 12)],
    scores=Scores("BBB", "sem", [("Sham", "sham", 9), ("SCI + vehicle", "control", 8),
                                 ("SCI + MenSC-Exo", "treatment", 9)],
                  {g: dict(zip(L_DAYS, v)) for g, v in L_BBB.items()}),
    back=[("Ethics approval", "{{reported_welfare_compliance|The Local Ethics Committee for Animal Experiments approved all procedures (2018-07/12).}}"),
          ("Conflict of interest", "{{reported_conflict_of_interest|The authors declare no conflict of interest.}}")],
    notes=["Table 2 counts days from the first injection, given 72 h after injury: gold day = table day + 3."],
    footnote=FOOTNOTE,
)


# ---------------------------------------------------------------------------------------------
# 6. Yanagisawa 2024 (manuscript layout): tables after the references; Table 1 landscape with
#    medians (IQR) and a P row; Table 2 (a delayed-treatment cohort) runs over two pages and
#    its continuation does not repeat the header.
# ---------------------------------------------------------------------------------------------

Y_WEEKS = list(range(1, 9))
A_MED = {
    "Sham": [(21, 21, 21)] * 8,
    "Vehicle": [(1, 0, 2), (3, 2, 4), (4, 3, 6), (6, 5, 7), (6.5, 5, 8), (7, 6, 8), (7, 6, 8.5), (7.5, 6, 9)],
    "hPMSC-EV": [(2, 1, 2), (4, 3, 5), (6, 5, 8), (8, 7, 10), (9.5, 8, 11), (10, 9, 12), (11, 9.5, 12), (11, 10, 12.5)],
}
A_ARMS = {"Sham": "sham", "Vehicle": "control", "hPMSC-EV": "treatment"}
A_P = ["0.21", "0.048", "0.012", "0.004", "0.002", "0.003", "0.001", "0.001"]

D_DAYS = [7.0, 8.0, 10.0, 14.0, 21.0, 28.0, 35.0, 42.0, 49.0, 56.0]
D_BBB = {
    "D-Vehicle": [(3.8, 0.5), (3.9, 0.5), (4.2, 0.5), (5.0, 0.6), (5.8, 0.6), (6.4, 0.7), (6.9, 0.7), (7.1, 0.7), (7.3, 0.8), (7.4, 0.8)],
    "D-EV": [(3.9, 0.5), (4.1, 0.5), (4.6, 0.5), (5.7, 0.6), (6.9, 0.6), (7.8, 0.7), (8.4, 0.7), (8.8, 0.7), (9.1, 0.8), (9.3, 0.8)],
}
D_ARMS = {"D-Vehicle": "control", "D-EV": "other"}


def _num(x: float) -> str:
    return f"{x:g}"


def _yan_landscape() -> Grid:
    head = [["Group", *[f"Week {w}" for w in Y_WEEKS]]]
    body, scores = [], []
    for g, vals in A_MED.items():
        row = [f"{g} (n = 8)"]
        for w, (med, lo, hi) in zip(Y_WEEKS, vals):
            cell = f"{_num(med)} ({_num(lo)}–{_num(hi)})"
            row.append(cell)
            scores.append(Score("BBB", g, A_ARMS[g], 7.0 * w, float(med), None, None, 8, cell, len(body),
                                stat="median"))
        body.append(row)
    body.append(["P (Kruskal–Wallis, vehicle vs EV)", *A_P])
    return Grid(head=head, body=body, scores=scores, font=9, landscape=True)


def _yan_split() -> Grid:
    head = [["Days after injury", "D-Vehicle", "D-EV", "P"]]
    body, scores = [], []
    for i, d in enumerate(D_DAYS):
        row = [f"{d:g}" + (" (before injection)" if d == 7 else "")]
        for g in D_BBB:
            m, e = D_BBB[g][i]
            row.append(pm(m, e))
            scores.append(Score("BBB", g, D_ARMS[g], d, m, e, "sem", 7, pm(m, e), len(body)))
        row.append("n.s." if d < 28 else ("0.04" if d < 42 else "0.02"))
        body.append(row)
    return Grid(head=head, body=body, scores=scores, font=10, split_after=5, repeat_head=False,
                col_widths=[150, 90, 90, 60])


YANAGISAWA = Study(
    stem="yanagisawa2024_hpmsc_ev_manuscript_landscape_medians",
    layout="manuscript",
    title="Placenta-derived mesenchymal stromal cell extracellular vesicles improve locomotor recovery after early but not delayed intravenous administration in rats with thoracic contusion",
    short_title="Yanagisawa et al.",
    authors=[("Haruka", "Yanagisawa"), ("Kenji", "Morimoto"), ("Olusegun", "Adebayo"), ("Mei", "Takeuchi"),
             ("Anders", "Fjeld")],
    affiliations=["Department of Orthopaedic Surgery, Invented Graduate School of Medicine, Sendai, Japan",
                  "Perinatal Tissue Bank, Fictional Medical Centre, Sapporo, Japan"],
    journal="Journal of Experimental Spinal Medicine",
    year=2024, volume="accepted manuscript, e2024-0219", doi="10.5555/jesm.2024.0219", pmid="99100366",
    pmcid="PMC9910366", received="2024-04-09",
    values={
        "species": "rat", "strain": "Wistar", "sex": "female", "body_weight_g": {"low": 210, "high": 240},
        "n_per_group": 8, "injury_model": "contusion", "injury_device": "MASCIS impactor", "injury_level": "T10",
        "source_tissue": "placenta", "source_species": "human",
        "isolation_method": ["tangential_flow", "size_exclusion"], "isolation_detail": "300-kDa TFF cassette, then Sepharose CL-2B column",
        "characterization": ["NTA", "TEM", "flow_cytometry"], "markers": ["CD9", "CD63", "CD81"],
        "size_nm": {"value": 142.0, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 5e9, "unit": "particles", "volume_ul": 500, "basis": "particles"},
        "route": "intravenous", "route_detail": "tail vein", "frequency": {"doses": 1, "interval_h": None},
        "timing_post_injury_h": 1.0, "mechanism": "preservation of oligodendrocytes and myelin",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Purpose", "To determine whether extracellular vesicles (EVs) from human placenta-derived mesenchymal stromal cells (hPMSCs) improve recovery after spinal cord contusion, and whether timing matters."),
        ("Methods", "Female Wistar rats received a MASCIS contusion at T10 and one tail-vein injection of hPMSC-EVs or vehicle, either 1 h (early cohort) or 7 days (delayed cohort) after injury. BBB scores were followed for 8 weeks."),
        ("Results", "Early treatment raised median BBB scores from week 2 onward; delayed treatment gave a smaller gain that reached significance only from day 28."),
        ("Conclusion", "hPMSC-EVs are most effective when given soon after injury."),
    ],
    keywords=["placenta", "extracellular vesicles", "therapeutic window", "myelin", "contusion"],
    sections=[
        ("intro", "Introduction", [
            "Whether the benefit of stromal cell vesicles after spinal cord injury depends on when they are given is largely unknown [11]. Most studies inject within the first hour; the few that waited a week reported mixed results [5,10].",
            f"Extracellular vesicles (EVs) are often defined for practical purposes as particles of 50–200{NB}nm [4,14]. Placental stromal cells produce large quantities of EVs and are available from routine deliveries. Here we compared early and delayed administration of the same EV preparation.",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Animals"),
            "All experiments were approved by the Institutional Animal Experiment Committee (approval 2022-MED-118). {{species,strain,sex|Female Wistar rats}} aged 10–12 weeks ({{body_weight_g|210–240 g}}) were used. {{reported_sample_size_calculation|The sample size was estimated from pilot data with G*Power}} (effect size 1.5, α 0.05, power 0.8), giving {{n_per_group|8 rats per group}}. {{reported_randomisation|Allocation used a random number generator}} operated by a colleague not involved in surgery.",
            ("h", "Surgery"),
            "Under 2% isoflurane, a {{injury_level|T10 laminectomy}} was performed and {{injury_model,injury_device|a 10 g rod was dropped 25 mm with the MASCIS impactor}}. Carprofen (5 mg/kg s.c.) was given for 3 days.",
            ("h", "Preparation of EVs"),
            "{{source_tissue,source_species|hPMSCs were isolated from the chorionic plate of term placentas}} donated after caesarean section with informed consent. Conditioned medium from passage 4–6 cells was processed by {{isolation_method|tangential flow filtration followed by size-exclusion chromatography}} ({{isolation_detail|300-kDa TFF cassette, then Sepharose CL-2B column}}).",
            "{{characterization|Particles were counted by NTA, imaged by TEM, and surface tetraspanins were analysed by bead-based flow cytometry}} ({{markers|CD9, CD63 and CD81}}).",
            ("h", "Administration and cohorts"),
            f"In the early cohort, {{{{dose|5 × 10<sup>9</sup> particles in 500 {MU}L PBS}}}} were {{{{route,route_detail|injected into a lateral tail vein}}}} {{{{timing_post_injury_h|1 h after injury}}}} (hPMSC-EV group) and PBS alone to the Vehicle group; {{{{frequency|a single injection was given}}}}. A delayed cohort received the same dose or PBS on day 7 after injury (groups D-EV and D-Vehicle, n = 7 each).",
            ("h", "Assessment"),
            "BBB scores were recorded weekly for 8 weeks in the early cohort and on days 7, 8, 10, 14 and weekly thereafter in the delayed cohort, {{reported_blinded_assessment|by two raters blinded to the treatment}}. Because BBB is ordinal, the early cohort is summarised as median (IQR) and compared by Kruskal–Wallis tests; the delayed cohort as mean ± SEM with mixed models.",
        ]),
        ("results", "Results", [
            "{{size_nm|The EVs had a mean diameter of 142 nm by NTA}} (mode 121 nm).",
            "In the early cohort, EV-treated rats were ahead of vehicle rats from week 2 (Table 1 and Figure 2). In the delayed cohort, scores were similar until day 21 and separated modestly thereafter (Table 2).",
            ("table", "Table 1", "BBB scores in the early-treatment cohort, median (interquartile range).",
             spec(_yan_landscape(), foot="Weeks after injury. Sham, laminectomy only.")),
            ("table", "Table 2", "BBB scores in the delayed-treatment cohort (mean ± SEM, n = 7 per group).",
             spec(_yan_split(), foot="n.s., not significant (mixed model).")),
            ("figure", "Figure 2", "BBB time course, early cohort (medians; individual rats shown as dots).",
             {"groups": ["Vehicle", "hPMSC-EV"], "days": [7.0 * w for w in Y_WEEKS], "x": "weeks"}),
            ("figure", "Figure 3", "Delayed cohort. At 8 weeks D-EV rats scored {bbb:D-EV@56} and D-Vehicle rats {bbb:D-Vehicle@56}.",
             {"groups": ["D-Vehicle", "D-EV"], "days": D_DAYS}),
            "Luxol fast blue-stained myelin at the epicentre was 1.6-fold higher after early EVs, and Olig2+ cell counts were higher.",
        ]),
        ("discussion", "Discussion", [
            "We attribute the early benefit to {{mechanism|preservation of oligodendrocytes and myelin}} during the period of secondary damage. Delayed treatment still helped, but less, which agrees with an earlier report of 8.7 versus 7.0 at 6 weeks after a 1-week delay [10].",
            "The delayed cohort was smaller and was not randomised at the same time as the early cohort.",
        ]),
    ],
    references=[POOL[i] for i in (0, 4, 9, 10, 13, 15, 3)],
    scores=Scores("BBB", "sem", [("D-Vehicle", "control", 7), ("D-EV", "other", 7)],
                  {g: dict(zip(D_DAYS, v)) for g, v in D_BBB.items()}),
    back=[("Ethics statement", "{{reported_welfare_compliance|Approved by the Institutional Animal Experiment Committee and conducted under national guidelines for animal experimentation.}}"),
          ("Conflict of interest statement", "{{reported_conflict_of_interest|The authors have no conflicts of interest to declare.}}")],
    notes=["Figure 2 plots early-cohort medians already given in Table 1: no extra rows."],
    footnote=FOOTNOTE,
)

STUDIES = [EKDAHL, ULUSOY, YANAGISAWA]
