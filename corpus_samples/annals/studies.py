"""Four invented rat SCI / MSC-exosome papers for tuning, each written in one lab's habits.

Everything here is invented. Markup as in ``corpus_samples/external/extgen/model.py``.
"""

from __future__ import annotations

from extgen.common import FOOTNOTE, POOL, day_fmt, dpi_fmt
from extgen.model import Scores, Study

COI_NONE = "{{reported_conflict_of_interest|The authors declare no competing interests.}}"


def _v(days: list[float], pairs: list[tuple[float, float]]) -> dict[float, tuple[float, float]]:
    return dict(zip(days, pairs, strict=True))


# --- 1. US lab, single column: days across, SEM, "SCI + PBS" naming, text repeats day 28 ---
D1 = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]
HOLLINGS = Study(
    stem="hollings2021_hbmsc_exo_ih_tailvein", layout="single",
    title="Tail-vein delivery of human bone marrow MSC exosomes improves hindlimb function after thoracic contusion in female rats",
    short_title="Hollings et al. · BMSC exosomes after contusion",
    authors=[("Mara J.", "Hollings"), ("Devin", "Okafor-Reese"), ("Laura P.", "Quintero"), ("Samuel", "Whitcombe")],
    affiliations=["Department of Neurological Surgery, Lakeshore University, Chicago, IL, USA"],
    journal="Journal of Spinal Repair Research", year=2021, volume="18(4):412–425",
    doi="10.5555/jsrr.2021.0412", pmid="90410021", pmcid="PMC9904121", received="2021-01-12",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 225, "high": 250}, "n_per_group": 10,
        "injury_model": "contusion", "injury_device": "Infinite Horizon impactor", "injury_level": "T10",
        "source_tissue": "bone_marrow", "source_species": "human", "modification": "none",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 g 70 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 118.4, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 200, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 2.0,
        "mechanism": "suppression of NF-κB–driven neuroinflammation",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Exosomes released by mesenchymal stromal cells (MSCs) are small vesicles of 30–150 nm that carry "
               "anti-inflammatory cargo. We asked whether a single intravenous dose of native human bone marrow MSC "
               "exosomes given 2 h after a moderate contusion improves open-field locomotion. Treated rats reached "
               "higher BBB scores from the second week onward, and spinal NF-κB activity was lower."),
    ],
    keywords=["spinal cord injury", "exosomes", "mesenchymal stromal cells", "BBB", "NF-κB"],
    sections=[
        ("intro", "Introduction", [
            "Traumatic spinal cord injury leaves most patients with permanent deficits [1]. Exosomes, 30–150 nm "
            "vesicles of endosomal origin [2], have been given to rats at doses between 50 and 400 µg [11], "
            "and one report described vesicles with a mean diameter of 86 nm after tail-vein delivery [5].",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Animals"),
            "All procedures were approved by the {{reported_welfare_compliance|Lakeshore University Institutional Animal "
            "Care and Use Committee (protocol 19-044)}}. Adult {{species,strain,sex|female Sprague-Dawley rats}} "
            "({{body_weight_g|225–250 g}}) were housed two per cage with food and water ad libitum. "
            "{{reported_randomisation|Rats were randomly assigned to groups using a random number table}} "
            f"({{{{n_per_group|n = 10 per group}}}}).",
            ("h", "Spinal cord injury"),
            "Under isoflurane anesthesia a laminectomy was performed at T9 and a "
            "{{injury_model,injury_device|moderate contusion (150 kdyn) was delivered with the Infinite Horizon impactor}} "
            "to the exposed cord at the {{injury_level|T10 spinal segment}}. Sham rats received laminectomy only. "
            "Bladders were expressed manually twice daily until reflex voiding returned.",
            ("h", "Exosome isolation and characterization"),
            "{{source_tissue,source_species|Human bone marrow MSCs}} (passage 3–5) were cultured in exosome-depleted "
            "medium for 48 h. Conditioned medium was cleared at 300 × g, 2000 × g and 10 000 × g and "
            "{{isolation_method,isolation_detail|exosomes were pelleted by ultracentrifugation at 100,000 × g for 70 min}} "
            "(Type 70 Ti rotor), washed in PBS and pelleted again. {{modification|The vesicles were used native, "
            "without any pretreatment of the parent cells}}. Morphology was examined by "
            "{{characterization|transmission electron microscopy}}, size by "
            "{{characterization|nanoparticle tracking analysis (NanoSight NS300)}}, and "
            "{{characterization,markers|western blotting for CD63, TSG101 and the negative marker calnexin}}. "
            "Protein content was measured by BCA assay.",
            ("h", "In vitro assay"),
            "PC12 cells were exposed to 10 µg/ml or 50 µg/ml exosomes for 24 h before a glutamate challenge.",
            ("h", "Treatment"),
            "Two hours after injury, rats received "
            "{{dose,route,route_detail,frequency,timing_post_injury_h|a single injection of 100 µg exosomes in 200 µl PBS "
            "into the tail vein 2 h after injury}}; the SCI + PBS group received 200 µl PBS.",
            ("h", "Behavioral testing"),
            "Hindlimb locomotion was scored on the 21-point BBB scale on days 1, 3, 7, 14, 21 and 28 by "
            "{{reported_blinded_assessment|two examiners blinded to treatment}}. The inclined-plane angle was also recorded.",
        ]),
        ("results", "Results", [
            "NTA gave a {{size_nm|mean diameter of 118.4 ± 6.2 nm}} and TEM showed cup-shaped vesicles.",
            ("table", "Table 1", "BBB locomotor scores after T10 contusion (mean ± SEM; n = 10 per group).",
             {"orient": "cols", "groups": ["Sham", "SCI + PBS", "SCI + Exo"], "days": D1, "day_fmt": day_fmt,
              "corner": "Group",
              "foot": "Sham, laminectomy only. Two-way repeated-measures ANOVA with Tukey's test."}),
            "By day 28 the SCI + Exo group scored {bbb:SCI + Exo@28} compared with {bbb:SCI + PBS@28} in the "
            "SCI + PBS group (p < 0.01). Inclined-plane angles were 41° and 34°, respectively.",
        ]),
        ("discussion", "Discussion", [
            "Our effect size is smaller than the 5-point BBB gain reported after 200 µg of umbilical cord vesicles [5], "
            "possibly because we gave a single dose. Exosomes reduced NF-κB p65 nuclear translocation, and we propose "
            "that {{mechanism|suppression of NF-κB–driven neuroinflammation}} underlies the benefit.",
        ]),
    ],
    references=POOL[0:6] + POOL[10:12],
    scores=Scores("BBB", "sem", [("Sham", "sham", 10), ("SCI + PBS", "control", 10), ("SCI + Exo", "treatment", 10)],
                  {"Sham": _v(D1, [(21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)]),
                   "SCI + PBS": _v(D1, [(0.4, 0.2), (1.8, 0.4), (4.1, 0.6), (6.3, 0.7), (7.5, 0.8), (8.2, 0.7)]),
                   "SCI + Exo": _v(D1, [(0.5, 0.2), (2.1, 0.5), (5.0, 0.6), (8.4, 0.7), (10.2, 0.8), (11.6, 0.9)])}),
    back=[("Conflict of interest", COI_NONE), ("Funding", "Supported by the Lakeshore Neurotrauma Fund (grant LNF-2019-7).")],
    footnote=FOOTNOTE,
)

