"""``make bench``: run every benchmark present in bench/ and print its figures.

Benchmarks are not tests: they measure throughput and memory on this machine
and print tables (markdown, ready for the README). Each runs in its own Python
process, one after the other, so they do not compete for cores:

- ``bench_batch.py``: raw text vs parsing vs the full pipeline, 1 and 2 workers;
- ``bench_parse.py``: the parser against raw PyMuPDF text (when present);
- ``bench_refresh.py``: the literature refresh (when present).

    .venv/bin/python bench/run.py [--only batch parse refresh] [--n 200] [--dask]

Exit status is non-zero when any benchmark failed.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
BENCHES = ("batch", "parse", "refresh")


def main() -> int:
    ap = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    ap.add_argument("--only", nargs="+", choices=BENCHES, default=list(BENCHES))
    ap.add_argument("--n", type=int, default=200, help="PDFs for the batch benchmark (>= 200 for the README)")
    ap.add_argument("--dask", action="store_true", help="batch benchmark also on a Dask LocalCluster")
    args = ap.parse_args()
    env = {**os.environ, "PYTHONWARNINGS": "ignore"}
    failed = []
    for name in args.only:
        script = HERE / f"bench_{name}.py"
        if not script.exists():
            print(f"== {script.name}: not present, skipped\n", flush=True)
            continue
        cmd = [sys.executable, str(script)]
        if name == "batch":
            cmd += ["--n", str(args.n)] + (["--dask"] if args.dask else [])
        print(f"== {script.name}", flush=True)
        started = time.perf_counter()
        done = subprocess.run(cmd, cwd=HERE.parent, env=env, check=False)
        print(f"== {script.name}: {'ok' if done.returncode == 0 else f'FAILED ({done.returncode})'} "
              f"in {time.perf_counter() - started:.0f} s\n", flush=True)
        if done.returncode != 0:
            failed.append(name)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
