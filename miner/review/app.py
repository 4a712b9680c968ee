"""The review page: a small FastAPI app over the store.

Each reviewer signs in with their token (``miner review add-reviewer NAME``).
The queue lists studies with the reviewer's own progress; a study page shows
every field's machine value, confidence and evidence quote beside the PDF page
(rendered by PyMuPDF, evidence box highlighted), with verify / correct / reject.
BBB values read from a figure are listed per figure, beside the plot with every
read point marked and labelled; a point is verified or corrected (mean, error)
like any outcome row.

Reviewers work blind to each other: the page shows the machine's value and the
signed-in reviewer's own decisions only (conflicts are for ``miner sheet
conflicts``). Decisions are appended with source ``review-page``.

Security: text from papers is escaped by Jinja2 autoescape, and a strict
Content-Security-Policy with a per-response nonce means only our own script
runs. Cookies are HttpOnly + SameSite=Strict, and every form carries a CSRF
token bound to the login.
"""

from __future__ import annotations

import hmac
import secrets
from pathlib import Path
from typing import Any

from fastapi import FastAPI, Form, Request
from fastapi.responses import HTMLResponse, RedirectResponse, Response
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from miner.contract import ALL_STUDY_FIELDS, ARMS, OUTCOME_SOURCES
from miner.errors import MinerError
from miner.extract.notes import FIGURE_NOTE_START, PLOT_NOTE_START, UNREAD_NOTE_START
from miner.review import _decide as decisions
from miner.review._figures import FigureViews, describe, figure_panels
from miner.review._forms import editor
from miner.review._templates import templates
from miner.review.render import render_page
from miner.review.tokens import csrf_token, reviewer_for_token
from miner.sheet._cells import (
    CellValueError,
    machine_value,
    outcome_values,
)
from miner.sheet._display import display_value
from miner.sheet.build import build_export_from_session
from miner.sheet.writers import cell_text
from miner.store import Store
from miner.store.repository import current_field_values, current_outcomes
from miner.store.schema import DecisionRow, DocumentRow

__all__ = ["COOKIE", "create_app"]

COOKIE = "miner_review"
_ENV = templates()


