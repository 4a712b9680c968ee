"""Wide corpus, studies 4-6 (invented). Markup: see ``extgen.model`` and ``widegen.core``."""

from __future__ import annotations

from extgen.model import Scores

from widegen.core import WideStudy
from widegen.refs import GMU, MU, NB, NOTICE, POOL


def _v(days: list[float], pairs: list[tuple[float, float]]) -> dict[float, tuple[float, float]]:
    return dict(zip(days, pairs, strict=True))


# ----------------------------------------------------------------------------- 4
D9 = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0, 35.0, 42.0]
DIM = WideStudy(
    stem="dimitrov2020_hypoxic_rbmsc_exo_clip_femoral",
    layout="single", render="landscape",
    exercises="landscape table page (groups as rows, n column, pre-op column, merged 'Days post-injury' header); "
              "hypoxic preconditioning vs normoxic exosomes; clip at 'Th10' after Th9–Th11 laminectomy; sucrose "
              "cushion; femoral vein at 1 h then daily ×3; 'rose from … to …' text (SD)",
    title="Hypoxia-preconditioned bone marrow stromal cell exosomes after compressive spinal cord injury",
    short_title="Hypoxic BMSC exosomes in compression SCI",
    authors=[("Petar", "Dimitrov"), ("Aylin", "Karaca"), ("Siobhan", "Doyle"), ("Viktor", "Hallberg"),
             ("Noor", "Haddad")],
    affiliations=["Institute of Experimental Neurology, Black Sea Medical University, Varna (invented)",
                  "Laboratory of Hypoxia Biology, Black Sea Medical University"],
    journal="Spinal Cord Biology and Medicine",
    year=2020, volume="31(6):612–628", doi="10.5555/scbm.2020.0612", pmid="99200104", pmcid="PMC99200104",
    received="2020-01-27",
    values={
        "species": "rat", "strain": "Wistar", "sex": "female", "body_weight_g": {"low": 200, "high": 220},
        "n_per_group": 6, "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T10",
        "source_tissue": "bone_marrow", "source_species": "rat", "modification": "hypoxic preconditioning",
        "isolation_method": ["ultracentrifugation", "density_gradient"],
        "isolation_detail": "30% sucrose cushion, 120,000 × g 90 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD81", "HSP70", "calnexin"],
        "size_nm": {"value": 102.4, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 50, "unit": "ug", "volume_ul": 200, "basis": "protein"},
        "route": "intravenous", "route_detail": "femoral vein", "frequency": {"doses": 3, "interval_h": 24},
        "timing_post_injury_h": 1.0, "mechanism": "HIF-1α-driven angiogenesis",
        "reported_blinded_assessment": True,
    },
    abstract=[
        (None, "Hypoxic culture changes the cargo of stromal cell vesicles. We compared exosomes from rat bone "
               "marrow stromal cells {{modification|preconditioned under hypoxia (1% O<sub>2</sub>, 48 h)}} "
               "(Hypo-Exo) with exosomes from normoxic cells (Nor-Exo) in female Wistar rats with clip "
               "compression of the thoracic cord. Hypo-Exo improved BBB scores at six weeks and increased "
               "vessel density around the lesion, consistent with {{mechanism|HIF-1α-driven angiogenesis}}."),
    ],
    keywords=["hypoxia", "exosomes", "angiogenesis", "compression injury", "HIF-1α"],
    sections=[
        ("intro", "Introduction", [
            "Compression injuries reproduce the sustained cord deformation seen in burst fractures [3]. "
            "Stromal cells cultured at low oxygen secrete more pro-angiogenic factors and vesicles [11]. "
            "Vesicles from such cells have been given at doses between 10 and 400 µg in earlier "
            "contusion studies [13], but not after compression.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals"),
            "The experiments used {{species,strain,sex,body_weight_g|adult female Wistar rats of 200–220 g}}, "
            "housed under a 12 h light cycle. Animals were distributed into four groups of "
            "{{n_per_group|six rats}}: Sham, SCI, SCI + Nor-Exo and SCI + Hypo-Exo.",
            ("h", "Cells and preconditioning"),
            "{{source_tissue,source_species|Bone marrow stromal cells were isolated from the femora of "
            "young Wistar rats}} by plastic adherence. At passage 3, half of the flasks were placed in a "
            "hypoxia chamber at 1% O<sub>2</sub> for 48 h and the rest were kept at 21% O<sub>2</sub>; both "
            "received exosome-depleted serum during this period.",
            ("h", "Exosome preparation"),
            f"Media were cleared of cells and debris (500{NB}×g, 10 min; 10,000{NB}×g, 30 min), and the "
            "supernatant was {{isolation_method,isolation_detail|loaded onto a 30% sucrose cushion and "
            f"centrifuged at 120,000{NB}×g for 90 min}}}} (SW32 rotor, 4 °C). The vesicle band was diluted in "
            f"PBS and pelleted once more at 120,000{NB}×g for 90 min. Vesicles were examined by "
            "{{characterization|transmission electron microscopy}} and "
            "{{characterization|nanoparticle tracking analysis}}, and "
            "{{characterization,markers|CD9, CD81, HSP70 and calnexin were detected by western blot}} "
            "(mouse anti-CD9, rabbit anti-CD81, rabbit anti-HSP70, goat anti-calnexin).",
            ("h", "Compression injury"),
            "Anaesthesia was induced with chloral hydrate (300 mg/kg). After laminectomy of Th9–Th11, "
            "{{injury_model,injury_device|a modified aneurysm clip with a closing force of 30 g}} was applied "
            "extradurally at {{injury_level|Th10}} for 1 min.",
            ("h", "Treatment"),
            "{{dose,route,route_detail|Exosomes (50 µg protein in 200 µL saline) were infused into the "
            "femoral vein}} {{timing_post_injury_h,frequency|1 h after compression and then once daily for "
            "the next two days (three injections in total)}}. The SCI group received saline.",
            ("h", "Functional assessment"),
            "BBB scores were obtained before surgery and on days 1, 3, 7, 14, 21, 28, 35 and 42 by "
            "{{reported_blinded_assessment|two investigators blind to the treatment}}. Hindlimb strength was "
            "also rated with the combined behavioural score (CBS, 0–100). Data are expressed as mean ± SD.",
        ]),
        ("results", "Results", [
            "NTA gave a {{size_nm|mean diameter of 102.4 ± 8.7 nm}} for Hypo-Exo and 99.8 ± 9.1 nm for "
            "Nor-Exo; TEM images showed bilayered cup-shaped vesicles.",
            "BBB scores are shown in Table 1. In the SCI + Hypo-Exo group the score rose from "
            "{o:SCI + Hypo-Exo@1|mean} on day 1 to {o:SCI + Hypo-Exo@42|mean} on day 42, whereas saline rats "
            "plateaued after four weeks. Nor-Exo had an intermediate effect. CBS values on day 42 were 48 ± 6 "
            "(Hypo-Exo), 57 ± 7 (Nor-Exo) and 71 ± 5 (SCI).",
            ("table", "Table 1", "BBB scores after clip compression (mean ± SD).",
             {"landscape": True,
              "head": [["Group", "n", "Pre-op", ("Days post-injury", 8)],
                       ["", "", ""] + [f"{d:g}" for d in D9]],
              "body": [[g, "6", "21.0 ± 0.0"] + [f"{{o:{g}@{d:g}}}" for d in D9]
                       for g in ("Sham", "SCI", "SCI + Nor-Exo", "SCI + Hypo-Exo")],
              "widths": [0.16, 0.04, 0.08] + [0.09] * 8,
              "foot": "Sham rats underwent laminectomy without compression. CBS, combined behavioural score "
                      "(not shown)."}),
        ]),
        ("discussion", "Discussion", [
            "Preconditioning added roughly two BBB points to the effect of normoxic vesicles. Comparable "
            "gains (BBB 11.8 ± 1.4 vs 8.2 ± 1.1) were reported after hypoxic adipose-derived vesicles [11]. "
            f"Typical exosome preparations contain vesicles of 40–160 nm [2], and doses of 100 {GMU}g per rat "
            "are common [13].",
        ]),
    ],
    references=POOL[1:4] + POOL[10:14],
    scores=Scores(
        outcome="BBB", err="sd",
        groups=[("Sham", "sham", 6), ("SCI", "control", 6), ("SCI + Nor-Exo", "other", 6),
                ("SCI + Hypo-Exo", "treatment", 6)],
        values={
            "Sham": _v(D9, [(21.0, 0.0)] * 8),
            "SCI": _v(D9, [(0.3, 0.5), (1.0, 0.6), (2.8, 0.9), (4.6, 1.0), (5.9, 1.1), (6.7, 1.2), (6.9, 1.1),
                           (7.0, 1.2)]),
            "SCI + Nor-Exo": _v(D9, [(0.3, 0.5), (1.2, 0.7), (3.4, 0.8), (5.7, 1.0), (7.2, 1.1), (8.1, 1.0),
                                     (8.6, 1.2), (8.9, 1.1)]),
            "SCI + Hypo-Exo": _v(D9, [(0.5, 0.5), (1.5, 0.8), (4.2, 0.9), (6.9, 1.0), (8.7, 1.2), (9.8, 1.1),
                                      (10.6, 1.3), (11.1, 1.2)]),
        },
    ),
    back=[("Acknowledgements", "We thank the animal facility staff for postoperative care.")],
    footnote=NOTICE,
)

