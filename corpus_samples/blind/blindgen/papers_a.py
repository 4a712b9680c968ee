# ruff: noqa: ISC004  (prose blocks are long strings split over lines inside section lists)
"""Blind studies 1-4 (invented): Norwegian, Chinese, Spanish and Polish writing habits."""

from __future__ import annotations

from extgen.common import GMU, MU, TH, day_fmt, dpi_fmt
from extgen.model import Scores, Study

from blindgen.kit import NOTICE, curve, flat_sham, ids, refs, table

# ---------------------------------------------------------------------------------------
# 1. Halvorsen 2021: British spelling, rat BMSC exosomes, NYU impactor, single tail-vein dose
# ---------------------------------------------------------------------------------------
D1 = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]
S1 = Scores("BBB", "sd", [("Sham", "sham", 10), ("SCI + PBS", "control", 10), ("SCI + Exo", "treatment", 10)], {
    "Sham": flat_sham(D1),
    "SCI + PBS": curve(D1, 0.3, 8.4, 9.0, 1.0, 101),
    "SCI + Exo": curve(D1, 0.4, 11.9, 8.0, 1.1, 102),
})

HALVORSEN = Study(
    stem="halvorsen2021_rbmsc_exo_nyu_tailvein",
    layout="single",
    title="Systemic delivery of bone marrow stromal cell exosomes dampens astrocyte reactivity after thoracic contusion in the rat",
    short_title="Halvorsen et al. · BMSC exosomes after contusion",
    authors=[("Ingrid M.", "Halvorsen"), ("Torbjørn", "Aas"), ("Leila", "Rostami"), ("Henrik", "Brekke")],
    affiliations=["Department of Neuromedicine, Vestfjord University Hospital, Bergen (invented)",
                  "Centre for Vesicle Research, Nordkyst Institute, Tromsø (invented)"],
    journal="Scandinavian Journal of Neurotrauma Research", year=2021, volume="14(3):e2207",
    **ids(1), received="2021-02-11",
    values={
        "species": "rat", "strain": "Wistar", "sex": "female", "body_weight_g": {"low": 230, "high": 260},
        "n_per_group": 10, "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T10",
        "source_tissue": "bone_marrow", "source_species": "rat", "modification": "none",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "110,000 g 70 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "TSG101", "Alix", "calnexin"],
        "size_nm": {"value": 104.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 500, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein", "frequency": {"doses": 1, "interval_h": None},
        "timing_post_injury_h": 1.0, "mechanism": "suppression of A1 astrocyte reactivity through NF-κB signalling",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Reactive astrocytes shape the glial scar after spinal cord injury (SCI). We asked whether "
         "exosomes released by bone marrow stromal cells (BMSCs) modify this response when given systemically."),
        ("Methods", "Adult female Wistar rats received a moderate contusion at the tenth thoracic vertebra and, one hour "
         "later, a single intravenous injection of BMSC-derived exosomes or phosphate-buffered saline. Locomotion was "
         "scored on the Basso, Beattie and Bresnahan (BBB) scale for four weeks."),
        ("Results", "Exosome-treated rats recovered better from the second week onwards and ended at "
         "{bbb:SCI + Exo@28} points against {bbb:SCI + PBS@28} in vehicle-treated animals; lesions contained fewer "
         "C3-positive astrocytes."),
        ("Conclusions", "A single systemic dose of native BMSC exosomes limits A1-like astrocyte reactivity and "
         "improves hind-limb function after contusion."),
    ],
    keywords=["spinal cord injury", "exosomes", "bone marrow stromal cells", "astrocytes", "NF-κB"],
    sections=[
        ("intro", "Introduction", [
            "Traumatic spinal cord injury leaves most patients with permanent deficits, and much of the damage is "
            "secondary: oedema, haemorrhage, excitotoxicity and inflammation extend the lesion for days after the "
            "primary impact [1]. Astrocytes respond within hours, and a subset adopts a neurotoxic, complement-positive "
            "phenotype that has been termed A1 [8].",
            "Mesenchymal stromal cells act largely through what they secrete [4]. Exosomes are small vesicles of "
            "endosomal origin, usually described as 30–150 nm in diameter, that carry proteins and RNAs between "
            "cells [2]. Systemic injection of stromal-cell exosomes has improved locomotion in several rodent models "
            "[11,14], but which glial population they act on remains debated. Here we tested native rat BMSC exosomes "
            "in a standard contusion model and followed astrocyte phenotype alongside open-field locomotion.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals and ethics"),
            "All procedures were approved by the regional animal research committee (permit 2019/0417) and complied "
            "with EU Directive 2010/63/EU; {{reported_welfare_compliance|reporting follows the ARRIVE 2.0 guidelines}}. "
            "{{species,strain,sex|Female Wistar rats}} ({{body_weight_g|230–260 g}}; Nordkyst breeding unit) were "
            "housed four per cage on a 12 h light/dark cycle with food and water ad libitum.",
            "Thirty rats were allocated by a computer-generated list to three groups, "
            "{{n_per_group|n = 10 per group}}: Sham (laminectomy only), SCI + PBS and SCI + Exo. "
            "{{reported_randomisation|Allocation was randomised by a colleague not involved in surgery}}, and "
            "syringes were coded.",
            ("h", "Contusion injury"),
            "Under isoflurane anaesthesia (4% induction, 2% maintenance) a laminectomy was performed at "
            "{{injury_level|the T10 vertebra}} and the exposed cord was "
            "{{injury_model,injury_device|contused with the NYU impactor (10 g rod dropped from 25 mm)}}. Bladders were "
            "expressed manually twice daily until reflex voiding returned; buprenorphine (0.05 mg/kg) was given for "
            "three days. Sham animals had the laminectomy without impact.",
            ("h", "Cell culture and exosome isolation"),
            "{{source_tissue,source_species|Bone marrow stromal cells were flushed from the femora and tibiae of "
            "4-week-old Wistar rats}} and expanded in α-MEM with 10% fetal bovine serum; passages 3–5 were used "
            "after confirming plastic adherence, trilineage differentiation and a CD29+/CD90+/CD45− profile. At 80% "
            "confluence the medium was replaced with serum-free α-MEM for 48 h.",
            "Conditioned medium was cleared at 300 × g for 10 min, 2000 × g for 20 min and 10" + TH + "000 × g for "
            f"30 min, filtered (0.22 {GMU}m) and {{{{isolation_method,isolation_detail|ultracentrifuged twice at "
            f"110{TH}000 × g for 70 min}}}} (4 °C; Type 45 Ti rotor). Pellets were resuspended in PBS and protein "
            "was measured with a BCA assay. We used "
            "{{modification|native exosomes without any genetic or pharmacological modification}}.",
            ("h", "Characterisation"),
            "{{characterization|Vesicles were examined by transmission electron microscopy after negative staining, "
            "sized by nanoparticle tracking analysis (NanoSight NS300) and probed by western blotting}} for "
            "{{markers|CD63, TSG101 and Alix, with calnexin as a negative control}}. Primary antibodies were "
            "raised in rabbit (CD63, TSG101) or mouse (Alix, calnexin).",
            ("h", "Treatment"),
            f"{{{{timing_post_injury_h|One hour after contusion}}}}, rats received "
            f"{{{{dose|100 {MU}g of exosomal protein in 500 {MU}l PBS}}}} "
            f"{{{{route,route_detail,frequency|as a single slow injection into a lateral tail vein}}}}; the SCI + PBS "
            "group received the same volume of PBS.",
            ("h", "Astrocyte culture"),
            f"Cortical astrocytes from neonatal rats were stimulated with IL-1α, TNF and C1q and exposed to 25 {MU}g/ml "
            "exosomes for 24 h; C3 and S100A10 transcripts were measured by qPCR.",
            ("h", "Locomotor assessment"),
            "Open-field locomotion was scored on the BBB scale on days 1, 3, 7, 14, 21 and 28 by "
            "{{reported_blinded_assessment|two observers unaware of group allocation}}; their mean was used. All rats "
            "scored 21 before surgery.",
            ("h", "Statistics"),
            "Data are mean ± SD. BBB scores were compared by two-way repeated-measures ANOVA with Šidák's test; "
            "histology by one-way ANOVA. P < 0.05 was considered significant (GraphPad Prism 9).",
        ]),
        ("results", "Results", [
            ("h", "Exosome characterisation"),
            "Electron microscopy showed round, cup-shaped vesicles with an intact membrane. "
            "{{size_nm|Nanoparticle tracking gave a modal diameter of 104 nm}} (mean 121 ± 38 nm) and a yield of "
            "about 2.1 × 10" + "<sup>9</sup> particles per millilitre of medium. CD63, TSG101 and Alix were "
            "enriched in the exosome fraction, whereas calnexin was found only in cell lysates.",
            ("h", "Locomotor recovery"),
            "All injured rats showed little or no hind-limb movement on day 1. No animal was lost. Scores diverged "
            "from day 7 "
            "(Table 1); on day 28 the SCI + Exo group reached {bbb:SCI + Exo@28} compared with {bbb:SCI + PBS@28} in "
            "the SCI + PBS group (P < 0.001). Sham rats scored 21 throughout.",
            ("table", "Table 1", "BBB scores after contusion (mean ± SD).", table(D1, ["Sham", "SCI + PBS", "SCI + Exo"], "cols", day_fmt,
                                                                             corner="Group")),
            ("h", "Astrocytes"),
            "Exosome treatment reduced C3+/GFAP+ cells at the lesion border by 46% and lowered phosphorylated p65. "
            "In culture, exosomes blunted the induction of C3 by the cytokine cocktail.",
        ]),
        ("discussion", "Discussion", [
            f"Our data suggest that {{{{mechanism|exosomes suppress A1 astrocyte reactivity through NF-κB signalling}}}}. "
            "The magnitude of recovery resembles that of earlier systemic studies, which used higher doses "
            f"(200–400 {MU}g) and reported vesicles of about 85 nm by electron microscopy [11,14]. A limitation is "
            "that only females were studied, and a single dose level was tested.",
            "In conclusion, a single intravenous dose of native BMSC exosomes given one hour after injury improves "
            "locomotion and limits neurotoxic astrocytes.",
        ]),
    ],
    references=refs(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13),
    scores=S1,
    back=[("Conflict of interest", "{{reported_conflict_of_interest|The authors declare no competing interests.}}"),
          ("Funding", "Nordkyst Research Council grant NK-2019-44 (invented).")],
    footnote=NOTICE,
)

