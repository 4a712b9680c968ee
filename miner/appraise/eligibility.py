"""Eligibility flags: each criterion met / not met / unclear, with the evidence that decided it.

Two levels:

* :func:`assess_eligibility` after full-text extraction, over the extracted
  fields and outcome rows: the ``eligibility`` field of the sheet.
* :func:`triage_record` for a fetched record (title + abstract): likely include /
  likely exclude / unclear, with reasons, so new records are triaged the
  morning after a refresh.

A criterion over a field the extraction left empty is ``unclear``, never
``not_met``: an empty field means the extractor found nothing, not that the
paper says the opposite. Any ``not_met`` excludes; all ``met`` includes; the
rest is ``unclear`` for the reviewer.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, Final

from miner.appraise.criteria import Criteria, Criterion, default_criteria
from miner.records import Article, Evidence, FieldValue, OutcomeRow

__all__ = ["ELIGIBILITY_EXTRACTOR", "assess_eligibility", "evaluate_criterion", "triage_record"]

ELIGIBILITY_EXTRACTOR: Final = "appraise.eligibility.v1"

_BBB_NOTE = re.compile(r"\bBBB\b|Basso[-\s]+Beattie", re.IGNORECASE)
_NEGATIVE_NOTE = re.compile(r"could not be read|not found|no BBB", re.IGNORECASE)


def _values(value: Any) -> list[str]:
    """A field value as comparable strings (lists compare element-wise)."""
    if isinstance(value, (list, tuple, set)):
        return [str(v).lower() for v in value]
    if isinstance(value, bool):
        return ["true" if value else "false"]
    return [str(value).lower()]


def _row_evidence(row: OutcomeRow) -> list[dict[str, Any]]:
    if row.evidence:
        return [e.to_dict() for e in row.evidence]
    day = "" if row.day is None else f" day {row.day:g}"
    quote = f"{row.outcome} {row.group}{day}: {row.mean}"
    return [Evidence(quote=quote, page=row.page).to_dict()]


def _virtual(
    criterion: Criterion, outcomes: Sequence[OutcomeRow], notes: Sequence[str]
) -> tuple[bool, list[dict[str, Any]], float]:
    """(found, evidence, confidence) for the criteria over outcome rows."""
    if criterion.field == "control_arm":
        rows = [r for r in outcomes if r.arm == "control"]
    else:  # bbb_outcome
        rows = [r for r in outcomes if r.outcome.upper() == "BBB"]
    if rows:
        best = max(rows, key=lambda r: (r.confidence, bool(r.evidence)))  # a quoted row is better evidence
        return True, _row_evidence(best), float(best.confidence)
    if criterion.field == "bbb_outcome":
        for note in notes:
            if _BBB_NOTE.search(note) and not _NEGATIVE_NOTE.search(note):
                return True, [Evidence(quote=note).to_dict()], 0.6
        # A plot that could not be read still shows BBB was reported.
        for note in notes:
            if _BBB_NOTE.search(note):
                return True, [Evidence(quote=note).to_dict()], 0.5
    return False, [], 0.0


def evaluate_criterion(
    criterion: Criterion,
    fields: Mapping[str, FieldValue],
    outcomes: Sequence[OutcomeRow] = (),
    notes: Sequence[str] = (),
) -> tuple[str, list[dict[str, Any]], float]:
    """``(status, evidence, confidence)`` of one criterion; status is met / not_met / unclear.

    For a list-valued field (isolation_method) ``== x`` means "x is among them",
    ``in [..]`` means "any of them is listed". ``absent`` is ``not_met`` when the
    value is there and ``unclear`` otherwise (a missing value is no proof).
    """
    if criterion.field in ("control_arm", "bbb_outcome"):
        found, evidence, conf = _virtual(criterion, outcomes, notes)
        if criterion.op == "present":
            return ("met", evidence, conf) if found else ("unclear", [], 0.0)
        return ("not_met", evidence, conf) if found else ("unclear", [], 0.0)
    fv = fields.get(criterion.field)
    if fv is None or fv.value is None or fv.value == [] or fv.value == "":
        return "unclear", [], 0.0
    evidence = [e.to_dict() for e in fv.evidence]
    conf = float(fv.confidence)
    if criterion.op == "present":
        return "met", evidence, conf
    if criterion.op == "absent":
        return "not_met", evidence, conf
    have = _values(fv.value)
    wanted = [v.lower() for v in criterion.values]
    if criterion.op == "==":
        ok = wanted[0] in have
    elif criterion.op == "!=":
        ok = wanted[0] not in have
    elif criterion.op == "in":
        ok = any(v in wanted for v in have)
    else:  # not in
        ok = not any(v in wanted for v in have)
    return ("met" if ok else "not_met"), evidence, conf


def assess_eligibility(
    fields: Mapping[str, FieldValue],
    outcomes: Sequence[OutcomeRow],
    notes: Sequence[str],
    criteria: Criteria | None = None,
) -> FieldValue:
    """The ``eligibility`` field of one study against a review's criteria.

    Parameters
    ----------
    fields:
        The extracted study fields (name -> FieldValue).
    outcomes, notes:
        The extraction's outcome rows and reviewer notes (a note saying BBB is
        in a figure counts as BBB reported).
    criteria:
        The review's criteria; the default review when None.

    Returns
    -------
    FieldValue
        ``value = {"decision": "include|exclude|unclear", "criteria": {name:
        {"status": "met|not_met|unclear", "evidence": [...]}}}``; its evidence
        is the union of the deciding criteria's evidence. Confidence: the weakest
        "met" for include, the strongest "not_met" for exclude, 0.5 when unclear.
    """
    criteria = criteria or default_criteria()
    per: dict[str, dict[str, Any]] = {}
    met_conf: list[float] = []
    not_met_conf: list[float] = []
    deciding: list[Evidence] = []
    results = []
    for criterion in criteria:
        status, evidence, conf = evaluate_criterion(criterion, fields, outcomes, notes)
        per[criterion.name] = {"status": status, "evidence": evidence}
        results.append((status, evidence))
        (met_conf if status == "met" else not_met_conf if status == "not_met" else []).append(conf)
    if not_met_conf:
        decision, confidence = "exclude", max(not_met_conf)
        chosen = [ev for status, ev in results if status == "not_met"]
    elif len(met_conf) == len(results):
        decision, confidence = "include", min(met_conf) if met_conf else 0.5
        chosen = [ev for _, ev in results]
    else:
        decision, confidence = "unclear", 0.5
        chosen = [ev for status, ev in results if status == "met"]
    seen: set[tuple[Any, Any]] = set()
    for evs in chosen:
        for ev in evs:
            key = (ev.get("page"), ev.get("quote"))
            if key not in seen:
                seen.add(key)
                deciding.append(Evidence.from_dict(ev))
    return FieldValue(
        field="eligibility",
        value={"decision": decision, "criteria": per},
        confidence=max(0.0, min(1.0, confidence)),
        evidence=tuple(deciding),
        extractor=ELIGIBILITY_EXTRACTOR,
    )


# ---------------------------------------------------------------------------
# Title/abstract triage

_TRIAGE_TERMS: Final[dict[str, tuple[tuple[str, str], ...]]] = {
    # field -> (regex, normalised value); first-match order does not matter: all are collected.
    "species": (
        (r"\brats?\b|\brattus\b|sprague[-\s]dawley|\bwistar\b|long[-\s]evans|\bSD rats?\b", "rat"),
        (r"\bmice\b|\bmouse\b|\bmurine\b|C57BL", "mouse"),
        (r"\bdogs?\b|\bcanine\b|\bbeagles?\b", "dog"),
        (r"\bmonkeys?\b|\bmacaques?\b|\bprimates?\b", "monkey"),
        (r"\bpigs?\b|\bporcine\b|\bminipigs?\b|\bswine\b", "pig"),
        (r"\brabbits?\b", "rabbit"),
        (r"\bzebrafish\b", "zebrafish"),
        (r"\bpatients?\b|\bclinical trial\b", "human"),
    ),
    "injury_model": (
        (r"\bcontus(?:ion|ive|ed)\b|impactor|weight[-\s]drop|\ballen'?s\b", "contusion"),
        (r"\bcompress(?:ion|ive)\b|aneurysm clip|\bclip\b", "compression"),
        (r"\btransect(?:ion|ed)\b|complete(?:ly)? (?:cut|sever)", "transection"),
        (r"\bhemisect(?:ion|ed)\b|hemi-section", "hemisection"),
        (r"ischemi[ac]|ischaemi[ac]|reperfusion", "ischemia_reperfusion"),
    ),
    "route": (
        (r"\bintravenous(?:ly)?\b|\btail[-\s]vein\b|\bcaudal vein\b|\bi\.v\.|systemic(?:ally)? (?:injected|administ|deliver)", "intravenous"),
        (r"\bintrathecal(?:ly)?\b|\bi\.t\.", "intrathecal"),
        (r"\bintralesional(?:ly)?\b|\bin situ\b|\blocal(?:ly)? (?:inject|administ|deliver|transplant)|lesion site", "intralesional"),
        (r"\bintraperitoneal(?:ly)?\b|\bi\.p\.", "intraperitoneal"),
        (r"\bintranasal(?:ly)?\b", "intranasal"),
        (r"\bhydrogel\b|\bscaffold\b|\bfibrin (?:glue|gel)\b|\bsponge\b|\bpatch\b", "implanted_biomaterial"),
    ),
    "source_tissue": (
        (r"bone[-\s]marrow|\b[hrm]?BM-?MSCs?\b|\b[hrm]?BMSCs?\b", "bone_marrow"),
        (r"umbilical|\b[hH]?UC-?MSCs?\b|\bhucMSCs?\b", "umbilical_cord"),
        (r"wharton", "wharton_jelly"),
        (r"adipose|\b[hr]?ADSCs?\b|\bAD-?MSCs?\b", "adipose"),
        (r"placenta", "placenta"),
        (r"menstrual|\bMenSCs?\b", "menstrual_blood"),
        (r"dental pulp|deciduous teeth|\bSHED\b|\bDPSCs?\b", "dental_pulp"),
        (
            (r"neural stem|neural progenitor|\bNSCs?\b|astrocyte|macrophage|microglia|schwann|"
            r"\bM2\b|induced pluripotent|\biPSC|olfactory ensheathing|platelet|serum[-\s]derived|"
            r"plant|milk[-\s]derived|\bT cells?\b|dendritic"),
            "other",
        ),
    ),
}
_FLAGS = re.IGNORECASE
_COMPILED: Final = {
    f: tuple((re.compile(rx, _FLAGS), norm) for rx, norm in terms) for f, terms in _TRIAGE_TERMS.items()
}
_MSC = re.compile(r"mesenchymal|\bMSCs?\b|stromal|\b[a-z]{0,3}[A-Z]{1,4}-?MSCs?\b", re.IGNORECASE)
_TOPIC_VESICLE = re.compile(r"exosom|extracellular vesicle|\bsEVs?\b|\bEVs?\b|\bexos?\b|secretome", re.IGNORECASE)
_TOPIC_SCI = re.compile(r"spinal cord", re.IGNORECASE)
_BBB = re.compile(r"\bBBB\b(?!\s+(?:disruption|permeab|integrity|leak|breakdown|damage))|Basso[-\s]+Beattie", re.IGNORECASE)
# Text bounded so that a hostile record cannot make triage slow.
_MAX_TRIAGE_CHARS: Final = 20_000


def _mentions(fname: str, text: str) -> dict[str, str]:
    """Normalised values of ``fname`` mentioned in ``text`` -> the first matching phrase."""
    found: dict[str, str] = {}
    for rx, norm in _COMPILED.get(fname, ()):
        m = rx.search(text)
        if m and norm not in found:
            found[norm] = m.group(0)
    return found


def _triage_criterion(criterion: Criterion, text: str) -> tuple[str, str]:
    """(status, reason) of one criterion from title + abstract."""
    if criterion.field == "bbb_outcome":
        m = _BBB.search(text)
        if m:
            return "met", f"mentions {m.group(0)!r}"
        return "unclear", "BBB scores not mentioned in title/abstract"
    if criterion.field not in _COMPILED:
        return "unclear", f"{criterion.field} is not judged from title/abstract"
    found = _mentions(criterion.field, text)
    if criterion.field == "source_tissue" and not found and _MSC.search(text):
        # "MSC-derived exosomes" without a tissue: MSC-derived, tissue unknown.
        return ("met" if criterion.op == "!=" and criterion.values == ("other",) else "unclear",
                f"mentions {_MSC.search(text).group(0)!r} (tissue not named)")  # type: ignore[union-attr]
    if not found:
        return "unclear", f"{criterion.field.replace('_', ' ')} not stated in title/abstract"
    statuses = []
    for value in found:
        fv = FieldValue(criterion.field, value, 1.0)
        status, _, _ = evaluate_criterion(criterion, {criterion.field: fv})
        statuses.append(status)
    phrases = ", ".join(repr(p) for p in found.values())
    if all(s == "met" for s in statuses):
        return "met", f"mentions {phrases}"
    if all(s == "not_met" for s in statuses):
        return "not_met", f"mentions {phrases} ({criterion.rule} not met)"
    return "unclear", f"mentions {phrases}: mixed ({criterion.rule})"


def triage_record(article: Article, criteria: Criteria | None = None) -> dict[str, Any]:
    """Title/abstract screening of a fetched record against the review's criteria.

    Keyword rules on title + abstract (plus MeSH terms and publication types).
    Returns ``{"decision": "likely_include|likely_exclude|unclear", "reasons":
    [...], "criteria": {name: {"status": "met|not_met|unclear", "reason": str}}}``.

    ``likely_exclude``: a publication type that is never a primary study, no
    mention of vesicles or of the spinal cord at all, or a criterion clearly
    contradicted (e.g. only mice mentioned). ``likely_include``: every criterion
    judged at this level (``triage = true``) is met. Otherwise ``unclear``.
    """
    criteria = criteria or default_criteria()
    title = article.title or ""
    abstract = article.abstract or ""
    text = f"{title}\n{abstract}\n{' '.join(article.mesh_terms)}"[:_MAX_TRIAGE_CHARS]
    reasons: list[str] = []
    per: dict[str, dict[str, str]] = {}
    excluded_types = {t.lower() for t in criteria.exclude_publication_types}
    bad_types = [t for t in article.publication_types if t.lower() in excluded_types]
    if bad_types:
        reasons.append(f"publication type {bad_types[0]!r} is not a primary study")
    if not _TOPIC_VESICLE.search(text):
        reasons.append("no exosomes or extracellular vesicles mentioned")
    if not _TOPIC_SCI.search(text):
        reasons.append("spinal cord not mentioned")
    off_topic = bool(reasons)
    for criterion in criteria:
        if not criterion.triage:
            per[criterion.name] = {"status": "unclear", "reason": "judged at full text"}
            continue
        status, reason = _triage_criterion(criterion, text)
        per[criterion.name] = {"status": status, "reason": reason}
        if status == "not_met":
            reasons.append(f"{criterion.name}: {reason}")
    judged = [per[c.name]["status"] for c in criteria if c.triage]
    if off_topic or "not_met" in judged:
        decision = "likely_exclude"
    elif judged and all(s == "met" for s in judged):
        decision = "likely_include"
        reasons.append("every criterion judged from title/abstract is met")
    else:
        decision = "unclear"
        reasons.extend(
            f"{c.name}: {per[c.name]['reason']}"
            for c in criteria
            if c.triage and per[c.name]["status"] == "unclear"
        )
    return {"decision": decision, "reasons": reasons, "criteria": per}
