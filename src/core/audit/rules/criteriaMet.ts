import { CRITERIA } from '../../criteria/catalog';
import { finding, Finding } from '../../findings/finding';
import { firstRows } from '../criteriaState';
import { defineRule } from '../rule';

type Code = 'criterion-met-contradicted' | 'criterion-met-without-evidence' | 'criterion-list-hint';

/**
 * A criterion the planner marked as met: a warning where the list clearly shows the opposite, or
 * where neither a Nachweis, a recent dated entry (Netzwerkarbeit) nor the list backs it; a hint
 * where the list merely does not show it (a list is no record of how a network works).
 */
export const criteriaMet = defineRule({
  name: 'criteriaMet',
  codes: ['criterion-met-contradicted', 'criterion-met-without-evidence', 'criterion-list-hint'],
  needs: ['network', 'model', 'evidence', 'records', 'evidenceMonths'],
  run: ({ network, model, evidence, records, evidenceMonths }) => {
    const sheet = model.criteria;
    if (!network || !sheet) return [];
    const rows = firstRows(sheet);
    const found: Finding<Code>[] = [];
    for (const c of CRITERIA) {
      const row = rows.get(c.id);
      if (row?.status !== 'erfuellt') continue;
      const where = { criterion: c.id, sheet: sheet.sheet, row: row.row, column: row.statusColumn };
      const list = evidence?.byCriterion.get(c.id);
      const record = records.get(c.id);
      if (list?.verdict === 'contradicted') {
        found.push(finding('criterion-met-contradicted', 'warning', { criterion: c.id, gap: list.gap }, where));
        continue;
      }
      if (record?.recent) continue;
      if (list?.verdict === 'not-shown') found.push(finding('criterion-list-hint', 'info', { criterion: c.id, gap: list.gap }, where));
      if (row.evidence === null && list?.verdict !== 'shown') {
        found.push(finding('criterion-met-without-evidence', 'warning', { criterion: c.id, lastEntryMs: record?.dateMs ?? null, months: evidenceMonths }, where));
      }
    }
    return found;
  },
});
