"""Parsing PubMed efetch/esearch XML and Europe PMC JSON into Article records."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from miner.errors import ParseError
from miner.fetch.europepmc_json import flatten_html, parse_europepmc_search
from miner.fetch.pubmed_xml import (
    normalise_doi,
    parse_esearch_xml,
    parse_pubmed_records,
    parse_pubmed_xml,
)

ARTICLE = b"""<?xml version="1.0" ?>
<!DOCTYPE PubmedArticleSet PUBLIC "-//NLM//DTD PubMedArticle, 1st January 2025//EN" "https://dtd.nlm.nih.gov/ncbi/pubmed/out/pubmed_250101.dtd">
<PubmedArticleSet>
<PubmedArticle>
  <MedlineCitation Status="MEDLINE" Owner="NLM">
    <PMID Version="1">39000001</PMID>
    <Article PubModel="Print-Electronic">
      <Journal>
        <JournalIssue CitedMedium="Internet"><PubDate><Year>2024</Year><Month>Mar</Month></PubDate></JournalIssue>
        <Title>Journal of Made-up Neurotrauma</Title>
      </Journal>
      <ArticleTitle>Human umbilical cord MSC-derived <i>exosomes</i> improve BBB scores after T10 contusion in rats.</ArticleTitle>
      <ELocationID EIdType="doi" ValidYN="Y">10.9999/JMN.2024.001</ELocationID>
      <Abstract>
        <AbstractText Label="BACKGROUND" NlmCategory="BACKGROUND">Exosomes (30-150 nm) carry miR-21<sup>a</sup>.</AbstractText>
        <AbstractText Label="METHODS" NlmCategory="METHODS">Rats received 200 &#181;g via the tail vein.</AbstractText>
        <AbstractText Label="RESULTS">BBB rose to 11.2 at day 28 (P&lt;0.05).</AbstractText>
      </Abstract>
      <AuthorList CompleteYN="Y">
        <Author ValidYN="Y"><LastName>Zhou</LastName><ForeName>Wei</ForeName><Initials>W</Initials></Author>
        <Author ValidYN="Y"><LastName>Garc\xc3\xada-L\xc3\xb3pez</LastName><ForeName>Ana Mar\xc3\xada</ForeName></Author>
        <Author ValidYN="Y"><CollectiveName>SCI Exosome Consortium</CollectiveName></Author>
      </AuthorList>
      <PublicationTypeList><PublicationType UI="D016428">Journal Article</PublicationType></PublicationTypeList>
    </Article>
    <MeshHeadingList>
      <MeshHeading><DescriptorName UI="D000001" MajorTopicYN="N">Rats, Sprague-Dawley</DescriptorName></MeshHeading>
      <MeshHeading><DescriptorName UI="D000002" MajorTopicYN="Y">Spinal Cord Injuries</DescriptorName></MeshHeading>
    </MeshHeadingList>
  </MedlineCitation>
  <PubmedData>
    <History>
      <PubMedPubDate PubStatus="received"><Year>2023</Year><Month>10</Month><Day>1</Day></PubMedPubDate>
      <PubMedPubDate PubStatus="entrez"><Year>2024</Year><Month>1</Month><Day>15</Day><Hour>6</Hour></PubMedPubDate>
    </History>
    <ArticleIdList>
      <ArticleId IdType="pubmed">39000001</ArticleId>
      <ArticleId IdType="pmc">PMC11000001</ArticleId>
    </ArticleIdList>
  </PubmedData>
</PubmedArticle>
<PubmedBookArticle>
  <BookDocument>
    <PMID Version="1">20301001</PMID>
    <ArticleIdList><ArticleId IdType="bookaccession">NBK0001</ArticleId></ArticleIdList>
    <Book><Publisher><PublisherName>Made-up Press</PublisherName></Publisher><BookTitle>Spinal Cord Repair</BookTitle>
      <PubDate><Year>2019</Year></PubDate></Book>
    <ArticleTitle>Vesicle therapies</ArticleTitle>
    <AuthorList><Author><LastName>Okafor</LastName><Initials>C</Initials></Author></AuthorList>
  </BookDocument>
