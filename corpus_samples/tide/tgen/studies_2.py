"""Tide studies 4-6: an Italian, a US and an Egyptian lab (everything invented)."""

from __future__ import annotations

from extgen.common import FOOTNOTE, POOL
from extgen.model import Scores, Study

from tgen.tables import Score, TideTable

# --------------------------------------------------------------------------------------
# 4. Italy (pharmacology department): human BM-MSC EVs, MASCIS, two tail-vein doses.
#    Accepted-manuscript layout: line numbers, double spacing, tables after the references,
#    figure legends at the end. Table: days ("dpi") as rows with a "Pre" row, groups as
#    columns with n in the header, boxed grid, SEM only in the footnote, "*"/"§" glued;
#    the table runs over two pages.
# --------------------------------------------------------------------------------------

_D4 = [1.0, 3.0, 7.0, 10.0, 14.0, 21.0, 28.0, 35.0, 42.0]
_G4 = ["Sham", "SCI + vehicle", "SCI + MSC-EV"]
_S4 = Scores(
    outcome="BBB", err="sem",
    groups=[("Sham", "sham", 7), ("SCI + vehicle", "control", 7), ("SCI + MSC-EV", "treatment", 7)],
    values={
        "Sham": dict(zip(_D4, [(20.4, 0.3), (20.9, 0.1), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0),
                               (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)], strict=True)),
        "SCI + vehicle": dict(zip(_D4, [(0.6, 0.3), (1.7, 0.4), (3.3, 0.5), (4.6, 0.6), (5.9, 0.6), (7.2, 0.7),
                                        (8.0, 0.7), (8.4, 0.8), (8.6, 0.8)], strict=True)),
        "SCI + MSC-EV": dict(zip(_D4, [(0.8, 0.3), (2.3, 0.5), (4.9, 0.6), (6.6, 0.6), (8.3, 0.7), (10.1, 0.7),
                                       (11.2, 0.8), (11.9, 0.8), (12.3, 0.9)], strict=True)),
    },
)


def _mark4(g: str, d: float) -> str:
    if g != "SCI + MSC-EV" or d < 7:
        return ""
    return "*§" if d >= 21 else "*"


_T4 = TideTable(
    head=[["dpi", "Sham (n = 7)", "SCI + vehicle (n = 7)", "SCI + MSC-EV (n = 7)"]],
    body=[["Pre", "21.0 ± 0.0", "21.0 ± 0.0", "21.0 ± 0.0"]]
    + [[f"{d:g}"] + [Score(g, d, "pm", _mark4(g, d)) for g in _G4] for d in _D4],
    foot="Data are mean ± SEM. *P < 0.05 and §P < 0.01 vs. SCI + vehicle (two-way ANOVA for repeated measures, "
         "Bonferroni post hoc).",
    grid="full", pad=2.5, split_after=6,
)

