"""A sentence-shape matrix for BBB rows read from results text.

Each case is a short paper of our own wording: a methods paragraph that defines the groups (how the
paper names them), says how data are summarised (SD or SEM) and names the BBB scale, then a results
paragraph written in one *shape* (one group per sentence, a "respectively" list, "versus", a passive
"was improved to", values in brackets, a value before its group, two time points, a change "from
... to ..."), with one *value format* (mean ± SD, ± SEM, "+/-", "(SD 1.2)", "mean (SEM)", decimal
comma, no spread) and one *time phrase* (days, weeks, dpi, "on the 14th day", "two weeks after
injury", "at the end of the study (day 56)"). The dimensions are crossed in a covering design: each
shape meets several namings, formats and times, and every level of every dimension appears.

Traps are sentences that must add no row: p-values, F and t statistics, differences between groups,
percent changes, numbers of rats, interval bounds, baseline scores, subscores, and scores cited
from other studies in the discussion.

A case's expected rows are (outcome, group, arm, day, mean, spread, n).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from miner.parse.model import Block, ParsedDocument, SectionKind

S = SectionKind
Row = tuple[str, str, str, float, float, float | None, int | None]

SCALE = (
    "Locomotor recovery was scored with the Basso, Beattie and Bresnahan (BBB) open-field scale."
)


@dataclass(frozen=True)
class Naming:
    """How a paper names its groups: defined in the methods, then written in the results."""

    key: str
    methods: str
    said: dict[str, str]  # role -> as the results write it ("vehicle-treated rats")
    label: dict[str, str]  # role -> the paper's label the row should carry
    short: dict[str, str] = field(default_factory=dict)  # role -> a label fit for "(Exo: 11.4)"
    # The methods list the groups in the order the results do (a list, codes, an allocation);
    # False where they only mention them along the way, in another order.
    ordered: bool = True

    def tag(self, role: str) -> str:
        return self.short.get(role, self.label[role])


ARM = {"sham": "sham", "ctrl": "control", "exo": "treatment"}

NAMINGS: tuple[Naming, ...] = (
    Naming(
        "labels",
        "Rats were randomly allocated to Sham, SCI and Exo groups (n = 8 each).",
        {"sham": "the Sham group", "ctrl": "the SCI group", "exo": "the Exo group"},
        {"sham": "Sham", "ctrl": "SCI", "exo": "Exo"},
    ),
    Naming(
        "codes",
        (
            "Rats were allocated to three groups: G1, sham operation; G2, injury plus PBS; "
            "G3, injury plus MSC-derived exosomes."
        ),
        {"sham": "G1", "ctrl": "G2", "exo": "G3"},
        {"sham": "G1", "ctrl": "G2", "exo": "G3"},
    ),
    Naming(
        "descriptions",
        (
            "Rats were divided into a sham group (Sham), a vehicle group given PBS (PBS) and a "
            "group given exosomes (Exo)."
        ),
        {
            "sham": "the sham-operated rats",
            "ctrl": "vehicle-treated rats",
            "exo": "exosome-treated rats",
        },
        {"sham": "Sham", "ctrl": "PBS", "exo": "Exo"},
    ),
    Naming(
        "description, label in brackets",
        (
            "Rats were divided into sham-operated (Sham), vehicle-treated (PBS) and "
            "exosome-treated (Exo) groups."
        ),
        {
            "sham": "the sham-operated animals (Sham)",
            "ctrl": "the rats given only vehicle (PBS)",
            "exo": "the treated rats (Exo)",
        },
        {"sham": "Sham", "ctrl": "PBS", "exo": "Exo"},
    ),
    Naming(
        "long forms",
        (
            "After a laminectomy (sham) or a T10 contusion, rats received exosomes derived from "
            "bone marrow mesenchymal stem cells (BMSC-Exos) or phosphate-buffered saline (PBS) "
            "through the tail vein."
        ),
        {"sham": "the sham group", "ctrl": "the PBS group", "exo": "the BMSC-Exos group"},
        {"sham": "sham", "ctrl": "PBS", "exo": "BMSC-Exos"},
        ordered=False,
    ),
)


@dataclass(frozen=True)
class Format:
    """How a mean and its spread are written, and what the methods say the spread is."""

    key: str
    methods: str
    write: Callable[[float, float], str]
    spread: bool = True  # False: the text gives means only


def _comma(x: float) -> str:
    return f"{x:.1f}".replace(".", ",")


FORMATS: tuple[Format, ...] = (
    Format("± SD", "Data are expressed as mean ± SD.", lambda m, s: f"{m:.1f} ± {s:.1f}"),
    Format("± SEM", "Data are presented as mean ± SEM.", lambda m, s: f"{m:.1f} ± {s:.1f}"),
    Format("+/-", "Values are mean +/- SD.", lambda m, s: f"{m:.1f} +/- {s:.1f}"),
    Format(
        "(SD x)",
        "Scores are summarised by their mean and SD.",
        lambda m, s: f"{m:.1f} (SD {s:.1f})",
    ),
    Format("mean (SEM)", "Values are given as mean (SEM).", lambda m, s: f"{m:.1f} ({s:.1f})"),
    Format(
        "decimal comma",
        "Data are expressed as mean ± SD.",
        lambda m, s: f"{_comma(m)} ± {_comma(s)}",
    ),
    Format(
        "no spread", "Group means were compared by ANOVA.", lambda m, s: f"{m:.1f}", spread=False
    ),
)


@dataclass(frozen=True)
class Time:
    """A time point as a sentence opens with it and as it follows a value."""

    key: str
    opening: str
    inline: str
    day: float


TIMES: tuple[Time, ...] = (
    Time("day", "At day 28", "at day 28", 28.0),
    Time("weeks", "At 4 weeks after injury", "at 4 weeks after injury", 28.0),
    Time("dpi", "At 21 dpi", "at 21 dpi", 21.0),
    Time("ordinal day", "On the 14th day after injury", "on the 14th day after injury", 14.0),
    Time("words", "Two weeks after injury", "two weeks after injury", 14.0),
    Time(
        "end of study", "At the end of the study (day 56)", "at the end of the study (day 56)", 56.0
    ),
)

# role -> (mean, spread) at the case's time point, and at an earlier day 7
MEANS = {"sham": (20.5, 0.4), "ctrl": (6.8, 0.9), "exo": (11.4, 1.2)}
EARLY = {"sham": (20.1, 0.6), "ctrl": (2.9, 0.5), "exo": (4.6, 0.7)}


@dataclass(frozen=True)
class Case:
    id: str
    methods: str
    results: str
    expected: frozenset[Row]
    discussion: str = ""

    def document(self) -> ParsedDocument:
        parts = [(S.METHODS, self.methods), (S.RESULTS, self.results)]
        if self.discussion:
            parts.append((S.DISCUSSION, self.discussion))
        return ParsedDocument(
            source="m.xml",
            format="jats",
            pages=None,
            blocks=[Block(text=t, page=None, section=s) for s, t in parts],
        )


class _Writer:
    """Writes one case's values and remembers the rows they must give."""

    def __init__(self, naming: Naming, fmt: Format, time: Time) -> None:
        self.n, self.f, self.t = naming, fmt, time
        self.rows: set[Row] = set()

    def v(self, role: str, day: float | None = None, *, early: bool = False, scale: str = "BBB",
          mean: float | None = None, spread: float | None = None) -> str:  # fmt: skip
        m, s = (EARLY if early else MEANS)[role]
        m, s = (mean if mean is not None else m), (spread if spread is not None else s)
        d = day if day is not None else (7.0 if early else self.t.day)
        self.rows.add(
            (scale, self.n.label[role], ARM[role], d, m, s if self.f.spread else None, None)
        )
        return self.f.write(m, s)

    def said(self, role: str) -> str:
        return self.n.said[role]


