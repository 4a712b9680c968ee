"""Ledger studies 1-4 (extgen's single / twocol layouts). Everything here is invented."""

from __future__ import annotations

from extgen.common import FOOTNOTE, POOL, TH
from extgen.model import Scores

from ledgen.grid import LStudy


def series(days: list[float], *pairs: tuple[float, float]) -> dict[float, tuple[float, float]]:
    return dict(zip(days, pairs, strict=True))


# --------------------------------------------------------------------------------------
# 1. Iranian lab: group codes G1-G4 explained in a footnote, "n" in its own column, the
#    time unit in a spanning header, sham written "21" only, a P-value row and an F row
#    under the scores, a histology table beside it (no scores there).
# --------------------------------------------------------------------------------------
D1 = [1.0, 3.0, 7.0, 14.0, 28.0]
AMIRKHANI = LStudy(
    stem="amirkhani2021_hucmsc_exo_gcodes_iv",
    layout="single",
    title="Intravenous exosomes from human umbilical cord mesenchymal stem cells limit pyroptosis "
          "and improve hind-limb function after weight-drop spinal cord contusion in rats",
    short_title="Amirkhani et al. · hUCMSC exosomes after contusion",
    authors=[("Nasrin", "Amirkhani"), ("Reza", "Tavakoli-Sani"), ("Parisa", "Gholamzadeh"),
             ("Hamid", "Esfandiari")],
    affiliations=["Neuroregeneration Research Unit, Alborz Institute of Medical Sciences (invented), Karaj",
                  "Department of Anatomy, Zagros Faculty of Medicine (invented), Kermanshah"],
    journal="Iranian Journal of Neurotrauma Research",
    year=2021,
    volume="9(3):211–224",
    doi="10.5555/ijnr.2021.0417",
    pmid="99100801",
    pmcid="PMC9910801",
    received="2021-02-11",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male", "body_weight_g": {"low": 250, "high": 300},
        "n_per_group": 8, "injury_model": "contusion", "injury_device": "weight drop",
        "injury_level": "T10", "source_tissue": "umbilical_cord", "source_species": "human",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "110,000 g 90 min",
        "characterization": ["TEM", "NTA", "western_blot"],
        "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 112.4, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug_per_kg", "volume_ul": 500, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 1,
        "mechanism": "inhibition of NLRP3 inflammasome-mediated pyroptosis",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Pyroptotic death of neurons and glia amplifies tissue loss after spinal cord "
         "injury (SCI). We asked whether exosomes from human umbilical cord mesenchymal stem cells "
         "(hUCMSC-Exo) modify this process in rats."),
        ("Methods", "Adult male Wistar rats received a weight-drop contusion and, 1 h later, a single "
         "tail-vein injection of hUCMSC-Exo or PBS. Hind-limb function was scored with the BBB scale "
         "for four weeks."),
        ("Results", "Exosome-treated rats recovered more hind-limb function from day 14 onwards, "
         "expressed less NLRP3, cleaved caspase-1 and GSDMD-N, and had smaller cavities."),
        ("Conclusion", "hUCMSC-Exo given early and systemically reduce pyroptosis and improve "
         "locomotion after contusion."),
    ],
    keywords=["spinal cord injury", "exosome", "umbilical cord", "pyroptosis", "NLRP3"],
    sections=[
        ("intro", "1. Introduction", [
            "Traumatic spinal cord injury leaves most patients with permanent deficits; the primary "
            "mechanical insult is followed by hours to weeks of secondary injury in which inflammasome "
            "activation and pyroptosis kill cells that survived the impact [3].",
            "Exosomes are endosome-derived vesicles of roughly 30–150 nm in diameter that carry proteins "
            "and RNAs between cells [2]. Vesicles from bone marrow stromal cells, given at 200 µg per rat, "
            "improved BBB scores by about three points in an earlier contusion study [5], but whether "
            "umbilical cord vesicles act on pyroptosis is not known.",
        ]),
        ("methods", "2. Materials and methods", [
            ("h", "2.1. Animals and ethics"),
            "Forty {{species,strain,sex|male Wistar rats}} ({{body_weight_g|250–300 g}}) were bought from the "
            "institute's breeding colony and kept two per cage under a 12-h light cycle. "
            "{{reported_welfare_compliance|All procedures were approved by the Ethics Committee for Animal "
            "Experiments of the Alborz Institute (approval IR.AIMS.REC.1398.112)}} and followed national "
            "guidelines for the care of laboratory animals.",
            "Rats were allocated to {{n_per_group|four groups of eight}} by a computer-generated list "
            "({{reported_randomisation|randomly assigned using a computer-generated sequence}}); eight "
            "spare animals replaced those excluded before treatment. The groups were coded G1 to G4 "
            "(Table 2).",
            ("h", "2.2. Spinal cord injury"),
            "Under ketamine/xylazine anaesthesia a laminectomy was made and the cord was injured with a "
            "{{injury_model,injury_device|modified Allen weight-drop device}} (10 g rod dropped from 25 mm) "
            "{{injury_level|at the T10 vertebral level}}. Bladders were emptied manually twice a day "
            "until reflex voiding returned. G1 rats had a laminectomy only.",
            ("h", "2.3. Cell culture and exosome isolation"),
            "{{source_tissue,source_species|Human umbilical cord mesenchymal stem cells}} (passages 3–5) "
            "were grown to 80% confluence and switched to exosome-depleted medium for 48 h. The medium was "
            "cleared at 300 × g (10 min), 2000 × g (20 min) and 10" + TH + "000 × g (30 min), and vesicles "
            "were pelleted {{isolation_method,isolation_detail|by ultracentrifugation at 110,000 g for "
            "90 min}} at 4 °C, washed once in PBS and spun again. Protein was measured with a BCA kit.",
            ("h", "2.4. Characterisation"),
            "Morphology was examined by {{characterization|transmission electron microscopy}} after "
            "negative staining, size distribution by {{characterization|nanoparticle tracking analysis}} "
            "(NanoSight NS300), and marker proteins by {{characterization|western blotting}} for "
            "{{markers|CD9, CD63 and TSG101, with calnexin as a negative control}}.",
            ("h", "2.5. Treatment"),
            "One hour after contusion, G4 rats received {{dose|hUCMSC-Exo (100 µg/kg, in 500 µL PBS)}} "
            "{{route,route_detail,timing_post_injury_h|through the tail vein 1 h after injury}}, as "
            "{{frequency|a single injection}}; G3 rats received 500 µL PBS in the same way and G2 rats "
            "were injured but not injected.",
            ("h", "2.6. Behaviour and histology"),
            "Locomotion was rated on the 21-point Basso, Beattie and Bresnahan (BBB) scale on days 1, 3, 7, "
            "14 and 28 by {{reported_blinded_assessment|two observers blinded to group allocation}}; "
            "their mean was used. On day 28 the rats were perfused and 20-µm sections through the "
            "epicentre were stained for NeuN, GFAP and NLRP3.",
            "For the in vitro pyroptosis model, PC12 cells primed with LPS and ATP were exposed to "
            "hUCMSC-Exo at 25 or 50 µg/mL for 24 h.",
            ("h", "2.7. Statistics"),
            "Data are mean ± SEM. BBB scores were compared by two-way repeated-measures ANOVA with "
            "Bonferroni post-tests, histology by one-way ANOVA; P < 0.05 was significant.",
        ]),
        ("results", "3. Results", [
            ("h", "3.1. Vesicle characteristics"),
            "Electron micrographs showed cup-shaped vesicles, and NTA gave a "
            "{{size_nm|mean diameter of 112.4 ± 6.8 nm}} with 3.2 × 10<sup>11</sup> particles/mL. The "
            "vesicles carried CD9, CD63 and TSG101 and lacked calnexin.",
            ("h", "3.2. Locomotor recovery"),
            "Two G2 rats and one G3 rat died of bladder infection in the third week; Table 2 lists the "
            "group sizes at each assessment. Scores of the three injured groups were similar during the "
            "first week, and G4 separated from G3 from day 14 onwards (Table 2). At day 28, G4 reached "
            "{bbb:G4@28} compared with {bbb:G3@28} in G3.",
            ("table", "Table 2", "Basso–Beattie–Bresnahan scores after contusion (mean ± SEM).", {
                "head": 2,
                "spans": [(0, 0, 0, 1), (1, 0, 1, 1), (2, 0, 6, 0)],
                "grid": [
                    ["Group", "n", "Days post-injury", "", "", "", ""],
                    ["", "", "1", "3", "7", "14", "28"],
                    ["G1", "8", "{s:G1@1|bare}", "{s:G1@3|bare}", "{s:G1@7|bare}", "{s:G1@14|bare}", "{s:G1@28|bare}"],
                    ["G2", "8/6", "{s:G2@1}", "{s:G2@3}", "{s:G2@7}", "{s:G2@14}", "{s:G2@28}"],
                    ["G3", "8/7", "{s:G3@1}", "{s:G3@3}", "{s:G3@7}", "{s:G3@14}", "{s:G3@28}"],
                    ["G4", "8", "{s:G4@1}", "{s:G4@3}", "{s:G4@7}", "{s:G4@14}<sup>*</sup>", "{s:G4@28}<sup>**</sup>"],
                    ["<i>P</i> (G4 vs G3)", "", "0.71", "0.48", "0.12", "0.018", "0.002"],
                    ["<i>F</i> (group × time)", "", "", "", "<i>F</i>(12, 104) = 9.86", "", ""],
                ],
                "foot": "G1, laminectomy only (sham); G2, SCI without treatment; G3, SCI + PBS (500 µL, tail "
                        "vein); G4, SCI + hUCMSC-Exo (100 µg/kg, tail vein, 1 h). n is given as at day 1 / "
                        "at day 28 where animals were lost. * P < 0.05, ** P < 0.01 versus G3.",
            }),
            ("h", "3.3. Pyroptosis and tissue sparing"),
            "Cleaved caspase-1 and GSDMD-N were lower in G4 than in G3 at day 3, and the cavity was "
            "smaller at day 28 (Table 3). In PC12 cells, 50 µg/mL hUCMSC-Exo reduced LDH release by 41%.",
            ("table", "Table 3", "Histology at day 28 (mean ± SEM, n = 5 per group).", {
                "grid": [
                    ["Measure", "G1", "G2", "G3", "G4"],
                    ["Cavity (% of section area)", "–", "21.4 ± 2.6", "19.8 ± 2.2", "11.3 ± 1.7"],
                    ["NeuN<sup>+</sup> cells per field", "48.2 ± 3.1", "14.6 ± 1.8", "15.9 ± 2.0", "26.7 ± 2.4"],
                    ["GFAP (integrated density, ×10<sup>3</sup>)", "7.1 ± 0.8", "18.5 ± 1.9", "17.2 ± 1.5", "10.9 ± 1.2"],
                    ["NLRP3<sup>+</sup> cells per field", "2.0 ± 0.4", "13.7 ± 1.4", "12.8 ± 1.1", "6.3 ± 0.9"],
                ],
            }),
        ]),
        ("discussion", "4. Discussion", [
            "A single intravenous dose of cord-derived exosomes improved BBB scores by about four points at "
            "four weeks. This effect is in the range of earlier reports with bone marrow vesicles, which "
            "used 200 µg per animal and found final scores of 11 to 13 [5], and of vesicles measuring "
            "80–100 nm by TEM in other hands [14].",
            "Reduced NLRP3, cleaved caspase-1 and GSDMD-N suggest that the vesicles act at least partly by "
            "{{mechanism|inhibition of NLRP3 inflammasome-mediated pyroptosis}}. The study has limits: "
            "only male rats were used, and no dose–response was run.",
        ]),
    ],
    references=POOL[0:6] + [POOL[13]] + POOL[6:9],
    scores=Scores(
        outcome="BBB", err="sem",
        groups=[("G1", "sham", 8), ("G2", "control", 8), ("G3", "control", 8), ("G4", "treatment", 8)],
        values={
            "G1": series(D1, (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)),
            "G2": series(D1, (0.6, 0.2), (1.8, 0.4), (3.9, 0.6), (5.6, 0.7), (7.1, 0.8)),
            "G3": series(D1, (0.7, 0.3), (2.0, 0.4), (4.1, 0.5), (6.0, 0.6), (7.4, 0.7)),
            "G4": series(D1, (0.8, 0.3), (2.3, 0.5), (5.0, 0.6), (8.6, 0.7), (11.6, 0.8)),
        }),
    n_at={("G2", 28.0): 6, ("G3", 28.0): 7},
    back=[
        ("Conflict of interest", "{{reported_conflict_of_interest|The authors declare that they have no "
         "conflict of interest}}."),
        ("Funding", "Supported by grant 98-0112 of the Alborz Institute research council (invented)."),
    ],
    notes=["n per group is 8 at allocation; Table 2 gives n at day 28 (G2 6, G3 7): rows at day 28 carry those."],
    footnote=FOOTNOTE,
)


