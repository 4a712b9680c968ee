"""Study records and layout habits of the quartz tuning corpus (built on corpus_samples/external/extgen)."""
