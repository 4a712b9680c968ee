"""Atlas studies, part 3 (figure-only single layout; long-format table; hydrogel). All invented."""

from __future__ import annotations

from extgen.common import MU, NB, POOL, TH
from extgen.model import Scores

from atgen.helpers import NOTICE, series, weeks
from atgen.richtable import RichTable, S

# ---------------------------------------------------------------------------------------------
# 5. Petrescu 2021: external single layout; cervical hemisection; weekly jugular dosing from day 7;
#    BBB only in a plot (no rows)
# ---------------------------------------------------------------------------------------------
_W5 = weeks(1, 2, 3, 4, 5, 6)
PETRESCU_SCORES = Scores("BBB", "sem", [("Vehicle", "control", 7), ("hP-sEV", "treatment", 7)], {
    "Vehicle": series(_W5, [9.0, 11.2, 12.5, 13.1, 13.4, 13.6], [0.6] * 6),
    "hP-sEV": series(_W5, [9.2, 12.0, 14.1, 15.3, 16.0, 16.4], [0.6] * 6),
})

PETRESCU = dict(
    stem="petrescu2021_hpmsc_sev_c5_hemisection_weekly",
    layout="single",
    title="Weekly placental MSC small extracellular vesicles started one week after cervical hemisection",
    short_title="Delayed weekly sEVs after C5 hemisection",
    authors=[("Ioana", "Petrescu"), ("Dragoș", "Munteanu"), ("Aylin", "Kaya"), ("Mihai", "Radu-Enache")],
    affiliations=["Department of Physiology, Carpathian School of Medicine (invented), Romania"],
    journal="Acta Neurotraumatologica Experimentalis",
    year=2021, volume="29:301–316", doi="10.5555/ane.2021.29.301", pmid="99100305", pmcid="PMC9910305",
    received="2021-03-08",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "both", "n_per_group": 7,
        "injury_model": "hemisection", "injury_level": "C5", "source_tissue": "placenta",
        "source_species": "human", "isolation_method": ["tangential_flow", "ultracentrifugation"],
        "isolation_detail": "TFF 300 kDa; 100,000 g 70 min", "characterization": ["NTA", "western_blot"],
        "markers": ["CD9", "CD81", "TSG101", "GM130"],
        "size_nm": {"value": 141.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 500, "basis": "protein"},
        "route": "intravenous", "route_detail": "jugular vein",
        "frequency": {"doses": 4, "interval_h": 168}, "timing_post_injury_h": 168.0,
        "mechanism": "axonal sprouting of the contralateral corticospinal tract",
    },
    abstract=[(None, "Vesicle therapy is usually started within hours of injury. We tested a delayed, weekly "
               "schedule of small extracellular vesicles (sEVs) from human placental MSCs after a right C5 "
               "hemisection in Sprague-Dawley rats of both sexes. sEVs improved hindlimb and forelimb scores "
               "over six weeks.")],
    keywords=["cervical spinal cord injury", "hemisection", "placenta", "delayed treatment"],
    sections=[
        ("intro", "Introduction", [
            "Most cervical injuries are incomplete [1]. Clinical windows rarely allow treatment within hours, "
            "yet rodent vesicle studies dose within 24 h of a T10 injury [5,11].",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Animals and surgery"),
            "{{species,strain,sex|Sprague-Dawley rats of both sexes}} (10–12 weeks old) were anaesthetised "
            "with isoflurane. After a C4–C6 laminectomy, {{injury_model,injury_level|a right lateral "
            "hemisection was made at the C5 segment}} with microscissors. "
            "{{n_per_group|Seven rats per group}} were analysed; the sample size was not calculated formally.",
            ("h", "Vesicles"),
            "{{source_tissue,source_species|Mesenchymal stromal cells from human term placenta}} were grown in "
            "a hollow-fibre bioreactor. Harvested medium was concentrated by "
            "{{isolation_method,isolation_detail|tangential flow filtration (300 kDa) and pelleted at "
            f"100{TH}000 × g for 70 min}}}}. {{{{characterization|NTA and western blot}}}} showed "
            "{{markers|CD9, CD81 and TSG101 without GM130}}.",
            ("h", "Treatment"),
            f"{{{{dose|sEVs (100{NB}{MU}g protein in 0.5 mL saline)}}}} were infused "
            "{{route,route_detail|through a jugular vein catheter}} "
            "{{frequency,timing_post_injury_h|once a week for four weeks, beginning 7 days after injury}}.",
            ("h", "Behaviour"),
            "BBB and forelimb grooming scores were recorded weekly by a single trained observer.",
        ]),
        ("results", "Results", [
            "{{size_nm|The modal size of the sEVs was 141 nm}}.",
            "BBB scores of both groups rose over time; the sEV group separated from vehicle from week 3 (Fig. "
            "2). Grooming scores improved from 2.1 to 3.4 with sEVs.",
            ("figure", "Figure 2", "BBB scores after C5 hemisection (mean ± SEM, n = 7). *P < 0.05.",
             {"days": _W5, "groups": ["Vehicle", "hP-sEV"], "x": "weeks"}),
        ]),
        ("discussion", "Discussion", [
            "Delayed sEVs still helped, probably by {{mechanism|axonal sprouting of the contralateral "
            "corticospinal tract}}. A thoracic study found BBB 10.2 at 6 weeks with daily dosing [5].",
        ]),
    ],
    references=POOL[0:1] + POOL[4:5] + POOL[10:11],
    scores=PETRESCU_SCORES,
    notes=["BBB is reported only in a line plot (Figure 2): no outcome rows."],
    footnote=NOTICE,
)

