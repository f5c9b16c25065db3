import { CellValue, SheetGrid } from '../grid';
import { criterionById } from '../criteria/catalog';
import { parseCriterionStatus } from '../criteria/status';
import { fold } from '../text';
import { CRITERIA_COLUMN_PATTERNS } from './columnSynonyms';
import { matchHeaderRow, HEADER_SEARCH_ROWS } from './headerMatch';
import { CriteriaSheet, CriterionRow } from './model';
import { cellText } from './values';

/** Fewer recognisable criterion ids than this and a sheet is not a criteria sheet. */
const MIN_CRITERIA = 5;

export interface CriteriaLayout {
  readonly idColumn: number;
  readonly statusColumn: number;
  readonly evidenceColumn: number | null;
  readonly score: number;
}

/**
 * Finds a criteria sheet by content: the column with most NZFH criterion ids, and as status column
 * the header named so, else the column with most readable statuses.
 */
export function detectCriteriaLayout(grid: SheetGrid): CriteriaLayout | null {
  const { values } = grid;
  const { column: idColumn, count: idCount } = bestColumn(values, isCriterionId);
  if (idCount < MIN_CRITERIA) return null;
  let statusColumn = -1;
  let evidenceColumn: number | null = null;
  for (let r = 0; r < Math.min(values.length, HEADER_SEARCH_ROWS); r++) {
    const m = matchHeaderRow(values[r], CRITERIA_COLUMN_PATTERNS);
    if (m?.columns.status !== undefined && m.columns.status !== idColumn) {
      statusColumn = m.columns.status;
      evidenceColumn = m.columns.evidence ?? null;
      break;
    }
  }
  if (statusColumn < 0) {
    const best = bestColumn(values, (v) => parseCriterionStatus(v) !== null, idColumn);
    if (best.count > 0) statusColumn = best.column;
  }
  if (statusColumn < 0) return null;
  const hint = /kriter|qualitaet|criteria|quality/.test(fold(grid.name)) ? 10 : 0;
  return { idColumn, statusColumn, evidenceColumn, score: idCount + hint };
}

/**
 * The column with most cells passing `test` (leftmost on a tie), counted cell by cell: the cost
 * follows the cells present, never the sheet's width times its height.
 */
function bestColumn(values: readonly (readonly CellValue[])[], test: (v: CellValue) => boolean, skip = -1): { column: number; count: number } {
  const counts = new Map<number, number>();
  for (const row of values) {
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v !== null && c !== skip && test(v)) counts.set(c, (counts.get(c) ?? 0) + 1);
    }
  }
  let best = { column: -1, count: 0 };
  for (const [column, count] of counts) if (count > best.count || (count === best.count && column < best.column)) best = { column, count };
  return best;
}

function isCriterionId(v: CellValue): boolean {
  if (typeof v === 'string') return /^\s*(kriterium|krit\.?|k)?\s*[3-6][.,]\d{1,2}\.?\s*$/i.test(v) && criterionById(v) !== undefined;
  return typeof v === 'number' && criterionById(v) !== undefined;
}

export function readCriteriaRows(grid: SheetGrid, layout: CriteriaLayout): CriteriaSheet {
  const rows: CriterionRow[] = [];
  let previous: string | null = null;
  grid.values.forEach((row, r) => {
    const idCell = row[layout.idColumn] ?? null;
    if (!isCriterionId(idCell)) return;
    // Typed as a number, 5.10 arrives as 5.1: after 5.9 it can only mean 5.10.
    const id = typeof idCell === 'number' && idCell === 5.1 && previous === '5.9' ? '5.10' : typeof idCell === 'number' ? idCell : cellText(idCell);
    const criterion = criterionById(id);
    if (!criterion) return;
    previous = criterion.id;
    const evidence = layout.evidenceColumn === null ? '' : cellText(row[layout.evidenceColumn] ?? null);
    rows.push({
      row: grid.originRow + r,
      criterionId: criterion.id,
      status: parseCriterionStatus(row[layout.statusColumn] ?? null),
      evidence: evidence === '' ? null : evidence,
      statusColumn: grid.originColumn + layout.statusColumn,
    });
  });
  return { sheet: grid.name, rows };
}
