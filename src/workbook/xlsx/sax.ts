import { SaxesParser, SaxesTagPlain } from 'saxes';
import { StringDecoder } from 'string_decoder';

/**
 * One streaming pass (saxes, a strict and well-kept XML parser) per part. Text is collected only
 * inside the elements that carry values: saxes keeps no text while no text handler is set, so
 * whitespace between rows (or a gigabyte of it) costs a scan, never memory.
 */
type Sax = SaxesParser<{ xmlns: false; position: false }>;

/** saxes gets text in pieces of at most this many bytes: measured several times faster than 1 MiB pieces. */
const PIECE = 64 * 1024;

export type Tag = SaxesTagPlain;

/** Element name without a namespace prefix: some writers emit <x:row> instead of <row>. */
export function local(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/** Excel stores characters XML cannot carry as `_xHHHH_`; `_x005F_` escapes a literal underscore. */
export function decodeEscapes(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** The r:id of a part reference, whatever prefix the relationships namespace got. */
export function relIdOf(attributes: Readonly<Record<string, string>>): string | undefined {
  for (const key in attributes) if (key.endsWith(':id')) return attributes[key];
  return undefined;
}

/** Lower-cased part path of a relationship target, relative to the part that holds the relationship. */
export function resolveTarget(sourcePart: string, target: string): string {
  const segments = target.startsWith('/') ? [] : sourcePart.split('/').slice(0, -1);
  for (const s of target.replace(/^\//, '').split('/')) {
    if (s === '..') segments.pop();
    else if (s !== '.' && s !== '') segments.push(s);
  }
  return segments.join('/').toLowerCase();
}

/** "xl/worksheets/sheet1.xml" → "xl/worksheets/_rels/sheet1.xml.rels". */
export function relsPathOf(part: string): string {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`.toLowerCase();
}

/** Base of every part parser: feeds bytes to saxes in pieces and hands open/close events on. */
export abstract class SaxPart {
  private readonly sax: Sax = new SaxesParser({ xmlns: false, position: false });
  protected text = '';
  private collecting = false;
  /** Keeps a UTF-8 sequence split between two pieces whole. */
  private readonly decoder = new StringDecoder('utf8');
  private readonly onText = (t: string): void => {
    this.text += t;
  };

  constructor() {
    this.sax.on('opentag', (tag) => this.open(local(tag.name), tag));
    this.sax.on('closetag', (tag) => this.close(local(tag.name)));
    this.sax.on('cdata', (t) => {
      if (this.collecting) this.text += t;
    });
  }

  /** Parses a whole part; `progress` hears how many of its bytes are done, piece by piece. */
  parse(bytes: Uint8Array, progress?: (done: number) => void): this {
    for (let i = 0; i < bytes.length; i += PIECE) {
      const s = this.decoder.write(bytes.subarray(i, i + PIECE));
      if (s) this.sax.write(s);
      progress?.(Math.min(bytes.length, i + PIECE));
    }
    const rest = this.decoder.end();
    if (rest) this.sax.write(rest);
    this.sax.close();
    return this;
  }

  protected collect(on: boolean): void {
    if (on) this.sax.on('text', this.onText);
    else this.sax.off('text');
    this.collecting = on;
  }

  protected abstract open(name: string, tag: Tag): void;
  protected abstract close(name: string): void;
}

/** A small part read for its elements' attributes only (workbook, relationships, tables). */
export class AttributesPart extends SaxPart {
  readonly elements: { readonly name: string; readonly attributes: Readonly<Record<string, string>> }[] = [];

  constructor(private readonly wanted: ReadonlySet<string>) {
    super();
  }

  protected open(name: string, tag: Tag): void {
    if (this.wanted.has(name)) this.elements.push({ name, attributes: tag.attributes });
  }

  protected close(): void {}
}
