"""Spruce studies 1-3 (everything invented): modified vs native vesicles in multi-arm designs."""

from __future__ import annotations

from extgen.common import FOOTNOTE, GMU, MU, NB, POOL, TH, day_fmt, week_fmt, wk_fmt
from extgen.model import Scores, Study

DAYS = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]

# 1. miR-124-3p-enriched exosomes vs native exosomes; groups in a numbered list; table
#    labels shorter than the methods' names; an introduction about engineered vesicles.
WISNIEWSKA = Study(
    stem="wisniewska2021_rbmsc_exo_mir124_fourarm",
    layout="single",
    title="MicroRNA-124-3p-enriched exosomes from rat bone marrow stromal cells restrain microglial activation and improve hindlimb function after thoracic contusion",
    short_title="miR-124-3p exosomes after contusion",
    authors=[("Agnieszka M.", "Wiśniewska"), ("Tomasz", "Rybak"), ("Hanna", "Oduya"), ("Piotr K.", "Zieliński")],
    affiliations=["Department of Experimental Neurotraumatology, Vistula Medical Academy, Gdańsk (invented)",
                  "Laboratory of RNA Therapeutics, Baltic Institute of Cell Biology (invented)"],
    journal="Journal of Neurorestorative Vesicle Research",
    year=2021, volume="9(4):211–226", doi="10.5555/jnvr.2021.0412",
    pmid="99100311", pmcid="PMC9910311", received="2021-02-17",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 220, "high": 250}, "n_per_group": 10,
        "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T10",
        "source_tissue": "bone_marrow", "source_species": "rat",
        "modification": "miR-124-3p overexpression",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 g 70 min",
        "characterization": ["TEM", "NTA", "western_blot"],
        "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 112.4, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 200, "unit": "ug", "volume_ul": 200, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 2,
        "mechanism": "miR-124-3p suppression of M1 microglial activation",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Exosomes of mesenchymal stromal cells carry microRNAs that modulate inflammation, but whether enriching a single anti-inflammatory microRNA adds benefit over native vesicles after spinal cord injury (SCI) is unclear."),
        ("Methods", f"Bone marrow stromal cells (BMSCs) were transduced with a lentiviral miR-124-3p precursor, and exosomes (Exo-miR124) were compared with exosomes of empty-vector cells (Exo) in female rats after an NYU impactor contusion. A single tail-vein dose was given 2{NB}h after injury."),
        ("Results", "At day 28, rats given Exo-miR124 reached a Basso–Beattie–Bresnahan (BBB) score of {bbb:Exo-miR124@28}, compared with {bbb:Exo@28} after native exosomes and {bbb:PBS@28} after PBS."),
        ("Conclusions", "Loading miR-124-3p into BMSC exosomes enhanced their effect on locomotor recovery, in line with stronger suppression of M1-like microglia."),
    ],
    keywords=["spinal cord injury", "exosome", "miR-124-3p", "microglia", "bone marrow stromal cell"],
    sections=[
        ("intro", "1. Introduction", [
            "Traumatic spinal cord injury sets off a secondary cascade of oedema, ischaemia and inflammation in which resident microglia and infiltrating macrophages adopt pro-inflammatory phenotypes [1,7]. Small extracellular vesicles released by mesenchymal stromal cells, conventionally 30–150 nm across, reduce this response in several rodent models [2,11].",
            f"Engineering vesicles has become a field of its own: parent cells are transfected with microRNA mimics, vesicles are electroporated with siRNA, or their surface is decorated with targeting peptides, and doses of 50–400{NB}{MU}g have been given to rats [11,15]. Whether such engineering adds to the effect of native vesicles is rarely tested head to head, because most studies compare the modified product only with vehicle.",
            "miR-124 is the most abundant microRNA of quiescent microglia, and its loss accompanies their activation [15]. We therefore asked whether exosomes enriched in miR-124-3p outperform otherwise identical exosomes in a four-arm design.",
        ]),
        ("methods", "2. Materials and methods", [
            ("h", "2.1. Animals and ethics"),
            "{{reported_welfare_compliance|All procedures were approved by the Local Ethical Committee for Animal Experiments (approval 47/2019) and followed Directive 2010/63/EU}}. {{species,strain,sex,body_weight_g|Adult female Sprague–Dawley rats (220–250 g)}} were housed in pairs with free access to food and water.",
            ("h", "2.2. Cell culture and miR-124-3p enrichment"),
            "{{source_tissue,source_species|BMSCs were flushed from the femora and tibiae of 4-week-old Sprague–Dawley rats}} and used at passages 3–5. {{modification|Cells were transduced with a lentivirus encoding the miR-124-3p precursor (LV-miR124)}} or with the empty vector (LV-NC) at a multiplicity of infection of 20; puromycin-selected cells showed a 38-fold increase in cellular miR-124-3p by qPCR.",
            ("h", "2.3. Exosome isolation and characterisation"),
            f"Conditioned medium (48{NB}h, exosome-depleted serum) was cleared at 300{NB}×{NB}g for 10{NB}min, 2{TH}000{NB}×{NB}g for 20{NB}min and 10{TH}000{NB}×{NB}g for 30{NB}min, filtered (0.22{NB}{MU}m), and {{{{isolation_method,isolation_detail|exosomes were pelleted by ultracentrifugation at 100,000 × g for 70 min}}}} (Type 70 Ti rotor), washed in PBS and pelleted again. Protein was measured with a BCA assay.",
            "{{characterization|Vesicles were examined by transmission electron microscopy, nanoparticle tracking analysis (NanoSight NS300) and western blotting}}. {{markers|Blots were probed for CD9, CD63 and TSG101, with calnexin as a negative marker}}.",
            ("h", "2.4. Spinal cord injury and experimental groups"),
            f"Under isoflurane anaesthesia a laminectomy was performed and {{{{injury_model,injury_device,injury_level|a moderate contusion was produced at T10 with the NYU impactor}}}} (10{NB}g rod, 25{NB}mm). Sham rats received the laminectomy only. Bladders were expressed twice daily until reflex voiding returned.",
            f"{{{{reported_randomisation|Rats were randomly allocated with a computer-generated list}}}} to four groups ({{{{n_per_group|n = 10 per group}}}}): (1) Sham; (2) SCI + PBS, which received 200{NB}{MU}L PBS; (3) SCI + native exosomes from LV-NC cells (SCI + Exo); and (4) SCI + miR-124-3p-enriched exosomes (SCI + Exo-miR124). {{{{dose,route,route_detail|Exosomes (200 μg in 200 μL PBS) were injected into the tail vein}}}} {{{{timing_post_injury_h,frequency|once, 2 h after injury}}}}.",
            ("h", "2.5. Behavioural assessment"),
            "Hindlimb locomotion was scored on the BBB scale on days 1, 3, 7, 14, 21 and 28 by {{reported_blinded_assessment|two observers unaware of group allocation}}. Data are presented as mean ± SD and were compared by two-way repeated-measures ANOVA with Bonferroni correction.",
        ]),
        ("results", "3. Results", [
            ("h", "3.1. Characterisation of the two exosome preparations"),
            f"Both preparations consisted of cup-shaped vesicles. {{{{size_nm|Nanoparticle tracking gave a mean diameter of 112.4 ± 23.5 nm for Exo-miR124}}}} and 109.8 ± 21.7{NB}nm for Exo, and miR-124-3p was 21-fold higher in Exo-miR124 than in Exo. Both expressed CD9, CD63 and TSG101 and lacked calnexin.",
            ("h", "3.2. Locomotor recovery"),
            "All injured rats were paraplegic on day 1. From day 14 onward, the miR-124-3p group separated from both other injured groups (Table 1). On day 21 the scores were {bbb:Exo-miR124@21} (SCI + Exo-miR124), {bbb:Exo@21} (SCI + Exo) and {bbb:PBS@21} (SCI + PBS).",
            ("table", "Table 1", "BBB scores by group and day after injury (mean ± SD; n = 10 per group).",
             {"orient": "cols", "days": DAYS, "groups": ["Sham", "PBS", "Exo", "Exo-miR124"], "day_fmt": day_fmt,
              "corner": "Group",
              "foot": "PBS, SCI + PBS; Exo, SCI + native exosomes; Exo-miR124, SCI + miR-124-3p-enriched exosomes."}),
            ("h", "3.3. Microglial phenotype"),
            "{{mechanism|Exo-miR124 reduced the proportion of iNOS+ Iba1+ cells at the lesion border more than native exosomes, consistent with miR-124-3p suppression of M1 microglial activation}}. In BV2 cells, miR-124-3p inhibitor abolished the effect of Exo-miR124 on TNF-α release, an in vitro test only.",
        ]),
        ("discussion", "4. Discussion", [
            f"Native exosomes improved BBB scores by about three points, similar to earlier reports using 100–200{NB}{GMU}g [5]. Enrichment of miR-124-3p added a further two points. Because the two preparations came from the same cells, differing only in the transgene, this gain can be attributed to the microRNA rather than to vesicle yield or size.",
            "Limitations include the single dose, the short follow-up and the use of female rats only.",
        ]),
    ],
    back=[("Conflict of interest", "{{reported_conflict_of_interest|The authors declare no conflict of interest}}."),
          ("Funding", "Supported by an invented grant (VMA-2019-88).")],
    references=POOL[0:2] + POOL[2:16],
    scores=Scores(
        outcome="BBB", err="sd",
        groups=[("Sham", "sham", 10), ("PBS", "control", 10), ("Exo", "other", 10), ("Exo-miR124", "treatment", 10)],
        values={
            "Sham": dict(zip(DAYS, [(20.8, 0.4), (20.9, 0.3), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)])),
            "PBS": dict(zip(DAYS, [(0.4, 0.5), (1.2, 0.8), (2.9, 1.1), (4.6, 1.3), (6.1, 1.4), (7.0, 1.5)])),
            "Exo": dict(zip(DAYS, [(0.5, 0.5), (1.5, 0.9), (3.8, 1.2), (6.4, 1.4), (8.5, 1.5), (9.8, 1.6)])),
            "Exo-miR124": dict(zip(DAYS, [(0.5, 0.6), (1.7, 0.9), (4.6, 1.3), (8.1, 1.5), (10.6, 1.6), (12.1, 1.7)])),
        },
    ),
    footnote=FOOTNOTE,
)


