"""More studies of the *tune* split."""

from __future__ import annotations

from .common import dose, freq, references, size, weight
from .spec import Bbb, Study
from .studies_tune import _g

HUANG_2020 = Study(
    pdf="huang2020_wjmsc_exo_hydrogel_transection.pdf",
    split="tune",
    exercises="two columns, STIX with ligatures, complete transection at T9-10, Wharton's jelly MSCs, "
              "ultrafiltration then ultracentrifugation in 'rcf', dose as the output of 1 × 10^6 cells, exosomes "
              "embedded in a hydrogel; BBB ONLY in a vector figure (no outcome rows in gold)",
    layout=2, font="stix", micro="μ", ligatures=True, hyphenate=True,
    running_head="Front Neural Repair 2020;11:586", running_authors="Huang, Zhou and Pei", first_page=586,
    fields={
        "first_author": "Huang", "year": 2020, "journal": "Front Neural Repair", "doi": "10.5555/fnr.2020.00586",
        "title": "A GelMA hydrogel loaded with Wharton's jelly MSC exosomes bridges complete spinal cord "
                 "transection in rats",
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": weight(250, 300),
        "n_per_group": 8, "injury_model": "transection", "injury_level": "T9-T10",
        "source_tissue": "wharton_jelly", "source_species": "human", "modification": "none",
        "isolation_method": ["ultrafiltration", "ultracentrifugation"], "isolation_detail": "110,000 g 120 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "HSP70"],
        "size_nm": size(118.0, "mode", "NTA"), "dose": dose(1e6, "cells_equivalent", None, None),
        "route": "implanted_biomaterial", "route_detail": "hydrogel", "frequency": freq(1),
        "timing_post_injury_h": 0.0, "mechanism": "M2 macrophage polarization",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
    },
    bbb=Bbb("sem", (
        _g("Transection", "control", 8, (0.0, 0.5, 1.2, 2.0, 2.6, 3.1), (0.0, 0.2, 0.3, 0.4, 0.4, 0.5)),
        _g("GelMA", "other", 8, (0.0, 0.7, 1.6, 2.7, 3.5, 4.0), (0.0, 0.2, 0.4, 0.4, 0.5, 0.5)),
        _g("GelMA-Exo", "treatment", 8, (0.1, 1.1, 2.9, 4.8, 6.3, 7.7), (0.1, 0.3, 0.4, 0.6, 0.6, 0.7)),
    ), source="figure"),
    notes=["BBB scores are reported only in Figure 3 (a vector line plot); no outcome rows."],
    blocks=[
        ("masthead", ("ORIGINAL RESEARCH published: 14 October [[year|2020]] · "
                     "[[doi|doi: 10.5555/fnr.2020.00586]] · [[journal|Front Neural Repair]] 11:586")),
        ("title", ("[[title|A GelMA hydrogel loaded with Wharton's jelly MSC exosomes bridges complete spinal "
                  "cord transection in rats]]")),
        ("authors", "[[first_author|Lei Huang]], Rong Zhou and Fei Pei*"),
        ("affil", "Department of Biomaterials, an invented university. *Correspondence: F. Pei"),
        ("abstract", "Abstract", ("After complete transection the cord stumps are separated by a gap that axons "
         "cannot cross. We filled the gap with a gelatin methacryloyl (GelMA) hydrogel that releases exosomes "
         "from Wharton's jelly mesenchymal stem cells (WJ-MSCs). The loaded hydrogel reduced inflammation, "
         "shifted macrophages to an M2 phenotype and improved hindlimb function.")),
        ("keywords", "Keywords: hydrogel, exosome, Wharton's jelly, spinal cord transection, macrophage"),
        ("columns",),
        ("h1", "INTRODUCTION"),
        ("p", ("Complete transection is the most severe form of spinal cord injury. Biomaterials provide a "
              "bridge, and MSC-derived exosomes, vesicles of 30–150 nm that carry the paracrine "
              "signals of their parent cells, can be retained in them for days (Li et al., 2019; Wu et al., "
              "2020). Previous hydrogels released 100 μg of exosomes over a week (Xu et al., 2019).")),
        ("h1", "MATERIALS AND METHODS"),
        ("h2", "Exosome Preparation"),
        ("p", ("[[source_tissue,source_species|WJ-MSCs were isolated from the Wharton's jelly of human umbilical "
              "cords]] by explant culture. Serum-free conditioned medium was filtered (0.22 μm), "
              "[[isolation_method|concentrated by ultrafiltration (Amicon Ultra, 100 kDa) and then "
              "ultracentrifuged]] [[isolation_detail|at 110,000 rcf for 2 h]]. Exosomes were identified "
              "by [[characterization|TEM]], [[characterization|nanoparticle tracking analysis]] and "
              "[[characterization|western blot]] ([[markers|CD9, CD63, HSP70]]). "
              "[[modification|The exosomes were used without any modification]].")),
        ("h2", "Hydrogel Fabrication"),
        ("p", ("GelMA (5% w/v) containing [[dose|exosomes derived from 1 × 10^6 WJ-MSCs]] per 20 μL was "
              "photo-crosslinked in situ with blue light for 30 s.")),
        ("h2", "Animal Surgery"),
        ("p", ("[[species,strain,sex|Female Sprague-Dawley rats]] weighing [[body_weight_g|250–300 g]] were "
              "anesthetized with isoflurane. After laminectomy at [[injury_level|T9-10]], "
              "[[injury_model|the spinal cord was completely transected]] and a 2 mm segment was removed. "
              "[[route,route_detail|The exosome-laden GelMA hydrogel was implanted into the gap]] "
              "[[timing_post_injury_h,frequency|immediately after transection (single application)]]. Rats "
              "were assigned to the Transection, GelMA and GelMA-Exo groups ([[n_per_group|n = 8]]). "
              "[[reported_welfare_compliance|All animal procedures were approved by the Animal Care Committee "
              "and conformed to the ARRIVE guidelines]].")),
        ("h2", "Locomotor Evaluation"),
        ("p", ("BBB scores were assessed weekly for 4 weeks [[reported_blinded_assessment|by two investigators "
              "unaware of group allocation]]. RAW264.7 macrophages were treated with 20 μg/mL exosomes to "
              "study polarization in vitro.")),
        ("h1", "RESULTS"),
        ("p", ("The vesicles had a [[size_nm|modal size of 118 nm]] (NTA) and released steadily from GelMA for "
              "14 days.")),
        ("p", ("All transected rats were paralysed after surgery. The GelMA-Exo group regained joint movements "
              "and occasional weight-supported stance, whereas the other groups improved little (Figure 3).")),
        ("bbb_figure", ("<b>FIGURE 3</b> | BBB scores of the Transection, GelMA and GelMA-Exo groups over "
                       "28 days. Data are mean ± SEM, n = 8 per group. The values are shown only in this "
                       "plot.")),
        ("h1", "DISCUSSION"),
        ("p", ("[[mechanism|Exosome release shifted macrophages from the M1 to the M2 phenotype]], reducing "
              "cavity formation. Unlike intravenous injection of 200 μg (Zhang et al., 2019) or intrathecal "
              "delivery, the hydrogel keeps vesicles at the lesion.")),
        ("refs", "REFERENCES", references(2020, 18, "apa")),
    ],
)

