"""Vault studies 8-10 (everything invented; see ../README.md: held out, never tune on it)."""

from __future__ import annotations

from extgen.model import Scores, Study
from vaultgen.common import FOOTNOTE, GMU, MU, NB, REFS, TH, ids, series, week_word

# --------------------------------------------------------------------------------------------
# 8. Single column; rat ADSC exosomes in a gelatin sponge after complete transection; T-coded time points.
D8 = [3.0, 7.0, 14.0, 28.0, 42.0, 56.0]
TCODE = {d: f"T{i} ({d:g} d)" for i, d in enumerate(D8, 1)}
S8 = Scores("BBB", "sd", [("TX", "control", 6), ("TX + GS", "other", 6), ("TX + GS/Exo", "treatment", 6)], {
    "TX": series(D8, [(0.0, 0.0), (0.3, 0.4), (0.8, 0.6), (1.4, 0.8), (1.9, 0.9), (2.1, 1.0)]),
    "TX + GS": series(D8, [(0.0, 0.0), (0.4, 0.5), (1.0, 0.7), (1.8, 0.9), (2.4, 1.0), (2.7, 1.1)]),
    "TX + GS/Exo": series(D8, [(0.2, 0.4), (0.7, 0.6), (1.9, 0.8), (3.6, 1.0), (4.8, 1.2), (5.5, 1.3)]),
})


def tcode(d: float) -> str:
    return TCODE[d]