# --- 2. German lab, two columns: dpi, days as rows, SD, "NaCl" vehicle, figure legend with numbers ---
D2 = [1.0, 7.0, 14.0, 28.0, 42.0]
ECKHARDT = Study(
    stem="eckhardt2020_rbmsc_ev_clip_sec", layout="twocol",
    title="Extracellular vesicles from rat bone marrow stromal cells, purified by size-exclusion chromatography, after clip compression of the thoracic cord",
    short_title="Eckhardt et al.",
    authors=[("Jonas", "Eckhardt"), ("Friederike", "Wallau"), ("Milan", "Brückner"), ("Heike", "Sonnleitner")],
    affiliations=["Klinik für Neurochirurgie, Universitätsklinikum Rhein-Mosel, Koblenz, Germany"],
    journal="Neuroregeneration Reports", year=2020, volume="7:e1183",
    doi="10.5555/nrr.2020.1183", pmid="90410022", pmcid="PMC9904122", received="2020-03-02",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male", "body_weight_g": {"low": 280, "high": 320},
        "n_per_group": 8, "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T8",
        "source_tissue": "bone_marrow", "source_species": "rat",
        "isolation_method": ["ultrafiltration", "size_exclusion"],
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD9", "CD81", "Alix"],
        "size_nm": {"value": 104.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 2e10, "unit": "particles", "volume_ul": 10, "basis": "particles"},
        "route": "intralesional", "route_detail": "lesion site",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.0,
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Size-exclusion chromatography (SEC) yields vesicle preparations with little co-isolated protein."),
        ("Methods", "Male Wistar rats received a 1-min clip compression at T8 and an intralesional injection of "
                    "SEC-purified EVs or NaCl immediately afterwards. Locomotion was followed for 42 days."),
        ("Results", "EV-treated rats reached a BBB score of {bbb:MSC-EV@42|paren} at 42 dpi versus {bbb:NaCl@42|paren} after NaCl."),
    ],
    keywords=["extracellular vesicles", "size-exclusion chromatography", "clip compression", "Wistar rat"],
    sections=[
        ("intro", "1. Introduction", [
            "Most vesicle studies in spinal cord injury used ultracentrifugation and reported sizes of 50–120 nm [2,4]. "
            "Intravenous doses of 1 × 10<sup>11</sup> particles have been described [5].",
        ]),
        ("methods", "2. Materials and methods", [
            ("h", "2.1 Animals and surgery"),
            "Animal experiments were {{reported_welfare_compliance|approved by the Landesuntersuchungsamt "
            "Rheinland-Pfalz (AZ 23 177-07/G 18-1-045) and performed according to the EU Directive 2010/63/EU}}. "
            "We used {{species,strain,sex|male Wistar rats}} weighing {{body_weight_g|280–320 g}}. After laminectomy of "
            "the T8 lamina the cord was {{injury_model,injury_device|compressed for 1 min with a modified aneurysm clip}} "
            "(closing force 25 g) at {{injury_level|Th8}}. {{n_per_group|Each group consisted of 8 animals.}}",
            ("h", "2.2 EV preparation"),
            "{{source_tissue,source_species|Bone marrow stromal cells were flushed from femora of donor Wistar rats}} "
            "and expanded to passage 4. Conditioned medium (serum-free, 48 h) was concentrated by "
            "{{isolation_method|ultrafiltration (100 kDa cut-off) and separated by size-exclusion chromatography}} "
            "(qEVoriginal, 70 nm). EV fractions 7–9 were pooled. Particle number and size were measured by "
            "{{characterization|nanoparticle tracking analysis}} (ZetaView), morphology by "
            "{{characterization|TEM}}, and {{characterization,markers|immunoblots showed CD9, CD81 and Alix}}.",
            ("h", "2.3 Application"),
            "{{dose,route,route_detail,timing_post_injury_h,frequency|Immediately after compression, 2 × 10<sup>10</sup> "
            "particles in 10 µl were injected once into the lesion site}} with a Hamilton syringe; controls received "
            "10 µl NaCl 0.9%.",
            ("h", "2.4 Locomotor testing"),
            "The BBB open-field score was assessed at 1, 7, 14, 28 and 42 dpi by "
            "{{reported_blinded_assessment|two investigators unaware of group allocation}}. Ladder-walk errors were counted at 42 dpi.",
        ]),
        ("results", "3. Results", [
            "NTA showed a {{size_nm|modal size of 104 nm}} and 3.1 × 10<sup>11</sup> particles per ml. In vitro, "
            "1 × 10<sup>8</sup> particles per well reduced LPS-induced TNF-α release by microglia.",
            ("table", "Table 2", "BBB score (mean (SD)) of sham, NaCl and MSC-EV groups.",
             {"orient": "rows", "groups": ["Sham", "NaCl", "MSC-EV"], "days": D2, "day_fmt": dpi_fmt, "corner": "Time"}),
            ("figure", "Figure 3", "Time course of the BBB score. At 28 dpi MSC-EV rats scored {bbb:MSC-EV@28|paren} and NaCl "
             "rats {bbb:NaCl@28|paren}. Ladder-walk errors: 18 vs 27 %.",
             {"groups": ["NaCl", "MSC-EV"], "days": D2}),
        ]),
        ("discussion", "4. Discussion", [
            "A BBB score of 11 after 1 × 10<sup>11</sup> particles i.v. [5] is in the range we observed with a far lower "
            "intralesional dose. Whether SEC removes cargo that matters remains open.",
        ]),
    ],
    references=POOL[1:9],
    scores=Scores("BBB", "sd", [("Sham", "sham", 8), ("NaCl", "control", 8), ("MSC-EV", "treatment", 8)],
                  {"Sham": _v(D2, [(20.6, 0.5), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)]),
                   "NaCl": _v(D2, [(0.0, 0.0), (3.4, 1.1), (5.9, 1.4), (7.6, 1.6), (8.1, 1.5)]),
                   "MSC-EV": _v(D2, [(0.0, 0.0), (4.0, 1.2), (7.3, 1.5), (9.9, 1.7), (10.8, 1.6)])}),
    back=[("Competing interests", COI_NONE)],
    footnote=FOOTNOTE,
)

