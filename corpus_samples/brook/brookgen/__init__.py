"""Study texts and layout habits of the 'brook' tuning corpus (everything invented)."""
