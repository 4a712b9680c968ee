"""Relay studies, part 2: labs in Egypt, Poland, Spain and the USA (all invented)."""

from __future__ import annotations

from extgen.model import Scores, Study

from relaygen.base import NOTICE, d_ord, refs, wpi

# --- Egypt: "Group I..IV", mean ± SD in sentences, cells comparator, landscape table ---------
_ELS_DAYS = [7.0, 14.0, 21.0, 28.0]
ELSAYED = Study(
    stem="elsayed2023_wjmsc_exo_clip_groups_roman_manuscript",
    layout="manuscript",
    title="Wharton's jelly mesenchymal stem cell-derived exosomes versus their parent cells in experimentally "
          "induced compressive spinal cord injury in adult male albino rats",
    short_title="WJ-MSC exosomes versus cells in SCI",
    authors=[("Nourhan M.", "Elsayed"), ("Hossam A.", "Abdelrahim"), ("Rania S.", "Fathalla"),
             ("Mahmoud E.", "Zaghloul")],
    affiliations=["Department of Histology and Cell Biology, Faculty of Medicine, Invented University, Mansoura, Egypt",
                  "Medical Experimental Research Unit, Faculty of Medicine, Invented University, Mansoura, Egypt"],
    journal="Egyptian Journal of Synthetic Histology",
    year=2023, volume="46(2): 611–627", doi="10.5555/ejsh.2023.46.611",
    pmid="99100305", pmcid="PMC9910305", received="2022-10-30",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male", "body_weight_g": {"low": 180, "high": 220},
        "n_per_group": 10, "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T10",
        "source_tissue": "wharton_jelly", "source_species": "human",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 g 120 min",
        "characterization": ["TEM", "flow_cytometry"], "markers": ["CD63", "CD81"],
        "size_nm": {"value": 76.3, "low": 40, "high": 110, "stat": "mean", "method": "TEM"},
        "dose": {"amount": 100, "unit": "ug_per_kg", "volume_ul": 500, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 3,
        "mechanism": "attenuation of oxidative stress and caspase-3 mediated apoptosis",
        "reported_randomisation": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Introduction", "Spinal cord injury (SCI) is a major cause of disability. Stem cell-derived exosomes "
         "are a promising cell-free therapy."),
        ("Aim of the work", "To compare the effect of Wharton's jelly mesenchymal stem cells (WJ-MSCs) and their "
         "exosomes on the structure of the injured spinal cord and on the locomotor function."),
        ("Material and methods", "Forty adult male albino rats were divided equally into four groups: Group I "
         "(sham), Group II (SCI), Group III (SCI + exosomes) and Group IV (SCI + WJ-MSCs). Animals were "
         "sacrificed 28 days after injury."),
        ("Results", "Group III showed significant improvement of the mean BBB score at day 28 "
         "({s:Group III@28|pm}) compared with Group II ({s:Group II@28|pm}), nearly similar to Group IV. "
         "Histological changes were markedly ameliorated."),
        ("Conclusion", "WJ-MSC exosomes were as effective as the parent cells in improving SCI."),
    ],
    keywords=["Spinal cord injury", "Exosomes", "Wharton's jelly", "Caspase-3", "Histology"],
    sections=[
        ("intro", "Introduction", [
            "Spinal cord injury (SCI) is a devastating condition which results in loss of motor, sensory and "
            "autonomic functions [1]. The pathophysiology includes a primary mechanical injury followed by a "
            "secondary injury with oxidative stress, inflammation and apoptosis [3].",
            "Exosomes are extracellular vesicles of 30–120 nm in diameter, which carry proteins and nucleic acids "
            "from their parent cells [2]. They are safer than cells as they do not proliferate and have low "
            "immunogenicity [11]. Wharton's jelly is a rich source of MSCs, obtained from discarded umbilical "
            "cords. Therefore, the present work aimed to compare WJ-MSCs and their exosomes in a rat model of "
            "compressive SCI.",
        ]),
        ("methods", "Material and Methods", [
            ("h", "Animals"),
            "{{species,strain,sex,body_weight_g|Forty adult male albino rats (Wistar strain) weighing "
            "180–220 g}} were obtained from the Animal House of the Faculty of Medicine. "
            "{{reported_welfare_compliance|The experimental protocol was approved by the Institutional Animal "
            "Care and Use Committee (IACUC) of the Faculty of Medicine, Invented University}} (code "
            "MS.22.03.1901). {{reported_randomisation,n_per_group|The rats were randomly divided into four "
            "groups (10 rats each)}}:",
            "Group I (sham): rats underwent laminectomy without compression. Group II (SCI): rats were subjected "
            "to spinal cord compression and received 0.5 ml PBS. Group III (SCI + exosomes): rats were subjected "
            "to SCI and received WJ-MSC-derived exosomes. Group IV (SCI + WJ-MSCs): rats were subjected to SCI "
            "and received 1 × 10^6 WJ-MSCs in 0.5 ml PBS by the tail vein.",
            ("h", "Isolation of WJ-MSCs and exosomes"),
            "{{source_species,source_tissue|WJ-MSCs were isolated from the Wharton's jelly of human umbilical "
            "cords}} obtained after caesarean delivery by explant culture and identified by flow cytometry "
            "(CD73+, CD90+, CD105+, CD34−, CD45−). The culture supernatant of passage 4 cells was centrifuged at "
            "2,000 × g for 20 min and 10,000 × g for 30 min, then {{isolation_method,isolation_detail|exosomes "
            "were pelleted by ultracentrifugation at 100,000 × g for 2 h at 4 °C}}.",
            "{{characterization|Exosomes were examined by transmission electron microscope}} (JEOL JEM-2100) "
            "and {{characterization,markers|their surface markers CD63 and CD81 were detected by flow "
            "cytometry}} after binding to latex beads. The protein content was measured by Bradford assay.",
            ("h", "Induction of SCI"),
            "Rats were anaesthetized by intraperitoneal ketamine (75 mg/kg) and xylazine (10 mg/kg). "
            "Laminectomy was performed and {{injury_model,injury_device,injury_level|the spinal cord was "
            "compressed at T10 level extradurally by an aneurysm clip}} with a closing force of 35 g for 1 min.",
            "{{dose,route,route_detail|Group III received exosomes (100 µg/kg body weight, dissolved in 0.5 ml "
            "PBS) injected in the tail vein}} {{timing_post_injury_h,frequency|as a single dose 3 hours after "
            "the injury}}.",
            ("h", "Assessment of locomotor function"),
            "Locomotor function was evaluated using the Basso, Beattie and Bresnahan (BBB) rating scale on the "
            "7th, 14th, 21st and 28th days after injury. Each rat was observed for 4 min in an open field by two "
            "observers and the mean of the two scores was taken.",
            ("h", "Statistical analysis"),
            "Data were expressed as mean ± standard deviation (SD) and analyzed with one-way ANOVA followed by "
            "Tukey's post hoc test using SPSS version 25. P ≤ 0.05 was considered significant.",
        ]),
        ("results", "Results", [
            ("h", "Characterization of exosomes"),
            "By TEM the exosomes appeared as rounded vesicles with an intact membrane. "
            "{{size_nm|Their diameter ranged from 40 to 110 nm (mean 76.3 nm)}}. Flow cytometry showed that "
            "they were positive for CD63 (87.4%) and CD81 (79.2%).",
            ("h", "BBB locomotor scores"),
            "Group I rats showed normal locomotion all over the experiment. In Group II, the mean BBB score on "
            "the 7th day was {s:Group II@7|pm} and improved only slightly to {s:Group II@28|pm} on the 28th day. "
            "On the 14th day, Group III ({s:Group III@14|pm}) and Group IV ({s:Group IV@14|pm}) showed a "
            "significant increase in comparison with Group II ({s:Group II@14|pm}). On the 21st day the mean "
            "score of Group III was {s:Group III@21|pm}. There was no significant difference between Group III "
            "and Group IV at any time point (Table 1).",
            ("table", "Table 1",
             "Mean BBB scores in the different groups (mean ± SD, n = 10).",
             {"orient": "cols", "days": _ELS_DAYS,
              "groups": ["Group I", "Group II", "Group III", "Group IV"], "day_fmt": d_ord,
              "corner": "Groups", "span": "BBB score",
              "marks": {("Group II", d): " *" for d in _ELS_DAYS}
              | {("Group III", d): " #" for d in (14.0, 21.0, 28.0)},
              "foot": "* significant versus Group I; # significant versus Group II (P ≤ 0.05)."}),
            ("h", "Histological results"),
            "H&E-stained sections of Group II showed cavitations and vacuolations. The mean area percent of "
            "caspase-3 immunoreaction was 18.6 ± 2.4 in Group II and 6.2 ± 1.1 in Group III.",
        ]),
        ("discussion", "Discussion", [
            "In the present work, WJ-MSC exosomes improved the BBB score of rats with compressive SCI, nearly "
            "similar to the cells. Hartmann and colleagues [8] reported a BBB score of 13 at day 28 after 200 µg "
            "of exosomes given intrathecally, which is higher than ours, possibly because of the route.",
            "The improvement can be explained by {{mechanism|attenuation of oxidative stress and caspase-3 "
            "mediated apoptosis}}, as shown by the reduced caspase-3 immunoreaction.",
        ]),
    ],
    references=refs(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10),
    scores=Scores("BBB", "sd", [("Group I", "sham", 10), ("Group II", "control", 10),
                                ("Group III", "treatment", 10), ("Group IV", "other", 10)], {
        "Group I": {d: (21.0, 0.0) for d in _ELS_DAYS},
        "Group II": dict(zip(_ELS_DAYS, [(2.1, 0.7), (4.3, 0.9), (5.8, 1.0), (6.4, 1.0)])),
        "Group III": dict(zip(_ELS_DAYS, [(2.9, 0.8), (7.6, 1.1), (10.2, 1.2), (11.2, 1.3)])),
        "Group IV": dict(zip(_ELS_DAYS, [(2.7, 0.9), (7.1, 1.2), (9.8, 1.3), (10.9, 1.4)])),
    }),
    back=[("Conflicts of interest", "{{reported_conflict_of_interest|There are no conflicts of interest}}.")],
    footnote=NOTICE,
)

