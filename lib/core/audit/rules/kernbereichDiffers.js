"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.kernbereichDiffers = void 0;
const finding_1 = require("../../findings/finding");
const places_1 = require("../places");
const rule_1 = require("../rule");
exports.kernbereichDiffers = (0, rule_1.defineRule)({
    name: 'kernbereichDiffers',
    codes: ['kernbereich-differs'],
    needs: ['network'],
    run: ({ network }) => {
        if (!network)
            return [];
        const found = [];
        for (const a of network.actors) {
            if (a.actorTypeId === null || a.statedKernbereich === null || a.kernbereich === null || a.statedKernbereich === a.kernbereich)
                continue;
            found.push((0, finding_1.finding)('kernbereich-differs', 'info', { name: a.name, stated: a.statedKernbereich, nzfh: a.kernbereich, actorType: a.actorTypeId }, (0, places_1.actorPlace)(network, a, 'kernbereich', 'name', 'type')));
        }
        return found;
    },
});
