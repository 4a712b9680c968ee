"""The review page for BBB values read from a figure: the plot with every read point, verify and correct.

A generated matplotlib PDF (vector plot, 3 groups x 6 days, SEM bars, known values in
its JSON sidecar) goes through the real pipeline into a store; the page must show that
plot with one labelled mark per stored figure row, at the place the value sits.
"""

from __future__ import annotations

import html as htmllib
import json
import os
import re
import shutil
import warnings
from collections.abc import Iterator
from pathlib import Path

import pytest
from _serve import screenshot_path, serving
from _sheet_data import save, study

from miner.pipeline import ingest_path
from miner.review._figures import FigureViews
from miner.review.app import create_app
from miner.review.tokens import add_reviewer
from miner.sheet import build_export
from miner.store import Store

with warnings.catch_warnings():
    # Starlette >= 0.50 nudges towards the `httpx2` package; `httpx` 0.28 works and is what we pin.
    warnings.filterwarnings("ignore", message=".*httpx2.*")
    from fastapi.testclient import TestClient

SAMPLE = "mpl_days_3groups_sem"
CHROMIUM = Path(os.environ.get("MINER_CHROMIUM", "/usr/bin/chromium"))
# "<group>, day <d>: <mean> ± <error> SEM" as the page labels a point.
LABEL = re.compile(r"^#(\d+) (.+), day (\d+(?:\.\d+)?): (\d+(?:\.\d+)?) ± (\d+(?:\.\d+)?) SEM")


def truth(corpus_dir: Path, name: str = SAMPLE) -> dict[tuple[str, float], tuple[float, float]]:
    meta = json.loads((corpus_dir / "figures" / f"{name}.json").read_text())
    return {(s["label"], float(p["day"])): (p["mean"], p["error"]) for s in meta["series"] for p in s["points"]}


@pytest.fixture
def ingested(tmp_path: Path, corpus_dir: Path) -> Iterator[tuple[Store, int, Path]]:
    pdf = tmp_path / f"{SAMPLE}.pdf"
    shutil.copy(corpus_dir / "figures" / f"{SAMPLE}.pdf", pdf)
    store = Store(f"sqlite:///{tmp_path / 'review.db'}")
    outcome = ingest_path(store, pdf, nlp=None)
    assert outcome.ok, outcome.error
    try:
        yield store, 1, pdf
    finally:
        store.dispose()


def signed_in(store: Store, name: str = "alice") -> tuple[TestClient, str]:
    with store.session() as s:
        token = add_reviewer(s, name)
    client = TestClient(create_app(store))
    assert client.post("/login", data={"token": token}, follow_redirects=False).status_code == 303
    return client, token


def csrf_of(html: str) -> str:
    m = re.search(r'name="csrf" value="([0-9a-f]{64})"', html)
    assert m
    return m.group(1)


def marks(html: str) -> list[dict[str, object]]:
    """The read points drawn over the figure: id, status class, centre and label."""
    out = []
    for m in re.finditer(r'<g class="pt st-(\w+)" id="(pt-[^"]+)" data-row="([^"]+)">\s*<title>([^<]*)</title>'
                         r'<circle cx="([-\d.]+)" cy="([-\d.]+)"', html):
        out.append({"status": m.group(1), "id": m.group(2), "row": m.group(3),
                    "title": htmllib.unescape(m.group(4)), "x": float(m.group(5)), "y": float(m.group(6))})
    return out


def figure_keys(store: Store) -> dict[str, dict[str, object]]:
    return {o["row_id"].split("|", 1)[1]: o for o in build_export(store)["outcomes"] if o["source"] == "figure"}