</PubmedBookArticle>
</PubmedArticleSet>
"""


def test_a_pubmed_article_becomes_a_full_record() -> None:
    (record, book) = parse_pubmed_records(ARTICLE)
    a = record.article
    assert (a.pmid, a.pmcid, a.doi) == ("39000001", "PMC11000001", "10.9999/jmn.2024.001")
    assert (
        a.title
        == "Human umbilical cord MSC-derived exosomes improve BBB scores after T10 contusion in rats."
    )
    assert a.abstract == (
        "BACKGROUND: Exosomes (30-150 nm) carry miR-21a.\n"
        "METHODS: Rats received 200 \u00b5g via the tail vein.\n"
        "RESULTS: BBB rose to 11.2 at day 28 (P<0.05)."
    )
    assert a.authors == ["Zhou W", "Garc\u00eda-L\u00f3pez AM", "SCI Exosome Consortium"]
    assert a.first_author == "Zhou W"
    assert (a.journal, a.year) == ("Journal of Made-up Neurotrauma", 2024)
    assert a.publication_types == ["Journal Article"]
    assert a.mesh_terms == ["Rats, Sprague-Dawley", "Spinal Cord Injuries"]
    assert a.sources == ["pubmed"] and a.is_open_access is None
    assert record.entrez_date == date(2024, 1, 15)
    assert (book.article.pmid, book.article.title, book.article.year) == (
        "20301001",
        "Vesicle therapies",
        2019,
    )
    assert book.article.journal == "Made-up Press"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("10.1000/ABC", "10.1000/abc"),
        ("https://doi.org/10.1000/ABC", "10.1000/abc"),
        ("http://dx.doi.org/10.1000/x", "10.1000/x"),
        ("doi: 10.1000/x", "10.1000/x"),
        ("not a doi", None),
        ("", None),
    ],
)
def test_dois_are_normalised_to_the_contract_form(raw: str, expected: str | None) -> None:
    assert normalise_doi(raw) == expected


@pytest.mark.parametrize(
    ("medline_date", "year"),
    [("1998 Dec-1999 Jan", 1998), ("2001 Spring", 2001), ("Winter 2010-2011", 2010)],
)
def test_a_medline_date_gives_its_first_year(medline_date: str, year: int) -> None:
    xml = ARTICLE.replace(
        b"<Year>2024</Year><Month>Mar</Month>",
        f"<MedlineDate>{medline_date}</MedlineDate>".encode(),
    )
    assert parse_pubmed_xml(xml)[0].year == year


@pytest.mark.parametrize(
    "bad",
    [
        b"",
        b"   ",
        ARTICLE[: len(ARTICLE) // 2],  # a body cut short
        b'{"error":"API rate limit exceeded","count":"11"}',
        b"<eSummaryResult><ERROR>Invalid uid</ERROR></eSummaryResult>",
    ],
    ids=["empty", "blank", "truncated", "rate-limit-json", "error-document"],
)
def test_unusable_efetch_bodies_raise_parse_error(bad: bytes) -> None:
    with pytest.raises(ParseError):
        parse_pubmed_xml(bad)


@pytest.mark.parametrize(
    "hostile",
    [
        (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;">]>'
        b"<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article><ArticleTitle>&lol2;"
        b"</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>"),
        (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>'
        b"<PubmedArticleSet><PubmedArticle><MedlineCitation><PMID>1</PMID><Article><ArticleTitle>&xxe;"
        b"</ArticleTitle></Article></MedlineCitation></PubmedArticle></PubmedArticleSet>"),
    ],
    ids=["entity-expansion", "external-entity"],
)
def test_entity_tricks_are_refused(hostile: bytes) -> None:
    with pytest.raises(ParseError) as info:
        parse_pubmed_xml(hostile)
    assert info.value.reason == "unsafe_xml"


def test_esearch_with_history_and_errors() -> None:
    ok = parse_esearch_xml(
        b"<eSearchResult><Count>1234</Count><RetMax>2</RetMax><RetStart>0</RetStart><QueryKey>1</QueryKey>"
        b"<WebEnv>MCID_abc</WebEnv><IdList><Id>11</Id><Id>12</Id></IdList></eSearchResult>"
    )
    assert (ok.count, ok.ids, ok.webenv, ok.query_key) == (1234, ["11", "12"], "MCID_abc", "1")
    zero = parse_esearch_xml(
        b"<eSearchResult><Count>0</Count><RetMax>0</RetMax><RetStart>0</RetStart><IdList/>"
        b"<ErrorList><PhraseNotFound>zzqx</PhraseNotFound></ErrorList></eSearchResult>"
    )
    assert zero.count == 0 and zero.ids == [] and zero.errors == ["PhraseNotFound: zzqx"]
    with pytest.raises(ParseError):
        parse_esearch_xml(b"<eSearchResult><ERROR>Invalid query</ERROR></eSearchResult>")


EPMC_PAGE = {
    "version": "6.9",
    "hitCount": 2,
    "nextCursorMark": "AoE_next",
    "request": {"queryString": "exosome", "cursorMark": "*", "pageSize": 2},
    "resultList": {
        "result": [
            {
                "id": "39000001",
                "source": "MED",
                "pmid": "39000001",
                "pmcid": "PMC11000001",
                "doi": "10.9999/JMN.2024.001",
                "title": "Human MSC-derived <i>exosomes</i> improve BBB scores after T10 contusion in rats.",
                "authorList": {
                    "author": [
                        {"fullName": "Zhou W", "lastName": "Zhou"},
                        {"collectiveName": "SCI Group"},
                    ]
                },
                "journalInfo": {
                    "yearOfPublication": 2024,
                    "journal": {"title": "Journal of Made-up Neurotrauma"},
                },
                "pubYear": "2024",
                "abstractText": "<h4>Background</h4>Exosomes &amp; miR-21<sup>a</sup>.<h4>Methods</h4>Tail vein.",
                "pubTypeList": {"pubType": ["research-article", "Journal Article"]},
                "meshHeadingList": {
                    "meshHeading": [
                        {"descriptorName": "Spinal Cord Injuries", "majorTopic_YN": "Y"}
                    ]
                },
                "isOpenAccess": "Y",
                "dateOfCreation": "2024-01-16",
            },
            {
                "id": "PPR800001",
                "source": "PPR",
                "doi": "10.1101/2024.01.01.000001",
                "title": "A preprint on vesicles",
                "authorString": "Novak P, Ito K.",
                "firstPublicationDate": "2024-01-02",
                "isOpenAccess": "N",
            },
        ]
    },
}


def test_a_europe_pmc_page_becomes_records_and_a_cursor() -> None:
    page = parse_europepmc_search(json.dumps(EPMC_PAGE).encode())
    assert (page.hit_count, page.cursor, page.next_cursor) == (2, "*", "AoE_next")
    med, ppr = page.records
    a = med.article
    assert (med.key, med.created) == ("MED:39000001", date(2024, 1, 16))
    assert (a.pmid, a.pmcid, a.doi, a.year) == (
        "39000001",
        "PMC11000001",
        "10.9999/jmn.2024.001",
        2024,
    )
    assert a.title == "Human MSC-derived exosomes improve BBB scores after T10 contusion in rats."
    assert a.abstract == "Background: Exosomes & miR-21a.\nMethods: Tail vein."
    assert a.authors == ["Zhou W", "SCI Group"]
    assert a.mesh_terms == ["Spinal Cord Injuries"]
    assert a.is_open_access is True and a.sources == ["europepmc"]
    assert ppr.key == "PPR:PPR800001"
    assert (ppr.article.pmid, ppr.article.authors, ppr.article.year) == (
        None,
        ["Novak P", "Ito K"],
        2024,
    )
    assert ppr.article.is_open_access is False


@pytest.mark.parametrize(
    ("fragment", "text"),
    [
        ("CD63<sup>+</sup> vesicles", "CD63+ vesicles"),
        ("<i>in vivo</i> &lt;150 nm", "in vivo <150 nm"),
        ("<h4>Aim</h4>To test.<h4>Results</h4>It worked.", "Aim: To test.\nResults: It worked."),
        ("plain", "plain"),
        ("", ""),
    ],
)
def test_europe_pmc_markup_is_flattened_without_losing_text(fragment: str, text: str) -> None:
    assert flatten_html(fragment) == text


@pytest.mark.parametrize(
    "bad", [b"", b'{"hitCount": 3, "resultList": {"res', b"[]", b"<html>busy</html>"]
)
def test_unusable_europe_pmc_bodies_raise_parse_error(bad: bytes) -> None:
    with pytest.raises(ParseError):
        parse_europepmc_search(bad)


# -- the real recorded responses in ../shared/fixtures --------------------------


def test_every_recorded_efetch_parses_with_ids_and_titles(shared_fixtures: Path) -> None:
    files = sorted((shared_fixtures / "pubmed" / "efetch").glob("*.xml"))
    assert files
    for path in files:
        articles = parse_pubmed_xml(path.read_bytes())
        assert articles, path.name
        for a in articles:
            assert a.pmid and a.pmid.isdigit(), path.name
            assert a.title and "<" not in a.title, path.name
            assert a.year and 1900 < a.year < 2100, path.name


def test_recorded_structured_abstract_keeps_labels_and_inline_text(shared_fixtures: Path) -> None:
    xml = (
        shared_fixtures / "pubmed/efetch/biopython_pubmed4_structured_abstract_pmc_mesh.xml"
    ).read_bytes()
    (a,) = parse_pubmed_xml(xml)
    assert (a.pmid, a.pmcid, a.doi) == ("27797938", "PMC5442267", "10.1136/gutjnl-2016-312510")
    labels = [line.split(":", 1)[0] for line in a.abstract.splitlines()]
    assert labels == ["OBJECTIVE", "DESIGN", "RESULTS", "CONCLUSIONS"]
    assert "the TERT gene region" in a.title  # <i>TERT</i> flattened
    assert "r2<0.25" in a.abstract  # <sup>2</sup> and &lt; kept as text
    assert len(a.mesh_terms) == 21


def test_recorded_book_article_in_a_cassette_parses(shared_fixtures: Path) -> None:
    yaml = pytest.importorskip("yaml")
    cassette = yaml.safe_load(
        (shared_fixtures / "pubmed/cassettes/hawc/TestPubMedFetch.test_book.yaml").read_text()
    )
    bodies = [
        i["response"]["body"]["string"]
        for i in cassette["interactions"]
        if "efetch" in i["request"]["uri"]
    ]
    articles = parse_pubmed_xml(bodies[0].encode())
    assert articles and all(a.pmid and a.title for a in articles)


def test_recorded_esearch_with_history(shared_fixtures: Path) -> None:
    result = parse_esearch_xml(
        (
            shared_fixtures / "pubmed/esearch/biopython_esearch2_usehistory_webenv_edat_window.xml"
        ).read_bytes()
    )
    assert result.count == 42249 and len(result.ids) == 100
    assert result.webenv and result.webenv.startswith("MCID_") and result.query_key == "1"


def test_recorded_europe_pmc_pages_parse(shared_fixtures: Path) -> None:
    folder = shared_fixtures / "europepmc"
    core = parse_europepmc_search((folder / "pyeuropepmc_search_cancer_core.json").read_bytes())
    assert core.hit_count == 5059039 and len(core.records) == 25 and core.next_cursor
    assert all(r.article.title and r.key.startswith("MED:") for r in core.records)
    zero = parse_europepmc_search((folder / "pyeuropepmc_search_zero_hits.json").read_bytes())
    assert zero.hit_count == 0 and zero.records == [] and zero.next_cursor is None
    non_oa = parse_europepmc_search(
        (folder / "ischender_search_ext_id_src_med_non_oa_author_manuscript.json").read_bytes()
    )
    assert non_oa.records[0].article.pmcid and non_oa.records[0].article.is_open_access is False
    chain = json.loads((folder / "pyeuropepmc_cursor_chain_10pages_cancer.json").read_bytes())
    cursors = [parse_europepmc_search(page).next_cursor for page in chain]
    assert len(set(cursors)) == len(cursors) == 10  # every page moves the cursor on
