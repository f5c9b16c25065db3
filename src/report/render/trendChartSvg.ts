import { Lang } from '../../core/lang';
import { formatEuro, formatPercent } from '../format';
import { TrendChart, TrendPoint } from '../model';
import { axisTicks } from './axis';
import { clip, FONT, INK, svg, SvgNode, svgString } from './svgTree';

/**
 * The trend over all reports as two small panels on one date axis: above, the share of required
 * actor types present (dashed line, open squares); below, the budget (solid line, filled dots) against
 * the need model's range (hatched grey band). Black-and-white safe: dash, marker shape and hatching
 * carry the meaning. A report without a figure leaves a gap and a "–", never a point at zero. Values
 * are written at the points wherever they fit, and every point names its figures in a <title>.
 */

interface Layout {
  readonly width: number;
  readonly font: number;
  readonly shareHeight: number;
  readonly euroHeight: number;
}

/** The A4 report's column (shown up to 140 mm wide) and the 320 px task pane, whose figure is about 270 px wide: text there stays near 10 px. */
const WIDE: Layout = { width: 500, font: 10, shareHeight: 60, euroHeight: 110 };
const NARROW: Layout = { width: 340, font: 13, shareHeight: 64, euroHeight: 120 };

const BUDGET = '#1f4e79';
const GRID = '#d0d0d0';
const BAND_EDGE = '#7a7a7a';
/** One picture per document, so a fixed id for the hatching cannot clash. */
const HATCH = 'fh-trend-hatch';

/** A rough text width: the axes and labels are placed by it, no font metrics at hand. */
const textWidth = (text: string, font: number) => text.length * font * 0.56;

/** Which of `n` evenly spaced labels fit side by side: every k-th, counted back from the latest. */
export function labelled(n: number, spacing: number, width: number): boolean[] {
  const k = n <= 1 ? 1 : Math.max(1, Math.ceil((width + 6) / spacing));
  return Array.from({ length: n }, (_, i) => (n - 1 - i) % k === 0);
}

type ValueRow = 'above' | 'below' | null;

/**
 * Where each value is written: all above their points when they fit side by side; else alternately
 * above and below (the latest above), which doubles the room; else every k-th, above.
 */
export function valueRows(n: number, spacing: number, width: number): ValueRow[] {
  const side = labelled(n, spacing, width);
  if (side.every(Boolean)) return side.map(() => 'above');
  if (labelled(n, 2 * spacing, width).every(Boolean)) return side.map((_, i) => ((n - 1 - i) % 2 === 0 ? 'above' : 'below'));
  return side.map((shown) => (shown ? 'above' : null));
}

/** Runs of consecutive indices whose value is known: a line is drawn within a run, never across a gap. */
function runs<T>(values: readonly (T | null)[]): number[][] {
  const out: number[][] = [];
  values.forEach((v, i) => {
    if (v === null) return;
    const last = out[out.length - 1];
    if (last && last[last.length - 1] === i - 1) last.push(i);
    else out.push([i]);
  });
  return out;
}

const halo = { stroke: '#ffffff', 'stroke-width': 3, 'paint-order': 'stroke', 'stroke-linejoin': 'round' } as const;

interface Panel {
  readonly top: number;
  readonly height: number;
  readonly y: (v: number) => number;
}

/** A panel's frame: its heading and horizontal grid lines with round tick labels. */
function frame(p: Panel, left: number, right: number, heading: string, ticks: readonly number[], tickText: (v: number) => string, font: number): SvgNode[] {
  const nodes: SvgNode[] = [svg('text', { x: left, y: p.top - font - 9, 'font-size': font, 'font-weight': 600, fill: INK }, heading)];
  for (const v of ticks) {
    nodes.push(svg('line', { x1: left, x2: right, y1: p.y(v), y2: p.y(v), stroke: v === 0 ? INK : GRID, 'stroke-width': 1 }));
    nodes.push(svg('text', { x: left - 5, y: p.y(v) + font * 0.35, 'text-anchor': 'end', 'font-size': font * 0.9, fill: INK }, tickText(v)));
  }
  return nodes;
}

