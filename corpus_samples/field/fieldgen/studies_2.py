# ruff: noqa: ISC004  (paper prose is written as implicitly joined string pieces)
"""Field corpus, second batch: positive controls, sparse time points, figure-only scores."""

from __future__ import annotations

from extgen.common import FOOTNOTE, POOL, TH
from extgen.model import Study

from fieldgen.markup import FScores
from fieldgen.studies_1 import d_short, series

# ---------------------------------------------------------------------------------------
# 5. Rat, NYU T9–T10, siPTEN-loaded vs native exosomes, methylprednisolone arm, every
#    other day x5 from 24 h, BBB at two time points only (text), exclusions
# ---------------------------------------------------------------------------------------

_E_DAYS = [7.0, 42.0]
EKWUEME = Study(
    stem="ekwueme2020_hbmsc_sipten_exo_methylpred_nyu",
    layout="twocol",
    title="PTEN siRNA-loaded mesenchymal stem cell exosomes compared with methylprednisolone after contusive "
          "spinal cord injury in rats",
    short_title="siPTEN exosomes vs methylprednisolone",
    authors=[("Chinedu", "Ekwueme"), ("Amaka O.", "Nwosu"), ("Tunde", "Bakare"), ("Ifeoma", "Chukwu"),
             ("Babajide", "Alade"), ("Ngozi", "Eze-Obi")],
    affiliations=["Department of Physiology, Invented Federal University, Enugu, Nigeria",
                  "Neuroscience Unit, Invented Teaching Hospital, Ibadan, Nigeria"],
    journal="West African Journal of Experimental Neurology",
    year=2020,
    volume="12(1):45–59",
    doi="10.5555/wajen.2020.045",
    pmid="99100505",
    pmcid="PMC9910505",
    received="2020-01-22",
    values={
        "species": "rat", "strain": "Long-Evans", "sex": "female",
        "body_weight_g": {"low": 240, "high": 280}, "n_per_group": 12,
        "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T9-T10",
        "source_tissue": "bone_marrow", "source_species": "human", "modification": "siRNA PTEN loading",
        "isolation_method": ["tangential_flow", "size_exclusion"],
        "isolation_detail": "TFF 500 kDa; Sepharose CL-2B column",
        "characterization": ["NTA", "TEM", "western_blot"],
        "markers": ["CD9", "CD63", "Alix", "calnexin"],
        "size_nm": {"value": 127.0, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 2e10, "unit": "particles", "volume_ul": 200, "basis": "particles"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 5, "interval_h": 48}, "timing_post_injury_h": 24.0,
        "mechanism": "PTEN knockdown activating mTOR-dependent axon regrowth",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Silencing PTEN promotes axon regrowth, but siRNA does not reach the injured cord on its own. We "
         "loaded exosomes from human bone marrow mesenchymal stem cells (hBMSC) with PTEN siRNA by "
         "electroporation (Exo-siPTEN) and compared them with native exosomes and with high-dose "
         "methylprednisolone (MP) in female Long-Evans rats after NYU contusion. Exosomes "
         "(2 × 10<sup>10</sup> particles) were injected every other day, five times, starting one day after "
         "injury. Six weeks after injury, BBB scores were {bbb:Exo-siPTEN@42} with Exo-siPTEN and "
         "{bbb:Vehicle@42} with vehicle; MP had no lasting effect."),
    ],
    keywords=["PTEN", "siRNA delivery", "methylprednisolone", "exosomes", "NYU impactor"],
    sections=[
        ("intro", "Introduction", [
            "Methylprednisolone was given to patients for decades on the strength of trials that later proved "
            "unconvincing [1]. In rats, 30 mg/kg MP given within 8 h improves BBB scores by one or two points in "
            "some studies and not at all in others [12].",
            "PTEN deletion enables corticospinal regrowth in mice [7]. Exosomes are 30–150 nm carriers that "
            "cross the blood–spinal cord barrier after injury [6], and we used them to deliver PTEN siRNA.",
        ]),
        ("methods", "Methods", [
            ("h", "Exosome production and loading"),
            "{{source_tissue,source_species|Human bone marrow MSCs}} (commercial, passage 4–6) were grown in a "
            "hollow-fibre bioreactor; harvests were clarified (2 000 × g, 15 min; 0.45-µm filter), "
            "{{isolation_method,isolation_detail|concentrated by tangential flow filtration (TFF, 500 kDa)}} and "
            "{{isolation_method,isolation_detail|polished on a Sepharose CL-2B column}}. "
            "{{modification|PTEN siRNA was loaded into the exosomes by electroporation}} (400 V, 125 µF); free "
            "siRNA was removed on a second column. Native exosomes were handled identically without siRNA.",
            "{{characterization|NTA}} (NanoSight LM10), {{characterization|TEM}} and "
            "{{characterization|western blotting}} ({{markers|CD9, CD63, Alix}}; {{markers|calnexin}} absent) "
            "were performed for every batch.",
            ("h", "Animals and injury"),
            "Sixty {{species,strain,sex|female Long-Evans rats}} {{body_weight_g|(240–280 g)}} were anaesthetised "
            "with ketamine/xylazine (80/10 mg/kg). After laminectomy of the T9 vertebra, "
            "{{injury_model,injury_device,injury_level|a 10-g rod was dropped from 25 mm onto the cord at "
            "T9–10 with the NYU impactor}}.",
            ("h", "Study design"),
            "Rats were {{reported_randomisation|randomly allocated}} to five groups "
            "({{n_per_group|12 per group}}): Sham, Vehicle (PBS), MP (30 mg/kg i.v. at 1 h), Exo-native and "
            "Exo-siPTEN. {{dose|Each exosome dose contained 2 × 10<sup>10</sup> particles in 200 µL}}, "
            "{{route,route_detail|given through a lateral tail vein}} "
            "{{frequency,timing_post_injury_h|every other day for five doses, beginning 24 h after injury}}.",
            "BBB scores were recorded weekly (T1–T6) by {{reported_blinded_assessment|two raters masked to "
            "treatment}}; here we report the prespecified first (T1, day 7) and last (T6, day 42) assessments. "
            "Two Vehicle rats died of bladder infection in week 2 and were excluded, leaving 10.",
        ]),
        ("results", "Results", [
            "Vesicles had {{size_nm|a mean size of 127 nm}} by NTA; each particle carried about 40 siRNA copies.",
            "One week after injury the groups did not differ: BBB scores were {bbb:Exo-siPTEN@7} "
            "(Exo-siPTEN), {bbb:Exo-native@7} (Exo-native), {bbb:MP@7} (MP) and {bbb:Vehicle@7} (Vehicle). "
            "At six weeks, the Exo-siPTEN group had recovered to {bbb:Exo-siPTEN@42}, higher than both "
            "Exo-native ({bbb:Exo-native@42}) and MP ({bbb:MP@42}); vehicle-treated rats scored "
            "{bbb:Vehicle@42} (n = 10; mean ± SD).",
            "In week 6, 7 of 12 Exo-siPTEN rats showed consistent weight-supported plantar stepping, compared "
            "with 2 of 10 Vehicle rats. PTEN protein at the lesion fell by 58%.",
        ]),
        ("discussion", "Discussion", [
            "{{mechanism|PTEN knockdown activating mTOR-dependent axon regrowth}} is the most likely explanation, "
            "since phospho-S6 rose in the Exo-siPTEN group only.",
            "Previous siRNA-exosome work in rats reported BBB 12.5 at 8 weeks with intranasal delivery [8]. MP "
            "gave a transient benefit at T1 in our hands, in line with its variable record [12].",
        ]),
    ],
    references=POOL[0:12] + POOL[13:14],
    scores=FScores(
        outcome="BBB", err="sd",
        groups=[("Vehicle", "control", 10), ("MP", "other", 12), ("Exo-native", "other", 12),
                ("Exo-siPTEN", "treatment", 12)],
        values={
            "Vehicle": series(_E_DAYS, [(2.9, 0.8), (7.0, 1.2)]),
            "MP": series(_E_DAYS, [(3.6, 0.9), (7.6, 1.3)]),
            "Exo-native": series(_E_DAYS, [(3.1, 0.9), (8.8, 1.3)]),
            "Exo-siPTEN": series(_E_DAYS, [(3.3, 1.0), (10.6, 1.4)]),
        }),
    back=[("Declaration of interests", "{{reported_conflict_of_interest|The authors have no conflicts of "
           "interest to declare}}.")],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------
