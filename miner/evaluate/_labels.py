"""Compare the contract's free-text labels by what they say, not by their wording.

``modification``, ``route_detail``, ``isolation_detail`` and ``mechanism`` are short
labels a reviewer writes in their own words: the gold says ``miR-21 agomir loading
(electroporation)`` where the prefill says ``miR-21 overexpression``, ``caudal vein``
where it says ``tail vein``. A reviewer verifying the prefill accepts those and rejects
``siRNA RNA loading`` for ``siRNA PTEN loading``. Each label is reduced to the facts a
reviewer checks, and two labels match when those facts agree:

- modification: the kind of change (none, nucleic-acid cargo raised, knockdown, drug
  loading, preconditioning, surface engineering, biomaterial) and the agent(s) named
  (the miRNA, gene, drug, cytokine, peptide); method notes in parentheses are ignored;
- route_detail: the site (tail vein = caudal vein = lateral tail vein; lesion site =
  intraspinal or intralesional microinjection; lumbar puncture; hydrogel ...) and, when
  both state one, the vertebral level;
- isolation_detail: the set of key parameters (g-forces, spin times, cut-offs,
  gradients, kit and column names); an rpm restated beside a g-force, repeat counts
  ("twice") and a vendor in parentheses are not parameters;
- mechanism: the molecular targets and processes named (PTEN, PI3K/AKT, NF-κB, M2
  polarisation, apoptosis ...); half of the union in common is a match.

``miner eval`` also prints the exact-wording score of these fields so the two can be
compared.
"""

from __future__ import annotations

import re
import unicodedata

from miner.nlp._levels import find_levels

__all__ = [
    "FREE_TEXT_FIELDS",
    "isolation_params",
    "labels_match",
    "mechanism_terms",
    "modification_key",
    "route_key",
]

FREE_TEXT_FIELDS = ("modification", "route_detail", "isolation_detail", "mechanism")

_GREEK = {"α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "κ": "kappa"}
_DASHES = re.compile(r"[\u2010-\u2015\u2212]")


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", str(text))
    text = _DASHES.sub("-", text)
    for g, name in _GREEK.items():
        text = text.replace(g, name)
    return " ".join(text.casefold().split())


# --- modification -------------------------------------------------------------------

# Order matters: the first kind whose cue appears wins (a "siRNA ... loading" is a
# knockdown, not a loading of cargo; "hypoxia-preconditioned ... hydrogel" is named
# by the change made to the cells).
_KINDS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("none", re.compile(r"^(?:none|native|unmodified|naive|non-engineered|wild[- ]type)$")),
    ("knockdown", re.compile(r"\b(?:si|sh)rna\b|knock(?:down|out|ed down)|antagomir|"
                             r"\binhibitor\b|silenc|\bsponge\b|down-?regulat")),
    ("cargo_up", re.compile(r"\b(?:mir|microrna|lncrna|circ\w*|mrna)\b|mir-|let-7|"
                            r"overexpress|agomir|mimic|enrich|up-?regulat|transfect|lentivir")),
    ("preconditioning", re.compile(r"precondition|prim(?:ed|ing)\b|pre-?treat|hypox")),
    ("surface", re.compile(r"peptide|surface|display|target|decorat|conjugat|lamp2b|"
                           r"ligand|aptamer|\brvg\b|functionali[sz]")),
    ("drug_loading", re.compile(r"load|encapsulat(?:ing|ion of)|incorporat")),
    ("biomaterial", re.compile(r"hydrogel|scaffold|gel\b|matrix|embedd|encapsulat|patch|sponge")),
)

_NOT_AGENT = frozenset(["a", "an", "the", "of", "in", "into", "with", "by", "and", "or", "to", "for", "via", "on", "at", "from", "as", "loading", "loaded", "load", "overexpression", "overexpressing", "overexpressed", "over-expression", "enriched", "enrichment", "upregulation", "up-regulation", "agomir", "agomirs", "mimic", "mimics", "knockdown", "knock-down", "silencing", "silenced", "inhibitor", "inhibition", "antagomir", "sirna", "shrna", "preconditioning", "preconditioned", "pre-conditioning", "pretreatment", "pretreated", "pre-treated", "primed", "priming", "peptide", "peptides", "surface", "display", "displayed", "targeting", "targeted", "decorated", "conjugated", "conjugation", "engineered", "engineering", "modified", "modification", "functionalised", "functionalized", "treated", "conditioned", "displaying", "with-", "exosome", "exosomes", "exosomal", "vesicle", "vesicles", "ev", "evs", "sev", "sevs", "exos", "exo", "msc", "mscs", "cells", "cell", "parent", "embedded", "embedding", "encapsulated", "encapsulation", "hydrogel", "scaffold", "gel", "transfection", "transfected", "lentivirus", "lentiviral", "plasmid", "vector", "cargo", "-"])


_ADJ_SUFFIX = re.compile(
    r"-(?=(?:pre-?)?(?:primed|preconditioned|conditioned|treated|loaded|modified|engineered|"
    r"enriched|overexpressing|overexpressed|decorated|targeted|conjugated|embedded|"
    r"encapsulated|transfected|silenced|knockdown|displaying)\b)"
)


