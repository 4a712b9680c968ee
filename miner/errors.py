"""One exception tree for miner.

Library errors are wrapped with ``raise ... from exc`` and carry context (path,
URL, PMID, page) so that the CLI can print a single clear line.
"""

from __future__ import annotations

__all__ = [
    "MinerError",
    "ConfigError",
    "FetchError",
    "RateLimitedError",
    "ParseError",
    "ExtractionError",
    "ModelNotFoundError",
    "StoreError",
    "SheetError",
    "ImportRefusedError",
]


class MinerError(Exception):
    """Root of every error miner raises on purpose."""


class ConfigError(MinerError):
    """A setting, option or input file is not usable (bad URL, unknown format...)."""


class FetchError(MinerError):
    """A remote service (PubMed, Europe PMC) failed after retries."""

    def __init__(self, message: str, *, url: str | None = None, status: int | None = None):
        super().__init__(message)
        self.url = url
        self.status = status


class RateLimitedError(FetchError):
    """The service said we are over its rate limit."""


class ParseError(MinerError):
    """A document could not be read (corrupt, truncated, encrypted, empty, not a PDF...)."""

    def __init__(self, message: str, *, path: str | None = None, reason: str | None = None):
        super().__init__(message)
        self.path = path
        # A short machine-readable reason: "empty", "not_pdf", "encrypted", "corrupt", "timeout", "no_text"...
        self.reason = reason or "corrupt"


class ExtractionError(MinerError):
    """Extraction failed for a document."""


class ModelNotFoundError(MinerError):
    """The trained NLP pipeline is not where it should be."""


class StoreError(MinerError):
    """The SQL store is unreachable or not in the expected state."""


class SheetError(MinerError):
    """An extraction sheet could not be written or read."""


class ImportRefusedError(SheetError):
    """A reviewer's sheet was refused as a whole; nothing was written."""
