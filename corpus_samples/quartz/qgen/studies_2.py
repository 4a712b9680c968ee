"""Quartz studies 4-6 (everything invented; see ../README.md for what each exercises)."""

from __future__ import annotations

from extgen.common import FOOTNOTE, MU, POOL, day_fmt, dpi_fmt, flat
from extgen.model import Scores, Study

from qgen.habits import QScores

# --------------------------------------------------------------------------------------
# 4. Abbreviations defined once; a knock-down vesicle arm; the BBB table split in two parts.
D4 = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0, 35.0]
RADULESCU = Study(
    stem="radulescu2019_rbmsc_exo_sitimp2_intrathecal",
    layout="twocol",
    title="Exosomal TIMP2 from bone marrow mesenchymal stem cells preserves the blood–spinal cord barrier after contusion in rats",
    short_title="Exosomal TIMP2 after SCI",
    authors=[("Ioana", "Rădulescu"), ("Mihai", "Constantinescu"), ("Elena", "Voicu"), ("Radu", "Marinescu")],
    affiliations=["Department of Physiology, Carpathian University of Medicine, Cluj-Napoca", "Regenerative Medicine Centre, Danube Clinical Institute, Bucharest"],
    journal="European Journal of Vesicle Neuroscience",
    year=2019,
    volume="Vol. 6, 1127",
    doi="10.5555/ejvn.2019.1127",
    pmid="99660104",
    pmcid="PMC9966104",
    received="2019-03-11",
    values={
        "species": "rat", "strain": "Long-Evans", "sex": "male", "body_weight_g": {"low": 280, "high": 320},
        "n_per_group": 9, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor", "injury_level": "T11",
        "source_tissue": "bone_marrow", "source_species": "rat", "modification": "none",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "ExoQuick-TC",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "HSP70", "calnexin"],
        "size_nm": {"value": 87.3, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 50, "unit": "ug", "volume_ul": 10, "basis": "protein"},
        "route": "intrathecal", "route_detail": "lumbar puncture",
        "frequency": {"doses": 3, "interval_h": 24}, "timing_post_injury_h": 2.0,
        "mechanism": "exosomal TIMP2 preserving the blood–spinal cord barrier",
        "reported_randomisation": True, "reported_blinded_assessment": True, "reported_welfare_compliance": True,
    },
    abstract=[
        (None, "Disruption of the blood–spinal cord barrier (BSCB) amplifies secondary injury. Male Long-Evans rats with a T11 contusion received intrathecal exosomes from rat bone marrow mesenchymal stem cells, exosomes from the same cells after TIMP2 knock-down, or vehicle. Native exosomes reduced Evans blue leakage and improved BBB scores (day 35: {bbb:SCI-E@35}); TIMP2-depleted exosomes lost most of this effect."),
    ],
    keywords=["blood–spinal cord barrier", "TIMP2", "exosomes", "intrathecal", "siRNA"],
    sections=[
        ("intro", "Introduction", [
            "Matrix metalloproteinases degrade tight junctions within hours of spinal cord injury [6]. Mesenchymal stem cell exosomes (30–100 nm) carry tissue inhibitors of metalloproteinases [2,15]; whether TIMP2 is needed for their effect is unknown.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals"),
            "{{species,strain,sex|Male Long-Evans rats}} ({{body_weight_g|280–320 g}}) were housed under a 12 h light cycle. {{reported_welfare_compliance|The study was approved by the Ethics Committee for Animal Research of Carpathian University (no. 45/2017)}}.",
            ("h", "Groups"),
            "{{reported_randomisation|Rats were randomised}} into sham-operated rats, injured rats given vehicle, injured rats given native exosomes, and injured rats given exosomes from TIMP2-silenced cells (hereafter Sham, SCI-V, SCI-E and SCI-E-siTIMP2; {{n_per_group|n = 9 each}}).",
            ("h", "Injury"),
            "Under isoflurane, {{injury_level|the T11 lamina was removed}} and {{injury_model,injury_device|a 200 kdyn contusion was delivered with the Infinite Horizon impactor}}.",
            ("h", "Cells, knock-down and exosomes"),
            "{{source_tissue,source_species|Bone marrow MSCs were flushed from rat femurs}} and used at passage 3. For the knock-down arm, cells were transfected with TIMP2 siRNA (50 nM) 48 h before conditioning; the main arm used {{modification|exosomes from unmodified BMSCs}}. {{isolation_method,isolation_detail|Exosomes were precipitated with ExoQuick-TC}} following the manufacturer's protocol. {{characterization|TEM, NTA and western blotting}} confirmed {{markers|CD9, CD63 and HSP70, without calnexin}}.",
            ("h", "Administration"),
            f"Starting {{{{timing_post_injury_h|2 h after injury}}}}, rats received {{{{dose|50 {MU}g exosomes in 10 {MU}L PBS}}}} {{{{route,route_detail|intrathecally by lumbar puncture}}}} between L5 and L6, {{{{frequency|once a day for 3 days}}}}. SCI-V rats received 10 {MU}L PBS.",
            ("h", "Assessment"),
            "{{reported_blinded_assessment|BBB testing was done by two blinded examiners}} at 1, 3, 7, 14, 21, 28 and 35 dpi. Mean ± SEM.",
        ]),
        ("results", "Results", [
            "{{size_nm|NTA showed a mean size of 87.3 nm}}; TIMP2 knock-down did not change size or yield. Evans blue extravasation at 24 h was halved by native exosomes.",
            "Scores are given in Table 2 and its continuation. The exosome-treated rats outperformed vehicle from 14 dpi; at 35 dpi they reached {bbb:SCI-E@35}, against {bbb:SCI-V@35} in SCI-V rats. Exosomes from TIMP2-silenced cells gave {bbb:SCI-E-siTIMP2@35}.",
            ("table", "Table 2", "BBB scores (mean ± SEM, n = 9).",
             {"orient": "rows", "days": D4, "groups": ["Sham", "SCI-V"], "day_fmt": dpi_fmt, "corner": "Time"}),
            ("table", "Table 2 (continued)", "BBB scores of the exosome groups (mean ± SEM, n = 9).",
             {"orient": "rows", "days": D4, "groups": ["SCI-E", "SCI-E-siTIMP2"], "day_fmt": dpi_fmt, "corner": "Time"}),
        ]),
        ("discussion", "Discussion", [
            "Because silencing TIMP2 abolished most of the benefit, we conclude that {{mechanism|exosomal TIMP2 preserving the blood–spinal cord barrier}} is a key mechanism. Intravenous doses of 100–200 µg were used elsewhere [5].",
        ]),
    ],
    references=POOL[1:2] + POOL[4:6] + POOL[10:16],
    scores=Scores(
        outcome="BBB", err="sem",
        groups=[("Sham", "sham", 9), ("SCI-V", "control", 9), ("SCI-E", "treatment", 9), ("SCI-E-siTIMP2", "other", 9)],
        values={
            "Sham": flat("Sham", D4, [(20.4, 0.3), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)]),
            "SCI-V": flat("SCI-V", D4, [(0.2, 0.1), (0.9, 0.3), (2.6, 0.4), (4.4, 0.5), (5.8, 0.5), (6.5, 0.6), (6.9, 0.6)]),
            "SCI-E": flat("SCI-E", D4, [(0.3, 0.2), (1.3, 0.3), (3.5, 0.4), (6.2, 0.5), (8.1, 0.5), (9.3, 0.6), (9.8, 0.6)]),
            "SCI-E-siTIMP2": flat("SCI-E-siTIMP2", D4, [(0.2, 0.1), (1.0, 0.3), (2.9, 0.4), (4.9, 0.5), (6.4, 0.5), (7.2, 0.6), (7.6, 0.6)]),
        },
    ),
    back=[("Funding", "Romanian Agency for Synthetic Research, grant 17/2016.")],
    footnote=FOOTNOTE,
)

