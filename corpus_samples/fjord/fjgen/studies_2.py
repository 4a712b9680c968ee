"""Fjord studies 4-6: a South Korean, an Israeli and a US lab (everything invented)."""

from __future__ import annotations

from extgen.common import FOOTNOTE, GMU, POOL, TH, flat, week_fmt, wk_fmt
from extgen.model import Study

from fjgen.layouts import FScores

# --- 4. Seoul-area lab: house style, merged headers, significance letters, table continued -----------

_D4 = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]
S4 = FScores(
    outcome="BBB", err="sd", fmt="pm",
    groups=[("Sham", "sham", 8), ("SCI", "control", 8), ("SCI+PBS", "control", 8), ("SCI+pExo", "other", 8),
            ("SCI+MT-pExo", "treatment", 7)],
    values={
        "Sham": flat("Sham", _D4, [(21.0, 0.0)] * 6),
        "SCI": flat("SCI", _D4, [(0.6, 0.5), (1.5, 0.9), (3.4, 1.1), (5.6, 1.3), (6.9, 1.2), (7.4, 1.4)]),
        "SCI+PBS": flat("SCI+PBS", _D4, [(0.5, 0.5), (1.6, 0.8), (3.6, 1.2), (5.4, 1.5), (7.1, 1.3), (7.6, 1.2)]),
        "SCI+pExo": flat("SCI+pExo", _D4, [(0.6, 0.5), (2.0, 1.0), (4.6, 1.2), (7.0, 1.4), (8.8, 1.5), (9.5, 1.3)]),
        "SCI+MT-pExo": flat("SCI+MT-pExo", _D4, [(0.7, 0.5), (2.6, 0.9), (5.9, 1.0), (8.9, 1.2), (10.9, 1.1),
                                                 (12.1, 1.3)]),
    },
)

_LABELS4 = {
    "Sham": "Sham (laminectomy only, no contusion, no injection)",
    "SCI": "SCI (contusion, no injection)",
    "SCI+PBS": "SCI+PBS (contusion, PBS vehicle, 1 ml/kg, i.v.)",
    "SCI+pExo": "SCI+pExo (contusion, exosomes from untreated hPMSCs)",
    "SCI+MT-pExo": "SCI+MT-pExo (contusion, exosomes from melatonin-pretreated hPMSCs)",
}

