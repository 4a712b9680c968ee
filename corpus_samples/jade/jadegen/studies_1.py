"""Jade studies 1-3 (layouts of the external renderer). Everything here is invented."""

from __future__ import annotations

from extgen.common import FOOTNOTE, GMU, MINUS, MU, NB, POOL, TH
from extgen.model import Scores, Study

from jadegen.grid import Grid, Score, pm, spec

# ---------------------------------------------------------------------------------------------
# 1. Etxeberria 2021: one table holding three outcomes as row blocks, BBB block in the middle.
# ---------------------------------------------------------------------------------------------

E_DAYS = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0]
E_BBB = {
    "Sham": [(21.0, 0.0)] * 6,
    "SCI + PBS": [(0.4, 0.3), (1.3, 0.6), (3.2, 0.8), (5.1, 1.0), (6.4, 1.1), (7.3, 1.2)],
    "hUCMSC-Exo": [(0.5, 0.4), (1.9, 0.7), (4.8, 0.9), (7.7, 1.1), (9.6, 1.2), (11.2, 1.3)],
}
E_INCLINE = {"Sham": [63, 64, 63, 64, 65, 64], "SCI + PBS": [21, 23, 27, 31, 33, 35],
             "hUCMSC-Exo": [22, 25, 31, 37, 41, 45]}
E_WEIGHT = {"Sham": [236, 239, 244, 251, 258, 264], "SCI + PBS": [233, 221, 219, 226, 235, 242],
            "hUCMSC-Exo": [235, 225, 226, 234, 243, 251]}
E_ARMS = {"Sham": "sham", "SCI + PBS": "control", "hUCMSC-Exo": "treatment"}


def _etx_grid() -> Grid:
    head = [["Outcome and group", *[f"Day {d:g}" for d in E_DAYS]]]
    body: list = [[("Body weight (g)", 7)]]
    body += [[g, *[f"{w} ± {3 + i}" for i, w in enumerate(E_WEIGHT[g])]] for g in E_BBB]
    body.append([("BBB locomotor score (0" + "–21)", 7)])
    scores = []
    for g, vals in E_BBB.items():
        line = len(body)
        body.append([g, *[pm(m, e) for m, e in vals]])
        scores += [Score("BBB", g, E_ARMS[g], d, m, e, "sd", 10, pm(m, e), line) for d, (m, e) in zip(E_DAYS, vals)]
    body.append([("Inclined plane, maximal angle (°)", 7)])
    body += [[g, *[f"{a} ± {2 + i % 3}" for i, a in enumerate(E_INCLINE[g])]] for g in E_BBB]
    return Grid(head=head, body=body, scores=scores, font=7.5, blocks=[0, 4, 8])