Shape = Callable[[_Writer], str]


def _one_per_sentence(w: _Writer) -> str:
    return (
        f"{w.t.opening}, {w.said('exo')} reached a BBB score of {w.v('exo')}. "
        f"In {w.said('ctrl')}, the BBB score was {w.v('ctrl')}."
    )


def _respectively(w: _Writer) -> str:
    return (
        f"{w.t.opening}, the BBB scores of {w.said('sham')}, {w.said('ctrl')} and {w.said('exo')} "
        f"were {w.v('sham')}, {w.v('ctrl')} and {w.v('exo')}, respectively."
    )


def _respectively_earlier(w: _Writer) -> str:
    # The groups are listed in a sentence of their own, the values in the next.
    return (
        f"BBB scores were compared among {w.said('sham')}, {w.said('ctrl')} and {w.said('exo')}. "
        f"{w.t.opening}, the scores were {w.v('sham')}, {w.v('ctrl')} and {w.v('exo')}, respectively."
    )


def _respectively_design(w: _Writer) -> str:
    # No group named in the paragraph: the values follow the order the methods list the groups;
    # methods that list no order leave them unassigned (a guess is worse than an empty cell).
    text = (
        f"{w.t.opening}, the BBB scores were {w.v('sham')}, {w.v('ctrl')} and {w.v('exo')}, "
        "respectively."
    )
    if not w.n.ordered:
        w.rows.clear()
    return text


