#!/usr/bin/env bash
# Debian packages the end-to-end tests need: Chromium (Playwright drives it; it never downloads a
# browser of its own), Thai fonts, so screenshots show Thai glyphs rather than boxes, and xmllint,
# which checks the REFI-QDA exports against the standard's schemas.
set -euo pipefail
packages=(chromium fonts-thai-tlwg fonts-noto-core libxml2-utils)
missing=()
for pkg in "${packages[@]}"; do
  dpkg -s "$pkg" >/dev/null 2>&1 || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if ! command -v apt-get >/dev/null 2>&1; then
  echo "The end-to-end tests need ${missing[*]} (Debian packages) and this machine has no apt-get." >&2
  echo "Install Chromium and a Thai font another way, and set CROSSREAD_CHROMIUM to Chromium's path." >&2
  exit 1
fi
sudo=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "Installing ${missing[*]} needs root: run as root or install them first." >&2; exit 1; }
  sudo=(sudo)
fi
echo "Installing ${missing[*]} from Debian (about 40 s)..."
"${sudo[@]}" apt-get update -qq
DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq "${missing[@]}" >/dev/null
