import { CRITERIA } from '../../criteria/catalog';
import { finding, Finding } from '../../findings/finding';
import { firstRows } from '../criteriaState';
import { defineRule } from '../rule';

/** A criterion the planner marked as met: flagged when the list shows otherwise, or when neither a Nachweis nor the list backs it. */
export const criteriaMet = defineRule({
  name: 'criteriaMet',
  codes: ['criterion-met-contradicted', 'criterion-met-without-evidence'],
  needs: ['network', 'model', 'evidence'],
  run: ({ network, model, evidence }) => {
    const sheet = model.criteria;
    if (!network || !sheet) return [];
    const rows = firstRows(sheet);
    const found: Finding<'criterion-met-contradicted' | 'criterion-met-without-evidence'>[] = [];
    for (const c of CRITERIA) {
      const row = rows.get(c.id);
      if (row?.status !== 'erfuellt') continue;
      const where = { criterion: c.id, sheet: sheet.sheet, row: row.row, column: row.statusColumn };
      const shown = evidence?.byCriterion.get(c.id);
      if (shown && !shown.shown) found.push(finding('criterion-met-contradicted', 'warning', { criterion: c.id, gap: shown.gap }, where));
      else if (row.evidence === null && !shown?.shown) found.push(finding('criterion-met-without-evidence', 'warning', { criterion: c.id }, where));
    }
    return found;
  },
});
