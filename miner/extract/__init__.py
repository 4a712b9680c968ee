"""The extraction engine: a parsed document in, every sheet field and BBB outcome row out.

Public surface:

* ``extract_document(doc, nlp=None) -> Extraction``: fields + outcomes + notes (pure, no I/O)
* ``extract_fields(doc, nlp) -> dict[str, FieldValue]``
* ``extract_outcomes(doc) -> (list[OutcomeRow], list[str])``
* ``EXTRACTOR_VERSION``: bumped whenever a rule changes (the store keys idempotence on it)
* ``miner.extract.quantities``: the quantity extractors (sizes, doses, g-forces, ...)
"""

from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Final

from miner.extract._context import document_sentences
from miner.extract._protocol_table import methods_table_rows
from miner.extract._scope import study_relevance
from miner.extract.fields import EXTRACTED_FIELDS, extract_fields
from miner.extract.notes import unread_note
from miner.extract.outcomes import extract_outcomes
from miner.parse.model import ParsedDocument
from miner.records import Extraction

if TYPE_CHECKING:
    from miner.nlp import NlpPipeline

__all__ = [
    "EXTRACTED_FIELDS",
    "EXTRACTOR_VERSION",
    "extract_document",
    "extract_fields",
    "extract_outcomes",
]

EXTRACTOR_VERSION: Final = "0.15.1"


def extract_document(doc: ParsedDocument, nlp: NlpPipeline | None = None) -> Extraction:
    """Extract every study field and the BBB outcome rows of one parsed document.

    Parameters
    ----------
    doc:
        A ``ParsedDocument`` from ``miner.parse`` (PDF or JATS).
    nlp:
        The NLP pipeline from ``miner.nlp.load_pipeline()``; the caller loads it
        once per process. With None, categorical fields (species, route, source
        ...) stay empty and only quantities, outcomes and metadata are filled.

    Returns
    -------
    Extraction
        ``fields`` (name -> FieldValue with evidence and confidence), ``outcomes``
        (OutcomeRow per group and day) and ``notes`` for the reviewer. A document
        that names no experimental animals or no vesicles in its title, abstract
        and methods gets those study fields left empty and a note saying why.
    """
    sentences = document_sentences(doc)  # split once: the fields and the outcome rows read them
    # Read once: the fields it gates and the note that tells the reviewer why agree.
    relevance = study_relevance(doc, methods_table_rows(sentences))
    fields = extract_fields(doc, nlp, sentences=sentences, relevance=relevance)
    timing = fields.get("timing_post_injury_h")
    # The treatment's time after the injury, as the field reads it: a score "six days after the
    # first infusion" is dated from it.
    rows, notes = extract_outcomes(
        doc, sentences, treatment_h=float(timing.value) if timing is not None else None
    )
    if not rows and not notes and (unread := unread_note(sentences)):
        notes = [unread]
    gate_note = relevance.note()
    if gate_note:
        notes = [gate_note, *notes]
    n = fields.get("n_per_group")
    if n is not None:
        # The stated animals per group apply to every group's row unless the row says otherwise.
        rows = [r if r.n is not None else replace(r, n=int(n.value)) for r in rows]
    return Extraction(document=doc.source, fields=fields, outcomes=rows, notes=notes)
