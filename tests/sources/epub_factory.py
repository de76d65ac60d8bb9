"""Small EPUBs built in memory, for the EPUB source's tests and the first-paint benchmark.

* :func:`build_epub` - a valid EPUB 3 book (nav, optional EPUB 2 NCX) from ``(toc title, body XHTML)`` pairs,
  with metadata, extra members, optional DRM ``encryption.xml``, a lying manifest, non-linear items...
* :func:`prose_chapters` - varied, deterministic prose in chapters (random words, so it compresses as text
  does, about 3x: a book of repeated text would trip the reader's compression-ratio limit).
* :func:`broken_zip`, :func:`zip_bomb` - archives the reader must refuse.

For the benchmark, a ~5 MB book: ``build_epub(prose_chapters(50, 100_000), title=..., author=..., language="en")``.
"""

from __future__ import annotations

import html
import io
import random
import struct
import zipfile
import zlib
from collections.abc import Collection, Mapping, Sequence

EPUB_MIME = "application/epub+zip"
OPF_PATH = "OEBPS/content.opf"
CONTAINER_XML = """<?xml version="1.0" encoding="UTF-8"?>
<container version="1.0" xmlns="urn:oasis:names:tc:opendocument:xmlns:container">
  <rootfiles><rootfile full-path="{opf}" media-type="application/oebps-package+xml"/></rootfiles>
</container>"""

_WORDS = (
    "the of and to in a is that for it as was with be by on not he I this are or his from at which but have an "
    "they you were her she there been one all we their has would when if so no will more what about up out who "
    "river lantern harbour quiet winter letter morning window garden distant mountain stranger voyage captain "
    "whale island promise shadow silver narrow ancient kitchen orchard meadow thunder whisper candle journey "
    "remember believe wander gather follow answer listen return"
).split()


def chapter_document(body: str, title: str = "") -> str:
    """An XHTML chapter around ``body`` (an XHTML fragment); a ``body`` that is already a whole document (it
    starts with ``<?xml``, ``<!DOCTYPE`` or ``<html``) is returned as it is."""
    if body.lstrip().startswith(("<?xml", "<!DOCTYPE", "<html")):
        return body
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<!DOCTYPE html>\n'
        '<html xmlns="http://www.w3.org/1999/xhtml" xmlns:epub="http://www.idpf.org/2007/ops">\n'
        f"<head><title>{html.escape(title)}</title></head>\n<body>\n{body}\n</body>\n</html>\n"
    )