doi, pmid, pmcid = ids(8)
RYBAK = Study(
    stem="rybak2017_radsc_exo_gelsponge_transection_tcodes", layout="single",
    title="Gelatin sponge loaded with adipose-derived stem cell exosomes supports axonal growth across a complete spinal cord transection in rats",
    short_title="Exosome-loaded gelatin sponge after transection",
    authors=[("Katarzyna", "Rybak"), ("Piotr", "Zieliński"), ("Agnieszka", "Wójcik-Nowak"), ("Tomasz", "Grabowski")],
    affiliations=["Department of Experimental Neurosurgery (fictitious), Synthetic Medical University, Kraków, Poland"],
    journal="Folia Neurobiologica Synthetica", year=2017, volume="55(1):41–56", doi=doi, pmid=pmid, pmcid=pmcid,
    received="2017-01-30",
    values={
        "species": "rat", "strain": "Wistar", "sex": "female", "body_weight_g": {"low": 200, "high": 250},
        "n_per_group": 6, "injury_model": "transection", "injury_device": "microscissors", "injury_level": "T10",
        "source_tissue": "adipose", "source_species": "rat", "isolation_method": ["ultracentrifugation"],
        "isolation_detail": "10,000 × g 30 min; 120,000 × g 2 h", "characterization": ["TEM", "NTA", "western_blot"],
        "markers": ["CD63", "TSG101", "Alix"],
        "size_nm": {"value": 141.0, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 40, "unit": "ug", "volume_ul": 20, "basis": "protein"},
        "route": "implanted_biomaterial", "route_detail": "gelatin sponge", "frequency": {"doses": 1, "interval_h": None},
        "timing_post_injury_h": 0.0, "mechanism": "reduced glial scarring permitting axonal regrowth through the graft",
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[(None, "Complete transection of the spinal cord leaves a gap which axons cannot cross. We filled the gap with gelatin sponge (GS) soaked with exosomes from rat adipose-derived stem cells (ADSC) and followed the animals for 8 weeks. Rats with GS/Exo implants recovered some hindlimb movements (BBB at 8 weeks: {sx:TX + GS/Exo@56|named} vs {sx:TX@56|named} in transection only), had more neurofilament-positive fibres in the graft and smaller GFAP-positive scar.")],
    keywords=["spinal cord transection", "gelatin sponge", "exosomes", "adipose-derived stem cells", "glial scar"],
    sections=[
        ("intro", "Introduction", [
            "Complete transection is the most severe model of spinal cord injury, with almost no spontaneous recovery of hindlimb function [1]. Biomaterial bridges can fill the cavity but do not by themselves promote axon growth.",
            f"Exosomes — vesicles of 30–120{NB}nm released from multivesicular bodies — of mesenchymal stem cells are known to reduce inflammation and scar formation [2, 14]. Local delivery from a scaffold may keep them in the lesion longer than bolus injection. In this study gelatin sponge was used as a carrier for exosomes from adipose-derived stem cells.",
        ]),
        ("methods", "Material and methods", [
            ("h", "Animals"),
            f"{{{{reported_welfare_compliance|The experiments were accepted by the Local Ethical Committee for Animal Experiments in Kraków (decision no. 212/2016)}}}}. {{{{species,strain,sex|Wistar female rats}}}} of {{{{body_weight_g|200–250{NB}g}}}} body weight (n = 24 in total) were used, {{{{n_per_group|6 animals in each group}}}}. Four groups were formed: sham (laminectomy), TX (transection only), TX + GS (transection and empty sponge) and TX + GS/Exo.",
            ("h", "Surgery"),
            f"Animals were anaesthetised with ketamine 100{NB}mg/kg and xylazine 10{NB}mg/kg i.m. After laminectomy of Th9–Th10 the dura was opened and {{{{injury_model,injury_device|the spinal cord was completely transected with microscissors}}}} {{{{injury_level|at the Th10 level}}}}; a 2 mm segment was removed. The gap was filled with a piece of gelatin sponge (2 × 2 × 3 mm) according to the group. Completeness of transection was checked under the operating microscope.",
            ("h", "Exosomes"),
            f"{{{{source_tissue,source_species|ADSC were isolated from inguinal fat of Wistar rats}}}} and cultured in DMEM with 10% exosome-free FBS. After 48 h the medium was collected and centrifuged: 300 × g 10 min, 2{TH}000 × g 10 min, {{{{isolation_method,isolation_detail|10{TH}000 × g 30 min and 120{TH}000 × g 2 h}}}} (ultracentrifuge, SW 32 Ti rotor). Pellets were resuspended in PBS; protein was measured by the Bradford method.",
            f"Exosomes were examined by {{{{characterization|transmission electron microscopy}}}}, {{{{characterization|nanoparticle tracking analysis}}}} and {{{{characterization,markers|Western blot (CD63, TSG101, Alix)}}}}.",
            ("h", "Loading of the sponge"),
            f"{{{{route,route_detail|Gelatin sponge}}}} pieces were soaked with {{{{dose|40{NB}{GMU}g of exosomes in 20{NB}{GMU}l PBS}}}} for 30 min at 4 °C and {{{{timing_post_injury_h,frequency|implanted into the gap directly after transection}}}}. Empty sponges were soaked in PBS only.",
            ("h", "Locomotor assessment"),
            "BBB test was performed before surgery (T0) and at six time points after injury, coded T1–T6 (T1 = 3rd day, T2 = 7th day, T3 = 14th day, T4 = 28th day, T5 = 42nd day, T6 = 56th day). Results are given as mean ± SD; Kruskal–Wallis test with Dunn's test was used.",
        ]),
        ("results", "Results", [
            f"Vesicles were round, 60–180{NB}nm on TEM; {{{{size_nm|mean size in NTA was 141{NB}nm}}}}. CD63, TSG101 and Alix were present.",
            "At T0 all rats had 21 points. Sham animals recovered full function by T2 and are not shown in Table 2. In TX rats the scores remained very low until the end (T6: {sx:TX@56|tight}). Empty sponge had no significant effect. In TX + GS/Exo rats isolated joint movements appeared from T3 and at T4 the score was {bbb:TX + GS/Exo@28}; at T5 it reached {bbb:TX + GS/Exo@42}, significantly more than in TX group ({bbb:TX@42}; p < 0.05).",
            ("table", "Table 2", "BBB scores at time points T1–T6 (mean ± SD; n = 6 in each group).",
             {"orient": "rows", "days": D8, "groups": ["TX", "TX + GS", "TX + GS/Exo"], "day_fmt": tcode, "corner": "Time point"}),
            "Neurofilament-200 positive fibres were found in the sponge in all GS/Exo rats and in two of six GS rats. The GFAP-positive area at the graft border was smaller by about 40%.",
        ]),
        ("discussion", "Discussion", [
            f"Exosome-loaded sponge gave a limited but significant recovery after complete transection, mainly isolated movements of the hip and knee joints. Nakagawa and Ferreira-Lima used a collagen scaffold with 100{NB}{GMU}g exosomes and obtained BBB of 6.2 at 8 weeks [14], which is close to our results. Complete transection is a hard test for any therapy.",
            "We think that {{mechanism|reduced glial scarring permitting axonal regrowth through the graft}} explains the effect. Release kinetics from the sponge were not measured.",
        ]),
    ],
    back=[("Conflict of interest", "{{reported_conflict_of_interest|The authors report no conflicts of interest}}.")],
    references=list(REFS), scores=S8, footnote=FOOTNOTE,
    notes=["T0 (pre-injury) BBB of 21 is a baseline, not a post-injury outcome row."],
)

# --------------------------------------------------------------------------------------------
# 9. Single column; aortic occlusion ischaemia, MenSC exosomes by lumbar puncture; table days down (SEM), bare means.
D9 = [1.0, 2.0, 3.0, 7.0]
S9 = Scores("BBB", "sem", [("Sham", "sham", 8), ("I/R + saline", "control", 8), ("I/R + MenSC-Exo", "treatment", 8)], {
    "Sham": series(D9, [(21.0, 0.0)] * 4),
    "I/R + saline": series(D9, [(4.1, 0.9), (5.3, 1.0), (6.0, 1.1), (7.4, 1.2)]),
    "I/R + MenSC-Exo": series(D9, [(6.8, 1.0), (8.9, 1.1), (10.2, 1.1), (12.6, 1.2)]),
})
doi, pmid, pmcid = ids(9)
ILUNGA = Study(
    stem="ilunga2023_mensc_exo_ischemia_lumbarpuncture", layout="single",
    title="Menstrual blood stromal cell exosomes delivered by lumbar puncture reduce paraplegia after transient aortic occlusion in rats",
    short_title="MenSC exosomes in spinal cord ischaemia",
    authors=[("Patrick", "Ilunga Mbuyi"), ("Sophie", "Vandenberghe"), ("Didier", "Kabasele"), ("Els", "Peeters")],
    affiliations=["Laboratory of Vascular Neurobiology (fictitious), Synthetic University of Leuven, Belgium",
                  "Faculty of Medicine, Université Fictive de Kinshasa, DR Congo"],
    journal="Journal of Synthetic Vascular Neurosurgery", year=2023, volume="29(6):611–623", doi=doi, pmid=pmid,
    pmcid=pmcid, received="2023-03-03",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 300, "high": 350},
        "n_per_group": 8, "injury_model": "ischemia_reperfusion", "injury_device": "balloon catheter",
        "source_tissue": "menstrual_blood", "source_species": "human", "isolation_method": ["ultracentrifugation"],
        "isolation_detail": "100,000 g 70 min", "characterization": ["NTA", "TEM", "western_blot"],
        "markers": ["CD9", "CD63", "TSG101", "GM130"],
        "size_nm": {"value": 88.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 30, "unit": "ug", "volume_ul": 20, "basis": "protein"},
        "route": "intrathecal", "route_detail": "lumbar puncture", "frequency": {"doses": 1, "interval_h": None},
        "timing_post_injury_h": 2.0, "mechanism": "inhibition of ferroptosis in motor neurons",
        "reported_randomisation": True, "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Objective", "Paraplegia after thoraco-abdominal aortic repair results from spinal cord ischaemia–reperfusion (I/R). We evaluated exosomes of menstrual blood-derived stromal cells (MenSCs) given intrathecally after I/R."),
        ("Methods", f"In {{{{sex,species|male rats}}}}, {{{{injury_model|spinal cord ischaemia was induced by 12 min of balloon occlusion of the descending aorta}}}}. Two hours after reperfusion, {{{{dose|30{NB}{MU}g of MenSC exosomes}}}} or saline were injected {{{{route,route_detail|by lumbar puncture}}}}."),
        ("Results", "At 7 days, BBB score was {sx:I/R + MenSC-Exo@7|bare} in the exosome group and {sx:I/R + saline@7|bare} in the saline group (p = 0.004). Exosomes preserved motor neurons and reduced lipid peroxidation."),
    ],
    keywords=["spinal cord ischaemia", "aortic occlusion", "menstrual blood stromal cells", "exosomes", "ferroptosis"],
    sections=[
        ("intro", "Introduction", [
            "Spinal cord ischaemia is a feared complication of open and endovascular repair of the thoraco-abdominal aorta, with a reported incidence of 3 to 10% [15]. Motor neurons of the lumbar cord are most vulnerable, and delayed paraplegia may develop hours after an apparently normal awakening.",
            f"Menstrual blood-derived stromal cells (MenSCs) are easily collected in a non-invasive manner and proliferate fast. Their exosomes (typically 40–100{NB}nm) have been protective in models of stroke and myocardial infarction [2, 11]. Ferroptosis, an iron-dependent lipid peroxidation death, has been implicated in ischaemic motor neuron loss. We therefore tested MenSC exosomes in a rat model of aortic occlusion.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals"),
            f"{{{{reported_welfare_compliance|The protocol was approved by the ethical committee for animal experimentation of the Synthetic University of Leuven (P098/2022)}}}}, in line with the EU directive. {{{{species,strain,sex|Male Sprague–Dawley rats}}}} ({{{{body_weight_g|300–350{NB}g}}}}) were {{{{reported_randomisation|allocated at random (sealed envelopes)}}}} to Sham, I/R + saline and I/R + MenSC-Exo, with {{{{n_per_group|8 rats per group}}}}.",
            ("h", "Spinal cord ischaemia"),
            f"Rats were anaesthetised with sevoflurane. {{{{injury_device|A 2F Fogarty balloon catheter}}}} was introduced through the left femoral artery and advanced into the descending thoracic aorta to the level of the left subclavian artery; the balloon was inflated for 12 min while proximal blood pressure was monitored in the tail artery. Sham animals underwent catheter insertion without inflation. Rectal temperature was kept at 37.5 °C.",
            ("h", "MenSC culture and exosome preparation"),
            f"{{{{source_tissue,source_species|MenSCs were isolated from menstrual blood of three healthy volunteers}}}} (written consent) by density-gradient separation of mononuclear cells and plastic adherence. Exosome-free conditioned medium (passage 4–7, 48 h) was cleared at 2{TH}000 g for 20 min and 16{TH}500 g for 30 min, passed through 0.22 {MU}m filters, and {{{{isolation_method,isolation_detail|exosomes were pelleted at 100{TH}000 g for 70 min}}}}. Exosomes were characterised by {{{{characterization|NTA}}}}, {{{{characterization|TEM}}}} and {{{{characterization,markers|immunoblotting of CD9, CD63 and TSG101 (GM130 as negative marker)}}}}.",
            ("h", "Intrathecal injection"),
            f"{{{{timing_post_injury_h|Two hours after reperfusion}}}}, {{{{dose|30{NB}{MU}g exosomes in 20{NB}{MU}L saline}}}} were {{{{frequency|injected once}}}} {{{{route,route_detail|by lumbar puncture}}}} between L4 and L5 with a 30 G needle; a tail flick confirmed the intrathecal position.",
            ("h", "Neurological assessment"),
            "Hindlimb function was graded with the BBB scale at 24, 48 and 72 h and at 7 days by {{reported_blinded_assessment|two observers who did not know the treatment}}. Values are mean ± SEM. Mann–Whitney U test compared the two I/R groups at each time.",
        ]),
        ("results", "Results", [
            f"NTA showed a {{{{size_nm|modal diameter of 88{NB}nm}}}} and 1.9 × 10<sup>11</sup> particles per 100 {MU}g protein; TEM revealed cup-shaped vesicles. Two rats of the saline group died at 36 h and were replaced to keep eight per group.",
            "After 24 h of reperfusion, saline-treated rats showed a BBB score of {bbb:I/R + saline@1}, and exosome-treated rats {bbb:I/R + MenSC-Exo@1}. The difference widened over time (Table 1) and at day 7 the exosome group reached {bbb:I/R + MenSC-Exo@7}, with consistent plantar stepping in five of eight rats. The Tarlov score (0–5) at day 7 was 3.6 ± 0.3 versus 2.1 ± 0.4.",
            ("table", "Table 1", "BBB scores after spinal cord ischaemia (mean ± SEM, n = 8).",
             {"orient": "rows", "days": D9, "groups": ["Sham", "I/R + saline", "I/R + MenSC-Exo"],
              "day_fmt": lambda d: f"{d * 24:g} h" if d < 7 else "7 d", "corner": "After reperfusion"}),
            "Surviving NeuN-positive motor neurons in the ventral horn of L4 were 64% of sham with exosomes and 31% with saline. GPX4 expression was preserved and malondialdehyde decreased.",
        ]),
        ("discussion", "Discussion", [
            f"A single intrathecal dose of MenSC exosomes attenuated hindlimb deficits after aortic occlusion. Oduya and Lindqvist obtained a BBB score of 10.1 at 7 days with intravenous BMSC exosomes (100{NB}{GMU}g) in a similar model [15]. Our data support the hypothesis that {{{{mechanism|inhibition of ferroptosis in motor neurons}}}} underlies the protection.",
            "Follow-up was short and only one dose was tested; the lumbar puncture itself may slightly affect the scores, although sham animals scored normally.",
        ]),
    ],
    back=[("Competing interests", "{{reported_conflict_of_interest|The authors declare that they have no competing interests}}."),
          ("Funding", "Invented grant G0A1122N of a fictitious research foundation.")],
    references=list(REFS), scores=S9, footnote=FOOTNOTE,
)

