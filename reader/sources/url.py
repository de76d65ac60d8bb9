"""A web address as a Document: fetch an http(s) URL within limits, keep it in the cache, convert its bytes.

Decisions:
* Only ``http`` and ``https``, checked by :func:`check_url` for the argument and again for every redirect: a
  ``file:``, ``ftp:``, ``data:`` or ``javascript:`` address is refused wherever it comes from. A URL with a user
  name or password is refused (a password would be kept in the cache, the store and every export), and so are
  an empty host, an invalid port and control characters. Addresses on the local network or this machine are
  allowed: the user typed the URL (the tests fetch from 127.0.0.1). Nothing inside a page is ever fetched.
* :func:`check_url` also normalises, so one page has one cache entry: scheme and host in lower case (an
  international host name in IDNA form), no default port, ``/`` for an empty path, spaces and non-ASCII in the
  path and query percent-encoded, and no ``#fragment`` (never sent to a server).
* Redirects are followed here, not by httpx: at most :data:`MAX_REDIRECTS`, each ``Location`` resolved against
  the address that sent it and checked as :func:`check_url` checks an argument. (A response hook moves the
  header aside first: httpx parses it even when not following, with errors of its own for ``javascript:``.)
* Limits (module constants, so tests can lower them): :data:`CONNECT_TIMEOUT` to connect, :data:`READ_TIMEOUT`
  without a byte, :data:`TOTAL_TIMEOUT` for everything (all redirects and the body; checked as each piece
  arrives, so a server that drips a byte at a time is stopped at most one read timeout after it), and
  :data:`MAX_BYTES` for the body, counted after decompression and refused early when Content-Length says so. The
  body is decompressed here (gzip and deflate, the only encodings asked for), never more than the limit plus
  one byte at a time, so a compression bomb costs no more than a large page. A name lookup is not interruptible:
  a hung DNS server can hold the connect phase longer than its timeout.
* Content types: ``text/html``, ``application/xhtml+xml``, ``text/plain``, ``text/markdown``,
  ``text/x-markdown``, ``application/epub+zip``; ``application/octet-stream`` (what many servers say of ``.md``
  and ``.epub`` files) only when the address's path ends in a suffix the reader opens (``.epub``, ``.md``,
  ``.txt``, ``.html``...); no Content-Type at all is judged by the content. Anything else (images, PDF, JSON) is
  refused before its body is read. The kind is then :func:`reader.sources.sniff_kind`'s (content type, then the
  path's suffix, then the bytes), and the charset of the Content-Type header goes to the converter.
* Every failure is one :class:`~reader.errors.ReaderError` naming the address and what happened: connection
  refused, no such host, no network, a TLS failure, a timeout, an HTTP error status (code and reason), too
  large, not an article type, too many redirects, a broken response.
* The cache (:mod:`reader.sources.page_cache`): an address opened before opens from its cached copy with no
  network access, and the document says so (:attr:`SourceInfo.notice`: "opened from the cache, fetched <date>"
  and that ``--refresh`` fetches it again), because the page may have changed since. ``refresh=True`` fetches
  again and replaces the entry only when the new page was fetched and converted; a failed refresh says the old
  copy is still there. A page is cached only once it converted, so an unreadable one is not kept.
  The entry is kept under the address asked for (a short link that redirects opens offline as it did online);
  the notice's date is in local time.
* The Document's path (its identity in the store and the exports) is the final URL after redirects.
"""

from __future__ import annotations

import errno
import socket
import ssl
import time
import zlib
from datetime import UTC, datetime
from ipaddress import IPv6Address
from pathlib import PurePosixPath
from typing import TYPE_CHECKING
from urllib.parse import quote, urljoin, urlsplit

import reader
from reader import sources
from reader.document import Document
from reader.errors import ReaderError
from reader.sanitize import sanitize
from reader.sources import READABLE_SUFFIXES, Origin, page_cache
from reader.sources.http_client import make_client
from reader.sources.page_cache import Page

