"""Digest studies, first batch (everything invented; no sentence from real papers)."""
# ruff: noqa: ISC004  (prose paragraphs are long strings split over lines inside block lists)

from __future__ import annotations

from extgen.common import TH
from extgen.model import Study

from dgen.base import FOOTNOTE, grid, refs, scores

# ---------------------------------------------------------------------------------------------
# 1. Gunnarsdottir 2021: results walk a figure panel by panel; the legend spells out means.
# ---------------------------------------------------------------------------------------------
_D1 = [1, 3, 7, 14, 21, 28]
_S1 = scores("BBB", "sem", [("Sham", "sham", 8), ("SCI + PBS", "control", 10), ("SCI + Exo", "treatment", 10)],
             grid(_D1, {
                 "Sham": [(21.0, 0.0)] * 6,
                 "SCI + PBS": [(0.4, 0.2), (1.6, 0.4), (3.9, 0.6), (6.2, 0.7), (7.5, 0.8), (8.1, 0.7)],
                 "SCI + Exo": [(0.5, 0.2), (2.1, 0.5), (5.8, 0.7), (9.4, 0.8), (11.3, 0.9), (12.6, 0.8)],
             }))

GUNNARSDOTTIR = Study(
    stem="gunnarsdottir2021_hucmsc_exo_panelwalk_tailvein",
    layout="single",
    title="Umbilical cord mesenchymal stromal cell exosomes dampen inflammasome signalling and improve hind-limb "
          "function after thoracic contusion in rats",
    short_title="Gunnarsdottir et al. · hUC-MSC exosomes after contusion",
    authors=[("Sigrun", "Gunnarsdottir"), ("Tomasz", "Wieczorek"), ("Aiko", "Furuhata"), ("Bjarki", "Olafsson")],
    affiliations=["Laboratory of Neural Repair, Invented University of the North, Reykjavik (fictional)",
                  "Department of Cell Therapy, Imaginary Medical Academy, Gdansk (fictional)"],
    journal="Journal of Spinal Repair Science",
    year=2021,
    volume="14(3):211–226",
    doi="10.5555/jsrs.2021.0311",
    pmid="99452001",
    pmcid="PMC99452001",
    received="2021-02-17",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 220, "high": 250}, "n_per_group": 10,
        "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T10",
        "source_tissue": "umbilical_cord", "source_species": "human",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 g 70 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 112.6, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 200, "unit": "ug", "volume_ul": 1000, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.5,
        "mechanism": "NLRP3 inflammasome inhibition",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[(None,
               "Exosomes released by mesenchymal stromal cells are being tested as a cell-free treatment for "
               "spinal cord injury, but how quickly they act on locomotion is still debated. We gave "
               "{{source_species,source_tissue|exosomes from human umbilical cord mesenchymal stromal cells (hUC-MSC-Exo)}} "
               "to female rats after a T10 contusion and followed them for four weeks: a single tail-vein injection "
               "30 min after injury raised open-field scores from day 7 onwards, so that exosome-treated rats reached "
               "a BBB score of {s:SCI + Exo@28|bare} at day 28 against {s:SCI + PBS@28|bare} in PBS-injected "
               "controls (both n = 10), reduced IL-1β and cleaved caspase-1 in the lesion, and left a smaller cavity. "
               "Umbilical cord exosomes may therefore be worth moving toward larger-animal testing.")],
    keywords=["spinal cord injury", "exosomes", "umbilical cord", "pyroptosis", "BBB"],
    sections=[
        ("intro", "1. Introduction", [
            "Traumatic spinal cord injury leaves most patients with permanent motor loss, and the secondary wave "
            "of inflammation that follows the primary impact widens the lesion for days [1,3]. Mesenchymal stromal "
            "cells limit this wave in rodents, but much of their effect is carried by secreted vesicles [2].",
            "Exosomes are small membrane vesicles of roughly 30–150 nm that carry proteins and RNAs between cells "
            "[2,4]. Earlier rat studies gave between 50 and 400 µg of vesicle protein, usually once [5,11]. "
            "Whether umbilical cord vesicles act on the NLRP3 inflammasome after contusion has not been tested; "
            "we asked this here.",
        ]),
        ("methods", "2. Materials and methods", [
            ("h", "2.1. Animals"),
            "All procedures were approved by the animal ethics committee of the (fictional) University of the North "
            "(permit 2019-077) and followed the ARRIVE guidelines. "
            "{{species,strain,sex,body_weight_g|Female Sprague-Dawley rats (220–250 g)}} were housed two per cage "
            "with free access to food and water. Rats were assigned to sham, SCI + PBS or SCI + Exo groups "
            "{{reported_randomisation|using a random number table}}; "
            "{{n_per_group|ten rats per injured group and eight sham rats}} entered the behavioural study.",
            ("h", "2.2. Spinal cord contusion"),
            "Under isoflurane anaesthesia, a laminectomy exposed the cord and "
            "{{injury_model,injury_device,injury_level|a 10 g rod was dropped from 25 mm onto the dorsal surface at "
            "T10 with the NYU impactor}}. Sham rats received the laminectomy only. Bladders were expressed twice a "
            "day until reflex voiding returned.",
            ("h", "2.3. Cells and exosome isolation"),
            "hUC-MSCs (passages 3–5) were grown in serum-free medium for 48 h before collection. Conditioned medium "
            "was cleared at 300 × g for 10 min, 2000 × g for 20 min and 10" + TH + "000 × g for 30 min, filtered "
            "(0.22 µm) and then "
            "{{isolation_method,isolation_detail|ultracentrifuged at 100,000 g for 70 min}} (twice, the second "
            "spin as a PBS wash). Pellets were resuspended in PBS and protein was measured with a BCA kit.",
            ("h", "2.4. Characterisation"),
            "Vesicle morphology was examined by {{characterization|transmission electron microscopy}} after "
            "negative staining, and size distribution by "
            "{{characterization|nanoparticle tracking analysis (NanoSight NS300)}}. "
            "{{characterization,markers|Western blotting detected CD9, CD63 and TSG101, while calnexin}} served as "
            "the negative control.",
            ("h", "2.5. Treatment"),
            "{{timing_post_injury_h|Thirty minutes after contusion}}, rats received "
            "{{dose,route,route_detail|200 µg of exosomes in 1 ml PBS through the tail vein}}; "
            "controls received 1 ml PBS. {{frequency|Each rat was injected once.}} In culture experiments, BV2 "
            "microglia were exposed to 25 or 50 µg/ml exosomes for 24 h.",
            ("h", "2.6. Locomotor testing and statistics"),
            "Open-field locomotion was rated with the Basso–Beattie–Bresnahan (BBB) scale on days 1, 3, 7, 14, 21 "
            "and 28 after injury by "
            "{{reported_blinded_assessment|two observers who did not know the group allocation}}. Data are mean ± "
            "SEM; two-way repeated-measures ANOVA with Bonferroni correction; P < 0.05 was significant.",
        ]),
        ("results", "3. Results", [
            ("h", "3.1. Vesicle characteristics"),
            "Negatively stained vesicles had a cup-shaped outline on electron micrographs. NanoSight recordings "
            "gave {{size_nm|a mean diameter of 112.6 ± 9.8 nm}} and a concentration of about 2.3 × 10<sup>11</sup> "
            "particles per ml; CD9, CD63 and TSG101 were present and calnexin was absent.",
            ("h", "3.2. Locomotor recovery"),
            "Figure 3A shows how the three groups moved over the four weeks. On the first day after injury "
            "(Figure 3B) both injured groups were nearly paralysed, with scores of {s:SCI + PBS@1|bare} in "
            "PBS-injected and {s:SCI + Exo@1|bare} in exosome-injected rats, while sham rats walked normally. "
            "At day 7 the curves separated (C): treated rats scored {s:SCI + Exo@7}, whereas the vehicle group "
            "had reached only {s:SCI + PBS@7}. Two weeks after the lesion (D), EV-injected animals showed "
            "occasional weight-supported plantar steps and averaged {s:SCI + Exo@14}; by comparison, PBS rats "
            "swept their hind limbs without support ({s:SCI + PBS@14}).",
            "Panel E summarises the last session. At day 28 the exosome group scored {s:SCI + Exo@28} against "
            "{s:SCI + PBS@28} in controls (P < 0.01), a gap of about four and a half points that was already "
            "present one week earlier. Hind-limb coordination remained absent in every PBS rat.",
            ("figure", "Figure 3",
             "Hind-limb recovery after contusion. (A) BBB scores from day 1 to day 28. (B–E) Single sessions at "
             "days 1, 7, 14 and 28. Data are mean ± SEM; at 28 d: sham {s:Sham@28}, SCI + PBS "
             "{s:SCI + PBS@28}, SCI + Exo {s:SCI + Exo@28}. **P < 0.01 vs SCI + PBS.",
             {"days": _D1, "groups": ["Sham", "SCI + PBS", "SCI + Exo"]}),
            ("h", "3.3. Inflammasome markers"),
            "Lesion tissue of treated rats contained less NLRP3, cleaved caspase-1 and IL-1β at day 3. In BV2 "
            "cultures, 50 µg/ml exosomes halved IL-1β release after LPS priming.",
        ]),
        ("discussion", "4. Discussion", [
            "A single intravenous dose of umbilical cord exosomes improved locomotion within a week and kept "
            "improving it for a month. {{mechanism|Our data point to NLRP3 inflammasome inhibition}} as one route "
            "to this benefit, although other pathways are likely.",
            "The size of the effect is close to that of earlier work: Eriksen and Moyo reported BBB scores of 10.8 "
            "with vesicles and 7.2 with vehicle at four weeks after a tail-vein dose [5], and a pooled analysis "
            "found a mean difference of about 1.5 points [11]. Vesicles in the 30–150 nm range from bone marrow "
            "behaved similarly in that review.",
            "Our study has limits: only females were used, the follow-up ended at day 28, and a single dose was "
            "tested.",
        ]),
    ],
    references=refs(*range(12)),
    scores=_S1,
    back=[("Ethics statement", "{{reported_welfare_compliance|All animal work was approved by the animal ethics "
                               "committee of the University of the North}} (fictional)."),
          ("Conflict of interest", "{{reported_conflict_of_interest|The authors declare that they have no "
                                   "competing interests.}}"),
          ("Funding", "Invented Research Fund, grant IRF-2019-88.")],
    notes=["BBB at days 3 and 21 (and sham before day 28) is shown only in the Figure 3 line plot (no gold rows)."],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------------
