"""Numeric fields: quantities linked to the field they fill, with the domain's context rules.

* size_nm: see ``_num_sizes`` (a size the authors *measured*,
  never a textbook range or another study's numbers).
* dose: what the animals received (administration context), not what cells in
  a dish were treated with ("50 µg/mL").
* frequency / timing: from the administration sentences.
* body weight, n per group: from the animal sentences.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace
from typing import Any, Final

from miner.extract import quantities as qty
from miner.extract._candidates import Candidate
from miner.extract._context import Sentence, antecedent, is_reported_elsewhere
from miner.extract._num_animals import says_equal
from miner.extract._num_context import (
    _ADMIN,
    _ANIMAL,
    _ASSESSMENT,
    _BBB_CONTEXT,
    _CARRIER,
    _DOSE_WORD,
    _IN_VITRO,
    _IN_VIVO,
    _LAB_ASSAY,
    _OUTCOME_WORDS,
    _PREPARATION,
    _VESICLE,
    _agent_nearer,
    _c,
    housed_or_lost,
)
from miner.extract._num_sizes import _sizes
from miner.extract._num_tables import arm_list_group_sizes, table_group_sizes
from miner.extract._scope import animal_mention, human_mention
from miner.parse.model import SectionKind

__all__ = ["numeric_candidates"]

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


# "injected into the gap immediately": no anchor, but the previous sentence made the injury.
# "Immediately after, ... were injected": the preposition left without its object says the same.
_BARE_IMMEDIATE: Final = re.compile(
    r"\bimmediately\b(?!\s+(?:after|following|post|before|prior)\b(?!\s*[,;:]))", re.IGNORECASE
)
_INJURY_SENT: Final = re.compile(
    r"contus|impact|compress|transect|hemisect|injur|lesion|weight[- ]drop|\bclip|laminectom",
    re.IGNORECASE,
)


def _clause(text: str, pos: int) -> str:
    """The clause of ``text`` around ``pos``: semicolons separate statements about different things."""
    start = text.rfind(";", 0, pos) + 1
    end = text.find(";", pos)
    return text[start : end if end >= 0 else len(text)]


_TEST_SUBJECT: Final = re.compile(
    r"\b(?:scale|test|tests|testing|scoring|rating|assessment|evaluation|examination|BBB|score)\s+"
    r"(?:was|were|is|are)\s+(?:\w+ly\s+)?$",
    re.IGNORECASE,
)


def _assessed_at(text: str, pos: int) -> bool:
    """True when the nearest verb before ``pos`` in its sentence is an assessment, not a dosing."""
    head = text[:pos]
    # "The BBB scale was applied on days 0, 6 and 13", "the test was administered weekly":
    # the verb of dosing has a test for its subject, so it dates the assessment.
    admin = [
        m.end() for m in _ADMIN.finditer(head) if not _TEST_SUBJECT.search(head, max(0, m.start() - 40), m.start())
    ]
    assess = [m.end() for m in _ASSESSMENT.finditer(head)]
    return bool(assess) and (not admin or max(assess) > max(admin))


# A design table's schedule column may name the anchor once, in its header ("Schedule
# (days post-injury)", "Injection day after SCI"), and leave its cells bare ("Days 1, 3,
# 5 and 7"): each such cell is read as though it ended with the anchor.
_HEADER_ANCHOR: Final = re.compile(
    r"\b(?:post[- ]?(?:injury|SCI|lesion|operat\w*|surgery)|after\s+(?:the\s+)?(?:injury|SCI|lesion|surgery)|dpi)\b",
    re.IGNORECASE,
)
_ANCHOR_SUFFIX: Final = " post-injury"


# The anchor alone does not make a column the dosing schedule: "BBB testing (days
# post-injury)" dates the assessments. The header must also name the dosing and must not
# name an assessment, a sacrifice or a harvest.
_HEADER_DOSING: Final = re.compile(
    r"schedul|inject|administ|treatment|dosing|\bdoses?\b|timing", re.IGNORECASE
)
_HEADER_NOT_DOSING: Final = re.compile(
    r"\btest|scor|assess|\bBBB\b|behavio|sacrific|harvest", re.IGNORECASE
)


def anchored_columns(header: str) -> set[int]:
    """The columns of a design table's tab-separated header that date the dosing from the injury."""
    return {
        i
        for i, cell in enumerate(header.split("\t"))
        if _HEADER_ANCHOR.search(cell) and _HEADER_DOSING.search(cell) and not _HEADER_NOT_DOSING.search(cell)
    }


