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
from typing import Final

from miner.extract._candidates import Candidate
from miner.extract._context import Sentence, antecedent
from miner.extract._num_animals import says_equal
from miner.extract._num_cohort import _animals, _split_back
from miner.extract._num_doses import _DOSE_HEADING, _doses
from miner.extract._num_schedule import (  # _assessed_at: tests name it by this module
    _SCHEDULE_LABEL,
    _WORDY_SCHEDULE,
    _assessed_at,  # noqa: F401
    _schedule,
    anchored_columns,
)
from miner.extract._num_sizes import _sizes
from miner.extract._num_tables import arm_list_group_sizes, table_group_sizes
from miner.parse.model import SectionKind

__all__ = ["numeric_candidates"]


# A footnote line that counts animals ("n = 10 per group", "eight rats per group").
_TABLE_NOTE_N: Final = re.compile(r"\bn\s*=\s*\d|\b(?:rats|mice|animals)\b", re.IGNORECASE)


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
