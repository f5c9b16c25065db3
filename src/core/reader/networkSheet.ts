import { CellValue, SheetGrid, isCellError } from '../grid';
import { classifyActor, classifyLabel, resolveKernbereich } from '../taxonomy/classifier';
import { Kernbereich } from '../taxonomy/kernbereich';
import { fold } from '../text';
import { NETWORK_COLUMN_PATTERNS } from './columnSynonyms';
import { findHeaderRow } from './headerMatch';
import { finding, Finding } from '../findings/finding';
import { NetworkActor, NetworkField, NetworkSheet, ReaderFindingCode } from './model';
import { cellText, filledCells, parseYesNo } from './values';

/** Rows sampled when judging how network-like a column is; enough for a verdict, cheap on huge sheets. */
const SAMPLE_ROWS = 200;

export interface NetworkLayout {
  /** Index into values of the header row, or null for a list without header. */
  readonly headerIndex: number | null;
  /** Field → index into a values row. */
  readonly columns: Partial<Record<NetworkField, number>>;
  /** How network-like the sheet is; 0 = not a network list. */
  readonly score: number;
}

/** Finds the header and columns of a partner list by content: header words first, else the column of recognisable partners. */
export function detectNetworkLayout(grid: SheetGrid): NetworkLayout | null {
  const tableHeaders = (grid.tables ?? []).map((t) => t.headerRow);
  const header = findHeaderRow(
    grid.values,
    NETWORK_COLUMN_PATTERNS,
    (m) => m.columns.name !== undefined || (m.columns.type !== undefined && m.fields >= 2),
    tableHeaders,
    (text) => classifyLabel(text).actorType !== null,
  );
  const nameHint = /netzwerk|partner|akteur|network|kooperation/.test(fold(grid.name)) ? 10 : 0;
  if (header) {
    const labelColumn = header.columns.type ?? header.columns.name;
    const classified = labelColumn === undefined ? 0 : countClassified(grid.values, labelColumn, header.row + 1);
    const nameClassified = header.columns.name === undefined ? 0 : countClassified(grid.values, header.columns.name, header.row + 1);
    const evidence = Math.max(classified, nameClassified);
    // A header alone (e.g. "Sozialraum | Angebot" on a budget sheet) needs some recognisable partners.
    if ((header.columns.name !== undefined && header.fields >= 2) || evidence >= 3) {
      return { headerIndex: header.row, columns: header.columns, score: header.fields * 5 + Math.min(evidence, 50) + nameHint };
    }
  }
  const column = bestLabelColumn(grid.values);
  if (!column) return null;
  return { headerIndex: null, columns: { name: column.index }, score: Math.min(column.classified, 50) + nameHint };
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

function bestLabelColumn(values: readonly (readonly CellValue[])[]): { index: number; classified: number } | null {
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
    if (n >= 3 && n >= (text.get(c) ?? 0) * 0.3 && (!best || n > best.classified)) best = { index: c, classified: n };
  }
  return best;
}

const SUM_ROW = /^\s*(summe|gesamt|insgesamt|total|zwischensumme|anzahl)\b/i;

/**
 * Reads partner rows below the header. Blank rows are skipped; a row holding only a Kernbereich
 * name ("Gesundheitsbereich") is a section heading that gives the following rows their Kernbereich
 * when their type cannot be recognised. Error cells are read as empty and reported.
 */
export function readNetworkRows(grid: SheetGrid, layout: NetworkLayout, findings: Finding<ReaderFindingCode>[]): NetworkSheet {
  const { values, originRow, originColumn } = grid;
  const cols = layout.columns;
  const actors: NetworkActor[] = [];
  let section: Kernbereich | null = null;
  const start = layout.headerIndex === null ? 0 : layout.headerIndex + 1;
  // Plain column numbers (-1 = absent): this loop runs once per partner on lists of 100,000 rows.
  const column = (field: NetworkField): number => cols[field] ?? -1;
  const [cName, cType, cKern, cRaum, cAgree, cSteer, cForum, cRole] = (['name', 'type', 'kernbereich', 'sozialraum', 'agreement', 'steering', 'forum', 'role'] as const).map(column);
  const at = (r: number, c: number) => ({ sheet: grid.name, row: originRow + r, column: originColumn + c });
  const text = (row: readonly CellValue[], r: number, c: number): string | null => {
    if (c < 0) return null;
    const v = row[c];
    if (v === undefined || v === null) return null;
    if (typeof v === 'object') {
      findings.push(finding('error-cell', 'warning', { error: v.error }, at(r, c)));
      return null;
    }
    const t = cellText(v);
    return t === '' ? null : t;
  };
  const mark = (row: readonly CellValue[], r: number, c: number): boolean | null => {
    if (c < 0) return null;
    const v = row[c];
    if (v === undefined || v === null) return null;
    if (isCellError(v)) {
      findings.push(finding('error-cell', 'warning', { error: v.error }, at(r, c)));
      return null;
    }
    const parsed = parseYesNo(v);
    if (parsed === null && cellText(v) !== '') findings.push(finding('unclear-mark', 'info', { value: cellText(v) }, at(r, c)));
    return parsed;
  };
  for (let r = start; r < values.length; r++) {
    const row = values[r];
    const name = text(row, r, cName);
    const typeText = text(row, r, cType);
    if (name === null && typeText === null) continue;
    const label = name ?? (typeText as string);
    const classification = classifyActor(label, name === null ? null : typeText);
    // Sum rows and section headings never name an actor type: only unrecognised rows need the checks.
    if (classification.actorType === null) {
      if (SUM_ROW.test(label)) continue;
      if (isSectionRow(row, label)) {
        section = resolveKernbereich(label);
        continue;
      }
    }
    const stated = text(row, r, cKern);
    const statedKernbereich = stated === null ? null : resolveKernbereich(stated);
    actors.push({
      row: originRow + r,
      name: label,
      typeText,
      actorTypeId: classification.actorType === null ? null : classification.actorType.id,
      kernbereich: classification.kernbereich ?? statedKernbereich ?? section,
      statedKernbereich,
      sozialraum: text(row, r, cRaum),
      agreement: mark(row, r, cAgree),
      steering: mark(row, r, cSteer),
      forum: mark(row, r, cForum),
      role: text(row, r, cRole),
    });
  }
  const columns: Partial<Record<NetworkField, number>> = {};
  for (const [field, c] of Object.entries(cols) as [NetworkField, number][]) columns[field] = originColumn + c;
  return {
    sheet: grid.name,
    headerRow: layout.headerIndex === null ? null : originRow + layout.headerIndex,
    columns,
    actors,
  };
}

function isSectionRow(row: readonly CellValue[], label: string): boolean {
  return filledCells(row) === 1 && resolveKernbereich(label) !== null;
}
