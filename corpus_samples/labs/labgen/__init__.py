"""The labs corpus generator: study texts, extra markup and two layouts of its own."""
