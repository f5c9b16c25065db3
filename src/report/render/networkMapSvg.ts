import { Lang } from '../../core/lang';
import { formatNumber } from '../format';
import { NetworkMap } from '../model';
import { clip, FONT, INK, svg, SvgNode, svgString } from './svgTree';

/**
 * The network map as social workers draw it (a sector map as in VennMaker): a circle in four
 * quadrants, one per Kernbereich, a mark per partner in its quadrant (filled: bound by a
 * Kooperationsvereinbarung, outlined: not), and per missing required type an empty dashed place at
 * the quadrant's rim with its name beside the circle. Black-and-white safe: fill, outline and dash
 * carry the meaning, the quadrant tints only help. Crowded quadrants are aggregated.
 */

/** More marks than this in one quadrant are drawn as two proportional discs with their counts. */
export const AGGREGATE_ABOVE = 40;
/** Partner names are listed beside a quadrant only when it has this many partners or fewer. */
export const LABEL_UP_TO = 6;

const WORDS = {
  de: {
    counts: (n: string, bound: string) => `${n} Partner, ${bound} mit Vereinbarung`,
    area: 'Kreisfläche entspricht der Anzahl',
    unplaced: (n: string) => `${n} Partner ohne Kernbereich (nicht eingezeichnet)`,
    total: 'Partner',
  },
  en: {
    counts: (n: string, bound: string) => `${n} partners, ${bound} with agreement`,
    area: 'circle area shows the count',
    unplaced: (n: string) => `${n} partners without a core area (not drawn)`,
    total: 'partners',
  },
} as const;

interface Layout {
  readonly width: number;
  readonly cx: number;
  readonly cy: number;
  readonly r: number;
  /** Font size of block text; headings are 1.15 times as large. */
  readonly font: number;
  readonly narrow: boolean;
}

const WIDE: Layout = { width: 760, cx: 380, cy: 196, r: 180, font: 11, narrow: false };
const NARROW: Layout = { width: 360, cx: 180, cy: 176, r: 168, font: 13, narrow: true };

/** Quadrants clockwise from top left; the model's sectors come in the Kernbereich order. */
const QUADRANTS = [
  { sx: -1, sy: -1, tint: '#e8f1fb' },
  { sx: 1, sy: -1, tint: '#fbeee8' },
  { sx: 1, sy: 1, tint: '#ebf5e6' },
  { sx: -1, sy: 1, tint: '#f1eef8' },
] as const;

const MARK_R = 5;

type Sector = NetworkMap['sectors'][number];
type Quadrant = (typeof QUADRANTS)[number];

/** A point at radius `dist` and angle `angle` (radians from the horizontal axis) inside a quadrant. */
function at(l: Layout, q: Quadrant, dist: number, angle: number): { x: number; y: number } {
  return { x: l.cx + q.sx * dist * Math.cos(angle), y: l.cy + q.sy * dist * Math.sin(angle) };
}

/** Lines of at most `max` characters, broken at spaces and after "/" or "-". */
export function wrapText(text: string, max: number): string[] {
  // No lookbehind: older Safari (Office on the Mac) cannot parse it.
  const parts = text.replace(/([\s/-])/g, '$1\u0000').split('\u0000');
  const lines: string[] = [];
  let line = '';
  for (const part of parts) {
    if (line !== '' && (line + part).trimEnd().length > max) {
      lines.push(line.trimEnd());
      line = '';
    }
    line += part;
  }
  if (line.trim() !== '') lines.push(line.trimEnd());
  return lines;
}

const mark = (x: number, y: number, bound: boolean, r = MARK_R) => svg('circle', { cx: x, cy: y, r, fill: bound ? INK : '#ffffff', stroke: INK, 'stroke-width': 1.4 });

