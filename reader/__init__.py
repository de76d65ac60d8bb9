"""reader: a keyboard-first terminal reader for articles, with highlights, notes and export."""

__version__ = "0.1.0"
