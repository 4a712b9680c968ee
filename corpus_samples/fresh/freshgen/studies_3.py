"""Fresh held-out studies 9-12 (everything invented; written for this set only)."""

from __future__ import annotations

from extgen.model import Study

from freshgen.kit import FOOTNOTE, GMU, MU, NB, FreshScores, refs, series, week_word, wpi

# --- 9. iqbal2022: placental MSC EVs (precipitation reagent), clip at T11, both sexes, intralesional --

_D9 = [7.0, 14.0, 21.0, 28.0]
IQBAL = Study(
    stem="iqbal2022_hpmsc_ev_tei_clip_intralesional",
    layout="twocol",
    title="Local injection of placental mesenchymal stromal cell extracellular vesicles after compressive "
          "spinal cord injury in male and female rats",
    short_title="Intralesional placental MSC-EVs",
    authors=[("Sana", "Iqbal"), ("Oliver", "Marsh"), ("Ngozi", "Eke"), ("Pablo", "Serrano")],
    affiliations=["Department of Anatomy, Kingsmead College of Medicine", "Perinatal Tissue Bank, Kingsmead"],
    journal="Spinal Cord Biology",
    year=2022,
    volume="9(4):402–415",
    doi="10.5555/fresh.2022.0944",
    pmid="99200944",
    pmcid="PMC9920944",
    received="2022-09-14",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "both", "body_weight_g": {"low": 200, "high": 260},
        "n_per_group": 6, "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T11",
        "source_tissue": "placenta", "source_species": "human", "modification": "none",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "Total Exosome Isolation reagent",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD9", "CD63", "HSP70"],
        "size_nm": {"value": 133.0, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 10, "unit": "ug", "volume_ul": 5, "basis": "protein"},
        "route": "intralesional", "route_detail": "lesion epicentre",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.0,
        "reported_blinded_assessment": True,
    },
    abstract=[
        ("Aim", ("To find out whether placental MSC-derived EVs (pMSC-EVs) injected into the lesion improve "
                "recovery after clip compression, and whether the effect differs between sexes.")),
        ("Methods", ("Sprague-Dawley rats of both sexes received a 1-min, 35-g clip compression at T11 and an "
                    "immediate intralesional injection of pMSC-EVs or PBS.")),
        ("Results", ("EV-treated rats reached {bbb:pMSC-EVs@28} on the BBB scale at four weeks, against "
                    "{bbb:PBS@28} with PBS; males and females responded alike.")),
    ],
    keywords=["placenta", "extracellular vesicles", "sex differences", "compression", "intralesional"],
    sections=[
        ("intro", "Introduction", [
            ("The placenta is a rich and ethically uncontroversial source of mesenchymal stromal cells [1]. "
            "Vesicles from these cells are reported to be 50–150 nm in size and to carry angiogenic factors [2]."),
            ("Most preclinical SCI studies use a single sex, although sex influences inflammation and recovery "
            "[3]. We therefore included male and female rats and injected EVs directly into the lesion, where "
            "the dose is not diluted by the circulation."),
        ]),
        ("methods", "Methods", [
            ("h", "Animals and design"),
            (f"Twelve male and twelve female {{{{species,strain|Sprague-Dawley rats}}}} "
            f"({{{{body_weight_g|200–260{NB}g}}}}) were used; {{{{sex|both sexes were balanced across "
            f"groups}}}}. Rats were allocated to Sham, PBS or pMSC-EVs groups of eight, but only "
            f"{{{{n_per_group|six rats per group were tested on the BBB scale}}}} because two rats per group "
            "were killed at day 3 for histology."),
            ("h", "Compression injury"),
            ("Following a T10–T12 laminectomy, "
            f"{{{{injury_model,injury_device,injury_level|an aneurysm clip with a closing force of 35{NB}g was "
            f"applied extradurally around the cord at T11 for 1{NB}min}}}}."),
            ("h", "EV isolation"),
            ("{{source_tissue,source_species|MSCs were derived from the chorionic villi of term human "
            "placentas}} and cultured to passage 5. Conditioned medium was mixed with half a volume of "
            "{{isolation_method,isolation_detail|Total Exosome Isolation reagent}} (Invitrogen), incubated "
            "overnight at 4 °C and centrifuged at 10 000 × g for 1 h. "
            "{{modification|The EVs were native; parent cells received no treatment}}."),
            ("{{characterization|Size was measured by NTA, shape by TEM and identity by western blot}}; "
            "{{markers|CD9, CD63 and HSP70 were positive}}."),
            ("h", "Intralesional injection"),
            (f"{{{{timing_post_injury_h|Immediately after the clip was removed}}}}, "
            f"{{{{dose|10{NB}{GMU}g of pMSC-EVs in 5{NB}{GMU}L PBS}}}} "
            f"{{{{route,route_detail|were injected into the lesion epicentre}}}} with a glass micropipette "
            "at a depth of 1 mm over 5 min. "
            "{{frequency|This single injection was the only treatment}}."),
            ("h", "Behaviour and analysis"),
            ("{{reported_blinded_assessment|Locomotion was rated weekly by two scorers blinded to group and "
            "sex}} using the BBB scale. Data are mean ± SEM. Sex and treatment were analysed by three-way "
            "ANOVA (sex × treatment × time)."),
        ]),
        ("results", "Results", [
            (f"{{{{size_nm|NTA showed a mean diameter of 133{NB}nm}}}} with a concentration of 4.6 × "
            "10<sup>10</sup> particles/mL; TEM showed round vesicles with a central depression."),
            ("pMSC-EV treatment improved BBB scores from week 2 (Table 1). Males and females did not differ at "
            "any time (P = 0.61 for sex)."),
            ("table", "Table 1", "BBB scores, sexes pooled (mean ± SEM, n = 6).", {
                "orient": "cols", "days": _D9, "groups": ["Sham", "PBS", "pMSC-EVs"],
                "day_fmt": week_word, "corner": ""}),
        ]),
        ("discussion", "Discussion", [
            ("Intralesional EVs improved recovery by about three BBB points at four weeks in both sexes. A "
            "similar local injection of 20 µg umbilical cord EVs gave a gain of two points [4]."),
            ("The precipitation reagent we used co-precipitates protein, so the 10-µg dose overstates the vesicle "
            "content. The group size was small and no power calculation was done."),
        ]),
    ],
    references=refs(1, 7, 12, 9),
    scores=FreshScores(
        outcome="BBB", err="sem",
        groups=[("Sham", "sham", 6), ("PBS", "control", 6), ("pMSC-EVs", "treatment", 6)],
        values={
            "Sham": series(_D9, [21.0, 21.0, 21.0, 21.0], [0.0, 0.0, 0.0, 0.0]),
            "PBS": series(_D9, [2.7, 5.3, 6.8, 7.5], [0.6, 0.8, 0.9, 0.9]),
            "pMSC-EVs": series(_D9, [3.2, 7.5, 9.4, 10.6], [0.7, 0.8, 0.9, 1.0]),
        }),
    back=[("Funding", "Kingsmead Perinatal Research Trust.")],
    footnote=FOOTNOTE,
)

