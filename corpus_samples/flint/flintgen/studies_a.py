"""Studies 1-3 of the flint corpus (everything invented)."""

from __future__ import annotations

from extgen.common import FOOTNOTE, GMU, MU, NB, POOL, TH
from extgen.model import Scores, Study

# ---------------------------------------------------------------- 1: Latvia, single layout
_K_DAYS = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]
_K = Scores(
    outcome="BBB", err="sd",
    groups=[("Sham", "sham", 8), ("SCI + PBS", "control", 8), ("SCI + hUC-Exo", "treatment", 8)],
    values={
        "Sham": dict(zip(_K_DAYS, [(21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)])),
        "SCI + PBS": dict(zip(_K_DAYS, [(0.4, 0.5), (1.3, 0.7), (3.1, 1.0), (5.2, 1.2), (6.6, 1.4), (7.4, 1.3)])),
        "SCI + hUC-Exo": dict(zip(_K_DAYS, [(0.5, 0.5), (1.9, 0.8), (4.6, 1.1), (7.8, 1.3), (9.9, 1.5), (11.3, 1.6)])),
    },
)
_KG = ["Sham", "SCI + PBS", "SCI + hUC-Exo"]


def _krow(g: str) -> list:
    marks = {"SCI + hUC-Exo": {14.0: "*", 21.0: "**", 28.0: "**"}}
    return [g] + [("pm", g, d, marks.get(g, {}).get(d, "")) for d in _K_DAYS]


