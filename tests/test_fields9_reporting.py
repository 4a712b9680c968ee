"""The reporting items as methods sections state them: randomisation by a named method (and
its absence), sample-size calculations written as power analyses, blinding of the
assessors only, welfare compliance by a named convention, and competing interests.

Each case is one sentence written for this test, read by ``miner.appraise``'s sentence
rules; ``expected`` is the value a reviewer would tick. ``reported_blinded_assessment``
follows the assessors' blinding (``rob_blinding_assessors`` low), as ``appraise.rob`` does.
Strict xfails (``xfail=``) name sentence shapes the rules (``miner/appraise/_rules*.py``)
do not read yet, with the reason; the traps beside each shape must stay unread.
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
    Item("rand-sealed-lots", "Rats were assigned to groups by drawing sealed lots.", RAND, True),
    Item("rand-alternate", "Animals were not randomised; consecutive rats were assigned alternately to each "
         "group.", RAND, False),
    Item("rand-none", "No randomisation was used to allocate animals.", RAND, False),
    Item("rand-silent", "Rats were housed in pairs with free access to food and water.", RAND, None),
    # sample-size calculations, stated as power analyses
    Item("ssc-gpower", "A power analysis (G*Power 3.1) indicated that eight rats per group were needed to "
         "detect a 3-point BBB difference.", SSC, True),
    Item("ssc-parenthesis-n", "The sample size (n = 9) was calculated for a difference of 2.5 BBB points "
         "(SD 1.6, α 0.05, power 0.8).", SSC, True),
    Item("ssc-percent-power", "Group size was chosen to give 80% power at alpha = 0.05 for a 2-point "
         "difference in BBB score.", SSC, True),
    Item("ssc-required-effect", "Eight animals per group were required to detect an effect size of 1.5 with "
         "90% power.", SSC, True),
    Item("ssc-none", "No formal sample size calculation was performed.", SSC, False),
    Item("ssc-silent", "BBB scores were recorded weekly for eight weeks.", SSC, None),
    # blinding of the assessors only
    Item("blind-masked", "BBB scores were recorded by two assessors masked to treatment.", BLIND, True),
    Item("blind-unaware", "Locomotor scoring was performed by observers unaware of group assignment.", BLIND,
         True),
    Item("blind-investigators", "Two investigators blinded to the treatment groups scored open-field "
         "locomotion.", BLIND, True),
    Item("blind-raters-not-surgeon", "The surgeon was not blinded, but the BBB raters were.", BLIND, True),
    Item("blind-not", "Behavioural testing was not blinded.", BLIND, False),
    # welfare compliance
    Item("welf-convention", "The experiments were carried out in accordance with the European Convention for "
         "the Protection of Vertebrate Animals used for Experimental Purposes.", WELF, True),
    Item("welf-committee", "All procedures were approved by the Bioethics Commission of the university "
         "(protocol 7/2016).", WELF, True),
    Item("welf-directive", "Animal care complied with Directive 2010/63/EU.", WELF, True),
    Item("welf-nih-guide", "Procedures followed the NIH Guide for the Care and Use of Laboratory Animals.",
         WELF, True),
    # competing interests
    Item("coi-none", "The authors declare that they have no competing interests.", COI, True),
    Item("coi-patent", "K.Q. holds a patent on the vesicle formulation; the other authors report no "
         "conflicts.", COI, True),
    Item("coi-heading-none", "None declared.", COI, True, heading="Conflicts of interest"),
    # --- more of each shape, written for this suite, and the traps beside them ---
    # lots drawn, with qualifiers between the verb and the noun
    Item("rand-lots-numbered", "Group membership was decided by drawing numbered paper lots.", RAND, True),
    Item("rand-lots-opaque", "Allocation to vehicle or EVs was made by drawing opaque lots from a box.", RAND,
         True),
    Item("rand-lots-cast", "The rats were divided into four groups by casting lots.", RAND, True),
    Item("rand-lots-drawn", "Lots were drawn to assign each rat to its group.", RAND, True),
    Item("rand-lot-drawing", "Animals were allocated by lot drawing (n = 8 per group).", RAND, True),
    Item("rand-lots-of-animals", "Lots of animals were housed in the same room.", RAND, None),
    Item("rand-not-randomised", "The animals were not randomised to groups.", RAND, False),
    Item("rand-not-randomly", "Rats were not randomly assigned; the first eight injured rats received "
         "vehicle.", RAND, False),
    # sample size with a parenthesis in the window
    Item("ssc-paren-per-group", "Group size (eight rats per group) was calculated a priori with α = 0.05.",
         SSC, True),
    Item("ssc-paren-citation", "The sample size (see ref. 14) was estimated for a power of 0.9 and a BBB "
         "difference of 3 points.", SSC, True),
    Item("ssc-paren-total", "Sample sizes (n = 10 per arm, 30 in total) were determined for α 0.05 and "
         "power 80%.", SSC, True),
    # power statements told by their parts
    Item("ssc-power-of", "Ten rats per group were needed to achieve a power of 80% at a two-sided alpha "
         "of 0.05.", SSC, True),
    Item("ssc-power-beta", "With α = 0.05 and 1 − β = 0.8, six animals per group were sufficient to detect "
         "a difference of 2 BBB points.", SSC, True),
    Item("ssc-power-cohen", "A group size of 7 provides 90% power to detect Cohen's d = 1.8 at α = 0.05.",
         SSC, True),
    Item("ssc-power-set", "Power was set at 0.8 and α at 0.05; nine rats in each group were required.",
         SSC, True),
    Item("ssc-power-detect", "To detect a 20% difference in lesion volume with 85% power, n = 12 rats per "
         "group were required.", SSC, True),
    Item("ssc-trap-laser", "The laser was operated at 80% power for 10 min per group of sections.", SSC, None),
    Item("ssc-trap-other-study", "Lee et al. needed ten rats per group to detect a 3-point BBB difference "
         "with 80% power.", SSC, None),
    Item("ssc-trap-previous", "Previous studies required 12 animals per group to reach 80% power at "
         "alpha = 0.05.", SSC, None),
    Item("ssc-trap-post-hoc", "With six rats per group, the study had only 45% power to detect a 2-point "
         "difference.", SSC, None),
    Item("ssc-trap-not-calculated", "The sample size was not calculated in advance.", SSC, False),
    # blinding scoped to each clause's subject
    Item("blind-raters-whereas", "The BBB raters were blinded to treatment, whereas the surgeon was not.",
         BLIND, True),
    Item("blind-surgeon-semicolon", "The surgeon could not be blinded; the assessors were masked to group "
         "allocation.", BLIND, True),
    Item("blind-knew-did-not", "The surgeon knew the group allocation, but the BBB raters did not.", BLIND,
         True),
    Item("blind-not-possible-surgeon", "Blinding was not possible for the surgeon, but the outcome assessors "
         "were unaware of group allocation.", BLIND, True),
    Item("blind-as-were", "The surgeon was blinded to treatment, as were the BBB raters.", BLIND, True),
    Item("blind-raters-not", "The surgeon was blinded, but the BBB raters were not.", BLIND, False),
    Item("blind-trap-not-possible", "Blinding was not possible during the BBB assessment because treated "
         "rats were visibly different.", BLIND, False),
    Item("blind-trap-unaware-not", "The raters were not aware of the groups, but the surgeon was.", BLIND,
         True),
    # welfare law named by what it protects
    Item("welf-ets", "Animal procedures conformed to the Council of Europe convention ETS 123.", WELF, True),
    Item("welf-law-protection", "All experiments on rats complied with the national Law on the Protection "
         "of Animals.", WELF, True),
    Item("welf-regulations-china", "Animal experiments were performed following the Regulations for the "
         "Administration of Affairs Concerning Experimental Animals.", WELF, True),
    Item("welf-protection-act", "Rats were handled as the Animal Protection Act requires.", WELF, True),
    Item("welf-directive-use", "The study followed the directive on the protection of animals used for "
         "scientific purposes.", WELF, True),
    Item("welf-commission", "The protocol for the rat study was approved by the Local Ethics Commission "
         "(No. 44/2019).", WELF, True),
    Item("welf-trap-donor-consent", "Umbilical cords were donated with written informed consent, as approved "
         "by the Bioethics Commission of the maternity hospital.", WELF, None),
    Item("welf-trap-donor-convention", "Donors gave informed consent in line with the Declaration of "
         "Helsinki.", WELF, None),
    # conflicts stated with the bare noun
    Item("coi-report-none", "The authors report no conflicts.", COI, True),
    Item("coi-have-relevant", "We have no relevant conflicts to disclose.", COI, True),
    Item("coi-declare-potential", "The authors declare no potential conflicts with respect to this work.",
         COI, True),
    Item("coi-shares", "J.M. has a financial interest in ExoTher Ltd; the remaining authors declare no "
         "conflicts.", COI, True),
    Item("coi-consultant", "A.B. is a consultant for NeuroVes Inc. The other authors have no conflicts.",
         COI, True),
    Item("coi-trap-funding", "This work was funded by the National Science Foundation (grant 81871234).", COI,
         None),
    Item("coi-trap-funders-role", "The funders had no role in study design, data collection or the decision "
         "to publish.", COI, None),
    Item("coi-trap-financial-support", "Financial support was provided by the university.", COI, None),
    Item("coi-trap-no-conflict-with", "These findings show no conflict with earlier reports.", COI, None),
    # mends: a law needs its name; a power value needs its planning verb
    Item("welf-trap-act-verb", "Exosomes act as agents for the protection of neurons in rats.", WELF, None),
    Item("welf-trap-act-lower", "These vesicles act on the protection of injured rats' axons.", WELF, None),
    Item("welf-protection-act-named", "All procedures complied with the Animal Protection Act of the country.",
         WELF, True),
    Item("welf-law-on-protection", "Experiments followed the Law on the Protection of Animals used in "
         "research.", WELF, True),
    Item("welf-aspa", "Work was carried out under the Animals (Scientific Procedures) Act 1986.", WELF, True),
    Item("welf-code-of-practice", "Care complied with the Australian Code for the care and use of animals "
         "for scientific purposes.", WELF, True),
    Item("ssc-trap-sonicator-power", "Exosomes were sonicated at 20% power; n = 3 per group; differences "
         "were determined by ANOVA.", SSC, None),
    Item("ssc-trap-laser-power", "The laser was set to 80% power; images of n = 5 rats per group were "
         "analysed to detect differences.", SSC, None),
    Item("ssc-our-previous", "Based on our previous study, eight rats per group were required to detect a "
         "2-point difference with 80% power at alpha = 0.05.", SSC, True),
    Item("ssc-with-tukey", "Eight rats per group were required to detect a 2-point difference with 80% "
         "power (alpha = 0.05); groups were compared by ANOVA with Tukey's post hoc test.", SSC, True),
    Item("ssc-trap-others-et-al", "Lee et al. needed ten rats per group to detect a difference with 80% "
         "power.", SSC, None),
    Item("ssc-trap-other-studies", "Other studies required ten rats per group to detect a difference with "
         "80% power.", SSC, None),
    Item("ssc-trap-cited", "Ten rats per group were required to detect a difference with 80% power [12].",
         SSC, None),
    Item("ssc-trap-post-hoc-power", "A post hoc power of 40% was calculated for the 2-point difference with "
         "n = 6 per group.", SSC, False),
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
