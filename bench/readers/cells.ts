import { createHash } from 'crypto';
import { TableRef, Value, ValueGrid } from './types';

/**
 * Text safe to print: control characters and bidi overrides as \u escapes, so a cell holding
 * ESC [2J or U+202E cannot clear or reorder the terminal that shows it.
 */
export function printable(s: string): string {
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** A value with its type, so "1" and 1, or "#N/A" and the error #N/A, never compare equal. */
export function showValue(v: Value): string {
  if (v === null) return 'empty';
  if (typeof v === 'string') return `text "${printable(v.replace(/["\\]/g, '\\$&'))}"`;
  if (typeof v === 'number') return `number ${String(v)}`;
  if (typeof v === 'boolean') return `bool ${v}`;
  return `error ${v.error}`;
}

/** The non-empty cells of a grid at their sheet coordinates (0-based), row by row. */
export function* cellsOf(grid: ValueGrid): Generator<{ row: number; column: number; value: Value }> {
  for (let r = 0; r < grid.rows.length; r++) {
    const row = grid.rows[r];
    for (let c = 0; c < row.length; c++) {
      const value = row[c];
      if (value !== null) yield { row: grid.originRow + r, column: grid.originColumn + c, value };
    }
  }
}

export const byName = (grids: ValueGrid[]): ValueGrid[] => [...grids].sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));

export interface GridDigest {
  sheets: number;
  cells: number;
  /** sha1 over sheet names and every cell with its coordinates and typed value. */
  values: string;
  /** Table summaries, or null when the reader does not read tables. */
  tables: string[] | null;
}

/** A fingerprint that is equal exactly when two readers return the same values. */
export function digest(grids: ValueGrid[]): GridDigest {
  const hash = createHash('sha1');
  let cells = 0;
  const sorted = byName(grids);
  for (const grid of sorted) {
    hash.update(`sheet ${JSON.stringify(grid.name)}\n`);
    for (const { row, column, value } of cellsOf(grid)) {
      hash.update(`${row},${column} ${showValue(value)}\n`);
      cells++;
    }
  }
  const tables = sorted.some((g) => g.tables === undefined) ? null : sorted.flatMap((g) => (g.tables ?? []).map((t) => `${g.name}: ${tableSummary(t)}`));
  return { sheets: grids.length, cells, values: hash.digest('hex').slice(0, 16), tables };
}

/** What the engine takes from a table: its header cell, width and number of data rows. */
export function tableSummary(t: TableRef): string {
  const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(t.ref);
  if (!m) return `${t.name} ref ${t.ref} (unparsed)`;
  const top = Number(m[2]);
  const bottom = Number(m[4] ?? m[2]);
  const width = letters(m[3] ?? m[1]) - letters(m[1]) + 1;
  const header = t.headerRow ? `header ${m[1].toUpperCase()}${top}` : 'no header';
  const dataRows = bottom - top + 1 - (t.headerRow ? 1 : 0) - (t.totalsRow ? 1 : 0);
  return `${t.name} ${header}, ${width} columns, ${dataRows} data rows`;
}

function letters(s: string): number {
  let n = 0;
  for (const ch of s.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
  return n;
}