KALNINS = Study(
    stem="kalnins2020_hucmsc_exo_nyu_tailvein_spanhead",
    layout="single",
    title="Human umbilical cord mesenchymal stem cell-derived exosomes dampen NLRP3-driven pyroptosis and improve hindlimb function after thoracic spinal cord contusion in rats",
    short_title="hUC-MSC exosomes and pyroptosis after SCI",
    authors=[("Mārtiņš", "Kalniņš"), ("Ilze", "Bērziņa"), ("Deniss", "Ozols"), ("Anete", "Kļava"), ("Rihards", "Vītols")],
    affiliations=["Laboratory of Regenerative Neurobiology, Baltic Institute of Biomedicine, Riga, Latvia",
                  "Department of Neurosurgery, Vidzeme University Hospital, Valmiera, Latvia"],
    journal="Baltic Journal of Neurotrauma Research",
    year=2020, volume="14(3):211–224", doi="10.5555/bjnr.2020.0311",
    pmid="99100811", pmcid="PMC9910811", received="2020-03-17",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 220, "high": 250}, "n_per_group": 8,
        "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T10",
        "source_tissue": "umbilical_cord", "source_species": "human", "modification": "none",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "110,000 × g 70 min",
        "characterization": ["TEM", "NTA", "western_blot"],
        "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 118.4, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 200, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 1.0,
        "mechanism": "inhibition of NLRP3 inflammasome-mediated pyroptosis",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Pyroptotic cell death amplifies secondary damage after spinal cord injury (SCI). We asked whether exosomes from human umbilical cord mesenchymal stem cells (hUC-MSCs) limit this process."),
        ("Methods", "Female Sprague-Dawley rats received a moderate contusion at T10 and a single tail-vein injection of hUC-MSC exosomes (hUC-Exo) or PBS 1 h later. Locomotion was scored with the Basso-Beattie-Bresnahan (BBB) scale for 28 days."),
        ("Results", "hUC-Exo raised BBB scores from day 14 onward (day 28: {bbb:SCI + hUC-Exo@28} vs {bbb:SCI + PBS@28} in PBS-treated rats), lowered NLRP3, cleaved caspase-1 and GSDMD-N in the lesion, and preserved ventral horn neurons."),
        ("Conclusions", "Systemic hUC-Exo dampen pyroptosis and support functional recovery after contusive SCI."),
    ],
    keywords=["spinal cord injury", "exosomes", "umbilical cord", "pyroptosis", "NLRP3"],
    sections=[
        ("intro", "Introduction", [
            "Traumatic spinal cord injury (SCI) leaves most patients with permanent motor and sensory deficits [1]. The primary mechanical insult is followed by a secondary cascade of ischaemia, oxidative stress and inflammation, in which inflammasome activation and pyroptosis are increasingly recognised [3].",
            f"Exosomes are small extracellular vesicles of endosomal origin, typically 30–150{NB}nm in diameter, that carry proteins, lipids and RNAs between cells [2]. Vesicles secreted by mesenchymal stem cells (MSCs) reproduce much of the paracrine benefit of the parent cells [4]; in earlier rat work, bone marrow MSC exosomes given at 200{NB}{MU}g improved BBB scores to about 10 at four weeks [5]. Whether umbilical cord-derived exosomes act on pyroptosis has not been tested in vivo.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals and ethics"),
            "{{reported_welfare_compliance|All procedures were approved by the Animal Ethics Committee of the Baltic Institute of Biomedicine (permit 2019/07-BIB) and followed the ARRIVE guidelines}}. Twenty-four {{sex,strain,species|adult female Sprague-Dawley rats}} ({{body_weight_g|220–250 g}}) were housed in pairs under a 12-h light/dark cycle with free access to food and water.",
            "{{reported_randomisation|Rats were randomly assigned to the Sham, SCI + PBS and SCI + hUC-Exo groups with a computer-generated list}} ({{n_per_group|n = 8 per group}}).",
            ("h", "Spinal cord injury"),
            f"Anaesthesia was induced with ketamine (80{NB}mg/kg) and xylazine (10{NB}mg/kg) given intraperitoneally. After laminectomy at T9–T10, {{{{injury_model,injury_device,injury_level|a moderate contusion was produced by dropping a 10-g rod from 12.5 mm onto the exposed dura at T10 with the NYU impactor}}}}. Sham rats underwent laminectomy only. Bladders were expressed manually twice daily until reflex voiding returned.",
            ("h", "Culture of hUC-MSCs and isolation of exosomes"),
            "{{source_tissue,source_species|hUC-MSCs were isolated from umbilical cords of healthy term deliveries}} (informed consent obtained) and used at passages 3–5. {{modification|The cells were not genetically modified or preconditioned}}. At 80% confluence the medium was replaced with serum-free medium for 48 h.",
            f"{{{{isolation_method|Exosomes were purified from the conditioned medium by differential ultracentrifugation}}}}: 300 × g for 10 min, 2000 × g for 20 min and 10{TH}000 × g for 30 min removed cells and debris, and {{{{isolation_detail|the supernatant was then centrifuged at 110,000 × g for 70 min}}}} (Optima XPN-100, SW32Ti rotor); the pellet was washed once in PBS at the same speed and resuspended in PBS. Protein content was measured with a BCA assay.",
            f"{{{{characterization|Exosomes were characterised by transmission electron microscopy (TEM), nanoparticle tracking analysis (NTA; NanoSight NS300) and western blotting}}}}. {{{{markers|The vesicles were positive for CD9, CD63 and TSG101 and negative for calnexin}}}}. In vitro, PC12 cells were exposed to 50{NB}{GMU}g/ml exosomes for 24 h before LPS challenge.",
            ("h", "Treatment"),
            f"{{{{timing_post_injury_h,route,route_detail,dose|One hour after injury, rats in the SCI + hUC-Exo group received 100 {MU}g of exosomes in 200 {MU}l PBS through the tail vein}}}}; SCI + PBS rats received 200 {MU}l PBS. {{{{frequency|Each rat was treated once}}}}.",
            ("h", "Behavioural assessment"),
            "Hindlimb locomotion was rated with the BBB open-field scale (0–21) before injury and on days 1, 3, 7, 14, 21 and 28. {{reported_blinded_assessment|Two examiners who were blinded to group allocation scored each rat for 4 min}} and their scores were averaged. All rats scored 21 before injury.",
            ("h", "Statistics"),
            "Data are mean ± SD. BBB scores were compared by two-way repeated-measures ANOVA with Bonferroni post hoc tests; P < 0.05 was considered significant.",
        ]),
        ("results", "Results", [
            ("h", "Characterisation of hUC-Exo"),
            "TEM showed cup-shaped vesicles with a bilayer membrane. {{size_nm|NTA gave a mean diameter of 118.4 ± 9.6 nm}} and a concentration of 3.1 × 10^11 particles/ml.",
            ("h", "hUC-Exo improve locomotor recovery"),
            "All injured rats were paraplegic on day 1 ({bbb:SCI + PBS@1} and {bbb:SCI + hUC-Exo@1} in the PBS and exosome groups). The two injured groups separated from day 14, when hUC-Exo rats reached {bbb:SCI + hUC-Exo@14} compared with {bbb:SCI + PBS@14} after PBS. By day 28 the exosome group scored {bbb:SCI + hUC-Exo@28}, consistent with frequent to consistent weight-supported plantar stepping, whereas most PBS rats showed only occasional stepping (Table 1).",
            ("table", "Table 1", "BBB locomotor scores after SCI (mean ± SD, n = 8 rats per group).", {
                "groups": [], "days": [],
                "grid": {"head": [["", ("Days post-injury", 6)], ["Group", "1", "3", "7", "14", "21", "28"]],
                         "body": [_krow(g) for g in _KG]},
                "foot": "*P < 0.05, **P < 0.01 vs SCI + PBS (two-way repeated-measures ANOVA with Bonferroni correction).",
            }),
            ("h", "hUC-Exo suppress pyroptosis"),
            "Western blots of lesion tissue at day 3 showed lower NLRP3, cleaved caspase-1, GSDMD-N and IL-1β in hUC-Exo rats than in PBS rats, and fewer TUNEL-positive neurons were found in the grey matter.",
        ]),
        ("discussion", "Discussion", [
            f"{{{{mechanism|Our data indicate that hUC-Exo improve recovery at least partly by inhibiting NLRP3 inflammasome-mediated pyroptosis}}}}. The size of our vesicles agrees with earlier reports of 80–140 nm for cord-derived exosomes [6], and the magnitude of improvement is similar to that obtained with 200 {MU}g bone marrow exosomes [5].",
            "Limitations include the single dose, the female-only cohort and the short 4-week follow-up.",
        ]),
    ],
    back=[("Ethics approval", "The study was approved by the Animal Ethics Committee of the Baltic Institute of Biomedicine."),
          ("Conflict of interest", "{{reported_conflict_of_interest|The authors declare no conflict of interest}}."),
          ("Funding", "Latvian Council of Science grant lzp-2019/1-0417 (invented).")],
    references=[POOL[0], POOL[1], POOL[2], POOL[4], POOL[10], POOL[13], POOL[6]],
    scores=_K,
    footnote="Correspondence: m.kalnins@bib.example.lv. " + FOOTNOTE,
)

