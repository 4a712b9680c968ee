"""One file through the stages: read -> parse -> extract -> (store).

``process_file`` is pure apart from reading the file, returns picklable records,
and is what worker processes run. ``ingest_path`` adds the store write for
callers that handle one file at a time (the literature refresh, tests).
"""

from __future__ import annotations

import hashlib
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from miner import __version__
from miner.errors import MinerError, ParseError
from miner.records import Extraction
from miner.store.repository import DocumentFacts

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from miner.nlp import NlpPipeline
    from miner.store import Store

__all__ = [
    "FileOutcome",
    "file_sha256",
    "ingest_path",
    "pipeline_version",
    "process_file",
    "save_outcome",
    "store_outcome",
]


@dataclass(slots=True)
class FileOutcome:
    facts: DocumentFacts
    extraction: Extraction | None = None
    error: str | None = None
    reason: str | None = None
    seconds: float = 0.0
    timings: dict[str, float] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.error is None


def file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for chunk in iter(lambda: fh.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def extractor_version() -> str:
    from miner.appraise import APPRAISAL_VERSION
    from miner.extract import EXTRACTOR_VERSION
    from miner.extract.figures import FIGURES_VERSION

    return f"{EXTRACTOR_VERSION}.{FIGURES_VERSION}.{APPRAISAL_VERSION}"


def pipeline_version(nlp: NlpPipeline | None) -> str:
    """Code, extractor rules and model together: what idempotence is keyed on."""
    model = getattr(nlp, "version", None) or "no-model"
    return f"miner-{__version__}+extract-{extractor_version()}+{model}"


def _metadata(parsed: Any) -> dict[str, Any]:
    meta = dict(getattr(parsed, "metadata", {}) or {})
    return {k: v for k, v in meta.items() if isinstance(v, (str, int, float, list)) or v is None}


def process_file(path: Path, nlp: NlpPipeline | None, *, sha256: str | None = None,
                 time_limit_s: float = 60.0, read_figures: bool = True) -> FileOutcome:
    """Parse and extract one file. Never raises for a bad document: the error is returned."""
    from miner.parse._gcpause import gc_paused

    # The cyclic collector waits until the file is done: its passes over the many
    # short-lived objects of parsing and extraction cost a tenth of the time, and
    # a document leaves next to no cyclic garbage (see miner.parse._gcpause).
    with gc_paused():
        return _process_file(path, nlp, sha256=sha256, time_limit_s=time_limit_s,
                             read_figures=read_figures)


def _process_file(path: Path, nlp: NlpPipeline | None, *, sha256: str | None,
                  time_limit_s: float, read_figures: bool) -> FileOutcome:
    from miner.appraise import appraise
    from miner.extract import extract_document
    from miner.parse import parse_path

    started = time.perf_counter()
    path = Path(path)
    facts = DocumentFacts(name=path.name, sha256="", path=str(path))
    try:
        facts.size_bytes = path.stat().st_size
        facts.sha256 = sha256 or file_sha256(path)
    except OSError as exc:
        return FileOutcome(facts, error=f"{path.name}: cannot read file ({exc.strerror})",
                           reason="unreadable", seconds=time.perf_counter() - started)
    timings: dict[str, float] = {}
    try:
        t0 = time.perf_counter()
        parsed = parse_path(path, time_limit_s=time_limit_s)
        timings["parse"] = time.perf_counter() - t0
        facts.format = parsed.format
        facts.pages = parsed.pages
        facts.warnings = list(parsed.warnings)
        facts.metadata = _metadata(parsed)
        t0 = time.perf_counter()
        extraction = extract_document(parsed, nlp)
        timings["extract"] = time.perf_counter() - t0
        if read_figures and parsed.format == "pdf":
            t0 = time.perf_counter()
            _add_figure_rows(path, parsed, extraction)
            timings["figures"] = time.perf_counter() - t0
        # Eligibility needs the outcome rows (figures included), so it comes last.
        t0 = time.perf_counter()
        appraise(parsed, extraction)
        timings["appraise"] = time.perf_counter() - t0
    except ParseError as exc:
        return FileOutcome(facts, error=str(exc), reason=exc.reason,
                           seconds=time.perf_counter() - started, timings=timings)
    except MinerError as exc:
        return FileOutcome(facts, error=f"{path.name}: {exc}", reason="extraction_error",
                           seconds=time.perf_counter() - started, timings=timings)
    except Exception as exc:  # noqa: BLE001 - one bad file must not end a batch; keep the reason
        return FileOutcome(facts, error=f"{path.name}: internal error: {type(exc).__name__}: {exc}",
                           reason="internal_error", seconds=time.perf_counter() - started,
                           timings=timings)
    return FileOutcome(facts, extraction=extraction, seconds=time.perf_counter() - started,
                       timings=timings)


def _add_figure_rows(path: Path, parsed: Any, extraction: Extraction) -> None:
    """BBB values read from vector/raster plots, for groups and days the text did not give."""
    from miner.extract.figures import read_bbb_figures
    from miner.extract.notes import PLOT_NOTE_START

    readout = read_bbb_figures(path, parsed)
    have = {(r.group.strip().lower(), r.day) for r in extraction.outcomes if r.outcome == "BBB"}
    for row in readout.rows:
        if (row.group.strip().lower(), row.day) not in have:
            extraction.outcomes.append(row)
    for fig in getattr(readout, "figures", []):
        status = getattr(fig, "status", None)
        if status == "uncalibrated":
            extraction.notes.append(
                f"{PLOT_NOTE_START} {fig.page} could not be read: {fig.reason}"
            )


def save_outcome(session: Session, outcome: FileOutcome, *, run_id: int, version: str) -> None:
    """Write one file's result inside the caller's transaction (the batch writer groups several)."""
    from miner.store.repository import save_extraction, save_failure

    if outcome.ok and outcome.extraction is not None:
        save_extraction(session, outcome.facts, outcome.extraction, run_id=run_id,
                        pipeline_version=version)
    else:
        save_failure(session, outcome.facts, error=outcome.error or "unknown error",
                     reason=outcome.reason or "unknown", run_id=run_id,
                     pipeline_version=version)


def store_outcome(store: Store, outcome: FileOutcome, *, run_id: int, version: str) -> None:
    """Write one file's result in its own transaction."""
    with store.session() as session:
        save_outcome(session, outcome, run_id=run_id, version=version)


def ingest_path(store: Store, path: Path, *, nlp: NlpPipeline | None = None,
                run_id: int | None = None) -> FileOutcome:
    """Parse, extract and store one file (skipped when already done by this pipeline)."""
    from miner.store.repository import done_document, finish_run, start_run

    path = Path(path)
    version = pipeline_version(nlp)
    sha = file_sha256(path)
    with store.session() as session:
        if done_document(session, sha, version) is not None:
            return FileOutcome(DocumentFacts(name=path.name, sha256=sha, path=str(path)),
                               reason="skipped")
        own_run = run_id is None
        if own_run:
            run_id = start_run(session, code_version=__version__, pipeline_version=version,
                               model_version=getattr(nlp, "version", None), command="ingest").id
    outcome = process_file(path, nlp, sha256=sha)
    store_outcome(store, outcome, run_id=run_id, version=version)  # type: ignore[arg-type]
    if own_run:
        with store.session() as session:
            finish_run(session, run_id, {"files": 1, "failed": int(not outcome.ok)})  # type: ignore[arg-type]
    return outcome