def create_app(store: Store, *, figure_cache_size: int = 16) -> FastAPI:
    """The review web app over ``store`` (serve it with uvicorn on 127.0.0.1).

    ``figure_cache_size`` bounds how many (document, page) figure views are
    kept in memory (each is a PNG of a few hundred kB at most).
    """
    app = FastAPI(title="miner review", docs_url=None, redoc_url=None, openapi_url=None)
    views = FigureViews(maxsize=figure_cache_size)
    app.state.figure_views = views

    def page(template: str, request: Request, status: int = 200, **context: Any) -> HTMLResponse:
        nonce = secrets.token_urlsafe(16)
        html = _ENV.get_template(template).render(nonce=nonce, **context)
        response = HTMLResponse(html, status_code=status)
        response.headers["Content-Security-Policy"] = (
            f"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'nonce-{nonce}'; "
            "img-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
        )
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["Referrer-Policy"] = "no-referrer"
        return response

    def who(request: Request) -> tuple[str, str] | None:
        token = request.cookies.get(COOKIE)
        with store.session() as session:
            name = reviewer_for_token(session, token)
        return (name, str(token)) if name else None

    @app.get("/", response_class=HTMLResponse)
    def queue(request: Request) -> Response:
        user = who(request)
        if user is None:
            return page("login.html", request)
        with store.session() as session:
            studies = _queue(session, user[0])
        return page("queue.html", request, reviewer=user[0], studies=studies)

    @app.post("/login")
    def login(request: Request, token: str = Form("")) -> Response:
        with store.session() as session:
            name = reviewer_for_token(session, token.strip())
        if name is None:
            return page("login.html", request, status=401, error="That token is not valid.")
        response = RedirectResponse("/", status_code=303)
        response.set_cookie(COOKIE, token.strip(), httponly=True, samesite="strict",
                            secure=request.url.scheme == "https", max_age=12 * 3600)
        return response

    @app.post("/logout")
    def logout() -> Response:
        response = RedirectResponse("/", status_code=303)
        response.delete_cookie(COOKIE)
        return response

    @app.get("/study/{doc_id}", response_class=HTMLResponse)
    def study(doc_id: int, request: Request) -> Response:
        user = who(request)
        if user is None:
            return RedirectResponse("/", status_code=303)
        with store.session() as session:
            context = _study_context(session, doc_id, user[0])
        if context is None:
            return page("login.html", request, status=404, reviewer=user[0], error="No such study.")
        # Figures are (re-)read outside the database session: the first read of a page may take a moment.
        source = context.pop("source")
        view_for = None
        if context["has_pdf"]:
            def view_for(number: int) -> Any:
                return views.get(Path(source[0]), source[1], number)
        context["figures"] = figure_panels(doc_id, context.pop("figure_rows"), view_for)
        return page("study.html", request, reviewer=user[0], csrf=csrf_token(user[1]), **context)

    @app.get("/study/{doc_id}/figure/{number}.png")
    def figure_png(doc_id: int, number: int, request: Request) -> Response:
        if who(request) is None:
            return Response(status_code=403)
        with store.session() as session:
            doc = session.get(DocumentRow, doc_id)
            if doc is None or not doc.path:
                return Response(status_code=404)
            path, sha = Path(doc.path), doc.sha256
        try:
            view = views.get(path, sha, number)
        except MinerError:
            return Response(status_code=404)
        return Response(view.png, media_type="image/png", headers={"Cache-Control": "private, max-age=300"})

    @app.get("/study/{doc_id}/page/{number}.png")
    def page_png(doc_id: int, number: int, request: Request, target: str = "field", key: str = "") -> Response:
        if who(request) is None:
            return Response(status_code=403)
        with store.session() as session:
            doc = session.get(DocumentRow, doc_id)
            if doc is None or not doc.path:
                return Response(status_code=404)
            boxes = _boxes(session, doc_id, target, key, number)
            path = Path(doc.path)
        try:
            png = render_page(path, number, boxes)
        except MinerError:
            return Response(status_code=404)
        return Response(png, media_type="image/png", headers={"Cache-Control": "private, max-age=300"})

    def refused(request: Request, user: tuple[str, str], doc_id: int, message: str) -> HTMLResponse:
        # One clear message and a way back; the decision was not recorded.
        return page("message.html", request, status=400, reviewer=user[0], error=message, doc_id=doc_id)

    def signed_in(request: Request, form: dict[str, str]) -> tuple[str, str] | None:
        """The reviewer behind a form post, when both the session and its CSRF token are good."""
        user = who(request)
        if user is None or not hmac.compare_digest(form.get("csrf", ""), csrf_token(user[1])):
            return None
        return user

    def decide_sync(request: Request, doc_id: int, form: dict[str, str], items: list[str]) -> Response:
        user = signed_in(request, form)
        if user is None:
            return Response("forbidden: sign in again", status_code=403)
        target, key, action = form.get("target", "field"), form.get("key", ""), form.get("action", "")
        if action not in ("verify", "correct", "reject") or target not in ("field", "outcome"):
            return Response("bad request", status_code=400)
        with store.session() as session:
            if session.get(DocumentRow, doc_id) is None:
                return Response("no such study", status_code=404)
            try:
                decisions.decide(session, doc_id, user[0], target, key, action, form, items)
            except CellValueError as exc:
                session.rollback()
                return refused(request, user, doc_id, f"{decisions.label(target, key)}: {exc}")
        return RedirectResponse(f"/study/{doc_id}#row-{_anchor(target, key)}", status_code=303)

    @app.post("/study/{doc_id}/decide")
    async def decide(doc_id: int, request: Request) -> Response:
        """Verify, correct or reject one cell (a field or an outcome row) as the signed-in reviewer."""
        form, items = await decisions.read_form(request)
        return await run_in_threadpool(decide_sync, request, doc_id, form, items)

    def add_sync(request: Request, doc_id: int, form: dict[str, str]) -> Response:
        user = signed_in(request, form)
        if user is None:
            return Response("forbidden: sign in again", status_code=403)
        with store.session() as session:
            if session.get(DocumentRow, doc_id) is None:
                return Response("no such study", status_code=404)
            try:
                key = decisions.add_outcome(session, doc_id, user[0], form)
            except CellValueError as exc:
                session.rollback()
                return refused(request, user, doc_id, f"new BBB row: {exc}")
        return RedirectResponse(f"/study/{doc_id}#row-{_anchor('outcome', key)}", status_code=303)

    @app.post("/study/{doc_id}/add-outcome")
    async def add_outcome(doc_id: int, request: Request) -> Response:
        """Add a BBB value the machine missed (recorded as this reviewer's correction)."""
        form, _items = await decisions.read_form(request)
        return await run_in_threadpool(add_sync, request, doc_id, form)

    return app


