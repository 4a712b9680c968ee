"""A labelled deduplication set: records as the sources write them, each tagged with its work.

Built from synthetic base works and the ways two sources (or a source and a
reference manager) write the same work differently, plus hard negatives that
look alike but are different works. ``work`` is the label: records with the
same ``work`` are duplicates, everything else is not.

Policy encoded in the labels (and documented in miner.fetch.dedup): a preprint
and its journal version carry different DOIs and are different *records*
(the review links them later), so they are labelled distinct.
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


def _id(i: int) -> dict[str, str]:
    return {
        "pmid": str(31_000_000 + i),
        "pmcid": f"PMC{7_100_000 + i}",
        "doi": f"10.5555/sci.{2000 + i}",
    }


def labelled_records() -> list[LabelledRecord]:
    out: list[LabelledRecord] = []
    for i, (title, author, year, journal) in enumerate(_BASE):
        ids = _id(i)
        work = f"w{i}"
        second = f"{author.split()[0]}B X"
        pubmed = Article(
            pmid=ids["pmid"], pmcid=ids["pmcid"] if i % 2 == 0 else None, doi=ids["doi"],
            title=title + ".", authors=[author, second], journal=journal, year=year, sources=["pubmed"],
        )  # fmt: skip
        out.append(LabelledRecord(work, pubmed, "pubmed"))
        # Europe PMC MED record: same PMID, markup in the title.
        epmc = replace(
            pubmed, title=title.replace("exosomes", "<i>exosomes</i>") + ".", sources=["europepmc"]
        )
        out.append(LabelledRecord(work, epmc, "europepmc MED"))
        if i % 2 == 0:
            # Europe PMC PMC-source copy: PMCID only, DOI in upper case.
            out.append(LabelledRecord(work, Article(
                pmcid=ids["pmcid"], doi=ids["doi"].upper(), title=title, authors=[author], year=year,
                sources=["europepmc"]), "pmcid+DOI case"))  # fmt: skip
        # A record with no ids at all (e.g. imported from a reference manager), title re-typed.
        variants = [
            ("upper case", title.upper()),
            ("no final period, extra spaces", "  " + title.replace(" ", "  ") + " "),
            (
                "greek spelled out",
                title.replace("κ", "kappa").replace("α", "alpha").replace("β", "beta"),
            ),
            ("en dash as hyphen", title.replace("–", "-")),
            ("translated-title brackets", f"[{title}]."),
            ("html entities", title.replace("'", "&#39;")),
        ]
        how, retyped = variants[i % len(variants)]
        surname = author.split()[0]
        given = "Wei" if surname == "Zhou" else "Alex"
        author_forms = [f"{surname}, {given}", f"{given} {surname}", author]
        out.append(LabelledRecord(work, Article(
            title=retyped, authors=[author_forms[i % 3]], year=year, sources=["import"]),
            f"no ids: {how}; author as {author_forms[i % 3]!r}"))  # fmt: skip
        # A DOI-only record with a URL-form DOI (normalised by the parsers) .
        out.append(
            LabelledRecord(
                work, Article(doi=ids["doi"], title=title, sources=["import"]), "doi only"
            )
        )

    # -- hard positives we expect to find hard (kept honest, not tuned away) --
    out.append(LabelledRecord("w0", Article(
        title=_BASE[0][0].replace("locomotor", "locomoter"), authors=["Huang J"], year=2021, sources=["import"]),
        "typo in title, no ids"))  # fmt: skip
    out.append(LabelledRecord("w3", Article(
        title=_BASE[3][0], authors=["Zhang M"], year=2021, sources=["import"]),
        "epub year instead of print year, no ids"))  # fmt: skip

    # -- hard negatives: alike, but different works --
    t0, a0, y0, _ = _BASE[0]
    negatives = [
        (
            "n-update",
            Article(title=t0, authors=[a0], year=y0 + 2, sources=["import"]),
            "same title, later year",
        ),
        (
            "n-other-author",
            Article(title=t0, authors=["Okafor C"], year=y0, sources=["import"]),
            "same title, other first author",
        ),
        (
            "n-correction",
            Article(
                pmid="39999001",
                doi="10.5555/corr.1",
                title=f"Correction: {t0}",
                authors=[a0],
                year=y0,
                sources=["pubmed"],
            ),
            "correction notice",
        ),
        (
            "n-editorial-1",
            Article(
                pmid="39999002",
                title="Editorial.",
                authors=["Ito K"],
                year=2022,
                sources=["pubmed"],
            ),
            "generic title",
        ),
        (
            "n-editorial-2",
            Article(
                pmid="39999003", title="Editorial", authors=["Ito K"], year=2022, sources=["pubmed"]
            ),
            "generic title",
        ),
        (
            "n-preprint",
            Article(
                doi="10.1101/2021.01.01.000001",
                title=t0,
                authors=[a0],
                year=y0,
                sources=["europepmc"],
            ),
            "preprint of w0 (own DOI)",
        ),
        (
            "n-dup-publication",
            Article(
                pmid="39999004",
                doi="10.5555/other.9",
                title=_BASE[5][0],
                authors=["Zhou W"],
                year=2023,
                sources=["pubmed"],
            ),
            "same title in another journal, own ids",
        ),
        (
            "n-short-1",
            Article(title="Exosomes", authors=["Li R"], year=2020, sources=["import"]),
            "too-short title",
        ),
        (
            "n-short-2",
            Article(title="Exosomes.", authors=["Li R"], year=2020, sources=["import"]),
            "too-short title",
        ),
    ]
    out.extend(LabelledRecord(work, article, how) for work, article, how in negatives)
    return out
