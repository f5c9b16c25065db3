import { CellValue, SheetGrid, isCellError } from '../grid';
import { fold } from '../text';
import { BUDGET_COLUMN_PATTERNS } from './columnSynonyms';
import { HEADER_SEARCH_ROWS, matchHeaderRow } from './headerMatch';
import { finding, Finding } from '../findings/finding';
import { BudgetLine, BudgetSheet, FundingSource, ReaderFindingCode } from './model';
import { cellText, parseNumber, parseShare } from './values';
import { yearCell, yearInText, yearOf } from './years';

type BudgetField = 'amount' | 'sozialraum' | 'label' | 'source' | 'children' | 'births' | 'indicator' | 'year';

/** An amount column for one year: "2026", "Ansatz 2026", "Ist 2025", "Budget 2026 (€)". */
export interface YearColumn {
  readonly column: number;
  readonly year: number;
  /** Planned (Ansatz, Plan, Soll, Budget) before other, other before actual (Ist): the council decides on plans. */
  readonly kind: 'plan' | 'other' | 'actual';
  readonly header: string;
}

export interface BudgetLayout {
  readonly headerIndex: number;
  readonly columns: Partial<Record<BudgetField, number>>;
  /** Amount columns by year, when the header has them. */
  readonly years: readonly YearColumn[];
  readonly score: number;
}

const PLAN = /ansatz|plan|soll|budget|haushalt|mittel|beantragt|bewilligt/;
const ACTUAL = /\bist\b|ergebnis|ausgaben|verbraucht|abgerechnet/;

/** Header cells that name a year and nothing else a budget column means (not "Kinder 0–3 2025"). */
function yearColumns(row: readonly CellValue[]): YearColumn[] {
  const out: YearColumn[] = [];
  row.forEach((v, column) => {
    const header = cellText(v ?? null);
    const bare = yearCell(v ?? null);
    const year = bare ?? (typeof v === 'string' ? yearInText(v) : null);
    if (year === null || header === '') return;
    const t = fold(header);
    if (/kinder|children|u3|0\s*-\s*3|geburten|births/.test(t)) return;
    // A year beside other words is an amount column only when the words say money ("Ansatz 2026", "Ist 2025"), not "Netzwerkkonferenz 2026".
    // A header is short: a sentence with a year in it ("Überarbeitung 2027 geplant") is a data cell.
    if (bare === null && (header.length > 24 || !(PLAN.test(t) || ACTUAL.test(t) || /betrag|€|\beur\b|euro|kosten|amount/.test(t)))) return;
    out.push({ column, year, kind: ACTUAL.test(t) ? 'actual' : PLAN.test(t) || /^\d{4}/.test(t) ? 'plan' : 'other', header });
  });
  return out;
}

/** A budget table: an amount column (or amount columns per year) plus at least one of Sozialraum, measure or funding source. */
export function detectBudgetLayout(grid: SheetGrid): BudgetLayout | null {
  // Asked for the same sheet by the settings, network and budget choices: decided once per sheet.
  let known = LAYOUTS.get(grid);
  if (known === undefined) LAYOUTS.set(grid, (known = budgetLayoutOf(grid)));
  return known;
}

const LAYOUTS = new WeakMap<SheetGrid, BudgetLayout | null>();

function budgetLayoutOf(grid: SheetGrid): BudgetLayout | null {
  const preferred = (grid.tables ?? []).map((t) => t.headerRow);
  const rows = [...preferred.filter((r) => r >= 0 && r < grid.values.length), ...Array.from({ length: Math.min(grid.values.length, HEADER_SEARCH_ROWS) }, (_, i) => i)];
  let best: BudgetLayout | null = null;
  for (const r of rows) {
    const row = grid.values[r];
    const m = matchHeaderRow(row, BUDGET_COLUMN_PATTERNS);
    const years = yearColumns(row);
    const described = m !== null && (m.columns.sozialraum !== undefined || m.columns.label !== undefined || m.columns.source !== undefined);
    if (!m || !described || (m.columns.amount === undefined && years.length === 0)) continue;
    const fields = m.fields + (m.columns.amount === undefined ? 1 : 0);
    if (!best || fields * 5 > best.score) best = { headerIndex: r, columns: m.columns, years, score: fields * 5 };
  }
  if (!best) return null;
  const hint = /budget|haushalt|finanz|mittel|kosten|etat|foerder/.test(fold(grid.name)) ? 10 : 0;
  return { ...best, score: best.score + hint };
}

/**
 * The amount column to read: with amount columns per year, the reporting year's (planned before
 * actual), else the newest year's; the choice is said. A reporting year the sheet has no column
 * for leaves the budget unknown, rather than another year's figure in its place.
 */
