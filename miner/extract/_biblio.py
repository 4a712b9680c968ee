"""First author, year and journal from the first page of a PDF, when its metadata lacks them.

Journal PDFs print the citation line above or below the title ("J Spinal Regen
2019; 14: 412–424 · https://doi.org/...", "Cell Ther Lett (2023) 9:114–125",
"Front Neural Repair 11:586") and the author line right under the title ("Yiming
Zhang [1], Lina Qiao [1], ..."). Both are read conservatively: a line that does
not look like a citation or a list of personal names gives nothing.

Layout: page 1's header blocks in ``_biblio_header``, the journal and year in
``_biblio_journal``, name words in ``_biblio_names``, the first author in
``_biblio_authors``.
"""

from __future__ import annotations

from miner.extract._biblio_authors import (
    author_line_first_author,
    first_author,
    first_author_fallback,
)
from miner.extract._biblio_header import page_one_header, report_title
from miner.extract._biblio_journal import journal_and_year

__all__ = [
    "author_line_first_author",
    "first_author",
    "first_author_fallback",
    "journal_and_year",
    "page_one_header",
    "report_title",
]
