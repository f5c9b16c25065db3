"use strict";
var __createBinding = (this && this.__createBinding) || (Object.create ? (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    var desc = Object.getOwnPropertyDescriptor(m, k);
    if (!desc || ("get" in desc ? !m.__esModule : desc.writable || desc.configurable)) {
      desc = { enumerable: true, get: function() { return m[k]; } };
    }
    Object.defineProperty(o, k2, desc);
}) : (function(o, m, k, k2) {
    if (k2 === undefined) k2 = k;
    o[k2] = m[k];
}));
var __setModuleDefault = (this && this.__setModuleDefault) || (Object.create ? (function(o, v) {
    Object.defineProperty(o, "default", { enumerable: true, value: v });
}) : function(o, v) {
    o["default"] = v;
});
var __importStar = (this && this.__importStar) || (function () {
    var ownKeys = function(o) {
        ownKeys = Object.getOwnPropertyNames || function (o) {
            var ar = [];
            for (var k in o) if (Object.prototype.hasOwnProperty.call(o, k)) ar[ar.length] = k;
            return ar;
        };
        return ownKeys(o);
    };
    return function (mod) {
        if (mod && mod.__esModule) return mod;
        var result = {};
        if (mod != null) for (var k = ownKeys(mod), i = 0; i < k.length; i++) if (k[i] !== "default") __createBinding(result, mod, k[i]);
        __setModuleDefault(result, mod);
        return result;
    };
})();
Object.defineProperty(exports, "__esModule", { value: true });
exports.historyForAudit = historyForAudit;
exports.withHistory = withHistory;
const fs_1 = require("fs");
const path = __importStar(require("path"));
const compare_1 = require("../core/history/compare");
const parse_1 = require("../core/history/parse");
const snapshot_1 = require("../core/history/snapshot");
const auditSnapshot_1 = require("../workbook/auditSnapshot");
const historySheet_1 = require("../workbook/historySheet");
const readXlsx_1 = require("../workbook/xlsx/readXlsx");
const usageError_1 = require("./usageError");
async function historyForAudit(compare, workbook, result, today, read = {}) {
    if (result.networkSheet === null)
        return { current: null, comparison: null };
    if (compare === null) {
        const { current, comparison } = (0, historySheet_1.historyOf)(workbook, result, today);
        return { current, comparison };
    }
    const current = (0, snapshot_1.historySnapshotOf)(result, (0, snapshot_1.isoDay)(today));
    const before = /\.json$/i.test(compare) ? await snapshotFromFile(compare) : await snapshotOfWorkbook(compare, read);
    return { current, comparison: (0, compare_1.compareSnapshots)(before, current) };
}
async function snapshotFromFile(file) {
    const shown = path.basename(file);
    let text;
    try {
        text = await fs_1.promises.readFile(file, 'utf8');
    }
    catch {
        throw new usageError_1.UsageError(`--compare ${shown} lässt sich nicht lesen; gibt es die Datei?`, `--compare ${shown} cannot be read; does the file exist?`);
    }
    let parsed = null;
    try {
        parsed = JSON.parse(text);
    }
    catch {
    }
    const record = typeof parsed === 'object' && parsed !== null && 'snapshot' in parsed ? parsed.snapshot : parsed;
    const snapshot = (0, parse_1.snapshotFromJson)(record);
    if (!snapshot) {
        throw new usageError_1.UsageError(`--compare ${shown} ist kein Ergebnis von „fh-check audit --json“ (dieser Version). Vergleichen Sie mit der früheren Arbeitsmappe (.xlsx) oder speichern Sie das Ergebnis neu.`, `--compare ${shown} is not a result of "fh-check audit --json" (of this version). Compare with the earlier workbook (.xlsx) or save the result again.`);
    }
    return snapshot;
}
async function snapshotOfWorkbook(file, read) {
    const { result } = (0, auditSnapshot_1.auditSnapshot)(await (0, readXlsx_1.readXlsxFile)(file, read), file);
    if (result.networkSheet === null) {
        const shown = path.basename(file);
        throw new usageError_1.UsageError(`In ${shown} (--compare) wurde keine Netzwerkliste gefunden; verglichen wird nichts.`, `No network list found in ${shown} (--compare); there is nothing to compare.`);
    }
    const changed = (await fs_1.promises.stat(file)).mtime;
    return (0, snapshot_1.historySnapshotOf)(result, (0, snapshot_1.isoDay)(changed));
}
function withHistory(json, history) {
    return { ...json, snapshot: history.current, comparison: history.comparison && comparisonJson(history.comparison) };
}
function comparisonJson(c) {
    const { before, after, trend, ...changes } = c;
    return {
        since: before.date,
        sinceReportYear: before.reportYear,
        partners: { before: before.partners, after: after.partners },
        ...changes,
        budget: { before: before.budget, after: after.budget },
        need: { before: before.need, after: after.need },
        needCovered: { before: before.indicators.needCovered, after: after.indicators.needCovered },
        trend: trend.map((s) => ({ date: s.date, reportYear: s.reportYear, requiredPresent: s.indicators.requiredPresent, budget: s.budget, need: s.need, needCovered: s.indicators.needCovered })),
    };
}
