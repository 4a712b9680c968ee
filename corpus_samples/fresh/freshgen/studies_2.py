"""Fresh held-out studies 5-8 (everything invented; written for this set only)."""

from __future__ import annotations

from extgen.model import Study

from freshgen.kit import FOOTNOTE, MU, NB, TIMES, FreshScores, d_fmt, pod, refs, series, t_tokens

# --- 5. eze2023: miR-21 exosomes vs native, weight drop T9-T10, particles, immediate tail vein ----

_D5 = [3.0, 7.0, 14.0, 21.0, 28.0]
EZE = Study(
    stem="eze2023_hbmsc_mir21_exo_weightdrop_particles",
    layout="twocol",
    title="MicroRNA-21-enriched exosomes from bone marrow MSCs reduce neuronal apoptosis after spinal contusion",
    short_title="miR-21 exosomes in SCI",
    authors=[("Obinna", "Eze"), ("Marta", "Kowalczyk"), ("Wen", "Zhao"), ("Ahmed", "Saleh"), ("Lisa", "Brandt")],
    affiliations=["Department of Orthopaedics, Riverside Medical University, Port Calder",
                  "Centre for RNA Therapeutics, Port Calder"],
    journal="Cellular and Molecular Spine Research",
    year=2023,
    volume="12:1187",
    doi="10.5555/fresh.2023.0512",
    pmid="99200512",
    pmcid="PMC9920512",
    received="2023-06-08",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 230, "high": 260},
        "n_per_group": 8, "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T9-T10",
        "source_tissue": "bone_marrow", "source_species": "human", "modification": "miR-21 overexpression",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "110,000 g 2 h",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "Alix", "calnexin"],
        "size_nm": {"value": 118.0, "low": None, "high": None, "stat": "median", "method": "NTA"},
        "dose": {"amount": 2e10, "unit": "particles", "volume_ul": 300, "basis": "particles"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.0,
        "reported_randomisation": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", ("miR-21 protects neurons against apoptosis in several injury models. We asked whether "
                       "exosomes enriched in miR-21 outperform native exosomes after spinal cord contusion.")),
        ("Methods", ("Human BMSCs were transduced with a lentivirus encoding pre-miR-21; their exosomes "
                    "(miR-21-Exo), native exosomes (BMSC-Exo) or PBS were injected once into the tail vein "
                    "of contused rats.")),
        ("Results", ("miR-21-Exo lowered cleaved caspase-3 and PDCD4 in the cord and improved BBB scores more "
                    "than BMSC-Exo ({bbb:miR-21-Exo@28} vs {bbb:BMSC-Exo@28} at day 28).")),
    ],
    keywords=["miR-21", "exosome", "PTEN/PDCD4", "apoptosis", "spinal cord injury"],
    sections=[
        ("intro", "Introduction", [
            ("Neuronal and oligodendrocyte apoptosis continues for weeks after spinal cord injury and removes "
            "tissue that survived the impact [1,2]. MicroRNA-21 suppresses the pro-apoptotic genes PDCD4 and "
            "PTEN [3]."),
            ("MSC exosomes already contain miR-21, but at modest levels [4]. Raising their content by "
            "overexpressing the microRNA in the parent cells is a simple way to strengthen a known mechanism. "
            "Here we compare miR-21-enriched and native exosomes side by side."),
        ]),
        ("methods", "Materials and methods", [
            ("h", "Cells and transduction"),
            ("{{source_tissue,source_species|Bone marrow MSCs from three healthy human donors}} (Port Calder "
            "Biobank) were expanded to passage 4. "
            "{{modification|Cells were transduced with lentivirus carrying pre-miR-21 (LV-miR-21)}} or an empty "
            "vector and selected with puromycin; miR-21 in the exosomes rose 14-fold."),
            ("h", "Exosome isolation and characterisation"),
            ("Serum-free conditioned medium (48 h) was centrifuged at 300 × g, 2000 × g and 10 000 × g, and "
            f"{{{{isolation_method,isolation_detail|ultracentrifuged at 38 000 rpm (about 110 000 × g) for "
            f"2{NB}h}}}} in an SW 41 Ti rotor; the pellet was washed once. "
            "{{characterization|TEM, nanoparticle tracking analysis and western blotting}} were used to "
            "characterise the vesicles; {{markers|the positive markers were CD9, CD63 and Alix, and calnexin "
            "was the negative marker}}. Antibodies were from rabbit."),
            ("h", "Animals, injury and groups"),
            (f"Thirty-two {{{{species,strain,sex|male Sprague-Dawley rats}}}} "
            f"({{{{body_weight_g|230–260{NB}g}}}}) were {{{{reported_randomisation|randomised}}}} into Sham, "
            f"SCI+PBS, BMSC-Exo and miR-21-Exo groups ({{{{n_per_group|8 rats per group}}}}). "
            "After laminectomy, "
            f"{{{{injury_model,injury_device,injury_level|a weight-drop contusion (10{NB}g from 25{NB}mm) was "
            f"made at T9–T10}}}}."),
            ("h", "Treatment"),
            (f"{{{{dose|2 {TIMES} 10<sup>10</sup> exosome particles in 300{NB}{MU}L PBS}}}} were "
            f"{{{{route,route_detail,timing_post_injury_h|injected via the tail vein immediately after "
            f"injury}}}}; {{{{frequency|no further doses were given}}}}. Sham and SCI+PBS rats received PBS."),
            ("h", "Outcome assessment"),
            ("The BBB scale was used on days 3, 7, 14, 21 and 28. Data are mean ± SD and were analysed with "
            "two-way ANOVA and Tukey's post hoc test. Neurons exposed to glutamate in vitro were treated with "
            "1 × 10<sup>9</sup> particles/mL."),
        ]),
        ("results", "Results", [
            (f"{{{{size_nm|The median particle diameter was 118{NB}nm}}}} for both preparations; transduction "
            "did not change size or yield."),
            ("table", "Table 1", "BBB locomotor scores (mean ± SD; n = 8).", {
                "orient": "cols", "days": _D5, "groups": ["Sham", "SCI+PBS", "BMSC-Exo", "miR-21-Exo"],
                "day_fmt": d_fmt, "corner": "Group"}),
            ("Both exosome preparations improved recovery compared with PBS, and miR-21-Exo rats scored higher "
            "than BMSC-Exo rats from day 14 (Table 1). Cleaved caspase-3-positive neurons fell by 46% with "
            "miR-21-Exo and by 22% with BMSC-Exo."),
        ]),
        ("discussion", "Discussion", [
            ("Enriching exosomes with miR-21 added about two BBB points to the benefit of native exosomes. Other "
            "groups loaded miR-126 or miR-133b and reported BBB gains of 2–4 points at 28 days with doses of "
            "100–200 µg [5,6]."),
            ("A limitation is that particle counts by NTA include non-vesicular particles. We studied male rats "
            "only and one dose level."),
        ]),
    ],
    references=refs(14, 3, 8, 1, 15, 5),
    scores=FreshScores(
        outcome="BBB", err="sd", fmt="two",
        groups=[("Sham", "sham", 8), ("SCI+PBS", "control", 8), ("BMSC-Exo", "other", 8),
                ("miR-21-Exo", "treatment", 8)],
        values={
            "Sham": series(_D5, [20.88, 21.0, 21.0, 21.0, 21.0], [0.35, 0.0, 0.0, 0.0, 0.0]),
            "SCI+PBS": series(_D5, [1.25, 3.38, 5.63, 7.13, 8.0], [0.71, 1.06, 1.30, 1.46, 1.41]),
            "BMSC-Exo": series(_D5, [1.5, 4.13, 7.0, 8.88, 9.75], [0.76, 1.13, 1.20, 1.36, 1.49]),
            "miR-21-Exo": series(_D5, [1.63, 4.75, 8.63, 10.75, 11.88], [0.74, 1.04, 1.19, 1.28, 1.36]),
        }),
    back=[("Declaration of interests", ("{{reported_conflict_of_interest|The authors report no conflicts of "
                                       "interest}}."))],
    footnote=FOOTNOTE,
)

