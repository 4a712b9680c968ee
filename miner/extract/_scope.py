"""Is this document, and this sentence, about the study's own animal experiment with vesicles?

The sheet's study fields describe one thing: rats or mice given MSC-derived
vesicles after a spinal cord injury. Papers that are not such studies (trials,
surveys, meta-analyses, case reports, cell biology) still say "female", "n = 8",
"T2", "compression" or "differential centrifugation"; those words are not this
sheet's values. Two levels of scope keep them out:

* ``study_relevance``: once per document, do the title, abstract and methods
  (and results, where a parser missed the headings) speak of experimental animals
  and of vesicles at all? Fields about the animals need the first, fields about
  the vesicles the second, fields about giving vesicles to animals both.
* sentence-level predicates (``animal_mention``, ``human_mention``,
  ``spinal_context``, ``time_point`` ...) that the field rules use to decide
  whether a mention is about the study's animals, vesicles or injury.

Everything here is pure and regex-based: cheap enough to run on every sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Final

from miner.extract._context import Sentence
from miner.parse.model import BlockKind, ParsedDocument, SectionKind

__all__ = [
    "ANIMAL_FIELDS",
    "BOTH_FIELDS",
    "VESICLE_FIELDS",
    "Relevance",
    "animal_mention",
    "assay_scope",
    "gate_fields",
    "human_mention",
    "implant_site",
    "isolation_scope",
    "level_scope",
    "msc_phenotype",
    "names_cord_injury",
    "own_sentence",
    "positive_vesicles_at",
    "sem_is_microscopy",
    "sex_of_animals",
    "spinal_context",
    "study_relevance",
    "time_point",
    "vesicle_context",
    "vesicle_mention",
]

# Fields that describe the animals and their injury; need experimental animals.
ANIMAL_FIELDS: Final = frozenset(
    {"species", "strain", "sex", "body_weight_g", "n_per_group", "injury_model",
     "injury_device", "injury_level"}
)  # fmt: skip
# Fields that describe the vesicles; need vesicles.
VESICLE_FIELDS: Final = frozenset(
    {"source_tissue", "source_species", "modification", "isolation_method", "isolation_detail",
     "characterization", "markers", "size_nm"}
)  # fmt: skip
# Fields that describe giving the vesicles to the animals; need both.
BOTH_FIELDS: Final = frozenset(
    {"dose", "route", "route_detail", "frequency", "timing_post_injury_h", "mechanism"}
)

# ----------------------------------------------------------------------------- sentence level

# A species word used for a reagent, a virus or a cell line, not the animal:
# "mouse mammary tumour virus", "mouse anti-CD63", "rat tail collagen", "rat IgG".
_REAGENT_AFTER: Final = re.compile(
    r"^[\s-]*(?:anti\b|anti-|monoclonal|polyclonal|Ig[GMAE]?\b|antibod|antisera|serum\b|sera\b|"
    r"mammary|tumou?r\s+virus|leuk(?:a)?emia\s+virus|sarcoma\s+virus|hepatitis|virus|"
    r"tail\s+collagen|tail\s+tendon|collagen|laminin|fibronectin|albumin|genome|genes?\b|cDNA|orthologu?e|homologu?e|"
    r"recombinant|ELISA|(?:\w+\s+)?kit\b|neuroblastoma|pheochromocytoma|hepatoma|glioma|insulinoma|"
    r"embryonic\s+(?:fibroblasts|stem)|fibroblast|macrophage\s+(?:cell\s+)?line|microglial?\s+(?:cell\s+)?line|"
    r"cell\s+lines?)",
    re.IGNORECASE,
)
_REAGENT_BEFORE: Final = re.compile(
    r"(?:\banti-?|\bgoat\s+|\brabbit\s+|\bdonkey\s+|\bsheep\s+|\bhorse\s+|\brecombinant\s+|\bpurified\s+)$",
    re.IGNORECASE,
)
_ANIMAL_WORD: Final = re.compile(
    r"\b(?:rats?|mice|mouse|murine|animals)\b|\bSprague[-–‐ ]?Dawley\b|\bWistar\b|\bLong[-–‐ ]Evans\b|"
    r"\bC57BL\b|\bBALB/c\b|\bSD\s+rats?\b|\bLewis\s+rats?\b|\bFischer\s+(?:344\s+)?rats?\b",
    re.IGNORECASE,
)
# "animals" alone is experimental; "animal" singular names a facility or a committee.
_ANIMAL_SINGULAR: Final = re.compile(r"^(?:rat|mouse|murine)$", re.IGNORECASE)
# People and other non-animal units that numbers, sexes and groups may refer to.
_HUMAN_WORD: Final = re.compile(
    r"\b(?:participants?|patients?|students?|adults|children|child|adolescents?|women|men|girls|boys|infants|"
    r"respondents?|volunteers|individuals|people|persons|households|families|relatives|survivors|nurses|"
    r"physicians|clinicians|doctors|staff|pupils|schools|teachers|parents|smokers|workers|employees|"
    r"mothers|fathers|residents|inpatients|outpatients|"
    # literature counts and flow diagrams
    r"studies|articles|records|trials|reports|citations|papers|publications|abstracts|databases?|"
    r"hospitals|clinics|practices|wards|countries|"
    r"PubMed|Embase|Cochrane|MEDLINE|Scopus|Web\s+of\s+Science|excluded|screened|eligible|included\s+studies)\b",
    re.IGNORECASE,
)
_VESICLE_WORD: Final = re.compile(
    r"exosom\w*|extracellular\s+vesicles?|microvesicles?|nanovesicles?|\bvesicles?\b|"
    # The cell then "-Exo(s)", "-EXO(s)" or "-Ex(s)": "BMSC-Exos", "ADSC-EXOs", "BM-MSC-Ex".
    r"\bs?EVs?\b|\bExos?\b|[\w+-]-(?:s?EVs?|Exos?|EXOs?|Exs?|EXs?)\b|\bMVs\b",
)
_VESICLE_WORD_CI: Final = re.compile(r"exosom|vesicle", re.IGNORECASE)
# Where a spinal level or an injury model is named for the cord: the spinal words,
# the surgery, the devices, or a level token beside "level"/"segment".
_SPINAL: Final = re.compile(
    r"spinal|\bcord\b|\bSCI\b|laminectom|lamina|vertebra|\bdura\b|dural|impactor|weight[- ]?drop|"
    r"aneurysm\s+clip|\bclip\b|kdyn|thoracic|cervical|lumbar|\bsegment|hindlimb|paraplegi|BBB|Basso|\bBMS\b",
    re.IGNORECASE,
)
# The injuring act names the cord without the word: "a contusion was made at T10", "a left
# hemisection"; not when another organ is its object ("sciatic nerve transection", "a
# cortical contusion", "transection of the optic nerve").
_INJURING_ACT: Final = re.compile(r"contus|hemi-?sect|transect", re.IGNORECASE)
_OTHER_ORGAN: Final = (
    r"(?:sciatic|optic|facial|peripheral|tibial|peroneal|median|ulnar|radial|vagus|femoral|"
    r"nerves?|cortical|cortex|brain|cerebral|hippocamp\w*|muscle|muscular|tendon|liver|hepatic|kidney|renal|"
    r"lung|pulmonary|cardiac|heart|myocardial|skin|bone|retinal?)"
)
_ORGAN_BEFORE: Final = re.compile(rf"\b{_OTHER_ORGAN}\s+(?:[\w-]+\s+)?$", re.IGNORECASE)
_ORGAN_AFTER: Final = re.compile(
    rf"\w*+\s++(?:of|to|in)\s+(?:the\s+)?(?:(?:left|right|rat|mouse|unilateral|bilateral)\s+){{0,2}}{_OTHER_ORGAN}\b",
    re.IGNORECASE,
)
# Measurement occasions written T0, T1, T2 ... ("at baseline (T0) and follow-up (T1)").
_TIME_CUE: Final = re.compile(
    r"\bT0\b|baseline|follow[- ]?up|time[- ]?points?|occasions?|waves?\b|post[- ]?test|pre[- ]?test|"
    r"post[- ]?intervention|measurements?\b|assessments?\b|questionnaires?|survey|visits?\b|ANCOVA|ANOVA|"
    r"repeated|months?\b|intervention",
    re.IGNORECASE,
)
_LEVEL_TOKEN: Final = re.compile(r"\bT\s?(?P<a>\d{1,2})\b")


def animal_mention(text: str) -> bool:
    """True when ``text`` names experimental animals: rats, mice, animals, a strain.

    A species word used for a reagent ("mouse anti-CD63", "rat tail collagen",
    "mouse mammary tumour virus") does not count.
    """
    for m in _ANIMAL_WORD.finditer(text):
        word = m.group(0)
        if _ANIMAL_SINGULAR.match(word) or word.lower() in ("rats", "mice"):
            before = text[max(0, m.start() - 12) : m.start()]
            if _REAGENT_AFTER.match(text[m.end() : m.end() + 40]) or _REAGENT_BEFORE.search(before):
                continue
        return True
    return False


def species_is_organism(text: str, start: int, end: int) -> bool:
    """A species entity at ``text[start:end]`` names an animal, not a reagent or a virus."""
    before = text[max(0, start - 12) : start]
    return not (_REAGENT_AFTER.match(text[end : end + 40]) or _REAGENT_BEFORE.search(before))


def human_mention(text: str) -> bool:
    """True when ``text`` speaks of people or literature counts (participants, patients, studies...)."""
    return bool(_HUMAN_WORD.search(text))


def vesicle_mention(text: str) -> bool:
    """True when ``text`` names vesicles: exosomes, (s)EVs, Exos, "BMSC-Exos", microvesicles."""
    return bool(_VESICLE_WORD.search(text)) or bool(_VESICLE_WORD_CI.search(text))


def spinal_context(text: str) -> bool:
    """True when ``text`` speaks of the spinal cord, its surgery or an SCI device."""
    if _SPINAL.search(text):
        return True
    return any(
        not _ORGAN_BEFORE.search(text, max(0, m.start() - 30), m.start())
        and not _ORGAN_AFTER.match(text, m.end())
        for m in _INJURING_ACT.finditer(text)
    )


def time_point(text: str, start: int, end: int) -> bool:
    """True when the "T<n>" token at ``text[start:end]`` is a measurement occasion, not a vertebra.

    T0 never names a vertebra; T1-T4 are occasions when the sentence speaks of
    baseline, follow-up, questionnaires or repeated measures and not of the cord.
    """
    token = _LEVEL_TOKEN.match(text, start)
    if token is None:
        return False
    n = int(token["a"])
    if n == 0:
        return True
    if n > 4:
        return False
    if not _TIME_CUE.search(text):
        return False
    # "laminectomy at T2" is spinal even in a sentence about follow-up.
    return not re.search(
        r"laminectom|vertebra|spinal|\bcord\b|contus|transect|hemisect", text, re.IGNORECASE
    )


# What vesicles are isolated from ("the conditioned medium was ultracentrifuged",
# "supernatants were layered over a sucrose cushion"), as opposed to fractions of
# the cells themselves ("cells were fractionated", "nuclear and cytosolic fractions").
_VESICLE_SOURCE: Final = re.compile(
    r"conditioned\s+(?:culture\s+)?medi|culture\s+(?:medium|media|supernatants?)|supernatants?|"
    r"serum[- ]free\s+medi|exosome[- ]depleted|exosome[- ]free|cushion|qEV|ExoQuick|Exo-?spin|exoEasy|"
    # the collected medium concentrated on a filter: "The medium was concentrated with Centricon ..."
    r"\bmedi(?:um|a)\s+(?:was|were)\s+(?:\w+\s+)?concentrat|\bconcentrat\w*\s+(?:the\s+)?(?:collected\s+)?medi(?:um|a)\b",
    re.IGNORECASE,
)
_CELL_FRACTION: Final = re.compile(
    r"lysate|lys(?:ed|is)|homogen|nuclear|nuclei|cytosol|cytoplasm|mitochond|subcellular|membrane\s+fraction|"
    r"cells\s+were\s+fractionated|tissues?\b",
    re.IGNORECASE,
)
# The panel that says a blot or an assay is of vesicles: two of the EV markers, or
# a particle-tracking measurement (only particles are tracked).
_EV_MARKER: Final = re.compile(
    r"\bCD(?:9|63|81)\b|TSG-?101|\bAlix\b|HSP70|calnexin|flotillin|GM130", re.IGNORECASE
)
_PARTICLE_ASSAY: Final = re.compile(
    r"\bNTA\b|nanoparticle\s+tracking|NanoSight|ZetaView|particle\s+(?:size|concentration)",
    re.IGNORECASE,
)


# A sentence that makes the culture serum free of bovine vesicles ("Exosome-depleted FBS
# was prepared by ultracentrifugation at 120,000 g overnight"): its spin is no isolation
# of the study's vesicles, unless the same sentence works on the conditioned medium.
_SERUM_DEPLETION: Final = re.compile(
    r"\b(?:exosome|EV|vesicle)s?[- ](?:depleted|free)\s+(?:FBS|serum|f(?:o|oe)?etal\s+(?:bovine|calf)\s+serum)\b"
    r"|\b(?:FBS|serum)\s+(?:was|were)\s+(?:\w+\s+){0,3}?deplet\w*"
    r"|\bdeplet\w*\s+(?:the\s+)?(?:FBS|serum)\b",
    re.IGNORECASE,
)
# The serum itself is made: "... FBS was prepared/obtained by ...", "by depleting FBS".
# A serum only named as the medium's content ("Medium (exosome-depleted FBS) collected
# after 48 h, ... ExoQuick-TC") is the isolation's own sentence.
_SERUM_MADE: Final = re.compile(
    r"\b(?:FBS|serum)\s+(?:was|were)\s+(?:\w+\s+){0,3}?(?:prepared|obtained|generated|made|produced|deplet\w*)"
    r"|\bdeplet(?:ing|ion\s+of)\s+(?:the\s+)?(?:FBS|serum)\b",
    re.IGNORECASE,
)
_VESICLE_HARVEST: Final = re.compile(
    r"conditioned|supernatant|secreted|\bmedi(?:um|a)\b[^.;]{0,60}?\b(?:collected|harvested)",
    re.IGNORECASE,
)


def prepares_serum(text: str) -> bool:
    """``text`` depletes the culture serum of vesicles and does not isolate the study's."""
    return (bool(_SERUM_DEPLETION.search(text)) and bool(_SERUM_MADE.search(text))
            and not _VESICLE_HARVEST.search(text))


