"""Harbor studies 5-8 (invented): Ghanaian/British, Hungarian, Italian and Turkish groups."""

from __future__ import annotations

from extgen.model import Scores
from hgen.common import (
    EN,
    FOOTNOTE,
    MU,
    day_word,
    dose,
    dpi,
    freq,
    series,
    size,
)
from hgen.render_habits import HStudy

# ---------------------------------------------------------------------------------------------
# 5. Owusu 2023: three-column page, merged "BBB score" header, footnote markers (SD)
# ---------------------------------------------------------------------------------------------
_D5 = [1.0, 7.0, 14.0, 21.0, 28.0]
OWUSU = HStudy(
    stem="owusu2023_hpmsc_mir124_exo_mascis_jugular",
    layout="twocol",
    habits={"page": "threecol", "header": "Journal of Translational Neurotrauma · Original research",
            "footer": "J Transl Neurotrauma 2023 · Open access under CC BY 4.0"},
    title="Placental mesenchymal stromal cell exosomes enriched in miR-124-3p shift microglia towards a "
          "reparative phenotype and improve recovery after spinal cord contusion",
    short_title="miR-124-3p placental MSC exosomes",
    authors=[("Abena", "Owusu"), ("Kwame", "Asante-Boateng"), ("Harriet", "Colley"), ("Yaw", "Mensah-Ofori"),
             ("Eleanor", "Whitcombe")],
    affiliations=["Department of Physiology, Cape Coast College of Health Sciences, Ghana",
                  "Centre for Neuroregeneration, University of Wessex, Southampton, UK"],
    journal="Journal of Translational Neurotrauma",
    year=2023,
    volume="8:e0917",
    doi="10.5555/jtn.2023.e0917",
    pmid="99270105",
    pmcid="PMC9927105",
    received="2023-04-11",
    footnote=FOOTNOTE,
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 200, "high": 230}, "n_per_group": 9,
        "injury_model": "contusion", "injury_device": "MASCIS impactor", "injury_level": "T10",
        "source_tissue": "placenta", "source_species": "human", "modification": "miR-124-3p overexpression",
        "isolation_method": ["ultracentrifugation", "density_gradient"],
        "isolation_detail": "110,000 g 2 h onto a 30% sucrose cushion",
        "characterization": ["TEM", "NTA", "western_blot"],
        "markers": ["CD63", "CD81", "TSG101", "calnexin"],
        "size_nm": size(127.9, None, None, "mean", "NTA"),
        "dose": dose(200, "ug", 200, "protein"),
        "route": "intravenous", "route_detail": "jugular vein",
        "frequency": freq(1, None), "timing_post_injury_h": 0.0,
        "mechanism": "miR-124-3p targeting of the TLR4/NF-κB axis driving M2 microglial polarisation",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Microglial polarisation shapes secondary injury after spinal cord injury (SCI). "
                       "miR-124-3p is a microglia-quiescence microRNA."),
        ("Methods", "Human placental mesenchymal stromal cells (hPMSCs) were transduced to overexpress "
                    "miR-124-3p, and their exosomes (miR124-Exo) were compared with native hPMSC "
                    "exosomes (hPMSC-Exo) after MASCIS contusion in rats. Vesicles were given once "
                    "through the jugular vein."),
        ("Results", "miR124-Exo improved BBB scores at every time point from day 7 and increased the "
                    "proportion of Arg1-positive microglia."),
        ("Conclusions", "Loading placental MSC exosomes with miR-124-3p enhances their reparative "
                        "effect after contusion."),
    ],
    keywords=["placenta", "mesenchymal stromal cells", "exosomes", "miR-124-3p", "microglia"],
    sections=[
        ("intro", "Introduction", [
            "After spinal cord injury (SCI), resident microglia and infiltrating macrophages adopt "
            "pro-inflammatory states that amplify tissue loss [1]. Exosomes, 40" + EN + "100 nm vesicles "
            "of endosomal origin according to most reviews [2], can deliver regulatory RNAs to these "
            "cells.",
            "The placenta is a plentiful, ethically uncontroversial source of mesenchymal stromal cells "
            "[3], and miR-124-3p maintains microglial quiescence in the healthy CNS [4]. We hypothesised "
            "that placental MSC exosomes carrying extra miR-124-3p would outperform native ones.",
        ]),
        ("methods", "Methods", [
            ("h", "Animals and ethical approval"),
            "Forty-five adult {{sex,species,strain|female Sprague" + EN + "Dawley rats}} weighing "
            "{{body_weight_g|200" + EN + "230 g}} were used. Experiments {{reported_welfare_compliance|"
            "complied with the UK Animals (Scientific Procedures) Act 1986 under project licence "
            "PP4417720}} and with local ethical review. Rats were {{reported_randomisation|randomised "
            "using sealed opaque envelopes}} into five groups ({{n_per_group|nine rats per group}}): "
            "Sham, SCI + PBS, hPMSC-Exo, NC-Exo (scrambled control vector) and miR124-Exo.",
            ("h", "Contusion model"),
            "Under isoflurane anaesthesia and with pre-emptive buprenorphine (0.03 mg/kg), a T9" + EN +
            "T11 laminectomy exposed the cord, and a {{injury_model,injury_device|10 g rod of the MASCIS "
            "impactor was dropped from 12.5 mm}} onto the {{injury_level|T10 segment}}.",
            ("h", "hPMSC culture and transduction"),
            "{{source_tissue,source_species|hPMSCs were isolated from term human placentas}} donated "
            "after elective caesarean section (research ethics approval 21/SC/0388). At passage 3, cells "
            "were transduced with a lentivirus encoding pre-miR-124-3p or a scrambled sequence "
            "(MOI 20) and selected with puromycin; {{modification|miR-124-3p overexpression}} was "
            "confirmed by qPCR (38-fold in cells, 22-fold in exosomes).",
            ("h", "Exosome isolation"),
            "Serum-free conditioned medium (48 h) was spun at 500 g (10 min), 2500 g (20 min) and "
            "12,000 g (40 min). Exosomes were then {{isolation_method,isolation_detail|pelleted at "
            "110,000 g for 2 h onto a 30% sucrose cushion}}, washed in PBS and re-pelleted at 110,000 g "
            "for 70 min.",
            ("h", "Characterisation"),
            "Particles were imaged by {{characterization|TEM}}, sized by {{characterization|NTA}} "
            "(NanoSight LM10) and blotted ({{characterization|western blot}}) for CD63, CD81, TSG101 and "
            "calnexin using rabbit monoclonal antibodies and goat anti-rabbit HRP secondary antibody.",
            ("h", "Administration"),
            "{{timing_post_injury_h|Immediately after contusion}}, rats received {{dose|200 " + MU +
            "g of exosomes in 200 " + MU + "L PBS}} or PBS alone {{route,route_detail|through the right "
            "external jugular vein}} ({{frequency|one dose}}).",
            ("h", "Behavioural assessment and statistics"),
            "BBB scores were recorded on days 1, 7, 14, 21 and 28 {{reported_blinded_assessment|by an "
            "assessor blinded to treatment}}. Values are mean ± SD. We used repeated-measures ANOVA with "
            "Holm" + EN + "Šidák correction.",
        ]),
        ("results", "Results", [
            "Vesicles were cup-shaped with a {{size_nm|mean diameter of 127.9 nm (NTA)}}. "
            "{{markers|CD63, CD81 and TSG101 were present and calnexin absent}} in all preparations. "
            "Two rats (one SCI + PBS, one NC-Exo) died within 48 h and were replaced.",
            ("table", "Table 2", "Open-field locomotor (BBB) scores, mean ± SD, n = 9 per group.",
             {"orient": "cols", "days": _D5,
              "groups": ["Sham", "SCI + PBS", "hPMSC-Exo", "NC-Exo", "miR124-Exo"],
              "day_fmt": day_word, "corner": "Group", "merged": "BBB score",
              "marks": {("hPMSC-Exo", 28.0): "*", ("miR124-Exo", 14.0): "*#",
                        ("miR124-Exo", 21.0): "*#", ("miR124-Exo", 28.0): "*#"},
              "foot": "* P < 0.05 vs SCI + PBS; # P < 0.05 vs hPMSC-Exo."}),
            "Arg1<sup>+</sup>/Iba1<sup>+</sup> cells rose from 18% (SCI + PBS) to 46% (miR124-Exo) at "
            "day 7. In BV2 cells, 40 " + MU + "g/mL miR124-Exo reduced TLR4 protein by 52%.",
        ]),
        ("discussion", "Discussion", [
            "Enriching placental MSC exosomes with miR-124-3p increased their effect on locomotion by a "
            "further two BBB points. We propose {{mechanism|miR-124-3p targeting of the TLR4/NF-κB axis, "
            "favouring M2 microglial polarisation}}.",
            "Earlier work with umbilical cord exosomes used 100 " + MU + "g daily for three days [5]; "
            "others reported particle sizes of 70" + EN + "90 nm for placental vesicles [6], smaller than "
            "ours, perhaps because of the sucrose cushion.",
        ]),
    ],
    back=[("Declaration of interests", "{{reported_conflict_of_interest|The authors declare no "
           "competing interests.}}"),
          ("Data availability", "Data are available from the corresponding author.")],
    references=[
        "Addo-Mensah P, Kerr L. Microglial states after SCI. Glia Repair Today. 2021;12:33–49.",
        "Bright H, Osei F. Exosomes: a primer. Vesicle Sci. 2020;6:1–14.",
        "Cobbina E, Marsh T. Placental stromal cells for regenerative medicine. Cell Ther Notes. 2019;11:60–74.",
        "Dankwa R, Silva M. miR-124 and microglial quiescence. RNA Ther Notes. 2020;7:101–113.",
        "Essel K, Porter A. Umbilical cord exosomes in daily dosing after SCI. Neural Inj Repair. 2021;10:220–231.",
        "Frimpong J, Yates D. Sizing placental vesicles. Vesicle Methods. 2022;6:88–97.",
    ],
    scores=Scores(
        outcome="BBB", err="sd",
        groups=[("Sham", "sham", 9), ("SCI + PBS", "control", 9), ("hPMSC-Exo", "other", 9),
                ("NC-Exo", "other", 9), ("miR124-Exo", "treatment", 9)],
        values={
            "Sham": series(_D5, "21.0/0.0 21.0/0.0 21.0/0.0 21.0/0.0 21.0/0.0"),
            "SCI + PBS": series(_D5, "0.6/0.5 3.3/1.1 5.8/1.3 7.2/1.4 8.1/1.5"),
            "hPMSC-Exo": series(_D5, "0.7/0.6 4.1/1.2 6.9/1.3 8.8/1.5 9.9/1.6"),
            "NC-Exo": series(_D5, "0.6/0.5 4.0/1.1 6.7/1.4 8.6/1.4 9.7/1.5"),
            "miR124-Exo": series(_D5, "0.8/0.6 5.0/1.2 8.6/1.4 10.9/1.5 12.1/1.6"),
        }),
)

