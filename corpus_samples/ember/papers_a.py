"""Ember papers 1-3 (Vietnam, Nigeria, Greece). Everything is invented.

Emphasis: how a lab names its groups (codes, roman numerals, letters), where it defines
them (methods, a table footnote only, a figure legend) and how the results then paraphrase
them ("rats receiving vesicles", "the EV cohort", "lesioned animals given PBS").
"""

from __future__ import annotations

from extgen.common import FOOTNOTE, MU, NB, POOL, TH
from extgen.model import Scores, Study


def series(days: list[float], pairs: list[tuple[float, float]]) -> dict[float, tuple[float, float]]:
    return dict(zip(days, pairs, strict=True))


# --- 1. Vietnam: groups coded G1-G4, defined once in the methods ---------------------------
D1 = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]
LUONG = Study(
    stem="luong2021_hucmsc_exo_g1g4_codes_tailvein",
    layout="twocol",
    title="Human umbilical cord mesenchymal stem cell exosomes dampen microglial NF-κB signalling and improve hindlimb function after thoracic contusion in rats",
    short_title="hUC-MSC exosomes after contusion",
    authors=[("Thi Hoa", "Luong"), ("Van Minh", "Trinh"), ("Quoc Bao", "Dang"), ("Ngoc Anh", "Vu"), ("Duc Thang", "Phan")],
    affiliations=["Department of Histology and Embryology, Hue Institute of Medical Sciences, Hue, Vietnam",
                  "Center for Regenerative Medicine, Can Tho Teaching Hospital, Can Tho, Vietnam"],
    journal="Asian Journal of Experimental Neurotrauma",
    year=2021, volume="14(3):211–224", doi="10.5555/ajen.2021.0311",
    pmid="99100301", pmcid="PMC9910301", received="2021-02-17",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 200, "high": 230}, "n_per_group": 10,
        "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T10",
        "source_tissue": "umbilical_cord", "source_species": "human",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 × g 70 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 108.4, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 500, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.5,
        "mechanism": "inhibition of microglial NF-κB activation",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Exosomes secreted by mesenchymal stem cells carry anti-inflammatory cargo, but their effect on the microglial response after spinal contusion remains unsettled."),
        ("Methods", f"Female rats received a single tail-vein injection of hUC-MSC exosomes or normal saline 30 min after a T10 contusion and were followed for four weeks with the BBB scale."),
        ("Results", "Treated rats recovered consistent forelimb–hindlimb coordination more often than saline-injected rats, and spinal NF-κB p65 was lower at day 7."),
        ("Conclusion", "A single intravenous dose of umbilical cord MSC exosomes improves locomotion after contusion, probably by restraining microglia."),
    ],
    keywords=["spinal cord injury", "exosome", "umbilical cord", "microglia", "NF-κB"],
    sections=[
        ("intro", "1. Introduction", [
            "Traumatic spinal cord injury leaves most patients with lifelong deficits, and the secondary inflammatory cascade that follows the primary impact is the main target of experimental therapy [1]. Exosomes are membrane vesicles of 30–150 nm that mirror the parent cell's cargo [2].",
            "Earlier reports gave contused rats 200 µg of MSC exosomes and described BBB scores near 10 at day 28 [5], but few compared vesicles with the depleted conditioned medium. We therefore asked whether exosomes, rather than soluble factors, carry the benefit.",
        ]),
        ("methods", "2. Materials and methods", [
            ("h", "2.1. Animals and ethics"),
            f"Forty {{{{species,strain,sex|adult female Sprague-Dawley rats}}}} ({{{{body_weight_g|200–230{NB}g}}}}) were purchased from the institute's breeding unit and housed two per cage on a 12-h light cycle. All procedures followed the national guidelines for laboratory animal use.",
            ("h", "2.2. Contusion model"),
            f"Under isoflurane anaesthesia, a laminectomy exposed the cord and a {{{{injury_model,injury_device|moderate contusion was produced with the NYU impactor}}}} (10{NB}g rod, 25{NB}mm) {{{{injury_level|at the T10 segment}}}}. Bladders were expressed manually twice a day until reflex voiding returned.",
            ("h", "2.3. Exosome preparation"),
            f"{{{{source_tissue,source_species|Human umbilical cord MSCs}}}} (hUC-MSCs, passages 3–5) were cultured in exosome-depleted medium for 48 h. Conditioned medium was cleared at 2{TH}000 × g and 10{TH}000 × g and {{{{isolation_method,isolation_detail|pelleted at 100{TH}000 × g for 70 min}}}} (two runs). Particles were examined by {{{{characterization|transmission electron microscopy, nanoparticle tracking analysis and western blotting}}}} for {{{{markers|CD9, CD63, TSG101 and the negative marker calnexin}}}}.",
            ("h", "2.4. Grouping and treatment"),
            f"Rats were {{{{reported_randomisation|randomly assigned by a sealed-envelope list}}}} into four groups ({{{{n_per_group|n = 10 each}}}}): G1, laminectomy without contusion; G2, contusion + 0.5 mL normal saline (NS); G3, contusion + hUC-MSC-Exo; G4, contusion + exosome-depleted conditioned medium (Dep-CM). G3 animals received {{{{dose|100{NB}{MU}g exosomal protein in 0.5 mL NS}}}} {{{{route,route_detail|through the tail vein}}}} {{{{timing_post_injury_h|30 min after impact}}}}, {{{{frequency|as a single bolus}}}}; G2 and G4 received the same volume at the same time.",
            ("h", "2.5. Behaviour and statistics"),
            f"Open-field locomotion was scored on days 1, 3, 7, 14, 21 and 28 by {{{{reported_blinded_assessment|two examiners unaware of group codes}}}} using the 0–21 BBB scale [1]. Values are mean ± SD; groups were compared by two-way repeated-measures ANOVA with Tukey's test.",
        ]),
        ("results", "3. Results", [
            ("h", "3.1. Vesicle characteristics"),
            f"The pellets contained round, cup-shaped vesicles, and {{{{size_nm|NTA gave a mean diameter of 108.4 ± 17.9 nm}}}}; CD9, CD63 and TSG101 were enriched while calnexin was absent.",
            ("h", "3.2. Locomotor recovery"),
            "One G2 rat died while recovering from anaesthesia on the day of surgery, so G2 was analysed with nine animals. All contused rats were almost paralysed on day 1 (Table 1). From the second week, rats receiving vesicles outperformed the NS-injected animals: on day 14 the exosome group scored {bbb:G3@14} against {bbb:G2@14}.",
            "By the fourth week the treated animals reached {bbb:G3@28}, with frequent weight-supported plantar steps, whereas saline controls plateaued at {bbb:G2@28}. Dep-CM rats did not differ from G2 at any time.",
            ("table", "Table 1", "BBB scores of the four groups (mean ± SD).",
             {"orient": "cols", "days": D1, "groups": ["G1", "G2", "G3", "G4"], "corner": "Group",
              "day_fmt": lambda d: f"D{d:g}",
              "foot": "G1, sham; G2, SCI + NS (n = 9); G3, SCI + hUC-MSC-Exo; G4, SCI + Dep-CM."}),
            ("h", "3.3. Microglia"),
            "Iba1-positive cells expressing nuclear p65 were fewer in G3 than in G2 on day 7 (P < 0.01).",
        ]),
        ("discussion", "4. Discussion", [
            f"Vesicles, not the depleted medium, carried the benefit. This agrees with studies that gave 200 {MU}g or more [5], although our single 100-µg bolus was smaller. We propose that {{{{mechanism|the exosomes act by inhibition of microglial NF-κB activation}}}}, which would explain the early divergence in BBB scores [7].",
            "At day 28 the gap between G3 and G2 was 4.3 points, larger than the minimal clinically relevant difference usually assumed for the BBB scale [1]. Limitations include one sex, a single dose and a four-week horizon.",
        ]),
    ],
    references=[POOL[0], POOL[1], POOL[3], POOL[4], POOL[6], POOL[10], POOL[13]],
    scores=Scores("BBB", "sd", [("G1", "sham", 10), ("G2", "control", 9), ("G3", "treatment", 10), ("G4", "other", 10)], {
        "G1": series(D1, [(21.0, 0.0)] * 6),
        "G2": series(D1, [(0.6, 0.5), (1.4, 0.7), (3.9, 1.2), (6.1, 1.4), (7.2, 1.5), (7.8, 1.6)]),
        "G3": series(D1, [(0.7, 0.5), (2.1, 0.9), (5.6, 1.3), (8.9, 1.5), (10.8, 1.7), (12.1, 1.9)]),
        "G4": series(D1, [(0.5, 0.5), (1.6, 0.8), (4.2, 1.1), (6.7, 1.3), (7.9, 1.6), (8.3, 1.7)]),
    }),
    back=[("Ethics statement", "{{reported_welfare_compliance|The animal ethics board of the Hue Institute of Medical Sciences approved the protocol (HIMS-AE-2020-07).}}"),
          ("Conflict of interest", "{{reported_conflict_of_interest|The authors report no conflicts of interest.}}")],
    footnote=FOOTNOTE,
)


