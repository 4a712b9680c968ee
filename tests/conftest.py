"""Shared test fixtures: paths, the shared real-world fixtures, isolated settings."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
SHARED_FIXTURES = Path(os.environ.get("MINER_SHARED_FIXTURES", REPO.parent / "shared" / "fixtures"))
CORPUS = REPO / "corpus_samples"


@pytest.fixture(autouse=True)
def _isolated_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    """No API keys, proxies or store URLs leak in from the developer's shell."""
    for var in (
        "NCBI_API_KEY",
        "MINER_DB_URL",
        "MINER_EMAIL",
        "MINER_TOOL",
        "MINER_EUTILS_URL",
        "MINER_EUROPEPMC_URL",
        "HTTP_PROXY",
        "HTTPS_PROXY",
        "ALL_PROXY",
        "http_proxy",
        "https_proxy",
    ):
        monkeypatch.delenv(var, raising=False)


@pytest.fixture(scope="session")
def shared_fixtures() -> Path:
    """The real recorded responses and PDFs in ../shared/fixtures (skip when absent)."""
    if not SHARED_FIXTURES.is_dir():
        pytest.skip(f"real-world fixtures not present at {SHARED_FIXTURES} (../shared/fixtures)")
    return SHARED_FIXTURES


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS
