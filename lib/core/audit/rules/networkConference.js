"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.networkConference = void 0;
const finding_1 = require("../../findings/finding");
const rule_1 = require("../rule");
const places_1 = require("../places");
const FORUM_LOW_SHARE = 0.5;
exports.networkConference = (0, rule_1.defineRule)({
    name: 'networkConference',
    codes: ['no-forum', 'forum-low'],
    needs: ['network', 'evidence'],
    run: ({ network, evidence }) => {
        if (!network || !evidence || evidence.forum === null)
            return [];
        const where = { criterion: '3.3', ...(0, places_1.columnPlace)(network, 'forum') };
        if (evidence.forum === 0)
            return [(0, finding_1.finding)('no-forum', 'info', {}, { ...where, topics: ['cooperation'] })];
        const share = evidence.forum / network.actors.length;
        return share < FORUM_LOW_SHARE ? [(0, finding_1.finding)('forum-low', 'info', { share }, where)] : [];
    },
});
