"""Allow ``python -m grenzen`` (the app without arguments, the command line with them)."""

import sys

from grenzen.launcher import main

sys.exit(main())
