"""Quill studies 3-6: clip, hemisection, Allen's weight drop, forceps compression."""

from __future__ import annotations

from common_q import GMU, MU, NB, scores, study
from extgen.common import POOL, dpi_fmt, week_fmt, wk_fmt

PM = "\u00b1"
EN = "\u2013"
X = "\u00d7"

# --- 3. szabo2022: aneurysm clip at T9, hypoxic adipose MSC exosomes, every other day from day 3 ---
_S_DAYS = [3.0, 7.0, 14.0, 21.0, 28.0, 42.0]
SZABO = study(
    stem="szabo2022_hypoxic_hadsc_exo_clip_eod", layout="manuscript",
    title="Hypoxia-preconditioned adipose stem cell exosomes started at the subacute stage restore locomotion after clip compression of the rat thoracic cord",
    short_title="Hypoxic ADSC exosomes after clip compression",
    authors=[("Réka", "Szabó"), ("Tomasz", "Wierzbicki"), ("Amara", "Okonjo"), ("Daniel", "Ferreyra"), ("Mei", "Lin")],
    affiliations=["Institute of Experimental Neurology, Imagined Medical University, Pécs", "Department of Regenerative Medicine, Fictitious Academy, Łódź"],
    journal="Cell Transplantation Letters (Synthetic)", year=2022, volume="31:1-22",
    doi="10.5555/ctl.2022.4410", pmid="99104410", pmcid="PMC9914410", received="2022-01-24",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 280, "high": 320},
        "n_per_group": 12, "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T9",
        "source_tissue": "adipose", "source_species": "human", "modification": "hypoxic preconditioning",
        "isolation_method": ["ultracentrifugation", "density_gradient"], "isolation_detail": "30% sucrose cushion, 110,000 g 90 min",
        "characterization": ["TEM", "NTA", "western_blot", "flow_cytometry"], "markers": ["CD63", "CD81", "HSP70", "calnexin"],
        "size_nm": {"value": 128.5, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 1e10, "unit": "particles", "volume_ul": 500, "basis": "particles"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 5, "interval_h": 48}, "timing_post_injury_h": 72.0,
        "mechanism": "HIF-1alpha/VEGF angiogenesis",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[(None, "Most vesicle studies treat rats within hours of injury, a window that is rarely available clinically. We preconditioned human adipose-derived MSCs in 1% oxygen and tested their exosomes (H-Exo) against normoxic exosomes (N-Exo) in rats with a 40 g clip compression, starting treatment three days after injury. H-Exo given intravenously every other day improved BBB scores to {bbb:H-Exo@42} at day 42 (N-Exo {bbb:N-Exo@42}; SCI {bbb:SCI@42}) and increased vessel density around the lesion.")],
    keywords=["hypoxia", "adipose-derived stem cells", "exosomes", "angiogenesis", "compression injury"],
    sections=[
        ("intro", "Introduction", [
            "Ischaemia is a hallmark of the injured cord, and exosomes from hypoxic MSCs are richer in pro-angiogenic microRNAs [9,16]. Clip compression reproduces the sustained compression of human burst fractures better than contusion [13]. Previous work with normoxic exosomes used a 20 g clip for 60 s at T3 and a single injection 1 h after injury [8].",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Study design"),
            "Sixty {{species,strain,sex|male Sprague-Dawley rats}} ({{body_weight_g|280" + EN + "320 g}}) were {{reported_randomisation|randomised by sealed envelopes}} into five groups: sham, SCI, SCI + N-Exo, SCI + H-Exo and an uninjured H-Exo toxicity group ({{n_per_group|12 rats in each group}}). The experiments were {{reported_welfare_compliance|approved by the Regional Animal Experimentation Ethics Committee and complied with the national guidelines for the care of laboratory animals}}.",
            ("h", "Clip compression model"),
            "Anaesthesia was induced with sodium pentobarbital (50 mg/kg, i.p.). After a T8 laminectomy, {{injury_model,injury_device|a modified aneurysm clip with a closing force of 40 g was applied extradurally for 60 s}} at the level of {{injury_level|thoracic 9}}. The bladder was expressed twice daily and ceftriaxone (50 mg/kg) was injected once daily for one week. Carprofen (5 mg/kg) was given before surgery and on days 1 and 2.",
            ("h", "Cell culture and hypoxic preconditioning"),
            "{{source_tissue,source_species|Human adipose-derived MSCs}} (ADSCs; invented supplier) were cultured in DMEM/F12. At 80% confluence, cells were washed and incubated in serum-free medium either in normoxia (21% O<sub>2</sub>) or in {{modification|hypoxia (1% O<sub>2</sub>, 5% CO<sub>2</sub>) for 48 h}} in a tri-gas incubator.",
            ("h", "Exosome isolation"),
            "Conditioned medium was spun at 500 g (10 min) and 10,000 g (30 min). Exosomes were then pelleted onto a {{isolation_method,isolation_detail|30% sucrose cushion}} by {{isolation_method,isolation_detail|ultracentrifugation at 110,000 g for 90 min}}, washed and resuspended in PBS. Particle number was measured by {{characterization|NTA}}, morphology by {{characterization|TEM}}, surface CD63 by {{characterization|bead-based flow cytometry}}, and {{characterization|western blot}} showed {{markers|CD63, CD81 and HSP70 but no calnexin}}.",
            ("h", "Treatment protocol"),
            "Injections started {{timing_post_injury_h|on day 3 after SCI}}. Rats received {{dose|1 " + X + " 10<sup>10</sup> particles in 500 " + MU + "l PBS}} of N-Exo or H-Exo, or 500 " + MU + "l PBS (SCI group), {{route,route_detail|through the lateral tail vein}}, {{frequency|every other day for a total of five injections}} (days 3, 5, 7, 9 and 11). Evans blue (2%, 4 ml/kg) was injected on day 7 in a separate cohort to assess barrier leakage.",
            "Locomotion was rated with the BBB scale at 3, 7, 14, 21, 28 and 42 dpi by {{reported_blinded_assessment|investigators who were blinded to the treatment groups}}. Results are mean " + PM + " SD.",
        ]),
        ("results", "Results", [
            "Hypoxic preconditioning did not change vesicle size: NTA gave {{size_nm|128.5 " + PM + " 11.2 nm for H-Exo}} and 131.0 " + PM + " 12.6 nm for N-Exo. Yield per cell was 1.6-fold higher under hypoxia.",
            "Before the first injection (3 dpi), all injured groups were similar (SCI {bbb:SCI@3}; H-Exo {bbb:H-Exo@3}). The H-Exo group separated from SCI by 14 dpi and from N-Exo by 28 dpi (Table 1).",
            ("table", "Table 1", "BBB scores after clip compression (mean " + PM + " SD; n = 12).",
             {"orient": "rows", "days": _S_DAYS, "groups": ["SCI", "N-Exo", "H-Exo"], "day_fmt": dpi_fmt, "corner": "Time",
              "foot": "<sup>*</sup>P < 0.05 versus SCI; <sup>#</sup>P < 0.05 versus N-Exo (two-way ANOVA, Tukey). Sham rats scored normally and are not shown."}),
            ("figure", "Figure 4", "Vessel density (CD31) at the lesion border on day 14. H-Exo increased CD31<sup>+</sup> vessels by 2.1-fold. Scale bar 100 " + MU + "m.", {}),
        ]),
        ("discussion", "Discussion", [
            "Subacute treatment with H-Exo improved recovery, probably through {{mechanism|HIF-1" + "\u03b1" + "/VEGF-mediated angiogenesis}}. In contrast to reports that used the NYU impactor at T10 or a complete transection at T10 with hydrogel implants [10], our clip model produces a larger ischaemic penumbra. Vesicles of 80" + EN + "100 nm were reported after hypoxic preconditioning elsewhere [9].",
        ]),
    ],
    back=[("Conflict of interest", "{{reported_conflict_of_interest|None declared.}}")],
    references=list(POOL[3:14]),
    scores=scores("BBB", "sd", [("SCI", "control", 12), ("N-Exo", "other", 12), ("H-Exo", "treatment", 12)], _S_DAYS, {
        "SCI": [(1.1, 0.7), (2.4, 0.9), (4.2, 1.2), (5.6, 1.3), (6.3, 1.4), (7.0, 1.5)],
        "N-Exo": [(1.2, 0.8), (2.9, 1.0), (5.4, 1.3), (6.9, 1.4), (7.8, 1.4), (8.6, 1.6)],
        "H-Exo": [(1.0, 0.6), (3.1, 1.1), (6.2, 1.3), (8.4, 1.5), (9.9, 1.6), (11.2, 1.7)],
    }),
)

