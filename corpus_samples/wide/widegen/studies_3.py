"""Wide corpus, studies 6-7 (invented). Markup: see ``extgen.model`` and ``widegen.core``."""

from __future__ import annotations

from extgen.model import Scores

from widegen.core import WideStudy
from widegen.refs import NB, NOTICE, POOL


def _v(days: list[float], pairs: list[tuple[float, float]]) -> dict[float, tuple[float, float]]:
    return dict(zip(days, pairs, strict=True))


# ----------------------------------------------------------------------------- 6
WK = [7.0, 14.0, 21.0, 28.0, 35.0, 42.0]
FUJI = WideStudy(
    stem="fujimoto2018_hpmsc_exo_single_30min",
    layout="single",
    exercises="weekly BBB statements with 'mean (SD)' and group after the value, 'recovered to', week-6 values "
              "only in the figure legend (source text); single body weight; NYU T9 (T10 trap in intro); terse "
              "g ladder; 30 min tail vein; no modification stated",
    title="A single early dose of placental mesenchymal stem cell exosomes in thoracic spinal cord contusion",
    short_title="Placental MSC exosomes in SCI",
    authors=[("Haruka", "Fujimoto"), ("Daniel", "Okafor-Reyes"), ("Yuki", "Sato"), ("Marta", "Wiśniewska")],
    affiliations=["Department of Orthopaedic Surgery, Kinoura Medical College (invented)"],
    journal="Experimental Neurotherapeutics Letters",
    year=2018, volume="22:118–127", doi="10.5555/enl.2018.022.118", pmid="99200106", pmcid="PMC99200106",
    received="2018-04-03",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 210, "high": 210},
        "n_per_group": 8, "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T9",
        "source_tissue": "placenta", "source_species": "human",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "110,000 × g 2 h",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD9", "CD63", "CD81"],
        "size_nm": {"value": 127.0, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 200, "unit": "ug", "volume_ul": None, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein", "frequency": {"doses": 1, "interval_h": None},
        "timing_post_injury_h": 0.5, "mechanism": "activation of endogenous neural stem cells",
    },
    abstract=[
        (None, "Exosomes from human placental mesenchymal stem cells (hPMSCs) were injected once into the tail "
               "vein of rats 30 min after a thoracic contusion. Treated rats recovered hindlimb function faster "
               "than vehicle-treated rats and showed more SOX2-positive ependymal cells, suggesting "
               "{{mechanism|activation of endogenous neural stem cells}}."),
    ],
    keywords=["placenta", "exosomes", "neural stem cells", "contusion", "rat"],
    sections=[
        ("intro", "Introduction", [
            "The placenta is a plentiful, ethically uncomplicated source of mesenchymal stem cells [2]. Contusions "
            "in rats are usually centred on T10 [1], and most vesicle studies have given 100–200 µg once [5]. "
            "Placental vesicles have not been tested in this setting.",
        ]),
        ("methods", "Materials and Methods", [
            "<b>Animals.</b> {{species,strain,sex,body_weight_g|Female Sprague-Dawley rats (mean body weight "
            "210 g)}} were divided into sham, vehicle and PMSC-Exos groups ({{n_per_group|n = 8}}).",
            "<b>Exosomes.</b> {{source_tissue,source_species|hPMSCs were isolated from term placentas}} donated "
            "after caesarean delivery and used at passage 4. Exosome-free supernatant was spun at 2,000g/20 min "
            "and 10,000g/30 min, passed through a 0.22-µm filter and {{isolation_method,isolation_detail|"
            "ultracentrifuged at 110,000g for 2 h}} (twice). Exosomes were analysed by "
            "{{characterization|NTA}}, {{characterization|TEM}} and {{characterization,markers|western "
            "blotting (CD9, CD63, CD81)}}.",
            "<b>Injury and treatment.</b> Under isoflurane, the {{injury_level|T9}} lamina was removed and the "
            "{{injury_model,injury_device|cord was contused with an NYU impactor (10 g, 12.5 mm)}}. "
            "{{timing_post_injury_h,dose,route,route_detail,frequency|Thirty minutes post-injury, rats received "
            "a single tail-vein injection of 200 µg exosomes}} or the same volume of PBS.",
            "<b>BBB scoring.</b> Rats were scored weekly for six weeks. Values are mean (SD).",
        ]),
        ("results", "Results", [
            "Exosomes had a {{size_nm|mean size of 127 ± 4 nm}} (NTA) and expressed CD9, CD63 and CD81.",
            "At week 1, BBB scores were {o:PMSC-Exos@7|paren} in PMSC-Exos rats and {o:Vehicle@7|paren} in "
            "vehicle rats (P = 0.58). At week 2 the exosome group pulled ahead ({o:PMSC-Exos@14|paren} vs "
            "{o:Vehicle@14|paren}, P = 0.02), and by week 4 it had recovered to {o:PMSC-Exos@28|paren} while "
            "vehicle rats were at {o:Vehicle@28|paren}. Scores at weeks 3 and 5 followed the same pattern "
            "(Figure 2).",
            ("figure", "Figure 2", "BBB scores over six weeks (mean and SD). At 6 weeks: PMSC-Exos "
             "{o:PMSC-Exos@42|paren}; Vehicle {o:Vehicle@42|paren}; Sham {o:Sham@42|iparen}. *P < 0.05.",
             {"days": WK, "groups": ["Vehicle", "PMSC-Exos"], "x": "weeks"}),
        ]),
        ("discussion", "Discussion", [
            "Our effect size is similar to that reported for umbilical cord vesicles (BBB 11.9 vs 8.8 at six "
            "weeks [5]). Because vesicles were given once, 30 min after injury, the effect likely reflects "
            "early neuroprotection rather than sustained exposure.",
        ]),
    ],
    references=POOL[:6],
    scores=Scores(
        outcome="BBB", err="sd",
        groups=[("Sham", "sham", 8), ("Vehicle", "control", 8), ("PMSC-Exos", "treatment", 8)],
        values={
            "Sham": {42.0: (21.0, 0.0)},  # written only in the Figure 2 legend
            "Vehicle": _v(WK, [(2.9, 0.7), (4.6, 1.0), (5.9, 1.1), (6.8, 1.2), (7.3, 1.2), (7.7, 1.3)]),
            "PMSC-Exos": _v(WK, [(3.1, 0.8), (6.2, 1.1), (8.0, 1.2), (9.4, 1.3), (10.3, 1.2), (10.9, 1.4)]),
        },
    ),
    back=[("Ethics", "{{reported_welfare_compliance|Animal work complied with the national guidelines for "
                     "the care and use of laboratory animals and was approved by the college committee}}.")],
    footnote=NOTICE,
)
FUJI.values["reported_welfare_compliance"] = True

