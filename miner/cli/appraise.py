"""Appraisal commands: review criteria, risk of bias of one document, and measurement."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.markup import escape
from rich.table import Table

from miner.cli._common import err_console, fail, out_console, user_errors

__all__ = ["register"]

appraise_app = typer.Typer(
    name="appraise",
    help="Eligibility criteria and SYRCLE risk-of-bias prefill.",
    no_args_is_help=True,
)
criteria_app = typer.Typer(name="criteria", help="A review's eligibility criteria (TOML).", no_args_is_help=True)


class Split(StrEnum):
    all = "all"
    tune = "tune"
    heldout = "heldout"


@criteria_app.command("show")
def criteria_show(
    file: Annotated[Path | None, typer.Argument(help="A criteria TOML file (default: the built-in review).")] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")] = False,
) -> None:
    """Show the criteria a review applies."""
    from miner.appraise import load_criteria

    with user_errors():
        criteria = load_criteria(file)
    if as_json:
        sys.stdout.write(json.dumps(criteria.to_dict(), indent=2) + "\n")
        return
    table = Table("name", "rule", "title/abstract", "description", title=escape(f"{criteria.name} ({criteria.source})"),
                  title_justify="left")
    for c in criteria:
        table.add_row(escape(c.name), escape(c.rule), "yes" if c.triage else "no", escape(c.description))
    out_console.print(table)
    if criteria.exclude_publication_types:
        out_console.print("excluded publication types: " + ", ".join(criteria.exclude_publication_types))


@criteria_app.command("check")
def criteria_check(file: Annotated[Path, typer.Argument(help="A criteria TOML file.")]) -> None:
    """Check a criteria file; one line naming the line and key at fault when it is wrong."""
    from miner.appraise import load_criteria

    with user_errors():
        criteria = load_criteria(file)
    err_console.print(f"{file}: {len(criteria)} criteria, OK", highlight=False)


@appraise_app.command("rob")
def rob(file: Annotated[Path, typer.Argument(help="A PDF or JATS XML file.")]) -> None:
    """Print the SYRCLE risk-of-bias and reporting-item prefill of one document as JSON."""
    from miner.appraise import assess_risk_of_bias
    from miner.parse import parse_path

    with user_errors():
        if not file.exists():
            raise fail(f"no such file: {file}")
        doc = parse_path(file)
        values = assess_risk_of_bias(doc)
    sys.stdout.write(json.dumps({k: v.to_dict() for k, v in values.items()}, ensure_ascii=False, indent=1) + "\n")


def _fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


@appraise_app.command("eval")
def evaluate(
    gold: Annotated[Path, typer.Option("--gold", help="Gold folder (sentences_*.jsonl, documents/<split>/*.json).")],
    split: Annotated[Split, typer.Option("--split", help="tune, heldout or all.")] = Split.all,
    show_errors: Annotated[bool, typer.Option("--errors", help="List every wrong or missed judgement.")] = False,
    json_out: Annotated[Path | None, typer.Option("--json", help="Also write the scores as JSON here.")] = None,
) -> None:
    """Per-item precision, recall and F1 of the risk-of-bias and reporting rules against gold."""
    from miner.appraise.evaluate import load_gold_cases, score_cases

    with user_errors():
        cases = load_gold_cases(gold, str(split))
        scores = score_cases(cases)
    n_sent = sum(c.kind == "sentence" for c in cases)
    title = f"{n_sent} sentences + {len(cases) - n_sent} documents ({split} split)"
    table = Table("item", "TP", "FP", "FN", "precision", "recall", "F1", title=title, title_justify="left")
    for s in scores.values():
        table.add_row(s.item, str(s.tp), str(s.fp), str(s.fn), _fmt(s.precision), _fmt(s.recall), _fmt(s.f1))
    out_console.print(table)
    if show_errors:
        for s in scores.values():
            for e in s.errors:
                out_console.print(f"{s.item}: {e}", highlight=False, markup=False)
    if json_out:
        json_out.write_text(json.dumps({"split": str(split), "items": [s.as_dict() for s in scores.values()]},
                                       indent=2))


appraise_app.add_typer(criteria_app)


def register(app: typer.Typer) -> None:
    app.add_typer(appraise_app)
