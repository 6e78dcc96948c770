#!/usr/bin/env bash
# Renders an HTML report in headless Chromium (Debian's chromium package) and checks that
# the picture is not blank.
#   scripts/check-html.sh REPORT.html [SHOT.png]
# Exit status: 0 when the page rendered with content; 1 when it is blank or did not render;
# 2 when chromium is not installed (install it with: scripts/setup.sh chromium).
# The PNG is checked with Python's standard library only (zlib), so Pillow is not needed.
set -euo pipefail

html=${1:?usage: scripts/check-html.sh REPORT.html [SHOT.png]}
shot=${2:-${html%.html}.png}
browser=$(command -v chromium || command -v chromium-browser || true)
if [ -z "$browser" ]; then
  echo "check-html: chromium is not installed; run scripts/setup.sh chromium" >&2
  exit 2
fi
[ -f "$html" ] || { echo "check-html: no such file: $html" >&2; exit 1; }

# An empty profile folder, so a user's own browser settings never leak in; no network.
profile=$(mktemp -d)
trap 'rm -rf "$profile"' EXIT
rm -f "$shot"
timeout 120 "$browser" --headless --no-sandbox --disable-gpu --hide-scrollbars \
  --user-data-dir="$profile" --no-first-run --disable-extensions \
  --window-size=1100,1600 --screenshot="$shot" "file://$(realpath "$html")" >/dev/null 2>&1 || true
if [ ! -s "$shot" ]; then
  echo "check-html: chromium wrote no screenshot for $html" >&2
  exit 1
fi

python3 - "$shot" <<'PY'
import struct, sys, zlib

path = sys.argv[1]
data = open(path, "rb").read()
if data[:8] != b"\x89PNG\r\n\x1a\n":
    sys.exit(f"check-html: {path} is not a PNG")
pos, idat, width, height, depth, colour = 8, b"", 0, 0, 0, 0
while pos < len(data):
    length, kind = struct.unpack(">I4s", data[pos:pos + 8])
    body = data[pos + 8:pos + 8 + length]
    if kind == b"IHDR":
        width, height, depth, colour = struct.unpack(">IIBB", body[:10])
    elif kind == b"IDAT":
        idat += body
    pos += 12 + length
channels = {2: 3, 6: 4, 0: 1, 4: 2}.get(colour)
if depth != 8 or channels is None:
    sys.exit(f"check-html: unexpected PNG format (depth {depth}, colour type {colour})")
raw = zlib.decompress(idat)
stride = width * channels
rows, prev, i = [], bytearray(stride), 0
for _ in range(height):
    kind = raw[i]; i += 1
    line = bytearray(raw[i:i + stride]); i += stride
    for x in range(stride):
        left = line[x - channels] if x >= channels else 0
        up = prev[x]
        corner = prev[x - channels] if x >= channels else 0
        if kind == 1: line[x] = (line[x] + left) & 255
        elif kind == 2: line[x] = (line[x] + up) & 255
        elif kind == 3: line[x] = (line[x] + ((left + up) >> 1)) & 255
        elif kind == 4:
            p = left + up - corner
            pa, pb, pc = abs(p - left), abs(p - up), abs(p - corner)
            line[x] = (line[x] + (left if pa <= pb and pa <= pc else up if pb <= pc else corner)) & 255
    rows.append(line); prev = line
colours, ink = set(), 0
for line in rows[::2]:
    for x in range(0, stride, channels * 2):
        pixel = bytes(line[x:x + min(3, channels)])
        colours.add(pixel)
        if any(c < 235 for c in pixel): ink += 1
sampled = (height + 1) // 2 * ((width + 1) // 2)
share = ink / max(1, sampled)
print(f"check-html: {path}: {width}x{height}, {len(colours)} distinct colours, {share:.1%} of pixels not white")
if len(colours) < 8 or share < 0.01:
    sys.exit("check-html: the page looks blank")
PY
