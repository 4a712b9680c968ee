"""Deduplication: normalisation, id conflicts, merging, and precision/recall on a labelled set."""

from __future__ import annotations

import itertools

import pytest
from fakes.dedup_set import labelled_records

from miner.fetch.dedup import (
    cluster_duplicates,
    dedup_keys,
    ids_conflict,
    merge_articles,
    normalise_title,
    surname_key,
)
from miner.records import Article


@pytest.mark.parametrize(
    "written",
    [
        "MSC-derived exosomes improve recovery after SCI.",
        "MSC-derived <i>exosomes</i> improve recovery after SCI",
        "MSC–derived exosomes improve recovery after SCI",
        "msc derived exosomes improve   recovery after sci",
        "[MSC-derived exosomes improve recovery after SCI].",
        "MSC-DERIVED EXOSOMES IMPROVE RECOVERY AFTER SCI",
    ],
)
def test_title_spellings_normalise_alike(written: str) -> None:
    assert normalise_title(written) == "msc derived exosomes improve recovery after sci"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("NF-κB signalling", "NF-kappaB signalling"),
        ("α-synuclein", "alpha-synuclein"),
        ("Müller glia", "Muller glia"),
    ],
)
def test_greek_letters_and_accents_fold(a: str, b: str) -> None:
    assert normalise_title(a) == normalise_title(b)


@pytest.mark.parametrize(
    ("name", "surname"),
    [
        ("Smith JD", "smith"),
        ("Smith, John D.", "smith"),
        ("John Smith", "smith"),
        ("J. D. Smith", "smith"),
        ("Beane Freeman LE", "beanefreeman"),
        ("García-López AM", "garcialopez"),
        ("O'Brien K", "obrien"),
    ],
)
def test_surnames_from_every_author_format(name: str, surname: str) -> None:
    assert surname_key(name) == surname


def test_keys_come_strongest_first_and_generic_titles_get_none() -> None:
    a = Article(
        pmid="1",
        pmcid="pmc2",
        doi="10.1/X",
        title="Four words in title",
        authors=["Li R"],
        year=2020,
    )
    assert [k for k, _ in dedup_keys(a)] == ["pmid", "pmcid", "doi", "tya"]
    assert dedup_keys(a)[1] == ("pmcid", "PMC2") and dedup_keys(a)[2] == ("doi", "10.1/x")
    assert dedup_keys(Article(title="Editorial", authors=["Li R"], year=2020)) == []
    assert dedup_keys(Article(title="Long enough title words here", year=2020)) == []  # no author


def test_conflicting_ids_are_never_merged() -> None:
    a = Article(pmid="1", doi="10.1/a")
    assert ids_conflict(a, Article(pmid="2", doi="10.1/a"))
    assert not ids_conflict(a, Article(pmid="1", doi="10.1/A"))
    assert not ids_conflict(a, Article(pmcid="PMC9"))


def test_merging_keeps_every_source_and_id() -> None:
    pubmed = Article(
        pmid="1", doi="10.1/a", title="T", authors=["Li R"], mesh_terms=["Rats"], sources=["pubmed"]
    )
    epmc = Article(
        pmid="1",
        pmcid="PMC9",
        title="T",
        abstract="Longer abstract.",
        is_open_access=True,
        sources=["europepmc"],
    )
    merged = merge_articles(pubmed, epmc)
    assert (merged.pmid, merged.pmcid, merged.doi) == ("1", "PMC9", "10.1/a")
    assert merged.sources == ["pubmed", "europepmc"]
    assert merged.abstract == "Longer abstract." and merged.is_open_access is True
    assert merged.mesh_terms == ["Rats"] and merged.authors == ["Li R"]


def _pairs(groups: list[list[int]]) -> set[tuple[int, int]]:
    return {pair for g in groups for pair in itertools.combinations(sorted(g), 2)}


def test_precision_and_recall_on_the_labelled_set() -> None:
    """No false merges; recall as measured on this deliberately adversarial set.

    Measured: precision 1.0, pairwise recall 0.929 (169 true pairs). The misses
    are two id-less records that fit two different works each (the w0 typo
    record also fits w0's preprint; w5's re-typed record also fits a same-titled
    paper with its own ids): they are left unmerged on purpose, precision first.
    The issue's 0.98 target is not met on this set; the floor below pins today's
    figure so a regression shows.
    """
    data = labelled_records()
    truth: dict[str, list[int]] = {}
    for i, rec in enumerate(data):
        truth.setdefault(rec.work, []).append(i)
    true_pairs = _pairs(list(truth.values()))
    found_pairs = _pairs(cluster_duplicates([r.article for r in data]))
    false_merges = found_pairs - true_pairs
    missed = true_pairs - found_pairs
    precision = 1 - len(false_merges) / max(1, len(found_pairs))
    recall = 1 - len(missed) / len(true_pairs)
    detail = sorted(
        {
            data[j].how
            for pair in missed
            for j in pair
            if data[j].how.startswith(("typo", "epub", "no ids"))
        }
    )
    print(
        f"dedup: {len(data)} records, {len(true_pairs)} true pairs, precision {precision:.4f}, recall {recall:.4f}; missed: {detail}"
    )
    assert not false_merges, [(data[a].how, data[b].how) for a, b in sorted(false_merges)]
    assert recall >= 0.92, detail


def test_the_order_of_records_does_not_create_false_merges() -> None:
    data = labelled_records()
    truth = {i: rec.work for i, rec in enumerate(data)}
    for order in (
        list(range(len(data)))[::-1],
        sorted(range(len(data)), key=lambda i: data[i].how),
    ):
        groups = cluster_duplicates([data[i].article for i in order])
        for g in groups:
            assert len({truth[order[i]] for i in g}) == 1
