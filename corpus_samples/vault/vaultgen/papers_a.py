"""Vault studies 1-4 (everything invented; see ../README.md: held out, never tune on it)."""

from __future__ import annotations

from extgen.model import Scores, Study
from vaultgen.common import FOOTNOTE, GMU, MINUS, MU, NB, REFS, TH, day_word, dfmt, dpi, ids, series

# --------------------------------------------------------------------------------------------
# 1. Accepted manuscript, line numbers; native rat BMSC exosomes by tail vein after NYU contusion.
D1 = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]
S1 = Scores("BBB", "sd", [("Sham", "sham", 12), ("SCI + PBS", "control", 12), ("SCI + BMSC-Exo", "treatment", 12)], {
    "Sham": series(D1, [(21.0, 0.0)] * 6),
    "SCI + PBS": series(D1, [(0.4, 0.5), (1.2, 0.8), (3.1, 1.1), (5.4, 1.3), (6.6, 1.4), (7.2, 1.5)]),
    "SCI + BMSC-Exo": series(D1, [(0.5, 0.5), (1.6, 0.9), (4.4, 1.2), (7.9, 1.4), (9.8, 1.6), (11.1, 1.7)]),
})
doi, pmid, pmcid = ids(1)
IDOWU = Study(
    stem="idowu2021_rbmsc_exo_nyu_tailvein_manuscript", layout="manuscript",
    title="Systemic delivery of bone marrow stromal cell exosomes one hour after contusion improves hindlimb recovery in rats",
    short_title="BMSC exosomes after contusion",
    authors=[("Oluwaseun A.", "Idowu"), ("Chiamaka", "Eze-Obi"), ("Tunde", "Bakare"), ("Margaret", "Holloway")],
    affiliations=["Department of Anatomy, College of Medicine, Ogun Synthetic University, Nigeria",
                  "Neurotrauma Unit, Fictional Institute of Regenerative Science, Leeds, UK"],
    journal="Neural Repair Communications", year=2021, volume="9(4):e2114", doi=doi, pmid=pmid, pmcid=pmcid,
    received="2021-03-11",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 220, "high": 260},
        "n_per_group": 12, "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T10",
        "source_tissue": "bone_marrow", "source_species": "rat", "modification": "none",
        "isolation_method": ["ultracentrifugation"],
        "isolation_detail": "300 g 10 min; 2,000 g 20 min; 10,000 g 30 min; 110,000 g 70 min (twice)",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "CD81", "TSG101", "calnexin"],
        "size_nm": {"value": 112.4, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 200, "unit": "ug", "volume_ul": 200, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein", "frequency": {"doses": 1, "interval_h": None},
        "timing_post_injury_h": 1.0, "mechanism": "suppression of NF-κB-driven microglial activation",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Exosomes released by bone marrow mesenchymal stromal cells (BMSCs) carry proteins and RNAs that dampen inflammation, but whether a single systemic dose given early is enough to change locomotor outcome after contusion remains debated."),
        ("Methods", f"{{{{sex,species,strain|Female Sprague-Dawley rats}}}} received a {{{{injury_level|T10 contusion}}}} and, one hour later, {{{{dose|200{NB}{MU}g of BMSC-derived exosomes (BMSC-Exo)}}}} or PBS through the tail vein. Hindlimb function was rated on the Basso, Beattie and Bresnahan (BBB) scale for four weeks."),
        ("Results", "BMSC-Exo rats reached a BBB score of {sx:SCI + BMSC-Exo@28|tight} at day 28 against {sx:SCI + PBS@28|tight} in the PBS group; lesion volume and Iba1-positive cell density were smaller."),
        ("Conclusion", "One early intravenous dose of native BMSC exosomes gives a modest but consistent improvement in open-field locomotion."),
    ],
    keywords=["spinal cord contusion", "exosomes", "bone marrow stromal cells", "BBB score", "microglia"],
    sections=[
        ("intro", "Introduction", [
            "Traumatic spinal cord injury (SCI) leaves most patients with permanent deficits, and the damage keeps spreading for days after the impact as oedema, ischaemia and inflammation take hold [1]. Mesenchymal stromal cells were first tested as a cell therapy, but much of their benefit turned out to come from what they secrete rather than from engraftment.",
            f"Exosomes are membrane vesicles of endosomal origin, generally described as 30 to 150{NB}nm across, which shuttle proteins, lipids and microRNAs between cells [2]. Their small size lets them reach the injured cord after intravenous injection [4], and several groups have now shown better BBB scores in rats given stromal cell exosomes [12]. Whether one dose suffices, and how early it must be given, is less clear. Here we asked whether a single tail-vein injection of unmodified BMSC exosomes at one hour after a moderate contusion improves recovery over four weeks.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals and ethics"),
            f"All procedures were approved by the {{{{reported_welfare_compliance|Animal Research Ethics Committee of Ogun Synthetic University (approval ORE/21/044) and followed the ARRIVE guidelines}}}}. Thirty-six {{{{species,strain,sex|adult female Sprague-Dawley rats}}}} ({{{{body_weight_g|220{NB}–{NB}260{NB}g}}}}) were housed three per cage on a 12{NB}h light cycle with food and water ad libitum. Rats were {{{{reported_randomisation|randomly allocated with a random-number table}}}} to three groups ({{{{n_per_group|n{NB}={NB}12 per group}}}}): Sham, SCI + PBS and SCI + BMSC-Exo.",
            ("h", "Spinal cord injury"),
            f"Rats were anaesthetised with ketamine (80{NB}mg/kg) and xylazine (10{NB}mg/kg) given intraperitoneally. After a laminectomy at the tenth thoracic vertebra the exposed cord received a {{{{injury_model,injury_device|contusion with the NYU impactor}}}} (10{NB}g rod dropped from 25{NB}mm) {{{{injury_level|at the T10 level}}}}. Sham rats had the laminectomy only. Bladders were expressed twice a day until reflex voiding returned, and enrofloxacin (5{NB}mg/kg) was given for five days.",
            ("h", "BMSC culture and exosome isolation"),
            f"{{{{source_tissue,source_species|BMSCs were flushed from the femurs and tibiae of 4-week-old Sprague-Dawley rats}}}} and expanded in DMEM/F12 with 10% FBS; passages 3 to 5 were used. At 80% confluence the medium was replaced by serum-free medium for 48{NB}h. The conditioned medium was cleared {{{{isolation_method,isolation_detail|at 300{NB}g for 10{NB}min, 2,000{NB}g for 20{NB}min and 10,000{NB}g for 30{NB}min, and exosomes were then pelleted at 110,000{NB}g for 70{NB}min}}}}; {{{{isolation_detail|the pellet was washed in PBS and spun again at 110,000{NB}g for 70{NB}min}}}}. Protein content was measured by BCA assay. {{{{modification|The exosomes were not modified or loaded in any way}}}}.",
            ("h", "Characterisation"),
            f"Morphology was examined by {{{{characterization|transmission electron microscopy (TEM)}}}} after negative staining. Size distribution and concentration were measured by {{{{characterization|nanoparticle tracking analysis (NTA; NanoSight NS300)}}}}. {{{{characterization,markers|Western blotting was performed for CD63, CD81 and TSG101, with calnexin as a negative control}}}}.",
            ("h", "In vitro assay"),
            f"To check bioactivity before the animal work, BV2 microglia were stimulated with LPS (1{NB}{GMU}g/mL) and treated with 50{NB}{GMU}g/mL BMSC-Exo for 24{NB}h; TNF-α and IL-1β in the supernatant were measured by ELISA.",
            ("h", "Treatment"),
            f"{{{{timing_post_injury_h|One hour after injury}}}}, rats received {{{{dose|200{NB}{MU}g BMSC-Exo suspended in 200{NB}{MU}L PBS}}}} {{{{route,route_detail|via the tail vein}}}} over 2{NB}min; the SCI + PBS group received 200{NB}{MU}L PBS. {{{{frequency|Each rat was injected once}}}}.",
            ("h", "Behavioural testing"),
            "Before surgery all rats scored 21 on the BBB scale. After injury, two observers {{reported_blinded_assessment|unaware of group allocation}} rated open-field locomotion for 4 min on days 1, 3, 7, 14, 21 and 28; the mean of their scores was used.",
            ("h", "Statistics"),
            "Data are mean ± SD. BBB scores were compared by two-way repeated-measures ANOVA with Bonferroni post-tests; P < 0.05 was considered significant.",
        ]),
        ("results", "Results", [
            f"TEM showed round, cup-shaped vesicles with an intact bilayer. By NTA the {{{{size_nm|mean diameter was 112.4{NB}nm}}}} (mode 98.0{NB}nm) at 2.3 × 10<sup>11</sup> particles per mL of resuspended pellet. CD63, CD81 and TSG101 were present and calnexin absent (Supplementary Fig. S1). In LPS-stimulated BV2 cells, BMSC-Exo reduced TNF-α release by about 40%.",
            "No rat died after surgery. On day 1 all injured rats were almost paralysed (Table 1). The curves separated from day 7 onwards; by day 14 the exosome group scored {sx:SCI + BMSC-Exo@14|tight} and the PBS group {sx:SCI + PBS@14|tight}. At the end of follow-up, BMSC-Exo rats reached {bbb:SCI + BMSC-Exo@28}, which corresponds to frequent plantar stepping without consistent coordination, whereas PBS rats plateaued at {bbb:SCI + PBS@28}. Sham rats kept full scores throughout.",
            ("table", "Table 1", "BBB locomotor scores after T10 contusion (mean ± SD, n = 12 per group).",
             {"orient": "cols", "days": D1, "groups": ["Sham", "SCI + PBS", "SCI + BMSC-Exo"], "day_fmt": day_word,
              "corner": "Group", "marks": {("SCI + BMSC-Exo", 14.0): "*", ("SCI + BMSC-Exo", 21.0): "*",
                                           ("SCI + BMSC-Exo", 28.0): "**"},
              "foot": "*P < 0.05, **P < 0.01 versus SCI + PBS (two-way repeated-measures ANOVA)."}),
            "Lesion volume at day 28 was 31% smaller in exosome-treated rats, and Iba1-positive cells around the epicentre fell by roughly a half, with lower nuclear p65 staining.",
        ]),
        ("discussion", "Discussion", [
            f"A single tail-vein dose of native BMSC exosomes given one hour after contusion improved BBB scores by about four points at four weeks. This is in line with Dalgaard and Yusuf, who gave 100{NB}{MU}g and reported a day-28 score of 9.6 [4], and with the pooled estimate of Lund-Petersen et al. [12]. Other groups gave three or seven daily injections [5], so our single dose may not be optimal.",
            f"We propose that the benefit comes mainly from {{{{mechanism|suppression of NF-κB-driven microglial activation}}}}, since Iba1 density and nuclear p65 were both reduced, as also described by Estrada and Nkosi [5]. Limitations include female rats only, one dose level and a four-week follow-up.",
        ]),
    ],
    back=[("Competing interests", "{{reported_conflict_of_interest|The authors declare that they have no competing interests}}."),
          ("Funding", "Supported by an invented intramural grant (SYN-2020-17).")],
    references=list(REFS),
    scores=S1, footnote=FOOTNOTE,
    notes=["The pre-injury BBB score of 21 (all rats) is a baseline, not a post-injury outcome row."],
)

