"""Studies 4-6 of the flint corpus (everything invented)."""

from __future__ import annotations

from extgen.common import FOOTNOTE, GMU, MU, NB, POOL, TH
from extgen.model import Scores, Study

# ---------------------------------------------------------------- 4: Turkey, boxed layout
_E_DAYS = [7.0, 14.0, 21.0, 28.0, 35.0, 42.0]
_E = Scores(
    outcome="BBB", err="sem",
    groups=[("Sham", "sham", 7), ("SCI", "control", 7), ("SCI+Exo", "other", 7), ("SCI+miR21-Exo", "treatment", 7)],
    values={
        "Sham": {d: (21.0, 0.0) for d in _E_DAYS},
        "SCI": dict(zip(_E_DAYS, [(1.6, 0.3), (3.4, 0.4), (4.9, 0.5), (5.8, 0.5), (6.3, 0.6), (6.7, 0.6)])),
        "SCI+Exo": dict(zip(_E_DAYS, [(2.0, 0.3), (4.6, 0.5), (6.5, 0.5), (7.7, 0.6), (8.4, 0.6), (8.9, 0.7)])),
        "SCI+miR21-Exo": dict(zip(_E_DAYS, [(2.3, 0.4), (5.5, 0.5), (8.0, 0.6), (9.6, 0.6), (10.7, 0.7), (11.5, 0.7)])),
    },
)
_EG = ["Sham", "SCI", "SCI+Exo", "SCI+miR21-Exo"]
_ELET = {"Sham": "a", "SCI": "b", "SCI+Exo": "c", "SCI+miR21-Exo": "d"}


def _erow(d: float) -> list:
    row: list = [f"Week {d / 7:g}"]
    for g in _EG:
        letter = _ELET[g]
        if d <= 7 and g in ("SCI+Exo", "SCI+miR21-Exo"):
            letter = "b"  # not yet different from untreated SCI in week 1
        if d == 14 and g == "SCI+miR21-Exo":
            letter = "c"
        row.append(("pm", g, d, letter))
    return row


