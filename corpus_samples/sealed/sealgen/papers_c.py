"""Sealed studies, part C (everything invented)."""

from __future__ import annotations

from extgen.common import FOOTNOTE, day_fmt
from extgen.model import Scores, Study
from sealgen.refs import cite


def _dpi(d: float) -> str:
    return f"{d:g} dpi"


def _t(d: float) -> str:
    return f"T{d:g}"


# --------------------------------------------------------------------------- fitzgerald2024 (landscape table)
_FITZ_DAYS = [1, 3, 5, 7, 10, 14, 21, 28, 35, 42]
_FITZ = Scores(
    outcome="BBB", err="sem",
    groups=[("Sham", "sham", 8), ("SCI + Vehicle", "control", 8), ("SCI + MenSC-Exo", "treatment", 8)],
    values={
        "Sham": {d: (21.0, 0.0) for d in _FITZ_DAYS},
        "SCI + Vehicle": dict(zip(_FITZ_DAYS, [(0.6, 0.2), (1.5, 0.3), (2.4, 0.4), (3.3, 0.4), (4.2, 0.5),
                                               (5.1, 0.5), (6.0, 0.6), (6.6, 0.6), (6.9, 0.5), (7.1, 0.6)],
                                  strict=True)),
        "SCI + MenSC-Exo": dict(zip(_FITZ_DAYS, [(0.7, 0.2), (1.9, 0.3), (3.2, 0.4), (4.6, 0.5), (6.0, 0.5),
                                                 (7.4, 0.6), (8.9, 0.6), (9.8, 0.7), (10.3, 0.6), (10.6, 0.7)],
                                    strict=True)),
    },
)