SUN_2021 = Study(
    pdf="sun2021_mensc_exo_intralesional.pdf",
    split="tune",
    exercises="one column DejaVu Sans, Greek mu, soft hyphenation, weight-drop contusion, menstrual-blood "
              "MSCs, 'xg' ladder, in situ injection into the lesion, ruled BBB table with days as columns (SEM), "
              "randomisation by random number table, COI statement",
    layout=1, font="dejavu_sans", micro="μ", ligatures=False, hyphenate=True,
    running_head="Int J Regen Neurosci 2021, 22, 9034", running_authors="Sun, J. et al.", first_page=1,
    header_style="rule",
    fields={
        "first_author": "Sun", "year": 2021, "journal": "Int J Regen Neurosci", "doi": "10.5555/ijrn22189034",
        "title": "Menstrual blood-derived stem cell exosomes injected into the lesion reduce microglial "
                 "inflammation after spinal cord injury",
        "species": "rat", "strain": "Wistar", "sex": "female", "body_weight_g": weight(200, 220),
        "n_per_group": 6, "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T10",
        "source_tissue": "menstrual_blood", "source_species": "human", "modification": "none",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "120,000 g 90 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "CD81", "calnexin"],
        "size_nm": size(105.6, "mean", "NTA"), "dose": dose(20, "ug", 10, "protein"),
        "route": "intralesional", "route_detail": "lesion site", "frequency": freq(1), "timing_post_injury_h": 0.0,
        "mechanism": "suppression of microglial M1 polarization",
        "reported_randomisation": True, "reported_conflict_of_interest": True,
    },
    bbb=Bbb("sem", (
        _g("Sham", "sham", 6, (21.0, 21.0, 21.0, 21.0, 21.0), (0.0, 0.0, 0.0, 0.0, 0.0), (1.0, 3.0, 7.0, 14.0, 28.0)),
        _g("SCI", "control", 6, (0.8, 1.9, 4.0, 6.6, 8.3), (0.2, 0.4, 0.5, 0.6, 0.7), (1.0, 3.0, 7.0, 14.0, 28.0)),
        _g("MenSC-Exo", "treatment", 6, (1.0, 2.6, 5.7, 9.2, 12.4), (0.3, 0.4, 0.6, 0.7, 0.8), (1.0, 3.0, 7.0, 14.0, 28.0)),
    ), source="table", day_label="day"),
    blocks=[
        ("masthead", ("<i>Article</i> · [[journal|Int J Regen Neurosci]] [[year|2021]], 22, 9034. "
                     "[[doi|https://doi.org/10.5555/ijrn22189034]]")),
        ("title", ("[[title|Menstrual blood-derived stem cell exosomes injected into the lesion reduce "
                  "microglial inflammation after spinal cord injury]]")),
        ("authors", ("[[first_author|Jing Sun]] <super>1</super>, Kenji Abe <super>2</super>, "
                    "Lucia Castro <super>1</super> and Bo Meng <super>1,</super>*")),
        ("affil", ("<super>1</super> Key Laboratory of Tissue Repair; <super>2</super> Department of Anatomy "
                  "(invented institutions)")),
        ("abstract", "Abstract:", ("Menstrual blood-derived stem cells (MenSCs) are a non-invasive source of "
         "MSCs. We injected MenSC exosomes directly into the injured spinal cord of rats after a weight-drop "
         "contusion. The exosomes reduced iNOS-positive microglia and improved BBB scores. "
         "<b>Keywords:</b> menstrual blood; exosomes; microglia; spinal cord injury")),
        ("columns",),
        ("h1", "1. Introduction"),
        ("p", ("Microglia respond to spinal cord injury within minutes and largely adopt a pro-inflammatory "
              "phenotype [1,2]. MSC-derived exosomes, generally 30–150 nm in size [3], modulate this "
              "response. Intravenous delivery has been tested at 100–200 μg [4], yet most vesicles are "
              "trapped by the liver.")),
        ("h1", "2. Materials and Methods"),
        ("h2", "2.1. MenSC Culture and Exosome Isolation"),
        ("p", ("[[source_tissue,source_species|MenSCs were isolated from menstrual blood of healthy female "
              "volunteers]] and used at passages 3 to 6. [[modification|Native (unmodified) exosomes]] were "
              "isolated from serum-free conditioned medium by differential centrifugation: 300 xg for 10 min, "
              "2000 xg for 20 min, 10,000 xg for 40 min, then [[isolation_method,isolation_detail|"
              "ultracentrifugation at 120,000 xg for 90 min]]. Exosomes were examined by "
              "[[characterization|transmission electron microscopy]] and "
              "[[characterization|NanoSight nanoparticle tracking]], and "
              "[[characterization|Western blotting]] detected [[markers|CD9, CD63, CD81 and calnexin]].")),
        ("h2", "2.2. Animals"),
        ("p", ("[[species,strain,sex|Female Wistar rats]] ([[body_weight_g|200–220 g]]) were obtained from a "
              "licensed supplier. [[reported_randomisation|Rats were allocated to the Sham, SCI and MenSC-Exo "
              "groups with a random number table]] ([[n_per_group|n = 6 per group]]).")),
        ("h2", "2.3. Contusion Injury and Intralesional Injection"),
        ("p", ("After laminectomy at [[injury_level|T10]], [[injury_model,injury_device|a 10 g weight was dropped "
              "from 25 mm onto the exposed cord]] (modified Allen weight drop). "
              "[[timing_post_injury_h|Immediately after contusion]], [[dose|20 μg exosomes in 10 μL PBS]] were "
              "[[route,route_detail|injected in situ into the lesion]] epicentre with a glass micropipette "
              "([[frequency|once]]). SCI rats received PBS.")),
        ("h2", "2.4. Behavioural Analysis"),
        ("p", ("BBB scores were recorded on days 1, 3, 7, 14 and 28. BV2 microglia were stimulated with LPS "
              "and treated with 40 μg/mL exosomes.")),
        ("h1", "3. Results"),
        ("p", "The exosomes had an [[size_nm|average size of 105.6 nm]] by NTA and a typical cup shape."),
        ("p", "MenSC-Exo rats recovered better than SCI rats from day 7 (Table 1)."),
        ("bbb_table", "<b>Table 1.</b> BBB locomotor scores (mean ± SEM, n = 6).", "days_cols", True),
        ("h1", "4. Discussion"),
        ("p", ("[[mechanism|MenSC-Exo suppressed the M1 polarization of microglia]], lowering TNF-α and IL-1β. "
              "Earlier work with umbilical cord exosomes used intraperitoneal doses of 1 mg/kg [5].")),
        ("h1", "5. Conclusions"),
        ("p", "Local delivery of MenSC exosomes improves recovery after contusion."),
        ("small", ("<b>Conflicts of Interest:</b> [[reported_conflict_of_interest|The authors declare no "
                  "conflict of interest.]]")),
        ("refs", "References", references(2121, 5, "numbered")),
    ],
)

