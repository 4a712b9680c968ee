"""Granite studies 1-3 (everything invented; see README.md)."""

from __future__ import annotations

from extgen.common import FOOTNOTE, POOL, TH
from extgen.model import Study
from gmodel import GScores

# ---------------------------------------------------------------------------------------------
# 1. Bakhtiari 2021: medians (IQR), groups by letter, days as dpi, single-column layout
# ---------------------------------------------------------------------------------------------
_D1 = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]
_S1 = GScores(
    outcome="BBB", err="sd",
    groups=[("Group A", "sham", 8), ("Group B", "control", 8), ("Group C", "treatment", 8),
            ("Group D", "other", 8)],
    values={
        "Group A": dict(zip(_D1, [(21, (20, 21)), (21, (21, 21)), (21, (21, 21)), (21, (21, 21)),
                                  (21, (21, 21)), (21, (21, 21))])),
        "Group B": dict(zip(_D1, [(0, (0, 0.5)), (1, (0, 2)), (3, (2, 4)), (5.5, (4, 7)),
                                  (7, (6, 8)), (8, (7, 9))])),
        "Group C": dict(zip(_D1, [(0, (0, 1)), (2, (1, 3)), (5, (4, 6.5)), (9, (7, 10)),
                                  (11, (9, 12)), (12.5, (11, 14))])),
        "Group D": dict(zip(_D1, [(0, (0, 0)), (1, (0, 2)), (3.5, (2, 5)), (6, (4, 7)),
                                  (7.5, (6, 9)), (8.5, (7, 10))])),
    },
    stat="median", spread="iqr", decimals=-1,
    text_fmt="{m} ({lo}–{hi})", paren_fmt="median {m} (IQR {lo}–{hi})",
)

