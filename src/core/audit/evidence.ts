import { CriterionId } from '../criteria/catalog';
import { EvidenceGap } from '../findings/codes';
import { NetworkActor, NetworkSheet } from '../reader/model';
import { actorTypeById, ActorTypeId } from '../taxonomy/actorTypes';
import { Kernbereich } from '../taxonomy/kernbereich';
import { hasColumn } from './places';
import { countKernbereich, emptyCounts } from './sozialraeume';

/** Examples of partners without agreement a finding names; the full list is in the sheet. */
export const AGREEMENT_EXAMPLES = 3;
const STEERING_SECTORS: readonly Kernbereich[] = ['jugendhilfe', 'beratung', 'gesundheit'];

/**
 * Counselling services the NZFH grouping files under youth welfare (Erziehungs-, Ehe- und
 * Familienberatung): in a steering group they bring counselling, whatever their Kernbereich.
 */
const COUNSELLING_TYPES: ReadonlySet<ActorTypeId> = new Set<ActorTypeId>(['erziehungsberatung']);

/** A partner run by the youth welfare office itself ("Familienhebammen des Jugendamts"): no bridge to health. */
const OWN_SERVICE = /jugendamt|amt f(ue|ü)r jugend|fachbereich jugend|jugendhilfe|kreisjugendamt|stadtjugendamt/i;

/**
 * What the partner list suggests about a criterion. A list is no record of how a network works: what
 * it shows is a hint, and only where it clearly shows the opposite of "met" is it a contradiction.
 */
export type ListVerdict =
  | { readonly verdict: 'shown' }
  | { readonly verdict: 'not-shown'; readonly gap: EvidenceGap }
  | { readonly verdict: 'contradicted'; readonly gap: EvidenceGap };

const SHOWN: ListVerdict = { verdict: 'shown' };
const notShown = (gap: EvidenceGap): ListVerdict => ({ verdict: 'not-shown', gap });

/** What the partner list shows about the criteria it can speak to, gathered in one pass (lists run to 100,000 rows). */
export interface NetworkEvidence {
  readonly coordination: boolean;
  /** Sectors of STEERING_SECTORS with no steering-group member; null without a steering column. */
  readonly steeringLacking: readonly Kernbereich[] | null;
  /** Partners marked at the network conference; null without a conference column. */
  readonly forum: number | null;
  /** Partners with an agreement; null without an agreement column. */
  readonly withAgreement: number | null;
  /**
   * Partners whose sheet has an agreement column: the base of the share. A network kept on several
   * sheets may ask on some only; the others' agreements are unknown, not missing.
   */
  readonly agreementAsked: number | null;
  /** Youth welfare or health without an agreement with an independent partner; null without an agreement column. */
  readonly unbound: readonly Kernbereich[] | null;
  /** Every independent health partner says "nein" to an agreement: the list shows 5.2 is not met. */
  readonly healthRefused: boolean;
  /** A few partners without agreement, required types first: the ones a council asks about. */
  readonly examplesWithout: readonly NetworkActor[];
  readonly byCriterion: ReadonlyMap<CriterionId, ListVerdict>;
}

/** Partners without agreement, first few per rank: required, recommended, other. */
function rank(typeId: ActorTypeId | null): number {
  const requirement = typeId ? actorTypeById(typeId)?.requirement : undefined;
  return requirement === 'required' ? 0 : requirement === 'recommended' ? 1 : 2;
}

/**
 * Reads the list for criteria 3.1, 3.2, 3.3, 3.4, 5.2 and 5.9, as hints (criteria paper, seed 002):
 * - 3.1/5.9: a coordination office in the list suggests one; its absence does not (coordinators
 *   often do not list their own office), and 5.9 needs the Jugendamt or its ASD in the list;
 * - 3.2: the steering group is optional ("kann"); when there is one, youth welfare, counselling and
 *   health should sit in it (an Erziehungsberatung brings counselling);
 * - 3.3 and 3.4 cannot be shown by a list: one ticked partner is no regular conference, a bilateral
 *   Kooperationsvereinbarung is not the case-level arrangements 3.4 means; dated records can;
 * - 5.2: youth welfare and health bound by agreements with independent partners (family midwives
 *   employed by the Jugendamt itself bind nothing); contradicted only when every independent health
 *   partner's agreement cell says no.
 */
