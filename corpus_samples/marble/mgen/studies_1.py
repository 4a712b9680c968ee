"""Studies 1-3 of the marble corpus (everything invented)."""

from __future__ import annotations

from extgen.common import FOOTNOTE, MU, NB, POOL, TH
from extgen.model import Study

from mgen.markup import MScores, other_table

D6 = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]


def _v(days: list[float], pairs: list[tuple[float, float]]) -> dict[float, tuple[float, float]]:
    return dict(zip(days, pairs, strict=True))


# --- 1. hrabal2021: "at 1, 3, 7 ... dpi ... respectively", SD only in the statistics ---------

_h_tab, _h_extra = other_table(
    ["Sham", "SCI + PBS", "SCI + rBMSC-Exos"],
    ["Lesion area (% of section)", "Spared white matter (%)", "Body weight at 28 dpi (g)"],
    [["–", "96.1 ± 2.4", "262 ± 9"], ["38.4 ± 5.1", "31.7 ± 4.6", "231 ± 12"],
     ["24.9 ± 4.3", "47.2 ± 5.3", "243 ± 11"]])

HRABAL = Study(
    stem="hrabal2021_rbmsc_exo_respectively_dpi",
    layout="single",
    title="Intravenous bone marrow stromal cell exosomes limit pyroptotic cell death after thoracic spinal cord contusion in rats",
    short_title="Hrabal et al. · rBMSC exosomes after contusion",
    authors=[("Ondřej", "Hrabal"), ("Lenka", "Dvořáková"), ("Tomasz", "Wierzba"), ("Petra", "Novotná"),
             ("Jakub", "Šťastný")],
    affiliations=["Institute of Experimental Neurotraumatology, Brno, Czechia",
                  "Department of Cell Therapy, Synthetic University Hospital, Olomouc, Czechia"],
    journal="Central European Journal of Neural Repair",
    year=2021, volume="14(3):211–224", doi="10.5555/cejnr.2021.0311",
    pmid="99100301", pmcid="PMC9910301", received="2021-02-17",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 220, "high": 250}, "n_per_group": 12,
        "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T10",
        "source_tissue": "bone_marrow", "source_species": "rat",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 g 70 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 112.6, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 200, "unit": "ug", "volume_ul": 200, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 1.0,
        "mechanism": "inhibition of NLRP3 inflammasome-mediated pyroptosis",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Pyroptosis amplifies secondary injury after spinal cord injury (SCI). We asked whether exosomes "
         "secreted by rat bone marrow mesenchymal stem cells (rBMSC-Exos) reduce pyroptosis and improve locomotion."),
        ("Methods", "Female rats received a T10 contusion and one tail-vein injection of rBMSC-Exos or PBS. "
         "Locomotion was rated on the Basso–Beattie–Bresnahan (BBB) scale for four weeks; lesions and "
         "pyroptosis markers were examined at 28 days post-injury (dpi)."),
        ("Results", "Exosome-treated rats recovered better from 7 dpi onwards, with smaller lesions and lower "
         "cleaved caspase-1 and gasdermin D."),
        ("Conclusions", "A single intravenous dose of rBMSC-Exos attenuates pyroptosis and promotes recovery after SCI."),
    ],
    keywords=["spinal cord injury", "exosomes", "bone marrow mesenchymal stem cells", "pyroptosis", "NLRP3"],
    sections=[
        ("intro", "1. Introduction", [
            "Traumatic spinal cord injury leaves most patients with permanent motor deficits, and the "
            "inflammatory cascade that follows the primary impact extends the damage for weeks [1,3]. "
            "Pyroptosis, a lytic, caspase-1-dependent cell death driven by the NLRP3 inflammasome, is one "
            "of its engines [3].",
            "Exosomes are nanosized vesicles of 30–150 nm released by almost every cell type [2]. Those "
            "from mesenchymal stem cells carry the cells' paracrine benefit without the risks of cell "
            "transplantation; in earlier rat work, doses between 100 and 400 μg improved open-field scores "
            "[5,11]. Whether they act on pyroptosis after contusion is not known. Here we tested a single "
            "intravenous dose of rBMSC-Exos in a standard thoracic contusion model.",
        ]),
        ("methods", "2. Materials and methods", [
            ("h", "2.1. Animals and ethics"),
            "Thirty-six {{species,strain,sex,body_weight_g|adult female Sprague–Dawley rats (220–250 g)}} "
            "were obtained from the institutional breeding unit and housed two per cage under a 12-h "
            "light/dark cycle with free access to food and water. After one week of acclimatisation the "
            f"animals were {{{{reported_randomisation,n_per_group|randomly allocated with a random-number table to three groups (n{NB}={NB}12 per group)}}}}: "
            "Sham, SCI + PBS and SCI + rBMSC-Exos.",
            ("h", "2.2. Contusion model"),
            f"Rats were anaesthetised with sodium pentobarbital (40{NB}mg/kg, intraperitoneally). "
            "A {{injury_level|laminectomy was performed at T10}} and the exposed cord received "
            "a {{injury_model,injury_device|moderate contusion with the NYU impactor}} (10 g rod, 25 mm drop). "
            "Sham rats underwent laminectomy only. Bladders were expressed manually twice daily until reflex "
            "voiding returned, and cefazolin (50 mg/kg) was given for three days.",
            ("h", "2.3. Cell culture and exosome isolation"),
            "{{source_tissue,source_species|BMSCs were flushed from the femurs and tibias of 4-week-old male Sprague–Dawley rats}}, "
            "expanded in α-MEM with 10% FBS and used at passages 3–5. At 80% confluence the medium was "
            "replaced by exosome-depleted medium for 48 h. The conditioned medium was centrifuged at "
            f"300 × g for 10 min, 2000 × g for 20 min and 10{TH}000 × g for 30 min, filtered (0.22 {MU}m) and "
            "{{isolation_method,isolation_detail|ultracentrifuged at 100,000 × g for 70 min}} (twice, the "
            "second time after a PBS wash). Pellets were resuspended in PBS and protein was measured by BCA assay.",
            ("h", "2.4. Characterisation"),
            "Exosome morphology was examined by {{characterization|transmission electron microscopy (TEM)}}, "
            "particle size by {{characterization|nanoparticle tracking analysis (NTA; NanoSight NS300)}} and "
            "surface proteins by {{characterization,markers|western blotting for CD9, CD63, TSG101 and calnexin}}.",
            ("h", "2.5. Treatment"),
            f"{{{{timing_post_injury_h|One hour after contusion}}}}, rats in the SCI + rBMSC-Exos group received "
            f"{{{{dose|200 {MU}g of exosomes (total protein) in 200 {MU}L PBS}}}} {{{{route,route_detail,frequency|as a single injection into the tail vein}}}}; "
            "SCI + PBS rats received the same volume of PBS. In vitro, PC12 cells were exposed to "
            f"50 {MU}g/mL exosomes for 24 h before a lipopolysaccharide challenge.",
            ("h", "2.6. Locomotor assessment"),
            "Hind-limb function was rated in an open field on the BBB scale (0–21) at 1, 3, 7, 14, 21 and "
            "28 dpi by {{reported_blinded_assessment|two observers who were blinded to group allocation}}; "
            "each rat was observed for 4 min and the two ratings were averaged.",
            ("h", "2.7. Histology and western blot"),
            "At 28 dpi rats were perfused with 4% paraformaldehyde. Lesion area and spared white matter were "
            "measured on Luxol fast blue sections through the epicentre; NLRP3, cleaved caspase-1, GSDMD-N "
            "and IL-1β were quantified in cord segments by western blot.",
            ("h", "2.8. Statistics"),
            "Data are expressed as mean ± standard deviation (SD). Groups were compared by two-way repeated-"
            "measures ANOVA with Bonferroni's post hoc test (BBB) or one-way ANOVA; P < 0.05 was significant.",
        ]),
        ("results", "3. Results", [
            ("h", "3.1. Characterisation of rBMSC-Exos"),
            "Under TEM the vesicles were round or cup-shaped with a double membrane. "
            "{{size_nm|NTA gave a mean diameter of 112.6 ± 18.4 nm}} and a concentration of "
            "2.4 × 10<sup>11</sup> particles/mL. CD9, CD63 and TSG101 were enriched in exosome lysates "
            "whereas calnexin was detected only in cell lysates.",
            ("h", "3.2. rBMSC-Exos improve hind-limb locomotion"),
            "All injured rats were paraplegic on the first day, and sham-operated rats scored {every:Sham} "
            "at every time point. No animal died or was excluded. At 1, 3, 7, 14, 21 and 28 dpi, BBB "
            "scores in the SCI + PBS group were {bbb:SCI + PBS@1}, {bbb:SCI + PBS@3}, {bbb:SCI + PBS@7}, "
            "{bbb:SCI + PBS@14}, {bbb:SCI + PBS@21} and {bbb:SCI + PBS@28}, respectively, whereas those in "
            "the SCI + rBMSC-Exos group were {bbb:SCI + rBMSC-Exos@1}, {bbb:SCI + rBMSC-Exos@3}, "
            "{bbb:SCI + rBMSC-Exos@7}, {bbb:SCI + rBMSC-Exos@14}, {bbb:SCI + rBMSC-Exos@21} and "
            "{bbb:SCI + rBMSC-Exos@28}, respectively. The difference between the two injured groups was "
            "significant from 7 dpi (P < 0.05) and widened to 3.9 points by 28 dpi (P < 0.001); most "
            "exosome-treated rats regained consistent plantar stepping, which no PBS-treated rat achieved (Figure 2).",
            ("figure", "Figure 2", "Time course of BBB locomotor scores after T10 contusion. Sham, SCI + PBS and "
             "SCI + rBMSC-Exos groups; n = 12 per group. *P < 0.05, ***P < 0.001 versus SCI + PBS.",
             {"days": D6, "groups": ["Sham", "SCI + PBS", "SCI + rBMSC-Exos"]}),
            ("h", "3.3. Smaller lesions and less pyroptosis"),
            "Exosome treatment reduced the lesion area and preserved white matter (Table 1). Protein levels of "
            "NLRP3, cleaved caspase-1 and GSDMD-N at the epicentre fell by roughly 40% relative to PBS, and "
            "IL-1β by about half. In PC12 cells, exosomes halved LPS-induced LDH release.",
            ("table", "Table 1", "Histological outcomes and body weight at 28 dpi.", dict(_h_tab, corner="Group")),
        ]),
        ("discussion", "4. Discussion", [
            "A single intravenous dose of rBMSC-Exos given one hour after contusion improved locomotion "
            "within a week and reduced inflammasome activation. Our scores are close to those of an "
            "earlier report in which exosome-treated rats reached 10.9 at 28 days [5], and lower than "
            "the 13.5 reported after repeated dosing [11].",
            "{{mechanism|We propose that rBMSC-Exos act mainly by inhibiting NLRP3 inflammasome-mediated pyroptosis}} "
            "in neurons and microglia, though other cargo-dependent effects are likely. Limitations include "
            "the use of female rats only and a four-week follow-up.",
        ]),
    ],
    references=POOL[:3] + POOL[4:6] + POOL[10:12],
    scores=MScores(
        outcome="BBB", err="sd",
        groups=[("Sham", "sham", 12), ("SCI + PBS", "control", 12), ("SCI + rBMSC-Exos", "treatment", 12)],
        values={
            "Sham": _v(D6, [(21.0, 0.0)] * 6),
            "SCI + PBS": _v(D6, [(0.4, 0.3), (1.2, 0.5), (3.1, 0.8), (5.2, 1.0), (6.6, 1.1), (7.4, 1.2)]),
            "SCI + rBMSC-Exos": _v(D6, [(0.5, 0.3), (1.9, 0.6), (4.6, 0.9), (7.8, 1.1), (9.9, 1.2), (11.3, 1.3)]),
        },
        extra=_h_extra),
    back=[("Ethics approval", "{{reported_welfare_compliance|All procedures were approved by the Animal Care Committee of the Institute of Experimental Neurotraumatology (protocol 17/2020)}} and followed the ARRIVE guidelines."),
          ("Conflict of interest", "{{reported_conflict_of_interest|The authors declare no competing interests.}}")],
    footnote=FOOTNOTE,
)