# ---------------------------------------------------------------------------------------------
# 6. Tarnóczy 2022: Hungarian group, mouse, BMS in text and in a figure legend (SEM)
# ---------------------------------------------------------------------------------------------
_D6 = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]
TARNOCZY = HStudy(
    stem="tarnoczy2022_mensc_ev_mouse_intranasal_bms",
    layout="twocol",
    title="Intranasal extracellular vesicles from menstrual blood-derived stromal cells improve "
          "hindlimb function after thoracic contusion in mice",
    short_title="Intranasal MenSC-EVs in mice",
    authors=[("Réka", "Tarnóczy"), ("Bálint", "Kelemen"), ("Zsófia", "Hajdú"), ("Gergely", "Vámos")],
    affiliations=["Department of Anatomy and Neurobiology, Tiszapart Medical University, Szeged, Hungary"],
    journal="Central European Journal of Experimental Neurology",
    year=2022,
    volume="17(3):301–314",
    doi="10.5555/cejen.2022.0301",
    pmid="99270106",
    pmcid="PMC9927106",
    received="2022-06-02",
    footnote=FOOTNOTE,
    values={
        "species": "mouse", "strain": "C57BL/6", "sex": "female",
        "body_weight_g": {"low": 18, "high": 22}, "n_per_group": 10,
        "injury_model": "contusion", "injury_device": "Infinite Horizon impactor", "injury_level": "T10",
        "source_tissue": "menstrual_blood", "source_species": "human", "modification": "none",
        "isolation_method": ["tangential_flow", "ultracentrifugation"],
        "isolation_detail": "TFF 300 kDa; 100,000 × g 90 min",
        "characterization": ["NTA", "TEM", "flow_cytometry", "western_blot"],
        "markers": ["CD9", "CD63", "CD81", "flotillin-1"],
        "size_nm": size(131.0, None, None, "median", "NTA"),
        "dose": dose(1e9, "particles", 10, "particles"),
        "route": "intranasal", "route_detail": "nostrils",
        "frequency": freq(3, 24), "timing_post_injury_h": 4.0,
        "mechanism": "reduction of blood-spinal cord barrier leakage via MMP-9 inhibition",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Menstrual blood-derived stromal cells (MenSCs) are collected non-invasively. Their "
               "extracellular vesicles (MenSC-EVs) were given intranasally to C57BL/6 mice after a "
               "60 kdyn contusion at T10, on three consecutive days. MenSC-EVs reached the lesion within "
               "6 h, reduced Evans blue leakage and MMP-9 activity and improved Basso Mouse Scale (BMS) "
               "scores from day 7 to day 28."),
    ],
    keywords=["menstrual blood stromal cells", "extracellular vesicles", "intranasal", "mouse", "BMS"],
    sections=[
        ("intro", "Introduction", [
            "The blood–spinal cord barrier (BSCB) is disrupted within minutes of a contusion and remains "
            "leaky for weeks [1]. Matrix metalloproteinase-9 (MMP-9) is a key mediator of this "
            "breakdown [2]. Mesenchymal stromal cell EVs, generally 50" + EN + "200 nm in size [3], "
            "stabilise endothelial junctions in models of stroke [4].",
            "Intranasal delivery is non-invasive and suitable for repeated dosing; EVs given by this "
            "route reach the spinal cord in rodents [5]. Here we tested menstrual blood-derived stromal "
            "cell EVs given intranasally after contusion in mice.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals"),
            "Forty {{sex,species,strain|female C57BL/6 mice}} (8" + EN + "10 weeks old, "
            "{{body_weight_g|18" + EN + "22 g}}) were used. The experiments were "
            "{{reported_welfare_compliance|licensed by the National Food Chain Safety Office "
            "(XXIV./2231/2020) and conducted according to Directive 2010/63/EU}}. Mice were divided into "
            "sham, SCI + vehicle, SCI + MenSC-EV and SCI + fibroblast-EV groups, {{n_per_group|10 mice "
            "each}}.",
            ("h", "Spinal cord injury"),
            "Mice were anaesthetised with ketamine–xylazine (100 and 10 mg/kg i.p.). After laminectomy at "
            "T9, a {{injury_model,injury_device|60 kdyn contusion was delivered with the Infinite "
            "Horizon device}} to the {{injury_level|T10 spinal segment}}.",
            ("h", "MenSC culture and EV isolation"),
            "MenSCs were {{source_tissue,source_species|isolated from menstrual blood of three healthy "
            "women}} (ethical permit TUKEB 118/2019) and used at passages 4" + EN + "6. Human dermal "
            "fibroblasts served as control cells. Serum-free conditioned medium (72 h) was cleared "
            "(2000 × g, 20 min), {{isolation_method,isolation_detail|concentrated by tangential flow "
            "filtration (300 kDa cut-off)}} and {{isolation_method,isolation_detail|pelleted at "
            "100,000 × g for 90 min}}. The EVs were used without any modification "
            "({{modification|unmodified EVs}}).",
            ("h", "EV characterisation"),
            "{{characterization|Nanoparticle tracking analysis}} (ZetaView), "
            "{{characterization|transmission electron microscopy}}, bead-based "
            "{{characterization|flow cytometry}} for tetraspanins and {{characterization|Western blot}} "
            "(flotillin-1, calnexin) were done.",
            ("h", "Intranasal administration"),
            "Mice were held supine under light isoflurane and received {{dose|1 × 10<sup>9</sup> "
            "particles in 10 " + MU + "l}} PBS, 2.5 " + MU + "l at a time alternating "
            "{{route,route_detail|between the nostrils}}. Hyaluronidase was not used. Treatment began "
            "{{timing_post_injury_h|4 h after injury}} and was {{frequency|repeated once daily for three "
            "days}}.",
            ("h", "Locomotion and statistics"),
            "The Basso Mouse Scale (BMS, 0" + EN + "9) and BMS subscore (0" + EN + "11) were determined "
            "on days 1, 3, 7, 14, 21 and 28 {{reported_blinded_assessment|by two investigators blinded "
            "to the groups}}. Mean ± SEM; two-way ANOVA with Bonferroni test.",
        ]),
        ("results", "Results", [
            "MenSC-EVs had a {{size_nm|median diameter of 131 nm by NTA}} and were positive for "
            "{{markers|CD9, CD63, CD81 and flotillin-1}}; calnexin was negative. DiR-labelled EVs were "
            "detected in the lesion 6 h after intranasal application.",
            "One day after injury all injured mice were nearly paralysed (BMS {bbb:SCI + vehicle@1} "
            "in the vehicle group and {bbb:SCI + MenSC-EV@1} in the EV group). By day 7 the MenSC-EV "
            "mice reached a BMS of {bbb:SCI + MenSC-EV@7}, against {bbb:SCI + vehicle@7} in vehicle "
            "controls. On day 28, MenSC-EV-treated mice scored {bbb:SCI + MenSC-EV@28}, vehicle mice "
            "{bbb:SCI + vehicle@28} and fibroblast-EV mice {bbb:SCI + fibroblast-EV@28}. BMS subscores at "
            "day 28 were 5.1 ± 0.6 and 2.2 ± 0.5, respectively.",
            ("figure", "Figure 3", "Basso Mouse Scale over 28 days. On day 14 the scores were "
             "{bbb:SCI + MenSC-EV@14} (MenSC-EV), {bbb:SCI + vehicle@14} (vehicle) and "
             "{bbb:SCI + fibroblast-EV@14} (fibroblast-EV); on day 21 {bbb:SCI + MenSC-EV@21}, "
             "{bbb:SCI + vehicle@21} and {bbb:SCI + fibroblast-EV@21}. Mean ± SEM, n = 10.",
             {"days": _D6, "groups": ["SCI + vehicle", "SCI + MenSC-EV", "SCI + fibroblast-EV"]}),
            "Evans blue extravasation at 24 h was reduced by 38% and MMP-9 activity by 45% in MenSC-EV "
            "mice. In bEnd.3 endothelial cells, 5 × 10<sup>8</sup> particles/ml MenSC-EVs preserved "
            "ZO-1 after oxygen–glucose deprivation.",
        ]),
        ("discussion", "Discussion", [
            "Intranasal MenSC-EVs improved BMS scores by about two points, which is close to the effect "
            "of intravenous umbilical cord EVs in mice (200 " + MU + "g, [6]). We suggest that "
            "{{mechanism|MenSC-EVs limit blood–spinal cord barrier leakage by inhibiting MMP-9}}.",
            "Because female mice only were studied and EV uptake routes after intranasal dosing are "
            "incompletely understood, further work is needed.",
        ]),
    ],
    back=[("Conflict of interest statement", "{{reported_conflict_of_interest|The authors have no "
           "competing interests to declare.}}")],
    references=[
        "Antal E, Kiprono W. Early breakdown of the blood–spinal cord barrier. Cord Vasc Res. 2017;4:1–13.",
        "Bódi L, Nguyen T. MMP-9 in spinal cord injury. Neural Inj Repair. 2018;7:55–67.",
        "Csonka A, Harlow B. Stromal cell extracellular vesicles. Vesicle Sci. 2019;5:20–34.",
        "Dobos K, Reyes A. EVs stabilise endothelial junctions after stroke. Stroke Regen. 2020;3:71–84.",
        "Erdős P, Walsh N. Nose-to-cord delivery of vesicles. Drug Deliv Neuro. 2021;12:150–161.",
        "Farkas I, Lee H. Intravenous umbilical cord EVs in mouse SCI. Spinal Repair Lett. 2021;7:90–99.",
    ],
    scores=Scores(
        outcome="BMS", err="sem",
        groups=[("SCI + vehicle", "control", 10), ("SCI + MenSC-EV", "treatment", 10),
                ("SCI + fibroblast-EV", "other", 10)],
        values={
            "SCI + vehicle": series(_D6, "0.3/0.1 0.6/0.2 1.4/0.3 2.1/0.3 2.6/0.3 2.9/0.3"),
            "SCI + MenSC-EV": series(_D6, "0.4/0.1 0.8/0.2 2.5/0.3 3.6/0.3 4.4/0.4 4.9/0.4"),
            "SCI + fibroblast-EV": series(_D6, "0.3/0.1 0.7/0.2 1.5/0.3 2.3/0.3 2.8/0.4 3.1/0.4"),
        }),
)

