"""Ridge studies 3-6 (everything invented). See ../README.md for what each exercises."""

from __future__ import annotations

from extgen.common import FOOTNOTE, GMU, MU, NB, POOL, day_fmt, dpi_fmt, wk_fmt
from extgen.model import Scores, Study

from ridgegen.scores import Extra

# --- 3: BBB and BMS side by side, 95% CI, footnote markers, broken layout ---------------
D3 = [3.0, 7.0, 14.0, 21.0, 28.0]
SU = Scores("BBB", "sd", [("Sham", "sham", 9), ("SCI", "control", 9), ("SCI+ADSC-Exo", "treatment", 9)], {
    "Sham": dict(zip(D3, [(21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)])),
    "SCI": dict(zip(D3, [(1.2, 0.8), (2.9, 1.1), (5.1, 1.4), (6.6, 1.5), (7.3, 1.6)])),
    "SCI+ADSC-Exo": dict(zip(D3, [(1.4, 0.9), (4.2, 1.2), (7.8, 1.5), (9.9, 1.7), (11.2, 1.8)])),
})
SU_BMS = Scores("BMS", "sd", SU.groups, {
    "SCI": {28.0: (2.8, 0.7)}, "SCI+ADSC-Exo": {28.0: (4.6, 0.8)}, "Sham": {28.0: (9.0, 0.0)},
})
SU_R = {("SCI+ADSC-Exo", 14.0): (6.7, 8.9), ("SCI", 14.0): (4.0, 6.2)}