# --- 2. faleolo2022: groups coded G1-G4, weeks post-injury, values after comparisons ---------

W6 = [1.0, 7.0, 14.0, 21.0, 28.0, 42.0]

FALEOLO = Study(
    stem="faleolo2022_hucmsc_sev_gcodes_wpi",
    layout="twocol",
    title="Umbilical cord mesenchymal stromal cell small extracellular vesicles shift microglia towards a reparative phenotype after spinal cord contusion",
    short_title="Faleolo et al.",
    authors=[("Sione", "Faleolo"), ("Mere", "Tuilagi"), ("Hannah", "Brightwater"), ("Ioane", "Sapolu"),
             ("Rebecca", "Achterfeld")],
    affiliations=["Pacific Institute for Regenerative Medicine, Apia, Samoa",
                  "School of Biomedical Sciences, Synthetic University of Auckland, New Zealand"],
    journal="Journal of Neurotrauma Models",
    year=2022, volume="9:e2207", doi="10.5555/jnm.2022.e2207",
    pmid="99100302", pmcid="PMC9910302", received="2022-05-03",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male",
        "body_weight_g": {"low": 250, "high": 280}, "n_per_group": 10,
        "injury_model": "contusion", "injury_device": "Infinite Horizon impactor", "injury_level": "T9",
        "source_tissue": "umbilical_cord", "source_species": "human", "modification": "none",
        "isolation_method": ["ultrafiltration", "ultracentrifugation"], "isolation_detail": "120,000 g 90 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD63", "CD81", "Alix", "GM130"],
        "size_nm": {"value": 96.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug_per_kg", "volume_ul": 500, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 3, "interval_h": 24}, "timing_post_injury_h": 24.0,
        "mechanism": "M2 microglial polarisation",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Small extracellular vesicles (sEVs) from human umbilical cord mesenchymal stromal cells (hUC-MSCs) "
         "are candidate acellular therapies for spinal cord injury (SCI). Adult male rats with a T9 contusion were "
         "given hUC-MSC-sEVs, fibroblast sEVs or vehicle intravenously on three consecutive days, and hind-limb "
         "function was followed for six weeks. hUC-MSC-sEVs improved open-field locomotion from the first week "
         "after injury, increased the proportion of Arg1<sup>+</sup> microglia and reduced iNOS<sup>+</sup> cells at the "
         "lesion border, whereas fibroblast sEVs had no effect. These data support a cell-source-specific "
         "immunomodulatory action of MSC-derived sEVs."),
    ],
    keywords=["small extracellular vesicles", "umbilical cord", "microglia", "spinal cord injury", "BBB scale"],
    sections=[
        ("intro", "Introduction", [
            "Microglia and infiltrating macrophages dominate the lesion in the first weeks after spinal cord "
            "injury, and their balance between pro-inflammatory (M1-like) and reparative (M2-like) states "
            "shapes tissue sparing [7]. MSC-derived small extracellular vesicles, conventionally defined as "
            "particles below 200 nm with a typical diameter of 50–150 nm [2,4], carry proteins and RNAs "
            "able to reprogramme these cells.",
            "Most rodent studies used a single injection; clinical translation would more plausibly use "
            "short repeated courses. Previous reports also rarely included vesicles from a non-MSC source "
            "as a control for non-specific vesicle effects [11]. We therefore compared hUC-MSC-sEVs with "
            "sEVs from dermal fibroblasts after a moderate thoracic contusion.",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Study design and animals"),
            "The study was approved by the institutional animal ethics committee. Forty "
            "{{species,strain,sex|male Wistar rats}} ({{body_weight_g|250–280 g}}) were used. An a priori "
            "{{reported_sample_size_calculation|power analysis (α = 0.05, power 0.8, expected difference 3 BBB points, SD 2.2) indicated nine animals per group}}; "
            "to allow for attrition, {{n_per_group|ten rats were assigned to each group}}. "
            "{{reported_randomisation|Allocation was random, using computer-generated sequences held by a colleague not involved in surgery}}. "
            "The groups were: G1, sham laminectomy; G2, SCI + vehicle (PBS); G3, SCI + hUC-MSC-sEVs; "
            "G4, SCI + fibroblast sEVs (HFF-sEVs).",
            ("h", "Spinal cord injury"),
            "Under ketamine (80 mg/kg) and xylazine (10 mg/kg) anaesthesia, the T9 lamina was removed and a "
            "{{injury_model,injury_device,injury_level|200-kdyn contusion was delivered at T9 with the Infinite Horizon impactor}} "
            "(IH-0400). Actual forces and displacements were recorded; rats with forces outside 190–220 kdyn "
            "were to be excluded (none were). Buprenorphine (0.05 mg/kg) was given twice daily for 3 days.",
            ("h", "sEV preparation"),
            "{{source_tissue,source_species|hUC-MSCs were obtained from human umbilical cords}} donated after "
            "caesarean delivery with written consent and characterised by flow cytometry (CD73<sup>+</sup>, "
            "CD90<sup>+</sup>, CD105<sup>+</sup>, CD34<sup>−</sup>, CD45<sup>−</sup>). Human foreskin fibroblasts "
            "were purchased. Conditioned serum-free medium (48 h) was cleared at 2,000 × g and 10,000 × g, "
            "{{isolation_method|concentrated on 100-kDa ultrafiltration units}} and then "
            "{{isolation_method,isolation_detail|ultracentrifuged at 120,000 × g for 90 min}} at 4 °C. "
            "The vesicles were used {{modification|unmodified, without any loading or preconditioning of the parent cells}}.",
            "Vesicles were imaged by {{characterization|TEM}} after negative staining, sized by "
            "{{characterization|NTA}} (ZetaView PMX-120), and probed by "
            "{{characterization,markers|immunoblotting for CD63, CD81, Alix and the Golgi marker GM130}}.",
            ("h", "Treatment"),
            "{{timing_post_injury_h,frequency|Starting 24 h after injury, rats received one injection per day for three consecutive days}}. "
            "Each injection contained {{dose|100 µg/kg sEV protein in 500 µL PBS}} and was given "
            "{{route,route_detail|via the lateral tail vein}}; G2 received PBS. For in vitro assays, BV2 "
            "microglia were treated with 20 µg/mL sEVs.",
            ("h", "Behavioural testing"),
            "Locomotion was scored with the Basso, Beattie and Bresnahan scale 24 h after injury and at 1, 2, 3, 4 "
            "and 6 weeks post-injury (wpi) by {{reported_blinded_assessment|two examiners unaware of the treatment}}.",
            ("h", "Statistical analysis"),
            "Values are mean ± SEM. Repeated-measures two-way ANOVA followed by Tukey's test was used; "
            "p < 0.05 was considered significant.",
        ]),
        ("results", "Results", [
            ("h", "Vesicle characteristics"),
            "Both preparations consisted of cup-shaped vesicles (Figure 1). {{size_nm|The hUC-MSC-sEVs had a modal diameter of 96 nm by NTA}}, "
            "the HFF-sEVs one of 104 nm. CD63, CD81 and Alix were present and GM130 absent in both.",
            "<b>Figure 1.</b> Characterisation of sEVs. (A) Transmission electron micrographs; scale bar 100 nm. "
            "(B) NTA size distributions. (C) Immunoblots of vesicle markers.",
            ("h", "Locomotor recovery"),
            "G1 rats walked normally throughout. Twenty-four hours after injury, hind-limb movement was "
            "almost absent in the injured groups (G2 {bbb:G2@1}; G3 {bbb:G3@1}). By 1 wpi, G3 rats were already "
            "scoring higher than G2 rats ({bbb:G3@7} vs. {bbb:G2@7}, p < 0.05). The advantage grew at 2 wpi "
            "({bbb:G3@14} vs. {bbb:G2@14}, p < 0.01) and at 3 wpi ({bbb:G3@21} vs. {bbb:G2@21}, p < 0.001), and "
            "persisted at 4 wpi ({bbb:G3@28} vs. {bbb:G2@28}, p < 0.001). G4 did not differ from G2 at any "
            "time (G4 at 4 wpi: {bbb:G4@28}; p = 0.62 vs. G2). Two G4 rats died of bladder infection in "
            "week 3; all other animals completed the study.",
            ("figure", "Figure 2", "BBB scores over six weeks in G1–G4. At 6 wpi the scores were "
             "{bbb:G2@42} in G2, {bbb:G3@42} in G3 and {bbb:G4@42} in G4 (G3 vs. G2, p < 0.001).",
             {"days": W6[1:], "groups": ["G2", "G3", "G4"], "x": "weeks"}),
            ("h", "Microglial phenotype"),
            "At 6 wpi the fraction of Arg1<sup>+</sup>/Iba1<sup>+</sup> cells at the lesion border was 38 ± 4% in G3 "
            "versus 17 ± 3% in G2, and iNOS<sup>+</sup>/Iba1<sup>+</sup> cells fell from 46 ± 5% to 25 ± 4%.",
        ]),
        ("discussion", "Discussion", [
            "Repeated intravenous hUC-MSC-sEVs improved locomotion by about four BBB points at six weeks, "
            "a gain comparable to the 3–5 points pooled in a recent meta-analysis [11]. Because fibroblast "
            "vesicles of similar size and dose were ineffective, the effect depends on MSC-specific cargo.",
            "{{mechanism|The shift of microglia towards an M2-like phenotype is the most likely mechanism}}, "
            "as in earlier work using 200 µg single doses [7]. Only male rats were studied.",
        ]),
    ],
    references=[POOL[1], POOL[3], POOL[6], POOL[10], POOL[13]],
    scores=MScores(
        outcome="BBB", err="sem",
        groups=[("G1", "sham", 10), ("G2", "control", 10), ("G3", "treatment", 10), ("G4", "other", 8)],
        values={
            "G2": _v(W6, [(0.3, 0.1), (2.6, 0.4), (4.9, 0.5), (6.4, 0.6), (7.3, 0.6), (8.2, 0.7)]),
            "G3": _v(W6, [(0.4, 0.2), (3.5, 0.5), (7.1, 0.6), (9.6, 0.7), (11.0, 0.7), (12.4, 0.8)]),
            "G4": _v(W6[1:], [(2.8, 0.4), (5.3, 0.6), (6.9, 0.6), (7.8, 0.7), (8.6, 0.7)]),
        }),
    back=[("Ethics statement", "{{reported_welfare_compliance|Animal procedures complied with the national code for the care and use of animals and were approved by the Pacific Institute ethics committee (AEC-22-041).}}"),
          ("Competing interests", "{{reported_conflict_of_interest|None declared.}}")],
    footnote=FOOTNOTE,
)