# --------------------------------------------------------------------------------------
# 5. Groups defined by what each received and by timing (early vs delayed); figure-1 scheme;
#    scores in a figure legend and a table; injury-only comparator.
D5 = [1.0, 7.0, 14.0, 28.0, 42.0]
MURTAGH = Study(
    stem="murtagh2023_wjmsc_exo_early_delayed_weightdrop",
    layout="single",
    title="Early but not delayed intravenous Wharton's jelly MSC exosomes improve hindlimb recovery after spinal cord contusion in rats",
    short_title="Timing of WJ-MSC exosome delivery",
    authors=[("Siobhán", "Murtagh"), ("Declan", "Ó Briain"), ("Priya", "Raman"), ("Conor", "Whelan")],
    affiliations=["School of Medicine, Atlantic University, Galway", "Irish Centre for Synthetic Neurotrauma, Cork"],
    journal="Irish Journal of Experimental Neurology",
    year=2023,
    volume="45:e221",
    doi="10.5555/ijen.2023.e221",
    pmid="99660105",
    pmcid="PMC9966105",
    received="2023-06-30",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 230, "high": 270},
        "n_per_group": 12, "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T9",
        "source_tissue": "wharton_jelly", "source_species": "human",
        "isolation_method": ["ultracentrifugation", "density_gradient"], "isolation_detail": "100,000 g 2 h",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD81", "Alix", "calnexin"],
        "size_nm": {"value": 104.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 250, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 1.0,
        "mechanism": "attenuation of neutrophil infiltration",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Exosomes are usually given within hours of spinal cord injury. We compared a single intravenous dose of human Wharton's jelly MSC exosomes given 1 h (early) or 7 days (delayed) after a T9 weight-drop contusion in female rats. Only early treatment improved BBB scores at 6 weeks."),
    ],
    keywords=["Wharton's jelly", "exosomes", "therapeutic window", "contusion", "neutrophils"],
    sections=[
        ("intro", "Introduction", [
            "Neutrophils enter the injured cord within hours and peak at day 1 [3,7]. Small vesicles of 50–150 nm from umbilical MSCs limit this influx [2]. If the effect depends on the neutrophil wave, exosomes should help only when given early.",
        ]),
        ("methods", "Methods", [
            ("h", "Animals and welfare"),
            "Forty-eight {{species,strain,sex|female Sprague-Dawley rats}} ({{body_weight_g|230–270 g}}, 10 weeks) were used. {{reported_welfare_compliance|Experiments were authorised by the Health Products Regulatory Authority (AE19125/P088) and complied with Directive 2010/63/EU.}}",
            ("h", "Design"),
            f"Rats were divided into four groups of {{{{n_per_group|12}}}} (Figure 1). The first group underwent laminectomy only. The second group was injured and left untreated. The third group received exosomes 1 h after injury, and the fourth group received the same dose on day 7. In tables and figures these groups are Sham, Untreated, Exo-1h and Exo-7d; in the text we call the last two early and delayed.",
            ("figure", "Figure 1", "Study scheme. Contusion on day 0; early exosomes 1 h and delayed exosomes 7 days after injury; BBB testing on the days marked.",
             {"kind": "scheme", "events": [(0, "Day 0: SCI"), (7, "Day 7"), (14, "Day 14"), (28, "Day 28"), (42, "Day 42: end")],
              "lanes": [("Sham", "laminectomy only"), ("Untreated", "contusion, no injection"),
                        ("Exo-1h", "contusion + exosomes at 1 h"), ("Exo-7d", "contusion + exosomes on day 7")]}),
            ("h", "Surgery"),
            "Anaesthesia: isoflurane 2–3% in oxygen. {{injury_level|The T9 lamina was removed}} and {{injury_model,injury_device|a 10 g weight was dropped from 25 mm onto the dura (modified Allen weight drop)}}.",
            ("h", "Exosome preparation"),
            "{{source_tissue,source_species|MSCs from human umbilical cord Wharton's jelly}} were grown in serum-free medium. {{isolation_method,isolation_detail|Exosomes were pelleted at 100,000 × g for 2 h}} and {{isolation_method|purified on an iodixanol density gradient}}. {{characterization|Preparations were analysed by TEM, NTA and western blot}} ({{markers|CD9, CD81, Alix; calnexin absent}}).",
            ("h", "Treatment"),
            f"Early rats received {{{{dose|100 {MU}g of exosomes in 250 {MU}L PBS}}}} {{{{route,route_detail,frequency|as one injection into the lateral tail vein}}}} {{{{timing_post_injury_h|1 h after contusion}}}}; delayed rats received the same injection 7 days after contusion. Untreated rats received no injection.",
            ("h", "Behaviour"),
            "The BBB scale was applied on days 1, 7, 14, 28 and 42 {{reported_blinded_assessment|by two observers masked to group}}. All rats scored 21 before surgery. Mean ± SD.",
        ]),
        ("results", "Results", [
            "{{size_nm|The NTA mode was 104 nm}}; TEM showed cup-shaped vesicles.",
            ("table", "Table 1", "BBB scores (mean ± SD; n = 12 per group).",
             {"orient": "groups", "days": D5, "groups": ["Sham", "Untreated", "Exo-1h", "Exo-7d"], "day_fmt": day_fmt}),
            "Early treatment improved scores from day 14 onwards (Table 1). Delayed treatment did not: on day 42 delayed rats scored {bbb:Exo-7d@42|paren}, close to untreated rats.",
            ("figure", "Figure 3", "BBB scores over 6 weeks. On day 42 the groups scored {bbb:Exo-1h@42} (early), {bbb:Exo-7d@42} (delayed) and {bbb:Untreated@42} (untreated); mean ± SD, n = 12.",
             {"days": D5, "groups": ["Sham", "Untreated", "Exo-1h", "Exo-7d"]}),
            "The inclined plane angle at day 42 was 48° ± 4° in early rats and 41° ± 3° in untreated rats.",
        ]),
        ("discussion", "Discussion", [
            "Only early delivery helped, consistent with {{mechanism|attenuation of neutrophil infiltration}}, which we saw in MPO staining at 24 h. Other authors reported a benefit with doses up to 300 µg given 3 days after injury [5].",
        ]),
    ],
    references=POOL[1:4] + POOL[4:8] + POOL[11:13],
    scores=Scores(
        outcome="BBB", err="sd",
        groups=[("Sham", "sham", 12), ("Untreated", "control", 12), ("Exo-1h", "treatment", 12), ("Exo-7d", "other", 12)],
        values={
            "Sham": flat("Sham", D5, [(20.5, 0.5), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)]),
            "Untreated": flat("Untreated", D5, [(0.5, 0.5), (2.8, 1.0), (4.9, 1.2), (7.1, 1.4), (8.0, 1.5)]),
            "Exo-1h": flat("Exo-1h", D5, [(0.6, 0.6), (3.4, 1.1), (6.6, 1.3), (9.6, 1.4), (10.8, 1.5)]),
            "Exo-7d": flat("Exo-7d", D5, [(0.4, 0.5), (2.9, 1.0), (5.1, 1.3), (7.5, 1.5), (8.5, 1.6)]),
        },
    ),
    back=[("Conflicts of interest", "{{reported_conflict_of_interest|The authors report no competing interests.}}")],
    footnote=FOOTNOTE,
)

