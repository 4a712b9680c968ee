"""Slate studies 4-6 (everything invented; see ../README.md for what each exercises)."""

from __future__ import annotations

from extgen.common import FOOTNOTE, GMU, MU, NB, POOL, TH, day_fmt, flat
from extgen.model import Scores, Study

# ---------------------------------------------------------------- 4. Coulibaly 2023 (compact, own)

_D4 = [7.0, 14.0, 21.0, 28.0, 42.0, 56.0]
COULIBALY = Study(
    stem="coulibaly2023_caqk_hpmsc_ev_weekly_abstractdose",
    layout="compact",
    title="Lesion-homing peptide display on placental mesenchymal stromal cell extracellular vesicles improves weekly intravenous therapy after spinal cord contusion",
    short_title="CAQK-EVs weekly after SCI",
    authors=[("Aminata", "Coulibaly"), ("Moussa", "Traoré"), ("Léa", "Fournier"), ("Rahul", "Deshpande"),
             ("Kwame", "Asante"), ("Petra", "Novak")],
    affiliations=["Laboratoire de Neurobiologie Expérimentale, Université du Sahel, Mali",
                  "Department of Bioengineering, Riverside Technical University, Czech Republic"],
    journal="Biomaterials for Neural Repair",
    year=2023, volume="31(2):140-153", doi="10.5555/bnr.2023.31.140", pmid="99100604", pmcid="PMC9910604",
    received="2022-11-09",
    values={
        "species": "rat", "strain": "Long-Evans", "sex": "female", "body_weight_g": {"low": 225, "high": 255},
        "n_per_group": 10, "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T10",
        "source_tissue": "placenta", "source_species": "human", "modification": "CAQK peptide surface engineering",
        "isolation_method": ["ultrafiltration", "ultracentrifugation"],
        "isolation_detail": "Amicon Ultra-15 100 kDa; 100,000 g 70 min",
        "characterization": ["TEM", "NTA", "western_blot", "flow_cytometry"],
        "markers": ["CD81", "TSG101", "HSP70", "calnexin"],
        "size_nm": {"value": None, "low": 50, "high": 140, "stat": None, "method": "TEM"},
        "dose": {"amount": 1e10, "unit": "particles", "volume_ul": 500, "basis": "particles"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 4, "interval_h": 168}, "timing_post_injury_h": 72,
        "mechanism": "lesion-targeted accumulation with reduced glial scarring",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Aim", f"To test whether displaying the lesion-homing peptide CAQK on extracellular vesicles (EVs) from human placental mesenchymal stromal cells (hPMSCs) improves their effect after spinal cord injury."),
        ("Methods", f"Female Long-Evans rats with weight-drop contusion received vehicle, unmodified EVs, CAQK-EVs ({{{{dose|1{NB}×{NB}10<sup>10</sup> particles per injection}}}}) or methylprednisolone. EVs were given intravenously once a week for four weeks, starting in the subacute phase."),
        ("Results", "CAQK-EVs accumulated in the lesion 3-fold more than unmodified EVs, reduced GFAP+ scar area and gave the best BBB scores at 8 weeks."),
        ("Conclusions", "Peptide display is a simple way to steer systemic EVs to the injured cord."),
    ],
    keywords=["extracellular vesicles", "CAQK", "placenta", "targeting", "subacute SCI"],
    sections=[
        ("intro", "Introduction", [
            f"After intravenous injection most EVs end up in liver and spleen [11]. The tetrapeptide CAQK binds a proteoglycan complex upregulated in injured CNS tissue and has been used to carry cargo to lesions [10].",
            f"Placental MSCs are abundant and immunologically quiet [2]. Their EVs, measured at 80{NB}–{NB}120 nm in an earlier report [4], are a practical source. Most studies inject EVs within hours of injury; we chose a subacute, repeated schedule closer to clinical practice.",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Animals"),
            f"{{{{species,strain,sex|Adult female Long-Evans rats}}}} {{{{body_weight_g|(225–255{NB}g)}}}} were kept in a 12-h light cycle. {{{{reported_randomisation|Rats were block-randomised after injury}}}} to Vehicle, EV, CAQK-EV and MP groups. Eleven rats per group were injured; rats scoring above 2 on day 1 were excluded (one Vehicle, one EV rat), and {{{{n_per_group|10 rats per group were analysed}}}} (surplus animals were removed at random to balance group size).",
            ("h", "Cell culture and EV engineering"),
            f"{{{{source_species,source_tissue|hPMSCs were derived from the chorionic plate of term placentas}}}} donated with consent. EVs were collected from passage 3–5 cells over 48 h. {{{{modification|EV membranes were surface-engineered with CAQK peptide}}}} through a DSPE-PEG-CAQK lipid anchor (1 h, 37{NB}°C); free peptide was removed during purification. Unmodified EVs were processed identically without the anchor.",
            ("h", "EV isolation"),
            f"Media were cleared at 2000{NB}×{NB}g (20 min), {{{{isolation_method,isolation_detail|concentrated on Amicon Ultra-15 100 kDa filters}}}} and {{{{isolation_method,isolation_detail|pelleted at 100{TH}000{NB}×{NB}g for 70 min}}}}.",
            f"{{{{characterization|EVs were characterised by TEM, NTA and western blot}}}}; {{{{characterization|peptide display was confirmed by flow cytometry}}}} of FITC-CAQK-EVs bound to beads. {{{{markers|Blots were positive for CD81, TSG101 and HSP70 and negative for calnexin}}}}.",
            ("h", "Spinal cord injury"),
            f"Rats were anaesthetised with sodium pentobarbital (45{NB}mg/kg, i.p.). After laminectomy of T9 and T10, {{{{injury_model,injury_device|a 10-g rod was dropped from 25{NB}mm (weight drop)}}}} with the rod {{{{injury_level|centred over the T10 vertebral level}}}}. Rats in the MP group received methylprednisolone (30{NB}mg/kg, i.p.) 1 h after injury and then daily for 5 days.",
            ("h", "EV administration"),
            f"{{{{route,route_detail|EVs were injected into the lateral tail vein}}}} at the dose used in our previous study [7], {{{{dose|suspended in 0.5{NB}mL saline}}}}. {{{{timing_post_injury_h|The first injection was given on day 3 after injury}}}} and {{{{frequency|then weekly for four weeks}}}}. Vehicle rats received saline on the same days.",
            ("h", "Behavioural testing and statistics"),
            f"{{{{reported_blinded_assessment|Locomotion was scored on the BBB scale by an observer blinded to treatment}}}} weekly to day 28, and on days 42 and 56. Rats were acclimatised to the open field for 3 days before injury. Data are mean ± SD; groups were compared by mixed-effects models.",
        ]),
        ("results", "Results", [
            f"{{{{size_nm|On TEM, vesicles were cup-shaped and ranged from 50 to 140{NB}nm}}}}; NTA gave 3.8{NB}×{NB}10<sup>11</sup> particles/mL, and about 60% of CAQK-EVs carried the peptide.",
            f"Twenty-four hours after a single injection, DiR-labelled CAQK-EVs in the cord were 3.1-fold those of unmodified EVs.",
            ("table", "Table 1", "BBB scores after contusion; mean ± SD.", {
                "orient": "rows", "days": _D4, "groups": ["Vehicle", "EV", "CAQK-EV", "MP"],
                "day_fmt": day_fmt, "corner": "Day"}),
            f"At day 56, CAQK-EV rats scored {{bbb:CAQK-EV@56}}, unmodified EV rats {{bbb:EV@56}} and Vehicle rats {{bbb:Vehicle@56}}. Methylprednisolone gave a transient gain at day 7 only. GFAP+ scar area fell by 35% with CAQK-EVs.",
        ]),
        ("discussion", "Discussion", [
            f"{{{{mechanism|We attribute the benefit to lesion-targeted accumulation with reduced glial scarring}}}}. Without targeting, a ten-fold higher EV dose (1{NB}×{NB}10<sup>11</sup> particles) was needed for a similar effect in mice [5].",
            "Starting treatment on day 3 left the acute inflammatory phase untreated, which probably limits the size of the effect.",
        ]),
    ],
    back=[("Ethics approval", "{{reported_welfare_compliance|Experiments were approved by the Université du Sahel Animal Ethics Board}} and complied with Directive 2010/63/EU."),
          ("Conflicts of interest", "{{reported_conflict_of_interest|The authors report no conflict of interest.}}")],
    references=[POOL[i] for i in (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11)],
    scores=Scores("BBB", "sd",
                  [("Vehicle", "control", 10), ("EV", "other", 10), ("CAQK-EV", "treatment", 10), ("MP", "other", 10)],
                  {"Vehicle": flat("Vehicle", _D4, [(3.0, 1.2), (5.1, 1.5), (6.6, 1.7), (7.4, 1.8), (8.2, 1.9), (8.7, 2.0)]),
                   "EV": flat("EV", _D4, [(3.1, 1.3), (5.6, 1.6), (7.3, 1.8), (8.5, 1.9), (9.4, 2.0), (10.0, 2.1)]),
                   "CAQK-EV": flat("CAQK-EV", _D4, [(3.2, 1.2), (6.3, 1.5), (8.6, 1.7), (10.1, 1.8), (11.6, 1.9), (12.4, 2.0)]),
                   "MP": flat("MP", _D4, [(4.4, 1.4), (5.9, 1.6), (7.0, 1.8), (7.8, 1.9), (8.6, 2.0), (9.1, 2.1)])}),
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------- 5. Esposito 2019 (single)

_D5 = [1.0, 7.0, 14.0, 21.0, 28.0, 35.0]
ESPOSITO = Study(
    stem="esposito2019_rbmsc_mir29b_electroporated_exo_two_doses",
    layout="single",
    title="Electroporation of miR-29b into bone marrow stromal cell exosomes: two early intravenous doses after spinal cord contusion in rats",
    short_title="miR-29b-loaded exosomes",
    authors=[("Giulia", "Esposito"), ("Matteo", "Ricci"), ("Hannah", "Oyelaran"), ("Yusuf", "Demir")],
    affiliations=["Dipartimento di Neuroscienze, Università di Valdarno, Italy",
                  "School of Pharmacy, Anatolian Health Sciences University, Turkey"],
    journal="Experimental Vesicle Therapeutics",
    year=2019, volume="3:e190027", doi="10.5555/EVT.2019.027", pmid="99100605", pmcid="PMC9910605",
    received="2019-01-22",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 280, "high": 300},
        "n_per_group": 8, "injury_model": "contusion", "injury_device": "MASCIS impactor", "injury_level": "T10",
        "source_tissue": "bone_marrow", "source_species": "rat", "modification": "miR-29b electroporation loading",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 g 70 min",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD9", "CD81", "HSP70", "calnexin"],
        "size_nm": {"value": 132.5, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 150, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 2, "interval_h": 23}, "timing_post_injury_h": 1,
        "mechanism": "suppression of PTEN-independent apoptosis via DNMT3a repression",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, f"MicroRNA loading can add a defined cargo to stromal cell exosomes. We electroporated miR-29b mimic into exosomes from rat bone marrow stromal cells (BMSCs) and gave them, or native exosomes, intravenously twice on the first day after MASCIS contusion in male Sprague-Dawley rats. miR-29b-Exo raised BBB scores from day 14 to day 35, reduced TUNEL+ cells and lowered DNMT3a in the lesion. Early, short exposure to loaded exosomes is sufficient for a lasting effect."),
    ],
    keywords=["miR-29b", "electroporation", "exosomes", "BMSC", "spinal cord contusion"],
    sections=[
        ("intro", "Introduction", [
            f"Neuronal apoptosis continues for days after spinal cord contusion [3]. miR-29b regulates DNA methyltransferases and apoptosis genes and falls sharply in the injured cord [15].",
            f"Exosomes (30{NB}–{NB}100 nm vesicles of endosomal origin) can be loaded after isolation by electroporation, which avoids genetic manipulation of the producing cells [2,14]. Vesicles of 150{NB}nm given at 400{NB}{MU}g improved BBB scores in an earlier report [5].",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Animals"),
            f"{{{{species,strain,sex|Male Sprague-Dawley rats}}}} ({{{{body_weight_g|body weight 280–300{NB}g}}}}) were housed two per cage. {{{{reported_randomisation|Rats were randomly allocated}}}} to Sham, SCI, Exo and miR-29b-Exo groups.",
            ("h", "BMSC culture and exosome preparation"),
            f"{{{{source_species,source_tissue|BMSCs were flushed from femurs and tibias of 4-week-old rats}}}} and expanded to passage 4. Conditioned medium (48 h, exosome-depleted FBS) was centrifuged at 500{NB}×{NB}g, 2500{NB}×{NB}g and 12{TH}000{NB}×{NB}g, and {{{{isolation_method,isolation_detail|exosomes were pelleted at 100{TH}000{NB}×{NB}g for 70 min}}}}, washed and pelleted again.",
            f"{{{{modification|Exosomes (100{NB}{MU}g) were loaded with miR-29b mimic by electroporation}}}} (400 V, 125 {GMU}F, two pulses) and re-isolated to remove free mimic. Native exosomes were electroporated without mimic.",
            f"{{{{characterization|Particles were analysed by NTA (NanoSight LM10) and TEM}}}}; {{{{characterization,markers|western blot confirmed CD9, CD81 and HSP70 and excluded calnexin}}}}. In vitro, PC12 cells exposed to H<sub>2</sub>O<sub>2</sub> were treated with 50{NB}{MU}g/mL exosomes.",
            ("h", "Spinal cord injury and treatment"),
            f"Rats were anaesthetised with sodium pentobarbital (40{NB}mg/kg). {{{{injury_model,injury_device|A moderate contusion (10{NB}g × 12.5{NB}mm) was made with the MASCIS impactor}}}} {{{{injury_level|at T10}}}} after laminectomy. Penicillin (40{TH}000 U/kg) was given daily for 3 days.",
            f"{{{{route,route_detail|Exosomes were given through the caudal vein}}}}. {{{{dose|Each injection contained 100{NB}{MU}g exosomal protein in 150{NB}{MU}L PBS}}}}. {{{{frequency,timing_post_injury_h|Rats received two doses, 1 and 24 h after injury}}}}; SCI rats received PBS at the same times.",
            ("h", "Assessment"),
            f"{{{{reported_blinded_assessment|Two investigators blinded to group assignment}}}} scored BBB on days 1, 7, 14, 21, 28 and 35, and performed the inclined plane test on day 35.",
        ]),
        ("results", "Results", [
            f"{{{{size_nm|The mean diameter measured by NTA was 132.5 ± 8.7{NB}nm}}}} before loading and did not change after electroporation. Loading raised exosomal miR-29b about 40-fold.",
            ("table", "Table 1", "Time course of BBB scores.", {
                "orient": "rows", "days": _D5, "groups": ["Sham", "SCI", "Exo", "miR-29b-Exo"],
                "day_fmt": lambda d: f"{d:g} d", "corner": "Days after SCI",
                "foot": f"Mean ± SEM ({{{{n_per_group|n = 8 rats/group}}}})."}),
            f"By day 35, rats given miR-29b-Exo reached {{bbb:miR-29b-Exo@35}}, against {{bbb:Exo@35}} for native exosomes and {{bbb:SCI@35}} for SCI. Inclined plane angles were 55° and 43° in the miR-29b-Exo and SCI groups.",
        ]),
        ("discussion", "Discussion", [
            f"Two intravenous doses within 24 h were enough to change recovery for five weeks. {{{{mechanism|We suggest suppression of PTEN-independent apoptosis via DNMT3a repression}}}}, because TUNEL counts fell while PTEN was unchanged.",
            "Electroporation can aggregate vesicles and RNA; re-isolation after loading and unchanged NTA profiles argue against this here.",
        ]),
    ],
    back=[("Ethical approval", "{{reported_welfare_compliance|All animal procedures were approved by the Animal Welfare Body of the Università di Valdarno}}."),
          ("Competing interests", "{{reported_conflict_of_interest|The authors have no competing interests to declare.}}")],
    references=[POOL[i] for i in (0, 1, 2, 3, 4, 6, 7, 8, 10, 11, 12, 13, 14, 15, 9)],
    scores=Scores("BBB", "sem",
                  [("Sham", "sham", 8), ("SCI", "control", 8), ("Exo", "other", 8), ("miR-29b-Exo", "treatment", 8)],
                  {"Sham": flat("Sham", _D5, [(20.8, 0.2), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)]),
                   "SCI": flat("SCI", _D5, [(0.8, 0.3), (3.4, 0.5), (5.9, 0.6), (7.3, 0.6), (8.0, 0.7), (8.4, 0.7)]),
                   "Exo": flat("Exo", _D5, [(0.9, 0.3), (3.9, 0.5), (6.8, 0.6), (8.2, 0.7), (9.1, 0.7), (9.6, 0.8)]),
                   "miR-29b-Exo": flat("miR-29b-Exo", _D5, [(1.0, 0.3), (4.6, 0.6), (8.1, 0.7), (9.9, 0.7), (11.0, 0.8), (11.8, 0.8)])}),
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------- 6. Loaiza 2024 (twocol)

