"""Harbor studies 9-11 (invented): Argentinian, German and Kenyan groups."""

from __future__ import annotations

from extgen.model import Scores
from hgen.common import EN, FOOTNOTE, MU, TH, dose, freq, series, size, weeks
from hgen.render_habits import HStudy

# ---------------------------------------------------------------------------------------------
# 9. Otero 2024: Argentinian group, hydrogel in a transection gap, BBB in text as "mean (SD)"
# ---------------------------------------------------------------------------------------------
OTERO = HStudy(
    stem="otero2024_hbmsc_sev_hahydrogel_transection",
    layout="twocol",
    title="A hyaluronic acid hydrogel loaded with small extracellular vesicles from human bone marrow "
          "mesenchymal stromal cells bridges complete spinal cord transection in rats",
    short_title="sEV hydrogel in transection",
    authors=[("Valentina", "Otero"), ("Facundo", "Arrieta"), ("Lucía", "Benítez Roldán"), ("Tomás", "Quiroga")],
    affiliations=["Instituto de Investigaciones en Medicina Regenerativa (IIMR), Universidad Nacional "
                  "del Litoral Sur, Argentina"],
    journal="Acta Neurobiologica Australis",
    year=2024,
    volume="41:1187–1199",
    doi="10.5555/ana.2024.1187",
    pmid="99270109",
    pmcid="PMC9927109",
    received="2024-02-26",
    footnote=FOOTNOTE,
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 200, "high": 220}, "n_per_group": 8,
        "injury_model": "transection", "injury_level": "T9",
        "source_tissue": "bone_marrow", "source_species": "human",
        "isolation_method": ["ultrafiltration", "size_exclusion"],
        "isolation_detail": "Centricon Plus-70 100 kDa; Sepharose CL-2B column",
        "characterization": ["TEM", "NTA", "flow_cytometry", "western_blot"],
        "markers": ["CD9", "CD63", "syntenin-1", "calnexin"],
        "size_nm": size(98.7, None, None, "mean", "NTA"),
        "dose": dose(100, "ug", 20, "protein"),
        "route": "implanted_biomaterial", "route_detail": "hyaluronic acid hydrogel",
        "frequency": freq(1, None), "timing_post_injury_h": 0.0,
        "mechanism": "reduction of glial scar (CSPG) deposition permitting axonal growth",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Complete transection leaves a gap that regenerating axons rarely cross. We embedded small "
               "extracellular vesicles (sEVs) from human bone marrow mesenchymal stromal cells (hBM-MSCs) "
               "in a crosslinked hyaluronic acid (HA) hydrogel and implanted it in a 2 mm T9 gap in rats. "
               "Compared with the hydrogel alone, the sEV hydrogel reduced chondroitin sulfate "
               "proteoglycan deposition, allowed neurofilament-positive fibres into the graft and "
               "improved BBB scores at eight weeks."),
    ],
    keywords=["extracellular vesicles", "hydrogel", "hyaluronic acid", "spinal cord transection"],
    sections=[
        ("intro", "Introduction", [
            "In complete spinal cord transection, the cavity and the dense scar formed by reactive "
            "astrocytes and chondroitin sulfate proteoglycans (CSPGs) block axonal regrowth [1]. "
            "Biomaterials can fill the gap and release therapeutic cargo locally [2].",
            "Small extracellular vesicles (sEVs) — vesicles below 200 nm that include exosomes — from "
            "mesenchymal stromal cells reduce scarring in partial injuries [3]; sizes reported for MSC "
            "sEVs usually range from 70 to 150 nm [4]. Here we asked whether an HA hydrogel carrying "
            "hBM-MSC sEVs improves repair after complete transection.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals and ethics"),
            "All the procedures were {{reported_welfare_compliance|approved by the Institutional "
            "Committee for the Care and Use of Laboratory Animals (CICUAL, protocol 044/22)}}, "
            "following national law 14.346. Twenty-four adult {{sex,species,strain|female "
            "Sprague-Dawley rats}} ({{body_weight_g|200 to 220 g}}) were {{reported_randomisation|"
            "randomly allocated (random number table)}} to three groups: transection only (SCI), "
            "transection + empty HA gel (Gel) and transection + sEV-loaded HA gel (Gel-sEV); "
            "{{n_per_group|n = 8 per group}}.",
            ("h", "Complete transection"),
            "Rats were anaesthetised with isoflurane 2–2.5%. After laminectomy, the dura was opened and "
            "the cord was {{injury_model|completely transected}} at {{injury_level|T9}}, removing a 2 mm "
            "segment; completeness was verified by passing a fine hook through the gap. The gap was "
            "filled immediately with 20 " + MU + "l of gel, or left empty (SCI group).",
            ("h", "hBM-MSC and sEV production"),
            "hBM-MSCs were {{source_tissue,source_species|isolated from bone marrow aspirates of "
            "healthy adult donors}} (hospital ethics approval 2021-118) and grown in a hollow-fibre "
            "bioreactor in xeno-free medium. The harvested medium was cleared (2,000 × g, 20 min), "
            "{{isolation_method,isolation_detail|concentrated with Centricon Plus-70 filters "
            "(100 kDa)}} and separated on {{isolation_method,isolation_detail|Sepharose CL-2B "
            "size-exclusion columns}}; sEV-rich early fractions were pooled.",
            ("h", "sEV characterisation"),
            "sEVs were characterised by {{characterization|TEM}}, {{characterization|NTA}} (NanoSight "
            "NS300), {{characterization|flow cytometry}} of bead-captured sEVs (CD9, CD63) and "
            "{{characterization|western blot}} for syntenin-1 and calnexin.",
            ("h", "Hydrogel preparation"),
            "Thiolated HA (1% w/v) was mixed with PEGDA crosslinker; for Gel-sEV, {{dose|100 " + MU +
            "g of sEV protein were incorporated into each 20 " + MU + "l}} gel before gelation. "
            "{{route,route_detail|The hyaluronic acid hydrogel was implanted into the transection "
            "gap}} {{timing_post_injury_h|immediately after the transection}} ({{frequency|single "
            "implantation}}). In vitro, 60% of the sEVs were released within 7 days.",
            ("h", "Behaviour and statistics"),
            "BBB scores were obtained before surgery and at days 7, 28 and 56 "
            "{{reported_blinded_assessment|by two observers blinded to the groups}}. Results are "
            "expressed as mean (SD). One-way ANOVA with Tukey's test at each time point was used.",
        ]),
        ("results", "Results", [
            "The sEVs had a {{size_nm|mean diameter of 98.7 nm}} by NTA, with 90% of particles smaller "
            "than 160 nm. {{markers|CD9, CD63 and syntenin-1 were detected, and calnexin was "
            "absent}}.",
            "All rats had a BBB of 21 before surgery. A week after transection, hindlimb movements were "
            "minimal in every group: {bbb:SCI@7|paren}, {bbb:Gel@7|paren} and {bbb:Gel-sEV@7|paren} "
            "for SCI, Gel and Gel-sEV rats. At day 28, Gel-sEV rats reached {bbb:Gel-sEV@28|paren} "
            "compared with {bbb:Gel@28|paren} for Gel and {bbb:SCI@28|paren} for SCI.",
            "At 8 weeks the Gel-sEV group scored {bbb:Gel-sEV@56|paren}, significantly above both Gel "
            "({bbb:Gel@56|paren}) and SCI ({bbb:SCI@56|paren}) (P < 0.01).",
            "CSPG (CS-56) immunoreactivity at the rostral interface was 47% lower, and neurofilament-200 "
            "positive fibres entered the Gel-sEV graft over 1.1 ± 0.3 mm.",
        ]),
        ("discussion", "Discussion", [
            "The sEV-loaded gel produced a modest but consistent improvement, in line with the 2" + EN +
            "3 point gains described for collagen scaffolds with umbilical cord exosomes (200 " + MU +
            "g per rat [5]). We believe the sEVs act through {{mechanism|reduced CSPG deposition in the "
            "glial scar, which permits axonal growth}} into the graft.",
            "Because the gap was complete, part of the recovery probably reflects spinal reflex "
            "stepping; longer follow-up and tracing are needed.",
        ]),
    ],
    back=[("Conflict of interest", "{{reported_conflict_of_interest|The authors declare no conflict of "
           "interest.}}"),
          ("Funding", "Agencia Nacional de Promoción Científica, PICT-2021-0917.")],
    references=[
        "Aranda M, Schulz K. Scar barriers after complete transection. Neural Inj Repair. 2019;8:70–84.",
        "Bustos C, Han J. Biomaterials that bridge the injured cord. Biomater Neural Regen. 2020;13:1–20.",
        "Cabrera L, Ito R. MSC vesicles reduce scarring. Spinal Repair Lett. 2021;7:20–29.",
        "Domínguez F, Kaur P. Size of MSC small EVs: a survey. Vesicle Methods. 2022;6:10–22.",
        "Echeverría S, Li W. Collagen scaffolds with exosomes after transection. Biomater Neural Regen. 2022;15:300–312.",
    ],
    scores=Scores(
        outcome="BBB", err="sd",
        groups=[("SCI", "control", 8), ("Gel", "other", 8), ("Gel-sEV", "treatment", 8)],
        values={
            "SCI": {7.0: (0.4, 0.5), 28.0: (1.9, 0.9), 56.0: (2.6, 1.1)},
            "Gel": {7.0: (0.5, 0.5), 28.0: (2.3, 1.0), 56.0: (3.1, 1.2)},
            "Gel-sEV": {7.0: (0.6, 0.7), 28.0: (3.8, 1.1), 56.0: (5.4, 1.3)},
        }),
)

