"""Summit studies 3-4 (invented): Lithuania (breaking table), Iran (accepted manuscript)."""

from __future__ import annotations

from extgen.model import Scores, Study
from summitgen.common import MU, NB, NOTICE, TH, days, refs, series

# ---------------------------------------------------------------------------------------------
# 3. Lithuania: British spelling, long BBB table (days as rows) breaking over a page; lumbar puncture
# ---------------------------------------------------------------------------------------------
_D3 = days(1, 2, 3, 5, 7, 10, 14, 21, 28, 35, 42, 49, 56)


def _dpo(d: float) -> str:
    return f"{d:g} dpi"


_G3 = ["Sham", "SCI–vehicle", "sEV-2D", "sEV-3D"]
_V3 = {
    "Sham": [(19.8, 0.4), (20.3, 0.3), (20.7, 0.2), (20.9, 0.1), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0),
             (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)],
    "SCI–vehicle": [(0.2, 0.1), (0.6, 0.2), (1.1, 0.3), (1.9, 0.4), (2.8, 0.4), (3.9, 0.5), (5.0, 0.5),
                    (6.2, 0.6), (7.0, 0.6), (7.5, 0.6), (7.9, 0.7), (8.1, 0.7), (8.2, 0.7)],
    "sEV-2D": [(0.3, 0.2), (0.7, 0.2), (1.3, 0.3), (2.3, 0.4), (3.4, 0.5), (4.6, 0.5), (5.9, 0.6),
               (7.1, 0.6), (8.0, 0.6), (8.6, 0.7), (9.0, 0.7), (9.2, 0.7), (9.4, 0.7)],
    "sEV-3D": [(0.3, 0.1), (0.8, 0.2), (1.6, 0.3), (2.8, 0.4), (4.1, 0.5), (5.6, 0.5), (7.2, 0.6),
               (8.7, 0.6), (9.8, 0.7), (10.5, 0.7), (11.0, 0.7), (11.3, 0.8), (11.5, 0.8)],
}
VAITKUS = Study(
    stem="vaitkus2022_hadsc_sev_spheroid_ih_lumbar",
    layout="continued",
    title="Small extracellular vesicles from three-dimensional spheroids of adipose stromal cells, delivered by "
          "repeated lumbar puncture, promote recovery after thoracic contusion in the rat",
    short_title="Spheroid-derived sEVs by lumbar puncture",
    authors=[("Mantas", "Vaitkus"), ("Eglė", "Žemaitytė"), ("Jonas", "Petrauskas"), ("Rūta", "Kairienė")],
    affiliations=["Institute of Translational Neuroscience, Baltic University of Health Sciences, Kaunas, Lithuania",
                  "Centre for Cell Manufacturing, Vilnius, Lithuania"],
    journal="Neurorestoration Reports",
    year=2022,
    volume="6:e2207",
    doi="10.5555/nrr.2022.2207",
    pmid="99210433",
    pmcid="PMC9921433",
    received="2022-05-09",
    values={
        "species": "rat", "strain": "Long-Evans", "sex": "female", "body_weight_g": {"low": 245, "high": 245},
        "n_per_group": 9, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor",
        "injury_level": "T8",
        "source_tissue": "adipose", "source_species": "human", "modification": "3D spheroid culture",
        "isolation_method": ["tangential_flow", "size_exclusion"],
        "isolation_detail": "300 kDa TFF cassette; qEVoriginal 70 nm columns",
        "characterization": ["NTA", "AFM", "western_blot"], "markers": ["CD81", "Alix", "syntenin-1", "GM130"],
        "size_nm": {"value": 96.5, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 5e9, "unit": "particles", "volume_ul": 10, "basis": "particles"},
        "route": "intrathecal", "route_detail": "lumbar puncture",
        "frequency": {"doses": 3, "interval_h": 48}, "timing_post_injury_h": 6,
        "mechanism": "M2 polarisation of macrophages",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Aim", "To test whether small extracellular vesicles (sEVs) from human adipose stromal cells grown as "
         "three-dimensional spheroids are more effective than those from monolayers after spinal cord contusion."),
        ("Methods", "Female Long-Evans rats received a 150 kdyn contusion and three intrathecal injections of sEVs "
         "by lumbar puncture; hindlimb function was scored for eight weeks."),
        ("Results", "Spheroid sEVs gave the best recovery at 56 dpi ({bbb:sEV-3D@56} vs {bbb:SCI–vehicle@56} in "
         "vehicle-treated rats, mean ± SEM) and shifted macrophages towards an M2 profile."),
    ],
    keywords=["spinal cord injury", "extracellular vesicles", "adipose stromal cells", "spheroid culture",
              "intrathecal"],
    sections=[
        ("intro", "Introduction", [
            "Cell-free therapies based on the secretome of mesenchymal stromal cells have moved to the centre of "
            "experimental work on spinal cord injury (SCI) [5,13]. Small extracellular vesicles (sEVs), classically "
            "50–150" + NB + "nm across, are thought to carry most of the activity, but yields from flat cultures "
            "are low and their potency varies between batches [2,9].",
            "Culture of stromal cells as three-dimensional (3D) spheroids changes their secretory profile towards "
            "an anti-inflammatory state [8]. We therefore compared sEVs from spheroids with those from "
            "conventional monolayer cultures in a clinically relevant contusion model, using a lumbar-puncture "
            "route that could be repeated without leaving a catheter in place.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals"),
            "Adult {{species,strain,sex|female Long-Evans rats}} (10–12 weeks, {{body_weight_g|mean body weight "
            "245 g}}) were housed in groups of three in individually ventilated cages. "
            "{{reported_welfare_compliance|The study was licensed by the State Food and Veterinary Service "
            "(licence G2-118/2020) and is reported following the ARRIVE 2.0 guidelines}}.",
            "{{reported_sample_size_calculation|Group size was calculated a priori (G*Power 3.1) from a pilot "
            "difference of 2.5 BBB points}} (SD 1.8, α 0.05, power 0.8), giving "
            "{{n_per_group|nine rats per group}}; forty rats were operated, four were excluded before "
            "randomisation (BBB above 1 at 1 dpi) and the remaining 36 were "
            "{{reported_randomisation|randomly allocated by a computer-generated list}} to sham, SCI–vehicle, "
            "sEV-2D or sEV-3D.",
            ("h", "Surgery"),
            "Under isoflurane (2% in oxygen) and buprenorphine (0.05 mg/kg s.c.) analgesia, a laminectomy was done "
            "at the {{injury_level|T8 vertebral level}} and a {{injury_model,injury_device|150 kdyn contusion was "
            "delivered with the Infinite Horizon impactor}}. Sham rats had a laminectomy only.",
            ("h", "Cell culture"),
            "{{source_tissue,source_species|Human adipose-derived stromal cells}} (ASCs) from lipoaspirates of "
            "three donors were used at passage 4. For monolayer (2D) conditions cells were seeded at "
            "5" + TH + "000 cells/cm²; for {{modification|3D culture the cells were aggregated into spheroids}} of "
            "about 2" + TH + "000 cells in ultra-low-attachment microwell plates. Both were kept for 72 h in "
            "serum-free medium before collection.",
            ("h", "sEV isolation and characterisation"),
            "Conditioned medium was clarified (2" + TH + "000 × g, 15 min; 0.45 " + MU + "m filter), concentrated "
            "about 50-fold by {{isolation_method,isolation_detail|tangential flow filtration with a 300 kDa TFF "
            "cassette}} and fractionated by {{isolation_method,isolation_detail|size-exclusion chromatography on "
            "qEVoriginal 70 nm columns}}; fractions 7–9 were pooled. Particle concentration and size were measured "
            "by {{characterization|nanoparticle tracking analysis}} (ZetaView PMX-120), surface topography by "
            "{{characterization|atomic force microscopy}}, and {{markers|CD81, Alix and syntenin-1}} as well as "
            "the Golgi marker {{markers|GM130}} (absent) by {{characterization|western blotting}}.",
            ("h", "Injections"),
            "sEVs were given by {{route,route_detail|lumbar puncture}} between the L5 and L6 vertebrae with a 30 G "
            "needle, confirmed by a tail flick. Each injection contained {{dose|5 × 10<sup>9</sup> particles in "
            "10 " + MU + "l}} of PBS; vehicle rats received PBS alone. {{frequency|Three injections were given "
            "48 h apart}}, {{timing_post_injury_h|the first 6 h after injury}}.",
            ("h", "Outcome assessment"),
            "Hindlimb locomotion was scored with the BBB scale at 1, 2, 3, 5, 7, 10, 14, 21, 28, 35, 42, 49 and "
            "56 dpi {{reported_blinded_assessment|by two raters unaware of the group allocation}}, and the "
            "horizontal ladder was used at 56 dpi. Spinal cords were stained with mouse anti-CD68 and rabbit "
            "anti-CD206 antibodies.",
            ("h", "Statistical analysis"),
            "Values are given as mean ± SEM. BBB scores were analysed with a mixed-effects model with Tukey's "
            "post-hoc comparisons (GraphPad Prism 9); P < 0.05 was taken as significant.",
        ]),
        ("results", "Results", [
            ("h", "Vesicle yield and properties"),
            "Spheroids released about four times as many particles per cell as monolayers. The "
            "{{size_nm|modal size of spheroid sEVs was 96.5 nm}} (monolayer sEVs 102.4 nm), AFM showed flattened "
            "round particles, and the three marker proteins were enriched while GM130 was not detected.",
            ("h", "Locomotor recovery"),
            "Rats in all injured groups scored close to zero at 1 dpi. The sEV-3D group separated from the vehicle "
            "group from 14 dpi onward and from the sEV-2D group from 28 dpi (Table 1). At the end of follow-up "
            "the mean score was {bbb:sEV-3D@56} with spheroid sEVs, {bbb:sEV-2D@56} with monolayer sEVs and "
            "{bbb:SCI–vehicle@56} with vehicle. Two rats of the vehicle group and one of the sEV-2D group "
            "developed bladder infection but all were scored to the end.",
            "Ladder errors at 56 dpi were reduced in the sEV-3D group (38 ± 4% versus 61 ± 5% of steps in vehicle "
            "rats). The CD206/CD68 ratio at the epicentre was twice as high after sEV-3D as after vehicle.",
            ("table", "Table 1", "BBB locomotor scores by days post-injury (dpi). Mean ± SEM; n = 9 per group.",
             {"orient": "rows", "days": _D3, "groups": _G3, "day_fmt": _dpo, "corner": "Time point",
              "breaks": True, "foot": "Scores before injury were 21 in every rat and are not shown."}),
        ]),
        ("discussion", "Discussion", [
            "Spheroid culture improved both the yield and the effect of ASC-derived sEVs, and the better recovery "
            "went together with {{mechanism|M2 polarisation of macrophages}} at the lesion. The size of our "
            "particles agrees with values of 90–110 nm reported for TFF-isolated vesicles [9].",
            "A meta-analysis of vesicle studies reported a pooled BBB gain of 3.1 points [13]; the 3.3-point "
            "difference we found at 56 dpi is in that range. Earlier intrathecal work used catheters tied at L3 "
            "[10]; repeated punctures avoid the catheter but limit the volume to about 10–20 " + MU + "l. A "
            "limitation is that only female rats and one dose were studied.",
        ]),
    ],
    references=refs(0, 1, 4, 7, 8, 9, 11, 12),
    scores=Scores(
        outcome="BBB", err="sem",
        groups=[("Sham", "sham", 9), ("SCI–vehicle", "control", 9), ("sEV-2D", "other", 9),
                ("sEV-3D", "treatment", 9)],
        values={g: series(_D3, v) for g, v in _V3.items()},
    ),
    back=[("Competing interests", "{{reported_conflict_of_interest|The authors declare no competing "
           "interests}}."),
          ("Data availability", "Raw scores are available from the corresponding author.")],
    footnote=NOTICE,
)

