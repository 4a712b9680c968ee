"""What a mechanism statement names: the molecular targets and processes in it.

Reviewers record a mechanism by its targets (genes, pathways, cell phenotypes,
cell-death programmes, tissue processes such as astrogliosis). This module finds
their spans in a text; ``miner.extract._mechanism`` decides which statement is the
paper's own. Pure functions over strings.
"""

from __future__ import annotations

import re
from typing import Final

__all__ = ["mechanism_terms_in", "terms"]

_I = re.IGNORECASE

# --- what a mechanism names --------------------------------------------------------------
# Processes and cell states reviewers record as mechanisms. Words that are also plain
# English ("barrier", "complement", "signalling") count only in their biological phrase.
_PROCESS: Final = re.compile(
    r"\b(?:apoptos[ie]s|apoptotic|pyroptos[ie]s|pyroptotic|ferroptos[ie]s|ferroptotic|autophag\w*|necroptos[ie]s|"
    r"angiogen\w*|vasculari[sz]ation|inflammasomes?|polari[sz]ation|polari[sz]ed|"
    r"(?:M1|M2|A1|A2)(?=[\s/-])|astrocyt\w*|microglia\w*|macrophages?|pericytes?|oligodendrocyt\w*|"
    r"regulatory\s+T\s+cells|Tregs?|"
    r"(?:blood[-–\s]+spinal[-–\s]+cord|BSCB)\s*barrier|\bBSCB\b|barrier\s+(?:integrity|function|permeability|leakage|disruption)|"
    r"glial\s+scar\w*|scar\s+formation|fibro(?:sis|tic\s+scar\w*)|"
    r"axon\w*\s+(?:regeneration|regrowth|growth|sprouting|outgrowth|bridging)|remyelinat\w*|myelinat\w*|neurogenesis|"
    r"neural\s+(?:stem|progenitor)\s+cells?|ependymal\s+cells?|"
    # reactive glia and the descending serotonergic fibres that carry hind-limb stepping
    r"(?:astro)?gliosis|serotonergic\s+(?:fib(?:re|er)s|axons|innervation|projections)|"
    r"oxidative\s+stress|lipid\s+peroxidation|mitochondri\w*|"
    r"(?:neuronal|neuron|motor\s+neuron|motoneuron|oligodendrocyte)\s+(?:survival|death|loss)|"
    r"neutrophil\s+extracellular\s+traps?|NETosis|neutrophil\s+(?:infiltration|recruitment|activation)|"
    r"complement\s+(?:activation|cascade|system|deposition|components?|C\d)|neuroinflammation|inflammation|"
    r"neuroprotect\w*|immunomodulat\w*)",
    _I,
)
# Gene and protein symbols: two capitals, a letter next to a digit, a Greek letter, or a
# miRNA name (PTEN, PI3K/AKT, NF-κB, HIF-1α, Nrf2, p65, caspase-1, miR-126, β-catenin).
_SYMBOL: Final = re.compile(r"(?<![\w/-])[A-Za-zα-ω0-9][A-Za-z0-9α-ωκ+]*(?:[-/][A-Za-z0-9α-ωκ+]+)*")
# Symbols that name the vesicles, the cells, the injury, a method or a level, never a target.
_NOT_TARGET: Final = re.compile(
    r"(?:^|[-/])(?:s?EVs?|Exos?|exosomes?|[A-Za-z]*MSCs?|[A-Za-z]*SCs?|SHED)(?:$|[-/])"
    r"|^(?:SCI|BBB|BMS|PBS|TEM|NTA|DLS|CNS|PNS|NYU|MASCIS|IH|ELISA|qPCR|RT-qPCR|PCR|GFP|DAPI|ANOVA|MRI|DMSO|"
    r"ID|HE|SD|SEM|IV|ICV|LV|NF200|GelMA|HA|PEG|DSPE-PEG|O2|CO2|H2O2|US|UK|EU|NIH|kDa|kdyn|dpi|UC|BM|WJ)$"
    r"|^[TCLS]\d{1,2}(?:[-–][TCLS]?\d{1,2})?$|^\d",
)
# A symbol is a target only where the sentence treats it as one: named with what
# happens to it ("NF-κB signalling", "PTEN knockdown", "IDO-dependent", "Nrf2
# activation") or as the object of an effect ("by restoring GPX4", "target MYH9",
# "activated ERK1/2, STAT3 and CREB"). Acronyms of diseases, scores and registries
# ("T2DM", "BMI", "ACTRN1261...") are shaped like genes but never stand there.
_TARGET_AFTER: Final = re.compile(
    r"^(?:[-\s]+(?:signal(?:l)?ing|pathways?|axis|cascade|inflammasome|activation|activity|expression|phosphorylation|"
    r"knockdown|knock-down|silencing|inhibition|suppression|overexpression|levels?|protein|mRNA|gene|"
    r"dependent|mediated|driven|induced|positive|\+)\b|[-\s]*/)",
    _I,
)
# Only verbs that act on a molecule: "lower BMI" or "increased risk of CRC" do not.
_TARGET_BEFORE: Final = re.compile(
    r"(?:\b(?:inhibit|activat|suppress|target|phosphorylat|upregulat|up-regulat|downregulat|down-regulat|knock|silenc|"
    r"restor|block|deplet|degrad|stabili[sz]|overexpress)\w*"
    r"|\b(?:levels?|expression|activation|inhibition|suppression|phosphorylation|knockdown|loss)\s+of"
    r"|\b(?:via|through))\s+(?:the\s+|of\s+)?(?:(?!(?:of|to|in|for|with|risk)\b)[\w-]+\s+)?$",
    _I,
)
_LINK_SUFFIX: Final = re.compile(r"-(?:mediated|dependent|driven|induced)$", _I)
_GENE_SHAPE: Final = re.compile(r"[α-ωκ]|^(?:miR|let-7|lncRNA|circRNA|circ_|lnc-)", re.UNICODE)


