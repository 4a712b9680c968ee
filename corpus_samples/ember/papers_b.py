"""Ember papers 4-6 (Pakistan, Chile, Taiwan). Everything is invented.

Emphasis: arms named after what was given (Vehicle, MP, sEV, sEV+MP; DMEM, N-EV, H-EV), a
"Control" label that means uninjured animals, groups defined only in a table footnote, and
BBB tables that continue on the next page or carry a merged header and footnote markers.
"""

from __future__ import annotations

from extgen.common import FOOTNOTE, MU, NB, POOL, TH
from extgen.model import Scores, Study

from papers_a import series

# --- 4. Pakistan: drug-named arms, long day table continued on the next page ---------------
D4 = [1.0, 3.0, 7.0, 10.0, 14.0, 21.0, 28.0, 35.0, 42.0, 49.0, 56.0]
SD4 = [0.5, 0.8, 1.1, 1.3, 1.4, 1.6, 1.7, 1.8, 1.8, 1.9, 1.9]


def _arm(means: list[float], bump: float) -> dict[float, tuple[float, float]]:
    return series(D4, [(m, round(sd + bump, 1)) for m, sd in zip(means, SD4, strict=True)])


KHATTAK = Study(
    stem="khattak2023_wjmsc_sev_mp_combination_daily_iv",
    layout="single",
    title="Wharton's jelly mesenchymal stem cell small extracellular vesicles with or without methylprednisolone after contusive spinal cord injury: an eight-week study in rats",
    short_title="WJ-MSC sEVs and methylprednisolone",
    authors=[("Ayesha", "Khattak"), ("Usman", "Qureshi"), ("Fatima", "Zaidi"), ("Imran", "Siddiqui"), ("Sana", "Malik"), ("Tariq", "Mehmood")],
    affiliations=["Department of Physiology, Peshawar Institute of Health Sciences, Peshawar, Pakistan",
                  "Stem Cell and Regenerative Laboratory, Lahore College of Biomedical Research, Lahore, Pakistan"],
    journal="Journal of Translational Spinal Research",
    year=2023, volume="7:e1042", doi="10.5555/jtsr.2023.1042",
    pmid="99100304", pmcid="PMC9910304", received="2023-03-28",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 250, "high": 280}, "n_per_group": 12,
        "injury_model": "contusion", "injury_device": "MASCIS impactor", "injury_level": "T10",
        "source_tissue": "wharton_jelly", "source_species": "human",
        "isolation_method": ["tangential_flow", "ultracentrifugation"], "isolation_detail": "TFF 500 kDa + 120,000 × g 90 min",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD63", "CD81", "TSG101", "HSP70", "calnexin"],
        "size_nm": {"value": 112.6, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 2e10, "unit": "particles", "volume_ul": 500, "basis": "particles"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 3, "interval_h": 24}, "timing_post_injury_h": 2,
        "mechanism": "PTEN/PI3K/AKT-mediated neuronal survival",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Objective", "Methylprednisolone (MP) remains the only drug widely tried after acute spinal cord injury, with disappointing results. We asked whether small extracellular vesicles (sEVs) from Wharton's jelly MSCs add to, or replace, MP."),
        ("Design", "Contused rats received vehicle, MP, sEVs or sEVs plus MP and were scored with the BBB scale for 56 days."),
        ("Results", "The vesicle-only arm and the combination arm recovered similarly and both outperformed MP alone and vehicle."),
        ("Conclusion", "sEVs, not MP, drove recovery; combining them brought no further gain."),
    ],
    keywords=["small extracellular vesicles", "Wharton's jelly", "methylprednisolone", "PTEN", "MASCIS"],
    sections=[
        ("intro", "Introduction", [
            "High-dose methylprednisolone was adopted for acute spinal cord injury after the NASCIS trials but is no longer recommended routinely [6]. Vesicles released by mesenchymal stem cells may act on the same inflammatory targets with fewer side effects [2].",
            "Small EVs are generally 50–150 nm in diameter [4], and doses of 10<sup>9</sup>–10<sup>11</sup> particles have been used in rodents [11]. Whether they interact with corticosteroids has not been tested.",
        ]),
        ("methods", "Methods", [
            ("h", "Animals and injury"),
            f"Sixty {{{{species,strain,sex|female Sprague-Dawley rats}}}} of {{{{body_weight_g|250–280 g}}}} were housed in the university animal facility. Under ketamine–xylazine anaesthesia, {{{{injury_model,injury_device|contusion was delivered with a MASCIS impactor}}}} (10 g, 12.5 mm) {{{{injury_level|onto the exposed T10 cord}}}}.",
            ("h", "sEV production"),
            f"{{{{source_tissue,source_species|MSCs were isolated from the Wharton's jelly of human umbilical cords}}}} donated after caesarean delivery. Serum-free supernatant was {{{{isolation_method,isolation_detail|concentrated by tangential flow filtration (500 kDa) and pelleted at 120{TH}000 × g for 90 min}}}}. The vesicles were analysed by {{{{characterization|NTA, TEM and western blot}}}} for {{{{markers|CD63, CD81, TSG101, HSP70 and calnexin}}}}.",
            ("h", "Groups"),
            f"Rats were {{{{reported_randomisation|randomised with a computer-generated sequence}}}} into five groups ({{{{n_per_group|n = 12 per group}}}}): Sham; Vehicle (PBS); MP; sEV; and sEV+MP. {{{{dose|A dose of 2 × 10<sup>10</sup> particles in 500 {MU}L PBS}}}} was injected {{{{route,route_detail|into the lateral tail vein}}}}, first {{{{timing_post_injury_h|2 h after injury}}}} and then {{{{frequency|once daily for three consecutive days}}}}. MP (30 mg/kg, intravenous) was given once 30 min after injury; the sEV+MP rats received both.",
            ("h", "Outcome"),
            f"BBB scores were recorded on days 1, 3, 7, 10, 14, 21, 28, 35, 42, 49 and 56 by {{{{reported_blinded_assessment|two blinded raters}}}} and averaged. Data are mean ± SD and were compared by mixed-effects ANOVA.",
        ]),
        ("results", "Results", [
            f"{{{{size_nm|Particles had a mean size of 112.6 ± 24.3 nm by NTA}}}}; TEM showed cup-shaped vesicles.",
            "No animal died. Scores of all groups are listed in Table 2. Animals given vesicles alone pulled away from the vehicle-injected rats from day 14 (P < 0.05). On day 56, the sEV group reached {bbb:sEV@56} and the vehicle group {bbb:Vehicle@56}.",
            "Steroid alone produced only a small, non-significant gain, ending at {bbb:MP@56}, and the combination arm did not differ from the vesicle-only arm at any time ({bbb:sEV+MP@56} on day 56).",
            ("xtable", "Table 2", "BBB scores by day after injury (mean ± SD, n = 12 per group).",
             {"orient": "rows", "days": D4, "groups": ["Sham", "Vehicle", "MP", "sEV", "sEV+MP"], "corner": "Day",
              "span": "Treatment group", "day_fmt": lambda d: f"{d:g}", "split": 6,
              "marks": {("sEV", 14.0): "a", ("sEV", 28.0): "a,b", ("sEV", 56.0): "a,b", ("sEV+MP", 56.0): "a,b"},
              "foot": "Vehicle, PBS; MP, methylprednisolone 30 mg/kg; sEV, WJ-MSC small extracellular vesicles; sEV+MP, both. <sup>a</sup>P < 0.05 vs Vehicle; <sup>b</sup>P < 0.05 vs MP."}),
            "Western blots of day-7 cords showed lower PTEN and higher phospho-AKT in the sEV and sEV+MP groups.",
        ]),
        ("discussion", "Discussion", [
            f"Vesicles improved recovery whether or not MP was added. The molecular data point to {{{{mechanism|PTEN/PI3K/AKT-mediated neuronal survival}}}} [15]. Previous work reported BBB gains of about four points with higher doses [11]; our gain was similar.",
            "MP may even blunt vesicle uptake by immune cells, a question for later work.",
        ]),
    ],
    references=[POOL[0], POOL[1], POOL[2], POOL[3], POOL[4], POOL[5], POOL[6], POOL[7], POOL[8], POOL[9], POOL[10], POOL[11], POOL[12], POOL[13], POOL[14]],
    scores=Scores("BBB", "sd", [("Sham", "sham", 12), ("Vehicle", "control", 12), ("MP", "other", 12),
                                ("sEV", "treatment", 12), ("sEV+MP", "other", 12)], {
        "Sham": series(D4, [(21.0, 0.0)] * 11),
        "Vehicle": _arm([0.4, 1.1, 2.9, 4.0, 5.2, 6.4, 7.1, 7.5, 7.8, 8.0, 8.1], 0.0),
        "MP": _arm([0.5, 1.5, 3.6, 4.9, 6.0, 7.2, 7.9, 8.4, 8.7, 8.9, 9.0], 0.1),
        "sEV": _arm([0.5, 1.8, 4.4, 6.1, 7.6, 9.3, 10.6, 11.4, 12.0, 12.3, 12.5], 0.2),
        "sEV+MP": _arm([0.6, 1.9, 4.6, 6.3, 7.9, 9.6, 10.9, 11.7, 12.2, 12.6, 12.8], 0.1),
    }),
    back=[("Ethics approval", "{{reported_welfare_compliance|The Institutional Animal Ethics Committee of the Peshawar Institute of Health Sciences approved all procedures (PIHS/IAEC/22-118).}}"),
          ("Conflicts of interest", "{{reported_conflict_of_interest|The authors declare no conflict of interest.}}")],
    footnote=FOOTNOTE,
)