if TYPE_CHECKING:
    import httpx

CONNECT_TIMEOUT = 10.0
"""Seconds to establish a connection (TCP and TLS)."""
READ_TIMEOUT = 20.0
"""Seconds the server may stay silent (before its headers, or between two pieces of the body)."""
TOTAL_TIMEOUT = 60.0
"""Seconds for the whole fetch: every redirect and the whole body."""
MAX_BYTES = 20 * 1024 * 1024
"""The largest page (after decompression) the reader opens; the cache is read with the same limit."""
MAX_REDIRECTS = 5
MAX_URL_LENGTH = 8 * 1024

USER_AGENT = f"quotemark-reader/{reader.__version__} (a terminal article reader)"
_ACCEPT = (
    "text/html,application/xhtml+xml;q=0.9,text/markdown;q=0.9,text/plain;q=0.8,application/epub+zip;q=0.8,*/*;q=0.1"
)
ARTICLE_TYPES = frozenset(
    {"text/html", "application/xhtml+xml", "text/plain", "text/markdown", "text/x-markdown", "application/epub+zip"}
)
_OCTET_TYPES = frozenset({"application/octet-stream", "binary/octet-stream"})
_REDIRECTS = frozenset({301, 302, 303, 307, 308})
_LOCATION = "x-reader-location"
_DEFAULT_PORTS = {"http": 80, "https": 443}
_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789-._")
_PATH_SAFE = "/%!$&'()*+,;=:@-._~"
_QUERY_SAFE = _PATH_SAFE + "?[]"


def _show(url: str) -> str:
    """An address as a message shows it: sanitised and at most 200 characters."""
    return sanitize(url if len(url) <= 200 else url[:199] + "…")


def _size(count: int) -> str:
    if count >= 1024 * 1024:
        return f"{count / 1024 / 1024:.0f} MB"
    if count >= 1024:
        return f"{count / 1024:.0f} KB"
    return f"{count} bytes"


