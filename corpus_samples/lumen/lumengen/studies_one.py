# ruff: noqa: ISC004  (prose is written as implicitly concatenated strings inside the records)
"""Three lumen studies (everything invented): Iranian, Nigerian and Finnish labs."""

from __future__ import annotations

from extgen.common import FOOTNOTE, GMU, MU, POOL, TH, day_fmt, dpi_fmt, flat
from extgen.model import Scores, Study

# ---------------------------------------------------------------------------------------------
# 1. Tavakoli 2021: human BMSC exosomes, NYU contusion, single tail-vein dose at 30 min.
#    Traps: textbook size in the introduction, ketamine/xylazine doses, in-vitro 50 µg/mL,
#    total n = 30 beside n per group, day-1 scores described in words, discussion doses.
# ---------------------------------------------------------------------------------------------
_D1 = [1.0, 7.0, 14.0, 21.0, 28.0]
TAVAKOLI = Study(
    stem="tavakoli2021_hbmsc_exo_nyu_tailvein_sem",
    layout="single",
    title="Intravenous exosomes from human bone marrow mesenchymal stem cells attenuate NF-κB-driven "
          "neuroinflammation and improve hindlimb function after thoracic spinal cord contusion in rats",
    short_title="hBMSC exosomes after SCI",
    authors=[("Maryam", "Tavakoli"), ("Reza", "Shahbazi-Nia"), ("Leila", "Karimzadeh"), ("Omid", "Farahani")],
    affiliations=["Neuroregeneration Research Unit, Zagros Institute of Medical Sciences, Kermanshah, Iran",
                  "Department of Anatomy, Caspian Faculty of Medicine, Rasht, Iran"],
    journal="Iranian Journal of Basic and Translational Neuroscience",
    year=2021,
    volume="14(3):211–224",
    doi="10.5555/ijbtn.2021.0342",
    pmid="99100141",
    pmcid="PMC9910141",
    received="2021-02-17",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 220, "high": 250}, "n_per_group": 10,
        "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T10",
        "source_tissue": "bone_marrow", "source_species": "human",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 g 70 min",
        "characterization": ["TEM", "NTA", "western_blot"],
        "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 118.6, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 200, "unit": "ug", "volume_ul": 200, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.5,
        "mechanism": "inhibition of NF-κB signalling in microglia",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Secondary inflammation amplifies tissue loss after spinal cord injury (SCI). We asked "
         "whether exosomes secreted by human bone marrow mesenchymal stem cells (hBMSC-Exos) improve "
         "locomotion when given intravenously after contusion."),
        ("Methods", "Female Sprague-Dawley rats received a T10 contusion and were randomised to sham, "
         "SCI + PBS or SCI + Exos groups. Exosomes (200 µg) were injected through the tail vein 30 min "
         "after injury, and recovery was followed for 4 weeks with the BBB scale."),
        ("Results", "hBMSC-Exos were cup-shaped, about 119 nm in diameter and expressed CD9, CD63 and "
         "TSG101. At day 28 the BBB score of treated rats was {bbb:SCI + Exos@28} compared with "
         "{bbb:SCI + PBS@28} in PBS-treated rats. Microglial NF-κB p65 activation was reduced."),
        ("Conclusions", "A single intravenous dose of hBMSC-Exos improves functional recovery after SCI, "
         "possibly by dampening NF-κB-dependent microglial activation."),
    ],
    keywords=["spinal cord injury", "exosomes", "bone marrow mesenchymal stem cells", "NF-κB", "microglia"],
    sections=[
        ("intro", "Introduction", [
            "Traumatic spinal cord injury (SCI) leaves most patients with permanent motor deficits, and no "
            "treatment given after the primary impact reliably improves outcome [1]. Much of the damage "
            "develops over the following days, when resident microglia and infiltrating macrophages release "
            "cytokines that kill neurons and oligodendrocytes [3,7].",
            "Exosomes are small membrane vesicles of endosomal origin, generally 30–150 nm in diameter, that "
            "carry proteins, lipids and microRNAs between cells [2]. Exosomes of mesenchymal stem cells "
            "reproduce many paracrine effects of the parent cells without the risks of cell transplantation, "
            "and doses between 100 and 400 µg have been reported to help injured rats [5,11]. How they "
            "reach the cord after systemic injection and which pathways they act on remain debated.",
            "Here we tested a single intravenous dose of exosomes from human bone marrow MSCs in a standard "
            "thoracic contusion model and examined microglial NF-κB signalling in the lesion.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals"),
            "Thirty {{sex,species,strain|female Sprague-Dawley rats}} ({{body_weight_g|220–250 g}}) were "
            "purchased from the institute's breeding colony and housed two per cage under a 12 h light/dark "
            "cycle with free access to food and water. {{reported_welfare_compliance|All procedures were "
            "approved by the Animal Ethics Committee of Zagros Institute of Medical Sciences}} "
            "(approval no. ZIMS.REC.1399.118).",
            "{{reported_randomisation|Rats were randomly assigned to three groups using a computer-generated "
            "list}}: sham (laminectomy only), SCI + PBS and SCI + Exos ({{n_per_group|n = 10 per group}}).",
            ("h", "Isolation and identification of exosomes"),
            "hBMSCs (passage 3–5) were purchased from a commercial cell bank and characterised by flow "
            "cytometry (CD73+, CD90+, CD105+, CD34−, CD45−). At 80% confluence the medium was replaced by "
            "serum-free medium for 48 h. The conditioned medium was centrifuged at 300 × g for 10 min, "
            "2000 × g for 20 min and 10 000 × g for 30 min to remove cells and debris, filtered through a "
            f"0.22-{GMU}m filter and {{{{isolation_method,isolation_detail|ultracentrifuged at 100{TH}000 × g "
            f"for 70 min}}}} (Optima XPN, Type 70 Ti rotor) twice. The pellet was resuspended in PBS, and "
            "protein was measured with a BCA kit.",
            "{{source_species,source_tissue|exosomes derived from hBMSCs}} were examined by "
            "{{characterization|transmission electron microscopy}}, by {{characterization|nanoparticle "
            "tracking analysis (NTA; NanoSight NS300)}} and by {{characterization|western blotting}} for "
            "{{markers|CD9, CD63 and TSG101}}, with {{markers|calnexin}} as a negative control.",
            ("h", "Spinal cord injury model and treatment"),
            "Rats were anaesthetised with ketamine (80 mg/kg) and xylazine (10 mg/kg) i.p. After "
            "{{injury_level|laminectomy at T10}}, a {{injury_model,injury_device|contusion was produced with "
            "the NYU impactor}} (10 g rod, 25 mm height). Sham rats received laminectomy only. Bladders were "
            "expressed manually twice daily until reflex voiding returned.",
            f"{{{{dose,route,route_detail,timing_post_injury_h|Thirty minutes after injury, 200 {MU}g exosomes "
            f"in 200 {MU}L PBS were injected via the tail vein}}}}; the SCI + PBS group received "
            f"200 {MU}L PBS. {{{{frequency|Each rat received a single injection.}}}}",
            ("h", "Behavioural assessment"),
            "Hindlimb function was scored with the Basso, Beattie and Bresnahan (BBB) scale at 1, 7, 14, 21 "
            "and 28 days post-injury by {{reported_blinded_assessment|two observers who were blinded to the "
            "treatment groups}}. Each rat was observed for 4 min in an open field.",
            ("h", "Cell culture experiments"),
            f"BV2 microglia were stimulated with LPS (1 {MU}g/mL) and co-treated with 50 {MU}g/mL exosomes "
            "for 24 h; p65 nuclear translocation was assessed by immunofluorescence.",
            ("h", "Statistical analysis"),
            "Data are expressed as mean ± SEM. BBB scores were compared by two-way repeated-measures ANOVA "
            "with Bonferroni post hoc tests; P < 0.05 was considered significant.",
        ]),
        ("results", "Results", [
            ("h", "Characterisation of hBMSC-Exos"),
            "Under TEM, exosomes appeared as round, cup-shaped vesicles. "
            "{{size_nm|NTA showed a mean particle diameter of 118.6 ± 7.9 nm}}, with a concentration of "
            "2.4 × 10^11 particles/mL. Western blotting confirmed CD9, CD63 and TSG101, whereas calnexin "
            "was not detected.",
            ("h", "hBMSC-Exos improve locomotor recovery"),
            "All injured rats were almost completely paraplegic on day 1, with BBB scores below 1.5, while "
            "sham rats walked normally throughout. From the second week the SCI + Exos group recovered faster "
            "(Table 1); by day 14 its mean score was {bbb:SCI + Exos@14} against {bbb:SCI + PBS@14} in the "
            "SCI + PBS group (P < 0.01).",
            ("table", "Table 1", "BBB locomotor scores after SCI (mean ± SEM).", {
                "orient": "cols", "days": _D1, "groups": ["Sham", "SCI + PBS", "SCI + Exos"],
                "day_fmt": day_fmt, "corner": "Group",
                "foot": "n = 10 rats per group. ** P < 0.01 vs. SCI + PBS (two-way repeated-measures ANOVA).",
            }),
            ("h", "hBMSC-Exos reduce microglial NF-κB activation"),
            "Seven days after injury, the proportion of Iba1+ cells with nuclear p65 in the lesion border was "
            "41.2 ± 4.5% after PBS and 22.7 ± 3.1% after exosomes. In BV2 cells, 50 µg/mL exosomes reduced "
            "LPS-induced TNF-α release by about half.",
        ]),
        ("discussion", "Discussion", [
            "We found that one intravenous injection of hBMSC-Exos improved hindlimb function after contusion "
            "and that {{mechanism|the benefit was accompanied by inhibition of NF-κB signalling in microglia}}.",
            "Earlier reports used repeated doses; one study gave 100 µg exosomes daily for three days and "
            "reported a BBB score of 12.3 at four weeks [5], and another found no added benefit of 400 µg "
            "over 200 µg [11]. Our single 30-min dose compares well with these protocols.",
            "Limitations: only female rats were used, the follow-up lasted 4 weeks, and biodistribution was "
            "not measured.",
        ]),
    ],
    back=[
        ("Ethics statement", "The study followed the national guidelines for the care and use of laboratory "
         "animals and was approved by the institutional animal ethics committee."),
        ("Conflict of interest", "{{reported_conflict_of_interest|The authors declare no conflict of "
         "interest.}}"),
        ("Funding", "Supported by a research grant of the Zagros Institute of Medical Sciences (no. 99-2231)."),
    ],
    references=POOL[:12],
    scores=Scores("BBB", "sem", [("Sham", "sham", 10), ("SCI + PBS", "control", 10), ("SCI + Exos", "treatment", 10)], {
        "Sham": flat("Sham", _D1, [(21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)]),
        "SCI + PBS": flat("SCI + PBS", _D1, [(0.6, 0.2), (3.1, 0.5), (5.4, 0.6), (6.9, 0.7), (7.8, 0.6)]),
        "SCI + Exos": flat("SCI + Exos", _D1, [(0.8, 0.3), (4.2, 0.6), (7.9, 0.7), (9.6, 0.8), (11.4, 0.7)]),
    }),
    footnote="Correspondence: m.tavakoli@zims.example. " + FOOTNOTE,
)

