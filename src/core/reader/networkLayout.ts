import { CellRange, CellValue, SheetGrid } from '../grid';
import { classifyLabel } from '../taxonomy/classifier';
import { fold } from '../text';
import { NETWORK_COLUMN_PATTERNS } from './columnSynonyms';
import { findHeaderRow, twoRowHeader } from './headerMatch';
import { NetworkField } from './model';
import { cellText } from './values';

/** Rows sampled when judging how network-like a column is; enough for a verdict, cheap on huge sheets. */
const SAMPLE_ROWS = 200;

export interface NetworkLayout {
  /** Index into values of the header row (the lower row of a two-row header), or null for a list without header. */
  readonly headerIndex: number | null;
  /** Index of the group row above a two-row header. */
  readonly groupIndex?: number;
  /** Field → index into a values row. */
  readonly columns: Partial<Record<NetworkField, number>>;
  /** An Angebotsmatrix: one column per Sozialraum under a group heading, a mark where the partner works. */
  readonly sozialraumColumns?: readonly { readonly column: number; readonly name: string }[];
  /** How network-like the sheet is; 0 = not a network list. */
  readonly score: number;
}

/** A group heading over one column per Sozialraum. */
const SOZIALRAUM_GROUP = /^(sozialraum|sozialraeume|stadtteil(e)?|ortsteil(e)?|region(en)?|planungsraum|planungsraeume|quartier(e)?|bezirk(e)?|einsatzgebiet(e)?|versorgungsgebiet(e)?|einzugsgebiet(e)?|standort(e)?)$/;

/** The column (grid index) whose cell owns a merged block covering (row, column) of the grid; null when none. */
function mergeOwner(grid: SheetGrid, row: number): ((column: number) => number | null) | null {
  const merges = grid.layout?.merges;
  if (!merges) return null;
  const sheetRow = grid.originRow + row;
  const across: CellRange[] = merges.filter((m) => m.top <= sheetRow && m.bottom >= sheetRow && m.right > m.left);
  return (column) => {
    const sheetColumn = grid.originColumn + column;
    const m = across.find((x) => x.left <= sheetColumn && x.right >= sheetColumn);
    return m ? m.left - grid.originColumn : null;
  };
}

/**
 * Finds the header and columns of a partner list by content: header words first (one row or two), else
 * the column of recognisable partners. A `sibling` of lists already found (the last sheet of a network
 * kept one sheet per Kernbereich) needs less: a name column, or one recognisable partner.
 */
export function detectNetworkLayout(grid: SheetGrid, sibling = false): NetworkLayout | null {
  const tableHeaders = (grid.tables ?? []).map((t) => t.headerRow);
  const groups = (g: number) => twoRowHeader(grid.values[g] ?? [], grid.values[g + 1] ?? [], mergeOwner(grid, g));
  const header = findHeaderRow(
    grid.values,
    NETWORK_COLUMN_PATTERNS,
    (m) => m.columns.name !== undefined || (m.columns.type !== undefined && m.fields >= 2),
    tableHeaders,
    (text) => classifyLabel(text).actorType !== null,
    groups,
  );
  const nameHint = /netzwerk|partner|akteur|network|kooperation/.test(fold(grid.name)) ? 10 : 0;
  if (header) {
    const labelColumn = header.columns.type ?? header.columns.name;
    const classified = labelColumn === undefined ? 0 : countClassified(grid.values, labelColumn, header.row + 1);
    const nameClassified = header.columns.name === undefined ? 0 : countClassified(grid.values, header.columns.name, header.row + 1);
    const evidence = Math.max(classified, nameClassified);
    // A header alone (e.g. "Sozialraum | Angebot" on a budget sheet) needs some recognisable partners.
    if ((header.columns.name !== undefined && (header.fields >= 2 || sibling)) || evidence >= (sibling ? 1 : 3)) {
      const columns = { ...header.columns };
      let groupRow = header.groupRow;
      let headerRow = header.row;
      // A one-row header over an Angebotsmatrix ("Sozialraum" above one column per Sozialraum) reads
      // as well as the two rows together; the row of Sozialraum names below decides for two rows.
      if (groupRow === undefined) {
        const below = sozialraumMatrix(grid, header.row);
        if (below.length >= 2 && below.every((m) => classifyLabel(m.name).actorType === null)) {
          groupRow = header.row;
          headerRow = header.row + 1;
        }
      }
      const matrix = groupRow === undefined ? [] : sozialraumMatrix(grid, groupRow);
      if (matrix.length >= 2 && columns.sozialraum !== undefined && matrix.some((m) => m.column === columns.sozialraum)) delete columns.sozialraum;
      return {
        headerIndex: headerRow,
        groupIndex: groupRow,
        columns,
        sozialraumColumns: matrix.length >= 2 ? matrix : undefined,
        score: header.fields * 5 + Math.min(evidence, 50) + nameHint,
      };
    }
  }
  const column = bestLabelColumn(grid.values, sibling ? 1 : 3);
  if (!column) return null;
  return { headerIndex: null, columns: { name: column.index }, score: Math.min(column.classified, 50) + nameHint };
}

/** Columns under a "Sozialraum" (or Stadtteile, Regionen …) group heading, named by their sub-labels. */
function sozialraumMatrix(grid: SheetGrid, groupIndex: number): { column: number; name: string }[] {
  const upper = grid.values[groupIndex] ?? [];
  const lower = grid.values[groupIndex + 1] ?? [];
  const owner = mergeOwner(grid, groupIndex);
  const width = Math.max(upper.length, lower.length);
  const out: { column: number; name: string }[] = [];
  let group = '';
  for (let c = 0; c < width; c++) {
    const own = cellText(upper[c] ?? null);
    const sub = cellText(lower[c] ?? null);
    if (own !== '') group = own;
    else if (owner) {
      const o = owner(c);
      group = o === null ? '' : cellText(upper[o] ?? null);
    } else if (sub === '') group = '';
    if (sub !== '' && SOZIALRAUM_GROUP.test(fold(group))) out.push({ column: c, name: sub });
  }
  return out;
}

function countClassified(values: readonly (readonly CellValue[])[], column: number, from: number): number {
  let count = 0;
  const end = Math.min(values.length, from + SAMPLE_ROWS);
  for (let r = from; r < end; r++) {
    const v = values[r][column];
    if (typeof v === 'string' && classifyLabel(v).actorType) count++;
  }
  return count;
}

function bestLabelColumn(values: readonly (readonly CellValue[])[], least: number): { index: number; classified: number } | null {
  // Per column: text cells and recognisable partners among them, cell by cell over the sample rows.
  const text = new Map<number, number>();
  const classified = new Map<number, number>();
  const end = Math.min(values.length, SAMPLE_ROWS);
  for (let r = 0; r < end; r++) {
    const row = values[r];
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (typeof v !== 'string' || cellText(v) === '') continue;
      text.set(c, (text.get(c) ?? 0) + 1);
      if (classifyLabel(v).actorType) classified.set(c, (classified.get(c) ?? 0) + 1);
    }
  }
  let best: { index: number; classified: number } | null = null;
  for (const [c, n] of [...classified].sort((a, b) => a[0] - b[0])) {
    if (n >= least && n >= (text.get(c) ?? 0) * 0.3 && (!best || n > best.classified)) best = { index: c, classified: n };
  }
  return best;
}
