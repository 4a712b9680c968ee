"""Quarry studies 1-2 (everything invented): a German and a Chinese lab."""

from __future__ import annotations

from extgen.common import FOOTNOTE, POOL, TH
from extgen.model import Scores, Study

from qgen.tables import QTable, V, qspec

# ------------------------------------------------------------------ 1. Germany, twocol
# Codes for groups (SHAM, SCI/VEH, SCI/EXO) defined in the methods; days down the side,
# an analysed-n row under the scores, SEM named once in the footnote, marks glued on;
# centrifugation ladder as a methods table; three doses 24 h apart from 2 h.

_D1 = [1, 3, 7, 14, 21, 28, 42]
_S1 = Scores(
    outcome="BBB", err="sem",
    groups=[("SHAM", "sham", 12), ("SCI/VEH", "control", 11), ("SCI/EXO", "treatment", 12)],
    values={
        "SHAM": dict(zip(_D1, [(20.8, 0.1), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0),
                               (21.0, 0.0)], strict=True)),
        "SCI/VEH": dict(zip(_D1, [(0.6, 0.2), (1.4, 0.3), (3.2, 0.5), (5.9, 0.6), (7.4, 0.6), (8.1, 0.7),
                                  (8.6, 0.7)], strict=True)),
        "SCI/EXO": dict(zip(_D1, [(0.7, 0.2), (1.9, 0.4), (4.6, 0.5), (8.3, 0.6), (10.2, 0.5), (11.0, 0.6),
                                  (11.8, 0.5)], strict=True)),
    },
)

_ISO1 = QTable(
    head=[["Step", "Force / device", "Time", "Purpose"]],
    body=[
        ["1", "300 × g", "10 min", "cells"],
        ["2", f"2{TH}000 × g", "20 min", "dead cells, debris"],
        ["3", f"10{TH}000 × g", "30 min", "large vesicles"],
        ["4", "0.22 µm PES filter", "–", "particles > 220 nm"],
        ["5", f"{{{{isolation_detail|110{TH}000 × g (SW 32 Ti), 2 × 70 min}}}}", "70 min", "pellet, wash in PBS"],
    ],
    col0=0.12,
)

_BBB1 = QTable(
    head=[["dpi", "SHAM", "SCI/VEH", "SCI/EXO"]],
    body=[[f"{d:g}", V("SHAM", d), V("SCI/VEH", d), V("SCI/EXO", d, mark="*" if d >= 14 else "")] for d in _D1]
    + [["n analysed", "12", "11", "12"]],
    col0=0.22,
)