# ---------------------------------------------------------------------------------------
# 2. Zhou 2020: long run-on sentences, abbreviations defined once, miR-124 hUCMSC exosomes,
#    intrathecal on listed days, table with days down the side (SEM), n in a group list
# ---------------------------------------------------------------------------------------
D2 = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]
G2 = ["Sham", "SCI", "SCI + Exo", "SCI + miR-124-Exo"]
S2 = Scores("BBB", "sem", [("Sham", "sham", 12), ("SCI", "control", 12), ("SCI + Exo", "other", 12),
                           ("SCI + miR-124-Exo", "treatment", 12)], {
    "Sham": flat_sham(D2),
    "SCI": curve(D2, 0.5, 7.6, 10.0, 0.5, 201),
    "SCI + Exo": curve(D2, 0.6, 9.9, 9.0, 0.5, 202),
    "SCI + miR-124-Exo": curve(D2, 0.7, 12.6, 8.0, 0.6, 203),
})

ZHOU = Study(
    stem="zhou2020_hucmsc_mir124_exo_intrathecal",
    layout="twocol",
    title="Exosomes from miR-124-overexpressing human umbilical cord mesenchymal stem cells shift microglia "
          "towards an anti-inflammatory phenotype and promote recovery after spinal cord injury in rats",
    short_title="miR-124 hUCMSC-Exos in SCI",
    authors=[("Wen-Jie", "Zhou"), ("Xiaoling", "Fang"), ("Rui", "Tang"), ("Hao", "Lu"), ("Jian-Ping", "Shen")],
    affiliations=["Department of Orthopaedics, Eastern Riverside Medical University Hospital (invented)",
                  "Key Laboratory of Neural Repair, Lakeside Institute of Biomedicine (invented)"],
    journal="Journal of Translational Neural Regeneration", year=2020, volume="Vol 8 Art 341",
    **ids(2), received="2020-05-30",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 200, "high": 220},
        "n_per_group": 12, "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T9-T10",
        "source_tissue": "umbilical_cord", "source_species": "human", "modification": "miR-124 overexpression",
        "isolation_method": ["ultrafiltration", "ultracentrifugation"], "isolation_detail": "100,000 g 90 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD81", "TSG101", "GM130"],
        "size_nm": {"value": 126.7, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 20, "unit": "ug", "volume_ul": 10, "basis": "protein"},
        "route": "intrathecal", "route_detail": "lumbar puncture", "frequency": {"doses": 3, "interval_h": 48},
        "timing_post_injury_h": 24.0,
        "mechanism": "miR-124 suppresses TLR4/NF-κB signalling and drives M2 microglial polarization",
        "reported_randomisation": True, "reported_blinded_assessment": True, "reported_welfare_compliance": True,
    },
    abstract=[
        (None, "Microglia-driven inflammation aggravates secondary injury after spinal cord injury (SCI), and "
         "microRNA-124 (miR-124) is a known brake on microglial activation. Here, exosomes were isolated from human "
         "umbilical cord mesenchymal stem cells (hUCMSCs) transduced with a lentivirus carrying miR-124 "
         "(miR-124-Exos) and delivered intrathecally to SCI rats, which showed higher BBB scores "
         "({bbb:SCI + miR-124-Exo@28} at day 28 vs {bbb:SCI@28} in the SCI group), fewer CD86+ and more CD206+ "
         "microglia, and lower TLR4 and p-p65 levels. miR-124-Exos may thus be a promising cell-free therapy for SCI."),
    ],
    keywords=["miR-124", "exosomes", "hUCMSCs", "microglia polarization", "spinal cord injury"],
    sections=[
        ("intro", "1. Introduction", [
            "Spinal cord injury (SCI) is a devastating disease of the central nervous system with high disability, and "
            "the secondary injury that follows the primary mechanical insult, including inflammation, oxidative stress "
            "and neuronal apoptosis, is the major target of current therapies [1,12]. Microglia, the resident immune "
            "cells, can be polarized towards a pro-inflammatory M1 or an anti-inflammatory M2 phenotype, and the "
            "balance between them largely determines the outcome of SCI [8].",
            "Exosomes, which are nanosized (40–160 nm) membrane vesicles secreted by almost all types of cells, "
            "have emerged as a cell-free alternative to stem cell transplantation because they avoid the risks of "
            "tumorigenicity and embolism while retaining the paracrine effects of the parent cells [2,4], and "
            "engineering the parent cells to overexpress a given microRNA is a simple way to enrich exosome cargo [10]. "
            "Therefore, in this study, we investigated whether miR-124-Exos could promote functional recovery after "
            "SCI and explored the underlying mechanism.",
        ]),
        ("methods", "2. Materials and Methods", [
            ("h", "2.1. Animals"),
            "All animal experiments were approved by the Animal Care and Use Committee of Eastern Riverside Medical "
            "University and were carried out in accordance with the {{reported_welfare_compliance|Guide for the Care "
            "and Use of Laboratory Animals}}. {{species,strain,sex|Adult male Sprague-Dawley (SD) rats}} weighing "
            "{{body_weight_g|200–220 g}} were purchased from the Experimental Animal Center and "
            "{{reported_randomisation|randomly divided into four groups}}: "
            "{{n_per_group|Sham group (n = 12), SCI group (n = 12), SCI + Exo group (n = 12) and SCI + miR-124-Exo group "
            "(n = 12)}}.",
            ("h", "2.2. Establishment of the SCI model"),
            "After the rats were anesthetized with 2% pentobarbital sodium (40 mg/kg, intraperitoneally), a "
            "laminectomy was performed at {{injury_level|the T9–T10 level}} to expose the spinal cord, and "
            "{{injury_model,injury_device|a moderate contusion was produced with a modified Allen's weight-drop "
            "device (10 g, 25 mm)}}, which resulted in spinal cord congestion, tail swinging and retraction of both "
            "hind limbs, indicating that the model was successful, whereas the rats in the Sham group only underwent "
            "laminectomy. Postoperatively, the bladder was emptied manually three times a day until spontaneous "
            "urination recovered.",
            ("h", "2.3. Culture and transduction of hUCMSCs"),
            "{{source_tissue,source_species|hUCMSCs were isolated from the Wharton's jelly-free umbilical cord "
            "tissue of healthy full-term newborns}} by the explant method after written informed consent of the "
            "mothers, cultured in DMEM/F12 containing 10% FBS, and identified by flow cytometry (CD73+, CD90+, CD105+, "
            "CD34−, CD45−). At passage 3, the hUCMSCs were transduced with "
            "{{modification|a lentivirus overexpressing miR-124 (LV-miR-124)}} or a negative control vector, and "
            "transduction efficiency was verified by qRT-PCR.",
            ("h", "2.4. Isolation and identification of exosomes"),
            "When the cells reached 80%–90% confluence, the medium was replaced with exosome-depleted medium and "
            "collected after 48 h, then centrifuged at 300 × g for 10 min, 2000 × g for 10 min and 10,000 × g for "
            "30 min to remove cells and debris, {{isolation_method|concentrated with an Amicon Ultra-15 filter "
            "(100 kDa)}} and finally {{isolation_method,isolation_detail|ultracentrifuged at 100,000 × g for "
            "90 min}}, and the pellet was resuspended in PBS and quantified with a BCA kit. "
            "{{characterization|The morphology of the exosomes was observed by TEM, the size distribution was "
            "detected by NTA, and the surface markers were detected by Western blot}}, using rabbit anti-CD9, "
            "rabbit anti-CD81, rabbit anti-TSG101 and rabbit anti-GM130 antibodies "
            "({{markers|CD9, CD81, TSG101 and GM130}}).",
            ("h", "2.5. Exosome treatment"),
            f"{{{{timing_post_injury_h,frequency|On days 1, 3 and 5 after SCI}}}}, rats in the SCI + Exo and "
            f"SCI + miR-124-Exo groups received {{{{dose|10 {GMU}L of exosome suspension (2 {GMU}g/{GMU}L)}}}} "
            f"{{{{route,route_detail|by intrathecal injection via lumbar puncture}}}} at L5–L6, while the SCI group "
            f"received 10 {GMU}L of PBS at the same time points.",
            ("h", "2.6. BV2 cell experiments"),
            f"BV2 microglia were stimulated with LPS (1 {GMU}g/mL) and co-incubated with Exo or miR-124-Exos "
            f"(50 {GMU}g/mL) for 24 h, and M1/M2 markers were analysed by qRT-PCR and immunofluorescence.",
            ("h", "2.7. Behavioral assessment"),
            "The Basso, Beattie, and Bresnahan (BBB) locomotor rating scale was used to evaluate hind limb function "
            "on days 1, 3, 7, 14, 21 and 28 after SCI by "
            "{{reported_blinded_assessment|two investigators who were blinded to the grouping}}.",
            ("h", "2.8. Statistical analysis"),
            "All data are presented as the mean ± SEM and were analysed by SPSS 22.0; comparisons among multiple "
            "groups were made by one-way ANOVA followed by Tukey's post hoc test, and BBB scores were compared by "
            "repeated-measures ANOVA; P < 0.05 was considered statistically significant.",
        ]),
        ("results", "3. Results", [
            ("h", "3.1. Characterization of miR-124-Exos"),
            "Under TEM, both Exo and miR-124-Exos showed a typical cup-shaped morphology, and "
            "{{size_nm|NTA showed that the average diameter of miR-124-Exos was 126.7 ± 9.8 nm}}, which was "
            "similar to that of Exo (122.5 ± 11.3 nm); Western blot confirmed the presence of CD9, CD81 and TSG101 "
            "and the absence of GM130, and the level of miR-124 in miR-124-Exos was about 14-fold that in Exo.",
            ("h", "3.2. miR-124-Exos improved functional recovery"),
            "As shown in Table 1, the BBB scores of all injured rats were below 2 on day 1, and from day 7 the "
            "scores of the SCI + miR-124-Exo group were significantly higher than those of the SCI group, reaching "
            "{bbb:SCI + miR-124-Exo@28} on day 28, compared with {bbb:SCI + Exo@28} in the SCI + Exo group "
            "(P < 0.05).",
            ("table", "Table 1", "BBB scores of rats in each group (mean ± SEM).",
             table(D2, G2, "rows", dpi_fmt, corner="Time")),
            ("h", "3.3. miR-124-Exos promoted M2 polarization"),
            "Immunofluorescence at 7 dpi showed that the proportion of Iba1+/CD86+ cells decreased while that of "
            "Iba1+/CD206+ cells increased in the SCI + miR-124-Exo group, and TLR4 and p-p65 protein levels were "
            "markedly lower than in the SCI group.",
        ]),
        ("discussion", "4. Discussion", [
            "In the present study, we found that {{mechanism|miR-124 suppresses TLR4/NF-κB signalling and drives M2 "
            "microglial polarization}}, which may explain the improved recovery; this is consistent with a previous "
            f"study in which 200 {GMU}g of BMSC-derived exosomes given through the tail vein reduced M1 microglia "
            "[11], and with reports that exosomes of 50–100 nm reach the lesion after intrathecal delivery [11,13].",
            "There are some limitations: only male rats were used, and the long-term safety of lentiviral "
            "modification was not assessed. In conclusion, miR-124-Exos promote functional recovery after SCI.",
        ]),
    ],
    references=refs(0, 1, 3, 4, 7, 8, 9, 10, 11, 12, 13, 2, 15),
    scores=S2,
    back=[("Data availability", "The data are available from the corresponding author on reasonable request.")],
    footnote=NOTICE,
)

