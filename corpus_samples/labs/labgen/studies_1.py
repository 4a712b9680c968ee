"""Labs studies, first batch: formulaic high-volume labs and regional journals.

Everything is invented. ``{{fields|words}}`` marks gold evidence, ``{v:GROUP@DAY|fmt}`` a
written score (see ``labgen.markup``).
"""

from __future__ import annotations

from extgen.common import FOOTNOTE, NB, POOL
from extgen.model import Scores, Study

D6 = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]


def _vals(days: list[float], rows: list[tuple[float, float]]) -> dict[float, tuple[float, float]]:
    return dict(zip(days, rows, strict=True))


# --------------------------------------------------------------------------------------
# 1. Spain, high-volume lab: 2.x.y sub-sections, G1-G4 codes, "as previously described",
#    every score repeated in text and table (days as rows, SEM).
# --------------------------------------------------------------------------------------
_GAL = Scores("BBB", "sem", [("G1", "sham", 10), ("G2", "control", 10), ("G3", "control", 10), ("G4", "treatment", 10)], {
    "G1": _vals(D6, [(21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)]),
    "G2": _vals(D6, [(0.4, 0.2), (1.3, 0.4), (3.1, 0.6), (5.2, 0.7), (6.4, 0.8), (7.0, 0.8)]),
    "G3": _vals(D6, [(0.5, 0.2), (1.5, 0.5), (3.4, 0.6), (5.5, 0.7), (6.8, 0.7), (7.3, 0.9)]),
    "G4": _vals(D6, [(0.6, 0.3), (2.2, 0.5), (5.0, 0.6), (8.3, 0.7), (10.1, 0.8), (11.6, 0.9)]),
})

