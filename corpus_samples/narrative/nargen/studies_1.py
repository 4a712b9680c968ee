"""Narrative corpus, batch 1: four invented papers whose BBB/BMS scores live in prose and legends.

Every name, number and sentence is invented for software testing.
"""

from __future__ import annotations

from extgen.common import MU, NB, TH
from nargen.core import Narrative
from nargen.kit import grid, paper, refs

DAYS6 = [1, 3, 7, 14, 21, 28]

# ---------------------------------------------------------------------------------------------
# 1. Sarkisian 2021: lists over days, "compared with" lists, a table repeating them with
#    footnote markers, a sham written once for all days, pre-injury baseline, a difference.
# ---------------------------------------------------------------------------------------------
_S1_VALS = {
    "Sham": ["21.0 ± 0.0"] * 6,
    "SCI+PBS": ["0.4 ± 0.3", "1.1 ± 0.5", "2.9 ± 0.7", "5.2 ± 0.9", "6.6 ± 1.0", "7.3 ± 1.1"],
    "SCI+Exo": ["0.5 ± 0.3", "1.6 ± 0.6", "4.4 ± 0.8", "7.8 ± 1.0", "9.6 ± 1.2", "11.0 ± 1.3"],
}
_S1_MARKS = {("SCI+Exo", 14.0): "<sup>*</sup>", ("SCI+Exo", 21.0): "<sup>**</sup>", ("SCI+Exo", 28.0): "<sup>**</sup>"}

