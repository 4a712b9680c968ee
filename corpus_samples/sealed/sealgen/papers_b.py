"""Sealed studies, part B (everything invented)."""

from __future__ import annotations

from extgen.common import FOOTNOTE, week_fmt
from extgen.model import Scores, Study
from sealgen.refs import cite


def _wk(d: float) -> str:
    return f"{d / 7:g}"


# --------------------------------------------------------------------------- moreno2020 (mouse, BMS)
_MORENO = Scores(
    outcome="BMS", err="sd",
    groups=[("Sham", "sham", 8), ("SCI+Vehicle", "control", 8), ("SCI+pEV", "other", 8),
            ("SCI+IL1β-pEV", "treatment", 8)],
    values={
        "Sham": {d: (9.0, 0.0) for d in (7, 14, 21, 28, 35, 42)},
        "SCI+Vehicle": {7: (1.4, 0.5), 14: (2.3, 0.6), 21: (2.9, 0.7), 28: (3.2, 0.6), 35: (3.4, 0.7),
                        42: (3.5, 0.6)},
        "SCI+pEV": {7: (1.6, 0.6), 14: (2.8, 0.7), 21: (3.5, 0.6), 28: (3.9, 0.8), 35: (4.1, 0.7), 42: (4.2, 0.8)},
        "SCI+IL1β-pEV": {7: (1.9, 0.5), 14: (3.4, 0.6), 21: (4.4, 0.7), 28: (5.0, 0.7), 35: (5.3, 0.8),
                         42: (5.5, 0.7)},
    },
)

