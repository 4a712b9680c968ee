"""The amber corpus: study records and one extra layout (reuses corpus_samples/external/extgen)."""