# --------------------------------------------------------------------------------------------
# 10. Two columns; curcumin-loaded hUCMSC exosomes by caudal vein, mg/kg; weekly table (SD) + weeks in text.
D10 = [7.0, 14.0, 21.0, 28.0, 35.0, 42.0]
S10 = Scores("BBB", "sd", [("Sham", "sham", 9), ("SCI+PBS", "control", 9), ("SCI+Exo", "other", 9),
                           ("SCI+Cur", "other", 9), ("SCI+Cur-Exo", "treatment", 9)], {
    "Sham": series(D10, [(21.0, 0.0)] * 6),
    "SCI+PBS": series(D10, [(2.8, 0.9), (4.9, 1.1), (6.2, 1.2), (7.0, 1.3), (7.5, 1.3), (7.7, 1.4)]),
    "SCI+Exo": series(D10, [(3.3, 1.0), (5.9, 1.1), (7.6, 1.2), (8.6, 1.3), (9.2, 1.4), (9.5, 1.4)]),
    "SCI+Cur": series(D10, [(3.0, 0.9), (5.2, 1.0), (6.7, 1.2), (7.6, 1.3), (8.1, 1.3), (8.3, 1.4)]),
    "SCI+Cur-Exo": series(D10, [(3.9, 1.0), (7.1, 1.2), (9.3, 1.3), (10.8, 1.4), (11.7, 1.4), (12.2, 1.5)]),
})
doi, pmid, pmcid = ids(10)
QUARESMA = Study(
    stem="quaresma2022_hucmsc_curcumin_exo_caudalvein_mgkg", layout="twocol",
    title="Curcumin-loaded umbilical cord mesenchymal stromal cell exosomes attenuate oxidative stress and improve locomotor recovery after spinal cord contusion",
    short_title="Curcumin-loaded exosomes in SCI",
    authors=[("Beatriz", "Quaresma"), ("Tiago", "Monteiro"), ("Joana", "Carvalho-Reis"), ("Rui", "Antunes")],
    affiliations=["Instituto de Investigação em Neurociência (fictício), Universidade Sintética do Porto, Portugal"],
    journal="Synthetic Frontiers in Bioengineering", year=2022, volume="10:e884120", doi=doi, pmid=pmid,
    pmcid=pmcid, received="2022-05-16",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 250, "high": 280},
        "n_per_group": 9, "injury_model": "contusion", "injury_device": "MASCIS impactor", "injury_level": "T9",
        "source_tissue": "umbilical_cord", "source_species": "human", "modification": "curcumin loading",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "120,000 × g 90 min (twice)",
        "characterization": ["TEM", "NTA", "DLS", "western_blot"], "markers": ["CD63", "CD81", "TSG101", "calnexin"],
        "size_nm": {"value": 118.2, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 1, "unit": "mg_per_kg", "volume_ul": None, "basis": "protein"},
        "route": "intravenous", "route_detail": "caudal vein", "frequency": {"doses": 1, "interval_h": None},
        "timing_post_injury_h": 3.0, "mechanism": "Nrf2/HO-1-mediated reduction of oxidative stress",
        "reported_randomisation": True, "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[(None, f"Curcumin is a potent antioxidant but its poor solubility limits its use. We loaded curcumin into exosomes of human umbilical cord mesenchymal stromal cells (hUCMSC) by sonication (Cur-Exo) and gave a single dose of {{{{dose|1{NB}mg/kg}}}} {{{{route,route_detail|through the caudal vein}}}} {{{{timing_post_injury_h|3 h after}}}} a MASCIS contusion. Cur-Exo improved locomotion more than native exosomes or free curcumin: at week 6 the BBB score was {{sx:SCI+Cur-Exo@42|ascii}} with Cur-Exo, {{sx:SCI+Exo@42|ascii}} with exosomes and {{sx:SCI+PBS@42|ascii}} with PBS.")],
    keywords=["curcumin", "drug delivery", "exosomes", "umbilical cord", "oxidative stress", "Nrf2"],
    sections=[
        ("intro", "Introduction", [
            "Oxidative stress is a major driver of secondary damage after spinal cord injury (SCI), and many antioxidants failed because they do not reach the lesion in useful amounts [1, 16]. Curcumin, a polyphenol from turmeric, activates the Nrf2 pathway but has very low bioavailability.",
            f"Exosomes, lipid bilayer vesicles of about 50–150{NB}nm, can carry hydrophobic drugs in their membrane [2, 14]. Exosomes of hUCMSC also have intrinsic neuroprotective activity [4, 12]. We reasoned that loading curcumin into hUCMSC exosomes would combine both effects.",
        ]),
        ("methods", "Methods", [
            ("h", "Animals and ethics"),
            f"Experiments were {{{{reported_welfare_compliance|approved by the institutional animal welfare body (ORBEA) and the national authority (DGAV 0421/2021), following Directive 2010/63/EU}}}}. Forty-five {{{{species,strain,sex|male Sprague-Dawley rats}}}} ({{{{body_weight_g|250 to 280{NB}g}}}}) were {{{{reported_randomisation|randomized with a block design}}}} into five groups (Sham, SCI+PBS, SCI+Exo, SCI+Cur, SCI+Cur-Exo; {{{{n_per_group|n = 9}}}}).",
            ("h", "Contusion"),
            f"Anesthesia was induced with 5% isoflurane and maintained at 2%. After laminectomy at T8–T9, {{{{injury_model,injury_device|a 10 g rod of the MASCIS impactor was dropped from 25 mm onto the exposed dura}}}} {{{{injury_level|at T9}}}}. Buprenorphine 0.03{NB}mg/kg was given every 12 h for 3 days.",
            ("h", "Exosome production and curcumin loading"),
            f"{{{{source_tissue,source_species|hUCMSC were isolated from umbilical cords of healthy newborns}}}} (informed consent; cells at passages 4–6). Conditioned medium (48 h, exosome-depleted serum) was centrifuged at 2,000 × g (30 min) and 10,000 × g (45 min), and {{{{isolation_method,isolation_detail|exosomes were pelleted twice at 120,000 × g for 90 min}}}}. {{{{modification|For loading, exosomes were mixed with curcumin (1:4 w/w) and sonicated}}}} (6 cycles of 30 s), then incubated at 37 °C for 1 h to restore the membrane; free curcumin was removed by a second ultracentrifugation. Loading efficiency was 17.8%.",
            ("h", "Characterization"),
            "Vesicles were analyzed by {{characterization|TEM}}, {{characterization|NTA (NanoSight NS300)}}, {{characterization|DLS}} and {{characterization,markers|western blot for CD63, CD81 and TSG101; calnexin was used as negative marker}}.",
            ("h", "Treatment and behavior"),
            f"{{{{timing_post_injury_h|Three hours after injury}}}} rats received {{{{frequency|a single injection}}}} of Cur-Exo or native exosomes ({{{{dose|1{NB}mg/kg exosomal protein}}}}), free curcumin (equivalent amount) or PBS {{{{route_detail|into the caudal vein}}}}. BBB scores were recorded weekly for 6 weeks {{{{reported_blinded_assessment|by two examiners blinded to group allocation}}}}. Mean ± SD; two-way ANOVA with Tukey's test.",
        ]),
        ("results", "Results", [
            f"By NTA, {{{{size_nm|Cur-Exo had a mean size of 118.2{NB}nm}}}} compared with 109.5{NB}nm before loading; by DLS the hydrodynamic diameter was 141{NB}nm. Markers were preserved after sonication.",
            "Weekly BBB scores are shown in Table 2. Cur-Exo was better than PBS from week 2 ({bbb:SCI+Cur-Exo@14} vs {bbb:SCI+PBS@14}) and than native exosomes from week 4, when scores were {sx:SCI+Cur-Exo@28|tight} and {sx:SCI+Exo@28|tight}. Free curcumin had no significant effect at any time.",
            ("table", "Table 2", "BBB scores (mean ± SD, n = 9 per group).",
             {"orient": "rows", "days": D10, "groups": ["SCI+PBS", "SCI+Exo", "SCI+Cur", "SCI+Cur-Exo"],
              "day_fmt": week_word, "corner": "Time"}),
            "Malondialdehyde in the lesion at day 3 was decreased by 46% and nuclear Nrf2 and HO-1 were increased with Cur-Exo.",
        ]),
        ("discussion", "Discussion", [
            f"Curcumin loading increased the efficacy of hUCMSC exosomes. Nakagawa and Ferreira-Lima reported BBB scores of 11.0 at 6 weeks with 200{NB}{GMU}g unloaded exosomes given for three days [14]; we obtained similar scores with a single dose. The data suggest {{{{mechanism|Nrf2/HO-1-mediated reduction of oxidative stress}}}} as a central mechanism.",
            "Female animals and longer follow-up should be studied.",
        ]),
    ],
    back=[("Conflict of interest", "{{reported_conflict_of_interest|The authors declare that the research was conducted in the absence of any commercial or financial relationships that could be construed as a potential conflict of interest}}."),
          ("Ethics statement", "{{reported_welfare_compliance|The animal study was reviewed and approved by the institutional animal welfare body}}.")],
    references=list(REFS), scores=S10, footnote=FOOTNOTE,
)

STUDIES = [RYBAK, ILUNGA, QUARESMA]