# --- 6. fujii2018: SHED exosomes, hemisection, intranasal daily x5 from 2 h, "mean (SD)" text --------

_D6 = [1.0, 7.0, 14.0, 28.0]
FUJII = Study(
    stem="fujii2018_shed_exo_hemisection_intranasal",
    layout="single",
    title="Intranasal delivery of exosomes from stem cells of human exfoliated deciduous teeth after spinal "
          "cord hemisection",
    short_title="Intranasal SHED exosomes",
    authors=[("Haruka", "Fujii"), ("Daniel", "Okoro"), ("Sofia", "Lindqvist")],
    affiliations=["Graduate School of Dentistry, Minamiura University", "Department of Physiology, Minamiura University"],
    journal="Oral and Neural Stem Cell Reports",
    year=2018,
    volume="5(2):88–99",
    doi="10.5555/fresh.2018.0602",
    pmid="99200602",
    pmcid="PMC9920602",
    received="2018-04-30",
    values={
        "species": "rat", "strain": "Wistar", "sex": "female", "body_weight_g": {"low": 200, "high": 220},
        "n_per_group": 7, "injury_model": "hemisection", "injury_level": "T10",
        "source_tissue": "dental_pulp", "source_species": "human", "modification": "none",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 g 60 min",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD63", "CD81", "TSG101"],
        "size_nm": {"value": 104.6, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 30, "unit": "ug", "volume_ul": 20, "basis": "protein"},
        "route": "intranasal", "route_detail": "nostrils",
        "frequency": {"doses": 5, "interval_h": 24}, "timing_post_injury_h": 2.0,
        "reported_blinded_assessment": True, "reported_conflict_of_interest": True,
        "reported_welfare_compliance": True,
    },
    abstract=[
        (None, ("Intranasal administration bypasses the blood–brain barrier and is non-invasive. We gave "
               "unmodified exosomes from stem cells of human exfoliated deciduous teeth (SHED-Exo) through the "
               "nose to rats with a left T10 hemisection, once a day for five days. SHED-Exo reached the lesion "
               "within 6 h, reduced the number of activated microglia and improved ipsilateral hind-limb "
               "function over four weeks.")),
    ],
    keywords=["SHED", "dental pulp", "exosomes", "intranasal", "hemisection"],
    sections=[
        ("intro", "Introduction", [
            ("Stem cells from exfoliated deciduous teeth (SHED) are a dental pulp population that is collected "
            "without surgery [1]. Their secretome is neuroprotective in several models of brain injury [2]."),
            ("Intranasally applied vesicles reach the brain and, to a lesser extent, the spinal cord along "
            "olfactory and trigeminal pathways and the cerebrospinal fluid [3]. A route that needs no needle "
            "would allow repeated dosing in the first days after injury."),
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals"),
            (f"{{{{species,strain|Wistar rats}}}} ({{{{sex|female}}}}; {{{{body_weight_g|200–220{NB}g}}}} at "
            "surgery) were housed in groups of three. "
            "{{reported_welfare_compliance|The Minamiura University Animal Experiment Committee approved all "
            "procedures (approval no. 17-0212)}}. Rats were assigned to Sham, Vehicle or SHED-Exo groups "
            f"({{{{n_per_group|n{NB}={NB}7 per group}}}}; 21 rats in total)."),
            ("h", "Hemisection"),
            ("Under isoflurane anaesthesia the T10 lamina was removed and "
            "{{injury_model,injury_level|the left half of the cord was cut at T10}} with microscissors, "
            "sparing the right side. Sham rats had the laminectomy only."),
            ("h", "SHED culture and exosomes"),
            ("{{source_tissue,source_species|SHED were isolated from the dental pulp of exfoliated deciduous "
            "teeth of healthy children}} aged 6–9 years with parental consent, and cultured in "
            "serum-free medium for 48 h before collection. After removal of cells and debris the supernatant was "
            "{{isolation_method,isolation_detail|centrifuged at 100 000 g for 60 min}} twice. "
            "{{modification|No modification was applied to the cells or their exosomes}}."),
            ("{{characterization|Size distribution was determined by NTA; morphology by TEM; and marker "
            "proteins by western blot}} ({{markers|CD63, CD81, TSG101}})."),
            ("h", "Intranasal administration"),
            ("Rats were lightly anaesthetised and placed supine. "
            f"{{{{dose|A total of 30{NB}µg exosomes in 20{NB}µL PBS}}}} was "
            "{{route,route_detail|applied as drops into both nostrils}}, alternating sides every 2 min. "
            f"{{{{frequency,timing_post_injury_h|Treatment began 2{NB}h after hemisection and was repeated "
            f"daily for five days}}}}. Vehicle rats received PBS."),
            ("h", "Functional testing"),
            ("{{reported_blinded_assessment|An investigator blind to treatment rated the ipsilateral hind limb "
            "on the BBB scale}} on days 1, 7, 14 and 28. Values are mean (SD); groups were compared by "
            "Mann–Whitney U test at each time point."),
        ]),
        ("results", "Results", [
            (f"{{{{size_nm|SHED-Exo had a mean diameter of 104.6{NB}nm}}}} (SD 31.2 nm). DiR-labelled "
            "vesicles were detected at the lesion 6 h after intranasal delivery."),
            ("On day 1 the ipsilateral hind limb was almost immobile in both injured groups (Vehicle "
            "{bbb:Vehicle@1|paren}; SHED-Exo {bbb:SHED-Exo@1|paren}). On day 14 the SHED-Exo group scored "
            "{bbb:SHED-Exo@14|paren} and the Vehicle group {bbb:Vehicle@14|paren}. On day 28 the scores were "
            "{bbb:SHED-Exo@28|paren} and {bbb:Vehicle@28|paren}, respectively (P = 0.004). Sham rats were "
            "normal at every time point."),
            ("figure", "Figure 2", "Ipsilateral BBB scores, mean (SD), n = 7.", {
                "days": _D6, "groups": ["Vehicle", "SHED-Exo"]}),
        ]),
        ("discussion", "Discussion", [
            ("Five daily intranasal doses improved ipsilateral locomotion by about four BBB points at four weeks. "
            "Earlier intranasal studies in rats used larger doses, for example 100 µg per day for a week [4], "
            "and measured vesicles of 30–200 nm [4]."),
            ("Hemisection is a mild injury with substantial spontaneous recovery, so our results need "
            "confirmation in a contusion model."),
        ]),
    ],
    references=refs(1, 3, 11, 5),
    scores=FreshScores(
        outcome="BBB", err="sd",
        groups=[("Vehicle", "control", 7), ("SHED-Exo", "treatment", 7)],
        values={
            "Vehicle": series(_D6, [1.1, 6.3, 9.4, 12.1], [0.9, 1.8, 2.0, 2.2]),
            "SHED-Exo": series(_D6, [1.4, 8.6, 12.9, 16.0], [1.0, 1.7, 1.9, 1.8]),
        }),
    back=[("Conflicts of interest", ("{{reported_conflict_of_interest|None of the authors has a conflict of "
                                    "interest to declare}}."))],
    footnote=FOOTNOTE,
)

