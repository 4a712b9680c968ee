"""The extraction sheet: built from the store, written as JSON / CSV / xlsx, read back."""

from miner.sheet.build import build_export, effective, export_from_extractions

__all__ = ["build_export", "effective", "export_from_extractions"]