FITZGERALD = Study(
    stem="fitzgerald2024_mensc_exo_weightdrop_intralesional",
    layout="journal",
    title="Exosomes from menstrual blood-derived stromal cells injected into the lesion reduce apoptosis and "
          "improve locomotor recovery after spinal cord contusion in rats",
    short_title="MenSC exosomes injected into the lesion",
    authors=[("Aoife", "Fitzgerald"), ("Ciarán", "Ó Dálaigh"), ("Niamh", "Brennan"), ("Declan", "Moloney")],
    affiliations=["School of Medicine, University of the Western Shore, Galway, Ireland",
                  "Regenerative Medicine Institute, Atlantic Technological College, Limerick, Ireland"],
    journal="European Journal of Spinal Cord Science",
    year=2024, volume="18(1):44–58", doi="10.5555/ejscs.2024.18.044",
    pmid="99310077", pmcid="PMC9931077", received="2023-09-30",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 250, "high": 300},
        "n_per_group": 8, "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T10",
        "source_tissue": "menstrual_blood", "source_species": "human", "modification": "none",
        "isolation_method": ["ultracentrifugation"],
        "isolation_detail": "300 × g 10 min, 2,000 × g 20 min, 10,000 × g 30 min, 100,000 × g 70 min",
        "characterization": ["NTA", "TEM", "western_blot", "flow_cytometry"],
        "markers": ["CD9", "CD63", "Alix", "GM130"],
        "size_nm": {"value": 122, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 20, "unit": "ug", "volume_ul": 8, "basis": "protein"},
        "route": "intralesional", "route_detail": "lesion site",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.0,
        "mechanism": "inhibition of neuronal apoptosis via the Bcl-2/Bax balance",
        "reported_randomisation": True, "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Aims", "Menstrual blood-derived stromal cells (MenSCs) can be collected non-invasively and repeatedly. "
         "We asked whether their exosomes, delivered directly into the contused cord, protect neurons."),
        ("Methods", "Female Sprague-Dawley rats were injured at T10 with a weight-drop device and received "
         "MenSC exosomes or vehicle into the lesion immediately afterwards. Hindlimb function was rated at ten "
         "time points over six weeks."),
        ("Results", "Exosome-treated animals recovered faster and had fewer TUNEL-positive neurons."),
        ("Conclusions", "MenSC exosomes are a promising, readily sourced cell-free therapy for SCI."),
    ],
    keywords=["menstrual blood", "stromal cells", "exosomes", "apoptosis", "spinal cord injury"],
    sections=[
        ("intro", "Introduction", [
            "Neuronal and oligodendrocyte apoptosis continues for weeks after spinal cord injury (SCI) and "
            "widens the zone of tissue loss [1]. Mesenchymal stromal cells (MSCs) from several tissues limit "
            "this process, largely through secreted exosomes — membrane vesicles of roughly 40 to 160 nm that "
            "are released when multivesicular bodies fuse with the plasma membrane [2, 3].",
            "Menstrual blood-derived stromal cells are obtained without surgery and proliferate rapidly [18]. "
            "Their exosomes have not, to our knowledge, been given directly into the injured rat cord. Local "
            "delivery avoids the hepatic and splenic sequestration that follows intravenous injection [23].",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Ethical approval and animals"),
            "{{reported_welfare_compliance|Work was authorised by the Health Products Regulatory Authority and "
            "complied with EU Directive 2010/63/EU}}. Thirty {{species,strain,sex|female Sprague-Dawley rats}} "
            "({{body_weight_g|250–300 g}}) were used; six were reserved for histology at 24 h. The remaining 24 "
            "were {{reported_randomisation|block-randomised}} into Sham, SCI + Vehicle and SCI + MenSC-Exo "
            "({{n_per_group|n = 8 rats/group}}).",
            ("h", "Surgery"),
            "Anaesthesia was induced with 5% isoflurane and maintained at 2%; carprofen (5 mg/kg s.c.) was given "
            "pre-emptively. Following a T9–T10 laminectomy, "
            "{{injury_model,injury_device,injury_level|a contusion of the T10 cord was produced by a weight drop "
            "device}} (10 g from 30 mm; modified Allen's method).",
            ("h", "MenSC culture and exosome isolation"),
            "{{source_tissue,source_species|Stromal cells were isolated from menstrual blood of three healthy "
            "female donors}} (written consent) and used at passage 4. Exosomes were obtained from 72 h "
            "serum-free conditioned medium by "
            "{{isolation_method,isolation_detail|sequential centrifugation (300 × g 10 min, 2,000 × g 20 min, "
            "10,000 × g 30 min, 100,000 × g 70 min)}} at 4 °C. {{modification|No preconditioning or loading was "
            "applied; exosomes were native}}.",
            ("h", "Characterisation"),
            "{{characterization|Exosomes were characterised by NTA (NanoSight NS300), TEM, western blotting and "
            "bead-based flow cytometry}}. {{markers|CD9, CD63 and Alix were probed as exosomal markers and GM130 "
            "as a cellular contaminant}}. All primary antibodies were rabbit monoclonals.",
            ("h", "Intralesional injection"),
            "{{timing_post_injury_h,frequency|Immediately after contusion, rats received one injection series}}: "
            "{{dose,route,route_detail|20 µg exosomes in 8 µL PBS were injected into the lesion site}} at four "
            "points (2 µL each, 1 mm rostral and caudal, 0.5 mm lateral) with a pulled glass micropipette. "
            "Vehicle animals received PBS.",
            ("h", "Behavioural testing and analysis"),
            "{{reported_blinded_assessment|Hindlimb locomotion was scored on the BBB scale by two observers "
            "blinded to treatment}} at 1, 3, 5, 7, 10, 14, 21, 28, 35 and 42 dpi. Values are mean ± SEM; groups "
            "were compared by two-way repeated-measures ANOVA with Holm–Šidák tests.",
        ]),
        ("results", "Results", [
            ("h", "Exosome characteristics"),
            "{{size_nm|The modal diameter measured by NTA was 122 nm}}. TEM showed cup-shaped vesicles, and CD9, "
            "CD63 and Alix were enriched while GM130 was absent.",
            ("h", "Locomotor function"),
            "Sham animals were unimpaired throughout. BBB scores of the two injured groups are given in full in "
            "Table 1. Differences appeared at 10 dpi and persisted; at 42 dpi the SCI + MenSC-Exo group reached "
            "{bbb:SCI + MenSC-Exo@42} against {bbb:SCI + Vehicle@42} for SCI + Vehicle.",
            ("table", "Table 1", "BBB locomotor scores at each assessment (mean ± SEM; n = 8 per group).",
             {"days": _FITZ_DAYS, "groups": ["Sham", "SCI + Vehicle", "SCI + MenSC-Exo"], "orient": "cols",
              "day_fmt": _dpi, "corner": "Group", "landscape": True, "merged": "BBB score at days post-injury",
              "marks": {("SCI + MenSC-Exo", d): "†" for d in (10, 14, 21, 28, 35, 42)},
              "foot": "† p < 0.05 versus SCI + Vehicle (Holm–Šidák). dpi, days post-injury."}),
            ("h", "Apoptosis"),
            "At 24 h, TUNEL-positive neurons in the ventral horn fell from 34% to 17%, the Bcl-2/Bax ratio rose "
            "and cleaved caspase-3 fell.",
        ]),
        ("discussion", "Discussion", [
            "Local delivery of MenSC exosomes improved recovery, and our data favour "
            "{{mechanism|inhibition of neuronal apoptosis via the Bcl-2/Bax balance}} as the principal "
            "mechanism. Intravenous studies have used far larger doses, 200–400 µg per rat [20], and an "
            "intrathecal study reported vesicles of 98 nm from the same cell type [18].",
            "This work has limitations: one dose, female animals only and a six-week follow-up.",
        ]),
    ],
    references=cite(*range(1, 25)),
    scores=_FITZ,
    back=[("Declaration of competing interest", "{{reported_conflict_of_interest|None of the authors has a "
           "competing interest.}}")],
    footnote=FOOTNOTE,
)


