"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.summariseBudget = summariseBudget;
const text_1 = require("../text");
const defaults_1 = require("../need/defaults");
const needModel_1 = require("../need/needModel");
const sozialraeume_1 = require("./sozialraeume");
function summariseBudget(budget, settings) {
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
            g = { name: line.sozialraum, budget: 0, children: null };
            groups.set(key, g);
        }
        g.budget += line.amount;
        if (line.children0to3 !== null && g.children === null)
            g.children = line.children0to3;
    }
    const sheetChildren = [...groups.values()].reduce((sum, g) => (g.children === null ? sum : (sum ?? 0) + g.children), null);
    const fromSettings = settings.children0to3 ?? (settings.population !== null && settings.share0to3 !== null ? settings.population * settings.share0to3 : null);
    const children = fromSettings ?? sheetChildren;
    const parameters = children === null
        ? null
        : {
            children0to3: children,
            burdenShare: settings.burdenShare ?? defaults_1.NEED_DEFAULTS.burdenShare.value,
            costPerFamily: settings.costPerFamily ?? defaults_1.NEED_DEFAULTS.costPerFamily.value,
            sources: {
                children0to3: fromSettings !== null ? 'settings' : 'budget',
                burdenShare: settings.burdenShare !== null ? 'settings' : 'default',
                costPerFamily: settings.costPerFamily !== null ? 'settings' : 'default',
            },
        };
    const need = parameters ? (0, needModel_1.computeNeed)(parameters) : null;
    const gap = need === null ? null : need - total;
    const coverage = need === null ? null : (0, needModel_1.needCovered)(total, need);
    const bySozialraum = [...groups.values()].map((g) => {
        const n = g.children === null || !parameters ? null : (0, needModel_1.computeNeed)({ ...parameters, children0to3: g.children });
        return { name: g.name, budget: g.budget, children0to3: g.children, need: n, gap: n === null ? null : n - g.budget };
    });
    return { sheet: budget.sheet, headerRow: budget.headerRow, amountColumn: budget.amountColumn, total, bySource, need, gap, coverage, parameters, bySozialraum };
}
