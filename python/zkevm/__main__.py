"""``python -m zkevm`` runs the command-line interface."""

from zkevm.cli import main

raise SystemExit(main())