function amountColumn(grid: SheetGrid, layout: BudgetLayout, reportYear: number | null, findings: Finding<ReaderFindingCode>[]): number | null {
  const years = layout.years;
  const plain = layout.columns.amount;
  const plainIsYear = plain !== undefined && years.some((y) => y.column === plain);
  if (years.length === 0 || (years.length === 1 && plain !== undefined && !plainIsYear)) return plain ?? null;
  const available = [...new Set(years.map((y) => y.year))].sort((a, b) => a - b);
  const place = { sheet: grid.name, row: grid.originRow + layout.headerIndex };
  if (reportYear !== null && !available.includes(reportYear)) {
    findings.push(finding('budget-year-missing', 'warning', { year: reportYear, available, scope: 'column' }, place));
    return null;
  }
  const year = reportYear ?? available[available.length - 1];
  const rank = { plan: 0, other: 1, actual: 2 } as const;
  const chosen = years.filter((y) => y.year === year).sort((a, b) => rank[a.kind] - rank[b.kind])[0];
  if (years.length > 1) {
    findings.push(
      finding(
        'budget-column-chosen',
        'info',
        { header: chosen.header, year, basis: reportYear !== null ? 'settings' : 'newest', others: years.filter((y) => y !== chosen).map((y) => y.header) },
        { ...place, column: grid.originColumn + chosen.column },
      ),
    );
  }
  return chosen.column;
}

const TOTAL_ROW = /^(summe|gesamt|insgesamt|total|zwischensumme|gesamtsumme|sum)\b/;

/** Thousands of euros, as council papers write them: "T€", "TEUR", "Tsd. €", "in Tausend Euro". */
const THOUSANDS = /(^|[^a-z])(t€|teur|tsd\.?\s*(€|eur)|tausend\s*(€|eur)|in\s+tausend)/i;

/** An amount cell; in a column headed in thousands (or written "45 T€") the figure is multiplied out. */
function amountOf(raw: CellValue, columnInThousands: boolean): number | null {
  if (typeof raw === 'string' && THOUSANDS.test(raw)) {
    const n = parseNumber(raw.replace(THOUSANDS, '$1'));
    return n === null ? null : n * 1000;
  }
  const n = parseNumber(raw);
  return n !== null && columnInThousands ? n * 1000 : n;
}

/** Section headings of a plan kept as income and spending ("Einnahmen" … "Ausgaben" …). */
const INCOME_HEADING = /^(einnahmen|ertraege|finanzierung|mittelherkunft|deckung|income|revenue|funding)$/;
const SPENDING_HEADING = /^(ausgaben|aufwendungen|aufwand|kosten|mittelverwendung|verwendung|expenditure|expenses|spending|costs)$/;

type Section = 'income' | 'spending' | null;

/** The section a row opens: a lone heading word in its first filled cell, no amount beside it. */
function sectionOf(row: readonly CellValue[], amountCol: number): Section {
  const first = row.find((v) => cellText(v ?? null) !== '');
  if (first === undefined || parseNumber(row[amountCol] ?? null) !== null) return null;
  const t = fold(cellText(first)).replace(/[:.]+$/, '');
  return INCOME_HEADING.test(t) ? 'income' : SPENDING_HEADING.test(t) ? 'spending' : null;
}

/**
 * Lines of a plan kept as income and spending: the same money twice. Only the spending (or the lines
 * under no income heading) counts: the measures the need model compares with; the choice is said
 * with both sums. A sheet of income lines alone is the budget as it stands.
 */
function spendingOnly(grid: SheetGrid, layout: BudgetLayout, amountCol: number, lines: BudgetLine[], sections: ReadonlyMap<number, Section>, findings: Finding<ReaderFindingCode>[]): BudgetLine[] {
  const of = (l: BudgetLine) => sections.get(l.row) ?? null;
  if (!lines.some((l) => of(l) === 'income') || lines.every((l) => of(l) === 'income')) return lines;
  const kept = lines.filter((l) => of(l) !== 'income');
  const sum = (list: readonly BudgetLine[]) => list.reduce((t, l) => t + l.amount, 0);
  const place = { sheet: grid.name, row: grid.originRow + layout.headerIndex, column: grid.originColumn + amountCol };
  findings.push(finding('budget-section-chosen', 'info', { spending: sum(kept), income: sum(lines.filter((l) => of(l) === 'income')), skipped: lines.length - kept.length }, place));
  return kept;
}

/**
 * A sheet with one row per year and measure ("Jahr | Maßnahme | Betrag"): only the reporting year's
 * rows count, else the newest year's, and the choice is said. A blank year carries the one above
 * (years written once per block). Null: no year column, or one year only; undefined: the reporting
 * year has no rows, said as budget-year-missing, so the budget stays unknown.
 */
