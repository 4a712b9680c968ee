"""Marker parsing, typographic transforms and the quote-matching normalisation."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass

SHY = "\u00ad"
MARK = re.compile(r"\[\[([a-z_0-9,]+)\|(.+?)\]\]", re.DOTALL)
BBB_PLACEHOLDER = re.compile(r"\{bbb:([^@}]+)@([0-9.]+)\}")
TAG = re.compile(r"(<[^>]+>)")

# Long words that journals' hyphenation dictionaries break; soft hyphens mark the
# allowed break points so reportlab ends lines with "ultracentrifu-" etc.
HYPHENATION = {
    "ultracentrifugation": "ultra\xadcentri\xadfu\xadgation",
    "characterization": "char\xadacter\xadization",
    "characterisation": "char\xadacter\xadisation",
    "extracellular": "extra\xadcellu\xadlar",
    "intravenously": "intra\xadvenous\xadly",
    "administration": "admin\xadis\xadtra\xadtion",
    "laminectomy": "lam\xadi\xadnec\xadtomy",
    "mesenchymal": "mes\xaden\xadchy\xadmal",
    "supernatant": "super\xadna\xadtant",
    "locomotor": "loco\xadmo\xadtor",
    "regeneration": "regen\xader\xadation",
    "inflammatory": "inflam\xadma\xadtory",
    "differential": "differ\xaden\xadtial",
    "concentration": "concen\xadtra\xadtion",
    "transmission": "trans\xadmis\xadsion",
    "microscopy": "micro\xadscopy",
    "experiments": "exper\xadi\xadments",
    "significantly": "signif\xadi\xadcantly",
    "functional": "func\xadtional",
    "approximately": "approx\xadi\xadmately",
    "randomly": "ran\xaddomly",
    "centrifuged": "centri\xadfuged",
    "nanoparticle": "nano\xadparticle",
    "intrathecal": "intra\xadthecal",
    "hemisection": "hemi\xadsection",
    "contusion": "con\xadtu\xadsion",
    "anesthetized": "anes\xadthe\xadtized",
    "vesicles": "vesi\xadcles",
    "recovery": "recov\xadery",
    "expression": "expres\xadsion",
}
LIGATURES = (("ffi", "\ufb03"), ("ffl", "\ufb04"), ("ff", "\ufb00"), ("fi", "\ufb01"), ("fl", "\ufb02"))


@dataclass(frozen=True)
class Segment:
    """A run of paragraph markup; ``fields`` is set when it is an evidence quote."""

    markup: str
    fields: tuple[str, ...] = ()


def split_markers(markup: str) -> list[Segment]:
    """Split ``[[f1,f2|words]]`` markers out of paragraph markup."""
    out: list[Segment] = []
    pos = 0
    for m in MARK.finditer(markup):
        if m.start() > pos:
            out.append(Segment(markup[pos : m.start()]))
        out.append(Segment(m.group(2), tuple(m.group(1).split(","))))
        pos = m.end()
    if pos < len(markup):
        out.append(Segment(markup[pos:]))
    return out


def _map_text(markup: str, fn) -> str:  # type: ignore[no-untyped-def]
    """Apply ``fn`` to the text between reportlab mini-markup tags only."""
    return "".join(part if TAG.fullmatch(part) else fn(part) for part in TAG.split(markup))


def ligate(text: str) -> str:
    for plain, glyph in LIGATURES:
        text = text.replace(plain, glyph)
    return text


def soft_hyphenate(text: str) -> str:
    def repl(m: re.Match[str]) -> str:
        word = m.group(0)
        hy = HYPHENATION.get(word.lower())
        if hy is None:
            return word
        return word[0] + hy[1:] if word[0].isupper() else hy

    return re.sub(r"[A-Za-z]+", repl, text)


def transform(markup: str, *, micro: str, ligatures: bool, hyphenate: bool) -> str:
    """The document's typography: micro sign, ligature glyphs, soft hyphens."""
    markup = markup.replace("{u}", micro)
    if hyphenate:
        markup = _map_text(markup, soft_hyphenate)
    if ligatures:
        markup = _map_text(markup, ligate)
    return markup


def plain(markup: str) -> str:
    """What a reader sees: tags stripped, entities decoded, soft hyphens dropped."""
    text = html.unescape(TAG.sub("", markup)).replace(SHY, "")
    return re.sub(r"\s+", " ", text).strip()


def collapse(text: str) -> str:
    return re.sub(r"\s+", " ", text.replace(SHY, "")).strip()


def page_variants(page_text: str) -> tuple[str, str]:
    """Page text as one line, with line-end hyphens (a) joined, (b) kept.

    (a) undoes hyphenation ("ultracentrifu-\\ngation"); (b) keeps a real hyphen
    that happened to fall at a line end ("MSC-\\nderived"). A quote matches
    when it occurs in either.
    """
    t = page_text.replace(SHY, "")
    joined = re.sub(r"-[ \t]*\n[ \t]*(?=[a-z])", "", t)
    kept = re.sub(r"-[ \t]*\n[ \t]*", "-", t)
    return collapse(joined), collapse(kept)


def quote_on_page(quote: str, page_text: str) -> bool:
    q = collapse(quote)
    return any(q in v for v in page_variants(page_text))
