"""Summit studies 1-4 (invented): Mexico, Russia, Lithuania, Iran."""

from __future__ import annotations

from extgen.model import Scores, Study
from summitgen.common import GMU, MU, NOTICE, TH, day_word, days, refs, series

# ---------------------------------------------------------------------------------------------
# 1. Mexico: long, clause-heavy sentences; hUC-MSC exosomes by tail vein; table with days across
# ---------------------------------------------------------------------------------------------
_D1 = days(1, 3, 7, 14, 21, 28)
QUINTANILLA = Study(
    stem="quintanilla2021_hucmsc_exo_nyu_tailvein_a1",
    layout="single",
    title="Exosomes from human umbilical cord mesenchymal stromal cells restrain A1 astrocyte "
          "conversion and improve hindlimb function after thoracic contusion in rats",
    short_title="hUCMSC exosomes and A1 astrocytes after SCI",
    authors=[("Renata", "Quintanilla-Ochoa"), ("Iván", "Barragán"), ("Lucía", "Espinoza-Treviño"),
             ("Arturo", "Mendívil")],
    affiliations=["Departamento de Neurociencias Experimentales, Instituto Regional de Investigación Biomédica, Monterrey, Mexico",
                  "Unidad de Terapia Celular, Hospital Universitario del Norte, Monterrey, Mexico"],
    journal="Revista de Neurotrauma Experimental",
    year=2021,
    volume="14(3):e0211",
    doi="10.5555/rne.2021.0211",
    pmid="99210431",
    pmcid="PMC9921431",
    received="2021-03-17",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 220, "high": 260}, "n_per_group": 10,
        "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T10",
        "source_tissue": "umbilical_cord", "source_species": "human",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 g 70 min",
        "characterization": ["TEM", "NTA", "western_blot"],
        "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 118.6, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 500, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.5,
        "mechanism": "inhibition of A1 astrocyte conversion via NF-κB",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Reactive astrocytes of the neurotoxic A1 type accumulate around a spinal contusion and "
         "are thought to limit recovery, while the paracrine products of mesenchymal stromal cells have been "
         "proposed as a way to modulate them without transplanting cells."),
        ("Methods", "Exosomes were purified from the conditioned medium of human umbilical cord mesenchymal "
         "stromal cells (hUCMSC-Exo) and given once through the tail vein 30 minutes after a thoracic contusion "
         "in adult female rats; locomotion was followed with the Basso, Beattie and Bresnahan (BBB) scale for four weeks."),
        ("Results", "Treated rats walked better from the second week onwards, and at day 28 their BBB score was "
         "{bbb:SCI + hUCMSC-Exo@28} against {bbb:SCI + PBS@28} in vehicle-injected rats; C3-positive astrocytes "
         "and nuclear p65 were reduced at the epicentre."),
        ("Conclusions", "A single intravenous dose of hUCMSC-Exo limits A1 conversion and supports functional recovery."),
    ],
    keywords=["spinal cord injury", "exosomes", "umbilical cord", "astrocytes", "NF-κB"],
    sections=[
        ("intro", "1. Introduction", [
            "Traumatic spinal cord injury (SCI) leaves most patients with a permanent deficit, and in the "
            "subacute phase the lesion is surrounded by a glial scar whose astrocytes, far from being a passive "
            "barrier, take on phenotypes that can either protect or damage the spared tissue [1,3].",
            "Exosomes, which are usually described as membrane vesicles of 30 to 150 nm released when "
            "multivesicular bodies fuse with the plasma membrane, carry proteins and RNAs of their parent cell, "
            "and in several models those of mesenchymal stromal cells have reproduced a good part of the benefit "
            "of the cells themselves [2,5]. Whether they act on the A1 conversion of astrocytes, which in the "
            "brain depends on microglial signals and on NF-κB, had not been examined in the injured cord, and "
            "this was the question of the present work.",
        ]),
        ("methods", "2. Materials and methods", [
            ("h", "2.1. Animals and ethics"),
            "Forty adult {{species,strain,sex|female Sprague-Dawley rats}} ({{body_weight_g|220–260 g}}) were "
            "obtained from the institutional vivarium and housed two per cage with a 12 h light/dark cycle and food "
            "and water ad libitum. {{reported_welfare_compliance|All procedures were approved by the Institutional "
            "Committee for the Care and Use of Laboratory Animals (protocol CICUAL-2019-044)}} and followed the "
            "national standard for laboratory animals. {{reported_randomisation|The rats were allocated to the "
            "groups by a random number table}} once the injury had been made, so that the person performing the "
            "surgery did not know the future group, and {{n_per_group|ten rats were included in each group}} "
            "(sham, SCI + PBS, SCI + hUCMSC-Exo, and a fourth group used only for tissue at day 3).",
            ("h", "2.2. Spinal cord contusion"),
            "Rats were anaesthetised with ketamine (80 mg/kg) and xylazine (10 mg/kg) intraperitoneally and, after a "
            "laminectomy of the {{injury_level|T10}} vertebra, the exposed cord received a "
            "{{injury_model,injury_device|contusion with the NYU impactor}} (10 g rod dropped from 25 mm). Sham rats "
            "had the laminectomy only. Bladders were expressed manually twice a day until reflex voiding returned, "
            "and enrofloxacin was given for five days.",
            ("h", "2.3. Cell culture and exosome isolation"),
            "{{source_tissue,source_species|Human umbilical cord mesenchymal stromal cells}} (hUCMSCs) from a "
            "commercial bank were expanded in α-MEM with 10% fetal bovine serum, and at passages 3 to 5 the medium "
            "was replaced by serum-free medium for 48 h. The conditioned medium was spun at 300 × g for 10 min, "
            "2000 × g for 20 min and 10" + TH + "000 × g for 30 min at 4 °C, filtered through a 0.22 " + MU + "m "
            "membrane, and exosomes were pelleted by {{isolation_method,isolation_detail|ultracentrifugation at "
            "100" + TH + "000 × g for 70 min}} (Type 70 Ti rotor), washed in PBS and pelleted again in the same "
            "conditions. Protein content was measured with the BCA assay and aliquots were kept at −80 °C.",
            ("h", "2.4. Characterisation"),
            "Morphology was examined by {{characterization|transmission electron microscopy}} after negative "
            "staining with 2% uranyl acetate, particle size and concentration by {{characterization|nanoparticle "
            "tracking analysis}} (NanoSight NS300), and the presence of {{markers|CD9, CD63 and TSG101}} and the "
            "absence of {{markers|calnexin}} by {{characterization|western blot}} with antibodies raised in rabbit "
            "(1:1000).",
            ("h", "2.5. Treatment"),
            "Thirty minutes after the contusion, {{dose|100 " + GMU + "g of hUCMSC-Exo (protein) in 500 " + GMU + "L of PBS}} "
            "were {{route,route_detail|injected into the tail vein}} over two minutes; rats of the SCI + PBS group "
            "received 500 " + GMU + "L of PBS in the same way. {{frequency,timing_post_injury_h|The injection was "
            "given only once, 30 minutes after the contusion}}.",
            ("h", "2.6. In vitro assay"),
            "Primary astrocytes from neonatal rat cortex were exposed to IL-1α, TNF and C1q to induce the A1 "
            "state, with or without hUCMSC-Exo at 50 " + MU + "g/mL for 24 h, and C3 was measured by qPCR.",
            ("h", "2.7. Locomotor assessment"),
            "Open-field locomotion was rated with the BBB scale (0–21) on days 1, 3, 7, 14, 21 and 28 after injury "
            "by two examiners {{reported_blinded_assessment|who did not know the treatment of the animals}}; "
            "every rat scored 21 before surgery. The mean of both examiners was used.",
            ("h", "2.8. Statistics"),
            "Data are mean ± standard deviation. BBB scores were compared by two-way repeated-measures ANOVA with "
            "Bonferroni's test, and other data by one-way ANOVA; P < 0.05 was considered significant.",
        ]),
        ("results", "3. Results", [
            ("h", "3.1. Characteristics of hUCMSC-Exo"),
            "Electron micrographs showed round, cup-shaped vesicles, and by NTA the particles had a "
            "{{size_nm|mean diameter of 118.6 ± 9.4 nm}} with 2.3 × 10<sup>11</sup> particles per millilitre; "
            "the exosomal proteins were present and calnexin was not detected (Fig. 1).",
            ("h", "3.2. Locomotor recovery"),
            "All injured rats were paraplegic on day 1, and the two injured groups did not differ during the first "
            "week. From day 14 rats given hUCMSC-Exo had higher scores ({bbb:SCI + hUCMSC-Exo@14} versus "
            "{bbb:SCI + PBS@14}; P < 0.05), and the difference widened until the end of the study (Table 1). "
            "Sham rats were close to normal throughout.",
            ("table", "Table 1", "BBB scores of the three groups by day after injury (mean ± SD, n = 10 per group).",
             {"orient": "cols", "days": _D1, "groups": ["Sham", "SCI + PBS", "SCI + hUCMSC-Exo"],
              "day_fmt": day_word, "corner": "Group"}),
            ("h", "3.3. A1 astrocytes and NF-κB"),
            "At day 3 and at day 28 the proportion of GFAP-positive cells that were also C3-positive was lower in "
            "treated rats, and nuclear p65 was reduced, while in vitro hUCMSC-Exo prevented the rise of C3 mRNA in "
            "cytokine-stimulated astrocytes.",
        ]),
        ("discussion", "4. Discussion", [
            "We found that a single intravenous dose of exosomes from hUCMSCs, given half an hour after a moderate "
            "contusion, improves hindlimb function and reduces the A1 phenotype of astrocytes, which suggests that "
            "the benefit reported by others is at least in part due to "
            "{{mechanism|inhibition of A1 astrocyte conversion through the NF-κB pathway}}.",
            "Our effect size is close to that of earlier work with vesicles from bone marrow cells, where 200 " + MU + "g "
            "given on the day of injury raised the BBB score to about 12 at four weeks [5], and smaller than the "
            "three-point gain reported after three daily injections of placental vesicles [13]. The diameters we "
            "measured are also within the 90–130 nm usually reported with NanoSight [4].",
            "The study has limitations: only female rats were used, a single dose was tested, and the astrocyte "
            "phenotype was defined by C3 alone.",
        ]),
    ],
    references=refs(0, 1, 2, 3, 4, 5, 6, 11, 12),
    scores=Scores(
        outcome="BBB", err="sd",
        groups=[("Sham", "sham", 10), ("SCI + PBS", "control", 10), ("SCI + hUCMSC-Exo", "treatment", 10)],
        values={
            "Sham": series(_D1, [(20.6, 0.5), (20.8, 0.4), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)]),
            "SCI + PBS": series(_D1, [(0.4, 0.5), (1.3, 0.8), (3.1, 1.0), (5.2, 1.2), (6.6, 1.3), (7.4, 1.1)]),
            "SCI + hUCMSC-Exo": series(_D1, [(0.5, 0.5), (1.6, 0.9), (3.8, 1.1), (7.0, 1.3), (9.1, 1.4), (10.3, 1.2)]),
        },
    ),
    back=[("Ethics approval", "The animal protocol was approved by the Institutional Committee for the Care and Use "
           "of Laboratory Animals (CICUAL-2019-044)."),
          ("Conflict of interest", "{{reported_conflict_of_interest|The authors declare that they have no conflict "
           "of interest}}."),
          ("Funding", "Consejo Regional de Ciencia, grant RNE-2018-117.")],
    footnote=NOTICE,
)

