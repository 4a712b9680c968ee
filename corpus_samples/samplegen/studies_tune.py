"""Studies of the *tune* split: extractor developers may read these."""

from __future__ import annotations

from .common import dose, freq, references, size, weight
from .spec import Bbb, Group, Study

_DAYS = (1.0, 3.0, 7.0, 14.0, 21.0, 28.0)


def _g(name: str, arm: str, n: int, means: tuple[float, ...], errs: tuple[float, ...],
       days: tuple[float, ...] = _DAYS) -> Group:
    return Group(name, arm, n, dict(zip(days, zip(means, errs, strict=True), strict=True)))  # type: ignore[arg-type]


ZHANG_2019 = Study(
    pdf="zhang2019_bmsc_exos_tail_vein.pdf",
    split="tune",
    exercises="two columns, STIX font with fi/fl ligature glyphs, Greek mu, soft hyphenation, ruled BBB table "
              "(days as rows, mean ± SD), textbook 30–150 nm trap in the introduction, PC12 in-vitro dose trap",
    layout=2, font="stix", micro="μ", ligatures=True, hyphenate=True,
    running_head="J Spinal Regen 2019; 14: 412–424", running_authors="Zhang et al.", first_page=412,
    fields={
        "first_author": "Zhang", "year": 2019, "journal": "J Spinal Regen", "doi": "10.5555/jsr.2019.0412",
        "title": "Bone marrow mesenchymal stem cell-derived exosomes attenuate A1 astrocyte activation "
                 "and promote locomotor recovery after spinal cord contusion in rats",
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": weight(220, 250),
        "n_per_group": 8, "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T10",
        "source_tissue": "bone_marrow", "source_species": "rat", "modification": "none",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 g 70 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": size(121.0, "mode", "NTA"), "dose": dose(200, "ug", 200, "protein"),
        "route": "intravenous", "route_detail": "tail vein", "frequency": freq(1), "timing_post_injury_h": 0.5,
        "mechanism": "inhibition of A1 astrocyte activation via NF-κB",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_conflict_of_interest": True, "reported_welfare_compliance": True,
    },
    bbb=Bbb("sd", (
        _g("Sham", "sham", 8, (20.8, 21.0, 21.0, 21.0, 21.0, 21.0), (0.4, 0.0, 0.0, 0.0, 0.0, 0.0)),
        _g("SCI + PBS", "control", 8, (0.6, 1.4, 3.1, 5.2, 6.8, 7.6), (0.3, 0.6, 0.9, 1.0, 1.2, 1.1)),
        _g("SCI + Exo", "treatment", 8, (0.7, 1.9, 4.6, 7.4, 9.8, 11.2), (0.4, 0.7, 1.0, 1.1, 1.3, 1.3)),
    ), source="table"),
    blocks=[
        ("masthead", ("[[journal,year|J Spinal Regen 2019]]; 14: 412–424 · "
                     "[[doi|https://doi.org/10.5555/jsr.2019.0412]] · Original Article")),
        ("title", ("[[title|Bone marrow mesenchymal stem cell-derived exosomes attenuate A1 astrocyte activation "
                  "and promote locomotor recovery after spinal cord contusion in rats]]")),
        ("authors", ("[[first_author|Yiming Zhang]]<super>1</super>, Lina Qiao<super>1</super>, "
                    "Haoran Du<super>2</super>, Wei Fang<super>1,*</super>")),
        ("affil", ("<super>1</super>Department of Orthopaedics, First Hospital of an Invented University; "
                  "<super>2</super>Laboratory of Neural Repair. *Corresponding author.")),
        ("abstract", "Abstract", ("Secondary injury after spinal cord injury (SCI) is driven by reactive glia. "
         "We asked whether exosomes derived from bone marrow mesenchymal stem cells (BMSC-Exos) reduce neurotoxic "
         "A1 astrocytes and improve function. Female rats received a moderate T10 contusion and a single tail vein "
         "injection of BMSC-Exos or PBS. BMSC-Exos reduced C3-positive astrocytes, preserved white matter and "
         "improved Basso-Beattie-Bresnahan (BBB) scores from day 7 onwards. These findings support BMSC-Exos as "
         "a cell-free therapy for SCI.")),
        ("keywords", "<b>Keywords:</b> spinal cord injury; exosomes; mesenchymal stem cells; astrocytes; NF-κB"),
        ("columns",),
        ("h1", "1. Introduction"),
        ("p", ("Spinal cord injury causes permanent loss of motor and sensory function, and the secondary "
              "inflammatory cascade that follows the primary impact enlarges the lesion over days to weeks"
              "<super>1,2</super>. Transplantation of mesenchymal stem cells improves recovery in rodents, but "
              "most of the benefit is now attributed to their paracrine secretome<super>3</super>.")),
        ("p", ("Exosomes are small extracellular vesicles of 30–150 nm in diameter that carry proteins, lipids and "
              "microRNAs between cells<super>4</super>. They cross biological barriers, are less immunogenic "
              "than whole cells and do not form tumours. Reactive astrocytes of the A1 type, induced by activated "
              "microglia, lose their supportive functions and kill neurons<super>5</super>. Whether BMSC-Exos act "
              "on this subtype after contusion is unknown; here we tested this in a rat model.")),
        ("h1", "2. Materials and methods"),
        ("h2", "2.1. Animals"),
        ("p", ("[[species,strain,sex|Adult female Sprague-Dawley rats]] ([[body_weight_g|220–250 g]]) were "
              "purchased from the institutional animal centre and housed with free access to food and water on a "
              "12 h light/dark cycle. [[reported_welfare_compliance|All procedures were approved by the Animal "
              "Ethics Committee of the First Hospital and followed the ARRIVE guidelines]].")),
        ("h2", "2.2. Isolation and culture of BMSCs"),
        ("p", ("BMSCs were flushed from the femurs and tibias of 4-week-old "
              "[[source_tissue,source_species|Sprague-Dawley rats and cultured as bone marrow MSCs]] in DMEM/F12 "
              "with 10% fetal bovine serum. Cells at passages 3–5 expressed CD29, CD44 and CD90 but not CD34 or "
              "CD45 and differentiated into osteoblasts and adipocytes.")),
        ("h2", "2.3. Exosome isolation"),
        ("p", ("At 80% confluence the medium was replaced by serum-free medium for 48 h. The conditioned medium "
              "was cleared at 300 × g for 10 min, 2,000 × g for 10 min and 10,000 × g for 30 min, and "
              "[[isolation_method,isolation_detail|exosomes were pelleted by ultracentrifugation at 100,000 × g "
              "for 70 min]] at 4 °C, washed in PBS and centrifuged again at 100,000 × g. "
              "[[modification|The native, unmodified BMSC-Exos]] were resuspended in PBS and their protein "
              "concentration was measured with a BCA assay.")),
        ("h2", "2.4. Characterization of exosomes"),
        ("p", ("The morphology was examined by [[characterization|transmission electron microscopy (TEM)]]. "
              "Size distribution was measured by [[characterization|nanoparticle tracking analysis (NTA)]] on a "
              "NanoSight NS300. Surface markers were detected by [[characterization|western blotting]] with "
              "antibodies against [[markers|CD9, CD63 and TSG101; calnexin]] served as a negative control.")),
        ("h2", "2.5. Spinal cord injury model and treatment"),
        ("p", ("Rats were anaesthetized with 2% isoflurane. After a laminectomy at "
              "[[injury_level|the T10 level]], a moderate contusion was produced with "
              "[[injury_model,injury_device|the NYU impactor (10 g rod dropped from 25 mm)]]. Sham rats underwent "
              "laminectomy only. [[reported_randomisation|The injured rats were randomly divided into two groups "
              "using a random number table]] ([[n_per_group|n = 8 per group]]). Thirty minutes after injury, "
              "[[dose|200 μg of BMSC-Exos in 200 μL PBS]] or the same volume of PBS was "
              "[[route,route_detail|injected via the tail vein]] "
              "[[frequency,timing_post_injury_h|as a single dose 30 min after injury]]. Bladders were emptied "
              "manually twice a day until reflex voiding returned.")),
        ("h2", "2.6. Behavioural assessment"),
        ("p", ("Hindlimb function was scored with the Basso-Beattie-Bresnahan (BBB) open-field scale on days 1, 3, "
              "7, 14, 21 and 28 after injury [[reported_blinded_assessment|by two observers blinded to the "
              "treatment groups]].")),
        ("h2", "2.7. Cell experiments"),
        ("p", ("PC12 cells were treated with 50 μg/mL BMSC-Exos for 24 h before exposure to 200 μM hydrogen "
              "peroxide, and apoptosis was measured by flow cytometry.")),
        ("h2", "2.8. Statistical analysis"),
        ("p", ("Data are expressed as mean ± standard deviation (SD). BBB scores were compared by two-way repeated "
              "measures ANOVA followed by Bonferroni tests; P &lt; 0.05 was considered significant.")),
        ("h1", "3. Results"),
        ("h2", "3.1. Characterization of BMSC-Exos"),
        ("p", ("TEM showed cup-shaped vesicles with a double membrane. NTA revealed "
              "[[size_nm|a peak at 121 nm]], and western blots were positive for CD9, CD63 and TSG101 and negative "
              "for calnexin.")),
        ("h2", "3.2. BMSC-Exos improve locomotor recovery"),
        ("p", ("All rats were almost completely paralysed on day 1. From day 7 onwards, the Exo group recovered "
              "faster than the PBS group (Table 1); on day 28 the rats of the Exo group showed consistent "
              "plantar stepping with occasional coordination.")),
        ("bbb_table", "<b>Table 1.</b> BBB scores after SCI (mean ± SD, n = 8 per group).", "days_rows", True),
        ("h2", "3.3. BMSC-Exos suppress A1 astrocytes"),
        ("p", ("The number of C3<super>+</super>GFAP<super>+</super> astrocytes around the lesion fell by 46% in "
              "the Exo group, together with lower nuclear p65.")),
        ("h1", "4. Discussion"),
        ("p", ("Earlier studies reported benefits of MSC exosomes at doses between 100 μg and 400 μg given "
              "intravenously<super>6,7</super>, and Li et al. observed vesicles of 50–120 nm after intrathecal "
              "delivery<super>8</super>. Our data extend these findings: "
              "[[mechanism|BMSC-Exos inhibit the activation of A1 astrocytes by suppressing NF-κB signalling]], "
              "which limits neuronal loss in the penumbra.")),
        ("p", ("Our study has limitations: only female rats were studied, and the biodistribution of the vesicles "
              "was not traced.")),
        ("h1", "5. Conclusion"),
        ("p", "A single intravenous dose of BMSC-Exos improves functional recovery after spinal cord contusion."),
        ("small", ("<b>Conflict of interest.</b> [[reported_conflict_of_interest|The authors declare no conflict "
                  "of interest]].")),
        ("refs", "References", references(2019, 8)),
    ],
)


