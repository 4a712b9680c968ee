"""Summit studies 5-7 (invented): Japan, South Africa (BBB in a plot only), Pakistan (landscape table)."""

from __future__ import annotations

from extgen.model import Scores, Study
from summitgen.common import NOTICE, TH, days, refs, series, wk_short

# ---------------------------------------------------------------------------------------------
# 5. Japan: terse, numbered subsections; DPSC exosomes into the lesion; TEM range; table by week (SD)
# ---------------------------------------------------------------------------------------------
_D5 = days(7, 14, 21, 28, 42, 56)
UCHIDA = Study(
    stem="uchida2019_hdpsc_exo_mascis_intralesional",
    layout="single",
    title="Local injection of human dental pulp stem cell-derived exosomes promotes angiogenesis and hindlimb "
          "recovery after spinal cord contusion in rats",
    short_title="DPSC exosomes injected into the lesion",
    authors=[("Haruka", "Uchida"), ("Kenta", "Morimoto"), ("Sayaka", "Onishi"), ("Takeshi", "Hirano")],
    affiliations=["Department of Orthopaedic Surgery, Kansai Graduate School of Medicine, Osaka, Japan",
                  "Department of Oral Biology, Kansai Graduate School of Dentistry, Osaka, Japan"],
    journal="Spine Regeneration Letters",
    year=2019,
    volume="5(2):77–89",
    doi="10.5555/srl.2019.0077",
    pmid="99210435",
    pmcid="PMC9921435",
    received="2019-04-02",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 180, "high": 200},
        "n_per_group": 7, "injury_model": "contusion", "injury_device": "MASCIS impactor", "injury_level": "T10",
        "source_tissue": "dental_pulp", "source_species": "human",
        "isolation_method": ["ultrafiltration", "ultracentrifugation"],
        "isolation_detail": "Amicon Ultra-15 100 kDa; 120,000 g 2 h",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD81", "TSG101"],
        "size_nm": {"value": None, "low": 40, "high": 120, "stat": None, "method": "TEM"},
        "dose": {"amount": 2e10, "unit": "particles", "volume_ul": 5, "basis": "particles"},
        "route": "intralesional", "route_detail": "lesion epicentre",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0,
        "mechanism": "angiogenesis via HIF-1α/VEGF",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Purpose", "To examine the effect of exosomes from human dental pulp stem cells (DPSC-Exo) injected into "
         "the contused spinal cord."),
        ("Methods", "SD rats received a MASCIS contusion; DPSC-Exo or PBS was injected into the lesion immediately. "
         "BBB scores were recorded for 8 weeks, and vessels were counted."),
        ("Results", "At week 8 the BBB score was {bbb:DPSC-Exo@56} (DPSC-Exo) vs {bbb:Vehicle@56} (vehicle). "
         "CD31-positive vessels and VEGF increased."),
        ("Conclusion", "DPSC-Exo promote angiogenesis and recovery."),
    ],
    keywords=["dental pulp stem cells", "exosome", "spinal cord injury", "angiogenesis"],
    sections=[
        ("intro", "1. Introduction", [
            "After spinal cord injury (SCI), the loss of microvessels at the lesion leads to ischaemia and "
            "secondary damage [1]. Stem cells from dental pulp are easy to obtain from extracted teeth and secrete "
            "angiogenic factors. Exosomes, 40–160 nm vesicles of endosomal origin [2], may mediate this. We tested "
            "local injection of DPSC-Exo in rat SCI.",
        ]),
        ("methods", "2. Materials and methods", [
            ("h", "2.1. Animals"),
            "{{species,strain,sex|Female SD rats}} (8 weeks, {{body_weight_g|180–200 g}}; n = 28) were used. "
            "{{reported_welfare_compliance|The protocol was approved by the Animal Experiment Committee of Kansai "
            "Graduate School of Medicine (No. 30-0412) and followed the Guidelines for Proper Conduct of Animal "
            "Experiments}}. Groups: sham, vehicle, DPSC-Exo ({{n_per_group|n = 7 each}}); 7 rats were used for "
            "vessel perfusion.",
            ("h", "2.2. SCI"),
            "Under 2.5% isoflurane, laminectomy was done at the {{injury_level|tenth thoracic vertebra}}. "
            "{{injury_model,injury_device|Contusion was made with the MASCIS impactor}} (10 g, 12.5 mm).",
            ("h", "2.3. DPSC and exosomes"),
            "{{source_tissue,source_species|DPSCs were obtained from extracted third molars of healthy donors}} "
            "(age 18–25 years) with informed consent. Passage 3–5 cells were cultured in serum-free medium for "
            "48 h. Culture supernatant was centrifuged (300 × g 10 min, 2" + TH + "000 × g 20 min), filtered "
            "(0.22 µm), concentrated with {{isolation_method,isolation_detail|Amicon Ultra-15 100 kDa}} filters "
            "and ultracentrifuged at {{isolation_method,isolation_detail|120" + TH + "000 × g for 2 h}} (Optima "
            "XE-90). The pellet was suspended in PBS.",
            ("h", "2.4. Characterization"),
            "{{characterization|TEM}} (JEM-1400), {{characterization|NTA}} (NanoSight LM10) and "
            "{{characterization|western blot}} ({{markers|CD9, CD81, TSG101}}) were performed. Antibodies were "
            "mouse monoclonal (1:500).",
            ("h", "2.5. Injection"),
            "{{frequency,timing_post_injury_h|Immediately after contusion}}, DPSC-Exo "
            "({{dose|2.0 × 10<sup>10</sup> particles/5 µL}}) were {{route,route_detail|injected into the lesion "
            "epicentre}} with a Hamilton syringe (depth 1.0 mm, 1 µL/min). The vehicle group received 5 µL PBS.",
            ("h", "2.6. Behavior"),
            "BBB scale and BBB subscore were assessed at 1, 2, 3, 4, 6 and 8 weeks "
            "{{reported_blinded_assessment|by two blinded examiners}}. Inclined plane test was done at week 8.",
            ("h", "2.7. Histology"),
            "CD31 and VEGF were stained at week 8; HIF-1α was measured by western blot at day 3.",
            ("h", "2.8. Statistics"),
            "Mean ± SD. Two-way ANOVA with Tukey–Kramer test. P < 0.05.",
        ]),
        ("results", "3. Results", [
            ("h", "3.1. Exosomes"),
            "TEM showed cup-shaped vesicles; {{size_nm|their diameters ranged from 40 to 120 nm}}. NTA gave "
            "3.1 × 10<sup>11</sup> particles/mL. CD9, CD81 and TSG101 were positive.",
            ("h", "3.2. Locomotion"),
            "BBB scores are shown in Table 1. The DPSC-Exo group was higher than vehicle from week 3. At week 8, "
            "BBB subscore was 6.8 ± 1.9 vs 3.1 ± 1.4 and inclined plane angle 47.5 ± 3.2° vs 39.8 ± 2.9°.",
            ("table", "Table 1", "BBB score (mean ± SD).",
             {"orient": "cols", "days": _D5, "groups": ["Sham", "Vehicle", "DPSC-Exo"], "day_fmt": wk_short,
              "corner": "", "foot": "w, weeks after injury. Sham, n = 7; vehicle, n = 7; DPSC-Exo, n = 7."}),
            ("h", "3.3. Angiogenesis"),
            "CD31-positive vessels around the lesion increased 1.9-fold, and HIF-1α and VEGF increased at day 3.",
        ]),
        ("discussion", "4. Discussion", [
            "Local DPSC-Exo improved recovery, and the data suggest {{mechanism|angiogenesis via the HIF-1α/VEGF "
            "pathway}}. Intralesional injection gives high local concentration but needs open surgery; "
            "intravenous exosomes (100 µg) improved BBB by about 3 points in another report [5]. SHED-derived "
            "exosomes were 80–100 nm by NTA [4]. Limitations: one dose, female rats only.",
        ]),
    ],
    references=refs(0, 1, 3, 4, 5),
    scores=Scores(
        outcome="BBB", err="sd",
        groups=[("Sham", "sham", 7), ("Vehicle", "control", 7), ("DPSC-Exo", "treatment", 7)],
        values={
            "Sham": series(_D5, [(21.0, 0.0)] * 6),
            "Vehicle": series(_D5, [(2.1, 0.9), (4.0, 1.2), (5.3, 1.3), (6.2, 1.4), (7.0, 1.5), (7.4, 1.6)]),
            "DPSC-Exo": series(_D5, [(2.5, 1.0), (4.9, 1.3), (7.1, 1.4), (8.6, 1.6), (9.7, 1.7), (10.4, 1.8)]),
        },
    ),
    back=[("Conflict of interest", "{{reported_conflict_of_interest|The authors have no conflicts of interest "
           "to declare}}."),
          ("Acknowledgements", "We thank the Kansai animal facility staff.")],
    footnote=NOTICE,
)

