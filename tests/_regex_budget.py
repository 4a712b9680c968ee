"""Find every compiled regular expression in ``miner`` and time it on hostile text.

Used by ``tests/test_regex_budget.py``. PDFs and XML are untrusted, so one pattern
that backtracks catastrophically (nested or adjacent quantifiers that can split the
same run of characters many ways) turns a crafted sentence into minutes of CPU for
a whole batch. This module:

* ``discover()`` imports every module under ``miner/`` and collects the
  ``re.Pattern`` objects held in module globals, in class attributes, and inside
  tuples/lists/sets/dicts of those (patterns compiled inside functions are not
  reachable this way; they are listed by grep in the audit report);
* ``adversarial_inputs()`` builds the text shapes that trigger backtracking: long
  runs of word characters, hyphenated chains, repeated words, digits with
  separators, spaces and brackets, each ended by a character a pattern rarely
  accepts;
* ``run_all()`` times every pattern in forked children under a CPU limit per
  call, so a pattern that never returns is killed and reported instead of
  hanging the suite.
"""

from __future__ import annotations

import importlib
import json
import os
import pkgutil
import re
import select
import signal
import sys
import time
from dataclasses import dataclass
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]

# Modules that need a live service or a framework context to import.
SKIP_PREFIXES = ("miner.store.migrations",)

# Lengths ramp up so that an exponential pattern is caught at a few dozen
# characters (where it still returns) rather than hanging at hundreds.
LENGTHS = (8, 16, 30, 300, 3000)
TERMINATORS = (")", "!", "\x00", "§")

# One call must finish under this much CPU. A linear pattern takes microseconds
# even at 3,000 characters; a search that rescans a 3,000-character run from
# every start (quadratic) takes 10-90 ms; a cubic or exponential one takes seconds
# to hours. Set between the last two so the verdict does not flicker on a busy box.
BUDGET_S = 0.1


# Modules that failed to import during the last ``discover()`` (their patterns
# went unaudited), with the error.
IMPORT_ERRORS: dict[str, str] = {}


@dataclass(frozen=True)
class Found:
    """A compiled pattern and where it lives (``module:name`` paths)."""

    key: str
    module: str
    names: tuple[str, ...]
    pattern: re.Pattern[str]


def _iter_modules() -> list[str]:
    import miner

    names = ["miner"]
    for info in pkgutil.walk_packages(miner.__path__, "miner."):
        if info.name.startswith(SKIP_PREFIXES) or info.name.endswith("__main__"):
            continue
        names.append(info.name)
    return sorted(names)


def _walk(obj: object, path: str, out: list[tuple[str, re.Pattern[str]]], depth: int) -> None:
    if isinstance(obj, re.Pattern):
        if isinstance(obj.pattern, str):
            out.append((path, obj))
        return
    if depth > 3:
        return
    if isinstance(obj, dict):
        for k, v in list(obj.items())[:5000]:
            _walk(v, f"{path}[{k!r}]", out, depth + 1)
    elif isinstance(obj, (tuple, list, set, frozenset)):
        items = sorted(obj, key=repr) if isinstance(obj, (set, frozenset)) else obj
        for i, v in enumerate(list(items)[:5000]):
            _walk(v, f"{path}[{i}]", out, depth + 1)


def discover() -> list[Found]:
    """Every distinct compiled ``str`` pattern reachable from ``miner``'s modules.

    A pattern imported into several modules is reported once, under the module
    that defines it (the first whose globals hold it and that is not a mere
    re-export; ties go to the alphabetically first module).
    """
    by_id: dict[int, tuple[str, list[str], re.Pattern[str]]] = {}
    for modname in _iter_modules():
        try:
            mod = importlib.import_module(modname)
        except Exception as exc:  # noqa: BLE001 - an optional dependency or service is missing
            IMPORT_ERRORS[modname] = f"{type(exc).__name__}: {exc}"
            continue
        found: list[tuple[str, re.Pattern[str]]] = []
        for name, value in list(vars(mod).items()):
            if isinstance(value, type) and value.__module__ == modname:
                for attr, inner in list(vars(value).items()):
                    _walk(inner, f"{name}.{attr}", found, 1)
            else:
                _walk(value, name, found, 0)
        for path, pat in found:
            entry = by_id.get(id(pat))
            if entry is None:
                by_id[id(pat)] = (modname, [path], pat)
            elif entry[0] == modname:
                entry[1].append(path)
            elif _defines(modname, path) and not _defines(entry[0], entry[1][0]):
                by_id[id(pat)] = (modname, [path], pat)
    seen: set[tuple[str, int]] = set()
    result: list[Found] = []
    for modname, paths, pat in sorted(by_id.values(), key=lambda e: (e[0], e[1][0])):
        ident = (pat.pattern, pat.flags)
        if ident in seen:  # the same text compiled twice costs the same
            continue
        seen.add(ident)
        result.append(Found(f"{modname}:{paths[0]}", modname, tuple(paths), pat))
    return result


def _defines(modname: str, path: str) -> bool:
    """Whether the module's source assigns the top-level name of ``path``."""
    mod = sys.modules.get(modname)
    src_file = getattr(mod, "__file__", None)
    if not src_file:
        return False
    name = re.match(r"[A-Za-z_]\w*", path)
    if name is None:
        return False
    try:
        src = Path(src_file).read_text(encoding="utf-8")
    except OSError:
        return False
    return re.search(rf"(?m)^\s*{re.escape(name.group())}\s*(?::[^=\n]*)?=", src) is not None


