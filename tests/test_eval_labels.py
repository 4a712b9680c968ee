"""Free-text labels are scored by the facts a reviewer checks, not by their wording."""

from __future__ import annotations

import pytest

from miner.evaluate import score
from miner.evaluate._labels import labels_match
from miner.evaluate.compare import values_match


@pytest.mark.parametrize(
    ("predicted", "gold"),
    [
        ("miR-21 overexpression", "miR-21 agomir loading (electroporation)"),
        ("miR-124 overexpression", "miR-124-3p overexpression (lentivirus)"),
        ("curcumin loading", "curcumin loading (sonication)"),
        ("IFN-gamma-primed", "IFN-γ preconditioning"),
        ("hypoxia preconditioning", "hypoxic preconditioning (1% O2, 48 h)"),
        ("CAQK-targeted", "CAQK peptide surface display"),
        ("siRNA PTEN loading", "PTEN siRNA (electroporation)"),
        ("shRNA knockdown of CTGF", "CTGF knockdown"),
        ("siRNA NOX2 loading", "siNOX2 loading"),  # an siRNA named by its target gene
        ("PTEN knockdown", "shPTEN lentivirus"),
        ("none", "none"),
        ("Interferon-γ preconditioning", "IFN-γ priming"),
    ],
)
def test_modification_labels_naming_the_same_change_and_agent_match(predicted: str, gold: str) -> None:
    assert labels_match("modification", predicted, gold)


@pytest.mark.parametrize(
    ("predicted", "gold"),
    [
        ("siRNA RNA loading", "siRNA PTEN loading"),  # wrong agent
        ("ED knockdown", "IFN-γ preconditioning"),  # wrong kind and agent
        ("miR-21 overexpression", "miR-126 overexpression"),
        ("miR-21 overexpression", "miR-21 knockdown"),  # opposite change
        ("none", "hypoxic preconditioning"),
        ("melatonin preconditioning", "hypoxic preconditioning"),
        ("siRNA PTEN loading", "siNOX2 loading"),
        ("SIRT1 overexpression", "SIRT1 knockdown"),  # a gene starting "SI" is not an siRNA
    ],
)
def test_modification_labels_with_another_agent_or_kind_do_not_match(predicted: str, gold: str) -> None:
    assert not labels_match("modification", predicted, gold)


@pytest.mark.parametrize(
    ("predicted", "gold", "same"),
    [
        ("tail vein", "caudal vein", True),
        ("tail vein", "lateral caudal vein", True),
        ("tail vein", "rostral and caudal stumps of the transected cord", False),
        ("lesion site", "rostral and caudal stumps of the transected cord", True),
        ("lateral tail vein", "tail vein", True),
        ("lesion site", "intraspinal microinjection at the lesion", True),
        ("hydrogel", "hyaluronan hydrogel in the transection gap", True),
        ("lumbar puncture", "lumbar puncture at L5-L6", True),
        ("retro-orbital sinus", "retro-orbital venous sinus", True),
        ("lumbar puncture at L4-L5", "lumbar puncture at L5-L6", False),
        ("tail vein", "jugular vein", False),
        ("lesion site", "lumbar puncture", False),
        ("intrathecal catheter", "lumbar intrathecal catheter", True),
        ("lumbar puncture", "intrathecal catheter entering between L5 and L6", False),
    ],
)
def test_route_detail_compares_the_site(predicted: str, gold: str, same: bool) -> None:
    assert labels_match("route_detail", predicted, gold) is same


@pytest.mark.parametrize(
    ("predicted", "gold", "same"),
    [
        ("110,000 g 70 min", "110,000 × g 70 min, twice", True),
        ("100,000 g 120 min", "38,000 rpm (~100,000 × g) 2 h", True),
        ("Total Exosome Isolation reagent", "Total Exosome Isolation reagent (Invitrogen)", True),
        ("120,000 g 90 min; Sepharose CL-2B", "120,000 × g 2 × 90 min; Sepharose CL-2B column", True),
        ("100 000 g 70 min", "100,000 × g for 70 min", True),
        ("100,000 g 90 min", "100,000 × g 90 min; iodixanol 5–40% gradient 100,000 × g 18 h", False),
        ("tangential flow filtration", "tangential flow filtration, 300 kDa", False),
        ("Amicon Ultra-15 100 kDa", "Amicon Ultra-15 30 kDa", False),
        ("100,000 g 70 min", "120,000 g 70 min", False),
        ("110,000 rcf 70 min", "110,000 × g for 70 min", True),
    ],
)
def test_isolation_detail_compares_the_key_parameters(predicted: str, gold: str, same: bool) -> None:
    assert labels_match("isolation_detail", predicted, gold) is same


@pytest.mark.parametrize(
    ("predicted", "gold", "same"),
    [
        ("suppressing PTEN and activating PI3K/AKT signalling",
         "PTEN suppression and PI3K/AKT activation reducing neuronal apoptosis", True),
        ("inhibition of the NLRP3 inflammasome", "inhibition of NLRP3 inflammasome activation in microglia", True),
        ("promoted angiogenesis through HIF-1α-dependent transfer", "HIF-1α-driven angiogenesis", True),
        ("inhibiting NF-κB signalling", "shift of microglia from M1 to M2 phenotype via NF-κB inhibition", False),
        ("activation of Wnt signalling", "inhibition of TLR4/MyD88/NF-κB signalling", False),
        ("pericyte coverage of microvessels restored", "restored pericytes", True),
    ],
)
def test_mechanism_compares_the_targets_named(predicted: str, gold: str, same: bool) -> None:
    assert labels_match("mechanism", predicted, gold) is same


def test_strict_comparison_keeps_the_exact_wording() -> None:
    assert values_match("route_detail", "tail vein", "caudal vein")
    assert not values_match("route_detail", "tail vein", "caudal vein", strict=True)


def test_eval_reports_free_text_fields_both_by_meaning_and_by_wording() -> None:
    gold = {"a.pdf": {"fields": {"route_detail": "caudal vein", "species": "rat"}, "outcomes": []}}
    predicted = {"a.pdf": {"fields": {"route_detail": "tail vein", "species": "rat"},
                           "confidence": {}, "outcomes": []}}
    report = score(predicted, gold)
    assert report.fields["route_detail"].tp == 1
    exact = report.wording["route_detail"]
    assert (exact.tp, exact.fp, exact.fn) == (0, 1, 1)
    assert report.micro().tp == 2  # the headline counts the by-meaning score
    assert "route_detail" in report.as_dict()["free_text_exact_wording"]