MORENO = Study(
    stem="moreno2020_hpmsc_il1b_ev_intranasal_mouse",
    layout="threecol",
    title="Intranasal extracellular vesicles from IL-1β-primed placental mesenchymal stromal cells improve "
          "locomotion of mice after spinal cord contusion",
    short_title="Intranasal primed placental EVs in mice",
    authors=[("Lucía", "Moreno-Vidal"), ("Iker", "Arrieta"), ("Paula", "Sanchís"), ("Andrés", "Quintero"),
             ("Nerea", "Olabarria")],
    affiliations=["Instituto de Neurorreparación, Universidad del Cantábrico, Santander, Spain",
                  "Unidad de Terapia Celular, Hospital Marítimo, Santander, Spain"],
    journal="Revista Iberoamericana de Neurotrauma Experimental",
    year=2020, volume="5(2):77–92", doi="10.5555/rine.2020.0522",
    pmid="99310043", pmcid="PMC9931043", received="2020-01-28",
    values={
        "species": "mouse", "strain": "C57BL/6", "sex": "female", "body_weight_g": {"low": 18, "high": 22},
        "n_per_group": 8, "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T9",
        "source_tissue": "placenta", "source_species": "human", "modification": "IL-1β preconditioning",
        "isolation_method": ["ultracentrifugation", "density_gradient"],
        "isolation_detail": "100,000 × g 90 min; sucrose gradient 100,000 × g 16 h",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD81", "HSP70", "calnexin"],
        "size_nm": {"value": 87.3, "low": None, "high": None, "stat": "mean", "method": "TEM"},
        "dose": {"amount": 10, "unit": "ug", "volume_ul": 12, "basis": "protein"},
        "route": "intranasal", "route_detail": "nostrils",
        "frequency": {"doses": 3, "interval_h": 24}, "timing_post_injury_h": 2.0,
        "mechanism": "miR-146a transfer dampening IRAK1/TRAF6 signalling in macrophages",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
    },
    abstract=[
        (None, "The nasal route is a non invasive way to arrive to the central nervous system. In this work we "
         "have evaluated if extracellular vesicles (EVs) of human placental mesenchymal stromal cells (hPMSC), "
         "previously primed with interleukin-1β, can improve the functional recovery of mice with spinal cord "
         "injury (SCI). Female C57BL/6 mice with contusion at T9 received primed EVs (IL1β-pEV), non primed EVs "
         "(pEV) or vehicle by the nose during three days. The Basso Mouse Scale (BMS) was better with IL1β-pEV "
         "from the second week, and the lesion had less F4/80+ macrophages. The priming with IL-1β increased "
         "the content of miR-146a in the EVs."),
    ],
    keywords=["extracellular vesicles", "placenta", "intranasal", "priming", "spinal cord injury", "mouse"],
    sections=[
        ("intro", "Introduction", [
            "The spinal cord injury (SCI) produces a loss of motor and sensitive function that, in the most of "
            "cases, is permanent [1]. The inflammation after the trauma is dominated by macrophages infiltrating "
            "from the blood and by the resident microglia [24].",
            "The mesenchymal stromal cells (MSC) exert their effects mainly by paracrine factors, and between "
            "them the extracellular vesicles (EVs) have a principal role [2]. The exosomes, of 50 to 150 nm, and "
            "the microvesicles, of 100 to 1000 nm, are the two main types [3]. The MSC of placenta are obtained "
            "without ethical problems and they have high immunomodulatory capacity [18]. Moreover, it is known "
            "that the exposure of MSC to inflammatory cytokines modifies the cargo of their EVs [15, 21].",
            "The intranasal administration has been used for EVs in models of stroke and of "
            "neurodegeneration [8], but there are few data in SCI. For this, we have studied if EVs of placental "
            "MSC primed with IL-1β, administered by the nose, improve the recovery of mice with contusion.",
        ]),
        ("methods", "Material and methods", [
            ("h", "Animals"),
            "{{species,strain,sex|Female C57BL/6 mice}} of 8–10 weeks and "
            "{{body_weight_g|between 18 and 22 g of weight}} were used. "
            "{{reported_welfare_compliance|All the procedures were approved by the Ethics Committee of Animal "
            "Experimentation of the university and were made according to the Directive 2010/63/EU and the RD "
            "53/2013}}. The mice were distributed in four groups: Sham, SCI+Vehicle, SCI+pEV and SCI+IL1β-pEV "
            "({{n_per_group|eight mice for group}}); in total were used 40 mice, because 8 more were operated for "
            "histology at 7 days.",
            ("h", "Spinal cord injury"),
            "The mice were anesthetized with ketamine (100 mg/kg) and xylazine (10 mg/kg) by intraperitoneal "
            "route. After laminectomy of T8, "
            "{{injury_model,injury_device,injury_level|a contusion of the spinal cord at T9 level was made with a "
            "weight drop device}} (a rod of 5 g dropped from 6.5 cm). The sham animals only received the "
            "laminectomy. The bladder was emptied two times per day.",
            ("h", "Culture of hPMSC and priming"),
            "{{source_tissue,source_species|The MSC were isolated from human term placentas}} (chorionic villi) "
            "donated after caesarean section with informed consent, and were used between passages 3 and 6. "
            "{{modification|For the priming, the cells were incubated with IL-1β (10 ng/mL) during 24 h}} before "
            "changing to medium without serum for the collection of the EVs; the pEV were obtained from cells "
            "without priming.",
            ("h", "Isolation of EVs"),
            "The conditioned medium was centrifuged at 2,000 × g during 20 min and at 16,500 × g during 30 min. "
            "{{isolation_method,isolation_detail|Then the EVs were pelleted at 100,000 × g during 90 min and "
            "purified in a sucrose gradient (0.25–2.5 M) at 100,000 × g during 16 h}}, collecting the fractions "
            "of density 1.10–1.18 g/mL. The protein was quantified by Bradford.",
            ("h", "Characterization of EVs"),
            "{{characterization|The EVs were characterized by transmission electron microscopy (TEM), nanoparticle "
            "tracking analysis (NTA) and western blot}}. "
            "{{markers|In the western blot we detected CD9, CD81 and HSP70, and the calnexin was not detected}}. "
            "The antibodies were of rabbit (CD9, CD81, calnexin) and of goat (HSP70).",
            ("h", "Intranasal administration"),
            "The mice were lightly anesthetized with isoflurane and were held in supine position. "
            "{{dose,route,route_detail|Each mouse received 10 µg of EVs in 12 µL of PBS, administered in drops of "
            "2 µL alternating the nostrils}}, 30 min after the instillation of hyaluronidase to increase the "
            "permeability. {{frequency,timing_post_injury_h|The first dose was given at 2 h after the injury and "
            "it was repeated each 24 h until three doses}}. The SCI+Vehicle group received PBS.",
            ("h", "Functional evaluation"),
            "The locomotion was evaluated with the Basso Mouse Scale (BMS, 0–9) "
            "{{reported_blinded_assessment|by two observers who did not know the treatment}} weekly until 6 "
            "weeks. The data are presented as mean ± SD and were compared by two-way ANOVA with Bonferroni test.",
        ]),
        ("results", "Results", [
            ("h", "Characterization of the EVs"),
            "In the TEM the EVs had round morphology with a "
            "{{size_nm|mean diameter of 87.3 nm measured in the images}}; by NTA the mode was 105 nm. The "
            "concentration of miR-146a was 4.1 times higher in IL1β-pEV than in pEV.",
            ("h", "Locomotor recovery"),
            "All the injured mice had a BMS of 0 or 1 at day 1. The values of BMS by week are in Table 1. At the "
            "sixth week, the group SCI+IL1β-pEV had a BMS of {bbb:SCI+IL1β-pEV@42}, the group SCI+pEV "
            "{bbb:SCI+pEV@42} and the group SCI+Vehicle {bbb:SCI+Vehicle@42}; only the difference between "
            "IL1β-pEV and vehicle was significant (p < 0.01). The BMS subscore was also better.",
            ("table", "Table 1", "BMS of the mice (mean ± SD; n = 8 for group). Weeks after the injury.",
             {"days": [7, 14, 21, 28, 35, 42], "groups": ["Sham", "SCI+Vehicle", "SCI+IL1β-pEV"],
              "orient": "rows", "day_fmt": _wk, "corner": "Week", "merged": "BMS"}),
            ("h", "Histology"),
            "At 7 days the F4/80+ cells in the epicentre were reduced in 35% with IL1β-pEV, and the IRAK1 and "
            "TRAF6 proteins were lower.",
        ]),
        ("discussion", "Discussion", [
            "Our results indicate that the priming with IL-1β increases the therapeutic effect of the placental "
            "EVs, and that the nasal route is enough to obtain effect in the injured spinal cord. We propose "
            "that the {{mechanism|miR-146a transfer dampening IRAK1/TRAF6 signalling in macrophages}} is part of "
            "the mechanism, as it was described for other primed MSC [15, 21].",
            "In rats, intranasal EVs of 1 × 10^9 particles arrived to the lesion in 3 h [8], and in other work "
            "the dose of 100 µg by the tail vein improved the BBB in 3 points [20]. It is difficult to compare "
            "the doses between species and routes. Between the limitations, we did not measure the "
            "biodistribution and only females were studied.",
        ]),
    ],
    references=cite(*range(1, 25)),
    scores=_MORENO,
    back=[("Funding", "Programa Regional de Investigación Biomédica (PRIB-2018-031).")],
    footnote=FOOTNOTE,
)

