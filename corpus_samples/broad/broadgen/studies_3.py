"""Studies 9-12 of the broad corpus (everything invented; see ../README.md)."""

from __future__ import annotations

from broadgen.common import FOOTNOTE, MU, NB, days_label, refs
from broadgen.ext import BScores
from extgen.model import Study

# ---------------------------------------------------------------------------------------
# 9. Menstrual-blood MSC exosomes after aortic balloon ischaemia–reperfusion (no level),
#    rcf, TEM mean, "1.5E10 particles" femoral vein 1 h after reperfusion, twice weekly x2 weeks;
#    BBB only in text as lists over days (SD); Tarlov score as a trap.
# ---------------------------------------------------------------------------------------
_I = BScores("BBB", "sd", [("Sham", "sham", 8), ("I/R+PBS", "control", 8), ("I/R+MenSC-Exo", "treatment", 8)], {
    "Sham": {14: (21.0, 0.0)},
    "I/R+PBS": {1: (2.3, 1.1), 7: (5.0, 1.6), 14: (7.2, 1.8)},
    "I/R+MenSC-Exo": {1: (2.6, 1.2), 7: (7.9, 1.5), 14: (11.6, 1.7)},
})

IBRAHIM = Study(
    scores=_I,
    stem="ibrahim2020_mensc_exo_ischemia_femoral_twiceweekly",
    layout="single",
    title="Exosomes derived from menstrual blood stem cells protect motor neurons after spinal cord ischaemia–reperfusion in rats",
    short_title="MenSC exosomes in spinal ischaemia",
    authors=[("Yasmin", "Ibrahim"), ("Felix", "Brandt"), ("Mei", "Takahashi"), ("Daniel", "Okafor")],
    affiliations=["Vascular Neurology Laboratory, Al-Noor Medical University (invented)", "Department of Anaesthesia, Lindenau Clinic (invented)"],
    journal="Journal of Spinal Ischemia Research",
    year=2020, volume="8(4):301–314", doi="10.5555/jsir.2020.08.301", pmid="99200109", pmcid="PMC9920109",
    received="2020-09-14",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 280, "high": 320},
        "n_per_group": 8, "injury_model": "ischemia_reperfusion", "injury_device": "balloon catheter",
        "source_tissue": "menstrual_blood", "source_species": "human",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "120,000 rcf for 2 h",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "HSP70", "calnexin"],
        "size_nm": {"value": 76.5, "low": None, "high": None, "stat": "mean", "method": "TEM"},
        "dose": {"amount": 1.5e10, "unit": "particles", "volume_ul": None, "basis": "particles"},
        "route": "intravenous", "route_detail": "femoral vein",
        "frequency": {"doses": 4, "interval_h": 84}, "timing_post_injury_h": 1.0,
        "mechanism": "anti-apoptotic effect on motor neurons via Bcl-2/Bax",
        "reported_blinded_assessment": True,
    },
    abstract=[
        ("Aims", "Paraplegia after thoraco-abdominal aortic surgery results from spinal cord ischaemia. We tested exosomes from human menstrual blood-derived stem cells (MenSC-Exo)."),
        ("Main methods", "Ischaemia was induced by a balloon catheter in the descending aorta for 12 min. MenSC-Exo were injected intravenously twice a week for two weeks."),
        ("Key findings", "Treated rats had more surviving motor neurons, a higher Bcl-2/Bax ratio and better BBB scores."),
    ],
    keywords=["spinal cord ischaemia", "reperfusion", "menstrual blood", "motor neurons"],
    sections=[
        ("intro", "Introduction", [
            f"Delayed paraplegia follows 4–16% of open aortic repairs [5]. Mesenchymal-like cells from menstrual blood are easy to collect [2]; their vesicles, like other exosomes, range from 30 to 150{NB}nm. Intravenous doses of 100 {MU}g have been protective in brain ischaemia [8].",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Ischaemia–reperfusion model"),
            "{{species,strain|Sprague-Dawley rats}} ({{sex|male}}; {{body_weight_g|280–320 g}}) were anaesthetised with sevoflurane. A {{injury_device|2F Fogarty balloon catheter}} was advanced through the left femoral artery into the descending thoracic aorta and inflated for 12 min to produce {{injury_model|spinal cord ischaemia, followed by reperfusion}}; proximal blood pressure was kept at 40 mmHg. Sham rats had the catheter placed without inflation. {{n_per_group|Eight rats per group}} were studied.",
            ("h", "MenSC culture and exosome purification"),
            "{{source_tissue,source_species|Menstrual blood was collected from three healthy female volunteers}} with menstrual cups; adherent cells were expanded to passage 5. Exosomes were purified from conditioned medium by differential centrifugation, the final step being {{isolation_method,isolation_detail|120,000 rcf for 2 h}} at 4 °C (fixed-angle rotor).",
            "Size was measured on {{characterization|TEM}} images; concentration by {{characterization|NTA}}. {{characterization|Western blot}} detected {{markers|CD9, CD63, HSP70}}; {{markers|calnexin}} was negative.",
            ("h", "Treatment"),
            "{{timing_post_injury_h|One hour after reperfusion}}, rats received {{dose|1.5E10 particles}} of MenSC-Exo in PBS {{route,route_detail|via the right femoral vein}}; injections were {{frequency|repeated twice weekly for 2 weeks}}. The I/R+PBS group received PBS on the same schedule.",
            ("h", "Neurological assessment"),
            "BBB scores were obtained on days 1, 7 and 14 by {{reported_blinded_assessment|two investigators blinded to treatment}}; the modified Tarlov score was recorded alongside. Data are presented as mean ± SD.",
        ]),
        ("results", "Results", [
            "Vesicles measured on TEM had a {{size_nm|mean diameter of 76.5 ± 14.2 nm}} (n = 200 vesicles); NTA gave 2.4 × 10<sup>11</sup> particles/mL.",
            "In the I/R+MenSC-Exo group, BBB scores were {bbb:I/R+MenSC-Exo@1}, {bbb:I/R+MenSC-Exo@7} and {bbb:I/R+MenSC-Exo@14} on days 1, 7 and 14, respectively, compared with {bbb:I/R+PBS@1}, {bbb:I/R+PBS@7} and {bbb:I/R+PBS@14} in the I/R+PBS group. Sham rats scored {bbb:Sham@14} on day 14. Tarlov scores on day 14 were 3.4 ± 0.5 and 2.1 ± 0.6.",
            "Surviving ventral-horn motor neurons at L3–L5 numbered 21 ± 4 per section with MenSC-Exo against 11 ± 3 with PBS.",
        ]),
        ("discussion", "Discussion", [
            f"The protective effect supports {{{{mechanism|anti-apoptotic effect on motor neurons via Bcl-2/Bax}}}}. In a rabbit model, a single dose of bone marrow exosomes improved Tarlov scores [8]; a rat study reported BBB 9.5 ± 2.0 on day 7 after 200 {MU}g [5].",
        ]),
    ],
    references=refs(0, 1, 2, 3, -5, 5, 6, 7),
    back=[("Ethics", "Approved by the (invented) Institutional Animal Care Committee, protocol 2019-17.")],
    notes=["Ischaemia–reperfusion by aortic balloon: no vertebral injury level is stated."],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------
