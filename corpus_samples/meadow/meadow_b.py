"""Meadow studies, part B: a South Korean, a Turkish and an Italian lab (everything invented)."""

from __future__ import annotations

from extgen.common import FOOTNOTE, GMU, MU, NB, POOL, flat, week_fmt
from extgen.model import Scores, Study

from habits import HABITS

# --- 4. South Korea: clip compression, ADSC-EVs by ExoQuick-TC, DLS, jugular x2, BBB plot + legend ----
_D4 = [1, 7, 14, 21, 28, 35, 42]
PYO = Study(
    stem="pyo2023_hadsc_ev_clip_jugular_figure",
    layout="twocol",
    title="Extracellular vesicles from human adipose-derived stem cells shift macrophages toward an M2 phenotype and "
          "improve recovery after compressive spinal cord injury",
    short_title="ADSC-EVs after compressive SCI",
    authors=[("Ji-hoon", "Pyo"), ("Seo-yeon", "Baek"), ("Min-jae", "Hwang"), ("Dong-wook", "Seong"), ("Eun-ji", "Noh")],
    affiliations=["Department of Neurosurgery, Hangang University College of Medicine (invented), Seoul, Republic of Korea",
                  "Center for Regenerative Therapeutics, Hangang University, Seoul, Republic of Korea"],
    journal="Korean Journal of Neural Repair",
    year=2023, volume="31(4)", doi="10.5555/kjnr.2023.31.4.402", pmid="99100814", pmcid="PMC9910814",
    received="2023-02-14",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male",
        "body_weight_g": {"low": 250, "high": 300}, "n_per_group": 9,
        "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T9",
        "source_tissue": "adipose", "source_species": "human",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "ExoQuick-TC",
        "characterization": ["TEM", "DLS", "western_blot"], "markers": ["CD9", "CD81", "HSP70"],
        "size_nm": {"value": 112.6, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 100, "unit": "ug_per_kg", "volume_ul": 300, "basis": "protein"},
        "route": "intravenous", "route_detail": "jugular vein",
        "frequency": {"doses": 2, "interval_h": 48}, "timing_post_injury_h": 24,
        "mechanism": "M2 macrophage polarisation",
        "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Macrophages that persist in the injured cord sustain tissue damage. We asked whether extracellular vesicles "
         "(EVs) from human adipose-derived stem cells (ADSCs) alter macrophage polarisation after spinal cord injury. "
         "Rats with clip compression at T9 received ADSC-EVs through the jugular vein at 24 and 72 h. EV-treated rats had "
         "more CD206+ and fewer iNOS+ macrophages at 7 days, less cavitation and better hindlimb function over 6 weeks."),
    ],
    keywords=["adipose-derived stem cell", "extracellular vesicles", "macrophage", "compression injury"],
    sections=[
        ("intro", "Introduction", [
            "Spinal cord injury (SCI) leads to a chronic inflammatory state in which pro-inflammatory (M1) macrophages "
            "dominate [7]. Stem-cell EVs, typically 50–200 nm in diameter, can reprogramme macrophages in vitro [2].",
            "ADSCs are easy to obtain by liposuction and release large amounts of EVs [4]. A previous report injected "
            "1 mg/kg of ADSC-derived EVs intravenously and reported BBB improvement from 6 to 9 [11].",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Experimental animals"),
            "{{sex,species,strain,body_weight_g|Male Sprague-Dawley rats weighing 250–300 g}} were used. {{reported_welfare_compliance|"
            "All protocols were approved by the Institutional Animal Care and Use Committee of Hangang University (HG-IACUC-21-044)}}.",
            ("h", "ADSC culture and EV isolation"),
            "{{source_tissue,source_species|Human ADSCs were isolated from abdominal lipoaspirates of healthy donors}} (n = 3) "
            "and used at passages 3–6. Conditioned medium was collected after 48 h, cleared of cells and debris, and "
            "{{isolation_method,isolation_detail|EVs were precipitated with ExoQuick-TC}} (System Biosciences) overnight at 4 °C, "
            "then pelleted at 1500 × g for 30 min.",
            "{{characterization|EVs were characterised by TEM, dynamic light scattering (DLS) and western blotting}}; "
            "{{markers|blots were probed for CD9, CD81 and HSP70}}.",
            ("h", "Clip compression injury"),
            "Under zoletil/xylazine anaesthesia, a T8–T10 laminectomy was performed and "
            "{{injury_model,injury_device,injury_level|the cord was compressed at T9 with a 30-g aneurysm clip for 1 min}}. "
            "Sham rats received laminectomy alone.",
            ("h", "EV administration"),
            "Rats were divided into Sham, Saline and ADSC-EV groups ({{n_per_group|n = 9 each}}). "
            "{{dose,route,route_detail|ADSC-EVs (100 " + GMU + "g/kg in 300 " + GMU + "L saline) were injected into the right "
            "jugular vein}} {{timing_post_injury_h,frequency|at 24 h and again at 72 h after SCI}}. The Saline group received "
            "300 " + GMU + "L saline at the same times.",
            ("h", "Behavioural evaluation"),
            "{{reported_blinded_assessment|Hindlimb locomotion was scored on the BBB scale by two raters blinded to group}} "
            "on days 1 and 7 and weekly thereafter up to 6 weeks.",
            ("h", "Statistical analysis"),
            "Data are shown as mean ± SD. Two-way ANOVA with Tukey's test was used; P < 0.05 was significant.",
        ]),
        ("results", "Results", [
            ("h", "Characterisation of ADSC-EVs"),
            "TEM showed round, membrane-bound vesicles. {{size_nm|DLS gave a mean hydrodynamic diameter of 112.6 nm}} "
            "(polydispersity index 0.21). CD9, CD81 and HSP70 were present.",
            ("h", "ADSC-EVs promote M2 polarisation"),
            "At day 7, CD68+/CD206+ cells increased from 14.2% to 31.8% and CD68+/iNOS+ cells decreased from 41.5% to 22.7% "
            "in the lesion epicentre of EV-treated rats.",
            ("h", "Functional recovery"),
            "BBB scores were similar in the Saline and ADSC-EV groups during the first week and diverged thereafter (Figure 3).",
            ("figure", "Figure 3", "BBB locomotor scores over 6 weeks (mean ± SD; n = 9 per group). At 6 weeks the ADSC-EV "
             "group reached {bbb:ADSC-EV@42} compared with {bbb:Saline@42} in the Saline group (P < 0.01).",
             {"days": _D4, "groups": ["Sham", "Saline", "ADSC-EV"]}),
            "The cavity area at 6 weeks was 0.62 ± 0.11 mm<sup>2</sup> with EVs and 1.14 ± 0.19 mm<sup>2</sup> with saline.",
        ]),
        ("discussion", "Discussion", [
            "{{mechanism|ADSC-EVs appear to promote functional recovery by driving M2 macrophage polarisation}} in the "
            "injured cord. Compared with earlier reports using a BBB endpoint of 28 days [5], our six-week follow-up shows "
            "that the benefit persists.",
            "We did not randomise the allocation formally and the study was small. Future work should track the EVs in vivo.",
        ]),
    ],
    references=POOL[1:2] + POOL[3:5] + POOL[6:7] + POOL[10:12] + POOL[13:14],
    scores=Scores("BBB", "sd", [("Sham", "sham", 9), ("Saline", "control", 9), ("ADSC-EV", "treatment", 9)], {
        "Sham": flat("Sham", _D4, [(21.0, 0.0)] * 7),
        "Saline": flat("Saline", _D4, [(0.5, 0.5), (2.8, 1.0), (4.6, 1.1), (5.8, 1.2), (6.5, 1.1), (6.8, 1.1), (7.1, 1.2)]),
        "ADSC-EV": flat("ADSC-EV", _D4, [(0.6, 0.5), (3.4, 1.1), (6.1, 1.2), (7.9, 1.3), (9.0, 1.2), (9.8, 1.3), (10.4, 1.3)]),
    }),
    back=[("Conflicts of interest", "{{reported_conflict_of_interest|The authors have no conflicts of interest to declare.}}"),
          ("Funding", "This work was supported by an (invented) National Bio-Research grant, NBR-2021-0097.")],
    notes=["BBB scores from day 1 to week 5 are reported only in a line plot (Figure 3); the legend gives the week-6 values."],
    footnote=FOOTNOTE,
)