# --- 3. wuorinen2020: medians (IQR), POD, groups named by dose, accepted-manuscript layout -----

P6 = [1.0, 3.0, 7.0, 14.0, 28.0, 42.0]


def _med(days: list[float], trip: list[tuple[float, float, float]]) -> dict[float, tuple[float, float, float]]:
    return dict(zip(days, trip, strict=True))


_W_MED = {
    "Vehicle": _med(P6, [(0, 0, 0.5), (1, 0.5, 2), (3, 2, 4), (5, 4, 6.5), (7, 6, 8), (8, 7, 9)]),
    "Exo 50 µg": _med(P6[2:], [(3.5, 2.5, 4.5), (6, 5, 7), (8, 7, 9.5), (9, 8, 10.5)]),
    "Exo 200 µg": _med(P6, [(0.5, 0, 1), (1.5, 1, 2.5), (4, 3, 5), (7.5, 6, 8.5), (10, 9, 11.5), (11.5, 10, 13)]),
}

WUORINEN = Study(
    stem="wuorinen2020_radsc_exo_median_pod",
    layout="single",
    title="Dose-dependent effects of intrathecal adipose stromal cell exosomes on blood–spinal cord barrier integrity and locomotor recovery after contusion injury",
    short_title="Wuorinen et al. – intrathecal ADSC exosomes",
    authors=[("Aino", "Wuorinen"), ("Mikko", "Halonen"), ("Sofia", "Lindqvist-Mäki"), ("Tuomas", "Rautio")],
    affiliations=["Neuroscience Centre, Synthetic University of Oulu, Finland"],
    journal="Nordic Journal of Experimental Neurology",
    year=2020, volume="31:118–133", doi="10.5555/njen.2020.031.118",
    pmid="99100303", pmcid="PMC9910303", received="2019-11-28",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 200, "high": 240}, "n_per_group": 8,
        "injury_model": "contusion", "injury_device": "MASCIS impactor", "injury_level": "T9-T10",
        "source_tissue": "adipose", "source_species": "rat", "modification": "none",
        "isolation_method": ["ultrafiltration", "size_exclusion"], "isolation_detail": "qEVoriginal 70 nm columns",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD81", "HSP70", "calnexin"],
        "size_nm": {"value": 134.0, "low": None, "high": None, "stat": "median", "method": "NTA"},
        "dose": {"amount": 200, "unit": "ug", "volume_ul": 20, "basis": "protein"},
        "route": "intrathecal", "route_detail": "lumbar puncture",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.5,
        "mechanism": "preservation of the blood-spinal cord barrier",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Exosomes from adipose-derived mesenchymal stem cells (ADSC-Exos) are easy to produce at scale, but "
         "their dose–response after spinal cord injury is unknown. Female rats with a MASCIS contusion received "
         "a single intrathecal injection of 50 or 200 µg ADSC-Exos or vehicle 30 minutes after injury. The higher "
         "dose reduced Evans blue extravasation on postoperative day (POD) 3, preserved tight-junction proteins and "
         "improved BBB scores from POD 14 to POD 42; the lower dose had smaller, non-significant effects."),
    ],
    keywords=["adipose-derived stem cells", "exosomes", "intrathecal", "blood–spinal cord barrier", "dose–response"],
    sections=[
        ("intro", "Introduction", [
            "Disruption of the blood–spinal cord barrier (BSCB) within hours of injury lets blood-borne cells and "
            "proteins into the cord and sustains secondary damage [6,16]. Exosomes — endosome-derived vesicles of "
            "40–160 nm — from adipose stromal cells reduce endothelial permeability in vitro [2].",
            "Intrathecal delivery places vesicles in the cerebrospinal fluid directly over the lesion and avoids "
            "their hepatic and splenic clearance [8]. Here we compared two intrathecal doses, with the higher dose "
            "prespecified as the primary comparison.",
        ]),
        ("methods", "Methods", [
            ("h", "Animals"),
            "Experiments were approved by the regional animal experiment board and reported according to ARRIVE 2.0. "
            "Twenty-four {{species,strain,sex|female Sprague–Dawley rats}} aged 10–12 weeks and "
            "{{body_weight_g|weighing 200–240 g}} were housed in groups of three. A sample size of "
            "{{reported_sample_size_calculation,n_per_group|eight rats per group was calculated to detect a 3-point BBB difference}} "
            "with 80% power. {{reported_randomisation|Rats were randomised to Vehicle, Exo 50 µg or Exo 200 µg with sealed envelopes}} "
            "opened after the impact.",
            ("h", "Contusion injury"),
            "Anaesthesia was induced with 4% and maintained with 2% isoflurane. After "
            "{{injury_level|laminectomy at the T9–T10 vertebral level}}, a "
            "{{injury_model,injury_device|contusion was produced with the MASCIS impactor}} (10 g, 12.5 mm). "
            "Post-operative care included saline (5 mL s.c.), carprofen (5 mg/kg) for 48 h and manual bladder expression.",
            ("h", "ADSC culture and exosome isolation"),
            "{{source_tissue,source_species|ADSCs were isolated from the inguinal fat pads of adult Sprague–Dawley rats}} "
            "by collagenase digestion and used at passage 4. Serum-free conditioned medium (48 h) was cleared at "
            "2,000 × g, {{isolation_method|concentrated with 100-kDa Amicon Ultra-15 filters}} and fractionated on "
            "{{isolation_method,isolation_detail|qEVoriginal 70 nm columns}} (size exclusion); fractions 7–9 were pooled. "
            "{{modification|The exosomes were native; parent cells were neither transfected nor preconditioned.}}",
            "Exosomes were characterised by {{characterization|TEM}}, by {{characterization|NTA (ZetaView)}} and by "
            "{{characterization,markers|western blotting (CD9, CD81, HSP70; calnexin as negative control)}}.",
            ("h", "Intrathecal injection"),
            "{{timing_post_injury_h|Thirty minutes after contusion}} a 30-G needle was inserted between L5 and L6 and "
            "{{dose|200 µg (or 50 µg) of exosome protein in 20 µL PBS}} was injected over two minutes, "
            "{{route,route_detail,frequency|a single intrathecal injection by lumbar puncture}}; a tail flick "
            "confirmed placement. Vehicle rats received 20 µL PBS.",
            ("h", "Outcomes"),
            "The BBB open-field test was performed on POD 1, 3, 7, 14, 28 and 42 by "
            "{{reported_blinded_assessment|an examiner blinded to treatment}}. BSCB permeability was measured on "
            "POD 3 in a separate cohort (n = 5 per group) by Evans blue extravasation.",
            ("h", "Statistics"),
            "Because BBB scores are ordinal, they are summarised as medians with interquartile ranges and compared by "
            "Kruskal–Wallis tests with Dunn's correction at each POD. Continuous data are mean ± SD.",
        ]),
        ("results", "Results", [
            "ADSC-Exos were cup-shaped under TEM; {{size_nm|the median particle diameter (X50) was 134 nm}} and the "
            "yield was 1.9 × 10<sup>9</sup> particles per µg protein. Marker proteins were present and calnexin absent.",
            "One rat in the Exo 50 µg group was excluded on POD 2 because of autophagia; all other rats completed "
            "the study. On POD 1 all injured rats were nearly paralysed: the median BBB score was {med:Vehicle@1} in "
            "the Vehicle group and {med:Exo 200 µg@1} in the Exo 200 µg group, and on POD 3 {med:Vehicle@3} and "
            "{med:Exo 200 µg@3}, respectively. By POD 7 recovery had started in all groups (Vehicle {med:Vehicle@7}; "
            "Exo 50 µg {med:Exo 50 µg@7}; Exo 200 µg {med:Exo 200 µg@7}).",
            "Differences emerged on POD 14, when rats given 200 µg reached a median of {med:Exo 200 µg@14} against "
            "{med:Vehicle@14} after vehicle (P = 0.02); the 50 µg group was intermediate at {med:Exo 50 µg@14}. On "
            "POD 28 the medians were {med:Exo 200 µg@28}, {med:Exo 50 µg@28} and {med:Vehicle@28} for the 200 µg, "
            "50 µg and vehicle groups, and on POD 42 {med:Exo 200 µg@42}, {med:Exo 50 µg@42} and {med:Vehicle@42} "
            "(Kruskal–Wallis P = 0.004; 200 µg vs. vehicle P = 0.003, 50 µg vs. vehicle P = 0.41). The median "
            "difference between 200 µg and vehicle on POD 42 was 3.5 points (95% CI 1.5 to 5.0).",
            "Evans blue extravasation on POD 3 was 41% lower after 200 µg than after vehicle (P < 0.01), and "
            "ZO-1 and occludin were better preserved (Figure 2).",
        ]),
        ("discussion", "Discussion", [
            "{{mechanism|Our data suggest that ADSC-Exos act early by preserving the blood–spinal cord barrier}}, "
            "which limits the influx of inflammatory cells. The dose–response we observed resembles that of "
            "intravenous studies, where 100 µg was less effective than 400 µg [11], although intrathecal doses "
            "are not directly comparable. Other groups reported BBB scores near 12 at six weeks after "
            "repeated dosing [5].",
            "The study is limited by its size (eight rats per group) and by the ordinal nature of the BBB scale.",
        ]),
        ("", "Figure legends", [
            ("figure", "Figure 1", "BBB locomotor scores (medians) of Vehicle, Exo 50 µg and Exo 200 µg rats from "
             "POD 7 to POD 42; lines join group medians. **P < 0.01 vs. Vehicle.",
             {"days": P6[2:], "groups": ["Vehicle", "Exo 50 µg", "Exo 200 µg"]}),
            "<b>Figure 2.</b> Blood–spinal cord barrier on POD 3. (A) Evans blue extravasation. (B) ZO-1 and "
            "occludin immunoblots. Mean ± SD, n = 5 per group.",
        ]),
    ],
    references=[POOL[1], POOL[4], POOL[5], POOL[7], POOL[10], POOL[15]],
    scores=MScores(
        outcome="BBB", err="sd",
        groups=[("Vehicle", "control", 8), ("Exo 50 µg", "other", 7), ("Exo 200 µg", "treatment", 8)],
        values={g: {d: (t[0], 0.0) for d, t in v.items()} for g, v in _W_MED.items()},
        medians=_W_MED, median_fmt="{m:g} (IQR {lo:g}–{hi:g})"),
    back=[("Ethics", "{{reported_welfare_compliance|The study was approved by the Regional Animal Experiment Board (ESAVI/2019/0412)}}."),
          ("Declaration of interest", "{{reported_conflict_of_interest|The authors report no conflicts of interest.}}")],
    footnote=FOOTNOTE,
)

STUDIES = [(HRABAL, None), (FALEOLO, None), (WUORINEN, "manuscript")]