RHIM = Study(
    stem="rhim2022_hpmsc_melatonin_exo_daily_perkg",
    layout="house",
    title="Exosomes from melatonin-pretreated human placenta-derived mesenchymal stem cells promote locomotor "
          "recovery after spinal cord contusion in rats",
    short_title="Rhim et al. MT-pExo in SCI",
    authors=[("Ji-won", "Rhim"), ("Seung-hoon", "Baek"), ("Mi-rae", "Cho"), ("Dong-hyun", "Yeom"), ("Hye-jin", "Pyo")],
    affiliations=["Department of Neurosurgery, Hanbit University College of Medicine (invented), Republic of Korea",
                  "Institute of Regenerative Medicine, Namsan Biomedical Campus (invented), Republic of Korea"],
    journal="Korean Journal of Neural Regeneration", year=2022, volume="31(4)", doi="10.5555/kjnr.2022.31.4.377",
    pmid="99107344", pmcid="PMC9910734", received="2022-05-09",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 250, "high": 280},
        "n_per_group": 8, "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T10",
        "source_tissue": "placenta", "source_species": "human", "modification": "melatonin preconditioning",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "ExoQuick-TC",
        "characterization": ["NTA", "TEM", "western_blot", "flow_cytometry"],
        "markers": ["CD63", "CD81", "TSG101", "calnexin"],
        "size_nm": {"value": 112.7, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 1, "unit": "mg_per_kg", "volume_ul": None, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein", "frequency": {"doses": 3, "interval_h": 24},
        "timing_post_injury_h": 1.0, "mechanism": "SIRT1-mediated inhibition of pyroptosis",
        "reported_randomisation": True, "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Melatonin (MT) pretreatment enhances the paracrine activity of mesenchymal stem cells. Exosomes from "
         "MT-pretreated human placenta-derived MSCs (MT-pExo) or untreated hPMSCs (pExo) were injected through the tail "
         "vein at 1 mg/kg once daily for 3 days after weight-drop contusion at T10 in male Sprague-Dawley rats. "
         "BBB scores at 28 days were {bbb:SCI+MT-pExo@28} in the SCI+MT-pExo group and {bbb:SCI+PBS@28} in the "
         "SCI+PBS group (mean ± SD, P < 0.001). MT-pExo inhibited pyroptosis through SIRT1."),
    ],
    keywords=["placenta", "melatonin", "exosome", "pyroptosis", "SIRT1"],
    sections=[
        ("intro", "INTRODUCTION", [
            "Pyroptosis, a gasdermin D-dependent inflammatory cell death, expands the lesion after spinal cord injury "
            "(SCI) [3]. Exosomes (30–150 nm) of mesenchymal stem cells (MSCs) reduce pyroptosis [2], and melatonin "
            "pretreatment of MSCs augments their anti-inflammatory effect [9]. Previous reports injected 100–200 μg "
            "exosomes per rat [5].",
        ]),
        ("methods", "MATERIALS AND METHODS", [
            ("h", "1. Animals and ethics statement"),
            "Adult {{sex,strain,species|male Sprague-Dawley rats}} ({{body_weight_g|250–280 g}}, 8 weeks) were purchased "
            "from a commercial breeder (invented). {{reported_welfare_compliance|All experiments were approved by the "
            "Institutional Animal Care and Use Committee of Hanbit University (HBU-IACUC-2021-0312, invented)}}.",
            ("h", "2. Experimental design"),
            "{{reported_randomisation|A total of 40 rats were randomly divided into five groups using a random number "
            "table}} ({{n_per_group|n = 8 per group}}): Sham, SCI, SCI+PBS, SCI+pExo and SCI+MT-pExo. One rat in the "
            "SCI+MT-pExo group died of urinary tract infection on day 9 and was excluded from the analysis (n = 7).",
            ("h", "3. SCI model"),
            "After anaesthesia with zoletil and xylazine, laminectomy was performed at T9–T11, and "
            "{{injury_model,injury_device|a contusion was induced by the weight-drop method}} (10 g rod, 25 mm height) "
            "{{injury_level|at the T10 level}}. Sham rats underwent laminectomy only.",
            ("h", "4. Preparation of MT-pExo"),
            "{{source_species,source_tissue|Human placenta-derived MSCs (hPMSCs)}} were cultured to 80% confluence and "
            f"{{{{modification|pretreated with 1 {GMU}M melatonin for 24 h}}}} before the medium was changed to "
            "exosome-free medium. Exosomes were isolated from 48 h supernatant with "
            "{{isolation_method,isolation_detail|ExoQuick-TC precipitation solution}} (System Biosciences) according to "
            "the manufacturer's instructions.",
            ("h", "5. Characterization of exosomes"),
            "{{characterization|Nanoparticle tracking analysis (NTA)}}, {{characterization|transmission electron "
            "microscopy}}, {{characterization|western blot analysis}} and {{characterization|flow cytometry}} of "
            "bead-bound exosomes were performed. Antibodies: {{markers|CD63, CD81, TSG101 and calnexin}}.",
            ("h", "6. Exosome administration"),
            f"Exosomes were injected {{{{route,route_detail|via the tail vein}}}} at a dose of {{{{dose|1 mg/kg}}}} "
            "(approximately 260 μg per rat, protein by BCA assay) in 1 ml/kg PBS, "
            "{{timing_post_injury_h|beginning 1 h after SCI}} and {{frequency|once daily for 3 consecutive days}}. "
            "The SCI+PBS group received the same volume of PBS.",
            ("h", "7. Behavioral assessment"),
            "{{reported_blinded_assessment|Hindlimb function was evaluated by two investigators blinded to the "
            "experimental groups}} using the BBB scale on days 1, 3, 7, 14, 21 and 28 after injury.",
            ("h", "8. Statistical analysis"),
            "Data are presented as mean ± standard deviation (SD). Differences were analysed by two-way ANOVA followed "
            "by Tukey's multiple comparisons test using SPSS 25.0. P < 0.05 was considered statistically significant.",
        ]),
        ("results", "RESULTS", [
            ("h", "1. Characterization of MT-pExo"),
            "NTA showed that the {{size_nm|mean size of MT-pExo was 112.7 ± 9.4 nm}}, similar to pExo (115.2 ± 11.0 "
            "nm). TEM showed round vesicles of about 100 nm.",
            ("h", "2. MT-pExo improved locomotor recovery"),
            "Two-way ANOVA revealed significant effects of group (F(4, 175) = 512.36, P < 0.001), time "
            "(F(5, 175) = 301.14, P < 0.001) and their interaction (F(20, 175) = 28.71, P < 0.001). SCI and SCI+PBS "
            "did not differ at any time point (day 28: {bbb:SCI@28} vs. {bbb:SCI+PBS@28}, P = 0.99). From day 14, "
            "SCI+MT-pExo scores exceeded those of SCI+pExo (day 21: {bbb:SCI+MT-pExo@21} vs. {bbb:SCI+pExo@21}, "
            "P = 0.012) (Table 1).",
            ("ftable", "Table 1", "BBB locomotor scores of each group.",
             {"orient": "cols", "days": _D4, "groups": ["Sham", "SCI", "SCI+PBS", "SCI+pExo", "SCI+MT-pExo"],
              "labels": _LABELS4, "day_fmt": lambda d: f"{d:g} d", "corner": "Group", "span": "Days post-injury",
              "first_width": 52 * 2.83465, "split_at": 3,
              "marks": {("SCI+pExo", 21.0): "a", ("SCI+pExo", 28.0): "a", ("SCI+MT-pExo", 7.0): "a",
                        ("SCI+MT-pExo", 14.0): "a,b", ("SCI+MT-pExo", 21.0): "a,b", ("SCI+MT-pExo", 28.0): "a,b"},
              "foot": "Values are mean ± SD (n = 8; SCI+MT-pExo n = 7). <sup>a</sup>P < 0.05 vs. SCI+PBS; "
                      "<sup>b</sup>P < 0.05 vs. SCI+pExo (two-way ANOVA, Tukey's test). BBB, Basso, Beattie and "
                      "Bresnahan; SCI, spinal cord injury; PBS, phosphate-buffered saline; pExo, exosomes from hPMSCs; "
                      "MT-pExo, exosomes from melatonin-pretreated hPMSCs; hPMSCs, human placenta-derived mesenchymal "
                      "stem cells; i.v., intravenous."}),
            ("h", "3. MT-pExo suppressed pyroptosis"),
            "MT-pExo reduced NLRP3, cleaved caspase-1 and GSDMD-N at 3 days, and this effect was abolished by the "
            "SIRT1 inhibitor EX527.",
        ]),
        ("discussion", "DISCUSSION", [
            "This study showed that MT-pExo improved functional recovery more than pExo. We suggest that MT-pExo acts by "
            "{{mechanism|SIRT1-mediated inhibition of pyroptosis}}. Other groups obtained a BBB of about 10 at day 28 with "
            "200 μg of BMSC exosomes [5]; our per-kg dosing corresponds to a similar protein amount.",
        ]),
    ],
    back=[
        ("Conflict of Interest", "{{reported_conflict_of_interest|No potential conflict of interest relevant to this "
         "article was reported}}."),
        ("Acknowledgments", "Supported by a grant of the Namsan Research Foundation (invented)."),
    ],
    references=POOL[:10],
    scores=S4,
    footnote=FOOTNOTE,
)