# ---------------------------------------------------------------- 2: Kenya, twocol layout
_N_DAYS = [1.0, 7.0, 14.0, 21.0, 28.0]
_N = Scores(
    outcome="BBB", err="sem",
    groups=[("Sham", "sham", 10), ("SCI + vehicle", "control", 10), ("SCI + BMSC-Exo", "treatment", 10)],
    values={
        "Sham": dict(zip(_N_DAYS, [(20.9, 0.1), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (20.8, 0.1)])),
        "SCI + vehicle": dict(zip(_N_DAYS, [(0.6, 0.2), (2.4, 0.4), (4.3, 0.5), (5.8, 0.5), (6.9, 0.5)])),
        "SCI + BMSC-Exo": dict(zip(_N_DAYS, [(0.7, 0.2), (3.5, 0.4), (6.6, 0.5), (8.9, 0.6), (10.4, 0.6)])),
    },
)
_NG = ["Sham", "SCI + vehicle", "SCI + BMSC-Exo"]


def _nmark(g: str, d: float) -> str:
    if g == "Sham":
        return ""
    return "#*" if g == "SCI + BMSC-Exo" and d >= 14 else "#"


NYAMBURA = Study(
    stem="nyambura2022_rbmsc_exo_exoquick_weightdrop_abbrev",
    layout="twocol",
    title="Bone marrow mesenchymal stem cell exosomes shift microglia towards an M2 phenotype through PI3K/AKT signalling and promote locomotor recovery in rats with spinal cord injury",
    short_title="BMSC exosomes and microglia in SCI",
    authors=[("Wanjiru", "Nyambura"), ("Otieno", "Achieng"), ("Kiprono", "Langat"), ("Amina", "Haji"), ("Peter", "Mwangi"), ("Faith", "Chebet")],
    affiliations=["Department of Medical Physiology, Rift Valley School of Medicine, Nakuru, Kenya",
                  "Centre for Translational Neuroscience, Lakeside University, Kisumu, Kenya"],
    journal="East African Journal of Experimental Neuroscience",
    year=2022, volume="9:e0412", doi="10.5555/eajen.2022.e0412",
    pmid="99100822", pmcid="PMC9910822", received="2022-01-24",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male",
        "body_weight_g": {"low": 250, "high": 300}, "n_per_group": 10,
        "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T10",
        "source_tissue": "bone_marrow", "source_species": "rat",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "ExoQuick-TC",
        "characterization": ["TEM", "NTA", "western_blot"],
        "markers": ["CD63", "CD81", "Alix"],
        "size_nm": {"value": 96.7, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 200, "unit": "ug", "volume_ul": 1000, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 3, "interval_h": 24}, "timing_post_injury_h": 24.0,
        "mechanism": "M2 microglial polarisation via PI3K/AKT signalling",
        "reported_sample_size_calculation": True, "reported_randomisation": True,
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Microglial activation shapes the secondary injury that follows spinal cord trauma. We tested whether exosomes secreted by rat bone marrow mesenchymal stem cells (BMSC-Exo) alter microglial polarisation and recovery. Male Wistar rats received a weight-drop contusion at T10 followed by BMSC-Exo or vehicle through the tail vein once a day for three days. By day 28, treated rats had higher Basso-Beattie-Bresnahan scores than vehicle-treated rats ({bbb:SCI + BMSC-Exo@28} vs {bbb:SCI + vehicle@28}), fewer iNOS+ and more Arg1+ microglia, and higher p-AKT/AKT ratios. Blocking PI3K with LY294002 abolished the effect in BV2 cells. BMSC-Exo thus favour an M2 microglial phenotype after SCI."),
    ],
    keywords=["bone marrow mesenchymal stem cells", "exosomes", "microglia", "PI3K/AKT", "spinal cord injury"],
    sections=[
        ("intro", "Introduction", [
            "Spinal cord injury (SCI) triggers a prolonged inflammatory response dominated by resident microglia and infiltrating macrophages [1]. Pro-inflammatory (M1) cells release TNF-α, IL-1β and nitric oxide, whereas alternatively activated (M2) cells support tissue repair [2].",
            f"MSC-derived exosomes, nanovesicles of 40–160{NB}nm, have emerged as a cell-free alternative to MSC transplantation [3]. Several groups reported improved BBB scores after exosome treatment, with effect sizes of 2–4 points at 4 weeks [4].",
        ]),
        ("methods", "Methods", [
            ("h", "Animals"),
            "{{reported_welfare_compliance|The protocol was approved by the Institutional Animal Care and Use Committee of Rift Valley School of Medicine (RVSM/AEC/2020/114)}}. {{species,strain,sex|Male Wistar rats}} aged 10–12 weeks and {{body_weight_g|weighing 250–300 g}} were obtained from the institutional breeding unit. {{reported_sample_size_calculation|Group size was estimated with G*Power 3.1 from pilot BBB data (effect size 1.4, α = 0.05, power 0.8)}}. Thirty-six rats were operated on; six were excluded (four died after surgery, two had asymmetric injuries), leaving {{n_per_group|ten rats per group}} for behavioural testing. {{reported_randomisation|Allocation to groups used sealed envelopes prepared by a colleague not involved in surgery}}.",
            ("h", "Contusion model"),
            f"Rats were anaesthetised with 2% isoflurane in oxygen. {{{{injury_model,injury_device,injury_level|Following a T9 laminectomy, the dorsal surface of the cord at the T10 segment was contused with a weight-drop device (10 g dropped from 25 mm)}}}}. Sham animals received laminectomy alone. Cefazolin (20{NB}mg/kg) and buprenorphine (0.05{NB}mg/kg) were given for three days.",
            ("h", "BMSC culture and exosome isolation"),
            "{{source_tissue,source_species|BMSCs were flushed from the femurs and tibias of 4-week-old Sprague-Dawley rats}} and expanded in DMEM/F12 with 10% FBS; passages 3–5 were used. Cells at 80–90% confluence were washed and incubated for 48 h in medium containing exosome-depleted FBS. {{isolation_method,isolation_detail|Exosomes were precipitated from the conditioned medium with ExoQuick-TC (System Biosciences)}} according to the manufacturer's protocol and resuspended in PBS.",
            "{{characterization|Vesicle morphology was examined by TEM, size distribution by NTA (ZetaView), and marker proteins by western blot}}. {{markers|Blots were probed for CD63, CD81 and Alix}}, with BMSC lysate as reference.",
            ("h", "Treatment"),
            f"{{{{timing_post_injury_h|Starting 24 h after injury}}}}, {{{{dose,route,route_detail,frequency|rats received 200 {GMU}g BMSC-Exo in 1 ml PBS via the tail vein once daily for 3 consecutive days}}}}. The vehicle group received 1 ml PBS on the same schedule. For in vitro experiments BV2 microglia were treated with 20 {GMU}g/ml BMSC-Exo.",
            ("h", "Locomotor testing"),
            "{{reported_blinded_assessment|BBB scores were assigned by two observers unaware of the treatment groups}} on days 1, 7, 14, 21 and 28 post-injury. The inclined plane test was performed on day 28, recording the maximum angle at which a rat could hold its position for 5 s.",
            ("h", "Statistical analysis"),
            "Values are presented as mean ± SEM. Repeated-measures ANOVA followed by Tukey's test was used; P < 0.05 was significant.",
        ]),
        ("results", "Results", [
            ("h", "Identification of BMSC-Exo"),
            "Vesicles appeared as round, cup-shaped particles under TEM. {{size_nm|The particle size distribution peaked at 96.7 nm}} and the preparation was enriched for CD63, CD81 and Alix.",
            ("h", "Functional recovery"),
            "Hindlimb function was almost abolished one day after contusion in both injured groups (Table 1). From the second week the BMSC-Exo group recovered faster; BBB scores on days 14, 21 and 28 were {bbb:SCI + BMSC-Exo@14}, {bbb:SCI + BMSC-Exo@21} and {bbb:SCI + BMSC-Exo@28}, against {bbb:SCI + vehicle@14}, {bbb:SCI + vehicle@21} and {bbb:SCI + vehicle@28} for vehicle. Treated rats also held the inclined plane at steeper angles (Table 2).",
            ("table", "Table 1", "BBB scores over the 4-week observation period.", {
                "groups": [], "days": [],
                "grid": {"head": [["Time point", "S (n = 10)", "V (n = 10)", "E (n = 10)"]],
                         "body": [[f"Day {d:g}"] + [("pm", g, d, _nmark(g, d)) for g in _NG]
                                  for d in _N_DAYS]},
                "foot": "Data are mean ± SEM. S, sham; V, SCI + vehicle; E, SCI + BMSC-Exo. #P < 0.01 vs S; *P < 0.05 vs V.",
            }),
            ("table", "Table 2", "Locomotor and body weight measures 28 days after injury (mean ± SEM; n = 10 per group).", {
                "groups": [], "days": [],
                "grid": {"head": [["Group", "BBB score", "Inclined plane (°)", "Body weight (g)"]],
                         "body": [["S", ("pm", "Sham", 28.0, ""), "62.5 ± 1.1", "341 ± 6"],
                                  ["V", ("pm", "SCI + vehicle", 28.0, "#"), "38.0 ± 1.4#", "302 ± 7#"],
                                  ["E", ("pm", "SCI + BMSC-Exo", 28.0, "#*"), "46.5 ± 1.6#*", "318 ± 6"]]},
                "foot": "S, sham; V, SCI + vehicle; E, SCI + BMSC-Exo. #P < 0.01 vs S; *P < 0.05 vs V.",
            }),
            ("h", "Microglial polarisation"),
            "At day 7, the proportion of Iba1+iNOS+ cells around the lesion was lower and that of Iba1+Arg1+ cells higher in BMSC-Exo rats than in vehicle rats, and the p-AKT/AKT ratio was roughly doubled.",
        ]),
        ("discussion", "Discussion", [
            f"{{{{mechanism|These findings suggest that BMSC-Exo promote M2 polarisation of microglia through activation of PI3K/AKT signalling}}}}, in line with the loss of effect after LY294002 treatment in vitro. Other authors found that 100 {MU}g of adipose MSC exosomes gave BBB scores of 9–10 at day 28 [4]; our effect is comparable.",
            "The 24-h delay before the first injection mirrors a clinically achievable window, but longer follow-up and female animals are needed.",
        ]),
    ],
    back=[("Competing interests", "{{reported_conflict_of_interest|The authors have no competing interests to declare}}."),
          ("Data availability", "Raw BBB scores are available from the corresponding author.")],
    references=[POOL[6], POOL[2], POOL[1], POOL[10]],
    scores=_N,
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------- 3: Finland, manuscript layout
_T_DAYS = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0, 35.0, 42.0, 49.0, 56.0]
_T = Scores(
    outcome="BBB", err="sd",
    groups=[("Sham", "sham", 10), ("Vehicle", "control", 10), ("sEV", "treatment", 10)],
    values={
        "Sham": {d: (21.0, 0.0) for d in _T_DAYS},
        "Vehicle": dict(zip(_T_DAYS, [(0.3, 0.5), (0.9, 0.7), (2.2, 1.1), (4.8, 1.6), (6.1, 1.7), (7.0, 1.8),
                                      (7.6, 1.9), (8.1, 1.8), (8.3, 2.0), (8.4, 1.9)])),
        "sEV": dict(zip(_T_DAYS, [(0.4, 0.5), (1.0, 0.8), (2.6, 1.2), (5.9, 1.5), (7.9, 1.6), (9.2, 1.7),
                                  (10.1, 1.8), (10.9, 1.7), (11.4, 1.9), (11.8, 2.0)])),
    },
)


