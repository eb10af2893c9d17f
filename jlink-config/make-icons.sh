#!/usr/bin/env bash
# Renders assets/reeldrop.svg into every icon the installers and the window need:
#   assets/icons/reeldrop-<N>.png  (Linux desktop entry, JavaFX stage icons)
#   assets/reeldrop.png            (256 px, jpackage --icon on Linux)
#   assets/reeldrop.ico            (jpackage --icon on Windows)
#   assets/reeldrop.icns           (jpackage --icon on macOS)
# The outputs are committed, so a build never needs these tools; run this after editing the SVG.
# Needs (Debian): apt-get install -y librsvg2-bin imagemagick icnsutils
set -euo pipefail
cd "$(dirname "$0")/.."

for tool in rsvg-convert png2icns; do
  command -v "$tool" >/dev/null || { echo "make-icons: $tool is missing; apt-get install -y librsvg2-bin imagemagick icnsutils" >&2; exit 1; }
done
# ImageMagick 7 is "magick"; Debian 12 ships 6 as "convert". Anything else called convert is not it.
if command -v magick >/dev/null; then IM=magick
elif convert -version 2>/dev/null | grep -q ImageMagick; then IM=convert
else echo "make-icons: ImageMagick is missing; apt-get install -y imagemagick" >&2; exit 1
fi

src=assets/reeldrop.svg
out=assets/icons
mkdir -p "$out"
for size in 16 24 32 48 64 128 256 512 1024; do
  rsvg-convert --width "$size" --height "$size" --keep-aspect-ratio "$src" --output "$out/reeldrop-$size.png"
done
cp "$out/reeldrop-256.png" assets/reeldrop.png

# Windows picks the nearest size per context (title bar 16/24, taskbar 32/48, Explorer 256).
"$IM" "$out"/reeldrop-{16,24,32,48,64,128,256}.png assets/reeldrop.ico

# png2icns maps each PNG to its icns slot by size; 1024 is the Retina 512@2x slot.
png2icns assets/reeldrop.icns "$out"/reeldrop-{16,32,48,128,256,512,1024}.png >/dev/null

echo "make-icons: wrote $out/*.png, assets/reeldrop.png, assets/reeldrop.ico, assets/reeldrop.icns"