# ---------------------------------------------------------------------------------------
# 3. Moreno 2022: Spanish group, human adipose sEVs, UF + SEC, particles daily x3 i.v.,
#    BBB only in the text (SD), n in a figure legend, figure repeats the text values
# ---------------------------------------------------------------------------------------
D3 = [7.0, 14.0, 21.0, 28.0, 35.0]
S3 = Scores("BBB", "sd", [("Sham", "sham", 9), ("Vehicle", "control", 9), ("sEV", "treatment", 9)], {
    "Sham": flat_sham(D3),
    "Vehicle": curve(D3, 0.0, 9.1, 9.0, 1.2, 301),
    "sEV": curve(D3, 0.0, 12.2, 8.0, 1.3, 302),
})

MORENO = Study(
    stem="moreno2022_hadsc_sev_sec_particles_iv",
    layout="single",
    title="Repeated intravenous small extracellular vesicles from human adipose stromal cells improve "
          "locomotion and spare white matter after thoracic contusion",
    short_title="Moreno-Gil et al. · adipose sEVs after contusion",
    authors=[("Lucía", "Moreno-Gil"), ("Andrés", "Villalba"), ("Marta", "Echeverría"), ("Joan", "Puigdomènech"),
             ("Sofía", "Arrieta")],
    affiliations=["Neural Repair Group, Instituto de Investigación Sanitaria del Levante, Valencia (invented)",
                  "Unidad de Vesículas, Universidad del Cantábrico (invented)"],
    journal="Neurorepair and Cell Therapy", year=2022, volume="31:118–133",
    **ids(3), received="2022-01-19",
    values={
        "species": "rat", "strain": "Long-Evans", "sex": "male", "body_weight_g": {"low": 280, "high": 320},
        "n_per_group": 9, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor",
        "injury_level": "T8", "source_tissue": "adipose", "source_species": "human", "modification": "none",
        "isolation_method": ["ultrafiltration", "size_exclusion"], "isolation_detail": "qEV original 70 nm columns",
        "characterization": ["NTA", "TEM", "flow_cytometry"], "markers": ["CD9", "CD63", "CD81"],
        "size_nm": {"value": 138.0, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 2e10, "unit": "particles", "volume_ul": 300, "basis": "particles"},
        "route": "intravenous", "route_detail": "tail vein", "frequency": {"doses": 3, "interval_h": 24},
        "timing_post_injury_h": 2.0, "mechanism": "preservation of white matter and reduced oligodendrocyte apoptosis",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Small extracellular vesicles (sEVs) released by mesenchymal stromal cells are attractive as an "
         "off-the-shelf treatment for spinal cord injury. We injected sEVs from human adipose-derived stromal cells "
         "(hASCs) into the tail vein of adult male Long-Evans rats on three consecutive days, beginning two hours "
         "after an Infinite Horizon contusion at T8. Treated rats reached higher open-field scores from the second "
         "week (day 35: {bbb:sEV@35} versus {bbb:Vehicle@35}), and spared white matter at the epicentre increased "
         "by roughly a third. Oligodendrocyte apoptosis was reduced."),
    ],
    keywords=["adipose stromal cells", "small extracellular vesicles", "size-exclusion chromatography",
              "contusion", "white matter"],
    sections=[
        ("intro", "Introduction", [
            "In the weeks after a contusion of the spinal cord, oligodendrocytes continue to die well beyond the "
            "impact site, and the loss of myelin contributes to the persistent deficit [1,12]. Stromal cells from "
            "adipose tissue are easy to obtain in large numbers, and the vesicles they release (the so-called "
            "exosomes or, following current nomenclature, sEVs, generally below 200 nm) have shown neuroprotective "
            "effects in models of stroke and trauma [4,11].",
            "Most studies in spinal cord injury have given a single injection; whether a short course of repeated "
            "doses is better has rarely been asked [14]. We therefore gave three daily intravenous doses and measured "
            "locomotion for five weeks.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals"),
            "The study was approved by the institutional ethics committee and the regional authority "
            "(procedure 2020/VSC/PEA/0112); {{reported_welfare_compliance|animals were handled according to Spanish "
            "RD 53/2013 and Directive 2010/63/EU}}. We used {{species,strain,sex|adult male Long-Evans rats}} "
            "weighing {{body_weight_g|280–320 g}}. {{reported_sample_size_calculation|Group size was calculated "
            "a priori (G*Power) to detect a 2-point BBB difference with 80% power}}. "
            "{{reported_randomisation|Rats were assigned to groups with a random number table}} after surgery.",
            ("h", "Spinal cord contusion"),
            "Rats were anaesthetised with ketamine (75 mg/kg) and xylazine (10 mg/kg) intraperitoneally. After "
            "laminectomy of {{injury_level|the eighth thoracic vertebra (T8)}}, the vertebral column was "
            "stabilised by the adjacent spinous processes and {{injury_model,injury_device|a contusion of 150 kdyn "
            "was delivered with the Infinite Horizon impactor}}. Sham rats received a laminectomy only. Animals "
            "were given meloxicam and enrofloxacin for five days.",
            ("h", "Cells and vesicles"),
            "{{source_tissue,source_species|Human adipose stromal cells (hASCs) were obtained from lipoaspirates of "
            "three healthy donors}} undergoing elective liposuction (informed consent; hospital ethics approval "
            "HU-2019-58) and used at passages 4 to 6. Cells expressed CD73, CD90 and CD105 and lacked CD31, CD34 and "
            "CD45. For vesicle production, cells were kept for 48 h in serum-free medium.",
            f"The medium was cleared of cells and debris (2{TH}000 × g, 20 min), "
            f"{{{{isolation_method|concentrated by ultrafiltration through 100 kDa Amicon Ultra-15 filters}}}} and "
            f"{{{{isolation_method,isolation_detail|separated by size-exclusion chromatography on qEV original 70 nm "
            f"columns}}}} (Izon); fractions 7 to 9 were pooled. We did not modify the cells or the vesicles in any "
            f"way: {{{{modification|native, unmodified sEVs were used throughout}}}}.",
            "{{characterization|Particle size and concentration were measured by nanoparticle tracking analysis "
            "(NanoSight NS300), morphology by transmission electron microscopy, and tetraspanins by bead-based flow "
            "cytometry}} ({{markers|CD9, CD63 and CD81}}; MACSPlex capture beads).",
            ("h", "Treatment"),
            f"Each dose consisted of {{{{dose|2 × 10<sup>10</sup> particles in 300 {MU}l of sterile saline}}}}, "
            f"{{{{route,route_detail|injected into the lateral tail vein}}}}. "
            f"{{{{frequency,timing_post_injury_h|The first dose was given 2 h after the contusion and it was repeated "
            f"once daily on the following two days}}}}. Vehicle rats received saline.",
            "For in vitro work, the oligodendrocyte line OLN-93 was exposed to H<sub>2</sub>O<sub>2</sub> and treated "
            "with 1 × 10<sup>9</sup> particles/ml for 24 h.",
            ("h", "Behaviour and histology"),
            "Open-field locomotion was rated on the BBB scale weekly for five weeks by "
            "{{reported_blinded_assessment|an examiner blinded to treatment}}. At day 35 cords were fixed, and "
            "spared white matter was measured on eriochrome-cyanine sections.",
            ("h", "Statistics"),
            "Values are mean ± SD. Scores were analysed with a mixed-effects model (group × time) and Bonferroni "
            "correction; P < 0.05 was accepted as significant.",
        ]),
        ("results", "Results", [
            "Nanoparticle tracking showed a single population, and "
            "{{size_nm|the mean particle diameter was 138 nm}} (SD of the distribution 47 nm); electron "
            "microscopy showed cup-shaped vesicles. About 85% of captured particles were positive for CD63.",
            "Two rats were excluded for insufficient impact force (below 140 kdyn) and replaced. Open-field scores of "
            "the two injured groups already differed one week after injury ({bbb:sEV@7} in sEV-treated rats, "
            "{bbb:Vehicle@7} with vehicle). The groups separated from the second week: {bbb:sEV@14} versus "
            "{bbb:Vehicle@14} on day 14, {bbb:sEV@21} versus {bbb:Vehicle@21} on day 21, and {bbb:sEV@28} versus "
            "{bbb:Vehicle@28} on day 28. At the final assessment on day 35, sEV-treated rats scored {bbb:sEV@35} and "
            "vehicle rats {bbb:Vehicle@35} (P = 0.002). Sham rats scored 21 at every session.",
            ("figure", "Figure 2", "Open-field locomotor scores after contusion. Mean of "
             "{{n_per_group|n = 9 rats per group}}; error bars omitted for clarity.",
             {"days": D3, "groups": ["Sham", "Vehicle", "sEV"]}),
            "Spared white matter at the epicentre increased from 21 ± 5% to 29 ± 6% of the cross-sectional area, "
            "and cleaved caspase-3+ Olig2+ cells decreased by half. In OLN-93 cultures, sEVs reduced peroxide-induced "
            "death.",
        ]),
        ("discussion", "Discussion", [
            f"The benefit we observed appears to depend on {{{{mechanism|preservation of white matter and reduced "
            f"oligodendrocyte apoptosis}}}}. Earlier studies injected 100 {MU}g or 1 × 10<sup>11</sup> particles per "
            "rat and measured vesicles of 60–90 nm by electron microscopy [11,14]; our NTA sizes are larger, as "
            "expected for a method that overestimates small particles [9].",
            "The three-dose schedule was chosen pragmatically; a dose-response study is the next step.",
        ]),
    ],
    references=refs(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13),
    scores=S3,
    back=[("Competing interests", "{{reported_conflict_of_interest|None of the authors has a conflict of interest "
           "to declare.}}")],
    notes=["Scores appear in the text; Figure 2 plots the same values and adds no gold rows."],
    footnote=NOTICE,
)

