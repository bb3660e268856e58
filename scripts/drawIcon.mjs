// Draws the extension's icon, images/icon.png (128×128, what the Marketplace shows): a lens over a network
// port on a blue tile. Drawn from shapes with 4×4 supersampling and written as a PNG with Node's zlib, so that
// it can be drawn again anywhere without an image editor:  node scripts/drawIcon.mjs [out.png]
import { writeFileSync } from 'node:fs';
import { deflateSync } from 'node:zlib';

const SIZE = 128;
const SAMPLES = 4;

/** Signed distance to a rounded rectangle centred at (cx, cy). */
function roundedBox(x, y, cx, cy, halfWidth, halfHeight, radius) {
  const qx = Math.abs(x - cx) - halfWidth + radius;
  const qy = Math.abs(y - cy) - halfHeight + radius;
  return Math.hypot(Math.max(qx, 0), Math.max(qy, 0)) + Math.min(Math.max(qx, qy), 0) - radius;
}

/** Distance to the segment (ax, ay)–(bx, by). */
function segment(x, y, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * dx + (y - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(x - ax - t * dx, y - ay - t * dy);
}

const TILE = [0x1f, 0x5f, 0xa8];
const TILE_DARK = [0x17, 0x47, 0x80];
const WHITE = [0xff, 0xff, 0xff];
const PORT = [0xff, 0xc8, 0x3d];

/** The colour at one point, or undefined outside the tile (transparent). */
function colourAt(x, y) {
  if (roundedBox(x, y, 64, 64, 60, 60, 22) > 0) return undefined;
  const lens = { x: 56, y: 54, radius: 30 };
  const fromLens = Math.hypot(x - lens.x, y - lens.y);
  // The handle, then the ring, then inside the lens the port: a socket with its latch and pins.
  if (segment(x, y, 78, 76, 102, 100) <= 7) return WHITE;
  if (Math.abs(fromLens - lens.radius) <= 5) return WHITE;
  if (fromLens < lens.radius - 5) {
    const socket = roundedBox(x, y, 56, 55, 15, 11, 2);
    const latch = roundedBox(x, y, 56, 71, 6, 4, 1);
    if (socket <= 0 || latch <= 0) {
      const pin = [46, 52, 58, 64].some((px) => Math.abs(x - px - 1) <= 1.5 && y >= 48 && y <= 54);
      return pin ? TILE_DARK : PORT;
    }
    return TILE_DARK;
  }
  return TILE;
}

function draw() {
  const rgba = Buffer.alloc(SIZE * SIZE * 4);
  for (let py = 0; py < SIZE; py++) {
    for (let px = 0; px < SIZE; px++) {
      let r = 0, g = 0, b = 0, a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const colour = colourAt(px + (sx + 0.5) / SAMPLES, py + (sy + 0.5) / SAMPLES);
          if (!colour) continue;
          r += colour[0]; g += colour[1]; b += colour[2]; a += 1;
        }
      }
      const at = (py * SIZE + px) * 4;
      if (a > 0) {
        rgba[at] = Math.round(r / a); rgba[at + 1] = Math.round(g / a); rgba[at + 2] = Math.round(b / a);
      }
      rgba[at + 3] = Math.round((a / (SAMPLES * SAMPLES)) * 255);
    }
  }
  return rgba;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let c = 0xffffffff;
  for (const byte of bytes) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

export function iconPng() {
  const rgba = draw();
  const header = Buffer.alloc(13);
  header.writeUInt32BE(SIZE, 0);
  header.writeUInt32BE(SIZE, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // RGBA
  // Each row starts with filter type 0 (none).
  const rows = Buffer.concat(Array.from({ length: SIZE }, (_, y) => Buffer.concat([Buffer.from([0]), rgba.subarray(y * SIZE * 4, (y + 1) * SIZE * 4)])));
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(rows, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const out = process.argv[2] ?? new URL('../images/icon.png', import.meta.url).pathname;
  writeFileSync(out, iconPng());
  console.log(`wrote ${out}`);
}
