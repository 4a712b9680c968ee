"""Quill studies 1-3: accepted manuscripts and a preprint (methods stated many ways)."""

from __future__ import annotations

from common_q import GMU, MU, NB, scores, study
from extgen.common import day_fmt, dpi_fmt, week_fmt

# --- 1. tavakoli2021: IH impactor at the tenth thoracic segment, three consecutive days ---
_T_DAYS = [1.0, 7.0, 14.0, 21.0, 28.0]
TAVAKOLI = study(
    stem="tavakoli2021_hucmsc_exo_ih_three_days_iv", layout="manuscript",
    title="Umbilical cord mesenchymal stem cell exosomes given on three consecutive days improve hindlimb function after thoracic contusion in rats",
    short_title="hUCMSC exosomes after contusion",
    authors=[("Shirin", "Tavakoli"), ("Mateus", "Lacerda"), ("Ingrid", "Solberg"), ("Kenji", "Arakawa")],
    affiliations=["Department of Neurosurgery, Invented University Hospital, Shiraz", "Laboratory of Vesicle Biology, Fictional Institute, Bergen"],
    journal="Journal of Spinal Repair Research", year=2021, volume="14(3):211-229",
    doi="10.5555/jsrr.2021.0311", pmid="99100311", pmcid="PMC9910311", received="2021-03-02",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 220, "high": 250}, "n_per_group": 10,
        "injury_model": "contusion", "injury_device": "Infinite Horizon impactor", "injury_level": "T10",
        "source_tissue": "umbilical_cord", "source_species": "human",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 g 70 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 112.4, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 200, "unit": "ug", "volume_ul": 200, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 3, "interval_h": 24}, "timing_post_injury_h": 24.0,
        "mechanism": "NLRP3 inflammasome suppression",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[(None, "Exosomes secreted by mesenchymal stem cells (MSCs) are being tested as a cell-free therapy for spinal cord injury (SCI), but the effect of repeated systemic dosing is not settled. We contused the spinal cord of adult female rats, gave human umbilical cord MSC-derived exosomes (hUCMSC-Exos) through the tail vein once a day for three days beginning one day after injury, and followed open-field locomotion for four weeks. Treated rats reached a BBB score of {bbb:SCI + Exo@28} at day 28, compared with {bbb:SCI + PBS@28} in vehicle-treated rats. Exosome treatment reduced NLRP3, cleaved caspase-1 and IL-1" + "\u03b2" + " in the lesion. These results suggest that hUCMSC-Exos may act, at least in part, through {{mechanism|suppression of the NLRP3 inflammasome}}.")],
    keywords=["spinal cord injury", "exosomes", "umbilical cord", "NLRP3", "rat"],
    sections=[
        ("intro", "Introduction", [
            "Traumatic spinal cord injury triggers a secondary cascade of inflammation, oedema and cell death that extends the lesion for weeks [3,7]. Small extracellular vesicles of 30" + "\u2013" + "150 nm released by MSCs carry proteins and microRNAs that dampen this response [2,15]. In earlier work, a single intravenous bolus of 100 " + MU + "g was given 30 min after a 10 g weight drop at T9 [5], but whether repeated dosing adds benefit has not been tested in a standardised contusion model.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals"),
            "All procedures were {{reported_welfare_compliance|approved by the Animal Care and Use Committee of Invented University (protocol IU-2019-044)}} and followed the ARRIVE guidelines. Adult female {{species,strain,sex|Sprague-Dawley rats}} ({{body_weight_g|220" + "\u2013" + "250 g}}; Fictional Breeders) were housed two per cage on a 12 h light/dark cycle with free access to food and water. Female rats were used because manual bladder expression is more reliable in females.",
            ("h", "Spinal cord injury"),
            "Rats were anaesthetised with isoflurane (4% induction, 2% maintenance in oxygen) and given buprenorphine (0.05 mg/kg, s.c.) before the first incision. A dorsal laminectomy was performed to expose the {{injury_level|tenth thoracic segment}} of the spinal cord, the vertebral column was stabilised with clamps on the adjacent spinous processes, and a moderate contusion was produced with an {{injury_model,injury_device|Infinite Horizon impactor (Precision Systems) set to 200 kdyn}} with zero dwell time. Sham-operated rats received the laminectomy only. Muscles and skin were closed in layers.",
            "Postoperative care included buprenorphine every 12 h for 3 days, cefazolin (25 mg/kg, i.m.) once daily for 5 days and lactated Ringer's solution (5 ml, s.c.) on the day of surgery. Bladders were expressed manually twice a day until reflex voiding returned. Animals whose force or displacement curves deviated from the target by more than 10% were excluded before group assignment.",
            ("h", "Isolation and characterization of exosomes"),
            "Human umbilical cord MSCs (passage 3" + "\u2013" + "5) were expanded in " + GMU + "-MEM with 10% exosome-depleted FBS. Conditioned medium collected over 48 h was cleared at 300 g for 10 min, 2,000 g for 20 min and 10,000 g for 30 min, filtered through a 0.22 " + MU + "m membrane and ultracentrifuged at {{isolation_method,isolation_detail|100,000 g for 70 min}} at 4 " + "\u00b0" + "C (Type 45 Ti rotor). The pellet was washed once in PBS, centrifuged again and resuspended in 200 " + MU + "l PBS. We refer to these vesicles as {{source_tissue,source_species|human umbilical cord MSC-derived exosomes}} (hUCMSC-Exos).",
            "Vesicle morphology was examined by {{characterization|transmission electron microscopy}} after negative staining. Size distribution was measured by {{characterization|nanoparticle tracking analysis}} (NanoSight NS300). {{characterization|Western blotting}} detected {{markers|CD63 and TSG101, whereas calnexin}} was absent from the exosome lysate. Protein content was determined with a BCA assay.",
            "For in vitro experiments, PC12 cells were treated with 50 " + MU + "g/ml hUCMSC-Exos for 24 h after lipopolysaccharide challenge; these doses were not used in animals.",
            ("h", "Treatment"),
            "Rats were allocated to sham, SCI + PBS and SCI + Exo groups ({{n_per_group|n = 10 per group}}) using a computer-generated list ({{reported_randomisation|randomly assigned}}). Beginning {{timing_post_injury_h|24 h after injury}}, rats in the SCI + Exo group received {{dose|200 " + MU + "g of hUCMSC-Exos (total protein) in 200 " + MU + "l PBS}} {{route,route_detail|via the tail vein}} {{frequency|on three consecutive days}}; SCI + PBS rats received 200 " + MU + "l PBS on the same schedule. 5-Bromo-2'-deoxyuridine (BrdU, 50 mg/kg, i.p.) was injected daily from day 1 to day 7 to label proliferating cells.",
            ("h", "Behavioural assessment"),
            "Hindlimb locomotion was scored in an open field using the Basso, Beattie and Bresnahan (BBB) scale on days 1, 7, 14, 21 and 28 after injury by two observers {{reported_blinded_assessment|blinded to group allocation}}. Each session lasted 4 min; the scores of the two observers were averaged.",
            ("h", "Statistics"),
            "Data are shown as mean " + "\u00b1" + " SD. BBB scores were compared by two-way repeated-measures ANOVA with Bonferroni correction; P < 0.05 was considered significant.",
        ]),
        ("results", "Results", [
            ("h", "Characterisation of hUCMSC-Exos"),
            "Under TEM, the vesicles were cup-shaped with a lipid bilayer. NTA gave {{size_nm|a mean diameter of 112.4 " + "\u00b1" + " 9.8 nm}} with most particles between 60 and 180 nm.",
            ("h", "Locomotor recovery"),
            "All injured rats were paraplegic on day 1 (BBB {bbb:SCI + PBS@1} in SCI + PBS and {bbb:SCI + Exo@1} in SCI + Exo). From day 14, the SCI + Exo group scored higher than the SCI + PBS group (Table 1). On day 28, treated rats reached {bbb:SCI + Exo@28} versus {bbb:SCI + PBS@28} (P < 0.01), and most treated rats showed consistent weight-supported plantar stepping. Sham rats walked normally throughout.",
            ("table", "Table 1", "BBB locomotor scores (mean " + "\u00b1" + " SD, n = 10 per group).",
             {"orient": "cols", "days": _T_DAYS, "groups": ["Sham", "SCI + PBS", "SCI + Exo"], "day_fmt": day_fmt,
              "foot": "<sup>a</sup>Days after injury. Sham rats underwent laminectomy without contusion."}),
            ("figure", "Figure 2", "NLRP3 inflammasome components in the lesion epicentre at day 7. Western blots of NLRP3, ASC and cleaved caspase-1 (n = 4 per group). Data are mean " + "\u00b1" + " SD.", {}),
        ]),
        ("discussion", "Discussion", [
            "Three daily injections of hUCMSC-Exos improved BBB scores by about four points at four weeks. Earlier studies used a single bolus [5], a 25 mm weight drop with the NYU impactor at T9, or intrathecal infusion through a catheter at L4 [8]; the size of their vesicles (50" + "\u2013" + "100 nm by TEM) was smaller than ours. Our data suggest that repeated dosing within the first days is feasible.",
            "This study has limitations: only female rats were studied, and outcomes were followed for four weeks only.",
        ]),
    ],
    back=[("Competing interests", "{{reported_conflict_of_interest|The authors declare no competing interests.}}"),
          ("Funding", "Supported by an invented grant (FG-2020-17).")],
    scores=scores("BBB", "sd", [("Sham", "sham", 10), ("SCI + PBS", "control", 10), ("SCI + Exo", "treatment", 10)], _T_DAYS, {
        "Sham": [(21.0, 0.0)] * 5,
        "SCI + PBS": [(0.4, 0.5), (2.6, 1.1), (5.1, 1.4), (6.8, 1.5), (7.9, 1.6)],
        "SCI + Exo": [(0.5, 0.5), (3.4, 1.2), (7.3, 1.5), (9.9, 1.7), (11.8, 1.8)],
    }),
)


