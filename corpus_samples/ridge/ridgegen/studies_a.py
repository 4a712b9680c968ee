"""Ridge studies 1-3 (everything invented). See ../README.md for what each exercises."""

from __future__ import annotations

from extgen.common import FOOTNOTE, MU, NB, POOL, TH, day_fmt
from extgen.model import Scores, Study

from ridgegen.scores import Extra

D = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]

BJ = Scores("BBB", "sem", [("Sham", "sham", 8), ("Vehicle", "control", 8), ("hUC-Exo", "treatment", 8)], {
    "Sham": dict(zip(D, [(20.6, 0.2), (20.8, 0.1), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)])),
    "Vehicle": dict(zip(D, [(0.4, 0.2), (1.1, 0.3), (3.2, 0.5), (5.4, 0.6), (6.9, 0.7), (7.6, 0.8)])),
    "hUC-Exo": dict(zip(D, [(0.5, 0.2), (1.6, 0.4), (4.9, 0.6), (8.3, 0.7), (10.6, 0.8), (11.9, 0.9)])),
})

BJARNASON = Study(
    stem="bjarnason2021_hucmsc_exo_nyu_tailvein_respectively",
    layout="single",
    title="Umbilical cord mesenchymal stem cell exosomes given once by tail vein improve hindlimb recovery after thoracic contusion in rats",
    short_title="hUC-MSC exosomes after contusion",
    authors=[("Sigrún", "Bjarnason"), ("Tomasz", "Wielgosz"), ("Aiko", "Morisaki"), ("Lwazi", "Dube")],
    affiliations=["Department of Neural Repair, Reykjavík Institute of Experimental Medicine (invented)",
                  "Laboratory of Vesicle Biology, Gdańsk Medical Academy (invented)"],
    journal="Journal of Spinal Regeneration Research",
    year=2021, volume="14(3):211–224", doi="10.5555/jsrr.2021.0311",
    pmid="99100301", pmcid="PMC9910301", received="2021-02-17",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 220, "high": 250}, "n_per_group": 8,
        "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T10",
        "source_tissue": "umbilical_cord", "source_species": "human",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 g 70 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 118.4, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 200, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 1.0,
        "mechanism": "suppression of NLRP3 inflammasome activation in microglia",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Exosomes released by mesenchymal stem cells carry proteins and RNAs that may dampen the inflammatory cascade after spinal cord injury (SCI)."),
        ("Methods", "Female rats received a T10 contusion and, 1 h later, a single tail-vein injection of human umbilical cord MSC exosomes or PBS. Locomotion was rated on the BBB scale for 28 days."),
        ("Results", "Exosome-treated rats walked better from day 14 onward and showed fewer activated microglia at the lesion."),
        ("Conclusions", "A single early intravenous dose of hUC-MSC exosomes improves recovery after contusion, possibly by restraining the NLRP3 inflammasome."),
    ],
    keywords=["spinal cord injury", "exosomes", "umbilical cord", "BBB", "inflammasome"],
    sections=[
        ("intro", "Introduction", [
            "Traumatic SCI leaves most patients with permanent motor deficits, and the secondary injury that follows the primary impact, with its inflammation, oedema and cell death, remains the main target of experimental therapy [1,3]. Mesenchymal stem cells (MSCs) were tried first as cell grafts, but much of their benefit appears to be paracrine [2].",
            "Exosomes, membrane vesicles of roughly 30–150 nm that cells release from multivesicular bodies, cross biological barriers and can be given intravenously [2,5]. In rats, hindlimb function after thoracic injury is usually rated with the 21-point Basso, Beattie and Bresnahan (BBB) open-field scale, on which a score of 14 indicates consistent forelimb–hindlimb coordination and 21 is normal locomotion [1].",
            "We asked whether one intravenous dose of exosomes from human umbilical cord MSCs (hUC-MSCs), given within the first hour, changes locomotor recovery after a moderate contusion.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals"),
            "{{species,strain,sex,body_weight_g|Adult female Sprague-Dawley rats (220–250 g)}} were obtained from the institutional breeding unit and housed in pairs under a 12-h light/dark cycle. {{reported_welfare_compliance|All procedures were approved by the Animal Ethics Committee of the Reykjavík Institute of Experimental Medicine (approval no. RI-2019-044)}} and followed the ARRIVE guidelines.",
            ("h", "Spinal cord injury"),
            "Under isoflurane anaesthesia a laminectomy was performed at T9–T11 and {{injury_model,injury_device,injury_level|a moderate contusion was produced at T10 with the NYU impactor}} (10 g rod dropped from 25 mm). Sham rats underwent laminectomy only. Bladders were expressed manually twice daily until reflex voiding returned.",
            ("h", "Exosome preparation"),
            "{{source_tissue,source_species|hUC-MSCs (passage 4–6) were isolated from umbilical cords donated after caesarean delivery}} and grown to 80% confluence; medium was then replaced with exosome-depleted medium for 48 h. The conditioned medium was cleared at 300 × g, 2000 × g and 10" + TH + "000 × g, and {{isolation_method,isolation_detail|exosomes were pelleted by ultracentrifugation at 100,000 g for 70 min}} (Type 70 Ti rotor), washed once in PBS and pelleted again. Protein content was measured with a BCA assay.",
            "{{characterization|Vesicles were examined by transmission electron microscopy (TEM), nanoparticle tracking analysis (NTA) and western blotting}}. {{markers|The preparations were positive for CD9, CD63 and TSG101 and negative for calnexin}}. {{size_nm|NTA gave a mean diameter of 118.4 nm}} (mode 104.0 nm).",
            ("h", "Treatment"),
            "{{reported_randomisation|Rats were randomly assigned to the three groups with a computer-generated list}} ({{n_per_group|n" + NB + "=" + NB + "8 per group}}). {{dose,route,route_detail,frequency,timing_post_injury_h|One hour after injury, the Exo group received a single injection of 100 " + MU + "g exosomes in 200 " + MU + "l PBS into the tail vein}}; the Vehicle group received 200 " + MU + "l PBS by the same route.",
            ("h", "Locomotor assessment"),
            "{{reported_blinded_assessment|Two observers blinded to treatment scored open-field locomotion}} on the BBB scale before surgery and on days 1, 3, 7, 14, 21 and 28 after injury. Scores of the left and right hindlimbs were averaged.",
            ("h", "Statistics"),
            "Data are mean ± SEM. BBB scores were compared by two-way repeated-measures ANOVA with Bonferroni's post hoc test; P" + NB + "<" + NB + "0.05 was considered significant.",
        ]),
        ("results", "Results", [
            ("h", "Characterisation of hUC-MSC exosomes"),
            "TEM showed cup-shaped vesicles with an intact membrane. Western blots detected CD9, CD63 and TSG101 in the exosome lysate but not calnexin, which was present in the cell lysate.",
            ("h", "Locomotor recovery"),
            "Before surgery all rats scored 21. On day 1, hindlimbs were flaccid in both injured groups ({bbb:Vehicle@1} vs. {bbb:hUC-Exo@1}). At day 7, BBB scores were {x:Sham@7|pm}, {x:Vehicle@7|pm} and {x:hUC-Exo@7|pm} in the sham, vehicle and exosome groups, respectively (mean ± SEM). The difference between the injured groups first reached significance on day 14 (mean difference 2.9 points, 95% CI 1.1–4.7; P" + NB + "=" + NB + "0.004).",
            "In the hUC-Exo group, the mean score increased from {x:hUC-Exo@7|pm} at day 7 to {x:hUC-Exo@28|pm} at day 28, whereas vehicle-treated rats plateaued at {x:Vehicle@28|pm}. Consistent plantar stepping with occasional coordination (a score of 11 or more) was reached by 6 of 8 exosome-treated rats but by none of the vehicle group. Daily scores of all groups are listed in Table 1.",
            ("table", "Table 1", "BBB scores after T10 contusion (mean ± SEM, n" + NB + "=" + NB + "8 per group).",
             {"orient": "cols", "days": D, "groups": ["Sham", "Vehicle", "hUC-Exo"], "day_fmt": day_fmt, "corner": "Group",
              "foot": "Two-way repeated-measures ANOVA: group × time interaction P" + NB + "<" + NB + "0.001."}),
            ("h", "Microglial activation"),
            "Iba1-positive cells with amoeboid morphology were fewer in the hUC-Exo group at day 7, and cleaved caspase-1 and NLRP3 protein were reduced by about 40% relative to vehicle.",
        ]),
        ("discussion", "Discussion", [
            "A single intravenous dose of hUC-MSC exosomes given 1 h after contusion improved open-field locomotion by about four BBB points at 4 weeks. The size of the effect resembles earlier reports: Eriksen and Moyo found 12.5 ± 1.1 at day 28 after tail-vein injection of 200 " + MU + "g [5], and a systematic review estimated a pooled gain of 3.6 points [11].",
            "{{mechanism|Our data suggest that the exosomes act mainly by suppressing NLRP3 inflammasome activation in microglia}}, in line with work on pyroptosis after SCI [3,7]. Limitations include the use of female rats only and the 4-week observation period.",
        ]),
    ],
    references=POOL[:12],
    scores=BJ,
    back=[("Competing interests", "{{reported_conflict_of_interest|The authors declare no competing interests.}}"),
          ("Funding", "Supported by an invented grant of the Nordic Neurotrauma Fund (NNF-2020-17).")],
    footnote=FOOTNOTE,
)

