"""JATS parsing: front matter, sections, inline markup, tables, captions, supplementary files."""

from __future__ import annotations

from pathlib import Path

import pytest

from miner.parse import MICRO, parse_jats
from miner.parse.model import BlockKind, SectionKind

ARTICLE = b"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD v1.1 20151215//EN" "JATS-archivearticle1.dtd">
<article xmlns:xlink="http://www.w3.org/1999/xlink" article-type="research-article">
<front>
 <journal-meta><journal-title-group><journal-title>Journal of Neurotrauma Models</journal-title></journal-title-group></journal-meta>
 <article-meta>
  <article-id pub-id-type="pmid">30000001</article-id>
  <article-id pub-id-type="pmc">7000001</article-id>
  <article-id pub-id-type="doi">10.1000/jnm.2020.1</article-id>
  <title-group><article-title>Small vesicles from <italic>bone marrow</italic> MSCs after contusion</article-title></title-group>
  <contrib-group>
   <contrib contrib-type="author"><name><surname>Doe</surname><given-names>Jane</given-names></name><xref ref-type="aff" rid="a1"><sup>1</sup></xref></contrib>
   <contrib contrib-type="author"><name><surname>Roe</surname><given-names>R.</given-names></name></contrib>
   <contrib contrib-type="editor"><name><surname>Editor</surname><given-names>E.</given-names></name></contrib>
  </contrib-group>
  <pub-date pub-type="epub"><day>1</day><month>2</month><year>2020</year></pub-date>
  <abstract><sec><title>Background</title><p>Vesicles were studied in rats.</p></sec>
   <sec><title>Methods</title><p>Rats received 200 &#x3bc;g intravenously.</p></sec></abstract>
 </article-meta>
</front>
<body>
 <sec sec-type="intro"><title>Introduction</title>
  <p>Spinal cord injury causes loss of function<sup><xref ref-type="bibr" rid="b1">1</xref>,<xref ref-type="bibr" rid="b2">2</xref></sup>.</p>
 </sec>
 <sec sec-type="materials|methods"><title>2. Materials and methods</title>
  <sec><title>2.1 Animals</title>
   <p>Female <italic>Sprague-Dawley</italic> rats received 1&#xd7;10<sup>10</sup> particles of BMSC-Exos in 200&#x2009;&#xb5;L PBS via the tail vein.
    <fig id="f1"><label>Figure 1</label><caption><title>BBB scores.</title><p>Mean &#xb1; SEM.</p></caption><graphic xlink:href="f1.jpg"/></fig>
   </p>
  </sec>
 </sec>
 <sec><title>Experimental outcome</title><p>Locomotion improved by day 28 (<xref ref-type="table" rid="t1">Table 1</xref>).</p></sec>
 <sec sec-type="supplementary-material"><title>Supplementary Material</title>
  <supplementary-material id="s1" xlink:href="data_s1.xlsx" mimetype="application/vnd.ms-excel">
   <label>Data S1</label><caption><p>Raw BBB scores.</p></caption></supplementary-material>
 </sec>
</body>
<back>
 <ack><title>Acknowledgments</title><p>We thank the animal facility.</p></ack>
 <ref-list><title>References</title>
  <ref id="b1"><label>1</label><mixed-citation>Smith A. Injury models. <italic>J Neuro</italic>. 2001;1:1-2.</mixed-citation></ref>
  <ref id="b2"><label>2</label><mixed-citation>Jones B. Exosomes. 2019.</mixed-citation></ref>
 </ref-list>
</back>
<floats-group>
 <table-wrap id="t1"><label>Table 1</label><caption><p>BBB scores by group.</p></caption>
  <table><thead><tr><th rowspan="2">Group</th><th colspan="2">BBB</th></tr><tr><th>Day 7</th><th>Day 28</th></tr></thead>
  <tbody><tr><td>PBS</td><td>3.1</td><td>8.2</td></tr><tr><td>Exo</td><td>4.0</td><td>12.5</td></tr></tbody></table>
  <table-wrap-foot><fn><p>Values are means.</p></fn></table-wrap-foot>
 </table-wrap>