def _anchored_cells(text: str, columns: set[int]) -> list[tuple[int, str]]:
    """(offset, cell + anchor) for each of the row's cells in ``columns`` that names no anchor itself."""
    out, pos = [], 0
    for i, cell in enumerate(text.split("\t")):
        if i in columns and cell.strip() and not _HEADER_ANCHOR.search(cell):
            out.append((pos, cell + _ANCHOR_SUFFIX))
        pos += len(cell) + 1
    return out


def _cell_quantities(
    finder: Any, text: str, columns: set[int]
) -> list[qty.Quantity]:
    """``finder``'s quantities in the anchored cells, their spans clipped to the cell in ``text``."""
    out = []
    for off, cell in _anchored_cells(text, columns):
        bare = len(cell) - len(_ANCHOR_SUFFIX)
        for q in finder(cell):
            if q.start >= bare:
                continue
            end = min(q.end, bare)
            out.append(qty.Quantity(q.kind, q.value, off + q.start, off + end, text[off + q.start : off + end]))
    return out


def _schedule(
    sent: Sentence,
    prev: str,
    *,
    design: bool = False,
    columns: set[int] | None = None,
    label_end: int = 0,
) -> list[Candidate]:
    text = sent.text
    if _LAB_ASSAY.search(_BASIS_REMARK.sub(" ", text)):
        return []
    vesicle = bool(_VESICLE.search(text)) or bool(_VESICLE.search(prev))
    admin = design or bool(_ADMIN.search(text))
    if not (vesicle and admin):
        return []
    # Results and captions name groups by their treatment ("rats treated with exosomes"):
    # a time there dates an assessment unless its clause gives the vesicles and speaks of
    # no assessment ("Timeline: exosomes were injected on days 1, 2 and 3; BBB was scored weekly").
    reporting = sent.section in (SectionKind.RESULTS, SectionKind.FIGURE_CAPTION)
    if reporting and not (_ASSESSMENT.search(text) or _OUTCOME_WORDS.search(text)):
        reporting = False

    def reported(q: qty.Quantity) -> bool:
        if not reporting:
            return False
        clause = _clause(text, q.start)
        return bool(
            _ASSESSMENT.search(clause) or _OUTCOME_WORDS.search(clause)
        ) or not _ADMIN.search(clause)

    def in_vitro(q: qty.Quantity) -> bool:
        # "The implant was placed once; release in vitro was 60% over 7 days": the
        # in-vitro clause says nothing about the schedule in the other one.
        clause = _clause(text, q.start)
        return bool(_IN_VITRO.search(clause)) and not _IN_VIVO.search(clause)

    def other_agent(q: qty.Quantity) -> bool:
        return _agent_nearer(text, q.start, q.end)

    def found(finder: Any) -> list[qty.Quantity]:
        got = finder(text)
        extra: list[qty.Quantity] = []
        if columns:
            extra = _cell_quantities(finder, text, columns)
        elif label_end:
            # A label row's phrase read on its own, as the cell it was ("Schedule | Days 3,
            # 5 and 7 after injury": the list opens the cell).
            extra = [
                qty.Quantity(q.kind, q.value, q.start + label_end, q.end + label_end, q.text)
                for q in finder(text[label_end:])
            ]
        taken = [(q.start, q.end) for q in got]
        return got + [q for q in extra if not any(a < q.end and q.start < b for a, b in taken)]

    out = []
    for q in found(qty.find_frequencies):
        if (
            not in_vitro(q)
            and not _assessed_at(text, q.start)
            and not other_agent(q)
            and not reported(q)
        ):
            # "weekly" alone says the interval, not how many doses: a full statement outvotes it.
            strength = 0.9 if q.value["doses"] is not None else 0.6
            out.append(_c("frequency", dict(q.value), strength, sent, q, "frequency.regex"))
    points = [
        q
        for q in found(qty.find_time_points)
        if not _assessed_at(text, q.start) and not other_agent(q) and not reported(q)
    ]
    for q in points:
        if in_vitro(q):
            continue
        # "within 1 h of SCI" bounds an acute dose: reviewers enter the bound, less surely
        # than a stated time; a window of days ("within 7 days") says no time at all.
        if q.value["within"] and q.value["hours"] > 24:
            continue
        # A bare "(day 7)" has no anchor: SCI papers count from the injury, but less surely.
        strength = 0.6 if q.value["within"] else 0.75 if q.value["anchor"] == "day" else 0.9
        rule = "timing.regex"
        if q.value["hours"] == 0.0 and _DAY_ZERO.search(q.text):
            # "(0, 1 and 2 dpi)", "on days 0, 3 and 7": day 0 is the injury day, not an hour;
            # an hour stated for the first dose ("2 h after contusion") is more precise.
            strength, rule = 0.75, "timing.day_zero"
        out.append(_c("timing_post_injury_h", q.value["hours"], strength, sent, q, rule))
    bare = _BARE_IMMEDIATE.search(text)
    if not points and bare and not reporting and _INJURY_SENT.search(prev + " " + text):
        s, e = sent.start + bare.start(), sent.start + bare.end()
        out.append(Candidate("timing_post_injury_h", 0.0, 0.7, sent, s, e, "timing.immediate"))
    return out