GALLARDO = Study(
    stem="gallardo2021_rbmsc_exo_g1g4_tailvein",
    layout="single",
    title="Systemic bone marrow stromal cell exosomes limit secondary damage after thoracic contusion in rats",
    short_title="Gallardo-Ruiz et al. · BMSC exosomes after contusion",
    authors=[("Inés", "Gallardo-Ruiz"), ("Tomás", "Echevarría"), ("Nuria", "Calvo Prieto"), ("Álvaro", "Soler"),
             ("Marta", "Ibarguren")],
    affiliations=["Laboratorio de Neurorreparación Experimental, Hospital Universitario Invented, Valladolid, Spain",
                  "Unidad de Vesículas Extracelulares, Instituto Ficticio de Biomedicina, Bilbao, Spain"],
    journal="Revista Iberoamericana de Neurotrauma Experimental",
    year=2021, volume="14(3):e0219",
    doi="10.5555/rine.2021.0219", pmid="99107301", pmcid="PMC9910731", received="2021-02-11",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 220, "high": 250},
        "n_per_group": 10, "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T10",
        "source_tissue": "bone_marrow", "source_species": "rat",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 × g 70 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 118.4, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 200, "unit": "ug", "volume_ul": 500, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.5,
        "mechanism": "suppression of NLRP3 inflammasome activation in microglia",
        "reported_randomisation": True, "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Exosomes secreted by bone marrow mesenchymal stromal cells (BMSC-Exos) are candidate "
         "cell-free therapies for spinal cord injury (SCI)."),
        ("Methods", "Forty adult female Sprague-Dawley rats received a contusion at T10 and were allocated to "
         "four groups (G1–G4). G4 received a single tail-vein injection of BMSC-Exos 30 min after injury; "
         "locomotion was scored with the BBB scale for 28 days."),
        ("Results", "At day 28, G4 reached {v:G4@28} points against {v:G3@28} in PBS-treated rats (G3). "
         "Exosome treatment reduced NLRP3, cleaved caspase-1 and IL-1β in the lesion."),
        ("Conclusion", "A single intravenous dose of BMSC-Exos improves hind-limb recovery, possibly by "
         "{{mechanism|suppression of NLRP3 inflammasome activation in microglia}}."),
    ],
    keywords=["spinal cord injury", "BMSC-Exos", "NLRP3", "BBB", "contusion"],
    sections=[
        ("intro", "1. Introduction", [
            "Traumatic SCI triggers a secondary cascade of inflammation, oedema and cell death that extends the "
            "lesion for weeks [1,3]. Exosomes are membrane vesicles of 30–150 nm released by most cell types, "
            "and MSC-derived exosomes have improved BBB scores in several rodent models [2,5].",
            "Earlier work from other groups gave 100 µg of exosomes through the tail vein one day after injury "
            "[5], or 1 × 10<sup>11</sup> particles per kg [11]. Our group has previously characterised BMSC-Exos "
            "in a cervical hemisection model at C5 [12]; here we examine a thoracic contusion.",
        ]),
        ("methods", "2. Materials and methods", [
            ("h", "2.1. Animals"),
            "All procedures were approved by the institutional ethics committee (protocol INV-2019-044) and "
            "{{reported_welfare_compliance|complied with Directive 2010/63/EU and the ARRIVE 2.0 guidelines}}. "
            "{{species,strain,sex|Adult female Sprague–Dawley rats}} "
            f"({{{{body_weight_g|220–250{NB}g}}}}; Charles River, Spain) were housed four per cage on a 12/12 h "
            "light cycle with food and water ad libitum.",
            ("h", "2.2. Experimental design"),
            "{{reported_randomisation|Rats were randomly assigned, using a computer-generated list,}} to "
            "four groups: G1, sham (laminectomy only); G2, SCI without treatment; G3, SCI + PBS; G4, SCI + "
            f"BMSC-Exos ({{{{n_per_group|n{NB}={NB}10 per group}}}}).",
            ("h", "2.3. Isolation and culture of BMSCs"),
            "{{source_tissue,source_species|BMSCs were obtained from the femurs and tibias of 4-week-old "
            "Sprague–Dawley rats}} as previously described [12] and used at passages 3–5.",
            ("h", "2.4. Exosome isolation and characterisation"),
            ("h", "2.4.1. Isolation"),
            "Exosomes were isolated as previously described [12]. Briefly, conditioned medium (48 h, "
            "exosome-depleted FBS) was cleared at 300 × g (10 min), 2000 × g (20 min) and 10 000 × g "
            "(30 min), filtered (0.22 µm) and "
            "{{isolation_method,isolation_detail|ultracentrifuged at 100,000 × g for 70 min}} (twice; "
            "Type 70 Ti rotor). Pellets were resuspended in PBS and protein was measured by BCA.",
            ("h", "2.4.2. TEM, NTA and western blot"),
            "{{characterization|Morphology was examined by transmission electron microscopy (TEM), size "
            "distribution by nanoparticle tracking analysis (NTA; NanoSight NS300), and markers by western "
            "blotting}} with {{markers|antibodies against CD9, CD63, TSG101 and calnexin}} (rabbit polyclonal, "
            "1:1000).",
            ("h", "2.5. SCI model"),
            "Rats were anaesthetised with pentobarbital sodium (40 mg/kg, i.p.). After a laminectomy at T9–T11, "
            "{{injury_model,injury_device,injury_level|a contusion was produced at T10 with the NYU impactor}} "
            "(10 g rod dropped from 25 mm), as previously described [12]. Bladders were expressed twice daily.",
            ("h", "2.6. Treatment"),
            "{{dose|200 μg of BMSC-Exos in 500 μL PBS}} (G4) or 500 μL PBS alone (G3) "
            "{{route,route_detail,frequency,timing_post_injury_h|was injected once via the tail vein 30 min "
            "after injury}}. G2 received no injection.",
            ("h", "2.7. Behavioural assessment"),
            "{{reported_blinded_assessment|Two observers blinded to group allocation scored open-field "
            "locomotion using the BBB scale}} on days 1, 3, 7, 14, 21 and 28 after injury.",
            ("h", "2.8. In vitro assay"),
            "BV2 microglia were exposed to LPS (1 µg/mL) and treated with 50 µg/mL BMSC-Exos for 24 h.",
            ("h", "2.9. Statistics"),
            "Data are mean ± SEM. Two-way repeated-measures ANOVA with Bonferroni post-hoc tests was used; "
            "P < 0.05 was significant.",
        ]),
        ("results", "3. Results", [
            ("h", "3.1. Characterisation of BMSC-Exos"),
            "TEM showed cup-shaped vesicles. {{size_nm|NTA gave a mean diameter of 118.4 nm}} (mode 104.0 nm), "
            "and the vesicles were positive for CD9, CD63 and TSG101 and negative for calnexin.",
            ("h", "3.2. Locomotor recovery"),
            "Sham-operated G1 rats walked normally throughout. On day 1 the injured groups did not differ (G2 {v:G2@1}, G3 "
            "{v:G3@1}, G4 {v:G4@1}). On days 3 and 7, G4 scored {v:G4@3} and {v:G4@7}, compared with {v:G3@3} "
            "and {v:G3@7} in G3 and {v:G2@3} and {v:G2@7} in G2, respectively.",
            "From day 14 the difference became significant: G4 {v:G4@14} vs G3 {v:G3@14} (P < 0.05) and vs G2 "
            "{v:G2@14}. On day 21 the scores were {v:G4@21} (G4), {v:G3@21} (G3) and {v:G2@21} (G2); by day 28, "
            "G4 had recovered to {v:G4@28}, whereas G3 and G2 plateaued at {v:G3@28} and {v:G2@28} (P < 0.01; "
            "Table 1).",
            ("table", "Table 1", "BBB scores by day after injury (mean ± SEM, n = 10 per group).",
             {"orient": "rows", "days": D6, "groups": ["G2", "G3", "G4"], "corner": "Day",
              "day_fmt": lambda d: f"d {d:g}",
              "foot": "G1 (sham) walked normally throughout and is not shown. G2, SCI; G3, SCI + PBS; G4, SCI + BMSC-Exos."}),
            ("h", "3.3. Inflammasome markers"),
            "NLRP3, ASC and cleaved caspase-1 were lower in G4 than in G3 at day 7 (western blot, n = 4).",
        ]),
        ("discussion", "4. Discussion", [
            "A single tail-vein dose given 30 min after injury improved recovery by about four BBB points. "
            "Comparable effects were reported with 100 µg given at 24 h (BBB 10.2 at day 28) [5] and with "
            "daily injections for 7 days [11]. Unlike the 2 × 10<sup>9</sup> particles used elsewhere [14], we "
            "dosed by protein.",
            "Limitations include the single sex and the lack of a dose–response study.",
        ]),
    ],
    references=POOL[:6] + POOL[10:12] + POOL[13:16] + ["Gallardo-Ruiz I, Soler Á. Exosomes after cervical "
                                                        "hemisection. Rev Iberoam Neurotrauma Exp. 2019;12:41–52."],
    scores=_GAL,
    back=[("Funding", "Invented Regional Health Research Programme (grant INV-19-077)."),
          ("Conflict of interest", "{{reported_conflict_of_interest|The authors declare no competing interests}}.")],
    footnote=FOOTNOTE,
)


