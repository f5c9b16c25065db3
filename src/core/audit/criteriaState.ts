import { a1 } from '../address';
import { CRITERIA, CriterionId } from '../criteria/catalog';
import { criteriaScore, CriterionStatus } from '../criteria/status';
import { CriteriaSheet, CriterionRow } from '../reader/model';
import { CriterionEvidence } from './evidence';
import { CriteriaSummary, CriterionState } from './result';

/** The first row of each criterion on the planner's sheet (a repeated criterion counts once: its first row). */
export function firstRows(sheet: CriteriaSheet | null): ReadonlyMap<CriterionId, CriterionRow> {
  const rows = new Map<CriterionId, CriterionRow>();
  for (const row of sheet?.rows ?? []) if (!rows.has(row.criterionId)) rows.set(row.criterionId, row);
  return rows;
}

/** State of all 31 criteria: the planner's status from the criteria sheet (if any) beside what the data shows. */
export function summariseCriteria(sheet: CriteriaSheet | null, evidence: ReadonlyMap<CriterionId, CriterionEvidence>): CriteriaSummary {
  const rows = firstRows(sheet);
  const items: CriterionState[] = CRITERIA.map((c) => {
    const row = rows.get(c.id);
    const shown = evidence.get(c.id);
    return {
      id: c.id,
      level: c.level,
      status: row?.status ?? null,
      evidence: shown ? shown.shown : null,
      sheet: row && sheet ? sheet.sheet : null,
      cell: row && sheet ? a1(row.row, row.statusColumn) : null,
    };
  });
  const counts: Record<CriterionStatus, number> = { erfuellt: 0, teilweise: 0, nicht_erfuellt: 0, offen: 0 };
  for (const item of items) if (item.status) counts[item.status]++;
  return {
    sheet: sheet?.sheet ?? null,
    assessed: counts.erfuellt + counts.teilweise + counts.nicht_erfuellt,
    counts,
    score: criteriaScore(items.map((i) => i.status)),
    items,
  };
}