# 2. Hakobyan 2022: text-only scores with n in the bracket; accepted-manuscript line numbers.
# ---------------------------------------------------------------------------------------------
_D2 = [1, 7, 14, 21, 28, 42]
_S2 = scores("BBB", "sd", [("Sham", "sham", 6), ("Vehicle", "control", 8), ("sEV", "treatment", 8)],
             grid(_D2, {
                 "Sham": [(21.0, 0.0)] * 6,
                 "Vehicle": [(0.8, 0.5), (3.1, 1.2), (5.4, 1.4), (6.6, 1.5), (7.0, 1.6), (7.0, 1.3)],
                 "sEV": [(0.9, 0.6), (4.4, 1.3), (8.2, 1.5), (10.1, 1.4), (11.5, 1.6), (12.3, 1.2)],
             }))

HAKOBYAN = Study(
    stem="hakobyan2022_rbmsc_sev_ih_intrathecal_manuscript",
    layout="twocol",
    title="Repeated intrathecal small extracellular vesicles from rat bone marrow stromal cells after "
          "Infinite Horizon contusion: a six-week behavioural study",
    short_title="Hakobyan et al.",
    authors=[("Anahit", "Hakobyan"), ("Luis", "Carrasco Vidal"), ("Mei", "Tanaka"), ("Grigor", "Sahakyan"),
             ("Olena", "Petrenko")],
    affiliations=["Institute of Experimental Neurology, Fictional State Medical University, Yerevan",
                  "Unit of Vesicle Biology, Invented Research Centre, Valencia"],
    journal="Neurotrauma Methods and Therapy",
    year=2022,
    volume="9:e1147",
    doi="10.5555/nmt.2022.e1147",
    pmid="99452002",
    pmcid="PMC99452002",
    received="2022-05-03",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male",
        "body_weight_g": {"low": 250, "high": 280}, "n_per_group": 8,
        "injury_model": "contusion", "injury_device": "Infinite Horizon impactor", "injury_level": "T9",
        "source_tissue": "bone_marrow", "source_species": "rat", "modification": "none",
        "isolation_method": ["ultrafiltration", "size_exclusion"], "isolation_detail": "100 kDa ultrafiltration, qEV column",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD63", "CD81", "Alix", "GM130"],
        "size_nm": {"value": 98.4, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 1e10, "unit": "particles", "volume_ul": 10, "basis": "particles"},
        "route": "intrathecal", "route_detail": "lumbar intrathecal catheter",
        "frequency": {"doses": 3, "interval_h": 24}, "timing_post_injury_h": 24,
        "mechanism": "reduced astrocyte reactivity",
        "reported_blinded_assessment": True, "reported_sample_size_calculation": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Vesicles from bone marrow stromal cells improve walking after cord injury in many rodent "
                       "reports, but most used one intravenous dose. We tested three daily intrathecal doses."),
        ("Methods", "Adult male Wistar rats received a 200 kdyn contusion at T9 and then "
                    "{{source_species,source_tissue|rat bone marrow mesenchymal stromal cell-derived small EVs "
                    "(rBMSC-sEVs)}} or vehicle on days 1–3; BBB was scored for six weeks."),
        ("Results", "sEV rats stepped earlier and better (BBB at day 42: {s:sEV@42|bare} vs {s:Vehicle@42|bare}, "
                    "n = 8 each), and the GFAP-positive scar was thinner."),
        ("Conclusions", "Repeated local sEV delivery gives durable gains after contusion."),
    ],
    keywords=["small extracellular vesicles", "intrathecal", "contusion", "astrocytes", "Basso–Beattie–Bresnahan"],
    sections=[
        ("intro", "Introduction", [
            "Roughly half of the vesicle studies in rodent cord injury inject the tail vein, which sends most of "
            "the material to liver and spleen [4,10]. Intrathecal delivery puts vesicles into the cerebrospinal "
            "fluid next to the lesion [7]. Exosome-sized vesicles are usually described as 40–160 nm in diameter "
            "[1], and doses of 10<sup>9</sup>–10<sup>11</sup> particles have been used [10].",
            "Here we injected native rat BMSC vesicles three times through a lumbar catheter and followed hind-limb "
            "function for six weeks.",
        ]),
        ("methods", "Methods", [
            ("h", "Animals and ethics"),
            "The study was approved by the Fictional State Medical University animal care committee (protocol "
            "AC-21/04) and complied with Directive 2010/63/EU. We used "
            "{{species,strain,sex|adult male Wistar rats}} "
            "{{body_weight_g|weighing 250–280 g}}. "
            "{{reported_sample_size_calculation|Group size was set by a power calculation}} (α = 0.05, power 0.8, "
            "expected difference 3 BBB points, SD 2) at "
            "{{n_per_group|eight rats per injured group}}; six sham rats were added.",
            ("h", "Contusion"),
            "After a T8–T9 laminectomy, "
            "{{injury_model,injury_device,injury_level|a 200 kdyn contusion was delivered at T9 with the Infinite "
            "Horizon impactor}} (IH-0400). Animals with recorded forces outside 190–215 kdyn were excluded before "
            "allocation.",
            ("h", "Vesicle preparation"),
            "Bone marrow stromal cells were flushed from femurs of 4-week-old rats and expanded to passage 4. "
            "Vesicles were collected from 48-h serum-free medium by "
            "{{isolation_method,isolation_detail|100 kDa ultrafiltration followed by a qEV size-exclusion column}}; "
            "fractions 7–9 were pooled. {{modification|The cells were not genetically modified or preconditioned "
            "(native sEVs).}}",
            "Particle size and concentration were measured by "
            "{{characterization|NTA on a ZetaView instrument}}; vesicle shape by "
            "{{characterization|TEM}}; and "
            "{{characterization,markers|immunoblots for CD63, CD81 and Alix, with GM130}} as a Golgi marker that "
            "should be absent.",
            ("h", "Intrathecal delivery"),
            "A PE-10 catheter was placed in the lumbar subarachnoid space at the end of surgery. Beginning "
            "{{timing_post_injury_h|24 h after contusion}}, rats received "
            "{{dose,route,route_detail|1 × 10<sup>10</sup> particles in 10 µl through the lumbar intrathecal "
            "catheter}} "
            "{{frequency|once daily for three consecutive days}}, followed by a 10-µl saline flush. Vehicle rats "
            "received PBS on the same schedule.",
            ("h", "Behaviour"),
            "BBB scores were recorded on post-operative days 1, 7, 14, 21, 28 and 42 by "
            "{{reported_blinded_assessment|an assessor blinded to treatment}}. The BBB subscore (0–13) was "
            "recorded for rats above 10 points. Grid-walk foot faults were counted at day 42. Values are mean ± SD.",
        ]),
        ("results", "Results", [
            ("h", "sEV characterisation"),
            "ZetaView traces showed {{size_nm|a modal diameter of 98.4 nm}} with few particles above 200 nm; "
            "vesicles were round or cup-shaped on TEM, and CD63, CD81 and Alix were enriched while GM130 was "
            "undetectable.",
            ("h", "Hind-limb function"),
            "One day after injury all contused rats were near zero (vehicle {s:Vehicle@1|n}; sEV {s:sEV@1|n}); "
            "sham rats scored {s:Sham@1|bare} on day 1 and full marks at every later session. A week later the sEV group had risen to {s:sEV@7}, "
            "while vehicle rats stayed below four ({s:Vehicle@7}).",
            "On post-operative day 14 the sEV-treated rats averaged {s:sEV@14} (n = 8), in contrast to "
            "the vehicle group ({s:Vehicle@14|n}). Scores of the treated animals rose to {s:sEV@21} by day 21 "
            "and to {s:sEV@28} at the 4-week time point. Vehicle rats, by comparison, plateaued early: they "
            "stayed at {s:Vehicle@28} from day 28 and did not exceed {s:Vehicle@42|bare} at the last assessment "
            "(day 42), when the sEV rats scored higher ({s:sEV@42|nsemi}).",
            "Expressed as change from day 1, sEV rats gained about 11.4 points over six weeks and vehicle rats "
            "about 6.2, i.e. nearly 85% more. Among rats above 10 points, the BBB subscore reached 7 of 13 in "
            "treated rats; grid-walk foot faults fell from 21 to 12 per crossing.",
            ("h", "Glial scar"),
            "GFAP-positive scar thickness at day 42 was 38% smaller after sEV treatment.",
        ]),
        ("discussion", "Discussion", [
            "Three intrathecal doses of native BMSC vesicles produced a gain of about five BBB points over vehicle "
            "at six weeks. {{mechanism|We propose that the vesicles act mainly by reducing astrocyte reactivity}}, "
            "given the thinner scar.",
            "Hartmann and Obi reported a smaller benefit after a single intrathecal bolus (BBB 9.1 vs 7.6 at day "
            "28) [7]; repeated dosing may explain the difference. Intravenous studies that used 200 µg of vesicle "
            "protein reported effects of similar size [5].",
            "Limitations include the male-only cohort and the catheter, which itself caused mild inflammation.",
        ]),
    ],
    references=refs(*range(1, 13)),
    scores=_S2,
    back=[("Ethics", "{{reported_welfare_compliance|The animal care committee of Fictional State Medical "
                     "University approved all procedures}} (AC-21/04)."),
          ("Competing interests", "{{reported_conflict_of_interest|None declared.}}")],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------------
