"""First author and journal read from page 1, laid out the ways journals lay it out.

Every author line and citation line below was written for these tests in the
shapes publishers print (superscript affiliation keys, initials before or after
the family name, particles, accents, capitals, run-in "by"), with the traps a
careless reader falls into: an affiliation or "Correspondence" line taken for the
authors, an article-type label taken for the journal, a journal named in the
reference list or the introduction taken for this paper's.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from miner.extract._biblio import first_author, journal_and_year
from miner.parse.model import Block, BlockKind, ParsedDocument, SectionKind

S = SectionKind
TITLE = "Exosomes from bone marrow stromal cells improve hind-limb recovery after spinal cord contusion in rats"


def page_one(
    authors: str | None,
    *,
    above: tuple[str, ...] = (),
    below: tuple[str, ...] = (),
    later: tuple[tuple[SectionKind, str], ...] = (),
) -> ParsedDocument:
    blocks = [Block(t, 1, S.OTHER) for t in above]
    blocks.append(Block(TITLE, 1, S.TITLE, BlockKind.TITLE))
    if authors is not None:
        blocks.append(Block(authors, 1, S.OTHER))
    blocks += [Block(t, 1, S.OTHER) for t in below]
    blocks.append(Block("Abstract", 1, S.ABSTRACT, BlockKind.HEADING))
    blocks.append(Block("Spinal cord injury leaves most patients with lasting paralysis.", 1, S.ABSTRACT))
    blocks += [Block(t, 1, s) for s, t in later]
    return ParsedDocument("t.pdf", "pdf", 6, blocks, {})


# ----------------------------------------------------------------------------- author line


@pytest.mark.parametrize(
    ("line", "family"),
    [
        ("Yiming Zhang1, Lina Qiao2 and Wei Fang1,*", "Zhang"),
        ("by Yiming Zhang, Lina Qiao and Wei Fang", "Zhang"),
        ("Y. Zhang, L. Qiao, W. Fang", "Zhang"),
        ("Zhang Y, Qiao L, Fang W", "Zhang"),
        ("Zhang Y1, Qiao L2, Fang WX1*", "Zhang"),
        ("Elin Bergström*, Kwame Asante, Marisol Quintero", "Bergström"),
        ("Lucía Castillo-Reyes*, Oluwaseun Adeyemi, Pavel Horák", "Castillo-Reyes"),
        ("Ana María García-López a, Jörg Müller b", "García-López"),
        ("Jan-Willem van der Berg1, Sofie De Vries2", "van der Berg"),
        ("Seán Ó Briain1, Aoife Ní Dhomhnaill2", "Ó Briain"),
        ("Hélène Dubois1†, Pierre-Yves Martin2‡", "Dubois"),
        ("Kevin O'Brien1, Mary McDonald2", "O'Brien"),
        ("Nuala E. McGee, Karen M. Morgan, and Hannah M. Tully", "McGee"),
        ("Ross G. DOUGLAS∗ [1], Rajni K. SHARMA† [1]", "Douglas"),
        ("XIAO-MING LI1, WEI ZHANG2", "Li"),
        ("Li-Wei Chen, MD, PhD1; Hao Wang, MS2", "Chen"),
        ("Lucy Yardley [1], PhD; Sascha Miller [1], MSc; Paul Little [3], MD, PhD, FRCGP", "Yardley"),
        ("Pempa Lhakhang [1], Sonia Lippke2*, Nina Knoll [1] and Ralf Schwarzer [3,4]", "Lhakhang"),
        ("Shane M. Burke, [1,2] Steven W. Hwang, [1,2] and Ron I. Riesenburger [1,2]", "Burke"),
        ("Yiming Zhang [a], Lina Qiao [b]", "Zhang"),
        ("Yiming Zhang (1), Lina Qiao (2)", "Zhang"),
        ("Yiming Zhang¹, Lina Qiao²", "Zhang"),
        ("Yiming Zhang1 · Lina Qiao2 · Wei Fang1", "Zhang"),
        ("Yiming Zhang | Lina Qiao | Wei Fang", "Zhang"),
        # Chinese names printed family name first, given name hyphenated in pinyin.
        ("Chen Jian-Hui, [1,2] Cai Shi-Rong, [1,2] and Yu-Long He [1,2]", "Chen"),
        ("Mohammed Al-Rashid1, Fatima El Amrani2", "Al-Rashid"),
    ],
)
def test_author_line_shapes(line: str, family: str) -> None:
    found = first_author(page_one(line))
    assert found is not None
    assert found[0] == family
    assert found[1].text == line  # the evidence is the author line itself


def test_a_hyphenated_given_name_first_stays_a_given_name() -> None:
    found = first_author(page_one("Yu-Long He, Kwame Mensah-Bonsu"))
    assert found is not None and found[0] == "He"


def test_article_type_label_under_the_title_is_skipped() -> None:
    found = first_author(page_one("Research Article", below=("Marta Kowalski*, Ifeanyi Okoro",)))
    assert found is not None and found[0] == "Kowalski"


@pytest.mark.parametrize(
    "line",
    [
        "Department of Orthopaedics, Second Affiliated Hospital, Zhejiang University, Hangzhou, China",
        "Correspondence: Yiming Zhang, yzhang@univ.example",
        "Correspondence should be addressed to Helen M. Burke",
        "Keywords: spinal cord injury; exosomes; BBB score",
        "Received 12 March 2021; Accepted 4 June 2021",
        "Academic Editor: K. S. Sunnerhagen",
        "Spinal Cord Injury",  # a keyword or running head shaped like a name
    ],
)
def test_lines_that_are_not_the_authors_give_nothing(line: str) -> None:
    assert first_author(page_one(line)) is None


@pytest.mark.parametrize(
    ("block", "family"),
    [
        ("Citation: Iskandar DT, Evans BJ, McGuire JA (2014) A new species of fanged frog. PLoS ONE 9(12): e115884.", "Iskandar"),
        ("To cite this article: Okafor CN, Lindqvist E. Vesicles after contusion. J Spinal Res 2021;3:12.", "Okafor"),
        ("© 2012 Hawkes et al.; licensee BioMed Central Ltd. This is an Open Access article.", "Hawkes"),
        ("Copyright © 2016 Shane M. Burke et al. This is an open access article.", "Burke"),
        ("Copyright © 2016 Chen Jian-Hui et al. This is an open access article.", "Chen"),
    ],
)
def test_citation_or_copyright_line_when_no_author_line(block: str, family: str) -> None:
    doc = page_one(None, later=((S.ABSTRACT, block),))
    found = first_author(doc)
    assert found is not None and found[0] == family
    assert found[1].text == block


def test_copyright_line_on_page_two_is_not_read() -> None:
    doc = page_one(None)
    doc.blocks.append(Block("© 2020 Someone et al.; licensee BioMed Central.", 2, S.RESULTS))
    doc.reindex()
    assert first_author(doc) is None


# ----------------------------------------------------------------------------- journal


@pytest.mark.parametrize(
    ("line", "journal", "year"),
    [
        ("J Neurotrauma. 2021;38(4):512-524. doi:10.1089/neu.2020.7321", "J Neurotrauma", 2021),
        ("Stem Cell Research & Therapy (2020) 11:350", "Stem Cell Research & Therapy", 2020),
        ("Zhang et al. Stem Cell Research & Therapy (2020) 11:350 https://doi.org/10.1186/s13287-020-01234-5",
         "Stem Cell Research & Therapy", 2020),
        ("Okely et al. International Journal of Behavioral Nutrition and Physical Activity (2017) 14:81",
         "International Journal of Behavioral Nutrition and Physical Activity", 2017),
        ("Neural Regen Res. 2022 Mar;17(3):624-631", "Neural Regen Res", 2022),
        ("Mol Neurobiol. 2018 Jul;55(7):5676-5690", "Mol Neurobiol", 2018),
        ("Journal of Nanobiotechnology (2021) 19:72", "Journal of Nanobiotechnology", 2021),
        ("Brain Research Bulletin 170 (2021) 1-11", "Brain Research Bulletin", 2021),
        ("Neurochemical Research (2021) 46:1234–1245", "Neurochemical Research", 2021),
        ("Experimental Spinal Research 2020; 38(9):1122–1136", "Experimental Spinal Research", 2020),
        ("Neurotrauma Open Research 2019; 4(3):e19033", "Neurotrauma Open Research", 2019),
        ("Cell Reports 2019; 27(5):1400-1412", "Cell Reports", 2019),
        ("Hindawi Publishing Corporation Journal of Immunology Research Volume 2016, Article ID 2747402, 1 page",
         "Journal of Immunology Research", 2016),
        ("RESEARCH ARTICLE Stem Cell Research & Therapy (2019) 10:112", "Stem Cell Research & Therapy", 2019),
        ("Theranostics 2020, Vol. 10, Issue 19", "Theranostics", 2020),
        ("Biomaterials 2019;210:1-12", "Biomaterials", 2019),
    ],
)
def test_citation_line_shapes(line: str, journal: str, year: int) -> None:
    found_journal, found_year = journal_and_year(page_one("Yiming Zhang, Lina Qiao", above=(line,)))
    assert found_journal is not None and found_journal[0] == journal
    assert found_year is not None and found_year[0] == year


def test_published_in_names_the_journal() -> None:
    found, _ = journal_and_year(page_one("Yiming Zhang, Lina Qiao", below=("Published in: Journal of Neuroinflammation",)))
    assert found is not None and found[0] == "Journal of Neuroinflammation"


def test_citation_footnote_gives_the_journal_after_the_title() -> None:
    cite = "Citation: Iskandar DT, Evans BJ (2014) A Novel Mode in Frogs: A New Species. PLoS ONE 9(12): e115884."
    found, _ = journal_and_year(page_one("Djoko T. Iskandar, Ben J. Evans", later=((S.ABSTRACT, cite),)))
    assert found is not None and found[0] == "PLoS ONE"


@pytest.mark.parametrize(
    "line",
    [
        "ORIGINAL ARTICLE",
        "Research Article | Open Access",
        "Received: 12 March 2021 / Accepted: 4 June 2021",
        "Open Access",
    ],
)
def test_header_labels_are_not_journals(line: str) -> None:
    found, _ = journal_and_year(page_one("Yiming Zhang, Lina Qiao", above=(line,)))
    assert found is None


def test_journals_cited_in_the_text_or_references_are_not_this_papers() -> None:
    doc = page_one(
        "Yiming Zhang, Lina Qiao",
        later=(
            (S.INTRODUCTION, "Exosomes improved recovery in an earlier report (J Neurotrauma 2019; 36:1120)."),
            (S.REFERENCES, "1. Li X, Wang Y. Exosomes after SCI. Stem Cell Res Ther. 2019;10:112."),
        ),
    )
    found, _ = journal_and_year(doc)
    assert found is None


# ----------------------------------------------------------------------------- real page-1 layouts


@pytest.mark.parametrize(
    ("name", "family"),
    [
        ("bmc_cancer_2012_12_560_CanPrevent.pdf", "Hawkes"),
        ("bmc_public_health_2015_s12889-015-1453-7_hand_hygiene.pdf", "Lhakhang"),
        ("cermine_example2_bmc_health_serv_res_2014_14_1_Malawi_QI.pdf", "Agyeman-Duah"),
        ("cermine_example3_clin_sci_2014_ACE_inhibitors.pdf", "Douglas"),
        ("cermine_test2_hindawi_rehabil_res_pract_2010_157939_heart_failure.pdf", "Tully"),
        ("hindawi_case_rep_surg_2016_2318759_iatrogenic_spinal_cord_injury_PMC4739453.pdf", "Burke"),
        ("hindawi_gastroenterol_res_pract_2016_8947505_gastric_mucinous_cancer_PMC4709619.pdf", "Chen"),
        ("ijbnpa_2017_s12966-017-0535-6_girls_in_sport_ROTATED_TABLES.pdf", "Okely"),
        ("jmir_2011_e1963_hand_hygiene_web_intervention.pdf", "Yardley"),
        ("plos_one_2014_0115884_fanged_frog_ONE_COLUMN.pdf", "Iskandar"),
    ],
)
def test_first_author_of_real_pdfs(shared_fixtures: Path, name: str, family: str) -> None:
    from miner.parse import parse_path

    found = first_author(parse_path(shared_fixtures / "pdf" / "articles" / name))
    assert found is not None and found[0] == family


@pytest.mark.parametrize(
    ("name", "journal"),
    [
        ("cermine_example3_clin_sci_2014_ACE_inhibitors.pdf", "Clinical Science"),
        ("hindawi_j_immunol_res_2016_2747402_RETRACTION_notice_PMC4745270.pdf", "Journal of Immunology Research"),
        ("ijbnpa_2017_s12966-017-0535-6_girls_in_sport_ROTATED_TABLES.pdf",
         "International Journal of Behavioral Nutrition and Physical Activity"),
        ("plos_one_2014_0115884_fanged_frog_ONE_COLUMN.pdf", "PLoS ONE"),
    ],
)
def test_journal_of_real_pdfs(shared_fixtures: Path, name: str, journal: str) -> None:
    from miner.parse import parse_path

    found, _ = journal_and_year(parse_path(shared_fixtures / "pdf" / "articles" / name))
    assert found is not None and found[0] == journal
