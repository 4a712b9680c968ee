"""Summit studies 11-12 (invented): Italy (native vesicles, both sexes), Turkey (hypoxic preconditioning)."""

from __future__ import annotations

from extgen.model import Scores, Study
from summitgen.common import MU, NOTICE, TH, days, refs, series

# ---------------------------------------------------------------------------------------------
# 11. Italy: rats of both sexes, forceps compression, explicitly native exosomes, repeated tail-vein
#     doses every 48 h; sucrose-gradient flotation; a weeks-as-rows table (SEM)
# ---------------------------------------------------------------------------------------------
_D11 = days(7, 14, 28, 42, 56)


def _settimana(d: float) -> str:
    return f"{d / 7:g} wk"


QUAGLIA = Study(
    stem="quaglia2019_hbmsc_exo_native_forceps_iv",
    layout="twocol",
    title="Native exosomes from human bone marrow mesenchymal stromal cells dampen microglial TLR4 signalling and "
          "improve locomotion after forceps compression of the rat spinal cord",
    short_title="Native hBM-MSC exosomes after forceps compression",
    authors=[("Giulia", "Quaglia"), ("Matteo", "Bellandi"), ("Chiara", "Ruggeri"), ("Lorenzo", "Sabatini"),
             ("Elena", "Fumagalli")],
    affiliations=["Dipartimento di Scienze Biomediche, Università degli Studi del Lago, Pavia, Italy",
                  "Laboratorio di Terapie Cellulari, Istituto Clinico Padano, Milano, Italy"],
    journal="Italian Journal of Experimental Neurology",
    year=2019,
    volume="44(6):603–617",
    doi="10.5555/ijen.2019.603",
    pmid="99210441",
    pmcid="PMC9921441",
    received="2019-09-23",
    values={
        "species": "rat", "strain": "Wistar", "sex": "both", "body_weight_g": {"low": 220, "high": 300},
        "n_per_group": 12, "injury_model": "compression", "injury_device": "forceps", "injury_level": "T9",
        "source_tissue": "bone_marrow", "source_species": "human", "modification": "none",
        "isolation_method": ["ultracentrifugation", "density_gradient"],
        "isolation_detail": "100,000 g 70 min; sucrose gradient 200,000 g 16 h",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD63", "CD81", "TSG101", "calnexin"],
        "size_nm": {"value": 112.0, "low": None, "high": None, "stat": "median", "method": "NTA"},
        "dose": {"amount": 400, "unit": "ug", "volume_ul": 1000, "basis": "protein"},
        "route": "intravenous", "route_detail": "lateral tail vein",
        "frequency": {"doses": 5, "interval_h": 48}, "timing_post_injury_h": 3,
        "mechanism": "inhibition of microglial TLR4/MyD88/NF-κB signalling",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Most studies of mesenchymal stromal cell exosomes after spinal cord injury have used one sex and a "
         "single dose. We treated male and female Wistar rats with native exosomes from human bone marrow "
         "mesenchymal stromal cells (hBM-MSC-Exo), given intravenously every 48 h for five doses starting 3 h "
         "after forceps compression at T9. Treated rats reached a BBB score of {bbb:hBM-MSC-Exo@56} at 8 weeks "
         "versus {bbb:SCI + saline@56} after saline, without a sex difference. Exosomes reduced TLR4, MyD88 and "
         "nuclear NF-κB in Iba1-positive microglia."),
    ],
    keywords=["exosomes", "bone marrow stromal cells", "compression injury", "microglia", "TLR4", "sex differences"],
    sections=[
        ("intro", "Introduction", [
            "Microglia are the first cells to respond to spinal cord injury (SCI), and their activation through "
            "Toll-like receptor 4 (TLR4) drives the release of cytokines that extend tissue loss [12].",
            "Extracellular vesicles of the exosome class, 30–150 nm in diameter and enriched in tetraspanins [2], "
            "are thought to mediate much of the paracrine effect of mesenchymal stromal cells (MSCs). Many recent "
            "papers use engineered exosomes; we reasoned that the activity of native preparations should first be "
            "established in both sexes and with a clinically plausible repeated schedule.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals"),
            "{{species,strain,sex|Wistar rats of both sexes}} ({{body_weight_g|220–300 g}}; males were heavier) "
            "were used. {{reported_welfare_compliance|Experiments were authorised by the Italian Ministry of "
            "Health (authorisation 415/2017-PR) in accordance with Legislative Decree 26/2014 and Directive "
            "2010/63/EU}}. Each group comprised {{n_per_group|12 animals (six males and six females)}}, "
            "{{reported_randomisation|assigned by a randomisation sequence stratified by sex}}.",
            ("h", "Spinal cord compression"),
            "Anaesthesia was induced with isoflurane (4%) and maintained at 2%. After laminectomy of the "
            "{{injury_level|T9}} vertebra, the cord was compressed for 15 s with modified "
            "{{injury_model,injury_device|forceps compression}} (calibrated watchmaker forceps with a 0.9 mm "
            "spacer). Sham rats underwent laminectomy only.",
            ("h", "Exosome preparation"),
            "{{source_tissue,source_species|Human bone marrow MSCs}} (three donors, passage 4–6; Lonza) were "
            "grown in exosome-depleted medium for 48 h. Exosomes were prepared by differential centrifugation "
            "(300 g × 10 min, 2" + TH + "000 g × 20 min, 10" + TH + "000 g × 30 min) followed by "
            "{{isolation_method,isolation_detail|ultracentrifugation at 100" + TH + "000 g × 70 min}}, and the "
            "pellet was floated on a {{isolation_method,isolation_detail|sucrose gradient (0.25–2.5 M) at "
            "200" + TH + "000 g for 16 h}}. Fractions of 1.10–1.18 g/ml were washed in PBS. "
            "{{modification|The exosomes were native, i.e. cells were neither transfected nor preconditioned}}.",
            "Vesicles were analysed by {{characterization|NTA}} (NanoSight NS300, five 60-s videos), "
            "{{characterization|TEM}} and {{characterization|western blot}} for {{markers|CD63, CD81 and "
            "TSG101}}; {{markers|calnexin}} served as a negative marker.",
            ("h", "Treatment schedule"),
            "{{timing_post_injury_h|Starting 3 h after injury}}, rats received {{dose|400 " + MU + "g of "
            "exosomes in 1 ml saline}} {{route,route_detail|through the lateral tail vein}}, "
            "{{frequency|every 48 h for a total of five doses}}. Controls (SCI + saline) received saline.",
            ("h", "Functional testing"),
            "The BBB open-field test was done at 1, 2, 4, 6 and 8 weeks {{reported_blinded_assessment|by two "
            "examiners blinded to treatment and sex}}. Grid walk and CatWalk were performed at 8 weeks.",
            ("h", "Statistical analysis"),
            "Results are mean ± SEM. Two-way ANOVA (group × time, then group × sex) with Holm–Šidák post hoc "
            "tests was used (Prism 8).",
        ]),
        ("results", "Results", [
            "NTA gave a {{size_nm|median (D50) size of 112 nm}} and a concentration of 4.5 × 10<sup>11</sup> "
            "particles/ml after gradient purification; TEM showed intact cup-shaped vesicles.",
            "All injured rats were paraplegic at day 1. Exosome-treated rats improved faster from week 2 "
            "(Table 1): the score was {bbb:hBM-MSC-Exo@14} compared with {bbb:SCI + saline@14} in saline-treated "
            "rats. The advantage persisted at week 6, and at the final session treated males and females did "
            "not differ (P = 0.71). Grid-walk foot faults were reduced by 35%.",
            ("table", "Table 1", "BBB scores over eight weeks (mean ± SEM; 12 rats per group, sexes pooled).",
             {"orient": "rows", "days": _D11, "groups": ["Sham", "SCI + saline", "hBM-MSC-Exo"],
              "day_fmt": _settimana, "corner": "Time"}),
            "TLR4 and MyD88 in Iba1<sup>+</sup> cells and nuclear p65 were lower in treated rats at day 7.",
        ]),
        ("discussion", "Discussion", [
            "Repeated doses of native exosomes improved locomotion to a similar extent in both sexes, apparently by "
            "{{mechanism|inhibiting microglial TLR4/MyD88/NF-κB signalling}}. Previous studies with single doses of "
            "100–200 " + MU + "g reported smaller gains of 2–3 BBB points [5,13]. Nanoparticle tracking in other "
            "laboratories gave modal sizes of about 90 nm [4]. The forceps model produces a reproducible but "
            "milder injury than high-force contusion, which limits comparison.",
        ]),
    ],
    references=refs(1, 3, 4, 11, 12),
    scores=Scores(
        outcome="BBB", err="sem",
        groups=[("Sham", "sham", 12), ("SCI + saline", "control", 12), ("hBM-MSC-Exo", "treatment", 12)],
        values={
            "Sham": series(_D11, [(21.0, 0.0)] * 5),
            "SCI + saline": series(_D11, [(3.2, 0.4), (5.4, 0.5), (7.6, 0.5), (8.4, 0.6), (8.9, 0.6)]),
            "hBM-MSC-Exo": series(_D11, [(3.6, 0.4), (7.1, 0.5), (10.2, 0.6), (11.9, 0.6), (12.7, 0.6)]),
        },
    ),
    back=[("Conflict of interest statement", "{{reported_conflict_of_interest|The authors report no conflict "
           "of interest}}.")],
    footnote=NOTICE,
)

