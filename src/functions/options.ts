import { Lang } from '../core/lang';
import { NeedRange } from '../core/need/parameters';
import { fold } from '../core/text';
import { optionalText } from './args';
import { excelError } from './excelError';
import { MESSAGES } from './messages';

/** What FH.SECTOR and FH.ACTORTYPE return: the German label (default), the stable id, or the English label. */
export type OutputForm = 'de' | 'id' | 'en';

// Maps, not objects: a planner's text such as "__proto__" must not find an inherited property.
const FORMS: ReadonlyMap<string, OutputForm> = new Map(Object.entries({
  bezeichnung: 'de',
  label: 'de',
  name: 'de',
  de: 'de',
  deutsch: 'de',
  german: 'de',
  id: 'id',
  schluessel: 'id',
  key: 'id',
  en: 'en',
  englisch: 'en',
  english: 'en',
} satisfies Record<string, OutputForm>));

export function outputForm(arg: unknown): OutputForm | CustomFunctions.Error {
  const text = optionalText(arg, MESSAGES.unknownForm(String(arg)));
  if (typeof text !== 'string') return text ?? 'de';
  return FORMS.get(fold(text)) ?? excelError('value', MESSAGES.unknownForm(text));
}

/** Which text of a criterion FH.CRITERION returns; German words give German text, English words English. */
export interface CriterionField {
  readonly part: 'title' | 'level' | 'summary';
  readonly lang: Lang;
}

const FIELDS: ReadonlyMap<string, CriterionField> = new Map(Object.entries({
  titel: { part: 'title', lang: 'de' },
  title: { part: 'title', lang: 'en' },
  ebene: { part: 'level', lang: 'de' },
  qualitaetsebene: { part: 'level', lang: 'de' },
  stufe: { part: 'level', lang: 'de' },
  level: { part: 'level', lang: 'en' },
  text: { part: 'summary', lang: 'de' },
  beschreibung: { part: 'summary', lang: 'de' },
  zusammenfassung: { part: 'summary', lang: 'de' },
  summary: { part: 'summary', lang: 'en' },
} satisfies Record<string, CriterionField>));

const TITLE_DE: CriterionField = { part: 'title', lang: 'de' };

export function criterionField(arg: unknown): CriterionField | CustomFunctions.Error {
  const text = optionalText(arg, MESSAGES.unknownField(String(arg)));
  if (typeof text !== 'string') return text ?? TITLE_DE;
  return FIELDS.get(fold(text)) ?? excelError('value', MESSAGES.unknownField(text));
}

/** Which end of the need model's range FH.NEEDMODEL returns. */
export type EstimateEnd = keyof NeedRange;

const ESTIMATES: ReadonlyMap<string, EstimateEnd> = new Map(Object.entries({
  mittel: 'mid',
  mitte: 'mid',
  middle: 'mid',
  mid: 'mid',
  niedrig: 'low',
  low: 'low',
  hoch: 'high',
  high: 'high',
} satisfies Record<string, EstimateEnd>));

export function estimateEnd(arg: unknown): EstimateEnd | CustomFunctions.Error {
  const text = optionalText(arg, MESSAGES.unknownEstimate(String(arg)));
  if (typeof text !== 'string') return text ?? 'mid';
  return ESTIMATES.get(fold(text)) ?? excelError('value', MESSAGES.unknownEstimate(text));
}

/** FH.NEEDMODEL's measures: all of them for the district, or those whose need lies in a Sozialraum. */
export type NeedScope = 'district' | 'local';

const SCOPES: ReadonlyMap<string, NeedScope> = new Map(Object.entries({
  bezirk: 'district',
  bezirksweit: 'district',
  district: 'district',
  'vor ort': 'local',
  vorort: 'local',
  local: 'local',
} satisfies Record<string, NeedScope>));

export function needScope(arg: unknown): NeedScope | CustomFunctions.Error {
  const text = optionalText(arg, MESSAGES.unknownScope(String(arg)));
  if (typeof text !== 'string') return text ?? 'district';
  return SCOPES.get(fold(text).replace(/-/g, ' ')) ?? excelError('value', MESSAGES.unknownScope(text));
}
