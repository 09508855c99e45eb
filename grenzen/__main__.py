"""Allow ``python -m grenzen``."""

import sys

from grenzen.cli.main import main

sys.exit(main())
