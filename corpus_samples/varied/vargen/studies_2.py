"""Varied set, studies 5-8 (invented): menstrual-blood exosomes retro-orbitally (figure only),
CAQK-targeted bone marrow exosomes i.v. every other day, IFN-γ-primed SHED exosomes i.p. in
mg/kg, siPTEN-loaded amniotic-fluid MSC exosomes through an intrathecal catheter weekly."""

from __future__ import annotations

from extgen.model import Scores, Study

from vargen.common import FOOTNOTE, REFS, days_fmt, scores, week_word, wk

# ---------------------------------------------------------------------------------------
# 5. Eze 2019: human MenSC exosomes, MASCIS, rpm ladder, retro-orbital, BBB figure only.
# ---------------------------------------------------------------------------------------
_E_GROUPS = ["Sham", "SCI", "SCI + PBS", "MenSC-Exo"]
_E_DAYS = [1.0, 7.0, 14.0, 21.0, 28.0, 42.0]
_E = Scores(
    outcome="BBB", err="sem",
    groups=[("Sham", "sham", 12), ("SCI", "control", 12), ("SCI + PBS", "control", 12),
            ("MenSC-Exo", "treatment", 12)],
    values=scores(_E_GROUPS, _E_DAYS, [
        [(21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)],
        [(0.3, 0.2), (3.0, 0.4), (5.2, 0.5), (6.4, 0.5), (7.0, 0.6), (7.5, 0.6)],
        [(0.4, 0.2), (3.2, 0.4), (5.0, 0.5), (6.6, 0.6), (7.2, 0.6), (7.8, 0.6)],
        [(0.5, 0.2), (4.4, 0.5), (7.1, 0.5), (8.9, 0.6), (9.9, 0.6), (10.6, 0.7)],
    ]),
)

