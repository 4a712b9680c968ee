"""Quarry studies 3-4 (everything invented): an Indian and a Japanese lab."""

from __future__ import annotations

from extgen.common import FOOTNOTE, POOL
from extgen.model import Scores, Study

from qgen.tables import QTable, V, qspec

# ------------------------------------------------------------------ 3. India, accepted manuscript
# Landscape table of groups/doses with n allocated vs analysed; BBB table with days down the
# side continued over a page, n in the header with a footnote for a death, an inclined-plane
# row in the same table; legend numbers; DLS size; µg/kg intrathecal on alternate days from 24 h.

_D3 = [1, 3, 5, 7, 10, 14, 21, 28, 35, 42]
_S3 = Scores(
    outcome="BBB", err="sem",
    groups=[("Sham", "sham", 8), ("SCI + vehicle", "control", 8), ("SCI + WJ-sEV", "treatment", 8)],
    values={
        "Sham": dict(zip(_D3, [(21.0, 0.0)] * 10, strict=True)),
        "SCI + vehicle": dict(zip(_D3, [(0.3, 0.2), (0.9, 0.3), (1.6, 0.4), (2.4, 0.4), (3.3, 0.5), (4.5, 0.5),
                                        (5.8, 0.6), (6.6, 0.6), (7.0, 0.7), (7.3, 0.7)], strict=True)),
        "SCI + WJ-sEV": dict(zip(_D3, [(0.4, 0.2), (1.0, 0.3), (2.1, 0.4), (3.5, 0.5), (5.0, 0.5), (6.8, 0.6),
                                       (8.7, 0.6), (9.9, 0.7), (10.6, 0.6), (11.1, 0.7)], strict=True)),
    },
)


def _mark3(g: str, d: float) -> str:
    if g != "SCI + WJ-sEV" or d < 10:
        return ""
    return "**" if d >= 21 else "*"


_GROUPS3 = QTable(
    head=[["Group", "Code", "Surgery", "Treatment", "Dose and schedule", "Route", "n allocated", "n analysed"]],
    body=[
        ["Sham-operated", "Sham", "Laminectomy at T10 only", "None", "–", "–", "8", "8"],
        ["Injured, vehicle", "SCI + vehicle", "Laminectomy and weight-drop contusion",
         "Sterile PBS, 20 µl", "PBS on the same schedule as sEV", "Lumbar puncture (L5–L6)", "8",
         "7 (one death, day 9)"],
        ["Injured, sEV-treated", "SCI + WJ-sEV", "Laminectomy and weight-drop contusion",
         "WJ-MSC small EVs in 20 µl PBS", ("{{frequency|50 µg/kg, five doses on alternate days}} "
         "(days 1, 3, 5, 7 and 9)"), "{{route_detail|Lumbar puncture (L5–L6)}}", "8", "8"],
    ],
    col0=0.13,
    landscape=True,
)

_BBB3 = QTable(
    head=[["Day post-injury", "Sham (n = 8)", "SCI + vehicle (n = 8)<sup>a</sup>", "SCI + WJ-sEV (n = 8)"]],
    body=[[f"{d:g}", V("Sham", d), V("SCI + vehicle", d),
           V("SCI + WJ-sEV", d, mark=_mark3("SCI + WJ-sEV", d))] for d in _D3]
    + [["Inclined plane (°), day 42", "63.8 ± 1.2", "34.1 ± 1.9", "41.5 ± 2.0*"]],
    col0=0.3,
    split_at=6,
)

