import { mapTable } from '../mapTable';
import { Lang } from '../../core/lang';
import { ChartSpec, SheetToWrite } from '../../workbook/port';
import { FORMATS, reportDate, REPORT_LABELS, SEVERITY_LABELS } from '../labels';
import { Block, Cell, ReportDoc, TableBlock } from '../model';
import { rangeOf, SheetBuilder } from '../sheetBuilder';

/** Our chart's name: a refresh finds it by this and touches no other chart. */
export const BUDGET_CHART_NAME = 'FH_BudgetBedarf';
/** A chart spans the wide text column E and F beside its table (about 500 × 320 pt). */
const CHART_COLUMN = 4;
const CHART_COLUMNS = 2;
const CHART_ROWS = 16;

/** A cell as the sheet stores it: figures as numbers with a number format, text as text, "–" for not available. */
function put(b: SheetBuilder, row: number, column: number, cell: Cell): void {
  if (cell === null) return b.set(row, column, '–');
  if (typeof cell === 'string') return b.set(row, column, cell);
  b.set(row, column, cell.value);
  const format =
    cell.kind === 'euro' ? FORMATS.euro : cell.kind === 'percent' ? ((cell.digits ?? 0) > 0 ? FORMATS.percentOne : FORMATS.percent) : cell.kind === 'count' ? FORMATS.integer : FORMATS.number;
  b.format(row, column, format);
}

/** Writes a table (header row, then rows); returns the header's row index. */
function writeTable(b: SheetBuilder, t: TableBlock): number {
  const top = b.header(...t.columns.map((c) => c.label));
  for (const row of t.rows) {
    const r = b.add();
    row.cells.forEach((c, i) => put(b, r, i, c));
  }
  return top;
}

function writeBlock(b: SheetBuilder, block: Block, lang: Lang, sheet: string, charts: ChartSpec[]): void {
  switch (block.kind) {
    case 'paragraph':
      b.add(block.text);
      return;
    case 'facts':
      for (const item of block.items) {
        const r = b.add(item.label);
        put(b, r, 1, item.value);
      }
      return;
    case 'tiles':
      for (const item of block.items) {
        const r = b.add(item.icon ? `${item.icon} ${item.label}` : item.label);
        put(b, r, 1, item.value);
        if (item.reason) b.set(r, 2, item.reason);
      }
      return;
    case 'map':
      writeTable(b, mapTable(block, lang));
      return;
    case 'table':
      writeTable(b, block);
      return;
    case 'list':
      block.items.forEach((item, i) => b.add(block.ordered ? `${i + 1}. ${item}` : item));
      return;
    case 'chart': {
      const top = writeTable(b, block.table);
      // Native chart over the category column and the first series (budget) and second (need), beside the table.
      const width = Math.max(...block.series) + 1;
      charts.push({
        sheet,
        name: BUDGET_CHART_NAME,
        title: block.title,
        dataRange: rangeOf(top, 0, block.table.rows.length + 1, width),
        position: rangeOf(Math.max(0, top - 4), CHART_COLUMN, CHART_ROWS, CHART_COLUMNS),
        valueFormat: FORMATS.euro,
      });
      return;
    }
    case 'trend':
      // The table only: Excel would plot the "–" of a missing figure as zero.
      writeTable(b, block.table);
      return;
    case 'findings': {
      const t = REPORT_LABELS[lang];
      b.header(t.severityColumn, t.criterion, t.sheet, t.cell, t.finding, t.action);
      for (const f of block.items) b.add(SEVERITY_LABELS[lang][f.severity], f.criterion ?? '', f.sheet ?? '', f.cell ?? '', f.text, f.action ?? '');
      return;
    }
  }
}

/**
 * The Prüfbericht as a new sheet "Prüfbericht TT.MM.JJJJ" with native charts. Text from the
 * planner's workbook (names inside findings) is plain strings, which the port writes as text.
 */
export function renderSheet(doc: ReportDoc, date: Date): { sheet: SheetToWrite; charts: ChartSpec[] } {
  const t = REPORT_LABELS[doc.lang];
  const name = `${t.reportSheet} ${reportDate(date)}`;
  const b = new SheetBuilder();
  const charts: ChartSpec[] = [];
  b.heading(doc.title);
  for (const m of doc.meta) b.add(m.label, m.value);
  b.add(doc.intro);
  for (const section of doc.sections) {
    b.blank();
    b.heading(section.title);
    for (const block of section.blocks) writeBlock(b, block, doc.lang, name, charts);
  }
  b.blank();
  b.add(doc.footer);
  const built = b.build(name, { columnWidths: [34, 16, 16, 14, 70, 30, 16, 16], freezeRows: 1, activate: true });
  // Printed from Excel: the title on every page, the worklist's finding and action text wrapped (the
  // map stays a table here: pictures and shapes need ExcelApi 1.9+, the manifest declares 1.8).
  return { sheet: { ...built, print: { titleRows: '$1:$1', wrap: [`E1:F${Math.max(1, built.rows.length)}`] } }, charts };
}

/**
 * The "Budget-Diagramm" sheet: the report's budget table and a clustered column chart beside it.
 * The add-in's own sheet (replaceOwned), so pressing the button again refreshes it in place; the
 * planner's budget sheet is never touched. Null when the report has no budget chart.
 */
export function renderBudgetChartSheet(doc: ReportDoc): { sheet: SheetToWrite; chart: ChartSpec } | null {
  const chartBlock = doc.sections.flatMap((s) => s.blocks).find((b): b is Extract<Block, { kind: 'chart' }> => b.kind === 'chart');
  if (!chartBlock) return null;
  const t = REPORT_LABELS[doc.lang];
  const name = t.chartDataSheet;
  const b = new SheetBuilder();
  b.heading(chartBlock.title);
  b.add(t.chartDataNote);
  b.blank();
  const charts: ChartSpec[] = [];
  writeBlock(b, chartBlock, doc.lang, name, charts);
  const notes = doc.sections.find((s) => s.id === 'budget')?.blocks.filter((x): x is Extract<Block, { kind: 'paragraph' }> => x.kind === 'paragraph') ?? [];
  for (const note of notes) b.add(note.text);
  const placed: ChartSpec = { ...charts[0], position: rangeOf(3, 5, 18, 8) };
  return { sheet: b.build(name, { replaceOwned: true, columnWidths: [26, 14, 14, 14], activate: true }), chart: placed };
}
