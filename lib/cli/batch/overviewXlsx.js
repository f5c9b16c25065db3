"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.OVERVIEW_ZIP_COMMENT = void 0;
exports.overviewXlsx = overviewXlsx;
const xlsxFile_1 = require("../../workbook/xlsx/write/xlsxFile");
const columns_1 = require("./columns");
exports.OVERVIEW_ZIP_COMMENT = 'fruehe-hilfen-check overview';
const SHEETS = { de: { table: 'Übersicht', chart: 'Diagramm' }, en: { table: 'Overview', chart: 'Chart' } };
const width = (c, i) => (c.kind !== 'text' ? 14 : i === 0 ? 28 : 40);
function overviewXlsx(lines, columns, chart, lang) {
    const table = {
        name: SHEETS[lang].table,
        rows: [columns.map((c) => c.label), ...lines.map((line) => columns.map((c) => c.value(line)))],
        columnFormats: columns.map((c) => columns_1.KIND_FORMATS[c.kind]),
        columnWidths: columns.map(width),
        headingRows: [0],
        freezeRows: 1,
        freezeColumns: 1,
        autoFilter: true,
    };
    const valued = chart.points.slice(0, chart.valued);
    const ranking = {
        name: SHEETS[lang].chart,
        rows: [[columns[0].label, chart.column.label], ...chart.points.map((p) => [p.district, p.value])],
        columnFormats: [null, columns_1.KIND_FORMATS[chart.column.kind]],
        columnWidths: [28, 16],
        headingRows: [0],
        freezeRows: 1,
        chart: valued.length === 0
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
                valueFormat: columns_1.KIND_FORMATS[chart.column.kind] ?? 'General',
                valueMax: chart.column.kind === 'percent' && valued.every((p) => p.value <= 1) ? 1 : undefined,
                horizontal: true,
                anchor: { column: 3, row: 1, columns: 10, rows: Math.min(200, Math.max(16, Math.ceil(valued.length * 1.2) + 6)) },
            },
    };
    return (0, xlsxFile_1.xlsxFile)([table, ranking], exports.OVERVIEW_ZIP_COMMENT);
}
