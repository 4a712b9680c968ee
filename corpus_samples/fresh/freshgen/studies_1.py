"""Fresh held-out studies 1-4 (everything invented; written for this set only)."""

from __future__ import annotations

from extgen.model import Study

from freshgen.kit import (
    FOOTNOTE,
    MU,
    NB,
    TIMES,
    FreshScores,
    days_fmt,
    refs,
    series,
)

# --- 1. abara2021: native hUC-MSC exosomes, NYU impactor, single tail-vein dose at 30 min ----------

_D1 = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]
ABARA = Study(
    stem="abara2021_hucmsc_exo_nyu_tailvein",
    layout="single",
    title="Systemic umbilical cord MSC exosomes limit lesion expansion after thoracic contusion in rats",
    short_title="hUC-MSC exosomes after contusion",
    authors=[("Chidinma", "Abara"), ("Tobias", "Wendt"), ("Leila", "Farahani"), ("Marek", "Sobczak")],
    affiliations=["Department of Neurosurgery, Eastbrook University Hospital, Harlow Bay",
                  "Laboratory of Cell Therapy, Institute of Regenerative Sciences, Harlow Bay"],
    journal="Journal of Spinal Repair Research",
    year=2021,
    volume="14(3):201–214",
    doi="10.5555/fresh.2021.0101",
    pmid="99200101",
    pmcid="PMC9920101",
    received="2021-02-11",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 220, "high": 240}, "n_per_group": 10,
        "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T10",
        "source_tissue": "umbilical_cord", "source_species": "human", "modification": "none",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 g 70 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 112.4, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 200, "unit": "ug", "volume_ul": 200, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.5,
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, ("Exosomes released by mesenchymal stromal cells carry much of the benefit once attributed to the "
               "cells themselves. We asked whether a single intravenous injection of unmodified exosomes from human "
               "umbilical cord MSCs (hUC-MSC-Exos) improves hind-limb function after a moderate thoracic contusion. "
               f"Female rats received {{{{dose|200{NB}{MU}g of exosomes}}}} or PBS through the tail vein 30 minutes "
               "after injury and were followed for four weeks. Treated rats recovered faster and kept more spared "
               f"white matter; at day 28 the BBB score reached {{bbb:SCI+Exos@28}} compared with "
               "{bbb:SCI+PBS@28} in vehicle-treated animals.")),
    ],
    keywords=["spinal cord injury", "exosomes", "umbilical cord", "mesenchymal stromal cells", "BBB"],
    sections=[
        ("intro", "Introduction", [
            ("Traumatic spinal cord injury (SCI) sets off a secondary cascade of oedema, ischaemia, inflammation "
            "and cell death that enlarges the lesion for days to weeks after the impact [1,2]. Transplanted "
            "mesenchymal stromal cells (MSCs) dampen this cascade, but few of them survive or reach the cord, "
            "and most of their effect is now traced to what they secrete [3]."),
            ("Exosomes are membrane vesicles of endosomal origin, 30–150 nm across, that carry proteins, lipids and "
            "small RNAs between cells [3,4]. They cross biological barriers, do not divide and can be stored "
            "frozen, which makes them attractive as a cell-free product. Here we tested native exosomes from "
            "human umbilical cord MSCs in a standard rat contusion model, with a single systemic dose given "
            "early enough to act on the secondary injury."),
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Animals and ethics"),
            (f"{{{{species,strain,sex|Adult female Sprague-Dawley rats}}}} ({{{{body_weight_g|220–240{NB}g}}}}) were "
            "obtained from the university breeding unit and housed two per cage under a 12-h light cycle with free "
            "access to food and water. {{reported_welfare_compliance|All procedures were approved by the Eastbrook "
            "Animal Ethics Committee (protocol AE-19-044) and followed the ARRIVE guidelines}}."),
            ("{{reported_randomisation|Forty rats were randomly allocated using a computer-generated list}} to four "
            f"groups ({{{{n_per_group|n{NB}={NB}10 per group}}}}): Sham, SCI, SCI+PBS and SCI+Exos."),
            ("h", "Spinal cord injury"),
            ("Rats were anaesthetised with isoflurane (4% induction, 2% maintenance). After a dorsal midline "
            f"incision, {{{{injury_level|a laminectomy was performed at T10}}}} and the exposed cord was injured "
            f"with {{{{injury_model,injury_device|a 10-g rod dropped from 25{NB}mm using the NYU impactor}}}}. "
            "Sham rats received the laminectomy only. Bladders were expressed manually twice a day until reflex "
            "voiding returned, and cefazolin was given for three days."),
            ("h", "Cell culture and exosome isolation"),
            ("{{source_tissue,source_species|Human umbilical cord MSCs}} (passage 4–6; Harlow Bay Cell Bank) were "
            "grown in α-MEM with 10% fetal bovine serum. At 80% confluence the medium was replaced with "
            "serum-free medium for 48 h. The conditioned medium was cleared at 300 × g for 10 min, 2000 × g for "
            "20 min and 10 000 × g for 30 min, filtered through a 0.22-µm membrane and then "
            "{{isolation_method,isolation_detail|ultracentrifuged at 100 000 × g for 70 min}} (Type 70 Ti rotor, "
            "4 °C). The pellet was washed once in PBS at the same speed and resuspended in PBS. "
            "{{modification|The exosomes were used without any modification}}; protein content was measured "
            "with a BCA assay."),
            ("h", "Characterisation"),
            ("{{characterization|Exosomes were examined by transmission electron microscopy, nanoparticle tracking "
            "analysis (NanoSight NS300) and western blotting}}. "
            "{{markers|Membranes were probed with rabbit anti-CD9, anti-CD63 and anti-TSG101 antibodies; calnexin "
            "served as the negative control}}."),
            ("h", "Treatment"),
            (f"Thirty minutes after injury, rats in the SCI+Exos group received "
            f"{{{{dose|200{NB}µg of exosomes in 200{NB}µL PBS}}}} "
            f"{{{{route,route_detail,timing_post_injury_h|injected slowly into the tail vein 30 min after injury}}}}; "
            "SCI+PBS rats received 200 µL PBS in the same way and SCI rats were not injected. "
            "{{frequency|Each animal was treated only once}}."),
            ("h", "Behaviour and in-vitro assay"),
            ("{{reported_blinded_assessment|Hind-limb function was scored on the BBB scale by two observers who did "
            "not know the group allocation}}, on days 1, 3, 7, 14, 21 and 28 after injury. For the in-vitro "
            "assay, PC12 cells exposed to H2O2 were treated with 50 µg/mL exosomes for 24 h."),
            ("h", "Statistics"),
            ("Data are shown as mean ± SEM. BBB scores were compared by two-way repeated-measures ANOVA with "
            "Bonferroni post-tests; P < 0.05 was taken as significant."),
        ]),
        ("results", "Results", [
            ("h", "Vesicle characteristics"),
            ("Under the electron microscope the vesicles were round or cup-shaped. "
            f"{{{{size_nm|NTA gave a mean diameter of 112.4 ± 6.8{NB}nm}}}} and a concentration of about "
            "3.1 × 10<sup>11</sup> particles/mL. CD9, CD63 and TSG101 were detected, whereas calnexin was not."),
            ("h", "Locomotor recovery"),
            ("All injured rats were paraplegic on day 1. From day 7 onwards the SCI+Exos group scored higher than "
            "both untreated and vehicle-treated rats (Table 1), and by day 28 most treated rats showed consistent "
            "weight-supported plantar stepping. No rat was excluded and none died."),
            ("table", "Table 1", "BBB scores after thoracic contusion (mean ± SEM).", {
                "orient": "cols", "days": _D1, "groups": ["Sham", "SCI", "SCI+PBS", "SCI+Exos"],
                "day_fmt": lambda d: f"Day {d:g}", "corner": "Group",
                "foot": "n = 10 rats per group; SCI+Exos versus SCI+PBS, P < 0.01 from day 7."}),
            "PC12 cells treated with exosomes showed 38% less apoptosis than untreated cells after H2O2 exposure.",
        ]),
        ("discussion", "Discussion", [
            ("A single intravenous injection of native hUC-MSC exosomes, given within the first hour, improved "
            "locomotor recovery by roughly four BBB points at four weeks. The size of this effect is in line with "
            "earlier reports. Fagerlund and Ito injected 100 µg of bone marrow MSC exosomes and saw a gain of "
            "about three points [6], and a meta-analysis put the pooled mean difference near 3.5 points [16]."),
            ("Our work has limitations. Only female rats were used, the follow-up was four weeks, and we did not "
            "track the labelled vesicles in vivo. Whether 200 µg is the best dose remains open."),
        ]),
    ],
    references=refs(3, 4, 1, 2, 0, 5, 6, 12, 15),
    scores=FreshScores(
        outcome="BBB", err="sem",
        groups=[("Sham", "sham", 10), ("SCI", "control", 10), ("SCI+PBS", "control", 10), ("SCI+Exos", "treatment", 10)],
        values={
            "Sham": series(_D1, [21.0, 21.0, 21.0, 21.0, 21.0, 21.0], [0.0, 0.0, 0.0, 0.0, 0.0, 0.0]),
            "SCI": series(_D1, [0.4, 1.2, 3.1, 5.6, 7.0, 7.6], [0.2, 0.3, 0.5, 0.6, 0.6, 0.7]),
            "SCI+PBS": series(_D1, [0.5, 1.3, 3.3, 5.9, 7.2, 7.9], [0.2, 0.4, 0.5, 0.6, 0.7, 0.7]),
            "SCI+Exos": series(_D1, [0.6, 1.9, 5.2, 8.4, 10.6, 11.8], [0.2, 0.4, 0.6, 0.7, 0.8, 0.8]),
        }),
    back=[("Conflict of interest", ("{{reported_conflict_of_interest|The authors declare no competing "
                                   "interests}}.")),
          ("Funding", "Supported by the Harlow Bay Neurotrauma Fund (grant HB-2019-17).")],
    footnote=FOOTNOTE,
)