# --- 3. Korean lab, accepted-manuscript style (line numbers added by manuscript.py): T-coded time points ---
D3 = [1.0, 7.0, 14.0, 28.0, 56.0]
T_CODE = {1.0: "T1", 7.0: "T2", 14.0: "T3", 28.0: "T4", 56.0: "T5"}
SEONG = Study(
    stem="seong2022_hucmsc_exo_nyu_exoquick_iv", layout="single",
    title="Umbilical cord MSC-derived exosomes isolated by polymer precipitation attenuate pyroptosis after spinal cord contusion in rats",
    short_title="Seong et al. · UC-MSC exosomes and pyroptosis",
    authors=[("Ji-Hoon", "Seong"), ("Min-Ji", "Park"), ("Dae-Hyun", "Lim"), ("Eun-Young", "Choi")],
    affiliations=["Department of Rehabilitation Medicine, Hanbit National University College of Medicine, Daejeon, Republic of Korea"],
    journal="Korean Journal of Neurotrauma Science", year=2022, volume="11(2):88–101",
    doi="10.5555/kjns.2022.088", pmid="90410023", pmcid="PMC9904123", received="2022-02-20",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 250, "high": 280},
        "n_per_group": 12, "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T9-T10",
        "source_tissue": "umbilical_cord", "source_species": "human",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "ExoQuick-TC",
        "characterization": ["TEM", "DLS", "western_blot"], "markers": ["CD9", "CD63", "HSP70"],
        "size_nm": {"value": 96.7, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 1e9, "unit": "particles", "volume_ul": 500, "basis": "particles"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 3, "interval_h": 24}, "timing_post_injury_h": 24.0,
        "mechanism": "inhibition of NLRP3 inflammasome-mediated pyroptosis",
        "reported_randomisation": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Objective", "To test whether human umbilical cord MSC exosomes reduce NLRP3-dependent pyroptosis after SCI."),
        ("Methods", "Sprague-Dawley rats with NYU contusion received exosomes or PBS via the tail vein for three days."),
        ("Results", "At T5 (8 weeks), BBB scores were {bbb:hUCMSC-Exo@56} in the exosome group and {bbb:PBS@56} in the PBS group."),
    ],
    keywords=["exosome", "pyroptosis", "NLRP3", "spinal cord injury"],
    sections=[
        ("intro", "INTRODUCTION", [
            "Exosomes (40–160 nm) mediate much of the paracrine effect of MSCs [2]. Pyroptosis, driven by the NLRP3 "
            "inflammasome, amplifies secondary injury [3].",
        ]),
        ("methods", "MATERIALS AND METHODS", [
            ("h", "Experimental animals"),
            "{{reported_welfare_compliance|The Institutional Animal Care and Use Committee of Hanbit National University "
            "approved all procedures (HNU-IACUC-2020-031)}}. {{species,strain,sex|Male Sprague-Dawley rats}} aged 8 weeks "
            "({{body_weight_g|250–280 g}}) were {{reported_randomisation|randomly allocated}} into sham, PBS and "
            "hUCMSC-Exo groups ({{n_per_group|n = 12 per group}}).",
            ("h", "SCI model"),
            "After T9 laminectomy, a {{injury_model,injury_device|10 g rod was dropped from 25 mm with the NYU impactor}} "
            "onto the {{injury_level|T9–T10}} cord.",
            ("h", "Exosome isolation"),
            "{{source_tissue,source_species|Human umbilical cord MSCs}} were purchased from a commercial cell bank. "
            "Supernatants were mixed with {{isolation_method,isolation_detail|ExoQuick-TC}} reagent (System Biosciences) "
            "overnight and centrifuged at 1500 × g for 30 min. Exosomes were observed by "
            "{{characterization|TEM}}, sized by {{characterization|dynamic light scattering}} and identified by "
            "{{characterization,markers|western blot of CD9, CD63 and HSP70}}.",
            ("h", "Exosome administration"),
            "{{dose,route,route_detail,frequency,timing_post_injury_h|Exosomes (1 × 10<sup>9</sup> particles in 500 µl PBS) "
            "were injected via the tail vein once daily for 3 consecutive days starting 24 h after SCI}}.",
            ("h", "Behavioral assessment"),
            "Locomotion was evaluated with the BBB scale before injury (T0) and at 1 day (T1), 1 week (T2), 2 weeks (T3), "
            "4 weeks (T4) and 8 weeks (T5) after injury. BBB subscores (0–13) for paw position and trunk stability were "
            "also recorded.",
        ]),
        ("results", "RESULTS", [
            "The {{size_nm|mean diameter measured by DLS was 96.7 nm}}. BV2 cells treated with 20 µg/ml exosomes showed "
            "less caspase-1 cleavage.",
            ("table", "Table 1", "BBB scores at each time point (mean ± SD).",
             {"orient": "cols", "groups": ["Sham", "PBS", "hUCMSC-Exo"], "days": D3, "day_fmt": lambda d: T_CODE[d],
              "corner": "Group",
              "foot": "T1, 1 day; T2, 1 week; T3, 2 weeks; T4, 4 weeks; T5, 8 weeks post-injury. All rats scored 21 at T0. "
                      "*p < 0.05 vs. PBS."}),
            "At T4 the hUCMSC-Exo group scored {bbb:hUCMSC-Exo@28}, and the BBB subscore reached 7.5 ± 1.2 versus 4.1 ± 1.0 "
            "in the PBS group.",
        ]),
        ("discussion", "DISCUSSION", [
            "We suggest {{mechanism|inhibition of NLRP3 inflammasome-mediated pyroptosis}} as the main mechanism. Earlier "
            "work reported BBB scores of 12.3 at 4 weeks with 200 µg exosomes [5].",
        ]),
    ],
    references=POOL[1:6] + POOL[14:16],
    scores=Scores("BBB", "sd", [("Sham", "sham", 12), ("PBS", "control", 12), ("hUCMSC-Exo", "treatment", 12)],
                  {"Sham": _v(D3, [(21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)]),
                   "PBS": _v(D3, [(0.3, 0.5), (3.2, 1.0), (5.6, 1.3), (7.4, 1.5), (8.9, 1.6)]),
                   "hUCMSC-Exo": _v(D3, [(0.4, 0.5), (4.1, 1.1), (7.2, 1.4), (10.1, 1.6), (12.0, 1.7)])}),
    back=[("Conflict of Interest", "{{reported_conflict_of_interest|No potential conflict of interest relevant to this article was reported.}}")],
    footnote=FOOTNOTE,
)