# --- Poland: modified vs native exosomes, "mean (SD)" and bare means, weekly doses ----------
_NOW_DAYS = [7.0, 14.0, 21.0, 28.0, 35.0]
NOWAK = Study(
    stem="nowak2018_rbmsc_exo_mir29b_weekly_jugular",
    layout="single",
    title="Exosomes from miR-29b-overexpressing bone marrow mesenchymal stromal cells given weekly improve "
          "locomotion after thoracic spinal cord contusion",
    short_title="miR-29b exosomes after SCI",
    authors=[("Agnieszka", "Nowak-Sędzik"), ("Paweł", "Wierzbicki"), ("Katarzyna", "Olszak"), ("Tomasz", "Lipka")],
    affiliations=["Department of Experimental Neurology, Invented Medical University, Lublin, Poland",
                  "Laboratory of Synthetic Vesicle Biology, Invented Institute, Kraków, Poland"],
    journal="Synthetic Folia Neuropathologica",
    year=2018, volume="56(4):288–301", doi="10.5555/sfn.2018.80412",
    pmid="99100306", pmcid="PMC9910306", received="2018-04-16",
    values={
        "species": "rat", "strain": "Long-Evans", "sex": "female", "body_weight_g": {"low": 230, "high": 260},
        "n_per_group": 8, "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T11",
        "source_tissue": "bone_marrow", "source_species": "rat", "modification": "miR-29b overexpression",
        "isolation_method": ["ultracentrifugation", "density_gradient"],
        "isolation_detail": "iodixanol 5–40% gradient, 100,000 × g 18 h",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD9", "CD81", "Alix", "calnexin"],
        "size_nm": {"value": 121.7, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 2e10, "unit": "particles", "volume_ul": 200, "basis": "particles"},
        "route": "intravenous", "route_detail": "jugular vein",
        "frequency": {"doses": 4, "interval_h": 168}, "timing_post_injury_h": 72,
        "mechanism": "suppression of PTEN and activation of PI3K/Akt signalling",
        "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "MicroRNA-29b (miR-29b) promotes axon growth, and its level drops after spinal cord injury (SCI). "
         "We loaded exosomes of rat bone marrow mesenchymal stromal cells (BMSC) with miR-29b by lentiviral "
         "overexpression in the parent cells and compared them with native exosomes. Female Long-Evans rats with "
         "T11 contusion received four weekly jugular injections starting on day 3. On day 35, BBB scores were "
         "{s:Exo-miR-29b@35|bare} (Exo-miR-29b), {s:Exo@35|bare} (Exo) and {s:SCI@35|bare} points (SCI). "
         "Exo-miR-29b reduced PTEN and increased phosphorylated Akt in the cord. Enrichment of exosomes with "
         "miR-29b augments their therapeutic effect."),
    ],
    keywords=["microRNA-29b", "exosomes", "BMSC", "PTEN", "spinal cord injury"],
    sections=[
        ("intro", "Introduction", [
            "Spinal cord injury (SCI) remains without effective therapy, and the regenerative capacity of adult "
            "axons is limited, partly by the PTEN/mTOR axis [3,7]. MicroRNAs are short non-coding RNAs that "
            "repress translation; miR-29b targets PTEN [15].",
            "Exosomes of mesenchymal stromal cells (typically 40–160 nm) transfer microRNAs to recipient "
            "cells [2]. Engineering the parent cells to overexpress a microRNA is a simple way to load "
            "exosomes [15]. In this work we asked whether miR-29b-enriched exosomes are better than native "
            "ones after contusion.",
        ]),
        ("methods", "Material and methods", [
            ("h", "Animals"),
            "{{species,strain,sex,body_weight_g|Female Long-Evans rats (230–260 g)}} were used. "
            "{{reported_welfare_compliance|The Local Ethical Committee for Animal Experiments in Lublin approved "
            "all procedures}} (resolution 41/2016), which complied with Directive 2010/63/EU. Animals were "
            "assigned to four groups: sham (laminectomy), SCI (PBS), Exo and Exo-miR-29b "
            "({{n_per_group|n = 8 in every group}}).",
            ("h", "Cells and exosomes"),
            "{{source_species,source_tissue|BMSC were flushed from femurs of 4-week-old Long-Evans rats}}. At "
            "passage 3 they were transduced with a lentivirus encoding pre-miR-29b or an empty vector; "
            "{{modification|the miR-29b-overexpressing BMSC}} raised the exosomal miR-29b level 14-fold (qPCR). "
            "Conditioned medium (48 h, exosome-free serum) was cleared at 2000 × g and 10 000 × g, and "
            "{{isolation_method,isolation_detail|exosomes were purified on an iodixanol 5–40% gradient, "
            "100,000 × g 18 h}} (fractions of 1.08–1.12 g/ml were pooled and washed).",
            "{{characterization|NTA (NanoSight LM10)}}, {{characterization|TEM}} and "
            "{{characterization,markers|immunoblotting for CD9, CD81, Alix and calnexin}} were used to verify the "
            "preparations.",
            ("h", "Injury and treatment"),
            "Rats were anaesthetised with isoflurane and {{injury_model,injury_device,injury_level|a contusion "
            "was made at the T11 segment with the NYU impactor}} (10 g weight, 12.5 mm). "
            "{{dose,route,route_detail|Exosomes (2 × 10^10 particles in 200 µl PBS) were given intravenously via "
            "the jugular vein}} {{frequency,timing_post_injury_h|once a week for four weeks, beginning on day 3 "
            "after injury}}.",
            ("h", "Behaviour"),
            "{{reported_blinded_assessment|Open-field locomotion was scored according to Basso, Beattie and "
            "Bresnahan by an observer unaware of the treatment}} on days 7, 14, 21, 28 and 35. Before injury all "
            "animals scored 21.",
            ("h", "Statistics"),
            "Data are given as mean (SD). We used two-way repeated-measures ANOVA with Sidak's test; p < 0.05 was "
            "significant.",
        ]),
        ("results", "Results", [
            "The preparations had the typical morphology and {{size_nm|a mean diameter of 121.7 nm (NTA)}}; "
            "overexpression did not change size or yield.",
            "On day 7, all injured groups scored between 2 and 3 (SCI {s:SCI@7|paren}; Exo {s:Exo@7|paren}; "
            "Exo-miR-29b {s:Exo-miR-29b@7|paren}). From day 14 the groups diverged: the BBB score in the "
            "Exo-miR-29b group amounted to {s:Exo-miR-29b@14|paren}, in Exo to {s:Exo@14|paren} and in SCI to "
            "{s:SCI@14|paren}. On day 28 Exo-miR-29b rats reached {s:Exo-miR-29b@28|paren} points, which was "
            "better than both Exo ({s:Exo@28|paren}; p = 0.02) and SCI ({s:SCI@28|paren}; p < 0.001). On day 35 "
            "the values were {s:Exo-miR-29b@35|paren}, {s:Exo@35|paren} and {s:SCI@35|paren}, respectively. Sham "
            "animals walked normally throughout.",
            "PTEN protein in the lesion was reduced by 46% and p-Akt/Akt was doubled in the Exo-miR-29b group.",
        ]),
        ("discussion", "Discussion", [
            "Exosomes enriched with miR-29b were more effective than native exosomes. Our day-28 scores are close "
            "to those reported for miR-133b exosomes (about 12 points, [15]).",
            "The data point to {{mechanism|suppression of PTEN and activation of PI3K/Akt signalling}}. A "
            "limitation is that only one dose was tested.",
        ]),
    ],
    references=refs(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14),
    scores=Scores("BBB", "sd", [("SCI", "control", 8), ("Exo", "other", 8), ("Exo-miR-29b", "treatment", 8)], {
        "SCI": dict(zip(_NOW_DAYS, [(2.3, 0.9), (4.8, 1.1), (6.4, 1.2), (7.0, 1.3), (7.1, 1.2)])),
        "Exo": dict(zip(_NOW_DAYS, [(2.6, 1.0), (6.0, 1.2), (8.1, 1.3), (9.4, 1.4), (9.9, 1.3)])),
        "Exo-miR-29b": dict(zip(_NOW_DAYS, [(2.8, 0.9), (7.4, 1.2), (10.3, 1.4), (12.6, 1.5), (13.2, 1.4)])),
    }),
    back=[("Conflict of interest", "{{reported_conflict_of_interest|The authors declare no conflict of "
           "interest}}.")],
    footnote=NOTICE,
)


