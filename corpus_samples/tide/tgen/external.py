"""The external set's gold helpers, loaded from ``corpus_samples/external/generate.py`` by path
(a module named ``generate`` would be ambiguous next to our own generator)."""

from __future__ import annotations

import importlib.util
from pathlib import Path

_PATH = Path(__file__).resolve().parents[2] / "external" / "generate.py"
_spec = importlib.util.spec_from_file_location("external_generate", _PATH)
assert _spec is not None and _spec.loader is not None
_mod = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_mod)

_row = _mod._row
check_vocabulary = _mod.check_vocabulary
normalise = _mod.normalise
verify = _mod.verify