IACOVELLI = Study(
    stem="iacovelli2019_hbmsc_ev_manuscript_split",
    layout="tide:lineno",
    title="Extracellular vesicles from human bone marrow mesenchymal stromal cells preserve the blood–spinal cord "
          "barrier and improve locomotion after contusive spinal cord injury",
    short_title="MSC-EVs and the blood–spinal cord barrier",
    authors=[("Ilaria", "Iacovelli"), ("Matteo", "Sartoris"), ("Giulia", "Ferrandi"), ("Paolo", "Quaranta"),
             ("Chiara", "Benedini")],
    affiliations=["Department of Pharmacology and Neuroscience, University of Valmorena, Valmorena, Italy",
                  "Centre for Advanced Cell Therapies, Ospedale San Vittore, Valmorena, Italy"],
    journal="European Journal of Neurorepair",
    year=2019, volume="7:188",
    doi="10.5555/ejnr.2019.00188", pmid="99107104", pmcid="PMC99107104", received="2018-12-20",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male",
        "body_weight_g": {"low": 250, "high": 300}, "n_per_group": 7,
        "injury_model": "contusion", "injury_device": "MASCIS impactor", "injury_level": "T9-T10",
        "source_tissue": "bone_marrow", "source_species": "human",
        "isolation_method": ["ultracentrifugation", "density_gradient"], "isolation_detail": "110,000 × g 2 h",
        "characterization": ["NTA", "TEM", "flow_cytometry", "western_blot"],
        "markers": ["CD9", "CD63", "CD81", "TSG101"],
        "size_nm": {"value": 148.0, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 50, "unit": "ug", "volume_ul": 300, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 2, "interval_h": 24}, "timing_post_injury_h": 1.0,
        "mechanism": "preservation of blood–spinal cord barrier integrity",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, ("Disruption of the blood–spinal cord barrier (BSCB) drives oedema and inflammation after spinal cord "
               "injury (SCI). We investigated whether extracellular vesicles (EVs) released by human bone marrow "
               "mesenchymal stromal cells (MSC-EVs) protect the BSCB. Adult male Wistar rats subjected to a "
               "MASCIS contusion received two intravenous injections of MSC-EVs or vehicle. MSC-EVs reduced "
               "Evans blue extravasation, preserved ZO-1 and occludin and improved Basso, Beattie and Bresnahan "
               "(BBB) scores throughout 6 weeks (day 42: {bbb:SCI + MSC-EV@42} vs. {bbb:SCI + vehicle@42}). "
               "These data indicate that MSC-EVs act in part through "
               "{{mechanism|preservation of BSCB integrity}}.")),
    ],
    keywords=["extracellular vesicles", "mesenchymal stromal cells", "blood–spinal cord barrier",
              "spinal cord injury", "tight junctions"],
    sections=[
        ("intro", "Introduction", [
            ("The blood–spinal cord barrier (BSCB) is disrupted within minutes of a contusive spinal cord injury "
            "(SCI), and its breakdown persists for days, allowing leukocytes and plasma proteins into the "
            "parenchyma [6]. Protecting the BSCB early is therefore expected to limit secondary damage."),
            ("Mesenchymal stromal cells (MSCs) release extracellular vesicles (EVs) that reproduce many of the "
            "paracrine effects of the cells [2]. Small EVs range from about 50 to 200 nm, and several groups have "
            "given doses between 20 and 200 µg per animal [5,11]. The effect of MSC-EVs on the BSCB after "
            "contusion has received little attention."),
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals"),
            ("Experiments were performed on adult {{species,strain,sex|male Wistar rats}} weighing "
            "{{body_weight_g|250–300 g}} (Charles River Italia). "
            "{{reported_welfare_compliance|Procedures complied with Italian Legislative Decree 26/2014 and "
            "Directive 2010/63/EU and were authorised by the Italian Ministry of Health}} (authorisation "
            "no. 412/2017-PR). Animals were housed in pairs with food and water ad libitum."),
            ("h", "Spinal cord injury"),
            ("Rats were anaesthetised with ketamine (80 mg/kg) and xylazine (10 mg/kg). After a laminectomy, a "
            "{{injury_model|contusion}} was delivered at the {{injury_level|T9–T10 level}} with the "
            "{{injury_device|MASCIS impactor}} (10 g rod, 12.5 mm height). Sham rats underwent laminectomy only. "
            "Buprenorphine (0.05 mg/kg) was given for 3 days and bladders were expressed twice daily."),
            ("h", "MSC culture and EV isolation"),
            ("{{source_species,source_tissue|Human bone marrow MSCs were purchased from a commercial supplier}} "
            "and used between passages 3 and 6. Cells were conditioned for 48 h in serum-free α-MEM. The medium "
            "was cleared at 300 g (10 min) and 2 000 g (20 min) and filtered (0.22 µm). "
            "{{isolation_method,isolation_detail|EVs were pelleted at 110 000 g for 2 h}} (SW32Ti rotor) and "
            "further purified by {{isolation_method|flotation on an iodixanol density cushion}}. EV protein was "
            "quantified by Bradford assay."),
            ("h", "EV characterisation"),
            ("Size distribution was determined by {{characterization|NTA}} (NanoSight LM10). Vesicle morphology was "
            "examined by {{characterization|TEM}}. Surface tetraspanins were profiled by bead-based "
            "{{characterization|flow cytometry}}, and {{characterization,markers|western blotting confirmed CD9, "
            "CD63, CD81 and TSG101}}."),
            ("h", "Treatment and experimental groups"),
            ("Rats were {{reported_randomisation|randomly assigned}} to Sham, SCI + vehicle and SCI + MSC-EV groups "
            "({{n_per_group|n = 7/group}}). MSC-EVs ({{dose|50 µg of EV protein in 300 µl saline}}) or saline "
            "were injected into the {{route,route_detail|tail vein}} {{timing_post_injury_h|1 h after injury}}, "
            "{{frequency|with a second identical injection 24 h later}}."),
            ("h", "Locomotor assessment"),
            ("Hindlimb locomotion was scored with the BBB scale before surgery and at 1, 3, 7, 10, 14, 21, 28, 35 "
            "and 42 days post-injury (dpi) by {{reported_blinded_assessment|two raters blind to treatment}}."),
            ("h", "Statistics"),
            ("Results are expressed as mean ± SEM. BBB scores were analysed by two-way ANOVA for repeated measures "
            "followed by Bonferroni's test (GraphPad Prism 7); P < 0.05 was considered significant."),
        ]),
        ("results", "Results", [
            ("h", "Characterisation of MSC-EVs"),
            ("NTA showed a {{size_nm|mean diameter of 148 ± 12 nm}}, and TEM revealed cup-shaped vesicles. "
            "CD9, CD63, CD81 and TSG101 were detected, while the Golgi protein GM130 was absent."),
            ("h", "MSC-EVs reduce BSCB leakage"),
            ("At 24 h after SCI, Evans blue extravasation was reduced by 38% in MSC-EV-treated rats, and ZO-1 and "
            "occludin were better preserved (Figure 1)."),
            ("figure", "Figure 1", ("Evans blue content and tight-junction proteins 24 h after injury (n = 4 per "
                                   "group)."), {"days": [1.0], "groups": ["Sham", "SCI + vehicle", "SCI + MSC-EV"]}),
            ("h", "MSC-EVs improve locomotor recovery"),
            ("BBB scores are reported in Table 1. Treated rats outperformed vehicle-treated rats from 7 dpi "
            "({bbb:SCI + MSC-EV@7} vs. {bbb:SCI + vehicle@7}), and the difference remained significant until "
            "42 dpi, when most treated rats showed consistent weight-supported plantar stepping."),
            ("table", "Table 1", "BBB locomotor scores.", _T4),
        ]),
        ("discussion", "Discussion", [
            ("Two early intravenous injections of MSC-EVs preserved the BSCB and improved locomotion. Our BBB values "
            "in vehicle-treated rats agree with previous MASCIS studies, in which scores of 8–9 were reached at "
            "6 weeks [1]."),
            ("Limitations include the use of male rats only and the lack of EV tracking. Whether higher doses, "
            "for instance 100 µg, give additional benefit remains to be tested."),
        ]),
    ],
    references=[POOL[i] for i in (0, 1, 2, 3, 4, 5, 6, 7, 10, 11, 13)],
    scores=_S4,
    back=[("Ethics", ("{{reported_welfare_compliance|The study was approved by the Animal Welfare Body of the "
                     "University of Valmorena}}.")),
          ("Competing interests", "{{reported_conflict_of_interest|The authors declare no competing interests}}.")],
    footnote=FOOTNOTE,
)