# --- Spain: hemisection, ipsilateral hindlimb, "respectively" lists, legends at the end ------
_SAEZ_DAYS = [7.0, 14.0, 28.0, 42.0]
SAEZ = Study(
    stem="saez2022_hypoxic_hucmsc_ev_hemisection_respectively",
    layout="manuscript-plain",
    title="Hypoxia-preconditioned umbilical cord mesenchymal stromal cell extracellular vesicles applied into the "
          "lesion enhance ipsilateral hindlimb recovery after spinal cord hemisection",
    short_title="Hypoxic UC-MSC EVs after hemisection",
    authors=[("Lucía", "Sáez-Ortega"), ("Javier", "Montalbán"), ("Irene", "Quintana Gil"), ("Marc", "Puigdollers")],
    affiliations=["Grupo de Neurorreparación Sintética, Hospital Inventado de Parapléjicos, Toledo, Spain",
                  "Departament de Biologia Cel·lular, Universitat Inventada, Barcelona, Spain"],
    journal="Synthetic Neural Regeneration Research",
    year=2022, volume="17(9): e1187", doi="10.5555/snrr.2022.e1187",
    pmid="99100307", pmcid="PMC9910307", received="2021-12-14",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 200, "high": 220},
        "n_per_group": 7, "injury_model": "hemisection", "injury_level": "T8",
        "source_tissue": "umbilical_cord", "source_species": "human", "modification": "hypoxic preconditioning",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "110,000 × g 2 h",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 112.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 5, "unit": "ug", "volume_ul": 2, "basis": "protein"},
        "route": "intralesional", "route_detail": "lesion site",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0,
        "mechanism": "HIF-1α-dependent angiogenesis",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Extracellular vesicles (EVs) from mesenchymal stromal cells are being explored as a cell-free "
         "treatment for spinal cord injury. Hypoxic preconditioning of the parent cells changes the EV cargo. "
         "Here, EVs from human umbilical cord MSCs cultured in normoxia (Nx-EV) or in 1% O2 (Hx-EV) were "
         "injected into the lesion immediately after a T8 lateral hemisection in female rats. Six weeks later, "
         "the ipsilateral hindlimb BBB score of Hx-EV rats ({s:Hx-EV@42|pm}) exceeded that of Nx-EV "
         "({s:Nx-EV@42|pm}) and vehicle rats ({s:Vehicle@42|pm}). Hx-EV also increased vessel density around "
         "the lesion. Hypoxic preconditioning is a simple way to potentiate MSC-EVs."),
    ],
    keywords=["extracellular vesicles", "hypoxia", "hemisection", "angiogenesis", "umbilical cord"],
    sections=[
        ("intro", "Introduction", [
            "Loss of the vascular network after spinal cord injury contributes to the growth of the lesion [6,16]. "
            "MSC-derived EVs, usually described as 50–200 nm particles, stimulate angiogenesis [2].",
            "Culturing MSCs in low oxygen increases the content of pro-angiogenic factors in their EVs [9]. The "
            "lateral hemisection model allows to compare the injured side with the contralateral one, and the "
            "ipsilateral hindlimb can be scored with the BBB scale [18]. Earlier, intralesional EVs at 10 µg "
            "gave an ipsilateral score of about 9 at 4 weeks [18].",
        ]),
        ("methods", "Methods", [
            ("h", "Animals and experimental groups"),
            "{{reported_welfare_compliance|All procedures were approved by the Ethics Committee for Animal "
            "Experimentation of the Hospital Inventado and by the regional authority}} (PR-2020-118), following "
            "RD 53/2013 and Directive 2010/63/EU. {{species,strain,sex,body_weight_g|Female Sprague-Dawley rats "
            "(200–220 g)}} were housed two per cage. {{reported_randomisation|Rats were assigned to the groups "
            "using a random sequence generated in Excel}}: Sham, Vehicle, Nx-EV and Hx-EV "
            "({{n_per_group|n = 7 per group}}).",
            ("h", "EV production"),
            "{{source_species,source_tissue|MSCs from human umbilical cord}} (passage 4–6, commercial bank) were "
            "cultured for 48 h in EV-depleted medium either in normoxia (21% O2) or "
            "{{modification|in hypoxia (1% O2) as preconditioning}}. Conditioned medium was cleared (2,000 × g, "
            "10,000 × g) and {{isolation_method,isolation_detail|EVs were pelleted at 110,000 × g 2 h}} "
            "(two washes in PBS).",
            "{{characterization|Size distribution was measured by NTA}}, morphology by "
            "{{characterization|TEM with negative staining}}, and {{characterization,markers|CD9, CD63, TSG101 "
            "and the negative marker calnexin by western blot}}.",
            ("h", "Surgery and EV administration"),
            "Under isoflurane anaesthesia, a T7–T8 laminectomy was made and "
            "{{injury_model,injury_level|a right lateral hemisection was performed at T8}} with microscissors. "
            "{{timing_post_injury_h,dose,route,route_detail|Immediately after hemisection, 5 µg of EVs in 2 µl "
            "were injected into the lesion site}} with a glass micropipette; {{frequency|no further doses were "
            "given}}. Vehicle rats received 2 µl PBS and Sham rats only laminectomy.",
            ("h", "Functional evaluation"),
            "{{reported_blinded_assessment|Ipsilateral hindlimb locomotion was scored with the BBB scale by two "
            "researchers blind to the groups}} at 1, 2, 4 and 6 weeks post-injury (wpi).",
            ("h", "Statistical analysis"),
            "Results are shown as mean ± SEM. Mixed-effects analysis with Tukey's correction was used "
            "(GraphPad Prism 9). Significance: p < 0.05.",
        ]),
        ("results", "Results", [
            ("h", "Hx-EV and Nx-EV are similar in size and markers"),
            "{{size_nm|The mode size of Hx-EV was 112 nm}} and that of Nx-EV was 109 nm; both showed the expected "
            "markers and no calnexin.",
            ("h", "Hx-EV improve ipsilateral hindlimb function"),
            "At 1 wpi, Vehicle, Nx-EV and Hx-EV rats scored {s:Vehicle@7|pm}, {s:Nx-EV@7|pm} and {s:Hx-EV@7|pm}, "
            "respectively (n.s.). At 2 wpi Hx-EV rats already differed from Vehicle ({s:Hx-EV@14|pm} vs. "
            "{s:Vehicle@14|pm}; p < 0.05), and at 4 wpi the three injured groups reached {s:Vehicle@28|pm}, "
            "{s:Nx-EV@28|pm} and {s:Hx-EV@28|pm}, respectively (Figure 2). The contralateral hindlimb recovered "
            "almost fully in all groups (BBB 19–21).",
            ("figure", "Figure 2",
             "Ipsilateral hindlimb BBB scores. (A) Time course from 1 to 6 wpi. (B) Scores at 6 wpi: Vehicle "
             "{s:Vehicle@42|pm}, Nx-EV {s:Nx-EV@42|pm}, Hx-EV {s:Hx-EV@42|pm}; Sham rats were not impaired. Data "
             "are mean ± SEM, n = 7. * p < 0.05 Hx-EV vs. Vehicle; # p < 0.05 Hx-EV vs. Nx-EV.",
             {"days": _SAEZ_DAYS, "groups": ["Vehicle", "Nx-EV", "Hx-EV"], "x": "weeks"}),
            ("h", "Angiogenesis"),
            "CD31+ vessel density at the lesion border was 1.6-fold higher in Hx-EV than in Vehicle rats at 6 wpi.",
        ]),
        ("discussion", "Discussion", [
            "Hypoxic preconditioning improved the effect of EVs on the ipsilateral hindlimb. Similar gains were "
            "reported with 3D culture, where scores of 11.5 were obtained at 6 weeks [18].",
            "We propose that the benefit is mediated by {{mechanism|HIF-1α-dependent angiogenesis}}, although "
            "we did not silence HIF-1α in the parent cells.",
        ]),
    ],
    references=refs(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17),
    scores=Scores("BBB", "sem", [("Vehicle", "control", 7), ("Nx-EV", "other", 7), ("Hx-EV", "treatment", 7)], {
        "Vehicle": dict(zip(_SAEZ_DAYS, [(4.1, 0.6), (6.0, 0.7), (7.4, 0.7), (8.2, 0.7)])),
        "Nx-EV": dict(zip(_SAEZ_DAYS, [(4.5, 0.6), (7.1, 0.7), (8.9, 0.8), (10.1, 0.8)])),
        "Hx-EV": dict(zip(_SAEZ_DAYS, [(4.8, 0.7), (8.4, 0.8), (10.7, 0.8), (12.6, 0.9)])),
    }),
    back=[("Competing interests", "{{reported_conflict_of_interest|The authors declare that they have no "
           "competing interests}}."),
          ("Funding", "Invented regional research programme (grant SBPLY/00/000).")],
    footnote=NOTICE,
)

