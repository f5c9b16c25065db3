import { CriterionId } from '../criteria/catalog';
import { EvidenceGap } from '../findings/codes';
import { NetworkActor, NetworkSheet } from '../reader/model';
import { actorTypeById, ActorTypeId } from '../taxonomy/actorTypes';
import { Kernbereich } from '../taxonomy/kernbereich';
import { countKernbereich, emptyCounts } from './sozialraeume';

/** Examples of partners without agreement a finding names; the full list is in the sheet. */
export const AGREEMENT_EXAMPLES = 3;
const STEERING_SECTORS: readonly Kernbereich[] = ['jugendhilfe', 'beratung', 'gesundheit'];
const BOUND_SECTORS: readonly Kernbereich[] = ['jugendhilfe', 'gesundheit'];

/** What the list shows for one criterion: shown, or not shown and why. */
export type CriterionEvidence = { readonly shown: true } | { readonly shown: false; readonly gap: EvidenceGap };

const SHOWN: CriterionEvidence = { shown: true };
const notShown = (gap: EvidenceGap): CriterionEvidence => ({ shown: false, gap });

/** What the partner list shows about the criteria it can speak to, gathered in one pass (lists run to 100,000 rows). */
export interface NetworkEvidence {
  readonly coordination: boolean;
  /** Sectors of STEERING_SECTORS with no steering-group member; null without a steering column. */
  readonly steeringLacking: readonly Kernbereich[] | null;
  /** Partners marked at the network conference; null without a conference column. */
  readonly forum: number | null;
  /** Partners with an agreement; null without an agreement column. */
  readonly withAgreement: number | null;
  /** Youth welfare / health without any agreement; null without an agreement column. */
  readonly unbound: readonly Kernbereich[] | null;
  /** A few partners without agreement, required types first: the ones a council asks about. */
  readonly examplesWithout: readonly NetworkActor[];
  readonly byCriterion: ReadonlyMap<CriterionId, CriterionEvidence>;
}

/** Partners without agreement, first few per rank: required, recommended, other. */
function rank(typeId: ActorTypeId | null): number {
  const requirement = typeId ? actorTypeById(typeId)?.requirement : undefined;
  return requirement === 'required' ? 0 : requirement === 'recommended' ? 1 : 2;
}

export function gatherEvidence(network: NetworkSheet, present: ReadonlySet<ActorTypeId>): NetworkEvidence {
  const { actors, columns } = network;
  let coordination = false;
  let forum = 0;
  let withAgreement = 0;
  const steering = emptyCounts();
  const agreementBySector = emptyCounts();
  const withoutByRank: NetworkActor[][] = [[], [], []];
  for (const a of actors) {
    if (!coordination && (a.actorTypeId === 'koordinierungsstelle' || (a.role !== null && /koordin/i.test(a.role)))) coordination = true;
    if (a.steering === true && a.kernbereich) countKernbereich(steering, a.kernbereich);
    if (a.forum === true) forum++;
    if (a.agreement === true) {
      withAgreement++;
      if (a.kernbereich) countKernbereich(agreementBySector, a.kernbereich);
    } else {
      const bucket = withoutByRank[rank(a.actorTypeId)];
      if (bucket.length < AGREEMENT_EXAMPLES) bucket.push(a);
    }
  }
  const hasPartners = actors.length > 0;
  const steeringLacking = columns.steering === undefined ? null : STEERING_SECTORS.filter((k) => steering[k] === 0);
  const hasForum = columns.forum !== undefined && hasPartners;
  const hasAgreements = columns.agreement !== undefined && hasPartners;
  const unbound = hasAgreements ? BOUND_SECTORS.filter((k) => agreementBySector[k] === 0) : null;

  const byCriterion = new Map<CriterionId, CriterionEvidence>();
  // 3.1 and 5.9: a coordination office, led by or on behalf of the Jugendamt.
  byCriterion.set('3.1', coordination ? SHOWN : notShown({ kind: 'no-coordination' }));
  byCriterion.set('5.9', !coordination ? notShown({ kind: 'no-coordination' }) : present.has('jugendamt') ? SHOWN : notShown({ kind: 'no-youth-office' }));
  // 3.2: a steering group with youth welfare, counselling and health.
  if (steeringLacking !== null) {
    byCriterion.set('3.2', steeringLacking.length > 0 ? notShown({ kind: 'steering-incomplete', missing: steeringLacking }) : SHOWN);
  }
  // 3.3: a forum of all partners.
  if (hasForum) byCriterion.set('3.3', forum === 0 ? notShown({ kind: 'no-forum' }) : SHOWN);
  // 3.4 and 5.2: cooperation agreements, binding youth welfare and health in particular.
  if (hasAgreements) {
    byCriterion.set('3.4', withAgreement === 0 ? notShown({ kind: 'no-agreements' }) : SHOWN);
    byCriterion.set('5.2', unbound && unbound.length > 0 ? notShown({ kind: 'health-youth-not-bound', unbound }) : SHOWN);
  }
  return {
    coordination,
    steeringLacking,
    forum: hasForum ? forum : null,
    withAgreement: hasAgreements ? withAgreement : null,
    unbound,
    examplesWithout: withoutByRank.flat().slice(0, AGREEMENT_EXAMPLES),
    byCriterion,
  };
}
