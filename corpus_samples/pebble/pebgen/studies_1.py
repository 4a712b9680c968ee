"""Pebble studies 1-3: two labs in China and one in India (everything invented)."""

from __future__ import annotations

from extgen.common import FOOTNOTE, GMU, NB, POOL, day_fmt, flat
from extgen.model import Scores, Study

# ---------------------------------------------------------------------------------------------
# 1. Ding et al. 2021 -- a Chinese spine-surgery lab: hUC-MSC exosomes, NYU contusion at T10,
#    single tail-vein dose, BBB table by day (SD) plus day-28 values repeated in the text.
# ---------------------------------------------------------------------------------------------
_D = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]
DING = Study(
    stem="ding2021_hucmsc_exo_nyu_tailvein_a1",
    layout="twocol",
    title="Human umbilical cord mesenchymal stem cell-derived exosomes attenuate A1 astrocyte activation "
          "and promote locomotor recovery after spinal cord contusion in rats",
    short_title="hUCMSC-Exos and A1 astrocytes after SCI",
    authors=[("Xiaowen", "Ding"), ("Lihua", "Qin"), ("Pengfei", "Zhou"), ("Yanan", "Guo"), ("Jianguo", "Fang")],
    affiliations=["Department of Spine Surgery, Second Affiliated Hospital of Huaxi Medical College (invented), Chengdu, China",
                  "Laboratory of Regenerative Orthopaedics (invented), Chengdu, China"],
    journal="Journal of Neurorestorative Research Reports",
    year=2021, volume="14(6):e0213", doi="10.5555/jnrr.2021.0213", pmid="99100401", pmcid="PMC9910401",
    received="2021-03-11",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 220, "high": 250},
        "n_per_group": 10, "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T10",
        "source_tissue": "umbilical_cord", "source_species": "human", "isolation_method": ["ultracentrifugation"],
        "isolation_detail": "100,000 × g 70 min", "characterization": ["TEM", "NTA", "western_blot"],
        "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 118.6, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 200, "unit": "ug", "volume_ul": 200, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein", "frequency": {"doses": 1, "interval_h": None},
        "timing_post_injury_h": 0.5, "mechanism": "inhibition of NF-κB-dependent A1 astrocyte activation",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Reactive astrocytes of the neurotoxic A1 phenotype contribute to secondary damage after "
         "spinal cord injury (SCI). Whether exosomes from human umbilical cord mesenchymal stem cells "
         "(hUCMSC-Exos) modulate A1 polarisation <i>in vivo</i> is unclear."),
        ("Methods", "Female rats received a T10 contusion and were given hUCMSC-Exos or no treatment. "
         "Locomotion was evaluated with the Basso, Beattie and Bresnahan (BBB) scale for 28 days; A1 markers "
         "were quantified by immunofluorescence and western blotting."),
        ("Results", "hUCMSC-Exos reduced C3<sup>+</sup>/GFAP<sup>+</sup> astrocytes, suppressed p65 "
         "phosphorylation and improved hindlimb function from day 14 onwards."),
        ("Conclusion", "hUCMSC-Exos restrain A1 astrocytes and may be a cell-free option for SCI."),
    ],
    keywords=["spinal cord injury", "exosomes", "umbilical cord mesenchymal stem cells", "A1 astrocytes", "NF-κB"],
    sections=[
        ("intro", "1. Introduction", [
            "Spinal cord injury (SCI) leaves most patients with permanent motor and sensory deficits, and the "
            "secondary injury cascade that follows the primary mechanical insult offers a therapeutic window [1,3]. "
            "Astrocytes respond to injury by becoming reactive; the A1 subtype, induced by microglia-derived "
            "IL-1α, TNF-α and C1q, loses supportive functions and becomes toxic to neurons [7].",
            "Exosomes are nanosized vesicles of 30–150 nm released by almost all cell types, carrying proteins, "
            "lipids and RNAs [2]. Mesenchymal stem cell (MSC)-derived exosomes reproduce much of the paracrine "
            "benefit of the parent cells without the risks of cell transplantation [11]. In previous work, "
            "intravenous exosomes from bone marrow MSCs at 100 μg per rat improved BBB scores to about 9 at "
            "four weeks [5]. Here we asked whether hUCMSC-derived exosomes act on A1 astrocytes.",
        ]),
        ("methods", "2. Materials and methods", [
            ("h", "2.1. Animals and ethics"),
            "A total of 30 adult {{sex,species,strain|female Sprague-Dawley (SD) rats}} "
            f"({{{{body_weight_g|220–250{NB}g}}}}) were purchased from the Experimental Animal Centre of the university "
            "(invented) and housed under a 12 h light/dark cycle with free access to food and water. "
            "{{reported_welfare_compliance|All procedures were approved by the Animal Care and Use Committee of "
            "Huaxi Medical College (approval no. HX-2019-117)}} and followed the NIH Guide for the Care and Use "
            "of Laboratory Animals. {{reported_randomisation|Rats were randomly divided into three groups}} "
            "({{n_per_group|n = 10 per group}}): Sham, SCI and SCI + Exo.",
            ("h", "2.2. Spinal cord injury model"),
            "Rats were anaesthetised with 2% pentobarbital sodium (40 mg/kg, i.p.). After a laminectomy "
            "{{injury_level|at the T10 level}}, the exposed dura was {{injury_model,injury_device|contused with an "
            "NYU impactor}} (10 g rod dropped from 25 mm). Successful injury was confirmed by tail spasm and "
            "hindlimb flutter. Sham rats received laminectomy only. Bladders were expressed manually twice a day "
            "until reflex voiding returned.",
            ("h", "2.3. Culture of hUCMSCs and isolation of exosomes"),
            "{{source_tissue,source_species|Human umbilical cord mesenchymal stem cells (hUCMSCs)}} at passages "
            "3–5 were provided by the Cell Bank of the hospital (invented) and identified by flow cytometry (CD73, "
            "CD90, CD105 positive; CD34, CD45 negative). At 80% confluence the medium was replaced with "
            "exosome-depleted medium for 48 h. The supernatant was centrifuged at 300 × g for 10 min, 2,000 × g "
            "for 10 min and 10,000 × g for 30 min at 4 °C, filtered through a 0.22 μm filter, and then "
            "{{isolation_method,isolation_detail|ultracentrifuged at 100,000 × g for 70 min}} (Optima XPN-100, "
            "Beckman Coulter). The pellet was washed in PBS, ultracentrifuged again under the same conditions "
            "and resuspended in PBS. Protein concentration was determined with a BCA kit.",
            ("h", "2.4. Identification of exosomes"),
            "The morphology of exosomes was observed by {{characterization|transmission electron microscopy "
            "(TEM)}}, size distribution was measured by {{characterization|nanoparticle tracking analysis (NTA)}} "
            "on a NanoSight NS300, and surface markers were detected by {{characterization,markers|western "
            "blotting for CD9, CD63 and TSG101, with calnexin as a negative control}}.",
            ("h", "2.5. Exosome administration"),
            "Thirty minutes after SCI, rats in the SCI + Exo group received "
            f"{{{{dose|200{NB}μg of exosomes dissolved in 200{NB}μL PBS}}}} "
            "{{route,route_detail,frequency,timing_post_injury_h|via the tail vein 30 min after injury as a "
            "single injection}}. Rats in the SCI group received no treatment.",
            ("h", "2.6. Behavioural assessment"),
            "Hindlimb motor function was assessed with the BBB locomotor rating scale (0–21) at 1, 3, 7, 14, 21 "
            "and 28 days post-injury. {{reported_blinded_assessment|Two investigators who were blinded to the "
            "grouping scored each rat}} for 4 min in an open field and the mean of their scores was used.",
            ("h", "2.7. Immunofluorescence, western blotting and statistics"),
            "Spinal cord segments centred on the lesion were harvested at day 28. Sections were stained for "
            "GFAP, C3 and S100A10. Data are expressed as mean ± standard deviation (SD). BBB scores were "
            "analysed with two-way repeated-measures ANOVA with Bonferroni correction; P < 0.05 was considered "
            "significant (GraphPad Prism 8).",
        ]),
        ("results", "3. Results", [
            ("h", "3.1. Characterisation of hUCMSC-Exos"),
            "Under TEM the vesicles displayed a typical cup-shaped, double-membrane morphology. "
            f"{{{{size_nm|NTA showed a mean particle diameter of 118.6{NB}nm}}}} with a concentration of "
            "2.4 × 10<sup>11</sup> particles/mL. CD9, CD63 and TSG101 were enriched in exosomes, whereas calnexin "
            "was detected only in cell lysates.",
            ("h", "3.2. hUCMSC-Exos improved locomotor recovery"),
            "All rats showed complete hindlimb paralysis on day 1 after injury (Table 1). BBB scores increased "
            "gradually in both injured groups, and the SCI + Exo group scored higher than the SCI group from "
            "day 14 onwards (P < 0.05). At day 28, the BBB score reached {bbb:SCI + Exo@28} in the SCI + Exo "
            "group compared with {bbb:SCI@28} in the SCI group (P < 0.01).",
            ("table", "Table 1", "BBB scores of rats in each group (mean ± SD, n = 10).",
             {"orient": "cols", "days": _D, "groups": ["Sham", "SCI", "SCI + Exo"], "day_fmt": day_fmt,
              "corner": "Group", "foot": "BBB, Basso, Beattie and Bresnahan locomotor rating scale."}),
            ("h", "3.3. hUCMSC-Exos suppressed A1 astrocytes"),
            "The proportion of C3<sup>+</sup>GFAP<sup>+</sup> cells around the lesion was 41.2% in the SCI "
            "group and 19.7% in the SCI + Exo group. Phosphorylated p65 decreased after exosome treatment, "
            "while total p65 did not change.",
        ]),
        ("discussion", "4. Discussion", [
            "In this study, hUCMSC-Exos given once intravenously reduced A1 astrocytes and improved BBB scores. "
            "{{mechanism|We propose that hUCMSC-Exos act mainly through inhibition of NF-κB-dependent A1 "
            "astrocyte activation}}, consistent with the lower phospho-p65 we observed.",
            "Other groups have used 50 to 400 μg of MSC exosomes per rat and reported final BBB scores between "
            "8 and 12 [5,11]; our results fall within that range. Limitations include the single dose, the lack "
            "of a PBS-injected group and the 4-week follow-up.",
        ]),
    ],
    references=[POOL[i] for i in (0, 1, 2, 3, 4, 5, 6, 10, 11, 12, 13)],
    scores=Scores("BBB", "sd", [("Sham", "sham", 10), ("SCI", "control", 10), ("SCI + Exo", "treatment", 10)], {
        "Sham": flat("Sham", _D, [(21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)]),
        "SCI": flat("SCI", _D, [(0.3, 0.5), (1.1, 0.7), (2.9, 1.0), (5.2, 1.2), (6.8, 1.1), (7.6, 1.3)]),
        "SCI + Exo": flat("SCI + Exo", _D, [(0.4, 0.5), (1.4, 0.8), (3.6, 1.1), (7.3, 1.4), (9.5, 1.2), (11.1, 1.5)]),
    }),
    back=[("Ethics statement", "The animal study was approved by the Animal Care and Use Committee of Huaxi "
           "Medical College (invented)."),
          ("Conflict of interest", "{{reported_conflict_of_interest|The authors declare that they have no "
           "conflicts of interest}}."),
          ("Funding", "Supported by an invented provincial science foundation grant (2020YFS0331).")],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------------