# 10. siRNA-PTEN-loaded rat ADSC exosomes injected into the lesion one week after complete
#     transection; immunoaffinity isolation; cells-equivalent dose; table groups as rows with
#     "wk" labels (SEM); mean-only text; "six rats per group".
# ---------------------------------------------------------------------------------------
_J_DAYS = [7, 14, 28, 42, 56]
_J = BScores("BBB", "sem", [("Tx+PBS", "control", 6), ("Tx+Exo-siNC", "other", 6), ("Tx+Exo-siPTEN", "treatment", 6)], {
    "Tx+PBS": dict(zip(_J_DAYS, [(0.3, 0.2), (0.8, 0.3), (1.5, 0.4), (2.1, 0.4), (2.5, 0.5)])),
    "Tx+Exo-siNC": dict(zip(_J_DAYS, [(0.3, 0.2), (1.0, 0.3), (2.0, 0.4), (2.9, 0.5), (3.3, 0.5)])),
    "Tx+Exo-siPTEN": dict(zip(_J_DAYS, [(0.4, 0.2), (1.6, 0.4), (3.4, 0.5), (4.9, 0.6), (5.9, 0.6)])),
})

JANSEN = Study(
    scores=_J,
    stem="jansen2017_radsc_exo_sipten_transection_delayed",
    layout="twocol",
    title="Delayed intralesional delivery of siPTEN-loaded adipose stem cell exosomes after complete spinal cord transection",
    short_title="siPTEN exosomes after transection",
    authors=[("Pieter", "Jansen"), ("Amara", "Nwosu"), ("Elif", "Demir")],
    affiliations=["Neuroregeneration Group, Polder Medical Centre (invented)", "Department of Cell Biology, Sint-Anna University (invented)"],
    journal="Experimental Neural Regeneration",
    year=2017, volume="42:88–99", doi="10.5555/ENR.2017.42.88", pmid="99200110", pmcid="PMC9920110",
    received="2017-01-20",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 180, "high": 200},
        "n_per_group": 6, "injury_model": "transection", "injury_level": "T10",
        "source_tissue": "adipose", "source_species": "rat", "modification": "siRNA PTEN loading",
        "isolation_method": ["immunoaffinity"], "isolation_detail": "anti-CD81 immunomagnetic beads",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD81", "TSG101", "Alix", "calnexin"],
        "size_nm": {"value": 101.7, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 1e6, "unit": "cells_equivalent", "volume_ul": 4, "basis": None},
        "route": "intralesional", "route_detail": "lesion epicentre",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 168.0,
        "mechanism": "PTEN knockdown enabling mTOR-dependent axon regrowth",
        "reported_randomisation": True, "reported_blinded_assessment": True,
    },
    abstract=[
        (None, "PTEN restrains axon regrowth. We {{modification|loaded exosomes from rat adipose-derived stem cells with siRNA against PTEN}} (Exo-siPTEN) and injected them {{route|into the lesion}} one week after complete thoracic transection in rats. Exo-siPTEN reduced PTEN in the cord, increased mTOR activity and serotonergic fibres caudal to the lesion, and modestly improved BBB scores over eight weeks."),
    ],
    keywords=["PTEN", "siRNA", "transection", "delayed treatment", "adipose"],
    sections=[
        ("intro", "Introduction", [
            f"Complete transection leaves rats with BBB scores near 2–3 even months later [1]. Vesicle-based delivery of siRNA avoids viral vectors [4]; typical loading protocols use 10–50 {MU}g of exosomes and vesicles of 50–150 nm.",
        ]),
        ("methods", "Methods", [
            "{{species,strain,sex|Female Sprague-Dawley rats}} ({{body_weight_g|180–200 g}}) were {{reported_randomisation|randomly assigned}} ({{n_per_group|six rats per group}}) to Tx+PBS, Tx+Exo-siNC or Tx+Exo-siPTEN. After laminectomy at {{injury_level|T10}}, the cord was {{injury_model|completely transected}} with iridectomy scissors and the gap inspected under a microscope.",
            "{{source_tissue,source_species|Adipose-derived stem cells (ADSCs) were isolated from inguinal fat pads of Sprague-Dawley rats}}. Exosomes were captured from conditioned medium with {{isolation_method,isolation_detail|anti-CD81 immunomagnetic beads}} and eluted at low pH. {{modification|siPTEN or scrambled siRNA was loaded with Exo-Fect}} (37 °C, 10 min).",
            "Preparations were analysed by {{characterization|NTA}}, {{characterization|TEM}} and {{characterization|immunoblotting}} for {{markers|CD81, TSG101, Alix}} and {{markers|calnexin}}.",
            f"{{{{timing_post_injury_h|One week after injury}}}}, the site was re-exposed and {{{{dose|exosomes secreted by 1 × 10<sup>6</sup> ADSCs, in 4 {MU}L PBS}}}}, were {{{{route,route_detail|injected into the lesion epicentre}}}} (two 2-{MU}L deposits, Hamilton syringe) as a {{{{frequency|single treatment}}}}.",
            "BBB scores were recorded weekly by {{reported_blinded_assessment|blinded raters}} (mean ± SEM).",
        ]),
        ("results", "Results", [
            "NTA: {{size_nm|mean 101.7 nm}}; siRNA loading 18%.",
            ("table", "Table 1", "BBB scores after transection (mean ± SEM). Treatment was given at 1 wk, after scoring.", {
                "orient": "cols", "days": _J_DAYS, "groups": ["Tx+PBS", "Tx+Exo-siNC", "Tx+Exo-siPTEN"],
                "day_fmt": days_label("{w} wk")}),
            "By 8 weeks, rats given Exo-siPTEN had improved to {bbb:Tx+Exo-siPTEN@56|mean}, whereas PBS-treated rats remained at {bbb:Tx+PBS@56|mean} (P < 0.01). 5-HT fibres caudal to the lesion were 2.6-fold denser.",
        ]),
        ("discussion", "Discussion", [
            "Even one week after injury, local siPTEN exosomes helped. We propose {{mechanism|PTEN knockdown enabling mTOR-dependent axon regrowth}}. Acute intravenous exosomes after contusion give larger gains (BBB 12–14 [5]) but contusion spares tissue that transection does not.",
        ]),
    ],
    references=refs(0, 1, 2, 3, -5),
    back=[],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------
