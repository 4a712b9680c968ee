"""Canyon studies 1-3 (India, Egypt, Indonesia). Everything here is invented.

Markup: ``{{fields|quote}}`` gold evidence, ``{bbb:GROUP@DAY}`` a score in the lab's
own cell style, ``{r:GROUP@DAY:style}`` a score printed in another style (see rough.py).
"""

from __future__ import annotations

from extgen.common import FOOTNOTE, GMU, MU, NB, POOL
from extgen.model import Study
from rough import RoughScores

# ------------------------------------------------------------------ 1. India, manuscript layout
NAIRWAL = Study(
    stem="nairwal2021_hucmsc_exo_weightdrop_weekly_iv",
    layout="manuscript",
    title="Effect of human umbilical cord mesenchymal stem cell derived exosomes on functional recovery in spinal cord injured Wistar rats",
    short_title="hUCMSC exosomes in SCI rats",
    authors=[("Prakriti", "Nairwal"), ("Sandeep", "Kodagiri"), ("Meenal", "Aurangabadkar"), ("Tejas", "Vellodi")],
    affiliations=["Department of Regenerative Medicine, Deccan Institute of Translational Sciences, Pune, India",
                  "Central Animal Facility, Deccan Institute of Translational Sciences, Pune, India"],
    journal="Indian Journal of Experimental Neurobiology",
    year=2021, volume="59(4): 301-312", doi="10.5555/ijen.2021.0417",
    pmid="99260101", pmcid="PMC9926101", received="2021-02-11",
    values={
        "species": "rat", "strain": "Wistar", "sex": "female",
        "body_weight_g": {"low": 180, "high": 220}, "n_per_group": 6,
        "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T10",
        "source_tissue": "umbilical_cord", "source_species": "human",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 g 90 min",
        "characterization": ["TEM", "DLS", "western_blot"], "markers": ["CD63", "TSG101"],
        "size_nm": {"value": 112.4, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 100, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 4, "interval_h": 168}, "timing_post_injury_h": 24,
        "mechanism": "anti-apoptotic effect through PI3K/Akt signalling",
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Spinal cord injury (SCI) is a devastating condition with no satisfactory treatment. Exosomes of mesenchymal stem cells are being explored as cell free therapy."),
        ("Methods", "Exosomes were isolated from human umbilical cord MSC (hUCMSC) conditioned media and given through tail vein to female Wistar rats after weight drop injury, once weekly for four weeks. Locomotion was assessed with BBB scale."),
        ("Results", "Exosome treated rats showed better BBB score at day 28 ({r:Exo treated@28:ascii}) than injury control ({r:Injury control@28:ascii})."),
        ("Conclusion", "hUCMSC exosomes improve locomotor recovery in SCI rats, possibly by anti apoptotic mechanism."),
    ],
    keywords=["Spinal cord injury", "Exosomes", "Umbilical cord", "BBB score", "Apoptosis"],
    sections=[
        ("intro", "Introduction", [
            "Spinal cord injury leads to permanent loss of motor and sensory function below the level of lesion and is a major cause of disability in young adults of India [1]. Mesenchymal stem cells (MSC) exerts their effect mainly by paracrine manner [2].",
            "Exosomes are nano sized vesicles of 30-150 nm diameter released by almost all cell types, carrying proteins, mRNA and miRNA [2,4]. Earlier workers have injected 200 µg exosomes in rats with good results [5]. However data on umbilical cord derived exosomes given in repeated dose is scanty. Hence the present study was planned.",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Animals"),
            "{{species,strain,sex|Adult female Wistar rats}} {{body_weight_g|(180-220 g)}} were procured from the institutional animal house and kept under standard conditions with free access to food and water. The study protocol was approved by {{reported_welfare_compliance|the Institutional Animal Ethics Committee (IAEC/DITS/2019/07) and experiments were done as per CPCSEA guidelines}}.",
            "Animals were divided in three groups, {{n_per_group|6 rats in each group}}: Group I - Sham operated (laminectomy only), Group II - SCI + PBS, Group III - SCI + hUCMSC-Exo.",
            ("h", "Culture of hUCMSC and isolation of exosomes"),
            f"{{{{source_tissue,source_species|hUCMSC were obtained from the institutional cell repository (umbilical cord tissue of healthy full term deliveries, with informed consent)}}}} and used between passage 3-5. At 80 % confluence media was changed to serum free DMEM for 48 hrs. Collected media was centrifuged at 2000 g for 20 min and 10,000 g for 30 min to remove debris and then {{{{isolation_method,isolation_detail|ultracentrifuged at 1,00,000 ×g for 90 min}}}} (Beckman, SW 32 rotor). Pellet was washed once with PBS and suspended in 100{NB}{MU}l PBS. Protein was estimated by BCA method.",
            "Exosomes were characterised by {{characterization|transmission electron microscopy (TEM), dynamic light scattering (DLS) and western blot}} for {{markers|CD63 and TSG101}}.",
            ("h", "Spinal cord injury and treatment"),
            "Under ketamine (80 mg/kg) and xylazine (10 mg/kg) anaesthesia {{injury_level|laminectomy was done at T10 level}} and {{injury_model,injury_device|contusion injury was produced by modified Allen's weight drop method}} (10 g rod from 25 mm height). Bladder was expressed manually twice daily till reflex returned.",
            f"{{{{dose|Group III rats received 100 {GMU}g exosomal protein suspended in 100 {GMU}l PBS}}}} {{{{route,route_detail|through tail vein}}}} {{{{timing_post_injury_h|24 hrs post injury}}}} and {{{{frequency|then once weekly for total 4 doses}}}}. Group II rats received equal volume of PBS.",
            ("h", "Assessment of locomotion"),
            "Hind limb locomotion was scored by Basso Beattie Bresnahan (BBB) scale on day 1, 7, 14, 21 and 28 by two observers. Data was expressed as Mean +/- SEM and analysed by one way ANOVA followed by Tukey test; p<0.05 was taken significant.",
        ]),
        ("results", "Results", [
            ("h", "Characterisation"),
            "TEM showed round cup shaped vesicles. {{size_nm|DLS showed mean size of 112.4 nm}} with PDI 0.21. CD63 and TSG101 were positive in exosome lysate.",
            ("h", "Locomotor function"),
            "All injured rats had complete paraplegia on day 1 (BBB 0-1). From day 7 onwards Group III showed higher BBB scores than Group II (Table 1). At day 28 the mean score of exosome treated group was {r:Exo treated@28:ascii} and of injury control was {r:Injury control@28:ascii} (p<0.01); sham rats scored {r:Sham@28:bare}.",
            ("h", "Apoptosis"),
            "TUNEL positive cells were less in Group III and western blot showed increased p-Akt/Akt ratio and decreased cleaved caspase-3.",
            ("table", "Table 1", "BBB score of different groups at different days (Mean +/- SEM, n = 6)", {
                "orient": "cols", "days": [1, 7, 14, 21, 28], "day_fmt": lambda d: f"Day {d:g}",
                "groups": ["Sham", "Injury control", "Exo treated"], "corner": "Groups",
                "foot": "Injury control = Group II (SCI + PBS); Exo treated = Group III."}),
            ("figure", "Figure 1", "TEM image of hUCMSC exosomes (scale bar 100 nm) and western blot of CD63 and TSG101.", {
                "days": [1, 7, 14, 21, 28], "groups": ["Injury control", "Exo treated"]}),
        ]),
        ("discussion", "Discussion", [
            "In present study we found that repeated dose of hUCMSC exosomes improved BBB score. Similar improvement was seen by other authors with 200 µg single dose of BMSC exosomes which gave BBB of about 11 at 4 weeks [5].",
            "{{mechanism|The anti-apoptotic effect through PI3K/Akt signalling}} may be the mechanism of neuroprotection. Limitation of our study is small sample size and short follow up.",
        ]),
    ],
    references=POOL[0:6],
    scores=RoughScores(outcome="BBB", err="sem", fmt="ascii", groups=[
        ("Sham", "sham", 6), ("Injury control", "control", 6), ("Exo treated", "treatment", 6)],
        values={"Sham": {1: (20.8, 0.2), 7: (21.0, 0.0), 14: (21.0, 0.0), 21: (21.0, 0.0), 28: (21.0, 0.0)},
                "Injury control": {1: (0.5, 0.2), 7: (2.8, 0.6), 14: (4.6, 0.7), 21: (6.1, 0.8), 28: (7.2, 0.9)},
                "Exo treated": {1: (0.7, 0.3), 7: (4.1, 0.7), 14: (7.3, 0.9), 21: (9.6, 1.0), 28: (11.4, 1.1)}}),
    back=[("Conflict of interest", "{{reported_conflict_of_interest|Authors declare that they have no conflict of interest}}."),
          ("Acknowledgement", "Authors are thankful to the intramural research grant of the institute.")],
    footnote=FOOTNOTE,
)