# 2. Hao et al. 2022 -- a second Chinese lab (basic medical sciences), accepted-manuscript
#    layout: miR-338-5p-loaded rat BMSC exosomes beside native ones, weight drop T9-T10,
#    three daily tail-vein doses from 1 h, merged-header table with significance markers.
# ---------------------------------------------------------------------------------------------
_H = [1.0, 3.0, 7.0, 14.0, 28.0]
HAO = Study(
    stem="hao2022_rbmsc_exos_mir338_weightdrop_iv",
    layout="manuscript",
    title="Exosomal miR-338-5p from bone marrow mesenchymal stem cells suppresses neuronal apoptosis by "
          "targeting Sox4 after spinal cord injury",
    short_title="BMSC-Exos miR-338-5p in SCI",
    authors=[("Jingyi", "Hao"), ("Weiming", "Tang"), ("Shuang", "Lu"), ("Kaixin", "Peng"), ("Dong", "Xue")],
    affiliations=["Institute of Basic Medical Sciences, Northeastern Medical University (invented), Shenyang, China"],
    journal="Molecular Neurotrauma and Repair",
    year=2022, volume="9:101877", doi="10.5555/mnr.2022.101877", pmid="99100402", pmcid="PMC9910402",
    received="2022-01-20",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male", "body_weight_g": {"low": 250, "high": 280},
        "n_per_group": 8, "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T9-T10",
        "source_tissue": "bone_marrow", "source_species": "rat", "modification": "miR-338-5p overexpression",
        "isolation_method": ["ultrafiltration", "ultracentrifugation"], "isolation_detail": "120,000 × g 90 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "CD81", "Alix", "GM130"],
        "size_nm": {"value": 126.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 100, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein", "frequency": {"doses": 3, "interval_h": 24},
        "timing_post_injury_h": 1, "mechanism": "miR-338-5p targets Sox4 to inhibit neuronal apoptosis",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Neuronal apoptosis is a major component of secondary spinal cord injury (SCI). We loaded bone "
         "marrow mesenchymal stem cell-derived exosomes (BMSC-Exos) with miR-338-5p by lentiviral "
         "overexpression in the parent cells and compared them with native BMSC-Exos in a rat contusion "
         "model. miR338-Exos reduced TUNEL-positive neurons, decreased Sox4 protein and improved Basso, "
         "Beattie and Bresnahan (BBB) scores more than BMSC-Exos. Luciferase assays confirmed Sox4 as a "
         "direct target. Exosomal miR-338-5p may be a useful cell-free therapy for SCI."),
    ],
    keywords=["miR-338-5p", "exosomes", "BMSCs", "Sox4", "apoptosis", "spinal cord injury"],
    sections=[
        ("intro", "Introduction", [
            "Spinal cord injury (SCI) causes loss of motor function below the lesion, and more than half of the "
            "neurons near the epicentre die by apoptosis within days [3]. BMSCs improve recovery in animal "
            "models mostly by paracrine effects, and their exosomes, small vesicles 40–160 nm in diameter, carry "
            "microRNAs to recipient cells [2,15].",
            "miR-338-5p is enriched in the nervous system and regulates axonal growth. Earlier reports found "
            "that exosomes given at 200 μg once reached BBB scores close to 10 at day 28 [5]. We hypothesised "
            "that enriching BMSC-Exos with miR-338-5p would enhance their anti-apoptotic effect.",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Animals"),
            "Adult {{sex,strain,species|male Wistar rats}} (8 weeks old, {{body_weight_g|250–280 g}}) were "
            "obtained from the Laboratory Animal Centre of the university. "
            "{{reported_welfare_compliance|The experimental protocol was approved by the Ethics Committee for "
            "Animal Experiments of Northeastern Medical University (No. NEMU-2020-0412)}}. "
            "{{reported_randomisation|The rats were randomly assigned using a random number table}} to Sham, "
            "SCI, BMSC-Exos and miR338-Exos groups ({{n_per_group|n = 8 rats/group}}). Two rats of the SCI group "
            "died within 48 h and were replaced, so that eight rats per group completed the study.",
            ("h", "Isolation and transfection of BMSCs"),
            "{{source_tissue,source_species|BMSCs were isolated from the femurs and tibias of 4-week-old SD "
            "rats}} by whole bone marrow adherence and used at passages 3–4. "
            "{{modification|BMSCs were transfected with a lentivirus overexpressing miR-338-5p}} (LV-miR-338-5p; "
            "invented supplier) or a negative-control lentivirus at an MOI of 50; the efficiency was confirmed "
            "by qRT-PCR.",
            ("h", "Exosome extraction and identification"),
            "Culture supernatants collected after 48 h in exosome-free medium were cleared of cells and "
            "debris (2,000 × g, 20 min; 10,000 × g, 40 min), concentrated by {{isolation_method|ultrafiltration "
            "through Amicon Ultra-15 filters (100 kDa)}} and then {{isolation_method,isolation_detail|"
            "ultracentrifuged at 120,000 × g for 90 min}} at 4 °C. The exosome pellet was resuspended in PBS and "
            "quantified by BCA assay. {{characterization|Exosome morphology was examined by TEM}}, "
            "{{characterization|particle size by NTA (ZetaView)}}, and {{characterization,markers|the exosomal "
            "markers CD63, CD81 and Alix and the Golgi marker GM130 by western blot}}.",
            ("h", "SCI model and treatment"),
            "Anaesthesia was induced with 3% isoflurane. After laminectomy at {{injury_level|T9–T10}}, "
            "{{injury_model,injury_device|a moderate contusion was produced using a modified Allen's weight "
            "drop}} device (10 g, 25 mm). One hour after injury, rats in the BMSC-Exos and miR338-Exos groups "
            "were injected with {{dose|100 μg exosomes in 100 μL PBS}} "
            "{{route,route_detail|through the tail vein}}; {{frequency,timing_post_injury_h|the injection was "
            "repeated once daily for 3 consecutive days starting 1 h after injury}}. The SCI group received "
            "an equal volume of PBS.",
            ("h", "Behavioural test"),
            "Locomotor function was evaluated using the BBB score at 1, 3, 7, 14 and 28 days after SCI "
            "{{reported_blinded_assessment|by two examiners blinded to the experimental groups}}.",
            ("h", "Statistical analysis"),
            "Data are shown as mean ± SD. One-way ANOVA followed by Tukey's post hoc test was used for "
            "comparisons among groups; P < 0.05 was considered statistically significant.",
        ]),
        ("results", "Results", [
            ("h", "Characteristics of exosomes"),
            "TEM showed round or cup-shaped vesicles with a bilayer membrane. "
            "{{size_nm|The peak size of the exosomes measured by NTA was 126 nm}}, and the particles expressed "
            "CD63, CD81 and Alix but not GM130. miR-338-5p was 11.4-fold higher in miR338-Exos than in "
            "BMSC-Exos.",
            ("h", "miR338-Exos improved functional recovery"),
            "BBB scores of the four groups are listed in Table 1. Both exosome-treated groups recovered faster "
            "than the SCI group from day 7, and the difference between miR338-Exos and BMSC-Exos became "
            "significant at day 14. On day 28 the miR338-Exos group reached {bbb:miR338-Exos@28}, versus "
            "{bbb:BMSC-Exos@28} in the BMSC-Exos group.",
            ("table", "Table 1", "BBB locomotor scores after SCI (mean ± SD; n = 8 per group).",
             {"orient": "cols", "days": _H, "groups": ["Sham", "SCI", "BMSC-Exos", "miR338-Exos"],
              "day_fmt": lambda d: f"{d:g}", "corner": "Group", "merged": "Days post-injury",
              "marks": {("BMSC-Exos", 14.0): "*", ("BMSC-Exos", 28.0): "*", ("miR338-Exos", 7.0): "*",
                        ("miR338-Exos", 14.0): "*#", ("miR338-Exos", 28.0): "*#"},
              "foot": "*P < 0.05 vs. SCI group; #P < 0.05 vs. BMSC-Exos group."}),
            ("h", "miR-338-5p targets Sox4"),
            "Sox4 protein in the lesion was reduced by 47% in the miR338-Exos group. Cleaved caspase-3 and Bax "
            "decreased, while Bcl-2 increased.",
        ]),
        ("discussion", "Discussion", [
            "{{mechanism|Our data indicate that exosomal miR-338-5p targets Sox4 to inhibit neuronal "
            "apoptosis}}, adding to the benefit native BMSC-Exos already provide. Doses of 100–200 μg are the "
            "most common in rat SCI studies [11], and a 3-day schedule was chosen to cover the peak of "
            "apoptosis.",
            "The study has limitations: only male rats were used, and the biodistribution of the vesicles was "
            "not traced.",
        ]),
    ],
    references=[POOL[i] for i in (0, 1, 2, 3, 4, 6, 8, 10, 11, 12, 13, 14, 15, 9, 7)],
    scores=Scores("BBB", "sd", [("Sham", "sham", 8), ("SCI", "control", 8), ("BMSC-Exos", "other", 8),
                                ("miR338-Exos", "treatment", 8)], {
        "Sham": flat("Sham", _H, [(21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)]),
        "SCI": flat("SCI", _H, [(0.5, 0.4), (1.3, 0.6), (3.1, 0.9), (5.4, 1.1), (7.9, 1.2)]),
        "BMSC-Exos": flat("BMSC-Exos", _H, [(0.6, 0.5), (1.6, 0.7), (3.9, 1.0), (6.8, 1.2), (9.7, 1.3)]),
        "miR338-Exos": flat("miR338-Exos", _H, [(0.6, 0.4), (1.9, 0.8), (4.8, 1.1), (8.6, 1.3), (12.2, 1.4)]),
    }),
    back=[("Conflicts of interest", "{{reported_conflict_of_interest|The authors declare no competing "
           "interests}}."),
          ("Data availability", "The data supporting the findings are available from the corresponding "
           "author on reasonable request.")],
    footnote=FOOTNOTE,
)

