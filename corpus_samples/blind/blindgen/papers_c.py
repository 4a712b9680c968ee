# ruff: noqa: ISC004  (prose blocks are long strings split over lines inside section lists)
"""Blind studies 9-12 (invented): subacute dosing, ischaemia-reperfusion, peptide-targeted vesicles, forceps."""

from __future__ import annotations

from extgen.common import GMU, MU, TH, day_fmt
from extgen.model import Scores, Study

from blindgen.kit import NOTICE, curve, extra, flat_sham, ids, refs, table

# ---------------------------------------------------------------------------------------
# 9. Mirzaei 2020: hypoxia-preconditioned Wharton's jelly MSC EVs, cell-equivalent dose,
#    single i.v. dose at the subacute stage (day 7), both sexes, BBB in text by week (SEM)
# ---------------------------------------------------------------------------------------
D9 = [14.0, 28.0, 42.0, 56.0]
S9 = Scores("BBB", "sem", [("control", "control", 14), ("EV", "other", 14), ("H-EV", "treatment", 14)], {
    "control": curve(D9, 3.0, 8.9, 14.0, 0.4, 901),
    "EV": curve(D9, 3.0, 10.2, 14.0, 0.4, 902),
    "H-EV": curve(D9, 3.2, 12.4, 13.0, 0.5, 903),
})

