"""Harbor studies 1-4 (invented): Scandinavian, Mexican, Norwegian and Japanese groups."""

from __future__ import annotations

from extgen.model import Scores
from hgen.common import (
                         EN,
                         FOOTNOTE,
                         GMU,
                         MU,
                         TH,
                         day_word,
                         dose,
                         dpi,
                         freq,
                         series,
                         size,
)
from hgen.render_habits import HStudy

# ---------------------------------------------------------------------------------------------
# 1. Fagerlund 2019: Swedish group, British spelling, single layout, BBB table groups x days (SD)
# ---------------------------------------------------------------------------------------------
_D1 = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]
FAGERLUND = HStudy(
    stem="fagerlund2019_hucmsc_exo_nyu_tailvein",
    layout="single",
    title="Systemically delivered exosomes from human umbilical cord mesenchymal stromal cells temper "
          "astrocyte reactivity and improve hindlimb function after thoracic contusion in rats",
    short_title="hUCMSC exosomes after thoracic contusion",
    authors=[("Linnea", "Fagerlund"), ("Oskar", "Hedqvist"), ("Maja", "Sandell"), ("Petter", "Lövgren"),
             ("Annika", "Rosvall")],
    affiliations=["Department of Neuroscience, Norrvik University, Uppsala-Norrvik, Sweden",
                  "Core Facility for Vesicle Analysis, Norrvik University Hospital, Sweden"],
    journal="Scandinavian Journal of Neural Repair",
    year=2019,
    volume="11(4):233–247",
    doi="10.5555/sjnr.2019.0233",
    pmid="99270101",
    pmcid="PMC9927101",
    received="2019-02-14",
    footnote=FOOTNOTE,
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 220, "high": 260}, "n_per_group": 12,
        "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T10",
        "source_tissue": "umbilical_cord", "source_species": "human", "modification": "none",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100 000 × g 70 min, twice",
        "characterization": ["TEM", "NTA", "western_blot"],
        "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": size(112.4, None, None, "mean", "NTA"),
        "dose": dose(100, "ug", 500, "protein"),
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": freq(1, None), "timing_post_injury_h": 1.0,
        "mechanism": "suppression of A1 astrocyte activation through NF-κB signalling",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Mesenchymal stromal cell (MSC) secretome products are being tested in experimental spinal "
               "cord injury (SCI), but how systemic exosomes act on the glial scar is not settled. We "
               "isolated exosomes from {{source_tissue,source_species|human umbilical cord MSCs}} "
               "(hUCMSC-Exo) and gave them intravenously to rats after a moderate thoracic contusion. "
               "Treated animals recovered more hindlimb function over four weeks than vehicle-treated "
               "animals, and the lesion contained fewer C3-positive astrocytes. The data suggest that "
               "hUCMSC-Exo act partly by damping astrocytic NF-κB activity."),
    ],
    keywords=["spinal cord injury", "exosomes", "umbilical cord", "astrocytes", "NF-κB"],
    sections=[
        ("intro", "Introduction", [
            "Traumatic spinal cord injury leaves most patients with permanent motor and autonomic "
            "deficits, and no pharmacological treatment has so far changed long-term outcome [1]. After "
            "the primary mechanical insult, a secondary cascade of oedema, inflammation and glial "
            "activation enlarges the lesion over days to weeks [2].",
            "Exosomes are endosome-derived membrane vesicles, conventionally described as 30" + EN +
            "150 nm across, which carry proteins, lipids and RNAs from their parent cell [3]. Vesicles "
            "from MSCs reproduce much of the benefit of the cells themselves without the risk of "
            "ectopic tissue formation [4,5]. Reactive astrocytes of the neurotoxic, complement "
            "component 3 (C3)-positive type accumulate around contusion lesions [6]; whether MSC "
            "exosomes modify this response has received little attention.",
            "We therefore asked whether a single intravenous dose of hUCMSC-Exo improves open-field "
            "locomotion in contused rats and whether this coincides with fewer C3-positive astrocytes.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals and ethics"),
            "All procedures were approved by the {{reported_welfare_compliance|Uppsala-Norrvik regional "
            "animal ethics committee (permit 5.8.18-04417/2017)}} and reported according to the ARRIVE "
            "guidelines. Adult female {{species,strain,sex|Sprague" + EN + "Dawley rats}} "
            "({{body_weight_g|220" + EN + "260 g}}; Scanbur, Sweden) were kept two per cage on a 12 h "
            "light/dark cycle with food and water ad libitum. Female rats were used because manual "
            "bladder expression is easier and urinary complications are fewer.",
            "Thirty-six rats were {{reported_randomisation|allocated with a computer-generated random "
            "sequence}} to sham operation, SCI + PBS or SCI + Exo ({{n_per_group|n = 12 per group}}). "
            "Sham animals received a laminectomy only.",
            ("h", "Contusion injury"),
            "Rats were anaesthetised with isoflurane (4% induction, 2% maintenance in O<sub>2</sub>) and "
            "given buprenorphine 0.05 mg/kg subcutaneously before surgery. After a laminectomy at the "
            "{{injury_level|tenth thoracic vertebra}}, the exposed cord was {{injury_model,injury_device|"
            "contused with the NYU impactor}} (10 g rod, 25 mm drop). Rats with impact velocity "
            "deviating more than 5% from target were excluded a priori. Bladders were emptied twice "
            "daily until reflex voiding returned.",
            ("h", "Cell culture and exosome isolation"),
            "hUCMSCs (passage 4" + EN + "6) were purchased from a certified tissue bank and expanded in "
            "α-MEM with 10% fetal bovine serum. At 80% confluence the medium was changed to serum-free "
            "α-MEM for 48 h. The conditioned medium was cleared at 300 × g for 10 min, 2000 × g for "
            "20 min and 10" + TH + "000 × g for 30 min, passed through a 0.22 " + MU + "m filter and "
            "{{isolation_method,isolation_detail|ultracentrifuged twice at 100" + TH + "000 × g for "
            "70 min}} (Type 70 Ti rotor, 4 °C). The pellet was taken up in PBS, and protein was "
            "measured by BCA assay. The vesicles were not manipulated in any way ({{modification|native "
            "exosomes}}).",
            ("h", "Characterisation"),
            "Morphology was examined by {{characterization|transmission electron microscopy}} after "
            "negative staining with 2% uranyl acetate. Size distribution and concentration were "
            "measured by {{characterization|nanoparticle tracking analysis}} (NanoSight NS300; five 60-s "
            "videos). {{characterization|Western blotting}} used rabbit anti-CD9, rabbit anti-CD63, "
            "mouse anti-TSG101 and rabbit anti-calnexin (all 1:1000).",
            ("h", "Treatment"),
            "{{dose|Exosomes (100 " + MU + "g protein in 500 " + MU + "l PBS)}} or 500 " + MU + "l PBS were "
            "{{route,route_detail|injected slowly into a lateral tail vein}} {{timing_post_injury_h|1 h "
            "after contusion}}; {{frequency|each rat received one injection}}.",
            ("h", "In vitro assay"),
            "Primary rat astrocytes were stimulated with IL-1α, TNF and C1q and co-incubated with "
            "hUCMSC-Exo at 10 or 20 " + MU + "g/ml for 24 h before qPCR for C3 and Serping1.",
            ("h", "Behaviour and statistics"),
            "Locomotion was scored on the Basso, Beattie and Bresnahan (BBB) scale on days 1, 3, 7, 14, "
            "21 and 28 by {{reported_blinded_assessment|two observers who were unaware of group "
            "allocation}}. Data are mean ± SD. Groups were compared by two-way repeated-measures ANOVA "
            "with Bonferroni's post hoc test; P < 0.05 was considered significant.",
        ]),
        ("results", "Results", [
            ("h", "Vesicle characteristics"),
            "Electron micrographs showed round, cup-shaped membrane vesicles. Nanoparticle tracking gave "
            "a {{size_nm|mean diameter of 112.4 ± 38.6 nm}} and a concentration of 3.1 × 10<sup>11</sup> "
            "particles/ml. The preparations carried {{markers|CD9, CD63 and TSG101 but not the endoplasmic "
            "reticulum protein calnexin}}.",
            ("h", "Locomotor recovery"),
            "All rats had a BBB score of 21 before surgery and all injured rats scored 0" + EN + "1 on the "
            "first day. From day 7 onwards the SCI + Exo group improved faster than the SCI + PBS group "
            "(Table 1). At day 28 the difference was about three points.",
            ("table", "Table 1", "BBB scores after contusion (mean ± SD, n = 12 per group).",
             {"orient": "cols", "days": _D1, "groups": ["Sham", "SCI + PBS", "SCI + Exo"],
              "day_fmt": day_word, "corner": "Group",
              "foot": "Two-way repeated-measures ANOVA; SCI + Exo vs SCI + PBS, P < 0.01 from day 7."}),
            ("h", "Astrocytes"),
            "C3-positive GFAP-positive cells around the epicentre were reduced by 41% in the SCI + Exo "
            "group. In culture, 20 " + MU + "g/ml hUCMSC-Exo lowered C3 transcripts by about half and "
            "reduced phosphorylated p65.",
        ]),
        ("discussion", "Discussion", [
            "A single intravenous dose of hUCMSC-Exo given one hour after contusion improved BBB scores "
            "by roughly three points at four weeks. This is comparable to the effects reported for bone "
            "marrow MSC vesicles, where 200 " + MU + "g gave a 2.5-point difference [5] and repeated "
            "injections of 1 × 10<sup>10</sup> particles gave 3.4 points [7].",
            "Our results suggest that the exosomes act through {{mechanism|suppression of A1 astrocyte "
            "activation via NF-κB signalling}}, although other cell types such as microglia are likely to "
            "contribute. Vesicles of 60" + EN + "180 nm measured by others after similar protocols [3] "
            "are within the range we observed.",
            "The study has limitations: only female rats were used, and the dose was not varied.",
        ]),
    ],
    back=[("Ethics statement", "Animal work was approved by the regional animal ethics committee "
           "(see Methods)."),
          ("Conflict of interest", "{{reported_conflict_of_interest|The authors declare that they have no "
           "conflicts of interest.}}"),
          ("Funding", "Norrvik Neurotrauma Foundation (grant NNF-2017-22).")],
    references=[
        "Hallberg T, Ohm K. Outcome after traumatic spinal cord injury in Nordic registries. Nord Spinal J. 2016;4:12–20.",
        "Ekdahl R, Yoon S. Secondary injury mechanisms in the contused rat cord. Exp Neurotrauma Rev. 2015;9:88–101.",
        "Montrose A, Keel P. Exosome biogenesis and size revisited. Vesicle Sci. 2017;3:1–15.",
        "Qadri F, Lunde M. Stromal cell vesicles in CNS injury: a review. Regen Neuro Rev. 2018;6:44–59.",
        "Barrow J, Ishii T. Bone marrow stromal exosomes after contusion. Spinal Repair Lett. 2017;3:201–212.",
        "Leclerc N, Aung T. Neurotoxic reactive astrocytes in spinal cord injury. Glia Notes. 2018;2:77–90.",
        "Drummond K, Paz L. Repeated exosome dosing in contused rats. Neural Inj Repair. 2018;7:310–322.",
    ],
    scores=Scores(
        outcome="BBB", err="sd",
        groups=[("Sham", "sham", 12), ("SCI + PBS", "control", 12), ("SCI + Exo", "treatment", 12)],
        values={
            "Sham": series(_D1, "21.0/0.0 21.0/0.0 21.0/0.0 21.0/0.0 21.0/0.0 21.0/0.0"),
            "SCI + PBS": series(_D1, "0.4/0.5 1.6/0.9 3.9/1.2 6.1/1.4 7.8/1.5 8.6/1.6"),
            "SCI + Exo": series(_D1, "0.5/0.5 2.1/1.0 5.6/1.3 8.4/1.5 10.6/1.6 11.7/1.8"),
        }),
)

