"""Core commands: extract, parse, eval."""

from __future__ import annotations

import json
import sys
from enum import StrEnum
from pathlib import Path
from typing import Annotated

import typer
from rich.table import Table

from miner.cli._common import DbOption, err_console, fail, out_console, user_errors

__all__ = ["register"]


class ParseFormat(StrEnum):
    json = "json"
    text = "text"


class Split(StrEnum):
    all = "all"
    tune = "tune"
    heldout = "heldout"


ModelOption = Annotated[
    str | None,
    typer.Option(
        "--model",
        help="NLP pipeline: default the trained pipeline shipped in models/; or an installed spaCy/"
        "scispacy model name or path (e.g. en_core_sci_sm) whose entities are added.",
    ),
]


def extract(
    paths: Annotated[list[Path], typer.Argument(help="PDF or JATS files, or folders (searched recursively).")],
    db: DbOption = None,
    workers: Annotated[int | None, typer.Option("--workers", "-w", help="Worker processes (default: all cores).", min=1)] = None,
    model: ModelOption = None,
    force: Annotated[bool, typer.Option("--force", help="Re-extract files already done by this pipeline version (reviewer decisions are kept).")] = False,
    executor: Annotated[str, typer.Option("--executor", help="local (process pool) or dask.")] = "local",
    scheduler: Annotated[str | None, typer.Option("--scheduler", help="Dask scheduler address, e.g. tcp://host:8786 (with --executor dask).")] = None,
) -> None:
    """Extract every sheet field from PDFs / JATS files into the store.

    Files already processed by the same pipeline version (same content hash) are
    skipped, so an interrupted run can simply be started again. Files that cannot
    be read are stored as failed documents with the reason; the rest completes.
    """
    from miner.batch import run_batch
    from miner.cli._progress import BatchProgress
    from miner.store import Store

    with user_errors():
        store = Store(db)
        if executor == "dask":
            try:
                from miner.batch.distributed import run_batch_dask
            except ImportError:
                raise fail("the dask executor is not available in this installation") from None
            with BatchProgress("extracting on dask") as bar:
                summary = run_batch_dask(store, paths, scheduler=scheduler, model=model, force=force,
                                         on_result=bar.advance, on_total=bar.set_total,
                                         command=" ".join(sys.argv[1:]))
        elif executor != "local":
            raise fail(f"unknown executor {executor!r} (use local or dask)")
        else:
            with BatchProgress("extracting") as bar:
                summary = run_batch(store, paths, workers=workers, model=model, force=force,
                                    on_result=bar.advance, on_total=bar.set_total,
                                    command=" ".join(sys.argv[1:]))
    ok = summary.processed - len([f for f in summary.failed if f[1] != "unreadable"])
    err_console.print(
        f"{summary.total} files: {ok} extracted, {summary.skipped} already done, "
        f"{len(summary.failed)} failed ({summary.seconds:.1f} s, run {summary.run_id}) -> {store!r}",
        highlight=False,
    )
    for name, reason, error in summary.failed:
        # The error already names the file; one line per failure, easy to grep.
        err_console.print(f"  failed [{reason}] {error or name}", highlight=False, markup=False, soft_wrap=True)


def parse(
    file: Annotated[Path, typer.Argument(help="A PDF or JATS XML file.")],
    fmt: Annotated[ParseFormat, typer.Option("--format", "-f", help="json (the whole document model) or text (reading-order body text).")] = ParseFormat.json,
) -> None:
    """Show how miner reads a document (for debugging extraction)."""
    from miner.parse import parse_path

    with user_errors():
        if not file.exists():
            raise fail(f"no such file: {file}")
        doc = parse_path(file)
    if fmt is ParseFormat.text:
        sys.stdout.write(doc.to_text() + "\n")
    else:
        sys.stdout.write(json.dumps(doc.to_dict(), ensure_ascii=False, indent=1) + "\n")


