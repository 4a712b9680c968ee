"""What the generated-corpus tests share: quote normalisation, page texts, contract checks."""

from __future__ import annotations

import inspect
import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from pathlib import Path

import pymupdf
import pytest

from miner.contract import (
    ARMS,
    DOSE_BASES,
    DOSE_UNITS,
    ENUMS,
    FIELD_KINDS,
    LIST_ENUMS,
    OUTCOME_COLUMNS,
    OUTCOME_SOURCES,
    SIZE_METHODS,
    SIZE_STATS,
)


def normalise(text: str) -> str:
    """Collapse whitespace, unify micro sign / Greek mu, drop soft and line-end hyphens."""
    text = text.replace("\u03bc", "\u00b5").replace("\u00ad", "")
    text = re.sub(r"(?<=[a-z])-\n(?=[a-z])", "", text)
    return " ".join(text.split())


def pdf_page_texts(folder: Path, stems: list[str]) -> dict[str, list[str]]:
    """Normalised text of every page of ``folder/<stem>.pdf``, per stem."""
    out = {}
    for stem in stems:
        with pymupdf.open(folder / f"{stem}.pdf") as doc:
            out[stem] = [normalise(p.get_text()) for p in doc]
    return out


def check_in_contract(field: str, cell: dict) -> None:
    """A gold cell names a contract field, has evidence, and a value of the field's kind."""
    assert field in FIELD_KINDS, field
    assert cell["evidence"], f"{field} has no evidence"
    value, kind = cell["value"], FIELD_KINDS[field]
    if field in ENUMS:
        assert value in ENUMS[field], (field, value)
    if field == "isolation_method":
        assert set(value) <= set(LIST_ENUMS[field]), value
    if kind in ("list_enum", "list_str"):
        assert isinstance(value, list) and value and len(set(value)) == len(value)
    if kind == "range":
        assert set(value) == {"low", "high"} and value["low"] <= value["high"]
    if kind == "int":
        assert isinstance(value, int)
    if kind == "bool":
        assert value is True  # reporting items are annotated only where clearly stated
    if field == "injury_level":
        assert re.fullmatch(r"[CTLS]\d{1,2}(-[CTLS]\d{1,2})?", value), value


def check_quotes_on_pdf_pages(checks: list[tuple[str, int | None, str]], pages: list[str]) -> None:
    """Every (field, page, quote) of a PDF's gold is on its stated page."""
    for field, page, quote in checks:
        assert isinstance(page, int) and 1 <= page <= len(pages), (field, page)
        assert normalise(quote) in pages[page - 1], f"{field}: {quote!r} not on page {page}"


def check_quotes_in_jats(checks: list[tuple[str, int | None, str]], xml: Path) -> None:
    """Every (field, page, quote) of a JATS file's gold is in its text and has no page."""
    import defusedxml.ElementTree as DET

    text = normalise("".join(DET.parse(xml).getroot().itertext()))
    for field, page, quote in checks:
        assert page is None
        assert normalise(quote) in text, f"{field}: {quote!r}"


def check_pdf_and_jats_gold_agree(
    pdf: dict, xml: dict, xml_only: set[str] | frozenset[str]
) -> None:
    """Both renderings' gold state the same values and outcome rows (JSON-compared: sd/sem may be null)."""
    import json

    pf, xf = pdf["studies"][0]["fields"], xml["studies"][0]["fields"]
    assert set(xf) - set(pf) <= xml_only and set(pf) <= set(xf)
    for field in pf:
        assert pf[field]["value"] == xf[field]["value"], field

    def rows(g: dict) -> list[str]:
        keys = ("outcome", "group", "arm", "day", "mean", "sd", "sem", "n", "source")
        return sorted(json.dumps([r.get(k) for k in keys]) for r in g["outcomes"])

    assert rows(pdf) == rows(xml)


def check_jats_structure(xml: Path, doi: str) -> None:
    """Europe PMC-style JATS: pmid/pmcid/doi ids, the four IMRaD sections, cited references."""
    import defusedxml.ElementTree as DET

    root = DET.parse(xml).getroot()
    meta = root.find("front/article-meta")
    assert meta is not None
    ids = {e.get("pub-id-type"): e.text for e in meta.findall("article-id")}
    assert set(ids) == {"pmid", "pmcid", "doi"}
    assert ids["doi"].lower() == doi
    assert {s.get("sec-type") for s in root.findall("body/sec")} >= {
        "intro",
        "methods",
        "results",
        "discussion",
    }
    assert root.findall("back/ref-list/ref") and root.findall(".//xref[@ref-type='bibr']")


# Declarations in the back matter, by the heading the journal gives them. A declaration of no
# competing interests is a reported conflict-of-interest statement; an ethics approval is a
# reported welfare-compliance statement (gold conventions: true where clearly stated).
DECLARATIONS = {
    "reported_conflict_of_interest": ("conflict", "competing interest", "declaration of interest"),
    "reported_welfare_compliance": ("ethics",),
}