ZHAO_2023 = Study(
    pdf="zhao2023_shed_exo_intraperitoneal.pdf",
    split="tune",
    exercises="two columns DejaVu Serif, micro lost ('50 ug'), MASCIS impactor at T9, SHED (dental pulp), "
              "Total Exosome Isolation reagent, DLS median size, intraperitoneal every other day, PC12/BV2 "
              "in-vitro doses, BBB in the text (mean ± SD)",
    layout=2, font="dejavu_serif", micro="u", ligatures=False, hyphenate=True,
    running_head="Cell Ther Lett (2023) 9:114–125", running_authors="Zhao et al.", first_page=114,
    header_style="plain",
    fields={
        "first_author": "Zhao", "year": 2023, "journal": "Cell Ther Lett", "doi": "10.5555/ctl.2023.114",
        "title": "Exosomes from stem cells of human exfoliated deciduous teeth inhibit ferroptosis after "
                 "spinal cord injury",
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": weight(280, 320),
        "n_per_group": 12, "injury_model": "contusion", "injury_device": "MASCIS impactor", "injury_level": "T9",
        "source_tissue": "dental_pulp", "source_species": "human", "modification": "none",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "Total Exosome Isolation reagent",
        "characterization": ["TEM", "DLS", "western_blot"], "markers": ["CD63", "TSG101", "Alix"],
        "size_nm": size(142.0, "median", "DLS"), "dose": dose(50, "ug", None, "protein"),
        "route": "intraperitoneal", "frequency": freq(7, 48), "timing_post_injury_h": 24.0,
        "mechanism": "inhibition of ferroptosis via GPX4",
        "reported_blinded_assessment": True, "reported_conflict_of_interest": True,
        "reported_welfare_compliance": True,
    },
    bbb=Bbb("sd", (
        _g("SCI + PBS", "control", 12, (5.1, 7.4), (1.2, 1.5), (14.0, 28.0)),
        _g("SHED-Exos", "treatment", 12, (7.0, 10.3), (1.4, 1.6), (14.0, 28.0)),
    ), source="text"),
    blocks=[
        ("masthead", ("[[journal|Cell Ther Lett]] ([[year|2023]]) 9:114–125 "
                     "[[doi|https://doi.org/10.5555/ctl.2023.114]]")),
        ("title", ("[[title|Exosomes from stem cells of human exfoliated deciduous teeth inhibit ferroptosis "
                  "after spinal cord injury]]")),
        ("authors", "[[first_author|Min Zhao]] · Chen Guo · Anna Novak · Peng Wu"),
        ("affil", "School of Stomatology and Department of Spine Surgery (invented)"),
        ("abstract", "Abstract", ("Ferroptosis, an iron-dependent cell death, contributes to secondary damage "
         "after spinal cord injury. Stem cells from human exfoliated deciduous teeth (SHED) secrete exosomes "
         "(SHED-Exos) with antioxidant activity. Rats with MASCIS contusion received SHED-Exos "
         "intraperitoneally. SHED-Exos restored GPX4, lowered lipid peroxidation and improved BBB scores.")),
        ("columns",),
        ("h1", "Introduction"),
        ("p", ("Iron released from haemorrhage drives lipid peroxidation in the injured cord [1]. Exosomes "
              "from dental pulp stem cells, small vesicles reported to range from 30 to 150 nm [2], protect "
              "neurons in stroke models. Whether SHED-Exos act against ferroptosis after SCI is unknown.")),
        ("h1", "Materials and methods"),
        ("h2", "SHED culture and exosome isolation"),
        ("p", ("[[source_tissue,source_species|SHED were isolated from the dental pulp of exfoliated deciduous "
              "teeth of healthy children]] (6–8 years) with parental consent. After 48 h in serum-free medium, "
              "the supernatant was centrifuged at 2000 g for 30 min and incubated with "
              "[[isolation_method,isolation_detail|Total Exosome Isolation reagent (Invitrogen)]] according to "
              "the manufacturer's instructions. [[modification|No modification or preconditioning was "
              "used]].")),
        ("h2", "Identification"),
        ("p", ("Exosomes were imaged by [[characterization|TEM]], their size distribution was measured by "
              "[[characterization|dynamic light scattering (DLS)]], and [[characterization|western blot]] "
              "detected [[markers|CD63, TSG101 and Alix]].")),
        ("h2", "Animal model"),
        ("p", ("[[species,strain,sex|Male SD rats]] weighing [[body_weight_g|280–320 g]] underwent "
              "laminectomy at [[injury_level|vertebral level T9]] followed by a "
              "[[injury_model,injury_device|contusion with the MASCIS impactor]] (10 g, 12.5 mm). "
              "[[reported_welfare_compliance|The study was approved by the Animal Ethics Committee (approval "
              "no. 2022-117)]]. Each group contained [[n_per_group|12 rats]].")),
        ("h2", "Treatment"),
        ("p", ("Rats received [[dose|50 ug SHED-Exos]] in 1 mL PBS by "
              "[[route|intraperitoneal injection]] [[frequency|every other day for 2 weeks]], "
              "[[timing_post_injury_h|beginning 24 h after SCI]]; controls received PBS.")),
        ("h2", "In vitro experiments"),
        ("p", ("PC12 cells were treated with 50 ug/mL SHED-Exos and erastin for 24 h, and BV2 cells with "
              "20 ug/mL.")),
        ("h2", "Behaviour"),
        ("p", ("BBB scores were recorded weekly [[reported_blinded_assessment|by observers blinded to "
              "treatment]]. Results are mean ± SD.")),
        ("h1", "Results"),
        ("p", "DLS showed a [[size_nm|median hydrodynamic diameter of 142 nm]]; TEM showed round vesicles."),
        ("p", ("On day 14 the BBB score of the SHED-Exos group was {bbb:SHED-Exos@14} versus {bbb:SCI + PBS@14} "
              "in the SCI + PBS group, and on day 28 it reached {bbb:SHED-Exos@28} versus "
              "{bbb:SCI + PBS@28} (P &lt; 0.05).")),
        ("h1", "Discussion"),
        ("p", ("[[mechanism|SHED-Exos inhibited ferroptosis by restoring GPX4 expression]]. Studies of bone "
              "marrow MSC exosomes have used 200 ug by tail vein or 2 × 10^9 particles intrathecally [3, 4].")),
        ("small", "<b>Declarations</b> Conflict of interest: [[reported_conflict_of_interest|none declared]]."),
        ("refs", "References", references(2023, 16, "numbered")),
    ],
)