ETXEBERRIA = Study(
    stem="etxeberria2021_hucmsc_exo_rowblocks_tailvein",
    layout="single",
    title="Umbilical cord mesenchymal stromal cell exosomes given once by tail vein preserve hindlimb function after thoracic contusion in female rats",
    short_title="Etxeberria et al. · hUCMSC exosomes after contusion",
    authors=[("Maialen", "Etxeberria"), ("Tomás", "Villaverde"), ("Ngozi", "Achebe"), ("Lars", "Holmqvist"),
             ("Aitor", "Zubiri")],
    affiliations=["Neural Repair Unit, Invented Institute of Biomedicine, Bilbao, Spain",
                  "Department of Cell Therapy, Fictional University Hospital, Lund, Sweden"],
    journal="Journal of Spinal Regeneration Research",
    year=2021, volume="14(3):e0412", doi="10.5555/jsrr.2021.0412", pmid="99100311", pmcid="PMC9910311",
    received="2021-02-11",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "female", "body_weight_g": {"low": 220, "high": 250},
        "n_per_group": 10, "injury_model": "contusion", "injury_device": "NYU impactor", "injury_level": "T10",
        "source_tissue": "umbilical_cord", "source_species": "human",
        "isolation_method": ["ultracentrifugation"], "isolation_detail": "100,000 g 70 min",
        "characterization": ["TEM", "NTA", "western_blot"], "markers": ["CD9", "CD63", "TSG101", "calnexin"],
        "size_nm": {"value": 112.6, "low": None, "high": None, "stat": "mean", "method": "NTA"},
        "dose": {"amount": 100, "unit": "ug", "volume_ul": 500, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein", "frequency": {"doses": 1, "interval_h": None},
        "timing_post_injury_h": 2.0, "mechanism": "suppression of NLRP3 inflammasome-mediated pyroptosis",
        "reported_randomisation": True, "reported_blinded_assessment": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Background", "Cell-free products of mesenchymal stromal cells are being tested as an alternative to cell grafts after spinal cord injury (SCI)."),
        ("Methods", f"Adult female rats received a moderate contusion at T10 and, 2{NB}h later, a single intravenous injection of human umbilical cord MSC-derived exosomes (hUCMSC-Exo) or PBS. Locomotion was rated on the Basso–Beattie–Bresnahan (BBB) scale for four weeks."),
        ("Results", "Exosome-treated rats regained more hindlimb function from day 14 onward, lost less body weight and held steeper inclines; spinal pyroptosis markers were lower."),
        ("Conclusions", "One early dose of hUCMSC-Exo is enough to improve open-field locomotion in this model."),
    ],
    keywords=["spinal cord injury", "exosomes", "umbilical cord", "pyroptosis", "BBB scale"],
    sections=[
        ("intro", "1. Introduction", [
            "Traumatic spinal cord injury sets off a secondary cascade of oedema, inflammation and cell death that spreads well beyond the impact site [1,3]. Inflammasome activation in microglia, and the pyroptotic death that follows it, has become one of the better-studied links in that chain [3,7].",
            f"Exosomes are membrane vesicles of endosomal origin, conventionally described as 30–150{NB}nm across, that carry proteins and small RNAs between cells [2,4]. When rats with a contused cord are given vesicles from bone marrow stromal cells, BBB scores typically improve by three to four points at four weeks [5,11], although effect sizes vary widely between laboratories.",
            "Umbilical cord tissue is an attractive source because it is discarded at birth and the cells expand readily. We asked whether a single intravenous dose of umbilical cord MSC exosomes, given within the first hours after injury, changes the course of locomotor recovery, and whether it acts through pyroptosis.",
        ]),
        ("methods", "2. Materials and methods", [
            ("h", "2.1. Animals and ethics"),
            f"Forty {{{{species,strain,sex|female Sprague{MINUS}Dawley rats}}}} ({{{{body_weight_g|220–250{NB}g}}}}) were obtained from the institute breeding colony and housed three per cage on a 12-h light cycle. All procedures were approved by the regional animal experimentation committee (permit 2019/117) and followed the ARRIVE 2.0 guidelines. {{{{reported_randomisation|Rats were allocated to groups by a computer-generated random sequence}}}} after surgery, with {{{{n_per_group|10 rats per group}}}}.",
            ("h", "2.2. Spinal cord injury"),
            f"Under isoflurane (2.5% induction, 1.5% maintenance) and after buprenorphine (0.05{NB}mg/kg s.c.), a laminectomy exposed the cord at {{{{injury_level|the T10 segment}}}}. {{{{injury_model,injury_device|A moderate contusion was produced with the NYU impactor}}}} (10{NB}g rod dropped from 25{NB}mm). Sham rats underwent laminectomy only. Bladders were expressed manually twice a day until reflex voiding returned.",
            ("h", "2.3. Cell culture and exosome isolation"),
            f"{{{{source_tissue,source_species|Human umbilical cord MSCs}}}} (passages 3–5) were characterised by flow cytometry (CD73+, CD90+, CD105+, CD34−, CD45−) and cultured in exosome-depleted medium for 48{NB}h. Conditioned medium was cleared at 300 × g (10 min), 2000 × g (20 min) and 10{TH}000 × g (30 min), and {{{{isolation_method,isolation_detail|exosomes were pelleted by ultracentrifugation at 100,000 × g for 70 min}}}} (Type 70 Ti rotor), washed once in PBS and re-pelleted. Protein content was measured with a BCA assay.",
            ("h", "2.4. Characterisation"),
            "{{characterization|Vesicle morphology was examined by transmission electron microscopy, size distribution by nanoparticle tracking analysis (NanoSight NS300)}}, and {{characterization,markers|western blots were probed for CD9, CD63 and TSG101, with calnexin as a negative marker}}.",
            ("h", "2.5. Treatment"),
            f"{{{{timing_post_injury_h|Two hours after injury}}}}, rats received {{{{dose|100 {MU}g of hUCMSC-Exo (protein) in 500 {MU}L PBS}}}} {{{{route,route_detail|through the lateral tail vein}}}}; controls received 500 {MU}L PBS. {{{{frequency|No further injections were given}}}}.",
            ("h", "2.6. Behavioural testing"),
            f"{{{{reported_blinded_assessment|Two examiners unaware of group allocation}}}} scored open-field locomotion on the BBB scale (0–21) on days 1, 3, 7, 14, 21 and 28, for 4 min per rat; the mean of the two examiners was used. The inclined-plane test (maximal angle held for 5{NB}s) and body weight were recorded on the same days.",
            ("h", "2.7. In vitro pyroptosis assay"),
            f"PC12 cells primed with LPS (1{NB}{GMU}g/mL) and nigericin were co-incubated with 25 or 50{NB}{GMU}g/mL hUCMSC-Exo for 24{NB}h before caspase-1 and GSDMD-N blots.",
            ("h", "2.8. Statistics"),
            "Scores were compared by two-way repeated-measures ANOVA with Tukey's post hoc test; data are mean ± SD, P < 0.05 significant.",
        ]),
        ("results", "3. Results", [
            ("h", "3.1. Vesicle characteristics"),
            f"Electron micrographs showed cup-shaped vesicles, and {{{{size_nm|NTA gave a mean diameter of 112.6 ± 9.8{NB}nm}}}} with 2.4 × 10<sup>11</sup> particles per mg protein. CD9, CD63 and TSG101 were enriched and calnexin absent.",
            ("h", "3.2. Locomotion, weight and incline"),
            "All rats survived to day 28. Table 2 lists every measurement. Scores in both injured groups were near zero on day 1, and the two groups separated from day 14 (P < 0.01).",
            ("table", "Table 2", "Functional outcomes and body weight after contusion (mean ± SD, n = 10 per group).",
             spec(_etx_grid(), foot="Sham, laminectomy only; SCI + PBS, contusion and vehicle; hUCMSC-Exo, contusion and 100 µg exosomes i.v.")),
            "By day 28 the exosome group reached {bbb:hUCMSC-Exo@28} compared with {bbb:SCI + PBS@28} in PBS-treated rats, a difference of about four points. Treated rats also recovered their pre-injury weight a week earlier.",
            ("h", "3.3. Pyroptosis"),
            "Cleaved caspase-1, GSDMD-N and IL-1β were lower in the lesion of treated rats on day 3, and the 50 µg/mL dose had the same effect in PC12 cells.",
        ]),
        ("discussion", "4. Discussion", [
            f"{{{{mechanism|Suppression of NLRP3 inflammasome-mediated pyroptosis}}}} in the first days after injury is the simplest explanation for what we observed. The size of the benefit, roughly four BBB points, sits at the upper end of what has been reported for systemic vesicles: one group found 9.1 at 28 days against 6.0 in controls after 200 {MU}g [5], another a gain of under two points with daily dosing [11].",
            "Limitations include a single sex, a single dose and a four-week horizon; we did not track vesicle biodistribution.",
        ]),
    ],
    references=[POOL[i] for i in (0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10)],
    scores=Scores("BBB", "sd", [("Sham", "sham", 10), ("SCI + PBS", "control", 10), ("hUCMSC-Exo", "treatment", 10)],
                  {g: dict(zip(E_DAYS, v)) for g, v in E_BBB.items()}),
    back=[("Ethics approval", "{{reported_welfare_compliance|Approved by the regional animal experimentation committee (permit 2019/117).}}"),
          ("Competing interests", "{{reported_conflict_of_interest|The authors declare no competing interests.}}"),
          ("Funding", "Invented Foundation for Neural Repair, grant NR-2020-03.")],
    footnote=FOOTNOTE,
)