def build_epub(
    chapters: Sequence[tuple[str, str | bytes]],
    *,
    title: str = "A Test Book",
    author: str = "Ann Author",
    language: str = "en",
    date: str = "",
    nav: bool = True,
    ncx: bool = False,
    non_linear: Collection[int] = (),
    encryption: str = "",
    files: Mapping[str, bytes] = {},
    manifest_extra: Sequence[tuple[str, str, str]] = (),
    spine_extra: Sequence[str] = (),
    hrefs: Mapping[int, str] = {},
    metadata_extra: str = "",
    opf_doctype: str = "",
    mimetype: str | None = EPUB_MIME,
    compression: int = zipfile.ZIP_DEFLATED,
) -> bytes:
    """An EPUB 3 book. ``chapters`` are ``(toc title, body)``: the body an XHTML fragment (wrapped by
    :func:`chapter_document`), a whole XHTML document, or bytes stored as they are; an empty toc title leaves
    the chapter out of the table of contents. Chapter ``n`` is ``OEBPS/text/chNNN.xhtml`` with manifest id
    ``chNNN``, unless ``hrefs[n]`` gives another href (relative to the OPF; the file is then not written,
    which makes a lying manifest). ``non_linear`` holds chapter indexes marked ``linear="no"``.

    ``encryption``: ``"content"`` lists the first chapter in ``META-INF/encryption.xml`` (AES, as Adobe DRM
    does), ``"fonts"`` lists only an obfuscated font (IDPF algorithm; the font is added), ``"fairplay"`` adds
    Apple's ``META-INF/sinf.xml``. ``files`` are extra members (archive name: bytes), ``manifest_extra`` extra
    manifest items ``(id, href, media type)``, ``spine_extra`` extra spine idrefs. ``opf_doctype`` goes before
    the package element (an entity bomb), ``metadata_extra`` inside ``<metadata>`` (raw XML)."""
    members: dict[str, bytes] = {}
    manifest: list[str] = []
    spine: list[str] = []
    nav_points: list[tuple[str, str]] = []
    for number, (toc_title, body) in enumerate(chapters):
        item_id = f"ch{number:03d}"
        href = hrefs.get(number, f"text/{item_id}.xhtml")
        if number not in hrefs:
            data = body if isinstance(body, bytes) else chapter_document(body, toc_title).encode("utf-8")
            members[f"OEBPS/{href}"] = data
        manifest.append(f'<item id="{item_id}" href="{html.escape(href)}" media-type="application/xhtml+xml"/>')
        linear = ' linear="no"' if number in non_linear else ""
        spine.append(f'<itemref idref="{item_id}"{linear}/>')
        if toc_title:
            nav_points.append((href, toc_title))
    if nav:
        links = "\n".join(f'<li><a href="../{html.escape(h)}">{html.escape(t)}</a></li>' for h, t in nav_points)
        members["OEBPS/nav/nav.xhtml"] = chapter_document(
            f'<nav epub:type="toc" id="toc"><h1>Contents</h1><ol>\n{links}\n</ol></nav>', "Contents"
        ).encode("utf-8")
        manifest.append('<item id="nav" href="nav/nav.xhtml" media-type="application/xhtml+xml" properties="nav"/>')
    toc_attribute = ""
    if ncx:
        points = "\n".join(
            f'<navPoint id="p{n}" playOrder="{n + 1}"><navLabel><text>{html.escape(t)}</text></navLabel>'
            f'<content src="{html.escape(h)}"/></navPoint>'
            for n, (h, t) in enumerate(nav_points)
        )
        members["OEBPS/toc.ncx"] = (
            '<?xml version="1.0" encoding="UTF-8"?>\n'
            '<ncx xmlns="http://www.daisy.org/z3986/2005/ncx/" version="2005-1">'
            f"<docTitle><text>{html.escape(title)}</text></docTitle><navMap>{points}</navMap></ncx>"
        ).encode()
        manifest.append('<item id="ncx" href="toc.ncx" media-type="application/x-dtbncx+xml"/>')
        toc_attribute = ' toc="ncx"'
    for item_id, href, media_type in manifest_extra:
        manifest.append(f'<item id="{item_id}" href="{html.escape(href)}" media-type="{media_type}"/>')
    spine.extend(f'<itemref idref="{idref}"/>' for idref in spine_extra)
    if encryption:
        _add_encryption(encryption, members, manifest)
    metadata = [f"<dc:identifier id='uid'>urn:uuid:{random.Random(title).getrandbits(64):x}</dc:identifier>"]
    if title:
        metadata.append(f"<dc:title>{html.escape(title)}</dc:title>")
    if author:
        metadata.append(f"<dc:creator>{html.escape(author)}</dc:creator>")
    if language:
        metadata.append(f"<dc:language>{html.escape(language)}</dc:language>")
    if date:
        metadata.append(f"<dc:date>{html.escape(date)}</dc:date>")
    metadata.append(metadata_extra)
    opf = (
        f'<?xml version="1.0" encoding="UTF-8"?>\n{opf_doctype}'
        '<package xmlns="http://www.idpf.org/2007/opf" version="3.0" unique-identifier="uid">\n'
        '<metadata xmlns:dc="http://purl.org/dc/elements/1.1/">' + "".join(metadata) + "</metadata>\n"
        "<manifest>" + "\n".join(manifest) + "</manifest>\n"
        f"<spine{toc_attribute}>" + "\n".join(spine) + "</spine>\n</package>\n"
    )
    members[OPF_PATH] = opf.encode("utf-8")
    members["META-INF/container.xml"] = CONTAINER_XML.format(opf=OPF_PATH).encode("utf-8")
    members.update(files)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        if mimetype is not None:
            archive.writestr(zipfile.ZipInfo("mimetype"), mimetype, compress_type=zipfile.ZIP_STORED)
        for name, data in members.items():
            archive.writestr(zipfile.ZipInfo(name), data, compress_type=compression)
    return buffer.getvalue()