def isolation_scope(text: str, near_vesicles: bool) -> bool:
    """An isolation method named in ``text`` isolates the study's vesicles.

    True among vesicle words (``vesicle_context``), or where the sentence works on
    what vesicles come from (conditioned medium, supernatant, a cushion, a kit)
    and not on cell or tissue fractions. Never where the sentence prepares the culture
    serum (``prepares_serum``): its spin or kit is no isolation of the study's vesicles.
    """
    if prepares_serum(text):
        return False
    if near_vesicles:
        return True
    return bool(_VESICLE_SOURCE.search(text)) and not _CELL_FRACTION.search(text)


def assay_scope(text: str, near_vesicles: bool) -> bool:
    """A characterisation assay or marker in ``text`` is run on the vesicles.

    True among vesicle words, or where the sentence names a particle-tracking
    measurement or at least two EV markers ("CD9, CD63 and HSP70 ... calnexin").
    """
    if near_vesicles or _PARTICLE_ASSAY.search(text):
        return True
    return len({m.group(0).upper() for m in _EV_MARKER.finditer(text)}) >= 2


# Models whose name alone is a cord injury in this literature; "compression" or
# "ischemia" name one only beside the cord, its surgery or the animals.
_SCI_ONLY: Final = re.compile(r"contus|transect|hemisect", re.IGNORECASE)
# A vertebral level belongs to the cord's injury: the sentence names the cord, its
# surgery or device (``spinal_context``) or the injury itself.
_INJURY_WORDS: Final = re.compile(
    r"contus|transect|hemisect|compress|crush|lesion|injur", re.IGNORECASE
)
# Where a carrier of vesicles goes or what it holds ("implanted into the lesion gap",
# "exosome-laden hydrogel"); a chemical "scaffold" has neither.
_IMPLANT_SITE: Final = re.compile(
    r"\binto\s+the\s+(?:\w+\s+)?(?:lesion|gap|cavity|defect|injur\w*|cord)|in\s+situ|bridg|embedded|laden|"
    r"loaded|encapsulat|carrying|containing|filled",
    re.IGNORECASE,
)
_PERCENT_BEFORE: Final = re.compile(r"%\s*\)?\s*(?:(?:were|was|are|is)\s+)?$")
# "SEM" is the standard error of the mean in "mean ± SEM", and scanning electron
# microscopy only where the sentence images something with it.
_STATISTICAL_SEM: Final = re.compile(
    r"±\s*S\.?E\.?M|mean\s*(?:±|\+/-|and)\s*S\.?E\.?M|standard\s+error|error\s+bars?|"
    # "mean (SEM)", "mean [SEM]", "mean, SEM": the statistic in brackets or a list
    r"\bmeans?\s*(?:\(|\[|,|/)\s*S\.?E\.?M\b|"
    r"\bSEM\s+of\s+(?:the\s+)?(?:\d+|two|three|four|five|six|seven|eight|nine|ten|independent|replicate)",
    re.IGNORECASE,
)
_SEM_MICROSCOPY: Final = re.compile(
    r"scanning\s+electron|micrograph|imag|morpholog|observ|visuali[sz]|examin|ultrastructur|\bby\s+SEM\b",
    re.IGNORECASE,
)


