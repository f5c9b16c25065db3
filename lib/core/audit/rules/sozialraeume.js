"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.sozialraeume = void 0;
const finding_1 = require("../../findings/finding");
const places_1 = require("../places");
const rule_1 = require("../rule");
exports.sozialraeume = (0, rule_1.defineRule)({
    name: 'sozialraeume',
    codes: ['sozialraum-missing-kernbereich'],
    needs: ['network', 'sozialraeume'],
    run: ({ network, sozialraeume: analysis }) => {
        if (!network || analysis.summaries.length < 2)
            return [];
        const found = [];
        const place = (name) => {
            const first = analysis.firstActors.get(name);
            return first ? (0, places_1.actorPlace)(network, first, 'sozialraum', 'name') : (0, places_1.columnPlace)(network, 'sozialraum');
        };
        for (const s of analysis.summaries) {
            const core = s.missingKernbereiche.filter((k) => k === 'jugendhilfe');
            const minor = s.missingKernbereiche.filter((k) => k === 'gesundheit' || k === 'beratung');
            for (const [missing, severity] of [[core, 'warning'], [minor, 'info']]) {
                if (missing.length === 0)
                    continue;
                found.push((0, finding_1.finding)('sozialraum-missing-kernbereich', severity, { sozialraum: s.name, missing, districtWide: missing.filter((k) => analysis.districtWide[k] > 0) }, { criterion: '4.3', topics: ['spatial'], ...place(s.name) }));
            }
        }
        return found;
    },
});