# ---------------------------------------------------------------------------------------------
# 2. Guerrero 2021: Mexican group, accepted manuscript (line numbers), BBB in text by week (SEM)
# ---------------------------------------------------------------------------------------------
GUERRERO = HStudy(
    stem="guerrero2021_rbmsc_ev_clip_ip_daily",
    layout="single",
    habits={"page": "manuscript", "footer": "Revista Latinoamericana de Neurociencia Experimental — "
                                            "accepted manuscript"},
    title="Daily intraperitoneal administration of extracellular vesicles from rat bone marrow "
          "mesenchymal stem cells reduces apoptosis and improves locomotion after spinal cord "
          "compression in Wistar rats",
    short_title="BM-MSC EVs after clip compression",
    authors=[("José Luis", "Guerrero-Mata"), ("Ximena", "Calderón"), ("Rodrigo", "Ibarra Soto"),
             ("María Fernanda", "Olvera"), ("Héctor", "Zamudio")],
    affiliations=["Laboratorio de Neurorregeneración, Instituto de Ciencias Biomédicas del Bajío, "
                  "León, Guanajuato, México"],
    journal="Revista Latinoamericana de Neurociencia Experimental",
    year=2021,
    volume="29(2):e2104",
    doi="10.5555/rlne.2021.e2104",
    pmid="99270102",
    pmcid="PMC9927102",
    received="2021-01-30",
    footnote=FOOTNOTE,
    values={
        "species": "rat", "strain": "Wistar", "sex": "male",
        "body_weight_g": {"low": 250, "high": 300}, "n_per_group": 10,
        "injury_model": "compression", "injury_device": "aneurysm clip", "injury_level": "T8",
        "source_tissue": "bone_marrow", "source_species": "rat",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "ExoQuick-TC",
        "characterization": ["DLS", "TEM", "western_blot"],
        "markers": ["CD63", "CD81", "Alix"],
        "size_nm": size(136.2, None, None, "mean", "DLS"),
        "dose": dose(50, "ug", 1000, "protein"),
        "route": "intraperitoneal",
        "frequency": freq(7, 24), "timing_post_injury_h": 24.0,
        "mechanism": "PI3K/Akt-mediated inhibition of apoptosis",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "The extracellular vesicles (EVs) released by mesenchymal stem cells (MSC) "
                       "are proposed as a cell-free therapy for spinal cord injury (SCI), however "
                       "the repeated administration by the intraperitoneal route has been little "
                       "explored."),
        ("Methods", "Male Wistar rats were subjected to compression of the spinal cord with an "
                    "aneurysm clip and received EVs from {{source_tissue,source_species|rat bone "
                    "marrow MSC}} (rBM-MSC-EVs) or vehicle every day during one week."),
        ("Results", "The EVs group showed better BBB scores from the second week, less TUNEL "
                    "positive cells and more phosphorylated Akt in the lesion."),
        ("Conclusions", "Repeated intraperitoneal EVs improve the functional recovery after SCI in "
                        "rats, probably by the activation of PI3K/Akt survival signaling."),
    ],
    keywords=["extracellular vesicles", "mesenchymal stem cells", "spinal cord compression", "apoptosis"],
    sections=[
        ("intro", "Introduction", [
            "The spinal cord injury (SCI) is a devastating condition that in Mexico affects mainly young "
            "men in traffic accidents and falls, and the secondary damage which is produced during the "
            "first days after the trauma, that includes inflammation, excitotoxicity and apoptosis of "
            "neurons and oligodendrocytes, is considered the principal target for neuroprotective "
            "therapies [1,2].",
            "The mesenchymal stem cells exert their effects mostly by paracrine mechanisms, and between "
            "the secreted factors the extracellular vesicles (EVs), which are small particles of 50 to 200 "
            "nm surrounded by a lipid bilayer, have gained much attention because they can transfer "
            "proteins and microRNAs to the injured cells [3,4]. In previous works the EVs were given "
            "mostly by intravenous route in one dose [5], however the intraperitoneal route is simpler "
            "and allows repeated dosing without damage to the tail veins.",
            "The objective of this work was to evaluate if the daily intraperitoneal administration of "
            "EVs from rat bone marrow MSC during one week improves the locomotor function and reduces "
            "the apoptosis after a compressive SCI.",
        ]),
        ("methods", "Material and methods", [
            ("h", "Animals"),
            "Forty {{species,strain,sex|male Wistar rats}} of {{body_weight_g|250" + EN + "300 g}} were "
            "obtained from the bioterium of the institute. The experimental protocol was approved by the "
            "{{reported_welfare_compliance|Institutional Committee for the Care and Use of Laboratory "
            "Animals (CICUAL-ICBB-2019-031) and followed the Mexican Official Norm NOM-062-ZOO-1999}}. "
            "The rats were {{reported_randomisation|randomly assigned by a sealed envelope method}} into "
            "four groups ({{n_per_group|n = 10 each}}): sham, SCI without treatment, SCI-vehicle and "
            "SCI-EVs.",
            ("h", "Spinal cord injury"),
            "The rats were anesthetized with ketamine (80 mg/kg) and xylazine (10 mg/kg) by "
            "intraperitoneal injection. A laminectomy of T7" + EN + "T9 was performed and the spinal "
            "cord at the {{injury_level|T8 segment}} was {{injury_model,injury_device|compressed with a "
            "modified aneurysm clip}} with closing force of 35 g during 1 minute, after which the clip "
            "was removed and the muscles and skin were sutured in layers. The sham rats received only "
            "the laminectomy. After surgery the rats received enrofloxacin and tramadol during 3 days "
            "and the bladder was emptied manually two times per day.",
            ("h", "Obtention of the EVs"),
            "The MSC were obtained from femurs and tibias of 4-week-old Wistar rats by flushing of the "
            "bone marrow, and were characterized by flow cytometry as CD90+, CD29+, CD45− and CD34−. In "
            "passage 3 to 5 the cells were cultured with EV-depleted serum during 48 h, the supernatant "
            "was collected, centrifuged at 3000 × g for 15 min to remove cells and debris, and the EVs "
            "were {{isolation_method,isolation_detail|precipitated with ExoQuick-TC}} (System "
            "Biosciences) according to the instructions of the manufacturer, with an overnight incubation "
            "at 4 °C and centrifugation at 1500 × g for 30 min. The pellet was resuspended in sterile PBS "
            "and the protein concentration was determined with the Bradford method.",
            ("h", "Characterization of the EVs"),
            "The size distribution was determined by {{characterization|dynamic light scattering}} "
            "(Zetasizer Nano ZS), the morphology by {{characterization|transmission electron "
            "microscopy}} and the presence of the markers by {{characterization|Western blot}} with "
            "antibodies against CD63, CD81 and Alix (rabbit polyclonal, 1:500).",
            ("h", "Treatment"),
            "The SCI-EVs group received {{dose|50 " + GMU + "g of EVs dissolved in 1 mL of PBS}} by "
            "{{route|intraperitoneal injection}} {{frequency|once a day during 7 consecutive days}}, "
            "the first dose being {{timing_post_injury_h|24 h after the lesion}}; the SCI-vehicle group "
            "received 1 mL of PBS with the same schedule.",
            ("h", "Functional evaluation"),
            "The locomotor function was evaluated with the BBB scale before the surgery and at 1, 2, 4 "
            "and 6 weeks after the injury, {{reported_blinded_assessment|by two evaluators who did not "
            "know the treatment of the animals}}. Also the inclined plane test was performed at the same "
            "times. The results are expressed as mean ± standard error of the mean (SEM) and were analyzed "
            "with two-way ANOVA followed by Tukey test, considering significant p < 0.05.",
        ]),
        ("results", "Results", [
            ("h", "Characteristics of the EVs"),
            "By DLS the EVs presented a {{size_nm|mean hydrodynamic diameter of 136.2 nm}} with a "
            "polydispersity index of 0.21, and in TEM they showed the typical round shape. The western "
            "blot was positive for {{markers|CD63, CD81 and Alix}}.",
            ("h", "Locomotor recovery"),
            "Before the surgery all the rats had 21 points in the BBB scale, and the sham rats maintained "
            "this score during all the study. In the first week after the injury the BBB was similar "
            "between the SCI-vehicle group ({bbb:SCI-vehicle@7}) and the SCI-EVs group "
            "({bbb:SCI-EVs@7}), and the untreated SCI group had {bbb:SCI@7}.",
            "At week 2 the rats treated with EVs reached {bbb:SCI-EVs@14} points, that was significantly "
            "higher than the SCI-vehicle group with {bbb:SCI-vehicle@14} (p < 0.05). This difference was "
            "maintained at week 4 (SCI-EVs {bbb:SCI-EVs@28} vs. SCI-vehicle {bbb:SCI-vehicle@28}) and "
            "at the end of the study in week 6, when the SCI-EVs group obtained {bbb:SCI-EVs@42} in "
            "comparison with {bbb:SCI-vehicle@42} for the SCI-vehicle rats and {bbb:SCI@42} for the "
            "untreated SCI rats (p < 0.01).",
            "In the inclined plane test the maximum angle at week 6 was 48.5 ± 2.1° in the SCI-EVs group "
            "and 39.0 ± 1.8° in the SCI-vehicle group.",
            ("h", "Apoptosis and Akt"),
            "The number of TUNEL positive cells at 7 days was reduced in 45% by the EVs, and the ratio "
            "p-Akt/Akt was increased two times. When PC12 cells were exposed to H2O2 in presence of "
            "25 " + GMU + "g/mL of EVs the viability increased from 52% to 78%.",
        ]),
        ("discussion", "Discussion", [
            "In this work we demonstrated that the daily intraperitoneal administration of EVs of rat "
            "BM-MSC during one week improves the locomotor function after compression SCI. Other authors "
            "reported improvements of 3 to 4 points in the BBB scale with a single intravenous dose of "
            "100 " + GMU + "g [5] or with 3 × 10<sup>9</sup> particles given intrathecally [6], which is "
            "similar to the difference that we found at week 6.",
            "We propose that the EVs act by {{mechanism|the activation of PI3K/Akt pathway that inhibits "
            "the apoptosis}} of neurons in the penumbra of the lesion, since the effect coincided with "
            "the increase of p-Akt and the reduction of TUNEL positive cells. One limitation is that we "
            "did not measure the biodistribution of the EVs after intraperitoneal injection.",
        ]),
    ],
    back=[("Conflict of interests", "{{reported_conflict_of_interest|The authors declare that there is "
           "no conflict of interests regarding the publication of this paper.}}"),
          ("Acknowledgements", "We thank the staff of the bioterium for the care of the animals.")],
    references=[
        "Ramírez-Ocampo L, Tovar J. Epidemiología de la lesión medular traumática en México. Rev Neuro Trauma. 2017;8:11–19.",
        "Ferreyra A, Kwon D. Apoptosis after spinal cord compression. Neural Inj Repair. 2016;5:66–78.",
        "Salcedo M, Nwosu E. Paracrine action of stromal cells. Cell Ther Notes. 2018;10:201–215.",
        "Bautista R, Holm S. Vesicle cargo transfer to neurons. Vesicle Sci. 2019;5:55–63.",
        "Tejeda P, Ward C. Intravenous EVs in spinal cord compression. Spinal Repair Lett. 2019;5:14–23.",
        "Nakashima H, Lira F. Intrathecal vesicles after SCI. Drug Deliv Neuro. 2020;11:120–131.",
    ],
    scores=Scores(
        outcome="BBB", err="sem",
        groups=[("SCI", "control", 10), ("SCI-vehicle", "control", 10), ("SCI-EVs", "treatment", 10)],
        values={
            "SCI": {7.0: (2.1, 0.4), 42.0: (8.2, 0.6)},
            "SCI-vehicle": {7.0: (2.4, 0.5), 14.0: (4.3, 0.6), 28.0: (6.9, 0.7), 42.0: (8.6, 0.7)},
            "SCI-EVs": {7.0: (2.9, 0.5), 14.0: (6.2, 0.6), 28.0: (9.8, 0.7), 42.0: (11.9, 0.8)},
        }),
)

