"""Benchmark: raw ``page.get_text()`` vs ``parse_pdf`` on the same PDFs (not a test).

Usage: python bench/bench_parse.py [PDF or directory ...]
Default inputs: ../shared/fixtures/pdf/articles/*.pdf and corpus_samples/*.pdf.
Prints pages/s and documents/s for both, their ratio, and the peak RSS of
parsing the largest file in a fresh process.
"""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

import pymupdf

from miner.errors import ParseError
from miner.parse import parse_pdf

REPO = Path(__file__).resolve().parents[1]
DEFAULTS = [REPO.parent / "shared" / "fixtures" / "pdf" / "articles", REPO / "corpus_samples"]


def _inputs(args: list[str]) -> list[Path]:
    out: list[Path] = []
    for arg in args or [str(p) for p in DEFAULTS]:
        path = Path(arg)
        out.extend(
            sorted(path.glob("*.pdf")) if path.is_dir() else [path] if path.is_file() else []
        )
    return out


def _raw(files: list[Path]) -> tuple[float, int]:
    start, pages = time.perf_counter(), 0
    for f in files:
        with pymupdf.open(f) as doc:
            for page in doc:
                page.get_text()
                pages += 1
    return time.perf_counter() - start, pages


def _parsed(files: list[Path]) -> tuple[float, int, int]:
    start, pages, failed = time.perf_counter(), 0, 0
    for f in files:
        try:
            pages += parse_pdf(f).pages
        except ParseError:
            failed += 1
    return time.perf_counter() - start, pages, failed


def _peak_rss(path: Path) -> float:
    """Peak resident memory (MB) of a fresh interpreter parsing ``path``."""
    code = (
        "import resource, sys; from miner.parse import parse_pdf; parse_pdf(sys.argv[1]); "
        "print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)"
    )
    out = subprocess.run(
        [sys.executable, "-c", code, str(path)], capture_output=True, text=True, check=True
    )
    return int(out.stdout.strip()) / 1024


def main() -> None:
    files = _inputs(sys.argv[1:])
    if not files:
        sys.exit("no PDFs found (pass files or directories)")
    _raw(files[:2])  # warm caches and imports
    raw_s, raw_pages = _raw(files)
    parse_s, parse_pages, failed = _parsed(files)
    n = len(files)
    print(f"{n} PDFs, {raw_pages} pages ({failed} refused by parse_pdf)")
    print(f"{'method':<22}{'seconds':>9}{'pages/s':>10}{'docs/s':>9}")
    print(f"{'page.get_text()':<22}{raw_s:>9.2f}{raw_pages / raw_s:>10.1f}{n / raw_s:>9.1f}")
    print(f"{'parse_pdf':<22}{parse_s:>9.2f}{parse_pages / parse_s:>10.1f}{n / parse_s:>9.1f}")
    print(f"ratio parse_pdf / get_text: {parse_s / raw_s:.2f}x (target <= 3x)")
    largest = max(files, key=lambda p: p.stat().st_size)
    print(
        f"peak RSS parsing largest file ({largest.name}, {largest.stat().st_size / 1e6:.1f} MB): {_peak_rss(largest):.0f} MB"
    )


if __name__ == "__main__":
    main()
