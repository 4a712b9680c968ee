"""Meta-analysis of the extraction sheet: effect sizes, pooled estimates,
heterogeneity, subgroups, Egger's test, leave-one-out, forest/funnel/PRISMA
figures and an HTML report.

Library functions take the sheet in the contract's JSON export shape and are
pure; ``write_outputs`` and ``load_sheet`` are the file edges.
"""

from __future__ import annotations

from miner.meta.analysis import Analysis, NoStudiesError, results_json, run_analysis
from miner.meta.effects import (
    ArmSummary,
    Exclusion,
    StudyEffect,
    combine_groups,
    hedges_g,
    mean_difference,
    study_effects,
)
from miner.meta.pooling import (
    EggerTest,
    Pooled,
    SubgroupTest,
    egger_test,
    leave_one_out,
    pool,
    subgroup_test,
    tau2_reml,
)
from miner.meta.report import (
    PREVIEW_BANNER,
    derive_prisma_counts,
    load_counts,
    load_sheet,
    render_html,
    write_outputs,
)

__all__ = [
    "PREVIEW_BANNER",
    "Analysis",
    "ArmSummary",
    "EggerTest",
    "Exclusion",
    "NoStudiesError",
    "Pooled",
    "StudyEffect",
    "SubgroupTest",
    "combine_groups",
    "derive_prisma_counts",
    "egger_test",
    "hedges_g",
    "leave_one_out",
    "load_counts",
    "load_sheet",
    "mean_difference",
    "pool",
    "render_html",
    "results_json",
    "run_analysis",
    "study_effects",
    "subgroup_test",
    "tau2_reml",
    "write_outputs",
]