MIRZAEI = Study(
    stem="mirzaei2020_wjmsc_hypoxic_ev_subacute_iv",
    layout="single",
    title="Extracellular vesicles from hypoxia-preconditioned Wharton's jelly mesenchymal stem cells given at "
          "the subacute stage of spinal cord injury",
    short_title="Mirzaei et al. · hypoxic WJ-MSC EVs, subacute",
    authors=[("Parisa", "Mirzaei"), ("Reza", "Kazemi-Nasab"), ("Elham", "Ghorbani"), ("Amir H.", "Sadeghi")],
    affiliations=["Brain and Spinal Cord Injury Research Center, Zagros University of Medical Sciences (invented)",
                  "Department of Tissue Engineering, Alborz Institute of Advanced Medicine (invented)"],
    journal="Archives of Experimental Neurorestoration", year=2020, volume="7(1):33–46",
    **ids(9), received="2020-01-27",
    values={
        "species": "rat", "strain": "Wistar", "sex": "both", "body_weight_g": {"low": 200, "high": 250},
        "n_per_group": 14, "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T9",
        "source_tissue": "wharton_jelly", "source_species": "human", "modification": "hypoxic preconditioning",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "Total Exosome Isolation reagent",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "CD81", "Alix"],
        "size_nm": {"value": 117.0, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 2e6, "unit": "cells_equivalent", "volume_ul": 500, "basis": None},
        "route": "intravenous", "route_detail": "tail vein", "frequency": {"doses": 1, "interval_h": None},
        "timing_post_injury_h": 168.0, "mechanism": "HIF-1α-dependent miR-210 enrichment promoting angiogenesis",
        "reported_randomisation": True, "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Most preclinical vesicle studies treat within hours of injury, whereas patients often reach "
         "specialised care later. In this study, rats of both sexes received a single intravenous dose of "
         "extracellular vesicles (EVs) from human Wharton's jelly mesenchymal stem cells (WJ-MSCs) cultured under "
         "normoxia (EV) or hypoxia (H-EV), seven days after a weight-drop contusion. H-EV improved the BBB score at "
         "week 8 to {bbb:H-EV@56}, compared with {bbb:control@56} in controls, and increased vessel density and "
         "miR-210 in the lesion."),
    ],
    keywords=["Wharton's jelly", "hypoxia", "extracellular vesicles", "subacute", "miR-210", "angiogenesis"],
    sections=[
        ("intro", "Introduction", [
            "The therapeutic window for neuroprotection after spinal cord injury (SCI) is short, but repair "
            "processes such as angiogenesis and axonal sprouting continue for weeks [1,17]. Extracellular vesicles "
            "(EVs) of mesenchymal stem cells, usually 50–200 nm in size, carry pro-angiogenic microRNAs [10,17]. "
            "Culturing the parent cells in low oxygen raises the content of hypoxia-inducible miR-210 in their "
            "vesicles [15].",
            "We therefore asked whether EVs from hypoxia-preconditioned WJ-MSCs are effective when given at the "
            "subacute stage, and whether the response differs between males and females.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals"),
            "{{species,strain,sex|Wistar rats of both sexes}} (equal numbers of males and females; "
            "{{body_weight_g|200–250 g}}) were kept under standard conditions. "
            "{{reported_welfare_compliance|The study was approved by the ethics committee of Zagros University "
            "(IR.ZUMS.REC.1398.211) and followed the national guidelines for animal research}}. "
            "{{reported_randomisation|Animals were randomly assigned to three groups}} "
            "{{n_per_group|of 14 rats each (7 males and 7 females)}}: control (vehicle), EV and H-EV.",
            ("h", "Spinal cord injury"),
            "After anaesthesia with ketamine (80 mg/kg) and xylazine (10 mg/kg), "
            "{{injury_level|the lamina of the ninth thoracic vertebra was removed}} and "
            "{{injury_model,injury_device|a contusion was made by dropping a 10 g weight from a height of 25 mm "
            "onto the exposed dura}} (modified Allen's method). Urine was expressed manually until bladder "
            "function returned.",
            ("h", "WJ-MSC culture and hypoxic preconditioning"),
            "{{source_tissue,source_species|WJ-MSCs were isolated from Wharton's jelly of human umbilical cords}} "
            "obtained after caesarean section with informed consent, by explant culture, and used at passage 3–4. "
            "For {{modification|hypoxic preconditioning, cells were incubated at 1% O<sub>2</sub> for 48 h}}; "
            "normoxic cells were kept at 21% O<sub>2</sub>. Both were in serum-free medium during this period.",
            "{{isolation_method,isolation_detail|EVs were isolated with the Total Exosome Isolation reagent "
            "(from cell culture media; Invitrogen)}} following an initial spin at 2000 × g for 30 min. "
            "{{characterization|The EVs were characterised by TEM, NTA and western blotting}} for "
            "{{markers|CD63, CD81 and Alix}}; the antibodies were raised in rabbit except anti-CD81 (mouse).",
            ("h", "EV administration"),
            f"{{{{timing_post_injury_h|At the subacute stage, 7 days after injury}}}}, each rat received "
            f"{{{{dose|EVs derived from 2 × 10<sup>6</sup> WJ-MSCs, suspended in 500 {GMU}l PBS}}}}, "
            f"{{{{route,route_detail,frequency|as a single injection into the tail vein}}}}. Control rats received "
            "PBS. Human umbilical vein endothelial cells (HUVECs) were exposed to 10 µg/ml EVs in a tube-formation "
            "assay.",
            ("h", "Functional assessment"),
            "Hind-limb function was rated by the BBB scale every two weeks up to week 8 by "
            "{{reported_blinded_assessment|two investigators who were unaware of the treatments}}. On day 7, "
            "before treatment, rats with a BBB score above 5 were excluded. The inclined plane test was also "
            "performed.",
            ("h", "Statistical analysis"),
            "Results are shown as mean ± SEM. Groups were compared using two-way ANOVA with Tukey's post-test; "
            "sex was included as a factor. P < 0.05 was considered significant.",
        ]),
        ("results", "Results", [
            "{{size_nm|NTA showed a mean diameter of 117 nm for H-EV}} and 121 nm for EV, and both expressed "
            "CD63, CD81 and Alix. Hypoxia increased miR-210 in EVs 5.3-fold.",
            "On day 7, before treatment, scores were similar in all groups (about 3). Two weeks after injury, BBB "
            "scores were {bbb:control@14}, {bbb:EV@14} and {bbb:H-EV@14} in the control, EV and H-EV groups. At "
            "week 4 they were {bbb:control@28}, {bbb:EV@28} and {bbb:H-EV@28}; at week 6, {bbb:control@42}, "
            "{bbb:EV@42} and {bbb:H-EV@42}. At the end of the study (week 8), H-EV rats reached {bbb:H-EV@56}, "
            "significantly more than control ({bbb:control@56}, P < 0.01) and EV rats ({bbb:EV@56}, P < 0.05). "
            "There was no effect of sex.",
            "In the inclined plane test, H-EV rats held their position at 48° ± 3° versus 39° ± 2° in controls at "
            "week 8. CD31+ capillaries in the penumbra were increased by 64%.",
        ]),
        ("discussion", "Discussion", [
            f"We propose {{{{mechanism|HIF-1α-dependent miR-210 enrichment promoting angiogenesis}}}} as the reason "
            "that hypoxic EVs outperformed normoxic ones. Acute-phase studies with "
            f"200 {GMU}g of EVs reported BBB improvements of 3–4 points [11,14], which is in the same range despite "
            "our late start.",
            "A dose expressed as the output of a number of cells is hard to compare across studies, and the "
            "precipitation reagent co-isolates lipoproteins; both are limitations of this work.",
        ]),
    ],
    references=refs(0, 1, 3, 5, 8, 9, 10, 11, 13, 14, 15, 16, 17),
    scores=S9,
    back=[("Declaration of interests", "{{reported_conflict_of_interest|The authors report no conflict of "
           "interest.}}")],
    notes=["Inclined plane angles are another scale (no outcome rows). The day-7 pre-treatment score (about 3) "
           "is not a per-group number and gives no row."],
    footnote=NOTICE,
)

