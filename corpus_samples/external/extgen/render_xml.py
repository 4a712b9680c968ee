"""Render a ``Study`` as Europe PMC-style JATS XML (fullTextXML shape)."""

from __future__ import annotations

import re
from xml.sax.saxutils import escape

from extgen.model import BBB_RE, CITE_RE, QUOTE_RE, Study, check_markup

_TAGS = {"i": "italic", "b": "bold", "sup": "sup", "sub": "sub"}
_TAG_SPLIT = re.compile(r"(</?(?:i|b|sup|sub)>)")


def _cites(text: str) -> str:
    def one(m: re.Match[str]) -> str:
        parts = re.split(r"([,–-])", m.group(1))
        out = []
        for p in parts:
            if p.isdigit():
                out.append(f'<xref ref-type="bibr" rid="B{p}">{p}</xref>')
            else:
                out.append(p)
        return "[" + "".join(out) + "]"

    return CITE_RE.sub(one, text)


def inline(markup: str, study: Study) -> str:
    """Markup -> JATS inline content (escaped text, italic/sup/xref)."""
    check_markup(markup, study.stem)
    text = QUOTE_RE.sub(lambda m: m.group(2), markup)
    text = BBB_RE.sub(lambda m: study.scores.cell(m.group(1), float(m.group(2)), m.group(3)), text)
    out = []
    for piece in _TAG_SPLIT.split(text):
        m = re.fullmatch(r"<(/?)(i|b|sup|sub)>", piece)
        if m:
            out.append(f"<{m.group(1)}{_TAGS[m.group(2)]}>")
        else:
            out.append(_cites(escape(piece)))
    return "".join(out)


def _table(label: str, caption: str, spec: dict, study: Study, tid: str) -> str:
    s = study.scores
    days, groups = spec["days"], spec["groups"]
    head = [spec.get("corner", "Group")] + [spec["day_fmt"](d) for d in days]
    rows = [[g] + [s.cell(g, d) for d in days] for g in groups]
    if spec["orient"] == "rows":  # days down the side, groups across
        head = [spec.get("corner", "Time")] + groups
        rows = [[spec["day_fmt"](d)] + [s.cell(g, d) for g in groups] for d in days]
    th = "".join(f"<th>{escape(h)}</th>" for h in head)
    body = "\n".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>" for r in rows)
    foot = spec.get("foot")
    foot_xml = f"<table-wrap-foot><p>{inline(foot, study)}</p></table-wrap-foot>" if foot else ""
    return (
        f'<table-wrap id="{tid}" position="float"><label>{escape(label)}</label>'
        f"<caption><p>{inline(caption, study)}</p></caption>\n"
        f'<table frame="hsides" rules="groups"><thead><tr>{th}</tr></thead>\n<tbody>\n{body}\n</tbody></table>'
        f"{foot_xml}</table-wrap>"
    )


def _blocks(blocks: list, study: Study, ids: dict[str, int]) -> str:
    out: list[str] = []
    open_sub = False
    for block in blocks:
        if isinstance(block, str):
            out.append(f"<p>{inline(block, study)}</p>")
        elif block[0] == "h":
            if open_sub:
                out.append("</sec>")
            ids["sec"] += 1
            out.append(f'<sec id="s{ids["sec"]}"><title>{inline(block[1], study)}</title>')
            open_sub = True
        elif block[0] == "table":
            ids["tab"] += 1
            out.append(_table(block[1], block[2], block[3], study, f"T{ids['tab']}"))
        elif block[0] == "figure":
            ids["fig"] += 1
            n = ids["fig"]
            out.append(
                f'<fig id="F{n}" position="float"><label>{escape(block[1])}</label>'
                f"<caption><p>{inline(block[2], study)}</p></caption>"
                f'<graphic xlink:href="{study.stem}-g00{n}"/></fig>'
            )
    if open_sub:
        out.append("</sec>")
    return "\n".join(out)


