"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.DEFAULT_EVIDENCE_MONTHS = void 0;
exports.gatherRecords = gatherRecords;
const activities_1 = require("../criteria/activities");
exports.DEFAULT_EVIDENCE_MONTHS = 24;
function gatherRecords(sheet, todayMs, months) {
    const out = new Map();
    if (!sheet)
        return out;
    const since = new Date(todayMs);
    since.setUTCMonth(since.getUTCMonth() - months);
    for (const e of sheet.entries) {
        if (e.kind === null || e.dateMs === null || e.dateMs > todayMs)
            continue;
        for (const criterion of (0, activities_1.activityById)(e.kind).criteria) {
            const seen = out.get(criterion);
            if (seen && seen.dateMs >= e.dateMs)
                continue;
            out.set(criterion, { kind: e.kind, dateMs: e.dateMs, row: e.row, recent: e.dateMs >= since.getTime() });
        }
    }
    return out;
}
