"""A local HTTP server for the URL tests: 127.0.0.1 only, port 0, one thread per request, routes set per test.

A route is a function given the request handler; the helpers below build the usual ones (a page, a redirect, a
slow server...). Handlers that wait do so on :attr:`LocalServer.stopping`, so closing the server ends them at
once and no test waits for a sleeping thread.
"""

from __future__ import annotations

import socket
import threading
from collections import Counter
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

Route = Callable[["_Handler"], None]


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    owner: LocalServer


class _Handler(BaseHTTPRequestHandler):
    server: _Server

    def do_GET(self) -> None:  # noqa: N802 - the name http.server calls
        owner = self.server.owner
        path = self.path.split("?", 1)[0]
        owner.hits[path] += 1
        owner.headers_seen.append(dict(self.headers.items()))
        route = owner.routes.get(path)
        if route is None:
            self.send_error(404, "Not Found")
            return
        try:
            route(self)
        except (BrokenPipeError, ConnectionResetError):  # the client gave up (a timeout, a size limit)
            pass

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - http.server's signature
        pass


class LocalServer:
    """An HTTP server on 127.0.0.1 in a thread. ``routes`` maps a path to a :data:`Route`; ``hits`` counts the
    requests per path; ``headers_seen`` keeps every request's headers."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: Counter[str] = Counter()
        self.headers_seen: list[dict[str, str]] = []
        self.stopping = threading.Event()
        self._server = _Server(("127.0.0.1", 0), _Handler)
        self._server.owner = self
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05})
        self._thread.daemon = True
        self._thread.start()
        self.closed = False

    def url(self, path: str) -> str:
        return f"http://127.0.0.1:{self.port}{path}"

    def close(self) -> None:
        """Stop serving and close the listening socket (later connections are refused)."""
        if self.closed:
            return
        self.closed = True
        self.stopping.set()
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)


@contextmanager
def local_server() -> Iterator[LocalServer]:
    server = LocalServer()
    try:
        yield server
    finally:
        server.close()


def closed_port() -> int:
    """A port on 127.0.0.1 that nothing listens on (bound, then released)."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
    return port


# -- routes -------------------------------------------------------------------------------------------------------


def page(body: bytes, content_type: str | None = "text/plain; charset=utf-8", *, status: int = 200,
         headers: dict[str, str] | None = None, length: bool = True) -> Route:
    """A response with ``body``; ``content_type`` None sends no Content-Type; ``length`` False no Content-Length
    (the body then ends when the connection closes)."""

    def route(handler: _Handler) -> None:
        handler.send_response(status)
        if content_type is not None:
            handler.send_header("Content-Type", content_type)
        if length:
            handler.send_header("Content-Length", str(len(body)))
        for name, value in (headers or {}).items():
            handler.send_header(name, value)
        handler.end_headers()
        handler.wfile.write(body)

    return route


def redirect(location: str, status: int = 302) -> Route:
    def route(handler: _Handler) -> None:
        handler.send_response(status)
        handler.send_header("Location", location)
        handler.send_header("Content-Length", "0")
        handler.end_headers()

    return route


def silent(seconds: float = 10.0) -> Route:
    """Accept the request and answer nothing (until the server closes or ``seconds`` pass)."""

    def route(handler: _Handler) -> None:
        handler.server.owner.stopping.wait(seconds)

    return route


def drip(interval: float = 0.05) -> Route:
    """Headers at once, then one byte every ``interval`` seconds, for ever (until the client or server stops)."""

    def route(handler: _Handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", "text/plain")
        handler.end_headers()
        handler.wfile.write(b"Title\n\n")
        handler.wfile.flush()
        while not handler.server.owner.stopping.wait(interval):
            handler.wfile.write(b"a")
            handler.wfile.flush()

    return route


def claims_length(claimed: int, body: bytes, *, then_wait: bool = False, content_type: str = "text/plain") -> Route:
    """A Content-Length of ``claimed`` with ``body`` (shorter), then the connection closes (or stays silent)."""

    def route(handler: _Handler) -> None:
        handler.send_response(200)
        handler.send_header("Content-Type", content_type)
        handler.send_header("Content-Length", str(claimed))
        handler.end_headers()
        handler.wfile.write(body)
        handler.wfile.flush()
        if then_wait:
            handler.server.owner.stopping.wait(10)

    return route
