"""Quarry studies 7-8 (everything invented): a German and a Chinese lab."""

from __future__ import annotations

from extgen.common import FOOTNOTE, POOL
from extgen.model import Scores, Study

from qgen.tables import QTable, V, qspec


def _vals(days: list[float], pairs: list[tuple[float, float]]) -> dict[float, tuple[float, float]]:
    return dict(zip(days, pairs, strict=True))


# ------------------------------------------------------------------ 7. Germany, accepted manuscript
# The BBB time course split into two tables (early / late), group codes defined in the methods
# (SH, V, E, EsiT), days across, a ladder-rung row in the late table; cells-equivalent dose
# given intralesionally at 72 h; siRNA-loaded next to native exosomes; Lewis rats, OSU impactor.

_D7 = [1, 4, 7, 14, 21, 28, 35]
_S7 = Scores(
    outcome="BBB", err="sd",
    groups=[("SH", "sham", 9), ("V", "control", 9), ("E", "other", 9), ("EsiT", "treatment", 9)],
    values={
        "SH": _vals(_D7, [(20.6, 0.5), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0),
                          (21.0, 0.0)]),
        "V": _vals(_D7, [(1.2, 0.9), (2.9, 1.3), (4.4, 1.6), (6.8, 1.9), (8.0, 1.8), (8.7, 1.9), (9.0, 2.0)]),
        "E": _vals(_D7, [(1.1, 0.8), (3.0, 1.2), (4.9, 1.5), (7.9, 1.7), (9.3, 1.8), (10.0, 1.9), (10.4, 1.8)]),
        "EsiT": _vals(_D7, [(1.3, 0.9), (3.2, 1.4), (5.6, 1.6), (9.1, 1.8), (10.9, 1.7), (11.8, 1.8),
                            (12.3, 1.7)]),
    },
)
_G7 = ["SH", "V", "E", "EsiT"]


def _m7(g: str, d: float) -> str:
    return "<sup>#</sup>" if g == "EsiT" and d >= 14 else ""


_BBB7A = QTable(head=[["Group", "1 dpi", "4 dpi", "7 dpi"]],
                body=[[g, *[V(g, d) for d in _D7[:3]]] for g in _G7], col0=0.25)
_BBB7B = QTable(head=[["Group", "14 dpi", "21 dpi", "28 dpi", "35 dpi", "Ladder rung errors (%), 35 dpi"]],
                body=[[g, *[V(g, d, mark=_m7(g, d)) for d in _D7[3:]], lr]
                      for g, lr in zip(_G7, ["2.1 ± 1.0", "38.4 ± 6.2", "31.7 ± 5.8", "24.9 ± 5.1#"], strict=True)],
                col0=0.14)