# --- 5. Turkey: weight drop, Wharton's jelly exosomes, methylprednisolone comparator, rows table ----
_D5 = [1, 7, 14, 21, 28]
_G5 = ["Group I (Sham)", "Group II (Trauma)", "Group III (Trauma + MP)", "Group IV (Trauma + Exo)"]


def _ordinal(d: float) -> str:
    n = int(d)
    suffix = "st" if n % 10 == 1 and n != 11 else "nd" if n % 10 == 2 and n != 12 else "rd" if n % 10 == 3 and n != 13 else "th"
    return f"{n}{suffix} day"


CIVELEK = Study(
    stem="civelek2019_wjmsc_exo_weightdrop_mp_comparator",
    layout="single",
    title="Neuroprotective effects of Wharton's jelly mesenchymal stem cell-derived exosomes compared with "
          "methylprednisolone in an experimental spinal cord trauma model",
    short_title="WJ-MSC exosomes vs methylprednisolone",
    authors=[("Emre", "Civelek"), ("Ayşe", "Karakaya"), ("Murat", "Özdemir"), ("Selin", "Arslan"), ("Burak", "Tunç")],
    affiliations=["Department of Neurosurgery, Anatolian Plateau University Faculty of Medicine (invented), Ankara, Turkey",
                  "Department of Histology and Embryology, Anatolian Plateau University, Ankara, Turkey"],
    journal="Turkish Archives of Experimental Neurosurgery",
    year=2019, volume="29(2):145–156", doi="10.5555/taen.2019.29.145", pmid="99100815", pmcid="PMC9910815",
    received="2018-10-03",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male",
        "body_weight_g": {"low": 250, "high": 300}, "n_per_group": 8,
        "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T10",
        "source_tissue": "wharton_jelly", "source_species": "human",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "110,000 × g 2 h",
        "characterization": ["TEM", "flow_cytometry"], "markers": ["CD63", "CD81"],
        "size_nm": {"value": None, "low": 40, "high": 130, "stat": None, "method": "TEM"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 1000, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0,
        "mechanism": "reduction of oxidative stress and lipid peroxidation",
        "reported_randomisation": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Aim", "To compare the effects of exosomes derived from human Wharton's jelly mesenchymal stem cells (WJ-MSCs) "
         "with those of methylprednisolone (MP) after experimental spinal cord trauma."),
        ("Material and Methods", "Thirty-two Wistar albino rats were divided into four groups: sham, trauma, trauma + MP "
         "and trauma + exosome. Trauma was produced at T10 by the weight-drop technique. Malondialdehyde (MDA), "
         "superoxide dismutase, histopathology and BBB scores were evaluated."),
        ("Results", "Exosome treatment lowered tissue MDA and improved BBB scores more than MP on the 21st and 28th days."),
        ("Conclusion", "WJ-MSC exosomes were neuroprotective in this model and were superior to methylprednisolone."),
    ],
    keywords=["exosome", "Wharton's jelly", "methylprednisolone", "spinal cord trauma", "oxidative stress"],
    sections=[
        ("intro", "INTRODUCTION", [
            "Spinal cord trauma remains one of the most disabling conditions in neurosurgical practice [1]. High-dose "
            "methylprednisolone (30 mg/kg bolus followed by 5.4 mg/kg/h) was the standard treatment for years, but its "
            "benefit is disputed [12].",
            "Exosomes are nanovesicles 30–100 nm in size derived from the endosomal system [2]. Mesenchymal stem cells from "
            "Wharton's jelly are abundant and easily obtained after birth [10].",
        ]),
        ("methods", "MATERIAL and METHODS", [
            ("h", "Experimental Animals"),
            "{{reported_welfare_compliance|The study was approved by the Local Ethics Committee for Animal Experiments of "
            "Anatolian Plateau University (2017/44)}}. {{sex,strain,species,body_weight_g|Thirty-two adult male Wistar albino "
            "rats weighing 250–300 g}} were kept at 22 ± 2 °C with a 12-hour light cycle.",
            ("h", "Experimental Groups"),
            "{{reported_randomisation,n_per_group|The rats were randomly divided into four groups of eight rats each}}. "
            "Group I (Sham): laminectomy only. Group II (Trauma): spinal cord trauma without treatment. Group III (Trauma + MP): "
            "a single dose of 30 mg/kg methylprednisolone was given intraperitoneally immediately after trauma. Group IV "
            "(Trauma + Exo): {{dose,route,route_detail,timing_post_injury_h,frequency|100 " + MU + "g exosomes in 1 mL saline "
            "were administered through the tail vein as a single dose immediately after trauma}}.",
            ("h", "Spinal Cord Trauma Model"),
            "Anaesthesia was provided with ketamine (60 mg/kg) and xylazine (10 mg/kg). Following T9–T11 laminectomy, "
            "{{injury_model,injury_device,injury_level|spinal cord trauma was produced at the T10 level by the weight-drop "
            "technique (10 g weight dropped from a height of 5 cm)}}.",
            ("h", "Isolation of Exosomes"),
            "{{source_tissue,source_species|WJ-MSCs were obtained from human umbilical cord Wharton's jelly}} after written "
            "consent of the mothers. Culture supernatants were centrifuged at 3000 × g for 15 min and 10" + NB + "000 × g for "
            "30 min, and {{isolation_method,isolation_detail|exosomes were pelleted by ultracentrifugation at 110,000 × g for "
            "2 hours}}. {{characterization,markers|Exosomes were examined by transmission electron microscopy and by flow "
            "cytometry for CD63 and CD81}}; protein content was measured by the Bradford method.",
            ("h", "Functional Assessment"),
            "Motor function was evaluated using the Basso-Beattie-Bresnahan (BBB) locomotor rating scale on the 1st, 7th, "
            "14th, 21st and 28th days after trauma.",
            ("h", "Biochemical and Histopathological Analysis"),
            "On the 28th day the rats were sacrificed and the injured segment was removed for MDA and SOD measurement and "
            "haematoxylin–eosin staining.",
            ("h", "Statistical Analysis"),
            "Data were given as mean ± standard deviation. Kruskal–Wallis and Mann–Whitney U tests were applied; p < 0.05 "
            "was accepted as significant.",
        ]),
        ("results", "RESULTS", [
            "{{size_nm|In TEM images the exosomes were round vesicles with diameters of 40–130 nm}}, and 86.3% of the "
            "particles were CD63-positive by flow cytometry.",
            "BBB scores are summarised in Table I. On the 1st day there was no difference among the trauma groups. On the 28th "
            "day, the BBB score of Group IV was {bbb:Group IV (Trauma + Exo)@28}, significantly higher than Group II "
            "({bbb:Group II (Trauma)@28}, p = 0.001) and Group III ({bbb:Group III (Trauma + MP)@28}, p = 0.02).",
            ("table", "Table I", "BBB Scores of the Groups According to Days",
             {"orient": "rows", "days": _D5, "groups": _G5, "day_fmt": _ordinal, "corner": "Day",
              "merged": "BBB score (mean ± SD)",
              "marks": {("Group IV (Trauma + Exo)", 21): "a", ("Group IV (Trauma + Exo)", 28): "a,b",
                        ("Group III (Trauma + MP)", 28): "a"},
              "foot": "a p < 0.05 compared with Group II; b p < 0.05 compared with Group III. MP: methylprednisolone."}),
            "Tissue MDA levels were 18.7 ± 2.3 nmol/g in Group II, 13.9 ± 1.8 nmol/g in Group III and 10.4 ± 1.5 nmol/g in "
            "Group IV. Histopathology showed less haemorrhage, oedema and neuronal loss in Group IV.",
        ]),
        ("discussion", "DISCUSSION", [
            "{{mechanism|Exosomes may exert their effect by reducing oxidative stress and lipid peroxidation}}, as "
            "reflected by lower MDA and higher SOD activity. Earlier exosome studies reported BBB scores of about 10 at four "
            "weeks after 200 " + MU + "g doses [5,11].",
            "The small group size and the single dose are the main limitations. Exosome biodistribution was not studied.",
        ]),
    ],
    references=POOL[:2] + POOL[4:5] + POOL[9:12] + POOL[15:16],
    scores=Scores("BBB", "sd", [(_G5[0], "sham", 8), (_G5[1], "control", 8), (_G5[2], "other", 8), (_G5[3], "treatment", 8)], {
        _G5[0]: flat(_G5[0], _D5, [(21.0, 0.0)] * 5),
        _G5[1]: flat(_G5[1], _D5, [(0.9, 0.6), (3.3, 1.0), (5.1, 1.2), (6.0, 1.3), (6.6, 1.2)]),
        _G5[2]: flat(_G5[2], _D5, [(1.0, 0.8), (3.9, 1.1), (5.8, 1.3), (7.1, 1.4), (7.9, 1.3)]),
        _G5[3]: flat(_G5[3], _D5, [(1.1, 0.6), (4.4, 1.2), (6.9, 1.4), (8.8, 1.5), (10.1, 1.4)]),
    }),
    back=[("Ethics", "Approval was obtained from the Local Ethics Committee for Animal Experiments (2017/44)."),
          ("Declaration of interest", "{{reported_conflict_of_interest|The authors declare no competing interests.}}")],
    footnote=FOOTNOTE,
)
HABITS[CIVELEK.stem] = {"merged", "footer"}


