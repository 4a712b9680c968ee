"""Study records and layout additions of the flint tuning corpus (see ../README.md)."""
