"""The journal name and the publication year from page 1's citation line.

"J Spinal Regen 2019; 14: 412–424 · https://doi.org/...", "Cell Ther Lett (2023)
9:114–125", "Front Neural Repair 11:586", above or below the title, else the
"Citation:" line.
"""

from __future__ import annotations

import re
from typing import Final

from miner.extract._biblio_header import citation_text, page_one_header
from miner.parse.model import Block, BlockKind, ParsedDocument

__all__ = ["journal_and_year"]

_MONTHS: Final = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "aug",
    "sep",
    "sept",
    "oct",
    "nov",
    "dec",
]
_URL_DOI: Final = re.compile(
    r"(?:https?://)?(?:dx\.)?doi\.org/\S+|\bdoi:?\s*10\.\S+|\b10\.\d{4,9}/\S+|https?://\S+",
    re.IGNORECASE,
)
# Not glued to a letter either: "12:e2009" is an article number, not a year.
_YEAR: Final = re.compile(r"(?<![\w./-])(19[5-9]\d|20[0-4]\d)(?![\d/-]|\.\d)")
# A journal name (capitalised words, abbreviated or not) directly followed by the
# year or the volume: "J Spinal Regen 2019;", "Vesicle Biol Rep. 2021;5(2)",
# "Stem Cell Transl Sci (2021) 12:77", "Front Neural Repair 11:586".
# Lower-case words that join the words of a journal name: "Journal of Experimental
# Neural Repair", "Biomaterials for Neural Regeneration", "Revista de Neurologia",
# "Zeitschrift für Zellforschung", "Archives des Neurosciences".
_JOINERS: Final = (
    r"(?:of|for|and|the|in|on|&|de|del|da|do|di|des|du|la|le|y|e|für|und|der|van|voor)"
)
# A capitalised word of a journal name, in any Latin script: "Rückenmarksforschung", "Expérimentales".
_JWORD: Final = r"[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|[&'’-])*\.?"
# A place or edition in brackets after the name belongs to it, as the NLM catalogue
# writes it: "Cells (Basel)", "Medicina (Kaunas)", "Neural Repair Reports (Warsaw)".
_QUALIFIER: Final = rf"\s*\((?:{_JWORD}\s+){{0,2}}{_JWORD}\)"
_JOURNAL: Final = re.compile(
    # "Brain, Behavior, and Immunity", "Cells, Vesicles and Neurorepair": a comma list of
    # words may open the name (checked by _journal_name: it must close with "and").
    rf"(?:^|[|·•—–(]\s*+|\s{{2,}}+)(?P<j>(?:{_JWORD},\s+(?:(?:and|&)\s+)?){{0,3}}(?:{_JWORD}\s+(?:{_JOINERS}\s+){{0,2}}){{0,8}}{_JWORD}(?:{_QUALIFIER})?)\.?\s*,?\s*"
    # The year may carry a month (and day) before the volume: "2022 Mar;17(3)", "2018 Jul 12;55".
    r"(?:\(?(?P<y>(?:19|20)\d\d)\)?\s*(?:[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2})?\s*)?(?:[;,:.]?\s*\d|,\s*Article\b"
    # An accepted manuscript's status where the volume will go: "J Name 2023; accepted 2023-06-14",
    # "J Name 2022; in press", "J Name 2021; epub ahead of print".
    r"|[;,:.]\s*(?i:accepted\b|in\s+press\b|(?:e-?pub(?:lished)?\s+|online\s+)?ahead\s+of\s+print\b|just\s+accepted\b))"
    # A publication status stands where the volume will go: "in press (2017)",
    # "ahead of print 2021", "Accepted manuscript (2019)".
    r"|(?i:in\s+press|(?:online\s+)?ahead\s+of\s+print|early\s+view|online\s+first|accepted\s+manuscript|just\s+accepted)"
    r"\s*[,;:.]?\s*\(?(?P<ys>(?:19|20)\d\d)\b"
    r"|(?P<v>\d{1,4})\s*[:(]\s*[eE]?\d"
    # Volume, then an article number or the first page after a comma: "5, Art. 77",
    # "12, e0418", "38, Article 112", "7, 112–120".
    r"|(?P<v2>\d{1,4})\s*,\s*(?:(?:Art(?:icle)?\.?|no\.|p{1,2}\.)\s*(?:no\.?\s*)?)?[eE]?\d+(?:\s*[–-]\s*\d+)?\b)"
)
# Words that never occur in a journal name but do in the header lines around it.
_NOT_JOURNAL_WORDS: Final = frozenset(
    [
        "published",
        "received",
        "accepted",
        "revised",
        "online",
        "copyright",
        "volume",
        "vol",
        "issue",
        "page",
        "pages",
        "doi",
        "citation",
        "cite",
        "editor",
        "licensee",
        "et",
        "al",
        # a manuscript's or preprint's banner: "Author Manuscript; available in PMC 2022"
        "manuscript",
        "preprint",
        "available",
        "posted",
    ]
)
# Preprint servers and repositories print a citation-like banner ("bioRxiv preprint
# doi: ...; this version posted May 6, 2020"), but they are not the journal.
_NOT_JOURNALS: Final = frozenset(
    [
        "biorxiv",
        "medrxiv",
        "arxiv",
        "chemrxiv",
        "psyarxiv",
        "techrxiv",
        "research square",
        "ssrn",
        "preprints",
        "preprints.org",
        "authorea",
        "qeios",
        "zenodo",
        "osf preprints",
        "peerj preprints",
        "europe pmc",
        "pmc",
        "pubmed central",
        "hhs public access",
        "nihms",
    ]
)
# Article-type labels printed before the journal name ("Research Article", "ORIGINAL
# RESEARCH", "Open Access"): stripped, since "Research", "Review", "Reports",
# "Letters" and "Open" are also words of real journal names ("Stem Cell Research &
# Therapy", "Neural Regeneration Research", "Cell Reports", "Open Biology").
_LEADING_LABEL: Final = re.compile(
    r"^(?:(?:original|research|review|brief|short|rapid|full|regular|case|clinical|basic|invited|"
    r"special|technical)\s+)*(?:article|paper|research|report|communication|review|letter|study|"
    r"contribution|investigation)\b\s*(?:open\s+access\b\s*)?|^open\s+access\b\s*",
    re.IGNORECASE,
)
# Running headers that start with the authors ("Okely et al. Int J Behav Nutr ...")
# and publisher imprints ("Hindawi Publishing Corporation Journal of ...").
_ET_AL_HEAD: Final = re.compile(r"^\s*(?:[^\W\d_][\w'’-]*\s+){1,3}et\s+al\.?\s*[,;:]?", re.UNICODE)
_PUBLISHER: Final = re.compile(
    r"\b(?:Hindawi(?:\s+Publishing\s+Corporation|\s+Limited)?|BioMed\s+Central(?:\s+Ltd)?|Elsevier(?:\s+(?:Inc|Ltd|B\.V)\.?)?|"
    r"Springer(?:\s+Nature)?|(?:John\s+)?Wiley(?:\s+&\s+Sons)?(?:\s+(?:Inc|Ltd)\.?)?|Frontiers\s+Media(?:\s+S\.?A\.?)?|MDPI|"
    r"Taylor\s+&\s+Francis|SAGE\s+Publications|Wolters\s+Kluwer|Lippincott\s+Williams\s+&\s+Wilkins|"
    r"(?:Oxford|Cambridge)\s+University\s+Press|Cell\s+Press|Nature\s+Publishing\s+Group|Mary\s+Ann\s+Liebert(?:,?\s+Inc\.?)?|"
    r"Dove\s+(?:Medical\s+)?Press|Spandidos\s+Publications|Ivyspring\s+International\s+Publisher|Wolters\s+Kluwer\s+Medknow|"
    r"Public\s+Library\s+of\s+Science|Published\s+by)\b\.?",
)
# "Published in", "Accepted for publication in", "To appear in", "Forthcoming in".
_IN_JOURNAL: Final = r"\b(?:published|appeared|accepted(?:\s+for\s+publication)?|to\s+appear|forthcoming)\s+in:?\s+(?:the\s+)?"
_PUBLISHED_IN: Final = re.compile(_IN_JOURNAL, re.IGNORECASE)
# "Published in: Journal of Neuroinflammation" names the journal without a volume.
_PUBLISHED_IN_NAME: Final = re.compile(
    _IN_JOURNAL
    + r"(?P<j>(?:[A-Z][\w&'.-]*\s+(?:(?:of|for|and|the|in|on|&)\s+){0,2}){0,8}[A-Z][\w&'.-]*"
    # "Subsequently published in Neurotrauma Reports (Warsaw) (2020)": the bracketed place is the name's
    + rf"(?:{_QUALIFIER})?)(?:\s*\((?P<y>(?:19|20)\d\d)\))?",
    re.IGNORECASE,
)
# An author manuscript's citation line: "Published in final edited form as: J Name. 2021;
# 12(3): 45-56." The cue goes before the name; "published in" alone would leave
# "final edited form as:" glued to it.
_FINAL_FORM: Final = re.compile(
    r"\b(?:published\s+in\s+(?:its\s+)?final\s+(?:edited\s+)?form\s+as|"
    r"final\s+(?:edited\s+|published\s+)?(?:form|version)\s+(?:published\s+)?(?:as|in))\s*:?",
    re.IGNORECASE,
)
_BANNER_CUE: Final = re.compile(
    r"\b(?:accepted(?:\s+for\s+publication)?|to\s+appear)\s+in\s+[A-Z]", re.IGNORECASE
)
_VOLUME_WORD: Final = re.compile(r"\s+Vol(?:ume|\.)?\s*(?=\d)", re.IGNORECASE)


