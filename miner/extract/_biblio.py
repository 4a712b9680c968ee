"""First author, year and journal from the first page of a PDF, when its metadata lacks them.

Journal PDFs print the citation line above or below the title ("J Spinal Regen
2019; 14: 412–424 · https://doi.org/...", "Cell Ther Lett (2023) 9:114–125",
"Front Neural Repair 11:586") and the author line right under the title ("Yiming
Zhang [1], Lina Qiao [1], ..."). Both are read conservatively: a line that does
not look like a citation or a list of personal names gives nothing.
"""

from __future__ import annotations

import re
from typing import Final

from miner.parse.model import Block, BlockKind, ParsedDocument, SectionKind

__all__ = ["author_line_first_author", "first_author", "first_author_fallback", "journal_and_year", "page_one_header"]

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
_JOINERS: Final = r"(?:of|for|and|the|in|on|&|de|del|da|do|di|des|du|la|le|y|e|für|und|der|van|voor)"
# A capitalised word of a journal name, in any Latin script: "Rückenmarksforschung", "Expérimentales".
_JWORD: Final = r"[A-ZÀ-ÖØ-Þ](?:[^\W\d_]|[&'’-])*\.?"
# A place or edition in brackets after the name belongs to it, as the NLM catalogue
# writes it: "Cells (Basel)", "Medicina (Kaunas)", "Neural Repair Reports (Warsaw)".
_QUALIFIER: Final = rf"\s*\((?:{_JWORD}\s+){{0,2}}{_JWORD}\)"
_JOURNAL: Final = re.compile(
    rf"(?:^|[|·•—–(]\s*|\s{{2,}})(?P<j>(?:{_JWORD}\s+(?:{_JOINERS}\s+){{0,2}}){{0,8}}{_JWORD}(?:{_QUALIFIER})?)\s*,?\s*"
    # The year may carry a month (and day) before the volume: "2022 Mar;17(3)", "2018 Jul 12;55".
    r"(?:\(?(?P<y>(?:19|20)\d\d)\)?\s*(?:[A-Z][a-z]{2,8}\.?(?:\s+\d{1,2})?\s*)?(?:[;,:.]?\s*\d|,\s*Article\b)"
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
_IN_JOURNAL: Final = r"\b(?:published|appeared|accepted\s+for\s+publication|to\s+appear|forthcoming)\s+in:?\s+(?:the\s+)?"
_PUBLISHED_IN: Final = re.compile(_IN_JOURNAL, re.IGNORECASE)
# "Published in: Journal of Neuroinflammation" names the journal without a volume.
_PUBLISHED_IN_NAME: Final = re.compile(
    _IN_JOURNAL + r"(?P<j>(?:[A-Z][\w&'.-]*\s+(?:(?:of|for|and|the|in|on|&)\s+){0,2}){0,8}[A-Z][\w&'.-]*)",
    re.IGNORECASE,
)
_VOLUME_WORD: Final = re.compile(r"\s+Vol(?:ume|\.)?\s*(?=\d)", re.IGNORECASE)
# A page-1 citation line: "Citation: Iskandar DT, Evans BJ (2014) <title>. PLoS ONE 9(12): e115884",
# "To cite: Corder K, Brown HE, et al. <title>. BMJ Open 2016;6:e012335".
_CITE_CUE: Final = re.compile(
    r"^\s*(?:citation|to\s+cite(?:\s+this\s+article)?|cite\s+this\s+(?:article|paper)(?:\s+as)?|"
    r"how\s+to\s+cite(?:\s+this\s+(?:article|paper))?|please\s+cite\s+this\s+article(?:\s+as)?)\s*:?\s*",
    re.IGNORECASE,
)
_CITE_STOP: Final = re.compile(r"^\s*(?:received|accepted|published|copyright|©|editor|academic\s+editor|correspond)", re.IGNORECASE)
_CITE_AUTHOR: Final = re.compile(r"^\s*(?P<f>[^\W\d_][\w'’-]*(?:\s+(?:van|von|de|der|den|da|del|di|la|le)\s+[^\W\d_][\w'’-]*)?)\s+[A-Z]{1,3}\b\s*[,.;]")
_PARTICLES: Final = frozenset(
    [
        "van",
        "von",
        "der",
        "den",
        "de",
        "da",
        "del",
        "di",
        "la",
        "le",
        "du",
        "dos",
        "das",
        "bin",
        "al",
        "el",
        "ó",
        "ní",
        "nic",
        "mac",
        "ua",
    ]
)
_DEGREES: Final = re.compile(
    r"\b(?:MD|PhD|MSc|BSc|MS|MPH|DVM|DDS|MBBS|RN|Prof|Dr)\b\.?", re.IGNORECASE
)
_MARKERS: Final = re.compile(r"\[\s*\d+(?:\s*,\s*\d+)*\s*\]|[\d*†‡§¶#]+|\s[a-z](?:,[a-z])*(?=\s|$)")
_NAME_WORD: Final = re.compile(
    r"^[A-Z][a-z'’-]+(?:-[A-Z]?[a-z'’]+)?$|^[A-Z]\.?$|^[A-Z]\.-?[A-Z]\.$"
)
_SUFFIX: Final = re.compile(r"(?:Jr|Sr|Jnr|Snr)\.?|II|III|IV")
_FAMILY_FIRST: Final = re.compile(
    r"family\s+names?\s+(?:are\s+)?(?:given|written|listed|placed)?\s*first|surnames?\s+(?:are\s+)?(?:given\s+)?first",
    re.IGNORECASE,
)
_AFFIL_LETTERS: Final = re.compile(r"(?:^|[;,.]\s*)(?P<l>[a-z])\s+[A-Z]")


_BACK_MATTER: Final = frozenset({SectionKind.ACKNOWLEDGEMENTS, SectionKind.REFERENCES})


def page_one_header(doc: ParsedDocument) -> tuple[list[Block], Block | None, list[Block]]:
    """(blocks above the title, the title block, the blocks between the title and the abstract) of page 1."""
    above: list[Block] = []
    below: list[Block] = []
    title: Block | None = None
    for block in doc.blocks:
        if block.page not in (None, 1):
            break
        if block.section == SectionKind.TITLE and title is None:
            title = block
            continue
        # Back matter cannot sit between a title and its abstract: a block there labelled
        # so inherited the label from a side column ("Abbreviations", "Acknowledgements"
        # printed beside the title) and is the author line or the affiliations.
        header_zone = title is not None and block.section in _BACK_MATTER
        if not header_zone and block.section not in (SectionKind.OTHER, SectionKind.TITLE):
            if title is not None or len(above) > 4:
                break
            continue
        (below if title is not None else above).append(block)
        if len(below) >= 4:
            break
    return above, title, below


def _journal_in(text: str) -> tuple[str, int | None] | None:
    clean = _URL_DOI.sub("  ", text)
    clean = _ET_AL_HEAD.sub("  ", clean)
    clean = _PUBLISHER.sub("  ", clean)
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
            return name, None
    return None


# Bracketed words after a name that say how it was issued, not which journal it is.
_ISSUE_NOTE: Final = frozenset(["print", "electronic", "online", "internet", "ed", "edition", "english", "ahead"])


def _journal_name(raw: str) -> str | None:
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
    return name


def _citation_text(doc: ParsedDocument) -> tuple[str, Block] | None:
    """The text of page 1's "Citation:" / "To cite:" line, joined across the blocks it wraps over."""
    blocks = [b for b in doc.blocks if b.page in (None, 1) and b.section != SectionKind.REFERENCES]
    for i, block in enumerate(blocks):
        m = _CITE_CUE.match(block.text)
        if not m or len(block.text) > 800:
            continue
        parts = [block.text[m.end() :]]
        for nxt in blocks[i + 1 : i + 12]:
            if sum(len(p) for p in parts) > 500 or _CITE_STOP.match(nxt.text) or _CITE_CUE.match(nxt.text):
                break
            parts.append(nxt.text)
        return " ".join(parts), block
    return None


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
                joined = (head[:-1] if nxt.text.lstrip()[:1].islower() else head) + nxt.text.lstrip()
            else:
                joined = head + " " + nxt.text.lstrip()
            # The joined line first: a name read whole beats its tail read alone.
            out.append(Block(joined, block.page, block.section, block.kind, block.bbox, block.heading,
                             block.xpath, block.lines, block.start))
        out.append(block)
    return out


def journal_and_year(
    doc: ParsedDocument,
) -> tuple[tuple[str, Block] | None, tuple[int, Block] | None]:
    """The journal name and the publication year from page 1's citation line, each with its block."""
    above, _, below = page_one_header(doc)
    journal: tuple[str, Block] | None = None
    year: tuple[int, Block] | None = None
    for block in _rejoined([*above, *below]):
        if block.kind == BlockKind.CAPTION or len(block.text) > 300:
            continue
        found = _journal_in(block.text)
        if found and journal is None:
            journal = (found[0], block)
            if found[1] and year is None:
                year = (found[1], block)
        if year is None and (
            found or _URL_DOI.search(block.text) or "published" in block.text.lower()
        ):
            m = _YEAR.search(_URL_DOI.sub("  ", block.text))
            if m:
                year = (int(m.group(1)), block)
    if journal is None:
        cite = _citation_text(doc)
        found = _journal_in_citation(cite[0]) if cite else None
        if cite and found:
            journal = (found[0], cite[1])
            if found[1] and year is None:
                year = (found[1], cite[1])
    return journal, year


# Affiliation markers glued to or set after a name: "Okely1,2*", "Burke, [1,2]",
# "DOUGLAS∗ [1]". Removed before the line is split at commas, since the commas
# inside "[3,4]" or "1,2" separate markers, not authors.
_BRACKET_MARK: Final = re.compile(r"\[\s*\d+(?:\s*[,–-]\s*\d+)*\s*\]")
_GLUED_MARK: Final = re.compile(r"(?<=[^\W\d_])\d+(?:\s*[,–-]\s*\d+)*")
_SYMBOL_MARK: Final = re.compile(
    r"[*†‡§¶#∗⁎✉]+|(?<=\s)\d+(?:\s*[,–-]\s*\d+)*(?=\s*(?:,|;|\band\b|&|$))"
)
_BY: Final = re.compile(r"^\s*by\s+", re.IGNORECASE)
_APOSTROPHES: Final = "'’"


# Superscript digits and letters that survive text extraction as characters.
_SUPERSCRIPT: Final = re.compile(r"[\u00b9\u00b2\u00b3\u2070-\u209f\u1d2c-\u1dbf]+")
# "[a]", "(1)", "(a,b)": bracketed affiliation keys.
_KEY_MARK: Final = re.compile(r"[\[(]\s*(?:[a-z]|\d{1,2})(?:\s*[,–-]\s*(?:[a-z]|\d{1,2}))*\s*[\])]")
# " a", " a,b" after a name: lettered affiliation keys set apart from the name.
_LETTER_MARK: Final = re.compile(r"(?<=[^\W\d_])\s+[a-z](?:\s*,\s*[a-z])*(?=\s*(?:,|;|\||·|•|&|\band\b|$))")


def _clean_markers(line: str) -> str:
    line = _SUPERSCRIPT.sub(" ", line)
    line = _BRACKET_MARK.sub(" ", line)
    line = _KEY_MARK.sub(" ", line)
    line = _GLUED_MARK.sub(" ", line)
    line = _LETTER_MARK.sub(" ", line)
    return _SYMBOL_MARK.sub(" ", f" {line} ").strip()


def _split_authors(line: str) -> list[str]:
    line = _DEGREES.sub("", _clean_markers(_BY.sub("", line)))
    letters = [c for c in line if c.isalpha()]
    if len(letters) > 6 and all(c.isupper() for c in letters):
        # A line set in capitals ("XIAO-MING LI, WEI ZHANG"): read it in title case.
        line = re.sub(r"[^\W\d_]+", lambda m: m.group(0).capitalize(), line)
    parts = re.split(r"\s*(?:,|;|·|•|\||&|\band\b)\s*", line)
    return [p.strip() for p in parts if p.strip()]


def _is_initials(word: str) -> bool:
    """"J.", "J", "J.-H.", "J.H." (an initial before the family name)."""
    return re.fullmatch(r"(?:[A-Z]\.?-?){1,3}", word) is not None and (
        len(word) == 1 or "." in word or "-" in word
    )


def _is_word(word: str) -> bool:
    """A capitalised name word in any script: "Wikström", "Mensah-Bonsu", "McGee", "O'Brien"."""
    if not word or not word[0].isupper():
        return False
    if not all(ch.isalpha() or ch in "-" + _APOSTROPHES for ch in word):
        return False
    if word[-1] in "-" or "--" in word:
        return False
    for seg in re.split(r"[-'’]", word):
        # "Jian-bo": a lower-case second syllable is a given name written in pinyin.
        if not seg:
            return False
    # At most one capital inside a segment ("McGee", "DeVries", "LeBlanc"); more is an
    # acronym ("BMSCs", "MicroRNA") that never names a person.
    inner = sum(ch.isupper() for seg in re.split(r"[-'’]", word) for ch in seg[1:])
    return inner <= 1 and not (len(word) > 1 and word.isupper())


def _is_caps_surname(word: str) -> bool:
    """A family name set in capitals, as some journals print it: "DOUGLAS", "VAN DER BERG"."""
    return len(word) >= 2 and word.isupper() and word.isalpha() and any(c in "AEIOUYÄÖÜÉÈ" for c in word)


def _parse_name(words: list[str]) -> str | None:
    """'' (a degree or stray label to skip), the kind of name, or None when not a personal name."""
    if len(words) == 1 and words[0].isupper() and 2 <= len(words[0]) <= 6:
        return ""  # a post-nominal degree left by the split ("FRCGP")
    if not 2 <= len(words) <= 5:
        return None
    kinds = []
    for w in words:
        if w.lower() in _PARTICLES:
            kinds.append("p")
        elif _is_initials(w):
            kinds.append("i")
        elif _is_word(w):
            kinds.append("w")
        elif _is_caps_surname(w):
            kinds.append("C")
        elif re.fullmatch(r"[A-Z]{2,3}", w):
            kinds.append("I")  # citation-style initials after the family name: "Zhang XY"
        elif re.fullmatch(r"[A-Z][a-z]{1,3}\.", w):
            kinds.append("i")  # a given name abbreviated: "Mohd. Faiz Ansari", "Md. Rahman", "Wm. Hale"
        else:
            return None
    return "".join(kinds)


def first_author(doc: ParsedDocument) -> tuple[str, Block] | None:
    """The first author's family name from page 1, with the block it was read from.

    The author line under the title first (:func:`author_line_first_author`), else
    the citation or copyright line (:func:`first_author_fallback`).
    """
    return author_line_first_author(doc) or first_author_fallback(doc)


def author_line_first_author(doc: ParsedDocument) -> tuple[str, Block] | None:
    """The first author's family name from the author line under the title, with its block.

    "Yiming Zhang [1], Lina Qiao [1]" -> "Zhang"; "Elin Bergström*, Kwame Asante"
    -> "Bergström"; "Ross G. DOUGLAS [1], Rajni K. SHARMA" -> "Douglas";
    "Zhang Y, Qiao L and Wang XY" -> "Zhang". Affiliation markers (digits, [1],
    *, †, a trailing letter matching the affiliation list) are removed; when page
    1 says family names are given first, the first word is taken.
    """
    _, title, below = page_one_header(doc)
    if title is None or not below:
        return None
    # An article-type label set under the title ("Research Article", "Open Access")
    # is not the author line; the line after it may be.
    k = 0
    while k < len(below) - 1 and k < 2 and _is_label(below[k].text):
        k += 1
    line_block = below[k]
    line = line_block.text.strip()
    if len(line) > 600 or "\n" in line.strip() and len(line.splitlines()) > 3:
        return None
    rest = " ".join(b.text for b in below[k + 1 :] + [line_block])
    family_first = bool(_FAMILY_FIRST.search(rest))
    letters = {m["l"] for b in below[k + 1 : k + 2] for m in _AFFIL_LETTERS.finditer(b.text)}
    names: list[list[str]] = []
    kinds: list[str] = []
    for part in _split_authors(line):
        words = part.split()
        if len(words) == 1 and _SUFFIX.fullmatch(words[0]):
            continue  # "Robert Hale, Jr., Mary Ng": the generation split off by its comma
        while len(words) > 2 and _SUFFIX.fullmatch(words[-1]):
            words = words[:-1]  # "Robert Hale Jr.": the generation, not the family name
        kind = _parse_name(words)
        if kind is None:
            return None
        if kind:
            names.append(words)
            kinds.append(kind)
    if not names:
        return None
    # A running head or keyword line shaped like names ("Spinal Cord Injury"): its words
    # are ordinary words the paper also writes in lower case; personal names are not.
    # (E-mail addresses and URLs are left out: they spell names in lower case.)
    prose = re.sub(r"\S+@\S+|https?://\S+|www\.\S+", " ", doc.text[:200_000])
    common = set(re.findall(r"(?<![\w.@-])[a-z][a-z'-]+\b", prose))
    for n in names:
        long_words = [w for w in n if len(w) > 2]
        if len(long_words) >= 2 and all(w.lower() in common for w in long_words):
            return None
    # Superscript letters glued to the names ("Hao Wanga, Xiaoli Chena") when the
    # affiliations are lettered: strip them only if every name ends in one.
    if letters and all(n[-1][-1] in letters and len(n[-1]) > 2 for n in names):
        names = [[*n[:-1], n[-1][:-1]] for n in names]
    first, kind = names[0], kinds[0]
    initials_after = all(re.fullmatch(r"[wpC]+[iI]", k_) for k_ in kinds) and any(
        k_.endswith("I") or k_.endswith("i") and "." not in n[-1] for k_, n in zip(kinds, names)
    )
    if "C" in kind and "w" in kind.replace("C", ""):
        # The family name is the part in capitals: "Ross G. DOUGLAS", "VAN DER BERG Jan".
        caps = [w for w, c in zip(first, kind) if c in "Cp" and (c == "C" or w.isupper())]
        family = " ".join(w.capitalize() for w in caps)
    elif initials_after:
        family = " ".join(first[:-1])
    elif family_first or _pinyin_family_first(first):
        family = first[0]
    else:
        family = first[-1]
        if len(first) >= 3 and first[-2].lower() in _PARTICLES:
            j = len(first) - 2
            while j > 1 and first[j - 1].lower() in _PARTICLES:
                j -= 1
            family = " ".join(first[j:])
        family = _longer_family_from_et_al(doc, first, family)
    if len(family) < 2 or family.endswith(".") or _is_initials(family):
        return None
    return family, line_block


_ET_AL_NAME: Final = re.compile(r"(?P<n>(?:[^\W\d_][\w'’-]*\s+){1,3}?)et\s+al\b")


def _longer_family_from_et_al(doc: ParsedDocument, first: list[str], family: str) -> str:
    """``family`` widened to the words the paper itself cites the first author by.

    An author line cannot tell a middle name from a first family name ("Rosa Quispe
    Mamani", "Ana Lucía Pérez García"), but the running head or the copyright line
    can: "Quispe Mamani et al.". The wider name is taken only when it ends the
    first author's name and still leaves a given name before it.
    """
    n_family = len(family.split())
    heads = [str(h) for h in (doc.metadata or {}).get("running_heads") or [] if isinstance(h, str)]
    heads += [b.text for b in doc.blocks[:60] if b.page in (None, 1) and len(b.text) < 300]
    best = family
    for head in heads:
        for m in _ET_AL_NAME.finditer(head):
            words = m["n"].split()
            # "Copyright © 2024 Quispe Mamani et al.": keep only the trailing name words.
            while words and not _is_word(words[0]) and words[0].lower() not in _PARTICLES:
                words = words[1:]
            wider = n_family < len(words) < len(first) and len(words) > len(best.split())
            if wider and first[-len(words) :] == words:
                best = " ".join(words)
    return best


# Pinyin syllables: "Chen Jian-Hui" (family name first, as some journals print
# Chinese names) against "Yu-Long He" and "Lucía Castillo-Reyes".
_PINYIN: Final = re.compile(
    r"(?:[bpmfdtnlgkhjqxrzcsyw]|zh|ch|sh)?"
    r"(?:iang|iong|uang|ueng|iao|ian|uai|uan|ang|eng|ing|ong|ai|ei|ao|ou|an|en|er|ia|ie|iu|in|ua|uo|ui|un|ve|a|o|e|i|u|v)"
)


def _pinyin_family_first(words: list[str]) -> bool:
    """True for a two-word name of one pinyin syllable and a hyphenated pinyin given name."""
    if len(words) != 2 or "-" not in words[1] or "-" in words[0]:
        return False
    return all(_PINYIN.fullmatch(x.lower()) for x in [words[0], *words[1].split("-")])


_COPYRIGHT_ET_AL: Final = re.compile(
    r"(?:©|\(c\)|\bcopyright\b)\s*(?:©\s*)?(?:(?:19|20)\d\d\s*)?(?P<n>(?:[^\W\d_][\w'’.-]*\s+){0,4}?[^\W\d_][\w'’-]*)\s+et\s+al\b",
    re.IGNORECASE,
)


def first_author_fallback(doc: ParsedDocument) -> tuple[str, Block] | None:
    """The first author from page 1's citation line or copyright line, when the author line gives none.

    "Citation: Iskandar DT, Evans BJ (2014) ..." -> "Iskandar";
    "© 2012 Hawkes et al.; licensee BioMed Central" -> "Hawkes";
    "Copyright © 2016 Shane M. Burke et al." -> "Burke".
    """
    cite = _citation_text(doc)
    if cite:
        m = _CITE_AUTHOR.match(cite[0])
        if m and _is_word(m["f"].split()[-1]):
            return m["f"], cite[1]
    # Reading order can interleave pages (a wide block of page 2 before page 1's
    # footer), so page 1 is filtered rather than cut at the first page-2 block.
    for block in doc.blocks[:200]:
        if block.page not in (None, 1):
            continue
        if block.section == SectionKind.REFERENCES or len(block.text) > 1500:
            continue
        m = _COPYRIGHT_ET_AL.search(block.text)
        if not m:
            continue
        words = m["n"].split()
        if words and words[0].lower() in ("the", "by"):
            words = words[1:]
        kind = _parse_name(words) if len(words) > 1 else ("w" if words and _is_word(words[0]) else None)
        if not kind:
            continue
        if len(words) == 1 or _pinyin_family_first(words):
            family = words[0]
        else:
            j = len(words) - 1
            while j > 1 and words[j - 1].lower() in _PARTICLES:
                j -= 1
            family = " ".join(words[j:])
        if len(family) >= 2 and not _is_initials(family):
            return family, block
    return None


_LABEL: Final = re.compile(
    r"^\s*(?:(?:original|research|review|brief|short|rapid|full|open|regular|case|clinical|basic|"
    r"invited|special|technical|methods?|protocol)\s+)*(?:article|paper|research|report|communication|"
    r"review|access|letter|study|contribution|investigation)s?\s*(?:open\s+access)?\s*$",
    re.IGNORECASE,
)


def _is_label(text: str) -> bool:
    return len(text) < 60 and bool(_LABEL.match(text))
