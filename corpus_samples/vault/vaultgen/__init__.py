"""Study texts and layout habits of the vault held-out corpus (see ../README.md)."""