# --- 2. brennan2019: rat BMSC exosomes (ExoQuick-TC), Infinite Horizon, µg/kg daily x3 from 24 h ----

_D2 = [7.0, 14.0, 28.0, 42.0]
BRENNAN = Study(
    stem="brennan2019_rbmsc_exo_exoquick_ih_ugkg",
    layout="twocol",
    title="Repeated intravenous dosing of bone marrow stromal cell exosomes after Infinite Horizon contusion",
    short_title="Repeated BMSC-Exo dosing",
    authors=[("Aoife", "Brennan"), ("Rafael", "Quintero"), ("Sun-hee", "Baek")],
    affiliations=["School of Biomedical Sciences, Northgate University, Kilbride"],
    journal="Neurotrauma Therapeutics Letters",
    year=2019,
    volume="Vol. 6, e1907",
    doi="10.5555/fresh.2019.0207",
    pmid="99200207",
    pmcid="PMC9920207",
    received="2019-05-02",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male", "body_weight_g": {"low": 250, "high": 280},
        "n_per_group": 8, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor",
        "injury_level": "T9", "source_tissue": "bone_marrow", "source_species": "rat",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "ExoQuick-TC",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "CD81", "Alix"],
        "size_nm": {"value": 98.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug_per_kg", "volume_ul": None, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 3, "interval_h": 24}, "timing_post_injury_h": 24.0,
        "reported_welfare_compliance": True,
    },
    abstract=[
        ("Background", ("One injection of vesicles may be cleared before the inflammatory peak. We tested "
                       "whether three daily injections of rat bone marrow MSC exosomes (rBMSC-Exo) help more.")),
        ("Methods", ("Male Wistar rats were injured at T9 with an Infinite Horizon device (150 kdyn) and received "
                    "100 µg/kg exosomes or saline intravenously on days 1, 2 and 3.")),
        ("Results", ("Treated rats had higher BBB scores from week 2; at week 6 the scores were "
                    "{bbb:Exo@42} and {bbb:Saline@42}.")),
        ("Conclusion", "Repeated early dosing of rBMSC-Exo improves recovery in this model."),
    ],
    keywords=["exosome", "bone marrow stromal cell", "contusion", "repeated dosing"],
    sections=[
        ("intro", "Introduction", [
            ("Most vesicle studies in spinal cord injury give one dose [1]. Yet the inflammatory infiltrate of the "
            "contused cord builds over several days [2], and vesicles injected into the blood are cleared within "
            "hours [3]. A short course of injections may therefore match the biology better."),
            ("Rat BMSCs are easy to expand and avoid the question of a cross-species response. We isolated their "
            "exosomes with a commercial precipitation reagent, a method open to laboratories without an "
            "ultracentrifuge, and dosed them by body weight."),
        ]),
        ("methods", "Methods", [
            ("h", "Animals"),
            (f"{{{{species,strain,sex|Male Wistar rats}}}} weighing {{{{body_weight_g|250 to 280{NB}g}}}} were "
            "used. {{reported_welfare_compliance|The study complied with national legislation on animal "
            "experiments and was approved by the Northgate University ethics board (NU-AWB-118)}}. "
            "Twenty-four rats were divided into Sham, Saline and Exo {{n_per_group|groups of eight}}."),
            ("h", "Injury"),
            ("Under ketamine–xylazine anaesthesia the T9 lamina was removed and "
            "{{injury_model,injury_device,injury_level|a 150-kdyn contusion was delivered to the T9 cord with "
            "an Infinite Horizon impactor}}. Sham animals had the laminectomy alone."),
            ("h", "Exosomes"),
            ("{{source_tissue,source_species|BMSCs were flushed from the femurs and tibias of 4-week-old "
            "Wistar rats}} and used at passage 3–5. Exosome-depleted serum medium was conditioned for 48 h, "
            "centrifuged at 3000 × g for 15 min and mixed with "
            "{{isolation_method,isolation_detail|ExoQuick-TC precipitation reagent}} (System Biosciences) "
            "overnight at 4 °C according to the supplier; the pellet was collected at 1500 × g for 30 min."),
            ("{{characterization|Vesicle morphology was viewed by TEM, size by NTA (ZetaView), and marker "
            "proteins by western blot}} using {{markers|antibodies against CD63, CD81 and Alix}} (all raised "
            "in mouse)."),
            ("h", "Dosing"),
            (f"{{{{dose|Exosomes (100{NB}µg/kg, by BCA protein) were diluted in 0.5 mL saline}}}} and "
            f"{{{{route,route_detail|injected into a lateral tail vein}}}} "
            f"{{{{frequency,timing_post_injury_h|once daily for three consecutive days, starting 24{NB}h after "
            f"injury}}}}. The Saline group received 0.5 mL saline on the same schedule."),
            ("h", "Assessment and statistics"),
            ("BBB scores were recorded at 1, 2, 4 and 6 weeks. Results are presented as mean ± SD and analysed "
            "by one-way ANOVA at each time point with Tukey's test."),
        ]),
        ("results", "Results", [
            (f"{{{{size_nm|The modal diameter was 98{NB}nm}}}}, with most particles between 60 and 180 nm; TEM "
            "showed cup-shaped vesicles."),
            ("At 1 week the groups did not differ (Exo {bbb:Exo@7} versus Saline {bbb:Saline@7}). "
            "From 2 weeks the Exo group moved ahead: {bbb:Exo@14} against {bbb:Saline@14} at 2 weeks and "
            "{bbb:Exo@28} against {bbb:Saline@28} at 4 weeks (P < 0.05). Sham rats scored 21 throughout."),
            ("figure", "Figure 2", "BBB scores over six weeks. Values are mean ± SD (n = 8).", {
                "days": _D2, "groups": ["Saline", "Exo"], "x": "weeks"}),
        ]),
        ("discussion", "Discussion", [
            ("Three daily doses produced a gain of about three BBB points by six weeks. Others gave a single "
            "bolus of 1 mg/kg [4] or 400 µg per rat [5] and saw effects of similar size, so it is not yet clear "
            "that repetition adds much; a head-to-head study is needed."),
            ("Precipitation reagents co-isolate lipoproteins and protein aggregates [6], so part of the BCA-based "
            "dose may not be vesicular. We did not blind the observers, which may have inflated the effect."),
        ]),
    ],
    references=refs(0, 4, 5, 15, 1, 2),
    scores=FreshScores(
        outcome="BBB", err="sd",
        groups=[("Saline", "control", 8), ("Exo", "treatment", 8)],
        values={
            "Saline": series(_D2, [3.4, 5.8, 7.9, 8.6], [1.1, 1.4, 1.5, 1.6]),
            "Exo": series(_D2, [3.9, 7.6, 10.3, 11.7], [1.2, 1.3, 1.6, 1.5]),
        }),
    back=[("Acknowledgements", "We thank the animal unit staff for post-operative care.")],
    footnote=FOOTNOTE,
)