def _anchor(target: str, key: str) -> str:
    import hashlib

    return key if target == "field" else "o" + hashlib.sha256(key.encode()).hexdigest()[:10]


def _queue(session: Any, reviewer: str) -> list[dict[str, Any]]:
    mine = decisions.mine(session, reviewer)
    studies = []
    for doc in session.scalars(select(DocumentRow).where(DocumentRow.status == "extracted").order_by(DocumentRow.name)):
        keys = {("field", k) for k in current_field_values(session, doc.id)}
        keys |= {("outcome", o.row_key) for o in current_outcomes(session, doc.id)}
        done = sum(1 for t, k in keys if (doc.id, t, k) in mine)
        studies.append({"id": doc.id, "name": doc.name, "done": done, "total": len(keys)})
    return studies


def _conf_class(confidence: float | None) -> str:
    if confidence is None:
        return ""
    return "hi" if confidence >= 0.9 else "mid" if confidence >= 0.7 else "lo"


def _study_context(session: Any, doc_id: int, reviewer: str) -> dict[str, Any] | None:
    doc = session.get(DocumentRow, doc_id)
    if doc is None:
        return None
    # Blind: the machine prefill and this reviewer's own decisions, never another reviewer's.
    export = build_export_from_session(session, include_failed=False, reviewer=reviewer)
    row_id = f"doc:{doc.sha256[:16]}"
    study = next((s for s in export["studies"] if s["row_id"] == row_id), None)
    cells = study["fields"] if study else {}
    mine = decisions.mine(session, reviewer, doc_id)
    has_pdf = bool(doc.path and Path(doc.path).is_file() and (doc.format or "pdf") == "pdf")
    rows = []
    for name in ALL_STUDY_FIELDS:
        cell = cells.get(name)
        if cell is None:
            continue
        mvalue = machine_value(cell)
        rows.append(_row("field", name, name, mvalue, cell.get("confidence"), cell.get("evidence") or [],
                         mine.get((doc_id, "field", name)), doc_id, has_pdf))
    figure_rows: dict[int, list[dict[str, Any]]] = {}
    machine_keys = set()
    for orow in current_outcomes(session, doc_id):
        machine_keys.add(orow.row_key)
        mvalue = outcome_values(orow)  # with "stat": "median" when the row is a median
        label = f"{orow.outcome} {orow.group} day {cell_text(orow.day)}"
        decision = mine.get((doc_id, "outcome", orow.row_key))
        row = _row("outcome", orow.row_key, label, mvalue, orow.confidence, orow.evidence or [],
                   decision, doc_id, has_pdf)
        if orow.source == "figure" and isinstance(row["page"], int):
            figure_rows.setdefault(row["page"], []).append(_figure_row(row, orow.group, mvalue, decision))
        else:
            rows.append(row)
    decided = [r for r in rows if r["mine_status"]] + [
        r for fr in figure_rows.values() for r in fr if r["mine_status"]]
    total = len(rows) + sum(len(fr) for fr in figure_rows.values())
    # Rows this reviewer added (the machine never found them): listed after the machine's, not counted
    # in the progress (they are decided by being added).
    for out in export["outcomes"]:
        key = str(out.get("row_id", "")).split("|", 1)[-1]
        if out.get("row_id", "").startswith(row_id + "|") and key not in machine_keys:
            added = outcome_values(out)
            label = f"{out.get('outcome')} {out.get('group')} day {cell_text(out.get('day'))} (added by you)"
            row = _row("outcome", key, label, None, None, [], mine.get((doc_id, "outcome", key)), doc_id, has_pdf)
            row.update({"page": added.get("page"), "quote": "", "value_text": "",
                        "mine_value": _outcome_text(added)})
            rows.append(row)
    notes = [n for n in (doc.notes or []) if isinstance(n, str)]
    return {"doc_id": doc_id, "name": doc.name, "fields": rows, "done": len(decided), "total": total,
            "has_pdf": has_pdf, "figure_rows": figure_rows, "source": (doc.path or "", doc.sha256),
            "arms": ARMS, "sources": OUTCOME_SOURCES,
            # Plots the pipeline found but refused to read (e.g. no consistent axis calibration):
            # the reviewer digitises these by hand, so the page says where they are and why.
            "figure_notes": [n for n in notes if n.startswith((PLOT_NOTE_START, FIGURE_NOTE_START))],
            # A paper that names BBB where it reports its experiment, with no score read.
            "score_notes": [n for n in notes if n.startswith(UNREAD_NOTE_START)]}