# 3. Jaksic 2020: weeks, T-coded sessions, BBB subscores, a merged-header table with markers.
# ---------------------------------------------------------------------------------------------
_D3 = [7, 14, 28, 42]
_S3 = scores("BBB", "sem", [("Sham", "sham", 9), ("Saline", "control", 9), ("ADSC-Exo", "treatment", 9)],
             grid(_D3, {
                 "Sham": [(20.8, 0.1), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)],
                 "Saline": [(2.2, 0.4), (4.1, 0.5), (6.3, 0.6), (7.2, 0.6)],
                 "ADSC-Exo": [(3.0, 0.5), (6.0, 0.6), (9.7, 0.7), (11.1, 0.8)],
             }))

_T3 = {"orient": "cols", "days": _D3, "groups": ["Sham", "Saline", "ADSC-Exo"],
       "day_fmt": lambda d: f"T{_D3.index(d) + 1} (wk {d / 7:g})", "corner": "Group",
       "foot": "Sessions T1–T4 are weeks 1, 2, 4 and 6 after compression. *P < 0.05, †P < 0.01 vs saline "
               "(two-way ANOVA, Sidak). Sham rats were tested on the same days.",
       "digest": {"merged": "BBB open-field score, mean ± SEM",
                  "labels": {"Sham": "Sham (laminectomy only; n = 9)",
                             "Saline": "SCI + saline i.p. (n = 9)",
                             "ADSC-Exo": "SCI + ADSC-Exo, 100 µg/kg i.p. every other day (n = 9)"},
                  "marks": {("ADSC-Exo", 14): "*", ("ADSC-Exo", 28): "†", ("ADSC-Exo", 42): "†"},
                  "label_width": 150}}