def _trow(d: float) -> list:
    row: list = [f"{d:g}"]
    for g in ("Sham", "Vehicle", "sEV"):
        mark = "*" if g == "sEV" and d >= 21 else ""
        row += [("m", g, d, mark), ("e", g, d)]
    return row


_T_HEAD = [["", ("Sham", 2), ("Vehicle", 2), ("sEV", 2)], ["Day", "Mean", "SD", "Mean", "SD", "Mean", "SD"]]

TOIVANEN = Study(
    stem="toivanen2023_hadsc_sev_weekly_femoral_splitsd",
    layout="manuscript",
    title="Repeated intravenous small extracellular vesicles from human adipose stromal cells sustain locomotor gains over eight weeks after thoracic contusion in rats",
    short_title="Weekly adipose sEVs after SCI",
    authors=[("Aino", "Toivanen"), ("Mikko", "Heikkilä"), ("Sanna", "Lehtonen"), ("Juho", "Rautio"), ("Elina", "Saarela")],
    affiliations=["Neuroscience Centre, University of Eastern Lakeland, Kuopio, Finland",
                  "Department of Cell Biology, Northern Savo Research Hospital, Kuopio, Finland"],
    journal="Nordic Journal of Regenerative Neurology",
    year=2023, volume="31:118–134", doi="10.5555/njrn.2023.00871",
    pmid="99100833", pmcid="PMC9910833", received="2023-05-02",
    values={
        "species": "rat", "strain": "Wistar", "sex": "female",
        "body_weight_g": {"low": 200, "high": 240}, "n_per_group": 10,
        "injury_model": "contusion", "injury_device": "Infinite Horizon impactor", "injury_level": "T9",
        "source_tissue": "adipose", "source_species": "human", "modification": "none",
        "isolation_method": ["ultrafiltration", "size_exclusion"], "isolation_detail": "qEVoriginal 70 nm",
        "characterization": ["NTA", "TEM", "western_blot"],
        "markers": ["CD9", "CD81", "TSG101", "calnexin"],
        "size_nm": {"value": 104.0, "low": None, "high": None, "stat": "median", "method": "NTA"},
        "dose": {"amount": 2e10, "unit": "particles", "volume_ul": 500, "basis": "particles"},
        "route": "intravenous", "route_detail": "femoral vein",
        "frequency": {"doses": 4, "interval_h": 168}, "timing_post_injury_h": 72.0,
        "mechanism": "preservation of the blood-spinal cord barrier and reduced astrocytic scarring",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Aim", "To test whether weekly intravenous delivery of small extracellular vesicles (sEVs) from human adipose-derived stromal cells (hASCs), begun three days after injury, improves long-term locomotor recovery after spinal cord contusion."),
        ("Methods", "Female Wistar rats received an Infinite Horizon contusion (200 kdyn) at T9. sEVs isolated by ultrafiltration and size-exclusion chromatography, or vehicle, were injected once a week for four weeks. Locomotion was followed for 56 days."),
        ("Results", "sEV-treated rats had higher BBB scores from day 21 onward; at day 56 the mean score was {mean:sEV@56} in sEV rats and {mean:Vehicle@56} in vehicle rats. Lesion volume and GFAP+ scar area were smaller, and Evans blue extravasation at day 3 after the first dose was reduced."),
        ("Conclusion", "Delayed, repeated sEV dosing produces durable functional benefit."),
    ],
    keywords=["adipose-derived stromal cells", "small extracellular vesicles", "spinal cord injury", "blood-spinal cord barrier"],
    sections=[
        ("intro", "Introduction", [
            "Most preclinical studies of mesenchymal stromal cell (MSC) vesicles in spinal cord injury (SCI) deliver a single dose within hours of injury [1,2]. Such timing is rarely achievable in patients, who typically reach specialised centres days after trauma.",
            f"Small extracellular vesicles (sEVs) are defined by size (<200{NB}nm) rather than biogenesis [3]. In a rat hemisection study, three daily doses of 1 × 10^9 particles improved BBB scores only transiently [4]. We therefore asked whether repeated weekly dosing starting on day 3 would give a lasting effect.",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Ethical statement and animals"),
            "{{reported_welfare_compliance|Experiments were licensed by the national Project Authorisation Board (ESAVI/2021/1187) and complied with EU Directive 2010/63/EU}}. We used forty {{species,strain,sex|female Wistar rats}} ({{body_weight_g|200–240 g}}; Envigo). {{reported_randomisation|Animals were randomised by block randomisation stratified by body weight}} into Sham, Vehicle and sEV groups ({{n_per_group|n = 10 each}}); the remaining ten rats served as EV-biodistribution animals and were not scored.",
            ("h", "Spinal cord injury"),
            "Under isoflurane anaesthesia (4% induction, 2% maintenance) the T8–T9 laminae were removed. {{injury_model,injury_device,injury_level|A 200-kdyn contusion was delivered to the T9 spinal segment with the Infinite Horizon impactor}} (Precision Systems and Instrumentation); actual forces and displacements were recorded for each rat. Sham rats underwent laminectomy only.",
            ("h", "hASC culture and sEV isolation"),
            f"{{{{source_tissue,source_species|hASCs were derived from lipoaspirates of three healthy adult donors}}}} undergoing elective liposuction (written consent; regional ethics approval 57/2020). {{{{modification|Unmodified cells}}}} at passage 4–6 were conditioned in serum-free α-MEM for 48 h. After removal of cells and debris (300 × g, 10 min; 2000 × g, 20 min; 0.22-{MU}m filter), {{{{isolation_method|the medium was concentrated by ultrafiltration (Amicon Ultra-15, 100 kDa) and fractionated by size-exclusion chromatography}}}} on {{{{isolation_detail|qEVoriginal 70 nm columns}}}} (Izon). Fractions 7–9 were pooled.",
            "{{characterization|sEVs were characterised by NTA (NanoSight LM10), TEM and western blotting}} following MISEV2018. {{markers|Fractions were positive for CD9, CD81 and TSG101, whereas calnexin was not detected}}.",
            ("h", "Dosing"),
            f"{{{{dose,route,route_detail|Each dose consisted of 2 × 10^10 particles in 500 {MU}l sterile PBS infused into the femoral vein}}}} through an indwelling catheter. {{{{timing_post_injury_h,frequency|Dosing began on day 3 after injury and was repeated once a week for four weeks}}}} (days 3, 10, 17 and 24). Vehicle rats received PBS.",
            ("h", "Outcome assessment"),
            "Open-field locomotion was assessed with the BBB scale on days 1, 3, 7, 14, 21, 28, 35, 42, 49 and 56. {{reported_blinded_assessment|Scoring was performed by two trained raters blinded to treatment}}; disagreements were resolved by consensus. Before surgery all rats scored 21. Horizontal ladder errors were counted on day 56.",
            ("h", "Statistics"),
            "Scores are reported as mean and SD. Group differences over time were tested with a linear mixed model (group × day); Sidak's correction was applied to pairwise comparisons.",
        ]),
        ("results", "Results", [
            ("h", "sEV characteristics"),
            f"{{{{size_nm|The median particle diameter (D50) measured by NTA was 104 nm}}}}, with 2.8 × 10^9 particles per {MU}g protein. TEM showed cup-shaped vesicles of 50–150 nm.",
            ("h", "Locomotor recovery"),
            "Scores in the two injured groups did not differ during the first two weeks (Table 2). From day 21 the sEV group outperformed vehicle; the treated rats improved from {mean:sEV@14} on day 14 to {mean:sEV@56} on day 56, whereas vehicle rats plateaued at around 8 from day 42 ({mean:Vehicle@42} on day 42). The between-group difference at day 56 was 3.4 points (95% CI 1.6–5.2). Ladder errors were fewer in sEV rats (18 ± 5 vs 27 ± 6%).",
            ("h", "Histology and barrier integrity"),
            "Lesion volume at day 56 was reduced by 31% and GFAP+ scar area by 24% in sEV rats. Evans blue extravasation measured 72 h after the first dose fell by 40% compared with vehicle.",
            ("table", "Table 1", "Characteristics of the sEV preparations (three donors).", {
                "groups": [], "days": [],
                "grid": {"head": [["Parameter", "Donor 1", "Donor 2", "Donor 3"]],
                         "body": [["Particles/ml (× 10^11)", "3.4", "2.9", "3.1"],
                                  ["Protein (µg/ml)", "118", "101", "112"],
                                  ["Particles per µg (× 10^9)", "2.9", "2.9", "2.8"]]},
            }),
            ("table", "Table 2", "BBB locomotor scores by day after contusion (days 1–21).", {
                "groups": [], "days": [],
                "grid": {"head": _T_HEAD, "body": [_trow(d) for d in _T_DAYS[:5]]},
                "foot": "n = 10 per group. *P < 0.05 sEV vs Vehicle (mixed model, Sidak).",
            }),
            ("table", "Table 2 (continued)", "BBB locomotor scores by day after contusion (days 28–56).", {
                "groups": [], "days": [],
                "grid": {"head": _T_HEAD, "body": [_trow(d) for d in _T_DAYS[5:]]},
                "foot": "*P < 0.05 sEV vs Vehicle.",
            }),
            ("figure", "Figure 2", "Time course of BBB scores. Circles, Sham; squares, Vehicle; triangles, sEV. At day 56, Vehicle {bbb:Vehicle@56} vs sEV {bbb:sEV@56} (mean ± SD, n = 10). Arrows mark the four injections.", {
                "groups": ["Sham", "Vehicle", "sEV"], "days": _T_DAYS, "x": "days"}),
        ]),
        ("discussion", "Discussion", [
            "{{mechanism|We propose that the benefit reflects preservation of the blood-spinal cord barrier and reduced astrocytic scarring}}, since both barrier leakage and scar area were lower after treatment. A previous report using 1 × 10^9 particles given daily for three days found no benefit beyond two weeks [4]; our larger, repeated doses may explain the difference.",
            f"Vesicles of 70–120{NB}nm have been described for adipose cells in other laboratories [3]. The main limitations are the single injury severity and the absence of a dose-response arm.",
        ]),
    ],
    back=[("Declaration of competing interest", "{{reported_conflict_of_interest|The authors declare that they have no known competing financial interests or personal relationships that could have appeared to influence the work reported in this paper}}."),
          ("Acknowledgements", "We thank the animal unit staff for care of the rats.")],
    references=[POOL[4], POOL[10], POOL[3], POOL[15]],
    scores=_T,
    footnote=FOOTNOTE,
)

STUDIES = [KALNINS, NYAMBURA, TOIVANEN]