SULTANOVA = Study(
    stem="sultanova2020_hadsc_exo_ih_ip_bms_beside",
    layout="twocol",
    title="Daily intraperitoneal exosomes from human adipose-derived stem cells after Infinite Horizon contusion: BBB and BMS outcomes in Long-Evans rats",
    short_title="ADSC exosomes i.p. after contusion",
    authors=[("Dilnoza", "Sultanova"), ("Mathieu", "Lefebvre-Roy"), ("Chidi", "Okwuosa"), ("Ruth", "Halevi")],
    affiliations=["Institute of Regenerative Neurology, Tashkent (invented)", "Faculté de médecine expérimentale, Lyon (invented)"],
    journal="Experimental Cord Research", year=2020, volume="31(7):655–670", doi="10.5555/ecr.2020.0655",
    pmid="99100303", pmcid="PMC9910303", received="2020-01-22",
    values={
        "species": "rat", "strain": "Long-Evans", "sex": "female", "body_weight_g": {"low": 230, "high": 260},
        "n_per_group": 9, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor", "injury_level": "T10",
        "source_tissue": "adipose", "source_species": "human", "isolation_method": ["precipitation_kit"],
        "isolation_detail": "ExoQuick-TC", "characterization": ["DLS", "TEM", "western_blot"],
        "markers": ["CD9", "CD81", "HSP70"],
        "size_nm": {"value": 142.0, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 500, "unit": "ug_per_kg", "volume_ul": None, "basis": "protein"},
        "route": "intraperitoneal", "frequency": {"doses": 5, "interval_h": 24}, "timing_post_injury_h": 2.0,
        "mechanism": "shift of macrophages toward the M2 phenotype",
        "reported_randomisation": True, "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[("Objective", "To test whether repeated intraperitoneal exosomes from human adipose-derived stem cells (ADSCs) improve locomotion after contusive SCI."),
              ("Design", "Long-Evans rats were contused at T10 (Infinite Horizon, 200 kdyn) and given exosomes or nothing daily for 5 days; recovery was rated with the BBB and BMS scales for 4 weeks."),
              ("Results", "At day 28, treated rats scored {x:SCI+ADSC-Exo@28|pm} on the BBB scale against {x:SCI@28|pm} in untreated injured rats."),
              ("Conclusion", "Daily i.p. ADSC exosomes improve recovery, with M2 macrophage polarisation as a candidate mechanism.")],
    keywords=["adipose-derived stem cells", "exosomes", "intraperitoneal", "BMS", "macrophage"],
    sections=[
        ("intro", "Introduction", [
            "Adipose tissue yields abundant MSCs with little donor morbidity, and their exosomes modulate macrophage phenotype in several injury models [7,13]. The intraperitoneal route is simple to repeat and avoids the first-pass lung trapping of intravenous vesicles [8].",
            "Two open-field scales are used in rodents: the BBB scale (0–21) developed for rats, and the 9-point Basso Mouse Scale (BMS), which some groups also apply to rats because its stepping categories are coarser [1]. A BBB score below 8 means no weight-supported plantar stepping.",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Animals"),
            "{{species,strain,sex,body_weight_g|Female Long-Evans rats (230–260 g)}}<sup>a</sup> were kept three per cage. {{reported_welfare_compliance|Experiments complied with the EU Directive 2010/63/EU and were approved by the local animal welfare body}} (permit 2018-112).",
            ("h", "Contusion"),
            "{{injury_model,injury_device,injury_level|A 200-kdyn contusion was delivered to the exposed T10 segment with the Infinite Horizon impactor}}; rats whose recorded force deviated by more than 10% were excluded (two rats). Sham rats received laminectomy.",
            ("h", "Exosomes"),
            "{{source_tissue,source_species|ADSCs were derived from human lipoaspirate}} obtained with consent from three donors. Exosomes were isolated from 48-h conditioned medium with {{isolation_method,isolation_detail|ExoQuick-TC}} precipitation reagent according to the manufacturer's protocol<sup>b</sup>. {{characterization|Size was measured by dynamic light scattering (DLS); TEM and western blotting confirmed vesicle morphology and markers}} ({{markers|CD9, CD81 and HSP70}}). {{size_nm|The mean hydrodynamic diameter was 142 nm}}.",
            ("h", "Groups and treatment"),
            "{{reported_randomisation|Rats were allocated at random}} to Sham, SCI and SCI+ADSC-Exo groups ({{n_per_group|nine rats each}}). {{dose,route|The SCI+ADSC-Exo group received 500 " + GMU + "g/kg exosomal protein intraperitoneally}} {{frequency,timing_post_injury_h|once daily for 5 consecutive days, starting 2 h after injury}}; the SCI group received no injection.",
            ("h", "Behaviour"),
            "BBB scores were recorded on days 3, 7, 14, 21 and 28; the BMS was scored on day 28 from the same video recordings. Values are mean ± SD. Groups were compared by ANOVA with Tukey's test.",
        ]),
        ("results", "Results", [
            ("h", "Locomotor scores"),
            "Three days after injury both injured groups were nearly paralysed (SCI {x:SCI@3|pm}; SCI+ADSC-Exo {x:SCI+ADSC-Exo@3|pm}). By day 7, the treated rats had begun to sweep their hindlimbs, scoring {x:SCI+ADSC-Exo@7|pm} compared with {x:SCI@7|pm} in the SCI group (P" + NB + "<" + NB + "0.05).",
            "On day 14 the estimated mean BBB score was {x:SCI+ADSC-Exo@14|ci} in treated rats and {x:SCI@14|ci} in untreated rats. Treated rats then continued to improve, to {x:SCI+ADSC-Exo@21|pm} on day 21 and {x:SCI+ADSC-Exo@28|pm} on day 28, while the SCI group reached {x:SCI@21|pm} and {x:SCI@28|pm}<sup>c</sup>. The between-group difference on day 28 was 3.9 points (P" + NB + "<" + NB + "0.001).",
            "BMS scores on day 28 agreed with the BBB results: {x2:SCI+ADSC-Exo@28|pm} in the SCI+ADSC-Exo group versus {x2:SCI@28|pm} in the SCI group; sham rats scored {x2:Sham@28|bare}. The BMS subscore, by contrast, did not differ (P" + NB + "=" + NB + "0.18).",
            ("table", "Table 2", "BBB scores of sham, untreated and exosome-treated rats (mean ± SD; n" + NB + "=" + NB + "9).",
             {"orient": "rows", "days": D3, "groups": ["SCI", "SCI+ADSC-Exo"], "day_fmt": dpi_fmt, "corner": "Time"}),
            ("h", "Macrophage phenotype"),
            "CD206<sup>+</sup> cells made up 38% of CD68<sup>+</sup> macrophages at the lesion on day 7 in treated rats versus 14% in the SCI group, while iNOS<sup>+</sup> cells declined.",
        ]),
        ("discussion", "Discussion", [
            "Five daily intraperitoneal injections of ADSC exosomes gave a lasting improvement of about four BBB points. {{mechanism|We attribute the benefit mainly to a shift of macrophages toward the M2 phenotype}} [7]. Intravenous hUC-MSC exosomes in a similar contusion reached 10.8 ± 1.2 at day 28 [5], comparable to our result.",
            "Limitations: the BMS was scored only once, and precipitation reagents co-isolate lipoproteins, so part of the effect may not be vesicular [4].",
            "<sup>a</sup>Weight at surgery. <sup>b</sup>Incubation overnight at 4" + NB + "°C. <sup>c</sup>Where the two raters differed by more than one point (3 of 135 observations), a third rater decided.",
        ]),
    ],
    references=POOL[:13],
    scores=SU,
    back=[("Declaration of interests", "{{reported_conflict_of_interest|The authors declare that they have no competing interests.}}")],
    notes=["Sham BBB scores (21) are not written as numbers; Table 2 lists only the injured groups.",
           "BMS rows are a second scale beside BBB; the BMS subscore is not a row. Day-14 values are mean with 95% CI (sd/sem null)."],
    footnote=FOOTNOTE,
)

