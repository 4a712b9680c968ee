"""Meadow studies, part A: two Chinese labs and a Japanese lab (everything invented)."""

from __future__ import annotations

from extgen.common import FOOTNOTE, MU, NB, POOL, TH, day_fmt, flat
from extgen.model import Scores, Study

from habits import HABITS

# --- 1. China (lab 1): NYU contusion, single tail-vein dose, table with days across (SD) ----
_D1 = [1, 3, 7, 14, 21, 28]
PEI = Study(
    stem="pei2021_hbmsc_exo_nyu_tailvein_pyroptosis",
    layout="twocol",
    title="Human bone marrow mesenchymal stem cell-derived exosomes attenuate pyroptosis and promote "
          "locomotor recovery after spinal cord contusion in rats",
    short_title="BMSC-Exos and pyroptosis after SCI",
    authors=[("Xiaoming", "Pei"), ("Jun", "Lou"), ("Hui", "Gao"), ("Weiqiang", "Tan"), ("Lin", "Fu")],
    affiliations=["Department of Orthopaedics, Second Affiliated Hospital of Eastern Coastal Medical University, Qingdao, China",
                  "Institute of Spinal Repair, Eastern Coastal Medical University, Qingdao, China"],
    journal="Journal of Orthopaedic Neuroregeneration",
    year=2021, volume="14(3):e2107", doi="10.5555/jon.2021.2107", pmid="99100811", pmcid="PMC9910811",
    received="2021-03-18",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 220, "high": 250}, "n_per_group": 10,
        "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T10",
        "source_tissue": "bone_marrow", "source_species": "human",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 × g 70 min",
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
        ("Background", "Pyroptosis amplifies secondary injury after spinal cord injury (SCI). Whether exosomes "
         "secreted by human bone marrow mesenchymal stem cells (hBMSCs) modulate this process is unclear."),
        ("Methods", "Exosomes (BMSC-Exos) were isolated by differential ultracentrifugation and injected through the "
         "tail vein of rats 30 min after a T10 contusion. Locomotion was scored with the BBB scale for 28 days."),
        ("Results", "BMSC-Exos reduced NLRP3, cleaved caspase-1 and GSDMD-N in the lesion and improved hindlimb "
         "function from day 7 onwards."),
        ("Conclusion", "BMSC-Exos promote functional recovery after SCI, at least partly by suppressing pyroptosis."),
    ],
    keywords=["spinal cord injury", "exosomes", "bone marrow mesenchymal stem cells", "pyroptosis", "NLRP3"],
    sections=[
        ("intro", "1. Introduction", [
            "Spinal cord injury (SCI) causes permanent motor and sensory loss, and no treatment restores function "
            "reliably [1]. After the primary impact, inflammation, oedema and cell death spread the damage over days [3].",
            "Exosomes are membrane vesicles of 30–150 nm released by almost all cells, and those from mesenchymal stem "
            "cells carry proteins and RNAs that dampen inflammation [2]. Earlier rat studies gave 100–400 " + MU + "g "
            "of MSC exosomes and reported gains of three to four BBB points [5,11]. Here we asked whether hBMSC "
            "exosomes act on pyroptosis, a lytic inflammatory cell death driven by the NLRP3 inflammasome.",
        ]),
        ("methods", "2. Materials and methods", [
            ("h", "2.1. Animals"),
            "Adult {{sex,species,strain|female Sprague-Dawley rats}} ({{body_weight_g|220–250 g}}) were purchased "
            "from the university animal centre and housed under a 12 h light/dark cycle with free access to food and water. "
            "All procedures were approved by the Animal Ethics Committee of Eastern Coastal Medical University "
            "(approval No. ECMU-2019-0412).",
            ("h", "2.2. SCI model"),
            "Rats were anaesthetised with 2% pentobarbital sodium (40 mg/kg, i.p.). After laminectomy at the T10 level, "
            "{{injury_model,injury_device,injury_level|a moderate contusion was produced with the NYU impactor "
            "(10 g rod dropped from 25 mm) at T10}}. Bladders were expressed manually twice a day until reflex voiding returned.",
            ("h", "2.3. Isolation and identification of exosomes"),
            "{{source_tissue,source_species|hBMSCs were purchased from a commercial cell bank and cultured in "
            "α-MEM}} with 10% exosome-depleted FBS; passages 3–5 were used. Conditioned medium (48 h) was "
            "centrifuged at 300 × g for 10 min, 2000 × g for 20 min and 10" + TH + "000 × g for 30 min, and "
            "{{isolation_method,isolation_detail|the supernatant was ultracentrifuged at 100,000 × g for 70 min}} "
            "(Beckman Optima XPN-100). The pellet was washed in PBS, spun again at the same speed and resuspended in PBS.",
            "{{characterization|Exosome morphology was observed by transmission electron microscopy (TEM), particle size "
            "was measured by nanoparticle tracking analysis (NTA, NanoSight NS300), and marker proteins were detected by "
            "western blot}}. {{markers|Antibodies against CD9, CD63 and TSG101 were used, with calnexin as a negative "
            "control}}. Protein content was measured with a BCA kit.",
            ("h", "2.4. Grouping and treatment"),
            "A total of 45 rats were used. {{reported_randomisation,n_per_group|Rats were randomly divided into three groups "
            "(n = 10 per group)}}: Sham (laminectomy only), SCI (contusion followed by PBS) and SCI + BMSC-Exos; "
            "the remaining rats were used for western blot and histology. {{dose,route,route_detail,timing_post_injury_h|"
            "At 30 min after injury, 200 " + MU + "g of BMSC-Exos in 200 " + MU + "l PBS was injected via the tail vein}}; "
            "{{frequency|the injection was given once}}. The SCI group received the same volume of PBS.",
            ("h", "2.5. Behavioural assessment"),
            "Hindlimb locomotion was evaluated with the Basso, Beattie and Bresnahan (BBB) scale on days 1, 3, 7, 14, 21 "
            "and 28 after injury. {{reported_blinded_assessment|Two investigators who were blinded to the grouping scored "
            "each rat for 4 min}} in an open field.",
            ("h", "2.6. Statistical analysis"),
            "Data are presented as mean ± SD. Differences among groups were analysed by one-way ANOVA with Tukey's post hoc "
            "test (repeated-measures ANOVA for BBB scores) in SPSS 22.0; P < 0.05 was considered significant.",
        ]),
        ("results", "3. Results", [
            ("h", "3.1. Characterisation of BMSC-Exos"),
            "Under TEM the vesicles were round or cup-shaped with a bilayer membrane. {{size_nm|NTA showed a mean diameter "
            "of 118.6 nm}} and a concentration of 2.4 × 10<sup>11</sup> particles/ml. CD9, CD63 and TSG101 were "
            "enriched in the exosomes, whereas calnexin was detected only in cell lysates.",
            ("h", "3.2. BMSC-Exos improve locomotor recovery"),
            "All injured rats were paraplegic on day 1 (Table 1). From day 7 the BBB scores of the SCI + BMSC-Exos group "
            "exceeded those of the SCI group, and on day 28 they reached {bbb:SCI + BMSC-Exos@28} versus "
            "{bbb:SCI@28} (P < 0.01). Sham rats kept normal locomotion throughout.",
            ("table", "Table 1", "BBB scores of each group at different time points (mean ± SD, n = 10).",
             {"orient": "cols", "days": _D1, "groups": ["Sham", "SCI", "SCI + BMSC-Exos"], "day_fmt": day_fmt,
              "corner": "Group"}),
            ("h", "3.3. BMSC-Exos suppress pyroptosis"),
            "Western blot at day 3 showed that NLRP3, ASC, cleaved caspase-1 and GSDMD-N were all lower in the "
            "SCI + BMSC-Exos group than in the SCI group, and IL-1β and IL-18 in the cord fell by about half.",
        ]),
        ("discussion", "4. Discussion", [
            "{{mechanism|Our data indicate that BMSC-Exos promote recovery by inhibiting NLRP3 inflammasome-mediated "
            "pyroptosis}} of neurons and microglia. Zhang and colleagues injected 400 " + MU + "g of exosomes and reported "
            "BBB scores near 12 at four weeks [5], similar to our results. Exosomes carry many cargoes, and which of them "
            "block the inflammasome remains to be identified [15].",
            "This study has limitations: only female rats were used, a single dose was tested, and the follow-up was limited "
            "to 28 days.",
        ]),
    ],
    references=POOL[:6] + POOL[10:11] + POOL[14:16],
    scores=Scores("BBB", "sd", [("Sham", "sham", 10), ("SCI", "control", 10), ("SCI + BMSC-Exos", "treatment", 10)], {
        "Sham": flat("Sham", _D1, [(21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)]),
        "SCI": flat("SCI", _D1, [(0.4, 0.5), (1.6, 0.8), (3.9, 1.1), (6.2, 1.3), (7.4, 1.2), (8.1, 1.4)]),
        "SCI + BMSC-Exos": flat("SCI + BMSC-Exos", _D1, [(0.5, 0.5), (2.1, 0.9), (5.6, 1.2), (8.7, 1.5), (10.3, 1.4), (11.6, 1.6)]),
    }),
    back=[("Ethics statement", "{{reported_welfare_compliance|All animal experiments were approved by the Animal Ethics "
           "Committee of Eastern Coastal Medical University}} and followed the national guide for the care and use of "
           "laboratory animals."),
          ("Conflict of interest", "{{reported_conflict_of_interest|The authors declare no conflict of interest.}}"),
          ("Funding", "Supported by the (invented) Coastal Natural Science Foundation, grant CNSF-2019-88.")],
    footnote=FOOTNOTE,
)
HABITS[PEI.stem] = {"footer"}


