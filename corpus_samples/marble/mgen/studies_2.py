"""Studies 4-6 of the marble corpus (everything invented)."""

from __future__ import annotations

from extgen.common import FOOTNOTE, POOL
from extgen.model import Study

from mgen.markup import MScores, other_table


def _v(days: list[float], pairs: list[tuple[float, float]]) -> dict[float, tuple[float, float]]:
    return dict(zip(days, pairs, strict=True))


# --- 4. hamzaoui2023: groups A-D, days counted from the first injection, changes from baseline --

H5 = [1.0, 7.0, 14.0, 21.0, 28.0]  # = days 0, 6, 13, 20, 27 after the first injection (given at 24 h)

_hz_tab, _hz_extra = other_table(
    ["A", "B", "C", "D"],
    ["Inclined plane (°)", "Lesion volume (mm³)", "Weight change (g)"],
    [["62.5 ± 2.1", "–", "+38 ± 7"], ["34.1 ± 3.0", "4.8 ± 0.7", "−12 ± 9"],
     ["43.8 ± 3.4", "3.1 ± 0.6", "+4 ± 8"], ["35.6 ± 2.8", "4.5 ± 0.8", "−9 ± 10"]])

HAMZAOUI = Study(
    stem="hamzaoui2023_hpmsc_ev_abcd_postinjection",
    layout="twocol",
    title="Repeated jugular infusion of placental mesenchymal stem cell extracellular vesicles attenuates glial scarring after weight-drop spinal cord injury",
    short_title="Hamzaoui et al.",
    authors=[("Yasmine", "Hamzaoui"), ("Karim", "Belhadj"), ("Olfa", "Trabelsi"), ("Nadia", "Gharbi"),
             ("Mehdi", "Ben Salah"), ("Ines", "Kallel")],
    affiliations=["Laboratory of Neurophysiology and Regeneration, Synthetic Faculty of Medicine, Sfax, Tunisia",
                  "Department of Obstetrics, Synthetic University Hospital, Tunis, Tunisia"],
    journal="Maghreb Journal of Translational Neuroscience",
    year=2023, volume="6(2)", doi="10.5555/mjtn.2023.06.0207",
    pmid="99100304", pmcid="PMC9910304", received="2023-01-09",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male",
        "body_weight_g": {"low": 240, "high": 280}, "n_per_group": 9,
        "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T10",
        "source_tissue": "placenta", "source_species": "human",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "Total Exosome Isolation reagent",
        "characterization": ["TEM", "DLS", "western_blot"], "markers": ["CD9", "CD63", "TSG101"],
        "size_nm": {"value": 142.7, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 2e10, "unit": "particles", "volume_ul": 300, "basis": "particles"},
        "route": "intravenous", "route_detail": "jugular vein",
        "frequency": {"doses": 3, "interval_h": 48}, "timing_post_injury_h": 24.0,
        "mechanism": "attenuation of glial scar formation",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Objective", "To test whether extracellular vesicles from human placenta-derived mesenchymal stem cells "
         "(hPMSC-EVs), infused repeatedly, reduce glial scarring and improve hind-limb function after SCI."),
        ("Methods", "Male rats received a T10 weight-drop injury and three jugular infusions of hPMSC-EVs, "
         "EV-depleted conditioned medium or saline, 48 h apart, starting one day after injury. Locomotion was "
         "rated on the BBB scale for four weeks after the first infusion."),
        ("Results", "hPMSC-EVs improved BBB scores, inclined-plane performance and lesion volume, and reduced "
         "GFAP and CSPG expression; EV-depleted medium had no effect."),
        ("Conclusion", "The benefit of hPMSC-conditioned medium after SCI resides in its vesicle fraction."),
    ],
    keywords=["placenta", "mesenchymal stem cells", "extracellular vesicles", "glial scar", "spinal cord injury"],
    sections=[
        ("intro", "Introduction", [
            "Reactive astrocytes form a scar around the lesion core that confines inflammation but obstructs axon "
            "regrowth; chondroitin sulfate proteoglycans (CSPGs) are its main inhibitory component [13]. MSC "
            "secretome therapies reduce scarring, and extracellular vesicles — typically 50–200 nm in diameter "
            "[2] — may carry most of this activity [4].",
            "Placenta is an abundant, ethically uncomplicated source of MSCs. We compared hPMSC-EVs with the "
            "EV-depleted medium from the same cells to learn whether the vesicles themselves are responsible.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals and groups"),
            "{{species,strain,sex,body_weight_g|Male Sprague–Dawley rats weighing 240–280 g}} (n = 36) were "
            "kept under standard conditions. {{reported_randomisation|Rats were assigned to four groups by block randomisation}} "
            "({{n_per_group|n = 9 each}}): group A, laminectomy only; group B, SCI + saline; group C, SCI + hPMSC-EVs; "
            "group D, SCI + EV-depleted conditioned medium.",
            ("h", "Injury"),
            "Rats were anaesthetised with chloral hydrate (300 mg/kg, i.p.). After {{injury_level|removal of the T10 lamina}}, "
            "{{injury_model,injury_device|a contusion was made with a modified Allen weight drop}} (10 g from 50 mm). "
            "Successful injury was confirmed by tail spasm and hind-limb retraction.",
            ("h", "Cells and EVs"),
            "{{source_tissue,source_species|Human placental MSCs were isolated from the chorionic villi of term placentas}} "
            "(ethics approval and written consent obtained) and grown in DMEM/F12 with 10% FBS. EVs were "
            "{{isolation_method,isolation_detail|precipitated from 72-h serum-free medium with Total Exosome Isolation reagent}} "
            "(Invitrogen) overnight at 4 °C and pelleted at 10,000 × g for 1 h; the supernatant served as "
            "EV-depleted medium (group D). EVs were examined by {{characterization|TEM}}, "
            "{{characterization|dynamic light scattering (DLS)}} and "
            "{{characterization,markers|western blot for CD9, CD63 and TSG101}}, and counted by flow-based particle analysis.",
            ("h", "Treatment schedule"),
            "{{timing_post_injury_h|The first infusion was given 24 h after injury}}; "
            "{{frequency|the second and third followed at 48-h intervals}}. Each infusion delivered "
            "{{dose|2 × 10<sup>10</sup> particles in 300 µL saline}} {{route,route_detail|through a catheter in the right jugular vein}}. "
            "Group B received saline and group D 300 µL EV-depleted medium. For in vitro work, astrocytes "
            "were treated with 5 × 10<sup>8</sup> particles/mL.",
            ("h", "Functional assessment"),
            "The BBB scale was applied on days 0, 6, 13, 20 and 27 after the first infusion (day 0 testing was done "
            "before the infusion) by {{reported_blinded_assessment|two trained raters blind to group}}. The inclined "
            "plane test was performed on day 27.",
            ("h", "Statistics"),
            "Results are reported as mean ± SD. Two-way ANOVA with Sidak's multiple comparisons was used; P < 0.05 was significant.",
        ]),
        ("results", "Results", [
            ("h", "EV characterisation"),
            "TEM showed spherical, membrane-bound vesicles. "
            "{{size_nm|The mean hydrodynamic diameter measured by DLS was 142.7 nm}} (polydispersity index 0.21).",
            ("h", "Hind-limb locomotion"),
            "Group A rats walked normally at every test. Before the first infusion (day 0) the injured groups "
            "did not differ: {bbb:B@1} in group B, {bbb:C@1} in group C and {bbb:D@1} in group D. Six days after "
            "the first infusion, group C already scored higher than group B ({bbb:C@7} versus {bbb:B@7}; P = 0.03), "
            "with group D at {bbb:D@7}. On day 13 the scores were {bbb:C@14} (C), {bbb:B@14} (B) and {bbb:D@14} (D), "
            "and on day 20 {bbb:C@21}, {bbb:B@21} and {bbb:D@21}, respectively.",
            "At the final test, 27 days after the first infusion, group C reached {bbb:C@28} compared with "
            "{bbb:B@28} in group B (P < 0.001) and {bbb:D@28} in group D (C vs. D, P < 0.001). Expressed as change "
            "from day 0, group C gained 11.3 ± 1.6 points, group B 7.2 ± 1.4 and group D 7.7 ± 1.5. Group D did not "
            "differ from group B at any time (Figure 2).",
            ("figure", "Figure 2", "Time course of BBB scores in groups B–D after injury. "
             "***P < 0.001, C vs. B.", {"days": H5, "groups": ["B", "C", "D"]}),
            ("h", "Inclined plane, lesion volume and glial scar"),
            "Group C held position at steeper angles and had smaller lesions than groups B and D (Table 1). GFAP "
            "and neurocan immunoreactivity at the lesion border was reduced by about a third in group C.",
            ("table", "Table 1", "Secondary outcomes 27 days after the first infusion (mean ± SD).",
             dict(_hz_tab, corner="Group")),
        ]),
        ("discussion", "Discussion", [
            "Three jugular infusions of hPMSC-EVs improved locomotion, whereas the same medium depleted of EVs "
            "did not. {{mechanism|We attribute the benefit largely to attenuation of glial scar formation}}, "
            "reflected in lower GFAP and neurocan, which would allow axons to cross the lesion border.",
            "Scores in our treated group resemble the 11–13 points reported with umbilical cord EVs [5] and "
            "exceed the 9.4 reported after a single dose of 1 × 10<sup>10</sup> particles [11]. The use of chloral "
            "hydrate and the male-only cohort are limitations.",
        ]),
    ],
    references=[POOL[1], POOL[3], POOL[4], POOL[10], POOL[12]],
    scores=MScores(
        outcome="BBB", err="sd",
        groups=[("A", "sham", 9), ("B", "control", 9), ("C", "treatment", 9), ("D", "other", 9)],
        values={
            "B": _v(H5, [(0.7, 0.4), (2.9, 0.9), (5.0, 1.1), (6.8, 1.2), (7.9, 1.3)]),
            "C": _v(H5, [(0.8, 0.4), (4.1, 1.0), (7.6, 1.2), (10.2, 1.4), (12.1, 1.5)]),
            "D": _v(H5, [(0.6, 0.3), (3.0, 0.8), (5.4, 1.0), (7.1, 1.2), (8.3, 1.4)]),
        },
        extra=_hz_extra),
    back=[("Ethical approval", "{{reported_welfare_compliance|Procedures were approved by the Ethics Committee for Animal Research of the Synthetic Faculty of Medicine of Sfax (FMS-2022-17).}}"),
          ("Conflicts of interest", "{{reported_conflict_of_interest|The authors have no conflicts of interest to declare.}}")],
    footnote=FOOTNOTE,
)