# ---------------------------------------------------------------------------------------
# 10. Dubois 2019: aortic cross-clamping (ischaemia-reperfusion, no vertebral level),
#     menstrual-blood MSC exosomes, intrathecal catheter at L4-L5 (not the injury level),
#     TEM size range only, particle dose from volume x concentration, BBB only in a figure (weeks)
# ---------------------------------------------------------------------------------------
D10 = [7.0, 14.0, 21.0, 28.0]
S10 = Scores("BBB", "sd", [("Sham", "sham", 6), ("I/R + vehicle", "control", 6), ("I/R + MenSC-Exo", "treatment", 6)], {
    "Sham": flat_sham(D10),
    "I/R + vehicle": curve(D10, 4.0, 9.0, 9.0, 1.5, 1001),
    "I/R + MenSC-Exo": curve(D10, 5.0, 14.0, 8.0, 1.5, 1002),
})

DUBOIS = Study(
    stem="dubois2019_mensc_exo_ischemia_intrathecal",
    layout="twocol",
    title="Intrathecal exosomes from menstrual blood-derived stromal cells protect motor neurons after "
          "spinal cord ischaemia–reperfusion in the rat",
    short_title="MenSC exosomes and spinal ischaemia",
    authors=[("Claire", "Dubois"), ("Mathieu", "Lefèvre"), ("Nadia", "Benali"), ("Pierre-Yves", "Garnier")],
    affiliations=["Laboratoire de Chirurgie Vasculaire Expérimentale, Université de la Loire (invented)",
                  "Plateforme Vésicules, Institut Rhône-Alpes de Biologie (invented)"],
    journal="European Journal of Experimental Vascular Neurology", year=2019, volume="22:415–427",
    **ids(10), received="2019-06-12",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 300, "high": 350},
        "n_per_group": 6, "injury_model": "ischemia_reperfusion", "injury_device": "aortic cross-clamp",
        "source_tissue": "menstrual_blood", "source_species": "human",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 g 75 min",
        "characterization": ["TEM", "western_blot", "NTA"], "markers": ["CD63", "TSG101", "calnexin"],
        "size_nm": {"value": None, "low": 50, "high": 140, "stat": None, "method": "TEM"},
        "dose": {"amount": 5e9, "unit": "particles", "volume_ul": 20, "basis": "particles"},
        "route": "intrathecal", "route_detail": "intrathecal catheter", "frequency": {"doses": 1, "interval_h": None},
        "timing_post_injury_h": 6.0, "mechanism": "inhibition of motor neuron apoptosis through Bcl-2/Bax",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
    },
    abstract=[
        (None, "Paraplegia after thoraco-abdominal aortic surgery results from spinal cord ischaemia. We tested "
         "whether exosomes secreted by human menstrual blood-derived stromal cells (MenSCs) protect the cord. "
         "Spinal ischaemia was induced by aortic cross-clamping for 14 min; 6 h after reperfusion rats received "
         "MenSC exosomes or vehicle through an intrathecal catheter. Exosome-treated rats recovered better over "
         "four weeks, retained more motor neurons in the ventral horn and had a higher Bcl-2/Bax ratio."),
    ],
    keywords=["spinal cord ischaemia", "reperfusion", "menstrual blood stromal cells", "exosomes", "apoptosis"],
    sections=[
        ("intro", "Introduction", [
            "Delayed paraplegia remains a feared complication of aortic repair, with ischaemic neuronal death "
            "continuing for hours after reperfusion [1,11]. Stromal cells from menstrual blood (MenSCs) are "
            "obtained non-invasively and secrete neurotrophic factors [3]. Whether their exosomes, vesicles of "
            "30–150 nm according to most reviews [1], are protective in spinal ischaemia is unknown.",
        ]),
        ("methods", "Methods", [
            ("h", "Animals"),
            "{{species,strain,sex|Female Sprague-Dawley rats}} weighing {{body_weight_g|300–350 g}} were "
            "used. {{reported_welfare_compliance|Experiments were authorised by the French Ministry of Research "
            "(APAFIS #18842) and complied with Directive 2010/63/EU}}. Rats were allocated to Sham, I/R + vehicle "
            "and I/R + MenSC-Exo groups ({{n_per_group|n = 6}} each).",
            ("h", "Ischaemia–reperfusion"),
            "Under isoflurane, the left carotid artery and tail artery were cannulated for pressure monitoring. "
            "{{injury_model,injury_device|Spinal cord ischaemia was produced by cross-clamping the aortic arch "
            "between the left carotid and left subclavian arteries for 14 min}}, combined with a balloon in the "
            "descending aorta, followed by reperfusion. Sham rats underwent cannulation without occlusion.",
            ("h", "Intrathecal catheter"),
            f"One week before surgery, a PE-10 catheter was inserted at the L4–L5 intervertebral space and advanced "
            f"2 cm cranially into the intrathecal space. Correct position was verified with lidocaine (10 {MU}l), "
            "which induced a transient hind-limb paralysis.",
            ("h", "MenSC exosomes"),
            f"{{{{source_tissue,source_species|MenSCs were isolated from menstrual blood collected with a silicone "
            f"cup from three healthy volunteers}}}} (ethics approval CPP-2017-A02) and expanded to passage 5. "
            f"Exosomes were obtained from 48-h serum-free medium by centrifugation at 2000 × g and 12{TH}000 × g and "
            f"{{{{isolation_method,isolation_detail|ultracentrifugation at 100{TH}000 × g for 75 min}}}}. "
            f"{{{{characterization|They were examined by TEM and western blot, and counted by NTA}}}} "
            f"({{{{markers|CD63, TSG101; calnexin absent}}}}).",
            ("h", "Treatment"),
            f"{{{{timing_post_injury_h|Six hours after reperfusion}}}}, "
            f"{{{{dose|20 {MU}l of a suspension containing 2.5 × 10<sup>11</sup> particles/ml}}}} was "
            f"{{{{route,route_detail,frequency|injected once through the intrathecal catheter}}}} and flushed "
            f"with 10 {MU}l saline. Vehicle rats received 20 {MU}l PBS.",
            ("h", "Neurological assessment"),
            "Hind-limb function was scored weekly with the BBB scale (and, on day 1, with the Tarlov score) by "
            "{{reported_blinded_assessment|an investigator blinded to the group}}. At week 4, NeuN+ motor neurons "
            "were counted in the ventral horns of L4.",
            ("h", "Statistics"),
            "Values are mean ± SD; two-way ANOVA with Bonferroni correction; P < 0.05.",
        ]),
        ("results", "Results", [
            "{{size_nm|TEM showed vesicles between 50 and 140 nm}} with the typical cup shape; NTA gave a "
            "concentration of 2.5 × 10<sup>11</sup> particles/ml in the final suspension. CD63 and TSG101 were "
            "detected.",
            "On day 1, Tarlov scores were 1.5 ± 0.5 in both ischaemic groups. The BBB time course is shown in "
            "Fig. 2: exosome-treated rats improved more rapidly, and the difference from vehicle was significant "
            "from week 2 to week 4.",
            ("figure", "Fig. 2", "BBB scores over four weeks after ischaemia–reperfusion (mean ± SD; n = 6).",
             {"days": D10, "groups": ["Sham", "I/R + vehicle", "I/R + MenSC-Exo"], "x": "weeks"}),
            "Ventral horn motor neurons at L4 were 61% of sham values after vehicle and 84% after exosomes; the "
            "Bcl-2/Bax ratio doubled.",
        ]),
        ("discussion", "Discussion", [
            f"Our findings indicate {{{{mechanism|inhibition of motor neuron apoptosis through Bcl-2/Bax}}}}. "
            f"Intravenous MSC exosomes (100 {MU}g) were protective after aortic occlusion in one earlier report [11]. "
            "A single dose and a small sample are limitations.",
        ]),
    ],
    references=refs(0, 1, 3, 4, 8, 10, 11, 12, 16),
    scores=S10,
    notes=["BBB scores are given only in Fig. 2 (a line plot over weeks): no outcome rows. No vertebral injury "
           "level (ischaemia model); L4–L5 is the catheter site. Tarlov scores are another scale."],
    footnote=NOTICE,
)

