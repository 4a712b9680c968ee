"""The route a named site implies, for sentences that name the site and no route word."""

from __future__ import annotations

import pytest

from miner.extract._candidates import Candidate
from miner.extract._context import Sentence
from miner.extract._label_route import routes_from_sites
from miner.parse.model import SectionKind

SENT = Sentence(0, 40, "EVs were given through the named site.", SectionKind.METHODS, 1, 0)


@pytest.mark.parametrize(
    ("sites", "route"),
    [
        (["lateral tail vein"], "intravenous"),
        (["tail vein"], "intravenous"),
        (["jugular vein"], "intravenous"),
        (["lesion site"], "intralesional"),
        (["hydrogel", "lesion site"], "implanted_biomaterial"),
        (["lumbar puncture"], "intrathecal"),
        (["nasal"], "intranasal"),
        (["tail vein", "lumbar puncture"], None),
        (["osmotic minipump"], None),
    ],
)
def test_a_site_implies_one_route_or_none(sites: list[str], route: str | None) -> None:
    details = [Candidate("route_detail", s, 0.8, SENT, 0, 10, "test") for s in sites]
    found = routes_from_sites(details)
    assert [c.value for c in found] == ([route] if route else [])