# ---------------------------------------------------------------------------------------------
# 6. Quispe 2024: sidebar layout; RVG-peptide targeted SHED exosomes; long-format table
#    (group named once, then blank cells), split across pages; caudal vein every 72 h
# ---------------------------------------------------------------------------------------------
_D6 = [1.0, 7.0, 14.0, 21.0, 28.0, 35.0]
_G6 = [("Sham-operated", "sham", 6), ("Injured + saline", "control", 6), ("SHED-Exo", "other", 6),
       ("RVG-SHED-Exo", "treatment", 6)]
QUISPE_SCORES = Scores("BBB", "sd", _G6, {
    "Sham-operated": series(_D6, [21.0] * 6, [0.0] * 6),
    "Injured + saline": series(_D6, [0.5, 2.9, 5.0, 6.4, 7.1, 7.5], [0.4, 0.9, 1.2, 1.3, 1.4, 1.4]),
    "SHED-Exo": series(_D6, [0.6, 3.4, 6.1, 7.7, 8.6, 9.0], [0.5, 1.0, 1.2, 1.3, 1.5, 1.5]),
    "RVG-SHED-Exo": series(_D6, [0.6, 4.1, 7.6, 9.6, 10.8, 11.5], [0.5, 1.1, 1.3, 1.4, 1.6, 1.6]),
})


def _quispe_table() -> RichTable:
    body = []
    for g, _arm, n in _G6:
        for i, d in enumerate(_D6):
            body.append([g if i == 0 else "", str(n) if i == 0 else "", f"D{d:g}", S(g, d)])
    return RichTable("Table 3", "BBB locomotor scores by group and day (long format).",
                     [["Group", "n", "Day", "BBB (mean ± SD)"]], body, split_at=12,
                     foot=["D, day after spinal cord injury."], col_widths=[120, 30, 40, 110])