XU_2022 = Study(
    pdf="xu2022_bmsc_exo_sictgf_clip.pdf",
    split="tune",
    exercises="one column STIX with ligatures and micro sign U+00B5, no hyphenation, siRNA-loaded exosomes, "
              "aneurysm clip at T8, '×g' ladder, daily tail-vein dosing for 7 days, loose BBB table with days as "
              "columns (mean ± SD), only ethics reported",
    layout=1, font="stix", micro="µ", ligatures=True, hyphenate=False,
    running_head="Neurotrauma Methods 2022; 18: 903–915", running_authors="XU ET AL.", first_page=903,
    header_style="plain",
    fields={
        "first_author": "Xu", "year": 2022, "journal": "Neurotrauma Methods", "doi": "10.5555/ntm.2022.0903",
        "title": "Bone marrow stromal cell exosomes loaded with siRNA against CTGF reduce glial scarring after "
                 "clip compression injury",
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": weight(200, 240),
        "n_per_group": 10, "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T8",
        "source_tissue": "bone_marrow", "source_species": "rat", "modification": "siRNA CTGF loading",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 g 120 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD81", "TSG101"],
        "size_nm": size(96.0, "mode", "NTA"), "dose": dose(100, "ug", 100, "protein"),
        "route": "intravenous", "route_detail": "tail vein", "frequency": freq(7, 24), "timing_post_injury_h": 1.0,
        "mechanism": "CTGF knockdown reducing glial scar formation",
        "reported_welfare_compliance": True,
    },
    bbb=Bbb("sd", (
        _g("SCI + PBS", "control", 10, (1.2, 3.5, 5.9, 7.2), (0.5, 0.9, 1.1, 1.2), (3.0, 7.0, 14.0, 28.0)),
        _g("Exo-siNC", "other", 10, (1.4, 4.1, 7.0, 8.8), (0.6, 0.8, 1.0, 1.1), (3.0, 7.0, 14.0, 28.0)),
        _g("Exo-siCTGF", "treatment", 10, (1.5, 4.9, 8.6, 11.5), (0.6, 1.0, 1.1, 1.3), (3.0, 7.0, 14.0, 28.0)),
    ), source="table", day_label="day"),
    blocks=[
        ("masthead", ("[[journal|Neurotrauma Methods]] [[year|2022]]; 18: 903–915 — "
                     "[[doi|DOI: 10.5555/ntm.2022.0903]]")),
        ("title", ("[[title|Bone marrow stromal cell exosomes loaded with siRNA against CTGF reduce glial "
                  "scarring after clip compression injury]]")),
        ("authors", "[[first_author|Xu Tao]], Yang Fan, Rossi Giulia, Kim Ji-woo"),
        ("affil", "Department of Orthopedic Surgery (invented). Family names are given first."),
        ("abstract", "Abstract", ("Connective tissue growth factor (CTGF) drives fibrotic and glial scarring "
         "after spinal cord injury. We loaded rat bone marrow stromal cell exosomes with CTGF siRNA "
         "(Exo-siCTGF) by electroporation and gave them intravenously for a week after clip compression. "
         "Exo-siCTGF reduced CTGF, GFAP and fibronectin in the scar and improved hindlimb function.")),
        ("columns",),
        ("h1", "Introduction"),
        ("p", ("Scar tissue seals the lesion but blocks axon growth<super>1</super>. Exosomes, the smallest "
              "class of extracellular vesicles at 30–150 nm<super>2</super>, can deliver siRNA across the "
              "blood–spinal cord barrier<super>3</super>.")),
        ("h1", "Methods"),
        ("p", ("<b>Exosomes.</b> [[source_tissue,source_species|Bone marrow stromal cells were harvested from "
              "the femurs of 3-week-old SD rats]]. Conditioned medium was spun at 2,000×g for 20 min and "
              "10,000×g for 45 min; [[isolation_method,isolation_detail|exosomes were then pelleted at "
              "100,000×g for 2 h]] and resuspended in PBS. [[modification|CTGF siRNA (or a scrambled siNC) was "
              "loaded into exosomes by electroporation]] at 400 V. Vesicles were characterized by "
              "[[characterization|TEM]], [[characterization|NTA]] and [[characterization|western blot]] for "
              "[[markers|CD9, CD81 and TSG101]].")),
        ("p", ("<b>Injury and treatment.</b> [[species,strain,sex|Female SD rats]] "
              "([[body_weight_g|200–240 g]]) received a laminectomy at [[injury_level|T8]] and "
              "[[injury_model,injury_device|compression with an aneurysm clip]] (35 g, 1 min). "
              "[[reported_welfare_compliance|Procedures were approved by the university's animal ethics "
              "committee]]. [[n_per_group|Ten rats]] were included in each group. "
              "[[dose|Exosomes (100 µg in 100 µL PBS)]] were [[route,route_detail|injected into the tail "
              "vein]] [[frequency|once a day for 7 days]], [[timing_post_injury_h|beginning 1 h after "
              "injury]].")),
        ("p", ("<b>Assessment.</b> The BBB scale was used on days 3, 7, 14 and 28. Astrocytes in culture "
              "received 5 µg/mL Exo-siCTGF.")),
        ("h1", "Results"),
        ("p", ("The vesicles showed a [[size_nm|peak size of 96 nm]] and CTGF siRNA was protected from RNase. "
              "Exo-siCTGF improved BBB scores from day 14 (Table 2).")),
        ("bbb_table", "Table 2 BBB scores (mean ± SD; n = 10 per group)", "days_cols", False),
        ("h1", "Discussion"),
        ("p", ("[[mechanism|Knockdown of CTGF reduced glial scar formation]] and allowed more 5-HT fibres to "
              "pass the lesion. Others injected 20 µg exosomes into the lesion or used hydrogels "
              "releasing vesicles for 2 weeks<super>4,5</super>.")),
        ("refs", "References", references(2022, 5)),
    ],
)

