"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.barChartSvg = barChartSvg;
const format_1 = require("../format");
const axis_1 = require("./axis");
const svgTree_1 = require("./svgTree");
const WIDTH = 640;
const LEFT = 150;
const RIGHT = 78;
const TOP = 30;
const BAR = 13;
const GAP = 9;
const STYLES = [
    { fill: '#1f4e79', stroke: '#1f4e79', text: '#ffffff' },
    { fill: '#ffffff', stroke: svgTree_1.INK, text: svgTree_1.INK },
    { fill: '#9a9a9a', stroke: '#5c5c5c', text: svgTree_1.INK },
];
const valueOf = (cell) => (cell !== null && cell !== undefined && typeof cell === 'object' ? cell.value : null);
function sortedRows(table, series) {
    const [a, b] = series;
    const key = (row) => {
        const first = valueOf(row.cells[a]) ?? 0;
        if (b === undefined)
            return -first;
        const second = valueOf(row.cells[b]);
        return second ? first / second : Infinity;
    };
    return [...table.rows].sort((x, y) => key(x) - key(y));
}
function barChartTree(title, table, series, lang) {
    const rows = sortedRows(table, series);
    const max = Math.max(0, ...rows.flatMap((r) => series.map((c) => valueOf(r.cells[c]) ?? 0)));
    const ticks = (0, axis_1.axisTicks)(max);
    const axisMax = ticks.top;
    const plotW = WIDTH - LEFT - RIGHT;
    const x = (v) => LEFT + (v / axisMax) * plotW;
    const group = series.length * BAR + GAP;
    const plotH = rows.length * group;
    const height = TOP + plotH + 26;
    const nodes = [];
    for (const v of ticks.values) {
        nodes.push((0, svgTree_1.svg)('line', { x1: x(v), x2: x(v), y1: TOP - 4, y2: TOP + plotH, stroke: v === 0 ? svgTree_1.INK : '#c8c8c8', 'stroke-width': 1 }));
        nodes.push((0, svgTree_1.svg)('text', { x: x(v), y: TOP + plotH + 14, 'text-anchor': 'middle', 'font-size': 10, fill: svgTree_1.INK }, (0, format_1.formatEuro)(v, lang)));
    }
    rows.forEach((row, i) => {
        const top = TOP + i * group + GAP / 2;
        const name = typeof row.cells[0] === 'string' ? row.cells[0] : '';
        nodes.push((0, svgTree_1.svg)('text', { x: LEFT - 8, y: top + (series.length * BAR) / 2 + 4, 'text-anchor': 'end', 'font-size': 11, 'font-weight': 600, fill: svgTree_1.INK }, (0, svgTree_1.svg)('title', {}, name), (0, svgTree_1.clip)(name, 24)));
        series.forEach((c, s) => {
            const v = valueOf(row.cells[c]);
            const y = top + s * BAR;
            if (v === null) {
                nodes.push((0, svgTree_1.svg)('text', { x: LEFT + 4, y: y + BAR - 3, 'font-size': 10, fill: svgTree_1.INK }, '–'));
                return;
            }
            const style = STYLES[s % STYLES.length];
            const end = x(Math.max(0, v));
            const text = (0, format_1.formatEuro)(v, lang);
            const inside = end - LEFT > text.length * 6 + 10 && end > WIDTH - RIGHT - 10;
            nodes.push((0, svgTree_1.svg)('rect', { class: 'fh-bar', 'data-value': v, x: LEFT, y: y + 1, width: Math.max(0.5, end - LEFT), height: BAR - 2, fill: style.fill, stroke: style.stroke, 'stroke-width': 1 }, (0, svgTree_1.svg)('title', {}, `${name}: ${table.columns[c].label} ${text}`)), (0, svgTree_1.svg)('text', { x: inside ? end - 4 : end + 4, y: y + BAR - 3, 'text-anchor': inside ? 'end' : 'start', 'font-size': 10, fill: inside ? style.text : svgTree_1.INK }, text));
        });
    });
    let lx = LEFT;
    series.forEach((c, s) => {
        const style = STYLES[s % STYLES.length];
        const label = table.columns[c].label;
        nodes.push((0, svgTree_1.svg)('rect', { x: lx, y: 8, width: 14, height: 10, fill: style.fill, stroke: style.stroke, 'stroke-width': 1 }), (0, svgTree_1.svg)('text', { x: lx + 19, y: 17, 'font-size': 11, fill: svgTree_1.INK }, label));
        lx += 40 + label.length * 6;
    });
    return (0, svgTree_1.svg)('svg', { viewBox: `0 0 ${WIDTH} ${height}`, width: WIDTH, height, role: 'img', 'aria-label': title, class: 'chart', 'font-family': svgTree_1.FONT }, (0, svgTree_1.svg)('title', {}, title), ...nodes);
}
function barChartSvg(title, table, series, lang) {
    return (0, svgTree_1.svgString)(barChartTree(title, table, series, lang));
}