# --- 5. fridriksdottir2019: groups I-IV, one group's course per sentence, preprint layout -------

F5 = [1.0, 7.0, 14.0, 28.0, 42.0]

FRIDRIKSDOTTIR = Study(
    stem="fridriksdottir2019_wjmsc_exo_mir124_clip_preprint",
    layout="twocol",
    title="Wharton's jelly MSC exosomes enriched in miR-124 dampen microglial activation and improve recovery after clip compression of the rat spinal cord",
    short_title="Friðriksdóttir et al. (preprint)",
    authors=[("Sigrún", "Friðriksdóttir"), ("Hákon", "Magnússon"), ("Wei-Lin", "Huang"), ("Elín", "Ragnarsdóttir")],
    affiliations=["Biomedical Center, Synthetic University of Iceland, Reykjavík, Iceland"],
    journal="NeuroRxiv (preprint)",
    year=2019, volume="2019.06.114", doi="10.5555/neurorxiv.2019.06.114",
    pmid="99100305", pmcid="PMC9910305", received="2019-06-21",
    values={
        "species": "rat", "strain": "Long-Evans", "sex": "female",
        "body_weight_g": {"low": 250, "high": 300}, "n_per_group": 7,
        "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T8",
        "source_tissue": "wharton_jelly", "source_species": "human", "modification": "miR-124 overexpression",
        "isolation_method": ["ultracentrifugation", "density_gradient"], "isolation_detail": "110,000 g 2 h",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "CD81", "TSG101", "calnexin"],
        "size_nm": {"value": 108.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 30, "unit": "ug", "volume_ul": 10, "basis": "protein"},
        "route": "intralesional", "route_detail": "lesion site",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.0,
        "mechanism": "miR-124-mediated inhibition of microglial activation",
        "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "MicroRNA-124 is the most abundant neuronal miRNA and keeps microglia quiescent. We engineered Wharton's "
         "jelly mesenchymal stem cells (WJ-MSCs) to overexpress miR-124 and tested their exosomes after a T8 clip "
         "compression in female rats. A single injection into the lesion immediately after injury improved open-field "
         "locomotion over six weeks more than native WJ-MSC exosomes, and reduced CD68<sup>+</sup> microglia and "
         "TNF-α. Exosomal miR-124 may be a practical way to restrain microglial activation after SCI."),
    ],
    keywords=["miR-124", "Wharton's jelly", "exosomes", "microglia", "compression injury"],
    sections=[
        ("intro", "Introduction", [
            "Activated microglia release TNF-α, IL-1β and reactive oxygen species that kill neurons and "
            "oligodendrocytes spared by the initial impact [7]. miR-124 maintains microglial quiescence, and its "
            "levels collapse within a day of spinal cord injury [15].",
            "Exosomes, 30–120 nm vesicles of endosomal origin, deliver miRNAs between cells [2]; those of "
            "umbilical cord MSCs have been given at 50–200 µg per rat in earlier studies [5]. Here we asked "
            "whether loading WJ-MSC exosomes with miR-124 adds to their native effect.",
        ]),
        ("methods", "Methods", [
            ("h", "Animals"),
            "Twenty-eight {{species,strain,sex|female Long-Evans rats}} ({{body_weight_g|250–300 g}}) were "
            "divided into four groups ({{n_per_group|seven rats per group}}): I, sham; II, SCI + vehicle; "
            "III, SCI + WJ-Exo; IV, SCI + WJ-Exo<sup>miR-124</sup>.",
            ("h", "Clip compression"),
            "Under isoflurane, {{injury_level|the T8 segment was exposed by laminectomy}} and "
            "{{injury_model,injury_device|compressed for 60 s with a modified aneurysm clip}} (35 g closing force). "
            "Group I underwent laminectomy without compression.",
            ("h", "Exosome production"),
            "{{source_tissue,source_species|WJ-MSCs were derived from the Wharton's jelly of human umbilical cords}} "
            "by explant culture. {{modification|Cells were transduced with a lentivirus overexpressing miR-124}} "
            "(or an empty vector for WJ-Exo) and selected with puromycin. Exosomes were collected from 48-h serum-free "
            "medium by differential centrifugation, "
            "{{isolation_method,isolation_detail|ultracentrifugation at 110,000 × g for 2 h}} and "
            "{{isolation_method|flotation on an iodixanol (OptiPrep) density gradient}}. Preparations were checked by "
            "{{characterization|TEM}}, {{characterization|NTA}} and "
            "{{characterization,markers|immunoblotting for CD63, CD81, TSG101 and calnexin}}; miR-124 content was "
            "measured by qRT-PCR.",
            ("h", "Exosome delivery"),
            "{{timing_post_injury_h|Immediately after removal of the clip}}, {{dose|30 µg of exosomes in 10 µL PBS}} "
            "(or PBS alone) {{route,route_detail,frequency|was injected once into the lesion site}} at two points "
            "1 mm rostral and caudal to the epicentre, using a glass micropipette.",
            ("h", "Behaviour"),
            "Open-field locomotion was rated on the BBB scale on day 1 and at weeks 1, 2, 4 and 6 "
            "{{reported_blinded_assessment|by two investigators masked to treatment}}.",
            ("h", "Statistics"),
            "Data are shown as mean ± standard error of the mean. Two-way repeated-measures ANOVA and Holm–Sidak "
            "tests were applied.",
        ]),
        ("results", "Results", [
            ("h", "miR-124-enriched exosomes"),
            "{{size_nm|NTA showed a single peak at 108 nm}} for WJ-Exo<sup>miR-124</sup> (112 nm for WJ-Exo). "
            "miR-124 was 38-fold higher in WJ-Exo<sup>miR-124</sup> than in WJ-Exo.",
            ("h", "Locomotor recovery"),
            "Sham rats (group I) scored {every:I} on every occasion. All compressed rats lost hind-limb movement "
            "almost completely. In group II, scores rose slowly from {bbb:II@1} on day 1 to {bbb:II@14} at week 2 "
            "and {bbb:II@42} at week 6.",
            "Group III followed a similar course in the first week ({bbb:III@7}) but then separated from group II, "
            "reaching {bbb:III@28} at week 4 and {bbb:III@42} at week 6.",
            "Recovery was fastest in group IV, whose score climbed from {bbb:IV@1} on day 1 through {bbb:IV@7}, "
            "{bbb:IV@14} and {bbb:IV@28} at weeks 1, 2 and 4 to {bbb:IV@42} at week 6. The mean difference between "
            "groups IV and II at week 6 was 4.6 points (95% CI 2.6–6.6) and that between groups IV and III "
            "1.9 points (95% CI 0.1–3.7).",
            ("figure", "Figure 3", "Open-field (BBB) locomotor scores of groups II–IV over six weeks after clip "
             "compression. *P < 0.05 IV vs. III; ***P < 0.001 IV vs. II.",
             {"days": F5, "groups": ["II", "III", "IV"], "x": "weeks"}),
            ("h", "Microglia"),
            "CD68<sup>+</sup> cell density at the epicentre was 41% lower in group IV than in group II at week 6.",
        ]),
        ("discussion", "Discussion", [
            "{{mechanism|Exosomal miR-124 appears to act by inhibiting microglial activation}}, adding to the "
            "native effect of WJ-MSC exosomes. A comparable study in mice reported BMS scores of 5.5 at 4 weeks [7], "
            "and intravenous studies of native exosomes report BBB gains of 2–4 points [11].",
            "This preprint has not yet been peer reviewed; the sample is small and only one dose was tested.",
        ]),
    ],
    references=[POOL[1], POOL[4], POOL[6], POOL[10], POOL[14]],
    scores=MScores(
        outcome="BBB", err="sem",
        groups=[("I", "sham", 7), ("II", "control", 7), ("III", "other", 7), ("IV", "treatment", 7)],
        values={
            "I": _v(F5, [(21.0, 0.0)] * 5),
            "II": _v(F5, [(0.4, 0.2), (2.2, 0.4), (4.1, 0.5), (6.0, 0.6), (7.2, 0.7)]),
            "III": _v(F5, [(0.5, 0.2), (2.5, 0.5), (5.2, 0.6), (8.3, 0.7), (9.9, 0.8)]),
            "IV": _v(F5, [(0.5, 0.3), (3.4, 0.5), (6.6, 0.6), (10.1, 0.7), (11.8, 0.8)]),
        }),
    back=[("Ethics", "{{reported_welfare_compliance|Experiments were licensed by the national Animal Welfare Authority (licence 2018-04-02) and followed Directive 2010/63/EU.}}"),
          ("Competing interest statement", "{{reported_conflict_of_interest|The authors have declared no competing interest.}}")],
    footnote=FOOTNOTE,
)


