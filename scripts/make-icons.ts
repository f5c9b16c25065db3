/*
 * Draws the add-in's PNG icons (no binary downloads): the add-in icon and one per ribbon button, in
 * the sizes the manifest names. Shapes are described on a 0..1 canvas and rasterised with 4×4
 * supersampling; the output is deterministic, so the test can check assets/ against this script.
 *
 *   npx tsx scripts/make-icons.ts        writes assets/*.png
 */
import { promises as fs } from 'fs';
import * as path from 'path';
import { deflateSync } from 'zlib';

type RGBA = readonly [number, number, number, number];
type Shape = { readonly color: RGBA; readonly contains: (x: number, y: number) => boolean };

const BRAND: RGBA = [15, 108, 189, 255];
const DARK: RGBA = [36, 36, 36, 255];
const GREY: RGBA = [117, 117, 117, 255];
const WHITE: RGBA = [255, 255, 255, 255];
const GREEN: RGBA = [16, 124, 16, 255];

const rect = (x0: number, y0: number, x1: number, y1: number, color: RGBA): Shape => ({ color, contains: (x, y) => x >= x0 && x <= x1 && y >= y0 && y <= y1 });
const circle = (cx: number, cy: number, r: number, color: RGBA): Shape => ({ color, contains: (x, y) => (x - cx) ** 2 + (y - cy) ** 2 <= r * r });
const ring = (cx: number, cy: number, r: number, w: number, color: RGBA): Shape => ({
  color,
  contains: (x, y) => {
    const d = Math.hypot(x - cx, y - cy);
    return d <= r && d >= r - w;
  },
});
function line(x0: number, y0: number, x1: number, y1: number, w: number, color: RGBA): Shape {
  return {
    color,
    contains: (x, y) => {
      const dx = x1 - x0;
      const dy = y1 - y0;
      const t = Math.max(0, Math.min(1, ((x - x0) * dx + (y - y0) * dy) / (dx * dx + dy * dy)));
      return Math.hypot(x - (x0 + t * dx), y - (y0 + t * dy)) <= w / 2;
    },
  };
}
function roundRect(x0: number, y0: number, x1: number, y1: number, r: number, color: RGBA): Shape {
  return {
    color,
    contains: (x, y) => {
      if (x < x0 || x > x1 || y < y0 || y > y1) return false;
      const cx = Math.min(Math.max(x, x0 + r), x1 - r);
      const cy = Math.min(Math.max(y, y0 + r), y1 - r);
      return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
    },
  };
}
/** An outline: the frame between two round rectangles. */
function frame(x0: number, y0: number, x1: number, y1: number, r: number, w: number, color: RGBA): Shape {
  const outer = roundRect(x0, y0, x1, y1, r, color);
  const inner = roundRect(x0 + w, y0 + w, x1 - w, y1 - w, Math.max(0, r - w), color);
  return { color, contains: (x, y) => outer.contains(x, y) && !inner.contains(x, y) };
}