def _journal_in(text: str) -> tuple[str, int | None] | None:
    clean = _URL_DOI.sub("  ", text)
    clean = _ET_AL_HEAD.sub("  ", clean)
    clean = _PUBLISHER.sub("  ", clean)
    clean = _FINAL_FORM.sub("  ", clean)
    clean = _PUBLISHED_IN.sub("  ", clean)
    clean = _VOLUME_WORD.sub(" ", clean)
    for m in _JOURNAL.finditer(clean):
        name = _journal_name(m["j"])
        if name:
            y = m["y"] or m["ys"]
            return name, int(y) if y else None
    pub = _PUBLISHED_IN_NAME.search(_URL_DOI.sub("  ", text))
    if pub and pub["j"][0].isupper():
        name = _journal_name(pub["j"])
        if name:
            return name, int(pub["y"]) if pub["y"] else None
    return None


# Bracketed words after a name that say how it was issued, not which journal it is.
_ISSUE_NOTE: Final = frozenset(
    ["print", "electronic", "online", "internet", "ed", "edition", "english", "ahead", "press"]
)


def _journal_name(raw: str) -> str | None:
    if raw.strip().rstrip(".").lower() in _NOT_JOURNALS:
        return None  # before the labels go: "Research Square" is not the journal "Square"
    name = _LEADING_LABEL.sub("", raw.strip()).rstrip(".").strip()
    qual = re.search(r"\s*\(([^()]*)\)$", name)
    if qual:
        words = [w.strip(".").lower() for w in qual[1].split()]
        if any(w in _MONTHS or w in _NOT_JOURNAL_WORDS or w in _ISSUE_NOTE for w in words):
            name = name[: qual.start()]  # "Spinal Repair (Online) 2020;": the issue, not the name
    words = [w.strip(".").lower() for w in name.split()]
    if not words or any(w in _MONTHS or w in _NOT_JOURNAL_WORDS for w in words):
        return None
    if len(name) < 4 or name.isupper() and len(words) > 1:
        return None
    if re.sub(r"\s*\([^()]*\)$", "", name).lower() in _NOT_JOURNALS:
        return None
    if "," in name and not _COMMA_NAME.fullmatch(name):
        return None  # "Zhang Y, Li X": a list of authors, not a name with commas
    return name


