"""Study records and layouts of the slate tuning corpus (see ../README.md)."""
