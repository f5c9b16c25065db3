"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.unclassified = void 0;
const finding_1 = require("../../findings/finding");
const places_1 = require("../places");
const rule_1 = require("../rule");
exports.unclassified = (0, rule_1.defineRule)({
    name: 'unclassified',
    codes: ['unclassified-actor'],
    needs: ['network'],
    run: ({ network }) => {
        if (!network)
            return [];
        return network.actors.filter((a) => a.actorTypeId === null).map((a) => (0, finding_1.finding)('unclassified-actor', 'info', { name: a.name }, (0, places_1.actorPlace)(network, a, 'name', 'type')));
    },
});
