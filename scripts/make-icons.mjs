// Draws the add-in's icons (three stacked dots: red, amber, green) and writes them to assets/ as PNGs.
// Run it with `node scripts/make-icons.mjs` when the design changes. The PNGs themselves are committed.
import { writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80, 128];
const SUPERSAMPLE = 4;
const DOTS = [
  [0xd1, 0x34, 0x38], // red
  [0xf2, 0xa9, 0x00], // amber
  [0x10, 0x7c, 0x10], // green
];
const RIM = 0.6; // how dark the dot's edge is, so amber still reads against a white ribbon
const BAR = [0x7a, 0x75, 0x74]; // mid grey, visible on light and dark ribbons

/** Returns RGBA pixels. The 16 px icon shows only the dots. From 32 px, grey bars suggest scorecard rows. */
function drawIcon(size) {
  const withBars = size >= 32;
  const pitch = size / 3;
  // At 16 px a rim would eat most of a 5-pixel dot, so the smallest icon has plain, larger dots.
  const radius = pitch * (size <= 16 ? 0.5 : 0.4);
  const rim = size <= 16 ? 0 : size / 32;
  const centreX = withBars ? pitch * 0.55 : size / 2;
  const shapes = DOTS.map((colour, row) => ({ colour, cx: centreX, cy: pitch * (row + 0.5) }));

  const pixels = new Uint8Array(size * size * 4);
  for (let y = 0; y < size; y++) {
    for (let x = 0; x < size; x++) {
      const rgba = samplePixel(x, y, shapes, radius, rim, withBars ? { from: pitch * 1.25, to: size - rim, pitch } : null);
      pixels.set(rgba, (y * size + x) * 4);
    }
  }
  return pixels;
}

/** Averages SUPERSAMPLE² points inside the pixel for smooth edges. */
function samplePixel(x, y, shapes, radius, rim, bars) {
  const sum = [0, 0, 0, 0];
  for (let sy = 0; sy < SUPERSAMPLE; sy++) {
    for (let sx = 0; sx < SUPERSAMPLE; sx++) {
      const px = x + (sx + 0.5) / SUPERSAMPLE;
      const py = y + (sy + 0.5) / SUPERSAMPLE;
      const colour = colourAt(px, py, shapes, radius, rim, bars);
      if (!colour) continue;
      for (let c = 0; c < 3; c++) sum[c] += colour[c];
      sum[3] += 1;
    }
  }
  if (sum[3] === 0) return [0, 0, 0, 0];
  const alpha = sum[3] / (SUPERSAMPLE * SUPERSAMPLE);
  return [sum[0] / sum[3], sum[1] / sum[3], sum[2] / sum[3], alpha * 255].map(Math.round);
}

function colourAt(px, py, shapes, radius, rim, bars) {
  for (const { colour, cx, cy } of shapes) {
    const distance = Math.hypot(px - cx, py - cy);
    if (distance > radius) continue;
    return distance > radius - rim ? colour.map((c) => c * RIM) : colour;
  }
  if (!bars) return null;
  const row = Math.floor(py / bars.pitch);
  const inRow = py - row * bars.pitch;
  const half = bars.pitch * 0.11;
  if (px >= bars.from && px <= bars.to && Math.abs(inRow - bars.pitch / 2) <= half) return BAR;
  return null;
}

function encodePng(width, height, rgba) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 6; // colour type: RGBA
  const rows = Buffer.alloc((width * 4 + 1) * height);
  for (let y = 0; y < height; y++) {
    // Each row starts with filter type 0 (none), and deflate does all the compressing.
    Buffer.from(rgba.buffer, y * width * 4, width * 4).copy(rows, y * (width * 4 + 1) + 1);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(rows, { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const outDir = join(dirname(fileURLToPath(import.meta.url)), "..", "assets");
for (const size of SIZES) {
  writeFileSync(join(outDir, `icon-${size}.png`), encodePng(size, size, drawIcon(size)));
}
