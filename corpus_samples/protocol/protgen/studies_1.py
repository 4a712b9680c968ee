"""Studies 1-4 of the protocol corpus (invented; no sentence from real papers)."""

from __future__ import annotations

from extgen.model import Scores, Study

from protgen.common import MU, NB, NOTICE, POOL, POOL2, TH, course, day_row, dpi, flat, week

# ---------------------------------------------------------------------------------------------
# 1. Aydemir 2021: miR-124-overexpressing hBMSC exosomes, daily tail vein x7 from 24 h; totals only
# ---------------------------------------------------------------------------------------------
_D1 = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]
_S1 = Scores("BBB", "sd", [("Sham", "sham", 12), ("SCI + PBS", "control", 12), ("Exo-NC", "other", 12),
                           ("Exo-miR124", "treatment", 12), ("Exo-miR124 + anti-miR", "other", 12)], {
    "Sham": flat(_D1, 21.0, 0.0),
    "SCI + PBS": course(_D1, 7.4, (0.4, 1.3)),
    "Exo-NC": course(_D1, 9.6, (0.5, 1.4), start=0.7),
    "Exo-miR124": course(_D1, 12.8, (0.5, 1.5), start=0.8, k=8.0),
    "Exo-miR124 + anti-miR": course(_D1, 9.1, (0.4, 1.2), start=0.6),
})

