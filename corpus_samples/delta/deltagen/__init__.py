"""The delta corpus: journal-typeset BBB tables on top of the external set's renderer."""
