"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.criteriaMet = void 0;
const catalog_1 = require("../../criteria/catalog");
const finding_1 = require("../../findings/finding");
const criteriaState_1 = require("../criteriaState");
const rule_1 = require("../rule");
exports.criteriaMet = (0, rule_1.defineRule)({
    name: 'criteriaMet',
    codes: ['criterion-met-contradicted', 'criterion-met-without-evidence', 'criterion-list-hint'],
    needs: ['network', 'model', 'evidence', 'records', 'evidenceMonths'],
    run: ({ network, model, evidence, records, evidenceMonths }) => {
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
            const list = evidence?.byCriterion.get(c.id);
            const record = records.get(c.id);
            if (list?.verdict === 'contradicted') {
                found.push((0, finding_1.finding)('criterion-met-contradicted', 'warning', { criterion: c.id, gap: list.gap }, where));
                continue;
            }
            if (record?.recent)
                continue;
            if (list?.verdict === 'not-shown')
                found.push((0, finding_1.finding)('criterion-list-hint', 'info', { criterion: c.id, gap: list.gap }, where));
            if (row.evidence === null && list?.verdict !== 'shown') {
                found.push((0, finding_1.finding)('criterion-met-without-evidence', 'warning', { criterion: c.id, lastEntryMs: record?.dateMs ?? null, months: evidenceMonths }, where));
            }
        }
        return found;
    },
});
