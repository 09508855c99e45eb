#!/usr/bin/env bash
# Install Grenzen for the current user: the app, a `grenzen` launcher, the menu entry,
# the AppStream metainfo and the icons, into ~/.local (or --prefix). No root needed.
#
#   packaging/linux/install.sh                      bundle from dist/grenzen, else a pip install
#   packaging/linux/install.sh --bundle DIR         a PyInstaller bundle (packaging/build-linux.sh)
#   packaging/linux/install.sh --from-venv[=PATH]   a pip/pipx-installed grenzen (PATH: the
#                                                   command or its venv; default: from $PATH)
#   packaging/linux/install.sh --prefix DIR         into DIR/{bin,lib,share} instead of ~/.local
#   packaging/linux/install.sh --uninstall          remove exactly what an install put there
#
# Every file and folder it creates is listed in <prefix>/lib/grenzen/install-manifest, so
# --uninstall removes those and nothing else. Installing again first removes the last install.
set -euo pipefail

APP_ID=de.grenzen.Grenzen
HERE=$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)
REPO=$(cd "$HERE/../.." && pwd)

die() { echo "install.sh: $*" >&2; exit 1; }
say() { [[ $QUIET == 1 ]] || echo "$@"; }

usage() { sed -n '2,13s/^# \{0,1\}//p' "${BASH_SOURCE[0]}"; }

PREFIX="" BUNDLE="" FROM_VENV="" VENV_COMMAND="" UNINSTALL=0 QUIET=0
while (($#)); do
    case $1 in
        --prefix) [[ $# -ge 2 ]] || die "--prefix needs a folder"; PREFIX=$2; shift ;;
        --prefix=*) PREFIX=${1#*=} ;;
        --bundle) [[ $# -ge 2 ]] || die "--bundle needs a folder"; BUNDLE=$2; shift ;;
        --bundle=*) BUNDLE=${1#*=} ;;
        --from-venv) FROM_VENV=1 ;;
        --from-venv=*) FROM_VENV=1; VENV_COMMAND=${1#*=} ;;
        --uninstall) UNINSTALL=1 ;;
        -q | --quiet) QUIET=1 ;;
        -h | --help) usage; exit 0 ;;
        *) die "unknown option: $1 (see --help)" ;;
    esac
    shift
done
[[ -n $BUNDLE && -n $FROM_VENV ]] && die "--bundle and --from-venv exclude each other"

# --prefix puts everything under one folder; the default follows the XDG base directories.
if [[ -n $PREFIX ]]; then
    mkdir -p -- "$PREFIX"
    PREFIX=$(cd -- "$PREFIX" && pwd)
    BIN=$PREFIX/bin LIB=$PREFIX/lib/grenzen DATA=$PREFIX/share
