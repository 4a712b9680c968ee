"""Study texts and extra layout habits of the tandem tuning corpus (everything invented)."""
