"""URLs (issue 10, item 3): address checks, fetching with limits, failures as one clear line, the page cache.

Every fetch goes to a server this file starts on 127.0.0.1 (tests/sources/http_fixture.py); nothing reaches
further. The cache is in the test's tmp folder (READER_CACHE_DIR), never the user's.
"""

from __future__ import annotations

import errno
import gzip
import hashlib
import json
import socket
import ssl
import stat
import zlib
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader import sources
from reader.errors import ReaderError
from reader.sources import Origin, page_cache, url
from reader.sources.url import check_url, describe_failure, load_url
from tests.sources.http_fixture import (
    LocalServer,
    claims_length,
    closed_port,
    drip,
    local_server,
    page,
    redirect,
    silent,
)

ARTICLE = b"A Title Line\n\nThe first paragraph of the article, with a sentence.\n\nA second paragraph.\n"


@pytest.fixture(scope="module", autouse=True)
def real_cache_untouched() -> Iterator[None]:
    """The user's own page cache is the same after these tests as before (they write only to tmp)."""
    import platformdirs

    real = Path(platformdirs.user_cache_dir("reader")) / "pages"

    def listing() -> list[tuple[str, int]] | None:
        return sorted((p.name, p.stat().st_mtime_ns) for p in real.iterdir()) if real.is_dir() else None

    before = listing()
    yield
    assert listing() == before, "a test wrote the real page cache"


