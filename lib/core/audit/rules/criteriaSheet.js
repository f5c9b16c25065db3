"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.criteriaSheet = void 0;
const catalog_1 = require("../../criteria/catalog");
const finding_1 = require("../../findings/finding");
const rule_1 = require("../rule");
exports.criteriaSheet = (0, rule_1.defineRule)({
    name: 'criteriaSheet',
    codes: ['criteria-sheet-not-found', 'criteria-not-listed', 'criterion-duplicate'],
    needs: ['network', 'model'],
    run: ({ network, model }) => {
        if (!network)
            return [];
        const sheet = model.criteria;
        if (!sheet)
            return [(0, finding_1.finding)('criteria-sheet-not-found', 'info', {})];
        const found = [];
        const seen = new Set();
        for (const row of sheet.rows) {
            if (!seen.has(row.criterionId))
                seen.add(row.criterionId);
            else
                found.push((0, finding_1.finding)('criterion-duplicate', 'warning', { criterion: row.criterionId }, { criterion: row.criterionId, sheet: sheet.sheet, row: row.row, column: row.statusColumn }));
        }
        const missing = catalog_1.CRITERIA.filter((c) => !seen.has(c.id)).map((c) => c.id);
        if (missing.length > 0)
            found.push((0, finding_1.finding)('criteria-not-listed', 'info', { sheet: sheet.sheet, missing }, { sheet: sheet.sheet }));
        return found;
    },
});
