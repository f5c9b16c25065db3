"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.summariseBudget = summariseBudget;
const text_1 = require("../text");
const estimate_1 = require("../need/estimate");
const needModel_1 = require("../need/needModel");
const sozialraumNeed_1 = require("../need/sozialraumNeed");
const sozialraeume_1 = require("./sozialraeume");
function summariseBudget(budget, settings, hasBirthClinic) {
    const bySource = { bundesstiftung: 0, kommunal: 0, land: 0, sonstige: 0, unbekannt: 0 };
    const groups = new Map();
    let total = 0;
    for (const line of budget.lines) {
        total += line.amount;
        bySource[line.source ?? 'unbekannt'] += line.amount;
        if (line.sozialraum === null || (0, sozialraeume_1.isDistrictWide)(line.sozialraum))
            continue;
        const key = (0, text_1.fold)(line.sozialraum);
        let g = groups.get(key);
        if (!g) {
            g = { name: line.sozialraum, budget: 0, children: null, births: null, indicator: null };
            groups.set(key, g);
        }
        g.budget += line.amount;
        g.children ?? (g.children = line.children0to3);
        g.births ?? (g.births = line.births);
        g.indicator ?? (g.indicator = line.indicator);
    }
    const estimate = needEstimate(settings, [...groups.values()], hasBirthClinic);
    const allocation = estimate ? (0, sozialraumNeed_1.allocateNeed)(estimate, [...groups.values()].map((g) => ({ name: g.name, births: g.births, children0to3: g.children, indicator: g.indicator }))) : null;
    const needRange = estimate?.total ?? null;
    const need = needRange?.mid ?? null;
    const bySozialraum = [...groups.values()].map((g, i) => {
        const range = allocation?.rows[i].need ?? null;
        return { name: g.name, budget: g.budget, children0to3: g.children, births: g.births, need: range?.mid ?? null, needRange: range, gap: range === null ? null : range.mid - g.budget };
    });
    const births = estimate?.model === 'measures' ? estimate.births : null;
    return {
        sheet: budget.sheet,
        headerRow: budget.headerRow,
        amountColumn: budget.amountColumn,
        total,
        bySource,
        need,
        needRange,
        gap: need === null ? null : need - total,
        coverage: need === null || need <= 0 ? null : total / need,
        coverageRange: needRange === null ? null : (0, needModel_1.coverageRange)(total, needRange),
        estimate,
        weighting: allocation && groups.size > 0 ? allocation.weighting : null,
        budgetPerBirth: births === null || births <= 0 ? null : total / births,
        bySozialraum,
    };
}
function needEstimate(settings, groups, hasBirthClinic) {
    const sheetChildren = groups.reduce((sum, g) => (g.children === null ? sum : (sum ?? 0) + g.children), null);
    const sheetBirths = groups.reduce((sum, g) => (g.births === null ? sum : (sum ?? 0) + g.births), null);
    const children = settings.children0to3 !== null
        ? { value: settings.children0to3, basis: 'children' }
        : settings.population !== null && settings.share0to3 !== null
            ? { value: settings.population * settings.share0to3, basis: 'population' }
            : sheetChildren !== null
                ? { value: sheetChildren, basis: 'budget' }
                : null;
    if (settings.needModel === 'simple')
        return children === null ? null : (0, needModel_1.simpleNeed)(children, settings.burdenShare, settings.costPerFamily);
    return (0, estimate_1.estimateMeasureNeed)({
        births: settings.births ?? sheetBirths,
        children0to3: children,
        clinicBirths: settings.clinicBirths,
        hasBirthClinic,
        welcomeVisits: settings.welcomeVisits,
        overrides: settings.need,
    });
}
