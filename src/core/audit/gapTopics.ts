import { CriterionId } from '../criteria/catalog';
import { GapTopic } from '../criteria/dimensions';
import { AuditResult } from './result';

/** Criteria whose shortfall points to the dialogue questions on concept and on families' participation. */
const CONCEPT_CRITERIA: readonly CriterionId[] = ['6.1', '6.2', '6.4'];
const PARTICIPATION_CRITERIA: readonly CriterionId[] = ['5.10', '5.11', '5.13', '6.3'];

/** The kinds of gap an audit found, to pick the dialogue questions for the council report. */
export function gapTopicsOf(result: AuditResult): GapTopic[] {
  const topics = new Set<GapTopic>();
  for (const f of result.findings) for (const topic of f.topics) topics.add(topic);
  const weak = (ids: readonly CriterionId[]) => result.criteria?.items.some((c) => ids.includes(c.id) && c.status !== null && c.status !== 'erfuellt') ?? false;
  if (weak(CONCEPT_CRITERIA)) topics.add('concept');
  if (weak(PARTICIPATION_CRITERIA)) topics.add('participation');
  // Any error is a reason to put the network on the council's agenda.
  if (result.findings.some((f) => f.severity === 'error')) topics.add('political');
  return [...topics];
}

const SEVERITY_WEIGHT = { error: 3, warning: 2, info: 1 } as const;

/** How much each kind of gap weighs in this audit: the findings that point to it, by severity. */
export function gapWeightsOf(result: AuditResult): Map<GapTopic, number> {
  const weights = new Map<GapTopic, number>();
  for (const f of result.findings) for (const topic of f.topics) weights.set(topic, (weights.get(topic) ?? 0) + SEVERITY_WEIGHT[f.severity]);
  // Topics found without a finding of their own (criteria judged weak, errors for the agenda) weigh one.
  for (const topic of gapTopicsOf(result)) if (!weights.has(topic)) weights.set(topic, 1);
  return weights;
}
