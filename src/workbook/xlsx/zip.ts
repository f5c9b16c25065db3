import { inflateRawSync } from 'zlib';

/**
 * Just enough of the zip format to read an .xlsx: the central directory (the authoritative index
 * at the end) and node's zlib to inflate one entry, under caps on inflated bytes. Chosen by
 * measurement (bench/readers): the fastest reader, and the only one that refuses a zip bomb
 * cheaply, because zlib itself stops at the cap (maxOutputLength) even when a header lies.
 */

/** One file of a zip, as its central directory lists it. */
export interface ZipEntry {
  readonly name: string;
  readonly method: number;
  readonly compressedSize: number;
  readonly size: number;
  readonly localHeaderOffset: number;
}

/** Caps on inflated bytes: the only defence that holds against a zip bomb, since headers can lie. */
export interface InflateLimits {
  /** Largest uncompressed size of any one part (a worksheet, the shared strings). */
  readonly maxEntryBytes: number;
  /** Largest uncompressed size of all parts read together. */
  readonly maxTotalBytes: number;
}

export const MiB = 1024 * 1024;

/**
 * A 100,000-partner list inflates to 27 MB for its sheet and 31 MB in all; these caps leave 4–8×
 * headroom over that, and keep even a refused zip bomb under 300 MB of memory.
 * `--max-unzipped-mb` sets both.
 */
export const DEFAULT_LIMITS: InflateLimits = { maxEntryBytes: 128 * MiB, maxTotalBytes: 256 * MiB };

export function limitsOfMb(mb: number): InflateLimits {
  const bytes = Math.round(mb * MiB);
  return { maxEntryBytes: bytes, maxTotalBytes: bytes };
}

/** A part inflated past a cap: refused as a possible zip bomb. */
export class InflateLimitError extends Error {
  constructor(
    readonly part: string,
    readonly limitBytes: number,
  ) {
    super(`${part} inflates to more than ${Math.round(limitBytes / MiB)} MB; refused as a possible zip bomb`);
    this.name = 'InflateLimitError';
  }
}

/** The zip is not one we can read (damaged, zip64, encrypted entries). */
export class ZipFormatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ZipFormatError';
  }
}

/** Counts inflated bytes in total and refuses the moment a cap is passed. */
export class InflateBudget {
  private total = 0;

  constructor(readonly limits: InflateLimits = DEFAULT_LIMITS) {}

  /** Refuses a part up front when its header already declares more than the caps allow. */
  checkDeclared(part: string, declaredBytes: number): void {
    if (declaredBytes > this.remaining()) throw new InflateLimitError(part, this.capFor());
  }

  /** Room left for the next part: the smaller of the part cap and what the total cap still allows. */
  remaining(): number {
    return Math.max(0, Math.min(this.limits.maxEntryBytes, this.limits.maxTotalBytes - this.total));
  }

  take(part: string, bytes: number): void {
    this.total += bytes;
    if (bytes > this.limits.maxEntryBytes || this.total > this.limits.maxTotalBytes) throw new InflateLimitError(part, this.capFor());
  }

  /** The cap a refusal names: the tighter of the two. */
  capFor(): number {
    return this.limits.maxEntryBytes <= this.limits.maxTotalBytes - this.total ? this.limits.maxEntryBytes : this.limits.maxTotalBytes;
  }
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
  if (eocd < 0) throw new ZipFormatError('no end of central directory');
  const count = zip.readUInt16LE(eocd + 10);
  let p = zip.readUInt32LE(eocd + 16);
  // Excel writes zip64 only past 4 GB or 65,535 parts: no network workbook comes near that.
  if (count === 0xffff || p === 0xffffffff) throw new ZipFormatError('zip64 archive');
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (p + 46 > zip.length || zip.readUInt32LE(p) !== CENTRAL) throw new ZipFormatError('bad central directory');
    const flags = zip.readUInt16LE(p + 8);
    if (flags & 1) throw new ZipFormatError('encrypted zip entries');
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
  budget.checkDeclared(entry.name, entry.size);
  const h = entry.localHeaderOffset;
  if (h + 30 > zip.length || zip.readUInt32LE(h) !== LOCAL) throw new ZipFormatError(`no local header for ${entry.name}`);
  const start = h + 30 + zip.readUInt16LE(h + 26) + zip.readUInt16LE(h + 28);
  const data = zip.subarray(start, start + entry.compressedSize);
  const cap = budget.remaining();
  let out: Buffer;
  if (entry.method === 0) {
    if (data.length > cap) throw new InflateLimitError(entry.name, budget.capFor());
    out = data;
  } else if (entry.method === 8) {
    try {
      // Large output chunks: zlib's default 16 KiB ones make the final concatenation cost more than the inflate.
      out = inflateRawSync(data, { maxOutputLength: Math.max(1, cap), chunkSize: MiB });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE') throw new InflateLimitError(entry.name, budget.capFor());
      throw new ZipFormatError(`${entry.name} does not inflate`);
    }
  } else {
    throw new ZipFormatError(`${entry.name} uses compression method ${entry.method}`);
  }
  budget.take(entry.name, out.length);
  return out;
}
