"""Short papers of our own, typeset (reportlab) in many page layouts, for the text-flow matrix.

A :class:`Layout` picks one habit per axis: columns, page orientation, margin line numbers
(left or right, continuous over the paper), line spacing with first-line indents, running
heads and feet, words hyphenated at line ends, superscript citation numbers and footnote
letters inside sentences, justified lines drawn word by word, small-caps headings, and a
paragraph cut mid-sentence by a column or page break. :func:`pdf_bytes` typesets one
:class:`Paper` in one layout; :func:`sentences` gives the sentences every layout must read
back unchanged (after whitespace collapse; bracketed citation markers aside).

Markup in the paper's text: ``{12,13}`` is a superscript citation, ``{a}`` a superscript
footnote letter; the plain layout leaves markers out.
"""

from __future__ import annotations

import io
import re
from dataclasses import dataclass
from pathlib import Path

import reportlab
from reportlab.lib.pagesizes import A4, landscape
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

_FONTS = Path(reportlab.__file__).parent / "fonts"
pdfmetrics.registerFont(TTFont("FxVera", str(_FONTS / "Vera.ttf")))
pdfmetrics.registerFont(TTFont("FxVeraBd", str(_FONTS / "VeraBd.ttf")))

BODY, HEAD, TITLE_SIZE = 9.5, 11.0, 13.0
_MARK = re.compile(r"\{([^{}]+)\}")


@dataclass(frozen=True)
class Paper:
    """A title and parts: ("h", heading) or ("p", paragraph); ``broken`` paragraphs get the break."""

    title: str
    parts: tuple[tuple[str, str], ...]
    broken: tuple[int, ...]  # indexes into parts of the paragraphs cut by a forced break


# Two studies written for this matrix: every field under test is stated once, in prose.
DAILY = Paper(
    title="Small extracellular vesicles from bone marrow stromal cells improve hindlimb recovery "
          "after thoracic contusion in rats",
    parts=(
        ("h", "Materials and methods"),
        ("p", ("Adult female Sprague-Dawley rats weighing 220-250 g were anaesthetised with "
              "isoflurane{12}. After a laminectomy at the T10 vertebral level, a moderate contusion "
              "was produced with an Infinite Horizon impactor at a force of 200 kdyn{13,14}. "
              "Bladders were expressed manually twice a day until reflexive voiding returned.")),
        ("p", ("Rats were randomly assigned to three groups of ten: a sham group that received a "
              "laminectomy only, a vehicle group and a vesicle group. Vesicles were isolated from "
              "the conditioned medium of stromal cells by differential ultracentrifugation at "
              "100,000 × g for 70 min and resuspended in sterile phosphate-buffered saline{a}.")),
        ("p", ("Each rat of the vesicle group received 100 µg of vesicle protein in 200 µl of saline "
              "through the tail vein, administered once daily for 7 days starting 24 h after "
              "injury. Rats of the vehicle group received the same volume of saline on the same "
              "schedule{15}.")),
        ("h", "Results"),
        ("p", ("Open-field locomotion was scored on the Basso, Beattie and Bresnahan scale by two "
              "observers unaware of the groups{16}. On day 14 after injury, BBB scores were "
              "20.8 ± 0.3 in the sham group, 6.1 ± 1.2 in the vehicle group and 9.7 ± 1.4 in the "
              "vesicle group. On day 28 after injury, BBB scores were 21.0 ± 0.0 in the sham group, "
              "8.2 ± 1.5 in the vehicle group and 12.6 ± 1.3 in the vesicle group.")),
        ("h", "Discussion"),
        ("p", ("Repeated intravenous delivery of stromal vesicles improved locomotor recovery in "
              "this model, in line with earlier reports on vesicles from other stromal sources{17}.")),
    ),
    broken=(1, 3),
)