# --- 10. jensen2020: mouse BMSC exosomes loaded with siPTEN, IH contusion, tail vein x3, BMS in text -

_D10 = [1.0, 7.0, 14.0, 28.0]
JENSEN = Study(
    stem="jensen2020_mouse_mbmsc_exo_sipten_tailvein",
    layout="single",
    title="Exosomes loaded with PTEN siRNA promote axonal sprouting after spinal cord contusion in mice",
    short_title="siPTEN-loaded exosomes in mice",
    authors=[("Mette", "Jensen"), ("Arjun", "Nair"), ("Beatriz", "Costa"), ("Felix", "Hartung")],
    affiliations=["Department of Neuroscience, Skovby University", "Nanomedicine Laboratory, Skovby"],
    journal="Molecular Neuroregeneration",
    year=2020,
    volume="7:e0419",
    doi="10.5555/fresh.2020.1019",
    pmid="99201019",
    pmcid="PMC9921019",
    received="2020-10-19",
    values={
        "species": "mouse", "strain": "C57BL/6", "sex": "male", "n_per_group": 8,
        "injury_model": "contusion", "injury_device": "Infinite Horizon impactor", "injury_level": "T10",
        "source_tissue": "bone_marrow", "source_species": "mouse", "modification": "siRNA PTEN loading",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 g 2 h",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD81", "TSG101"],
        "size_nm": {"value": 136.0, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 10, "unit": "ug", "volume_ul": 100, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 3, "interval_h": 72}, "timing_post_injury_h": 2.0,
        "reported_randomisation": True, "reported_blinded_assessment": True,
    },
    abstract=[
        (None, ("Deleting PTEN in neurons unlocks axon regrowth, but genetic deletion is not a therapy. We "
               "loaded exosomes from mouse bone marrow MSCs with PTEN siRNA by electroporation (Exo-siPTEN) and "
               "injected them intravenously into mice with a thoracic contusion. Exo-siPTEN reduced PTEN in "
               "spinal neurons, increased 5-HT-positive fibres caudal to the lesion and improved hind-limb "
               "function on the Basso Mouse Scale compared with exosomes carrying a scrambled siRNA.")),
    ],
    keywords=["PTEN", "siRNA", "exosome", "Basso Mouse Scale", "axon regeneration"],
    sections=[
        ("intro", "Introduction", [
            ("Adult central axons regenerate poorly, partly because of intrinsic brakes such as PTEN [1]. "
            "Exosomes can carry small RNAs across biological barriers and have been used to deliver siRNA to "
            "the brain [2]."),
            ("Because vesicles from MSCs home to injured tissue [3], they could deliver siRNA to the lesion "
            "and at the same time supply their own anti-inflammatory cargo. We tested this idea in mice."),
        ]),
        ("methods", "Materials and methods", [
            ("h", "Mice and injury"),
            (f"{{{{species,strain,sex|Male C57BL/6 mice}}}} aged 10–12 weeks were anaesthetised with "
            f"ketamine/xylazine. After a T10 laminectomy "
            f"{{{{injury_model,injury_device,injury_level|a 60-kdyn contusion was made at T10 with the "
            f"Infinite Horizon impactor}}}}. {{{{reported_randomisation|Mice were randomised}}}} to Sham, "
            f"Exo-scr or Exo-siPTEN groups ({{{{n_per_group|n{NB}={NB}8 per group}}}})."),
            ("h", "Exosomes and siRNA loading"),
            ("{{source_tissue,source_species|MSCs were flushed from the bone marrow of C57BL/6 mice}} and "
            "grown in exosome-depleted medium. After differential centrifugation, "
            f"{{{{isolation_method,isolation_detail|exosomes were pelleted at 100 000 × g for 2{NB}h}}}}. "
            "{{modification|Exosomes were loaded with Cy3-labelled PTEN siRNA by electroporation}} (400 V, "
            "125 µF); a scrambled siRNA was loaded the same way for the Exo-scr control. Free siRNA was "
            "removed by a second ultracentrifugation."),
            ("{{characterization|Loaded vesicles were checked by TEM, NTA and western blot}} for "
            "{{markers|CD9, CD81 and TSG101}}."),
            ("h", "Administration"),
            (f"{{{{dose|Each mouse received 10{NB}µg of exosomes in 100{NB}µL saline}}}} "
            f"{{{{route,route_detail|by tail vein injection}}}}, "
            f"{{{{frequency,timing_post_injury_h|2{NB}h after injury and then every 3 days for a total of three "
            f"injections}}}}."),
            ("h", "Behavioural testing"),
            ("{{reported_blinded_assessment|Hind-limb locomotion was rated on the Basso Mouse Scale by two "
            "investigators unaware of the treatment}} at 1, 7, 14 and 28 days post injury (dpi). Data are "
            "expressed as mean ± SD and were compared by repeated-measures ANOVA."),
        ]),
        ("results", "Results", [
            (f"{{{{size_nm|Loaded exosomes had a mean diameter of 136{NB}nm}}}}, slightly larger than before "
            "electroporation (124 nm), and retained their markers. About 20% of the input siRNA was loaded."),
            ("At 1 dpi all injured mice had BMS scores near zero (Exo-scr {bbb:Exo-scr@1}, Exo-siPTEN "
            "{bbb:Exo-siPTEN@1}). By 14 dpi Exo-siPTEN mice scored {bbb:Exo-siPTEN@14} versus {bbb:Exo-scr@14}, "
            "and at 28 dpi {bbb:Exo-siPTEN@28} versus {bbb:Exo-scr@28} (P < 0.01). Sham mice scored 9 at all "
            "times."),
            ("figure", "Figure 4", "BMS scores of Exo-scr and Exo-siPTEN mice (mean ± SD).", {
                "days": _D10, "groups": ["Exo-scr", "Exo-siPTEN"]}),
        ]),
        ("discussion", "Discussion", [
            ("Intravenous exosomes carrying PTEN siRNA improved locomotion by about two BMS points. A rat study "
            "that delivered siPTEN exosomes intranasally used 1 × 10<sup>10</sup> particles per dose [4] and "
            "reported similar knock-down."),
            ("Both arms received exosomes, so the benefit can be attributed to the siRNA cargo rather than to "
            "the vesicles themselves. We did not include an untreated or saline-injected group."),
        ]),
    ],
    references=refs(10, 8, 5, 11),
    scores=FreshScores(
        outcome="BMS", err="sd",
        groups=[("Exo-scr", "other", 8), ("Exo-siPTEN", "treatment", 8)],
        values={
            "Exo-scr": series(_D10, [0.3, 1.9, 2.8, 3.4], [0.4, 0.8, 0.9, 1.0]),
            "Exo-siPTEN": series(_D10, [0.4, 2.4, 4.1, 5.3], [0.4, 0.9, 1.0, 1.1]),
        }),
    footnote=FOOTNOTE,
)