class _Refused(Exception):
    """Why an address is not fetched (``reason``) and how to show it (``shown``: credentials left out)."""

    def __init__(self, reason: str, shown: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.shown = shown


def _host(raw: str, shown: str) -> str:
    """The host of a URL in normal form (lower case, IDNA, an IPv6 address in brackets)."""
    if ":" in raw:  # only a bracketed IPv6 literal keeps colons in urlsplit's hostname
        try:
            return f"[{IPv6Address(raw.split('%', 1)[0]).compressed}]"
        except ValueError:
            raise _Refused("not a valid address (bad IPv6 host)", shown) from None
    try:
        host = raw.lower() if raw.isascii() else raw.encode("idna").decode("ascii").lower()
    except UnicodeError:
        raise _Refused("not a valid address (bad host name)", shown) from None
    if not host.strip(".") or not set(host) <= _HOST_CHARS or ".." in host:
        raise _Refused("not a valid address (bad host name)", shown)
    return host


def _normalise(url: str) -> str:
    url = url.strip()
    shown = _show(url)
    if len(url) > MAX_URL_LENGTH:
        raise _Refused(f"not a valid address (longer than {MAX_URL_LENGTH // 1024} KiB)", shown)
    if any(char < " " or char == "\x7f" for char in url):
        raise _Refused("not a valid address (it holds control characters)", shown)
    try:
        parts = urlsplit(url)
    except ValueError:  # a bracketed host that is not an IP address, and the like
        raise _Refused("not a valid address", shown) from None
    scheme = parts.scheme.lower()
    if scheme not in _DEFAULT_PORTS:
        raise _Refused("only http and https URLs can be opened", shown)
    if "@" in parts.netloc:
        hidden = _show(f"{scheme}://…@{parts.netloc.rsplit('@', 1)[1]}{parts.path}")
        raise _Refused("URLs with a user name or password are not opened", hidden)
    if not parts.hostname:
        raise _Refused("not a valid address (it has no host name)", shown)
    try:
        port = parts.port
    except ValueError:  # not a number, or out of range
        port = 0
    if port == 0:
        raise _Refused("not a valid address (invalid port)", shown)
    host = _host(parts.hostname, shown)
    netloc = host if port in (None, _DEFAULT_PORTS[scheme]) else f"{host}:{port}"
    try:
        path = quote(parts.path or "/", safe=_PATH_SAFE)
        query = quote(parts.query, safe=_QUERY_SAFE)
    except UnicodeError:  # a lone surrogate: bytes that were not UTF-8 (a command line, a stored path)
        raise _Refused("not a valid address (it holds bytes that are not UTF-8)", shown) from None
    return f"{scheme}://{netloc}{path}" + (f"?{query}" if query else "")


def check_url(url: str) -> str:
    """``url`` normalised (see the module's decisions), or ReaderError when the reader will not fetch it: not
    http(s), credentials in it, no host, an invalid port, control characters, longer than 8 KiB."""
    try:
        return _normalise(url)
    except _Refused as refused:
        raise ReaderError(f"{refused.reason}: {refused.shown}") from None


# -- fetching -------------------------------------------------------------------------------------------------


class _Inflater:
    """The body's Content-Encoding undone chunk by chunk, never more than ``room`` + 1 bytes out of one chunk."""

    def __init__(self, encoding: str, shown: str) -> None:
        codings = [part.strip().lower() for part in encoding.split(",") if part.strip().lower() not in ("", "identity")]
        if len(codings) > 1 or (codings and codings[0] not in ("gzip", "x-gzip", "deflate")):
            raise ReaderError(f"cannot open {shown}: the server compressed it as {sanitize(encoding)[:60]}")
        self.coding = codings[0] if codings else ""
        self.shown = shown
        self._pending = b""
        self._inflater: zlib._Decompress | None = None

    def _start(self, data: bytes) -> None:
        if self.coding == "deflate":  # zlib-wrapped as the standard says, or raw deflate as some servers send
            wrapped = len(data) >= 2 and data[0] & 0x0F == 8 and ((data[0] << 8) | data[1]) % 31 == 0
            self._inflater = zlib.decompressobj(zlib.MAX_WBITS if wrapped else -zlib.MAX_WBITS)
        else:
            self._inflater = zlib.decompressobj(16 + zlib.MAX_WBITS)

    def feed(self, data: bytes, room: int) -> bytes:
        if not self.coding:
            return data
        if self._inflater is None:
            self._pending += data
            if len(self._pending) < 2:
                return b""
            data, self._pending = self._pending, b""
            self._start(data)
        assert self._inflater is not None
        try:
            out = self._inflater.decompress(data, room + 1)
            # A gzip body may be several members one after the other; anything else after the end is ignored.
            while self.coding != "deflate" and self._inflater.eof and len(out) <= room:
                rest = self._inflater.unused_data
                if not rest.startswith(b"\x1f\x8b"):
                    break
                self._start(rest)
                out += self._inflater.decompress(rest, room + 1 - len(out))
        except zlib.error:
            raise ReaderError(
                f"cannot open {self.shown}: the server sent a broken compressed ({self.coding}) body"
            ) from None
        return out

    def flush(self) -> bytes:
        """What is left at the end of the body (bounded: :meth:`feed` consumed all its input, or refused)."""
        if self._inflater is None:  # not compressed, or a compressed body of one byte: nothing in it
            return b""
        return self._inflater.flush()


def _media_type(header: str) -> tuple[str, str]:
    """(media type in lower case, charset) of a Content-Type header."""
    media, _, params = header.partition(";")
    charset = ""
    for param in params.split(";"):
        name, _, value = param.partition("=")
        if name.strip().lower() == "charset":
            charset = value.strip().strip("\"'")[:40]
    return media.strip().lower(), charset


def _check_type(media: str, url: str, shown: str) -> None:
    if not media or media in ARTICLE_TYPES:
        return
    if media in _OCTET_TYPES and PurePosixPath(urlsplit(url).path).suffix.lower() in READABLE_SUFFIXES:
        return
    hint = " (PDF is not supported)" if media == "application/pdf" else ""
    raise ReaderError(f"{shown} is {sanitize(media)[:80]}{hint}, not an article (HTML, text, Markdown or EPUB)")


def _too_large(shown: str) -> ReaderError:
    return ReaderError(f"{shown} is larger than {_size(MAX_BYTES)}; the reader opens pages up to {_size(MAX_BYTES)}")


def _read_body(response: httpx.Response, shown: str, deadline: float) -> bytes:
    inflater = _Inflater(response.headers.get("content-encoding", ""), shown)
    chunks: list[bytes] = []
    total = raw_total = 0
    for raw in response.iter_raw():
        raw_total += len(raw)
        data = inflater.feed(raw, MAX_BYTES - total)
        total += len(data)
        if total > MAX_BYTES or raw_total > MAX_BYTES:
            raise _too_large(shown)
        chunks.append(data)
        if time.monotonic() > deadline:
            raise ReaderError(f"cannot open {shown}: it took more than {TOTAL_TIMEOUT:g} s to arrive (timeout)")
    tail = inflater.flush()
    if total + len(tail) > MAX_BYTES:
        raise _too_large(shown)
    chunks.append(tail)
    return b"".join(chunks)


def _find_cause(error: BaseException) -> list[BaseException]:
    found: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and len(found) < 10:
        found.append(current)
        current = current.__cause__ or current.__context__
    return found


def describe_failure(error: Exception, url: str) -> str:
    """One line saying why fetching ``url`` failed with ``error`` (an httpx exception, or an OSError). When the
    environment sets a proxy that applies to ``url``, a connection's failure may be the proxy's: the line says the
    fetch went through it (``HTTP_PROXY=garbage`` gave "there is no such host as <the page's host>")."""
    import httpx

    line = _failure(error, url)
    if isinstance(error, (httpx.ConnectError, httpx.TimeoutException, OSError)) and not isinstance(
            error, httpx.ProxyError):
        from reader.sources.http_client import environment_proxy

        proxy, named = environment_proxy(url)
        if proxy:
            reason = _failure(error, proxy).split(": ", 1)[-1]  # (about the proxy's host; its password never shown)
            line = f"cannot open {_show(url)}: the proxy set in {', '.join(named)} failed: {reason}"
    return line


def _failure(error: Exception, url: str) -> str:
    import httpx

    shown = _show(url)
    parts = urlsplit(url)
    place = parts.hostname or "the server"
    if isinstance(error, httpx.ConnectTimeout):
        return f"cannot open {shown}: {place} did not answer within {CONNECT_TIMEOUT:g} s (connect timeout)"
    if isinstance(error, httpx.ReadTimeout):
        return f"cannot open {shown}: the server sent nothing for {READ_TIMEOUT:g} s (read timeout)"
    if isinstance(error, httpx.TimeoutException):
        return f"cannot open {shown}: the connection timed out"
    if isinstance(error, httpx.ProxyError):
        return f"cannot open {shown}: the proxy failed ({sanitize(str(error))[:120]})"
    for cause in _find_cause(error):
        if isinstance(cause, socket.gaierror):
            if cause.errno in (socket.EAI_NONAME, getattr(socket, "EAI_NODATA", socket.EAI_NONAME)):
                return f"cannot open {shown}: there is no such host as {place} (DNS lookup failed)"
            return f"cannot open {shown}: could not look up {place} (no network, or the name server did not answer)"
        if isinstance(cause, ssl.SSLCertVerificationError):
            reason = sanitize(cause.verify_message or str(cause))[:120]
            return f"cannot open {shown}: the TLS certificate of {place} is not valid ({reason})"
        if isinstance(cause, ssl.SSLError):
            reason = sanitize(cause.reason or str(cause))[:120]
            return f"cannot open {shown}: the secure (TLS) connection to {place} failed ({reason})"
        if isinstance(cause, ConnectionRefusedError):
            port = parts.port or _DEFAULT_PORTS.get(parts.scheme, 80)
            return f"cannot open {shown}: connection refused (nothing is listening at {place}, port {port})"
        if isinstance(cause, OSError) and cause.errno in (errno.ENETUNREACH, errno.EHOSTUNREACH, errno.ENETDOWN):
            return f"cannot open {shown}: no network ({place} is unreachable)"
        if isinstance(cause, (ConnectionResetError, BrokenPipeError)):
            return f"cannot open {shown}: the server closed the connection"
    if isinstance(error, httpx.RemoteProtocolError):
        return f"cannot open {shown}: the server sent a broken response ({sanitize(str(error))[:120]})"
    if isinstance(error, httpx.ConnectError):
        return f"cannot open {shown}: could not connect ({sanitize(str(error))[:120]})"
    return f"cannot open {shown}: {sanitize(str(error) or type(error).__name__)[:160]}"


def _hide_location(response: httpx.Response) -> None:
    """A response hook: move ``Location`` aside before httpx sees it. httpx parses a redirect's Location even
    when it does not follow redirects, and raises its own errors for some (``javascript:...``); here every
    redirect target goes through :func:`_redirect_target` instead."""
    locations = response.headers.get_list("location")
    if locations:
        del response.headers["location"]
        response.headers[_LOCATION] = locations[0]


def fetch(url: str) -> Page:
    """The page at the normalised ``url``, after redirects. Raises ReaderError."""
    import httpx

    deadline = time.monotonic() + TOTAL_TIMEOUT
    headers = {"User-Agent": USER_AGENT, "Accept": _ACCEPT, "Accept-Encoding": "gzip, deflate"}
    current = url
    try:
        hooks = {"response": [_hide_location]}
        client = make_client(_show(url), headers=headers, follow_redirects=False, trust_env=True, event_hooks=hooks)
        with client:
            for _hop in range(MAX_REDIRECTS + 1):
                left = deadline - time.monotonic()
                if left <= 0:
                    raise ReaderError(f"cannot open {_show(url)}: no answer within {TOTAL_TIMEOUT:g} s (timeout)")
                connect, read = min(CONNECT_TIMEOUT, left), min(READ_TIMEOUT, left)
                timeout = httpx.Timeout(connect=connect, read=read, write=read, pool=connect)
                with client.stream("GET", current, timeout=timeout) as response:
                    if response.status_code in _REDIRECTS:
                        current = _redirect_target(current, response.headers.get(_LOCATION))
                        continue
                    return _page(current, response, deadline)
    except ReaderError:
        raise
    except (httpx.HTTPError, httpx.InvalidURL, httpx.StreamError, OSError, ValueError) as error:
        raise ReaderError(describe_failure(error, current)) from None
    raise ReaderError(f"cannot open {_show(url)}: too many redirects (more than {MAX_REDIRECTS})")


def _redirect_target(current: str, location: str | None) -> str:
    if not location:
        raise ReaderError(f"cannot open {_show(current)}: the server redirected without saying where to")
    if len(location) > MAX_URL_LENGTH:
        raise ReaderError(f"cannot open {_show(current)}: the server redirected to an address over 8 KiB")
    try:
        return _normalise(urljoin(current, location.strip()))
    except _Refused as refused:
        raise ReaderError(
            f"cannot open {_show(current)}: it redirects to {refused.shown}, which is refused ({refused.reason})"
        ) from None


def _page(url: str, response: httpx.Response, deadline: float) -> Page:
    shown = _show(url)
    status = response.status_code
    if not 200 <= status < 300:
        from http import HTTPStatus

        try:
            known = HTTPStatus(status).phrase
        except ValueError:
            known = ""
        reason = sanitize(response.reason_phrase or known)[:80]
        what = f"{status} {reason}".strip()
        raise ReaderError(f"cannot open {shown}: the server answered {what}")
    media, charset = _media_type(response.headers.get("content-type", ""))
    _check_type(media, url, shown)
    length = response.headers.get("content-length", "")
    if length.strip().isdigit() and int(length) > MAX_BYTES:
        raise _too_large(shown)
    body = _read_body(response, shown, deadline)
    fetched = fetched_now()
    return Page(final_url=url, content_type=media, charset=charset, fetched_at=fetched, body=body)


# -- opening ---------------------------------------------------------------------------------------------------


def _when(page: Page) -> str:
    """When ``page`` was fetched, in local time ("2025-01-31 13:00"), or as stored if unreadable."""
    try:
        return datetime.fromisoformat(page.fetched_at).astimezone().strftime("%Y-%m-%d %H:%M")
    except (ValueError, OverflowError, OSError):
        return sanitize(page.fetched_at)[:40]


def _convert(page: Page) -> Document:
    origin = Origin(name=_show(page.final_url), url=page.final_url, charset=page.charset)
    kind = sources.sniff_kind(page.body, urlsplit(page.final_url).path, page.content_type)
    document = sources.convert(page.body, origin, kind)
    document.path = page.final_url
    return document


def _add_notice(document: Document, notice: str) -> None:
    from dataclasses import replace

    old = document.info.notice
    document.info = replace(document.info, notice=f"{old} {notice}" if old else notice)


def fetched_now() -> str:
    """This moment as a page's ``fetched_at`` is written (UTC, to the second): see ``fresh_since``."""
    return datetime.now(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def _fetched_since(page: Page, since: str | None) -> bool:
    if since is None:
        return False
    try:
        return datetime.fromisoformat(page.fetched_at) >= datetime.fromisoformat(since)
    except (ValueError, TypeError):
        return False


def load_url(url: str, *, refresh: bool = False, fresh_since: str | None = None) -> Document:
    """The page at ``url`` as a Document: from the cache when it holds it (and not ``refresh``), else fetched
    (and then cached). Raises ReaderError with one clear line.

    ``fresh_since`` (a :func:`fetched_now` taken earlier in this run): a cached copy fetched since then was
    fetched by this run (the CLI's forked child, whose Document could not be sent back: an EPUB), so it is
    used as it is, even with ``refresh``, and without the "Opened from the cache" notice: fetching it twice
    would be wrong, and so would saying it is an old copy."""
    address = check_url(url)
    cached = page_cache.read(address, MAX_BYTES)
    if cached is not None:
        try:
            cached = cached._replace(final_url=check_url(cached.final_url))
        except ReaderError:
            cached = None
    fresh = cached is not None and _fetched_since(cached, fresh_since)
    if cached is not None and (fresh or not refresh):
        try:
            document = _convert(cached)
        except ReaderError as error:
            raise ReaderError(f"{error} (the copy in the cache, fetched {_when(cached)}: try --refresh)") from None
        if not fresh:
            _add_notice(
                document,
                f"Opened from the cache: fetched {_when(cached)}, the page may have changed since"
                " (open it with --refresh to fetch it again).",
            )
        return document
    try:
        page = fetch(address)
        document = _convert(page)
    except ReaderError as error:
        if cached is not None:
            raise ReaderError(
                f"{error}; the copy fetched {_when(cached)} is still in the cache (open it without --refresh)"
            ) from None
        raise
    problem = page_cache.write(address, page)
    if problem:
        _add_notice(document, f"This page could not be kept in the cache ({problem}): it will not open offline.")
    return document


__all__ = ["MAX_BYTES", "check_url", "describe_failure", "fetch", "load_url"]