# --------------------------------------------------------------------------- nguyen2022 (T-coded time points)
_NGUYEN = Scores(
    outcome="BBB", err="sem",
    groups=[("Sham", "sham", 10), ("SCI", "control", 10), ("SCI+Exo", "other", 10), ("SCI+γExo", "treatment", 10)],
    values={
        "Sham": {d: (21.0, 0.0) for d in (1, 3, 7, 14, 21, 28)},
        "SCI": {1: (0.5, 0.2), 3: (1.3, 0.3), 7: (3.0, 0.4), 14: (5.2, 0.5), 21: (6.6, 0.5), 28: (7.3, 0.6)},
        "SCI+Exo": {1: (0.6, 0.2), 3: (1.6, 0.3), 7: (3.8, 0.4), 14: (6.5, 0.5), 21: (8.1, 0.6), 28: (9.0, 0.6)},
        "SCI+γExo": {1: (0.6, 0.2), 3: (2.0, 0.3), 7: (4.7, 0.5), 14: (7.8, 0.6), 21: (9.9, 0.6), 28: (11.2, 0.7)},
    },
)

NGUYEN = Study(
    stem="nguyen2022_hucmsc_ifng_exo_tailvein_eod",
    layout="twocol",
    title="Interferon-γ-primed umbilical cord mesenchymal stem cell exosomes given every other day attenuate "
          "neuroinflammation after spinal cord contusion",
    short_title="IFN-γ-primed UC-MSC exosomes",
    authors=[("Thi Thu Ha", "Nguyen"), ("Van Minh", "Tran"), ("Quoc Bao", "Le"), ("Hoang Anh", "Pham")],
    affiliations=["Institute of Biomedicine, Red River University of Medicine, Hanoi, Vietnam",
                  "Stem Cell Laboratory, Mekong Science Park, Can Tho, Vietnam"],
    journal="Asian Journal of Translational Neuroscience",
    year=2022, volume="6(3):e0317", doi="10.5555/ajtn.2022.e0317",
    pmid="99310085", pmcid="PMC9931085", received="2022-02-14",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 220, "high": 250},
        "n_per_group": 10, "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T8",
        "source_tissue": "umbilical_cord", "source_species": "human", "modification": "IFN-γ preconditioning",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "Total Exosome Isolation reagent",
        "characterization": ["TEM", "DLS", "western_blot"], "markers": ["CD9", "CD63", "TSG101"],
        "size_nm": {"value": 89.5, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 200, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 5, "interval_h": 48}, "timing_post_injury_h": 24.0,
        "mechanism": "IDO1-dependent suppression of pro-inflammatory macrophages",
        "reported_randomisation": True, "reported_blinded_assessment": True,
    },
    abstract=[
        (None, "Background: Priming of mesenchymal stem cells (MSCs) by interferon-γ (IFN-γ) can potentiate their "
         "immunosuppressive property. Methods: Exosomes were isolated from human umbilical cord MSCs (hUC-MSCs) "
         "with or without IFN-γ priming (γExo, Exo) and injected through the tail vein every other day for "
         "five doses to rats with T8 contusion. Results: γExo improved Basso-Beattie-Bresnahan (BBB) scores "
         "and reduced CD68-positive macrophages more than Exo. Conclusion: IFN-γ priming enhances the "
         "anti-inflammatory effect of hUC-MSC exosomes after spinal cord injury."),
    ],
    keywords=["IFN-γ", "priming", "exosome", "umbilical cord", "spinal cord injury"],
    sections=[
        ("intro", "Introduction", [
            "Spinal cord injury (SCI) causes about 250,000 to 500,000 new cases every year worldwide [1]. The "
            "inflammatory response after SCI, mainly mediated by infiltrating macrophages, contributes to the "
            "expansion of the lesion [24].",
            "Exosomes (30–150 nm) are a subtype of extracellular vesicles that play important roles in "
            "intercellular communication [3]. MSC-derived exosomes have been reported to reduce inflammation "
            "and promote recovery in SCI models [2, 20]. Priming MSCs with inflammatory cytokines like IFN-γ "
            "induces the expression of indoleamine 2,3-dioxygenase 1 (IDO1) and may change exosomal cargo [15, "
            "21]. In this study, we investigated whether IFN-γ-primed hUC-MSC exosomes had better therapeutic "
            "effects than naive exosomes.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals and experimental design"),
            "Forty-six {{species,strain,sex|female Sprague-Dawley rats}} "
            "({{body_weight_g|220 to 250 grams}}) were used. Six rats died after surgery and were excluded. "
            "{{reported_randomisation|The rats were randomly allocated}} into four groups "
            "({{n_per_group|n = 10 rats/group}}): Sham, SCI, SCI+Exo and SCI+γExo. The study protocol was approved "
            "by the Animal Ethics Committee of our institute.",
            ("h", "SCI model"),
            "Rats were anesthetized with 2% isoflurane. After laminectomy at T7–T8, "
            "{{injury_model,injury_device,injury_level|a moderate contusion injury at T8 was made using the NYU "
            "impactor}} (10 g × 25 mm). Manual bladder expression was done twice a day.",
            ("h", "Cell culture and IFN-γ priming"),
            "{{source_tissue,source_species|hUC-MSCs were isolated from human umbilical cord}} tissue of full-term "
            "births and cultured in DMEM/F12 with 10% FBS. At passage 4, "
            "{{modification|hUC-MSCs were primed with IFN-γ (50 ng/mL) for 48 h}}, washed, and then incubated in "
            "serum-free medium for 48 h.",
            ("h", "Exosome isolation and characterization"),
            "Conditioned medium was centrifuged at 2,000 × g for 30 min to remove cell debris. Then "
            "{{isolation_method,isolation_detail|exosomes were isolated using Total Exosome Isolation reagent}} "
            "(Invitrogen) as recommended by the manufacturer. "
            "{{characterization|The exosomes were characterized by TEM, dynamic light scattering (DLS) and western "
            "blot}}; {{markers|the exosome markers CD9, CD63 and TSG101 were detected}}.",
            ("h", "Exosome administration"),
            "{{dose,route,route_detail|Rats were injected with 100 µg of exosomes in 200 µL PBS via the tail "
            "vein}}, {{timing_post_injury_h,frequency|starting 24 h after SCI and then every other day for a "
            "total of five injections}}. The SCI group received 200 µL PBS at the same times. RAW264.7 "
            "macrophages were treated in vitro with 20 µg/mL exosomes.",
            ("h", "Locomotor evaluation"),
            "{{reported_blinded_assessment|BBB scores were evaluated by two blinded examiners}} at T0 (before "
            "injury) and T1, T3, T7, T14, T21, and T28 (days post-injury). Data are presented as mean ± SEM. "
            "Statistical analysis was performed by two-way ANOVA followed by Tukey's test.",
        ]),
        ("results", "Results", [
            ("h", "Characterization of exosomes"),
            "Exosomes showed a cup-shaped morphology under TEM. "
            "{{size_nm|By DLS, the mean size was 89.5 nm}} for γExo and 91.2 nm for Exo. IDO1 protein was "
            "detected in γExo but not in Exo.",
            ("h", "BBB scores"),
            "At T0 all rats had normal BBB scores. The scores of all groups at each time point are shown in "
            "Table 2. At T28, the BBB score of the SCI+γExo group was {bbb:SCI+γExo@28}, significantly higher than "
            "that of the SCI+Exo group ({bbb:SCI+Exo@28}) and SCI group ({bbb:SCI@28}).",
            ("table", "Table 2", "BBB scores of rats at different time points (mean ± SEM; n = 10).",
             {"days": [1, 3, 7, 14, 21, 28], "groups": ["Sham", "SCI", "SCI+Exo", "SCI+γExo"], "orient": "rows",
              "day_fmt": _t, "corner": "Time",
              "foot": "T1–T28: days after spinal cord injury. SCI+Exo, naive hUC-MSC exosomes; SCI+γExo, "
                      "IFN-γ-primed hUC-MSC exosomes."}),
            ("h", "Inflammation"),
            "CD68-positive cells at T7 were reduced by 52% in SCI+γExo compared with SCI and by 27% compared with "
            "SCI+Exo. TNF-α and IL-6 were also decreased.",
        ]),
        ("discussion", "Discussion", [
            "Our results demonstrated that IFN-γ priming enhanced the therapeutic effects of hUC-MSC exosomes. "
            "We suggest {{mechanism|IDO1-dependent suppression of pro-inflammatory macrophages}} as an important "
            "mechanism. A previous study reported that 200 µg of hUC-MSC exosomes given once improved BBB by "
            "about 2.5 points at day 28 [20], and another found exosomes of 110–130 nm by NTA [6].",
            "This study has some limitations, such as the lack of long-term observation and of male rats.",
        ]),
    ],
    references=cite(*range(1, 25)),
    scores=_NGUYEN,
    back=[("Funding", "Red River University of Medicine, grant RRUM-2021-17.")],
    footnote=FOOTNOTE,
)


