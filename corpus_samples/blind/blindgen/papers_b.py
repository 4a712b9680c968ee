# ruff: noqa: ISC004  (prose blocks are long strings split over lines inside section lists)
"""Blind studies 5-8 (invented): mouse BMS, figure-only, hydrogel transection, T-token time points."""

from __future__ import annotations

from extgen.common import GMU, MU, TH, week_fmt
from extgen.model import Scores, Study

from blindgen.kit import NOTICE, curve, flat_sham, ids, refs, table

# ---------------------------------------------------------------------------------------
# 5. Nguyen 2023: mouse, BMS by week (SEM), siRNA PTEN-loaded hUC-MSC exosomes, intranasal
# ---------------------------------------------------------------------------------------
D5 = [7.0, 14.0, 21.0, 28.0, 35.0, 42.0]
G5 = ["Sham", "SCI + PBS", "SCI + Exo", "SCI + ExoSiPTEN"]
S5 = Scores("BMS", "sem", [("Sham", "sham", 8), ("SCI + PBS", "control", 8), ("SCI + Exo", "other", 8),
                           ("SCI + ExoSiPTEN", "treatment", 8)], {
    "Sham": flat_sham(D5, 9.0),
    "SCI + PBS": curve(D5, 0.5, 3.1, 10.0, 0.2, 501, top=9.0),
    "SCI + Exo": curve(D5, 0.5, 3.9, 10.0, 0.2, 502, top=9.0),
    "SCI + ExoSiPTEN": curve(D5, 0.6, 5.4, 9.0, 0.3, 503, top=9.0),
})

