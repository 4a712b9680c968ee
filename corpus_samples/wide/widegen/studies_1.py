"""Wide corpus, studies 1-3 (invented). Markup: see ``extgen.model`` and ``widegen.core``."""

from __future__ import annotations

from extgen.model import Scores

from widegen.core import WideStudy
from widegen.refs import GMU, MINUS, MU, NB, NOTICE, POOL, TH

DAYS6 = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]


def _v(days: list[float], pairs: list[tuple[float, float]]) -> dict[float, tuple[float, float]]:
    return dict(zip(days, pairs, strict=True))


# ----------------------------------------------------------------------------- 1
ABARA = WideStudy(
    stem="abara2021_hucmsc_exo_nyu_tailvein",
    layout="twocol",
    exercises="native hucMSC exosomes, NYU T10 in words, long UC protocol with washes, single immediate tail-vein "
              "dose; BBB only in text: 'respectively' lists, group-before-value, 'vs' with mean only (SEM)",
    title="Umbilical cord mesenchymal stem cell exosomes given once after contusion improve hindlimb function in rats",
    short_title="hucMSC exosomes after contusion",
    authors=[("Chidinma", "Abara"), ("Luis", "Ferreyra"), ("Anneke", "Visser"), ("Tomasz", "Kral")],
    affiliations=["Department of Neurosurgery, Lakeside University Hospital, Northvale",
                  "Institute of Regenerative Biology, Northvale"],
    journal="Journal of Experimental Spinal Therapeutics",
    year=2021, volume="14(3):e0417", doi="10.5555/jest.2021.0417", pmid="99200101", pmcid="PMC99200101",
    received="2021-02-11",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 220, "high": 260},
        "n_per_group": 10, "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T10",
        "source_tissue": "umbilical_cord", "source_species": "human", "modification": "none",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 × g 70 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 118.6, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 500, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein", "frequency": {"doses": 1, "interval_h": None},
        "timing_post_injury_h": 0.0, "mechanism": "suppression of NLRP3 inflammasome-mediated pyroptosis",
        "reported_randomisation": True, "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Exosomes released by mesenchymal stem cells may carry part of the benefit of cell therapy after "
               "spinal cord injury (SCI). We isolated exosomes from human umbilical cord mesenchymal stem cells "
               "(hucMSC-Exo) and gave a single intravenous dose to female rats immediately after a thoracic "
               "contusion. Over four weeks, treated rats regained more hindlimb movement than PBS-treated rats "
               "(BBB score on day 28, {o:hucMSC-Exo@28} vs {o:PBS@28}). Lesions of treated rats contained fewer "
               "cleaved caspase-1-positive cells, suggesting that the vesicles act by "
               "{{mechanism|suppressing NLRP3 inflammasome-mediated pyroptosis}}."),
    ],
    keywords=["spinal cord injury", "exosomes", "umbilical cord", "pyroptosis", "BBB"],
    sections=[
        ("intro", "1. Introduction", [
            "Traumatic SCI starts a secondary cascade of ischaemia, inflammation and cell death that extends the "
            "lesion well beyond the primary impact [3]. Mesenchymal stem cells (MSCs) reduce this damage in "
            "animal models, yet most transplanted cells are trapped in the lungs and few reach the cord [5].",
            "Exosomes are small membrane vesicles, typically 30–150 nm across, that MSCs release in large "
            "numbers [2]. Earlier work reported that 200 µg of bone marrow MSC exosomes raised BBB scores to "
            "about 12 four weeks after a T10 contusion [5], and repeated dosing has been suggested to be "
            "more effective [13]. Whether a single early dose of umbilical cord MSC exosomes is enough has not "
            "been tested, and we addressed it here.",
        ]),
        ("methods", "2. Materials and methods", [
            ("h", "2.1. Animals and ethics"),
            "Thirty adult {{species,strain,sex,body_weight_g|female Sprague-Dawley rats (220–260 g)}} were "
            "obtained from the university breeding unit and housed three per cage with free access to food and "
            "water. All procedures were {{reported_welfare_compliance|approved by the Institutional Animal Care "
            "and Use Committee of Lakeside University (protocol 2019-044)}}. Rats were "
            "{{reported_randomisation|randomly assigned using a computer-generated sequence}} to sham, PBS or "
            "hucMSC-Exo groups ({{n_per_group|n = 10 per group}}).",
            ("h", "2.2. Cell culture"),
            "{{source_tissue,source_species|Human umbilical cord mesenchymal stem cells (hucMSCs)}} were "
            "purchased from a commercial cell bank, expanded in α-MEM with 10% fetal bovine serum and used at "
            "passages 3–5. Before vesicle collection, the medium was replaced by serum-free medium for 48 h.",
            ("h", "2.3. Exosome isolation"),
            f"Conditioned medium (about 400 mL per batch) was centrifuged at 300{NB}× g for 10 min and at "
            f"2,000{NB}× g for 20 min to remove cells and debris, then at 10,000{NB}× g for 30 min to remove "
            f"larger vesicles. The supernatant was filtered (0.22 {MU}m) and "
            f"{{{{isolation_method,isolation_detail|ultracentrifuged at 100,000{NB}× g for 70 min}}}} at 4 °C "
            f"(Type 70 Ti rotor). The pellet was washed in 30 mL of PBS and pelleted again at 100,000{NB}× g for "
            f"70 min, resuspended in 250 {MU}L of PBS and stored at {MINUS}80 °C. "
            "{{modification|The exosomes were used without any modification.}} Protein content was measured "
            "with a BCA assay.",
            ("h", "2.4. Characterisation of exosomes"),
            "{{characterization|Morphology was examined by transmission electron microscopy (TEM)}} after "
            "negative staining with 2% uranyl acetate. Size distribution was measured by "
            "{{characterization|nanoparticle tracking analysis (NTA; NanoSight NS300)}}. "
            "{{characterization,markers|Western blotting for CD9, CD63 and TSG101, with calnexin as a "
            "negative marker,}} used rabbit monoclonal antibodies (1:1000) and a goat anti-rabbit secondary "
            "antibody (1:5000).",
            ("h", "2.5. Contusion injury"),
            "Rats were anaesthetised with sodium pentobarbital (40 mg/kg, i.p.). A laminectomy exposed the cord "
            "at the level of the {{injury_level|tenth thoracic vertebra}}, and a moderate injury was produced "
            "with the {{injury_model,injury_device|NYU impactor (10 g rod dropped from 25 mm)}}. Sham rats "
            "underwent laminectomy only. Bladders were expressed twice a day until reflex voiding returned.",
            ("h", "2.6. Treatment"),
            "{{timing_post_injury_h,dose,route,route_detail|Immediately after injury, 100 µg of exosomes in "
            "500 µL of PBS was injected via the tail vein}}; PBS rats received 500 µL of PBS by the same route. "
            "Treatment was given {{frequency|as a single injection}}.",
            ("h", "2.7. Locomotor assessment and statistics"),
            "Open-field locomotion was rated on the Basso–Beattie–Bresnahan (BBB) scale on days 1, 3, 7, 14, 21 "
            "and 28 by {{reported_blinded_assessment|two observers blinded to group allocation}}. The inclined "
            "plane test was performed on day 28. Data are presented as mean ± SEM and were analysed by two-way "
            "repeated-measures ANOVA with Bonferroni post hoc tests; P < 0.05 was considered significant.",
        ]),
        ("results", "3. Results", [
            ("h", "3.1. Characterisation"),
            "TEM showed round, cup-shaped vesicles with an intact membrane. NTA gave a "
            "{{size_nm|mean diameter of 118.6 nm}} and a concentration of 3.2 × 10<sup>11</sup> particles/mL. "
            "The vesicles carried CD9, CD63 and TSG101 and lacked calnexin.",
            ("h", "3.2. Locomotor recovery"),
            "All injured rats were almost completely paraplegic on day 1 (hucMSC-Exo, {o:hucMSC-Exo@1}; PBS, "
            "{o:PBS@1}), and on day 3 the two groups still did not differ ({o:hucMSC-Exo@3|mean} vs "
            "{o:PBS@3|mean}; P = 0.41). Sham-operated rats walked normally at every assessment.",
            "From the end of the first week, recovery diverged. BBB scores of the hucMSC-Exo group on days 7, "
            "14 and 21 were {o:hucMSC-Exo@7}, {o:hucMSC-Exo@14} and {o:hucMSC-Exo@21}, respectively, whereas "
            "the PBS group reached {o:PBS@7}, {o:PBS@14} and {o:PBS@21} (P < 0.05 from day 14). On day 28, "
            "treated rats showed frequent weight-supported plantar steps (Figure 2).",
            "On the inclined plane, treated rats held their position up to 48.2 ± 3.1° compared with "
            "39.5 ± 2.8° for PBS rats (P < 0.01).",
            ("figure", "Figure 2", "BBB scores of sham, PBS and hucMSC-Exo rats over 28 days (mean ± SEM; "
             "n = 10 per group). *P < 0.05 vs PBS.",
             {"days": DAYS6, "groups": ["Sham", "PBS", "hucMSC-Exo"]}),
        ]),
        ("discussion", "4. Discussion", [
            "A single intravenous dose of hucMSC exosomes improved hindlimb locomotion by roughly four BBB points "
            "at four weeks. This is in the range reported for bone marrow MSC vesicles: Ekwueme et al. found "
            "13.5 ± 1.0 on day 28 after 200 µg given at 24 h [5], and a meta-analysis pooled a mean difference "
            "of 1.6 points across 21 studies [13].",
            "Vesicles in comparable preparations measured 50–120 nm by TEM [16]. Our study has limitations: "
            "only female rats were used, and the biodistribution of the vesicles was not traced.",
        ]),
    ],
    references=POOL[:6] + [POOL[12], POOL[15]],
    scores=Scores(
        outcome="BBB", err="sem",
        groups=[("Sham", "sham", 10), ("PBS", "control", 10), ("hucMSC-Exo", "treatment", 10)],
        values={
            "Sham": _v(DAYS6, [(21.0, 0.0)] * 6),
            "PBS": _v(DAYS6, [(0.5, 0.2), (1.6, 0.3), (3.9, 0.5), (6.1, 0.6), (7.4, 0.7), (8.3, 0.6)]),
            "hucMSC-Exo": _v(DAYS6, [(0.6, 0.2), (1.9, 0.4), (5.2, 0.6), (8.9, 0.7), (10.8, 0.8), (12.1, 0.7)]),
        },
    ),
    back=[("Conflict of interest", "{{reported_conflict_of_interest|The authors declare no competing interests.}}"),
          ("Funding", "Northvale Regional Research Fund grant NRF-2019-12.")],
    footnote=NOTICE,
)

