// Draws the add-in icons (a teal rounded square with a white check mark) and
// writes them as PNGs to assets/. Run once with `npx tsx scripts/make-icons.ts`;
// the PNGs are committed, so nobody needs an image editor or an image library.
import { writeFileSync, mkdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { deflateSync } from "node:zlib";

const SIZES = [16, 32, 64, 80, 128] as const;
const TEAL: Rgb = [0x0e, 0x7c, 0x7b];
const WHITE: Rgb = [0xff, 0xff, 0xff];
// Supersampling per axis: enough that the 16 px check mark has clean edges.
const SAMPLES = 8;

type Rgb = readonly [number, number, number];
type Point = readonly [number, number];

// Shape geometry in unit coordinates (0..1), so every size is the same drawing.
const INSET = 1 / 16;
const CORNER = 0.2;
const CHECK: readonly Point[] = [
  [0.28, 0.52],
  [0.44, 0.68],
  [0.73, 0.35],
];
const STROKE = 0.12;

function insideRoundedSquare(x: number, y: number): boolean {
  const lo = INSET + CORNER;
  const hi = 1 - INSET - CORNER;
  const dx = Math.max(lo - x, 0, x - hi);
  const dy = Math.max(lo - y, 0, y - hi);
  return dx * dx + dy * dy <= CORNER * CORNER;
}

function distanceToSegment(p: Point, a: Point, b: Point): number {
  const [abx, aby] = [b[0] - a[0], b[1] - a[1]];
  const t = Math.max(0, Math.min(1, ((p[0] - a[0]) * abx + (p[1] - a[1]) * aby) / (abx * abx + aby * aby)));
  return Math.hypot(p[0] - (a[0] + t * abx), p[1] - (a[1] + t * aby));
}

function onCheckMark(x: number, y: number): boolean {
  for (let i = 1; i < CHECK.length; i += 1) {
    const a = CHECK[i - 1];
    const b = CHECK[i];
    if (a && b && distanceToSegment([x, y], a, b) <= STROKE / 2) return true;
  }
  return false;
}

/** RGBA pixels, row by row, each row led by PNG filter byte 0 (none). */
function renderRows(size: number): Buffer {
  const rowBytes = 1 + size * 4;
  const out = Buffer.alloc(rowBytes * size);
  for (let py = 0; py < size; py += 1) {
    for (let px = 0; px < size; px += 1) {
      let square = 0;
      let check = 0;
      for (let sy = 0; sy < SAMPLES; sy += 1) {
        for (let sx = 0; sx < SAMPLES; sx += 1) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          if (!insideRoundedSquare(x, y)) continue;
          square += 1;
          if (onCheckMark(x, y)) check += 1;
        }
      }
      // Colour is the teal/white mix inside the square; alpha is its coverage.
      const white = square === 0 ? 0 : check / square;
      const at = py * rowBytes + 1 + px * 4;
      for (let c = 0; c < 3; c += 1) {
        out[at + c] = Math.round((TEAL[c] ?? 0) * (1 - white) + (WHITE[c] ?? 0) * white);
      }
      out[at + 3] = Math.round((255 * square) / (SAMPLES * SAMPLES));
    }
  }
  return out;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes: Buffer): number {
  let c = 0xffffffff;
  for (const byte of bytes) c = (CRC_TABLE[(c ^ byte) & 0xff] ?? 0) ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const typeAndData = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(typeAndData));
  return Buffer.concat([length, typeAndData, crc]);
}

export function encodePng(size: number): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header[8] = 8; // bits per channel
  header[9] = 6; // colour type: RGBA
  // Bytes 10-12 stay 0: deflate, adaptive filtering, no interlace.
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", deflateSync(renderRows(size), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

if (require.main === module) {
  const dir = resolve(__dirname, "..", "assets");
  mkdirSync(dir, { recursive: true });
  for (const size of SIZES) {
    const file = join(dir, `icon-${size}.png`);
    writeFileSync(file, encodePng(size));
    console.log(`wrote ${file}`);
  }
}