# ---------------------------------------------------------------------------------------------
# 3. Tveit 2022: Norwegian group, terse methods, twocol, table days-as-rows (SEM), catheter at L5
# ---------------------------------------------------------------------------------------------
_D3 = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0, 35.0]
TVEIT = HStudy(
    stem="tveit2022_hypoxic_radsc_exo_ih_intrathecal",
    layout="twocol",
    title="Hypoxia-conditioned adipose stromal cell exosomes delivered intrathecally promote "
          "vascular repair and locomotor recovery after thoracic spinal cord contusion",
    short_title="Hypoxic ADSC exosomes, intrathecal",
    authors=[("Sigrid", "Tveit"), ("Ola", "Brekke"), ("Ingrid", "Haugland"), ("Jonas", "Myrvold")],
    affiliations=["Institute of Basic Medical Sciences, Fjordvik University, Norway",
                  "Section for Comparative Medicine, Fjordvik University Hospital, Norway"],
    journal="Neurotrauma Reports North",
    year=2022,
    volume="6:412–425",
    doi="10.5555/nrn.2022.0412",
    pmid="99270103",
    pmcid="PMC9927103",
    received="2022-03-08",
    footnote=FOOTNOTE,
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 240, "high": 280}, "n_per_group": 8,
        "injury_model": "contusion", "injury_device": "Infinite Horizon impactor", "injury_level": "T9",
        "source_tissue": "adipose", "source_species": "rat", "modification": "hypoxic preconditioning",
        "isolation_method": ["ultrafiltration", "size_exclusion"],
        "isolation_detail": "Amicon Ultra-15 100 kDa; qEVoriginal 70 nm column",
        "characterization": ["NTA", "TEM", "western_blot"],
        "markers": ["CD63", "CD81", "TSG101", "GM130"],
        "size_nm": size(96.5, None, None, "mode", "NTA"),
        "dose": dose(5e9, "particles", 10, "particles"),
        "route": "intrathecal", "route_detail": "intrathecal catheter",
        "frequency": freq(3, 48), "timing_post_injury_h": 3.0,
        "mechanism": "HIF-1α/VEGF-driven angiogenesis",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Objective", "To test whether exosomes from hypoxia-conditioned adipose-derived stromal cells "
                      "(ADSCs) are superior to exosomes from normoxic ADSCs after spinal cord "
                      "contusion."),
        ("Methods", "ADSCs were isolated from rat inguinal fat and cultured at 21% or 2% O<sub>2</sub>. "
                    "Exosomes (N-Exo, H-Exo) were given intrathecally to contused rats. Outcome: BBB "
                    "over 5 weeks, vessel density, HIF-1α and VEGF."),
        ("Results", "H-Exo improved BBB scores from week 2 and doubled perilesional vessel density "
                    "compared with N-Exo."),
        ("Conclusion", "Hypoxic conditioning increases the pro-angiogenic efficacy of ADSC exosomes."),
    ],
    keywords=["adipose-derived stromal cells", "hypoxia", "exosomes", "intrathecal", "angiogenesis"],
    sections=[
        ("intro", "Introduction", [
            "Loss of microvessels at the lesion epicentre is an early event in contusive spinal cord "
            "injury (SCI) and predicts the extent of tissue sparing [1]. Stromal cells cultured at low "
            "oxygen secrete more pro-angiogenic factors [2], and their small extracellular vesicles "
            "(<i>ca.</i> 40" + EN + "160 nm) carry HIF-1α-responsive cargo [3].",
            "Intrathecal delivery avoids pulmonary first-pass trapping of vesicles seen after "
            "intravenous injection [4]. We compared exosomes from normoxic and hypoxic rat ADSCs given "
            "intrathecally after contusion.",
        ]),
        ("methods", "Methods", [
            ("h", "Animals"),
            "{{species,strain,sex|Female Sprague" + EN + "Dawley rats}}, 10" + EN + "12 weeks, "
            "{{body_weight_g|240" + EN + "280 g}} (Janvier). {{reported_welfare_compliance|Approved by "
            "the Norwegian Food Safety Authority (FOTS 24118); EU Directive 2010/63/EU.}}",
            ("h", "Design"),
            "Three injured groups: SCI (vehicle), N-Exo, H-Exo. {{reported_sample_size_calculation|Group "
            "size was calculated a priori}} (α = 0.05, power 0.8, expected difference 2.5 BBB points, "
            "SD 1.6): {{n_per_group|8 rats per group}}. {{reported_randomisation|Randomisation by "
            "block randomisation (random.org)}}; surgeon and assessors blinded.",
            ("h", "Injury"),
            "Isoflurane anaesthesia. Laminectomy at T9. Contusion {{injury_model,injury_device|with the "
            "Infinite Horizon impactor}} (150 kdyn, 1 s dwell) at {{injury_level|spinal level T9}}. "
            "Carprofen 5 mg/kg s.c. once daily for 3 days.",
            ("h", "Catheter"),
            "A PE-10 catheter was inserted through an L5" + EN + "L6 interlaminar opening and advanced "
            "rostrally so its tip lay caudal to the lesion; the external end was tunnelled to the neck.",
            ("h", "ADSC culture and hypoxic conditioning"),
            "ADSCs were isolated from {{source_tissue,source_species|inguinal fat pads of male SD "
            "rats}} by collagenase digestion, used at P3" + EN + "P5. For conditioning, cells were kept "
            "{{modification|at 2% O<sub>2</sub> for 72 h}} (H-Exo); controls at 21% O<sub>2</sub> "
            "(N-Exo). Serum-free medium during conditioning.",
            ("h", "Exosome isolation"),
            "Medium: 2000 × g 20 min, 0.22 " + MU + "m filtration, {{isolation_method,isolation_detail|"
            "concentration on Amicon Ultra-15 (100 kDa)}}, then {{isolation_method,isolation_detail|"
            "qEVoriginal/70 nm columns}} (Izon); fractions 7" + EN + "9 pooled.",
            ("h", "Characterisation"),
            "{{characterization|NTA}} (ZetaView PMX-120), {{characterization|TEM}} and "
            "{{characterization|western blot}} (CD63, CD81, TSG101; GM130 as negative control).",
            ("h", "Treatment"),
            "{{dose|5 × 10<sup>9</sup> particles in 10 " + MU + "l}} PBS (or PBS) via the "
            "{{route,route_detail|intrathecal catheter}}, flushed with 10 " + MU + "l saline. First "
            "injection {{timing_post_injury_h|3 h post-injury}}, {{frequency|then every 48 h, three "
            "injections in total}}.",
            ("h", "Outcome and statistics"),
            "BBB open-field score at 1, 3, 7, 14, 21, 28 and 35 dpi by {{reported_blinded_assessment|"
            "two blinded raters}}. Mean ± SEM. Mixed-effects model with Tukey correction.",
        ]),
        ("results", "Results", [
            "Exosomes were cup-shaped on TEM. The {{size_nm|NTA mode was 96.5 nm}} (N-Exo 99.1 nm) and "
            "yield per 10<sup>6</sup> cells was 1.8-fold higher under hypoxia. Both preparations "
            "expressed {{markers|CD63, CD81 and TSG101 and lacked GM130}}.",
            "One SCI rat lost its catheter on day 4 and was replaced. BBB scores are given in Table 1. "
            "H-Exo rats were superior to SCI rats from 14 dpi and to N-Exo rats from 21 dpi.",
            ("table", "Table 1", "BBB scores by day post-injury (mean ± SEM; n = 8 per group).",
             {"orient": "rows", "days": _D3, "groups": ["SCI", "N-Exo", "H-Exo"], "day_fmt": dpi,
              "corner": "Time"}),
            "Perilesional CD31<sup>+</sup> vessel density at 35 dpi: SCI 102 ± 11, N-Exo 141 ± 14, "
            "H-Exo 208 ± 17 vessels/mm<sup>2</sup>. HIF-1α and VEGF-A protein were increased in H-Exo "
            "cords. In HUVEC tube assays, 10 " + MU + "g/ml H-Exo increased branch points by 64%.",
        ]),
        ("discussion", "Discussion", [
            "Hypoxic conditioning made ADSC exosomes more effective after contusion. Our data suggest "
            "{{mechanism|HIF-1α/VEGF-driven angiogenesis}} as the main mechanism, consistent with "
            "reports for hypoxic bone marrow vesicles given intralesionally [5].",
            "Earlier intrathecal studies used 2 × 10<sup>10</sup> particles [4] or 50 " + MU + "g [6]; "
            "our lower particle dose was nevertheless effective. Limitations: one dose level; catheter "
            "tip position was not verified by imaging in all rats.",
        ]),
    ],
    back=[("Competing interests", "{{reported_conflict_of_interest|None declared.}}"),
          ("Funding", "Fjordvik Research Council, project 301177.")],
    references=[
        "Aasen K, Mwangi P. Microvascular loss after cord contusion. Cord Vasc Res. 2018;5:10–21.",
        "Brunvoll S, Ortiz L. Oxygen tension and stromal cell secretome. Cell Cond Stud. 2019;5:100–114.",
        "Chen-Lind Y, Rask E. HIF-responsive vesicle cargo. Vesicle Sci. 2020;6:77–89.",
        "Dahl T, Ferraro V. Biodistribution of vesicles after intravenous and intrathecal delivery. Drug Deliv Neuro. 2021;12:40–52.",
        "Eng M, Sato K. Hypoxic BMSC vesicles after hemisection. Neural Inj Repair. 2020;9:188–199.",
        "Fossum H, Adeyemi B. Intrathecal exosomes in rat SCI. Spinal Repair Lett. 2021;7:61–70.",
    ],
    scores=Scores(
        outcome="BBB", err="sem",
        groups=[("SCI", "control", 8), ("N-Exo", "other", 8), ("H-Exo", "treatment", 8)],
        values={
            "SCI": series(_D3, "0.3/0.2 1.1/0.3 3.0/0.4 5.2/0.5 6.6/0.5 7.4/0.6 7.9/0.6"),
            "N-Exo": series(_D3, "0.4/0.2 1.3/0.3 3.4/0.5 6.0/0.5 7.5/0.6 8.6/0.6 9.0/0.7"),
            "H-Exo": series(_D3, "0.4/0.2 1.5/0.4 3.9/0.5 7.1/0.6 9.3/0.6 10.8/0.7 11.6/0.7"),
        }),
)