BRUECKNER = Study(
    stem="brueckner2021_rbmsc_exo_ih_codes_sem",
    layout="twocol",
    title="Bone marrow stromal cell exosomes given on three consecutive days improve hindlimb function after thoracic contusion in rats",
    short_title="Brückner et al. · repeated exosome dosing after SCI",
    authors=[("Henrike", "Brückner"), ("Jonas", "Keppler"), ("Annika", "Wolfsteller"), ("Malte", "Oberdieck"),
             ("Sabine", "Treuhaupt")],
    affiliations=["Klinik für Neurochirurgie, Universitätsklinikum Nordhafen, Germany",
                  "Institut für Zellbiologie, Hochschule Elbmarsch, Germany"],
    journal="Neuroregeneration Reports (Synthetic)",
    year=2021,
    volume="9(4):e0217",
    doi="10.5555/nrr.2021.0217",
    pmid="99102101",
    pmcid="PMC9910211",
    received="2021-03-11",
    footnote=FOOTNOTE,
    values={
        "species": "rat", "strain": "Wistar", "sex": "female", "body_weight_g": {"low": 200, "high": 230},
        "n_per_group": 12, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor",
        "injury_level": "T9", "source_tissue": "bone_marrow", "source_species": "rat", "modification": "none",
        "isolation_method": ["ultracentrifugation"],
        "isolation_detail": f"110{TH}000 × g (SW 32 Ti), 2 × 70 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "CD81", "TSG101", "calnexin"],
        "size_nm": {"value": 118.4, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 300, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 3, "interval_h": 24}, "timing_post_injury_h": 2.0,
        "mechanism": "reduced microglial activation and neuronal apoptosis",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", ("Single injections of mesenchymal stromal cell exosomes have been studied widely after "
         "spinal cord injury (SCI); whether a short course of repeated doses helps more is unclear.")),
        ("Methods", ("Adult female Wistar rats received a 150-kdyn contusion of the ninth thoracic segment and "
         "were randomised to vehicle or exosomes from rat bone marrow stromal cells (BMSC), 100 µg per dose "
         "on three consecutive days. Locomotion was scored on the BBB scale for six weeks.")),
        ("Results", ("Exosome-treated rats reached higher BBB scores from 14 dpi onwards; at 42 dpi the "
         "SCI/EXO group scored {bbb:SCI/EXO@42} compared with {bbb:SCI/VEH@42} in SCI/VEH (mean ± SEM).")),
        ("Conclusions", ("A three-day intravenous course of BMSC exosomes is feasible and improves open-field "
         "locomotion after thoracic contusion.")),
    ],
    keywords=["spinal cord injury", "exosomes", "bone marrow stromal cells", "BBB", "repeated dosing"],
    sections=[
        ("intro", "Introduction", [
            ("Traumatic spinal cord injury triggers a secondary cascade of inflammation, apoptosis and glial "
            "scarring that continues for weeks after the primary impact [1,3]. Exosomes, 30–150 nm vesicles "
            "released from multivesicular bodies, carry proteins and RNAs of their parent cells and can be "
            "given systemically [2]."),
            ("Most rodent studies inject a single bolus of 100–200 µg shortly after injury [5,11]; one group "
            "reported BBB scores of about 12 at four weeks after a single 200 µg dose [5]. Because exosomes are "
            "cleared from the blood within hours, we asked whether three daily injections started early after "
            "contusion improve recovery compared with vehicle."),
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals"),
            ("All procedures were approved by the {{reported_welfare_compliance|Landesamt für Tierschutz "
            "Nordhafen (approval no. TV-88/19) and complied with the EU Directive 2010/63/EU}}. Thirty-six "
            "adult {{species,strain,sex|female Wistar rats}} ({{body_weight_g|200–230 g}}; Charles "
            "River Synthetic) were kept in groups of three with food and water ad libitum under a 12-h light "
            "cycle. Bladders were expressed manually twice daily until reflex voiding returned."),
            ("h", "Contusion injury"),
            ("Under isoflurane anaesthesia (2–2.5% in oxygen) a laminectomy was performed at the T8 vertebra to "
            "expose the {{injury_level|T9 segment}}. A {{injury_model,injury_device|contusion of 150 kdyn "
            "was applied with the Infinite Horizon (IH) impactor}}} (Precision Systems, no dwell). Force and "
            "displacement curves were checked for every animal. Sham animals (SHAM) received the laminectomy "
            "only."),
            ("h", "Group allocation"),
            ("{{reported_randomisation|Rats were allocated to SHAM, SCI/VEH or SCI/EXO by a computer-generated "
            "list}} kept by a technician not involved in surgery, {{n_per_group|n = 12 per group}}. "
            "Animals with a BBB score above 2 at 1 dpi (incomplete lesion) were to be excluded; this applied "
            "to one rat of SCI/VEH, which was removed from all analyses."),
            ("h", "Exosome preparation"),
            ("{{source_tissue,source_species|BMSC were isolated from femora and tibiae of 4-week-old Wistar "
            "rats}}} and used at passages 3–5. At 80% confluence the medium was replaced by serum-free "
            "α-MEM for 48 h. Exosomes were purified from the conditioned medium by {{isolation_method|"
            "differential ultracentrifugation}} as listed in Table 1 (all steps at 4 °C). The pellet was "
            "resuspended in sterile PBS, protein content was determined by BCA assay, and aliquots were "
            "stored at −80 °C for no longer than four weeks. The vesicles were used native, without "
            "loading or preconditioning of the donor cells ({{modification|unmodified exosomes}})."),
            ("table", "Table 1", "Centrifugation protocol for exosome isolation from BMSC-conditioned medium.",
             qspec(_ISO1, foot="PES, polyethersulfone. Step 5 was repeated once after washing the pellet.")),
            ("h", "Characterisation"),
            ("Vesicles were examined by {{characterization|transmission electron microscopy (TEM), "
            "nanoparticle tracking analysis (NTA; NanoSight NS300) and western blotting}}. Blots were probed "
            "for {{markers|CD63, CD81 and TSG101 and for the endoplasmic reticulum protein calnexin}}."),
            ("h", "Treatment"),
            ("Starting {{timing_post_injury_h|2 h after contusion}}, SCI/EXO rats received "
            "{{dose|100 µg exosomal protein in 300 µl PBS}} {{route,route_detail|via the lateral tail "
            "vein}} {{frequency|once daily on three consecutive days}} (0, 1 and 2 dpi); SCI/VEH rats "
            "received 300 µl PBS on the same schedule."),
            ("h", "Behavioural testing"),
            ("Hindlimb locomotion was rated in an open field on the BBB scale at 1, 3, 7, 14, 21, 28 and 42 dpi "
            "{{reported_blinded_assessment|by two examiners unaware of group assignment}}; the mean of both "
            "examiners' scores for the left and right hindlimb was used."),
            ("h", "Statistics"),
            ("BBB scores were compared by two-way repeated-measures ANOVA with Šidák's post hoc test (GraphPad "
            "Prism 9). P < 0.05 was considered significant."),
        ]),
        ("results", "Results", [
            ("h", "Exosome characteristics"),
            ("TEM showed round, cup-shaped vesicles. By NTA the particles had a "
            "{{size_nm|mean diameter of 118.4 nm}} (mode 104 nm), with 2.1 × 10<sup>11</sup> particles "
            "per mg of protein. CD63, CD81 and TSG101 were enriched compared with the cell lysate, whereas "
            "calnexin was not detected."),
            ("h", "Locomotor recovery"),
            ("All injured rats were paraplegic at 1 dpi. SCI/EXO animals recovered faster from 14 dpi (Table 2); "
            "at 28 dpi the SCI/EXO group scored {bbb:SCI/EXO@28} and the SCI/VEH group {bbb:SCI/VEH@28}. "
            "Frequent to consistent weight-supported plantar stepping was seen in 8 of 12 SCI/EXO rats but in "
            "only 2 of 11 SCI/VEH rats at the end of the study."),
            ("table", "Table 2", "Open-field locomotor (BBB) scores after T9 contusion.",
             qspec(_BBB1, foot="Values are mean ± SEM. * P < 0.05 vs. SCI/VEH (two-way RM-ANOVA, Šidák). "
                   "dpi, days post-injury; n analysed, animals included in the analysis.")),
            ("figure", "Figure 2", "Time course of BBB scores (mean ± SEM) for SHAM, SCI/VEH and SCI/EXO.",
             {"days": _D1, "groups": ["SHAM", "SCI/VEH", "SCI/EXO"]}),
            ("h", "Histology"),
            ("Iba1-positive microglia at the lesion border were reduced by 38% and TUNEL-positive neurons by "
            "about half in SCI/EXO, which suggests that the exosomes acted through "
            "{{mechanism|reduced microglial activation and neuronal apoptosis}}."),
        ]),
        ("discussion", "Discussion", [
            ("Three daily intravenous doses of 100 µg gave a difference of roughly three BBB points at six weeks. "
            "Studies that gave a single dose of 200 µg reported differences of two to four points [5,11], so "
            "repetition did not obviously add to the effect, but our injury was milder (150 kdyn)."),
            ("Limitations include a single sex, no dose–response and the lack of biodistribution data. "
            "Exosomes of 50–150 nm reach the lesion within hours after tail-vein injection in other reports "
            "[5], which we did not verify here."),
        ]),
    ],
    back=[("Ethics approval", "Animal experiments were approved by the Landesamt für Tierschutz Nordhafen."),
          ("Competing interests", "{{reported_conflict_of_interest|The authors declare that they have no competing interests.}}"),
          ("Funding", "Deutsche Synthetische Forschungsstiftung (grant DSF-4471).")],
    references=[POOL[0], POOL[1], POOL[2], POOL[3], POOL[4], POOL[5], POOL[6], POOL[7], POOL[8], POOL[9],
                POOL[10]],
    scores=_S1,
)