# A journal name with commas lists whole words and closes the list with "and": "Brain,
# Behavior, and Immunity". Initials ("Zhang Y, Li X") are not words of a journal name.
_COMMA_NAME: Final = re.compile(
    r"(?:[A-Z][a-z]{2,}(?:\s+[A-Z][a-z]{2,})?,\s+)+(?:[A-Z][a-z]{2,}\s+)*(?:and|&)\s+.*"
)


def _journal_in_citation(text: str) -> tuple[str, int | None] | None:
    """The journal of a citation: the first segment after the authors and title that reads as one."""
    text = _URL_DOI.sub("  ", text)
    # The title ends with a full stop; the journal name follows it.
    for seg in re.split(r"(?<=[.?!])\s+(?=[A-Z])", text)[1:]:
        found = _journal_in("  " + seg)
        if found:
            return found
    return None


# A header line broken inside a journal name: "Cell-Free Therapeutics in" / "Neurology
# 2(1):e24003", "Journal of Regenerative" / "Neurobiology 12:44", "Annals of Neuro-" /
# "regeneration 3:1". A narrow metadata column wraps the citation line after a joining
# word or a hyphen, and the layout analysis then sees two blocks.
_OPEN_END: Final = re.compile(rf"(?:\s{_JOINERS}|[A-Za-z]-)\s*$")
_OPEN_START: Final = re.compile(rf"^\s*{_JOINERS}\s+[A-Z]")


