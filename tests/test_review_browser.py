"""End to end in headless Chromium: sign in, verify a field, correct another, see both in the export."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from _serve import screenshot_path, serving
from _sheet_data import save, study, tiny_pdf

from miner.records import Evidence, FieldValue
from miner.review.tokens import add_reviewer
from miner.sheet import build_export
from miner.store import Store

CHROMIUM = Path(os.environ.get("MINER_CHROMIUM", "/usr/bin/chromium"))
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM} (apt-get install -y chromium)"),
]


@pytest.fixture
def served(tmp_path: Path) -> Iterator[tuple[str, Store, str, int]]:

    store = Store(f"sqlite:///{tmp_path / 'review.db'}")
    # The study's route evidence box covers the first line (72, 90, 400, 104).
    pdf = tiny_pdf(tmp_path / "chen2021.pdf", ["exosomes were injected via the tail vein",
                                               "Adult female Sprague-Dawley rats (n = 6 per group) were used."])
    ex = study(quote="exosomes were injected via the tail vein <script>alert(1)</script>")
    # Structured values, so the page shows them readably (and the screenshot shows that).
    for name, value in [("dose", {"amount": 200, "unit": "ug", "volume_ul": 200, "basis": "protein"}),
                        ("frequency", {"doses": 7, "interval_h": 24}),
                        ("body_weight_g", {"low": 200, "high": 250}),
                        ("timing_post_injury_h", 0.0)]:
        ex.add(FieldValue(name, value, 0.88, (Evidence("Adult female Sprague-Dawley rats", page=1),)))
    doc_id = save(store, ex, path=str(pdf))
    with store.session() as s:
        token = add_reviewer(s, "alice")
    try:
        with serving(store) as url:
            yield url, store, token, doc_id
    finally:
        store.dispose()


def test_review_in_the_browser(served, tmp_path):
    from playwright.sync_api import sync_playwright

    base, store, token, _doc_id = served
    dialogs: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 1000})
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
            # Values read as people write them, not JSON.
            assert page.locator("#row-size_nm .value").inner_text() == "121.3 nm (mean, NTA)"
            assert page.locator("#row-dose .value").inner_text() == "200 \u00b5g protein in 200 \u00b5L"
            assert page.locator("#row-frequency .value").inner_text() == "7 doses, every 24 h"
            assert page.locator("#row-timing_post_injury_h .value").inner_text() == "0 h (immediately)"
            # Correct the route from its vocabulary and press the button.
            page.select_option("#row-route select.correct-value", "intrathecal")
            page.click("#row-route button.correct")
            page.wait_for_selector("#row-route .mine:text('corrected')")
            # Correct the size in its own boxes: a bad number is one clear message, nothing recorded.
            page.fill("#row-size_nm input[name=p_value]", "ninety")
            page.click("#row-size_nm button.correct")
            assert "size 'ninety' is not a number" in page.locator("#error").inner_text()
            page.go_back()
            page.wait_for_selector("#row-size_nm")
            page.fill("#row-size_nm input[name=p_value]", "98.5")
            page.select_option("#row-size_nm select[name=p_method]", "TEM")
            page.keyboard.press("Enter")
            page.wait_for_selector("#row-size_nm .mine:text('corrected')")
            # Add a BBB value the machine missed, below the table.
            form = page.locator("form.addrow").first
            form.locator("input[name=group]").fill("Exo")
            form.locator("select[name=arm]").select_option("treatment")
            form.locator("input[name=day]").fill("2")
            form.locator("select[name=day_unit]").select_option("weeks")
            form.locator("input[name=mean]").fill("4.5")
            form.locator("input[name=error]").fill("0.5")
            form.locator("select[name=error_kind]").select_option("sem")
            form.locator("input[name=n]").fill("6")
            form.locator("input[name=page]").fill("1")
            form.locator("select[name=source]").select_option("table")
            form.locator("button.add").click()
            page.wait_for_selector("tr.row:has-text('BBB Exo day 14 (added by you)')")
            page.click("#row-route td:first-child")
            page.wait_for_function("document.getElementById('pageimg').complete && "
                                   "document.getElementById('pageimg').naturalWidth > 0")
            page.evaluate("window.scrollTo(0, 0)")
            shot = screenshot_path(tmp_path, "review.png")
            page.screenshot(path=str(shot), full_page=False)
            assert "1" not in "".join(dialogs) and dialogs == []  # the <script> in the quote never ran
            assert page.locator("#row-route .quote").inner_text().endswith("<script>alert(1)</script>")
        finally:
            browser.close()
    fields = build_export(store)["studies"][0]["fields"]
    assert (fields["strain"]["status"], fields["strain"]["reviewed_by"]) == ("verified", ["alice"])
    assert (fields["route"]["status"], fields["route"]["value"]) == ("corrected", "intrathecal")
    assert fields["size_nm"]["value"] == {"value": 98.5, "low": None, "high": None, "stat": "mean", "method": "TEM"}
    added = next(o for o in build_export(store)["outcomes"] if o["day"] == 14)
    assert (added["group"], added["mean"], added["sem"], added["sd"], added["status"]) == ("Exo", 4.5, 0.5, None,
                                                                                        "corrected")
