"""Study records, extra score markup and layout habits of the marble tuning corpus."""
