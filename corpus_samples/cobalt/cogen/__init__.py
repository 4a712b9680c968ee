"""Study texts and layout additions of the cobalt tuning corpus (see ../README.md)."""