# ------------------------------------------------------------------ 2. China, single
# Lettered group codes A-E defined only in the table footnote; groups down the side,
# days in the header as "1 d"; superscript letters for significance; an extra column
# with lesion area; SD in the caption; miR overexpression with a native-exosome arm.

_D2 = [1, 3, 7, 14, 21, 28]
_S2 = Scores(
    outcome="BBB", err="sd",
    groups=[("A", "sham", 12), ("B", "control", 12), ("C", "control", 12), ("D", "other", 12),
            ("E", "treatment", 12)],
    values={
        "A": dict(zip(_D2, [(21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)],
                      strict=True)),
        "B": dict(zip(_D2, [(0.4, 0.5), (1.1, 0.7), (2.6, 0.9), (4.8, 1.1), (6.3, 1.2), (7.1, 1.3)], strict=True)),
        "C": dict(zip(_D2, [(0.5, 0.5), (1.2, 0.8), (2.8, 1.0), (5.0, 1.2), (6.5, 1.1), (7.4, 1.4)], strict=True)),
        "D": dict(zip(_D2, [(0.5, 0.6), (1.6, 0.8), (3.9, 1.0), (6.7, 1.2), (8.4, 1.3), (9.5, 1.2)], strict=True)),
        "E": dict(zip(_D2, [(0.6, 0.5), (2.0, 0.9), (4.8, 1.1), (8.2, 1.3), (10.6, 1.4), (12.3, 1.5)], strict=True)),
    },
)


