"""Tandem studies 5-8: UK (acute and chronic cohorts, appendix, landscape table), Russia
(mouse BMS and rat BBB in one paper), China (short communication, vesicles plus a drug),
Saudi Arabia (hypoxic vs normoxic vesicles, intrathecal). Everything is invented."""

from __future__ import annotations

from extgen.common import FOOTNOTE, NB, day_fmt, week_fmt
from extgen.model import Scores, Study

from tgen.common import REFS
from tgen.scales import TwoScales


def _v(days: list[float], pairs: list[tuple[float, float]]) -> dict[float, tuple[float, float]]:
    return dict(zip(days, pairs, strict=True))


# --- 5. UK: acute and chronic cohorts, appendix with a landscape table ----------------------
D5 = [7.0, 14.0, 28.0, 42.0, 56.0, 70.0, 84.0]
G5 = ["Sham", "Acute vehicle", "Acute sEV", "Chronic vehicle", "Chronic sEV"]
_PRE = {(g, d): "a" for g in ("Chronic vehicle", "Chronic sEV") for d in (7.0, 14.0, 28.0, 42.0)}
DUNSMORE = Study(
    stem="dunsmore2021_wjmsc_sev_acute_chronic_cohorts",
    layout="landscape",
    title="Wharton's jelly MSC small extracellular vesicles in acute and chronic thoracic contusion: a two-cohort study in Lister Hooded rats",
    short_title="Dunsmore et al. · Acute and chronic sEV treatment after SCI",
    authors=[("Fiona", "Dunsmore"), ("Rhys", "Pritchard"), ("Aisha", "Mistry"), ("Callum", "Whitlock"), ("Eleanor", "Hartley-Shaw")],
    affiliations=["Centre for Spinal Repair, University of Northmoor, Leeds, UK",
                  "School of Biomedical Sciences, Kingsbridge College London, London, UK"],
    journal="British Journal of Experimental Neurorepair",
    year=2021, volume="12", doi="10.5555/bjen.2021.00412", pmid="99107355", pmcid="PMC9910735",
    received="2020-12-02",
    values={
        "species": "rat", "strain": "Lister Hooded", "sex": "female", "body_weight_g": {"low": 200, "high": 240},
        "n_per_group": 11, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor", "injury_level": "T9",
        "source_tissue": "wharton_jelly", "source_species": "human",
        "isolation_method": ["ultrafiltration", "size_exclusion"], "isolation_detail": "Vivaspin 20 100 kDa; qEV original columns",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD81", "CD9", "syntenin-1", "calnexin"],
        "size_nm": {"value": 104.0, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 2e10, "unit": "particles", "volume_ul": 300, "basis": "particles"},
        "route": "intravenous", "route_detail": "tail vein", "frequency": {"doses": 3, "interval_h": 168},
        "timing_post_injury_h": 24.0, "mechanism": "attenuation of astrocytic scar formation",
        "reported_randomisation": True, "reported_blinded_assessment": True, "reported_sample_size_calculation": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Most vesicle studies treat within hours of injury, whereas most people living with spinal cord injury are in the chronic phase. We tested small extracellular vesicles (sEVs) from human Wharton's jelly mesenchymal stromal cells in two cohorts of female Lister Hooded rats with T9 contusions: an acute cohort treated from 24 h and a chronic cohort treated from 6 weeks after injury. In the acute cohort, sEVs raised the BBB score at 12 weeks to {bbb:Acute sEV@84} compared with {bbb:Acute vehicle@84} after vehicle; in the chronic cohort the difference was small ({bbb:Chronic sEV@84} vs {bbb:Chronic vehicle@84})."),
    ],
    keywords=["chronic spinal cord injury", "extracellular vesicles", "Wharton's jelly", "therapeutic window"],
    sections=[
        ("intro", "Introduction", [
            "Extracellular vesicles, generally quoted as 30–150 nm in diameter [2], mediate much of the paracrine activity of mesenchymal stromal cells (MSCs). Acute delivery improves locomotor scores in rodents [5], but whether chronic lesions respond is largely unknown.",
            "We therefore ran two cohorts in parallel, with identical vesicle batches, dosing and outcome assessment, differing only in when treatment began.",
        ]),
        ("methods", "Methods", [
            ("h", "Animals and licences"),
            "{{reported_welfare_compliance|Procedures were carried out under a UK Home Office project licence in accordance with the Animals (Scientific Procedures) Act 1986 and approved by the local Animal Welfare and Ethical Review Body}}. Fifty-five {{sex,species,strain|female Lister Hooded rats}} ({{body_weight_g|200–240 g}}) were used.",
            ("h", "Design"),
            "{{reported_sample_size_calculation|Sample size was based on a power calculation from pilot data (effect size 1.3, 80% power, two-sided α of 0.05)}}, which gave {{n_per_group|11 animals per group}}. The acute cohort comprised Acute vehicle and Acute sEV groups; the chronic cohort comprised Chronic vehicle and Chronic sEV groups; a single Sham group (laminectomy) served both. {{reported_randomisation|Allocation within each cohort used sealed envelopes prepared by a colleague not involved in surgery}}.",
            ("h", "Surgery"),
            "Under isoflurane, a T9 laminectomy was performed and {{injury_model,injury_device,injury_level|a 150 kdyn contusion was delivered to the T9 cord with the Infinite Horizon impactor}}. Animals received buprenorphine for 3 days and bladder care until recovery of reflex voiding.",
            ("h", "Vesicle production"),
            "{{source_tissue,source_species|MSCs were derived from Wharton's jelly of human umbilical cords}} (NHS research ethics approval 18/YH/0211) and grown to passage 4. {{isolation_method,isolation_detail|Conditioned medium was concentrated with Vivaspin 20 (100 kDa) concentrators and sEVs were purified on qEV original size-exclusion columns}}. {{characterization|Preparations were analysed by NTA, transmission electron microscopy and western blotting}} (details in Appendix A).",
            ("h", "Dosing"),
            "{{dose|Each injection contained 2 × 10<sup>10</sup> particles in 300 µL of PBS}}. {{route,route_detail|Injections were given into a lateral tail vein}} under brief anaesthesia. In the acute cohort {{timing_post_injury_h,frequency|the first injection was given 24 h after injury and two further injections followed at weekly intervals}}; the chronic cohort received the same three injections starting 6 weeks after injury. Vehicle groups received PBS.",
            ("h", "Outcome measures"),
            "BBB scores were recorded at weeks 1, 2, 4, 6, 8, 10 and 12 {{reported_blinded_assessment|by two assessors blinded to treatment}}. Data are mean ± SEM and were analysed with linear mixed models.",
        ]),
        ("results", "Results", [
            "Two rats (one Acute vehicle, one Chronic sEV) developed autophagia and were replaced before treatment, so every group was analysed with its planned size. All time points are listed in Table A1 (Appendix A).",
            "In the acute cohort, scores diverged from week 2. At weeks 4, 8 and 12 the Acute sEV group scored {bbb:Acute sEV@28}, {bbb:Acute sEV@56} and {bbb:Acute sEV@84}, respectively, against {bbb:Acute vehicle@28}, {bbb:Acute vehicle@56} and {bbb:Acute vehicle@84} in Acute vehicle rats.",
            "In the chronic cohort both groups had plateaued by week 6 ({bbb:Chronic vehicle@42} and {bbb:Chronic sEV@42}). After treatment the Chronic sEV group rose slightly, to {bbb:Chronic sEV@84} at week 12, whereas Chronic vehicle rats stayed at {bbb:Chronic vehicle@84} (P = 0.09).",
            "GFAP immunoreactivity around the epicentre at 12 weeks was 31% lower after acute sEVs than after vehicle, with no difference in the chronic cohort.",
        ]),
        ("discussion", "Discussion", [
            "Acute treatment produced a clear benefit, consistent with the {{mechanism|attenuation of astrocytic scar formation}} we observed. Once the scar has matured, three injections had little effect, although higher particle numbers (up to 1 × 10<sup>11</sup> per dose in earlier work [5]) were not tested.",
            "The chronic cohort is the first to test these vesicles at 6 weeks after injury; a longer follow-up or combination with rehabilitation may reveal effects we could not detect.",
        ]),
        ("", "Appendix A. Supplementary methods and data", [
            ("h", "A.1 Vesicle characterisation"),
            "{{size_nm|Nanoparticle tracking (NanoSight LM10) gave a mean diameter of 104 nm}} (mode 92 nm; 3.1 × 10<sup>9</sup> particles per µg protein). TEM showed cup-shaped vesicles. {{markers|Western blots detected CD81, CD9 and syntenin-1, and no calnexin}}.",
            ("h", "A.2 Full locomotor data"),
            ("table", "Table A1", "BBB scores of all groups in both cohorts (mean ± SEM; n = 11 per group).",
             {"orient": "cols", "days": D5, "groups": G5, "day_fmt": week_fmt, "corner": "Group", "landscape": True,
              "marks": _PRE, "foot": "a Before the first injection in the chronic cohort (treatment began at week 6, after the week-6 assessment)."}),
        ]),
    ],
    references=[REFS[4], REFS[1], REFS[10], REFS[0], REFS[11]],
    scores=Scores("BBB", "sem", [("Sham", "sham", 11), ("Acute vehicle", "control", 11), ("Acute sEV", "treatment", 11),
                                 ("Chronic vehicle", "control", 11), ("Chronic sEV", "other", 11)], {
        "Sham": _v(D5, [(21.0, 0.0)] * 7),
        "Acute vehicle": _v(D5, [(2.2, 0.4), (4.6, 0.5), (7.1, 0.6), (8.0, 0.5), (8.4, 0.6), (8.6, 0.5), (8.8, 0.6)]),
        "Acute sEV": _v(D5, [(2.6, 0.5), (5.9, 0.6), (9.0, 0.5), (10.3, 0.6), (10.9, 0.5), (11.2, 0.6), (11.5, 0.5)]),
        "Chronic vehicle": _v(D5, [(2.3, 0.4), (4.8, 0.6), (7.3, 0.5), (8.1, 0.6), (8.3, 0.5), (8.4, 0.6), (8.5, 0.6)]),
        "Chronic sEV": _v(D5, [(2.1, 0.5), (4.5, 0.5), (7.0, 0.6), (7.9, 0.5), (8.6, 0.6), (9.0, 0.5), (9.3, 0.6)]),
    }),
    back=[("Funding", "Funded by the Northmoor Spinal Research Trust (NSRT/2019/04)."),
          ("Competing interests", "{{reported_conflict_of_interest|The authors declare no competing interests.}}")],
    notes=["Chronic cohort rows before week 6 are pre-treatment values (marker 'a'); they are still outcome rows.",
           "Chronic vehicle is a second vehicle control (arm control); Chronic sEV is a secondary vesicle arm (arm other)."],
    footnote=FOOTNOTE,
)