# ---------------------------------------------------------------------------------------------
# 7. Ferrante 2020: Italian group, accepted manuscript, long BBB table continued on next page
# ---------------------------------------------------------------------------------------------
_D7 = [1.0, 2.0, 3.0, 5.0, 7.0, 10.0, 14.0, 21.0, 28.0, 35.0, 42.0, 49.0, 56.0]
FERRANTE = HStudy(
    stem="ferrante2020_radsc_exo_osu_intralesional",
    layout="single",
    habits={"page": "manuscript", "footer": "Italian Journal of Spinal Research · Accepted for "
                                            "publication · Author's version"},
    title="Intralesional injection of adipose stem cell-derived exosomes promotes M2 macrophage "
          "polarisation and long-term locomotor recovery after spinal cord contusion in the rat",
    short_title="ADSC exosomes, intralesional",
    authors=[("Giulia", "Ferrante"), ("Matteo", "Lo Presti"), ("Chiara", "Bellandi"), ("Alessandro", "Zucca"),
             ("Francesca", "Novelli")],
    affiliations=["Dipartimento di Scienze Biomediche, Università di Valdarno, Italy",
                  "Laboratorio di Biologia delle Vescicole, Istituto Nazionale di Neuroscienze, Italy"],
    journal="Italian Journal of Spinal Research",
    year=2020,
    volume="33(1):41–58",
    doi="10.5555/ijsr.2020.041",
    pmid="99270107",
    pmcid="PMC9927107",
    received="2019-11-27",
    footnote=FOOTNOTE,
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male",
        "body_weight_g": {"low": 280, "high": 320}, "n_per_group": 10,
        "injury_model": "contusion", "injury_device": "OSU impactor", "injury_level": "T8",
        "source_tissue": "adipose", "source_species": "rat", "modification": "none",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000g 2 h",
        "characterization": ["TEM", "NTA", "western_blot"],
        "markers": ["CD63", "TSG101", "Alix", "GM130"],
        "size_nm": size(88.0, None, None, "mode", "NTA"),
        "dose": dose(10, "ug", 5, "protein"),
        "route": "intralesional", "route_detail": "lesion epicentre",
        "frequency": freq(1, None), "timing_post_injury_h": 0.0,
        "mechanism": "macrophage polarisation towards the M2 phenotype",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Background. Macrophages determine whether a spinal cord lesion expands or resolves. "
               "Methods. Exosomes were purified from rat adipose-derived stem cells (ADSC-exo) and "
               "injected into the lesion of rats immediately after an electromagnetic contusion; "
               "locomotion was followed for eight weeks. Results. ADSC-exo increased the proportion of "
               "CD206-positive macrophages at 7 days and improved the Basso–Beattie–Bresnahan score "
               "from the second week until the end of the study. Conclusions. A single local dose of "
               "native ADSC-exo produces lasting functional benefit."),
    ],
    keywords=["adipose-derived stem cells", "exosomes", "macrophages", "spinal cord contusion"],
    sections=[
        ("intro", "Introduction", [
            "Spinal cord injury (SCI) remains without an effective cure, and the inflammatory reaction "
            "which follows the primary trauma, dominated in the first weeks by blood-derived "
            "macrophages, is increasingly regarded as a modifiable determinant of outcome [1,2].",
            "Exosomes, nanovesicles of roughly 30" + EN + "120 nm that are released by virtually every "
            "cell type [3], have been proposed as the main effectors of the paracrine activity of "
            "adipose-derived stem cells (ADSCs), which are abundant and easily harvested [4]. Whether "
            "ADSC exosomes delivered directly into the lesion modify the macrophage response, and "
            "whether any functional benefit persists beyond one month, has not been established.",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Animals"),
            "Forty adult {{sex,species,strain|male Sprague–Dawley rats}} ({{body_weight_g|280–320 g}}; "
            "Charles River Italia) were housed in pairs. All procedures {{reported_welfare_compliance|"
            "were authorised by the Italian Ministry of Health (authorisation no. 611/2018-PR) in "
            "accordance with Legislative Decree 26/2014}}. Animals were {{reported_randomisation|"
            "assigned to groups by a randomisation list generated in R}}: sham (laminectomy only), "
            "vehicle and ADSC-exo, with {{n_per_group|10 rats per group}} in the behavioural study and "
            "10 further rats used for histology at 7 days.",
            ("h", "Surgery"),
            "Under anaesthesia with sodium pentobarbital (45 mg/kg, i.p.), a laminectomy was performed "
            "at the {{injury_level|T8 vertebra}} and a moderate injury was produced {{injury_model,"
            "injury_device|with the electromagnetic OSU impactor}} (1.1 mm displacement in 20 ms). "
            "Postoperative care comprised saline, enrofloxacin and buprenorphine (0.05 mg/kg s.c. twice "
            "daily for 3 days).",
            ("h", "ADSC culture and exosome purification"),
            "ADSCs were isolated from {{source_tissue,source_species|epididymal fat of adult SD "
            "rats}}, expanded in DMEM/F12 with 10% FBS and characterised for CD29, CD90 and CD44 "
            "positivity and CD45 negativity. At passage 4 the cells were washed and kept in serum-free "
            "medium for 48 h. The medium was centrifuged at 300g for 10 min, 2,000g for 10 min and "
            "10,000g for 30 min, and exosomes were {{isolation_method,isolation_detail|pelleted at "
            "100,000g for 2 h}} in an SW 28 rotor, washed once in PBS and resuspended in a small volume "
            "of PBS. {{modification|No treatment or genetic modification}} was applied to the cells or "
            "to the vesicles.",
            ("h", "Exosome characterisation"),
            "Vesicles were analysed by {{characterization|transmission electron microscopy}}, "
            "{{characterization|nanoparticle tracking analysis}} (NanoSight NS500) and "
            "{{characterization|immunoblotting}} for CD63, TSG101 and Alix; the Golgi protein GM130 was "
            "used to exclude cellular contamination.",
            ("h", "Intralesional injection"),
            "{{timing_post_injury_h|Immediately after the contusion}}, {{dose|10 " + MU + "g of exosomes "
            "in 5 " + MU + "l of PBS}} (or 5 " + MU + "l PBS) were {{route,route_detail|injected into the "
            "lesion epicentre}} with a pulled glass micropipette (1 " + MU + "l/min), "
            "{{frequency|as a single administration}}.",
            ("h", "Functional assessment"),
            "The BBB open-field scale was applied at 1, 2, 3, 5, 7, 10, 14, 21, 28, 35, 42, 49 and 56 "
            "days post-injury (dpi) {{reported_blinded_assessment|by two trained raters blind to the "
            "experimental groups}}; the two scores were averaged. Data are expressed as mean ± SD and "
            "were analysed by two-way repeated measures ANOVA followed by Bonferroni post hoc test.",
        ]),
        ("results", "Results", [
            ("h", "ADSC-exo"),
            "ADSC-exo appeared as cup-shaped vesicles on TEM, with diameters of 40–110 nm in the "
            "micrographs. The size profile by NTA was unimodal with a {{size_nm|modal size of 88 nm}}, "
            "and {{markers|CD63, TSG101 and Alix were enriched, whereas GM130 was undetectable}}.",
            ("h", "Locomotor recovery"),
            "Sham rats scored 21 at every time point. Injured rats were paraplegic in the first days; "
            "from 14 dpi onwards ADSC-exo rats scored significantly higher than vehicle rats, and the "
            "difference persisted to 56 dpi (Table 1).",
            ("table", "Table 1", "Time course of BBB scores (mean ± SD) in the three groups (n = 10).",
             {"orient": "rows", "days": _D7, "groups": ["Sham", "Vehicle", "ADSC-exo"],
              "day_fmt": dpi, "corner": "Time after injury", "split_after": 7, "need": 220,
              "foot": "Two-way repeated measures ANOVA, group × time interaction P < 0.001."}),
            ("h", "Macrophages"),
            "At 7 dpi the proportion of CD206<sup>+</sup> among CD68<sup>+</sup> cells was 41 ± 6% "
            "after ADSC-exo versus 17 ± 4% after vehicle. In RAW 264.7 macrophages stimulated with LPS, "
            "ADSC-exo at 50 " + MU + "g/ml increased Arg1 and reduced iNOS expression.",
        ]),
        ("discussion", "Discussion", [
            "This study shows that a single local injection of native ADSC exosomes yields a benefit "
            "that lasts at least eight weeks. Our findings point to {{mechanism|a shift of macrophage "
            "polarisation towards the M2 phenotype}} as one mechanism, in agreement with the results "
            "obtained with bone marrow exosomes given intravenously at 1 × 10<sup>11</sup> particles "
            "[5] and with hydrogel-bound umbilical cord exosomes [6].",
            "The local route requires a surgical approach that is not always clinically feasible; "
            "however, patients with SCI frequently undergo early decompression, during which a local "
            "injection could be performed.",
        ]),
    ],
    back=[("Ethics approval", "The animal study protocol was approved by the institutional "
           "animal welfare body and by the Italian Ministry of Health."),
          ("Conflict of interest", "{{reported_conflict_of_interest|The authors declare no conflict of "
           "interest.}}")],
    references=[
        "Albanese R, Okoro C. Macrophages in the injured spinal cord. Neural Inj Repair. 2017;6:1–15.",
        "Bonfanti L, Hsu M. Inflammation as a therapeutic target in SCI. Glia Repair Today. 2018;9:99–112.",
        "Cattaneo S, Lind J. Extracellular vesicle heterogeneity. Vesicle Sci. 2018;4:60–75.",
        "De Luca A, Moyo N. Adipose-derived stem cells and their secretome. Cell Ther Notes. 2017;9:12–27.",
        "Esposito V, Tanaka H. Intravenous BMSC exosomes in rat contusion. Spinal Repair Lett. 2019;5:31–42.",
        "Fontana M, Akhtar S. Hydrogel-bound exosomes after SCI. Biomater Neural Regen. 2019;12:200–214.",
    ],
    scores=Scores(
        outcome="BBB", err="sd",
        groups=[("Sham", "sham", 10), ("Vehicle", "control", 10), ("ADSC-exo", "treatment", 10)],
        values={
            "Sham": series(_D7, " ".join(["21.0/0.0"] * 13)),
            "Vehicle": series(_D7, "0.2/0.4 0.5/0.5 1.0/0.7 1.9/0.9 3.1/1.1 4.0/1.2 5.1/1.3 6.4/1.4 "
                                   "7.2/1.5 7.7/1.5 8.0/1.6 8.2/1.6 8.3/1.6"),
            "ADSC-exo": series(_D7, "0.3/0.5 0.7/0.6 1.4/0.8 2.6/1.0 4.0/1.2 5.5/1.3 7.3/1.4 9.0/1.5 "
                                    "10.1/1.6 10.8/1.6 11.3/1.7 11.6/1.7 11.8/1.8"),
        }),
)

