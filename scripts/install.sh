#!/usr/bin/env bash
# Installs Peninsula for the current user (no root needed):
#   ~/.local/opt/peninsula        the app
#   ~/.local/bin/peninsula        the app, and `peninsula wargame ...` the command line
#   ~/.local/bin/wargame          the command line on its own
#   the desktop entry and icon, so Peninsula appears in the applications menu.
# Run it from the unpacked download: ./install.sh   (./install.sh --uninstall removes it all)
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
data="${XDG_DATA_HOME:-$HOME/.local/share}"
opt="$HOME/.local/opt/peninsula"
bin="$HOME/.local/bin"
if [ "${1:-}" = "--uninstall" ]; then
  rm -rf "$opt" "$bin/peninsula" "$bin/wargame" \
    "$data/applications/peninsula.desktop" "$data/icons/hicolor/scalable/apps/peninsula.svg"
  echo "Peninsula is removed. Your games and settings are kept."
  exit 0
fi
mkdir -p "$opt" "$bin" "$data/applications" "$data/icons/hicolor/scalable/apps"
rm -rf "$opt" && cp -a "$here/Peninsula" "$opt"
ln -sf "$opt/peninsula" "$bin/peninsula"
printf '#!/bin/sh\nexec "%s/peninsula" wargame "$@"\n' "$opt" > "$bin/wargame"
chmod +x "$bin/wargame"
sed "s|^Exec=peninsula|Exec=$opt/peninsula|" "$here/peninsula.desktop" \
  > "$data/applications/peninsula.desktop"
cp "$here/peninsula.svg" "$data/icons/hicolor/scalable/apps/peninsula.svg"
command -v update-desktop-database >/dev/null && update-desktop-database "$data/applications" || true
"$opt/peninsula" --self-test
echo "Peninsula is installed: find it in your applications menu, or run 'peninsula'."
case ":$PATH:" in *":$bin:"*) ;; *) echo "(Add $bin to your PATH to run peninsula and wargame from a terminal.)" ;; esac