# --------------------------------------------------------------------------------------
# 5. USA (neurological surgery): hUC-MSC sEVs, Infinite Horizon, one jugular dose per kg.
#    Table on a landscape page: groups as rows, n in its own column, weeks only in a
#    spanning header over bare numbers, "mean (SEM)" with SEM stated only in the caption,
#    BBB beside body weight and grid-walk errors, a dose inside a wrapped group label.
# --------------------------------------------------------------------------------------

_D5 = [7.0, 14.0, 28.0, 42.0, 56.0]
_G5 = ["Sham", "SCI + vehicle", "SCI + sEV", "SCI + EV-depleted CM"]
_S5 = Scores(
    outcome="BBB", err="sem",
    groups=[("Sham", "sham", 9), ("SCI + vehicle", "control", 9), ("SCI + sEV", "treatment", 9),
            ("SCI + EV-depleted CM", "other", 9)],
    values={
        "Sham": dict(zip(_D5, [(21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)], strict=True)),
        "SCI + vehicle": dict(zip(_D5, [(3.2, 0.6), (6.1, 0.7), (8.4, 0.6), (9.3, 0.7), (9.6, 0.6)], strict=True)),
        "SCI + sEV": dict(zip(_D5, [(4.1, 0.5), (7.8, 0.6), (10.9, 0.6), (12.1, 0.5), (12.6, 0.5)], strict=True)),
        "SCI + EV-depleted CM": dict(zip(_D5, [(3.4, 0.6), (6.3, 0.8), (8.8, 0.7), (9.5, 0.7), (9.9, 0.8)],
                                         strict=True)),
    },
)
_LABEL5 = {"Sham": "Sham laminectomy", "SCI + vehicle": "SCI + vehicle (PBS, 1 mL/kg)",
           "SCI + sEV": "SCI + sEV (100 µg/kg)", "SCI + EV-depleted CM": "SCI + EV-depleted CM (1 mL/kg)"}
