#!/usr/bin/env python
"""Django's command-line utility (the same as the `phongtrao` command)."""
import sys

from phongtrao.cli import main

if __name__ == "__main__":
    sys.exit(main())