# ---------------------------------------------------------------------------------------------
# 10. Wendt 2018: German group, three-column journal, landscape table page, letters as markers
# ---------------------------------------------------------------------------------------------
_D10 = [1.0, 3.0, 7.0, 10.0, 14.0, 21.0, 28.0, 35.0, 42.0]
WENDT = HStudy(
    stem="wendt2018_3d_rbmsc_exo_lewis_everyotherday",
    layout="twocol",
    habits={"page": "threecol", "header": "Experimental Neuroregeneration · Research Paper",
            "footer": "Exp Neuroregen (2018) · © Synthetic Test Press"},
    title="Exosomes from three-dimensional spheroid cultures of rat bone marrow mesenchymal stem "
          "cells outperform monolayer-derived exosomes after spinal cord contusion",
    short_title="Spheroid MSC exosomes after contusion",
    authors=[("Katharina", "Wendt"), ("Lukas", "Brandstätter"), ("Miriam", "Eichhorn"), ("Jan-Hendrik", "Voss"),
             ("Sabine", "Kröger")],
    affiliations=["Klinik für Neurochirurgie, Universitätsklinikum Auental, Germany",
                  "Institut für Zellbiologie, Universität Auental, Germany"],
    journal="Experimental Neuroregeneration",
    year=2018,
    volume="9(6):612–627",
    doi="10.5555/expnr.2018.612",
    pmid="99270110",
    pmcid="PMC9927110",
    received="2018-03-05",
    footnote=FOOTNOTE,
    values={
        "species": "rat", "strain": "Lewis", "sex": "female",
        "body_weight_g": {"low": 180, "high": 200}, "n_per_group": 11,
        "injury_model": "contusion", "injury_device": "Infinite Horizon impactor", "injury_level": "T11",
        "source_tissue": "bone_marrow", "source_species": "rat", "modification": "3D spheroid culture",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 × g 75 min, twice",
        "characterization": ["TEM", "NTA", "western_blot"],
        "markers": ["CD9", "CD63", "Alix", "TSG101", "calnexin"],
        "size_nm": size(101.0, None, None, "mode", "NTA"),
        "dose": dose(400, "ug_per_kg", 500, "protein"),
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": freq(3, 48), "timing_post_injury_h": 2.0,
        "mechanism": "miR-21-mediated PTEN suppression protecting neurons from apoptosis",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Three-dimensional (3D) culture changes the secretome of mesenchymal stem cells "
                       "(MSCs). We compared exosomes from 3D spheroids (3D-Exo) and from monolayers "
                       "(2D-Exo) of rat bone marrow MSCs in spinal cord contusion."),
        ("Methods", "Female Lewis rats received 3D-Exo, 2D-Exo or saline intravenously, three times "
                    "every other day, starting 2 h after a 200 kdyn contusion at T11. Locomotion was "
                    "followed for six weeks."),
        ("Results", "3D-Exo contained 4.3-fold more miR-21, reduced neuronal apoptosis and improved "
                    "BBB scores more than 2D-Exo."),
    ],
    keywords=["3D culture", "spheroids", "mesenchymal stem cells", "exosomes", "PTEN"],
    sections=[
        ("intro", "Introduction", [
            "Monolayer expansion on plastic is known to alter the phenotype of mesenchymal stem cells "
            "(MSCs), and spheroid culture restores part of their native properties [1]. Exosomes, "
            "defined in many reviews as vesicles of 30" + EN + "100 nm [2], mediate much of the "
            "paracrine effect of MSCs in neurotrauma [3].",
            "Whether the culture format of the parent cells influences the therapeutic efficacy of MSC "
            "exosomes in spinal cord injury (SCI) is unknown. We therefore compared exosomes from "
            "spheroid and monolayer cultures of the same donor cells.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals"),
            "Experiments were {{reported_welfare_compliance|approved by the state authority "
            "(Landesamt für Verbraucherschutz, Az. 33.19-42502-04-17/2511) and performed according to "
            "the German Animal Welfare Act}}. We used 48 {{sex,species,strain|female Lewis rats}} "
            "(Charles River, {{body_weight_g|180" + EN + "200 g}}). {{reported_sample_size_calculation|"
            "Sample size was determined by power analysis}} (G*Power; effect size 1.3, power 0.8) and "
            "rats were {{reported_randomisation|assigned to groups by computer-generated "
            "randomisation}}: sham, SCI + NaCl, 2D-Exo and 3D-Exo ({{n_per_group|n = 11 per group}}, "
            "plus 4 spare animals).",
            ("h", "Contusion injury"),
            "Rats were anaesthetised by intraperitoneal injection of ketamine (100 mg/kg) and xylazine "
            "(5 mg/kg). After a {{injury_level|laminectomy at T11}}, the dorsal surface of the cord "
            "was contused {{injury_model,injury_device|using the Infinite Horizon impactor}} at "
            "200 kdyn; impact force and displacement were recorded for every animal.",
            ("h", "MSC culture"),
            "MSCs were {{source_tissue,source_species|isolated from the femoral bone marrow of Lewis "
            "rats}} and expanded to passage 3. For {{modification|3D spheroid culture}}, 2.5 × "
            "10<sup>4</sup> cells per well were seeded into ultra-low attachment 96-well plates and "
            "allowed to aggregate for 72 h; 2D cultures were seeded on standard flasks at equal cell "
            "numbers.",
            ("h", "Exosome isolation and characterisation"),
            "Conditioned medium (serum-free, 48 h) was sequentially centrifuged at 300 × g, 2,000 × g "
            "and 10,000 × g, and {{isolation_method,isolation_detail|exosomes were pelleted twice at "
            "100,000 × g for 75 min}} (Beckman SW 32 Ti). Exosomes were examined by "
            "{{characterization|electron microscopy}}, {{characterization|nanoparticle tracking}} "
            "(NanoSight NS300) and {{characterization|immunoblotting}} for CD9, CD63, Alix, TSG101 and "
            "calnexin (mouse monoclonal antibodies; donkey anti-mouse IRDye secondary antibodies). "
            "miR-21 was quantified by RT-qPCR.",
            ("h", "Treatment"),
            "Each dose was {{dose|400 " + MU + "g/kg body weight (exosome protein) in 500 " + MU +
            "l NaCl 0.9%}}, {{route,route_detail|injected into the lateral tail vein}}. The first "
            "injection was given {{timing_post_injury_h|2 h after contusion}}; {{frequency|two further "
            "injections followed at 48 h intervals}}.",
            ("h", "Functional outcome"),
            "BBB scores were obtained pre-operatively and on days 1, 3, 7, 10, 14, 21, 28, 35 and 42 "
            "after SCI {{reported_blinded_assessment|by investigators unaware of the treatment}}. "
            "Values are mean ± SD. Repeated-measures ANOVA with Tukey's post hoc test.",
        ]),
        ("results", "Results", [
            "3D-Exo and 2D-Exo were morphologically indistinguishable. The {{size_nm|modal diameter by "
            "NTA was 101 nm}} for 3D-Exo and 109 nm for 2D-Exo. {{markers|CD9, CD63, Alix and TSG101 "
            "were present, calnexin was not detected}}. Spheroids yielded 2.6-fold more particles per "
            "cell, and 3D-Exo contained 4.3-fold more miR-21.",
            "Pre-operative BBB scores were 21 in all animals. The course of locomotor recovery is shown "
            "in Table 3. From day 14, 3D-Exo rats scored higher than NaCl-treated rats, and from day 21 "
            "also higher than 2D-Exo rats.",
            ("table", "Table 3", "BBB locomotor scores (mean ± SD) of the four groups over 42 days "
             "(n = 11 per group).",
             {"orient": "cols", "days": _D10, "groups": ["Sham", "SCI + NaCl", "2D-Exo", "3D-Exo"],
              "day_fmt": lambda d: f"d {d:g}", "corner": "Group", "merged": "BBB score (days post-injury)",
              "landscape": True,
              "marks": {("3D-Exo", 14.0): "a", ("3D-Exo", 21.0): "a,b", ("3D-Exo", 28.0): "a,b",
                        ("3D-Exo", 35.0): "a,b", ("3D-Exo", 42.0): "a,b", ("2D-Exo", 28.0): "a",
                        ("2D-Exo", 35.0): "a", ("2D-Exo", 42.0): "a"},
              "foot": "a P < 0.05 versus SCI + NaCl; b P < 0.05 versus 2D-Exo."}),
            "TUNEL-positive neurons in the ventral horn at day 3 were reduced by 52% after 3D-Exo and "
            "by 24% after 2D-Exo, accompanied by lower PTEN and higher p-Akt. Primary cortical neurons "
            "exposed to glutamate survived better with 3D-Exo (20 " + MU + "g/ml).",
        ]),
        ("discussion", "Discussion", [
            "Spheroid culture increased both the yield and the potency of MSC exosomes. Our data point "
            "to {{mechanism|miR-21-mediated suppression of PTEN, which protects neurons from "
            "apoptosis}}, as described for miR-21-rich vesicles in other models [4].",
            "Previous studies with monolayer MSC exosomes used single intravenous doses of 100 " + MU +
            "g [3] or 1 mg/kg [5] and obtained BBB improvements of 2" + EN + "3 points, similar to our "
            "2D-Exo group.",
        ]),
    ],
    back=[("Conflict of interest", "{{reported_conflict_of_interest|The authors declare that they have "
           "no competing interests.}}")],
    references=[
        "Althoff R, Sim J. Spheroid culture restores MSC properties. Cell Cond Stud. 2016;2:14–29.",
        "Baumgart T, Olsen N. Exosomes and other extracellular vesicles. Vesicle Sci. 2016;2:40–52.",
        "Clausen M, Ayodele F. MSC exosomes in neurotrauma. Neural Inj Repair. 2017;6:100–118.",
        "Dörfler A, Chen Q. miR-21 and PTEN in neuronal survival. RNA Ther Notes. 2017;4:70–81.",
        "Ehlers J, Santos P. Dose of intravenous MSC exosomes in rat SCI. Spinal Repair Lett. 2017;3:120–131.",
    ],
    scores=Scores(
        outcome="BBB", err="sd",
        groups=[("Sham", "sham", 11), ("SCI + NaCl", "control", 11), ("2D-Exo", "other", 11),
                ("3D-Exo", "treatment", 11)],
        values={
            "Sham": series(_D10, " ".join(["21.0/0.0"] * 9)),
            "SCI + NaCl": series(_D10, "0.2/0.4 0.9/0.7 2.6/1.0 3.8/1.1 5.0/1.3 6.4/1.4 7.1/1.4 7.6/1.5 "
                                       "7.9/1.5"),
            "2D-Exo": series(_D10, "0.3/0.5 1.1/0.7 3.0/1.1 4.4/1.2 5.9/1.3 7.6/1.4 8.6/1.5 9.2/1.5 "
                                   "9.5/1.6"),
            "3D-Exo": series(_D10, "0.3/0.5 1.3/0.8 3.6/1.1 5.3/1.2 7.4/1.3 9.6/1.4 10.9/1.5 11.6/1.6 "
                                   "12.0/1.6"),
        }),
)