# ------------------------------------------------------------------ 2. Egypt, single layout
ELSHARNOBY = Study(
    stem="elsharnoby2020_rbmsc_exo_exoquick_mgkg_last_day",
    layout="single",
    title="Possible therapeutic role of bone marrow mesenchymal stem cells derived exosomes on experimentally induced spinal cord injury in adult male albino rats (histological and functional study)",
    short_title="BM-MSC-Ex in induced spinal cord injury",
    authors=[("Eman", "Elsharnoby"), ("Hoda M.", "Abdelrazek"), ("Walaa", "Sobhy"), ("Mohamed A.", "Gadallah")],
    affiliations=["Histology and Cell Biology Department, Faculty of Medicine, Nile Delta University, Egypt",
                  "Medical Physiology Department, Faculty of Medicine, Nile Delta University, Egypt"],
    journal="Egyptian Journal of Histology and Cell Research",
    year=2020, volume="43(2): 512-528", doi="10.5555/ejhcr.2020.1189",
    pmid="99260102", pmcid="PMC9926102", received="2019-11-30",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male",
        "body_weight_g": {"low": 180, "high": 220}, "n_per_group": 10,
        "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T9-T10",
        "source_tissue": "bone_marrow", "source_species": "rat",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "ExoQuick-TC",
        "characterization": ["TEM", "flow_cytometry"], "markers": ["CD63", "CD81"],
        "size_nm": {"value": None, "low": 40, "high": 100, "stat": None, "method": "TEM"},
        "dose": {"amount": 100, "unit": "ug_per_kg", "volume_ul": None, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 1,
        "mechanism": "decreased oxidative stress and astrocytic reaction",
        "reported_randomisation": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Introduction", "Spinal cord injury (SCI) is a major health problem. Exosomes derived from bone marrow mesenchymal stem cells (BM-MSC-Ex) may offer a new treatment line."),
        ("Aim of the work", "To evaluate the possible therapeutic role of BM-MSC-Ex on experimentally induced SCI in adult male albino rats."),
        ("Materials and methods", "Forty adult male albino rats were divided into four groups: control, SCI, SCI + vehicle and SCI + BM-MSC-Ex. Rats were sacrificed after four weeks."),
        ("Results", "BM-MSC-Ex treated group showed improvement of BBB score and partial restoration of histological architecture, with significant decrease of GFAP and caspase-3 immunoexpression."),
        ("Conclusion", "BM-MSC-Ex ameliorated the structural and functional changes of induced SCI."),
    ],
    keywords=["Spinal cord injury", "Exosomes", "BM-MSCs", "GFAP", "Caspase-3"],
    sections=[
        ("intro", "Introduction", [
            "Spinal cord injury (SCI) is one of the most disabling conditions, it affects the young population and causes great economic burden [1]. The pathophysiology involve primary mechanical injury followed by a secondary injury including inflammation, oxidative stress and apoptosis [3].",
            "Exosomes are small membrane vesicles (30–100 nm) secreted from the cells by the fusion of multivesicular bodies with the plasma membrane [2]. Many studies reported that dose of 200 µg/kg exosomes was effective in models of brain ischemia [11]. So, this work was designed to evaluate the possible therapeutic role of BM-MSC-Ex on induced SCI.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals"),
            "{{n_per_group,species,sex|Forty adult male albino rats}} ({{strain|Wistar strain}}) {{body_weight_g|weighing 180–220 gm}} were obtained from the animal house of the faculty. Rats were kept in stainless steel cages under normal light-dark cycle and allowed free access to food and water. {{reported_welfare_compliance|All procedures were approved by the ethical committee of the Faculty of Medicine, Nile Delta University (approval No. ND-2018-244)}}.",
            ("h", "Preparation of BM-MSCs and their exosomes"),
            "{{source_tissue,source_species|BM-MSCs were isolated from the bone marrow of femurs and tibias of 6 weeks old male albino rats}} by flushing with DMEM and were cultured and propagated at the Biochemistry unit. The cells were identified by their spindle morphology and by flow cytometry (CD90+, CD29+, CD34−).",
            "Exosomes were isolated from the culture supernatant of third passage cells {{isolation_method,isolation_detail|using ExoQuick-TC kit (System Biosciences, USA)}} according to the manufacture instruction. Exosomes protein content was quantified by Bradford assay. The exosomes were characterized by {{characterization|transmission electron microscope and by flow cytometry}} for the expression of {{markers|CD63 and CD81}}.",
            ("h", "Experimental design"),
            f"{{{{reported_randomisation|Rats were divided randomly into four equal groups (10 rats each)}}}}: Group I (control group): rats underwent laminectomy only. Group II (SCI group): {{{{injury_model,injury_device|SCI was induced by weight drop method}}}} in which a 10 gm rod was dropped from a height of 5 cm {{{{injury_level|onto the exposed cord at the level of T9-10}}}}. Group III (vehicle group): rats were subjected to SCI then received 0.5 ml phosphate buffered saline intravenously. Group IV (BM-MSC-Ex group): {{{{dose,route,route_detail,frequency|rats were subjected to SCI then received a single dose of 100 {MU}g/kg BM-MSC-Ex dissolved in PBS injected in the tail vein}}}} {{{{timing_post_injury_h|1 hour after induction of injury}}}}.",
            "Locomotor function was evaluated weekly by BBB scale. At the end of the experiment (4 weeks) rats were sacrificed and spinal cord segments were processed for H&E, Luxol fast blue, and immunohistochemistry for GFAP and caspase-3. Data were expressed as mean ± SD and compared by ANOVA test (SPSS 22).",
        ]),
        ("results", "Results", [
            ("h", "Characterization of exosomes"),
            "{{size_nm|By TEM the exosomes appeared as rounded vesicles with diameter ranged from 40 to 100 nm}}. Flow cytometry revealed that they were positive for CD63 and CD81.",
            ("h", "Locomotor function (BBB score)"),
            "Control rats had normal BBB scores all over the experiment. After induction of SCI all rats showed paraplegia, then a gradual improvement was noticed in the BBB score of group IV which was statistically significant when compared to group II and III starting from the second week (Fig. 1), and at the end of the experiment (28th day) BBB score was {bbb:Group I@28} in control group, it was {bbb:Group II@28} in SCI group while it was {bbb:Group III@28} in the vehicle group and it was significantly raised to {bbb:Group IV@28} in BM-MSC-Ex group (P<0.05) which denote the beneficial role of the exosomes.",
            ("figure", "Fig. 1", "Line chart showing the BBB score of the different groups along the experimental period (mean ± SD).", {
                "days": [7, 14, 21, 28], "groups": ["Group I", "Group II", "Group III", "Group IV"], "x": "weeks"}),
            ("h", "Histological results"),
            "Group II showed disorganized white matter with multiple vacuoles and areas of hemorrhage. Group IV revealed apparently normal architecture in most of the sections with few vacuoles. Mean area percent of GFAP immunoexpression was significantly decreased in group IV in comparison to group II.",
        ]),
        ("discussion", "Discussion", [
            "In this study, SCI resulted in marked structural changes and loss of locomotor function that was confirmed by the low BBB score. Such findings were in agreement with previous authors who reported BBB score of about 4 at fourth week after weight drop injury [1].",
            "The improvement of BM-MSC-Ex group could be attributed to {{mechanism|decreased oxidative stress and astrocytic reaction}} as evidenced by the decreased GFAP immunoexpression. Exosomes carry many miRNAs which have anti-apoptotic effect [15].",
        ]),
    ],
    references=POOL[2:10] + POOL[10:15],
    scores=RoughScores(outcome="BBB", err="sd", fmt="tight", groups=[
        ("Group I", "sham", 10), ("Group II", "control", 10), ("Group III", "control", 10), ("Group IV", "treatment", 10)],
        values={"Group I": {7: (21.0, 0.0), 14: (21.0, 0.0), 21: (21.0, 0.0), 28: (21.0, 0.0)},
                "Group II": {7: (1.2, 0.4), 14: (2.0, 0.5), 21: (2.6, 0.7), 28: (3.1, 0.7)},
                "Group III": {7: (1.1, 0.5), 14: (2.2, 0.6), 21: (2.7, 0.8), 28: (3.3, 0.9)},
                "Group IV": {7: (2.0, 0.6), 14: (4.4, 0.8), 21: (6.9, 1.0), 28: (8.6, 1.2)}}),
    back=[("Conflicts of interest", "{{reported_conflict_of_interest|There are no conflicts of interest}}.")],
    notes=["BBB for weeks 1-3 is reported only in a figure (Fig. 1, line chart, no numbers); the text gives the 28th-day scores."],
    footnote=FOOTNOTE,
)