JAKSIC = Study(
    stem="jaksic2020_hadsc_exo_clip_ip_sessions",
    layout="single",
    title="Repeated intraperitoneal exosomes from human adipose-derived stem cells after clip compression of "
          "the rat thoracic cord",
    short_title="Jakšić et al. — adipose exosomes after compression",
    authors=[("Milica", "Jakšić"), ("Henrik", "Aalto"), ("Dragana", "Petković"), ("Samuel", "Osei-Bonsu")],
    affiliations=["Centre for Regenerative Neuroscience, Imaginary University of Novi Sad (fictional)",
                  "Department of Physiology, Invented Institute of Turku (fictional)"],
    journal="Balkan Journal of Experimental Neurosurgery",
    year=2020,
    volume="27(2):88–101",
    doi="10.5555/bjen.2020.027.088",
    pmid="99452003",
    pmcid="PMC99452003",
    received="2019-11-28",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male",
        "body_weight_g": {"low": 280, "high": 320}, "n_per_group": 9,
        "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T10",
        "source_tissue": "adipose", "source_species": "human",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "ExoQuick-TC",
        "characterization": ["DLS", "TEM", "western_blot"], "markers": ["CD9", "CD81", "TSG101", "calnexin"],
        "size_nm": {"value": 86.7, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 100, "unit": "ug_per_kg", "volume_ul": 500, "basis": "protein"},
        "route": "intraperitoneal",
        "frequency": {"doses": 7, "interval_h": 48}, "timing_post_injury_h": 2,
        "mechanism": "PI3K/Akt-mediated neuronal survival",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Objective", "To test whether exosomes from human adipose-derived stem cells, given repeatedly by the "
                      "intraperitoneal route, improve walking after clip compression."),
        ("Methods", "Male rats (n = 9 per group) received a 1-min aneurysm-clip compression at T10 and "
                    "{{source_species,source_tissue|human adipose-derived stem cell exosomes (hADSC-Exo)}} or "
                    "saline every other day for two weeks."),
        ("Results", "At six weeks the exosome-treated rats reached {s:ADSC-Exo@42|int} BBB points and the saline "
                    "rats {s:Saline@42|int}; neuronal loss around the lesion was reduced and p-Akt was higher."),
        ("Conclusion", "Systemic adipose exosomes are a practical add-on after compression injury."),
    ],
    keywords=["adipose-derived stem cells", "exosomes", "compression injury", "intraperitoneal", "Akt"],
    sections=[
        ("intro", "Introduction", [
            "Compression of the cord by bone fragments or disc material is common in human injury, yet most vesicle "
            "studies in rats use contusion [1,12]. Adipose tissue gives large numbers of stromal cells with little "
            "donor harm, and their exosomes (typically 50–150 nm) reach the injured cord after systemic dosing [2,4].",
            "We gave human adipose stem cell exosomes intraperitoneally, a route that is easy to repeat, and scored "
            "locomotion at four sessions over six weeks.",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Animals"),
            "{{species,strain,sex|Male Sprague-Dawley rats}} "
            "{{body_weight_g|(280–320 g, 10–11 weeks)}} came from the (fictional) university breeding unit. The "
            "local ethics committee approved the protocol (no. 03-19), which followed the EU directive on animals "
            "used for science. Rats were "
            "{{reported_randomisation|randomly assigned by sealed envelopes}} to sham, saline or ADSC-Exo "
            "({{n_per_group|n = 9 per group}}).",
            ("h", "Compression injury"),
            "After laminectomy of the T9–T11 arches, "
            "{{injury_model,injury_device,injury_level|a modified aneurysm clip (closing force 35 g) was placed "
            "around the cord at T10}} for 60 s. Sham rats had the laminectomy without the clip.",
            ("h", "Exosomes"),
            "Human adipose-derived stem cells (third passage) were cultured in exosome-depleted medium for 72 h. "
            "Exosomes were precipitated from the medium with "
            "{{isolation_method,isolation_detail|ExoQuick-TC reagent}} (System Biosciences) according to the "
            "maker's protocol and resuspended in saline. We used "
            "{{characterization|dynamic light scattering}} (Zetasizer Nano), "
            "{{characterization|transmission electron microscopy}} and "
            "{{characterization,markers|Western blot for CD9, CD81, TSG101 and calnexin}}.",
            ("h", "Treatment"),
            "{{dose,route|Exosomes (100 µg/kg body weight, in 0.5 ml saline) were injected intraperitoneally}} "
            "{{timing_post_injury_h|2 h after compression}} and then "
            "{{frequency|every other day for 14 days (seven injections)}}. Saline rats received 0.5 ml saline on "
            "the same days. For PC12 cultures, 10, 20 or 40 µg/ml exosomes were added.",
            ("h", "Behavioural sessions"),
            "Locomotion was rated on the BBB scale at four sessions, coded T1–T4 (weeks 1, 2, 4 and 6). "
            "{{reported_blinded_assessment|The two raters were unaware of group assignment.}} For rats with "
            "consistent plantar stepping, the 13-point BBB subscore was also noted. Data are mean ± SEM.",
        ]),
        ("results", "Results", [
            ("h", "Exosome properties"),
            "{{size_nm|DLS showed a mean hydrodynamic diameter of 86.7 nm}} (polydispersity index 0.21); TEM "
            "showed cup-shaped vesicles, and the blots were positive for CD9, CD81 and TSG101 and negative for "
            "calnexin.",
            ("h", "Locomotion"),
            "Table 1 lists the BBB scores at every session. At T1 (week 1) the two injured groups hardly differed "
            "(ADSC-Exo {s:ADSC-Exo@7}, saline {s:Saline@7}). One week later the treated rats had doubled their "
            "score ({s:ADSC-Exo@14|bare}) whereas saline rats were at {s:Saline@14|bare}.",
            "At the 4-week time point the difference was clearest: animals given exosomes scored {s:ADSC-Exo@28} "
            "and saline-injected animals {s:Saline@28}. By the last session (T4, week 6) the hADSC-Exo group "
            "reached {s:ADSC-Exo@42} and the saline group {s:Saline@42}; sham rats walked normally from week 2 on.",
            "BBB subscores at T4 were 6.4 ± 0.9 in treated and 2.1 ± 0.6 in saline rats that qualified. The "
            "inclined-plane angle improved from 38° to 49° with treatment.",
            ("table", "Table 1", "BBB scores after T10 clip compression.", _T3),
            ("h", "Neuronal survival"),
            "NeuN-positive cells within 2 mm of the epicentre were 41% more numerous after treatment, and "
            "phosphorylated Akt was about twice the saline level at week 1.",
        ]),
        ("discussion", "Discussion", [
            "Repeated intraperitoneal exosomes improved hind-limb function after compression by about four BBB "
            "points at six weeks. {{mechanism|The higher p-Akt levels suggest that PI3K/Akt-mediated neuronal "
            "survival}} contributes; blocking the pathway will be needed to prove this.",
            "A systematic review found that tail-vein doses of 100–200 µg gave similar effects [10], and Mensah "
            "and Berg saw scores of 12.5 against 8.0 after compression with local delivery [12].",
        ]),
    ],
    references=refs(*range(13)),
    scores=_S3,
    back=[("Ethics approval", "{{reported_welfare_compliance|The study was approved by the ethics committee for "
                              "animal experiments of the (fictional) University of Novi Sad}} (03-19)."),
          ("Declaration of interest", "{{reported_conflict_of_interest|The authors report no conflicts of "
                                      "interest.}}")],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------------
