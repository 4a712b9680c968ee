"""The extraction sheet contract (``shared/extraction-sheet.md``) as data.

Field names, vocabularies and statuses here are read by outside tools: extend,
never rename or drop.
"""

from __future__ import annotations

from typing import Any, Final

__all__ = [
    "BIBLIOGRAPHIC_FIELDS",
    "STUDY_FIELDS",
    "ALL_STUDY_FIELDS",
    "ENUMS",
    "LIST_ENUMS",
    "FIELD_KINDS",
    "OUTCOME_COLUMNS",
    "ARMS",
    "OUTCOME_SOURCES",
    "OUTCOME_STATS",
    "outcome_stat",
    "STATUSES",
    "ROB_DOMAINS",
    "REPORTING_ITEMS",
    "ROB_FIELDS",
]

BIBLIOGRAPHIC_FIELDS: Final = (
    "first_author",
    "year",
    "title",
    "journal",
    "doi",
    "pmid",
    "pmcid",
)

ROB_DOMAINS: Final = (
    "sequence_generation",
    "baseline_characteristics",
    "allocation_concealment",
    "random_housing",
    "blinding_caregivers",
    "random_outcome_assessment",
    "blinding_assessors",
    "incomplete_outcome_data",
    "selective_reporting",
    "other",
)
ROB_FIELDS: Final = tuple(f"rob_{d}" for d in ROB_DOMAINS)

REPORTING_ITEMS: Final = (
    "reported_randomisation",
    "reported_blinded_assessment",
    "reported_sample_size_calculation",
    "reported_conflict_of_interest",
    "reported_welfare_compliance",
)

# The extracted characteristics, in sheet order.
STUDY_FIELDS: Final = (
    "species",
    "strain",
    "sex",
    "body_weight_g",
    "n_per_group",
    "injury_model",
    "injury_device",
    "injury_level",
    "source_tissue",
    "source_species",
    "modification",
    "isolation_method",
    "isolation_detail",
    "characterization",
    "markers",
    "size_nm",
    "dose",
    "route",
    "route_detail",
    "frequency",
    "timing_post_injury_h",
    "mechanism",
    "eligibility",
    *ROB_FIELDS,
    *REPORTING_ITEMS,
)

ALL_STUDY_FIELDS: Final = (*BIBLIOGRAPHIC_FIELDS, *STUDY_FIELDS)

# Shape of each field's normalised value.
#   str, int, float, bool, enum, list_enum, list_str, range, object
FIELD_KINDS: Final[dict[str, str]] = {
    "first_author": "str",
    "year": "int",
    "title": "str",
    "journal": "str",
    "doi": "str",
    "pmid": "str",
    "pmcid": "str",
    "species": "str",
    "strain": "str",
    "sex": "enum",
    "body_weight_g": "range",
    "n_per_group": "int",
    "injury_model": "enum",
    "injury_device": "str",
    "injury_level": "str",
    "source_tissue": "enum",
    "source_species": "enum",
    "modification": "str",
    "isolation_method": "list_enum",
    "isolation_detail": "str",
    "characterization": "list_enum",
    "markers": "list_str",
    "size_nm": "object",
    "dose": "object",
    "route": "enum",
    "route_detail": "str",
    "frequency": "object",
    "timing_post_injury_h": "float",
    "mechanism": "str",
    "eligibility": "object",
    **{f: "enum" for f in ROB_FIELDS},
    **{f: "bool" for f in REPORTING_ITEMS},
}

ENUMS: Final[dict[str, tuple[str, ...]]] = {
    "sex": ("female", "male", "both"),
    "injury_model": (
        "contusion",
        "compression",
        "transection",
        "hemisection",
        "ischemia_reperfusion",
        "other",
    ),
    "source_tissue": (
        "bone_marrow",
        "umbilical_cord",
        "adipose",
        "placenta",
        "menstrual_blood",
        "dental_pulp",
        "wharton_jelly",
        "other",
    ),
    "source_species": ("human", "rat", "mouse", "other"),
    "route": (
        "intravenous",
        "intrathecal",
        "intralesional",
        "intraperitoneal",
        "intranasal",
        "implanted_biomaterial",
        "subcutaneous",
        "other",
    ),
    **{f: ("low", "high", "unclear") for f in ROB_FIELDS},
}

LIST_ENUMS: Final[dict[str, tuple[str, ...]]] = {
    "isolation_method": (
        "ultracentrifugation",
        "density_gradient",
        "ultrafiltration",
        "size_exclusion",
        "precipitation_kit",
        "immunoaffinity",
        "tangential_flow",
        "other",
    ),
    # The contract ends this list with "...": values outside it are allowed.
    "characterization": ("TEM", "NTA", "DLS", "western_blot", "flow_cytometry", "AFM"),
}

SIZE_STATS: Final = ("mean", "mode", "median")
SIZE_METHODS: Final = ("NTA", "TEM", "DLS")
DOSE_UNITS: Final = ("ug", "mg", "particles", "ul", "ug_per_kg", "mg_per_kg", "cells_equivalent")
DOSE_BASES: Final = ("protein", "particles", "volume")

OUTCOME_COLUMNS: Final = (
    "document",
    "outcome",
    "group",
    "arm",
    "day",
    "mean",
    "sd",
    "sem",
    "n",
    "source",
    "page",
)
ARMS: Final = ("treatment", "control", "sham", "other")
OUTCOME_SOURCES: Final = ("text", "table", "figure")
# Contract extension (additive): which statistic an outcome row's ``mean`` column
# holds. BBB is ordinal and some papers report median [IQR] or median (range);
# such a row carries ``"stat": "median"``. Not an ``OUTCOME_COLUMNS`` entry: the
# columns and their order are unchanged, ``stat`` is an extra key/column after
# them, and a row without it (older exports, gold) is a mean.
OUTCOME_STATS: Final = ("mean", "median")


def outcome_stat(value: Any, *, strict: bool = False) -> str:
    """The statistic an outcome row's ``mean`` holds: ``"mean"`` or ``"median"``.

    The one normaliser of ``stat`` (sheet, store, exports, review page, eval,
    meta-analysis): case and surrounding space are ignored, and a missing or
    empty value (older exports, rows stored before migration 0004, gold written
    before the extension) is a mean. Any other word is a mean too, unless
    ``strict`` (a value a reviewer typed), which raises ``ValueError`` instead:
    a typo must not silently read as a mean.
    """
    text = value.strip().lower() if isinstance(value, str) else ""
    if text in OUTCOME_STATS:
        return text
    if strict and value is not None and not (isinstance(value, str) and text == ""):
        raise ValueError(f"stat {value!r} is not one of {', '.join(OUTCOME_STATS)}")
    return "mean"

STATUSES: Final = ("prefilled", "verified", "corrected", "rejected")