</floats-group>
</article>
"""


@pytest.fixture(scope="module")
def doc():  # type: ignore[no-untyped-def]
    return parse_jats(ARTICLE, name="PMC7000001.xml")


def test_front_matter_goes_to_metadata(doc) -> None:  # type: ignore[no-untyped-def]
    assert doc.format == "jats" and doc.source == "PMC7000001.xml" and doc.pages == 0
    assert doc.metadata == {
        "journal": "Journal of Neurotrauma Models",
        "title": "Small vesicles from bone marrow MSCs after contusion",
        "pmid": "30000001",
        "pmcid": "PMC7000001",
        "doi": "10.1000/jnm.2020.1",
        "year": 2020,
        "authors": ["Doe Jane", "Roe R."],
        "first_author": "Doe",
    }
    assert doc.blocks[0].kind is BlockKind.TITLE and doc.blocks[0].section is SectionKind.TITLE


def test_structured_abstract_stays_abstract(doc) -> None:  # type: ignore[no-untyped-def]
    abstract = [b for b in doc.blocks if b.section is SectionKind.ABSTRACT]
    assert [b.text for b in abstract if b.kind is BlockKind.PARAGRAPH] == [
        "Vesicles were studied in rats.",
        f"Rats received 200 {MICRO}g intravenously.",
    ]


def test_sections_take_their_kind_from_title_or_sec_type(doc) -> None:  # type: ignore[no-untyped-def]
    def section_of(snippet: str) -> tuple[SectionKind, str | None]:
        block = next(b for b in doc.blocks if snippet in b.text and b.kind is BlockKind.PARAGRAPH)
        return block.section, block.heading

    assert section_of("loss of function") == (SectionKind.INTRODUCTION, "Introduction")
    assert section_of("Sprague-Dawley") == (SectionKind.METHODS, "2.1 Animals")
    assert section_of("Locomotion improved") == (SectionKind.OTHER, "Experimental outcome")
    assert section_of("animal facility") == (SectionKind.ACKNOWLEDGEMENTS, "Acknowledgments")
    refs = [
        b.text
        for b in doc.blocks
        if b.section is SectionKind.REFERENCES and b.kind is BlockKind.PARAGRAPH
    ]
    assert refs == ["1 Smith A. Injury models. J Neuro. 2001;1:1-2.", "2 Jones B. Exosomes. 2019."]


def test_inline_markup_is_flattened_without_losing_text(doc) -> None:  # type: ignore[no-untyped-def]
    text = doc.text
    assert (
        f"Female Sprague-Dawley rats received 1×10^10 particles of BMSC-Exos in 200 {MICRO}L PBS via the tail vein."
        in text
    )
    assert "loss of function [1,2]." in text
    assert "(Table 1)" in text


def test_figures_tables_and_supplementary(doc) -> None:  # type: ignore[no-untyped-def]
    fig = next(b for b in doc.blocks if b.section is SectionKind.FIGURE_CAPTION)
    assert fig.kind is BlockKind.CAPTION and fig.text == "Figure 1: BBB scores. Mean ± SEM."
    assert fig.xpath == "/article/body[1]/sec[2]/sec[1]/p[1]/fig[1]"
    assert fig.page is None
    (table,) = doc.tables
    assert table.label == "Table 1" and table.caption == "BBB scores by group."
    assert table.rows == [
        ["Group", "BBB", ""],
        ["Group", "Day 7", "Day 28"],
        ["PBS", "3.1", "8.2"],
        ["Exo", "4.0", "12.5"],
    ]
    block = doc.blocks[table.block_index]
    assert block.kind is BlockKind.TABLE and block.text.split("\n")[2] == "PBS\t3.1\t8.2"
    assert block.xpath == "/article/floats-group[1]/table-wrap[1]/table[1]"
    assert any(b.text == "Values are means." and b.section is SectionKind.TABLE for b in doc.blocks)
    assert doc.supplementary == [
        {"label": "Data S1", "caption": "Raw BBB scores.", "href": "data_s1.xlsx",
         "mimetype": "application/vnd.ms-excel", "xpath": "/article/body[1]/sec[4]/supplementary-material[1]"}
    ]  # fmt: skip


def test_evidence_carries_the_xpath(doc) -> None:  # type: ignore[no-untyped-def]
    start = doc.text.index("tail vein")
    ev = doc.evidence(start, start + len("tail vein"))
    assert ev.page is None and ev.section == "methods"
    assert ev.xpath == "/article/body[1]/sec[2]/sec[1]/p[1]"


def _front(contribs: str) -> bytes:
    return (
        "<article><front><article-meta><contrib-group>"
        f"{contribs}"
        "</contrib-group></article-meta></front><body><p>Text.</p></body></article>"
    ).encode()


def _author(surname: str, given: str = "Ann", style: str = "") -> str:
    return (f'<contrib contrib-type="author"><name{style}><surname>{surname}</surname>'
            f"<given-names>{given}</given-names></name></contrib>")  # fmt: skip


@pytest.mark.parametrize(
    ("contribs", "first"),
    [
        # Two-word and particle surnames must survive as tagged.
        (_author("Quispe Mamani", "Rosa"), "Quispe Mamani"),
        (_author("van der Berg", "Jan"), "van der Berg"),
        (_author("Li", "Wei", ' name-style="eastern"'), "Li"),
        # Editors listed first are not authors.
        ('<contrib contrib-type="editor"><name><surname>Editor</surname></name></contrib>'
         + _author("García Pérez", "Ana"), "García Pérez"),
        ('<contrib contrib-type="author"><string-name><given-names>Tom</given-names> '
         + "<surname>De Luca</surname></string-name></contrib>", "De Luca"),
    ],
)
def test_first_author_is_the_tagged_surname(contribs: str, first: str) -> None:
    doc = parse_jats(_front(contribs), name="a.xml")
    assert doc.metadata["first_author"] == first
    assert first in doc.metadata["authors"][0]  # "authors" keeps its earlier shape


def test_no_first_author_without_a_tagged_surname() -> None:
    doc = parse_jats(_front('<contrib contrib-type="author"><collab>SCI Consortium</collab></contrib>'
                            '<contrib contrib-type="author"><name><surname>Later</surname></name></contrib>'),
                     name="c.xml")
    assert doc.metadata["authors"] == ["SCI Consortium", "Later"]
    assert "first_author" not in doc.metadata


def test_article_inside_an_efetch_wrapper() -> None:
    wrapped = b"<pmc-articleset><article><body><p>Exosomes were given.</p></body></article></pmc-articleset>"
    doc = parse_jats(wrapped, name="w.xml")
    assert doc.blocks[0].xpath == "/pmc-articleset/article[1]/body[1]/p[1]"


def test_real_jats_files(shared_fixtures: Path) -> None:
    files = sorted((shared_fixtures / "jats").glob("*.*xml"))
    assert len(files) >= 10
    tables = 0
    for path in files:
        doc = parse_jats(path)
        assert doc.metadata.get("title"), path.name
        assert doc.metadata.get("doi", "").startswith("10."), path.name
        tables += len(doc.tables)
        for t in doc.tables:
            assert len({len(r) for r in t.rows}) == 1, f"{path.name}: ragged table"
    assert tables >= 20


def test_real_europepmc_article_sections(shared_fixtures: Path) -> None:
    doc = parse_jats(
        shared_fixtures / "jats" / "europepmc_fullTextXML_PMC4736431_stem_cell_mobilization.xml"
    )
    kinds = {b.section for b in doc.blocks}
    assert {SectionKind.ABSTRACT, SectionKind.INTRODUCTION, SectionKind.METHODS, SectionKind.RESULTS,
            SectionKind.DISCUSSION, SectionKind.REFERENCES} <= kinds  # fmt: skip
    assert [t.label for t in doc.tables] == ["Table 1", "Table 2", "Table 3"]
