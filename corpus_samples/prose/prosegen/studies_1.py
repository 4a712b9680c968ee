"""Studies 1-2: long packed sentences with coded groups; terse methods in many subsections.

Everything is invented. Prose markup: ``{{fields|quote}}`` (gold evidence) and
``{s:GROUP@DAY|shape}`` (a written score, see ``tokens.py``).
"""

# ruff: noqa: ISC004  (prose paragraphs are long strings continued over several lines)
from __future__ import annotations

from extgen.common import FOOTNOTE, MU, POOL, TH
from extgen.model import Scores

from prosegen.record import ProseStudy

GMU = "\u03bc"

# --------------------------------------------------------------------------- 1
SANDOVAL = ProseStudy(
    stem="sandoval2021_hucmsc_exo_codedgroups_tailvein",
    layout="single",
    title="Exosomes from human umbilical cord mesenchymal stem cells attenuate pyroptosis and improve "
          "hind-limb function after contusive spinal cord injury in rats",
    short_title="Sandoval et al. · hUCMSC exosomes after SCI",
    authors=[("María José", "Sandoval"), ("Ignacio", "Ferrán-Quiroga"), ("Lucía", "Abrantes"),
             ("Tomás", "Echeverría")],
    affiliations=["Laboratorio de Neurorreparación, Instituto de Biomedicina Sintética, Valparaíso (invented)",
                  "Servicio de Neurocirugía, Hospital Ficticio del Sur, Sevilla (invented)"],
    journal="Revista Iberoamericana de Neurotrauma Experimental",
    year=2021, volume="14(3):201–214",
    doi="10.5555/prose.rine.2021.0142", pmid="99104001", pmcid="PMC99104001", received="2021-02-11",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 220, "high": 260}, "n_per_group": 10,
        "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T10",
        "source_tissue": "umbilical_cord", "source_species": "human", "modification": "none",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 g 70 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 118.6, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 200, "unit": "ug", "volume_ul": 200, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.5,
        "mechanism": "inhibition of NLRP3 inflammasome-mediated pyroptosis",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Pyroptosis of neurons and glia amplifies the secondary damage that follows a "
         "traumatic lesion of the spinal cord, and cell-free products of mesenchymal stem cells are "
         "being studied as an alternative to the transplant of the cells themselves."),
        ("Methods", "Female Sprague-Dawley rats received a contusion of the thoracic cord and, thirty "
         "minutes later, a single intravenous dose of exosomes isolated by differential "
         "ultracentrifugation from human umbilical cord mesenchymal stem cells (hUCMSC-Exos); the "
         "locomotor recovery was followed during 28 days with the BBB scale."),
        ("Results", "The hUCMSC-Exos had a cup-shaped morphology and expressed CD9, CD63 and TSG101. The "
         "treated rats (G3) reached a BBB score of {s:G3@28} at 28 dpi, against {s:G2@28} in the rats "
         "that received only PBS (G2), and the levels of NLRP3, caspase-1 and GSDMD-N in the lesion "
         "were reduced."),
        ("Conclusion", "A single dose of native hUCMSC-Exos given early after the contusion improves the "
         "functional recovery, probably by {{mechanism|inhibition of NLRP3 inflammasome-mediated "
         "pyroptosis}}."),
    ],
    keywords=["spinal cord injury", "exosomes", "umbilical cord", "pyroptosis", "NLRP3", "BBB"],
    sections=[
        ("intro", "1. Introduction", [
            "The spinal cord injury (SCI) is a devastating condition whose consequences, paralysis, loss "
            "of sensitivity and of the control of sphincters, are permanent in the majority of patients, "
            "and for which, in spite of decades of research, there is still no treatment able to restore "
            "the lost function [1,3].",
            "Exosomes are small vesicles of endosomal origin, classically described with a diameter of "
            "30–150 nm, that transport proteins, lipids and microRNAs between cells [2]; those secreted by "
            "mesenchymal stem cells (MSC) reproduce a great part of the paracrine effect of the cells "
            "[11], and in untreated contused rats the BBB score usually stays around 7 to 8 at four weeks "
            "[1]. In this work we asked whether exosomes of umbilical cord MSC, given once by the venous "
            "route, modify the pyroptosis and the recovery after a contusion.",
        ]),
        ("methods", "2. Materials and methods", [
            ("h", "2.1. Animals and experimental design"),
            "{{species,strain,sex,body_weight_g|Thirty adult female Sprague-Dawley rats (220–260 g)}}, "
            "obtained from the animal facility of the institute, were maintained with food and water ad "
            "libitum under a 12 h light/dark cycle and, after one week of acclimatisation, were "
            "{{reported_randomisation|randomly distributed by a computer-generated list}} in "
            "{{n_per_group|three groups of ten animals each}}, which in the rest of the text we name by "
            "their codes: G1, sham operated (laminectomy only); G2, SCI plus PBS; and G3, SCI plus "
            "hUCMSC-Exos.",
            "All the procedures were {{reported_welfare_compliance|approved by the Animal Ethics "
            "Committee of the Instituto de Biomedicina Sintética (protocol IBS-2019-117) and follow the "
            "ARRIVE guidelines}}.",
            ("h", "2.2. Contusion model"),
            "Under anaesthesia with sodium pentobarbital (40 mg/kg, i.p.) and after shaving and "
            "disinfection of the back, a laminectomy of the T9 to T11 vertebral arches was done and "
            "{{injury_model,injury_device,injury_level|the spinal cord at the tenth thoracic segment was "
            "contused with the NYU impactor}} (10 g rod dropped from 25 mm), the success of the injury "
            "being confirmed by the spasm of the tail and the retraction of the hind limbs; the bladder "
            "was expressed manually twice a day until the recovery of the reflex.",
            ("h", "2.3. Culture of hUCMSC and isolation of exosomes"),
            "{{source_tissue,source_species|Human umbilical cord MSC (hUCMSC)}} of passages 3 to 5, "
            "characterised by flow cytometry (CD73+, CD90+, CD105+, CD34−, CD45−), were cultured until 80% "
            "of confluence, washed with PBS and kept 48 h in medium without serum; the conditioned medium "
            "was centrifuged successively at 300 × g (10 min), 2000 × g (20 min) and 10" + TH + "000 × g "
            "(30 min) to remove cells and debris, filtered through 0.22 " + MU + "m, and "
            "{{isolation_method,isolation_detail|ultracentrifuged two times at 100" + TH + "000 × g during "
            "70 min}} at 4 °C, the pellet being resuspended in PBS and kept at −80 °C. {{modification|The "
            "exosomes were used native, without any genetic or pharmacological modification}}.",
            ("h", "2.4. Characterisation"),
            "The morphology was observed by {{characterization|transmission electron microscopy}} after "
            "negative staining, the size distribution by {{characterization|nanoparticle tracking analysis "
            "(NanoSight NS300)}} and the markers by {{characterization|western blot}} with rabbit "
            "anti-CD9, anti-CD63 and anti-TSG101 (1:1000) and, as negative control, anti-calnexin; the "
            "protein was quantified by the BCA method.",
            ("h", "2.5. Treatment"),
            "Each rat of G3 received {{dose|200 " + GMU + "g of exosomes (total protein) dissolved in 200 "
            + GMU + "l of PBS}} {{route,route_detail|through the tail vein}} "
            "{{timing_post_injury_h|thirty minutes after the contusion}}, in "
            "{{frequency|a single administration}}; G2 received the same volume of PBS by the same way.",
            ("h", "2.6. Behavioural evaluation and statistics"),
            "The locomotion was evaluated with the Basso-Beattie-Bresnahan (BBB) scale at 1, 7, 14, 21 and "
            "28 days post-injury (dpi) by {{reported_blinded_assessment|two observers blinded to the group "
            "allocation}}; data are the mean ± SD and were compared by two-way ANOVA for repeated measures "
            "with Bonferroni correction. In vitro, PC12 cells exposed to 50 " + MU + "g/ml of exosomes were "
            "used only to confirm the uptake.",
        ]),
        ("results", "3. Results", [
            ("h", "3.1. Identification of hUCMSC-Exos"),
            "Under TEM the vesicles showed the typical cup-shaped morphology, and by NTA "
            "{{size_nm|their mean diameter was 118.6 ± 36.2 nm}}, with a concentration of about "
            "2.3 × 10<sup>11</sup> particles/ml; {{markers|the western blot was positive for CD9, CD63 and "
            "TSG101 and negative for calnexin}}.",
            ("h", "3.2. Locomotor recovery"),
            "The rats of G1 kept a normal score (21) along the whole study. At 1 dpi all injured rats were "
            "almost paralysed (G2 {s:G2@1}; G3 {s:G3@1}), and from the second week the differences were "
            "evident: in G3 the BBB values at 7, 14, 21 and 28 dpi were {s:G3@7}, {s:G3@14}, {s:G3@21} and "
            "{s:G3@28}, respectively, whereas G2 remained clearly below, with {s:G2@14|paren} at 14 dpi and "
            "only {s:G2@28|paren} at the end of the follow-up (P < 0.01, Table 1).",
            ("xtable", "Table 1", "BBB locomotor scores of the three groups (mean ± SD).", {
                "head": [["Group", "BBB score (days post-injury)", "", "", "", ""],
                         ["", "1", "7", "14", "21", "28"]],
                "spans": [(0, 0, 0, 1), (1, 0, 5, 0)],
                "rows": [["G1 (n = 10)", "{s:G1@1}", "{s:G1@7}", "{s:G1@14}", "{s:G1@21}", "{s:G1@28}"],
                         ["G2 (n = 10)", "{s:G2@1}", "{s:G2@7}", "{s:G2@14}", "{s:G2@21}", "{s:G2@28}"],
                         ["G3 (n = 10)", "{s:G3@1}", "{s:G3@7}", "{s:G3@14}*", "{s:G3@21}*", "{s:G3@28}**"]],
                "widths": [1.5, 1, 1, 1, 1, 1],
                "foot": "G1, sham; G2, SCI + PBS; G3, SCI + hUCMSC-Exos. * P < 0.05, ** P < 0.01 versus G2.",
            }),
            ("h", "3.3. Pyroptosis"),
            "In the lesion epicentre the expression of NLRP3, cleaved caspase-1 and GSDMD-N at 3 dpi was "
            "lower in G3 than in G2 (all P < 0.05), and the number of TUNEL-positive cells was reduced by "
            "about 40%.",
        ]),
        ("discussion", "4. Discussion", [
            "Our results show that a single venous dose of hUCMSC-Exos is enough to modify the evolution "
            "of the contusion. Eriksen and Moyo [5] gave 100 " + MU + "g of bone marrow exosomes and "
            "reported a BBB score of 12.1 at day 28, higher than ours, but with a milder impact of 12.5 "
            "mm; differences in the impact height and in the time of the injection make difficult the "
            "direct comparison [11].",
            "Among the limitations, only female rats were studied and the follow-up was of four weeks.",
        ]),
    ],
    references=[POOL[0], POOL[1], POOL[2], POOL[3], POOL[4], POOL[5], POOL[6], POOL[7], POOL[8], POOL[9],
                POOL[10]],
    scores=Scores("BBB", "sd", [("G1", "sham", 10), ("G2", "control", 10), ("G3", "treatment", 10)], {
        "G1": {d: (21.0, 0.0) for d in (1, 7, 14, 21, 28)},
        "G2": {1: (0.6, 0.4), 7: (2.9, 0.8), 14: (5.1, 1.0), 21: (6.4, 1.1), 28: (7.2, 1.2)},
        "G3": {1: (0.7, 0.5), 7: (4.2, 0.9), 14: (7.6, 1.1), 21: (9.3, 1.2), 28: (10.8, 1.3)},
    }),
    back=[("Conflict of interest", "{{reported_conflict_of_interest|The authors declare no competing "
                                   "interests}}."),
          ("Funding", "Fondo Ficticio de Investigación en Salud, grant FFIS-20-044 (invented).")],
    footnote=FOOTNOTE,
)

