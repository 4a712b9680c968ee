"""Study records of the varied tuning corpus (everything in them is invented)."""

from __future__ import annotations

from extgen.model import Study


def all_studies() -> list[Study]:
    """Every study of the set, in a fixed order."""
    from vargen import studies_1, studies_2, studies_3

    return [*studies_1.STUDIES, *studies_2.STUDIES, *studies_3.STUDIES]
