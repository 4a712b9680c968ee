"""The first author's family name from page 1: the author line, else the citation or copyright line."""

from __future__ import annotations

import re
from typing import Final

from miner.extract._biblio_header import citation_text, page_one_header
from miner.extract._biblio_names import (
    CONJUNCTIONS,
    PARTICLES,
    is_initials,
    is_word,
    parse_name,
    pinyin_family_first,
    split_authors,
)
from miner.parse.model import Block, ParsedDocument, SectionKind

__all__ = ["author_line_first_author", "first_author", "first_author_fallback"]

_CITE_AUTHOR: Final = re.compile(
    r"^\s*(?P<f>[^\W\d_][\w'’-]*(?:\s+(?:van|von|de|der|den|da|del|di|la|le)\s+[^\W\d_][\w'’-]*)?)\s+[A-Z]{1,3}\b\s*[,.;]"
)
_SUFFIX: Final = re.compile(r"(?:Jr|Sr|Jnr|Snr)\.?|II|III|IV")
_FAMILY_FIRST: Final = re.compile(
    r"family\s+names?\s+(?:are\s+)?(?:given|written|listed|placed)?\s*first|surnames?\s+(?:are\s+)?(?:given\s+)?first",
    re.IGNORECASE,
)
_AFFIL_LETTERS: Final = re.compile(r"(?:^|[;,.]\s*)(?P<l>[a-z])\s+[A-Z]")


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
    line = _cut_at_affiliation(line)
    family_first = bool(_FAMILY_FIRST.search(rest))
    letters = {m["l"] for b in below[k + 1 : k + 2] for m in _AFFIL_LETTERS.finditer(b.text)}
    names: list[list[str]] = []
    kinds: list[str] = []
    for part in split_authors(line):
        words = part.split()
        if len(words) == 1 and _SUFFIX.fullmatch(words[0]):
            continue  # "Robert Hale, Jr., Mary Ng": the generation split off by its comma
        while len(words) > 2 and _SUFFIX.fullmatch(words[-1]):
            words = words[:-1]  # "Robert Hale Jr.": the generation, not the family name
        kind = parse_name(words)
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
    elif family_first or pinyin_family_first(first):
        family = first[0]
    else:
        family = first[-1]
        if len(first) >= 4 and first[-2] in CONJUNCTIONS:
            family = " ".join(first[-3:])  # "Pau Serra i Vidal": both family names and their "i"
        elif len(first) >= 3 and first[-2].lower() in PARTICLES:
            j = len(first) - 2
            while j > 1 and first[j - 1].lower() in PARTICLES:
                j -= 1
            family = " ".join(first[j:])
        family = _longer_family_from_et_al(doc, first, family)
    if len(family) < 2 or family.endswith(".") or is_initials(family):
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
            while words and not is_word(words[0]) and words[0].lower() not in PARTICLES:
                words = words[1:]
            wider = n_family < len(words) < len(first) and len(words) > len(best.split())
            if wider and first[-len(words) :] == words:
                best = " ".join(words)
    return best


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
    cite = citation_text(doc)
    if cite:
        m = _CITE_AUTHOR.match(cite[0])
        if m and is_word(m["f"].split()[-1]):
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
        kind = (
            parse_name(words) if len(words) > 1 else ("w" if words and is_word(words[0]) else None)
        )
        if not kind:
            continue
        if len(words) == 1 or pinyin_family_first(words):
            family = words[0]
        else:
            j = len(words) - 1
            while j > 1 and words[j - 1].lower() in PARTICLES:
                j -= 1
            family = " ".join(words[j:])
        if len(family) >= 2 and not is_initials(family):
            return family, block
    return None


# The first word of an affiliation, an address or a manuscript banner: with one type
# size and no gap (accepted manuscripts), the affiliation runs on from the last author.
_AFFIL_START: Final = re.compile(
    r"(?<=\S)\s+(?:"
    r"(?:The\s+)?(?:First|Second|Third|Fourth|Fifth|Sixth|Seventh|Eighth|Ninth|Tenth)\s+(?:Affiliated|Clinical|Hospital|Military|People)"
    r"|(?:State\s+)?Key\s+Lab"
    r"|Dep(?:t\.|artments?\b|artamento|artament|artement|artement)|Département|Dipartimento|Abteilung|Divisi(?:on|ón)\b"
    r"|Laborat(?:ory|ories|ório|orio|oire)|Labor\b|Lab\.|Institut(?:e|o|s)?\b|Istituto|Instytut"
    r"|Universi(?:ty|ties|dade|dad|tà|té|tät|teit|tet|tas)|Univ\.|Universitäts\w*|Hochschule"
    r"|Facult(?:y|ad|é)\b|Faculdade|Fakultät|School\s+of|College\s+of|Graduate\s+School"
    r"|Hospital|Hôpital|Hospitais|Ospedale|Klinik(?:um)?\b|Clinic\b|Clínica|Clinique|Centers?\s+(?:for|of)|Centres?\s+(?:for|of|de)"
    r"|Centro\b|Zentrum|Unit\s+(?:of|for)|Unité|Unidad|Unidade|Academy|Akademie|Académie|Academia\b"
    r"|Ministry|Foundation|Fundação|Fundación|Affiliated\s+Hospital"
    r"|Accepted\b|Received\b|Revised\b|Published\b|Correspond\w*|E-?mail\b|ORCID\b"
    # an affiliation's number before its first word ("Marc Puig 1 Grupo de ..."); "Holt 1, Kessler 2" keeps its comma
    r"|\S+@\S+\.\w+|\d{3,}\b|\d{1,2}\s+(?=[A-ZÀ-Þ][a-zß-ÿ])|\d+[A-Za-z]?\s+[A-Z][a-z]+\s+(?:Street|St\.|Road|Rd\.|Avenue|Ave\.|Boulevard|Blvd|Lane|Way|Drive)\b"
    r")"
)


def _cut_at_affiliation(line: str) -> str:
    """The author list of ``line``, without an affiliation or banner run on after it.

    "Ana Leal, Rui Mota Department of Anatomy, ..." -> "Ana Leal, Rui Mota". A line
    that starts with an affiliation word is left whole (it is not an author line).
    """
    m = _AFFIL_START.search(line)
    return line[: m.start()] if m else line


_LABEL: Final = re.compile(
    r"^\s*(?:(?:original|research|review|brief|short|rapid|full|open|regular|case|clinical|basic|"
    r"invited|special|technical|methods?|protocol)\s+)*(?:article|paper|research|report|communication|"
    r"review|access|letter|study|contribution|investigation)s?\s*(?:open\s+access)?\s*$",
    re.IGNORECASE,
)


def _is_label(text: str) -> bool:
    return len(text) < 60 and bool(_LABEL.match(text))