def _outcome_text(values: dict[str, Any] | None) -> str:
    """An outcome row as people write it: ``11.2 ± 1.3 SD, n = 6 (treatment)``."""
    if not values:
        return ""
    text = describe(values)
    if values.get("n") is not None:
        text += f", n = {cell_text(values['n'])}"
    if values.get("arm"):
        text += f" ({values['arm']})"
    return text


def _figure_row(row: dict[str, Any], group: str, machine: dict[str, Any], mine: DecisionRow | None) -> dict[str, Any]:
    """A figure point's row: its label on the plot, and mean / error fields for a correction."""
    corrected = mine.value if mine is not None and mine.status == "corrected" and isinstance(mine.value, dict) else None
    shown = corrected or machine
    error_col = "sd" if machine.get("sd") is not None else "sem" if machine.get("sem") is not None else ""
    label = f"{group}, day {cell_text(machine.get('day'))}: {describe(machine)}"
    if corrected is not None:
        label += f" (you: {describe(corrected)})"
    elif mine is not None:
        label += f" ({mine.status})"
    return {
        **row, "group": group, "arm": machine.get("arm") or "", "day_text": cell_text(machine.get("day")),
        "machine_text": describe(machine), "mine_text": describe(corrected) if corrected else "",
        "fig_label": label, "error_col": error_col, "error_name": error_col.upper() or "error",
        "mean_edit": cell_text(shown.get("mean")),
        "error_edit": cell_text(shown.get(error_col)) if error_col else "",
    }


def _row(target: str, key: str, label: str, mvalue: Any, confidence: float | None, evidence: list[dict[str, Any]],
         mine: DecisionRow | None, doc_id: int, has_pdf: bool) -> dict[str, Any]:
    from urllib.parse import urlencode

    first = evidence[0] if evidence else {}
    page_no = first.get("page")
    corrected = mine.value if mine is not None and mine.status == "corrected" else None
    if target == "outcome":
        value_text = _outcome_text(mvalue)
        current = corrected if isinstance(corrected, dict) else mvalue or {}
        edit: dict[str, Any] = {"kind": "outcome",
                                "parts": {c: cell_text(current.get(c)) for c in ("mean", "sd", "sem", "n")}}
        mine_value = _outcome_text(corrected) if isinstance(corrected, dict) else ""
    else:
        value_text = display_value(key, mvalue)
        edit = editor(key, corrected if corrected is not None else mvalue)
        mine_value = display_value(key, corrected)
    img = ""
    if has_pdf and isinstance(page_no, int):
        img = f"/study/{doc_id}/page/{page_no}.png?" + urlencode({"target": target, "key": key})
    return {
        "target": target, "key": key, "label": label, "anchor": _anchor(target, key),
        "value_text": value_text, "editor": edit,
        "has_value": mvalue is not None,
        "confidence_text": "" if confidence is None else f"{confidence:.2f}", "conf_class": _conf_class(confidence),
        "quote": first.get("quote", ""), "page": page_no, "img": img,
        "mine_status": mine.status if mine else "", "mine_value": mine_value,
    }


def _boxes(session: Any, doc_id: int, target: str, key: str, page_no: int) -> list[list[float]]:
    if target == "field":
        row = current_field_values(session, doc_id).get(key)
        evidence = row.evidence if row is not None else []
    else:
        orow = next((o for o in current_outcomes(session, doc_id) if o.row_key == key), None)
        evidence = orow.evidence if orow is not None else []
    return [list(e["bbox"]) for e in evidence or [] if e.get("page") == page_no and e.get("bbox")]


