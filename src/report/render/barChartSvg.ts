import { Lang } from '../../core/lang';
import { formatEuro } from '../format';
import { Cell, TableBlock } from '../model';
import { axisTicks } from './axis';
import { clip, FONT, INK, svg, SvgNode, svgString } from './svgTree';

/**
 * Budget against need per Sozialraum as sorted horizontal bars: categories down the side, round axis
 * ticks, every value written at its bar. Black-and-white safe: the first series is a solid bar, the
 * second an outlined one. Inline SVG with escaped text; no script, no external asset.
 */

const WIDTH = 640;
const LEFT = 150;
const RIGHT = 78;
const TOP = 30;
const BAR = 13;
const GAP = 9;
/** Series look: solid, then outlined, then lighter solid. */
const STYLES = [
  { fill: '#1f4e79', stroke: '#1f4e79', text: '#ffffff' },
  { fill: '#ffffff', stroke: INK, text: INK },
  { fill: '#9a9a9a', stroke: '#5c5c5c', text: INK },
] as const;

const valueOf = (cell: Cell | undefined): number | null => (cell !== null && cell !== undefined && typeof cell === 'object' ? cell.value : null);

/**
 * Rows in reading order: where the first series falls furthest short of the second first (budget
 * against need; rows without the second last), else largest first.
 */
function sortedRows(table: TableBlock, series: readonly number[]): TableBlock['rows'] {
  const [a, b] = series;
  const key = (row: TableBlock['rows'][number]): number => {
    const first = valueOf(row.cells[a]) ?? 0;
    if (b === undefined) return -first;
    const second = valueOf(row.cells[b]);
    return second ? first / second : Infinity;
  };
  return [...table.rows].sort((x, y) => key(x) - key(y));
}

function barChartTree(title: string, table: TableBlock, series: readonly number[], lang: Lang): SvgNode {
  const rows = sortedRows(table, series);
  const max = Math.max(0, ...rows.flatMap((r) => series.map((c) => valueOf(r.cells[c]) ?? 0)));
  const ticks = axisTicks(max);
  const axisMax = ticks.top;
  const plotW = WIDTH - LEFT - RIGHT;
  const x = (v: number) => LEFT + (v / axisMax) * plotW;
  const group = series.length * BAR + GAP;
  const plotH = rows.length * group;
  const height = TOP + plotH + 26;
  const nodes: SvgNode[] = [];
  for (const v of ticks.values) {
    nodes.push(svg('line', { x1: x(v), x2: x(v), y1: TOP - 4, y2: TOP + plotH, stroke: v === 0 ? INK : '#c8c8c8', 'stroke-width': 1 }));
    nodes.push(svg('text', { x: x(v), y: TOP + plotH + 14, 'text-anchor': 'middle', 'font-size': 10, fill: INK }, formatEuro(v, lang)));
  }
  rows.forEach((row, i) => {
    const top = TOP + i * group + GAP / 2;
    const name = typeof row.cells[0] === 'string' ? row.cells[0] : '';
    nodes.push(svg('text', { x: LEFT - 8, y: top + (series.length * BAR) / 2 + 4, 'text-anchor': 'end', 'font-size': 11, 'font-weight': 600, fill: INK }, svg('title', {}, name), clip(name, 24)));
    series.forEach((c, s) => {
      const v = valueOf(row.cells[c]);
      const y = top + s * BAR;
      if (v === null) {
        nodes.push(svg('text', { x: LEFT + 4, y: y + BAR - 3, 'font-size': 10, fill: INK }, '–'));
        return;
      }
      const style = STYLES[s % STYLES.length];
      const end = x(Math.max(0, v));
      const text = formatEuro(v, lang);
      const inside = end - LEFT > text.length * 6 + 10 && end > WIDTH - RIGHT - 10;
      nodes.push(
        svg('rect', { class: 'fh-bar', 'data-value': v, x: LEFT, y: y + 1, width: Math.max(0.5, end - LEFT), height: BAR - 2, fill: style.fill, stroke: style.stroke, 'stroke-width': 1 }, svg('title', {}, `${name}: ${table.columns[c].label} ${text}`)),
        svg('text', { x: inside ? end - 4 : end + 4, y: y + BAR - 3, 'text-anchor': inside ? 'end' : 'start', 'font-size': 10, fill: inside ? style.text : INK }, text),
      );
    });
  });
  let lx = LEFT;
  series.forEach((c, s) => {
    const style = STYLES[s % STYLES.length];
    const label = table.columns[c].label;
    nodes.push(svg('rect', { x: lx, y: 8, width: 14, height: 10, fill: style.fill, stroke: style.stroke, 'stroke-width': 1 }), svg('text', { x: lx + 19, y: 17, 'font-size': 11, fill: INK }, label));
    lx += 40 + label.length * 6;
  });
  return svg('svg', { viewBox: `0 0 ${WIDTH} ${height}`, width: WIDTH, height, role: 'img', 'aria-label': title, class: 'chart', 'font-family': FONT }, svg('title', {}, title), ...nodes);
}

/** The chart as an inline SVG string for the HTML report. */
export function barChartSvg(title: string, table: TableBlock, series: readonly number[], lang: Lang): string {
  return svgString(barChartTree(title, table, series, lang));
}