/** Rings of a quadrant for `n` marks: the widest spacing that fits them all, filled evenly so the marks spread over the quadrant. */
function rings(l: Layout, n: number): { dist: number; pad: number; span: number; count: number; step: number }[] {
  const inner = 38;
  const outer = l.r - 30;
  for (let step = 26; ; step--) {
    const all = [];
    for (let dist = inner; dist <= outer; dist += step) {
      const pad = 10 / dist;
      const span = Math.PI / 2 - 2 * pad;
      all.push({ dist, pad, span, room: Math.floor((span * dist) / step) + 1 });
    }
    const capacity = all.reduce((c, r) => c + r.room, 0);
    if (capacity < n && step > 12) continue;
    let left = n;
    return all.map((r, i) => {
      const count = i === all.length - 1 ? left : Math.min(left, r.room, Math.round((r.room * n) / capacity));
      left -= count;
      return { dist: r.dist, pad: r.pad, span: r.span, count, step };
    });
  }
}

/** Individual marks on arcs from the centre outwards, bound partners first (the network's core inside). */
function partnerMarks(l: Layout, q: Quadrant, sector: Sector, lang: Lang): SvgNode[] {
  const partners = [...sector.partners].sort((a, b) => Number(b.bound) - Number(a.bound) || a.name.localeCompare(b.name, lang));
  const nodes: SvgNode[] = [];
  let i = 0;
  for (const ring of rings(l, partners.length)) {
    for (let k = 0; k < ring.count; k++, i++) {
      const p = partners[i];
      const { x, y } = at(l, q, ring.dist, ring.pad + (ring.count === 1 ? ring.span / 2 : (ring.span * (k + 0.5)) / ring.count));
      const what = [p.type, p.sozialraum].filter((s): s is string => s !== null).join(', ');
      nodes.push(svg('g', { class: `fh-partner ${p.bound ? 'fh-bound' : 'fh-unbound'}` }, svg('title', {}, what ? `${p.name} (${what})` : p.name), mark(x, y, p.bound, Math.min(6, ring.step * 0.34))));
    }
  }
  return nodes;
}

/** Two discs whose areas are the counts of bound and unbound partners, with the counts written on them. */
function aggregateMarks(l: Layout, q: Quadrant, sector: Sector, largest: number, lang: Lang): SvgNode[] {
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
    const label = formatNumber(g.n, lang);
    return svg(
      'g',
      { class: `fh-aggregate ${g.bound ? 'fh-bound' : 'fh-unbound'}`, 'data-count': g.n },
      g.n > 0 ? mark(c.x, c.y, g.bound, r) : null,
      svg('text', { x: inside ? c.x : c.x + q.sx * (r + 4), y: c.y + l.font * 0.35, 'text-anchor': inside ? 'middle' : q.sx < 0 ? 'end' : 'start', 'font-size': l.font * 1.1, 'font-weight': 700, fill: inside && g.bound ? '#ffffff' : INK }, label),
    );
  });
}

/** Where a quadrant's text block goes: beside the circle (wide) or in a 2 × 2 grid below it (narrow). */
function blockBox(l: Layout, index: number): { x: number; y: number; width: number; height: number; anchorRight: boolean } {
  const q = QUADRANTS[index];
  if (l.narrow) {
    const top = l.cy + l.r + 14 + (q.sy > 0 ? 150 : 0);
    return { x: q.sx < 0 ? 6 : l.width / 2 + 4, y: top, width: l.width / 2 - 10, height: 146, anchorRight: false };
  }
  const width = l.cx - l.r - 16;
  return { x: q.sx < 0 ? 6 : l.cx + l.r + 10, y: q.sy < 0 ? 6 : l.cy + 8, width, height: l.cy - 14, anchorRight: q.sx < 0 };
}

