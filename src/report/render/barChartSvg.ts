import { Lang } from '../../core/lang';
import { formatEuro } from '../format';
import { Figure, TableBlock } from '../model';
import { escapeHtml } from './escapeHtml';

/** Fill colours of the series, in order; distinct in lightness too, so the chart survives greyscale print. */
const SERIES_COLOURS = ['#0f6cbd', '#8a3707', '#5c5c5c'];

/**
 * A clustered column chart of a table's euro columns as inline SVG: no script, no external asset,
 * prints as vectors. Column 0 names the categories; `series` are the columns drawn. Text is escaped.
 */
export function barChartSvg(title: string, table: TableBlock, series: readonly number[], lang: Lang): string {
  const width = 640;
  const height = 300;
  const left = 80;
  const bottom = 60;
  const top = 30;
  const plotH = height - top - bottom;
  const value = (cell: unknown): number | null => (cell !== null && typeof cell === 'object' ? (cell as Figure).value : null);
  const bars = table.rows.map((row) => ({ name: typeof row.cells[0] === 'string' ? row.cells[0] : '', values: series.map((c) => value(row.cells[c])) }));
  const max = Math.max(1, ...bars.flatMap((b) => b.values.map((v) => v ?? 0)));
  const slot = (width - left - 10) / Math.max(bars.length, 1);
  const barW = Math.min(36, slot / (series.length + 0.6));
  const y = (v: number) => top + plotH - (v / max) * plotH;
  const parts: string[] = [];
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(title)}" class="chart">`);
  parts.push(`<title>${escapeHtml(title)}</title>`);
  for (let i = 0; i <= 4; i++) {
    const v = (max / 4) * i;
    parts.push(`<line x1="${left}" x2="${width - 10}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#d1d1d1" stroke-width="1"/>`);
    parts.push(`<text x="${left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" font-size="10">${escapeHtml(formatEuro(v, lang))}</text>`);
  }
  bars.forEach((b, i) => {
    const x = left + i * slot + slot / 2 - (barW * series.length) / 2;
    b.values.forEach((v, s) => {
      if (v === null) return;
      const label = `${b.name}: ${table.columns[series[s]].label} ${formatEuro(v, lang)}`;
      parts.push(`<rect x="${(x + s * barW).toFixed(1)}" y="${y(v).toFixed(1)}" width="${barW.toFixed(1)}" height="${(top + plotH - y(v)).toFixed(1)}" fill="${SERIES_COLOURS[s % SERIES_COLOURS.length]}"><title>${escapeHtml(label)}</title></rect>`);
    });
    parts.push(`<text x="${(left + i * slot + slot / 2).toFixed(1)}" y="${height - bottom + 16}" text-anchor="middle" font-size="11">${escapeHtml(b.name)}</text>`);
  });
  const legendY = height - 16;
  series.forEach((c, s) => {
    const x = left + s * 160;
    parts.push(`<rect x="${x}" y="${legendY - 9}" width="10" height="10" fill="${SERIES_COLOURS[s % SERIES_COLOURS.length]}"/><text x="${x + 14}" y="${legendY}" font-size="11">${escapeHtml(table.columns[c].label)}</text>`);
  });
  parts.push('</svg>');
  return parts.join('');
}