# 6. Rat, T8 hemisection, placental MSC EVs intranasal weekly from day 7, BBB in a figure
# ---------------------------------------------------------------------------------------

_F_DAYS = [7.0, 14.0, 21.0, 28.0, 35.0, 42.0]
FONUA = Study(
    stem="fonua2024_hpmsc_ev_hemisection_intranasal_weekly",
    layout="single",
    title="Weekly intranasal placental MSC extracellular vesicles started one week after lateral hemisection "
          "of the rat thoracic cord",
    short_title="Delayed intranasal EVs after hemisection",
    authors=[("Sione", "Fonua"), ("Mele", "Tupou"), ("Rachel", "Whitcombe"), ("Aroha", "Ngata"),
             ("Daniel", "Kerr")],
    affiliations=["School of Biomedical Sciences, Invented Pacific University, Auckland, New Zealand",
                  "Centre for Spinal Studies, Invented Southern Institute, Dunedin, New Zealand"],
    journal="Neurotrauma Reports (Synthetic)",
    year=2024,
    volume="5:1120–1134",
    doi="10.5555/ntrs.2024.1120",
    pmid="99100506",
    pmcid="PMC9910506",
    received="2024-01-09",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "both",
        "body_weight_g": {"low": 200, "high": 300}, "n_per_group": 9,
        "injury_model": "hemisection", "injury_level": "T8",
        "source_tissue": "placenta", "source_species": "human", "modification": "none",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "118,000 g 2 h",
        "route_detail": "nasal drops",
        "characterization": ["NTA", "TEM", "western_blot"],
        "markers": ["CD9", "CD63", "CD81", "TSG101"],
        "size_nm": {"value": 138.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 5e9, "unit": "particles", "volume_ul": 40, "basis": "particles"},
        "route": "intranasal",
        "frequency": {"doses": 4, "interval_h": 168}, "timing_post_injury_h": 168.0,
        "mechanism": "reduced astrogliosis and preserved serotonergic fibres",
        "reported_welfare_compliance": True, "reported_blinded_assessment": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Aim", "Most vesicle studies treat within hours of injury. We asked whether a delayed, repeated and "
         "non-invasive schedule still helps."),
        ("Methods", "Sprague-Dawley rats of both sexes underwent left hemisection at T8. From day 7, they received "
         "placental MSC extracellular vesicles (EVs) or saline intranasally once a week for four weeks."),
        ("Results", "EV-treated rats recovered better ipsilateral hind-limb function (BBB, Fig. 2) and made "
         "fewer grid-walk errors at 6 weeks (18% vs 34%)."),
    ],
    keywords=["hemisection", "intranasal delivery", "extracellular vesicles", "placenta", "delayed treatment"],
    sections=[
        ("intro", "Introduction", [
            "Patients reach specialised centres days after injury, yet rodent studies give vesicles within the "
            "first hours [11]. Intranasal delivery reaches the cord in mice and rats [8], and repeated dosing may "
            "compensate for delay. Placental MSCs are a plentiful source; their EVs are said to measure "
            "40–150 nm [2].",
        ]),
        ("methods", "Methods", [
            ("h", "Extracellular vesicles"),
            "{{source_tissue,source_species|Human placental MSCs (chorionic plate)}} were cultured to passage 5. "
            "Conditioned medium (72 h, serum-free) was cleared by 300 × g, 2 000 × g and 10 000 × g spins and "
            f"EVs were pelleted by {{{{isolation_method,isolation_detail|ultracentrifugation at 118{TH}000 × g for "
            "2 h}} (SW 32 Ti), washed once and resuspended in sterile saline. "
            "{{modification|The EVs were not modified in any way}}. They were characterised by "
            "{{characterization|NTA}}, {{characterization|TEM}} and {{characterization|immunoblotting}} for "
            "{{markers|CD9, CD63, CD81 and TSG101}}.",
            ("h", "Animals and hemisection"),
            "{{species,strain,sex|Sprague-Dawley rats of both sexes}} {{body_weight_g|(200–300 g)}} were "
            "anaesthetised with isoflurane. {{injury_level|After a T7 laminectomy, the cord at T8}} was "
            "{{injury_model|hemisected on the left side}} with microscissors and the cut verified with a 30-G "
            "needle.",
            ("h", "Treatment"),
            "Rats ({{n_per_group|n = 9 per group, balanced by sex}}) received "
            "{{route|intranasal drops}} while lightly anaesthetised: "
            "{{dose|5 × 10<sup>9</sup> EVs in 40 µL saline}} ({{route_detail|alternating nostrils, 5-µL drops}}) or saline "
            "alone, {{timing_post_injury_h,frequency|on days 7, 14, 21 and 28 after injury}}. Hyaluronidase "
            "(100 U) was given 30 min before each dose to open the nasal mucosa.",
            ("h", "Outcomes"),
            "BBB (ipsilateral hind limb) was scored weekly for 6 weeks by "
            "{{reported_blinded_assessment|observers blinded to treatment}}; grid walk and CatWalk were "
            "performed at week 6. {{reported_welfare_compliance|Procedures followed the national code for the care "
            "and use of animals and the ARRIVE guidelines}}.",
        ]),
        ("results", "Results", [
            "EVs had {{size_nm|a modal diameter of 138 nm}} and carried the expected markers.",
            "Ipsilateral BBB scores rose faster with EVs from week 3 (Fig. 2). Grid-walk errors at week 6 "
            "were 18% with EVs and 34% with saline, and CatWalk regularity index was 88% versus 71%.",
            ("figure", "Figure 2",
             "Ipsilateral BBB scores after left T8 hemisection, weeks after injury (mean of n = 9). EV, "
             "extracellular vesicles given intranasally on days 7, 14, 21 and 28.",
             {"groups": ["Saline", "EV"], "days": _F_DAYS, "x": "weeks"}),
            "GFAP immunoreactivity around the lesion was lower, and 5-HT fibres caudal to the lesion more "
            "abundant, in EV-treated rats.",
        ]),
        ("discussion", "Discussion", [
            "Treatment that starts a week after injury still helped. {{mechanism|Reduced astrogliosis and "
            "preserved serotonergic fibres}} may explain the gain in stepping. An earlier hemisection study "
            "reported BBB 15 at six weeks after a single intravenous EV dose [5].",
        ]),
    ],
    references=POOL[0:12],
    scores=FScores(
        outcome="BBB", err="sem",
        groups=[("Saline", "control", 9), ("EV", "treatment", 9)],
        values={
            "Saline": series(_F_DAYS, [(9.1, 0.6), (10.4, 0.6), (11.2, 0.7), (11.9, 0.7), (12.3, 0.8), (12.6, 0.8)]),
            "EV": series(_F_DAYS, [(9.0, 0.6), (10.9, 0.7), (12.6, 0.7), (13.8, 0.8), (14.7, 0.8), (15.2, 0.8)]),
        }),
    back=[("Competing interests", "{{reported_conflict_of_interest|S.F. and D.K. are named on a patent "
           "application on intranasal EV delivery}} (invented).")],
    notes=["BBB scores are only plotted (Figure 2, a vector line plot): no outcome rows."],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------