MENON = Study(
    stem="menon2022_wjmsc_sev_intrathecal_manuscript",
    layout="manuscript",
    title="Intrathecal small extracellular vesicles from Wharton's jelly mesenchymal stromal cells improve "
          "locomotion and reduce apoptosis after weight-drop spinal cord injury in rats",
    short_title="Menon et al., WJ-MSC sEV in SCI",
    authors=[("Lakshmi", "Menon"), ("Arvind", "Raghunathan"), ("Pooja", "Deshpande"), ("Sameer", "Kulkarni"),
             ("Nandini", "Iyer")],
    affiliations=["Department of Neurosurgery, Synthetic Institute of Medical Sciences, Pune, India",
                  "Centre for Stem Cell Research (Synthetic), Vellore, India"],
    journal="Indian Journal of Experimental Neurotrauma (Synthetic)",
    year=2022,
    volume="41:118-131",
    doi="10.5555/ijen.2022.0118",
    pmid="99102103",
    pmcid="PMC9910213",
    received="2022-02-02",
    footnote=FOOTNOTE,
    values={
        "species": "rat", "strain": "Wistar", "sex": "male", "body_weight_g": {"low": 180, "high": 220},
        "n_per_group": 8, "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T10",
        "source_tissue": "wharton_jelly", "source_species": "human",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "Total Exosome Isolation reagent",
        "characterization": ["DLS", "TEM", "flow_cytometry"], "markers": ["CD63", "CD9"],
        "size_nm": {"value": 96.7, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 50, "unit": "ug_per_kg", "volume_ul": 20, "basis": "protein"},
        "route": "intrathecal", "route_detail": "lumbar puncture (L5–L6)",
        "frequency": {"doses": 5, "interval_h": 48}, "timing_post_injury_h": 24.0,
        "mechanism": "anti-apoptotic effect (Bax/Bcl-2)",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Objective", ("To test whether repeated intrathecal doses of small extracellular vesicles (sEV) from "
         "human Wharton's jelly mesenchymal stromal cells (WJ-MSC) improve recovery after spinal cord injury.")),
        ("Methods", ("SCI was induced in adult male Wistar rats by weight drop at T10. sEV (50 µg/kg) or vehicle "
         "was given by lumbar puncture on alternate days from 24 h. BBB scores were recorded for 42 days.")),
        ("Results", ("sEV-treated rats had higher BBB scores from day 10; by day 42 the difference was about "
         "four points. Cleaved caspase-3 and the Bax/Bcl-2 ratio were lower in treated cords.")),
        ("Conclusion", "Repeated intrathecal WJ-MSC sEV are a feasible cell-free treatment for SCI in rats."),
    ],
    keywords=["Wharton's jelly", "extracellular vesicles", "intrathecal", "spinal cord injury", "apoptosis"],
    sections=[
        ("intro", "Introduction", [
            ("In India, road traffic accidents and falls from height account for most spinal cord injuries, and "
            "most patients are young adults [1]. Cell therapy with mesenchymal stromal cells has been tried, "
            "but its effects are thought to be largely paracrine and mediated by extracellular vesicles [2,8]."),
            ("Small EVs of 50–200 nm are easier to store and dose than cells. Intravenous doses of 100–200 µg "
            "per rat have been used [5], but much of a systemic dose is trapped in the liver and spleen. "
            "Intrathecal delivery places vesicles in the cerebrospinal fluid close to the lesion [8]; we "
            "therefore tested repeated lumbar-puncture injections."),
        ]),
        ("methods", "Materials and methods", [
            ("h", "Ethical approval"),
            ("The study {{reported_welfare_compliance|was approved by the Institutional Animal Ethics Committee "
            "(IAEC/SIMS/2020/17) and conducted as per CPCSEA guidelines}}."),
            ("h", "Animals"),
            ("Twenty-four {{species,strain,sex|adult male Wistar rats}} ({{body_weight_g|180–220 g}}) were "
            "obtained from the institutional animal house and acclimatised for one week. "
            "{{reported_sample_size_calculation|Sample size was calculated using G*Power 3.1}} (effect size "
            "1.6 from a pilot study, α = 0.05, power 0.8), which gave {{n_per_group|eight animals per group}}. "
            "{{reported_randomisation|Animals were randomly assigned to three groups using a random number "
            "table}} (Table 1)."),
            ("h", "Spinal cord injury"),
            ("Rats were anaesthetised with ketamine (80 mg/kg) and xylazine (10 mg/kg) i.p. After laminectomy "
            "at the {{injury_level|T10 vertebral level}}, {{injury_model,injury_device|contusion injury was "
            "induced by the modified Allen's weight drop method}} (10 g weight dropped from 25 mm through a "
            "guide tube). Hind-limb paralysis and tail flick confirmed the injury. Post-operative care included "
            "manual bladder expression thrice daily, enrofloxacin for 5 days and buprenorphine for 3 days."),
            ("h", "Culture of WJ-MSC and isolation of sEV"),
            ("{{source_tissue,source_species|WJ-MSC were derived from human umbilical cord Wharton's jelly}} by "
            "explant culture (cords from caesarean deliveries, with written consent) and characterised as per "
            "ISCT criteria. At passage 4, cells were grown for 48 h in serum-free medium. The medium was "
            "centrifuged at 2000 × g for 30 min, passed through a 0.22 µm filter and mixed with 0.5 volumes of "
            "{{isolation_method,isolation_detail|Total Exosome Isolation reagent}} (from cell culture media; "
            "Invitrogen). After overnight incubation at 4 °C, sEV were pelleted at 10 000 × g for 1 h and "
            "resuspended in PBS. Protein was estimated by the Bradford method."),
            ("h", "Characterisation of sEV"),
            ("Size distribution was measured by {{characterization|dynamic light scattering (DLS; Zetasizer "
            "Nano ZS), and morphology by TEM}} after negative staining with 2% uranyl acetate. Surface "
            "{{markers|CD63 and CD9}} were detected by {{characterization|flow cytometry of sEV bound to "
            "4 µm aldehyde/sulphate latex beads}}."),
            ("h", "Treatment"),
            ("Treatment began {{timing_post_injury_h|24 h post-injury}}. Under brief isoflurane anaesthesia, "
            "{{dose|sEV (50 µg/kg body weight) in 20 µl PBS}} were injected {{route|intrathecally by lumbar "
            "puncture}} between L5 and L6 using a 30 G needle; a tail flick confirmed entry into the "
            "subarachnoid space. Injections were repeated {{frequency|on alternate days for a total of five "
            "doses}}. The vehicle group received 20 µl PBS."),
            ("h", "Locomotor assessment"),
            ("Locomotion was assessed using the BBB open-field rating scale on days 1, 3, 5, 7, 10, 14, 21, 28, "
            "35 and 42 post-injury by {{reported_blinded_assessment|two observers blinded to the treatment "
            "groups}}. On day 42 the inclined plane test was also performed."),
            ("h", "Statistical analysis"),
            ("Results are expressed as mean ± SEM. Data were analysed by two-way ANOVA followed by Bonferroni "
            "post-test using GraphPad Prism 8.0; p < 0.05 was considered significant."),
        ]),
        ("results", "Results", [
            ("h", "Characterisation of sEV"),
            ("TEM showed round vesicles with a bilayer membrane. DLS showed a {{size_nm|Z-average hydrodynamic "
            "diameter of 96.7 ± 11.2 nm}} (PDI 0.21). Beads coated with sEV were positive for CD63 (78.4%) and "
            "CD9 (64.2%)."),
            ("h", "Locomotor recovery"),
            ("One rat of the vehicle group died on day 9 of urinary tract infection and was excluded from later "
            "time points. BBB scores (Table 2) were similar in the two injured groups up to day 7. From day 10 "
            "onwards the sEV group scored significantly higher. On day 42 the inclined plane angle was also "
            "greater in the sEV group."),
            ("table", "Table 1", "Experimental groups, treatment and number of animals.", qspec(_GROUPS3)),
            ("table", "Table 2", "BBB locomotor scores and inclined plane angle after SCI.",
             qspec(_BBB3, foot="Values are mean ± SEM. <sup>a</sup>n = 8 up to day 7 and n = 7 from day 10 "
                   "(one death on day 9). *p < 0.05, **p < 0.01 versus SCI + vehicle.")),
            ("figure", "Figure 2", ("BBB scores over 42 days. On day 42, scores were {bbb:SCI + WJ-sEV@42} in "
             "SCI + WJ-sEV and {bbb:SCI + vehicle@42} in SCI + vehicle (mean ± SEM)."),
             {"days": _D3, "groups": ["Sham", "SCI + vehicle", "SCI + WJ-sEV"]}),
            ("h", "Apoptosis"),
            ("Western blot of cord tissue on day 7 showed a lower Bax/Bcl-2 ratio and less cleaved caspase-3 "
            "in the sEV group, suggesting an {{mechanism|anti-apoptotic effect (Bax/Bcl-2)}} of the vesicles."),
        ]),
        ("discussion", "Discussion", [
            ("Repeated intrathecal sEV improved BBB scores by about four points at six weeks. The effect size is "
            "comparable to intravenous studies that used 200 µg per rat [5], although our total dose was much "
            "smaller (about 50 µg per rat in five doses)."),
            ("Limitations are the use of males only, a precipitation-based isolation method that co-isolates "
            "proteins, and the lack of a dose–response study."),
        ]),
    ],
    back=[("Conflict of interest", ("{{reported_conflict_of_interest|The authors declare that there is no "
                                   "conflict of interest.}}")),
          ("Acknowledgements", "We thank the staff of the central animal facility.")],
    references=[POOL[0], POOL[1], POOL[2], POOL[3], POOL[4], POOL[5], POOL[6], POOL[7], POOL[8]],
    scores=_S3,
)

