/*
 * The words finding sentences are made of, shared by the German and the English table
 * (findingTextDe.ts, findingTextEn.ts): number and list formats, gaps, reasons, expected values.
 */
import { EvidenceGap, FindingCode, FindingValues, FormerReason, NeedDefaultId, Spread } from '../core/findings/codes';
import { Lang } from '../core/lang';
import { ActorTypeId } from '../core/taxonomy/actorTypes';
import { Kernbereich } from '../core/taxonomy/kernbereich';
import { REFERENCE_RATES } from '../core/taxonomy/referenceRates';
import { formatEuro, formatList, formatModelRange, formatNumber, formatPercent, formatPercentRange } from './format';
import { actorTypeLabel, kernbereichAfterFrom, kernbereichLabel, needParameterLabel } from './names';

/** One sentence per finding code; the compiler refuses a code without its text. */
export type Texts = { readonly [C in FindingCode]: (values: FindingValues[C]) => string };

/** Number, list and name formats of one language, for the sentence tables. */
function wordsOf(lang: Lang) {
  return {
    num: (n: number) => formatNumber(n, lang, Number.isInteger(n) ? 0 : 2),
    euro: (n: number) => formatEuro(n, lang),
    model: (r: Spread) => formatModelRange(r, lang),
    pctRange: (r: Spread) => formatPercentRange(r, lang),
    params: (ids: readonly NeedDefaultId[]) => formatList(ids.map((id) => needParameterLabel(id, lang)), lang),
    pct: (n: number, digits = 0) => formatPercent(n, lang, digits),
    list: (items: readonly string[]) => formatList(items, lang),
    from: (ks: readonly Kernbereich[]) => formatList(ks.map((k) => kernbereichAfterFrom(k, lang)), lang),
    sectors: (ks: readonly Kernbereich[]) => formatList(ks.map((k) => kernbereichLabel(k, lang)), lang),
  };
}

export const de = wordsOf('de');
export const en = wordsOf('en');

/** What the list shows instead of a criterion marked as met; a clause without the criterion's own number. */
export function gapText(gap: EvidenceGap, lang: Lang): string {
  const w = lang === 'de' ? de : en;
  switch (gap.kind) {
    case 'no-coordination':
      return lang === 'de' ? 'Die Liste nennt keine Koordinierungsstelle.' : 'the list names no coordination office.';
    case 'no-youth-office':
      return lang === 'de' ? 'Das Jugendamt steht nicht in der Liste.' : 'the Jugendamt is not in the list.';
    case 'steering-incomplete':
      return lang === 'de' ? `In der Steuerungsgruppe ist niemand aus ${w.from(gap.missing)}.` : `no one from ${w.from(gap.missing)} sits in the steering group.`;
    case 'health-youth-not-bound':
      return lang === 'de' ? `Ohne Vereinbarung mit einem eigenständigen Partner: ${w.sectors(gap.unbound)}.` : `no agreement with an independent partner in ${w.sectors(gap.unbound)}.`;
  }
}

/** What a setting's value should have been, for setting-unreadable. */
export const EXPECTED = {
  de: { plausible: 'Zahl', number: 'Zahl (etwa 812)', share: 'Anteil (etwa 12 %)', year: 'Jahr (etwa 2026)', yesno: 'ja oder nein', model: '„Maßnahmen“ oder „einfach“' },
  en: { plausible: 'a number', number: 'a number (e.g. 812)', share: 'a share (e.g. 12 %)', year: 'a year (e.g. 2026)', yesno: 'yes or no', model: '"Maßnahmen" or "einfach"' },
} as const;

const REASONS: Readonly<Record<Lang, Readonly<Record<FormerReason, string>>>> = {
  de: { status: 'ausgeschieden laut Status', ended: 'Enddatum vorbei', note: 'ausgeschieden laut Bemerkung', struck: 'durchgestrichen', archive: 'unter „Archiv“ bzw. „ehemalige Partner“', hidden: 'Zeile ausgeblendet' },
  en: { status: 'left by status', ended: 'end date passed', note: 'left according to the remark', struck: 'struck through', archive: 'under "Archiv" or "former partners"', hidden: 'row hidden' },
};

/** What the survey counted for a type's national rate, in its own terms ("Erziehungs- und Ehe-, Familien- und Lebensberatung zusammen"). */
export function rateCounts(actorType: ActorTypeId, lang: Lang): string {
  return REFERENCE_RATES[actorType]?.counts[lang] ?? actorTypeLabel(actorType, lang);
}

/** Why a former partner no longer counts, in words. */
export function formerReasonText(reason: FormerReason, lang: Lang): string {
  return REASONS[lang][reason];
}

export function formerReasons(reasons: Readonly<Partial<Record<FormerReason, number>>>, lang: Lang): string {
  return formatList((Object.entries(reasons) as [FormerReason, number][]).map(([r, n]) => `${n} ${REASONS[lang][r]}`), lang);
}