# ---------------------------------------------------------------------------------------------
# 11. Githinji 2022: Kenyan group, single layout, siRNA loading, lumbar puncture, weeks in rows
# ---------------------------------------------------------------------------------------------
_D11 = [7.0, 14.0, 21.0, 28.0, 35.0, 42.0]
GITHINJI = HStudy(
    stem="githinji2022_hucmsc_sipten_exo_lumbar_delayed",
    layout="single",
    title="Delayed intrathecal delivery of umbilical cord mesenchymal stem cell exosomes loaded with "
          "PTEN siRNA promotes axonal sprouting after spinal cord contusion in Long-Evans rats",
    short_title="siPTEN exosomes, delayed intrathecal",
    authors=[("Wanjiku", "Githinji"), ("Otieno", "Ochieng"), ("Grace", "Mwikali"), ("Samuel", "Kiprotich"),
             ("Amina", "Haji")],
    affiliations=["Department of Medical Physiology, Rift Valley School of Medicine, Kenya",
                  "Centre for Biomedical Engineering, Lakeside Institute of Technology, Kenya"],
    journal="East African Journal of Biomedical Research",
    year=2022,
    volume="15(3):205–219",
    doi="10.5555/eajbr.2022.205",
    pmid="99270111",
    pmcid="PMC9927111",
    received="2022-07-21",
    footnote=FOOTNOTE,
    values={
        "species": "rat", "strain": "Long-Evans", "sex": "male",
        "body_weight_g": {"low": 300, "high": 350}, "n_per_group": 8,
        "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T10",
        "source_tissue": "umbilical_cord", "source_species": "human", "modification": "siRNA PTEN loading",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "120 000 × g 2 h",
        "characterization": ["TEM", "DLS", "western_blot"],
        "markers": ["CD63", "CD81", "TSG101"],
        "size_nm": size(None, 35, 140, None, "TEM"),
        "dose": dose(2, "mg_per_kg", 30, "protein"),
        "route": "intrathecal", "route_detail": "lumbar puncture",
        "frequency": freq(1, None), "timing_post_injury_h": 72.0,
        "mechanism": "PTEN knockdown activating mTOR-dependent axonal regrowth",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "PTEN limits intrinsic axon growth after spinal cord injury. Exosomes from human "
               "umbilical cord mesenchymal stem cells (hUCMSCs) were electroporated with PTEN siRNA "
               "(Exo-siPTEN) and delivered once by lumbar puncture three days after a 25 mm NYU "
               "contusion. Exo-siPTEN reduced PTEN in the cord, increased 5-HT-positive fibres caudal to "
               "the lesion and improved BBB scores over six weeks compared with exosomes carrying a "
               "scrambled siRNA (Exo-siNC) and vehicle."),
    ],
    keywords=["PTEN", "siRNA", "exosomes", "intrathecal", "axon regeneration", "umbilical cord"],
    sections=[
        ("intro", "Introduction", [
            "Adult central neurons regenerate poorly, in part because the phosphatase PTEN restrains "
            "mTOR signalling [1]. Genetic deletion of PTEN enables robust regrowth of corticospinal "
            "axons, but a clinically usable way to silence PTEN is lacking [2].",
            "Exosomes — membrane vesicles with diameters commonly cited as 40" + EN + "160 nm [3] — can "
            "be loaded with small RNAs by electroporation [4]. Most exosome studies in SCI treat within "
            "hours; in practice patients reach specialised centres later. We therefore tested a single "
            "delayed intrathecal injection of siPTEN-loaded exosomes.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Experimental animals"),
            "Thirty-two adult {{sex,species,strain|male Long-Evans rats}} ({{body_weight_g|300" + EN +
            "350 g}}) were used. The protocol was {{reported_welfare_compliance|approved by the "
            "Institutional Animal Care and Use Committee of the Rift Valley School of Medicine "
            "(RVSM/IACUC/2020/044)}}. Rats were {{reported_randomisation|randomised by coin toss in "
            "blocks of four}} into sham, vehicle, Exo-siNC and Exo-siPTEN groups "
            "({{n_per_group|eight animals each}}).",
            ("h", "Contusion"),
            "Rats were anaesthetised with ketamine (75 mg/kg) and medetomidine (0.5 mg/kg) "
            "intraperitoneally. The T10 lamina was removed and a {{injury_model,injury_device|contusion "
            "was produced with the NYU impactor}} (10 g, 25 mm) at the {{injury_level|T10 cord "
            "segment}}.",
            ("h", "Exosome isolation and siRNA loading"),
            "{{source_tissue,source_species|hUCMSCs from human umbilical cords}} (passage 3" + EN + "5) "
            "were grown in exosome-depleted medium for 48 h. Supernatants were centrifuged at 500 × g, "
            "3000 × g and 16" + TH + "500 × g, filtered (0.22 " + MU + "m) and "
            "{{isolation_method,isolation_detail|ultracentrifuged at 120" + TH + "000 × g for 2 h}}. "
            "Exosomes (100 " + MU + "g protein) were mixed with 100 pmol of Cy3-labelled PTEN siRNA or "
            "scrambled siRNA and {{modification|electroporated with PTEN siRNA}} (400 V, 125 " + MU +
            "F), then re-isolated to remove free siRNA.",
            ("h", "Characterisation"),
            "Morphology and size were determined by {{characterization|transmission electron "
            "microscopy}}; hydrodynamic size by {{characterization|dynamic light scattering}} "
            "(Malvern); markers by {{characterization|western blot}} using goat anti-CD63, rabbit "
            "anti-CD81 and rabbit anti-TSG101.",
            ("h", "Intrathecal injection"),
            "{{timing_post_injury_h|Three days (72 h) after contusion}}, rats were briefly anaesthetised "
            "with isoflurane and {{dose|2 mg/kg of exosomes in 30 " + MU + "l artificial CSF}} was "
            "injected {{route,route_detail|by lumbar puncture}} between the L4 and L5 vertebrae with a "
            "30 G needle; a tail flick confirmed intrathecal placement. {{frequency|Only one injection "
            "was given.}}",
            ("h", "Locomotor testing"),
            "BBB scores were assessed weekly for six weeks {{reported_blinded_assessment|by two "
            "observers blinded to treatment}}; the ladder walk test was done at week 6. Data are "
            "presented as mean ± SEM; groups were compared by two-way ANOVA with Sidak's correction.",
        ]),
        ("results", "Results", [
            "TEM showed cup-shaped vesicles with {{size_nm|diameters between 35 and 140 nm}}; DLS gave "
            "a broader peak centred near 160 nm, as expected for hydrodynamic size. {{markers|CD63, CD81 "
            "and TSG101 were detected}}. Loading efficiency was 31%, and PTEN mRNA in the injured cord "
            "fell by 58% at day 7.",
            "Vehicle-treated rats reached {bbb:Vehicle@42} at week 6, Exo-siNC rats {bbb:Exo-siNC@42} "
            "and Exo-siPTEN rats {bbb:Exo-siPTEN@42} (P < 0.01 vs vehicle). Weekly values are listed in "
            "Table 1.",
            ("table", "Table 1", "BBB scores by week after injury (mean ± SEM, n = 8).",
             {"orient": "rows", "days": _D11, "groups": ["Vehicle", "Exo-siNC", "Exo-siPTEN"],
              "day_fmt": weeks, "corner": "Time"}),
            "Foot faults in the ladder walk at week 6 were 38 ± 4% (vehicle) and 21 ± 3% "
            "(Exo-siPTEN). 5-HT-positive fibres below the lesion doubled. In dorsal root ganglion "
            "neurons, Exo-siPTEN (10 " + MU + "g/ml) increased neurite length by 70%.",
        ]),
        ("discussion", "Discussion", [
            "A single delayed intrathecal injection of Exo-siPTEN improved locomotor recovery by about "
            "three BBB points over vehicle. The effect is consistent with {{mechanism|PTEN knockdown "
            "that activates mTOR-dependent axonal regrowth}}, as shown by the increase in 5-HT fibres.",
            "Earlier work delivered siPTEN with intranasal MSC exosomes (a total of 1.5 × 10<sup>11</sup> "
            "particles [5]) and reported improvement in 10 of 16 rats. Intrathecal dosing by lumbar "
            "puncture is routine in patients, which makes our approach easy to translate.",
        ]),
    ],
    back=[("Competing interests", "{{reported_conflict_of_interest|The authors have declared that no "
           "competing interests exist.}}"),
          ("Ethics approval", "See Materials and methods.")],
    references=[
        "Achieng R, Müller S. PTEN and intrinsic axon growth. Neural Inj Repair. 2018;7:1–14.",
        "Bett K, Olsson L. PTEN deletion and corticospinal regeneration. Spinal Repair Lett. 2019;5:50–61.",
        "Chege J, Ramos D. Exosome size and composition. Vesicle Sci. 2019;5:100–112.",
        "Dida M, Hoffmann C. Electroporation loading of exosomes. Vesicle Methods. 2020;4:30–41.",
        "Ekeno P, Zhou L. Intranasal siPTEN exosomes after SCI. Drug Deliv Neuro. 2021;12:200–212.",
    ],
    scores=Scores(
        outcome="BBB", err="sem",
        groups=[("Vehicle", "control", 8), ("Exo-siNC", "other", 8), ("Exo-siPTEN", "treatment", 8)],
        values={
            "Vehicle": series(_D11, "2.9/0.4 5.0/0.5 6.4/0.5 7.3/0.6 7.9/0.6 8.2/0.6"),
            "Exo-siNC": series(_D11, "3.1/0.4 5.3/0.5 6.9/0.6 7.8/0.6 8.5/0.6 8.9/0.7"),
            "Exo-siPTEN": series(_D11, "3.4/0.5 6.2/0.5 8.3/0.6 9.6/0.6 10.6/0.7 11.3/0.7"),
        }),
)

STUDIES = [OTERO, WENDT, GITHINJI]