# --- 5. Chile: "Control" means intact rats; hemisection; weeks ---------------------------------
W5 = [7.0, 14.0, 28.0, 42.0, 56.0]
LARRAIN = Study(
    stem="larrain2019_rbmsc_exo_hemisection_intralesional_weeks",
    layout="single",
    title="Intralesional bone marrow mesenchymal stem cell exosomes promote corticospinal sprouting after thoracic hemisection in rats",
    short_title="Exosomes after hemisection",
    authors=[("Catalina", "Larraín"), ("Matías", "Fuenzalida"), ("Javiera", "Soto"), ("Rodrigo", "Palma")],
    affiliations=["Programa de Neurociencia Regenerativa, Facultad de Medicina, Universidad del Pacífico Sur, Santiago, Chile",
                  "Centro de Biología Celular, Valparaíso, Chile"],
    journal="Revista Latinoamericana de Neurotrauma Experimental",
    year=2019, volume="23(4):301–315", doi="10.5555/rlne.2019.2304",
    pmid="99100305", pmcid="PMC9910305", received="2019-05-14",
    values={
        "species": "rat", "strain": "Long-Evans", "sex": "female",
        "body_weight_g": {"low": 230, "high": 260}, "n_per_group": 7,
        "injury_model": "hemisection", "injury_level": "T8",
        "source_tissue": "bone_marrow", "source_species": "rat",
        "isolation_method": ["ultracentrifugation", "density_gradient"], "isolation_detail": "110,000 × g 2 h + iodixanol gradient",
        "characterization": ["TEM", "western_blot"], "markers": ["CD63", "TSG101", "Alix"],
        "size_nm": {"value": 87.0, "low": None, "high": None, "stat": "mean", "method": "TEM"},
        "dose": {"amount": 20, "unit": "ug", "volume_ul": 2, "basis": "protein"},
        "route": "intralesional", "route_detail": "lesion site",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0,
        "mechanism": "corticospinal axon sprouting",
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, f"Hemisection injuries interrupt half of the descending tracts and leave the other half to compensate. We injected exosomes of rat bone marrow mesenchymal stem cells directly into a T8 hemisection and followed hindlimb function for eight weeks. Exosome-treated rats reached higher BBB scores than untreated hemisected rats, and anterograde tracing showed more corticospinal fibres crossing the midline caudal to the lesion."),
    ],
    keywords=["hemisection", "exosomes", "corticospinal tract", "sprouting", "bone marrow"],
    sections=[
        ("intro", "Introduction", [
            "Lateral hemisection is a reproducible lesion in which spontaneous recovery depends on sprouting of spared fibres [16]. Mesenchymal stem cell exosomes promote neurite outgrowth in vitro [2].",
            "We previously found, in a contusion model, that treated rats scored 9.8 at four weeks [5]. Here we asked whether local delivery helps a lesion that relies on plasticity.",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Animals"),
            f"{{{{species,strain,sex|Female Long-Evans rats}}}} ({{{{body_weight_g|230–260 g}}}}) were kept in pairs with environmental enrichment.",
            ("h", "Exosomes"),
            f"{{{{source_tissue,source_species|Mesenchymal stem cells were obtained from the bone marrow of young Long-Evans rats}}}}. Conditioned medium was spun at 110{TH}000 × g for 2 h and {{{{isolation_method,isolation_detail|the crude pellet was floated on an iodixanol density gradient}}}}. The exosome-rich fractions were pooled and {{{{characterization|examined by TEM and western blot}}}} ({{{{markers|CD63, TSG101 and Alix}}}}).",
            ("h", "Surgery and experimental groups"),
            f"Three groups were formed ({{{{n_per_group|n = 7 each}}}}). Control: intact rats, anaesthesia only. Lesion: {{{{injury_model,injury_level|left lateral hemisection at T8}}}} with microscissors and no further treatment. Lesion + Exo: the same hemisection followed {{{{timing_post_injury_h|immediately}}}} by {{{{dose|20 {MU}g of exosomes in 2 {MU}L saline}}}} {{{{route,route_detail|injected into the lesion site}}}} with a glass micropipette, {{{{frequency|a single time}}}}.",
            ("h", "Behavioural testing"),
            "The ipsilateral hindlimb was scored with the BBB scale at weeks 1, 2, 4, 6 and 8. Results are mean ± SEM. Two-way ANOVA and Holm–Sidak tests were used.",
        ]),
        ("results", "Results", [
            f"{{{{size_nm|On TEM images the vesicles measured 87 ± 19 nm (mean ± SD, 200 vesicles)}}}}.",
            "Intact controls walked normally throughout. Hemisected rats lost most ipsilateral hindlimb function and recovered partially over eight weeks (Table 1).",
            "The treated hemisected rats recovered more: at week 8 they reached {bbb:Lesion + Exo@56}, while untreated hemisected animals remained at {bbb:Lesion@56} (P < 0.01). The difference was first significant at week 4, when exosome-injected animals scored {bbb:Lesion + Exo@28} against {bbb:Lesion@28}.",
            ("table", "Table 1", "Ipsilateral BBB scores (mean ± SEM; n = 7).",
             {"orient": "cols", "days": W5, "groups": ["Control", "Lesion", "Lesion + Exo"], "corner": "",
              "day_fmt": lambda d: f"{d / 7:g} wk"}),
            "BDA-labelled corticospinal fibres crossing the midline at T10 were twice as numerous in the exosome group.",
        ]),
        ("discussion", "Discussion", [
            f"Local exosomes enhanced the plasticity that drives recovery after hemisection, most likely by {{{{mechanism|promoting corticospinal axon sprouting}}}} [10]. Doses of 100–200 µg have been used for systemic injection [5]; a small local dose was sufficient here.",
        ]),
    ],
    references=[POOL[0], POOL[1], POOL[3], POOL[6], POOL[4], POOL[7], POOL[8], POOL[9], POOL[10], POOL[15], POOL[11], POOL[2], POOL[12], POOL[13], POOL[14], POOL[5]],
    scores=Scores("BBB", "sem", [("Control", "sham", 7), ("Lesion", "control", 7), ("Lesion + Exo", "treatment", 7)], {
        "Control": series(W5, [(21.0, 0.0)] * 5),
        "Lesion": series(W5, [(4.1, 0.6), (6.0, 0.7), (8.2, 0.7), (9.4, 0.8), (10.1, 0.8)]),
        "Lesion + Exo": series(W5, [(5.0, 0.6), (7.9, 0.7), (11.3, 0.8), (13.0, 0.8), (14.2, 0.9)]),
    }),
    back=[("Ethics", "{{reported_welfare_compliance|The bioethics committee of the Faculty of Medicine approved the study (CBA-2017-112).}}"),
          ("Competing interests", "{{reported_conflict_of_interest|The authors declare that no competing interests exist.}}")],
    footnote=FOOTNOTE,
)