# --- 7. gallo2024: aortic ischaemia-reperfusion, rat ADSC exosomes on iodixanol, cell equivalents,
#        intrathecal catheter, BBB table with T-token time points (no vertebral level stated) --------

_D7 = [1.0, 2.0, 3.0, 7.0, 14.0]
GALLO = Study(
    stem="gallo2024_radsc_exo_ischemia_iodixanol_intrathecal",
    layout="single",
    title="Adipose stromal cell exosomes given intrathecally after transient aortic occlusion protect "
          "spinal motor neurons in rats",
    short_title="ADSC exosomes in spinal ischaemia",
    authors=[("Matteo", "Gallo"), ("Nadia", "Haddou"), ("Pieter", "van Rooyen"), ("Camille", "Lefort")],
    affiliations=["Department of Vascular Surgery, Collina University Hospital",
                  "Institute of Experimental Anaesthesiology, Collina"],
    journal="Spinal Ischaemia and Neuroprotection",
    year=2024,
    volume="3:e240117",
    doi="10.5555/fresh.2024.0717",
    pmid="99200717",
    pmcid="PMC9920717",
    received="2024-01-17",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 300, "high": 350},
        "n_per_group": 10, "injury_model": "ischemia_reperfusion",
        "source_tissue": "adipose", "source_species": "rat",
        "isolation_method": ["ultracentrifugation", "density_gradient"],
        "isolation_detail": "iodixanol (OptiPrep) 5–40% gradient, 100,000 g 18 h",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "Flotillin-1", "calnexin"],
        "size_nm": {"value": 96.3, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 2e6, "unit": "cells_equivalent", "volume_ul": 10, "basis": None},
        "route": "intrathecal", "route_detail": "intrathecal catheter",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 1.0,
        "reported_randomisation": True, "reported_blinded_assessment": True, "reported_welfare_compliance": True,
    },
    abstract=[
        ("Background", ("Paraplegia after thoracoabdominal aortic repair results from spinal cord ischaemia and "
                       "reperfusion injury. Exosomes from adipose-derived stromal cells (ADSC-Exo) are "
                       "anti-inflammatory and anti-apoptotic.")),
        ("Methods", ("Rats underwent 12 min of aortic occlusion with a balloon catheter. One hour after "
                    "reperfusion they received ADSC-Exo or vehicle through an intrathecal catheter.")),
        ("Results", ("At T5 (day 14) treated rats had a BBB score of {bbb:ADSC-Exo@14} compared with "
                    "{bbb:Vehicle@14} after vehicle, and more surviving motor neurons in the ventral horn.")),
    ],
    keywords=["spinal cord ischaemia", "reperfusion", "adipose-derived stromal cells", "exosomes", "motor neuron"],
    sections=[
        ("intro", "Introduction", [
            ("Delayed paraplegia complicates 3–10% of open and endovascular thoracoabdominal aortic repairs [1]. "
            "Ischaemia is followed by a reperfusion phase in which oxidative stress and inflammation kill motor "
            "neurons over hours to days, which leaves a window for treatment [2]."),
            ("ADSC-derived exosomes, usually described as 40–120 nm vesicles, reduce ischaemic damage in heart and "
            "kidney [3]. Here we tested them in a rat model of spinal cord ischaemia–reperfusion, delivered into "
            "the cerebrospinal fluid so that the barrier does not limit their access."),
        ]),
        ("methods", "Methods", [
            ("h", "Ethics and animals"),
            ("{{reported_welfare_compliance|The protocol was approved by the Collina Animal Welfare Body "
            "(CAWB 2022/19) and conducted in line with Directive 2010/63/EU}}. "
            f"{{{{species,strain,sex|Male Sprague-Dawley rats}}}} weighing "
            f"{{{{body_weight_g|300–350{NB}g}}}} were kept under standard conditions."),
            ("{{reported_randomisation|Allocation to Sham, Vehicle or ADSC-Exo used sealed envelopes "
            "prepared by a person not involved in surgery}}; {{n_per_group|each group contained 10 "
            "rats}}."),
            ("h", "Ischaemia–reperfusion"),
            ("Under isoflurane anaesthesia and with rectal temperature kept at 37.5 °C, a 2F Fogarty catheter was "
            "advanced through the left femoral artery into the descending thoracic aorta. "
            "{{injury_model|The balloon was inflated for 12 min to occlude the aorta, then deflated to allow "
            "reperfusion}}; distal ischaemia was confirmed by a fall in tail-artery pressure below 10 mmHg. "
            "Sham rats had the catheter inserted without inflation."),
            ("h", "Exosome preparation"),
            ("{{source_tissue,source_species|ADSCs were isolated from the inguinal fat pads of male Sprague-Dawley "
            "rats}} by collagenase digestion and used at passage 3. Conditioned medium (48 h, exosome-depleted "
            "serum) was cleared at 2000 × g and 10 000 × g, pelleted at 100 000 × g for 90 min and "
            "{{isolation_method,isolation_detail|floated on a 5–40% iodixanol (OptiPrep) gradient at "
            "100 000 × g for 18 h}}; the exosome-rich fractions (1.08–1.12 g/mL) were washed and pooled."),
            ("{{characterization|Vesicles were analysed by TEM, NTA (ZetaView PMX-120) and immunoblotting}} "
            "{{markers|for CD9, CD63 and Flotillin-1, with calnexin as negative control}}. Blots were developed "
            "with a donkey anti-rabbit secondary antibody."),
            ("h", "Intrathecal treatment"),
            ("A PE-10 catheter was placed in the lumbar intrathecal space through an L5–L6 puncture one day "
            f"before surgery. {{{{dose|Exosomes derived from 2 {TIMES} 10<sup>6</sup> ADSCs, resuspended in "
            f"10{NB}{MU}L artificial CSF}}}}, were "
            f"{{{{route,route_detail,timing_post_injury_h|infused through the intrathecal catheter 1{NB}h after "
            f"reperfusion}}}}, followed by a 10-µL flush. {{{{frequency|The injection was not repeated}}}}. "
            "Vehicle rats received artificial CSF."),
            ("h", "Neurological assessment"),
            ("Motor function was scored with the BBB scale at five time points, T1 to T5 (days 1, 2, 3, 7 and 14 "
            "after reperfusion), {{reported_blinded_assessment|by two examiners who were blinded to group}}. "
            "Data are presented as mean ± SD; groups were compared with the Kruskal–Wallis test."),
        ]),
        ("results", "Results", [
            (f"{{{{size_nm|The modal size was 96.3{NB}nm}}}} by ZetaView and the particle-to-protein ratio was "
            "2.4 × 10<sup>9</sup> particles/µg."),
            ("All ischaemic rats were paraplegic at T1. Vehicle rats improved little, whereas most ADSC-Exo rats "
            "regained joint movement by T3 and occasional stepping by T5 (Table 2). Two vehicle rats developed "
            "delayed paraplegia between T2 and T3."),
            ("table", "Table 2", "BBB scores after spinal cord ischaemia–reperfusion (mean ± SD, n = 10).", {
                "orient": "cols", "days": _D7, "groups": ["Sham", "Vehicle", "ADSC-Exo"],
                "day_fmt": t_tokens(_D7), "corner": "Group",
                "foot": "T1–T5: days 1, 2, 3, 7 and 14 after reperfusion."}),
            "Counts of ChAT-positive motor neurons in the L4 ventral horn were 1.8-fold higher in treated rats.",
        ]),
        ("discussion", "Discussion", [
            ("A single intrathecal dose of ADSC-Exo given one hour after reperfusion preserved motor neurons and "
            "hind-limb function. Intravenous exosomes in a similar model required 400 µg to reach a comparable "
            "effect [4]; intrathecal delivery may allow much smaller doses."),
            ("Dosing by producing-cell number is imprecise because vesicle output varies between batches; we "
            "therefore also report particle and protein content. The catheter itself can cause mild injury, "
            "which may explain the sham scores below 21 on the first day."),
        ]),
    ],
    references=refs(16, 3, 13, 15),
    scores=FreshScores(
        outcome="BBB", err="sd",
        groups=[("Sham", "sham", 10), ("Vehicle", "control", 10), ("ADSC-Exo", "treatment", 10)],
        values={
            "Sham": series(_D7, [19.8, 20.6, 21.0, 21.0, 21.0], [0.9, 0.5, 0.0, 0.0, 0.0]),
            "Vehicle": series(_D7, [0.8, 1.4, 1.6, 2.9, 4.1], [0.9, 1.3, 1.5, 2.4, 3.0]),
            "ADSC-Exo": series(_D7, [1.1, 2.6, 4.5, 7.8, 9.6], [1.0, 1.7, 2.1, 2.6, 2.9]),
        }),
    footnote=FOOTNOTE,
)