ONCE = Paper(
    title="Intrathecal exosomes from umbilical cord stromal cells after spinal cord compression "
          "in rats",
    parts=(
        ("h", "Methods"),
        ("p", ("Male Wistar rats weighing 250-300 g were used{8}. The spinal cord was exposed by "
              "laminectomy at the T9-T10 level and injured with a NYU weight-drop device by "
              "dropping a 10 g rod from a height of 25 mm{9}. The muscles and the skin were then "
              "closed in layers.")),
        ("p", ("Rats were divided into a sham group, a PBS group and an exosome group, with eight "
              "rats per group. Exosomes were purified from umbilical cord stromal cell culture "
              "supernatant by size-exclusion chromatography and counted by nanoparticle tracking "
              "analysis{b}.")),
        ("p", ("Rats of the exosome group were given a single injection of 2 × 10^10 exosome "
              "particles in 10 µl of PBS by intrathecal injection immediately after contusion, "
              "whereas rats of the PBS group were given 10 µl of PBS{10}.")),
        ("h", "Results"),
        ("p", ("Hindlimb movement was rated with the BBB open-field scale{11}. On day 7 after "
              "injury, BBB scores were 20.5 ± 0.5 in the sham group, 3.2 ± 0.9 in the PBS group and "
              "5.8 ± 1.1 in the exosome group. On day 21 after injury, BBB scores were 21.0 ± 0.0 "
              "in the sham group, 7.4 ± 1.2 in the PBS group and 11.3 ± 1.5 in the exosome group.")),
    ),
    broken=(1, 4),
)

PAPERS = {"daily": DAILY, "once": ONCE}

# What the plain layout must give (facts of the text above), so that "equal to plain" means
# equal to something right.
EXPECTED_PLAIN = {
    "daily": {"injury_level": "T10", "injury_device": "Infinite Horizon impactor",
              "frequency": {"doses": 7, "interval_h": 24.0}, "timing_post_injury_h": 24.0},
    "once": {"injury_level": "T9-T10", "injury_device": "NYU impactor",
             "frequency": {"doses": 1, "interval_h": None}, "timing_post_injury_h": 0.0},
}


@dataclass(frozen=True)
class Layout:
    """One way of typesetting a paper; each field is one axis of the matrix."""

    cols: int = 1
    page: str = "portrait"  # portrait | landscape
    numbers: str = ""  # "" | left | right: continuous line numbers in the margin
    double: bool = False  # double spacing, paragraphs marked by a first-line indent only
    running: bool = False  # a running head and a running foot on every page
    hyphens: bool = False  # words broken at line ends with a hyphen
    markers: bool = False  # superscript citation numbers and footnote letters
    justify: bool = False  # justified lines, each word drawn on its own
    smallcaps: bool = False  # headings in small capitals (two type sizes on one line)
    breaks: bool = False  # the ``broken`` paragraphs are cut mid-sentence by a column/page break

    @property
    def id(self) -> str:
        d = Layout()
        return "-".join(f"{k}={v}" for k, v in vars(self).items() if v != getattr(d, k)) or "plain"


PLAIN = Layout()
LAYOUTS = [
    PLAIN,
    Layout(cols=2),
    Layout(cols=3),
    Layout(page="landscape", cols=2),
    Layout(page="landscape", cols=3),
    Layout(numbers="left", double=True),
    Layout(numbers="right", double=True),
    Layout(numbers="left", double=True, running=True, breaks=True, hyphens=True),
    Layout(running=True),
    Layout(running=True, cols=2, breaks=True),
    Layout(breaks=True),
    Layout(cols=2, breaks=True),
    Layout(cols=3, breaks=True, hyphens=True),
    Layout(hyphens=True),
    Layout(cols=2, hyphens=True),
    Layout(markers=True),
    Layout(cols=2, markers=True, hyphens=True),
    Layout(justify=True, cols=2),
    Layout(justify=True, hyphens=True, cols=3),
    Layout(smallcaps=True),
    Layout(smallcaps=True, cols=2, running=True),
    Layout(page="landscape", cols=3, running=True, breaks=True, markers=True, hyphens=True),
    Layout(numbers="left", double=True, markers=True, justify=True, smallcaps=True),
]


def plain_text(text: str) -> str:
    """The paragraph as the plain layout prints it: no markers."""
    return _MARK.sub("", text)


