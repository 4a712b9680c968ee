"""Summit studies 9-10 (invented): Vietnam (journal footer, T-coded time points), Colombia (ischaemia)."""

from __future__ import annotations

from extgen.model import Scores, Study
from summitgen.common import NOTICE, days, refs, series, t_code

# ---------------------------------------------------------------------------------------------
# 9. Vietnam: non-native phrasing, menstrual-blood MSC exosomes in mg/kg weekly by caudal vein;
#    time points coded T1-T5 in the methods and used as table headers; footnote markers
# ---------------------------------------------------------------------------------------------
_D9 = days(1, 7, 14, 28, 42)
_T9 = {1.0: "T1", 7.0: "T2", 14.0: "T3", 28.0: "T4", 42.0: "T5"}
VUONG = Study(
    stem="vuong2020_hmensc_exo_mascis_weekly_mgkg",
    layout="footer",
    title="Repeated systemic administration of menstrual blood-derived stem cell exosomes improves hind limb "
          "motor function in rat with thoracic spinal cord contusion",
    short_title="MenSC exosomes weekly after SCI",
    authors=[("Thi Thu Ha", "Vuong"), ("Van Minh", "Tran"), ("Quoc Bao", "Le"), ("Hong Nhung", "Pham")],
    affiliations=["Institute of Biomedicine and Pharmacy, Red River Medical Academy, Hanoi, Vietnam",
                  "Stem Cell Laboratory, Southern University of Science, Ho Chi Minh City, Vietnam"],
    journal="Vietnam Journal of Biomedical Research",
    year=2020,
    volume="37(2):55–66",
    doi="10.5555/vjbr.2020.0055",
    pmid="99210439",
    pmcid="PMC9921439",
    received="2020-06-11",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 230, "high": 260},
        "n_per_group": 6, "injury_model": "contusion", "injury_device": "MASCIS impactor", "injury_level": "T11",
        "source_tissue": "menstrual_blood", "source_species": "human",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 g 2 h",
        "characterization": ["TEM", "NTA", "flow_cytometry"], "markers": ["CD9", "CD81", "HSP70"],
        "size_nm": {"value": 128.0, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 1, "unit": "mg_per_kg", "volume_ul": None, "basis": "protein"},
        "route": "intravenous", "route_detail": "caudal vein",
        "frequency": {"doses": 4, "interval_h": 168}, "timing_post_injury_h": 1,
        "mechanism": "inhibition of neuronal apoptosis via Bcl-2/Bax",
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Menstrual blood-derived stem cells (MenSCs) are easy to collect non-invasively and have strong "
         "proliferation. In this study, we investigated effect of exosomes from MenSCs (MenSC-Exos) when injected "
         "repeatedly through caudal vein to rats after spinal cord injury (SCI). The treated rats showed better "
         "BBB score than model rats from T3 and at T5 the score reached {bbb:MenSC-Exos@42} compared to "
         "{bbb:Model@42} (mean ± SEM). MenSC-Exos also increased Bcl-2 and decreased Bax and cleaved "
         "caspase-3 in injured tissue. These results suggest MenSC-Exos is promising for SCI treatment."),
    ],
    keywords=["menstrual blood stem cells", "exosomes", "spinal cord injury", "apoptosis"],
    sections=[
        ("intro", "Introduction", [
            "Spinal cord injury (SCI) causes serious burden for patient, family and society, and in Vietnam the "
            "number of SCI caused by traffic accident is high. Until now there is no effective treatment to "
            "restore function [1].",
            "Mesenchymal stem cells and their exosomes have been studied widely. Exosome is small vesicle with "
            "diameter 30–150 nm, contain protein, lipid and RNA [2]. MenSCs are a kind of mesenchymal stem cells "
            "that can be collected monthly without pain. However, there is few study about exosomes of MenSCs in "
            "SCI. So, the aim of this study is to evaluate effect of repeated injection of MenSC-Exos on motor "
            "function of rat after SCI and to find out the mechanism.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Experimental animal"),
            "Total 24 healthy {{species,strain,sex|male Sprague Dawley rats}}, {{body_weight_g|230–260 g}}, "
            "were supplied by the national institute animal center. {{reported_welfare_compliance|This study was "
            "approved by the Animal Ethics Council of Red River Medical Academy (decision No. 412/QĐ-HĐĐĐ)}}. "
            "Rats were divided into 4 groups ({{n_per_group|6 rats/group}}): Sham, Model, MenSC-Exos and a group "
            "for western blot at T3.",
            ("h", "SCI model"),
            "Rats were anesthesia by intraperitoneal injection of 3% pentobarbital sodium (30 mg/kg). The "
            "{{injury_level|T11}} lamina was removed, then {{injury_model,injury_device|spinal cord was contused "
            "by MASCIS impactor}} with 10 g rod falling from 25 mm. Successful model was confirmed by tail "
            "swinging and hind limb twitch.",
            ("h", "Culture of MenSCs and isolation of exosomes"),
            "{{source_tissue,source_species|MenSCs were isolated from menstrual blood of healthy women donors}} "
            "(20–35 years old) after written consent. Cells of passage 4 were cultured in serum-free medium 48 h. "
            "Supernatant was centrifuged 300 × g 10 min, 2000 × g 10 min, 10000 × g 30 min, then "
            "{{isolation_method,isolation_detail|ultracentrifuged at 100000 × g for 2 h}}; this step was repeated "
            "once for washing. Exosomes were resuspended in PBS and protein concentration measured with BCA kit.",
            ("h", "Identification of exosomes"),
            "Exosomes were observed under {{characterization|transmission electron microscope}}, size was measured "
            "by {{characterization|nanoparticle tracking analysis}}, and surface markers "
            "{{markers|CD9, CD81 and HSP70}} were detected by {{characterization|flow cytometry}} after binding "
            "to aldehyde/sulfate latex beads.",
            ("h", "Treatment"),
            "MenSC-Exos group received exosomes with dose {{dose|1 mg/kg}} body weight "
            "{{route,route_detail|via caudal vein}}, {{timing_post_injury_h|first time at 1 h after injury}} and "
            "then {{frequency|once every week, total 4 times}}. Model group received equal volume PBS.",
            ("h", "Evaluation of motor function"),
            "BBB score was evaluated at five time points: 1 day (T1), 7 days (T2), 14 days (T3), 28 days (T4) and "
            "42 days (T5) after injury. Each rat was observed 4 min in open field.",
            ("h", "Statistical analysis"),
            "Data was analyzed by SPSS 20.0 and shown as mean ± SEM. Comparison between groups used ANOVA and "
            "LSD test. Difference was significant when p < 0.05.",
        ]),
        ("results", "Results", [
            ("h", "Characteristics of MenSC-Exos"),
            "Under TEM, exosomes had cup shape with double membrane. NTA result showed "
            "{{size_nm|average diameter of exosomes was 128 nm}} and concentration 1.6 × 10<sup>10</sup> "
            "particles/mL. Positive rate of CD9, CD81 and HSP70 was 91.2%, 86.5% and 78.3%.",
            ("h", "MenSC-Exos improved motor function"),
            "At T1 all rats in Model and MenSC-Exos groups had almost no hind limb movement and rats in Sham "
            "group had normal score. BBB score of MenSC-Exos group was increased faster than Model group, and difference was "
            "significant from T3 (Table 1). At T4 score of MenSC-Exos group was {bbb:MenSC-Exos@28} while Model "
            "group was only {bbb:Model@28}.",
            ("table", "Table 1", "BBB score of rats in groups at time points (mean ± SEM, n = 6)",
             {"orient": "cols", "days": _D9, "groups": ["Sham", "Model", "MenSC-Exos"], "day_fmt": t_code(_T9),
              "corner": "Group",
              "marks": {("MenSC-Exos", 14.0): "a", ("MenSC-Exos", 28.0): "b", ("MenSC-Exos", 42.0): "b"},
              "foot": "a p < 0.05, b p < 0.01 compared with Model group. T1–T5: 1, 7, 14, 28 and 42 days after "
                      "injury."}),
            ("h", "MenSC-Exos inhibited apoptosis"),
            "TUNEL positive cells in MenSC-Exos group was less than Model group (18.6 ± 3.1% vs 41.2 ± 4.5%). "
            "Bcl-2 was increased and Bax, cleaved caspase-3 were decreased.",
        ]),
        ("discussion", "Discussion", [
            "In this study, MenSC-Exos improved motor function of SCI rats, and this effect maybe due to "
            "{{mechanism|inhibition of neuronal apoptosis through regulating Bcl-2/Bax}}. Our result is similar "
            "with other author who used bone marrow MSC exosomes 200 µg and got BBB score 11.3 at day 28 [5]. In "
            "the other study, exosomes of umbilical cord MSCs had diameter about 100 nm [4], smaller than ours. "
            "Limitation of study is small sample size and no blind evaluation.",
        ]),
    ],
    references=refs(0, 1, 3, 4),
    scores=Scores(
        outcome="BBB", err="sem",
        groups=[("Sham", "sham", 6), ("Model", "control", 6), ("MenSC-Exos", "treatment", 6)],
        values={
            "Sham": series(_D9, [(20.8, 0.2), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)]),
            "Model": series(_D9, [(0.5, 0.2), (2.7, 0.4), (4.5, 0.5), (6.8, 0.6), (7.6, 0.6)]),
            "MenSC-Exos": series(_D9, [(0.7, 0.3), (3.3, 0.5), (6.2, 0.6), (9.4, 0.7), (10.9, 0.7)]),
        },
    ),
    back=[("Conflict of interest", "{{reported_conflict_of_interest|The authors declare that there is no "
           "conflict of interest}}.")],
    footnote=NOTICE,
)

