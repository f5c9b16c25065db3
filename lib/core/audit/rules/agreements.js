"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.agreements = void 0;
const finding_1 = require("../../findings/finding");
const places_1 = require("../places");
const rule_1 = require("../rule");
exports.agreements = (0, rule_1.defineRule)({
    name: 'agreements',
    codes: ['no-agreements', 'agreements-missing'],
    needs: ['network', 'evidence'],
    run: ({ network, evidence }) => {
        if (!network || !evidence || evidence.withAgreement === null)
            return [];
        const header = (0, places_1.columnPlace)(network, 'agreement');
        if (evidence.withAgreement === 0) {
            return [(0, finding_1.finding)('no-agreements', 'info', {}, { criterion: '3.4', topics: ['cooperation'], ...header })];
        }
        const total = evidence.agreementAsked ?? network.actors.length;
        const without = total - evidence.withAgreement;
        if (without === 0)
            return [];
        const examples = evidence.examplesWithout;
        return [
            (0, finding_1.finding)('agreements-missing', 'info', { count: without, total, examples: examples.map((a) => a.name), unasked: network.actors.length - total }, { criterion: '3.4', topics: ['cooperation'], ...(examples[0] ? (0, places_1.actorPlace)(network, examples[0], 'agreement', 'name') : header) }),
        ];
    },
});
