import { AuditResult } from '../core/audit/result';
import { Lang } from '../core/lang';
import { findingText } from './findingText';
import { actorTypeLabel, criterionTitle, levelLabel } from './names';

/**
 * The `fh-check audit --json` contract (README): the audit's data with, beside every id, its label
 * and every finding's message in the chosen language. Keys may be added, never renamed.
 */
export function auditJson(result: AuditResult, lang: Lang): object {
  const { budget, criteria } = result;
  return {
    file: result.file,
    networkSheet: result.networkSheet,
    networkSheets: result.networkSheets,
    actors: result.actors,
    kernbereiche: result.kernbereiche,
    missingKernbereiche: result.missingKernbereiche,
    coverage: result.coverage,
    missingActorTypes: result.missingActorTypes.map((m) => ({ id: m.id, label: actorTypeLabel(m.id, lang), kernbereich: m.kernbereich, severity: m.severity, requirement: m.requirement })),
    sozialraeume: result.sozialraeume,
    budget: budget && {
      sheet: budget.sheet,
      total: budget.total,
      bySource: budget.bySource,
      // Need, gap and coverage are the model's middle estimate; the range and the whole estimate travel beside them.
      need: budget.need,
      gap: budget.gap,
      coverage: budget.coverage,
      needRange: budget.needRange,
      coverageRange: budget.coverageRange,
      budgetPerBirth: budget.budgetPerBirth,
      weighting: budget.weighting,
      needModel: budget.estimate,
      parameters: budget.estimate?.model === 'measures' ? budget.estimate.parameters : (budget.estimate ?? null),
      bySozialraum: budget.bySozialraum,
    },
    criteria: criteria && {
      ...criteria,
      items: criteria.items.map((c) => ({ id: c.id, title: criterionTitle(c.id, lang), level: levelLabel(c.level, lang), levelId: c.level, status: c.status,
        // `evidence` (kept for readers of the first contract): true/false where the data back or oppose the status.
        evidence: c.support === null ? null : c.support === 'record' || c.support === 'list',
        support: c.support,
        recordDate: c.recordDateMs === null ? null : new Date(c.recordDateMs).toISOString().slice(0, 10),
        sheet: c.sheet,
        cell: c.cell,
      })),
    },
    findings: result.findings.map((f) => ({
      id: f.code,
      code: f.code,
      severity: f.severity,
      criterion: f.criterion,
      sheet: f.sheet,
      cell: f.cell,
      topics: f.topics,
      values: f.values,
      message: findingText(f, lang),
    })),
    unclassified: result.unclassified,
    former: result.former,
    lang,
  };
}