# --------------------------------------------------------------------------------------------
# 2. Two columns; hUC-MSC sEVs, aneurysm clip, intrathecal catheter via lumbar puncture; BBB in text by week (SEM).
D2 = [7.0, 14.0, 28.0, 42.0]
S2 = Scores("BBB", "sem", [("Sham", "sham", 8), ("SCI + vehicle", "control", 8), ("SCI + sEV", "treatment", 8)], {
    "Sham": series(D2, [(20.8, 0.2), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)]),
    "SCI + vehicle": series(D2, [(2.3, 0.4), (4.1, 0.5), (6.0, 0.6), (6.9, 0.6)]),
    "SCI + sEV": series(D2, [(3.0, 0.5), (5.8, 0.6), (8.7, 0.7), (10.2, 0.8)]),
})
doi, pmid, pmcid = ids(2)
JARAMILLO = Study(
    stem="jaramillo2020_hucmsc_sev_clip_intrathecal", layout="twocol",
    title="Small extracellular vesicles from umbilical cord mesenchymal stromal cells given intrathecally attenuate pyroptosis after clip compression of the rat spinal cord",
    short_title="Intrathecal UC-MSC sEVs after clip compression",
    authors=[("Camilo", "Jaramillo"), ("Luisa F.", "Restrepo"), ("Andrés", "Mejía-Soto"), ("Paula", "Villalba")],
    affiliations=["Grupo de Neurociencias Sintéticas, Universidad Ficticia de Antioquia, Medellín, Colombia"],
    journal="Revista de Neurotrauma Experimental", year=2020, volume="14:233–247", doi=doi, pmid=pmid, pmcid=pmcid,
    received="2020-06-02",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male", "body_weight_g": {"low": 250, "high": 300},
        "n_per_group": 8, "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T9",
        "source_tissue": "umbilical_cord", "source_species": "human",
        "isolation_method": ["ultrafiltration", "size_exclusion"],
        "isolation_detail": "Amicon Ultra-15 100 kDa; qEVoriginal 70 nm columns",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD9", "CD81", "TSG101", "Alix", "calnexin"],
        "size_nm": {"value": 96.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 1.5e10, "unit": "particles", "volume_ul": 10, "basis": "particles"},
        "route": "intrathecal", "route_detail": "intrathecal catheter", "frequency": {"doses": 3, "interval_h": 24},
        "timing_post_injury_h": 24.0, "mechanism": "inhibition of the NLRP3 inflammasome and pyroptosis in microglia",
        "reported_randomisation": True, "reported_blinded_assessment": True, "reported_sample_size_calculation": True,
        "reported_welfare_compliance": True,
    },
    abstract=[(None, f"Pyroptosis, the inflammatory death driven by the NLRP3 inflammasome, amplifies secondary damage after spinal cord injury (SCI). We tested if small extracellular vesicles (sEVs) obtained from human umbilical cord mesenchymal stromal cells (hUC-MSCs), delivered in the cerebrospinal fluid, could limit it. Adult male Wistar rats underwent clip compression of the thoracic cord and received {{{{dose|1.5 × 10<sup>10</sup> sEV particles}}}} through an intrathecal catheter once a day for three days, starting 24{NB}h after the lesion, while controls received vehicle. sEV-treated rats recovered better on the BBB scale at six weeks ({{sx:SCI + sEV@42|named}} vs {{sx:SCI + vehicle@42|named}}), and cleaved caspase-1 and gasdermin D were lower in the lesion.")],
    keywords=["spinal cord compression", "small extracellular vesicles", "umbilical cord", "pyroptosis", "intrathecal"],
    sections=[
        ("intro", "Introduction", [
            "Spinal cord injury (SCI) is followed by a secondary phase where the inflammatory response, and not the initial trauma alone, determines how much tissue is lost [1, 5]. Among the forms of cell death that take place in this phase, pyroptosis has received attention because it both kills cells and releases IL-1β and IL-18 which recruit more inflammatory cells, creating a loop that is difficult to interrupt with drugs that do not reach the cord in enough concentration.",
            f"The vesicles released by mesenchymal stromal cells, that in the literature are called exosomes or, following the recommendations of the vesicle community, small extracellular vesicles (sEVs), are between 50 and 200{NB}nm and can be produced at scale [2, 6]. Intravenous delivery is the most used, but a large fraction is retained in liver and spleen, reason for which we were interested in the intrathecal route, already used for other biologics in rats [9].",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Animals"),
            f"The study was approved by the {{{{reported_welfare_compliance|Institutional Committee for the Care and Use of Laboratory Animals of the Universidad Ficticia de Antioquia (act 112-2019)}}}}. Thirty-two {{{{species,strain,sex|male Wistar rats}}}} {{{{body_weight_g|weighing 250–300{NB}g}}}} were used. The sample size was {{{{reported_sample_size_calculation|calculated with G*Power 3.1 for a difference of 3 BBB points, SD 2, power 0.8 and α 0.05}}}}, which gave {{{{n_per_group|8 animals per group}}}}. Animals were {{{{reported_randomisation|assigned to groups by a computer-generated randomization list}}}} kept by a person not involved in surgery or testing.",
            ("h", "Compression injury"),
            f"Under isoflurane anesthesia (4% induction, 2% maintenance) a laminectomy was done from T8 to T10, and the cord was {{{{injury_model,injury_device|compressed with a modified aneurysm clip}}}} (closing force 35{NB}g) for 60{NB}s {{{{injury_level|at the level of T9}}}}, after which the muscle and skin were closed in layers. Sham animals had the laminectomy without compression.",
            ("h", "Cell culture and isolation of sEVs"),
            f"{{{{source_tissue,source_species|hUC-MSCs were obtained from the umbilical cords of three healthy term deliveries}}}} after informed consent and characterized by flow cytometry (CD73, CD90, CD105 positive; CD34, CD45 negative). Cells at passage 4–6 were cultured in medium with 10% EV-depleted FBS during 48{NB}h. The conditioned medium was centrifuged at 2,000 × g for 15{NB}min to remove debris, filtered through 0.22{NB}{GMU}m and then {{{{isolation_method,isolation_detail|concentrated with Amicon Ultra-15 centrifugal filters (100 kDa cut-off)}}}}, and the concentrate was {{{{isolation_method,isolation_detail|loaded onto qEVoriginal 70 nm columns}}}} (size-exclusion chromatography), collecting fractions 7 to 9.",
            ("h", "Characterization"),
            f"Particle size and concentration were measured {{{{characterization|with a ZetaView PMX-110 nanoparticle tracking analyzer}}}}. Vesicle morphology was observed by {{{{characterization|transmission electron microscopy}}}}. {{{{characterization,markers|By western blot we detected CD9, CD81, TSG101 and Alix, and the absence of calnexin}}}}.",
            ("h", "Catheter placement and treatment"),
            f"Immediately after the compression a PE-10 catheter was introduced in the subarachnoid space through a puncture between the L5 and L6 vertebrae and advanced cranially 3{NB}cm, the external end being tunneled and fixed on the back. {{{{timing_post_injury_h,route|Twenty-four hours after the injury, the rats started to receive intrathecal injections}}}} of {{{{dose|1.5 × 10<sup>10</sup> particles in 10{NB}{MU}L of PBS}}}}, flushed with 10{NB}{MU}L saline, {{{{frequency|once daily for 3 consecutive days}}}}. The vehicle group received PBS by the same {{{{route_detail|intrathecal catheter}}}}.",
            ("h", "Locomotor evaluation"),
            "The BBB scale was applied at 1, 2, 4 and 6 weeks {{reported_blinded_assessment|by two evaluators blinded to the treatment}}, who observed each rat for 4 min in an open field.",
            ("h", "Statistical analysis"),
            "Results are presented as mean ± SEM. Comparisons between groups at each time were made with two-way ANOVA and Tukey test, considering P < 0.05 as significant.",
        ]),
        ("results", "Results", [
            f"The isolated particles had a {{{{size_nm|modal size of 96{NB}nm}}}} by NTA with a concentration of 4.1 × 10<sup>11</sup> particles/mL, and TEM showed the typical cup shape. CD9, CD81, TSG101 and Alix were enriched and calnexin was not detected.",
            "All the animals completed the study. At the first week the locomotion was poor in both injured groups, the vehicle group having {bbb:SCI + vehicle@7} and the sEV group {bbb:SCI + sEV@7} points, without significant difference. At 2 weeks the treated animals had {sx:SCI + sEV@14|named} points against {sx:SCI + vehicle@14|named} in the vehicle group (P < 0.05), and the difference was larger at 4 weeks, when the treated rats had {bbb:SCI + sEV@28|paren} and the vehicle rats {bbb:SCI + vehicle@28|paren}.",
            "At the end of the study (week 6) the score was {bbb:SCI + sEV@42} in the sEV group, meaning consistent weight-supported plantar steps, while in the vehicle group it stayed at {bbb:SCI + vehicle@42}, mostly sweeping without weight support. Sham rats scored {bbb:Sham@42}.",
            ("figure", "Figure 2", "BBB scores of Sham, SCI + vehicle and SCI + sEV rats from week 1 to week 6 (mean ± SEM, n = 8).",
             {"days": D2, "groups": ["Sham", "SCI + vehicle", "SCI + sEV"], "x": "weeks"}),
            "Western blot of the epicenter at day 3 showed that NLRP3, cleaved caspase-1 and the N-terminal of gasdermin D were lower in the treated group, and IL-1β fell to about half.",
        ]),
        ("discussion", "Discussion", [
            f"In this work the intrathecal administration of hUC-MSC sEVs improved the locomotion after compression and reduced the markers of pyroptosis. The effect in BBB points is similar to the one reported by Gomes-Pinto and Weller, who injected 2 × 10<sup>9</sup> particles in the lesion and reached 9.1 points at six weeks [7], but it is smaller than the one of intravenous studies which used up to 200{NB}{GMU}g [4, 12].",
            "We think that the main action of the sEVs is the {{mechanism|inhibition of the NLRP3 inflammasome and pyroptosis in microglia}}, because Iba1-positive cells were the main cells expressing cleaved caspase-1 in the lesion. A limitation is that we used only male animals and only one dose, and that the catheter can produce by itself a small inflammatory reaction.",
        ]),
    ],
    back=[("Ethics", "{{reported_welfare_compliance|All procedures followed Resolution 8430 of 1993 and were approved by the institutional animal committee}}."),
          ("Funding", "Invented grant 1115-ABC-2019 from a fictitious research council.")],
    references=list(REFS),
    scores=S2, footnote=FOOTNOTE,
)