# ---------------------------------------------------------------------------------------------
# 2. Russia: terse methods, article-less phrasing; rat BMSC exosomes i.p. daily; BBB by weeks in text (SEM)
# ---------------------------------------------------------------------------------------------
_D2 = days(7, 14, 28, 42)
USTINOVA = Study(
    stem="ustinova2020_rbmsc_exo_allen_ip_daily",
    layout="twocol",
    title="Intraperitoneal administration of bone marrow stromal cell exosomes after weight-drop spinal cord "
          "injury in rats: effect on motor recovery and ferroptosis markers",
    short_title="BMSC exosomes i.p. after SCI",
    authors=[("Daria S.", "Ustinova"), ("Pavel A.", "Kolesnikov"), ("Marina V.", "Grebneva")],
    affiliations=["Laboratory of Regenerative Neurobiology, Volga Institute of Experimental Medicine, Kazan, Russia",
                  "Department of Histology, Volga State Medical University, Kazan, Russia"],
    journal="Bulletin of Experimental Neurotraumatology",
    year=2020,
    volume="8:112–124",
    doi="10.5555/bent.2020.112",
    pmid="99210432",
    pmcid="PMC9921432",
    received="2020-02-04",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male", "body_weight_g": {"low": 250, "high": 300},
        "n_per_group": 12, "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T9-T10",
        "source_tissue": "bone_marrow", "source_species": "rat",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "ExoQuick-TC",
        "characterization": ["TEM", "DLS", "western_blot"], "markers": ["CD63", "CD81", "HSP70"],
        "size_nm": {"value": 96.0, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 200, "unit": "ug_per_kg", "volume_ul": None, "basis": "protein"},
        "route": "intraperitoneal",
        "frequency": {"doses": 7, "interval_h": 24}, "timing_post_injury_h": 24,
        "mechanism": "suppression of ferroptosis via GPX4",
        "reported_welfare_compliance": True, "reported_blinded_assessment": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Exosomes of mesenchymal stromal cells are considered as cell-free alternative for therapy of spinal "
         "cord injury. We studied effect of exosomes of rat bone marrow stromal cells (BMSC-Exo) given "
         "intraperitoneally daily during one week, starting 24 h after injury, in rats with contusion made by "
         "weight drop. BBB score at 6 weeks was {bbb:BMSC-Exo@42} in treated rats and {bbb:SCI@42} in untreated "
         "rats (P < 0.01). Treatment increased GPX4 and decreased lipid peroxidation in spinal cord tissue. Thus "
         "BMSC-Exo improve motor recovery, possibly by suppression of ferroptosis."),
    ],
    keywords=["spinal cord injury", "exosomes", "bone marrow", "ferroptosis", "GPX4"],
    sections=[
        ("intro", "Introduction", [
            "Spinal cord injury (SCI) is severe condition with high disability. Secondary injury includes "
            "inflammation, oxidative stress and several forms of regulated cell death; among them ferroptosis, "
            "iron-dependent death with lipid peroxidation, was described recently in injured cord [17].",
            "Exosomes are small extracellular vesicles, 40–100 nm in diameter according to most authors, secreted "
            "by almost all cells [2]. Exosomes of mesenchymal stromal cells reproduce many effects of the cells "
            "[5,13]. Intraperitoneal route is simple and suitable for repeated administration, but it was used "
            "rarely in SCI models. Aim of this work was to study effect of repeated intraperitoneal "
            "administration of BMSC-Exo on locomotor recovery and on markers of ferroptosis.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals"),
            "Experiments were performed on {{species,strain,sex|male Wistar rats}} weighing "
            "{{body_weight_g|250–300 g}} (n = 48). {{reported_welfare_compliance|Work was carried out in accordance "
            "with Directive 2010/63/EU and approved by local ethics committee of the Institute (No. 17/2018)}}. "
            "Animals were divided into 4 groups, {{n_per_group|12 rats in each}}: sham, SCI, SCI + PBS and BMSC-Exo. "
            "Group SCI + PBS was used for histology only.",
            ("h", "Model of SCI"),
            "Rats were anesthetized by chloral hydrate (300 mg/kg, i.p.). Laminectomy was performed at level "
            "{{injury_level|Th9–Th10}}, and {{injury_model,injury_device|contusion was made by weight drop}} "
            "(modified Allen method, 10 g from 50 mm height). Urine was evacuated manually 2 times per day.",
            ("h", "Cells and exosomes"),
            "{{source_tissue,source_species|BMSC were isolated from femurs and tibias of 3-week-old Wistar rats}} by "
            "adhesion and used at passage 3–4. Cells were cultured in DMEM/F12 with 10% exosome-depleted FBS for "
            "48 h. Exosomes were isolated from conditioned medium with "
            "{{isolation_method,isolation_detail|ExoQuick-TC reagent}} (System Biosciences, USA) according to "
            "manufacturer instruction: medium was cleared at 3000 × g 15 min, mixed with reagent 5:1, incubated "
            "overnight at 4 °C and centrifuged at 1500 × g 30 min. Pellet was resuspended in PBS. Protein "
            "concentration was determined by Bradford method.",
            "Exosomes were characterized by {{characterization|transmission electron microscopy}}, "
            "{{characterization|dynamic light scattering}} (Zetasizer Nano ZS) and "
            "{{characterization|Western blotting}} for {{markers|CD63, CD81, HSP70}}.",
            ("h", "Treatment"),
            "BMSC-Exo in dose {{dose|200 " + MU + "g/kg}} (by protein) in 1 ml PBS were injected "
            "{{route|intraperitoneally}} {{frequency|once daily for 7 days}}, "
            "{{timing_post_injury_h|first injection 24 h after injury}}. Rats of SCI group did not receive "
            "injections; SCI + PBS group received 1 ml PBS by same scheme.",
            ("h", "Behavioral test"),
            "Locomotor function was evaluated using BBB scale at 1, 2, 4 and 6 weeks after injury "
            "{{reported_blinded_assessment|by two observers blinded to group allocation}}. Before injury all rats "
            "had 21 points.",
            ("h", "Biochemistry"),
            "At 6 weeks segment of cord 1 cm long with epicenter was taken. GPX4 and ACSL4 were determined by "
            "Western blot (primary antibodies, goat anti-GPX4 1:500), malondialdehyde by TBA test.",
            ("h", "Statistics"),
            "Results are presented as M ± SEM. Mann–Whitney U test was used for BBB; P < 0.05 was significant.",
        ]),
        ("results", "Results", [
            "Exosomes had typical round morphology. According to DLS {{size_nm|average hydrodynamic diameter of "
            "exosomes was 96 nm}} (polydispersity index 0.21). CD63, CD81 and HSP70 were detected.",
            "Sham-operated rats kept normal locomotion during all experiment ({bbb:Sham@7} at 1 week). At 1 week "
            "after injury BBB score in SCI group was {bbb:SCI@7} and in BMSC-Exo group {bbb:BMSC-Exo@7}, difference "
            "was not significant. At 2 weeks score of treated rats was {bbb:BMSC-Exo@14}, of untreated "
            "{bbb:SCI@14}. Difference became significant at 4 weeks: {bbb:BMSC-Exo@28} versus {bbb:SCI@28} "
            "(P < 0.05), and at 6 weeks the values were {bbb:BMSC-Exo@42} and {bbb:SCI@42}, respectively "
            "(P < 0.01).",
            "GPX4 level in BMSC-Exo group was 1.8 times higher than in SCI group; MDA content was lower by 37%.",
        ]),
        ("discussion", "Discussion", [
            "Our results show that {{mechanism|BMSC-Exo suppress ferroptosis in injured spinal cord by restoring "
            "GPX4}} and that this is accompanied by better locomotion. In work of other authors intravenous "
            "exosomes in dose 100 " + MU + "g increased BBB to 9.6 at 4 weeks [5]; our effect at same time is "
            "comparable, although the route was different. Limitation of work is absence of female animals and "
            "of dose-response study.",
        ]),
    ],
    references=refs(1, 4, 12, 16, 6),
    scores=Scores(
        outcome="BBB", err="sem",
        groups=[("Sham", "sham", 12), ("SCI", "control", 12), ("BMSC-Exo", "treatment", 12)],
        values={
            "Sham": {7.0: (21.0, 0.0)},
            "SCI": series(_D2, [(2.9, 0.4), (5.1, 0.5), (7.2, 0.6), (8.0, 0.6)]),
            "BMSC-Exo": series(_D2, [(3.4, 0.5), (6.0, 0.5), (9.3, 0.6), (10.6, 0.7)]),
        },
    ),
    back=[("Conflict of interests", "{{reported_conflict_of_interest|Authors declare no conflict of interests}}."),
          ("Ethics", "Approved by the ethics committee of the Volga Institute of Experimental Medicine, "
           "No. 17/2018.")],
    footnote=NOTICE,
)


STUDIES = [QUINTANILLA, USTINOVA]