NGUYEN = Study(
    stem="nguyen2023_mouse_hucmsc_exo_siPTEN_intranasal",
    layout="single",
    title="Intranasal exosomes loaded with PTEN siRNA restore hind-limb function in mice after thoracic "
          "spinal cord contusion",
    short_title="Nguyen et al. · intranasal ExoSiPTEN",
    authors=[("Thi Mai", "Nguyen"), ("Daniel R.", "Castellano"), ("Quang Huy", "Pham"), ("Rebecca", "Stoltz")],
    affiliations=["Department of Neurological Surgery, Midwest Academic Medical Center (invented)",
                  "Institute for RNA Therapeutics, Saigon Biomedical Campus (invented)"],
    journal="Experimental Neurotherapeutics Reports", year=2023, volume="19:e0412",
    **ids(5), received="2023-04-02",
    values={
        "species": "mouse", "strain": "C57BL/6", "sex": "female", "body_weight_g": {"low": 18, "high": 22},
        "n_per_group": 8, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor",
        "injury_level": "T10", "source_tissue": "umbilical_cord", "source_species": "human",
        "modification": "siRNA PTEN loading", "isolation_method": ["precipitation_kit"],
        "isolation_detail": "ExoQuick-TC",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "CD9", "HSP70"],
        "size_nm": {"value": 98.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 5e9, "unit": "particles", "volume_ul": 10, "basis": "particles"},
        "route": "intranasal", "route_detail": "both nostrils", "frequency": {"doses": 3, "interval_h": 24},
        "timing_post_injury_h": 0.5, "mechanism": "PTEN knockdown activating mTOR-dependent axon regrowth",
        "reported_randomisation": True, "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Phosphatase and tensin homolog (PTEN) restrains axon regrowth in the adult CNS. Exosomes "
         "can carry siRNA across the nasal epithelium to the injured cord."),
        ("Methods", "We loaded exosomes from human umbilical cord mesenchymal stem cells (hUC-MSCs) with PTEN siRNA "
         "by electroporation (ExoSiPTEN) and gave them intranasally to C57BL/6 mice after a T10 contusion. "
         "Locomotion was scored on the Basso Mouse Scale (BMS) weekly for six weeks."),
        ("Results", "ExoSiPTEN-treated mice reached a BMS of {bbb:SCI + ExoSiPTEN@42} at week 6, compared with "
         "{bbb:SCI + PBS@42} after PBS; unloaded exosomes had a smaller effect."),
    ],
    keywords=["PTEN", "siRNA", "exosomes", "intranasal", "Basso Mouse Scale"],
    sections=[
        ("intro", "Introduction", [
            "Axons of the adult spinal cord regrow poorly after injury, in part because PTEN keeps the mTOR pathway "
            "inactive in mature neurons [1,12]. Genetic deletion of PTEN promotes regrowth but is not a clinical "
            "option. Exosomes, nanovesicles of roughly 50 to 150 nm, can be loaded with small RNAs and cross "
            "biological barriers [2,15]; the nasal route bypasses much of the systemic clearance [11].",
            "We asked whether intranasal exosomes from human umbilical cord MSCs, loaded with a PTEN siRNA, improve "
            "recovery after contusion in mice.",
        ]),
        ("methods", "Methods", [
            ("h", "Mice"),
            "{{species,strain,sex|Female C57BL/6 mice}} aged 8–10 weeks ({{body_weight_g|18–22 g}}) were "
            "obtained from a commercial vendor. Procedures were approved by the Institutional Animal Care and Use "
            "Committee (protocol 21-0347) and {{reported_welfare_compliance|followed the NIH Guide for the Care and "
            "Use of Laboratory Animals}}. Mice were {{reported_randomisation|randomized to treatment using a "
            "random sequence generator}} ({{n_per_group|n = 8 mice per group}}).",
            ("h", "Spinal cord injury"),
            "Under ketamine/xylazine anesthesia, a T10 laminectomy was performed and "
            "{{injury_model,injury_device,injury_level|a 60-kdyn contusion was applied at T10 with the Infinite "
            "Horizon impactor}}. Bladders were expressed twice daily. Sham mice underwent laminectomy alone.",
            ("h", "Exosome production and siRNA loading"),
            "{{source_tissue,source_species|Human umbilical cord MSCs (hUC-MSCs; passage 4–6) were purchased from a "
            "certified cell bank}} and grown in exosome-depleted medium for 72 h. "
            "{{isolation_method,isolation_detail|Exosomes were precipitated from conditioned medium with "
            "ExoQuick-TC}} (System Biosciences) according to the manufacturer's instructions. "
            "{{modification|PTEN siRNA (or scrambled siRNA) was loaded into exosomes by electroporation}} "
            "(400 V, 125 µF), and free siRNA was removed by a second precipitation. Loading efficiency was "
            "estimated by fluorescence at 22%.",
            "{{characterization|We characterized the vesicles by TEM, NTA (ZetaView) and western blotting}} "
            "with antibodies to {{markers|CD63, CD9 and HSP70}}.",
            ("h", "Intranasal administration"),
            f"Mice were held supine and {{{{dose|10 {MU}L containing 5 × 10<sup>9</sup> particles}}}} was "
            f"{{{{route,route_detail|applied as droplets alternately to both nostrils}}}}. "
            f"{{{{timing_post_injury_h|The first dose was given 30 min after injury}}}}, and "
            f"{{{{frequency|dosing was repeated daily for a total of three doses}}}}. PBS controls received 10 {MU}L PBS.",
            ("h", "Behavior"),
            "Hind-limb function was scored with the Basso Mouse Scale (0–9) weekly for 6 weeks by "
            "{{reported_blinded_assessment|two raters masked to treatment}}. The BMS subscore was also recorded "
            "but is not reported here.",
            ("h", "In vitro"),
            f"Neurite outgrowth was measured in SH-SY5Y cells incubated with ExoSiPTEN (20 {MU}g/mL) for 48 h.",
            ("h", "Statistics"),
            "Data are mean ± SEM. Two-way repeated-measures ANOVA with Bonferroni's post hoc test was used; "
            "P < 0.05 was significant.",
        ]),
        ("results", "Results", [
            "{{size_nm|The NTA size distribution of ExoSiPTEN peaked at 98 nm}}, close to that of unloaded "
            "exosomes; TEM showed intact cup-shaped vesicles. Loading reduced PTEN protein in the cord by 41% at day 7.",
            "BMS scores are shown in Table 1. ExoSiPTEN mice separated from PBS controls from week 2 and "
            "from unloaded exosomes from week 3. One mouse in the PBS group died on day 3 and was replaced.",
            ("table", "Table 1", "BMS scores (mean ± SEM) by week after injury.",
             table(D5, G5, "cols", week_fmt, corner="Group")),
            "Axons immunoreactive for 5-HT were found caudal to the lesion in ExoSiPTEN mice but rarely in controls.",
        ]),
        ("discussion", "Discussion", [
            "Our data suggest {{mechanism|PTEN knockdown activating mTOR-dependent axon regrowth}} as the basis "
            "of the effect. A previous rat study gave 1 × 10<sup>11</sup> particles intravenously and reported "
            "BBB gains of 3 points [14]; our effect size on the BMS is comparable.",
            "Limitations include the use of female mice only and a single dose level.",
        ]),
    ],
    references=refs(0, 1, 3, 5, 7, 9, 10, 11, 13, 14, 15, 16, 4, 12, 2, 6),
    scores=S5,
    back=[("Competing interests", "{{reported_conflict_of_interest|R.S. holds a patent application on exosome "
           "electroporation; the other authors declare no competing interests.}}")],
    footnote=NOTICE,
)