def _add_encryption(kind: str, members: dict[str, bytes], manifest: list[str]) -> None:
    if kind == "fairplay":
        members["META-INF/sinf.xml"] = (
            b'<?xml version="1.0"?><fairplay:sinf xmlns:fairplay="http://itunes.apple.com/ns/epub"/>'
        )
        return
    if kind in ("content", "content-meta-inf"):  # the second: a URI relative to META-INF, as some tools write
        algorithm, uri = "http://www.w3.org/2001/04/xmlenc#aes128-cbc", "OEBPS/text/ch000.xhtml"
        uri = "../" + uri if kind == "content-meta-inf" else uri
    elif kind == "fonts":
        algorithm, uri = "http://www.idpf.org/2008/embedding", "OEBPS/fonts/serif.otf"
        members[uri] = bytes(random.Random(1).getrandbits(8) for _ in range(2048))
        manifest.append('<item id="font" href="fonts/serif.otf" media-type="font/otf"/>')
    else:
        raise ValueError(f"unknown encryption {kind!r}")
    members["META-INF/encryption.xml"] = (
        '<?xml version="1.0"?>\n<encryption xmlns="urn:oasis:names:tc:opendocument:xmlns:container" '
        'xmlns:enc="http://www.w3.org/2001/04/xmlenc#"><enc:EncryptedData>'
        f'<enc:EncryptionMethod Algorithm="{algorithm}"/>'
        f'<enc:CipherData><enc:CipherReference URI="{uri}"/></enc:CipherData></enc:EncryptedData></encryption>'
    ).encode()


def prose(chars: int, seed: int = 0) -> list[str]:
    """About ``chars`` characters of deterministic prose, as paragraphs of 60-160 words."""
    rng = random.Random(seed)
    paragraphs: list[str] = []
    size = 0
    while size < chars:
        words = rng.choices(_WORDS, k=rng.randint(60, 160))
        words[0] = words[0].capitalize()
        paragraph = " ".join(words) + "."
        paragraphs.append(paragraph)
        size += len(paragraph) + 2
    return paragraphs


def prose_chapters(count: int, chars: int, *, seed: int = 0, headings: bool = True) -> list[tuple[str, str]]:
    """``count`` chapters of about ``chars`` characters each, titled "Chapter N: ..." in the table of contents
    and (with ``headings``) by an ``<h1>`` of the same words."""
    chapters = []
    for number in range(count):
        name = f"Chapter {number + 1}: {_WORDS[(number * 7 + seed) % len(_WORDS)].capitalize()}"
        body = "\n".join(f"<p>{html.escape(p)}</p>" for p in prose(chars, seed * 100_003 + number))
        chapters.append((name, (f"<h1>{html.escape(name)}</h1>\n" if headings else "") + body))
    return chapters