/** A line through each run of known values, a marker and (where it fits) the value at every known point. */
function series(
  values: readonly (number | null)[],
  xs: readonly number[],
  p: Panel,
  look: { readonly cls: string; readonly stroke: string; readonly dash?: string; readonly marker: (x: number, y: number) => SvgNode },
  text: (v: number) => string,
  titles: readonly string[],
  rows: readonly ValueRow[],
  font: number,
): SvgNode[] {
  const nodes: SvgNode[] = [];
  for (const run of runs(values)) {
    if (run.length < 2) continue;
    const points = run.map((i) => `${xs[i].toFixed(1)},${p.y(values[i] as number).toFixed(1)}`).join(' ');
    nodes.push(svg('polyline', { points, fill: 'none', stroke: look.stroke, 'stroke-width': 2, 'stroke-dasharray': look.dash }));
  }
  values.forEach((v, i) => {
    if (v === null) {
      // Mid-panel, bold and haloed: where a point would be, not on the zero line where it could read as one.
      nodes.push(
        svg('text', { class: 'fh-gap', 'data-series': look.cls, 'data-index': i, x: xs[i], y: p.top + p.height / 2 + font * 0.45, 'text-anchor': 'middle', 'font-size': font * 1.4, 'font-weight': 700, fill: INK, ...halo }, svg('title', {}, titles[i]), '–'),
      );
      return;
    }
    const y = p.y(v);
    // The value as a string: numeric attributes are rounded to one decimal, a share would lose its digits.
    nodes.push(svg('g', { class: look.cls, 'data-index': i, 'data-value': String(v) }, svg('title', {}, titles[i]), look.marker(xs[i], y)));
    if (rows[i] === null) return;
    // Below only where the panel has room under the point, so the label cannot run into the dates.
    const below = rows[i] === 'below' && y + 8 + font * 0.9 < p.top + p.height - 2;
    nodes.push(svg('text', { x: xs[i], y: below ? y + 8 + font * 0.7 : y - 7, 'text-anchor': 'middle', 'font-size': font * 0.9, fill: INK, ...halo }, text(v)));
  });
  return nodes;
}

/** The need range as a hatched band through each run of reports that have one; a single report gets a short bar. */
function band(points: readonly TrendPoint[], xs: readonly number[], p: Panel): SvgNode[] {
  return runs(points.map((pt) => pt.need)).map((run) => {
    const need = (i: number) => points[i].need as { low: number; high: number };
    const look = { class: 'fh-need', fill: `url(#${HATCH})`, stroke: BAND_EDGE, 'stroke-width': 1 };
    if (run.length === 1) {
      const i = run[0];
      return svg('rect', { ...look, x: xs[i] - 4, y: p.y(need(i).high), width: 8, height: Math.max(1, p.y(need(i).low) - p.y(need(i).high)) });
    }
    const upper = run.map((i) => `${xs[i].toFixed(1)},${p.y(need(i).high).toFixed(1)}`);
    const lower = [...run].reverse().map((i) => `${xs[i].toFixed(1)},${p.y(need(i).low).toFixed(1)}`);
    return svg('polygon', { ...look, points: [...upper, ...lower].join(' ') });
  });
}

/** Legend entries in as many rows as the width needs. */
function legend(entries: readonly { readonly label: string; readonly sample: (x: number, y: number) => SvgNode[] }[], left: number, width: number, font: number): { nodes: SvgNode[]; height: number } {
  const nodes: SvgNode[] = [];
  const row = font + 8;
  let x = left;
  let y = font;
  for (const e of entries) {
    const w = 30 + textWidth(e.label, font);
    if (x > left && x + w > width - 4) {
      x = left;
      y += row;
    }
    nodes.push(...e.sample(x, y - font * 0.35), svg('text', { x: x + 26, y, 'font-size': font, fill: INK }, e.label));
    x += w + 14;
  }
  return { nodes, height: y + 8 };
}