_D6 = [3.0, 7.0, 14.0, 28.0, 42.0]
LOAIZA = Study(
    stem="loaiza2024_wjmsc_native_sev_gelma_hemisection",
    layout="twocol",
    title="Native Wharton's jelly MSC small extracellular vesicles in a photocrosslinked hydrogel after thoracic hemisection in rats",
    short_title="sEV hydrogel after hemisection",
    authors=[("Valentina", "Loaiza"), ("Andrés", "Quintero"), ("Mei", "Takahashi"), ("Lukas", "Brenner"), ("Camila", "Rojas")],
    affiliations=["Grupo de Neurociencias, Universidad de los Andes Centrales, Colombia",
                  "Institute of Biofabrication, Alpine Technical University, Austria"],
    journal="Regenerative Neuromaterials",
    year=2024, volume="5(1):e0412", doi="10.5555/rnm.2024.0412", pmid="99100606", pmcid="PMC9910606",
    received="2023-08-30",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 180, "high": 220},
        "n_per_group": 12, "injury_model": "hemisection", "injury_device": "iridectomy scissors", "injury_level": "T10",
        "source_tissue": "wharton_jelly", "source_species": "human", "modification": "none",
        "isolation_method": ["tangential_flow", "size_exclusion"],
        "isolation_detail": "tangential flow filtration 300 kDa; qEV columns",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD9", "CD63", "Alix", "calnexin"],
        "size_nm": {"value": 96.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 10, "unit": "ug", "volume_ul": 20, "basis": "protein"},
        "route": "implanted_biomaterial", "route_detail": "GelMA hydrogel",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0,
        "mechanism": "reduced neuronal apoptosis via PI3K/AKT activation",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, f"Vesicles injected into a hemisection cavity wash out within hours. We embedded native small extracellular vesicles (sEVs) from human Wharton's jelly MSCs in gelatin methacryloyl (GelMA) and placed the gel in the cavity of a T10 hemisection in female rats. Gel+sEV improved BBB scores from day 14 and reduced cleaved caspase-3 in the perilesional grey matter compared with gel alone or no treatment. A single local deposit of unmodified sEVs in a hydrogel is enough to support recovery."),
    ],
    keywords=["hydrogel", "GelMA", "small extracellular vesicles", "Wharton's jelly", "hemisection"],
    sections=[
        ("intro", "Introduction", [
            f"Hemisection creates a cavity that a hydrogel can fill and use to release cargo slowly [10]. sEVs, commonly defined as vesicles below 200{NB}nm, carry anti-apoptotic cargo [2,4].",
            "Earlier hydrogel work loaded 100 µg of engineered vesicles per rat [9]. We asked whether far less of native vesicles, kept in place by GelMA, is effective.",
        ]),
        ("methods", "Methods", [
            ("h", "Animals and design"),
            f"{{{{species,strain,sex,n_per_group|Thirty-six female Sprague-Dawley rats were divided into three groups}}}} (SCI, Gel, Gel+sEV) {{{{reported_randomisation|by a random number table}}}}. {{{{body_weight_g|Rats weighed 180–220{NB}g}}}} at surgery.",
            ("h", "sEV production"),
            f"{{{{source_species,source_tissue|MSCs were isolated from Wharton's jelly of human umbilical cords}}}} and grown in a hollow-fibre bioreactor. Harvested medium was clarified (3000{NB}×{NB}g, 15 min; 0.45{NB}{MU}m), {{{{isolation_method,isolation_detail|concentrated by tangential flow filtration (300 kDa)}}}} and {{{{isolation_method,isolation_detail|fractionated on qEV columns}}}}. {{{{modification|The sEVs were used native (unmodified)}}}}: no loading or preconditioning was applied.",
            f"{{{{characterization|sEVs were examined by NTA, TEM and western blot}}}} ({{{{markers|CD9, CD63, Alix; calnexin as negative control}}}}). Cortical neurons were exposed to 50{NB}{MU}g/mL sEVs in an oxygen-glucose deprivation assay.",
            ("h", "Hydrogel and surgery"),
            f"GelMA (7% w/v) with 0.25% LAP was mixed with sEVs on ice. Under ketamine/xylazine anaesthesia (75/10{NB}mg/kg), a T9–T10 laminectomy was made and {{{{injury_model,injury_device|a right lateral hemisection was cut with iridectomy scissors}}}} {{{{injury_level|at T10}}}}, removing a 2-mm block.",
            f"{{{{route,route_detail,timing_post_injury_h,frequency|Immediately after hemisection, a single GelMA hydrogel deposit was placed in the cavity}}}} and crosslinked with blue light (405 nm, 30 s). {{{{dose|Each implant contained 10{NB}{MU}g sEV protein in 20{NB}{MU}L GelMA}}}}. The Gel group received 20{NB}{MU}L GelMA alone; SCI rats received no implant. Enrofloxacin (5{NB}mg/kg) was given daily for 7 days.",
            ("h", "Outcomes"),
            f"{{{{reported_blinded_assessment|BBB scores of the ipsilateral hindlimb were assessed by two blinded observers}}}} on days 3, 7, 14, 28 and 42. Data are mean ± SD.",
        ]),
        ("results", "Results", [
            f"{{{{size_nm|NTA showed a mode of 96{NB}nm}}}} and 1.2{NB}×{NB}10<sup>12</sup> particles/mL; TEM showed cup-shaped vesicles. About 70% of the sEVs were released from GelMA over 10 days in vitro.",
            ("figure", "Figure 2", f"Ipsilateral BBB scores over 6 weeks. Gel+sEV rats reached {{bbb:Gel+sEV@42}} on day 42, compared with {{bbb:Gel@42}} (Gel) and {{bbb:SCI@42}} (SCI).",
             {"days": _D6, "groups": ["SCI", "Gel", "Gel+sEV"], "x": "days"}),
            ("table", "Table 2", "BBB scores (mean ± SD).", {
                "orient": "cols", "days": _D6, "groups": ["SCI", "Gel", "Gel+sEV"],
                "day_fmt": lambda d: f"d{d:g}", "corner": "Group"}),
            "Gel alone gave a small, non-significant gain. Cleaved caspase-3+ neurons fell by half with Gel+sEV, and phospho-AKT rose.",
        ]),
        ("discussion", "Discussion", [
            f"{{{{mechanism|The data point to reduced neuronal apoptosis via PI3K/AKT activation}}}}. A deposit of 10{NB}{MU}g is one-tenth of the dose used with engineered vesicles [9].",
            "Hemisection spares the contralateral cord, so ipsilateral BBB scores recover faster than after contusion; results should not be pooled directly with contusion studies.",
        ]),
    ],
    back=[("Ethics", "{{reported_welfare_compliance|The protocol was approved by the institutional animal care and use committee}} (CICUAL-2022-08)."),
          ("Conflict of interest", "{{reported_conflict_of_interest|The authors declare no conflict of interest.}}")],
    references=[POOL[i] for i in (0, 1, 2, 3, 4, 5, 6, 7, 8, 9)],
    scores=Scores("BBB", "sd",
                  [("SCI", "control", 12), ("Gel", "other", 12), ("Gel+sEV", "treatment", 12)],
                  {"SCI": flat("SCI", _D6, [(4.1, 1.5), (6.2, 1.8), (8.0, 2.0), (9.6, 2.1), (10.3, 2.2)]),
                   "Gel": flat("Gel", _D6, [(4.3, 1.6), (6.6, 1.9), (8.7, 2.0), (10.4, 2.2), (11.1, 2.3)]),
                   "Gel+sEV": flat("Gel+sEV", _D6, [(4.5, 1.6), (7.4, 1.8), (10.3, 1.9), (12.6, 2.0), (13.9, 2.1)])}),
    footnote=FOOTNOTE,
)

STUDIES = [COULIBALY, ESPOSITO, LOAIZA]