AYDEMIR = Study(
    stem="aydemir2021_hbmsc_mir124_exo_daily_tailvein",
    layout="single",
    title="Exosomes from miR-124-overexpressing human bone marrow mesenchymal stem cells promote "
          "locomotor recovery after thoracic spinal cord contusion in rats",
    short_title="miR-124 exosomes after SCI",
    authors=[("Elif", "Aydemir"), ("Kerem", "Soylu"), ("Naz", "Ertürk"), ("Baran", "Kılıç"), ("Selin", "Ocak")],
    affiliations=["Department of Neurosurgery, Anatolian Faculty of Medicine (invented), Kayseri, Türkiye",
                  "Laboratory of Regenerative Biology, Central Research Institute (invented), Ankara, Türkiye"],
    journal="Journal of Spinal Regeneration Research",
    year=2021,
    volume="14(3):211–226",
    doi="10.5555/jsrr.2021.0311",
    pmid="99102011",
    pmcid="PMC9910211",
    received="2021-02-14",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 200, "high": 240}, "n_per_group": 12,
        "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T10",
        "source_tissue": "bone_marrow", "source_species": "human",
        "modification": "miR-124 overexpression",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "110,000 g 75 min",
        "characterization": ["TEM", "NTA", "western_blot"],
        "markers": ["CD63", "TSG101", "Alix", "calnexin"],
        "size_nm": {"value": 112.6, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 200, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 7, "interval_h": 24}, "timing_post_injury_h": 24.0,
        "mechanism": "miR-124 shifts microglia toward M2 phenotype",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "MicroRNA-124 (miR-124) restrains microglial activation. We asked whether exosomes "
         "from {{source_tissue,source_species,modification|human bone marrow mesenchymal stem cells (hBMSCs) "
         "overexpressing miR-124}} improve recovery after spinal cord injury (SCI)."),
        ("Methods", "Female Sprague–Dawley rats received a moderate contusion and were given exosomes "
         "through the tail vein once daily for a week. Basso–Beattie–Bresnahan (BBB) scores were recorded "
         "for four weeks."),
        ("Results", "Exo-miR124 raised BBB scores from day 14 onwards and reduced M1 microglial markers."),
        ("Conclusions", "Repeated systemic delivery of miR-124-enriched exosomes is a candidate therapy for SCI."),
    ],
    keywords=["spinal cord injury", "exosomes", "miR-124", "microglia", "bone marrow mesenchymal stem cells"],
    sections=[
        ("intro", "1. Introduction", [
            "Traumatic spinal cord injury leaves most patients with permanent deficits [1]. Exosomes are "
            "30–150 nm vesicles released by most cell types [2]; those of mesenchymal stem cells carry "
            "microRNAs that modulate inflammation [10]. In an earlier rat study a single injection of 200 "
            f"{MU}g of native exosomes at the T8 level improved BBB scores only transiently [5].",
            "MiR-124 is the most abundant microRNA of the adult central nervous system and keeps microglia "
            "quiescent [7]. We therefore engineered hBMSCs to overexpress miR-124 and tested their exosomes in a "
            "repeated-dosing schedule.",
        ]),
        ("methods", "2. Materials and methods", [
            ("h", "2.1. Cell culture and lentiviral transduction"),
            "hBMSCs (passage 3–5; commercial donor lines) were grown in α-MEM with 10% exosome-depleted FBS. "
            "{{modification|Cells were transduced with a lentivirus encoding pre-miR-124 (LV-miR124) or a "
            "scrambled control (LV-NC)}} at a multiplicity of infection of 20 and selected with puromycin "
            "(2 µg/mL) for 72 h.",
            ("h", "2.2. Exosome isolation"),
            "Conditioned medium (48 h) was cleared at 300 × g for 10 min, 2000 × g for 20 min and "
            f"10{TH}000 × g for 40 min, passed through a 0.22-µm filter, and "
            f"{{{{isolation_method,isolation_detail|pelleted at 110{TH}000 × g for 75 min (Type 70 Ti rotor)}}}}. "
            "The pellet was washed once in PBS at the same speed and resuspended in 100 µL PBS. "
            "Protein was measured by BCA assay.",
            ("h", "2.3. Characterisation"),
            "{{characterization|Morphology was examined by transmission electron microscopy (TEM) and size "
            "by nanoparticle tracking analysis (NTA; NanoSight NS300)}}. "
            "{{characterization,markers|Western blots were probed for CD63, TSG101 and Alix, with calnexin "
            "as a negative marker}} (rabbit anti-CD63, 1:1000; goat anti-rabbit HRP, 1:5000).",
            ("h", "2.4. Animals and spinal cord injury"),
            "All procedures were approved by the institutional animal ethics committee (protocol 2019-114) "
            "and followed the ARRIVE guidelines. "
            "{{species,strain,sex,body_weight_g|Adult female Sprague–Dawley rats weighing 200–240 g}} were "
            "housed in pairs on a 12-h light cycle. "
            "{{n_per_group,reported_randomisation|Sixty rats were randomly divided into five groups}} using "
            "a computer-generated list: Sham, SCI + PBS, Exo-NC, Exo-miR124 and Exo-miR124 + anti-miR.",
            "Under anaesthesia with sodium pentobarbital (40 mg/kg, i.p.), a laminectomy was performed at "
            "T9–T11 and {{injury_model,injury_device,injury_level|the cord was contused at the level of the "
            "T10 vertebra with an NYU impactor}} (10 g rod dropped from 25 mm). Sham rats received the "
            "laminectomy only. Bladders were expressed twice daily until reflex voiding returned.",
            ("h", "2.5. Treatment"),
            f"{{{{dose|Each rat received 100 µg of exosomal protein in 200{NB}µL PBS}}}} "
            "{{route,route_detail|via the tail vein}}, "
            "{{frequency,timing_post_injury_h|once daily for seven consecutive days, beginning 24 h after "
            "injury}}; the SCI + PBS group received 200 µL PBS on the same schedule.",
            ("h", "2.6. Behavioural assessment"),
            "{{reported_blinded_assessment|Two observers unaware of group allocation}} scored hindlimb "
            "locomotion on the 21-point BBB scale at days 1, 3, 7, 14, 21 and 28.",
            ("h", "2.7. In vitro assay"),
            "BV2 microglia were exposed to LPS (1 µg/mL) and treated with 50 µg/mL exosomes for 24 h.",
        ]),
        ("results", "3. Results", [
            ("h", "3.1. Characterisation of exosomes"),
            "TEM showed cup-shaped vesicles. "
            "{{size_nm|NTA gave a mean diameter of 112.6 ± 8.3 nm}} for Exo-miR124, and miR-124 was enriched "
            "about 38-fold over Exo-NC by qPCR.",
            ("h", "3.2. Locomotor recovery"),
            "All rats scored 21 before injury and fell to near zero on day 1. From day 14, Exo-miR124 rats "
            "walked better than SCI + PBS rats (Table 1). At day 28 the Exo-miR124 group reached "
            "{bbb:Exo-miR124@28.0} versus {bbb:SCI + PBS@28.0} in SCI + PBS rats, whereas exosomes from "
            "control-transduced cells gave an intermediate {bbb:Exo-NC@28.0}.",
            ("table", "Table 1", "BBB scores (mean ± SD, n = 12 per group).",
             {"orient": "cols", "days": _D1, "groups": ["Sham", "SCI + PBS", "Exo-NC", "Exo-miR124",
                                                        "Exo-miR124 + anti-miR"],
              "day_fmt": day_row, "corner": "Group"}),
            ("h", "3.3. Microglial phenotype"),
            "Exo-miR124 lowered iNOS and raised Arg-1 in the lesion at day 7 (p < 0.01).",
        ]),
        ("discussion", "4. Discussion", [
            "We show that {{mechanism|miR-124-enriched exosomes shift microglia toward an M2 phenotype}} and "
            "improve hindlimb function. Others gave 1 × 10^11 particles/kg once and saw a similar gain [11]; "
            "a study with 400 µg every other day reported a BBB score of 14.1 at day 28 [5].",
            "Limitations include the use of female rats only and a four-week follow-up.",
        ]),
    ],
    references=[*POOL[:8], POOL2[0], POOL[10], POOL[14]],
    scores=_S1,
    back=[("Ethics approval", "{{reported_welfare_compliance|Approved by the Animal Ethics Committee of the "
           "Anatolian Faculty of Medicine (protocol 2019-114).}}"),
          ("Competing interests", "{{reported_conflict_of_interest|The authors declare no competing interests.}}")],
    footnote=NOTICE,
)