# ---------------------------------------------------------------------------------------
# 11. O'Connell 2023: CAQK-peptide-decorated rat adipose exosomes, UC + SEC, i.v. at 15 min;
#     n given only in the table header; table groups down the side (SD)
# ---------------------------------------------------------------------------------------
D11 = [3.0, 7.0, 14.0, 21.0, 28.0]
G11 = ["Sham", "PBS", "Exo", "CAQK-Exo"]
S11 = Scores("BBB", "sd", [("Sham", "sham", 9), ("PBS", "control", 9), ("Exo", "other", 9),
                           ("CAQK-Exo", "treatment", 9)], {
    "Sham": flat_sham(D11),
    "PBS": curve(D11, 0.5, 8.7, 9.0, 1.0, 1101),
    "Exo": curve(D11, 0.5, 9.8, 9.0, 1.0, 1102),
    "CAQK-Exo": curve(D11, 0.6, 12.9, 8.0, 1.2, 1103),
})

OCONNELL = extra(Study(
    stem="oconnell2023_radsc_caqk_exo_tailvein",
    layout="single",
    title="Injury-homing CAQK peptide on adipose stromal cell exosomes increases lesion uptake and "
          "locomotor recovery after thoracic contusion",
    short_title="O'Connell et al. · CAQK-decorated exosomes",
    authors=[("Siobhán", "O'Connell"), ("Declan", "Fitzgerald"), ("Aoife", "Brennan"), ("Marcus", "Leung")],
    affiliations=["School of Pharmacy and Biomolecular Sciences, Western Atlantic University, Galway (invented)",
                  "Centre for Neural Engineering, Liffey College, Dublin (invented)"],
    journal="Journal of Targeted Neurotherapeutics", year=2023, volume="5(2):88–104",
    **ids(11), received="2023-02-15",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 220, "high": 250},
        "n_per_group": 9, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor",
        "injury_level": "T11", "source_tissue": "adipose", "source_species": "rat",
        "modification": "CAQK peptide conjugation",
        "isolation_method": ["ultracentrifugation", "size_exclusion"], "isolation_detail": "118,000 g 90 min; qEV",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD9", "CD63", "flotillin-1", "ApoA1"],
        "size_nm": {"value": 109.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 200, "unit": "ug", "volume_ul": 250, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein", "frequency": {"doses": 1, "interval_h": None},
        "timing_post_injury_h": 0.25, "mechanism": "peptide-directed homing of exosomes to the injured cord",
        "reported_randomisation": True, "reported_blinded_assessment": True, "reported_sample_size_calculation": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Intravenously injected exosomes accumulate mainly in the liver and spleen. The tetrapeptide "
         "CAQK binds chondroitin sulphate proteoglycans that are upregulated in injured CNS tissue."),
        ("Methods", "Exosomes from rat adipose-derived stromal cells were decorated with CAQK by a "
         "DSPE-PEG linker and injected intravenously 15 minutes after a T11 contusion. Uptake was followed with "
         "near-infrared imaging and locomotion with the BBB scale for 28 days."),
        ("Results", "CAQK increased exosome signal in the lesion 3.4-fold at 24 h. BBB scores at day 28 were "
         "{bbb:CAQK-Exo@28} with CAQK-Exo, {bbb:Exo@28} with undecorated exosomes and {bbb:PBS@28} with PBS."),
    ],
    keywords=["targeting peptide", "CAQK", "exosomes", "biodistribution", "spinal cord contusion"],
    sections=[
        ("intro", "Introduction", [
            "Systemic delivery is the least invasive way to give extracellular vesicles after spinal cord injury, "
            "but typically less than 1% of an injected dose reaches the cord [11]. Surface engineering with "
            "targeting ligands can redirect vesicles [15]. CAQK, identified by in vivo phage display, homes to "
            "injured brain and spinal cord [15].",
            "Exosomes are often described as 40–120 nm vesicles [2], although preparations are heterogeneous. "
            "We coupled CAQK to exosomes from adipose stromal cells and compared them with undecorated exosomes.",
        ]),
        ("methods", "Methods", [
            ("h", "Study design and animals"),
            "{{reported_welfare_compliance|Experiments were licensed by the Health Products Regulatory Authority "
            "(AE19125/P077) and reported according to ARRIVE 2.0}}. "
            "{{species,strain,sex|Female Sprague Dawley rats}} weighing {{body_weight_g|220–250 g}} were "
            "used. {{reported_sample_size_calculation|Sample size was based on a power calculation from pilot "
            "BBB data (SD 1.2, difference 2, α 0.05, power 0.9)}}. "
            "{{reported_randomisation|A block randomisation list generated in R allocated rats to groups}}; "
            "treatments were prepared in coded tubes by a technician.",
            ("h", "Injury"),
            "Following a {{injury_level|T11}} laminectomy under isoflurane, "
            "{{injury_model,injury_device|a 175 kdyn contusion was delivered with the Infinite Horizon "
            "impactor}}. Actual force and displacement were recorded; rats outside 165–190 kdyn were excluded "
            "before allocation.",
            ("h", "Cells, exosomes and CAQK conjugation"),
            f"{{{{source_tissue,source_species|Adipose-derived stromal cells were isolated from the inguinal fat pads "
            f"of adult Sprague Dawley rats}}}} by collagenase digestion and used at passage 3–5. Conditioned medium "
            f"(48 h, serum-free) was cleared at 2{TH}000 × g and 10{TH}000 × g, "
            f"{{{{isolation_method,isolation_detail|ultracentrifuged at 118{TH}000 × g for 90 min and purified on "
            f"qEV columns}}}}. {{{{modification|CAQK peptide was conjugated to the exosome surface}}}} by insertion "
            "of DSPE-PEG2000-CAQK (1 h, 37 °C); unbound lipid was removed by a second qEV run.",
            "{{characterization|Exosomes were characterised by NTA (ZetaView PMX-120), TEM and western "
            "blotting}} for {{markers|CD9, CD63 and flotillin-1, with ApoA1 to assess lipoprotein "
            "contamination}}. For imaging, exosomes were labelled with DiR.",
            ("h", "Treatment"),
            f"{{{{timing_post_injury_h|Fifteen minutes after injury}}}}, rats received "
            f"{{{{dose|200 {GMU}g of exosomes (protein) in 250 {GMU}l PBS}}}} "
            f"{{{{route,route_detail,frequency|as one bolus in the lateral tail vein}}}}.",
            ("h", "Outcomes"),
            "Open-field locomotion (BBB) was scored on days 3, 7, 14, 21 and 28 by "
            "{{reported_blinded_assessment|two assessors blinded to treatment}}. Near-infrared images of "
            "dissected organs were acquired at 24 h in a separate cohort (n = 4 per group).",
            ("h", "Statistics"),
            "Mean ± SD. Linear mixed model with Tukey-adjusted contrasts. P < 0.05.",
        ]),
        ("results", "Results", [
            "{{size_nm|The modal size was 109 nm}} for CAQK-Exo and 104 nm for undecorated exosomes (NTA). "
            "ApoA1 was below detection. Lesion fluorescence increased 3.4-fold with CAQK.",
            "No rat died. Table 1 gives the BBB scores; CAQK-Exo exceeded PBS from day 7 and undecorated "
            "exosomes from day 14.",
            ("table", "Table 1", "Open-field (BBB) scores after contusion; mean ± SD.",
             table(D11, G11, "cols", day_fmt, corner="Group (n = 9 each)")),
            "Lesion volume decreased by 29% with CAQK-Exo. Undecorated exosomes accumulated mainly in liver.",
        ]),
        ("discussion", "Discussion", [
            f"The benefit of CAQK decoration is best explained by "
            f"{{{{mechanism|peptide-directed homing of exosomes to the injured cord}}}}. Undecorated vesicles in an "
            f"earlier study needed 400 {GMU}g to reach similar effects [11]. A modal size of 80–100 nm has been "
            "reported for adipose exosomes by others [9].",
        ]),
    ],
    references=refs(0, 1, 2, 4, 8, 9, 10, 11, 13, 14, 15, 16),
    scores=S11,
    back=[("Competing interests", "{{reported_conflict_of_interest|S.O'C. and M.L. are inventors on a patent "
           "application covering peptide-decorated vesicles. The other authors declare no competing interests.}}")],
    footnote=NOTICE,
), ("n_per_group", "tab:Table 1", "Group (n = 9 each)"))

