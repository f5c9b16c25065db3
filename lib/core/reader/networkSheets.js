"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.chooseNetworkSheets = chooseNetworkSheets;
const finding_1 = require("../findings/finding");
const classifier_1 = require("../taxonomy/classifier");
const text_1 = require("../text");
const normalize_1 = require("../taxonomy/normalize");
const budgetSheet_1 = require("./budgetSheet");
const networkLayout_1 = require("./networkLayout");
const years_1 = require("./years");
const LIST_WORDS = /(?<![\p{L}])(netzwerk(partner)?|partner(liste)?|liste|akteure|fr(ü|ue)he hilfen)(?![\p{L}])/giu;
function sheetNameCore(name) {
    return name
        .replace(/(?<!\d)(19|20|21)\d{2}(?!\d)/g, ' ')
        .replace(LIST_WORDS, ' ')
        .replace(/[–—_-]/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}
function fieldsOf(layout) {
    return new Set(Object.keys(layout.columns));
}
function sameKind(a, b) {
    if (a.headerIndex === null || b.headerIndex === null)
        return false;
    const fa = fieldsOf(a);
    const fb = fieldsOf(b);
    if (!fa.has('name') || !fb.has('name'))
        return false;
    const common = [...fa].filter((f) => fb.has(f)).length;
    return common >= 2 && common >= Math.min(fa.size, fb.size) - 1;
}
function kernbereichOfSheet(sheetName) {
    const core = sheetNameCore(sheetName);
    return (0, classifier_1.resolveKernbereich)(sheetName.trim()) ?? (core === '' ? null : (0, classifier_1.resolveKernbereich)(core));
}
function kernbereichSiblings(sheets, family) {
    const areas = new Set(family.map((c) => kernbereichOfSheet(c.grid.name)).filter((k) => k !== null));
    if (areas.size < 2)
        return [];
    const out = [];
    for (const grid of sheets) {
        const area = kernbereichOfSheet(grid.name);
        if (area === null || areas.has(area) || family.some((c) => c.grid === grid))
            continue;
        const layout = (0, networkLayout_1.detectNetworkLayout)(grid, true);
        if (!layout)
            continue;
        areas.add(area);
        out.push({ grid, layout, year: (0, years_1.sheetYear)(grid, layout.headerIndex) });
    }
    return out;
}
function namesOf(c) {
    const column = c.layout.columns.name ?? c.layout.columns.type;
    const names = new Set();
    if (column === undefined)
        return names;
    const start = c.layout.headerIndex === null ? 0 : c.layout.headerIndex + 1;
    for (let r = start; r < c.grid.values.length; r++) {
        const v = c.grid.values[r][column];
        if (typeof v === 'string' && v.trim() !== '')
            names.add((0, normalize_1.normalizeLabel)(v));
    }
    return names;
}
const COPY_NAME = /\((\d+)\)\s*$|\b(kopie|copy|backup|sicherung|archiv)\b|[\s(_](alt|old|entwurf|draft|test)\)?\s*$/i;
function baseName(name) {
    return (0, text_1.fold)(sheetNameCore(name.replace(COPY_NAME, ' ')))
        .replace(/[^a-z0-9]+/g, ' ')
        .replace(/\b(von|of|der|des)\b/g, ' ')
        .replace(/\s+/g, ' ')
        .trim();
}
function areVersions(a, b, mine, theirs) {
    let shared = 0;
    for (const n of mine)
        if (theirs.has(n))
            shared++;
    const looksLikeVersion = baseName(a.grid.name) === baseName(b.grid.name) || [a, b].some((c) => c.grid.layout?.hidden === true || COPY_NAME.test(c.grid.name));
    return looksLikeVersion ? shared > Math.min(mine.size, theirs.size) / 2 : shared >= 0.8 * Math.max(mine.size, theirs.size);
}
function withoutVersions(list, sheets, settings, leftOut) {
    if (list.length < 2)
        return [...list];
    const names = new Map(list.map((c) => [c, namesOf(c)]));
    const { reportYear } = settings;
    const thisYear = new Date(settings.todayMs ?? Date.now()).getUTCFullYear();
    const rank = (c) => [
        reportYear !== null && c.year === reportYear ? 0 : 1,
        c.grid.layout?.hidden ? 1 : 0,
        COPY_NAME.test(c.grid.name) ? 1 : 0,
        c.year === null ? 1 : c.year >= thisYear ? 0 : 2,
    ];
    const better = (a, b) => {
        const [ra, rb] = [rank(a), rank(b)];
        for (let i = 0; i < ra.length; i++)
            if (ra[i] !== rb[i])
                return ra[i] < rb[i];
        return sheets.indexOf(a.grid) < sheets.indexOf(b.grid);
    };
    const kept = [];
    for (const c of [...list].sort((a, b) => (better(a, b) ? -1 : 1))) {
        const mine = names.get(c);
        const original = kept.find((k) => areVersions(c, k, mine, names.get(k)));
        if (original)
            leftOut.push({ sheet: c.grid.name, reason: 'version', versionOf: original.grid.name });
        else
            kept.push(c);
    }
    return list.filter((c) => kept.includes(c));
}
function partOf(c, several) {
    const name = c.grid.name.trim();
    const kernbereich = kernbereichOfSheet(name);
    const hasSozialraum = c.layout.columns.sozialraum !== undefined || (c.layout.sozialraumColumns?.length ?? 0) > 0;
    const core = sheetNameCore(name);
    const sozialraum = several && kernbereich === null && !hasSozialraum && core !== '' ? core : null;
    return { grid: c.grid, layout: c.layout, kernbereichFromName: kernbereich, sozialraumFromName: sozialraum };
}
function chooseNetworkSheets(sheets, settings, findings) {
    const byName = (wanted) => sheets.find((s) => (0, text_1.fold)(s.name) === (0, text_1.fold)(wanted));
    if (settings.networkSheets && settings.networkSheets.length > 0) {
        const parts = [];
        for (const wanted of settings.networkSheets) {
            const grid = byName(wanted);
            const layout = grid ? (0, networkLayout_1.detectNetworkLayout)(grid) : null;
            if (!grid || !layout) {
                findings.push((0, finding_1.finding)('settings-sheet-missing', 'warning', { sheet: wanted }, {}));
                continue;
            }
            parts.push({ grid, layout, kernbereichFromName: null, sozialraumFromName: null });
        }
        if (parts.length > 0) {
            const several = parts.length > 1;
            return { parts: parts.map((p) => partOf({ grid: p.grid, layout: p.layout, year: null }, several)), leftOut: [] };
        }
    }
    const candidates = [];
    for (const grid of sheets) {
        const layout = (0, networkLayout_1.detectNetworkLayout)(grid);
        if (layout && layout.headerIndex === null && (0, budgetSheet_1.detectBudgetLayout)(grid) !== null)
            continue;
        if (layout && layout.score > 0)
            candidates.push({ grid, layout, year: (0, years_1.sheetYear)(grid, layout.headerIndex) });
    }
    candidates.sort((a, b) => b.layout.score - a.layout.score);
    if (candidates.length === 0)
        return null;
    const leftOut = [];
    const byTab = (a, b) => sheets.indexOf(a.grid) - sheets.indexOf(b.grid);
    const best = candidates[0];
    const kin = candidates.filter((c) => c === best || sameKind(best.layout, c.layout));
    const family = [...kin, ...kernbereichSiblings(sheets, kin)];
    for (const c of candidates)
        if (!family.some((f) => f.grid === c.grid))
            leftOut.push({ sheet: c.grid.name, reason: 'other' });
    let together = family;
    const years = [...new Set(family.map((c) => c.year).filter((y) => y !== null))].sort((a, b) => a - b);
    if (years.length >= 2) {
        const wanted = settings.reportYear;
        let year = years[years.length - 1];
        let basis = 'newest';
        if (wanted !== null && years.includes(wanted)) {
            year = wanted;
            basis = 'settings';
        }
        else if (wanted !== null) {
            findings.push((0, finding_1.finding)('network-year-missing', 'warning', { year: wanted, available: years }, {}));
        }
        together = family.filter((c) => c.year === null || c.year === year).sort(byTab);
        const other = family.filter((c) => !together.includes(c)).sort(byTab);
        for (const c of other)
            leftOut.push({ sheet: c.grid.name, reason: 'year' });
        findings.push((0, finding_1.finding)('network-year-chosen', 'info', { year, basis, sheets: together.map((c) => c.grid.name), leftOut: other.map((c) => c.grid.name) }, { sheet: together[0].grid.name }));
    }
    together = withoutVersions(together, sheets, settings, leftOut);
    const several = together.length > 1;
    const ordered = sheets.map((s) => together.find((c) => c.grid === s)).filter((c) => c !== undefined);
    return { parts: ordered.map((c) => partOf(c, several)), leftOut };
}