TEKIN = Study(
    stem="tekin2019_miR21_radsc_exo_clip_alternate_letters",
    layout="boxed",
    title="Exosomes from miR-21-overexpressing adipose-derived mesenchymal stem cells reduce neuronal apoptosis via PTEN/PI3K signalling after spinal cord compression injury in rats",
    short_title="miR-21 exosomes after SCI",
    authors=[("Selin", "Tekin"), ("Burak", "Aydoğan"), ("Elif", "Karaca"), ("Mert", "Özkan"), ("Zeynep", "Yıldırım")],
    affiliations=["Department of Histology and Embryology, Anatolian Faculty of Medicine, Eskişehir, Türkiye",
                  "Stem Cell Research Unit, Central Anatolia University, Ankara, Türkiye"],
    journal="Turkish Archives of Neuroregeneration",
    year=2019, volume="7(2)", doi="10.5555/tan.2019.07.02.5",
    pmid="99100844", pmcid="PMC9910844", received="2019-02-11",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male",
        "body_weight_g": {"low": 280, "high": 320}, "n_per_group": 7,
        "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T10",
        "source_tissue": "adipose", "source_species": "rat", "modification": "miR-21 overexpression",
        "isolation_method": ["density_gradient", "ultracentrifugation"],
        "isolation_detail": "30% sucrose cushion 100,000 × g 90 min",
        "characterization": ["TEM", "DLS", "western_blot"],
        "markers": ["CD63", "TSG101", "HSP70"],
        "size_nm": {"value": 92.3, "low": None, "high": None, "stat": "mean", "method": "TEM"},
        "dose": {"amount": 50, "unit": "ug_per_kg", "volume_ul": 500, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 3, "interval_h": 48}, "timing_post_injury_h": 24.0,
        "mechanism": "miR-21 suppression of PTEN activating PI3K/AKT and reducing neuronal apoptosis",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Objective", "MicroRNA-21 (miR-21) inhibits PTEN and promotes neuronal survival. We examined whether loading miR-21 into adipose-derived MSC (ADMSC) exosomes improves their therapeutic effect after spinal cord compression."),
        ("Materials and Methods", "Rats underwent clip compression at T10 and received native exosomes, miR-21-enriched exosomes or no treatment by tail-vein injection on days 1, 3 and 5. BBB scores were recorded weekly for six weeks."),
        ("Results", "miR-21 exosomes gave the best recovery (week 6: {bbb:SCI+miR21-Exo@42}), exceeding native exosomes ({bbb:SCI+Exo@42}) and untreated SCI ({bbb:SCI@42}). PTEN fell and p-AKT and Bcl-2 rose in the cord."),
        ("Conclusion", "miR-21 enrichment enhances ADMSC exosome therapy for SCI."),
    ],
    keywords=["miR-21", "exosome", "adipose-derived mesenchymal stem cell", "PTEN", "apoptosis"],
    sections=[
        ("intro", "Introduction", [
            "Neuronal and oligodendrocyte apoptosis continues for weeks after spinal cord injury (SCI) and contributes to the final deficit [2]. PTEN, a negative regulator of PI3K/AKT signalling, is upregulated after injury and is a validated target of miR-21 [5].",
            f"Exosomes (30–100{NB}nm) protect their RNA cargo from degradation and cross biological barriers [1]. Native ADMSC exosomes have shown moderate efficacy in rat SCI, with BBB scores near 8 after four weeks [3].",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Experimental animals"),
            "{{reported_welfare_compliance|All experiments were approved by the Local Ethics Committee for Animal Experiments of Anatolian Faculty of Medicine (decision no. 2017/41)}}. {{species,strain,sex|Adult male Wistar albino rats}} {{body_weight_g|(280–320 g)}} were divided into four groups: Sham, SCI, SCI+Exo and SCI+miR21-Exo ({{n_per_group|seven rats in each group}}).",
            ("h", "Compression injury"),
            f"Rats were anaesthetised with ketamine (75{NB}mg/kg, i.p.) and xylazine (8{NB}mg/kg, i.p.). {{{{injury_level|After T10 laminectomy}}}}, {{{{injury_model,injury_device|the cord was compressed extradurally for 60 s with an aneurysm clip}}}} with a closing force of 50 g. Sham rats underwent laminectomy only.",
            ("h", "ADMSC culture, transfection and exosome preparation"),
            "{{source_tissue,source_species|ADMSCs were isolated from inguinal fat pads of 3-week-old Wistar rats}} by collagenase digestion. {{modification|Cells at passage 3 were transduced with a lentiviral vector overexpressing miR-21}} (LV-miR-21) or an empty vector. Conditioned medium was collected after 48 h in exosome-free medium.",
            f"{{{{isolation_method|After differential centrifugation, exosomes were isolated by ultracentrifugation onto a sucrose density cushion}}}}: {{{{isolation_detail|samples were layered on 30% sucrose cushion and spun at 100,000 × g for 90 min}}}}, then the cushion fraction was diluted and pelleted again at 100{TH}000 × g for 70 min.",
            "{{characterization|Exosomes were identified by TEM, dynamic light scattering (DLS) and western blot}}; {{markers|CD63, TSG101 and HSP70 were detected}}. miR-21 content was quantified by qRT-PCR relative to U6.",
            ("h", "Exosome administration"),
            f"{{{{dose,route,route_detail|Exosomes (50 {MU}g/kg body weight, in 0.5 ml saline) were injected into the tail vein}}}} {{{{timing_post_injury_h,frequency|on days 1, 3 and 5 after injury}}}}. The SCI group received no injection.",
            ("h", "Behavioural evaluation"),
            "Locomotor function was evaluated with the BBB scale once a week for 6 weeks. {{reported_blinded_assessment|The evaluators were blind to the experimental groups}}.",
            ("h", "Statistical analysis"),
            "SPSS 22.0 was used. Results are shown as mean ± standard error of the mean. One-way ANOVA with Tukey's post hoc test compared groups at each week; means sharing a letter do not differ (P > 0.05).",
        ]),
        ("results", "Results", [
            "Electron microscopy showed round vesicles; {{size_nm|their mean diameter measured on TEM images was 92.3 ± 11.8 nm}}, and DLS gave a single peak. LV-miR-21 exosomes carried 14-fold more miR-21 than control exosomes.",
            "In the first week, BBB scores were low in all injured groups ({bbb:SCI@7}, {bbb:SCI+Exo@7} and {bbb:SCI+miR21-Exo@7} for SCI, SCI+Exo and SCI+miR21-Exo, respectively). Between weeks 3 and 6 both exosome groups scored higher than untreated rats, and the miR-21 group was superior to native exosomes at every time point from week 3 (week 4: {bbb:SCI+miR21-Exo@28} vs {bbb:SCI+Exo@28}) (Table 1).",
            ("table", "Table 1", "Weekly BBB scores in the four groups.", {
                "groups": [], "days": [],
                "grid": {"head": [["", "Sham", "SCI", "Exo", "miR-Exo"]], "body": [_erow(d) for d in _E_DAYS]},
                "foot": "Values are mean ± SEM (n = 7). Exo, SCI+Exo; miR-Exo, SCI+miR21-Exo. Within a row, values with different letters differ significantly (P < 0.05).",
            }),
            "Western blotting at day 7 showed lower PTEN, cleaved caspase-3 and Bax and higher p-AKT and Bcl-2 in the SCI+miR21-Exo group. TUNEL-positive cells in the ventral horn were reduced by about half.",
        ]),
        ("discussion", "Discussion", [
            f"{{{{mechanism|Our results indicate that miR-21 delivered by exosomes suppresses PTEN, activates PI3K/AKT and thereby reduces neuronal apoptosis}}}}. The native exosomes gave a smaller benefit, consistent with the 8-point BBB scores reported for ADMSC exosomes elsewhere [3]. Another group injected 200 {GMU}g of exosomes once and reported a size of 110 nm [4].",
            "We did not assess sensory outcomes or include female rats, and randomisation procedures were not described in detail.",
        ]),
    ],
    back=[("Conflict of Interest", "{{reported_conflict_of_interest|No conflict of interest was declared by the authors}}."),
          ("Financial Disclosure", "Supported by a university research fund (project 17-TIP-031, invented).")],
    references=[POOL[1], POOL[2], POOL[4], POOL[13], POOL[14]],
    scores=_E,
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------- 5: Norway, single layout
_D_DAYS = [7.0, 14.0, 28.0, 42.0]
_D = Scores(
    outcome="BBB", err="sd",
    groups=[("Sham", "sham", 9), ("SCI-Veh", "control", 9), ("SCI-EV", "treatment", 9)],
    values={
        "Sham": {7.0: (20.7, 0.5), 14.0: (21.0, 0.0), 28.0: (21.0, 0.0), 42.0: (21.0, 0.0)},
        "SCI-Veh": {7.0: (2.1, 1.2), 14.0: (4.0, 1.4), 28.0: (6.2, 1.5), 42.0: (7.1, 1.6)},
        "SCI-EV": {7.0: (2.8, 1.3), 14.0: (5.6, 1.5), 28.0: (8.7, 1.7), 42.0: (10.2, 1.8)},
    },
)
_DG = ["Sham", "SCI-Veh", "SCI-EV"]

