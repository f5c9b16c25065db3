import { ActorTypeId } from './actorTypes';

/** Where a rate was published: the NZFH Kommunalbefragung of one year. */
export interface RateSource {
  readonly survey: 'NZFH-Kommunalbefragung';
  readonly year: number;
  readonly publisher: string;
  /** The page that lists the rates. */
  readonly publication: string;
}

/**
 * Share of Jugendamtsbezirke whose Frühe Hilfen network includes at least one partner of what the survey
 * asked for. `counts` says what that was, in the survey's terms, which may be wider than the actor type the
 * rate is shown for.
 */
export interface ReferenceRate {
  readonly share: number;
  readonly year: number;
  readonly counts: { readonly de: string; readonly en: string };
  readonly source: RateSource;
}

const kommunalbefragung = (year: number): RateSource => ({
  survey: 'NZFH-Kommunalbefragung',
  year,
  publisher: 'Nationales Zentrum Frühe Hilfen (NZFH)',
  publication: 'fruehehilfen.de, „Kooperationspartner in Netzwerken Frühe Hilfen“',
});

const rate = (share: number, year: number, de: string, en: string): ReferenceRate => ({ share, year, counts: { de, en }, source: kommunalbefragung(year) });

/**
 * The survey asked for Erziehungs- and Ehe-/Familien-/Lebensberatung as one partner group: one rate, shown
 * for either type with this wording, so a reader sees it is not a figure for that type alone.
 */
const COUNSELLING = rate(
  0.928,
  2017,
  'Erziehungs- und Ehe-, Familien- und Lebensberatung zusammen',
  'Parenting and marriage, family and life counselling together',
);

/**
 * Published rates only (see DOMAIN.md): a type without one shows none. There is none for the health
 * partners (only their growth 2017–2020 is published) and none for the Jugendamt as a whole: the 85.0 %
 * counts the ASD. "Fachberatung Kindertagesbetreuung" (80.5 %, 2020) has no type of its own and is not
 * shown for the Kitas.
 */
export const REFERENCE_RATES: Readonly<Partial<Record<ActorTypeId, ReferenceRate>>> = {
  schwangerschaftsberatung: rate(0.957, 2017, 'Schwangerschaftsberatung', 'Pregnancy counselling'),
  familienhebamme: rate(0.929, 2020, 'Familienhebammen und FGKiKP', 'Family midwives and family paediatric nurses'),
  erziehungsberatung: COUNSELLING,
  efl: COUNSELLING,
  asd: rate(0.85, 2017, 'Allgemeiner Sozialer Dienst (ASD)', 'General social service (ASD)'),
  kita: rate(0.819, 2020, 'Kindertageseinrichtungen', 'Day-care centres'),
  familienzentrum: rate(0.748, 2020, 'Familienzentren', 'Family centres'),
  hilfen_zur_erziehung: rate(0.691, 2017, 'Anbieter von Hilfen zur Erziehung', 'Providers of child-rearing support (HzE)'),
  familienbildung: rate(0.608, 2020, 'Familienbildungsstätten', 'Family education centres'),
};