# --------------------------------------------------------------------------- dasgupta2018 (transection, gelatin sponge)
_DASGUPTA = Scores(
    outcome="BBB", err="sd",
    groups=[("Sham", "sham", 6), ("Transection", "control", 6), ("GS", "other", 6), ("GS+Exo", "treatment", 6)],
    values={
        "Sham": {d: (21.0, 0.0) for d in (7, 14, 28, 42, 56)},
        "Transection": {7: (0.5, 0.4), 14: (1.1, 0.6), 28: (2.0, 0.8), 42: (2.6, 0.9), 56: (3.0, 1.0)},
        "GS": {7: (0.6, 0.5), 14: (1.3, 0.7), 28: (2.4, 0.9), 42: (3.1, 1.0), 56: (3.4, 0.9)},
        "GS+Exo": {7: (0.9, 0.5), 14: (2.2, 0.8), 28: (4.3, 1.1), 42: (5.6, 1.2), 56: (6.4, 1.3)},
    },
)

DASGUPTA = Study(
    stem="dasgupta2018_rbmsc_exo_gelsponge_transection",
    layout="single",
    title="Bone marrow stromal cell derived exosomes delivered in a gelatin sponge support axonal regeneration "
          "after complete spinal cord transection in rats",
    short_title="Exosome-loaded gelatin sponge in transection",
    authors=[("Ananya", "Dasgupta"), ("Rohit", "Kulkarni"), ("Meenakshi", "Iyer"), ("Sandeep K.", "Bhat")],
    affiliations=["Department of Neurosurgery, Deccan Institute of Medical Sciences, Pune, India",
                  "Centre for Regenerative Biology, Western Ghats University, Kolhapur, India"],
    journal="Indian Journal of Neurotrauma and Repair",
    year=2018, volume="12(4):301–314", doi="10.5555/ijnr.2018.124.301",
    pmid="99310051", pmcid="PMC9931051", received="2018-06-11",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 180, "high": 200},
        "n_per_group": 6, "injury_model": "transection", "injury_device": "microscissors", "injury_level": "T10",
        "source_tissue": "bone_marrow", "source_species": "rat",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "40,000 rpm (~110,000 g) 90 min",
        "characterization": ["TEM", "western_blot"], "markers": ["CD63", "CD81", "TSG101"],
        "size_nm": {"value": None, "low": 40, "high": 120, "stat": None, "method": "TEM"},
        "dose": {"amount": 50, "unit": "ug", "volume_ul": None, "basis": "protein"},
        "route": "implanted_biomaterial", "route_detail": "gelatin sponge",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.0,
        "mechanism": "axonal regeneration through the lesion gap with reduced glial scarring",
        "reported_welfare_compliance": True,
    },
    abstract=[
        ("Objective", "To evaluate whether exosomes of rat bone marrow mesenchymal stem cells (BMSCs), when placed "
         "in the transection gap inside a gelatin sponge (GS), could improve hind limb recovery."),
        ("Methods", "Adult male Sprague-Dawley rats underwent complete transection of the spinal cord at T10 "
         "and were divided into Sham, Transection, GS and GS+Exo groups. BBB scores were recorded up to "
         "8 weeks; axonal regeneration was studied by NF-200 and GAP-43 immunostaining."),
        ("Results", "GS+Exo rats showed significantly better BBB scores from 4 weeks onwards and more NF-200 "
         "positive fibres crossing the lesion."),
        ("Conclusion", "A gelatin sponge soaked with BMSC exosomes is a simple local depot which supports "
         "axonal regeneration after complete transection."),
    ],
    keywords=["spinal cord transection", "exosomes", "gelatin sponge", "BMSC", "axonal regeneration"],
    sections=[
        ("intro", "Introduction", [
            "Complete transection of the spinal cord is the most severe form of spinal cord injury (SCI) and is "
            "frequently used to study true axonal regeneration, since spared fibres cannot explain any "
            "recovery [1, 12]. The gap which forms after transection gets filled with a fibrous and glial scar "
            "which acts as a physical and chemical barrier for regrowing axons.",
            "Exosomes are nano-sized vesicles of 30–100 nm diameter secreted by most of the cell types, including "
            "mesenchymal stem cells, and they are known to carry neurotrophic proteins and microRNAs [2, 3]. "
            "However, systemic injection leads to rapid clearance by the liver and spleen [23]. Gelatin sponge is a "
            "cheap, FDA approved haemostatic material that can absorb many times its weight of fluid [12]. Hence, "
            "in the present study we have used the gelatin sponge as a carrier to retain BMSC exosomes at the "
            "transection site.",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Experimental animals"),
            "The study was carried out on {{species,strain,sex|adult male Sprague-Dawley rats}} "
            "{{body_weight_g|weighing 180–200 g}}. {{reported_welfare_compliance|All the experiments were done as "
            "per CPCSEA guidelines after approval from the Institutional Animal Ethics Committee}} "
            "(IAEC/2016/44). Rats were kept two per cage under standard conditions. Total 30 rats were operated "
            "and 24 were included for the behavioural study, as {{n_per_group|six rats were allotted to each "
            "of the four groups}}; remaining rats were used for pilot standardisation.",
            ("h", "Surgical procedure"),
            "Rats were anaesthetised with ketamine (80 mg/kg) and xylazine (10 mg/kg) intraperitoneally. Under "
            "the operating microscope laminectomy was done at T9–T11 and "
            "{{injury_model,injury_level,injury_device|the spinal cord was completely transected at T10 level with "
            "microscissors}}, and a 2 mm segment was removed to create a gap. Completeness of transection was "
            "confirmed by lifting both stumps with a fine hook. In the Sham group only laminectomy was done.",
            ("h", "Isolation and culture of BMSCs"),
            "{{source_tissue,source_species|BMSCs were harvested from the femur and tibia of 3–4 week old "
            "Sprague-Dawley rats}} by flushing the marrow cavity with DMEM, and were expanded up to passage 4. "
            "Their identity was confirmed by CD29, CD90 positivity and CD45 negativity on flow cytometry and by "
            "osteogenic and adipogenic differentiation.",
            ("h", "Isolation of exosomes"),
            "Culture supernatant collected after 48 h in serum free medium was spun at 500 × g for 10 min and "
            "12,000 × g for 40 min to remove cells and debris. "
            "{{isolation_method,isolation_detail|Exosomes were then pelleted by ultracentrifugation at 40,000 rpm "
            "(~110,000 g) for 90 min}} in a Beckman Type 70 Ti rotor, washed once in PBS and stored at −80 °C. "
            "Protein content was estimated by Bradford method.",
            ("h", "Characterisation of exosomes"),
            "{{characterization|Exosomes were characterised by transmission electron microscopy and western "
            "blot}}. {{markers|Presence of CD63, CD81 and TSG101 was confirmed}} with rabbit polyclonal "
            "antibodies (1:1000), and β-actin was used as loading control for the cell lysate.",
            ("h", "Preparation of the sponge and implantation"),
            "Gelatin sponge was cut into 2 × 2 × 3 mm pieces and sterilised by UV. "
            "{{dose,route,route_detail|Each piece of gelatin sponge was soaked with 50 µg of exosomes}} (in PBS) "
            "for 30 min at 4 °C. {{timing_post_injury_h,frequency|Immediately after transection, a single "
            "exosome-soaked sponge was implanted into the gap}}; the GS group received a sponge soaked in PBS "
            "alone and the Transection group received no implant. The dura was closed with 10-0 nylon.",
            ("h", "Behavioural assessment"),
            "Hind limb locomotor function was assessed using the BBB open field scale at 1, 2, 4, 6 and 8 weeks "
            "after surgery by two observers. The inclined plane test was also performed at 8 weeks. Data are "
            "expressed as mean ± SD; statistical analysis was done by one-way ANOVA followed by Bonferroni "
            "multiple comparison using GraphPad Prism 6.",
        ]),
        ("results", "Results", [
            ("h", "Characterisation of exosomes"),
            "{{size_nm|On TEM the exosomes appeared as round to cup shaped vesicles of 40–120 nm size}}. Western "
            "blot showed that CD63, CD81 and TSG101 were enriched in exosomes compared to the cell lysate.",
            ("h", "BBB scores"),
            "Before injury all the rats scored 21. After transection all the rats showed complete paraplegia "
            "(BBB 0) in the first 3 days. The rats of GS+Exo group started showing movements of hip and knee "
            "joints from second week. The scores are given in Table 1. At 8 weeks the GS+Exo group scored "
            "{bbb:GS+Exo@56}, which was significantly higher than Transection group ({bbb:Transection@56}) and GS "
            "group ({bbb:GS@56}) (p < 0.01). The angle in the inclined plane test was 38.5 ± 2.1° in GS+Exo group "
            "versus 31.0 ± 1.8° in Transection group.",
            ("table", "Table 1", "BBB scores after complete transection (mean ± SD, n = 6 in each group)",
             {"days": [7, 14, 28, 42, 56], "groups": ["Sham", "Transection", "GS", "GS+Exo"],
              "orient": "rows", "day_fmt": week_fmt, "corner": "Time after injury"}),
            ("h", "Axonal regeneration"),
            "NF-200 positive fibres were observed inside the lesion in the GS+Exo group, while in the other groups "
            "the lesion was mostly devoid of fibres. GFAP staining showed a thinner astrocytic border.",
        ]),
        ("discussion", "Discussion", [
            "The present study shows that a gelatin sponge loaded with BMSC exosomes improves the functional "
            "outcome after complete transection. The improvement was modest, as expected in a transection model, "
            "and we believe that {{mechanism|axonal regeneration through the lesion gap with reduced glial "
            "scarring}} contributes to it. Earlier workers had used collagen scaffolds with 100 µg of exosomes and "
            "reported a BBB score near 8 at 8 weeks [12], and in a hemisection study exosomes of 80–110 nm were "
            "detected in neurons 24 h after local delivery [23].",
            "The main limitation of the study is the small sample size and that exosome release from the sponge "
            "was not quantified.",
        ]),
    ],
    references=cite(*range(1, 25)),
    scores=_DASGUPTA,
    back=[("Source of support", "Intramural grant of Deccan Institute of Medical Sciences.")],
    footnote=FOOTNOTE,
)


