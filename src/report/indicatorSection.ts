import { Indicators } from '../core/audit/indicators';
import { Lang } from '../core/lang';
import { NEED_PARAMETERS } from '../core/need/parameters';
import { formatList, formatNumber, formatPercentRange } from './format';
import { Cell, Section } from './model';

const WORDS = {
  de: {
    title: 'Vergleichbare Kennzahlen',
    intro: 'In jedem Bericht dieselben Kennzahlen in derselben Reihenfolge, damit Jahre und Kommunen vergleichbar sind; „–“: in der Mappe nicht angegeben.',
    partnersPer1000: 'Partner je 1.000 Geburten',
    required: 'Pflicht-Akteurstypen vertreten',
    agreement: 'Partner mit Kooperationsvereinbarung',
    budgetPerBirth: 'Budget je Geburt',
    needCovered: 'Bedarf nach Modell gedeckt',
    labFte: 'Vollzeitstellen LaB je 1.000 Geburten (Ist)',
    criteria: 'Qualitätskriterien erfüllt (Selbsteinschätzung)',
    own: (names: string) => `Eigene Werte statt der Standardwerte des Bedarfsmodells: ${names}. Beim Vergleich mit anderen Kommunen beachten.`,
  },
  en: {
    title: 'Comparable indicators',
    intro: 'The same indicators in the same order in every report, so years and districts compare; "–": not given in the workbook.',
    partnersPer1000: 'Partners per 1,000 births',
    required: 'Required actor types present',
    agreement: 'Partners with a cooperation agreement',
    budgetPerBirth: 'Budget per birth',
    needCovered: 'Need covered (model)',
    labFte: 'LaB posts per 1,000 births (actual)',
    criteria: 'Quality criteria met (self-assessment)',
    own: (names: string) => `Own values instead of the need model's defaults: ${names}. Mind this when comparing with other districts.`,
  },
} as const;

/** The fixed box of comparable indicators (same order in every district); parameters set apart from the defaults flagged. */
export function indicatorSection(ind: Indicators, lang: Lang): Section {
  const w = WORDS[lang];
  const pct = (v: number | null): Cell => (v === null ? null : { kind: 'percent', value: v });
  const items: { label: string; value: Cell }[] = [
    { label: w.partnersPer1000, value: ind.partnersPer1000Births === null ? null : { kind: 'number', value: ind.partnersPer1000Births, digits: 1 } },
    { label: w.required, value: pct(ind.requiredPresent) },
    { label: w.agreement, value: pct(ind.withAgreement) },
    { label: w.budgetPerBirth, value: ind.budgetPerBirth === null ? null : { kind: 'euro', value: ind.budgetPerBirth } },
    { label: w.needCovered, value: ind.needCovered === null ? null : formatPercentRange(ind.needCovered, lang) },
    { label: w.labFte, value: ind.labFtePer1000Births === null ? null : formatNumber(ind.labFtePer1000Births, lang, 2) },
    { label: w.criteria, value: pct(ind.criteriaMet) },
  ];
  const blocks: Section['blocks'] = [{ kind: 'paragraph', text: w.intro }, { kind: 'facts', items }];
  const own = ind.ownParameters.map((id) => NEED_PARAMETERS[id].label[lang]);
  return { id: 'indicators', title: w.title, blocks: own.length > 0 ? [...blocks, { kind: 'paragraph', text: w.own(formatList(own, lang)), tone: 'warn' }] : blocks };
}

/** The indicators' names, for every surface that lists them (the overview across districts too). */
export const INDICATOR_WORDS = WORDS;