def names_cord_injury(model_text: str) -> bool:
    """True for an injury-model name that is a cord injury on its own (contusion, transection...)."""
    return bool(_SCI_ONLY.search(model_text))


def level_scope(text: str) -> bool:
    """A vertebral level in ``text`` may be the injury's: the sentence speaks of the cord or an injury."""
    return spinal_context(text) or bool(_INJURY_WORDS.search(text))


def implant_site(text: str) -> bool:
    """True when ``text`` places a carrier in the lesion or loads it with something."""
    return bool(_IMPLANT_SITE.search(text))


def sem_is_microscopy(text: str) -> bool:
    """ "SEM" in ``text`` is scanning electron microscopy, not the standard error of the mean."""
    if _STATISTICAL_SEM.search(text):
        return False
    return bool(_SEM_MICROSCOPY.search(text)) or vesicle_mention(text)


# A sentence end the splitter keeps inside one sentence: the next sentence opens with
# a lower-case abbreviation ("... (native sEV). sEV were isolated ..."); not after an
# initial or a one-letter abbreviation ("i.v. hUCMSC-Exos").
_INNER_STOP: Final = re.compile(r"(?<![\s.][A-Za-z])\.\s+(?=[a-z]{1,4}[A-Z])")
# The parent cells' surface phenotype ("CD90+/CD29+/CD45− flow cytometry"): MSC
# identity markers written with their sign, which vesicles are not typed by.
_MSC_PHENOTYPE: Final = re.compile(
    r"\bCD(?:29|34|44|45|73|90|105|11b|14|19)\s*(?:\+|[-−–](?=\s|/|,|\)|$)|\s*-?\s*(?:positive|negative)\b)"
    r"|\bHLA-DR\s*[-−–+]"
    # the sign written once after a list: "CD90 and CD44 (positive) and CD45 (negative)"
    r"|\bCD(?:29|34|44|45|73|90|105|11b|14|19)(?:\s*(?:,|and|&)\s*CD\d{1,3}[a-z]?)*\s*\(\s*(?:positive|negative|\+|[-−–])\s*\)",
    re.IGNORECASE,
)


