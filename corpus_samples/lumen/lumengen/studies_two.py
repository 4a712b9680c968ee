# ruff: noqa: ISC004  (prose is written as implicitly concatenated strings inside the records)
"""Three lumen studies (everything invented): Japanese preprint, Chilean and Ukrainian labs."""

from __future__ import annotations

from extgen.common import FOOTNOTE, MU, NB, POOL, TH, day_fmt, flat, wk_fmt
from extgen.model import Scores, Study

# ---------------------------------------------------------------------------------------------
# 4. Tsuruta 2020 (own "preprint" layout): miR-21-5p-overexpressing hBMSC exosomes vs native
#    exosomes, weight-drop contusion, femoral vein weekly x4 from 2 h; tables and legends after
#    the references; BBB table (SD) + numbers in a figure legend. Traps: total n = 48, MOI,
#    pentobarbital dose, week-0 baseline in words, in-vitro 10 µg/mL, weeks vs days.
# ---------------------------------------------------------------------------------------------
_D4 = [7.0, 14.0, 28.0, 42.0, 56.0]
TSURUTA = Study(
    stem="tsuruta2020_mir21_hbmsc_exo_weightdrop_femoral_preprint",
    layout="preprint",
    title="Exosomes from miR-21-5p-overexpressing human bone marrow mesenchymal stem cells promote "
          "functional recovery after spinal cord injury by targeting PTEN",
    short_title="miR-21-5p exosomes in rat SCI",
    authors=[("Kenta", "Tsuruta"), ("Ayaka", "Morishige"), ("Hiroshi", "Ubukata"), ("Naoko", "Kanzaki"),
             ("Takeshi", "Ishiguro")],
    affiliations=["Department of Orthopaedic Surgery, Setouchi Medical University, Okayama, Japan",
                  "Division of Cell Therapy, Hokuriku Institute for Regenerative Medicine, Kanazawa, Japan"],
    journal="Journal of Spinal Regeneration",
    year=2020,
    volume="e2020-118",
    doi="10.5555/jspreg.2020.118",
    pmid="99100144",
    pmcid="PMC9910144",
    received="2020-06-09",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male", "body_weight_g": {"low": 240, "high": 260},
        "n_per_group": 12, "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T10",
        "source_tissue": "bone_marrow", "source_species": "human", "modification": "miR-21-5p overexpression",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "120,000 g 90 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "CD81", "TSG101"],
        "size_nm": {"value": 108.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 500, "basis": "protein"},
        "route": "intravenous", "route_detail": "femoral vein",
        "frequency": {"doses": 4, "interval_h": 168}, "timing_post_injury_h": 2,
        "mechanism": "miR-21-5p targeting PTEN and activating PI3K/AKT signalling",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "MicroRNA-21-5p (miR-21-5p) limits apoptosis in several injury models. We engineered human "
         "bone marrow mesenchymal stem cells (hBMSCs) to overexpress miR-21-5p and collected their exosomes "
         "(miR-21-Exo). Rats with a weight-drop contusion at T10 received miR-21-Exo, native exosomes (Exo) or "
         "PBS through the femoral vein once a week for four weeks. At 8 weeks, miR-21-Exo rats had higher BBB "
         "scores ({bbb:miR-21-Exo@56}) than PBS-treated rats ({bbb:SCI + PBS@56}), lower PTEN and higher "
         "phosphorylated AKT in the lesion. Engineered exosomes may extend the window of exosome therapy."),
    ],
    keywords=["miR-21-5p", "exosome", "PTEN", "spinal cord injury", "bone marrow"],
    sections=[
        ("intro", "Introduction", [
            "After spinal cord injury (SCI), neurons and oligodendrocytes continue to die for weeks through "
            "apoptosis [3]. Exosomes (40–160 nm extracellular vesicles) derived from mesenchymal stem cells "
            "(MSCs) transfer microRNAs that modulate these pathways [2,15].",
            "miR-21-5p represses the phosphatase PTEN and thus activates PI3K/AKT survival signalling [15]. "
            "Loading exosomes with a chosen microRNA by overexpressing it in the parent cells is an "
            "established strategy [5]. We asked whether miR-21-5p-enriched exosomes outperform native "
            "exosomes after contusion.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals and study design"),
            "{{reported_welfare_compliance|All animal procedures were approved by the Institutional Animal Care "
            "and Use Committee of Setouchi Medical University (No. 2019-0412)}}. Forty-eight adult "
            "{{sex,species,strain|male Wistar rats}} (8 weeks old, weighing {{body_weight_g|240–260 g}}) were "
            "{{reported_randomisation|randomly divided into four groups using a random number table}} "
            "({{n_per_group|n = 12 each}}): Sham, SCI + PBS, Exo and miR-21-Exo.",
            ("h", "Cell culture and lentiviral transduction"),
            "{{source_species,source_tissue|Human bone marrow mesenchymal stem cells (hBMSCs)}} were purchased "
            "from a cell bank and cultured in MSC growth medium. At passage 4, cells were "
            "{{modification|transduced with a lentivirus overexpressing miR-21-5p}} (MOI = 20) or with an "
            "empty control vector, and selected with puromycin (2 µg/mL).",
            ("h", "Exosome isolation and characterisation"),
            "Culture supernatant collected over 48 h in exosome-free medium was centrifuged at 500 g (10 min), "
            "2,000 g (20 min) and 10,000 g (40 min), then "
            "{{isolation_method,isolation_detail|ultracentrifuged at 120,000 g for 90 min at 4 °C}} "
            "(Beckman SW32 Ti). Exosomes were observed by {{characterization|TEM}}, sized by "
            "{{characterization|NanoSight NTA}} and identified by {{characterization|western blot}} for "
            "{{markers|CD63, CD81 and TSG101}}.",
            ("h", "SCI model"),
            "Rats were anaesthetised with sodium pentobarbital (50 mg/kg, i.p.). After "
            "{{injury_level|laminectomy at the T10 level}}, "
            "{{injury_model,injury_device|a contusion was made by dropping a 10-g weight from 25 mm (modified "
            "Allen's weight-drop method)}}. Sham animals underwent laminectomy only.",
            ("h", "Exosome administration"),
            f"{{{{dose,route,route_detail,timing_post_injury_h|Two hours after SCI, exosomes (100 {MU}g in "
            f"500 {MU}L PBS) were injected through the femoral vein}}}}, "
            "{{frequency|and the injection was repeated once a week for 4 weeks}}. SCI + PBS rats received "
            f"500 {MU}L PBS.",
            ("h", "Behavioural evaluation"),
            "Locomotor function was assessed using the BBB scale before injury and 1, 2, 4, 6 and 8 weeks "
            "after injury {{reported_blinded_assessment|by two investigators blinded to the groups}}. All "
            "rats scored the maximum before injury.",
            ("h", "Statistics"),
            "Results are shown as mean ± standard deviation (SD). One-way ANOVA followed by Tukey's test was "
            "used; P < 0.05 was significant.",
        ]),
        ("results", "Results", [
            ("h", "miR-21-5p is enriched in miR-21-Exo"),
            "TEM showed cup-shaped vesicles. {{size_nm|NTA showed a peak at 108 nm}} for miR-21-Exo and "
            "at 104 nm for Exo. miR-21-5p was 11.6-fold higher in miR-21-Exo than in Exo by qPCR. In PC12 "
            "cells, 10 µg/mL miR-21-Exo lowered PTEN protein by 48%.",
            ("h", "miR-21-Exo improve hindlimb function"),
            "BBB scores are listed in Table 1 and plotted in Figure 2. Both exosome groups scored higher than "
            "the SCI + PBS group from week 2; miR-21-Exo exceeded native Exo from week 4 "
            "({bbb:miR-21-Exo@28} vs {bbb:Exo@28}, P < 0.05).",
            ("table", "Table 1", "BBB scores of each group at each time point (mean ± SD, n = 12).", {
                "orient": "cols", "days": _D4, "groups": ["SCI + PBS", "Exo", "miR-21-Exo"],
                "day_fmt": wk_fmt, "corner": "Group",
                "foot": "Sham rats walked normally and are not shown. * P < 0.05 vs Exo.",
            }),
            ("figure", "Figure 2", "Time course of BBB scores. At 8 weeks the scores were "
             "{bbb:miR-21-Exo@56} (miR-21-Exo), {bbb:Exo@56} (Exo) and {bbb:SCI + PBS@56} (SCI + PBS); mean "
             "± SD, n = 12 per group.", {"days": _D4, "groups": ["SCI + PBS", "Exo", "miR-21-Exo"], "x": "weeks"}),
            ("h", "PTEN/AKT signalling"),
            "At week 1, PTEN protein in the lesion was reduced and p-AKT/AKT increased in the miR-21-Exo group "
            "compared with Exo and PBS groups.",
        ]),
        ("discussion", "Discussion", [
            "miR-21-Exo improved recovery beyond native exosomes, and the data support "
            "{{mechanism|miR-21-5p targeting PTEN and activating PI3K/AKT signalling}} as one mechanism.",
            "Exosomes from other sources given at 200 µg as a single dose raised BBB scores to about 10 at "
            "four weeks [5,11]; our weekly regimen reached similar values with half the dose per injection.",
        ]),
    ],
    back=[
        ("Competing Interest Statement", "{{reported_conflict_of_interest|The authors have declared no competing "
         "interest.}}"),
        ("Funding", "JSPS-like Grant-in-Aid (invented), no. 19K0000."),
    ],
    references=POOL[:6] + POOL[10:],
    scores=Scores("BBB", "sd", [("SCI + PBS", "control", 12), ("Exo", "other", 12), ("miR-21-Exo", "treatment", 12)], {
        "SCI + PBS": flat("SCI + PBS", _D4, [(1.9, 0.9), (4.3, 1.2), (6.6, 1.5), (7.8, 1.6), (8.4, 1.5)]),
        "Exo": flat("Exo", _D4, [(2.2, 1.0), (5.8, 1.3), (8.5, 1.4), (10.1, 1.6), (10.9, 1.7)]),
        "miR-21-Exo": flat("miR-21-Exo", _D4, [(2.4, 1.1), (6.5, 1.4), (10.2, 1.5), (12.6, 1.4), (13.8, 1.3)]),
    }),
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------------
# 5. Obregón 2023: human placenta MSC exosomes (unmodified), TFF + UC, MASCIS at T9-T10,
#    two tail-vein doses (1 h and 24 h), dose-ranging 50 vs 150 µg (150 µg primary), BBB table
#    groups down the side (SD) + "mean (SD)" in text. Traps: low dose, Hz/kdyn numbers,
#    total 35 rats, tramadol, discussion BBB numbers of other studies, exclusions.
# ---------------------------------------------------------------------------------------------
_D5 = [3.0, 7.0, 14.0, 21.0, 28.0]
OBREGON = Study(
    stem="obregon2023_hpmsc_exo_mascis_tailvein_twodose",
    layout="single",
    title="Dose-dependent effects of intravenous placental mesenchymal stromal cell exosomes on locomotor "
          "recovery and spinal cord angiogenesis after contusion injury in rats",
    short_title="Placental MSC exosomes, dose and SCI",
    authors=[("Valentina", "Obregón"), ("Matías", "Cifuentes"), ("Josefa", "Araya Lagos"),
             ("Ignacio", "Venegas"), ("Camila", "Sepúlveda")],
    affiliations=["Laboratorio de Neurorreparación, Universidad del Pacífico Sur, Valparaíso, Chile",
                  "Centro de Terapias Avanzadas, Hospital Clínico Andino, Santiago, Chile"],
    journal="Revista Latinoamericana de Neurociencia Experimental",
    year=2023,
    volume="31(4):405–419",
    doi="10.5555/rlne.2023.31.4.405",
    pmid="99100145",
    pmcid="PMC9910145",
    received="2023-03-22",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 280, "high": 320},
        "n_per_group": 7, "injury_model": "contusion", "injury_device": "MASCIS impactor",
        "injury_level": "T9-T10", "source_tissue": "placenta", "source_species": "human", "modification": "none",
        "isolation_method": ["tangential_flow", "ultracentrifugation"], "isolation_detail": "110,000 g 2 h",
        "characterization": ["NTA", "TEM", "western_blot"],
        "markers": ["CD9", "CD63", "TSG101", "Alix", "GM130"],
        "size_nm": {"value": 132.5, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 150, "unit": "ug", "volume_ul": 300, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 2, "interval_h": 24}, "timing_post_injury_h": 1,
        "mechanism": "VEGF-mediated angiogenesis and blood-spinal cord barrier repair",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Introduction", "Exosomes from placental mesenchymal stromal cells (PMSC-Exos) are easy to produce at "
         "scale, but their dose-response after spinal cord injury (SCI) is unknown."),
        ("Methods", "Male Sprague-Dawley rats received a MASCIS contusion (10 g, 12.5 mm) and two tail-vein "
         "injections of PMSC-Exos at 50 µg or 150 µg, or PBS. Locomotion (BBB) was scored for 28 days."),
        ("Results", "The 150 µg dose improved BBB scores at day 28 to {bbb:Exo-150@28|paren} versus "
         "{bbb:PBS@28|paren} with PBS; the 50 µg dose had an intermediate effect. Vessel density and "
         "Evans blue leakage improved in parallel."),
        ("Conclusions", "PMSC-Exos act in a dose-dependent way after SCI."),
    ],
    keywords=["placenta", "exosomes", "dose-response", "angiogenesis", "BBB score"],
    sections=[
        ("intro", "Introduction", [
            "Spinal cord injury (SCI) in Latin America is mostly caused by traffic accidents and falls, and "
            "most patients are young men [1]. Disruption of the blood–spinal cord barrier and loss of "
            "microvessels aggravate secondary damage [6,16].",
            "Mesenchymal stromal cell exosomes (30–150 nm) promote angiogenesis in several tissues [2]. Placental "
            "MSCs proliferate rapidly and are obtained without invasive procedures, but the few SCI studies of "
            "their exosomes used a single dose level [11]. We compared two doses.",
        ]),
        ("methods", "Methods", [
            ("h", "Animals"),
            "Thirty-five {{sex,species,strain|adult male Sprague-Dawley rats}} weighing "
            "{{body_weight_g|between 280 and 320 g}} were obtained from the university animal facility. "
            "{{reported_welfare_compliance|The protocol was approved by the Institutional Committee for the "
            "Care and Use of Animals (CICUA-UPS 2021-07)}} and complied with the ARRIVE guidelines.",
            "{{reported_sample_size_calculation|The sample size was estimated from a pilot study (expected "
            "difference of 3 BBB points, SD 1.8, α = 0.05, power 0.9)}}, which gave "
            "{{n_per_group|seven rats per group}}. {{reported_randomisation|Rats were allocated by block "
            "randomisation}} to five groups: Sham, SCI, PBS, Exo-50 and Exo-150.",
            ("h", "Isolation of exosomes"),
            "{{source_species,source_tissue|PMSCs were isolated from human term placentas}} (chorionic villi) "
            "donated after informed consent and used between passages 3 and 6. "
            "{{modification|Unmodified PMSCs were used; no priming or genetic manipulation was applied.}} "
            "Serum-free conditioned medium (5 L) was clarified, "
            "{{isolation_method|concentrated by tangential flow filtration}} (300 kDa cassette) and "
            f"{{{{isolation_method,isolation_detail|ultracentrifuged at 110{NB}000 ×g for 2 h}}}}. "
            "Exosome protein was quantified by BCA.",
            "Exosomes were analysed by {{characterization|NTA}} (NanoSight LM10), "
            "{{characterization|transmission electron microscopy}} and "
            "{{characterization|Western blot}} for {{markers|CD9, CD63, TSG101 and Alix}}; "
            "{{markers|GM130}} was used as a negative marker.",
            ("h", "Contusion and treatment"),
            "Under isoflurane anaesthesia, a {{injury_level|laminectomy was performed at T9–T10}} and "
            "{{injury_model,injury_device|a moderate contusion was induced with the MASCIS impactor}} "
            "(10 g, 12.5 mm). Tramadol (5 mg/kg) was given for 72 h. SCI rats received no injection.",
            f"{{{{dose,route,route_detail|PMSC-Exos (150 {MU}g in 300 {MU}L PBS; Exo-150) were injected into "
            f"the lateral tail vein}}}} {{{{timing_post_injury_h,frequency|1 h after injury and again 24 h "
            f"later}}}}. The Exo-50 group received 50 {MU}g on the same schedule and the PBS group 300 {MU}L PBS.",
            ("h", "Outcome assessment"),
            "The BBB scale was applied on days 3, 7, 14, 21 and 28 {{reported_blinded_assessment|by two "
            "evaluators blinded to treatment}}. Two rats (one PBS, one Exo-50) died before day 3 and were "
            "replaced. Data are mean (SD); two-way ANOVA with Sidak's test.",
        ]),
        ("results", "Results", [
            "{{size_nm|The mean diameter by NTA was 132.5 ± 4.1 nm}}; TEM showed round vesicles of 60–140 nm. "
            "All four markers were present, and GM130 was absent.",
            "Injured rats had flaccid hindlimbs on day 3. Exo-150 separated from PBS at day 14 "
            "({bbb:Exo-150@14|paren} vs {bbb:PBS@14|paren}); Exo-50 did not differ from PBS until day 28 "
            "({bbb:Exo-50@28|paren}). Full data are in Table 3. Untreated SCI and PBS groups did not differ.",
            ("table", "Table 3", "Open-field locomotor (BBB) scores, mean ± SD; n = 7 per group.", {
                "orient": "cols", "days": _D5, "groups": ["Sham", "SCI", "PBS", "Exo-50", "Exo-150"],
                "day_fmt": day_fmt, "corner": "Group",
            }),
            "Exo-150 increased CD31-positive vessels by 62% and reduced Evans blue extravasation by 41% at "
            "day 7.",
        ]),
        ("discussion", "Discussion", [
            "Two intravenous doses of 150 µg PMSC-Exos improved locomotion more than 50 µg, supporting "
            "{{mechanism|VEGF-mediated angiogenesis and blood-spinal cord barrier repair}}. In a previous "
            "study, 100 µg of umbilical cord exosomes gave a day-28 BBB score of 9.8 ± 1.2 [11], and intrathecal "
            "placental vesicles at 2 × 10^9 particles reached 8.5 [8].",
            "The absence of female rats and of a dose above 150 µg limits the conclusions.",
        ]),
    ],
    back=[
        ("Ethics approval", "Approved by CICUA-UPS (protocol 2021-07)."),
        ("Conflicts of interest", "{{reported_conflict_of_interest|The authors declare no conflicts of "
         "interest.}}"),
    ],
    references=POOL[:2] + POOL[5:12] + POOL[15:],
    scores=Scores("BBB", "sd", [("Sham", "sham", 7), ("SCI", "control", 7), ("PBS", "control", 7),
                                ("Exo-50", "other", 7), ("Exo-150", "treatment", 7)], {
        "Sham": flat("Sham", _D5, [(21.0, 0.0)] * 5),
        "SCI": flat("SCI", _D5, [(0.9, 0.6), (2.7, 1.0), (5.1, 1.3), (6.4, 1.4), (7.0, 1.5)]),
        "PBS": flat("PBS", _D5, [(1.0, 0.7), (2.9, 1.1), (5.3, 1.2), (6.6, 1.3), (7.3, 1.4)]),
        "Exo-50": flat("Exo-50", _D5, [(1.1, 0.6), (3.4, 1.2), (6.2, 1.4), (7.9, 1.5), (8.9, 1.6)]),
        "Exo-150": flat("Exo-150", _D5, [(1.2, 0.8), (4.1, 1.1), (7.8, 1.3), (9.9, 1.5), (11.6, 1.4)]),
    }),
    footnote="Correspondence: v.obregon@ups.example. " + FOOTNOTE,
)

