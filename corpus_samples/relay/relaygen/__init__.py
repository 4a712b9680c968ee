"""Study texts and a manuscript-style PDF layout for the relay tuning corpus."""