# --------------------------------------------------------------------------------------------
# 3. Banner layout, landscape table page with a spanning "BBB score" header; hADSC exosomes i.p. daily.
D3 = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0, 35.0, 42.0]
S3 = Scores("BBB", "sem", [("Sham", "sham", 10), ("SCI + saline", "control", 10), ("SCI + MP", "other", 10),
                           ("SCI + ADSC-Exo", "treatment", 10)], {
    "Sham": series(D3, [(20.9, 0.1)] + [(21.0, 0.0)] * 7),
    "SCI + saline": series(D3, [(0.3, 0.2), (0.9, 0.3), (2.6, 0.4), (4.4, 0.5), (5.7, 0.5), (6.5, 0.6), (7.0, 0.6), (7.3, 0.7)]),
    "SCI + MP": series(D3, [(0.4, 0.2), (1.3, 0.3), (3.4, 0.4), (5.6, 0.5), (7.0, 0.6), (7.9, 0.6), (8.3, 0.7), (8.6, 0.7)]),
    "SCI + ADSC-Exo": series(D3, [(0.5, 0.2), (1.5, 0.4), (4.0, 0.5), (6.8, 0.6), (8.6, 0.6), (9.9, 0.7), (10.8, 0.7), (11.4, 0.8)]),
})
doi, pmid, pmcid = ids(3)
KAPOOR = Study(
    stem="kapoor2022_hadsc_exo_exoquick_ip_landscape", layout="banner",
    title="Repeated intraperitoneal administration of adipose stem cell derived exosomes promotes locomotor recovery through PI3K/Akt signalling in spinal cord injured rats",
    short_title="ADSC exosomes i.p. in SCI rats",
    authors=[("Ritika", "Kapoor"), ("Sandeep", "Venkataraman"), ("Farah", "Siddiqui"), ("Manoj K.", "Bhattacharjee"),
             ("Lakshmi", "Narayanan")],
    affiliations=["Department of Pharmacology, Fictional Institute of Medical Sciences, Pune, India",
                  "Centre for Stem Cell Studies, Synthetic University, Hyderabad, India"],
    journal="Indian Journal of Synthetic Neuropharmacology", year=2022, volume="37(2):145–158", doi=doi,
    pmid=pmid, pmcid=pmcid, received="2022-01-19",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 200, "high": 240},
        "n_per_group": 10, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor", "injury_level": "T10",
        "source_tissue": "adipose", "source_species": "human", "isolation_method": ["precipitation_kit"],
        "isolation_detail": "ExoQuick-TC", "characterization": ["TEM", "DLS", "western_blot"],
        "markers": ["CD63", "CD81", "Alix"],
        "size_nm": {"value": 134.7, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 100, "unit": "ug_per_kg", "volume_ul": 500, "basis": "protein"},
        "route": "intraperitoneal", "frequency": {"doses": 7, "interval_h": 24}, "timing_post_injury_h": 2.0,
        "mechanism": "activation of PI3K/Akt signalling with reduced neuronal apoptosis",
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True, "reported_blinded_assessment": True,
    },
    abstract=[
        ("Objective", "To evaluate whether exosomes derived from human adipose tissue derived stem cells (ADSC-Exo) improve functional outcome after spinal cord injury (SCI) when given repeatedly by intraperitoneal route, and to compare them with methylprednisolone (MP)."),
        ("Methods", f"Forty {{{{sex,species|male rats}}}} were subjected to {{{{injury_model|contusion}}}} using Infinite Horizon impactor and divided into four groups. ADSC-Exo ({{{{dose|100{NB}{GMU}g/kg}}}}) were injected {{{{route|intraperitoneally}}}} {{{{frequency|daily for 7 days}}}}. BBB scoring was done up to 6 weeks."),
        ("Results", "ADSC-Exo treated rats showed BBB score of {sx:SCI + ADSC-Exo@42|tight} at 6th week as compared to {sx:SCI + saline@42|tight} in saline group, and were better than MP treated rats. p-Akt was increased and cleaved caspase-3 decreased."),
        ("Conclusion", "ADSC-Exo may be a useful candidate for SCI which warrants further study."),
    ],
    keywords=["adipose derived stem cells", "exosomes", "spinal cord injury", "PI3K/Akt", "apoptosis"],
    sections=[
        ("intro", "Introduction", [
            "Spinal cord injury (SCI) is a devastating condition with an estimated incidence of 15 to 40 cases per million population every year, and majority of the patients are young adults [1]. Methylprednisolone (MP) remains the only drug which has been widely used in acute SCI, however its use is controversial due to the side effects like infection and gastrointestinal bleeding.",
            f"Adipose tissue derived stem cells (ADSCs) are easily available from liposuction material. Exosomes are nano-sized vesicles (40–160{NB}nm) secreted by almost all cell types, and exosomes of ADSCs have shown neuroprotective effect in models of stroke and peripheral nerve injury [2, 10]. In the present study, we have evaluated the effect of repeated intraperitoneal doses of ADSC-Exo in rats with contusion SCI and compared it with standard MP therapy.",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Experimental animals"),
            f"{{{{species,strain,sex|Male Sprague Dawley rats}}}} aged 8–10 weeks and {{{{body_weight_g|weighing 200–240{NB}g}}}} were procured from the institutional animal house. Animals were maintained under standard conditions of temperature (22 ± 2 °C) and humidity. The protocol was {{{{reported_welfare_compliance|approved by the Institutional Animal Ethics Committee (IAEC/FIMS/2021/07) and experiments were carried out as per CPCSEA guidelines}}}}.",
            ("h", "Grouping"),
            f"Total 40 rats were divided into four groups {{{{n_per_group|(n = 10 in each group)}}}} viz. Sham, SCI + saline, SCI + MP and SCI + ADSC-Exo. The MP group received methylprednisolone sodium succinate 30{NB}mg/kg intravenously at 1 h after injury.",
            ("h", "Induction of SCI"),
            f"Rats were anaesthetized with ketamine (75{NB}mg/kg, i.p.) and xylazine (10{NB}mg/kg, i.p.). Laminectomy was performed at {{{{injury_level|tenth thoracic vertebra (T10)}}}} and {{{{injury_model,injury_device|moderate contusion was produced by the Infinite Horizon impactor (150 kdyn force)}}}}. Manual bladder expression was done twice daily till recovery of bladder function.",
            ("h", "Isolation and characterization of exosomes"),
            f"{{{{source_tissue,source_species|Human ADSCs were isolated from lipoaspirate of healthy donors}}}} undergoing elective liposuction and were cultured in α-MEM containing 10% exosome depleted FBS. Culture supernatant of passage 3–6 cells was collected every 48 h. After removal of cells and debris at 3000 × g for 15{NB}min, {{{{isolation_method,isolation_detail|exosomes were precipitated by ExoQuick-TC (System Biosciences) as per the manufacturer's instructions}}}}. The protein concentration of exosomes was determined by BCA kit. Exosomes were characterized by {{{{characterization|transmission electron microscopy}}}}, {{{{characterization|dynamic light scattering (Zetasizer Nano ZS)}}}} and {{{{characterization,markers|western blot for CD63, CD81 and Alix}}}}.",
            ("h", "Treatment protocol"),
            f"ADSC-Exo {{{{dose|at a dose of 100{NB}{GMU}g/kg body weight, dissolved in 0.5{NB}mL sterile saline}}}}, were administered {{{{route|by intraperitoneal injection}}}} {{{{timing_post_injury_h|starting at 2 h after SCI}}}} and {{{{frequency|then once daily for total 7 days}}}}. SCI + saline group received equal volume of saline.",
            ("h", "Assessment of locomotor function"),
            "Locomotor function was assessed with BBB scale on day 1, 3, 7 and then weekly up to 6 weeks by {{reported_blinded_assessment|two investigators who were blind to the treatment groups}}.",
            ("h", "Statistical analysis"),
            "Data were expressed as mean ± SEM and analysed by two-way ANOVA followed by Bonferroni test using GraphPad Prism 8. p < 0.05 was taken as statistically significant.",
        ]),
        ("results", "Results", [
            ("h", "Characterization of ADSC-Exo"),
            f"On TEM, exosomes appeared as round vesicles having cup shaped morphology. DLS analysis revealed that {{{{size_nm|the average diameter of ADSC-Exo was 134.7{NB}nm}}}} with polydispersity index of 0.21. Western blot confirmed expression of CD63, CD81 and Alix.",
            ("h", "Effect on locomotor recovery"),
            "All the injured rats showed complete or near complete paraplegia on day 1 after SCI. The BBB score of ADSC-Exo group increased gradually and it was significantly higher than saline group from 2nd week onwards (Table 2). At 6th week, the BBB score of ADSC-Exo group was {bbb:SCI + ADSC-Exo@42}, in comparison to {bbb:SCI + MP@42} in MP group and {bbb:SCI + saline@42} in saline group.",
            ("table", "Table 2", "Time course of BBB locomotor rating scale scores in different groups (mean ± SEM; n = 10).",
             {"orient": "cols", "days": D3, "groups": ["Sham", "SCI + saline", "SCI + MP", "SCI + ADSC-Exo"],
              "day_fmt": dfmt, "corner": "Groups", "span": "BBB score (days after SCI)", "landscape": True,
              "marks": {("SCI + ADSC-Exo", d): "a" for d in (14.0, 21.0, 28.0, 35.0, 42.0)} | {("SCI + MP", 42.0): "b"},
              "foot": "a p < 0.01 vs SCI + saline; b p < 0.05 vs SCI + saline. D, day."}),
            ("h", "Effect on PI3K/Akt pathway and apoptosis"),
            "Western blot of spinal cord tissue at day 7 showed that p-Akt/Akt ratio was increased by 2.1 fold in ADSC-Exo group while Bax/Bcl-2 ratio and cleaved caspase-3 were significantly reduced. TUNEL positive cells were also less in number.",
        ]),
        ("discussion", "Discussion", [
            f"In the present study, we found that repeated intraperitoneal administration of ADSC-Exo improved the locomotor function of SCI rats and the effect was better than that of MP. Earlier, Dalgaard and Yusuf had given 200{NB}{GMU}g exosomes intravenously and reported BBB score of 10.5 at day 28 [4]. Intraperitoneal route is easy to perform and is suitable for repeated dosing, however bioavailability to spinal cord may be less.",
            "The improvement was associated with increased p-Akt and decreased apoptotic markers, suggesting that {{mechanism|activation of PI3K/Akt signalling with reduced neuronal apoptosis}} may be the underlying mechanism, as reported in other neural injury models [16]. The limitation of the study is that only male rats were used and biodistribution was not studied.",
        ]),
    ],
    back=[("Conflict of interest", "{{reported_conflict_of_interest|The authors declare no conflict of interest}}."),
          ("Acknowledgement", "The authors thank the staff of the animal house (invented).")],
    references=list(REFS),
    scores=S3, footnote=FOOTNOTE,
)