# --- 6. Russia: mouse BMS and rat BBB in one paper ------------------------------------------
DM6 = [7.0, 14.0, 21.0, 28.0]
DR6 = [7.0, 14.0, 28.0, 42.0]
ZHURAVLEVA = Study(
    stem="zhuravleva2020_hucmsc_ev_mouse_bms_rat_bbb_th8",
    layout="twocol",
    title="Extracellular vesicles of human umbilical cord mesenchymal stem cells improve locomotor recovery after spinal cord contusion in mice and rats",
    short_title="hUCMSC-EVs in mouse and rat SCI",
    authors=[("Daria V.", "Zhuravleva"), ("Ilnur R.", "Khaziev"), ("Yana O.", "Shirokova"), ("Timur A.", "Zakirov"), ("Olga N.", "Demidova")],
    affiliations=["Institute of Fundamental Medicine, Volzhsky Federal University, Kazan, Russia",
                  "Laboratory of Neurotrauma, Republican Clinical Hospital No. 2, Kazan, Russia"],
    journal="Neurotrauma Bulletin (Kazan)",
    year=2020, volume="13(2):61–72", doi="10.5555/ntbk.2020.13.2.61", pmid="99107366", pmcid="PMC9910736",
    received="2020-03-30",
    values={
        "species": "rat", "strain": "Wistar", "sex": "female", "body_weight_g": {"low": 200, "high": 250},
        "n_per_group": 10, "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T8",
        "source_tissue": "umbilical_cord", "source_species": "human",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 g 90 min",
        "characterization": ["NTA", "TEM", "flow_cytometry"], "markers": ["CD63", "CD9"],
        "size_nm": {"value": 146.0, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 500, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein", "frequency": {"doses": 1, "interval_h": None},
        "timing_post_injury_h": 4.0, "mechanism": "stimulation of angiogenesis via VEGF",
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "The aim of the work was to evaluate extracellular vesicles (EVs) of human umbilical cord mesenchymal stem cells (hUCMSC) in two rodent models of spinal cord injury. In C57BL/6 mice, EVs increased the Basso Mouse Scale (BMS) score on day 28 to {bbb:EV@28} compared with {bbb:Control@28} in the control group. In Wistar rats with contusion at the Th8 level, a single intravenous injection of EVs increased the BBB score on day 42 to {bbb:SCI+EV@42} compared with {bbb:SCI@42}. EVs stimulated angiogenesis in the injury zone."),
    ],
    keywords=["extracellular vesicles", "umbilical cord", "spinal cord injury", "BMS", "BBB", "angiogenesis"],
    sections=[
        ("intro", "Introduction", [
            "Spinal cord injury remains one of the most severe forms of neurotrauma [3]. Extracellular vesicles of mesenchymal stem cells, with a size of 30–200 nm [2], transfer proteins and RNA to target cells and are considered a safer alternative to cell transplantation.",
            "Results obtained in one species are not always reproduced in another [8]. In this work we tested the same EV preparation in mice and in rats, using the scale adopted for each species.",
        ]),
        ("methods", "Materials and methods", [
            f"{{{{source_tissue,source_species|hUCMSC were isolated from the umbilical cords of healthy newborns}}}} (with informed consent of the mothers) by explant culture and used at the 3rd–4th passage. EVs were obtained from serum-free conditioned medium by sequential centrifugation (400 g, 10 min; 3000 g, 20 min; 12{NB}000 g, 40 min) followed by {{{{isolation_method,isolation_detail|ultracentrifugation at 100{NB}000 g for 90 min}}}} (Optima L-90K, Beckman). {{{{characterization|EVs were characterised by nanoparticle tracking analysis, transmission electron microscopy and flow cytometry}}}} on latex beads ({{{{markers|CD63 and CD9}}}}). Protein was measured by the Bradford method.",
            "<i>Experiment 1 (mice).</i> Female C57BL/6 mice (20–22 g, n = 8 per group) received a contusion at the Th10 level (5-g weight, 6.5 mm) and were injected retro-orbitally with 20 µg EVs in 100 µL saline (EV group) or with saline (Control group) 4 h after injury. Locomotion was evaluated with the BMS on days 7, 14, 21 and 28.",
            "<i>Experiment 2 (rats).</i> {{sex,species,strain|Female Wistar rats}} weighing {{body_weight_g|200–250 g}} ({{n_per_group|n = 10 in each group}}) were anaesthetised with Zoletil and xylazine. After laminectomy, {{injury_model,injury_device,injury_level|a contusion injury was produced at the Th8 level by dropping a 10-g weight from a height of 25 mm}}. {{timing_post_injury_h,frequency|Four hours after injury the rats received a single injection}} of {{dose|100 µg EVs in 500 µL of saline}} {{route,route_detail|into the tail vein}} (SCI+EV group) or of saline alone (SCI group). The BBB scale was used on days 7, 14, 28 and 42.",
            "{{reported_welfare_compliance|All experiments were approved by the local ethics committee of Volzhsky Federal University (protocol No. 5 of 14.05.2019)}}. Data are presented as M ± SEM; the Mann–Whitney U test was used, differences were considered significant at p < 0.05.",
        ]),
        ("results", "Results", [
            "{{size_nm|According to NTA, the mean EV size was 146 ± 38 nm}}; TEM showed rounded membrane vesicles.",
            "<i>Mice.</i> BMS scores are shown in Table 1. Differences between the EV and Control groups appeared from day 14 and persisted to day 28.",
            ("table", "Table 1", "BMS scores of mice after Th10 contusion (M ± SEM, n = 8).",
             {"orient": "cols", "days": DM6, "groups": ["Control", "EV"], "day_fmt": day_fmt, "corner": "Group"}),
            "<i>Rats.</i> On the 7th day the BBB score did not differ between groups ({bbb:SCI@7} in SCI and {bbb:SCI+EV@7} in SCI+EV). On the 14th, 28th and 42nd days the scores in the SCI+EV group were {bbb:SCI+EV@14}, {bbb:SCI+EV@28} and {bbb:SCI+EV@42}, and in the SCI group {bbb:SCI@14}, {bbb:SCI@28} and {bbb:SCI@42}, respectively (p < 0.05 from day 14).",
            "The number of CD31-positive vessels in the injury zone of rats on day 14 was 1.8 times higher in the SCI+EV group; VEGF expression was increased 2.3-fold.",
        ]),
        ("discussion", "Discussion", [
            "EVs improved locomotion in both species, and the effect was more pronounced in rats. The data indicate {{mechanism|stimulation of angiogenesis via VEGF}} as one of the mechanisms. Earlier, a similar effect was obtained with 200 µg of EVs given intrathecally [12].",
            "Limitations: only female animals were used, and the mouse experiment used a different route of administration.",
        ]),
    ],
    references=[REFS[2], REFS[1], REFS[7], REFS[12], REFS[11]],
    scores=TwoScales(scale={"Control": "BMS", "EV": "BMS"}, outcome="BBB", err="sem",
                     groups=[("Control", "control", 8), ("EV", "treatment", 8), ("SCI", "control", 10), ("SCI+EV", "treatment", 10)],
                     values={
                         "Control": _v(DM6, [(1.1, 0.3), (2.0, 0.3), (2.6, 0.4), (3.0, 0.4)]),
                         "EV": _v(DM6, [(1.3, 0.3), (2.9, 0.4), (3.8, 0.4), (4.4, 0.5)]),
                         "SCI": _v(DR6, [(2.4, 0.5), (5.0, 0.6), (7.2, 0.7), (8.1, 0.6)]),
                         "SCI+EV": _v(DR6, [(2.7, 0.6), (6.6, 0.7), (9.6, 0.6), (11.0, 0.7)]),
                     }),
    back=[("Funding", "The work was supported by the Russian Science Foundation (project No. 19-75-00000-synthetic)."),
          ("Conflict of interest", "{{reported_conflict_of_interest|The authors declare no conflict of interest.}}")],
    notes=["Two experiments: study fields follow the rat BBB experiment (Wistar, Th8, tail vein); the mouse experiment (C57BL/6, Th10, retro-orbital 20 µg) is a trap. Mouse rows are BMS."],
    footnote=FOOTNOTE,
)