# ---------------------------------------------------------------------------------------------
# 8. Gökçe 2023: Turkish group, twocol, hemisection, T-coded time points in the table (SEM)
# ---------------------------------------------------------------------------------------------
_D8 = [1.0, 7.0, 14.0, 21.0, 28.0, 42.0]
_TCODE = {1.0: "T1", 7.0: "T2", 14.0: "T3", 21.0: "T4", 28.0: "T5", 42.0: "T6"}
GOKCE = HStudy(
    stem="gokce2023_wjmsc_exo_hemisection_weekly_tailvein",
    layout="twocol",
    title="Weekly intravenous Wharton's jelly mesenchymal stem cell exosomes after spinal cord "
          "hemisection: effects on Wnt/β-catenin signalling and motor recovery",
    short_title="WJ-MSC exosomes after hemisection",
    authors=[("Elif", "Gökçe"), ("Mehmet Emin", "Yazıcı"), ("Selin", "Karaarslan"), ("Burak", "Özdemir")],
    affiliations=["Department of Histology and Embryology, Karadağ University Faculty of Medicine, Turkey",
                  "Stem Cell Research Unit, Karadağ University, Turkey"],
    journal="Turkish Journal of Regenerative Neuroscience",
    year=2023,
    volume="12(2):88–101",
    doi="10.5555/tjrn.2023.088",
    pmid="99270108",
    pmcid="PMC9927108",
    received="2023-01-16",
    footnote=FOOTNOTE,
    values={
        "species": "rat", "strain": "Wistar", "sex": "female",
        "body_weight_g": {"low": 220, "high": 250}, "n_per_group": 7,
        "injury_model": "hemisection", "injury_level": "T10",
        "source_tissue": "wharton_jelly", "source_species": "human",
        "isolation_method": ["ultracentrifugation", "density_gradient"],
        "isolation_detail": "OptiPrep 5-40% iodixanol gradient, 100,000 ×g 18 h",
        "characterization": ["NTA", "AFM", "western_blot"],
        "markers": ["CD9", "CD63", "CD81", "calnexin"],
        "size_nm": size(142.0, None, None, "mean", "NTA"),
        "dose": dose(2e6, "cells_equivalent", 300, None),
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": freq(4, 168), "timing_post_injury_h": 24.0,
        "mechanism": "activation of Wnt/β-catenin signalling",
        "reported_randomisation": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Aim", "To evaluate repeated intravenous exosomes from Wharton's jelly mesenchymal stem cells "
                "(WJ-MSCs) after lateral hemisection of the rat spinal cord."),
        ("Material and Methods", "Wistar albino rats underwent right T10 hemisection and received "
                                 "WJ-MSC exosomes (WJ-Exo) or saline weekly for four weeks. BBB scores "
                                 "were recorded for six weeks."),
        ("Results", "WJ-Exo increased BBB scores from T3 (day 14) and increased β-catenin and GAP-43 "
                    "expression."),
        ("Conclusion", "Weekly WJ-Exo support motor recovery after hemisection."),
    ],
    keywords=["Wharton's jelly", "exosome", "hemisection", "Wnt/β-catenin", "BBB"],
    sections=[
        ("intro", "Introduction", [
            "Spinal cord injury (SCI) affects thousands of people every year in Turkey, mostly after "
            "traffic accidents and falls from height [1]. Mesenchymal stem cells of the umbilical cord "
            "matrix, Wharton's jelly, proliferate quickly and have low immunogenicity [2].",
            "Exosomes are nano-sized (30" + EN + "150 nm) extracellular vesicles with a key role in "
            "cell-to-cell communication [3]. Wnt/β-catenin signalling supports axonal regrowth after "
            "SCI [4]. In this study we investigated whether weekly WJ-MSC exosomes activate this "
            "pathway and improve function after hemisection.",
        ]),
        ("methods", "Material and Methods", [
            ("h", "Experimental animals"),
            "The study was {{reported_welfare_compliance|approved by the Local Ethics Committee for "
            "Animal Experiments of Karadağ University (decision no. 2021/14-03)}}. Twenty-eight "
            "{{sex,species,strain|female Wistar albino rats}} ({{body_weight_g|220" + EN + "250 g}}) "
            "were {{reported_randomisation|randomly divided}} into four groups of "
            "{{n_per_group|seven rats}}: Sham, SCI, SCI + Saline and SCI + WJ-Exo.",
            ("h", "Hemisection model"),
            "Anaesthesia was provided with ketamine hydrochloride (75 mg/kg) and xylazine (8 mg/kg). "
            "Following T9" + EN + "T11 laminectomy, the right half of the spinal cord was "
            "{{injury_model|hemisected}} at the {{injury_level|T10 level}} with a microscalpel under "
            "the operating microscope.",
            ("h", "WJ-MSC culture and exosome isolation"),
            "{{source_tissue,source_species|WJ-MSCs were obtained from human umbilical cords}} (n = 3 "
            "donors, after written consent, Clinical Research Ethics Committee approval 2020/77) by the "
            "explant method, and their immunophenotype (CD73+, CD90+, CD105+, CD34−, CD45−) was "
            "confirmed by flow cytometry. Conditioned media of passage 4 cells were centrifuged at "
            "2,000 ×g (20 min) and 10,000 ×g (30 min); the crude exosome pellet obtained at 100,000 ×g "
            "(70 min) was loaded on an {{isolation_method,isolation_detail|OptiPrep 5" + EN + "40% "
            "iodixanol gradient and centrifuged at 100,000 ×g for 18 h}}. Exosome-rich fractions "
            "(1.08" + EN + "1.12 g/ml) were pooled and washed.",
            ("h", "Characterisation"),
            "Exosomes were analysed by {{characterization|nanoparticle tracking analysis}} (NanoSight "
            "NS300), {{characterization|atomic force microscopy}} and {{characterization|western "
            "blotting}} with rabbit anti-CD9, anti-CD63, anti-CD81 and anti-calnexin.",
            ("h", "Treatment protocol"),
            "Exosomes were quantified by the number of producing cells: each injection contained "
            "{{dose|exosomes obtained from 2 × 10<sup>6</sup> WJ-MSCs, suspended in 300 " + MU + "l "
            "saline}}. They were given {{route,route_detail|through the tail vein}}, the first "
            "injection {{timing_post_injury_h|24 hours after the hemisection}} and {{frequency|then once a "
            "week, four injections in total}}. The SCI + Saline group received 300 " + MU + "l saline on "
            "the same days; the SCI group received no injection.",
            ("h", "Locomotor evaluation"),
            "BBB scores were recorded for the ipsilateral (right) hindlimb at six time points: T1 (day "
            "1), T2 (day 7), T3 (day 14), T4 (day 21), T5 (day 28) and T6 (day 42). Results are given as "
            "mean ± SEM and compared with the Kruskal–Wallis test followed by Dunn's test.",
        ]),
        ("results", "Results", [
            "The exosomes had a {{size_nm|mean size of 142 nm by NTA}} and a concentration of "
            "4.6 × 10<sup>10</sup> particles/ml; AFM images showed round vesicles of 60" + EN + "180 nm. "
            "{{markers|CD9, CD63 and CD81 were positive and calnexin was negative}}.",
            "Ipsilateral BBB scores are shown in Table 2. There was no difference between the SCI and "
            "SCI + Saline groups at any time. The WJ-Exo group differed from SCI + Saline from T3.",
            ("table", "Table 2", "Ipsilateral hindlimb BBB scores at T1" + EN + "T6 (mean ± SEM, "
             "n = 7).",
             {"orient": "cols", "days": _D8, "groups": ["Sham", "SCI", "SCI + Saline", "SCI + WJ-Exo"],
              "day_fmt": _TCODE.__getitem__, "corner": "Groups"}),
            "β-catenin and GAP-43 immunoreactivity rostral to the lesion increased 2.1- and 1.8-fold in "
            "the WJ-Exo group at T6. In SH-SY5Y cells, WJ-Exo (25 " + MU + "g/ml) increased nuclear "
            "β-catenin.",
        ]),
        ("discussion", "Discussion", [
            "In our study weekly intravenous WJ-Exo improved the ipsilateral BBB score by about four "
            "points at six weeks. We think that this effect depends on {{mechanism|activation of "
            "Wnt/β-catenin signalling}} because β-catenin and GAP-43 increased in parallel.",
            "In a previous hemisection study, single intralesional injection of 50 " + MU + "g "
            "umbilical cord exosomes improved BBB by 2.3 points [5], and exosomes of 90" + EN + "110 nm "
            "were reported from Wharton's jelly cells in another work [6].",
        ]),
    ],
    back=[("Ethics", "Animal experiments were approved by the local ethics committee (see Material "
           "and Methods)."),
          ("Conflict of Interest", "{{reported_conflict_of_interest|No conflict of interest was "
           "declared by the authors.}}")],
    references=[
        "Acar M, Dlamini S. Epidemiology of traumatic spinal cord injury in Anatolia. Turk Spine Rev. 2019;6:10–18.",
        "Bilgin E, Ross K. Wharton's jelly stem cells: properties and uses. Cell Ther Notes. 2018;10:40–52.",
        "Cakir D, Lambert J. Exosome-mediated communication. Vesicle Sci. 2020;6:90–104.",
        "Demir H, Kang S. Wnt signalling after spinal cord injury. Neural Inj Repair. 2019;8:131–145.",
        "Erol T, Mbatha P. Intralesional umbilical cord exosomes after hemisection. Spinal Repair Lett. 2021;7:100–109.",
        "Fidan O, Novak J. Wharton's jelly exosome sizing. Vesicle Methods. 2021;5:44–52.",
    ],
    scores=Scores(
        outcome="BBB", err="sem",
        groups=[("Sham", "sham", 7), ("SCI", "control", 7), ("SCI + Saline", "control", 7),
                ("SCI + WJ-Exo", "treatment", 7)],
        values={
            "Sham": series(_D8, "21.0/0.0 21.0/0.0 21.0/0.0 21.0/0.0 21.0/0.0 21.0/0.0"),
            "SCI": series(_D8, "1.1/0.3 4.3/0.6 7.0/0.7 8.9/0.8 9.8/0.8 10.6/0.9"),
            "SCI + Saline": series(_D8, "1.0/0.3 4.5/0.6 7.2/0.7 9.1/0.7 10.1/0.8 10.9/0.8"),
            "SCI + WJ-Exo": series(_D8, "1.2/0.4 5.6/0.7 9.4/0.8 12.1/0.8 13.6/0.9 14.8/0.9"),
        }),
)


STUDIES = [OWUSU, TARNOCZY, FERRANTE, GOKCE]