# --------------------------------------------------------------------------------------
# 2. Germany, regional journal ("banner" layout): comma decimals, thin spaces, Th10 clip,
#    lumbar-puncture trap, particles/ml x volume, schedule only in the group-design table,
#    transposed outcome table (groups as columns, n in labels, merged header) run on to the
#    next page, erratum note.
# --------------------------------------------------------------------------------------
D7 = [1.0, 7.0, 14.0, 21.0, 28.0, 35.0, 42.0]
_HAR = Scores("BBB", "sem", [("Sham", "sham", 6), ("Vehicle", "control", 9), ("EV", "treatment", 9)], {
    "Sham": _vals(D7, [(20.8, 0.2), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)]),
    "Vehicle": _vals(D7, [(0.3, 0.1), (2.1, 0.4), (3.9, 0.5), (5.0, 0.5), (5.8, 0.6), (6.5, 0.6), (6.9, 0.6)]),
    "EV": _vals(D7, [(0.4, 0.2), (2.8, 0.4), (5.4, 0.5), (7.0, 0.6), (8.2, 0.6), (9.1, 0.7), (9.8, 0.7)]),
})


def _har_cell(g: str, d: float) -> str:
    return f"{{v:{g}@{d:g}|comma}}"


HARTUNG = Study(
    stem="hartung2020_hucmsc_ev_clip_lumbarpuncture",
    layout="banner",
    title="Intrathecal extracellular vesicles from umbilical cord stromal cells after clip compression of the rat thoracic cord",
    short_title="Hartung et al.",
    authors=[("Friederike", "Hartung"), ("Jonas", "Weißenborn"), ("Ayşe", "Demirel"), ("Lukas", "Brandstätter"),
             ("Katrin", "Oberholzer")],
    affiliations=["Klinik für Experimentelle Neurochirurgie, Erfundene Universität, Greifswald, Germany",
                  "Arbeitsgruppe Vesikelbiologie, Fiktives Forschungszentrum, Graz, Austria"],
    journal="Zentralblatt für Experimentelle Neurotraumatologie",
    year=2020, volume="58(4):311–324",
    doi="10.5555/zent.2020.58.311", pmid="99107302", pmcid="PMC9910732", received="2020-03-02",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male", "body_weight_g": {"low": 280, "high": 320},
        "n_per_group": 9, "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T10",
        "source_tissue": "umbilical_cord", "source_species": "human", "modification": "none",
        "isolation_method": ["ultrafiltration", "size_exclusion"],
        "isolation_detail": "Amicon Ultra-15 100 kDa MWCO; qEVoriginal 70 nm",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD63", "CD81", "Alix", "calnexin"],
        "size_nm": {"value": 132.5, "low": None, "high": None, "stat": "median", "method": "NTA"},
        "dose": {"amount": 1e8, "unit": "particles", "volume_ul": 20, "basis": "particles"},
        "route": "intrathecal", "route_detail": "lumbar puncture",
        "frequency": {"doses": 3, "interval_h": 48}, "timing_post_injury_h": 24,
        "mechanism": "preservation of pericytes and the blood–spinal cord barrier",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
    },
    abstract=[
        (None, "Small extracellular vesicles (EVs) from human umbilical cord mesenchymal stromal cells (hUC-MSC) "
         "were given intrathecally to male Wistar rats after 60-s clip compression of the thoracic cord. "
         "EV-treated rats reached a BBB score of {v:EV@42|comma} at 6 weeks, compared with {v:Vehicle@42|comma} "
         "after vehicle. EVs reduced Evans blue extravasation and preserved PDGFRβ<sup>+</sup> pericytes, "
         "suggesting {{mechanism|preservation of pericytes and the blood–spinal cord barrier}}."),
    ],
    keywords=["Rückenmarkverletzung", "extracellular vesicles", "hUC-MSC", "intrathecal", "Kompression"],
    sections=[
        ("intro", "1 Introduction", [
            "Compression injuries make up a large share of human SCI. Extracellular vesicles, usually "
            f"described as 50–200{NB}nm particles, carry proteins and RNA of their parent cells [2,4]. Intrathecal "
            "delivery bypasses the lungs, where most intravenously injected vesicles are trapped [8].",
            "Previous intrathecal studies used 3 × 10<sup>9</sup> particles per rat [8] or 40 µg of protein "
            "[13] and reported BBB scores of about 12 after six weeks.",
        ]),
        ("methods", "2 Material and methods", [
            ("h", "2.1 Animals and ethics"),
            "The study was approved by the State Office for Health and Social Affairs (LAGuS, 7221.3-1-044/18) "
            "and {{reported_welfare_compliance|conducted in accordance with the German Animal Welfare Act}}. "
            f"{{{{species,strain,sex|Male Wistar rats}}}} ({{{{body_weight_g|280–320{NB}g}}}}) were obtained from "
            "Janvier Labs.",
            ("h", "2.2 Cell culture"),
            "{{source_tissue,source_species|hUC-MSC were isolated from umbilical cords of healthy term "
            "deliveries}} after written consent (ethics vote 12/17) and expanded in xeno-free medium up to "
            "passage 5.",
            ("h", "2.3 EV preparation"),
            "Supernatants (72 h) were centrifuged at 2000 × g for 20 min, filtered (0.22 µm) and concentrated "
            "{{isolation_method,isolation_detail|with Amicon Ultra-15 filters (100 kDa MWCO)}}; the "
            "concentrate was separated {{isolation_method,isolation_detail|on qEVoriginal 70 nm columns}} "
            "(fractions 7–9 pooled). {{modification|Native EVs without any loading or genetic modification}} "
            f"were used. Particle concentration was 5 × 10<sup>9</sup> particles/ml (ZetaView; sensitivity 80, "
            f"shutter 100). Aliquots were stored at −80{NB}°C.",
            ("h", "2.4 Characterisation"),
            "{{characterization|Size was determined by NTA (ZetaView PMX-120), morphology by negative-stain "
            "TEM, and protein markers by western blot}} ({{markers|CD63, CD81, Alix; calnexin as negative "
            "control}}). Primary antibodies were raised in mouse (CD63, CD81) and goat (Alix).",
            ("h", "2.5 Compression injury"),
            "Under isoflurane anaesthesia (2–2.5 %) a laminectomy of Th9 to Th11 was performed and "
            "{{injury_model,injury_device,injury_level|the cord was compressed at the level of Th10 with an "
            "aneurysm clip}} (closing force 50 g, 60 s).",
            ("h", "2.6 Groups and treatment"),
            f"{{{{n_per_group|Nine rats per injured group}}}} and six sham-operated rats were studied (Table 1). "
            "{{route,route_detail|EVs or vehicle (PBS) were injected intrathecally by lumbar puncture}} between "
            "the L5 and L6 spinous processes using a 30 G needle.",
            ("grid", "Table 1", "Experimental groups.", {
                "head": [[("Group", 1), ("n", 1), ("Treatment", 1), ("Dose", 1), ("Route", 1), ("Schedule", 1)]],
                "widths": [1.1, 0.5, 1.6, 1.9, 1.3, 1.8],
                "rows": [
                    ["Sham", "6", "Laminectomy only", "–", "–", "–"],
                    ["Vehicle", "9", "SCI + PBS", "20 µl PBS", "i.t., lumbar puncture",
                     "days 1, 3 and 5 post-injury"],
                    ["EV", "9", "SCI + hUC-MSC EVs",
                     "{{dose|5 × 10<sup>9</sup> particles/ml, 20 µl}}", "i.t., lumbar puncture",
                     "{{frequency,timing_post_injury_h|days 1, 3 and 5 post-injury}}"],
                ]}),
            ("h", "2.7 Locomotor testing"),
            "{{reported_blinded_assessment|Locomotion was rated in an open field by two investigators unaware "
            "of the treatment}} using the BBB scale (0–21) before surgery and weekly up to day 42. Results are "
            "given as mean ± SEM with decimal commas.",
        ]),
        ("results", "3 Results", [
            ("h", "3.1 EV characterisation"),
            f"{{{{size_nm|The median diameter (x50) was 132,5{NB}nm}}}} by NTA; TEM showed round vesicles.",
            ("h", "3.2 Locomotor function"),
            "On day 1 all injured rats were almost paralysed (vehicle {v:Vehicle@1|comma}; EV {v:EV@1|comma}). "
            "From week 2 the EV group improved faster, reaching {v:EV@14|comma} on day 14 and "
            "{v:EV@28|comma} on day 28, whereas vehicle-treated rats reached {v:Vehicle@14|comma} and "
            "{v:Vehicle@28|comma}. All values are listed in Table 2.",
            ("grid", "Table 2", "BBB locomotor scores after clip compression.", {
                "head": [[("Time after injury", 1), ("BBB score (mean ± SEM)", 3)],
                         [("", 1), ("Sham (n = 6)", 1), ("Vehicle (n = 9)", 1), ("EV (n = 9)", 1)]],
                "rows": [[f"Day {d:g}", _har_cell("Sham", d), _har_cell("Vehicle", d), _har_cell("EV", d) + ("*" if d >= 14 else "")]
                         for d in D7],
                "split": 4,
                "foot": "*P < 0,05 versus vehicle (two-way ANOVA, Šidák). Pre-operative scores were 21 in all rats."}),
            ("h", "3.3 Barrier integrity"),
            "Evans blue extravasation at 24 h after the last injection was reduced by 41 % in EV-treated rats.",
        ]),
        ("discussion", "4 Discussion", [
            "Three intrathecal doses improved the BBB score by about three points at six weeks. A larger "
            "effect (BBB 12,4 versus 7,1) was reported after intravenous EVs [5], but intravenous "
            "vesicles accumulate in lung and liver [8].",
            "The lumbar route avoids a second laminectomy; catheters placed at L3 [8] give comparable "
            "exposure.",
        ]),
    ],
    references=POOL[1:9] + POOL[12:14] + ["Weißenborn J, Hartung F. Intrathecal protein dosing of EVs. "
                                          "Zentralbl Exp Neurotraumatol. 2018;56:90–101."],
    scores=_HAR,
    back=[("Correction", "In the version first posted online, the footnote of Table 2 wrongly described "
           "the values as mean ± SD; the values are mean ± SEM. This has been corrected."),
          ("Funding", "Invented State Research Fund (grant 2018-NTR-12).")],
    footnote=FOOTNOTE,
)



