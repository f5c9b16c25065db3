import { a1 } from '../address';
import { CRITERIA, QUALITY_LEVEL_LABELS } from '../criteria/catalog';
import { criteriaScore } from '../criteria/status';
import { CriteriaSheet, CriterionRow, CriterionStatus } from '../reader/model';
import { EvidenceMap } from './evidence';
import { FindingList } from './findings';
import { CriteriaSummary, CriterionState } from './result';

/**
 * State of all 31 criteria: the planner's status from the criteria sheet (if any) beside what the
 * data shows. A criterion marked met is flagged when the data contradicts it or no evidence is given.
 */
export function summariseCriteria(sheet: CriteriaSheet | null, evidence: EvidenceMap, findings: FindingList): CriteriaSummary {
  const lang = findings.lang;
  const rows = new Map<string, CriterionRow>();
  for (const row of sheet?.rows ?? []) {
    if (rows.has(row.criterionId)) {
      findings.add('criterion-duplicate', 'warning', { criterion: row.criterionId, sheet: sheet?.sheet, row: row.row, column: row.statusColumn }, { id: row.criterionId });
    } else {
      rows.set(row.criterionId, row);
    }
  }
  const items: CriterionState[] = CRITERIA.map((c) => {
    const row = rows.get(c.id);
    const shown = evidence.get(c.id);
    const place = row && sheet ? { sheet: sheet.sheet, row: row.row, column: row.statusColumn } : { sheet: null, row: null, column: null };
    if (row?.status === 'erfuellt') {
      const title = c.title[lang];
      if (shown && !shown.shown) {
        findings.add('criterion-met-contradicted', 'warning', { criterion: c.id, ...place }, { id: c.id, title, reason: shown.reason ?? '' });
      } else if (row.evidence === null && !shown?.shown) {
        findings.add('criterion-met-without-evidence', 'warning', { criterion: c.id, ...place }, { id: c.id, title });
      }
    }
    return {
      id: c.id,
      title: c.title[lang],
      level: QUALITY_LEVEL_LABELS[c.level][lang],
      status: row?.status ?? null,
      evidence: shown ? shown.shown : null,
      sheet: place.sheet,
      cell: place.row !== null && place.column !== null ? a1(place.row, place.column) : null,
    };
  });
  if (sheet) {
    const missing = CRITERIA.filter((c) => !rows.has(c.id)).map((c) => c.id);
    if (missing.length > 0) findings.add('criteria-not-listed', 'info', { sheet: sheet.sheet }, { count: missing.length, ids: missing.join(', '), sheet: sheet.sheet });
  } else {
    findings.add('criteria-sheet-not-found', 'info');
  }
  const statuses = items.map((i) => i.status);
  const counts: Record<CriterionStatus, number> = { erfuellt: 0, teilweise: 0, nicht_erfuellt: 0, offen: 0 };
  for (const s of statuses) if (s) counts[s]++;
  return {
    sheet: sheet?.sheet ?? null,
    assessed: counts.erfuellt + counts.teilweise + counts.nicht_erfuellt,
    counts,
    score: criteriaScore(statuses),
    items,
  };
}