# --------------------------------------------------------------------------------------
# 2. Brazilian lab: days down the side with "dpi" in the corner cell, group columns with
#    "(n = x)" in the header, "mean (SD)" cells, "–" for days not assessed, a BBB
#    subscore table (0-13) beside it that must not become BBB rows.
# --------------------------------------------------------------------------------------
D2 = [2.0, 7.0, 14.0, 21.0, 28.0, 42.0]
BEZERRA = LStudy(
    stem="bezerra2020_radsc_ev_qev_intrathecal",
    layout="twocol",
    title="Intrathecal extracellular vesicles from rat adipose-derived stromal cells improve stepping "
          "after thoracic contusion",
    short_title="Bezerra et al., ADSC-EV intrathecal",
    authors=[("Larissa", "Bezerra"), ("Tiago M.", "Quintanilha"), ("Renata", "Albuquerque Sá"),
             ("Júlio C.", "Penteado"), ("Marina", "Okamoto-Reis")],
    affiliations=["Laboratório de Neurorregeneração, Universidade Federal do Cerrado (invented), Goiânia",
                  "Núcleo de Biologia Vesicular, Instituto Paulista de Ciências (invented), Campinas"],
    journal="Brazilian Archives of Experimental Neurology",
    year=2020,
    volume="Vol. 14, e20200187",
    doi="10.5555/baen.2020.e187",
    pmid="99100802",
    pmcid="PMC9910802",
    received="2020-05-29",
    values={
        "species": "rat", "strain": "Wistar", "sex": "female", "body_weight_g": {"low": 220, "high": 260},
        "n_per_group": 7, "injury_model": "contusion", "injury_device": "NYU impactor",
        "injury_level": "T9", "source_tissue": "adipose", "source_species": "rat",
        "modification": "none",
        "isolation_method": ["ultrafiltration", "size_exclusion"],
        "isolation_detail": "Amicon 100 kDa, qEV original 70 nm",
        "characterization": ["NTA", "TEM", "western_blot"],
        "markers": ["CD63", "CD81", "Alix", "GM130"],
        "size_nm": {"value": 98.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 30, "unit": "ug", "volume_ul": 10, "basis": "protein"},
        "route": "intrathecal", "route_detail": "lumbar puncture L5-L6",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 24,
        "mechanism": "reduced microglial activation and astrogliosis",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Extracellular vesicles (EVs) of adipose-derived stromal cells (ADSCs) are easy to obtain in "
         "quantity. We injected native rat ADSC-EVs intrathecally 24 h after a moderate NYU contusion in female "
         "Wistar rats and followed locomotion with the BBB scale and its subscore for six weeks. EV-treated "
         "rats stepped earlier and reached higher BBB scores than vehicle rats from the third week; lesions "
         "held fewer Iba1-positive cells."),
    ],
    keywords=["adipose-derived stromal cells", "extracellular vesicles", "intrathecal", "BBB subscore"],
    sections=[
        ("intro", "Introduction", [
            "Spinal cord injury (SCI) causes lasting paralysis, and no biological therapy has reached routine "
            "use [1]. Stromal-cell vesicles, mostly 50–200 nm across, reproduce several effects of the cells "
            "themselves [2,4]. Intrathecal delivery places them in the cerebrospinal fluid close to the lesion "
            "[8]; one group gave 100 µg by this route and reported a BBB gain of two points [11].",
        ]),
        ("methods", "Material and methods", [
            ("h", "Animals"),
            "Adult {{species,sex,strain|female Wistar rats}} weighing {{body_weight_g|220 to 260 g}} were used. "
            "{{reported_welfare_compliance|The protocol was approved by the institutional Animal Use Ethics "
            "Committee (CEUA 041/2018) and complied with Brazilian law 11.794/2008}}. Seven animals per "
            "group ({{n_per_group|n = 7 per group}}) were studied.",
            ("h", "Contusion"),
            "After laminectomy {{injury_level|at T9}}, a {{injury_model,injury_device|contusion was produced "
            "with the NYU impactor}} (10 g, 12.5 mm). Sham rats had the laminectomy only.",
            ("h", "ADSC culture and EV isolation"),
            "ADSCs were isolated from {{source_species,source_tissue|the inguinal fat pads of adult Wistar "
            "rats}} and used at passage 4. Conditioned medium (48 h, serum-free) was cleared "
            "at 2000 × g, concentrated {{isolation_method,isolation_detail|with Amicon Ultra-15 100 kDa "
            "filters}} and fractionated on {{isolation_method,isolation_detail|qEV original 70 nm "
            "size-exclusion columns}}; fractions 7–9 were pooled. The vesicles were used "
            "{{modification|without any modification or preconditioning}}.",
            "EVs were characterised by {{characterization|NTA (ZetaView)}}, "
            "{{characterization|TEM}} and {{characterization|immunoblotting}} for "
            "{{markers|CD63, CD81 and Alix; GM130 served as a negative marker}}.",
            ("h", "Intrathecal injection"),
            "{{timing_post_injury_h|Twenty-four hours after SCI}}, rats received {{dose|30 µg of EVs in "
            "10 µL}} of PBS {{route,route_detail|by intrathecal injection through lumbar puncture at "
            "L5–L6}}, {{frequency|once}}; vehicle rats received 10 µL PBS.",
            ("h", "Functional assessment"),
            "BBB scores and the BBB subscore (0–13; paw position, toe clearance, trunk stability, tail) were "
            "recorded on days 2, 7, 14, 21, 28 and 42 {{reported_blinded_assessment|by two examiners who "
            "did not know the treatment}}. Day 2 and day 42 were not assessed in the sham group.",
            ("h", "Statistics"),
            "Results are mean (SD); groups were compared by mixed-model ANOVA with Tukey tests.",
        ]),
        ("results", "Results", [
            "The EV preparation had a {{size_nm|modal size of 98 nm (NTA)}} and 1.9 × 10<sup>10</sup> "
            "particles per µg protein. Injured rats scored near zero on day 2. Table 1 shows that the EV "
            "group separated from vehicle from day 21, and on day 42 EV rats scored {bbb:SCI + EV@42|paren} "
            "against {bbb:SCI + vehicle@42|paren}. The subscore rose only in rats that had reached "
            "consistent plantar stepping (Table 2).",
            ("table", "Table 1", "BBB open-field scores, mean (SD).", {
                "grid": [
                    ["dpi", "Sham (n = 5)", "SCI + vehicle (n = 7)", "SCI + EV (n = 7)"],
                    ["2", "–", "{s:SCI + vehicle@2|paren}", "{s:SCI + EV@2|paren}"],
                    ["7", "{s:Sham@7|paren}", "{s:SCI + vehicle@7|paren}", "{s:SCI + EV@7|paren}"],
                    ["14", "{s:Sham@14|paren}", "{s:SCI + vehicle@14|paren}", "{s:SCI + EV@14|paren}"],
                    ["21", "{s:Sham@21|paren}", "{s:SCI + vehicle@21|paren}", "{s:SCI + EV@21|paren}<sup>a</sup>"],
                    ["28", "{s:Sham@28|paren}", "{s:SCI + vehicle@28|paren}", "{s:SCI + EV@28|paren}<sup>a</sup>"],
                    ["42", "–", "{s:SCI + vehicle@42|paren}", "{s:SCI + EV@42|paren}<sup>b</sup>"],
                ],
                "foot": "dpi, days post-injury; –, not assessed. <sup>a</sup>p < 0.05, <sup>b</sup>p < 0.01 "
                        "versus SCI + vehicle (Tukey).",
            }),
            ("table", "Table 2", "BBB subscore (0–13), mean (SD); only rats with frequent stepping were scored.", {
                "grid": [
                    ["dpi", "SCI + vehicle", "SCI + EV"],
                    ["21", "0.4 (0.5)", "1.6 (1.1)"],
                    ["28", "1.1 (0.9)", "3.4 (1.5)"],
                    ["42", "2.0 (1.2)", "5.9 (1.8)"],
                ],
            }),
            "Iba1-positive microglia at the epicentre were 38% fewer in EV rats on day 42, and GFAP staining "
            "was less intense around the lesion.",
        ]),
        ("discussion", "Discussion", [
            "A single intrathecal dose of 30 µg native ADSC-EVs gave a gain of about three BBB points at six "
            "weeks. Others injected 100 µg by the same route [11] or gave 1 × 10<sup>10</sup> particles "
            "intravenously for three days [5] and reported final BBB scores close to 12. We propose that "
            "the benefit reflects {{mechanism|reduced microglial activation and astrogliosis}}.",
        ]),
    ],
    references=[POOL[10], POOL[1], POOL[9], POOL[3], POOL[4], POOL[6], POOL[12], POOL[7], POOL[2],
                POOL[11], POOL[15]],
    scores=Scores(
        outcome="BBB", err="sd",
        groups=[("Sham", "sham", 5), ("SCI + vehicle", "control", 7), ("SCI + EV", "treatment", 7)],
        values={
            "Sham": {7.0: (20.6, 0.5), 14.0: (20.8, 0.4), 21.0: (21.0, 0.0), 28.0: (21.0, 0.0)},
            "SCI + vehicle": series(D2, (0.3, 0.5), (2.6, 1.1), (5.4, 1.6), (7.0, 1.5), (8.1, 1.7), (9.0, 1.6)),
            "SCI + EV": series(D2, (0.4, 0.5), (3.1, 1.3), (6.6, 1.8), (9.2, 1.4), (10.8, 1.5), (12.1, 1.3)),
        }),
    back=[("Declaration of interest", "{{reported_conflict_of_interest|The authors report no competing "
           "interests}}."),
          ("Data availability", "Raw scores are available from the corresponding author on request.")],
    footnote=FOOTNOTE,
)

STUDIES = [AMIRKHANI, BEZERRA]
