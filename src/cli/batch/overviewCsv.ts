import { Lang } from '../../core/lang';
import { OverviewColumn } from './columns';
import { FileOutcome } from './row';

/**
 * The overview as CSV for the spreadsheet a Land office uses: UTF-8 with a byte-order mark (so
 * Excel reads umlauts), German with ";" and a decimal comma, English with "," and a point; shares
 * as fractions (0,85), amounts in € without a unit; an empty field where a figure is unknown. Text
 * that a spreadsheet would take for a formula (=, +, -, @) starts with an apostrophe.
 */
export function overviewCsv(lines: readonly FileOutcome[], columns: readonly OverviewColumn[], lang: Lang): string {
  const rows = [csvHeader(columns, lang), ...lines.map((line) => columns.map((c) => field(c.value(line), lang)).join(separator(lang)))];
  return `\ufeff${rows.join('\r\n')}\r\n`;
}

/** The header line: also how fh-check recognises an overview CSV it wrote. */
export function csvHeader(columns: readonly OverviewColumn[], lang: Lang): string {
  return columns.map((c) => field(c.label, lang)).join(separator(lang));
}

const separator = (lang: Lang) => (lang === 'de' ? ';' : ',');

function field(value: string | number | null, lang: Lang): string {
  if (value === null) return '';
  if (typeof value === 'number') {
    const text = String(Math.round(value * 1e6) / 1e6);
    return lang === 'de' ? text.replace('.', ',') : text;
  }
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";,\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