BAKHTIARI = Study(
    stem="bakhtiari2021_hucmsc_exo_median_iqr_letters",
    layout="single",
    title="Umbilical cord mesenchymal stromal cell exosomes given once intravenously improve hindlimb "
          "function after thoracic contusion in female rats: an ordinal analysis",
    short_title="Bakhtiari et al. · Ordinal BBB analysis of UC-MSC exosomes",
    authors=[("Shirin", "Bakhtiari"), ("Kaveh", "Nourbakhsh"), ("Elnaz", "Rafati"), ("Tomasz", "Wrona"),
             ("Hossein", "Zand")],
    affiliations=["Spinal Repair Group, Caspian Institute of Neuroscience, Rasht (invented)",
                  "Department of Cell Therapy, Alborz Medical Sciences University (invented)"],
    journal="Iranian Journal of Regenerative Neurobiology",
    year=2021, volume="14(3):211–224", doi="10.5555/ijrn.2021.0311",
    pmid="99100611", pmcid="PMC9910611", received="2021-02-17",
    values={
        "species": "rat", "strain": "Wistar", "sex": "female",
        "body_weight_g": {"low": 230, "high": 260}, "n_per_group": 8,
        "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T10",
        "source_tissue": "umbilical_cord", "source_species": "human",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "110,000 g 70 min",
        "characterization": ["TEM", "NTA", "western_blot"],
        "markers": ["CD63", "CD81", "TSG101", "calnexin"],
        "size_nm": {"value": 118.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 200, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 1.0,
        "mechanism": "suppression of A1 astrocyte activation",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Locomotor scores after spinal cord injury are ordinal, yet most vesicle studies "
         "summarise them as means. We re-examined a single intravenous dose of human umbilical cord "
         "MSC exosomes with a prespecified ordinal analysis."),
        ("Methods", "Female Wistar rats received a T10 contusion and were allocated to four groups (A–D). "
         "Exosomes (100 µg) or vehicle were given once through the tail vein one hour after injury. "
         "Hindlimb function was rated on the Basso, Beattie and Bresnahan scale for 28 days."),
        ("Results", "At 28 dpi group C reached {bbb:Group C@28|paren}, compared with "
         "{bbb:Group B@28|paren} in group B (P = 0.002)."),
        ("Conclusions", "A single early dose was associated with a shift of the whole score distribution, "
         "not only of its centre."),
    ],
    keywords=["spinal cord injury", "exosomes", "umbilical cord", "ordinal outcome", "astrocytes"],
    sections=[
        ("intro", "Introduction", [
            "Traumatic spinal cord injury leaves most patients with a permanent motor deficit, and the "
            "secondary cascade that follows the primary impact — oedema, ischaemia, glial scarring — "
            "remains the main therapeutic window [1,3].",
            "Exosomes are endosome-derived vesicles of roughly 40–160 nm that carry protein and RNA "
            "from their parent cell [2]. Several groups have reported that 200 µg of MSC exosomes "
            "improves hindlimb scores in rats [5,11], but almost all analysed the ordinal "
            "Basso, Beattie and Bresnahan scale as if it were interval data [1]. Here we report medians "
            "and interquartile ranges throughout and test group differences with rank-based methods.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals and ethics"),
            "All procedures were {{reported_welfare_compliance|approved by the Animal Ethics Committee of the "
            "Caspian Institute of Neuroscience (approval IR.CIN.REC.1399.047)}}. Thirty-two adult "
            "{{sex,strain,species|female Wistar rats}} ({{body_weight_g|230–260 g}}) were housed two per "
            "cage under a 12 h light cycle.",
            ("h", "Spinal cord injury"),
            "Rats were anaesthetised with ketamine (80 mg/kg) and xylazine (10 mg/kg) i.p. After a "
            "laminectomy of the T9 lamina, a {{injury_model,injury_device,injury_level|moderate contusion "
            "was produced at T10 with the NYU impactor}} (10 g rod dropped from 25 mm). Bladders were "
            "expressed twice daily until reflex voiding returned.",
            ("h", "Groups"),
            "Animals were {{reported_randomisation|randomly allocated by a computer-generated list}} to four "
            "groups ({{n_per_group|n = 8 each}}): group A, laminectomy without contusion; group B, "
            "contusion plus 200 µl PBS; group C, contusion plus exosomes; group D, contusion plus the "
            "exosome-depleted supernatant of the same conditioned medium. The groups are referred to by "
            "their letters below.",
            ("h", "Exosome preparation"),
            "{{source_species,source_tissue|Human umbilical cord MSCs}} (passage 4–6) were cultured in "
            "exosome-free medium for 48 h. Conditioned medium was cleared at 300 g, 2000 g and 10 000 g "
            "and the vesicles were pelleted by {{isolation_method,isolation_detail|ultracentrifugation at "
            "110,000 g for 70 min}} (Type 70 Ti rotor), washed once in PBS and re-pelleted. In culture, "
            "PC12 cells were exposed to 20 µg/ml exosomes for viability assays.",
            "Vesicles were examined by {{characterization|transmission electron microscopy, nanoparticle "
            "tracking analysis and western blotting}}. Blots were probed for {{markers|CD63, CD81 and TSG101, "
            "with calnexin as a negative control}}.",
            ("h", "Treatment"),
            "One hour after contusion, group C received {{dose|100 µg of exosomes (protein) in 200 µl PBS}} "
            "{{route,route_detail|through the lateral tail vein}} as a {{frequency|single injection}}; "
            "{{timing_post_injury_h|injection was performed 1 h after injury}} in every group.",
            ("h", "Locomotor assessment and statistics"),
            "Hindlimb function was rated in an open field on the Basso, Beattie and Bresnahan scale (0–21) "
            "at 1, 3, 7, 14, 21 and 28 days post-injury (dpi) by two "
            "{{reported_blinded_assessment|observers unaware of group allocation}}. Because the scale is "
            "ordinal, scores are reported as median (interquartile range) and groups were compared at each "
            "time point with the Kruskal–Wallis test followed by Dunn's test.",
        ]),
        ("results", "Results", [
            ("h", "Vesicle characteristics"),
            "Particles showed the cup-shaped morphology expected on electron micrographs, and tracking "
            "analysis gave {{size_nm|a modal diameter of 118 nm}} with a yield of about 2 × 10<sup>9</sup> "
            "particles per µg protein.",
            ("h", "Hindlimb function"),
            "All injured rats scored 0 at 1 dpi, and group A kept the full score of 21 throughout. From 14 dpi "
            "group C separated from group B: {bbb:Group C@14} versus {bbb:Group B@14} (P = 0.01). At the end "
            "of follow-up the medians were {bbb:Group C@28} in group C, {bbb:Group D@28} in group D and "
            "{bbb:Group B@28} in group B (Table 1). Group D did not differ from group B at any time point.",
            ("table", "Table 1", "Basso, Beattie and Bresnahan scores by group and time point. Median "
             "(interquartile range); n = 8 per group.",
             {"orient": "cols", "days": _D1, "groups": ["Group A", "Group B", "Group C", "Group D"],
              "day_fmt": lambda d: f"{d:g} dpi", "corner": "Group",
              "foot": "A, sham laminectomy; B, PBS; C, exosomes; D, exosome-depleted supernatant."}),
            "Open-field scores of 14 or more, which require consistent plantar stepping, were reached by "
            "5 of 8 rats in group C but by none in group B at 28 dpi.",
            ("h", "Astrocyte phenotype"),
            "C3-positive astrocytes around the epicentre were reduced by about 40% in group C, consistent "
            "with {{mechanism|suppression of A1 astrocyte activation}} by the vesicles.",
        ]),
        ("discussion", "Discussion", [
            "Reported as medians, the benefit of a single intravenous dose is a shift of roughly four "
            "points by four weeks. Earlier work gave 400 µg daily for three days [5] and reported mean "
            "scores near 14 at day 28 [11]; our smaller single dose produced a comparable median.",
            "The exosome-depleted supernatant (group D) had no effect, which argues that the activity "
            "resides in the vesicle fraction rather than in soluble factors. The study is limited by its "
            "single sex and a follow-up of four weeks.",
        ]),
    ],
    references=[POOL[0], POOL[1], POOL[2], POOL[4], POOL[6], POOL[10], POOL[11], POOL[13]],
    scores=_S1,
    back=[("Ethics approval", "Approved by the Animal Ethics Committee of the Caspian Institute of "
           "Neuroscience (IR.CIN.REC.1399.047)."),
          ("Competing interests", "{{reported_conflict_of_interest|The authors declare no competing "
           "interests.}}"),
          ("Funding", "Caspian Institute intramural grant 99-114 (invented).")],
    notes=["Scores are medians (IQR): rows carry stat 'median' and no SD/SEM.",
           "Groups are named only by letters A–D, defined in the Methods."],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------------
