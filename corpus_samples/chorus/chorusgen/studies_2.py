"""Chorus studies, part 2: an accepted manuscript with two species, a thesis chapter, a
methods-in-a-table paper and an acute + delayed design. Everything here is invented."""

from __future__ import annotations

from extgen.common import FOOTNOTE, NB, POOL, TH
from extgen.model import Scores

from chorusgen.markup import Chorus


def _series(days: list[float], pairs: list[tuple[float, float]]) -> dict[float, tuple[float, float]]:
    return dict(zip(days, pairs, strict=True))


# --------------------------------------------------------------------------------------
# 5. Accepted manuscript (line numbers, floats at the end): rats main (BBB), mice secondary
#    (BMS, another injury model, another route). Tables with days as rows.
# --------------------------------------------------------------------------------------

UZ_DAYS = [1.0, 7.0, 14.0, 21.0, 28.0]
UZ_MDAYS = [1.0, 3.0, 7.0, 14.0, 28.0]
UZOMA = Chorus(
    stem="uzoma2023_hbmsc_ev_rat_mouse_manuscript",
    layout="manuscript",
    title="Bone marrow stromal-cell extracellular vesicles improve locomotion in contused rats and "
          "compressed mice",
    short_title="EVs in two rodent SCI models",
    authors=[("Chidinma", "Uzoma"), ("Tobias", "Lindner"), ("Nneka", "Obi-Eze"), ("Yusuf", "Kaya"),
             ("Grace", "Afolabi")],
    affiliations=["Centre for Spinal Repair, Niger Delta Institute of Health Sciences, Port Harcourt "
                  "(invented)", "Department of Neurobiology, Rhine Valley University, Mainz (invented)"],
    journal="Experimental Spinal Therapeutics",
    year=2023,
    volume="accepted 2023-06-14",
    doi="10.5555/est.2023.0614",
    pmid="99200105",
    pmcid="PMC99200105",
    received="2023-01-20",
    values={
        "species": "rat", "strain": "Wistar", "sex": "female", "body_weight_g": {"low": 200, "high": 230},
        "n_per_group": 10, "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T9",
        "source_tissue": "bone_marrow", "source_species": "human",
        "isolation_method": ["tangential_flow", "size_exclusion"],
        "isolation_detail": "TFF 300 kDa; qEV10/70 nm",
        "characterization": ["NTA", "TEM", "western_blot", "flow_cytometry"],
        "markers": ["CD63", "CD81", "TSG101", "calnexin"],
        "size_nm": {"value": 118.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 2e10, "unit": "particles", "volume_ul": 300, "basis": "particles"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 3, "interval_h": 72}, "timing_post_injury_h": 3.0,
        "mechanism": "angiogenesis via VEGF-A",
        "reported_blinded_assessment": True, "reported_randomisation": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Vesicle studies in spinal cord injury rarely test more than one species or model."),
        ("Methods", "Female Wistar rats (thoracic contusion) and C57BL/6 mice (clip compression) received "
                    "human bone marrow stromal-cell EVs (hBMSC-EVs) or vehicle intravenously."),
        ("Results", "At 4 weeks rats given EVs scored {sc:hBMSC-EV@28.0|pm} on the BBB scale, versus "
                    "{sc:Vehicle@28.0|pm} after vehicle; mice improved by about two BMS points."),
        ("Conclusions", "The benefit held across species and injury types and went with more vessels."),
    ],
    keywords=["extracellular vesicles", "bone marrow", "BBB", "BMS", "angiogenesis"],
    sections=[
        ("intro", "Introduction", [
            "Stromal-cell extracellular vesicles (EVs) are small (usually said to be 30–150 nm) and cross the "
            "blood–spinal cord barrier after injury [2,6]. Most rodent studies use one species and one "
            "contusion model [11], so it is unclear how far a benefit generalises.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "EV manufacture"),
            "{{source_tissue,source_species|Human bone marrow MSCs}} (two donors, passage 4) were expanded "
            "in a hollow-fibre bioreactor. Conditioned medium was concentrated by "
            "{{isolation_method,isolation_detail|tangential flow filtration (300 kDa)}} and fractionated "
            "on {{isolation_method,isolation_detail|qEV10/70 nm size-exclusion columns}}. "
            "{{characterization|NTA (ZetaView), TEM, western blotting and bead-based flow cytometry}} were "
            "used; {{markers|the EVs carried CD63, CD81 and TSG101 and lacked calnexin}}.",
            ("h", "Rats"),
            "{{species,strain,sex,body_weight_g|Female Wistar rats (200–230 g)}} were anaesthetised with "
            "isoflurane, and after a T8–T10 laminectomy "
            "{{injury_model,injury_device,injury_level|a moderate contusion (10 g, 25 mm) was produced "
            "at T9 with the NYU impactor}}. "
            "{{reported_randomisation|Rats were randomly assigned to Vehicle or hBMSC-EV (random number "
            "table)}}, {{n_per_group|10 per group}}. "
            "{{dose,route,route_detail|Each dose of 2 × 10<sup>10</sup> particles in 300 µL PBS was "
            "given through the tail vein}}, "
            "{{timing_post_injury_h,frequency|the first 3 h after injury and then every 72 h, three "
            "doses in all}}.",
            ("h", "Mice"),
            "Female C57BL/6 mice (18–22 g, n = 8 per group) received a 5-s compression with a modified "
            "aneurysm clip (8 g) at T10, and 5 × 10<sup>9</sup> particles in 100 µL by retro-orbital "
            "injection at 3 h. Locomotion was rated on the Basso Mouse Scale (BMS, 0–9).",
            ("h", "Behaviour and statistics"),
            "{{reported_blinded_assessment|Open-field scores were given by two raters who did not know the "
            "treatment}}. BBB was rated on days 1, 7, 14, 21 and 28 and BMS on days 1, 3, 7, 14 and 28. "
            "Mixed-effects models with Šidák correction; P < 0.05.",
        ]),
        ("results", "Results", [
            "{{size_nm|The EV preparations had a modal size of 118 nm}} and 3.1 × 10<sup>11</sup> "
            "particles/mL.",
            "In rats, EVs raised BBB scores from the second week (Table 1). On day 14 the EV group scored "
            "{sc:hBMSC-EV@14.0|tight} against {sc:Vehicle@14.0|tight}; on day 28, "
            "{sc:hBMSC-EV@28.0|semi} and {sc:Vehicle@28.0|semi}, respectively (mean; SEM).",
            "Mice behaved similarly (Table 2): BMS on day 28 was {sc:mouse/EV@28.0|pm} after EVs and "
            "{sc:mouse/PBS@28.0|pm} after PBS. CD31<sup>+</sup> vessel density rose by 38%, in keeping "
            "with {{mechanism|VEGF-A–driven angiogenesis}}.",
            ("xtable", "Table 1", "BBB scores of rats (mean ± SEM; n = 10 per group).",
             {"orient": "rows", "days": UZ_DAYS, "groups": ["Vehicle", "hBMSC-EV"],
              "day_fmt": lambda d: f"Day {d:g}", "corner": "Time point", "marks": {("hBMSC-EV", 28.0): "*"},
              "foot": "*P < 0.01 versus Vehicle (mixed-effects model)."}),
            ("xtable", "Table 2", "BMS scores of mice (mean ± SEM; n = 8 per group).",
             {"scores": "mouse", "orient": "cols", "days": UZ_MDAYS, "groups": ["PBS", "EV"],
              "day_fmt": lambda d: f"D{d:g}", "corner": "Mice"}),
            ("figure", "Figure 2", "BBB time course of the rat cohort (plotted from Table 1).",
             {"days": UZ_DAYS, "groups": ["Vehicle", "hBMSC-EV"]}),
        ]),
        ("discussion", "Discussion", [
            "Two species, two injury mechanisms and two routes gave the same direction of effect. Other "
            "groups saw larger gains with 1 × 10<sup>11</sup> particles [5] or with vesicles of 80 nm mean "
            "size [14]. BMS gains of 2 points in mice are comparable to a 4-point BBB gain in rats [1].",
        ]),
    ],
    references=POOL[:15],
    scores=Scores(
        outcome="BBB", err="sem",
        groups=[("Vehicle", "control", 10), ("hBMSC-EV", "treatment", 10)],
        values={
            "Vehicle": _series(UZ_DAYS, [(0.6, 0.2), (3.2, 0.5), (5.5, 0.6), (7.0, 0.6), (7.7, 0.7)]),
            "hBMSC-EV": _series(UZ_DAYS, [(0.7, 0.3), (3.9, 0.5), (7.6, 0.7), (9.8, 0.7), (11.1, 0.8)]),
        },
    ),
    extra={"mouse": Scores(
        outcome="BMS", err="sem", groups=[("PBS", "control", 8), ("EV", "treatment", 8)],
        values={"PBS": _series(UZ_MDAYS, [(0.3, 0.2), (0.9, 0.3), (1.8, 0.4), (2.6, 0.4), (3.1, 0.5)]),
                "EV": _series(UZ_MDAYS, [(0.4, 0.2), (1.3, 0.3), (2.7, 0.4), (4.0, 0.5), (5.2, 0.5)])})},
    back=[
        ("Ethics approval", "{{reported_welfare_compliance|Animal work followed the ARRIVE guidelines and was "
                            "licensed by the state animal welfare authority (G 21-1-077)}}."),
        ("Conflict of interest", "{{reported_conflict_of_interest|The authors have no conflicts of interest "
                                 "to disclose}}."),
    ],
    footnote=FOOTNOTE,
)

