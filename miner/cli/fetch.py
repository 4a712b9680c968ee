"""Literature commands: saved queries, the nightly refresh, records export, PRISMA counts.

Exit codes of ``miner refresh`` (for cron / systemd alerts):

- 0: every query refreshed, every full text fetched and extracted (or not open access);
- 1: a user error (unknown query, bad option, unusable database);
- 2: usage error (bad command line);
- 3: another refresh holds the lock (nothing was done);
- 4: a source failed after retries; the run is checkpointed and the next refresh resumes it;
- 5: refreshed, but some full texts failed to download or extract (listed in the summary).
"""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer

from miner.cli._common import DbOption, err_console, fail, out_console, user_errors

__all__ = ["EXIT_FETCH_FAILED", "EXIT_LOCKED", "EXIT_PARTIAL", "register"]

EXIT_LOCKED = 3
EXIT_FETCH_FAILED = 4
EXIT_PARTIAL = 5


class RecordFormat(StrEnum):
    json = "json"
    csv = "csv"
    ris = "ris"


query_app = typer.Typer(help="Saved searches run by `miner refresh`.", no_args_is_help=True)
records_app = typer.Typer(
    help="Bibliographic records fetched by `miner refresh`.", no_args_is_help=True
)


@query_app.command("add")
def query_add(
    name: Annotated[str, typer.Argument(help="A short name for the search, e.g. msc-exo-sci.")],
    pubmed: Annotated[
        str | None, typer.Option("--pubmed", help="PubMed query (E-utilities syntax).")
    ] = None,
    europepmc: Annotated[
        str | None, typer.Option("--europepmc", help="Europe PMC query (its own syntax).")
    ] = None,
    db: DbOption = None,
) -> None:
    """Save a search; the next `miner refresh` fetches everything it matches."""
    from miner.fetch.store_ops import add_query
    from miner.store import Store

    with user_errors():
        add_query(Store(db), name, pubmed, europepmc)
    err_console.print(f"saved query {name!r}")


@query_app.command("list")
def query_list(
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON on stdout.")] = False,
) -> None:
    """List saved searches and the last day each has covered."""
    from miner.fetch.store_ops import list_queries
    from miner.store import Store

    with user_errors():
        queries = list_queries(Store(db))
    if as_json:
        out_console.print_json(
            json.dumps(
                [
                    {
                        "name": q.name,
                        "pubmed": q.pubmed_query,
                        "europepmc": q.europepmc_query,
                        "covered_until": q.covered_until.isoformat() if q.covered_until else None,
                    }
                    for q in queries
                ]
            )
        )
        return
    for q in queries:
        covered = q.covered_until.isoformat() if q.covered_until else "never run"
        out_console.print(
            f"{q.name}\tcovered until {covered}\tpubmed: {q.pubmed_query or '-'}\t"
            f"europepmc: {q.europepmc_query or '-'}",
            highlight=False,
            soft_wrap=True,
        )


def _default_fulltext_dir(db_url: str) -> Path:
    if db_url.startswith("sqlite:///") and ":memory:" not in db_url:
        return Path(db_url[len("sqlite:///") :]).expanduser().resolve().parent / "fulltext"
    return Path.cwd() / "fulltext"


@contextmanager
def _status(title: str) -> Iterator[Callable[[str], None]]:
    """A one-line status on a terminal (what the refresh is doing now); silent otherwise."""
    if not (sys.stderr.isatty() and not os.environ.get("CI")):
        yield lambda _message: None
        return
    with err_console.status(title) as status:
        yield lambda message: status.update(f"{title}: {message}")