# --- 4. marangoni2019 (preprint): hemisection T9-T10, placenta EVs, intranasal daily x7 within 2 h ---
_M_DAYS = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]
MARANGONI = study(
    stem="marangoni2019_hpmsc_ev_hemisection_intranasal", layout="preprint",
    title="Intranasal placental mesenchymal stromal cell extracellular vesicles after lateral hemisection of the rat spinal cord",
    short_title="Intranasal placental EVs after hemisection",
    authors=[("Giulia", "Marangoni"), ("Tiago", "Barros"), ("Aroha", "Whaanga"), ("Sven", "Lindqvist")],
    affiliations=["Laboratory of Neuroregeneration, Invented Institute, Padova", "Department of Anatomy, Fabricated University, Coimbra"],
    journal="Frontiers in Imaginary Neuroscience", year=2019, volume="13:822",
    doi="10.5555/fin.2019.00822", pmid="99100822", pmcid="PMC9910822", received="2019-08-30",
    values={
        "species": "rat", "strain": "Long-Evans", "sex": "female", "body_weight_g": {"low": 200, "high": 200},
        "n_per_group": 7, "injury_model": "hemisection", "injury_level": "T9-T10",
        "source_tissue": "placenta", "source_species": "human",
        "isolation_method": ["ultrafiltration", "size_exclusion"], "isolation_detail": "qEVoriginal/70 nm",
        "characterization": ["DLS", "TEM", "western_blot"], "markers": ["CD9", "CD63", "TSG101"],
        "size_nm": {"value": 142.0, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 50, "unit": "ug", "volume_ul": 20, "basis": "protein"},
        "route": "intranasal", "route_detail": "nostrils",
        "frequency": {"doses": 7, "interval_h": 24}, "timing_post_injury_h": 2.0,
        "mechanism": "microglial M2 polarisation",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
    },
    abstract=[(None, "Intranasal delivery is non-invasive and allows repeated dosing. Female Long-Evans rats underwent a right lateral hemisection and received human placental MSC-derived extracellular vesicles (pMSC-EVs) intranasally once daily for one week, starting within 2 h of injury. Ipsilateral hindlimb function improved by day 28 ({bbb:pMSC-EV@28} versus {bbb:Saline@28}), and Iba1<sup>+</sup> cells shifted towards an Arg1<sup>+</sup> phenotype.")],
    keywords=["intranasal", "extracellular vesicles", "placenta", "hemisection"],
    sections=[
        ("intro", "Introduction", [
            "Extracellular vesicles from placental MSCs are immunomodulatory [2,7]. In contusion models they have mostly been given through the tail vein at 100" + EN + "200 " + MU + "g [5]. Intranasal vesicles reach the spinal cord within hours [11], but their effect on a hemisection, which leaves the contralateral cord intact, has not been reported.",
        ]),
        ("methods", "Materials and methods", [
            "Twenty-eight {{species,strain,sex|female Long-Evans rats}} of about {{body_weight_g|200 g}} were used. {{reported_welfare_compliance|All experiments followed the ARRIVE guidelines and were authorised by the Italian Ministry of Health (authorisation 123/2018-PR).}}",
            "<i>Surgery.</i> Rats were anaesthetised with isoflurane and a laminectomy was made at T8" + EN + "T9. {{injury_model,injury_level|A right lateral hemisection was performed at the T9" + EN + "T10 level}} with microscissors and a 26 G needle passed through the cord to ensure completeness. Tramadol (10 mg/kg, s.c.) was given every 24 h for 3 days. An intrathecal catheter was not used.",
            "<i>Vesicles.</i> Placentas from term caesarean deliveries (invented biobank) yielded {{source_tissue,source_species|human placenta-derived MSCs}}. Conditioned medium (48 h) was concentrated by {{isolation_method|centrifugal ultrafiltration (100 kDa)}} and fractionated on {{isolation_method,isolation_detail|qEVoriginal/70 nm}} size-exclusion columns; fractions 7" + EN + "9 were pooled. Size was determined by {{characterization|dynamic light scattering}} (DLS) and morphology by {{characterization|TEM}}; {{characterization|western blot}} confirmed {{markers|CD9, CD63 and TSG101}}. In vitro, BV2 microglia were exposed to 10" + EN + "40 " + MU + "g/ml EVs.",
            "<i>Treatment.</i> Rats were divided into Sham, Saline and pMSC-EV groups; seven animals per group were tested behaviourally ({{n_per_group|n = 7}}). {{timing_post_injury_h|Within 2 h after hemisection}}, rats were held supine and {{dose|50 " + MU + "g of EVs in 20 " + MU + "l}} saline was applied dropwise {{route,route_detail|into both nostrils}} (10 " + MU + "l per nostril), preceded by 100 U hyaluronidase to open the nasal barrier. Administration was repeated {{frequency|daily for 7 days}}.",
            "<i>Behaviour.</i> BBB scores of the ipsilateral hindlimb were recorded on days 1, 3, 7, 14, 21 and 28 by {{reported_blinded_assessment|two raters blind to treatment}}. Data are mean " + PM + " SD.",
        ]),
        ("results", "Results", [
            "DLS showed {{size_nm|a mean hydrodynamic diameter of 142 nm}} (PDI 0.21).",
            "Ipsilateral BBB scores dropped to {bbb:Saline@1} (Saline) and {bbb:pMSC-EV@1} (pMSC-EV) on day 1. On day 7, the pMSC-EV group scored {bbb:pMSC-EV@7} compared with {bbb:Saline@7}; on day 14, {bbb:pMSC-EV@14} versus {bbb:Saline@14}; on day 21, {bbb:pMSC-EV@21} versus {bbb:Saline@21}; and on day 28, {bbb:pMSC-EV@28} versus {bbb:Saline@28} (P = 0.003). The contralateral limb remained near normal.",
            ("figure", "Figure 2", "Ipsilateral BBB scores over 28 days (mean " + PM + " SD, n = 7). Day 3 values were {bbb:Saline@3} (Saline) and {bbb:pMSC-EV@3} (pMSC-EV).", {}),
        ]),
        ("discussion", "Discussion", [
            "Daily intranasal EVs promoted {{mechanism|M2 polarisation of microglia}} and recovery after hemisection. Whether this holds after contusion with the Infinite Horizon impactor (e.g., 150 kdyn at T10) or after complete transection remains to be tested; a previous intranasal study in mice gave 3 doses at 24 h intervals [11].",
        ]),
    ],
    back=[("Data availability", "Data are available from the corresponding author on request.")],
    references=list(POOL[1:12]),
    scores=scores("BBB", "sd", [("Saline", "control", 7), ("pMSC-EV", "treatment", 7)], _M_DAYS, {
        "Saline": [(3.1, 1.2), (5.0, 1.5), (7.9, 1.8), (10.2, 1.9), (11.4, 2.0), (12.0, 2.1)],
        "pMSC-EV": [(3.3, 1.1), (5.9, 1.4), (9.6, 1.7), (12.8, 1.8), (14.5, 1.9), (15.6, 1.8)],
    }),
)