# --- 5. Israeli lab: hemisection, intralesional, stats in full, figure legend numbers -------------------

_D5 = [7.0, 14.0, 21.0, 28.0, 42.0, 56.0]
S5 = FScores(
    outcome="BBB", err="sem", fmt="pm",
    groups=[("Sham", "sham", 5), ("HX + saline", "control", 9), ("HX + DPSC-Exo", "treatment", 10)],
    values={
        "Sham": flat("Sham", _D5, [(21.0, 0.0)] * 6),
        "HX + saline": flat("HX + saline", _D5, [(5.2, 0.8), (8.1, 0.7), (9.6, 0.6), (10.4, 0.6), (11.0, 0.5),
                                                 (11.3, 0.6)]),
        "HX + DPSC-Exo": flat("HX + DPSC-Exo", _D5, [(6.0, 0.7), (9.9, 0.6), (11.8, 0.5), (13.0, 0.6), (14.1, 0.5),
                                                     (14.6, 0.5)]),
    },
)

ROZENTAL = Study(
    stem="rozental2020_hdpsc_exo_hemisection_intralesional",
    layout="single",
    title="Intralesional exosomes from human dental pulp stem cells after lateral hemisection of the rat "
          "thoracic spinal cord",
    short_title="DPSC exosomes after hemisection",
    authors=[("Noa", "Rozental"), ("Eitan", "Ben-Shachar"), ("Yael", "Mizrahi-Katz"), ("Omer", "Haddad")],
    affiliations=["Laboratory for Spinal Repair, Carmel Faculty of Medicine (invented), Haifa, Israel",
                  "Department of Oral Biology, Negev School of Dental Medicine (invented), Israel"],
    journal="Neural Repair and Plasticity Letters", year=2020, volume="5:e2031", doi="10.5555/nrpl.2020.2031",
    pmid="99107355", pmcid="PMC9910735", received="2020-02-14",
    values={
        "species": "rat", "strain": "Long-Evans", "sex": "female", "body_weight_g": {"low": 200, "high": 230},
        "n_per_group": 10, "injury_model": "hemisection", "injury_level": "T9",
        "source_tissue": "dental_pulp", "source_species": "human", "modification": "none",
        "isolation_method": ["ultrafiltration", "ultracentrifugation"],
        "isolation_detail": "100 kDa ultrafiltration + 110,000 g 75 min",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD9", "CD63", "Alix", "GM130"],
        "size_nm": {"value": 87.0, "low": None, "high": None, "stat": "median", "method": "NTA"},
        "dose": {"amount": 5, "unit": "ug", "volume_ul": 4, "basis": "protein"},
        "route": "intralesional", "route_detail": "lesion site", "frequency": {"doses": 1, "interval_h": None},
        "timing_post_injury_h": 0.0, "mechanism": "promotion of axonal sprouting",
        "reported_randomisation": True, "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Exosomes of dental pulp stem cells (DPSCs) carry neurotrophic cargo. We tested a single "
         "intralesional injection after lateral hemisection (HX)."),
        ("Methods", "Female Long-Evans rats underwent left T9 hemisection and received 5 µg unmodified DPSC exosomes "
         "or saline into the lesion; BBB scores of the ipsilateral hindlimb were followed for 8 weeks."),
        ("Results", "Exosome-treated rats reached {bbb:HX + DPSC-Exo@56} at week 8 compared with {bbb:HX + saline@56} "
         "for saline (mean ± SEM; F(1, 17) = 21.6, p = 0.0002)."),
    ],
    keywords=["hemisection", "dental pulp stem cells", "exosomes", "axonal sprouting"],
    sections=[
        ("intro", "Introduction", [
            "Unlike contusion, lateral hemisection leaves one side of the cord intact and permits partial spontaneous "
            "recovery of the ipsilateral hindlimb to BBB scores of 10–12 [1]. Exosomes, typically 40–120 nm in size [2], "
            "from DPSCs have improved recovery in other injury models [11].",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Animals"),
            "We used {{species,strain,sex|Long-Evans female rats}} weighing {{body_weight_g|200 to 230 g}}. "
            "{{reported_welfare_compliance|The Institutional Animal Care and Use Committee approved the protocol "
            "(IL-118-09-2019, invented), which conformed to the NIH Guide}}.",
            ("h", "Group allocation"),
            "{{reported_randomisation|Rats were assigned to groups by a randomisation sequence generated with "
            "random.org}}, {{n_per_group|10 per injured group}} and 5 sham-operated controls. One HX + saline rat "
            "was excluded because the hemisection was incomplete at histology (final n = 9).",
            ("h", "Lateral hemisection"),
            "Under ketamine–xylazine anaesthesia, a laminectomy was made at T8 and the left half of the cord was cut "
            "with microscissors, producing a {{injury_model|lateral hemisection}} "
            f"{{{{injury_level|at spinal level T9}}}}; completeness was checked with a 30-gauge needle.",
            ("h", "Exosome isolation"),
            "Conditioned medium of {{source_species,source_tissue|human dental pulp stem cells}} (passage 3–5) was "
            "concentrated by {{isolation_method,isolation_detail|ultrafiltration (100 kDa Amicon)}} and pelleted by "
            f"{{{{isolation_method,isolation_detail|ultracentrifugation at 110{TH}000 g for 75 min}}}}. "
            "{{modification|The exosomes were not modified or preconditioned}}.",
            ("h", "Characterisation"),
            "{{characterization|NTA (NanoSight LM10)}}, {{characterization|TEM}} and "
            "{{characterization|immunoblotting}} for {{markers|CD9, CD63, Alix and the Golgi marker GM130 (absent)}} "
            "followed MISEV2018.",
            ("h", "Exosome injection"),
            "{{timing_post_injury_h|Immediately after hemisection}}, {{dose|5 µg exosomal protein in 4 µl}} PBS was "
            "injected {{route,route_detail|into the lesion site}} at two points (2 µl each, 1 mm rostral and caudal), "
            "{{frequency|as a single administration}}. Controls received 4 µl saline.",
            ("h", "Behaviour"),
            "{{reported_blinded_assessment|Two observers unaware of treatment scored the ipsilateral hindlimb}} with "
            "the BBB scale at weeks 1, 2, 3, 4, 6 and 8.",
            ("h", "Statistics"),
            "Repeated-measures ANOVA (between factor treatment, within factor time) with Greenhouse–Geisser "
            "correction; Bonferroni-corrected t tests at each week. Mean ± SEM. Exact p values are given.",
        ]),
        ("results", "Results", [
            "Exosomes had a {{size_nm|median diameter of 87 nm}} (NTA; D10 61 nm, D90 139 nm).",
            "Both injured groups recovered partially. The treatment effect was significant "
            "(F(1, 17) = 21.6, p = 0.0002), as was the treatment × time interaction (F(3.1, 52.7) = 4.92, "
            "p = 0.004, Greenhouse–Geisser ε = 0.62). At week 2, DPSC-Exo rats scored {bbb:HX + DPSC-Exo@14} versus "
            "{bbb:HX + saline@14} (t(17) = 2.07, p = 0.054, not significant after correction). At week 4 the "
            "difference was 2.6 points ({bbb:HX + DPSC-Exo@28} vs {bbb:HX + saline@28}; t(17) = 3.06, p = 0.007).",
            ("figure", "Figure 3", "Ipsilateral BBB scores over 8 weeks (mean ± SEM). Sham rats (not plotted) showed "
             "no deficit. Week 8: HX + DPSC-Exo {bbb:HX + DPSC-Exo@56}, n = 10; HX + saline "
             "{bbb:HX + saline@56}, n = 9. Values at weeks 1, 3 and 6 are shown in the plot only.",
             {"days": _D5, "groups": ["HX + saline", "HX + DPSC-Exo"], "x": "weeks"}),
            "Biotinylated dextran amine tracing showed 2.3-fold more corticospinal sprouts rostral to the lesion in "
            "exosome-treated rats (p = 0.01).",
        ]),
        ("discussion", "Discussion", [
            "A single 5-µg intralesional dose improved ipsilateral BBB by about 3 points. Intravenous studies used "
            "40-fold higher doses [5]. We propose {{mechanism|promotion of axonal sprouting}} as the main mechanism, "
            "supported by the tracing data. The open hemisection model differs from clinical contusions.",
        ]),
    ],
    back=[
        ("Competing interests", "{{reported_conflict_of_interest|The authors declare no competing interests}}."),
    ],
    references=POOL[:12],
    scores=S5,
    notes=["BBB at weeks 1, 3 and 6 is reported only in the Figure 3 line plot (no gold rows)."],
    footnote=FOOTNOTE,
)

