"""Delta studies 1-3: journal-typeset BBB tables (continued table, landscape page, Mean | SD).

Everything is invented: authors, institutions, journals, numbers, references.
"""

from __future__ import annotations

from extgen.common import FOOTNOTE, MU, NB, POOL, TH, flat
from extgen.model import Scores, Study

from deltagen.journal import Habits, score, split_cells

# ---------------------------------------------------------------- 1: continued table, 3 doses
K_DAYS = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0, 35.0, 42.0]
K = Scores("BBB", "sem", [("Sham", "sham", 8), ("SCI + PBS", "control", 8), ("Exo-L", "other", 8),
                          ("Exo-M", "other", 8), ("Exo-H", "treatment", 8)], {
    "Sham": flat("Sham", K_DAYS, [(20.6, 0.3), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0),
                                  (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)]),
    "SCI + PBS": flat("SCI + PBS", K_DAYS, [(0.4, 0.2), (1.6, 0.4), (3.2, 0.5), (5.1, 0.6), (6.4, 0.6),
                                            (7.2, 0.7), (7.6, 0.7), (7.9, 0.8)]),
    "Exo-L": flat("Exo-L", K_DAYS, [(0.5, 0.2), (1.8, 0.4), (3.6, 0.5), (5.9, 0.6), (7.3, 0.7),
                                    (8.1, 0.7), (8.6, 0.8), (8.9, 0.8)]),
    "Exo-M": flat("Exo-M", K_DAYS, [(0.4, 0.2), (1.9, 0.5), (4.1, 0.6), (6.8, 0.7), (8.4, 0.7),
                                    (9.3, 0.8), (9.9, 0.8), (10.2, 0.9)]),
    "Exo-H": flat("Exo-H", K_DAYS, [(0.6, 0.3), (2.2, 0.5), (4.8, 0.6), (7.9, 0.7), (9.6, 0.8),
                                    (10.8, 0.8), (11.5, 0.9), (11.9, 0.9)]),
})


def _k_mark(group: str, day: float) -> str:
    if group == "Exo-H" and day >= 21:
        return "<sup>a,b</sup>"
    if group in ("Exo-M", "Exo-H") and day >= 14:
        return "<sup>a</sup>"
    return ""


K_GROUPS = ["Sham", "SCI + PBS", "Exo-L", "Exo-M", "Exo-H"]
K_TABLE = {
    "head": [[("", 1), ("BBB score", 5)],
             [("Time point", 1)] + [(f"{g} (n{NB}={NB}8)", 1) for g in K_GROUPS]],
    "body": [["Pre-injury", "21.0 ± 0.0", "21.0 ± 0.0", "21.0 ± 0.0", "21.0 ± 0.0", "21.0 ± 0.0"]]
    + [[f"Day {d:g}"] + [score(K, g, d, "pm", _k_mark(g, d)) for g in K_GROUPS] for d in K_DAYS],
    "split": 5,
    "first_col": 0.16,
    "foot": ("Data are mean ± SEM. <sup>a</sup><i>P</i> < 0.05 vs. SCI + PBS; <sup>b</sup><i>P</i> < 0.05 "
             "vs. Exo-L (two-way repeated-measures ANOVA, Tukey's post hoc test). Pre-injury scores were "
             "recorded 2 days before surgery."),
}