# 2. Dzhaksybekova 2022: dose-named groups, "Weeks after injury" spanning header, ±SEM (n) cells
# ---------------------------------------------------------------------------------------------
_W2 = [7.0, 14.0, 21.0, 28.0, 42.0, 56.0]
_S2 = GScores(
    outcome="BBB", err="sem",
    groups=[("Sham", "sham", 9), ("Vehicle", "control", 9), ("10 µg", "other", 9), ("50 µg", "other", 9),
            ("100 µg", "treatment", 9)],
    values={
        "Sham": dict(zip(_W2, [(20.8, 0.1), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)])),
        "Vehicle": dict(zip(_W2, [(2.9, 0.4), (5.1, 0.5), (6.6, 0.6), (7.8, 0.6), (8.6, 0.7), (9.0, 0.7)])),
        "10 µg": dict(zip(_W2, [(3.0, 0.5), (5.6, 0.6), (7.1, 0.6), (8.3, 0.7), (9.2, 0.7), (9.6, 0.8)])),
        "50 µg": dict(zip(_W2, [(3.4, 0.4), (6.5, 0.5), (8.4, 0.6), (9.9, 0.6), (11.0, 0.7), (11.5, 0.7)])),
        "100 µg": dict(zip(_W2, [(3.8, 0.5), (7.4, 0.6), (9.6, 0.6), (11.2, 0.7), (12.6, 0.7), (13.1, 0.8)])),
    },
    stat="mean", spread="sem", decimals=1,
    text_fmt="{m} ± {e}", paren_fmt="{m} (SEM {e})", table_fmt="{m} ± {e} ({n})",
)

