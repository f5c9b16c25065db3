"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.reading = void 0;
const rule_1 = require("../rule");
exports.reading = (0, rule_1.defineRule)({
    name: 'reading',
    codes: ['error-cell', 'unclear-mark', 'unreadable-amount', 'override-sheet-missing', 'sheet-clipped'],
    needs: ['model'],
    run: ({ model }) => model.findings,
});
