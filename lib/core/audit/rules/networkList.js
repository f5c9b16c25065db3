"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.networkList = void 0;
const finding_1 = require("../../findings/finding");
const rule_1 = require("../rule");
exports.networkList = (0, rule_1.defineRule)({
    name: 'networkList',
    codes: ['network-sheet-not-found', 'network-empty'],
    needs: ['network'],
    run: ({ network }) => {
        if (!network)
            return [(0, finding_1.finding)('network-sheet-not-found', 'error', {}, { topics: ['coverage'] })];
        if (network.actors.length > 0)
            return [];
        return [(0, finding_1.finding)('network-empty', 'error', { sheet: network.sheet }, { sheet: network.sheet, row: network.headerRow, column: network.columns.name ?? null })];
    },
});
