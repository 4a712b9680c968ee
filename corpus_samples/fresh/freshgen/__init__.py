"""Study texts and small renderer variations for the fresh held-out corpus."""
