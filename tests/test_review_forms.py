"""The review page for blind reviewers: readable values, field-appropriate corrections, added BBB rows."""

from __future__ import annotations

import re
import warnings
from pathlib import Path
from typing import Any

import pytest
from _sheet_data import save, study
from sqlalchemy import select

from miner.records import Evidence, FieldValue
from miner.review._forms import editor, value_from_form
from miner.review.app import create_app
from miner.review.tokens import add_reviewer
from miner.sheet import build_export
from miner.sheet._cells import CellValueError
from miner.store import Store
from miner.store.schema import DecisionRow

with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message=".*httpx2.*")
    from fastapi.testclient import TestClient


@pytest.fixture
def store(tmp_path: Path) -> Store:
    s = Store(f"sqlite:///{tmp_path / 'm.db'}")
    yield s
    s.dispose()


def rich_study() -> Any:
    ex = study()
    for name, value in [("dose", {"amount": 200, "unit": "ug", "volume_ul": 200, "basis": "protein"}),
                        ("frequency", {"doses": 1, "interval_h": None}),
                        ("body_weight_g", {"low": 200, "high": 250}),
                        ("isolation_method", ["ultracentrifugation"]),
                        ("timing_post_injury_h", 0.0),
                        ("eligibility", {"decision": "include",
                                         "criteria": {c: {"status": "met", "evidence": []} for c in "abcdef"}})]:
        ex.add(FieldValue(name, value, 0.88, (Evidence("stated on page one", page=1),)))
    return ex


class Reviewer:
    def __init__(self, store: Store, name: str, doc: int) -> None:
        with store.session() as s:
            token = add_reviewer(s, name)
        self.client = TestClient(create_app(store))
        assert self.client.post("/login", data={"token": token}, follow_redirects=False).status_code == 303
        self.doc = doc
        self.csrf = re.search(r'name="csrf" value="([0-9a-f]{64})"', self.page()).group(1)

    def page(self) -> str:
        return self.client.get(f"/study/{self.doc}").text

    def decide(self, key: str, action: str = "correct", target: str = "field", **data: Any) -> Any:
        return self.client.post(f"/study/{self.doc}/decide", follow_redirects=False,
                                data={"csrf": self.csrf, "target": target, "key": key, "action": action, **data})

    def add(self, **data: Any) -> Any:
        return self.client.post(f"/study/{self.doc}/add-outcome", follow_redirects=False,
                                data={"csrf": self.csrf, **data})


ROW = {"group": "Exo", "arm": "treatment", "day": "14", "mean": "7.5", "error": "0.6", "error_kind": "sem",
       "n": "6", "page": "1", "source": "table"}


def fields(store: Store, reviewer: str | None = None) -> dict[str, Any]:
    return build_export(store, reviewer=reviewer)["studies"][0]["fields"]


# -- values a person can read ---------------------------------------------------------------


def test_the_page_shows_structured_values_readably(store):
    alice = Reviewer(store, "alice", save(store, rich_study()))
    html = alice.page()
    for text in ["121.3 nm (mean, NTA)", "200 µg protein in 200 µL", "single dose", "200–250 g",
                 "CD9, CD63", "0 h (immediately)", "include (6/6 criteria met)"]:
        assert f'<span class="value">{text}</span>' in html
    assert '"value": 121.3' not in html  # no JSON for people to read


# -- corrections with field-appropriate inputs ----------------------------------------------


@pytest.mark.parametrize(
    ("key", "data", "expected"),
    [
        ("size_nm", {"p_value": "98.5", "p_stat": "mean", "p_method": "TEM"},
         {"value": 98.5, "low": None, "high": None, "stat": "mean", "method": "TEM"}),
        ("size_nm", {"p_low": "30", "p_high": "150", "p_method": "TEM"},
         {"value": None, "low": 30, "high": 150, "stat": None, "method": "TEM"}),
        ("dose", {"p_amount": "100", "p_unit": "ug", "p_volume_ul": "100", "p_basis": "protein"},
         {"amount": 100, "unit": "ug", "volume_ul": 100, "basis": "protein"}),
        ("dose", {"p_amount": "1e10", "p_unit": "particles", "p_basis": "particles"},
         {"amount": 10_000_000_000, "unit": "particles", "volume_ul": None, "basis": "particles"}),
        ("frequency", {"p_doses": "7", "p_interval_h": "24"}, {"doses": 7, "interval_h": 24}),
        ("frequency", {"p_doses": "2", "p_interval_h": "12"}, {"doses": 2, "interval_h": 12}),
        ("body_weight_g", {"p_low": "180", "p_high": "220"}, {"low": 180, "high": 220}),
        ("body_weight_g", {"p_low": "250"}, {"low": 250, "high": 250}),
        ("isolation_method", {"items": ["ultracentrifugation", "size_exclusion"]},
         ["ultracentrifugation", "size_exclusion"]),
        ("timing_post_injury_h", {"value": "24"}, 24.0),
        ("route", {"value": "intrathecal"}, "intrathecal"),
        ("reported_randomisation", {"value": "false"}, False),
        ("n_per_group", {"value": "8"}, 8),
    ],
)
def test_a_correction_from_its_inputs_is_stored_in_the_contract_shape(store, key, data, expected):
    alice = Reviewer(store, "alice", save(store, rich_study()))
    assert alice.decide(key, **data).status_code == 303
    cell = fields(store)[key]
    assert (cell["status"], cell["value"]) == ("corrected", expected)