def _shapes(n: int) -> dict[str, str]:
    """Text shapes of about ``n`` characters that make ambiguous patterns backtrack."""

    def rep(unit: str) -> str:
        return (unit * (n // len(unit) + 1))[:n]

    return {
        "word-run": rep("a"),
        "Word-run": "A" + rep("a")[1:],
        "alnum-run": rep("a1"),
        "hyphen-chain": rep("a-"),
        "Hyphen-chain": rep("Ab-"),
        "words": rep("word "),
        "Words": rep("Rats "),
        "digits": rep("1"),
        "digit-list": rep("1, "),
        "dotted": rep("1."),
        "decimal-list": rep("12.5 "),
        "pm-values": rep("12.1 ± 1.7, "),
        "spaces": rep(" "),
        "open-brackets": rep("("),
        "bracket-words": rep("(a "),
        "slashes": rep("a/"),
        "newlines": rep("a\n"),
        "dots": rep(". "),
    }


def adversarial_inputs(n: int) -> list[tuple[str, str]]:
    """``(shape name, text)`` pairs of about ``n`` characters, each with a bad last char."""
    out = []
    # Past a few dozen characters only two end characters are tried: ")" (which
    # bracketed patterns half-accept) and one no pattern accepts; "!", NUL and
    # "§" behave alike for every pattern that does not name them.
    terms = TERMINATORS if n <= 30 else (")", "§")
    for shape, body in _shapes(n).items():
        for term in terms:
            out.append((f"{shape}+{term!r}@{n}", body + term))
    return out


def measure(
    pat: re.Pattern[str], budget: float = BUDGET_S, cpu_limit: float | None = None, tell=None
) -> tuple[float, str]:
    """The slowest call (CPU seconds) and its input shape; stops at the first over budget.

    Each shape is tried at increasing lengths; once a call exceeds the budget the
    pattern has failed and longer inputs (which could take hours) are skipped.
    CPU time of this thread is measured, not wall time, so that other work on a
    shared machine does not make a linear pattern look slow. With ``cpu_limit``
    the kernel kills this process (SIGVTALRM) when one call uses that much CPU:
    only for use in a child process. ``tell(shape)`` is called before each shape.
    """
    worst, where = 0.0, ""
    # ``match`` is not timed: ``search`` tries position 0 first with the same
    # engine, so a slow ``match`` is already a slow ``search``.
    ops = (("search", pat.search), ("fullmatch", pat.fullmatch))
    for n in LENGTHS:
        for shape, text in adversarial_inputs(n):
            if tell is not None:
                tell(shape)
            for op_name, op in ops:
                took = _timed(op, text, cpu_limit)
                if took > budget:
                    # One retry, keeping the faster: a page fault or a cache miss
                    # must not fail a linear pattern.
                    took = min(took, _timed(op, text, cpu_limit))
                if took > worst:
                    worst, where = took, f"{op_name} {shape}"
                if took > budget:
                    return worst, where
    return worst, where


def _timed(op, text: str, cpu_limit: float | None) -> float:
    if cpu_limit is not None:
        signal.setitimer(signal.ITIMER_VIRTUAL, cpu_limit)
    start = time.thread_time()
    op(text)
    took = time.thread_time() - start
    if cpu_limit is not None:
        signal.setitimer(signal.ITIMER_VIRTUAL, 0)
    return took


def run_all(found: list[Found], cpu_limit: float = 2 * BUDGET_S, stall_s: float = 60.0) -> dict[str, tuple[float, str]]:
    """Time every pattern in forked children; ``{key: (worst CPU seconds, input shape)}``.

    Python cannot interrupt a regular expression that is running, so the timing
    runs in a child process (forked, so ``miner`` need not be imported again)
    that the kernel kills when one call uses ``cpu_limit`` seconds of CPU. The
    pattern it was on is recorded as ``inf`` and a new child carries on with the
    next one. CPU time, not wall time, so a busy machine does not fail a pattern.
    """
    results: dict[str, tuple[float, str]] = {}
    start = 0
    while start < len(found):
        read_fd, write_fd = os.pipe()
        pid = os.fork()
        if pid == 0:  # child: never returns into the test runner
            try:
                os.close(read_fd)
                signal.signal(signal.SIGVTALRM, signal.SIG_DFL)
                out = os.fdopen(write_fd, "w", buffering=1)
                for i in range(start, len(found)):
                    out.write(f"S {i}\n")
                    worst, where = measure(
                        found[i].pattern, cpu_limit=cpu_limit, tell=lambda shape, out=out: out.write(f"H {shape}\n")
                    )
                    out.write("R " + json.dumps([i, worst, where]) + "\n")
            finally:
                os._exit(0)
        os.close(write_fd)
        current, shape, buf, stalled = None, "", b"", False
        while True:
            ready, _, _ = select.select([read_fd], [], [], stall_s)
            if not ready:  # a safety net only: the CPU timer kills a slow call
                os.kill(pid, signal.SIGKILL)
                stalled = True
                break
            chunk = os.read(read_fd, 65536)
            if not chunk:
                break
            buf += chunk
            *lines, buf = buf.split(b"\n")
            for line in lines:
                if line.startswith(b"H "):
                    shape = line[2:].decode()
                elif line.startswith(b"S "):
                    current = int(line[2:])
                elif line.startswith(b"R "):
                    i, worst, where = json.loads(line[2:])
                    results[found[i].key] = (worst, where)
                    current = None
        os.close(read_fd)
        _, status = os.waitpid(pid, 0)
        if current is None and not stalled:
            break
        if current is None:
            raise RuntimeError("regex timing child stalled between patterns")
        why = f"stalled on {shape}" if stalled else f"killed after {cpu_limit}s CPU in one call on {shape}"
        if not stalled and not (os.WIFSIGNALED(status) and os.WTERMSIG(status) == signal.SIGVTALRM):
            why = f"child ended with status {status}"
        results[found[current].key] = (float("inf"), why)
        start = current + 1
    return results
