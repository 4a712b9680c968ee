"""Typed records that flow between stages: parse -> extract -> store -> sheet.

Plain frozen dataclasses: cheap to build in hot loops, picklable for worker
processes, and turned into the contract's JSON shape by ``to_dict``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

__all__ = ["Evidence", "FieldValue", "OutcomeRow", "Extraction", "Article"]


@dataclass(frozen=True, slots=True)
class Evidence:
    """Where a value came from.

    ``page`` is 1-based (PDF page; None for JATS/records). ``start``/``end`` are
    character offsets into ``ParsedDocument.text``. ``bbox`` is (x0, y0, x1, y1)
    in PDF points on ``page`` when known; ``xpath`` locates JATS text.
    """

    quote: str
    page: int | None = None
    start: int | None = None
    end: int | None = None
    section: str | None = None
    bbox: tuple[float, float, float, float] | None = None
    xpath: str | None = None

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {"page": self.page, "quote": self.quote}
        for key in ("start", "end", "section", "bbox", "xpath"):
            value = getattr(self, key)
            if value is not None:
                d[key] = list(value) if key == "bbox" else value
        return d

    @classmethod
    def from_dict(cls, d: dict[str, Any]) -> Evidence:
        bbox = d.get("bbox")
        return cls(
            quote=str(d.get("quote") or ""),
            page=d.get("page"),
            start=d.get("start"),
            end=d.get("end"),
            section=d.get("section"),
            bbox=tuple(bbox) if bbox else None,  # type: ignore[arg-type]
            xpath=d.get("xpath"),
        )


@dataclass(frozen=True, slots=True)
class FieldValue:
    """One prefilled field of the studies sheet.

    ``value`` is already normalised to the contract's shape (enum string, list,
    dict for ranges/objects, number...). ``confidence`` is in [0, 1].
    ``extractor`` names the rule or model that produced it (for audit and ablation).
    """

    field: str
    value: Any
    confidence: float
    evidence: tuple[Evidence, ...] = ()
    extractor: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "value": self.value,
            "confidence": round(float(self.confidence), 3),
            "evidence": [e.to_dict() for e in self.evidence],
        }


@dataclass(frozen=True, slots=True)
class OutcomeRow:
    """One reported outcome value (e.g. a BBB mean for a group at a day).

    ``stat`` (contract extension, one of ``contract.OUTCOME_STATS``) says what
    the ``mean`` column holds: ``"mean"`` (the default) or ``"median"`` when the
    paper reports a median with an IQR or range. A median is kept in ``mean``
    (the contract's column) and marked, never silently passed off as a mean.
    """

    outcome: str
    group: str
    arm: str
    day: float | None
    mean: float | None
    sd: float | None = None
    sem: float | None = None
    n: int | None = None
    source: str = "text"
    page: int | None = None
    confidence: float = 0.5
    evidence: tuple[Evidence, ...] = ()
    extractor: str = ""
    stat: str = "mean"

    def key(self) -> str:
        """Stable identity inside a document (used for row ids in the sheet)."""
        day = "" if self.day is None else f"{self.day:g}"
        return f"{self.outcome}|{self.group.strip().lower()}|{day}|{self.source}"

    def to_dict(self, document: str) -> dict[str, Any]:
        """The contract's outcome columns in order, then the extension key ``stat``.

        ``stat`` is always written (``"mean"`` or ``"median"``), as in the JSON,
        CSV and xlsx exports; a reader of an older export treats a missing
        ``stat`` as ``"mean"``.
        """
        return {
            "document": document,
            "outcome": self.outcome,
            "group": self.group,
            "arm": self.arm,
            "day": self.day,
            "mean": self.mean,
            "sd": self.sd,
            "sem": self.sem,
            "n": self.n,
            "source": self.source,
            "page": self.page,
            "stat": self.stat,
        }


@dataclass(slots=True)
class Extraction:
    """Everything extracted from one document."""

    document: str
    fields: dict[str, FieldValue] = field(default_factory=dict)
    outcomes: list[OutcomeRow] = field(default_factory=list)
    # Notes for the reviewer, e.g. "BBB reported in a figure on page 6".
    notes: list[str] = field(default_factory=list)

    def add(self, value: FieldValue | None) -> None:
        """Keep the more confident of two values for the same field."""
        if value is None:
            return
        current = self.fields.get(value.field)
        if current is None or value.confidence > current.confidence:
            self.fields[value.field] = value


@dataclass(slots=True)
class Article:
    """A bibliographic record from PubMed, Europe PMC, or a PDF's own metadata."""

    pmid: str | None = None
    pmcid: str | None = None
    doi: str | None = None
    title: str | None = None
    abstract: str | None = None
    authors: list[str] = field(default_factory=list)
    journal: str | None = None
    year: int | None = None
    publication_types: list[str] = field(default_factory=list)
    mesh_terms: list[str] = field(default_factory=list)
    is_open_access: bool | None = None
    sources: list[str] = field(default_factory=list)

    @property
    def first_author(self) -> str | None:
        return self.authors[0] if self.authors else None

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["first_author"] = self.first_author
        return d
