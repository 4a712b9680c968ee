"""The reporting items as methods sections state them: randomisation by a named method (and
its absence), sample-size calculations written as power analyses, blinding of the
assessors only, welfare compliance by a named convention, and competing interests.

Each case is one sentence written for this test, read by ``miner.appraise``'s sentence
rules; ``expected`` is the value a reviewer would tick. ``reported_blinded_assessment``
follows the assessors' blinding (``rob_blinding_assessors`` low), as ``appraise.rob`` does.
Strict xfails name the sentence shapes the rules (``miner/appraise/_rules*.py``, outside
this suite's owner) do not read yet, with the reason.
"""

from __future__ import annotations

from typing import NamedTuple

import pytest

from miner.appraise._rules import sentence_findings


class Item(NamedTuple):
    id: str
    text: str
    item: str
    expected: bool | None
    heading: str = ""
    xfail: str | None = None


RAND, SSC, BLIND, WELF, COI = ("reported_randomisation", "reported_sample_size_calculation",
                               "reported_blinded_assessment", "reported_welfare_compliance",
                               "reported_conflict_of_interest")

CASES = [
    # randomisation by a named method, and its absence
    Item("rand-table", "Animals were allocated to the three groups with a computer-generated random number "
         "table.", RAND, True),
    Item("rand-spreadsheet", "Group allocation followed a random sequence generated in Excel (RAND function).",
         RAND, True),
    Item("rand-coin", "Rats were assigned to treatment by coin toss.", RAND, True),
    Item("rand-block", "Rats were block-randomised (block size 6) to vehicle or exosomes.", RAND, True),
    Item("rand-sealed-lots", "Rats were assigned to groups by drawing sealed lots.", RAND, True,
         xfail="a qualifier between 'drawing' and 'lots' breaks the method's fixed phrase"),
    Item("rand-alternate", "Animals were not randomised; consecutive rats were assigned alternately to each "
         "group.", RAND, False),
    Item("rand-none", "No randomisation was used to allocate animals.", RAND, False),
    Item("rand-silent", "Rats were housed in pairs with free access to food and water.", RAND, None),
    # sample-size calculations, stated as power analyses
    Item("ssc-gpower", "A power analysis (G*Power 3.1) indicated that eight rats per group were needed to "
         "detect a 3-point BBB difference.", SSC, True),
    Item("ssc-parenthesis-n", "The sample size (n = 9) was calculated for a difference of 2.5 BBB points "
         "(SD 1.6, α 0.05, power 0.8).", SSC, True,
         xfail="a parenthesis between 'sample size' and 'was calculated' breaks the word window"),
    Item("ssc-percent-power", "Group size was chosen to give 80% power at alpha = 0.05 for a 2-point "
         "difference in BBB score.", SSC, True,
         xfail="'80% power' with alpha and a difference, without 'analysis'/'calculation', is not read"),
    Item("ssc-required-effect", "Eight animals per group were required to detect an effect size of 1.5 with "
         "90% power.", SSC, True,
         xfail="'required to detect ... with 90% power' names no sample-size noun the rules know"),
    Item("ssc-none", "No formal sample size calculation was performed.", SSC, False),
    Item("ssc-silent", "BBB scores were recorded weekly for eight weeks.", SSC, None),
    # blinding of the assessors only
    Item("blind-masked", "BBB scores were recorded by two assessors masked to treatment.", BLIND, True),
    Item("blind-unaware", "Locomotor scoring was performed by observers unaware of group assignment.", BLIND,
         True),
    Item("blind-investigators", "Two investigators blinded to the treatment groups scored open-field "
         "locomotion.", BLIND, True),
    Item("blind-raters-not-surgeon", "The surgeon was not blinded, but the BBB raters were.", BLIND, True,
         xfail="the negation of the surgeon's blinding is read for the whole sentence; the raters' "
               "elliptic 'were' is not"),
    Item("blind-not", "Behavioural testing was not blinded.", BLIND, False),
    # welfare compliance
    Item("welf-convention", "The experiments were carried out in accordance with the European Convention for "
         "the Protection of Vertebrate Animals used for Experimental Purposes.", WELF, True,
         xfail="the Council of Europe convention (ETS 123) is not among the named regulations"),
    Item("welf-committee", "All procedures were approved by the Bioethics Commission of the university "
         "(protocol 7/2016).", WELF, True),
    Item("welf-directive", "Animal care complied with Directive 2010/63/EU.", WELF, True),
    Item("welf-nih-guide", "Procedures followed the NIH Guide for the Care and Use of Laboratory Animals.",
         WELF, True),
    # competing interests
    Item("coi-none", "The authors declare that they have no competing interests.", COI, True),
    Item("coi-patent", "K.Q. holds a patent on the vesicle formulation; the other authors report no "
         "conflicts.", COI, True,
         xfail="a disclosed patent with 'report no conflicts' (not 'declare') is not read as a statement"),
    Item("coi-heading-none", "None declared.", COI, True, heading="Conflicts of interest"),
]


def _value(item: Item) -> bool | None:
    found = sentence_findings(item.text, item.heading)
    if item.item == BLIND:
        assessors = [f for f in found if f.item == "rob_blinding_assessors"]
        return (assessors[0].value == "low") if assessors else None
    values = [f.value for f in found if f.item == item.item]
    return bool(values[0]) if values else None


def test_ids_are_unique() -> None:
    assert len({c.id for c in CASES}) == len(CASES)


@pytest.mark.parametrize(
    "case",
    [pytest.param(c, id=f"{c.item}-{c.id}",
                  marks=[pytest.mark.xfail(strict=True, reason=c.xfail)] if c.xfail else []) for c in CASES],
)
def test_reporting_item_reads_as_methods_write_it(case: Item) -> None:
    assert _value(case) is case.expected
