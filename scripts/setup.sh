#!/usr/bin/env bash
# Set up Grenzen on a fresh Debian machine, then start the app or run every check.
#
#   bash scripts/setup.sh app            set up and start the app
#   bash scripts/setup.sh test [ARGS]    set up and run ruff, import-linter and pytest;
#                                        ARGS go to pytest (e.g. -k keyring -x)
#
# With GRENZEN_PACKAGING=1 the test mode also installs the packaging tools (build,
# PyInstaller, the .desktop and AppStream validators) and runs the packaging tests, which
# build the wheel and the Linux bundle (minutes): `GRENZEN_PACKAGING=1 bash scripts/setup.sh
# test -m packaging` is the second step of .ci/run.
#
# Re-runs are fast: system packages are only checked, and the Python packages are
# installed again only when pyproject.toml changed.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

PYTHON="${PYTHON:-python3}"
VENV=.venv

# Debian packages Qt needs to run (also offscreen, as in the tests).
QT_PACKAGES=(libegl1 libgl1 libxkbcommon0 libfontconfig1 libfreetype6 libglib2.0-0 libdbus-1-3)
# On a desktop (X11 or XWayland) Qt's xcb platform plugin needs these as well.
XCB_PACKAGES=(libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0 libxcb-randr0
    libxcb-render-util0 libxcb-shape0 libxcb-xkb1 libxkbcommon-x11-0 libx11-xcb1)
# The tests also need a real Secret Service (keyring tests) and pdftotext (PDF checks).
TEST_PACKAGES=(dbus gnome-keyring poppler-utils)
# Packaging tests: PyInstaller reads libraries with objdump (binutils); the validators of
# the .desktop file and the AppStream metainfo; flatpak-builder reads the Flatpak draft.
PACKAGING_PACKAGES=(binutils desktop-file-utils appstream flatpak-builder)

say() { printf 'setup: %s\n' "$*" >&2; }
die() {
    say "$*"
    exit 1
}

usage() { # usage EXIT_CODE
    cat >&2 <<'EOF'
usage: bash scripts/setup.sh app            set up and start Grenzen
       bash scripts/setup.sh test [ARGS]    set up and run all checks (ARGS go to pytest)
EOF
    exit "$1"
}

is_installed() {
    local status
    status="$(dpkg-query -W -f='${Status}' "$1" 2>/dev/null || true)"
    [[ "$status" == *"install ok installed"* ]]
}