WEEKS = [7.0, 14.0, 21.0, 28.0, 42.0]

# 2. Hypoxia-primed vs normoxic sEVs, two dose levels; groups named in one sentence with
#    abbreviations that the table shortens again; an in-vitro-only knock-down.
OKEKE = Study(
    stem="okeke2022_hucmsc_sev_hypoxic_twodose",
    layout="twocol",
    title="Hypoxia-primed umbilical cord MSC small extracellular vesicles at two dose levels: a five-arm study of locomotor recovery after contusive spinal cord injury in rats",
    short_title="Hypoxia-primed sEVs, two doses",
    authors=[("Chidinma", "Okeke"), ("Rafael", "Montes-Arce"), ("Yui", "Hasegawa"), ("Ifeanyi", "Nwosu"), ("Laura", "Bianchetti")],
    affiliations=["Centre for Regenerative Neurobiology, Lagoon University Teaching Hospital (invented)",
                  "Institute of Vesicle Engineering, Porto Alegre Biomedical Campus (invented)"],
    journal="Stem Cell Vesicles and Repair",
    year=2022, volume="14: e00873", doi="10.5555/scvr.2022.e00873",
    pmid="99100322", pmcid="PMC9910322", received="2022-05-03",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male",
        "body_weight_g": {"low": 250, "high": 280}, "n_per_group": 8,
        "injury_model": "contusion", "injury_device": "Infinite Horizon impactor", "injury_level": "T9",
        "source_tissue": "umbilical_cord", "source_species": "human",
        "modification": "hypoxic preconditioning",
        "isolation_method": ["ultrafiltration", "ultracentrifugation"], "isolation_detail": "120,000 g 90 min",
        "characterization": ["TEM", "NTA", "western_blot"],
        "markers": ["CD63", "CD81", "Alix", "GM130"],
        "size_nm": {"value": 96.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 200, "unit": "ug", "volume_ul": 500, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein",
        "frequency": {"doses": 2, "interval_h": 24}, "timing_post_injury_h": 0,
        "mechanism": "HIF-1α-dependent miR-210 transfer promoting angiogenesis",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_sample_size_calculation": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Preconditioning mesenchymal stromal cells in low oxygen changes the cargo of their vesicles, but dose–response data in spinal cord injury are lacking. Small extracellular vesicles (sEVs) were collected from human umbilical cord MSCs kept at 2% or 21% O<sub>2</sub> and given intravenously to rats after contusion at one of two doses. The high dose of hypoxia-primed sEVs gave the best recovery (BBB at week 6: {bbb:H-HsEV@42} vs {bbb:Vehicle@42} for vehicle), the low dose an intermediate one, and normoxic sEVs at the high dose did not differ from the low dose of primed sEVs."),
    ],
    keywords=["hypoxic preconditioning", "small extracellular vesicles", "umbilical cord", "dose–response", "BBB"],
    sections=[
        ("intro", "Introduction", [
            f"Mesenchymal stromal cells in the bone marrow niche live at 2–7% oxygen, and culture at atmospheric oxygen changes their secretome [9]. Several groups have primed MSCs with hypoxia, cytokines or small molecules to obtain vesicles with more angiogenic or immunomodulatory cargo [9,16]; reported sizes of such vesicles range from 50 to 200{NB}nm. Doses in rodent SCI studies span at least an order of magnitude [11], yet few studies test more than one.",
            "We designed a five-arm experiment to ask two questions at once: does priming add to native sEVs at equal dose, and is the effect of primed sEVs dose-dependent?",
        ]),
        ("methods", "Methods", [
            ("h", "Animals"),
            "{{species,strain,sex,body_weight_g|Male Wistar rats weighing 250–280 g}} were obtained from an invented supplier. {{reported_welfare_compliance|The protocol was approved by the institutional animal care and use committee (IACUC-22-014) and is reported according to the ARRIVE 2.0 guidelines}}.",
            ("h", "Cell culture and hypoxic priming"),
            "{{source_tissue,source_species|Human umbilical cord MSCs (hUC-MSCs) were isolated from cords donated after caesarean delivery}} with written consent, and characterised by CD73, CD90 and CD105 expression. At passage 4, {{modification|cells were primed in a hypoxia chamber at 2% O2 for 24 h before the conditioned medium was collected}}; normoxic cells were kept at 21% O<sub>2</sub>. For mechanistic experiments in vitro only, HIF-1α was silenced in primed cells with siRNA; vesicles from these cells were not given to animals.",
            ("h", "Isolation of sEVs"),
            f"Serum-free medium was centrifuged at 2{TH}000{NB}×{NB}g for 20{NB}min and 10{TH}000{NB}×{NB}g for 40{NB}min, {{{{isolation_method|concentrated on 100 kDa centrifugal filters and then ultracentrifuged}}}} {{{{isolation_detail|at 120 000 × g for 90 min}}}}. Pellets were resuspended in sterile saline and protein was quantified by micro-BCA.",
            "{{characterization|sEVs were characterised by transmission electron microscopy, nanoparticle tracking analysis (ZetaView) and immunoblotting}} for {{markers|CD63, CD81 and Alix, and for GM130 as a marker of cellular contamination}}.",
            ("h", "Injury and treatment groups"),
            f"{{{{injury_model,injury_device,injury_level|Contusion injury (150 kdyn) was delivered at T9 with an Infinite Horizon impactor}}}} after laminectomy. {{{{reported_sample_size_calculation|An a priori power analysis (α = 0.05, power 0.8, expected difference 3 BBB points, SD 2) gave eight rats per group}}}}. {{{{reported_randomisation|Rats were randomised after injury by sealed envelopes}}}} to sham laminectomy, vehicle (saline), normoxic sEVs at 200{NB}{MU}g (N-sEV), low-dose primed sEVs at 50{NB}{MU}g (LD-HsEV) or high-dose primed sEVs at 200{NB}{MU}g (HD-HsEV), {{{{n_per_group|n = 8 per group}}}}; HD-HsEV versus vehicle was the prespecified primary comparison.",
            "{{dose,route,route_detail|Each dose was diluted in 0.5 mL saline and injected via the lateral tail vein}} {{timing_post_injury_h,frequency|immediately after injury and again 24 h later}}; vehicle rats received saline on the same schedule.",
            ("h", "Outcome assessment"),
            "{{reported_blinded_assessment|Open-field BBB scoring was performed weekly by two raters blinded to treatment}} for six weeks. Values are mean ± SEM; groups were compared by mixed-effects models with Tukey's test.",
        ]),
        ("results", "Results", [
            "{{size_nm|Primed and normoxic sEVs had a similar modal size (96 nm and 99 nm)}} and concentration (about 3 × 10<sup>11</sup> particles per mL), were round, membrane-bound and carried CD63, CD81 and Alix without GM130.",
            "BBB scores fell to near zero in all injured rats and rose over six weeks (Table 2). At week 4, HD-HsEV rats scored {bbb:H-HsEV@28}, LD-HsEV rats {bbb:L-HsEV@28} and N-sEV rats {bbb:N-sEV@28}, against {bbb:Vehicle@28} for vehicle. By week 6 the low dose ({bbb:L-HsEV@42}) and normoxic sEVs ({bbb:N-sEV@42}) had converged, while HD-HsEV rats reached {bbb:H-HsEV@42}.",
            ("table", "Table 2", "BBB scores at weeks 1, 2 and 4 (mean ± SEM, n = 8); week 6 is given in the text.",
             {"orient": "cols", "days": [7.0, 14.0, 28.0], "groups": ["Sham", "Vehicle", "N-sEV", "L-HsEV", "H-HsEV"],
              "day_fmt": wk_fmt, "corner": "Group",
              "foot": "L-HsEV and H-HsEV: hypoxia-primed sEVs at 50 and 200 µg (LD-HsEV and HD-HsEV in the text)."}),
            "{{mechanism|Primed sEVs carried 6-fold more miR-210 and increased CD31+ vessel density at the epicentre, suggesting HIF-1α-dependent miR-210 transfer promoting angiogenesis}}.",
        ]),
        ("discussion", "Discussion", [
            f"The dose–response we observed agrees with a study that gave 100 and 400{NB}{MU}g of bone marrow vesicles [11]. Hypoxic priming matched a fourfold increase in dose, which matters for manufacture. Whether repeated dosing beyond 24{NB}h would add further benefit remains open.",
        ]),
    ],
    back=[("Ethics statement", "{{reported_welfare_compliance|All animal procedures were approved by the IACUC of Lagoon University}}."),
          ("Competing interests", "{{reported_conflict_of_interest|The authors declare that they have no competing interests}}.")],
    references=POOL,
    scores=Scores(
        outcome="BBB", err="sem",
        groups=[("Sham", "sham", 8), ("Vehicle", "control", 8), ("N-sEV", "other", 8), ("L-HsEV", "other", 8),
                ("H-HsEV", "treatment", 8)],
        values={
            "Sham": dict(zip(WEEKS, [(21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)])),
            "Vehicle": dict(zip(WEEKS, [(2.6, 0.4), (4.9, 0.5), (6.3, 0.5), (7.2, 0.6), (8.0, 0.6)])),
            "N-sEV": dict(zip(WEEKS, [(3.1, 0.4), (6.0, 0.5), (7.9, 0.6), (9.0, 0.6), (9.9, 0.7)])),
            "L-HsEV": dict(zip(WEEKS, [(3.0, 0.5), (6.2, 0.6), (8.1, 0.6), (9.3, 0.7), (10.1, 0.7)])),
            "H-HsEV": dict(zip(WEEKS, [(3.6, 0.5), (7.4, 0.6), (9.8, 0.7), (11.2, 0.7), (12.4, 0.8)])),
        },
    ),
    footnote=FOOTNOTE,
)


