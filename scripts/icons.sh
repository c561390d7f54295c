#!/usr/bin/env bash
# Renders templates/assets/icon.svg into the site's raster icons with Debian's Chromium: 192 and
# 512 px icons (transparent corners), a 512 px maskable icon and a 180 px Apple touch icon (full
# bleed, marks in the safe zone), and a 32 px favicon.ico (a PNG in an ICO container, built by Node).
# Run it after changing icon.svg and commit the results.
set -euo pipefail
cd "$(dirname "$0")/.."
ASSETS=templates/assets
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
cp "$ASSETS/icon.svg" "$WORK/"
cat >"$WORK/any.html" <<'HTML'
<!DOCTYPE html><html><head><style>html,body{margin:0;background:transparent}img{display:block;width:100vw;height:100vh}</style></head><body><img src="icon.svg"></body></html>
HTML
cat >"$WORK/full.html" <<'HTML'
<!DOCTYPE html><html><head><style>html,body{margin:0;background:#8a2d1c;height:100%}img{display:block;width:76vw;height:76vh;margin:12vh auto}</style></head><body><img src="icon.svg"></body></html>
HTML
shoot() { # page size output
  "${CHROME_PATH:-/usr/bin/chromium}" --headless=new --no-sandbox --disable-gpu --no-first-run --disable-background-networking \
    --disable-component-update --disable-sync --hide-scrollbars --force-device-scale-factor=1 --default-background-color=00000000 \
    --user-data-dir="$WORK/profile" --window-size="$2,$2" --screenshot="$3" "file://$WORK/$1" >/dev/null 2>&1
}
shoot any.html 192 "$ASSETS/icon-192.png"
shoot any.html 512 "$ASSETS/icon-512.png"
shoot full.html 512 "$ASSETS/icon-maskable-512.png"
shoot full.html 180 "$ASSETS/apple-touch-icon.png"
shoot any.html 32 "$WORK/favicon-32.png"
node -e '
const fs = require("fs");
const png = fs.readFileSync(process.argv[1]);
const head = Buffer.alloc(22);
head.writeUInt16LE(0, 0); head.writeUInt16LE(1, 2); head.writeUInt16LE(1, 4);      // ICO, one image
head.writeUInt8(32, 6); head.writeUInt8(32, 7); head.writeUInt16LE(1, 10); head.writeUInt16LE(32, 12);
head.writeUInt32LE(png.length, 14); head.writeUInt32LE(22, 18);                     // size, offset
fs.writeFileSync(process.argv[2], Buffer.concat([head, png]));
' "$WORK/favicon-32.png" "$ASSETS/favicon.ico"
ls -l "$ASSETS"/*.png "$ASSETS/favicon.ico"