# --------------------------------------------------------------------------- kowalczyk2021 (figure only)
_KOWALCZYK = Scores(
    outcome="BBB", err="sem",
    groups=[("SCI + vehicle", "control", 10), ("WJ-EV", "other", 10), ("WJ-EV-siPTEN", "treatment", 10)],
    values={
        "SCI + vehicle": {7: (3.2, 0.5), 14: (5.4, 0.6), 21: (6.8, 0.6), 28: (7.5, 0.7), 35: (7.9, 0.6),
                          42: (8.1, 0.7), 49: (8.2, 0.7), 56: (8.4, 0.6)},
        "WJ-EV": {7: (3.6, 0.5), 14: (6.2, 0.6), 21: (7.9, 0.7), 28: (8.8, 0.7), 35: (9.3, 0.7), 42: (9.6, 0.8),
                  49: (9.8, 0.7), 56: (9.9, 0.8)},
        "WJ-EV-siPTEN": {7: (3.9, 0.6), 14: (7.1, 0.7), 21: (9.2, 0.7), 28: (10.6, 0.8), 35: (11.4, 0.8),
                         42: (11.9, 0.8), 49: (12.2, 0.9), 56: (12.4, 0.9)},
    },
)

KOWALCZYK = Study(
    stem="kowalczyk2021_wjmsc_ev_sipten_mascis_iv",
    layout="twocol",
    title="Systemic delivery of Wharton's jelly MSC extracellular vesicles loaded with PTEN siRNA enhances "
          "axon sprouting after severe thoracic contusion in the rat",
    short_title="siPTEN-loaded WJ-MSC EVs",
    authors=[("Magdalena", "Kowalczyk"), ("Piotr", "Zieliński"), ("Agnieszka", "Wróbel"), ("Tomasz", "Mazur"),
             ("Ewa", "Krawczyk")],
    affiliations=["Laboratory of Neuroregeneration, Vistula Medical University, Kraków, Poland",
                  "Department of Biotechnology, Silesian Institute of Technology, Gliwice, Poland"],
    journal="Cells and Vesicles in Neurorepair",
    year=2021, volume="9:e2104", doi="10.5555/cvn.2021.e2104",
    pmid="99310069", pmcid="PMC9931069", received="2021-04-22",
    values={
        "species": "rat", "strain": "Wistar", "sex": "female", "body_weight_g": {"low": 230, "high": 260},
        "n_per_group": 10, "injury_model": "contusion", "injury_device": "MASCIS impactor", "injury_level": "T11",
        "source_tissue": "wharton_jelly", "source_species": "human", "modification": "PTEN siRNA loading",
        "isolation_method": ["ultrafiltration", "ultracentrifugation"],
        "isolation_detail": "Amicon Ultra-15 100 kDa; 120,000 × g 90 min",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD63", "CD81", "TSG101", "calnexin"],
        "size_nm": {"value": 134.2, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 1e11, "unit": "particles", "volume_ul": 300, "basis": "particles"},
        "route": "intravenous", "route_detail": "lateral tail vein",
        "frequency": {"doses": 2, "interval_h": 72}, "timing_post_injury_h": 1.0,
        "mechanism": "PTEN knockdown activating PI3K/AKT/mTOR-dependent axon sprouting",
        "reported_randomisation": True, "reported_blinded_assessment": True, "reported_conflict_of_interest": True,
    },
    notes=["BBB scores are reported only in a line plot (Figure 2); no outcome rows are annotated."],
    abstract=[
        (None, "Phosphatase and tensin homolog (PTEN) restrains the intrinsic growth capacity of adult neurons. "
         "We loaded extracellular vesicles (EVs) from human Wharton's jelly mesenchymal stromal cells (WJ-MSCs) "
         "with siRNA against PTEN by electroporation (WJ-EV-siPTEN) and injected them intravenously after a "
         "severe contusion of the rat spinal cord. Compared with vehicle and with unloaded WJ-EVs, "
         "WJ-EV-siPTEN reduced PTEN in the lesion, increased phospho-S6 in ventral horn neurons, doubled "
         "5-HT-positive fibres caudal to the injury and improved open-field locomotion over eight weeks."),
    ],
    keywords=["PTEN", "siRNA", "extracellular vesicles", "Wharton's jelly", "spinal cord injury"],
    sections=[
        ("intro", "Introduction", [
            "Axons of the adult central nervous system regenerate poorly, partly because of a low intrinsic "
            "growth state that is controlled by the PTEN/mTOR pathway [16]. Genetic deletion of PTEN promotes "
            "robust regrowth of corticospinal axons, but such an approach cannot be used in patients.",
            "Extracellular vesicles are natural carriers of small RNAs. Those released by MSCs, and in "
            "particular by cells from Wharton's jelly of the umbilical cord, home to injured tissue after "
            "intravenous injection [23]. Their loading with exogenous siRNA was shown for several targets [11]. "
            "Most EV preparations described in the literature are in the range of 50–200 nm [3, 6].",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals"),
            "The Local Ethical Committee approved all procedures (decision 118/2019). "
            "{{species,strain,sex,body_weight_g|Female Wistar rats (230–260 g)}} were "
            "{{reported_randomisation|randomly assigned (random.org) to three experimental groups}} of "
            "{{n_per_group|ten animals each}}: SCI + vehicle, WJ-EV and WJ-EV-siPTEN.",
            ("h", "Spinal cord injury"),
            "Under isoflurane anaesthesia the T10 lamina was removed. "
            "{{injury_model,injury_device,injury_level|Severe contusion of the T11 spinal segment was made with "
            "the MASCIS impactor}} (10 g weight, 50 mm height). Buprenorphine (0.05 mg/kg s.c.) was given for "
            "three days and enrofloxacin for seven days.",
            ("h", "WJ-MSC culture and EV isolation"),
            "{{source_tissue,source_species|Mesenchymal stromal cells were isolated from Wharton's jelly of human "
            "umbilical cords}} by explant culture and used at passages 3–5. EV-depleted FBS medium was collected "
            "every 48 h. After 2,000 × g (20 min) and 10,000 × g (30 min) centrifugation, "
            "{{isolation_method,isolation_detail|the supernatant was concentrated on Amicon Ultra-15 100 kDa "
            "filters and EVs pelleted at 120,000 × g for 90 min}} (SW 32 Ti rotor).",
            ("h", "siRNA loading"),
            "{{modification|EVs were loaded with PTEN siRNA by electroporation}} (400 V, 125 µF, 10 ms) in "
            "electroporation buffer, followed by RNase treatment and a second pelleting step to remove free "
            "siRNA. Loading efficiency was 22 ± 4%.",
            ("h", "EV characterisation"),
            "{{characterization|Particle size and concentration were measured by NTA (NanoSight LM10), morphology "
            "by TEM, and protein markers by western blot}} "
            "({{markers|CD63, CD81, TSG101, and calnexin as negative control}}).",
            ("h", "Treatment"),
            "{{dose|1 × 10^11 particles in 300 µL of PBS}} were "
            "{{route,route_detail|injected into the lateral tail vein}} "
            "{{timing_post_injury_h,frequency|1 h after injury and again 72 h later}}. The vehicle group received "
            "PBS. For in vitro experiments, cortical neurons were treated with 2 × 10^9 particles/mL.",
            ("h", "Behaviour and statistics"),
            "The BBB test was carried out weekly for 8 weeks {{reported_blinded_assessment|by two investigators "
            "unaware of the treatment}}. Two-way ANOVA for repeated measures with Tukey's test was used; data are "
            "mean ± SEM.",
        ]),
        ("results", "Results", [
            "{{size_nm|NTA showed a mean size of 134.2 nm}} for unloaded and 139.0 nm for loaded EVs, and TEM "
            "showed vesicles with intact membranes. CD63, CD81 and TSG101 were detected and calnexin was absent.",
            "PTEN protein in the lesion was reduced by 46% at 7 days after WJ-EV-siPTEN. Phospho-S6 was increased "
            "in ventral horn neurons rostral to the lesion.",
            "Locomotor recovery is shown in Figure 2. All rats were severely impaired during the first week. From "
            "week 3 the WJ-EV-siPTEN group performed better than the vehicle group (p < 0.01) and from week 5 also "
            "better than the WJ-EV group (p < 0.05); unloaded EVs gave an intermediate effect that did not "
            "differ significantly from vehicle.",
            ("figure", "Figure 2", "Time course of BBB scores over eight weeks after contusion (mean ± SEM, n = 10 "
             "per group).", {"days": [7, 14, 21, 28, 35, 42, 49, 56], "groups": ["SCI + vehicle", "WJ-EV",
                                                                               "WJ-EV-siPTEN"], "x": "weeks"}),
            "The density of 5-HT-positive fibres in the lumbar ventral horn was twice that of vehicle-treated rats.",
        ]),
        ("discussion", "Discussion", [
            "We show that EVs can carry PTEN siRNA from the bloodstream to the injured cord and that the "
            "resulting {{mechanism|PTEN knockdown activating PI3K/AKT/mTOR-dependent axon sprouting}} is "
            "associated with better locomotion. Another group reported a BBB score of 11.5 at eight weeks with "
            "intrathecal PTEN-siRNA EVs [11], and native MSC EVs at 2 × 10^10 particles gave about one point of "
            "benefit in a similar model [20].",
            "Limitations include the absence of male animals and that the off-target effects of siRNA were not "
            "examined.",
        ]),
    ],
    references=cite(*range(1, 25)),
    scores=_KOWALCZYK,
    back=[("Conflict of interest", "{{reported_conflict_of_interest|The authors have no conflicts of interest to "
           "declare.}}"), ("Funding", "National Science Centre, grant 2018/31/B/NZ4/0000.")],
    footnote=FOOTNOTE,
)

STUDIES = [MORENO, DASGUPTA, KOWALCZYK]
