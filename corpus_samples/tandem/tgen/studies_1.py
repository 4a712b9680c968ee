"""Tandem studies 1-4: Italy (three doses), Mexico (modified vs native), China (hydrogel
combination), Saudi Arabia (early vs delayed). Everything is invented."""

from __future__ import annotations

from extgen.common import FOOTNOTE, NB, TH, day_fmt, dpi_fmt
from extgen.model import Scores, Study

from tgen.common import REFS


def _v(days: list[float], pairs: list[tuple[float, float]]) -> dict[float, tuple[float, float]]:
    return dict(zip(days, pairs, strict=True))


# --- 1. Italy: three doses, accepted-manuscript layout ---------------------------------------
D1 = [1.0, 7.0, 14.0, 21.0, 28.0]
ZANARDELLI = Study(
    stem="zanardelli2021_hucsev_threedose_tailvein_aam",
    layout="manuscript",
    title="Dose-dependent locomotor recovery after intravenous umbilical cord MSC-derived small extracellular vesicles in contused rats",
    short_title="Zanardelli et al. – sEV dose–response in SCI",
    authors=[("Chiara", "Zanardelli"), ("Matteo", "Pizzolato"), ("Giulia", "Ferrandi"), ("Luca", "Bortolami"), ("Elena", "Sacchetto")],
    affiliations=["Dipartimento di Neuroscienze, Università di Valdastra, Valdastra, Italy",
                  "Laboratorio di Terapie Cellulari, Istituto Clinico Sant'Orsola di Brenta, Italy"],
    journal="Journal of Experimental Neurorepair",
    year=2021, volume="14(3):e0218", doi="10.5555/jenr.2021.0218", pmid="99107311", pmcid="PMC9910731",
    received="2021-02-11",
    values={
        "species": "rat", "strain": "Wistar", "sex": "female", "body_weight_g": {"low": 220, "high": 260},
        "n_per_group": 10, "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T10",
        "source_tissue": "umbilical_cord", "source_species": "human", "modification": "none",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "110,000 g 90 min",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD63", "TSG101", "Alix", "calnexin"],
        "size_nm": {"value": 112.4, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 200, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein", "frequency": {"doses": 1, "interval_h": None},
        "timing_post_injury_h": 1.0, "mechanism": "suppression of NLRP3 inflammasome activation in microglia",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Small extracellular vesicles (sEVs) secreted by human umbilical cord mesenchymal stromal cells (hUC-MSCs) improve recovery after spinal cord injury (SCI), but how much of them is needed has rarely been tested."),
        ("Methods", f"Adult female Wistar rats received a T10 contusion and, 1 h later, a single tail-vein injection of vehicle or of 25, 50 or 100{NB}µg sEVs. Hindlimb function was scored with the BBB scale for 28 days."),
        ("Results", "Recovery increased with dose. At day 28 the 100 µg group scored {bbb:sEV-100@28} against {bbb:SCI + PBS@28} in vehicle-treated rats; the 25 µg dose did not differ from vehicle."),
        ("Conclusions", "hUC-MSC sEVs act in a dose-dependent manner; 100 µg per rat was the most effective dose tested."),
    ],
    keywords=["spinal cord injury", "small extracellular vesicles", "dose–response", "umbilical cord", "NLRP3"],
    sections=[
        ("intro", "1. Introduction", [
            "Traumatic spinal cord injury sets off a secondary cascade of inflammation, oedema and cell death that extends the lesion for weeks [1]. Exosomes and other small extracellular vesicles, usually described as 30–150 nm particles of endosomal origin [2], carry the paracrine activity of mesenchymal stromal cells without the risks of transplanting the cells themselves.",
            "Preclinical studies have given vesicle doses that differ by two orders of magnitude, from 10 µg to 1 mg of protein per animal [4], and few have compared doses within one experiment. We therefore tested three doses of hUC-MSC sEVs against vehicle in the same cohort, under a prespecified protocol.",
        ]),
        ("methods", "2. Materials and methods", [
            ("h", "2.1. Animals and ethics"),
            "{{reported_welfare_compliance|All procedures were approved by the Animal Welfare Body of the University of Valdastra and by the Italian Ministry of Health (authorisation n. 412/2019-PR) and complied with Directive 2010/63/EU}}. Fifty {{sex,species,strain|adult female Wistar rats}} ({{body_weight_g|220–260 g}}) were housed in pairs under a 12-h light/dark cycle with food and water ad libitum.",
            ("h", "2.2. Study design"),
            "{{reported_sample_size_calculation|The group size was calculated a priori (G*Power 3.1) to detect a 2-point BBB difference at day 28 with a power of 0.8 and α = 0.05}}, giving {{n_per_group|n = 10 rats per group}}. {{reported_randomisation|Rats were randomly assigned to five groups using a computer-generated sequence}}: Sham (laminectomy only), SCI + PBS, sEV-25, sEV-50 and sEV-100. The 100 µg arm was prespecified as the primary comparison with vehicle; the two lower doses were secondary.",
            ("h", "2.3. Spinal cord injury"),
            "Under isoflurane anaesthesia a laminectomy was performed and {{injury_model,injury_device,injury_level|the exposed cord was contused at T10 with the NYU impactor}} (10 g rod, 25 mm drop). Bladders were expressed twice daily until reflex voiding returned.",
            ("h", "2.4. hUC-MSC culture and sEV isolation"),
            f"{{{{source_tissue,source_species|hUC-MSCs were obtained from human umbilical cords}}}} donated after caesarean delivery with written consent and used at passages 3–5. Conditioned medium (48 h, serum-free) was cleared at 2000 ×g for 20 min and 10{TH}000 ×g for 30 min, and {{{{isolation_method,isolation_detail|sEVs were pelleted by ultracentrifugation at 110{TH}000 ×g for 90 min}}}} (twice, the second time after a PBS wash). Protein content was measured with the BCA assay.",
            "{{characterization|Vesicles were characterised by nanoparticle tracking analysis (NanoSight NS300), transmission electron microscopy and western blotting}} for {{markers|CD63, TSG101 and Alix, with calnexin as a negative marker}}. The preparations were {{modification|native (unmodified) sEVs}}; no loading or preconditioning was applied.",
            ("h", "2.5. Treatment"),
            "{{timing_post_injury_h,frequency|One hour after contusion, each rat received a single injection}} {{route,route_detail|into the lateral tail vein}} of 200 µL PBS (SCI + PBS) or of 25, 50 or {{dose|100 μg sEVs in 200 μL PBS}} (sEV-25, sEV-50, sEV-100).",
            ("h", "2.6. Behavioural assessment"),
            "{{reported_blinded_assessment|Two observers unaware of group allocation}} scored open-field locomotion with the Basso, Beattie and Bresnahan (BBB) scale [1] on days 1, 7, 14, 21 and 28. Data are mean ± SEM and were analysed by two-way repeated-measures ANOVA with Dunnett's test against SCI + PBS.",
        ]),
        ("results", "3. Results", [
            ("h", "3.1. sEV characterisation"),
            "NTA showed a single population with {{size_nm|a modal diameter of 112.4 nm}} and 2.6 × 10<sup>11</sup> particles per mg of protein. TEM showed cup-shaped vesicles of 60–140 nm, and western blots were positive for the three markers and negative for calnexin.",
            ("h", "3.2. Locomotor recovery"),
            "On day 1 all injured rats showed little or no hindlimb movement (Table 1). From day 14 the curves separated in order of dose. On day 28 BBB scores were {bbb:sEV-25@28}, {bbb:sEV-50@28} and {bbb:sEV-100@28} in the sEV-25, sEV-50 and sEV-100 groups, respectively, compared with {bbb:SCI + PBS@28} in SCI + PBS rats. Only sEV-50 and sEV-100 differed from vehicle (P = 0.031 and P < 0.001).",
            "Sham-operated rats kept normal locomotion throughout. No rat was excluded, and all 50 completed the 28-day follow-up.",
            ("table", "Table 1", "BBB locomotor scores by group and day after injury.",
             {"orient": "cols", "days": D1, "groups": ["Sham", "SCI + PBS", "sEV-25", "sEV-50", "sEV-100"],
              "day_fmt": day_fmt, "corner": "Group", "foot": "Mean ± SEM, n = 10 per group."}),
            ("figure", "Figure 1", "Time course of BBB scores after T10 contusion (mean of each group; see Table 1 for the SEM).",
             {"days": D1, "groups": ["SCI + PBS", "sEV-25", "sEV-50", "sEV-100"]}),
        ]),
        ("discussion", "4. Discussion", [
            "The response to hUC-MSC sEVs rose with dose, with a plateau not yet reached at 100 µg. Studies giving 200 µg in a single bolus reported similar day-28 scores [4], which suggests that the dose–response flattens between 100 and 200 µg.",
            "We propose that the benefit depends on {{mechanism|suppression of NLRP3 inflammasome activation in microglia}}, in line with the lower IL-1β we found in cord homogenates of treated rats. The study is limited to female rats and a 4-week follow-up.",
        ]),
    ],
    references=[REFS[0], REFS[1], REFS[2], REFS[3], REFS[11]],
    scores=Scores("BBB", "sem", [("Sham", "sham", 10), ("SCI + PBS", "control", 10), ("sEV-25", "other", 10),
                                 ("sEV-50", "other", 10), ("sEV-100", "treatment", 10)], {
        "Sham": _v(D1, [(21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)]),
        "SCI + PBS": _v(D1, [(0.4, 0.2), (2.9, 0.5), (5.6, 0.6), (6.9, 0.7), (7.8, 0.6)]),
        "sEV-25": _v(D1, [(0.5, 0.2), (3.1, 0.4), (6.0, 0.5), (7.5, 0.6), (8.4, 0.7)]),
        "sEV-50": _v(D1, [(0.3, 0.2), (3.4, 0.5), (7.2, 0.6), (8.9, 0.6), (10.1, 0.7)]),
        "sEV-100": _v(D1, [(0.6, 0.3), (4.0, 0.5), (8.3, 0.6), (10.4, 0.7), (11.9, 0.6)]),
    }),
    back=[("Funding", "Supported by the Fondazione Valdastra per la Ricerca (grant FVR-2019-22)."),
          ("Conflict of interest", "{{reported_conflict_of_interest|The authors declare that they have no conflict of interest.}}")],
    footnote=FOOTNOTE,
)

# --- 2. Mexico: modified vs native vs vehicle vs sham, two-column ---------------------------
D2 = [7.0, 14.0, 21.0, 28.0, 35.0]
HUERTA = Study(
    stem="huertaolvera2020_rbmsc_mir181c_exos_native_vehicle",
    layout="twocol",
    title="Exosomes from miR-181c-overexpressing bone marrow stromal cells outperform native exosomes after thoracic spinal cord contusion in rats",
    short_title="Exos-miR181c in SCI",
    authors=[("Rodrigo", "Huerta-Olvera"), ("María Fernanda", "Ibarra"), ("José Luis", "Cisneros"), ("Ana", "Villaseñor"), ("Héctor", "Garza-Tamez")],
    affiliations=["Departamento de Fisiología, Facultad de Medicina, Universidad Autónoma del Altiplano, San Luis, Mexico",
                  "Unidad de Investigación en Neurociencias, Hospital Regional de Alta Especialidad del Bajío, Mexico"],
    journal="Revista de Neurociencia Experimental",
    year=2020, volume="Vol. 8, No. 2, pp. 115–129", doi="10.5555/rne.2020.115", pmid="99107322", pmcid="PMC9910732",
    received="2019-11-04",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 250, "high": 280},
        "n_per_group": 8, "injury_model": "contusion", "injury_device": "MASCIS impactor", "injury_level": "T9",
        "source_tissue": "bone_marrow", "source_species": "rat", "modification": "miR-181c overexpression",
        "isolation_method": ["ultrafiltration", "ultracentrifugation"],
        "isolation_detail": "Amicon Ultra-15 100 kDa; 100,000 g 2 h",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD81", "TSG101", "calnexin"],
        "size_nm": {"value": 128.6, "low": None, "high": None, "stat": "median", "method": "NTA"},
        "dose": {"amount": 150, "unit": "ug", "volume_ul": 500, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein", "frequency": {"doses": 3, "interval_h": 24},
        "timing_post_injury_h": 2.0, "mechanism": "inhibition of TLR4/NF-κB signalling",
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True, "reported_blinded_assessment": True,
    },
    abstract=[
        (None, "MicroRNA-181c dampens inflammatory signalling in glia. We asked whether exosomes (Exos) from rat bone marrow mesenchymal stem cells (rBMSCs) engineered to overexpress miR-181c (Exos-miR181c) improve recovery after spinal cord injury more than native Exos. Female Sprague-Dawley rats with a T9 contusion received vehicle, Exos or Exos-miR181c intravenously on three consecutive days. At 5 weeks the BBB score was {bbb:SCI+Exos-miR181c@35} with Exos-miR181c, {bbb:SCI+Exos@35} with native Exos and {bbb:SCI+Vehicle@35} with vehicle. Exos-miR181c reduced TLR4 and phosphorylated p65 in the lesion."),
    ],
    keywords=["exosomes", "miR-181c", "bone marrow mesenchymal stem cells", "spinal cord injury", "TLR4"],
    sections=[
        ("intro", "Introduction", [
            "Spinal cord injury (SCI) affects about 250 000 to 500 000 people per year worldwide [3]. Exosomes, nanovesicles of 40–160 nm released by virtually all cells [2], have been proposed as cell-free substitutes for mesenchymal stem cell transplantation.",
            "Loading exosomes with selected microRNAs can strengthen their effect [9]. miR-181c targets TLR4, a receptor upstream of NF-κB in microglia. Here we compared, in a four-group design, engineered and native exosomes with vehicle and sham surgery.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals"),
            "{{sex,species,strain|Thirty-two female Sprague-Dawley rats}} weighing {{body_weight_g|250–280 g}} were obtained from the university vivarium. {{reported_welfare_compliance|Handling followed the Mexican Official Standard NOM-062-ZOO-1999 and the protocol was approved by the Institutional Committee for the Care and Use of Laboratory Animals (CICUAL-FM-2018-031)}}. Animals were distributed into four groups ({{n_per_group|n = 8 each}}): Sham, SCI+Vehicle, SCI+Exos and SCI+Exos-miR181c.",
            ("h", "Cell culture and transfection"),
            "{{source_tissue,source_species|rBMSCs were flushed from the femurs and tibias of 4-week-old Sprague-Dawley rats}} and expanded in α-MEM with 10% FBS. At passage 3 the cells were transduced with a lentivirus carrying pre-miR-181c (LV-miR181c) or an empty vector; {{modification|exosomes from LV-miR181c cells (Exos-miR181c) carried 14.2-fold more miR-181c than native Exos}} by RT-qPCR.",
            ("h", "Exosome isolation and characterisation"),
            f"Supernatants from 72-h cultures in exosome-depleted medium were centrifuged at 300 × g (10 min) and 2500 × g (20 min), filtered (0.22 µm) and {{{{isolation_method,isolation_detail|concentrated on Amicon Ultra-15 filters (100 kDa), after which exosomes were pelleted at 100{NB}000 × g for 2 h}}}} in a Beckman Optima XPN rotor. {{{{characterization|Morphology was examined by TEM, size by nanoparticle tracking (ZetaView) and protein markers by western blot}}}} ({{{{markers|CD9, CD81 and TSG101; calnexin was absent}}}}).",
            ("h", "Spinal cord injury and treatment"),
            "After T8–T10 laminectomy under ketamine/xylazine, {{injury_model,injury_device,injury_level|a moderate contusion was produced at T9 with the MASCIS impactor}} (10 g, 12.5 mm). Sham rats underwent laminectomy only. {{dose|Each dose consisted of 150 µg of exosomal protein diluted in 0.5 mL of sterile saline}}, given {{route,route_detail|through the tail vein}}; {{timing_post_injury_h,frequency|the first injection was given 2 h after injury and was repeated 24 h and 48 h later (three doses in total)}}. SCI+Vehicle rats received saline on the same schedule.",
            ("h", "Locomotor evaluation"),
            "Hindlimb function was evaluated weekly for 5 weeks with the BBB scale by {{reported_blinded_assessment|two examiners blinded to the treatment}}. Results are presented as mean ± SD; groups were compared by one-way ANOVA with Tukey's test at each week.",
        ]),
        ("results", "Results", [
            ("h", "Characterisation of Exos and Exos-miR181c"),
            "Both preparations showed cup-shaped morphology. {{size_nm|The median diameter was 128.6 nm for Exos-miR181c}} and 131.0 nm for native Exos, with concentrations of about 3 × 10<sup>10</sup> particles/mL.",
            ("h", "Exos-miR181c improve locomotion"),
            "In the first week all injured groups scored below 3 points (SCI+Vehicle {bbb:SCI+Vehicle@7}; SCI+Exos {bbb:SCI+Exos@7}; SCI+Exos-miR181c {bbb:SCI+Exos-miR181c@7}). By week 3 the SCI+Exos and SCI+Exos-miR181c groups reached {bbb:SCI+Exos@21} and {bbb:SCI+Exos-miR181c@21}, respectively, while SCI+Vehicle remained at {bbb:SCI+Vehicle@21}.",
            "At the end of the study (week 5) scores were {bbb:SCI+Vehicle@35}, {bbb:SCI+Exos@35} and {bbb:SCI+Exos-miR181c@35} for SCI+Vehicle, SCI+Exos and SCI+Exos-miR181c, respectively (Exos-miR181c vs Exos, P < 0.05; both vs vehicle, P < 0.01). Sham rats walked normally at every evaluation.",
            ("figure", "Figure 3", "BBB scores of the three injured groups over 5 weeks (mean; error bars omitted for clarity).",
             {"days": D2, "groups": ["SCI+Vehicle", "SCI+Exos", "SCI+Exos-miR181c"], "x": "weeks"}),
            ("h", "TLR4/NF-κB in the lesion"),
            "Western blots of the epicentre at week 1 showed that TLR4 and p-p65 were 41% and 37% lower with Exos-miR181c than with vehicle; native Exos lowered them by 18% and 15%.",
        ]),
        ("discussion", "Discussion", [
            "Our data show that enriching exosomes in miR-181c adds to the effect of native exosomes, through {{mechanism|inhibition of TLR4/NF-κB signalling}}. Earlier work with 200 µg of unmodified exosomes gave BBB gains of about 3 points [5], comparable to our native group.",
            "Limitations include the single sex and the absence of a dose comparison. We also did not track the biodistribution of the vesicles.",
        ]),
    ],
    references=[REFS[2], REFS[1], REFS[8], REFS[9], REFS[5]],
    scores=Scores("BBB", "sd", [("SCI+Vehicle", "control", 8), ("SCI+Exos", "other", 8),
                                ("SCI+Exos-miR181c", "treatment", 8)], {
        "SCI+Vehicle": _v(D2, [(1.6, 0.7), (3.9, 1.0), (5.4, 1.2), (6.3, 1.1), (6.8, 1.3)]),
        "SCI+Exos": _v(D2, [(1.9, 0.8), (5.1, 1.1), (7.2, 1.3), (8.4, 1.2), (9.1, 1.4)]),
        "SCI+Exos-miR181c": _v(D2, [(2.3, 0.9), (6.0, 1.2), (8.6, 1.1), (10.2, 1.3), (11.4, 1.2)]),
    }),
    back=[("Acknowledgements", "We thank the vivarium staff for animal care."),
          ("Competing interests", "{{reported_conflict_of_interest|The authors declare no competing interests.}}")],
    footnote=FOOTNOTE,
)