# 11. SHED exosomes, OSU impactor T11, miRCURY precipitation, "on days 1, 3 and 7" tail vein;
#     totals only (no n_per_group; rows n null); "(… vs. …; p = …)" text; table days as rows
#     "d 7" (SEM); grid-walk and cited BMS traps.
# ---------------------------------------------------------------------------------------
_K_DAYS = [1, 7, 14, 21, 28, 35]
_K = BScores("BBB", "sem", [("Sham", "sham", None), ("Vehicle", "control", None), ("SHED-Exo", "treatment", None)], {
    "Sham": dict(zip(_K_DAYS, [(21.0, 0.0)] * 6)),
    "Vehicle": dict(zip(_K_DAYS, [(0.8, 0.3), (3.1, 0.5), (4.9, 0.7), (6.0, 0.6), (6.7, 0.7), (7.2, 0.7)])),
    "SHED-Exo": dict(zip(_K_DAYS, [(0.9, 0.3), (4.0, 0.6), (7.4, 0.8), (9.0, 0.7), (10.1, 0.8), (10.6, 0.8)])),
})

KOWALSKI = Study(
    scores=_K,
    stem="kowalski2022_shed_exo_days137_totals_only",
    layout="single",
    title="Three early intravenous doses of exosomes from stem cells of human exfoliated deciduous teeth improve recovery after spinal cord contusion",
    short_title="SHED exosomes on days 1, 3 and 7",
    authors=[("Marta", "Kowalski"), ("Abdul", "Karim"), ("Jonas", "Weber"), ("Thandiwe", "Nkosi"), ("Pablo", "Ruiz-Vega")],
    affiliations=["Department of Oral Biology, Vistula Medical Academy (invented)"],
    journal="Dental Stem Cells and Regeneration",
    year=2022, volume="4(1):e220013", doi="10.5555/dscr.e220013", pmid="99200111", pmcid="PMC9920111",
    received="2022-08-03",
    values={
        "species": "rat", "strain": "Lewis", "sex": "female", "body_weight_g": {"low": 200, "high": 200},
        "injury_model": "contusion", "injury_device": "OSU impactor", "injury_level": "T11",
        "source_tissue": "dental_pulp", "source_species": "human",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "miRCURY Exosome Isolation Kit",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD9", "CD63", "TSG101"],
        "size_nm": {"value": 119.0, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 50, "unit": "ug", "volume_ul": 100, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 3, "interval_h": None}, "timing_post_injury_h": 24.0,
        "mechanism": "suppression of TLR4/MyD88 signalling",
        "reported_randomisation": True, "reported_sample_size_calculation": True,
    },
    abstract=[
        (None, f"Stem cells from human exfoliated deciduous teeth (SHED) are an accessible source of vesicles. In female Lewis rats with a T11 contusion, SHED-derived exosomes (SHED-Exo, 50 {MU}g) given via the tail vein on days 1, 3 and 7 improved Basso–Beattie–Bresnahan scores from the second week and reduced TLR4 and MyD88 expression."),
    ],
    keywords=["SHED", "dental pulp", "TLR4", "contusion", "exosomes"],
    sections=[
        ("intro", "Introduction", [
            "Dental pulp stem cells secrete neurotrophic factors [3]. Extracellular vesicles are 30–1000 nm, exosomes 30–150 nm. In mice, dental pulp exosomes raised Basso Mouse Scale (BMS) scores to 4.6 ± 0.5 [11].",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals"),
            "{{reported_sample_size_calculation|Sample size was estimated with G*Power}}. Thirty-six {{species,strain,sex|female Lewis rats}} weighing {{body_weight_g|approximately 200 g}} were {{reported_randomisation|randomly assigned}} to sham, vehicle and SHED-Exo groups.",
            ("h", "Spinal cord injury"),
            "Rats were contused at {{injury_level|T11}} with the {{injury_model,injury_device|Ohio State University (OSU) electromagnetic impactor}} (1.1 mm displacement).",
            ("h", "SHED-Exo"),
            "{{source_tissue,source_species|SHED were isolated from the pulp of exfoliated deciduous teeth of healthy children aged 6–8 years}}. Exosomes were precipitated with the {{isolation_method,isolation_detail|miRCURY Exosome Isolation Kit}} (cell culture media). {{characterization|NTA}} (ZetaView), {{characterization|TEM}} and {{characterization|western blotting}} ({{markers|CD9, CD63, TSG101}}) were performed.",
            ("h", "Treatment"),
            f"Rats received {{{{dose|50 {MU}g SHED-Exo in 100 {MU}L saline}}}} {{{{route,route_detail|by tail vein injection}}}} {{{{timing_post_injury_h,frequency|on days 1, 3 and 7 after injury}}}}; vehicle rats received saline.",
            ("h", "Behaviour"),
            "BBB open-field scores were recorded on days 1, 7, 14, 21, 28 and 35 post-injury. Grid-walk errors were counted on day 35. Data are mean ± SEM.",
        ]),
        ("results", "Results", [
            "The {{size_nm|average particle size was 119 nm}} and TEM showed cup-shaped vesicles.",
            "SHED-Exo rats scored higher than vehicle rats from day 14 ({bbb:SHED-Exo@14} vs. {bbb:Vehicle@14}; p = 0.002), and the gap persisted to day 35 ({bbb:SHED-Exo@35} vs. {bbb:Vehicle@35}). Grid-walk errors fell from 14.2 ± 1.9 to 8.6 ± 1.4.",
            ("table", "Table 2", "BBB scores by day (mean ± SEM).", {
                "orient": "rows", "days": _K_DAYS, "groups": ["Sham", "Vehicle", "SHED-Exo"],
                "day_fmt": days_label("d {d}"), "corner": "Day"}),
            "TLR4 and MyD88 protein were reduced by 40% and 35% at day 7.",
        ]),
        ("discussion", "Discussion", [
            f"Three early doses were enough. Our findings suggest {{{{mechanism|suppression of TLR4/MyD88 signalling}}}}. Others gave 200 {MU}g once and reported BBB 11.8 ± 1.0 at day 28 [5].",
        ]),
    ],
    references=refs(0, 1, 2, 3, -5, 5, 6, 7, 8, 9, 10),
    back=[("Competing interests", "Not stated.")],
    notes=["Only the total (36 rats) is stated: n_per_group is absent and outcome rows have n null.",
           "Doses on days 1, 3 and 7 are irregular: frequency interval_h is null."],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------
# 12. IFN-gamma-preconditioned hBMSC exosomes, both sexes, forceps compression T8, rpm with
#     g equivalent, intrathecal catheter; dose, frequency and timing only in a group table;
#     BBB table weeks as rows (SD) + mean-only sentence; "n = 9 rats per group" in caption.
# ---------------------------------------------------------------------------------------
_L_DAYS = [7, 14, 21, 28, 35, 42]
_L = BScores("BBB", "sd", [("Sham", "sham", 9), ("SCI+Vehicle", "control", 9), ("Naive-Exo", "other", 9),
                           ("IFN-Exo", "treatment", 9)], {
    "Sham": dict(zip(_L_DAYS, [(21.0, 0.0)] * 6)),
    "SCI+Vehicle": dict(zip(_L_DAYS, [(2.8, 1.0), (4.6, 1.2), (5.9, 1.3), (6.9, 1.2), (7.7, 1.3), (8.3, 1.4)])),
    "Naive-Exo": dict(zip(_L_DAYS, [(3.0, 1.1), (5.3, 1.2), (6.9, 1.3), (8.1, 1.4), (9.0, 1.3), (9.6, 1.4)])),
    "IFN-Exo": dict(zip(_L_DAYS, [(3.4, 1.1), (6.2, 1.3), (8.3, 1.2), (9.9, 1.3), (11.2, 1.4), (12.1, 1.3)])),
})

LOPEZ = Study(
    scores=_L,
    stem="lopez2019_ifng_hbmsc_exo_forceps_intrathecal_table",
    layout="twocol",
    title="Interferon-γ licensing of bone marrow MSCs enhances the immunomodulatory potency of their exosomes in a rat spinal cord compression model",
    short_title="IFN-γ-licensed MSC exosomes",
    authors=[("Ana Sofía", "López"), ("Gregor", "Hartl"), ("Ngozi", "Ike"), ("Ravi", "Subramanian")],
    affiliations=["Instituto de Medicina Regenerativa, Universidad del Pacífico Sur (invented)", "Immunology Unit, Alpine Research Hospital (invented)"],
    journal="Stem Cell Vesicle Research",
    year=2019, volume="3:41–55", doi="10.5555/scvr.2019.041", pmid="99200112", pmcid="PMC9920112",
    received="2019-10-28",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "both", "body_weight_g": {"low": 250, "high": 300},
        "n_per_group": 9, "injury_model": "compression", "injury_device": "modified forceps", "injury_level": "T8",
        "source_tissue": "bone_marrow", "source_species": "human", "modification": "IFN-γ preconditioning",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "32,000 rpm SW32 Ti (~110,000 g) 75 min",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD9", "CD81", "TSG101", "GM130"],
        "size_nm": {"value": 134.9, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 50, "unit": "ug", "volume_ul": 10, "basis": "protein"},
        "route": "intrathecal", "route_detail": "intrathecal catheter",
        "frequency": {"doses": 5, "interval_h": 24}, "timing_post_injury_h": 6.0,
        "mechanism": "IDO-mediated T-cell and macrophage immunomodulation",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
    },
    abstract=[
        (None, "Licensing MSCs with interferon-γ increases their immunosuppressive activity. We asked whether this carries over to their exosomes after spinal cord compression. Sprague-Dawley rats of both sexes received exosomes from {{modification|IFN-γ-preconditioned}} or naive human bone marrow MSCs through an intrathecal catheter. IFN-Exo improved locomotor scores and raised IDO and IL-10 in the lesion."),
    ],
    keywords=["interferon-γ", "licensing", "IDO", "compression", "intrathecal"],
    sections=[
        ("intro", "Introduction", [
            f"MSC immunomodulation depends on inflammatory licensing [12]. Intrathecal delivery places vesicles directly in the cerebrospinal fluid [6]; published intrathecal doses range from 10 to 100 {MU}g.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals and injury"),
            "{{species,strain,sex|Sprague-Dawley rats of both sexes}} ({{body_weight_g|250–300 g}}) were used in accordance with {{reported_welfare_compliance|the Guide for the Care and Use of Laboratory Animals}}. After a {{injury_level|T8}} laminectomy, the cord was {{injury_model,injury_device|compressed for 15 s with modified forceps}} closing to 0.9 mm.",
            "An {{route,route_detail|intrathecal catheter}} (PE-10) was inserted at L3 and advanced 3 cm rostrally at the time of injury.",
            ("h", "Exosomes"),
            "{{source_tissue,source_species|Human bone marrow MSCs}} (invented donor bank) were {{modification|primed with IFN-γ (50 ng/mL, 48 h)}} or left untreated. Exosomes were pelleted at {{isolation_method,isolation_detail|32,000 rpm in an SW32 Ti rotor (~110,000 g) for 75 min}} after pre-clearing steps.",
            "{{characterization|NTA}} (NanoSight LM10), {{characterization|TEM}} and {{characterization|western blot}} for {{markers|CD9, CD81, TSG101}} and {{markers|GM130}} were performed.",
            ("h", "Treatment groups"),
            "Groups and schedules are listed in Table 1.",
            ("table", "Table 1", "Experimental groups.", {"plain": [
                ["Group", "Treatment", "Dose", "Schedule"],
                ["Sham", "Laminectomy only", "—", "—"],
                ["SCI+Vehicle", "PBS via catheter", f"10 {MU}L", "As IFN-Exo"],
                ["Naive-Exo", "Exosomes from unprimed MSCs", f"50 {MU}g", "As IFN-Exo"],
                ["IFN-Exo", "Exosomes from IFN-γ-primed MSCs", f"{{{{dose|50 {MU}g in 10 {MU}L}}}}",
                 "{{frequency,timing_post_injury_h|once daily for 5 days, first dose 6 h post-injury}}"],
            ]}),
            ("h", "Behaviour"),
            "BBB was scored weekly for six weeks by {{reported_blinded_assessment|two observers unaware of group identity}}. Data are mean ± SD.",
        ]),
        ("results", "Results", [
            "Exosomes had a {{size_nm|mean size of 134.9 ± 52.3 nm}}; IFN-γ priming did not change size or yield.",
            ("table", "Table 2", "BBB locomotor scores (mean ± SD; {{n_per_group|n = 9 rats per group}}).", {
                "orient": "rows", "days": _L_DAYS, "groups": ["Sham", "SCI+Vehicle", "Naive-Exo", "IFN-Exo"],
                "day_fmt": days_label("Wk {w}"), "corner": "Time"}),
            "By week 6 IFN-Exo rats reached {bbb:IFN-Exo@42|mean}, against {bbb:SCI+Vehicle@42|mean} in the vehicle group and {bbb:Naive-Exo@42|mean} with naive exosomes. IDO1 and IL-10 were higher and CD4+ T cells fewer in the IFN-Exo lesions.",
        ]),
        ("discussion", "Discussion", [
            "Licensing improved exosome efficacy. We propose {{mechanism|IDO-mediated T-cell and macrophage immunomodulation}}. Intravenous native exosomes reached BBB 10–11 at 6 weeks elsewhere [5].",
        ]),
    ],
    references=refs(0, 1, 2, 3, -5, 5, 6, 7, 8, 9, 10, 11),
    back=[("Funding", "Supported by an invented regional grant.")],
    footnote=FOOTNOTE,
)

STUDIES = [IBRAHIM, JANSEN, KOWALSKI, LOPEZ]
