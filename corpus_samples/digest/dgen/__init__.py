"""Study records, extended score markup and extra layout habits of the digest corpus."""