NORDAHL = Study(
    stem="nordahl2021_hpmsc_ev_tff_intranasal_mixedtable",
    layout="single",
    title="Intranasal delivery of placental mesenchymal stromal cell extracellular vesicles after thoracic spinal cord contusion in rats: functional recovery and glial responses",
    short_title="Intranasal placental EVs in SCI",
    authors=[("Ingrid", "Nordahl"), ("Håkon", "Bjerke"), ("Siri", "Lund"), ("Tobias", "Eide"), ("Marte", "Solberg"), ("Kari", "Vik")],
    affiliations=["Institute of Basic Medical Sciences, Fjordland University, Bergen, Norway",
                  "Section for Neurotrauma, Western Fjord Hospital Trust, Bergen, Norway"],
    journal="Scandinavian Neurotrauma Reports",
    year=2021, volume="5:77–92", doi="10.5555/snr.2021.5.77",
    pmid="99100855", pmcid="PMC9910855", received="2021-08-30",
    values={
        "species": "rat", "strain": "Long-Evans", "sex": "female",
        "body_weight_g": {"low": 240, "high": 260}, "n_per_group": 9,
        "injury_model": "contusion", "injury_device": "MASCIS impactor", "injury_level": "T10",
        "source_tissue": "placenta", "source_species": "human", "modification": "none",
        "isolation_method": ["tangential_flow", "ultracentrifugation"],
        "isolation_detail": "TFF 300 kDa, 120,000 × g 2 h",
        "characterization": ["NTA", "TEM", "flow_cytometry", "western_blot"],
        "markers": ["CD63", "CD81", "CD9", "calnexin"],
        "size_nm": {"value": 142.0, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 5e9, "unit": "particles", "volume_ul": 50, "basis": "particles"},
        "route": "intranasal", "route_detail": "nostrils",
        "frequency": {"doses": 5, "interval_h": 24}, "timing_post_injury_h": 2.0,
        "mechanism": "attenuation of reactive astrogliosis and microglial activation",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Intranasal administration could allow repeated, non-invasive dosing of extracellular vesicles (EVs) after spinal cord injury. We gave human placenta-derived mesenchymal stromal cell EVs (pMSC-EVs) intranasally to female Long-Evans rats once daily for five days after a MASCIS contusion at T10 and followed them for six weeks. EV-treated rats reached higher BBB scores at 42 days (SCI-EV {bbb:SCI-EV@42|paren} vs SCI-Veh {bbb:SCI-Veh@42|paren}; mean (SD)), with less GFAP and Iba1 immunoreactivity around the lesion. Labelled EVs were detected in the injured segment 6 h after application."),
    ],
    keywords=["extracellular vesicles", "intranasal", "placenta", "spinal cord contusion", "astrocytes"],
    sections=[
        ("intro", "Introduction", [
            "The blood-spinal cord barrier limits access of most biologics to the injured cord, and intravenous vesicles are largely trapped in liver and spleen [3]. The intranasal route has delivered EVs to the brain and, in a few studies, to the spinal cord [4].",
            f"MSC-EVs range from 50 to 200{NB}nm [2]. Placenta is an abundant, ethically uncomplicated source of MSCs. In mice, intranasal MSC-EVs (1 × 10^9 particles) improved BMS scores by 1.5 points [5]. We tested this approach in a rat contusion model.",
        ]),
        ("methods", "Methods", [
            ("h", "Animals and study design"),
            "{{reported_welfare_compliance|The Norwegian Food Safety Authority approved all procedures (FOTS 24518), which were performed in accordance with the ARRIVE 2.0 guidelines}}. {{species,sex,strain|Female Long-Evans rats}} {{body_weight_g|weighing 240–260 g}} (Janvier Labs) were used. {{reported_sample_size_calculation|A power calculation based on a 2.5-point BBB difference (SD 1.8) gave 9 animals per group}}; {{n_per_group|accordingly, n = 9 rats per group were included}} in the Sham, SCI-Veh and SCI-EV groups. {{reported_randomisation|Rats were allocated to treatment by a random number generator after injury}}.",
            ("h", "Spinal cord contusion"),
            f"Under isoflurane anaesthesia and with buprenorphine analgesia (0.03{NB}mg/kg s.c.), a dorsal laminectomy was performed at the T9–T10 level. {{{{injury_model,injury_device,injury_level|A 10-g rod was dropped from 25 mm onto the exposed spinal cord at T10 using the MASCIS impactor}}}}. Impact velocity and compression were recorded and animals outside ±5% of the target velocity were excluded (none were).",
            ("h", "Placental MSCs and EV production"),
            "{{source_tissue,source_species|MSCs were isolated from the chorionic villi of human term placentas}} obtained after elective caesarean section (Regional Committee for Medical Research Ethics, REK 2019/772). {{modification|Native, unmanipulated cells}} were expanded in hollow-fibre bioreactors. {{isolation_method|EVs were concentrated by tangential flow filtration and pelleted by ultracentrifugation}} ({{isolation_detail|TFF 300 kDa, 120,000 × g 2 h}}).",
            "{{characterization|The EVs were analysed by NTA (ZetaView PMX-120), TEM, bead-based flow cytometry and western blotting}}. {{markers|They carried CD63, CD81 and CD9 and lacked calnexin}}.",
            ("h", "Intranasal treatment"),
            f"Rats were held supine under brief isoflurane anaesthesia and received hyaluronidase (100 U) intranasally 30 min before each dose to improve permeability. {{{{dose,route,route_detail|Each dose of 5 × 10^9 particles in 50 {MU}l PBS was applied as drops to the nostrils}}}}, alternating sides. {{{{timing_post_injury_h,frequency|The first dose was given 2 h after injury and then once daily for five consecutive days}}}}.",
            ("h", "Behavioural outcomes"),
            "{{reported_blinded_assessment|Open-field locomotion was rated by two investigators blinded to group allocation}} using the BBB scale and the BBB subscore on days 7, 14, 28 and 42. Body weight was recorded on the same days.",
            ("h", "Statistics"),
            "Data are presented as mean (SD). Two-way ANOVA with Holm–Šidák post tests was used (GraphPad Prism 9).",
        ]),
        ("results", "Results", [
            "{{size_nm|NTA showed a mean particle size of 142 nm}} (mode 121 nm) and 4.2 × 10^11 particles/ml. TEM revealed cup-shaped vesicles.",
            ("h", "Locomotor recovery"),
            "Scores of injured rats overlapped during the first week (SCI-Veh {bbb:SCI-Veh@7|paren}, SCI-EV {bbb:SCI-EV@7|paren}). The EV group improved faster thereafter, and from day 28 to day 42 the difference was significant (Table 1). Individual scores at day 42 ranged from 5 to 10 in SCI-Veh and from 8 to 13 in SCI-EV. The BBB subscore at day 42 was 6.1 (1.9) in SCI-EV and 3.2 (1.5) in SCI-Veh rats.",
            ("table", "Table 1", "Locomotor scores and body weight (mean (SD)).", {
                "groups": [], "days": [],
                "grid": {"head": [["Group", "n", ("BBB score", 4), ("Body weight, g", 2)],
                                  ["", "", "Day 7", "Day 14", "Day 28", "Day 42", "Day 7", "Day 42"]],
                         "body": [["Sham", "9"] + [("paren", "Sham", d, "") for d in _D_DAYS] + ["251 (9)", "268 (10)"],
                                  ["SCI-Veh", "9"] + [("paren", "SCI-Veh", d, "") for d in _D_DAYS] + ["228 (11)", "247 (12)"],
                                  ["SCI-EV", "9"] + [("paren", "SCI-EV", d, "†" if d >= 28 else "") for d in _D_DAYS] + ["231 (10)", "252 (11)"]]},
                "foot": "†P < 0.05 vs SCI-Veh, two-way ANOVA with Holm–Šidák correction.",
            }),
            ("figure", "Figure 3", "BBB scores over six weeks. At 42 days post-injury the scores were {bbb:SCI-EV@42|paren} (SCI-EV) and {bbb:SCI-Veh@42|paren} (SCI-Veh). Data are mean (SD), n = 9 per group.", {
                "groups": ["Sham", "SCI-Veh", "SCI-EV"], "days": _D_DAYS, "x": "weeks"}),
            ("h", "Glial responses"),
            "GFAP+ area within 1 mm of the epicentre was 28% smaller and Iba1+ cell density 35% lower in SCI-EV than SCI-Veh rats at day 42. DiR-labelled EVs reached the injured segment within 6 h.",
        ]),
        ("discussion", "Discussion", [
            "{{mechanism|The recovery was accompanied by attenuation of reactive astrogliosis and microglial activation}}, suggesting that EVs act on the glial response. A similar intranasal schedule with 1 × 10^9 particles in mice gave smaller gains [5].",
            "Limitations: a single dose level, no dose-response and no long-term safety data.",
        ]),
    ],
    back=[("Ethics", "All animal work was approved by the Norwegian Food Safety Authority."),
          ("Competing interests", "{{reported_conflict_of_interest|None declared}}.")],
    references=[POOL[0], POOL[1], POOL[5], POOL[7], POOL[10], POOL[12]],
    scores=_D,
    footnote="Correspondence: ingrid.nordahl@fjordland.example.no. " + FOOTNOTE,
)