# What a bare "(n = 8)" counts when no animal is named: a group of the experiment
# ("Sham group (n = 6)", "groups, n = 10 each"), not a database, a flow-diagram box
# or a formula ("Cochrane Library (n = 185)", "Excluded (n = 8)", "t[n] ... n = 1").
_GROUP_BEFORE: Final = re.compile(r"\bgroups?\b|\barms?\b|\beach\b|\bper\b", re.IGNORECASE)


def _clause_of(text: str, start: int, end: int) -> str:
    a = max(text.rfind(";", 0, start), text.rfind(":", 0, start)) + 1
    b = text.find(";", end)
    return text[a : b if b >= 0 else len(text)]


# A bare count that the sentence then splits into groups is the total: "Rats (n = 40)
# were randomly assigned to four groups", "a total of (n = 36)".
_SPLIT_AFTER: Final = re.compile(
    r"^[^.;]{0,60}?\b(?:divided|assigned|allocated|randomi[sz]ed|distributed|split)\s+(?:\w+\s+){0,2}?(?:in)?to\s+"
    r"(?:\w+\s+){0,2}?(?:groups|arms|cohorts)",
    re.IGNORECASE,
)
_TOTAL_BEFORE: Final = re.compile(
    r"\b(?:total|in\s+all|altogether|overall)\b[^.;]{0,30}$", re.IGNORECASE
)


_SHAM_BEFORE: Final = re.compile(r"\bsham\b[^,;()]{0,20}\(?\s*$", re.IGNORECASE)


def _counts_animals(text: str, q: qty.Quantity) -> bool:
    """The group size at ``q`` counts the experiment's animals, not people, records or formulae.

    A size that names its animals ("ten rats per group", "n = 10 rats") counts; any
    other needs animals in its clause, or an experimental group just before it, and
    no people or literature counts beside it ("participants (n = 54)", "PubMed (n = 152)").
    """
    clause = _clause_of(text, q.start, q.end)
    if housed_or_lost(text[max(0, q.start - 45) : q.start], q.value["per_group"]):
        return False
    if not q.value["per_group"] and (
        _SPLIT_AFTER.search(text[q.end : q.end + 120])
        or _TOTAL_BEFORE.search(text[max(0, q.start - 40) : q.start])
    ):
        return False
    animals = animal_mention(clause)
    if human_mention(clause) and not animals:
        return False
    if animal_mention(text[q.start : q.end + 12]):
        return True
    if q.value["per_group"]:
        # "excluded", "screened", "eligible" count records in a flow diagram, and animals
        # in a sentence that names them ("three animals were excluded").
        return animals or not human_mention(
            _FLOW_WORDS.sub(" ", text) if animal_mention(text) else text
        )
    return animals or bool(_GROUP_BEFORE.search(text[max(0, q.start - 80) : q.start]))