DZHAKSYBEKOVA = Study(
    stem="dzhaksybekova2022_rbmsc_exo_dose_weeks_span",
    layout="twocol",
    title="Dose–response of bone marrow stromal cell exosomes after thoracic contusion in rats: three "
          "daily intravenous doses compared over eight weeks",
    short_title="Exosome dose–response in rat SCI",
    authors=[("Aigerim", "Dzhaksybekova"), ("Nurlan", "Seitkali"), ("Marta", "Quiroga"),
             ("Daniyar", "Omarov"), ("Lena", "Hofstetter"), ("Gulnara", "Abenova")],
    affiliations=["Laboratory of Neuroregeneration, Steppe National Centre for Biotechnology, Astana (invented)",
                  "Institute of Translational Surgery, Almaty (invented)"],
    journal="Central Asian Journal of Experimental Neurology",
    year=2022, volume="7:e0412", doi="10.5555/cajen.2022.e0412",
    pmid="99100612", pmcid="PMC9910612", received="2022-05-09",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male",
        "body_weight_g": {"low": 280, "high": 320}, "n_per_group": 9,
        "injury_model": "contusion", "injury_device": "MASCIS impactor", "injury_level": "T10",
        "source_tissue": "bone_marrow", "source_species": "rat",
        "isolation_method": ["ultrafiltration", "size_exclusion"],
        "isolation_detail": "100 kDa ultrafiltration, qEV original columns",
        "characterization": ["TEM", "NTA", "western_blot"],
        "markers": ["CD9", "CD63", "Alix", "calnexin"],
        "size_nm": {"value": 96.4, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 500, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 3, "interval_h": 24}, "timing_post_injury_h": 2.0,
        "mechanism": "inhibition of NLRP3 inflammasome-mediated pyroptosis",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Dose–response data for stromal-cell exosomes in spinal cord injury are scarce. Male "
         "Sprague-Dawley rats with a T10 contusion received 10, 50 or 100 µg of rat bone marrow MSC "
         "exosomes, or vehicle, intravenously once a day for three days, starting 2 h after injury. "
         "Locomotion was followed for eight weeks on the BBB locomotor rating scale. Recovery increased "
         "with dose; at week 8 the 100 µg group scored {bbb:100 µg@56} (mean ± SEM) against "
         "{bbb:Vehicle@56} with vehicle. The highest dose also reduced cleaved caspase-1 and "
         "interleukin-1β in the lesion."),
    ],
    keywords=["dose–response", "bone marrow stromal cells", "extracellular vesicles", "pyroptosis"],
    sections=[
        ("intro", "Introduction", [
            "Inflammatory cell death around a spinal contusion extends the lesion for days after the "
            "impact, and pyroptosis driven by the NLRP3 inflammasome has emerged as one of its engines [3].",
            "Exosomes released by stromal cells are usually described as 30–150 nm vesicles [2], and doses "
            "between 20 µg and 1 mg have been tested in rodents [11]. Because almost no study compared "
            "doses, we prespecified the 100 µg dose as the primary comparison and added two lower doses.",
        ]),
        ("methods", "Methods", [
            ("h", "Animals"),
            "The study was {{reported_welfare_compliance|carried out under a protocol approved by the Local "
            "Ethics Commission for Animal Research of the Steppe National Centre (No. 2021/17)}}. We used "
            "{{sex,strain,species|male Sprague-Dawley rats}} weighing {{body_weight_g|280–320 g}} (45 in "
            "total).",
            ("h", "Contusion"),
            "Under isoflurane (2.5% in oxygen) a laminectomy was made at T9 and the "
            "{{injury_model,injury_device,injury_level|T10 cord was contused with the MASCIS impactor}} "
            "(10 g, 12.5 mm). Sham rats underwent laminectomy only. Buprenorphine 0.05 mg/kg s.c. was given "
            "for analgesia.",
            ("h", "Allocation"),
            "A {{reported_sample_size_calculation|power calculation (α = 0.05, power 0.8, expected difference "
            "2.5 points, SD 1.8) gave nine animals per group}}; with five groups of "
            "{{n_per_group|nine rats per group}}, 45 rats entered the study. Injured rats were "
            "{{reported_randomisation|randomised by sealed envelopes}} to vehicle or one of three doses. "
            "Groups are labelled by dose (10 µg, 50 µg, 100 µg) in the figures and tables.",
            ("h", "Vesicle isolation"),
            "Bone marrow was flushed from the femurs of donor rats, and "
            "{{source_species,source_tissue|rat bone marrow MSCs}} at passage 3–5 were conditioned in "
            "serum-free medium for 48 h. Medium was concentrated by "
            "{{isolation_method,isolation_detail|100 kDa ultrafiltration and separated on qEV original "
            "columns}}; fractions 7–9 were pooled.",
            "Vesicles were characterised by {{characterization|TEM, nanoparticle tracking and "
            "immunoblotting}} for {{markers|CD9, CD63 and Alix; calnexin was absent}}. For dose finding "
            "in vitro, BV2 microglia were treated with 5–40 µg/ml.",
            ("h", "Dosing"),
            "The primary dose was {{dose|100 µg exosomal protein in 0.5 ml saline}}, with 10 µg and 50 µg "
            "in the same volume. Injections were given {{route,route_detail|into the tail vein}} "
            "{{frequency|once a day for three consecutive days}}, the "
            "{{timing_post_injury_h|first 2 h after contusion}}. Vehicle rats received saline.",
            ("h", "Functional testing"),
            "The BBB locomotor rating scale was scored weekly for four weeks and then at weeks 6 and 8 by "
            "{{reported_blinded_assessment|two raters blinded to treatment}}. Data are means ± SEM with "
            "the number of rats scored in parentheses; two-way repeated-measures ANOVA with Tukey's test.",
        ]),
        ("results", "Results", [
            ("h", "Vesicles"),
            "Particles had {{size_nm|a mean diameter of 96.4 nm by NTA}} and a round, double-membraned "
            "appearance under TEM.",
            ("h", "Locomotor recovery"),
            "No animal was lost, so all nine rats per group were scored at every visit (Table 2). At week 4, "
            "the 10 µg, 50 µg and 100 µg groups scored {bbb:10 µg@28}, {bbb:50 µg@28} and {bbb:100 µg@28}, "
            "respectively, and vehicle rats {bbb:Vehicle@28}. By week 8 the 50 µg group had reached "
            "{bbb:50 µg@56}; the 10 µg dose did not differ from vehicle at any time.",
            ("table", "Table 2", "Open-field locomotor scores (21-point scale). Mean ± SEM (n).",
             {"kind": "span", "days": _W2, "groups": ["Sham", "Vehicle", "10 µg", "50 µg", "100 µg"],
              "day_fmt": lambda d: f"{d / 7:g}", "span": "Weeks after injury", "corner": "Dose",
              "foot": "Sham animals underwent laminectomy without contusion."}),
            "The dose–response was linear on the log-dose scale (slope 1.9 points per ten-fold increase at "
            "week 8, 95% CI 1.1–2.7).",
            ("h", "Inflammasome"),
            "In the lesion, the 100 µg dose lowered cleaved caspase-1 and IL-1β by about half, pointing to "
            "{{mechanism|inhibition of NLRP3 inflammasome-mediated pyroptosis}}.",
        ]),
        ("discussion", "Discussion", [
            "A graded effect over a ten-fold dose range supports a real biological action rather than a "
            "non-specific response to protein. Earlier single-dose studies reported BBB scores of 10–12 at "
            "four weeks with 200 µg [5], close to what three 100 µg doses produced here.",
            "Limitations include the male-only cohort and the absence of a dose above 100 µg.",
        ]),
    ],
    references=[POOL[1], POOL[2], POOL[4], POOL[10], POOL[11], POOL[14]],
    scores=_S2,
    back=[("Conflict of interest", "{{reported_conflict_of_interest|None declared.}}"),
          ("Ethics", "Local Ethics Commission for Animal Research, No. 2021/17.")],
    notes=["Groups are named by dose; 100 µg is the prespecified primary arm, 10 µg and 50 µg are 'other'.",
           "The time unit is only in the table's spanning header."],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------------