# ---------------------------------------------------------------------------------------
# 6. Ishikawa 2020: SHED exosomes, TFF, DLS, intralesional immediately; BBB only in a figure
# ---------------------------------------------------------------------------------------
D6 = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]
S6 = Scores("BBB", "sem", [("Sham", "sham", 8), ("Saline", "control", 8), ("SHED-Exo", "treatment", 8)], {
    "Sham": flat_sham(D6),
    "Saline": curve(D6, 1.0, 9.5, 8.0, 0.5, 601),
    "SHED-Exo": curve(D6, 1.2, 12.8, 7.0, 0.6, 602),
})

ISHIKAWA = Study(
    stem="ishikawa2020_shed_exo_tff_intralesional",
    layout="twocol",
    title="Local injection of exosomes from stem cells of human exfoliated deciduous teeth limits "
          "hemorrhage and neuronal loss after spinal cord contusion",
    short_title="SHED-Exo intralesional",
    authors=[("Kenta", "Ishikawa"), ("Yui", "Morimoto"), ("Shunsuke", "Hara"), ("Aya", "Takeuchi")],
    affiliations=["Department of Orthopaedic Surgery, Kitanomori University School of Medicine (invented)",
                  "Department of Oral Regenerative Science, Kitanomori University (invented)"],
    journal="Spine Regeneration Letters", year=2020, volume="12(4):201–212",
    **ids(6), received="2020-08-14",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "n_per_group": 8, "injury_model": "contusion", "injury_device": "MASCIS impactor",
        "injury_level": "T10", "source_tissue": "dental_pulp", "source_species": "human",
        "isolation_method": ["tangential_flow", "ultracentrifugation"], "isolation_detail": "120,000 g 90 min",
        "characterization": ["TEM", "DLS", "western_blot"], "markers": ["CD63", "CD81", "TSG101"],
        "size_nm": {"value": 97.5, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 10, "unit": "ug", "volume_ul": 2, "basis": "protein"},
        "route": "intralesional", "route_detail": "rostral and caudal to the epicentre",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.0,
        "mechanism": "inhibition of MMP-9-mediated blood–spinal cord barrier disruption",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
    },
    abstract=[
        (None, "Stem cells from human exfoliated deciduous teeth (SHED) secrete factors that protect neurons. We "
         "examined whether exosomes derived from SHED (SHED-Exo), injected directly into the contused rat spinal "
         "cord immediately after injury, affect hemorrhage, blood–spinal cord barrier (BSCB) permeability and "
         "locomotor recovery. SHED-Exo reduced Evans blue leakage and MMP-9 activity at 24 h, preserved NeuN+ "
         "neurons, and improved BBB scores from day 7 to day 28."),
    ],
    keywords=["SHED", "exosome", "blood–spinal cord barrier", "MMP-9", "local injection"],
    sections=[
        ("intro", "Introduction", [
            "Disruption of the blood–spinal cord barrier (BSCB) within hours of injury allows blood-borne cells and "
            "molecules to enter the parenchyma and worsens secondary damage [6,10]. Matrix metalloproteinase-9 "
            "(MMP-9) is a key mediator [6]. SHED are easily obtained from discarded teeth and have shown "
            "neuroprotective paracrine activity [4].",
            "Systemically injected exosomes reach the lesion in small amounts [11]. We therefore injected SHED-Exo "
            "directly into the lesion and studied early BSCB changes and later locomotion.",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Animals"),
            "{{species,strain,sex|Eight-week-old female Sprague–Dawley rats}} were used. The protocol was "
            "approved by the Animal Experiment Committee of Kitanomori University (No. A2019-033) and "
            "{{reported_welfare_compliance|conformed to the ARRIVE guidelines}}. Rats were divided into Sham, "
            "Saline and SHED-Exo groups, {{n_per_group|eight rats per group}} for behavior; additional rats (n = 5 "
            "per group) were used for Evans blue and zymography at 24 h.",
            ("h", "Contusion model"),
            "Under isoflurane anesthesia, the lamina of {{injury_level|the 10th thoracic vertebra}} was removed, "
            "and {{injury_model,injury_device|contusion injury was induced using the MASCIS impactor}} "
            "(10 g, 25 mm). The sham group underwent laminectomy alone.",
            ("h", "SHED culture and exosome isolation"),
            "{{source_tissue,source_species|SHED were isolated from the dental pulp of exfoliated deciduous teeth "
            "of healthy children aged 6–11 years}} with parental consent and cultured in α-MEM with 15% FBS. At "
            "passage 4, cells were washed and cultured in serum-free medium for 48 h.",
            f"The conditioned medium (1 L per batch) was clarified (3{TH}000 × g, 15 min; 0.45 µm filtration), "
            f"{{{{isolation_method|concentrated and diafiltered by tangential flow filtration}}}} (300 kDa hollow fiber), "
            f"and exosomes were {{{{isolation_method,isolation_detail|pelleted at 120,000 ×g for 90 min}}}}. "
            f"{{{{characterization|Exosomes were analyzed by TEM, dynamic light scattering (Zetasizer Nano ZS) and "
            f"western blotting}}}} for {{{{markers|CD63, CD81 and TSG101}}}}.",
            ("h", "Local injection"),
            f"{{{{timing_post_injury_h|Immediately after contusion}}}}, "
            f"{{{{dose,route,route_detail|a total of 10 {GMU}g SHED-Exo in 2 {GMU}L PBS was injected with a glass "
            f"micropipette at two points, 1 mm rostral and caudal to the epicentre}}}} (1 {GMU}L each, depth 1.2 mm, "
            f"over 2 min). The Saline group received 2 {GMU}L PBS in the same way. "
            f"{{{{frequency|No further injections were given}}}}.",
            ("h", "Evaluation"),
            "BBB scores were evaluated on days 1, 3, 7, 14, 21 and 28 by "
            "{{reported_blinded_assessment|two examiners who did not know the treatment}}. BSCB permeability was "
            "assessed by Evans blue extravasation at 24 h, and MMP-9 by gelatin zymography.",
            ("h", "Statistical analysis"),
            "Data are expressed as mean ± SEM. Two-way ANOVA with Tukey–Kramer test was used. P < 0.05 was "
            "considered significant.",
        ]),
        ("results", "Results", [
            ("h", "Characterization"),
            "SHED-Exo were round vesicles with a lipid bilayer in TEM and expressed CD63, CD81 and TSG101. "
            "{{size_nm|DLS showed a mean hydrodynamic diameter of 97.5 nm}} (polydispersity index 0.21).",
            ("h", "BSCB and hemorrhage"),
            "At 24 h, Evans blue content was 42% lower and MMP-9 activity 37% lower in the SHED-Exo group than in "
            "the Saline group. Hemorrhagic area at the epicentre was also reduced.",
            ("h", "Locomotor function"),
            "BBB scores improved in both injured groups over 4 weeks, and the SHED-Exo group scored significantly "
            "higher than the Saline group from day 7 onward (Fig. 3).",
            ("figure", "Fig. 3", "Time course of BBB scores after contusion (mean ± SEM, n = 8). *P < 0.05 versus "
             "Saline.", {"days": D6, "groups": ["Sham", "Saline", "SHED-Exo"]}),
        ]),
        ("discussion", "Discussion", [
            f"Local SHED-Exo reduced BSCB leakage, pointing to {{{{mechanism|inhibition of MMP-9-mediated "
            f"blood–spinal cord barrier disruption}}}}. Others have injected 100 {GMU}g of MSC exosomes "
            "intravenously with similar behavioural effects [11,13], and a study using SHED-conditioned medium "
            "reported vesicles of 70–110 nm [4]. Intraspinal injection itself damages tissue; we kept the volume "
            "at 1 µL per site.",
        ]),
    ],
    references=refs(0, 2, 3, 4, 5, 9, 10, 11, 12, 13, 17),
    scores=S6,
    notes=["BBB scores are given only in Fig. 3 (a line plot): no outcome rows."],
    footnote=NOTICE,
)

