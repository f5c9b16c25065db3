"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.settingsTypes = void 0;
const finding_1 = require("../../findings/finding");
const rule_1 = require("../rule");
exports.settingsTypes = (0, rule_1.defineRule)({
    name: 'settingsTypes',
    codes: ['settings-unknown-type'],
    needs: ['model', 'requirements'],
    run: ({ model, requirements }) => {
        const { settings } = model;
        const place = settings.cells.requiredTypes ?? settings.cells.recommendedTypes;
        return requirements.unknown.map((value) => (0, finding_1.finding)('settings-unknown-type', 'warning', { value }, { sheet: settings.sheet, row: place?.row, column: place?.column }));
    },
});
