import { CellValue, isCellError, SheetGrid } from '../grid';
import { criterionById } from '../criteria/catalog';
import { CriterionStatus, parseCriterionStatus } from '../criteria/status';
import { fold } from '../text';
import { CRITERIA_COLUMN_PATTERNS } from './columnSynonyms';
import { matchHeaderRow, HEADER_SEARCH_ROWS } from './headerMatch';
import { finding, Finding } from '../findings/finding';
import { CriteriaSheet, CriterionRow, ReaderFindingCode } from './model';
import { cellText, parseYesNo } from './values';

/** Fewer recognisable criterion ids than this and a sheet is not a criteria sheet. */
const MIN_CRITERIA = 5;

export interface CriteriaLayout {
  readonly idColumn: number;
  /** The status column; -1 for a tick form. */
  readonly statusColumn: number;
  /** A tick form: one column per status (erfüllt | teilweise | nicht erfüllt | offen), a mark in one of them. */
  readonly tickColumns: Readonly<Partial<Record<CriterionStatus, number>>> | null;
  readonly evidenceColumn: number | null;
  readonly score: number;
}

/** A header row naming two or more statuses, one per column: a tick form. */
function tickForm(values: readonly (readonly CellValue[])[], idColumn: number): Partial<Record<CriterionStatus, number>> | null {
  for (let r = 0; r < Math.min(values.length, HEADER_SEARCH_ROWS); r++) {
    const columns: Partial<Record<CriterionStatus, number>> = {};
    const row = values[r];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (c === idColumn || typeof v !== 'string') continue;
      // Only status words as headers: "x" or "ja" in a header row is not one.
      const status = /[a-zäöü]{4}/i.test(v) ? parseCriterionStatus(v) : null;
      if (status !== null && columns[status] === undefined) columns[status] = c;
    }
    if (Object.keys(columns).length >= 2) return columns;
  }
  return null;
}

/**
 * Finds a criteria sheet by content: the column with most NZFH criterion ids, and as status column
 * the header named so, else the column with most readable statuses.
 */
export function detectCriteriaLayout(grid: SheetGrid): CriteriaLayout | null {
  const { values } = grid;
  const { column: idColumn, count: idCount } = bestColumn(values, isCriterionId);
  const hint = /kriter|qualitaet|criteria|quality/.test(fold(grid.name)) ? 10 : 0;
  // A sheet named for the criteria is theirs however few it lists so far (the rest is said as not listed).
  if (idCount < (hint > 0 ? 1 : MIN_CRITERIA)) return null;
  const ticks = tickForm(values, idColumn);
  if (ticks) {
    const evidence = values.slice(0, HEADER_SEARCH_ROWS).map((row) => matchHeaderRow(row, CRITERIA_COLUMN_PATTERNS)?.columns.evidence).find((c) => c !== undefined) ?? null;
    return { idColumn, statusColumn: -1, tickColumns: ticks, evidenceColumn: evidence, score: idCount + hint };
  }
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
  return { idColumn, statusColumn, tickColumns: null, evidenceColumn, score: idCount + hint };
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

/** A tick in a tick form: x, ✓, ja, 1, TRUE; an explicit "nein" or "-" is no tick. */
function isTick(v: CellValue): boolean {
  return parseYesNo(v) === true;
}

function isCriterionId(v: CellValue): boolean {
  if (typeof v === 'string') return /^\s*(kriterium|krit\.?|k)?\s*[3-6][.,]\d{1,2}\.?\s*$/i.test(v) && criterionById(v) !== undefined;
  return typeof v === 'number' && criterionById(v) !== undefined;
}

/**
 * The criteria rows. On a tick form a row's status is the one column ticked; a row with no tick or
 * with several is unclear: no status (never "met"), and said.
 */
export function readCriteriaRows(grid: SheetGrid, layout: CriteriaLayout, findings: Finding<ReaderFindingCode>[] = []): CriteriaSheet {
  const rows: CriterionRow[] = [];
  const ticks = layout.tickColumns ? (Object.entries(layout.tickColumns) as [CriterionStatus, number][]) : null;
  if (ticks) findings.push(finding('criteria-tick-form', 'info', { sheet: grid.name }, { sheet: grid.name }));
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
    let status: CriterionStatus | null;
    let statusColumn = layout.statusColumn;
    if (ticks) {
      const ticked = ticks.filter(([, c]) => isTick(row[c] ?? null));
      status = ticked.length === 1 ? ticked[0][0] : null;
      statusColumn = ticked.length === 1 ? ticked[0][1] : ticks[0][1];
      if (ticked.length !== 1) {
        findings.push(finding('criterion-status-unclear', 'warning', { criterion: criterion.id, ticks: ticked.length, value: null }, { criterion: criterion.id, sheet: grid.name, row: grid.originRow + r, column: grid.originColumn + statusColumn }));
      }
    } else {
      const cell = row[layout.statusColumn] ?? null;
      status = parseCriterionStatus(cell);
      // Text no spelling reads ("ja, seit 2023", "80 %", "erfüllt?") stays open, and is said.
      const text = isCellError(cell) ? '' : cellText(cell);
      if (status === null && text !== '') {
        findings.push(finding('criterion-status-unclear', 'warning', { criterion: criterion.id, ticks: 0, value: text }, { criterion: criterion.id, sheet: grid.name, row: grid.originRow + r, column: grid.originColumn + statusColumn }));
      }
    }
    rows.push({
      row: grid.originRow + r,
      criterionId: criterion.id,
      status,
      evidence: evidence === '' ? null : evidence,
      statusColumn: grid.originColumn + statusColumn,
    });
  });
  return { sheet: grid.name, rows };
}
