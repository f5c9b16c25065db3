import { AuditResult } from '../../src/core/audit/result';
import { compareSnapshots, HistoryComparison } from '../../src/core/history/compare';
import { HistorySnapshot, historySnapshotOf } from '../../src/core/history/snapshot';
import { buildReport } from '../../src/report/buildReport';
import { ReportDoc, TrendChart, TrendPoint } from '../../src/report/model';
import { axisTicks } from '../../src/report/render/axis';
import { renderHtml } from '../../src/report/render/html';
import { renderSheet } from '../../src/report/render/sheet';
import { SvgNode, svgString } from '../../src/report/render/svgTree';
import { renderText } from '../../src/report/render/text';
import { dateLines, labelled, trendChartTree, valueRows } from '../../src/report/render/trendChartSvg';
import { auditSnapshot } from '../../src/workbook/auditSnapshot';
import { exampleSheets, oneYearLater } from '../fixtures/history/oneYearLater';

const LABELS = { share: 'Required actor types present', budget: 'Budget', need: 'Need (model range)', missing: 'not available' };
const point = (label: string, share: number | null, budget: number | null, need: [number, number] | null): TrendPoint => ({
  label,
  share,
  budget,
  need: need === null ? null : { low: need[0], high: need[1] },
});
const chartOf = (points: TrendPoint[]): TrendChart => ({
  kind: 'trend',
  title: 'Trend',
  caption: 'What the trend shows',
  table: { kind: 'table', columns: [{ label: 'Date' }], rows: points.map((p) => ({ cells: [p.label] })) },
  points,
  labels: LABELS,
});
const THREE = [point('2026', 0.5, 600_000, [465_000, 952_000]), point('2027', 0.75, 620_000, [470_000, 960_000]), point('2028', 1, 640_000, [480_000, 970_000])];

/** Every element of a tree, depth first. */
function nodes(n: SvgNode | string): SvgNode[] {
  return typeof n === 'string' ? [] : [n, ...(n.children ?? []).flatMap(nodes)];
}
const withClass = (tree: SvgNode, cls: string) => nodes(tree).filter((n) => n.attrs?.class === cls);
const text = (n: SvgNode): string => (n.children ?? []).filter((c): c is string => typeof c === 'string').join('');