# ---------------------------------------------------------------------------------------------
# 12. Turkey: hypoxia-preconditioned UC-MSC exosomes by femoral vein, weight per kg; BBB in text only,
#     several sentence shapes; a table of another measure (trap)
# ---------------------------------------------------------------------------------------------
_D12 = days(1, 7, 14, 21, 28)
YUCEL = Study(
    stem="yucelen2024_hucmsc_exo_hypoxic_weightdrop_femoral",
    layout="single",
    title="Exosomes from hypoxia-preconditioned umbilical cord mesenchymal stem cells enhance functional recovery "
          "and reduce apoptosis after traumatic spinal cord injury in rats",
    short_title="Hypoxic UC-MSC exosomes in SCI",
    authors=[("Zeynep", "Yücelen"), ("Emre", "Karataş"), ("Buse", "Demirkol"), ("Orhan", "Aksu")],
    affiliations=["Department of Neurosurgery, Anadolu Kent University Faculty of Medicine, Ankara, Türkiye",
                  "Department of Stem Cell Sciences, Anadolu Kent University Graduate School of Health, Ankara, Türkiye"],
    journal="Turkish Journal of Spine Research",
    year=2024,
    volume="35(1):18–29",
    doi="10.5555/tjsr.2024.018",
    pmid="99210442",
    pmcid="PMC9921442",
    received="2024-01-08",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male", "body_weight_g": {"low": 280, "high": 320},
        "n_per_group": 8, "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T10",
        "source_tissue": "umbilical_cord", "source_species": "human", "modification": "hypoxic preconditioning",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "120,000 g 90 min, twice",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "HSP70"],
        "size_nm": {"value": 109.3, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug_per_kg", "volume_ul": None, "basis": "protein"},
        "route": "intravenous", "route_detail": "femoral vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 3,
        "mechanism": "HIF-1α-induced miR-210 suppressing apoptosis",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Objective", "To investigate the effects of exosomes derived from hypoxia-preconditioned human umbilical "
         "cord mesenchymal stem cells (Hypo-Exo) in an experimental spinal cord injury model."),
        ("Material and Methods", "Thirty-two male Wistar Albino rats were divided into Sham, Trauma, Normo-Exo and "
         "Hypo-Exo groups. Exosomes were administered once through the femoral vein 3 hours after weight-drop "
         "injury. BBB scores, TUNEL staining and miR-210 levels were evaluated."),
        ("Results", "On day 28 the BBB score of the Hypo-Exo group ({bbb:Hypo-Exo@28}) was higher than both the "
         "Trauma ({bbb:Trauma@28}) and Normo-Exo groups."),
        ("Conclusion", "Hypoxic preconditioning increases the neuroprotective effect of UC-MSC exosomes."),
    ],
    keywords=["exosome", "hypoxia", "spinal cord injury", "apoptosis", "miR-210"],
    sections=[
        ("intro", "Introduction", [
            "Spinal cord injury (SCI) results in permanent loss of motor and sensory function below the level of "
            "the lesion, and apoptosis of neurons and oligodendrocytes continues for weeks after the trauma [1]. "
            "Mesenchymal stem cells (MSCs) exert their effects mainly through paracrine mechanisms, and exosomes, "
            "40–160 nm membrane-bound vesicles, are the most studied component of this secretome [2].",
            "Culture under low oxygen resembles the physiological niche of MSCs and has been shown to change the "
            "microRNA content of their exosomes, particularly increasing miR-210 [8]. In this study we aimed to "
            "compare exosomes from hypoxic and normoxic umbilical cord MSCs after SCI.",
        ]),
        ("methods", "Material and Methods", [
            ("h", "Experimental animals and groups"),
            "{{reported_welfare_compliance|The study was approved by the Local Ethics Committee for Animal "
            "Experiments of Anadolu Kent University (decision no: 2022/07-4)}}. Thirty-two adult "
            "{{species,strain,sex|male Wistar Albino rats}} weighing {{body_weight_g|280–320 g}} were used and "
            "divided into four groups {{n_per_group|(n=8 each)}}: Group 1 (Sham), Group 2 (Trauma), Group 3 "
            "(Normo-Exo) and Group 4 (Hypo-Exo).",
            ("h", "Spinal cord injury model"),
            "Rats were anesthetized with intramuscular ketamine (60 mg/kg) and xylazine (5 mg/kg). Following "
            "{{injury_level|T10}} total laminectomy, {{injury_model,injury_device|a contusion injury was performed "
            "with the weight-drop technique}} described by Allen, dropping a 10 g weight from a height of 2.5 cm "
            "onto the dura. Rats in the Sham group underwent laminectomy alone.",
            ("h", "MSC culture, hypoxic preconditioning and exosome isolation"),
            "{{source_tissue,source_species|Human umbilical cord MSCs}} were obtained from the cell bank of our "
            "institution. For {{modification|hypoxic preconditioning, cells were cultured at 2% O<sub>2</sub>}} for "
            "24 h in a hypoxia chamber; normoxic cells were kept at 21% O<sub>2</sub>. Exosomes were isolated by "
            "centrifugation at 2000 g (10 min) and 10" + TH + "000 g (30 min), and "
            "{{isolation_method,isolation_detail|ultracentrifugation at 120" + TH + "000 g for 90 min, repeated "
            "twice}}.",
            "Exosomes were characterized by {{characterization|transmission electron microscopy}}, "
            "{{characterization|nanoparticle tracking analysis}} and {{characterization|Western blot}} analysis "
            "of {{markers|CD9, CD63 and HSP70}}.",
            ("h", "Treatment"),
            "{{timing_post_injury_h|Three hours after trauma}}, exosomes at a dose of {{dose|100 " + MU + "g/kg}} "
            "were injected {{route,route_detail|through the femoral vein}} {{frequency|as a single dose}}. The "
            "Trauma group received an equal volume of saline.",
            ("h", "Functional evaluation"),
            "Locomotor function was evaluated with the BBB scale at 1, 7, 14, 21 and 28 days "
            "{{reported_blinded_assessment|by two researchers who were unaware of the groups}}. Motor evoked "
            "potentials were recorded on day 28.",
            ("h", "Statistical analysis"),
            "SPSS 26.0 was used. Data were expressed as mean ± standard deviation. Kruskal–Wallis and Mann–Whitney "
            "U tests with Bonferroni correction were used; p<0.05 was considered significant.",
        ]),
        ("results", "Results", [
            "TEM showed vesicles with typical morphology. By NTA the {{size_nm|mean diameter was 109.3±11.6 nm}} for "
            "Hypo-Exo and 114.8±13.0 nm for Normo-Exo.",
            "On day 1, BBB scores were {bbb:Trauma@1} in the Trauma group, {bbb:Normo-Exo@1} in the Normo-Exo group "
            "and {bbb:Hypo-Exo@1} in the Hypo-Exo group, with no difference. The Hypo-Exo group's scores increased "
            "from {bbb:Hypo-Exo@7} on day 7 to {bbb:Hypo-Exo@14} on day 14 and {bbb:Hypo-Exo@21} on day 21. In the "
            "Normo-Exo group the corresponding values were {bbb:Normo-Exo@7}, {bbb:Normo-Exo@14} and "
            "{bbb:Normo-Exo@21}, and in the Trauma group {bbb:Trauma@7}, {bbb:Trauma@14} and {bbb:Trauma@21}. On "
            "day 28 the Normo-Exo group scored {bbb:Normo-Exo@28}.",
            "Motor evoked potential latency on day 28 was 3.9 ± 0.4 ms in the Hypo-Exo group and 5.1 ± 0.6 ms in "
            "the Trauma group, and amplitude 1.8 ± 0.3 mV versus 0.9 ± 0.2 mV.",
            "TUNEL-positive cells were fewer and miR-210 was 3.4-fold higher in the Hypo-Exo group than in the "
            "Normo-Exo group.",
        ]),
        ("discussion", "Discussion", [
            "Exosomes from hypoxic UC-MSCs were more effective than normoxic exosomes, which we relate to "
            "{{mechanism|HIF-1α-induced miR-210 suppressing apoptosis}}. In a previous study, hypoxic exosomes "
            "given intralesionally produced a BBB score of 11.5 at four weeks [8]; another group used "
            "200 " + MU + "g per rat intravenously [5]. Our results support these findings.",
        ]),
    ],
    references=refs(0, 1, 4, 7),
    scores=Scores(
        outcome="BBB", err="sd",
        groups=[("Trauma", "control", 8), ("Normo-Exo", "other", 8), ("Hypo-Exo", "treatment", 8)],
        values={
            "Trauma": series(_D12, [(0.6, 0.5), (2.9, 0.8), (4.6, 1.0), (5.8, 1.1), (6.5, 1.2)]),
            "Normo-Exo": series(_D12, [(0.8, 0.6), (3.4, 0.9), (5.5, 1.0), (7.0, 1.2), (7.9, 1.2)]),
            "Hypo-Exo": series(_D12, [(0.7, 0.6), (4.1, 0.9), (6.8, 1.1), (8.9, 1.2), (10.2, 1.3)]),
        },
    ),
    back=[("Ethics committee approval", "Anadolu Kent University Local Ethics Committee for Animal Experiments, "
           "2022/07-4."),
          ("Conflict of interest", "{{reported_conflict_of_interest|The authors declared no conflict of "
           "interest}}.")],
    footnote=NOTICE,
)

STUDIES = [QUAGLIA, YUCEL]