# ---------------------------------------------------------------------------------------------
# 6. Kovalenko 2018: human menstrual-blood MSC exosomes on a sucrose cushion, complete
#    transection at T10, 20 µg intralesional immediately after transection, single dose; BBB in a
#    line plot over 8 weeks with the week-8 values in the legend and week-4 values in the text
#    (SEM). TEM range only. Traps: Tarlov-like second scale, DiI labelling dose, total n, body
#    weight loss, discussion numbers.
# ---------------------------------------------------------------------------------------------
_D6 = [7.0, 14.0, 28.0, 42.0, 56.0]
KOVALENKO = Study(
    stem="kovalenko2018_mensc_exo_transection_intralesional",
    layout="twocol",
    title="Local delivery of menstrual blood-derived stem cell exosomes into the transected rat spinal cord "
          "limits cavity formation and supports modest locomotor recovery",
    short_title="MenSC exosomes in transection",
    authors=[("Olena", "Kovalenko"), ("Dmytro", "Savchuk"), ("Iryna", "Melnychenko"), ("Andriy", "Bondar")],
    affiliations=["Department of Neurosurgery and Cell Biology, Dnipro Regional Medical Academy, Dnipro, Ukraine",
                  "Laboratory of Cryobiology, Institute of Cell Preservation (invented), Kharkiv, Ukraine"],
    journal="Ukrainian Neuroscience Reports",
    year=2018,
    volume="3(1):27–38",
    doi="10.5555/unr.2018.0027",
    pmid="99100146",
    pmcid="PMC9910146",
    received="2017-10-30",
    values={
        "species": "rat", "strain": "Wistar", "sex": "female", "body_weight_g": {"low": 180, "high": 220},
        "n_per_group": 6, "injury_model": "transection", "injury_level": "T10",
        "source_tissue": "menstrual_blood", "source_species": "human",
        "isolation_method": ["ultracentrifugation", "density_gradient"],
        "isolation_detail": "30% sucrose cushion, 100,000 g 90 min",
        "characterization": ["TEM", "western_blot"], "markers": ["CD63", "TSG101"],
        "size_nm": {"value": None, "low": 40, "high": 120, "stat": None, "method": "TEM"},
        "dose": {"amount": 20, "unit": "ug", "volume_ul": 5, "basis": "protein"},
        "route": "intralesional", "route_detail": "lesion site",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0,
        "mechanism": "reduced cavity formation and glial scarring",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Complete spinal cord transection leaves a gap that few therapies can bridge. We injected "
         "exosomes from human menstrual blood-derived stem cells (MenSC-Exos) into both stumps of the "
         "transected rat cord immediately after injury and followed locomotion for 8 weeks. MenSC-Exos "
         "reduced the cystic cavity by about 40% and produced modest but significant gains on the BBB "
         "scale from week 4, without reaching weight-supported stepping."),
    ],
    keywords=["menstrual blood", "exosomes", "complete transection", "cavity", "BBB"],
    sections=[
        ("intro", "Introduction", [
            "Menstrual blood-derived stem cells (MenSCs) are collected non-invasively and share surface "
            "markers with bone marrow MSCs [2,9]. Their secreted vesicles, like other exosomes "
            "(30–100 nm), carry neurotrophic factors [15].",
            "Transection models remove any spared tissue bridge, so any recovery reflects local repair rather "
            "than sparing [10]. We asked whether MenSC-Exos placed directly in the lesion change outcome after "
            "complete transection.",
        ]),
        ("methods", "Materials and methods", [
            "{{reported_welfare_compliance|The experiments were carried out in accordance with the European "
            "Convention for the Protection of Vertebrate Animals and approved by the Bioethics Commission of "
            "Dnipro Regional Medical Academy (protocol 7/2016).}}",
            "{{sex,species,strain|Female Wistar rats}} weighing {{body_weight_g|180–220 g}} were divided into "
            "three groups: sham, transection + saline and transection + MenSC-Exos "
            "({{n_per_group|n = 6 in each group}}; 18 rats in total).",
            "{{source_species,source_tissue|MenSCs were isolated from menstrual blood of three healthy "
            "donors}} by Ficoll separation and plastic adherence. Conditioned medium was cleared of cells and "
            "debris, and exosomes were pelleted "
            f"{{{{isolation_method,isolation_detail|onto a 30% sucrose cushion at 100{TH}000 g for 90 min}}}}, "
            "washed in PBS and pelleted again. Exosomes were examined by "
            "{{characterization|electron microscopy}} and {{characterization|immunoblotting}} for "
            "{{markers|CD63 and TSG101}}. For tracking, a subset was labelled with DiI (5 µM).",
            "Rats were anaesthetised with chloral hydrate (300 mg/kg). After "
            "{{injury_level|T10 laminectomy}}, {{injury_model|the cord was completely transected with "
            "microscissors}} and the gap inspected to confirm that no fibres remained.",
            f"{{{{dose,route,route_detail,timing_post_injury_h,frequency|Immediately after transection, a "
            f"single injection of 20 {MU}g MenSC-Exos in 5 {MU}L PBS was made into the lesion site}}}} "
            "(2.5 µL into each stump, 1 mm from the cut, with a Hamilton syringe). Controls received saline.",
            "BBB scores were recorded weekly for 8 weeks {{reported_blinded_assessment|by two observers "
            "blinded to treatment}}; mean ± SEM. The combined behavioural score (CBS) was also recorded. "
            "Mann–Whitney U tests compared groups at each week.",
        ]),
        ("results", "Results", [
            "{{size_nm|TEM showed rounded vesicles 40–120 nm in diameter}} that were positive for CD63 and "
            "TSG101. DiI-labelled exosomes were found in both stumps 3 days after injection.",
            "After transection all rats lost hindlimb movement completely. The saline group showed only "
            "isolated joint movements over 8 weeks, whereas MenSC-Exos rats developed extensive movement of two "
            "joints. At week 4 the mean BBB score was {bbb:Transection + MenSC-Exos@28} after exosomes and "
            "{bbb:Transection + saline@28} after saline (P = 0.02). The CBS at week 8 was 68 ± 4 versus 81 ± 3 "
            "(lower is better).",
            ("figure", "Figure 3", "BBB open-field scores over 8 weeks after complete transection (mean ± SEM, "
             "n = 6). At week 8, Transection + MenSC-Exos {bbb:Transection + MenSC-Exos@56} vs "
             "Transection + saline {bbb:Transection + saline@56}; * P < 0.05.",
             {"days": _D6, "groups": ["Transection + saline", "Transection + MenSC-Exos"], "x": "weeks"}),
            "Cavity area at week 8 was 0.62 ± 0.08 mm² with saline and 0.37 ± 0.06 mm² with exosomes, and "
            "GFAP-positive scar thickness was reduced.",
        ]),
        ("discussion", "Discussion", [
            "Local MenSC-Exos produced a small functional gain after complete transection together with "
            "{{mechanism|reduced cavity formation and glial scarring}}. After contusion, MenSC exosomes given "
            "intravenously at 100 µg raised BBB scores to around 11 [5], but such values cannot be expected "
            "when no tissue bridge remains.",
        ]),
    ],
    back=[
        ("Conflict of interest statement", "{{reported_conflict_of_interest|The authors declare no conflict of "
         "interest.}}"),
    ],
    references=POOL[1:3] + POOL[4:5] + POOL[8:11] + POOL[14:],
    scores=Scores("BBB", "sem", [("Transection + saline", "control", 6), ("Transection + MenSC-Exos", "treatment", 6)], {
        "Transection + saline": flat("Transection + saline", _D6, [(0.2, 0.1), (0.7, 0.3), (1.3, 0.4), (1.6, 0.4), (1.8, 0.5)]),
        "Transection + MenSC-Exos": flat("Transection + MenSC-Exos", _D6, [(0.3, 0.2), (1.4, 0.4), (3.2, 0.6), (4.1, 0.7), (4.6, 0.7)]),
    }),
    notes=["BBB at weeks 1-8 is also plotted in Figure 3 (vector line plot); only the week-4 text values and "
           "the week-8 legend values are written as numbers and have gold rows."],
    footnote="Corresponding author: O. Kovalenko. " + FOOTNOTE,
)

STUDIES = [TSURUTA, OBREGON, KOVALENKO]
