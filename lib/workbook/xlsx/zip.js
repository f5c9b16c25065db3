"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.InflateBudget = exports.ZipFormatError = exports.InflateLimitError = exports.DEFAULT_LIMITS = exports.MiB = void 0;
exports.limitsOfMb = limitsOfMb;
exports.readCentralDirectory = readCentralDirectory;
exports.inflateEntry = inflateEntry;
const zlib_1 = require("zlib");
exports.MiB = 1024 * 1024;
exports.DEFAULT_LIMITS = { maxEntryBytes: 128 * exports.MiB, maxTotalBytes: 256 * exports.MiB };
function limitsOfMb(mb) {
    const bytes = Math.round(mb * exports.MiB);
    return { maxEntryBytes: bytes, maxTotalBytes: bytes };
}
class InflateLimitError extends Error {
    constructor(part, limitBytes) {
        super(`${part} inflates to more than ${Math.round(limitBytes / exports.MiB)} MB; refused as a possible zip bomb`);
        this.part = part;
        this.limitBytes = limitBytes;
        this.name = 'InflateLimitError';
    }
}
exports.InflateLimitError = InflateLimitError;
class ZipFormatError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ZipFormatError';
    }
}
exports.ZipFormatError = ZipFormatError;
class InflateBudget {
    constructor(limits = exports.DEFAULT_LIMITS) {
        this.limits = limits;
        this.total = 0;
    }
    checkDeclared(part, declaredBytes) {
        if (declaredBytes > this.remaining())
            throw new InflateLimitError(part, this.capFor());
    }
    remaining() {
        return Math.max(0, Math.min(this.limits.maxEntryBytes, this.limits.maxTotalBytes - this.total));
    }
    take(part, bytes) {
        this.total += bytes;
        if (bytes > this.limits.maxEntryBytes || this.total > this.limits.maxTotalBytes)
            throw new InflateLimitError(part, this.capFor());
    }
    capFor() {
        return this.limits.maxEntryBytes <= this.limits.maxTotalBytes - this.total ? this.limits.maxEntryBytes : this.limits.maxTotalBytes;
    }
}
exports.InflateBudget = InflateBudget;
const EOCD = 0x06054b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
function readCentralDirectory(zip) {
    let eocd = -1;
    for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
        if (zip.readUInt32LE(i) === EOCD) {
            eocd = i;
            break;
        }
    }
    if (eocd < 0)
        throw new ZipFormatError('no end of central directory');
    const count = zip.readUInt16LE(eocd + 10);
    let p = zip.readUInt32LE(eocd + 16);
    if (count === 0xffff || p === 0xffffffff)
        throw new ZipFormatError('zip64 archive');
    const entries = [];
    for (let i = 0; i < count; i++) {
        if (p + 46 > zip.length || zip.readUInt32LE(p) !== CENTRAL)
            throw new ZipFormatError('bad central directory');
        const flags = zip.readUInt16LE(p + 8);
        if (flags & 1)
            throw new ZipFormatError('encrypted zip entries');
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
function inflateEntry(zip, entry, budget) {
    budget.checkDeclared(entry.name, entry.size);
    const h = entry.localHeaderOffset;
    if (h + 30 > zip.length || zip.readUInt32LE(h) !== LOCAL)
        throw new ZipFormatError(`no local header for ${entry.name}`);
    const start = h + 30 + zip.readUInt16LE(h + 26) + zip.readUInt16LE(h + 28);
    const data = zip.subarray(start, start + entry.compressedSize);
    const cap = budget.remaining();
    let out;
    if (entry.method === 0) {
        if (data.length > cap)
            throw new InflateLimitError(entry.name, budget.capFor());
        out = data;
    }
    else if (entry.method === 8) {
        try {
            out = (0, zlib_1.inflateRawSync)(data, { maxOutputLength: Math.max(1, cap), chunkSize: exports.MiB });
        }
        catch (e) {
            if (e.code === 'ERR_BUFFER_TOO_LARGE')
                throw new InflateLimitError(entry.name, budget.capFor());
            throw new ZipFormatError(`${entry.name} does not inflate`);
        }
    }
    else {
        throw new ZipFormatError(`${entry.name} uses compression method ${entry.method}`);
    }
    budget.take(entry.name, out.length);
    return out;
}
