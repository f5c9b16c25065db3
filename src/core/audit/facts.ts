import { CriterionId } from '../criteria/catalog';
import { NetworkActor, NetworkSheet, WorkbookModel } from '../reader/model';
import { ActorType, ActorTypeId } from '../taxonomy/actorTypes';
import { Kernbereich } from '../taxonomy/kernbereich';
import { summariseBudget } from './budget';
import { coverageOf, presentTypes, RequirementLists, requirementLists } from './coverage';
import { summariseCriteria } from './criteriaState';
import { gatherEvidence, ListVerdict, NetworkEvidence } from './evidence';
import { DEFAULT_EVIDENCE_MONTHS, gatherRecords, RecordEvidence } from './records';
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
  /** The newest dated entry of network work per criterion (Netzwerkarbeit sheet). */
  readonly records: ReadonlyMap<CriterionId, RecordEvidence>;
  /** How many months an entry stays evidence (Einstellungen, else the default). */
  readonly evidenceMonths: number;
  readonly criteria: CriteriaSummary | null;
  readonly budget: BudgetSummary | null;
}

const NO_EVIDENCE: ReadonlyMap<CriterionId, ListVerdict> = new Map();

export function gatherFacts(model: WorkbookModel, todayMs: number = Date.now()): AuditFacts {
  const network = model.network;
  const actors = network?.actors ?? [];
  const kernbereiche = emptyCounts();
  const listed = new Set<ActorTypeId>();
  for (const a of actors) {
    if (a.kernbereich) countKernbereich(kernbereiche, a.kernbereich);
    if (a.actorTypeId) listed.add(a.actorTypeId);
  }
  const present = presentTypes(listed);
  const requirements = requirementLists(model.settings.requiredTypes, model.settings.recommendedTypes, model.settings.absentTypes.map((a) => a.type));
  const required = coverageOf(present, requirements.required);
  const recommended = coverageOf(present, requirements.recommended);
  const evidence = network && actors.length > 0 ? gatherEvidence(network, present) : null;
  const evidenceMonths = model.settings.evidenceMonths ?? DEFAULT_EVIDENCE_MONTHS;
  const records = gatherRecords(model.activities, todayMs, evidenceMonths);
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
    records,
    evidenceMonths,
    criteria: network ? summariseCriteria(model.criteria, evidence?.byCriterion ?? NO_EVIDENCE, records) : null,
    budget: model.budget ? summariseBudget(model.budget, model.settings, present.has('geburtsklinik')) : null,
  };
}
