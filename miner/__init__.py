"""miner: literature mining and evidence-linked extraction for preclinical systematic reviews."""

__version__ = "0.1.0"

__all__ = ["__version__"]