WANG_2020 = Study(
    pdf="wang2020_hucmsc_mir26a_exo.pdf",
    split="tune",
    exercises="one column, Type 1 Times (micro sign lost: '100 ug/kg'), miR-26a-modified vesicles, ExoQuick, "
              "aneurysm-clip compression at T9–T10, BBB only in the text (mean ± SEM), daily dosing",
    layout=1, font="times", micro="u", ligatures=False, hyphenate=False,
    running_head="Neurorepair Lett 2020; 7(3): 201–212", running_authors="Wang H, et al.", first_page=201,
    header_style="plain",
    fields={
        "first_author": "Wang", "year": 2020, "journal": "Neurorepair Lett", "doi": "10.5555/nrl.2020.0307",
        "title": "Exosomes from miR-26a-overexpressing human umbilical cord mesenchymal stem cells promote "
                 "axonal regeneration after compressive spinal cord injury",
        "species": "rat", "strain": "Wistar", "sex": "male", "body_weight_g": weight(230, 270),
        "n_per_group": 6, "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T9-T10",
        "source_tissue": "umbilical_cord", "source_species": "human", "modification": "miR-26a overexpression",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "ExoQuick-TC",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "CD81", "Alix"],
        "size_nm": size(98.3, "mean", "NTA"), "dose": dose(100, "ug_per_kg", None, "protein"),
        "route": "intravenous", "route_detail": "tail vein", "frequency": freq(3, 24), "timing_post_injury_h": 0.0,
        "mechanism": "miR-26a/PTEN/AKT/mTOR signalling",
        "reported_randomisation": True, "reported_welfare_compliance": True,
    },
    bbb=Bbb("sem", (
        _g("SCI", "control", 6, (2.9, 4.8, 6.3), (0.5, 0.6, 0.7), (7.0, 14.0, 28.0)),
        _g("Exo", "other", 6, (3.6, 6.4, 8.9), (0.6, 0.7, 0.8), (7.0, 14.0, 28.0)),
        _g("Exo-miR-26a", "treatment", 6, (4.1, 7.9, 11.6), (0.5, 0.8, 0.9), (7.0, 14.0, 28.0)),
    ), source="text"),
    blocks=[
        ("masthead", "[[journal|Neurorepair Lett]] [[year|2020]]; 7(3): 201–212. [[doi|doi:10.5555/nrl.2020.0307]]"),
        ("title", ("[[title|Exosomes from miR-26a-overexpressing human umbilical cord mesenchymal stem cells "
                  "promote axonal regeneration after compressive spinal cord injury]]")),
        ("authors", ("[[first_author|Hao Wang]]<super>a</super>, Xiaoli Chen<super>a</super>, "
                    "Jun Tang<super>b</super> and Meng Lu<super>a</super>")),
        ("affil", "<super>a</super> Institute of Spine Research (invented); <super>b</super> Department of Neurology"),
        ("abstract", "ABSTRACT", ("<b>Background:</b> MicroRNA-26a (miR-26a) promotes axon growth. "
         "<b>Methods:</b> Human umbilical cord MSCs (hUC-MSCs) were engineered to overexpress miR-26a and their "
         "exosomes (Exo-miR-26a) were given to rats with clip compression injury. <b>Results:</b> Exo-miR-26a "
         "increased neurofilament-positive fibres and improved hindlimb function more than unmodified exosomes. "
         "<b>Conclusion:</b> Exo-miR-26a is a candidate therapy for spinal cord injury.")),
        ("keywords", "Key words: exosome; microRNA-26a; PTEN; spinal cord injury; umbilical cord"),
        ("columns",),
        ("h1", "INTRODUCTION"),
        ("p", ("Axons in the adult spinal cord regenerate poorly because of intrinsic growth arrest and an "
              "inhibitory scar<super>1-3</super>. PTEN restrains axon growth through mTOR, and its deletion "
              "allows robust corticospinal regrowth<super>4</super>. MiR-26a targets PTEN directly.")),
        ("p", ("Exosomes (30–150 nm) shuttle microRNAs between cells and can be loaded with a chosen "
              "cargo<super>5,6</super>. Umbilical cord MSCs are easy to obtain and expand, and their vesicles "
              "have been given at doses of 50 to 500 ug in earlier work<super>7</super>. We therefore engineered "
              "hUC-MSCs to release exosomes rich in miR-26a.")),
        ("h1", "MATERIALS AND METHODS"),
        ("h2", "Cell culture and transfection"),
        ("p", ("[[source_tissue,source_species|hUC-MSCs were isolated from human umbilical cords]] donated after "
              "caesarean delivery with written consent and used at passage 4. Cells were "
              "[[modification|transfected with a lentivirus overexpressing miR-26a]] (LV-miR-26a) or a negative "
              "control vector; the transfection efficiency exceeded 90%.")),
        ("h2", "Isolation and identification of exosomes"),
        ("p", ("Culture supernatant collected over 48 h was centrifuged at 3000 g for 15 min to remove debris and "
              "mixed with [[isolation_method,isolation_detail|ExoQuick-TC exosome precipitation solution]] "
              "(System Biosciences) overnight at 4 degrees; the exosome pellet was obtained at 1500 g for 30 min. "
              "Exosomes were observed by [[characterization|transmission electron microscopy]], sized by "
              "[[characterization|nanoparticle tracking analysis]] and identified by "
              "[[characterization|western blot]] for [[markers|CD63, CD81 and Alix]].")),
        ("h2", "Animals and spinal cord injury"),
        ("p", ("Thirty-six [[species,strain,sex|male Wistar rats]] weighing [[body_weight_g|230-270 g]] were used. "
              "[[reported_welfare_compliance|The protocol was approved by the Institutional Animal Care and Use "
              "Committee]]. Under pentobarbital anaesthesia, the laminae of "
              "[[injury_level|T9–T10]] were removed and the cord was compressed "
              "[[injury_model,injury_device|with a vascular aneurysm clip (closing force 30 g) for 1 min]]. "
              "The rats were [[reported_randomisation|randomly assigned]] to the SCI, Exo and Exo-miR-26a groups "
              "([[n_per_group|n = 6 each]]).")),
        ("h2", "Exosome administration"),
        ("p", ("Exosomes ([[dose|100 ug/kg]], dissolved in 0.5 mL saline) were [[route,route_detail|administered "
              "intravenously through the tail vein]] [[timing_post_injury_h,frequency|immediately after injury "
              "and then once daily for 3 consecutive days]]; the SCI group received saline.")),
        ("h2", "Behavioural tests"),
        ("p", ("Locomotion was evaluated with the BBB scale at 7, 14 and 28 days post injury. Neurons cultured "
              "in vitro were incubated with 10 ug/mL exosomes to measure neurite outgrowth.")),
        ("h1", "RESULTS"),
        ("h2", "Characteristics of hUC-MSC exosomes"),
        ("p", ("The vesicles were round and cup-shaped under TEM with a "
              "[[size_nm|mean diameter of 98.3 ± 12.4 nm]] according to NTA, and expressed CD63, CD81 and Alix. "
              "Exo-miR-26a carried about 12-fold more miR-26a than Exo.")),
        ("h2", "Exo-miR-26a improves locomotor function"),
        ("p", ("Hindlimb function improved gradually in all groups. At 7 days the scores did not differ "
              "(SCI {bbb:SCI@7}, Exo {bbb:Exo@7}, Exo-miR-26a {bbb:Exo-miR-26a@7}). At 14 days the Exo-miR-26a "
              "group reached {bbb:Exo-miR-26a@14} compared with {bbb:SCI@14} in the SCI group and "
              "{bbb:Exo@14} in the Exo group. At 28 days post injury the BBB score of the Exo-miR-26a group was "
              "{bbb:Exo-miR-26a@28}, higher than those of the Exo group ({bbb:Exo@28}) and of the SCI group "
              "({bbb:SCI@28}) (mean ± SEM; P &lt; 0.01).")),
        ("p", ("Western blot of spinal tissue showed lower PTEN and higher phosphorylated AKT and mTOR in the "
              "Exo-miR-26a group.")),
        ("h1", "DISCUSSION"),
        ("p", ("[[mechanism|Exo-miR-26a promoted axonal regeneration by activating the PTEN/AKT/mTOR pathway]]. "
              "Other groups delivered MSC vesicles intrathecally at 5 ug/day or intraperitoneally at "
              "1 mg/kg<super>8,9</super>, and described particles of 40–100 nm; direct comparison is limited by "
              "differences in injury severity.")),
        ("h1", "CONCLUSION"),
        ("p", "Exosomes enriched in miR-26a improve recovery after compressive spinal cord injury in rats."),
        ("refs", "REFERENCES", references(2020, 9, "apa")),
    ],
)