# --- 2. China (lab 2): miR-338-5p exosomes beside native ones, daily x3, merged-header table (SEM) --
_D2 = [1, 3, 7, 14, 21, 28]
_G2 = ["Sham", "SCI + PBS", "SCI + Exo-NC", "SCI + Exo-miR338"]
_M2 = {("SCI + Exo-miR338", d): "*#" for d in (14, 21, 28)}
_M2.update({("SCI + Exo-NC", d): "*" for d in (21, 28)})
_M2.update({("SCI + Exo-miR338", 7): "*"})
CUAN = Study(
    stem="cuan2022_hucmsc_mir338_exo_daily_tailvein",
    layout="single",
    title="Exosomes from miR-338-5p-overexpressing human umbilical cord mesenchymal stem cells promote "
          "functional recovery after spinal cord injury via the PTEN/PI3K/AKT pathway",
    short_title="Exo-miR338 in rat SCI",
    authors=[("Lihua", "Cuan"), ("Zhenyu", "Ma"), ("Qian", "Shi"), ("Rui", "Deng"), ("Kai", "Yu"), ("Bo", "Han")],
    affiliations=["Department of Spine Surgery, Western Plateau Provincial People's Hospital, Xining, China",
                  "Key Laboratory of Regenerative Medicine (invented), Xining, China"],
    journal="Stem Cell Research and Repair",
    year=2022, volume="9:118", doi="10.5555/scrr.2022.0118", pmid="99100812", pmcid="PMC9910812",
    received="2022-01-09",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male",
        "body_weight_g": {"low": 250, "high": 280}, "n_per_group": 8,
        "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T10",
        "source_tissue": "umbilical_cord", "source_species": "human",
        "modification": "miR-338-5p overexpression",
        "isolation_method": ["ultrafiltration", "ultracentrifugation"], "isolation_detail": "120,000 × g 90 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "CD81", "Alix", "calnexin"],
        "size_nm": {"value": 103.5, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 500, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 3, "interval_h": 24}, "timing_post_injury_h": 2,
        "mechanism": "miR-338-5p targeting PTEN to activate PI3K/AKT signalling",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "MicroRNAs packed into mesenchymal stem cell exosomes may explain much of their benefit after spinal cord "
         "injury (SCI). We overexpressed miR-338-5p in human umbilical cord mesenchymal stem cells (hUCMSCs) with a "
         "lentivirus and collected their exosomes (Exo-miR338); exosomes from cells carrying an empty vector (Exo-NC) "
         "served as a comparator. Rats with weight-drop contusion at T10 received exosomes through the tail vein once a "
         "day for three days. Exo-miR338 reduced neuronal apoptosis, lowered PTEN, raised phosphorylated AKT and improved "
         "Basso–Beattie–Bresnahan (BBB) scores more than Exo-NC. Blocking PI3K with LY294002 abolished the effect."),
    ],
    keywords=["spinal cord injury", "hUCMSC", "exosome", "miR-338-5p", "PTEN", "apoptosis"],
    sections=[
        ("intro", "Introduction", [
            "Traumatic spinal cord injury (SCI) affects more than 250" + NB + "000 people worldwide each year [1]. "
            "Secondary injury, including apoptosis of neurons and oligodendrocytes, expands the lesion in the weeks after trauma [3,13].",
            "Exosomes, with diameters of about 40–160 nm, transfer microRNAs between cells [2,15]. Our previous work showed that "
            "hUCMSC exosomes given at 200 " + MU + "g improved BBB scores by about 2 points [11]. miR-338-5p is abundant in the "
            "nervous system and predicted to target PTEN, a brake on PI3K/AKT survival signalling.",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Animals and ethics"),
            "{{sex,species,strain,body_weight_g|Male Sprague-Dawley rats (8 weeks old, 250–280 g)}} were obtained from a "
            "licensed supplier. {{reported_welfare_compliance|The study was approved by the Institutional Animal Care and Use "
            "Committee of Western Plateau Provincial People's Hospital}} (No. 2020-117) and conformed to the ARRIVE guidelines.",
            ("h", "Cell culture and lentiviral transfection"),
            "{{source_tissue,source_species|hUCMSCs were isolated from human umbilical cords of full-term caesarean "
            "deliveries}} with informed consent and identified by flow cytometry (CD73+, CD90+, CD105+, CD34−, CD45−). "
            "{{modification|Cells at passage 4 were transfected with lentivirus carrying miR-338-5p (LV-miR-338-5p) or an "
            "empty vector (LV-NC)}}; transfection efficiency was confirmed by qRT-PCR (about 16-fold increase).",
            ("h", "Exosome isolation and identification"),
            "After 48 h in serum-free medium, the supernatant was cleared at 2000 × g for 30 min, filtered through a 0.22 "
            + MU + "m membrane and {{isolation_method|concentrated with 100 kDa ultrafiltration tubes (Amicon Ultra-15), "
            "then ultracentrifuged}} {{isolation_detail|at 120,000 × g for 90 min at 4 °C}} twice. "
            "{{characterization|Exosomes were identified by TEM, NTA (ZetaView) and western blotting}} for "
            "{{markers|CD63, CD81 and Alix; calnexin served as a negative marker}}.",
            ("h", "SCI model and treatment"),
            "Rats were anaesthetised with isoflurane and the T10 lamina was removed. "
            "{{injury_model,injury_device,injury_level|A modified Allen's weight-drop device (10 g, 50 mm height) was "
            "used to contuse the spinal cord at T10}}. Successful injury was confirmed by tail spasm and hindlimb retraction.",
            "{{reported_randomisation|Forty rats were allocated to five groups using a random number table}} "
            "({{n_per_group|n = 8 per group}}): Sham, SCI + PBS, SCI + Exo-NC, SCI + Exo-miR338 and SCI + Exo-miR338 + "
            "LY294002 (the last group is reported in the Supplementary material). {{dose,route,route_detail|Exosomes (100 "
            + MU + "g in 500 " + MU + "L PBS) were injected through the tail vein}} {{timing_post_injury_h,frequency|2 h "
            "after injury and then once daily for 3 consecutive days}}, 3 injections in total. Controls received PBS.",
            ("h", "Behavioural test"),
            "{{reported_blinded_assessment|Locomotor function was assessed with the BBB scale by two observers unaware of "
            "the group allocation}} at 1, 3, 7, 14, 21 and 28 days post-injury (dpi).",
            ("h", "Statistics"),
            "Results are expressed as mean ± SEM and were analysed in GraphPad Prism 8 by two-way repeated-measures ANOVA "
            "followed by Bonferroni's test.",
        ]),
        ("results", "Results", [
            ("h", "miR-338-5p is enriched in Exo-miR338"),
            "Both exosome preparations showed cup-shaped vesicles under TEM. {{size_nm|The peak size measured by NTA was "
            "103.5 nm}} for Exo-miR338 and 105.2 nm for Exo-NC, and miR-338-5p was 12.4-fold higher in Exo-miR338.",
            ("h", "Exo-miR338 improves hindlimb function"),
            "BBB scores are listed in Table 1. The two exosome groups separated from SCI + PBS after the first week; at 28 dpi "
            "the SCI + Exo-miR338 group scored {bbb:SCI + Exo-miR338@28}, higher than both SCI + Exo-NC "
            "({bbb:SCI + Exo-NC@28}) and SCI + PBS ({bbb:SCI + PBS@28}).",
            ("table", "Table 1", "Basso–Beattie–Bresnahan scores after SCI (mean ± SEM; n = 8 rats per group).",
             {"orient": "cols", "days": _D2, "groups": _G2, "day_fmt": lambda d: f"{d:g} dpi", "corner": "Group",
              "merged": "BBB score", "marks": _M2,
              "foot": "* P < 0.05 vs. SCI + PBS; # P < 0.05 vs. SCI + Exo-NC (two-way repeated-measures ANOVA)."}),
            ("h", "Exo-miR338 targets PTEN and activates AKT"),
            "A luciferase assay confirmed binding of miR-338-5p to the 3′-UTR of PTEN. In the cord at 7 dpi, PTEN was "
            "reduced and p-AKT/AKT increased 2.1-fold in the Exo-miR338 group; TUNEL-positive cells fell from 38.6% to 17.2%.",
        ]),
        ("discussion", "Discussion", [
            "{{mechanism|These findings suggest that exosomal miR-338-5p targets PTEN and activates PI3K/AKT signalling}}, "
            "which protects neurons from apoptosis. Native exosomes also helped, in line with reports using 200–400 " + MU
            + "g doses [5,11], but less than the engineered vesicles.",
            "Several limitations apply. Only male rats were studied, the distribution of the exosomes was not traced, and we "
            "did not test other dosing regimens.",
        ]),
    ],
    references=POOL[:3] + POOL[4:5] + POOL[10:15],
    scores=Scores("BBB", "sem", [("Sham", "sham", 8), ("SCI + PBS", "control", 8), ("SCI + Exo-NC", "other", 8),
                                 ("SCI + Exo-miR338", "treatment", 8)], {
        "Sham": flat("Sham", _D2, [(21.0, 0.0)] * 6),
        "SCI + PBS": flat("SCI + PBS", _D2, [(0.3, 0.2), (1.1, 0.3), (3.0, 0.5), (5.1, 0.6), (6.3, 0.6), (7.0, 0.7)]),
        "SCI + Exo-NC": flat("SCI + Exo-NC", _D2, [(0.4, 0.2), (1.3, 0.4), (3.6, 0.5), (6.4, 0.6), (8.0, 0.7), (8.9, 0.7)]),
        "SCI + Exo-miR338": flat("SCI + Exo-miR338", _D2, [(0.4, 0.2), (1.5, 0.4), (4.4, 0.6), (8.1, 0.7), (10.2, 0.8), (11.4, 0.8)]),
    }),
    back=[("Ethics approval", "Animal experiments were approved by the Institutional Animal Care and Use Committee of "
           "Western Plateau Provincial People's Hospital (No. 2020-117)."),
          ("Competing interests", "{{reported_conflict_of_interest|The authors declare that they have no competing "
           "interests.}}"),
          ("Data availability", "The data are available from the corresponding author on reasonable request.")],
    footnote=FOOTNOTE,
)
HABITS[CUAN.stem] = {"merged"}