# ----------------------------------------------------------------------------- 2
D5 = [1.0, 3.0, 7.0, 14.0, 28.0]
BERG = WideStudy(
    stem="bergstrom2019_rbmsc_mir21exo_mascis",
    layout="single",
    exercises="miR-21 overexpression vs native exosomes, MASCIS 'T9–10', ExoQuick-TC, NTA peak, µg/kg daily ×3 "
              "from day 1, table groups as rows with n in labels, merged header, '1 d' labels, marks (SD)",
    title="Exosomes from miR-21-overexpressing bone marrow stromal cells limit apoptosis after spinal cord contusion",
    short_title="miR-21 exosomes in rat SCI",
    authors=[("Elin", "Bergström"), ("Rafael", "Quintero"), ("Mei", "Tanaka"), ("Oskar", "Lind"),
             ("Hana", "Novak")],
    affiliations=["Department of Clinical Neuroscience, Vättern University, Jönköping (invented)",
                  "Centre for Cell Therapy, Vättern University"],
    journal="Neural Repair and Regeneration Reports",
    year=2019, volume="7:233–246", doi="10.5555/nrrr.2019.07.233", pmid="99200102", pmcid="PMC99200102",
    received="2018-11-02",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male", "body_weight_g": {"low": 250, "high": 280},
        "n_per_group": 8, "injury_model": "contusion", "injury_device": "MASCIS impactor", "injury_level": "T9-T10",
        "source_tissue": "bone_marrow", "source_species": "rat", "modification": "miR-21 overexpression",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "ExoQuick-TC",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "TSG101", "Alix", "calnexin"],
        "size_nm": {"value": 96.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 200, "unit": "ug_per_kg", "volume_ul": None, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein", "frequency": {"doses": 3, "interval_h": 24},
        "timing_post_injury_h": 24.0, "mechanism": "miR-21 targeting PTEN, activating PI3K/AKT",
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "MicroRNA-21 (miR-21) is anti-apoptotic in neurons. We asked whether exosomes from rat "
                       "bone marrow stromal cells (BMSCs) engineered to overexpress miR-21 improve recovery "
                       "after spinal cord contusion more than native exosomes."),
        ("Methods", "{{modification|BMSCs were transduced with a lentivirus overexpressing miR-21}}, and "
                    "exosomes (miR-21-Exo) were compared with exosomes of control-vector cells (Exo) in male "
                    "Wistar rats after MASCIS contusion. Exosomes were injected into the tail vein once daily "
                    "for three days."),
        ("Results", "miR-21-Exo reduced TUNEL-positive cells and improved Basso–Beattie–Bresnahan scores at "
                    "every time point from day 7."),
        ("Conclusion", "Exosomal miR-21 appears to act by {{mechanism|targeting PTEN and activating "
                       "PI3K/AKT signalling}} in injured neurons."),
    ],
    keywords=["miR-21", "exosome", "bone marrow stromal cell", "apoptosis", "PTEN"],
    sections=[
        ("intro", "Introduction", [
            "Neuronal apoptosis continues for weeks after spinal cord injury and is a major target for "
            "neuroprotection [12]. Most experimental contusions are placed at T10, where the cord is easy to "
            "reach and bladder function is spared longest [1]. Exosomes from bone marrow stromal cells "
            "transfer microRNAs to recipient cells [2,7]; a previous report using 100 µg of miR-loaded "
            "vesicles described BBB scores near 10 at day 28 [7].",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Animals"),
            "{{species,strain,sex,body_weight_g|Male Wistar rats weighing 250–280 g}} were used. The study "
            "comprised four groups (Sham, SCI + PBS, Exo and miR-21-Exo) of {{n_per_group|eight animals "
            "each}}.",
            ("h", "Lentiviral transduction and cell culture"),
            "{{source_tissue,source_species|BMSCs were flushed from the femurs and tibias of 4-week-old Wistar "
            "rats}} and expanded to passage 4. Cells were transduced with LV-miR-21 or an empty control vector "
            "(LV-NC) at a multiplicity of infection of 50; transduction efficiency exceeded 90%.",
            ("h", "Exosome isolation and identification"),
            "After 48 h in exosome-free medium, supernatants were cleared at 3,000 × g for 15 min and vesicles "
            "were precipitated with {{isolation_method,isolation_detail|ExoQuick-TC}} (System Biosciences) "
            "overnight at 4 °C. Pellets were dissolved in PBS. Vesicles were imaged by "
            "{{characterization|TEM}}, sized by {{characterization|NTA}} and probed by "
            "{{characterization,markers|western blot for CD63, TSG101, Alix and calnexin}}.",
            ("h", "Spinal cord injury and treatment"),
            "Under isoflurane anaesthesia (2.5% in oxygen), a laminectomy was performed and the cord was "
            "contused at vertebral level {{injury_level|T9–10}} using the "
            "{{injury_model,injury_device|MASCIS impactor (10 g, 12.5 mm)}}. Buprenorphine (0.05 mg/kg) was "
            "given for analgesia. {{dose,route,route_detail|Exosomes (200 µg/kg, in PBS) were injected "
            "through the tail vein}} {{frequency,timing_post_injury_h|once daily on days 1, 2 and 3 after "
            "injury}}; SCI + PBS rats received PBS.",
            ("h", "In vitro assay"),
            "PC12 cells exposed to H<sub>2</sub>O<sub>2</sub> (200 µM) were treated with 50 µg/mL "
            "exosomes for 24 h and apoptosis was measured by flow cytometry.",
            ("h", "Behaviour and statistics"),
            "BBB scores were recorded on days 1, 3, 7, 14 and 28. Results are given as mean ± SD; groups were "
            "compared by one-way ANOVA at each time point with Tukey's test.",
        ]),
        ("results", "Results", [
            "NTA showed a {{size_nm|peak at 96 nm}}, and TEM confirmed cup-shaped vesicles. miR-21 levels "
            "in miR-21-Exo were 14-fold higher than in Exo (P < 0.001). In PC12 cells, miR-21-Exo halved "
            "the apoptotic fraction.",
            "BBB scores are listed in Table 1. Both exosome preparations improved locomotion compared with "
            "SCI + PBS from day 7, and miR-21-Exo was superior to Exo from day 14. By day 28, the miR-21-Exo "
            "group scored {o:miR-21-Exo@28|mean} compared with {o:SCI + PBS@28|mean} for SCI + PBS.",
            ("table", "Table 1", "BBB locomotor scores (mean ± SD).",
             {"head": [["Group", ("BBB score at days post-injury", 5)],
                       ["", "1 d", "3 d", "7 d", "14 d", "28 d"]],
              "body": [["Sham (n = 8)"] + [f"{{o:Sham@{d:g}}}" for d in D5],
                       ["SCI + PBS (n = 8)"] + [f"{{o:SCI + PBS@{d:g}}}" for d in D5],
                       ["Exo (n = 8)"] + [f"{{o:Exo@{d:g}}}" + ("*" if d >= 7 else "") for d in D5],
                       ["miR-21-Exo (n = 8)"] + [f"{{o:miR-21-Exo@{d:g}}}" + ("*" if d >= 7 else "")
                                                 + ("<sup>#</sup>" if d >= 14 else "") for d in D5]],
              "widths": [0.26] + [0.148] * 5,
              "foot": "*P < 0.05 vs SCI + PBS; <sup>#</sup>P < 0.05 vs Exo."}),
        ]),
        ("discussion", "Discussion", [
            "Engineering the parent cells to overexpress miR-21 added about two BBB points to the effect of "
            "native exosomes. In a related design, vesicles loaded with a different microRNA reached "
            "9.8 ± 1.2 at four weeks [7], and daily intravenous dosing of 1 mg/kg has also been tested [5].",
        ]),
    ],
    references=POOL[:8] + POOL[11:13],
    scores=Scores(
        outcome="BBB", err="sd",
        groups=[("Sham", "sham", 8), ("SCI + PBS", "control", 8), ("Exo", "other", 8),
                ("miR-21-Exo", "treatment", 8)],
        values={
            "Sham": _v(D5, [(21.0, 0.0)] * 5),
            "SCI + PBS": _v(D5, [(0.4, 0.5), (1.8, 0.9), (4.1, 1.1), (6.3, 1.2), (8.0, 1.4)]),
            "Exo": _v(D5, [(0.5, 0.5), (2.0, 0.8), (5.6, 1.0), (8.1, 1.1), (10.0, 1.3)]),
            "miR-21-Exo": _v(D5, [(0.6, 0.5), (2.3, 0.9), (6.4, 1.0), (9.7, 1.2), (12.2, 1.1)]),
        },
    ),
    back=[("Competing interests", "{{reported_conflict_of_interest|The authors declare that they have no "
                                  "competing interests.}}")],
    footnote=NOTICE,
)

