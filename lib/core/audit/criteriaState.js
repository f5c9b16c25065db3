"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.firstRows = firstRows;
exports.supportOf = supportOf;
exports.summariseCriteria = summariseCriteria;
const address_1 = require("../address");
const catalog_1 = require("../criteria/catalog");
const status_1 = require("../criteria/status");
function firstRows(sheet) {
    const rows = new Map();
    for (const row of sheet?.rows ?? [])
        if (!rows.has(row.criterionId))
            rows.set(row.criterionId, row);
    return rows;
}
function supportOf(list, record) {
    if (list?.verdict === 'contradicted')
        return 'contradicted';
    if (record)
        return record.recent ? 'record' : 'record-old';
    if (!list)
        return null;
    return list.verdict === 'shown' ? 'list' : 'list-missing';
}
function summariseCriteria(sheet, lists, records) {
    const rows = firstRows(sheet);
    const items = catalog_1.CRITERIA.map((c) => {
        const row = rows.get(c.id);
        const record = records.get(c.id);
        return {
            id: c.id,
            level: c.level,
            status: row?.status ?? null,
            support: supportOf(lists.get(c.id), record),
            recordDateMs: record?.dateMs ?? null,
            sheet: row && sheet ? sheet.sheet : null,
            cell: row && sheet ? (0, address_1.a1)(row.row, row.statusColumn) : null,
        };
    });
    const counts = { erfuellt: 0, teilweise: 0, nicht_erfuellt: 0, offen: 0 };
    for (const item of items)
        if (item.status)
            counts[item.status]++;
    return {
        sheet: sheet?.sheet ?? null,
        assessed: counts.erfuellt + counts.teilweise + counts.nicht_erfuellt,
        counts,
        score: (0, status_1.criteriaScore)(items.map((i) => i.status)),
        items,
    };
}
