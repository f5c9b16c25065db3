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

/** "A, B und C" / "A, B and C". */
export function formatList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'de' ? ' und ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}
