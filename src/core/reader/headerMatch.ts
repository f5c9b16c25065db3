import { CellValue } from '../grid';
import { fold } from '../text';
import { cellText } from './values';

/** Rows searched for a header: titles, notes and blank rows above it are common, 30 is generous. */
export const HEADER_SEARCH_ROWS = 30;
/** Header cells are short; a longer cell is a title or a note. */
const MAX_HEADER_LENGTH = 80;

export interface HeaderMatch<F extends string> {
  /** Index into the grid's values: the header row (the lower one of a two-row header). */
  readonly row: number;
  /** The group row above, when the header spans two rows ("Kooperation" over "Vereinbarung" | "seit"). */
  readonly groupRow?: number;
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

/**
 * The best header row in the first rows of a grid, by number of recognised fields (earliest wins
 * ties). A header may span two rows, a group row over its sub-columns ("Kooperation" over
 * "Vereinbarung" | "seit"): each column then reads as "group sub", the group taken from the merged
 * cell above it (`groups`, see twoRowHeader). It wins only when it recognises more fields.
 */
export function findHeaderRow<F extends string>(
  values: readonly (readonly CellValue[])[],
  patterns: readonly (readonly [F | 'ignore', RegExp])[],
  accept: (match: HeaderMatch<F>) => boolean,
  preferredRows: readonly number[] = [],
  isData?: (text: string) => boolean,
  groups?: (groupRow: number) => readonly CellValue[],
): HeaderMatch<F> | null {
  let best: HeaderMatch<F> | null = null;
  const limit = Math.min(values.length, HEADER_SEARCH_ROWS);
  const rows = [...preferredRows.filter((r) => r >= 0 && r < values.length), ...Array.from({ length: limit }, (_, i) => i)];
  for (const r of rows) {
    const m = matchHeaderRow(values[r], patterns, isData);
    if (m && accept(m) && (!best || m.fields > best.fields)) best = { ...m, row: r };
    // Excel table headers come first in `rows` and win ties.
    if (groups && r > 0) {
      const two = matchHeaderRow(groups(r - 1), patterns, isData);
      if (two && accept(two) && two.fields > (m?.fields ?? 0) && (!best || two.fields > best.fields)) best = { ...two, row: r, groupRow: r - 1 };
    }
  }
  return best;
}

/**
 * The texts of a two-row header: for each column, the group label above it and its own label
 * ("Kooperation Vereinbarung"). The group label comes from the merged cell that covers the column
 * (`merges` in grid indices); without merge information, a group cell reaches right over the empty
 * cells after it for as long as the row below has sub-labels. A cell merged down over both rows
 * keeps its one label.
 */
export function twoRowHeader(
  upper: readonly CellValue[],
  lower: readonly CellValue[],
  mergeOwner: ((column: number) => number | null) | null,
): CellValue[] {
  const width = Math.max(upper.length, lower.length);
  const texts: CellValue[] = new Array<CellValue>(width).fill(null);
  let reach: { text: string; column: number } | null = null;
  for (let c = 0; c < width; c++) {
    const own = cellText(upper[c] ?? null);
    const sub = cellText(lower[c] ?? null);
    let group = own;
    if (group !== '') reach = { text: group, column: c };
    else if (mergeOwner) {
      const owner = mergeOwner(c);
      group = owner === null ? '' : cellText(upper[owner] ?? null);
    } else if (reach !== null && sub !== '' && cellText(lower[reach.column] ?? null) !== '') {
      group = reach.text;
    } else {
      reach = null;
    }
    texts[c] = group !== '' && sub !== '' && group !== sub ? `${group} ${sub}` : group || sub || null;
  }
  return texts;
}