# ------------------------------------------------------------------ 4. Japan, single
# Merged header ("Weeks after SCI" over week columns), two-decimal mean ± SD, groups down the
# side, no scores in the text; IFN-γ-primed vs native EVs; density gradient; weekly doses.

_D4 = [7, 14, 21, 28, 35, 42, 49, 56]
_S4 = Scores(
    outcome="BBB", err="sd",
    groups=[("Sham", "sham", 10), ("PBS", "control", 10), ("EV", "other", 10), ("γEV", "treatment", 10)],
    values={
        "Sham": dict(zip(_D4, [(21.0, 0.0)] * 8, strict=True)),
        "PBS": dict(zip(_D4, [(2.15, 0.62), (4.30, 0.81), (5.65, 0.94), (6.40, 0.97), (6.85, 1.03), (7.20, 1.08),
                              (7.35, 1.12), (7.45, 1.10)], strict=True)),
        "EV": dict(zip(_D4, [(2.40, 0.70), (5.05, 0.88), (6.70, 0.91), (7.60, 1.02), (8.15, 1.00), (8.55, 1.11),
                             (8.80, 1.09), (8.95, 1.14)], strict=True)),
        "γEV": dict(zip(_D4, [(2.85, 0.74), (6.10, 0.92), (8.05, 0.95), (9.35, 1.01), (10.10, 0.98),
                              (10.60, 1.06), (10.90, 1.04), (11.15, 1.07)], strict=True)),
    },
)

