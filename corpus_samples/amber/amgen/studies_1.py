"""Amber studies 1-3 (everything invented: people, places, journals, numbers)."""

from __future__ import annotations

from extgen.common import FOOTNOTE, GMU, MINUS, MU, NB, TH, day_fmt, dpi_fmt, flat, wk_fmt
from extgen.model import Scores, Study

from amgen.refs import refs

# ---------------------------------------------------------------------------------------------
# 1. Turkey: rat BM-MSC exosomes, sucrose cushion, three tail-vein doses 72 h apart from day 1,
#    a methylprednisolone comparator with its own schedule.
# ---------------------------------------------------------------------------------------------
_G_DAYS = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]
GULBAHAR = Study(
    stem="gulbahar2021_rbmsc_exo_sucrose_repeated_iv",
    layout="single",
    title="Repeated intravenous delivery of bone marrow stromal cell exosomes dampens NLRP3 inflammasome "
          "activation and improves hindlimb function after thoracic contusion in rats",
    short_title="Gülbahar et al. · repeated BMSC-Exo dosing",
    authors=[("Elif", "Gülbahar"), ("Murat", "Sancaktar"), ("Derya", "Ökten"), ("Hakan", "Yıldızeli"),
             ("Zeynep", "Arıkan")],
    affiliations=["Department of Histology and Embryology, Karadeniz Institute of Medical Sciences, Trabzon",
                  "Neurosurgery Research Unit, Ege Valley Teaching Hospital, Izmir"],
    journal="Anatolian Journal of Neural Repair",
    year=2021,
    volume="9(3):211–224",
    doi="10.5555/ajnr.2021.0311",
    pmid="99177031",
    pmcid="PMC9917703",
    received="2021-02-14",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 220, "high": 260}, "n_per_group": 8,
        "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T10",
        "source_tissue": "bone_marrow", "source_species": "rat", "modification": "none",
        "isolation_method": ["ultracentrifugation", "density_gradient"],
        "isolation_detail": "30% sucrose cushion, 100,000 × g for 90 min",
        "characterization": ["TEM", "NTA", "western_blot"],
        "markers": ["CD63", "TSG101", "Alix", "calnexin"],
        "size_nm": {"value": 112.4, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 500, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 3, "interval_h": 72}, "timing_post_injury_h": 24,
        "mechanism": "NLRP3 inflammasome inhibition",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", ("Single injections of mesenchymal stromal cell exosomes improve locomotion after spinal "
         "cord injury (SCI), but how often they should be given is unclear.")),
        ("Methods", "{{sex,species|Female rats}} received a moderate contusion of the thoracic cord and were "
         "randomised to PBS, exosomes from rat bone marrow stromal cells (BMSC-Exos) or methylprednisolone. "
         "BMSC-Exos ({{dose|100" + NB + MU + "g}}) were injected into the tail vein "
         "{{frequency,timing_post_injury_h|on days 1, 4 and 7 after injury}}. Hindlimb function was scored "
         "with the Basso, Beattie and Bresnahan (BBB) scale for 4 weeks."),
        ("Results", ("Exosome-treated rats reached {bbb:SCI + Exo@28} points at day 28, against "
         "{bbb:SCI + PBS@28} in PBS controls, and showed less cleaved caspase-1 and IL-1β in the lesion.")),
        ("Conclusions", ("Repeated BMSC-Exo dosing improves recovery, probably by {{mechanism|restraining NLRP3 "
         "inflammasome activation}} in microglia.")),
    ],
    keywords=["spinal cord injury", "exosomes", "bone marrow stromal cells", "NLRP3", "pyroptosis"],
    sections=[
        ("intro", "Introduction", [
            ("Traumatic spinal cord injury sets off a secondary cascade in which resident microglia assemble "
            "the NLRP3 inflammasome, release IL-1β and die by pyroptosis [1,2]. Exosomes are small "
            "membrane vesicles of about 30–150 nm that stromal cells secrete in large amounts; they carry "
            "proteins and microRNAs and cross the blood–spinal cord barrier after systemic injection [3]."),
            "Most rodent studies have given a single bolus, for instance 200 " + MU + "g once after injury [4], "
            "although the inflammatory phase lasts one to two weeks. We therefore asked whether three spaced "
            "intravenous doses of native exosomes would help, and compared them with the clinical "
            "corticosteroid regimen.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals and ethics"),
            "Forty adult {{strain|Sprague–Dawley}} rats (female, 10–12 weeks old, "
            "{{body_weight_g|weighing 220–260" + NB + "g}}) were obtained from the institute's breeding "
            "unit and kept two per cage under a 12 h light/dark cycle. {{reported_welfare_compliance|All "
            "procedures were approved by the Local Ethics Committee for Animal Experiments (protocol "
            "2019/44) and followed the ARRIVE guidelines}}.",
            ("h", "Isolation of BMSCs and exosomes"),
            "{{source_species,source_tissue|BMSCs were flushed from the femurs and tibias of 4-week-old "
            "Sprague–Dawley rats}}, expanded in α-MEM with 10% FBS and used at passages 3–5. At 80% "
            "confluence the medium was replaced by serum-free medium for 48 h. The conditioned medium was "
            "cleared at 300 × g for 10 min, 2" + TH + "000 × g for 20 min and 10" + TH + "000 × g for 30 min, "
            "passed through a 0.22 " + GMU + "m filter, and {{isolation_method,isolation_detail|layered on a 30% "
            "sucrose cushion and ultracentrifuged at 100" + TH + "000 × g for 90 min}} (4 °C). The vesicles "
            "at the interface were washed once in PBS at 100" + TH + "000 × g for 70 min. These "
            "{{modification|unmodified exosomes}} were quantified by BCA assay and stored at " + MINUS + "80 °C.",
            ("h", "Characterisation"),
            ("{{characterization|Morphology was examined by transmission electron microscopy}} after negative "
            "staining. {{characterization,size_nm|Nanoparticle tracking analysis (NanoSight NS300) gave a "
            "mean diameter of 112.4 ± 27.9 nm}}. {{characterization,markers|Western blotting showed CD63, "
            "TSG101 and Alix, whereas the endoplasmic reticulum protein calnexin was absent}}."),
            ("h", "Spinal cord injury and treatment"),
            ("Rats were anaesthetised with ketamine (80 mg/kg) and xylazine (10 mg/kg) i.p. After a "
            "laminectomy at T9, the exposed cord was injured with the "
            "{{injury_device,injury_model|NYU impactor (10 g rod dropped from 25 mm)}} at the "
            "{{injury_level|T10 segment}}. Bladders were expressed twice a day, and cefazolin "
            "(20 mg/kg, s.c.) was given once daily for 3 days."),
            "{{reported_randomisation|Rats were randomly assigned with a random number table}} to four "
            "groups ({{n_per_group|n = 8 per group}}): Sham (laminectomy only), SCI + PBS, SCI + Exo and "
            "SCI + MP. The SCI + Exo group received {{dose|100" + NB + MU + "g of exosomal protein in "
            "500" + NB + MU + "L PBS}} {{route,route_detail|through the lateral tail vein}} "
            "{{frequency,timing_post_injury_h|on day 1, day 4 and day 7 post-injury}}; the SCI + PBS group "
            "received the same volume of PBS on the same days. The SCI + MP group received methylprednisolone "
            "sodium succinate, 30 mg/kg as an intravenous bolus 8 h after injury, followed by 5.4 mg/kg/h "
            "for 23 h.",
            ("h", "Behavioural testing"),
            ("All rats scored 21 on the BBB scale before surgery. {{reported_blinded_assessment|Two observers "
            "who did not know the group allocation}} scored open-field locomotion on days 1, 3, 7, 14, 21 "
            "and 28."),
            ("h", "Cell culture assay"),
            "BV2 microglia were primed with LPS (1 " + MU + "g/mL) and ATP (5 mM) and incubated with 50 "
            + MU + "g/mL BMSC-Exos for 24 h.",
            ("h", "Statistics"),
            ("Data are mean ± SD. BBB scores were compared by two-way repeated-measures ANOVA with "
            "Bonferroni's test; P < 0.05 was considered significant."),
        ]),
        ("results", "Results", [
            ("h", "Exosome characteristics"),
            ("The vesicles were cup-shaped, 60–140 nm wide on electron micrographs, and carried the expected "
            "markers (Supplementary Fig. S1)."),
            ("h", "Locomotor recovery"),
            ("All injured rats were paraplegic on day 1 (Table 1). From day 14 the SCI + Exo group scored "
            "higher than the SCI + PBS group, and on day 28 it reached {bbb:SCI + Exo@28} compared with "
            "{bbb:SCI + PBS@28} (P < 0.01). Methylprednisolone produced a smaller gain "
            "({bbb:SCI + MP@28} at day 28). Sham rats scored {bbb:Sham@28} throughout the study."),
            ("table", "Table 1", "BBB locomotor scores (mean ± SD; n = 8 per group).",
             {"orient": "cols", "days": _G_DAYS, "groups": ["Sham", "SCI + PBS", "SCI + Exo", "SCI + MP"],
              "day_fmt": day_fmt, "corner": "Group",
              "foot": "MP, methylprednisolone. Two-way ANOVA: group × time P < 0.001."}),
            ("h", "Inflammasome markers"),
            ("Cleaved caspase-1, NLRP3 and IL-1β in the lesion at day 7 were lower after exosome treatment "
            "than after PBS (all P < 0.05)."),
        ]),
        ("discussion", "Discussion", [
            "Three exosome injections spaced over the first week improved BBB scores by about four points. "
            "Earlier work with a single 200 " + MU + "g injection reported a gain of 2.6 points [4], and a "
            "study of adipose exosomes given daily for 7 days found a plateau after day 21 [5].",
            ("The modest effect of methylprednisolone matches the clinical controversy [6]. Limitations "
            "include the use of female rats only and a 4-week follow-up."),
        ]),
    ],
    references=refs(1, 6),
    scores=Scores(
        outcome="BBB", err="sd",
        groups=[("Sham", "sham", 8), ("SCI + PBS", "control", 8), ("SCI + Exo", "treatment", 8),
                ("SCI + MP", "other", 8)],
        values={
            "Sham": flat("Sham", _G_DAYS, [(21.0, 0.0)] * 6),
            "SCI + PBS": flat("SCI + PBS", _G_DAYS, [(0.6, 0.5), (1.9, 0.8), (3.8, 1.1), (5.9, 1.3),
                                                    (7.0, 1.4), (7.6, 1.5)]),
            "SCI + Exo": flat("SCI + Exo", _G_DAYS, [(0.7, 0.5), (2.4, 0.9), (5.1, 1.2), (8.6, 1.4),
                                                    (10.4, 1.6), (11.5, 1.7)]),
            "SCI + MP": flat("SCI + MP", _G_DAYS, [(0.6, 0.4), (2.2, 0.8), (4.5, 1.0), (6.8, 1.3),
                                                  (8.1, 1.5), (8.9, 1.6)]),
        },
    ),
    back=[("Funding", "Supported by the Karadeniz Institute research fund (grant KIMS-2019-07)."),
          ("Conflict of interest", ("{{reported_conflict_of_interest|The authors declare that they have no "
           "conflict of interest.}}"))],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------------