def back_sections(xml: Path) -> list[tuple[str, str]]:
    """(heading case-folded, body text) of every back-matter section of a JATS file."""
    import defusedxml.ElementTree as DET

    out = []
    for back in DET.parse(xml).getroot().iter("back"):
        for sec in back.iter("sec"):
            title = sec.find("title")
            heading = "" if title is None else " ".join("".join(title.itertext()).split())
            body = " ".join(" ".join("".join(p.itertext()).split()) for p in sec.iter("p"))
            out.append((heading.casefold(), body))
    return out


def check_declarations_in_gold(xml: Path, golds: dict[str, dict]) -> None:
    """Every declaration section of the paper is a reported item in each rendering's gold."""
    sections = back_sections(xml)
    for name, g in golds.items():
        fields = g["studies"][0]["fields"]
        for item, cues in DECLARATIONS.items():
            for heading, body in sections:
                if any(c in heading for c in cues):
                    assert body, (xml.name, heading)
                    assert fields.get(item, {}).get("value") is True, (name, item, heading)


SCALE_MAX = {"BBB": 21, "BMS": 9}


def check_gold_values(g: dict, *, bare_means: bool) -> None:
    """A gold file's values are in the contract's vocabularies and shapes.

    ``bare_means``: the corpus records a score written without its spread ("rose to 11.7")
    as a row with neither SD nor SEM; otherwise every row has exactly one of them.
    """
    fields = g["studies"][0]["fields"]
    for field, cell in fields.items():
        check_in_contract(field, cell)
    if "size_nm" in fields:
        size = fields["size_nm"]["value"]
        assert size["stat"] in (*SIZE_STATS, None) and size["method"] in SIZE_METHODS
        assert size["value"] is not None or (size["low"] is not None and size["high"] is not None)
    if "dose" in fields:
        dose = fields["dose"]["value"]
        assert (
            dose["unit"] in DOSE_UNITS
            and dose["basis"] in (*DOSE_BASES, None)
            and dose["amount"] > 0
        )
    if "frequency" in fields:
        freq = fields["frequency"]["value"]
        assert freq["doses"] >= 1 and (freq["interval_h"] is None) == (freq["doses"] == 1)
    if "timing_post_injury_h" in fields:
        assert fields["timing_post_injury_h"]["value"] >= 0
    for row in g["outcomes"]:
        assert set(OUTCOME_COLUMNS) <= set(row)
        assert (
            row["arm"] in ARMS and row["source"] in OUTCOME_SOURCES and row["outcome"] in SCALE_MAX
        )
        assert 0 <= row["mean"] <= SCALE_MAX[row["outcome"]] and row["day"] > 0
        if bare_means:
            assert row["sd"] is None or row["sem"] is None
        else:
            assert (row["sd"] is None) != (row["sem"] is None)


RENDERINGS = (".pdf", ".xml")
SAMPLES = Path(__file__).resolve().parents[1] / "corpus_samples"


