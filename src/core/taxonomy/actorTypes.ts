import { Kernbereich } from './kernbereich';

/** How strongly a network is expected to include a type: missing required = error, recommended = warning. */
export type Requirement = 'required' | 'recommended' | 'optional';

interface ActorTypeEntry {
  /** Stable id used in JSON, settings and custom functions; never renamed. */
  readonly id: string;
  readonly label: string;
  readonly labelEn: string;
  readonly kernbereich: Kernbereich;
  /** Default requirement; a planner overrides it in the settings sheet. */
  readonly requirement: Requirement;
  /**
   * Types this one also covers when coverage is counted: a Geburtsklinik is a Krankenhaus, the ASD is a
   * service of the Jugendamt. Never the other way round (a Jugendamt row does not show that the ASD takes part).
   */
  readonly alsoCounts?: readonly string[];
}

/**
 * The actor types of seed 002 (section 2) and § 3 Abs. 2 KKG, each in the Kernbereich the NZFH
 * paper puts it. Spellings live in ./spellings.ts; this list is the one definition of type, label
 * and default requirement.
 */
const ENTRIES = [
  // Kinder- und Jugendhilfe
  { id: 'jugendamt', label: 'Jugendamt', labelEn: 'Youth welfare office', kernbereich: 'jugendhilfe', requirement: 'required' },
  // Counted apart since the NZFH survey asks for it apart (85.0 % of networks, 2017); organisationally part of the Jugendamt.
  { id: 'asd', label: 'Allgemeiner Sozialer Dienst (ASD)', labelEn: 'General social service (ASD)', kernbereich: 'jugendhilfe', requirement: 'required', alsoCounts: ['jugendamt'] },
  { id: 'familienbildung', label: 'Familienbildung', labelEn: 'Family education', kernbereich: 'jugendhilfe', requirement: 'required' },
  { id: 'kita', label: 'Kindertagesbetreuung', labelEn: 'Day care (Kita, childminders)', kernbereich: 'jugendhilfe', requirement: 'required' },
  { id: 'erziehungsberatung', label: 'Erziehungs-/Familienberatung', labelEn: 'Parenting and family counselling', kernbereich: 'jugendhilfe', requirement: 'required' },
  { id: 'hilfen_zur_erziehung', label: 'Hilfen zur Erziehung', labelEn: 'Child-rearing support services (HzE)', kernbereich: 'jugendhilfe', requirement: 'recommended' },
  { id: 'familienzentrum', label: 'Familienzentrum', labelEn: 'Family centre', kernbereich: 'jugendhilfe', requirement: 'recommended' },
  { id: 'kinderschutz', label: 'Kinderschutzdienst/-zentrum', labelEn: 'Child protection service or centre', kernbereich: 'jugendhilfe', requirement: 'recommended' },
  { id: 'jugendhilfeeinrichtung', label: 'Kinder- und Jugendheim', labelEn: 'Residential youth care', kernbereich: 'jugendhilfe', requirement: 'optional' },
  { id: 'kliniksozialdienst', label: 'Krankenhaussozialdienst', labelEn: 'Hospital social service', kernbereich: 'jugendhilfe', requirement: 'optional' },
  { id: 'koordinierungsstelle', label: 'Netzwerkkoordination Frühe Hilfen', labelEn: 'Early childhood network coordination', kernbereich: 'jugendhilfe', requirement: 'optional' },
  // Gesundheitsbereich
  { id: 'gesundheitsamt', label: 'Gesundheitsamt/KJGD', labelEn: 'Public health office / child health service', kernbereich: 'gesundheit', requirement: 'required' },
  { id: 'familienhebamme', label: 'Familienhebammen/FGKiKP', labelEn: 'Family midwives / family paediatric nurses', kernbereich: 'gesundheit', requirement: 'required' },
  { id: 'hebamme', label: 'Hebammen', labelEn: 'Midwives', kernbereich: 'gesundheit', requirement: 'required' },
  { id: 'kinderarzt', label: 'Kinderärzt:innen', labelEn: 'Paediatricians', kernbereich: 'gesundheit', requirement: 'required' },
  { id: 'frauenarzt', label: 'Frauenärzt:innen', labelEn: 'Gynaecologists', kernbereich: 'gesundheit', requirement: 'required' },
  { id: 'geburtsklinik', label: 'Geburtsklinik', labelEn: 'Maternity clinic', kernbereich: 'gesundheit', requirement: 'required', alsoCounts: ['krankenhaus'] },
  { id: 'fruehfoerderung', label: 'Frühförderung/SPZ', labelEn: 'Early intervention / social paediatric centre', kernbereich: 'gesundheit', requirement: 'required' },
  { id: 'kinderklinik', label: 'Kinderklinik', labelEn: "Children's hospital", kernbereich: 'gesundheit', requirement: 'recommended', alsoCounts: ['krankenhaus'] },
  { id: 'psychiatrie', label: 'Sozialpsychiatrischer Dienst/Psychiatrie', labelEn: 'Social psychiatric service / psychiatry', kernbereich: 'gesundheit', requirement: 'recommended' },
  { id: 'psychotherapie', label: 'Psychotherapeut:innen', labelEn: 'Psychotherapists', kernbereich: 'gesundheit', requirement: 'optional' },
  { id: 'krankenhaus', label: 'Krankenhaus', labelEn: 'Hospital', kernbereich: 'gesundheit', requirement: 'recommended' },
  { id: 'muettergenesung', label: 'Müttergenesung/Mutter-Kind-Kur', labelEn: "Mothers' convalescence", kernbereich: 'gesundheit', requirement: 'recommended' },
  { id: 'heilberufe', label: 'Weitere Heilberufe', labelEn: 'Other health professions', kernbereich: 'gesundheit', requirement: 'recommended' },
  { id: 'krankenkasse', label: 'Krankenkasse', labelEn: 'Health insurer', kernbereich: 'gesundheit', requirement: 'optional' },
  { id: 'lotsendienst', label: 'Lotsendienst/Babylotsen', labelEn: 'Pilot service (Babylotsen)', kernbereich: 'gesundheit', requirement: 'recommended' },
  // Psychosoziale Beratungsstellen/Dienste
  { id: 'schwangerschaftsberatung', label: 'Schwangerschaftsberatung', labelEn: 'Pregnancy counselling', kernbereich: 'beratung', requirement: 'required' },
  { id: 'efl', label: 'Ehe-, Familien- und Lebensberatung', labelEn: 'Marriage, family and life counselling', kernbereich: 'beratung', requirement: 'optional' },
  { id: 'suchtberatung', label: 'Suchtberatung', labelEn: 'Addiction counselling', kernbereich: 'beratung', requirement: 'recommended' },
  { id: 'gewaltschutz', label: 'Gewaltschutz/Frauenhaus', labelEn: "Violence protection / women's shelter", kernbereich: 'beratung', requirement: 'recommended' },
  { id: 'schuldnerberatung', label: 'Schuldnerberatung', labelEn: 'Debt counselling', kernbereich: 'beratung', requirement: 'recommended' },
  { id: 'migrationsberatung', label: 'Migrationsberatung', labelEn: 'Migration counselling', kernbereich: 'beratung', requirement: 'recommended' },
  { id: 'ehrenamt', label: 'Ehrenamt/Familienpaten', labelEn: 'Volunteers / family mentors', kernbereich: 'beratung', requirement: 'recommended' },
  { id: 'sozialberatung', label: 'Beratung bei sozialen Problemlagen', labelEn: 'Social counselling', kernbereich: 'beratung', requirement: 'recommended' },
  { id: 'telefonseelsorge', label: 'Telefonseelsorge', labelEn: 'Telephone counselling', kernbereich: 'beratung', requirement: 'optional' },
  // Seed 002 lists "Anwälte/Anwältinnen für Familienrecht" among the Beratungsstellen, plain Rechtsanwälte under weitere.
  { id: 'familienrecht', label: 'Anwält:innen für Familienrecht', labelEn: 'Family-law lawyers', kernbereich: 'beratung', requirement: 'optional' },
  // Weitere Akteure
  { id: 'jobcenter', label: 'Jobcenter/Agentur für Arbeit', labelEn: 'Job centre / employment agency', kernbereich: 'weitere', requirement: 'required' },
  { id: 'sozialamt', label: 'Sozialamt', labelEn: 'Social welfare office', kernbereich: 'weitere', requirement: 'recommended' },
  { id: 'familiengericht', label: 'Familiengericht', labelEn: 'Family court', kernbereich: 'weitere', requirement: 'recommended' },
  { id: 'polizei', label: 'Polizei/Ordnungsbehörde', labelEn: 'Police / public order office', kernbereich: 'weitere', requirement: 'recommended' },
  { id: 'schule', label: 'Schule', labelEn: 'School', kernbereich: 'weitere', requirement: 'recommended' },
  { id: 'eingliederungshilfe', label: 'Eingliederungshilfe (§ 125 SGB IX)', labelEn: 'Disability integration services', kernbereich: 'weitere', requirement: 'recommended' },
  // Abolished by the Bundesteilhabegesetz (transition until the end of 2018, § 241 Abs. 7 SGB IX): still recognised, no longer expected.
  { id: 'servicestelle', label: 'Gemeinsame Servicestelle', labelEn: 'Joint rehabilitation service point', kernbereich: 'weitere', requirement: 'optional' },
  { id: 'eutb', label: 'Ergänzende unabhängige Teilhabeberatung (EUTB)', labelEn: 'Independent participation counselling (EUTB)', kernbereich: 'weitere', requirement: 'recommended' },
  { id: 'mehrgenerationenhaus', label: 'Mehrgenerationenhaus', labelEn: 'Multi-generation house', kernbereich: 'weitere', requirement: 'recommended' },
  { id: 'rechtsberatung', label: 'Rechtsanwält:innen', labelEn: 'Lawyers', kernbereich: 'weitere', requirement: 'optional' },
  { id: 'betreuung_vormundschaft', label: 'Betreuung/Beistandschaft/Vormundschaft', labelEn: 'Guardianship and legal assistance', kernbereich: 'weitere', requirement: 'optional' },
  { id: 'quartiersarbeit', label: 'Quartiers- und Gemeinwesenarbeit', labelEn: 'Neighbourhood work', kernbereich: 'weitere', requirement: 'optional' },
  { id: 'wohnungshilfe', label: 'Wohnungshilfe/Wohnungsbau', labelEn: 'Housing assistance', kernbereich: 'weitere', requirement: 'optional' },
] as const satisfies readonly ActorTypeEntry[];

/** Actor-type ids as a type: spellings, rules and tests that name an unknown type do not compile. */
export type ActorTypeId = (typeof ENTRIES)[number]['id'];

export interface ActorType extends ActorTypeEntry {
  readonly id: ActorTypeId;
  readonly alsoCounts?: readonly ActorTypeId[];
}

export const ACTOR_TYPES: readonly ActorType[] = ENTRIES;

const BY_ID: ReadonlyMap<string, ActorType> = new Map(ACTOR_TYPES.map((t) => [t.id, t]));

/** The type of an id; undefined for text that is no id (settings lists and function arguments hold any text). */
export function actorTypeById(id: string): ActorType | undefined {
  return BY_ID.get(id);
}

export function isActorTypeId(id: string): id is ActorTypeId {
  return BY_ID.has(id);
}

/** The default list of a requirement, in catalogue order. */
export function defaultTypeIds(requirement: Requirement): ActorTypeId[] {
  return ACTOR_TYPES.filter((t) => t.requirement === requirement).map((t) => t.id);
}
