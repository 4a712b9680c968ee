"""Bad input: every refusal is one ParseError line with a machine-readable reason."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from miner.errors import ParseError
from miner.parse import parse_jats, parse_path, parse_pdf


def _text_pdf(pages: int = 2) -> bytes:
    doc = pymupdf.open()
    for n in range(pages):
        page = doc.new_page()
        page.insert_text(
            (72, 100),
            f"Page {n + 1} says exosomes were given intravenously after injury.",
            fontsize=10,
        )
    data = doc.tobytes()
    doc.close()
    return data


def _image_page(doc: pymupdf.Document) -> None:
    page = doc.new_page()
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 40, 40), False)
    pix.clear_with(200)
    page.insert_image(pymupdf.Rect(72, 72, 300, 300), pixmap=pix)


def _reason(source: bytes, **kwargs: object) -> ParseError:
    with pytest.raises(ParseError) as info:
        parse_pdf(source, name="bad.pdf", **kwargs)  # type: ignore[arg-type]
    message = str(info.value)
    assert message.startswith("bad.pdf: ") and "\n" not in message
    return info.value


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"<html><body>Not found</body></html>", "not_pdf"),
        (b"%PDF-1.4\nthis is not a valid PDF file\n%%EOF\n", "corrupt"),
    ],
)
def test_unreadable_bytes(data: bytes, reason: str) -> None:
    assert _reason(data).reason == reason


def test_truncated_pdf_is_refused_or_reported() -> None:
    data = _text_pdf(3)
    cut = data[: len(data) // 3]
    try:
        doc = parse_pdf(cut, name="cut.pdf")
    except ParseError as exc:
        assert exc.reason in ("truncated", "no_text")
    else:  # MuPDF may repair what survives; the loss is then stated
        assert any("truncated" in w for w in doc.warnings)


def test_encrypted_pdf_needs_a_password() -> None:
    doc = pymupdf.open(stream=_text_pdf(1), filetype="pdf")
    data = doc.tobytes(encryption=pymupdf.PDF_ENCRYPT_AES_256, user_pw="secret", owner_pw="owner")
    err = _reason(data)
    assert err.reason == "encrypted"
    assert str(err) == "bad.pdf: encrypted PDF (password required)"


def test_image_only_document_has_no_text() -> None:
    doc = pymupdf.open()
    _image_page(doc)
    assert _reason(doc.tobytes()).reason == "no_text"


def test_image_only_page_among_text_pages_is_a_warning() -> None:
    doc = pymupdf.open(stream=_text_pdf(2), filetype="pdf")
    _image_page(doc)
    parsed = parse_pdf(doc.tobytes(), name="mixed.pdf")
    assert "page 3 has no text layer (image only)" in parsed.warnings
    assert "Page 2 says exosomes" in parsed.text


def test_size_page_and_time_limits() -> None:
    data = _text_pdf(3)
    assert _reason(data, max_bytes=100).reason == "too_large"
    assert _reason(data, max_pages=2).reason == "too_large"
    assert _reason(data, time_limit_s=0.0).reason == "timeout"


def test_parse_path_sniffs_content_not_extension(tmp_path: Path) -> None:
    pdf_named_xml = tmp_path / "article.xml"
    pdf_named_xml.write_bytes(_text_pdf(1))
    assert parse_path(pdf_named_xml).format == "pdf"
    jats_named_pdf = tmp_path / "article.pdf"
    jats_named_pdf.write_text(
        "<article><body><p>Exosomes were injected into the tail vein.</p></body></article>"
    )
    assert parse_path(jats_named_pdf).format == "jats"
    other = tmp_path / "notes.txt"
    other.write_text("just some notes")
    with pytest.raises(ParseError) as info:
        parse_path(other)
    assert info.value.reason == "not_pdf"
    with pytest.raises(FileNotFoundError):
        parse_path(tmp_path / "missing.pdf")


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">]>
<article><body><p>&lol2;</p></body></article>"""
EXTERNAL = b"""<?xml version="1.0"?>
<!DOCTYPE article [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<article><body><p>&xxe;</p></body></article>"""


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (BILLION_LAUGHS, "corrupt"),
        (EXTERNAL, "corrupt"),
        (b"", "empty"),
        (b"<article><body><p>cut off", "truncated"),
        (b"<html><body/></html>", "not_pdf"),
        (b"<article><front/></article>", "no_text"),
    ],
)
def test_hostile_or_broken_xml(data: bytes, reason: str) -> None:
    with pytest.raises(ParseError) as info:
        parse_jats(data, name="bad.xml")
    assert info.value.reason == reason
    assert str(info.value).startswith("bad.xml: ")


AWKWARD = [
    ("empty_zero_bytes.pdf", "empty"),
    ("corrupt_header_then_eof_only_44bytes.pdf", "corrupt"),
    ("encrypted_aes256_user_pw_baz_owner_pw_foo.pdf", "encrypted"),
    ("encrypted_rc4_40bit_user_pw_baz.pdf", "encrypted"),
    ("encrypted_password_test_4pages_pdfplumber.pdf", "encrypted"),
    ("encrypted_pypdf_encrypted-file.pdf", "encrypted"),
    ("scanned_image_only_ccitt_physics_abstract_cermine.pdf", "no_text"),
    ("scanned_image_only_public_domain_ocrmypdf_c02-22.pdf", "no_text"),
    ("tiny_broken_xref_repaired_pdfplumber_issue297.pdf", "no_text"),
]


@pytest.mark.parametrize(("name", "reason"), AWKWARD)
def test_real_awkward_pdfs_are_refused_with_a_reason(
    shared_fixtures: Path, name: str, reason: str
) -> None:
    with pytest.raises(ParseError) as info:
        parse_pdf(shared_fixtures / "pdf" / "awkward" / name)
    assert info.value.reason == reason
    assert str(info.value).startswith(f"{name}: ")


@pytest.mark.parametrize(
    "name",
    ["corrupted_xref_zen_of_python_pdfminer.pdf", "malformed_needs_repair_pdfplumber_issue932.pdf"],
)
def test_real_damaged_but_repairable_pdfs_still_give_text(shared_fixtures: Path, name: str) -> None:
    doc = parse_pdf(shared_fixtures / "pdf" / "awkward" / name)
    assert doc.text.strip()


def test_pdf_with_broken_font_maps_still_parses_and_reports_image_pages(
    shared_fixtures: Path,
) -> None:
    doc = parse_pdf(
        shared_fixtures
        / "pdf"
        / "awkward"
        / "f1000research_2015_3_305_GARBLED_TEXT_no_tounicode.pdf"
    )
    assert "Introduction" in doc.text
    assert all(w.startswith("page ") for w in doc.warnings)


def test_private_use_text_is_reported_as_garbled() -> None:
    from miner.parse._lines import PLine
    from miner.parse._pdf import _garbled

    junk = [PLine("\ue001\ue002\ue003 \ue004\ue005" * 10, (0, 0, 100, 10), 10, False, 1)]
    words = [PLine("Exosomes were injected at 200 µg per rat." * 2, (0, 0, 100, 10), 10, False, 1)]
    assert _garbled(junk) and not _garbled(words)
