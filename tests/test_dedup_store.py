"""The store's deduplicating upserts: same rules as cluster_duplicates, index-backed, batched."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from _pg import store_url  # noqa: F401  (fixture: SQLite and PostgreSQL)
from alembic import command
from fakes.dedup_set import labelled_records
from sqlalchemy import event, select, text

from miner.fetch.dedup import cluster_duplicates, title_blocks
from miner.fetch.store_ops import store_found, upsert_article, upsert_articles
from miner.records import Article
from miner.store import Store
from miner.store.db import _alembic_config
from miner.store.refresh_schema import ArticleKeyRow, ArticleTitleBlockRow

TITLE = "Bone marrow MSC exosomes promote locomotor recovery after spinal cord injury in rats"


@pytest.fixture
def store(tmp_path: Path) -> Iterator[Store]:
    s = Store(f"sqlite:///{tmp_path}/dedup.db")
    yield s
    s.dispose()


def _groups(owner: list[int]) -> list[list[int]]:
    by_article: dict[int, list[int]] = {}
    for i, article_id in enumerate(owner):
        by_article.setdefault(article_id, []).append(i)
    return sorted(by_article.values())


def test_one_batch_groups_the_labelled_set_like_cluster_duplicates(store: Store) -> None:
    articles = [r.article for r in labelled_records()]
    with store.session() as s:
        placed = upsert_articles(s, articles)
    assert _groups([article_id for article_id, _ in placed]) == cluster_duplicates(articles)
    assert sum(created for _, created in placed) == len({r.work for r in labelled_records()})


@pytest.mark.parametrize("page", [1, 7])
def test_records_arriving_page_by_page_are_grouped_by_work(store: Store, page: int) -> None:
    data = labelled_records()
    owner: list[int] = []
    for start in range(0, len(data), page):
        with store.session() as s:  # a transaction per page, as a refresh writes them
            owner += [
                aid
                for aid, _ in upsert_articles(s, [r.article for r in data[start : start + page]])
            ]
    truth: dict[str, list[int]] = {}
    for i, rec in enumerate(data):
        truth.setdefault(rec.work, []).append(i)
    assert _groups(owner) == sorted(truth.values())


def test_the_reverse_order_makes_no_false_merge(store: Store) -> None:
    data = labelled_records()[::-1]
    with store.session() as s:
        owner = [upsert_article(s, r.article)[0] for r in data]
    for group in _groups(owner):
        assert len({data[i].work for i in group}) == 1, [data[i].how for i in group]


@pytest.mark.parametrize(
    ("later", "how"),
    [
        (
            Article(
                title=TITLE.replace("locomotor", "locomoter"), authors=["Huang, Jun"], year=2021
            ),
            "typo",
        ),
        (Article(title=TITLE.upper(), authors=["Jun Huang"], year=2020), "epub year"),
        (Article(doi="https://doi.org/10.5555/ABC.", title="x"), "DOI spelled as a URL"),
        (Article(pmcid="7100000", title="x"), "PMCID without PMC"),
    ],
)
def test_a_later_run_finds_the_stored_work(store: Store, later: Article, how: str) -> None:
    first = Article(
        pmid="31000000", pmcid="PMC7100000", doi="10.5555/abc", title=TITLE + ".",
        authors=["Huang J"], year=2021, journal="Stem Cell Res Ther",
        publication_types=["Journal Article"], sources=["pubmed"],
    )  # fmt: skip
    with store.session() as s:
        first_id, _ = upsert_article(s, first)
    with store.session() as s:
        assert upsert_article(s, later) == (first_id, False), how


def test_merging_fills_gaps_and_files_the_new_ids(store: Store) -> None:
    with store.session() as s:
        aid, _ = upsert_article(s, Article(title=TITLE, authors=["Huang J"], year=2021))
    with store.session() as s:
        assert upsert_article(
            s, Article(pmid="5", doi="10.1/x", title=TITLE, authors=["Huang J"], year=2021)
        ) == (aid, False)
    with store.session() as s:
        keys = set(s.execute(select(ArticleKeyRow.kind, ArticleKeyRow.value)).tuples())
        assert keys == {("pmid", "5"), ("doi", "10.1/x")}
        assert upsert_article(s, Article(doi="DOI:10.1/X")) == (aid, False)


def test_title_blocks_follow_the_merged_record(store: Store) -> None:
    """A DOI-only record gains a title, then a longer author list changes the first author."""
    with store.session() as s:
        aid, _ = upsert_article(s, Article(doi="10.1/x"))
    with store.session() as s:
        upsert_article(s, Article(doi="10.1/x", title=TITLE, authors=["Li R"], year=2021))
    with store.session() as s:
        assert upsert_article(s, Article(title=TITLE, authors=["Li R"], year=2021)) == (aid, False)
    with store.session() as s:
        upsert_article(s, Article(doi="10.1/x", authors=["Huang J", "Li R"]))
    with store.session() as s:
        found = upsert_article(s, Article(title=TITLE, authors=["Huang J"], year=2021))
        assert found == (aid, False)
        filed = s.scalars(
            select(ArticleTitleBlockRow.block).where(ArticleTitleBlockRow.article_id == aid)
        ).all()
        merged = Article(title=TITLE, authors=["Huang J"], year=2021)
        assert sorted(filed) == sorted(title_blocks(merged))  # the "Li R" blocks are gone


def test_provenance_counts_new_merged_and_known(store: Store) -> None:
    from miner.fetch.store_ops import add_query
    from miner.store.refresh_schema import RefreshRunRow

    add_query(store, "q", "exosome", None)
    with store.session() as s:
        s.add(RefreshRunRow(id=1, query_id=1, until=date(2026, 1, 1)))
    pubmed = Article(pmid="1", title=TITLE, authors=["Huang J"], year=2021)
    epmc = Article(pmid="1", pmcid="PMC9", title=TITLE, authors=["Huang J"], year=2021)
    with store.session() as s:
        counts = store_found(s, 1, 1, [("pubmed", "1", pubmed), ("europepmc", "MED:1", epmc)])
        assert counts == {"new": 1, "duplicates_merged": 1}
    with store.session() as s:
        assert store_found(s, 1, 1, [("pubmed", "1", pubmed)]) == {"already_known": 1}


def _new_records(n: int, offset: int) -> list[Article]:
    return [
        Article(
            pmid=str(40_000_000 + offset + i), doi=f"10.7777/q.{offset + i}",
            title=f"Exosome study number {offset + i} in rats after spinal cord injury",
            authors=[f"Author{i % 7} A"], year=2020 + i % 3, sources=["pubmed"],
        )
        for i in range(n)
    ]  # fmt: skip


def test_a_batch_costs_a_few_statements_plus_one_insert_per_new_article(store: Store) -> None:
    statements: list[str] = []

    def count(conn, cursor, statement, params, context, executemany):  # type: ignore[no-untyped-def]
        statements.append(statement)

    event.listen(store.engine, "before_cursor_execute", count)
    try:
        for n, offset in ((40, 0), (400, 1000)):
            statements.clear()
            with store.session() as s:
                upsert_articles(s, _new_records(n, offset))
            inserts = sum(st.startswith("INSERT INTO articles") for st in statements)
            assert inserts <= n
            assert len(statements) - inserts <= 12, statements[:20]
        # A second page of the same records (Europe PMC after PubMed): no article inserts.
        statements.clear()
        with store.session() as s:
            placed = upsert_articles(s, _new_records(400, 1000))
        assert not any(created for _, created in placed)
        assert len(statements) <= 12
    finally:
        event.remove(store.engine, "before_cursor_execute", count)


# -- migration 0003 --------------------------------------------------------------------


def test_a_0002_store_with_records_upgrades_and_keeps_matching(store_url: str) -> None:  # noqa: F811
    old = Store(store_url, migrate=False)
    with old.engine.begin() as conn:
        cfg = _alembic_config(old.url)
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "0002")
    with old.engine.begin() as conn:
        for article_id, title, pmcid in (
            (1, TITLE + ".", "7100000"),
            (2, "Unmanaged document title words", None),
        ):
            conn.execute(
                text(
                    "insert into articles (id, pmcid, doi, title, authors, year, publication_types,"
                    " mesh_terms, sources, created_at, updated_at) values (:id, :pmcid, :doi, :title,"
                    " :authors, 2021, '[]', '[]', '[\"pubmed\"]', :now, :now)"
                ),
                {"id": article_id, "pmcid": pmcid, "doi": None, "title": title,
                 "authors": '["Huang J"]', "now": "2026-01-01 00:00:00"},
            )  # fmt: skip
        rows = [
            ("pmcid", "7100000", 1),  # 0002 kept PMCIDs as given
            ("doi", "https://doi.org/10.5555/abc", 1),
            ("tya", "0" * 40, 1),
            ("tya?", "1" * 40, 1),
        ]
        for kind, value, article_id in rows:
            conn.execute(
                text("insert into article_keys (kind, value, article_id) values (:k, :v, :a)"),
                {"k": kind, "v": value, "a": article_id},
            )
    old.dispose()

    store = Store(store_url)  # migrates to head
    try:
        with store.session() as s:
            keys = set(s.execute(select(ArticleKeyRow.kind, ArticleKeyRow.value)).tuples())
            assert keys == {("pmcid", "PMC7100000"), ("doi", "10.5555/abc")}
            blocked = set(s.scalars(select(ArticleTitleBlockRow.article_id)))
            assert blocked == {1}  # only articles the refresh manages are indexed
        with store.session() as s:
            typo = Article(
                title=TITLE.replace("locomotor", "locomoter"), authors=["Huang, J"], year=2021
            )
            assert upsert_article(s, typo) == (1, False)
            assert upsert_article(s, Article(pmcid="PMC7100000")) == (1, False)
        with store.engine.begin() as conn:
            cfg = _alembic_config(store.url)
            cfg.attributes["connection"] = conn
            command.downgrade(cfg, "0002")
        with store.engine.connect() as conn:
            assert conn.execute(text("select count(*) from articles")).scalar() == 2
    finally:
        store.dispose()