# --- 2. nwosu2020 (preprint): MASCIS weight drop, T10 after laminectomy of T9, lumbar puncture weekly ---
_N_DAYS = [7.0, 14.0, 21.0, 28.0, 35.0, 42.0]
NWOSU = study(
    stem="nwosu2020_rbmsc_exo_mascis_intrathecal_weekly", layout="preprint",
    title="Weekly intrathecal delivery of native bone marrow stromal cell exosomes after weight-drop contusion in the rat",
    short_title="Weekly intrathecal BMSC exosomes",
    authors=[("Chidinma", "Nwosu"), ("Pablo", "Etxeberria"), ("Hana", "Novotná"), ("Liam", "Fairweather"), ("Yusuf", "Demirci")],
    affiliations=["Centre for Neural Repair, Imaginary College of Medicine, Enugu", "Spinal Injury Unit, Fictive Hospital, Bilbao", "Department of Physiology, Nonexistent University, Brno"],
    journal="Neurotrauma Reports (Synthetic)", year=2020, volume="2:e0147",
    doi="10.5555/ntrs.2020.0147", pmid="99100147", pmcid="PMC9910147", received="2020-06-18",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male", "body_weight_g": {"low": 250, "high": 280},
        "n_per_group": 8, "injury_model": "contusion", "injury_device": "MASCIS impactor", "injury_level": "T10",
        "source_tissue": "bone_marrow", "source_species": "rat", "modification": "none",
        "isolation_method": ["precipitation_kit", "ultrafiltration"], "isolation_detail": "ExoQuick-TC",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD81", "Alix"],
        "size_nm": {"value": 96.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 1e9, "unit": "particles", "volume_ul": 10, "basis": "particles"},
        "route": "intrathecal", "route_detail": "lumbar puncture",
        "frequency": {"doses": 4, "interval_h": 168}, "timing_post_injury_h": 0.0,
        "mechanism": "PTEN/AKT signalling",
        "reported_blinded_assessment": True, "reported_sample_size_calculation": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[("Background", "Intrathecal administration places vesicles close to the lesion, but most studies give a single injection."),
              ("Methods", "Adult male rats received a MASCIS weight-drop contusion and then rat bone marrow MSC exosomes (1 " + "\u00d7" + " 10^9 particles) by lumbar puncture, first immediately after injury and then once weekly."),
              ("Results", "At six weeks, treated rats had a BBB score of {bbb:BMSC-Exo@42|paren} compared with {bbb:Vehicle@42|paren} after vehicle."),
              ("Conclusions", "Weekly intrathecal exosomes were safe and improved locomotion.")],
    keywords=["exosome", "intrathecal", "contusion", "bone marrow stromal cells"],
    sections=[
        ("intro", "Introduction", [
            "Exosomes from bone marrow stromal cells reduce apoptosis and glial scarring in several models of spinal cord injury [1,4]. Intravenous injection is simple, but only a small fraction of the vesicles reaches the cord [6]. Intrathecal injection bypasses the blood" + "\u2013" + "spinal cord barrier; one group infused 5 " + MU + "g daily through an osmotic minipump for 14 days after clip compression [8], another injected vesicles 3 days after a T8 hemisection [10]. We asked whether a weekly schedule, which could be translated to repeated lumbar punctures in patients, improves recovery.",
        ]),
        ("methods", "Methods", [
            ("h", "Ethics and animals"),
            "{{reported_welfare_compliance|The study was approved by the institutional animal ethics committee (approval no. ICM-AEC-2018-12) and conducted in accordance with the EU Directive 2010/63/EU.}} Forty {{species,strain,sex|male Wistar rats}} weighing {{body_weight_g|250 to 280 g}} were used. {{reported_sample_size_calculation|The group size was determined by a power analysis}} (" + "\u03b1" + " = 0.05, power 0.8, expected difference of 3 BBB points, SD 2), giving {{n_per_group|eight animals per group}}; extra animals replaced those lost during surgery.",
            ("h", "Contusion injury"),
            "Under ketamine (80 mg/kg) and xylazine (10 mg/kg) anaesthesia given intraperitoneally, the T9 lamina was removed and {{injury_level|the T10 spinal segment after laminectomy of T9}} was exposed. A {{injury_model,injury_device|10 g rod was dropped from 25 mm with the MASCIS impactor}} onto the exposed dura. Meloxicam (1 mg/kg, s.c.) was given once daily for 3 days, and enrofloxacin (5 mg/kg) was added to the drinking water for 7 days. Bladders were emptied by manual compression three times daily.",
            ("h", "Exosome preparation"),
            "Bone marrow MSCs were flushed from the femurs and tibiae of 4-week-old Wistar rats and used at passages 3" + "\u2013" + "4. Serum-free conditioned medium (72 h) was concentrated with Amicon Ultra-15 filters (100 kDa cut-off) and mixed with {{isolation_method,isolation_detail|ExoQuick-TC}} reagent overnight at 4 " + "\u00b0" + "C; {{isolation_method|the concentrate was passed through 100 kDa ultrafiltration units}} before precipitation. The vesicles were {{modification|native, without any genetic or pharmacological modification}}. We call them {{source_tissue,source_species|rat bone marrow MSC-derived exosomes}} (BMSC-Exo).",
            "Particle size and concentration were measured by {{characterization|nanoparticle tracking analysis (NTA)}} on a ZetaView instrument; morphology by {{characterization|transmission electron microscopy (TEM)}}; and {{characterization|immunoblotting}} for {{markers|CD9, CD81 and Alix}}.",
            ("h", "Intrathecal injection"),
            "Rats were assigned to sham, vehicle and BMSC-Exo groups. {{timing_post_injury_h|Immediately after injury}}, while still anaesthetised, rats received {{dose|1 " + "\u00d7" + " 10^9 particles in 10 " + MU + "l}} of BMSC-Exo or 10 " + MU + "l PBS by {{route,route_detail|lumbar puncture}} between the L5 and L6 vertebrae with a 30 G needle; a tail flick confirmed intrathecal placement. Injections were repeated {{frequency|once a week for a total of four injections}} (days 0, 7, 14 and 21) under brief isoflurane anaesthesia.",
            ("h", "Functional testing"),
            "The BBB open-field test was performed weekly for six weeks by two examiners {{reported_blinded_assessment|unaware of the treatment}}. The grid-walk test was performed at week 6.",
            ("h", "Statistical analysis"),
            "Values are mean (SEM). Groups were compared by mixed-effects models; P < 0.05 was significant.",
        ]),
        ("results", "Results", [
            "NTA showed {{size_nm|a modal size of 96 nm}} and about 2.4 " + "\u00d7" + " 10^11 particles per ml of concentrate. Two rats died after surgery and were replaced.",
            "Vehicle and BMSC-Exo rats had similar scores in week 1 ({bbb:Vehicle@7|paren} and {bbb:BMSC-Exo@7|paren}). From week 3 onward the BMSC-Exo group recovered faster: {bbb:BMSC-Exo@21|paren} versus {bbb:Vehicle@21|paren} at week 3, {bbb:BMSC-Exo@28|paren} versus {bbb:Vehicle@28|paren} at week 4, and {bbb:BMSC-Exo@42|paren} versus {bbb:Vehicle@42|paren} at week 6 (all P < 0.05). Phosphorylated AKT was higher and PTEN lower in treated cords.",
            ("figure", "Figure 3", "Time course of BBB scores after contusion (mean (SEM), n = 8 per group). Week 2: Vehicle {bbb:Vehicle@14|paren}, BMSC-Exo {bbb:BMSC-Exo@14|paren}; week 5: Vehicle {bbb:Vehicle@35|paren}, BMSC-Exo {bbb:BMSC-Exo@35|paren}.", {}),
        ]),
        ("discussion", "Discussion", [
            "Repeated lumbar punctures delivered exosomes that improved locomotion, which we attribute to {{mechanism|modulation of PTEN/AKT signalling}}. Others have used the Infinite Horizon impactor at 150 kdyn or a forceps compression for 15 s [9]; differences in injury severity may explain the modest effect sizes reported there. A dose of 2 " + "\u00d7" + " 10^10 particles given intravenously was needed in one study [5].",
        ]),
    ],
    back=[("Declaration of interests", "{{reported_conflict_of_interest|The authors have no conflicts of interest to declare.}}")],
    scores=scores("BBB", "sem", [("Vehicle", "control", 8), ("BMSC-Exo", "treatment", 8)], _N_DAYS, {
        "Vehicle": [(1.9, 0.4), (3.8, 0.5), (5.2, 0.6), (6.4, 0.6), (7.1, 0.7), (7.6, 0.7)],
        "BMSC-Exo": [(2.1, 0.4), (4.6, 0.5), (7.0, 0.6), (8.7, 0.7), (9.6, 0.7), (10.3, 0.8)],
    }),
)

STUDIES = [TAVAKOLI, NWOSU]