describe('trend chart SVG', () => {
  test.each([false, true])('draws one marker per report in both panels and the need band (narrow %p)', (narrow) => {
    const tree = trendChartTree(chartOf(THREE), 'en', { narrow });
    expect(withClass(tree, 'fh-share').map((n) => Number(n.attrs?.['data-value']))).toEqual([0.5, 0.75, 1]);
    expect(withClass(tree, 'fh-budget').map((n) => Number(n.attrs?.['data-value']))).toEqual([600_000, 620_000, 640_000]);
    expect(withClass(tree, 'fh-need').map((n) => n.tag)).toEqual(['polygon']);
    expect(withClass(tree, 'fh-gap')).toHaveLength(0);
    expect(withClass(tree, 'fh-date').map(text)).toEqual(['2026', '2027', '2028']);
    // Values at the points, a name and a description for assistive technology.
    const svg = svgString(tree).replace(/\u00a0/g, ' ');
    for (const v of ['€600,000', '€640,000', '50%', '100%']) expect(svg).toContain(`>${v}</text>`);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"[^>]* role="img" aria-label="Trend"/);
    expect(svg).toContain('<title>Trend</title><desc>What the trend shows</desc>');
  });

  test('a report without budget or need leaves a gap and a “–”, never a point at zero', () => {
    const tree = trendChartTree(chartOf([THREE[0], point('2027', 0.75, null, null), THREE[2]]), 'en');
    expect(withClass(tree, 'fh-budget').map((n) => n.attrs?.['data-index'])).toEqual([0, 2]);
    const gaps = withClass(tree, 'fh-gap');
    expect(gaps.map((n) => [n.attrs?.['data-series'], n.attrs?.['data-index'], text(n)])).toEqual([['fh-budget', 1, '–']]);
    expect(svgString(gaps[0])).toContain('2027: Budget not available; Need (model range) not available');
    // No line across the gap (each side is a single point), and the band is two short bars, not one polygon.
    expect(nodes(tree).filter((n) => n.tag === 'polyline' && n.attrs?.stroke !== '#1b1b1b')).toHaveLength(0);
    expect(withClass(tree, 'fh-need').map((n) => n.tag)).toEqual(['rect', 'rect']);
    // The share is known throughout: its dashed line still runs through all three.
    expect(nodes(tree).filter((n) => n.tag === 'polyline' && n.attrs?.stroke === '#1b1b1b')).toHaveLength(1);
  });

  test('without any need range there is no band; without any euro figure no euro ticks', () => {
    const noNeed = trendChartTree(chartOf(THREE.map((p) => ({ ...p, need: null }))), 'en');
    expect(withClass(noNeed, 'fh-need')).toHaveLength(0);
    expect(withClass(noNeed, 'fh-budget')).toHaveLength(3);
    const nothing = trendChartTree(chartOf(THREE.map((p) => ({ ...p, budget: null, need: null }))), 'en');
    expect(withClass(nothing, 'fh-gap')).toHaveLength(3);
    expect(svgString(nothing)).not.toMatch(/>€\d/);
  });

  test('escapes a hostile date, title and label', () => {
    const hostile = '<img src=x onerror=alert(1)>&"';
    const chart = { ...chartOf([point(hostile, 0.5, 1, null), ...THREE.slice(1)]), title: hostile, caption: hostile, labels: { ...LABELS, budget: hostile } };
    const svg = svgString(trendChartTree(chart, 'en'));
    expect(svg).not.toContain('<img');
    expect(svg).not.toMatch(/&(?!amp;|lt;|gt;|quot;|#39;)/);
    expect(svg).toContain('&lt;img src=x onerror=alert(1)&gt;&amp;&quot;');
  });

  test('axis ticks are round: 1, 2 or 5 × 10^n from zero to at least the largest value', () => {
    const tree = trendChartTree(chartOf(THREE), 'de');
    const ticks = nodes(tree)
      .filter((n) => n.tag === 'text' && n.attrs?.['text-anchor'] === 'end')
      .map((n) => text(n).replace(/\D/g, ''))
      .map(Number);
    expect(ticks).toEqual([0, 50, 100, 0, 200_000, 400_000, 600_000, 800_000, 1_000_000]);
    for (const max of [0.3, 1, 7, 1.1, 142_969, 970_000, 3_456_789]) {
      const { top, values } = axisTicks(max);
      const step = values[1];
      expect([1, 2, 5]).toContain(Math.round((step / 10 ** Math.floor(Math.log10(step))) * 1e9) / 1e9);
      expect(values.every((v, i) => v === Number((i * step).toPrecision(12)))).toBe(true);
      expect(top).toBeGreaterThanOrEqual(max);
      expect(top - step).toBeLessThan(max);
    }
  });

  test('in the pane, dates put the year on a second line rather than leave one out; beyond that every other one goes', () => {
    const reports = (n: number) => Array.from({ length: n }, (_, i) => point(`15.11.${2026 + i}`, 0.9, 600_000 + i * 1000, [465_000, 952_000]));
    const lines = (tree: SvgNode) => withClass(tree, 'fh-date').map((d) => (d.children ?? []).filter((c): c is SvgNode => typeof c !== 'string' && c.tag === 'tspan').map(text));
    expect(withClass(trendChartTree(chartOf(reports(6)), 'de'), 'fh-date').map(text)).toEqual(reports(6).map((p) => p.label));
    expect(lines(trendChartTree(chartOf(reports(4)), 'de', { narrow: true }))).toEqual(reports(4).map((p) => ['15.11.', p.label.slice(-4)]));
    // Six in 320 px: the latest and every second before it, each point still named in its <title>.
    const six = trendChartTree(chartOf(reports(6)), 'de', { narrow: true });
    expect(lines(six).map((l) => l[1])).toEqual(['2027', '2029', '2031']);
    expect(withClass(six, 'fh-budget')).toHaveLength(6);
    expect(dateLines('15 Nov 2027')).toEqual(['15 Nov', '2027']);
    expect(dateLines('im Herbst')).toEqual(['im Herbst']);
  });

  test('labels that would collide are thinned, the latest report always labelled', () => {
    expect(labelled(3, 100, 60)).toEqual([true, true, true]);
    expect(labelled(5, 30, 50)).toEqual([true, false, true, false, true]);
    expect(labelled(6, 30, 50)).toEqual([false, true, false, true, false, true]);
    // Values first try alternating above and below their points.
    expect(valueRows(3, 100, 60)).toEqual(['above', 'above', 'above']);
    expect(valueRows(4, 60, 64)).toEqual(['below', 'above', 'below', 'above']);
    expect(valueRows(6, 20, 60)).toEqual([null, 'above', null, null, null, 'above']);
  });
});

describe('the trend in the report', () => {
  let later: AuditResult;
  let earlier: HistorySnapshot;
  let now: HistorySnapshot;
  beforeAll(async () => {
    const example = await exampleSheets();
    earlier = historySnapshotOf(auditSnapshot({ sheets: example, settings: {} }).result, '2026-11-16');
    later = auditSnapshot({ sheets: oneYearLater(example), settings: {} }).result;
    now = historySnapshotOf(later, '2028-11-20');
  });
  const date = new Date(2028, 10, 20);
  const trendOf = (doc: ReportDoc) => doc.sections.flatMap((s) => s.blocks.map((b) => ({ section: s.id, b }))).filter((x) => x.b.kind === 'trend');

  test('comes with three reports or more, not with two', () => {
    const two: HistoryComparison = compareSnapshots(earlier, now, [earlier, now]);
    expect(trendOf(buildReport(later, { lang: 'de', date, comparison: two }))).toHaveLength(0);
    // The middle report had no budget sheet: a gap in the chart, "–" in every table.
    const middle: HistorySnapshot = { ...now, date: '2027-11-15', budget: null };
    const three = compareSnapshots(middle, now, [earlier, middle, now]);
    const doc = buildReport(later, { lang: 'de', date, comparison: three });
    const found = trendOf(doc);
    expect(found.map((x) => x.section)).toEqual(['historyDetails']);
    const chart = found[0].b as TrendChart;
    expect(chart.points.map((p) => [p.label, p.budget])).toEqual([
      ['16.11.2026', earlier.budget],
      ['15.11.2027', null],
      ['20.11.2028', now.budget],
    ]);
    expect(chart.table.caption).toBe('Verlauf über alle Prüfberichte');
    expect(chart.table.rows.map((r) => r.cells[3])).toEqual([{ kind: 'euro', value: earlier.budget }, null, { kind: 'euro', value: now.budget }]);

    const html = renderHtml(doc);
    expect(html).toMatch(/<figure class="chart-figure trend-figure"><svg [^>]*class="chart fh-trend"/);
    expect(html.match(/class="fh-budget"/g)).toHaveLength(2);
    expect(html).toContain('<caption>Verlauf über alle Prüfberichte</caption>');
    expect(renderText(doc).replace(/[\u00a0\u202f]/g, ' ')).toMatch(/15\.11\.2027 +2028 +93 % +– /);
    const sheet = renderSheet(doc, date).sheet;
    expect(sheet.rows.find((r) => r[0] === '15.11.2027')?.[3]).toBe('–');
  });
});
