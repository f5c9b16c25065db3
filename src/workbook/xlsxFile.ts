import { promises as fs } from 'fs';
import * as path from 'path';
import ExcelJS from 'exceljs';
import { CellValue, SheetGrid, TableInfo } from '../core/grid';
import { parseA1 } from '../core/address';

export type WorkbookReadErrorCode = 'not-found' | 'not-xlsx' | 'unreadable';

/** Why a file could not be read, with a sentence in German and English that names the file and says what to do. */
export class WorkbookReadError extends Error {
  readonly code: WorkbookReadErrorCode;
  readonly path: string;
  readonly messageDe: string;
  readonly messageEn: string;

  constructor(code: WorkbookReadErrorCode, filePath: string, messageDe: string, messageEn: string, cause?: unknown) {
    super(messageEn);
    this.name = 'WorkbookReadError';
    this.code = code;
    this.path = filePath;
    this.messageDe = messageDe;
    this.messageEn = messageEn;
    if (cause !== undefined) (this as { cause?: unknown }).cause = cause;
  }
}

/** Reads an .xlsx file from disk; opens it read-only and never writes to it. */
export async function readXlsxFile(filePath: string): Promise<SheetGrid[]> {
  let buf: Buffer;
  try {
    buf = await fs.readFile(filePath);
  } catch (e) {
    throw fileSystemError(filePath, e);
  }
  return readXlsxBuffer(buf, filePath);
}

/** Reads .xlsx bytes; `label` names the source in error messages (a path or a file name). */
export async function readXlsxBuffer(data: Buffer | ArrayBuffer, label = 'Arbeitsmappe'): Promise<SheetGrid[]> {
  const buf = Buffer.isBuffer(data) ? data : Buffer.from(data);
  checkSignature(buf, label);
  const wb = new ExcelJS.Workbook();
  try {
    // exceljs' typings want its own Buffer flavour; the runtime accepts a Node Buffer.
    await wb.xlsx.load(buf as unknown as ExcelJS.Buffer);
  } catch (e) {
    throw errors.unreadable(label, e);
  }
  // A zip without a workbook part (an .ods, .xlsb, .docx or any other archive) loads as zero sheets.
  if (wb.worksheets.length === 0) throw errors.notXlsx(label);
  try {
    return wb.worksheets.map(toGrid);
  } catch (e) {
    throw errors.unreadable(label, e);
  }
}

const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const EMPTY_ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x05, 0x06]);
/** OLE2 compound file: old .xls, and also the container Excel uses for password-protected .xlsx. */
const CFB_SIGNATURE = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
const ENCRYPTION_STREAM = Buffer.from('EncryptionInfo', 'utf16le');

function checkSignature(buf: Buffer, label: string): void {
  if (buf.length === 0) throw errors.empty(label);
  if (buf.subarray(0, 8).equals(CFB_SIGNATURE)) {
    throw buf.includes(ENCRYPTION_STREAM) ? errors.encrypted(label) : errors.oldXls(label);
  }
  const head = buf.subarray(0, 4);
  if (!head.equals(ZIP_SIGNATURE) && !head.equals(EMPTY_ZIP_SIGNATURE)) throw errors.notXlsx(label);
}

