"""End to end in headless Chromium: sign in, verify a field, correct another, see both in the export."""

from __future__ import annotations

import os
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from _sheet_data import save, study, tiny_pdf

from miner.review.app import create_app
from miner.review.tokens import add_reviewer
from miner.sheet import build_export
from miner.store import Store

CHROMIUM = Path(os.environ.get("MINER_CHROMIUM", "/usr/bin/chromium"))
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
REPO = Path(__file__).resolve().parents[1]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM} (apt-get install -y chromium)"),
]


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Store, str, int]]:
    import uvicorn

    store = Store(f"sqlite:///{tmp_path / 'review.db'}")
    # The study's route evidence box covers the first line (72, 90, 400, 104).
    pdf = tiny_pdf(tmp_path / "chen2021.pdf", ["exosomes were injected via the tail vein",
                                               "Adult female Sprague-Dawley rats (n = 6 per group) were used."])
    doc_id = save(store, study(quote="exosomes were injected via the tail vein <script>alert(1)</script>"),
                  path=str(pdf))
    with store.session() as s:
        token = add_reviewer(s, "alice")
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
        yield f"http://127.0.0.1:{port}", store, token, doc_id
    finally:
        server.should_exit = True
        thread.join(timeout=10)
        store.dispose()


def test_review_in_the_browser(served):
    from playwright.sync_api import sync_playwright

    base, store, token, _doc_id = served
    dialogs: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(base + "/")
            page.fill("#token", token)
            page.click("#signin")
            page.click("text=chen2021.pdf")
            page.wait_for_selector("#row-route")
            # Verify strain with the keyboard: select its row, press v.
            page.click("#row-strain td:first-child")
            page.keyboard.press("v")
            page.wait_for_selector("#row-strain .mine:text('verified')")
            # Correct the route by typing a value and pressing the button.
            page.fill("#row-route input.correct-value", "intrathecal")
            page.click("#row-route button.correct")
            page.wait_for_selector("#row-route .mine:text('corrected')")
            page.click("#row-route td:first-child")
            page.wait_for_function("document.getElementById('pageimg').complete && "
                                   "document.getElementById('pageimg').naturalWidth > 0")
            shot = REPO / "docs" / "img" / "review.png"
            shot.parent.mkdir(parents=True, exist_ok=True)
            page.screenshot(path=str(shot), full_page=False)
            assert "1" not in "".join(dialogs) and dialogs == []  # the <script> in the quote never ran
            assert page.locator("#row-route .quote").inner_text().endswith("<script>alert(1)</script>")
        finally:
            browser.close()
    fields = build_export(store)["studies"][0]["fields"]
    assert (fields["strain"]["status"], fields["strain"]["reviewed_by"]) == ("verified", ["alice"])
    assert (fields["route"]["status"], fields["route"]["value"]) == ("corrected", "intrathecal")