# --- 3. castillo2022: mouse, clip compression, hADSC EVs (UF + SEC), intrathecal x2, BMS table -------

_D3 = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0, 35.0]
CASTILLO = Study(
    stem="castillo2022_mouse_hadsc_ev_clip_intrathecal",
    layout="single",
    title="Intrathecal adipose stromal cell extracellular vesicles after clip compression injury in mice",
    short_title="ADSC-EVs in murine compression SCI",
    authors=[("Inés", "Castillo-Reyes"), ("Henrik", "Dahl"), ("Yuki", "Morimoto"), ("Grace", "Odhiambo")],
    affiliations=["Centro de Neurobiología Experimental, Valdoria", "Department of Pharmacology, Ostmark University"],
    journal="Experimental Neural Regeneration",
    year=2022,
    volume="31:e22418",
    doi="10.5555/fresh.2022.0318",
    pmid="99200318",
    pmcid="PMC9920318",
    received="2022-03-19",
    values={
        "species": "mouse", "strain": "C57BL/6", "sex": "female", "body_weight_g": {"low": 18, "high": 22},
        "n_per_group": 12, "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T8",
        "source_tissue": "adipose", "source_species": "human",
        "isolation_method": ["ultrafiltration", "size_exclusion"], "isolation_detail": "Amicon Ultra-15 100 kDa; qEVoriginal 70 nm",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD9", "CD81", "TSG101", "GM130"],
        "size_nm": {"value": 127.5, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 1e9, "unit": "particles", "volume_ul": 5, "basis": "particles"},
        "route": "intrathecal", "route_detail": "lumbar puncture",
        "frequency": {"doses": 2, "interval_h": 72}, "timing_post_injury_h": 3.0,
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Objective", ("To test intrathecal delivery of small extracellular vesicles from human adipose-derived "
                      "stromal cells (hADSC-EVs) in a mouse compression model.")),
        ("Methods", (f"Female C57BL/6 mice received a 60-s clip compression at T8 and two lumbar intrathecal "
                    f"injections of 1 {TIMES} 10<sup>9</sup> EV particles or vehicle (3 h and 3 days after injury). "
                    "Recovery was rated on the Basso Mouse Scale (BMS) for five weeks.")),
        ("Results", "EV-treated mice reached a higher BMS at day 35 and had smaller GFAP-positive scar areas."),
    ],
    keywords=["Basso Mouse Scale", "extracellular vesicles", "adipose", "intrathecal", "compression"],
    sections=[
        ("intro", "Introduction", [
            ("Clip compression reproduces the sustained cord compression seen in many human injuries better than "
            "a brief impact [1]. In mice it produces a lesion that recovers partially over four to six weeks, "
            "leaving room to detect a treatment effect on the Basso Mouse Scale [2]."),
            ("Small EVs of 50–200 nm are thought to mediate much of the anti-inflammatory action of adipose "
            "stromal cells [3]. Systemic injection sends most of them to the liver and spleen [4]; injecting them "
            "into the cerebrospinal fluid places them next to the lesion without reopening the wound."),
        ]),
        ("methods", "Materials and methods", [
            ("h", "Mice"),
            (f"We used {{{{species,strain,sex|female C57BL/6J mice}}}} aged 8–10 weeks "
            f"({{{{body_weight_g|18–22{NB}g}}}}). {{{{reported_welfare_compliance|Experiments were licensed by the "
            f"Valdoria regional authority (licence 2020-07-311) and are reported according to ARRIVE 2.0}}}}. "
            "{{reported_sample_size_calculation|Group size was calculated in G*Power for a difference of 1.5 BMS "
            "points (SD 1.2, α = 0.05, power 0.8), giving 11 mice; we planned 12 to allow for losses}}."),
            (f"{{{{reported_randomisation|Mice were assigned to Sham, Vehicle or EV groups by block "
            f"randomisation}}}} ({{{{n_per_group|n{NB}={NB}12 per group}}}})."),
            ("h", "Compression injury"),
            ("Under isoflurane anaesthesia a T8 laminectomy was made and "
            f"{{{{injury_model,injury_device,injury_level|the cord was compressed for 60 s with a modified "
            f"aneurysm clip (closing force 8{NB}g) at T8}}}}. Sham mice underwent laminectomy only."),
            ("h", "Vesicle preparation"),
            ("{{source_tissue,source_species|Adipose-derived stromal cells from lipoaspirate of healthy human "
            "donors}} were purchased from a commercial supplier and used at passages 3–5. Culture supernatant "
            "collected over 72 h in serum-free medium was spun at 2000 × g for 20 min, "
            "{{isolation_method,isolation_detail|concentrated on Amicon Ultra-15 100 kDa filters and fractionated "
            "on qEVoriginal 70 nm columns}}; fractions 7–9 were pooled."),
            ("{{characterization|Particle size and concentration were measured by NTA (NanoSight LM10), "
            "morphology by TEM after negative staining, and protein markers by western blot}}. "
            "{{markers|Primary antibodies were CD9, CD81 and TSG101, with GM130 as a marker of cellular "
            "contamination}}; the secondary was a goat anti-rabbit HRP conjugate."),
            ("h", "Injections"),
            (f"{{{{dose|Each injection delivered 1 {TIMES} 10<sup>9</sup> particles in 5{NB}{MU}L PBS}}}}. "
            f"{{{{route,route_detail|A 30-G needle was inserted by lumbar puncture between L5 and L6}}}}, and a "
            "tail flick confirmed entry into the intrathecal space. "
            f"{{{{frequency,timing_post_injury_h|Mice were injected 3{NB}h after injury and a second time 72{NB}h "
            f"later}}}}. Vehicle mice received 5 µL PBS. For the in-vitro work, BV2 microglia were treated with "
            f"1 {TIMES} 10<sup>8</sup> particles/mL for 24 h."),
            ("h", "Locomotion and statistics"),
            ("{{reported_blinded_assessment|Two raters unaware of treatment scored the BMS}} on days 1, 3, 7, 14, "
            "21, 28 and 35. Scores are mean ± SEM; groups were compared by mixed-effects analysis with Šidák's "
            "correction."),
        ]),
        ("results", "Results", [
            (f"{{{{size_nm|The EVs had a mean size of 127.5{NB}nm}}}} by NTA (mode 104 nm); TEM showed "
            "intact bilayer vesicles. CD9, CD81 and TSG101 were enriched and GM130 was absent from EV lysates."),
            ("One mouse of the EV group died on day 2 from bladder infection and was excluded, so the EV group "
            "contained 11 mice from then on. BMS scores are given in Table 2."),
            ("table", "Table 2", "Basso Mouse Scale scores (mean ± SEM).", {
                "orient": "rows", "days": _D3, "groups": ["Sham", "Vehicle", "EV"],
                "day_fmt": days_fmt, "corner": "Time after SCI",
                "foot": "Sham and Vehicle n = 12; EV n = 11."}),
            "GFAP-positive scar area at day 35 was 31% smaller in the EV group than in vehicle-treated mice.",
        ]),
        ("discussion", "Discussion", [
            ("Two intrathecal injections raised the final BMS by about 1.5 points. A previous mouse study used "
            "5 × 10<sup>9</sup> particles intravenously and reported a smaller gain [5], consistent with the idea "
            "that local delivery needs fewer vesicles."),
            ("Vesicles reported by others from adipose cells ranged from 80 to 150 nm [3]; ours fall inside this "
            "range. The main limitations are the single sex and the short follow-up."),
        ]),
    ],
    references=refs(16, 17, 1, 5, 7),
    scores=FreshScores(
        outcome="BMS", err="sem", fmt="tight",
        groups=[("Sham", "sham", 12), ("Vehicle", "control", 12), ("EV", "treatment", 11)],
        values={
            "Sham": series(_D3, [9.0] * 7, [0.0] * 7),
            "Vehicle": series(_D3, [0.3, 0.8, 1.6, 2.4, 2.9, 3.2, 3.3], [0.1, 0.2, 0.3, 0.3, 0.4, 0.4, 0.4]),
            "EV": series(_D3, [0.4, 1.1, 2.3, 3.4, 4.1, 4.6, 4.8], [0.1, 0.2, 0.3, 0.4, 0.4, 0.4, 0.5]),
        }),
    back=[("Competing interests", "{{reported_conflict_of_interest|The authors have no competing interests}}.")],
    footnote=FOOTNOTE,
)