# --- 2. Nigeria: roman-numeral groups defined only in the table footnote -------------------
W2 = [7.0, 14.0, 21.0, 28.0, 35.0, 42.0]
GROUPS2 = ["Group I", "Group II", "Group III", "Group IV", "Group V"]
IKWUEMESI = Study(
    stem="ikwuemesi2022_rbmsc_ev_roman_groups_ip",
    layout="single",
    title="Bone marrow stromal cell extracellular vesicles given intraperitoneally improve hindlimb recovery and lower oxidative stress after weight-drop spinal cord injury in Wistar rats",
    short_title="BMSC-EVs and oxidative stress in SCI",
    authors=[("Chukwuemeka O.", "Ikwuemesi"), ("Adaeze N.", "Okoro"), ("Babatunde", "Adeleke"), ("Hauwa", "Bello")],
    affiliations=["Department of Anatomy, College of Health Sciences, Enugu State Institute of Medicine, Enugu, Nigeria",
                  "Neuroscience Unit, Ibadan Biomedical Research Centre, Ibadan, Nigeria"],
    journal="West African Journal of Neuroscience Research",
    year=2022, volume="9(2):88–101", doi="10.5555/wajnr.2022.0902",
    pmid="99100302", pmcid="PMC9910302", received="2022-01-09",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male",
        "body_weight_g": {"low": 180, "high": 210}, "n_per_group": 8,
        "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T10",
        "source_tissue": "bone_marrow", "source_species": "rat",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "ExoQuick-TC",
        "characterization": ["TEM", "DLS", "western_blot"], "markers": ["CD63", "CD81", "TSG101"],
        "size_nm": {"value": 134.2, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 150, "unit": "ug_per_kg", "volume_ul": 300, "basis": "protein"},
        "route": "intraperitoneal",
        "frequency": {"doses": 4, "interval_h": 72}, "timing_post_injury_h": 24,
        "mechanism": "Nrf2/HO-1 antioxidant signalling",
        "reported_randomisation": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Oxidative damage drives much of the secondary loss after spinal cord injury (SCI). We tested whether extracellular vesicles (EVs) from rat bone marrow stromal cells, given intraperitoneally, protect the injured cord. Rats receiving EVs regained hindlimb function faster than untreated or vehicle-injected rats, had lower malondialdehyde and higher glutathione in cord homogenates, and showed nuclear Nrf2 in ventral horn neurons. At week 6, EV-treated rats scored {bbb:Group IV@42} and untreated rats {bbb:Group II@42}. Co-administration of methylprednisolone added nothing to EVs alone."),
    ],
    keywords=["extracellular vesicles", "BMSC", "oxidative stress", "Nrf2", "weight drop"],
    sections=[
        ("intro", "Introduction", [
            "In sub-Saharan Africa road-traffic accidents and falls from height cause most spinal cord injuries, and rehabilitation facilities are scarce [11]. Affordable, stable biologics would therefore be valuable.",
            "Extracellular vesicles from marrow stromal cells carry antioxidant enzymes and microRNAs [2,15]. Earlier work gave intravenous doses of up to 1 mg/kg and reported rather modest gains [5]. Here we compared an intraperitoneal regimen with vehicle, no treatment and a combination with methylprednisolone (MP).",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Experimental animals"),
            f"{{{{species,strain,sex|Male Wistar rats}}}} weighing {{{{body_weight_g|180 to 210 g}}}} were obtained from the departmental animal house and acclimatised for two weeks with feed and water ad libitum.",
            ("h", "Isolation of BMSCs and EVs"),
            f"{{{{source_tissue,source_species|BMSCs were flushed from the femurs and tibiae of 4-week-old Wistar rats}}}} and expanded to passage 4. Serum-free supernatant (48 h) was cleared of cells and debris, and {{{{isolation_method,isolation_detail|EVs were precipitated with ExoQuick-TC}}}} (System Biosciences) overnight at 4{NB}°C, following the supplier's protocol. Protein was measured by BCA assay. EVs were characterised by {{{{characterization|TEM, dynamic light scattering (DLS) and western blot}}}} for {{{{markers|CD63, CD81 and TSG101}}}}.",
            ("h", "Spinal cord injury"),
            f"After ketamine/xylazine anaesthesia and laminectomy, {{{{injury_model,injury_device|the cord was contused by a modified Allen weight drop}}}} (10 g from 25 mm) {{{{injury_level|at vertebral level T10}}}}. Sham animals had laminectomy alone.",
            ("h", "Study design"),
            f"Forty rats were {{{{reported_randomisation|allotted by simple randomisation}}}} into five groups of {{{{n_per_group|eight rats each}}}} (see Table 1 for group designations). EV-treated rats received {{{{dose|150 {MU}g/kg of EV protein in 0.3 mL DMEM}}}} {{{{route|by intraperitoneal injection}}}}, starting {{{{timing_post_injury_h|24 h after injury}}}} and repeated {{{{frequency|every 72 h for a total of four injections}}}}. The vehicle received DMEM alone; MP (30 mg/kg) was given once, intraperitoneally, 1 h after injury.",
            ("h", "Functional assessment and statistics"),
            "Hindlimb function was rated weekly for six weeks using the BBB open-field scale. Data are presented as mean ± SEM and analysed by one-way ANOVA at each week followed by Bonferroni's test; P < 0.05 was considered significant.",
        ]),
        ("results", "Results", [
            ("h", "Characterisation of EVs"),
            f"TEM showed spherical bilayered particles and {{{{size_nm|DLS indicated a mean hydrodynamic diameter of 134.2 ± 21.7 nm}}}} with a polydispersity index of 0.21.",
            ("h", "Locomotor scores"),
            "Sham-operated rats walked normally throughout. In the first two weeks, all injured groups were similar. From the third week the EV cohort began to separate from both the untreated and the DMEM-injected rats (Table 1).",
            "At the end of week 6, animals in Group IV scored {bbb:Group IV@42}, against {bbb:Group II@42} in the untreated rats and {bbb:Group III@42} in those given vehicle. The co-treated rats (Group V) reached {bbb:Group V@42}, no better than EVs alone.",
            ("xtable", "Table 1", "Weekly BBB locomotor scores.",
             {"orient": "rows", "days": W2, "groups": GROUPS2, "corner": "Week", "span": "BBB score (mean ± SEM)",
              "day_fmt": lambda d: f"{d / 7:g}",
              "marks": {("Group IV", 28.0): "*", ("Group IV", 35.0): "*†", ("Group IV", 42.0): "*†",
                        ("Group V", 35.0): "*", ("Group V", 42.0): "*†"},
              "foot": "Group I, sham-operated (laminectomy only); Group II, SCI, untreated; Group III, SCI + DMEM (vehicle); Group IV, SCI + BMSC-EVs; Group V, SCI + BMSC-EVs + MP. n = 8 per group. *P < 0.05 vs Group II; †P < 0.05 vs Group III."}),
            ("h", "Oxidative stress markers"),
            "Cord malondialdehyde on day 42 was lowest in Groups IV and V, and reduced glutathione was highest in these groups.",
        ]),
        ("discussion", "Discussion", [
            f"Intraperitoneal EVs improved function and redox balance. We attribute the benefit to {{{{mechanism|activation of Nrf2/HO-1 antioxidant signalling}}}}, in line with reports on marrow-derived vesicles [15]. A dose of 1 mg/kg was used intravenously by others [5]; our lower intraperitoneal dose was nonetheless effective.",
            "The absence of an additive effect with MP suggests overlapping anti-oxidant actions.",
        ]),
    ],
    references=[POOL[1], POOL[4], POOL[10], POOL[15], POOL[2], POOL[11], POOL[7], POOL[8], POOL[9], POOL[12], POOL[0], POOL[3], POOL[5], POOL[13], POOL[14]],
    scores=Scores("BBB", "sem", [("Group I", "sham", 8), ("Group II", "control", 8), ("Group III", "control", 8),
                                 ("Group IV", "treatment", 8), ("Group V", "other", 8)], {
        "Group I": series(W2, [(21.0, 0.0)] * 6),
        "Group II": series(W2, [(2.1, 0.4), (4.0, 0.5), (5.3, 0.6), (6.2, 0.6), (6.8, 0.7), (7.1, 0.7)]),
        "Group III": series(W2, [(2.3, 0.5), (4.2, 0.6), (5.5, 0.6), (6.4, 0.7), (7.0, 0.7), (7.3, 0.8)]),
        "Group IV": series(W2, [(2.6, 0.5), (4.9, 0.6), (7.1, 0.7), (8.9, 0.7), (10.2, 0.8), (11.0, 0.8)]),
        "Group V": series(W2, [(2.5, 0.4), (4.8, 0.5), (6.9, 0.6), (8.6, 0.7), (9.9, 0.8), (10.6, 0.9)]),
    }),
    back=[("Ethical approval", "{{reported_welfare_compliance|Approval was granted by the Research Ethics Committee of the College of Health Sciences (ESIM/REC/2021/044).}}"),
          ("Declaration of interest", "{{reported_conflict_of_interest|None declared.}}")],
    footnote=FOOTNOTE,
)


