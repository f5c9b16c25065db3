"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.defineRule = defineRule;
function defineRule(rule) {
    return rule;
}
