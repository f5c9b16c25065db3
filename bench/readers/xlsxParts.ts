/**
 * One SAX pass per part (saxes) straight into value grids, shared by the direct reader (fflate)
 * and the floor (node's zlib), so the two differ only in how they unzip.
 */
import { SaxesParser, SaxesTagPlain } from 'saxes';
import { StringDecoder } from 'string_decoder';
import { GridBuilder } from './gridBuilder';
import { TableRef, ValueGrid } from './types';

type Sax = SaxesParser<{ xmlns: false; position: false }>;
const newSax = (): Sax => new SaxesParser({ xmlns: false, position: false });

/**
 * saxes gets text in pieces of at most this many bytes: decoding and scanning 64 KiB strings is
 * several times faster than 1 MiB ones (measured), and no part ever becomes one huge string.
 */
const PIECE = 64 * 1024;

/** Receives a part's bytes as they are inflated. */
export interface PartSink {
  write(bytes: Uint8Array): void;
  end(): void;
}

/** Element name without a namespace prefix: some writers emit <x:row> instead of <row>. */
function local(name: string): string {
  const i = name.indexOf(':');
  return i < 0 ? name : name.slice(i + 1);
}

/** Excel stores characters XML cannot carry as `_xHHHH_`; `_x005F_` escapes a literal underscore. */
export function decodeEscapes(s: string): string {
  if (s.indexOf('_x') < 0) return s;
  return s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

/** 0-based column of an A1 reference ("XFD1048576" → 16383), -1 without letters. */
export function columnOf(ref: string): number {
  let column = 0;
  for (let i = 0; i < ref.length; i++) {
    const ch = ref.charCodeAt(i);
    if (ch >= 65 && ch <= 90) column = column * 26 + ch - 64;
    else if (ch >= 97 && ch <= 122) column = column * 26 + ch - 96;
    else break;
  }
  return column - 1;
}

const MS_PER_DAY = 86_400_000;
/** Serial of 1970-01-01 in Excel's 1900 date system. */
const UNIX_EPOCH_SERIAL = 25569;

/** A t="d" cell (ISO 8601, rare: Excel writes serial numbers) as a serial number, like a typed date. */
function isoToSerial(text: string): number | null {
  const zoned = /[zZ]|[+-]\d\d:?\d\d$/.test(text) || !text.includes('T') ? text : `${text}Z`;
  const ms = Date.parse(zoned);
  return Number.isFinite(ms) ? UNIX_EPOCH_SERIAL + ms / MS_PER_DAY : null;
}

/**
 * Base of the streaming parsers. Text is collected only inside the elements that carry values:
 * saxes keeps no text at all while no text handler is set, so whitespace between rows (or a
 * gigabyte of it) costs a scan, never memory.
 */
abstract class SaxPart implements PartSink {
  protected readonly sax = newSax();
  protected text = '';
  private collecting = false;
  /** Keeps a UTF-8 sequence split between two pieces whole (exceljs's stream reader does not). */
  private readonly decoder = new StringDecoder('utf8');
  private readonly onText = (t: string): void => {
    this.text += t;
  };

  constructor() {
    this.sax.on('opentag', (tag) => this.open(local(tag.name), tag));
    this.sax.on('closetag', (tag) => this.close(local(tag.name)));
    this.sax.on('cdata', (t) => this.onCData(t));
  }

  write(bytes: Uint8Array): void {
    for (let i = 0; i < bytes.length; i += PIECE) {
      const s = this.decoder.write(bytes.subarray(i, i + PIECE));
      if (s) this.sax.write(s);
    }
  }

  end(): void {
    const rest = this.decoder.end();
    if (rest) this.sax.write(rest);
    this.sax.close();
  }

  protected collect(on: boolean): void {
    if (on) this.sax.on('text', this.onText);
    else this.sax.off('text');
    this.collecting = on;
  }

  private onCData(t: string): void {
    if (this.collecting) this.text += t;
  }

  protected abstract open(name: string, tag: SaxesTagPlain): void;
  protected abstract close(name: string): void;
}

/** xl/worksheets/sheetN.xml → cells into a GridBuilder; shared strings resolved now or at the end. */
export class SheetPart extends SaxPart {
  readonly builder = new GridBuilder();
  readonly tableRelIds: string[] = [];
  private rowIndex = -1;
  private column = -1;
  private type = 'n';
  private hasValue = false;
  private inInline = false;
  private inPhonetic = false;

  constructor(private readonly sharedStrings: readonly string[] | null) {
    super();
  }

  protected open(name: string, tag: SaxesTagPlain): void {
    switch (name) {
      case 'row': {
        const r = tag.attributes.r;
        const n = r ? parseInt(r, 10) - 1 : NaN;
        this.rowIndex = Number.isNaN(n) ? this.rowIndex + 1 : n;
        this.column = -1;
        break;
      }
      case 'c': {
        const a = tag.attributes;
        const c = a.r ? columnOf(a.r) : -1;
        this.column = c < 0 ? this.column + 1 : c;
        this.type = a.t ?? 'n';
        this.text = '';
        this.hasValue = false;
        break;
      }
      case 'v':
        this.text = '';
        this.hasValue = true;
        this.collect(true);
        break;
      case 'is':
        this.text = '';
        this.hasValue = true;
        this.inInline = true;
        break;
      case 't':
        if (this.inInline && !this.inPhonetic) this.collect(true);
        break;
      case 'rPh':
        this.inPhonetic = true;
        break;
      case 'tablePart': {
        const id = relIdOf(tag.attributes);
        if (id) this.tableRelIds.push(id);
        break;
      }
    }
  }

  protected close(name: string): void {
    switch (name) {
      case 'v':
      case 't':
        this.collect(false);
        break;
      case 'is':
        this.inInline = false;
        break;
      case 'rPh':
        this.inPhonetic = false;
        break;
      case 'c':
        if (this.hasValue) this.cell();
        break;
    }
  }

  /** Converts the finished cell by its type; formulas need nothing special: <v> is the cached result. */
  private cell(): void {
    const { builder, rowIndex, column, text } = this;
    switch (this.type) {
      case 's': {
        const index = parseInt(text, 10);
        if (this.sharedStrings) builder.set(rowIndex, column, this.sharedStrings[index] || null);
        else if (index >= 0) builder.setShared(rowIndex, column, index);
        break;
      }
      case 'str':
      case 'inlineStr':
        builder.set(rowIndex, column, decodeEscapes(text) || null);
        break;
      case 'b':
        if (text !== '') builder.set(rowIndex, column, text === '1' || text === 'true');
        break;
      case 'e':
        if (text !== '') builder.set(rowIndex, column, { error: text });
        break;
      case 'd':
        builder.set(rowIndex, column, isoToSerial(text));
        break;
      default: {
        if (text === '') break;
        const n = Number(text);
        builder.set(rowIndex, column, Number.isFinite(n) ? n : null);
      }
    }
  }
}

/** xl/sharedStrings.xml → one string per <si>: its <t> runs joined, phonetic runs left out. */
export class SharedStringsPart extends SaxPart {
  readonly strings: string[] = [];
  private inPhonetic = false;

  protected open(name: string): void {
    if (name === 'si') this.text = '';
    else if (name === 't' && !this.inPhonetic) this.collect(true);
    else if (name === 'rPh') this.inPhonetic = true;
  }

  protected close(name: string): void {
    if (name === 't') this.collect(false);
    else if (name === 'rPh') this.inPhonetic = false;
    else if (name === 'si') this.strings.push(decodeEscapes(this.text));
  }
}

/** A small part read for its elements' attributes only (workbook, relationships, tables). */
class AttributesPart extends SaxPart {
  readonly elements: { name: string; attributes: Record<string, string> }[] = [];

  constructor(private readonly wanted: ReadonlySet<string>) {
    super();
  }

  protected open(name: string, tag: SaxesTagPlain): void {
    if (this.wanted.has(name)) this.elements.push({ name, attributes: tag.attributes });
  }

  protected close(): void {}
}

export type PartKind = 'rels' | 'workbook' | 'sharedStrings' | 'sheet' | 'table';

/**
 * Which parts a reader needs, by the names Excel (and LibreOffice, Google Sheets, exceljs) give
 * them; a package that moves its workbook elsewhere is not read (none of those writers does).
 */
export function partKind(path: string): PartKind | null {
  const p = path.toLowerCase();
  if (p.endsWith('.rels')) return p.startsWith('xl/') ? 'rels' : null;
  if (p === 'xl/workbook.xml') return 'workbook';
  if (p === 'xl/sharedstrings.xml') return 'sharedStrings';
  if (/^xl\/worksheets\/[^/]+\.xml$/.test(p)) return 'sheet';
  if (/^xl\/tables\/[^/]+\.xml$/.test(p)) return 'table';
  return null;
}

interface Relationship {
  target: string;
  type: string;
  external: boolean;
}

/**
 * Collects the parsed parts in whatever order the zip holds them (Excel writes worksheets before
 * the shared strings, exceljs the workbook last) and assembles the grids at the end, resolving
 * sheets, names and tables through the relationship parts.
 */
export class WorkbookParts {
  private sharedStrings: readonly string[] | null = null;
  private readonly sheets = new Map<string, SheetPart>();
  private readonly rels = new Map<string, Map<string, Relationship>>();
  private readonly tables = new Map<string, TableRef>();
  private workbook: { name: string; relId: string }[] | null = null;
  /** Parts opened but not yet ended: a truncated zip leaves some behind. */
  private readonly unfinished = new Set<string>();

  /** A sink for the part at `path`, or null when no reader needs it. */
  open(path: string): PartSink | null {
    const key = path.toLowerCase();
    switch (partKind(path)) {
      case 'sheet': {
        const part = new SheetPart(this.sharedStrings);
        this.sheets.set(key, part);
        return this.whenDone(key, part, () => undefined);
      }
      case 'sharedStrings': {
        const part = new SharedStringsPart();
        return this.whenDone(key, part, () => (this.sharedStrings = part.strings));
      }
      case 'rels': {
        const part = new AttributesPart(new Set(['Relationship']));
        return this.whenDone(key, part, () => {
          const map = new Map<string, Relationship>();
          for (const { attributes: a } of part.elements) {
            if (a.Id && a.Target) map.set(a.Id, { target: a.Target, type: a.Type ?? '', external: a.TargetMode === 'External' });
          }
          this.rels.set(key, map);
        });
      }
      case 'workbook': {
        const part = new AttributesPart(new Set(['sheet']));
        return this.whenDone(key, part, () => {
          this.workbook = part.elements.map((e) => ({ name: e.attributes.name ?? '', relId: relIdOf(e.attributes) ?? '' }));
        });
      }
      case 'table': {
        const part = new AttributesPart(new Set(['table']));
        return this.whenDone(key, part, () => {
          const a = part.elements[0]?.attributes;
          if (!a?.ref) return;
          this.tables.set(key, {
            name: a.name ?? a.displayName ?? '',
            ref: a.ref,
            headerRow: a.headerRowCount !== '0',
            totalsRow: (a.totalsRowCount ?? '0') !== '0',
          });
        });
      }
      default:
        return null;
    }
  }

  /** The grids in workbook order. */
  finish(): ValueGrid[] {
    if (this.unfinished.size > 0) throw new Error(`the zip ends inside ${[...this.unfinished].join(', ')} (truncated file)`);
    if (!this.workbook) throw new Error('not an Excel workbook: xl/workbook.xml is missing');
    const bookRels = this.rels.get('xl/_rels/workbook.xml.rels') ?? new Map<string, Relationship>();
    const grids: ValueGrid[] = [];
    for (const sheet of this.workbook) {
      const rel = bookRels.get(sheet.relId);
      if (!rel || rel.external || !rel.type.endsWith('/worksheet')) continue; // chart and dialog sheets hold no cells
      const path = resolveTarget('xl/workbook.xml', rel.target);
      const part = this.sheets.get(path);
      if (!part) throw new Error(`sheet "${sheet.name}": part ${path} is missing`);
      const sheetRels = this.rels.get(relsPathOf(path));
      const tables: TableRef[] = [];
      for (const id of part.tableRelIds) {
        const t = sheetRels?.get(id);
        const table = t && this.tables.get(resolveTarget(path, t.target));
        if (table) tables.push(table);
      }
      grids.push(part.builder.finish(sheet.name, this.sharedStrings, tables));
    }
    return grids;
  }

  private whenDone(key: string, part: SaxPart, done: () => void): PartSink {
    this.unfinished.add(key);
    return {
      write: (bytes) => part.write(bytes),
      end: () => {
        part.end();
        this.unfinished.delete(key);
        done();
      },
    };
  }
}

/** The r:id of a sheet or table part reference, whatever prefix the relationships namespace got. */
function relIdOf(attributes: Record<string, string>): string | undefined {
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

const relsPathOf = (part: string): string => {
  const i = part.lastIndexOf('/');
  return `${part.slice(0, i + 1)}_rels/${part.slice(i + 1)}.rels`.toLowerCase();
};