# 7. Rat, balloon compression (catheter through T12), melatonin-preconditioned WJ-MSC
#    exosomes, intrathecal catheter daily x7 from day 3, table with wrapped labels, 2 dp
# ---------------------------------------------------------------------------------------

_G_DAYS = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]
ANDRIANARIVO = Study(
    stem="andrianarivo2018_melatonin_wjmsc_exo_balloon_catheter",
    layout="twocol",
    title="Melatonin-preconditioned Wharton's jelly MSC exosomes delivered through an intrathecal catheter after "
          "balloon compression injury of the rat spinal cord",
    short_title="Melatonin-primed exosomes, balloon SCI",
    authors=[("Hery", "Andrianarivo"), ("Voahangy", "Rakotomalala"), ("Jean-Luc", "Ravelonjato"),
             ("Fara", "Randrianasolo")],
    affiliations=["Laboratoire de Neurosciences Inventé, Université d'Essai, Antananarivo, Madagascar",
                  "Service de Chirurgie Expérimentale, Centre Hospitalier Fictif, Toamasina, Madagascar"],
    journal="Revue Internationale de Neuroréparation",
    year=2018,
    volume="27(2):133–147",
    doi="10.5555/rin.2018.133",
    pmid="99100507",
    pmcid="PMC9910507",
    received="2018-04-30",
    values={
        "species": "rat", "strain": "Wistar", "sex": "female",
        "body_weight_g": {"low": 220, "high": 220}, "n_per_group": 7,
        "injury_model": "compression", "injury_device": "balloon catheter", "injury_level": "T10",
        "source_tissue": "wharton_jelly", "source_species": "human", "modification": "melatonin preconditioning",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "ExoQuick-TC",
        "characterization": ["TEM", "NTA", "western_blot", "flow_cytometry"],
        "markers": ["CD63", "CD81", "TSG101"],
        "size_nm": {"value": 89.5, "low": None, "high": None, "stat": "mean", "method": "TEM"},
        "dose": {"amount": 10, "unit": "ug", "volume_ul": 10, "basis": "protein"},
        "route": "intrathecal", "route_detail": "intrathecal catheter",
        "frequency": {"doses": 7, "interval_h": 24}, "timing_post_injury_h": 72.0,
        "mechanism": "SIRT1-mediated suppression of NLRP3 inflammasome activation",
        "reported_randomisation": True,
    },
    abstract=[
        (None, "Balloon compression mimics the slow, broad compression of burst fractures. We preconditioned "
         "human Wharton's jelly mesenchymal stem cells with melatonin and gave their exosomes (MT-Exo) through "
         "an indwelling intrathecal catheter, 10 µg a day for seven days starting on day 3. Compared with "
         "vehicle, MT-Exo improved BBB scores from day 14 (day 28: {bbb:Balloon SCI + MT-Exo@28} vs "
         "{bbb:Balloon SCI + aCSF@28}, mean ± SEM) and reduced NLRP3, caspase-1 and IL-1β in the cord."),
    ],
    keywords=["balloon compression", "Wharton's jelly", "melatonin", "NLRP3 inflammasome", "intrathecal catheter"],
    sections=[
        ("intro", "Introduction", [
            "Most spinal cord injuries in people are compressive and persistent rather than brief contusions [13]. "
            "The balloon model reproduces this by inflating a catheter in the epidural space [7]. Exosomes, "
            "typically 30–150 nm, from MSCs reduce inflammasome activation [3], and melatonin priming raises "
            "their anti-inflammatory cargo in other organs [9].",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Cells, priming and exosomes"),
            "{{source_tissue,source_species|MSCs from the Wharton's jelly of human umbilical cords}} were "
            "expanded to passage 4 and {{modification|preconditioned with 10 µM melatonin for 24 h}}, then "
            "washed and cultured in exosome-free medium for 48 h. Exosomes were precipitated with "
            "{{isolation_method,isolation_detail|ExoQuick-TC}} (System Biosciences) according to the "
            "manufacturer, after a 3 000 × g clearing spin. They were imaged by {{characterization|TEM}}, "
            "sized by {{characterization|NTA}}, and probed by {{characterization|western blot}} and bead-based "
            "{{characterization|flow cytometry}} for {{markers|CD63, CD81 and TSG101}}.",
            ("h", "Balloon compression"),
            "{{species,strain,sex|Female Wistar rats}} {{body_weight_g|weighing about 220 g}} were anaesthetised "
            "with chloral hydrate (300 mg/kg i.p.). Through a T12 laminotomy, "
            "{{injury_model,injury_device|a 2-Fr Fogarty balloon catheter}} was advanced cranially in the "
            "epidural space so that the balloon lay over {{injury_level|T10}}, inflated with 15 µL saline for "
            "5 min and withdrawn.",
            ("h", "Catheter and treatment"),
            "A PE-10 catheter was inserted at L4–L5 and advanced 3 cm; its tip position was checked with "
            "lidocaine. Rats were {{reported_randomisation|randomised}} into Sham, Balloon SCI + aCSF, "
            "Balloon SCI + Exo and Balloon SCI + MT-Exo groups ({{n_per_group|seven animals each}}). "
            "{{route,route_detail|Exosomes were infused through the intrathecal catheter}} "
            "({{dose|10 µg in 10 µL artificial CSF}}) "
            "{{frequency,timing_post_injury_h|once daily for 7 consecutive days, starting 3 days after "
            "compression}}.",
            ("h", "Behaviour and statistics"),
            "BBB scores were recorded on days 1, 3, 7, 14, 21 and 28. Results are expressed as mean ± SEM and "
            "compared by ANOVA with Tukey's post hoc test.",
        ]),
        ("results", "Results", [
            "Exosomes were saucer-shaped with {{size_nm|an average diameter of 89.5 nm measured on TEM images}} "
            "(NTA, 104 nm). Melatonin did not change particle yield.",
            "Locomotor recovery is summarised in Table 1. Native exosomes produced a smaller gain than MT-Exo "
            "({bbb:Balloon SCI + Exo@28} on day 28).",
            ("table", "Table 1",
             "BBB locomotor scores (mean ± SEM, n = 7 per group) after balloon compression.",
             {"rich": True, "orient": "rows", "wrap": 34, "colw": 66,
              "groups": ["Balloon SCI + aCSF", "Balloon SCI + Exo", "Balloon SCI + MT-Exo"],
              "labels": {"Balloon SCI + aCSF": "Balloon SCI + aCSF (vehicle, intrathecal)",
                         "Balloon SCI + Exo": "Balloon SCI + Exo (native exosomes)",
                         "Balloon SCI + MT-Exo": "Balloon SCI + MT-Exo (melatonin-primed)"},
              "days": _G_DAYS, "day_fmt": d_short, "corner": "Day",
              "foot": "Sham rats: 21.00 at all time points."}),
            "NLRP3, ASC and cleaved caspase-1 fell in MT-Exo rats at day 7, and SIRT1 rose.",
        ]),
        ("discussion", "Discussion", [
            "{{mechanism|SIRT1-mediated suppression of NLRP3 inflammasome activation}} is consistent with our "
            "blots. Intrathecal catheters allow repeated dosing without repeated punctures; systemic studies "
            "gave 200 µg once [5].",
        ]),
    ],
    references=POOL[0:14],
    scores=FScores(
        outcome="BBB", err="sem", dec=2,
        groups=[("Balloon SCI + aCSF", "control", 7), ("Balloon SCI + Exo", "other", 7),
                ("Balloon SCI + MT-Exo", "treatment", 7)],
        values={
            "Balloon SCI + aCSF": series(_G_DAYS, [(0.43, 0.2), (1.14, 0.34), (2.57, 0.43), (4.71, 0.57),
                                                   (6.0, 0.62), (6.86, 0.59)]),
            "Balloon SCI + Exo": series(_G_DAYS, [(0.57, 0.2), (1.29, 0.29), (3.0, 0.44), (5.86, 0.51),
                                                  (7.43, 0.57), (8.29, 0.61)]),
            "Balloon SCI + MT-Exo": series(_G_DAYS, [(0.43, 0.2), (1.14, 0.26), (3.43, 0.48), (7.14, 0.55),
                                                     (9.0, 0.62), (10.14, 0.63)]),
        }),
    back=[("Funding", "Supported by an invented national research grant (FRN-2017-04).")],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------
# 8. Rat, lumbar (L1) MASCIS contusion, unmodified ADSC exosomes in mg/kg i.p. on days 1, 4
#    and 7, accepted manuscript, week table with merged header and per-week text
# ---------------------------------------------------------------------------------------

_H_DAYS = [7.0, 14.0, 21.0, 28.0, 35.0]
BRKIC = Study(
    stem="brkic2021_hadsc_exo_lumbar_mascis_ip_mgkg",
    layout="manuscript",
    title="Intraperitoneal adipose stem cell exosomes after contusion of the lumbar enlargement in rats",
    short_title="Exosomes after lumbar contusion",
    authors=[("Jelena", "Brkić"), ("Nikola", "Marković"), ("Ana", "Kovačević"), ("Dario", "Perić"),
             ("Ivana", "Šimić"), ("Marko", "Lukić")],
    affiliations=["Department of Histology and Embryology, Invented School of Medicine, Zagreb, Croatia",
                  "Institute for Experimental Neurology, Invented Danube University, Novi Sad, Serbia"],
    journal="Croatian Archives of Regenerative Neuroscience",
    year=2021,
    volume="8(4):301–318",
    doi="10.5555/carn.2021.0301",
    pmid="99100508",
    pmcid="PMC9910508",
    received="2021-07-14",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 250, "high": 270}, "n_per_group": 10,
        "injury_model": "contusion", "injury_device": "MASCIS impactor", "injury_level": "L1",
        "source_tissue": "adipose", "source_species": "human", "modification": "none",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 g 90 min",
        "characterization": ["NTA", "TEM", "western_blot"],
        "markers": ["CD9", "CD63", "flotillin-1", "GM130"],
        "size_nm": {"value": 142.0, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 1, "unit": "mg_per_kg", "volume_ul": None, "basis": "protein"},
        "route": "intraperitoneal",
        "frequency": {"doses": 3, "interval_h": 72}, "timing_post_injury_h": 24.0,
        "mechanism": "protection of lumbar motor neurons via reduced TNF-α and IL-6",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Injuries at the thoracolumbar junction damage the motor neurons that drive the hind limbs. "
         "Female Sprague-Dawley rats received a MASCIS contusion at the first lumbar vertebra and then "
         "1 mg/kg unmodified exosomes from human adipose-derived stem cells (hADSC-Exos) or saline "
         "intraperitoneally on days 1, 4 and 7. BBB scores improved from week 2; at week 5 they were "
         "{bbb:hADSC-Exos@35|tight} and {bbb:Saline@35|tight} (mean±SEM)."),
    ],
    keywords=["lumbar enlargement", "motor neurons", "adipose-derived stem cells", "exosomes",
              "intraperitoneal"],
    sections=[
        ("intro", "Introduction", [
            "Thoracolumbar fractures are among the most common spinal injuries [13], but almost all vesicle "
            "studies injure the mid-thoracic cord. Lumbar lesions destroy motor neuron pools directly, and a "
            "BBB plateau near 8 has been reported after L1 contusion [1]. Vesicles of 30–150 nm from adipose "
            "stem cells reach the cord after intraperitoneal injection in mice [8].",
        ]),
        ("methods", "Methods", [
            ("h", "Exosomes"),
            "{{source_tissue,source_species|Human adipose-derived stem cells (lipoaspirate, three donors)}} were "
            "grown to 90% confluence and switched to serum-free medium for 48 h. Supernatants were spun at "
            f"800 × g (10 min) and 16{TH}500 × g (30 min), filtered (0.22 µm) and "
            f"{{{{isolation_method,isolation_detail|ultracentrifuged at 100{TH}000 × g for 90 min}}}} twice. "
            "{{modification|The exosomes were unmodified}}. {{characterization|NTA}}, "
            "{{characterization|TEM}} and {{characterization|western blotting}} "
            "({{markers|CD9, CD63, flotillin-1}}; {{markers|GM130}} negative) were used.",
            ("h", "Animals and lumbar contusion"),
            "{{species,strain,sex|Female Sprague-Dawley rats}} {{body_weight_g|(250–270 g)}} were "
            "anaesthetised with isoflurane. The T13 spinous process was used as landmark, "
            "{{injury_level|the L1 lamina was removed}}, and the cord contused with the "
            "{{injury_model,injury_device|MASCIS impactor (10 g, 12.5 mm)}}. Buprenorphine was given for 48 h "
            "and enrofloxacin for 7 days. {{reported_welfare_compliance|The study followed Directive "
            "2010/63/EU}}.",
            ("h", "Treatment"),
            "Twenty rats were assigned to Saline or hADSC-Exos ({{n_per_group|ten per group}}); eight sham rats "
            "had laminectomy only. {{dose|hADSC-Exos (1 mg/kg protein)}} or saline were "
            "{{route|injected intraperitoneally}} "
            "{{frequency,timing_post_injury_h|on days 1, 4 and 7 after injury}}.",
            ("h", "Assessment"),
            "Open-field locomotion was scored weekly for 5 weeks with the BBB scale by "
            "{{reported_blinded_assessment|two scorers who did not know the treatment}}. Ladder-rung walking and "
            "von Frey thresholds were tested at week 5.",
        ]),
        ("results", "Results", [
            "Particles had {{size_nm|a mean size of 142 nm}} (NTA), and yield was 2.2 × 10<sup>9</sup> "
            "particles per µg protein.",
            "In week 1 the two groups scored alike ({bbb:hADSC-Exos@7} with exosomes; {bbb:Saline@7} with "
            "saline). In week 3 the exosome group scored {bbb:hADSC-Exos@21}, against {bbb:Saline@21} in "
            "controls, and the difference persisted through week 5 (Table 1). Ladder-rung errors were 41% and "
            "63%.",
            ("table", "Table 1",
             "Weekly BBB scores (mean ± SEM; n = 10/group).",
             {"rich": True, "orient": "cols", "groups": ["Saline", "hADSC-Exos"], "days": _H_DAYS,
              "day_fmt": lambda d: f"{d / 7:g}", "corner": "Group", "span": "Weeks after L1 contusion",
              "extra": [("Ladder errors (%)", {"Saline": "63 ± 5", "hADSC-Exos": "41 ± 4"})]}),
            "Choline acetyltransferase-positive motor neurons in the L3–L5 ventral horn were 1.6-fold more "
            "numerous with exosomes.",
        ]),
        ("discussion", "Discussion", [
            "{{mechanism|Protection of lumbar motor neurons via reduced TNF-α and IL-6}} fits the lower "
            "cytokine levels we measured at day 3. Thoracic studies have reported BBB 12 at five weeks with "
            "100 µg exosomes [5]; lumbar lesions recover less because motor pools are lost.",
        ]),
    ],
    references=POOL[0:14],
    scores=FScores(
        outcome="BBB", err="sem",
        groups=[("Saline", "control", 10), ("hADSC-Exos", "treatment", 10)],
        values={
            "Saline": series(_H_DAYS, [(2.2, 0.4), (3.9, 0.5), (5.1, 0.5), (5.8, 0.6), (6.1, 0.6)]),
            "hADSC-Exos": series(_H_DAYS, [(2.4, 0.4), (4.8, 0.5), (6.7, 0.6), (7.9, 0.6), (8.6, 0.7)]),
        }),
    back=[("Conflicts of interest", "{{reported_conflict_of_interest|The authors declare no conflicts of "
           "interest}}.")],
    footnote=FOOTNOTE,
)

STUDIES = [ANDRIANARIVO, BRKIC, EKWUEME, FONUA]
