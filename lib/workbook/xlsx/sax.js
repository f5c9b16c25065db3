"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AttributesPart = exports.SaxPart = void 0;
exports.local = local;
exports.decodeEscapes = decodeEscapes;
exports.relIdOf = relIdOf;
exports.resolveTarget = resolveTarget;
exports.relsPathOf = relsPathOf;
const saxes_1 = require("saxes");
const string_decoder_1 = require("string_decoder");
const PIECE = 64 * 1024;
function local(name) {
    const i = name.indexOf(':');
    return i < 0 ? name : name.slice(i + 1);
}
function decodeEscapes(s) {
    if (s.indexOf('_x') < 0)
        return s;
    return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex) => String.fromCharCode(parseInt(hex, 16)));
}
function relIdOf(attributes) {
    for (const key in attributes)
        if (key.endsWith(':id'))
            return attributes[key];
    return undefined;
}
function resolveTarget(sourcePart, target) {
    const segments = target.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
    for (const s of target.replace(/^\//, '').split('/')) {
        if (s === '..')
            segments.pop();
        else if (s !== '.' && s !== '')
            segments.push(s);
    }
    return segments.join('/').toLowerCase();
}
function relsPathOf(part) {
    const i = part.lastIndexOf('/');
    return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`.toLowerCase();
}
class SaxPart {
    constructor() {
        this.sax = new saxes_1.SaxesParser({ xmlns: false, position: false });
        this.text = '';
        this.collecting = false;
        this.decoder = new string_decoder_1.StringDecoder('utf8');
        this.onText = (t) => {
            this.text += t;
        };
        this.sax.on('opentag', (tag) => this.open(local(tag.name), tag));
        this.sax.on('closetag', (tag) => this.close(local(tag.name)));
        this.sax.on('cdata', (t) => {
            if (this.collecting)
                this.text += t;
        });
    }
    parse(bytes, progress) {
        for (let i = 0; i < bytes.length; i += PIECE) {
            const s = this.decoder.write(bytes.subarray(i, i + PIECE));
            if (s)
                this.sax.write(s);
            progress?.(Math.min(bytes.length, i + PIECE));
        }
        const rest = this.decoder.end();
        if (rest)
            this.sax.write(rest);
        this.sax.close();
        return this;
    }
    collect(on) {
        if (on)
            this.sax.on('text', this.onText);
        else
            this.sax.off('text');
        this.collecting = on;
    }
}
exports.SaxPart = SaxPart;
class AttributesPart extends SaxPart {
    constructor(wanted) {
        super();
        this.wanted = wanted;
        this.elements = [];
    }
    open(name, tag) {
        if (this.wanted.has(name))
            this.elements.push({ name, attributes: tag.attributes });
    }
    close() { }
}
exports.AttributesPart = AttributesPart;