# 4. Kamau 2023: four groups chained in prose, text at two decimals vs table at one.
# ---------------------------------------------------------------------------------------------
_D4 = [3, 7, 14, 21, 28, 35]
_S4 = scores("BBB", "sd", [("Sham", "sham", 6), ("SCI + vehicle", "control", 8),
                            ("EV-low", "other", 8), ("EV-high", "treatment", 8)],
             grid(_D4, {
                 "Sham": [(21.0, 0.0)] * 6,
                 "SCI + vehicle": [(1.12, 0.64), (2.95, 0.91), (4.86, 1.13), (6.04, 1.22), (6.71, 1.35), (7.03, 1.28)],
                 "EV-low": [(1.25, 0.71), (3.44, 0.98), (6.12, 1.27), (7.48, 1.31), (8.36, 1.42), (8.74, 1.37)],
                 "EV-high": [(1.31, 0.69), (4.18, 1.06), (7.73, 1.19), (9.86, 1.44), (11.27, 1.51), (11.92, 1.33)],
             }))

_T4 = {"orient": "rows", "days": _D4, "groups": ["Sham", "SCI + vehicle", "EV-low", "EV-high"],
       "day_fmt": lambda d: f"{d:g} dpi", "corner": "Time",
       "foot": "Mean ± SD; sham n = 6, injured groups n = 8. dpi, days post-injury."}

