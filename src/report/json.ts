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
      need: budget.need,
      gap: budget.gap,
      coverage: budget.coverage,
      parameters: budget.parameters,
      bySozialraum: budget.bySozialraum,
    },
    criteria: criteria && {
      ...criteria,
      items: criteria.items.map((c) => ({ id: c.id, title: criterionTitle(c.id, lang), level: levelLabel(c.level, lang), levelId: c.level, status: c.status, evidence: c.evidence, sheet: c.sheet, cell: c.cell })),
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
    lang,
  };
}
