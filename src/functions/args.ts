import { CellValue, isCellError } from '../core/grid';
import { splitTypeList } from '../core/reader/typeList';
import { cellText, parseNumber, parseShare } from '../core/reader/values';
import { excelError, propagate } from './excelError';
import { ARGUMENT_NAMES, MESSAGES, Message } from './messages';

/**
 * Argument conversion between Excel's calling convention and the engine's CellValue. Excel passes
 * blanks as "" or null, numbers and dates (serials) as numbers, booleans, error cells as error
 * objects ({ code: "#N/A" }), data-type cells as Excel.CellValue objects, and omitted optional
 * arguments as null or undefined.
 */

type Row = readonly unknown[];

/** One cell as the engine reads it. */
function toCellValue(value: unknown): CellValue {
  if (value === undefined || value === null) return null;
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return value;
    case 'number':
      return Number.isFinite(value) ? value : { error: '#NUM!' };
    case 'object':
      return objectCell(value as Record<string, unknown>);
    default:
      return { error: '#VALUE!' };
  }
}

function objectCell(value: Record<string, unknown>): CellValue {
  // CustomFunctions.Error as Excel passes an error cell, or the engine's own CellError.
  if (typeof value.code === 'string' && value.code.startsWith('#')) return { error: value.code };
  if (isCellError(value)) return value;
  // Excel.CellValue of a data-type cell: entities show their text, simple values carry basicValue.
  if (value.type === 'Error') return { error: typeof value.basicValue === 'string' ? value.basicValue : '#VALUE!' };
  if (typeof value.text === 'string') return value.text;
  const basic = value.basicValue;
  if (typeof basic === 'string' || typeof basic === 'boolean') return basic;
  if (typeof basic === 'number') return toCellValue(basic);
  return { error: '#VALUE!' };
}

function isBlankInput(value: unknown): boolean {
  // The first test answers the common case (Excel's "" for an empty cell) without a call to trim.
  return value === '' || value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
}

/** The rows of a range argument; a single value counts as a 1×1 range. */
function rowsOf(arg: unknown): readonly Row[] {
  if (!Array.isArray(arg)) return [[arg]];
  if (arg.length === 0) return [];
  return Array.isArray(arg[0]) ? (arg as Row[]) : [arg];
}

/** Number of columns of a range argument (1 for a single value). */
export function rangeWidth(arg: unknown): number {
  const rows = rowsOf(arg);
  return rows.length > 0 && Array.isArray(rows[0]) ? Math.max(1, rows[0].length) : 1;
}

/**
 * Number of rows up to the last non-empty one. A whole-column reference (A:D) arrives with
 * 1,048,576 rows; only the used ones matter, so every function trims before any other work.
 */
function usedRowCount(rows: readonly Row[]): number {
  for (let r = rows.length - 1; r >= 0; r--) {
    const row = rows[r];
    if (!Array.isArray(row)) {
      if (!isBlankInput(row)) return r + 1;
      continue;
    }
    for (let c = 0; c < row.length; c++) if (!isBlankInput(row[c])) return r + 1;
  }
  return 0;
}

/** Strings, finite numbers, booleans and null pass as they are; error objects, data types and holes need converting. */
function needsConversion(value: unknown): boolean {
  // Ordered for the common case: most cells are text.
  const t = typeof value;
  return t !== 'string' && value !== null && t !== 'boolean' && !(t === 'number' && Number.isFinite(value as number));
}

/**
 * A range argument as the engine's grid, trailing empty rows cut off. Rows that already hold only
 * plain values are passed on without copying, so a call costs little more than reading its cells.
 */
export function toGrid(arg: unknown): CellValue[][] {
  const rows = rowsOf(arg);
  const used = usedRowCount(rows);
  // Filled by push, not new Array(used): V8 keeps the array packed, which the engine reads faster.
  const grid: CellValue[][] = [];
  for (let r = 0; r < used; r++) {
    const row = Array.isArray(rows[r]) ? rows[r] : [rows[r]];
    let plain = true;
    for (let c = 0; c < row.length; c++) {
      if (needsConversion(row[c])) {
        plain = false;
        break;
      }
    }
    grid.push(plain ? (row as CellValue[]) : row.map(toCellValue));
  }
  return grid;
}

/** Width of a grid: its longest row. */
export function gridWidth(grid: readonly (readonly CellValue[])[]): number {
  let width = 0;
  for (let r = 0; r < grid.length; r++) if (grid[r].length > width) width = grid[r].length;
  return width;
}

/** A scalar argument as the engine's CellValue; a range handed to it counts by its top-left cell. */
export function scalarOf(arg: unknown): CellValue {
  const rows = rowsOf(arg);
  const first = rows.length > 0 && Array.isArray(rows[0]) ? rows[0][0] : rows[0];
  return toCellValue(first);
}

/** Optional text (Sozialraum, output form, field): null when omitted or blank; numbers as written. */
export function optionalText(arg: unknown, notText: Message): string | null | CustomFunctions.Error {
  const v = scalarOf(arg);
  if (isCellError(v)) return propagate(v);
  if (typeof v === 'boolean') return excelError('value', notText);
  const text = cellText(v);
  return text === '' ? null : text;
}

type ArgumentName = (typeof ARGUMENT_NAMES)[keyof typeof ARGUMENT_NAMES];

/**
 * A number ≥ 0 as planners type it: a number, or German/English number text ("503.900 €").
 * Blank gives null (the caller decides between default and #N/A); anything else is #VALUE!.
 */
export function optionalAmount(arg: unknown, name: ArgumentName): number | null | CustomFunctions.Error {
  const v = scalarOf(arg);
  if (v === null || (typeof v === 'string' && cellText(v) === '')) return null;
  if (isCellError(v)) return propagate(v);
  const n = parseNumber(v);
  if (n === null) return excelError('value', MESSAGES.notANumber(name.de, name.en, cellText(v) || String(v)));
  if (n < 0) return excelError('value', MESSAGES.negative(name.de, name.en));
  return n;
}

/** A number ≥ 0 that must be given: blank is #N/A ("… fehlt"). */
export function requiredAmount(arg: unknown, name: ArgumentName): number | CustomFunctions.Error {
  const n = optionalAmount(arg, name);
  return n === null ? excelError('na', MESSAGES.missingNumber(name.de, name.en)) : n;
}

/** The burden share: 0.15, "15 %" or 15 (read as percent); blank gives null (the default). */
export function optionalShare(arg: unknown): number | null | CustomFunctions.Error {
  const v = scalarOf(arg);
  if (v === null || (typeof v === 'string' && cellText(v) === '')) return null;
  if (isCellError(v)) return propagate(v);
  const share = parseShare(v);
  return share === null ? excelError('value', MESSAGES.notAShare(cellText(v) || String(v))) : share;
}

/**
 * The planner's required actor types from a range (one or several per cell) or a text list
 * ("kinderarzt; hebamme"); null when omitted or blank (the default list applies).
 */
export function requiredTypes(arg: unknown): string[] | null | CustomFunctions.Error {
  const entries: string[] = [];
  for (const row of toGrid(arg)) {
    for (const v of row) {
      if (isCellError(v)) return propagate(v);
      if (v === null) continue;
      if (typeof v !== 'string') return excelError('value', MESSAGES.requiredNotText);
      entries.push(...splitTypeList(v));
    }
  }
  return entries.length === 0 ? null : entries;
}