export function gatherEvidence(network: NetworkSheet, present: ReadonlySet<ActorTypeId>): NetworkEvidence {
  const { actors } = network;
  // Sheets without the column say nothing about agreements (one sheet of several may lack it).
  const unasked = new Set(network.parts.filter((p) => p.columns.agreement === undefined).map((p) => p.sheet));
  let asked = 0;
  let coordination = false;
  let forum = 0;
  let withAgreement = 0;
  let healthIndependent = 0;
  let healthSaidNo = 0;
  const steering = emptyCounts();
  const agreementBySector = emptyCounts();
  const withoutByRank: NetworkActor[][] = [[], [], []];
  for (const a of actors) {
    if (!coordination && (a.actorTypeId === 'koordinierungsstelle' || (a.role !== null && /koordin/i.test(a.role)))) coordination = true;
    if (a.steering === true) {
      if (a.kernbereich) countKernbereich(steering, a.kernbereich);
      if (a.actorTypeId !== null && COUNSELLING_TYPES.has(a.actorTypeId)) steering.beratung++;
    }
    if (a.forum === true) forum++;
    const independentHealth = a.kernbereich === 'gesundheit' && !OWN_SERVICE.test(a.name);
    if (independentHealth) {
      healthIndependent++;
      if (a.agreement === false) healthSaidNo++;
    }
    const isAsked = unasked.size === 0 || !unasked.has(a.sheet);
    if (isAsked) asked++;
    if (a.agreement === true) {
      withAgreement++;
      // A health service of the Jugendamt's own binds youth welfare to itself, not to health.
      if (a.kernbereich && (a.kernbereich !== 'gesundheit' || independentHealth)) countKernbereich(agreementBySector, a.kernbereich);
    } else if (isAsked) {
      const bucket = withoutByRank[rank(a.actorTypeId)];
      if (bucket.length < AGREEMENT_EXAMPLES) bucket.push(a);
    }
  }
  const hasPartners = actors.length > 0;
  const steeringLacking = !hasColumn(network, 'steering') ? null : STEERING_SECTORS.filter((k) => steering[k] === 0);
  const hasForum = hasColumn(network, 'forum') && hasPartners;
  const hasAgreements = hasColumn(network, 'agreement') && hasPartners;
  const unbound = hasAgreements ? (['jugendhilfe', 'gesundheit'] as const).filter((k) => agreementBySector[k] === 0) : null;
  const healthRefused = hasAgreements && healthIndependent > 0 && healthSaidNo === healthIndependent;

  const byCriterion = new Map<CriterionId, ListVerdict>();
  // An ASD in the list also counts for the Jugendamt (its alsoCounts), so `present` answers both.
  const youthOffice = present.has('jugendamt');
  byCriterion.set('3.1', coordination ? SHOWN : notShown({ kind: 'no-coordination' }));
  byCriterion.set('5.9', !youthOffice ? notShown({ kind: 'no-youth-office' }) : coordination ? SHOWN : notShown({ kind: 'no-coordination' }));
  // Nobody marked for a steering group is no contradiction either: a network may have none.
  if (steeringLacking !== null && steering.jugendhilfe + steering.gesundheit + steering.beratung + steering.weitere > 0) {
    byCriterion.set('3.2', steeringLacking.length > 0 ? notShown({ kind: 'steering-incomplete', missing: steeringLacking }) : SHOWN);
  }
  if (unbound !== null) {
    const gap: EvidenceGap = { kind: 'health-youth-not-bound', unbound };
    byCriterion.set('5.2', healthRefused ? { verdict: 'contradicted', gap } : unbound.length > 0 ? notShown(gap) : SHOWN);
  }
  return {
    coordination,
    steeringLacking,
    forum: hasForum ? forum : null,
    withAgreement: hasAgreements ? withAgreement : null,
    agreementAsked: hasAgreements ? asked : null,
    unbound,
    healthRefused,
    examplesWithout: withoutByRank.flat().slice(0, AGREEMENT_EXAMPLES),
    byCriterion,
  };
}