_FLOW_WORDS: Final = re.compile(r"\b(?:excluded|screened|eligible|included)\b", re.IGNORECASE)


# A cohort apart from the locomotor one: its group size is not the BBB experiment's.
_SIDE_COHORT: Final = re.compile(
    r"\b(?:separate|additional|independent|second|mechanism|mechanistic|histolog\w*|tissue|molecular)\s+"
    r"(?:\w+\s+)?(?:cohort|set\s+of\s+(?:rats|animals|mice)|batch\s+of\s+(?:rats|animals|mice))\b"
    r"|\bnot\s+(?:used\s+)?(?:for|in)\s+(?:the\s+)?(?:behaviou?ral|locomotor|BBB)\b",
    re.IGNORECASE,
)


# A footnote line that counts animals ("n = 10 per group", "eight rats per group").
_TABLE_NOTE_N: Final = re.compile(r"\bn\s*=\s*\d|\b(?:rats|mice|animals)\b", re.IGNORECASE)

# A part of each group taken for a tissue assay: "four rats per group were perfused for
# immunohistochemistry", "three animals per group were used for western blotting". Its
# count is a subset of the group, not the group size.
_ASSAY_SUBSET_AFTER: Final = re.compile(
    r"[^.;]{0,25}?\b(?:were|was)\s+(?:\w+ly\s+)?(?:perfused|sacrificed|killed|euthani[sz]ed|sampled|"
    r"processed|used|taken|collected|harvested|selected)\s+(?:\w+\s+){0,3}?(?:for|to)\s+(?:the\s+)?(?:\w+\s+)?"
    r"(?:histolog|immuno|western|PCR|qPCR|RT-qPCR|RNA|protein|tissue|morpholog|molecular|electron|TEM|"
    r"biochem|ELISA|stain|sectioning|section)",
    re.IGNORECASE,
)


# The count is of animals lost: "two rats per group died", "one rat in each group was
# excluded (autophagia)", "2 animals per group were euthanised before day 7".
_LOST_AFTER: Final = re.compile(
    r"(?:\s*+(?:injured\s+|treated\s+|SCI\s+|experimental\s+)?(?:groups?|arms?)\b)?\s*+(?:\([^()]{0,40}\)\s*)?(?:died|(?:were|was)\s+(?:\w+ly\s+)?(?:lost|excluded|removed|withdrawn|"
    r"euthani[sz]ed|killed|found\s+dead|not\s+included|dropped))\b",
    re.IGNORECASE,
)