# ---------------------------------------------------------------------------------------------
# 2. Uusitalo 2022: groups as column groups with Mean / SEM sub-columns, days as rows under
#    "Time point", a pre-injury baseline row, significance marks glued to the means.
# ---------------------------------------------------------------------------------------------

U_DAYS = [1.0, 3.0, 7.0, 14.0, 21.0, 28.0, 35.0, 42.0]
U_BBB = {
    "Sham": [(20.8, 0.1), (20.9, 0.1), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0), (21.0, 0.0)],
    "SCI + vehicle": [(0.6, 0.2), (1.4, 0.3), (2.9, 0.4), (4.6, 0.5), (5.8, 0.5), (6.7, 0.6), (7.2, 0.6), (7.5, 0.7)],
    "rBMSC-sEV": [(0.7, 0.2), (1.7, 0.3), (4.1, 0.5), (6.9, 0.6), (8.6, 0.6), (9.8, 0.7), (10.4, 0.7), (10.9, 0.8)],
}
U_ARMS = {"Sham": "sham", "SCI + vehicle": "control", "rBMSC-sEV": "treatment"}


def _uus_grid() -> Grid:
    head = [["Time point", ("Sham", 2), ("SCI + vehicle", 2), ("rBMSC-sEV", 2)],
            ["", "Mean", "SEM", "Mean", "SEM", "Mean", "SEM"]]
    body: list = [["Pre-injury", "21.0", "0.0", "21.0", "0.0", "21.0", "0.0"]]
    scores = []
    for i, d in enumerate(U_DAYS):
        row = [f"{d:g} dpi"]
        for g in U_BBB:
            m, e = U_BBB[g][i]
            mark = "^{*}" if g == "rBMSC-sEV" and d >= 14 else ""
            row += [f"{m:.1f}{mark}", f"{e:.1f}"]
            scores.append(Score("BBB", g, U_ARMS[g], d, m, e, "sem", 8, f"{m:.1f}", len(body)))
        body.append(row)
    return Grid(head=head, body=body, scores=scores, font=7)


