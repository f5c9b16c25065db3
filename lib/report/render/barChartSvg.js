"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.barChartSvg = barChartSvg;
const format_1 = require("../format");
const escapeHtml_1 = require("./escapeHtml");
const SERIES_COLOURS = ['#0f6cbd', '#8a3707', '#5c5c5c'];
function barChartSvg(title, table, series, lang) {
    const width = 640;
    const height = 300;
    const left = 80;
    const bottom = 60;
    const top = 30;
    const plotH = height - top - bottom;
    const value = (cell) => (cell !== null && typeof cell === 'object' ? cell.value : null);
    const bars = table.rows.map((row) => ({ name: typeof row.cells[0] === 'string' ? row.cells[0] : '', values: series.map((c) => value(row.cells[c])) }));
    const max = Math.max(1, ...bars.flatMap((b) => b.values.map((v) => v ?? 0)));
    const slot = (width - left - 10) / Math.max(bars.length, 1);
    const barW = Math.min(36, slot / (series.length + 0.6));
    const y = (v) => top + plotH - (v / max) * plotH;
    const parts = [];
    parts.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="${(0, escapeHtml_1.escapeHtml)(title)}" class="chart">`);
    parts.push(`<title>${(0, escapeHtml_1.escapeHtml)(title)}</title>`);
    for (let i = 0; i <= 4; i++) {
        const v = (max / 4) * i;
        parts.push(`<line x1="${left}" x2="${width - 10}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#d1d1d1" stroke-width="1"/>`);
        parts.push(`<text x="${left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" font-size="10">${(0, escapeHtml_1.escapeHtml)((0, format_1.formatEuro)(v, lang))}</text>`);
    }
    bars.forEach((b, i) => {
        const x = left + i * slot + slot / 2 - (barW * series.length) / 2;
        b.values.forEach((v, s) => {
            if (v === null)
                return;
            const label = `${b.name}: ${table.columns[series[s]].label} ${(0, format_1.formatEuro)(v, lang)}`;
            parts.push(`<rect x="${(x + s * barW).toFixed(1)}" y="${y(v).toFixed(1)}" width="${barW.toFixed(1)}" height="${(top + plotH - y(v)).toFixed(1)}" fill="${SERIES_COLOURS[s % SERIES_COLOURS.length]}"><title>${(0, escapeHtml_1.escapeHtml)(label)}</title></rect>`);
        });
        parts.push(`<text x="${(left + i * slot + slot / 2).toFixed(1)}" y="${height - bottom + 16}" text-anchor="middle" font-size="11">${(0, escapeHtml_1.escapeHtml)(b.name)}</text>`);
    });
    const legendY = height - 16;
    series.forEach((c, s) => {
        const x = left + s * 160;
        parts.push(`<rect x="${x}" y="${legendY - 9}" width="10" height="10" fill="${SERIES_COLOURS[s % SERIES_COLOURS.length]}"/><text x="${x + 14}" y="${legendY}" font-size="11">${(0, escapeHtml_1.escapeHtml)(table.columns[c].label)}</text>`);
    });
    parts.push('</svg>');
    return parts.join('');
}
