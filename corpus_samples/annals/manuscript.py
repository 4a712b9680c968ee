"""Accepted-manuscript layout habits the shared renderer lacks.

Journals post accepted manuscripts with continuous line numbers in the left margin and a
banner at the top of every page. Both are drawn over the finished PDF, after the body
text, so extraction still yields each quote intact on its page (the numbers come out as
separate short lines).
"""

from __future__ import annotations

import pymupdf

BANNER = "ACCEPTED MANUSCRIPT – this version has not been copy-edited or typeset"


def add_manuscript_marks(pdf: bytes) -> bytes:
    """Number every body line (continuously across pages) and stamp the banner."""
    line_no = 0
    with pymupdf.open(stream=pdf, filetype="pdf") as doc:
        for page in doc:
            ys: list[float] = []
            for block in page.get_text("dict")["blocks"]:
                for line in block.get("lines", []):
                    y = round(line["bbox"][3], 1)
                    # lines of one baseline (e.g. table cells) share a number
                    if not ys or all(abs(y - other) > 2 for other in ys):
                        ys.append(y)
            for y in sorted(ys):
                line_no += 1
                page.insert_text((14, y), str(line_no), fontsize=6.5, fontname="helv", color=(0.45, 0.45, 0.45))
            page.insert_text((40, 22), BANNER, fontsize=7, fontname="helv", color=(0.6, 0.0, 0.0))
        return doc.tobytes(garbage=4, deflate=True, no_new_id=True)