# --- 2: medians and IQR, weeks, intrathecal, clip compression ---------------------------
W = [7.0, 14.0, 28.0, 42.0]
MB = Scores("BBB", "sd", [("Sham", "sham", 10), ("PBS", "control", 10), ("BMSC-EV", "treatment", 10)], {
    "Sham": dict(zip(W, [(21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)])),
    "PBS": dict(zip(W, [(2.0, 0.0), (4.0, 0.0), (5.0, 0.0), (6.0, 0.0)])),
    "BMSC-EV": dict(zip(W, [(3.0, 0.0), (6.0, 0.0), (8.5, 0.0), (10.0, 0.0)])),
})
MB_R = {("PBS", 7.0): (1.0, 3.0), ("BMSC-EV", 7.0): (2.0, 4.0), ("PBS", 14.0): (3.0, 5.0),
        ("BMSC-EV", 14.0): (5.0, 7.0), ("PBS", 28.0): (4.0, 6.5), ("BMSC-EV", 28.0): (7.0, 10.0),
        ("PBS", 42.0): (5.0, 7.0), ("BMSC-EV", 42.0): (9.0, 12.0)}

MBATHA = Study(
    stem="mbatha2022_rbmsc_ev_clip_intrathecal_medians",
    layout="twocol",
    title="Repeated intrathecal bone marrow MSC extracellular vesicles after clip compression of the rat thoracic cord: an ordinal analysis of BBB recovery",
    short_title="Intrathecal BMSC-EVs after compression",
    authors=[("Nomvula", "Mbatha"), ("Rafael", "Cordeiro"), ("Hye-jin", "Seo"), ("Omar", "Haddadin"), ("Ines", "Vukić")],
    affiliations=["School of Anatomical Sciences, University of the Highveld (invented)",
                  "Centre for Translational Neurotrauma, Porto Alegre (invented)"],
    journal="Neurotrauma Reports and Methods",
    year=2022, volume="9:e1042", doi="10.5555/nrm.2022.1042",
    pmid="99100302", pmcid="PMC9910302", received="2022-05-09",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male", "body_weight_g": {"low": 250, "high": 280},
        "n_per_group": 10, "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T9",
        "source_tissue": "bone_marrow", "source_species": "rat", "modification": "none",
        "isolation_method": ["ultrafiltration", "size_exclusion"], "isolation_detail": "100 kDa ultrafiltration and qEV columns",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD63", "CD81", "Alix"],
        "size_nm": {"value": 96.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 1e9, "unit": "particles", "volume_ul": 10, "basis": "particles"},
        "route": "intrathecal", "route_detail": "lumbar puncture",
        "frequency": {"doses": 3, "interval_h": 48}, "timing_post_injury_h": 24.0,
        "mechanism": "preservation of blood-spinal cord barrier integrity",
        "reported_blinded_assessment": True, "reported_sample_size_calculation": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[(None, "Most studies of stromal-cell vesicles in spinal cord injury give a single dose. We gave three intrathecal doses of rat bone marrow MSC-derived extracellular vesicles (BMSC-EVs) after clip compression at T9 and analysed BBB scores as ordinal data. Treated rats recovered more hindlimb function over 6 weeks, and Evans blue extravasation at the lesion was halved. Repeated intrathecal EVs may act by preserving the blood–spinal cord barrier.")],
    keywords=["extracellular vesicles", "clip compression", "intrathecal", "ordinal data", "blood–spinal cord barrier"],
    sections=[
        ("intro", "Introduction", [
            "Compression injuries reproduce the sustained cord compression seen in many human fractures [13]. Vesicles from bone marrow MSCs reduce inflammation and barrier leakage after SCI in several models [6,11], but repeated dosing has rarely been studied.",
            "The BBB scale is ordinal: its 22 levels (0–21) are not equally spaced, and plateaus such as the frequent-to-consistent stepping transition around 11–13 are common [1]. We therefore report medians with interquartile ranges (IQR) and compare groups non-parametrically.",
        ]),
        ("methods", "Methods", [
            ("h", "Animals and ethics"),
            "{{reported_welfare_compliance|The study was approved by the Animal Research Ethics Committee of the University of the Highveld (AREC 21/07)}}. {{species,strain,sex,body_weight_g|Male Wistar rats weighing 250–280 g}} were used. {{reported_sample_size_calculation|Group size was calculated a priori (α = 0.05, power 0.8) to detect a 3-point difference in BBB score}}, giving {{n_per_group|10 rats per group}}.",
            ("h", "Injury"),
            "After laminectomy of the T8 lamina, {{injury_model,injury_device,injury_level|the cord was compressed at T9 with a modified aneurysm clip}} (closing force 35 g) for 1 min. Sham animals had the laminectomy alone.",
            ("h", "Vesicles"),
            "{{source_tissue,source_species|Bone marrow MSCs were flushed from femurs and tibias of 4-week-old Wistar rats}} and used at passages 3–5. {{modification|The cells were not genetically modified or preconditioned (native BMSC-EVs)}}. Conditioned serum-free medium (48 h) was concentrated by {{isolation_method,isolation_detail|100 kDa ultrafiltration and qEV columns}} (size-exclusion chromatography; fractions 7–9 pooled).",
            "{{characterization|Particle size and number were measured by NTA, morphology by TEM, and marker proteins by western blot}} ({{markers|CD63, CD81 and Alix}}). {{size_nm|The modal diameter was 96 nm}}.",
            ("h", "Administration"),
            "{{dose,route,route_detail|BMSC-EVs (1 × 10<sup>9</sup> particles in 10 " + MU + "l) were injected intrathecally by lumbar puncture}} between L5 and L6; {{frequency,timing_post_injury_h|injections were given at 24 h after injury and twice more at 48-h intervals}}. The PBS group received 10 " + MU + "l PBS on the same schedule.",
            ("h", "Behaviour and statistics"),
            "{{reported_blinded_assessment|BBB scoring was done by two raters unaware of group allocation}} at 1, 2, 4 and 6 weeks after injury. Scores are given as median (IQR) and compared with the Mann–Whitney U test at each time point; the BBB subscore (0–13) was analysed the same way.",
        ]),
        ("results", "Results", [
            "Sham rats walked normally throughout. One week after compression, the median BBB score was {x:PBS@7|iqr} in the PBS group and {x:BMSC-EV@7|iqr} in the BMSC-EV group (P" + NB + "=" + NB + "0.21).",
            "From week 2 the groups separated: median scores were {x:BMSC-EV@14|iqr} versus {x:PBS@14|iqr} at week 2 and {x:BMSC-EV@28|iqr} versus {x:PBS@28|iqr} at week 4. At the end of the observation period (day 42) EV-treated rats reached {x:BMSC-EV@42|iqr}, compared with {x:PBS@42|iqr} in PBS-treated rats (P" + NB + "<" + NB + "0.001). The median difference at day 42 was 4 points.",
            "BBB subscores followed the same pattern (week 6: 7 [5–9] vs. 3 [2–4]). Evans blue extravasation at the epicentre 24 h after the last injection was 48% lower in the BMSC-EV group.",
            ("figure", "Figure 2", "Individual BBB scores over 6 weeks (lines: medians). Sham rats overlap at 21.",
             {"days": W, "groups": ["Sham", "PBS", "BMSC-EV"], "x": "weeks"}),
        ]),
        ("discussion", "Discussion", [
            "Three intrathecal doses of native BMSC-EVs improved locomotor recovery after clip compression. {{mechanism|We propose that the vesicles act by preserving blood–spinal cord barrier integrity}}, as the reduced Evans blue leakage suggests [6].",
            "Earlier intravenous studies reported mean scores near 9 at 4 weeks [5] and a pooled effect of 3–4 points [11]; ordinal statistics make such comparisons approximate. The median week-6 score of the treated group lies below the threshold of consistent coordination (14).",
        ]),
    ],
    references=POOL[:14],
    scores=MB,
    back=[("Ethics approval", "Approved by AREC, University of the Highveld (21/07)."),
          ("Conflict of interest", "{{reported_conflict_of_interest|None declared.}}")],
    notes=["Figure 2 plots the same medians as the text; no extra rows. BBB subscores (0–13) are not BBB rows."],
    footnote=FOOTNOTE,
)

STUDIES = [(BJARNASON, Extra()), (MBATHA, Extra(ranges=MB_R))]