def sentences(paper: Paper) -> list[str]:
    """The paper's sentences (title, headings aside), markers removed."""
    out: list[str] = []
    for kind, text in paper.parts:
        if kind == "p":
            out.extend(s for s in re.split(r"(?<=[.])\s+(?=[A-Z])", plain_text(text)) if s)
    return out


# --- typesetting -----------------------------------------------------------------------


def _w(text: str, size: float = BODY, bold: bool = False) -> float:
    return pdfmetrics.stringWidth(text, "FxVeraBd" if bold else "FxVera", size)


@dataclass
class _Word:
    text: str
    mark: str = ""  # superscript after the word

    def width(self) -> float:
        return _w(self.text) + (_w(self.mark, 0.65 * BODY) if self.mark else 0.0)


def _words(text: str, markers: bool) -> list[_Word]:
    out: list[_Word] = []
    for raw in text.split():
        m = _MARK.search(raw)
        word = _MARK.sub("", raw)
        out.append(_Word(word, m.group(1) if (m and markers) else ""))
    return out


def _split(word: _Word, room: float) -> tuple[_Word, _Word] | None:
    """A line-end break of ``word`` into a head that fits ``room`` (with its hyphen) and a tail."""
    t = word.text
    if "-" in t:  # break after a hyphen the word already has
        cut = t.index("-") + 1
        if _w(t[:cut]) <= room and cut < len(t):
            return _Word(t[:cut]), _Word(t[cut:], word.mark)
    if len(t) < 7 or not t.isalpha() or not t.islower():
        return None
    for cut in range(len(t) - 3, 2, -1):
        if _w(t[:cut] + "-") <= room:
            return _Word(t[:cut] + "-"), _Word(t[cut:], word.mark)
    return None


def _lines(words: list[_Word], width: float, first_indent: float, hyphens: bool) -> list[list[_Word]]:
    lines: list[list[_Word]] = [[]]
    used = first_indent
    space = _w(" ")
    queue = list(words)
    while queue:
        word = queue.pop(0)
        need = word.width() + (space if lines[-1] else 0.0)
        if used + need <= width or not lines[-1]:
            lines[-1].append(word)
            used += need
            continue
        parts = _split(word, width - used - space) if hyphens else None
        if parts:
            lines[-1].append(parts[0])
            queue.insert(0, parts[1])
        else:
            queue.insert(0, word)
        lines.append([])
        used = 0.0
    return lines