def _animals(sent: Sentence) -> list[Candidate]:
    text = sent.text
    out = []
    if _ANIMAL.search(text) and (animal_mention(text) or not human_mention(text)):
        for q in qty.find_body_weights(text):
            value = {"low": q.value["low"], "high": q.value["high"]}
            out.append(_c("body_weight_g", value, 0.9, sent, q, "body_weight.regex"))
    if not _IN_VITRO.search(text) or _ANIMAL.search(text):
        sizes = qty.find_group_sizes(text)
        # "the power calculation gave 7 per group; to allow for losses 8 per group were
        # used": the calculation's minimum gives way to the number the study used.
        used = any(_USED.search(_clause(text, q.start)) for q in sizes)
        for q in sizes:
            if not _counts_animals(text, q):
                continue
            strength = 0.9 if q.value["per_group"] else 0.5
            clause = _clause(text, q.start)
            if used and len(sizes) > 1 and _CALCULATED.search(clause) and not _USED.search(clause):
                strength *= 0.6
            if _BBB_CONTEXT.search(text):
                strength = min(1.0, strength + 0.05)
            if not _ANIMAL.search(text) and not _BBB_CONTEXT.search(text):
                strength *= 0.6
            if _LOST_AFTER.match(text, q.end):
                continue  # "two rats in each injured group died": the losses, not the group
            if _SIDE_COHORT.search(text):
                strength *= 0.5  # "a separate mechanism cohort (five rats per group)"
            elif _ASSAY_SUBSET_AFTER.match(text, q.end):
                strength *= 0.4  # "four rats per group were perfused for histology"
            if _ANALYSED_BEFORE.search(text[max(0, q.start - 60) : q.start]) or _ANALYSED_AFTER.match(
                text, q.end
            ):
                strength *= 0.4  # the rats left after losses; the sheet takes those allocated
            elif _ALLOCATED.search(_clause(text, q.start)):
                strength = min(1.0, strength * 1.1)  # the allocation itself: the sheet's convention
            if _SHAM_BEFORE.search(text[max(0, q.start - 30) : q.start]):
                strength *= (
                    0.7  # sham groups are often smaller; the BBB comparison is treated vs vehicle
                )
            out.append(_c("n_per_group", q.value["n"], strength, sent, q, "n_per_group.regex"))
    return out


# A group size counted after deaths or exclusions: "leaving 11 rats per group for
# analysis", "the remaining 9 rats per group", "8 rats per group survived to day 28".
_ANALYSED_BEFORE: Final = re.compile(
    r"\b(?:leaving|remaining|remained|left\s+with|surviv\w+|completed)\b[^.;()]{0,30}$", re.IGNORECASE
)
_ANALYSED_AFTER: Final = re.compile(
    r"[^.;]{0,30}?\b(?:(?:were|was)\s+(?:included\s+in\s+(?:the\s+)?)?analy[sz]ed|for\s+(?:the\s+)?(?:final\s+)?analys[ie]s|"
    r"remained|survived|completed\s+the)\b",
    re.IGNORECASE,
)


_CALCULATED: Final = re.compile(
    r"\b(?:sample\s+size|power\s+(?:analysis|calculation)|calculat\w+|estimated|required|needed|minimum)\b|\bgave\b",
    re.IGNORECASE,
)
_USED: Final = re.compile(
    r"\b(?:were|was)\s+(?:used|included|enrolled|allocated|assigned|randomi[sz]ed)\b|\bto\s+(?:allow|account)\s+for\b",
    re.IGNORECASE,
)
_ALLOCATED: Final = re.compile(
    r"\b(?:randomi[sz]ed|randomly|allocated|assigned|divided|distributed)\b", re.IGNORECASE
)


def _split_back(sent: Sentence, before: str) -> list[Candidate]:
    """Equal groups of a total an earlier sentence of the paragraph gave: the number allocated."""
    if _IN_VITRO.search(sent.text) and not _ANIMAL.search(sent.text):
        return []
    return [
        _c("n_per_group", q.value["n"], 0.9, sent, q, "n_per_group.equal_split")
        for q in qty.find_equal_split_back(sent.text, before)
    ]


# A design table ("Group | Treatment | Dose | Schedule") states each arm's dose and schedule
# in its rows; its header says what the cells are.
_DESIGN_HEADER: Final = re.compile(
    r"\b(?:dose|dosage|schedule|regimen|treatment|administration|route|timing|frequency)\b",
    re.IGNORECASE,
)
_TABLE_TITLE: Final = re.compile(r"^\s*Table\s+\w+\s*[:.]", re.IGNORECASE)


def _paragraphs(sentences: Sequence[Sentence]) -> dict[int, str]:
    """Each block's text (its sentences joined, capped), for context a sentence leaves out."""
    out: dict[int, list[str]] = {}
    for s in sentences:
        out.setdefault(s.block_index, []).append(s.text)
    return {k: " ".join(v)[:3000] for k, v in out.items()}


