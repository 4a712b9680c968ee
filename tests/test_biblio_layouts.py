"""Page-1 bibliographic data in the layouts journals keep inventing.

A narrow metadata column beside the title wraps the citation line inside the journal
name; accepted manuscripts print "in press" where the volume will go; article-number
journals print "Vol. 5, Art. 77"; journals in other languages join the words of their
names with "de", "für", "y"; a side column's "Abbreviations" heading leaks its label
onto the author line. Every line here was written for these tests.
"""

from __future__ import annotations

import pytest

from miner.extract._biblio import first_author, journal_and_year
from miner.parse.model import Block, BlockKind, ParsedDocument, SectionKind

S = SectionKind
TITLE = "Stromal cell vesicles given after thoracic contusion preserve white matter in adult rats"
AUTHORS = "Maren Holt, Tobiah Kessler, Ines Duarte"


def page_one(
    authors: str | None = AUTHORS,
    *,
    above: tuple[str, ...] = (),
    below: tuple[str, ...] = (),
    author_section: SectionKind = S.OTHER,
) -> ParsedDocument:
    blocks = [Block(t, 1, S.OTHER) for t in above]
    blocks.append(Block(TITLE, 1, S.TITLE, BlockKind.TITLE))
    if authors is not None:
        blocks.append(Block(authors, 1, author_section, heading="Abbreviations"))
    blocks += [Block(t, 1, S.OTHER) for t in below]
    blocks.append(Block("Abstract", 1, S.ABSTRACT, BlockKind.HEADING))
    blocks.append(Block("Contusion of the thoracic cord leaves rats with lasting hind-limb deficits.", 1, S.ABSTRACT))
    return ParsedDocument("t.pdf", "pdf", 6, blocks, {})


# ----------------------------------------------------------------------------- citation lines


@pytest.mark.parametrize(
    ("line", "journal", "year"),
    [
        # accepted manuscripts: a status where the volume will go
        ("Annals of Vesicle Neurobiology in press (2017) https://doi.org/10.5555/avn.2017.12",
         "Annals of Vesicle Neurobiology", 2017),
        ("Spinal Repair Letters, in press, 2016", "Spinal Repair Letters", 2016),
        ("Cord Regeneration Reports ahead of print 2021", "Cord Regeneration Reports", 2021),
        ("Experimental Cord Biology online ahead of print (2020)", "Experimental Cord Biology", 2020),
        ("Journal of Axon Repair Accepted manuscript (2019)", "Journal of Axon Repair", 2019),
        # article-number journals: volume, then the article number after a comma
        ("Neurotrauma Vesicle Reports Vol. 5, Art. 77 (2023)", "Neurotrauma Vesicle Reports", 2023),
        ("Spinal Therapeutics Volume 12, Article 418 (2022)", "Spinal Therapeutics", 2022),
        ("Cord Injury Science 9, e0418 (2021)", "Cord Injury Science", 2021),
        ("Regenerative Spine 7, 112–120 (2019)", "Regenerative Spine", 2019),
        # names joined by words of other languages
        ("Revista de Neurotrauma Aplicada 2019; 3(2):45–58", "Revista de Neurotrauma Aplicada", 2019),
        ("Archivos de Medicina y Neurociencia 2020;25(1):12–19", "Archivos de Medicina y Neurociencia", 2020),
        ("Zeitschrift für Rückenmarksforschung 2018; 12:4–9", "Zeitschrift für Rückenmarksforschung", 2018),
        ("Annales des Neurosciences Expérimentales (2015) 4:33", "Annales des Neurosciences Expérimentales", 2015),
        # an accepted manuscript's banner names the journal without a volume
        ("Accepted for publication in Experimental Cord Repair, 2022 DOI: 10.5555/ecr.2022.1", "Experimental Cord Repair", 2022),
        ("To appear in Spinal Vesicle Research (2020)", "Spinal Vesicle Research", 2020),
        # an article number that looks like a year is not the year
        ("Cord Ischaemia Research 12:e2009 (2020)", "Cord Ischaemia Research", 2020),
        ("Spinal Repair Open 3:e1998 (2021)", "Spinal Repair Open", 2021),
    ],
)
def test_citation_line_layouts(line: str, journal: str, year: int) -> None:
    found_journal, found_year = journal_and_year(page_one(above=(line,)))
    assert found_journal is not None and found_journal[0] == journal
    assert found_year is not None and found_year[0] == year


@pytest.mark.parametrize(
    ("lines", "journal", "year"),
    [
        (("Cell-Free Therapeutics in", "Neurology 2(1):e24003 (2024)"), "Cell-Free Therapeutics in Neurology", 2024),
        (("Journal of", "Vesicle Neuroscience 14(3):e0418 (2022)"), "Journal of Vesicle Neuroscience", 2022),
        (("Advances in Spinal Cord", "and Nerve Repair 2021; 6:201–214"), "Advances in Spinal Cord and Nerve Repair", 2021),
        (("Cord Regener-", "ation Letters 2019; 4(1):12"), "Cord Regeneration Letters", 2019),
        (("Stem Cell-", "Free Neurology 2018; 2:7"), "Stem Cell-Free Neurology", 2018),
    ],
)
def test_a_journal_name_wrapped_by_a_narrow_column_is_read_whole(
    lines: tuple[str, str], journal: str, year: int
) -> None:
    doc = page_one(above=lines)
    found_journal, found_year = journal_and_year(doc)
    assert found_journal is not None and found_journal[0] == journal
    assert found_year is not None and found_year[0] == year
    # the evidence starts at the first line of the name
    assert found_journal[1].start == doc.blocks[0].start