/**
 * The reports' places along the axis, evenly spaced with the outer ones far enough in for their
 * labels, and each date as one line or, where one line does not fit (the pane with four reports or
 * more), as two with the year below.
 */
function dateAxis(points: readonly TrendPoint[], left: number, right: number, valueWidth: number, f: number) {
  const n = points.length;
  const place = (labelWidth: number) => {
    const inset = Math.min((right - left) / 4, Math.max(labelWidth, valueWidth) / 2 + 4);
    const spacing = n > 1 ? (right - left - 2 * inset) / (n - 1) : right - left;
    return { spacing, xs: points.map((_, i) => (n > 1 ? left + inset + i * spacing : (left + right) / 2)) };
  };
  const short = points.map((p) => clip(p.label, 12));
  const oneLine = Math.max(...short.map((t) => textWidth(t, f)));
  const single = place(oneLine);
  const split = short.map(dateLines);
  if (labelled(n, single.spacing, oneLine).every(Boolean) || split.every((d) => d.length === 1)) return { ...single, dates: short.map((t) => [t]), dateWidth: oneLine };
  const twoLines = Math.max(...split.flat().map((t) => textWidth(t, f)));
  return { ...place(twoLines), dates: split, dateWidth: twoLines };
}

export function trendChartTree(chart: TrendChart, lang: Lang, options: { readonly narrow?: boolean } = {}): SvgNode {
  const l = options.narrow ? NARROW : WIDE;
  const { points, labels } = chart;
  const f = l.font;
  const euro = (v: number) => formatEuro(v, lang);
  const pct = (v: number) => formatPercent(v, lang);
  const euroValues = points.flatMap((p) => [p.budget, p.need?.high ?? null]).filter((v): v is number => v !== null);
  const euroKnown = euroValues.length > 0;
  const euroTicks = axisTicks(Math.max(0, ...euroValues));
  const shareTicks = axisTicks(1, 2);

  const tickWidth = Math.max(...[...euroTicks.values.map(euro), ...shareTicks.values.map(pct)].map((t) => textWidth(t, f * 0.9)));
  const left = Math.ceil(tickWidth) + 10;
  const right = l.width - 8;
  const n = points.length;
  const valueWidth = (values: readonly string[]) => Math.max(0, ...values.map((t) => textWidth(t, f * 0.9)));
  const budgetWidth = valueWidth(points.map((p) => (p.budget === null ? '' : euro(p.budget))));
  const { xs, spacing, dates, dateWidth } = dateAxis(points, left, right, budgetWidth, f);

  const key = legend(
    [
      { label: labels.share, sample: (x, y) => [svg('line', { x1: x, x2: x + 20, y1: y, y2: y, stroke: INK, 'stroke-width': 2, 'stroke-dasharray': '5 3' }), square(x + 10, y)] },
      { label: labels.budget, sample: (x, y) => [svg('line', { x1: x, x2: x + 20, y1: y, y2: y, stroke: BUDGET, 'stroke-width': 2 }), dot(x + 10, y)] },
      { label: labels.need, sample: (x, y) => [svg('rect', { x, y: y - 5, width: 20, height: 10, fill: `url(#${HATCH})`, stroke: BAND_EDGE, 'stroke-width': 1 })] },
    ],
    8,
    l.width,
    f,
  );
  const headroom = 2 * f + 14;
  const share: Panel = { top: key.height + headroom, height: l.shareHeight, y: (v) => share.top + l.shareHeight * (1 - v / shareTicks.top) };
  const money: Panel = { top: share.top + share.height + headroom + 4, height: l.euroHeight, y: (v) => money.top + l.euroHeight * (1 - v / euroTicks.top) };
  const bottom = money.top + money.height;
  const height = bottom + f + 12 + (Math.max(...dates.map((d) => d.length)) - 1) * (f + 1);

  const needText = (p: TrendPoint) => (p.need === null ? `${labels.need} ${labels.missing}` : `${labels.need} ${euro(p.need.low)} – ${euro(p.need.high)}`);
  const shareTitles = points.map((p) => `${p.label}: ${labels.share} ${p.share === null ? labels.missing : pct(p.share)}`);
  const moneyTitles = points.map((p) => `${p.label}: ${labels.budget} ${p.budget === null ? labels.missing : euro(p.budget)}; ${needText(p)}`);
  const dateFits = labelled(n, spacing, dateWidth);

  const nodes: SvgNode[] = [
    ...key.nodes,
    // A faint line per report ties the two panels to the date below.
    ...xs.map((x) => svg('line', { x1: x, x2: x, y1: share.top, y2: bottom, stroke: GRID, 'stroke-width': 1, 'stroke-dasharray': '2 3' })),
    ...frame(share, left, right, labels.share, shareTicks.values, pct, f),
    ...series(points.map((p) => p.share), xs, share, { cls: 'fh-share', stroke: INK, dash: '5 3', marker: square }, pct, shareTitles, valueRows(n, spacing, valueWidth(points.map((p) => (p.share === null ? '' : pct(p.share))))), f),
    ...frame(money, left, right, `${labels.budget}, ${labels.need}`, euroKnown ? euroTicks.values : [0], euroKnown ? euro : () => '', f),
    ...band(points, xs, money),
    ...series(points.map((p) => p.budget), xs, money, { cls: 'fh-budget', stroke: BUDGET, marker: dot }, euro, moneyTitles, valueRows(n, spacing, budgetWidth), f),
    ...points.flatMap((p, i) => {
      if (!dateFits[i]) return [];
      const at = { x: xs[i], y: bottom + f + 4 };
      const lines = dates[i].length > 1 ? dates[i].map((t, k) => svg('tspan', { x: at.x, dy: k === 0 ? 0 : f + 1 }, t)) : dates[i];
      return [svg('text', { class: 'fh-date', ...at, 'text-anchor': 'middle', 'font-size': f, fill: INK }, svg('title', {}, p.label), ...lines)];
    }),
  ];
  const hatch = svg(
    'pattern',
    { id: HATCH, width: 6, height: 6, patternUnits: 'userSpaceOnUse', patternTransform: 'rotate(45)' },
    svg('rect', { width: 6, height: 6, fill: '#e4e4e4' }),
    svg('line', { x1: 0, y1: 0, x2: 0, y2: 6, stroke: '#8c8c8c', 'stroke-width': 1.5 }),
  );
  return svg(
    'svg',
    { viewBox: `0 0 ${l.width} ${Math.ceil(height)}`, width: l.width, height: Math.ceil(height), role: 'img', 'aria-label': chart.title, class: 'chart fh-trend', 'font-family': FONT },
    svg('title', {}, chart.title),
    svg('desc', {}, chart.caption),
    svg('defs', {}, hatch),
    ...nodes,
  );
}

/** "15.11.2027" → ["15.11.", "2027"], "15 Nov 2027" → ["15 Nov", "2027"]; anything else stays one line. */
export function dateLines(label: string): string[] {
  const m = /^(.+?)\s*(\d{4})$/.exec(label);
  return m ? [m[1], m[2]] : [label];
}

function dot(x: number, y: number): SvgNode {
  return svg('circle', { cx: x, cy: y, r: 3.5, fill: BUDGET, stroke: '#ffffff', 'stroke-width': 1 });
}

function square(x: number, y: number): SvgNode {
  return svg('rect', { x: x - 3.5, y: y - 3.5, width: 7, height: 7, fill: '#ffffff', stroke: INK, 'stroke-width': 1.5 });
}

/** The chart as an inline SVG string for the HTML report. */
export function trendChartSvg(chart: TrendChart, lang: Lang): string {
  return svgString(trendChartTree(chart, lang));
}
