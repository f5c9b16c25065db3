"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AGREEMENT_EXAMPLES = void 0;
exports.gatherEvidence = gatherEvidence;
const actorTypes_1 = require("../taxonomy/actorTypes");
const sozialraeume_1 = require("./sozialraeume");
exports.AGREEMENT_EXAMPLES = 3;
const STEERING_SECTORS = ['jugendhilfe', 'beratung', 'gesundheit'];
const BOUND_SECTORS = ['jugendhilfe', 'gesundheit'];
const SHOWN = { shown: true };
const notShown = (gap) => ({ shown: false, gap });
function rank(typeId) {
    const requirement = typeId ? (0, actorTypes_1.actorTypeById)(typeId)?.requirement : undefined;
    return requirement === 'required' ? 0 : requirement === 'recommended' ? 1 : 2;
}
function gatherEvidence(network, present) {
    const { actors, columns } = network;
    let coordination = false;
    let forum = 0;
    let withAgreement = 0;
    const steering = (0, sozialraeume_1.emptyCounts)();
    const agreementBySector = (0, sozialraeume_1.emptyCounts)();
    const withoutByRank = [[], [], []];
    for (const a of actors) {
        if (!coordination && (a.actorTypeId === 'koordinierungsstelle' || (a.role !== null && /koordin/i.test(a.role))))
            coordination = true;
        if (a.steering === true && a.kernbereich)
            (0, sozialraeume_1.countKernbereich)(steering, a.kernbereich);
        if (a.forum === true)
            forum++;
        if (a.agreement === true) {
            withAgreement++;
            if (a.kernbereich)
                (0, sozialraeume_1.countKernbereich)(agreementBySector, a.kernbereich);
        }
        else {
            const bucket = withoutByRank[rank(a.actorTypeId)];
            if (bucket.length < exports.AGREEMENT_EXAMPLES)
                bucket.push(a);
        }
    }
    const hasPartners = actors.length > 0;
    const steeringLacking = columns.steering === undefined ? null : STEERING_SECTORS.filter((k) => steering[k] === 0);
    const hasForum = columns.forum !== undefined && hasPartners;
    const hasAgreements = columns.agreement !== undefined && hasPartners;
    const unbound = hasAgreements ? BOUND_SECTORS.filter((k) => agreementBySector[k] === 0) : null;
    const byCriterion = new Map();
    byCriterion.set('3.1', coordination ? SHOWN : notShown({ kind: 'no-coordination' }));
    byCriterion.set('5.9', !coordination ? notShown({ kind: 'no-coordination' }) : present.has('jugendamt') ? SHOWN : notShown({ kind: 'no-youth-office' }));
    if (steeringLacking !== null) {
        byCriterion.set('3.2', steeringLacking.length > 0 ? notShown({ kind: 'steering-incomplete', missing: steeringLacking }) : SHOWN);
    }
    if (hasForum)
        byCriterion.set('3.3', forum === 0 ? notShown({ kind: 'no-forum' }) : SHOWN);
    if (hasAgreements) {
        byCriterion.set('3.4', withAgreement === 0 ? notShown({ kind: 'no-agreements' }) : SHOWN);
        byCriterion.set('5.2', unbound && unbound.length > 0 ? notShown({ kind: 'health-youth-not-bound', unbound }) : SHOWN);
    }
    return {
        coordination,
        steeringLacking,
        forum: hasForum ? forum : null,
        withAgreement: hasAgreements ? withAgreement : null,
        unbound,
        examplesWithout: withoutByRank.flat().slice(0, exports.AGREEMENT_EXAMPLES),
        byCriterion,
    };
}