class _Setter:
    """Frames (columns of pages) filled top to bottom, with the layout's page furniture."""

    def __init__(self, lay: Layout) -> None:
        self.lay = lay
        self.size = landscape(A4) if lay.page == "landscape" else A4
        self.buf = io.BytesIO()
        self.c = canvas.Canvas(self.buf, pagesize=self.size)
        self.pw, self.ph = self.size
        self.margin = 64.0 if lay.numbers else 54.0
        self.gutter = 18.0
        self.colw = (self.pw - 2 * self.margin - self.gutter * (lay.cols - 1)) / lay.cols
        self.pitch = (2.0 if lay.double else 1.25) * BODY
        self.page = 1
        self.col = 0
        self.lineno = 0
        self.top = self.ph - 60
        self.y = self.top
        self._furniture()

    def _furniture(self) -> None:
        if not self.lay.running:
            return
        c = self.c
        c.setFont("FxVera", 7.5)
        c.drawString(self.margin, self.ph - 30, "Journal of Spinal Repair (2024) 12:101-118")
        c.drawRightString(self.pw - self.margin, self.ph - 30, "Original research article")
        c.drawString(self.margin, 28, "https://doi.org/10.5555/jsr.2024.0101")
        c.drawRightString(self.pw - self.margin, 28, f"Page {self.page} of 3")

    def x(self) -> float:
        return self.margin + self.col * (self.colw + self.gutter)

    def next_frame(self) -> None:
        if self.col + 1 < self.lay.cols:
            self.col += 1
        else:
            self.c.showPage()
            self.page += 1
            self.col = 0
            self._furniture()
        self.y = self.top

    def need(self, height: float) -> None:
        if self.y - height < 60:
            self.next_frame()

    def figure(self) -> None:
        """A figure and its caption fill the rest of the column: the sentence goes on in the next."""
        c = self.c
        x, w = self.x(), self.colw
        top = self.y - 0.5 * self.pitch
        c.setLineWidth(0.8)
        c.rect(x, 90, w, max(10.0, top - 90))
        c.setFont("FxVera", 7.5)
        c.drawString(x, 76, "Figure 1. Hindlimb scores over time.")
        self.y = 0.0  # the column is full

    def _number(self) -> None:
        self.lineno += 1
        if not self.lay.numbers:
            return
        self.c.setFont("FxVera", 7.0)
        if self.lay.numbers == "left":
            self.c.drawRightString(self.margin - 14, self.y, str(self.lineno))
        else:
            self.c.drawString(self.pw - self.margin + 14, self.y, str(self.lineno))

    def title(self, text: str) -> None:
        width = self.pw - 2 * self.margin
        line = ""
        for word in text.split():
            if _w(f"{line} {word}".strip(), TITLE_SIZE, True) > width and line:
                self.c.setFont("FxVeraBd", TITLE_SIZE)
                self.c.drawString(self.margin, self.y, line)
                self.y -= 1.3 * TITLE_SIZE
                line = word
            else:
                line = f"{line} {word}".strip()
        self.c.setFont("FxVeraBd", TITLE_SIZE)
        self.c.drawString(self.margin, self.y, line)
        self.y -= 2.5 * TITLE_SIZE
        self.top = self.y  # columns start under the title

    def heading(self, text: str) -> None:
        self.need(3 * self.pitch)
        self.y -= 0.5 * self.pitch
        x = self.x()
        self._number()
        if self.lay.smallcaps:
            # Capitals at full size, the rest as smaller capitals, on one baseline.
            for word in text.split():
                head, rest = word[0].upper(), word[1:].upper()
                self.c.setFont("FxVeraBd", HEAD)
                self.c.drawString(x, self.y, head)
                x += _w(head, HEAD, True)
                self.c.setFont("FxVeraBd", 0.8 * HEAD)
                self.c.drawString(x, self.y, rest)
                x += _w(rest, 0.8 * HEAD, True) + _w(" ", HEAD, True)
        else:
            self.c.setFont("FxVeraBd", HEAD)
            self.c.drawString(x, self.y, text)
        self.y -= self.pitch * 1.2

    def paragraph(self, text: str, broken: bool) -> None:
        lay = self.lay
        indent = 14.0 if lay.double else 0.0
        lines = _lines(_words(text, lay.markers), self.colw, indent, lay.hyphens)
        self.need(2 * self.pitch)
        for k, line in enumerate(lines):
            if broken and lay.breaks and k == 2:
                self.figure()
            if self.y < 60:
                self.next_frame()
            last = k == len(lines) - 1
            self._number()
            self._draw(line, self.x() + (indent if k == 0 else 0.0), indent if k == 0 else 0.0, last)
            self.y -= self.pitch
        if not lay.double:
            self.y -= 0.6 * self.pitch

    def _draw(self, line: list[_Word], x: float, indent: float, last: bool) -> None:
        c = self.c
        space = _w(" ")
        if self.lay.justify and not last and len(line) > 1:
            natural = sum(w.width() for w in line)
            space = (self.colw - indent - natural) / (len(line) - 1)
        for word in line:
            c.setFont("FxVera", BODY)
            c.drawString(x, self.y, word.text)
            x += _w(word.text)
            if word.mark:
                c.setFont("FxVera", 0.65 * BODY)
                c.drawString(x, self.y + 0.38 * BODY, word.mark)
                x += _w(word.mark, 0.65 * BODY)
            x += space
        if not self.lay.justify:
            return

    def done(self) -> bytes:
        self.c.showPage()
        self.c.save()
        return self.buf.getvalue()


def pdf_bytes(paper: Paper, lay: Layout) -> bytes:
    """``paper`` typeset in ``lay`` as a PDF."""
    s = _Setter(lay)
    s.title(paper.title)
    for i, (kind, text) in enumerate(paper.parts):
        if kind == "h":
            s.heading(text)
        else:
            s.paragraph(text, i in paper.broken)
    return s.done()