UUSITALO = Study(
    stem="uusitalo2022_rbmsc_sev_meansem_subcolumns_iv",
    layout="twocol",
    title="Repeated intravenous small extracellular vesicles from rat bone marrow stromal cells after Infinite Horizon contusion: a six-week locomotor study",
    short_title="Uusitalo et al.",
    authors=[("Aino", "Uusitalo"), ("Mikko", "Rantanen"), ("Priya", "Raghunathan"), ("Jonas", "Becker")],
    affiliations=["Institute of Translational Neuroscience, Fictional University of Oulu, Finland",
                  "Core Facility for Vesicle Analytics, Invented Research Campus, Tampere, Finland"],
    journal="Nordic Journal of Experimental Neurotrauma",
    year=2022, volume="Vol. 9, Art. 227", doi="10.5555/njen.2022.227", pmid="99100322", pmcid="PMC9910322",
    received="2022-05-03",
    values={
        "species": "rat", "strain": "Wistar", "sex": "male", "body_weight_g": {"low": 250, "high": 280},
        "n_per_group": 8, "injury_model": "contusion", "injury_device": "Infinite Horizon impactor",
        "injury_level": "T10", "source_tissue": "bone_marrow", "source_species": "rat", "modification": "none",
        "isolation_method": ["ultrafiltration", "ultracentrifugation"], "isolation_detail": "120,000 g 90 min",
        "characterization": ["NTA", "TEM", "western_blot"], "markers": ["CD81", "Alix", "TSG101", "GM130"],
        "size_nm": {"value": 96.0, "low": None, "high": None, "stat": "mode", "method": "NTA"},
        "dose": {"amount": 2e10, "unit": "particles", "volume_ul": 300, "basis": "particles"},
        "route": "intravenous", "route_detail": "tail vein", "frequency": {"doses": 3, "interval_h": 24},
        "timing_post_injury_h": 24.0, "mechanism": "reduced blood–spinal cord barrier leakage via pericyte preservation",
        "reported_blinded_assessment": True, "reported_sample_size_calculation": True,
        "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        (None, "Small extracellular vesicles (sEVs) secreted by bone marrow stromal cells are candidate treatments for spinal cord injury, but most rat studies give one bolus and stop at four weeks. Male Wistar rats with a 200-kdyn thoracic contusion received three daily tail-vein injections of native rat BMSC-sEVs starting one day after injury and were followed for six weeks. Treated rats reached higher BBB scores from the second week (Table 2), with less Evans blue extravasation and more PDGFRβ-positive pericytes around the lesion."),
    ],
    keywords=["extracellular vesicles", "blood–spinal cord barrier", "pericytes", "contusion", "Wistar rat"],
    sections=[
        ("intro", "Introduction", [
            "Disruption of the blood–spinal cord barrier within hours of a contusion lets plasma proteins and leukocytes into the parenchyma and sustains secondary damage [6,16]. Pericytes, which detach from injured capillaries, are central to this process.",
            "Vesicles released by stromal cells are usually described as measuring 50–200 nm, and systemic doses in the literature span more than two orders of magnitude [2,14]. A recent meta-analysis put the pooled gain in BBB score at about 3 points [11]. Repeated dosing during the first days after injury, when the barrier is most permeable, has rarely been tested.",
        ]),
        ("methods", "Methods", [
            ("h", "Animals"),
            "{{species,strain,sex|Male Wistar rats}} {{body_weight_g|weighing 250–280 g}} were kept in pairs with food and water ad libitum. The study was authorised by the national project authorisation board (ESAVI/4471/2021). {{reported_sample_size_calculation|Group size was set by a power calculation}} (α = 0.05, power 0.8, expected difference 2.5 BBB points, SD 1.5), giving {{n_per_group|eight animals per group}}.",
            ("h", "Contusion"),
            "Rats were anaesthetised with ketamine (75 mg/kg) and medetomidine (0.5 mg/kg) i.p. {{injury_level|After removal of the T10 lamina}}, {{injury_model,injury_device|a 200-kdyn contusion was delivered with the Infinite Horizon impactor}}. Sham rats received the laminectomy alone.",
            ("h", "Vesicle preparation"),
            f"{{{{source_tissue,source_species|Bone marrow stromal cells were flushed from the femurs of donor Wistar rats}}}} and used at passage 4. Serum-free conditioned medium (72 h) was filtered (0.22 {GMU}m), {{{{isolation_method|concentrated on Amicon Ultra-15 100-kDa filters and ultracentrifuged}}}} {{{{isolation_detail|at 120{TH}000 ×g for 90 min}}}} (4 °C). {{{{modification|The vesicles were native; the donor cells were neither transfected nor preconditioned.}}}}",
            "{{characterization|Particle size and concentration were determined by NTA (ZetaView PMX-120) and morphology by TEM}}. {{characterization,markers|Western blotting detected CD81, Alix and TSG101, while GM130 was absent}}.",
            ("h", "Treatment"),
            f"{{{{timing_post_injury_h,frequency|Beginning 24 h after injury, rats were injected once daily for three consecutive days}}}} with {{{{dose|2 × 10<sup>10</sup> particles in 300 {MU}L saline}}}} or saline alone, {{{{route,route_detail|via a lateral tail vein}}}}.",
            ("h", "Locomotor testing"),
            "BBB scores were taken before surgery and at 1, 3, 7, 14, 21, 28, 35 and 42 days post-injury (dpi) {{reported_blinded_assessment|by two raters who did not know the treatment}}. Evans blue (2%, 4 mL/kg) was given at 3 dpi to a separate cohort.",
            ("h", "Statistics"),
            "Mixed-effects models with Holm–Šidák correction; values are mean and SEM.",
        ]),
        ("results", "Results", [
            "{{size_nm|The modal diameter was 96 nm}} (NTA), with 3.1 × 10<sup>11</sup> particles/mL after concentration.",
            "One vehicle rat died on day 2 and was replaced from a reserve cohort so that eight animals per group were scored throughout. Baseline scores were 21 in all rats.",
            ("table", "Table 2", "BBB open-field scores.",
             spec(_uus_grid(), foot="n = 8 per group at every time point. * P < 0.05 vs SCI + vehicle (mixed model, Holm–Šidák). dpi, days post-injury.")),
            "Divergence began in the second week: at 14 dpi the sEV group averaged {bbb:rBMSC-sEV@14} against {bbb:SCI + vehicle@14}, and the gap persisted to 42 dpi.",
            "Evans blue extravasation at 3 dpi was 38% lower in treated rats, and PDGFRβ+ pericyte coverage was higher at 7 dpi.",
        ]),
        ("discussion", "Discussion", [
            "{{mechanism|Reduced blood–spinal cord barrier leakage through pericyte preservation}} is our working explanation for the benefit. Earlier work with a single 1 × 10<sup>9</sup>-particle dose found a final score of 8.9 [5]; our three-dose schedule gave a larger effect, although a direct comparison of schedules in one experiment is still needed.",
            "Only male rats were used, and the observation period, though longer than usual, does not settle whether the gain persists.",
        ]),
    ],
    references=[POOL[i] for i in (0, 1, 4, 5, 10, 13, 15, 3)],
    scores=Scores("BBB", "sem", [("Sham", "sham", 8), ("SCI + vehicle", "control", 8), ("rBMSC-sEV", "treatment", 8)],
                  {g: dict(zip(U_DAYS, v)) for g, v in U_BBB.items()}),
    back=[("Ethics statement", "{{reported_welfare_compliance|All experiments were authorised by the national project authorisation board and followed EU Directive 2010/63/EU.}}"),
          ("Conflict of interest", "{{reported_conflict_of_interest|None of the authors has a conflict of interest to declare.}}")],
    notes=["The pre-injury baseline row of Table 2 (21.0 in every group) is before the injury: no gold rows."],
    footnote=FOOTNOTE,
)


