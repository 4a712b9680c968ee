"""Batch throughput benchmark (issue 7): raw PyMuPDF text vs parsing vs the full pipeline.

Builds a set of at least 200 PDFs from corpus_samples/ and the real PDFs in
../shared/fixtures/pdf/articles; every copy gets its own metadata (and every
other copy is saved with a different object layout), so each has its own
content hash and nothing is skipped as already done. Then, each stage in a
fresh Python process so memory figures do not mix:

- (a) raw ``page.get_text()`` over every page;
- (b) ``miner.parse.parse_path``;
- (c) the full pipeline (parse, NLP, extraction, figures, SQLite writes) through
  ``miner.batch.run_batch`` with 1 and 2 workers;
- optionally (``--dask``) the same on a Dask LocalCluster of 2 worker processes.

Reported: documents/s and pages/s (wall clock), CPU seconds per document (the
core-seconds the targets are stated in, robust on a shared machine), the
ratio to raw extraction, 2-vs-1-worker speed-up, peak RSS per worker, time the
one writer spent in SQLite, and worker time per stage.

    .venv/bin/python bench/bench_batch.py [--n 200] [--workers 1 2] [--repeat 3] [--dask] [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHARED = Path(os.environ.get("MINER_SHARED_FIXTURES", REPO.parent / "shared" / "fixtures")) / "pdf" / "articles"


def sources(real_only: bool = False) -> list[Path]:
    found = [] if real_only else [
        p for p in sorted((REPO / "corpus_samples").glob("*.pdf")) if not p.name.startswith("bad_")]
    if SHARED.is_dir():
        found += sorted(SHARED.glob("*.pdf"))
    return found


def build_set(target: Path, n: int, *, real_only: bool = False) -> list[Path]:
    import pymupdf

    srcs = sources(real_only)
    if not srcs:
        sys.exit("no PDFs to benchmark: run `make samples` (and see ../shared/fixtures)")
    out: list[Path] = []
    i = 0
    while len(out) < n:
        src = srcs[i % len(srcs)]
        dst = target / f"{i:04d}_{src.name}"
        with pymupdf.open(src) as doc:
            meta = dict(doc.metadata or {})
            meta["subject"] = f"bench copy {i}"
            doc.set_metadata(meta)
            # Vary the bytes beyond the metadata too: every other copy compacted.
            doc.save(dst, garbage=1 if i % 2 else 0, deflate=bool(i % 2))
        out.append(dst)
        i += 1
    return out


def _usage() -> dict[str, float]:
    me = resource.getrusage(resource.RUSAGE_SELF)
    kids = resource.getrusage(resource.RUSAGE_CHILDREN)
    return {
        "cpu_self": me.ru_utime + me.ru_stime,
        "cpu_children": kids.ru_utime + kids.ru_stime,
        "rss_self_mb": me.ru_maxrss / 1024,
        "rss_children_mb": kids.ru_maxrss / 1024,
    }


# --- stages, each run in its own process ------------------------------------------


def stage_raw(files: list[Path], _: argparse.Namespace) -> dict[str, Any]:
    import pymupdf

    pages = 0
    for f in files:
        with pymupdf.open(f) as d:
            for page in d:
                page.get_text()
                pages += 1
    return {"pages": pages}


def stage_parse(files: list[Path], _: argparse.Namespace) -> dict[str, Any]:
    from miner.errors import ParseError
    from miner.parse import parse_path

    pages = failed = 0
    for f in files:
        try:
            pages += parse_path(f).pages
        except ParseError:
            failed += 1
    return {"pages": pages, "failed": failed}


def stage_pipeline(files: list[Path], args: argparse.Namespace) -> dict[str, Any]:
    from miner.batch import run_batch
    from miner.store import Store

    db = Path(args.tmp) / f"bench-{args.workers}.db"
    db.unlink(missing_ok=True)  # a repeated run starts empty: nothing skipped as done
    store = Store(f"sqlite:///{db}")
    t0 = time.perf_counter()
    summary = run_batch(store, files, workers=args.workers, model=args.model,
                        commit_every=args.commit_every)
    seconds = time.perf_counter() - t0
    store.dispose()
    return {"pages": summary.pages, "failed": len(summary.failed), "inner_seconds": seconds,
            "write_seconds": summary.write_seconds, "transactions": summary.transactions,
            "stage_seconds": summary.stage_seconds, "worker_peak_rss_mb": summary.worker_peak_rss_mb,
            "failures": summary.failed[:3]}


def stage_dask(files: list[Path], args: argparse.Namespace) -> dict[str, Any]:
    import distributed

    from miner.batch.distributed import run_batch_dask
    from miner.store import Store

    with (
        distributed.LocalCluster(n_workers=args.workers, threads_per_worker=1, processes=True,
                                 dashboard_address=None, host="127.0.0.1") as cluster,
        distributed.Client(cluster) as client,
    ):
        # Warm every worker (imports, model load) outside the timed run.
        client.run(_warm_worker, args.model)
        store = Store(f"sqlite:///{args.tmp}/bench-dask.db")
        t0 = time.perf_counter()
        summary = run_batch_dask(store, files, scheduler=client, model=args.model,
                                 commit_every=args.commit_every)
        seconds = time.perf_counter() - t0
        store.dispose()
    return {"pages": summary.pages, "failed": len(summary.failed), "inner_seconds": seconds,
            "write_seconds": summary.write_seconds, "worker_peak_rss_mb": summary.worker_peak_rss_mb,
            "stage_seconds": summary.stage_seconds}


def _warm_worker(model: str | None) -> None:
    from miner.nlp import load_pipeline

    load_pipeline(model)


STAGES = {"raw": stage_raw, "parse": stage_parse, "pipeline": stage_pipeline, "dask": stage_dask}


def _child(args: argparse.Namespace) -> None:
    files = [Path(line) for line in Path(args.files).read_text().splitlines() if line]
    if args.stage in ("pipeline", "dask"):
        # Load the model before the clock starts: a once-per-process cost, not per document
        # (forked workers inherit it).
        from miner.nlp import load_pipeline

        load_pipeline(args.model)
    before = _usage()
    t0 = time.perf_counter()
    result = STAGES[args.stage](files, args)
    result["seconds"] = time.perf_counter() - t0
    after = _usage()
    # CPU time of this stage only: imports and set-up before t0 excluded.
    result["cpu_parent"] = after["cpu_self"] - before["cpu_self"]
    result["cpu_seconds"] = result["cpu_parent"] + after["cpu_children"] - before["cpu_children"]
    result["rss_self_mb"] = after["rss_self_mb"]
    result["rss_children_mb"] = after["rss_children_mb"]
    result["docs"] = len(files)
    print(json.dumps(result))


def run_stage(stage: str, list_file: Path, tmp: Path, *, workers: int = 1, model: str | None = None,
              commit_every: int = 16) -> dict[str, Any]:
    cmd = [sys.executable, __file__, "--child", stage, "--files", str(list_file), "--tmp", str(tmp),
           "--workers", str(workers), "--commit-every", str(commit_every)]
    if model:
        cmd += ["--model", model]
    done = subprocess.run(cmd, capture_output=True, text=True, check=False)
    if done.returncode != 0:
        sys.exit(f"stage {stage} failed:\n{done.stderr[-3000:]}")
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def main() -> None:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--n", type=int, default=200, help="PDFs in the set (default 200)")
    ap.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    ap.add_argument("--real-only", action="store_true", help="only the real fixture PDFs, not corpus_samples")
    ap.add_argument("--dask", action="store_true", help="also run on a Dask LocalCluster")
    ap.add_argument("--model", default=None, help="NLP pipeline (default: the shipped one)")
    ap.add_argument("--commit-every", type=int, default=16)
    ap.add_argument("--repeat", type=int, default=1,
                    help="run the pipeline stages this many times, alternating 1 and 2 workers, "
                         "and report the median run of each (the machine's neighbours vary)")
    ap.add_argument("--json", type=Path, help="also write the figures here")
    ap.add_argument("--child", choices=sorted(STAGES), help=argparse.SUPPRESS)
    ap.add_argument("--files", help=argparse.SUPPRESS)
    ap.add_argument("--tmp", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        args.stage = args.child
        args.workers = args.workers[0]
        _child(args)
        return

    with tempfile.TemporaryDirectory(prefix="miner-bench-") as tmpname:
        tmp = Path(tmpname)
        (tmp / "pdfs").mkdir()
        files = build_set(tmp / "pdfs", args.n, real_only=args.real_only)
        list_file = tmp / "files.txt"
        list_file.write_text("\n".join(map(str, files)))
        print(f"{len(files)} PDFs from {len(sources(args.real_only))} sources; "
              f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)
        results: list[tuple[str, int, dict[str, Any]]] = []
        for stage in ("raw", "parse"):
            results.append((stage, 1, run_stage(stage, list_file, tmp)))
        runs: dict[int, list[dict[str, Any]]] = {w: [] for w in args.workers}
        for _ in range(max(1, args.repeat)):
            for w in args.workers:
                runs[w].append(run_stage("pipeline", list_file, tmp, workers=w, model=args.model,
                                         commit_every=args.commit_every))
        for w in args.workers:
            ordered = sorted(runs[w], key=lambda r: r["seconds"])
            if len(ordered) > 1:
                print(f"full pipeline, {w} worker(s): wall seconds of the {len(ordered)} runs: "
                      + ", ".join(f"{r['seconds']:.1f}" for r in runs[w]), flush=True)
            results.append(("pipeline", w, ordered[len(ordered) // 2]))
        if args.dask:
            results.append(("dask", 2, run_stage("dask", list_file, tmp, workers=2, model=args.model,
                                                  commit_every=args.commit_every)))
        print(f"load average after: {os.getloadavg()[0]:.1f}")
    report(results, len(files))
    if args.json:
        args.json.write_text(json.dumps([{"stage": s, "workers": w, **r} for s, w, r in results], indent=1))


NAMES = {"raw": "raw get_text()", "parse": "parse_path", "pipeline": "full pipeline",
         "dask": "full pipeline, Dask LocalCluster"}


def report(results: list[tuple[str, int, dict[str, Any]]], n: int) -> None:
    raw = next(r for s, _, r in results if s == "raw")
    pages = raw["pages"]
    print()
    print("| stage | workers | docs/s | pages/s | CPU ms/doc | docs/s per core (CPU) | "
          "x raw (CPU) | peak RSS per worker |")
    print("|---|---|---|---|---|---|---|---|")
    for stage, w, r in results:
        cpu_ms = 1000 * r["cpu_seconds"] / n
        if stage in ("pipeline", "dask"):
            peak = r.get("worker_peak_rss_mb") or 0.0
        else:
            peak = r["rss_self_mb"]
        print(f"| {NAMES[stage]} | {w} | {n / r['seconds']:.1f} | {pages / r['seconds']:.0f} | "
              f"{cpu_ms:.0f} | {1000 / cpu_ms:.1f} | {r['cpu_seconds'] / raw['cpu_seconds']:.1f}x | "
              f"{peak:.0f} MB |")
    full = {w: r for s, w, r in results if s == "pipeline"}
    if 1 in full and 2 in full:
        # On a shared machine the wall clock measures the neighbours too; the CPU
        # time per document says what two otherwise idle cores would do.
        print(f"\n2 workers vs 1: {full[1]['seconds'] / full[2]['seconds']:.2f}x (wall clock), "
              f"{2 * full[1]['cpu_seconds'] / full[2]['cpu_seconds']:.2f}x (from CPU time per document "
              f"= on 2 idle cores)")
    for stage, w, r in results:
        if stage == "pipeline" and w > 1:
            print(f"full pipeline, {w} workers: the parent (hashing, dispatch, the one writer) used "
                  f"{1000 * r['cpu_parent'] / n:.1f} CPU ms/doc, the workers "
                  f"{1000 * (r['cpu_seconds'] - r['cpu_parent']) / n:.0f}")
    for stage, w, r in results:
        if stage in ("pipeline", "dask"):
            stages = ", ".join(f"{k} {1000 * v / n:.0f}" for k, v in sorted(r["stage_seconds"].items()))
            print(f"{NAMES[stage]}, {w} worker(s): worker wall ms/doc by stage: {stages}; "
                  f"writer {1000 * r['write_seconds'] / n:.1f} ms/doc in SQLite "
                  f"({100 * r['write_seconds'] / r['seconds']:.0f}% of wall time); "
                  f"{r['failed']} failed {r.get('failures') or ''}")


if __name__ == "__main__":
    main()
