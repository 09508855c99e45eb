#!/usr/bin/env bash
# Screenshots of every screen (German/English, light/dark) under Xvfb into docs/screens/.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
command -v xvfb-run >/dev/null || { echo "needs Xvfb: sudo apt-get install -y xvfb" >&2; exit 1; }
QT_QPA_PLATFORM=xcb xvfb-run -a -s "-screen 0 1600x1000x24" \
    .venv/bin/python tests/screens/take_screenshots.py "$@"
