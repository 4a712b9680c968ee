"""A review's eligibility criteria as data: a small TOML file over the sheet's fields.

A criteria file lists ``[[criterion]]`` tables, each with a ``name``, a ``rule``
such as ``species == rat`` or ``injury_model in [contusion, compression]``, an
optional ``description`` and an optional ``triage = false`` (not judged from a
title and abstract). ``[review]`` may name the review and list publication types
that are never primary studies. ``default_criteria.toml`` beside this module is
the default review of this project; read it for a commented example.

Public API: :class:`Criterion`, :class:`Criteria`, :func:`load_criteria`,
:func:`parse_criteria`, :func:`default_criteria`, :data:`OPERATORS`,
:data:`VIRTUAL_FIELDS`.
"""

from __future__ import annotations

import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any, Final

from miner.contract import ENUMS, FIELD_KINDS, LIST_ENUMS, STUDY_FIELDS
from miner.errors import ConfigError

__all__ = [
    "OPERATORS",
    "VIRTUAL_FIELDS",
    "Criteria",
    "Criterion",
    "default_criteria",
    "load_criteria",
    "parse_criteria",
]

OPERATORS: Final = ("==", "!=", "in", "not in", "present", "absent")

# Criteria over the outcome rows rather than a study field.
VIRTUAL_FIELDS: Final[dict[str, str]] = {
    "control_arm": "an outcome row whose arm is 'control'",
    "bbb_outcome": "a BBB outcome row, or a note that BBB scores are in a figure",
}

# A criteria file is a few hundred bytes; anything huge is not one.
MAX_CRITERIA_BYTES: Final = 256 * 1024

_RULE = re.compile(
    r"^\s*(?P<field>[a-z_][a-z0-9_]*)\s+(?P<op>==|!=|not\s+in|in|present|absent)(?=\s|$)\s*(?P<rhs>.*?)\s*$"
)
_NAME = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")


@dataclass(frozen=True, slots=True)
class Criterion:
    """One eligibility rule: ``field op values``.

    ``values`` is empty for ``present``/``absent``, one item for ``==``/``!=``
    and the listed items for ``in``/``not in``.
    """

    name: str
    field: str
    op: str
    values: tuple[str, ...] = ()
    description: str = ""
    triage: bool = True

    @property
    def rule(self) -> str:
        if self.op in ("present", "absent"):
            return f"{self.field} {self.op}"
        if self.op in ("in", "not in"):
            return f"{self.field} {self.op} [{', '.join(self.values)}]"
        return f"{self.field} {self.op} {self.values[0]}"


@dataclass(frozen=True, slots=True)
class Criteria:
    """A review's criteria, in file order."""

    name: str
    criteria: tuple[Criterion, ...]
    exclude_publication_types: tuple[str, ...] = ()
    source: str = "<default>"

    def __iter__(self) -> Iterator[Criterion]:
        return iter(self.criteria)

    def __len__(self) -> int:
        return len(self.criteria)

    def to_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "source": self.source,
            "exclude_publication_types": list(self.exclude_publication_types),
            "criteria": [
                {"name": c.name, "rule": c.rule, "description": c.description, "triage": c.triage}
                for c in self.criteria
            ],
        }


def _criterion_lines(text: str) -> list[int]:
    """1-based line numbers of each ``[[criterion]]`` header, to point errors at."""
    return [
        i
        for i, line in enumerate(text.splitlines(), start=1)
        if re.match(r"^\s*\[\[\s*criterion\s*\]\]", line)
    ]


def _parse_values(rhs: str) -> tuple[str, ...]:
    rhs = rhs.strip()
    if rhs.startswith("[") and rhs.endswith("]"):
        rhs = rhs[1:-1]
    items = [v.strip().strip("'\"").strip() for v in rhs.split(",")]
    return tuple(v for v in items if v)


def _check_value(fname: str, value: str) -> str | None:
    """An error message when ``value`` is outside ``fname``'s vocabulary."""
    vocab = ENUMS.get(fname)
    if vocab is None and fname in LIST_ENUMS and fname != "characterization":
        vocab = LIST_ENUMS[fname]
    if vocab is not None and value not in vocab:
        return f"{value!r} is not a value of {fname} (one of: {', '.join(vocab)})"
    if FIELD_KINDS.get(fname) == "bool" and value not in ("true", "false"):
        return f"{fname} is true or false, not {value!r}"
    return None