LIU_2021 = Study(
    pdf="liu2021_adsc_sev_intrathecal.pdf",
    split="tune",
    exercises="two columns, DejaVu Serif with micro sign U+00B5, soft hyphenation, hemisection at 'the tenth "
              "thoracic vertebra', ultrafiltration + qEV, TEM size range, '1 × 10^10 particles' with a superscript "
              "exponent, intrathecal, loose BBB table (days as rows, mean ± SEM), sample size calculation",
    layout=2, font="dejavu_serif", micro="µ", ligatures=False, hyphenate=True,
    running_head="Stem Cell Transl Sci (2021) 12:77", running_authors="Liu et al.", first_page=1,
    header_style="band",
    fields={
        "first_author": "Liu", "year": 2021, "journal": "Stem Cell Transl Sci", "doi": "10.5555/scts.2021.12077",
        "title": "Intrathecal delivery of adipose stem cell-derived small extracellular vesicles suppresses "
                 "pyroptosis after spinal cord hemisection",
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": weight(200, 220),
        "n_per_group": 10, "injury_model": "hemisection", "injury_level": "T10",
        "source_tissue": "adipose", "source_species": "human", "modification": "none",
        "isolation_method": ["ultrafiltration", "size_exclusion"],
        "isolation_detail": "Amicon Ultra-15 100 kDa; qEVoriginal",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD81", "TSG101", "GM130"],
        "size_nm": size(None, None, "TEM", 40, 150), "dose": dose(1e10, "particles", 10, "particles"),
        "route": "intrathecal", "route_detail": "lumbar puncture", "frequency": freq(1),
        "timing_post_injury_h": 24.0, "mechanism": "suppression of NLRP3 inflammasome-mediated pyroptosis",
        "reported_blinded_assessment": True, "reported_sample_size_calculation": True,
        "reported_conflict_of_interest": True, "reported_welfare_compliance": True,
    },
    bbb=Bbb("sem", (
        _g("Sham", "sham", 10, (21.0, 21.0, 21.0, 21.0, 21.0), (0.0, 0.0, 0.0, 0.0, 0.0), (1.0, 7.0, 14.0, 21.0, 28.0)),
        _g("Vehicle", "control", 10, (4.2, 6.9, 9.1, 10.4, 11.0), (0.6, 0.7, 0.6, 0.5, 0.6), (1.0, 7.0, 14.0, 21.0, 28.0)),
        _g("ADSC-sEVs", "treatment", 10, (4.5, 8.6, 11.8, 13.9, 15.2), (0.5, 0.6, 0.7, 0.6, 0.7), (1.0, 7.0, 14.0, 21.0, 28.0)),
    ), source="table", day_label="day"),
    blocks=[
        ("masthead", ("[[journal|Stem Cell Transl Sci]] ([[year|2021]]) 12:77 · RESEARCH · "
                     "[[doi|https://doi.org/10.5555/scts.2021.12077]]")),
        ("title", ("[[title|Intrathecal delivery of adipose stem cell-derived small extracellular vesicles "
                  "suppresses pyroptosis after spinal cord hemisection]]")),
        ("authors", ("[[first_author|Qian Liu]]<super>1†</super>, Rui Deng<super>1†</super>, "
                    "Sofia Marques<super>2</super> and Tao Xie<super>1*</super>")),
        ("affil", ("<super>†</super>Equal contribution. <super>1</super>Spinal Cord Laboratory; "
                  "<super>2</super>Vesicle Core Facility (institutions invented).")),
        ("abstract", "Abstract", ("<b>Background</b> Pyroptosis amplifies tissue loss after spinal cord injury. "
         "<b>Methods</b> Small extracellular vesicles from human adipose-derived stem cells (ADSC-sEVs) were "
         "isolated by ultrafiltration and size-exclusion chromatography and injected intrathecally one day after "
         "a lateral hemisection. <b>Results</b> ADSC-sEVs reduced NLRP3, cleaved caspase-1 and "
         "GSDMD-N and improved BBB scores over four weeks. <b>Conclusions</b> ADSC-sEVs limit pyroptosis.")),
        ("keywords", ("<b>Keywords</b> Adipose-derived stem cells · Small extracellular vesicles · Pyroptosis · "
                     "NLRP3 · Hemisection")),
        ("columns",),
        ("h1", "Background"),
        ("p", ("Pyroptosis is a lytic, inflammatory form of cell death executed by gasdermin D after "
              "inflammasome assembly<super>1</super>. After spinal cord injury NLRP3 is activated in microglia "
              "and neurons within hours<super>2,3</super>.")),
        ("p", ("Small extracellular vesicles, conventionally described as 30–150 nm particles of endosomal "
              "origin, transfer the regenerative activity of stem cells without their risks<super>4</super>. "
              "Adipose tissue yields many stem cells with little morbidity.")),
        ("h1", "Methods"),
        ("h2", "Preparation of ADSC-sEVs"),
        ("p", ("[[source_tissue,source_species|Human adipose-derived stem cells (hADSCs) were obtained from "
              "lipoaspirates]] of three healthy donors. [[modification|No genetic modification or "
              "preconditioning was applied]]. Conditioned medium (200 mL) was cleared of cells and debris, "
              "[[isolation_method,isolation_detail|concentrated with Amicon Ultra-15 100 kDa filters and "
              "fractionated on qEVoriginal size-exclusion columns]] (Izon); fractions 7–9 were pooled.")),
        ("p", ("Particle concentration was determined by [[characterization|nanoparticle tracking analysis]] "
              "(ZetaView). Morphology was examined by [[characterization|transmission electron microscopy]] "
              "and [[characterization|western blotting]] confirmed [[markers|CD9, CD81 and TSG101, with GM130 as "
              "a negative marker]].")),
        ("h2", "Animals and hemisection"),
        ("p", ("[[species,strain,sex|Eight-week-old female Sprague-Dawley rats]] ([[body_weight_g|200–220 g]]) were "
              "used. [[reported_sample_size_calculation|The sample size was calculated with G*Power (effect "
              "size 1.4, α = 0.05, power 0.8)]], giving [[n_per_group|10 rats per group]]. After laminectomy, "
              "[[injury_model,injury_level|a right lateral hemisection was made at the tenth thoracic "
              "vertebra]] with microscissors. [[reported_welfare_compliance|Experiments complied with the NIH "
              "Guide for the Care and Use of Laboratory Animals and were approved by the local ethics "
              "committee]].")),
        ("h2", "Intrathecal injection"),
        ("p", ("[[timing_post_injury_h|Twenty-four hours after injury]], rats received "
              "[[dose|1 × 10<super>10</super> particles in 10 µL]] of ADSC-sEVs or 10 µL of vehicle "
              "[[route,route_detail|by intrathecal injection through lumbar puncture]] at L5–L6 "
              "([[frequency|single injection]]).")),
        ("h2", "Functional assessment"),
        ("p", ("The BBB scale was applied on days 1, 7, 14, 21 and 28 [[reported_blinded_assessment|by two "
              "examiners who were blinded to group allocation]]. Data are presented as mean ± SEM.")),
        ("h2", "In vitro pyroptosis model"),
        ("p", ("VSC4.1 motor neurons were primed with LPS and ATP and treated with 2 × 10<super>8</super> "
              "particles/mL ADSC-sEVs for 12 h.")),
        ("h1", "Results"),
        ("h2", "Characterization of ADSC-sEVs"),
        ("p", ("Under TEM the vesicles were cup-shaped, with [[size_nm|diameters between 40 and 150 nm]]. The "
              "yield was 3.1 × 10<super>11</super> particles per 200 mL of medium.")),
        ("h2", "ADSC-sEVs improve locomotion"),
        ("p", ("Vehicle-treated rats recovered partially, while ADSC-sEVs produced higher scores from day 7 "
              "(Table 1).")),
        ("bbb_table", "<b>Table 1</b> BBB scores of each group (mean ± SEM; n = 10)", "days_rows", False),
        ("h1", "Discussion"),
        ("p", ("Intravenous vesicles largely accumulate in liver and spleen, so several studies chose local "
              "routes such as intralesional injection of 20 µg<super>5</super>. "
              "[[mechanism|ADSC-sEVs suppressed NLRP3 inflammasome-mediated pyroptosis]] in neurons and "
              "microglia, which likely explains the preserved tissue.")),
        ("h1", "Conclusions"),
        ("p", "A single intrathecal dose of ADSC-sEVs improves recovery after hemisection."),
        ("small", ("<b>Competing interests</b> [[reported_conflict_of_interest|The authors declare that they have "
                  "no competing interests]].")),
        ("refs", "References", references(2021, 7)),
    ],
)