_POSITIVE_VESICLES: Final = re.compile(
    r"\s*+-?(?:positive|\+)\s+(?:small\s+)?(?:extracellular\s+)?"
    r"(?:vesicles|exosomes|s?EVs|particles|Exos)\b",
    re.IGNORECASE,
)


def own_sentence(text: str, start: int) -> str:
    """The part of ``text`` that is the sentence holding ``start``, when the splitter joined two."""
    left = 0
    for m in _INNER_STOP.finditer(text):
        if m.end() <= start:
            left = m.end()
        else:
            return text[left : m.start() + 1]
    return text[left:]


def msc_phenotype(text: str) -> bool:
    """``text`` states the parent cells' surface phenotype ("CD90+/CD29+/CD45−")."""
    return bool(_MSC_PHENOTYPE.search(text))


def positive_vesicles_at(text: str, end: int) -> bool:
    """A marker ending at ``end`` is carried by the vesicles: "CD81-positive vesicles"."""
    return bool(_POSITIVE_VESICLES.match(text, end))


def sex_of_animals(text: str, start: int) -> bool:
    """A sex word at ``start`` describes the study's animals: animals in the sentence, no people.

    "58% female", "the majority (82%) were female" and "participants ... female"
    describe people; "female Sprague-Dawley rats" and "rats of both sexes" the animals.
    """
    if _PERCENT_BEFORE.search(text[max(0, start - 12) : start]):
        return False
    return animal_mention(text) and not human_mention(text)