# ---------------------------------------------------------------------------------------------
# 4. Iran: accepted manuscript with line numbers; miR-455-3p-enriched exosomes vs control exosomes
# ---------------------------------------------------------------------------------------------
_D4 = days(7, 14, 21, 28)
YAZDANPANAH = Study(
    stem="yazdanpanah2021_rbmsc_exo_mir455_clip_tailvein",
    layout="manuscript",
    title="Exosomal miR-455-3p from bone marrow mesenchymal stem cells attenuates NLRP3 inflammasome activation "
          "and improves locomotor function after compressive spinal cord injury in rats",
    short_title="Exosomal miR-455-3p after SCI",
    authors=[("Shirin", "Yazdanpanah"), ("Mohammad-Reza", "Kazemi"), ("Leila", "Farahani"),
             ("Hossein", "Asgari")],
    affiliations=["Brain and Spinal Cord Injury Research Center, Zagros University of Medical Sciences, Tehran, Iran",
                  "Department of Anatomical Sciences, Faculty of Medicine, Zagros University of Medical Sciences, Tehran, Iran"],
    journal="Journal of Neural Repair and Regeneration",
    year=2021,
    volume="10:341",
    doi="10.5555/jnrr.2021.341",
    pmid="99210434",
    pmcid="PMC9921434",
    received="2021-01-26",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male", "body_weight_g": {"low": 200, "high": 250},
        "n_per_group": 8, "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T9",
        "source_tissue": "bone_marrow", "source_species": "rat", "modification": "miR-455-3p overexpression",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "110,000 g 90 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "CD81", "Alix"],
        "size_nm": {"value": 104.7, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 150, "unit": "ug", "volume_ul": 150, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0,
        "mechanism": "miR-455-3p targeting TXNIP to inhibit NLRP3 inflammasome",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Exosomes derived from bone marrow mesenchymal stem cells (BMSCs) have shown neuroprotective effects "
         "after spinal cord injury (SCI), but the microRNAs responsible remain unclear. In this study, BMSCs were "
         "transduced with a lentivirus overexpressing miR-455-3p and their exosomes (Exo-miR-455) were injected into "
         "rats after clip compression. Exo-miR-455 reduced TXNIP expression, NLRP3 inflammasome activation and "
         "IL-1β release, and improved BBB scores compared with exosomes from control-transduced cells (Exo-NC). "
         "These data suggest that exosomal miR-455-3p is a promising candidate for SCI therapy."),
    ],
    keywords=["miR-455-3p", "exosomes", "bone marrow mesenchymal stem cells", "NLRP3", "spinal cord injury"],
    sections=[
        ("intro", "Introduction", [
            "Spinal cord injury (SCI) is one of the most devastating injuries of the central nervous system, and "
            "the inflammatory cascade that follows the primary trauma extends the lesion over days and weeks [7]. "
            "The NLRP3 inflammasome, whose activation leads to the maturation of IL-1β and to pyroptotic cell "
            "death, is one of the central components of this cascade.",
            "Exosomes (30–100 nm) are secreted by mesenchymal stem cells and transfer microRNAs to recipient "
            "cells [2,11]. Previous studies have shown that engineering exosomes to carry a specific microRNA can "
            "enhance their effect. In our previous bioinformatic analysis, miR-455-3p was predicted to target "
            "TXNIP, an activator of NLRP3. Therefore, in the present study we investigated whether exosomes "
            "enriched with miR-455-3p could suppress NLRP3 activation after SCI.",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Animals and study design"),
            "A total of 40 adult {{species,strain,sex|male Wistar rats}} ({{body_weight_g|200–250 g}}) were "
            "purchased from the university animal house. "
            "{{reported_welfare_compliance|All experiments were approved by the Ethics Committee of Zagros "
            "University of Medical Sciences (IR.ZUMS.REC.1398.552)}} and performed according to the NIH guide. "
            "Rats were {{reported_randomisation|randomly divided}} into five groups "
            "({{n_per_group|n = 8 per group}}): Sham, SCI, SCI + Exo-NC, SCI + Exo-miR-455 and a group for "
            "tracking of labelled exosomes.",
            ("h", "SCI model"),
            "Animals were anesthetized by intraperitoneal injection of sodium pentobarbital (40 mg/kg). After "
            "laminectomy at the {{injury_level|T9}} level, {{injury_model,injury_device|a compression injury was "
            "induced with an aneurysm clip}} (closing force 30 g) applied extradurally for 1 min. In the Sham "
            "group only laminectomy was done.",
            ("h", "BMSC culture, transduction and exosome isolation"),
            "{{source_tissue,source_species|BMSCs were isolated from the femurs of 4-week-old Wistar rats}} and "
            "identified by flow cytometry (CD29+, CD90+, CD45−). At passage 3, cells were transduced with "
            "lentiviral vectors {{modification|overexpressing miR-455-3p}} (LV-miR-455) or a negative control "
            "sequence (LV-NC) at MOI 20. After 48 h in exosome-free medium the supernatant was collected and "
            "centrifuged at 2" + TH + "000 g for 20 min and 10" + TH + "000 g for 40 min, and exosomes were "
            "pelleted by {{isolation_method,isolation_detail|ultracentrifugation at 110" + TH + "000 g for 90 "
            "min}} at 4 °C. The pellet was resuspended in PBS and the protein amount was measured with a BCA kit.",
            ("h", "Exosome characterization"),
            "The morphology of exosomes was observed by {{characterization|TEM}}, the size distribution by "
            "{{characterization|NTA}} and the expression of {{markers|CD63, CD81 and Alix}} by "
            "{{characterization|Western blot}}. The level of miR-455-3p in exosomes was quantified by qRT-PCR.",
            ("h", "Exosome treatment"),
            "{{frequency,timing_post_injury_h|Immediately after the injury, a single dose}} of "
            "{{dose|150 μg exosomes dissolved in 150 μL PBS}} was {{route,route_detail|injected via the tail "
            "vein}}. The SCI group received the same volume of PBS.",
            ("h", "In vitro experiments"),
            "PC12 cells were stimulated with LPS (1 μg/mL) and ATP and treated with Exo-miR-455 or Exo-NC "
            "(20 μg/mL) for 24 h. Dual-luciferase assay was used to confirm binding of miR-455-3p to the TXNIP "
            "3′-UTR.",
            ("h", "Behavioral assessment"),
            "Hind-limb locomotor function was evaluated with the BBB rating scale on days 7, 14, 21 and 28 after "
            "SCI {{reported_blinded_assessment|by two investigators who were blind to the experimental "
            "groups}}.",
            ("h", "Statistical analysis"),
            "All data are expressed as mean ± SD and analyzed with SPSS 22.0. One-way ANOVA followed by Tukey's "
            "test was used for multiple comparisons, and repeated-measures ANOVA for BBB scores. P < 0.05 was "
            "regarded as statistically significant.",
        ]),
        ("results", "Results", [
            ("h", "Identification of exosomes"),
            "TEM images showed cup-shaped vesicles, and NTA indicated that the "
            "{{size_nm|mean diameter of exosomes was 104.7 ± 22.3 nm}}. Exosomal markers CD63, CD81 and Alix "
            "were detected. miR-455-3p was 9.6-fold higher in Exo-miR-455 than in Exo-NC.",
            ("h", "Exo-miR-455 improved locomotor recovery"),
            "Sham-operated rats walked normally throughout. On day 7 after injury there was no "
            "significant difference among the injured groups (SCI: {bbb:SCI@7}; Exo-NC: {bbb:SCI + Exo-NC@7}; "
            "Exo-miR-455: {bbb:SCI + Exo-miR-455@7}). On day 14, the Exo-miR-455 group had a score of "
            "{bbb:SCI + Exo-miR-455@14}, which was significantly higher than the SCI group ({bbb:SCI@14}). "
            "The scores of the SCI + Exo-miR-455 group continued to rise and reached {bbb:SCI + Exo-miR-455@28} "
            "on day 28, whereas the SCI + Exo-NC group reached {bbb:SCI + Exo-NC@28} (P < 0.05) (Figure 2).",
            ("figure", "Figure 2", "BBB scores after SCI. On day 21 the scores were {bbb:SCI@21} (SCI), "
             "{bbb:SCI + Exo-NC@21} (SCI + Exo-NC) and {bbb:SCI + Exo-miR-455@21} (SCI + Exo-miR-455); on day 28 "
             "the SCI group scored {bbb:SCI@28}. Data are mean ± SD, n = 8.",
             {"days": _D4, "groups": ["SCI", "SCI + Exo-NC", "SCI + Exo-miR-455"]}),
            ("h", "Exo-miR-455 suppressed the TXNIP/NLRP3 axis"),
            "Western blot showed that TXNIP, NLRP3, cleaved caspase-1 and IL-1β were decreased in the "
            "Exo-miR-455 group compared with Exo-NC. In PC12 cells, Exo-miR-455 reduced pyroptosis.",
        ]),
        ("discussion", "Discussion", [
            "In the present study, we showed that {{mechanism|exosomal miR-455-3p targets TXNIP to inhibit NLRP3 "
            "inflammasome activation}}, and that this is associated with better motor recovery after SCI. "
            "Exosomes from unmodified BMSCs also had a small effect, which is in line with previous studies [5].",
            "Zeller et al. reported that a single 200 μg dose of BMSC exosomes increased the BBB score to 10.2 at "
            "day 28 [5], while in our hands native exosomes reached a lower value; the compression model we used "
            "may produce a more severe injury. The size of our exosomes (about 105 nm) is similar to the 80–120 nm "
            "reported by others [4].",
            "This study has some limitations. Only male rats were studied and the biodistribution of the "
            "exosomes was assessed only qualitatively.",
        ]),
    ],
    references=refs(1, 3, 4, 6, 10, 11),
    scores=Scores(
        outcome="BBB", err="sd",
        groups=[("SCI", "control", 8), ("SCI + Exo-NC", "other", 8), ("SCI + Exo-miR-455", "treatment", 8)],
        values={
            "SCI": series(_D4, [(2.4, 0.7), (4.1, 0.9), (5.6, 1.0), (6.3, 1.1)]),
            "SCI + Exo-NC": series(_D4, [(2.6, 0.8), (4.8, 1.0), (6.4, 1.1), (7.2, 1.2)]),
            "SCI + Exo-miR-455": series(_D4, [(2.9, 0.8), (6.2, 1.1), (8.5, 1.2), (9.8, 1.3)]),
        },
    ),
    back=[("Ethics approval", "Approved by the Ethics Committee of Zagros University of Medical Sciences "
           "(IR.ZUMS.REC.1398.552)."),
          ("Conflict of interest", "{{reported_conflict_of_interest|The authors declare no conflict of "
           "interest}}.")],
    footnote=NOTICE,
)

STUDIES = [VAITKUS, YAZDANPANAH]
