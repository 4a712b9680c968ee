"""Pages set sideways (landscape tables on portrait pages), read turned upright and back."""

from __future__ import annotations

__all__ = ["unturn_box", "upright_dict"]


def upright_dict(page_dict: dict, width: float, height: float) -> dict | None:
    """A page's text dict turned so that its sideways text reads left to right.

    Landscape tables are often set on a portrait page with every line turned by
    90 degrees. When most lines run one vertical way, all boxes and origins are
    mapped into the turned page (``height`` wide, ``width`` high) and those lines
    become horizontal; lines that were horizontal become the turned ones.
    Returns None when no vertical direction dominates.
    """
    votes = {1: 0, -1: 0}
    for block in page_dict.get("blocks", ()):
        for line in block.get("lines", ()):
            dx, dy = line.get("dir", (1.0, 0.0))
            if abs(dx) < 0.05 and abs(dy) > 0.95:
                votes[1 if dy > 0 else -1] += 1
    way = max(votes, key=votes.__getitem__)
    if votes[way] == 0:
        return None

    # Bottom-to-top text (dir 0,-1) reads upright after a quarter turn clockwise.
    def pt(x: float, y: float) -> tuple[float, float]:
        return (height - y, x) if way == -1 else (y, width - x)

    def box(b: list[float] | tuple[float, ...]) -> tuple[float, float, float, float]:
        (ax, ay), (bx, by) = pt(b[0], b[1]), pt(b[2], b[3])
        return (min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))

    blocks = []
    for block in page_dict.get("blocks", ()):
        if block.get("type") != 0:
            continue
        lines = []
        for line in block.get("lines", ()):
            dx, dy = line.get("dir", (1.0, 0.0))
            upright = abs(dx) < 0.05 and (dy > 0) == (way == 1)
            spans = [
                {**sp, "bbox": box(sp["bbox"]), "origin": pt(*sp["origin"])}
                for sp in line.get("spans", ())
            ]
            lines.append({**line, "bbox": box(line["bbox"]), "spans": spans,
                          "dir": (1.0, 0.0) if upright else (0.0, 1.0)})  # fmt: skip
        blocks.append({**block, "bbox": box(block["bbox"]), "lines": lines})
    # "turn" lets the caller map boxes back onto the page as stored (see unturn_box).
    return {**page_dict, "width": height, "height": width, "blocks": blocks, "turn": way}


def unturn_box(
    b: tuple[float, float, float, float], turn: int, width: float, height: float
) -> tuple[float, float, float, float]:
    """A box of a page read turned upright (see ``upright_dict``), back on the page as stored.

    ``width`` and ``height`` are the stored page's; ``turn`` is the dict's ``"turn"``.
    """

    def pt(u: float, v: float) -> tuple[float, float]:
        # inverse of upright_dict's quarter turn
        return (v, height - u) if turn == -1 else (width - v, u)

    (ax, ay), (bx, by) = pt(b[0], b[1]), pt(b[2], b[3])
    return (min(ax, bx), min(ay, by), max(ax, bx), max(ay, by))
