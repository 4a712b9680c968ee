"""The field extractors' number patterns, rewritten not to backtrack, match as before.

``miner.extract._numbers`` (and ``quantities``, ``_qbase``) build possessive
versions of the number patterns beside the originals. Each pattern rewritten with them is compiled again with the original
fragments put back, and both must find the same matches (spans and groups) on
sentences written the many ways papers state sizes, doses, g-forces, durations,
weights, ages and schedules, and on hostile runs of digits and spaces; the new one
must also return at once on a 3,000-character run of digits.
"""

from __future__ import annotations

import functools
import itertools
import random
import re
import time

import pytest

from miner.extract import _biblio_journal as biblio_journal
from miner.extract import _label_level as label_level
from miner.extract import _mechanism as mechanism
from miner.extract import _num_animals as animals
from miner.extract import _num_tables as tables
from miner.extract import _num_timepoints as timepoints
from miner.extract import _schedule as schedule
from miner.extract import _schedule_span as span
from miner.extract import _scope as scope
from miner.extract import quantities as qty
from miner.extract._numbers import ANY_NUM, ANY_NUM_P, NUM, NUM_P, SCI, SCI_P
from miner.extract._qbase import _INT_OR_WORD, INT_OR_WORD_P
from miner.nlp import lexicon

_GNUM = r"(?:\d{1,2}(?:,\d\d)+,\d{3}(?!\d)|\d{1,3}(?:[, ]\d{3})+|\d+(?:\.\d+)?)"
# Longest first, so that a fragment inside another is not replaced on its own.
_BACK = [
    (ANY_NUM_P, ANY_NUM),
    (SCI_P, SCI),
    (qty.GNUM_P, _GNUM),
    (NUM_P, NUM),
    (INT_OR_WORD_P, _INT_OR_WORD),
]

PATTERNS = {
    "quantities._DURATION": qty._DURATION,
    "quantities._G_BARE": qty._G_BARE,
    "quantities._G_EXPLICIT": qty._G_EXPLICIT,
    "quantities._LOST_MICRO": qty._LOST_MICRO,
    "quantities._MASS": qty._MASS,
    "quantities._PARTICLES": qty._PARTICLES,
    "quantities._RPM": qty._RPM,
    "quantities._SIZE_RANGE": qty._SIZE_RANGE,
    "quantities._VOLUME_BEFORE": qty._VOLUME_BEFORE,
    "_num_animals._AGE": animals._AGE,
    "_num_animals._BW_LATER_AFTER": animals._BW_LATER_AFTER,
    "_num_animals._BW_ONE": animals._BW_ONE,
    "_num_animals._BW_PM": animals._BW_PM,
    "_num_animals._BW_RANGE": animals._BW_RANGE,
    "_num_timepoints._TIME_AFTER": timepoints._TIME_AFTER,
    "_num_timepoints._T_ONE": timepoints._T_ONE,
    "_schedule._APART": schedule._APART,
    "_schedule._FREQ_PATTERNS[15]": schedule._FREQ_PATTERNS[15],
    "_schedule_span._FIRST_DOSE_BEFORE": span._FIRST_DOSE_BEFORE,
    "_scope._POSITIVE_VESICLES": scope._POSITIVE_VESICLES,
}

# Whitespace runs taken whole where what follows cannot start with whitespace.
_POSSESSIVE_SPACES = [
    (r"range\s+of)?\s*+(?P<lo>", r"range\s+of)?\s*(?P<lo>"),
    (r"^[\s)\]]*+,?\s*+(?:at", r"^[\s)\]]*,?\s*(?:at"),
    (r"\s*+-?(?:positive", r"\s*(?:-|\s)?(?:positive"),
]


def _original(new: re.Pattern[str]) -> re.Pattern[str]:
    text = new.pattern
    for now, before in _BACK + _POSSESSIVE_SPACES:
        text = text.replace(now, before)
    return re.compile(text, new.flags)


