"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.auditSnapshot = auditSnapshot;
const audit_1 = require("../core/audit/audit");
const readWorkbook_1 = require("../core/reader/readWorkbook");
const port_1 = require("./port");
function auditSnapshot(snapshot, file = snapshot.name ?? null) {
    const overrides = (0, port_1.overridesFromSettings)(snapshot.settings);
    const model = (0, readWorkbook_1.readWorkbookModel)(snapshot.sheets, { overrides, ownSheets: (0, port_1.ownedSheets)(snapshot.settings), taught: (0, port_1.taughtFromSettings)(snapshot.settings) });
    return { model, result: (0, audit_1.auditModel)(model, { file }), overrides };
}
