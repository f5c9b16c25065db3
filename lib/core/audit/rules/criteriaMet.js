"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.criteriaMet = void 0;
const catalog_1 = require("../../criteria/catalog");
const finding_1 = require("../../findings/finding");
const criteriaState_1 = require("../criteriaState");
const rule_1 = require("../rule");
exports.criteriaMet = (0, rule_1.defineRule)({
    name: 'criteriaMet',
    codes: ['criterion-met-contradicted', 'criterion-met-without-evidence'],
    needs: ['network', 'model', 'evidence'],
    run: ({ network, model, evidence }) => {
        const sheet = model.criteria;
        if (!network || !sheet)
            return [];
        const rows = (0, criteriaState_1.firstRows)(sheet);
        const found = [];
        for (const c of catalog_1.CRITERIA) {
            const row = rows.get(c.id);
            if (row?.status !== 'erfuellt')
                continue;
            const where = { criterion: c.id, sheet: sheet.sheet, row: row.row, column: row.statusColumn };
            const shown = evidence?.byCriterion.get(c.id);
            if (shown && !shown.shown)
                found.push((0, finding_1.finding)('criterion-met-contradicted', 'warning', { criterion: c.id, gap: shown.gap }, where));
            else if (row.evidence === null && !shown?.shown)
                found.push((0, finding_1.finding)('criterion-met-without-evidence', 'warning', { criterion: c.id }, where));
        }
        return found;
    },
});