SARKISIAN = Narrative(
    groups={"Sham": ("sham", 8), "SCI+PBS": ("control", 8), "SCI+Exo": ("treatment", 8)},
    err="sd",
    study=paper(
        stem="sarkisian2021_hucmsc_exo_nyu_tailvein",
        layout="single",
        title="Systemic human umbilical cord MSC exosomes shorten the plateau of hindlimb recovery after thoracic contusion in rats",
        short_title="hUCMSC exosomes after contusion",
        authors=[("Anahit", "Sarkisian"), ("Tomasz", "Lewandowicz"), ("Mei-Lin", "Kao"), ("Oluwaseun", "Adebayo")],
        affiliations=["Institute of Experimental Neurorepair, Yerevan Synthetic University, Armenia",
                      "Department of Neurosurgery, Lakeside Teaching Hospital (fictional)"],
        journal="Journal of Spinal Regeneration Research",
        year=2021, volume="14(3):211–224", doi="10.5555/jsrr.2021.0311",
        pmid="99205101", pmcid="PMC9920511", received="2021-02-17",
        values={
            "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
            "body_weight_g": {"low": 220, "high": 250}, "n_per_group": 8,
            "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T10",
            "source_tissue": "umbilical_cord", "source_species": "human",
            "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 × g for 70 min",
            "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "TSG101", "calnexin"],
            "size_nm": {"value": 112.4, "low": None, "high": None, "stat": "mean", "method": "NTA"},
            "dose": {"amount": 200, "unit": "ug", "volume_ul": 200, "basis": "protein"},
            "route": "intravenous", "route_detail": "tail vein",
            "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.5,
            "reported_randomisation": True, "reported_blinded_assessment": True,
            "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
        },
        abstract=[
            ("Background", "Exosomes released by mesenchymal stromal cells are under study as a cell-free treatment for traumatic spinal cord injury (SCI)."),
            ("Methods", "Female Sprague-Dawley rats received a moderate contusion at T10 and, 30 min later, a single tail-vein injection of human umbilical cord MSC exosomes or PBS. Hindlimb function was rated on the Basso, Beattie and Bresnahan (BBB) scale for four weeks."),
            ("Results", "Exosome-treated rats scored {s:SCI+Exo@28|11.0 ± 1.3} at day 28, compared with {s:SCI+PBS@28|7.3 ± 1.1} after PBS."),
            ("Conclusions", "A single systemic dose of exosomes improved open-field locomotion in this model."),
        ],
        keywords=["spinal cord injury", "exosomes", "umbilical cord", "BBB score", "tail vein"],
        sections=[
            ("intro", "Introduction", [
                "Contusion of the thoracic cord leaves rats with a hindlimb deficit that recovers only partially; in untreated animals the open-field score typically levels off within three to four weeks [1]. Small vesicles secreted by stromal cells carry proteins and RNAs that dampen inflammation in the injured cord [2,3].",
                "Exosomes are generally described as 30–150 nm vesicles of endosomal origin [4]. Several groups have injected them intravenously after contusion, with BBB differences of one to four points at four weeks [5,11]. We asked whether umbilical cord MSC exosomes given once, shortly after injury, change the time course of recovery rather than only its end point.",
            ]),
            ("methods", "Materials and methods", [
                ("h", "Animals"),
                "{{species,strain,sex|Adult female Sprague-Dawley rats}} ({{body_weight_g|220–250 g}}) were housed in pairs on a 12-h light cycle. The protocol was approved by the Animal Ethics Board of the institute (permit AEB-2019-044). {{reported_randomisation|Animals were allocated to the three groups with a random number table}} ({{n_per_group|n = 8 per group}}).",
                ("h", "Spinal cord injury"),
                "Under isoflurane anaesthesia a laminectomy exposed the cord at the {{injury_level|T10}} segment, and a {{injury_model,injury_device|moderate contusion was produced with the NYU impactor}} (10 g rod dropped from 25 mm). Sham rats underwent laminectomy only. Bladders were emptied manually twice a day until reflex voiding returned.",
                ("h", "Exosome preparation"),
                f"{{{{source_species,source_tissue|Human umbilical cord MSCs}}}} (passages 3–5) were grown to 80% confluence and switched to exosome-depleted medium for 48 h. The conditioned medium was cleared at 300 × g, 2000 × g and 10{TH}000 × g, and {{{{isolation_method,isolation_detail|exosomes were pelleted by ultracentrifugation at 100,000 × g for 70 min}}}}, washed once in PBS and pelleted again. Protein was measured by BCA assay.",
                f"{{{{characterization|Vesicles were examined by transmission electron microscopy, nanoparticle tracking analysis and western blotting}}}}, the latter for {{{{markers|CD9, CD63 and TSG101, with calnexin as a negative marker}}}}.",
                ("h", "Treatment"),
                f"Thirty minutes after contusion, rats of the SCI+Exo group received {{{{dose|200{NB}{MU}g of exosomes in 200{NB}{MU}L PBS}}}} {{{{route,route_detail|through the tail vein}}}}, {{{{frequency|as a single injection}}}}; SCI+PBS rats received 200{NB}{MU}L PBS. {{{{timing_post_injury_h|Injections were given 30 min after the impact}}}}.",
                ("h", "Behavioural assessment"),
                "{{reported_blinded_assessment|Two observers unaware of group allocation}} rated hindlimb movement in an open field for 4 min on days 1, 3, 7, 14, 21 and 28 after injury. Scores of the two hindlimbs were averaged. Before surgery every rat scored 21.",
                ("h", "Statistics"),
                "Scores are given as mean ± SD and were compared by two-way repeated-measures ANOVA with Bonferroni post-tests; P < 0.05 was considered significant.",
            ]),
            ("results", "Results", [
                ("h", "Exosome characteristics"),
                f"Electron micrographs showed cup-shaped vesicles. By NTA the {{{{size_nm|mean diameter was 112.4 nm}}}} (concentration 3.1 × 10<sup>11</sup> particles/mL), and the three positive markers were present while calnexin was absent.",
                ("h", "Locomotor recovery"),
                "All injured rats scored between 0 and 1 on the first day after contusion, whereas sham-operated animals scored 21 at every time point. From the first week the curves separated: in the SCI+Exo group the BBB score was {s:SCI+Exo@7|4.4 ± 0.8}, {s:SCI+Exo@14|7.8 ± 1.0} and {s:SCI+Exo@28|11.0 ± 1.3} at days 7, 14 and 28, compared with {s:SCI+PBS@7|2.9 ± 0.7}, {s:SCI+PBS@14|5.2 ± 0.9} and {s:SCI+PBS@28|7.3 ± 1.1} in the SCI+PBS group (Table 1).",
                "The gap between treated and vehicle rats widened from 1.5 points at day 7 to 3.7 points at day 28. Consistent plantar stepping (a score of 10 or more) was seen in six of eight treated rats but in none of the PBS-treated rats at the last test.",
                ("table", "Table 1", "BBB scores after contusion (mean ± SD, n = 8 per group).", {
                    "groups": [], "days": [],
                    "ncells": {"head": [["Group"] + [f"Day {d}" for d in DAYS6]],
                               "rows": grid(["Sham", "SCI+PBS", "SCI+Exo"], DAYS6, _S1_VALS, marks=_S1_MARKS)},
                    "foot": "<sup>*</sup>P < 0.05, <sup>**</sup>P < 0.01 versus SCI+PBS at the same day (two-way ANOVA, Bonferroni)."}),
            ]),
            ("discussion", "Discussion", [
                "A single intravenous dose shifted the whole recovery curve upwards rather than adding points only at the end. Eriksen and Moyo reported scores near 12 four weeks after a similar injection [5], and a pooled analysis found a mean difference of about 1.5 points [11]; our difference of 3.7 points lies in the upper part of that range.",
                "Limitations include the single dose level and the use of female rats only.",
            ]),
        ],
        back=[("Ethics statement", "{{reported_welfare_compliance|All procedures followed the national guidelines for the care and use of laboratory animals and were approved by the Animal Ethics Board}}."),
              ("Competing interests", "{{reported_conflict_of_interest|The authors declare no competing interests}}.")],
        references=refs(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
    ),
)

# ---------------------------------------------------------------------------------------------
# 2. Szekely 2019: BBB and BMS, values in parentheses after group names, "respectively" over
#    groups, week statements, mean ± SEM (n = 10), a BBB subscore that is not a BBB score.
# ---------------------------------------------------------------------------------------------
SZEKELY = Narrative(
    groups={"Sham": ("sham", 10), "Vehicle": ("control", 10), "sEV": ("treatment", 10)},
    err="sem",
    study=paper(
        stem="szekely2019_rbmsc_sev_mascis_bms",
        layout="twocol",
        title="Rat bone marrow stromal cell small extracellular vesicles improve BBB and BMS ratings after MASCIS contusion",
        short_title="rBMSC-sEV and two locomotor scales",
        authors=[("Réka", "Székely"), ("Dávid", "Orbán"), ("Priya", "Raman"), ("Lukas", "Baumgartner"), ("Eun-ji", "Park")],
        affiliations=["Department of Physiology, Pannonian Institute of Medicine (fictional), Hungary",
                      "Neuroscience Unit, Danube Synthetic Research Centre"],
        journal="Experimental Neurorepair Letters",
        year=2019, volume="Vol. 8, Article e0417", doi="10.5555/enl.2019.e0417",
        pmid="99205102", pmcid="PMC9920512", received="2019-06-03",
        values={
            "species": "rat", "strain": "Wistar", "sex": "male",
            "body_weight_g": {"low": 250, "high": 280}, "n_per_group": 10,
            "injury_model": "contusion", "injury_device": "MASCIS impactor", "injury_level": "T9",
            "source_tissue": "bone_marrow", "source_species": "rat", "modification": "none",
            "isolation_method": ["ultrafiltration", "ultracentrifugation"],
            "isolation_detail": "Amicon Ultra-15 100 kDa, then 110,000 g for 90 min",
            "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "CD81", "Alix", "GM130"],
            "size_nm": {"value": 96.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
            "dose": {"amount": 100, "unit": "ug", "volume_ul": 500, "basis": "protein"},
            "route": "intravenous", "route_detail": "lateral tail vein",
            "frequency": {"doses": 3, "interval_h": 24}, "timing_post_injury_h": 2,
            "reported_blinded_assessment": True, "reported_sample_size_calculation": True,
            "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
        },
        abstract=[
            (None, "Small extracellular vesicles (sEV) from rat bone marrow stromal cells were given intravenously on three consecutive days, starting 2 h after a MASCIS contusion of the rat thoracic cord. Locomotion was rated with the Basso–Beattie–Bresnahan scale and, as a second measure, the Basso Mouse Scale. After six weeks sEV-treated rats reached {s:sEV@42|12.4 ± 0.6} on the BBB scale, against {s:Vehicle@42|8.1 ± 0.5} in vehicle controls (mean ± SEM)."),
        ],
        keywords=["small extracellular vesicles", "bone marrow stromal cells", "MASCIS", "Basso Mouse Scale", "contusion"],
        sections=[
            ("intro", "Introduction", [
                "Vesicle-based treatments for spinal cord injury have been rated almost exclusively with the 21-point BBB scale [1]. The nine-point Basso Mouse Scale (BMS) collapses early joint movements and weights coordination and trunk stability more heavily [17]; applying both scales to the same rats tests whether a treatment effect survives a change of instrument.",
                "Native, unmanipulated vesicles are the reference for any engineered product [2,4]. Here we used them in a repeated intravenous schedule.",
            ]),
            ("methods", "Methods", [
                ("h", "Animals and injury"),
                "Thirty-two {{species,sex,strain|male Wistar rats}} weighing {{body_weight_g|250 to 280 g}} were used. After laminectomy of the T8 lamina, {{injury_level|the exposed T9 spinal segment}} was {{injury_model,injury_device|contused with the MASCIS impactor}} (10 g, 12.5 mm). {{reported_sample_size_calculation|Group size was set by a power calculation}} (α = 0.05, power 0.8, expected difference 3 BBB points, SD 2.2), giving {{n_per_group|ten animals per group}}.",
                ("h", "Vesicles"),
                "{{source_species,source_tissue|Bone marrow stromal cells were flushed from the femurs of donor Wistar rats}} and used at passage 4. {{modification|The vesicles were native; the cells were neither transfected nor preconditioned}}. Conditioned medium was concentrated on {{isolation_method,isolation_detail|Amicon Ultra-15 100 kDa filters, then ultracentrifuged at 110,000 g for 90 min}} (SW32 rotor).",
                "{{characterization|Morphology was checked by TEM, size by NTA (NanoSight NS300) and markers by western blot}}: {{markers|CD63, CD81 and Alix were enriched, GM130 was absent}}.",
                ("h", "Treatment groups"),
                f"Rats were assigned to Sham (laminectomy only), Vehicle (injury plus PBS) or sEV (injury plus vesicles). The sEV group received {{{{dose|100{NB}{MU}g sEV protein in 0.5{NB}mL saline}}}} {{{{route,route_detail|via the lateral tail vein}}}} {{{{timing_post_injury_h|2 h after injury}}}} and {{{{frequency|again at 24 and 48 h (three doses in total)}}}}.",
                ("h", "Locomotor scales"),
                "{{reported_blinded_assessment|Open-field testing was done by two raters blinded to treatment}} at 1, 2, 4 and 6 weeks. Each session yielded a BBB score (0–21), a BMS score (0–9) and a BBB subscore for paw position, toe clearance and tail position (0–13). Data are mean ± SEM (n = 10).",
            ]),
            ("results", "Results", [
                ("h", "Vesicle size"),
                "NTA gave a {{size_nm|modal size of 96 nm}}, with 90% of particles below 180 nm.",
                ("h", "BBB scale"),
                "At week 1 all injured groups were similar: Vehicle ({s:Vehicle@7|2.3 ± 0.4}) and sEV ({s:sEV@7|2.9 ± 0.5}). By week 2 the sEV group had pulled ahead ({s:sEV@14|6.2 ± 0.5} vs. {s:Vehicle@14|4.4 ± 0.5}; P < 0.05), and the advantage persisted at week 4, when sEV rats reached {s:sEV@28|10.1 ± 0.6} and vehicle rats {s:Vehicle@28|6.9 ± 0.6}. At 6 weeks, BBB scores were {s:Sham@42|21.0 ± 0.0}, {s:Vehicle@42|8.1 ± 0.5} and {s:sEV@42|12.4 ± 0.6} for the Sham, Vehicle and sEV groups, respectively.",
                ("h", "BMS and BBB subscore"),
                "The Basso Mouse Scale told the same story. BMS scores at 6 weeks were {s:BMS/Sham@42|9.0 ± 0.0}, {s:BMS/Vehicle@42|3.1 ± 0.3} and {s:BMS/sEV@42|4.8 ± 0.4} in the Sham, Vehicle and sEV groups, respectively; at 4 weeks the sEV group stood at {s:BMS/sEV@28|4.1 ± 0.3} against {s:BMS/Vehicle@28|2.6 ± 0.3}.",
                "The BBB subscore, which only becomes informative once rats step frequently, rose in the sEV group from 1.8 ± 0.4 at week 4 to 4.6 ± 0.7 at week 6 and stayed below 2 in vehicle rats.",
                ("figure", "Figure 2", "BBB scores over six weeks. Points are mean ± SEM (n = 10); at week 6 the sEV group scored {s:sEV@42|12.4 ± 0.6} and the vehicle group {s:Vehicle@42|8.1 ± 0.5}. *P < 0.05 from week 2.",
                 {"groups": ["Sham", "Vehicle", "sEV"], "days": [7, 14, 28, 42], "x": "weeks"}),
            ]),
            ("discussion", "Discussion", [
                "Both scales ranked the groups identically. The sEV effect (4.3 BBB points at six weeks) is larger than the 2–3 points reported for single injections [5,11], which may reflect the repeated dosing. A dose of 200 µg given once in another study produced a BBB score of 9.5 at week 6 [18].",
            ]),
        ],
        back=[("Ethics", "{{reported_welfare_compliance|The study was approved by the regional animal experimentation committee (licence PE/EA/1187-5/2017)}}."),
              ("Conflict of interest", "{{reported_conflict_of_interest|None of the authors has a competing interest to declare}}.")],
        references=refs(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 21, 18),
        notes=["BBB subscore values (week 4 and 6) are a different scale and carry no gold rows.",
               "The BBB figure repeats values written in its legend; only the legend values are rows."],
    ),
)
SZEKELY.figure_values = {"Sham": {7: 21.0, 14: 21.0, 28: 21.0}, "Vehicle": {}, "sEV": {}}

# ---------------------------------------------------------------------------------------------
# 3. Tamura 2022 (accepted-manuscript layout: line numbers, banner, download footer):
#    three dose levels, "respectively" over dose groups, "rose from ... to ...", "improved from
#    X at week 1 to Y at week 4" for two groups in one sentence, T-coded time points, mean (SD).
# ---------------------------------------------------------------------------------------------
TAMURA = Narrative(
    groups={"Vehicle": ("control", 9), "Exo-L": ("other", 9), "Exo-M": ("other", 9), "Exo-H": ("treatment", 9)},
    err="sd",
    habits=["lineno", "download"],
    study=paper(
        stem="tamura2022_adsc_exo_dose_intrathecal",
        layout="single",
        title="Dose-dependent effects of intrathecal adipose-derived stem cell exosomes on locomotor recovery after spinal cord contusion",
        short_title="ADSC-Exo dose levels, intrathecal",
        authors=[("Haruki", "Tamura"), ("Sione", "Fifita"), ("Camille", "Deschamps"), ("Kenji", "Ono"), ("Aigerim", "Bekova")],
        affiliations=["Department of Orthopaedic Surgery, Hokuriku Synthetic Medical College, Japan",
                      "Centre for Regenerative Biology (fictional), Lyon"],
        journal="Regenerative Neurology Reports",
        year=2022, volume="5:e2214", doi="10.5555/rnr.2022.2214",
        pmid="99205103", pmcid="PMC9920513", received="2022-04-28",
        values={
            "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
            "body_weight_g": {"low": 230, "high": 270}, "n_per_group": 9,
            "injury_model": "contusion", "injury_device": "Infinite Horizon impactor", "injury_level": "T9-T10",
            "source_tissue": "adipose", "source_species": "human",
            "isolation_method": ["precipitation_kit"], "isolation_detail": "ExoQuick-TC",
            "characterization": ["TEM", "DLS", "western_blot"], "markers": ["CD9", "CD81", "HSP70"],
            "size_nm": {"value": 128.6, "low": None, "high": None, "stat": "mean", "method": "DLS"},
            "dose": {"amount": 40, "unit": "ug", "volume_ul": 10, "basis": "protein"},
            "route": "intrathecal", "route_detail": "lumbar puncture at L5–L6",
            "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 24,
            "mechanism": "suppression of NLRP3 inflammasome-mediated pyroptosis",
            "reported_randomisation": True, "reported_blinded_assessment": True,
            "reported_welfare_compliance": True,
        },
        abstract=[
            (None, f"We compared three intrathecal doses of human adipose-derived stem cell exosomes (ADSC-Exo; 10, 20 and 40{NB}{MU}g) given 24 h after an Infinite Horizon contusion at T9–T10 in female rats. Recovery was dose dependent: 28 days after injury BBB scores were {{s:Exo-L@28|7.9 (1.2)}}, {{s:Exo-M@28|9.2 (1.4)}} and {{s:Exo-H@28|11.3 (1.1)}} for the low, middle and high dose, respectively, against {{s:Vehicle@28|6.8 (1.3)}} with vehicle. Exosomes reduced NLRP3, cleaved caspase-1 and gasdermin D in the lesion."),
        ],
        keywords=["adipose-derived stem cells", "exosomes", "intrathecal", "dose–response", "pyroptosis"],
        sections=[
            ("intro", "Introduction", [
                "Pyroptotic cell death amplifies secondary injury after spinal trauma [3]. Vesicles from stromal cells inhibit inflammasome activation in vitro, and the intrathecal route brings them directly into the cerebrospinal fluid [8]. Dose has rarely been varied within one study [19].",
                "Most reports describe exosomes as 40–160 nm particles. We tested three dose levels and named the highest, 40 µg, as the primary comparison before the experiment began.",
            ]),
            ("methods", "Materials and Methods", [
                ("h", "2.1 Animals"),
                "{{species,strain,sex|Female Sprague-Dawley rats}} aged 10 weeks ({{body_weight_g|230–270 g}}) were obtained from a commercial breeder. {{reported_welfare_compliance|Experiments complied with the ARRIVE guidelines and were approved by the Institutional Animal Care and Use Committee (No. 2020-117)}}.",
                ("h", "2.2 Contusion"),
                "After a T9 laminectomy, {{injury_model,injury_device|a 200-kdyn contusion was delivered with the Infinite Horizon impactor}} to {{injury_level|the T9–T10 cord}}. Rats with a BBB score above 2 on day 1 were excluded (two rats, replaced).",
                ("h", "2.3 Exosome isolation"),
                "{{source_species,source_tissue|Human adipose-derived stem cells}} from lipoaspirate (passage 4) were cultured in serum-free medium for 48 h. Exosomes were precipitated from the supernatant with {{isolation_method,isolation_detail|ExoQuick-TC}} (System Biosciences) according to the manufacturer. {{characterization|Particles were imaged by TEM and sized by DLS; CD9, CD81 and HSP70 were detected by western blot}}; {{markers|CD9, CD81 and HSP70}} bands were absent from the exosome-free supernatant.",
                ("h", "2.4 In vitro assay"),
                f"BV2 microglia were exposed to LPS and treated with 5, 10 or 20{NB}{MU}g/mL ADSC-Exo for 24 h before IL-1β ELISA.",
                ("h", "2.5 Groups and treatment"),
                f"{{{{reported_randomisation|Thirty-six rats were randomised by a computer-generated sequence}}}} to four groups ({{{{n_per_group|n = 9 each}}}}): Vehicle (10{NB}{MU}L PBS), Exo-L (10{NB}{MU}g), Exo-M (20{NB}{MU}g) and Exo-H ({{{{dose|40{NB}{MU}g exosomes in 10{NB}{MU}L PBS}}}}). {{{{timing_post_injury_h,route,route_detail,frequency|Twenty-four hours after injury, a single intrathecal injection was made by lumbar puncture at L5–L6}}}} with a 30-gauge needle; a tail flick confirmed entry into the subarachnoid space.",
                ("h", "2.6 Behaviour"),
                "Time points were coded T0 (before injury), T1 (day 1), T2 (day 7), T3 (day 14), T4 (day 21) and T5 (day 28). {{reported_blinded_assessment|The BBB scale was applied by two investigators blinded to the groups}}. Values are mean (SD).",
            ]),
            ("results", "Results", [
                ("h", "3.1 Vesicle characteristics"),
                "DLS showed a single population with a {{size_nm|mean hydrodynamic diameter of 128.6 nm}} (polydispersity index 0.21). In BV2 cells, 20 µg/mL exosomes lowered IL-1β release by 46%.",
                ("h", "3.2 Locomotion"),
                "At T0 all rats scored 21 and at T1 all injured rats scored 0 or 1. At T2 the groups did not differ (Vehicle {s:Vehicle@7|2.6 (0.9)}; Exo-H {s:Exo-H@7|3.1 (1.0)}). The high-dose group then separated from vehicle: between T2 and T5 its mean score rose from {s:Exo-H@7|3.1} to {s:Exo-H@28|11.3 (1.1)}, whereas the vehicle group rose only to {s:Vehicle@28|6.8 (1.3)}.",
                "At T3, mean BBB scores were {s:Vehicle@14|4.5 (1.1)} (Vehicle), {s:Exo-L@14|5.0 (1.2)} (Exo-L), {s:Exo-M@14|5.9 (1.3)} (Exo-M) and {s:Exo-H@14|7.4 (1.2)} (Exo-H). At T4 the high dose remained ahead, {s:Exo-H@21|9.6 (1.0)} versus {s:Vehicle@21|5.9 (1.2)}.",
                "Expressed per week, Exo-H rats improved from {s:Exo-H@7|3.1} at week 1 to {s:Exo-H@28|11.3} at week 4, and vehicle rats from {s:Vehicle@7|2.6} to {s:Vehicle@28|6.8} over the same period. The low dose did not differ from vehicle at any time point.",
                ("h", "3.3 Pyroptosis markers"),
                "NLRP3, cleaved caspase-1 and GSDMD-N in the lesion were reduced in Exo-H compared with vehicle at day 7. {{mechanism|We propose that the exosomes act by suppressing NLRP3 inflammasome-mediated pyroptosis}}.",
            ]),
            ("discussion", "Discussion", [
                "The dose–response was monotonic. Stavros and Ahn summarised intrathecal studies in which 50 µg produced scores between 9 and 10 at four weeks [19]; our 40-µg arm scored slightly higher. Intrathecal delivery by lumbar puncture avoids a second laminectomy but limits the volume to about 10 µL in rats.",
            ]),
        ],
        back=[("Funding", "Supported by a fictional grant (SYN-22-017)."),
              ("Data availability", "Individual scores are available from the corresponding author.")],
        references=refs(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18),
    ),
)

# ---------------------------------------------------------------------------------------------
# 4. Tembo 2023: scores in figure legends (and nowhere else for some days), "on the 14th day",
#    "2 weeks post-injury", "by day 28", n dropping in one group, weeks as "wpi".
# ---------------------------------------------------------------------------------------------
TEMBO = Narrative(
    groups={"sham": ("sham", 6), "SCI": ("control", 8), "SCI + WJ-EV": ("treatment", 8)},
    err="sem",
    study=paper(
        stem="tembo2023_wjmsc_ev_clip_legends",
        layout="twocol",
        title="Wharton’s jelly MSC-derived extracellular vesicles after clip compression of the rat spinal cord: functional and histological outcomes",
        short_title="WJ-EV after clip compression",
        authors=[("Chileshe", "Tembo"), ("Ingrid", "Halvorsrud"), ("Mateus", "Albuquerque"), ("Wen", "Zhuo")],
        affiliations=["School of Medicine, Copperbelt Synthetic University, Zambia",
                      "Department of Neuroscience, Nordic Institute of Imaginary Research"],
        journal="Cord & Vesicle",
        year=2023, volume="3(2):88–101", doi="10.5555/cv.2023.0088",
        pmid="99205104", pmcid="PMC9920514", received="2023-01-09",
        values={
            "species": "rat", "strain": "Sprague-Dawley", "sex": "male",
            "body_weight_g": {"low": 300, "high": 300}, "n_per_group": 8,
            "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T8",
            "source_tissue": "wharton_jelly", "source_species": "human",
            "isolation_method": ["tangential_flow", "size_exclusion"],
            "isolation_detail": "tangential flow filtration (300 kDa) and qEV original columns",
            "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD63", "CD81", "TSG101", "calnexin"],
            "size_nm": {"value": 104.0, "low": None, "high": None, "stat": "median", "method": "NTA"},
            "dose": {"amount": 2e10, "unit": "particles", "volume_ul": 300, "basis": "particles"},
            "route": "intravenous", "route_detail": "jugular vein catheter",
            "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 1,
            "reported_blinded_assessment": True, "reported_welfare_compliance": True,
            "reported_conflict_of_interest": True,
        },
        abstract=[
            ("Objective", "To test whether extracellular vesicles (EVs) from human Wharton’s jelly mesenchymal stromal cells improve recovery after compressive spinal cord injury."),
            ("Design", "Male rats underwent 60-s clip compression at T8 and received one intravenous EV dose or no treatment 1 h later; locomotion was followed for four weeks."),
            ("Results", "EV-treated rats regained weight-supported stepping earlier; by day 28 their BBB score was {s:SCI + WJ-EV@28|10.6 ± 0.7} compared with {s:SCI@28|6.9 ± 0.6} in injured controls."),
        ],
        keywords=["Wharton's jelly", "extracellular vesicles", "clip compression", "open-field locomotion"],
        sections=[
            ("intro", "Introduction", [
                "Compression injuries model the sustained cord deformation seen in burst fractures [13]. Mesenchymal stromal cells from the umbilical cord matrix are easy to expand and secrete abundant vesicles [2,9].",
                "Earlier vesicle studies in compression models relied on line graphs of the BBB score, which forces reviewers to digitise plots [11]; here we state the numbers in the figure legends.",
            ]),
            ("methods", "Methods", [
                ("h", "Animals"),
                "{{species,sex,strain|Male Sprague-Dawley rats}} ({{body_weight_g|about 300 g}}) were used. {{reported_welfare_compliance|All procedures were approved by the university animal research ethics committee and followed the EU Directive 2010/63/EU}}.",
                ("h", "Compression injury"),
                "Under ketamine–xylazine anaesthesia, a laminectomy was made at {{injury_level|the eighth thoracic vertebra (T8)}} and the cord was {{injury_model,injury_device|compressed for 60 s with a modified aneurysm clip}} (closing force 35 g). Sham animals had laminectomy only.",
                ("h", "EV manufacture"),
                "{{source_species,source_tissue|Human Wharton’s jelly MSCs}} were expanded in xeno-free medium. Conditioned medium (1.5 L per batch) was {{isolation_method,isolation_detail|concentrated by tangential flow filtration (300 kDa) and purified on qEV original columns}}. {{characterization|EVs were characterised by NTA (ZetaView), TEM and western blotting}} for {{markers|CD63, CD81, TSG101 and the negative marker calnexin}}.",
                ("h", "Administration"),
                f"{{{{timing_post_injury_h|One hour after compression}}}}, rats in the SCI + WJ-EV group received {{{{dose|2 × 10<sup>10</sup> EV particles in 300{NB}{MU}L saline}}}} {{{{route,route_detail|through a catheter in the right jugular vein}}}}, {{{{frequency|once}}}}. SCI rats received no injection.",
                ("h", "Outcome assessment"),
                "{{reported_blinded_assessment|BBB testing was performed by an examiner blinded to group}} at 1, 3, 7, 14, 21 and 28 days post-injury (dpi); {{n_per_group|n = 8 per injured group}} and n = 6 shams. One SCI rat died of a urinary infection on day 16, leaving n = 7 in that group from day 21. Data are mean ± SEM.",
            ]),
            ("results", "Results", [
                ("h", "EV characteristics"),
                "The {{size_nm|median particle diameter was 104 nm by NTA}}; TEM showed round, membrane-bound vesicles.",
                ("h", "Functional recovery"),
                "Hindlimb recovery began in both injured groups during the first week (Fig. 2). On the 14th day the EV group had reached frequent plantar placement with dorsal stepping (Fig. 2B), and by 2 weeks post-injury the difference between groups exceeded two points. Shams were not impaired at any time point.",
                ("figure", "Fig. 2", "Open-field locomotion after clip compression. (A) BBB score time course. (B) Day-14 scores: SCI + WJ-EV {s:SCI + WJ-EV@14|7.5 ± 0.6}, SCI {s:SCI@14|5.2 ± 0.5}. (C) At 28 dpi, BBB scores were {s:SCI@28;n=7|6.9 ± 0.6} for SCI (n = 7) and {s:SCI + WJ-EV@28|10.6 ± 0.7} for SCI + WJ-EV (n = 8); sham rats scored {s:sham@28|21.0 ± 0.0}. Mean ± SEM; *P < 0.05.",
                 {"groups": ["sham", "SCI", "SCI + WJ-EV"], "days": [1, 3, 7, 14, 21, 28]}),
                "Stepping remained inconsistent in most SCI animals, while five of eight EV-treated rats showed consistent weight-supported plantar steps at the final test.",
                ("h", "Histology"),
                "Lesion volume at 28 dpi was smaller after EV treatment. Spared white matter correlated with the final BBB score (r = 0.71).",
                "Luxol fast blue staining at the epicentre showed that rats with a BBB score below 8 had less than 30% spared white matter.",
            ]),
            ("discussion", "Discussion", [
                "Intravenous EVs improved recovery after compression to a degree comparable with contusion studies, in which differences of three points or more at four weeks have been described [5,11]. Jugular delivery avoided the variability of tail-vein injections in heavier rats.",
            ]),
        ],
        back=[("Ethics approval", "Approved by the university animal research ethics committee (protocol AREC/2021/09)."),
              ("Declaration of interests", "{{reported_conflict_of_interest|The authors report no conflicts of interest}}.")],
        references=refs(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13),
        notes=["The sham group is impaired at no time point; only its day-28 legend value is written as a number.",
               "Fig. 2A plots values; only numbers written in its legend are rows."],
    ),
)
TEMBO.figure_values = {
    "sham": {1: 21.0, 3: 21.0, 7: 21.0, 14: 21.0, 21: 21.0},
    "SCI": {1: 0.4, 3: 1.3, 7: 3.0, 21: 6.2},
    "SCI + WJ-EV": {1: 0.6, 3: 1.9, 7: 4.6, 21: 9.1},
}

STUDIES = [SARKISIAN, SZEKELY, TAMURA, TEMBO]
