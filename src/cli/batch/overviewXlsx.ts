import { Lang } from '../../core/lang';
import { xlsxFile, XlsxSheetWithChart } from '../../workbook/xlsx/write/xlsxFile';
import { ChartData } from './chartData';
import { KIND_FORMATS, OverviewColumn } from './columns';
import { FileOutcome } from './row';

/** The zip comment by which fh-check knows an overview it wrote; Excel drops it on saving, so an overview a person saved is theirs. */
export const OVERVIEW_ZIP_COMMENT = 'fruehe-hilfen-check overview';

const SHEETS = { de: { table: 'Übersicht', chart: 'Diagramm' }, en: { table: 'Overview', chart: 'Chart' } } as const;

const width = (c: OverviewColumn, i: number) => (c.kind !== 'text' ? 14 : i === 0 ? 28 : 40);

/**
 * The overview as an .xlsx file to open directly: one row per file under a bold, frozen header row
 * with an AutoFilter, every figure a number with its format (%, €), unknown figures as empty cells;
 * a second sheet ranks the districts by the chosen indicator beside a native bar chart of it.
 */
export function overviewXlsx(lines: readonly FileOutcome[], columns: readonly OverviewColumn[], chart: ChartData, lang: Lang): Buffer {
  const table: XlsxSheetWithChart = {
    name: SHEETS[lang].table,
    rows: [columns.map((c) => c.label), ...lines.map((line) => columns.map((c) => c.value(line)))],
    columnFormats: columns.map((c) => KIND_FORMATS[c.kind]),
    columnWidths: columns.map(width),
    headingRows: [0],
    freezeRows: 1,
    freezeColumns: 1,
    autoFilter: true,
  };
  const valued = chart.points.slice(0, chart.valued);
  const ranking: XlsxSheetWithChart = {
    name: SHEETS[lang].chart,
    rows: [[columns[0].label, chart.column.label], ...chart.points.map((p) => [p.district, p.value])],
    columnFormats: [null, KIND_FORMATS[chart.column.kind]],
    columnWidths: [28, 16],
    headingRows: [0],
    freezeRows: 1,
    chart:
      valued.length === 0
        ? undefined
        : {
            title: chart.column.label,
            seriesName: chart.column.label,
            categoryColumn: 0,
            valueColumn: 1,
            firstRow: 1,
            lastRow: valued.length,
            categories: valued.map((p) => p.district),
            values: valued.map((p) => p.value),
            valueFormat: KIND_FORMATS[chart.column.kind] ?? 'General',
            valueMax: chart.column.kind === 'percent' && valued.every((p) => (p.value as number) <= 1) ? 1 : undefined,
            horizontal: true,
            // About one row per bar, so names stay readable; within what Excel draws comfortably.
            anchor: { column: 3, row: 1, columns: 10, rows: Math.min(200, Math.max(16, Math.ceil(valued.length * 1.2) + 6)) },
          },
  };
  return xlsxFile([table, ranking], OVERVIEW_ZIP_COMMENT);
}