# ----------------------------------------------------------------------------- 5
W6 = [7.0, 14.0, 21.0, 28.0, 35.0, 42.0]
EZE = WideStudy(
    stem="eze2023_mensc_exo_intranasal_weightdrop",
    layout="twocol",
    exercises="BBB only in a line plot (no rows; notes), n only in the figure legend, menstrual blood MSCs, "
              "modified Allen weight drop, TFF + UC, TEM range only, intranasal every other day ×7 from 24 h, "
              "mean-difference and cervical-model traps",
    title="Intranasal exosomes from menstrual blood-derived stromal cells after thoracic spinal cord injury",
    short_title="Intranasal MenSC exosomes",
    authors=[("Ngozi", "Eze"), ("Pablo", "Arancibia"), ("Leena", "Mäkinen"), ("Samuel", "Otieno")],
    affiliations=["Department of Anatomy, Savannah Coast University (invented)",
                  "Regenerative Medicine Unit, Savannah Coast Teaching Hospital (invented)"],
    journal="Frontiers in Synthetic Neuroregeneration",
    year=2023, volume="4:1188", doi="10.5555/fsn.2023.01188", pmid="99200105", pmcid="PMC99200105",
    received="2023-05-19",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 250, "high": 300},
        "n_per_group": 9, "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T10",
        "source_tissue": "menstrual_blood", "source_species": "human",
        "isolation_method": ["tangential_flow", "ultracentrifugation"],
        "isolation_detail": "TFF 500 kDa; 100,000 × g 2 h",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "TSG101", "calnexin"],
        "size_nm": {"value": None, "low": 40, "high": 160, "stat": None, "method": "TEM"},
        "dose": {"amount": 50, "unit": "ug", "volume_ul": 20, "basis": "protein"},
        "route": "intranasal", "route_detail": "10 µL per nostril",
        "frequency": {"doses": 7, "interval_h": 48}, "timing_post_injury_h": 24.0,
        "mechanism": "reduced astrocytic scar via TGF-β/Smad3 inhibition",
        "reported_randomisation": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Intranasal delivery is non-invasive and can be repeated. We tested exosomes from "
                       "{{source_tissue,source_species|human menstrual blood-derived stromal cells (MenSCs)}} "
                       "given by this route after thoracic contusion."),
        ("Methods", "Male Sprague-Dawley rats received MenSC-Exos or vehicle intranasally every other day for "
                    "two weeks. Locomotion was rated weekly for six weeks."),
        ("Results", "MenSC-Exos improved BBB scores from week 2 and reduced GFAP-positive scar area."),
        ("Conclusion", "Intranasal MenSC-Exos are a feasible, repeatable treatment that may act through "
                       "{{mechanism|inhibition of TGF-β/Smad3 signalling and reduced astrocytic scarring}}."),
    ],
    keywords=["menstrual blood", "intranasal", "exosomes", "glial scar", "weight drop"],
    sections=[
        ("intro", "Introduction", [
            "Most vesicle studies in rodent spinal cord injury use tail-vein injection of 100–200 µg [5,13], "
            "and a few cervical (C5) hemisection models have tested local delivery [9]. Nasal delivery of "
            "nanoparticles reaches the brain and, to a lesser extent, the spinal cord [15].",
        ]),
        ("methods", "Methods", [
            ("h", "Animals and study design"),
            "{{species,strain,sex,body_weight_g|Male Sprague-Dawley rats (250–300 g)}} were "
            "{{reported_randomisation|randomised to sham, vehicle or MenSC-Exos groups with a random number "
            "table}}.",
            ("h", "Exosome isolation"),
            "MenSCs from three donors were expanded in serum-free medium. Conditioned medium was clarified "
            "(2,500 × g, 15 min; 0.45 µm filter), concentrated twenty-fold by "
            "{{isolation_method,isolation_detail|tangential flow filtration through a 500 kDa hollow-fibre "
            "cartridge}} and {{isolation_method,isolation_detail|pelleted at 100,000 × g for 2 h}}.",
            "Exosomes were characterised by {{characterization|TEM}}, {{characterization|NTA}} and "
            "{{characterization,markers|western blot (CD63, TSG101; calnexin absent)}}.",
            ("h", "Injury"),
            "Rats were anaesthetised with isoflurane. After T9–T11 laminectomy, a "
            "{{injury_model,injury_device|10 g weight was dropped from 5 cm onto the dura (modified Allen's "
            "weight-drop)}} at {{injury_level|T10}}.",
            ("h", "Intranasal administration"),
            "Rats were held supine and {{dose,route,route_detail|50 µg of exosomes in 20 µL PBS was "
            "applied intranasally, 10 µL per nostril}}, in 2-µL drops. {{frequency,timing_post_injury_h|"
            "Dosing started 24 h after injury and was repeated every other day for 14 days (seven doses)}}.",
            ("h", "Behaviour"),
            "BBB scores were recorded weekly from week 1 to week 6. Data are mean ± SEM.",
        ]),
        ("results", "Results", [
            "TEM showed spherical vesicles with {{size_nm|diameters between 40 and 160 nm}}; NTA "
            "concentration was 1.1 × 10<sup>11</sup> particles/mL.",
            "Hindlimb function improved faster in MenSC-Exos rats than in vehicle rats, with significant "
            "differences from week 2 to week 6 (Figure 3). The mean difference at week 6 was 3.1 points "
            "(95% CI 1.9–4.3).",
            ("figure", "Figure 3", "BBB locomotor scores after weight-drop injury. Mean ± SEM, "
             "{{n_per_group|n = 9 rats per group}}. *P < 0.05, MenSC-Exos vs vehicle (two-way ANOVA).",
             {"days": W6, "groups": ["Sham", "Vehicle", "MenSC-Exos"], "x": "weeks"}),
        ]),
        ("discussion", "Discussion", [
            "Repeated intranasal dosing produced an improvement comparable to single tail-vein injections "
            "reported elsewhere (for example, BBB 12.4 ± 0.9 vs 8.7 ± 1.0 at day 28 [5]). The route deserves "
            "testing with labelled vesicles.",
        ]),
    ],
    references=[POOL[4], POOL[8], POOL[12], POOL[14], POOL[5], POOL[2]],
    scores=Scores(
        outcome="BBB", err="sem",
        groups=[("Sham", "sham", 9), ("Vehicle", "control", 9), ("MenSC-Exos", "treatment", 9)],
        values={
            "Sham": _v(W6, [(21.0, 0.0)] * 6),
            "Vehicle": _v(W6, [(2.6, 0.4), (4.8, 0.5), (6.3, 0.6), (7.1, 0.6), (7.6, 0.7), (7.9, 0.7)]),
            "MenSC-Exos": _v(W6, [(3.0, 0.4), (6.4, 0.6), (8.5, 0.6), (9.7, 0.7), (10.4, 0.7), (11.0, 0.8)]),
        },
    ),
    back=[("Conflicts of interest", "{{reported_conflict_of_interest|None declared.}}")],
    notes=["BBB scores are reported only in a line plot (Figure 3): no outcome rows."],
    footnote=NOTICE,
)

STUDIES = [DIM, EZE]
_ = MU
