"""The review page: sign-in, the queue, decisions, escaping and CSRF (SQLite and PostgreSQL)."""

from __future__ import annotations

import re
import warnings

import pytest
from _pg import store_url  # noqa: F401  (fixture: SQLite and PostgreSQL)
from _sheet_data import save, study, tiny_pdf
from sqlalchemy import select
from typer.testing import CliRunner

from miner.cli import app as cli
from miner.review.app import COOKIE, create_app
from miner.review.tokens import add_reviewer, hash_token
from miner.sheet import build_export
from miner.store import Store
from miner.store.schema import ReviewerRow

with warnings.catch_warnings():
    # Starlette >= 0.50 nudges towards the `httpx2` package; `httpx` 0.28 works and is what we pin.
    warnings.filterwarnings("ignore", message=".*httpx2.*")
    from fastapi.testclient import TestClient

XSS = '<script>alert("pwned")</script><img src=x onerror=alert(1)>'


@pytest.fixture
def store(store_url: str) -> Store:  # noqa: F811
    s = Store(store_url)
    yield s
    s.dispose()


def signed_in(store: Store, name: str = "alice") -> TestClient:
    with store.session() as s:
        token = add_reviewer(s, name)
    client = TestClient(create_app(store))
    r = client.post("/login", data={"token": token}, follow_redirects=False)
    assert r.status_code == 303
    return client


def csrf_of(html: str) -> str:
    m = re.search(r'name="csrf" value="([0-9a-f]{64})"', html)
    assert m
    return m.group(1)


def test_tokens_are_stored_only_as_hashes(store):
    with store.session() as s:
        token = add_reviewer(s, "alice")
    with store.session() as s:
        row = s.scalar(select(ReviewerRow).where(ReviewerRow.name == "alice"))
        assert row.token_hash == hash_token(token) and token not in row.token_hash
        with pytest.raises(Exception, match="already has a token"):
            add_reviewer(s, "alice")


def test_without_a_valid_token_there_is_only_the_login_page(store):
    save(store, study())
    client = TestClient(create_app(store))
    assert "Sign in" in client.get("/").text
    assert client.post("/login", data={"token": "guess"}).status_code == 401
    assert client.get("/study/1", follow_redirects=False).status_code == 303
    assert client.get("/study/1/page/1.png").status_code == 403


def test_queue_shows_studies_with_the_reviewers_progress(store):
    save(store, study())
    client = signed_in(store)
    page = client.get("/")
    assert "chen2021.pdf" in page.text and "0 / 8" in page.text  # 6 fields + 2 outcome rows
    assert page.headers["content-security-policy"].startswith("default-src 'none'")


def test_verify_correct_and_reject_are_recorded_and_exported(store):
    doc = save(store, study())
    client = signed_in(store)
    html = client.get(f"/study/{doc}").text
    assert "exosomes were injected via the tail vein" in html and "0.93" in html
    token = csrf_of(html)
    for key, action, value in [("strain", "verify", ""), ("route", "correct", "intrathecal"),
                               ("n_per_group", "reject", "")]:
        r = client.post(f"/study/{doc}/decide", data={"csrf": token, "target": "field", "key": key,
                                                      "action": action, "value": value}, follow_redirects=False)
        assert r.status_code == 303, r.text
    exo = next(o for o in build_export(store)["outcomes"] if o["group"] == "Exo")
    r = client.post(f"/study/{doc}/decide", data={"csrf": token, "target": "outcome", "key": exo["row_id"].split("|", 1)[1],
                                                  "action": "correct", "value": '{"mean": 12.5}'})
    assert r.status_code == 200
    export = build_export(store)
    f = export["studies"][0]["fields"]
    assert (f["strain"]["status"], f["strain"]["reviewed_by"]) == ("verified", ["alice"])
    assert (f["route"]["status"], f["route"]["value"]) == ("corrected", "intrathecal")
    assert f["n_per_group"]["status"] == "rejected"
    exo = next(o for o in export["outcomes"] if o["group"] == "Exo")
    assert (exo["status"], exo["mean"], exo["sd"]) == ("corrected", 12.5, 1.3)
    assert "4 / 8" in client.get("/").text


