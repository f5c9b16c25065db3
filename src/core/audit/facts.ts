import { CriterionId } from '../criteria/catalog';
import { NetworkActor, NetworkSheet, WorkbookModel } from '../reader/model';
import { ActorType, ActorTypeId } from '../taxonomy/actorTypes';
import { Kernbereich } from '../taxonomy/kernbereich';
import { summariseBudget } from './budget';
import { coverageOf, RequirementLists, requirementLists } from './coverage';
import { summariseCriteria } from './criteriaState';
import { CriterionEvidence, gatherEvidence, NetworkEvidence } from './evidence';
import { BudgetSummary, CriteriaSummary } from './result';
import { analyseSozialraeume, countKernbereich, emptyCounts, SozialraumAnalysis } from './sozialraeume';

/** Everything the rules judge, gathered once per audit. Rules read facts; they never read the sheets. */
export interface AuditFacts {
  readonly model: WorkbookModel;
  readonly network: NetworkSheet | null;
  readonly actors: readonly NetworkActor[];
  readonly present: ReadonlySet<ActorTypeId>;
  readonly kernbereiche: Readonly<Record<Kernbereich, number>>;
  readonly requirements: RequirementLists;
  /** Share of required types present (0 without a network list) and the missing ones. */
  readonly coverage: number;
  readonly missingRequired: readonly ActorType[];
  readonly missingRecommended: readonly ActorType[];
  readonly sozialraeume: SozialraumAnalysis;
  /** What the partner list shows about criteria; null without partners. */
  readonly evidence: NetworkEvidence | null;
  readonly criteria: CriteriaSummary | null;
  readonly budget: BudgetSummary | null;
}

const NO_EVIDENCE: ReadonlyMap<CriterionId, CriterionEvidence> = new Map();

export function gatherFacts(model: WorkbookModel): AuditFacts {
  const network = model.network;
  const actors = network?.actors ?? [];
  const kernbereiche = emptyCounts();
  const present = new Set<ActorTypeId>();
  for (const a of actors) {
    if (a.kernbereich) countKernbereich(kernbereiche, a.kernbereich);
    if (a.actorTypeId) present.add(a.actorTypeId);
  }
  const requirements = requirementLists(model.settings.requiredTypes, model.settings.recommendedTypes);
  const required = coverageOf(present, requirements.required);
  const recommended = coverageOf(present, requirements.recommended);
  const evidence = network && actors.length > 0 ? gatherEvidence(network, present) : null;
  return {
    model,
    network,
    actors,
    present,
    kernbereiche,
    requirements,
    coverage: network ? required.coverage : 0,
    missingRequired: network ? required.missing : [],
    missingRecommended: network ? recommended.missing : [],
    sozialraeume: analyseSozialraeume(actors),
    evidence,
    criteria: network ? summariseCriteria(model.criteria, evidence?.byCriterion ?? NO_EVIDENCE) : null,
    budget: model.budget ? summariseBudget(model.budget, model.settings) : null,
  };
}