# 3. Pohjola 2019: author manuscript, decimal commas, Mean/SD sub-columns, injury day = day 1
# ---------------------------------------------------------------------------------------------
_D3 = [-1.0, 1.0, 7.0, 14.0, 21.0, 28.0]  # -1 = pre-injury baseline (drawn, no gold row)
_S3 = GScores(
    outcome="BBB", err="sd",
    groups=[("EVs", "treatment", 7), ("EV-depleted medium", "other", 7), ("PBS", "control", 7)],
    values={
        "EVs": dict(zip(_D3, [(21.0, 0.0), (0.4, 0.5), (4.1, 1.2), (7.9, 1.6), (10.3, 1.7), (11.6, 1.9)])),
        "EV-depleted medium": dict(zip(_D3, [(21.0, 0.0), (0.3, 0.5), (3.0, 1.1), (5.6, 1.4), (7.2, 1.6),
                                             (8.1, 1.7)])),
        "PBS": dict(zip(_D3, [(21.0, 0.0), (0.3, 0.4), (2.8, 1.0), (5.2, 1.5), (6.9, 1.5), (7.7, 1.8)])),
    },
    stat="mean", spread="sd", decimals=1, comma=True,
    text_fmt="{m} ± {e}", paren_fmt="{m} (SD {e})",
)