CHEN_2022 = Study(
    pdf="chen2022_mouse_hypoxic_pmsc_exo.pdf",
    split="tune",
    exercises="MOUSE study (C57BL/6) in a rat-dominated set, one column Helvetica with micro sign, hypoxic "
              "preconditioning, ultracentrifugation + iodixanol gradient, '2.5E10 particles', retro-orbital "
              "intravenous, BMS (not BBB) reported in the text; no reporting-quality statements",
    layout=1, font="helvetica", micro="µ", ligatures=False, hyphenate=False,
    running_head="Exp Spinal Med 2022;31:e4410", running_authors="Chen Y, et al.", first_page=1,
    header_style="rule",
    fields={
        "first_author": "Chen", "year": 2022, "journal": "Exp Spinal Med", "doi": "10.5555/esm.2022.4410",
        "title": "Hypoxia-preconditioned placental mesenchymal stem cell exosomes enhance angiogenesis after "
                 "spinal cord contusion in mice",
        "species": "mouse", "strain": "C57BL/6", "sex": "female", "body_weight_g": weight(18, 22),
        "n_per_group": 10, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor",
        "injury_level": "T10", "source_tissue": "placenta", "source_species": "human",
        "modification": "hypoxic preconditioning",
        "isolation_method": ["ultracentrifugation", "density_gradient"],
        "isolation_detail": "120,000 g 90 min; iodixanol gradient",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "CD81", "TSG101", "calnexin"],
        "size_nm": size(112.5, "mean", "NTA"), "dose": dose(2.5e10, "particles", 100, "particles"),
        "route": "intravenous", "route_detail": "retro-orbital sinus", "frequency": freq(3, 48),
        "timing_post_injury_h": 1.0, "mechanism": "HIF-1α-driven angiogenesis",
    },
    bbb=Bbb("sem", (
        _g("Vehicle", "control", 10, (2.1, 2.8), (0.3, 0.3), (14.0, 28.0)),
        _g("Hypo-Exo", "treatment", 10, (3.4, 4.6), (0.3, 0.4), (14.0, 28.0)),
    ), source="text", scale="BMS"),
    blocks=[
        ("masthead", ("ORIGINAL RESEARCH | [[journal|Exp Spinal Med]] [[year|2022]];31:e4410 | "
                     "[[doi|DOI: 10.5555/ESM.2022.4410]]")),
        ("title", ("[[title|Hypoxia-preconditioned placental mesenchymal stem cell exosomes enhance "
                  "angiogenesis after spinal cord contusion in mice]]")),
        ("authors", "[[first_author|Yue Chen]], Daniel Hart, Mei Ueda, Kofi Okafor"),
        ("affil", "Center for Neural Repair (invented institution)"),
        ("abstract", "Abstract", ("Vascular loss limits repair after spinal cord injury (SCI). We preconditioned "
         "human placenta-derived MSCs (hPMSCs) at 1% oxygen and collected their exosomes (Hypo-Exo). Mice with "
         "a T10 contusion received three intravenous doses. Hypo-Exo increased CD31-positive vessels, reduced "
         "lesion volume and improved Basso Mouse Scale (BMS) scores.")),
        ("columns",),
        ("h1", "Introduction"),
        ("p", ("Endothelial cells die within hours of contusion and the surviving vessels leak. Exosomes, "
              "membrane vesicles of 40 to 160 nm secreted by most cells, are enriched in pro-angiogenic "
              "microRNAs when the producing cells experience hypoxia (1, 2). We asked whether hypoxic "
              "preconditioning improves the vascular effects of placental MSC exosomes.")),
        ("h1", "Materials and Methods"),
        ("h2", "Cell culture and hypoxic preconditioning"),
        ("p", ("[[source_tissue,source_species|hPMSCs were isolated from term human placentas]] and expanded "
              "in alpha-MEM with 10% exosome-depleted FBS. [[modification|For hypoxic preconditioning, cells were "
              "cultured at 1% O2 for 48 h]] before the medium was collected.")),
        ("h2", "Exosome purification"),
        ("p", ("Medium was centrifuged at 500 x g (10 min) and 10,000 x g (30 min), and "
              "[[isolation_method,isolation_detail|exosomes were pelleted at 120,000 x g for 90 min and further "
              "purified on an iodixanol (OptiPrep) density gradient]]. Exosomes were characterized by "
              "[[characterization|TEM]], [[characterization|NTA (NanoSight)]] and "
              "[[characterization|immunoblotting]] for [[markers|CD63, CD81, TSG101 and the negative marker "
              "calnexin]].")),
        ("h2", "Spinal cord injury"),
        ("p", ("[[species,strain,sex|Female C57BL/6 mice]] (8 weeks, [[body_weight_g|18-22 g]]) were "
              "anesthetized with ketamine/xylazine. A laminectomy was performed at [[injury_level|T10]] and a "
              "60 kdyn [[injury_model,injury_device|contusion was delivered with the Infinite Horizon "
              "impactor]]. [[n_per_group|Ten mice per group]] were analysed.")),
        ("h2", "Treatment"),
        ("p", ("Mice received [[dose|2.5E10 particles in 100 µL PBS]] (Hypo-Exo) or PBS alone "
              "[[route,route_detail|into the retro-orbital sinus]] [[timing_post_injury_h,frequency|at 1 h, "
              "day 2 and day 4 after injury]] (three doses at 48 h intervals).")),
        ("h2", "Behaviour and histology"),
        ("p", ("Locomotion was scored with the 9-point Basso Mouse Scale (BMS). HUVECs were exposed to "
              "25 µg/mL Hypo-Exo for tube formation assays. Values are mean ± SEM.")),
        ("h1", "Results"),
        ("p", ("NTA showed a [[size_nm|mean diameter of 112.5 nm]] (SD 8.7 nm) and 4.2 × 10^11 particles/mL. "
              "Hypo-Exo carried more miR-126 than normoxic exosomes.")),
        ("p", ("BMS scores were similar at 14 days (Vehicle {bbb:Vehicle@14}; Hypo-Exo {bbb:Hypo-Exo@14}), "
              "but at 28 days Hypo-Exo mice scored {bbb:Hypo-Exo@28} compared with {bbb:Vehicle@28} in "
              "vehicle-treated mice.")),
        ("h1", "Discussion"),
        ("p", ("[[mechanism|Hypo-Exo promoted angiogenesis through HIF-1α-dependent transfer of miR-126]]. "
              "In rats, a single tail-vein injection of 200 µg BMSC exosomes improved BBB scores (3), and "
              "hydrogel-embedded vesicles were effective after transection (4).")),
        ("refs", "References", references(2022, 6, "numbered")),
    ],
)

STUDIES = [ZHANG_2019, WANG_2020, LIU_2021, CHEN_2022]
