import { CellValue } from '../grid';
import { fold } from '../text';
import { cellText } from './values';

/** Rows searched for a header: titles, notes and blank rows above it are common, 30 is generous. */
export const HEADER_SEARCH_ROWS = 30;
/** Header cells are short; a longer cell is a title or a note. */
const MAX_HEADER_LENGTH = 80;

export interface HeaderMatch<F extends string> {
  /** Index into the grid's values. */
  readonly row: number;
  /** Field → index into the row. */
  readonly columns: Partial<Record<F, number>>;
  /** Number of distinct fields recognised (ignored columns not counted). */
  readonly fields: number;
}

/** Maps one row's cells to fields; each field takes the first column that names it. */
export function matchHeaderRow<F extends string>(
  cells: readonly CellValue[],
  patterns: readonly (readonly [F | 'ignore', RegExp])[],
  isData: (text: string) => boolean = () => false,
): HeaderMatch<F> | null {
  const columns: Partial<Record<F, number>> = {};
  let fields = 0;
  for (let c = 0; c < cells.length; c++) {
    const cell = cells[c];
    if (typeof cell !== 'string') continue;
    const raw = cellText(cell);
    const text = fold(raw);
    if (text === '' || text.length > MAX_HEADER_LENGTH) continue;
    // A data row is no header even if a word matches ("Allgemeiner Sozialer Dienst" contains "Dienst").
    if (isData(raw)) return null;
    for (const [field, pattern] of patterns) {
      if (!pattern.test(text)) continue;
      if (field !== 'ignore' && columns[field as F] === undefined) {
        columns[field as F] = c;
        fields++;
      }
      break;
    }
  }
  return fields > 0 ? { row: -1, columns, fields } : null;
}

/** The best header row in the first rows of a grid, by number of recognised fields (earliest wins ties). */
export function findHeaderRow<F extends string>(
  values: readonly (readonly CellValue[])[],
  patterns: readonly (readonly [F | 'ignore', RegExp])[],
  accept: (match: HeaderMatch<F>) => boolean,
  preferredRows: readonly number[] = [],
  isData?: (text: string) => boolean,
): HeaderMatch<F> | null {
  let best: HeaderMatch<F> | null = null;
  const limit = Math.min(values.length, HEADER_SEARCH_ROWS);
  const rows = [...preferredRows.filter((r) => r >= 0 && r < values.length), ...Array.from({ length: limit }, (_, i) => i)];
  for (const r of rows) {
    const m = matchHeaderRow(values[r], patterns, isData);
    if (!m || !accept(m)) continue;
    // Excel table headers come first in `rows` and win ties.
    if (!best || m.fields > best.fields) best = { ...m, row: r };
  }
  return best;
}
