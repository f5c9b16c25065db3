import { Lang } from '../core/lang';

const LOCALE: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };

// Creating an Intl.NumberFormat costs far more than using one; the pane formats hundreds of figures.
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(lang: Lang, kind: 'euro' | 'percent' | 'number', digits: number): Intl.NumberFormat {
  const key = `${lang}|${kind}|${digits}`;
  let f = formatters.get(key);
  if (!f) {
    const options: Intl.NumberFormatOptions =
      kind === 'euro'
        ? { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }
        : kind === 'percent'
          ? { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: digits }
          : { maximumFractionDigits: digits };
    f = new Intl.NumberFormat(LOCALE[lang], options);
    formatters.set(key, f);
  }
  return f;
}

export function formatEuro(amount: number, lang: Lang): string {
  return formatter(lang, 'euro', 0).format(amount);
}

export function formatPercent(share: number, lang: Lang, digits = 0): string {
  return formatter(lang, 'percent', digits).format(share);
}

export function formatNumber(n: number, lang: Lang, digits = 0): string {
  return formatter(lang, 'number', digits).format(n);
}

/** A model figure rounded to what a model can claim: thousands of euros from 10,000 € on. */
export function formatModelEuro(amount: number, lang: Lang): string {
  return formatEuro(Math.abs(amount) >= 10_000 ? Math.round(amount / 1000) * 1000 : Math.round(amount), lang);
}

/** "465.000 € bis 952.000 € (mittlere Schätzung 710.000 €)"; one figure when low and high agree. */
export function formatModelRange(r: { low: number; mid: number; high: number }, lang: Lang): string {
  const e = (n: number) => formatModelEuro(n, lang);
  if (e(r.low) === e(r.high)) return e(r.mid);
  return lang === 'de' ? `${e(r.low)} bis ${e(r.high)} (mittlere Schätzung ${e(r.mid)})` : `${e(r.low)} to ${e(r.high)} (middle estimate ${e(r.mid)})`;
}

/** "64–132 %"; one figure when both ends agree. */
export function formatPercentRange(r: { low: number; high: number }, lang: Lang): string {
  const low = formatPercent(r.low, lang);
  const high = formatPercent(r.high, lang);
  if (low === high) return low;
  return `${low.replace(/\s?%$/, '')}–${high}`;
}

/** A date from ms since 1970: "30.06.2025" / "30 Jun 2025" (UTC: dates in a workbook have no time zone). */
export function formatDate(ms: number, lang: Lang): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { day: '2-digit', month: lang === 'de' ? '2-digit' : 'short', year: 'numeric', timeZone: 'UTC' }).format(new Date(ms));
}

/** "A, B und C" / "A, B and C". */
export function formatList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'de' ? ' und ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}