# --------------------------------------------------------------------------------------
# 6. Thesis chapter: very long methods, numbered sections, T-coded time points, intrathecal
#    catheter (its vertebral level is a trap), a BBB table continued on the next page.
# --------------------------------------------------------------------------------------

VH_DAYS = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0, 42.0, 56.0]
VH_T = {d: f"T{i}" for i, d in enumerate(VH_DAYS, 1)}
VERHOEVEN = Chorus(
    stem="verhoeven2019_wjmsc_exo_mir146a_thesis",
    layout="thesis",
    title="Chapter 4: miR-146a-enriched Wharton's jelly MSC exosomes delivered intrathecally after "
          "thoracic contusion",
    short_title="Chapter 4 · Intrathecal miR-146a exosomes",
    authors=[("Lotte", "Verhoeven"), ("Pieter", "Smits"), ("Ayşe", "Demir")],
    affiliations=["Graduate School of Life Sciences, Lowlands University, Utrecht (invented)"],
    journal="Doctoral Thesis Series in Regenerative Neuroscience",
    year=2019,
    volume="vol. 12, ch. 4",
    doi="10.5555/dtsrn.2019.12.4",
    pmid="99200106",
    pmcid="PMC99200106",
    received="2019-05-03",
    values={
        "species": "rat", "strain": "Long-Evans", "sex": "male", "body_weight_g": {"low": 275, "high": 325},
        "n_per_group": 11, "injury_model": "contusion", "injury_device": "MASCIS impactor",
        "injury_level": "T10", "source_tissue": "wharton_jelly", "source_species": "human",
        "modification": "miR-146a overexpression",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "110,000 g 2 h, twice",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD81", "Alix", "GM130"],
        "size_nm": {"value": 103.2, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 20, "unit": "ug", "volume_ul": 10, "basis": "protein"},
        "route": "intrathecal", "route_detail": "intrathecal catheter",
        "frequency": {"doses": 5, "interval_h": 24}, "timing_post_injury_h": 24.0,
        "mechanism": "TLR4/NF-κB suppression via IRAK1 and TRAF6",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True, "reported_welfare_compliance": True,
    },
    abstract=[("Summary", "This chapter tests whether enriching Wharton's jelly MSC exosomes with "
                          "miR-146a adds to their effect on locomotor recovery when they are given "
                          "intrathecally for five days.")],
    keywords=["miR-146a", "Wharton's jelly", "intrathecal", "exosomes", "thesis"],
    sections=[
        ("intro", "4.1 Introduction", [
            "Chapter 3 showed that native Wharton's jelly exosomes given intravenously reach the injured "
            "cord poorly. Intrathecal delivery bypasses the liver and spleen [8]. MicroRNA-146a restrains "
            "TLR4 signalling in microglia [15], and exosomes (30–150 nm in the general literature [2]) can "
            "be loaded with it by engineering the parent cells.",
        ]),
        ("methods", "4.2 Materials and methods", [
            ("h", "4.2.1 Ethical approval and reporting"),
            "{{reported_welfare_compliance|The experiments were approved by the Central Committee on Animal "
            "Experiments (AVD-108-2017-1422) and the local animal welfare body}}, and the chapter is "
            "written following ARRIVE. "
            "{{reported_sample_size_calculation|A power analysis on Chapter 3 data (SD 1.6 BBB points, "
            "detectable difference 2.0, α 0.05, power 0.8) gave 11 animals per group}}.",
            ("h", "4.2.2 Animals and housing"),
            f"{{{{species,strain,sex|Male Long{NB}Evans rats}}}} "
            "{{body_weight_g|(275–325 g at surgery)}} were housed in pairs on a reversed 12:12 h cycle with "
            "food and water ad libitum. They were handled for 5 days and trained in the open field for 3 "
            "days before surgery. Bladders were expressed three times a day until reflex voiding returned.",
            ("h", "4.2.3 Parent cells and lentiviral engineering"),
            "{{source_tissue,source_species|Wharton's jelly MSCs were isolated from three human umbilical "
            "cords by explant culture}} after informed consent, and characterised by CD73, CD90 and CD105 "
            "(>95%) and trilineage differentiation. At passage 3, cells were transduced with a lentivirus "
            "carrying the pre-miR-146a sequence (MOI 20, 8 µg/mL polybrene) or an empty vector, and "
            "selected with puromycin (2 µg/mL) for 7 days. "
            "{{modification|Overexpression of miR-146a}} was confirmed by qPCR (41-fold in cells, 17-fold "
            "in exosomes).",
            ("h", "4.2.4 Exosome isolation"),
            "Cells at 80% confluence were washed three times and given exosome-depleted medium for 48 h. "
            "Medium (600 mL per batch) was spun at 300 × g for 10 min, 2000 × g for 20 min and "
            "10 000 × g for 45 min, filtered through 0.22 µm, and "
            f"{{{{isolation_method,isolation_detail|pelleted twice at 110{TH}000 × g for 2 h}}}} in an "
            "SW 32 Ti rotor. The final pellet was taken up in 150 µL PBS, aliquoted and kept at −80 °C for "
            "no more than 4 weeks; no aliquot was thawed twice.",
            ("h", "4.2.5 Characterisation"),
            "{{characterization|Transmission electron microscopy, NTA (NanoSight LM10) and western blot}} "
            "were done on every batch. Blots were probed for "
            "{{markers|CD9, CD81 and Alix, with GM130 as the negative marker}}, using mouse anti-CD9 "
            "(1:1000), rabbit anti-CD81 (1:500), rabbit anti-Alix (1:1000) and rabbit anti-GM130 "
            "(1:1000). Protein content was measured by micro-BCA.",
            ("h", "4.2.6 Spinal cord contusion"),
            "Rats were anaesthetised with ketamine (75 mg/kg) and medetomidine (0.5 mg/kg) i.p. After a "
            "dorsal laminectomy of the T9 lamina, exposing the T10 segment, the vertebral column was "
            "clamped at T8 and T11, and "
            "{{injury_model,injury_device,injury_level|the cord was contused at T10 with the MASCIS "
            "impactor (10 g, 12.5 mm)}}. Impact velocity and compression were logged; rats outside the "
            "mean ± 2 SD were excluded (none was).",
            ("h", "4.2.7 Intrathecal catheter and treatment"),
            "In the same session, a PE-10 catheter was passed through an L5–L6 laminotomy and advanced so "
            "its tip lay at the L1 level, and was connected to a subcutaneous port. "
            "{{reported_randomisation|Allocation used sealed opaque envelopes prepared by a colleague not "
            "involved in surgery}}. "
            "{{dose,route,route_detail|Rats received 20 µg exosomes in 10 µL through the intrathecal "
            "catheter}}, flushed with 10 µL saline, "
            "{{frequency,timing_post_injury_h|once a day for five days starting 24 h after injury}}. "
            "Groups ({{n_per_group|n = 11 each}}): SCI + vehicle, SCI + Exo-NC (empty-vector exosomes) "
            "and SCI + Exo-146a.",
            ("h", "4.2.8 Behavioural testing"),
            "{{reported_blinded_assessment|The BBB open-field test was scored by two observers blinded to "
            "group}}, for 4 min, at eight time points coded T1 to T8 (days 1, 3, 7, 14, 21, 28, 42 and 56). "
            "When the two hindlimbs differed, their mean was taken. The BBB subscore and the ladder walk "
            "were also recorded.",
            ("h", "4.2.9 Histology and statistics"),
            "At T8, rats were perfused with 4% paraformaldehyde. Sections were stained for GFAP, Iba1 and "
            "5-HT. Data are mean ± SD; two-way repeated-measures ANOVA with Tukey's test.",
        ]),
        ("results", "4.3 Results", [
            "{{size_nm|Exo-146a had a mean size of 103.2 nm}} by NTA, similar to Exo-NC (105.9 nm).",
            "At T6 the Exo-146a group scored {sc:SCI + Exo-146a@28.0|pm}, higher than Exo-NC "
            "({sc:SCI + Exo-NC@28.0|pm}) and vehicle ({sc:SCI + vehicle@28.0|pm}). The difference held at "
            "T8 ({sc:SCI + Exo-146a@56.0|pm} vs {sc:SCI + vehicle@56.0|pm}; Table 4.1). The BBB subscore "
            "at T8 was 9.1 ± 1.2 versus 5.0 ± 1.4.",
            ("xtable", "Table 4.1", "BBB scores by time point (mean ± SD; n = 11 per group).",
             {"orient": "rows", "days": VH_DAYS, "groups": ["SCI + vehicle", "SCI + Exo-NC", "SCI + Exo-146a"],
              "day_fmt": lambda d: VH_T[d], "corner": "Time point", "split": 4,
              "foot": "T1–T8 = days 1, 3, 7, 14, 21, 28, 42 and 56 after injury."}),
        ]),
        ("discussion", "4.4 Discussion", [
            "Loading miR-146a added about two BBB points to native exosomes, consistent with "
            "{{mechanism|suppression of TLR4/NF-κB signalling through IRAK1 and TRAF6}}. In Chapter 3, "
            "intravenous native exosomes (100 µg) gave 9.6 at day 28; other groups reported 12.3 after "
            "200 µg [5].",
        ]),
    ],
    references=POOL[:16],
    scores=Scores(
        outcome="BBB", err="sd",
        groups=[("SCI + vehicle", "control", 11), ("SCI + Exo-NC", "other", 11),
                ("SCI + Exo-146a", "treatment", 11)],
        values={
            "SCI + vehicle": _series(VH_DAYS, [(0.5, 0.5), (1.4, 0.8), (3.6, 1.1), (5.7, 1.4), (6.9, 1.5),
                                               (7.6, 1.5), (8.2, 1.6), (8.5, 1.6)]),
            "SCI + Exo-NC": _series(VH_DAYS, [(0.6, 0.5), (1.7, 0.9), (4.3, 1.2), (6.8, 1.4), (8.1, 1.5),
                                              (8.9, 1.6), (9.6, 1.6), (9.9, 1.7)]),
            "SCI + Exo-146a": _series(VH_DAYS, [(0.6, 0.6), (2.0, 0.9), (5.1, 1.3), (8.0, 1.5), (9.6, 1.6),
                                                (10.7, 1.6), (11.6, 1.7), (12.0, 1.7)]),
        },
    ),
    footnote=FOOTNOTE,
)