def evaluate(
    gold: Annotated[Path, typer.Option("--gold", help="Folder of gold files in the export's JSON shape.")],
    split: Annotated[Split, typer.Option("--split", help="Which documents of split.json (beside the gold folder) to score.")] = Split.all,
    db: Annotated[str | None, typer.Option("--db", help="Score what is in this store instead of extracting the gold's documents afresh.")] = None,
    documents: Annotated[Path | None, typer.Option("--documents", help="Where the gold's documents are (default: the gold folder's parent).")] = None,
    model: ModelOption = None,
    ablation: Annotated[bool, typer.Option("--ablation", help="Also score lexicon rules only and trained NER only.")] = False,
    json_out: Annotated[Path | None, typer.Option("--json", help="Also write the scores as JSON here.")] = None,
    show_errors: Annotated[bool, typer.Option("--errors", help="List every wrong or missed value.")] = False,
) -> None:
    """Precision, recall and F1 per field and for outcome rows against gold."""
    from miner.evaluate import load_gold, predictions_from_export, score
    from miner.evaluate.run import extract_for_eval

    with user_errors():
        gold_docs = load_gold(gold, split=None if split is Split.all else str(split))
        reports = {}
        if db is not None:
            from miner.sheet import build_export
            from miner.store import Store

            reports["store"] = score(predictions_from_export(build_export(Store(db))), gold_docs)
        else:
            folder = documents or gold.parent
            modes = ("both", "rules", "ner") if ablation else ("both",)
            for mode in modes:
                export = extract_for_eval(folder, sorted(gold_docs), model=model, mode=mode)
                reports[mode] = score(predictions_from_export(export), gold_docs)
    for name, report in reports.items():
        _print_report(name, report, split, show_errors)
    if json_out:
        json_out.write_text(json.dumps({k: v.as_dict() for k, v in reports.items()}, indent=2))


def _fmt(x: float | None) -> str:
    return "-" if x is None else f"{x:.3f}"


def _print_report(name, report, split, show_errors: bool) -> None:  # type: ignore[no-untyped-def]
    title = f"{report.documents} documents ({split} split), mode: {name}"
    table = Table("field", "TP", "FP", "FN", "precision", "recall", "F1", title=title, title_justify="left")
    for fname, s in report.fields.items():
        table.add_row(fname, str(s.tp), str(s.fp), str(s.fn), _fmt(s.precision), _fmt(s.recall), _fmt(s.f1))
    m = report.micro()
    table.add_row("[b]all fields[/]", str(m.tp), str(m.fp), str(m.fn), _fmt(m.precision), _fmt(m.recall), _fmt(m.f1))
    for o in (report.outcomes, report.figure_outcomes):
        if o.tp + o.fp + o.fn:
            table.add_row(f"[b]{o.field}[/]", str(o.tp), str(o.fp), str(o.fn), _fmt(o.precision), _fmt(o.recall), _fmt(o.f1))
    st = getattr(report, "stat", None)  # mean/median of matched rows whose gold states it
    if st is not None and (st.gold_rows or st.median_without_gold_stat):
        table.add_row("[b]outcome stat (matched rows, gold states mean/median)[/]", str(st.same), "",
                      str(st.gold_rows - st.same), "", _fmt(st.agreement), "")
    for s in report.wording.values():
        table.add_row(f"[dim]{s.field}[/]", str(s.tp), str(s.fp), str(s.fn), _fmt(s.precision), _fmt(s.recall), _fmt(s.f1))
    out_console.print(table)
    if report.outcomes.tp + report.outcomes.fp + report.outcomes.fn:
        _print_breakdown(report.breakdown.as_dict())
    cal = Table("confidence", "values", "correct", "accuracy", title="calibration", title_justify="left")
    for lo, hi, n, c in report.calibration:
        cal.add_row(f"{lo:.2f}-{hi:.2f}", str(n), str(c), _fmt(c / n if n else None))
    out_console.print(cal)
    if report.missing_documents:
        out_console.print(f"documents with no prediction: {', '.join(report.missing_documents)}")
    if show_errors:
        for s in [*report.fields.values(), report.outcomes, report.figure_outcomes]:
            for e in s.errors:
                out_console.print(f"{s.field}: {e}", highlight=False, markup=False)


def _print_breakdown(bd: dict) -> None:  # type: ignore[type-arg]
    """Outcome rows by where the gold writes them, and errors by kind (counts only)."""
    src = Table("gold rows in", "TP", "FN", "FP", "recall", title="outcome rows by source",
                title_justify="left")
    for where, c in bd["by_source"].items():
        if c["tp"] + c["fn"] + c["fp"]:
            src.add_row(where, str(c["tp"]), str(c["fn"]), str(c["fp"]),
                        _fmt(c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else None))
    out_console.print(src)
    kinds = Table("kind", "rows", title="outcome errors by kind", title_justify="left")
    for side in ("missed", "spurious"):
        for kind, n in bd[side].items():
            if n:
                kinds.add_row(f"{side}: {kind}", str(n))
    if kinds.row_count:
        out_console.print(kinds)
    unread = bd.get("unread_papers") or {}
    if unread:
        papers = Table("papers with nothing read", "papers", title="outcome rows: unread papers",
                       title_justify="left")
        for what, n in unread.items():
            papers.add_row(what, str(n))
        out_console.print(papers)


def register(app: typer.Typer) -> None:
    app.command("extract")(extract)
    app.command("parse")(parse)
    app.command("eval")(evaluate)
