"""The cache of fetched web pages: a URL opened once opens again offline, with the same text (so the same
highlights), until the user asks for ``--refresh``.

Decisions:
* Where: ``platformdirs.user_cache_dir("reader")/pages`` (``~/.cache/reader/pages`` on Linux). The environment
  variable ``READER_CACHE_DIR`` replaces the cache root (the pages are in its ``pages`` folder): tests point it
  at a tmp folder and must never write the real user cache.
* One entry per normalised URL (as :func:`reader.sources.url.check_url` gives it: the address the user asked
  for, before redirects), named by the SHA-256 of that URL: ``<hex>.body`` holds the page's bytes as received
  (after HTTP decompression), ``<hex>.json`` a small sidecar: the URL, the final URL after redirects, the content
  type and charset, when it was fetched (UTC, ISO 8601), the body's size and SHA-256.
* Files are written atomically (a temporary file in the same folder, then ``os.replace``), mode 0600, in a folder
  of mode 0700: a person's reading list is private. The body is replaced before the sidecar; a reader that finds
  a sidecar whose size or digest does not match its body (a crash between the two, a truncated or edited file)
  ignores the entry, and the page is fetched again. Nothing read from the cache is trusted more than a page:
  reads are bounded (the sidecar to 64 KiB, the body to the same limit as a download), every field is checked,
  and any fault is "no entry", never a traceback.
* Nothing is ever deleted automatically: the folder is the user's cache, which they (or the system) may clear.
  A page that could not be written (read-only disk, full disk) still opens; the caller says it will not open
  offline.

Pure standard library, except platformdirs (imported only when no ``READER_CACHE_DIR`` is set).
"""

from __future__ import annotations

import errno
import hashlib
import json
import os
import stat
import tempfile
from pathlib import Path
from typing import NamedTuple

from reader.bounded_read import read_regular_file

CACHE_ENV = "READER_CACHE_DIR"
FORMAT_VERSION = 1
_SIDECAR_LIMIT = 64 * 1024


class Page(NamedTuple):
    """A fetched page: what the cache keeps and what the converters are given."""

    final_url: str
    """The address the body came from, after redirects (normalised)."""
    content_type: str
    """The media type without parameters ("text/html"), lower case; "" when the server sent none."""
    charset: str
    """The charset parameter of the Content-Type header ("" when none)."""
    fetched_at: str
    """When it was fetched: UTC, ISO 8601 ("2025-01-31T12:00:00Z")."""
    body: bytes


def cache_root() -> Path:
    """The reader's cache folder: ``$READER_CACHE_DIR``, else the platform's user cache folder for "reader"."""
    override = os.environ.get(CACHE_ENV, "")
    if override:
        return Path(override)
    import platformdirs

    return Path(platformdirs.user_cache_dir("reader"))


def pages_dir() -> Path:
    return cache_root() / "pages"


def _key(url: str) -> str:
    return hashlib.sha256(url.encode("utf-8", "surrogatepass")).hexdigest()


def entry_paths(url: str) -> tuple[Path, Path]:
    """The (body, sidecar) files of ``url``'s entry."""
    folder, key = pages_dir(), _key(url)
    return folder / f"{key}.body", folder / f"{key}.json"


def read(url: str, limit: int) -> Page | None:
    """The cached page of the normalised ``url``, or None when there is none or it is unusable (missing, corrupt,
    truncated, over ``limit`` bytes, written by another version)."""
    body_path, meta_path = entry_paths(url)
    try:
        _own_folder(body_path.parent)
        meta = json.loads(read_regular_file(meta_path, _SIDECAR_LIMIT, follow=False))
    except (OSError, ValueError, RecursionError):  # missing, unreadable, too large, not JSON (or UTF-8)
        return None
    if not isinstance(meta, dict) or meta.get("version") != FORMAT_VERSION or meta.get("url") != url:
        return None
    fields = {name: meta.get(name) for name in ("final_url", "content_type", "charset", "fetched_at", "sha256")}
    size = meta.get("size")
    if not all(isinstance(value, str) for value in fields.values()) or not isinstance(size, int):
        return None
    if size > limit or size < 0:
        return None
    try:
        body = read_regular_file(body_path, limit, follow=False)
    except OSError:
        return None
    if len(body) != size or hashlib.sha256(body).hexdigest() != fields["sha256"]:
        return None
    return Page(
        final_url=str(fields["final_url"]),
        content_type=str(fields["content_type"]),
        charset=str(fields["charset"]),
        fetched_at=str(fields["fetched_at"]),
        body=body,
    )


def _own_folder(folder: Path) -> os.stat_result:
    """The pages folder's status, or PermissionError when it is a symbolic link, not a folder, or someone
    else's: the cache then is not used (never read from, written into, nor ``chmod``-ed through a link that
    leads elsewhere)."""
    status = os.lstat(folder)
    owner = os.getuid() if hasattr(os, "getuid") else status.st_uid
    if not stat.S_ISDIR(status.st_mode) or status.st_uid != owner:
        raise PermissionError(errno.EPERM, "the cache folder is a link, not a folder, or not yours")
    return status


def _private_folder(folder: Path) -> None:
    """Create ``folder`` (and a missing cache root) with mode 0700; narrow an existing pages folder to 0700."""
    root = folder.parent
    if not root.exists():
        root.mkdir(mode=0o700, parents=True, exist_ok=True)
    folder.mkdir(mode=0o700, exist_ok=True)
    mode = _own_folder(folder).st_mode & 0o777
    if mode & 0o077:
        os.chmod(folder, 0o700)


def write_atomically(path: Path, data: bytes) -> None:
    """``data`` into ``path`` via a temporary file in the same folder (mkstemp creates it with mode 0600)."""
    fd, temporary = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=path.suffix)
    try:
        with os.fdopen(fd, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        try:
            os.unlink(temporary)
        except OSError:
            pass
        raise


def write(url: str, page: Page) -> str:
    """Keep ``page`` as the entry of the normalised ``url``, replacing any older one. Returns "" when written,
    else why not (a short phrase: "permission denied", "no space left on device"): a cache that cannot be
    written must not stop a page from opening."""
    body_path, meta_path = entry_paths(url)
    meta = {
        "version": FORMAT_VERSION,
        "url": url,
        "final_url": page.final_url,
        "content_type": page.content_type,
        "charset": page.charset,
        "fetched_at": page.fetched_at,
        "size": len(page.body),
        "sha256": hashlib.sha256(page.body).hexdigest(),
    }
    try:
        _private_folder(body_path.parent)
        write_atomically(body_path, page.body)
        write_atomically(meta_path, json.dumps(meta, ensure_ascii=True, indent=1).encode("ascii"))
    except OSError as error:
        return (error.strerror or str(error)).lower()
    return ""


__all__ = ["CACHE_ENV", "Page", "cache_root", "entry_paths", "pages_dir", "read", "write"]