function fileSystemError(filePath: string, e: unknown): WorkbookReadError {
  const code = (e as NodeJS.ErrnoException | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return errors.notFound(filePath);
  if (code === 'EISDIR') return errors.directory(filePath);
  return errors.unreadable(filePath, e);
}

const name = (label: string): string => path.basename(label) || label;

const errors = {
  notFound: (p: string) =>
    new WorkbookReadError('not-found', p, `Die Datei „${p}“ wurde nicht gefunden. Prüfen Sie den Pfad.`, `The file "${p}" was not found. Check the path.`),
  directory: (p: string) =>
    new WorkbookReadError(
      'not-xlsx',
      p,
      `„${p}“ ist ein Ordner, keine Excel-Datei. Geben Sie den Pfad einer .xlsx-Datei an.`,
      `"${p}" is a folder, not an Excel file. Give the path of an .xlsx file.`,
    ),
  empty: (p: string) =>
    new WorkbookReadError(
      'not-xlsx',
      p,
      `Die Datei „${name(p)}“ ist leer. Speichern Sie die Arbeitsmappe in Excel erneut als .xlsx und versuchen Sie es noch einmal.`,
      `The file "${name(p)}" is empty. Save the workbook again as .xlsx in Excel and try again.`,
    ),
  oldXls: (p: string) =>
    new WorkbookReadError(
      'not-xlsx',
      p,
      `Die Datei „${name(p)}“ ist im alten Excel-Format (.xls). Öffnen Sie sie in Excel, speichern Sie sie als .xlsx und versuchen Sie es noch einmal.`,
      `The file "${name(p)}" is in the old Excel format (.xls). Open it in Excel, save it as .xlsx and try again.`,
    ),
  encrypted: (p: string) =>
    new WorkbookReadError(
      'unreadable',
      p,
      `Die Datei „${name(p)}“ ist mit einem Kennwort geschützt. Speichern Sie in Excel eine Kopie ohne Kennwort und prüfen Sie diese.`,
      `The file "${name(p)}" is password-protected. Save a copy without a password in Excel and check that copy.`,
    ),
  notXlsx: (p: string) =>
    new WorkbookReadError(
      'not-xlsx',
      p,
      `Die Datei „${name(p)}“ ist keine Excel-Arbeitsmappe (.xlsx). Speichern Sie sie in Excel als .xlsx und versuchen Sie es noch einmal.`,
      `The file "${name(p)}" is not an Excel workbook (.xlsx). Save it as .xlsx in Excel and try again.`,
    ),
  unreadable: (p: string, cause: unknown) =>
    new WorkbookReadError(
      'unreadable',
      p,
      `Die Datei „${name(p)}“ konnte nicht gelesen werden (beschädigt oder nicht zugreifbar). Öffnen Sie sie in Excel, speichern Sie sie erneut als .xlsx und versuchen Sie es noch einmal.`,
      `The file "${name(p)}" could not be read (damaged or not accessible). Open it in Excel, save it again as .xlsx and try again.`,
      cause,
    ),
};

interface Bounds {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** The parts of an exceljs table model we use; a loaded table carries `tableRef`, a new one `ref`. */
interface TableModel {
  name?: string;
  displayName?: string;
  tableRef?: string;
  ref?: string;
  headerRow?: boolean;
  totalsRow?: boolean;
}

interface TableSpan {
  name: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
  headerRow: boolean;
  totalsRow: boolean;
}

function toGrid(ws: ExcelJS.Worksheet): SheetGrid {
  // One pass collects the cells with a value (sparse), a second fills a dense grid: O(cells).
  const cells: { row: number; column: number; value: CellValue }[] = [];
  const bounds: Bounds = { top: Infinity, left: Infinity, bottom: -1, right: -1 };
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // exceljs hands every cell of a merged range the master's value; only the master keeps it.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const value = toCellValue(cell.value);
      // A formula without a cached result is still a used cell, as in Excel's used range.
      if (value === null && cell.type !== ExcelJS.ValueType.Formula) return;
      const r = rowNumber - 1;
      const c = colNumber - 1;
      cells.push({ row: r, column: c, value });
      extend(bounds, r, c, r, c);
    });
  });

  const spans = tableSpans(ws);
  for (const t of spans) extend(bounds, t.top, t.left, t.bottom, t.right);

  if (bounds.bottom < 0) return { name: ws.name, values: [], originRow: 0, originColumn: 0, tables: [] };

  const width = bounds.right - bounds.left + 1;
  const height = bounds.bottom - bounds.top + 1;
  const values: CellValue[][] = new Array(height);
  for (let r = 0; r < height; r++) values[r] = new Array<CellValue>(width).fill(null);
  for (const cell of cells) values[cell.row - bounds.top][cell.column - bounds.left] = cell.value;

  const tables: TableInfo[] = spans
    .filter((t) => t.headerRow)
    .map((t) => ({
      name: t.name,
      headerRow: t.top - bounds.top,
      firstColumn: t.left - bounds.left,
      columnCount: t.right - t.left + 1,
      // Data rows only, as Excel counts a table's rows (without header and totals).
      rowCount: Math.max(0, t.bottom - t.top - (t.totalsRow ? 1 : 0)),
    }));

  return { name: ws.name, values, originRow: bounds.top, originColumn: bounds.left, tables };
}

function extend(b: Bounds, top: number, left: number, bottom: number, right: number): void {
  if (top < b.top) b.top = top;
  if (left < b.left) b.left = left;
  if (bottom > b.bottom) b.bottom = bottom;
  if (right > b.right) b.right = right;
}

function tableSpans(ws: ExcelJS.Worksheet): TableSpan[] {
  const spans: TableSpan[] = [];
  // getTables() is mistyped in exceljs 4.4 (it returns Table[]); read each table's model.
  for (const table of ws.getTables() as unknown as { model?: TableModel }[]) {
    const model = table.model;
    const ref = model?.tableRef ?? model?.ref;
    if (!model || !ref) continue;
    const [from, to = from] = ref.split(':');
    const a = parseA1(from);
    const b = parseA1(to);
    if (!a || !b || a.column < 0 || b.column < 0) continue;
    spans.push({
      name: model.name ?? model.displayName ?? '',
      top: Math.min(a.row, b.row),
      left: Math.min(a.column, b.column),
      bottom: Math.max(a.row, b.row),
      right: Math.max(a.column, b.column),
      headerRow: model.headerRow !== false,
      totalsRow: model.totalsRow === true,
    });
  }
  return spans;
}

const MS_PER_DAY = 24 * 60 * 60 * 1000;
/** Days from Excel's 1900 epoch (serial 0 = 1899-12-30, as Excel counts past its 1900 leap-year bug) to 1970-01-01. */
const UNIX_EPOCH_SERIAL = 25569;

/** Excel serial number (1900 date system) for a Date that exceljs built from a cell's UTC day count. */
export function excelSerial(date: Date): number | null {
  const ms = date.getTime();
  return Number.isFinite(ms) ? UNIX_EPOCH_SERIAL + ms / MS_PER_DAY : null;
}

/** Converts an exceljs cell value into the engine's CellValue; strings stay exactly as typed. */
function toCellValue(value: unknown): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return excelSerial(value);
  if (typeof value !== 'object') return null;
  const v = value as Record<string, unknown>;
  if (typeof v.error === 'string') return { error: v.error };
  // Formula and shared formula: the cached result, or null when Excel never calculated one.
  if ('formula' in v || 'sharedFormula' in v) return toCellValue(v.result);
  if (Array.isArray(v.richText)) return toCellValue(richTextOf(v.richText));
  // Hyperlink: its display text (itself possibly rich text).
  if ('hyperlink' in v) return toCellValue(v.text);
  return null;
}

function richTextOf(runs: unknown[]): string {
  let text = '';
  for (const run of runs) {
    const t = (run as { text?: unknown } | null)?.text;
    if (typeof t === 'string') text += t;
  }
  return text;
}