# ---------------------------------------------------------------------------------------------
# 6. South Africa: British spelling; placental MSC EVs by penile vein twice; BBB only in a line plot
# ---------------------------------------------------------------------------------------------
_D6 = days(7, 14, 21, 28, 35, 42)
VANDERMERWE = Study(
    stem="vandermerwe2023_hpmsc_ev_hemisection_penile",
    layout="twocol",
    title="Placental mesenchymal stromal cell extracellular vesicles preserve the blood–spinal cord barrier after "
          "lateral hemisection in rats",
    short_title="Placental MSC EVs and the blood–spinal cord barrier",
    authors=[("Anri", "van der Merwe"), ("Sipho", "Dlamini-Botha"), ("Charlotte", "Naidoo"), ("Pieter", "Joubert")],
    affiliations=["Division of Neurosurgery, Cape Peninsula Faculty of Health Sciences, Cape Town, South Africa",
                  "Stem Cell Research Unit, Highveld Institute for Regenerative Medicine, Johannesburg, South Africa"],
    journal="African Journal of Experimental Neuroscience",
    year=2023,
    volume="31:e114",
    doi="10.5555/ajen.2023.114",
    pmid="99210436",
    pmcid="PMC9921436",
    received="2023-07-14",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 250, "high": 280},
        "n_per_group": 10, "injury_model": "hemisection", "injury_level": "T11",
        "injury_device": "iridectomy scissors",
        "source_tissue": "placenta", "source_species": "human",
        "isolation_method": ["ultrafiltration", "size_exclusion"],
        "isolation_detail": "Vivaspin 20 100 kDa MWCO; Sepharose CL-2B",
        "characterization": ["NTA", "TEM", "flow_cytometry"], "markers": ["CD9", "CD63", "CD81"],
        "size_nm": {"value": 141.0, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 50, "unit": "ug", "volume_ul": 300, "basis": "protein"},
        "route": "intravenous", "route_detail": "penile vein",
        "frequency": {"doses": 2, "interval_h": 168}, "timing_post_injury_h": 2,
        "mechanism": "preservation of blood–spinal cord barrier tight junctions",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Disruption of the blood–spinal cord barrier (BSCB) amplifies secondary injury. We asked whether "
         "extracellular vesicles (EVs) from human placental mesenchymal stromal cells (hPMSCs), given "
         "intravenously, limit BSCB leakage after a lateral hemisection. Rats received two injections of EVs or "
         "vehicle, two hours and one week after injury. EV-treated rats had less Evans blue extravasation, higher "
         "occludin and ZO-1 levels and better open-field locomotion over six weeks."),
    ],
    keywords=["extracellular vesicles", "placenta", "hemisection", "blood–spinal cord barrier", "tight junctions"],
    sections=[
        ("intro", "Introduction", [
            "Within hours of a spinal cord injury the endothelial tight junctions begin to open, and plasma "
            "proteins and leucocytes enter the parenchyma [6]. Restoring barrier function early is therefore an "
            "attractive target.",
            "Placental stromal cells are abundant, ethically uncontroversial and strongly immunomodulatory. Their "
            "extracellular vesicles, typically 50–200 nm in size [2], have been reported to stabilise endothelial "
            "monolayers in vitro, but their effect on the injured cord's vasculature has not been characterised.",
        ]),
        ("methods", "Methods", [
            ("h", "Animals and design"),
            "Adult {{species,strain,sex|male Sprague–Dawley rats}} weighing {{body_weight_g|250 to 280 g}} were "
            "bred in-house. {{reported_welfare_compliance|The Animal Research Ethics Committee of the Cape "
            "Peninsula Faculty of Health Sciences approved all procedures (AREC 022/2021)}}, which complied with "
            "the South African National Standard for the care of animals for scientific purposes. "
            "{{reported_randomisation|Animals were randomised to treatment using sealed envelopes}}, "
            "{{n_per_group|ten per group}}; six further animals per group were used for the barrier assays.",
            ("h", "Hemisection"),
            "Under isoflurane anaesthesia and with meloxicam (1 mg/kg) analgesia, a dorsal laminectomy exposed the "
            "cord and a {{injury_model,injury_level|right lateral hemisection was made at T11}} with "
            "{{injury_device|iridectomy scissors}}, confirmed under the microscope. Sham animals underwent laminectomy alone.",
            ("h", "Cells and EV preparation"),
            "{{source_tissue,source_species|hPMSCs were isolated from the chorionic villi of term placentas}} "
            "donated after elective caesarean section (ethics reference HREC 311/2019). Cells at passages 3–6 were "
            "conditioned in serum-free medium for 48 h. After removal of cells and debris (500 × g, 10 min; "
            "4" + TH + "000 × g, 20 min) the medium was concentrated on {{isolation_method,isolation_detail|Vivaspin "
            "20 concentrators (100 kDa MWCO)}} and EVs were separated from soluble protein by "
            "{{isolation_method,isolation_detail|size-exclusion chromatography on Sepharose CL-2B}} (10 ml bed). "
            "EV-rich fractions were pooled and the protein content measured with a micro-BCA kit.",
            "EVs were characterised by {{characterization|nanoparticle tracking analysis}} (NanoSight NS500), "
            "{{characterization|transmission electron microscopy}}, and {{characterization|bead-based flow "
            "cytometry}} for the tetraspanins {{markers|CD9, CD63 and CD81}}.",
            ("h", "Treatment"),
            "Each animal received {{dose|50 µg EVs in 300 µl saline}} {{route,route_detail|into the dorsal "
            "penile vein}} under brief anaesthesia; vehicle animals received saline. "
            "{{frequency,timing_post_injury_h|The first injection was given 2 h after hemisection and the second "
            "7 days later}}.",
            ("h", "Outcome measures"),
            "Open-field locomotion was scored on the BBB scale weekly for six weeks "
            "{{reported_blinded_assessment|by an observer masked to treatment}}. BSCB permeability was measured "
            "by Evans blue extravasation at 24 h and tight-junction proteins by western blotting (rabbit "
            "anti-occludin, mouse anti-ZO-1).",
            ("h", "Statistics"),
            "Data are presented as mean ± SEM and were analysed with two-way repeated-measures ANOVA and Šidák's "
            "test in R 4.2.",
        ]),
        ("results", "Results", [
            "The {{size_nm|EVs had a mean size of 141 nm by NTA}}, showed the expected cup-shaped morphology and "
            "were positive for all three tetraspanins.",
            "EV treatment reduced Evans blue extravasation at 24 h by 42% and preserved occludin and ZO-1. "
            "Hindlimb function on the injured side recovered faster in EV-treated rats from the second week, and "
            "the difference from vehicle persisted to six weeks (Figure 3).",
            ("figure", "Figure 3", "BBB scores of the ipsilateral hindlimb over six weeks after hemisection "
             "(mean ± SEM; n = 10 per group). EV, extracellular vesicles.",
             {"days": _D6, "groups": ["Vehicle", "hPMSC-EV"], "x": "weeks"}),
        ]),
        ("discussion", "Discussion", [
            "Two intravenous doses of placental EVs stabilised the barrier and improved function, consistent with "
            "{{mechanism|preservation of blood–spinal cord barrier tight junctions}}. Other groups found that "
            "umbilical cord EVs at 100 µg restored BBB scores to around 10 after contusion [5,13]; hemisection "
            "produces a milder, unilateral deficit, so absolute values are not comparable.",
        ]),
    ],
    references=refs(1, 4, 5, 12, 17),
    scores=Scores(
        outcome="BBB", err="sem",
        groups=[("Vehicle", "control", 10), ("hPMSC-EV", "treatment", 10)],
        values={
            "Vehicle": series(_D6, [(8.1, 0.6), (10.2, 0.6), (11.6, 0.7), (12.5, 0.7), (13.0, 0.7), (13.3, 0.8)]),
            "hPMSC-EV": series(_D6, [(8.6, 0.6), (11.9, 0.7), (13.8, 0.7), (15.0, 0.7), (15.7, 0.8), (16.1, 0.8)]),
        },
    ),
    back=[("Declaration of interests", "{{reported_conflict_of_interest|The authors declare no competing "
           "interests}}."),
          ("Ethics", "Animal work: AREC 022/2021; human tissue: HREC 311/2019.")],
    notes=["BBB is reported only in a line plot (Figure 3): no numeric scores in text or tables."],
    footnote=NOTICE,
)


STUDIES = [UCHIDA, VANDERMERWE]