# --------------------------------------------------------------------------- yamada2023 (three columns)
_YAMADA = Scores(
    outcome="BBB", err="sd",
    groups=[("Sham", "sham", 7), ("Vehicle", "control", 7), ("DPSC-sEV", "treatment", 7)],
    values={
        "Sham": {d: (21.0, 0.0) for d in (1, 7, 14, 21, 28)},
        "Vehicle": {1: (0.3, 0.5), 7: (2.4, 1.0), 14: (4.6, 1.2), 21: (6.0, 1.3), 28: (6.8, 1.1)},
        "DPSC-sEV": {1: (0.4, 0.5), 7: (3.3, 1.1), 14: (6.4, 1.3), 21: (8.5, 1.4), 28: (9.7, 1.2)},
    },
)

YAMADA = Study(
    stem="yamada2023_hdpsc_sev_clip_penilevein_weekly",
    layout="threecol",
    title="Weekly intravenous small extracellular vesicles from human dental pulp stem cells after clip "
          "compression injury of the rat thoracic spinal cord",
    short_title="DPSC sEVs after clip compression",
    authors=[("Haruka", "Yamada"), ("Kenta", "Moriyama"), ("Yui", "Takeda"), ("Shun", "Ogawa")],
    affiliations=["Department of Oral Regenerative Medicine, Kinai University Graduate School, Nara, Japan",
                  "Department of Orthopaedic Surgery, Kinai University Hospital, Nara, Japan"],
    journal="Journal of Oral Stem Cells and Neural Repair",
    year=2023, volume="4:112–125", doi="10.5555/joscnr.2023.04.112",
    pmid="99310093", pmcid="PMC9931093", received="2023-01-19",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 270, "high": 300},
        "n_per_group": 7, "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T9",
        "source_tissue": "dental_pulp", "source_species": "human", "modification": "none",
        "isolation_method": ["ultracentrifugation", "density_gradient"],
        "isolation_detail": "100,000 × g 70 min; iodixanol 5–40% gradient 100,000 × g 18 h",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD9", "CD63", "CD81", "calnexin"],
        "size_nm": {"value": 128, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 50, "unit": "ug", "volume_ul": 100, "basis": "protein"},
        "route": "intravenous", "route_detail": "penile vein",
        "frequency": {"doses": 4, "interval_h": 168}, "timing_post_injury_h": 3.0,
        "mechanism": "promotion of remyelination by oligodendrocyte precursor differentiation",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
    },
    abstract=[
        (None, "Dental pulp stem cells (DPSCs) derive from the neural crest. We examined small extracellular "
         "vesicles (sEVs) from human DPSCs in a rat clip compression model. Male Sprague-Dawley rats received "
         "50 µg sEVs or vehicle intravenously 3 h after injury and then weekly (4 doses). BBB score, "
         "myelin (MBP) and Olig2/CC1 cells were evaluated for 4 weeks. sEVs improved BBB from day 14 and "
         "increased CC1-positive oligodendrocytes and MBP area."),
    ],
    keywords=["dental pulp stem cells", "sEV", "remyelination", "compression", "rat"],
    sections=[
        ("intro", "Introduction", [
            "Demyelination of spared axons contributes to the functional deficit after spinal cord injury "
            "(SCI) [1]. Dental pulp stem cells (DPSCs) are neural crest-derived and secrete neurotrophic "
            "factors [17].",
            "Small extracellular vesicles (sEVs, < 200 nm) mediate part of this paracrine effect [2, 3]. "
            "Repeated systemic dosing may be needed because sEVs are cleared within hours [23]. We tested "
            "weekly intravenous DPSC-sEVs after clip compression.",
        ]),
        ("methods", "Methods", [
            ("h", "Animals"),
            "{{species,strain,sex,body_weight_g|Male Sprague-Dawley rats (270–300 g, 9 weeks)}}. "
            "{{reported_welfare_compliance|Approved by the Kinai University Animal Experiment Committee "
            "(No. 2021-088); conducted per ARRIVE guidelines.}} {{n_per_group|n = 7 per group}} (Sham, "
            "Vehicle, DPSC-sEV); 21 rats in total, plus 9 for histology.",
            ("h", "Clip compression"),
            "Anesthesia: medetomidine 0.15 mg/kg, midazolam 2 mg/kg and butorphanol 2.5 mg/kg, i.p. "
            "Laminectomy of T8–T9. {{injury_model,injury_device,injury_level|The cord was compressed at T9 with "
            "an aneurysm clip}} (closing force 20 g, 1 min).",
            ("h", "DPSC culture"),
            "{{source_tissue,source_species|DPSCs were obtained from human third molars}} extracted for "
            "orthodontic reasons (informed consent; ethics No. 0417) and used at passages 3–6.",
            ("h", "sEV preparation"),
            "Serum-free conditioned medium (48 h) was cleared (2,000 × g, 10 min; 10,000 × g, 30 min). "
            "{{isolation_method,isolation_detail|Crude sEVs were pelleted at 100,000 × g for 70 min and "
            "purified on an iodixanol 5–40% gradient at 100,000 × g for 18 h}}. "
            "{{modification|Native sEVs (no preconditioning, no cargo loading) were used.}}",
            ("h", "sEV characterization"),
            "{{characterization|NTA (ZetaView PMX-120), TEM, and western blot}}. "
            "{{markers|CD9, CD63, CD81; calnexin (negative)}}. Antibodies: rabbit anti-CD9/CD63/CD81, mouse "
            "anti-calnexin.",
            ("h", "Administration"),
            "{{dose,route,route_detail|sEVs (50 µg protein in 100 µL PBS) were injected into the dorsal penile "
            "vein}}. {{timing_post_injury_h,frequency|First dose 3 h after injury, then once weekly; 4 doses "
            "in total.}} Vehicle: PBS. OPC cultures received 10 µg/mL in vitro.",
            ("h", "Behavior and statistics"),
            "BBB on days 1, 7, 14, 21 and 28 {{reported_blinded_assessment|by an observer blinded to "
            "group}}. Mean ± SD; two-way ANOVA, Bonferroni.",
        ]),
        ("results", "Results", [
            ("h", "sEVs"),
            "{{size_nm|Mode size 128 nm (NTA)}}; 1.8 × 10^11 particles/mL. Cup-shaped by TEM. CD9, CD63, CD81 "
            "positive; calnexin negative.",
            ("h", "BBB"),
            "See Table 1. At day 28, DPSC-sEV {bbb:DPSC-sEV@28} vs Vehicle {bbb:Vehicle@28}.",
            ("table", "Table 1", "BBB score (mean ± SD).",
             {"days": [1, 7, 14, 21, 28], "groups": ["Sham", "Vehicle", "DPSC-sEV"], "orient": "rows",
              "day_fmt": day_fmt, "corner": "", "merged": "BBB score",
              "marks": {("DPSC-sEV", d): "**" for d in (14, 21, 28)}, "foot": "** P < 0.01 vs Vehicle."}),
            ("h", "Myelin"),
            "MBP-positive area at day 28: 62% vs 41% of sham. CC1+/Olig2+ cells increased 1.7-fold.",
        ]),
        ("discussion", "Discussion", [
            "Weekly DPSC-sEVs improved locomotion. The data suggest "
            "{{mechanism|promotion of remyelination by oligodendrocyte precursor differentiation}}. A single "
            "200 µg dose of DPSC exosomes was reported to raise BBB to about 10 at 4 weeks [17]; sizes of "
            "80–100 nm by TEM were also described [6].",
            "Limitations: male only; one dose level; four-week follow-up.",
        ]),
    ],
    references=cite(*range(1, 25)),
    scores=_YAMADA,
    back=[("Conflict of interest", "Nothing to declare.")],
    footnote=FOOTNOTE,
)

STUDIES = [FITZGERALD, NGUYEN, YAMADA]
