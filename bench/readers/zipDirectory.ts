import { inflateRawSync } from 'zlib';
import { InflateBudget } from './limits';

/** One file of a zip, as its central directory (the authoritative index at the end) lists it. */
export interface ZipEntry {
  name: string;
  method: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;

/** Reads the central directory; sizes there are right even when an entry used a data descriptor. */
export function readCentralDirectory(zip: Buffer): ZipEntry[] {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (zip.readUInt32LE(i) === EOCD) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw new Error('not a zip file: no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  if (count === 0xffff || p === 0xffffffff) throw new Error('zip64 archives are not supported');
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (p + 46 > zip.length || zip.readUInt32LE(p) !== CENTRAL) throw new Error('damaged zip: bad central directory');
    const flags = zip.readUInt16LE(p + 8);
    if (flags & 1) throw new Error('encrypted zip entries are not supported');
    const nameLength = zip.readUInt16LE(p + 28);
    entries.push({
      name: zip.toString(flags & 0x800 ? 'utf8' : 'latin1', p + 46, p + 46 + nameLength),
      method: zip.readUInt16LE(p + 10),
      compressedSize: zip.readUInt32LE(p + 20),
      size: zip.readUInt32LE(p + 24),
      localHeaderOffset: zip.readUInt32LE(p + 42),
    });
    p += 46 + nameLength + zip.readUInt16LE(p + 30) + zip.readUInt16LE(p + 32);
  }
  return entries;
}

/** Inflates one entry with node's zlib; zlib itself stops at the budget's cap (maxOutputLength). */
export function inflateEntry(zip: Buffer, entry: ZipEntry, budget: InflateBudget): Buffer {
  const h = entry.localHeaderOffset;
  if (h + 30 > zip.length || zip.readUInt32LE(h) !== LOCAL) throw new Error(`damaged zip: no local header for ${entry.name}`);
  const start = h + 30 + zip.readUInt16LE(h + 26) + zip.readUInt16LE(h + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  const cap = budget.remaining();
  if (entry.method === 0) {
    if (data.length > cap) throw budget.exceeded(entry.name);
    return data;
  }
  if (entry.method !== 8) throw new Error(`${entry.name}: unsupported compression method ${entry.method}`);
  try {
    // Large output chunks: zlib's default 16 KiB ones make the final concatenation cost more than the inflate.
    return inflateRawSync(data, { maxOutputLength: Math.max(1, cap), chunkSize: 1 << 20 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw budget.exceeded(entry.name);
    throw e;
  }
}
