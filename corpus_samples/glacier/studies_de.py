"""A paper from an (invented) German lab: hemisection, EVs in a fibrin gel, BBB in prose."""

from __future__ import annotations

from extgen.common import FOOTNOTE, MU, NB, POOL, flat
from extgen.model import Scores, Study

_DE = [7, 14, 28, 42]
_HX, _GEL, _EV = "HX", "HX + fibrin", "HX + fibrin/EV"

HOLLENBACH = Study(
    stem="hollenbach2021_hpmsc_ev_fibrin_hemisection",
    layout="twocol",
    title="Placental mesenchymal stromal cell extracellular vesicles delivered in a fibrin gel support axonal sprouting and ipsilateral hindlimb recovery after thoracic hemisection in rats",
    short_title="pMSC-EVs in fibrin after hemisection",
    authors=[("Katharina", "Hollenbach"), ("Jonas", "Brückl"), ("Sevgi", "Aydın"), ("Matthias", "Overbeck"), ("Frank", "Lehnertz")],
    affiliations=["Department of Neurosurgery, University Hospital Weserland, Weserland, Germany",
                  "Institute for Transfusion Medicine, University Hospital Weserland, Weserland, Germany"],
    journal="Neural Regeneration and Plasticity",
    year=2021, volume="9:e00871", doi="10.5555/nrp.2021.00871", pmid="99100866", pmcid="PMC99100866",
    received="2021-05-30",
    values={
        "species": "rat", "strain": "Lewis", "sex": "female",
        "body_weight_g": {"low": 180, "high": 200}, "n_per_group": 10,
        "injury_model": "hemisection", "injury_level": "T8",
        "source_tissue": "placenta", "source_species": "human",
        "isolation_method": ["ultracentrifugation", "density_gradient"],
        "isolation_detail": "100,000 × g + iodixanol gradient",
        "characterization": ["NTA", "TEM", "western_blot"],
        "markers": ["CD9", "CD63", "CD81", "calnexin"],
        "size_nm": {"value": 132.0, "low": None, "high": None, "stat": "median", "method": "NTA"},
        "dose": {"amount": 20, "unit": "ug", "volume_ul": 15, "basis": "protein"},
        "route": "implanted_biomaterial", "route_detail": "fibrin gel",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0,
        "mechanism": "promotion of axonal sprouting",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, f"Extracellular vesicles (EVs) from mesenchymal stromal cells are cleared quickly after systemic injection. We embedded EVs from human placental MSCs in a fibrin gel and placed the gel into a dorsal hemisection at T8 in adult female Lewis rats. Compared with hemisection alone or fibrin gel without EVs, EV-loaded gels improved the BBB score of the ipsilateral hindlimb at 6 weeks ({{bbb:{_EV}@42|paren}} vs {{bbb:{_HX}@42|paren}}, mean (SD)) and increased CGRP- and 5-HT-positive fibres caudal to the lesion."),
    ],
    keywords=["extracellular vesicles", "placenta", "fibrin", "hemisection", "sprouting"],
    sections=[
        ("intro", "Introduction", [
            "Hemisection models allow the study of axonal sprouting and compensatory plasticity with preserved contralateral function [1]. Mesenchymal stromal cell (MSC) EVs support neurite outgrowth in vitro [2], but after intravenous injection less than 1% of the dose reaches the injured cord [8].",
            "Local delivery in a biodegradable matrix may prolong exposure. Fibrin is used clinically as a sealant and releases embedded particles over several days [10]. We asked whether placental MSC EVs in fibrin improve recovery after thoracic hemisection.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals"),
            f"{{{{reported_welfare_compliance|All experiments were performed in accordance with the German Animal Welfare Act and approved by the responsible state authority (LAVES, file no. 33.19-42502-04-19/3127)}}}}. {{{{species,strain,sex,body_weight_g|Adult female Lewis rats (180–200{NB}g; Janvier Labs)}}}} were kept in groups of four under standard conditions.",
            ("h", "Placental MSCs and EV preparation"),
            f"{{{{source_tissue,source_species|MSCs were isolated from the chorionic villi of term placentas donated after elective caesarean section}}}} (ethics vote 812-2018) and used at passage 3–5. EVs were prepared from 72 h conditioned medium by {{{{isolation_method,isolation_detail|ultracentrifugation (100{NB}000 × g, 2 h) followed by an iodixanol density gradient (OptiPrep, 5–40%)}}}}; fractions of 1.08–1.12 g/mL were pooled and pelleted again.",
            "Vesicles were characterised according to MISEV2018 [4] by {{characterization|nanoparticle tracking analysis (ZetaView PMX 110)}}, {{characterization|cryo-TEM}} and {{characterization,markers|Western blot for CD9, CD63, CD81 and calnexin}}. Protein was quantified by micro-BCA.",
            ("h", "Surgery and treatment"),
            f"Under isoflurane anaesthesia, {{{{injury_level|a laminectomy was performed at the T8 vertebral level}}}} and {{{{injury_model|a right-sided dorsal hemisection was made with a microscalpel to a depth of 1.5 mm}}}}. {{{{reported_randomisation|Animals were randomly allocated (sealed envelopes opened after the lesion)}}}} to Sham, {_HX} (lesion only), {_GEL} (15 {MU}l gel without EVs) or {_EV} ({{{{n_per_group|10 rats per group}}}}). In the last group, {{{{dose|20 {MU}g of EV protein were mixed into 15 {MU}l of fibrin}}}} (Tisseel, diluted 1:4) and {{{{route,route_detail,timing_post_injury_h,frequency|the gel was applied once into the lesion cavity directly after hemisection}}}}, where it polymerised within 1 min.",
            ("h", "Behaviour"),
            "Because the lesion affects mainly the right hindlimb, the BBB score of the ipsilateral (right) hindlimb was recorded at 7, 14, 28 and 42 days post-operation. {{reported_blinded_assessment|Two experienced raters who did not know the group allocation}} scored each rat for 4 min; the ladder rung test was performed at 6 weeks.",
            ("h", "Histology and statistics"),
            "Sagittal sections were stained for CGRP, 5-HT and GFAP. Data are mean (SD). Groups were compared by two-way repeated-measures ANOVA with Holm–Šidák correction; α = 0.05.",
        ]),
        ("results", "Results", [
            ("h", "EV characterisation"),
            f"{{{{size_nm|EVs had a median diameter (x50) of 132 nm by NTA}}}}, with 1.8 × 10<sup>9</sup> particles per {MU}g protein. Cryo-TEM showed round vesicles with a lipid bilayer; CD9, CD63 and CD81 were enriched and calnexin was not detected. In vitro, fibrin gels released 61% of labelled EVs within 5 days.",
            ("h", "Locomotor recovery of the ipsilateral hindlimb"),
            f"Sham rats were not impaired. One week after hemisection, ipsilateral BBB scores were similar in all lesioned groups ({_HX} {{bbb:{_HX}@7|paren}}, {_GEL} {{bbb:{_GEL}@7|paren}}, {_EV} {{bbb:{_EV}@7|paren}}). Rats of the {_EV} group recovered faster: at 14 days they scored {{bbb:{_EV}@14|paren}} versus {{bbb:{_HX}@14|paren}} in the {_HX} group, and at 28 days {{bbb:{_EV}@28|paren}} versus {{bbb:{_HX}@28|paren}} ({_GEL}: {{bbb:{_GEL}@28|paren}}). At 42 days the scores were {{bbb:{_EV}@42|paren}}, {{bbb:{_GEL}@42|paren}} and {{bbb:{_HX}@42|paren}}, respectively (EV vs HX p = 0.004; fibrin vs HX n.s.). The time course is shown in Fig. 3.",
            ("figure", "Fig. 3", "Ipsilateral BBB scores after hemisection; mean (SD).", {"days": _DE, "groups": [_HX, _GEL, _EV]}),
            ("h", "Sprouting"),
            "EV-loaded gels increased CGRP-positive fibre density rostral to the lesion by 46% and the number of 5-HT-positive fibres 2 mm caudal to the lesion by 2.1-fold compared with HX.",
        ]),
        ("discussion", "Discussion", [
            "A single application of EVs in fibrin improved recovery after hemisection. Our histology suggests {{mechanism|promotion of axonal sprouting}} as a mechanism, rather than neuroprotection, because lesion volume did not differ.",
            "Intravenous studies usually inject 100–200 µg of vesicle protein [5,11]; local delivery needed a tenfold lower dose here. The hemisection model does not reproduce contusion pathology, and the gel itself may modify the lesion environment.",
        ]),
    ],
    references=POOL[0:12],
    scores=Scores(outcome="BBB", err="sd",
                  groups=[(_HX, "control", 10), (_GEL, "other", 10), (_EV, "treatment", 10)],
                  values={_HX: flat(_HX, _DE, [(6.2, 1.9), (9.1, 2.0), (11.4, 1.8), (12.3, 1.7)]),
                          _GEL: flat(_GEL, _DE, [(6.0, 2.1), (9.4, 1.8), (11.9, 1.9), (12.8, 1.6)]),
                          _EV: flat(_EV, _DE, [(6.5, 2.0), (11.0, 1.7), (13.6, 1.5), (14.9, 1.4)])}),
    back=[("Ethics statement", "{{reported_welfare_compliance|Animal experiments were approved by LAVES (33.19-42502-04-19/3127).}}"),
          ("Competing interests", "{{reported_conflict_of_interest|The authors have no competing interests to declare.}}"),
          ("Author contributions", "KH and JB performed surgeries; SA prepared EVs; MO analysed data; FL designed the study and wrote the manuscript.")],
    notes=["Hemisection: BBB is scored for the ipsilateral hindlimb only."],
    footnote=FOOTNOTE,
)