# --- 4. Brazilian lab, two columns: weeks, text-only scores with SEM, other scale (inclined plane) ---
D4 = [7.0, 14.0, 21.0, 28.0]
TEIXEIRA = Study(
    stem="teixeira2023_hadsc_ev_weightdrop_ip", layout="twocol",
    title="Adipose-derived stromal cell extracellular vesicles given intraperitoneally after weight-drop spinal cord injury in Wistar rats",
    short_title="Teixeira et al.",
    authors=[("Luana", "Teixeira"), ("Rafael C.", "Bittencourt"), ("Paula", "Assunção"), ("Gustavo H.", "Moraes")],
    affiliations=["Laboratório de Neurorregeneração, Universidade Federal do Vale do Paraná, Curitiba, PR, Brazil"],
    journal="Brazilian Archives of Experimental Neurology", year=2023, volume="45:e230117",
    doi="10.5555/baen.2023.0117", pmid="90410024", pmcid="PMC9904124", received="2023-01-17",
    values={
        "species": "rat", "strain": "Wistar", "sex": "female", "body_weight_g": {"low": 200, "high": 240},
        "n_per_group": 7, "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T10",
        "source_tissue": "adipose", "source_species": "human",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "120,000 g 90 min",
        "characterization": ["NTA", "flow_cytometry"], "markers": ["CD63", "CD81"],
        "size_nm": {"value": 142.0, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 50, "unit": "ug", "volume_ul": 1000, "basis": "protein"},
        "route": "intraperitoneal", "frequency": {"doses": 7, "interval_h": 24}, "timing_post_injury_h": 1.0,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Extracellular vesicles (EVs) from human adipose-derived stromal cells (hADSC) were given "
               "intraperitoneally for seven days after weight-drop injury. Female rats treated with EVs recovered "
               "better hindlimb function at four weeks."),
    ],
    keywords=["EVs", "adipose tissue", "weight drop", "BBB scale"],
    sections=[
        ("intro", "Introduction", [
            "Vesicles from adipose stromal cells measure 100–200 nm [2,14] and have been given at 100 µg/kg in mice [9].",
        ]),
        ("methods", "Methods", [
            "This study {{reported_welfare_compliance|was approved by the Ethics Committee on Animal Use (CEUA) of the "
            "university (protocol 044/2021) and followed CONCEA guidelines}}. {{species,strain,sex|Female Wistar rats}} "
            "({{body_weight_g|200–240 g}}) were divided into Sham, SCI and SCI+EV groups "
            "({{n_per_group|seven animals per group}}). {{injury_model,injury_device|Contusion was produced by a weight drop "
            "(10 g from 25 mm)}} on the exposed cord at the {{injury_level|T10 level}}.",
            "{{source_tissue,source_species|hADSC were isolated from lipoaspirates of healthy human donors}} and EVs were "
            "obtained from 48 h conditioned medium by differential centrifugation, with a final "
            "{{isolation_method,isolation_detail|ultracentrifugation at 120,000 × g for 90 min}}. EVs were characterised by "
            "{{characterization|NTA}} and by {{characterization,markers|bead-based flow cytometry for CD63 and CD81}}.",
            "SCI+EV rats received {{dose,route,frequency,timing_post_injury_h|50 µg EVs in 1 ml saline intraperitoneally, "
            "starting 1 h after injury and repeated daily for 7 days}}; the SCI group received saline.",
            "Motor function was scored weekly with the BBB scale and the inclined plane test by an examiner.",
        ]),
        ("results", "Results", [
            "EVs had a {{size_nm|mean size of 142 nm}} by NTA.",
            "In the first week after injury, BBB scores did not differ (SCI+EV {bbb:SCI+EV@7} vs SCI {bbb:SCI@7}). From the "
            "second week the SCI+EV group improved faster ({bbb:SCI+EV@14} vs {bbb:SCI@14}; week 3: {bbb:SCI+EV@21} vs "
            "{bbb:SCI@21}), and at week 4 the difference was largest ({bbb:SCI+EV@28} vs {bbb:SCI@28}; p = 0.003; "
            "mean ± SEM). Sham rats scored {bbb:Sham@28} at week 4. Inclined-plane angles at week 4 were 52.1 ± 2.3° "
            "and 44.6 ± 2.0°.",
        ]),
        ("discussion", "Discussion", [
            "Others found BBB scores of 9.8 ± 0.9 after intravenous EVs [5]. The intraperitoneal route is simple, "
            "although how many vesicles reach the cord is unknown.",
        ]),
    ],
    references=POOL[0:4] + POOL[8:10] + POOL[12:14],
    scores=Scores("BBB", "sem", [("Sham", "sham", 7), ("SCI", "control", 7), ("SCI+EV", "treatment", 7)],
                  {"Sham": _v(D4, [(21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)]),
                   "SCI": _v(D4, [(2.6, 0.5), (4.8, 0.6), (6.1, 0.7), (7.0, 0.6)]),
                   "SCI+EV": _v(D4, [(3.0, 0.6), (6.4, 0.7), (8.5, 0.7), (9.9, 0.8)])}),
    back=[("Conflicts of interest", "{{reported_conflict_of_interest|The authors have no conflicts of interest to declare.}}"),
          ("Funding", "Supported by a regional research foundation grant (FAP-VP 2021/0098).")],
    footnote=FOOTNOTE,
)

STUDIES = [HOLLINGS, ECKHARDT, SEONG, TEIXEIRA]
MANUSCRIPT_STYLE = {SEONG.stem}  # rendered with line numbers and an accepted-manuscript banner
