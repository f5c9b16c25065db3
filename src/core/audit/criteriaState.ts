import { a1 } from '../address';
import { CRITERIA, CriterionId } from '../criteria/catalog';
import { criteriaScore, CriterionStatus } from '../criteria/status';
import { CriteriaSheet, CriterionRow } from '../reader/model';
import { ListVerdict } from './evidence';
import { RecordEvidence } from './records';
import { CriteriaSummary, CriterionState, CriterionSupport } from './result';

/** The first row of each criterion on the planner's sheet (a repeated criterion counts once: its first row). */
export function firstRows(sheet: CriteriaSheet | null): ReadonlyMap<CriterionId, CriterionRow> {
  const rows = new Map<CriterionId, CriterionRow>();
  for (const row of sheet?.rows ?? []) if (!rows.has(row.criterionId)) rows.set(row.criterionId, row);
  return rows;
}

/** The strongest support: a contradiction first (it must be seen), then a recent record, an old one, the list's hint. */
export function supportOf(list: ListVerdict | undefined, record: RecordEvidence | undefined): CriterionSupport | null {
  if (list?.verdict === 'contradicted') return 'contradicted';
  if (record) return record.recent ? 'record' : 'record-old';
  if (!list) return null;
  return list.verdict === 'shown' ? 'list' : 'list-missing';
}

/** State of all 31 criteria: the planner's status from the criteria sheet (if any) beside what the data show. */
export function summariseCriteria(sheet: CriteriaSheet | null, lists: ReadonlyMap<CriterionId, ListVerdict>, records: ReadonlyMap<CriterionId, RecordEvidence>): CriteriaSummary {
  const rows = firstRows(sheet);
  const items: CriterionState[] = CRITERIA.map((c) => {
    const row = rows.get(c.id);
    const record = records.get(c.id);
    return {
      id: c.id,
      level: c.level,
      status: row?.status ?? null,
      support: supportOf(lists.get(c.id), record),
      recordDateMs: record?.dateMs ?? null,
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