# ----------------------------------------------------------------------------- 3
POD = [3.0, 7.0, 14.0, 21.0, 28.0, 35.0]
CAST = WideStudy(
    stem="castillo2022_hadsc_sev_weekly_intrathecal",
    layout="single", render="manuscript",
    exercises="accepted manuscript with line numbers, tables at the end; both sexes, age only; IH 200 kdyn T8; "
              "UF + qEV; ZetaView median; particles intrathecal by lumbar puncture L5–L6 (trap) weekly ×4 from "
              "day 3; POD rows, pre-injury row, exclusion (n 11 vs 12), BBB subscore trap (SEM)",
    title="Weekly intrathecal small extracellular vesicles from adipose stromal cells after thoracic contusion in "
          "rats of both sexes",
    short_title="Weekly intrathecal ADSC-sEVs",
    authors=[("María José", "Castillo"), ("Kwame", "Asante"), ("Ingrid", "Solberg")],
    affiliations=["Spinal Injury Laboratory, Universidad del Litoral Sur (invented)",
                  "Vesicle Core Facility, Instituto Austral de Biomedicina (invented)"],
    journal="Translational Neurotrauma",
    year=2022, volume="9:e220311", doi="10.5555/tnt.2022.e220311", pmid="99200103", pmcid="PMC99200103",
    received="2022-03-11",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "both", "n_per_group": 12,
        "injury_model": "contusion", "injury_device": "Infinite Horizon impactor", "injury_level": "T8",
        "source_tissue": "adipose", "source_species": "human", "modification": "none",
        "isolation_method": ["ultrafiltration", "size_exclusion"],
        "isolation_detail": "Amicon Ultra-15 100 kDa; qEVoriginal/70 nm",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD63", "CD81", "Alix", "GM130"],
        "size_nm": {"value": 134.0, "low": None, "high": None, "stat": "median", "method": "NTA"},
        "dose": {"amount": 1e10, "unit": "particles", "volume_ul": 10, "basis": "particles"},
        "route": "intrathecal", "route_detail": "lumbar puncture",
        "frequency": {"doses": 4, "interval_h": 168}, "timing_post_injury_h": 72.0,
        "mechanism": "M2 polarisation of microglia",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Objective", "To test whether repeated intrathecal delivery of native small extracellular vesicles "
                      "(sEVs) from human adipose-derived stromal cells (hADSCs) improves recovery after "
                      "thoracic contusion."),
        ("Design", "Rats of both sexes received four weekly lumbar intrathecal injections of hADSC-sEVs or "
                   "vehicle, beginning three days after an Infinite Horizon contusion."),
        ("Results", "hADSC-sEV rats had higher BBB scores from postoperative day 14 and more Arg1-positive "
                    "microglia in the lesion border."),
        ("Conclusions", "Weekly intrathecal sEVs promote functional recovery, possibly through "
                        "{{mechanism|M2 polarisation of microglia}}."),
    ],
    keywords=["extracellular vesicles", "adipose stromal cells", "intrathecal", "contusion", "microglia"],
    sections=[
        ("intro", "Introduction", [
            "Vesicle therapies for spinal cord injury have mostly been given intravenously as one bolus, and "
            "only a small fraction of the dose reaches the cord [15]. Intrathecal delivery bypasses the "
            "blood–spinal cord barrier [9], but the lumbar catheters used in earlier work (implanted at L3) "
            "caused inflammation of their own [9]. Cervical models at C5 have shown a benefit of local "
            "delivery as well [12].",
            "We therefore used repeated lumbar punctures, which avoid an indwelling catheter, and asked "
            "whether weekly sEV injections improve hindlimb function.",
        ]),
        ("methods", "Methods", [
            ("h", "Animals"),
            "{{species,strain,sex|Twelve male and twelve female Sprague-Dawley rats}}, 10–12 weeks old, were "
            "housed in same-sex pairs. Experiments {{reported_welfare_compliance|followed the ARRIVE 2.0 "
            "guidelines and were approved by the institutional ethics board (CEUA 118/2020)}}. "
            "{{reported_sample_size_calculation|The sample size was calculated a priori (G*Power; effect "
            "size 1.3, α = 0.05, power 0.8)}}, giving {{n_per_group|12 rats per group (six of each sex)}}.",
            "{{reported_randomisation|Allocation was randomised within sex using sealed envelopes}}.",
            ("h", "Vesicle production"),
            "{{source_tissue,source_species|hADSCs were isolated from lipoaspirate of two healthy donors}} "
            "with informed consent and grown in serum-free medium for 72 h before collection. Medium was "
            "cleared (2,000 × g, 20 min), {{isolation_method,isolation_detail|concentrated on Amicon Ultra-15 "
            "centrifugal filters (100 kDa MWCO)}} and fractionated on {{isolation_method,isolation_detail|"
            "qEVoriginal/70 nm columns}}; fractions 7–9 were pooled. {{modification|Native sEVs, without "
            "loading or engineering, were used throughout.}}",
            "Particles were counted by {{characterization|ZetaView nanoparticle tracking}}, imaged by "
            "{{characterization|TEM}} and analysed by {{characterization,markers|immunoblotting for CD63, "
            "CD81 and Alix (positive) and GM130 (negative)}}.",
            ("h", "Injury model"),
            "Under ketamine (75 mg/kg) and xylazine (10 mg/kg) anaesthesia, the T8 lamina was removed and a "
            "{{injury_model,injury_device|200 kdyn contusion was delivered with the Infinite Horizon "
            "impactor}} to the exposed {{injury_level|T8}} segment.",
            ("h", "Intrathecal injections"),
            "{{dose,route,route_detail|sEVs (1 × 10<sup>10</sup> particles in 10 µL) were injected "
            "intrathecally by lumbar puncture between the L5 and L6 vertebrae}} with a 30-gauge needle; "
            "a tail flick confirmed entry into the subarachnoid space. {{timing_post_injury_h,frequency|The "
            "first injection was given on day 3 after injury and repeated once a week for four weeks}}. Vehicle "
            "rats received 10 µL of filtered PBS.",
            ("h", "Outcome assessment"),
            "BBB open-field scores were recorded before injury and on postoperative days (POD) 3, 7, 14, 21, 28 "
            "and 35 by {{reported_blinded_assessment|an examiner unaware of treatment}}. The BBB subscore "
            "(0–13) was derived from the same sessions. Values are mean ± SEM; mixed-effects models with "
            "sex as a covariate were used.",
        ]),
        ("results", "Results", [
            ("h", "Vesicle characteristics"),
            "ZetaView measurements gave a {{size_nm|median diameter (X50) of 134 nm}} with "
            "2.4 × 10<sup>11</sup> particles per mL of concentrate; TEM showed cup-shaped vesicles.",
            ("h", "Animals excluded"),
            "One vehicle-treated female died of urinary infection on POD 2, leaving 11 vehicle and 12 sEV "
            "rats for analysis. No sex effect on BBB scores was detected (P = 0.62).",
            ("h", "Locomotor recovery"),
            "Scores at each time point are given in Table 1. Differences appeared on POD 14 and grew "
            "thereafter; on POD 35 the sEV group had recovered to {o:hADSC-sEV@35|mean}, compared with "
            "{o:Vehicle@35|mean} for vehicle. The BBB subscore on POD 35 was 7.2 ± 0.9 in sEV rats and "
            "4.1 ± 0.8 in vehicle rats.",
            ("table", "Table 1", "BBB scores by postoperative day (mean ± SEM).",
             {"head": [["Time point", "Vehicle (n = 11)", "hADSC-sEV (n = 12)"]],
              "body": [["Pre-injury", "21.0 ± 0.0", "21.0 ± 0.0"]]
                      + [[f"POD {d:g}", f"{{o:Vehicle@{d:g}}}", f"{{o:hADSC-sEV@{d:g}}}" + ("*" if d >= 14 else "")]
                         for d in POD],
              "widths": [0.3, 0.35, 0.35],
              "foot": "*P < 0.05 vs vehicle (mixed-effects model). One vehicle rat died on POD 2."}),
        ]),
        ("discussion", "Discussion", [
            "Repeated intrathecal dosing yielded a gain of about four BBB points by five weeks. A single "
            "intrathecal bolus of 5 × 10<sup>9</sup> particles was reported to raise BBB scores to 9.1 at "
            "day 28 [8]; whether the repeated schedule or the higher cumulative dose explains our larger "
            "effect remains open.",
        ]),
    ],
    references=POOL[7:16],
    scores=Scores(
        outcome="BBB", err="sem",
        groups=[("Vehicle", "control", 12), ("hADSC-sEV", "treatment", 12)],
        values={
            "Vehicle": _v(POD, [(1.2, 0.3), (3.0, 0.4), (4.9, 0.5), (6.2, 0.5), (7.0, 0.6), (7.6, 0.6)]),
            "hADSC-sEV": _v(POD, [(1.3, 0.3), (3.4, 0.4), (6.6, 0.5), (8.8, 0.6), (10.4, 0.6), (11.5, 0.7)]),
        },
    ),
    n_at={"Vehicle": {d: 11 for d in POD}},
    back=[("Declaration of interests", "{{reported_conflict_of_interest|None.}}"),
          ("Data availability", "Raw scores are available from the corresponding author.")],
    footnote=NOTICE,
)

STUDIES = [ABARA, BERG, CAST]
_ = (GMU, TH)
