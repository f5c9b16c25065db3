import { GapTopic } from '../criteria/dimensions';
import { AuditResult } from './result';

/** Criteria whose shortfall points to the dialogue questions on concept and on families' participation. */
const CONCEPT_CRITERIA = ['6.1', '6.2', '6.4'];
const PARTICIPATION_CRITERIA = ['5.10', '5.11', '5.13', '6.3'];
const COOPERATION_FINDINGS = new Set(['steering-incomplete', 'no-agreements', 'agreements-missing', 'health-youth-not-bound', 'no-forum', 'no-coordination']);

/** The kinds of gap an audit found, to pick the dialogue questions for the council report. */
export function gapTopicsOf(result: AuditResult): GapTopic[] {
  const topics = new Set<GapTopic>();
  if (result.missingActorTypes.some((t) => t.severity === 'error') || result.missingKernbereiche.length > 0) topics.add('coverage');
  if (result.missingActorTypes.some((t) => t.kernbereich === 'gesundheit' && t.severity === 'error') || result.missingKernbereiche.includes('gesundheit')) topics.add('health');
  if (result.sozialraeume.some((s) => s.missingKernbereiche.length > 0)) topics.add('spatial');
  if (result.findings.some((f) => COOPERATION_FINDINGS.has(f.id))) topics.add('cooperation');
  if (result.budget && result.budget.gap !== null && result.budget.gap > 0) topics.add('resources');
  const weak = (ids: readonly string[]) => result.criteria?.items.some((c) => ids.includes(c.id) && c.status !== null && c.status !== 'erfuellt') ?? false;
  if (weak(CONCEPT_CRITERIA)) topics.add('concept');
  if (weak(PARTICIPATION_CRITERIA)) topics.add('participation');
  // Any error is a reason to put the network on the council's agenda.
  if (result.findings.some((f) => f.severity === 'error')) topics.add('political');
  return [...topics];
}
