"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.chartData = chartData;
const row_1 = require("./row");
function chartData(lines, columns, indicator) {
    const column = columns.find((c) => c.chart === indicator);
    const points = lines
        .filter((l) => l.kind === 'row')
        .map((l) => {
        const v = column.value(l);
        return { district: (0, row_1.districtOf)(l.row), value: typeof v === 'number' ? v : null };
    });
    points.sort((a, b) => (a.value === null ? (b.value === null ? 0 : 1) : b.value === null ? -1 : b.value - a.value));
    return { column, points, valued: points.filter((p) => p.value !== null).length };
}
