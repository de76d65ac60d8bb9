"""The httpx client for a fetch, with the proxy the environment names checked as it is made.

Why: httpx reads ``ALL_PROXY``, ``HTTPS_PROXY`` and ``HTTP_PROXY`` (any case) when the client is made, and fails
there on one it cannot use: a ``socks5://`` proxy (an ssh tunnel's usual setting) without the optional socksio
package raised ``ImportError``, which reached the terminal as a traceback; an unknown scheme or a bad port raised
``ValueError``/``InvalidURL``, reported as if the page's own address were wrong. Each is now one line that says
it is the proxy, names the variables set, and never shows the proxy's password (a hostile review's finding).
"""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from reader.errors import ReaderError
from reader.sanitize import sanitize

if TYPE_CHECKING:
    import httpx

PROXY_VARIABLES = ("ALL_PROXY", "HTTPS_PROXY", "HTTP_PROXY")


def proxy_variables_set() -> list[str]:
    """The proxy variables set (not empty) in the environment, as spelled there."""
    return [name for name, value in os.environ.items() if name.upper() in PROXY_VARIABLES and value.strip()]


def environment_proxy(url: str) -> tuple[str, list[str]]:
    """The proxy the environment sets for ``url`` (with its scheme) and the variables set, or ("", []) when
    none applies (none set, or ``url``'s host is in NO_PROXY)."""
    from urllib.parse import urlsplit
    from urllib.request import getproxies_environment, proxy_bypass

    parts = urlsplit(url)
    proxies = getproxies_environment()
    proxy = proxies.get(parts.scheme) or proxies.get("all") or ""
    named = proxy_variables_set()
    if not proxy or not named or proxy_bypass(parts.hostname or ""):
        return "", []
    return (proxy if "://" in proxy else "http://" + proxy), named


def make_client(shown_url: str, **options: Any) -> httpx.Client:
    """``httpx.Client(**options)``, or a ReaderError naming the environment's proxy when httpx refuses it."""
    import httpx

    try:
        return httpx.Client(**options)
    except ImportError:
        reason = "a SOCKS proxy needs the socksio package, not installed here"
    except (ValueError, httpx.InvalidURL) as error:  # an unknown scheme, a bad port or host
        reason = sanitize(str(error))[:120]
    named = ", ".join(proxy_variables_set()) or "the environment"
    raise ReaderError(f"cannot open {shown_url}: the proxy set in {named} cannot be used ({reason})") from None
