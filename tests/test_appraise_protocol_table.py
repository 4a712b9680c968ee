"""The rows of a protocol table ("Ethics | Approved by ...") are methods sentences to the appraisal."""

from __future__ import annotations

import pytest

from miner.appraise.rob import assess_risk_of_bias
from miner.parse.model import Block, BlockKind, ParsedDocument, SectionKind

PROTOCOL = [
    ("Animals", "Female Wistar rats, 220-260 g; ten per group"),
    ("Injury", "Moderate contusion at T10 with a 10 g rod from 25 mm"),
    ("Isolation", "Differential centrifugation, then 120 000 x g for 90 min"),
    ("Dose and route", "150 ug of vesicle protein in the tail vein, once"),
]
ETHICS = ("Ethics", "Approved by the institutional animal care and use committee (protocol 2021-17)")
MASKED = ("Outcome", "BBB scores on days 1, 3 and 7 and weekly, by two raters masked to group")


def table_doc(rows: list[tuple[str, str]], *, header: bool = True) -> ParsedDocument:
    lines = (["Parameter\tDetail"] if header else []) + ["\t".join(r) for r in rows]
    return ParsedDocument(
        source="t.pdf", format="pdf", pages=1,
        blocks=[Block(text="Methods were as summarised in Table 1.", page=1, section=SectionKind.METHODS),
                Block(text="\n".join(lines), page=1, section=SectionKind.TABLE, kind=BlockKind.TABLE)])


@pytest.mark.parametrize("header", [True, False], ids=["with-header", "no-header"])
@pytest.mark.parametrize(
    ("row", "item"),
    [(ETHICS, "reported_welfare_compliance"), (MASKED, "reported_blinded_assessment")],
    ids=["ethics-row", "masked-outcome-row"],
)
def test_a_protocol_table_row_reports_the_item(row: tuple[str, str], item: str, header: bool) -> None:
    found = assess_risk_of_bias(table_doc([*PROTOCOL, row], header=header))
    assert found[item].value is True
    assert found[item].evidence[0].quote.startswith(row[0])


def test_a_results_table_is_not_read_as_methods() -> None:
    results = [("Sham", "21.0 ± 0.0"), ("SCI + PBS", "7.1 ± 1.2"), ("SCI + Exo", "11.3 ± 1.4"),
               ("Approved", "by the committee"), ("Masked", "raters")]
    found = assess_risk_of_bias(table_doc(results))
    assert found["reported_welfare_compliance"].value is not True
    assert found["reported_blinded_assessment"].value is not True


def test_a_captioned_isolation_protocol_table_is_read_as_methods_as_the_field_extractors_read_it() -> None:
    """The caption line is part of the table block: 'Table 1: Exosome isolation protocol' qualifies it."""
    from miner.appraise._sentences import appraisal_sentences
    from miner.extract._context import document_sentences
    from miner.extract._protocol_table import methods_table_rows

    lines = ["Table 1: Exosome isolation protocol", "Step\tMethod\tResult",
             "Clearing\tSpun at 2000 x g for 20 min by a technician blinded to the donor\tDebris removed",
             "Pelleting\tSpun at 100 000 x g for 70 min, pellet washed once in PBS\tVesicle pellet"]
    doc = ParsedDocument(source="t.pdf", format="pdf", pages=1, blocks=[
        Block(text="\n".join(lines), page=1, section=SectionKind.TABLE, kind=BlockKind.TABLE)])
    as_fields = [s.text for s in methods_table_rows(document_sentences(doc)) if s.section == SectionKind.METHODS]
    as_appraisal = [s.text for s in appraisal_sentences(doc) if s.section == SectionKind.METHODS]
    assert len(as_fields) == 2
    assert [t.replace("\t", " ") for t in as_appraisal] == as_fields