KIPLAGAT = (Study(
    stem="kiplagat2021_hucmsc_exo_doses_tailvein",
    layout="single",
    title="Dose-dependent locomotor recovery after intravenous human umbilical cord MSC exosomes in contused rats",
    short_title="Kiplagat et al.",
    authors=[("Daniel K.", "Kiplagat"), ("Ingrid", "Solberg"), ("Hyun-woo", "Paik"), ("Amara", "Okeke")],
    affiliations=["Department of Neurosurgery, Rift Valley Institute of Medical Research, Eldoret",
                  "Laboratory of Regenerative Neurobiology, Fjordland University, Tromsø"],
    journal="Journal of Spinal Repair Research", year=2021, volume="14(3):212–227",
    doi="10.5555/jsrr.2021.0314", pmid="99107301", pmcid="PMC9910731", received="2021-02-11",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 220, "high": 250}, "n_per_group": 8,
        "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T10",
        "source_tissue": "umbilical_cord", "source_species": "human",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "110,000 g 70 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 118.6, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 200, "unit": "ug", "volume_ul": 500, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 1.0,
        "mechanism": "suppression of NF-κB-driven neuroinflammation",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Exosomes released by mesenchymal stromal cells modulate the inflammatory response to "
         "spinal cord injury (SCI), but the dose that should be carried forward is unclear."),
        ("Methods", "Female Sprague-Dawley rats received a moderate T10 contusion and, 1 h later, a single tail-vein "
         "injection of PBS or human umbilical cord MSC exosomes (hUCMSC-Exo) at 50, 100 or 200 µg protein."),
        ("Results", "Locomotor recovery rose with dose; by day 42 the 200 µg group scored {bbb:Exo-H@42} on the BBB "
         "scale, against {bbb:SCI + PBS@42} after PBS."),
        ("Conclusion", "A single intravenous dose of 200 µg gave the largest benefit and was the best tolerated."),
    ],
    keywords=["spinal cord injury", "exosomes", "umbilical cord", "dose–response", "BBB"],
    sections=[
        ("intro", "1. Introduction", [
            "Traumatic spinal cord injury leaves most patients with lasting motor deficits, and the secondary wave of "
            "inflammation that follows the impact enlarges the lesion over days [1,3]. Exosomes are membrane vesicles "
            "of roughly 30–150 nm that carry proteins and small RNAs between cells [2], and vesicles secreted by "
            "mesenchymal stromal cells (MSCs) have improved hindlimb function in several rodent studies [5,11].",
            "Doses in published studies range from 20 µg to more than 400 µg of vesicle protein, and few groups have "
            "compared more than one dose in the same experiment [11]. Here we compared three doses given once through "
            "the tail vein and prespecified the highest as the primary arm.",
        ]),
        ("methods", "2. Materials and methods", [
            ("h", "2.1. Animals and ethics"),
            "{{species,strain,sex,body_weight_g|Adult female Sprague-Dawley rats (220–250 g)}} were obtained from "
            "the institutional breeding unit and housed three per cage on a 12 h light/dark cycle with food and "
            "water ad libitum. {{reported_welfare_compliance|All procedures were approved by the Animal Care and Use "
            "Committee of the Rift Valley Institute (protocol RV-2019-044)}} and followed the ARRIVE guidelines.",
            ("h", "2.2. Spinal cord injury"),
            "Under isoflurane anaesthesia (2–3% in oxygen) a laminectomy was performed at the T9–T10 vertebrae and "
            "{{injury_model,injury_device,injury_level|the exposed cord at T10 was contused with the NYU impactor}} "
            "(10 g rod dropped from 25 mm). Sham rats underwent laminectomy without impact. Bladders were expressed "
            "manually twice daily until reflex voiding returned.",
            ("h", "2.3. Cell culture and exosome isolation"),
            "{{source_tissue,source_species|Human umbilical cord MSCs}} (passages 3–5) were expanded in "
            "α-MEM with 10% exosome-depleted fetal bovine serum. Conditioned medium collected after 48 h was cleared "
            f"at 300 × g (10 min), 2000 × g (20 min) and 10{TH}000 × g (30 min), filtered (0.22 {MU}m) and "
            f"{{{{isolation_method,isolation_detail|ultracentrifuged at 110{TH}000 × g for 70 min}}}} at 4 °C; the "
            "pellet was washed once in PBS under the same conditions and resuspended in sterile PBS. Protein content "
            "was measured with a BCA assay.",
            ("h", "2.4. Characterisation"),
            "Vesicle morphology was examined by {{characterization|transmission electron microscopy}} after "
            "negative staining, and size distribution by {{characterization|nanoparticle tracking analysis}} "
            "(NanoSight NS300). {{characterization,markers|Western blotting detected CD9, CD63 and TSG101, while "
            "calnexin}} was absent from the vesicle lysate.",
            ("h", "2.5. Groups and treatment"),
            "{{reported_randomisation|Rats were randomly assigned by a computer-generated list}} to five groups "
            "({{n_per_group|n = 8 per group}}): Sham, SCI + PBS, and SCI + exosomes at 50 µg (Exo-L), 100 µg (Exo-M) "
            "or 200 µg (Exo-H). {{timing_post_injury_h,frequency|One hour after injury each rat received a single "
            "injection}} of {{dose|200 µg of exosomes in 500 µl PBS}} (Exo-H; Exo-L and Exo-M received 50 and "
            "100 µg in the same volume) {{route,route_detail|through the lateral tail vein}}; controls received "
            "500 µl PBS.",
            ("h", "2.6. Locomotor assessment"),
            "Hindlimb function was scored on the Basso, Beattie and Bresnahan (BBB) open-field scale before surgery "
            "and on days 1, 3, 7, 14, 21, 28, 35 and 42. {{reported_blinded_assessment|Two examiners blinded to "
            "group allocation}} scored each session of 4 min and their scores were averaged.",
            ("h", "2.7. Statistics"),
            "Scores were compared by two-way repeated-measures ANOVA with Tukey's post hoc test (GraphPad Prism 9); "
            "<i>P</i> < 0.05 was considered significant.",
        ]),
        ("results", "3. Results", [
            ("h", "3.1. Vesicle characteristics"),
            "Electron micrographs showed cup-shaped vesicles with an intact membrane. By NTA the preparation had "
            "{{size_nm|a mean diameter of 118.6 nm}} (mode 104.2 nm) and a concentration of 3.1 × 10<sup>11</sup> "
            "particles per ml.",
            ("h", "3.2. Locomotor recovery"),
            "All injured rats were paraplegic on day 1. Scores rose in every injured group over six weeks, and the "
            "separation from SCI + PBS grew with dose (Table 2). From day 14 the Exo-M and Exo-H groups differed from "
            "PBS-treated rats, and from day 21 Exo-H also exceeded Exo-L. On day 28 the Exo-H group reached "
            "{bbb:Exo-H@28} compared with {bbb:SCI + PBS@28} in the SCI + PBS group. One Exo-M rat developed a "
            "bladder infection but was retained; no animal died.",
            ("jtable", "Table 2", "BBB locomotor scores of the five groups before and after injury.", K_TABLE),
            "The dose–response was monotonic at each time point from day 14 onwards; Exo-L did not differ from "
            "SCI + PBS at any time.",
        ]),
        ("discussion", "4. Discussion", [
            "A single tail-vein injection of 200 µg hUCMSC-Exo gave the largest improvement, about four BBB points "
            "above PBS at six weeks. Earlier work using 100 µg reported a score of 12.5 at day 28 in a milder model "
            "[5], and vesicles of 40–100 nm were described by others for the same cell source [14].",
            "{{mechanism|The benefit is consistent with suppression of NF-κB-driven neuroinflammation}} in the first "
            "week after injury, which we did not measure directly here. Only female rats were used, and follow-up "
            "ended at six weeks.",
        ]),
    ],
    references=[POOL[i] for i in (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13)],
    scores=K,
    back=[("Ethics statement", "Approved by the Animal Care and Use Committee of the Rift Valley Institute "
           "(RV-2019-044)."),
          ("Conflict of interest", "{{reported_conflict_of_interest|The authors declare no competing interests.}}")],
    footnote=FOOTNOTE,
), Habits(banner="Journal of Spinal Repair Research · Vol. 14 · 2021", running_head="Kiplagat et al. · hUCMSC-Exo dose"))