# ---------------------------------------------------------------- 6: Iran, twocol layout
_H_DAYS = [7.0, 14.0, 21.0, 28.0, 42.0, 56.0]
_H = Scores(
    outcome="BBB", err="sd",
    groups=[("Sham", "sham", 12), ("SCI", "control", 12), ("GelMA", "other", 12), ("GelMA/MenSC-Exo", "treatment", 12)],
    values={
        "Sham": {d: (21.0, 0.0) for d in _H_DAYS},
        "SCI": dict(zip(_H_DAYS, [(1.8, 0.9), (3.1, 1.1), (4.2, 1.2), (5.0, 1.3), (5.9, 1.4), (6.3, 1.5)])),
        "GelMA": dict(zip(_H_DAYS, [(2.0, 1.0), (3.5, 1.2), (4.8, 1.3), (5.7, 1.4), (6.8, 1.5), (7.2, 1.6)])),
        "GelMA/MenSC-Exo": dict(zip(_H_DAYS, [(2.4, 1.0), (4.6, 1.3), (6.5, 1.4), (8.1, 1.5), (9.8, 1.7), (10.6, 1.8)])),
    },
)
_HG = ["Sham", "SCI", "GelMA", "GelMA/MenSC-Exo"]

KHOSRAVI = Study(
    stem="khosravi2024_mensc_exo_gelma_hemisection_parenweeks",
    layout="twocol",
    title="A photocrosslinked GelMA hydrogel loaded with menstrual blood stem cell-derived exosomes promotes axonal regeneration and angiogenesis after spinal cord hemisection in rats",
    short_title="GelMA/MenSC-Exo in hemisection",
    authors=[("Narges", "Khosravi"), ("Reza", "Moradi"), ("Leila", "Ahmadzadeh"), ("Hossein", "Rahimi"), ("Parisa", "Jafari")],
    affiliations=["Brain and Spinal Cord Injury Research Centre, Alborz Institute of Medical Sciences, Tehran, Iran",
                  "Department of Tissue Engineering, Zagros School of Advanced Medical Technologies, Shiraz, Iran"],
    journal="Iranian Journal of Neural Tissue Engineering",
    year=2024, volume="12(1):44–61", doi="10.5555/ijnte.2024.1201.04",
    pmid="99100866", pmcid="PMC9910866", received="2024-01-09",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male",
        "body_weight_g": {"low": 220, "high": 260}, "n_per_group": 12,
        "injury_model": "hemisection", "injury_level": "T10",
        "source_tissue": "menstrual_blood", "source_species": "human",
        "isolation_method": ["ultrafiltration", "ultracentrifugation"],
        "isolation_detail": "100 kDa ultrafiltration, 100,000 × g 70 min",
        "characterization": ["TEM", "DLS", "western_blot"],
        "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 128.6, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 20, "basis": "protein"},
        "route": "implanted_biomaterial", "route_detail": "GelMA hydrogel",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.0,
        "mechanism": "promotion of angiogenesis and axonal regeneration",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Hydrogels can retain exosomes at the lesion and release them over days. We combined gelatin methacryloyl (GelMA) with exosomes from human menstrual blood-derived stem cells (MenSCs)."),
        ("Methods", "Male Sprague-Dawley rats with a right T10 hemisection received GelMA alone, GelMA loaded with MenSC-Exo, or no implant. Hindlimb function was followed for 8 weeks."),
        ("Results", "GelMA/MenSC-Exo released exosomes for 14 days in vitro. At week 8, the BBB score of the GelMA/MenSC-Exo group was {bbb:GelMA/MenSC-Exo@56|paren} compared with {bbb:GelMA@56|paren} for GelMA and {bbb:SCI@56|paren} for untreated SCI. CD31+ vessels and NF200+ axons within the lesion increased."),
        ("Conclusions", "The composite supports angiogenesis, axonal regrowth and locomotor recovery."),
    ],
    keywords=["GelMA", "hydrogel", "menstrual blood stem cells", "exosomes", "hemisection"],
    sections=[
        ("intro", "Introduction", [
            "After spinal cord hemisection, a cavity forms that lacks a permissive substrate for axonal growth [3]. Injectable, photocrosslinkable hydrogels can fill irregular defects and carry bioactive cargo [3].",
            f"Exosomes are 40–160{NB}nm vesicles that transfer proteins and nucleic acids [1]. MenSCs proliferate rapidly and are collected non-invasively. In a previous study, MenSC exosomes given intravenously at 100 {MU}g improved BBB scores from 6 to 9 at four weeks [4].",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Ethics and animals"),
            "{{reported_welfare_compliance|The Ethics Committee of Alborz Institute of Medical Sciences approved the study (IR.AIMS.REC.1401.233), and animal care followed the NIH Guide for the Care and Use of Laboratory Animals}}. A total of 48 {{species,strain,sex|male Sprague-Dawley rats}} ({{body_weight_g|220–260 g}}) were obtained from the institute's animal house. {{reported_randomisation|They were randomly divided into four groups}} ({{n_per_group|12 rats per group}}): Sham, SCI, GelMA and GelMA/MenSC-Exo.",
            ("h", "Hemisection model"),
            f"Anaesthesia was induced by intraperitoneal ketamine (60{NB}mg/kg) and xylazine (6{NB}mg/kg). After T9–T11 laminectomy, {{{{injury_model,injury_level|a right lateral hemisection 2 mm long was made at T10}}}} with a microsurgical blade and the tissue was aspirated. In the Sham group only laminectomy was done.",
            ("h", "MenSC culture and exosome isolation"),
            "{{source_tissue,source_species|MenSCs were isolated from menstrual blood of four healthy female volunteers}} aged 20–35 years (written informed consent). Cells at passages 4–6 were cultured in serum-free medium for 48 h. {{isolation_method|Exosomes were concentrated by ultrafiltration and then collected by ultracentrifugation}}: {{isolation_detail|the medium was concentrated through 100 kDa ultrafiltration tubes and centrifuged at 100,000 × g for 70 min}} at 4 °C.",
            "{{characterization|TEM, DLS and western blot analysis were used to characterise the exosomes}}. {{markers|CD9, CD63 and TSG101 were present, while calnexin was absent}}.",
            ("h", "Hydrogel preparation and implantation"),
            f"GelMA (5% w/v) containing 0.25% LAP photoinitiator was mixed with exosomes. {{{{route,route_detail,dose|A total of 100 {MU}g exosomes in 20 {MU}l GelMA hydrogel was injected into the hemisection cavity}}}} and crosslinked by blue light (405 nm, 30 s). {{{{timing_post_injury_h,frequency|The hydrogel was implanted once, immediately after hemisection}}}}. The GelMA group received 20 {MU}l hydrogel without exosomes; the SCI group received no implant.",
            ("h", "Locomotor evaluation"),
            "BBB scores were recorded at 1, 2, 3, 4, 6 and 8 weeks after injury. {{reported_blinded_assessment|Two independent observers who were unaware of group assignment}} scored both hindlimbs; the score of the ipsilateral (right) hindlimb is reported.",
            ("h", "Statistical analysis"),
            "Results are expressed as mean (SD). Comparisons were made by two-way ANOVA with Tukey's multiple comparisons test.",
        ]),
        ("results", "Results", [
            ("h", "Characterisation of exosomes and hydrogel"),
            "TEM showed spherical vesicles of 60–140 nm. {{size_nm|DLS analysis gave an average hydrodynamic diameter of 128.6 nm}} (PDI 0.21). The hydrogel released 78% of loaded exosomes within 14 days.",
            ("h", "Recovery of hindlimb function"),
            "One week after injury the ipsilateral hindlimb showed only slight joint movement in all injured groups. From week 3 onward, GelMA/MenSC-Exo rats scored higher than SCI rats (week 3, {bbb:GelMA/MenSC-Exo@21|paren} vs {bbb:SCI@21|paren}); between weeks 4 and 8, scores in this group rose from {mean:GelMA/MenSC-Exo@28} to {mean:GelMA/MenSC-Exo@56}. GelMA alone did not differ from SCI at any time point (Table 1).",
            ("table", "Table 1", "BBB scores of the ipsilateral hindlimb, mean (SD); n = 12 rats per group.", {
                "groups": [], "days": [],
                "grid": {"head": [["Group", "1 w", "2 w", "3 w", "4 w", "6 w", "8 w"]],
                         "body": [[g] + [("paren", g, d, "*" if g == "GelMA/MenSC-Exo" and d >= 21 else "") for d in _H_DAYS]
                                  for g in _HG]},
                "foot": "*P < 0.05 compared with SCI and GelMA groups.",
            }),
            ("figure", "Figure 4", "Time course of BBB scores in the four groups (mean ± SD; n = 12). Values are given in Table 1.", {
                "groups": ["SCI", "GelMA", "GelMA/MenSC-Exo"], "days": _H_DAYS, "x": "weeks"}),
            ("h", "Angiogenesis and axonal regeneration"),
            "CD31+ vessel density in the lesion at 8 weeks was 2.1-fold that of the GelMA group, and NF200+ axons crossing the lesion border were more numerous.",
        ]),
        ("discussion", "Discussion", [
            f"{{{{mechanism|Our findings suggest that the composite acts mainly by promoting angiogenesis and axonal regeneration}}}}. Injected intravenously, exosomes from bone marrow MSCs (200 {MU}g) improved BBB by about 3 points in earlier work [4]; local retention in GelMA may allow lower doses.",
            "Hemisection does not reproduce the contusion injuries typical in patients, which limits translation.",
        ]),
    ],
    back=[("Ethics approval", "The study was approved by the Ethics Committee of Alborz Institute of Medical Sciences."),
          ("Conflict of interests", "{{reported_conflict_of_interest|The authors declare no conflict of interests}}.")],
    references=[POOL[1], POOL[3], POOL[9], POOL[10], POOL[15]],
    scores=_H,
    footnote=FOOTNOTE,
)

STUDIES = [TEKIN, NORDAHL, KHOSRAVI]