# --------------------------------------------------------------------------------------
# 3. Japan, accepted manuscript (line numbers, tables and figures after the references):
#    miR-21-5p-overexpressing exosomes vs NC exosomes, dose per kg with the weight given,
#    daily x3 from "immediately", groups-as-rows table with dpi columns under a merged header,
#    values in a figure legend, "rose from ... to ...".
# --------------------------------------------------------------------------------------
_ITO = Scores("BBB", "sd", [("Sham", "sham", 8), ("SCI + PBS", "control", 8), ("Exo-NC", "other", 8),
                            ("Exo-miR21", "treatment", 8)], {
    "Sham": _vals(D6, [(21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)]),
    "SCI + PBS": _vals(D6, [(0.5, 0.5), (1.6, 0.9), (3.5, 1.2), (5.9, 1.4), (7.1, 1.5), (7.8, 1.6)]),
    "Exo-NC": _vals(D6, [(0.6, 0.5), (2.0, 1.0), (4.6, 1.3), (7.2, 1.5), (8.6, 1.6), (9.3, 1.7)]),
    "Exo-miR21": _vals(D6, [(0.6, 0.6), (2.7, 1.1), (6.1, 1.4), (9.4, 1.6), (11.2, 1.7), (12.5, 1.8)]),
})
_ITO_G = ["Sham", "SCI + PBS", "Exo-NC", "Exo-miR21"]