_WEEKS = (7.0, 14.0, 21.0, 28.0, 35.0, 42.0, 49.0, 56.0)

HE_2021 = Study(
    pdf="he2021_hbmsc_ev_tff_jugular.pdf",
    split="tune",
    exercises="two columns Helvetica with micro sign, both sexes, Infinite Horizon contusion, tangential flow "
              "filtration + SEC, '1 × 10^11 particles', jugular vein, weekly dosing from day 3, loose BBB table "
              "by WEEK (days as rows, SEM), computer-generated randomisation, sample size calculation",
    layout=2, font="helvetica", micro="µ", ligatures=False, hyphenate=True,
    running_head="Vesicle Biol Rep. 2021;5(2):233-245", running_authors="He et al.", first_page=233,
    header_style="rule",
    fields={
        "first_author": "He", "year": 2021, "journal": "Vesicle Biol Rep", "doi": "10.5555/vbr.2021.05.233",
        "title": "Weekly intravenous extracellular vesicles from human bone marrow MSCs preserve the "
                 "blood-spinal cord barrier after contusion",
        "species": "rat", "strain": "Wistar", "sex": "both", "body_weight_g": weight(250, 300),
        "n_per_group": 12, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor",
        "injury_level": "T10", "source_tissue": "bone_marrow", "source_species": "human", "modification": "none",
        "isolation_method": ["tangential_flow", "size_exclusion"],
        "isolation_detail": "tangential flow filtration 300 kDa; size-exclusion chromatography",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD63", "CD81", "Alix", "calnexin"],
        "size_nm": size(110.0, "mean", "NTA"), "dose": dose(1e11, "particles", 500, "particles"),
        "route": "intravenous", "route_detail": "jugular vein", "frequency": freq(4, 168),
        "timing_post_injury_h": 72.0, "mechanism": "preservation of blood-spinal cord barrier integrity",
        "reported_randomisation": True, "reported_sample_size_calculation": True,
        "reported_blinded_assessment": True,
    },
    bbb=Bbb("sem", (
        _g("Vehicle", "control", 12, (3.2, 5.5, 7.1, 8.0, 8.6, 9.0, 9.2, 9.3), (0.4, 0.5, 0.5, 0.6, 0.6, 0.6, 0.6, 0.7), _WEEKS),
        _g("hBMSC-EVs", "treatment", 12, (3.4, 6.6, 8.9, 10.4, 11.5, 12.2, 12.6, 12.9), (0.4, 0.5, 0.6, 0.6, 0.7, 0.7, 0.7, 0.8), _WEEKS),
    ), source="table", day_label="week"),
    blocks=[
        ("masthead", ("[[journal|Vesicle Biol Rep]]. [[year|2021]];5(2):233-245. "
                     "[[doi|doi.org/10.5555/vbr.2021.05.233]]")),
        ("title", ("[[title|Weekly intravenous extracellular vesicles from human bone marrow MSCs preserve "
                  "the blood-spinal cord barrier after contusion]]")),
        ("authors", "[[first_author|Wen He]], MD, PhD; Erik Lindqvist, PhD; Hana Sato, MSc"),
        ("affil", "Division of Neurotrauma Research (invented)"),
        ("abstract", "Abstract", ("Objective: To test repeated dosing of MSC extracellular vesicles (EVs). "
         "Methods: Wistar rats of both sexes received a 200 kdyn contusion and four weekly infusions of "
         "human bone marrow MSC EVs (hBMSC-EVs) or vehicle. Results: hBMSC-EVs reduced Evans blue leakage "
         "and improved BBB scores for 8 weeks. Conclusion: repeated EV dosing is feasible and effective.")),
        ("columns",),
        ("h1", "INTRODUCTION"),
        ("p", ("Disruption of the blood-spinal cord barrier lets blood cells and proteins enter the cord "
              "(1). EVs range from 30 to 150 nm for exosomes up to 1 µm for microvesicles (2); most studies "
              "give one dose, although vesicles are cleared within hours (3).")),
        ("h1", "METHODS"),
        ("h2", "Study design"),
        ("p", ("[[reported_sample_size_calculation|Group size was determined by a power calculation based on "
              "pilot BBB data]] ([[n_per_group|n = 12 per group]], six of each sex). "
              "[[reported_randomisation|Allocation followed a computer-generated randomization sequence]], "
              "and [[reported_blinded_assessment|outcome assessors were masked to treatment]].")),
        ("h2", "EV production"),
        ("p", ("[[source_tissue,source_species|Human bone marrow MSCs]] (commercial, three donors) were "
              "grown in a hollow-fibre bioreactor. [[modification|No preconditioning or engineering was "
              "applied]]. [[isolation_method,isolation_detail|EVs were isolated by tangential flow filtration "
              "(300 kDa) followed by size-exclusion chromatography]]. [[characterization|NTA]], "
              "[[characterization|TEM]] and [[characterization|Western blotting]] ([[markers|CD63, CD81, Alix; "
              "calnexin absent]]) were performed.")),
        ("h2", "Animals and injury"),
        ("p", ("[[species,strain,sex|Adult Wistar rats of both sexes]] ([[body_weight_g|250–300 g]]) were "
              "injured at [[injury_level|T10]] with the [[injury_model,injury_device|Infinite Horizon "
              "impactor (200 kdyn) to produce a contusion]].")),
        ("h2", "Dosing"),
        ("p", ("[[dose|1 × 10<super>11</super> particles in 500 µL saline]] were infused "
              "[[route,route_detail|through a jugular vein catheter]] [[timing_post_injury_h|starting 3 days "
              "post-injury]] and repeated [[frequency|weekly for a total of 4 doses]].")),
        ("h1", "RESULTS"),
        ("p", ("hBMSC-EVs had a [[size_nm|mean size of 110 ± 35 nm]] by NTA. Locomotor recovery is "
              "summarised in Table 1.")),
        ("bbb_table", "Table 1. BBB scores by week after injury. Values are mean ± SEM (n = 12).",
         "days_rows", False),
        ("h1", "DISCUSSION"),
        ("p", ("[[mechanism|Repeated hBMSC-EVs preserved blood-spinal cord barrier integrity]], as shown by "
              "less Evans blue extravasation. A single intrathecal dose of 30 µg was effective in another "
              "study (4).")),
        ("refs", "REFERENCES", references(2021, 16, "numbered")),
    ],
)

