#!/usr/bin/env bash
# Regenerates the screenshots of the web page shown in the README, at 1280 and 400 px wide:
# imports the bundled corpus into a temporary index, serves it, and shoots each page with
# headless Chromium (apt-get install -y chromium).
set -euo pipefail
cd "$(dirname "$0")/../.."
dotnet build -c Release src/AvisIngest.Cli >/dev/null
avis="dotnet src/AvisIngest.Cli/bin/Release/net10.0/avis.dll"
work=$(mktemp -d)
trap 'kill $server 2>/dev/null || true; rm -rf "$work"' EXIT
$avis ingest corpus/*.txt corpus/*.pdf corpus/variants --index "$work/index" >/dev/null 2>&1
$avis serve --port 5099 --index "$work/index" >/dev/null 2>&1 &
server=$!
for _ in $(seq 50); do curl -sf http://127.0.0.1:5099/ >/dev/null && break; sleep 0.2; done
shoot() { # name path
  for width in 1280 400; do
    chromium --headless --no-sandbox --disable-gpu --hide-scrollbars --window-size=$width,1600 \
      --screenshot="docs/screenshots/$1-$width.png" "http://127.0.0.1:5099$2" 2>/dev/null
  done
}
shoot accueil "/"
shoot recherche "/?q=campus&sort=date"
shoot avis "/avis/2026CE01?q=hydrog%C3%A8ne"
shoot campus "/campus/CMQe%20ID"
ls -l docs/screenshots/*.png