def _mark2(g: str, d: float) -> str:
    if d < 7 or g in ("A", "B", "C"):
        return ""
    return "<sup>a</sup>" if g == "D" else "<sup>a,b</sup>"


_BBB2 = QTable(
    head=[["Group", *[f"{d:g} d" for d in _D2], "Lesion area (%)"]],
    body=[[g, *[V(g, d, style="tight", mark=_mark2(g, d)) for d in _D2], area]
          for g, area in (("A", "–"), ("B", "41.2±5.3"), ("C", "40.6±4.9"), ("D", "31.5±4.4"), ("E", "22.8±3.9"))],
    col0=0.1,
)

CAO = Study(
    stem="cao2020_hucmsc_mir145_exo_lettered_groups",
    layout="single",
    title="Exosomes from miR-145-5p-overexpressing umbilical cord mesenchymal stem cells suppress the TLR4/NF-κB "
          "pathway and promote locomotor recovery in spinal cord injured rats",
    short_title="miR-145-5p exosomes in rat SCI",
    authors=[("Yuling", "Cao"), ("Haoran", "Qiu"), ("Mengting", "Fang"), ("Zhiwei", "Luo"), ("Jie", "Shang"),
             ("Guoqiang", "Tan")],
    affiliations=["Department of Orthopaedics, Second Synthetic Hospital of Jiangbei University, China",
                  "Key Laboratory of Spinal Repair (Synthetic), Jiangbei, China"],
    journal="Journal of Spinal Regeneration (Synthetic)",
    year=2020,
    volume="14:3381",
    doi="10.5555/jsr.2020.3381",
    pmid="99102102",
    pmcid="PMC9910212",
    received="2020-01-19",
    footnote=FOOTNOTE,
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 230, "high": 270},
        "n_per_group": 12, "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T10",
        "source_tissue": "umbilical_cord", "source_species": "human", "modification": "miR-145-5p overexpression",
        "isolation_method": ["ultrafiltration", "ultracentrifugation"],
        "isolation_detail": "100,000×g for 70 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 112.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 200, "unit": "ug", "volume_ul": 200, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.0,
        "mechanism": "TLR4/NF-κB pathway inhibition",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[(None,
               ("Exosomes secreted by human umbilical cord mesenchymal stem cells (hUCMSCs) are candidates for "
               "cell-free therapy of spinal cord injury (SCI). Here we engineered hUCMSCs to overexpress "
               "miR-145-5p and tested their exosomes (Exo-miR-145) in a rat contusion model. A single tail-vein "
               "injection of Exo-miR-145 after injury improved Basso, Beattie and Bresnahan (BBB) scores, "
               "reduced lesion area and lowered TLR4, p-p65 and IL-1β expression compared with exosomes from "
               "negative-control-transfected cells (Exo-NC). miR-145-5p-enriched exosomes may therefore be a "
               "useful tool for SCI repair."))],
    keywords=["miR-145-5p", "exosome", "umbilical cord mesenchymal stem cell", "spinal cord injury", "TLR4"],
    sections=[
        ("intro", "1. Introduction", [
            ("Spinal cord injury (SCI) causes permanent motor and sensory loss, and no treatment restores "
            "function [1]. Inflammation driven by Toll-like receptor 4 (TLR4) and NF-κB signalling is a main "
            "contributor to secondary damage [3,7]."),
            ("Exosomes are nano-sized vesicles (40–160 nm) that shuttle microRNAs between cells [2,15]. Earlier "
            "work used 100 µg of MSC exosomes per rat and reported improved BBB scores at day 28 [5]. "
            "miR-145-5p targets TLR4 mRNA, so we hypothesised that loading it into hUCMSC exosomes would "
            "enhance their anti-inflammatory effect."),
        ]),
        ("methods", "2. Materials and Methods", [
            ("h", "2.1. Cell culture and transfection"),
            ("{{source_tissue,source_species|hUCMSCs were isolated from human umbilical cords}} of healthy "
            "full-term deliveries with informed consent and cultured in DMEM/F12 with 10% FBS. At passage 4, "
            "cells were transduced with lentivirus carrying miR-145-5p (LV-miR-145) or a scrambled sequence "
            "(LV-NC) at MOI 50; {{modification|miR-145-5p overexpression}} was confirmed by qRT-PCR "
            "(about 18-fold)."),
            ("h", "2.2. Exosome isolation and identification"),
            ("When cells reached 80% confluence, the medium was changed to exosome-free medium for 48 h. The "
            "supernatant was centrifuged at 300×g for 10 min, 2000×g for 10 min and 10,000×g for 30 min, "
            "{{isolation_method|concentrated with a 100-kDa ultrafiltration tube, and then ultracentrifuged}} "
            "at {{isolation_detail|100,000×g for 70 min}} (Beckman Optima XPN). Exosomes were identified "
            "by {{characterization|TEM, NTA and western blot}} for {{markers|CD9, CD63, TSG101 and "
            "calnexin}}."),
            ("h", "2.3. Animals and SCI model"),
            ("Sixty {{species,strain,sex|male Sprague-Dawley rats}} weighing {{body_weight_g|230–270 g}} "
            "were purchased from the Synthetic Laboratory Animal Center of Jiangbei. The experimental protocol "
            "{{reported_welfare_compliance|was approved by the Animal Ethics Committee of Jiangbei University "
            "(No. JB-2019-044)}}. After anesthesia with 1% pentobarbital sodium (40 mg/kg, i.p.), "
            "laminectomy was performed at the {{injury_level|T10}} level, and a "
            "{{injury_model,injury_device|moderate contusion was produced with a NYU impactor}} (10 g rod, "
            "25 mm height). Rats in the sham group only underwent laminectomy."),
            ("h", "2.4. Grouping and treatment"),
            ("{{reported_randomisation|The rats were randomly divided into five groups}} "
            "({{n_per_group|n = 12}}): sham, SCI, SCI + PBS, SCI + Exo-NC and SCI + Exo-miR-145. "
            "{{timing_post_injury_h|Immediately after injury}}, {{dose|200 μg exosomes dissolved in 200 "
            "μl PBS}} were {{route,route_detail|injected through the tail vein}} "
            "({{frequency|single injection}}); rats in the SCI + PBS group received 200 μl PBS."),
            ("h", "2.5. Behavioral assessment"),
            ("Hindlimb motor function was evaluated with the BBB scale at 1, 3, 7, 14, 21 and 28 d after SCI "
            "{{reported_blinded_assessment|by two investigators who were blinded to the grouping}}."),
            ("h", "2.6. Statistical analysis"),
            ("Data are presented as mean ± SD. One-way ANOVA followed by Tukey's test was used; P < 0.05 was "
            "considered statistically significant."),
        ]),
        ("results", "3. Results", [
            ("h", "3.1. Characterization of exosomes"),
            ("Under TEM, Exo-NC and Exo-miR-145 showed a typical cup-like shape. NTA showed that the "
            "{{size_nm|peak size was 112 nm}}, and most particles were 50–150 nm in diameter. Western "
            "blotting showed CD9, CD63 and TSG101 expression, whereas calnexin was negative."),
            ("h", "3.2. Exo-miR-145 promoted functional recovery"),
            ("BBB scores are summarised in Table 1. There was no difference among the injured groups at 1 d and "
            "3 d. From 7 d, group E scored higher than groups C and D; on day 28 the score of group E was "
            "{bbb:E@28}, compared with {bbb:D@28} in group D and {bbb:C@28} in group C."),
            ("table", "Table 1", ("BBB scores of rats in each group at different time points after SCI "
             "(mean ± SD, n = 12)."),
             qspec(_BBB2, foot="A, sham; B, SCI; C, SCI + PBS; D, SCI + Exo-NC; E, SCI + Exo-miR-145. "
                   "Lesion area was measured on HE-stained sections at 28 d. <sup>a</sup>P < 0.05 vs. group C; "
                   "<sup>b</sup>P < 0.05 vs. group D.")),
            ("h", "3.3. Exo-miR-145 inhibited the TLR4/NF-κB pathway"),
            ("Western blot at 7 d showed lower TLR4, p-p65/p65 and IL-1β in group E than in group D, "
            "consistent with {{mechanism|TLR4/NF-κB pathway inhibition}} by exosomal miR-145-5p."),
        ]),
        ("discussion", "4. Discussion", [
            ("We show that miR-145-5p enrichment increases the benefit of hUCMSC exosomes after SCI. Native "
            "exosomes also improved BBB scores modestly, in line with previous studies in which 100 μg or "
            "200 μg exosomes were injected [5,11]; one of those reported 9.8 points at day 28 [11]."),
            ("Our study has limitations: only male rats were used, only one dose was tested, and the "
            "distribution of exosomes after tail-vein injection was not traced."),
        ]),
    ],
    back=[("Ethics statement", ("All animal procedures followed the Guide for the Care and Use of Laboratory "
                               "Animals and were approved by the Animal Ethics Committee of Jiangbei University.")),
          ("Conflict of interest", "{{reported_conflict_of_interest|The authors declare no conflict of interest.}}")],
    references=[POOL[0], POOL[1], POOL[2], POOL[3], POOL[4], POOL[5], POOL[6], POOL[7], POOL[8], POOL[9],
                POOL[10], POOL[11], POOL[12], POOL[13], POOL[14]],
    scores=_S2,
)


STUDIES = [BRUECKNER, CAO]