# ---------------------------------------------------------------------------------------
# 12. Rossi 2018: Fischer 344, forceps compression at T7-T8, hUC-MSC exosomes (modification
#     not stated), i.p. daily for 7 days from 48 h; totals vs per-group n; table days down the
#     side (SEM) plus a sentence on the last day
# ---------------------------------------------------------------------------------------
D12 = [2.0, 7.0, 14.0, 21.0, 28.0, 35.0]
G12 = ["Sham", "SCI-vehicle", "SCI-Exo"]
S12 = Scores("BBB", "sem", [("Sham", "sham", 12), ("SCI-vehicle", "control", 12), ("SCI-Exo", "treatment", 12)], {
    "Sham": flat_sham(D12),
    "SCI-vehicle": curve(D12, 1.0, 10.2, 10.0, 0.5, 1201),
    "SCI-Exo": curve(D12, 1.0, 13.1, 9.0, 0.5, 1202) | {2.0: (2.6, 0.6)},  # day 2: before the first dose
})

ROSSI = Study(
    stem="rossi2018_hucmsc_exo_forceps_ip_daily",
    layout="twocol",
    title="Daily intraperitoneal exosomes from human umbilical cord mesenchymal stromal cells after forceps "
          "compression injury of the rat spinal cord",
    short_title="Rossi et al. · i.p. hUC-MSC exosomes",
    authors=[("Giulia", "Rossi"), ("Matteo", "Bianchi"), ("Francesca", "Lombardi"), ("Davide", "Conti"),
             ("Elena", "Marchesi")],
    affiliations=["Dipartimento di Neuroscienze, Università degli Studi di Valpadana (invented)",
                  "Laboratorio di Terapie Cellulari, Ospedale San Gerardo del Lago (invented)"],
    journal="Italian Journal of Experimental Spinal Research", year=2018, volume="40(6):512–526",
    **ids(12), received="2018-09-21",
    values={
        "species": "rat", "strain": "Fischer 344", "sex": "male", "body_weight_g": {"low": 200, "high": 230},
        "n_per_group": 12, "injury_model": "compression", "injury_device": "forceps", "injury_level": "T7-T8",
        "source_tissue": "umbilical_cord", "source_species": "human",
        "isolation_method": ["precipitation_kit", "ultrafiltration"], "isolation_detail": "ExoQuick-TC",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "CD81", "TSG101"],
        "size_nm": {"value": 92.4, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 40, "unit": "ug", "volume_ul": 1000, "basis": "protein"},
        "route": "intraperitoneal", "frequency": {"doses": 7, "interval_h": 24},
        "timing_post_injury_h": 48.0, "mechanism": "systemic anti-inflammatory effect lowering IL-1β and TNF-α",
        "reported_randomisation": True, "reported_blinded_assessment": True, "reported_welfare_compliance": True,
    },
    abstract=[
        ("Introduction", "Intraperitoneal injection is simple and allows repeated dosing, but it has rarely been "
         "used for vesicle therapy after spinal cord injury."),
        ("Materials and methods", "Fischer 344 rats with forceps compression at T7–T8 received exosomes from human "
         "umbilical cord mesenchymal stromal cells (hUC-MSC-Exo) or vehicle intraperitoneally once a day for "
         "7 days, beginning 48 h after injury."),
        ("Results", "hUC-MSC-Exo improved BBB scores from day 14; serum and spinal IL-1β and TNF-α were reduced."),
    ],
    keywords=["umbilical cord", "exosomes", "intraperitoneal", "compression", "cytokines"],
    sections=[
        ("intro", "Introduction", [
            "Forceps compression produces a bilateral, reproducible injury that resembles burst fractures [1]. "
            "Umbilical cord stromal cells are a convenient allogeneic source [3], and their exosomes reduce "
            "systemic and local inflammation [7]. Because intraperitoneal injection spares the tail veins, it "
            "suits daily dosing in conscious rats.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals and study design"),
            "All procedures were authorised by the Italian Ministry of Health (auth. no. 412/2017-PR) and "
            "{{reported_welfare_compliance|complied with Legislative Decree 26/2014}}. "
            "{{species,strain,sex|Male Fischer 344 rats}} ({{body_weight_g|200–230 g}}) were used. "
            "Fifty-four rats underwent surgery; six were excluded (four with incomplete compression on day 2, "
            "two deaths), {{n_per_group|leaving 12 rats per group}} for the behavioural analysis "
            "({{reported_randomisation|groups were formed by randomisation stratified by day-2 score}}).",
            ("h", "Compression injury"),
            "After laminectomy at {{injury_level|T7–T8}}, {{injury_model,injury_device|the cord was compressed "
            "bilaterally for 15 s with modified forceps}} (tips 1 mm wide, closed to a 0.9 mm spacer). Sham rats "
            "underwent laminectomy.",
            ("h", "Exosomes"),
            "{{source_tissue,source_species|hUC-MSCs were derived from umbilical cords of term deliveries}} "
            "(informed consent) and characterised according to ISCT criteria. Conditioned medium (serum-free, 72 h) "
            "was {{isolation_method|concentrated with Centricon Plus-70 filters (100 kDa)}} and "
            "{{isolation_method,isolation_detail|exosomes were precipitated with ExoQuick-TC}} overnight at "
            "4 °C. {{characterization|Preparations were analysed by TEM, NTA and western blot}} "
            "({{markers|CD9, CD63, CD81, TSG101}}). Protein content was determined by BCA.",
            ("h", "Treatment"),
            f"{{{{timing_post_injury_h|Starting 48 h after injury}}}}, rats received "
            f"{{{{dose|40 {MU}g of hUC-MSC-Exo in 1 ml saline}}}} {{{{route|intraperitoneally}}}} "
            f"{{{{frequency|once daily for 7 consecutive days}}}}. SCI-vehicle rats received saline.",
            ("h", "Assessment"),
            "BBB scores were assigned on day 2 (before the first injection) and on days 7, 14, 21, 28 and 35 by "
            "{{reported_blinded_assessment|two operators blind to treatment}}. IL-1β and TNF-α were measured by "
            "ELISA in serum and cord at day 9. RAW 264.7 macrophages were exposed to 20 µg/ml exosomes.",
            ("h", "Statistical analysis"),
            "Data are given as mean ± SEM. BBB scores: two-way ANOVA followed by Bonferroni's test. P < 0.05.",
        ]),
        ("results", "Results", [
            "{{size_nm|The mean diameter by NTA was 92.4 ± 6.1 nm}}; TEM confirmed round vesicles, and the "
            "four markers were present.",
            "BBB scores are reported in Table 1. On day 2, before treatment, the two injured groups did not differ. "
            "At day 35 the SCI-Exo group scored {bbb:SCI-Exo@35}, compared with {bbb:SCI-vehicle@35} in the "
            "SCI-vehicle group (P < 0.01).",
            ("table", "Table 1", "BBB scores (mean ± SEM).",
             table(D12, G12, "rows", day_fmt, corner="Day post-injury")),
            "IL-1β and TNF-α were reduced by 35–45% in serum and cord.",
        ]),
        ("discussion", "Discussion", [
            f"We suggest {{{{mechanism|a systemic anti-inflammatory effect lowering IL-1β and TNF-α}}}}, since "
            "intraperitoneal vesicles are unlikely to reach the cord in quantity. Studies of intravenous "
            f"exosomes used 100–200 {MU}g per injection [11] and measured vesicles of 60–110 nm [9].",
        ]),
    ],
    references=refs(0, 1, 3, 5, 8, 10, 12, 16),
    scores=S12,
    notes=["Day-2 scores are before the first injection but after injury: they are outcome rows (day 2)."],
    footnote=NOTICE,
)

STUDIES = [MIRZAEI, DUBOIS, OCONNELL, ROSSI]