MA_2018 = Study(
    pdf="ma2018_hucmsc_exo_iv_single.pdf",
    split="tune",
    exercises="one column DejaVu Serif with ligatures and Greek mu, single body weight ('approximately "
              "250 g'), Infinite Horizon contusion at T9–T10, flow cytometry of vesicles, TEM mean size, ruled "
              "BBB table with days as columns (SEM), no reporting-quality statements",
    layout=1, font="dejavu_serif", micro="μ", ligatures=True, hyphenate=False,
    running_head="J Neural Repair Res 2018, 6: 51–60", running_authors="Ma and Evans", first_page=51,
    header_style="rule",
    fields={
        "first_author": "Ma", "year": 2018, "journal": "J Neural Repair Res", "doi": "10.5555/jnrr.2018.051",
        "title": "Human umbilical cord MSC exosomes reduce complement activation after spinal cord injury",
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": weight(250),
        "n_per_group": 10, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor",
        "injury_level": "T9-T10", "source_tissue": "umbilical_cord", "source_species": "human",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 g 70 min",
        "characterization": ["TEM", "NTA", "flow_cytometry"], "markers": ["CD63", "CD81"],
        "size_nm": size(86.4, "mean", "TEM"), "dose": dose(40, "ug", 200, "protein"),
        "route": "intravenous", "route_detail": "tail vein", "frequency": freq(1), "timing_post_injury_h": 2.0,
        "mechanism": "suppression of complement activation and NF-κB",
    },
    bbb=Bbb("sem", (
        _g("SCI", "control", 10, (0.9, 2.2, 4.4, 6.3, 7.5, 8.1), (0.3, 0.4, 0.5, 0.6, 0.6, 0.7)),
        _g("hucMSC-Exo", "treatment", 10, (1.0, 2.9, 5.8, 8.5, 10.2, 11.4), (0.3, 0.5, 0.6, 0.7, 0.7, 0.8)),
    ), source="table", day_label="d"),
    blocks=[
        ("masthead", ("[[journal|J Neural Repair Res]] [[year|2018]], 6: 51–60 · "
                     "[[doi|https://doi.org/10.5555/jnrr.2018.051]]")),
        ("title", ("[[title|Human umbilical cord MSC exosomes reduce complement activation after spinal cord "
                  "injury]]")),
        ("authors", "[[first_author|Li Ma]] and Owen Evans"),
        ("affil", "Spinal Injury Unit (invented institution)"),
        ("abstract", "Abstract", ("The complement cascade amplifies neuroinflammation after spinal cord "
         "injury. We found that a single intravenous dose of exosomes from human umbilical cord MSCs "
         "(hucMSC-Exo) reduced complement C3 and C5b-9 deposition and improved locomotor function in rats.")),
        ("columns",),
        ("h1", "Introduction"),
        ("p", ("Complement proteins enter the injured cord with blood and are also made locally [1]. MSC "
              "exosomes, small lipid-bilayer vesicles (30–150 nm), reduce complement in kidney injury [2]. We "
              "tested them after spinal cord contusion.")),
        ("h1", "Experimental procedures"),
        ("p", ("<i>Exosomes.</i> [[source_tissue,source_species|hucMSCs were derived from human umbilical cord "
              "tissue]] (passage 3–5). The supernatant was cleared at 300 g, 2,000 g and 10,000 g and "
              "[[isolation_method,isolation_detail|exosomes were collected by ultracentrifugation (100,000 g, "
              "70 min), twice]]. Vesicles were examined by [[characterization|electron microscopy (TEM)]], "
              "[[characterization|NTA]] and [[characterization|bead-based flow cytometry]] for "
              "[[markers|CD63 and CD81]].")),
        ("p", ("<i>Animals and surgery.</i> [[species,strain,sex|Female Sprague-Dawley rats]] "
              "[[body_weight_g|weighing approximately 250 g]] were injured at [[injury_level|T9–T10]] with an "
              "[[injury_model,injury_device|Infinite Horizon impactor (150 kdyn) contusion]]. "
              "[[n_per_group|Ten rats per group]] were used.")),
        ("p", ("<i>Treatment.</i> [[timing_post_injury_h|Two hours after injury]], rats received "
              "[[dose|40 μg hucMSC-Exo in 200 μL PBS]] [[route,route_detail|via the tail vein]] "
              "([[frequency|a single dose]]); SCI rats received PBS. BBB scores were obtained at 1, 3, 7, 14, "
              "21 and 28 days.")),
        ("h1", "Results"),
        ("p", ("TEM showed vesicles with a [[size_nm|mean diameter of 86.4 nm]]; 92% of beads were CD63 "
              "positive. BBB scores are listed in Table 1.")),
        ("bbb_table", "Table 1. BBB scores (mean ± SEM, n = 10).", "days_cols", True),
        ("h1", "Discussion"),
        ("p", ("[[mechanism|hucMSC-Exo suppressed complement activation and NF-κB signalling]] in the injured "
              "cord. Intrathecal exosomes (10 μg) were reported to act similarly [3].")),
        ("refs", "References", references(2018, 4, "numbered")),
    ],
)

STUDIES = [HUANG_2020, SUN_2021, ZHAO_2023, XU_2022, HE_2021, MA_2018]