# --- 5. rautio2023 (journal, two columns): Allen's weight drop, dental pulp, TFF, subacute 7 d, weekly i.p. ---
_R_DAYS = [7.0, 14.0, 28.0, 42.0, 56.0]
RAUTIO = study(
    stem="rautio2023_dpsc_exo_allen_subacute_ip", layout="twocol",
    title="Dental pulp stem cell exosomes given at the subacute stage after Allen's weight-drop injury",
    short_title="Subacute DPSC exosomes",
    authors=[("Aino", "Rautio"), ("Kwame", "Asante"), ("Lucía", "Montalbán"), ("Farid", "Haddadi"), ("Yuki", "Oshiro"), ("Petra", "Halonen")],
    affiliations=["Faculty of Medicine, Invented University of Oulu-North", "Oral Biology Unit, Fictional Dental School, Kumasi"],
    journal="Experimental Spinal Medicine", year=2023, volume="48(2)",
    doi="10.5555/esm.2023.0208", pmid="99100208", pmcid="PMC9910208", received="2023-02-11",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "both", "body_weight_g": {"low": 230, "high": 300},
        "n_per_group": 9, "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T8",
        "source_tissue": "dental_pulp", "source_species": "human",
        "isolation_method": ["tangential_flow", "ultracentrifugation"], "isolation_detail": "tangential flow filtration, 300 kDa",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD9", "CD63", "Alix", "calnexin"],
        "size_nm": {"value": 118.0, "low": None, "high": None, "stat": "median", "method": "NTA"},
        "dose": {"amount": 2, "unit": "mg_per_kg", "volume_ul": None, "basis": "protein"},
        "route": "intraperitoneal",
        "frequency": {"doses": 4, "interval_h": 168}, "timing_post_injury_h": 168.0,
        "reported_randomisation": True, "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[("Objective", "To test whether exosomes from human dental pulp stem cells (DPSC-Exo) help when treatment begins one week after injury."),
              ("Methods", "Rats of both sexes received an Allen's weight-drop injury at T8 and, from day 7, weekly intraperitoneal DPSC-Exo (2 mg/kg) for four weeks."),
              ("Results", "BBB scores at week 8 were {bbb:DPSC-Exo@56} with DPSC-Exo and {bbb:Vehicle@56} with vehicle.")],
    keywords=["dental pulp stem cells", "exosome", "subacute", "weight drop"],
    sections=[
        ("intro", "Introduction", [
            "Acute-phase delivery dominates the vesicle literature [10]. Yet patients often reach specialised centres days after injury. A single dose of 1 mg/kg given 1 week later was ineffective in mice [4]; we therefore tested repeated weekly dosing in rats.",
        ]),
        ("methods", "Materials and methods", [
            "<b>Animals.</b> {{species,strain,sex|Sprague-Dawley rats of both sexes}} ({{body_weight_g|230" + EN + "300 g}}) were {{reported_randomisation|randomly allocated}} (stratified by sex) to vehicle or DPSC-Exo ({{n_per_group|n = 9/group}}). {{reported_welfare_compliance|The protocol was approved by the Animal Experiment Board (ESAVI/0000/2021).}}",
            "<b>Injury.</b> Under medetomidine" + EN + "ketamine anaesthesia, the T7 lamina was removed and the cord at the level of the {{injury_level|eighth thoracic vertebra}} was injured by {{injury_model,injury_device|Allen's weight-drop method (a 10 g weight falling 50 mm)}}. Atipamezole reversed anaesthesia. Buprenorphine was given twice daily for 48 h; manual bladder voiding was continued until day 14.",
            "<b>Exosomes.</b> {{source_tissue,source_species|Human dental pulp stem cells}} from extracted third molars (passage 4) were grown in exosome-free medium for 48 h. Medium was concentrated by {{isolation_method,isolation_detail|tangential flow filtration (300 kDa)}} and vesicles were pelleted by {{isolation_method|ultracentrifugation}} (100,000 g, 2 h). {{characterization|NTA}}, {{characterization|TEM}} and {{characterization|western blotting}} ({{markers|CD9, CD63, Alix; calnexin}} as negative control) were done per MISEV2018.",
            "<b>Dosing.</b> Treatment began {{timing_post_injury_h|1 week after SCI}}. DPSC-Exo ({{dose|2 mg/kg protein}}) or PBS was given by {{route|intraperitoneal injection}} {{frequency|once weekly for 4 weeks}}. BBB testing was done at weeks 1, 2, 4, 6 and 8; mean " + PM + " SEM are reported.",
        ]),
        ("results", "Results", [
            "The DPSC-Exo preparation had {{size_nm|a median size of 118 nm}} by NTA. Scores over time are listed in Table 1.",
            ("table", "Table 1", "BBB scores (mean " + PM + " SEM).",
             {"orient": "cols", "days": _R_DAYS, "groups": ["Vehicle", "DPSC-Exo"], "day_fmt": week_fmt, "corner": "Group"}),
        ]),
        ("discussion", "Discussion", [
            "Weekly DPSC-Exo from the subacute stage gave a modest but lasting benefit. Shorter schedules, such as 3 doses at 1, 3 and 5 days [5], or intrathecal infusion at L3 [8], may act differently.",
        ]),
    ],
    back=[("Competing interests", "{{reported_conflict_of_interest|The authors declare that they have no competing interests.}}")],
    references=list(POOL[4:15]),
    scores=scores("BBB", "sem", [("Vehicle", "control", 9), ("DPSC-Exo", "treatment", 9)], _R_DAYS, {
        "Vehicle": [(4.2, 0.6), (6.0, 0.7), (7.9, 0.8), (8.8, 0.8), (9.3, 0.9)],
        "DPSC-Exo": [(4.0, 0.6), (6.4, 0.7), (9.1, 0.8), (10.7, 0.9), (11.6, 0.9)],
    }),
)

