#!/usr/bin/env node
// Draws the app's icons (public/): a white ticket with its punched hole on the brand magenta,
// as SVG and as PNG (192, 512, maskable 512, apple-touch 180), with no image library.
// Run `node scripts/icons.mjs` after changing the drawing; the files are committed.
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const BRAND = [0x8a, 0x0f, 0x6b];
const WHITE = [0xff, 0xff, 0xff];
const out = new URL('../public/', import.meta.url).pathname;

/**
 * The drawing in a unit square: a rounded ticket (x 0.22-0.78, y 0.3-0.7) with round notches
 * on its sides and a hole. `safe` shrinks it into the maskable safe zone (the inner 80 %).
 */
function colourAt(x, y, safe) {
  const scale = safe ? 0.8 : 1;
  const u = (x - 0.5) / scale + 0.5;
  const v = (y - 0.5) / scale + 0.5;
  const inRect = (x0, y0, x1, y1, r) => {
    const cx = Math.min(Math.max(u, x0 + r), x1 - r);
    const cy = Math.min(Math.max(v, y0 + r), y1 - r);
    return (u - cx) ** 2 + (v - cy) ** 2 <= r * r && u >= x0 && u <= x1 && v >= y0 && v <= y1;
  };
  const inCircle = (cx, cy, r) => (u - cx) ** 2 + (v - cy) ** 2 <= r * r;
  const ticket =
    inRect(0.2, 0.3, 0.8, 0.7, 0.06) &&
    !inCircle(0.2, 0.5, 0.07) &&
    !inCircle(0.8, 0.5, 0.07) &&
    !inCircle(0.5, 0.5, 0.07);
  return ticket ? WHITE : BRAND;
}

function crc32(bytes) {
  let crc = ~0;
  for (const byte of bytes) {
    crc ^= byte;
    for (let k = 0; k < 8; k++) crc = (crc >>> 1) ^ (0xedb88320 & -(crc & 1));
  }
  return ~crc >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An RGB PNG, each pixel the average of 4×4 samples (smooth edges). */
function png(size, safe) {
  const rows = [];
  for (let y = 0; y < size; y++) {
    const row = Buffer.alloc(1 + size * 3);
    for (let x = 0; x < size; x++) {
      const sum = [0, 0, 0];
      for (let sy = 0; sy < 4; sy++)
        for (let sx = 0; sx < 4; sx++) {
          const colour = colourAt((x + (sx + 0.5) / 4) / size, (y + (sy + 0.5) / 4) / size, safe);
          for (let c = 0; c < 3; c++) sum[c] += colour[c];
        }
      for (let c = 0; c < 3; c++) row[1 + x * 3 + c] = Math.round(sum[c] / 16);
    }
    rows.push(row);
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 2, 0, 0, 0], 8);
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ]);
}

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
  <rect width="100" height="100" rx="18" fill="#8a0f6b"/>
  <mask id="holes"><rect width="100" height="100" fill="#fff"/>
    <circle cx="20" cy="50" r="7"/><circle cx="80" cy="50" r="7"/><circle cx="50" cy="50" r="7"/></mask>
  <rect x="20" y="30" width="60" height="40" rx="6" fill="#fff" mask="url(#holes)"/>
</svg>
`;

writeFileSync(`${out}icon.svg`, svg);
writeFileSync(`${out}icon-192.png`, png(192, false));
writeFileSync(`${out}icon-512.png`, png(512, false));
writeFileSync(`${out}icon-maskable-512.png`, png(512, true));
writeFileSync(`${out}apple-touch-icon.png`, png(180, true));
console.log('icons written to public/');