# ------------------------------------------------------------------ 3. Indonesia, bulletin layout
NURSETYO = Study(
    stem="nursetyo2022_hucmsc_exo_intrathecal_particles",
    layout="bulletin",
    title="Intrathecal exosome from human umbilical cord mesenchymal stem cell improve motor function of spinal cord injury rat model",
    short_title="Nursetyo et al. Intrathecal hUCMSC exosome",
    authors=[("Dimas", "Nursetyo"), ("Ayu Laksmi", "Prameswari"), ("Rizky", "Hendrawan"), ("Fitri", "Yuliastuti")],
    affiliations=["Department of Neurosurgery, Faculty of Medicine, Universitas Merapi Selatan, Yogyakarta, Indonesia",
                  "Stem Cell and Cancer Research Laboratory, Semarang, Indonesia"],
    journal="Bali Medical Bulletin of Neuroscience",
    year=2022, volume="11(1)", doi="10.5555/bmbn.v11i1.2207",
    pmid="99260103", pmcid="PMC9926103", received="2022-01-19",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male",
        "body_weight_g": {"low": 250, "high": 300}, "n_per_group": 5,
        "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T10",
        "source_tissue": "umbilical_cord", "source_species": "human",
        "isolation_method": ["ultrafiltration", "ultracentrifugation"],
        "isolation_detail": "Amicon Ultra-15 100 kDa; 100,000 g 2 h",
        "characterization": ["NTA", "flow_cytometry"], "markers": ["CD9", "CD63", "CD81"],
        "size_nm": {"value": 134.6, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 2e9, "unit": "particles", "volume_ul": 20, "basis": "particles"},
        "route": "intrathecal", "route_detail": "lumbar puncture",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 3,
        "mechanism": "reduction of TNF-α and IL-1β",
        "reported_randomisation": True, "reported_welfare_compliance": True,
    },
    abstract=[
        ("Background", "Spinal cord injury (SCI) cause permanent disability. Exosome of mesenchymal stem cell is potential therapy."),
        ("Methods", "This is experimental study with post test only control group design. Fifteen male Sprague Dawley rats were divided to sham, control and exosome group. Exosome was given intrathecal 3 hours after contusion."),
        ("Results", "BBB score of exosome group at day 14 ({r:SCI + hUCMSC-exosome (2 × 10^9 particles, intrathecal)@14:bare}) was higher than control group ({r:SCI + NaCl 0,9% (control)@14:bare}), p = 0,008."),
        ("Conclusion", "Intrathecal exosome improve motor function of SCI rat."),
    ],
    keywords=["exosome", "umbilical cord", "intrathecal", "spinal cord injury", "BBB"],
    sections=[
        ("intro", "Introduction", [
            "Incidence of traumatic spinal cord injury in Indonesia is increasing along with traffic accident [1]. Until now therapy of SCI is still limited on decompression, stabilization and methylprednisolone which is controversial [3].",
            "Exosome is extracellular vesicle with size 40-160 nm which contain protein, lipid and RNA of the parent cell [2]. Exosome can cross the blood spinal cord barrier, but the intravenous route need high dose, around 1 × 10^11 particles [5]. Intrathecal route may give higher concentration at the lesion [8].",
        ]),
        ("methods", "Methods", [
            ("h", "Animal and ethical clearance"),
            "{{species,strain,sex|Male Sprague Dawley rats}}, 10-12 weeks, {{body_weight_g|weight 250-300 gram}} were obtained from the integrated research laboratory. {{reported_welfare_compliance|This research has received ethical clearance from Medical and Health Research Ethics Committee, Faculty of Medicine Universitas Merapi Selatan (No. KE/FK/0412/EC/2021)}}. {{reported_randomisation,n_per_group|Rats were randomly allocated into 3 groups (n=5)}} using simple randomization.",
            ("h", "Exosome preparation"),
            "{{source_tissue,source_species|hUCMSC were isolated from umbilical cord of healthy donor after caesarean section}} and cultured in alpha-MEM with 10% FBS. Conditioned medium of passage 4-6 was collected after 72 hours in serum free medium. Medium was filtered 0,22 µm, {{isolation_method,isolation_detail|concentrated using Amicon Ultra-15 (100 kDa) then ultracentrifuged at 100.000 g for 2 hours}} at 4°C. Exosome was characterized by {{characterization|nanoparticle tracking analysis (NTA) and flow cytometry}} of {{markers|CD9, CD63 and CD81}}.",
            ("h", "SCI model and intervention"),
            "Rats were anesthetized with ketamine-xylazine. After {{injury_level|laminectomy T10}}, {{injury_model,injury_device|contusion was made with NYU impactor}} (10 g, 12,5 mm). Sham group got laminectomy only. {{timing_post_injury_h|Three hours after injury}} {{dose,route,route_detail|exosome group received 2 × 10^9 particles of exosome in 20 µL NaCl 0,9% by intrathecal injection through lumbar puncture}} at L5-L6, {{frequency|single injection}}. Control group received 20 µL NaCl 0,9%.",
            ("h", "Motor function assessment"),
            "BBB scale was assessed at day 1, 3, 7 and 14 by two examiner. Data is mean ± SD. Normality was tested with Shapiro-Wilk and difference between group by one way ANOVA (SPSS 25), significant if p < 0,05.",
        ]),
        ("results", "Results", [
            "{{size_nm|NTA show mean size 134,6 nm}} and concentration 3,8 × 10^10 particles/mL. Exosome express CD9 (92,1%), CD63 (88,4%) and CD81 (85,0%).",
            ("table", "Table 1", "BBB score of each group", {
                "orient": "cols", "days": [1, 3, 7, 14], "day_fmt": lambda d: f"D{d:g}",
                "groups": ["Sham", "SCI + NaCl 0,9% (control)", "SCI + hUCMSC-exosome (2 × 10^9 particles, intrathecal)"],
                "corner": "Group", "span": "BBB score (mean ± SD)",
                "marks": {("SCI + hUCMSC-exosome (2 × 10^9 particles, intrathecal)", 7): "a",
                          ("SCI + hUCMSC-exosome (2 × 10^9 particles, intrathecal)", 14): "b"},
                "foot": "a p < 0,05 vs control; b p < 0,01 vs control. Sham rats got laminectomy only."}),
            "BBB score of all SCI rats at day 1 were low. The exosome group start to improve at day 3 and significant at day 7 and 14 compare to control group (Table 1), the mean score in day 14 is {r:SCI + hUCMSC-exosome (2 × 10^9 particles, intrathecal)@14:bare} vs {r:SCI + NaCl 0,9% (control)@14:bare} (p = 0,008) and sham group was normal.",
            "TNF-α and IL-1β level in spinal cord tissue measured by ELISA at day 14 were lower in exosome group than control group (p < 0,05).",
        ]),
        ("discussion", "Discussion", [
            "This study show that single intrathecal injection of hUCMSC exosome improve BBB score of SCI rat. The improvement may related with {{mechanism|reduction of TNF-α and IL-1β}} which is the main proinflammatory cytokine in secondary injury [3,7].",
            "Other study that use intravenous 200 µg exosome also got similar result [5]. The limitation of this study is short observation time, only 14 days, and small sample.",
        ]),
    ],
    references=POOL[1:9],
    scores=RoughScores(outcome="BBB", err="sd", fmt="pm", groups=[
        ("Sham", "sham", 5), ("SCI + NaCl 0,9% (control)", "control", 5),
        ("SCI + hUCMSC-exosome (2 × 10^9 particles, intrathecal)", "treatment", 5)],
        values={"Sham": {1: (21.0, 0.0), 3: (21.0, 0.0), 7: (21.0, 0.0), 14: (21.0, 0.0)},
                "SCI + NaCl 0,9% (control)": {1: (0.4, 0.5), 3: (1.2, 0.8), 7: (2.6, 1.1), 14: (4.2, 1.3)},
                "SCI + hUCMSC-exosome (2 × 10^9 particles, intrathecal)": {1: (0.6, 0.5), 3: (2.0, 0.7), 7: (4.8, 1.0), 14: (7.8, 1.3)}}),
    back=[("Acknowledgment", "This research was funded by internal grant of the faculty (hibah penelitian dosen 2021).")],
    footnote=FOOTNOTE,
)

STUDIES = [NAIRWAL, ELSHARNOBY, NURSETYO]