_W5 = {"Sham": ("238 (4)", "301 (6)", "1.2 (0.4)"), "SCI + vehicle": ("236 (5)", "262 (7)", "38.5 (3.1)"),
       "SCI + sEV": ("239 (4)", "279 (6)", "24.7 (2.6)"), "SCI + EV-depleted CM": ("237 (5)", "265 (8)", "36.9 (3.4)")}
_T5 = TideTable(
    head=[["Group", "n", ("BBB score, weeks post-injury", 5), ("Body weight (g)", 2), "Grid walk"],
          ["", "", "1", "2", "4", "6", "8", "Baseline", "Week 8", "errors, wk 8 (%)"]],
    body=[[_LABEL5[g], "9"] + [Score(g, d, "paren", "†" if g == "SCI + sEV" and d >= 28 else "") for d in _D5]
          + list(_W5[g]) for g in _G5],
    foot="†p < 0.01 vs. SCI + vehicle (mixed-effects model with Holm–Sidak correction). CM, conditioned medium.",
    grid="booktabs", pad=3.0, wrap_first=120, widths=[120, 24, 56, 56, 56, 56, 56, 52, 52, 84],
)

IBARRA = Study(
    stem="ibarra2024_hucmsc_sev_landscape_multioutcome",
    layout="tide:landscape,footer",
    title="A single intravenous dose of umbilical cord mesenchymal stromal cell small extracellular vesicles "
          "improves chronic locomotor outcomes after thoracic contusion in female rats",
    short_title="UC-MSC sEVs after thoracic contusion",
    authors=[("Daniela", "Ibarra"), ("Marcus T.", "Whitfield"), ("Priya", "Raghunathan"), ("Evan", "Kowalczyk"),
             ("Rebecca L.", "Stanfield")],
    affiliations=["Department of Neurological Surgery, Cedar Plains University School of Medicine, Omaha, NE, USA",
                  "Center for Spinal Cord Repair, Cedar Plains University, Omaha, NE, USA"],
    journal="Experimental Neurotherapeutics Reports",
    year=2024, volume="12:101487",
    doi="10.5555/enr.2024.101487", pmid="99107105", pmcid="PMC99107105", received="2023-09-30",
    values={
        "species": "rat", "strain": "Long-Evans", "sex": "female",
        "body_weight_g": {"low": 225, "high": 250}, "n_per_group": 9,
        "injury_model": "contusion", "injury_device": "Infinite Horizon impactor", "injury_level": "T10",
        "source_tissue": "umbilical_cord", "source_species": "human",
        "isolation_method": ["ultrafiltration", "size_exclusion"], "isolation_detail": "qEV10 70 nm columns",
        "characterization": ["NTA", "TEM", "western_blot"],
        "markers": ["CD63", "CD81", "Alix", "calnexin"],
        "size_nm": {"value": 118.0, "low": None, "high": None, "stat": "median", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug_per_kg", "volume_ul": None, "basis": "protein"},
        "route": "intravenous", "route_detail": "jugular vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 3.0,
        "mechanism": "reduced microglial activation and lesion volume",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, ("Small extracellular vesicles (sEVs) from mesenchymal stromal cells are being developed as acellular "
               "therapies for spinal cord injury (SCI), but chronic outcomes after a single dose are rarely "
               "reported. We gave female Long-Evans rats one intravenous dose of human umbilical cord MSC sEVs "
               "(100 µg/kg) 3 h after a 150-kdyn T10 contusion and followed them for 8 weeks. Compared with "
               "vehicle, sEVs improved Basso–Beattie–Bresnahan (BBB) scores from week 4 onward, reduced grid-walk "
               "errors, spared white matter and lowered Iba1 immunoreactivity; sEV-depleted conditioned medium "
               "had no effect. A single early dose of sEVs may act by "
               "{{mechanism|reducing microglial activation and lesion volume}}.")),
    ],
    keywords=["small extracellular vesicles", "umbilical cord", "contusion", "Long-Evans", "microglia"],
    sections=[
        ("intro", "Introduction", [
            ("Approximately 18,000 new spinal cord injuries (SCI) occur each year in the United States, and no "
            "approved therapy restores lost function [1]. Mesenchymal stromal cell (MSC) transplantation improves "
            "outcomes in rodents, but cell survival is poor and the benefit is attributed largely to secreted "
            "factors, including small extracellular vesicles (sEVs) [2,4]."),
            ("Most preclinical studies have followed animals for 4 weeks or less and used repeated dosing [11]. We "
            "asked whether one intravenous dose, given within a clinically feasible window, produces a durable "
            "effect over 8 weeks, and whether the EV fraction accounts for the activity of conditioned medium."),
        ]),
        ("methods", "Methods", [
            ("h", "Animals"),
            ("All procedures followed the NIH Guide for the Care and Use of Laboratory Animals and "
            "{{reported_welfare_compliance|were approved by the Cedar Plains University Institutional Animal Care "
            "and Use Committee}} (protocol 21-044). Adult {{species,strain,sex|female Long-Evans rats}} "
            "({{body_weight_g|225–250 g}}; Envigo) were used. "
            "{{reported_sample_size_calculation,n_per_group|An a priori power analysis (α = 0.05, 80% power, expected "
            "difference 2.5 BBB points, SD 1.8) indicated 9 animals per group}}."),
            ("h", "Spinal cord injury"),
            ("Under isoflurane anesthesia, a {{injury_level|T10}} laminectomy was performed and a moderate "
            "{{injury_model|contusion}} (150 kdyn) was produced with the {{injury_device|Infinite Horizon impactor}} "
            "(Precision Systems and Instrumentation). Actual force and displacement were recorded for each animal. "
            "Sham animals received laminectomy only."),
            ("h", "sEV production"),
            ("{{source_species,source_tissue|Human umbilical cord MSCs (three donors)}} were expanded in "
            "xeno-free medium. Conditioned medium was cleared (2,000 × g, 20 min), "
            "{{isolation_method|concentrated by ultrafiltration (100 kDa)}} and fractionated by "
            "{{isolation_method|size-exclusion chromatography}} on {{isolation_detail|qEV10 70 nm columns}} "
            "(Izon). The protein-rich late fractions were pooled as EV-depleted conditioned medium (CM)."),
            ("h", "sEV characterization"),
            ("Particle size was measured by {{characterization|nanoparticle tracking analysis}} (NanoSight NS300, "
            "five 60-s videos). Morphology was examined by {{characterization|transmission electron microscopy}}. "
            "{{characterization,markers|Immunoblots were probed for CD63, CD81, Alix and calnexin}}."),
            ("h", "Treatment"),
            ("Animals were {{reported_randomisation|randomized to treatment with a random number generator}} after "
            "injury. At {{timing_post_injury_h|3 h post-injury}}, rats received "
            "{{frequency|a single dose}} of {{dose|sEVs (100 µg/kg of EV protein)}}, vehicle (PBS, 1 mL/kg) or "
            "EV-depleted CM (1 mL/kg) {{route|intravenously}} through a {{route_detail|jugular vein}} catheter "
            "placed at surgery."),
            ("h", "Behavioral testing"),
            ("Open-field locomotion was rated on the BBB scale weekly for 8 weeks by "
            "{{reported_blinded_assessment|two observers masked to group}}. Grid-walk errors were counted at "
            "week 8. Body weight was recorded weekly."),
            ("h", "Statistical analysis"),
            ("BBB data were analyzed with a mixed-effects model (group × time) and Holm–Sidak post hoc tests "
            "(Prism 10). Data are mean (SEM) unless noted."),
        ]),
        ("results", "Results", [
            ("h", "sEV characterization"),
            ("By NTA the {{size_nm|median particle diameter was 118 nm}} (D10 74 nm, D90 196 nm). sEVs were positive "
            "for CD63, CD81 and Alix and negative for calnexin."),
            ("h", "Locomotor recovery"),
            ("Injury parameters (actual force 154 (2) kdyn) did not differ between groups. No animal was excluded. "
            "BBB scores improved in all injured groups over 8 weeks (Table 1). The sEV group diverged from "
            "vehicle from week 4 and reached {bbb:SCI + sEV@56|paren} at week 8, versus "
            "{bbb:SCI + vehicle@56|paren} with vehicle. Animals given EV-depleted CM were indistinguishable from "
            "vehicle controls."),
            ("table", "Table 1", ("Locomotor and general outcomes over 8 weeks after T10 contusion. Values are mean "
                                 "(SEM)."), _T5),
            ("h", "Histology"),
            ("At week 8, spared white matter at the epicenter was 31% larger and Iba1<sup>+</sup> area 40% smaller "
            "in sEV-treated rats than in vehicle-treated rats."),
        ]),
        ("discussion", "Discussion", [
            ("A single intravenous dose of UC-MSC sEVs produced a sustained improvement of about 3 BBB points, "
            "consistent with earlier reports using multiple doses of 1 × 10<sup>10</sup> particles [11]."),
            ("The lack of effect of EV-depleted CM argues that vesicles, not soluble proteins, carry the activity. "
            "Limitations include a single dose level and the use of female rats only."),
        ]),
    ],
    references=[POOL[i] for i in (0, 1, 2, 3, 4, 6, 7, 10, 11, 13, 15)],
    scores=_S5,
    back=[("Author contributions", ("D.I. and R.L.S. designed the study; D.I., M.T.W. and P.R. performed "
                                   "experiments; E.K. analyzed data.")),
          ("Declaration of competing interest", ("{{reported_conflict_of_interest|The authors declare that they "
                                                "have no known competing financial interests}}."))],
    footnote=FOOTNOTE,
)