# --- USA: busy native prose, bare means in the text, a dpi table (SEM), a declared conflict --
_ELL_DAYS = [3.0, 7.0, 14.0, 28.0, 42.0]
ELLISON = Study(
    stem="ellison2020_hbmsc_exo_ih_tailvein_bare_means",
    layout="twocol",
    title="Two systemic doses of human bone marrow stromal cell exosomes preserve the blood-spinal cord barrier "
          "and improve locomotion after contusion in rats",
    short_title="hBMSC exosomes and the BSCB",
    authors=[("Sarah J.", "Ellison"), ("Marcus T.", "Delgado"), ("Priya", "Raman"), ("Owen", "Fitzgerald")],
    affiliations=["Department of Neurological Surgery, Invented State University School of Medicine, Columbus, OH, USA",
                  "Center for Synthetic Neurotrauma Research, Columbus, OH, USA"],
    journal="Synthetic Experimental Neurology Letters",
    year=2020, volume="331:113402", doi="10.5555/senl.2020.113402",
    pmid="99100308", pmcid="PMC9910308", received="2020-02-11",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 225, "high": 250},
        "n_per_group": 12, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor",
        "injury_level": "T9", "source_tissue": "bone_marrow", "source_species": "human",
        "isolation_method": ["ultracentrifugation", "size_exclusion"],
        "isolation_detail": "100,000 × g 2 h; qEV10 35 nm",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD63", "CD9", "TSG101"],
        "size_nm": {"value": 138.0, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 3e11, "unit": "particles", "volume_ul": 500, "basis": "particles"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 2, "interval_h": 72}, "timing_post_injury_h": 3,
        "mechanism": "preservation of blood-spinal cord barrier integrity",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Disruption of the blood-spinal cord barrier (BSCB) drives secondary damage after spinal cord "
         "injury (SCI). We tested whether exosomes (EXO) from human bone marrow stromal cells limit BSCB leak and "
         "improve recovery. Adult female rats received a 150 kdyn T9 contusion and two tail vein injections of "
         "EXO or vehicle (3 h and 72 h post-injury). EXO reduced Evans blue extravasation by 44% at 24 h and "
         "improved BBB scores from 14 dpi onward; at 42 dpi EXO rats averaged {s:EXO@42|bare} versus "
         "{s:Vehicle@42|bare} for vehicle. Preserving the BSCB may be one way exosomes act after SCI."),
    ],
    keywords=["exosomes", "blood-spinal cord barrier", "contusion", "mesenchymal stromal cells", "BBB"],
    sections=[
        ("intro", "Introduction", [
            "The blood-spinal cord barrier (BSCB) breaks down within minutes of a contusion, letting blood-borne "
            "cells and proteins into the cord [6]. Mesenchymal stromal cell (MSC) exosomes, vesicles of roughly "
            "40-150 nm, carry cargo that stabilizes endothelial junctions [2,14].",
            "Most rodent studies give a single dose; we reasoned that a second dose during the window of "
            "barrier leak might do more. We also wanted the experiment powered in advance and scored blind, "
            "since many studies in this area are not [12].",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals"),
            "{{reported_welfare_compliance|Procedures were approved by the Invented State University IACUC and "
            "followed the ARRIVE guidelines}}. {{species,strain,sex,body_weight_g|Adult female Sprague-Dawley "
            "rats (225-250 g)}} were used. {{reported_sample_size_calculation|A power analysis (alpha 0.05, "
            "power 0.8, expected difference 2.5 BBB points, SD 2) gave n = 12 per group}}; "
            "{{n_per_group|12 rats per group were scored}}. {{reported_randomisation|Rats were randomized to "
            "treatment after injury with a random number generator}}.",
            ("h", "Exosome isolation"),
            "{{source_species,source_tissue|Human bone marrow MSCs}} (passage 4, three donors) were grown for 48 "
            "h in exosome-depleted medium. Supernatants were cleared and "
            "{{isolation_method,isolation_detail|pelleted at 100,000 × g 2 h, then run over qEV10 35 nm "
            "columns}}. {{characterization|Particles were counted by NTA (NanoSight NS300)}}, imaged by "
            "{{characterization|TEM}}, and {{characterization,markers|probed for CD63, CD9 and TSG101 by western "
            "blot}}.",
            ("h", "Injury and dosing"),
            "{{injury_model,injury_device,injury_level|Rats received a 150 kdyn contusion at T9 with the Infinite "
            "Horizon impactor}}. {{dose,route,route_detail|EXO (3 × 10^11 particles in 500 µl saline) or vehicle "
            "was injected into the tail vein}} {{frequency,timing_post_injury_h|at 3 h and again at 72 h after "
            "injury}}. Sham rats had laminectomy only and were used for BSCB assays.",
            ("h", "Outcomes"),
            "{{reported_blinded_assessment|BBB scores were assigned by two raters blinded to group}} at 3, 7, 14, "
            "28 and 42 dpi. Evans blue extravasation was measured at 24 h in a separate cohort (n = 6).",
            ("h", "Statistics"),
            "Data are mean ± SEM. BBB data were analyzed by repeated-measures two-way ANOVA with Holm-Sidak tests.",
        ]),
        ("results", "Results", [
            "Exosomes were cup-shaped by TEM, {{size_nm|averaged 138 nm by NTA}} and carried CD63, CD9 and TSG101.",
            "EXO cut Evans blue leak by 44% at 24 h (p < 0.01) and preserved ZO-1 and occludin.",
            "Both groups were near 0 at 3 dpi (Table 1). By 14 dpi EXO animals scored {s:EXO@14|bare} on average, "
            "compared with {s:Vehicle@14|bare} for vehicle animals, and the gap held through 28 dpi "
            "({s:EXO@28|bare} vs {s:Vehicle@28|bare}). Most EXO rats had consistent weight-supported plantar "
            "stepping by 42 dpi; few vehicle rats did. BBB subscores at 42 dpi were 6.8 vs 3.9.",
            ("table", "Table 1", "BBB scores by day post-injury (mean ± SEM; n = 12/group).",
             {"orient": "rows", "days": _ELL_DAYS, "groups": ["Vehicle", "EXO"],
              "day_fmt": lambda d: f"{d:g} dpi", "corner": "Time"}),
        ]),
        ("discussion", "Discussion", [
            "Two doses of EXO during the period of barrier leak improved locomotion by about 3 BBB points. "
            "That is in line with single-dose studies reporting 2-4 point gains [5,11], although we did not test a "
            "single dose head to head.",
            "The data fit a model in which EXO act through {{mechanism|preservation of blood-spinal cord barrier "
            "integrity}}, limiting secondary injury.",
        ]),
    ],
    references=refs(0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13),
    scores=Scores("BBB", "sem", [("Vehicle", "control", 12), ("EXO", "treatment", 12)], {
        "Vehicle": dict(zip(_ELL_DAYS, [(0.5, 0.2), (2.8, 0.4), (5.6, 0.5), (7.9, 0.6), (8.6, 0.6)])),
        "EXO": dict(zip(_ELL_DAYS, [(0.6, 0.2), (3.5, 0.5), (7.7, 0.6), (10.6, 0.6), (11.8, 0.7)])),
    }),
    back=[("Conflict of interest", "{{reported_conflict_of_interest|O.F. is a co-inventor on a patent "
           "application on exosome manufacturing; the other authors declare no competing interests}}."),
          ("Funding", "Invented Foundation for Paralysis Research (IFPR-2018-77).")],
    footnote=NOTICE,
)

STUDIES = [ELSAYED, NOWAK, SAEZ, ELLISON]