# A PDF subheading the parser kept as a paragraph (after a page break or a footnote):
# a few capitalised words with no sentence end, "sEV characterization", "2.4 Exosome
# identification".
_HEADING_LIKE: Final = re.compile(r"(?:\d++(?:\.\d++)*+\.?\s+)?[A-Za-z][\w\s,()/&+-]{2,60}")


def _heading_like(text: str) -> bool:
    t = text.strip()
    return (
        0 < len(t.split()) <= 6
        and not t.endswith((".", ":", ";", ","))
        and _HEADING_LIKE.fullmatch(t) is not None
        and (t[0].isupper() or t[0].isdigit() or t[:1].islower() and t[1:2].isupper())
    )


def vesicle_context(doc: ParsedDocument, sentences: Sequence[Sentence]) -> list[bool]:
    """Per sentence: does it, the sentence before, its paragraph or the heading over it name vesicles?

    Isolation and characterisation methods ("differential centrifugation",
    "western blot", "flow cytometry") describe the vesicles only inside a
    paragraph about them; the same words in a cell-biology paragraph do not.
    """
    blocks = doc.blocks
    para: dict[int, bool] = {}
    for s in sentences:
        if vesicle_mention(s.text):
            para[s.block_index] = True
    heading: dict[int, bool] = {}
    last = False
    for i, b in enumerate(blocks):
        if b.kind == BlockKind.HEADING or _heading_like(b.text):
            last = vesicle_mention(b.text)
        heading[i] = last
    out: list[bool] = []
    prev = False
    for s in sentences:
        here = vesicle_mention(s.text)
        out.append(
            here or prev or para.get(s.block_index, False) or heading.get(s.block_index, False)
        )
        prev = here
    return out


