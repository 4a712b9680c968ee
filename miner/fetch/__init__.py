"""Fetching literature: PubMed E-utilities and Europe PMC clients, parsers,
deduplication, the incremental refresh, records export and PRISMA counts.

Fetchers take an injected ``httpx.Client``; parsers are pure (bytes in,
records out); the refresh owns the store side.
"""

from miner.fetch.dedup import cluster_duplicates, dedup_keys, merge_articles, normalise_title
from miner.fetch.europepmc import EuropePMCClient
from miner.fetch.europepmc_json import EuropePMCPage, EuropePMCRecord, parse_europepmc_search
from miner.fetch.export import export_records, prisma_counts, record_dicts
from miner.fetch.pubmed import DateWindow, PubMedClient
from miner.fetch.pubmed_xml import (
    ESearchResult,
    parse_esearch_xml,
    parse_pubmed_records,
    parse_pubmed_xml,
)
from miner.fetch.refresh import Refresher, RefreshSummary
from miner.fetch.settings import FetchSettings
from miner.fetch.store_ops import RefreshLockedError, add_query, list_queries

__all__ = [
    "DateWindow",
    "ESearchResult",
    "EuropePMCClient",
    "EuropePMCPage",
    "EuropePMCRecord",
    "FetchSettings",
    "PubMedClient",
    "RefreshLockedError",
    "RefreshSummary",
    "Refresher",
    "add_query",
    "cluster_duplicates",
    "dedup_keys",
    "export_records",
    "list_queries",
    "merge_articles",
    "normalise_title",
    "parse_esearch_xml",
    "parse_europepmc_search",
    "parse_pubmed_records",
    "parse_pubmed_xml",
    "prisma_counts",
    "record_dicts",
]