def render_xml(study: Study) -> str:
    """The whole article as a JATS string (UTF-8, no DTD fetch needed)."""
    contribs = "".join(
        f'<contrib contrib-type="author"><name><surname>{escape(sn)}</surname>'
        f"<given-names>{escape(gn)}</given-names></name>"
        f'<xref ref-type="aff" rid="aff{1 + i % len(study.affiliations)}"><sup>{1 + i % len(study.affiliations)}</sup></xref></contrib>'
        for i, (gn, sn) in enumerate(study.authors)
    )
    affs = "".join(
        f'<aff id="aff{i}"><sup>{i}</sup>{escape(a)}</aff>' for i, a in enumerate(study.affiliations, 1)
    )
    abstract = "".join(
        (f"<sec><title>{escape(lab)}</title><p>{inline(t, study)}</p></sec>" if lab else f"<p>{inline(t, study)}</p>")
        for lab, t in study.abstract
    )
    kwd = "".join(f"<kwd>{escape(k)}</kwd>" for k in study.keywords)
    ids = {"sec": 0, "tab": 0, "fig": 0}
    body = []
    for sec_type, heading, blocks in study.sections:
        ids["sec"] += 1
        attr = f' sec-type="{sec_type}"' if sec_type else ""
        body.append(f'<sec id="s{ids["sec"]}"{attr}><title>{escape(heading)}</title>\n'
                    f"{_blocks(blocks, study, ids)}\n</sec>")
    back_secs = "".join(
        f'<sec><title>{escape(h)}</title><p>{inline(t, study)}</p></sec>' for h, t in study.back
    )
    refs = "\n".join(
        f'<ref id="B{i}"><label>{i}</label><mixed-citation publication-type="journal">{inline(r, study)}'
        f"</mixed-citation></ref>"
        for i, r in enumerate(study.references, 1)
    )
    fn = f'<fn-group><fn id="fn1"><p>{escape(study.footnote)}</p></fn></fn-group>' if study.footnote else ""
    yy, mm, dd = study.received.split("-")
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE article PUBLIC "-//NLM//DTD JATS (Z39.96) Journal Archiving and Interchange DTD v1.2 20190208//EN" "JATS-archivearticle1.dtd">
<article xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:mml="http://www.w3.org/1998/Math/MathML" article-type="research-article" xml:lang="en">
<front>
<journal-meta><journal-id journal-id-type="nlm-ta">{escape(study.journal)}</journal-id><journal-title-group><journal-title>{escape(study.journal)}</journal-title></journal-title-group><publisher><publisher-name>Synthetic Test Press</publisher-name></publisher></journal-meta>
<article-meta>
<article-id pub-id-type="pmid">{study.pmid}</article-id>
<article-id pub-id-type="pmcid">{study.pmcid}</article-id>
<article-id pub-id-type="doi">{escape(study.doi)}</article-id>
<article-categories><subj-group subj-group-type="heading"><subject>Research Article</subject></subj-group></article-categories>
<title-group><article-title>{inline(study.title, study)}</article-title></title-group>
<contrib-group>{contribs}</contrib-group>
{affs}
<pub-date pub-type="epub"><day>{int(dd)}</day><month>{int(mm)}</month><year>{study.year}</year></pub-date>
<volume>{escape(study.volume)}</volume>
<history><date date-type="received"><day>{int(dd)}</day><month>{int(mm)}</month><year>{yy}</year></date></history>
<permissions><license><license-p>Synthetic test document generated for software testing; not a real publication.</license-p></license></permissions>
<abstract>{abstract}</abstract>
<kwd-group kwd-group-type="author">{kwd}</kwd-group>
</article-meta>
</front>
<body>
{chr(10).join(body)}
</body>
<back>
{back_secs}
{fn}
<ref-list><title>References</title>
{refs}
</ref-list>
</back>
</article>
"""