# ----------------------------------------------------------------------------- document level

# Sections that say what the study did. Results and captions join in only when the
# parser found no methods section (a PDF whose headings it could not read).
_STUDY_SECTIONS: Final = (
    SectionKind.TITLE,
    SectionKind.ABSTRACT,
    SectionKind.METHODS,
    SectionKind.OTHER,
)
_FALLBACK_SECTIONS: Final = (SectionKind.RESULTS, SectionKind.FIGURE_CAPTION, SectionKind.TABLE)
# How much of the study sections the gate reads: enough for any methods section.
_MAX_GATE_CHARS: Final = 400_000


@dataclass(frozen=True, slots=True)
class Relevance:
    """Whether a document describes experimental animals and vesicles (quotes for the note)."""

    animal: bool
    vesicle: bool
    animal_quote: str | None = None
    vesicle_quote: str | None = None

    @property
    def relevant(self) -> bool:
        return self.animal and self.vesicle

    def allows(self, field: str) -> bool:
        """True when ``field`` may be prefilled for this document."""
        if field in ANIMAL_FIELDS:
            return self.animal
        if field in VESICLE_FIELDS:
            return self.vesicle
        if field in BOTH_FIELDS:
            return self.animal and self.vesicle
        return True

    def note(self) -> str | None:
        """A line for the reviewer when some study fields were not prefilled, else None."""
        if self.relevant:
            return None
        missing = []
        if not self.animal:
            missing.append("experimental animals (rats, mice)")
        if not self.vesicle:
            missing.append("vesicles (exosomes, EVs)")
        what = (
            "animal, injury and treatment fields"
            if not self.animal and self.vesicle
            else "vesicle and treatment fields"
            if self.animal
            else "study fields"
        )
        return (
            f"Not an animal study of vesicles: title, abstract and methods name no "
            f"{' and no '.join(missing)}; {what} were left empty."
        )


def study_relevance(doc: ParsedDocument, sentences: Iterable[Sentence]) -> Relevance:
    """Does the document describe experimental animals and vesicles? Computed once, cheaply.

    Reads the title, abstract and methods (and unplaced blocks); when the parser
    found no methods section, results, captions and tables too. Introductions,
    discussions and references never count: a trial may cite rat studies.
    """
    sents = list(sentences)
    has_methods = any(b.section == SectionKind.METHODS for b in doc.blocks)
    sections = _STUDY_SECTIONS if has_methods else _STUDY_SECTIONS + _FALLBACK_SECTIONS
    animal_q: str | None = None
    vesicle_q: str | None = None
    read = 0
    for s in sents:
        if s.section not in sections:
            continue
        read += len(s.text)
        if read > _MAX_GATE_CHARS:
            break
        if animal_q is None and animal_mention(s.text):
            animal_q = s.text
        if vesicle_q is None and vesicle_mention(s.text):
            vesicle_q = s.text
        if animal_q is not None and vesicle_q is not None:
            break
    return Relevance(animal_q is not None, vesicle_q is not None, animal_q, vesicle_q)


def gate_fields(fields: Mapping[str, object], relevance: Relevance) -> dict[str, object]:
    """``fields`` without the study fields this document's relevance does not allow."""
    return {k: v for k, v in fields.items() if relevance.allows(k)}