# --- 11. kowalski2023: 3D-spheroid hUC-MSC EVs vs 2D EVs, UF + UC, dose as volume only, IV x2 from 24 h

_D11 = [7.0, 14.0, 28.0, 42.0, 56.0]
KOWALSKI = Study(
    stem="kowalski2023_3d_hucmsc_ev_volume_dose_iv",
    layout="single",
    title="Extracellular vesicles from three-dimensional umbilical cord MSC spheroids improve recovery after "
          "rat spinal cord contusion",
    short_title="Spheroid-derived EVs in SCI",
    authors=[("Zofia", "Kowalski"), ("Mateus", "Albuquerque"), ("Ruth", "Ben-Ami"), ("Samuel", "Mensah")],
    affiliations=["Laboratory of Tissue Engineering, Wrenfield University", "Wrenfield Centre for Neurotrauma"],
    journal="Stem Cell Engineering in Neurology",
    year=2023,
    volume="11(2):e1130",
    doi="10.5555/fresh.2023.1130",
    pmid="99201130",
    pmcid="PMC9921130",
    received="2023-11-30",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 240, "high": 270},
        "n_per_group": 9, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor",
        "injury_level": "T10", "source_tissue": "umbilical_cord", "source_species": "human",
        "modification": "3D spheroid culture",
        "isolation_method": ["ultrafiltration", "ultracentrifugation"],
        "isolation_detail": "100 kDa ultrafiltration; 120,000 g 80 min",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD9", "CD63", "CD81", "TSG101", "calnexin"],
        "size_nm": {"value": 109.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 200, "unit": "ul", "volume_ul": 200, "basis": "volume"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 2, "interval_h": 24}, "timing_post_injury_h": 24.0,
        "reported_randomisation": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", ("Growing MSCs as three-dimensional spheroids changes their secretome. We compared EVs from "
                       "spheroid (3D-EVs) and monolayer (2D-EVs) cultures of human umbilical cord MSCs.")),
        ("Methods", ("Rats with a 200-kdyn contusion at T10 received two tail-vein injections of 3D-EVs, 2D-EVs "
                    "or PBS, 24 and 48 h after injury, and were followed for eight weeks.")),
        ("Results", ("At 8 weeks the BBB score was {bbb:3D-EVs@56} with 3D-EVs, {bbb:2D-EVs@56} with 2D-EVs and "
                    "{bbb:PBS@56} with PBS.")),
    ],
    keywords=["spheroid", "3D culture", "umbilical cord", "extracellular vesicles", "contusion"],
    sections=[
        ("intro", "Introduction", [
            ("MSCs grown on plastic lose some of their anti-inflammatory properties, while spheroid culture "
            "restores a more native phenotype and raises the secretion of TSG-6 and PGE2 [1]. Whether these "
            "changes reach the EVs is less clear [2]."),
            ("We produced EVs from both culture formats under identical conditions and gave them the same way "
            "to contused rats, so that any difference can be traced to the culture format."),
        ]),
        ("methods", "Methods", [
            ("h", "Cell culture"),
            ("{{source_tissue,source_species|Human umbilical cord MSCs}} (passage 4) were seeded either as "
            "monolayers or, "
            "{{modification|for 3D culture, as spheroids of about 1000 cells in ultra-low-attachment "
            "plates}}. Both were kept in serum-free medium for 72 h before collection."),
            ("h", "EV isolation and characterisation"),
            ("Supernatants were cleared at 2000 × g for 20 min and 10 000 × g for 40 min, "
            "{{isolation_method,isolation_detail|concentrated through 100 kDa ultrafiltration units and then "
            "ultracentrifuged at 120 000 × g for 80 min}}. Pellets were resuspended in PBS at an equal number "
            "of producing cells per millilitre."),
            ("{{characterization|EVs were analysed by NTA (NanoSight NS300), TEM and western blot}}; "
            "{{markers|CD9, CD63, CD81 and TSG101 were present, calnexin absent}}."),
            ("h", "Animals and injury"),
            (f"{{{{species,strain,sex|Male Sprague-Dawley rats}}}} "
            f"({{{{body_weight_g|240–270{NB}g}}}}) were anaesthetised with isoflurane. "
            f"{{{{injury_model,injury_device,injury_level|A 200-kdyn contusion was produced at T10 with an "
            f"Infinite Horizon impactor}}}} after laminectomy. "
            f"{{{{reported_welfare_compliance|The Wrenfield Animal Ethics Committee approved the study "
            f"(WAEC-22-004), and all work complied with ARRIVE}}}}. Rats that did not score 0–1 on day 1 were "
            "excluded before group allocation."),
            ("Twenty-seven rats were {{reported_randomisation|randomly allocated}} to PBS, 2D-EVs and "
            "3D-EVs groups ({{n_per_group|nine rats each}})."),
            ("h", "Treatment"),
            (f"{{{{dose,route,route_detail|Rats received 200{NB}{MU}L of the EV suspension through the tail "
            f"vein}}}} {{{{frequency,timing_post_injury_h|at 24 and 48{NB}h after injury}}}}. PBS rats received "
            "200 µL PBS at the same times."),
            ("h", "Behaviour"),
            ("The BBB scale was applied at 1, 2, 4, 6 and 8 weeks post-injury (wpi). Values are mean ± SD; "
            "differences were analysed by two-way ANOVA with Holm–Šidák correction."),
        ]),
        ("results", "Results", [
            (f"Both preparations had similar size profiles; {{{{size_nm|the modal size of 3D-EVs was "
            f"109{NB}nm}}}} and that of 2D-EVs 115 nm. Spheroids released 2.7 times more particles per cell."),
            "3D-EVs improved recovery more than 2D-EVs from 4 wpi onwards (Table 3).",
            ("table", "Table 3", "BBB scores (mean ± SD; n = 9 per group).", {
                "orient": "rows", "days": _D11, "groups": ["PBS", "2D-EVs", "3D-EVs"],
                "day_fmt": wpi, "corner": "Time"}),
        ]),
        ("discussion", "Discussion", [
            ("EVs from spheroid cultures outperformed monolayer EVs at the same producing-cell equivalent. In a "
            "previous study 2D-EVs at 100 µg per rat raised BBB scores by 2.5 points at 8 weeks [3], similar to "
            "our 2D-EVs group."),
            ("We dosed by volume normalised to producing cells and did not report protein or particle amounts "
            "per injection, which limits comparison with other studies. The observers were not blinded."),
        ]),
    ],
    references=refs(13, 1, 15),
    scores=FreshScores(
        outcome="BBB", err="sd",
        groups=[("PBS", "control", 9), ("2D-EVs", "other", 9), ("3D-EVs", "treatment", 9)],
        values={
            "PBS": series(_D11, [2.1, 4.6, 6.9, 7.8, 8.2], [1.0, 1.3, 1.6, 1.7, 1.7]),
            "2D-EVs": series(_D11, [2.4, 5.3, 8.1, 9.4, 10.1], [1.1, 1.4, 1.5, 1.6, 1.8]),
            "3D-EVs": series(_D11, [2.6, 6.0, 9.8, 11.6, 12.7], [1.1, 1.3, 1.6, 1.5, 1.7]),
        }),
    back=[("Conflict of interest statement", ("{{reported_conflict_of_interest|M.A. is a consultant for a "
                                             "company that sells cell culture plates; the other authors "
                                             "declare none}}."))],
    footnote=FOOTNOTE,
)