# Rewritten beyond the number fragments: the pattern text before, as it was (commit fab14e7).
BEFORE = {
    "_schedule._FREQ_PATTERNS[0]": (
        schedule._FREQ_PATTERNS[0],
        "(?:\\b(?P<then>followed\\s+by|then|and(?:\\s+then)?)\\s+)?\\b(?:(?:one|an?|another|a\\s+further)\\s+)?(?:[\\w-]+\\s+){0,2}?(?:injections?|doses?|administrations?|infusions?|treatments?)\\s+(?:was\\s+|were\\s+)?(?:given\\s+)?on\\s+(?:each\\s+of\\s+)?the\\s+(?:(?P<nxw>next|following|subsequent|first)\\s+(?P<nx>(?:\\d+|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)\\b)?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|thrice|twice|single|once|one|two|three|four|five|six|seven|eight|nine|ten)))|(?P<nx2>(?:\\d+|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)\\b)?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|thrice|twice|single|once|one|two|three|four|five|six|seven|eight|nine|ten)))\\s+(?P<nxw2>following|next|subsequent|first))\\s+(?P<nxu>days|weeks)\\b|(?:(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*(?:-\\s*)?(?:minutes?|mins?|hours?|hrs?|h|days?|d|weeks?)|(?:day|week)\\s+\\d+)\\s+(?:after|post|following)\\s*-?\\s*[\\w-]+(?:\\s+[\\w-]+)?\\s*,?\\s+and\\s+(?:again\\s+)?on\\s+(?:each\\s+of\\s+)?the\\s+(?:next|following|subsequent)\\s+(?P<ny>(?:\\d+|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)\\b)?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|thrice|twice|single|once|one|two|three|four|five|six|seven|eight|nine|ten)))\\s+(?P<nyu>days|weeks)\\b",
    ),
    "_schedule._FREQ_PATTERNS[9]": (
        schedule._FREQ_PATTERNS[9],
        "(?P<single>\\(\\s*once(?:\\s+only)?\\s*\\)|\\bonly\\s+once\\b|,\\s*once(?:\\s+only)?(?=\\s*(?:[.;]|$))|\\b(?:a|one)\\s+single\\s+(?=(?:\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)\\s*-?\\s*(?:µg|μg|ug|mcg|mg|µl|μl|ul|ml|particles|x\\s*10|×\\s*10)\\b)|\\b(?:a\\s+|one\\s+)?single\\s+(?:\\w+[\\s-]){0,3}?[a-z-]*?(?:dose|injection|administration|infusion|bolus|treatment|transplantation|application|implantation)|one-?\\s*time\\s+(?:\\w+\\s+)?(?:dose|injection|administration|treatment)|[a-z-]*?(?:injected|administered|given|treated|transplanted|delivered|placed|implanted|applied|infused|dosed|performed)\\s+(?:\\w+\\s+){0,4}?once\\b(?!\\s+(?:a|per|every|daily|weekly|more))|\\b(?:only\\s+)?one\\s+(?:\\w+\\s+)?(?:injection|dose|administration|infusion|implantation|application)\\b(?!s|\\s+(?:a|per|every|each)\\b|\\s+daily|\\s+weekly))",
    ),
    "_schedule._FREQ_PATTERNS[11]": (
        schedule._FREQ_PATTERNS[11],
        "\\b[a-z-]*?(?:dosed|injected|administered|given|treated|infused|delivered)\\s+(?:\\w+\\s+){0,5}?(?P<ntimes>twice|thrice|(?:\\d+|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)\\b)?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|thrice|twice|single|once|one|two|three|four|five|six|seven|eight|nine|ten))\\s+times)\\b(?!\\s+(?:a|per|every|each|daily|weekly|more)\\b)",
    ),
    "_schedule_span._SPAN_AHEAD": (
        span._SPAN_AHEAD,
        "[^.;]{0,60}?(?P<span>(?:\\s*,?\\s*(?:for|over|during)\\s+(?:a\\s+(?:period|course)\\s+of\\s+)?(?:a\\s+total\\s+of\\s+)?(?:the\\s+)?(?:next\\s+|first\\s+|following\\s+|subsequent\\s+|initial\\s+)?(?P<dn>(?:\\d+|(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine)\\b)?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|thrice|twice|single|once|one|two|three|four|five|six|seven|eight|nine|ten))|\\ban?)\\s*(?:consecutive\\s+|successive\\s+)?(?P<du>days?|d|weeks?|wks?|months?)\\b(?:\\s+(?:in\\s+(?:succession|a\\s+row)|consecutively))?|\\s*,?\\s*(?:(?:from|on|between)\\s+day\\s+(?P<d0>\\d{1,3})\\s*(?:to|until|through|till|-|and)\\s*(?:day\\s+)?|(?:(?:from|on|between)\\s+)?days\\s+(?P<d0b>\\d{1,3})\\s*(?:-|to|until|through|and)\\s*)(?P<d1>\\d{1,3})\\b(?!\\s*,)|\\s*,?\\s*(?:until|till|up\\s+to|through)\\s+day\\s+(?P<until>\\d{1,3})|\\s*,?\\s*(?:for|over|during)\\s+the\\s+(?:first|next|following)\\s+(?P<du1>week|month)\\b))",
    ),
    "_mechanism._CLAUSE_END": (
        mechanism._CLAUSE_END,
        ",\\s*(?:which|whereas|while|as\\s+shown|as\\s+seen|as\\s+evidenced|consistent\\s+with|in\\s+keeping\\s+with|three|two|four|both|a|an|the)\\b|;|\\s\\(|\\s\\[\\d|\\.\\s|\\.$|,?\\s+rather\\s+than\\b|,?\\s+and\\s+(?:is|are|was|were|may|might|could|can|represents?|offers?|provides?|hold)\\b|,\\s+and\\s+(?=\\b(?:promoted|inhibited|suppressed|reduced|lowered|decreased|increased|enhanced|activated|restored|preserved|shifted|switched|attenuated|alleviated|blocked|limited|prevented|induced|upregulated|downregulated|protected|rescued|targeted|modulated|regulated|improved|favou?red|skewed|fostered|facilitated)\\b)|\\s+(?:contributes?|contributed|(?:is|are)\\s+involved|plays?\\s+a\\s+(?:\\w+\\s+)?role)\\b|\\s+(?:that\\s+|which\\s+)?we\\s+(?:have\\s+)?(?:observed|found|saw|seen|noted|detected|measured|report(?:ed)?)\\b",
    ),
    "_mechanism._ENDORSE": (
        mechanism._ENDORSE,
        "\\s+(?:(?:may|might|could|would|can|likely|probably|together|jointly|also|in\\s+part)\\s+)*(?:(?:is|are|was|were)\\s+(?:(?:fully|well|also|entirely|thus)\\s+)?(?:consistent|compatible|in\\s+line|in\\s+keeping|in\\s+agreement)\\s+with|fits?(?:\\s+with)?|explains?|accounts?\\s+for|underlies|underlie|(?:is|are)\\s+(?:likely\\s+|probably\\s+)?responsible\\s+for)\\s+(?P<obj>[^;]{3,160})",
    ),
    "_mechanism._EXPLANATION": (
        mechanism._EXPLANATION,
        "\\s+(?:is|are|was|were|remains?)\\s+(?:the|a|an|our)\\s+(?:(?:most|more|single)\\s+)?(?:likely|probable|plausible|parsimonious|favou?red|leading|best)\\s+(?:explanation|mechanism|cause|account)\\b",
    ),
    "_mechanism._TAIL": (
        mechanism._TAIL,
        "(?:\\s+(?:signal(?:l)?ing|pathways?|axis|cascade|activation|activity|integrity|formation|expression|function|phenotypes?|polari[sz]ation|leakage|preservation|inflammasome|deposition|release|phosphorylation|levels?|inhibition|suppression|blockade|knockdown|silencing|upregulation|downregulation|nuclear\\s+translocation|ratio))+(?:\\s+(?:in|of)\\s+(?:the\\s+)?(?:neurons|microglia|astrocytes|macrophages|endothelial\\s+cells|oligodendrocytes)(?:\\s+and\\s+(?:neurons|microglia|astrocytes|macrophages))?)?",
    ),
    "_num_tables._CELL_N": (
        tables._CELL_N,
        "(?:^|\\t)\\s*(?P<label>[^\\t\\n]{1,60}?)\\s*[(\\[]\\s*n\\s*=\\s*(?P<n>\\d{1,3})\\s*[)\\]]\\s*(?=\\t|$)",
    ),
    "_num_tables._ROW_N": (
        tables._ROW_N,
        "^\\s*(?P<label>[^\\t\\n]{1,60}?)\\s*[(\\[]\\s*n\\s*=\\s*(?P<n>\\d{1,3})\\s*[)\\]]\\s*(?:\\t|$)",
    ),
    "_scope._ORGAN_AFTER": (
        scope._ORGAN_AFTER,
        "\\w*\\s+(?:of|to|in)\\s+(?:the\\s+)?(?:(?:left|right|rat|mouse|unilateral|bilateral)\\s+){0,2}(?:sciatic|optic|facial|peripheral|tibial|peroneal|median|ulnar|radial|vagus|femoral|nerves?|cortical|cortex|brain|cerebral|hippocamp\\w*|muscle|muscular|tendon|liver|hepatic|kidney|renal|lung|pulmonary|cardiac|heart|myocardial|skin|bone|retinal?)\\b",
    ),
    "_scope._HEADING_LIKE": (
        scope._HEADING_LIKE,
        "(?:\\d+(?:\\.\\d+)*\\.?\\s+)?[A-Za-z][\\w\\s,()/&+-]{2,60}",
    ),
    "_label_level._CORD_SEGMENT": (
        label_level._CORD_SEGMENT,
        "\\s+(?:spinal\\s+)?(?:cord\\s+)?segment(?:al)?\\b|\\s+spinal\\s+cord\\b",
    ),
    "_biblio_journal._JOURNAL": (
        biblio_journal._JOURNAL,
        "(?:^|[|·•—–(]\\s*|\\s{2,})(?P<j>(?:[A-ZÀ-ÖØ-Þ](?:[^\\W\\d_]|[&'’-])*\\.?,\\s+(?:(?:and|&)\\s+)?){0,3}(?:[A-ZÀ-ÖØ-Þ](?:[^\\W\\d_]|[&'’-])*\\.?\\s+(?:(?:of|for|and|the|in|on|&|de|del|da|do|di|des|du|la|le|y|e|für|und|der|van|voor)\\s+){0,2}){0,8}[A-ZÀ-ÖØ-Þ](?:[^\\W\\d_]|[&'’-])*\\.?(?:\\s*\\((?:[A-ZÀ-ÖØ-Þ](?:[^\\W\\d_]|[&'’-])*\\.?\\s+){0,2}[A-ZÀ-ÖØ-Þ](?:[^\\W\\d_]|[&'’-])*\\.?\\))?)\\.?\\s*,?\\s*(?:\\(?(?P<y>(?:19|20)\\d\\d)\\)?\\s*(?:[A-Z][a-z]{2,8}\\.?(?:\\s+\\d{1,2})?\\s*)?(?:[;,:.]?\\s*\\d|,\\s*Article\\b|[;,:.]\\s*(?i:accepted\\b|in\\s+press\\b|(?:e-?pub(?:lished)?\\s+|online\\s+)?ahead\\s+of\\s+print\\b|just\\s+accepted\\b))|(?i:in\\s+press|(?:online\\s+)?ahead\\s+of\\s+print|early\\s+view|online\\s+first|accepted\\s+manuscript|just\\s+accepted)\\s*[,;:.]?\\s*\\(?(?P<ys>(?:19|20)\\d\\d)\\b|(?P<v>\\d{1,4})\\s*[:(]\\s*[eE]?\\d|(?P<v2>\\d{1,4})\\s*,\\s*(?:(?:Art(?:icle)?\\.?|no\\.|p{1,2}\\.)\\s*(?:no\\.?\\s*)?)?[eE]?\\d+(?:\\s*[–-]\\s*\\d+)?\\b)",
    ),
    "lexicon._GLUED_VESICLE": (
        lexicon._GLUED_VESICLE,
        "(.+?)(?:-| )(?:derived )?(Exos?|EXOs?|exos?|sEVs?|EVs?|exosomes?|Exosomes?|small extracellular vesicles?|extracellular vesicles?)$",
    ),
    "lexicon._PARENT_AFTER": (
        lexicon._PARENT_AFTER,
        "\\s+(?:[\\w'-]+\\s+){0,2}?(?:[A-Za-z]*MSCs?|[A-Za-z]*SCs?|SHED|stem\\s+cells|stromal\\s+cells|cells)\\b",
    ),
}