/** A quadrant's name, its counts, its partners' names when few, and a dashed labelled place per missing type. */
function sectorBlock(l: Layout, index: number, sector: Sector, lang: Lang): { text: SvgNode[]; missing: SvgNode[] } {
  const box = blockBox(l, index);
  const chars = Math.floor(box.width / (l.font * 0.55));
  const x = box.anchorRight ? box.x + box.width : box.x;
  const anchor = box.anchorRight ? 'end' : 'start';
  const line = l.font * 1.3;
  const text: SvgNode[] = [];
  let y = box.y + l.font * 1.2;
  for (const heading of wrapText(sector.label, Math.floor(chars / 1.15))) {
    text.push(svg('text', { x, y, 'text-anchor': anchor, 'font-size': l.font * 1.15, 'font-weight': 700, fill: INK }, heading));
    y += line * 1.1;
  }
  const bound = sector.partners.filter((p) => p.bound).length;
  for (const counts of wrapText(WORDS[lang].counts(formatNumber(sector.partners.length, lang), formatNumber(bound, lang)), chars)) {
    text.push(svg('text', { x, y, 'text-anchor': anchor, 'font-size': l.font, fill: INK }, counts));
    y += line;
  }
  const slotH = l.font * 1.7;
  const room = box.y + box.height - y - sector.missing.length * (slotH + 3);
  if (sector.partners.length <= LABEL_UP_TO && room >= sector.partners.length * line) {
    for (const p of sector.partners) {
      const dx = box.anchorRight ? -l.font * 0.45 : l.font * 0.45;
      text.push(svg('g', { 'aria-hidden': 'true' }, mark(x + dx, y - l.font * 0.35, p.bound, l.font * 0.32), svg('text', { x: x + dx * 2.4, y, 'text-anchor': anchor, 'font-size': l.font, fill: INK }, clip(p.name, chars - 3))));
      y += line;
    }
  }
  y += 3;
  const missing = sector.missing.map((name) => {
    const slot = svg('rect', { x: box.x, y, width: box.width, height: slotH, rx: 4, fill: 'none', stroke: INK, 'stroke-width': 1.2, 'stroke-dasharray': '4 3' });
    const label = svg('text', { x: box.x + 6, y: y + slotH * 0.68, 'font-size': l.font, fill: INK }, clip(name, chars - 2));
    y += slotH + 3;
    return svg('g', {}, slot, label);
  });
  return { text, missing };
}

/** Empty dashed places on the quadrant's rim, one per missing type, alternating from both axes inwards. */
function rimSlot(l: Layout, q: Quadrant, k: number): SvgNode {
  const dist = l.r - 12;
  const step = 18 / dist;
  // Around 30° from the horizontal axis, towards the text block that names them.
  const angle = Math.PI / 6 + step * (k % 2 === 0 ? k / 2 : -(k + 1) / 2);
  const c = at(l, q, dist, angle);
  return svg('circle', { cx: c.x, cy: c.y, r: 8, fill: '#ffffff', stroke: INK, 'stroke-width': 1.3, 'stroke-dasharray': '3 2' });
}

function legend(l: Layout, map: NetworkMap, aggregated: boolean, top: number, lang: Lang): { nodes: SvgNode[]; bottom: number } {
  const items: { icon: (x: number, y: number) => SvgNode; text: string }[] = [
    { icon: (x, y) => mark(x + 5, y - 4, true), text: map.legend.bound },
    { icon: (x, y) => mark(x + 5, y - 4, false), text: map.legend.unbound },
    { icon: (x, y) => svg('rect', { x, y: y - 10, width: 16, height: 12, rx: 3, fill: 'none', stroke: INK, 'stroke-dasharray': '4 3' }), text: map.legend.missing },
  ];
  if (aggregated) items.push({ icon: (x, y) => mark(x + 6, y - 4, true, 7), text: WORDS[lang].area });
  if (map.unplaced > 0) items.push({ icon: () => svg('g'), text: WORDS[lang].unplaced(formatNumber(map.unplaced, lang)) });
  const nodes: SvgNode[] = [];
  let x = 6;
  let y = top + l.font;
  for (const item of items) {
    const width = 24 + item.text.length * l.font * 0.55;
    if (x > 6 && (l.narrow || x + width > l.width)) {
      x = 6;
      y += l.font * 1.6;
    }
    nodes.push(item.icon(x, y), svg('text', { x: x + 22, y, 'font-size': l.font, fill: INK }, item.text));
    x += width + 18;
  }
  return { nodes, bottom: y + l.font * 0.6 };
}

