"""dedup: title blocking index, id keys in normal form

Revision ID: 0003
Revises: 0002

Adds ``article_title_blocks`` (the index-backed candidate lookup for title
matching, shared with ``cluster_duplicates``) and fills it for every article the
refresh manages (those with a row in ``article_keys``). Rewrites existing id
keys in the normal form the matcher now uses (``PMC`` prefix, DOI without
resolver URL or trailing punctuation); when two keys collapse into one, the
first owner keeps it. Drops the ``tya``/``tya?`` title keys of 0002, which the
blocks replace. Downgrade drops the blocks (0002's title keys are not rebuilt:
a downgraded store matches existing records by ids only).

The data steps use ``miner.fetch.dedup`` as of this revision; a later change
to the normal forms needs its own migration to recompute them.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None

_articles = sa.table(
    "articles",
    sa.column("id", sa.Integer),
    sa.column("pmid", sa.String),
    sa.column("pmcid", sa.String),
    sa.column("doi", sa.String),
    sa.column("title", sa.Text),
    sa.column("authors", sa.JSON),
    sa.column("journal", sa.Text),
    sa.column("year", sa.Integer),
)
_keys = sa.table(
    "article_keys",
    sa.column("kind", sa.String),
    sa.column("value", sa.String),
    sa.column("article_id", sa.Integer),
)
_blocks = sa.table(
    "article_title_blocks",
    sa.column("block", sa.String),
    sa.column("article_id", sa.Integer),
)
_NORMALISERS = ("pmid", "pmcid", "doi")


def upgrade() -> None:
    op.create_table(
        "article_title_blocks",
        sa.Column("block", sa.String(length=32), nullable=False),
        sa.Column("article_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["article_id"], ["articles.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("block", "article_id"),
    )
    op.create_index(
        op.f("ix_article_title_blocks_article_id"),
        "article_title_blocks",
        ["article_id"],
        unique=False,
    )
    _rekey_and_fill_blocks()


def _rekey_and_fill_blocks() -> None:
    from miner.fetch._normalise import normalise_pmcid, normalise_pmid
    from miner.fetch.dedup import normalise_doi_key, title_blocks
    from miner.records import Article

    normalise: dict[str, Callable[[str], str | None]] = {"pmid": normalise_pmid, "pmcid": normalise_pmcid, "doi": normalise_doi_key}
    conn = op.get_bind()
    conn.execute(sa.delete(_keys).where(_keys.c.kind.in_(["tya", "tya?"])))

    rows = conn.execute(
        sa.select(_keys.c.kind, _keys.c.value, _keys.c.article_id).order_by(
            _keys.c.article_id, _keys.c.kind
        )
    ).all()
    taken = {(kind, value) for kind, value, _ in rows}
    for kind, value, article_id in rows:
        new = normalise[kind](value) if kind in normalise else value
        if new == value:
            continue
        where = sa.and_(_keys.c.kind == kind, _keys.c.value == value)
        if new is None or (kind, new) in taken:
            conn.execute(sa.delete(_keys).where(where))  # junk, or another article owns it
        else:
            conn.execute(sa.update(_keys).where(where).values(value=new))
            taken.add((kind, new))

    managed = sa.select(_keys.c.article_id).distinct().scalar_subquery()
    blocks: list[dict[str, Any]] = []
    for row in conn.execute(sa.select(_articles).where(_articles.c.id.in_(managed))):
        article = Article(
            title=row.title, authors=list(row.authors or []), journal=row.journal, year=row.year
        )
        blocks.extend({"block": b, "article_id": row.id} for b in title_blocks(article))
    if blocks:
        conn.execute(sa.insert(_blocks), blocks)


def downgrade() -> None:
    op.drop_index(op.f("ix_article_title_blocks_article_id"), table_name="article_title_blocks")
    op.drop_table("article_title_blocks")
