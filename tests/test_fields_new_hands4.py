"""Study fields written by new hands (fourth wave): the mechanisms behind first-sight misses.

Each group pins one mechanism with phrasings written for these tests, plus traps:

- accepted manuscripts set in one type size join the author line and the affiliation
  under it into one paragraph: the author list ends at the first word that cannot be
  part of a name list (a department, a laboratory, a university, a digit-led address,
  "Accepted", an e-mail address);
- an "Appendix", "Annex" or "Supplementary methods" heading starts back matter, so
  the discussion does not run on into it;
- grams written "gm"/"gms" ("weighing 180–220 gm"), never a rod's "10 gm";
- the group size in a parenthesis after the groups: "four equal groups (10 rats each)";
- vesicles abbreviated with "-Ex"/"-EXO"/"-Exs" after the cell ("BM-MSC-Ex"), so the
  dose, schedule and timing sentences that name only the abbreviation are read;
- a time "after N min of injury" (the "of" some authors write for "after the injury");
- a g-force grouped in lakhs, as Indian papers write it ("1,00,000 ×g");
- the study's rats "obtained from the departmental animal house": a supplier with an
  adjective before it is still a supplier, not a donor tissue;
- "cultured to 80% confluence and pretreated with melatonin": how far the cells grew is
  a culture state, never the preconditioning agent;
- a particle count per animal beside its per-kg equivalent: the contract's "particles"
  unit is a count per animal, so the per-animal figure is the dose;
- a "lumbar intrathecal catheter" is a catheter, not a lumbar puncture; a catheter or
  pump placed in one sentence and the vesicles infused through it in the next.
"""

from __future__ import annotations

import pytest
from _fields import rules_nlp, section_fields

from miner.extract import quantities as qty
from miner.extract._biblio import first_author, journal_and_year
from miner.parse._sections import classify_heading
from miner.parse.model import Block, BlockKind, ParsedDocument, SectionKind

S = SectionKind
TITLE = "Stromal vesicles given after thoracic contusion preserve white matter in adult rats"


def page_one(authors: str) -> ParsedDocument:
    blocks = [
        Block(TITLE, 1, S.TITLE, BlockKind.TITLE),
        Block(authors, 1, S.OTHER),
        Block("Abstract", 1, S.ABSTRACT, BlockKind.HEADING),
        Block("Contusion of the thoracic cord leaves rats with lasting hind-limb deficits.", 1, S.ABSTRACT),
    ]
    return ParsedDocument("t.pdf", "pdf", 6, blocks, {})


# ----------------------------------------------------------------------------- author line + affiliation


@pytest.mark.parametrize(
    ("line", "family"),
    [
        # the corpus shape: the last author runs into the affiliation's first word
        ("Renata Falcão*, Hugo Prates, Maria Inês Leal Laboratório de Medula Espinhal, Recife, Brazil",
         "Falcão"),
        ("Orla Kinsella*, Tadhg Byrne, P. Mulvey Department of Anatomy, Western College, Galway, Ireland",
         "Kinsella"),
        ("Henrike Staal, Bastian Vogt, Ute Lorenz Klinik für Unfallchirurgie, Stadtklinikum Süd, Kiel",
         "Staal"),
        ("Wen-Jie Luo, Qing Han and Ping Ye The Second Affiliated Hospital of Lakeside University, China",
         "Luo"),
        ("Amara Osei, Kofi Mensah, Efua Quaye Institute of Neural Repair, 14 Harbour Road, Accra, Ghana",
         "Osei"),
        ("Nadia Ferreira, Igor Lenz Universidade Federal do Litoral, Natal, Brazil", "Ferreira"),
        ("Sun-Hee Kang, Do-Yun Baek State Key Laboratory of Spinal Repair, Busan", "Kang"),
        ("Paola Ricci, Dario Conti Dipartimento di Neuroscienze, Università del Lago, Como, Italy", "Ricci"),
        # a digit-led address, an e-mail or the manuscript banner ends the list too
        ("Lea Brandt, Jonas Kern 2200 Riverside Avenue, Tulsa, OK 74101, USA", "Brandt"),
        ("Ines Duarte, Tobiah Kessler ines.duarte@example.org", "Duarte"),
        ("Maren Holt, Tobiah Kessler Accepted 12 March 2021", "Holt"),
        # traps: names that merely look like words stay names
        ("Maren Holt, Tobiah Kessler, Ines Duarte", "Holt"),
        ("Julia Van der Berg, Samuel Stone", "Van der Berg"),
    ],
)
def test_author_line_joined_to_its_affiliation(line: str, family: str) -> None:
    found = first_author(page_one(line))
    assert found is not None and found[0] == family