# --- 12. lopez2019: menstrual-blood MSC exosomes, MASCIS T9-T10, i.p. daily x7 from 24 h, text only --

_D12 = [3.0, 7.0, 14.0, 21.0, 28.0]
LOPEZ = Study(
    stem="lopez2019_mensc_exo_mascis_ip_daily",
    layout="twocol",
    title="Daily intraperitoneal exosomes from menstrual blood-derived stem cells attenuate microglial "
          "activation after spinal cord injury",
    short_title="MenSC exosomes, daily i.p.",
    authors=[("Valentina", "López-Ortega"), ("Jakob", "Strand"), ("Amara", "Nwosu")],
    affiliations=["Instituto de Medicina Regenerativa, San Aurelio", "Department of Neurology, Halden University"],
    journal="Frontiers in Experimental Spinal Medicine",
    year=2019,
    volume="4:118",
    doi="10.5555/fresh.2019.1212",
    pmid="99201212",
    pmcid="PMC9921212",
    received="2019-12-12",
    values={
        "species": "rat", "strain": "Wistar", "sex": "female", "body_weight_g": {"low": 240, "high": 260},
        "n_per_group": 12, "injury_model": "contusion", "injury_device": "MASCIS impactor",
        "injury_level": "T9-T10", "source_tissue": "menstrual_blood", "source_species": "human",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 g 90 min",
        "characterization": ["TEM", "western_blot"], "markers": ["CD63", "TSG101", "Alix"],
        "size_nm": {"value": 86.2, "low": None, "high": None, "stat": "mean", "method": "TEM"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 1000, "basis": "protein"},
        "route": "intraperitoneal",
        "frequency": {"doses": 7, "interval_h": 24}, "timing_post_injury_h": 24.0,
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
    },
    abstract=[
        (None, ("Menstrual blood-derived stem cells (MenSCs) are collected non-invasively and expand quickly. "
               "We isolated exosomes from human MenSCs (MenSC-Exo) and injected 100 µg intraperitoneally every "
               "day for a week, starting one day after a MASCIS contusion in female Wistar rats. MenSC-Exo "
               "reduced Iba1-positive microglia and TNF-α in the cord and improved hind-limb locomotion; at 28 "
               "days post-injury the BBB score was {bbb:MenSC-Exo@28} compared with {bbb:SCI@28} in untreated "
               "injured rats.")),
    ],
    keywords=["menstrual blood", "MenSC", "exosomes", "microglia", "intraperitoneal"],
    sections=[
        ("intro", "Introduction", [
            ("Microglia respond within minutes to spinal cord injury and shape the inflammatory environment for "
            "weeks [1]. MenSCs share surface markers with bone marrow MSCs but proliferate faster and can be "
            "collected repeatedly [2]."),
            ("Exosomes are small vesicles, typically 40–100 nm, that carry the paracrine signals of stem "
            "cells [3]. Intraperitoneal injection is simple to repeat daily, and peritoneal macrophages that "
            "take up vesicles may relay anti-inflammatory signals to the injured cord [4]."),
        ]),
        ("methods", "Materials and methods", [
            ("h", "Cells and exosomes"),
            ("{{source_tissue,source_species|MenSCs were isolated from the menstrual blood of three healthy "
            "women}} who gave written consent, and expanded to passage 4. Serum-free conditioned medium was "
            "centrifuged at 300 × g for 10 min, 2000 × g for 10 min and 10 000 × g for 30 min, filtered "
            f"(0.22 µm) and {{{{isolation_method,isolation_detail|ultracentrifuged at 100,000 g for 90{NB}min}}}}."),
            ("{{characterization|Exosomes were characterised by TEM and western blotting}}, the latter "
            "{{markers|for CD63, TSG101 and Alix}}. Protein was quantified with a BCA kit."),
            ("h", "Animals and contusion"),
            (f"We used 36 {{{{species,strain,sex|female Wistar rats}}}} weighing "
            f"{{{{body_weight_g|240–260{NB}g}}}}. {{{{reported_welfare_compliance|Animal care followed the NIH "
            f"Guide for the Care and Use of Laboratory Animals and was approved by the institutional animal "
            f"ethics committee}}}}. After laminectomy, "
            f"{{{{injury_model,injury_device,injury_level|a moderate contusion (10{NB}g, 25{NB}mm) was induced "
            f"at the T9–T10 level with a MASCIS impactor}}}}. The rats were divided into Sham, SCI and "
            f"MenSC-Exo groups ({{{{n_per_group|12 per group}}}})."),
            ("h", "Treatment"),
            (f"{{{{dose,route|MenSC-Exo (100{NB}µg in 1{NB}mL PBS) were injected intraperitoneally}}}} "
            f"{{{{frequency,timing_post_injury_h|once daily for 7 days, beginning 24{NB}h after SCI}}}}. SCI rats "
            "received no injection."),
            ("h", "Outcome measures"),
            ("{{reported_blinded_assessment|The BBB score was evaluated by two observers blinded to the "
            "groups}} at 3, 7, 14, 21 and 28 days. Results are expressed as mean ± SEM and compared using "
            "one-way ANOVA at each time point."),
        ]),
        ("results", "Results", [
            (f"{{{{size_nm|On TEM images the exosomes had a mean diameter of 86.2 ± 14.5{NB}nm}}}} and the "
            "typical cup shape; all three markers were detected."),
            ("On day 3 the SCI and MenSC-Exo groups scored {bbb:SCI@3} and {bbb:MenSC-Exo@3}. The groups "
            "separated after the first week: on day 14 the scores were {bbb:MenSC-Exo@14} (MenSC-Exo) and "
            "{bbb:SCI@14} (SCI), and three weeks after injury {bbb:MenSC-Exo@21} and {bbb:SCI@21}. Sham rats "
            "scored 21 at every assessment."),
            ("figure", "Figure 1", "Time course of BBB scores (mean ± SEM; n = 12).", {
                "days": _D12, "groups": ["SCI", "MenSC-Exo"]}),
            "Iba1-positive cells around the lesion were reduced by 41% at day 7.",
        ]),
        ("discussion", "Discussion", [
            ("Seven daily intraperitoneal doses of MenSC-Exo improved locomotion by about three points. Earlier, "
            "MenSC exosomes injected into the lesion at 50 µg were reported to measure 70–110 nm and to "
            "improve BBB scores by two points [5]."),
            "We did not include a PBS-injected group, and repeated handling may itself affect recovery.",
        ]),
    ],
    references=refs(4, 1, 2, 5, 15),
    scores=FreshScores(
        outcome="BBB", err="sem",
        groups=[("SCI", "control", 12), ("MenSC-Exo", "treatment", 12)],
        values={
            "SCI": series(_D12, [1.2, 3.4, 5.6, 6.9, 7.7], [0.3, 0.5, 0.6, 0.6, 0.7]),
            "MenSC-Exo": series(_D12, [1.4, 4.1, 7.6, 9.3, 10.5], [0.3, 0.5, 0.6, 0.7, 0.7]),
        }),
    footnote=FOOTNOTE,
)

STUDIES = [IQBAL, JENSEN, KOWALSKI, LOPEZ]