PFEIFFER = Study(
    stem="pfeiffer2020_rbmsc_sitlr4_exo_subacute_split_tables",
    layout="manuscript",
    title="Subacute intralesional delivery of TLR4 siRNA-loaded mesenchymal stromal cell exosomes after "
          "spinal cord contusion in Lewis rats",
    short_title="Pfeiffer et al. siTLR4-exosomes",
    authors=[("Katharina", "Pfeiffer"), ("Lukas", "Brandauer"), ("Miriam", "Okonjo-Weiss"), ("Felix", "Rautenberg")],
    affiliations=["Zentrum für Rückenmarksforschung (synthetisch), Universität Hohenstein, Germany"],
    journal="Experimental Spinal Cord Research (Synthetic)",
    year=2020,
    volume="5:77-92",
    doi="10.5555/escr.2020.0077",
    pmid="99102107",
    pmcid="PMC9910217",
    received="2020-06-30",
    footnote=FOOTNOTE,
    values={
        "species": "rat", "strain": "Lewis", "sex": "female", "body_weight_g": {"low": 160, "high": 190},
        "n_per_group": 9, "injury_model": "contusion", "injury_device": "OSU impactor", "injury_level": "T8",
        "source_tissue": "bone_marrow", "source_species": "rat", "modification": "siTLR4 loading",
        "isolation_method": ["ultrafiltration", "size_exclusion"],
        "isolation_detail": "Amicon Ultra-15 (100 kDa) and qEVoriginal/70 nm",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD9", "CD81", "flotillin-1", "calnexin"],
        "size_nm": {"value": 141.0, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 5e6, "unit": "cells_equivalent", "volume_ul": 10, "basis": None},
        "route": "intralesional", "route_detail": "lesion epicentre",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 72.0,
        "mechanism": "TLR4 knockdown in microglia",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[(None,
               ("Toll-like receptor 4 (TLR4) drives microglial activation after spinal cord injury. We loaded "
               "exosomes from rat bone marrow mesenchymal stromal cells with TLR4 siRNA by electroporation "
               "(Exo-siTLR4) and injected them into the lesion three days after a T8 contusion in female Lewis "
               "rats. Exo-siTLR4 lowered TLR4 in CD11b+ cells, and BBB scores exceeded those of vehicle-treated "
               "rats from two weeks onwards; unloaded exosomes had a smaller effect. Local subacute delivery of "
               "siRNA-loaded exosomes is a practical way to target TLR4 after SCI."))],
    keywords=["exosome", "siRNA", "TLR4", "microglia", "spinal cord contusion"],
    sections=[
        ("intro", "Introduction", [
            ("Microglia and macrophages recognise damage-associated molecules through TLR4 within hours of "
            "spinal cord injury [3,7]. Exosomes can carry small RNAs into these cells [15]; exogenous siRNA "
            "can be loaded by electroporation [4]."),
            ("Acute delivery within the first hours is rarely possible clinically. We therefore chose a subacute "
            "time point and local injection, which needs far fewer vesicles than systemic dosing of 100–200 µg "
            "[5,11]."),
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals"),
            ("{{reported_welfare_compliance|Animal experiments were approved by the Regierungspräsidium "
            "Hohenstein (G-19-031) and performed in accordance with the German Animal Welfare Act}}. "
            "Thirty-six {{species,strain,sex|female Lewis rats}} ({{body_weight_g|160–190 g}}) were used; "
            "{{n_per_group|nine rats per group}} were assigned to the groups SH (sham), V (vehicle), E "
            "(unloaded exosomes) and EsiT (exosomes loaded with siTLR4)."),
            ("h", "Contusion"),
            ("After laminectomy of the T7 lamina under isoflurane, {{injury_model,injury_device|a contusion of "
            "1.1 mm displacement was delivered with the OSU impactor}} at the {{injury_level|T8 segment}}. "
            "SH animals received laminectomy alone."),
            ("h", "Exosomes and siRNA loading"),
            ("{{source_tissue,source_species|MSCs were flushed from the femoral bone marrow of Lewis rats}} and "
            "grown to passage 4; conditioned medium (48 h, exosome-depleted FBS) was cleared at 2000 × g and "
            "filtered (0.22 µm). Exosomes were isolated by {{isolation_method|ultrafiltration followed by "
            "size-exclusion chromatography}} ({{isolation_detail|Amicon Ultra-15 (100 kDa) and qEVoriginal/70 "
            "nm}}, fractions 7–9). For {{modification|siTLR4 loading}}, exosomes (100 µg) were electroporated "
            "with 2 nmol Cy3-labelled TLR4 siRNA (400 V, 125 µF) and re-purified on qEV columns; E exosomes "
            "were mock-electroporated without siRNA."),
            ("h", "Characterisation"),
            ("{{characterization|NTA (NanoSight NS500), TEM and western blotting}} were used; blots were probed "
            "for {{markers|CD9, CD81, flotillin-1 and calnexin}}."),
            ("h", "Intralesional injection"),
            ("{{reported_randomisation|Injured rats were randomised to V, E or EsiT with a random sequence "
            "generated in R}}. {{timing_post_injury_h|Three days after injury}} the lesion was re-exposed and "
            "{{dose|exosomes derived from 5 × 10^6 MSCs in 10 µl PBS}} (≈ 28 µg protein) were "
            "{{route,route_detail|injected into the lesion epicentre}} with a glass capillary (1 µl/min) "
            "{{frequency|as a single injection}}. V rats received 10 µl PBS."),
            ("h", "Behavioural testing"),
            ("BBB open-field scores were obtained at 1, 4, 7, 14, 21, 28 and 35 dpi, and horizontal ladder "
            "walking at 35 dpi, {{reported_blinded_assessment|by two investigators blinded to group "
            "allocation}}."),
            ("h", "Statistics"),
            "Means ± SD; two-way repeated-measures ANOVA with Bonferroni correction; significance at P < 0.05.",
        ]),
        ("results", "Results", [
            ("Exosomes had a {{size_nm|mean size of 141 ± 9 nm}} (NTA) before and 149 ± 12 nm after "
            "electroporation. About 34% of the siRNA was retained. CD9, CD81 and flotillin-1 were present and "
            "calnexin was absent."),
            ("Before treatment (1 and 4 dpi) BBB scores did not differ between injured groups (Table 2A). From "
            "14 dpi, EsiT scored higher than V (Table 2B). At 35 dpi the EsiT group reached {bbb:EsiT@35}, "
            "E {bbb:E@35} and V {bbb:V@35}. EsiT rats also made fewer ladder errors."),
            ("TLR4 mRNA in sorted CD11b+ cells at 7 dpi was 52% lower after EsiT than after E, supporting "
            "{{mechanism|TLR4 knockdown in microglia}} as the mode of action."),
            ("table", "Table 2A", "BBB scores before and shortly after treatment (days post-injury, dpi).",
             qspec(_BBB7A, foot="Mean ± SD; n = 9 per group. Groups as defined in Methods.")),
            ("table", "Table 2B", "BBB scores from 14 to 35 dpi and horizontal ladder errors.",
             qspec(_BBB7B, foot="Mean ± SD; n = 9 per group. #P < 0.05 EsiT vs. V (Bonferroni).")),
            ("figure", "Figure 3", ("Time course of BBB scores (mean ± SD) in the four groups; arrow, "
             "intralesional injection at 3 dpi."), {"days": _D7, "groups": _G7}),
        ]),
        ("discussion", "Discussion", [
            ("A single subacute injection of siTLR4-loaded exosomes improved BBB scores by about three points "
            "over vehicle at five weeks; unloaded exosomes added about one point. Systemic studies reported "
            "BBB scores around 11–12 at 28 days after 200 µg [5], but these are not directly comparable."),
            ("Re-opening the wound at 3 dpi is invasive, and the dose expressed as producing cells is hard to "
            "compare with protein-based doses."),
        ]),
    ],
    back=[("Conflict of interest", ("{{reported_conflict_of_interest|None of the authors has a conflict of "
                                   "interest to declare.}}"))],
    references=[POOL[0], POOL[1], POOL[2], POOL[3], POOL[4], POOL[5], POOL[6], POOL[7], POOL[8], POOL[9],
                POOL[10], POOL[11], POOL[12], POOL[13], POOL[14]],
    scores=_S7,
)

# ------------------------------------------------------------------ 8. China, twocol
# Weeks in the header ("1 w"), an n column, 3D vs 2D exosomes, scores in a figure legend,
# intralesional 20 μg in 10 μl at 30 min, T9–T10 NYU, TEM range beside an NTA mean.

_D8 = [7, 14, 21, 28, 42]
_S8 = Scores(
    outcome="BBB", err="sem",
    groups=[("Sham", "sham", 10), ("PBS", "control", 10), ("2D-Exo", "other", 10), ("3D-Exo", "treatment", 10)],
    values={
        "Sham": _vals(_D8, [(21.0, 0.0)] * 5),
        "PBS": _vals(_D8, [(2.3, 0.4), (4.6, 0.5), (6.0, 0.5), (6.8, 0.6), (7.5, 0.6)]),
        "2D-Exo": _vals(_D8, [(2.6, 0.4), (5.5, 0.5), (7.2, 0.6), (8.3, 0.6), (9.1, 0.7)]),
        "3D-Exo": _vals(_D8, [(3.1, 0.5), (6.7, 0.6), (8.9, 0.6), (10.2, 0.7), (11.4, 0.6)]),
    },
)

_BBB8 = QTable(
    head=[["Group", "n", *[f"{int(d / 7)} w" for d in _D8]]],
    body=[[g, "10", *[V(g, d, mark=("**" if d >= 21 else "*") if g == "3D-Exo" and d >= 14 else "")
                      for d in _D8]] for g in ("Sham", "PBS", "2D-Exo", "3D-Exo")],
    col0=0.2,
)

BIAN = Study(
    stem="bian2022_hpmsc_3d_exo_intralesional_weeks",
    layout="twocol",
    title="Exosomes from three-dimensional spheroids of human placental mesenchymal stem cells promote "
          "angiogenesis and functional recovery after spinal cord injury",
    short_title="3D hPMSC-Exos in SCI",
    authors=[("Xiaoqing", "Bian"), ("Lei", "Hou"), ("Yanan", "Cui"), ("Peng", "Wei"), ("Jianhua", "Zeng")],
    affiliations=[("Department of Spine Surgery, Synthetic Affiliated Hospital of Donghai Medical University, "
                  "China"), "Institute of Tissue Engineering (Synthetic), Donghai, China"],
    journal="Stem Cell Vesicle Research (Synthetic)",
    year=2022,
    volume="6(3):301-314",
    doi="10.5555/scvr.2022.0301",
    pmid="99102108",
    pmcid="PMC9910218",
    received="2022-08-03",
    footnote=FOOTNOTE,
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 220, "high": 250},
        "n_per_group": 10, "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T9-T10",
        "source_tissue": "placenta", "source_species": "human", "modification": "3D spheroid culture",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "120,000 g for 90 min, twice",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "TSG101", "HSP70"],
        "size_nm": {"value": 126.4, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 20, "unit": "ug", "volume_ul": 10, "basis": "protein"},
        "route": "intralesional", "route_detail": "lesion site",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.5,
        "mechanism": "angiogenesis via VEGF/PI3K/Akt",
        "reported_randomisation": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[(None,
               ("Three-dimensional (3D) culture changes the secretome of mesenchymal stem cells. Exosomes from "
               "3D spheroids of human placental mesenchymal stem cells (3D-Exo) and from monolayer cultures "
               "(2D-Exo) were injected into the lesion of rats 30 min after spinal cord contusion. 3D-Exo "
               "increased microvessel density and BBB scores more than 2D-Exo, and activated VEGF/PI3K/Akt "
               "signalling in endothelial cells. 3D culture is a simple way to improve exosome potency for SCI."))],
    keywords=["three-dimensional culture", "exosomes", "placenta", "angiogenesis", "spinal cord injury"],
    sections=[
        ("intro", "1 Introduction", [
            ("Loss of microvessels after spinal cord injury (SCI) leads to ischemia and secondary cell death "
            "[6,16]. Exosomes (diameter 30–150 nm) released by mesenchymal stem cells carry pro-angiogenic "
            "proteins and RNAs [2]."),
            ("Compared with monolayers, spheroid culture raises the secretion of VEGF and other factors [9]. "
            "Whether exosomes from 3D-cultured placental MSCs are better than those from 2D cultures in SCI "
            "has not been tested."),
        ]),
        ("methods", "2 Materials and methods", [
            ("h", "2.1 Cell culture"),
            ("{{source_tissue,source_species|Human placental mesenchymal stem cells (hPMSCs) were isolated from "
            "term placentas}} after informed consent. For 3D culture, 2 × 10^4 cells per well were seeded in "
            "ultra-low-attachment plates to form spheroids ({{modification|3D spheroid culture}}); 2D cells "
            "were grown in flasks."),
            ("h", "2.2 Exosome isolation and identification"),
            ("Supernatants collected after 48 h were centrifuged at 300 g (10 min), 2000 g (10 min) and 10,000 g "
            "(30 min), then {{isolation_method|ultracentrifuged}} at {{isolation_detail|120,000 g for 90 min, "
            "twice}} (Beckman, SW41). Exosomes were identified by {{characterization|TEM, NTA and western "
            "blot}} ({{markers|CD9, CD63, TSG101, HSP70}})."),
            ("h", "2.3 SCI model and treatment"),
            ("Forty {{species,strain,sex|female SD rats}} ({{body_weight_g|220–250 g}}) were purchased from the "
            "Synthetic Experimental Animal Centre. {{reported_welfare_compliance|All procedures were approved "
            "by the Animal Care and Use Committee of Donghai Medical University}}. After laminectomy, "
            "{{injury_model,injury_device|the spinal cord was contused with a NYU impactor}} (10 g, 12.5 mm) "
            "at {{injury_level|T9–T10}}. {{reported_randomisation|Rats were randomly divided into Sham, PBS, "
            "2D-Exo and 3D-Exo groups}} ({{n_per_group|n = 10}}). {{timing_post_injury_h|Thirty minutes after "
            "injury}}, {{dose|10 μl containing 20 μg exosomes}} or PBS was {{route,route_detail|injected into "
            "the lesion site}} at two points with a microsyringe ({{frequency|once}})."),
            ("h", "2.4 Functional assessment"),
            "BBB scores were evaluated weekly until 6 weeks after SCI.",
            ("h", "2.5 Statistics"),
            "Data are shown as mean ± SEM and analyzed by one-way ANOVA with LSD post hoc test.",
        ]),
        ("results", "3 Results", [
            ("h", "3.1 Characterization of 2D-Exo and 3D-Exo"),
            ("TEM showed cup-shaped vesicles of 40–120 nm. NTA gave a {{size_nm|mean size of 126.4 nm}} for "
            "3D-Exo and 131.8 nm for 2D-Exo. Both expressed CD9, CD63, TSG101 and HSP70."),
            ("h", "3.2 3D-Exo improved locomotor function"),
            ("Hindlimb function recovered gradually in all injured groups (Table 1). 3D-Exo rats had higher BBB "
            "scores than PBS rats from 2 w and than 2D-Exo rats from 3 w (Figure 3)."),
            ("table", "Table 1", "BBB scores at weeks after SCI (mean ± SEM).",
             qspec(_BBB8, foot="*P < 0.05, **P < 0.01 vs. PBS group.")),
            ("figure", "Figure 3", ("3D-Exo promoted motor recovery. (A) BBB scores over 6 weeks. (B) BBB "
             "scores at 6 weeks: 3D-Exo {bbb:3D-Exo@42}, 2D-Exo {bbb:2D-Exo@42}, PBS {bbb:PBS@42}; "
             "n = 10 per group."), {"days": _D8, "groups": ["Sham", "PBS", "2D-Exo", "3D-Exo"], "x": "weeks"}),
            ("h", "3.3 3D-Exo promoted angiogenesis"),
            ("CD31+ microvessel density around the lesion was 1.8-fold higher in 3D-Exo than in PBS rats at "
            "2 weeks, and p-PI3K and p-Akt were raised, suggesting {{mechanism|angiogenesis via "
            "VEGF/PI3K/Akt}}."),
        ]),
        ("discussion", "4 Discussion", [
            ("3D spheroid culture improved the pro-angiogenic effect of hPMSC exosomes. The gain over 2D-Exo "
            "(about two BBB points at 6 weeks) is similar to that reported for hypoxic preconditioning, where "
            "200 μg was given intravenously [9]."),
            "Shortcomings include the lack of blinded scoring, only female rats, and one dose.",
        ]),
    ],
    back=[("Declaration of competing interest", ("{{reported_conflict_of_interest|The authors declare that "
                                               "they have no known competing financial interests.}}"))],
    references=[POOL[0], POOL[1], POOL[2], POOL[3], POOL[4], POOL[5], POOL[6], POOL[7], POOL[8], POOL[9],
                POOL[10], POOL[11], POOL[12], POOL[13], POOL[14], POOL[15]],
    scores=_S8,
)

STUDIES = [PFEIFFER, BIAN]
