"""``miner eval``: precision, recall and F1 per field and for outcome rows against gold."""

from miner.evaluate.compare import outcome_rows_match, values_match
from miner.evaluate.scoring import (
    EvalReport,
    FieldScore,
    load_gold,
    predictions_from_export,
    score,
)

__all__ = [
    "EvalReport",
    "FieldScore",
    "load_gold",
    "outcome_rows_match",
    "predictions_from_export",
    "score",
    "values_match",
]