# ---------------------------------------------------------------- 2: landscape table, native vs loaded
S_DAYS = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0, 42.0, 56.0]
S = Scores("BBB", "sd", [("Sham", "sham", 10), ("SCI + vehicle", "control", 10), ("sEV", "other", 10),
                         ("siPTEN-sEV", "treatment", 10)], {
    "Sham": flat("Sham", S_DAYS, [(21.0, 0.0)] * 8),
    "SCI + vehicle": flat("SCI + vehicle", S_DAYS, [(0.3, 0.5), (1.2, 0.8), (2.9, 1.0), (4.6, 1.2), (5.8, 1.3),
                                                    (6.5, 1.3), (7.1, 1.4), (7.4, 1.5)]),
    "sEV": flat("sEV", S_DAYS, [(0.4, 0.5), (1.5, 0.9), (3.6, 1.1), (5.9, 1.2), (7.2, 1.3), (8.0, 1.4),
                                (8.7, 1.4), (9.1, 1.5)]),
    "siPTEN-sEV": flat("siPTEN-sEV", S_DAYS, [(0.5, 0.6), (1.9, 0.9), (4.4, 1.1), (7.3, 1.2), (8.9, 1.2),
                                              (9.8, 1.3), (10.6, 1.1), (11.2, 1.2)]),
})


