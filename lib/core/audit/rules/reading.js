"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.reading = void 0;
const model_1 = require("../../reader/model");
const rule_1 = require("../rule");
exports.reading = (0, rule_1.defineRule)({
    name: 'reading',
    codes: model_1.READER_FINDING_CODES,
    needs: ['model'],
    run: ({ model }) => model.findings,
});
