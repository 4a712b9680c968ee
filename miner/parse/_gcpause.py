"""Pause Python's cyclic garbage collector while one document is processed.

Reading a PDF builds hundreds of thousands of short-lived dicts, lists and line
records. None of them form reference cycles (reference counting frees them), yet
every 700 allocations the cyclic collector walks the young objects, and now and
then the whole heap (the loaded NLP model included): measured at 15-20 ms of CPU
per 10-page paper, a tenth of parsing. Documents leave next to no cyclic garbage
(at most a few dozen objects each, from the NLP stage), so nothing piles up while
the collector waits; it runs again as soon as the document is done.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["gc_paused"]


@contextmanager
def gc_paused() -> Iterator[None]:
    """Run the block with the cyclic collector off, then restore it as it was.

    Only the caller that turned the collector off turns it on again: nested uses,
    and code that keeps it off on purpose, are left as they were. Two threads
    overlapping at worst leave the later one's document collected as usual.
    """
    was_on = gc.isenabled()
    if was_on:
        gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()
