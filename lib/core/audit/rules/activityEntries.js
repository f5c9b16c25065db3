"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.activityEntries = void 0;
const finding_1 = require("../../findings/finding");
const rule_1 = require("../rule");
exports.activityEntries = (0, rule_1.defineRule)({
    name: 'activityEntries',
    codes: ['activity-entries-unused'],
    needs: ['model'],
    run: ({ model }) => {
        const sheet = model.activities;
        if (!sheet)
            return [];
        const undated = sheet.entries.filter((e) => e.dateMs === null);
        const unknownKind = sheet.entries.filter((e) => e.dateMs !== null && e.kind === null);
        const unused = [...undated, ...unknownKind].sort((a, b) => a.row - b.row);
        if (unused.length === 0)
            return [];
        return [
            (0, finding_1.finding)('activity-entries-unused', 'info', { undated: undated.length, unknownKind: unknownKind.length, examples: unused.slice(0, 3).map((e) => e.text) }, { sheet: sheet.sheet, row: unused[0].row, column: sheet.dateColumn }),
        ];
    },
});