KAMAU = Study(
    stem="kamau2023_hpmsc_ev_mascis_tailvein_fourarm",
    layout="twocol",
    title="Dose-dependent locomotor benefit of placental mesenchymal stromal cell extracellular vesicles after "
          "MASCIS contusion in rats",
    short_title="Kamau et al.",
    authors=[("Wanjiru", "Kamau"), ("Pieter", "de Smedt"), ("Achieng", "Odhiambo"), ("Rui", "Santos"),
             ("Fatma", "Yildiz")],
    affiliations=["Department of Anatomy, Fictional Highlands University, Nairobi",
                  "Vesicle Core Facility, Imaginary Biomedical Campus, Ghent"],
    journal="Frontiers in Invented Neuroregeneration",
    year=2023,
    volume="11:1023",
    doi="10.5555/fin.2023.01023",
    pmid="99452004",
    pmcid="PMC99452004",
    received="2023-01-09",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 230, "high": 260}, "n_per_group": 8,
        "injury_model": "contusion", "injury_device": "MASCIS impactor", "injury_level": "T10",
        "source_tissue": "placenta", "source_species": "human",
        "isolation_method": ["ultracentrifugation", "density_gradient"],
        "isolation_detail": "iodixanol cushion, 120,000 g 90 min",
        "characterization": ["NTA", "TEM", "western_blot", "flow_cytometry"],
        "markers": ["CD9", "CD63", "CD81", "HSP70", "calnexin"],
        "size_nm": {"value": 127.5, "low": None, "high": None, "stat": "median", "method": "NTA"},
        "dose": {"amount": 150, "unit": "ug", "volume_ul": 500, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 1,
        "mechanism": "angiogenesis and blood–spinal cord barrier repair",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[(None,
               "Extracellular vesicles (EVs) from {{source_species,source_tissue|human placenta-derived mesenchymal "
               "stromal cells (hPMSCs)}} were given once through the tail vein 1 h after a MASCIS contusion at T10 "
               "in female rats at 50 µg (EV-low) or 150 µg (EV-high), and over five weeks both doses beat vehicle "
               "but the higher one did more, with BBB scores at 35 days of {s:EV-high@35|bare} (EV-high), "
               "{s:EV-low@35|bare} (EV-low) and {s:SCI + vehicle@35|bare} (vehicle), together with denser "
               "CD31-positive vessels and less Evans blue leakage, which suggests that placental EVs act on the "
               "injured vasculature.")],
    keywords=["placenta", "extracellular vesicles", "dose–response", "blood–spinal cord barrier", "MASCIS"],
    sections=[
        ("intro", "Introduction", [
            "The blood–spinal cord barrier opens within minutes of contusion and stays leaky for weeks [6,16]. "
            "Placental stromal cells secrete pro-angiogenic factors, and their EVs, which like other small EVs "
            "measure about 50–200 nm [2], could help restore the barrier.",
            "No dose–response data exist for placental EVs in cord injury. We compared two single intravenous "
            "doses with vehicle.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Ethics and animals"),
            "Procedures were approved by the Institutional Animal Care and Use Committee of Fictional Highlands "
            "University (IACUC-2021-014) and are reported following ARRIVE 2.0. "
            "{{species,strain,sex,body_weight_g|Female Sprague–Dawley rats weighing 230–260 g}} were "
            "{{reported_randomisation|allocated by a computer-generated random sequence}} to sham, SCI + vehicle, "
            "EV-low or EV-high; {{n_per_group|each injured group contained eight rats}} and the sham group six.",
            ("h", "Injury"),
            "{{injury_model,injury_device,injury_level|Contusion was produced with the MASCIS impactor (10 g "
            "weight, 12.5 mm drop) at the T10 level}} after a single-level laminectomy.",
            ("h", "EV isolation and characterisation"),
            "Conditioned medium of passage-4 hPMSCs was clarified (2,000 g, 20 min; 10,000 g, 40 min) and "
            "{{isolation_method,isolation_detail|layered on a 60% iodixanol cushion and spun at 120,000 g for "
            "90 min}}; the interface was washed in PBS at the same speed. Particle size was measured by "
            "{{characterization|nanoparticle tracking (NanoSight LM10)}}, morphology by "
            "{{characterization|TEM}}, and "
            "{{characterization,markers|western blot for CD9, CD63, CD81, HSP70 and calnexin}}. "
            "{{characterization|Bead-based flow cytometry}} confirmed CD63 on the vesicle surface.",
            ("h", "Dosing"),
            "Rats received "
            "{{dose,route,route_detail,timing_post_injury_h|150 µg EVs (EV-high) in 500 µl PBS via the tail vein "
            "one hour after injury}}, or 50 µg in the same volume (EV-low), or PBS alone (vehicle). "
            "{{frequency|The injection was given once.}} HUVEC tube-formation assays used 20 µg/ml EVs.",
            ("h", "Outcome assessment"),
            "BBB scores were collected on days 3, 7, 14, 21, 28 and 35 by "
            "{{reported_blinded_assessment|two investigators blinded to group}}. Evans blue extravasation was "
            "measured at day 3. Results are mean ± SD; one-way ANOVA per day with Tukey's test.",
        ]),
        ("results", "Results", [
            ("h", "Vesicle characterisation"),
            "{{size_nm|Nanoparticle tracking gave a median (D50) diameter of 127.5 nm}}; TEM showed intact "
            "cup-shaped vesicles; CD9, CD63, CD81 and HSP70 were present, calnexin was not.",
            ("h", "Locomotion"),
            "Scores for all four groups are listed in Table 2. Three days after injury the injured groups were "
            "indistinguishable. Between days 7 and 14 the EV-high rats improved most, reaching {s:EV-high@14|d2} "
            "at day 14, while EV-low rats reached {s:EV-low@14|d2} and vehicle rats {s:SCI + vehicle@14|d2}.",
            "At 28 days the ranking was unchanged: sham animals scored {s:Sham@28|bare}, the 150-µg group "
            "{s:EV-high@28|d2}, the 50-µg group {s:EV-low@28|d2}, and vehicle rats {s:SCI + vehicle@28|d2}. "
            "In contrast to the EV-high group, which kept improving and peaked at {s:EV-high@35|d2} on day 35, "
            "the EV-low group levelled off after day 28.",
            "Relative to vehicle, the high dose raised the day-35 score by 70% and the low dose by 24%; the "
            "difference between the two doses was significant from day 21.",
            ("table", "Table 2", "Hind-limb locomotor (BBB) scores by group and day.", _T4),
            ("h", "Vascular readouts"),
            "Evans blue leakage at day 3 was 46% lower in EV-high than in vehicle rats, and CD31-positive vessel "
            "density at day 35 was 1.8-fold higher.",
        ]),
        ("discussion", "Discussion", [
            "A single tail-vein dose of placental EVs improved locomotion in a dose-dependent way. "
            "{{mechanism|We think that angiogenesis and blood–spinal cord barrier repair}} underlie the benefit, "
            "because vessel and barrier readouts moved with the dose.",
            "Petrakis and Suzuki, using umbilical cord vesicles, reported BBB scores of 10.6 versus 6.9 at day 28 "
            "[16]; our high dose produced a gain of the same order. Doses above 200 µg were not tested here.",
        ]),
    ],
    references=refs(*range(16)),
    scores=_S4,
    back=[("Ethics statement", "{{reported_welfare_compliance|The IACUC of Fictional Highlands University "
                               "approved the study}} (IACUC-2021-014)."),
          ("Conflict of interest", "{{reported_conflict_of_interest|The authors declare no competing "
                                   "interests.}}"),
          ("Data availability", "Individual scores are available from the corresponding author.")],
    footnote=FOOTNOTE,
)

STUDIES = [GUNNARSDOTTIR, HAKOBYAN, JAKSIC, KAMAU]
HABITS: dict[str, list[str]] = {HAKOBYAN.stem: ["manuscript"], KAMAU.stem: ["stamp"]}
