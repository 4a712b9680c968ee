"""The dose the animals received, from administration sentences and design-table rows.

What the animals got ("100 µg exosomes in 200 µL PBS via the tail vein"), not what cells in
a dish were treated with ("50 µg/mL"), a bench step ("Exosomes (50 µg) were loaded") or
another study's amount ("others gave 200 µg per rat [5]"). Used by ``_numeric``.
"""

from __future__ import annotations

import re
from typing import Any, Final

from miner.extract import quantities as qty
from miner.extract._candidates import Candidate
from miner.extract._context import Sentence, is_reported_elsewhere
from miner.extract._num_context import (
    _ADMIN,
    _CARRIER,
    _DOSE_WORD,
    _IN_VITRO,
    _IN_VIVO,
    _LAB_ASSAY,
    _PREPARATION,
    _VESICLE,
    _agent_nearer,
    _c,
)

# A parenthetical that only says how the dose was measured ("(protein by BCA)").
_BASIS_REMARK: Final = re.compile(
    r"\([^()]{0,60}\b(?:BCA|Bradford|protein|NTA)\b[^()]{0,60}\)", re.IGNORECASE
)


def _conc_times_volume(text: str) -> tuple[dict[str, Any], qty.Quantity] | None:
    """The dose as volume x concentration: "200 µL of exosomes (1 µg/µL)", "10 µl of a
    1 µg/µl suspension", "100 µl (1 x 10^10 particles/mL)". The volume is the one written
    next to the concentration, not a flush or a vehicle volume elsewhere in the sentence.
    Protein comes out in µg (mg from 1000 µg up), particles as particles."""
    concs = [c for c in qty.find_concentrations(text) if c.value["per"] in ("ul", "ml")]
    if len(concs) != 1:
        return None
    conc = concs[0]

    def gap(v: qty.Quantity) -> int:
        return max(conc.start - v.end, v.start - conc.end)

    near = sorted((gap(v), v.start, v) for v in qty.find_volumes(text) if gap(v) <= 40)
    if not near:
        return None
    c, vol = conc.value, near[0][2].value
    per_ul = 1.0 if c["per"] == "ul" else 1e-3
    amount = c["amount"] * per_ul * vol["amount"]
    if c["unit"] == "particles":
        return {
            "amount": amount,
            "unit": "particles",
            "volume_ul": vol["amount"],
            "basis": "particles",
        }, conc
    if c["unit"] == "mg":
        amount *= 1000.0
    unit = "ug"
    if amount >= 1000.0:
        amount, unit = amount / 1000.0, "mg"
    value = {
        "amount": round(amount, 6),
        "unit": unit,
        "volume_ul": vol["amount"],
        "basis": "protein",
    }
    return value, conc


# Another study's dose in a clause of ours: "Other groups giving 100 µg reported larger
# effects [5]; our dose was 10-fold lower", "others gave 200 µg per rat [5]".
_CITED: Final = re.compile(r"\[\s*\d+(?:\s*[,–-]\s*\d+)*\s*\]|\bet\s+al\b")
_OTHERS_DID: Final = re.compile(
    r"\bothers\b|\b(?:earlier|previous|prior|other)\s+(?:\w+\s+)?(?:work|studies|study|reports?|groups?|trials?)\b|"
    r"\breported\b|\bused\s+by\b",
    re.IGNORECASE,
)


def _cited_clause(text: str, start: int) -> bool:
    """The clause holding ``text[start]`` reports another study's amount."""
    left = text.rfind(";", 0, start) + 1
    right = text.find(";", start)
    clause = text[left : right if right >= 0 else len(text)]
    if re.search(r"\bas\s+(?:previously\s+)?described\b", clause, re.IGNORECASE):
        return False  # "as previously described [12]": our method, their recipe
    return is_reported_elsewhere(clause) or bool(_CITED.search(clause) and _OTHERS_DID.search(clause))


def _doses(sent: Sentence, prev: str, *, design: bool = False) -> list[Candidate]:
    text = sent.text
    if _IN_VITRO.search(text) and not _IN_VIVO.search(text):
        return []
    if _LAB_ASSAY.search(_BASIS_REMARK.sub(" ", text)):
        return []
    admin = design or bool(_ADMIN.search(text))
    vivo = bool(_IN_VIVO.search(text))
    vesicle = bool(_VESICLE.search(text)) or bool(_VESICLE.search(prev))
    # A carrier loaded with vesicles ("GelMA containing exosomes derived from 1 x 10^6
    # MSCs") states the dose where the carrier is made; it is implanted later.
    carrier = bool(_CARRIER.search(text)) and not _IN_VITRO.search(text)
    dose_word = bool(_DOSE_WORD.search(text))
    if not (admin or vivo or carrier) or not vesicle:
        return []
    # A preparation step with no animal in it ("Exosomes (50 µg) were loaded with siRNA")
    # weighs an amount of vesicles on the bench; the dose is what the animals got.
    prep = bool(_PREPARATION.search(text)) and not vivo and not dose_word
    out = []
    doses = [
        q
        for q in qty.find_doses(text)
        if not _agent_nearer(text, q.start, q.end) and not _cited_clause(text, q.start)
    ]
    for q in doses:
        v = q.value
        value = {
            "amount": v["amount"],
            "unit": v["unit"],
            "volume_ul": v["volume_ul"],
            "basis": v["basis"],
        }
        strength = 0.9 if admin and (vivo or design) else 0.7 if admin or vivo else 0.6
        if _IN_VITRO.search(text):
            strength *= 0.6
        if prep:
            strength *= 0.5
        if "lost_micro" in v.get("flags", []):
            strength *= 0.8
        if v.get("per_kg"):
            # "particles/kg": the contract counts particles per animal, so a per-animal
            # count beside it ("3 x 10^9 per rat (1 x 10^10 /kg)") is the dose.
            strength *= 0.6
        out.append(_c("dose", value, strength, sent, q, f"dose.{v['unit']}"))
    if not doses and admin and (vivo or dose_word):
        conc = _conc_times_volume(text)
        if conc is not None:
            value, q = conc
            out.append(_c("dose", value, 0.7, sent, q, "dose.conc_x_volume"))
    return out


# A heading or table label naming the dosing: "Dose and route", "Treatment", "Exosome
# administration", "Dosing".
_DOSE_HEADING: Final = re.compile(
    r"^\s*(?:(?:exosome|vesicle|s?EVs?|exo)\s+)?(?:dose|doses|dosing|dosage|treatment|administration|injections?|delivery)"
    r"(?:\s+(?:and|&|/)\s+(?:route|schedule|timing|administration|delivery|regimen))?\s*[:.]?\s*$",
    re.IGNORECASE,
)
