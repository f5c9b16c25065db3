import { criterionById, CriterionId, QUALITY_LEVEL_LABELS, QualityLevel } from '../core/criteria/catalog';
import { NeedDefaultId } from '../core/findings/codes';
import { Lang } from '../core/lang';
import { NEED_DEFAULTS } from '../core/need/defaults';
import { NEED_PARAMETERS } from '../core/need/parameters';
import { actorTypeById } from '../core/taxonomy/actorTypes';
import { Kernbereich, KERNBEREICH_LABELS } from '../core/taxonomy/kernbereich';

/** Names of domain ids in one language, looked up in core's one definition of each. */

export function actorTypeLabel(id: string, lang: Lang): string {
  const type = actorTypeById(id);
  if (!type) return id;
  return lang === 'de' ? type.label : type.labelEn;
}

export function kernbereichLabel(k: Kernbereich, lang: Lang): string {
  return KERNBEREICH_LABELS[k][lang];
}

export function kernbereichShort(k: Kernbereich, lang: Lang): string {
  return lang === 'de' ? KERNBEREICH_LABELS[k].shortDe : KERNBEREICH_LABELS[k].shortEn;
}

/**
 * The Kernbereich after "aus" in a German sentence ("kein Partner aus dem Gesundheitsbereich"),
 * in English after "from" ("no partner from health").
 */
const FROM: Readonly<Record<Lang, Readonly<Record<Kernbereich, string>>>> = {
  de: {
    jugendhilfe: 'der Kinder- und Jugendhilfe',
    gesundheit: 'dem Gesundheitsbereich',
    beratung: 'den psychosozialen Beratungsstellen und Diensten',
    weitere: 'den weiteren Akteursgruppen',
  },
  en: {
    jugendhilfe: 'child and youth welfare',
    gesundheit: 'health',
    beratung: 'psychosocial counselling',
    weitere: 'the other actor groups',
  },
};

export function kernbereichAfterFrom(k: Kernbereich, lang: Lang): string {
  return FROM[lang][k];
}

/** "gehört zum Gesundheitsbereich" / "belongs to health": German contracts zu + dem/der. */
export function kernbereichAfterTo(k: Kernbereich, lang: Lang): string {
  if (lang === 'en') return FROM.en[k];
  return `zu ${FROM.de[k]}`.replace(/^zu dem /, 'zum ').replace(/^zu der /, 'zur ');
}

export function criterionTitle(id: CriterionId, lang: Lang): string {
  return criterionById(id)?.title[lang] ?? id;
}

export function levelLabel(level: QualityLevel, lang: Lang): string {
  return QUALITY_LEVEL_LABELS[level][lang];
}

/** The label of a need-model parameter, the measure model's or the one-formula model's. */
export function needParameterLabel(id: NeedDefaultId, lang: Lang): string {
  return id === 'burdenShare' || id === 'costPerFamily' ? NEED_DEFAULTS[id].label[lang] : NEED_PARAMETERS[id].label[lang];
}
