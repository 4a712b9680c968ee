"""Wide corpus, studies 8-10 (invented). Markup: see ``extgen.model`` and ``widegen.core``."""

from __future__ import annotations

from extgen.model import Scores

from widegen.core import WideStudy
from widegen.refs import NOTICE, POOL


def _v(days: list[float], pairs: list[tuple[float, float]]) -> dict[float, tuple[float, float]]:
    return dict(zip(days, pairs, strict=True))


# ----------------------------------------------------------------------------- 8
W8 = [7.0, 14.0, 28.0, 42.0, 56.0]
IVAN = WideStudy(
    stem="ivanova2021_rvg_hbmsc_exo_twiceweekly",
    layout="twocol",
    exercises="RVG peptide surface modification (in the title) vs unmodified exosomes; level in words "
              "'between the ninth and tenth thoracic vertebrae'; iodixanol gradient; particles twice weekly ×8 "
              "from day 1; '+/-' and '±' without spaces; 'wk' columns; week-8 'respectively' with groups after "
              "values (SEM)",
    title="RVG peptide-modified exosomes from human bone marrow MSCs home to the injured spinal cord",
    short_title="RVG-targeted exosomes in SCI",
    authors=[("Daria", "Ivanova"), ("Felipe", "Moura"), ("Kenji", "Arakawa"), ("Leila", "Benali")],
    affiliations=["Laboratory of Targeted Delivery, Volga Institute of Biomedicine (invented)",
                  "Spinal Unit, Kazan Coast Hospital (invented)"],
    journal="Molecular Neuro-Delivery",
    year=2021, volume="6(2):88–103", doi="10.5555/mnd.2021.06.088", pmid="99200108", pmcid="PMC99200108",
    received="2021-07-08",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 200, "high": 240},
        "n_per_group": 7, "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T9-T10",
        "source_tissue": "bone_marrow", "source_species": "human", "modification": "RVG peptide surface display",
        "isolation_method": ["density_gradient", "ultracentrifugation"],
        "isolation_detail": "iodixanol 5–40% gradient, 100,000 × g 18 h",
        "characterization": ["NTA", "TEM", "western_blot", "flow_cytometry"],
        "markers": ["CD63", "CD81", "TSG101", "calnexin"],
        "size_nm": {"value": 108.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 4e9, "unit": "particles", "volume_ul": 200, "basis": "particles"},
        "route": "intravenous", "route_detail": "tail vein", "frequency": {"doses": 8, "interval_h": 84},
        "timing_post_injury_h": 24.0, "mechanism": "targeted delivery to neurons reducing neuroinflammation",
        "reported_blinded_assessment": True,
    },
    abstract=[
        (None, "Systemically injected exosomes accumulate mainly in liver and spleen. We displayed the "
               "neuron-targeting rabies virus glycoprotein (RVG) peptide on exosomes from human bone marrow "
               "mesenchymal stem cells (RVG-Exo) by fusing it to Lamp2b, and compared them with unmodified "
               "exosomes (Exo) in rats with contusive spinal cord injury. RVG-Exo accumulated more in the lesion "
               "and improved BBB scores over eight weeks, consistent with "
               "{{mechanism|targeted delivery to neurons reducing neuroinflammation}}."),
    ],
    keywords=["RVG", "targeting", "exosomes", "bone marrow", "spinal cord injury"],
    sections=[
        ("intro", "Introduction", [
            "Fewer than 1% of intravenously injected vesicles reach the injured cord [15]. Surface peptides can "
            "redirect vesicles to neural tissue [8]. A study using 2 × 10<sup>10</sup> particles of "
            "unmodified vesicles reported BBB scores near 10 at eight weeks [13].",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Engineering and isolation"),
            "{{source_tissue,source_species|Human bone marrow MSCs (three donors, passage 4)}} were transduced "
            "with {{modification|a lentiviral Lamp2b–RVG construct, so that the RVG peptide was displayed on "
            "the exosome surface}}; control cells received Lamp2b alone, and their exosomes are called "
            "unmodified Exo. Conditioned medium was pre-cleared, concentrated and "
            "{{isolation_method,isolation_detail|layered on an iodixanol (OptiPrep) 5–40% gradient and "
            "centrifuged at 100,000 × g for 18 h}}; fractions of 1.08–1.12 g/mL were pooled and washed.",
            "Vesicles were analysed by {{characterization|NTA}}, {{characterization|TEM}}, "
            "{{characterization,markers|western blot (CD63, CD81, TSG101; calnexin negative)}} and "
            "{{characterization|flow cytometry of bead-bound exosomes}} for RVG display.",
            ("h", "Animals and injury"),
            "{{species,strain,sex,body_weight_g|Female Sprague-Dawley rats (200–240 g)}} were anaesthetised "
            "with ketamine/xylazine (80/10 mg/kg). After laminectomy, a "
            "{{injury_model,injury_device|10 g weight was dropped from 25 mm (modified Allen weight drop)}} "
            "onto the cord {{injury_level|between the ninth and tenth thoracic vertebrae}}.",
            ("h", "Treatment"),
            "{{dose,route,route_detail|Each injection delivered 4 × 10<sup>9</sup> particles in 200 µL PBS "
            "through the tail vein}}. {{frequency,timing_post_injury_h|Injections started on day 1 after "
            "injury and were given twice weekly for four weeks}}. PBS rats received vehicle on the same "
            "schedule. Groups comprised {{n_per_group|7 rats}} each.",
            ("h", "Behaviour"),
            "BBB scores were rated at 1, 2, 4, 6 and 8 weeks by {{reported_blinded_assessment|two blinded "
            "raters}}. Data are means ± SEM.",
        ]),
        ("results", "Results", [
            "NTA showed a {{size_nm|modal size of 108 nm}} for RVG-Exo and 104 nm for Exo. Flow cytometry "
            "detected RVG on 63% of bead-bound RVG-Exo.",
            "Fluorescently labelled RVG-Exo were 3.4-fold more abundant in the lesion than Exo at 24 h. "
            "Locomotor scores are given in Table 1. At 8 weeks, BBB scores were {o:RVG-Exo@56|tight} and "
            "{o:Exo@56|tight} for RVG-Exo and Exo, respectively, compared with {o:PBS@56|ascii} in PBS rats.",
            ("table", "Table 1", "BBB scores (mean ± SEM; n = 7 per group).",
             {"head": [["", "1 wk", "2 wk", "4 wk", "6 wk"]],
              "body": [[g] + [f"{{o:{g}@{d:g}}}" for d in W8[:4]] for g in ("PBS", "Exo", "RVG-Exo")],
              "widths": [0.2, 0.2, 0.2, 0.2, 0.2],
              "foot": "Week 8 values are given in the text."}),
        ]),
        ("discussion", "Discussion", [
            "Targeting roughly doubled the gain over PBS seen with unmodified exosomes. Other groups have "
            "reported 11.0 ± 0.9 with hydrogel-delivered vesicles [9].",
        ]),
    ],
    references=POOL[7:10] + POOL[12:15],
    scores=Scores(
        outcome="BBB", err="sem",
        groups=[("PBS", "control", 7), ("Exo", "other", 7), ("RVG-Exo", "treatment", 7)],
        values={
            "PBS": _v(W8, [(2.1, 0.4), (4.0, 0.5), (6.2, 0.6), (7.1, 0.6), (7.5, 0.7)]),
            "Exo": _v(W8, [(2.3, 0.4), (4.8, 0.5), (7.3, 0.6), (8.4, 0.7), (8.9, 0.7)]),
            "RVG-Exo": _v(W8, [(2.6, 0.5), (5.9, 0.6), (8.9, 0.7), (10.3, 0.7), (11.0, 0.8)]),
        },
    ),
    back=[("Competing interests", "{{reported_conflict_of_interest|The authors have no competing interests "
                                  "to declare.}}")],
    footnote=NOTICE,
)
IVAN.values["reported_conflict_of_interest"] = True

