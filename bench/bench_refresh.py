"""Benchmark: HTTP requests per 1,000 new records for a refresh, against the local fake server,
and the store's write cost per record.

    .venv/bin/python bench/bench_refresh.py [--records 5000] [--fulltext]
    .venv/bin/python bench/bench_refresh.py --upsert-only [--records 7707]

Runs a first refresh (everything new) and a later one (a day's new records
a week's new records plus the day of overlap), and prints requests per 1,000 new records per
service next to the floor (one esearch + one efetch per batch of 400; one
Europe PMC search call per page of 1000 plus the one that shows the cursor
has stopped). Full texts, when asked, cost one request per open-access record.
No network: the server runs on 127.0.0.1. ``ms_per_record`` is wall time per
record found (both sources), HTTP included.

``--upsert-only`` times the store alone: the corpus parsed once (PubMed pages
of 400, Europe PMC pages of 1000, as a refresh meets them), then written to a
fresh SQLite file, one transaction per page, and reports ms per record.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

import httpx

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "tests"))

from fakes.literature_server import FakeLiteratureServer, epmc_result, make_corpus, pubmed_xml

from miner.fetch import store_ops
from miner.fetch.europepmc import EuropePMCClient
from miner.fetch.europepmc_json import parse_europepmc_search
from miner.fetch.pubmed import PubMedClient
from miner.fetch.pubmed_xml import parse_pubmed_records
from miner.fetch.refresh import Refresher
from miner.fetch.settings import FetchSettings
from miner.fetch.store_ops import add_query
from miner.store import Store


def run(records: int, fulltext: bool) -> list[dict[str, object]]:
    start = date(2026, 1, 1)
    days = 60
    corpus = make_corpus(records, start=start, days=days)
    cut = start + timedelta(days=days - 7)
    # The last week's records appear only after the first run: the nightly run finds them.
    initial = [r for r in corpus if r.created < cut]
    later = [r for r in corpus if r.created >= cut]
    results = []
    with (
        FakeLiteratureServer(initial) as srv,
        tempfile.TemporaryDirectory() as tmp,
        httpx.Client() as http,
    ):
        settings = FetchSettings(
            eutils_url=srv.eutils_url,
            europepmc_url=srv.europepmc_url,
            ncbi_rate=500,
            europepmc_rate=500,
        )
        store = Store(f"sqlite:///{tmp}/bench.db")
        add_query(store, "bench", "exosome", "exosome")
        for label, today in (
            ("first run", cut - timedelta(days=1)),
            ("week later", start + timedelta(days=days)),
        ):
            if label == "week later":
                srv.records.extend(later)
            before = len(srv.log)
            t0 = time.perf_counter()
            refresher = Refresher(
                store,
                PubMedClient(http, settings),
                EuropePMCClient(http, settings),
                fulltext_dir=Path(tmp) / "fulltext",
                ingest=None,
                today=today,
                fetch_fulltexts=fulltext,
            )
            (summary,) = refresher.refresh()
            seconds = time.perf_counter() - t0
            sent = srv.log[before:]
            per = {
                "esearch": sum("esearch" in r.path for r in sent),
                "efetch": sum("efetch" in r.path for r in sent),
                "europepmc_search": sum(r.path.endswith("/search") for r in sent),
                "fulltext": sum("fullTextXML" in r.path for r in sent),
            }
            new_pubmed = summary.found_pubmed
            floor = {
                "esearch": 1,
                "efetch": -(-new_pubmed // 400),
                "europepmc_search": -(-summary.found_europepmc // 1000) + 1,
            }
            results.append(
                {
                    "run": label,
                    "new_records": summary.new,
                    "found": summary.found,
                    "requests": per,
                    "floor": floor,
                    "requests_per_1000_new": round(1000 * len(sent) / max(1, summary.new), 1),
                    "seconds": round(seconds, 2),
                    "ms_per_record": round(1000 * seconds / max(1, summary.found), 2),
                }
            )
    return results


def _store_page(store: Store, query_id: int, page: list[tuple[str, str, object]]) -> None:
    with store.session() as s:
        if hasattr(store_ops, "store_found"):
            store_ops.store_found(s, query_id, 1, page)  # type: ignore[arg-type]
        else:  # the per-record API of the first implementation, for before/after figures
            for source, source_id, article in page:
                article_id, _ = store_ops.upsert_article(s, article)  # type: ignore[arg-type]
                store_ops.record_source(s, query_id, 1, source, source_id, article_id)


def run_upsert_only(records: int) -> dict[str, object]:
    """ms per record to store parsed pages (no HTTP), as a first refresh run writes them."""
    from miner.store.refresh_schema import RefreshRunRow, SavedQueryRow

    corpus = make_corpus(records)
    pages: list[list[tuple[str, str, object]]] = []
    in_pubmed = [r for r in corpus if r.in_pubmed]
    for i in range(0, len(in_pubmed), 400):
        parsed = parse_pubmed_records(pubmed_xml(in_pubmed[i : i + 400]))
        pages.append([("pubmed", p.article.pmid or "", p.article) for p in parsed])
    in_epmc = [r for r in corpus if r.in_europepmc]
    for i in range(0, len(in_epmc), 1000):
        doc = {"resultList": {"result": [epmc_result(r) for r in in_epmc[i : i + 1000]]}}
        page = parse_europepmc_search(doc)
        pages.append([("europepmc", r.key, r.article) for r in page.records])
    with tempfile.TemporaryDirectory() as tmp:
        store = Store(f"sqlite:///{tmp}/upsert.db")
        add_query(store, "bench", "exosome", "exosome")
        with store.session() as s:
            query_id = s.query(SavedQueryRow.id).scalar()
            s.add(RefreshRunRow(id=1, query_id=query_id, until=date(2026, 3, 1)))
        n = sum(len(p) for p in pages)
        t0 = time.perf_counter()
        for page in pages:
            _store_page(store, query_id, page)
        seconds = time.perf_counter() - t0
        with store.engine.connect() as conn:
            from sqlalchemy import text

            articles = conn.execute(text("select count(*) from articles")).scalar()
    return {
        "run": "upsert only",
        "records_written": n,
        "articles": articles,
        "works": len(corpus),
        "seconds": round(seconds, 2),
        "ms_per_record": round(1000 * seconds / max(1, n), 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--records", type=int, default=5000)
    parser.add_argument("--fulltext", action="store_true", help="also fetch OA full texts")
    parser.add_argument(
        "--upsert-only", action="store_true", help="time the store's writes alone (no HTTP)"
    )
    args = parser.parse_args()
    if args.upsert_only:
        print(json.dumps(run_upsert_only(args.records)))
        return
    for row in run(args.records, args.fulltext):
        print(json.dumps(row))


if __name__ == "__main__":
    main()