# --- 6. US lab: house style, MASCIS, density gradient, particles/kg, landscape supplementary table -----

_D6 = [1.0, 7.0, 14.0, 21.0, 28.0, 35.0, 42.0, 49.0, 56.0]
S6 = FScores(
    outcome="BBB", err="sem", fmt="pmn",
    groups=[("Sham", "sham", 6), ("Vehicle", "control", 12), ("rBMSC-EV", "treatment", 11)],
    values={
        "Sham": flat("Sham", _D6, [(21.0, 0.0)] * 9),
        "Vehicle": flat("Vehicle", _D6, [(0.3, 0.1), (2.2, 0.4), (4.6, 0.5), (6.1, 0.5), (7.0, 0.4), (7.5, 0.5),
                                         (7.9, 0.5), (8.1, 0.4), (8.2, 0.5)]),
        "rBMSC-EV": flat("rBMSC-EV", _D6, [(0.4, 0.1), (2.9, 0.4), (6.0, 0.5), (7.9, 0.4), (9.2, 0.5), (9.9, 0.4),
                                           (10.3, 0.5), (10.6, 0.4), (10.8, 0.4)]),
    },
)

QUARRINGTON = Study(
    stem="quarrington2024_rbmsc_ev_mascis_gradient_perkg",
    layout="house",
    title="Density-gradient purified bone marrow stromal cell extracellular vesicles given intravenously 24 hours "
          "after MASCIS contusion: a blinded, randomized study in rats",
    short_title="Quarrington et al. — rBMSC-EV after MASCIS contusion",
    authors=[("Holly", "Quarrington"), ("Marcus", "Delacroix-Webb"), ("Priya", "Venkataraman"), ("Caleb", "Onwudiwe")],
    affiliations=["Department of Neurological Surgery, Tri-Rivers University School of Medicine (invented), Ohio, USA",
                  "Center for Extracellular Vesicle Research, Lakeshore Institute (invented), USA"],
    journal="Journal of Translational Neurotrauma", year=2024, volume="41(7)", doi="10.5555/jtn.2024.0712",
    pmid="99107366", pmcid="PMC9910736", received="2023-09-21",
    values={
        "species": "rat", "strain": "Long-Evans", "sex": "male", "body_weight_g": {"low": 300, "high": 350},
        "n_per_group": 12, "injury_model": "contusion", "injury_device": "MASCIS impactor", "injury_level": "T10",
        "source_tissue": "bone_marrow", "source_species": "rat", "modification": "none",
        "isolation_method": ["ultracentrifugation", "density_gradient"],
        "isolation_detail": "100,000 g 70 min + iodixanol gradient",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD63", "CD81", "TSG101", "ApoA1"],
        "size_nm": {"value": 124.0, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 3e9, "unit": "particles", "volume_ul": 1000, "basis": "particles"},
        "route": "intravenous", "route_detail": "tail vein", "frequency": {"doses": 1, "interval_h": None},
        "timing_post_injury_h": 24.0, "mechanism": "attenuation of pro-inflammatory macrophage infiltration",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "The effect of stromal-cell extracellular vesicles (EVs) after spinal cord injury may depend on "
         "vesicle purity. We tested density-gradient purified, unmodified rat bone marrow stromal cell EVs."),
        ("Methods", "Male Long-Evans rats (n = 12 per injured group) received a MASCIS contusion at T10 and, 24 h later, "
         "a tail-vein injection of rBMSC-EVs or vehicle. BBB was scored weekly for 8 weeks by blinded raters."),
        ("Results", "rBMSC-EV rats scored {bbb:rBMSC-EV@56} and vehicle rats {bbb:Vehicle@56} at 8 weeks (mean ± SEM (n); "
         "F(2, 26) = 33.9, p < 0.001)."),
        ("Conclusions", "A single delayed dose of purified EVs improved recovery by about 2.6 BBB points."),
    ],
    keywords=["extracellular vesicles", "density gradient", "MASCIS", "contusion", "macrophages"],
    sections=[
        ("intro", "Introduction", [
            "Preparations of extracellular vesicles (EVs; 50–200 nm) obtained by pelleting alone contain lipoproteins "
            "and protein aggregates [4,14]. Whether purified EVs retain the benefit reported for crude pellets after "
            "spinal cord injury (SCI) is unclear; pooled analyses suggest BBB gains of 2–3 points [11].",
        ]),
        ("methods", "Methods", [
            ("h", "Animals and approvals"),
            "{{reported_welfare_compliance|All procedures were approved by the Institutional Animal Care and Use "
            "Committee (protocol 2022-0457, invented) and followed the Guide for the Care and Use of Laboratory "
            "Animals}}. We report according to ARRIVE 2.0. Adult {{sex,strain,species|male Long-Evans rats}} "
            "({{body_weight_g|300–350 g}}) were used.",
            ("h", "Sample size, randomization and blinding"),
            "{{reported_sample_size_calculation|A power analysis (α = 0.05, power 0.8, expected difference 2.0 BBB "
            "points, SD 1.6) indicated 11 rats per group}}; {{n_per_group|12 rats per injured group}} were injured to "
            "allow for attrition, plus 6 shams. {{reported_randomisation|Rats were randomized after injury with a "
            "sealed-envelope sequence stratified by impact velocity}}. {{reported_blinded_assessment|Treatment was "
            "masked from surgeons and from the BBB raters}} until analysis was complete. Exclusions: one rBMSC-EV rat "
            "(death under anesthesia for a later procedure on day 29; its earlier scores were also excluded).",
            ("h", "Contusion injury"),
            "A T9 laminectomy exposed the cord and a {{injury_model,injury_device|contusion was produced with the "
            "MASCIS impactor}} (10 g weight, 12.5 mm drop) {{injury_level|centered on the T10 segment}}.",
            ("h", "EV preparation"),
            "{{source_species,source_tissue|Rat bone marrow stromal cells}} (rBMSCs; passage 3–5) were grown in "
            f"EV-depleted medium. After 2{TH}000 × g and 10{TH}000 × g clearing steps, EVs were pelleted "
            f"({{{{isolation_method,isolation_detail|100{TH}000 × g, 70 min}}}}) and floated on an "
            "{{isolation_method,isolation_detail|iodixanol density gradient}} (5–40%, 16 h); fractions of "
            "1.08–1.12 g/ml were pooled. {{modification|EVs were native (no loading, engineering or "
            "preconditioning)}}.",
            ("h", "EV characterization"),
            "{{characterization|NTA (NanoSight NS300)}}, {{characterization|TEM}} and "
            "{{characterization|western blot}} for {{markers|CD63, CD81 and TSG101, and the lipoprotein marker "
            "ApoA1}} were performed.",
            ("h", "Treatment"),
            f"{{{{timing_post_injury_h|Twenty-four hours after injury}}}}, rats received "
            f"{{{{frequency|a single injection}}}} of {{{{dose|3 × 10<sup>9</sup> particles per rat}}}} (≈1 × 10<sup>10</sup> "
            "particles/kg) {{dose|in 1 ml PBS}} {{route,route_detail|via a lateral tail vein}}; vehicle rats received "
            "1 ml PBS.",
            ("h", "Outcomes and analysis"),
            "BBB was scored on day 1 and weekly to week 8 by two raters (consensus score). Scores were compared by "
            "two-way mixed ANOVA (group × week) with Holm–Šidák tests; mean ± SEM with n in parentheses. The full "
            "data set is given in Supplementary Table S1.",
        ]),
        ("results", "Results", [
            ("h", "EV characteristics"),
            "Gradient-purified EVs had a {{size_nm|mean diameter of 124 nm (NTA)}}, a 3.6-fold lower ApoA1 signal than "
            "the crude pellet, and 4.1 × 10<sup>9</sup> particles per µg protein.",
            ("h", "Locomotor recovery"),
            "One rBMSC-EV rat was excluded (see Methods), leaving 11 rats in that group. The group × week interaction "
            "was significant (F(16, 208) = 7.44, p < 0.001). Scores did not differ on day 1 ({bbb:rBMSC-EV@1} vs "
            "{bbb:Vehicle@1}; p > 0.99) and first diverged at week 2 ({bbb:rBMSC-EV@14} vs {bbb:Vehicle@14}; "
            "p = 0.048). Selected time points are shown in Table 1.",
            ("ftable", "Table 1", "BBB scores at selected time points.",
             {"orient": "cols", "days": [7.0, 28.0, 56.0], "groups": ["Sham", "Vehicle", "rBMSC-EV"],
              "day_fmt": wk_fmt, "corner": "Group", "span": "Time after contusion",
              "marks": {("rBMSC-EV", 28.0): "*", ("rBMSC-EV", 56.0): "**"},
              "foot": "Mean ± SEM (n). *p < 0.05, **p < 0.01 vs Vehicle (Holm–Šidák). rBMSC-EV, extracellular "
                      "vesicles from rat bone marrow stromal cells; wk, weeks after injury."}),
            "Lesion-area CD68+ macrophages at week 1 were reduced by 44% (p = 0.003).",
            ("ftable", "Table S1", "BBB scores at every time point (mean ± SEM (n)), supplementary to Table 1.",
             {"orient": "rows", "days": _D6, "groups": ["Sham", "Vehicle", "rBMSC-EV"], "day_fmt": lambda d: "Day 1" if d == 1 else f"Week {d / 7:g}",
              "corner": "Time point", "supp": True, "landscape": True,
              "labels": {"Sham": "Sham (laminectomy)", "Vehicle": "Vehicle (PBS 1 ml i.v.)",
                         "rBMSC-EV": "rBMSC-EV (3 × 10^9 particles i.v.)"},
              "foot": "i.v., intravenous; PBS, phosphate-buffered saline; rBMSC-EV, extracellular vesicles from rat bone "
                      "marrow stromal cells. Weeks are counted from the day of contusion."}),
        ]),
        ("discussion", "Discussion", [
            "Purified, native rBMSC-EVs given 24 h after contusion improved BBB scores by 2.6 points at 8 weeks, "
            "comparable to crude preparations given at higher doses (e.g. 200 µg per rat [5]). We propose "
            "{{mechanism|attenuation of pro-inflammatory macrophage infiltration}} as the main mechanism [7]. "
            "Limitations include a single dose level and male rats only.",
        ]),
    ],
    back=[
        ("Ethics", "{{reported_welfare_compliance|The IACUC of Tri-Rivers University approved this study}}."),
        ("Declaration of competing interest", "{{reported_conflict_of_interest|The authors have no competing "
         "interests to declare}}."),
        ("Funding", "Supported by an invented foundation grant (TRF-22-118)."),
    ],
    references=POOL,
    scores=S6,
    footnote=FOOTNOTE,
)

STUDIES = [RHIM, ROZENTAL, QUARRINGTON]
