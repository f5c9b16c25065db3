import { auditWorkbook } from '../../src/core/audit/audit';
import { CellValue, SheetGrid } from '../../src/core/grid';
import { buildReport } from '../../src/report/buildReport';
import { niceStep } from '../../src/report/render/axis';
import { barChartSvg } from '../../src/report/render/barChartSvg';
import { cssString } from '../../src/report/render/printCss';
import { renderHtml } from '../../src/report/render/html';

const grid = (name: string, values: CellValue[][]): SheetGrid => ({ name, values, originRow: 0, originColumn: 0 });
const date = new Date(Date.UTC(2026, 10, 23));

describe('HTML Prüfbericht', () => {
  const hostile = '<img src=x onerror=alert(1)>';
  const sheets = [
    grid('Netzwerk', [['Einrichtung', 'Art', 'Sozialraum', 'KV'], [hostile, null, '<b>Nord</b>', 'ja'], ['Jugendamt', null, 'Süd', 'ja']]),
    grid('Budget', [['Sozialraum', 'Betrag', 'Kinder 0-3'], ['<b>Nord</b>', 1000, 100], ['Süd', 2000, 200]]),
  ];

  test('cell text is escaped everywhere, including the chart', () => {
    const html = renderHtml(buildReport(auditWorkbook(sheets), { lang: 'de', date }));
    expect(html).not.toContain('<img');
    expect(html).not.toContain('<b>Nord');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain('&lt;b&gt;Nord&lt;/b&gt;');
  });

  test('carries the figures of the audit: need, gap, dialogue questions for the gaps', () => {
    const result = auditWorkbook(sheets);
    const html = renderHtml(buildReport(result, { lang: 'de', date }));
    expect(result.budget?.need).not.toBeNull();
    // The model's middle estimate, to the thousand euros, inside its range.
    const thousand = (v: number) => new Intl.NumberFormat('de-DE', { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(Math.round(v / 1000) * 1000);
    expect(html).toContain(`(mittlere Schätzung ${thousand(result.budget?.need ?? 0)})`);
    expect(html).toContain('23.11.2026');
    expect(html).toMatch(/<ol><li>/);
  });

  test('English report', () => {
    const html = renderHtml(buildReport(auditWorkbook(sheets), { lang: 'en', date }));
    expect(html).toContain('<html lang="en">');
    expect(html).toContain('Audit report');
  });

  test('chart: horizontal bars scale with the values, sorted by coverage, round ticks, values on the bars', () => {
    const euro = (value: number) => ({ kind: 'euro', value }) as const;
    const table = {
      kind: 'table',
      columns: [{ label: 'Sozialraum' }, { label: 'Budget', numeric: true }, { label: 'Bedarf', numeric: true }],
      rows: [{ cells: ['A', euro(100_000), euro(142_969)] }, { cells: ['B', euro(30_000), euro(120_000)] }, { cells: ['C', euro(50_000), null] }],
    } as const;
    const svg = barChartSvg('Budget und Bedarf', table, [1, 2], 'de');
    const bars = [...svg.matchAll(/<rect class="fh-bar" data-value="([\d.]+)" x="[\d.]+" y="([\d.]+)" width="([\d.]+)"/g)].map((m) => ({ value: Number(m[1]), y: Number(m[2]), width: Number(m[3]) }));
    expect(bars).toHaveLength(5); // C has no need: one bar and a dash
    const perEuro = bars[0].width / bars[0].value;
    for (const b of bars) expect(b.width / b.value).toBeCloseTo(perEuro, 4);
    // B covers 25 %, A 70 %, C's need is unknown: B first, C last.
    expect(bars.map((b) => b.value)).toEqual([30_000, 120_000, 100_000, 142_969, 50_000]);
    expect(bars.map((b) => b.y)).toEqual([...bars.map((b) => b.y)].sort((a, b) => a - b));
    const ticks = [...svg.matchAll(/<text x="[\d.]+" y="[\d.]+" text-anchor="middle" font-size="10" fill="#1b1b1b">([^<]+)<\/text>/g)].map((m) => m[1]);
    expect(ticks).toEqual(['0\u00a0€', '50.000\u00a0€', '100.000\u00a0€', '150.000\u00a0€']);
    for (const v of ['142.969\u00a0€', '30.000\u00a0€', '50.000\u00a0€']) expect(svg).toContain(`>${v}</text>`);
    expect(svg).toContain('aria-label="Budget und Bedarf"');
  });

  test.each([
    [142_969, 50_000],
    [7, 2],
    [1, 0.2],
    [980_000, 200_000],
    [100, 20],
  ])('round tick step for %p is %p', (max, step) => {
    expect(niceStep(max)).toBe(step);
  });

  test('the report is A4 with page numbers, page one is the Kurzfassung, the worklist an appendix', () => {
    const html = renderHtml(buildReport(auditWorkbook(sheets), { lang: 'de', date }));
    expect(html).toMatch(/@page \{ size: A4 portrait;/);
    expect(html).toContain('content: "Seite " counter(page) " von " counter(pages)');
    expect(html).not.toContain('overflow-wrap: anywhere');
    expect(html).toContain('thead { display: table-header-group; }');
    // The first section after the Kurzfassung, its next steps and questions starts a page; so does the worklist.
    const newPages = [...html.matchAll(/<section id="(\w+)" class="new-page">/g)].map((m) => m[1]);
    expect(newPages).toEqual(['map', 'findings']);
    expect(renderHtml(buildReport(auditWorkbook(sheets), { lang: 'en', date }))).toContain('content: "Page " counter(page) " of " counter(pages)');
  });

  test('the page footer cannot end its CSS string or the style element', () => {
    expect(cssString('a"b</style><script>')).toBe('"a\\22 b\\3c /style\\3e \\3c script\\3e "');
  });
});