def _is_symbol(token: str) -> bool:
    if _NOT_TARGET.search(token):
        return False
    caps = sum(c.isupper() for c in token)
    return (
        caps >= 2
        or re.search(r"[A-Za-z]-?\d", token) is not None
        or re.search(r"[α-ωκ]", token) is not None
        or token.startswith(("miR-", "let-7", "lncRNA", "circRNA", "circ_"))
    )


def _symbol_targets(text: str) -> list[tuple[int, int]]:
    """Spans of the gene and protein symbols the text treats as targets."""
    cands = []
    for m in _SYMBOL.finditer(text):
        s, e = m.span()
        # "PI3K/Akt-mediated", "IDO-dependent": the symbol, with the link word left outside
        link = _LINK_SUFFIX.search(m.group(0))
        if link:
            e = s + link.start()
        if _is_symbol(text[s:e]) and not _is_cargo(text, s, e):
            cands.append((s, e))
    keep: list[tuple[int, int]] = []
    for i, (s, e) in enumerate(cands):
        token = text[s:e]
        ok = bool(
            _GENE_SHAPE.search(token)
            or _TARGET_AFTER.match(text[e : e + 30])
            or _TARGET_BEFORE.search(text[max(0, s - 60) : s])
        )
        if not ok and keep:
            # one of a list or a compound with a target: "ERK1/2, STAT3 and CREB", "HIF-1α-dependent VEGF"
            _, pe = keep[-1]
            ok = re.fullmatch(r"(?:\s*,\s*|\s*,?\s+and\s+|\s*/\s*|-?\w*\s+)", text[pe:s]) is not None
        if ok:
            keep.append((s, e))
    return keep


# The cargo that names the treatment ("miR-133b exosomes", "exosomes enriched with
# miR-133b", "loaded with CTGF siRNA") is what was given, not a target it acts on.
_CARGO_AFTER: Final = re.compile(
    r"^[\s-]*(?:exosomes?|Exos?\b|s?EVs?\b|vesicles?|siRNA|agomir|mimics?|cargo|-?loaded|-?overexpressing|-?modified|-?engineered)",
    _I,
)
_CARGO_BEFORE: Final = re.compile(
    r"(?:\bwith|\bcarrying|\bloaded\s+with|\benriched\s+(?:in|with)|\boverexpressing|\bencoding|\bexpressing)\s+$",
    _I,
)


# The cargo written as one word with its verb: "miR-21-overexpressing", "siPTEN-loaded".
_CARGO_WORD: Final = re.compile(
    r"-(?:overexpressing|overexpressed|loaded|modified|engineered|enriched|transfected|carrying)$", _I
)


def _is_cargo(text: str, s: int, e: int) -> bool:
    if _CARGO_WORD.search(text[s:e]):
        return True
    return bool(_CARGO_AFTER.match(text[e : e + 20]) or _CARGO_BEFORE.search(text[max(0, s - 30) : s]))


def terms(text: str) -> list[tuple[int, int]]:
    """Spans of the targets and processes a text names, in order."""
    spans = [(m.start(), m.end()) for m in _PROCESS.finditer(text)]
    spans += _symbol_targets(text)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for s, e in spans:
        if merged and s < merged[-1][1]:
            merged[-1] = (merged[-1][0], max(e, merged[-1][1]))
        else:
            merged.append((s, e))
    return merged


def mechanism_terms_in(text: str) -> list[str]:
    """The targets and processes a mechanism statement names ("NF-κB", "M2", "pyroptosis")."""
    return [text[s:e] for s, e in terms(text)]