def _s_mark(group: str, day: float) -> str:
    if group == "siPTEN-sEV" and day >= 14:
        return "*#"
    if group in ("sEV", "siPTEN-sEV") and day >= 21:
        return "*"
    return ""


S_GROUPS = ["Sham", "SCI + vehicle", "sEV", "siPTEN-sEV"]
S_TABLE = {
    "landscape": True,
    "head": [[("Group", 1), ("Days post-injury", 8)], [("", 1)] + [(f"{d:g}", 1) for d in S_DAYS]],
    "body": [("BBB score",)]
    + [[g] + [score(S, g, d, "tight", _s_mark(g, d)) for d in S_DAYS] for g in S_GROUPS]
    + [("Inclined plane, maximum angle (°)",)]
    + [[g, "–", "–", f"{a:.1f}±{b:.1f}", f"{a + 4:.1f}±{b:.1f}", "–", f"{a + 7:.1f}±{b:.1f}", "–",
        f"{a + 9:.1f}±{b:.1f}"] for g, a, b in (("Sham", 58.0, 1.9), ("SCI + vehicle", 27.4, 2.6),
                                                ("sEV", 29.1, 2.4), ("siPTEN-sEV", 31.6, 2.2))],
    "first_col": 0.16,
    "foot": "*<i>P</i> < 0.05 vs. SCI + vehicle; #<i>P</i> < 0.05 vs. sEV (repeated-measures ANOVA with "
            "Bonferroni correction). –, not tested.",
}

