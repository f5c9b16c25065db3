import { Lang } from '../core/audit/result';
import { formatEuro } from '../core/i18n/format';
import { escapeHtml } from './escapeHtml';

export interface ChartBar {
  readonly name: string;
  readonly budget: number;
  readonly need: number | null;
}

const BUDGET_COLOR = '#0f6cbd';
const NEED_COLOR = '#8a3707';

/**
 * A clustered column chart (budget beside need per Sozialraum) as inline SVG: no script, no
 * external asset, prints as vectors. Labels are escaped.
 */
export function budgetChartSvg(bars: readonly ChartBar[], lang: Lang): string {
  const width = 640;
  const height = 300;
  const left = 80;
  const bottom = 60;
  const top = 30;
  const plotH = height - top - bottom;
  const max = Math.max(1, ...bars.map((b) => Math.max(b.budget, b.need ?? 0)));
  const slot = (width - left - 10) / Math.max(bars.length, 1);
  const barW = Math.min(36, slot / 2.6);
  const y = (v: number) => top + plotH - (v / max) * plotH;
  const parts: string[] = [];
  const title = lang === 'de' ? 'Budget und Bedarf nach Sozialraum' : 'Budget and need by Sozialraum';
  parts.push(`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="${escapeHtml(title)}" class="chart">`);
  parts.push(`<title>${escapeHtml(title)}</title>`);
  for (let i = 0; i <= 4; i++) {
    const v = (max / 4) * i;
    parts.push(`<line x1="${left}" x2="${width - 10}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#d1d1d1" stroke-width="1"/>`);
    parts.push(`<text x="${left - 6}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" font-size="10">${escapeHtml(formatEuro(v, lang))}</text>`);
  }
  bars.forEach((b, i) => {
    const x = left + i * slot + slot / 2;
    parts.push(`<rect x="${(x - barW).toFixed(1)}" y="${y(b.budget).toFixed(1)}" width="${barW.toFixed(1)}" height="${(top + plotH - y(b.budget)).toFixed(1)}" fill="${BUDGET_COLOR}"><title>${escapeHtml(`${b.name}: Budget ${formatEuro(b.budget, lang)}`)}</title></rect>`);
    if (b.need !== null) {
      parts.push(`<rect x="${x.toFixed(1)}" y="${y(b.need).toFixed(1)}" width="${barW.toFixed(1)}" height="${(top + plotH - y(b.need)).toFixed(1)}" fill="${NEED_COLOR}"><title>${escapeHtml(`${b.name}: ${lang === 'de' ? 'Bedarf' : 'Need'} ${formatEuro(b.need, lang)}`)}</title></rect>`);
    }
    parts.push(`<text x="${x.toFixed(1)}" y="${height - bottom + 16}" text-anchor="middle" font-size="11">${escapeHtml(b.name)}</text>`);
  });
  const legendY = height - 16;
  parts.push(`<rect x="${left}" y="${legendY - 9}" width="10" height="10" fill="${BUDGET_COLOR}"/><text x="${left + 14}" y="${legendY}" font-size="11">Budget</text>`);
  parts.push(`<rect x="${left + 80}" y="${legendY - 9}" width="10" height="10" fill="${NEED_COLOR}"/><text x="${left + 94}" y="${legendY}" font-size="11">${lang === 'de' ? 'Bedarf (Modell)' : 'Need (model)'}</text>`);
  parts.push('</svg>');
  return parts.join('');
}