# --------------------------------------------------------------------------------------------
# 4. Three columns; WJ-MSC exosomes overexpressing miR-124 into a hemisection lesion; table days down (SD).
D4 = [1.0, 7.0, 14.0, 21.0, 28.0]
S4 = Scores("BBB", "sd", [("Hx + PBS", "control", 9), ("Hx + Exo", "other", 9), ("Hx + Exo-124", "treatment", 9)], {
    "Hx + PBS": series(D4, [(6.1, 1.9), (9.0, 1.7), (11.2, 1.6), (12.4, 1.5), (13.0, 1.4)]),
    "Hx + Exo": series(D4, [(6.3, 2.0), (9.8, 1.8), (12.5, 1.5), (13.9, 1.5), (14.6, 1.3)]),
    "Hx + Exo-124": series(D4, [(6.4, 1.8), (10.9, 1.6), (14.0, 1.4), (15.6, 1.3), (16.5, 1.2)]),
})
doi, pmid, pmcid = ids(4)
LACROIX = Study(
    stem="lacroix2019_wjmsc_exo_mir124_hemisection_threecol", layout="threecol",
    title="Exosomes from Wharton's jelly stromal cells enriched in miR-124 improve recovery after lateral hemisection in the rat",
    short_title="miR-124 exosomes after hemisection",
    authors=[("Amélie", "Lacroix"), ("Thibault", "Morvan"), ("Inès", "Benali"), ("Yann", "Le Goff")],
    affiliations=["Laboratoire de Réparation Neurale (fictif), Université Synthétique de Bretagne, Rennes, France"],
    journal="European Journal of Synthetic Neuroscience", year=2019, volume="50(11):3320–3334", doi=doi, pmid=pmid,
    pmcid=pmcid, received="2019-05-27",
    values={
        "species": "rat", "strain": "Long-Evans", "sex": "female", "body_weight_g": {"low": 180, "high": 210},
        "n_per_group": 9, "injury_model": "hemisection", "injury_level": "T10",
        "source_tissue": "wharton_jelly", "source_species": "human", "modification": "miR-124 overexpression",
        "isolation_method": ["ultracentrifugation", "density_gradient"],
        "isolation_detail": "100,000 g 90 min onto a 30% sucrose cushion",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD9", "CD63", "HSP70", "GM130"],
        "size_nm": {"value": 108.6, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 50, "unit": "ug", "volume_ul": 5, "basis": "protein"},
        "route": "intralesional", "route_detail": "lesion site", "frequency": {"doses": 1, "interval_h": None},
        "timing_post_injury_h": 0.0, "mechanism": "miR-124-driven shift of microglia towards an M2 phenotype",
        "reported_randomisation": True, "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[(None, f"MicroRNA-124 (miR-124) keeps microglia quiescent and falls sharply after spinal injury. We loaded exosomes from human Wharton's jelly mesenchymal stromal cells (WJ-MSCs) with miR-124 by lentiviral overexpression in the parent cells (Exo-124) and injected them into the lesion of {{{{species,sex|female rats}}}} immediately after a {{{{injury_model|right lateral hemisection}}}}. Compared with PBS and with unmodified exosomes (Exo), Exo-124 increased the BBB score at four weeks ({{sx:Hx + Exo-124@28|ascii}}, against {{sx:Hx + Exo@28|ascii}} and {{sx:Hx + PBS@28|ascii}}) and raised the share of Arg1-positive microglia.")],
    keywords=["miR-124", "exosome", "Wharton's jelly", "hemisection", "microglia"],
    sections=[
        ("intro", "Introduction", [
            "After spinal cord injury (SCI), microglia and infiltrating macrophages adopt a pro-inflammatory state that persists for weeks [5]. miR-124, the most abundant microRNA of the adult central nervous system, is a brake on this activation; its level in the injured cord drops within a day.",
            "Exosomes, the 40–120 nm vesicles of endosomal origin, are natural carriers for such small RNAs [2, 10]. Overexpression of a microRNA in the producing cell is a simple way to enrich the vesicles with it. We asked whether exosomes enriched in miR-124 do better than native exosomes when injected directly into a hemisection lesion.",
        ]),
        ("methods", "Methods", [
            ("h", "Animals"),
            f"Experiments {{{{reported_welfare_compliance|complied with Directive 2010/63/EU and were authorised by the regional ethics committee (APAFIS #19022)}}}}. Twenty-seven {{{{species,strain,sex|female Long-Evans rats}}}} ({{{{body_weight_g|180–210{NB}g}}}}) were {{{{reported_randomisation|randomised by drawing lots}}}} into three groups of nine ({{{{n_per_group|n = 9}}}}).",
            ("h", "Hemisection"),
            f"Under isoflurane, a T9 laminectomy exposed the cord and a {{{{injury_model|right lateral hemisection}}}} was made {{{{injury_level|at T10}}}} with a micro-knife passed twice through the same track; the contralateral half was left intact. Buprenorphine (0.05{NB}mg/kg s.c.) was given for 3 days.",
            ("h", "Cells, transduction, exosomes"),
            f"{{{{source_tissue,source_species|WJ-MSCs were isolated by explant culture from Wharton's jelly of human umbilical cords}}}} (three donors, informed consent). {{{{modification|Cells at passage 3 were transduced with a lentivirus encoding pre-miR-124 (LV-miR-124)}}}} or an empty vector at MOI 20 and selected with puromycin. Serum-free conditioned medium (48 h) was cleared (2,000 × g, 20 min; 10,000 × g, 40 min) and {{{{isolation_method,isolation_detail|ultracentrifuged at 100,000 × g for 90 min onto a 30% sucrose cushion}}}}; the cushion fraction was diluted in PBS and pelleted again. Protein was measured with a micro-BCA kit. miR-124 content was 37-fold higher in Exo-124 than in Exo (qRT-PCR).",
            ("h", "Characterisation"),
            "{{characterization|Nanoparticle tracking (NanoSight LM10)}}, {{characterization|TEM}} and {{characterization,markers|immunoblots for CD9, CD63 and HSP70, with GM130 as a negative marker}}.",
            ("h", "Injection"),
            f"{{{{timing_post_injury_h|Immediately after hemisection}}}}, {{{{dose|50{NB}{MU}g of exosomes in 5{NB}{MU}L PBS}}}} were injected {{{{route,route_detail|into the lesion site}}}} with a glass micropipette (two deposits of 2.5 {MU}L, 1 mm rostral and caudal), {{{{frequency|as a single injection}}}}. Controls got 5{NB}{MU}L PBS.",
            ("h", "Behaviour and statistics"),
            "BBB open-field scores (ipsilateral hindlimb) on days 1, 7, 14, 21 and 28 by {{reported_blinded_assessment|an observer blind to treatment}}. Mean ± SD; mixed-effects model with Holm–Sidak tests.",
        ]),
        ("results", "Results", [
            f"Vesicles had a {{{{size_nm|mean size of 108.6 ± 4.2{NB}nm}}}} (NTA, three batches) and a cup shape on TEM; CD9, CD63 and HSP70 were present and GM130 absent.",
            "One day after hemisection the ipsilateral hindlimb scores were similar in all groups (Table 1). Exo-124 rats improved faster: at day 14 they scored {bbb:Hx + Exo-124@14} against {bbb:Hx + PBS@14} with PBS, and by day 28 they reached {bbb:Hx + Exo-124@28}. Native exosomes gave an intermediate result ({sx:Hx + Exo@28|named} at day 28).",
            ("table", "Table 1", "Ipsilateral BBB scores (mean ± SD, n = 9).",
             {"orient": "rows", "days": D4, "groups": ["Hx + PBS", "Hx + Exo", "Hx + Exo-124"], "day_fmt": dfmt,
              "corner": "Day"}),
            "At day 7, Arg1<sup>+</sup>/Iba1<sup>+</sup> cells made up 41% of microglia around the lesion in Exo-124 rats against 18% with PBS; iNOS<sup>+</sup> cells were halved.",
        ]),
        ("discussion", "Discussion", [
            f"Native WJ-MSC exosomes had a small effect, and enrichment in miR-124 roughly doubled it. Jacquet and Haraldsen reported a similar gain with miR-124-loaded vesicles given intravenously at 200{NB}{GMU}g, with BBB scores of 12.9 at four weeks in contused rats [10]. Hemisection leaves the contralateral side intact, so absolute scores are higher than after contusion and not directly comparable.",
            "Our data point to a {{mechanism|miR-124-driven shift of microglia towards an M2 phenotype}} as the main mechanism. Dose–response and long-term follow-up were not studied.",
        ]),
    ],
    back=[("Declaration of interests", "{{reported_conflict_of_interest|None of the authors has competing interests to declare}}."),
          ("Ethics statement", "{{reported_welfare_compliance|Animal work was authorised by the regional ethics committee (APAFIS #19022)}}.")],
    references=list(REFS),
    scores=S4, footnote=FOOTNOTE,
)

STUDIES = [IDOWU, JARAMILLO, KAPOOR, LACROIX]
