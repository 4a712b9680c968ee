"""Write the annotated NER sentences (pipelines/data/*.jsonl) from templates and vocabulary.

Deterministic (seeded). Output lines: ``{"text": ..., "entities": [[start, end, label], ...],
"unseen": [[start, end, label], ...]}`` where ``unseen`` lists the entities whose
surface form comes from the held-out vocabulary (never in training sentences).

    .venv/bin/python pipelines/make_data.py
"""

from __future__ import annotations

import json
import random
import re
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

import templates
import vocab

DATA = HERE / "data"
SEED = 20261121
N_TRAIN = 3000
N_TRAIN_BACKGROUND = 600
N_DEV = 200
N_HELDOUT = 500
P_SWAP = 0.15
P_DISTRACT = 0.12
P_SYNTHETIC = 0.3

_SLOT = re.compile(r"\{([A-Za-z_]+)\}")
_MARK = re.compile(r"\[([^\[\]]+)\]\(([A-Z_]+)\)")


def _fill(
    template: str,
    rng: random.Random,
    pools: list[dict[str, list[str]]],
    p_unseen: float,
    p_swap: float = 0.0,
    p_distract: float = 0.0,
    p_synthetic: float = 0.0,
) -> str:
    """Fill the slots; entity slots become ``[text](LABEL)`` markup, unseen ones ``[text](LABEL*)``.

    ``p_swap``: chance that an entity slot takes an entity of another label, and
    ``p_distract``: chance that it takes a non-entity phrase (training only: both
    stop the model from labelling by position alone).
    """

    def one(m: re.Match[str]) -> str:
        slot = m.group(1)
        if slot.islower():
            return rng.choice(vocab.NUMBERS[slot])
        roll = rng.random()
        if roll < p_distract:
            phrase = rng.choice(vocab.DISTRACTORS)
            return phrase[:1].upper() + phrase[1:] if m.start() == 0 else phrase
        if roll < p_distract + p_swap:
            slot = rng.choice(sorted(pools[0]))
        use_heldout = len(pools) > 1 and rng.random() < p_unseen and pools[1].get(slot)
        pool = pools[1] if use_heldout else pools[0]
        item = rng.choice(pool[slot])
        if p_synthetic and not use_heldout and rng.random() < p_synthetic:
            item = vocab.synthetic(slot, rng) or item
        star = "*" if use_heldout else ""
        if "](" in item:  # pre-marked: "the [tenth thoracic vertebra](INJURY_LEVEL)", "BMSC-Exos"
            return _MARK.sub(lambda g: f"[{g.group(1)}]({g.group(2)}{star})", item)
        if m.start() == 0 and item[:2].isalpha() and item[:2].islower():
            item = item[:1].upper() + item[1:]  # sentence-initial "Exosomes", "Female"
        return f"[{item}]({slot}{star})"

    return _SLOT.sub(one, template)


def _unmark(marked: str) -> dict[str, object]:
    """Markup -> text with entity offsets."""
    text_parts: list[str] = []
    entities: list[list[object]] = []
    unseen: list[list[object]] = []
    pos = 0
    length = 0
    for m in re.finditer(r"\[([^\[\]]+)\]\(([A-Z_]+\*?)\)", marked):
        before = marked[pos : m.start()]
        text_parts.append(before)
        length += len(before)
        label = m.group(2).rstrip("*")
        span = [length, length + len(m.group(1)), label]
        entities.append(span)
        if m.group(2).endswith("*"):
            unseen.append(span)
        text_parts.append(m.group(1))
        length += len(m.group(1))
        pos = m.end()
    text_parts.append(marked[pos:])
    text = "".join(text_parts)
    # "a" before a vowel-initial filler and similar article slips are left as written:
    # real papers have them too.
    return {"text": text, "entities": entities, "unseen": unseen}


def generate() -> dict[str, list[dict[str, object]]]:
    rng = random.Random(SEED)
    train_pools = [{k: v + vocab.TRAIN_EXTRA.get(k, []) for k, v in vocab.TRAIN.items()}]
    both = [vocab.TRAIN, vocab.HELDOUT]
    out: dict[str, list[dict[str, object]]] = {"train": [], "dev": [], "heldout": []}
    seen: set[str] = set()

    def add(split: str, marked: str) -> None:
        record = _unmark(marked)
        if record["text"] in seen:
            return
        seen.add(str(record["text"]))
        out[split].append(record)

    while len(out["train"]) < N_TRAIN_BACKGROUND:
        add("train", _fill(rng.choice(templates.BACKGROUND), rng, train_pools, 0.0))
    while len(out["dev"]) < N_DEV // 5:
        add("dev", _fill(rng.choice(templates.BACKGROUND), rng, train_pools, 0.0))
    while len(out["train"]) < N_TRAIN:
        add(
            "train",
            _fill(
                rng.choice(templates.TRAIN), rng, train_pools, 0.0, P_SWAP, P_DISTRACT, P_SYNTHETIC
            ),
        )
    while len(out["dev"]) < N_DEV:
        add(
            "dev",
            _fill(
                rng.choice(templates.TRAIN), rng, train_pools, 0.0, P_SWAP, P_DISTRACT, P_SYNTHETIC
            ),
        )
    while len(out["heldout"]) < N_HELDOUT // 10:
        add("heldout", _fill(rng.choice(templates.HELDOUT_BACKGROUND), rng, both, 0.5))
    while len(out["heldout"]) < N_HELDOUT:
        # Mostly new phrasings; about half of the entity slots take vocabulary never trained on.
        tpl = rng.choice(templates.HELDOUT) if rng.random() < 0.6 else rng.choice(templates.TRAIN)
        add("heldout", _fill(tpl, rng, both, 0.5))
    return out


def main() -> None:
    DATA.mkdir(exist_ok=True)
    for split, records in generate().items():
        path = DATA / f"{split}.jsonl"
        with path.open("w", encoding="utf-8") as fh:
            for record in records:
                fh.write(json.dumps(record, ensure_ascii=False) + "\n")
        print(f"{path.relative_to(HERE.parent)}: {len(records)} sentences")


if __name__ == "__main__":
    main()