# --------------------------------------------------------------------------------------
# 6. Egypt (histology department): rat BM-MSC exosomes weekly for four weeks, no strain.
#    Table: groups as rows with long labels that wrap, "No." column, ordinal week headers
#    ("1st" ...) with the unit only in the caption, SEM only in the footnote, letter
#    symbols glued to the numbers, unruled body.
# --------------------------------------------------------------------------------------

_D6 = [7.0, 14.0, 21.0, 28.0]
_G6 = ["Group I (sham-operated control)", "Group II (SCI, untreated)", "Group III (SCI + BM-MSC-Exo)"]
_S6 = Scores(
    outcome="BBB", err="sem",
    groups=[(_G6[0], "sham", 10), (_G6[1], "control", 10), (_G6[2], "treatment", 10)],
    values={
        _G6[0]: dict(zip(_D6, [(21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)], strict=True)),
        _G6[1]: dict(zip(_D6, [(2.1, 0.3), (4.0, 0.4), (5.3, 0.4), (6.2, 0.5)], strict=True)),
        _G6[2]: dict(zip(_D6, [(3.0, 0.4), (6.4, 0.5), (8.9, 0.5), (10.7, 0.6)], strict=True)),
    },
)
_T6 = TideTable(
    head=[["Groups", "No.", "1st", "2nd", "3rd", "4th"]],
    body=[[_G6[0], "10"] + [Score(_G6[0], d) for d in _D6],
          [_G6[1], "10"] + [Score(_G6[1], d, "pm", "a") for d in _D6],
          [_G6[2], "10"] + [Score(_G6[2], d, "pm", "ab" if d >= 14 else "a") for d in _D6]],
    foot="Data are expressed as mean ± SEM. a: significant versus group I; b: significant versus group II "
         "(P < 0.05, ANOVA followed by Tukey's test).",
    grid="booktabs", pad=2.0, wrap_first=95,
)