# ---------------------------------------------------------------------------------------------
# 2. Olaniyan 2022: native hUC-MSC sEVs, Infinite Horizon contusion, intrathecal x3 every 48 h
#    from 24 h, BBB in the results text by week (SD). Traps: inclined-plane angles, total 32 rats,
#    isoflurane %, particle dose of another study in the discussion, NTA of the cell medium.
# ---------------------------------------------------------------------------------------------
_D2 = [7.0, 14.0, 28.0, 42.0]
OLANIYAN = Study(
    stem="olaniyan2022_hucmsc_sev_ih_intrathecal_weeks",
    layout="twocol",
    title="Repeated intrathecal delivery of small extracellular vesicles from umbilical cord mesenchymal "
          "stromal cells preserves white matter after contusive spinal cord injury in adult rats",
    short_title="Intrathecal UC-MSC sEVs in SCI",
    authors=[("Adebayo", "Olaniyan"), ("Chiamaka", "Eze-Okafor"), ("Tunde", "Bakare"), ("Ifeoma", "Nwosu"),
             ("Kelechi", "Amadi")],
    affiliations=["Department of Physiology, Lagoon University College of Medicine, Lagos, Nigeria",
                  "Centre for Regenerative Biology, Savannah Teaching Hospital, Ibadan, Nigeria"],
    journal="West African Journal of Experimental Neurology",
    year=2022,
    volume="9:e0412",
    doi="10.5555/wajen.2022.e0412",
    pmid="99100142",
    pmcid="PMC9910142",
    received="2022-05-03",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male", "body_weight_g": {"low": 250, "high": 280},
        "n_per_group": 8, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor",
        "injury_level": "T10", "source_tissue": "umbilical_cord", "source_species": "human",
        "modification": "none",
        "isolation_method": ["ultrafiltration", "size_exclusion"], "isolation_detail": "qEVoriginal/70 nm",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD63", "CD81", "Alix", "calnexin"],
        "size_nm": {"value": 97.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 10_000_000_000, "unit": "particles", "volume_ul": 10, "basis": "particles"},
        "route": "intrathecal", "route_detail": "lumbar puncture",
        "frequency": {"doses": 3, "interval_h": 48}, "timing_post_injury_h": 24,
        "mechanism": "preservation of white matter and reduced astrocytic scarring",
        "reported_blinded_assessment": True, "reported_sample_size_calculation": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Small extracellular vesicles (sEVs) released by mesenchymal stromal cells are candidate "
         "acellular therapies for spinal cord injury (SCI), but the intrathecal route has received little "
         "attention. Adult male Wistar rats with a 200-kdyn Infinite Horizon contusion at T10 received three "
         "intrathecal injections of human umbilical cord MSC-derived sEVs (hUC-sEVs) or vehicle, beginning "
         "24 h after injury. hUC-sEV-treated rats reached higher BBB scores from week 2 onward and had more "
         "spared white matter at week 6. Repeated intrathecal hUC-sEVs are a feasible, minimally invasive "
         "option for subacute SCI."),
    ],
    keywords=["small extracellular vesicles", "umbilical cord", "intrathecal", "contusion", "white matter"],
    sections=[
        ("intro", "Introduction", [
            "Spinal cord injury (SCI) affects young adults disproportionately, and in many African centres "
            "rehabilitation capacity is scarce, which makes an inexpensive, storable biological therapy "
            "attractive [1,11].",
            "Small extracellular vesicles (sEVs; <200 nm) secreted by mesenchymal stromal cells (MSCs) carry "
            "anti-inflammatory and trophic cargo [2,15]. Most animal studies inject them into a tail vein, "
            "where the bulk is trapped in liver and spleen; intrathecal injection places them directly in the "
            "cerebrospinal fluid bathing the lesion [8].",
            "We therefore asked whether repeated intrathecal sEVs from human umbilical cord MSCs (hUC-MSCs) "
            "improve locomotion after thoracic contusion.",
        ]),
        ("methods", "Methods", [
            ("h", "Ethics and animals"),
            "{{reported_welfare_compliance|Experiments were approved by the Lagoon University Animal Research "
            "Ethics Committee (LU/AREC/2021/044) and reported following the ARRIVE 2.0 guidelines.}} Adult "
            "{{sex,species,strain|male Wistar rats}} weighing {{body_weight_g|250–280 g}} were used.",
            "{{reported_sample_size_calculation|Group size was calculated a priori (G*Power; effect size 1.6, "
            "α = 0.05, power 0.8)}}, giving {{n_per_group|eight rats per group}}. In total 32 rats were "
            "allocated to sham, SCI, SCI + vehicle and SCI + sEV groups.",
            ("h", "Cell culture and sEV preparation"),
            "hUC-MSCs were isolated from umbilical cords donated after caesarean "
            "delivery with written maternal consent and expanded in α-MEM with 10% EV-depleted FBS. "
            "{{modification|The sEVs were native; the cells were not genetically modified or preconditioned.}}",
            f"Conditioned medium (72 h) was cleared at 2{TH}000 × g for 20 min, "
            "{{isolation_method|concentrated on 100 kDa Amicon Ultra-15 filters}} and loaded on "
            f"{{{{isolation_method,isolation_detail|size-exclusion columns (qEVoriginal/70 nm, Izon)}}}}. "
            "Fractions 7–9 were pooled and stored at −80 °C. "
            "{{source_species,source_tissue|hUC-MSC-derived sEVs}} (hUC-sEVs) were sized by "
            "{{characterization|NTA (ZetaView PMX-120)}}, imaged by {{characterization|TEM}} after "
            "negative staining and probed by {{characterization|western blot}} for "
            "{{markers|CD63, CD81 and Alix}}; {{markers|calnexin}} served as a negative marker.",
            ("h", "Contusion injury"),
            "Under isoflurane (4% induction, 2% maintenance), the {{injury_level|T10 lamina was removed}} and "
            "a {{injury_model,injury_device|200-kdyn contusion was delivered with the Infinite Horizon "
            "impactor}}. Buprenorphine (0.05 mg/kg) was given for 3 days.",
            ("h", "Intrathecal injection"),
            f"{{{{route,route_detail,timing_post_injury_h,dose|Beginning 24 h after injury, 1 × 10^10 "
            f"particles in 10 {MU}L were injected intrathecally by lumbar puncture}}}} between L5 and L6, "
            f"confirmed by a tail flick. {{{{frequency|Injections were repeated every 48 h, three times in "
            f"total}}}}. Vehicle rats received 10 {GMU}L PBS on the same schedule.",
            ("h", "Functional tests"),
            "Locomotion was assessed with the BBB scale and the inclined plane test weekly for 6 weeks "
            "{{reported_blinded_assessment|by an examiner unaware of group allocation}}. Data are presented "
            "as mean ± SD and analysed by mixed-effects ANOVA.",
        ]),
        ("results", "Results", [
            ("h", "Properties of hUC-sEVs"),
            "{{size_nm|The modal diameter measured by NTA was 97 nm}} (mean 112 nm) with 3.1 × 10^11 "
            "particles per mL; TEM showed cup-shaped vesicles. CD63, CD81 and Alix were enriched relative to "
            "cell lysate, calnexin was absent. The unconditioned medium contained 0.4 × 10^10 particles per mL.",
            ("h", "Locomotor recovery"),
            "Sham rats walked normally throughout. One week after injury, hindlimb movement was limited to slight "
            "joint motion in every injured group: the BBB score was {bbb:SCI@7} in untreated rats, "
            "{bbb:SCI + vehicle@7} after vehicle and {bbb:SCI + sEV@7} after sEVs. From week 2 the sEV group "
            "improved faster ({bbb:SCI + sEV@14} vs {bbb:SCI + vehicle@14}). By week 4 the scores were "
            "{bbb:SCI + sEV@28} and {bbb:SCI + vehicle@28}, and at the end of the study (week 6) treated rats "
            "reached {bbb:SCI + sEV@42}, compared with {bbb:SCI + vehicle@42} for vehicle and {bbb:SCI@42} for "
            "untreated SCI rats (P < 0.001).",
            "On the inclined plane, treated rats held their position at 52.5 ± 3.0° at week 6 versus "
            "41.9 ± 2.7° after vehicle.",
            ("h", "White matter sparing"),
            "Luxol fast blue staining at week 6 showed 38.4 ± 5.2% spared white matter after sEVs and "
            "24.1 ± 4.6% after vehicle; GFAP-positive scar area was reduced by a third.",
        ]),
        ("discussion", "Discussion", [
            "Three intrathecal doses of hUC-sEVs improved locomotor recovery and "
            "{{mechanism|preserved white matter and reduced astrocytic scarring}}. Earlier intravenous "
            "studies used 2 × 10^11 particles per rat to reach comparable BBB gains of about 3 points [5]; "
            "the intrathecal route needed twenty times fewer particles.",
            "The sEV size we measured is within the range reported for cord-derived vesicles (80–150 nm) [14]. "
            "Female rats and chronic injuries remain to be tested.",
        ]),
    ],
    back=[
        ("Competing interests", "{{reported_conflict_of_interest|The authors declare that they have no "
         "competing interests.}}"),
        ("Data availability", "Raw BBB sheets are available from the corresponding author on request."),
    ],
    references=[POOL[i] for i in (0, 1, 4, 7, 10, 13, 14, 15)] + POOL[2:4],
    scores=Scores("BBB", "sd", [("SCI", "control", 8), ("SCI + vehicle", "control", 8), ("SCI + sEV", "treatment", 8)], {
        "SCI": flat("SCI", _D2, [(2.1, 0.8), (4.4, 1.1), (6.5, 1.2), (7.2, 1.3)]),
        "SCI + vehicle": flat("SCI + vehicle", _D2, [(2.3, 0.9), (4.6, 1.0), (6.8, 1.4), (7.5, 1.2)]),
        "SCI + sEV": flat("SCI + sEV", _D2, [(2.6, 0.7), (6.1, 1.2), (9.3, 1.5), (10.8, 1.4)]),
    }),
    footnote="Corresponding author: A. Olaniyan (a.olaniyan@lagoon.example). " + FOOTNOTE,
)