# --- 7. China: short communication, vesicles plus a drug ------------------------------------
D7 = [7.0, 14.0, 28.0]
JIA = Study(
    stem="jia2019_rbmsc_exo_minocycline_clip_shortcomm",
    layout="twocol",
    title="Short communication: bone marrow MSC exosomes combined with minocycline enhance hindlimb recovery after spinal cord compression in rats",
    short_title="Exo plus minocycline",
    authors=[("Wenjun", "Jia"), ("Hong", "Zeng"), ("Xiaoling", "Yu"), ("Bo", "Dai")],
    affiliations=["Department of Spine Surgery, Hunan Provincial People's Hospital of Xiangnan, Changsha, China"],
    journal="Chinese Journal of Neurotrauma Letters",
    year=2019, volume="7(4):233–238", doi="10.5555/cjnl.2019.0233", pmid="99107377", pmcid="PMC9910737",
    received="2019-05-16",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 220, "high": 250},
        "n_per_group": 6, "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T10",
        "source_tissue": "bone_marrow", "source_species": "rat",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "ExoQuick-TC",
        "characterization": ["TEM", "NTA"], "markers": ["CD63", "TSG101"],
        "size_nm": {"value": 87.0, "low": 50, "high": 130, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 2e6, "unit": "cells_equivalent", "volume_ul": 200, "basis": None},
        "route": "intravenous", "route_detail": "caudal vein", "frequency": {"doses": 3, "interval_h": 24},
        "timing_post_injury_h": 0.0, "mechanism": "synergistic inhibition of microglial activation",
        "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Exosomes (Exo) from rat bone marrow mesenchymal stem cells (BMSCs) and the antibiotic minocycline (Mino) both limit microglial activation. In this short communication we show that their combination (Exo+Mino) raised BBB scores after clip compression of the thoracic cord more than either treatment alone."),
    ],
    keywords=["exosomes", "minocycline", "combination therapy", "compression injury"],
    sections=[
        ("intro", "Introduction", [
            "Exosomes are 40–100 nm vesicles secreted by most cell types [2], and minocycline has been tested clinically in acute spinal cord injury [10]. We asked whether the two act additively.",
        ]),
        ("methods", "Methods", [
            "{{source_tissue,source_species|BMSCs were isolated from the femurs of 3-week-old SD rats}}. {{isolation_method,isolation_detail|Exo were isolated from culture supernatant with ExoQuick-TC (System Biosciences)}} and {{characterization|identified by TEM and NTA}} and by western blot for {{markers|CD63 and TSG101}}. {{sex,species,strain|Male SD rats}} ({{body_weight_g|220–250 g}}) underwent {{injury_model,injury_device,injury_level|T10 compression with an aneurysm clip}} (30 g, 1 min). Rats were divided into SCI+Vehicle, Mino, Exo and Exo+Mino groups ({{n_per_group|6 rats/group}}). {{dose,route,route_detail|Exo derived from 2 × 10<sup>6</sup> BMSCs (in 200 μL PBS) were injected via the caudal vein}} {{timing_post_injury_h,frequency|immediately after injury and then once daily for the next 2 days}}; minocycline (50 mg/kg) was given intraperitoneally at the same times. BBB scores were recorded on days 7, 14 and 28.",
        ]),
        ("results", "Results", [
            "{{size_nm|Exo diameters ranged from 50 to 130 nm with a peak at 87 nm}}. On day 7 the four groups did not differ. On day 14, Exo+Mino rats scored {bbb:Exo+Mino@14}, versus {bbb:Exo@14}, {bbb:Mino@14} and {bbb:SCI+Vehicle@14} in the Exo, Mino and SCI+Vehicle groups, respectively.",
            ("figure", "Fig. 1", "BBB scores after T10 clip compression. On day 28: SCI+Vehicle {bbb:SCI+Vehicle@28}; Mino {bbb:Mino@28}; Exo {bbb:Exo@28}; Exo+Mino {bbb:Exo+Mino@28} (mean ± SD, n = 6).",
             {"days": D7, "groups": ["SCI+Vehicle", "Mino", "Exo", "Exo+Mino"]}),
        ]),
        ("discussion", "Discussion", [
            "The combination appears to act through {{mechanism|synergistic inhibition of microglial activation}}: Iba1<sup>+</sup> cells at the epicentre were fewest in Exo+Mino rats. Small group sizes and a 4-week follow-up limit these preliminary data.",
        ]),
    ],
    references=[REFS[1], REFS[9], REFS[5]],
    scores=Scores("BBB", "sd", [("SCI+Vehicle", "control", 6), ("Mino", "other", 6), ("Exo", "other", 6), ("Exo+Mino", "treatment", 6)], {
        "SCI+Vehicle": _v(D7, [(2.0, 0.6), (4.4, 0.8), (6.1, 0.9)]),
        "Mino": _v(D7, [(2.1, 0.7), (5.0, 0.9), (7.0, 1.0)]),
        "Exo": _v(D7, [(2.3, 0.6), (5.6, 0.8), (8.2, 1.1)]),
        "Exo+Mino": _v(D7, [(2.4, 0.8), (6.9, 0.9), (10.3, 1.2)]),
    }),
    back=[("Conflicts of interest", "{{reported_conflict_of_interest|None.}}")],
    notes=["Day-7 scores are shown only in the plot (not written as numbers): no rows for day 7.",
           "The main arm is the combination (Exo+Mino); minocycline's 50 mg/kg is not the vesicle dose."],
    footnote=FOOTNOTE,
)

