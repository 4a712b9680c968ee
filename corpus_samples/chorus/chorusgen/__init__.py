"""Study records, extra markup and extra layouts of the chorus tuning corpus."""