# --- 4: BBB only in a plot; hypoxic preconditioning; weight drop; jugular ---------------
W4 = [7.0, 14.0, 28.0, 42.0, 56.0]
TU = Scores("BBB", "sem", [("Sham", "sham", 7), ("SCI+Vehicle", "control", 7), ("SCI+Hypo-sEV", "treatment", 7)], {
    "Sham": dict(zip(W4, [(21.0, 0.0)] * 5)),
    "SCI+Vehicle": dict(zip(W4, [(2.4, 0.4), (4.6, 0.5), (6.8, 0.6), (7.9, 0.6), (8.3, 0.7)])),
    "SCI+Hypo-sEV": dict(zip(W4, [(3.1, 0.5), (6.9, 0.6), (9.7, 0.7), (11.4, 0.8), (12.2, 0.8)])),
})

TUIASOSOPO = Study(
    stem="tuiasosopo2023_hypoxic_hpmsc_sev_weightdrop_figureonly",
    layout="twocol",
    title="Hypoxia-preconditioned placental MSC small extracellular vesicles delivered through the jugular vein promote axon sparing after weight-drop injury",
    short_title="Hypoxic placental sEVs after weight drop",
    authors=[("Faleolo", "Tuiasosopo"), ("Marta", "Ekström"), ("Kwabena", "Asante"), ("Yuki", "Hoshino")],
    affiliations=["Pacific Neuroscience Laboratory, Apia (invented)", "Department of Physiology, Uppsala Valley University (invented)"],
    journal="Cell Therapy in Neurotrauma", year=2023, volume="6(2):88–101", doi="10.5555/ctn.2023.0088",
    pmid="99100304", pmcid="PMC9910304", received="2023-03-30",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 280, "high": 300},
        "n_per_group": 7, "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T10",
        "source_tissue": "placenta", "source_species": "human", "modification": "hypoxic preconditioning",
        "isolation_method": ["tangential_flow", "ultracentrifugation"], "isolation_detail": "tangential flow filtration followed by 120,000 × g for 90 min",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 112.0, "low": None, "high": None, "stat": "median", "method": "NTA"},
        "dose": {"amount": 5e10, "unit": "particles", "volume_ul": 500, "basis": "particles"},
        "route": "intravenous", "route_detail": "jugular vein", "frequency": {"doses": 1, "interval_h": None},
        "timing_post_injury_h": 3.0, "mechanism": "HIF-1α-dependent VEGF delivery promoting angiogenesis",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[(None, "Hypoxic preconditioning changes the cargo of stromal-cell vesicles. Here, small extracellular vesicles (sEVs) from placental MSCs cultured at 1% O<sub>2</sub> were injected once into the jugular vein 3 h after a T10 weight-drop injury in rats. Over 8 weeks, treated rats recovered more hindlimb function than vehicle-treated rats, with more spared axons and capillaries at the lesion edge.")],
    keywords=["placenta", "hypoxia", "small extracellular vesicles", "weight drop", "angiogenesis"],
    sections=[
        ("intro", "Introduction", [
            "Vascular loss at the lesion starves surviving tissue after SCI [6,16]. MSCs cultured under hypoxia release vesicles richer in pro-angiogenic cargo [9], and placenta is an abundant, ethically uncomplicated source.",
            "Functional recovery in rats is typically rated on the BBB scale, where 21 denotes normal gait and scores of 0–7 describe isolated joint movements [1]. In a previous hemisection study, hypoxic vesicles raised scores to about 10 at 4 weeks [9].",
        ]),
        ("methods", "Methods", [
            "{{reported_welfare_compliance|Animal work was approved by the Uppsala Valley regional ethics committee on animal research (C-77/21)}}. {{species,strain,sex,body_weight_g|Male Sprague-Dawley rats (280–300 g)}} were anaesthetised with ketamine/xylazine. After T9 laminectomy, {{injury_model,injury_device,injury_level|a weight-drop contusion (10 g from 25 mm) was applied to T10}}.",
            "{{source_tissue,source_species|Placental MSCs were isolated from the chorionic villi of term human placentas}}. {{modification|For hypoxic preconditioning, cells were cultured at 1% O<sub>2</sub> for 48 h}} before the medium was collected. {{isolation_method,isolation_detail|sEVs were concentrated by tangential flow filtration followed by 120,000 × g for 90 min}}. {{characterization|We characterised them by NTA, TEM and western blotting}}; {{markers|CD63 and TSG101 were enriched and calnexin was absent}}. {{size_nm|The median particle diameter (NTA) was 112 nm}}.",
            "Rats were assigned to Sham, SCI+Vehicle and SCI+Hypo-sEV groups ({{n_per_group|n" + NB + "=" + NB + "7 each}}). {{dose,route,route_detail,frequency,timing_post_injury_h|Three hours after injury, 5 × 10<sup>10</sup> particles in 500 " + MU + "l saline were infused once through the right jugular vein}}; vehicle rats received saline.",
            "{{reported_blinded_assessment|Locomotion was scored on the BBB scale by an investigator blinded to the groups}} weekly for 8 weeks. Data are mean ± SEM; repeated-measures ANOVA.",
        ]),
        ("results", "Results", [
            "BBB scores of the SCI+Hypo-sEV group exceeded those of the SCI+Vehicle group from week 2 to the end of the study (Fig. 3; P" + NB + "<" + NB + "0.01 at each time point from week 2, group effect F(1,12)" + NB + "=" + NB + "24.6). Sham rats maintained normal locomotion. The largest between-group difference was seen at week 6.",
            ("figure", "Figure 3", "BBB locomotor scores over 8 weeks after weight-drop injury (mean ± SEM, n" + NB + "=" + NB + "7). **P" + NB + "<" + NB + "0.01 vs. SCI+Vehicle.",
             {"days": W4, "groups": ["Sham", "SCI+Vehicle", "SCI+Hypo-sEV"], "x": "weeks"}),
            "Neurofilament-positive axons caudal to the lesion were 1.8-fold more numerous and CD31<sup>+</sup> capillary density 2.1-fold higher in treated rats at week 8. HIF-1α knock-down in the donor cells abolished the vesicles' pro-angiogenic effect in vitro.",
        ]),
        ("discussion", "Discussion", [
            "{{mechanism|We propose HIF-1α-dependent VEGF delivery promoting angiogenesis as the main mechanism}}. The recovery we observed is similar in size to earlier work with hypoxic vesicles in hemisection, where treated rats reached 10.4 ± 0.9 at week 4 [9].",
        ]),
    ],
    references=POOL[:16],
    scores=TU,
    back=[("Competing interests", "{{reported_conflict_of_interest|The authors declare no competing interests.}}")],
    notes=["BBB is reported only in a line plot (Figure 3): no outcome rows."],
    footnote=FOOTNOTE,
)