# --- 8. Saudi Arabia: hypoxic vs normoxic vesicles at two doses, six arms, landscape table -----
D8 = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]
G8 = ["Sham", "SCI + PBS", "Nx-Exo (low)", "Nx-Exo (high)", "Hx-Exo (low)", "Hx-Exo (high)"]
ZAHRANI = Study(
    stem="zahrani2024_hpmsc_hypoxic_exo_twodose_intrathecal",
    layout="landscape",
    title="Hypoxia-preconditioned placental MSC exosomes given intrathecally at two doses improve recovery after spinal cord contusion in rats",
    short_title="Hypoxic placental MSC exosomes, two doses",
    authors=[("Yousef A.", "Zahrani"), ("Lama M.", "Alshehri"), ("Hatem F.", "Qari"), ("Dalal S.", "Almutairi"), ("Khalid I.", "Bin Saeed")],
    affiliations=["Department of Anatomy, Faculty of Medicine, Red Sea University of Health Sciences, Jeddah, Saudi Arabia",
                  "Regenerative Medicine Programme, Northern Border Medical City, Arar, Saudi Arabia"],
    journal="Arabian Journal of Regenerative Medicine",
    year=2024, volume="6:e240118", doi="10.5555/ajrm.240118", pmid="99107388", pmcid="PMC9910738",
    received="2023-10-09",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 230, "high": 260},
        "n_per_group": 7, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor", "injury_level": "T10",
        "source_tissue": "placenta", "source_species": "human", "modification": "hypoxic preconditioning",
        "isolation_method": ["ultracentrifugation", "density_gradient"],
        "isolation_detail": "100,000 g 2 h; OptiPrep 5–40% gradient",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD9", "CD63", "Alix", "calnexin"],
        "size_nm": {"value": 121.5, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 5e9, "unit": "particles", "volume_ul": 10, "basis": "particles"},
        "route": "intrathecal", "route_detail": "lumbar puncture", "frequency": {"doses": 3, "interval_h": 48},
        "timing_post_injury_h": 24.0, "mechanism": "HIF-1α-dependent reduction of neuronal apoptosis",
        "reported_randomisation": True, "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Hypoxic preconditioning changes the cargo of mesenchymal stem cell exosomes. Whether it changes the dose needed after spinal cord injury (SCI) is unknown."),
        ("Methods", "Exosomes from normoxic (Nx-Exo) or hypoxic (1% O<sub>2</sub>, Hx-Exo) human placental MSCs were given by lumbar puncture at 1 × 10<sup>9</sup> (low) or 5 × 10<sup>9</sup> (high) particles on days 1, 3 and 5 after T10 contusion in female rats (six groups)."),
        ("Results", "On day 28 the Hx-Exo (high) group reached {bbb:Hx-Exo (high)@28}, the best of all arms; SCI + PBS rats scored {bbb:SCI + PBS@28}."),
    ],
    keywords=["hypoxic preconditioning", "placenta", "exosomes", "intrathecal", "dose"],
    sections=[
        ("intro", "Introduction", [
            "Exosomes, typically 30–150 nm in size [2], are enriched in HIF-1α targets when their parent cells are cultured at low oxygen [6]. Intrathecal injection bypasses the blood–spinal cord barrier and allows smaller doses than intravenous delivery [14].",
            "We crossed two factors, preconditioning (normoxic vs hypoxic) and dose (low vs high), and added vehicle and sham controls, giving six groups.",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Ethics and animals"),
            "{{reported_welfare_compliance|The protocol was approved by the Biomedical Ethics Research Committee of Red Sea University of Health Sciences (Ref. BERC-2023-112) and followed the ARRIVE 2.0 guidelines}}. Forty-two {{sex,species,strain|female Sprague-Dawley rats}} ({{body_weight_g|230–260 g}}) {{reported_randomisation|were randomly divided by block randomisation}} into six groups ({{n_per_group|n = 7 per group}}).",
            ("h", "Placental MSCs and preconditioning"),
            "{{source_tissue,source_species|MSCs were isolated from the chorionic villi of human term placentas}} after elective caesarean section. At passage 4 the cells were cultured for 48 h either at 21% O<sub>2</sub> or, {{modification|for hypoxic preconditioning, at 1% O<sub>2</sub> in a hypoxia chamber}}.",
            ("h", "Exosome isolation"),
            f"{{{{isolation_method,isolation_detail|Exosomes were pelleted at 100{NB}000 × g for 2 h and purified on an OptiPrep (iodixanol) 5–40% density gradient}}}}; the 1.08–1.12 g/mL fractions were washed and resuspended in PBS. {{{{characterization|Particles were counted by NTA (ZetaView) and examined by TEM and western blot}}}} ({{{{markers|CD9, CD63 and Alix positive; calnexin negative}}}}).",
            ("h", "SCI model and treatment"),
            "{{injury_model,injury_device,injury_level|A 200-kdyn contusion was produced at T10 with the Infinite Horizon impactor}}. Exosomes were diluted in PBS so that {{dose|the high dose was 5 × 10<sup>9</sup> particles in 10 μL}} and the low dose 1 × 10<sup>9</sup> particles in 10 μL. {{route,route_detail|Injections were given intrathecally by lumbar puncture}} between L5 and L6 {{timing_post_injury_h,frequency|on days 1, 3 and 5 after injury}}. SCI + PBS rats received 10 μL PBS on the same days.",
            ("h", "Locomotor scoring"),
            "{{reported_blinded_assessment|The BBB scale was applied by two trained raters blinded to group}} on days 1, 3, 7, 14, 21 and 28. Results are mean ± SEM; two-way ANOVA with Tukey's test.",
        ]),
        ("results", "Results", [
            "{{size_nm|The mean size of Hx-Exo was 121.5 ± 4.2 nm}} and that of Nx-Exo 124.0 ± 5.1 nm by NTA; yields were 1.7-fold higher under hypoxia.",
            "All doses were tolerated. By day 28, the four exosome groups Nx-Exo (low), Nx-Exo (high), Hx-Exo (low) and Hx-Exo (high) scored {bbb:Nx-Exo (low)@28}, {bbb:Nx-Exo (high)@28}, {bbb:Hx-Exo (low)@28} and {bbb:Hx-Exo (high)@28}, respectively. The low hypoxic dose matched the high normoxic dose, and the high hypoxic dose improved scores by 4.1 points over vehicle. Complete data are given in Table 1.",
            ("table", "Table 1", "BBB scores of the six groups (mean ± SEM, n = 7).",
             {"orient": "cols", "days": D8, "groups": G8, "day_fmt": day_fmt, "corner": "Group", "landscape": True,
              "marks": {("Hx-Exo (high)", 14.0): "*", ("Hx-Exo (high)", 21.0): "*", ("Hx-Exo (high)", 28.0): "**",
                        ("Nx-Exo (high)", 28.0): "*", ("Hx-Exo (low)", 28.0): "*"},
              "foot": "*P < 0.05, **P < 0.01 versus SCI + PBS (Tukey)."}),
            "TUNEL-positive neurons at day 7 were reduced by 52% in the Hx-Exo (high) group, together with higher HIF-1α and lower cleaved caspase-3.",
        ]),
        ("discussion", "Discussion", [
            "Hypoxic preconditioning allowed a five-fold lower dose to match normoxic exosomes, consistent with {{mechanism|HIF-1α-dependent reduction of neuronal apoptosis}}. Intravenous studies used 1 × 10<sup>11</sup> particles or more [14].",
            "Limitations include the single sex, a short follow-up and the absence of a vesicle-depleted conditioned-medium control.",
        ]),
    ],
    references=[REFS[5], REFS[1], REFS[13], REFS[3], REFS[10]],
    scores=Scores("BBB", "sem", [("Sham", "sham", 7), ("SCI + PBS", "control", 7), ("Nx-Exo (low)", "other", 7),
                                 ("Nx-Exo (high)", "other", 7), ("Hx-Exo (low)", "other", 7), ("Hx-Exo (high)", "treatment", 7)], {
        "Sham": _v(D8, [(21.0, 0.0)] * 6),
        "SCI + PBS": _v(D8, [(0.5, 0.2), (1.4, 0.3), (3.2, 0.4), (5.0, 0.5), (6.1, 0.5), (6.9, 0.6)]),
        "Nx-Exo (low)": _v(D8, [(0.6, 0.2), (1.5, 0.3), (3.5, 0.5), (5.6, 0.5), (6.9, 0.6), (7.8, 0.6)]),
        "Nx-Exo (high)": _v(D8, [(0.4, 0.2), (1.7, 0.4), (3.9, 0.4), (6.4, 0.6), (7.8, 0.5), (8.9, 0.6)]),
        "Hx-Exo (low)": _v(D8, [(0.5, 0.3), (1.6, 0.3), (4.0, 0.5), (6.5, 0.5), (7.9, 0.6), (9.0, 0.5)]),
        "Hx-Exo (high)": _v(D8, [(0.7, 0.3), (1.9, 0.4), (4.6, 0.5), (7.8, 0.6), (9.6, 0.5), (11.0, 0.6)]),
    }),
    back=[("Funding", "Supported by the Deputyship for Research and Innovation (grant RSUHS-IF-2023-05)."),
          ("Conflict of Interest", "{{reported_conflict_of_interest|The authors have no relevant financial or non-financial interests to disclose.}}")],
    notes=["Primary arm is Hx-Exo (high) (dose 5 × 10^9 particles); the other three vesicle arms are arm other. '4.1 points' is a difference, not a score."],
    footnote=FOOTNOTE,
)
