"""``isolation_detail``: the key parameters of the vesicle isolation, in reviewer shorthand.

Reviewers write the parameters someone would need to repeat the isolation:
the pelleting spin ("100,000 g 70 min"), a density cushion or gradient with its
medium and its own spin ("iodixanol 5-40% gradient 100,000 g 18 h"), the
molecular-weight cut-off of an ultrafiltration ("100 kDa ultrafiltration"),
tangential flow filtration with its cut-off, kits, columns and capture beads by
name ("qEVoriginal/70 nm", "anti-CD81 magnetic beads"). Several steps are joined
with "; " in the order the methods give them, the pelleting spin first.

Only methods sentences about the study's vesicles count (``isolation_scope``):
spins and columns of cell or tissue fractionation protocols are not isolation,
and neither are clean-up steps after it (concentrating an eluate, removing an
unbound dye or conjugate).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Final

from miner.extract import quantities as qty
from miner.extract._candidates import Candidate
from miner.extract._context import Sentence, is_reported_elsewhere
from miner.extract._scope import isolation_scope
from miner.parse.model import SectionKind

__all__ = [
    "PRECIPITATE",
    "SEC_PRODUCTS",
    "cleans_up",
    "generic_kit_method",
    "isolates_cells",
    "isolation_detail_candidates",
    "polymer_precipitation",
]

# Size-exclusion columns and resins by product name: a label opening with one says size exclusion.
SEC_PRODUCTS: Final = ("qev", "izon", "sepharose", "sephacryl")
_KIT: Final = re.compile(
    r"\b(?:ExoQuick(?:-TC)?|Total\s+Exosome\s+Isolation\s+(?:reagent|kit)|exoEasy(?:\s+Maxi)?(?:\s+kit)?|"
    # qEV columns come in pore sizes (35 nm, 70 nm) that change what they collect.
    r"qEV\s?(?:original|single|\d+)?(?:\s*(?:/|,)?\s*(?:35|70)\s*nm)?(?:\s+columns?)?|"
    # "Amicon Ultra-15 100 kDa", "Amicon Ultra-15 centrifugal filters (100 kDa MWCO)"
    r"Amicon\s+Ultra[\w\s(,-]{0,30}?\d+\s*kDa|Centricon[\w\s(,-]{0,30}?\d+\s*kDa|Vivaspin[\w\s(,-]{0,20}?\d+\s*kDa|"
    # The cut-off first: "100 kDa Amicon Ultra-15 filters"
    r"\d+\s*-?\s*kDa\s+(?:MWCO\s+|cut-?off\s+)?(?:Amicon(?:\s+Ultra)?|Centricon(?:\s+Plus)?|Vivaspin)(?:[- ]\d+)?|"
    r"miRCURY\s+Exosome[\w\s]{0,20}?kit|ExoEnrich|Exo-spin|ExoSC|"
    # Polyethylene glycol for precipitation ("PEG 6000"), not a PEG chain of a
    # conjugate ("DSPE-PEG2000-maleimide").
    r"(?:\d{1,2}(?:\.\d)?\s?%\s+(?:\(w/v\)\s+)?)?(?<![-\w])PEG\s*-?\s*\d{3,5}(?![-\w])|"
    # Size-exclusion resins and columns by product name.
    r"Sepharose\s+CL-?[246]B|Sephacryl\s+S-?\d{3}(?:\s+HR)?|izon\s+qEV\w*)",
    re.IGNORECASE,
)
# A kit by a product name the list above does not know: a brand-like token (a second
# capital or a digit: "ExoPrep-P", "VesiPure2") right before what the kit does
# ("... polymer precipitation kit", "... exosome isolation reagent"). Case-sensitive,
# so "Exosome isolation kit" (no product named) stays generic.
_NAMED_KIT: Final = re.compile(
    r"(?<![\w-])[A-Z][a-z]*(?:[A-Z]|\d|-[A-Z0-9])[\w-]*\s+"
    r"(?:(?:[Pp]olymer|[Ee]xosome|EV|[Vv]esicle)\s+)?(?:[Pp]recipitation|[Ii]solation|[Pp]urification)\s+"
    r"(?:[Kk]it|[Rr]eagent|[Ss]olution)\b"
)
# Capture by antibody: "anti-CD81 magnetic beads", "CD63 immunomagnetic beads",
# "magnetic beads coated with anti-CD63", "Exosome-Human CD63 Isolation Reagent".
_CAPTURE: Final = re.compile(
    r"(?:anti-?\s?)?CD\d{1,3}(?:[- ](?:antibody[- ])?(?:coated|conjugated))?\s+(?:immuno-?)?magnetic\s+(?:micro)?beads"
    r"|(?:immuno-?)?magnetic\s+(?:micro)?beads\s+(?:coated|conjugated|labell?ed)\s+with\s+(?:an?\s+)?anti-?\s?CD\d{1,3}"
    r"|anti-?\s?CD\d{1,3}(?:[- ](?:antibody[- ])?(?:coated|conjugated))?\s+(?:Dyna)?beads"
    r"|Exosome-Human\s+CD\d{1,3}\s+Isolation\s+Reagent|MagCapture[\w\s-]{0,30}?kit",
    re.IGNORECASE,
)
# "5–40% iodixanol gradient", "iodixanol (OptiPrep) 5–40% gradient", "30% sucrose/D2O cushion".
_GRADIENT: Final = re.compile(
    r"(?:(?P<pc>(?:\d{1,2}(?:\.\d)?\s?%?\s?[-\u2013\u2014]\s?)?\d{1,2}(?:\.\d)?\s?%)\s+(?:\(w/v\)\s+)?)?"
    r"\b(?P<m>iodixanol|OptiPrep|sucrose)\b"
    r"(?P<mid>[\w\s()%,/\u2013\u2014-]{0,30}?)\b(?:density\s+)?(?P<k>gradient|cushion)",
    re.IGNORECASE,
)
_PC_RANGE: Final = re.compile(r"\d{1,2}(?:\.\d)?\s?%?\s?[-\u2013\u2014]\s?\d{1,2}(?:\.\d)?\s?%")
_TFF: Final = re.compile(
    r"\btangential[- ]flow\s+(?:filtration|ultrafiltration)(?:\s*\(\s*(?:TFF\s*[,;]\s*)?(?P<a>\d+)\s*-?\s*kDa[^)]*\)"
    r"|[^.;]{0,60}?\b(?P<b>\d+)\s*-?\s*kDa)?",
    re.IGNORECASE,
)
_SEC: Final = re.compile(r"\bsize[- ]exclusion\s+chromatography\b", re.IGNORECASE)
# A molecular-weight cut-off of a filter the vesicles are concentrated on.
_MWCO: Final = re.compile(r"\b(?P<k>\d{1,4})\s*-?\s*kDa\b", re.IGNORECASE)
_FILTER_WORD: Final = re.compile(
    r"ultrafiltr|filters?\b|membranes?\b|cut-?off|MWCO|concentrators?|centrifugal\s+(?:filter|unit)",
    re.IGNORECASE,
)
# Clean-up after the isolation: not one of its parameters.
_CLEAN_UP: Final = re.compile(
    r"eluate|elut(?:ed|ion)|fractions?\b|unbound|unincorporated|unloaded|conjugat|\bdyes?\b|labell?(?:ed|ing)|"
    r"free\s+(?:drug|dye|siRNA|miRNA|peptide|cargo|probe|compound|ligand)",
    re.IGNORECASE,
)
# Spins that are not the isolation's, though as fast: depleting the serum of bovine
# vesicles ("exosome-depleted FBS was prepared by ultracentrifugation at 120,000 g for
# 18 h") and washing labelled or loaded vesicles free of dye or drug.
_SERUM_PREP: Final = re.compile(
    r"\b(?:FBS|fetal\s+bovine\s+serum|f(?:o|oe)etal\s+(?:calf|bovine)\s+serum|bovine\s+serum|serum)\b|"
    r"(?:exosome|EV|vesicle)s?[- ](?:depleted|free)|"
    r"deplet\w*(?:\s+(?:of|from)\s+(?:bovine\s+)?(?:extracellular\s+)?(?:exosomes|EVs|vesicles))?",
    re.IGNORECASE,
)
_VESICLE_STEP: Final = re.compile(
    r"supernatant|conditioned|exosom|vesicle|\bs?EVs?\b|\bExos?\b|pellet",
    re.IGNORECASE,
)
_SPIN_CLEAN_UP: Final = re.compile(
    r"unbound|excess|free\s+(?:dye|drug|siRNA|miRNA|cargo|peptide)|labell?(?:ed|ing)|\bPKH\d*|\bDi[RID]\b|"
    r"\bdyes?\b|stain(?:ed|ing)|after\s+(?:loading|electroporation|sonication|conjugation)|"
    r"re-?(?:isolat|purif|pellet)\w*|conjugat\w*",
    re.IGNORECASE,
)
_WASH: Final = re.compile(
    r"\bwash\w*|\bagain\b|\bre-?(?:spun|centrifug\w*|suspended)|second\s+(?:spin|round)",
    re.IGNORECASE,
)
# A cut-off that concentrates protein or RNA for an assay, not the vesicles.
_ASSAY_CONCENTRATE: Final = re.compile(r"\bprotein|western|blot|lysate|\bRNA\b", re.IGNORECASE)


def _not_isolation_spin(text: str, start: int) -> bool:
    """A fast spin that prepares the serum or cleans up labelled vesicles, not the isolation."""
    clause_start = max(text.rfind(";", 0, start), text.rfind(". ", 0, start)) + 1
    before = text[clause_start:start]
    if _SPIN_CLEAN_UP.search(before):
        return True
    # "Exosome-depleted FBS was prepared by ultracentrifugation at ...": the serum's spin,
    # unless the clause also names what the vesicles come from ("the conditioned medium of
    # cells grown in exosome-depleted FBS was ultracentrifuged at ...").
    if not _SERUM_PREP.search(before):
        return False
    return not _VESICLE_STEP.search(_SERUM_PREP.sub(" ", before))


_ISOLATION_SENT: Final = re.compile(
    r"exosom|vesicle|\bs?EVs?\b|\bExos?\b|isolat|purif|concentrat|pellet|centrifug|filtrat|column|fraction|"
    r"\bspun\b|\bspin\b|\brpm\b|cushion|gradient|supernatant|rotor|captur|beads",
    re.IGNORECASE,
)


_SPIN_FOR: Final = re.compile(
    r"[\s)\]]{0,3}(?:,\s*)?(?:for\s+)?(?P<v>\d{1,3}(?:\.\d+)?)\s*(?P<u>min(?:utes?)?|h(?:ours?|rs?)?)\b",
    re.IGNORECASE,
)


def _spin_label(g: float, minutes: float | None, unit: str = "g") -> str:
    label = f"{g:,.0f} {unit}"
    return f"{label} {minutes:g} min" if minutes is not None else label


def _spins(text: str, unit: str = "g") -> list[tuple[int, int, float, float | None]]:
    """(start, end, speed, minutes or None) of every pelleting spin in ``text``.

    ``unit="g"``: forces of >= 50,000 g; ``unit="rpm"``: rotor speeds of >= 20,000 rpm
    (an ultracentrifuge rotor; the g-force is then the rotor's, often not stated).
    """
    durations = qty.find_durations(text)
    out = []
    floor = 50_000 if unit == "g" else 20_000
    for g in qty.find_g_forces(text):
        if g.value["unit"] != unit or g.value["g"] < floor:
            continue
        after = [d for d in durations if 0 <= d.start - g.end <= 30]
        minutes = round(after[0].value["hours"] * 60, 1) if after else None
        if minutes is None:
            # "(~110,000 g) for 75 min after pre-clearing": a spin's length, though it
            # reads like a time point after an event to the general duration finder.
            spun = _SPIN_FOR.match(text, g.end)
            if spun:
                value = float(spun["v"])
                minutes = value * 60 if spun["u"].lower().startswith("h") else value
        out.append((g.start, g.end, g.value["g"], minutes))
    return out


def _near(text: str, start: int, end: int, reach: int = 40) -> str:
    """The words around ``text[start:end]``, within ``reach`` characters and the same clause (";")."""
    left = max(text.rfind(";", 0, start) + 1, start - reach)
    right = text.find(";", end)
    return text[left : min(right if right >= 0 else len(text), end + reach)]


_CONCENTRATOR: Final = re.compile(
    r"^(?P<brand>(?:Amicon\s+Ultra|Centricon(?:\s+Plus)?|Vivaspin)(?:[- ]?\d+)?)\b.*?(?P<kda>\d+\s*-?\s*kDa)$",
    re.IGNORECASE | re.DOTALL,
)


def _kit_label(raw: str) -> str:
    """A kit's name as reviewers write it: "Amicon Ultra-15 centrifugal filters (100 kDa" -> "Amicon Ultra-15 100 kDa"."""
    m = _CONCENTRATOR.match(raw)
    if m:
        kda = " ".join(m["kda"].replace("-", " ").split())
        return f"{' '.join(m['brand'].split())} {kda}"
    return re.sub(r"\s+", " ", raw).strip()


def cleans_up(text: str, start: int, end: int) -> bool:
    """A filter at ``text[start:end]`` concentrates an eluate or removes a dye: clean-up.

    Its object comes before it ("EV-rich fractions were pooled and concentrated with
    10 kDa filters") or right around it ("... on 10 kDa filters to remove unbound dye").
    """
    before = text[max(0, start - 100, text.rfind(";", 0, start) + 1) : start]
    # "(Amicon Ultra-15 (100 kDa) and qEVoriginal/70 nm, fractions 7–9)": numbered fractions
    # after the filter are the column's collection, not an eluate the filter cleans up.
    near = _FRACTION_NUMBERS.sub(" ", _near(text, start, end))
    return bool(_CLEAN_UP.search(before) or _CLEAN_UP.search(near))


_FRACTION_NUMBERS: Final = re.compile(r"\bfractions?\s+(?:#\s*|no\.\s*)?\d+(?:\s*[-–]\s*\d+)?(?![\d–-])(?!\s*(?:were|was)\b)", re.IGNORECASE)


def _gradient_label(
    m: re.Match[str], text: str, spins: list[tuple[int, int, float, float | None]]
) -> tuple[str, tuple[int, str] | None]:
    """The label of a cushion or gradient, and (start, label) of a spin stated right after it."""
    medium = "iodixanol" if m["m"].lower() == "optiprep" else m["m"].lower()
    kind = m["k"].lower()
    mid = m["mid"] or ""
    if re.search(r"D2O|D₂O|deuter", mid, re.IGNORECASE):
        medium += "/D2O"
    pc = ""
    if kind == "cushion" and m["pc"]:
        pc = re.sub(r"\s", "", m["pc"]) + " "  # "30% sucrose cushion": the strength is the method
    # The range may come after the medium ("iodixanol 5–40% gradient") or before it
    # ("a 5–40% sucrose gradient").
    rng = None
    if kind == "gradient":
        rng = _PC_RANGE.search(mid) or (_PC_RANGE.fullmatch(m["pc"].strip()) if m["pc"] else None)
    span = re.sub(r"\s", "", rng.group(0)) + " " if rng else ""
    label = f"{pc}{medium} {span}{kind}"
    # "... iodixanol gradient at 100,000 × g for 18 h": the gradient's own spin.
    for s, _e, g, minutes in spins:
        if 0 <= s - m.end() <= 30 and ";" not in text[m.end() : s] and minutes is not None:
            return label, (s, _spin_label(g, minutes))
    return label, None


def isolation_detail_candidates(
    sentences: Sequence[Sentence], vesicle_ctx: Sequence[bool] | None = None
) -> list[Candidate]:
    """One ``isolation_detail`` candidate composing every key parameter the methods state.

    ``vesicle_ctx`` says per sentence whether it sits among vesicle words
    (``_scope.vesicle_context``); without it, the sentence alone decides.
    """
    parts: list[
        tuple[int, str, Sentence, int, int]
    ] = []  # (doc offset, label, sentence, start, end)
    best: tuple[float, int, str, Sentence, int, int] | None = None
    best_rpm: tuple[float, int, str, Sentence, int, int] | None = None
    wash: tuple[float, int, str, Sentence, int, int] | None = None
    # A gradient's own spin, by (doc offset of the spin) -> index of the gradient in parts.
    gradient_spins: dict[int, tuple[int, str]] = {}
    for i, sent in enumerate(sentences):
        if sent.section not in (SectionKind.METHODS, SectionKind.OTHER) or is_reported_elsewhere(
            sent.text
        ):
            continue
        if vesicle_ctx is not None and not isolation_scope(sent.text, vesicle_ctx[i]):
            continue  # a spin or a column of a cell-fractionation protocol
        text = sent.text
        if not _ISOLATION_SENT.search(text):
            continue
        spins = _spins(text)
        taken: list[tuple[int, int]] = []

        def add(
            label: str,
            start: int,
            end: int,
            *,
            sent: Sentence = sent,
            taken: list[tuple[int, int]] = taken,
        ) -> None:
            taken.append((start, end))
            parts.append((sent.start + start, label, sent, start, end))

        for m in _KIT.finditer(text):
            if "kda" in m.group(0).lower() and cleans_up(text, m.start(), m.end()):
                continue  # "fractions were pooled and concentrated with Amicon Ultra-4 10 kDa"
            add(_kit_label(m.group(0)), *m.span())
        for m in _NAMED_KIT.finditer(text):
            if not any(a < m.end() and m.start() < b for a, b in taken):
                add(re.sub(r"\s+", " ", m.group(0)).strip(), *m.span())
        for m in _CAPTURE.finditer(text):
            add(re.sub(r"\s+", " ", m.group(0)).strip(), *m.span())
        for m in _GRADIENT.finditer(text):
            label, spin = _gradient_label(m, text, spins)
            if spin is not None:
                gradient_spins[sent.start + spin[0]] = (len(parts), spin[1])
            add(label, *m.span())
        for m in _TFF.finditer(text):
            kda = m["a"] or m["b"]
            add("tangential flow filtration" + (f" {kda} kDa" if kda else ""), *m.span())
        for m in _SEC.finditer(text):
            add("size-exclusion chromatography", *m.span())
        if _FILTER_WORD.search(text):
            for m in _MWCO.finditer(text):
                if any(a <= m.start() < b for a, b in taken):
                    continue  # the cut-off of a named kit or of the TFF already stated
                if cleans_up(text, m.start(), m.end()) or _ASSAY_CONCENTRATE.search(
                    _near(text, m.start(), m.end())
                ):
                    continue
                add(f"{m['k']} kDa ultrafiltration", *m.span())
        # Any force of 50,000 g or more in an isolation sentence is the pelleting spin,
        # whether or not the sentence says "centrifuged" ("isolated at 110,000 x g").
        for s, e, g, minutes in spins:
            if _not_isolation_spin(text, s):
                continue
            label = _spin_label(g, minutes)
            if _WASH.search(text[max(0, s - 80, text.rfind(";", 0, s) + 1) : s]):
                # "the pellet was washed ... and spun again at 120,000 g": a repeat of the
                # pelleting spin, counted only when the paper gives no other
                if wash is None or g > wash[0]:
                    wash = (g, sent.start + s, label, sent, s, e)
                continue
            if (
                best is None
                or g > best[0]
                or (g == best[0] and minutes is not None and " min" not in best[2])
            ):
                best = (g, sent.start + s, label, sent, s, e)
        for s, e, rpm, minutes in _spins(text, "rpm") if not spins else ():
            if best_rpm is None or rpm > best_rpm[0]:
                best_rpm = (rpm, sent.start + s, _spin_label(rpm, minutes, "rpm"), sent, s, e)
    if best is None and wash is not None:
        best = wash
    if best is None and best_rpm is not None:
        best = best_rpm  # "pelleted at 40,000 rpm for 2 h": the speed is all the paper gives
    # A gradient's spin is its own parameter ("iodixanol 5-40% gradient 100,000 g 18 h")
    # unless it is the pelleting spin itself, which leads the shorthand anyway.
    for offset, (k, spin_label) in gradient_spins.items():
        if best is None or offset != best[1]:
            pos, label, psent, s0, e0 = parts[k]
            parts[k] = (pos, f"{label} {spin_label}", psent, s0, e0)
    if best is not None:
        # The pelleting spin leads the shorthand ("100,000 g 120 min; 30% sucrose cushion"),
        # the other steps follow in the order the methods give them.
        _, _pos, label, sent, s0, e0 = best
        parts.append((-1, label, sent, s0, e0))
    # A product column (qEV) already says size exclusion.
    if any(p[1].lower().startswith(SEC_PRODUCTS) for p in parts):
        parts = [p for p in parts if p[1] != "size-exclusion chromatography"]
    # A product named again in short ("re-purified on qEV columns" after "qEVoriginal/70 nm
    # columns") is the same step, not a second one.
    labels = [p[1].lower() for p in parts]
    parts = [p for p in parts if not any(o != p[1].lower() and o.startswith(p[1].lower()) for o in labels)]
    seen: set[str] = set()
    ordered = []
    for p in sorted(parts, key=lambda x: x[0]):
        if p[1].lower() not in seen:
            seen.add(p[1].lower())
            ordered.append(p)
    if not ordered:
        return []
    first = ordered[0]
    strength = 0.85 if best is not None or len(ordered) == 1 else 0.8
    return [
        Candidate(
            "isolation_detail",
            "; ".join(p[1] for p in ordered),
            strength,
            first[2],
            first[2].start + first[3],
            first[2].start + first[4],
            "isolation_detail.composed",
        )
    ]


# Media that separate cells by density (mononuclear cells from marrow or blood): a
# "density gradient" on them isolates the parent cells, never the vesicles.
_CELL_DENSITY_MEDIUM: Final = re.compile(
    r"Ficoll|Percoll|Histopaque|Lymphoprep|lymphocyte\s+separation\s+medi", re.IGNORECASE
)
# The sentence isolates cells ("MSCs were isolated by ...", "mononuclear cells were
# separated on ..."), naming neither vesicles nor what they come from.
_CELLS_ISOLATED: Final = re.compile(
    r"\b(?:cells|MSCs?|BMSCs?|hUC-?MSCs?|ADSCs?|stromal|mononuclear|PBMCs?)\b[^.;]{0,40}?"
    r"\b(?:were|was)\s+(?:\w+\s+)?(?:isolated|separated|obtained|purified|enriched|collected)",
    re.IGNORECASE,
)
_VESICLE_IN_SENT: Final = re.compile(
    r"exosom|vesic|\bs?EVs?\b|\bExos?\b|supernatant|conditioned\s+medi|pellet", re.IGNORECASE
)


def isolates_cells(text: str, start: int) -> bool:
    """The isolation method at ``start`` separates the parent cells, not their vesicles."""
    if _CELL_DENSITY_MEDIUM.search(text[max(0, start - 40) : start + 60]):
        return True
    return bool(_CELLS_ISOLATED.search(text)) and not _VESICLE_IN_SENT.search(text)


# Vesicles precipitated with a polymer, the kit unnamed: "precipitated with polyethylene
# glycol (PEG 6000)", "an exosome isolation kit based on polymer precipitation". A PEG
# chain of a conjugate ("DSPE-PEG2000") precipitates nothing.
PRECIPITATE: Final = re.compile(r"precipitat", re.IGNORECASE)
_POLYMER: Final = re.compile(
    r"polyethylene\s+glycol|(?<![-\w])PEG(?:\s*-?\s*\d{3,5})?(?![-\w])|\bpolymer", re.IGNORECASE
)
# A kit named only generically ("exosome isolation kit") whose principle the sentence states.
_KIT_PRINCIPLE: Final = (
    (
        "precipitation_kit",
        re.compile(r"precipitat|polymer|\bPEG\b|polyethylene\s+glycol", re.IGNORECASE),
    ),
    ("size_exclusion", re.compile(r"size[- ]exclusion|gel\s+filtration", re.IGNORECASE)),
    (
        "immunoaffinity",
        re.compile(
            r"immuno-?(?:affinity|magnetic|capture)|antibody[- ](?:coated|conjugated)",
            re.IGNORECASE,
        ),
    ),
)


def polymer_precipitation(sent: Sentence, near_vesicles: bool) -> list[Candidate]:
    text = sent.text
    m = PRECIPITATE.search(text)
    if m is None or not isolation_scope(text, near_vesicles) or not _VESICLE_IN_SENT.search(text):
        return []
    poly = _POLYMER.search(text)
    if poly is None:
        return []
    span = (sent.start + min(m.start(), poly.start()), sent.start + max(m.end(), poly.end()))
    return [
        Candidate(
            "isolation_method", "precipitation_kit", 0.85, sent, *span, "isolation_method.polymer"
        )
    ]


# A generic "exosome isolation kit" credited to a maker whose vesicle isolation kits all
# precipitate with a polymer (the reviewer looks the maker up: "Exosome Isolation Kit
# (Invitrogen)" is Total Exosome Isolation). Makers that also sell columns, membranes or
# antibody capture for vesicles (Qiagen, Norgen, Izon, HansaBioMed) tell nothing.
_PRECIPITATION_MAKER: Final = re.compile(
    r"\b(?:Invitrogen|System\s+Biosciences|SBI|RiboBio|Ribobio|Umibio|UmiBio|Cib\s+Biotech|Invent\s+Biotechnologies)\b"
)
_CAPTURE_WORDS: Final = re.compile(r"\bCD\d{1,3}\b|magnetic|\bbeads?\b|antibod", re.IGNORECASE)


# Where a kit's maker is written: its own bracket ("kit (Invitrogen, Carlsbad, CA)"), a
# "from"/"by"/"of" phrase after it, or the maker's name just before it. The clause ends
# at a comma, semicolon or "and", so a maker of the next reagent ("a BCA kit (Invitrogen)")
# is not the kit's.
_KIT_BRACKET: Final = re.compile(r"\s*\(([^()]{0,60})\)")
_KIT_BY: Final = re.compile(
    r"\s*+(?:,\s*+)?(?:from|by|of|purchased\s++from|obtained\s++from)\s++([^,;()]{0,40})", re.IGNORECASE
)
_MAKER_BEFORE: Final = re.compile(r"(?:'s)?+\s++(?:[\w-]++\s++){0,3}+$")


def _credited_maker(text: str, start: int, end: int) -> bool:
    """True when the kit at ``text[start:end]`` is credited to a precipitation-only maker."""
    own = _KIT_BRACKET.match(text, end) or _KIT_BY.match(text, end)
    if own is not None:
        return _PRECIPITATION_MAKER.search(own.group(1)) is not None
    head = text[max(0, start - 40) : start]
    return any(_MAKER_BEFORE.fullmatch(head, m.end()) for m in _PRECIPITATION_MAKER.finditer(head))


def generic_kit_method(sent: Sentence, span: tuple[int, int], penalty: float) -> list[Candidate]:
    """A generic "exosome isolation kit" with its principle (or a one-principle maker) in the same sentence."""
    hits = [norm for norm, pat in _KIT_PRINCIPLE if pat.search(sent.text)]
    rule, strength = "isolation_method.kit_principle", 0.8
    kit = (span[0] - sent.start, span[1] - sent.start)
    if not hits and _credited_maker(sent.text, *kit) and not _CAPTURE_WORDS.search(sent.text):
        hits, rule, strength = ["precipitation_kit"], "isolation_method.kit_maker", 0.7
    if len(hits) != 1:
        return []  # no principle, or two: the kit's method is not told
    return [Candidate("isolation_method", hits[0], strength * penalty, sent, *span, rule)]