def test_the_study_page_shows_the_plot_with_every_read_point_labelled(ingested, corpus_dir):
    store, doc, _pdf = ingested
    client, _ = signed_in(store)
    html = client.get(f"/study/{doc}").text
    expected = truth(corpus_dir)
    assert len(figure_keys(store)) == len(expected) == 18

    assert f'<image href="/study/{doc}/figure/1.png"' in html
    assert "Figure 3 on page 1" in html and "error bars: SEM" in html
    points = marks(html)
    assert len(points) == len(expected)
    for p in points:
        m = LABEL.match(str(p["title"]))
        assert m, p["title"]
        mean, error = expected[(m.group(2), float(m.group(3)))]
        assert float(m.group(4)) == pytest.approx(mean, abs=0.05)
        assert float(m.group(5)) == pytest.approx(error, abs=0.05)
        # Each mark belongs to a row of the figure table, selectable with the keyboard like any row.
        assert f'id="{p["row"]}"' in html and f'data-pt="{p["id"]}"' in html

    # The marks sit where the values are drawn: page y is one straight line of the BBB mean.
    means = [float(LABEL.match(str(p["title"])).group(4)) for p in points]
    ys = [float(p["y"]) for p in points]
    n = len(means)
    mx, my = sum(means) / n, sum(ys) / n
    slope = sum((a - mx) * (b - my) for a, b in zip(means, ys)) / sum((a - mx) ** 2 for a in means)
    assert slope < 0  # a higher score is higher up the page
    assert max(abs(my + slope * (a - mx) - b) for a, b in zip(means, ys)) < 0.5  # points (1/144 inch)

    vb = [float(v) for v in re.search(r'<svg viewBox="([^"]+)"', html).group(1).split()]
    assert all(vb[0] <= p["x"] <= vb[0] + vb[2] and vb[1] <= p["y"] <= vb[1] + vb[3] for p in points)


def test_the_figure_image_is_read_once_and_served_from_memory(ingested):
    import pymupdf

    store, doc, _pdf = ingested
    client, _ = signed_in(store)
    views = client.app.state.figure_views
    html = client.get(f"/study/{doc}").text
    png = client.get(f"/study/{doc}/figure/1.png")
    assert png.status_code == 200 and png.headers["content-type"] == "image/png"
    pix = pymupdf.Pixmap(png.content)
    vb = [float(v) for v in re.search(r'<svg viewBox="([^"]+)"', html).group(1).split()]
    assert pix.width / pix.height == pytest.approx(vb[2] / vb[3], rel=0.02)
    assert pix.width == pytest.approx(vb[2] / 72 * 150, abs=2)  # 150 dpi
    client.get(f"/study/{doc}")
    client.get(f"/study/{doc}/figure/1.png")
    assert views.reads == 1
    assert client.get(f"/study/{doc}/figure/2.png").status_code == 404  # no figure on a page 2
    assert TestClient(client.app).get(f"/study/{doc}/figure/1.png").status_code == 403  # not signed in


def test_verifying_a_figure_point_is_a_decision_in_the_export(ingested):
    store, doc, _pdf = ingested
    client, _ = signed_in(store)
    html = client.get(f"/study/{doc}").text
    key = "BBB|sci + exo|7|figure"
    r = client.post(f"/study/{doc}/decide", data={"csrf": csrf_of(html), "target": "outcome", "key": key,
                                                  "action": "verify"}, follow_redirects=False)
    assert r.status_code == 303
    row = figure_keys(store)[key]
    assert (row["status"], row["reviewed_by"], row["mean"], row["sem"]) == ("verified", ["alice"], 7.7, 1.15)
    assert all(o["status"] == "prefilled" for k, o in figure_keys(store).items() if k != key)
    after = client.get(f"/study/{doc}").text
    verified = [p for p in marks(after) if p["status"] == "verified"]
    assert len(verified) == 1 and str(verified[0]["title"]).startswith("#3 SCI + Exo, day 7: 7.7 ± 1.15 SEM")
    assert "1 / " in after


@pytest.mark.parametrize(
    ("mean", "error", "expected"),
    [
        ("8.1", "", (8.1, 1.15)),  # only the mean was off
        ("", "0.9", (7.7, 0.9)),  # only the error bar
        ("8,1", "1.2", (8.1, 1.2)),  # a decimal comma
        ("7.7", "1.15", None),  # the machine's own values: recorded as verified
    ],
)
def test_correcting_a_figure_point_with_mean_and_error(ingested, mean, error, expected):
    store, doc, _pdf = ingested
    client, _ = signed_in(store)
    key = "BBB|sci + exo|7|figure"
    r = client.post(f"/study/{doc}/decide", data={"csrf": csrf_of(client.get(f"/study/{doc}").text),
                                                  "target": "outcome", "key": key, "action": "correct",
                                                  "mean": mean, "error": error}, follow_redirects=False)
    assert r.status_code == 303, r.text
    row = figure_keys(store)[key]
    if expected is None:
        assert (row["status"], row["mean"], row["sem"]) == ("verified", 7.7, 1.15)
        return
    assert (row["status"], row["mean"], row["sem"], row["sd"]) == ("corrected", *expected, None)
    page = client.get(f"/study/{doc}").text
    corrected = [p for p in marks(page) if p["status"] == "corrected"]
    assert len(corrected) == 1 and "(you: " in str(corrected[0]["title"])


