"""Study texts and small helpers of the blind held-out corpus (everything invented)."""