@pytest.mark.parametrize(
    "line",
    [
        # an affiliation line alone is not an author line
        "Department of Anatomy, Western College, Galway, Ireland",
        "Laboratório de Medula Espinhal, Recife, Brazil",
        # a running head shaped like a name list, then an institution
        "Received 3 May 2020 Accepted 9 July 2020",
    ],
)
def test_affiliation_alone_gives_no_author(line: str) -> None:
    assert first_author(page_one(line)) is None


# ----------------------------------------------------------------------------- appendix headings


@pytest.mark.parametrize(
    "heading",
    [
        "Appendix A. Supplementary methods and data",
        "Appendix",
        "APPENDIX B",
        "Appendices",
        "Annex 1. Vesicle characterisation",
        "Supplementary Methods",
        "Supplementary materials and methods",
        "Supplementary Figures and Tables",
        "Electronic supplementary material",
        "S1 Appendix. Full locomotor data",
        "Online Supplement",
        "Supporting Information",
    ],
)
def test_appendix_headings_end_the_discussion(heading: str) -> None:
    assert classify_heading(heading) is SectionKind.OTHER


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        # traps: the body headings they must not swallow
        ("Discussion", SectionKind.DISCUSSION),
        ("Supplementation with exosomes improves recovery", None),
        ("Appendicular muscle tone", None),
        ("Materials and methods", SectionKind.METHODS),
    ],
)
def test_body_headings_are_not_appendices(heading: str, kind: SectionKind | None) -> None:
    assert classify_heading(heading) is kind


# ----------------------------------------------------------------------------- study fields in prose


@pytest.fixture(scope="module")
def nlp():  # type: ignore[no-untyped-def]
    return rules_nlp()


fields = section_fields


@pytest.mark.parametrize(
    ("text", "low", "high"),
    [
        ("Forty adult male albino rats weighing 180–220 gm were obtained from the animal house.", 180, 220),
        ("Wistar rats (200-250gm) were housed two per cage.", 200, 250),
        ("Adult female rats, 220 to 260 gms in weight, were used.", 220, 260),
        ("The rats weighed between 190 and 230 gm at surgery.", 190, 230),
        ("Male rats weighing 250 ± 20 gm were used.", 250, 250),
    ],
)
def test_body_weight_in_gm(nlp, text: str, low: float, high: float) -> None:  # type: ignore[no-untyped-def]
    bw = fields(nlp, (S.METHODS, text)).get("body_weight_g")
    assert bw is not None and bw["low"] == low and bw["high"] == high