SORLIE = (Study(
    stem="sorlie2020_rbmsc_sev_siptn_intrathecal",
    layout="single",
    title="PTEN-silencing small extracellular vesicles from rat bone marrow stromal cells improve hindlimb "
          "function after thoracic contusion",
    short_title="Sørlie et al.",
    authors=[("Marit", "Sørlie"), ("Tomás", "Echeverri"), ("Wen", "Li"), ("Yusuf", "Adebayo")],
    affiliations=["Centre for Neural Repair, Nordvik University Hospital, Bergen",
                  "Instituto de Biomedicina Andina, Medellín"],
    journal="Neurotrauma and Vesicle Reports", year=2020, volume="6:e20417",
    doi="10.5555/nvr.2020.20417", pmid="99107302", pmcid="PMC9910732", received="2020-05-03",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male", "body_weight_g": {"low": 250, "high": 280},
        "n_per_group": 10, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor",
        "injury_level": "T9", "source_tissue": "bone_marrow", "source_species": "rat",
        "modification": "siRNA PTEN loading",
        "isolation_method": ["ultrafiltration", "ultracentrifugation"], "isolation_detail": "100,000 g 90 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD81", "Alix", "TSG101", "GM130"],
        "size_nm": {"value": 104.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 5, "unit": "ug", "volume_ul": 10, "basis": "protein"},
        "route": "intrathecal", "route_detail": "lumbar puncture",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 2.0,
        "mechanism": "PTEN/PI3K/Akt signalling", "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[(None, "Phosphatase and tensin homologue (PTEN) restrains axon regrowth after spinal cord injury. We "
               "loaded small extracellular vesicles (sEVs) from rat bone marrow stromal cells with a PTEN siRNA by "
               "electroporation and delivered them intrathecally to Wistar rats 2 h after a T9 contusion. Loaded "
               "vesicles improved BBB scores over eight weeks compared with native sEVs and vehicle.")],
    keywords=["PTEN", "siRNA", "small extracellular vesicles", "intrathecal", "contusion"],
    sections=[
        ("intro", "Introduction", [
            "Axons of the adult spinal cord regrow poorly, partly because PTEN keeps the PI3K/Akt/mTOR pathway "
            "quiet in injured neurons [7,15]. Small extracellular vesicles are 50–200 nm carriers that cross into "
            "neural tissue and can be loaded with RNA [2,4]. We asked whether sEVs loaded with a PTEN siRNA would "
            "do more than native vesicles when injected into the cerebrospinal fluid.",
        ]),
        ("methods", "Methods", [
            ("h", "Animals"),
            "Forty {{species,strain,sex|male Wistar rats}} {{body_weight_g|weighing 250–280 g}} were used. "
            "{{reported_welfare_compliance|The study was approved by the Norwegian Food Safety Authority "
            "(FOTS 21877)}} and conducted in line with Directive 2010/63/EU.",
            ("h", "sEV production and loading"),
            "{{source_tissue,source_species|Bone marrow stromal cells were flushed from femurs of donor Wistar "
            "rats}} and used at passage 4. Serum-free conditioned medium (72 h) was centrifuged at 2000 × g, "
            "concentrated on 100 kDa filters and "
            f"{{{{isolation_method,isolation_detail|pelleted at 100{TH}000 × g for 90 min}}}} after the "
            f"{{{{isolation_method|ultrafiltration}}}} step. {{{{modification|Vesicles (50 {MU}g) were "
            "electroporated with 2 nmol PTEN siRNA}} (siPTEN-sEV); native sEVs were mock-electroporated.",
            "Particles were sized by {{characterization|NTA}} (ZetaView) and imaged by "
            "{{characterization|TEM}}; {{characterization,markers|immunoblots showed CD81, Alix and TSG101, and "
            "no GM130}}.",
            ("h", "Injury and treatment"),
            "After T8–T10 laminectomy, {{injury_model,injury_device,injury_level|a 200-kdyn contusion was "
            "delivered at T9 with the Infinite Horizon impactor}}. {{timing_post_injury_h,route,route_detail|Two "
            "hours later, vesicles were injected intrathecally by lumbar puncture}} between L5 and L6: "
            "{{dose|5 µg of sEV protein in 10 µl}} of artificial CSF, {{frequency|given once}}. SCI + vehicle rats "
            "received 10 µl artificial CSF.",
            ("h", "Behaviour"),
            "{{reported_blinded_assessment|Open-field locomotion was rated by an observer unaware of treatment}} "
            "on the BBB scale on days 1, 3, 7, 14, 21, 28, 42 and 56; the inclined-plane test was run on days 7, "
            "14, 28 and 56.",
        ]),
        ("results", "Results", [
            "NTA gave {{size_nm|a modal size of 104 nm}} for native and loaded vesicles alike, and electroporation "
            "did not change the marker profile. Loaded sEVs lowered PTEN protein in cultured cortical neurons by "
            "61%.",
            "Locomotor scores are listed in Table 3. Native sEVs improved scores from day 21, and siPTEN-sEV from "
            "day 14. At day 56, siPTEN-sEV rats reached {bbb:siPTEN-sEV@56}, native sEV rats {bbb:sEV@56} and "
            "vehicle rats {bbb:SCI + vehicle@56}. Inclined-plane angles followed the same order.",
            ("jtable", "Table 3", "Open-field (BBB) and inclined-plane performance. Values are mean ± SD; "
             "{{n_per_group|n = 10 rats per group}}.", S_TABLE),
        ]),
        ("discussion", "Discussion", [
            "{{mechanism|Knock-down of PTEN and activation of PI3K/Akt signalling}} in injured neurons is the "
            "most likely route to the extra four BBB points; a previous report with systemically injected "
            "vesicles (150 µg) saw a smaller gain [5]. The single time of injection and the absence of "
            "female rats limit the conclusions.",
        ]),
    ],
    references=[POOL[i] for i in (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15)],
    scores=S,
    back=[("Competing interests", "{{reported_conflict_of_interest|None declared.}}")],
    footnote=FOOTNOTE,
), Habits(banner="NEUROTRAUMA AND VESICLE REPORTS | Volume 6 | 2020", running_head="Sørlie et al.", serif=False,
          letter=True, rule_colour="#2a4d8f"))

