#!/usr/bin/env bash
# Build the self-contained Linux bundle with PyInstaller (onedir) and smoke-test it.
#
#   bash packaging/build-linux.sh               build dist/grenzen/, test it, pack the tarball
#   bash packaging/build-linux.sh --skip-build  only smoke-test an existing dist/grenzen/
#   bash packaging/build-linux.sh --clean       remove earlier build output first
#
# Uses the project's .venv (scripts/setup.sh creates it) and installs PyInstaller there
# if it is missing. Output: dist/grenzen/grenzen and dist/grenzen-VERSION-linux-x86_64.tar.gz.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

PY="$ROOT/.venv/bin/python"
PYINSTALLER_REQ="pyinstaller>=6.10,<7"
SPEC=packaging/pyinstaller/grenzen.spec
WORK=build/pyinstaller
BUNDLE=dist/grenzen
EXE="$ROOT/$BUNDLE/grenzen"

say() { printf 'build-linux: %s\n' "$*" >&2; }
die() {
    say "$*"
    exit 1
}

usage() { # usage EXIT_CODE
    echo "usage: bash packaging/build-linux.sh [--skip-build] [--clean]" >&2
    exit "$1"
}

build=1
clean=0
for arg in "$@"; do
    case "$arg" in
        --skip-build) build=0 ;;
        --clean) clean=1 ;;
        -h | --help) usage 0 ;;
        *) usage 2 ;;
    esac
done

[[ -x "$PY" ]] || die "no .venv: run 'bash scripts/setup.sh test' first"

now_ms() { date +%s%3N; }
seconds_since() { # seconds_since START_MS -> "12.34"
    local ms=$(($(now_ms) - $1))
    printf '%d.%02d' $((ms / 1000)) $((ms % 1000 / 10))
}

# --- build -----------------------------------------------------------------------------
if ((clean)); then
    say "removing $WORK, $BUNDLE and old tarballs"
    rm -rf "$WORK" "$BUNDLE" dist/grenzen-*-linux-x86_64.tar.gz
fi

if ((build)); then
    if ! "$PY" -m PyInstaller --version >/dev/null 2>&1; then
        say "installing $PYINSTALLER_REQ into .venv"
        "$PY" -m pip install --quiet "$PYINSTALLER_REQ"
    fi
    command -v objdump >/dev/null || die "PyInstaller needs objdump: apt-get install binutils"
    mkdir -p "$WORK"
    say "PyInstaller $("$PY" -m PyInstaller --version), log in $WORK/pyinstaller.log"
    start=$(now_ms)
    # The cache of stripped binaries stays in the build folder, not in ~/.cache.
    # -P: no checkout folder on sys.path, so package metadata comes from the .venv only.
    if ! PYINSTALLER_CONFIG_DIR="$ROOT/$WORK/cache" "$PY" -P -m PyInstaller --noconfirm \
        --workpath "$WORK" --distpath dist "$SPEC" >"$WORK/pyinstaller.log" 2>&1; then
        tail -n 40 "$WORK/pyinstaller.log" >&2
        die "PyInstaller failed"
    fi
    echo "build time: $(seconds_since "$start") s"
    # Modules PyInstaller could not find: most are optional (other platforms, other
    # databases); the list is here to be read when something is missing in the bundle.
    echo "PyInstaller warnings: $WORK/grenzen/warn-grenzen.txt"
fi

[[ -x "$EXE" ]] || die "no bundle at $BUNDLE: build it first (without --skip-build)"

# --- smoke test ------------------------------------------------------------------------
# Every run gets an empty HOME and XDG folders, so nothing of the user's is read or written.
tmp="$(mktemp -d "${TMPDIR:-/tmp}/grenzen-bundle.XXXXXXXX")"
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/home" "$tmp/run"
chmod 700 "$tmp/run"
vault="$tmp/vault"

# run NAME ARGS...: the bundle in a clean environment; stdout to $tmp/NAME.out,
# stderr to $tmp/NAME.err; fails the script (showing stderr) if it exits non-zero.
run() {
    local name="$1"
    shift
    if ! env -i PATH=/usr/bin:/bin LANG=C.UTF-8 HOME="$tmp/home" \
        XDG_CONFIG_HOME="$tmp/home/.config" XDG_DATA_HOME="$tmp/home/.local/share" \
        XDG_CACHE_HOME="$tmp/home/.cache" XDG_STATE_HOME="$tmp/home/.local/state" \
        XDG_RUNTIME_DIR="$tmp/run" GRENZEN_PASSPHRASE="Sonnenblume Gießkanne 42" \
        GRENZEN_TEST_FAST_KDF=1 QT_QPA_PLATFORM=offscreen "${SMOKE_ENV[@]}" \
        "$EXE" "$@" >"$tmp/$name.out" 2>"$tmp/$name.err"; then
        cat "$tmp/$name.err" >&2
        die "smoke test '$name' failed: grenzen $*"
    fi
}
SMOKE_ENV=()

expect() { # expect NAME TEXT: the output of NAME contains TEXT
    grep -qF -- "$2" "$tmp/$1.out" || {
        cat "$tmp/$1.out" >&2
        die "smoke test '$1': output lacks '$2'"
    }
}

version="$("$PY" -P -c 'import grenzen; print(grenzen.version())')"
start=$(now_ms)
run version --version
version_time="$(seconds_since "$start")"
expect version "grenzen $version"
echo "smoke: --version ok ($version, ${version_time} s)"

