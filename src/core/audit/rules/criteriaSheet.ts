import { CRITERIA, CriterionId } from '../../criteria/catalog';
import { finding, Finding } from '../../findings/finding';
import { defineRule } from '../rule';

/** The planner's criteria sheet: missing altogether, criteria not listed on it, a criterion listed twice. */
export const criteriaSheet = defineRule({
  name: 'criteriaSheet',
  codes: ['criteria-sheet-not-found', 'criteria-not-listed', 'criterion-duplicate'],
  needs: ['network', 'model'],
  run: ({ network, model }) => {
    if (!network) return [];
    const sheet = model.criteria;
    if (!sheet) return [finding('criteria-sheet-not-found', 'info', {})];
    const found: Finding<'criteria-not-listed' | 'criterion-duplicate'>[] = [];
    const seen = new Set<CriterionId>();
    for (const row of sheet.rows) {
      if (!seen.has(row.criterionId)) seen.add(row.criterionId);
      else found.push(finding('criterion-duplicate', 'warning', { criterion: row.criterionId }, { criterion: row.criterionId, sheet: sheet.sheet, row: row.row, column: row.statusColumn }));
    }
    const missing = CRITERIA.filter((c) => !seen.has(c.id)).map((c) => c.id);
    if (missing.length > 0) found.push(finding('criteria-not-listed', 'info', { sheet: sheet.sheet, missing }, { sheet: sheet.sheet }));
    return found;
  },
});
