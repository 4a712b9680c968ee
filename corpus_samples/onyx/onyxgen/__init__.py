"""Study records, score formatting and extra PDF layouts of the onyx tuning corpus."""