# ----------------------------------------------------------------------------- 9
DPI = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]
JENS = WideStudy(
    stem="jensen2020_wjmsc_exo_mouse_bms_ip",
    layout="single",
    exercises="mouse, BMS in text with 'dpi' ('reached', 'recovered to', group before value, 'mean (SD)'), "
              "BMS subscore and Louisville traps; Wharton's jelly, native stated; Total Exosome Isolation "
              "reagent; i.p. on days 1, 3 and 5",
    title="Exosomes from Wharton's jelly mesenchymal stromal cells improve locomotion of mice after spinal cord "
          "contusion",
    short_title="WJ-MSC exosomes in mouse SCI",
    authors=[("Sofie", "Jensen"), ("Ibrahim", "Sesay"), ("Clara", "Lindqvist"), ("Tuan", "Nguyen")],
    affiliations=["Department of Neuroscience, Øresund Institute (invented)"],
    journal="Neurotrauma Models and Methods",
    year=2020, volume="3:e2020.014", doi="10.5555/nmm.2020.014", pmid="99200109", pmcid="PMC99200109",
    received="2020-09-14",
    values={
        "species": "mouse", "strain": "C57BL/6", "sex": "female", "n_per_group": 8,
        "injury_model": "contusion", "injury_device": "Infinite Horizon impactor", "injury_level": "T10",
        "source_tissue": "wharton_jelly", "source_species": "human", "modification": "none",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "Total Exosome Isolation reagent",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "Alix"],
        "size_nm": {"value": 92.5, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 10, "unit": "ug", "volume_ul": 100, "basis": "protein"},
        "route": "intraperitoneal", "frequency": {"doses": 3, "interval_h": 48},
        "timing_post_injury_h": 24.0, "mechanism": "reduced TNF-α and IL-1β expression",
    },
    abstract=[
        (None, "We tested {{modification|native exosomes}} from human Wharton's jelly mesenchymal stromal cells "
               "(WJ-MSC-Exo) in female C57BL/6 mice after a moderate thoracic contusion. Three intraperitoneal "
               "doses improved Basso Mouse Scale (BMS) scores and {{mechanism|reduced TNF-α and IL-1β "
               "expression}} in the lesion."),
    ],
    keywords=["Wharton's jelly", "mouse", "Basso Mouse Scale", "exosomes"],
    sections=[
        ("intro", "Introduction", [
            "Mouse models allow genetic dissection of repair but need a different locomotor scale: the Basso "
            "Mouse Scale (BMS, 0–9) rather than the rat BBB scale [1]. Rat studies of vesicles typically report "
            "BBB gains of 3–4 points [13].",
        ]),
        ("methods", "Methods", [
            "{{species,strain,sex|Female C57BL/6 mice}}, 8–10 weeks old, were used ({{n_per_group|n = 8 mice "
            "per group}}). {{source_tissue,source_species|Mesenchymal stromal cells from the Wharton's jelly of "
            "human umbilical cords}} were grown to passage 5. Exosomes were isolated from 48-h conditioned "
            "medium with {{isolation_method,isolation_detail|Total Exosome Isolation reagent}} (Invitrogen) and "
            "characterised by {{characterization|TEM}}, {{characterization|NTA}} and "
            "{{characterization,markers|immunoblotting for CD9, CD63 and Alix}}.",
            "Mice were anaesthetised with ketamine (100 mg/kg) and xylazine (10 mg/kg). After laminectomy at "
            "{{injury_level|T10}}, a {{injury_model,injury_device|60 kdyn contusion was applied with the "
            "Infinite Horizon impactor}}. {{dose,route|WJ-MSC-Exo (10 µg in 100 µL PBS) were injected "
            "intraperitoneally}} {{frequency,timing_post_injury_h|on days 1, 3 and 5 after injury}}; controls "
            "received PBS.",
            "BMS scores were recorded at 1, 3, 7, 14, 21 and 28 days post-injury (dpi). Values are "
            "mean (SD).",
        ]),
        ("results", "Results", [
            "NTA gave a {{size_nm|mean particle diameter of 92.5 nm}}.",
            "At 1 dpi, all mice were paralysed (PBS, {o:PBS@1|paren}; WJ-MSC-Exo, {o:WJ-MSC-Exo@1|paren}). "
            "Treated mice reached {o:WJ-MSC-Exo@7|paren} at 7 dpi compared with {o:PBS@7|paren} for PBS, and "
            "the difference persisted: at 14 dpi {o:WJ-MSC-Exo@14|paren} vs {o:PBS@14|paren}, at 21 dpi "
            "{o:WJ-MSC-Exo@21|paren} vs {o:PBS@21|paren}. By 28 dpi, WJ-MSC-Exo mice had recovered to "
            "{o:WJ-MSC-Exo@28|paren}, with occasional plantar stepping, whereas PBS mice scored "
            "{o:PBS@28|paren}. The BMS subscore at 28 dpi was 4.6 (1.2) vs 2.0 (0.9).",
        ]),
        ("discussion", "Discussion", [
            "The gain of about two BMS points matches that reported with intravenous umbilical cord vesicles in "
            "mice (5.1 vs 3.0 at 28 dpi [5]). Exosomes of 30–150 nm cross the blood–spinal cord barrier only "
            "where it is disrupted [15].",
        ]),
    ],
    references=POOL[:2] + POOL[4:6] + POOL[12:15],
    scores=Scores(
        outcome="BMS", err="sd",
        groups=[("PBS", "control", 8), ("WJ-MSC-Exo", "treatment", 8)],
        values={
            "PBS": _v(DPI, [(0.3, 0.4), (0.8, 0.5), (1.6, 0.6), (2.4, 0.7), (2.9, 0.8), (3.1, 0.8)]),
            "WJ-MSC-Exo": _v(DPI, [(0.4, 0.4), (1.0, 0.6), (2.5, 0.7), (3.8, 0.8), (4.6, 0.9), (5.2, 0.9)]),
        },
    ),
    back=[],
    footnote=NOTICE,
)


