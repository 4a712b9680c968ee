"""Study texts, extended score markup and one extra PDF layout for the ridge tuning corpus."""