# --- 8. holm2021: IFN-gamma-primed hBMSC exosomes, MASCIS T8, TFF, DLS, mg/kg i.p. every 48 h x4 -----

_D8 = [1.0, 7.0, 14.0, 21.0, 28.0, 42.0]
HOLM = Study(
    stem="holm2021_ifng_hbmsc_exo_tff_mascis_ip",
    layout="twocol",
    title="Interferon-γ priming enhances the anti-inflammatory activity of MSC exosomes in contused rat "
          "spinal cord",
    short_title="IFN-γ-primed MSC exosomes",
    authors=[("Kristin", "Holm"), ("Bilal", "Haider"), ("Ana Luísa", "Prates"), ("Tomasz", "Nowak")],
    affiliations=["Department of Immunology, Fjordvik University", "Fjordvik Spinal Research Group"],
    journal="Journal of Neuroinflammation Models",
    year=2021,
    volume="Vol. 18, Article 2291",
    doi="10.5555/fresh.2021.0829",
    pmid="99200829",
    pmcid="PMC9920829",
    received="2021-08-29",
    values={
        "species": "rat", "strain": "Long-Evans", "sex": "female", "n_per_group": 10,
        "injury_model": "contusion", "injury_device": "MASCIS impactor", "injury_level": "T8",
        "source_tissue": "bone_marrow", "source_species": "human", "modification": "IFN-γ preconditioning",
        "isolation_method": ["tangential_flow"], "isolation_detail": "TFF 300 kDa hollow fibre",
        "characterization": ["DLS", "TEM", "western_blot", "flow_cytometry"],
        "markers": ["CD63", "CD81", "TSG101"],
        "size_nm": {"value": 141.3, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 1, "unit": "mg_per_kg", "volume_ul": None, "basis": "protein"},
        "route": "intraperitoneal",
        "frequency": {"doses": 4, "interval_h": 48}, "timing_post_injury_h": 6.0,
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True, "reported_conflict_of_interest": True,
        "reported_welfare_compliance": True,
    },
    abstract=[
        (None, ("Priming MSCs with inflammatory cytokines changes the cargo of their vesicles. We primed human "
               "bone marrow MSCs with interferon-γ (IFN-γ) before collecting exosomes by tangential flow "
               "filtration and gave them intraperitoneally to female Long-Evans rats after a T8 contusion. "
               "Primed exosomes (γ-Exo) reduced CD68-positive macrophages and improved BBB scores over six "
               "weeks compared with vehicle.")),
    ],
    keywords=["interferon-γ", "priming", "macrophage", "tangential flow filtration", "exosomes"],
    sections=[
        ("intro", "Introduction", [
            ("The first days after spinal contusion are dominated by neutrophils and by macrophages that "
            "sustain tissue damage [1]. MSCs exposed to IFN-γ increase their expression of immunoregulatory "
            "molecules such as IDO and PD-L1, and some of these effects carry over to their vesicles [2]."),
            ("Tangential flow filtration processes litres of medium in hours and scales better than "
            "ultracentrifugation [3]. We combined priming with this method and with a clinically simple route."),
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Animals"),
            ("{{species,strain,sex|Female Long-Evans rats}}, 10–12 weeks old, were used. "
            "{{reported_welfare_compliance|Procedures were approved by the Fjordvik Animal Research Authority "
            "(FARA-2020-81) and reported following ARRIVE}}. "
            "{{reported_sample_size_calculation|Sample size was estimated a priori to detect a 2-point BBB "
            "difference with 80% power}}. Thirty rats were "
            "{{reported_randomisation|randomly assigned by a random number table}} to Sham, Vehicle or "
            "γ-Exo ({{n_per_group|ten per group}})."),
            ("h", "Contusion"),
            ("After a T8 laminectomy under isoflurane, "
            f"{{{{injury_model,injury_device,injury_level|the cord was contused with the MASCIS impactor (10{NB}g, "
            f"12.5{NB}mm) at T8}}}}."),
            ("h", "Priming and exosome isolation"),
            (f"{{{{source_tissue,source_species|Human bone marrow MSCs}}}} at passage 5 "
            f"{{{{modification|were primed with IFN-γ (50{NB}ng/mL) for 48{NB}h}}}}, washed and cultured for "
            "another 48 h in serum-free medium. The medium was clarified at 2000 × g and "
            "{{isolation_method,isolation_detail|concentrated and diafiltered by tangential flow filtration "
            "through a 300 kDa hollow-fibre cartridge}}."),
            ("{{characterization|Vesicle size was measured by dynamic light scattering and TEM; markers were "
            "examined by western blot and by bead-based flow cytometry}} ({{markers|CD63, CD81, TSG101}})."),
            ("h", "Treatment"),
            (f"{{{{dose|γ-Exo (1{NB}mg/kg body weight, protein) were given}}}} "
            f"{{{{route|by intraperitoneal injection}}}} "
            f"{{{{frequency,timing_post_injury_h|6{NB}h after injury and then every 48{NB}h, four injections in "
            f"total}}}}. Vehicle rats were injected with saline."),
            ("h", "Functional outcome"),
            ("{{reported_blinded_assessment|BBB scores were recorded by assessors masked to group}} on "
            "post-operative days (POD) 1, 7, 14, 21, 28 and 42 and are expressed as mean ± SEM."),
        ]),
        ("results", "Results", [
            (f"{{{{size_nm|DLS indicated a mean hydrodynamic diameter of 141.3{NB}nm}}}} (polydispersity index "
            "0.21); TEM confirmed cup-shaped vesicles."),
            ("BBB scores are listed in Table 1. γ-Exo rats were ahead of vehicle rats from POD 14, and the "
            "difference grew to about three points by POD 42."),
            ("table", "Table 1", "BBB scores by post-operative day.", {
                "orient": "rows", "days": _D8, "groups": ["Sham", "Vehicle", "γ-Exo"],
                "day_fmt": pod, "corner": "Day",
                "foot": "Mean ± SEM, n = 10 rats per group."}),
        ]),
        ("discussion", "Discussion", [
            ("IFN-γ-primed exosomes given intraperitoneally improved recovery, even though most "
            "intraperitoneal vesicles are taken up by abdominal organs [4]. This suggests part of the effect is "
            "systemic, through peripheral immune cells."),
            ("Unprimed exosomes were not included, so we cannot attribute the effect to priming. The mean "
            "size of 80 nm reported by others for TFF preparations [3] is smaller than ours, which may reflect "
            "the DLS bias toward large particles."),
        ]),
    ],
    references=refs(4, 13, 2, 5),
    scores=FreshScores(
        outcome="BBB", err="sem",
        groups=[("Sham", "sham", 10), ("Vehicle", "control", 10), ("γ-Exo", "treatment", 10)],
        values={
            "Sham": series(_D8, [21.0] * 6, [0.0] * 6),
            "Vehicle": series(_D8, [0.9, 4.2, 7.1, 8.5, 9.3, 9.8], [0.3, 0.5, 0.6, 0.6, 0.7, 0.7]),
            "γ-Exo": series(_D8, [1.0, 4.8, 8.9, 10.7, 11.9, 12.8], [0.3, 0.5, 0.6, 0.6, 0.6, 0.7]),
        }),
    back=[("Competing interests", ("{{reported_conflict_of_interest|The authors declare that they have no "
                                  "competing interests}}.")),
          ("Data availability", "Data are available from the corresponding author.")],
    footnote=FOOTNOTE,
)

STUDIES = [EZE, FUJII, GALLO, HOLM]
