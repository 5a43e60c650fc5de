#!/usr/bin/env bash
# Electronegativity scan of src/ (Electron security misconfigurations). The scanner is heavy
# (~400 packages), so it is installed in its own folder, never into the app's dependencies.
# Fails when a HIGH-severity finding remains. Results: $SCAN_DIR/electronegativity.csv
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
SCAN_DIR="${SCAN_DIR:-${TMPDIR:-/tmp}/vpoe-electronegativity}"
ELECTRON_VERSION="$(node -p "require('$ROOT/node_modules/electron/package.json').version")"

mkdir -p "$SCAN_DIR"
if [ ! -x "$SCAN_DIR/node_modules/.bin/electronegativity" ]; then
  (cd "$SCAN_DIR" && { [ -f package.json ] || npm init -y >/dev/null; } &&
    npm install --no-audit --no-fund @doyensec/electronegativity@1 >/dev/null)
fi

OUT="$SCAN_DIR/electronegativity.csv"
rm -f "$OUT"
# It tries the network once for Electron release data and carries on without it.
(cd "$SCAN_DIR" && npx electronegativity -i "$ROOT/src" -r -v false -e "$ELECTRON_VERSION" -o "$OUT") >/dev/null 2>&1 || true
[ -f "$OUT" ] || { echo "Electronegativity produced no report" >&2; exit 1; }

cat "$OUT"
if tail -n +2 "$OUT" | grep -q ',"HIGH",'; then
  echo "HIGH-severity findings remain (see above)." >&2
  exit 1
fi
echo "No HIGH-severity findings. Electron $ELECTRON_VERSION."
