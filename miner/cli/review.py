"""``miner review``: the review page, and reviewer tokens."""

from __future__ import annotations

from typing import Annotated

import typer

from miner.cli._common import DbOption, err_console, fail, user_errors

__all__ = ["register", "review_app"]

review_app = typer.Typer(help="Review prefilled values in the browser; manage reviewer tokens.",
                         invoke_without_command=True)


@review_app.callback()
def serve(
    ctx: typer.Context,
    host: Annotated[str, typer.Option("--host", help="Address to listen on (loopback by default).")] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8765,
    db: DbOption = None,
) -> None:
    """Serve the review page (http://127.0.0.1:8765 by default). Sign in with a reviewer token."""
    if ctx.invoked_subcommand is not None:
        return
    import uvicorn

    from miner.review.app import create_app
    from miner.store import Store

    if not 0 < port < 65536:
        raise fail(f"--port {port} is not a port number", 2)
    with user_errors():
        store = Store(db)
    if host not in ("127.0.0.1", "localhost", "::1"):
        err_console.print(f"[yellow]warning:[/] serving on {host}: anyone who can reach it sees the login page; "
                          "put it behind HTTPS", highlight=False)
    err_console.print(f"review page on http://{host}:{port}  (Ctrl+C to stop)", highlight=False)
    uvicorn.run(create_app(store), host=host, port=port, log_level="warning")


@review_app.command("add-reviewer")
def add_reviewer_cmd(
    name: Annotated[str, typer.Argument(help="The reviewer's name as it will appear in decisions.")],
    rotate: Annotated[bool, typer.Option("--rotate", help="Replace an existing reviewer's token.")] = False,
    db: DbOption = None,
) -> None:
    """Create a reviewer and print their login token (shown once; only its hash is stored)."""
    from miner.review.tokens import add_reviewer
    from miner.store import Store

    with user_errors():
        store = Store(db)
        with store.session() as session:
            token = add_reviewer(session, name, rotate=rotate)
    typer.echo(token)
    err_console.print(f"token for {name.strip()} (shown once; give it to them privately)", highlight=False)


@review_app.command("reviewers")
def reviewers_cmd(db: DbOption = None) -> None:
    """List reviewers and whether they can sign in to the review page."""
    from sqlalchemy import select

    from miner.store import Store
    from miner.store.schema import ReviewerRow

    with user_errors():
        store = Store(db)
        with store.session() as session:
            rows = session.scalars(select(ReviewerRow).order_by(ReviewerRow.name)).all()
            for r in rows:
                typer.echo(f"{r.name}\t{'token' if r.token_hash else 'no token'}")


def register(app: typer.Typer) -> None:
    app.add_typer(review_app, name="review")
