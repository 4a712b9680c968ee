"""The ``miner`` command line: a thin layer over the library.

Each area registers its commands from its own module (``register(app)``), so the
CLI stays one idea per file.
"""

from __future__ import annotations

import importlib

import typer

__all__ = ["app", "main"]

app = typer.Typer(
    name="miner",
    help="Literature mining and evidence-linked extraction for preclinical systematic reviews.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)

# Modules that add commands to `app`; each has `register(app)`.
_COMMAND_MODULES = (
    "miner.cli.core",
    "miner.cli.sheet",
    "miner.cli.fetch",
    "miner.cli.review",
    "miner.cli.appraise",
    "miner.cli.meta",
)

for _name in _COMMAND_MODULES:
    try:
        _module = importlib.import_module(_name)
    except ModuleNotFoundError as _exc:  # an area not built yet
        if _exc.name != _name:
            raise
        continue
    _module.register(app)


def main() -> None:
    app()
