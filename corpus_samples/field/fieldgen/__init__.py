"""Study texts and layout habits of the ``corpus_samples/field`` tuning corpus."""