_SENTENCES = [
    "Exosomes (100 µg in 200 µl PBS) were injected 1 h after SCI and then daily for 7 days.",
    "EVs were pelleted at 100,000 x g for 70 min and at 100 000 g for 2 h (4 °C); 1,00,000 × g",
    "centrifuged at 3000 rpm for 10 min, then 12,000 r/min; 2.000 × g; 300 g of exosomes",
    "Rats (200-250 g, 8 weeks old) weighing 220 ± 20 g; 180 to 220 gm; aged 6-8 weeks; 10-week-old",
    "twenty-one days old rats, 2 months of age, body weight 250 g at the time of sacrifice",
    "a dose of 2 × 10^9 particles/ml, 1x1010 particles per kg, 2.5E10 EVs, 1.5 x 10⁹ exosomes",
    "200 µg/kg body weight, 5 mg kg-1, 50 ng/ml, 100 ug per ml, 10 µg·kg^-1",
    "the diameter ranged from 30 to 150 nm; in the range of 50-120 nm; between 40 and 100 nm",
    "at 3 days apart, at 24 h intervals, at intervals of 2 days, at daily intervals",
    "injected 30 min after injury, repeated at days 3, 7 and 14 post-injury; 1 h post-SCI",
    "injections were given on the next 3 days; 2 h after surgery, and on the following two days",
    "on day 1 after injury, followed by ; immediately after SCI and then, 12 hours",
    "200 µl of saline containing ; 100 µL of PBS with ",
    "CD63 -positive vesicles; CD9+ exosomes;   positive EVs; \t-positive particles",
    "12345678 nm 1234,567 ug 1,2345 mg 1.2.3 h 007 days 3.5.7 min 10.5.5 g 1 000 000 g",
    "BW: 250 g), at day 28; 230 g ] , after injury; ) , on week 4",
    "EVs were injected once; a single intravenous dose; re-injected twice; administered three times a week",
    "daily via the tail vein over five days, from day 1 to day 7 ,  for the next 2 weeks; until day 14",
    "NF-kB signalling pathway activation in the microglia and neurons, which we observed; rather than",
    "reduced apoptosis is consistent with our blots and are a candidate, and promoted; contributes to",
    "is the most likely explanation; plays a key role (Fig. 2) [12] the end.",
    "Sham (n = 8)\tSCI + PBS [n=10]\t  Exo   (n = 12)  \n  Vehicle      (N=9)\t",
    "injected into the left sciatic nerve; applied   to the rat cortex; 2.3.1 Animals and surgery, T10 spinal cord segment; T9 segmental level; at the spinal cord",
    "   Journal of Neurotrauma 2021;38(4):512-520 | Cells (Basel). 2022 Mar;11(3):e0418  Brain, Behavior, and Immunity, 2020, 5, Art. 77",
    "hUCMSC-derived exosomes|BMSC-Exos|miR-26a-EVs|ADSC sEV|small extracellular vesicles|GelMA-Exo\n",
    "modified with miR-21 MSCs; engineered human umbilical cord stem cells; loaded BMSCs cells",
    "PTEN suppression and promoted axon growth, and reduced scarring; mTOR   and inhibited apoptosis",
    "   (n = 5)\t  [n=7]\t Exo (n = 8)",
    "\t (n=3)\tSCI  \t  (n = 4)",
]
_TOKENS = [
    "1", "12", "100", "1,000", "100,000", "1 000", "12.5", "1.5.2", "0.5", "132,5", "10^9", "10⁹", "2 x",
    "× 10", "1x1010", "2.5E10", "e9", " ", "  ", "-", "–", "to", "and", "~", "±", "+/-", "(", ")", "]", ",",
    ";", ".", "nm", "µg", "ug", "mg", "ng", "/kg", "per kg", "ml", "µl", "/ml", "g", "x g", "rcf", "rpm",
    "r/min", "min", "h", "hours", "days", "d", "weeks", "old", "of age", "aged", "twenty-one", "two",
    "apart", "intervals", "at", "of", "after", "post", "following", "injury", "SCI", "then", "followed by",
    "repeated", "again", "on", "day", "week", "exosomes", "EVs", "particles", "vesicles", "positive", "+",
    "containing", "with", "sacrifice", "the", "a", "single", "injections", "next", "\n", "\t", "n = 8",
    "(n=6)", "[n = 10]", "Sham", "Exo", "injected", "administered", "given", "once", "twice", "three times",
    "dosed", "for", "over", "from day", "until day", "which", "we observed", "rather than", "and are",
    "signalling", "pathway", "activation", "in the", "microglia", "is consistent with", "explains",
    "is the most likely explanation", "spinal", "cord", "segment", "segmental", "Journal", "Neurotrauma",
    "Cells (Basel)", "2021;", "38(4):", "Art.", "|", "-derived", "-Exos", "EVs", "sEV", "exosome",
    "extracellular vesicles", "MSCs", "stem cells", "hUCMSC", "derived", "2.3.1", "Animals", "positive",
    "promoted", "reduced", "\t(n = 5)", " (n=3)",
]  # fmt: skip