def test_correcting_the_eligibility_decision_keeps_its_criteria(store):
    alice = Reviewer(store, "alice", save(store, rich_study()))
    alice.decide("eligibility", p_decision="unclear")
    value = fields(store)["eligibility"]["value"]
    assert value["decision"] == "unclear" and set(value["criteria"]) == set("abcdef")


@pytest.mark.parametrize(
    ("key", "data", "message"),
    [
        ("size_nm", {"p_value": "ninety"}, "size_nm: size &#39;ninety&#39; is not a number"),
        ("size_nm", {"p_low": "150", "p_high": "30"}, "the lowest size is larger than the highest"),
        ("size_nm", {"p_value": "100", "p_stat": "average"}, "statistic &#39;average&#39; is not one of mean"),
        ("dose", {"p_amount": "200"}, "dose: choose a unit"),
        ("dose", {"p_amount": "0", "p_unit": "ug"}, "give the dose amount (more than 0)"),
        ("frequency", {"p_doses": "2.5"}, "number of doses must be a whole number"),
        ("isolation_method", {"items": ["centrifuge"]}, "isolation method &#39;centrifuge&#39; is not one of"),
        ("route", {"value": "by mouth"}, "route: &#39;by mouth&#39; is not one of intravenous"),
        ("timing_post_injury_h", {"value": "soon"}, "is not a number"),
    ],
)
def test_bad_input_is_one_clear_message_and_nothing_recorded(store, key, data, message):
    alice = Reviewer(store, "alice", save(store, rich_study()))
    r = alice.decide(key, **data)
    assert r.status_code == 400
    shown = re.search(r'<p class="msg" id="error">(.*?)</p>', r.text).group(1)
    assert message in shown
    with store.session() as s:
        assert s.scalars(select(DecisionRow)).all() == []


def test_each_field_kind_gets_its_own_inputs(store):
    html = Reviewer(store, "alice", save(store, rich_study())).page()
    rows = dict(re.findall(r'<tr class="row" id="row-([\w]+)"(.*?)</tr>', html, re.DOTALL))
    assert '<select name="value" class="correct-value"' in rows["route"] and ">intrathecal</option>" in rows["route"]
    assert 'name="p_value"' in rows["size_nm"] and 'name="p_method"' in rows["size_nm"]
    assert 'name="p_unit"' in rows["dose"] and ">µg</option>" in rows["dose"]
    assert 'name="p_doses"' in rows["frequency"] and 'name="p_interval_h"' in rows["frequency"]
    assert 'type="checkbox" name="items"' in rows["isolation_method"]
    assert 'name="p_low"' in rows["body_weight_g"]
    assert 'name="o_mean"' in html  # outcome rows: number boxes, not JSON


@pytest.mark.parametrize(
    ("field", "current", "kind"),
    [("size_nm", None, "size"), ("dose", None, "dose"), ("frequency", None, "frequency"),
     ("eligibility", None, "eligibility"), ("body_weight_g", None, "range"), ("route", None, "select"),
     ("reported_randomisation", True, "select"), ("characterization", ["TEM"], "checks"),
     ("n_per_group", 6, "number"), ("markers", ["CD9"], "text"), ("strain", "Wistar", "text")],
)
def test_editor_kinds(field, current, kind):
    assert editor(field, current)["kind"] == kind


def test_a_single_dose_has_no_interval():
    assert value_from_form("frequency", "", {"doses": "1", "interval_h": "24"}, []) == {"doses": 1, "interval_h": None}


def test_characterization_accepts_methods_beyond_the_listed_ones():
    assert value_from_form("characterization", "", {"more": "cryo-EM"}, ["TEM"]) == ["TEM", "cryo-EM"]
    with pytest.raises(CellValueError):
        value_from_form("isolation_method", "", {"more": "magic"}, [])


# -- blind: each reviewer sees only their own decisions -------------------------------------