# ---------------------------------------------------------------------------------------------
# 10. Colombia: ischaemia-reperfusion by aortic balloon; PTEN-siRNA-loaded BMSC EVs through an intrathecal
#     catheter; "mean (SD)" in text and a table with weeks as rows
# ---------------------------------------------------------------------------------------------
_D10 = days(1, 7, 14, 21, 28)


def _wk(d: float) -> str:
    return "24 h" if d == 1 else f"Week {d / 7:g}"


ZAPATA = Study(
    stem="zapata2023_rbmsc_ev_sipten_ischemia_intrathecal",
    layout="single",
    title="Extracellular vesicles loaded with PTEN siRNA reduce paraplegia after spinal cord "
          "ischaemia–reperfusion in rats",
    short_title="siPTEN-loaded EVs after spinal cord ischaemia",
    authors=[("Valentina", "Zapata-Restrepo"), ("Andrés Felipe", "Ocampo"), ("Catalina", "Henao"),
             ("Julián", "Giraldo-Mejía")],
    affiliations=["Grupo de Neurociencias Aplicadas, Universidad del Valle de Aburrá, Medellín, Colombia",
                  "Servicio de Cirugía Vascular, Clínica Universitaria Andina, Bogotá, Colombia"],
    journal="Acta Neurobiologica Andina",
    year=2023,
    volume="9(1):e0342",
    doi="10.5555/ana.2023.0342",
    pmid="99210440",
    pmcid="PMC9921440",
    received="2023-01-19",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 225, "high": 250},
        "n_per_group": 8, "injury_model": "ischemia_reperfusion", "injury_device": "Fogarty balloon catheter",
        "source_tissue": "bone_marrow", "source_species": "rat", "modification": "PTEN siRNA loading",
        "isolation_method": ["ultrafiltration", "size_exclusion"],
        "isolation_detail": "Amicon Ultra-15 10 kDa; qEV original columns",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD63", "TSG101", "flotillin-1"],
        "size_nm": {"value": 102.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 2.5e9, "unit": "particles", "volume_ul": 20, "basis": "particles"},
        "route": "intrathecal", "route_detail": "intrathecal catheter",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 1,
        "mechanism": "PTEN knockdown activating PI3K/AKT",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True, "reported_welfare_compliance": True,
        "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Introduction", "Paraplegia after thoracoabdominal aortic repair results from spinal cord ischaemia. "
         "PTEN restrains the PI3K/AKT survival pathway in neurons."),
        ("Methods", "Extracellular vesicles (EVs) from rat bone marrow mesenchymal stromal cells were loaded with "
         "siRNA against PTEN (EV-siPTEN) by electroporation and given once into the intrathecal space one hour "
         "after 12 minutes of aortic occlusion in female rats; native EVs and vehicle served as controls."),
        ("Results", "At 28 days the BBB score was {bbb:EV-siPTEN@28|paren} with EV-siPTEN, "
         "{bbb:EV@28|paren} with native EVs and {bbb:Vehicle@28|paren} with vehicle."),
        ("Conclusions", "Intrathecal EV-siPTEN reduce ischaemic paraplegia."),
    ],
    keywords=["spinal cord ischaemia", "extracellular vesicles", "siRNA", "PTEN", "intrathecal"],
    sections=[
        ("intro", "Introduction", [
            "Spinal cord ischaemia remains one of the most feared complications of open and endovascular repair of "
            "the thoracoabdominal aorta, affecting between 3 and 10% of patients even in experienced centres, and "
            "the motor neurons of the lumbar enlargement, which depend on segmental arteries that are sacrificed "
            "or covered during the repair, are particularly vulnerable [1].",
            "Mesenchymal stromal cell extracellular vesicles (EVs), usually between 50 and 200 nm [2], are "
            "attractive carriers of small RNAs because they are taken up by neurons and microglia and do not "
            "provoke a strong immune response; in this work we asked whether loading them with an siRNA against "
            "PTEN, a phosphatase that restrains AKT signalling, would improve their protective effect after "
            "ischaemia–reperfusion.",
        ]),
        ("methods", "Materials and methods", [
            ("h", "Animals"),
            "{{reported_welfare_compliance|The Animal Ethics Committee of the Universidad del Valle de Aburrá "
            "approved the protocol (Acta 07-2021), which followed Colombian Resolution 8430 of 1993 and the ARRIVE "
            "guidelines}}. We used {{species,strain,sex|female Sprague-Dawley rats}} of "
            "{{body_weight_g|225 to 250 g}}. {{reported_sample_size_calculation|The sample size was estimated "
            "for a difference of 3 BBB points between EV groups}} (SD 2, two-sided α 0.05, power 80%), which "
            "gave {{n_per_group|eight rats per group}}; allowing for 30% mortality, 36 rats underwent ischaemia. "
            "{{reported_randomisation|Allocation was random (block randomisation, sealed opaque envelopes "
            "opened after reperfusion)}}.",
            ("h", "Spinal cord ischaemia–reperfusion"),
            "Under isoflurane anaesthesia and with rectal temperature kept at 37.5 °C, a 2F "
            "{{injury_device|Fogarty balloon catheter}} was introduced through the left femoral artery and "
            "advanced 11 cm, to the level of the left subclavian artery, and "
            "{{injury_model|ischaemia was induced by inflating the balloon for 12 min, followed by "
            "reperfusion}}. Proximal blood pressure was monitored through the left carotid artery.",
            ("h", "Intrathecal catheter"),
            "Five days before ischaemia a PE-10 catheter was inserted through the atlanto-occipital membrane and "
            "advanced 8.5 cm so that its tip lay at the lumbar enlargement (T13–L1 vertebral level); rats with "
            "motor deficits after catheterisation were excluded.",
            ("h", "EV isolation and loading"),
            "{{source_tissue,source_species|Mesenchymal stromal cells were obtained from the bone marrow of "
            "4-week-old Sprague-Dawley rats}} and expanded to passage 4. Conditioned medium (serum-free, 48 h) "
            "was cleared by centrifugation and filtration, concentrated on {{isolation_method,isolation_detail|"
            "Amicon Ultra-15 10 kDa}} units and EVs were purified on {{isolation_method,isolation_detail|qEV "
            "original columns}} (size-exclusion chromatography). For loading, 1 × 10<sup>10</sup> EVs and 2 nmol "
            "of {{modification|siRNA against PTEN were electroporated}} (400 V, 125 µF) and unbound siRNA was "
            "removed by a second qEV run; native EVs were sham-electroporated.",
            "EVs were characterised by {{characterization|NTA}} (NanoSight NS300), {{characterization|TEM}} and "
            "{{characterization|western blot}} for {{markers|CD63, TSG101 and flotillin-1}}.",
            ("h", "Treatment"),
            "{{timing_post_injury_h|One hour after the start of reperfusion}}, rats received "
            "{{dose|2.5 × 10<sup>9</sup> EVs in 20 µl}} of artificial cerebrospinal fluid "
            "{{route,route_detail|through the intrathecal catheter}}, followed by a 10 µl flush; vehicle rats "
            "received aCSF alone. {{frequency|No further doses were given}}.",
            ("h", "Neurological assessment"),
            "Hind-limb motor function was scored with the BBB scale at 24 h and at 1, 2, 3 and 4 weeks "
            "{{reported_blinded_assessment|by two evaluators blinded to allocation}}; the Tarlov score was also "
            "recorded.",
            ("h", "Statistics"),
            "Results are shown as mean (SD). BBB scores were compared with a linear mixed model and Holm "
            "correction.",
        ]),
        ("results", "Results", [
            "Six rats died during or after ischaemia (two per group) and were replaced. NTA showed a "
            "{{size_nm|mode of 102 nm for EV-siPTEN}} (native EVs, 98 nm); loading reduced PTEN mRNA in cultured "
            "neurons by 64%.",
            "Twenty-four hours after reperfusion all rats were paraplegic, with scores of "
            "{bbb:Vehicle@1|paren}, {bbb:EV@1|paren} and {bbb:EV-siPTEN@1|paren} in the vehicle, EV and "
            "EV-siPTEN groups. At week 2, EV-siPTEN rats had reached {bbb:EV-siPTEN@14|paren}, whereas rats "
            "given native EVs reached {bbb:EV@14|paren} (Table 1). Tarlov scores followed the same pattern "
            "(3.1 vs 1.6 at week 4).",
            ("table", "Table 1", "BBB scores after spinal cord ischaemia–reperfusion, mean ± SD (n = 8 per group).",
             {"orient": "rows", "days": _D10, "groups": ["Vehicle", "EV", "EV-siPTEN"], "day_fmt": _wk,
              "corner": "Time after reperfusion"}),
            "Phosphorylated AKT was increased and cleaved caspase-3 reduced in lumbar motor neurons of "
            "EV-siPTEN rats.",
        ]),
        ("discussion", "Discussion", [
            "A single intrathecal dose of EV-siPTEN reduced paraplegia, which we attribute to "
            "{{mechanism|PTEN knockdown activating PI3K/AKT}} survival signalling in motor neurons. In models of "
            "contusion, intravenous EVs at 1 × 10<sup>10</sup> particles improved the BBB score by 2–3 points "
            "[5,13], and native EVs in our study had a similar, smaller effect.",
            "The intrathecal catheter allowed the EVs to reach the lumbar enlargement, but it is an invasive "
            "route; the optimal timing and dose remain to be determined.",
        ]),
    ],
    references=refs(0, 1, 4, 9, 10, 12),
    scores=Scores(
        outcome="BBB", err="sd",
        groups=[("Vehicle", "control", 8), ("EV", "other", 8), ("EV-siPTEN", "treatment", 8)],
        values={
            "Vehicle": series(_D10, [(0.4, 0.5), (2.1, 1.6), (3.4, 2.0), (4.2, 2.2), (4.6, 2.3)]),
            "EV": series(_D10, [(0.5, 0.6), (3.0, 1.8), (5.1, 2.1), (6.0, 2.3), (6.5, 2.4)]),
            "EV-siPTEN": series(_D10, [(0.6, 0.7), (4.4, 1.9), (7.8, 2.2), (9.5, 2.4), (10.3, 2.5)]),
        },
    ),
    back=[("Competing interests", "{{reported_conflict_of_interest|None of the authors has competing interests "
           "to declare}}."),
          ("Funding", "Fondo de Investigación Andino, grant FIA-2021-033.")],
    footnote=NOTICE,
)

STUDIES = [VUONG, ZAPATA]
