"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.compareSnapshots = compareSnapshots;
exports.compareWithHistory = compareWithHistory;
exports.recordSnapshot = recordSnapshot;
exports.nothingChanged = nothingChanged;
const coverage_1 = require("../audit/coverage");
const catalog_1 = require("../criteria/catalog");
const normalize_1 = require("../taxonomy/normalize");
const partnerMatch_1 = require("./partnerMatch");
const snapshot_1 = require("./snapshot");
function compareSnapshots(before, after, trend = []) {
    const namesKnown = before.names !== null && after.names !== null;
    const partners = namesKnown ? (0, partnerMatch_1.matchPartners)(before.names ?? [], after.names ?? []) : { won: [], lost: [], renamed: [] };
    const presentBefore = (0, coverage_1.presentTypes)(Object.keys(before.byType));
    const presentAfter = (0, coverage_1.presentTypes)(Object.keys(after.byType));
    const covered = (was, is) => was.filter((id) => !is.includes(id) && presentAfter.has(id));
    const lost = (was, is) => is.filter((id) => !was.includes(id) && presentBefore.has(id));
    const gaps = sozialraumChanges(before, after);
    return {
        before,
        after,
        namesKnown,
        ...partners,
        typeCounts: typeCountChanges(before, after),
        required: { covered: covered(before.missingRequired, after.missingRequired), lost: lost(before.missingRequired, after.missingRequired) },
        recommended: { covered: covered(before.missingRecommended, after.missingRecommended), lost: lost(before.missingRecommended, after.missingRecommended) },
        ...gaps,
        criteria: before.criteria === null || after.criteria === null ? null : criteriaChanges(before.criteria, after.criteria),
        trend: trend.length >= 3 ? trend : [],
    };
}
function compareWithHistory(history, current) {
    const earlier = history.filter((s) => s.date < current.date).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const latest = earlier[earlier.length - 1];
    return latest ? compareSnapshots(latest, current, [...earlier, current]) : null;
}
function recordSnapshot(history, current) {
    return [...history.filter((s) => s.date !== current.date), current].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
}
function nothingChanged(c) {
    const { before: b, after: a } = c;
    const lists = [c.won, c.lost, c.renamed, c.typeCounts, c.required.covered, c.required.lost, c.recommended.covered, c.recommended.lost, c.gapsClosed, c.gapsOpened, c.sozialraeumeAdded, c.sozialraeumeRemoved, c.criteria ?? []];
    return lists.every((l) => l.length === 0) && a.partners === b.partners && a.requiredTotal === b.requiredTotal && a.budget === b.budget && JSON.stringify(a.need) === JSON.stringify(b.need);
}
function typeCountChanges(before, after) {
    const ids = [...new Set([...Object.keys(before.byType), ...Object.keys(after.byType)])].sort((x, y) => (0, snapshot_1.typeOrder)(x) - (0, snapshot_1.typeOrder)(y));
    return ids.map((type) => ({ type, before: before.byType[type] ?? 0, after: after.byType[type] ?? 0 })).filter((c) => c.before !== c.after);
}
function sozialraumChanges(before, after) {
    const byKey = new Map(before.sozialraeume.map((s) => [(0, normalize_1.normalizeLabel)(s.name), s]));
    const afterKeys = new Set(after.sozialraeume.map((s) => (0, normalize_1.normalizeLabel)(s.name)));
    const gapsClosed = [];
    const gapsOpened = [];
    const sozialraeumeAdded = [];
    for (const now of after.sozialraeume) {
        const was = byKey.get((0, normalize_1.normalizeLabel)(now.name));
        if (!was) {
            sozialraeumeAdded.push(now.name);
            continue;
        }
        for (const k of was.missing)
            if (!now.missing.includes(k))
                gapsClosed.push({ sozialraum: now.name, kernbereich: k });
        for (const k of now.missing)
            if (!was.missing.includes(k))
                gapsOpened.push({ sozialraum: now.name, kernbereich: k });
    }
    const sozialraeumeRemoved = before.sozialraeume.filter((s) => !afterKeys.has((0, normalize_1.normalizeLabel)(s.name))).map((s) => s.name);
    return { gapsClosed, gapsOpened, sozialraeumeAdded, sozialraeumeRemoved };
}
function criteriaChanges(before, after) {
    return catalog_1.CRITERIA.map((c) => ({ id: c.id, before: before[c.id] ?? null, after: after[c.id] ?? null })).filter((c) => c.before !== c.after);
}
