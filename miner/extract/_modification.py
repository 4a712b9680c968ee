"""How the study changed its vesicles or their parent cells, read from the methods' own words.

The lexicon names a modification where the paper writes it as one phrase
("miR-26a-overexpressing", "hypoxia-preconditioned"). Papers more often spread it
over a clause: the parent cells are *transfected*, *transduced* or *infected*
with a construct that carries a miRNA or a gene; the vesicles are *loaded* or
*electroporated* with a cargo; the cells are *cultured under hypoxia* or
*pretreated with* an agent *before* the vesicles are collected. This module reads
those clauses and names the modification the way reviewers label it:

* parent cells made to (over)express a miRNA/lncRNA/gene: ``"miR-124 overexpression"``
* parent cells with a gene silenced: ``"PTEN knockdown"``
* vesicles loaded with a cargo: ``"siRNA CTGF loading"``, ``"miR-29b loading"``, ``"curcumin loading"``
* parent cells preconditioned: ``"hypoxic preconditioning"``, ``"IFN-γ preconditioning"``
  (also written as a noun, "priming SHED with IFN-γ", or with a dose, "10 µM melatonin")
* a targeting ligand on the vesicles: ``"CAQK surface display"``, ``"RVG surface display
  (Lamp2b fusion)"``
* a miRNA in the vesicles' group name: "Exo-miR-126" -> ``"miR-126 overexpression"`` (weak)

Not modifications: negative-control constructs (NC mimics, empty vectors,
scrambled siRNA), reporter genes (GFP, luciferase), assays on other cells
("PC12 cells were pretreated with H2O2"), vesicles put into a carrier (a
hydrogel "loaded with exosomes" is the route), routine culture steps
(trypsin, serum starvation), and the cells' own names ("SHED" is no shRNA
against "ED": the "sh"/"si" prefix counts only in lower case).
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from typing import Final

from miner.extract._candidates import Candidate
from miner.extract._context import Sentence, is_reported_elsewhere
from miner.parse.model import SectionKind

__all__ = ["modification_candidates"]

_SECTIONS: Final = (SectionKind.TITLE, SectionKind.ABSTRACT, SectionKind.METHODS, SectionKind.OTHER)

# Cheap gate on the lower-cased sentence before any pattern runs.
_GATE: Final = re.compile(
    r"transfect|transduc|infect|lentivir|adenovir|\baav\b|plasmid|vector|overexpress|over-express|"
    r"knock|silenc|sirna|shrna|\bsi-|\bsh-|load|electropor|encapsul|sonicat|hypox|\bo2\b|oxygen|"
    r"precondition|pretreat|pre-treat|prim(?:ed|ing)|stimulat|treated|exposed|incubated|engineer|mimic|agomir|"
    r"licens|display|decorat|conjugat|functionali|surface|lamp-?2b|anchor|aptamer|fused|mir-\d|-modified|added\s+(?:\w+\s+)?to\s+the|supplemented|cultured\s+with|"
    r"\bs[ih][a-z0-9]{2,10}-(?:exo|s?ev)|(?:exo|ev)s?-s[ih][a-z0-9]"
)

# Cells that are the subject of an assay, not the vesicles' parents.
_ASSAY_CELLS: Final = re.compile(
    r"\bneurons?\b(?!-)|microglia|astrocytes?|macrophages|\bPC-?12\b|\bBV-?2\b|HUVECs?|SH-SY5Y|VSC4\.1|RAW\s?264|"
    r"pericytes?|endothelial\s+cells|Schwann\s+cells|oligodendrocyt\w*|fibroblasts|"
    r"cell\s+line|\bin\s+vitro\s+model|oxygen[-\u2013\u2014\s]+glucose|\bOGD\b|spinal\s+cord\s+tissue|\bmice\s+were|\brats\s+were",
    re.IGNORECASE,
)
# The cells a ligand aims the vesicles at ("engineered with RVG to target neurons") are
# no assay's subject.
_TARGETED_CELLS: Final = re.compile(
    r"\b(?:to\s+)?target(?:ing|s)?\s+(?:the\s+)?(?:\w+\s+)?(?:neurons?|microglia|astrocytes?|macrophages)\b",
    re.IGNORECASE,
)
_PARENT: Final = re.compile(
    r"MSCs?\b|stem\s+cells?|stromal\s+cells?|[A-Za-z]*MSCs?\b|ADSCs?|DPSCs?|SHED|MenSCs?|\bcells\b|"
    r"exosom|vesic|\bs?EVs?\b|\bExos?\b",
    re.IGNORECASE,
)
_VESICLE: Final = re.compile(r"exosom|vesic|\bs?EVs?\b|\bExos?\b|-Exos?\b", re.IGNORECASE)

# ----------------------------------------------------------------------------- targets

# "miR-219a-2-3p", "miR-17-92" (a cluster), "miR-21-5p"
_MIR: Final = r"(?:hsa-|rno-|mmu-)?(?:miR|microRNA|miRNA)-?\d+[a-z]?(?:-\d{1,2}(?![\dp]))?(?:-[35]p)?"
_MIR_RX: Final = re.compile(rf"(?<![\w-]){_MIR}(?![\w])", re.IGNORECASE)
_LNC_RX: Final = re.compile(
    r"\b(?:lncRNA|LncRNA)[ -](?P<n>[A-Z][A-Za-z0-9-]{1,15})|\b(?P<c>circ-?[A-Z][A-Za-z0-9_-]{1,15})"
)
# A gene symbol: capitalised, short, with digits or all capitals (GDNF, Wnt5a, HIF-1α, TIMP2).
# "GDNF", "TSG-6", "HIF-1α", "TGF-β", "VEGF-A" (one capital after the hyphen, never the
# start of a vesicle name: "GDNF-EVs")
_GENE: Final = r"(?-i:[A-Z][A-Za-z0-9]{1,9}(?:-\d+[A-Za-zαβγ]?|-[αβγ]|-[A-Z]\b)?)"
_NOT_GENES: Final = frozenset(
    {
        "GFP", "EGFP", "eGFP", "RFP", "mCherry", "NC", "PBS", "RNA", "DNA", "MSC", "MSCs", "Exo", "Exos",
        "EV", "EVs", "The", "A", "An", "Lentivirus", "LV", "Cells", "shRNA", "siRNA", "Control", "Vector",
        "CMV", "Luciferase", "Puromycin", "Lipofectamine", "Invitrogen", "Thermo", "Sigma", "Hanbio",
        "GenePharma", "RiboBio", "Genechem", "SCI", "BMSC", "BMSCs", "ADSC", "ADSCs", "HEK293T", "HEK293",
        "OD", "MOI", "Opti-MEM", "DMEM", "FBS", "CD63", "CD9", "CD81",
        # empty and reporter constructs ("Ad-Null", "LV-Empty", "AAV-LacZ")
        "Null", "Empty", "Mock", "Scr", "Scramble", "LacZ", "Luc", "Ctrl",
    }
)  # fmt: skip
_CONTROL_BEFORE: Final = re.compile(
    r"(?:negative[- ]control|scrambled|empty|control|\bNC\b|non-?targeting|mock)[\s-]*(?:\w+[\s-]*){0,2}$",
    re.IGNORECASE,
)
_INHIBIT_AFTER: Final = re.compile(r"^[\s-]*(?:inhibitors?|antagomirs?|sponges?|antisense)", re.IGNORECASE)

# ----------------------------------------------------------------------------- verbs

# Parent cells genetically changed.
_GENETIC: Final = re.compile(
    r"transfect\w*|transduc\w*|infected|lentivir\w*|adenovir\w*|\bAAV\b|plasmids?|overexpress\w*|over-express\w*|"
    r"up-?regulat\w*|agomirs?|mimics?|(?:engineered|modified)\s+to\s+(?:over)?express|encoding|carrying|"
    r"-expressing\s+(?:\w+\s+)?(?:lenti|adeno|retro)?(?:virus|viral|vector|plasmid|construct)",
    re.IGNORECASE,
)
_KNOCK: Final = re.compile(
    # "sh"/"si" glued to a gene only in lower case: "shPTEN", "si-CTGF", never "SHED" the cells.
    r"knock-?down|knock-?out|silenc\w*|(?-i:\bsh-?(?=[A-Z]))|shRNA|(?-i:\bsi-?(?=[A-Z]))|siRNA", re.IGNORECASE
)
# Vesicles given a cargo directly.
_LOADING: Final = re.compile(
    r"electroporat\w*|\bload(?:ed|ing|s)?\b|encapsulat\w*|sonicat\w*|engineered\s+to\s+carry|packag\w*",
    re.IGNORECASE,
)
_CARRIER_LOADED: Final = re.compile(
    r"(?:hydrogel|scaffold|GelMA|matrix|sponge|gel|patch|fib(?:er|re)s?|conduit|microspheres?|nanofib\w*)"
    r"[^.;]{0,30}?\b(?:loaded|encapsulat\w*|incorporat\w*|embedded)\s+(?:with|in)\s+(?:the\s+)?[\w-]*(?:exosom|vesic|EVs?|Exos?)"
    r"|\b(?:exosome|EV|Exo|vesicle)s?-(?:loaded|laden|embedded|encapsulat\w*)",
    re.IGNORECASE,
)
_DRUG_LOADED: Final = re.compile(
    r"\b(?P<a>[A-Za-z][A-Za-z0-9-]{3,30})-loaded\s+(?:[\w-]+\s+){0,3}?(?:exosom\w*|vesicles?|s?EVs?|Exos?)\b"
    r"|\b(?:exosom\w*|vesicles|s?EVs?|Exos?)\s+(?:were\s+|was\s+)?(?:loaded|encapsulated)\s+with\s+(?:the\s+)?"
    r"(?:(?:[a-z-]+\s+){0,2}?(?:drug|compound|agent|molecule|inhibitor)\s+)?(?P<b>[A-Za-z][A-Za-z0-9-]{3,30})"
    # "Dexamethasone was loaded into exosomes by incubation"
    r"|\b(?P<c>[A-Za-z][A-Za-z0-9-]{3,30})\s+(?:was|were)\s+(?:\w+\s+)?(?:loaded|encapsulated|incorporated|packaged)\s+"
    r"into\s+(?:the\s+)?(?:[\w-]+\s+)?(?:exosom\w*|vesicles|s?EVs?|Exos?)\b"
    # "Exosomes and curcumin were co-incubated ... to load the drug" (the sentence says load)
    r"|\b(?:exosom\w*|vesicles|s?EVs?|Exos?)\s+(?:and|with)\s+(?P<d>[A-Za-z][A-Za-z0-9-]{3,30})\s+(?:was|were)\s+"
    r"(?:co-?incubated|incubated|mixed|sonicated|co-?cultured)"
    r"|\b(?P<e>[A-Za-z][A-Za-z0-9-]{3,30})\s+(?:and|with)\s+(?:the\s+)?(?:[\w-]+\s+)?(?:exosom\w*|vesicles|s?EVs?|Exos?)\s+"
    r"(?:was|were)\s+(?:co-?incubated|incubated|mixed|sonicated)"
    # "Exosomes were incubated with curcumin (20 µM) ... to load the drug": the vesicles
    # meet the cargo in the clause and the sentence says load (the gate of this pattern)
    r"|\b(?:exosom\w*|vesicles|s?EVs?|Exos?)\s+(?:were|was)\s+(?:\w+\s+)?(?:co-?incubated|incubated|mixed|sonicated|"
    r"electroporated)\s+(?:together\s+)?with\s+(?:the\s+)?(?P<h>[A-Za-z][A-Za-z0-9-]{3,30})"
    # active voice: "We loaded curcumin into exosomes", "by sonicating exosomes with curcumin"
    r"|\b(?:loaded|encapsulated|incorporated|packaged)\s+(?P<f>[A-Za-z][A-Za-z0-9-]{3,30})\s+into\s+(?:the\s+)?"
    r"(?:[\w-]+\s+)?(?:exosom\w*|vesicles|s?EVs?|Exos?)\b"
    r"|\b(?:sonicat|electroporat|extrud|co-?incubat)\w*\s+(?:the\s+)?(?:[\w-]+\s+)?(?:exosom\w*|vesicles|s?EVs?|Exos?)\s+"
    r"(?:together\s+)?with\s+(?:the\s+)?(?P<g>[A-Za-z][A-Za-z0-9-]{3,30})",
    re.IGNORECASE,
)
_NOT_CARGO: Final = frozenset(
    {
        "exosome", "exosomes", "vesicle", "vesicles", "hydrogel", "scaffold", "protein", "proteins", "sirna",
        "mirna", "microrna", "cargo", "cargos", "cargoes", "dye", "pkh26", "pkh67", "dii", "dir", "did",
        "cy5", "cy3", "fluorescent", "label", "labelled", "labeled", "gel", "gelma", "the", "either", "both",
        "different", "various", "sample", "samples", "equal", "siNC", "scrambled",
    }
)  # fmt: skip

# Preconditioning of the parent cells.
_HYPOXIA: Final = re.compile(
    r"hypoxi(?:a|c)(?:[- ](?:precondition\w*|pretreat\w*|prim\w*|culture\w*|condition\w*))?"
    r"|\b(?:[0-5](?:\.\d)?)\s?%\s*(?:O(?:2|₂)\b|oxygen)|low[- ]oxygen",
    re.IGNORECASE,
)
_PRECOND_VERB: Final = re.compile(
    r"\b(?:pre-?conditioned|pre-?treated|primed|licensed|stimulated|exposed|treated|incubated|cultured)\s+"
    r"(?:\w+\s+){0,2}?(?:with|by|to|in)\s+(?:the\s+|a\s+)?"
    # The noun and gerund forms: "priming SHED with IFN-γ", "pretreatment of BMSCs with melatonin".
    r"|\b(?:pre-?conditioning|pre-?treating|pre-?treatment|priming|licensing)\s+(?:of\s+)?(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}?(?:with|by|using)\s+(?:the\s+|a\s+)?",
    re.IGNORECASE,
)
# What stands between the verb and the agent's name: a dose ("10 µM melatonin",
# "50 ng/ml of TNF-α") and words that qualify the agent ("recombinant human IFN-γ").
_AGENT_PREFIX: Final = re.compile(
    r"(?:\d+(?:\.\d+)?\s*(?:[µμu]M|nM|mM|pM|[nµμum]g\s*/\s*m[lL]|U\s*/\s*m[lL]|%)\s+(?:of\s+)?)?"
    r"(?:(?:recombinant|human|rat|mouse|murine|purified|soluble|exogenous)\s+)*"
    # "the GSK3β inhibitor CHIR99021", "the antioxidant drug edaravone": the name follows its class
    r"(?:(?:the|a|an)\s+(?:[\w-]+\s+){0,2}?(?:inhibitor|agonist|antagonist|activator|drug|compound|antioxidant)\s+)?",
    re.IGNORECASE,
)
# The agent put into the parent cells' medium: "TNF-α (20 ng/mL) was added to the medium
# for 48 h before ...", "the medium was supplemented with 10 µM melatonin before ...".
_ADDED_AGENT: Final = re.compile(
    r"(?P<agent>(?-i:[A-Z][A-Za-z0-9]{0,12}(?:-[A-Za-z0-9αβγ]{1,6})?|[a-z][a-z0-9-]{4,30}))"
    r"(?:\s*\([^()]{0,40}\))?\s+(?:was|were)\s+added\s+(?:\w+\s+)?to\s+the\s+(?:\w+\s+)?(?:culture\s+)?medi(?:um|a)\b",
)
_SUPPLEMENTED: Final = re.compile(
    r"\bmedi(?:um|a)\s+(?:was|were)\s+(?:\w+\s+)?supplemented\s+with\s+", re.IGNORECASE
)
_BEFORE_HARVEST: Final = re.compile(
    r"\b(?:before|prior\s+to|then|and\s+then|followed\s+by|(?:and|after\s+which)\s+(?:the\s+|their\s+)?"
    r"(?:resulting|secreted|released|derived|corresponding))\b[^.;]{0,60}?"
    r"(?:exosom|vesic|EVs?\b|Exos?\b|supernatant|medium\s+was\s+collected|conditioned\s+medi)",
    re.IGNORECASE,
)
# The harvest named as a noun, before or after the verb: "For 24 h before collection the
# MSCs were treated with ...", "... prior to exosome isolation", "before harvesting".
_BEFORE_HARVEST_NOUN: Final = re.compile(
    r"\b(?:before|prior\s+to)\s+(?:the\s+)?(?:(?:exosome|vesicle|EV|sEV|medium|supernatant)s?\s+)?"
    r"(?:collection|harvest\w*|isolation|conditioning)\b",
    re.IGNORECASE,
)
_STRONG_PRECOND: Final = re.compile(r"pre-?condition|pre-?treat|\bprim(?:ed|ing)\b|licens", re.IGNORECASE)
# An agent: a capitalised name (IFN-γ, TNF-α, LPS) or a lower-case compound word.
_AGENT: Final = re.compile(
    r"(?P<agent>(?-i:[A-Z][A-Za-z0-9]{0,12}(?:-[A-Za-z0-9αβγ]{1,6})?|[αβγ][\w-]+|[a-z][a-z0-9-]{4,30}))"
    r"(?:\s*\(\s*(?P<abbr>(?-i:[A-Z][A-Za-z0-9-]{1,10}))\s*[,;)])?",
    re.IGNORECASE,
)
_NOT_AGENTS: Final = frozenset(
    {
        "trypsin", "medium", "media", "serum", "fbs", "pbs", "dmem", "exosomes", "exosome", "vesicles", "evs",
        # how far the cells grew ("cultured to 80% confluence"): a culture state, not an agent
        "confluence", "confluency", "subconfluence", "subconfluency", "near-confluence", "density",
        "exo", "exos", "cells", "the", "complete", "fresh", "normal", "normoxic", "normoxia", "standard",
        "culture", "control", "saline", "vehicle", "lentivirus", "lentiviral", "plasmid", "plasmids", "mimic",
        "mimics", "sirna", "vector", "vectors", "penicillin", "streptomycin", "antibiotics", "collagenase",
        "dispase", "edta", "paraformaldehyde", "hypoxia", "hypoxic", "transfection", "lipofectamine",
        "puromycin", "exosome-depleted", "exosome-free", "serum-free", "different", "various", "increasing",
        "conditioned", "osteogenic", "adipogenic", "chondrogenic", "differentiation", "passage", "accutase",
        "alpha-mem", "α-mem", "mem", "gfp", "pkh26", "pkh67", "dii", "dir", "cm-dil", "dil",
        # routine supplements of a culture medium, never a preconditioning
        "glutamine", "l-glutamine", "glutamax", "b27", "bfgf", "fgf2", "egf", "insulin", "heparin",
        "amphotericin", "gentamicin", "hepes", "pyruvate", "platelet", "lysate", "glucose",
        # basal media named by maker or formula
        "dulbecco", "rpmi", "rpmi-1640", "iscove", "mesencult", "stempro", "f-12", "f12", "ham", "low-glucose",
        "high-glucose", "ultroser", "knockout", "mesenchymal", "growth",
    }
)  # fmt: skip


def _cand(sent: Sentence, label: str, strength: float, span: tuple[int, int], rule: str) -> Candidate:
    return Candidate(
        "modification", label, strength, sent, sent.start + span[0], sent.start + span[1], rule
    )


def _mir_name(raw: str) -> str:
    name = re.sub(r"^(?:hsa-|rno-|mmu-)", "", raw, flags=re.IGNORECASE)
    return re.sub(r"^(?:microRNA|miRNA|miR)-?", "miR-", name, flags=re.IGNORECASE)


def _is_control(text: str, start: int, end: int) -> bool:
    return bool(_CONTROL_BEFORE.search(text[max(0, start - 40) : start])) or bool(
        _INHIBIT_AFTER.match(text[end : end + 20])
    )


def _rna_targets(text: str) -> list[tuple[str, str, int, int]]:
    """(kind, name, start, end) of every miRNA/lncRNA/circRNA named and not a control."""
    out = []
    for m in _MIR_RX.finditer(text):
        if not _is_control(text, m.start(), m.end()):
            out.append(("mir", _mir_name(m.group(0)), m.start(), m.end()))
    for m in _LNC_RX.finditer(text):
        if not _is_control(text, m.start(), m.end()):
            name = f"lncRNA {m['n']}" if m["n"] else m["c"]
            out.append(("lnc", name, m.start(), m.end()))
    return sorted(out, key=lambda t: t[2])


# A gene overexpressed in the parent cells: "overexpressing GDNF", "GDNF-overexpressing",
# "a lentivirus encoding Wnt5a", "(LV-TIMP2)", "GDNF overexpression plasmid".
_GENE_OVER: Final = re.compile(
    rf"(?:over-?express(?:ing|ion\s+of)?|encoding|carrying|expressing)\s+(?:the\s+|rat\s+|human\s+|mouse\s+)?(?:gene\s+)?(?P<a>{_GENE})"
    rf"|(?P<b>{_GENE})[- ](?:over-?express(?:ing|ion)|over-?expressed)\b"
    # "a Wnt5a-expressing adenovirus": the construct names the gene it carries
    rf"|(?P<v>{_GENE})-(?:expressing|encoding|carrying)\s+(?:\w+\s+)?(?:lenti|adeno|retro)?(?:virus|viral|vector|plasmid|construct|AAV)"
    rf"|\bLV-(?P<c>{_GENE})\b"
    # a construct named by its backbone and the gene: "pcDNA3.1-GDNF", "pLVX-TIMP2", "Ad-TSG-6"
    rf"|\b(?:pcDNA3?(?:\.1)?(?:\(\+\))?|pLVX?|pLenti|pCMV|pCDH|pEGFP|Ad|AAV\d?|oe|OE)-(?P<p>{_GENE})(?![\w-])"
    # passive: "MSCs in which TSG-6 was overexpressed by adenovirus"
    rf"|(?P<w>{_GENE})\s+(?:was|were|had\s+been)\s+(?:stably\s+)?over-?expressed\b",
    re.IGNORECASE,
)
# A gene silenced in the parent cells: "shRNA against PTEN", "sh-PTEN", "PTEN knockdown", "knockdown of PTEN".
_GENE_KNOCK: Final = re.compile(
    rf"(?:sh|si)RNA\s+(?:against|targeting|for|to)\s+(?:the\s+)?(?:\w+\s+)?(?P<a>{_GENE})|(?-i:\b(?:sh|si))-?(?P<b>(?-i:[A-Z][A-Za-z0-9]{{1,9}}))\b"
    rf"|(?P<c>{_GENE})[- ](?:(?:targeting|specific|directed)[- ])?(?:knock-?down|knock-?out|silenc\w*|(?:sh|si)RNAs?)\b"
    rf"|(?:knock-?down|knock-?out|silencing)\s+of\s+(?:the\s+)?(?:\w+\s+)?(?P<d>{_GENE})",
    re.IGNORECASE,
)


def _gene(m: re.Match[str]) -> str | None:
    name = next((g for g in m.groups() if g), None)
    if not name or name in _NOT_GENES or name.upper() in ("NC", "RNA", "CTRL"):
        return None
    return name


def _overlapping(pat: re.Pattern[str], text: str) -> Iterator[re.Match[str]]:
    """Every match of ``pat``, overlaps included: in "MSCs overexpressing HIF-1α" the cells'
    name read as a gene ("MSCs overexpressing") must not hide the gene after the verb."""
    pos = 0
    while (m := pat.search(text, pos)) is not None:
        yield m
        # the next try starts after the first word of this match, never inside it
        word = re.match(r"[\w-]*", text[m.start() :])
        pos = m.start() + max(1, word.end() if word else 1)


def _genetic(sent: Sentence) -> list[Candidate]:
    text = sent.text
    out: list[Candidate] = []
    loading = _LOADING.search(text)
    carrier = _CARRIER_LOADED.search(text)
    knock = _KNOCK.search(text)
    genetic = _GENETIC.search(text)
    for kind, name, s, e in _rna_targets(text):
        if kind == "mir" and knock and re.search(r"\bsi|\bsh", text[max(0, s - 6) : s], re.IGNORECASE):
            continue
        if loading and not carrier and _VESICLE.search(text) and not genetic:
            out.append(_cand(sent, f"{name} loading", 0.85, (s, e), "modification.loading"))
        elif genetic:
            out.append(_cand(sent, f"{name} overexpression", 0.85, (s, e), "modification.genetic"))
        elif loading and not carrier:
            out.append(_cand(sent, f"{name} loading", 0.8, (s, e), "modification.loading"))
    if knock:
        for m in _GENE_KNOCK.finditer(text):
            gene = _gene(m)
            if gene is None or _is_control(text, m.start(), m.end()):
                continue
            siloaded = loading and not carrier and _VESICLE.search(text) and "si" in m.group(0).lower()
            label = f"siRNA {gene} loading" if siloaded else f"{gene} knockdown"
            out.append(_cand(sent, label, 0.85, m.span(), "modification.knockdown"))
            break
    if genetic and not out:
        for m in _overlapping(_GENE_OVER, text):
            gene = _gene(m)
            if gene is None or _is_control(text, m.start(), m.end()):
                continue
            out.append(_cand(sent, f"{gene} overexpression", 0.8, m.span(), "modification.genetic"))
            break
    if loading and not carrier and not out:
        for m in _DRUG_LOADED.finditer(text):
            cargo = next(g for g in (m["a"], m["b"], m["c"], m["d"], m["e"], m["f"], m["g"], m["h"]) if g)
            if cargo.lower() in _NOT_CARGO or _VESICLE.fullmatch(cargo):
                continue
            if re.fullmatch(r"[A-Z][a-z]+", cargo):
                cargo = cargo.lower()  # "Curcumin-loaded exosomes ..." opens the sentence
            if cargo.lower() in ("mrna", "dna", "plasmid", "protein"):
                # "BDNF mRNA was loaded": the gene before the class word names the cargo
                key = next(k for k in "abcdefghi" if m[k])
                named = re.search(rf"(?P<g>{_GENE})[\s-]+$", text[max(0, m.start(key) - 20) : m.start(key)])
                if named is None or named["g"] in _NOT_GENES:
                    continue
                cargo = f"{named['g']} {cargo}"
            out.append(_cand(sent, f"{cargo} loading", 0.8, m.span(), "modification.loading"))
            break
    return out


def _names_agent(agent: str) -> bool:
    """``agent`` names what a culture was given: no word that names none, no vesicle, no number."""
    return agent.lower() not in _NOT_AGENTS and not _VESICLE.fullmatch(agent) and not agent[0].isdigit()


def _preconditioning(sent: Sentence) -> list[Candidate]:
    text = sent.text
    hyp = _HYPOXIA.search(text)
    if (
        hyp
        and re.search(r"cultur|precondition|pretreat|prim|expos|incubat|condition|MSC|stem|stromal", text, re.IGNORECASE)
        and (not re.search(r"\bnormoxi\w*\s+(?:exo|vesic|EV)", text, re.IGNORECASE) or "precondition" in text.lower())
    ):
        return [_cand(sent, "hypoxic preconditioning", 0.85, hyp.span(), "modification.hypoxia")]
    added = _ADDED_AGENT.search(text)
    sup = _SUPPLEMENTED.search(text)
    if (added or sup) and (_BEFORE_HARVEST.search(text) or _STRONG_PRECOND.search(text)):
        # An agent added to the culture before the vesicles were harvested.
        if added and _names_agent(added["agent"]):
            agent = added["agent"]
            return [_cand(sent, f"{agent} preconditioning", 0.75, added.span(), "modification.precondition")]
        if sup:
            pre = _AGENT_PREFIX.match(text, sup.end())
            m = _AGENT.match(text, pre.end() if pre else sup.end())
            if m and _names_agent(agent := m["abbr"] or m["agent"]):
                return [_cand(sent, f"{agent} preconditioning", 0.75, (sup.start(), m.end()), "modification.precondition")]
    for v in _PRECOND_VERB.finditer(text):
        strong = bool(_STRONG_PRECOND.search(v.group(0)))
        if not strong and not (_BEFORE_HARVEST.search(text, v.end()) or _BEFORE_HARVEST_NOUN.search(text)):
            continue  # "cells were treated with trypsin": a culture step, not a preconditioning
        pre = _AGENT_PREFIX.match(text, v.end())
        m = _AGENT.match(text, pre.end() if pre else v.end())
        if not m:
            continue
        agent = m["abbr"] or m["agent"]
        if agent.lower() in _NOT_AGENTS or agent.lower().startswith(("exosom", "vesic")):
            continue
        if _VESICLE.fullmatch(agent) or re.fullmatch(r"\d.*", agent):
            continue
        return [_cand(sent, f"{agent} preconditioning", 0.85 if strong else 0.75, (v.start(), m.end()), "modification.precondition")]
    return []


# ----------------------------------------------------------------------------- group names

# A vesicle name glued to a miRNA says what the vesicles carry: "Exo-miR-126",
# "miR-145-Exos", "BMSC-Exos-miR-26a", "sEV-miR-21"; "anti-miR"/"antagomir" inverts it.
# Negative controls ("miR-NC-Exo", "Exo-NC") have no miRNA number and never match.
_GLUED_MIR: Final = re.compile(
    rf"(?<![\w-])(?:[\w]+-)?(?:Exos?|EXOs?|exos?|s?EVs?)[-^ ]?(?P<anti1>anti-?|antagomir-?|inhibitor-?|in-)?(?P<m1>{_MIR})(?![\w-])"
    rf"|(?<![\w-])(?P<anti2>anti-?|antagomir-?)?(?P<m2>{_MIR})-(?:Exos?|EXOs?|exos?|s?EVs?)\b",
)


# A silenced gene glued to the vesicle name: "siPTEN-EVs", "shPTEN-Exo", "Exo-siCTGF";
# "siNC-EVs" names the control and is dropped with the other non-genes.
_GLUED_SI: Final = re.compile(
    r"(?<![\w-])(?-i:(?:si|sh))-?(?P<g1>(?-i:[A-Z][A-Za-z0-9]{1,9}))-(?:Exos?|EXOs?|exos?|s?EVs?)\b"
    r"|(?<![\w-])(?:[\w]+-)?(?:Exos?|EXOs?|s?EVs?)-(?-i:(?:si|sh))-?(?P<g2>(?-i:[A-Z][A-Za-z0-9]{1,9}))(?![\w-])"
)


def _group_names(sent: Sentence) -> list[Candidate]:
    """A miRNA or silenced gene named in the vesicles' group name ("Exo-miR-126", "siPTEN-EVs").

    Weaker than a stated method: the name says what was changed, not how.
    """
    out = []
    for m in _GLUED_SI.finditer(sent.text):
        key = "g1" if m["g1"] else "g2"
        gene = m[key]
        if gene in _NOT_GENES or gene.upper() in ("NC", "CTRL", "CON", "SCR", "CONTROL"):
            continue
        out.append(_cand(sent, f"{gene} knockdown", 0.6, m.span(key), "modification.group_name"))
    for m in _GLUED_MIR.finditer(sent.text):
        key = "m1" if m["m1"] else "m2"
        name = _mir_name(m[key])
        if m["anti1"] or m["anti2"]:
            label = f"{name} inhibitor loading"
        else:
            label = f"{name} overexpression"
        out.append(_cand(sent, label, 0.6, m.span(key), "modification.group_name"))
    return out


# ----------------------------------------------------------------------------- surface engineering

# A targeting ligand's name: a peptide written in capitals (CAQK, RVG, TAT, NGR), with at
# most two lower-case letters before (iRGD, cRGD) and one hyphenated part (Angiopep-2).
_LIGAND: Final = r"(?-i:[a-z]{0,2}[A-Z][A-Za-z0-9]{1,14}(?:-(?!Lamp|LAMP|CD63|PTGFRN)[A-Za-z0-9]{1,10})?)"
_VES: Final = r"(?:exosom\w*|vesicles?|s?EVs?\b|Exos?\b|nanovesicles?)"
_SURFACE: Final = re.compile(
    # "CAQK-displaying exosomes", "RVG-decorated sEVs", "iRGD-functionalised EVs"
    rf"(?<![\w-])(?P<a>{_LIGAND})[- ](?:peptide[- ])?(?:displaying|decorated|functionali[sz]ed|conjugated|grafted|"
    rf"anchored|coated|modified|engineered)\s+(?:[\w'’-]+\s+){{0,4}}?{_VES}"
    # "to display CAQK on their surface", "presenting the RVG peptide on the exosome membrane"
    rf"|(?:display|present|express|conjugat|anchor|insert)\w*\s+(?:the\s+)?(?:[\w-]+\s+)?(?P<b>{_LIGAND})"
    rf"(?:\s+peptides?)?\s+(?:on|onto|into)\s+(?:their|the|its)\s+(?:\w+\s+)?(?:surface|membranes?)"
    # "CAQK peptide was conjugated to DSPE-PEG ... and inserted into exosome membranes"
    # (the ligand may carry its qualifiers: "the IKVAV laminin-derived peptide was displayed")
    rf"|(?<![\w-])(?P<c>{_LIGAND})(?:\s+or\s+[^.;]{{0,30}}?)?\s+(?:[\w-]+\s+){{0,2}}?(?:peptides?|aptamers?|ligands?)\s+(?:was|were)\s+"
    rf"(?:\w+\s+){{0,2}}?(?:conjugated|linked|attached|anchored|inserted|grafted|coupled|fused|displayed)\b"
    rf"[^.;]{{0,100}}?(?:{_VES}|membranes?|surface)"
    # "surface-modified with the RVG peptide", "decorated with CAQK"
    rf"|(?:surface[- ](?:modified|engineered|functionali[sz]ed)|decorated|functionali[sz]ed)\s+with\s+(?:the\s+|a\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?(?P<d>{_LIGAND})(?:\s+peptides?)?\b"
    # "decorated the surface of exosomes with the neuron-targeting RVG peptide"
    rf"|(?:decorat|functionali[sz]|modif|engineer|coat)\w*\s+(?:the\s+)?(?:surface|membrane)s?\s+of\s+(?:the\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?{_VES}\s+with\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){{0,2}}?(?P<f>{_LIGAND})"
    # "engineered with the RVG peptide", "modified with a CAQK peptide": the class word says ligand
    rf"|(?:engineered|modified|conjugated|grafted|coated|armed|equipped)\s+with\s+(?:the\s+|a\s+)?"
    rf"(?:[\w-]+\s+){{0,2}}?(?P<h>{_LIGAND})\s+(?:peptides?|aptamers?)\b"
    # The ligand named by its class, its name in parentheses: "we displayed a neuron-targeting
    # peptide (RVG) on the vesicles", "presented a homing peptide (CAQK) on the sEV surface"
    rf"|(?:display|present|anchor|insert|conjugat|graft)\w*\s+(?:a|an|the)\s+(?:[\w-]+\s+){{0,2}}?"
    rf"(?:peptides?|aptamers?|ligands?)\s*\(\s*(?P<i>{_LIGAND})\s*\)\s+(?:on|onto|into|to)\s+(?:the\s+|their\s+|its\s+)?"
    rf"(?:[\w-]+\s+){{0,3}}?(?:{_VES}|surface|membranes?)"
    # The fusion written protein first: "a Lamp2b–RVG plasmid"
    rf"|(?P<fusion2>Lamp-?2b|LAMP-?2B)[-\u2013](?P<g>{_LIGAND})(?![\w-])"
    # Fusion to an exosomal membrane protein: "RVG-Lamp2b", "RVG fused to the N-terminus of Lamp2b"
    rf"|(?<![\w-])(?P<e>{_LIGAND})(?:-|\s+(?:peptide\s+)?(?:was\s+)?fused\s+(?:to|with)\s+(?:the\s+)?(?:N-terminus\s+of\s+)?)"
    rf"(?P<fusion>Lamp-?2b|LAMP-?2B|Lamp2|CD63|PTGFRN)\b",
    re.IGNORECASE,
)
_NOT_LIGANDS: Final = frozenset(
    {
        "PEG", "DSPE", "DSPE-PEG", "PKH26", "PKH67", "DiR", "DiI", "DiD", "FITC", "Cy3", "Cy5", "Cy7", "FAM",
        "GFP", "EGFP", "RFP", "Biotin", "His", "HA", "Flag", "FLAG", "MSC", "MSCs", "Exo", "Exos", "EV", "EVs",
        "SCI", "The", "A", "An", "CD63", "CD9", "CD81", "Lamp2b", "LAMP2B", "NC", "Scr", "PBS", "DNA", "RNA",
    }
)  # fmt: skip


def _surface(sent: Sentence) -> list[Candidate]:
    """A targeting ligand put on the vesicles' surface (peptide display, Lamp2b fusion)."""
    text = sent.text
    pos = 0
    while (m := _SURFACE.search(text, pos)) is not None:
        # A rejected match may hide a good one that starts inside it ("We decorated the
        # surface of exosomes with ... RVG"): search again from the next character.
        pos = m.start() + 1
        key = next(k for k in "abcdefghi" if m[k])
        agent = m[key]
        if agent in _NOT_LIGANDS or _VESICLE.fullmatch(agent) or _is_control(text, m.start(key), m.end(key)):
            continue
        if agent.upper() == agent and len(agent) > 8:
            continue  # an all-capital word that long is a heading or an acronym, not a ligand
        if sum(c.isupper() for c in agent) < 2 and not any(c.isdigit() for c in agent):
            continue  # "We engineered exosomes ...": an ordinary word, not a peptide's name
        if key in "eg" and not re.search(r"exosom|vesic|\bs?EVs?\b|\bExos?\b|plasmid|fus", text, re.IGNORECASE):
            continue
        # The class the paper names it by: a peptide, or an aptamer (a nucleic-acid ligand)
        near = text[max(0, m.start(key) - 40) : m.end(key) + 40]
        peptide = "peptide " if re.search(r"peptide", text, re.IGNORECASE) else ""
        if not peptide and re.search(r"aptamer", near, re.IGNORECASE):
            peptide = "aptamer "
        partner = m["fusion"] or m["fusion2"]
        fusion = f" ({partner} fusion)" if partner else ""
        label = f"{agent} {peptide}surface display{fusion}"
        return [_cand(sent, label, 0.85, m.span(key), "modification.surface")]
    return []