# --- 3. China: hydrogel + sEVs combination, merged-header continued table ---------------------
D3 = [3.0, 7.0, 14.0, 28.0, 42.0, 56.0]
G3 = ["Sham", "SCI", "GelMA hydrogel alone (Gel)", "Free sEVs injected into the lesion (sEVs)",
      "GelMA hydrogel loaded with sEVs (Gel@sEVs)"]
DUANMU = Study(
    stem="duanmu2023_hadsc_sev_gelma_hemisection_combo",
    layout="merged",
    title="An injectable GelMA hydrogel releasing human adipose stem cell-derived small extracellular vesicles promotes functional recovery after spinal cord hemisection in rats",
    short_title="Gel@sEVs for hemisection SCI",
    authors=[("Haoran", "Duanmu"), ("Xiaoyu", "Qin"), ("Jiawei", "Tang"), ("Meng", "Lu"), ("Yifan", "Gao"), ("Wei", "Zhai")],
    affiliations=["Department of Orthopaedics, The Second Affiliated Hospital of Jiangbei Medical University, Nanjing, China",
                  "Institute of Regenerative Biomaterials, Jiangbei Medical University, Nanjing, China"],
    journal="Advanced Neuroregenerative Materials",
    year=2023, volume="5:2300417", doi="10.5555/anm.2300417", pmid="99107333", pmcid="PMC9910733",
    received="2023-03-19",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 200, "high": 220},
        "n_per_group": 12, "injury_model": "hemisection", "injury_level": "T9",
        "source_tissue": "adipose", "source_species": "human",
        "isolation_method": ["tangential_flow", "size_exclusion"], "isolation_detail": "TFF 300 kDa; qEV10 column",
        "characterization": ["TEM", "NTA", "DLS", "western_blot"], "markers": ["CD9", "CD63", "TSG101", "GM130"],
        "size_nm": {"value": 118.3, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 50, "unit": "ug", "volume_ul": 20, "basis": "protein"},
        "route": "implanted_biomaterial", "route_detail": "GelMA hydrogel", "frequency": {"doses": 1, "interval_h": None},
        "timing_post_injury_h": 0.0, "mechanism": "promoting M2 macrophage polarisation and axonal regrowth",
        "reported_randomisation": True, "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Rapid clearance limits locally delivered extracellular vesicles. We embedded small extracellular vesicles from human adipose-derived stem cells (hADSC-sEVs) in a photo-crosslinked gelatin methacryloyl hydrogel (Gel@sEVs) and implanted it into a right T9 hemisection in rats. Compared with the hydrogel alone, free sEVs or no treatment, Gel@sEVs gave the best Basso–Beattie–Bresnahan (BBB) scores, reaching {bbb:GelMA hydrogel loaded with sEVs (Gel@sEVs)@56} at 8 weeks versus {bbb:SCI@56} in untreated rats, and shifted macrophages toward the M2 phenotype."),
    ],
    keywords=["GelMA", "small extracellular vesicles", "adipose-derived stem cells", "hemisection", "macrophage polarisation"],
    sections=[
        ("intro", "1 Introduction", [
            "Exosomes measure 30–150 nm and are cleared from the injured cord within days when injected in solution [7]. Hydrogels can hold vesicles at the lesion and release them over weeks.",
            "We designed a combination strategy, hydrogel plus vesicles, and compared it with each component alone in a five-arm study.",
        ]),
        ("methods", "2 Materials and Methods", [
            ("h", "2.1 Isolation of hADSC-sEVs"),
            "{{source_tissue,source_species|hADSCs were isolated from lipoaspirates of three healthy human donors}} and used at passages 4–6. Serum-free conditioned medium was collected every 48 h, clarified (2000 g, 15 min; 0.22-μm filter), {{isolation_method,isolation_detail|concentrated by tangential flow filtration through a 300 kDa cassette and fractionated on qEV10 size-exclusion columns}}. Fractions 1–4 were pooled.",
            "{{characterization|The sEVs were examined by TEM, NTA (ZetaView PMX-120), DLS and western blot}}; {{markers|CD9, CD63 and TSG101 were detected, whereas GM130 was not}}.",
            ("h", "2.2 Preparation of Gel@sEVs"),
            "GelMA (5% w/v) containing 0.25% LAP photo-initiator was mixed with sEVs at 2.5 μg/μL, so that {{dose|each 20-μL implant contained 50 μg of sEVs}}. Release in PBS at 37 °C was followed for 21 days by BCA assay.",
            ("h", "2.3 Animals and surgery"),
            "{{sex,species,strain|Male Sprague-Dawley rats}} ({{body_weight_g|200–220 g}}) were purchased from the Jiangbei Laboratory Animal Centre. {{reported_welfare_compliance|Experiments were approved by the Institutional Animal Care and Use Committee of Jiangbei Medical University (IACUC-2022-0147)}}. After T9 laminectomy, {{injury_model,injury_level|a right lateral hemisection was made at T9}} with microscissors, removing a 2-mm segment of the right half of the cord.",
            "{{reported_randomisation|Rats were randomised by a random number table}} into five groups ({{n_per_group|n = 12 per group}}): Sham (laminectomy), SCI (hemisection only), Gel (20 μL GelMA), sEVs (50 μg free sEVs in 20 μL PBS injected into the cavity) and Gel@sEVs. {{timing_post_injury_h,frequency,route,route_detail|Immediately after hemisection, a single 20-μL dose of pre-gel was placed into the defect and cured with 405-nm light for 30 s}}.",
            ("h", "2.4 Functional assessment"),
            "Hindlimb locomotion was scored with the BBB scale at 3, 7, 14, 28, 42 and 56 dpi by {{reported_blinded_assessment|two investigators blinded to grouping}}. Data are mean ± SD; two-way ANOVA with Bonferroni correction.",
        ]),
        ("results", "3 Results", [
            ("h", "3.1 Characterisation and release"),
            "The sEVs were cup-shaped under TEM. {{size_nm|NTA gave a mean particle diameter of 118.3 ± 9.6 nm}}, DLS a hydrodynamic diameter of 141.7 nm. About 72% of the loaded protein was released from GelMA by day 14.",
            ("h", "3.2 Gel@sEVs improved hindlimb function"),
            "Table 1 lists the BBB scores of all groups. At 4 weeks, the Gel, sEVs and Gel@sEVs groups scored {bbb:GelMA hydrogel alone (Gel)@28}, {bbb:Free sEVs injected into the lesion (sEVs)@28} and {bbb:GelMA hydrogel loaded with sEVs (Gel@sEVs)@28}, respectively. By 8 weeks Gel@sEVs rats showed consistent weight-supported plantar stepping ({bbb:GelMA hydrogel loaded with sEVs (Gel@sEVs)@56}), while SCI rats remained at {bbb:SCI@56}.",
            ("table", "Table 1", "BBB scores after right T9 hemisection (mean ± SD, n = 12).",
             {"orient": "cols", "days": D3, "groups": G3, "day_fmt": dpi_fmt, "corner": "Group",
              "span": "Days post-injury (dpi)", "split": 3,
              "marks": {("GelMA hydrogel loaded with sEVs (Gel@sEVs)", 28.0): "*#", ("GelMA hydrogel loaded with sEVs (Gel@sEVs)", 42.0): "*#",
                        ("GelMA hydrogel loaded with sEVs (Gel@sEVs)", 56.0): "*#", ("Free sEVs injected into the lesion (sEVs)", 56.0): "*"},
              "foot": "*P < 0.05 versus SCI; #P < 0.05 versus Gel and sEVs. Sham rats were evaluated at every time point."}),
            ("h", "3.3 Macrophage polarisation"),
            "At 14 dpi CD206<sup>+</sup>/CD68<sup>+</sup> cells made up 46.2% of macrophages in Gel@sEVs cords versus 18.9% in SCI cords, and NF200<sup>+</sup> fibres crossed the lesion border only in the Gel@sEVs group.",
        ]),
        ("discussion", "4 Discussion", [
            "The combination outperformed each component, which we attribute to sustained release {{mechanism|promoting M2 macrophage polarisation and axonal regrowth}}. Previous hydrogel studies loaded 100–200 μg of vesicles [7]; our lower dose was effective when retained locally.",
            "Hemisection leaves the left half of the cord intact and produces spontaneous recovery, which narrows the window for detecting effects; contusion models should be tested next.",
        ]),
    ],
    references=[REFS[6], REFS[1], REFS[11], REFS[5], REFS[8]],
    scores=Scores("BBB", "sd", [("Sham", "sham", 12), ("SCI", "control", 12), ("GelMA hydrogel alone (Gel)", "other", 12),
                                ("Free sEVs injected into the lesion (sEVs)", "other", 12),
                                ("GelMA hydrogel loaded with sEVs (Gel@sEVs)", "treatment", 12)], {
        "Sham": _v(D3, [(20.8, 0.4), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)]),
        "SCI": _v(D3, [(2.1, 0.9), (4.3, 1.2), (6.2, 1.4), (7.9, 1.5), (8.6, 1.6), (9.0, 1.5)]),
        "GelMA hydrogel alone (Gel)": _v(D3, [(2.0, 1.0), (4.6, 1.3), (6.8, 1.5), (8.5, 1.4), (9.3, 1.6), (9.8, 1.7)]),
        "Free sEVs injected into the lesion (sEVs)": _v(D3, [(2.3, 1.1), (5.0, 1.2), (7.4, 1.3), (9.1, 1.6), (10.0, 1.5), (10.6, 1.6)]),
        "GelMA hydrogel loaded with sEVs (Gel@sEVs)": _v(D3, [(2.4, 1.0), (5.8, 1.3), (8.9, 1.4), (11.3, 1.5), (12.6, 1.4), (13.5, 1.3)]),
    }),
    back=[("Ethics statement", "All animal procedures complied with the ARRIVE guidelines."),
          ("Conflict of Interest", "{{reported_conflict_of_interest|The authors declare no conflict of interest.}}")],
    notes=["No injury device: the hemisection is made with microscissors."],
    footnote=FOOTNOTE,
)