# 2. Mexico: human UC-MSC sEVs from miR-199a-3p-transduced parent cells, TFF + SEC,
#    daily tail-vein doses for five days from 2 h, table with days down the side (SEM).
# ---------------------------------------------------------------------------------------------
_J_DAYS = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0, 42.0]
JUAREZ = Study(
    stem="juarez2023_hucmsc_sev_mir199a_tff_daily_iv",
    layout="twocol",
    title="Small extracellular vesicles from miR-199a-3p-engineered umbilical cord mesenchymal stromal cells "
          "restrain TLR4/NF-κB signalling after spinal cord contusion",
    short_title="Juárez et al.",
    authors=[("Mariana", "Juárez-Villalobos"), ("Tomás", "Escamilla"), ("Lucía", "Barrientos"),
             ("Iván", "Ocampo"), ("Renata", "Quiroga")],
    affiliations=[("Laboratorio de Neurorregeneración, Instituto Sierra Madre de Investigaciones Biomédicas, "
                  "Monterrey, Mexico"), "Unidad de Terapia Celular, Hospital Regional del Bajío, León, Mexico"],
    journal="Journal of Translational Spinal Research",
    year=2023,
    volume="14:e2304",
    doi="10.5555/jtsr.2023.0142",
    pmid="99177032",
    pmcid="PMC9917704",
    received="2023-05-03",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male",
        "body_weight_g": {"low": 250, "high": 300}, "n_per_group": 10,
        "injury_model": "contusion", "injury_device": "Infinite Horizon impactor", "injury_level": "T9-T10",
        "source_tissue": "umbilical_cord", "source_species": "human",
        "modification": "miR-199a-3p overexpression",
        "isolation_method": ["tangential_flow", "size_exclusion"],
        "isolation_detail": "tangential flow filtration (500 kDa) and qEV10 70 nm columns",
        "characterization": ["NTA", "TEM", "western_blot"],
        "markers": ["CD9", "CD81", "TSG101", "calnexin"],
        "size_nm": {"value": 96.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 2e10, "unit": "particles", "volume_ul": 100, "basis": "particles"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 5, "interval_h": 24}, "timing_post_injury_h": 2,
        "mechanism": "TLR4/NF-κB suppression",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, ("MicroRNA-199a-3p dampens Toll-like receptor signalling in macrophages. We engineered human "
         "umbilical cord mesenchymal stromal cells (hUC-MSCs) to overexpress miR-199a-3p and tested their "
         "small extracellular vesicles (sEV-199a) in {{species|rats}} with a thoracic contusion. "
         "sEVs were purified by tangential flow filtration and size-exclusion chromatography, and "
         "{{dose|2 × 10<sup>10</sup> particles}} were injected intravenously "
         "{{frequency|once a day for five consecutive days}}, beginning 2 h after injury. By day 42 the "
         "BBB score of the sEV-199a group was {bbb:sEV-199a@42}, compared with {bbb:Vehicle@42} after "
         "vehicle and {bbb:sEV-NC@42} after control sEVs. sEV-199a lowered TLR4, phospho-p65 and TNF-α "
         "in the injured cord.")),
    ],
    keywords=["extracellular vesicles", "miR-199a-3p", "spinal cord injury", "TLR4", "umbilical cord"],
    sections=[
        ("intro", "Introduction", [
            ("After spinal cord contusion, damage-associated molecules activate TLR4 on microglia and "
            "infiltrating macrophages, driving NF-κB-dependent cytokine release [2,3]. Small extracellular "
            "vesicles (sEVs; 40–160 nm by the usual definition) from mesenchymal stromal cells transfer "
            "microRNAs to these cells [1]."),
            ("Because native sEVs carry little miR-199a-3p, we loaded it through the parent cells rather than "
            "into purified vesicles, and gave the vesicles over the first days after injury, when TLR4 "
            "signalling peaks."),
        ]),
        ("methods", "Methods", [
            ("h", "Cells and genetic engineering"),
            "{{source_species,source_tissue|hUC-MSCs were isolated from the umbilical cords of three healthy "
            "full-term deliveries}} (informed consent, hospital ethics approval HRB-2021-017) and "
            "characterised by flow cytometry (CD73+, CD90+, CD105+, CD34−, CD45−). At passage 4, "
            "{{modification|cells were transduced with a lentivirus encoding pre-miR-199a-3p}} (MOI 20) or an "
            "empty control vector (NC) and selected with puromycin (2 " + MU + "g/mL) for 5 days; "
            "the sEVs they released carried 38-fold more miR-199a-3p than those of NC cells (qPCR).",
            ("h", "sEV purification and characterisation"),
            "Serum-free conditioned medium (72 h) was clarified (2" + TH + "000 × g, 20 min; 0.45 " + GMU
            + "m filter), {{isolation_method,isolation_detail|concentrated by tangential flow filtration "
            "(500 kDa) and fractionated on qEV10 70 nm columns}} (Izon). Fractions 1–4 were pooled and "
            "concentrated with Amicon Ultra-4 (10 kDa). "
            "{{characterization,size_nm|ZetaView NTA showed a modal size of 96 nm}} and a concentration of "
            "4.1 × 10<sup>11</sup> particles/mL; {{characterization|TEM showed cup-shaped vesicles}}. "
            "{{characterization,markers|Immunoblots were positive for CD9, CD81 and TSG101 and negative for "
            "calnexin}}.",
            ("h", "Animals and experimental design"),
            ("Forty-eight {{strain,sex|male Wistar rats}} ({{body_weight_g|250–300 g}}, 10 weeks) were used; "
            "eight served for a biodistribution pilot with DiR-labelled sEVs and are not analysed here. "
            "{{reported_sample_size_calculation|The group size was calculated a priori (G*Power; effect size "
            "1.4, α = 0.05, power 0.8)}}, and {{reported_randomisation,n_per_group|the remaining 40 rats were "
            "randomised by computer into four groups of ten}}: Sham, Vehicle, sEV-NC and sEV-199a. "
            "{{reported_welfare_compliance|The protocol was approved by the Institutional Animal Care and "
            "Use Committee (CICUAL-2021-09) and complied with NOM-062-ZOO-1999}}."),
            ("Under isoflurane (2–3%) anaesthesia, the dorsal laminae were removed and a "
            "{{injury_model,injury_device|200-kdyn contusion was delivered with the Infinite Horizon "
            "impactor}} {{injury_level|at T9–T10}}. Sham rats had a laminectomy only. Buprenorphine "
            "(0.05 mg/kg s.c., every 12 h for 72 h) and enrofloxacin (5 mg/kg/day for 5 days) were given "
            "after surgery."),
            "{{timing_post_injury_h|Two hours after the injury}}, rats received {{dose|2 × 10<sup>10</sup> "
            "particles in 100 " + MU + "L of PBS}} {{route,route_detail|via the tail vein}}, and the "
            "injection was {{frequency|repeated every 24 h up to a total of five doses}}. Vehicle rats "
            "received PBS on the same schedule.",
            ("h", "Locomotor assessment"),
            ("{{reported_blinded_assessment|BBB scores were assigned by two examiners blinded to treatment}} "
            "on days 1, 3, 7, 14, 21, 28 and 42 post-injury (dpi)."),
            ("h", "In vitro assay"),
            ("RAW264.7 macrophages were stimulated with LPS (100 ng/mL) in the presence of 1 × 10<sup>9</sup> "
            "particles/mL sEVs for 12 h."),
            ("h", "Statistical analysis"),
            "Values are mean ± SEM. Repeated-measures two-way ANOVA with Tukey's correction was used.",
        ]),
        ("results", "Results", [
            ("All rats completed the study. Scores are shown in Table 1 and Figure 1. Rats in the sEV-199a "
            "group recovered faster from 7 dpi onwards: at 28 dpi they scored {bbb:sEV-199a@28}, versus "
            "{bbb:Vehicle@28} for Vehicle (P < 0.001) and {bbb:sEV-NC@28} for sEV-NC (P < 0.05)."),
            ("table", "Table 1", "Open-field BBB scores by time after injury (mean ± SEM, n = 10 each).",
             {"orient": "rows", "days": _J_DAYS, "groups": ["Sham", "Vehicle", "sEV-NC", "sEV-199a"],
              "day_fmt": dpi_fmt, "corner": "Time"}),
            ("figure", "Figure 1", "Time course of BBB scores. Symbols, group means; see Table 1 for SEM.",
             {"days": _J_DAYS, "groups": ["Vehicle", "sEV-NC", "sEV-199a"]}),
            ("TLR4, phospho-p65 and TNF-α levels in the lesion epicentre at 7 dpi were reduced by sEV-199a "
            "(Supplementary Fig. S3)."),
        ]),
        ("discussion", "Discussion", [
            ("Engineering the parent cells enriched miR-199a-3p in the vesicles and added about two BBB points "
            "to the effect of control vesicles, most likely by {{mechanism|suppressing TLR4/NF-κB signalling}} "
            "in lesion macrophages. A previous report found that a single dose of 1 × 10<sup>11</sup> "
            "particles produced a similar benefit [4], and intrathecal delivery of 5 × 10<sup>9</sup> "
            "particles has also been tested [5]."),
            "Our study used males only and did not measure bladder function.",
        ]),
    ],
    references=refs(7, 5),
    scores=Scores(
        outcome="BBB", err="sem",
        groups=[("Sham", "sham", 10), ("Vehicle", "control", 10), ("sEV-NC", "other", 10),
                ("sEV-199a", "treatment", 10)],
        values={
            "Sham": flat("Sham", _J_DAYS, [(20.8, 0.1), (20.9, 0.1), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0),
                                          (21.0, 0.0), (21.0, 0.0)]),
            "Vehicle": flat("Vehicle", _J_DAYS, [(0.4, 0.2), (1.3, 0.3), (3.2, 0.4), (5.4, 0.5), (6.9, 0.5),
                                                (7.8, 0.6), (8.6, 0.6)]),
            "sEV-NC": flat("sEV-NC", _J_DAYS, [(0.5, 0.2), (1.6, 0.3), (3.9, 0.4), (6.6, 0.5), (8.2, 0.5),
                                              (9.1, 0.6), (9.9, 0.6)]),
            "sEV-199a": flat("sEV-199a", _J_DAYS, [(0.5, 0.2), (1.9, 0.3), (5.0, 0.5), (8.3, 0.5),
                                                  (10.1, 0.6), (11.2, 0.6), (12.3, 0.7)]),
        },
    ),
    back=[("Ethics statement", "Animal work was approved by CICUAL (approval CICUAL-2021-09)."),
          ("Competing interests", ("{{reported_conflict_of_interest|The authors declare no competing "
           "interests.}}"))],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------------