_SI_GENE = re.compile(r"\b(si|sh)(?!RNA\b)([A-Z][A-Z0-9]*\d?[A-Z0-9]*)\b")


def _agent(token: str) -> str:
    token = token.strip(".,;:'\"")
    token = re.sub(r"^(?:hsa|rno|mmu)-", "", token)
    token = re.sub(r"^microrna-?", "mir-", token)
    # miR-124-3p and miR-124 name the same precursor for a reviewer's purposes
    token = re.sub(r"^(mir-\d+[a-z]?)(?:-[35]p)$", r"\1", token)
    # Cytokines written out or abbreviated ("interferon-γ", "IFN-γ") are one agent.
    return {"hypoxic": "hypoxia", "hypoxia-preconditioned": "hypoxia",
            "interferon-gamma": "ifn-gamma", "interleukin-1beta": "il-1beta",
            "tumour": "tumor"}.get(token, token)


def modification_key(label: str) -> tuple[str, frozenset[str]]:
    """(kind of change, agents named) of a modification label."""
    # "siNOX2", "shPTEN": an siRNA/shRNA named by its target gene (case tells it from SIRT1, SHED).
    label = _SI_GENE.sub(r"\1RNA \2", label)
    text = _fold(label)
    text = re.sub(r"\([^)]*\)", " ", text)  # method notes: "(electroporation)", "(1% O2)"
    text = " ".join(text.split())
    kind = "other"
    for name, cue in _KINDS:
        if cue.search(text):
            kind = name
            break
    if kind == "none":
        return kind, frozenset()
    agents = set()
    # "IFN-γ-primed", "curcumin-loaded", "CAQK-decorated": the agent before the verb
    text = _ADJ_SUFFIX.sub(" ", text)
    for tok in re.split(r"[\s/,;]+", text):
        tok = _agent(tok)
        if tok and tok not in _NOT_AGENT and not tok.isdigit():
            agents.add(tok)
    if kind == "preconditioning" and "hypoxia" in text.replace("hypoxic", "hypoxia"):
        agents.add("hypoxia")
    return kind, frozenset(agents)


# --- route_detail -------------------------------------------------------------------

# Most specific first: the first site found names the label.
_SITES: tuple[tuple[str, re.Pattern[str]], ...] = (
    # "caudal" alone is a direction ("rostral and caudal stumps"), not the tail vein.
    ("tail vein", re.compile(r"\btail\b|\bcaudal\s+(?:lateral\s+)?ve(?:in|nous)|coccygeal")),
    ("jugular vein", re.compile(r"jugular")),
    ("femoral vein", re.compile(r"femoral")),
    ("saphenous vein", re.compile(r"saphenous")),
    ("penile vein", re.compile(r"penile|dorsal vein of the penis")),
    ("retro-orbital", re.compile(r"retro-?orbital|orbital sinus|orbital plexus")),
    ("cisterna magna", re.compile(r"cisterna magna|intracisternal|suboccipital")),
    # A catheter or pump is named as such even where it enters between lumbar vertebrae.
    ("intrathecal catheter", re.compile(r"catheter|cannula|osmotic pump|mini-?pump")),
    ("lumbar puncture", re.compile(r"lumbar puncture|lumbar intrathecal|between l\d|l\d\s*[-/]\s*l?\d")),
    ("biomaterial", re.compile(r"hydrogel|\bgel\b|scaffold|patch|sponge|conduit|matrix|fibrin|collagen")),
    ("lesion site", re.compile(r"lesion|injury (?:site|epicent)|intraspinal|intralesional|"
                               r"epicent|spinal parenchyma|transection gap|cavity|perilesional|"
                               r"\bgap\b|stump")),
    ("subarachnoid", re.compile(r"subarachnoid|intrathecal")),
    ("nasal", re.compile(r"nasal|nostril|intranasal")),
    ("peritoneal", re.compile(r"peritone")),
    ("subcutaneous", re.compile(r"subcutaneous")),
    ("intravenous", re.compile(r"intravenous|\bi\.?v\.?\b|vein")),
)


def route_key(label: str) -> tuple[str, str | None]:
    """(site, vertebral level or None) of a route_detail label."""
    text = _fold(label)
    site = next((name for name, cue in _SITES if cue.search(text)), None)
    levels = find_levels(str(label))
    return (site or text), (levels[0][2] if levels else None)


# --- isolation_detail ---------------------------------------------------------------

