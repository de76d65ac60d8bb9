"""`python -m reader` runs the same CLI as the `reader` command."""

from reader.cli import main

raise SystemExit(main())
