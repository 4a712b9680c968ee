"""Quarry corpus generator: tables, manuscript layout and study texts."""