# --------------------------------------------------------------------------------------
# 7. "Methods in a table": most methods in a parameter/detail table whose cells wrap; a wide
#    BBB table on a landscape page with a merged header, an n column and footnote markers.
# --------------------------------------------------------------------------------------

PQ_DAYS = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0, 35.0, 42.0, 49.0, 56.0]
PALMQVIST = Chorus(
    stem="palmqvist2022_mensc_sev_ifng_methods_table",
    layout="landscape",
    title="Interferon-γ-primed menstrual blood stromal-cell sEVs given intranasally after spinal cord "
          "contusion in rats",
    short_title="IFN-γ-primed MenSC sEVs",
    authors=[("Elin", "Palmqvist"), ("Jonas", "Ekdahl"), ("Mariam", "Haidari"), ("Sofia", "Lund")],
    affiliations=["Department of Clinical Neuroscience, Norrland University, Umeå (invented)"],
    journal="Scandinavian Journal of Translational Neurotrauma",
    year=2022,
    volume="5(1):41–52",
    doi="10.5555/sjtn.2022.041",
    pmid="99200107",
    pmcid="PMC99200107",
    received="2021-08-17",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 280, "high": 320},
        "n_per_group": 8, "injury_model": "contusion", "injury_device": "OSU impactor", "injury_level": "T9",
        "source_tissue": "menstrual_blood", "source_species": "human", "modification": "IFN-γ priming",
        "isolation_method": ["ultracentrifugation", "size_exclusion"],
        "isolation_detail": "110,000 g 2 h; qEVoriginal/70 nm",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD63", "CD9", "Alix", "ApoA1"],
        "size_nm": {"value": 87.5, "low": None, "high": None, "stat": "median", "method": "NTA"},
        "dose": {"amount": 30, "unit": "ug", "volume_ul": 30, "basis": "protein"},
        "route": "intranasal", "route_detail": "nasal drops",
        "frequency": {"doses": 5, "interval_h": 24}, "timing_post_injury_h": 1.0,
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[(None, "We primed human menstrual blood stromal cells (MenSCs) with IFN-γ, collected their "
                     "small extracellular vesicles and gave them as nasal drops for five days after a "
                     "contusion at T9. Primed sEVs improved BBB scores over eight weeks.")],
    keywords=["menstrual blood", "intranasal", "IFN-γ", "sEV", "BBB"],
    sections=[
        ("intro", "Introduction", [
            "Intranasal delivery reaches the spinal cord within an hour in rodents [8]. Priming stromal cells "
            "with inflammatory cytokines changes what their vesicles carry [9,15]. Here the whole protocol "
            "is given in Table 1 so that it can be reused.",
        ]),
        ("methods", "Methods", [
            ("kvtable", "Table 1", "Study protocol at a glance.", [
                ("Animals", "{{species,strain,sex,body_weight_g|Male Sprague–Dawley rats, 280–320 g}}; "
                            "{{n_per_group|8 per group}} (Sham, Vehicle, sEV, IFN-sEV)"),
                ("Ethics", "{{reported_welfare_compliance|Approved by the regional animal research ethics "
                           "committee (A 12-2020)}}"),
                ("Anaesthesia", "Isoflurane 2.5% in O<sub>2</sub>; carprofen 5 mg/kg s.c. for 3 days"),
                ("Injury", "{{injury_model,injury_device|Contusion with the OSU electromagnetic impactor}} "
                           "(1.1 mm displacement) {{injury_level|at T9}} after T8 laminectomy"),
                ("Cells", "{{source_tissue,source_species|Human MenSCs from three healthy donors}}, "
                          "passage 4–6"),
                ("Priming", "{{modification|IFN-γ (50 ng/mL, 48 h) priming}} before conditioning; "
                            "unprimed cells gave the sEV group"),
                ("Isolation", "300 × g, 2000 × g, 10 000 × g; "
                              "{{isolation_method,isolation_detail|110 000 × g for 2 h}}; then "
                              "{{isolation_method,isolation_detail|qEVoriginal/70 nm}} size-exclusion column, "
                              "fractions 7–9 pooled"),
                ("Characterisation", "{{characterization|NTA, TEM and western blot}}: "
                                     "{{markers|CD63, CD9 and Alix positive; ApoA1 low}}; "
                                     "{{size_nm|median size 87.5 nm}}"),
                ("Dose and route", "{{dose,route,route_detail|30 µg sEVs in 30 µL as nasal drops}} "
                                   "(3 µL per nostril every 2 min), after 100 U hyaluronidase"),
                ("Schedule", "{{timing_post_injury_h,frequency|First dose 1 h after injury, then daily, "
                             "5 doses}}"),
                ("Outcome", "BBB (0–21) on days 1, 3, 7 and weekly to day 56, by "
                            "{{reported_blinded_assessment|two raters masked to group}}"),
                ("Antibodies", "Chicken anti-NF200 (1:2000), goat anti-Iba1 (1:400), donkey anti-chicken "
                               "Alexa 594"),
                ("Statistics", "Mixed model for repeated measures; Holm correction"),
            ]),
        ]),
        ("results", "Results", [
            "Both sEV groups improved from week 2 onward (Table 2). At day 56 the IFN-sEV group reached "
            "{sc:IFN-sEV@56.0|lab} and the unprimed sEV group {sc:sEV@56.0|lab}; vehicle-treated rats "
            "reached {sc:Vehicle@56.0|lab}.",
            ("xtable", "Table 2", "BBB open-field scores over eight weeks.",
             {"orient": "cols", "days": PQ_DAYS, "groups": ["Sham", "Vehicle", "sEV", "IFN-sEV"],
              "day_fmt": lambda d: f"{d:g}", "corner": "Group", "ncol": True, "landscape": True,
              "span": "BBB score on day post-injury (mean ± SD)",
              "marks": {("IFN-sEV", 28.0): "a", ("IFN-sEV", 56.0): "a,b", ("sEV", 56.0): "a"},
              "foot": "a P < 0.05 vs Vehicle; b P < 0.05 vs sEV (mixed model, Holm)."}),
            "Ladder-walk errors fell by a third in the IFN-sEV group.",
        ]),
        ("discussion", "Discussion", [
            "The nasal route avoided anaesthesia for dosing. Studies that gave 100 µg intravenously [5] or "
            "described vesicles of 120 nm [14] found comparable gains. Whether priming works through "
            "IDO1 or through changes in miRNA cargo remains open.",
        ]),
    ],
    references=POOL[:16],
    scores=Scores(
        outcome="BBB", err="sd",
        groups=[("Sham", "sham", 8), ("Vehicle", "control", 8), ("sEV", "other", 8), ("IFN-sEV", "treatment", 8)],
        values={
            "Sham": _series(PQ_DAYS, [(21.0, 0.0)] * 10),
            "Vehicle": _series(PQ_DAYS, [(0.4, 0.5), (1.5, 0.8), (3.3, 1.0), (5.2, 1.2), (6.3, 1.3), (7.0, 1.3),
                                         (7.4, 1.4), (7.7, 1.4), (7.9, 1.4), (8.0, 1.5)]),
            "sEV": _series(PQ_DAYS, [(0.5, 0.5), (1.8, 0.9), (4.0, 1.1), (6.3, 1.3), (7.6, 1.4), (8.4, 1.4),
                                     (8.9, 1.5), (9.2, 1.5), (9.4, 1.6), (9.5, 1.6)]),
            "IFN-sEV": _series(PQ_DAYS, [(0.5, 0.6), (2.1, 0.9), (4.8, 1.2), (7.4, 1.3), (8.9, 1.4), (9.9, 1.5),
                                         (10.6, 1.5), (11.0, 1.6), (11.3, 1.6), (11.5, 1.7)]),
        },
    ),
    back=[("Declaration of interests", "{{reported_conflict_of_interest|The authors declare that they have "
                                       "no known competing financial interests}}.")],
    footnote=FOOTNOTE,
)

