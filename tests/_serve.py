"""Serve the review app on a free loopback port for browser tests."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from miner.review.app import create_app
from miner.store import Store


@contextmanager
def serving(store: Store) -> Iterator[str]:
    """The review app for ``store`` at http://127.0.0.1:PORT, stopped on exit."""
    import uvicorn

    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    server = uvicorn.Server(uvicorn.Config(create_app(store), host="127.0.0.1", port=port, log_level="warning"))
    thread = threading.Thread(target=server.run, daemon=True)
    thread.start()
    deadline = time.monotonic() + 20
    while not server.started:
        assert time.monotonic() < deadline, "uvicorn did not start"
        time.sleep(0.05)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        thread.join(timeout=10)


def screenshot_path(tmp_path: Path, name: str) -> Path:
    """Where a browser test saves its screenshot: the README's image under ``docs/img`` only
    when asked (``MINER_UPDATE_SCREENSHOTS=1``), so that a test run leaves the checkout clean."""
    if os.environ.get("MINER_UPDATE_SCREENSHOTS") == "1":
        shot = Path(__file__).resolve().parents[1] / "docs" / "img" / name
        shot.parent.mkdir(parents=True, exist_ok=True)
        return shot
    return tmp_path / name