# ----------------------------------------------------------------------------- 7
DH = [1.0, 3.0, 7.0, 10.0, 14.0, 21.0, 28.0, 35.0, 42.0, 49.0, 56.0]
ARMS3 = [("Vehicle", "control"), ("Low", "other"), ("Mid", "other"), ("High", "treatment")]
HANSEN = WideStudy(
    stem="hansen2022_radsc_exo_doseranging_osu",
    layout="single", render="continued",
    exercises="table continued on the next page with repeated header, alternating running heads; three dose "
              "levels (primary = high), daily ×5 from 6 h, OSU impactor at T11, UC + Sepharose SEC, DLS "
              "Z-average, group names in a merged header with n, 'd1' labels (SEM)",
    title="Dose–response of rat adipose stromal cell exosomes after spinal cord contusion",
    short_title="Exosome dose–response in SCI",
    authors=[("Mette", "Hansen"), ("Arjun", "Raghavan"), ("Colette", "Brisebois"), ("Jakob", "Øvergaard")],
    affiliations=["Danish Spinal Research Unit, Jutland University Hospital (invented)",
                  "Department of Pharmacology, Jutland University (invented)"],
    journal="Journal of Spinal Pharmacology",
    year=2022, volume="12(4):401–419", doi="10.5555/jsp.2022.401", pmid="99200107", pmcid="PMC99200107",
    received="2022-06-30",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 230, "high": 270},
        "n_per_group": 10, "injury_model": "contusion", "injury_device": "OSU electromagnetic impactor",
        "injury_level": "T11", "source_tissue": "adipose", "source_species": "rat",
        "isolation_method": ["ultracentrifugation", "size_exclusion"],
        "isolation_detail": "100,000 × g 90 min; Sepharose CL-2B",
        "characterization": ["DLS", "TEM", "western_blot"], "markers": ["CD9", "CD63", "CD81", "TSG101", "calnexin"],
        "size_nm": {"value": 142.0, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 300, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein", "frequency": {"doses": 5, "interval_h": 24},
        "timing_post_injury_h": 6.0, "mechanism": "reduced blood–spinal cord barrier leakage",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True,
    },
    abstract=[
        ("Aims", "To define the dose–response of exosomes from rat adipose-derived stromal cells (rADSC-Exo) "
                 "given intravenously after spinal cord contusion."),
        ("Methods", "Female rats received vehicle or 25, 50 or 100 µg rADSC-Exo daily for five days; "
                    "locomotion was followed for eight weeks."),
        ("Results", "Recovery increased with dose; only 100 µg differed from vehicle at every time point "
                    "after day 10. Evans blue leakage fell with dose."),
        ("Conclusions", "rADSC-Exo act in a dose-dependent manner, possibly by "
                        "{{mechanism|reducing blood–spinal cord barrier leakage}}."),
    ],
    keywords=["dose–response", "adipose stromal cells", "exosomes", "blood–spinal cord barrier"],
    sections=[
        ("intro", "Introduction", [
            "Doses of stromal cell vesicles in rodent spinal cord injury span more than an order of magnitude, "
            "from 10 µg to 400 µg per animal [13], and few studies have compared doses directly. Exosomes "
            "range from 30 to 150 nm in most reviews [2], though sizing methods disagree [16].",
        ]),
        ("methods", "Methods", [
            ("h", "Design"),
            "The {{reported_sample_size_calculation|group size was chosen by a power analysis}} based on a "
            "pilot study. {{species,strain,sex,body_weight_g|Female Sprague-Dawley rats weighing 230–270 "
            "g}} were {{reported_randomisation|randomly allocated (block randomisation)}} to four arms of "
            "{{n_per_group|ten animals}}. The prespecified primary comparison was the high-dose arm against "
            "vehicle; the low and mid doses were exploratory.",
            ("h", "Exosomes"),
            "{{source_tissue,source_species|Adipose stromal cells were isolated from inguinal fat pads of "
            "donor Sprague-Dawley rats}}. Conditioned medium was cleared by sequential centrifugation and "
            f"{{{{isolation_method,isolation_detail|pelleted at 100,000{NB}× g for 90 min}}}}; the resuspended "
            "pellet was further purified on a {{isolation_method,isolation_detail|Sepharose CL-2B "
            "size-exclusion column}} and fractions 4–6 were concentrated. Size was measured by "
            "{{characterization|dynamic light scattering (DLS)}}, morphology by {{characterization|TEM}}, "
            "and {{characterization,markers|CD9, CD63, CD81, TSG101 and calnexin by western blot}}.",
            ("h", "Contusion and dosing"),
            "Rats were anaesthetised (isoflurane 2%) and the {{injury_level|T11}} vertebra was exposed. A "
            "{{injury_model,injury_device|1.1 mm displacement contusion was produced with the OSU "
            "electromagnetic impactor}}. {{dose,route,route_detail|Vehicle (300 µL PBS) or rADSC-Exo (25, 50 "
            "or 100 µg in 300 µL PBS) was injected into a lateral tail vein}} "
            "{{timing_post_injury_h,frequency|6 h after injury and every 24 h thereafter, five injections in "
            "all}}.",
            ("h", "Outcomes"),
            "BBB scores were assigned on days 1, 3, 7, 10, 14, 21, 28, 35, 42, 49 and 56 by "
            "{{reported_blinded_assessment|raters blinded to dose}}; the Louisville Swim Scale was assessed on "
            "day 56. Results are mean ± SEM.",
        ]),
        ("results", "Results", [
            "DLS gave a {{size_nm|Z-average diameter of 142 nm}} (polydispersity index 0.18).",
            "BBB scores are listed in Table 2. On day 56 the high-dose group reached {o:High@56|mean}, the "
            "mid-dose group {o:Mid@56|mean} and the low-dose group {o:Low@56|mean}, against {o:Vehicle@56|mean} "
            "with vehicle. Louisville Swim Scale scores on day 56 were 9.5 ± 0.8 and 5.2 ± 0.7 for high dose "
            "and vehicle.",
            ("table", "Table 2", "Open-field BBB scores by dose (mean ± SEM).",
             {"split": 6,
              "head": [["Day", "Vehicle", ("rADSC-Exo, µg per injection", 3)],
                       ["", "(n = 10)", "Low: 25 µg (n = 10)", "Mid: 50 µg (n = 10)", "High: 100 µg (n = 10)"]],
              "body": [[f"d{d:g}"] + [f"{{o:{g}@{d:g}}}" for g, _ in ARMS3] for d in DH],
              "widths": [0.12, 0.22, 0.22, 0.22, 0.22],
              "foot": "Exploratory arms (25 and 50 µg) were not powered for comparison with vehicle."}),
        ]),
        ("discussion", "Discussion", [
            "The dose–response was monotonic. Earlier single-dose studies using 200 µg reported BBB scores of "
            "12.6 ± 1.1 at day 28 [5], within the range of our high dose.",
        ]),
    ],
    references=POOL[:5] + POOL[12:16],
    scores=Scores(
        outcome="BBB", err="sem",
        groups=[(g, a, 10) for g, a in ARMS3],
        values={
            "Vehicle": _v(DH, [(0.4, 0.2), (1.1, 0.3), (3.2, 0.4), (4.0, 0.4), (5.1, 0.5), (6.0, 0.5), (6.6, 0.5),
                               (7.0, 0.6), (7.2, 0.6), (7.4, 0.6), (7.5, 0.6)]),
            "Low": _v(DH, [(0.4, 0.2), (1.2, 0.3), (3.5, 0.4), (4.4, 0.5), (5.6, 0.5), (6.7, 0.5), (7.4, 0.6),
                           (7.9, 0.6), (8.2, 0.6), (8.4, 0.6), (8.5, 0.7)]),
            "Mid": _v(DH, [(0.5, 0.2), (1.3, 0.3), (3.9, 0.4), (5.0, 0.5), (6.4, 0.5), (7.6, 0.6), (8.5, 0.6),
                           (9.1, 0.6), (9.5, 0.7), (9.7, 0.7), (9.8, 0.7)]),
            "High": _v(DH, [(0.5, 0.2), (1.5, 0.3), (4.4, 0.5), (5.8, 0.5), (7.4, 0.6), (8.9, 0.6), (9.9, 0.6),
                            (10.7, 0.7), (11.2, 0.7), (11.5, 0.7), (11.7, 0.8)]),
        },
    ),
    back=[("Funding", "Supported by an invented foundation grant (IF-2020-77).")],
    footnote=NOTICE,
)

STUDIES = [FUJI, HANSEN]