# --- 6. Italy: hemisection, placental EVs by TFF + SEC, intralesional, two doses, weeks as rows ----
_D6 = [7, 14, 21, 28, 35]
_G6 = ["Sham", "Vehicle", "EV-low", "EV-high"]
PELLEGRINO = Study(
    stem="pellegrino2022_hpmsc_ev_hemisection_intralesional_twodose",
    layout="twocol",
    title="Dose-dependent effects of intralesional placenta mesenchymal stromal cell extracellular vesicles after "
          "thoracic spinal cord hemisection in rats of both sexes",
    short_title="Placental EVs after hemisection",
    authors=[("Chiara", "Pellegrino"), ("Lorenzo", "Bassi"), ("Giulia", "Ferrante"), ("Matteo", "Rinaldi"),
             ("Francesca", "Vitale"), ("Andrea", "Colombo")],
    affiliations=["Department of Biomedical Sciences, University of the Northern Lakes (invented), Como, Italy",
                  "Laboratory of Neural Repair, Lakes Research Hospital, Como, Italy"],
    journal="European Journal of Translational Neurotrauma",
    year=2022, volume="18:e00412", doi="10.5555/ejtn.2022.00412", pmid="99100816", pmcid="PMC9910816",
    received="2022-05-30",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "both",
        "body_weight_g": {"low": 230, "high": 280}, "n_per_group": 6,
        "injury_model": "hemisection", "injury_device": "microscissors", "injury_level": "T8",
        "source_tissue": "placenta", "source_species": "human",
        "isolation_method": ["tangential_flow", "size_exclusion"], "isolation_detail": "TFF 300 kDa; Sepharose CL-2B column",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD9", "CD63", "CD81", "TSG101", "calnexin"],
        "size_nm": {"value": 131.0, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 5e9, "unit": "particles", "volume_ul": 5, "basis": "particles"},
        "route": "intralesional", "route_detail": "lesion site",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0,
        "mechanism": "preservation of blood–spinal cord barrier integrity",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "We compared two doses of extracellular vesicles (EVs) from human placenta-derived mesenchymal stromal "
         "cells (hPMSCs), injected into the lesion immediately after a left T8 hemisection, in male and female rats. "
         "Ipsilateral hindlimb function was scored with the BBB scale for 5 weeks. The higher dose (5 × 10<sup>9</sup> "
         "particles) improved BBB scores and reduced Evans blue extravasation; the lower dose had smaller effects."),
    ],
    keywords=["placenta", "mesenchymal stromal cells", "extracellular vesicles", "hemisection", "dose–response"],
    sections=[
        ("intro", "Introduction", [
            "Hemisection models allow one side of the cord to serve as an internal reference and are widely used to study "
            "axon regeneration [1,9]. Extracellular vesicles (EVs) of 50–200 nm released by mesenchymal stromal cells "
            "(MSCs) reproduce much of the paracrine benefit of the cells [2].",
            "Few studies have compared doses, and most used only male animals [11,12]. Doses of 10<sup>8</sup> to "
            "10<sup>11</sup> particles appear in the literature.",
        ]),
        ("methods", "Methods", [
            ("h", "Animals"),
            "{{sex,species,strain,body_weight_g|Sprague-Dawley rats of both sexes (230–280 g)}} were housed in pairs. "
            "{{reported_welfare_compliance|Procedures were authorised by the Italian Ministry of Health (authorisation "
            "412/2020-PR) and complied with Directive 2010/63/EU}}; reporting follows the ARRIVE 2.0 guidelines.",
            ("h", "EV production"),
            "{{source_tissue,source_species|hPMSCs were isolated from term placentas (chorionic villi) donated after "
            "elective caesarean section}}. Conditioned medium from passages 3–5 was clarified (2000 × g, 20 min; 0.45 "
            + MU + "m filter), {{isolation_method,isolation_detail|concentrated by tangential flow filtration (300 kDa "
            "cassette) and fractionated on a Sepharose CL-2B size-exclusion column}}.",
            "{{characterization|EVs were analysed by NTA (ZetaView PMX-120), TEM and western blotting}}; "
            "{{markers|CD9, CD63, CD81 and TSG101 were detected and calnexin was absent}}.",
            ("h", "Surgery and treatment"),
            "After T8 laminectomy under isoflurane, {{injury_model,injury_level,injury_device|a left lateral hemisection of the "
            "cord was made at T8 with microscissors}}. {{reported_randomisation|Rats were randomised to treatment with a "
            "block design stratified by sex}} ({{n_per_group|n = 6 per group, 3 males and 3 females}}). "
            "{{dose,route,route_detail,timing_post_injury_h|Immediately after the lesion, 5 × 10<sup>9</sup> particles (EV-high) "
            "or 1 × 10<sup>9</sup> particles (EV-low) in 5 " + MU + "l were injected into the lesion site}} with a Hamilton "
            "syringe; {{frequency|each rat received one injection}}. The Vehicle group received 5 " + MU + "l PBS.",
            ("h", "Outcome assessment"),
            "{{reported_blinded_assessment|The BBB scale was applied to the left hindlimb by an examiner blinded to group "
            "allocation}} at weeks 1–5. {{reported_sample_size_calculation|Group size was estimated a priori with G*Power for a "
            "3-point difference in BBB (SD 1.5, power 0.8)}}.",
            ("h", "Statistics"),
            "Data are mean (SEM). Mixed-effects models with Dunnett's correction were used.",
        ]),
        ("results", "Results", [
            "{{size_nm|NTA gave a mean size of 131.0 nm}} (SD 48 nm) and 4.2 × 10<sup>11</sup> particles/ml.",
            ("table", "Table 2", "Ipsilateral BBB scores by week, mean ± SEM (n = 6).",
             {"orient": "rows", "days": _D6, "groups": _G6, "day_fmt": week_fmt, "corner": "Time"}),
            "Scores of the EV-high group exceeded those of the Vehicle group from week 2 (Table 2). At week 5 EV-high rats "
            "scored {bbb:EV-high@35|paren} against {bbb:Vehicle@35|paren} for Vehicle; EV-low reached "
            "{bbb:EV-low@35|paren}. Males and females responded similarly (sex × treatment, P = 0.71).",
            "Evans blue extravasation at 24 h was reduced by 46% with EV-high and by 19% with EV-low.",
        ]),
        ("discussion", "Discussion", [
            "{{mechanism|We propose that the EVs act mainly by preserving blood–spinal cord barrier integrity}} in the "
            "first hours after injury [6]. The dose effect agrees with earlier work in contusion models, where 2 × 10<sup>10</sup> "
            "particles produced BBB gains of about 4 points [11].",
            "Limitations: small groups and a single time of administration; the right hindlimb was not scored.",
        ]),
    ],
    references=POOL[:2] + POOL[5:6] + POOL[8:12],
    scores=Scores("BBB", "sem", [("Sham", "sham", 6), ("Vehicle", "control", 6), ("EV-low", "other", 6),
                                 ("EV-high", "treatment", 6)], {
        "Sham": flat("Sham", _D6, [(21.0, 0.0)] * 5),
        "Vehicle": flat("Vehicle", _D6, [(5.2, 0.7), (8.1, 0.8), (10.0, 0.9), (11.2, 0.8), (11.8, 0.9)]),
        "EV-low": flat("EV-low", _D6, [(5.6, 0.6), (9.0, 0.8), (11.1, 0.8), (12.4, 0.9), (13.0, 0.8)]),
        "EV-high": flat("EV-high", _D6, [(6.1, 0.7), (10.4, 0.8), (12.9, 0.7), (14.3, 0.8), (15.2, 0.7)]),
    }),
    back=[("Ethics statement", "Animal work was authorised by the Italian Ministry of Health (412/2020-PR)."),
          ("Competing interests", "{{reported_conflict_of_interest|The authors declare no competing interests.}}")],
    footnote=FOOTNOTE,
)
HABITS[PELLEGRINO.stem] = {"lineno", "footer"}

STUDIES = [PYO, CIVELEK, PELLEGRINO]