def _criterion(raw: Any, where: str) -> Criterion:
    if not isinstance(raw, dict):
        raise ConfigError(f"{where}: a criterion must be a table with name and rule")
    unknown = sorted(set(raw) - {"name", "rule", "description", "triage"})
    if unknown:
        raise ConfigError(f"{where}: unknown key {unknown[0]!r} (use name, rule, description, triage)")
    name = raw.get("name")
    if not isinstance(name, str) or not _NAME.match(name):
        raise ConfigError(f"{where}: key 'name' must be a short identifier (letters, digits, _ . -)")
    where = f"{where} ({name!r})"
    rule = raw.get("rule")
    if not isinstance(rule, str) or not rule.strip():
        raise ConfigError(f"{where}: key 'rule' is missing (e.g. rule = \"species == rat\")")
    m = _RULE.match(rule)
    if m is None:
        raise ConfigError(
            f"{where}: key 'rule' = {rule!r} is not '<field> <operator> [value]' "
            f"(operators: {', '.join(OPERATORS)})"
        )
    fname, op, rhs = m["field"], re.sub(r"\s+", " ", m["op"]), m["rhs"]
    if fname not in STUDY_FIELDS and fname not in VIRTUAL_FIELDS:
        raise ConfigError(f"{where}: unknown field {fname!r} in rule {rule!r}")
    if fname in VIRTUAL_FIELDS and op not in ("present", "absent"):
        raise ConfigError(f"{where}: {fname} takes 'present' or 'absent', not {op!r}")
    values = _parse_values(rhs)
    if op in ("present", "absent"):
        if rhs:
            raise ConfigError(f"{where}: {op!r} takes no value, got {rhs!r}")
    elif op in ("==", "!="):
        if len(values) != 1 or rhs.startswith("["):
            raise ConfigError(f"{where}: {op!r} takes exactly one value, got {rhs!r}")
    elif not values:
        raise ConfigError(f"{where}: {op!r} takes a list, e.g. [contusion, compression]")
    for value in values:
        problem = _check_value(fname, value)
        if problem:
            raise ConfigError(f"{where}: {problem}")
    description = raw.get("description", "")
    if not isinstance(description, str):
        raise ConfigError(f"{where}: key 'description' must be a string")
    triage = raw.get("triage", True)
    if not isinstance(triage, bool):
        raise ConfigError(f"{where}: key 'triage' must be true or false")
    return Criterion(name, fname, op, values, description, triage)


def parse_criteria(text: str, source: str = "<string>") -> Criteria:
    """Criteria from the text of a TOML criteria file.

    Raises
    ------
    ConfigError
        One line naming the file, the line or criterion, and the key at fault.
    """
    if len(text.encode("utf-8", "replace")) > MAX_CRITERIA_BYTES:
        raise ConfigError(f"{source}: too large for a criteria file (over {MAX_CRITERIA_BYTES} bytes)")
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{source}: not valid TOML: {exc}") from exc
    unknown = sorted(set(data) - {"review", "criterion"})
    if unknown:
        raise ConfigError(f"{source}: unknown top-level key {unknown[0]!r} (use [review] and [[criterion]])")
    review = data.get("review", {})
    if not isinstance(review, dict):
        raise ConfigError(f"{source}: key 'review' must be a table")
    bad = sorted(set(review) - {"name", "exclude_publication_types"})
    if bad:
        raise ConfigError(f"{source}: [review] has unknown key {bad[0]!r} (use name, exclude_publication_types)")
    name = review.get("name", Path(source).stem)
    pub_types = review.get("exclude_publication_types", [])
    if not isinstance(name, str):
        raise ConfigError(f"{source}: [review] key 'name' must be a string")
    if not isinstance(pub_types, list) or not all(isinstance(p, str) for p in pub_types):
        raise ConfigError(f"{source}: [review] key 'exclude_publication_types' must be a list of strings")
    raw = data.get("criterion", [])
    if not isinstance(raw, list) or not raw:
        raise ConfigError(f"{source}: no [[criterion]] tables (a review needs at least one criterion)")
    lines = _criterion_lines(text)
    out: list[Criterion] = []
    for i, item in enumerate(raw):
        where = f"{source} line {lines[i]}" if i < len(lines) else f"{source} criterion {i + 1}"
        out.append(_criterion(item, where))
    names = [c.name for c in out]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise ConfigError(f"{source}: criterion name {dupes[0]!r} is used twice")
    return Criteria(
        name=name,
        criteria=tuple(out),
        exclude_publication_types=tuple(pub_types),
        source=source,
    )


def load_criteria(path: str | Path | None = None) -> Criteria:
    """Criteria from a TOML file, or the project's default criteria when ``path`` is None.

    Raises ``ConfigError`` (one line) for a malformed file and ``FileNotFoundError``
    when the file does not exist.
    """
    if path is None:
        return default_criteria()
    path = Path(path)
    if path.stat().st_size > MAX_CRITERIA_BYTES:
        raise ConfigError(f"{path}: too large for a criteria file (over {MAX_CRITERIA_BYTES} bytes)")
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc
    return parse_criteria(text, source=str(path))


@lru_cache(maxsize=1)
def default_criteria() -> Criteria:
    """The project's default review: rat, contusion, intravenous, MSC-derived, vehicle control, BBB."""
    text = resources.files("miner.appraise").joinpath("default_criteria.toml").read_text("utf-8")
    return parse_criteria(text, source="default_criteria.toml")