# ---------------------------------------------------------------------------------------------
# 3. Yeboah 2020: groups only as letters, named in the legend under the table; a corner cell
#    "Weeks" over bare numbers; significance letters; a dose-ranging design; a figure legend
#    with numbers in it.
# ---------------------------------------------------------------------------------------------

Y_WEEKS = [1, 2, 3, 4, 6, 8]
Y_DAYS = [7.0 * w for w in Y_WEEKS]
Y_BBB = {
    "Sham": [(21.0, 0.0)] * 6,
    "SCI + saline": [(2.1, 0.9), (3.8, 1.1), (5.0, 1.2), (5.9, 1.3), (6.8, 1.4), (7.4, 1.4)],
    "ADSC-Exo 50 µg/kg": [(2.4, 1.0), (4.3, 1.2), (5.8, 1.3), (6.9, 1.4), (7.9, 1.5), (8.6, 1.5)],
    "ADSC-Exo 200 µg/kg": [(2.9, 1.0), (5.6, 1.2), (7.5, 1.3), (8.8, 1.4), (10.2, 1.5), (11.0, 1.6)],
}
Y_ARMS = {"Sham": "sham", "SCI + saline": "control", "ADSC-Exo 50 µg/kg": "other", "ADSC-Exo 200 µg/kg": "treatment"}
Y_LETTERS = {"Sham": "", "SCI + saline": "a", "ADSC-Exo 50 µg/kg": "a", "ADSC-Exo 200 µg/kg": "ab"}