_BBB4 = QTable(
    head=[["Group", "Weeks after SCI", *[None] * 7], [None, *[str(int(d / 7)) for d in _D4]]],
    body=[[g, *[V(g, d, style="pm2", mark="<sup>†</sup>" if g == "γEV" and d >= 14 else "") for d in _D4]]
          for g in ("Sham", "PBS", "EV", "γEV")],
    spans=[(0, 0, 2, 1), (0, 1, 1, 8)],
    col0=0.1,
)

MIYAZAWA = Study(
    stem="miyazawa2019_radsc_ifng_ev_weekly_merged_header",
    layout="single",
    title="Interferon-γ-primed adipose stem cell-derived extracellular vesicles given weekly improve "
          "hindlimb function after thoracic spinal cord contusion in rats",
    short_title="IFN-γ-primed ADSC-EVs in rat SCI",
    authors=[("Haruka", "Miyazawa"), ("Kenta", "Ishiguro"), ("Yui", "Tamagawa"), ("Daisuke", "Onodera"),
             ("Masato", "Kurihara")],
    affiliations=["Department of Orthopaedic Surgery, Synthetic Graduate School of Medicine, Sendai, Japan",
                  "Division of Regenerative Medicine (Synthetic), Sendai, Japan"],
    journal="Spine and Neural Repair Letters (Synthetic)",
    year=2019,
    volume="7:221-234",
    doi="10.5555/snrl.2019.0221",
    pmid="99102104",
    pmcid="PMC9910214",
    received="2019-05-27",
    footnote=FOOTNOTE,
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 200, "high": 220},
        "n_per_group": 10, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor",
        "injury_level": "T10", "source_tissue": "adipose", "source_species": "rat",
        "modification": "IFN-γ preconditioning",
        "isolation_method": ["ultracentrifugation", "density_gradient"],
        "isolation_detail": "100,000 × g for 70 min; iodixanol 5–40% gradient",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD9", "CD81", "Alix", "GM130"],
        "size_nm": {"value": 104.3, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 1.0e9, "unit": "particles", "volume_ul": 500, "basis": "particles"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 4, "interval_h": 168}, "timing_post_injury_h": 6.0,
        "mechanism": "M2 macrophage polarization",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[(None,
               ("Mesenchymal stem cells change their secretome when exposed to inflammatory cytokines. We "
               "prepared extracellular vesicles (EVs) from rat adipose-derived stem cells (ADSCs) primed with "
               "interferon-γ (γEV) and from unprimed ADSCs (EV), and injected them intravenously once a week "
               "for four weeks into rats with a thoracic contusion. Rats given γEV had better BBB scores than "
               "PBS-treated rats from week 2 and than EV-treated rats from week 4, and more arginase-1-positive "
               "macrophages at the lesion. Cytokine priming may increase the immunomodulatory potency of "
               "ADSC-derived EVs."))],
    keywords=["adipose-derived stem cell", "extracellular vesicle", "interferon-γ", "macrophage",
              "spinal cord injury"],
    sections=[
        ("intro", "Introduction", [
            ("After spinal cord injury (SCI), infiltrating macrophages stay in a pro-inflammatory state for "
            "weeks [7]. MSC-derived extracellular vesicles (EVs), usually 50–150 nm across, can shift "
            "macrophages toward an anti-inflammatory phenotype [2,15]."),
            ("Priming MSCs with interferon-γ (IFN-γ) enhances their immunosuppressive activity [9]. We asked "
            "whether EVs from IFN-γ-primed ADSCs are more effective than EVs from unprimed cells when given "
            "repeatedly during the subacute phase."),
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Animals"),
            ("All experiments {{reported_welfare_compliance|were approved by the Animal Experiment Committee of "
            "the Synthetic Graduate School of Medicine (2018-MdA-031) and performed according to its "
            "guidelines}}. {{species,strain,sex|Eight-week-old female Sprague–Dawley rats}} "
            "({{body_weight_g|200–220 g}}) were used."),
            ("h", "ADSC culture and priming"),
            ("{{source_tissue,source_species|ADSCs were isolated from inguinal fat pads of Sprague–Dawley rats}} "
            "by collagenase digestion and used at passages 3–4. For priming, ADSCs were cultured with 50 ng/mL "
            "recombinant rat IFN-γ for 48 h ({{modification|IFN-γ preconditioning}}), washed three times and "
            "then kept for 48 h in serum-free medium. Unprimed ADSCs were treated in the same way without "
            "IFN-γ."),
            ("h", "EV isolation"),
            ("Conditioned medium was cleared at 2,000 × g for 20 min and 10,000 × g for 40 min and then "
            "{{isolation_method|ultracentrifuged (Optima L-90K, Type 70 Ti rotor)}} at 100,000 × g for 70 min. "
            "The crude pellet was loaded on an {{isolation_method|iodixanol (OptiPrep) density gradient}} and "
            "the EV fractions (1.08–1.12 g/mL) were collected, diluted in PBS and pelleted again "
            "({{isolation_detail|100,000 × g for 70 min; iodixanol 5–40% gradient}} centrifuged for 18 h)."),
            ("h", "EV characterization"),
            ("Particle size and number were measured by {{characterization|NTA (NanoSight LM10)}}, morphology "
            "by {{characterization|TEM}}, and {{markers|CD9, CD81 and Alix, with GM130 as a negative "
            "marker}}, by {{characterization|western blotting}}."),
            ("h", "Spinal cord injury and treatment"),
            ("Under isoflurane anesthesia, laminectomy was performed at the {{injury_level|T10}} level and "
            "{{injury_model,injury_device|a 200-kdyn contusion was made with an IH impactor}}. "
            "{{reported_randomisation|Rats were randomly assigned}} to four groups ({{n_per_group|n = 10 "
            "each}}): Sham, PBS, EV and γEV. {{dose|EVs (1.0 × 10<sup>9</sup> particles in 500 μL PBS)}} or PBS alone "
            "{{route,route_detail|were injected into the tail vein}} {{timing_post_injury_h|6 h after SCI}} "
            "and {{frequency|then once a week, four injections in total}}."),
            ("h", "Functional evaluation"),
            ("Locomotor function was evaluated weekly for 8 weeks using the BBB scale "
            "{{reported_blinded_assessment|by two observers who were blind to the treatment}}."),
            ("h", "Statistics"),
            ("Values are expressed as mean ± standard deviation. Repeated-measures ANOVA and Tukey–Kramer tests "
            "were used. P < 0.05 was regarded as significant."),
        ]),
        ("results", "Results", [
            ("h", "Characterization of EVs"),
            ("EV and γEV had similar profiles: by NTA the {{size_nm|mode diameter was 104.3 ± 5.1 nm}} for γEV "
            "(108.9 ± 6.4 nm for EV). Both were positive for CD9, CD81 and Alix and negative for GM130."),
            ("h", "Functional recovery"),
            ("BBB scores of all groups are shown in Table 1. The γEV group scored higher than the PBS group from "
            "week 2 to week 8 and higher than the EV group from week 4. The EV group differed from the PBS group "
            "only at weeks 6–8. Grip strength of the hindlimbs at week 8 was 3.1 N in the γEV group and "
            "2.2 N in the PBS group."),
            ("table", "Table 1", "BBB scores after SCI.",
             qspec(_BBB4, foot="Mean ± SD, n = 10 per group. <sup>†</sup>P < 0.05 vs. PBS and EV "
                   "(Tukey–Kramer).")),
            ("h", "Macrophage phenotype"),
            ("At 2 weeks, the ratio of arginase-1+ to iNOS+ macrophages at the lesion was 2.4-fold higher in the "
            "γEV group than in the PBS group, indicating {{mechanism|M2 macrophage polarization}}."),
        ]),
        ("discussion", "Discussion", [
            ("Weekly γEV improved locomotor recovery more than unprimed EVs. Previous reports used single doses "
            "of 1–2 × 10^10 particles [5]; our weekly dose was lower, and repeated dosing may have compensated."),
            ("This study has limitations: only females were used, and the EV cargo responsible for the effect "
            "was not identified."),
        ]),
    ],
    back=[("Conflicts of interest", ("{{reported_conflict_of_interest|The authors declare no competing "
                                    "interests.}}"))],
    references=[POOL[0], POOL[1], POOL[2], POOL[3], POOL[4], POOL[5], POOL[6], POOL[7], POOL[8], POOL[9],
                POOL[10], POOL[11], POOL[12], POOL[13], POOL[14]],
    scores=_S4,
)

MENON.n_at = {("SCI + vehicle", d): 7 for d in _D3 if d >= 10}  # type: ignore[attr-defined]

STUDIES = [MENON, MIYAZAWA]
