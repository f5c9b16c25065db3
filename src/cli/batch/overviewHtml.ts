import { Lang } from '../../core/lang';
import { formatEuro, formatNumber, formatPercent } from '../../report/format';
import { escapeHtml as h } from '../../report/render/escapeHtml';
import { ChartData } from './chartData';
import { ColumnKind, OverviewColumn } from './columns';
import { FileOutcome } from './row';

/** Marks an HTML overview of ours (and only that: a Prüfbericht carries another marker). */
export const OVERVIEW_HTML_MARKER = '<meta name="generator" content="fruehe-hilfen-check overview">';

const CSS = `
body { font-family: "Segoe UI", Arial, Helvetica, sans-serif; color: #1b1b1b; font-size: 10pt; margin: 12px; }
table { border-collapse: collapse; } th, td { border: 1px solid #bbb; padding: 2pt 4pt; text-align: left; vertical-align: top; }
th { background: #eee; position: sticky; top: 0; } td.num { text-align: right; white-space: nowrap; }
.chart { max-width: 760px; height: auto; display: block; margin: 8pt 0 16pt; }
`;

/** A figure as text in the run's language; "–" where it is unknown. */
export function shown(value: string | number | null, kind: ColumnKind, lang: Lang): string {
  if (value === null) return '–';
  if (typeof value === 'string') return value;
  switch (kind) {
    case 'percent':
      return formatPercent(value, lang);
    case 'euro':
      return formatEuro(value, lang);
    case 'decimal1':
      return formatNumber(value, lang, 1);
    case 'decimal2':
      return formatNumber(value, lang, 2);
    case 'year':
      return String(value);
    default:
      return formatNumber(value, lang);
  }
}

/** The chosen indicator as horizontal bars, highest first; text escaped, no script. */
function barsSvg(data: ChartData, lang: Lang): string {
  const points = data.points.slice(0, data.valued);
  if (points.length === 0) return '';
  const bar = 16;
  const left = 220;
  const width = 760;
  const height = points.length * bar + 10;
  const max = Math.max(...points.map((p) => p.value as number), 0) || 1;
  const label = h(data.column.label);
  const rows = points.map((p, i) => {
    const w = ((p.value as number) / max) * (width - left - 90);
    const y = 5 + i * bar;
    const value = h(shown(p.value, data.column.kind, lang));
    return (
      `<text x="${left - 6}" y="${y + 12}" text-anchor="end" font-size="11">${h(p.district)}</text>` +
      `<rect x="${left}" y="${y + 2}" width="${Math.max(0, w).toFixed(1)}" height="${bar - 4}" fill="#0f6cbd"><title>${h(p.district)}: ${value}</title></rect>` +
      `<text x="${(left + Math.max(0, w) + 4).toFixed(1)}" y="${y + 12}" font-size="11">${value}</text>`
    );
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${width} ${height}" role="img" aria-label="${label}" class="chart"><title>${label}</title>${rows.join('')}</svg>`;
}

/** The overview as one self-contained HTML page: the chart of the chosen indicator, then the table. */
export function overviewHtml(lines: readonly FileOutcome[], columns: readonly OverviewColumn[], chart: ChartData, lang: Lang, date: string): string {
  const title = lang === 'de' ? 'Übersicht Netzwerke Frühe Hilfen' : 'Overview of Frühe Hilfen networks';
  const note =
    lang === 'de'
      ? `${lines.length} Arbeitsmappen, geprüft mit fh-check am ${date}. „–“: in der Mappe nicht angegeben.`
      : `${lines.length} workbooks, checked with fh-check on ${date}. "–": not given in the workbook.`;
  const head = columns.map((c) => `<th scope="col">${h(c.label)}</th>`).join('');
  const body = lines
    .map((line) => `<tr>${columns.map((c) => `<td${c.kind === 'text' ? '' : ' class="num"'}>${h(shown(c.value(line), c.kind, lang))}</td>`).join('')}</tr>`)
    .join('\n');
  return (
    `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">${OVERVIEW_HTML_MARKER}` +
    `<title>${h(title)}</title><style>${CSS}</style></head><body><h1>${h(title)}</h1><p>${h(note)}</p>` +
    `<h2>${h(chart.column.label)}</h2>${barsSvg(chart, lang)}<table><thead><tr>${head}</tr></thead><tbody>\n${body}\n</tbody></table></body></html>`
  );
}