@functools.lru_cache(maxsize=1)
def _fragments(n: int = 1500) -> list[str]:
    rng = random.Random(9)
    out = []
    for _ in range(n):
        toks = [rng.choice(_TOKENS) for _ in range(rng.randint(1, 12))]
        out.append("".join(t + rng.choice(["", " ", " ", "  "]) for t in toks))
    return out


_HOSTILE = [
    body + end
    for body, end in itertools.product(
        ["1" * 40, "1." * 20, "1, " * 15, " " * 40, "12.5 " * 8, "a" * 40, "a-" * 20, "word " * 8],
        [")", "§", " nm", " g", " h", " ug"],
    )
]


def _sig(m: re.Match[str] | None):
    return m and (m.span(), m.groups())


def test_the_rewritten_patterns_use_the_possessive_fragments() -> None:
    for name, new in PATTERNS.items():
        assert _original(new).pattern != new.pattern, f"{name} holds no rewritten fragment"


@pytest.mark.parametrize("name", sorted(PATTERNS))
def test_rewritten_pattern_matches_exactly_as_the_original(name: str) -> None:
    new = PATTERNS[name]
    old = _original(new)
    texts = _SENTENCES + list(_fragments()) + _HOSTILE
    for text in texts:
        assert [_sig(m) for m in new.finditer(text)] == [_sig(m) for m in old.finditer(text)], text
        for op in ("match", "fullmatch"):
            assert _sig(getattr(new, op)(text)) == _sig(getattr(old, op)(text)), (op, text)


