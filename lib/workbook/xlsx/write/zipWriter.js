"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.zipParts = zipParts;
exports.zipComment = zipComment;
const zlib_1 = require("zlib");
const LOCAL = 0x04034b50;
const CENTRAL = 0x02014b50;
const EOCD = 0x06054b50;
const DOS_DATE = (1 << 5) | 1;
const UTF8_NAMES = 0x800;
function zipParts(parts, comment = '') {
    const chunks = [];
    const central = [];
    let offset = 0;
    for (const part of parts) {
        const raw = typeof part.data === 'string' ? Buffer.from(part.data, 'utf8') : Buffer.from(part.data);
        const packed = (0, zlib_1.deflateRawSync)(raw);
        const name = Buffer.from(part.name, 'utf8');
        const crc = (0, zlib_1.crc32)(raw);
        const local = Buffer.alloc(30);
        local.writeUInt32LE(LOCAL, 0);
        local.writeUInt16LE(20, 4);
        local.writeUInt16LE(UTF8_NAMES, 6);
        local.writeUInt16LE(8, 8);
        local.writeUInt16LE(0, 10);
        local.writeUInt16LE(DOS_DATE, 12);
        local.writeUInt32LE(crc, 14);
        local.writeUInt32LE(packed.length, 18);
        local.writeUInt32LE(raw.length, 22);
        local.writeUInt16LE(name.length, 26);
        local.writeUInt16LE(0, 28);
        const entry = Buffer.alloc(46);
        entry.writeUInt32LE(CENTRAL, 0);
        entry.writeUInt16LE(20, 4);
        entry.writeUInt16LE(20, 6);
        local.copy(entry, 8, 6, 28);
        entry.writeUInt32LE(offset, 42);
        central.push(entry, name);
        chunks.push(local, name, packed);
        offset += local.length + name.length + packed.length;
    }
    const directory = Buffer.concat(central);
    const note = Buffer.from(comment, 'utf8');
    if (note.length > 0xffff || parts.length > 0xffff || offset + directory.length > 0xffffffff)
        throw new RangeError('zip too large for a zip without zip64');
    const end = Buffer.alloc(22);
    end.writeUInt32LE(EOCD, 0);
    end.writeUInt16LE(parts.length, 8);
    end.writeUInt16LE(parts.length, 10);
    end.writeUInt32LE(directory.length, 12);
    end.writeUInt32LE(offset, 16);
    end.writeUInt16LE(note.length, 20);
    return Buffer.concat([...chunks, directory, end, note]);
}
function zipComment(tail) {
    for (let i = tail.length - 22; i >= 0; i--) {
        if (tail.readUInt32LE(i) === EOCD && i + 22 + tail.readUInt16LE(i + 20) === tail.length)
            return tail.toString('utf8', i + 22);
    }
    return null;
}
