import { promises as fs } from 'fs';
import { CellRange, SheetGrid } from '../../core/grid';
import { ADDIN_ID, SETTING_KEYS, WorkbookSnapshot } from '../port';
import { checkSignature, errors, fileSystemError, WorkbookReadError } from './errors';
import { TableSpan } from './gridBuilder';
import { SharedStringsPart } from './sharedStrings';
import { AttributesPart, relIdOf, relsPathOf, resolveTarget } from './sax';
import { rangeOf, SheetPart } from './sheetPart';
import { StylesPart } from './styles';
import { readWebExtension, ourSettings, WebExtensionSettings } from './webExtensions';
import { DEFAULT_LIMITS, InflateBudget, inflateEntry, InflateLimitError, InflateLimits, MiB, readCentralDirectory, ZipEntry, ZipFormatError } from './zip';

export interface XlsxReadOptions {
  readonly limits?: InflateLimits;
  /** Hears the share of the workbook read so far (0..1), for a progress line on long reads. */
  readonly progress?: (share: number) => void;
}

type PartKind = 'rels' | 'workbook' | 'styles' | 'sharedStrings' | 'table' | 'webExtension' | 'sheet';

/** Parts in the order that lets every sheet find the styles it points at; shared strings are resolved at the end. */
const ORDER: Readonly<Record<PartKind, number>> = { rels: 0, workbook: 1, styles: 2, sharedStrings: 3, table: 4, webExtension: 5, sheet: 6 };

/** The parts the engine needs, by the names Excel (and LibreOffice, Google Sheets, exceljs) give them. */
function partKind(path: string): PartKind | null {
  const p = path.toLowerCase();
  if (p.endsWith('.rels')) return p.startsWith('xl/') ? 'rels' : null;
  if (p === 'xl/workbook.xml') return 'workbook';
  if (p === 'xl/styles.xml') return 'styles';
  if (p === 'xl/sharedstrings.xml') return 'sharedStrings';
  if (/^xl\/worksheets\/[^/]+\.xml$/.test(p)) return 'sheet';
  if (/^xl\/tables\/[^/]+\.xml$/.test(p)) return 'table';
  if (/^xl\/webextensions\/webextension\d*\.xml$/.test(p)) return 'webExtension';
  return null;
}

interface Relationship {
  readonly target: string;
  readonly type: string;
  readonly external: boolean;
}

/** The file is read whole; beyond this many bytes on disk it is refused before reading. */
function fileCap(limits: InflateLimits): number {
  return 2 * limits.maxTotalBytes;
}

/** Reads an .xlsx file from disk, read-only: its sheets and the add-in's settings stored in it. */
export async function readXlsxFile(filePath: string, options: XlsxReadOptions = {}): Promise<WorkbookSnapshot> {
  const limits = options.limits ?? DEFAULT_LIMITS;
  let buf: Buffer;
  try {
    const stat = await fs.stat(filePath);
    if (stat.isDirectory()) throw Object.assign(new Error('directory'), { code: 'EISDIR' });
    if (stat.size > fileCap(limits)) throw errors.tooLarge(filePath, Math.round(limits.maxTotalBytes / MiB));
    buf = await fs.readFile(filePath);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    throw fileSystemError(filePath, e);
  }
  return readXlsxBuffer(buf, filePath, options);
}

/** Reads .xlsx bytes; `label` names the source in error messages (a path or a file name). */
export function readXlsxBuffer(data: Buffer | ArrayBuffer | Uint8Array, label = 'Arbeitsmappe', options: XlsxReadOptions = {}): WorkbookSnapshot {
  const buf = Buffer.isBuffer(data) ? data : Buffer.from(data as ArrayBuffer);
  checkSignature(buf, label);
  const limits = options.limits ?? DEFAULT_LIMITS;
  try {
    return readParts(buf, label, limits, options.progress);
  } catch (e) {
    if (e instanceof WorkbookReadError) throw e;
    if (e instanceof InflateLimitError) throw errors.tooLarge(label, Math.round(e.limitBytes / MiB));
    // A damaged zip or XML, a cell outside Excel's grid: one sentence, never a stack trace.
    throw errors.unreadable(label, e);
  }
}