# --- 3. Japan: Infinite Horizon, rat BM-MSC sEVs by UF + SEC, weekly intrathecal, BBB in text -------
_D3 = [7, 14, 28, 42]
YOKOMIZO = Study(
    stem="yokomizo2020_rbmsc_sev_ih_weekly_intrathecal",
    layout="single",
    title="Repeated intrathecal administration of small extracellular vesicles from rat bone marrow stromal cells "
          "in the subacute phase of thoracic spinal cord contusion",
    short_title="Subacute intrathecal sEVs after SCI",
    authors=[("Haruka", "Yokomizo"), ("Shintaro", "Ide"), ("Mariko", "Kusakabe"), ("Takeshi", "Oda")],
    affiliations=["Department of Orthopaedic Surgery, Hokuriku Graduate School of Medicine (invented), Kanazawa, Japan"],
    journal="Neurotrauma Reports East",
    year=2020, volume="5(2):211–224", doi="10.5555/nre.2020.05.211", pmid="99100813", pmcid="PMC9910813",
    received="2019-11-27",
    values={
        "species": "rat", "strain": "Wistar", "sex": "female",
        "body_weight_g": {"low": 200, "high": 230}, "n_per_group": 8,
        "injury_model": "contusion", "injury_device": "Infinite Horizon impactor", "injury_level": "T10",
        "source_tissue": "bone_marrow", "source_species": "rat", "modification": "none",
        "isolation_method": ["ultrafiltration", "size_exclusion"], "isolation_detail": "Amicon Ultra-15 100 kDa; qEVoriginal 70 nm",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD63", "CD81", "Alix", "GM130"],
        "size_nm": {"value": 96.4, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 1e9, "unit": "particles", "volume_ul": 10, "basis": "particles"},
        "route": "intrathecal", "route_detail": "lumbar intrathecal catheter",
        "frequency": {"doses": 3, "interval_h": 168}, "timing_post_injury_h": 72,
        "mechanism": "suppression of reactive astrogliosis and glial scar formation",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Purpose", "Most vesicle studies in spinal cord injury (SCI) treat within an hour of the impact. We tested whether "
         "small extracellular vesicles (sEVs) from rat bone marrow stromal cells (BMSCs) are effective when started in "
         "the subacute phase."),
        ("Methods", "Female Wistar rats received a 200-kdyn contusion at T10. From day 3, sEVs or vehicle were delivered "
         "weekly through a lumbar intrathecal catheter (three doses). Hindlimb function was rated with the BBB scale for "
         "six weeks."),
        ("Results", "sEV-treated rats walked better from week 2 and had smaller GFAP-positive scar areas."),
        ("Conclusions", "Subacute, repeated intrathecal sEVs improve recovery after SCI in rats."),
    ],
    keywords=["small extracellular vesicles", "bone marrow stromal cells", "intrathecal", "subacute", "glial scar"],
    sections=[
        ("intro", "Introduction", [
            "Clinical trials of cell therapy for spinal cord injury (SCI) usually begin days after the injury, whereas most "
            "animal studies of extracellular vesicles give them immediately [1,8]. Small extracellular vesicles (sEVs; "
            "<200 nm) carry proteins and microRNAs of their parent cells [2].",
            "Whether timing matters has rarely been tested. In a previous study, a single intravenous dose of 2 × 10<sup>10</sup> "
            "particles given 1 h after injury improved BBB scores to about 9 at 4 weeks [5]. Here we started treatment on day 3.",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Animals"),
            "Thirty-two {{sex,strain,species|female Wistar rats}} aged 9–10 weeks ({{body_weight_g|200–230 g}}) were used. "
            "{{reported_welfare_compliance|All experiments were approved by the Animal Experiment Committee of Hokuriku Graduate "
            "School of Medicine and performed according to its guidelines}}.",
            ("h", "Preparation of BMSC-derived sEVs"),
            "{{source_tissue,source_species|BMSCs were harvested from the femurs and tibias of 4-week-old Wistar rats}} and "
            "expanded to passage 4. {{modification|No genetic modification or preconditioning was applied; native sEVs were "
            "used}}. Conditioned medium (48 h, serum-free) was cleared (2000 × g, 20 min), passed through a 0.22-" + MU + "m "
            "filter, {{isolation_method,isolation_detail|concentrated with Amicon Ultra-15 100 kDa filters and purified on "
            "qEVoriginal 70 nm size-exclusion columns}} (fractions 7–9 were pooled).",
            "{{characterization|Particle size and number were measured by NTA (NanoSight LM10), morphology by TEM, and "
            "proteins by western blotting}} ({{markers|CD63, CD81 and Alix, with GM130 as a negative control}}).",
            ("h", "Spinal cord injury and catheter placement"),
            "Under isoflurane anaesthesia, a laminectomy was performed at T10 and "
            "{{injury_model,injury_device,injury_level|a 200-kdyn contusion was delivered with the Infinite Horizon impactor "
            "(Precision Systems and Instrumentation) to the T10 cord}}. A PE-10 catheter was then inserted intrathecally at "
            "L5–L6 and its tip placed at the lumbar enlargement, as described previously [8].",
            ("h", "Study design"),
            "{{reported_sample_size_calculation|The sample size was calculated from a pilot study (difference of 2.5 BBB "
            "points, SD 1.7, power 0.8, α 0.05)}}, which gave 7 animals per group; to allow for losses "
            "{{n_per_group|eight rats per group}} were used. {{reported_randomisation|Rats were assigned to groups by "
            "computer-generated random numbers after injury}}. Groups were Sham (laminectomy only), PBS and sEV. "
            "{{dose,route,route_detail|sEVs (1 × 10<sup>9</sup> particles in 10 " + MU + "L PBS) were infused through the "
            "lumbar intrathecal catheter}} {{timing_post_injury_h,frequency|on days 3, 10 and 17 after injury (three doses "
            "at 1-week intervals)}}; the PBS group received 10 " + MU + "L PBS on the same days.",
            ("h", "Functional evaluation"),
            "{{reported_blinded_assessment|Two examiners blinded to treatment scored open-field locomotion using the BBB "
            "scale}} weekly for 6 weeks. The inclined plane test was performed at week 6.",
            ("h", "Statistics"),
            "Values are mean ± SEM. BBB scores were compared by two-way repeated-measures ANOVA with Sidak's test.",
        ]),
        ("results", "Results", [
            ("h", "Characteristics of the sEVs"),
            "TEM showed cup-shaped vesicles of 50–150 nm. {{size_nm|By NTA the mode diameter was 96.4 nm}}, and the yield "
            "was 3.1 × 10<sup>9</sup> particles per 10<sup>6</sup> cells.",
            ("h", "Locomotor recovery"),
            "Two rats in the PBS group and one in the sEV group died of urinary infection in the first week and were replaced "
            "before treatment, so each group was analysed with eight rats. At week 1, BBB scores did not differ between the PBS "
            "({bbb:PBS@7}) and sEV groups ({bbb:sEV@7}). From week 2 the sEV group scored higher "
            "({bbb:sEV@14} vs {bbb:PBS@14}), and at week 4 the scores were {bbb:sEV@28} and {bbb:PBS@28}, respectively.",
            "At the final assessment (week 6), sEV-treated rats reached {bbb:sEV@42}, whereas PBS rats remained at "
            "{bbb:PBS@42} (P = 0.003); most sEV rats showed frequent plantar stepping with occasional coordination. The "
            "maximum angle on the inclined plane was 44.5 ± 1.8° versus 37.0 ± 2.1°.",
            ("figure", "Figure 2", "Time course of BBB scores (mean ± SEM, n = 8). At week 6: Sham {bbb:Sham@42}; PBS "
             "{bbb:PBS@42}; sEV {bbb:sEV@42}.",
             {"days": _D3, "groups": ["Sham", "PBS", "sEV"], "x": "weeks"}),
            ("h", "Glial scar"),
            "GFAP-positive area at the lesion border was reduced by 41% in the sEV group at week 6, and more 5-HT-positive "
            "fibres were found caudal to the lesion.",
        ]),
        ("discussion", "Discussion", [
            "Starting treatment 3 days after injury still improved locomotion by about 3 BBB points. "
            "{{mechanism|The sEVs appear to act by suppressing reactive astrogliosis and glial scar formation}}, which may "
            "allow serotonergic fibres to grow across the lesion [13,16].",
            "Intrathecal delivery needs fewer particles than intravenous delivery, where up to 1 × 10<sup>11</sup> particles "
            "have been used [5]. Limitations include the female-only cohort and the absence of a dose–response study.",
        ]),
    ],
    references=POOL[:2] + POOL[4:5] + POOL[7:8] + POOL[12:16],
    scores=Scores("BBB", "sem", [("Sham", "sham", 8), ("PBS", "control", 8), ("sEV", "treatment", 8)], {
        "Sham": flat("Sham", _D3, [(21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)]),
        "PBS": flat("PBS", _D3, [(2.6, 0.4), (4.8, 0.5), (7.1, 0.6), (8.0, 0.6)]),
        "sEV": flat("sEV", _D3, [(2.8, 0.5), (6.4, 0.6), (9.6, 0.6), (11.2, 0.7)]),
    }),
    back=[("Acknowledgements", "We thank the staff of the animal facility for their care of the rats."),
          ("Conflict of interest", "{{reported_conflict_of_interest|None of the authors has any conflict of interest to "
           "declare.}}")],
    notes=["The plot in Figure 2 repeats the week-6 values of its legend; other weeks are in the text."],
    footnote=FOOTNOTE,
)
HABITS[YOKOMIZO.stem] = {"lineno"}

STUDIES = [PEI, CUAN, YOKOMIZO]