# ---------------------------------------------------------------- 3: Mean | SD sub-columns
H_DAYS = [7.0, 14.0, 21.0, 28.0, 35.0, 42.0]
H = Scores("BBB", "sd", [("Sham", "sham", 6), ("SCI", "control", 6), ("SCI + EV", "treatment", 6),
                         ("SCI + dCM", "other", 6)], {
    "Sham": flat("Sham", H_DAYS, [(21.0, 0.0)] * 6),
    "SCI": flat("SCI", H_DAYS, [(2.5, 1.0), (4.3, 1.2), (5.6, 1.3), (6.2, 1.4), (6.6, 1.4), (6.9, 1.5)]),
    "SCI + EV": flat("SCI + EV", H_DAYS, [(3.4, 1.1), (6.1, 1.3), (7.9, 1.2), (8.8, 1.3), (9.5, 1.2),
                                          (9.8, 1.1)]),
    "SCI + dCM": flat("SCI + dCM", H_DAYS, [(2.7, 1.2), (4.6, 1.3), (5.9, 1.4), (6.5, 1.4), (6.8, 1.5),
                                            (7.1, 1.5)]),
})
H_GROUPS = ["Sham", "SCI", "SCI + EV", "SCI + dCM"]
H_TABLE = {
    "head": [[("Time", 1)] + [(g, 2) for g in H_GROUPS], [("", 1)] + [("Mean", 1), ("SD", 1)] * 4],
    "body": [["Baseline"] + ["21.0", "0.0"] * 4]
    + [[f"Week {d / 7:g}"] + [c for g in H_GROUPS for c in split_cells(H, g, d, "*" if g == "SCI + EV" and d >= 14 else "")]
       for d in H_DAYS],
    "first_col": 0.14,
    "foot": "*<i>P</i> < 0.05 vs. SCI at the same week (Mann–Whitney U test with Holm correction). Baseline: "
            "day −1.",
}