# --- 6. chakraborty2024: forceps compression at T10, siRNA-loaded BMSC exosomes, jugular vein at days 1 and 3 ---
_C_DAYS = [1.0, 7.0, 14.0, 21.0, 28.0, 35.0]
CHAKRABORTY = study(
    stem="chakraborty2024_sipten_rbmsc_exo_forceps_jugular", layout="manuscript",
    title="PTEN siRNA-loaded bone marrow mesenchymal stem cell exosomes promote axonal regrowth after forceps compression injury in rats",
    short_title="siPTEN exosomes after forceps compression",
    authors=[("Ananya", "Chakraborty"), ("Oluwaseun", "Adebayo"), ("Jonas", "Weidinger"), ("María José", "Quiroga")],
    affiliations=["Department of Biotechnology, Made-up Institute of Science, Kolkata", "Neuroscience Program, Unreal University, Graz"],
    journal="Molecular Neurobiology Reports (Synthetic)", year=2024, volume="9(1):55-78",
    doi="10.5555/MNR.2024.0055", pmid="99100055", pmcid="PMC9910055", received="2024-04-05",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 250, "high": 250},
        "n_per_group": 6, "injury_model": "compression", "injury_device": "forceps", "injury_level": "T10",
        "source_tissue": "bone_marrow", "source_species": "rat", "modification": "siRNA PTEN loading",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "120,000 g 90 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "CD81", "TSG101", "calnexin"],
        "size_nm": {"value": 104.6, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug_per_kg", "volume_ul": 300, "basis": "protein"},
        "route": "intravenous", "route_detail": "jugular vein",
        "frequency": {"doses": 2, "interval_h": 48}, "timing_post_injury_h": 24.0,
        "mechanism": "PTEN knockdown, mTOR activation",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[(None, "PTEN restrains axon regrowth after central nervous system injury. We electroporated PTEN siRNA into exosomes from rat bone marrow MSCs (ExoSiPTEN) and injected them into the jugular vein of rats 1 and 3 days after forceps compression of the thoracic cord. ExoSiPTEN reduced PTEN in the cord, increased 5-HT<sup>+</sup> fibres caudal to the lesion, and improved BBB scores at day 35 to {bbb:ExoSiPTEN@35|paren}, compared with {bbb:Exo-NC@35|paren} for exosomes carrying a scrambled siRNA.")],
    keywords=["PTEN", "siRNA", "exosome", "axon regeneration", "compression"],
    sections=[
        ("intro", "Introduction", [
            "Deleting PTEN restores growth of corticospinal axons [3,14]. Exosomes can carry siRNA across biological barriers [2]; intranasal ExoPTEN was reported after complete transection at T10 in rats [10], with three doses at 24 h intervals. Here we asked whether two intravenous doses suffice after a compression injury.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals and ethics"),
            "{{species,strain,sex|Male Sprague-Dawley rats}} aged 8 weeks ({{body_weight_g|250 " + PM + " 10 g}}) were purchased from an invented vendor. {{reported_welfare_compliance|All procedures were approved by the Institutional Animal Ethics Committee (IAEC/MIS/2022/07) and conformed to the CPCSEA guidelines.}}",
            ("h", "Spinal cord injury"),
            "Rats were anaesthetised with an intraperitoneal injection of ketamine (75 mg/kg) and xylazine (5 mg/kg). After laminectomy of the T9 and T10 vertebrae, {{injury_model,injury_device|the cord was compressed with modified forceps (0.9 mm spacer) for 20 s}} {{injury_level|at T10}}. Sham rats received laminectomy only. Postoperatively, rats received penicillin (40,000 U/kg) daily for 3 days, meloxicam for 2 days and bladder expression twice daily. A PE-10 catheter was placed in the right jugular vein of every rat at the end of surgery and flushed with heparinised saline daily.",
            ("h", "Exosome isolation and siRNA loading"),
            "{{source_tissue,source_species|Bone marrow MSCs from Sprague-Dawley rats}} (passages 3" + EN + "5) were cultured in exosome-depleted medium for 48 h. After sequential centrifugation (300 g, 2,000 g, 10,000 g), exosomes were pelleted at {{isolation_method,isolation_detail|120,000 g for 90 min}} (SW32 Ti) and washed once. {{modification|Cy3-labelled PTEN siRNA (or scrambled control siRNA) was loaded into the exosomes by electroporation}} (400 V, 125 " + MU + "F), and free siRNA was removed with a second ultracentrifugation.",
            "Exosomes were imaged by {{characterization|TEM}}, sized by {{characterization|NTA}} and probed by {{characterization|western blot}} for {{markers|CD63, CD81 and TSG101, with calnexin}} as a negative control.",
            ("h", "Groups and administration"),
            "Rats were {{reported_randomisation|randomly divided}} into Sham, SCI, Exo-NC and ExoSiPTEN groups ({{n_per_group|six rats per group}} for behaviour). Exosomes ({{dose|100 " + MU + "g/kg in 300 " + MU + "l saline}}) were infused {{route,route_detail|through the jugular vein catheter}} over 2 min; the first infusion was given {{timing_post_injury_h|1 day after injury}} and {{frequency|repeated at 1 and 3 days}} post-injury. SCI rats received saline. Fluoro-Gold was injected into the L2 cord 1 week before sacrifice to label neurons retrogradely.",
            ("h", "Behaviour and statistics"),
            "The BBB scale was applied weekly by {{reported_blinded_assessment|an observer masked to group identity}}. Values are expressed as mean (SD); one-way ANOVA with Tukey's test was used.",
        ]),
        ("results", "Results", [
            "NTA gave {{size_nm|an average diameter of 104.6 nm}}; electroporation did not change size (106.1 nm). Loading efficiency was 18%.",
            "BBB scores fell to {bbb:SCI@1|paren}, {bbb:Exo-NC@1|paren} and {bbb:ExoSiPTEN@1|paren} in the SCI, Exo-NC and ExoSiPTEN groups on day 1. By day 21 ExoSiPTEN rats scored {bbb:ExoSiPTEN@21|paren}, Exo-NC {bbb:Exo-NC@21|paren}, SCI {bbb:SCI@21|paren}. Weekly values are given in Table 2.",
            ("table", "Table 2", "Basso, Beattie and Bresnahan scores, mean " + PM + " SD, n = 6 rats per group.",
             {"orient": "cols", "days": _C_DAYS, "groups": ["SCI", "Exo-NC", "ExoSiPTEN"], "day_fmt": lambda d: f"D{d:g}",
              "corner": "Group", "foot": "D, day after injury. <sup>a</sup>P < 0.05 vs SCI; <sup>b</sup>P < 0.05 vs Exo-NC."}),
            ("figure", "Figure 5", "5-HT<sup>+</sup> fibres caudal to the lesion at day 35 (n = 4). ExoSiPTEN doubled fibre density. Scale bar 200 " + MU + "m.", {}),
        ]),
        ("discussion", "Discussion", [
            "ExoSiPTEN improved locomotor recovery, consistent with {{mechanism|PTEN knockdown and activation of mTOR signalling}} in injured neurons. Others used the NYU impactor (10 g, 12.5 mm) at T10 [1] or a 35 g clip for 30 s [13]; forceps compression is cheaper but less standardised.",
        ]),
    ],
    back=[("Conflict of interest statement", "{{reported_conflict_of_interest|The authors declare no conflict of interest.}}"),
          ("Acknowledgements", "We thank the invented animal facility staff.")],
    references=list(POOL[:16]),
    scores=scores("BBB", "sd", [("SCI", "control", 6), ("Exo-NC", "other", 6), ("ExoSiPTEN", "treatment", 6)], _C_DAYS, {
        "SCI": [(0.8, 0.6), (2.5, 0.9), (4.1, 1.1), (5.3, 1.2), (6.0, 1.3), (6.4, 1.3)],
        "Exo-NC": [(0.7, 0.5), (2.9, 1.0), (4.8, 1.2), (6.2, 1.3), (7.0, 1.4), (7.5, 1.4)],
        "ExoSiPTEN": [(0.9, 0.6), (3.4, 1.0), (6.1, 1.2), (8.3, 1.4), (9.8, 1.5), (10.9, 1.5)],
    }),
)

STUDIES = [SZABO, MARANGONI, RAUTIO, CHAKRABORTY]