EZE = Study(
    stem="eze2019_hmensc_exo_mascis_retroorbital",
    layout="single",
    title="Menstrual blood-derived stem cell exosomes given by retro-orbital injection after spinal cord "
          "contusion in Long-Evans rats",
    short_title="MenSC exosomes after contusion",
    authors=[("Adaeze", "Eze"), ("Mikkel", "Rasmussen"), ("Priya", "Venkataraman")],
    affiliations=["Department of Anatomy, Eastgate College of Medicine, Harrowfield"],
    journal="Cellular Therapy for the Nervous System",
    year=2019, volume="6(4):301–314",
    doi="10.5555/ctns.2019.0301", pmid="39800615", pmcid="PMC9800615", received="2019-01-22",
    values={
        "species": "rat", "strain": "Long-Evans", "sex": "male",
        "n_per_group": 12,
        "injury_model": "contusion", "injury_device": "MASCIS impactor", "injury_level": "T9",
        "source_tissue": "menstrual_blood", "source_species": "human",
        "isolation_method": ["ultracentrifugation"],
        "isolation_detail": "38,000 rpm (~100,000 × g) 2 h",
        "characterization": ["NTA", "TEM", "western_blot"],
        "markers": ["CD63", "CD81", "TSG101"],
        "size_nm": {"value": 98.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 2.5e10, "unit": "particles", "volume_ul": 100, "basis": "particles"},
        "route": "intravenous", "route_detail": "retro-orbital venous sinus",
        "frequency": {"doses": 1, "interval_h": None},
        "timing_post_injury_h": 0.5,
        "mechanism": "suppression of A1 astrocyte activation",
        "reported_randomisation": True,
    },
    abstract=[
        (None, "Menstrual blood-derived stem cells (MenSCs) are collected without surgery and expand "
         "rapidly. We purified their exosomes (MenSC-Exo) by ultracentrifugation, injected them once into "
         "the retro-orbital sinus of male Long-Evans rats 30 min after a MASCIS contusion at T9, and "
         "followed hind-limb recovery for six weeks. MenSC-Exo improved BBB scores relative to untreated "
         "and PBS-injected rats, reduced C3<sup>+</sup> astrocytes and preserved white matter."),
    ],
    keywords=["menstrual blood", "stem cells", "exosomes", "astrocytes", "retro-orbital"],
    sections=[
        ("intro", "Introduction", [
            "Reactive astrocytes of the neurotoxic A1 type appear within days of spinal cord injury and kill "
            "neurons and oligodendrocytes [1]. MSC secretome products, including exosomes of 50–150 nm, "
            "have been reported to push astrocytes back towards a supportive state [2,12].",
            "The retro-orbital sinus is an alternative to the tail vein for intravenous injection in rodents "
            "and allows a bolus of up to 0.5 ml in rats.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "MenSC culture"),
            "{{source_tissue,source_species|Menstrual blood was collected from four healthy female donors "
            "(aged 22–35 years) with a menstrual cup}} after informed consent; MenSCs were isolated by "
            "Ficoll gradient and plastic adherence and used at passages 3–6.",
            ("h", "Exosome isolation"),
            "Serum-free supernatant (48 h) was centrifuged at 2,000 rpm for 10 min and 12,000 rpm for "
            "30 min (Sorvall, SS-34 rotor), then "
            "{{isolation_method,isolation_detail|at 38,000 rpm (approximately 100,000 × g) for 2 h in a "
            "SW 41 Ti rotor}}. Pellets were resuspended in PBS and stored at −80 °C for no longer than two "
            "weeks.",
            "{{characterization|Particle size and concentration were measured with a NanoSight NS500 (NTA); "
            "TEM was done after uranyl acetate staining}}. "
            "{{characterization,markers|Western blot confirmed CD63, CD81 and TSG101}}.",
            ("h", "Animals and surgery"),
            "{{species,strain,sex|Male Long-Evans rats}} aged 8 weeks were used. "
            "{{reported_randomisation,n_per_group|They were randomly allocated into four groups of 12: "
            "Sham, SCI, SCI + PBS and MenSC-Exo.}} Under pentobarbital anaesthesia (40 mg/kg, i.p.) the "
            "T9 lamina was removed and "
            "{{injury_model,injury_device,injury_level|the cord was contused at T9 with the MASCIS impactor "
            "(10 g, 12.5 mm)}}.",
            "{{timing_post_injury_h,route,route_detail,frequency|Thirty minutes after contusion a single "
            "injection was given into the retro-orbital venous sinus}}: "
            "{{dose|2.5E10 exosome particles in 100 µl PBS}} for the MenSC-Exo group and 100 µl PBS for "
            "the SCI + PBS group. The SCI group received no injection.",
            ("h", "Behaviour"),
            "Open-field locomotion was rated on the BBB scale at days 1, 7, 14, 21, 28 and 42.",
        ]),
        ("results", "Results", [
            "TEM showed cup-shaped vesicles. {{size_nm|NTA showed a single peak at 98 nm}} and a yield of "
            "about 4,000 particles per cell.",
            "All injured rats had BBB scores of 0–1 on day 1. From week 2 onwards the MenSC-Exo group "
            "recovered better than both control groups (Figure 3; P < 0.01 at weeks 4 and 6), which did not "
            "differ from each other.",
            ("figure", "Figure 3", "BBB locomotor scores (mean ± SEM, n = 12 per group) over six weeks.",
             {"days": _E_DAYS, "groups": _E_GROUPS}),
            "C3<sup>+</sup>GFAP<sup>+</sup> astrocytes at the lesion border were reduced by 38%, and "
            "Luxol fast blue staining showed more spared white matter.",
        ]),
        ("discussion", "Discussion", [
            "{{mechanism|MenSC-Exo appear to suppress the activation of neurotoxic A1 astrocytes}}, "
            "consistent with work in brain injury. Other groups used 200 µg of BMSC exosomes [5] and reported "
            "a mean size of 118 nm [4]; particle-based dosing, as here, is easier to compare across "
            "preparations.",
        ]),
    ],
    back=[("Funding", "Harrowfield Medical Research Trust, grant HM-2017-22.")],
    references=REFS[0:6] + REFS[11:13],
    scores=_E,
    notes=["BBB scores are reported only in a line plot (Figure 3): no outcome rows."],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------
# 6. Fujita 2024: CAQK-engineered hBMSC exosomes, weight drop T8, i.v. every other day, µg/kg.
# ---------------------------------------------------------------------------------------
_F_GROUPS = ["Sham", "Vehicle", "Exo-Scr", "Exo-CAQK"]
_F_DAYS = [7.0, 14.0, 21.0, 28.0, 42.0]
_F = Scores(
    outcome="BBB", err="sd",
    groups=[("Sham", "sham", 9), ("Vehicle", "control", 9), ("Exo-Scr", "other", 9),
            ("Exo-CAQK", "treatment", 9)],
    values=scores(_F_GROUPS, _F_DAYS, [
        [(21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)],
        [(2.6, 1.0), (5.1, 1.2), (6.7, 1.3), (7.6, 1.4), (8.3, 1.5)],
        [(3.0, 1.1), (5.9, 1.2), (7.8, 1.4), (8.9, 1.5), (9.7, 1.5)],
        [(4.1, 1.1), (7.4, 1.3), (9.6, 1.4), (11.0, 1.5), (12.2, 1.6)],
    ]),
)

FUJITA = Study(
    stem="fujita2024_caqk_hbmsc_exo_iv_everyotherday",
    layout="twocol",
    title="Lesion-homing CAQK-displaying exosomes from human bone marrow MSCs improve locomotor recovery "
          "after spinal cord contusion",
    short_title="CAQK-targeted exosomes",
    authors=[("Haruka", "Fujita"), ("Daniel", "Okonjo"), ("Sofía", "Marín"), ("Kenta", "Ishikawa"),
             ("Grace", "Whitfield")],
    affiliations=["Department of Regenerative Neurosurgery, Kitahama University Graduate School of Medicine",
                  "Biomolecular Engineering Laboratory, Kitahama Institute of Technology"],
    journal="Advanced Neurotherapeutic Materials",
    year=2024, volume="3(1):e240117",
    doi="10.5555/anm.2024.240117", pmid="39800736", pmcid="PMC9800736", received="2023-09-14",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male",
        "body_weight_g": {"low": 200, "high": 220},
        "n_per_group": 9,
        "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T8",
        "source_tissue": "bone_marrow", "source_species": "human",
        "modification": "CAQK peptide surface display",
        "isolation_method": ["ultrafiltration", "ultracentrifugation"],
        "isolation_detail": "100 kDa ultrafiltration; 120,000 × g 90 min",
        "characterization": ["TEM", "NTA", "western_blot", "flow_cytometry"],
        "markers": ["CD9", "CD63", "CD81", "Alix", "calnexin"],
        "size_nm": {"value": 100.0, "low": None, "high": None, "stat": None, "method": "TEM"},
        "dose": {"amount": 100, "unit": "ug_per_kg", "volume_ul": 500, "basis": "protein"},
        "route": "intravenous", "route_detail": "lateral tail vein",
        "frequency": {"doses": 5, "interval_h": 48},
        "timing_post_injury_h": 72.0,
        "mechanism": "targeted accumulation in the lesion reducing oxidative stress via Nrf2",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True,
    },
    abstract=[
        ("Background", "Systemically injected exosomes reach the injured cord poorly. The tetrapeptide CAQK "
         "binds chondroitin sulfate proteoglycans that are upregulated in injured CNS tissue."),
        ("Methods", "We {{modification|engineered exosomes from human bone marrow MSCs (hBMSCs) to display "
         "CAQK on their surface through a DSPE-PEG anchor}} (Exo-CAQK); exosomes carrying a scrambled "
         "peptide (Exo-Scr) served as controls. Rats with a T8 weight-drop contusion received i.v. "
         "injections every other day starting 3 days post-SCI."),
        ("Results", "Exo-CAQK accumulated 3.4-fold more in the lesion, lowered 4-HNE and raised Nrf2, and "
         "improved BBB scores over six weeks."),
    ],
    keywords=["CAQK", "targeted delivery", "exosomes", "bone marrow mesenchymal stem cells", "Nrf2"],
    sections=[
        ("intro", "1 Introduction", [
            "Oxidative damage is a major driver of secondary injury [1]. Exosomes from MSCs, which are "
            "nanoscale vesicles of 30–200 nm, reduce it in several models, but less than 1% of an "
            "intravenous dose reaches the cord [5]. Peptide display is a simple way to improve homing [11].",
        ]),
        ("methods", "2 Materials and methods", [
            ("h", "2.1 Exosome production"),
            "{{source_tissue,source_species|Human bone marrow MSCs (three donors, commercial, passage 4–6)}} "
            "were grown in serum-free medium for 48 h. Culture supernatant was cleared of cells and debris, "
            "{{isolation_method,isolation_detail|concentrated by tangential ultrafiltration through a 100 kDa "
            "membrane and ultracentrifuged at 120,000 × g for 90 min}}.",
            ("h", "2.2 Peptide display"),
            "CAQK or scrambled (AQCK) peptide was conjugated to DSPE-PEG2000-maleimide via a terminal "
            "cysteine and inserted into exosome membranes by incubation at 37 °C for 30 min (1 µg lipid per "
            "10 µg exosomal protein). Unbound conjugate was removed on a 100 kDa filter.",
            ("h", "2.3 Characterisation"),
            "{{characterization|Exosomes were analysed by TEM, NTA (ZetaView) and flow cytometry of "
            "FAM-labelled peptide}}. {{characterization,markers|Western blotting detected CD9, CD63, CD81 "
            "and Alix; calnexin was used as a negative marker}}.",
            ("h", "2.4 Animals and SCI model"),
            "{{species,strain,sex,body_weight_g|Male SD rats (200–220 g)}} were anaesthetised with 3% "
            "sevoflurane. {{injury_model,injury_device,injury_level|A modified Allen's weight-drop device "
            "(10 g, 50 mm) was used to contuse the spinal cord at T8}} after laminectomy. Sham rats received "
            "laminectomy only. {{reported_welfare_compliance|Experiments were approved by the Kitahama "
            "University Animal Experiment Committee (A2022-071).}}",
            ("h", "2.5 Treatment"),
            "{{reported_randomisation|Rats were assigned to groups with a random number table.}} "
            "{{route,route_detail,dose|Exosomes (100 µg/kg of protein) were injected i.v. through the "
            "lateral tail vein in 0.5 ml saline}}. "
            "{{timing_post_injury_h,frequency|The first injection was given 3 days post-SCI and was "
            "repeated every other day, five injections in all.}} Vehicle rats received saline.",
            ("h", "2.6 Assessment"),
            "{{reported_blinded_assessment|Locomotion was assessed by the BBB scale by two investigators "
            "who were unaware of the treatment}} weekly up to week 6. Primary cortical neurons were exposed "
            "to 25 µg/ml Exo-CAQK in vitro.",
        ]),
        ("results", "3 Results", [
            "{{size_nm|TEM revealed cup-shaped particles with diameters of ~100 nm}}; peptide display did "
            "not alter morphology. About 62% of vesicles were FAM-positive.",
            "{{n_per_group|Nine rats per group completed the study}}; BBB results are in Table 1.",
            ("table", "Table 1", "BBB scores at each week after injury (mean ± SD; n = 9 per group).",
             {"orient": "groups", "days": _F_DAYS, "groups": _F_GROUPS, "day_fmt": wk,
              "corner": "Group", "foot": "Wk, weeks after contusion; Exo-Scr, scrambled-peptide exosomes."}),
            "Near-infrared imaging 24 h after injection showed 3.4-fold more Exo-CAQK than Exo-Scr signal in "
            "the lesion.",
        ]),
        ("discussion", "4 Discussion", [
            "{{mechanism|Targeted accumulation of Exo-CAQK in the lesion reduced oxidative stress, at least "
            "partly through Nrf2 activation}}. A previous study used 2 mg/kg of unmodified exosomes [13]; we "
            "achieved larger effects with a twentieth of that amount.",
        ]),
    ],
    back=[("Author contributions", "HF and KI designed the study; DO, SM and GW performed experiments.")],
    references=REFS[0:2] + REFS[4:6] + REFS[10:14],
    scores=_F,
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------
# 7. Gallo 2021: IFN-γ-preconditioned SHED exosomes, IH T8, i.p. mg/kg daily x3, both sexes.
# ---------------------------------------------------------------------------------------
_G_GROUPS = ["Sham", "PBS", "SHED-Exo", "IFN-SHED-Exo"]
_G_DAYS = [3.0, 7.0, 14.0, 21.0, 28.0]
_G = Scores(
    outcome="BBB", err="sd",
    groups=[("Sham", "sham", 9), ("PBS", "control", 9), ("SHED-Exo", "other", 9),
            ("IFN-SHED-Exo", "treatment", 9)],
    values=scores(_G_GROUPS, _G_DAYS, [
        [(21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)],
        [(0.8, 0.5), (2.1, 0.7), (3.6, 0.8), (4.5, 0.9), (5.1, 0.9)],
        [(1.0, 0.6), (2.8, 0.8), (4.9, 0.9), (6.3, 1.0), (7.0, 1.1)],
        [(1.3, 0.6), (3.9, 0.9), (6.6, 1.0), (8.7, 1.1), (9.8, 1.2)],
    ]),
)

GALLO = Study(
    stem="gallo2021_ifng_shed_exo_ip_mgkg",
    layout="single",
    title="Interferon-γ licensing of stem cells from human exfoliated deciduous teeth potentiates their "
          "exosomes in experimental spinal cord injury",
    short_title="IFN-γ-licensed SHED exosomes",
    authors=[("Francesca", "Gallo"), ("Tomasz", "Wiśniewski"), ("Amara", "Nwachukwu"), ("Rui", "Sousa")],
    affiliations=["Department of Dental and Neural Sciences, University of Montebasso",
                  "Spinal Unit, Ospedale San Lorenzo, Montebasso"],
    journal="Stem Cell Research and Neurotrauma",
    year=2021, volume="12:100487",
    doi="10.5555/scrn.2021.100487", pmid="39800857", pmcid="PMC9800857", received="2021-02-11",
    values={
        "species": "rat", "strain": "Wistar", "sex": "both",
        "body_weight_g": {"low": 200, "high": 250},
        "n_per_group": 9,
        "injury_model": "contusion", "injury_device": "Infinite Horizon impactor", "injury_level": "T8",
        "source_tissue": "dental_pulp", "source_species": "human",
        "modification": "IFN-γ preconditioning",
        "isolation_method": ["precipitation_kit"],
        "isolation_detail": "Total Exosome Isolation reagent (Invitrogen)",
        "characterization": ["NTA", "TEM", "western_blot"],
        "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 146.2, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 1, "unit": "mg_per_kg", "volume_ul": 1000, "basis": "protein"},
        "route": "intraperitoneal", "route_detail": "intraperitoneal injection",
        "frequency": {"doses": 3, "interval_h": 24},
        "timing_post_injury_h": 1.0,
        "mechanism": "IDO-dependent expansion of regulatory T cells and reduced TNF-α",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Aim", "To determine whether {{modification|priming SHED with IFN-γ (50 ng/ml for 48 h)}} before "
         "exosome collection improves their anti-inflammatory effect after spinal cord injury."),
        ("Methods", "Exosomes from naïve (SHED-Exo) and IFN-γ-primed SHED (IFN-SHED-Exo) were precipitated "
         "with a commercial reagent and given intraperitoneally once a day for 3 days, starting 1 h after "
         "a 200-kdyn contusion at T8, to male and female Wistar rats."),
        ("Results", "IFN-SHED-Exo increased spinal Foxp3<sup>+</sup> regulatory T cells and lowered TNF-α, "
         "and improved BBB scores more than SHED-Exo."),
    ],
    keywords=["SHED", "dental pulp", "exosomes", "interferon-gamma", "regulatory T cells"],
    sections=[
        ("intro", "Introduction", [
            "Stem cells from human exfoliated deciduous teeth (SHED) are an accessible source of "
            "neural-crest-derived MSCs [2]. Exposure of MSCs to inflammatory cytokines such as IFN-γ or "
            "TNF-α (licensing) upregulates indoleamine 2,3-dioxygenase (IDO) and immunomodulatory cargo [7].",
            "Extracellular vesicles smaller than 200 nm are usually called small EVs; doses of 100 µg per rat "
            "given intravenously are typical in this field [13].",
        ]),
        ("methods", "Methods", [
            ("h", "Cells and licensing"),
            "{{source_tissue,source_species|SHED were isolated from the dental pulp of exfoliated deciduous "
            "teeth of six healthy children (6–8 years)}} with parental consent and used at passage 3–5. For "
            "licensing, cells were exposed to recombinant human IFN-γ (50 ng/ml) for 48 h, washed three times "
            "and cultured for a further 48 h in exosome-depleted medium.",
            ("h", "Exosome preparation"),
            "Medium was cleared (2,000 × g, 30 min) and mixed with 0.5 volumes of "
            "{{isolation_method,isolation_detail|Total Exosome Isolation reagent (Invitrogen)}}; after "
            "overnight incubation, exosomes were pelleted at 10,000 × g for 1 h. Protein was quantified by "
            "BCA assay.",
            "{{characterization|Size and concentration were measured by NTA (NanoSight NS300), morphology "
            "by TEM}}, and {{characterization,markers|CD9, CD63 and TSG101 (positive) and calnexin "
            "(negative) by immunoblotting}} (mouse anti-CD9, rabbit anti-TSG101).",
            ("h", "Animals"),
            "{{species,strain,sex,body_weight_g|Wistar rats of both sexes (equal numbers; 200–250 g)}} were "
            "used. {{reported_welfare_compliance|The study was authorised by the Ministry of Health (project "
            "licence 512/2019-PR) in accordance with Directive 2010/63/EU.}}",
            ("h", "Spinal cord injury"),
            "{{injury_level,injury_model,injury_device|After laminectomy of T8, a 200-kdyn contusion was "
            "produced with an Infinite Horizon impactor}} (IH-0400). Sham rats received laminectomy.",
            ("h", "Treatment"),
            "{{n_per_group|Each group contained 9 animals}} (Sham, PBS, SHED-Exo, IFN-SHED-Exo). "
            "{{dose,route,route_detail|Exosomes were given at 1 mg/kg (protein) by intraperitoneal "
            "injection in 1 ml PBS}}; {{timing_post_injury_h,frequency|the first dose was given 1 h after "
            "injury and the next two at 24-h intervals (once daily for 3 days)}}.",
            ("h", "Outcomes"),
            "{{reported_blinded_assessment|BBB scoring was performed by an observer blinded to the "
            "treatment groups}} on days 3, 7, 14, 21 and 28 post-injury. Flow cytometry of spinal "
            "leukocytes and ELISA for TNF-α, IL-6 and IL-10 were done at day 7. RAW264.7 macrophages were "
            "treated with 20 µg/ml exosomes in vitro.",
        ]),
        ("results", "Results", [
            "Exosomes were cup-shaped under TEM. {{size_nm|The mean particle diameter determined by NTA was "
            "146.2 ± 9.8 nm}} (SHED-Exo 139.5 ± 11.0 nm).",
            "Hind-limb recovery in the IFN-SHED-Exo group reached {bbb:IFN-SHED-Exo@28} at day 28 compared "
            "with {bbb:PBS@28} in the PBS group and {bbb:SHED-Exo@28} with naïve SHED-Exo (Table 2).",
            ("table", "Table 2", "BBB scores (mean ± SD).",
             {"orient": "rows", "days": _G_DAYS, "groups": _G_GROUPS, "day_fmt": days_fmt,
              "corner": "Day", "foot": "D, day post-injury. n = 9 per group."}),
            "Foxp3<sup>+</sup> cells in the cord doubled after IFN-SHED-Exo, and TNF-α fell by 52%.",
        ]),
        ("discussion", "Discussion", [
            "{{mechanism|IFN-γ licensing appears to act through IDO-dependent expansion of regulatory T "
            "cells and reduced TNF-α}}. Note that earlier reports of 100–400 mg doses in reviews were "
            "probably micrograms [13].",
        ]),
    ],
    back=[("Conflicts of interest", "{{reported_conflict_of_interest|The authors report no conflicts of "
                                    "interest.}}")],
    references=REFS[1:3] + REFS[6:9] + REFS[12:16],
    scores=_G,
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------
# 8. Haugen 2020: siPTEN-loaded rat amniotic-fluid MSC exosomes, balloon T10, catheter weekly.
# ---------------------------------------------------------------------------------------
_H_GROUPS = ["Sham", "Vehicle", "Exo-siNC", "Exo-siPTEN"]
_H_DAYS = [7.0, 14.0, 28.0, 42.0, 56.0]
_H = Scores(
    outcome="BBB", err="sem",
    groups=[("Sham", "sham", 6), ("Vehicle", "control", 6), ("Exo-siNC", "other", 6),
            ("Exo-siPTEN", "treatment", 6)],
    values=scores(_H_GROUPS, _H_DAYS, [
        [(21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)],
        [(4.2, 0.6), (6.5, 0.7), (8.1, 0.8), (8.8, 0.8), (9.2, 0.9)],
        [(4.3, 0.6), (6.9, 0.7), (8.9, 0.8), (9.8, 0.9), (10.3, 0.9)],
        [(4.1, 0.7), (7.6, 0.8), (10.6, 0.9), (12.0, 0.9), (12.9, 1.0)],
    ]),
)

HAUGEN = Study(
    stem="haugen2020_sipten_rafmsc_exo_balloon_catheter",
    layout="twocol",
    title="PTEN siRNA delivered by amniotic fluid stem cell exosomes through an intrathecal catheter in the "
          "subacute phase of compressive spinal cord injury",
    short_title="Exo-siPTEN in subacute SCI",
    authors=[("Ingrid", "Haugen"), ("Mateus", "Ferraz"), ("Yuki", "Sato")],
    affiliations=["Neuroscience Research Group, Vestlandet University, Solheim"],
    journal="Experimental Spinal Research",
    year=2020, volume="38(9):1122–1136",
    doi="10.5555/esr.2020.1122", pmid="39800978", pmcid="PMC9800978", received="2020-02-27",
    values={
        "species": "rat", "strain": "Long-Evans", "sex": "female",
        "body_weight_g": {"low": 250, "high": 280},
        "n_per_group": 6,
        "injury_model": "compression", "injury_device": "balloon catheter", "injury_level": "T10",
        "source_tissue": "other", "source_species": "rat",
        "modification": "siRNA PTEN loading",
        "isolation_method": ["ultracentrifugation", "density_gradient"],
        "isolation_detail": "100,000 × g 70 min onto 30% sucrose/D2O cushion",
        "characterization": ["NTA", "TEM", "western_blot"],
        "markers": ["CD63", "CD81", "TSG101", "calnexin"],
        "size_nm": {"value": 87.9, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 10, "unit": "ug", "volume_ul": 10, "basis": "protein"},
        "route": "intrathecal", "route_detail": "intrathecal catheter",
        "frequency": {"doses": 4, "interval_h": 168},
        "timing_post_injury_h": 168.0,
        "mechanism": "PTEN knockdown promoting mTOR-dependent axonal regeneration",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
    },
    abstract=[
        (None, "Silencing PTEN promotes axon regrowth, but siRNA needs a carrier. We "
         "{{modification|loaded exosomes from rat amniotic fluid mesenchymal stem cells with a PTEN-"
         "targeting siRNA}} (Exo-siPTEN) and infused them through an indwelling intrathecal catheter once "
         "a week for four weeks, beginning at the subacute stage (7 dpi) after balloon compression of the "
         "T10 cord in female rats. PTEN fell in the cord, phospho-S6 rose, serotonergic fibres grew caudal "
         "to the lesion and BBB scores improved over eight weeks."),
    ],
    keywords=["amniotic fluid stem cells", "exosomes", "PTEN", "siRNA", "intrathecal catheter"],
    sections=[
        ("intro", "Introduction", [
            "Most cell-free therapies for SCI have been started within hours of injury, which is rarely "
            "feasible in patients [1]. A subacute start, 1–2 weeks after injury, is clinically more "
            "realistic. Exosomes (30–150 nm) protect siRNA from RNases and can cross the pia [6].",
        ]),
        ("methods", "Methods", [
            ("h", "Amniotic fluid MSCs"),
            "{{source_tissue,source_species|Amniotic fluid was aspirated from pregnant Long-Evans rats at "
            "embryonic day 14}} and adherent c-Kit<sup>+</sup> MSC-like cells were expanded to passage 5.",
            ("h", "Exosome isolation and siRNA loading"),
            "Serum-free conditioned medium was cleared (2,000 × g, 20 min; 10,000 × g, 30 min) and "
            "{{isolation_method,isolation_detail|ultracentrifuged at 100,000 × g for 70 min onto a 30% "
            "sucrose/D<sub>2</sub>O cushion}}; the cushion fraction was washed in PBS at 100,000 × g. "
            "Exosomes (50 µg) were loaded with 100 pmol Cy3-siPTEN or non-targeting siRNA (siNC) using "
            "Exo-Fect reagent (SBI) and re-isolated.",
            "{{characterization|Size was determined by NTA, morphology by TEM}}, and "
            "{{characterization,markers|CD63, CD81, TSG101 and calnexin were assessed by western "
            "blotting}}.",
            ("h", "Balloon compression"),
            "{{species,strain,sex,body_weight_g|Female Long-Evans rats (250–280 g)}} were anaesthetised "
            "with isoflurane. {{injury_model,injury_device|A 2F Fogarty balloon catheter was introduced "
            "into the epidural space through a T12 laminotomy and inflated with 15 µl saline for 5 min}} "
            "{{injury_level|at the T10 level}}. Sham rats had the catheter inserted without inflation.",
            ("h", "Intrathecal catheter and dosing"),
            "{{route,route_detail|A PE-10 intrathecal catheter was passed through the atlanto-occipital "
            "membrane to the lumbar enlargement}} and fixed to the skull. "
            "{{dose|Each dose consisted of 10 µl of a 1 µg/µl exosome suspension}}, flushed with 10 µl "
            "saline. {{timing_post_injury_h,frequency|The first infusion was given at 7 dpi and repeated "
            "weekly, four doses in total.}}",
            "{{n_per_group|Rats were allocated to Sham, Vehicle, Exo-siNC or Exo-siPTEN (n = 6).}} "
            "{{reported_blinded_assessment|BBB was scored weekly by two blinded examiners}}; values at "
            "weeks 1, 2, 4, 6 and 8 are reported. "
            "{{reported_welfare_compliance|The Norwegian Food Safety Authority approved all procedures "
            "(FOTS 21190).}}",
        ]),
        ("results", "Results", [
            "{{size_nm|The mean size of the exosomes measured by NTA was 87.9 nm}} (SD of the distribution "
            "31 nm); siRNA loading efficiency was 24%.",
            ("table", "Table 1", "BBB scores (mean ± SEM). Treatment started at week 1.",
             {"orient": "rows", "days": _H_DAYS, "groups": _H_GROUPS, "day_fmt": week_word,
              "corner": "Weeks post-injury"}),
            "PTEN mRNA in the lesion was reduced by 61% one week after the last dose; 5-HT<sup>+</sup> "
            "fibres below the lesion increased 2.3-fold.",
        ]),
        ("discussion", "Discussion", [
            "{{mechanism|PTEN knockdown is thought to release mTOR-dependent axonal regeneration}}. Earlier "
            "work used 1 × 10<sup>11</sup> particles of siRNA-loaded vesicles intravenously [6].",
        ]),
    ],
    back=[],
    references=REFS[0:1] + REFS[5:12],
    scores=_H,
    footnote=FOOTNOTE,
)

STUDIES = [EZE, FUJITA, GALLO, HAUGEN]