POHJOLA = Study(
    stem="pohjola2019_hadmsc_ev_intrathecal_decimal_comma",
    layout="preprint",
    title="Repeated intrathecal delivery of adipose stromal cell extracellular vesicles after spinal cord "
          "compression in rats",
    short_title="Intrathecal adipose EVs after compression SCI",
    authors=[("Aino", "Pohjola"), ("Mikko", "Rautavaara"), ("Sanna", "Heikkilä"), ("Jonas", "Eklund"),
             ("Riikka", "Lähteenmäki")],
    affiliations=["Neurotrauma Unit, Saimaa Institute of Biomedicine, Kuopio (invented)",
                  "Department of Pharmacology, Pohjanmaa University (invented)"],
    journal="Nordic Journal of Neurotrauma Research",
    year=2019, volume="31:88–101", doi="10.5555/njnr.2019.31.088",
    pmid="99100613", pmcid="PMC9910613", received="2019-01-28",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 220, "high": 250}, "n_per_group": 7,
        "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T9",
        "source_tissue": "adipose", "source_species": "human", "modification": "none",
        "isolation_method": ["ultracentrifugation", "density_gradient"],
        "isolation_detail": "120 000 g 2 h, sucrose gradient",
        "characterization": ["TEM", "NTA", "flow_cytometry"],
        "markers": ["CD9", "CD81", "HSP70"],
        "size_nm": {"value": 134.2, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 5e9, "unit": "particles", "volume_ul": 10, "basis": "particles"},
        "route": "intrathecal", "route_detail": "lumbar puncture",
        "frequency": {"doses": 4, "interval_h": 168}, "timing_post_injury_h": 72.0,
        "mechanism": "reduced blood–spinal cord barrier leakage",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "We asked whether repeated intrathecal dosing of human adipose MSC extracellular vesicles "
         "(EVs) improves recovery after clip compression of the thoracic cord. Female Sprague-Dawley rats "
         "received native EVs, EV-depleted conditioned medium or PBS by lumbar puncture once a week for "
         "four weeks, beginning on the fourth day. Four weeks after injury the EV group scored "
         "{bbb:EVs@28|paren} on the Basso–Beattie–Bresnahan scale, the PBS group {bbb:PBS@28|paren}. "
         "EVs also reduced Evans blue extravasation."),
    ],
    keywords=["extracellular vesicles", "adipose stromal cells", "intrathecal", "compression injury"],
    sections=[
        ("intro", "Introduction", [
            "Compression injuries of the thoracic cord disrupt the blood–spinal cord barrier within hours, "
            "and the leak persists for weeks [6]. Extracellular vesicles (EVs) of 50–200 nm from stromal "
            "cells tighten endothelial junctions in vitro [2,4].",
            "Intravenous EVs largely end up in liver and spleen [5]. Intrathecal delivery places the "
            "vesicles in the cerebrospinal fluid instead [8]; we therefore compared repeated lumbar "
            "injections of EVs with two controls.",
        ]),
        ("methods", "Methods", [
            ("h", "Animals"),
            "Experiments {{reported_welfare_compliance|complied with Directive 2010/63/EU and were licensed "
            "by the national Project Authorisation Board (ESAVI/4411/2018)}}. Twenty-one "
            "{{sex,strain,species|female Sprague-Dawley rats}} of {{body_weight_g|220–250 g}} were used, "
            "{{n_per_group|seven per group}}.",
            ("h", "Compression injury"),
            "Anaesthesia was induced with 4% and maintained with 2% isoflurane. After removal of the T8 "
            "lamina, a {{injury_model,injury_device|modified aneurysm clip (closing force 35 g) compressed "
            "the cord}} for 60 s {{injury_level|at the T9 segment}}. The day of surgery was designated "
            "day 1 of the study; the pre-operative baseline was scored the day before.",
            ("h", "Vesicles"),
            "{{source_species,source_tissue|Human adipose-derived MSCs}} from lipoaspirate (passage 4) "
            "were cultured for 72 h in vesicle-depleted medium. EVs were "
            "{{modification|used without further modification (native EVs)}}. They were isolated by "
            "{{isolation_method,isolation_detail|ultracentrifugation at 120" + TH + "000 g for 2 h followed "
            "by a sucrose density gradient}}. The EV-depleted supernatant of the first spin served as a "
            "control medium.",
            "EVs were characterised by {{characterization|electron microscopy, NTA and bead-based flow "
            "cytometry}}; {{markers|CD9, CD81 and HSP70}} were enriched. HUVEC monolayers were treated "
            "with 1 × 10<sup>8</sup> particles/ml for permeability assays.",
            ("h", "Administration"),
            "Rats received {{dose|5 × 10<sup>9</sup> particles in 10 µl}} by "
            "{{route,route_detail|intrathecal injection (lumbar puncture at L5–L6)}}, "
            "{{frequency|once weekly for four weeks}}, the {{timing_post_injury_h|first injection 72 h after "
            "compression}}. Control rats received an equal volume of EV-depleted medium or PBS.",
            ("h", "Behaviour"),
            "Locomotion was scored with the BBB scale on study days 2, 8, 15, 22 and 29 by "
            "{{reported_blinded_assessment|an investigator blinded to treatment}}. Values are means with "
            "standard deviations; decimal commas are used throughout. Groups were compared by mixed-model "
            "ANOVA.",
        ]),
        ("results", "Results", [
            "The modal diameter of the particles was 121 nm and {{size_nm|the mean diameter 134,2 nm}} "
            "(NTA).",
            "Every rat scored 21 before surgery and close to 0 on day 2 (Table 1). From day 15 on, the EV group "
            "scored higher than both controls; on day 29 the means were {bbb:EVs@28} (EVs), "
            "{bbb:EV-depleted medium@28} (EV-depleted medium) and {bbb:PBS@28} (PBS).",
            "Evans blue extravasation on day 8 was 38% lower with EVs, suggesting "
            "{{mechanism|reduced blood–spinal cord barrier leakage}} as one route to the functional effect.",
            ("figure", "Figure 1", "BBB scores over the study. Day 29: EVs {bbb:EVs@28}, PBS "
             "{bbb:PBS@28}; mean ± SD, n = 7.",
             {"days": [1.0, 7.0, 14.0, 21.0, 28.0], "groups": ["EVs", "EV-depleted medium", "PBS"]}),
            ("table", "Table 1", "BBB scores by study day (day 1 = day of surgery).",
             {"kind": "subcols", "days": _D3, "groups": ["EVs", "EV-depleted medium", "PBS"],
              "day_fmt": lambda d: "Baseline" if d < 0 else f"{d + 1:g}", "corner": "Day",
              "foot": "Mean and standard deviation, n = 7 per group."}),
        ]),
        ("discussion", "Discussion", [
            "Weekly intrathecal EVs improved locomotion by about four points. Studies using intravenous "
            "vesicles typically report differences of two to three points [5,11], and one earlier "
            "intrathecal study found a BBB score of 9,8 at four weeks [8].",
            "The EV-depleted medium was inactive, so the effect is carried by the vesicles.",
        ]),
    ],
    references=[POOL[1], POOL[3], POOL[4], POOL[5], POOL[7], POOL[10], POOL[13], POOL[15]],
    scores=_S3,
    back=[("Ethics statement", "Licensed under ESAVI/4411/2018 in accordance with Directive 2010/63/EU."),
          ("Declaration of interests", "{{reported_conflict_of_interest|The authors have no competing "
           "interests to declare.}}")],
    notes=["Study days count the day of surgery as day 1: study day 29 = 28 days post-injury.",
           "Pre-operative baseline (21) is drawn but is not a post-injury row.",
           "Figure 1 legend repeats day-29 values: rows with source 'text'."],
    footnote=FOOTNOTE,
)

STUDIES = [BAKHTIARI, DZHAKSYBEKOVA, POHJOLA]
