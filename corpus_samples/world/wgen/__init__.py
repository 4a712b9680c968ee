"""The 'world' corpus generator: studies, score tokens, extra layout habits (see ../README.md)."""
