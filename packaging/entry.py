"""PyInstaller entry point: the frozen ivc-desk (GUI) and ivc-desk-cli (console) executables start here."""

from app.cli import main

raise SystemExit(main())