# "110,000", "100 000", "1.5"; not the "15 100" of "Ultra-15 100 kDa"
_NUM = r"(?<![\w.-])(\d{1,3}(?:,\d{3})+|\d{1,3}(?: \d{3})+(?![\d.])|\d+(?:\.\d+)?)"
_PARAM_UNITS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("g", re.compile(_NUM + r"\s*(?:[x×]\s*)?(?:g|rcf)\b")),
    ("rpm", re.compile(_NUM + r"\s*rpm\b")),
    ("kda", re.compile(_NUM + r"\s*-?\s*kda\b")),
    ("nm", re.compile(_NUM + r"\s*nm\b")),
    ("pct", re.compile(_NUM + r"\s*%")),
    ("min", re.compile(_NUM + r"\s*(?:min|minutes?)\b")),
    ("h", re.compile(_NUM + r"\s*(?:h|hr|hrs|hours?)\b")),
)
# Named reagents, kits and columns. Generic method words (ultracentrifugation,
# ultrafiltration, size exclusion ...) are left out: isolation_method scores those.
_REAGENTS = re.compile(
    r"iodixanol|optiprep|sucrose|d2o|\bpeg\b|polyethylene glycol|exoquick|"
    r"total exosome isolation|exoeasy|exospin|\bqev|sepharose|sephacryl|\bcl-[246]b\b|"
    r"amicon|centricon|vivaspin|magnetic bead|anti-cd\d+|heparin"
)


def _number(raw: str) -> float:
    return float(re.sub(r"[,\s]", "", raw))


def isolation_params(label: str) -> frozenset[str]:
    """The key parameters an isolation_detail label states."""
    text = _fold(label)
    # A vendor in parentheses ("(Invitrogen)") is not a parameter; a restated
    # g-force in parentheses ("38,000 rpm (~100,000 × g)") is.
    text = re.sub(r"\(([^)]*)\)", lambda m: f" {m.group(1)} " if re.search(r"\d", m.group(1)) else " ", text)
    params: set[str] = set()
    for unit, pat in _PARAM_UNITS:
        for m in pat.finditer(text):
            value = _number(m.group(1))
            if unit == "h":
                unit_out, value = "min", value * 60
            else:
                unit_out = unit
            params.add(f"{value:g} {unit_out}")
    if any(p.endswith(" g") for p in params):
        params = {p for p in params if not p.endswith(" rpm")}
    for m in _REAGENTS.finditer(text):
        params.add(" ".join(m.group(0).split()))
    return frozenset(params)


# --- mechanism ----------------------------------------------------------------------

_PROCESSES = re.compile(
    r"\b(?:apoptosis|pyroptosis|ferroptosis|autophagy|angiogenesis|inflammasome|"
    r"polari[sz]ation|m1|m2|a1 astrocyte|astrocyte|microglia\w*|macrophage\w*|"
    r"blood-spinal cord barrier|bscb|glial scar|axon\w* regeneration|remyelination|"
    r"oxidative stress|mitochondri\w*|complement|regulatory t cells|tregs?|"
    r"neuroinflammation|inflammation|pericytes?)\b"
)


def mechanism_terms(label: str) -> frozenset[str]:
    """Molecular targets and processes a mechanism label names."""
    text = _fold(label)
    terms: set[str] = set()
    for m in _PROCESSES.finditer(text):
        term = m.group(0)
        term = re.sub(r"^microglia\w*", "microglia", term)
        term = re.sub(r"^macrophage\w*", "macrophage", term)
        term = re.sub(r"^axon\w* regeneration", "axon regeneration", term)
        term = re.sub(r"^polari[sz]ation", "polarisation", term)
        term = {"bscb": "blood-spinal cord barrier", "tregs": "regulatory t cells",
                "treg": "regulatory t cells", "mitochondrial": "mitochondria",
                "pericytes": "pericyte"}.get(term, term)
        terms.add(term)
    # Gene and pathway symbols are written with capitals in the label: PTEN,
    # PI3K/AKT, NF-κB, HIF-1α, miR-26a, TLR4, Nrf2, ERK1/2.
    original = unicodedata.normalize("NFKC", str(label))
    for g, name in _GREEK.items():
        original = original.replace(g, name)
    for tok in re.findall(r"[A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*", original):
        if sum(c.isupper() for c in tok) >= 2 or re.search(r"[A-Za-z]\d|^miR", tok):
            # "HIF-1α-driven", "NF-κB-mediated": the target, not its verb
            tok = re.sub(r"-(?:dependent|driven|mediated|induced|related|associated|based)$", "",
                         tok, flags=re.IGNORECASE)
            terms.add(_agent(tok.casefold()))
    return frozenset(terms)


# --- the comparison -----------------------------------------------------------------


def labels_match(field: str, predicted: str, gold: str) -> bool:
    """Whether two free-text labels of ``field`` state the same facts."""
    if field == "modification":
        pk, gk = modification_key(predicted), modification_key(gold)
        return pk[0] == gk[0] and pk[1] == gk[1]
    if field == "route_detail":
        (ps, pl), (gs, gl) = route_key(predicted), route_key(gold)
        return ps == gs and (pl is None or gl is None or pl == gl)
    if field == "isolation_detail":
        pp, gp = isolation_params(predicted), isolation_params(gold)
        if not pp and not gp:
            return _fold(predicted) == _fold(gold)
        return pp == gp
    if field == "mechanism":
        pt, gt = mechanism_terms(predicted), mechanism_terms(gold)
        if not pt or not gt:
            return _fold(predicted) == _fold(gold)
        return len(pt & gt) * 2 >= len(pt | gt)
    return _fold(predicted) == _fold(gold)