def _yeb_grid() -> Grid:
    head = [["Weeks", *[str(w) for w in Y_WEEKS]]]
    body, scores = [], []
    for letter, g in zip("ABCD", Y_BBB):
        row = [letter]
        for d, (m, e) in zip(Y_DAYS, Y_BBB[g]):
            sig = Y_LETTERS[g] if d >= 21 else ""
            row.append(pm(m, e) + (f"^{{{sig}}}" if sig else ""))
            scores.append(Score("BBB", g, Y_ARMS[g], d, m, e, "sd", 12, pm(m, e), len(body)))
        body.append(row)
    return Grid(head=head, body=body, scores=scores, font=8.5)


YEBOAH = Study(
    stem="yeboah2020_hadsc_exo_letter_groups_perkg",
    layout="single",
    title="Dose-dependent locomotor benefit of adipose stromal cell exosomes after weight-drop spinal cord injury",
    short_title="Yeboah et al. — ADSC exosome dose response",
    authors=[("Kwame", "Yeboah"), ("Efua", "Mensah-Bonsu"), ("Daniel", "Okoro"), ("Sarah", "Whitcombe"),
             ("Abena", "Asante")],
    affiliations=["Department of Physiology, Invented School of Medical Sciences, Kumasi, Ghana",
                  "Centre for Regenerative Biology, Fictional University, Leeds, United Kingdom"],
    journal="African Journal of Neuroregenerative Medicine",
    year=2020, volume="7(2):141–156", doi="10.5555/ajnm.2020.07.141", pmid="99100333", pmcid="PMC9910333",
    received="2019-11-20",
    values={
        "species": "rat", "strain": "Sprague-Dawley", "sex": "male", "body_weight_g": {"low": 200, "high": 220},
        "n_per_group": 12, "injury_model": "contusion", "injury_device": "weight drop", "injury_level": "T9-T10",
        "source_tissue": "adipose", "source_species": "human",
        "isolation_method": ["precipitation_kit"], "isolation_detail": "ExoQuick-TC",
        "characterization": ["TEM", "western_blot"], "markers": ["CD63", "CD9", "HSP70"],
        "size_nm": {"value": 87.5, "low": None, "high": None, "stat": "mean", "method": "TEM"},
        "dose": {"amount": 200, "unit": "ug_per_kg", "volume_ul": None, "basis": "protein"},
        "route": "intravenous", "route_detail": "tail vein", "frequency": {"doses": 1, "interval_h": None},
        "timing_post_injury_h": 0.0, "mechanism": "inhibition of astrocyte activation through the TLR4/NF-κB pathway",
        "reported_randomisation": True, "reported_welfare_compliance": True, "reported_conflict_of_interest": True,
    },
    abstract=[
        ("Objective", "To test whether exosomes from human adipose-derived stromal cells (ADSC-Exo) improve hindlimb function after spinal cord injury in a dose-dependent way."),
        ("Design", "Male Sprague-Dawley rats (12 per group) underwent a weight-drop injury and received saline or ADSC-Exo at 50 or 200 µg/kg immediately afterwards. Locomotion was followed for eight weeks."),
        ("Results", "The higher dose produced the larger and earlier improvement in BBB scores, together with fewer GFAP-positive astrocytes."),
    ],
    keywords=["adipose-derived stem cells", "exosomes", "dose–response", "astrocytes", "NF-κB"],
    sections=[
        ("intro", "Introduction", [
            "Reactive astrocytes form the core of the glial scar that walls off a spinal lesion and limits axon regrowth [12,13]. Toll-like receptor 4 signalling through NF-κB is a major driver of this reaction.",
            f"Adipose tissue yields large numbers of stromal cells with little donor morbidity. Their secreted exosomes (vesicles of 40–160{NB}nm by most accounts) dampen glial activation in vitro [2,7]. Most in vivo studies have tested one dose only, and published values range from 20 to 400 µg per animal [11]; we therefore compared two doses scaled to body weight.",
        ]),
        ("methods", "Materials and Methods", [
            ("h", "Animals and groups"),
            "Forty-eight {{species,strain,sex|male Sprague–Dawley rats}} ({{body_weight_g|200–220 g}}) were purchased from an accredited supplier. {{reported_randomisation|Animals were randomly assigned, using sealed envelopes, to four groups}} of {{n_per_group|12 rats each}}: sham operation (A), injury plus saline (B), injury plus low-dose ADSC-Exo (C) and injury plus high-dose ADSC-Exo (D). The 200 µg/kg dose was prespecified as the primary comparison against saline.",
            ("h", "Injury model"),
            "Under sodium pentobarbital anaesthesia (50 mg/kg i.p.), the spinous processes and laminae {{injury_level|at T9–T10}} were removed. {{injury_model,injury_device|A 10-g weight was dropped from a height of 25 mm onto the exposed dura (modified Allen weight drop)}}.",
            ("h", "Exosome isolation and characterisation"),
            "{{source_tissue,source_species|Human adipose-derived stromal cells}} from lipoaspirate (third passage) were grown in serum-free medium for 48 h. {{isolation_method,isolation_detail|Exosomes were precipitated from the supernatant with ExoQuick-TC}} (overnight at 4 °C, then 1500 ×g for 30 min). {{characterization|Morphology and size were assessed by TEM}}, and {{characterization,markers|CD63, CD9 and HSP70 were detected by western blot}}.",
            ("h", "Administration"),
            "{{timing_post_injury_h,route,route_detail|Immediately after the injury, exosomes were injected into the tail vein}} at {{dose|200 µg/kg (group D)}} or 50 µg/kg (group C), in 1 mL/kg saline; {{frequency|each rat received a single injection}}.",
            ("h", "Behaviour and statistics"),
            "The BBB scale was applied weekly from week 1 to week 4 and then at weeks 6 and 8. Groups were compared by two-way ANOVA with Bonferroni correction (mean ± SD).",
        ]),
        ("results", "Results", [
            "{{size_nm|In TEM images the vesicles measured 87.5 ± 14.2 nm on average}} (n = 150 vesicles) and had the expected cup shape.",
            "Table 1 summarises the locomotor scores. From week 3 both exosome doses were above saline, and group D was also above group C.",
            ("table", "Table 1", "BBB scores of the four groups (mean ± SD).",
             spec(_yeb_grid(), foot="A, sham; B, SCI + saline; C, ADSC-Exo 50 µg/kg; D, ADSC-Exo 200 µg/kg. n = 12 per group. a P < 0.05 vs B; b P < 0.05 vs C.")),
            ("figure", "Figure 3", "Time course of BBB scores. At week 8, high-dose rats scored {bbb:ADSC-Exo 200 µg/kg@56} and saline-treated rats {bbb:SCI + saline@56}. Error bars omitted for clarity.",
             {"groups": ["SCI + saline", "ADSC-Exo 50 µg/kg", "ADSC-Exo 200 µg/kg"], "days": Y_DAYS, "x": "weeks"}),
            "GFAP immunoreactivity around the lesion was reduced by 27% with the high dose, and phospho-p65 by 35%.",
        ]),
        ("discussion", "Discussion", [
            "{{mechanism|Inhibition of astrocyte activation through the TLR4/NF-κB pathway}} is consistent with both the histology and the time course. The low dose gave a smaller, later effect, supporting a dose–response relationship. In a study of similar design, a BBB of 12.4 was reached at week 8 with 400 µg of bone marrow exosomes [5].",
            "We did not measure plasma half-life of the vesicles, and precipitation kits co-isolate protein aggregates, which may inflate protein-based doses.",
        ]),
    ],
    references=[POOL[i] for i in (1, 6, 4, 10, 11, 12, 2)],
    scores=Scores("BBB", "sd", [("Sham", "sham", 12), ("SCI + saline", "control", 12),
                                ("ADSC-Exo 50 µg/kg", "other", 12), ("ADSC-Exo 200 µg/kg", "treatment", 12)],
                  {g: dict(zip(Y_DAYS, v)) for g, v in Y_BBB.items()}),
    back=[("Ethical approval", "{{reported_welfare_compliance|The Institutional Animal Care and Use Committee approved all procedures (IACUC-2018-044).}}"),
          ("Declaration of interests", "{{reported_conflict_of_interest|The authors report no competing interests.}}")],
    footnote=FOOTNOTE,
)

STUDIES = [ETXEBERRIA, UUSITALO, YEBOAH]
