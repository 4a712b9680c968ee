"""Benchmark: HTTP requests per 1,000 new records for a refresh, against the local fake server.

    .venv/bin/python bench/bench_refresh.py [--records 5000] [--fulltext]

Runs a first refresh (everything new) and a later one (a day's new records
a week's new records plus the day of overlap), and prints requests per 1,000 new records per
service next to the floor (one esearch + one efetch per batch of 400; one
Europe PMC search call per page of 1000 plus the one that shows the cursor
has stopped). Full texts, when asked, cost one request per open-access record.
No network: the server runs on 127.0.0.1.
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

from fakes.literature_server import FakeLiteratureServer, make_corpus

from miner.fetch.europepmc import EuropePMCClient
from miner.fetch.pubmed import PubMedClient
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
                }
            )
    return results


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--records", type=int, default=5000)
    parser.add_argument("--fulltext", action="store_true", help="also fetch OA full texts")
    args = parser.parse_args()
    for row in run(args.records, args.fulltext):
        print(json.dumps(row))


if __name__ == "__main__":
    main()