# --- 6. whaanga2024: BBB numbers only in figure legends, early time points in hours ----------

WH = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]  # 24 h, 72 h, then days

_wh_tab, _wh_extra = other_table(
    ["Sham", "Vehicle", "N-sEV", "H-sEV"],
    ["Stride length (cm)", "Base of support (cm)", "Lesion volume (mm³)", "CD31+ vessels per mm²"],
    [["14.8 ± 0.9", "2.9 ± 0.3", "–", "212 ± 18"], ["8.1 ± 1.2", "4.6 ± 0.5", "5.9 ± 0.8", "96 ± 14"],
     ["9.7 ± 1.1", "4.1 ± 0.4", "4.7 ± 0.7", "131 ± 15"], ["11.2 ± 1.0", "3.6 ± 0.4", "3.6 ± 0.6", "174 ± 17"]])

WHAANGA = Study(
    stem="whaanga2024_hypoxic_rbmsc_sev_legends_only",
    layout="single",
    title="Hypoxia-conditioned bone marrow stromal cell small EVs drive HIF-1α-dependent angiogenesis in the contused rat spinal cord",
    short_title="Whaanga et al. · hypoxic sEVs and angiogenesis",
    authors=[("Tama", "Whaanga"), ("Priya", "Raghunathan"), ("Liam", "O'Connell"), ("Aroha", "Ngata"),
             ("Yuxuan", "Chen")],
    affiliations=["Centre for Brain Repair, Synthetic University of Waikato, Hamilton, New Zealand",
                  "Vascular Biology Unit, Synthetic Institute of Medical Research, Christchurch, New Zealand"],
    journal="Neural Regeneration and Vascular Biology",
    year=2024, volume="19:404–419", doi="10.5555/nrvb.2024.19.404",
    pmid="99100306", pmcid="PMC9910306", received="2023-10-30",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male",
        "body_weight_g": {"low": 280, "high": 320}, "n_per_group": 6,
        "injury_model": "contusion", "injury_device": "Infinite Horizon impactor", "injury_level": "T10",
        "source_tissue": "bone_marrow", "source_species": "rat", "modification": "hypoxic preconditioning",
        "isolation_method": ["tangential_flow", "ultracentrifugation"], "isolation_detail": "100,000 g 2 h",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "Alix", "calnexin"],
        "size_nm": {"value": 118.4, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 1e10, "unit": "particles", "volume_ul": 500, "basis": "particles"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 2, "interval_h": 24}, "timing_post_injury_h": 0.0,
        "mechanism": "HIF-1α-dependent angiogenesis",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Vascular loss after spinal cord injury (SCI) starves the surviving tissue. Hypoxic "
         "preconditioning increases the pro-angiogenic cargo of mesenchymal stromal cell vesicles."),
        ("Methods", "Contused male rats received two intravenous doses of small EVs from normoxic (N-sEV) or "
         "hypoxic (H-sEV) rat bone marrow stromal cells, or vehicle. Locomotion, gait, vessel density and lesion "
         "volume were measured over four weeks."),
        ("Results", "H-sEVs improved BBB scores and gait parameters more than N-sEVs, increased CD31<sup>+</sup> "
         "vessel density and reduced lesion volume; blocking HIF-1α in the parent cells abolished the difference."),
        ("Conclusions", "Hypoxic conditioning is a simple way to strengthen sEV therapy for SCI."),
    ],
    keywords=["hypoxia", "small extracellular vesicles", "angiogenesis", "HIF-1α", "spinal cord contusion"],
    sections=[
        ("intro", "Introduction", [
            "Up to half of the microvessels at the epicentre are lost within the first day after contusion, and "
            "revascularisation is slow and incomplete [6,16]. Mesenchymal stromal cells secrete small extracellular "
            "vesicles (sEVs; 30–150 nm according to MISEV guidelines [4]) that carry VEGF-A, angiopoietins and "
            "pro-angiogenic miRNAs.",
            "Culturing the parent cells at low oxygen raises this cargo [9]. Earlier work with hypoxic vesicles "
            "reported improved BBB scores of 10–12 points at four weeks using 200 µg per injection [9,11]. We "
            "compared normoxic and hypoxic sEVs directly, dosed by particle number.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals and study design"),
            "{{species,strain,sex|Male Sprague–Dawley rats}}, 9–10 weeks old and {{body_weight_g|weighing 280–320 g}}, "
            "were used. {{reported_randomisation,n_per_group|Twenty-four rats were randomly assigned (six per group)}} "
            "to Sham, Vehicle, N-sEV or H-sEV; a further 12 rats (n = 4 per group) were used for early "
            "vessel counts and are not included in behavioural analyses.",
            ("h", "Contusion"),
            "Rats were anaesthetised with isoflurane (2.5%) and given buprenorphine (0.03 mg/kg s.c.). "
            "{{injury_level,injury_model,injury_device|A 150-kdyn contusion was delivered at T10 with the Infinite Horizon impactor}} "
            "after laminectomy; sham rats received laminectomy only.",
            ("h", "Cell culture, hypoxia and sEV isolation"),
            "{{source_tissue,source_species|Rat bone marrow stromal cells were isolated from femoral marrow of 3-week-old Sprague–Dawley rats}} "
            "and used at passages 3–5. {{modification|For hypoxic preconditioning, cells were cultured at 1% O<sub>2</sub> for 48 h}}; "
            "normoxic cells were kept at 21% O<sub>2</sub>. Conditioned medium was clarified (2,000 × g, 20 min), "
            "{{isolation_method|concentrated by tangential flow filtration (300-kDa cassette)}} and "
            "{{isolation_method,isolation_detail|pelleted at 100,000 × g for 2 h}}. Vesicles were analysed by "
            "{{characterization|TEM}}, {{characterization|NTA (NanoSight NS300)}} and "
            "{{characterization,markers|western blotting for CD9, CD63, Alix and calnexin}}.",
            ("h", "Treatment"),
            "Each rat received {{dose|1 × 10<sup>10</sup> sEV particles in 500 µL PBS}} "
            "{{route,route_detail|by tail-vein injection}}, {{timing_post_injury_h,frequency|immediately after injury and again 24 h later}}. "
            "Vehicle rats received PBS. HUVEC tube-formation assays used 1 × 10<sup>9</sup> particles/mL.",
            ("h", "Behavioural analysis"),
            "BBB scores were recorded at 24 h and 72 h and on days 7, 14, 21 and 28 after injury "
            "{{reported_blinded_assessment|by observers blinded to treatment allocation}}. Gait was analysed on "
            "day 28 by footprint analysis.",
            ("h", "Statistics"),
            "All data are presented as mean ± SD and were analysed with GraphPad Prism 10 by two-way ANOVA "
            "(BBB) or one-way ANOVA with Tukey's post hoc test.",
        ]),
        ("results", "Results", [
            ("h", "Hypoxia changes sEV cargo, not size"),
            "Both sEV types were cup-shaped under TEM and expressed CD9, CD63 and Alix. "
            "{{size_nm|The mean diameter of H-sEVs by NTA was 118.4 ± 41.2 nm}}, similar to N-sEVs "
            "(121.0 ± 39.5 nm). H-sEVs contained 3.1-fold more VEGF-A and 2.4-fold more miR-210.",
            ("h", "H-sEVs improve locomotor recovery"),
            "All injured rats were paraplegic early after injury and recovered partly over four weeks (Figure 2). "
            "Treatment effects appeared by the end of the first week and were largest in the H-sEV group at the "
            "final assessment (Figure 3A), where H-sEV rats improved on vehicle by 4.4 points and on N-sEV rats "
            "by 2.2 points. Footprint analysis agreed (Table 1; Figure 3B).",
            ("figure", "Figure 2", "BBB locomotor scores during the first two weeks. At 24 h, Vehicle "
             "{bbb:Vehicle@1}, N-sEV {bbb:N-sEV@1}, H-sEV {bbb:H-sEV@1}; at 72 h, {bbb:Vehicle@3}, {bbb:N-sEV@3} and "
             "{bbb:H-sEV@3}; day 7, {bbb:Vehicle@7}, {bbb:N-sEV@7} and {bbb:H-sEV@7}; day 14, {bbb:Vehicle@14}, "
             "{bbb:N-sEV@14} and {bbb:H-sEV@14} (same order). n = 6 per group. *P < 0.05 H-sEV vs. Vehicle.",
             {"days": WH[:4], "groups": ["Vehicle", "N-sEV", "H-sEV"]}),
            ("figure", "Figure 3", "(A) BBB scores on days 21 and 28. Day 21: Sham {bbb:Sham@21}, Vehicle "
             "{bbb:Vehicle@21}, N-sEV {bbb:N-sEV@21}, H-sEV {bbb:H-sEV@21}. Day 28: Sham {bbb:Sham@28}, Vehicle "
             "{bbb:Vehicle@28}, N-sEV {bbb:N-sEV@28}, H-sEV {bbb:H-sEV@28}. (B) Representative footprints on day 28 "
             "(not drawn). **P < 0.01, ***P < 0.001.",
             {"days": WH[4:], "groups": ["Sham", "Vehicle", "N-sEV", "H-sEV"]}),
            ("table", "Table 1", "Gait, lesion volume and vessel density on day 28 (mean ± SD).",
             dict(_wh_tab, corner="Group")),
            ("h", "Angiogenesis"),
            "CD31<sup>+</sup> vessel density around the epicentre was highest after H-sEVs (Table 1). Parent-cell "
            "knockdown of HIF-1α removed the extra effect of hypoxic vesicles on tube formation in vitro.",
        ]),
        ("discussion", "Discussion", [
            "{{mechanism|Hypoxic preconditioning enriches sEVs in cargo that drives HIF-1α-dependent angiogenesis}}, "
            "and the better-perfused cord recovers more function. Our BBB gain is smaller than the 6 points "
            "reported with intralesional hypoxic vesicles [9], possibly because intravenous particles are partly "
            "trapped in liver and spleen.",
            "Limitations: male rats only, one dose level, and a four-week horizon.",
        ]),
    ],
    references=[POOL[3], POOL[5], POOL[8], POOL[10], POOL[15]],
    scores=MScores(
        outcome="BBB", err="sd",
        groups=[("Sham", "sham", 6), ("Vehicle", "control", 6), ("N-sEV", "other", 6), ("H-sEV", "treatment", 6)],
        values={
            "Sham": _v(WH[4:], [(21.0, 0.0), (21.0, 0.0)]),
            "Vehicle": _v(WH, [(0.2, 0.2), (0.9, 0.5), (2.8, 0.8), (4.9, 1.0), (6.5, 1.1), (7.6, 1.2)]),
            "N-sEV": _v(WH, [(0.3, 0.2), (1.1, 0.6), (3.6, 0.9), (6.2, 1.1), (8.2, 1.2), (9.8, 1.3)]),
            "H-sEV": _v(WH, [(0.3, 0.3), (1.3, 0.6), (4.3, 0.9), (7.4, 1.1), (10.1, 1.2), (12.0, 1.3)]),
        },
        extra=_wh_extra),
    back=[("Ethics approval", "{{reported_welfare_compliance|The Animal Ethics Committee of the Synthetic University of Waikato approved all procedures (AEC 2023-118).}}"),
          ("Declaration of competing interest", "{{reported_conflict_of_interest|The authors declare that they have no known competing financial interests.}}")],
    footnote=FOOTNOTE,
)

STUDIES = [(HAMZAOUI, None), (FRIDRIKSDOTTIR, "preprint"), (WHAANGA, None)]