ensure_system_packages() {
    local missing=() pkg
    if ! command -v dpkg-query >/dev/null 2>&1; then
        say "not a Debian-like system: cannot check system packages; make sure these are"
        say "installed: $*"
        return 0
    fi
    for pkg in "$@"; do
        is_installed "$pkg" || missing+=("$pkg")
    done
    ((${#missing[@]} == 0)) && return 0

    if [[ "$(id -u)" == 0 ]] && command -v apt-get >/dev/null 2>&1; then
        say "installing system packages: ${missing[*]}"
        local log
        log="$(mktemp)"
        if ! {
            apt-get update -qq &&
                DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
                    "${missing[@]}"
        } >"$log" 2>&1; then
            cat "$log" >&2
            rm -f "$log"
            die "could not install: ${missing[*]}"
        fi
        rm -f "$log"
    else
        say "some system packages are missing. Install them with:"
        printf '\n    sudo apt-get install -y %s\n\n' "${missing[*]}" >&2
        say "then run this script again."
        exit 1
    fi
}

# Debian's own Python needs python3-venv for `python3 -m venv`; bring both if absent.
python_packages() {
    [[ -x "$VENV/bin/python" ]] && return 0
    if ! command -v "$PYTHON" >/dev/null 2>&1; then
        [[ "$PYTHON" == python3 ]] && echo python3 python3-venv
    elif ! "$PYTHON" -c 'import ensurepip, venv' >/dev/null 2>&1; then
        echo python3-venv
    fi
    return 0
}

python_ok() { # is "$1" a Python >= 3.11?
    "$1" -c 'import sys; sys.exit(sys.version_info < (3, 11))' >/dev/null 2>&1
}

ensure_venv() {
    if [[ -x "$VENV/bin/python" ]] && python_ok "$VENV/bin/python" &&
        "$VENV/bin/python" -m pip --version >/dev/null 2>&1; then
        return 0
    fi
    command -v "$PYTHON" >/dev/null 2>&1 ||
        die "$PYTHON not found. Grenzen needs Python 3.11 or newer (sudo apt-get install -y python3 python3-venv)."
    python_ok "$PYTHON" ||
        die "Grenzen needs Python 3.11 or newer, but $PYTHON is $("$PYTHON" -c 'import platform; print(platform.python_version())' 2>/dev/null || echo unknown). Set PYTHON=/path/to/python3.11 and try again."
    if [[ -e "$VENV" ]]; then
        say "$VENV is broken or too old: recreating it"
        rm -rf "$VENV"
        "$PYTHON" -m venv "$VENV" ||
            die "could not create $VENV. On Debian: sudo apt-get install -y python3-venv"
    else
        say "creating $VENV"
        if ! "$PYTHON" -m venv "$VENV"; then
            rm -rf "$VENV"
            die "could not create $VENV. On Debian: sudo apt-get install -y python3-venv"
        fi
    fi
}

packaging_wanted() { [[ "${GRENZEN_PACKAGING:-}" == 1 ]]; }

ensure_python_packages() {
    local extras=dev hash stamp
    packaging_wanted && extras=dev,packaging
    hash="$(sha256sum pyproject.toml | cut -d' ' -f1)"
    stamp="$VENV/.installed-$hash-$extras"
    [[ -e "$stamp" ]] && return 0
    # A venv that has the packaging tools has everything the everyday checks need, too.
    [[ "$extras" == dev && -e "$VENV/.installed-$hash-dev,packaging" ]] && return 0
    say "installing Python packages into $VENV (this takes a few minutes the first time)"
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check --upgrade pip
    "$VENV/bin/python" -m pip install -q --disable-pip-version-check -e ".[$extras]"
    find "$VENV" -maxdepth 1 -name '.installed-*' ! -name ".installed-$hash-*" -delete
    touch "$stamp"
}

run_app() {
    # `grenzen` without arguments opens the desktop app; with arguments it is the CLI.
    if [[ $# -eq 0 && -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" &&
        "${QT_QPA_PLATFORM:-}" != offscreen ]]; then
        say "no screen found (DISPLAY and WAYLAND_DISPLAY are empty): start Grenzen from a"
        say "desktop session, or try the command line: .venv/bin/grenzen --help"
        exit 1
    fi
    exec "$VENV/bin/grenzen" "$@"
}

run_pytest_with_secret_service() {
    # A throwaway HOME and XDG_RUNTIME_DIR, so the keyring daemon starts with a new,
    # empty login keyring and never sees the real user's. Paths to the venv stay
    # relative to the repository, so the changed HOME does not affect it.
    local tmp rc=0
    tmp="$(mktemp -d "${TMPDIR:-/tmp}/grenzen-keyring.XXXXXXXX")"
    # shellcheck disable=SC2064  # expand $tmp now
    trap "rm -rf '$tmp'" EXIT
    mkdir -m 0700 "$tmp/home" "$tmp/run"

    local password
    password="$("$VENV/bin/python" -c 'import secrets; print(secrets.token_urlsafe(24))')"

    # gnome-keyring-daemon leaves the session together with dbus-run-session's bus.
    # shellcheck disable=SC2016  # the inner shell expands these
    HOME="$tmp/home" XDG_RUNTIME_DIR="$tmp/run" GRENZEN_KEYRING_PW="$password" \
        GRENZEN_SECRET_SERVICE=1 \
        dbus-run-session -- sh -c '
            printf %s "$GRENZEN_KEYRING_PW" |
                gnome-keyring-daemon --unlock --components=secrets >/dev/null ||
                { echo "setup: gnome-keyring-daemon did not start" >&2; exit 1; }
            unset GRENZEN_KEYRING_PW
            exec "$0" -m pytest "$@"
        ' "$VENV/bin/python" "$@" || rc=$?

    case "$rc" in
        0) ;;
        5) die "pytest collected no tests: that counts as a failure" ;;
        *) die "pytest failed (exit code $rc)" ;;
    esac
}

run_tests() {
    say "ruff check"
    "$VENV/bin/ruff" check .
    say "ruff format --check"
    "$VENV/bin/ruff" format --check .
    say "import-linter"
    "$VENV/bin/lint-imports"
    say "pytest (with a private Secret Service)"
    run_pytest_with_secret_service "$@"
}

main() {
    (($# >= 1)) || usage 2
    local mode="$1"
    shift
    case "$mode" in
        app)
            local packages=("${QT_PACKAGES[@]}")
            # shellcheck disable=SC2207  # plain package names, split on spaces
            packages+=($(python_packages))
            if [[ -n "${DISPLAY:-}" && "${QT_QPA_PLATFORM:-}" != offscreen ]]; then
                packages+=("${XCB_PACKAGES[@]}")
            fi
            ensure_system_packages "${packages[@]}"
            ensure_venv
            ensure_python_packages
            run_app "$@"
            ;;
        test)
            local packages=("${QT_PACKAGES[@]}" "${TEST_PACKAGES[@]}")
            packaging_wanted && packages+=("${PACKAGING_PACKAGES[@]}")
            # shellcheck disable=SC2207  # plain package names, split on spaces
            packages+=($(python_packages))
            ensure_system_packages "${packages[@]}"
            ensure_venv
            ensure_python_packages
            run_tests "$@"
            ;;
        -h | --help | help) usage 0 ;;
        *)
            say "unknown mode: $mode"
            usage 2
            ;;
    esac
}

main "$@"