# ---------------------------------------------------------------------------------------------
# 3. Rautio 2019 (own "boxed" layout): rat adipose MSC exosomes by ExoQuick-TC, DLS size,
#    aneurysm-clip compression, i.p. 100 µg/kg daily for 7 days from 1 h. Modification not
#    stated (absent). BBB table with days down the side and n in each column heading (SEM),
#    unequal n (sham 6). Traps: medetomidine dose, in-vitro 20 µg/mL, BBB subscores, 12 weeks old.
# ---------------------------------------------------------------------------------------------
_D3 = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]
RAUTIO = Study(
    stem="rautio2019_radsc_exo_clip_ip_perkg_boxed",
    layout="boxed",
    title="Daily intraperitoneal adipose stem cell exosomes reduce apoptosis and improve locomotion after "
          "clip compression injury of the rat thoracic spinal cord",
    short_title="ADSC exosomes after clip compression",
    authors=[("Aino", "Rautio"), ("Mikko", "Heikkilä"), ("Sanna", "Lahtinen"), ("Jari", "Peltonen")],
    affiliations=["Institute of Biomedicine, University of Pohjanmaa, Oulu, Finland",
                  "Laboratory Animal Centre, Kuopio Neuroscience Campus, Kuopio, Finland"],
    journal="Nordic Journal of Neurotrauma Research",
    year=2019,
    volume="6(2)",
    doi="10.5555/njnr.2019.06.0207",
    pmid="99100143",
    pmcid="PMC9910143",
    received="2019-01-28",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 230, "high": 270}, "n_per_group": 9,
        "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T9",
        "source_tissue": "adipose", "source_species": "rat",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "ExoQuick-TC",
        "characterization": ["TEM", "DLS", "western_blot"], "markers": ["CD9", "CD81", "HSP70"],
        "size_nm": {"value": 86.4, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 100, "unit": "ug_per_kg", "volume_ul": None, "basis": "protein"},
        "route": "intraperitoneal",
        "frequency": {"doses": 7, "interval_h": 24}, "timing_post_injury_h": 1,
        "mechanism": "suppression of neuronal apoptosis via the Bcl-2/Bax balance",
        "reported_randomisation": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Objective", "To test whether exosomes from rat adipose-derived stem cells (ADSC-Exo), given "
         "systemically, protect the spinal cord after compression injury."),
        ("Design", "Twenty-four adult female Sprague-Dawley rats were assigned to sham, vehicle or ADSC-Exo "
         "groups. Injury was produced at T9 with a modified aneurysm clip; exosomes were injected "
         "intraperitoneally once a day for one week."),
        ("Results", "ADSC-Exo rats recovered better in the open field, with fewer TUNEL-positive neurons and a "
         "higher Bcl-2/Bax ratio at day 7."),
        ("Conclusion", "Repeated intraperitoneal ADSC-Exo improves recovery after clip compression SCI."),
    ],
    keywords=["adipose-derived stem cells", "exosomes", "apoptosis", "compression injury", "rat"],
    sections=[
        ("intro", "Introduction", [
            "Compression is the most frequent mechanism of human spinal cord injury, and the clip model "
            "reproduces its sustained ischaemic component better than a brief impact [1,13].",
            "Adipose tissue is an abundant source of mesenchymal stem cells, and their exosomes, vesicles of "
            "roughly 40–160 nm, have shown neuroprotective activity in stroke and peripheral nerve models [2,9]. "
            "Intraperitoneal injection is simple to repeat and has been used with doses of 1–5 mg/kg in mice [5].",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Experimental animals"),
            "{{sex,strain,species|Female Sprague-Dawley rats}} (12 weeks old, {{body_weight_g|230–270 g}}) were "
            "kept in individually ventilated cages. {{reported_welfare_compliance|The project licence was "
            "granted by the national Animal Experiment Board (ESAVI/4471/2018), and animals were handled in "
            "accordance with EU Directive 2010/63/EU.}}",
            "{{reported_randomisation|Allocation to groups was randomised by drawing sealed envelopes}}: sham "
            "(n = 6), SCI + vehicle ({{n_per_group|n = 9}}) and SCI + ADSC-Exo (n = 9).",
            ("h", "ADSC culture and exosome isolation"),
            "{{source_species,source_tissue|ADSCs were obtained from inguinal fat pads of donor rats}} by "
            "collagenase digestion and used at passages 3–4. Exosomes were "
            "{{isolation_method,isolation_detail|precipitated from conditioned medium with ExoQuick-TC}} "
            "(System Biosciences) according to the manufacturer's instructions and resuspended in saline.",
            "Vesicle morphology was examined by {{characterization|transmission electron microscopy}}, size "
            "distribution by {{characterization|dynamic light scattering}} (Zetasizer Nano ZS), and the "
            "markers {{markers|CD9, CD81 and HSP70}} by {{characterization|western blot}}.",
            ("h", "Clip compression"),
            "Anaesthesia was induced with medetomidine (0.5 mg/kg) and ketamine (75 mg/kg). A "
            "{{injury_level|T9 laminectomy}} was performed and the cord was "
            "{{injury_model,injury_device|compressed extradurally for 60 s with a modified aneurysm clip}} "
            "(closing force 35 g).",
            ("h", "Treatment"),
            "{{dose,route,timing_post_injury_h|ADSC-Exo (100 µg/kg body weight) were injected "
            "intraperitoneally 1 h after injury}} and then {{frequency|once daily for 7 consecutive days}}. "
            "Vehicle rats received the same volume of saline.",
            ("h", "Locomotor testing"),
            "The BBB score was recorded on days 1, 3, 7, 14, 21 and 28 by two trained examiners; the "
            "BBB subscore (0–13) was also recorded. Values are mean ± SEM; groups were compared by two-way "
            "ANOVA with Tukey's test.",
            ("h", "In vitro apoptosis assay"),
            "PC12 cells were exposed to H2O2 (200 µM) with or without ADSC-Exo (20 µg/mL) for 24 h.",
        ]),
        ("results", "Results", [
            "{{size_nm|DLS gave a mean hydrodynamic diameter of 86.4 nm}} (polydispersity index 0.21). "
            "TEM showed spherical bilayered vesicles, and CD9, CD81 and HSP70 were detected.",
            "Compression abolished hindlimb movement on day 1 in both injured groups. Vehicle-treated rats "
            "plateaued from day 21, whereas ADSC-Exo rats continued to improve (Table 2). The BBB subscore at "
            "day 28 was 6.2 ± 0.8 after ADSC-Exo and 3.1 ± 0.6 after vehicle.",
            ("table", "Table 2", "BBB scores (mean ± SEM) after clip compression.", {
                "orient": "rows", "days": _D3, "groups": ["Sham", "SCI + vehicle", "SCI + ADSC-Exo"],
                "day_fmt": dpi_fmt, "corner": "Time",
            }),
            "At day 7 the number of TUNEL-positive neurons in the ventral horn fell from 34 ± 5 to 15 ± 3 per "
            "section, and the Bcl-2/Bax ratio doubled. In PC12 cells, 20 µg/mL ADSC-Exo halved H2O2-induced "
            "caspase-3 activity.",
        ]),
        ("discussion", "Discussion", [
            "Daily intraperitoneal ADSC-Exo improved locomotion after clip compression, consistent with "
            "{{mechanism|suppression of neuronal apoptosis via the Bcl-2/Bax balance}}. Previous studies of "
            "intravenous adipose exosomes reported mean sizes of 100–120 nm by NTA [14]; DLS tends to give "
            "smaller values for such samples.",
            "The sham group was smaller than the injured groups, and assessors were not formally blinded, which "
            "we acknowledge as limitations.",
        ]),
    ],
    back=[
        ("Declaration of interest", "{{reported_conflict_of_interest|None declared.}}"),
        ("Acknowledgements", "We thank the staff of the Laboratory Animal Centre for animal care."),
    ],
    references=[POOL[i] for i in (0, 1, 2, 4, 6, 8, 9, 11, 12, 13)] + POOL[14:],
    scores=Scores("BBB", "sem", [("Sham", "sham", 6), ("SCI + vehicle", "control", 9), ("SCI + ADSC-Exo", "treatment", 9)], {
        "Sham": flat("Sham", _D3, [(21.0, 0.0)] * 6),
        "SCI + vehicle": flat("SCI + vehicle", _D3, [(0.3, 0.2), (1.1, 0.4), (2.9, 0.6), (5.0, 0.7), (6.2, 0.8), (6.4, 0.8)]),
        "SCI + ADSC-Exo": flat("SCI + ADSC-Exo", _D3, [(0.4, 0.2), (1.6, 0.5), (4.1, 0.7), (7.3, 0.8), (9.0, 0.9), (10.2, 0.9)]),
    }),
    footnote=FOOTNOTE,
)

STUDIES = [TAVAKOLI, OLANIYAN, RAUTIO]