LONG = [7.0, 14.0, 28.0, 42.0, 56.0]

# 3. siRNA-loaded exosomes in a hydrogel; groups only through abbreviations; an empty-gel
#    arm and an untreated injured arm; BBB numbers in a figure legend and a table placed
#    after the references (manuscript layout).
SONDERGAARD = Study(
    stem="sondergaard2023_hadsc_exo_sipten_hagel",
    layout="manuscript",
    title="A hyaluronic acid hydrogel releasing PTEN-siRNA-loaded adipose stromal cell exosomes promotes axon sparing and locomotor recovery in contused rat spinal cord",
    short_title="siPTEN exosome hydrogel",
    authors=[("Mette", "Søndergaard"), ("Jonas B.", "Kjærgaard"), ("Aiyana", "Redcloud"), ("Farid", "Al-Masri"), ("Lise", "Holmsted")],
    affiliations=["Department of Biomedicine, Jutland Institute of Neurobiology (invented)",
                  "Biomaterials Unit, Øresund Technical School (invented)"],
    journal="Neural Biomaterials Letters",
    year=2023, volume="5(2):77–95", doi="10.5555/nbl.2023.0219",
    pmid="99100333", pmcid="PMC9910333", received="2022-11-28",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female",
        "body_weight_g": {"low": 200, "high": 230}, "n_per_group": 9,
        "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T9-T10",
        "source_tissue": "adipose", "source_species": "human",
        "modification": "siRNA PTEN loading",
        "isolation_method": ["ultrafiltration", "size_exclusion"], "isolation_detail": "qEVoriginal 70 nm columns",
        "characterization": ["TEM", "DLS", "western_blot"],
        "markers": ["CD9", "CD81", "HSP70", "calnexin"],
        "size_nm": {"value": 128.6, "low": None, "high": None, "stat": "mean", "method": "DLS"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 20, "basis": "protein"},
        "route": "implanted_biomaterial", "route_detail": "hydrogel",
        "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0,
        "mechanism": "PTEN knock-down activating PI3K/Akt/mTOR axon regrowth",
        "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Phosphatase and tensin homologue (PTEN) restrains axon growth after central nervous system injury. We loaded exosomes from human adipose-derived stromal cells (hADSCs) with PTEN siRNA by electroporation, embedded them in an injectable hyaluronic acid (HA) hydrogel and placed the gel on contused rat spinal cords. HA-Exo-siPTEN improved BBB scores over HA-Exo, empty HA and untreated injury, spared more corticospinal axons, and reduced PTEN in the lesion."),
    ],
    keywords=["PTEN", "siRNA", "exosome", "hydrogel", "adipose-derived stromal cell", "spinal cord injury"],
    sections=[
        ("intro", "Introduction", [
            f"Systemically injected vesicles mostly end up in liver and spleen, and only a small fraction reaches the injured cord [5]. Local delivery from a hydrogel keeps vesicles at the lesion for days [10]. Exosomes are also attractive carriers of small RNAs; electroporation, sonication and transfection of parent cells have all been used to load them, and loaded particles of 40–160{NB}nm are typical [2,15].",
            "PTEN deletion is one of the strongest known promoters of corticospinal regrowth [3]. Here we combined the two ideas: exosomes carrying PTEN siRNA, held in place by HA hydrogel.",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Exosome production and loading"),
            f"{{{{source_tissue,source_species|hADSCs were obtained from abdominal lipoaspirate of three healthy donors}}}} (ethics approval H-21-0077) and expanded to passage 5. Medium conditioned for 48{NB}h was cleared at 3{TH}000{NB}×{NB}g, {{{{isolation_method|concentrated by 100 kDa ultrafiltration and purified by size-exclusion chromatography}}}} on {{{{isolation_detail|qEVoriginal 70 nm columns}}}}; fractions 7–9 were pooled.",
            "{{modification|Purified exosomes were electroporated with Cy3-labelled PTEN siRNA (siPTEN; 400 V, 150 μF) and washed}} on a second column to remove free siRNA; loading efficiency was 31%. Exosomes electroporated with scrambled siRNA (Exo-siNC) were used in the neuron culture experiments only.",
            "{{characterization|Particles were analysed by TEM, dynamic light scattering (Zetasizer) and western blot}} ({{markers|CD9, CD81, HSP70; calnexin}}).",
            ("h", "Hydrogel"),
            "Thiol-modified HA was cross-linked with PEG-diacrylate to a storage modulus of about 200 Pa, matching cord tissue. Exosomes were mixed into the precursor before gelation; release into PBS was 62% over 7 days.",
            ("h", "Animals, injury and groups"),
            f"{{{{reported_welfare_compliance|Experiments were licensed by the national Animal Experiments Inspectorate and complied with EU Directive 2010/63}}}}. {{{{species,strain,sex,body_weight_g|Female Sprague-Dawley rats (8 weeks, 200–230 g)}}}} were anaesthetised with fentanyl/midazolam. After laminectomy, {{{{injury_model,injury_device,injury_level|a contusion was made at T9–T10 with a modified Allen weight drop}}}} (10{NB}g, 25{NB}mm).",
            "Rats were assigned to Sham, SCI, HA, HA-Exo and HA-Exo-siPTEN ({{n_per_group|nine rats per group}}). {{dose,route,route_detail|In the two exosome groups, 20 µL of hydrogel containing 100 µg of exosomes was injected onto the lesion}} {{timing_post_injury_h,frequency|as a single application immediately after contusion}}; the HA group received gel alone and the SCI group no treatment.",
            ("h", "Behaviour and statistics"),
            "{{reported_blinded_assessment|BBB testing was done at weeks 1, 2, 4, 6 and 8 by an investigator blinded to group}}. Mean ± SD; two-way ANOVA with Sidak's test.",
        ]),
        ("results", "Results", [
            f"{{{{size_nm|DLS gave a mean hydrodynamic diameter of 128.6 ± 9.2 nm for loaded exosomes}}}}, slightly larger than unloaded ones (117.3 ± 8.8{NB}nm). TEM showed intact cup-shaped vesicles after electroporation.",
            "Empty HA did not change BBB scores relative to SCI at any time (Table 1). HA-Exo improved recovery from week 4, and HA-Exo-siPTEN from week 2; at week 6, HA-Exo-siPTEN reached {bbb:HA-Exo-siPTEN@42} versus {bbb:HA-Exo@42} for HA-Exo.",
            ("figure", "Figure 3", "BBB open-field scores over 8 weeks. At week 8, HA-Exo-siPTEN {bbb:HA-Exo-siPTEN@56}, HA-Exo {bbb:HA-Exo@56}, HA {bbb:HA@56}, SCI {bbb:SCI@56}; mean ± SD, n = 9.",
             {"days": LONG, "groups": ["SCI", "HA", "HA-Exo", "HA-Exo-siPTEN"], "x": "weeks"}),
            "{{mechanism|PTEN protein in the lesion fell by 58%, and phospho-Akt and phospho-S6 rose, consistent with PTEN knock-down activating PI3K/Akt/mTOR axon regrowth}}.",
            ("table", "Table 1", "BBB scores (mean ± SD, n = 9 per group) at each week after injury.",
             {"orient": "cols", "days": LONG, "groups": ["Sham", "SCI", "HA", "HA-Exo", "HA-Exo-siPTEN"],
              "day_fmt": week_fmt, "corner": "Group"}),
        ]),
        ("discussion", "Discussion", [
            "The hydrogel alone was inert, so the benefit came from its cargo. Earlier work delivered PTEN siRNA exosomes intranasally [8]; our local approach used a fifth of that dose. Male rats and chronic injury remain to be tested.",
        ]),
    ],
    back=[("Declaration of competing interest", "{{reported_conflict_of_interest|None declared}}."),
          ("Data availability", "Data are available from the corresponding author on request.")],
    references=POOL,
    scores=Scores(
        outcome="BBB", err="sd",
        groups=[("Sham", "sham", 9), ("SCI", "control", 9), ("HA", "other", 9), ("HA-Exo", "other", 9),
                ("HA-Exo-siPTEN", "treatment", 9)],
        values={
            "Sham": dict(zip(LONG, [(21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)])),
            "SCI": dict(zip(LONG, [(1.8, 0.9), (3.9, 1.1), (6.2, 1.3), (7.1, 1.4), (7.6, 1.4)])),
            "HA": dict(zip(LONG, [(1.9, 1.0), (4.1, 1.2), (6.4, 1.2), (7.3, 1.3), (7.9, 1.5)])),
            "HA-Exo": dict(zip(LONG, [(2.2, 1.0), (4.8, 1.2), (8.0, 1.3), (9.1, 1.4), (9.6, 1.4)])),
            "HA-Exo-siPTEN": dict(zip(LONG, [(2.5, 1.1), (6.0, 1.3), (9.5, 1.4), (10.8, 1.4), (11.5, 1.5)])),
        },
    ),
    footnote=FOOTNOTE,
)

STUDIES = [WISNIEWSKA, OKEKE, SONDERGAARD]
