"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.LABEL_UP_TO = exports.AGGREGATE_ABOVE = void 0;
exports.wrapText = wrapText;
exports.networkMapTree = networkMapTree;
exports.networkMapSvg = networkMapSvg;
const format_1 = require("../format");
const svgTree_1 = require("./svgTree");
exports.AGGREGATE_ABOVE = 40;
exports.LABEL_UP_TO = 6;
const WORDS = {
    de: {
        counts: (n, bound) => `${n} Partner, ${bound} mit Vereinbarung`,
        area: 'Kreisfläche entspricht der Anzahl',
        unplaced: (n) => `${n} Partner ohne Kernbereich (nicht eingezeichnet)`,
        total: 'Partner',
    },
    en: {
        counts: (n, bound) => `${n} partners, ${bound} with agreement`,
        area: 'circle area shows the count',
        unplaced: (n) => `${n} partners without a core area (not drawn)`,
        total: 'partners',
    },
};
const WIDE = { width: 760, cx: 380, cy: 196, r: 180, font: 11, narrow: false };
const NARROW = { width: 360, cx: 180, cy: 176, r: 168, font: 13, narrow: true };
const QUADRANTS = [
    { sx: -1, sy: -1, tint: '#e8f1fb' },
    { sx: 1, sy: -1, tint: '#fbeee8' },
    { sx: 1, sy: 1, tint: '#ebf5e6' },
    { sx: -1, sy: 1, tint: '#f1eef8' },
];
const MARK_R = 5;
function at(l, q, dist, angle) {
    return { x: l.cx + q.sx * dist * Math.cos(angle), y: l.cy + q.sy * dist * Math.sin(angle) };
}
function wrapText(text, max) {
    const parts = text.replace(/([\s/-])/g, '$1\u0000').split('\u0000');
    const lines = [];
    let line = '';
    for (const part of parts) {
        if (line !== '' && (line + part).trimEnd().length > max) {
            lines.push(line.trimEnd());
            line = '';
        }
        line += part;
    }
    if (line.trim() !== '')
        lines.push(line.trimEnd());
    return lines;
}
const mark = (x, y, bound, r = MARK_R) => (0, svgTree_1.svg)('circle', { cx: x, cy: y, r, fill: bound ? svgTree_1.INK : '#ffffff', stroke: svgTree_1.INK, 'stroke-width': 1.4 });
function rings(l, n) {
    const inner = 38;
    const outer = l.r - 30;
    for (let step = 26;; step--) {
        const all = [];
        for (let dist = inner; dist <= outer; dist += step) {
            const pad = 10 / dist;
            const span = Math.PI / 2 - 2 * pad;
            all.push({ dist, pad, span, room: Math.floor((span * dist) / step) + 1 });
        }
        const capacity = all.reduce((c, r) => c + r.room, 0);
        if (capacity < n && step > 12)
            continue;
        let left = n;
        return all.map((r, i) => {
            const count = i === all.length - 1 ? left : Math.min(left, r.room, Math.round((r.room * n) / capacity));
            left -= count;
            return { dist: r.dist, pad: r.pad, span: r.span, count, step };
        });
    }
}
function partnerMarks(l, q, sector, lang) {
    const partners = [...sector.partners].sort((a, b) => Number(b.bound) - Number(a.bound) || a.name.localeCompare(b.name, lang));
    const nodes = [];
    let i = 0;
    for (const ring of rings(l, partners.length)) {
        for (let k = 0; k < ring.count; k++, i++) {
            const p = partners[i];
            const { x, y } = at(l, q, ring.dist, ring.pad + (ring.count === 1 ? ring.span / 2 : (ring.span * (k + 0.5)) / ring.count));
            const what = [p.type, p.sozialraum].filter((s) => s !== null).join(', ');
            nodes.push((0, svgTree_1.svg)('g', { class: `fh-partner ${p.bound ? 'fh-bound' : 'fh-unbound'}` }, (0, svgTree_1.svg)('title', {}, what ? `${p.name} (${what})` : p.name), mark(x, y, p.bound, Math.min(6, ring.step * 0.34))));
        }
    }
    return nodes;
}
function aggregateMarks(l, q, sector, largest, lang) {
    const bound = sector.partners.filter((p) => p.bound).length;
    const groups = [
        { n: bound, bound: true, dist: 62 },
        { n: sector.partners.length - bound, bound: false, dist: 124 },
    ];
    const maxR = (l.r - 24) * 0.2;
    return groups.map((g) => {
        const r = g.n === 0 ? 0 : Math.max(4, maxR * Math.sqrt(g.n / largest));
        const c = at(l, q, g.dist, Math.PI / 4);
        const inside = r >= l.font * 1.3;
        const label = (0, format_1.formatNumber)(g.n, lang);
        return (0, svgTree_1.svg)('g', { class: `fh-aggregate ${g.bound ? 'fh-bound' : 'fh-unbound'}`, 'data-count': g.n }, g.n > 0 ? mark(c.x, c.y, g.bound, r) : null, (0, svgTree_1.svg)('text', { x: inside ? c.x : c.x + q.sx * (r + 4), y: c.y + l.font * 0.35, 'text-anchor': inside ? 'middle' : q.sx < 0 ? 'end' : 'start', 'font-size': l.font * 1.1, 'font-weight': 700, fill: inside && g.bound ? '#ffffff' : svgTree_1.INK }, label));
    });
}
function blockBox(l, index) {
    const q = QUADRANTS[index];
    if (l.narrow) {
        const top = l.cy + l.r + 14 + (q.sy > 0 ? 150 : 0);
        return { x: q.sx < 0 ? 6 : l.width / 2 + 4, y: top, width: l.width / 2 - 10, height: 146, anchorRight: false };
    }
    const width = l.cx - l.r - 16;
    return { x: q.sx < 0 ? 6 : l.cx + l.r + 10, y: q.sy < 0 ? 6 : l.cy + 8, width, height: l.cy - 14, anchorRight: q.sx < 0 };
}
function sectorBlock(l, index, sector, lang) {
    const box = blockBox(l, index);
    const chars = Math.floor(box.width / (l.font * 0.55));
    const x = box.anchorRight ? box.x + box.width : box.x;
    const anchor = box.anchorRight ? 'end' : 'start';
    const line = l.font * 1.3;
    const text = [];
    let y = box.y + l.font * 1.2;
    for (const heading of wrapText(sector.label, Math.floor(chars / 1.15))) {
        text.push((0, svgTree_1.svg)('text', { x, y, 'text-anchor': anchor, 'font-size': l.font * 1.15, 'font-weight': 700, fill: svgTree_1.INK }, heading));
        y += line * 1.1;
    }
    const bound = sector.partners.filter((p) => p.bound).length;
    for (const counts of wrapText(WORDS[lang].counts((0, format_1.formatNumber)(sector.partners.length, lang), (0, format_1.formatNumber)(bound, lang)), chars)) {
        text.push((0, svgTree_1.svg)('text', { x, y, 'text-anchor': anchor, 'font-size': l.font, fill: svgTree_1.INK }, counts));
        y += line;
    }
    const slotH = l.font * 1.7;
    const room = box.y + box.height - y - sector.missing.length * (slotH + 3);
    if (sector.partners.length <= exports.LABEL_UP_TO && room >= sector.partners.length * line) {
        for (const p of sector.partners) {
            const dx = box.anchorRight ? -l.font * 0.45 : l.font * 0.45;
            text.push((0, svgTree_1.svg)('g', { 'aria-hidden': 'true' }, mark(x + dx, y - l.font * 0.35, p.bound, l.font * 0.32), (0, svgTree_1.svg)('text', { x: x + dx * 2.4, y, 'text-anchor': anchor, 'font-size': l.font, fill: svgTree_1.INK }, (0, svgTree_1.clip)(p.name, chars - 3))));
            y += line;
        }
    }
    y += 3;
    const missing = sector.missing.map((name) => {
        const slot = (0, svgTree_1.svg)('rect', { x: box.x, y, width: box.width, height: slotH, rx: 4, fill: 'none', stroke: svgTree_1.INK, 'stroke-width': 1.2, 'stroke-dasharray': '4 3' });
        const label = (0, svgTree_1.svg)('text', { x: box.x + 6, y: y + slotH * 0.68, 'font-size': l.font, fill: svgTree_1.INK }, (0, svgTree_1.clip)(name, chars - 2));
        y += slotH + 3;
        return (0, svgTree_1.svg)('g', {}, slot, label);
    });
    return { text, missing };
}
function rimSlot(l, q, k) {
    const dist = l.r - 12;
    const step = 18 / dist;
    const angle = Math.PI / 6 + step * (k % 2 === 0 ? k / 2 : -(k + 1) / 2);
    const c = at(l, q, dist, angle);
    return (0, svgTree_1.svg)('circle', { cx: c.x, cy: c.y, r: 8, fill: '#ffffff', stroke: svgTree_1.INK, 'stroke-width': 1.3, 'stroke-dasharray': '3 2' });
}
function legend(l, map, aggregated, top, lang) {
    const items = [
        { icon: (x, y) => mark(x + 5, y - 4, true), text: map.legend.bound },
        { icon: (x, y) => mark(x + 5, y - 4, false), text: map.legend.unbound },
        { icon: (x, y) => (0, svgTree_1.svg)('rect', { x, y: y - 10, width: 16, height: 12, rx: 3, fill: 'none', stroke: svgTree_1.INK, 'stroke-dasharray': '4 3' }), text: map.legend.missing },
    ];
    if (aggregated)
        items.push({ icon: (x, y) => mark(x + 6, y - 4, true, 7), text: WORDS[lang].area });
    if (map.unplaced > 0)
        items.push({ icon: () => (0, svgTree_1.svg)('g'), text: WORDS[lang].unplaced((0, format_1.formatNumber)(map.unplaced, lang)) });
    const nodes = [];
    let x = 6;
    let y = top + l.font;
    for (const item of items) {
        const width = 24 + item.text.length * l.font * 0.55;
        if (x > 6 && (l.narrow || x + width > l.width)) {
            x = 6;
            y += l.font * 1.6;
        }
        nodes.push(item.icon(x, y), (0, svgTree_1.svg)('text', { x: x + 22, y, 'font-size': l.font, fill: svgTree_1.INK }, item.text));
        x += width + 18;
    }
    return { nodes, bottom: y + l.font * 0.6 };
}
function networkMapTree(map, lang, options = {}) {
    const l = options.narrow ? NARROW : WIDE;
    const sectors = map.sectors.slice(0, QUADRANTS.length);
    const aggregated = sectors.map((s) => s.partners.length > exports.AGGREGATE_ABOVE);
    const largest = Math.max(1, ...sectors.flatMap((s, i) => (aggregated[i] ? [s.partners.filter((p) => p.bound).length, s.partners.filter((p) => !p.bound).length] : [])));
    const body = [];
    const labels = [];
    const extent = l.narrow ? l.r + 6 : l.width / 2;
    body.push((0, svgTree_1.svg)('line', { x1: l.cx - extent, x2: l.cx + extent, y1: l.cy, y2: l.cy, stroke: '#6b6b6b', 'stroke-width': 1 }));
    body.push((0, svgTree_1.svg)('line', { x1: l.cx, x2: l.cx, y1: l.narrow ? l.cy - l.r - 6 : 0, y2: l.cy + l.r + (l.narrow ? 6 : 16), stroke: '#6b6b6b', 'stroke-width': 1 }));
    sectors.forEach((sector, i) => {
        const q = QUADRANTS[i];
        const a = at(l, q, l.r, 0);
        const b = at(l, q, l.r, Math.PI / 2);
        const sweep = q.sx * q.sy > 0 ? 1 : 0;
        body.push((0, svgTree_1.svg)('path', { d: `M${l.cx} ${l.cy} L${a.x} ${a.y} A${l.r} ${l.r} 0 0 ${sweep} ${b.x} ${b.y} Z`, fill: q.tint, stroke: '#6b6b6b', 'stroke-width': 1 }));
        const { text, missing } = sectorBlock(l, i, sector, lang);
        labels.push(...text);
        body.push(...(aggregated[i] ? aggregateMarks(l, q, sector, largest, lang) : partnerMarks(l, q, sector, lang)));
        missing.forEach((place, k) => body.push((0, svgTree_1.svg)('g', { class: 'fh-missing' }, (0, svgTree_1.svg)('title', {}, sector.missing[k]), rimSlot(l, q, k), place)));
    });
    const total = sectors.reduce((n, s) => n + s.partners.length, 0);
    body.push((0, svgTree_1.svg)('circle', { cx: l.cx, cy: l.cy, r: 22, fill: '#ffffff', stroke: svgTree_1.INK, 'stroke-width': 1.2 }));
    body.push((0, svgTree_1.svg)('text', { x: l.cx, y: l.cy + 1, 'text-anchor': 'middle', 'font-size': l.font * 1.25, 'font-weight': 700, fill: svgTree_1.INK }, (0, format_1.formatNumber)(total, lang)));
    body.push((0, svgTree_1.svg)('text', { x: l.cx, y: l.cy + l.font * 0.95, 'text-anchor': 'middle', 'font-size': l.font * 0.7, fill: svgTree_1.INK }, WORDS[lang].total));
    const top = l.narrow ? l.cy + l.r + 14 + 300 : l.cy + l.r + 22;
    const key = legend(l, map, aggregated.some(Boolean), top, lang);
    const height = Math.ceil(key.bottom + 4);
    return (0, svgTree_1.svg)('svg', { viewBox: `0 0 ${l.width} ${height}`, width: l.width, height, role: 'img', 'aria-label': `${map.title}: ${map.caption}`, class: 'fh-map', 'font-family': svgTree_1.FONT }, (0, svgTree_1.svg)('title', {}, `${map.title}: ${map.caption}`), ...body, ...labels, ...key.nodes);
}
function networkMapSvg(map, lang, options = {}) {
    return (0, svgTree_1.svgString)(networkMapTree(map, lang, options));
}
