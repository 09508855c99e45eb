#!/usr/bin/env bash
# Update the Qt Linguist sources from the code, then compile them to .qm.
#
#   bash scripts/translations.sh          update .ts from grenzen/ui, compile .qm
#   bash scripts/translations.sh compile  only compile .ts → .qm
#
# German (grenzen_de.ts) carries the translations; English (grenzen_en.ts) exists for
# plural forms ("%n incident(s)"), whose English forms are filled in as well.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."

BIN=.venv/bin
OUT=resources/translations
mapfile -t SOURCES < <(find grenzen/ui grenzen/exports -name "*.py" | sort)

if [[ "${1:-}" != compile ]]; then
    for lang in de en; do
        "$BIN/pyside6-lupdate" -no-obsolete -locations none -source-language en \
            -target-language "$lang" "${SOURCES[@]}" -ts "$OUT/grenzen_$lang.ts"
    done
fi
for lang in de en; do
    "$BIN/pyside6-lrelease" -silent "$OUT/grenzen_$lang.ts" -qm "$OUT/grenzen_$lang.qm"
done