QUISPE = dict(
    stem="quispe2024_shed_rvg_exo_caudal_vein",
    layout="sidebar",
    title="RVG peptide-targeted exosomes from stem cells of human exfoliated deciduous teeth home to the "
          "injured rat spinal cord",
    short_title="RVG-targeted SHED exosomes",
    authors=[("Rosa", "Quispe Mamani"), ("Luis", "Huamán"), ("Anjali", "Deshpande"), ("Jonas", "Weber")],
    affiliations=["Laboratorio de Medicina Regenerativa, Universidad Andina del Sur (invented), Peru"],
    journal="Cell-Free Therapeutics in Neurology",
    year=2024, volume="2(1):e24003", doi="10.5555/cftn.2024.e24003", pmid="99100306", pmcid="PMC9910306",
    received="2023-09-14",
    side=["<b>Highlights</b><br/>RVG peptide display raised spinal uptake 2.7-fold<br/>Four injections every "
          "72 h", "<b>Article info</b><br/>Received 14 Sep 2023<br/>Accepted 2 Jan 2024"],
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 230, "high": 270},
        "n_per_group": 6, "injury_model": "contusion", "injury_device": "MASCIS impactor", "injury_level": "T10",
        "source_tissue": "dental_pulp", "source_species": "human", "modification": "RVG peptide surface display",
        "isolation_method": ["ultracentrifugation", "density_gradient"],
        "isolation_detail": "100,000 g 2 h; iodixanol gradient",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "TSG101", "Alix", "calnexin"],
        "size_nm": {"value": 112.5, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 2.5e11, "unit": "particles", "volume_ul": 300, "basis": "particles"},
        "route": "intravenous", "route_detail": "caudal vein",
        "frequency": {"doses": 4, "interval_h": 72}, "timing_post_injury_h": 0.5,
        "mechanism": "M2 macrophage polarisation",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[(None, "Exosomes from stem cells of human exfoliated deciduous teeth (SHED-Exo) were decorated "
               "with the rabies virus glycoprotein (RVG) peptide through a Lamp2b fusion and given to rats "
               "after a MASCIS contusion. At day 35 the RVG-SHED-Exo group scored {bbb:RVG-SHED-Exo@35} on "
               "the BBB scale versus {bbb:Injured + saline@35} with saline.")],
    keywords=["targeted exosomes", "RVG", "SHED", "macrophage"],
    sections=[
        ("intro", "1 | INTRODUCTION", [
            "Only a few per cent of intravenous vesicles reach the injured cord [5]. Targeting peptides such as "
            "RVG raise uptake by neural tissue. Exosomes measure 30–150 nm [2].",
        ]),
        ("methods", "2 | MATERIALS AND METHODS", [
            ("h", "2.1 | Animals"),
            "{{species,strain,sex|Male Sprague-Dawley rats}}, {{body_weight_g|230–270 g}}, "
            "{{reported_randomisation|were randomly assigned (random number table)}} to sham, saline, SHED-Exo "
            "and RVG-SHED-Exo groups ({{n_per_group|n = 6/group}}).",
            ("h", "2.2 | SHED culture and RVG display"),
            "{{source_tissue,source_species|SHED were isolated from the pulp of exfoliated human deciduous "
            "teeth}} and transfected with a Lamp2b–RVG plasmid, giving "
            "{{modification|exosomes displaying the RVG peptide on their surface (RVG-SHED-Exo)}}.",
            ("h", "2.3 | Isolation"),
            "Medium was spun at 300 g (10 min), 3000 g (15 min) and 10 000 g (40 min). Exosomes were pelleted "
            "{{isolation_method,isolation_detail|at 100 000 g for 2 h and purified on an iodixanol density "
            "gradient}} (fractions of 1.08–1.12 g/mL), then washed in PBS (100 000 g, 1 h). "
            "{{characterization|TEM, NTA and western blotting}} detected {{markers|CD63, TSG101 and Alix but "
            "not calnexin}}.",
            ("h", "2.4 | Injury and treatment"),
            "Rats were anaesthetised with 2% isoflurane. {{injury_model,injury_device,injury_level|The tenth "
            "thoracic segment was contused with the MASCIS impactor}} (10 g, 12.5 mm). "
            "{{dose|Each injection contained 2.5 × 10<sup>11</sup> particles in 300 µL}} and was given "
            "{{route,route_detail|via the caudal vein}}; {{timing_post_injury_h|the first injection was given "
            "30 min after injury}} and {{frequency|four injections were given every 72 h}}.",
            ("h", "2.5 | Locomotor scoring"),
            "{{reported_blinded_assessment|Two investigators blind to treatment}} scored BBB on days 1, 7, 14, "
            "21, 28 and 35.",
        ]),
        ("results", "3 | RESULTS", [
            "{{size_nm|Mean particle diameter was 112.5 nm}} (NTA) for RVG-SHED-Exo.",
            "Targeted exosomes improved locomotion more than untargeted ones (Table 3). By day 28 scores were "
            "{bbb:RVG-SHED-Exo@28} (RVG-SHED-Exo), {bbb:SHED-Exo@28} (SHED-Exo) and {bbb:Injured + saline@28} "
            "(saline).",
            ("rich", "Table 3"),
        ]),
        ("discussion", "4 | DISCUSSION", [
            "Targeting favoured {{mechanism|M2 macrophage polarisation}} in the lesion. Untargeted vesicles at "
            "1 × 10^11 particles gave BBB 8 in a previous study [5].",
        ]),
    ],
    references=POOL[1:2] + POOL[4:5] + POOL[6:7],
    scores=QUISPE_SCORES,
    back=[("Conflict of interest", "{{reported_conflict_of_interest|The authors declare no competing "
           "interests.}}")],
    footnote=NOTICE,
)