# ---------------------------------------------------------------------------------------
# 7. Souza 2022: placenta MSC exosomes in a hyaluronic hydrogel after complete transection;
#    rpm with g equivalent, AFM, volume x concentration dose, table by week (SEM) + week-8 text
# ---------------------------------------------------------------------------------------
D7 = [7.0, 14.0, 28.0, 42.0, 56.0]
G7 = ["Sham", "Transection", "Gel", "Gel + Exo"]
S7 = Scores("BBB", "sem", [("Sham", "sham", 12), ("Transection", "control", 12), ("Gel", "other", 12),
                           ("Gel + Exo", "treatment", 12)], {
    "Sham": flat_sham(D7),
    "Transection": curve(D7, 0.2, 2.4, 20.0, 0.3, 701),
    "Gel": curve(D7, 0.2, 3.0, 20.0, 0.3, 702),
    "Gel + Exo": curve(D7, 0.3, 6.6, 18.0, 0.5, 703),
})

SOUZA = Study(
    stem="souza2022_hpmsc_exo_hydrogel_transection",
    layout="single",
    title="A hyaluronic acid hydrogel releasing placental mesenchymal stromal cell exosomes bridges the "
          "completely transected rat spinal cord",
    short_title="Souza et al. · exosome hydrogel after transection",
    authors=[("Camila R.", "Souza"), ("Bruno", "Teixeira"), ("Luana", "Matos"), ("Felipe A.", "Ramos"),
             ("Helena", "Vasconcelos")],
    affiliations=["Laboratório de Neurorregeneração, Universidade Federal do Planalto (invented)",
                  "Núcleo de Biomateriais, Instituto Atlântico de Pesquisa (invented)"],
    journal="Biomaterials in Neural Repair", year=2022, volume="9:100187",
    **ids(7), received="2022-06-23",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male", "body_weight_g": {"low": 250, "high": 300},
        "n_per_group": 12, "injury_model": "transection", "injury_device": "microscissors", "injury_level": "T10",
        "source_tissue": "placenta", "source_species": "human", "modification": "none",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "40,000 rpm (about 120,000 g) 2 h",
        "characterization": ["TEM", "NTA", "AFM", "western_blot"], "markers": ["CD9", "CD63", "Alix", "calnexin"],
        "size_nm": {"value": 112.0, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 50, "unit": "ug", "volume_ul": 50, "basis": "protein"},
        "route": "implanted_biomaterial", "route_detail": "hyaluronic acid hydrogel",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.0,
        "mechanism": "sustained exosome release promoting angiogenesis and axonal regrowth across the gap",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "After complete transection the two stumps of the cord are separated by a cavity that axons "
         "do not cross. We combined a hyaluronic acid hydrogel with exosomes from human placental mesenchymal "
         "stromal cells (hPMSC-Exo)."),
        ("Methods", "Male Wistar rats received a complete transection at T10 and an injectable hydrogel loaded with "
         "hPMSC-Exo in the gap. Locomotion was followed for 8 weeks."),
        ("Results", "The exosome hydrogel released vesicles for about two weeks in vitro, increased CD31+ vessels "
         "and neurofilament-positive fibres in the gap, and improved BBB scores (week 8: {bbb:Gel + Exo@56} "
         "versus {bbb:Transection@56} after transection alone)."),
    ],
    keywords=["hydrogel", "exosomes", "placenta", "complete transection", "angiogenesis"],
    sections=[
        ("intro", "Introduction", [
            "Complete transection is the most severe experimental injury and the most demanding test of a repair "
            "strategy [1]. Hydrogels can fill the cavity, provide a substrate for regrowth and act as depots for "
            "bioactive cargo [13]. Exosomes, lipid bilayer vesicles commonly described as 30–150 nm, are cleared "
            "within hours after bolus injection, so a depot may prolong their action [11,13].",
            "Placental MSCs are abundant and immunologically privileged [4]. Here we loaded their exosomes into a "
            "hyaluronic acid hydrogel and placed it in the transection gap.",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Animals and groups"),
            "{{species,strain,sex|Male Wistar rats}} ({{body_weight_g|250 to 300 g}}) were obtained from the "
            "university animal facility. {{reported_welfare_compliance|All procedures were approved by the Ethics "
            "Committee on Animal Use (CEUA 045/2020) and followed CONCEA guidelines}}. Rats were "
            "{{reported_randomisation|randomly allocated (sealed envelopes)}} to four groups "
            "({{n_per_group|n = 12 per group; 48 rats in total}}): Sham, Transection, Gel (empty hydrogel) and "
            "Gel + Exo.",
            ("h", "Complete transection"),
            "Under ketamine/xylazine anaesthesia, laminectomy was performed at {{injury_level|T10}} and "
            "{{injury_model,injury_device|the spinal cord was completely transected with microscissors}}; a 2-mm segment was "
            "removed to create a standard gap. Completeness was confirmed by inspection of the ventral dura.",
            ("h", "hPMSC culture and exosome isolation"),
            "{{source_tissue,source_species|hPMSC were isolated from the chorionic villi of term placentas}} "
            "donated after caesarean delivery (informed consent; ethics approval 3.881.204) and used at passages 3 "
            "to 5. Conditioned medium (serum-free, 48 h) was centrifuged at 2,000 × g for 30 min and 10,000 × g for "
            "45 min, and exosomes were {{isolation_method,isolation_detail|pelleted at 40,000 rpm (about "
            "120,000 × g) for 2 h}} in a Type 70 Ti rotor. {{modification|The exosomes were native; neither the "
            "cells nor the vesicles were modified}}.",
            "{{characterization|Exosomes were characterised by TEM, NTA (NanoSight LM10), atomic force microscopy "
            "and western blot}} ({{markers|CD9, CD63, Alix; calnexin as negative marker}}).",
            ("h", "Hydrogel and implantation"),
            f"A thiolated hyaluronic acid hydrogel (1.5% w/v) was mixed with exosomes to "
            f"{{{{dose|50 {MU}l of hydrogel containing 1 {MU}g/{MU}l exosomal protein}}}}. "
            f"{{{{timing_post_injury_h,route,route_detail,frequency|Immediately after transection, the gap was filled "
            f"once with the exosome-loaded hyaluronic acid hydrogel}}}}, which gelled within 2 min. The Gel group "
            "received the same hydrogel without exosomes.",
            ("h", "Outcomes"),
            "BBB scores were recorded at weeks 1, 2, 4, 6 and 8 by "
            "{{reported_blinded_assessment|two blinded observers}}. At week 8, cords were processed for "
            "neurofilament-200, GFAP and CD31 immunostaining.",
            ("h", "Statistics"),
            "Results are mean ± SEM. Repeated-measures ANOVA with Bonferroni correction. P < 0.05.",
        ]),
        ("results", "Results", [
            "{{size_nm|The mean size measured by NTA was 112 nm}}; AFM showed flattened round vesicles of "
            "60–130 nm. In vitro, 80% of loaded exosomes were released over 14 days.",
            "Locomotor scores are listed in Table 2. Transected rats showed only slight movements of one or two "
            "joints; Gel + Exo rats moved all three hind-limb joints by week 8 "
            "({bbb:Gel + Exo@56} compared with {bbb:Gel@56} for the empty hydrogel).",
            ("table", "Table 2", "BBB scores by week after transection (mean ± SEM).",
             table(D7, G7, "cols", week_fmt, corner="Group")),
            "CD31+ vessel density in the gap doubled and NF200+ fibres crossed the rostral interface in 7 of 12 "
            "Gel + Exo rats versus 2 of 12 with empty gel.",
        ]),
        ("discussion", "Discussion", [
            f"We propose {{{{mechanism|sustained exosome release promoting angiogenesis and axonal regrowth across "
            f"the gap}}}}. Earlier hydrogel studies used 100–200 {MU}g of exosomes and reported BBB scores around 7 "
            "at 8 weeks [13]. Our scores remain low in absolute terms, as expected after complete transection.",
        ]),
    ],
    references=refs(0, 1, 3, 4, 9, 10, 12, 13, 17, 15),
    scores=S7,
    back=[("Conflicts of interest", "{{reported_conflict_of_interest|The authors have no conflicts of interest.}}")],
    footnote=NOTICE,
)