function yearOfRows(
  grid: SheetGrid,
  layout: BudgetLayout,
  reportYear: number | null,
  findings: Finding<ReaderFindingCode>[],
): { readonly year: number; readonly of: readonly (number | null)[] } | null | undefined {
  const c = layout.columns.year;
  if (c === undefined) return null;
  const of: (number | null)[] = [];
  let last: number | null = null;
  for (let r = layout.headerIndex + 1; r < grid.values.length; r++) {
    const v = grid.values[r][c] ?? null;
    const year = yearOf(v);
    if (year !== null) last = year;
    else if (cellText(v) !== '') last = null;
    of[r] = last;
  }
  const available = [...new Set(of.filter((y): y is number => y !== null))].sort((a, b) => a - b);
  if (available.length === 0) return null;
  const place = { sheet: grid.name, row: grid.originRow + layout.headerIndex, column: grid.originColumn + c };
  if (reportYear !== null && !available.includes(reportYear)) {
    findings.push(finding('budget-year-missing', 'warning', { year: reportYear, available, scope: 'rows' }, place));
    return undefined;
  }
  const year = reportYear ?? available[available.length - 1];
  if (available.length > 1) {
    const skipped = of.filter((y, r) => y !== year && grid.values[r].some((v) => cellText(v ?? null) !== '')).length;
    const header = cellText(grid.values[layout.headerIndex][c] ?? null);
    findings.push(finding('budget-rows-chosen', 'info', { header, year, basis: reportYear !== null ? 'settings' : 'newest', others: available.filter((y) => y !== year), skipped }, place));
  }
  return { year, of };
}

export function parseFundingSource(text: string): FundingSource | null {
  const t = fold(text);
  if (t === '') return null;
  if (/bundesstiftung|bundesinitiative|\bbsfh\b|\bbund\b|bundesmittel|federal/.test(t)) return 'bundesstiftung';
  if (/\bland\b|landes|laender|state/.test(t)) return 'land';
  if (/kommun|stadt|kreis|bezirk|gemeinde|eigenmittel|haushalt|municipal|local/.test(t)) return 'kommunal';
  return 'sonstige';
}

/** The budget lines under the header; null when the reporting year has no amount column (said as a finding). */
export function readBudgetRows(grid: SheetGrid, layout: BudgetLayout, findings: Finding<ReaderFindingCode>[], reportYear: number | null = null): BudgetSheet | null {
  const { values, originRow, originColumn } = grid;
  const cols = layout.columns;
  const chosen = amountColumn(grid, layout, reportYear, findings);
  if (chosen === null) return null;
  const amountCol = chosen;
  const rowYears = yearOfRows(grid, layout, reportYear, findings);
  if (rowYears === undefined) return null;
  // Thousands in the amount's header, or in a title above the table ("Beträge in Tausend Euro").
  const amountHeader = cellText(values[layout.headerIndex][amountCol] ?? null);
  const inThousands = THOUSANDS.test(amountHeader) || values.slice(0, layout.headerIndex).some((row) => row.some((v) => typeof v === 'string' && THOUSANDS.test(v)));
  if (inThousands) findings.push(finding('budget-in-thousands', 'info', { header: amountHeader }, { sheet: grid.name, row: originRow + layout.headerIndex, column: originColumn + amountCol }));
  const lines: BudgetLine[] = [];
  // The section each line stands in; the header row itself may open one ("Einnahmen | | Betrag").
  const sections = new Map<number, Section>();
  let section: Section = sectionOf(values[layout.headerIndex], -1);
  const get = (row: readonly CellValue[], c: number | undefined): CellValue => (c === undefined ? null : row[c] ?? null);
  const text = (row: readonly CellValue[], c: number | undefined): string | null => {
    const t = cellText(get(row, c));
    return t === '' ? null : t;
  };
  for (let r = layout.headerIndex + 1; r < values.length; r++) {
    const row = values[r];
    const sozialraum = text(row, cols.sozialraum);
    const label = text(row, cols.label);
    // The measure names a total ("Summe Ausgaben"); a Sozialraum "gesamt" beside a measure is a district-wide line.
    const first = fold(label ?? sozialraum ?? cellText(row[0] ?? null));
    section = sectionOf(row, amountCol) ?? section;
    if (TOTAL_ROW.test(first)) continue;
    if (rowYears !== null && rowYears.of[r] !== rowYears.year) continue;
    const raw = get(row, amountCol);
    if (isCellError(raw)) {
      findings.push(finding('error-cell', 'warning', { error: raw.error }, { sheet: grid.name, row: originRow + r, column: originColumn + amountCol }));
      continue;
    }
    const amount = amountOf(raw, inThousands);
    if (amount === null) {
      if (cellText(raw) !== '') {
        findings.push(finding('unreadable-amount', 'warning', { value: cellText(raw) }, { sheet: grid.name, row: originRow + r, column: originColumn + amountCol }));
      }
      continue;
    }
    const sourceText = text(row, cols.source);
    const childrenRaw = get(row, cols.children);
    const birthsRaw = get(row, cols.births);
    const indicatorRaw = get(row, cols.indicator);
    sections.set(originRow + r, section);
    lines.push({
      row: originRow + r,
      label,
      sozialraum,
      source: sourceText === null ? null : parseFundingSource(sourceText),
      amount,
      children0to3: isCellError(childrenRaw) ? null : parseNumber(childrenRaw),
      births: isCellError(birthsRaw) ? null : parseNumber(birthsRaw),
      indicator: isCellError(indicatorRaw) ? null : parseShare(indicatorRaw),
    });
  }
  return { sheet: grid.name, headerRow: originRow + layout.headerIndex, amountColumn: originColumn + amountCol, lines: spendingOnly(grid, layout, amountCol, lines, sections, findings) };
}