def numeric_candidates(
    sentences: Sequence[Sentence], headings: dict[int, str] | None = None
) -> list[Candidate]:
    """Candidates for size_nm, dose, frequency, timing_post_injury_h, body_weight_g and n_per_group.

    ``headings`` maps a block index to the heading right above that block, where there
    is one (a PDF often lays a protocol table out as short headings over phrases).
    """
    out: list[Candidate] = []
    prev = ""
    prev_block = -1
    paragraphs = _paragraphs(sentences)
    design_blocks: dict[int, set[int]] = {}
    block_count = 0  # the sentences of the current block so far, this one included
    before_tail = ""  # the last 1500 characters of the current block's text so far
    for i, sent in enumerate(sentences):
        # The sentence before a short block (a footer, a stray line) that sits between
        # two paragraphs: such a block must not cut a sentence off from its antecedent.
        lone_before = ""
        if sent.block_index != prev_block:
            k = antecedent(sentences, i - 1) if i else None
            lone_before = sentences[k].text if k is not None and k >= 0 else ""
            prev_block = sent.block_index
            block_count, before_tail = 0, ""
        # The block's text before this sentence, its last 1500 characters kept as it grows:
        # re-joining the block for every sentence would cost the square of its length.
        before = before_tail
        before_tail = (before_tail + " " + sent.text)[-1500:] if block_count else sent.text[-1500:]
        block_count += 1
        low = sent.text.lower()
        digit = _DIGIT.search(low) is not None
        if sent.section == SectionKind.TABLE:
            # Results tables are the outcome extractor's; a table's title line is a caption
            # ("BBB scores (mean ± SD; n = 9 rats per group)"), and the rows of a design
            # table state doses and schedules.
            if _TABLE_TITLE.match(sent.text):
                if digit:
                    out.extend(_animals(sent))
                if (digit or _WORDY_SCHEDULE.search(low)) and any(w in low for w in _ADMIN_HINTS):
                    # A design table's caption dates its dosing ("Table 1: Groups (n = 12
                    # each). The first injection was given 24 h after injury"); the vesicles
                    # may be named only in the rows below. Read as a caption, so a time that
                    # dates an assessment ("BBB scores of treated rats at 7 dpi") is left out.
                    rows = paragraphs.get(sent.block_index + 1, "")
                    caption = replace(sent, section=SectionKind.FIGURE_CAPTION)
                    out.extend(_schedule(caption, prev + " " + rows))
            elif (
                "\t" not in sent.text
                and (digit or any(w in low for w in _WORD_NUM_HINTS))
                and _TABLE_NOTE_N.search(sent.text)
            ):
                # A table's footnote ("Two rats per injured group died, leaving n = 10 per
                # group") states the group size as a caption does; its rows stay the
                # outcome extractor's.
                out.extend(_animals(sent))
                out.extend(arm_list_group_sizes(sent))
            elif "\t" in sent.text and _DESIGN_HEADER.search(sent.text) and not digit:
                design_blocks[sent.block_index] = anchored_columns(sent.text)
            elif sent.block_index in design_blocks and (digit or _WORDY_SCHEDULE.search(low)):
                out.extend(_doses(sent, prev, design=True) if digit else [])
                out.extend(_schedule(sent, prev, design=True, columns=design_blocks[sent.block_index]))
            prev = sent.text
            continue
        # Cheap gates first: most sentences of a paper hold none of these
        # quantities, and the full patterns cost far more than a substring test.
        # The vesicles may be named only earlier in the paragraph ("Injections were given ...").
        context = prev + " " + paragraphs.get(sent.block_index, "")
        if lone_before:
            context = lone_before + " " + context
        if digit and "nm" in low:
            out.extend(_sizes(sent, prev))
        # A protocol table's "Schedule | Days 3, 5 and 7 after injury" row (read as a methods
        # sentence) states the dosing by its label alone, with no verb of administration.
        label = _SCHEDULE_LABEL.match(sent.text)
        # A protocol table a PDF lays out as a short heading over its phrase ("Dose and
        # route" / "30 µg sEVs in 30 µL as nasal drops"): the heading says it is the dosing.
        heading = headings.get(sent.block_index, "") if headings and block_count == 1 else ""
        headed = len(heading) <= 40 and _DOSE_HEADING.match(heading) is not None
        if (digit or _WORDY_SCHEDULE.search(low)) and (
            label or headed or any(w in low for w in _ADMIN_HINTS)
        ):
            doses = _doses(sent, context) if digit else []
            if digit and headed and not doses:
                # the heading alone says it is the dose: a little less sure than a verb
                doses = [replace(c, strength=c.strength * 0.8) for c in _doses(sent, context, design=True)]
            out.extend(doses)
            out.extend(_schedule(sent, context, design=label is not None, label_end=label.end() if label else 0))
        if (digit or any(w in low for w in _WORD_NUM_HINTS)) and any(
            w in low for w in _ANIMAL_HINTS
        ):
            out.extend(_animals(sent))
        if digit and "=" in low and "(" in low:
            out.extend(arm_list_group_sizes(sent))
        if block_count > 1 and says_equal(low):
            out.extend(_split_back(sent, before))
        prev = sent.text
    out.extend(table_group_sizes(sentences))
    return out