def test_a_reviewers_decisions_never_appear_on_another_reviewers_page(store):
    doc = save(store, rich_study())
    alice, bob = Reviewer(store, "alice", doc), Reviewer(store, "bob", doc)
    alice.decide("route", value="intrathecal")
    alice.decide("strain", action="verify")
    alice.decide("size_nm", p_value="98.5", p_stat="mean", p_method="TEM")
    alice.decide("species", value="rat")  # a value the machine missed
    assert alice.add(**ROW).status_code == 303
    mine = alice.page()
    assert "corrected" in mine and "98.5 nm (mean, TEM)" in mine and "(added by you)" in mine
    theirs = bob.page()
    for leaked in ("intrathecal</span>", "98.5", 'class="mine">verified', 'class="mine">corrected', "alice",
                   "row-species", "added by you", "7.5 ± 0.6"):
        assert leaked not in theirs
    # The team sheet (for the lead) has them all.
    assert fields(store)["route"]["value"] == "intrathecal"


# -- BBB rows a reviewer adds ---------------------------------------------------------------


def test_an_added_row_is_a_corrected_decision_keyed_by_group_day_and_source(store):
    alice = Reviewer(store, "alice", save(store, rich_study()))
    assert alice.add(**ROW).status_code == 303
    assert alice.add(**ROW).status_code == 303  # the same form twice: one row
    with store.session() as s:
        [d] = s.scalars(select(DecisionRow)).all()
        assert (d.target, d.key, d.status, d.machine_value, d.source) == (
            "outcome", "BBB|exo|14|table", "corrected", None, "review-page")
        assert d.value == {"outcome": "BBB", "group": "Exo", "arm": "treatment", "day": 14.0, "mean": 7.5,
                           "sd": None, "sem": 0.6, "n": 6, "source": "table", "page": 1}
    row = next(o for o in build_export(store)["outcomes"] if o["day"] == 14)
    assert (row["mean"], row["sem"], row["status"]) == (7.5, 0.6, "corrected")


def test_weeks_are_counted_in_days(store):
    alice = Reviewer(store, "alice", save(store, rich_study()))
    assert alice.add(**{**ROW, "day": "3", "day_unit": "weeks"}).status_code == 303
    with store.session() as s:
        assert [d.key for d in s.scalars(select(DecisionRow))] == ["BBB|exo|21|table"]


def test_an_added_row_can_be_corrected_and_removed(store):
    alice = Reviewer(store, "alice", save(store, rich_study()))
    alice.add(**ROW)
    key = "BBB|exo|14|table"
    assert alice.decide(key, target="outcome", o_mean="8", o_sem="0.7", o_n="6").status_code == 303
    row = next(o for o in build_export(store)["outcomes"] if o["day"] == 14)
    assert (row["mean"], row["sem"]) == (8, 0.7)
    assert alice.decide(key, target="outcome", action="verify").status_code == 400  # nothing prefilled
    alice.decide(key, target="outcome", action="reject")
    assert not any(o["day"] == 14 for o in build_export(store)["outcomes"])


@pytest.mark.parametrize(
    ("changes", "message"),
    [
        ({"arm": "drug"}, "arm &#39;drug&#39; is not one of treatment"),
        ({"day": "-3"}, "day cannot be negative"),
        ({"mean": "23"}, "a BBB mean is between 0 and 21"),
        ({"mean": "lots"}, "mean &#39;lots&#39; is not a number"),
        ({"group": ""}, "a new row needs group"),
        ({"error_kind": ""}, "say whether the error is SD or SEM"),
        ({"n": "0"}, "n must be a whole number from 1"),
        ({"day": "28"}, "miner already has Exo on day 28 (table): correct that row instead"),
    ],
)
def test_a_bad_added_row_is_refused_with_one_message(store, changes, message):
    alice = Reviewer(store, "alice", save(store, rich_study()))
    r = alice.add(**{**ROW, **changes})
    assert r.status_code == 400 and message in r.text
    with store.session() as s:
        assert s.scalars(select(DecisionRow)).all() == []


def test_a_table_row_is_corrected_in_number_boxes(store):
    alice = Reviewer(store, "alice", save(store, rich_study()))
    exo = next(o for o in build_export(store)["outcomes"] if o["group"] == "Exo")
    key = exo["row_id"].split("|", 1)[1]
    assert alice.decide(key, target="outcome", o_mean="12.5", o_sd="1.3", o_n="6").status_code == 303
    exo = next(o for o in build_export(store)["outcomes"] if o["group"] == "Exo")
    assert (exo["mean"], exo["sd"], exo["status"]) == (12.5, 1.3, "corrected")
    r = alice.decide(key, target="outcome", o_mean="12.5", o_sd="1.3", o_sem="0.5")
    assert r.status_code == 400 and "give SD or SEM" in r.text