# ---------------------------------------------------------------------------------------
# 4. Kowalczyk 2019: terse Methods, "Th8", clip compression, iodixanol gradient, TEM size,
#    ug/kg i.p. every other day; n only as a total (no per-group n: rows have n null)
# ---------------------------------------------------------------------------------------
D4 = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0, 42.0]
S4 = Scores("BBB", "sd", [("Sham", "sham", None), ("Vehicle", "control", None), ("EV", "treatment", None)], {
    "Sham": flat_sham(D4),
    "Vehicle": curve(D4, 0.2, 6.9, 12.0, 0.9, 401),
    "EV": curve(D4, 0.3, 9.8, 11.0, 1.0, 402),
})

KOWALCZYK = Study(
    stem="kowalczyk2019_rbmsc_ev_clip_ip_ugkg",
    layout="twocol",
    title="Intraperitoneal bone marrow MSC-derived extracellular vesicles after clip compression of the rat "
          "thoracic spinal cord",
    short_title="Kowalczyk et al. 2019",
    authors=[("Agnieszka", "Kowalczyk"), ("Piotr", "Zawadzki"), ("Ewa", "Mrozek"), ("Tomasz", "Wiśniewski")],
    affiliations=["Department of Experimental Neurosurgery, Vistula Medical Academy, Kraków (invented)"],
    journal="Folia Neurotraumatologica Experimentalis", year=2019, volume="57(2)",
    **ids(4), received="2019-03-04",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 250, "high": 280},
        "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T8",
        "source_tissue": "bone_marrow", "source_species": "rat", "modification": "none",
        "isolation_method": ["ultracentrifugation", "density_gradient"],
        "isolation_detail": "100,000 g 2 h; iodixanol gradient",
        "characterization": ["TEM", "western_blot"], "markers": ["CD81", "HSP70", "calnexin"],
        "size_nm": {"value": 87.0, "low": None, "high": None, "stat": "mean", "method": "TEM"},
        "dose": {"amount": 100, "unit": "ug_per_kg", "volume_ul": None, "basis": "protein"},
        "route": "intraperitoneal", "frequency": {"doses": 7, "interval_h": 48},
        "timing_post_injury_h": 3.0, "mechanism": "reduced apoptosis via PI3K/Akt activation",
        "reported_randomisation": True,
    },
    abstract=[
        ("Aim", "To test rat bone marrow MSC extracellular vesicles (EVs) given intraperitoneally after compression "
         "spinal cord injury."),
        ("Methods", "Female Sprague-Dawley rats; clip compression at Th8; EVs 100 µg/kg i.p. every other day, first "
         "dose 3 h post-injury; BBB for 6 weeks; TUNEL, p-Akt."),
        ("Results", "EV rats scored higher from day 14 on; apoptosis was reduced and p-Akt increased."),
        ("Conclusion", "Repeated i.p. EVs are feasible and modestly effective after compression SCI."),
    ],
    keywords=["extracellular vesicles", "compression", "intraperitoneal", "apoptosis", "Akt"],
    sections=[
        ("intro", "Introduction", [
            "Compression is a frequent mechanism of human spinal cord injury and persists until decompression [1]. "
            "MSC-derived EVs reduce apoptosis in several injury models [4,12]. Systemic routes other than "
            "intravenous have been little studied [11]. We tested repeated intraperitoneal dosing.",
        ]),
        ("methods", "Material and methods", [
            ("h", "Animals"),
            "{{species,strain,sex|Female Sprague-Dawley rats}}, {{body_weight_g|250–280 g}}. Local ethics "
            "committee approval no. 112/2017. Forty-two rats were operated and "
            "{{reported_randomisation|randomly assigned}} to sham, vehicle and EV groups.",
            ("h", "Injury"),
            "Anaesthesia: isoflurane. Laminectomy at {{injury_level|Th8}}. "
            "{{injury_model,injury_device|Compression with an aneurysm clip (closing force 50 g) for 1 min}}. "
            "Sham: laminectomy only. Manual bladder expression twice daily.",
            ("h", "MSC and EVs"),
            f"{{{{source_tissue,source_species|MSC were isolated from femoral bone marrow of male Sprague-Dawley "
            f"rats}}}}, passage 3–4. Serum-free medium, 48 h. Centrifugation 2{TH}000 × g 20 min, 10{TH}000 × g 30 min; "
            f"{{{{isolation_method,isolation_detail|pellet at 100{TH}000 × g 2 h, then iodixanol (OptiPrep) density "
            f"gradient}}}}, fractions 1.08–1.12 g/ml pooled and washed. {{{{modification|EVs were not modified}}}}. "
            "Protein: Bradford.",
            "{{characterization|EVs: TEM (negative staining) and Western blot}} for "
            "{{markers|CD81, HSP70 and calnexin}} (calnexin absent in EVs). Primary antibodies: goat anti-CD81, "
            "rabbit anti-HSP70, rabbit anti-calnexin.",
            ("h", "Treatment"),
            f"EV group: {{{{dose|100 {MU}g/kg EV protein}}}} {{{{route|i.p.}}}}, "
            f"{{{{timing_post_injury_h|first dose 3 h after injury}}}}, "
            f"{{{{frequency|then every other day, 7 injections in total}}}}. Vehicle: PBS, same volume and schedule.",
            ("h", "Assessment"),
            "BBB on days 1, 3, 7, 14, 21, 28 and 42. TUNEL and western blot (p-Akt/Akt) at day 7 in additional rats.",
            ("h", "Statistics"),
            "Mean ± SD. Two-way ANOVA, Tukey. P < 0.05.",
        ]),
        ("results", "Results", [
            "{{size_nm|Mean EV diameter in TEM was 87 ± 21 nm}} (200 vesicles measured). Three rats died after "
            "surgery (two vehicle, one EV).",
            "BBB scores: Table 1. Differences were significant from day 14 (P < 0.05) to day 42 (P < 0.01).",
            ("table", "Table 1", "BBB locomotor scores, mean ± SD.",
             table(D4, ["Sham", "Vehicle", "EV"], "rows", dpi_fmt, corner="Time after SCI")),
            "TUNEL+ cells at the epicentre: vehicle 38 ± 7, EV 22 ± 6 per field. p-Akt/Akt ratio 1.9-fold higher "
            "in EV group.",
        ]),
        ("discussion", "Discussion", [
            f"EVs given i.p. improved function; {{{{mechanism|reduced apoptosis via PI3K/Akt activation}}}} is the "
            f"likely mechanism. Intravenous studies used 200 {MU}g per rat [11]; per kg our dose is lower. "
            "Biodistribution after i.p. injection was not examined. The number per group was not balanced after "
            "deaths, a limitation.",
        ]),
    ],
    references=refs(0, 3, 4, 6, 10, 11, 12, 15),
    scores=S4,
    notes=["n per group is not stated (42 rats in total, three groups, three deaths): n_per_group absent, "
           "outcome rows have n null."],
    footnote=NOTICE,
)

STUDIES = [HALVORSEN, ZHOU, MORENO, KOWALCZYK]
