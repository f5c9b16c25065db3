"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.finding = finding;
exports.sortFindings = sortFindings;
const address_1 = require("../address");
const NO_TOPICS = [];
function finding(code, severity, values, where = {}) {
    const { row, column } = where;
    const made = {
        code,
        severity,
        criterion: where.criterion ?? null,
        topics: where.topics ?? NO_TOPICS,
        sheet: where.sheet ?? null,
        cell: row !== undefined && row !== null && column !== undefined && column !== null ? (0, address_1.a1)(row, column) : null,
        values,
    };
    return made;
}
const ORDER = { error: 0, warning: 1, info: 2 };
function sortFindings(findings) {
    return findings
        .map((f, i) => ({ f, i }))
        .sort((a, b) => ORDER[a.f.severity] - ORDER[b.f.severity] || a.i - b.i)
        .map(({ f }) => f);
}