# --------------------------------------------------------------------------------------
# 6. Exosomes versus their parent cells; "saline" comparator; renamed groups; n column with a dropout.
D6 = [3.0, 7.0, 14.0, 21.0, 28.0, 35.0]
VUONG = Study(
    stem="vuong2024_hpmsc_exo_vs_cells_t8_iv",
    layout="twocol",
    title="Placental mesenchymal stem cells or their exosomes? A head-to-head comparison after thoracic spinal cord contusion in rats",
    short_title="hPMSC cells vs exosomes",
    authors=[("Minh Anh", "Vuong"), ("Thi Lan", "Pham"), ("Kenji", "Arakawa"), ("Duc Huy", "Tran")],
    affiliations=["Institute of Regenerative Medicine, Red River Medical University, Hanoi", "Department of Neurosurgery, Saigon Synthetic General Hospital, Ho Chi Minh City"],
    journal="Asian Pacific Journal of Cell-Free Therapy",
    year=2024,
    volume="12(1):41–55",
    doi="10.5555/apjcft.2024.0041",
    pmid="99660106",
    pmcid="PMC9966106",
    received="2023-11-08",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 250, "high": 280},
        "n_per_group": 10, "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T8",
        "source_tissue": "placenta", "source_species": "human",
        "isolation_method": ["tangential_flow", "ultracentrifugation"], "isolation_detail": "110,000 g 80 min",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD63", "CD81", "TSG101", "calnexin"],
        "size_nm": {"value": 132.0, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 400, "unit": "ug_per_kg", "volume_ul": None, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 2, "interval_h": 48}, "timing_post_injury_h": 24.0,
        "mechanism": "promotion of angiogenesis",
        "reported_randomisation": True, "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "We compared human placental mesenchymal stem cells (hPMSCs) with exosomes derived from them (hPMSC-Exo) after T8 contusion in male Sprague-Dawley rats. Both were given intravenously on days 1 and 3. At day 35 exosome-treated rats scored {bbb:Exo@35} on the BBB scale, similar to cell-treated rats and better than saline controls."),
    ],
    keywords=["placenta", "mesenchymal stem cells", "exosomes", "cell-free therapy", "angiogenesis"],
    sections=[
        ("intro", "Introduction", [
            "Cell transplantation after spinal cord injury carries risks of embolism and ectopic growth [7,10]. Exosomes (diameter 40–120 nm) may reproduce much of the paracrine benefit [2]. Few studies compare the two within one experiment.",
        ]),
        ("methods", "Methods", [
            ("h", "Animals"),
            "{{species,strain,sex|Male Sprague-Dawley rats}} {{body_weight_g|(250–280 g)}} were purchased from the Hanoi Laboratory Animal Centre. {{reported_welfare_compliance|Procedures were approved by the Animal Ethics Council of Red River Medical University (REC-2022-019).}}",
            ("h", "Groups and treatments"),
            "{{reported_randomisation|Forty rats were randomly assigned}} ({{n_per_group|10 per group}}) to Sham, Saline, hPMSC or hPMSC-Exo. Saline, hPMSC and hPMSC-Exo rats were injured.",
            f"{{{{source_tissue,source_species|Human placental MSCs}}}} were isolated from term placentas (donor consent obtained). Cells for transplantation (1 × 10<sup>6</sup> in 500 {MU}L) were passage 4. {{{{isolation_method|Conditioned medium was concentrated by tangential flow filtration}}}} and {{{{isolation_method,isolation_detail|exosomes were pelleted at 110,000 × g for 80 min}}}}. {{{{characterization|NTA, TEM and western blot}}}} were performed ({{{{markers|CD63, CD81, TSG101 positive; calnexin negative}}}}).",
            f"hPMSC-Exo rats received {{{{dose|400 {MU}g/kg exosome protein}}}} and hPMSC rats 1 × 10<sup>6</sup> cells, {{{{route,route_detail|both via the tail vein}}}}, {{{{frequency,timing_post_injury_h|on day 1 and day 3 after injury}}}}. Saline rats received 500 {MU}L saline at the same times.",
            ("h", "Injury"),
            "Under chloral hydrate anaesthesia (300 mg/kg, i.p.), {{injury_level|the T8 lamina was removed}} and {{injury_model,injury_device|the cord was contused with the NYU impactor}} (10 g, 12.5 mm).",
            ("h", "Locomotor testing"),
            "BBB scores were obtained on days 3, 7, 14, 21, 28 and 35 {{reported_blinded_assessment|by blinded raters}}. Mean ± SEM.",
        ]),
        ("results", "Results", [
            "{{size_nm|The exosomes had a mean diameter of 132 nm by NTA}}. One Saline rat died on day 5 (autophagia) and was excluded.",
            "Both therapies improved locomotion (Table 1). At day 35 the exosome-treated rats scored {bbb:Exo@35}, the cell-treated rats {bbb:MSC@35} and the saline rats {bbb:Saline@35}.",
            ("table", "Table 1", "BBB scores by day after injury (mean ± SEM). Exo, hPMSC-Exo; MSC, hPMSC.",
             {"orient": "rows", "days": D6, "groups": ["Sham", "Saline", "MSC", "Exo"], "day_fmt": day_fmt, "n_head": True, "corner": "Time",
              "foot": "n, animals analysed; one Saline rat died on day 5."}),
        ]),
        ("discussion", "Discussion", [
            "Exosomes matched their parent cells without the risks of cell infusion. CD31 staining points to {{mechanism|promotion of angiogenesis}}. Others used 200 µg per rat [5] and measured vesicles of 95 nm [14].",
        ]),
    ],
    references=POOL[1:3] + POOL[4:8] + POOL[9:11] + POOL[13:16],
    scores=QScores(
        outcome="BBB", err="sem",
        groups=[("Sham", "sham", 10), ("Saline", "control", 9), ("MSC", "other", 10), ("Exo", "treatment", 10)],
        values={
            "Sham": flat("Sham", D6, [(21.0, 0.0)] * 6),
            "Saline": flat("Saline", D6, [(1.1, 0.3), (2.7, 0.4), (4.6, 0.5), (6.0, 0.5), (6.8, 0.6), (7.3, 0.6)]),
            "MSC": flat("MSC", D6, [(1.3, 0.3), (3.4, 0.4), (6.1, 0.5), (8.0, 0.6), (9.1, 0.6), (9.7, 0.6)]),
            "Exo": flat("Exo", D6, [(1.4, 0.3), (3.5, 0.4), (6.4, 0.5), (8.3, 0.5), (9.4, 0.6), (10.0, 0.6)]),
        },
    ),
    back=[("Declaration of interests", "{{reported_conflict_of_interest|The authors have no competing interests to declare.}}")],
    footnote=FOOTNOTE,
)

STUDIES = [RADULESCU, MURTAGH, VUONG]