# ---------------------------------------------------------------------------------------
# 8. Bae 2021: curcumin-loaded hBMSC exosomes, mg/kg weekly from day 3, time points written
#    as T-tokens (T1 ... T42) beside a T10 injury; table groups down the side (SD)
# ---------------------------------------------------------------------------------------
D8 = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0, 42.0]
G8 = ["SCI", "Exo", "Cur-Exo"]
S8 = Scores("BBB", "sd", [("SCI", "control", 10), ("Exo", "other", 10), ("Cur-Exo", "treatment", 10)], {
    "SCI": curve(D8, 0.6, 8.0, 12.0, 1.0, 801),
    "Exo": curve(D8, 0.6, 9.4, 12.0, 1.0, 802),
    "Cur-Exo": curve(D8, 0.6, 11.5, 11.0, 1.1, 803),
})


def t_fmt(d: float) -> str:
    return f"T{d:g}"


BAE = Study(
    stem="bae2021_hbmsc_curcumin_exo_weekly_mgkg",
    layout="twocol",
    title="Curcumin-loaded exosomes from human bone marrow mesenchymal stem cells given weekly after spinal "
          "cord contusion attenuate oxidative stress",
    short_title="Cur-Exo weekly after SCI",
    authors=[("Ji-Hoon", "Bae"), ("Seo-Yeon", "Lim"), ("Min-Jae", "Cha"), ("Hyun-Woo", "Yoon")],
    affiliations=["Department of Neurosurgery, Hanbit National University College of Medicine (invented)",
                  "Nanomedicine Research Center, Hanbit National University (invented)"],
    journal="Korean Journal of Spinal Neuroscience", year=2021, volume="18(2):77–90",
    **ids(8), received="2021-03-09",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 250, "high": 300},
        "n_per_group": 10, "injury_model": "contusion", "injury_device": "MASCIS impactor", "injury_level": "T10",
        "source_tissue": "bone_marrow", "source_species": "human", "modification": "curcumin loading",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 g 1 h, twice",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "TSG101"],
        "size_nm": {"value": 131.0, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 1, "unit": "mg_per_kg", "volume_ul": None, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein", "frequency": {"doses": 4, "interval_h": 168},
        "timing_post_injury_h": 72.0, "mechanism": "Nrf2/HO-1 activation reducing oxidative stress",
        "reported_randomisation": True, "reported_blinded_assessment": True, "reported_welfare_compliance": True,
    },
    abstract=[
        ("Objective", "Curcumin is a potent antioxidant with poor bioavailability. We loaded it into exosomes "
         "derived from human bone marrow mesenchymal stem cells (hBMSCs) and tested the particles (Cur-Exo) in rats "
         "with spinal cord injury (SCI)."),
        ("Methods", "SCI was induced at T10 with the MASCIS impactor. Cur-Exo, unloaded exosomes or vehicle were "
         "injected into the tail vein once a week for 4 weeks from 3 days after injury."),
        ("Results", "At T42 the Cur-Exo group scored {bbb:Cur-Exo@42} on the BBB scale versus {bbb:SCI@42} in "
         "the SCI group. Malondialdehyde fell and nuclear Nrf2 rose."),
    ],
    keywords=["curcumin", "exosome", "drug delivery", "oxidative stress", "Nrf2"],
    sections=[
        ("intro", "INTRODUCTION", [
            "Reactive oxygen species peak in the first days after spinal cord injury (SCI) and drive lipid "
            "peroxidation of myelin [1,5]. Curcumin activates the Nrf2 antioxidant pathway, but it is insoluble and "
            "rapidly metabolised [15]. Exosomes can carry hydrophobic drugs in their membrane and protect them from "
            "degradation [2,14]. We asked whether repeated Cur-Exo given after the acute phase improve recovery.",
        ]),
        ("methods", "MATERIALS AND METHODS", [
            ("h", "Animals"),
            "{{species,strain,sex|Male Sprague-Dawley rats}} ({{body_weight_g|250–300 g}}, 9 weeks old) were "
            "used. The IACUC of Hanbit National University approved the study (HNU-2020-0117), "
            "{{reported_welfare_compliance|in accordance with the Korean Animal Protection Act}}. "
            "{{n_per_group|Each group contained 10 animals}}, {{reported_randomisation|assigned randomly}} to "
            "SCI, Exo or Cur-Exo.",
            ("h", "SCI model"),
            "After a laminectomy at {{injury_level|T10}}, {{injury_model,injury_device|the dorsal cord was "
            "contused with the MASCIS impactor}} (10 g rod, 25 mm). Postoperative care included cefazolin and "
            "manual bladder expression.",
            ("h", "Exosome isolation and curcumin loading"),
            "{{source_tissue,source_species|hBMSCs from a commercial supplier (derived from the bone marrow of a "
            "healthy adult donor)}} were cultured in exosome-free medium for 48 h. The medium was centrifuged "
            "(300 × g, 2,000 × g, 10,000 × g) and {{isolation_method,isolation_detail|exosomes were collected at "
            "100,000 × g for 1 h, twice}}. {{modification|Curcumin was loaded into exosomes by sonication}} "
            "(curcumin:exosome protein 1:5 w/w, 6 cycles of 30 s) followed by incubation at 37 °C for 1 h; free "
            "curcumin was removed with a 100 kDa filter. Encapsulation efficiency was 34%.",
            "{{characterization|Exosomes were examined by TEM, NTA and western blotting}} "
            "({{markers|CD9, CD63, TSG101}}; mouse anti-CD9, rabbit anti-CD63, rabbit anti-TSG101).",
            ("h", "Treatment schedule"),
            "Rats were injected {{route,route_detail|via the tail vein}} with {{dose|1 mg/kg of Cur-Exo or "
            "Exo (exosomal protein)}}. {{timing_post_injury_h,frequency|The first injection was given on day 3 "
            "after SCI and repeated once a week, for a total of 4 injections}}. The SCI group received PBS.",
            ("h", "Behavioural test"),
            "Time points are denoted T1, T3, T7, T14, T21, T28 and T42, the number giving the day after injury. "
            "Before injury (T0) all rats scored 21 on the BBB scale. Scoring was performed by "
            "{{reported_blinded_assessment|observers blinded to group assignment}}.",
            ("h", "Oxidative stress"),
            f"MDA and SOD were measured in cord homogenates at T7. PC12 cells exposed to H<sub>2</sub>O<sub>2</sub> "
            f"were treated with Cur-Exo at 100 {MU}g/ml.",
            ("h", "Statistics"),
            "Data are expressed as mean ± SD. Two-way ANOVA with Tukey's test (SPSS 25). P < 0.05.",
        ]),
        ("results", "RESULTS", [
            "{{size_nm|Mean diameter of Cur-Exo by NTA was 131 nm}} compared with 118 nm for unloaded "
            "exosomes. Cur-Exo retained CD9, CD63 and TSG101.",
            "Table 1 shows the BBB scores. All injured rats were severely impaired at T1 (BBB about 1). The Cur-Exo group scored "
            "higher than the SCI group from T14 and higher than the Exo group from T28.",
            ("table", "Table 1", "BBB scores at each time point (mean ± SD).",
             table(D8, G8, "cols", t_fmt, corner="Group")),
            "MDA decreased by 38% and nuclear Nrf2 and HO-1 increased 2.1- and 1.8-fold in Cur-Exo-treated cords.",
        ]),
        ("discussion", "DISCUSSION", [
            "The results are consistent with {{mechanism|Nrf2/HO-1 activation reducing oxidative stress}}. "
            "Free curcumin at 100 mg/kg i.p. gave smaller effects in an earlier study [15]. Exosomes in other reports "
            "measured 80–100 nm [9]; our larger size may reflect curcumin insertion into the membrane.",
            "Weekly dosing from T3 models a clinically realistic window.",
        ]),
    ],
    references=refs(0, 1, 4, 6, 8, 10, 11, 13, 14, 15, 16, 17),
    scores=S8,
    footnote=NOTICE,
)

STUDIES = [NGUYEN, ISHIKAWA, SOUZA, BAE]
