"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.settingsValues = void 0;
const finding_1 = require("../../findings/finding");
const rule_1 = require("../rule");
exports.settingsValues = (0, rule_1.defineRule)({
    name: 'settingsValues',
    codes: ['setting-unreadable'],
    needs: ['model'],
    run: ({ model }) => model.settings.unreadable.map((u) => (0, finding_1.finding)('setting-unreadable', 'warning', { label: u.label, value: u.value, expected: u.expected, range: u.range }, { sheet: model.settings.sheet, row: u.row, column: u.column })),
});