# --------------------------------------------------------------------------------------
# 8. Acute and delayed (chronic) cohorts: the delayed cohort's days are counted from its
#    treatment in the text ("2 weeks after treatment") but gold days are days post-injury.
# --------------------------------------------------------------------------------------

TU_ACUTE = [1.0, 7.0, 14.0, 28.0, 42.0, 56.0]
TU_LATE = [28.0, 35.0, 42.0, 56.0]
TUOMINEN = Chorus(
    stem="tuominen2020_hdpsc_exo_acute_delayed",
    layout="single",
    title="Acute versus delayed intravenous dental pulp stem cell exosomes after spinal cord contusion "
          "in rats",
    short_title="Acute vs delayed DPSC exosomes",
    authors=[("Aino", "Tuominen"), ("Mikko", "Rautio"), ("Farah", "Qureshi"), ("Veera", "Niskanen")],
    affiliations=["Institute of Dentistry and Neuroscience, Lakeland University, Kuopio (invented)"],
    journal="Neurorestoration Research Letters",
    year=2020,
    volume="18:221–233",
    doi="10.5555/nrrl.2020.18.221",
    pmid="99200108",
    pmcid="PMC99200108",
    received="2019-09-26",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 230, "high": 230},
        "n_per_group": 10, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor",
        "injury_level": "T9", "source_tissue": "dental_pulp", "source_species": "human",
        "isolation_method": ["ultrafiltration", "size_exclusion"], "isolation_detail": "Amicon Ultra-15 100 kDa; qEV",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 104.0, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 50, "unit": "ug", "volume_ul": 250, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 1.0,
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
    },
    abstract=[(None, "Most exosome studies treat within hours of injury. We compared a single dose of human "
                     "dental pulp stem cell exosomes given 1 h after a T9 contusion (acute cohort, the "
                     "prespecified primary comparison) with the same dose given 4 weeks after injury "
                     "(delayed cohort). Acute treatment improved BBB scores; delayed treatment had a small, "
                     "late effect.")],
    keywords=["chronic spinal cord injury", "dental pulp stem cells", "exosomes", "therapeutic window"],
    sections=[
        ("intro", "Introduction", [
            "People with spinal cord injury are rarely treated within the first hours, yet nearly all "
            "exosome studies in rats dose within 24 h [5,11]. Vesicles from dental pulp stem cells are "
            "typically 50–150 nm [2] and carry neurotrophic factors [15].",
        ]),
        ("methods", "Methods", [
            "{{species,strain,sex|Female Sprague-Dawley rats}} {{body_weight_g|weighing about 230 g}} received "
            "{{injury_model,injury_device,injury_level|a 200-kdyn contusion at T9 with the Infinite Horizon "
            "impactor}} under isoflurane. "
            "{{source_tissue,source_species|Human dental pulp stem cells (DPSCs) from extracted third molars}} "
            "were grown in serum-free medium for 48 h; exosomes were concentrated with "
            "{{isolation_method,isolation_detail|Amicon Ultra-15 100 kDa}} filters and purified on "
            "{{isolation_method,isolation_detail|qEV}} columns. "
            "{{characterization|TEM, NTA and western blot}} confirmed "
            "{{markers|CD63 and TSG101, with no calnexin}}.",
            "Two cohorts were run. In the acute cohort, "
            "{{dose,route,route_detail,timing_post_injury_h,frequency|a single dose of 50 µg exosomes in "
            "250 µL saline was injected into the tail vein 1 h after injury}} (Acute-Exo) or saline alone "
            "(Acute-Sal). In the delayed cohort, the same dose or saline was given on day 28 "
            "(Delayed-Exo, Delayed-Sal); BBB was scored on day 28 before injection. "
            "{{n_per_group|Each group had 10 rats}}. "
            "{{reported_blinded_assessment|BBB scores were assigned by an observer unaware of treatment}}.",
        ]),
        ("results", "Results", [
            "{{size_nm|Mean particle size was 104 ± 38 nm (NTA)}}.",
            "Acute treatment improved locomotion from week 2 (Table 1): on day 56, {bbb:Acute-Exo@56.0} "
            "versus {bbb:Acute-Sal@56.0}. In the delayed cohort, scores before injection were similar "
            "({sc:Delayed-Exo@28.0|pm} and {sc:Delayed-Sal@28.0|pm}); 2 weeks after treatment they were "
            "{sc:Delayed-Exo@42.0|paren} and {sc:Delayed-Sal@42.0|paren}, and 4 weeks after treatment "
            "{sc:Delayed-Exo@56.0|paren} versus {sc:Delayed-Sal@56.0|paren} [mean (SEM)] (Table 2).",
            ("table", "Table 1", "Acute cohort: BBB scores (mean ± SEM, n = 10).",
             {"orient": "cols", "days": TU_ACUTE, "groups": ["Acute-Sal", "Acute-Exo"],
              "day_fmt": lambda d: f"{d:g} dpi", "corner": "Group"}),
            ("table", "Table 2", "Delayed cohort: BBB scores before (28 dpi) and after treatment "
                                 "(mean ± SEM, n = 10).",
             {"orient": "rows", "days": TU_LATE, "groups": ["Delayed-Sal", "Delayed-Exo"],
              "day_fmt": lambda d: "28 dpi (pre)" if d == 28 else f"{(d - 28) / 7:g} wk post-Tx ({d:g} dpi)",
              "corner": "Time"}),
        ]),
        ("discussion", "Discussion", [
            "A 4-week delay did not abolish the effect but reduced it to about one BBB point. Others "
            "reported gains of 3 points after delayed 100 µg doses [5].",
        ]),
    ],
    references=POOL[:16],
    scores=Scores(
        outcome="BBB", err="sem",
        groups=[("Acute-Sal", "control", 10), ("Acute-Exo", "treatment", 10), ("Delayed-Sal", "control", 10),
                ("Delayed-Exo", "other", 10)],
        values={
            "Acute-Sal": _series(TU_ACUTE, [(0.5, 0.2), (3.0, 0.4), (5.1, 0.5), (7.0, 0.5), (7.8, 0.6),
                                            (8.1, 0.6)]),
            "Acute-Exo": _series(TU_ACUTE, [(0.6, 0.2), (3.5, 0.4), (6.8, 0.5), (9.4, 0.6), (10.6, 0.6),
                                            (11.2, 0.7)]),
            "Delayed-Sal": _series(TU_LATE, [(7.1, 0.5), (7.4, 0.5), (7.7, 0.6), (8.0, 0.6)]),
            "Delayed-Exo": _series(TU_LATE, [(7.0, 0.5), (7.7, 0.6), (8.4, 0.6), (9.1, 0.6)]),
        },
    ),
    back=[("Ethics", "{{reported_welfare_compliance|The national Animal Experiment Board approved the "
                     "study (ESAVI/4411/2018)}}.")],
    footnote=FOOTNOTE,
)

STUDIES = [UZOMA, VERHOEVEN, PALMQVIST, TUOMINEN]