def _versus(w: _Writer) -> str:
    return (
        f"{w.t.opening}, {w.said('exo')} showed higher BBB scores than {w.said('ctrl')} "
        f"({w.v('exo')} vs. {w.v('ctrl')}, P < 0.01)."
    )


def _compared_with(w: _Writer) -> str:
    return (
        f"{w.t.opening}, the BBB score of {w.said('exo')} was {w.v('exo')}, compared with "
        f"{w.v('ctrl')} in {w.said('ctrl')}."
    )


def _passive(w: _Writer) -> str:
    return (
        f"{w.t.opening}, the BBB score of {w.said('exo')} was improved to {w.v('exo')}, whereas "
        f"{w.said('ctrl')} remained at {w.v('ctrl')}."
    )


def _parenthetical(w: _Writer) -> str:
    return (
        f"{w.t.opening}, BBB scores were higher in {w.said('exo')} than in {w.said('ctrl')} "
        f"({w.n.tag('exo')}: {w.v('exo')}; {w.n.tag('ctrl')}: {w.v('ctrl')}; P < 0.05)."
    )


def _value_first(w: _Writer) -> str:
    return (
        f"{w.t.opening}, a mean BBB score of {w.v('exo')} was recorded in {w.said('exo')}, "
        f"against {w.v('ctrl')} in {w.said('ctrl')}."
    )


def _two_times(w: _Writer) -> str:
    return (
        f"The BBB score of {w.said('exo')} was {w.v('exo', early=True)} at day 7 and "
        f"{w.v('exo')} {w.t.inline}."
    )


def _from_to(w: _Writer) -> str:
    return (
        f"In {w.said('exo')}, BBB scores rose from {w.v('exo', early=True)} at day 7 to "
        f"{w.v('exo')} {w.t.inline}."
    )


def _abstract(w: _Writer) -> str:
    # No group named beside the values: the treated mean first, then its control.
    return (
        f"Exosome treatment improved BBB scores {w.t.inline} ({w.v('exo')} vs {w.v('ctrl')}, "
        "P < 0.01)."
    )


def _two_scales(w: _Writer) -> str:
    bbb_e, bbb_c = w.v("exo"), w.v("ctrl")
    bms_e = w.v("exo", scale="BMS", mean=5.5, spread=0.4)
    bms_c = w.v("ctrl", scale="BMS", mean=3.0, spread=0.5)
    return (
        f"{w.t.opening}, {w.said('exo')} had a BBB score of {bbb_e} and a BMS score of {bms_e}, "
        f"against {bbb_c} and {bms_c} in {w.said('ctrl')}."
    )


def _difference_then_pair(w: _Writer) -> str:
    # The difference is no score; the bracketed pair after it is the two groups' scores, in the
    # order the clause names the groups.
    return (
        f"{w.t.opening}, the BBB difference between {w.said('exo')} and {w.said('ctrl')} was "
        f"4.6 points ({w.v('exo')} vs {w.v('ctrl')})."
    )


def _labelled_pair(w: _Writer) -> str:
    # Each value right after its own label, inside one bracket, after a difference.
    return (
        f"{w.t.opening}, BBB scores differed by 4.6 points ({w.n.tag('ctrl')} {w.v('ctrl')} "
        f"versus {w.n.tag('exo')} {w.v('exo')})."
    )


def _respectively_groups_after(w: _Writer) -> str:
    # "a and b, respectively, for X and Y": the list follows "respectively".
    return (
        f"{w.t.opening}, both injured groups still scored low on the BBB scale ({w.v('ctrl')} and "
        f"{w.v('exo')}, respectively, for {w.n.tag('ctrl')} and {w.n.tag('exo')})."
    )


def _whereas_subject(w: _Writer) -> str:
    # The first value belongs to the subject of the clause it sits in, not the sentence's.
    return (
        f"BBB scores of {w.said('ctrl')} levelled off early, whereas {w.said('exo')} kept "
        f"improving, reaching {w.v('exo')} {w.t.inline} compared with {w.v('ctrl')} in "
        f"{w.said('ctrl')}."
    )


SHAPES: dict[str, Shape] = {
    "one group per sentence": _one_per_sentence,
    "respectively": _respectively,
    "respectively, groups in the sentence before": _respectively_earlier,
    "respectively, groups in the methods": _respectively_design,
    "versus": _versus,
    "compared with": _compared_with,
    "passive": _passive,
    "parenthetical": _parenthetical,
    "value before its group": _value_first,
    "two time points": _two_times,
    "from ... to ...": _from_to,
    "abstract, no group named": _abstract,
    "BBB and BMS in one sentence": _two_scales,
    "difference, then the pair": _difference_then_pair,
    "labelled pair in brackets": _labelled_pair,
    "respectively, groups after": _respectively_groups_after,
    "subject of a whereas clause": _whereas_subject,
}