# ---------------------------------------------------------------------------------------------
# 3. Deshpande et al. 2020 -- an Indian translational lab: Wharton's jelly MSC exosomes from a
#    precipitation kit, clip compression at T8, daily i.p. dose per kg for 7 days from 24 h,
#    DLS size, BBB by week in the text (SEM) with a plot that repeats it.
# ---------------------------------------------------------------------------------------------
_W = [7.0, 14.0, 21.0, 28.0, 35.0, 42.0]
DESHPANDE = Study(
    stem="deshpande2020_hwjmsc_exo_clip_ip_daily",
    layout="single",
    title="Systemic delivery of human Wharton's jelly mesenchymal stem cell exosomes improves hindlimb function "
          "after compressive spinal cord injury in rats",
    short_title="WJ-MSC exosomes in compressive SCI",
    authors=[("Anagha", "Deshpande"), ("Rohit", "Nair"), ("Sunita", "Kulkarni"), ("Faizan", "Qureshi"),
             ("Meera", "Iyengar")],
    affiliations=["Centre for Stem Cell Research and Regenerative Medicine (invented), Pune, India",
                  "Department of Neurosurgery, Deccan Institute of Medical Sciences (invented), Pune, India"],
    journal="Indian Journal of Experimental Neurobiology",
    year=2020, volume="58(4): 311–322", doi="10.5555/ijen.2020.58.311", pmid="99100403", pmcid="PMC9910403",
    received="2019-11-02",
    values={
        "species": "rat", "strain": "Wistar", "sex": "female", "body_weight_g": {"low": 180, "high": 220},
        "n_per_group": 6, "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T8",
        "source_tissue": "wharton_jelly", "source_species": "human", "isolation_method": ["precipitation_kit"],
        "isolation_detail": "Total Exosome Isolation reagent", "characterization": ["DLS", "TEM", "western_blot"],
        "markers": ["CD63", "CD81", "Alix"],
        "size_nm": {"value": 96.4, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 100, "unit": "ug_per_kg", "volume_ul": 500, "basis": "protein"},
        "route": "intraperitoneal", "frequency": {"doses": 7, "interval_h": 24}, "timing_post_injury_h": 24,
        "mechanism": "reduced neuroinflammation with lower TNF-α and IL-1β",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Compressive spinal cord injury is common after vertebral fractures. Exosomes from "
         "Wharton's jelly mesenchymal stem cells (WJ-MSCs) are easy to obtain in large amounts, but their "
         "systemic use after compression injury has not been examined."),
        ("Methods", "Exosomes were isolated with a commercial precipitation reagent and injected "
         "intraperitoneally for one week after clip compression of the thoracic cord. Hindlimb function was "
         "followed for six weeks with the BBB scale."),
        ("Results", "Treated rats recovered better from week 3, with lower TNF-α and IL-1β in cord "
         "homogenates."),
        ("Conclusions", "Intraperitoneal WJ-MSC exosomes are a feasible systemic therapy after compressive SCI."),
    ],
    keywords=["Wharton's jelly", "mesenchymal stem cells", "exosomes", "compression injury", "BBB score"],
    sections=[
        ("intro", "Introduction", [
            "Traumatic spinal cord injury (SCI) affects an estimated 15–40 persons per million every year in "
            "India, most of them young men injured in road traffic accidents and falls from height [1]. "
            "Compression of the cord by bone fragments is a frequent mechanism [13].",
            "Mesenchymal stem cells (MSCs) of the umbilical cord matrix, Wharton's jelly, proliferate rapidly "
            "and are obtained without invasive procedures. Their extracellular vesicles, particularly exosomes "
            "(30–150 nm), mediate much of their anti-inflammatory effect [2,4]. Intravenous exosomes have been "
            "tested at single doses of 100–200 μg [5], whereas repeated intraperitoneal dosing is rarely "
            "studied.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Experimental animals"),
            "{{sex,strain,species|Female Wistar rats}} weighing {{body_weight_g|180–220 g}} were procured "
            "from the institutional animal house. {{reported_welfare_compliance|The study protocol was approved "
            "by the Institutional Animal Ethics Committee (IAEC/2018/CSR/07) and experiments were performed as "
            "per CPCSEA guidelines}}. Animals were divided into three groups, "
            "{{n_per_group|six rats in each group}}: sham, vehicle and WJ-Exo.",
            ("h", "Culture of WJ-MSCs"),
            "{{source_tissue,source_species|Human umbilical cords were collected after caesarean delivery with "
            "informed consent, and MSCs were isolated from Wharton's jelly}} by the explant method. Cells were "
            "characterised by flow cytometry (CD73, CD90 and CD105 > 95%; CD34, CD45 and HLA-DR < 2%) and "
            "trilineage differentiation, and passages 4–6 were used.",
            ("h", "Isolation and characterisation of exosomes"),
            "Conditioned medium (serum-free, 48 h) was centrifuged at 2000 × g for 30 min and mixed with 0.5 "
            "volumes of {{isolation_method,isolation_detail|Total Exosome Isolation reagent}} (from cell "
            "culture media; Invitrogen). After overnight incubation at 4 °C the mixture was centrifuged at "
            "10,000 × g for 1 h and the pellet resuspended in PBS. Protein content was estimated by the Bradford "
            "method. {{characterization|Hydrodynamic size was measured by dynamic light scattering (DLS)}} "
            "(Zetasizer Nano ZS), {{characterization|morphology by TEM}} after negative staining with 2% "
            "uranyl acetate, and {{characterization,markers|CD63, CD81 and Alix were detected by western "
            "blotting}}.",
            ("h", "Compression injury"),
            "Rats were anaesthetised with ketamine (80 mg/kg) and xylazine (10 mg/kg) i.p. A laminectomy was "
            "performed {{injury_level|at the T8 vertebra}} and {{injury_model,injury_device|the cord was "
            "compressed extradurally with an aneurysm clip}} (closing force 35 g) for 1 min. Sham animals "
            "underwent laminectomy alone. Post-operative care included saline, cefazolin and manual bladder "
            "expression.",
            ("h", "Treatment"),
            f"Beginning 24 h after injury, WJ-Exo rats received {{{{dose|100 {GMU}g/kg exosomal protein in "
            f"0.5 mL saline}}}} {{{{route|intraperitoneally}}}}, {{{{frequency,timing_post_injury_h|once a day for "
            "7 days beginning 24 h after injury}}. Vehicle rats received 0.5 mL saline on the same schedule.",
            ("h", "Functional assessment"),
            "{{reported_blinded_assessment|Locomotor recovery was scored weekly for six weeks on the BBB scale "
            "by two observers unaware of the treatment}}. Results are expressed as mean ± SEM; groups were "
            "compared by two-way ANOVA with Sidak's test, and P < 0.05 was taken as significant.",
        ]),
        ("results", "Results", [
            ("h", "Exosome characterisation"),
            f"{{{{size_nm|DLS showed an average hydrodynamic diameter of 96.4 ± 8.7{NB}nm}}}} with a polydispersity "
            "index of 0.21. Under TEM the vesicles were spherical, 40–110 nm across. All three markers were "
            "present in the exosome fraction.",
            ("h", "Locomotor recovery"),
            "At week 1 the scores of vehicle ({bbb:Vehicle@7}) and WJ-Exo rats ({bbb:WJ-Exo@7}) did not "
            "differ. From week 3 the WJ-Exo group scored higher ({bbb:WJ-Exo@21} vs {bbb:Vehicle@21}, "
            "P < 0.05), and by week 6 the treated rats had reached {bbb:WJ-Exo@42} compared with "
            "{bbb:Vehicle@42} in the vehicle group (P < 0.01; Fig. 2). Sham animals walked normally throughout.",
            ("figure", "Fig. 2", "Time course of BBB scores in vehicle and WJ-Exo rats after compression injury "
             "(mean ± SEM, n = 6). *P < 0.05 vs vehicle.",
             {"days": _W, "groups": ["Vehicle", "WJ-Exo"], "x": "weeks"}),
            ("h", "Cytokines"),
            "TNF-α and IL-1β in cord homogenates at week 1 were 38% and 44% lower in the WJ-Exo group than in "
            "the vehicle group.",
        ]),
        ("discussion", "Discussion", [
            "Daily intraperitoneal WJ-MSC exosomes improved locomotion after compressive SCI. "
            "{{mechanism|The benefit is likely mediated by reduced neuroinflammation, with lower TNF-α and "
            "IL-1β}} in the injured cord. Earlier studies reported a mean exosome size of about 120 nm by NTA "
            "[14]; our DLS value is smaller, as expected from the different method.",
            "The study was limited by the small group size and the absence of dose–response data.",
        ]),
    ],
    references=[POOL[i] for i in (0, 1, 2, 3, 4, 5, 6, 7, 9, 10, 11, 12, 13, 14)],
    scores=Scores("BBB", "sem", [("Sham", "sham", 6), ("Vehicle", "control", 6), ("WJ-Exo", "treatment", 6)], {
        "Vehicle": flat("Vehicle", _W, [(2.2, 0.4), (4.1, 0.5), (5.3, 0.5), (6.2, 0.6), (6.8, 0.6), (7.1, 0.5)]),
        "WJ-Exo": flat("WJ-Exo", _W, [(2.6, 0.5), (5.0, 0.6), (7.2, 0.6), (8.5, 0.7), (9.3, 0.6), (9.9, 0.7)]),
    }),
    back=[("Ethical approval", "Approved by the Institutional Animal Ethics Committee (invented)."),
          ("Declaration of competing interest", "{{reported_conflict_of_interest|The authors have no competing "
           "interests to declare}}.")],
    notes=["Fig. 2 repeats the weekly BBB values written in the text (no extra rows)."],
    footnote=FOOTNOTE,
)

STUDIES = [DING, HAO, DESHPANDE]
