"""Two reviewers: conflicts, agreement statistics, resolution and who verified what."""

from __future__ import annotations

import pytest
from _pg import store_url  # noqa: F401  (fixture: SQLite and PostgreSQL)
from _sheet_data import SHA_B, save, study
from typer.testing import CliRunner

from miner.cli import app
from miner.sheet import build_export
from miner.sheet.conflicts import agreement, find_conflicts, find_document, resolve
from miner.store import Store
from miner.store.repository import record_decision


@pytest.fixture
def store(store_url: str) -> Store:  # noqa: F811
    s = Store(store_url)
    yield s
    s.dispose()


def decide(store: Store, doc_id: int, key: str, reviewer: str, status: str, value=None, machine=None) -> None:
    with store.session() as s:
        record_decision(s, document_id=doc_id, target="field", key=key, reviewer=reviewer, status=status,
                        value=value, machine_value=machine, source="test")


def test_disagreements_are_listed_and_agreements_are_not(store):
    doc = save(store, study())
    decide(store, doc, "route", "alice", "verified", machine="intravenous")
    decide(store, doc, "route", "bob", "corrected", "intrathecal", machine="intravenous")
    decide(store, doc, "strain", "alice", "verified", machine="Sprague-Dawley")
    # Correcting to the machine's own value agrees with verifying it.
    decide(store, doc, "strain", "bob", "corrected", "Sprague-Dawley", machine="Sprague-Dawley")
    decide(store, doc, "n_per_group", "alice", "rejected", machine=6)  # one reviewer only: no conflict
    with store.session() as s:
        found = find_conflicts(s)
    assert [(c.document, c.key, c.views) for c in found] == [
        ("chen2021.pdf", "route", {"alice": "intravenous", "bob": "intrathecal"})]
    route = build_export(store)["studies"][0]["fields"]["route"]
    assert route["conflict"] is True and route["status"] == "prefilled"


def test_agreement_statistics_match_a_hand_computed_kappa(store):
    # Route decided on four studies by both reviewers; they agree on three.
    #   alice: iv, iv, it, iv     bob: iv, iv, it, it
    #   p_o = 3/4; p_e = (3/4*2/4) + (1/4*2/4) = 0.5; kappa = (0.75-0.5)/(1-0.5) = 0.5
    alice = ["intravenous", "intravenous", "intrathecal", "intravenous"]
    bob = ["intravenous", "intravenous", "intrathecal", "intrathecal"]
    for i, (a, b) in enumerate(zip(alice, bob, strict=True)):
        doc = save(store, study(f"s{i}.pdf"), sha=f"{i:02d}" * 32)
        decide(store, doc, "route", "alice", "corrected", a)
        decide(store, doc, "route", "bob", "corrected", b)
    with store.session() as s:
        stats = {a.field: a for a in agreement(s)}
    assert stats["route"].reviewers == ("alice", "bob")
    assert stats["route"].n == 4
    assert stats["route"].percent == pytest.approx(75.0)
    assert stats["route"].kappa == pytest.approx(0.5)


def test_kappa_is_undefined_not_nan_when_everything_is_one_category(store):
    doc = save(store, study())
    decide(store, doc, "route", "alice", "verified", machine="intravenous")
    decide(store, doc, "route", "bob", "verified", machine="intravenous")
    with store.session() as s:
        (stat,) = agreement(s)
    assert stat.percent == 100.0 and stat.kappa is None


def test_a_resolution_is_the_final_value_and_names_who_resolved(store):
    doc = save(store, study())
    decide(store, doc, "route", "alice", "verified", machine="intravenous")
    decide(store, doc, "route", "bob", "corrected", "intrathecal", machine="intravenous")
    with store.session() as s:
        resolve(s, document=find_document(s, "chen2021.pdf"), target="field", key="route",
                value="intrathecal", reviewer="carol")
    route = build_export(store)["studies"][0]["fields"]["route"]
    assert route["value"] == "intrathecal" and route["status"] == "corrected"
    assert route["resolved_by"] == "carol" and "conflict" not in route
    with store.session() as s:
        assert find_conflicts(s) == []
        assert len(find_conflicts(s, include_resolved=True)) == 1


def test_the_export_says_who_verified_each_value(store):
    doc = save(store, study())
    decide(store, doc, "strain", "alice", "verified", machine="Sprague-Dawley")
    decide(store, doc, "strain", "bob", "verified", machine="Sprague-Dawley")
    strain = build_export(store)["studies"][0]["fields"]["strain"]
    assert strain["status"] == "verified" and strain["reviewed_by"] == ["alice", "bob"]


def test_documents_are_found_by_name_row_id_or_hash(store):
    save(store, study())
    save(store, study("wang2022.pdf"), sha=SHA_B)
    with store.session() as s:
        assert find_document(s, "wang2022.pdf").sha256 == SHA_B
        assert find_document(s, "doc:" + SHA_B[:16]).name == "wang2022.pdf"
        with pytest.raises(Exception, match="no document"):
            find_document(s, "nobody.pdf")


def test_cli_conflicts_and_resolve(tmp_path):
    db = f"sqlite:///{tmp_path / 'c.db'}"
    s = Store(db)
    doc = save(s, study())
    decide(s, doc, "route", "alice", "verified", machine="intravenous")
    decide(s, doc, "route", "bob", "corrected", "intrathecal", machine="intravenous")
    s.dispose()
    runner = CliRunner()
    result = runner.invoke(app, ["sheet", "conflicts", "--db", db])
    assert result.exit_code == 0, result.output
    assert 'chen2021.pdf\troute\talice: "intravenous"; bob: "intrathecal"' in result.stdout
    assert "route\talice+bob\t1\t0.0\t0.00" in result.stdout  # one pair, disagreeing: kappa 0
    result = runner.invoke(app, ["sheet", "resolve", "chen2021.pdf", "route", "intravenous", "--reviewer", "carol",
                                 "--db", db])
    assert result.exit_code == 0, result.output
    assert "verified" in result.stderr
    result = runner.invoke(app, ["sheet", "resolve", "chen2021.pdf", "route", "by mouth", "--reviewer", "carol",
                                 "--db", db])
    assert result.exit_code == 1 and "not one of" in result.stderr
    result = runner.invoke(app, ["sheet", "conflicts", "--db", db])
    assert "0 unresolved" in result.stderr
