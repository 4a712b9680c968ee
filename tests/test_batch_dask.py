"""The Dask executor on a local cluster of two worker processes, on SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from _batch_corpus import make_bad_files, make_corpus, store_content
from _pg import store_url  # noqa: F401  (fixture: SQLite and PostgreSQL)

from miner.batch import run_batch
from miner.batch.distributed import run_batch_dask
from miner.errors import ConfigError
from miner.store import Store

distributed = pytest.importorskip("distributed")

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    # processes=True: workers are separate processes, as on a real cluster. The dashboard takes
    # any free port (":0"): a fixed one fails the test when another cluster on the machine has it.
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                                 dashboard_address=":0", host="127.0.0.1") as cluster,
        distributed.Client(cluster) as dask_client,
    ):
        yield dask_client


@pytest.fixture(scope="module")
def papers(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("papers")
    make_corpus(folder, 10)
    bad = make_bad_files(folder / "bad")
    bad["truncated"].unlink()
    return folder


def test_dask_builds_the_same_store_as_the_local_pool_and_resumes(
    client: object, papers: Path, store_url: str, tmp_path: Path  # noqa: F811
) -> None:
    store = Store(store_url)
    try:
        summary = run_batch_dask(store, [papers], scheduler=client, use_model=False)
        assert (summary.total, summary.processed) == (13, 13)
        assert sorted(r for _, r, _ in summary.failed) == ["corrupt", "empty", "encrypted"]
        assert summary.worker_peak_rss_mb > 10

        # By address, as `miner extract --executor dask --scheduler tcp://...` does.
        address = client.scheduler.address  # type: ignore[attr-defined]
        again = run_batch_dask(store, [papers], scheduler=address, use_model=False)
        assert (again.processed, again.skipped) == (0, 13)
    finally:
        store.dispose()

    local_url = f"sqlite:///{tmp_path / 'local.db'}"
    run_batch(Store(local_url), [papers], workers=1, use_model=False)
    assert store_content(store_url) == store_content(local_url)


def test_dask_needs_a_scheduler(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="--scheduler"):
        run_batch_dask(Store(f"sqlite:///{tmp_path / 'x.db'}"), [tmp_path], scheduler=None,
                       use_model=False)


def test_an_unreachable_scheduler_is_a_one_line_error(tmp_path: Path) -> None:
    import socket

    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    with pytest.raises(ConfigError, match=f"cannot reach the Dask scheduler at tcp://127.0.0.1:{port}"):
        run_batch_dask(Store(f"sqlite:///{tmp_path / 'x.db'}"), [tmp_path],
                       scheduler=f"tcp://127.0.0.1:{port}", use_model=False, connect_timeout_s=1)