run init --vault "$vault" init --json
expect init '"recovery_code"'
run log --vault "$vault" log --client "Müller GmbH" --json \
    --text "Änderungswünsche über Nacht, schon wieder größer"
run list --vault "$vault" list --json
expect list "Änderungswünsche über Nacht, schon wieder größer"
expect list '"client": "Müller GmbH"'
echo "smoke: init, log and list ok (migrations, SQLCipher, Argon2)"

# Notice 3 months to the month's end, in Hamburg: 31.10.2028 is Reformationstag there.
cat >"$tmp/contract.json" <<'EOF'
{"type": "service", "state": "HH", "start": "2025-02-01", "fee_unit": "month",
 "notice": {"amount": 3, "unit": "months", "to": "month_end"}}
EOF
run exits --vault "$vault" exits --contract "$tmp/contract.json" --today 2028-10-02 \
    --json --lang de
expect exits '"ends_on": "2029-01-31"'
expect exits '"practical_deadline": "2028-10-30"'
run exits-text --vault "$vault" exits --contract "$tmp/contract.json" \
    --today 2028-10-02 --lang de
expect exits-text "30.10.2028"
run contract --vault "$vault" contract set --client "Müller GmbH" --json "$tmp/contract.json"
run deadlines --vault "$vault" deadlines --json --today 2028-10-02 --ics "$tmp/deadlines.ics"
expect deadlines '"client": "Müller GmbH"'
grep -q "BEGIN:VEVENT" "$tmp/deadlines.ics" || die "smoke test 'deadlines': no calendar events"
echo "smoke: exits (holidays), contract and deadlines with .ics ok"

# Dossiers: Markdown through markdown (sane_lists) and nh3 to HTML; the PDF through QtGui.
run dossier-html --vault "$vault" dossier --client "Müller GmbH" --out "$tmp/dossier.html"
grep -qF "Änderungswünsche" "$tmp/dossier.html" || die "smoke test 'dossier-html': text missing"
run dossier-pdf --vault "$vault" dossier --client "Müller GmbH" --out "$tmp/dossier.pdf"
[[ "$(head -c 5 "$tmp/dossier.pdf")" == "%PDF-" ]] || die "smoke test 'dossier-pdf': no PDF"
echo "smoke: dossier as HTML and PDF ok"

# The GUI, offscreen: it shows the first window and quits by itself after 1.5 s.
SMOKE_ENV=(GRENZEN_QUIT_AFTER_MS=1500 GRENZEN_VAULT="$tmp/gui-vault")
run gui
# The offscreen platform cannot raise windows; anything else on stderr is a problem.
if grep -v -e 'This plugin does not support raise()' \
    -e 'This plugin does not support propagateSizeHints()' "$tmp/gui.err" | grep -q .; then
    cat "$tmp/gui.err" >&2
    die "smoke test 'gui': unexpected output on stderr"
fi
# Start time: quitting as soon as the event loop runs, i.e. with the first window shown.
SMOKE_ENV=(GRENZEN_QUIT_AFTER_MS=1 GRENZEN_VAULT="$tmp/gui-vault")
start=$(now_ms)
run gui-start
gui_time="$(seconds_since "$start")"
SMOKE_ENV=()
echo "smoke: offscreen GUI ok (start to the first window: ${gui_time} s)"

# What is loaded from files at run time rather than imported: check it is there.
internal="$BUNDLE/_internal"
for path in grenzen/resources/icons/grenzen.svg grenzen/resources/translations/grenzen_de.qm \
    grenzen/storage/migrations/env.py grenzen/storage/migrations/script.py.mako \
    PySide6/Qt/plugins/platforms/libqxcb.so PySide6/Qt/plugins/platforms/libqwayland.so \
    PySide6/Qt/plugins/iconengines/libqsvgicon.so PySide6/Qt/translations/qtbase_de.qm; do
    [[ -e "$internal/$path" ]] || die "the bundle lacks $path"
done
# The keyring finds its backends through entry points and imports them by name.
"$ROOT/.venv/bin/pyi-archive_viewer" --list --recursive "$EXE" >"$tmp/archive.txt"
for module in keyring.backends.SecretService secretstorage jeepney; do
    grep -qw "$module" "$tmp/archive.txt" || die "the bundle lacks the module $module"
done
compgen -G "$internal/keyring-*.dist-info/entry_points.txt" >/dev/null ||
    die "the bundle lacks keyring's entry points"
echo "smoke: resources, migrations, Qt plugins and keyring backends present"

echo "bundle size: $(du -sh "$BUNDLE" | cut -f1)"

# --- tarball ---------------------------------------------------------------------------
if ((build)); then
    # grenzen-VERSION-linux-x86_64/{grenzen/, linux/install.sh + menu entry + icons}: after
    # unpacking, `linux/install.sh` installs the bundle beside it for the user.
    top="grenzen-$version-linux-x86_64"
    tarball="dist/$top.tar.gz"
    tar -czf "$tarball" --transform "s,^,$top/," --exclude linux/render-icons.py \
        -C "$PWD/dist" grenzen -C "$PWD/packaging" linux
    echo "tarball: $tarball ($(du -h "$tarball" | cut -f1))"
fi
echo "build-linux: all smoke tests passed"