# --- 4. dimitriou2020: transection, WJ-MSC exosomes in collagen scaffold, BBB in a figure only ------

_D4 = [7.0, 14.0, 21.0, 28.0, 42.0, 56.0]
DIMITRIOU = Study(
    stem="dimitriou2020_wjmsc_exo_collagen_transection",
    layout="twocol",
    title="A collagen scaffold loaded with Wharton's jelly MSC exosomes bridges the transected rat spinal cord",
    short_title="Exosome-loaded collagen scaffold",
    authors=[("Eleni", "Dimitriou"), ("Kwame", "Asante"), ("Paula", "Varela"), ("Jonas", "Richter")],
    affiliations=["Biomaterials Unit, Aldersgate Institute of Technology", "Spinal Injury Centre, St Brannoc Hospital"],
    journal="Regenerative Biomaterials and Neural Repair",
    year=2020,
    volume="8(5):611–624",
    doi="10.5555/fresh.2020.0405",
    pmid="99200405",
    pmcid="PMC9920405",
    received="2020-01-27",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 280, "high": 320},
        "n_per_group": 9, "injury_model": "transection", "injury_level": "T10",
        "source_tissue": "wharton_jelly", "source_species": "human", "modification": "none",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "120,000 g 90 min",
        "characterization": ["TEM", "western_blot", "DLS"], "markers": ["CD63", "TSG101", "HSP70"],
        "size_nm": {"value": None, "low": 40, "high": 160, "stat": None, "method": "TEM"},
        "dose": {"amount": 50, "unit": "ug", "volume_ul": None, "basis": "protein"},
        "route": "implanted_biomaterial", "route_detail": "collagen scaffold",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.0,
        "reported_blinded_assessment": True, "reported_sample_size_calculation": True,
    },
    abstract=[
        (None, ("Complete transection leaves a gap that neither axons nor injected vesicles can bridge. We loaded "
               "native exosomes from human Wharton's jelly mesenchymal stem cells into a porous collagen scaffold "
               "and implanted it into a 2-mm gap at T10 in rats. Over eight weeks, rats with exosome-loaded "
               "scaffolds regained more hind-limb movement than rats with empty scaffolds, had more "
               "neurofilament-positive fibres crossing the implant and a smaller cavity.")),
    ],
    keywords=["transection", "collagen scaffold", "Wharton's jelly", "exosomes", "axon regeneration"],
    sections=[
        ("intro", "Introduction", [
            ("After complete transection, the cut cord ends retract and a cyst forms between them [1]. Scaffolds "
            "can fill the gap and guide axons, and they can also release drugs or vesicles for weeks [2]."),
            ("Exosomes from Wharton's jelly MSCs promote neurite outgrowth in culture [3]. Injected into the "
            "circulation they reach a transected cord poorly because there is no continuous tissue to receive "
            "them [4]. We therefore combined them with a collagen scaffold that is already used in clinical "
            "trials for other indications."),
        ]),
        ("methods", "Methods", [
            ("h", "Animals and surgery"),
            (f"{{{{species,strain,sex|Male Sprague-Dawley rats}}}} ({{{{body_weight_g|280–320{NB}g}}}}) were "
            "anaesthetised with pentobarbital. After laminectomy, "
            f"{{{{injury_model,injury_level|the spinal cord was completely transected at T10 and a 2-mm "
            f"segment removed}}}}. Completeness was confirmed by lifting both stumps with a hook."),
            (f"{{{{reported_sample_size_calculation|A sample size of nine per group was derived from a power "
            f"analysis}}}} based on pilot data; 27 rats were therefore assigned to Sham, Scaffold and "
            f"Scaffold+Exo groups ({{{{n_per_group|n{NB}={NB}9 each}}}})."),
            ("h", "Exosome isolation"),
            ("{{source_tissue,source_species|Mesenchymal stem cells were isolated from the Wharton's jelly of "
            "human umbilical cords}} donated after caesarean delivery with written consent. Conditioned medium "
            "was cleared by successive spins (500 × g, 2500 × g, 12 000 × g) and "
            "{{isolation_method,isolation_detail|pelleted twice at 120 000 × g for 90 min}}. "
            "{{modification|Exosomes were native, without genetic or pharmacological manipulation}}."),
            ("{{characterization|We characterised the vesicles by TEM, western blot and dynamic light "
            "scattering}}. {{markers|Blots showed CD63, TSG101 and HSP70}}."),
            ("h", "Scaffold loading and implantation"),
            (f"Collagen scaffolds (2 {TIMES} 3 mm) were soaked in exosome suspension for 1 h at 4 °C so that "
            f"{{{{dose|each scaffold carried 50{NB}µg of exosomal protein}}}}. "
            "{{route,route_detail,frequency,timing_post_injury_h|The loaded collagen scaffold was placed in the "
            "gap immediately after transection}}, and the dura was closed over it with 10-0 sutures. The Scaffold "
            "group received scaffolds soaked in PBS."),
            ("h", "Behaviour"),
            ("{{reported_blinded_assessment|Open-field locomotion was scored on the BBB scale by two blinded "
            "examiners}} weekly for eight weeks. Values are mean ± SEM; differences were tested by two-way ANOVA."),
        ]),
        ("results", "Results", [
            (f"{{{{size_nm|Vesicles seen by TEM measured 40–160{NB}nm}}}}; the hydrodynamic diameter by DLS was "
            "larger and more variable, probably because of aggregation. Release from the scaffold in vitro was "
            "about 60% by day 7 and 85% by day 14."),
            ("Rats with exosome-loaded scaffolds recovered more movement than those with empty scaffolds from "
            "week 3 onward (Figure 3); by week 8 most of them showed extensive movement of all three hind-limb "
            "joints, but none achieved weight support. Neurofilament-positive fibres crossing the implant were "
            "2.3-fold more numerous in the Scaffold+Exo group."),
            ("figure", "Figure 3", ("BBB scores of Scaffold and Scaffold+Exo rats over eight weeks (mean ± SEM, "
                                   "n = 9). *P < 0.05."), {
                "days": _D4, "groups": ["Scaffold", "Scaffold+Exo"], "x": "weeks"}),
        ]),
        ("discussion", "Discussion", [
            ("Transection models leave little spontaneous recovery, so even modest gains are notable. A hydrogel "
            "study that delivered 100 µg of umbilical cord exosomes reported a BBB of about 7 at eight weeks [5], "
            "somewhat above what we observed; its model left the dura intact."),
            ("The scaffold released most of its cargo within two weeks. A slower-releasing carrier may extend the "
            "effect. We did not include a group receiving exosomes without the scaffold."),
        ]),
    ],
    references=refs(10, 9, 1, 5, 15),
    scores=FreshScores(
        outcome="BBB", err="sem",
        groups=[("Scaffold", "other", 9), ("Scaffold+Exo", "treatment", 9)],
        values={
            "Scaffold": series(_D4, [0.5, 1.2, 2.0, 2.6, 3.1, 3.4], [0.2, 0.3, 0.4, 0.4, 0.5, 0.5]),
            "Scaffold+Exo": series(_D4, [0.6, 1.6, 3.0, 4.2, 5.3, 5.9], [0.2, 0.3, 0.4, 0.5, 0.5, 0.6]),
        }),
    notes=["BBB is reported only in the Figure 3 line plot (weeks 1-8); no outcome rows."],
    footnote=FOOTNOTE,
)

STUDIES = [ABARA, BRENNAN, CASTILLO, DIMITRIOU]