# ----------------------------------------------------------------------------- 10
D4 = [3.0, 7.0, 14.0, 21.0, 28.0]
KOW = WideStudy(
    stem="kowalski2019_curcumin_bmsc_exo_hemisection",
    layout="single",
    exercises="curcumin loading by sonication; frequency and first-dose timing only in a group-allocation table; "
              "right hemisection at T10; Amicon 100 kDa + 120,000 g; DLS; days as rows with 'Day' prefix, "
              "groups across with a 'Cur-Exo' arm beside native 'Exo' (SD); value-before-group text",
    title="Curcumin-loaded bone marrow stromal cell exosomes after thoracic hemisection in rats",
    short_title="Curcumin-loaded exosomes after hemisection",
    authors=[("Agnieszka", "Kowalski"), ("Rui", "Matsuda"), ("Emeka", "Obi"), ("Lucía", "Serrano")],
    affiliations=["Department of Biopharmacy, Vistula Medical University (invented)"],
    journal="Acta Neurorestaurativa",
    year=2019, volume="41(2):155–170", doi="10.5555/anr.2019.041.155", pmid="99200110", pmcid="PMC99200110",
    received="2019-02-22",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male", "body_weight_g": {"low": 280, "high": 320},
        "n_per_group": 6, "injury_model": "hemisection", "injury_level": "T10",
        "source_tissue": "bone_marrow", "source_species": "rat", "modification": "curcumin loading",
        "isolation_method": ["ultrafiltration", "ultracentrifugation"],
        "isolation_detail": "Amicon 100 kDa; 120,000 × g 2 h",
        "characterization": ["DLS", "TEM", "western_blot"], "markers": ["CD63", "CD81", "calnexin"],
        "size_nm": {"value": 131.0, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": None, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein", "frequency": {"doses": 3, "interval_h": 72},
        "timing_post_injury_h": 24.0, "mechanism": "inhibition of NF-κB-mediated inflammation",
    },
    abstract=[
        (None, "Curcumin is anti-inflammatory but poorly bioavailable. We {{modification|loaded curcumin into "
               "exosomes of rat bone marrow stromal cells by sonication}} (Cur-Exo) and compared them with "
               "native exosomes (Exo) after right thoracic hemisection. Cur-Exo improved hindlimb scores and "
               "suppressed p65 nuclear translocation, pointing to {{mechanism|inhibition of NF-κB-mediated "
               "inflammation}}."),
    ],
    keywords=["curcumin", "drug loading", "exosomes", "hemisection"],
    sections=[
        ("intro", "Introduction", [
            "Oral curcumin reaches the cord at negligible concentrations [3]. Vesicles can carry small "
            "hydrophobic drugs [7]; earlier reports loaded 50 µg of drug per mg of vesicle protein [7].",
        ]),
        ("methods", "Methods", [
            "{{species,strain,sex,body_weight_g|Male Wistar rats (280–320 g)}} were assigned to the groups in "
            "Table 1 ({{n_per_group|six per group}}). {{source_tissue,source_species|Stromal cells were "
            "harvested from rat femoral bone marrow}}. Medium was concentrated with "
            "{{isolation_method,isolation_detail|Amicon Ultra-15 (100 kDa) filters}} and vesicles were "
            "{{isolation_method,isolation_detail|pelleted at 120,000 g for 2 h}}. Cur-Exo were prepared by "
            "sonicating exosomes with curcumin (1:5 w/w) and removing free drug on a spin column. Vesicles "
            "were examined by {{characterization|DLS}}, {{characterization|TEM}} and "
            "{{characterization,markers|western blot for CD63, CD81 and calnexin}}.",
            "Under isoflurane, a {{injury_model|right hemisection}} was made at {{injury_level|T10}} with "
            "microscissors after removal of the T9 and T10 laminae. {{dose,route,route_detail|Treated rats "
            "received 100 µg exosomes via the tail vein}} according to the schedule in Table 1.",
            ("table", "Table 1", "Group allocation and treatment schedule.",
             {"head": [["Group", "Treatment", "Schedule"]],
              "body": [["Sham", "None (laminectomy only)", "—"],
                       ["SCI", "PBS, 300 µL i.v.", "as Cur-Exo"],
                       ["Exo", "Native exosomes, 100 µg i.v.", "as Cur-Exo"],
                       ["Cur-Exo", "Curcumin-loaded exosomes, 100 µg i.v.",
                        "{{frequency,timing_post_injury_h|Days 1, 4 and 7 after injury}}"]],
              "widths": [0.18, 0.42, 0.40]}),
            "BBB scores were assessed on days 3, 7, 14, 21 and 28; data are mean ± SD.",
        ]),
        ("results", "Results", [
            "DLS gave a {{size_nm|mean hydrodynamic diameter of 131 nm}}; loading efficiency was 18%.",
            "A score of {o:Cur-Exo@28|mean} was reached by Cur-Exo rats on day 28, against "
            "{o:SCI@28|mean} for SCI rats. Scores at each time point are shown in Table 2.",
            ("table", "Table 2", "Ipsilateral hindlimb BBB scores (mean ± SD, n = 6).",
             {"head": [["", "SCI", "Exo", "Cur-Exo"]],
              "body": [[f"Day {d:g}"] + [f"{{o:{g}@{d:g}}}" for g in ("SCI", "Exo", "Cur-Exo")] for d in D4],
              "widths": [0.25, 0.25, 0.25, 0.25]}),
        ]),
        ("discussion", "Discussion", [
            "Loading curcumin added about two points to native exosomes. Intraperitoneal curcumin at "
            "100 mg/kg produced smaller effects in another hemisection study [3].",
        ]),
    ],
    references=POOL[2:8],
    scores=Scores(
        outcome="BBB", err="sd",
        groups=[("SCI", "control", 6), ("Exo", "other", 6), ("Cur-Exo", "treatment", 6)],
        values={
            "SCI": _v(D4, [(5.1, 1.2), (7.0, 1.3), (8.9, 1.4), (10.1, 1.5), (10.8, 1.4)]),
            "Exo": _v(D4, [(5.3, 1.1), (7.8, 1.2), (10.2, 1.3), (11.6, 1.4), (12.4, 1.3)]),
            "Cur-Exo": _v(D4, [(5.6, 1.2), (8.7, 1.3), (11.6, 1.4), (13.3, 1.5), (14.2, 1.4)]),
        },
    ),
    back=[],
    footnote=NOTICE,
)

STUDIES = [IVAN, JENS, KOW]