@pytest.mark.parametrize(
    "lines",
    [
        ("Highlights", "Exosomes cut lesion volume by a third"),
        ("Article info", "Received 14 Sep 2023 Accepted 2 Jan 2024"),
        ("ACCEPTED MANUSCRIPT", "Received 3 March 2017; accepted 9 May 2017"),
        ("Keywords: exosome; contusion; rat", "Abbreviations: BBB, Basso–Beattie–Bresnahan"),
    ],
)
def test_side_column_labels_are_not_journals(lines: tuple[str, str]) -> None:
    found, _ = journal_and_year(page_one(above=lines))
    assert found is None


# ----------------------------------------------------------------------------- author line


@pytest.mark.parametrize("section", [S.ACKNOWLEDGEMENTS, S.REFERENCES])
def test_author_line_labelled_by_a_side_column_heading_is_still_the_author_line(section: SectionKind) -> None:
    found = first_author(page_one(author_section=section))
    assert found is not None and found[0] == "Holt"


def test_a_back_matter_block_after_the_abstract_is_not_read_as_authors() -> None:
    doc = page_one(authors=None)
    doc.blocks.append(Block("Mark Tully, Joan Reyes", 1, S.ACKNOWLEDGEMENTS))
    doc.reindex()
    assert first_author(doc) is None


@pytest.mark.parametrize(
    ("line", "family"),
    [
        ("Anjali Verma*, Mohd. Faiz Qureshi, Harpreet Gill", "Verma"),
        ("Mohd. Faiz Qureshi1, Anjali Verma2", "Qureshi"),
        ("Md. Rafiqul Islam, Nusrat Jahan", "Islam"),
        ("Robert Hale Jr., Mary Ng", "Hale"),
        ("Robert Hale, Jr., Mary Ng", "Hale"),
        ("Thomas Ward III, Lena Ortiz", "Ward"),
    ],
)
def test_abbreviated_given_names_and_generations(line: str, family: str) -> None:
    found = first_author(page_one(line))
    assert found is not None and found[0] == family


# ----------------------------------------------------------------------------- bracketed qualifiers


@pytest.mark.parametrize(
    ("line", "journal", "year"),
    [
        # a place or edition in brackets is part of the name, as catalogues write it
        ("Annals of Cord Repair (Lisbon) 2020; 7(2):88–97 https://doi.org/10.5555/acr.2020.7", "Annals of Cord Repair (Lisbon)", 2020),
        ("Vesicle Medicine (Basel) 2023, 11, 402", "Vesicle Medicine (Basel)", 2023),
        ("Neurotrauma Letters (Seoul) (2019) 4:17–25", "Neurotrauma Letters (Seoul)", 2019),
        ("Spinal Science (New Series) 2021; 2:e1120", "Spinal Science (New Series)", 2021),
        ("Medicina Regenerativa (Buenos Aires) 2018;14(3):201", "Medicina Regenerativa (Buenos Aires)", 2018),
        # a year in brackets is not a qualifier
        ("Cord Biology Reports (2022) 9:114–125", "Cord Biology Reports", 2022),
        # brackets that say how the issue appeared are not part of the name
        ("Journal of Spinal Vesicles (Online) 2020; 3:45", "Journal of Spinal Vesicles", 2020),
        ("Neural Repair Notes (Print) 2017;12(1):5", "Neural Repair Notes", 2017),
    ],
)
def test_a_bracketed_place_after_the_name_belongs_to_it(line: str, journal: str, year: int) -> None:
    found_journal, found_year = journal_and_year(page_one(above=(line,)))
    assert found_journal is not None and found_journal[0] == journal
    assert found_year is not None and found_year[0] == year


# ----------------------------------------------------------------------------- compound family names


def _with_running_head(authors: str, head: str) -> ParsedDocument:
    doc = page_one(authors)
    doc.metadata["running_heads"] = [head]
    return doc


@pytest.mark.parametrize(
    ("authors", "head", "family"),
    [
        # two family names, as Spanish and Portuguese names are written: the running head says so
        ("Lucía Ferrer Salas, Tomás Ibáñez", "Ferrer Salas et al. · vesicles after contusion", "Ferrer Salas"),
        ("Joana Maria Pinto Correia*, Rui Tavares", "Pinto Correia et al.", "Pinto Correia"),
        ("Ana Lucía Rojas Vega1, Pablo Núñez2", "J Cord Repair 2021 | Rojas Vega et al.", "Rojas Vega"),
        # a middle name stays a middle name when the head cites the last word alone
        ("Peter James Holloway, Ines Duarte", "Holloway et al.", "Holloway"),
        # a head naming somebody else, or the whole name, changes nothing
        ("Peter James Holloway, Ines Duarte", "James Wright et al.", "Holloway"),
        ("Maren Holt, Ines Duarte", "Maren Holt et al.", "Holt"),
    ],
)
def test_a_running_head_shows_where_a_compound_family_name_starts(authors: str, head: str, family: str) -> None:
    found = first_author(_with_running_head(authors, head))
    assert found is not None and found[0] == family


def test_a_copyright_line_on_page_one_also_shows_the_family_name() -> None:
    doc = page_one("Lucía Ferrer Salas, Tomás Ibáñez", below=("© 2022 Ferrer Salas et al. Published under CC BY.",))
    found = first_author(doc)
    assert found is not None and found[0] == "Ferrer Salas"