# ---------------------------------------------------------------------------------------------
# 2. Bogdanović 2020: curcumin-loaded rBMSC exosomes, clip compression T9-T10, intrathecal lumbar
#    puncture at L4-L5, three doses 48 h apart from 2 h; accepted-manuscript layout, continued table
# ---------------------------------------------------------------------------------------------
_D2 = [1.0, 3.0, 5.0, 7.0, 10.0, 14.0, 21.0, 28.0, 35.0, 42.0]
_S2 = Scores("BBB", "sem", [("Sham", "sham", 8), ("Vehicle", "control", 8), ("Exo", "other", 8),
                            ("Cur-Exo", "treatment", 8)], {
    "Sham": flat(_D2, 21.0, 0.0),
    "Vehicle": course(_D2, 8.2, (0.2, 0.6), k=12.0, start=0.3),
    "Exo": course(_D2, 10.1, (0.2, 0.6), k=12.0, start=0.4),
    "Cur-Exo": course(_D2, 12.9, (0.3, 0.7), k=11.0, start=0.5),
})

BOGDANOVIC = Study(
    stem="bogdanovic2020_rbmsc_curcumin_exo_clip_lumbarpuncture",
    layout="manuscript",
    title="Curcumin-loaded exosomes from rat bone marrow stromal cells reduce inflammation after clip "
          "compression of the thoracic spinal cord",
    short_title="Curcumin-loaded exosomes in SCI",
    authors=[("Milica", "Bogdanović"), ("Stefan", "Radić"), ("Jovana", "Petković"), ("Luka", "Marić")],
    affiliations=["Institute for Experimental Neurology (invented), Novi Sad, Serbia"],
    journal="Neurotrauma and Repair Letters",
    year=2020,
    volume="7:e0412",
    doi="10.5555/ntrl.2020.e0412",
    pmid="99102012",
    pmcid="PMC9910212",
    received="2020-05-02",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male", "body_weight_g": {"low": 280, "high": 320},
        "n_per_group": 8, "injury_model": "compression", "injury_device": "aneurysm clip",
        "injury_level": "T9-T10", "source_tissue": "bone_marrow", "source_species": "rat",
        "modification": "curcumin loading",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "ExoPrep-P polymer precipitation kit",
        "characterization": ["TEM", "DLS", "western_blot"], "markers": ["CD9", "CD81", "HSP70"],
        "size_nm": {"value": 131.0, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 50, "unit": "ug", "volume_ul": 20, "basis": "protein"},
        "route": "intrathecal", "route_detail": "lumbar puncture",
        "frequency": {"doses": 3, "interval_h": 48}, "timing_post_injury_h": 2.0,
        "mechanism": "inhibition of NF-κB signalling",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[(None,
               "Curcumin is anti-inflammatory but poorly soluble. {{modification|We loaded curcumin into "
               "exosomes}} of rat bone marrow stromal cells (rBMSCs) and delivered them intrathecally to rats "
               "with clip compression injury. Cur-Exo improved Basso–Beattie–Bresnahan (BBB) scores over six "
               "weeks and lowered NF-κB activation.")],
    keywords=["curcumin", "exosome", "drug loading", "compression injury", "intrathecal"],
    sections=[
        ("intro", "Introduction", [
            "Secondary injury after spinal cord trauma is driven by inflammation [3]. Vesicles of 40–160 nm "
            "released by stromal cells have been used as carriers for small molecules [2,9]. Lumbar "
            "intrathecal delivery avoids first-pass clearance by the liver and spleen [8].",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Animals"),
            "{{species,strain,sex,body_weight_g|Male Wistar rats (280–320 g)}} were obtained from the "
            "institute's breeding unit. The local ethics committee approved all procedures (No. 04-22/19). "
            "Rats were assigned to Sham, Vehicle, Exo and Cur-Exo groups "
            "{{n_per_group|(n = 8/group)}}.",
            ("h", "Isolation of exosomes and curcumin loading"),
            "rBMSCs were harvested from femurs and tibiae of 4-week-old rats and used at passage 3. "
            "{{source_tissue,source_species|Bone marrow stromal cells from rat femurs}} were confirmed by "
            "CD90+/CD29+/CD45− flow cytometry. Exosomes were isolated from 72-h serum-free supernatant with "
            "{{isolation_method,isolation_detail|the ExoPrep-P polymer precipitation kit}} (an invented "
            "polyethylene-glycol-based reagent): medium was mixed 5:1 with the reagent, kept overnight at "
            "4 °C and centrifuged at 1500 × g for 30 min. "
            "Curcumin (200 µg/mL) was incubated with exosomes at 22 °C for 10 min, and free drug was removed "
            "by a second precipitation.",
            "{{characterization|Vesicles were characterised by TEM and dynamic light scattering (DLS)}}; "
            "{{characterization,markers|immunoblots showed CD9, CD81 and HSP70}}.",
            ("h", "Spinal cord compression"),
            "Rats were anaesthetised with isoflurane (2.5% in O<sub>2</sub>). After a laminectomy of "
            "T8–T11, {{injury_model,injury_device,injury_level|an aneurysm clip (closing force 35 g) "
            "compressed the cord for 60 s at the T9–T10 level}}. Tissue was later sampled 5 mm rostral and "
            "caudal to the epicentre.",
            ("h", "Intrathecal administration"),
            "{{route,route_detail|Exosomes were given intrathecally by lumbar puncture between the L4 and L5 "
            "vertebrae}} with a 30-gauge needle; a tail flick confirmed entry. "
            "{{dose|Each injection delivered 50 µg of exosomal protein in 20 µL}}. "
            "{{frequency,timing_post_injury_h|Three doses were given 48 h apart, the first 2 h after "
            "compression}}. Vehicle rats received 20 µL of artificial CSF.",
            ("h", "Behaviour"),
            "{{reported_blinded_assessment|BBB scores were assessed by two investigators blinded to "
            "treatment}} at the time points of Table 1.",
        ]),
        ("results", "Results", [
            "{{size_nm|DLS showed a mean hydrodynamic diameter of 131 nm}} (polydispersity index 0.18); "
            "curcumin loading efficiency was 12.4%. No rat died after surgery.",
            "Cur-Exo rats recovered faster than vehicle-treated rats from day 10 onwards (Table 1); native "
            "Exo had a smaller effect. By the end of week 6 Cur-Exo rats scored {bbb:Cur-Exo@42.0} against "
            "{bbb:Vehicle@42.0}.",
            ("table", "Table 1", "BBB locomotor scores by day after compression (mean ± SEM; n = 8).",
             {"orient": "rows", "days": _D2, "groups": ["Sham", "Vehicle", "Exo", "Cur-Exo"],
              "day_fmt": day_row, "corner": "Time", "split": 6,
              "foot": "Sham rats kept a score of 21 throughout."}),
            "Nuclear p65 was halved in the Cur-Exo group at day 3.",
        ]),
        ("discussion", "Discussion", [
            "Our data suggest that {{mechanism|Cur-Exo act by inhibition of NF-κB signalling}}. An earlier "
            "study gave 10 mg/kg free curcumin intraperitoneally for 7 days [10] and another injected vesicles "
            "at the T12–T13 interspace through an indwelling catheter [8]; neither reported BBB scores above 11.",
        ]),
    ],
    references=[*POOL[:3], POOL2[1], POOL[4], POOL[5], POOL[6], POOL[7], POOL[8], POOL2[2]],
    scores=_S2,
    back=[("Ethics", "{{reported_welfare_compliance|The study was approved by the Ethics Committee for "
           "Animal Experiments (No. 04-22/19).}}"),
          ("Conflict of interest", "{{reported_conflict_of_interest|None declared.}}")],
    footnote=NOTICE,
)

