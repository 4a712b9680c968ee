"""Study texts, rich tables and extra PDF layouts of the atlas corpus (see ../README.md)."""