# ---------------------------------------------------------------------------------------------
# 4. Wakabayashi 2020: Japanese group, terse, single layout, BBB only in a plot (no numbers)
# ---------------------------------------------------------------------------------------------
_D4 = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0, 42.0]
WAKABAYASHI = HStudy(
    stem="wakabayashi2020_shed_exo_weightdrop_penile",
    layout="single",
    title="Exosomes secreted by stem cells from human exfoliated deciduous teeth attenuate "
          "neuroinflammation after weight-drop spinal cord injury in rats",
    short_title="SHED exosomes after weight-drop SCI",
    authors=[("Haruka", "Wakabayashi"), ("Kenta", "Morioka"), ("Yui", "Shibasaki"), ("Takeshi", "Enomoto"),
             ("Daisuke", "Kurata")],
    affiliations=["Department of Oral Regenerative Medicine, Kitanoura University Graduate School of "
                  "Dentistry, Japan", "Department of Orthopaedic Surgery, Kitanoura University, Japan"],
    journal="Journal of Oral and Neural Regeneration",
    year=2020,
    volume="14:55–66",
    doi="10.5555/jonr.2020.0055",
    pmid="99270104",
    pmcid="PMC9927104",
    received="2020-05-19",
    footnote=FOOTNOTE,
    notes=["BBB scores are reported only in a line plot (Figure 2); no numeric values in text, table or "
           "legend, so no outcome rows."],
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male",
        "body_weight_g": {"low": 250, "high": 280}, "n_per_group": 6,
        "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T9-T10",
        "source_tissue": "dental_pulp", "source_species": "human",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "120,000 × g 90 min",
        "characterization": ["NTA", "TEM", "western_blot"],
        "markers": ["CD9", "CD81", "HSP70", "calnexin"],
        "size_nm": size(104.0, None, None, "mean", "NTA"),
        "dose": dose(300, "ug_per_kg", None, "protein"),
        "route": "intravenous", "route_detail": "penile vein",
        "frequency": freq(1, None), "timing_post_injury_h": 0.5,
        "mechanism": "inhibition of TLR4/MyD88/NF-κB-mediated microglial activation",
        "reported_blinded_assessment": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Stem cells from human exfoliated deciduous teeth (SHED) are an accessible source of "
               "mesenchymal stem cells. We examined whether exosomes from SHED (SHED-Exo) reduce "
               "neuroinflammation after spinal cord injury (SCI). Rats received SHED-Exo or PBS "
               "intravenously 30 min after a weight-drop injury. SHED-Exo improved BBB scores, "
               "decreased Iba1-positive microglia and suppressed TLR4, MyD88 and NF-κB p65 in the "
               "injured cord. SHED-Exo may be a candidate for SCI therapy."),
    ],
    keywords=["SHED", "exosome", "spinal cord injury", "microglia", "TLR4"],
    sections=[
        ("intro", "Introduction", [
            "Spinal cord injury (SCI) causes severe motor dysfunction. Activated microglia release "
            "inflammatory cytokines and expand the secondary damage [1]. Exosomes are small vesicles of "
            "50" + EN + "150 nm, secreted by almost all cells [2].",
            "SHED are obtained non-invasively from shed deciduous teeth and secrete many trophic "
            "factors [3]. Conditioned medium of SHED improved recovery after SCI [4], but the effect of "
            "SHED exosomes has not been shown.",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "2.1. Animals"),
            "{{sex,species,strain|Male Sprague" + EN + "Dawley (SD) rats}} (8 weeks old, "
            "{{body_weight_g|250" + EN + "280 g}}) were purchased from a commercial breeder. This study "
            "was {{reported_welfare_compliance|approved by the Animal Experiment Committee of Kitanoura "
            "University (No. A2018-112)}}.",
            ("h", "2.2. SCI model"),
            "Under anesthesia with medetomidine (0.15 mg/kg), midazolam (2 mg/kg) and butorphanol "
            "(2.5 mg/kg), laminectomy was performed and SCI was induced at {{injury_level|T9" + EN +
            "T10}} {{injury_model,injury_device|by the weight-drop method}} (10 g, 25 mm; modified "
            "Allen's method). Rats were divided into SCI + PBS group and SCI + SHED-Exo group "
            "({{n_per_group|n = 6/group}}) and sham group (n = 4).",
            ("h", "2.3. Cell culture and exosome isolation"),
            "{{source_tissue,source_species|SHED were isolated from exfoliated deciduous teeth of "
            "healthy children}} (6" + EN + "9 years) with informed consent from the parents. Cells at "
            "passage 3" + EN + "5 were cultured in serum-free DMEM for 48 h. Supernatant was centrifuged "
            "at 2,000 × g for 30 min and 10,000 × g for 30 min, filtered (0.22 " + MU + "m), and "
            "{{isolation_method,isolation_detail|ultracentrifuged at 120,000 × g for 90 min}} (Optima "
            "XE-90, SW32Ti). Exosome protein was measured with a BCA kit.",
            ("h", "2.4. Characterization"),
            "Exosomes were analyzed by {{characterization|NanoSight}} NS300, "
            "{{characterization|TEM}} (JEM-1400) and {{characterization|western blotting}} (CD9, CD81, "
            "HSP70 and calnexin; mouse monoclonal antibodies).",
            ("h", "2.5. Administration"),
            "SHED-Exo ({{dose|300 " + MU + "g/kg}}) in PBS or the same volume of PBS were injected "
            "{{route,route_detail|via the penile vein}} {{timing_post_injury_h|30 min after SCI}} "
            "({{frequency|single injection}}).",
            ("h", "2.6. Behavioral test"),
            "Hindlimb function was assessed with the BBB scale at 1, 3, 7, 14, 21, 28 and 42 days "
            "{{reported_blinded_assessment|by two examiners blinded to treatment}}. Data are presented "
            "as mean ± SEM and analyzed by two-way ANOVA with Sidak's test.",
            ("h", "2.7. Immunohistochemistry and Western blot"),
            "At 7 days, cords were stained with rabbit anti-Iba1 and goat anti-CD68. TLR4, MyD88 and "
            "p-p65 were measured by western blot. BV-2 cells were stimulated with LPS (1 " + MU +
            "g/ml) with or without SHED-Exo (50 " + MU + "g/ml).",
        ]),
        ("results", "Results", [
            ("h", "3.1. Characterization of SHED-Exo"),
            "SHED-Exo showed round morphology with lipid bilayer. {{size_nm|The mean size was 104 nm}} "
            "by NTA. {{markers|CD9, CD81 and HSP70 were detected, and calnexin was not detected}}.",
            ("h", "3.2. SHED-Exo improved locomotor function"),
            "BBB scores of the SCI + SHED-Exo group were significantly higher than those of the SCI + "
            "PBS group from day 7 to day 42 (Figure 2). Sham rats scored 21 at all time points.",
            ("figure", "Figure 2", "BBB scores after SCI. Sham, SCI + PBS and SCI + SHED-Exo. Data are "
             "mean ± SEM (n = 6; sham n = 4). *P < 0.05, **P < 0.01 vs. SCI + PBS.",
             {"days": _D4, "groups": ["Sham", "SCI + PBS", "SCI + SHED-Exo"]}),
            ("h", "3.3. Microglia"),
            "Iba1-positive cells at the lesion were decreased by SHED-Exo. Expression of TLR4, MyD88 and "
            "p-p65 was reduced. In BV-2 cells, SHED-Exo suppressed LPS-induced TNF-α and IL-1β.",
        ]),
        ("discussion", "Discussion", [
            "In this study SHED-Exo improved locomotor recovery after SCI. Our results indicate that "
            "SHED-Exo act via {{mechanism|inhibition of the TLR4/MyD88/NF-κB pathway in microglia}}. "
            "Similar results were reported with exosomes of dental pulp stem cells at 1 mg/kg [5] and "
            "with BMSC exosomes of 80" + EN + "120 nm [6].",
            "There are some limitations. The sample size was small and only one dose was tested. The "
            "distribution of exosomes after penile vein injection was not analyzed.",
        ]),
    ],
    back=[("Conflicts of Interest", "{{reported_conflict_of_interest|The authors declare no conflicts "
           "of interest associated with this manuscript.}}")],
    references=[
        "Hasegawa N, Oduya B. Microglia in secondary spinal cord injury. Glia Repair Today. 2017;8:21–33.",
        "Ikeda S, Varga P. Exosome structure and function. Vesicle Sci. 2016;2:1–12.",
        "Kuroda M, Lindahl E. Stem cells from deciduous teeth. Dent Stem Cell Res. 2015;3:90–101.",
        "Matsuda Y, Owen R. SHED conditioned medium for SCI. Neural Inj Repair. 2018;7:99–108.",
        "Nishio T, Grant F. DPSC exosomes in spinal cord injury. J Oral Neural Regen. 2019;13:31–40.",
        "Ogawa K, Peralta J. BMSC exosomes after contusion. Spinal Repair Lett. 2018;4:44–53.",
    ],
    scores=Scores(
        outcome="BBB", err="sem",
        groups=[("Sham", "sham", 4), ("SCI + PBS", "control", 6), ("SCI + SHED-Exo", "treatment", 6)],
        values={
            "Sham": series(_D4, "21/0 21/0 21/0 21/0 21/0 21/0 21/0"),
            "SCI + PBS": series(_D4, "0.3/0.2 1.0/0.3 2.8/0.5 4.9/0.6 6.4/0.6 7.1/0.7 7.9/0.7"),
            "SCI + SHED-Exo": series(_D4, "0.5/0.2 1.4/0.4 4.6/0.6 7.3/0.7 9.0/0.7 10.2/0.8 11.0/0.8"),
        }),
)

STUDIES = [FAGERLUND, GUERRERO, TVEIT, WAKABAYASHI]