def broken_zip() -> bytes:
    """A valid book cut off before its central directory: not a readable ZIP."""
    book = build_epub([("One", "<p>Text.</p>")])
    return book[: len(book) // 2]


# -- zip bombs ------------------------------------------------------------------------------------------------------


def _deflate(parts: Sequence[tuple[bytes, int]]) -> tuple[bytes, int, int]:
    """(raw deflate stream, CRC-32, size) of each ``(chunk, times)`` repeated in turn, without compressing the
    whole: each chunk is one full-flushed segment (independent of what precedes it) repeated, and a final empty
    block ends the stream. 300 MB of one letter costs 300 KB and a CRC pass."""
    stream: list[bytes] = []
    crc = size = 0
    for chunk, times in parts:
        compressor = zlib.compressobj(9, zlib.DEFLATED, -15)
        stream.append((compressor.compress(chunk) + compressor.flush(zlib.Z_FULL_FLUSH)) * times)
        for _ in range(times):
            crc = zlib.crc32(chunk, crc)
        size += len(chunk) * times
    stream.append(zlib.compressobj(9, zlib.DEFLATED, -15).flush(zlib.Z_FINISH))
    return b"".join(stream), crc, size


def raw_zip(entries: Sequence[tuple[str, bytes, int, int, int]]) -> bytes:
    """A ZIP written by hand from ``(name, stored data, method, crc, declared size)``: the sizes it declares
    are whatever the caller says (a lying header)."""
    out = io.BytesIO()
    directory = io.BytesIO()
    for name, data, method, crc, size in entries:
        encoded = name.encode("utf-8")
        offset = out.tell()
        out.write(
            struct.pack("<4sHHHHHIIIHH", b"PK\x03\x04", 20, 0, method, 0, 0x21, crc, len(data), size, len(encoded), 0)
        )
        out.write(encoded + data)
        directory.write(
            struct.pack(
                "<4sHHHHHHIIIHHHHHII",
                b"PK\x01\x02",
                20,
                20,
                0,
                method,
                0,
                0x21,
                crc,
                len(data),
                size,
                len(encoded),
                0,
                0,
                0,
                0,
                0,
                offset,
            )
        )
        directory.write(encoded)
    start = out.tell()
    cd = directory.getvalue()
    out.write(cd)
    out.write(struct.pack("<4sHHHHIIH", b"PK\x05\x06", 0, 0, len(entries), len(entries), len(cd), start, 0))
    return out.getvalue()


def _book_members(chapter: tuple[str, bytes, int, int, int]) -> list[tuple[str, bytes, int, int, int]]:
    """A one-chapter book's members around ``chapter`` (stored as given), as :func:`raw_zip` entries."""
    book = build_epub([("Bomb", "<p>placeholder</p>")], nav=False)
    entries = []
    with zipfile.ZipFile(io.BytesIO(book)) as archive:
        for info in archive.infolist():
            if info.filename == "OEBPS/text/ch000.xhtml":
                entries.append(chapter)
                continue
            data = archive.read(info)
            entries.append((info.filename, data, zipfile.ZIP_STORED, zlib.crc32(data), len(data)))
    return entries


def zip_bomb(kind: str) -> bytes:
    """A book the reader must refuse (or contain), by ``kind``:

    * ``"member"`` - its chapter honestly decompresses to 300 MB (of one letter: 300 KB compressed);
    * ``"ratio"`` - its chapter decompresses to 8 MB, over 1000 times its compressed size;
    * ``"declared"`` - five 250 MB members: over a gigabyte declared in all;
    * ``"lying"`` - its chapter's header declares 1 KB but its data inflates to 300 MB;
    * ``"entries"`` - 10,001 files.
    """
    head, tail = b'<html xmlns="http://www.w3.org/1999/xhtml"><body><p>', b"</p></body></html>"
    if kind == "entries":
        buffer = io.BytesIO(build_epub([("One", "<p>Text.</p>")]))
        with zipfile.ZipFile(buffer, "a") as archive:
            for number in range(10_001):
                archive.writestr(f"OEBPS/junk/{number}.txt", b"")
        return buffer.getvalue()
    unit = b"a" * (1 << 20)
    if kind in ("member", "lying", "ratio"):
        stream, crc, size = _deflate([(head, 1), (unit, 8 if kind == "ratio" else 300), (tail, 1)])
        declared = 1024 if kind == "lying" else size
        return raw_zip(_book_members(("OEBPS/text/ch000.xhtml", stream, zipfile.ZIP_DEFLATED, crc, declared)))
    if kind == "declared":
        chapter = head + b"x" + tail
        entries = _book_members(
            ("OEBPS/text/ch000.xhtml", chapter, zipfile.ZIP_STORED, zlib.crc32(chapter), len(chapter))
        )
        stream, _, _ = _deflate([(unit, 1)])
        entries += [(f"OEBPS/images/{n}.png", stream, zipfile.ZIP_DEFLATED, 0, 250 << 20) for n in range(5)]
        return raw_zip(entries)
    raise ValueError(f"unknown zip bomb {kind!r}")