# ---------------------------------------------------------------------------------------------
# 3. Cissé 2022: unmodified hUC-MSC sEVs (UF + SEC) in GelMA hydrogel at a T10 hemisection,
#    single application at surgery; BBB by week in text and figure legend (SEM)
# ---------------------------------------------------------------------------------------------
_D3 = [7.0, 14.0, 21.0, 28.0, 35.0, 42.0]
_S3 = Scores("BBB", "sem", [("Sham", "sham", 10), ("SCI", "control", 10), ("Gel", "other", 10),
                            ("Gel+sEV", "treatment", 10)], {
    "Sham": flat(_D3, 21.0, 0.0),
    "SCI": course(_D3, 9.3, (0.5, 0.7), start=3.1, k=10.0),
    "Gel": course(_D3, 10.0, (0.5, 0.7), start=3.3, k=10.0),
    "Gel+sEV": course(_D3, 14.6, (0.6, 0.8), start=4.0, k=10.0),
})

CISSE = Study(
    stem="cisse2022_hucmsc_sev_gelma_hemisection",
    layout="twocol",
    title="A photocrosslinked hydrogel releasing umbilical cord stromal cell small extracellular vesicles "
          "improves hindlimb function after spinal cord hemisection",
    short_title="sEV hydrogel for hemisection",
    authors=[("Awa", "Cissé"), ("Moussa", "Ndiaye"), ("Claire", "Fontaine"), ("Ibrahima", "Sow"),
             ("Pauline", "Giraud"), ("Ousmane", "Ba")],
    affiliations=["Unité de Biomatériaux Neuraux (invented), Dakar, Senegal",
                  "Laboratoire de Vésicules Thérapeutiques (invented), Lyon, France"],
    journal="Biomaterials for Neural Repair",
    year=2022,
    volume="11:104418",
    doi="10.5555/bnr.2022.104418",
    pmid="99102013",
    pmcid="PMC9910213",
    received="2022-01-19",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male", "body_weight_g": {"low": 250, "high": 280},
        "n_per_group": 10, "injury_model": "hemisection", "injury_level": "T10",
        "source_tissue": "umbilical_cord", "source_species": "human", "modification": "none",
        "isolation_method": ["ultrafiltration", "size_exclusion"],
        "isolation_detail": "Amicon Ultra-15 100 kDa; qEVoriginal 70 nm",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "CD81", "TSG101", "GM130"],
        "size_nm": {"value": 98.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 1.5e10, "unit": "particles", "volume_ul": 20, "basis": "particles"},
        "route": "implanted_biomaterial", "route_detail": "GelMA hydrogel",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.0,
        "mechanism": "promotion of angiogenesis and axon regrowth",
        "reported_randomisation": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[(None,
               "Small extracellular vesicles (sEVs) from human umbilical cord mesenchymal stromal cells "
               "(hUC-MSCs) are cleared quickly after injection. We embedded "
               "{{modification|unmodified sEVs}} in a gelatin methacryloyl (GelMA) hydrogel and placed it "
               "in a lateral hemisection cavity in rats. Gel+sEV rats recovered better ipsilateral hindlimb "
               "function than rats given the empty gel.")],
    keywords=["small extracellular vesicles", "GelMA", "hemisection", "umbilical cord", "angiogenesis"],
    sections=[
        ("intro", "Introduction", [
            "Hemisection models allow the uninjured side to serve as an internal reference [1]. sEVs are "
            "usually defined as vesicles below 200 nm [4]; when injected intravenously most accumulate in "
            "the liver within hours [5]. Hydrogels hold vesicles at the lesion for days [10].",
        ]),
        ("methods", "Methods", [
            ("h", "Cells and sEV isolation"),
            "{{source_tissue,source_species|hUC-MSCs were isolated from Wharton's jelly-free umbilical cord "
            "tissue of healthy full-term donors}} after informed consent and used at passages 4–6. "
            "{{isolation_method,isolation_detail|Medium was concentrated on Amicon Ultra-15 100 kDa filters "
            "and fractionated on qEVoriginal 70 nm columns}}; fractions 7–9 were pooled. No further "
            "engineering of cells or vesicles was performed.",
            "{{characterization|sEVs were imaged by TEM and counted by NTA (ZetaView)}}. "
            "{{characterization,markers|Immunoblots detected CD63, CD81 and TSG101 but not GM130}}.",
            ("h", "Hydrogel"),
            f"GelMA (5% w/v) was mixed with sEVs and photocrosslinked in situ (405 nm, 30 s). "
            f"{{{{dose|Each gel (20 µL) contained 1.5 × 10<sup>10</sup> particles}}}}.",
            ("h", "Animals and surgery"),
            "{{species,strain,sex,body_weight_g|Eight-week-old male Wistar rats (250–280 g)}} were used "
            "with approval of the regional animal ethics board. "
            "{{n_per_group,reported_randomisation|Forty rats were randomised into four groups of ten}}. "
            "After laminectomy of the T9 and T10 vertebrae, "
            "{{injury_model,injury_level|a right lateral hemisection was made at the tenth thoracic "
            "segment}} with microscissors; a 2-mm block of hemicord was removed. "
            "{{route,route_detail,frequency,timing_post_injury_h|Immediately after hemisection, a single "
            "GelMA hydrogel was implanted into the cavity}}. SCI rats received no implant and Gel rats an "
            "sEV-free gel.",
            ("h", "Outcome"),
            "BBB scores of the ipsilateral hindlimb were recorded weekly for 6 weeks. Spinal cords were "
            "harvested at week 6; segments 5 mm rostral and caudal to the lesion centre were analysed.",
        ]),
        ("results", "Results", [
            "{{size_nm|The modal diameter measured by NTA was 98 nm}} with 2.1 × 10<sup>11</sup> "
            "particles/mL after SEC.",
            "One week after surgery, ipsilateral BBB scores were {bbb:SCI@7.0} (SCI), {bbb:Gel@7.0} (Gel) "
            "and {bbb:Gel+sEV@7.0} (Gel+sEV). From week 3 the Gel+sEV group diverged "
            "({bbb:Gel+sEV@21.0} vs {bbb:Gel@21.0} for Gel), and at week 6 it reached {bbb:Gel+sEV@42.0} "
            "compared with {bbb:SCI@42.0} in untreated rats.",
            ("figure", "Figure 2",
             "Ipsilateral BBB scores over 6 weeks (mean ± SEM, n = 10 per group). At week 4 Gel+sEV scored "
             "{bbb:Gel+sEV@28.0} and Gel {bbb:Gel@28.0}.",
             {"days": _D3, "groups": ["SCI", "Gel", "Gel+sEV"], "x": "weeks"}),
            "CD31-positive vessels were doubled around the lesion in Gel+sEV rats.",
        ]),
        ("discussion", "Discussion", [
            "The benefit probably reflects {{mechanism|promotion of angiogenesis and axon regrowth}}. "
            "Vesicles injected intravenously at 200 µg per rat in earlier work [5] gave smaller gains; "
            "intrathecal bolus delivery of 2 × 10<sup>9</sup> particles [8] was also less effective.",
        ]),
    ],
    references=[*POOL[:6], POOL[7], POOL[7].replace("2018", "2020"), POOL2[7], POOL[9]],
    scores=_S3,
    back=[("Ethics statement", "{{reported_welfare_compliance|Animal work was approved by the Comité "
           "d'éthique en expérimentation animale (invented), approval 2021-07.}}"),
          ("Competing interests", "{{reported_conflict_of_interest|The authors declare that they have no "
           "competing interests.}}")],
    footnote=NOTICE,
)

