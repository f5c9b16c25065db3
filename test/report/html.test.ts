import { auditWorkbook } from '../../src/core/audit/audit';
import { CellValue, SheetGrid } from '../../src/core/grid';
import { buildReport } from '../../src/report/buildReport';
import { barChartSvg } from '../../src/report/render/barChartSvg';
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

  test('chart bars scale with the values', () => {
    const euro = (value: number) => ({ kind: 'euro', value }) as const;
    const table = {
      kind: 'table',
      columns: [{ label: 'Sozialraum' }, { label: 'Budget', numeric: true }, { label: 'Bedarf', numeric: true }],
      rows: [{ cells: ['A', euro(100), euro(400)] }, { cells: ['B', euro(200), null] }],
    } as const;
    const svg = barChartSvg('Budget', table, [1, 2], 'de');
    const heights = [...svg.matchAll(/<rect x="[\d.]+" y="[\d.]+" width="[\d.]+" height="([\d.]+)" fill/g)].map((m) => Number(m[1]));
    expect(heights).toHaveLength(5); // three bars and two legend swatches
    expect(heights[1] / heights[0]).toBeCloseTo(4, 1);
    expect(heights[2] / heights[0]).toBeCloseTo(2, 1);
  });
});
