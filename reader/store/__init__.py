"""The annotation store: the only package of reader that imports TinyDB.

One job per module:

* :mod:`reader.store.database` - :class:`Store`: the writes (journal appends, folds) and locking.
* :mod:`reader.store.reading` - the read side of ``Store`` (its base class): the queries, the cached state,
  refreshed by stat signature, the journal replayed incrementally, a large store read through its index.
* :mod:`reader.store.layout`, :mod:`reader.store.lite`, :mod:`reader.store.fold` - the file grouped by
  document with its index, one document's records read from it, the journal folded by a child process.
* :mod:`reader.store.file` - the file layer: atomic replace, symlinks and modes, stale temp files, parsing and
  checking the JSON into records, migrations, moving a broken store aside.
* :mod:`reader.store.journal` - the write-ahead journal (JSON Lines) and its replay.
* :mod:`reader.store.merge` - a change to a stored annotation merged into the record as stored now (never
  recreating one deleted elsewhere).
* :mod:`reader.store.lock` - the write lock: a ``flock`` on the store's directory, which no removed or replaced
  file can break.
* :mod:`reader.store.tables` - the tables in memory and how a journal operation changes them.
* :mod:`reader.store.writer` - :class:`BackgroundWriter`, the one thread that applies writes in order, so
  the UI thread never waits on disk.

Other modules import what they need from here (``from reader.store import Store``).
"""

from reader.store.database import DocumentRecord, Store, StoreError

__all__ = ["DocumentRecord", "Store", "StoreError"]