# --- 6. Taiwan: DMEM / N-EV / H-EV arms defined in a footnote; legend numbers ------------------
D6 = [1.0, 7.0, 14.0, 21.0, 28.0]
KUO = Study(
    stem="kuo2024_hypoxic_hpmsc_ev_clip_daily_femoral",
    layout="twocol",
    title="Hypoxia-preconditioned placental mesenchymal stem cell extracellular vesicles enhance angiogenesis and recovery after clip compression of the rat spinal cord",
    short_title="Hypoxic placental EVs after SCI",
    authors=[("Yu-Ting", "Kuo"), ("Chih-Hao", "Lin"), ("Pei-Shan", "Huang"), ("Wei-Lun", "Tsai"), ("Hsin-Yi", "Chou")],
    affiliations=["Graduate Institute of Regenerative Medicine, Taichung Medical College, Taichung, Taiwan",
                  "Department of Neurosurgery, Kaohsiung Veterans Teaching Hospital, Kaohsiung, Taiwan"],
    journal="Formosan Journal of Neural Repair",
    year=2024, volume="12(1):45–58", doi="10.5555/fjnr.2024.0104",
    pmid="99100306", pmcid="PMC9910306", received="2023-10-30",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male",
        "body_weight_g": {"low": 250, "high": 300}, "n_per_group": 8,
        "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T10",
        "source_tissue": "placenta", "source_species": "human", "modification": "hypoxic preconditioning",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "120,000 × g 90 min",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD9", "CD63", "HSP70", "calnexin"],
        "size_nm": {"value": 118.0, "low": None, "high": None, "stat": "median", "method": "NTA"},
        "dose": {"amount": 200, "unit": "ug", "volume_ul": 200, "basis": "protein"},
        "route": "intravenous", "route_detail": "femoral vein",
        "frequency": {"doses": 5, "interval_h": 24}, "timing_post_injury_h": 1,
        "mechanism": "HIF-1α-dependent angiogenesis",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Hypoxic priming changes the cargo of stem-cell vesicles, but whether this matters in vivo after spinal compression is unclear."),
        ("Methods", "Rats with T10 clip compression received DMEM, EVs from normoxic placental MSCs or EVs from hypoxia-preconditioned cells by femoral vein daily for five days."),
        ("Results", "Hypoxic EVs gave the best BBB scores and the densest CD31-positive vessels at 28 days."),
        ("Conclusions", "Hypoxic preconditioning strengthens the pro-angiogenic and functional effects of placental MSC EVs."),
    ],
    keywords=["hypoxia", "placenta", "extracellular vesicles", "angiogenesis", "compression"],
    sections=[
        ("intro", "Introduction", [
            "Loss of microvessels after spinal compression starves the surviving tissue [6]. Culturing MSCs in low oxygen raises the content of pro-angiogenic microRNAs in their vesicles [9].",
            "In a pilot, hypoxic vesicles raised BBB scores by two points over normoxic ones at 21 days [16]. We set out to test this properly.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals and compression injury"),
            f"{{{{species,strain,sex|Male Sprague-Dawley rats}}}} ({{{{body_weight_g|250–300 g}}}}) were anaesthetised with isoflurane. After T9–T11 laminectomy, {{{{injury_model,injury_device|the cord was compressed with a modified aneurysm clip}}}} (35 g, 1 min) {{{{injury_level|at T10}}}}. Sham rats underwent laminectomy only.",
            ("h", "EV preparation"),
            f"{{{{source_tissue,source_species|Human placental MSCs}}}} (passage 4) were either kept in normoxia or {{{{modification|cultured in 1% oxygen for 48 h (hypoxic preconditioning)}}}}. EVs were {{{{isolation_method,isolation_detail|collected by ultracentrifugation at 120{TH}000 × g for 90 min}}}} and characterised by {{{{characterization|NanoSight NTA, TEM and western blotting}}}} for {{{{markers|CD9, CD63, HSP70 and calnexin}}}}.",
            ("h", "Design"),
            f"Rats were {{{{reported_randomisation|randomly distributed}}}} ({{{{n_per_group|eight rats per group}}}}) into the four groups listed in Table 1. Each EV dose was {{{{dose|200 {MU}g in 200 {MU}L DMEM}}}}, {{{{route,route_detail|infused through the femoral vein}}}} beginning {{{{timing_post_injury_h|1 h post-injury}}}} and given {{{{frequency|once a day for 5 days}}}}.",
            f"BBB scores were assessed on days 1, 7, 14, 21 and 28 by {{{{reported_blinded_assessment|investigators blind to the treatment}}}}. Mean ± SD; one-way ANOVA per day with Tukey's test.",
        ]),
        ("results", "Results", [
            f"{{{{size_nm|The median diameter by NTA was 118 nm}}}} for both preparations, and both carried CD9, CD63 and HSP70.",
            "Sham-operated rats kept normal scores. Among injured rats, those treated with hypoxia-primed vesicles improved fastest; the normoxic preparation gave an intermediate result. On day 28 the H-EV rats scored {bbb:H-EV@28}, the N-EV rats {bbb:N-EV@28} and the DMEM-injected rats {bbb:SCI-DMEM@28}.",
            ("xtable", "Table 1", "BBB locomotor scores after clip compression.",
             {"orient": "rows", "days": D6, "groups": ["Sham", "SCI-DMEM", "N-EV", "H-EV"], "corner": "Day",
              "span": "BBB score (mean ± SD), n = 8", "day_fmt": lambda d: f"{d:g} d",
              "marks": {("H-EV", 14.0): "*", ("H-EV", 21.0): "*#", ("H-EV", 28.0): "*#", ("N-EV", 28.0): "*"},
              "foot": "SCI-DMEM, injured rats given DMEM; N-EV, EVs from normoxic placental MSCs; H-EV, EVs from hypoxia-preconditioned placental MSCs. *P < 0.05 vs SCI-DMEM; #P < 0.05 vs N-EV."}),
            ("figure", "Figure 3", "BBB scores over 28 days. On day 14, H-EV {bbb:H-EV@14|paren} versus SCI-DMEM {bbb:SCI-DMEM@14|paren}; mean (SD).",
             {"days": D6, "groups": ["SCI-DMEM", "N-EV", "H-EV"]}),
            "CD31-positive vessel density around the epicentre was highest in the H-EV group.",
        ]),
        ("discussion", "Discussion", [
            f"Hypoxic priming made placental EVs more effective, consistent with {{{{mechanism|HIF-1α-dependent angiogenesis}}}} [16]. Others gave 100 µg once [5]; our five daily doses may explain the larger effect.",
        ]),
    ],
    references=[POOL[0], POOL[1], POOL[3], POOL[6], POOL[4], POOL[5], POOL[7], POOL[10], POOL[8], POOL[9], POOL[11], POOL[2], POOL[12], POOL[13], POOL[14], POOL[15]],
    scores=Scores("BBB", "sd", [("Sham", "sham", 8), ("SCI-DMEM", "control", 8), ("N-EV", "other", 8), ("H-EV", "treatment", 8)], {
        "Sham": series(D6, [(21.0, 0.0)] * 5),
        "SCI-DMEM": series(D6, [(0.3, 0.4), (2.8, 0.9), (5.1, 1.2), (6.3, 1.4), (7.0, 1.5)]),
        "N-EV": series(D6, [(0.4, 0.5), (3.4, 1.0), (6.4, 1.3), (8.0, 1.5), (9.1, 1.6)]),
        "H-EV": series(D6, [(0.5, 0.5), (4.3, 1.1), (8.1, 1.4), (10.2, 1.6), (11.6, 1.8)]),
    }),
    back=[("Ethics approval", "{{reported_welfare_compliance|Procedures were approved by the Institutional Animal Care and Use Committee of Taichung Medical College (IACUC-2022-031).}}"),
          ("Conflict of interest statement", "{{reported_conflict_of_interest|The authors have no conflicts of interest to declare.}}")],
    footnote=FOOTNOTE,
)

PAPERS = [(KHATTAK, {"footer"}), (LARRAIN, set()), (KUO, set())]