@pytest.mark.parametrize("name", sorted(BEFORE))
def test_rewritten_pattern_matches_exactly_as_the_text_before(name: str) -> None:
    new, before = BEFORE[name]
    old = re.compile(before, new.flags)
    assert old.pattern != new.pattern
    for text in _SENTENCES + list(_fragments()) + _HOSTILE:
        assert [_sig(m) for m in new.finditer(text)] == [_sig(m) for m in old.finditer(text)], text
        for op in ("match", "fullmatch"):
            assert _sig(getattr(new, op)(text)) == _sig(getattr(old, op)(text)), (op, text)
        # As the extractors call them: from a position inside the text.
        for pos in (1, len(text) // 2):
            assert _sig(new.match(text, pos)) == _sig(old.match(text, pos)), (pos, text)
            assert _sig(new.search(text, pos)) == _sig(old.search(text, pos)), (pos, text)


@pytest.mark.parametrize(
    ("name", "text", "value"),
    [
        ("quantities._DURATION", "spun for 70 min at 4 °C", "70"),
        ("quantities._G_EXPLICIT", "at 100 000 x g", "100 000"),
        ("quantities._G_BARE", "at 1,00,000 g", "1,00,000"),
        ("quantities._RPM", "at 12,000 rpm", "12,000"),
        ("quantities._MASS", "1.5 x 10^2 µg of EVs".replace("µ", "u"), "1.5 x 10^2"),
        ("quantities._PARTICLES", "2 x 10^9 particles/ml", "2 x 10^9"),
        ("_num_animals._BW_RANGE", "weighing 200-250 g", "200"),
        ("_num_animals._AGE", "aged 8-10 weeks old", "8"),
        ("_num_timepoints._T_ONE", "1234,567 h", "234,567"),
    ],
)
def test_numbers_are_still_read_where_papers_write_them(name: str, text: str, value: str) -> None:
    m = PATTERNS[name].search(text)
    group = "lo" if "lo" in PATTERNS[name].groupindex else "v"
    assert m is not None and m[group] == value


@pytest.mark.parametrize("name", sorted(PATTERNS) + sorted(BEFORE))
@pytest.mark.parametrize("body", ["1" * 3000, " " * 3000, "1." * 1500, "a" * 3000, "a-" * 1500])
def test_rewritten_pattern_returns_at_once_on_a_long_run(name: str, body: str) -> None:
    pattern = PATTERNS[name] if name in PATTERNS else BEFORE[name][0]
    start = time.thread_time()
    pattern.search(body + ")")
    assert time.thread_time() - start < 0.5