/** The network: three partners linked, on a brand tile. */
const ICON: Shape[] = [
  roundRect(0.04, 0.04, 0.96, 0.96, 0.2, BRAND),
  line(0.3, 0.68, 0.5, 0.3, 0.07, WHITE),
  line(0.5, 0.3, 0.72, 0.66, 0.07, WHITE),
  line(0.3, 0.68, 0.72, 0.66, 0.07, WHITE),
  circle(0.5, 0.3, 0.12, WHITE),
  circle(0.3, 0.68, 0.12, WHITE),
  circle(0.72, 0.66, 0.12, WHITE),
];
/** Prüfen: a check mark in a circle. */
const AUDIT: Shape[] = [ring(0.5, 0.5, 0.44, 0.09, BRAND), line(0.3, 0.52, 0.45, 0.67, 0.1, GREEN), line(0.45, 0.67, 0.72, 0.36, 0.1, GREEN)];
/** Prüfbericht: a page with lines. */
const REPORT: Shape[] = [
  frame(0.18, 0.06, 0.82, 0.94, 0.06, 0.08, DARK),
  rect(0.3, 0.26, 0.7, 0.33, BRAND),
  rect(0.3, 0.43, 0.7, 0.49, GREY),
  rect(0.3, 0.57, 0.7, 0.63, GREY),
  rect(0.3, 0.71, 0.58, 0.77, GREY),
];
/** Budget-Diagramm: paired columns (budget, need) on a baseline. */
const CHART: Shape[] = [
  rect(0.08, 0.86, 0.92, 0.93, DARK),
  rect(0.14, 0.5, 0.28, 0.86, BRAND),
  rect(0.3, 0.22, 0.44, 0.86, GREY),
  rect(0.56, 0.42, 0.7, 0.86, BRAND),
  rect(0.72, 0.12, 0.86, 0.86, GREY),
];
/** Vorlage: a table grid with a header row. */
const TEMPLATE: Shape[] = [
  frame(0.08, 0.14, 0.92, 0.86, 0.06, 0.08, DARK),
  rect(0.08, 0.14, 0.92, 0.36, BRAND),
  rect(0.08, 0.58, 0.92, 0.63, DARK),
  rect(0.37, 0.36, 0.42, 0.86, DARK),
  rect(0.62, 0.36, 0.67, 0.86, DARK),
];

export const ICONS: Readonly<Record<string, { shapes: Shape[]; sizes: number[] }>> = {
  icon: { shapes: ICON, sizes: [16, 32, 64, 80, 128] },
  audit: { shapes: AUDIT, sizes: [16, 32, 80] },
  report: { shapes: REPORT, sizes: [16, 32, 80] },
  chart: { shapes: CHART, sizes: [16, 32, 80] },
  template: { shapes: TEMPLATE, sizes: [16, 32, 80] },
};

const SAMPLES = 4;

function rasterise(shapes: readonly Shape[], size: number): Buffer {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let r = 0;
      let g = 0;
      let b = 0;
      let a = 0;
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SAMPLES) / size;
          const y = (py + (sy + 0.5) / SAMPLES) / size;
          let hit: RGBA | null = null;
          for (const shape of shapes) if (shape.contains(x, y)) hit = shape.color;
          if (hit) {
            r += hit[0];
            g += hit[1];
            b += hit[2];
            a += hit[3];
          }
        }
      }
      const n = SAMPLES * SAMPLES;
      const o = (py * size + px) * 4;
      const alpha = a / n;
      // Colour averaged over the covered samples only (straight alpha).
      const covered = a / 255;
      pixels[o] = covered ? Math.round(r / covered) : 0;
      pixels[o + 1] = covered ? Math.round(g / covered) : 0;
      pixels[o + 2] = covered ? Math.round(b / covered) : 0;
      pixels[o + 3] = Math.round(alpha);
    }
  }
  return pixels;
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(data: Buffer): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** An RGBA PNG (colour type 6, 8 bits, no interlace). */
export function encodePng(size: number, rgba: Buffer): Buffer {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8);
  const raw = Buffer.alloc(size * (size * 4 + 1));
  for (let y = 0; y < size; y++) rgba.copy(raw, y * (size * 4 + 1) + 1, y * size * 4, (y + 1) * size * 4);
  return Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), chunk('IHDR', header), chunk('IDAT', deflateSync(raw, { level: 9 })), chunk('IEND', Buffer.alloc(0))]);
}

/** Every icon file: name → PNG bytes. */
export function renderIcons(): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  for (const [name, { shapes, sizes }] of Object.entries(ICONS)) {
    for (const size of sizes) files.set(`${name}-${size}.png`, encodePng(size, rasterise(shapes, size)));
  }
  return files;
}

async function main(): Promise<void> {
  const dir = path.resolve(__dirname, '..', 'assets');
  await fs.mkdir(dir, { recursive: true });
  for (const [file, png] of renderIcons()) await fs.writeFile(path.join(dir, file), png);
  console.log(`assets/: ${[...renderIcons().keys()].join(', ')}`);
}

if (require.main === module) void main();
