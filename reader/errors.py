"""The one exception type that the CLI turns into ``reader: <message>`` and exit status 2."""


class ReaderError(Exception):
    """A user-facing problem: the message is one line saying what is wrong (and how to recover, if it can)."""