ITO = Study(
    stem="ito2019_hucmsc_exo_mir21_daily_iv_manuscript",
    layout="manuscript",
    title="{{modification|MicroRNA-21-5p-overexpressing}} exosomes from human umbilical cord mesenchymal stem "
          "cells reduce neuronal apoptosis after spinal cord contusion",
    short_title="Exo-miR21 after SCI",
    authors=[("Haruka", "Ito"), ("Daisuke", "Morimoto"), ("Yui", "Sakaguchi"), ("Kenta", "Ohashi"),
             ("Mei", "Lin"), ("Takeshi", "Yamazaki")],
    affiliations=["Department of Orthopaedic Surgery, Invented Medical University Graduate School, Sendai, Japan",
                  "Center for Regenerative Vesicle Research, Fictional Institute of Science, Kobe, Japan"],
    journal="Journal of Spinal Regenerative Science",
    year=2019, volume="7:114",
    doi="10.5555/jsrs.2019.0114", pmid="99107303", pmcid="PMC9910733", received="2019-06-20",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 200, "high": 230},
        "n_per_group": 8, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor",
        "injury_level": "T10", "source_tissue": "umbilical_cord", "source_species": "human",
        "modification": "miR-21-5p overexpression",
        "isolation_method": ["ultrafiltration", "ultracentrifugation"],
        "isolation_detail": "Centricon Plus-70 100 kDa; 120,000 × g 90 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD81", "TSG101", "GM130"],
        "size_nm": {"value": 96.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 2, "unit": "mg_per_kg", "volume_ul": 200, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 3, "interval_h": 24}, "timing_post_injury_h": 0,
        "mechanism": "miR-21-5p targets PDCD4 and inhibits neuronal apoptosis",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True,
    },
    abstract=[
        ("Purpose", "To test whether enriching hUCMSC-derived exosomes with miR-21-5p enhances their effect "
         "on functional recovery after SCI."),
        ("Methods", "hUCMSCs were transduced with a lentivirus carrying pre-miR-21 (or a negative-control "
         "vector, NC), and exosomes (Exo-miR21, Exo-NC) were injected into rats via the tail vein once a day "
         "for 3 days, beginning immediately after T10 contusion."),
        ("Results", "Exo-miR21 improved BBB scores to {v:Exo-miR21@28|paren} at 28 dpi compared with "
         "{v:Exo-NC@28|paren} for Exo-NC and {v:SCI + PBS@28|paren} for PBS (mean (SD))."),
        ("Conclusions", "Exosomal {{mechanism|miR-21-5p targets PDCD4 and inhibits neuronal apoptosis}}, "
         "promoting recovery."),
    ],
    keywords=["miR-21-5p", "exosomes", "hUCMSC", "PDCD4", "apoptosis"],
    sections=[
        ("intro", "Introduction", [
            "Neuronal apoptosis peaks within the first week after spinal cord injury [3]. Exosomes (40–160 nm) "
            "transfer microRNAs between cells [2,15], and intravenous exosomes at 1 mg/kg have been reported to "
            "improve locomotion in mice [11]. Cervical injuries at C4–C6 respond differently [13].",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Animals"),
            "{{reported_randomisation|Forty female Sprague-Dawley rats (8 weeks old) were randomly divided "
            "into five groups}} by a random number table; {{species,strain,sex|female Sprague-Dawley rats}} "
            f"weighed {{{{body_weight_g|200 to 230{NB}g}}}} at surgery. The fifth group (Exo-miR21 inhibitor "
            "control) was analysed histologically only.",
            "{{reported_sample_size_calculation|The sample size was calculated a priori (G*Power; effect size "
            "1.5, α = 0.05, power 0.8)}}, giving {{n_per_group|eight rats in each group}}.",
            ("h", "Cell culture and lentiviral transduction"),
            "{{source_tissue,source_species|Human umbilical cord MSCs (hUCMSCs) were purchased from an invented "
            "cell bank}} and transduced at passage 4 with LV-miR-21 or LV-NC (MOI 20) in the presence of "
            "polybrene (5 µg/ml). Transduction efficiency was confirmed by qPCR.",
            ("h", "Isolation of exosomes"),
            "After 48 h in serum-free medium, the supernatant was collected and centrifuged at 300 g for 10 "
            "min and 2,000 g for 10 min to remove cells and debris. It was concentrated "
            "{{isolation_method,isolation_detail|by ultrafiltration with Centricon Plus-70 (100 kDa) devices}} "
            "at 3,500 g, then the concentrate was diluted in cold PBS and "
            "{{isolation_method,isolation_detail|ultracentrifuged at 120,000 × g for 90 min}} at 4 °C. The "
            "pellet was washed once in 30 ml PBS, spun again at 120,000 × g for 90 min and resuspended in "
            "200 µl PBS. Protein was quantified by the BCA method.",
            "{{characterization|Exosomes were characterised by TEM, NTA and western blot}} for "
            "{{markers|CD9, CD81, TSG101 and the Golgi marker GM130}}.",
            ("h", "Spinal cord injury model"),
            "Under 2% isoflurane, a laminectomy was performed at the T9 vertebra to expose "
            "{{injury_level|the tenth thoracic segment}}, and "
            "{{injury_model,injury_device|a moderate contusion (200 kdyn) was delivered with the Infinite "
            "Horizon impactor}}.",
            ("h", "Exosome administration"),
            "{{route,route_detail|Exosomes were administered via the tail vein}} "
            "{{dose|at 2 mg/kg body weight (approximately 0.44 mg for a 220 g rat) in 200 µl PBS}}. "
            "{{frequency,timing_post_injury_h|The first injection was given immediately after injury and "
            "repeated once daily on the following two days}}.",
            ("h", "Behavioural test"),
            "{{reported_blinded_assessment|Hindlimb function was assessed with the BBB scale by two blinded "
            "examiners}} at 1, 3, 7, 14, 21 and 28 dpi.",
            ("grid", "Table 1", "BBB scores in each group. Values are mean (SD); n = 8 per group.", {
                "head": [[("Group", 1), ("Days post-injury (dpi)", 6)],
                         [("", 1), *[(f"{d:g}", 1) for d in D6]]],
                "widths": [1.6, 1, 1, 1, 1, 1, 1],
                "rows": [[g, *[f"{{v:{g}@{d:g}|paren}}" for d in D6]] for g in _ITO_G[1:]],
                "foot": "Sham-operated rats scored normally at every time point (not shown)."}),
            ("h", "Statistical analysis"),
            "Data are presented as mean (SD) and analysed by repeated-measures ANOVA with Tukey's test.",
        ]),
        ("results", "Results", [
            "NTA showed a {{size_nm|modal size of 96.0 nm}}; TEM showed cup-shaped vesicles of 50–140 nm. "
            "miR-21-5p was 14-fold higher in Exo-miR21 than in Exo-NC.",
            "BBB scores of the Exo-miR21 group rose from {v:Exo-miR21@1|mean} at 1 dpi to {v:Exo-miR21@28|mean} "
            "at 28 dpi. The difference from Exo-NC first reached significance at 14 dpi ({v:Exo-miR21@14|paren} "
            "vs. {v:Exo-NC@14|paren}) and persisted at 21 dpi ({v:Exo-miR21@21|paren} vs. {v:Exo-NC@21|paren}; "
            "Table 1, Figure 1).",
            "TUNEL-positive neurons and PDCD4 protein were reduced by Exo-miR21 at 7 dpi.",
            ("figure", "Figure 1", "Time course of BBB scores. At 7 dpi the scores were {v:SCI + PBS@7|paren} "
             "(SCI + PBS), {v:Exo-NC@7|paren} (Exo-NC) and {v:Exo-miR21@7|paren} (Exo-miR21); mean (SD), n = 8.",
             {"days": D6, "groups": _ITO_G[1:], "x": "days"}),
        ]),
        ("discussion", "Discussion", [
            "Enriching exosomes with miR-21-5p added about three BBB points to the effect of control exosomes. "
            "Others reported BBB scores of 13.0 at 28 days after 200 µg of miR-modified exosomes [15]. Whether "
            "a single injection would suffice remains to be tested.",
        ]),
    ],
    references=POOL[:4] + POOL[6:16],
    scores=_ITO,
    back=[("Acknowledgements", "We thank the invented animal facility staff."),
          ("Competing interests", "{{reported_conflict_of_interest|The authors have no competing interests to "
           "declare}}.")],
    footnote=FOOTNOTE,
)
ITO.values["reported_conflict_of_interest"] = True
STUDIES: list[Study] = [GALLARDO, HARTUNG, ITO]