def _methods(naming: Naming, fmt: Format) -> str:
    return f"{naming.methods} {SCALE} {fmt.methods}"


def shape_cases() -> list[Case]:
    """Every shape with every naming; formats and times rotate so each meets each shape."""
    out = []
    for i, (shape, write) in enumerate(SHAPES.items()):
        for j, naming in enumerate(NAMINGS):
            fmt = FORMATS[(i + 3 * j) % len(FORMATS)]
            time = TIMES[(2 * i + j) % len(TIMES)]
            w = _Writer(naming, fmt, time)
            text = write(w)
            out.append(
                Case(
                    f"{shape} | {naming.key} | {fmt.key} | {time.key}",
                    _methods(naming, fmt),
                    text,
                    frozenset(w.rows),
                )
            )
    return out


# --- traps: each sentence follows one real sentence whose rows are the only ones expected -----

Trap = Callable[[_Writer], str]

TRAPS: dict[str, Trap] = {
    "p-value": lambda w: (
        f"BBB scores differed between {w.said('exo')} and {w.said('ctrl')} (P = 0.003)."
    ),
    "F statistic": lambda w: (
        "Two-way ANOVA showed an effect of treatment on BBB scores (F(2, 21) = 14.6, P < 0.001)."
    ),
    "t statistic": lambda w: (
        "The BBB difference at the last time point was significant (t(14) = 3.2, P = 0.006)."
    ),
    "difference between groups": lambda w: (
        f"{w.t.opening}, the BBB scores of {w.said('exo')} exceeded those of {w.said('ctrl')} by 4.6 points."
    ),
    "percent change": lambda w: (
        f"BBB scores improved by 18.5% in {w.said('exo')} relative to {w.said('ctrl')}."
    ),
    "number of rats": lambda w: (
        f"{w.t.opening}, BBB scores were recorded in 12 rats of {w.said('exo')} and 11 of {w.said('ctrl')}."
    ),
    "interval of a difference": lambda w: (
        "The mean BBB difference was 3.1 points (95% CI 1.9 to 4.3)."
    ),
    "baseline": lambda w: "Before injury, all rats scored 21 on the BBB scale.",
    "subscore": lambda w: (
        f"{w.t.opening}, BBB subscores were 7.5 ± 1.0 in {w.said('exo')} and 3.2 ± 0.8 in {w.said('ctrl')}."
    ),
    "threshold score": lambda w: (
        "A BBB score of 14 indicates consistent forelimb-hindlimb coordination, a criterion no "
        f"rat of {w.said('ctrl')} met."
    ),
    "scale maximum": lambda w: (
        "Hindlimb function was rated on the 21-point BBB scale, where 21 is normal locomotion."
    ),
    "criterion reached": lambda w: (
        f"No rat in {w.said('exo')} reached the BBB coordination criterion of 14 by day 42."
    ),
    "pre-injury": lambda w: (
        f"Pre-injury BBB scores were 21.0 ± 0.0 in {w.said('exo')} and in {w.said('ctrl')}."
    ),
    "other scale": lambda w: (
        f"{w.t.opening}, inclined-plane angles were 14.5 ± 1.0 in {w.said('exo')} and 9.5 ± 0.8 in {w.said('ctrl')}."
    ),
}

CITED = (
    "In an earlier study, exosome-treated rats reached BBB scores of 12.6 ± 1.1 at day 28, against "
    "8.2 ± 0.9 in controls [21]."
)


def trap_cases() -> list[Case]:
    """A real sentence, then a trap: only the real sentence's rows."""
    out = []
    for i, (trap, write) in enumerate(TRAPS.items()):
        naming = NAMINGS[i % len(NAMINGS)]
        fmt = FORMATS[i % len(FORMATS)]
        time = TIMES[i % len(TIMES)]
        w = _Writer(naming, fmt, time)
        real = _compared_with(w)
        case_id = f"trap: {trap} | {naming.key}"
        out.append(Case(case_id, _methods(naming, fmt), f"{real} {write(w)}", frozenset(w.rows)))
    naming, fmt, time = NAMINGS[0], FORMATS[0], TIMES[0]
    w = _Writer(naming, fmt, time)
    cited_id = "trap: scores cited in the discussion"
    out.append(
        Case(cited_id, _methods(naming, fmt), _versus(w), frozenset(w.rows), discussion=CITED)
    )
    return out