# ---------------------------------------------------------------------------------------------
# 4. Dahlberg 2019: native rat ADSC exosomes, chronic SCI (first dose 4 weeks), weekly x4 i.v.,
#    µg/kg, TFF + UC, NTA median; 12-week BBB table on a landscape page (SEM); BBB subscore trap
# ---------------------------------------------------------------------------------------------
_D4 = [1.0, 7.0, 14.0, 21.0, 28.0, 35.0, 42.0, 49.0, 56.0, 63.0, 70.0, 77.0, 84.0]


def _chronic(final: float) -> dict[float, tuple[float, float]]:
    base = course(_D4[:5], 7.6, (0.2, 0.5), start=0.4, k=6.0)
    after = {d: (round(7.6 + (final - 7.6) * (i + 1) / 8, 1), 0.5 + 0.05 * i) for i, d in enumerate(_D4[5:])}
    return {**base, **{d: (m, round(e, 1)) for d, (m, e) in after.items()}}


_S4 = Scores("BBB", "sem", [("Sham", "sham", 10), ("SCI + saline", "control", 10),
                            ("SCI + ADSC-Exo", "treatment", 10)], {
    "Sham": flat(_D4, 21.0, 0.0),
    "SCI + saline": _chronic(8.1),
    "SCI + ADSC-Exo": _chronic(10.4),
})