def _rejoined(blocks: list[Block]) -> list[Block]:
    """``blocks`` with each one cut inside a name joined to the block after it (the two kept too)."""
    out: list[Block] = []
    for i, block in enumerate(blocks):
        nxt = blocks[i + 1] if i + 1 < len(blocks) else None
        if (
            nxt is not None
            and len(block.text) < 120
            and (_OPEN_END.search(block.text) or _OPEN_START.match(nxt.text))
            and not _URL_DOI.search(block.text)
        ):
            head = block.text.rstrip()
            if head.endswith("-"):
                # "Neuro-" / "regeneration" is one word broken at the line end; "Cell-" / "Free" keeps its hyphen.
                joined = (
                    head[:-1] if nxt.text.lstrip()[:1].islower() else head
                ) + nxt.text.lstrip()
            else:
                joined = head + " " + nxt.text.lstrip()
            # The joined line first: a name read whole beats its tail read alone.
            out.append(
                Block(
                    joined,
                    block.page,
                    block.section,
                    block.kind,
                    block.bbox,
                    block.heading,
                    block.xpath,
                    block.lines,
                    block.start,
                )
            )
        out.append(block)
    return out


# The PMC author manuscript banner: "J Neurotrauma. Author manuscript; available in PMC
# 2021 June 01." It names the journal (abbreviated) but its date is PMC's, not the paper's.
_AM_BANNER: Final = re.compile(
    rf"^\s*(?P<j>(?:{_JWORD}\s+(?:{_JOINERS}\s+){{0,2}}){{0,8}}{_JWORD}(?:{_QUALIFIER})?)\.?\s+"
    r"(?i:author\s+manuscript)\b"
)


def _banner_journal(blocks: list[Block]) -> tuple[str, Block] | None:
    """The journal named by an author manuscript's banner printed on page 1.

    A banner repeated on every page is a running head, out of the text: it has no
    quote to show, and the page-1 "Published in final edited form as:" line names
    the journal anyway.
    """
    for block in blocks:
        m = _AM_BANNER.match(block.text)
        name = _journal_name(m["j"]) if m else None
        if name:
            return name, block
    return None


def journal_and_year(
    doc: ParsedDocument,
) -> tuple[tuple[str, Block] | None, tuple[int, Block] | None]:
    """The journal name and the publication year from page 1's citation line, each with its block."""
    above, _, below = page_one_header(doc)
    journal: tuple[str, Block] | None = None
    year: tuple[int, Block] | None = None
    for block in _rejoined([*above, *below]):
        text = block.text
        if len(text) > 300 and block.kind != BlockKind.CAPTION:
            # An accepted manuscript's one-size title page runs the authors, the
            # affiliations and the "Accepted in <journal>, 2022; 17(9)" banner together:
            # read the banner from its cue on.
            cue = _BANNER_CUE.search(text)
            text = text[cue.start() : cue.start() + 300] if cue else text
        if block.kind == BlockKind.CAPTION or len(text) > 300:
            continue
        found = _journal_in(text)
        if found and journal is None:
            journal = (found[0], block)
            if found[1] and year is None:
                year = (found[1], block)
        if year is None and (found or _URL_DOI.search(text) or "published" in text.lower()):
            m = _YEAR.search(_URL_DOI.sub("  ", text))
            if m:
                year = (int(m.group(1)), block)
    if journal is None:
        cite = citation_text(doc)
        found = _journal_in_citation(cite[0]) if cite else None
        if cite and found:
            journal = (found[0], cite[1])
            if found[1] and year is None:
                year = (found[1], cite[1])
    if journal is None and (above or below):
        journal = _banner_journal([*above, *below])
    return journal, year
