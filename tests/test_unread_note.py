"""A paper that names BBB where it reports its experiment, with no score read, says so to the reviewer."""

from __future__ import annotations

import warnings

import pytest
from _sheet_data import save

from miner.extract import extract_document
from miner.extract.notes import FIGURE_NOTE_START, UNREAD_NOTE_START
from miner.parse.model import Block, ParsedDocument
from miner.parse.model import SectionKind as S
from miner.records import Extraction
from miner.review.tokens import add_reviewer
from miner.store import Store

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message=".*httpx2.*")
    from fastapi.testclient import TestClient


def doc_with(*blocks: tuple[S, str]) -> ParsedDocument:
    """One block per page, in order."""
    return ParsedDocument(source="t.pdf", format="pdf", pages=len(blocks),
                          blocks=[Block(text=t, page=i + 1, section=s) for i, (s, t) in enumerate(blocks)])


METHODS = "Hindlimb function was scored with the Basso, Beattie and Bresnahan (BBB) scale by two blinded raters."
UNREAD_RESULTS = "Open-field scores of treated rats rose faster than those of vehicle rats over four weeks."


@pytest.mark.parametrize(
    ("blocks", "expected"),
    [
        ([(S.METHODS, METHODS), (S.RESULTS, UNREAD_RESULTS)],
         f"{UNREAD_NOTE_START} on page 1 but no scores were read from the tables or text: read them by hand"),
        ([(S.METHODS, "Rats were weighed."), (S.RESULTS, "The BBB score improved in every treated rat.")],
         f"{UNREAD_NOTE_START} on page 2 but no scores were read from the tables or text: read them by hand"),
        ([(S.METHODS, METHODS), (S.RESULTS, "BBB scores differed from day 14 on.")],
         f"{UNREAD_NOTE_START} on pages 1, 2 but no scores were read from the tables or text: read them by hand"),
    ],
    ids=["named-in-methods", "named-in-results", "named-on-two-pages"],
)
def test_bbb_named_but_no_score_read_gives_a_note_with_the_pages(blocks, expected) -> None:
    ex = extract_document(doc_with(*blocks))
    assert ex.outcomes == []
    assert expected in ex.notes


@pytest.mark.parametrize(
    "blocks",
    [
        [(S.INTRODUCTION, "The BBB scale is the standard rat locomotor score."), (S.RESULTS, UNREAD_RESULTS)],
        [(S.DISCUSSION, "Others reported BBB scores of 9 at day 28."), (S.METHODS, "Rats were weighed.")],
        [(S.METHODS, METHODS),
         (S.RESULTS, "At day 28 the BBB score was 11.2 ± 1.3 in the Exo group and 6.1 ± 0.9 in the PBS group.")],
    ],
    ids=["introduction-only", "discussion-only", "scores-read"],
)
def test_no_unread_note_where_bbb_is_not_this_papers_or_its_scores_were_read(blocks) -> None:
    ex = extract_document(doc_with(*blocks))
    assert not [n for n in ex.notes if n.startswith(UNREAD_NOTE_START)]


def test_a_figure_only_paper_gets_the_figure_note_not_the_unread_one() -> None:
    ex = extract_document(doc_with((S.METHODS, METHODS), (S.RESULTS, "Recovery is shown in Figure 2."),
                                   (S.FIGURE_CAPTION, "Figure 2. BBB scores of the three groups.")))
    assert [n for n in ex.notes if n.startswith((FIGURE_NOTE_START, UNREAD_NOTE_START))] == [
        f"{FIGURE_NOTE_START} on page 3 (Figure 2)"]


@pytest.mark.parametrize(
    ("note", "heading"),
    [
        (f"{UNREAD_NOTE_START} on page 4 but no scores were read from the tables or text: read them by hand",
         "BBB scores to read by hand"),
        (f"{FIGURE_NOTE_START} on page 6 (Figure 3)", "Figures to read by hand"),
    ],
    ids=["unread-scores", "figure-only"],
)
def test_the_review_page_shows_the_note_under_its_heading(tmp_path, note: str, heading: str) -> None:
    from miner.review.app import create_app

    store = Store(f"sqlite:///{tmp_path / 'r.db'}")
    doc = save(store, Extraction(document="a.pdf", notes=[note]))
    with store.session() as s:
        token = add_reviewer(s, "alice")
    client = TestClient(create_app(store))
    assert client.post("/login", data={"token": token}, follow_redirects=False).status_code == 303
    html = client.get(f"/study/{doc}").text
    assert heading in html and f"<li>{note}</li>" in html
    store.dispose()
