import { Lang } from '../audit/result';

const LOCALE: Record<Lang, string> = { de: 'de-DE', en: 'en-GB' };

export function formatEuro(amount: number, lang: Lang): string {
  return new Intl.NumberFormat(LOCALE[lang], { style: 'currency', currency: 'EUR', maximumFractionDigits: 0 }).format(amount);
}

export function formatPercent(share: number, lang: Lang, digits = 0): string {
  return new Intl.NumberFormat(LOCALE[lang], { style: 'percent', maximumFractionDigits: digits, minimumFractionDigits: digits }).format(share);
}

export function formatNumber(n: number, lang: Lang, digits = 0): string {
  return new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: digits }).format(n);
}

/** "A, B und C" / "A, B and C". */
export function formatList(items: readonly string[], lang: Lang): string {
  if (items.length <= 1) return items.join('');
  const and = lang === 'de' ? ' und ' : ' and ';
  return `${items.slice(0, -1).join(', ')}${and}${items[items.length - 1]}`;
}
