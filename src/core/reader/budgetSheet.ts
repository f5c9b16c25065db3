import { CellValue, SheetGrid, isCellError } from '../grid';
import { fold } from '../text';
import { BUDGET_COLUMN_PATTERNS } from './columnSynonyms';
import { findHeaderRow } from './headerMatch';
import { finding, Finding } from '../findings/finding';
import { BudgetLine, BudgetSheet, FundingSource, ReaderFindingCode } from './model';
import { cellText, parseNumber } from './values';

type BudgetField = 'amount' | 'sozialraum' | 'label' | 'source' | 'children';

export interface BudgetLayout {
  readonly headerIndex: number;
  readonly columns: Partial<Record<BudgetField, number>>;
  readonly score: number;
}

/** A budget table: an amount column plus at least one of Sozialraum, measure or funding source. */
export function detectBudgetLayout(grid: SheetGrid): BudgetLayout | null {
  const header = findHeaderRow(
    grid.values,
    BUDGET_COLUMN_PATTERNS,
    (m) => m.columns.amount !== undefined && (m.columns.sozialraum !== undefined || m.columns.label !== undefined || m.columns.source !== undefined),
    (grid.tables ?? []).map((t) => t.headerRow),
  );
  if (!header) return null;
  const hint = /budget|haushalt|finanz|mittel|kosten|etat|foerder/.test(fold(grid.name)) ? 10 : 0;
  return { headerIndex: header.row, columns: header.columns, score: header.fields * 5 + hint };
}

const TOTAL_ROW = /^(summe|gesamt|insgesamt|total|zwischensumme|gesamtsumme|sum)\b/;

export function parseFundingSource(text: string): FundingSource | null {
  const t = fold(text);
  if (t === '') return null;
  if (/bundesstiftung|bundesinitiative|\bbsfh\b|\bbund\b|bundesmittel|federal/.test(t)) return 'bundesstiftung';
  if (/\bland\b|landes|laender|state/.test(t)) return 'land';
  if (/kommun|stadt|kreis|bezirk|gemeinde|eigenmittel|haushalt|municipal|local/.test(t)) return 'kommunal';
  return 'sonstige';
}

export function readBudgetRows(grid: SheetGrid, layout: BudgetLayout, findings: Finding<ReaderFindingCode>[]): BudgetSheet {
  const { values, originRow, originColumn } = grid;
  const cols = layout.columns;
  const amountCol = cols.amount as number;
  const lines: BudgetLine[] = [];
  const get = (row: readonly CellValue[], c: number | undefined): CellValue => (c === undefined ? null : row[c] ?? null);
  const text = (row: readonly CellValue[], c: number | undefined): string | null => {
    const t = cellText(get(row, c));
    return t === '' ? null : t;
  };
  for (let r = layout.headerIndex + 1; r < values.length; r++) {
    const row = values[r];
    const sozialraum = text(row, cols.sozialraum);
    const label = text(row, cols.label);
    const first = fold(sozialraum ?? label ?? cellText(row[0] ?? null));
    if (TOTAL_ROW.test(first)) continue;
    const raw = get(row, amountCol);
    if (isCellError(raw)) {
      findings.push(finding('error-cell', 'warning', { error: raw.error }, { sheet: grid.name, row: originRow + r, column: originColumn + amountCol }));
      continue;
    }
    const amount = parseNumber(raw);
    if (amount === null) {
      if (cellText(raw) !== '') {
        findings.push(finding('unreadable-amount', 'warning', { value: cellText(raw) }, { sheet: grid.name, row: originRow + r, column: originColumn + amountCol }));
      }
      continue;
    }
    const sourceText = text(row, cols.source);
    const childrenRaw = get(row, cols.children);
    lines.push({
      row: originRow + r,
      label,
      sozialraum,
      source: sourceText === null ? null : parseFundingSource(sourceText),
      amount,
      children0to3: isCellError(childrenRaw) ? null : parseNumber(childrenRaw),
    });
  }
  return { sheet: grid.name, headerRow: originRow + layout.headerIndex, amountColumn: originColumn + amountCol, lines };
}