@pytest.mark.parametrize(
    ("mean", "error", "message"),
    [
        ("abc", "", "not a number"),
        ("25", "", "between 0 and 21"),
        ("-1", "", "between 0 and 21"),
        ("", "-0.5", "cannot be negative"),
        ("nan", "", "must be a number"),
    ],
)
def test_impossible_corrections_are_refused(ingested, mean, error, message):
    store, doc, _pdf = ingested
    client, _ = signed_in(store)
    r = client.post(f"/study/{doc}/decide", data={"csrf": csrf_of(client.get(f"/study/{doc}").text),
                                                  "target": "outcome", "key": "BBB|sham|1|figure",
                                                  "action": "correct", "mean": mean, "error": error})
    assert r.status_code == 400 and message in r.text
    assert figure_keys(store)["BBB|sham|1|figure"]["status"] == "prefilled"


def test_a_pdf_changed_since_extraction_is_not_drawn_on(ingested):
    store, doc, pdf = ingested
    pdf.write_bytes(pdf.read_bytes() + b"\n% edited\n")
    client, _ = signed_in(store)
    html = client.get(f"/study/{doc}").text
    assert "has changed" in html and "<svg" not in html
    assert html.count('class="row figrow"') == 18  # the rows are still there to review
    assert client.get(f"/study/{doc}/figure/1.png").status_code == 404


def test_without_the_pdf_the_figure_rows_are_listed_and_escaped(tmp_path):
    from miner.records import Evidence, OutcomeRow

    store = Store(f"sqlite:///{tmp_path / 'r.db'}")
    ex = study()
    hostile = '<script>alert(1)</script>'
    ex.outcomes.append(OutcomeRow("BBB", hostile, "treatment", 7, 5.0, sem=0.5, source="figure", page=2,
                                  confidence=0.97, evidence=(Evidence("Figure 2. BBB scores", page=2,
                                                                      bbox=(50, 50, 300, 250)),)))
    doc = save(store, ex, path=str(tmp_path / "gone.pdf"))
    client, _ = signed_in(store)
    html = client.get(f"/study/{doc}").text
    assert "Figure 2 on page 2" in html and "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "<script>alert" not in html and "<svg" not in html
    assert "0 / 9" in html  # 6 fields + 2 table rows + 1 figure row
    store.dispose()


def test_a_point_read_without_an_error_bar_can_be_given_one(tmp_path):
    from miner.records import Evidence, OutcomeRow

    store = Store(f"sqlite:///{tmp_path / 'r.db'}")
    ex = study()
    ev = (Evidence("Fig. 4 BBB scores", page=3, bbox=(50, 50, 300, 250)),)
    ex.outcomes.append(OutcomeRow("BBB", "Exo", "treatment", 7, 5.0, sem=0.5, source="figure", page=3,
                                  confidence=0.5, evidence=ev))
    ex.outcomes.append(OutcomeRow("BBB", "Exo", "treatment", 14, 8.0, source="figure", page=3,
                                  confidence=0.4, evidence=ev))
    doc = save(store, ex)
    client, _ = signed_in(store)
    html = client.get(f"/study/{doc}").text
    # The bar-less point's form says its error is an SEM, like the rest of Figure 4.
    assert html.count('name="error_kind" value="sem"') == 1 and "Figure 4 on page 3" in html
    base = {"csrf": csrf_of(html), "target": "outcome", "key": "BBB|exo|14|figure", "action": "correct"}
    refused = client.post(f"/study/{doc}/decide", data={**base, "error": "0.4"})
    assert refused.status_code == 400 and "no SD or SEM" in refused.text
    r = client.post(f"/study/{doc}/decide", data={**base, "error": "0.4", "error_kind": "sem"},
                    follow_redirects=False)
    assert r.status_code == 303
    row = figure_keys(store)["BBB|exo|14|figure"]
    assert (row["status"], row["mean"], row["sem"], row["sd"]) == ("corrected", 8.0, 0.4, None)
    store.dispose()