# --- 5: miR-124 vs native exosomes; "vs." and parentheses; weeks; numbers in a legend ----
W5 = [7.0, 14.0, 28.0, 42.0, 56.0]
QU = Scores("BBB", "sd", [("Sham", "sham", 6), ("PBS", "control", 6), ("Exo", "other", 6), ("miR-124-Exo", "treatment", 6)], {
    "Sham": dict(zip(W5, [(21.0, 0.0)] * 5)),
    "PBS": dict(zip(W5, [(1.8, 0.6), (3.7, 0.9), (5.2, 1.0), (5.9, 1.1), (6.2, 1.2)])),
    "Exo": dict(zip(W5, [(2.2, 0.7), (4.6, 0.9), (7.0, 1.1), (8.6, 1.2), (9.4, 1.3)])),
    "miR-124-Exo": dict(zip(W5, [(2.6, 0.8), (5.8, 1.0), (8.9, 1.2), (11.0, 1.3), (12.1, 1.4)])),
})

QUIMBAYA = Study(
    stem="quimbaya2019_rbmsc_mir124_exo_clip_vs_native",
    layout="single",
    title="Exosomes from miR-124-overexpressing bone marrow stromal cells outperform native exosomes after spinal cord compression in rats",
    short_title="miR-124 exosomes after compression",
    authors=[("Juliana", "Quimbaya"), ("Pavel", "Horák"), ("Adaeze", "Nwosu"), ("Kenji", "Furukawa"), ("Leila", "Rostami")],
    affiliations=["Grupo de Neurociencia Experimental, Medellín (invented)", "Institute of Molecular Neurology, Brno (invented)"],
    journal="Spinal Cord Molecular Therapy", year=2019, volume="5:114–129", doi="10.5555/scmt.2019.114",
    pmid="99100305", pmcid="PMC9910305", received="2019-06-02",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 200, "high": 220},
        "n_per_group": 6, "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T8",
        "source_tissue": "bone_marrow", "source_species": "rat", "modification": "miR-124 overexpression",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "110,000 × g for 2 h",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "CD81"],
        "size_nm": {"value": 87.5, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 200, "unit": "ug", "volume_ul": 1000, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein", "frequency": {"doses": 1, "interval_h": None},
        "timing_post_injury_h": 0.5, "mechanism": "miR-124-mediated M2 polarisation of microglia",
        "reported_randomisation": True, "reported_blinded_assessment": True, "reported_welfare_compliance": True,
    },
    abstract=[("Aim", "To compare exosomes from miR-124-overexpressing rat bone marrow stromal cells (miR-124-Exo) with native exosomes after clip compression."),
              ("Findings", "At week 8, BBB scores were higher with miR-124-Exo ({x:miR-124-Exo@56|pm}) than with native exosomes ({x:Exo@56|pm}) or PBS ({x:PBS@56|pm}).")],
    keywords=["microRNA-124", "exosomes", "bone marrow stromal cells", "compression", "microglia"],
    sections=[
        ("intro", "Introduction", [
            "Microglia switch between pro-inflammatory and reparative states after SCI [7]. miR-124, the most abundant microRNA of the brain, keeps microglia quiescent [15], and loading it into stromal-cell exosomes is an obvious strategy [2].",
            "Native bone marrow exosomes improve BBB scores by roughly 3 points in compression models [11]; whether miRNA enrichment adds to this is unknown. Here a score of 21 is normal and a score of 10 denotes occasional weight-supported plantar steps [1].",
        ]),
        ("methods", "Materials and methods", [
            "{{reported_welfare_compliance|The Institutional Committee for the Care and Use of Laboratory Animals approved all procedures (protocol 2017-31)}}. {{species,strain,sex,body_weight_g|Sprague-Dawley rats (male, 200–220 g)}} were used.",
            "{{source_tissue,source_species|Bone marrow stromal cells were obtained from femurs of 3-week-old Sprague-Dawley rats}}. {{modification|Cells were transduced with a lentivirus encoding miR-124 (overexpression)}} or with an empty vector (native exosomes). {{isolation_method,isolation_detail|Exosomes were collected by differential centrifugation with a final spin at 110,000 × g for 2 h}}. {{characterization|TEM, NTA and western blotting}} were used for characterisation; {{markers|CD9, CD63 and CD81}} were detected. {{size_nm|The mean size was 87.5 nm by NTA}}.",
            "{{injury_model,injury_device,injury_level|The spinal cord was compressed at the T8 level with an aneurysm clip}} (30 g, 1 min). {{reported_randomisation|Animals were randomised}} into four groups ({{n_per_group|six rats per group}}): Sham, PBS, Exo and miR-124-Exo. {{dose,route,route_detail,frequency,timing_post_injury_h|Thirty minutes after injury, 200 " + MU + "g of exosomes in 1 ml PBS was injected once via the tail vein}}.",
            "{{reported_blinded_assessment|Hindlimb function was assessed with the BBB scale by two blinded examiners}} weekly up to 8 weeks. Data are shown as mean ± SD and analysed by two-way ANOVA.",
        ]),
        ("results", "Results", [
            "Before injury every rat scored 21. At 1 week after compression, scores were low in all injured groups and did not differ (PBS {x:PBS@7|pm} vs. Exo {x:Exo@7|pm} vs. miR-124-Exo {x:miR-124-Exo@7|pm}).",
            "By week 4, rats receiving miR-124-Exo ({x:miR-124-Exo@28|pm}) scored higher than those receiving PBS ({bbb:PBS@28}; P" + NB + "<" + NB + "0.01), whereas native exosomes gave an intermediate value ({bbb:Exo@28}). At week 6, mean scores were {x:miR-124-Exo@42|paren}, {x:Exo@42|paren} and {x:PBS@42|paren} for the miR-124-Exo, Exo and PBS groups. The miR-124-Exo advantage over native exosomes was 2.7 points at week 8 (P" + NB + "=" + NB + "0.008).",
            ("table", "Table 1", "BBB locomotor scores (mean ± SD, n" + NB + "=" + NB + "6).",
             {"orient": "rows", "days": W5, "groups": ["PBS", "Exo", "miR-124-Exo"], "day_fmt": wk_fmt, "corner": "Time after SCI"}),
            ("figure", "Figure 4", "Time course of BBB scores. At week 8, the miR-124-Exo group reached {bbb:miR-124-Exo@56} compared with {bbb:Exo@56} in the Exo group. *P" + NB + "<" + NB + "0.05, **P" + NB + "<" + NB + "0.01.",
             {"days": W5, "groups": ["Sham", "PBS", "Exo", "miR-124-Exo"], "x": "weeks"}),
            "Arg1<sup>+</sup>/Iba1<sup>+</sup> microglia increased and iNOS<sup>+</sup>/Iba1<sup>+</sup> cells decreased in the miR-124-Exo group at week 1.",
        ]),
        ("discussion", "Discussion", [
            "miR-124 enrichment added about 3 BBB points to the effect of native exosomes. {{mechanism|The benefit is best explained by miR-124-mediated M2 polarisation of microglia}} [7,15]. A comparable study with miR-133b exosomes reported 11.8 ± 1.0 at week 8 [15], and a BBB score of 14 would have indicated consistent coordination, which no rat reached here.",
        ]),
    ],
    references=POOL[:16],
    scores=QU,
    back=[("Funding", "Invented grant COL-NEURO 2018-05.")],
    footnote=FOOTNOTE,
)

