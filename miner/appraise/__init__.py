"""Appraisal prefill: eligibility against a review's criteria, and SYRCLE risk of bias.

Public surface:

* ``appraise(doc, extraction, criteria=None)``: adds ``eligibility``, the ten
  ``rob_*`` domains and the five ``reported_*`` items to an ``Extraction``
  (what the pipeline calls after ``miner.extract.extract_document``).
* ``assess_risk_of_bias(doc) -> dict[str, FieldValue]``
* ``assess_eligibility(fields, outcomes, notes, criteria=None) -> FieldValue``
* ``triage_record(article, criteria=None) -> dict``: title/abstract screening
* ``load_criteria(path=None)``, ``parse_criteria(text)``, ``default_criteria()``,
  ``Criteria``, ``Criterion``: a review's criteria as data (TOML)
"""

from __future__ import annotations

from miner.appraise.criteria import (
    Criteria,
    Criterion,
    default_criteria,
    load_criteria,
    parse_criteria,
)
from miner.appraise.eligibility import assess_eligibility, triage_record
from miner.appraise.rob import assess_risk_of_bias
from miner.parse.model import ParsedDocument
from miner.records import Extraction

# Bumped whenever a rule or the default criteria change (part of the pipeline version).
APPRAISAL_VERSION = "2"

__all__ = [
    "APPRAISAL_VERSION",
    "Criteria",
    "Criterion",
    "appraise",
    "assess_eligibility",
    "assess_risk_of_bias",
    "default_criteria",
    "load_criteria",
    "parse_criteria",
    "triage_record",
]


def appraise(doc: ParsedDocument, extraction: Extraction, criteria: Criteria | None = None) -> None:
    """Add the appraisal fields of ``doc`` to ``extraction`` (in place).

    Call after field and outcome extraction: eligibility reads the extracted
    species, injury model, route, source, the outcome rows and the notes.
    ``criteria`` defaults to the project's default review.
    """
    for value in assess_risk_of_bias(doc).values():
        extraction.add(value)
    extraction.add(
        assess_eligibility(extraction.fields, extraction.outcomes, extraction.notes, criteria)
    )
