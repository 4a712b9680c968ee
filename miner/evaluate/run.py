"""Extract the gold's documents afresh for ``miner eval`` (no store involved)."""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path
from typing import Any

from miner.errors import ConfigError

__all__ = ["extract_for_eval", "ModeView"]


class ModeView:
    """The NLP pipeline seen through one ablation mode (rules only / NER only / both)."""

    def __init__(self, nlp: Any, *, use_rules: bool, use_ner: bool):
        self._nlp = nlp
        self._flags = {"use_rules": use_rules, "use_ner": use_ner}
        self.version = f"{getattr(nlp, 'version', 'nlp')}[rules={use_rules},ner={use_ner}]"

    def entities(self, text: str, **_: Any) -> Any:
        return self._nlp.entities(text, **self._flags)

    def entities_many(self, texts: Iterable[str], **_: Any) -> Any:
        return self._nlp.entities_many(texts, **self._flags)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._nlp, name)


def extract_for_eval(folder: Path, documents: list[str], *, model: str | None, mode: str) -> dict[str, Any]:
    from miner.nlp import load_pipeline
    from miner.pipeline import process_file
    from miner.sheet import export_from_extractions

    # A ModeView stands in for the pipeline, so process_file sees one duck type.
    nlp: Any = load_pipeline(model)
    if mode == "rules":
        nlp = ModeView(nlp, use_rules=True, use_ner=False)
    elif mode == "ner":
        nlp = ModeView(nlp, use_rules=False, use_ner=True)
    extractions = []
    for name in documents:
        path = Path(folder) / name
        if not path.is_file():
            raise ConfigError(f"gold names {name} but {path} does not exist (see --documents)")
        outcome = process_file(path, nlp)
        if outcome.extraction is not None:
            extractions.append(outcome.extraction)
    return export_from_extractions(extractions)