def test_a_figure_that_could_not_be_read_is_pointed_out(tmp_path, corpus_dir):
    name = "mpl_inconsistent_ticks"
    pdf = tmp_path / f"{name}.pdf"
    shutil.copy(corpus_dir / "figures" / f"{name}.pdf", pdf)
    store = Store(f"sqlite:///{tmp_path / 'r.db'}")
    assert ingest_path(store, pdf, nlp=None).ok
    client, _ = signed_in(store)
    html = client.get("/study/1").text
    assert "Figures to read by hand" in html
    assert re.search(r"<li>BBB figure on page 1 could not be read: [^<]*inconsistent", html)
    assert 'class="row figrow"' not in html  # nothing was read from it, nothing guessed
    store.dispose()


def test_the_cache_is_bounded(tmp_path, corpus_dir):
    from miner.pipeline import file_sha256

    files = []
    for name in (SAMPLE, "reportlab_days_3groups_sem"):
        path = tmp_path / f"{name}.pdf"
        shutil.copy(corpus_dir / "figures" / f"{name}.pdf", path)
        files.append((path, file_sha256(path)))
    one = FigureViews(maxsize=1)
    for path, sha in [*files, files[0]]:
        assert one.get(path, sha, 1).points
    assert one.reads == 3  # the first file was evicted by the second
    two = FigureViews(maxsize=2)
    for path, sha in [*files, files[0]]:
        two.get(path, sha, 1)
    assert two.reads == 2


# --- in a real browser -----------------------------------------------------------------------------

@pytest.fixture
def served(ingested) -> Iterator[tuple[str, Store, str, int]]:

    store, doc, _pdf = ingested
    with store.session() as s:
        token = add_reviewer(s, "alice")
    with serving(store) as url:
        yield url, store, token, doc


@pytest.mark.browser
@pytest.mark.skipif(not CHROMIUM.exists(), reason=f"no Chromium at {CHROMIUM} (apt-get install -y chromium)")
def test_reviewing_figure_points_in_the_browser(served, tmp_path):
    from playwright.sync_api import sync_playwright

    base, store, token, _doc = served
    args = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync"]
    exo7 = "BBB|sci + exo|7|figure"
    pbs14 = "BBB|sci + pbs|14|figure"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=args, headless=True)
        try:
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.goto(base + "/")
            page.fill("#token", token)
            page.click("#signin")
            page.click(f"text={SAMPLE}.pdf")
            figure = page.locator("figure.figview")
            assert not figure.is_visible()  # a field row is selected: the PDF page is shown
            # Clicking a point on the plot selects its row and labels the point.
            point = page.locator("g.pt", has=page.locator("title", has_text="SCI + Exo, day 7:"))
            page.locator("tr.figrow").first.click()
            assert figure.is_visible() and not page.locator("#pageimg").is_visible()
            point.locator("circle").click(force=True)
            row = page.locator("tr.row.current")
            assert "7.7 ± 1.15 SEM" in row.inner_text()
            assert point.locator("text.lbl").is_visible()
            page.wait_for_function("document.querySelector('figure.figview image') && "
                                   "document.querySelector('figure.figview svg').getBoundingClientRect().width > 300")
            # v verifies the selected point, like any row.
            page.keyboard.press("v")
            page.wait_for_selector("tr.row.current .mine:text('verified')")
            assert "st-verified" in (point.get_attribute("class") or "")
            # c, type the mean read off the plot, Enter: a correction (not a verify of the old value).
            target = page.locator("tr.figrow", has=page.locator("input[name=key][value='" + pbs14 + "']"))
            target.locator("td").first.click()
            page.keyboard.press("c")
            page.keyboard.type("6.5")
            page.keyboard.press("Enter")
            page.wait_for_selector("tr.row.current .mine:text('corrected')")
            shot = screenshot_path(tmp_path, "review-figure.png")
            page.screenshot(path=str(shot), full_page=False)
        finally:
            browser.close()
    rows = figure_keys(store)
    assert (rows[exo7]["status"], rows[exo7]["mean"]) == ("verified", 7.7)
    assert (rows[pbs14]["status"], rows[pbs14]["mean"], rows[pbs14]["sem"]) == ("corrected", 6.5, 0.74)