@dataclass
class Corpus:
    """One generated corpus folder: ``<stem>.pdf`` + ``<stem>.xml``, ``gold/<document>.json``.

    ``stems`` come from the folder's XML files; ``pdf_pages()`` reads the PDFs once and caches.
    The ``check_*`` methods are the standard checks every corpus test file runs; ``each_stem`` /
    ``each_name`` turn one into a test parametrized over the stems / the documents.
    """

    folder: Path
    xml_only: frozenset[str] = frozenset({"pmid", "pmcid"})  # the PDFs do not print PubMed ids
    stems: list[str] = dataclass_field(init=False)
    _pages: dict[str, list[str]] | None = dataclass_field(default=None, init=False, repr=False)

    def __post_init__(self) -> None:
        self.stems = sorted(p.stem for p in self.folder.glob("*.xml"))

    @classmethod
    def named(cls, name: str) -> Corpus:
        """The corpus in ``corpus_samples/<name>``."""
        return cls(SAMPLES / name)

    @property
    def names(self) -> list[str]:
        """Every document: each stem in both renderings."""
        return [s + x for s in self.stems for x in RENDERINGS]

    def stem_of(self, prefix: str) -> str:
        """The one stem that starts with ``prefix`` (a test names a paper by its first author)."""
        (stem,) = [s for s in self.stems if s.startswith(prefix)]
        return stem

    def fields_of(self, prefix: str, suffix: str = ".pdf") -> dict:
        """Gold fields of the paper ``prefix`` names, in one rendering."""
        return self.fields(self.stem_of(prefix) + suffix)

    def rows_of(self, prefix: str, suffix: str = ".pdf") -> list[dict]:
        """Gold outcome rows of the paper ``prefix`` names, in one rendering."""
        return self.gold(self.stem_of(prefix) + suffix)["outcomes"]

    def gold(self, name: str) -> dict:
        """The gold of one document (``<stem>.pdf`` or ``<stem>.xml``)."""
        return json.loads((self.folder / "gold" / f"{name}.json").read_text(encoding="utf-8"))

    def fields(self, name: str) -> dict:
        """The gold field cells of a document's single study."""
        return self.gold(name)["studies"][0]["fields"]

    def xml(self, stem: str) -> Path:
        return self.folder / f"{stem}.xml"

    def pdf(self, stem: str) -> Path:
        return self.folder / f"{stem}.pdf"

    def split(self) -> dict:
        return json.loads((self.folder / "split.json").read_text(encoding="utf-8"))

    def pdf_pages(self) -> dict[str, list[str]]:
        """Normalised page texts of every PDF, read on first use."""
        if self._pages is None:
            self._pages = pdf_page_texts(self.folder, self.stems)
        return self._pages

    def check_renderings(self, *, split: str | None = "tune", at_least: int = 4) -> None:
        """At least ``at_least`` studies, each a PDF + JATS pair with gold naming its document,
        and (unless ``split`` is None) every document listed under ``split`` in split.json."""
        assert len(self.stems) >= at_least
        if split is not None:
            assert sorted(self.split()[split]) == sorted(self.names)
        for stem in self.stems:
            assert self.pdf(stem).is_file()
            for suffix in RENDERINGS:
                g = self.gold(stem + suffix)
                assert [s["document"] for s in g["studies"]] == [stem + suffix]
                assert all(r["document"] == stem + suffix for r in g["outcomes"])

    def check_small(self, limit: int = 1_500_000, *, count_bytecode: bool = False) -> None:
        """The committed folder stays under ``limit`` bytes."""
        files = [p for p in self.folder.rglob("*") if p.is_file()]
        if not count_bytecode:
            files = [p for p in files if "__pycache__" not in p.parts]
        assert sum(p.stat().st_size for p in files) < limit

    def check_gold_values(self, name: str, *, bare_means: bool) -> None:
        check_gold_values(self.gold(name), bare_means=bare_means)

    def check_pdf_quotes(self, stem: str) -> None:
        """Every quote of the PDF's gold is on its stated page."""
        check_quotes_on_pdf_pages(quote_checks(self.gold(stem + ".pdf")), self.pdf_pages()[stem])

    def check_xml_quotes(self, stem: str) -> None:
        """Every quote of the JATS gold is in the JATS text."""
        check_quotes_in_jats(quote_checks(self.gold(stem + ".xml")), self.xml(stem))

    def check_renderings_agree(self, stem: str) -> None:
        """The PDF's and the JATS file's gold state the same values and rows."""
        check_pdf_and_jats_gold_agree(self.gold(stem + ".pdf"), self.gold(stem + ".xml"), self.xml_only)

    def doi(self, stem: str) -> str:
        return self.fields(stem + ".xml")["doi"]["value"]

    def check_jats(self, stem: str) -> None:
        """The JATS file is Europe PMC-shaped and carries the gold's DOI."""
        check_jats_structure(self.xml(stem), self.doi(stem))

    def check_declarations(self, stem: str) -> None:
        """Back-matter declarations are reported items in both renderings' gold."""
        check_declarations_in_gold(self.xml(stem), {stem + x: self.gold(stem + x) for x in RENDERINGS})

    def each_stem(self, check: Callable[[str], None]) -> Callable[[str], None]:
        """A test running ``check`` once per stem (assign it to a ``test_*`` name)."""
        return _parametrized("stem", self.stems, check)

    def each_name(self, check: Callable[[str], None]) -> Callable[[str], None]:
        """A test running ``check`` once per document (``<stem>.pdf`` and ``<stem>.xml``)."""
        return _parametrized("name", self.names, check)


def _parametrized(arg: str, values: list[str], check: Callable[[str], None]) -> Callable[[str], None]:
    def test(**kwargs: str) -> None:
        check(kwargs[arg])

    # pytest reads the argument name from the signature; give the closure a real one
    test.__signature__ = inspect.Signature([inspect.Parameter(arg, inspect.Parameter.KEYWORD_ONLY)])  # type: ignore[attr-defined]
    test.__doc__ = check.__doc__
    return pytest.mark.parametrize(arg, values)(test)


def quote_checks(g: dict) -> list[tuple[str, int | None, str]]:
    """(field, page, quote) of every field evidence and every outcome row of a gold file."""
    (study,) = g["studies"]
    out = [(f, e["page"], e["quote"]) for f, cell in study["fields"].items() for e in cell["evidence"]]
    return out + [(f"outcome {r['group']}@{r['day']}", r["page"], r["quote"]) for r in g["outcomes"]]


def pages_fixture(corpus: Corpus) -> Callable[[], dict[str, list[str]]]:
    """A module-scoped ``pdf_pages`` fixture: the corpus's normalised page texts per stem."""

    @pytest.fixture(scope="module", name="pdf_pages")
    def _pdf_pages() -> dict[str, list[str]]:
        return corpus.pdf_pages()

    return _pdf_pages
