import { AuditResult } from '../core/audit/result';
import { Lang } from '../core/lang';
import { KERNBEREICHE } from '../core/taxonomy/kernbereich';
import { formatNumber } from './format';
import { NetworkMap } from './model';
import { actorTypeLabel, kernbereichLabel } from './names';

const WORDS = {
  de: {
    title: 'Netzwerkkarte',
    caption: (n: string, bound: string, missing: string) => `Das Netzwerk in vier Sektoren nach Kernbereichen: ${n} Partner, davon ${bound} mit Kooperationsvereinbarung (gefüllt); leere Umrisse: fehlende Pflicht-Akteure (${missing}).`,
    bound: 'mit Kooperationsvereinbarung',
    unbound: 'ohne Vereinbarung',
    missing: 'fehlender Pflicht-Akteur',
  },
  en: {
    title: 'Network map',
    caption: (n: string, bound: string, missing: string) => `The network in four sectors by core area: ${n} partners, ${bound} with a cooperation agreement (filled); empty outlines: missing required types (${missing}).`,
    bound: 'with cooperation agreement',
    unbound: 'without agreement',
    missing: 'missing required type',
  },
} as const;

/** The network map's data from an audit: partners by Kernbereich, bound or not, and the missing required types in their sector. */
export function mapBlock(result: AuditResult, lang: Lang): NetworkMap {
  const w = WORDS[lang];
  const required = result.missingActorTypes.filter((m) => m.requirement === 'required');
  const sectors = KERNBEREICHE.map((k) => ({
    kernbereich: k,
    label: kernbereichLabel(k, lang),
    partners: result.partners
      .filter((p) => p.kernbereich === k)
      .map((p) => ({ name: p.name, type: p.actorTypeId === null ? null : actorTypeLabel(p.actorTypeId, lang), bound: p.agreement === true, sozialraum: p.sozialraeume[0] ?? null })),
    missing: required.filter((m) => m.kernbereich === k).map((m) => actorTypeLabel(m.id, lang)),
  }));
  const bound = result.partners.filter((p) => p.agreement === true).length;
  return {
    kind: 'map',
    title: w.title,
    caption: w.caption(formatNumber(result.partners.length, lang), formatNumber(bound, lang), formatNumber(required.length, lang)),
    sectors,
    unplaced: result.partners.filter((p) => p.kernbereich === null).length,
    legend: { bound: w.bound, unbound: w.unbound, missing: w.missing },
  };
}