_DIGIT: Final = re.compile(r"\d")
_DAY_ZERO: Final = re.compile(r"(?<![\d.])0(?:\s*(?:,|and\b|&)|\s*(?:dpi|d|days?)\b)|\b(?:days?|D)\s*0\b", re.IGNORECASE)
# The label of a protocol-table row that states the dosing schedule ("Schedule", "Dosing
# regimen", "Treatment timing"): a label, not a sentence, so no verb follows it.
_SCHEDULE_LABEL: Final = re.compile(
    r"(?:(?:dosing|treatment|injection|administration|exosome|vesicle|EV)\s+)?"
    r"(?:schedule|regimen|timing|frequency)\s+(?!(?:of|was|were|is|are|for|and)\b)",
    re.IGNORECASE,
)
# Schedules written without a digit: "a single injection", "placed once", "only one dose",
# "injected immediately".
_WORDY_SCHEDULE: Final = re.compile(
    r"\bsingle\b|\bonce\b|\bone\b|\bimmediately\b|\btwice\b|\bthrice\b|\bdaily\b|\bweekly\b|\bevery\b|"
    r"\balternate\b|\bconsecutive\b|\bat\s+the\s+time\s+of\b|intra-?operativ|\bon\s+the\s+[a-z-]+\s+(?:day|week)\b"
)
# A heading or table label naming the dosing: "Dose and route", "Treatment", "Exosome
# administration", "Dosing".
_DOSE_HEADING: Final = re.compile(
    r"^\s*(?:(?:exosome|vesicle|s?EVs?|exo)\s+)?(?:dose|doses|dosing|dosage|treatment|administration|injections?|delivery)"
    r"(?:\s+(?:and|&|/)\s+(?:route|schedule|timing|administration|delivery|regimen))?\s*[:.]?\s*$",
    re.IGNORECASE,
)
_ADMIN_HINTS: Final = (
    "inject", "administ", "deliver", "receiv", "infus", "transplant", "implant", "treated", "given", "appli",
    "instill", "vein", "intraven", "intrathec", "intraperit", "intranas", "dose", "dosage", "once", "daily",
    "hydrogel", "scaffold", "gelma", "containing", "loaded", "embedded", "began", "begun", "started",
    "initiated", "commenced",
    # "Each gel held 2 x 10^10 particles": a carrier's content is the dose it delivers
    "gel", "contain", "held",
)  # fmt: skip
_ANIMAL_HINTS: Final = (
    "rat",
    "mice",
    "mouse",
    "animal",
    "weigh",
    "group",
    "n =",
    "n=",
    "sprague",
    "wistar",
)
_WORD_NUM_HINTS: Final = ("eight", "six", "ten", "five", "four", "seven", "nine", "twelve", "three")
