"""Locomotor scores written in sentences: which group, which day, which value.

Results sections state BBB (rats) or BMS (mice) values in a handful of shapes::

    At 28 days the BBB score of the Exo group was 11.2 ± 1.3 versus 7.5 ± 1.1 in the PBS group.
    At 7 days the scores did not differ (SCI 2.9 ± 0.5, Exo 3.6 ± 0.6, Exo-miR-26a 4.1 ± 0.5).
    ... and on day 28 it reached 10.3 ± 1.6 versus 7.4 ± 1.5.
    BBB scores were 12.1 ± 1.0 and 8.3 ± 0.9 in the EV and PBS groups, respectively.

Each value (a mean with its dispersion) gets the time point written before it
(or after it, when none precedes), and a group from the words around it: a label
right before ("the Exo group was", "Exo:", "SCI 2.9"), a label right after ("in
the PBS group", "(EV)"), a "respectively" list, or, for values without a label,
the order of the groups in the previous comparison of the same sentence. Values
whose group cannot be read are left out: a row with a guessed group is worse
than no row.

Layout: the scale and its range in ``_outcome_scale``, where a sentence writes a
value in ``_outcome_values``, one sentence's values with their groups and days in
``_outcome_sentence``; here, the walk over the paper's sentences.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import Final

from miner.extract._context import Sentence, is_reported_elsewhere
from miner.extract._numbers import fold
from miner.extract._outcome_labels import generic_name, group_names
from miner.extract._outcome_pairs import TableValues
from miner.extract._outcome_references import PAIR_WORD, two_arms
from miner.extract._outcome_scale import (
    SCALE_MAX,
    SEM_ANY,
    dispersion_type,
    document_scale,
    sentence_scale,
)
from miner.extract._outcome_sentence import TextValue, sentence_values
from miner.extract._outcome_since_dose import dose_frame, since_dose_times, treatment_start_day
from miner.extract._outcome_time import (
    RELATIVE,
    TIME,
    apply_codes,
    final_times,
    relative_times,
    scoring_time_of,
    time_codes,
)
from miner.extract._outcome_values import (
    VALUE,
    decimal_points,
    described_labels,
    group_lists,
    scale_parts,
)
from miner.parse.model import SectionKind

__all__ = [
    "SCALE_MAX",
    "SEM_ANY",
    "TextValue",
    "document_scale",
    "group_names",
    "sentence_scale",
    "text_values",
]

# Sentences without a scale name still report it when they speak of scores or
# hind-limb function and the paper uses one scale only.
_SCORE_WORD: Final = re.compile(
    r"\bscor(?:e|es|ed|ing)\b|locomot|hind-?\s?limb|motor\s+function|functional\s+recovery|"
    r"parapleg|paraly[sz]|\bwalk|weight[- ]support|\bstepping",
    re.IGNORECASE,
)
# ... unless they speak of another measure.
_OTHER_MEASURE: Final = re.compile(
    r"inclined[\s-]+plane|Tarlov|footprint|grid[- ]walk|rotarod|ladder|\bMEPs?\b|amplitude|latency|"
    r"lesion\s+(?:area|volume|size)|cavity|histolog|pain|withdrawal|threshold|\bIOD\b|density|expression|"
    r"positive\s+cells|\bcells\b|\bnumber\s+of|neurons?\b|axons?\b|\bratio\b|fold|percentage|proportion|"
    r"\blevels?\b|concentration|body\s+weight|volume|\barea\b|intensity|protein|mRNA|"
    # Other rating scales than BBB and BMS.
    r"\bcounts?\b|stain(?:ing|ed)\b|immuno|"
    r"Louisville|swim|\bLSS\b|\bmNSS\b|Rivlin|\bCBS\b|combined\s+behaviou?ral",
    re.IGNORECASE,
)
_NOT_OWN: Final = re.compile(
    r"sub-?scores?|sub-?scale|\bet\s+al\b|previous(?:ly)?\s+(?:stud|report|publish)|other\s+stud|"
    r"(?:were|was|been|as)\s+reported\s+(?:by|in|previously)|\bin\s+(?:their|that|those)\s+stud|"
    # Another lab's result quoted in the results: "another group found that vehicle rats ...",
    # "in a similar study ...", "Li and colleagues ...", "our earlier work ...".
    r"\b(?:another|a\s+(?:similar|separate|recent|previous|prior|earlier|different|comparable)|"
    r"an\s+(?:earlier|independent|analogous))\s+(?:research\s+)?(?:group|lab(?:oratory)?|team|study|report|work)"
    r"\s+(?:(?:has|had|have)\s+)?(?:also\s+)?(?:found|reported|showed|shown|observed|described|demonstrated|noted)\b|"
    r"\bin\s+(?:a|an|one)\s+(?:similar|recent|previous|prior|earlier|independent|comparable)\s+(?:study|report|work|model)\b|"
    r"\b(?:our|their|his|her)\s+(?:previous|earlier|prior)\s+(?:study|studies|work|report|findings)\b|"
    r"\band\s+(?:colleagues|co-?workers)\b",
    re.IGNORECASE,
)


# A value with a unit, or a measure no locomotor scale has: the paragraph reports something else.
_UNIT_VALUE: Final = re.compile(
    r"\d\s*+(?:%|°|[pnµμu]g\b|mg\b|m[lL]\b|[nµμm]m\b|[nµμm]M\b|degrees?\b|fold\b|cells\b|s\b|sec\b|min\b)"
    r"|\b(?:IL|TNF|Evans|GFAP|Iba|NeuN|MBP|caspase|ELISA|western|qPCR)\b"
    # Changes and differences are no scores either: "expressed as change from day 0, C gained ...".
    r"|\bchang(?:e|es|ed)\b|\bgain(?:s|ed)?\b|\bdifferences?\b|\bpoints?\b|\bdelta\b",
    re.IGNORECASE,
)


# A sentence that scores listed groups in turn: "scored a, b and c, respectively".
_BARE_LIST: Final = re.compile(r"\bscor(?:e|es|ed)\b[^;]{0,200}?\brespectively\b", re.IGNORECASE)
# ... not changes, differences or gains written the same way ("differences of a and b, respectively").
_BARE_LIST_NOT: Final = re.compile(
    r"differen|chang|gain|improv|increas|decreas|declin|higher|lower|\bmore\b|\bless\b|\bpoints?\b|"
    r"\bby\s++\d|fold|%|\bn\s*+=|subscore|sub-score|previous|reported",
    re.IGNORECASE,
)


# Both scales a sentence may name ("BBB scores were a and b, and BMS scores c and d").
_SCALE_NAMES: Final = (
    ("BMS", re.compile(r"\bBMS\b|Basso\s+Mouse\s+Scale", re.IGNORECASE)),
    ("BBB", re.compile(r"\bBBB\b|Basso[,\s-]+Beattie", re.IGNORECASE)),
)
_SCALE_HINT: Final = re.compile(r"BBB|BMS|Basso", re.IGNORECASE)
_SCALE_SECTIONS: Final = (SectionKind.METHODS, SectionKind.RESULTS, SectionKind.FIGURE_CAPTION)
# "exosomes from control-transduced cells gave 9.6 ± 1.4": the source of a group, not a measure.
_SOURCE_CELLS: Final = re.compile(
    r"\b(?:exosomes?|EVs?|sEVs?|vesicles?|Exos?)\s+(?:derived\s+|isolated\s+|secreted\s+)?"
    r"from\s+[^,;.()\d]{0,40}?\bcells\b"
    # "Exosomes and cells produced parallel curves", "cells versus EVs": the two therapies a
    # paper compares, set side by side as groups, not cells counted.
    r"|\b(?:exosomes?|EVs?|sEVs?|vesicles?|Exos?)\s++(?:and|or|versus|vs\.?)\s++(?:the\s++)?(?:parent\s++|whole\s++)?cells\b"
    r"|\b(?:whole\s++|parent\s++)?cells\s++(?:and|or|versus|vs\.?)\s++(?:the\s++|their\s++)?(?:exosomes?|EVs?|sEVs?|vesicles?|Exos?)\b",
    re.IGNORECASE,
)


# A subscore clause after the sentence's own scores: ", and the BBB subscore ...", "; subscores ...".
_SUBSCORE_CLAUSE: Final = re.compile(
    r"(?:,\s*(?:and|while|whereas|but)|;)\s+(?:the\s+)?(?:BBB\s+|BMS\s+)?sub-?scores?\b",
    re.IGNORECASE,
)


def _own_clause(text: str) -> str | None:
    """The words before a trailing subscore clause, when they hold no other trap; else None."""
    m = _SUBSCORE_CLAUSE.search(text)
    if m is None or _NOT_OWN.search(text[: m.start()]):
        return None
    return text[: m.start()]


def _other_measure(text: str) -> bool:
    """The sentence speaks of another measure than locomotor scores."""
    return bool(_OTHER_MEASURE.search(_SOURCE_CELLS.sub(" ", text)))


# Where a clause of its own opens: "; ", ", and ", ", whereas ", " while ".
_CLAUSE_BREAK: Final = re.compile(r";\s*|,\s*(?:and|but|while|whereas)\s+|\s(?:whereas|while)\s+", re.IGNORECASE)


def _before_other_measure(text: str) -> str | None:
    """ "Exo rats improved by day 28 (a vs b), and Iba1+ cells shifted (c vs d)": the clauses
    before the one that speaks of another measure, when they give values with a dispersion and
    speak of none themselves; else None (the other measure opens the sentence, or no clause
    break sets it apart)."""
    end = _other_measure_end(text)
    if end is None:
        return None
    # The last break before the other measure's first mention.
    cut = max((m.start() for m in _CLAUSE_BREAK.finditer(text) if m.start() < end), default=None)
    if cut is None:
        return None
    head = text[:cut]
    if not VALUE.search(head) or _other_measure(head) or not _other_measure(text[cut:]):
        return None
    return head


def _other_measure_end(text: str) -> int | None:
    """Where the first mention of another measure ends in ``text`` (group sources masked as in
    ``_other_measure``), or None. Each source is blanked to as many spaces as it is long, so a
    position in the masked text is the same position in ``text``."""
    found = _OTHER_MEASURE.search(_SOURCE_CELLS.sub(lambda m: " " * len(m[0]), text))
    return None if found is None else found.end()


# "better than all other groups", "*P < 0.05 vs. both other groups": the study's own groups, which
# the test for other laboratories' results ("other groups have reported") must not take for theirs.
_OWN_OTHER_GROUPS: Final = re.compile(
    r"\b(?:the|both|all|two|three|four|remaining)\s+(?:the\s+)?other\s+(?:\w+\s+)?groups\b",
    re.IGNORECASE,
)


def _elsewhere(text: str) -> bool:
    """The sentence reports other studies' findings (the study's own "other groups" aside)."""
    return is_reported_elsewhere(_OWN_OTHER_GROUPS.sub(" ", text))


_DIGIT: Final = re.compile(r"\d")
_TEXT_SECTIONS: Final = (
    SectionKind.RESULTS,
    SectionKind.ABSTRACT,
    SectionKind.FIGURE_CAPTION,
    SectionKind.OTHER,
)


class _BlockContext:
    """Per paragraph: does it speak of scores at all, and does it say SD or SEM anywhere.

    Worked out on first use: only paragraphs with a number in them are ever asked about.
    """

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self._texts: dict[int, list[str]] = {}
        self._captions: set[int] = set()
        self._sections: dict[int, SectionKind] = {}
        for s in sentences:
            self._texts.setdefault(s.block_index, []).append(s.text)
            self._sections.setdefault(s.block_index, s.section)
            if s.section == SectionKind.FIGURE_CAPTION:
                self._captions.add(s.block_index)
        self._done: dict[int, tuple[bool, str | None]] = {}
        self._scales: dict[int, str | None] = {}

    def scale(self, block: int) -> str | None:
        """The one scale the paragraph's own sentences name (not in subscores or quoted studies):
        "At week 1 the groups were similar: Vehicle (2.3 ± 0.4) ... At 6 weeks, BBB scores were ..."
        in a paper that reports BBB and BMS."""
        if block not in self._scales:
            found = {
                name
                for t in self._texts.get(block, ())
                if not _NOT_OWN.search(t)
                for name, pat in _SCALE_NAMES
                if pat.search(t)
            }
            self._scales[block] = found.pop() if len(found) == 1 else None
        return self._scales[block]

    def get(self, block: int) -> tuple[bool, str | None]:
        if block not in self._done:
            parts = self._texts.get(block)
            if parts is None:
                self._done[block] = (False, None)
            else:
                text = fold(" ".join(parts))
                scored = bool(_SCORE_WORD.search(text) or sentence_scale(text))
                scored = scored or self._goes_on(block) or self._continues(block, text)
                self._done[block] = (scored, dispersion_type(text))
        return self._done[block]

    def _continues(self, block: int, text: str) -> bool:
        """A results paragraph right after one about scores, that speaks of no other measure and
        gives no value with a unit, goes on with the scores ("Sham rats walked normally ... ¶ In
        vehicle-injected rats the median reached 6 (4.5-7) at 14 dpi ...")."""
        prev = block - 1
        if (
            self._sections.get(block) != SectionKind.RESULTS
            or self._sections.get(prev) != SectionKind.RESULTS
            or _other_measure(text)
            or _UNIT_VALUE.search(text)
        ):
            return False
        before = fold(" ".join(self._texts.get(prev, ())))
        return bool(_SCORE_WORD.search(before) or sentence_scale(before)) and not _other_measure(before)

    def _goes_on(self, block: int) -> bool:
        """A figure legend right after a legend that names the scale goes on with it ("Figure 3.
        BBB time course ... Figure 4. Late sessions. At 28 d the Exo group averaged ..."); a legend
        that names another measure is still left out sentence by sentence."""
        prev = block - 1
        if block not in self._captions or prev not in self._captions:
            return False
        text = fold(" ".join(self._texts.get(prev, ())))
        return bool(sentence_scale(text)) and not _NOT_OWN.search(text)


def _comparison(values: Sequence[TextValue]) -> list[str]:
    """The groups of a sentence's last complete comparison (two or more groups at one day), in order."""
    by_day: dict[float, list[TextValue]] = {}
    for v in values:
        by_day.setdefault(v.day, []).append(v)
    for vals in reversed(list(by_day.values())):
        names = [v.group for v in vals]
        if len(names) >= 2 and len({n.lower() for n in names}) == len(names):
            return names
    return []


def text_values(
    sentences: Sequence[Sentence],
    known: Sequence[str] = (),
    *,
    fallback_scale: str | None = None,
    codes: Mapping[str, float | None] | None = None,
    design: Sequence[str] | None = None,
    last_day: float | None = None,
    table: TableValues | None = None,
    treatment_h: float | None = None,
) -> list[TextValue]:
    """Every locomotor score stated in the results, abstract or captions, in reading order.

    A sentence counts when it names the scale, or when its paragraph speaks of
    scores or hind-limb function and the paper uses a single scale; values are
    bounded by the scale's range (BBB 0-21, BMS 0-9). ``known`` are the paper's group
    labels (from its tables and methods), longest first: they are read as written.

    With ``fallback_scale``, sentences that name no scale and whose paragraph does
    not speak of scores still give their values, marked ``how="restated"``: the
    caller keeps them only where they repeat a table's value. ``codes`` are the paper's
    time codes (``time_codes``) when the caller has them already. ``design`` are the groups
    in the order the methods set them up (else the methods' plain group list): a run of values
    closed by "respectively" in a paragraph that names no group takes them in that order.
    ``last_day`` is the study's last time point (its tables' or its methods' follow-up): "at the
    end of the study" is that day, and a sentence that speaks of it gives nothing without it.
    ``table`` are the tables' values (``TableValues``): an unnamed pair whose values are two of
    its groups' at that day takes those groups. ``treatment_h`` is the first treatment's time
    after the injury (the ``timing_post_injury_h`` field), else the methods' statement is read.
    """
    doc_scale = document_scale(sentences)
    # Only sentences that name a scale at all are looked at twice (one cheap search each).
    naming = [s for s in sentences if _SCALE_HINT.search(s.text)]
    if doc_scale is not None and any(
        s.section in _SCALE_SECTIONS and all(p.search(s.text) for _, p in _SCALE_NAMES)
        for s in naming
    ):
        doc_scale = None  # "scored on the BBB scale and on the BMS": the paper uses both
    elif doc_scale is None:
        # The scale named only in the abstract or a table caption: the paper's one scale.
        anywhere = {
            name
            for s in naming
            for name, pat in _SCALE_NAMES
            if pat.search(s.text) and not _NOT_OWN.search(s.text)
        }
        doc_scale = anywhere.pop() if len(anywhere) == 1 else None
    # "T1 (day 1) ... T4 (day 28)" in the methods, "at T2 scores were ..." in the results.
    if codes is None:
        codes = time_codes(s.text for s in sentences)
    # "six days after the first infusion": the day the methods give the treatment, plus six.
    methods = [s.text for s in sentences if s.section == SectionKind.METHODS]
    given = treatment_h is not None and 0 <= treatment_h <= 400 * 24
    dose_day = treatment_h / 24 if given and treatment_h is not None else treatment_start_day(methods)
    # "BBB on days 0, 6, 13 and 27 after the first infusion": "on day 13" is counted from it too.
    frame = dose_frame(methods) if dose_day is not None else frozenset()
    context = _BlockContext([s for s in sentences if s.section in _TEXT_SECTIONS])
    # The groups in the order the methods list them: "a, b and c, respectively" with no group
    # named in its paragraph takes them in that order.
    if design is None:
        design = list({g.lower(): g for g in group_names(sentences)}.values())
    # A results subsection the parser filed under the methods ("Animals excluded", then
    # "Locomotor recovery"): its sentences count only where they repeat a table's value.
    restate_only = {SectionKind.METHODS} if fallback_scale else set()
    out: list[TextValue] = []
    paired: list[tuple[Sentence, str, str, float | None, str | None, bool]] = []
    block, block_scale, block_day = -1, None, None
    carried: list[str] = []
    # The paragraph's sentences so far, for "they were a and b" (groups named earlier).
    earlier: list[str] = []
    # Sentences read since the paragraph's last time point was worked out: the time point
    # carried into a sentence is looked up only when a sentence has values to date.
    pending: list[str] = []

    def carried_day() -> float | None:
        nonlocal block_day
        for prev in reversed(pending):
            times = [d for t in TIME.finditer(prev) if (d := scoring_time_of(t)) is not None]
            if times:
                block_day = times[-1]
                break
        pending.clear()
        return block_day

    for sent in sentences:
        if sent.block_index != block:
            block, block_scale, block_day, carried = sent.block_index, None, None, []
            earlier = []
            pending.clear()
        if sent.section in restate_only:
            if _elsewhere(sent.text) or _NOT_OWN.search(sent.text):
                continue
            text = apply_codes(group_lists(decimal_points(fold(sent.text))), codes)
            if fallback_scale and not _OTHER_MEASURE.search(text) and _DIGIT.search(text):
                found = sentence_values(
                    sent, text, fallback_scale, None, None, known, bare=True, carried=()
                )
                out.extend(replace(v, how="restated") for v in found)
            continue
        if sent.section not in _TEXT_SECTIONS or _elsewhere(sent.text):
            continue
        if _NOT_OWN.search(sent.text):
            own = _own_clause(sent.text)
            if own is None:
                continue  # BBB subscores, or scores quoted from other studies
            # "... scored 10.1 ± 1.6, and the BBB subscore reached 7.5 ± 1.2": the clause before.
            sent = replace(sent, text=own, end=sent.start + len(own))
        # ``earlier`` keeps the list as written ("the sham group, the PBS group and ..."): the
        # back reference counts its mentions one by one.
        plain = apply_codes(decimal_points(fold(sent.text)), codes)
        grouped = group_lists(plain)
        text = described_labels(grouped, known)
        # What ``earlier`` keeps: the labels read in the list as written, the same text
        # when no list was rewritten (read once, not twice).
        as_written = text if grouped == plain else described_labels(plain, known)
        text = since_dose_times(text, dose_day, frame)
        if RELATIVE.search(text):
            # "A week later the sEV group had risen to ...": counted from the paragraph's last day.
            text = relative_times(text, carried_day())
        if _DIGIT.search(text):
            # "on day 21 ... and at the end of the study, when the EV group scored 11.1": the end
            # is the study's last day, not the day an earlier clause names.
            ended = final_times(text, last_day)
            if ended is None:
                pending.append(text)
                earlier.append(as_written)
                continue
            text = ended
        named = sentence_scale(text)
        if not _DIGIT.search(text):
            # No number, no score: the sentence only names the scale or a time point for the
            # sentences after it ("four weeks after injury ...").
            block_scale = named or block_scale
            pending.append(text)
            earlier.append(as_written)
            continue
        if named and all(p.search(text) for _, p in _SCALE_NAMES):
            # "a BBB score of a and a BMS score of b, against c and d": each value to its scale.
            dtype_here = context.get(sent.block_index)[1]
            for part_scale, part in scale_parts(text, _SCALE_NAMES).items():
                out.extend(
                    sentence_values(
                        sent,
                        part,
                        part_scale,
                        carried_day(),
                        dtype_here,
                        known,
                        bare=True,
                        carried=carried,
                        earlier=earlier,
                        design=design,
                        table=table,
                    )
                )
            pending.append(text)
            earlier.append(as_written)
            continue
        with_disp = VALUE.search(text) is not None
        other: bool | None = None  # does it speak of another measure (looked up when needed)
        bare_list = False
        scale, restated = named, False
        if scale is None and with_disp:
            other = _other_measure(text)
            head = _before_other_measure(text) if other else None
            if head is not None:
                # The other measure's clause takes only its own values: the clauses before it
                # are read as any sentence is.
                text, other = head, False
            if not other:
                if context.get(sent.block_index)[0]:
                    scale = block_scale or doc_scale or context.scale(sent.block_index)
                    if scale is None and fallback_scale:
                        # A paragraph about scores that names no scale, in a paper of two: its
                        # values count where they repeat the table's.
                        scale, restated = fallback_scale, True
                elif fallback_scale:
                    scale, restated = fallback_scale, True
        elif (
            scale is None
            and _BARE_LIST.search(text)
            and not _BARE_LIST_NOT.search(text)
            and context.get(sent.block_index)[0]
        ):
            # "the Sham, PBS and Exo groups scored 21, 4.2 and 5.3, respectively": means without
            # SD/SEM, each given to a group the sentence lists, in a paragraph about scores.
            other = _other_measure(text)
            if not other:
                scale = block_scale or doc_scale or context.scale(sent.block_index)
                bare_list = scale is not None
        if named:
            block_scale = named
        if scale is not None and (named or with_disp or bare_list):
            # Means without SD/SEM count where the sentence names the scale, or where it also
            # gives scores with SD/SEM in a paragraph about scores: "(hucMSC-Exo, 0.6 ± 0.2; PBS,
            # 0.5 ± 0.2), and on day 3 the two groups still did not differ (1.9 vs 1.6)".
            bare = bool(named) or not restated
            block_dtype = context.get(sent.block_index)[1]
            found = sentence_values(
                sent, text, scale, carried_day(), block_dtype, known, bare=bare, carried=carried,
                earlier=earlier,
                design=design, table=table,
            )  # fmt: skip
            if bare_list and not with_disp and len({(v.group, v.day) for v in found}) < 2:
                # A list of means read as one value only is a list misread: none of it.
                found = []
            if restated:
                found = [replace(v, how="restated") for v in found]
            out.extend(found)
            if not restated and two_arms(known) is None and PAIR_WORD.search(text):
                # "(day 7, 8.6 (1.8) vs 6.8 (1.7))": read again once the paper's arms are known.
                paired.append((sent, text, scale, block_day, context.get(sent.block_index)[1], bare))
            carried = _comparison(found) or carried
        if fallback_scale and not named:
            if other is None:
                other = _other_measure(text)
            if not other:
                # Means without SD/SEM in a sentence that does not name the scale ("reached
                # 12.8 by week 8, against 7.6 in the PBS group"): kept only where a table has
                # them too. Their dispersion type does not matter: they have none.
                extra = sentence_values(
                    sent, text, fallback_scale, carried_day(), None, known, bare=True,
                    carried=carried,
                )  # fmt: skip
                out.extend(replace(v, how="restated") for v in extra if v.bare)
        pending.append(text)
        earlier.append(as_written)
    if paired:
        out.extend(_paired_again(paired, out, known))
    return out


# A generic word written alone as a group is the paper's label ("sEV", "saline", "Vehicle"), unless
# it only says what was done ("treated", "injured").
_ONE_LABEL: Final = re.compile(r"(?!(?:treated|untreated|injured|lesioned|injected)$)[A-Za-z]+", re.IGNORECASE)


def _paired_again(
    paired: Sequence[tuple[Sentence, str, str, float | None, str | None, bool]],
    out: Sequence[TextValue],
    known: Sequence[str],
) -> list[TextValue]:
    """Unlabelled "a vs b" pairs of a paper without tables, read again with the labels its own
    sentences give ("saline 4.3 (1.2) ... sEV 5.6 (1.3)"): when they name exactly one treatment and
    one control arm, the pair is (treatment, control). Generic names ("treated rats") are not labels."""
    labels = sorted(
        {v.group for v in out if not generic_name(v.group) or _ONE_LABEL.fullmatch(v.group)}
        | set(known),
        key=len,
        reverse=True,
    )  # "sEV", "saline" written alone are labels; "vesicle-treated rats" is not
    if two_arms(labels) is None:
        return []
    have = {(id(v.sentence), v.day, v.mean) for v in out}
    extra: list[TextValue] = []
    for sent, text, scale, day, dtype, bare in paired:
        for v in sentence_values(sent, text, scale, day, dtype, labels, bare=bare):
            if v.how == "parallel" and (id(sent), v.day, v.mean) not in have:
                extra.append(v)
    return extra
