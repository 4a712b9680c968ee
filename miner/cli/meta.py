"""``miner meta``: from the sheet to pooled estimates, figures and a report."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any

import typer

from miner.cli._common import DbOption, err_console, fail, out_console, user_errors

__all__ = ["register"]


def _sheet_from_store(db: str | None) -> dict[str, Any]:
    try:
        from miner.sheet import build_export
        from miner.store import Store
    except ImportError:
        raise fail(
            "reading the sheet from the store is not available in this build; pass --sheet FILE.json"
        ) from None
    return build_export(Store(db))  # type: ignore[no-any-return]


def _counts_from_store(db: str | None, query: str | None) -> dict[str, Any] | None:
    try:
        from miner.fetch import prisma_counts
        from miner.store import Store
    except ImportError:
        return None
    return dict(prisma_counts(Store(db), query_name=query))


def meta(
    out: Annotated[
        Path, typer.Option("--out", help="Directory for results.json, figures and reports.")
    ],
    outcome: Annotated[str, typer.Option("--outcome", help="Outcome scale, e.g. BBB.")] = "BBB",
    timepoint: Annotated[
        list[str] | None,
        typer.Option(
            "--timepoint",
            help="first, last, or a day after injury (e.g. 28); repeat for several analyses.",
        ),
    ] = None,
    measure: Annotated[
        str, typer.Option("--measure", help="MD (mean difference) or SMD (Hedges' g).")
    ] = "MD",
    model: Annotated[
        str,
        typer.Option(
            "--model",
            help="fixed, random, or auto (random when Q p <= 0.05 or I² > 50%, else fixed).",
        ),
    ] = "random",
    tau2: Annotated[
        str, typer.Option("--tau2", help="Between-study variance estimator: DL, REML or PM.")
    ] = "DL",
    by: Annotated[
        str | None,
        typer.Option("--by", help="Subgroup analysis by a sheet field, e.g. source_tissue."),
    ] = None,
    sheet: Annotated[
        Path | None,
        typer.Option(
            "--sheet", help="An exported sheet (miner sheet export --format json) instead of --db."
        ),
    ] = None,
    prisma: Annotated[
        Path | None,
        typer.Option(
            "--prisma", help="JSON object of PRISMA counts (identified_pubmed, ..., included)."
        ),
    ] = None,
    query: Annotated[
        str | None,
        typer.Option("--query", help="Saved search whose PRISMA counts to use (with --db)."),
    ] = None,
    db: DbOption = None,
) -> None:
    """Pool treatment-versus-control effects, with forest, funnel and PRISMA figures and a report."""
    from miner.meta import load_counts, load_sheet, run_analysis, write_outputs

    if sheet is not None and db is not None:
        raise fail("give either --sheet or --db, not both", 2)
    with user_errors():
        data = load_sheet(sheet) if sheet is not None else _sheet_from_store(db)
        counts = load_counts(prisma) if prisma is not None else None
        if counts is None and sheet is None:
            counts = _counts_from_store(db, query)
        analyses = [
            run_analysis(
                data,
                outcome=outcome,
                timepoint=tp,
                measure=measure.upper(),
                model=model.lower(),
                tau2_method=tau2.upper(),
                by=by,
            )
            for tp in dict.fromkeys(timepoint or ["last"])
        ]
        written = write_outputs(analyses, data, out, prisma_counts=counts)
    for a in analyses:
        p = a.pooled
        i2 = "NA" if p.i2 is None else f"{p.i2:.1f}%"
        egger = "NA" if a.egger is None else f"{a.egger.p:.3f}"
        out_console.print(
            f"{a.name}: k={p.k} {a.measure}={p.estimate:.2f} [{p.ci_low:.2f}, {p.ci_high:.2f}] "
            f"I²={i2} tau²={p.tau2:.3g} Egger p={egger}"
            + ("  (PREVIEW: unverified values)" if a.preview else ""),
            highlight=False,
            markup=False,
            soft_wrap=True,
        )
    err_console.print(
        f"wrote {len(written)} files to {out}", highlight=False, markup=False, soft_wrap=True
    )


def register(app: typer.Typer) -> None:
    """Add ``miner meta`` to the application."""
    app.command("meta")(meta)