else
    BIN=$HOME/.local/bin LIB=$HOME/.local/lib/grenzen DATA=${XDG_DATA_HOME:-$HOME/.local/share}
    [[ $DATA == /* ]] || die "XDG_DATA_HOME must be an absolute path"
fi
MANIFEST=$LIB/install-manifest
LAUNCHER=$BIN/grenzen

# Caches are refreshed only where the user already keeps one: creating one would leave a
# file behind that --uninstall did not install. Missing tools are fine.
refresh_caches() {
    if [[ -f $DATA/applications/mimeinfo.cache ]] && command -v update-desktop-database >/dev/null; then
        update-desktop-database -q "$DATA/applications" || true
    fi
    if [[ -f $DATA/icons/hicolor/index.theme ]] && command -v gtk-update-icon-cache >/dev/null; then
        gtk-update-icon-cache -q -f "$DATA/icons/hicolor" || true
    fi
}

# Manifest lines: "d DIR" (created empty: removed only if empty again), "D DIR" (ours with
# everything in it), "f FILE", "l SYMLINK". Removal runs bottom-up, in reverse order.
uninstall() {
    [[ -f $MANIFEST ]] || { say "Nothing to uninstall in $LIB."; return 0; }
    local -a lines=()
    mapfile -t lines <"$MANIFEST"
    local i kind path
    for ((i = ${#lines[@]} - 1; i >= 0; i--)); do
        kind=${lines[i]%% *} path=${lines[i]#* }
        case $kind in
            f) [[ -f $path && ! -L $path ]] && rm -f -- "$path" ;;
            l) [[ -L $path ]] && rm -f -- "$path" ;;
            D) [[ -d $path ]] && rm -rf -- "$path" ;;
            d) [[ -d $path ]] && rmdir -- "$path" 2>/dev/null ;;
        esac || true
    done
    refresh_caches
    say "Uninstalled Grenzen: removed what $MANIFEST listed."
}

if ((UNINSTALL)); then
    uninstall
    exit 0
fi

# --- what to install ---------------------------------------------------------------------
if [[ -z $FROM_VENV && -z $BUNDLE ]]; then
    if [[ -x $HERE/../grenzen/grenzen ]]; then  # an unpacked release tarball
        BUNDLE=$(cd "$HERE/../grenzen" && pwd)
    elif [[ -x $REPO/dist/grenzen/grenzen ]]; then  # a checkout after build-linux.sh
        BUNDLE=$REPO/dist/grenzen
    else
        FROM_VENV=1
    fi
fi
TARGET=""  # what the launcher runs
if [[ -n $BUNDLE ]]; then
    [[ -x $BUNDLE/grenzen && -f $BUNDLE/grenzen ]] \
        || die "no bundle at $BUNDLE (expected an executable $BUNDLE/grenzen; build it with packaging/build-linux.sh)"
    BUNDLE=$(cd -- "$BUNDLE" && pwd)
    [[ $BUNDLE != "$LIB" ]] || die "the bundle is already installed at $LIB"
else
    # A pip or pipx install: link to its command. Resolved now, before an old install of
    # ours goes away, and never to our own bundle.
    if [[ -z $VENV_COMMAND ]]; then
        while IFS= read -r found; do
            real=$(readlink -f -- "$found")
            [[ $real == "$LIB"/* ]] || { VENV_COMMAND=$real; break; }
        done < <(type -ap grenzen)
        [[ -n $VENV_COMMAND ]] || die "no bundle in dist/grenzen and no grenzen command on PATH; pip install grenzen (or pipx install), or build a bundle with packaging/build-linux.sh"
    fi
    [[ -d $VENV_COMMAND ]] && VENV_COMMAND=$VENV_COMMAND/bin/grenzen
    [[ -x $VENV_COMMAND && -f $VENV_COMMAND ]] || die "not an executable grenzen command: $VENV_COMMAND"
    TARGET=$(readlink -f -- "$VENV_COMMAND")
    [[ $TARGET != "$LIB"/* ]] || die "$VENV_COMMAND is the installed bundle, not a pip install"
fi

ICONS=$HERE/icons/hicolor
[[ -f $ICONS/scalable/apps/$APP_ID.svg ]] \
    || die "no icons in $ICONS (run: python packaging/linux/render-icons.py)"

# Another program's `grenzen` (pipx links one into ~/.local/bin) is never overwritten.
if [[ -e $LAUNCHER || -L $LAUNCHER ]] && ! { [[ -f $MANIFEST ]] && grep -qxF "l $LAUNCHER" "$MANIFEST"; }; then
    if [[ -z $TARGET || $(readlink -f -- "$LAUNCHER") != "$TARGET" ]]; then
        die "$LAUNCHER exists and was not installed by this script; remove it first (pipx uninstall grenzen?) or use --from-venv"
    fi
fi

uninstall_quietly() { local q=$QUIET; QUIET=1; uninstall; QUIET=$q; }
uninstall_quietly  # a second install replaces the first one: idempotent

# --- install -----------------------------------------------------------------------------
ENTRIES=()
record() { ENTRIES+=("$1 $2"); }
# Written on any exit once the lib folder exists, so even a failed install can be removed.
write_manifest() {
    if [[ -d $LIB && ${#ENTRIES[@]} -gt 0 ]]; then
        printf '%s\n' "${ENTRIES[@]}" >"$MANIFEST"
    fi
}
trap write_manifest EXIT

make_dir() {  # mkdir -p that records each folder it creates, outermost first
    local dir=$1
    [[ -d $dir ]] && return 0
    make_dir "$(dirname -- "$dir")"
    mkdir -- "$dir"
    record d "$dir"
}

put_file() {  # put_file SOURCE DEST: copy with mode 644
    make_dir "$(dirname -- "$2")"
    install -m 644 -- "$1" "$2"
    record f "$2"
}

# Exec= quoting (Desktop Entry spec): quote reserved characters, double % and escape
# backslashes once more for the string value. Plain paths stay unquoted.
exec_quote() {
    local s=$1
    s=${s//%/%%}
    if [[ $s =~ [^A-Za-z0-9_./+@:,=%-] ]]; then
        s=${s//\\/\\\\} s=${s//\"/\\\"} s=${s//\`/\\\`} s=${s//\$/\\\$}
        s="\"$s\""
    fi
    printf '%s' "${s//\\/\\\\}"
}

for path in "$BIN" "$LIB" "$DATA"; do
    [[ $path != *[[:cntrl:]]* ]] || die "cannot install into a path with control characters: $path"
done

make_dir "$(dirname -- "$LIB")"
if [[ -n $BUNDLE ]]; then
    cp -a -- "$BUNDLE" "$LIB"
    TARGET=$LIB/grenzen
else
    mkdir -- "$LIB"  # holds only the manifest
fi
record D "$LIB"

# Whatever still stands at the launcher's place is someone else's and runs TARGET (checked).
if [[ ! -e $LAUNCHER && ! -L $LAUNCHER ]]; then
    make_dir "$BIN"
    ln -s -- "$TARGET" "$LAUNCHER"
    record l "$LAUNCHER"
fi

# The menu may not have ~/.local/bin on its PATH, so the entry names the launcher in full.
desktop=$(mktemp)
sed -e "s|^Exec=grenzen\$|Exec=$(exec_quote "$LAUNCHER" | sed 's/[&|\\]/\\&/g')|" \
    -e "s|^TryExec=grenzen\$|TryExec=$(printf '%s' "${LAUNCHER//\\/\\\\}" | sed 's/[&|\\]/\\&/g')|" \
    "$HERE/$APP_ID.desktop" >"$desktop"
put_file "$desktop" "$DATA/applications/$APP_ID.desktop"
rm -f -- "$desktop"
put_file "$HERE/$APP_ID.metainfo.xml" "$DATA/metainfo/$APP_ID.metainfo.xml"
while IFS= read -r icon; do
    put_file "$ICONS/$icon" "$DATA/icons/hicolor/$icon"
done < <(cd "$ICONS" && find . -type f -name "$APP_ID.*" | sed 's|^\./||' | sort)

write_manifest
refresh_caches

say "Installed Grenzen ($([[ -n $BUNDLE ]] && echo "bundle from $BUNDLE" || echo "runs $TARGET"))."
say "  launcher:   $LAUNCHER"
say "  menu entry: $DATA/applications/$APP_ID.desktop"
case ":$PATH:" in
    *":$BIN:"*) ;;
    *) say "  note: $BIN is not on your PATH; the menu entry works anyway, for a terminal add it to PATH." ;;
esac