def refresh(
    names: Annotated[
        list[str] | None, typer.Argument(help="Saved queries to refresh (default: all).")
    ] = None,
    db: DbOption = None,
    fulltext_dir: Annotated[
        Path | None,
        typer.Option(
            "--fulltext-dir",
            help="Where OA full texts (JATS) go. Default: fulltext/ next to the database.",
        ),
    ] = None,
    no_fulltext: Annotated[
        bool, typer.Option("--no-fulltext", help="Do not download full texts.")
    ] = False,
    no_extract: Annotated[
        bool, typer.Option("--no-extract", help="Download full texts but do not extract them.")
    ] = False,
    as_json: Annotated[
        bool, typer.Option("--json", help="Print the summaries as JSON on stdout.")
    ] = False,
) -> None:
    """Fetch what is new for saved searches, deduplicate, get OA full texts, extract them.

    Incremental by create date with a day of overlap; a killed run resumes where
    it stopped. Exit codes: 0 ok, 1 user error, 3 another refresh is running,
    4 a source failed (resumable), 5 some full texts failed.
    """
    import httpx

    from miner.fetch.europepmc import EuropePMCClient
    from miner.fetch.pubmed import PubMedClient
    from miner.fetch.refresh import Refresher, pipeline_ingest
    from miner.fetch.settings import FetchSettings
    from miner.fetch.store_ops import RefreshLockedError
    from miner.store import Store

    with user_errors():
        store = Store(db)
        settings = FetchSettings()
        target = fulltext_dir or _default_fulltext_dir(store.url)
        with httpx.Client(follow_redirects=True) as http, _status("refreshing") as say:
            refresher = Refresher(
                store,
                PubMedClient(http, settings),
                EuropePMCClient(http, settings),
                fulltext_dir=target,
                ingest=None if no_extract else pipeline_ingest,
                fetch_fulltexts=not no_fulltext,
                progress=say,
            )
            try:
                summaries = refresher.refresh(names or None)
            except RefreshLockedError as exc:
                raise fail(str(exc), EXIT_LOCKED) from None
    if as_json:
        out_console.print_json(json.dumps([s.to_dict() for s in summaries]))
    for s in summaries:
        err_console.print(s.text(), highlight=False, soft_wrap=True)
        if s.error:
            err_console.print(f"  error: {s.error}", highlight=False, soft_wrap=True)
        for failure in s.failures[:20]:
            err_console.print(f"  failed: {failure}", highlight=False, soft_wrap=True)
    if any(s.status != "done" for s in summaries):
        raise typer.Exit(EXIT_FETCH_FAILED)
    if any(s.failed for s in summaries):
        raise typer.Exit(EXIT_PARTIAL)


@records_app.command("export")
def records_export(
    out: Annotated[Path, typer.Option("--out", "-o", help="File to write.")],
    fmt: Annotated[
        RecordFormat, typer.Option("--format", "-f", help="json, csv or ris.")
    ] = RecordFormat.json,
    query: Annotated[
        str | None, typer.Option("--query", help="Only records this saved query found.")
    ] = None,
    db: DbOption = None,
) -> None:
    """Write every stored record once, with its ids and sources (RIS for Zotero/EndNote)."""
    from miner.fetch.export import export_records
    from miner.store import Store

    with user_errors():
        count = export_records(Store(db), fmt.value, out, query)
    err_console.print(f"wrote {count} records to {out}")


def prisma(
    name: Annotated[
        str | None, typer.Argument(help="A saved query (default: all of them).")
    ] = None,
    db: DbOption = None,
    as_json: Annotated[bool, typer.Option("--json", help="JSON on stdout.")] = False,
) -> None:
    """Counts for the PRISMA flow diagram: identified per source, duplicates, screened, full texts."""
    from miner.fetch.export import prisma_counts
    from miner.store import Store

    with user_errors():
        counts = prisma_counts(Store(db), name)
    if as_json:
        out_console.print_json(json.dumps(counts))
        return
    labels = {
        "identified_pubmed": "Records identified from PubMed",
        "identified_europepmc": "Records identified from Europe PMC",
        "duplicates_removed": "Duplicate records removed",
        "screened": "Records screened",
        "full_texts_retrieved": "Full texts retrieved (open access)",
        "included": "Studies included",
    }
    for key, label in labels.items():
        value = counts[key]
        out_console.print(
            f"{label}: {'not yet recorded' if value is None else value}", highlight=False
        )


def register(app: typer.Typer) -> None:
    app.add_typer(query_app, name="query")
    app.add_typer(records_app, name="records")
    app.command("refresh")(refresh)
    app.command("prisma")(prisma)