@pytest.fixture(autouse=True)
def isolated_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The cache in tmp, no proxy from the environment, and short limits so that nothing waits long."""
    cache = tmp_path / "cache"
    monkeypatch.setenv(page_cache.CACHE_ENV, str(cache))
    for name in ("HTTP_PROXY", "HTTPS_PROXY", "ALL_PROXY", "http_proxy", "https_proxy", "all_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setattr(url, "CONNECT_TIMEOUT", 3.0)
    monkeypatch.setattr(url, "READ_TIMEOUT", 3.0)
    monkeypatch.setattr(url, "TOTAL_TIMEOUT", 10.0)
    return cache


@pytest.fixture
def server() -> Iterator[LocalServer]:
    with local_server() as running:
        yield running


def error_of(address: str, *, refresh: bool = False) -> str:
    with pytest.raises(ReaderError) as caught:
        load_url(address, refresh=refresh)
    message = str(caught.value)
    assert "\n" not in message and "Traceback" not in message
    return message


# -- addresses ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "address",
    ["file:///etc/passwd", "FILE:///etc/passwd", "ftp://example.com/a.txt", "data:text/html,<p>hi</p>",
     "javascript:alert(1)", "gopher://example.com/", "ws://example.com/", "/etc/passwd", "example.com/page"],
)
def test_only_http_and_https(address: str) -> None:
    with pytest.raises(ReaderError, match="only http and https URLs can be opened"):
        check_url(address)
    with pytest.raises(ReaderError, match="only http and https"):
        load_url(address)


def test_file_url_message_names_it() -> None:
    with pytest.raises(ReaderError) as caught:
        check_url("file:///etc/passwd")
    assert str(caught.value) == "only http and https URLs can be opened: file:///etc/passwd"


def test_credentials_are_refused_and_not_repeated() -> None:
    with pytest.raises(ReaderError) as caught:
        check_url("https://alice:s3cret@example.com/page")
    assert "user name or password" in str(caught.value)
    assert "s3cret" not in str(caught.value) and "alice" not in str(caught.value)


@pytest.mark.parametrize(
    ("address", "reason"),
    [
        ("http:///path", "no host name"),
        ("https://", "no host name"),
        ("http://example.com:99999/", "invalid port"),
        ("http://example.com:0/", "invalid port"),
        ("http://example.com:port/", "invalid port"),
        ("http://exa mple.com/", "bad host name"),
        ("http://[zz]/", "not a valid address"),
        ("http://example.com/\r\nX-Injected: 1", "control characters"),
        ("http://example.com/" + "a" * 9000, "longer than"),
        # bytes that are not UTF-8 on a command line (or in a stored path) arrive as lone surrogates
        ("http://example.com/\udcff", "not UTF-8"),
        ("http://example.com/x?q=\udcff", "not UTF-8"),
        ("http://\udcff/x", "bad host name"),
    ],
)
def test_invalid_addresses(address: str, reason: str) -> None:
    with pytest.raises(ReaderError, match=reason):
        check_url(address)


@pytest.mark.parametrize(
    ("address", "normal"),
    [
        ("HTTP://Example.COM:80/a b?x=1#part", "http://example.com/a%20b?x=1"),
        ("https://example.com", "https://example.com/"),
        ("https://EXAMPLE.com:443/", "https://example.com/"),
        ("http://example.com:8080/p", "http://example.com:8080/p"),
        ("https://bücher.de/é", "https://xn--bcher-kva.de/%C3%A9"),
        ("http://[::1]:8000/x", "http://[::1]:8000/x"),
        ("  https://example.com/a%20b  ", "https://example.com/a%20b"),
    ],
)
def test_addresses_are_normalised(address: str, normal: str) -> None:
    assert check_url(address) == normal


@settings(max_examples=300, deadline=None)
@given(st.one_of(st.text(), st.builds(str.__add__, st.sampled_from(["http://", "https://", "http://[", "HTTP://x:"]),
                                      st.text(st.characters(blacklist_categories=())))))
def test_check_url_only_refuses_or_normalises(address: str) -> None:
    try:
        normal = check_url(address)
    except ReaderError as error:
        assert "\n" not in str(error)
        return
    assert normal.startswith(("http://", "https://"))
    assert check_url(normal) == normal


# -- fetching -----------------------------------------------------------------------------------------------------


def test_plain_text_page(server: LocalServer) -> None:
    server.routes["/story.txt"] = page(ARTICLE)
    document = load_url(server.url("/story.txt"))
    assert document.text == ARTICLE.decode()
    assert document.kind == "text"
    assert document.path == server.url("/story.txt")
    assert document.info.url == server.url("/story.txt")
    assert document.info.notice == ""
    assert "quotemark-reader" in server.headers_seen[0]["User-Agent"]


def test_kind_charset_and_name_reach_the_converter(server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[tuple[Origin, str]] = []
    real = sources.convert

    def spy(data: bytes, origin: Origin, kind: Any) -> Any:
        seen.append((origin, kind))
        return real(ARTICLE, origin, "text")

    monkeypatch.setattr(sources, "convert", spy)
    cases = {
        "/a.html": ("text/html; charset=ISO-8859-1", b"<p>hi</p>", "html", "ISO-8859-1"),
        "/b": ("application/xhtml+xml", b"<html/>", "html", ""),
        "/c": ("text/markdown; charset=\"utf-8\"", b"# hi", "markdown", "utf-8"),
        "/d": ("text/x-markdown", b"# hi", "markdown", ""),
        "/notes.md": ("text/plain", b"# hi", "markdown", ""),
        "/e": ("application/epub+zip", b"PK\x03\x04", "epub", ""),
        "/book.epub": ("application/octet-stream", b"PK\x03\x04", "epub", ""),
        "/f": (None, b"<!DOCTYPE html><html><p>x</p></html>", "html", ""),
        "/g": ("text/plain", ARTICLE, "text", ""),
    }
    for path, (content_type, body, _kind, _charset) in cases.items():
        server.routes[path] = page(body, content_type)
    for path in cases:
        load_url(server.url(path))
    for (origin, kind), (path, (_type, _body, expected_kind, charset)) in zip(seen, cases.items(), strict=True):
        assert (path, kind, origin.charset) == (path, expected_kind, charset)
        assert origin.url == origin.name == server.url(path)
        assert origin.path == ""


def test_html_page(server: LocalServer) -> None:
    """Passes once reader.sources.html exists (written alongside this module)."""
    paragraph = "The committee met on Tuesday and agreed the new rules after a long debate. " * 4
    body = (
        "<!DOCTYPE html><html lang='en'><head><meta charset='utf-8'><title>Rules Agreed</title></head><body>"
        "<nav><a href='/'>Home</a></nav><article><h1>Rules Agreed</h1>"
        f"<p>{paragraph}</p><p>{paragraph}</p><p>“We are pleased,” said the chair.</p></article></body></html>"
    ).encode()
    server.routes["/news/rules.html"] = page(body, "text/html; charset=utf-8")
    document = load_url(server.url("/news/rules.html"))
    assert document.kind == "html"
    assert "committee met on Tuesday" in document.text
    assert "<p>" not in document.text and "&quot;" not in document.text
    assert document.path == server.url("/news/rules.html")


def test_markdown_page(server: LocalServer) -> None:
    """Passes once reader.sources.markdown exists (written alongside this module)."""
    server.routes["/notes.md"] = page(b"# Notes\n\nSome *emphasis* here.\n\n```\ncode  line\n```\n", "text/markdown")
    document = load_url(server.url("/notes.md"))
    assert document.kind == "markdown"
    assert "*emphasis*" not in document.text and "emphasis" in document.text
    assert "code  line" in document.text


def test_redirect_is_followed_and_the_final_url_is_the_path(server: LocalServer) -> None:
    server.routes["/old/page"] = redirect("../new/page?x=1")  # relative: resolved against the old address
    server.routes["/new/page"] = page(ARTICLE)
    document = load_url(server.url("/old/page"))
    assert document.text == ARTICLE.decode()
    assert document.path == server.url("/new/page?x=1")
    assert server.hits["/old/page"] == server.hits["/new/page"] == 1


@pytest.mark.parametrize("target", ["file:///etc/passwd", "ftp://127.0.0.1/x", "javascript:alert(1)"])
def test_redirect_to_another_scheme_is_refused(server: LocalServer, target: str) -> None:
    server.routes["/go"] = redirect(target, 301)
    message = error_of(server.url("/go"))
    assert target in message and "only http and https" in message
    assert not (page_cache.pages_dir()).exists() or not any(page_cache.pages_dir().iterdir())


def test_too_many_redirects(server: LocalServer) -> None:
    server.routes["/loop"] = redirect("/loop")
    assert "too many redirects (more than 5)" in error_of(server.url("/loop"))
    assert server.hits["/loop"] == url.MAX_REDIRECTS + 1


def test_redirect_without_location(server: LocalServer) -> None:
    server.routes["/nowhere"] = page(b"", None, status=302)
    assert "redirected without saying where" in error_of(server.url("/nowhere"))


@pytest.mark.parametrize(("status", "words"), [(404, "404 Not Found"), (500, "500"), (403, "403"), (410, "410")])
def test_error_status(server: LocalServer, status: int, words: str) -> None:
    server.routes["/p"] = page(b"error page", "text/html", status=status)
    message = error_of(server.url("/p"))
    assert words in message and server.url("/p") in message and "server answered" in message


def test_missing_page_on_a_real_404(server: LocalServer) -> None:
    assert "404 Not Found" in error_of(server.url("/no-such-page"))


def test_server_that_never_answers_times_out(server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(url, "READ_TIMEOUT", 0.3)
    server.routes["/slow"] = silent()
    assert "read timeout" in error_of(server.url("/slow"))


def test_slow_drip_is_stopped_by_the_overall_deadline(server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(url, "TOTAL_TIMEOUT", 0.5)
    server.routes["/drip"] = drip(0.02)
    message = error_of(server.url("/drip"))
    assert "more than 0.5 s" in message and "timeout" in message


def test_oversized_body_is_refused(server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(url, "MAX_BYTES", 4096)
    server.routes["/big"] = page(b"Big\n\n" + b"word " * 5000, length=False)
    message = error_of(server.url("/big"))
    assert message.endswith("is larger than 4 KB; the reader opens pages up to 4 KB")


def test_limit_message_in_megabytes(server: LocalServer) -> None:
    server.routes["/huge"] = claims_length(50 * 1024 * 1024, b"", then_wait=True)
    assert error_of(server.url("/huge")) == (
        f"{server.url('/huge')} is larger than 20 MB; the reader opens pages up to 20 MB"
    )


def test_content_length_over_the_limit_is_refused_before_reading(
    server: LocalServer, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(url, "READ_TIMEOUT", 5.0)
    server.routes["/claims"] = claims_length(10**12, b"x", then_wait=True)  # would hang if the body were awaited
    assert "is larger than 20 MB" in error_of(server.url("/claims"))


def test_content_length_longer_than_the_body(server: LocalServer) -> None:
    server.routes["/short"] = claims_length(10_000, b"Only this\n\nand no more.\n")
    assert "broken response" in error_of(server.url("/short"))


def test_body_exactly_at_the_limit_opens(server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> None:
    body = (b"Title\n\n" + b"x" * 5000)[:4096]
    monkeypatch.setattr(url, "MAX_BYTES", 4096)
    server.routes["/edge"] = page(body, length=False)
    assert len(load_url(server.url("/edge")).text) == 4096


@pytest.mark.parametrize(
    "content_type", ["image/png", "application/pdf", "application/json", "text/css", "video/mp4", "application/zip"]
)
def test_wrong_content_type(server: LocalServer, content_type: str) -> None:
    # Refused on its header: were the body awaited, this would end in a read timeout instead.
    server.routes["/thing"] = claims_length(10**6, b"\x89PNG", then_wait=True, content_type=content_type)
    message = error_of(server.url("/thing"))
    assert f"is {content_type}" in message and "not an article (HTML, text, Markdown or EPUB)" in message


def test_octet_stream_needs_a_readable_suffix(server: LocalServer) -> None:
    server.routes["/download"] = page(ARTICLE, "application/octet-stream")
    server.routes["/story.txt"] = page(ARTICLE, "application/octet-stream")
    assert "is application/octet-stream" in error_of(server.url("/download"))
    assert load_url(server.url("/story.txt")).text == ARTICLE.decode()


def test_connection_refused() -> None:
    port = closed_port()
    message = error_of(f"http://127.0.0.1:{port}/page")
    assert "connection refused" in message and str(port) in message


def test_tls_failure(server: LocalServer) -> None:
    server.routes["/"] = page(ARTICLE)
    message = error_of(f"https://127.0.0.1:{server.port}/")  # TLS spoken to a plain HTTP server
    assert "TLS" in message


def test_network_failures_are_described(monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("ALL_PROXY", "HTTPS_PROXY", "HTTP_PROXY", "all_proxy", "https_proxy", "http_proxy"):
        monkeypatch.delenv(name, raising=False)
    address = "https://news.example/story"

    def wrapped(cause: BaseException) -> httpx.ConnectError:
        error = httpx.ConnectError(str(cause))
        error.__cause__ = cause
        return error

    no_host = describe_failure(wrapped(socket.gaierror(socket.EAI_NONAME, "Name or service not known")), address)
    assert "no such host as news.example" in no_host
    offline = describe_failure(wrapped(socket.gaierror(socket.EAI_AGAIN, "Temporary failure")), address)
    assert "no network" in offline
    unreachable = describe_failure(wrapped(OSError(errno.ENETUNREACH, "Network is unreachable")), address)
    assert "no network" in unreachable
    bad_cert = ssl.SSLCertVerificationError(1, "certificate verify failed")
    bad_cert.verify_message = "certificate has expired"
    assert "certificate has expired" in describe_failure(wrapped(bad_cert), address)
    assert "connect timeout" in describe_failure(httpx.ConnectTimeout("timed out"), address)


def test_a_failure_through_the_environments_proxy_is_said_to_be_the_proxys(monkeypatch: pytest.MonkeyPatch) -> None:
    """``HTTPS_PROXY=http://user:pw@garbage.invalid:3128``: the lookup that failed was the proxy's, and the line had
    named the page's host (a hostile review); the proxy's password is never shown. NO_PROXY's hosts go direct."""
    for name in ("ALL_PROXY", "HTTP_PROXY", "NO_PROXY", "all_proxy", "http_proxy", "https_proxy", "no_proxy"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("HTTPS_PROXY", "http://user:pw@garbage.invalid:3128")
    error = httpx.ConnectError("Name or service not known")
    error.__cause__ = socket.gaierror(socket.EAI_NONAME, "Name or service not known")
    line = describe_failure(error, "https://news.example/story")
    assert line == ("cannot open https://news.example/story: the proxy set in HTTPS_PROXY failed: there is no such "
                    "host as garbage.invalid (DNS lookup failed)")
    monkeypatch.setenv("NO_PROXY", "news.example")
    assert "no such host as news.example" in describe_failure(error, "https://news.example/story")


def test_gzip_body_is_decompressed(server: LocalServer) -> None:
    server.routes["/gz"] = page(gzip.compress(ARTICLE), headers={"Content-Encoding": "gzip"})
    server.routes["/deflate"] = page(zlib.compress(ARTICLE), headers={"Content-Encoding": "deflate"})
    raw = zlib.compressobj(wbits=-15)
    server.routes["/raw"] = page(raw.compress(ARTICLE) + raw.flush(), headers={"Content-Encoding": "deflate"})
    server.routes["/two"] = page(gzip.compress(ARTICLE[:20]) + gzip.compress(ARTICLE[20:]),
                                 headers={"Content-Encoding": "gzip"})
    for path in ("/gz", "/deflate", "/raw", "/two"):
        assert load_url(server.url(path)).text == ARTICLE.decode(), path


def test_compression_bomb_is_refused(server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(url, "MAX_BYTES", 1024 * 1024)
    bomb = gzip.compress(b"Title\n\n" + b"a" * (64 * 1024 * 1024))  # 64 MB in about 64 KB
    server.routes["/bomb"] = page(bomb, headers={"Content-Encoding": "gzip"})
    assert "is larger than 1 MB" in error_of(server.url("/bomb"))


def test_broken_or_unknown_compression(server: LocalServer) -> None:
    server.routes["/broken"] = page(b"\x1f\x8bnot gzip at all", headers={"Content-Encoding": "gzip"})
    server.routes["/br"] = page(b"....", headers={"Content-Encoding": "br"})
    assert "broken compressed (gzip) body" in error_of(server.url("/broken"))
    assert "compressed it as br" in error_of(server.url("/br"))


# -- the cache ----------------------------------------------------------------------------------------------------


def test_reopening_works_offline(server: LocalServer, isolated_cache: Path) -> None:
    address = server.url("/story.txt")
    server.routes["/story.txt"] = page(ARTICLE)
    first = load_url(address)
    server.close()
    again = load_url(address)
    assert again.text == first.text and again.id == first.id
    assert again.path == first.path == address
    assert "from the cache" in again.info.notice and "--refresh" in again.info.notice
    assert isolated_cache.is_dir() and str(isolated_cache) in str(page_cache.pages_dir())


def test_cache_files_are_private(server: LocalServer) -> None:
    server.routes["/p.txt"] = page(ARTICLE)
    load_url(server.url("/p.txt"))
    folder = page_cache.pages_dir()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    files = sorted(folder.iterdir())
    assert [f.suffix for f in files] == [".body", ".json"]  # no temporary file left behind
    assert all(stat.S_IMODE(f.stat().st_mode) == 0o600 for f in files)
    meta = json.loads(files[1].read_text())
    assert meta["url"] == meta["final_url"] == server.url("/p.txt")
    assert meta["content_type"] == "text/plain" and meta["charset"] == "utf-8" and meta["size"] == len(ARTICLE)
    assert meta["fetched_at"].endswith("Z")


def test_redirected_page_is_cached_under_the_address_asked_for(server: LocalServer) -> None:
    server.routes["/short"] = redirect("/long/article.txt")
    server.routes["/long/article.txt"] = page(ARTICLE)
    load_url(server.url("/short"))
    server.close()
    document = load_url(server.url("/short"))
    assert document.path == server.url("/long/article.txt")


def test_refresh_replaces_the_entry(server: LocalServer) -> None:
    address = server.url("/live.txt")
    server.routes["/live.txt"] = page(ARTICLE)
    load_url(address)
    changed = ARTICLE + b"\nAn update added later.\n"
    server.routes["/live.txt"] = page(changed)
    assert load_url(address).text == ARTICLE.decode()  # the cache, no request
    assert server.hits["/live.txt"] == 1
    fresh = load_url(address, refresh=True)
    assert fresh.text == changed.decode() and fresh.info.notice == ""
    server.close()
    assert load_url(address).text == changed.decode()


def test_failed_refresh_keeps_the_cached_copy(server: LocalServer) -> None:
    address = server.url("/kept.txt")
    server.routes["/kept.txt"] = page(ARTICLE)
    load_url(address)
    server.routes["/kept.txt"] = page(b"oops", status=500)
    message = error_of(address, refresh=True)
    assert "500" in message and "still in the cache" in message and "without --refresh" in message
    server.routes["/kept.txt"] = page(b"   \n", "text/plain")  # fetched, but nothing to read: not cached either
    assert "still in the cache" in error_of(address, refresh=True)
    server.close()
    assert load_url(address).text == ARTICLE.decode()


def test_unreadable_page_is_not_cached(server: LocalServer) -> None:
    server.routes["/empty.txt"] = page(b"  \n\n")
    assert "empty" in error_of(server.url("/empty.txt"))
    assert page_cache.read(check_url(server.url("/empty.txt")), url.MAX_BYTES) is None


@pytest.mark.parametrize(
    "damage",
    ["truncate body", "garbage json", "delete json", "delete body", "wrong size", "json list", "huge json",
     "body is a directory", "other url", "file url in entry"],
)
def test_corrupt_entry_is_fetched_again(server: LocalServer, damage: str) -> None:
    address = server.url("/c.txt")
    server.routes["/c.txt"] = page(ARTICLE)
    load_url(address)
    body, meta = page_cache.entry_paths(check_url(address))
    record = json.loads(meta.read_text())
    if damage == "truncate body":
        body.write_bytes(ARTICLE[:10])
    elif damage == "garbage json":
        meta.write_bytes(b"\xff{not json")
    elif damage == "delete json":
        meta.unlink()
    elif damage == "delete body":
        body.unlink()
    elif damage == "wrong size":
        meta.write_text(json.dumps({**record, "size": "12"}))
    elif damage == "json list":
        meta.write_text("[1, 2]")
    elif damage == "huge json":
        meta.write_text(json.dumps({**record, "pad": "x" * 100_000}))
    elif damage == "body is a directory":
        body.unlink()
        body.mkdir()
    elif damage == "other url":
        meta.write_text(json.dumps({**record, "url": "http://elsewhere.example/"}))
    elif damage == "file url in entry":
        meta.write_text(json.dumps({**record, "final_url": "file:///etc/passwd"}))
    document = load_url(address)
    assert document.text == ARTICLE.decode()
    assert server.hits["/c.txt"] == 2
    if damage == "body is a directory":  # cannot be replaced: the page opens, and says it is not cached
        assert "could not be kept in the cache" in document.info.notice
    else:
        assert document.info.notice == ""
        assert page_cache.read(check_url(address), url.MAX_BYTES) is not None  # rewritten


def test_corrupt_entry_offline_is_a_clean_error(server: LocalServer) -> None:
    address = server.url("/gone.txt")
    server.routes["/gone.txt"] = page(ARTICLE)
    load_url(address)
    body, _meta = page_cache.entry_paths(check_url(address))
    body.write_bytes(b"")
    server.close()
    assert "connection refused" in error_of(address)


def test_cache_read_is_bounded(server: LocalServer, monkeypatch: pytest.MonkeyPatch) -> None:
    address = server.url("/b.txt")
    server.routes["/b.txt"] = page(ARTICLE)
    load_url(address)
    monkeypatch.setattr(url, "MAX_BYTES", 16)  # the entry is now over the limit: not read, fetched (and refused)
    assert "larger than" in error_of(address)


def test_unwritable_cache_still_opens_the_page(
    server: LocalServer, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocker = tmp_path / "not-a-folder"
    blocker.write_text("x")
    monkeypatch.setenv(page_cache.CACHE_ENV, str(blocker))
    server.routes["/p.txt"] = page(ARTICLE)
    document = load_url(server.url("/p.txt"))
    assert document.text == ARTICLE.decode()
    assert "could not be kept in the cache" in document.info.notice


def test_a_cache_folder_that_is_a_link_is_neither_written_nor_narrowed(
    server: LocalServer, isolated_cache: Path, tmp_path: Path
) -> None:
    """A pages folder replaced by a link to another folder: the page opens, nothing is written there and its
    mode is left alone (a chmod through the link would change the other folder)."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir(mode=0o755)
    elsewhere.chmod(0o755)
    isolated_cache.mkdir()
    (isolated_cache / "pages").symlink_to(elsewhere)
    server.routes["/p.txt"] = page(ARTICLE)
    document = load_url(server.url("/p.txt"))
    assert document.text == ARTICLE.decode()
    assert "could not be kept in the cache" in document.info.notice
    assert list(elsewhere.iterdir()) == [] and stat.S_IMODE(elsewhere.stat().st_mode) == 0o755


def test_a_cache_entry_that_is_a_link_is_not_read(server: LocalServer, tmp_path: Path) -> None:
    """An entry's body swapped for a link to another file (size and hash in the sidecar made to match) is not
    read: the page is fetched again and the link replaced by the page."""
    address = server.url("/p.txt")
    server.routes["/p.txt"] = page(ARTICLE)
    load_url(address)
    body_path, meta_path = page_cache.entry_paths(address)
    secret = tmp_path / "secret.txt"
    secret.write_bytes(b"A secret title\n\nNot a page of the web.\n")
    meta = json.loads(meta_path.read_text())
    meta.update(size=len(secret.read_bytes()), sha256=hashlib.sha256(secret.read_bytes()).hexdigest())
    meta_path.write_text(json.dumps(meta))
    body_path.unlink()
    body_path.symlink_to(secret)
    assert page_cache.read(address, 1 << 20) is None
    document = load_url(address)
    assert "secret" not in document.text and document.text == ARTICLE.decode()
    assert not body_path.is_symlink() and server.hits["/p.txt"] == 2


def test_cache_root_defaults_to_the_user_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    import platformdirs

    monkeypatch.delenv(page_cache.CACHE_ENV)
    assert page_cache.pages_dir() == Path(platformdirs.user_cache_dir("reader")) / "pages"  # computed, not written


def test_epub_by_url(server: LocalServer) -> None:
    """An EPUB served as application/epub+zip, or as octet-stream at a .epub address, opens as a book."""
    from tests.sources.epub_factory import build_epub

    book = build_epub([("Chapter One", "<h1>Chapter One</h1><p>It was a quiet winter morning.</p>")],
                      title="A Small Book")
    server.routes["/book"] = page(book, "application/epub+zip")
    server.routes["/files/book.epub"] = page(book, "application/octet-stream")
    for path in ("/book", "/files/book.epub"):
        document = load_url(server.url(path))
        document.finish_parsing()
        assert document.kind == "epub" and document.info.title == "A Small Book"
        assert "quiet winter morning" in document.text
        assert document.path == server.url(path)


async def test_a_changed_page_refreshed_reanchors_its_highlights(tmp_path: Path, server: LocalServer) -> None:
    """A page whose text changed (a paragraph added at the top) keeps its highlight after --refresh: the URL is
    the document's path, so the app re-anchors as it does for a changed file."""
    from reader.annotation import Annotation
    from reader.store import Store
    from reader.ui.app import ReaderApp

    before = "<html><head><title>Story</title></head><body><article><h1>Story</h1><p>" + "Intro words. " * 30
    before += "</p><p>The mayor said “the bridge opens in May” at a meeting.</p></article></body></html>"
    after = before.replace("<h1>Story</h1>", "<h1>Story</h1><p>" + "An editor's note was added here. " * 10 + "</p>")
    server.routes["/story.html"] = page(before.encode(), "text/html; charset=utf-8")
    url = server.url("/story.html")
    first = load_url(url)
    start = first.text.index("the bridge opens in May")
    annotation = Annotation.create(
        doc_id=first.id, path=first.path, title=first.title, text_of_document=first.text,
        start=start, end=start + len("the bridge opens in May"),
    )
    store = Store(tmp_path / "a.json")
    store.put_many([annotation])
    store.remember_document(first.id, path=first.path, title=first.title)
    server.routes["/story.html"] = page(after.encode(), "text/html; charset=utf-8")
    assert load_url(url).id == first.id  # from the cache: the same page
    second = load_url(url, refresh=True)
    assert second.id != first.id and second.path == first.path
    app = ReaderApp(store=Store(tmp_path / "a.json"), document=second)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        await app.workers.wait_for_complete()
        await pilot.pause()
        app.writer.drain()
    [moved] = Store(tmp_path / "a.json").annotations_for(second.id)
    assert second.text[moved.start : moved.end] == "the bridge opens in May" and moved.anchor in ("moved", "exact")


@pytest.mark.parametrize("refresh", [False, True])
def test_an_epub_by_url_opened_by_the_cli_is_fetched_once_and_not_called_a_cached_copy(
    server: LocalServer, refresh: bool
) -> None:
    """`reader URL` fetches in a forked child, which cannot send an EPUB's Document back (it is converted in
    parts): this process then opens the copy the child cached, without fetching again (with --refresh it did)
    and without saying "Opened from the cache" of a page fetched a moment ago."""
    from reader import cli, piped_input
    from reader.sources import epub
    from tests.sources.epub_factory import build_epub

    filler = "<p>" + "Snow fell on the roofs of the town all night long. " * 40 + "</p>"
    chapters = [(f"Chapter {n}", f"<h1>Chapter {n}</h1><p>It was a quiet winter morning.</p>"
                 + filler * (epub.FIRST_PART_CHARS // len(filler) + 1)) for n in range(3)]
    book = build_epub(chapters, title="A Long Book")  # longer than the first part: converted in parts
    server.routes["/book"] = page(book, "application/epub+zip")
    argv = [server.url("/book"), *(["--refresh"] if refresh else [])]
    _sources, chosen, _folder = cli._choose_sources(cli.build_main_parser().parse_args(argv), piped_input)
    assert callable(chosen)
    document = chosen()
    document.finish_parsing()
    assert "quiet winter morning" in document.text
    assert server.hits["/book"] == 1
    assert "from the cache" not in document.info.notice
    # a later open (no --refresh) is from the cache, and says so
    again = load_url(server.url("/book"))
    assert server.hits["/book"] == 1 and "Opened from the cache" in again.info.notice
