"""Settings for the literature fetchers, read from the environment.

``MINER_TOOL`` / ``MINER_EMAIL`` are sent to NCBI as ``tool`` / ``email`` (NCBI
asks every automated client to identify itself so they can write before
blocking an address); ``NCBI_API_KEY`` raises NCBI's limit from 3 to 10
requests per second. ``MINER_EUTILS_URL`` / ``MINER_EUROPEPMC_URL`` let a local
server stand in for the real services (tests, mirrors).
"""

from __future__ import annotations

from pydantic import AliasChoices, Field
from pydantic_settings import BaseSettings, SettingsConfigDict

__all__ = ["EUROPEPMC_URL", "EUTILS_URL", "USER_AGENT", "FetchSettings"]

EUTILS_URL = "https://eutils.ncbi.nlm.nih.gov/entrez/eutils/"
EUROPEPMC_URL = "https://www.ebi.ac.uk/europepmc/webservices/rest/"
USER_AGENT = "miner/0.1 (literature mining for preclinical systematic reviews; AGPL-3.0)"


class FetchSettings(BaseSettings):
    """Where to fetch from, who we are, and how hard we may push.

    Build one per command (``FetchSettings()`` reads the environment); nothing
    here is module-level state. Rates are requests per second; times are seconds.
    """

    # Tunables without an alias read MINER_FETCH_<NAME> (e.g. MINER_FETCH_REQUEST_TIMEOUT).
    model_config = SettingsConfigDict(
        env_prefix="MINER_FETCH_", extra="ignore", populate_by_name=True, frozen=True
    )

    tool: str = Field(default="miner", validation_alias=AliasChoices("MINER_TOOL", "tool"))
    email: str | None = Field(default=None, validation_alias=AliasChoices("MINER_EMAIL", "email"))
    ncbi_api_key: str | None = Field(
        default=None, validation_alias=AliasChoices("NCBI_API_KEY", "ncbi_api_key")
    )
    eutils_url: str = Field(
        default=EUTILS_URL, validation_alias=AliasChoices("MINER_EUTILS_URL", "eutils_url")
    )
    europepmc_url: str = Field(
        default=EUROPEPMC_URL, validation_alias=AliasChoices("MINER_EUROPEPMC_URL", "europepmc_url")
    )
    # NCBI: 3/s per site without a key, 10/s with one (NCBI support KA-05510).
    # None = derive from whether a key is set.
    ncbi_rate: float | None = None
    # Europe PMC publishes no hard quota; clients in the wild keep ~1-10/s. 5/s is polite.
    europepmc_rate: float = 5.0
    request_timeout: float = 30.0
    # A whole logical call (all retries of one request) never takes longer than this.
    total_timeout: float = 600.0
    max_attempts: int = 6
    backoff_base: float = 1.0
    backoff_max: float = 60.0
    # Largest body we accept (an efetch of 500 records is a few MB).
    max_body_bytes: int = 200 * 1024 * 1024
    user_agent: str = USER_AGENT

    def effective_ncbi_rate(self) -> float:
        if self.ncbi_rate is not None:
            return self.ncbi_rate
        return 10.0 if self.ncbi_api_key else 3.0
