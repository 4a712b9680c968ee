"""The header lines of accepted manuscripts and preprints, one line at a time.

The page-level matrix (``test_biblio_manuscript_matrix``) draws whole pages; here
each way a manuscript or preprint writes its citation line, its banner or a
double family name is set on an otherwise plain page 1.
"""

from __future__ import annotations

import pytest

from miner.extract._biblio import first_author, journal_and_year
from miner.parse.model import Block, BlockKind, ParsedDocument
from miner.parse.model import SectionKind as S

TITLE = "Stromal cell vesicles given after thoracic contusion preserve white matter in adult rats"


def page_one(
    authors: str = "Maren Holt, Tobiah Kessler", *, above: tuple[str, ...] = ()
) -> ParsedDocument:
    blocks = [Block(t, 1, S.OTHER) for t in above]
    blocks.append(Block(TITLE, 1, S.TITLE, BlockKind.TITLE))
    blocks.append(Block(authors, 1, S.OTHER))
    blocks.append(Block("Abstract", 1, S.ABSTRACT, BlockKind.HEADING))
    blocks.append(Block("Contusion of the thoracic cord leaves lasting deficits.", 1, S.ABSTRACT))
    return ParsedDocument("t.pdf", "pdf", 6, blocks, {})


def journal_of(*above: str) -> tuple[str | None, int | None]:
    journal, year = journal_and_year(page_one(above=above))
    return (journal[0] if journal else None, year[0] if year else None)


@pytest.mark.parametrize(
    ("line", "journal", "year"),
    [
        # PMC author manuscripts: the citation after "Published in final edited form as:"
        (
            "Published in final edited form as: J Spinal Regen Res. 2021; 12(3): 45-56. doi:10.5555/x.1",
            "J Spinal Regen Res",
            2021,
        ),
        (
            "Published in final edited form as: Exp Neurotrauma. 2019 Jun; 48(2): 101-112.",
            "Exp Neurotrauma",
            2019,
        ),
        (
            "Published in final edited form as: Cell Transplantation Letters (Warsaw). 2022; 31:1-22.",
            "Cell Transplantation Letters (Warsaw)",
            2022,
        ),
        (
            "Published in its final form as: Neural Regen Lett. 2018 Nov 3; 7(4): 301-309.",
            "Neural Regen Lett",
            2018,
        ),
        # a preprint later published: the journal named after the server's notice
        (
            "Preprint. Not peer reviewed. Subsequently published in Neurotrauma Reports (Warsaw) (2020).",
            "Neurotrauma Reports (Warsaw)",
            2020,
        ),
        # accepted manuscripts: a status where the volume will go
        (
            "Experimental Spinal Therapeutics 2023; accepted 2023-06-14 https://doi.org/10.5555/e.1",
            "Experimental Spinal Therapeutics",
            2023,
        ),
        (
            "Biomaterials for Neural Repair 2022; accepted manuscript, article 108214",
            "Biomaterials for Neural Repair",
            2022,
        ),
        ("Journal of Cord Repair 2020; in press", "Journal of Cord Repair", 2020),
        ("Spinal Vesicle Letters 2021; epub ahead of print", "Spinal Vesicle Letters", 2021),
        # names with commas, closed by "and"
        (
            "Cells, Vesicles and Neurorepair 2023; 5(1):88–121",
            "Cells, Vesicles and Neurorepair",
            2023,
        ),
        (
            "Brain, Behavior, and Neurorepair 2019; 80: 12–19",
            "Brain, Behavior, and Neurorepair",
            2019,
        ),
    ],
)
def test_manuscript_citation_lines(line: str, journal: str, year: int) -> None:
    assert journal_of(line) == (journal, year)


def test_the_citation_cue_alone_on_its_line_leaves_the_next_line_to_name_the_journal() -> None:
    got = journal_of(
        "Published in final edited form as:", "Neural Regen Lett. 2018 Nov; 7(4): 301-309."
    )
    assert got == ("Neural Regen Lett", 2018)


@pytest.mark.parametrize(
    "line",
    [
        "bioRxiv preprint doi: https://doi.org/10.1101/2020.05.04.077123; this version posted May 6, 2020.",
        "medRxiv preprint doi: https://doi.org/10.1101/2021.02.11.21251234; this version posted February 13, 2021.",
        "Research Square 2021; 3: 1-14 https://doi.org/10.21203/rs.3.rs-123456/v1",
        "Author Manuscript; available in PMC 2022 March 01.",
        "PMC 2022; 12: 45",
        "Preprint. Not peer reviewed.",
        # authors in a citation are not a journal with commas
        "Zhang Y, Li X and Wang Z 2019; 5: 1-9",
    ],
)
def test_servers_banners_and_author_lists_are_not_journals(line: str) -> None:
    assert journal_of(line)[0] is None


def test_the_author_manuscript_banner_names_the_journal_when_nothing_else_does() -> None:
    got = journal_of("Spinal Cord Repair Rep. Author manuscript; available in PMC 2022 March 01.")
    # the journal, but not PMC's date as the year of publication
    assert got == ("Spinal Cord Repair Rep", None)


@pytest.mark.parametrize(
    ("line", "family"),
    [
        (
            "Lucía Ortega-Villalba*, Iñaki Etxeberria, Marta Calvo Ruiz, Pau Serra i Vidal",
            "Ortega-Villalba",
        ),
        ("Pau Serra i Vidal, Lucía Ortega", "Serra i Vidal"),
        ("José Ortega y Gasset, Ana Ruiz", "Ortega y Gasset"),
        ("Mariana Silva e Souza [1], Pedro Lobo [2]", "Silva e Souza"),
    ],
)
def test_double_family_names_joined_by_and(line: str, family: str) -> None:
    found = first_author(page_one(line))
    assert found is not None and found[0] == family