DAHLBERG = Study(
    stem="dahlberg2019_radsc_exo_chronic_weekly_iv",
    layout="landscape",
    title="Weekly intravenous exosomes from adipose-derived stromal cells in chronic thoracic spinal cord "
          "contusion: a randomised, blinded study in rats",
    short_title="ADSC exosomes in chronic SCI",
    authors=[("Ingrid", "Dahlberg"), ("Oskar", "Lindqvist-Ahl"), ("Maja", "Sörensen"), ("Henrik", "Vik")],
    affiliations=["Department of Clinical Neuroscience, Nordic Institute of Medicine (invented), Umeå, Sweden"],
    journal="Experimental Spinal Cord Research",
    year=2019,
    volume="31(6):588–603",
    doi="10.5555/escr.2019.0588",
    pmid="99102014",
    pmcid="PMC9910214",
    received="2019-03-27",
    values={
        "species": "rat", "strain": "Long-Evans", "sex": "female", "body_weight_g": {"low": 230, "high": 260},
        "n_per_group": 10, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor",
        "injury_level": "T10", "source_tissue": "adipose", "source_species": "rat", "modification": "none",
        "isolation_method": ["tangential_flow", "ultracentrifugation"],
        "isolation_detail": "TFF 500 kDa; 100,000 g 90 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "Alix", "calnexin"],
        "size_nm": {"value": 118.0, "low": None, "high": None, "stat": "median", "method": "NTA"},
        "dose": {"amount": 200, "unit": "ug_per_kg", "volume_ul": 500, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 4, "interval_h": 168}, "timing_post_injury_h": 672.0,
        "mechanism": "reduction of glial scar formation",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Objective", "Most vesicle studies treat acute injury. We tested "
         "{{modification|native, unmodified exosomes}} from rat adipose-derived stromal cells (ADSCs) "
         "in the chronic phase."),
        ("Methods", "{{timing_post_injury_h|Four weeks after a T10 contusion}}, rats received exosomes or "
         "saline intravenously once a week for 4 weeks and were followed to week 12."),
        ("Results", "Exosome-treated rats gained about two BBB points over saline-treated rats."),
    ],
    keywords=["chronic spinal cord injury", "adipose-derived stromal cells", "exosomes", "delayed treatment"],
    sections=[
        ("intro", "Introduction", [
            "Most people living with spinal cord injury are in the chronic phase [4]. In acute models, "
            "exosomes given within 24 h improve BBB scores by 2–4 points [5,10], but whether delayed "
            "dosing helps is unknown [12].",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Study design"),
            "{{reported_sample_size_calculation|Group size was calculated a priori (α = 0.05, power 0.8, "
            "expected difference 2 BBB points, SD 1.5)}}, giving "
            "{{n_per_group|ten rats in each group}}. "
            "{{reported_randomisation|Rats were randomised to treatment at day 27 by sealed envelopes}} after "
            "BBB testing; {{reported_blinded_assessment|scorers were blind to treatment}}.",
            ("h", "Animals and injury"),
            "{{species,strain,sex,body_weight_g|Female Long-Evans rats (230–260 g at surgery)}} were "
            "anaesthetised with ketamine (75 mg/kg) and xylazine (10 mg/kg). A laminectomy was made at Th9 "
            "and {{injury_model,injury_device,injury_level|a 200-kdyn contusion was delivered at Th10 with "
            "the Infinite Horizon impactor}}. Sham rats had laminectomy only.",
            ("h", "ADSC exosomes"),
            "{{source_tissue,source_species|ADSCs were isolated from inguinal fat pads of adult Long-Evans "
            "rats}} and expanded to passage 4 in exosome-free medium. "
            "{{isolation_method,isolation_detail|Conditioned medium (1 L) was concentrated 50-fold by "
            "tangential flow filtration (500 kDa hollow fibre), and exosomes were pelleted at "
            f"100{TH}000 × g for 90 min}}}} and washed once in PBS.",
            "{{characterization|Particles were analysed by NTA and TEM}}; "
            "{{characterization,markers|western blotting detected CD9, CD63 and Alix, and calnexin was "
            "absent}}.",
            ("h", "Treatment"),
            "{{route,route_detail|Exosomes were injected into a lateral tail vein}} "
            f"{{{{dose|at 200 µg/kg body weight in 0.5{NB}mL saline}}}}. "
            "{{frequency|Injections were repeated once a week for 4 weeks}} (days 28, 35, 42 and 49 after "
            "injury).",
            ("h", "Locomotion"),
            "Open-field BBB scores were recorded at 1 day and weekly thereafter to 12 weeks. BBB subscores "
            "(0–13) were calculated for rats with consistent plantar stepping.",
        ]),
        ("results", "Results", [
            "{{size_nm|NTA showed a median (D50) diameter of 118 nm}}; TEM images showed vesicles of 40–160 "
            "nm. Two saline-treated rats lost weight but none died.",
            "Scores were equal across groups at randomisation (day 28). After treatment, ADSC-Exo rats "
            "improved steadily; full data are in Table 2, on the next page. The BBB subscore at week 12 was "
            "9.2 ± 1.0 in ADSC-Exo rats and 6.1 ± 0.9 in saline rats.",
            ("table", "Table 2", "BBB scores before and after delayed treatment (mean ± SEM). Treatment days: "
             "28, 35, 42, 49 dpi.",
             {"orient": "cols", "days": _D4, "groups": ["Sham", "SCI + saline", "SCI + ADSC-Exo"],
              "day_fmt": dpi, "corner": "Group", "landscape": True,
              "foot": "dpi, days post-injury. n = 10 per group."}),
            "At 12 weeks, GFAP-positive scar area was 31% smaller in ADSC-Exo rats.",
        ]),
        ("discussion", "Discussion", [
            "The modest gain points to {{mechanism|reduction of glial scar formation}}. In acute studies a "
            "single 100 µg dose at 1 h raised BBB scores to 13.5 [5]; chronic injury is clearly harder to treat.",
        ]),
    ],
    references=[*POOL[:5], POOL[6], POOL[8], POOL2[3], POOL2[4], POOL[10], POOL[11], POOL2[2]],
    scores=_S4,
    back=[("Ethics", "{{reported_welfare_compliance|Experiments were approved by the regional animal "
           "research ethics committee (A-45-18).}}"),
          ("Declaration of interests", "{{reported_conflict_of_interest|The authors declare no conflict of "
           "interest.}}")],
    footnote=NOTICE,
)

STUDIES = [AYDEMIR, BOGDANOVIC, CISSE, DAHLBERG]