ISMAIL = Study(
    stem="ismail2022_rbmsc_exo_weekly_ordinal_weeks",
    layout="single",
    title="Bone marrow mesenchymal stem cell-derived exosomes ameliorate apoptosis and oxidative stress in "
          "experimental spinal cord injury in adult male albino rats: a histological and immunohistochemical study",
    short_title="BM-MSC exosomes in experimental SCI",
    authors=[("Nourhan M.", "Ismail"), ("Ahmed S.", "Abdelrahman"), ("Mona H.", "El-Sherbiny"),
             ("Rania A.", "Fouad"), ("Karim E.", "Mansour")],
    affiliations=["Department of Histology and Cell Biology, Faculty of Medicine, Nile Delta University, Egypt",
                  "Department of Medical Physiology, Faculty of Medicine, Nile Delta University, Egypt"],
    journal="Egyptian Journal of Histology and Regenerative Medicine",
    year=2022, volume="45(3):612–628",
    doi="10.5555/ejhrm.2022.612", pmid="99107106", pmcid="PMC99107106", received="2021-12-05",
    values={
        "species": "rat", "sex": "male",
        "body_weight_g": {"low": 180, "high": 220}, "n_per_group": 10,
        "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T10",
        "source_tissue": "bone_marrow", "source_species": "rat",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 ×g 1 h",
        "characterization": ["TEM", "DLS", "flow_cytometry"],
        "markers": ["CD63", "CD81"],
        "size_nm": {"value": 85.3, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 500, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 4, "interval_h": 168}, "timing_post_injury_h": 24.0,
        "mechanism": "suppression of apoptosis and oxidative stress",
        "reported_randomisation": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Introduction", ("Spinal cord injury (SCI) leads to permanent disability. Exosomes derived from "
                         "mesenchymal stem cells are a promising cell-free therapy.")),
        ("Aim of the work", ("To evaluate the possible therapeutic effect of bone marrow mesenchymal stem "
                            "cell-derived exosomes (BM-MSC-Exo) on experimentally induced SCI in adult male albino "
                            "rats.")),
        ("Materials and methods", ("Thirty rats were divided equally into three groups: group I (sham-operated "
                                  "control), group II (SCI, untreated) and group III (SCI treated with BM-MSC-Exo). "
                                  "Locomotor function was assessed weekly by the BBB score. Spinal cord specimens "
                                  "were processed for histological, immunohistochemical and biochemical studies.")),
        ("Results", ("Group III showed significant improvement of BBB score at the end of the 4th week "
                    "({bbb:Group III (SCI + BM-MSC-Exo)@28}) compared with group II, with decreased caspase-3 and "
                    "malondialdehyde and increased glutathione.")),
        ("Conclusion", ("BM-MSC-Exo improved the structure and function of the injured spinal cord through "
                       "{{mechanism|suppression of apoptosis and oxidative stress}}.")),
    ],
    keywords=["Exosomes", "Mesenchymal stem cells", "Spinal cord injury", "Caspase-3", "Oxidative stress"],
    sections=[
        ("intro", "INTRODUCTION", [
            ("Spinal cord injury (SCI) is a serious health problem with an annual incidence of 15–40 cases per "
            "million worldwide [1]. The secondary injury involves ischaemia, oxidative stress, inflammation and "
            "apoptosis, which extend the damage to adjacent segments [3]."),
            ("Exosomes are extracellular vesicles 40–100 nm in diameter that transfer proteins, lipids and nucleic "
            "acids between cells [2]. MSC-derived exosomes showed neuroprotective effects in models of stroke and "
            "traumatic brain injury [11]. The present work was designed to evaluate the possible therapeutic "
            "effect of BM-MSC-derived exosomes on SCI in adult male albino rats."),
        ]),
        ("methods", "MATERIALS AND METHODS", [
            ("h", "Animals"),
            ("Thirty {{species,sex|adult male albino rats}} weighing {{body_weight_g|180–220 g}} were obtained from "
            "the animal house of the Faculty of Medicine, Nile Delta University. Rats were kept in clean cages "
            "with free access to food and water and left for one week for acclimatisation. "
            "{{reported_welfare_compliance|The experimental protocol was approved by the Institutional Animal Care "
            "and Use Committee of Nile Delta University (NDU-IACUC 2021/087)}}."),
            ("h", "Experimental design"),
            ("The rats were {{reported_randomisation|randomly divided}} into three equal groups "
            "({{n_per_group|10 rats each}}): Group I (sham-operated control): rats underwent laminectomy without "
            "injury. Group II (SCI, untreated): rats were subjected to SCI and received PBS. Group III "
            "(SCI + BM-MSC-Exo): rats were subjected to SCI and received "
            "{{dose|100 µg exosomal protein suspended in 0.5 ml PBS}} injected in the "
            "{{route,route_detail|tail vein}} {{frequency|once weekly for 4 weeks}}, "
            "{{timing_post_injury_h|starting 24 hours after induction of SCI}}."),
            ("h", "Induction of SCI"),
            ("Rats were anaesthetised by intraperitoneal injection of ketamine (75 mg/kg) and xylazine (10 mg/kg). "
            "Laminectomy was done at the {{injury_level|tenth thoracic vertebra (T10)}} and the spinal cord was "
            "injured by the {{injury_model,injury_device|weight-drop technique}} (a 10 g rod dropped from a height "
            "of 25 mm)."),
            ("h", "Preparation of BM-MSCs and exosomes"),
            ("{{source_species,source_tissue|BM-MSCs were isolated from the femurs and tibiae of 6-week-old male "
            "albino rats}} and cultured in DMEM with 10% FBS. Cells were identified by flow cytometry (CD90 and "
            "CD105 positive, CD34 and CD45 negative). Exosomes were separated from the culture supernatant of "
            "passage-3 cells by {{isolation_method,isolation_detail|ultracentrifugation at 100,000 ×g for 1 h}} "
            "at 4 °C after removal of debris at 10,000 ×g."),
            ("h", "Characterization of exosomes"),
            ("Exosomes were examined by {{characterization|transmission electron microscopy}}; their size was "
            "measured by {{characterization|dynamic light scattering (Zetasizer Nano ZS)}} and "
            "{{characterization,markers|CD63 and CD81 were detected by flow cytometry}}."),
            ("h", "Assessment of locomotor function"),
            ("Hindlimb motor function was evaluated with the BBB locomotor rating scale at the end of the 1st, "
            "2nd, 3rd and 4th weeks after SCI."),
            ("h", "Statistical analysis"),
            ("Data were analysed with SPSS version 25 and expressed as mean ± SEM. One-way ANOVA followed by "
            "Tukey's post hoc test was used; P < 0.05 was considered significant."),
        ]),
        ("results", "RESULTS", [
            ("h", "Characterization of exosomes"),
            ("Exosomes appeared as rounded vesicles by TEM. {{size_nm|The mean size of exosomes was 85.3 nm}} by "
            "DLS. They were positive for CD63 and CD81."),
            ("h", "BBB locomotor scores"),
            ("Group I showed normal locomotor function (score 21) throughout the experiment. Group II showed a "
            "significant decrease in BBB score compared with group I at all time points. Group III showed a "
            "significant increase in BBB score compared with group II starting from the end of the 2nd week "
            "(Table 1)."),
            ("table", "Table 1", ("BBB locomotor scores in the studied groups at the end of the 1st, 2nd, 3rd and "
                                 "4th weeks after SCI."), _T6),
            ("h", "Histological results"),
            ("H&E-stained sections of group II showed cavitations, vacuolations and darkly stained neurons. "
            "Group III showed apparently normal grey matter with few vacuoles. Caspase-3 immunoreactivity was "
            "markedly decreased in group III."),
        ]),
        ("discussion", "DISCUSSION", [
            ("In the current study, BM-MSC-Exo improved the BBB score of injured rats, in agreement with earlier "
            "studies in which exosomes were given as a single dose of 200 µg [5]. The decrease in caspase-3 and "
            "malondialdehyde suggests anti-apoptotic and antioxidant mechanisms."),
            "Further studies are recommended to determine the optimal dose and the long-term effects.",
        ]),
    ],
    references=[POOL[i] for i in (0, 1, 2, 3, 4, 6, 8, 10, 11, 12)],
    scores=_S6,
    back=[("Conflicts of interest", "{{reported_conflict_of_interest|There are no conflicts of interest}}."),
          ("Funding", "None.")],
    footnote=FOOTNOTE,
)

STUDIES = [IACOVELLI, IBARRA, ISMAIL]