# --- 6: broken layout; SD said once; bare means; day 42 "end of observation"; weekly iv -
D6 = [1.0, 7.0, 14.0, 21.0, 28.0, 35.0, 42.0]
HA = Scores("BBB", "sd", [("Sham", "sham", 12), ("SCI + saline", "control", 12), ("SCI + WJ-Exo", "treatment", 12)], {
    "Sham": dict(zip(D6, [(21.0, 0.0)] * 7)),
    "SCI + saline": dict(zip(D6, [(0.3, 0.3), (2.5, 0.9), (4.4, 1.2), (5.8, 1.3), (6.5, 1.4), (7.0, 1.4), (7.4, 1.5)])),
    "SCI + WJ-Exo": dict(zip(D6, [(0.4, 0.3), (3.1, 1.0), (6.2, 1.3), (8.4, 1.4), (9.9, 1.5), (11.0, 1.5), (11.7, 1.6)])),
})

HAAPALA = Study(
    stem="haapala2024_wjmsc_exo_mascis_weekly_iv_broken",
    layout="single",
    title="Weekly intravenous Wharton's jelly MSC exosomes after MASCIS contusion: a six-week locomotor and histological study",
    short_title="Weekly WJ-MSC exosomes after contusion",
    authors=[("Eveliina", "Haapala"), ("Gustavo", "Arriagada"), ("Thandiwe", "Nkosi"), ("Arjun", "Venkataraman"), ("Maren", "Solberg")],
    affiliations=["Neuroregeneration Unit, Oulu Lakeside Hospital (invented)", "Departamento de Biología Celular, Valparaíso (invented)"],
    journal="Frontiers in Invented Neurorepair", year=2024, volume="18:1187", doi="10.5555/finr.2024.1187",
    pmid="99100306", pmcid="PMC9910306", received="2024-01-11",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 240, "high": 240},
        "n_per_group": 12, "injury_model": "contusion", "injury_device": "MASCIS impactor", "injury_level": "T10",
        "source_tissue": "wharton_jelly", "source_species": "human",
        "isolation_method": ["density_gradient", "ultracentrifugation"], "isolation_detail": "iodixanol density gradient, 100,000 × g for 18 h",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "TSG101"],
        "size_nm": {"value": 74.0, "low": 40, "high": 130, "stat": "mean", "method": "TEM"},
        "dose": {"amount": 2, "unit": "mg_per_kg", "volume_ul": None, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein", "frequency": {"doses": 4, "interval_h": 168},
        "timing_post_injury_h": 24.0, "mechanism": "reduced astrocytic scar formation via TGF-β/Smad3 inhibition",
        "reported_randomisation": True, "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[(None, "We tested whether four weekly intravenous doses of exosomes from human Wharton's jelly mesenchymal stem cells (WJ-MSCs) improve recovery after a MASCIS contusion at T10 in female rats. Treated rats reached a mean BBB score of {x:SCI + WJ-Exo@42|bare} at day 42, against {x:SCI + saline@42|bare} after saline, and had smaller GFAP-positive scars.")],
    keywords=["Wharton's jelly", "exosomes", "repeated dosing", "glial scar", "BBB"],
    sections=[
        ("intro", "Introduction", [
            "The glial scar limits axon regrowth after SCI, and TGF-β signalling drives much of its formation [13]. Exosomes of Wharton's jelly MSCs carry microRNAs that target the TGF-β/Smad pathway [15].",
            "Wharton's jelly, the mucoid connective tissue of the umbilical cord, yields MSCs that proliferate quickly, express little HLA class II and can be collected without any invasive procedure. Their secretome has been studied in stroke and peripheral nerve injury, but data after spinal contusion remain few and mostly come from single-dose designs with short follow-up [2,4].",
            "Most vesicle studies give a single dose within hours of injury [11]. Because scar formation continues for weeks, we gave weekly doses and followed rats for six weeks, rating hindlimb locomotion on the BBB scale (0 = no movement, 21 = normal) [1].",
        ]),
        ("methods", "Methods", [
            ("h", "Animals and ethical approval"),
            "{{species,strain,sex,body_weight_g|Female Sprague-Dawley rats (approximately 240 g)}} were housed with free access to food and water. {{reported_welfare_compliance|The National Animal Experiment Board approved the protocol (ESAVI/2022/0412), and the study followed the ARRIVE 2.0 guidelines}}.",
            ("h", "Contusion injury"),
            "Rats were anaesthetised with isoflurane and the T10 segment exposed by laminectomy of T9. {{injury_model,injury_device,injury_level|A contusion was produced at T10 with the MASCIS impactor}} (10 g, 12.5 mm). Sham rats received the laminectomy only. Buprenorphine and enrofloxacin were given for 3 and 7 days, respectively.",
            ("h", "Exosome isolation and characterisation"),
            "{{source_tissue,source_species|WJ-MSCs were isolated from the Wharton's jelly of human umbilical cords}} (three donors) and expanded to passage 5. Conditioned medium (72 h, serum-free) was pre-cleared and concentrated, then {{isolation_method,isolation_detail|loaded onto an iodixanol density gradient, 100,000 × g for 18 h}}; exosome-containing fractions (1.10–1.18 g/ml) were washed by ultracentrifugation. {{characterization|Vesicles were characterised by TEM, NTA and western blot}} for {{markers|CD9, CD63 and TSG101}}. {{size_nm|TEM showed round vesicles of 40–130 nm (mean 74 nm)}}; NTA gave a higher mode because it also counts aggregates.",
            ("h", "Treatment groups"),
            "{{reported_randomisation|Using sealed envelopes, rats were randomly allocated}} to Sham, SCI + saline and SCI + WJ-Exo groups ({{n_per_group|n" + NB + "=" + NB + "12 per group}}). {{dose,route,route_detail|WJ-Exo (2 mg/kg protein) were injected into the tail vein}} {{frequency,timing_post_injury_h|once a week for 4 weeks, beginning 24 h after injury}}. Saline rats received the same volume of saline.",
            ("h", "Histology"),
            "On day 42, rats were perfused transcardially with 4% paraformaldehyde. A 10-mm cord segment centred on the lesion was cryosectioned at 20 " + MU + "m and stained for GFAP, phosphorylated Smad3 and chondroitin sulphate proteoglycans. Scar area was measured on five sections per rat by an observer who did not know the group, using a fixed threshold in ImageJ.",
            ("h", "Outcome assessment"),
            "{{reported_blinded_assessment|BBB scores were assigned by two experienced raters who were unaware of the treatment}} on day 1 and then weekly until day 42. Rats were acclimatised to the open field for 3 days before surgery, and pre-injury scores were recorded. All locomotor data below are expressed as mean ± SD.",
            ("h", "Statistical analysis"),
            "BBB scores were analysed with two-way repeated-measures ANOVA (group × day) followed by Šidák's multiple-comparison test; histological measures were compared with unpaired t-tests. Analyses were run in R 4.3, and P" + NB + "<" + NB + "0.05 was taken as significant.",
        ]),
        ("results", "Results", [
            ("h", "Open-field locomotion"),
            "Pre-injury scores were 21 in every rat. One day after injury both injured groups showed little or no hindlimb movement ({x:SCI + saline@1|pm} and {x:SCI + WJ-Exo@1|pm}, respectively, for saline and WJ-Exo), confirming comparable injury severity; sham rats kept normal locomotion throughout. During the first week spontaneous recovery was similar in both groups: on day 7, saline-treated rats scored {x:SCI + saline@7|pm} and exosome-treated rats {x:SCI + WJ-Exo@7|pm}. The groups began to diverge after the second injection. On day 14 the WJ-Exo group scored {x:SCI + WJ-Exo@14|pm}, against {x:SCI + saline@14|pm} in the saline group (P" + NB + "<" + NB + "0.05), and on day 21 the corresponding values were {x:SCI + WJ-Exo@21|pm} and {x:SCI + saline@21|pm}. Most exosome-treated rats showed frequent weight-supported plantar steps by day 28 ({x:SCI + WJ-Exo@28|pm}), whereas saline-treated rats were still limited to occasional dorsal stepping ({x:SCI + saline@28|pm}).",
            "Improvement continued after the last injection. In the WJ-Exo group the mean score rose to {x:SCI + WJ-Exo@35|bare} on day 35 and to {x:SCI + WJ-Exo@42|bare} at the end of the observation period (day 42), whereas the saline group reached only {x:SCI + saline@42|bare}. Expressed as the difference between groups, the benefit was 1.8 points on day 14 and 4.3 points on day 42 (both P" + NB + "<" + NB + "0.01, two-way repeated-measures ANOVA with Šidák's correction). Eight of twelve treated rats, but only one saline rat, achieved consistent plantar stepping (BBB ≥" + NB + "11) on day 42. No rat in either injured group reached the coordination criterion of 14. The weekly course of both groups is summarised in Table 2.",
            ("table", "Table 2", "BBB scores after MASCIS contusion (mean ± SD; n" + NB + "=" + NB + "12 per group).",
             {"orient": "rows", "days": D6, "groups": ["SCI + saline", "SCI + WJ-Exo"], "day_fmt": day_fmt, "corner": "Day post-injury"}),
            ("h", "Glial scar"),
            "GFAP-positive scar area at day 42 was 31% smaller in the WJ-Exo group, and phosphorylated Smad3 in astrocytes bordering the lesion was reduced by about half. Chondroitin sulphate proteoglycan staining was likewise weaker in treated rats.",
        ]),
        ("discussion", "Discussion", [
            "Weekly intravenous WJ-MSC exosomes produced a recovery that grew over time and was still widening when the study ended. {{mechanism|We attribute this to reduced astrocytic scar formation via TGF-β/Smad3 inhibition}}. In contrast to single-dose protocols, in which scores typically plateau around 9–10 after 4 weeks (e.g. 9.6 ± 1.1 in [5]), repeated dosing may extend the therapeutic window.",
            "The study has limitations: only female rats were used, and we did not compare weekly dosing with a single dose of the same cumulative amount.",
        ]),
    ],
    references=POOL[:16],
    scores=HA,
    back=[("Conflict of interest statement", "{{reported_conflict_of_interest|The authors declare no conflicts of interest.}}"),
          ("Ethics statement", "Approved by the National Animal Experiment Board (ESAVI/2022/0412).")],
    notes=["Pre-injury scores (21) are a baseline, not an outcome row; sham scores are not written as numbers."],
    footnote=FOOTNOTE,
)

STUDIES = [(SULTANOVA, Extra(second=SU_BMS, ranges=SU_R, habit="broken")), (TUIASOSOPO, Extra()),
           (QUIMBAYA, Extra()), (HAAPALA, Extra(habit="broken"))]