def modification_candidates(sentences: Sequence[Sentence]) -> list[Candidate]:
    """Candidates for ``modification`` from clauses that change the parent cells or the vesicles.

    Only title, abstract and methods sentences count; sentences about other
    cells (neurons, PC12, microglia ...), other studies or textbook knowledge
    give nothing. A sentence counts when it or its neighbour speaks of the
    vesicles or their parent cells ("Cells were transfected ..." in the
    paragraph after "hUC-MSCs were isolated ...").
    """
    out: list[Candidate] = []
    for i, sent in enumerate(sentences):
        if sent.section not in _SECTIONS:
            continue
        low = sent.text.lower()
        if not _GATE.search(low) or is_reported_elsewhere(sent.text):
            continue
        # A group name glued to the vesicles names them wherever it appears, even in an
        # assay on other cells ("PC12 cells were treated with Exo-miR-126").
        out.extend(_group_names(sent))
        if _ASSAY_CELLS.search(_TARGETED_CELLS.sub(" ", sent.text)):
            continue
        near = " ".join(s.text for s in sentences[max(0, i - 1) : i + 2] if s.block_index == sent.block_index)
        if not _PARENT.search(near):
            continue
        surface = _surface(sent)
        out.extend(surface)
        if not surface:
            # A ligand "conjugated"/"engineered" onto the vesicles is not a cargo they carry.
            out.extend(_genetic(sent))
        out.extend(_preconditioning(sent))
    return out