/** The map as an SVG element tree (the pane builds DOM from it); `narrow` stacks the text under the circle. */
export function networkMapTree(map: NetworkMap, lang: Lang, options: { narrow?: boolean } = {}): SvgNode {
  const l = options.narrow ? NARROW : WIDE;
  const sectors = map.sectors.slice(0, QUADRANTS.length);
  const aggregated = sectors.map((s) => s.partners.length > AGGREGATE_ABOVE);
  const largest = Math.max(1, ...sectors.flatMap((s, i) => (aggregated[i] ? [s.partners.filter((p) => p.bound).length, s.partners.filter((p) => !p.bound).length] : [])));
  const body: SvgNode[] = [];
  const labels: SvgNode[] = [];
  const extent = l.narrow ? l.r + 6 : l.width / 2;
  body.push(svg('line', { x1: l.cx - extent, x2: l.cx + extent, y1: l.cy, y2: l.cy, stroke: '#6b6b6b', 'stroke-width': 1 }));
  body.push(svg('line', { x1: l.cx, x2: l.cx, y1: l.narrow ? l.cy - l.r - 6 : 0, y2: l.cy + l.r + (l.narrow ? 6 : 16), stroke: '#6b6b6b', 'stroke-width': 1 }));
  sectors.forEach((sector, i) => {
    const q = QUADRANTS[i];
    const a = at(l, q, l.r, 0);
    const b = at(l, q, l.r, Math.PI / 2);
    const sweep = q.sx * q.sy > 0 ? 1 : 0;
    body.push(svg('path', { d: `M${l.cx} ${l.cy} L${a.x} ${a.y} A${l.r} ${l.r} 0 0 ${sweep} ${b.x} ${b.y} Z`, fill: q.tint, stroke: '#6b6b6b', 'stroke-width': 1 }));
    const { text, missing } = sectorBlock(l, i, sector, lang);
    labels.push(...text);
    body.push(...(aggregated[i] ? aggregateMarks(l, q, sector, largest, lang) : partnerMarks(l, q, sector, lang)));
    missing.forEach((place, k) => body.push(svg('g', { class: 'fh-missing' }, svg('title', {}, sector.missing[k]), rimSlot(l, q, k), place)));
  });
  const total = sectors.reduce((n, s) => n + s.partners.length, 0);
  body.push(svg('circle', { cx: l.cx, cy: l.cy, r: 22, fill: '#ffffff', stroke: INK, 'stroke-width': 1.2 }));
  body.push(svg('text', { x: l.cx, y: l.cy + 1, 'text-anchor': 'middle', 'font-size': l.font * 1.25, 'font-weight': 700, fill: INK }, formatNumber(total, lang)));
  body.push(svg('text', { x: l.cx, y: l.cy + l.font * 0.95, 'text-anchor': 'middle', 'font-size': l.font * 0.7, fill: INK }, WORDS[lang].total));
  const top = l.narrow ? l.cy + l.r + 14 + 300 : l.cy + l.r + 22;
  const key = legend(l, map, aggregated.some(Boolean), top, lang);
  const height = Math.ceil(key.bottom + 4);
  return svg(
    'svg',
    { viewBox: `0 0 ${l.width} ${height}`, width: l.width, height, role: 'img', 'aria-label': `${map.title}: ${map.caption}`, class: 'fh-map', 'font-family': FONT },
    svg('title', {}, `${map.title}: ${map.caption}`),
    ...body,
    ...labels,
    ...key.nodes,
  );
}

/** The map as an inline SVG string for the HTML report: every name and label escaped. */
export function networkMapSvg(map: NetworkMap, lang: Lang, options: { narrow?: boolean } = {}): string {
  return svgString(networkMapTree(map, lang, options));
}
