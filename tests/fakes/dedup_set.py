"""A labelled deduplication set: records as the sources write them, each tagged with its work.

Built from synthetic base works and the ways two sources (or a source and a
reference manager) write the same work differently, plus hard negatives that
look alike but are different works. ``work`` is the label: records with the
same ``work`` are duplicates, everything else is not.

Policy encoded in the labels (and documented in miner.fetch.dedup): a preprint
and its journal version carry different DOIs and are different *records*
(the review links them later), so they are labelled distinct; so are an
erratum, a retraction notice, a reply and a conference abstract that share an
article's title.

Records without ids model reference-manager imports (RIS/EndNote), which carry
the journal (``JO``/``T2``), sometimes as the full name and sometimes as the
ISO abbreviation. Every rule in the matcher has positives *and* hard negatives
here; the set is not tuned to the matcher (see tests/test_dedup.py for the
figures and the cases that stay undecidable on purpose).
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from miner.records import Article

__all__ = ["LabelledRecord", "labelled_records"]


@dataclass(frozen=True)
class LabelledRecord:
    work: str
    article: Article
    how: str  # which variation produced it (for failure messages)


_BASE = [
    (
        "Bone marrow mesenchymal stem cell-derived exosomes promote locomotor recovery after spinal cord injury in rats",
        "Huang J",
        2021,
        "Stem Cell Res Ther",
    ),
    (
        "Exosomes from human umbilical cord MSCs attenuate neuroinflammation via the TLR4/NF-κB pathway",
        "Sun G",
        2018,
        "J Neuroinflammation",
    ),
    (
        "Hypoxia-preconditioned MSC exosomes deliver miR-216a-5p to shift microglial polarisation",
        "Liu W",
        2020,
        "Theranostics",
    ),
    (
        "Adipose-derived stem cell exosomes reduce pyroptosis and improve BBB scores in a contusion model",
        "Zhang M",
        2022,
        "Front Cell Neurosci",
    ),
    (
        "Intrathecal small extracellular vesicles restore blood–spinal cord barrier integrity",
        "Lu Y",
        2019,
        "Neuroscience",
    ),
    (
        "Placental MSC-derived exosomes promote angiogenesis after T10 spinal cord contusion",
        "Zhou W",
        2023,
        "Bioact Mater",
    ),
    (
        "MicroRNA-21 loaded exosomes suppress neuronal apoptosis through PTEN/PI3K signalling",
        "Kang J",
        2019,
        "Cell Death Dis",
    ),
    (
        "Extracellular vesicles from dental pulp stem cells and functional recovery in rats",
        "García-López AM",
        2021,
        "Int J Mol Sci",
    ),
    (
        "Exosomal lncRNA delivery by hydrogel implantation enhances axonal regeneration",
        "O'Brien K",
        2024,
        "Adv Sci",
    ),
    (
        "A systematic review and meta-analysis of MSC-derived extracellular vesicles for spinal cord injury",
        "Müller T",
        2022,
        "Sci Rep",
    ),
    (
        "Tail vein injection of BMSC exosomes reduces A1 astrocyte activation after spinal cord injury",
        "Wang L",
        2018,
        "J Neurotrauma",
    ),
    (
        "Menstrual blood stem cell exosomes inhibit ferroptosis in spinal cord injury rats",
        "Chen X",
        2023,
        "Oxid Med Cell Longev",
    ),
    (
        "α-Synuclein-free exosomes and β-catenin signalling in axon regrowth",
        "Ito K",
        2020,
        "Exp Neurol",
    ),
    (
        "Wharton's jelly MSC exosomes modulate macrophage polarisation after contusive injury",
        "Nguyen T",
        2021,
        "Cells",
    ),
    (
        "Comparison of ultracentrifugation and size-exclusion chromatography for MSC exosome therapy in SCI",
        "Smith JD",
        2022,
        "J Extracell Vesicles",
    ),
    (
        "Exosomes derived from miR-26a-modified MSCs promote axonal regeneration via PTEN/AKT/mTOR",
        "Chen Y",
        2021,
        "J Cell Mol Med",
    ),
    (
        "Human umbilical cord MSC-derived small EVs improve bladder function after spinal cord injury",
        "Li R",
        2024,
        "Stem Cells Transl Med",
    ),
    (
        "Intranasal delivery of MSC exosomes reaches the injured spinal cord in rats",
        "Guo S",
        2019,
        "ACS Nano",
    ),
    (
        "Exosomes from bone marrow MSCs inhibit complement-mediated inflammation after SCI",
        "Liu Z",
        2020,
        "J Neuroinflammation",
    ),
    (
        "Dose-response of mesenchymal stem cell extracellular vesicles in rat spinal cord contusion",
        "Kim H",
        2023,
        "Neurotherapeutics",
    ),
]


# Full journal names as reference managers write them (the base list has ISO abbreviations).
_FULL_JOURNAL = {
    "Stem Cell Res Ther": "Stem cell research & therapy",
    "J Neuroinflammation": "Journal of neuroinflammation",
    "Theranostics": "Theranostics",
    "Front Cell Neurosci": "Frontiers in cellular neuroscience",
    "Neuroscience": "Neuroscience",
    "Bioact Mater": "Bioactive materials",
    "Cell Death Dis": "Cell death & disease",
    "Int J Mol Sci": "International journal of molecular sciences",
    "Adv Sci": "Advanced science (Weinheim, Baden-Wurttemberg, Germany)",
    "Sci Rep": "Scientific reports",
    "J Neurotrauma": "Journal of neurotrauma",
    "Oxid Med Cell Longev": "Oxidative medicine and cellular longevity",
    "Exp Neurol": "Experimental neurology",
    "Cells": "Cells",
    "J Extracell Vesicles": "Journal of extracellular vesicles",
    "J Cell Mol Med": "Journal of cellular and molecular medicine",
    "Stem Cells Transl Med": "Stem cells translational medicine",
    "ACS Nano": "ACS nano",
    "Neurotherapeutics": "Neurotherapeutics",
    "Mol Ther": "Molecular therapy : the journal of the American Society of Gene Therapy",
}

# How the same DOI arrives from imports and older parsers.
_DOI_FORMS = [
    lambda d: d,
    lambda d: "https://doi.org/" + d.upper(),
    lambda d: f"doi:{d}.",
    lambda d: "http://dx.doi.org/" + d.replace("/", "%2F"),
]


def _id(i: int) -> dict[str, str]:
    return {
        "pmid": str(31_000_000 + i),
        "pmcid": f"PMC{7_100_000 + i}",
        "doi": f"10.5555/sci.{2000 + i}",
    }


def _base_records() -> list[LabelledRecord]:
    out: list[LabelledRecord] = []
    for i, (title, author, year, journal) in enumerate(_BASE):
        ids = _id(i)
        work = f"w{i}"
        second = f"{author.split()[0]}B X"
        pubmed = Article(
            pmid=ids["pmid"], pmcid=ids["pmcid"] if i % 2 == 0 else None, doi=ids["doi"],
            title=title + ".", authors=[author, second], journal=journal, year=year,
            publication_types=["Journal Article"], sources=["pubmed"],
        )  # fmt: skip
        out.append(LabelledRecord(work, pubmed, "pubmed"))
        # Europe PMC MED record: same PMID, markup in the title, full journal name.
        epmc = replace(
            pubmed,
            title=title.replace("exosomes", "<i>exosomes</i>") + ".",
            journal=_FULL_JOURNAL[journal],
            sources=["europepmc"],
        )
        out.append(LabelledRecord(work, epmc, "europepmc MED"))
        if i % 2 == 0:
            # Europe PMC PMC-source copy: PMCID only (some feeds drop the "PMC"), DOI in upper case.
            pmcid = ids["pmcid"] if i % 4 else ids["pmcid"].removeprefix("PMC")
            out.append(LabelledRecord(work, Article(
                pmcid=pmcid, doi=ids["doi"].upper(), title=title, authors=[author], year=year,
                sources=["europepmc"]), f"pmcid {pmcid!r} + DOI case"))  # fmt: skip
        # A reference-manager import without ids, title re-typed, journal in either form.
        variants = [
            ("upper case", title.upper()),
            ("no final period, extra spaces", "  " + title.replace(" ", "  ") + " "),
            (
                "greek spelled out",
                title.replace("κ", "kappa").replace("α", "alpha").replace("β", "beta"),
            ),
            ("en dash as hyphen", title.replace("–", "-")),
            ("translated-title brackets", f"[{title}]."),
            ("html entities", title.replace("'", "&#39;").replace("-", "&#8208;")),
        ]
        how, retyped = variants[i % len(variants)]
        surname = author.split()[0]
        given = "Wei" if surname == "Zhou" else "Alex"
        author_forms = [f"{surname}, {given}", f"{given} {surname}", author]
        import_journal = _FULL_JOURNAL[journal] if i % 2 else journal
        out.append(LabelledRecord(work, Article(
            title=retyped, authors=[author_forms[i % 3]], year=year, journal=import_journal,
            sources=["import"]),
            f"no ids: {how}; author as {author_forms[i % 3]!r}; journal {import_journal!r}"))  # fmt: skip
        # A DOI-only import, the DOI written as a URL, with a prefix or escaped.
        doi = _DOI_FORMS[i % len(_DOI_FORMS)](ids["doi"])
        out.append(
            LabelledRecord(work, Article(doi=doi, title=title, sources=["import"]), f"doi {doi!r}")
        )
    return out


# Works whose authors or titles exercise one normalisation rule each:
# (work, PubMed title, PubMed author, year, journal, [(import title, import author, how)]).
_RULE_WORKS = [
    (
        "p-particle",
        "Exosomal miR-124-3p from bone marrow MSCs reduces M1 microglia after spinal cord injury",
        "van der Berg AB",
        2022,
        "Mol Ther",
        [
            (None, "Berg, Anna van der", "particle after the given name"),
            (None, "Anna van der Berg", "given name first with particle"),
        ],
    ),
    (
        "p-capital-particle",
        "Umbilical cord MSC exosomes carrying circRNA improve hindlimb motor function in rats",
        "De Luca F",
        2021,
        "Cells",
        [(None, "Francesca De Luca", "given name first, capital particle")],
    ),
    (
        "p-mathml",
        "TGF-β1-primed MSC exosomes at 100 μg per rat restore locomotion after SCI",
        "Åberg S",
        2023,
        "J Extracell Vesicles",
        [
            (
                (
                    "TGF-<mml:math><mml:mi>β</mml:mi></mml:math>1-primed MSC exosomes at 100 \u00b5g"
                    " per rat restore locomotion after SCI"
                ),
                "Aberg, Sven",
                "MathML Greek, micro sign, accent dropped",
            ),
            (
                "TGF-beta 1-primed MSC exosomes at 100 mu g per rat restore locomotion after SCI",
                "Aberg S",
                "Greek spelled out with spaces",
            ),
        ],
    ),
    (
        "p-retracted",
        "Exosomes from MSCs overexpressing HIF-1a reduce glial scar formation after spinal cord injury",
        "Park J",
        2020,
        "Sci Rep",
        [
            (
                (
                    "RETRACTED ARTICLE: Exosomes from MSCs overexpressing HIF-1a reduce glial scar"
                    " formation after spinal cord injury"
                ),
                "Park, Jae",
                "retracted marker on the article's own title",
            )
        ],
    ),
]


def _rule_records() -> list[LabelledRecord]:
    out: list[LabelledRecord] = []
    for k, (work, title, author, year, journal, imports) in enumerate(_RULE_WORKS):
        out.append(LabelledRecord(work, Article(
            pmid=str(32_000_000 + k), doi=f"10.5555/rule.{k}", title=title + ".", authors=[author],
            journal=journal, year=year, publication_types=["Journal Article"],
            sources=["pubmed"]), "pubmed"))  # fmt: skip
        for n, (imported_title, imported_author, how) in enumerate(imports):
            out.append(LabelledRecord(work, Article(
                title=imported_title or title, authors=[imported_author], year=year,
                journal=_FULL_JOURNAL[journal] if n % 2 == 0 else journal,
                sources=["import"]), f"no ids: {how}"))  # fmt: skip
    return out


def _hard_positives() -> list[LabelledRecord]:
    """Duplicates we expect to find hard (kept honest, not tuned away)."""
    t0, a0, y0, j0 = _BASE[0]
    return [
        LabelledRecord("w0", Article(
            title=t0.replace("locomotor", "locomoter"), authors=[a0], year=y0,
            journal=_FULL_JOURNAL[j0], sources=["import"]), "typo in title, no ids"),
        LabelledRecord("w3", Article(
            title=_BASE[3][0], authors=["Zhang M"], year=2021, journal=_BASE[3][3],
            sources=["import"]), "epub year instead of print year, no ids"),
        # The bioRxiv preprint of w0 imported without its DOI: the preprint's record, not w0's.
        LabelledRecord("n-preprint", Article(
            title=t0, authors=["Huang, Jun"], year=y0, journal="bioRxiv", sources=["import"]),
            "preprint imported without DOI"),
    ]  # fmt: skip


def _hard_negatives() -> list[LabelledRecord]:
    """Alike, but different works: each is its own work label."""
    t0, a0, y0, _ = _BASE[0]
    t1, a1, y1, j1 = _BASE[1]
    t2, a2, y2, j2 = _BASE[2]
    t4, a4, y4, j4 = _BASE[4]
    t10, a10, y10, j10 = _BASE[10]
    tr = _RULE_WORKS[3][1]
    negatives = [
        ("n-update", Article(title=t0, authors=[a0], year=y0 + 2, sources=["import"]),
         "same title, later year"),
        ("n-other-author", Article(title=t0, authors=["Okafor C"], year=y0, sources=["import"]),
         "same title, other first author"),
        ("n-correction", Article(
            pmid="39999001", doi="10.5555/corr.1", title=f"Correction: {t0}", authors=[a0],
            year=y0, sources=["pubmed"]), "correction notice"),
        ("n-editorial-1", Article(
            pmid="39999002", title="Editorial.", authors=["Ito K"], year=2022, sources=["pubmed"]),
         "generic title"),
        ("n-editorial-2", Article(
            pmid="39999003", title="Editorial", authors=["Ito K"], year=2022, sources=["pubmed"]),
         "generic title"),
        ("n-preprint", Article(
            doi="10.1101/2021.01.01.000001", title=t0, authors=[a0], year=y0,
            publication_types=["preprint"], sources=["europepmc"]), "preprint of w0 (own DOI)"),
        ("n-dup-publication", Article(
            pmid="39999004", doi="10.5555/other.9", title=_BASE[5][0], authors=["Zhou W"],
            year=2023, journal="Front Bioeng Biotechnol", sources=["pubmed"]),
         "same title in another journal, own ids"),
        ("n-short-1", Article(title="Exosomes", authors=["Li R"], year=2020, sources=["import"]),
         "too-short title"),
        ("n-short-2", Article(title="Exosomes.", authors=["Li R"], year=2020, sources=["import"]),
         "too-short title"),
        # An erratum indexed under the article's own title (publication type says what it is).
        ("n-erratum-same-title", Article(
            pmid="39999005", doi="10.5555/err.1", title=t1 + ".", authors=[a1], year=y1,
            journal=j1, publication_types=["Published Erratum"], sources=["pubmed"]),
         "erratum with the article's title"),
        ("n-corrigendum", Article(
            doi="10.5555/corr.2", title=f"Corrigendum: {t2}", authors=[a2], year=y2, journal=j2,
            sources=["europepmc"]), "corrigendum notice"),
        # A preprint of w2 posted the year before, same title and authors.
        ("n-preprint-rs", Article(
            doi="10.21203/rs.3.rs-123456/v1", title=t2, authors=[a2], year=y2 - 1,
            journal="Research Square", sources=["europepmc"]), "Research Square preprint of w2"),
        # An author reply under the article's title, the next year, imported without ids.
        ("n-reply", Article(
            title=t4, authors=[a4], year=y4 + 1, journal=_FULL_JOURNAL[j4],
            publication_types=["Letter", "Comment"], sources=["import"]),
         "author reply with the article's title, next year"),
        ("n-reply-prefix", Article(
            pmid="39999006", title=f"Reply to: {t4}", authors=[a4], year=y4 + 1, journal=j4,
            sources=["pubmed"]), "'Reply to:' letter"),
        # Conference abstracts of w10 in the journal's supplement, same title and author.
        ("n-abstract", Article(
            title=t10, authors=[a10], year=y10, journal=j10,
            publication_types=["Meeting Abstract"], sources=["import"]),
         "conference abstract, same year"),
        ("n-abstract-earlier", Article(
            doi="10.5555/abs.10", title=t10, authors=[a10], year=y10 - 1, journal="Glia",
            publication_types=["Congress"], sources=["europepmc"]),
         "the same abstract at another congress the year before, own DOI"),
        ("n-retraction-note", Article(
            pmid="39999007", title=f"Retraction Note: {tr}", authors=["Park J"], year=2023,
            journal="Sci Rep", publication_types=["Retraction of Publication"],
            sources=["pubmed"]), "retraction notice"),
    ]  # fmt: skip
    return [LabelledRecord(work, article, how) for work, article, how in negatives]


def labelled_records() -> list[LabelledRecord]:
    """Every labelled record, in the order a store would typically meet them."""
    return [*_base_records(), *_rule_records(), *_hard_positives(), *_hard_negatives()]