@pytest.mark.parametrize(
    ("data", "status"),
    [
        ({"csrf": "0" * 64, "key": "route", "action": "verify"}, 403),  # forged form
        ({"key": "route", "action": "verify"}, 403),  # no token at all
        ({"key": "route", "action": "delete"}, 400),
        ({"key": "no_such_field", "action": "verify"}, 400),
        ({"key": "route", "action": "correct", "value": "by mouth"}, 400),  # not in the vocabulary
    ],
)
def test_bad_or_forged_decisions_are_refused(store, data, status):
    doc = save(store, study())
    client = signed_in(store)
    if "csrf" not in data and status != 403:
        data = {**data, "csrf": csrf_of(client.get(f"/study/{doc}").text)}
    r = client.post(f"/study/{doc}/decide", data={"target": "field", **data})
    assert r.status_code == status
    assert build_export(store)["studies"][0]["fields"]["route"]["status"] == "prefilled"


def test_text_from_a_paper_is_escaped_never_markup(store):
    doc = save(store, study(quote=XSS, strain=XSS))
    html = signed_in(store).get(f"/study/{doc}").text
    assert "<script>alert" not in html and "<img src=x" not in html
    assert "&lt;script&gt;alert(&#34;pwned&#34;)&lt;/script&gt;" in html
    # Only our own script, carrying the response's nonce, may run.
    assert all("nonce=" in tag for tag in re.findall(r"<script[^>]*>", html))


def test_the_pdf_page_is_rendered_with_the_evidence_highlighted(store, tmp_path):
    pdf = tiny_pdf(tmp_path / "chen2021.pdf", ["exosomes were injected via the tail vein"])
    doc = save(store, study(), path=str(pdf))
    client = signed_in(store)
    html = client.get(f"/study/{doc}").text
    src = re.search(r'id="row-route"[^>]*data-img="(/study/[^"]+)"', html).group(1).replace("&amp;", "&")
    with_box = client.get(src)
    assert with_box.status_code == 200 and with_box.headers["content-type"] == "image/png"
    without_box = client.get(f"/study/{doc}/page/1.png")
    assert with_box.content[:8] == b"\x89PNG\r\n\x1a\n"
    assert with_box.content != without_box.content  # the highlight is drawn
    import pymupdf

    pix = pymupdf.Pixmap(with_box.content)
    # Inside the evidence box (72..400 x 90..104 pt, zoom 1.5) the page is tinted yellow.
    r, g, b = pix.pixel(int(300 * 1.5), int(92 * 1.5))[:3]
    assert r > 200 and g > 180 and b < 200
    assert client.get(f"/study/{doc}/page/9.png").status_code == 404


def test_cli_adds_a_reviewer_and_prints_the_token_once(tmp_path):
    db = f"sqlite:///{tmp_path / 'r.db'}"
    runner = CliRunner()
    result = runner.invoke(cli, ["review", "add-reviewer", "alice", "--db", db])
    assert result.exit_code == 0, result.output
    token = result.stdout.strip()
    assert len(token) >= 30
    again = runner.invoke(cli, ["review", "add-reviewer", "alice", "--db", db])
    assert again.exit_code == 1 and "already has a token" in again.stderr
    listed = runner.invoke(cli, ["review", "reviewers", "--db", db])
    assert listed.stdout == "alice\ttoken\n"
    s = Store(db)
    with s.session() as session:
        assert session.scalar(select(ReviewerRow.token_hash)) == hash_token(token)
    s.dispose()


def test_login_cookie_is_httponly_and_samesite_strict(store):
    with store.session() as s:
        token = add_reviewer(s, "alice")
    r = TestClient(create_app(store)).post("/login", data={"token": token}, follow_redirects=False)
    cookie = r.headers["set-cookie"]
    assert cookie.startswith(f"{COOKIE}=") and "HttpOnly" in cookie and "SameSite=strict" in cookie