@pytest.mark.parametrize(
    "text",
    [
        # a weight-drop rod, a clip's force and a dose are not the rats' weight
        "Injury was made by dropping a 10 gm rod from a height of 5 cm onto the exposed cord.",
        "An aneurysm clip with a closing force of 30 gm was applied for one minute.",
    ],
)
def test_gm_that_is_not_body_weight(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "body_weight_g" not in fields(nlp, (S.METHODS, text))


@pytest.mark.parametrize(
    ("text", "n"),
    [
        (("Rats were divided randomly into four equal groups (10 rats each): Group I (control group): "
         "rats underwent laminectomy only."), 10),
        ("The animals were allocated to three groups (eight animals each).", 8),
        ("Rats were assigned to five groups (12 rats per group) by a random number table.", 12),
        ("Mice were split into two groups (n = 9 mice each) before surgery.", 9),
    ],
)
def test_group_size_in_a_parenthesis(nlp, text: str, n: int) -> None:  # type: ignore[no-untyped-def]
    got = fields(nlp, (S.METHODS, text)).get("n_per_group")
    assert got is not None and got == n


def test_group_size_trap_cages(nlp) -> None:  # type: ignore[no-untyped-def]
    # rats per cage are not rats per group
    got = fields(nlp, (S.METHODS, "Rats were kept in groups (4 rats each cage) under a 12 h light cycle."))
    assert "n_per_group" not in got


@pytest.mark.parametrize(
    ("text", "dose", "doses", "hours"),
    [
        (("Group IV (BM-MSC-Ex group): rats were subjected to SCI then received a single dose of 100 µg/kg "
         "BM-MSC-Ex dissolved in PBS injected in the tail vein 1 hour after induction of injury."),
         (100.0, "ug_per_kg"), 1, 1.0),
        (("The MSC-Ex group received a single injection of 200 µg MSC-Ex in 100 µl PBS through the tail "
         "vein 2 h after injury."), (200.0, "ug"), 1, 2.0),
        ("Rats in the ADSC-EXO group were given one dose of 50 µg ADSC-EXOs intraperitoneally 24 h after SCI.",
         (50.0, "ug"), 1, 24.0),
        ("hUCMSC-Exs (100 µg in 0.5 ml PBS) were injected once via the tail vein 3 h after the contusion.",
         (100.0, "ug"), 1, 3.0),
    ],
)
def test_vesicles_abbreviated_with_ex(nlp, text, dose, doses, hours) -> None:  # type: ignore[no-untyped-def]
    got = fields(nlp, (S.METHODS, "Adult rats received a T10 spinal cord contusion."), (S.METHODS, text))
    assert (got["dose"]["amount"], got["dose"]["unit"]) == dose
    assert got["frequency"]["doses"] == doses
    assert got["timing_post_injury_h"] == hours


@pytest.mark.parametrize(
    ("text", "hours"),
    [
        (("G3 animals were injected intraperitoneally with 50 µg exosomes suspended in 200 µl PBS "
         "after 30 min of injury."), 0.5),
        ("Exosomes were injected into the tail vein after 2 h of SCI.", 2.0),
        ("Treated rats received exosomes after 24 hours of the injury.", 24.0),
        ("The exosome group was injected after one hour of spinal cord injury.", 1.0),
    ],
)
def test_time_after_n_units_of_injury(text: str, hours: float) -> None:
    got = [q.value["hours"] for q in qty.find_time_points(text)]
    assert got == [hours]


@pytest.mark.parametrize(
    "text",
    [
        # traps: "after N units of" something that is not the injury
        "Exosomes were collected after 48 h of culture in serum-free medium.",
        "BBB scores were lower after 4 weeks of treatment with PBS.",
        "The pellet was resuspended after 70 min of centrifugation.",
    ],
)
def test_time_after_n_units_of_something_else(text: str) -> None:
    assert qty.find_time_points(text) == []


@pytest.mark.parametrize(
    ("text", "g"),
    [
        ("then ultracentrifuged at 1,00,000 \u00d7g for 90 min (Beckman, SW 32 rotor)", 100_000.0),
        ("the supernatant was spun at 1,20,000 g for 70 min", 120_000.0),
        ("pelleted at 1,10,000 x g (2 h, 4 \u00b0C)", 110_000.0),
        # traps: western grouping and small spins are unchanged
        ("centrifuged at 10,000 g for 30 min", 10_000.0),
        ("ultracentrifuged at 100,000 \u00d7 g for 70 min", 100_000.0),
    ],
)
def test_g_force_grouped_in_lakhs(text: str, g: float) -> None:
    assert [q.value["g"] for q in qty.find_g_forces(text)] == [g]


def test_lakh_spin_is_the_isolation_detail(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("Conditioned medium of the MSCs was centrifuged at 2000 g for 20 min and 10,000 g for 30 min and "
            "then ultracentrifuged at 1,00,000 \u00d7g for 90 min to pellet the exosomes.")
    got = fields(nlp, (S.METHODS, "Adult rats received a T10 spinal cord contusion."), (S.METHODS, text))
    assert got.get("isolation_detail") == "100,000 g 90 min"


@pytest.mark.parametrize(
    ("text", "sex"),
    [
        (("Male Wistar rats weighing 180 to 210 g were obtained from the departmental animal house and "
         "acclimatised for two weeks."), "male"),
        ("Female Sprague-Dawley rats were obtained from the local breeding colony.", "female"),
        ("Adult male rats were obtained from the central university vivarium.", "male"),
        ("Female rats (8 weeks) were obtained from the faculty's own animal facility.", "female"),
    ],
)
def test_sex_of_rats_from_a_described_supplier(nlp, text: str, sex: str) -> None:  # type: ignore[no-untyped-def]
    assert fields(nlp, (S.METHODS, text)).get("sex") == sex


@pytest.mark.parametrize(
    "text",
    [
        # traps: the cells' donors, not the study's animals
        "MSCs were obtained from the inguinal adipose tissue of two male rats.",
        "Stromal cells were obtained from the umbilical cords of male newborns.",
        "MSCs were obtained from the adipose tissue of male animals.",
    ],
)
def test_sex_of_cell_donors_is_not_read(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    assert "sex" not in fields(nlp, (S.METHODS, text))


_RATS = "Adult rats received a T10 spinal cord contusion and exosomes through the tail vein."


@pytest.mark.parametrize(
    ("text", "modification"),
    [
        (("Human placenta-derived MSCs were cultured to 80% confluence and pretreated with 1 \u00b5M melatonin "
         "for 24 h before the medium was changed to exosome-free medium."), "melatonin preconditioning"),
        (("BMSCs were grown to 70% confluency and then primed with 20 ng/ml IFN-\u03b3 for 48 h before the "
         "exosomes were collected."), "IFN-\u03b3 preconditioning"),
        (("The cells were cultured to subconfluence, pre-treated with 10 \u00b5M curcumin for 12 h and then the "
         "conditioned medium was collected for exosome isolation."), "curcumin preconditioning"),
    ],
)
def test_confluence_is_not_the_agent(nlp, text: str, modification: str) -> None:  # type: ignore[no-untyped-def]
    assert fields(nlp, (S.METHODS, _RATS), (S.METHODS, text)).get("modification") == modification


def test_confluence_alone_is_no_modification(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("MSCs were cultured to 90% confluence before the medium was replaced and the exosomes "
            "were collected 48 h later.")
    assert fields(nlp, (S.METHODS, _RATS), (S.METHODS, text)).get("modification") in (None, "none")


@pytest.mark.parametrize(
    ("text", "amount"),
    [
        (("Twenty-four hours after injury, rats received a single injection of 3 \u00d7 10^9 particles per rat "
         "(\u22481 \u00d7 10^10 particles/kg) in 1 ml PBS via a lateral tail vein."), 3e9),
        (("Each rat was given 1 \u00d7 10^10 particles/kg of EVs (about 2.5 \u00d7 10^9 particles per animal) "
         "through the tail vein."), 2.5e9),
        (("EVs were injected intravenously at 4 \u00d7 10^10 particles per kg body weight, that is 1 \u00d7 10^10 "
         "EV particles per rat, in 500 \u00b5l PBS."), 1e10),
    ],
)
def test_particles_per_animal_over_per_kg(nlp, text: str, amount: float) -> None:  # type: ignore[no-untyped-def]
    got = fields(nlp, (S.METHODS, _RATS), (S.METHODS, text))
    assert got["dose"]["unit"] == "particles" and got["dose"]["amount"] == amount


def test_mass_per_kg_is_kept(nlp) -> None:  # type: ignore[no-untyped-def]
    # trap: a protein dose per kg has its own unit and stays the dose
    text = "Rats received 100 \u00b5g/kg exosomes (about 25 \u00b5g per rat) through the tail vein 1 h after injury."
    got = fields(nlp, (S.METHODS, _RATS), (S.METHODS, text))
    assert got["dose"]["unit"] in ("ug_per_kg", "ug")


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        (("A PE-10 catheter was advanced intrathecally via the L5\u2013L6 interspace (lumbar intrathecal catheter) "
         "to the thoracolumbar junction; EVs (2 \u00d7 10^9 particles in 10 \u00b5l saline) were infused once daily."),
         "intrathecal catheter"),
        ("EVs in 10 \u00b5l were infused through a lumbar intrathecal cannula over 2 min.", "intrathecal catheter"),
        ("Exosomes were given through a lumbar intrathecal polyethylene tube placed during surgery.",
         "intrathecal catheter"),
        # trap: a lumbar intrathecal injection by needle is the puncture
        ("Exosomes (20 \u00b5l) were given by lumbar intrathecal injection with a 30-gauge needle.", "lumbar puncture"),
    ],
)
def test_lumbar_intrathecal_catheter(nlp, text: str, detail: str) -> None:  # type: ignore[no-untyped-def]
    got = fields(nlp, (S.METHODS, _RATS.replace(" and exosomes through the tail vein", "")), (S.METHODS, text))
    assert got.get("route_detail") == detail


_INJURED = "Adult rats received a T10 spinal cord contusion."


@pytest.mark.parametrize(
    "text",
    [
        ("A PE-10 catheter was advanced intrathecally via the L5\u2013L6 interspace (lumbar intrathecal catheter) to "
        "the thoracolumbar junction during the injury surgery. UC-EVs (2 \u00d7 10^9 particles in 10 \u00b5l saline) "
        "or saline were infused once daily for three consecutive days."),
        ("An intrathecal cannula was inserted through the atlanto-occipital membrane and pushed to T12. "
        "Exosomes (10 \u00b5g in 10 \u00b5l) were then infused through it over 5 min."),
        ("Polyethylene tubing was threaded into the subdural space at L3 and fixed to the muscle. "
        "The next day, 20 \u00b5l of sEV suspension was delivered via the tubing."),
    ],
)
def test_catheter_placed_then_vesicles_infused(nlp, text: str) -> None:  # type: ignore[no-untyped-def]
    got = fields(nlp, (S.METHODS, _INJURED), (S.METHODS, text))
    assert got.get("route_detail") == "intrathecal catheter"


def test_catheter_for_another_agent_is_not_read(nlp) -> None:  # type: ignore[no-untyped-def]
    text = ("An intrathecal catheter was inserted at L4 for the tracer. Fluoro-Gold was infused through it "
            "on day 28. Exosomes (100 \u00b5g) were injected into the tail vein 1 h after injury.")
    assert fields(nlp, (S.METHODS, _INJURED), (S.METHODS, text)).get("route_detail") == "tail vein"


# ----------------------------------------------------------------------------- manuscript banners

_BANNERED = [
    (("Ana Ruiz-Pardo, Joel Vidal, Iria Costa 1 Grupo de Reparación Medular, Hospital del Norte, Lugo, Spain "
     "Accepted in Cord Repair Letters, 2021; 9(2): e33 DOI: https://doi.org/10.5555/crl.2021.e33"),
     "Ruiz-Pardo", "Cord Repair Letters", 2021),
    (("Omar F. Haddad, Lina K. Saleh 1 Department of Anatomy, Faculty of Medicine, Delta University, Egypt "
     "Accepted in Journal of Experimental Cord Histology, 2019; 41(3): 210\u2013222"),
     "Haddad", "Journal of Experimental Cord Histology", 2019),
    # a long block: several affiliations before the banner
    (("Ji-Won Baek, Sora Lim, Tae-Hun Oh, Mina Seo 1 Department of Neurosurgery, Hanul University College of "
     "Medicine, Daegu, Republic of Korea 2 Institute of Regenerative Neuroscience, Hanul University, Daegu, "
     "Republic of Korea 3 Laboratory of Vesicle Biology, Eastern Medical Research Centre, Busan, Republic of "
     "Korea Accepted in Korean Journal of Cord Repair, 2018; 12(4): 301\u2013312 DOI: https://doi.org/10.5555/kjcr.2018.301"),
     "Baek", "Korean Journal of Cord Repair", 2018),
    (("Marta Sousa, Rui Leal 2 Servi\u00e7o de Neurologia, Hospital Central, Porto, Portugal "
     "Accepted for publication in Spinal Vesicle Reports, 2020"),
     "Sousa", "Spinal Vesicle Reports", 2020),
]


@pytest.mark.parametrize(("line", "family", "journal", "year"), _BANNERED)
def test_manuscript_author_block_with_banner(line: str, family: str, journal: str, year: int) -> None:
    doc = page_one(line)
    found = first_author(doc)
    assert found is not None and found[0] == family
    j, y = journal_and_year(doc)
    assert j is not None and j[0] == journal
    assert y is not None and y[0] == year


def test_numbered_name_list_is_not_cut() -> None:
    # trap: affiliation numbers after each name, with commas, stay inside the list
    found = first_author(page_one("Maren Holt 1, Tobiah Kessler 2, Ines Duarte 1,2"))
    assert found is not None and found[0] == "Holt"