# --- 4. Saudi Arabia: early vs delayed treatment -----------------------------------------------
D4 = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0, 42.0]
HAWSAWI = Study(
    stem="hawsawi2022_hbmsc_exo_early_delayed_weightdrop",
    layout="single",
    title="Timing matters: early but not delayed intravenous bone marrow MSC exosomes improve locomotor outcome after weight-drop spinal cord injury in rats",
    short_title="Early vs delayed MSC exosomes in SCI",
    authors=[("Faisal M.", "Hawsawi"), ("Nourah A.", "Al-Qahtani"), ("Abdulrahman S.", "Alotaibi"), ("Reem K.", "Bakhsh"), ("Omar H.", "Jastaniah")],
    affiliations=["Department of Physiology, College of Medicine, Al-Nakheel University, Riyadh, Saudi Arabia",
                  "Stem Cell Unit, King Fahad Research Centre for Regenerative Medicine, Jeddah, Saudi Arabia"],
    journal="Saudi Journal of Neuroscience Research",
    year=2022, volume="29(4)", doi="10.5555/sjnr.2022.29.4.07", pmid="99107344", pmcid="PMC9910734",
    received="2022-01-23",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male", "body_weight_g": {"low": 250, "high": 300},
        "n_per_group": 9, "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T10",
        "source_tissue": "bone_marrow", "source_species": "human",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "120,000 g 70 min",
        "characterization": ["TEM", "DLS", "western_blot"], "markers": ["CD63", "CD81", "HSP70"],
        "size_nm": {"value": 97.8, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 200, "unit": "ug", "volume_ul": 200, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein", "frequency": {"doses": 1, "interval_h": None},
        "timing_post_injury_h": 0.5, "mechanism": "reduced blood–spinal cord barrier leakage via MMP-9 inhibition",
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True, "reported_randomisation": True,
    },
    abstract=[
        ("Objective", "To compare early and delayed administration of exosomes derived from human bone marrow mesenchymal stem cells (hBM-MSC-Exo) after spinal cord injury (SCI)."),
        ("Methods", f"Male Wistar rats received a T10 weight-drop injury and were given 200{NB}µg exosomes intravenously either 30 min (early) or 7 days (delayed) after injury, or PBS. BBB scores were recorded for 6 weeks."),
        ("Results", "Early treatment improved BBB scores from day 14 onwards ({bbb:Early Exo@42} at week 6 vs {bbb:SCI + PBS@42}), whereas delayed treatment did not ({bbb:Delayed Exo@42})."),
        ("Conclusion", "The therapeutic window of intravenous MSC exosomes is narrow."),
    ],
    keywords=["exosomes", "therapeutic window", "bone marrow", "spinal cord injury", "blood–spinal cord barrier"],
    sections=[
        ("intro", "Introduction", [
            "The blood–spinal cord barrier opens within minutes of trauma and remains permeable for about a week [12]. Systemically injected exosomes, nano-sized vesicles of 50–150 nm [2], may reach the lesion mainly while the barrier is open.",
            "Most studies inject exosomes within the first hours [14], and the few that tested later windows used different doses. We gave the same dose early or late in one experiment.",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Experimental animals"),
            "{{reported_welfare_compliance|The study was approved by the Research Ethics Committee of Al-Nakheel University (approval No. 21-0394) and conducted according to the NIH Guide for the Care and Use of Laboratory Animals}}. {{sex,species,strain|Male Wistar rats}} ({{body_weight_g|250–300 g}}) were kept at 22 ± 2 °C. {{reported_randomisation|Rats were allocated randomly}} to four groups of nine: sham, SCI + PBS, Early Exo and Delayed Exo.",
            ("h", "Induction of SCI"),
            "Under ketamine (80 mg/kg) and xylazine (10 mg/kg) anaesthesia, {{injury_model,injury_device,injury_level|the spinal cord was injured at T10 by the weight-drop method}} (a 10-g weight released from 50 mm through a guide tube). Post-operative care included saline, cefazolin and manual bladder expression.",
            ("h", "Exosome preparation"),
            f"{{{{source_tissue,source_species|Human bone marrow MSCs (passage 4) were purchased from a commercial cell bank}}}} and cultured in exosome-free medium for 48 h. After removal of cells and debris (500 ×g 10 min; 12{TH}000 ×g 40 min), {{{{isolation_method,isolation_detail|exosomes were isolated by two rounds of ultracentrifugation at 120{TH}000 ×g for 70 min}}}} at 4 °C. {{{{characterization|They were characterised by TEM, dynamic light scattering and western blot}}}} for {{{{markers|CD63, CD81 and HSP70}}}}.",
            ("h", "Treatment protocol"),
            "{{dose,route,route_detail|Exosomes (200 µg protein in 200 µL PBS) were injected via the tail vein}}, {{timing_post_injury_h,frequency|once, 30 min after injury in the Early Exo group}} or once on day 7 after injury in the Delayed Exo group. The SCI + PBS group received 200 µL PBS at 30 min.",
            ("h", "Behavioural testing and statistics"),
            "Locomotion was scored with the BBB scale on days 1, 3, 7, 14, 21, 28 and 42 (in the Delayed Exo group, day 7 scoring preceded the injection). Values are mean ± SD ({{n_per_group|n = 9/group}}); repeated-measures ANOVA and Tukey's post hoc test were used.",
        ]),
        ("results", "Results", [
            "{{size_nm|DLS showed a mean hydrodynamic diameter of 97.8 nm}} (polydispersity index 0.21), and TEM showed round vesicles with a bilayer membrane.",
            ("table", "Table 2", "BBB scores after T10 weight-drop injury in the four groups.",
             {"orient": "rows", "days": D4, "groups": ["Sham", "SCI + PBS", "Early Exo", "Delayed Exo"],
              "day_fmt": day_fmt, "corner": "Time after SCI",
              "foot": "Data are presented as mean ± SD. Delayed Exo rats were injected after the day-7 assessment."}),
            "Scores of the three injured groups were similar up to day 7 (Table 2). From day 14 the Early Exo group was superior to SCI + PBS (P < 0.01), and by day 42 it reached {bbb:Early Exo@42}. The Delayed Exo group scored {bbb:Delayed Exo@28} on day 28 and {bbb:Delayed Exo@42} on day 42, not different from SCI + PBS ({bbb:SCI + PBS@28} and {bbb:SCI + PBS@42}).",
            "Evans blue extravasation at 24 h was 38% lower in Early Exo rats than in SCI + PBS rats, and MMP-9 activity fell in parallel.",
        ]),
        ("discussion", "Discussion", [
            "Exosomes given 30 min after injury improved recovery, while the same dose on day 7 did not. The benefit appears linked to {{mechanism|reduced blood–spinal cord barrier leakage via MMP-9 inhibition}} in the acute phase. Dagher and Haddad reported that 400 µg given at day 3 was partially effective [14], so a higher dose may widen the window.",
            "Our study used only male rats, did not blind the observers and followed animals for 6 weeks.",
        ]),
    ],
    references=[REFS[11], REFS[1], REFS[13], REFS[4], REFS[5]],
    scores=Scores("BBB", "sd", [("Sham", "sham", 9), ("SCI + PBS", "control", 9), ("Early Exo", "treatment", 9),
                                ("Delayed Exo", "other", 9)], {
        "Sham": _v(D4, [(21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)]),
        "SCI + PBS": _v(D4, [(0.3, 0.5), (1.2, 0.8), (3.0, 1.1), (5.1, 1.3), (6.4, 1.2), (7.0, 1.4), (7.6, 1.3)]),
        "Early Exo": _v(D4, [(0.4, 0.5), (1.6, 0.9), (3.8, 1.0), (7.2, 1.2), (9.0, 1.3), (10.1, 1.2), (11.0, 1.4)]),
        "Delayed Exo": _v(D4, [(0.2, 0.4), (1.3, 0.7), (3.1, 1.2), (5.5, 1.4), (6.9, 1.5), (7.6, 1.3), (8.2, 1.6)]),
    }),
    back=[("Acknowledgments", "Funded by the Deanship of Scientific Research, Al-Nakheel University (grant DSR-22-117)."),
          ("Declaration of Competing Interest", "{{reported_conflict_of_interest|None declared.}}")],
    notes=["Two treated arms differ only in timing; gold timing is the early (main) arm's 30 min. Observers were not blinded (no reported_blinded_assessment)."],
    footnote=FOOTNOTE,
)