# --------------------------------------------------------------------------- 2
_T_DAYS = (1, 3, 7, 14, 21, 28)
TIWARI = ProseStudy(
    stem="tiwari2022_rbmsc_mir21_exo_clip_daily",
    layout="twocol",
    title="Exosomal miR-21 from rat bone marrow MSCs ameliorates compressive spinal cord injury through "
          "PTEN/PI3K/Akt signalling",
    short_title="Tiwari et al.",
    authors=[("Ankita", "Tiwari"), ("Rohan", "Deshpande"), ("Sreelakshmi", "Nair"), ("Mohd. Faiz", "Ansari"),
             ("Prabhjot", "Kaur")],
    affiliations=["Department of Neuro-Regeneration, Institute of Invented Medical Sciences, Lucknow",
                  "Centre for Vesicle Research (fictitious), Pune"],
    journal="Indian Journal of Synthetic Neurobiology",
    year=2022, volume="38:e2207",
    doi="10.5555/prose.ijsn.2022.2207", pmid="99104002", pmcid="PMC99104002", received="2022-03-19",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male", "body_weight_g": {"low": 250, "high": 300},
        "n_per_group": 8, "injury_model": "compression", "injury_device": "aneurysm clip",
        "injury_level": "T9-T10", "source_tissue": "bone_marrow", "source_species": "rat",
        "modification": "miR-21 overexpression", "isolation_method": ["precipitation_kit"],
        "isolation_detail": "ExoQuick-TC", "characterization": ["TEM", "NTA", "western_blot"],
        "markers": ["CD63", "TSG101", "Alix", "calnexin"],
        "size_nm": {"value": 96.4, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug_per_kg", "volume_ul": 500, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 3, "interval_h": 24}, "timing_post_injury_h": 24,
        "mechanism": "PTEN suppression and PI3K/Akt activation",
        "reported_randomisation": True, "reported_welfare_compliance": True,
    },
    abstract=[
        (None, "Spinal cord injury (SCI) leads to permanent neurological deficit. MicroRNA-21 (miR-21) is "
         "reported as neuroprotective. In this study, exosomes from rat bone marrow mesenchymal stem cells "
         "(rBMSCs) overexpressing miR-21 (Exo-miR21) were given by tail vein to rats with clip compression "
         "SCI for three consecutive days. Exo-miR21 improved BBB score, reduced apoptosis and lesion "
         "volume, and decreased PTEN with increase of p-Akt. Thus, Exo-miR21 may be promising for SCI."),
    ],
    keywords=["miR-21", "exosome", "BMSC", "PTEN", "spinal cord compression"],
    sections=[
        ("intro", "1. Introduction", [
            "SCI affects lakhs of people worldwide and causes huge economic burden [1]. Primary injury is "
            "followed by secondary injury which includes apoptosis, inflammation and glial scar [3,13].",
            "MSC derived exosomes are nano-sized (30–150 nm) vesicles and they carry miRNA to recipient "
            "cells [2,15]. Previous study has shown that 200 " + MU + "g exosome improved BBB to 10.2 at "
            "4 weeks [5]. However role of exosomal miR-21 in compression SCI is not clear. Hence present "
            "study was planned.",
        ]),
        ("methods", "2. Materials and methods", [
            ("h", "2.1. Animals"),
            "{{species,strain,sex|Adult male Wistar rats}} ({{body_weight_g|250-300 g}}) were used.",
            ("h", "2.2. Ethics"),
            "{{reported_welfare_compliance|Study was approved by Institutional Animal Ethics Committee "
            "(IAEC/IIMS/2020/31) as per CPCSEA guidelines}}.",
            ("h", "2.3. Grouping"),
            "Rats were {{reported_randomisation|randomly divided}} into four groups: Sham, SCI+PBS, Exo-NC "
            "and Exo-miR21.",
            ("h", "2.4. SCI model"),
            "Anaesthesia: ketamine (80 mg/kg) + xylazine (10 mg/kg) i.p. Laminectomy T8-T11. "
            "{{injury_model,injury_device,injury_level|Aneurysm clip (30 g force) applied extradurally at "
            "T9-10}} for 60 s. Sham: laminectomy only.",
            ("h", "2.5. rBMSC culture"),
            "{{source_tissue,source_species|rBMSCs were flushed from femur and tibia of 4-week-old rats}}; "
            "passage 3-5 used.",
            ("h", "2.6. Lentiviral transfection"),
            "{{modification|rBMSCs were transfected with lentivirus carrying miR-21 (LV-miR21) or negative "
            "control (LV-NC)}}, MOI 50, puromycin selection.",
            ("h", "2.7. Exosome isolation"),
            "Medium (exosome-depleted FBS) collected after 48 h, 3000 × g 15 min, 0.22 " + GMU + "m filter, "
            "{{isolation_method,isolation_detail|ExoQuick-TC (System Biosciences) as per manufacturer}}, "
            "overnight 4 °C, 1500 × g 30 min.",
            ("h", "2.8. Exosome identification"),
            "{{characterization|TEM}} (JEM-1400), {{characterization|NTA}} (NanoSight LM10), "
            "{{characterization|western blot}}: CD63, TSG101, Alix (positive), calnexin (negative). "
            "Protein: BCA.",
            ("h", "2.9. qRT-PCR"),
            "miR-21 level relative to U6 (2<sup>−ΔΔCt</sup>).",
            ("h", "2.10. Treatment"),
            "{{dose|100 " + MU + "g/kg exosomes in 0.5 ml PBS}}, {{route,route_detail|via tail vein}}, "
            "{{frequency|once daily for 3 consecutive days}}, {{timing_post_injury_h|first injection 24 h "
            "post-SCI}}. SCI+PBS got PBS.",
            ("h", "2.11. BBB"),
            "BBB (0-21) on POD 1, 3, 7, 14, 21 and 28 by two observers, 4 min each. Inclined plane test "
            "also done.",
            ("h", "2.12. Histology"),
            "HE, Nissl, TUNEL at POD 28; primary antibodies from rabbit (PTEN, p-Akt, 1:500) and mouse "
            "(β-actin).",
            ("h", "2.13. Statistics"),
            "Mean ± SEM; one-way or two-way ANOVA, Tukey; P < 0.05 significant. SPSS 22.",
        ]),
        ("results", "3. Results", [
            ("h", "3.1. Characterization of exosomes"),
            "Exosomes were round, cup shaped by TEM. {{size_nm|NTA showed peak at 96.4 nm}}. "
            "{{markers|CD63, TSG101 and Alix were positive while calnexin was absent}}. miR-21 was 6.8 fold "
            "higher in Exo-miR21 than Exo-NC.",
            ("h", "3.2. Exo-miR21 improved locomotor function"),
            "All rats showed complete paralysis after SCI except sham. In Exo-miR21 group the BBB score "
            "rose from {s:Exo-miR21@7|m} on POD 7 to {s:Exo-miR21@28} on POD 28, whereas in SCI+PBS it "
            "rose from {s:SCI+PBS@7|m} to {s:SCI+PBS@28} only. On POD 28, the score was significantly "
            "higher in Exo-miR21 than Exo-NC ({s:Exo-miR21@28|tight} vs {s:Exo-NC@28|tight}, P<0.05) "
            "(Table 1). Inclined plane angle was also better (52.3 ± 3.1° vs 41.0 ± 2.7°). BBB subscore "
            "at POD 28 was 6.0 ± 1.1 vs 2.4 ± 0.8.",
            ("xtable", "Table 1", "BBB score after SCI ({{n_per_group|n = 8 rats/group}}; mean ± SEM).", {
                "head": [["Time", "Sham", "SCI+PBS", "Exo-NC", "Exo-miR21"]],
                "rows": [[f"POD {d}", f"{{s:Sham@{d}}}", f"{{s:SCI+PBS@{d}}}", f"{{s:Exo-NC@{d}}}",
                          f"{{s:Exo-miR21@{d}}}" + ("<sup>#</sup>" if d >= 14 else "")] for d in _T_DAYS],
                "widths": [0.8, 1, 1, 1, 1.1],
                "foot": "<sup>#</sup>P < 0.05 vs Exo-NC. POD, post-operative day.",
            }),
            ("h", "3.3. Histology and signalling"),
            "Lesion area was smaller in Exo-miR21 (P<0.01). PTEN was decreased and p-Akt/Akt increased.",
        ]),
        ("discussion", "4. Discussion", [
            "Present study showed that exosomal miR-21 promotes recovery after compression SCI, through "
            "{{mechanism|PTEN suppression and PI3K/Akt activation}}. Our BBB values are comparable with "
            "earlier report (BBB 9.8 at day 28) [5]. Limitation is that only male rats were used.",
        ]),
    ],
    references=POOL[:6] + POOL[12:16],
    scores=Scores("BBB", "sem", [("Sham", "sham", 8), ("SCI+PBS", "control", 8), ("Exo-NC", "other", 8),
                                  ("Exo-miR21", "treatment", 8)], {
        "Sham": {d: (21.0, 0.0) for d in _T_DAYS},
        "SCI+PBS": dict(zip(_T_DAYS, [(0.4, 0.2), (1.1, 0.3), (2.6, 0.4), (4.3, 0.5), (5.6, 0.5), (6.3, 0.6)])),
        "Exo-NC": dict(zip(_T_DAYS, [(0.5, 0.2), (1.3, 0.3), (3.2, 0.4), (5.4, 0.5), (6.9, 0.6), (7.8, 0.6)])),
        "Exo-miR21": dict(zip(_T_DAYS, [(0.5, 0.2), (1.6, 0.4), (4.1, 0.5), (7.0, 0.6), (8.9, 0.6), (10.4, 0.7)])),
    }),
    back=[("Acknowledgement", "Authors thank the animal house staff."),
          ("Funding", "Invented Council of Medical Research, grant 2020/NR/114.")],
    footnote=FOOTNOTE,
)
