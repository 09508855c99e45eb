"""Entry point of the frozen bundle: the same ``grenzen`` command as the installed package."""

import sys

from grenzen.launcher import main

if __name__ == "__main__":
    sys.exit(main())
