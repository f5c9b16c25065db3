"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.needDefaults = void 0;
const finding_1 = require("../../findings/finding");
const parameters_1 = require("../../need/parameters");
const defaults_1 = require("../../need/defaults");
const rule_1 = require("../rule");
const cellOf = (c) => (c ? { row: c.row, column: c.column } : {});
exports.needDefaults = (0, rule_1.defineRule)({
    name: 'needDefaults',
    codes: ['need-defaults-used', 'need-births-estimated', 'need-simple-model', 'need-settings-unused'],
    needs: ['budget', 'model'],
    run: ({ budget, model }) => {
        const estimate = budget?.estimate;
        if (!estimate)
            return [];
        const where = { sheet: model.settings.sheet };
        const defaults = [];
        const out = [];
        if (estimate.model === 'simple') {
            out.push((0, finding_1.finding)('need-simple-model', 'info', {}, where));
            if (estimate.origins.burdenShare === 'default')
                defaults.push('burdenShare');
            if (estimate.origins.costPerFamily === 'default')
                defaults.push('costPerFamily');
        }
        else {
            const unused = ['burdenShare', 'costPerFamily'].filter((k) => model.settings[k] !== null);
            if (unused.length > 0)
                out.push((0, finding_1.finding)('need-settings-unused', 'info', { keys: unused }, { sheet: model.settings.sheet, ...cellOf(model.settings.cells[unused[0]]) }));
            if (estimate.birthsBasis !== 'settings')
                out.push((0, finding_1.finding)('need-births-estimated', 'info', { children: estimate.births * 3, births: estimate.births }, where));
            for (const p of estimate.parameters) {
                if (p.origin !== 'default')
                    continue;
                const measure = p.id.startsWith('lotsen') ? 'lotsen' : p.id.startsWith('welcome') ? 'welcome' : null;
                if (measure && estimate.measures.find((m) => m.id === measure)?.leftOut)
                    continue;
                defaults.push(p.id);
            }
        }
        const isAssumption = (id) => (id === 'burdenShare' || id === 'costPerFamily' ? defaults_1.NEED_DEFAULTS[id].assumption : parameters_1.NEED_PARAMETERS[id].assumption);
        if (defaults.length > 0) {
            out.push((0, finding_1.finding)('need-defaults-used', 'info', { sourced: defaults.filter((d) => !isAssumption(d)), assumptions: defaults.filter(isAssumption) }, where));
        }
        return out;
    },
});
