import { Lang } from '../core/lang';
import { NetworkMap, TableBlock } from './model';

const WORDS = {
  de: { sector: 'Kernbereich', partners: 'Partner', bound: 'mit Vereinbarung', missing: 'fehlende Pflicht-Akteure' },
  en: { sector: 'Core area', partners: 'Partners', bound: 'with agreement', missing: 'missing required types' },
} as const;

/** The network map as a table: what every layout shows, beside the picture where one can be drawn. */
export function mapTable(map: NetworkMap, lang: Lang): TableBlock {
  const w = WORDS[lang];
  return {
    kind: 'table',
    caption: map.caption,
    columns: [{ label: w.sector }, { label: w.partners, numeric: true }, { label: w.bound, numeric: true }, { label: w.missing }],
    rows: map.sectors.map((s) => ({
      cells: [s.label, { kind: 'count', value: s.partners.length }, { kind: 'count', value: s.partners.filter((p) => p.bound).length }, s.missing.length === 0 ? '–' : s.missing.join(', ')],
      tone: s.missing.length > 0 ? 'bad' : undefined,
    })),
  };
}