HIRVONEN = (Study(
    stem="hirvonen2019_hadsc_ev_clip_femoral",
    layout="single",
    title="Repeated femoral-vein delivery of adipose stromal cell extracellular vesicles after clip compression "
          "of the rat thoracic cord",
    short_title="Hirvonen et al.",
    authors=[("Aino", "Hirvonen"), ("Rafael", "Quintero"), ("Sanjay", "Balakrishnan"), ("Eun-ji", "Noh")],
    affiliations=["Neuroscience Unit, Lakeland University, Kuopio", "Department of Anatomy, Universidad del "
                  "Sur Andino, Cusco"],
    journal="Spinal Cord Regeneration Letters", year=2019, volume="11(2):88–101",
    doi="10.5555/scrl.2019.0088", pmid="99107303", pmcid="PMC9910733", received="2019-01-20",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "both", "body_weight_g": {"low": 230, "high": 270},
        "n_per_group": 6, "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T8",
        "source_tissue": "adipose", "source_species": "human", "modification": "none",
        "isolation_method": ["ultrafiltration", "size_exclusion"], "isolation_detail": "qEVoriginal 70 nm",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD63", "CD81", "HSP70", "calnexin"],
        "size_nm": {"value": 96.4, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 2e10, "unit": "particles", "volume_ul": 300, "basis": "particles"},
        "route": "intravenous", "route_detail": "femoral vein",
        "frequency": {"doses": 3, "interval_h": 24}, "timing_post_injury_h": 24.0,
        "mechanism": "NLRP3 inflammasome inhibition", "reported_randomisation": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[("Objective", "To test whether extracellular vesicles (EVs) from human adipose-derived stromal "
               "cells, given intravenously on three consecutive days, improve recovery after compressive SCI."),
              ("Design", "Sprague-Dawley rats of both sexes; 1-min clip compression at T8; EVs or EV-depleted "
               "medium via the femoral vein from 24 h."),
              ("Findings", "EV-treated rats scored higher on the BBB scale from week 2 to week 6.")],
    keywords=["adipose stromal cells", "extracellular vesicles", "clip compression", "NLRP3"],
    sections=[
        ("intro", "Introduction", [
            "Compression injuries dominate clinical SCI, and the inflammasome is activated within hours of the "
            "insult [3]. Extracellular vesicles from adipose-derived stromal cells are easy to produce in "
            "quantity [2], yet most rat studies use a single bolus. Doses of 1 × 10<sup>9</sup> to "
            "1 × 10<sup>11</sup> particles have been reported [11].",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Animals"),
            "{{species,strain,sex|Twelve male and twelve female Sprague-Dawley rats}} ({{body_weight_g|230–270 g}}) "
            "were housed in pairs. {{reported_welfare_compliance|Experiments were authorised by the regional animal "
            "experiment board (ESAVI/4411/2017)}}. {{reported_randomisation|Allocation used sealed envelopes "
            "drawn at random}}, and {{n_per_group|six rats per group}} (three of each sex) were assigned to Sham, "
            "SCI, SCI + EV or SCI + dCM.",
            ("h", "Clip compression"),
            "Through a T7–T9 laminectomy, {{injury_model,injury_device,injury_level|the cord was compressed at T8 "
            "for 1 min with a modified aneurysm clip}} (closing force 35 g). Sham animals had the laminectomy only.",
            ("h", "EV preparation"),
            "{{source_tissue,source_species|Adipose-derived stromal cells from lipoaspirates of three healthy human "
            "donors}} were grown to passage 4 and switched to serum-free medium for 48 h. After 2000 × g (15 min), "
            "the medium was {{isolation_method|concentrated with Amicon Ultra-15 100 kDa filters}} and fractionated "
            "on {{isolation_method,isolation_detail|qEVoriginal 70 nm size-exclusion columns}}; fractions 7–9 were "
            "pooled. {{modification|The vesicles were used native, without loading or preconditioning.}} dCM is the "
            "EV-depleted flow-through of the same columns.",
            "Size and concentration were read by {{characterization|nanoparticle tracking}} (NanoSight LM10), "
            "morphology by {{characterization|TEM}}, and {{characterization,markers|western blots probed CD63, "
            "CD81, HSP70 and calnexin}}.",
            ("h", "Treatment"),
            "{{timing_post_injury_h,frequency|Starting 24 h after injury, rats were injected once daily for three "
            "days}} {{route,route_detail|into the femoral vein}} with {{dose|2 × 10<sup>10</sup> particles in "
            "300 µl}} of PBS (SCI + EV) or 300 µl dCM; the SCI group was left untreated.",
            ("h", "Outcome"),
            "BBB scores were recorded the day before surgery and weekly for six weeks by two raters who agreed "
            "on a consensus score.",
        ]),
        ("results", "Results", [
            "The EVs had {{size_nm|a modal diameter of 96.4 nm}} by NTA (mean 121 nm) and appeared as round, "
            "cup-shaped particles by TEM. CD63, CD81 and HSP70 were enriched over cell lysate and calnexin was not "
            "detected.",
            "No animal was lost. EV-treated rats outperformed untreated rats from week 2 (Table 2); at week 6 "
            "the SCI + EV group scored {bbb:SCI + EV@42|paren} and the SCI group {bbb:SCI@42|paren} (mean (SD)). "
            "dCM had no effect. Female and male rats did not differ.",
            ("jtable", "Table 2", "Weekly BBB scores.", H_TABLE),
        ]),
        ("discussion", "Discussion", [
            "Three daily femoral-vein doses of native adipose EVs gave a sustained gain of about three BBB points. "
            "{{mechanism|We attribute this to NLRP3 inflammasome inhibition}}, as IL-1β and cleaved caspase-1 "
            "fell in cord homogenates at day 3. Vesicles of 30–150 nm from other sources have acted similarly "
            "[5].",
        ]),
    ],
    references=[POOL[i] for i in (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)],
    scores=H,
    back=[("Ethics", "Regional animal experiment board, ESAVI/4411/2017."),
          ("Declaration of interest", "{{reported_conflict_of_interest|The authors report no conflicts of "
           "interest.}}")],
    footnote=FOOTNOTE,
), Habits(banner="Spinal Cord Regeneration Letters 11(2)", running_head="HIRVONEN ET AL."))

STUDIES = [KIPLAGAT, SORLIE, HIRVONEN]