# --- 3. Greece: letter groups, results paraphrase them; numbers in a figure legend -----------
D3 = [1.0, 7.0, 14.0, 21.0, 28.0, 35.0]
KYRIAKOU = Study(
    stem="kyriakou2020_hadsc_exo_letter_groups_intrathecal_manuscript",
    layout="single",
    title="Native adipose-derived stem cell exosomes delivered intrathecally restrain A1 astrocytes after thoracic contusion",
    short_title="ADSC exosomes and A1 astrocytes",
    authors=[("Eleni", "Kyriakou"), ("Georgios", "Papadimitriou"), ("Sofia", "Antoniou"), ("Nikolaos", "Vlachos"), ("Maria", "Karagianni")],
    affiliations=["Laboratory of Experimental Neurosurgery, School of Medicine, University of Thessalia North, Larissa, Greece",
                  "Biomedical Research Foundation of Epirus, Ioannina, Greece"],
    journal="Hellenic Archives of Neuroregeneration",
    year=2020, volume="31:e2020117", doi="10.5555/han.2020.117",
    pmid="99100303", pmcid="PMC9910303", received="2020-06-02",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male",
        "body_weight_g": {"low": 280, "high": 320}, "n_per_group": 9,
        "injury_model": "contusion", "injury_device": "Infinite Horizon impactor", "injury_level": "T9",
        "source_tissue": "adipose", "source_species": "human", "modification": "none",
        "isolation_method": ["ultrafiltration", "size_exclusion"], "isolation_detail": "100 kDa ultrafiltration + qEVoriginal",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD9", "CD81", "Alix", "calnexin"],
        "size_nm": {"value": 96.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 5e9, "unit": "particles", "volume_ul": 10, "basis": "particles"},
        "route": "intrathecal", "route_detail": "lumbar puncture",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 6,
        "mechanism": "suppression of A1 astrocyte conversion",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Aim", "To test whether native exosomes from human adipose-derived stem cells (ADSC-exo), given once by lumbar puncture, change astrocyte phenotype and locomotion after contusion."),
        ("Methods", "Rats with T9 contusions received ADSC-exo, fibroblast exosomes or PBS intrathecally 6 h after injury; BBB scores were followed for five weeks."),
        ("Results", "ADSC-exo rats scored higher than PBS-treated rats from day 14 on, and C3-positive astrocytes were fewer."),
        ("Conclusions", "A single intrathecal dose of unmodified ADSC exosomes is enough to shift astrocytes away from the A1 state."),
    ],
    keywords=["adipose-derived stem cells", "exosomes", "astrocytes", "intrathecal", "contusion"],
    sections=[
        ("intro", "Introduction", [
            "Reactive astrocytes of the neurotoxic A1 type appear within days of spinal contusion and kill neurons and oligodendrocytes [13]. Stem-cell exosomes modulate glia [7], yet most studies inject them intravenously, where the lungs and liver take up most of the dose [5].",
            "Intrathecal delivery bypasses this loss. Reported vesicle sizes range from 40 to 200 nm depending on the method [14]. We studied native vesicles because loaded exosomes complicate translation.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals"),
            f"Thirty-six {{{{species,strain,sex|male Sprague-Dawley rats}}}} ({{{{body_weight_g|280–320 g}}}}) were used. {{{{reported_sample_size_calculation|Group size was calculated a priori (power 0.8, α = 0.05) from a pilot difference of three BBB points}}}}.",
            ("h", "Exosome isolation"),
            f"{{{{source_tissue,source_species|Human ADSCs from lipoaspirates of three healthy donors}}}} were grown to passage 4; exosomes were {{{{modification|native (unmodified)}}}}. Conditioned medium was concentrated {{{{isolation_method,isolation_detail|on 100 kDa Amicon filters and fractionated on qEVoriginal size-exclusion columns}}}}. Preparations were analysed by {{{{characterization|NTA (NanoSight NS300), TEM and immunoblotting}}}} for {{{{markers|CD9, CD81 and Alix, with calnexin as negative control}}}}.",
            ("h", "Injury and treatment groups"),
            f"Anaesthetised rats received {{{{injury_model,injury_device|a 150-kdyn contusion with the Infinite Horizon impactor}}}} {{{{injury_level|at T9}}}}. They were then {{{{reported_randomisation|randomised (random number table)}}}} into four groups ({{{{n_per_group|nine per group}}}}): group A, laminectomy only; group B, SCI receiving PBS; group C, SCI receiving ADSC-exo; group D, SCI receiving exosomes from human dermal fibroblasts (control vesicles).",
            f"{{{{timing_post_injury_h|Six hours after injury}}}}, {{{{dose|5 × 10<sup>9</sup> particles in 10 {MU}l PBS}}}} were {{{{route,route_detail|injected intrathecally by lumbar puncture}}}} at L5–L6 {{{{frequency|once}}}}; group B received 10 µl PBS.",
            ("h", "Behaviour"),
            "The BBB scale was applied on days 1, 7, 14, 21, 28 and 35 {{reported_blinded_assessment|by an observer blinded to treatment}}. Mean ± SEM; two-way ANOVA with Sidak correction.",
        ]),
        ("results", "Results", [
            f"{{{{size_nm|The NTA mode diameter was 96 nm}}}} (concentration 2.3 × 10<sup>11</sup> particles/ml).",
            "Group A recovered full scores by day 3. Lesioned animals given PBS improved slowly, reaching {bbb:B@7} on day 7. ADSC-exo rats were ahead already on day 7 ({bbb:C@7}) and the gap widened: {bbb:C@28} versus {bbb:B@28} on day 28 (P < 0.01). Fibroblast-exosome controls behaved like the PBS rats ({bbb:D@28}).",
            ("figure", "Figure 2", "Time course of BBB scores after T9 contusion. Groups B (PBS), C (ADSC-exo) and D (fibroblast exosomes); mean ± SEM, n = 9. On day 35, C reached {bbb:C@35}, B {bbb:B@35} and D {bbb:D@35}.",
             {"days": D3, "groups": ["B", "C", "D"]}),
            "C3/GFAP double-positive astrocytes were reduced by about half in the exosome rats at day 7.",
        ]),
        ("discussion", "Discussion", [
            f"Native ADSC exosomes given once intrathecally improved function, most likely through {{{{mechanism|suppression of A1 astrocyte conversion}}}}. Fibroblast vesicles of similar size had no effect, so the cargo, not the particle load, matters [14].",
            "Intravenous studies used ten-fold higher particle numbers [5]; the intrathecal route seems efficient.",
        ]),
    ],
    references=[POOL[0], POOL[1], POOL[3], POOL[5], POOL[4], POOL[7], POOL[6], POOL[8], POOL[9], POOL[10], POOL[11], POOL[2], POOL[12], POOL[13]],
    scores=Scores("BBB", "sem", [("A", "sham", 9), ("B", "control", 9), ("C", "treatment", 9), ("D", "other", 9)], {
        "A": {3.0: (21.0, 0.0)},
        "B": series(D3, [(0.8, 0.3), (3.2, 0.5), (5.4, 0.6), (6.6, 0.6), (7.4, 0.7), (7.8, 0.7)]),
        "C": series(D3, [(1.0, 0.3), (4.6, 0.5), (7.8, 0.6), (9.7, 0.7), (10.9, 0.7), (11.6, 0.8)]),
        "D": series(D3, [(0.9, 0.3), (3.4, 0.5), (5.7, 0.6), (6.8, 0.7), (7.7, 0.7), (8.1, 0.8)]),
    }),
    back=[("Ethics", "{{reported_welfare_compliance|All experiments were licensed by the regional veterinary authority (EL-41-BIO-03) and complied with Directive 2010/63/EU.}}"),
          ("Competing interests", "{{reported_conflict_of_interest|The authors declare that they have no competing interests.}}")],
    notes=["BBB on days 1, 14 and 21 (groups B, C, D) appears only in the Figure 2 line plot: no gold rows; the numbers written in the results and in the Figure 2 legend are text rows."],
    footnote=FOOTNOTE,
)

PAPERS = [(LUONG, set()), (IKWUEMESI, {"footer"}), (KYRIAKOU, {"manuscript"})]