function readParts(zip: Buffer, label: string, limits: InflateLimits, progress?: (share: number) => void): WorkbookSnapshot {
  const budget = new InflateBudget(limits);
  const wanted = readCentralDirectory(zip)
    .map((entry) => ({ entry, kind: partKind(entry.name) }))
    .filter((e): e is { entry: ZipEntry; kind: PartKind } => e.kind !== null)
    .sort((a, b) => ORDER[a.kind] - ORDER[b.kind]);
  const totalBytes = wanted.reduce((sum, w) => sum + w.entry.size, 0) || 1;
  let doneBytes = 0;

  const rels = new Map<string, Map<string, Relationship>>();
  let workbook: { name: string; relId: string; hidden: boolean }[] | null = null;
  let struckStyles: ReadonlySet<number> = new Set();
  let shared: SharedStringsPart | null = null;
  const tables = new Map<string, TableSpan>();
  const tableFilters = new Map<string, CellRange>();
  const webExtensions: WebExtensionSettings[] = [];
  const sheets = new Map<string, SheetPart>();

  for (const { entry, kind } of wanted) {
    const bytes = inflateEntry(zip, entry, budget);
    const key = entry.name.toLowerCase();
    const before = doneBytes;
    const onPiece = progress ? (done: number) => progress(Math.min(1, (before + (done * entry.size) / Math.max(1, bytes.length)) / totalBytes)) : undefined;
    switch (kind) {
      case 'rels': {
        const map = new Map<string, Relationship>();
        for (const { attributes: a } of new AttributesPart(new Set(['Relationship'])).parse(bytes).elements) {
          if (a.Id && a.Target) map.set(a.Id, { target: a.Target, type: a.Type ?? '', external: a.TargetMode === 'External' });
        }
        rels.set(key, map);
        break;
      }
      case 'workbook':
        workbook = new AttributesPart(new Set(['sheet'])).parse(bytes).elements.map(({ attributes: a }) => ({
          name: a.name ?? '',
          relId: relIdOf(a) ?? '',
          hidden: a.state === 'hidden' || a.state === 'veryHidden',
        }));
        break;
      case 'styles':
        struckStyles = new StylesPart().parse(bytes).struckStyles();
        break;
      case 'sharedStrings':
        shared = new SharedStringsPart().parse(bytes, onPiece);
        break;
      case 'table': {
        const elements = new AttributesPart(new Set(['table', 'filterColumn'])).parse(bytes).elements;
        const a = elements[0]?.name === 'table' ? elements[0].attributes : undefined;
        const range = a?.ref ? rangeOf(a.ref) : null;
        if (a && range) {
          tables.set(key, { ...range, name: a.name ?? a.displayName ?? '', headerRow: a.headerRowCount !== '0', totalsRow: (a.totalsRowCount ?? '0') !== '0' });
          // A table's filter with criteria hides rows as the sheet's AutoFilter does.
          if (elements.some((e) => e.name === 'filterColumn')) tableFilters.set(key, range);
        }
        break;
      }
      case 'webExtension':
        webExtensions.push(readWebExtension(bytes));
        break;
      case 'sheet':
        sheets.set(key, new SheetPart(struckStyles).parse(bytes, onPiece));
        break;
    }
    doneBytes += entry.size;
    progress?.(Math.min(1, doneBytes / totalBytes));
  }

  if (!workbook) throw errors.notXlsx(label);
  const bookRels = rels.get('xl/_rels/workbook.xml.rels') ?? new Map<string, Relationship>();
  const strings = shared?.strings ?? [];
  const struckStrings = shared?.struck ?? new Set<number>();
  const grids: SheetGrid[] = [];
  for (const sheet of workbook) {
    const rel = bookRels.get(sheet.relId);
    // Chart sheets and dialog sheets hold no cells.
    if (!rel || rel.external || !rel.type.endsWith('/worksheet')) continue;
    const path = resolveTarget('xl/workbook.xml', rel.target);
    const part = sheets.get(path);
    if (!part) throw new ZipFormatError(`sheet "${sheet.name}": part ${path} is missing`);
    const sheetRels = rels.get(relsPathOf(path));
    const spans: TableSpan[] = [];
    const filters: CellRange[] = [];
    for (const id of part.tableRelIds) {
      const t = sheetRels?.get(id);
      const target = t ? resolveTarget(path, t.target) : null;
      const table = target === null ? undefined : tables.get(target);
      if (table) spans.push(table);
      const filter = target === null ? undefined : tableFilters.get(target);
      if (filter) filters.push(filter);
    }
    const layout = part.layout(sheet.hidden, struckStrings, filters);
    grids.push(part.builder.finish(sheet.name, strings, spans, layout));
  }
  if (grids.length === 0) throw errors.notXlsx(label);
  return { name: label.split(/[\\/]/).pop() ?? label, sheets: grids, settings: ourSettings(webExtensions, ADDIN_ID, Object.values(SETTING_KEYS)) };
}
