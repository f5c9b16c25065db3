"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.labelled = labelled;
exports.valueRows = valueRows;
exports.trendChartTree = trendChartTree;
exports.dateLines = dateLines;
exports.trendChartSvg = trendChartSvg;
const format_1 = require("../format");
const axis_1 = require("./axis");
const svgTree_1 = require("./svgTree");
const WIDE = { width: 500, font: 10, shareHeight: 60, euroHeight: 110 };
const NARROW = { width: 340, font: 13, shareHeight: 64, euroHeight: 120 };
const BUDGET = '#1f4e79';
const GRID = '#d0d0d0';
const BAND_EDGE = '#7a7a7a';
const HATCH = 'fh-trend-hatch';
const textWidth = (text, font) => text.length * font * 0.56;
function labelled(n, spacing, width) {
    const k = n <= 1 ? 1 : Math.max(1, Math.ceil((width + 6) / spacing));
    return Array.from({ length: n }, (_, i) => (n - 1 - i) % k === 0);
}
function valueRows(n, spacing, width) {
    const side = labelled(n, spacing, width);
    if (side.every(Boolean))
        return side.map(() => 'above');
    if (labelled(n, 2 * spacing, width).every(Boolean))
        return side.map((_, i) => ((n - 1 - i) % 2 === 0 ? 'above' : 'below'));
    return side.map((shown) => (shown ? 'above' : null));
}
function runs(values) {
    const out = [];
    values.forEach((v, i) => {
        if (v === null)
            return;
        const last = out[out.length - 1];
        if (last && last[last.length - 1] === i - 1)
            last.push(i);
        else
            out.push([i]);
    });
    return out;
}
const halo = { stroke: '#ffffff', 'stroke-width': 3, 'paint-order': 'stroke', 'stroke-linejoin': 'round' };
function frame(p, left, right, heading, ticks, tickText, font) {
    const nodes = [(0, svgTree_1.svg)('text', { x: left, y: p.top - font - 9, 'font-size': font, 'font-weight': 600, fill: svgTree_1.INK }, heading)];
    for (const v of ticks) {
        nodes.push((0, svgTree_1.svg)('line', { x1: left, x2: right, y1: p.y(v), y2: p.y(v), stroke: v === 0 ? svgTree_1.INK : GRID, 'stroke-width': 1 }));
        nodes.push((0, svgTree_1.svg)('text', { x: left - 5, y: p.y(v) + font * 0.35, 'text-anchor': 'end', 'font-size': font * 0.9, fill: svgTree_1.INK }, tickText(v)));
    }
    return nodes;
}
function series(values, xs, p, look, text, titles, rows, font) {
    const nodes = [];
    for (const run of runs(values)) {
        if (run.length < 2)
            continue;
        const points = run.map((i) => `${xs[i].toFixed(1)},${p.y(values[i]).toFixed(1)}`).join(' ');
        nodes.push((0, svgTree_1.svg)('polyline', { points, fill: 'none', stroke: look.stroke, 'stroke-width': 2, 'stroke-dasharray': look.dash }));
    }
    values.forEach((v, i) => {
        if (v === null) {
            nodes.push((0, svgTree_1.svg)('text', { class: 'fh-gap', 'data-series': look.cls, 'data-index': i, x: xs[i], y: p.top + p.height / 2 + font * 0.45, 'text-anchor': 'middle', 'font-size': font * 1.4, 'font-weight': 700, fill: svgTree_1.INK, ...halo }, (0, svgTree_1.svg)('title', {}, titles[i]), '–'));
            return;
        }
        const y = p.y(v);
        nodes.push((0, svgTree_1.svg)('g', { class: look.cls, 'data-index': i, 'data-value': String(v) }, (0, svgTree_1.svg)('title', {}, titles[i]), look.marker(xs[i], y)));
        if (rows[i] === null)
            return;
        const below = rows[i] === 'below' && y + 8 + font * 0.9 < p.top + p.height - 2;
        nodes.push((0, svgTree_1.svg)('text', { x: xs[i], y: below ? y + 8 + font * 0.7 : y - 7, 'text-anchor': 'middle', 'font-size': font * 0.9, fill: svgTree_1.INK, ...halo }, text(v)));
    });
    return nodes;
}
function band(points, xs, p) {
    return runs(points.map((pt) => pt.need)).map((run) => {
        const need = (i) => points[i].need;
        const look = { class: 'fh-need', fill: `url(#${HATCH})`, stroke: BAND_EDGE, 'stroke-width': 1 };
        if (run.length === 1) {
            const i = run[0];
            return (0, svgTree_1.svg)('rect', { ...look, x: xs[i] - 4, y: p.y(need(i).high), width: 8, height: Math.max(1, p.y(need(i).low) - p.y(need(i).high)) });
        }
        const upper = run.map((i) => `${xs[i].toFixed(1)},${p.y(need(i).high).toFixed(1)}`);
        const lower = [...run].reverse().map((i) => `${xs[i].toFixed(1)},${p.y(need(i).low).toFixed(1)}`);
        return (0, svgTree_1.svg)('polygon', { ...look, points: [...upper, ...lower].join(' ') });
    });
}
function legend(entries, left, width, font) {
    const nodes = [];
    const row = font + 8;
    let x = left;
    let y = font;
    for (const e of entries) {
        const w = 30 + textWidth(e.label, font);
        if (x > left && x + w > width - 4) {
            x = left;
            y += row;
        }
        nodes.push(...e.sample(x, y - font * 0.35), (0, svgTree_1.svg)('text', { x: x + 26, y, 'font-size': font, fill: svgTree_1.INK }, e.label));
        x += w + 14;
    }
    return { nodes, height: y + 8 };
}
function dateAxis(points, left, right, valueWidth, f) {
    const n = points.length;
    const place = (labelWidth) => {
        const inset = Math.min((right - left) / 4, Math.max(labelWidth, valueWidth) / 2 + 4);
        const spacing = n > 1 ? (right - left - 2 * inset) / (n - 1) : right - left;
        return { spacing, xs: points.map((_, i) => (n > 1 ? left + inset + i * spacing : (left + right) / 2)) };
    };
    const short = points.map((p) => (0, svgTree_1.clip)(p.label, 12));
    const oneLine = Math.max(...short.map((t) => textWidth(t, f)));
    const single = place(oneLine);
    const split = short.map(dateLines);
    if (labelled(n, single.spacing, oneLine).every(Boolean) || split.every((d) => d.length === 1))
        return { ...single, dates: short.map((t) => [t]), dateWidth: oneLine };
    const twoLines = Math.max(...split.flat().map((t) => textWidth(t, f)));
    return { ...place(twoLines), dates: split, dateWidth: twoLines };
}
function trendChartTree(chart, lang, options = {}) {
    const l = options.narrow ? NARROW : WIDE;
    const { points, labels } = chart;
    const f = l.font;
    const euro = (v) => (0, format_1.formatEuro)(v, lang);
    const pct = (v) => (0, format_1.formatPercent)(v, lang);
    const euroValues = points.flatMap((p) => [p.budget, p.need?.high ?? null]).filter((v) => v !== null);
    const euroKnown = euroValues.length > 0;
    const euroTicks = (0, axis_1.axisTicks)(Math.max(0, ...euroValues));
    const shareTicks = (0, axis_1.axisTicks)(1, 2);
    const tickWidth = Math.max(...[...euroTicks.values.map(euro), ...shareTicks.values.map(pct)].map((t) => textWidth(t, f * 0.9)));
    const left = Math.ceil(tickWidth) + 10;
    const right = l.width - 8;
    const n = points.length;
    const valueWidth = (values) => Math.max(0, ...values.map((t) => textWidth(t, f * 0.9)));
    const budgetWidth = valueWidth(points.map((p) => (p.budget === null ? '' : euro(p.budget))));
    const { xs, spacing, dates, dateWidth } = dateAxis(points, left, right, budgetWidth, f);
    const key = legend([
        { label: labels.share, sample: (x, y) => [(0, svgTree_1.svg)('line', { x1: x, x2: x + 20, y1: y, y2: y, stroke: svgTree_1.INK, 'stroke-width': 2, 'stroke-dasharray': '5 3' }), square(x + 10, y)] },
        { label: labels.budget, sample: (x, y) => [(0, svgTree_1.svg)('line', { x1: x, x2: x + 20, y1: y, y2: y, stroke: BUDGET, 'stroke-width': 2 }), dot(x + 10, y)] },
        { label: labels.need, sample: (x, y) => [(0, svgTree_1.svg)('rect', { x, y: y - 5, width: 20, height: 10, fill: `url(#${HATCH})`, stroke: BAND_EDGE, 'stroke-width': 1 })] },
    ], 8, l.width, f);
    const headroom = 2 * f + 14;
    const share = { top: key.height + headroom, height: l.shareHeight, y: (v) => share.top + l.shareHeight * (1 - v / shareTicks.top) };
    const money = { top: share.top + share.height + headroom + 4, height: l.euroHeight, y: (v) => money.top + l.euroHeight * (1 - v / euroTicks.top) };
    const bottom = money.top + money.height;
    const height = bottom + f + 12 + (Math.max(...dates.map((d) => d.length)) - 1) * (f + 1);
    const needText = (p) => (p.need === null ? `${labels.need} ${labels.missing}` : `${labels.need} ${euro(p.need.low)} – ${euro(p.need.high)}`);
    const shareTitles = points.map((p) => `${p.label}: ${labels.share} ${p.share === null ? labels.missing : pct(p.share)}`);
    const moneyTitles = points.map((p) => `${p.label}: ${labels.budget} ${p.budget === null ? labels.missing : euro(p.budget)}; ${needText(p)}`);
    const dateFits = labelled(n, spacing, dateWidth);
    const nodes = [
        ...key.nodes,
        ...xs.map((x) => (0, svgTree_1.svg)('line', { x1: x, x2: x, y1: share.top, y2: bottom, stroke: GRID, 'stroke-width': 1, 'stroke-dasharray': '2 3' })),
        ...frame(share, left, right, labels.share, shareTicks.values, pct, f),
        ...series(points.map((p) => p.share), xs, share, { cls: 'fh-share', stroke: svgTree_1.INK, dash: '5 3', marker: square }, pct, shareTitles, valueRows(n, spacing, valueWidth(points.map((p) => (p.share === null ? '' : pct(p.share))))), f),
        ...frame(money, left, right, `${labels.budget}, ${labels.need}`, euroKnown ? euroTicks.values : [0], euroKnown ? euro : () => '', f),
        ...band(points, xs, money),
        ...series(points.map((p) => p.budget), xs, money, { cls: 'fh-budget', stroke: BUDGET, marker: dot }, euro, moneyTitles, valueRows(n, spacing, budgetWidth), f),
        ...points.flatMap((p, i) => {
            if (!dateFits[i])
                return [];
            const at = { x: xs[i], y: bottom + f + 4 };
            const lines = dates[i].length > 1 ? dates[i].map((t, k) => (0, svgTree_1.svg)('tspan', { x: at.x, dy: k === 0 ? 0 : f + 1 }, t)) : dates[i];
            return [(0, svgTree_1.svg)('text', { class: 'fh-date', ...at, 'text-anchor': 'middle', 'font-size': f, fill: svgTree_1.INK }, (0, svgTree_1.svg)('title', {}, p.label), ...lines)];
        }),
    ];
    const hatch = (0, svgTree_1.svg)('pattern', { id: HATCH, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' }, (0, svgTree_1.svg)('rect', { width: 6, height: 6, fill: '#e4e4e4' }), (0, svgTree_1.svg)('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#8c8c8c', 'stroke-width': 1.5 }));
    return (0, svgTree_1.svg)('svg', { viewBox: `0 0 ${l.width} ${Math.ceil(height)}`, width: l.width, height: Math.ceil(height), role: 'img', 'aria-label': chart.title, class: 'chart fh-trend', 'font-family': svgTree_1.FONT }, (0, svgTree_1.svg)('title', {}, chart.title), (0, svgTree_1.svg)('desc', {}, chart.caption), (0, svgTree_1.svg)('defs', {}, hatch), ...nodes);
}
function dateLines(label) {
    const m = /^(.+?)\s*(\d{4})$/.exec(label);
    return m ? [m[1], m[2]] : [label];
}
function dot(x, y) {
    return (0, svgTree_1.svg)('circle', { cx: x, cy: y, r: 3.5, fill: BUDGET, stroke: '#ffffff', 'stroke-width': 1 });
}
function square(x, y) {
    return (0, svgTree_1.svg)('rect', { x: x - 3.5, y: y - 3.5, width: 7, height: 7, fill: '#ffffff', stroke: svgTree_1.INK, 'stroke-width': 1.5 });
}
function trendChartSvg(chart, lang) {
    return (0, svgTree_1.svgString)(trendChartTree(chart, lang));
}
