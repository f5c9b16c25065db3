import { Finding } from '../core/findings/finding';
import { Lang } from '../core/lang';
import { GERMAN } from './findingTextDe';
import { ENGLISH } from './findingTextEn';
import { Texts } from './findingWords';

const TEXTS: Readonly<Record<Lang, Texts>> = { de: GERMAN, en: ENGLISH };

/** The sentence for a finding in one language. */
export function findingText(f: Finding, lang: Lang): string {
  // The table is exhaustive by type; indexing it with a union code needs this one widening.
  const text = TEXTS[lang][f.code] as (values: Finding['values']) => string;
  return text(f.values);
}