# 3. Denmark (manuscript layout): native human adipose exosomes in a hyaluronic acid hydrogel
#    placed once after clip compression; group table; legends at the end; deaths excluded.
# ---------------------------------------------------------------------------------------------
_S_DAYS = [7.0, 14.0, 21.0, 28.0, 35.0, 42.0]
SKOVGAARD = Study(
    stem="skovgaard2020_hadsc_exo_hagel_clip_local",
    layout="manuscript",
    title="A hyaluronan hydrogel depot of adipose stromal cell exosomes placed on the compressed rat spinal "
          "cord shifts macrophages towards an M2 phenotype",
    short_title="Skovgaard et al.",
    authors=[("Mette", "Skovgaard"), ("Jonas", "Ravnsborg"), ("Ida", "Thorsager"), ("Peter", "Lund-Hviid")],
    affiliations=["Department of Neuroscience and Regeneration, Limfjord University, Aalborg, Denmark",
                  "Centre for Biomaterials, Øresund Institute of Technology, Copenhagen, Denmark"],
    journal="Nordic Journal of Neurobiology and Regeneration",
    year=2020,
    volume="27",
    doi="10.5555/njnr.2020.0058",
    pmid="99177033",
    pmcid="PMC9917705",
    received="2020-06-22",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 180, "high": 200}, "n_per_group": 10,
        "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T8",
        "source_tissue": "adipose", "source_species": "human", "modification": "none",
        "isolation_method": ["ultrafiltration", "precipitation_kit"],
        "isolation_detail": "Amicon Ultra-15 100 kDa, miRCURY Exosome Isolation Kit",
        "characterization": ["TEM", "DLS", "western_blot"],
        "markers": ["CD9", "CD63", "HSP70", "GM130"],
        "size_nm": {"value": 138.6, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 50, "unit": "ug", "volume_ul": 20, "basis": "protein"},
        "route": "implanted_biomaterial", "route_detail": "hydrogel",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.25,
        "mechanism": "M2 macrophage polarisation",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Objective.", ("To test whether a local hydrogel depot of human adipose-derived stromal cell (hADSC) "
         "exosomes improves recovery after compression injury of the thoracic cord.")),
        ("Methods.", "Clip-compressed rats received nothing, an empty hyaluronic acid (HA) gel, or "
         "{{dose|50 " + GMU + "g exosomes}} {{route,route_detail|embedded in 20 " + GMU + "L HA gel placed on "
         "the dura}} "
         "{{timing_post_injury_h|15 min after the injury}}."),
        ("Results.", ("At 6 weeks the BBB score was {bbb:SCI+Gel-Exo@42} with the exosome gel and "
         "{bbb:SCI@42} without treatment. The exosome gel increased CD206+ and reduced iNOS+ macrophages.")),
        ("Conclusion.", "A single local depot of native hADSC exosomes supports locomotor recovery."),
    ],
    keywords=["exosomes", "adipose stromal cells", "hydrogel", "spinal cord compression", "macrophage"],
    sections=[
        ("intro", "Introduction", [
            ("Systemically injected exosomes are cleared within hours, largely by the liver and spleen [2]. "
            "A hydrogel depot on the lesion could keep vesicles near the injured cord for days [8]. "
            "Exosomes range from 30 to 100 nm in diameter according to classic descriptions, although "
            "preparations from stromal cells are often larger [3]."),
            ("We embedded exosomes from human adipose stromal cells in a hyaluronan gel and placed it on the "
            "compressed thoracic cord."),
        ]),
        ("methods", "Materials and methods", [
            ("h", "Exosome preparation"),
            "{{source_species,source_tissue|Human adipose-derived stromal cells (three donors, lipoaspirate "
            "obtained with consent)}} were grown in DMEM/F12 with 5% human platelet lysate and switched to "
            "serum-free medium at passage 4. After 48 h the medium was centrifuged (2" + TH + "000 × g, 30 "
            "min), {{isolation_method,isolation_detail|concentrated on Amicon Ultra-15 100 kDa filters}} and "
            "{{isolation_method,isolation_detail|exosomes were precipitated with the miRCURY Exosome "
            "Isolation Kit}} (Qiagen) according to the manufacturer. {{modification|The exosomes were used "
            "native, without loading or preconditioning}}.",
            ("{{characterization|Vesicles were imaged by transmission electron microscopy}}, and "
            "{{characterization,size_nm|dynamic light scattering (Zetasizer Nano) gave a mean hydrodynamic "
            "diameter of 138.6 nm}} (PDI 0.21). {{characterization,markers|Western blots detected CD9, CD63 "
            "and HSP70; the Golgi marker GM130 was not detected}}. Protein was measured by micro-BCA."),
            ("h", "Hydrogel"),
            ("Thiol-modified HA (1% w/v) was crosslinked with PEGDA; exosomes were mixed in before "
            "gelation. In vitro, 80% of the exosomal protein was released over 7 days."),
            ("h", "Animals, injury and treatment"),
            ("{{species,sex,strain|Female Sprague-Dawley rats}} (8 weeks, {{body_weight_g|180–200 g}}) were "
            "anaesthetised with fentanyl/fluanisone and midazolam. A laminectomy was performed at the "
            "{{injury_level|eighth thoracic vertebra (T8)}} and the cord was "
            "{{injury_model,injury_device|compressed for 60 s with a modified aneurysm clip}} (closing force "
            "24 g). Groups are listed in Table 1. "
            "{{route,route_detail|The gel was placed on the dura over the lesion}} before the muscles were "
            "closed. Buprenorphine (0.03 mg/kg) was given every 12 h for 3 days."),
            ("Two rats of the SCI group died within 48 h of surgery (bladder rupture and autotomy) and were "
            "excluded from all analyses."),
            ("h", "Outcome measures"),
            ("{{reported_blinded_assessment|Locomotion was rated weekly with the BBB scale by an observer "
            "unaware of the treatment}}. At week 6, four rats per group were perfused for "
            "immunohistochemistry (CD68, CD206, iNOS)."),
            ("h", "Statistics"),
            "Mean ± SD; mixed-effects model with Šidák post hoc comparisons (GraphPad Prism 8).",
            ("dtable", "Table 1", "Experimental groups.",
             {"head": ["Group", "Treatment", "Time of application", "Rats (BBB / histology)"],
              "rows": [["Sham", "Laminectomy only", "–", "6 / 3"],
                       ["SCI", "Clip compression, no treatment", "–", "10 / 4"],
                       ["SCI+Gel", "Empty HA gel, 20 " + GMU + "L", "15 min after injury", "10 / 4"],
                       ["SCI+Gel-Exo", "{{dose|50 " + GMU + "g exosomal protein in 20 " + GMU + "L HA gel}}",
                        "{{frequency,timing_post_injury_h|Once, 15 min after injury}}", "{{n_per_group|10 / 4}}"]],
              "foot": "Histology rats were a subset of the BBB rats."}),
        ]),
        ("results", "Results", [
            ("Exosomes were round vesicles of 50–180 nm on TEM. The gel kept its shape on the dura for at "
            "least 5 days (MRI, not shown)."),
            ("BBB scores are given in Table 2 and Figure 1. The two gel groups did not differ during the "
            "first week. From week 3 the SCI+Gel-Exo group scored higher than SCI and SCI+Gel; at week 4 the "
            "scores were {bbb:SCI+Gel-Exo@28} and {bbb:SCI+Gel@28}, respectively."),
            "The exosome gel increased the share of CD206+ macrophages in the lesion (41% vs 17%).",
            ("figure", "Figure 1", ("BBB scores after clip compression. At 6 weeks, SCI+Gel-Exo rats scored "
             "{bbb:SCI+Gel-Exo@42} and SCI rats {bbb:SCI@42} (P < 0.01)."),
             {"days": _S_DAYS, "groups": ["SCI", "SCI+Gel", "SCI+Gel-Exo"], "x": "weeks"}),
            ("table", "Table 2", "Weekly BBB scores (mean ± SD).",
             {"orient": "cols", "days": _S_DAYS, "groups": ["Sham", "SCI", "SCI+Gel", "SCI+Gel-Exo"],
              "day_fmt": wk_fmt, "corner": "Group",
              "foot": "n = 6 (Sham), 8 (SCI), 10 (SCI+Gel) and 10 (SCI+Gel-Exo)."}),
        ]),
        ("discussion", "Discussion", [
            "A single depot of 50 " + GMU + "g improved recovery by about four BBB points, similar to "
            "repeated systemic dosing: a previous study injected 200 " + GMU + "g intravenously each day for "
            "3 days [4]. We propose that slow release favours {{mechanism|M2 polarisation of macrophages}} "
            "in the lesion.",
            "The study is limited by the lack of a dose–response experiment.",
        ]),
    ],
    references=refs(3, 6),
    scores=Scores(
        outcome="BBB", err="sd",
        groups=[("Sham", "sham", 6), ("SCI", "control", 8), ("SCI+Gel", "other", 10),
                ("SCI+Gel-Exo", "treatment", 10)],
        values={
            "Sham": flat("Sham", _S_DAYS, [(21.0, 0.0)] * 6),
            "SCI": flat("SCI", _S_DAYS, [(2.1, 1.0), (4.0, 1.3), (5.6, 1.4), (6.6, 1.3), (7.4, 1.2),
                                        (7.9, 1.2)]),
            "SCI+Gel": flat("SCI+Gel", _S_DAYS, [(2.3, 1.1), (4.3, 1.2), (6.0, 1.3), (7.0, 1.4), (7.8, 1.3),
                                                (8.3, 1.3)]),
            "SCI+Gel-Exo": flat("SCI+Gel-Exo", _S_DAYS, [(2.6, 1.0), (5.2, 1.3), (8.0, 1.4), (9.9, 1.5),
                                                        (11.2, 1.4), (12.1, 1.4)]),
        },
    ),
    back=[("Ethics", ("{{reported_welfare_compliance|Experiments were licensed by the Danish Animal "
           "Experiments Inspectorate (licence 2018-15-0201-01544)}}.")),
          ("Declaration of interests", ("{{reported_conflict_of_interest|None of the authors has a competing "
           "interest to declare.}}"))],
    footnote=FOOTNOTE,
)

STUDIES = [GULBAHAR, JUAREZ, SKOVGAARD]
