"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.AGREEMENT_EXAMPLES = void 0;
exports.gatherEvidence = gatherEvidence;
const actorTypes_1 = require("../taxonomy/actorTypes");
const places_1 = require("./places");
const sozialraeume_1 = require("./sozialraeume");
exports.AGREEMENT_EXAMPLES = 3;
const STEERING_SECTORS = ['jugendhilfe', 'beratung', 'gesundheit'];
const COUNSELLING_TYPES = new Set(['erziehungsberatung']);
const OWN_SERVICE = /jugendamt|amt f(ue|ü)r jugend|fachbereich jugend|jugendhilfe|kreisjugendamt|stadtjugendamt/i;
const SHOWN = { verdict: 'shown' };
const notShown = (gap) => ({ verdict: 'not-shown', gap });
function rank(typeId) {
    const requirement = typeId ? (0, actorTypes_1.actorTypeById)(typeId)?.requirement : undefined;
    return requirement === 'required' ? 0 : requirement === 'recommended' ? 1 : 2;
}
function gatherEvidence(network, present) {
    const { actors } = network;
    const unasked = new Set(network.parts.filter((p) => p.columns.agreement === undefined).map((p) => p.sheet));
    let asked = 0;
    let coordination = false;
    let forum = 0;
    let withAgreement = 0;
    let healthIndependent = 0;
    let healthSaidNo = 0;
    const steering = (0, sozialraeume_1.emptyCounts)();
    const agreementBySector = (0, sozialraeume_1.emptyCounts)();
    const withoutByRank = [[], [], []];
    for (const a of actors) {
        if (!coordination && (a.actorTypeId === 'koordinierungsstelle' || (a.role !== null && /koordin/i.test(a.role))))
            coordination = true;
        if (a.steering === true) {
            if (a.kernbereich)
                (0, sozialraeume_1.countKernbereich)(steering, a.kernbereich);
            if (a.actorTypeId !== null && COUNSELLING_TYPES.has(a.actorTypeId))
                steering.beratung++;
        }
        if (a.forum === true)
            forum++;
        const independentHealth = a.kernbereich === 'gesundheit' && !OWN_SERVICE.test(a.name);
        if (independentHealth) {
            healthIndependent++;
            if (a.agreement === false)
                healthSaidNo++;
        }
        const isAsked = unasked.size === 0 || !unasked.has(a.sheet);
        if (isAsked)
            asked++;
        if (a.agreement === true) {
            withAgreement++;
            if (a.kernbereich && (a.kernbereich !== 'gesundheit' || independentHealth))
                (0, sozialraeume_1.countKernbereich)(agreementBySector, a.kernbereich);
        }
        else if (isAsked) {
            const bucket = withoutByRank[rank(a.actorTypeId)];
            if (bucket.length < exports.AGREEMENT_EXAMPLES)
                bucket.push(a);
        }
    }
    const hasPartners = actors.length > 0;
    const steeringLacking = !(0, places_1.hasColumn)(network, 'steering') ? null : STEERING_SECTORS.filter((k) => steering[k] === 0);
    const hasForum = (0, places_1.hasColumn)(network, 'forum') && hasPartners;
    const hasAgreements = (0, places_1.hasColumn)(network, 'agreement') && hasPartners;
    const unbound = hasAgreements ? ['jugendhilfe', 'gesundheit'].filter((k) => agreementBySector[k] === 0) : null;
    const healthRefused = hasAgreements && healthIndependent > 0 && healthSaidNo === healthIndependent;
    const byCriterion = new Map();
    const youthOffice = present.has('jugendamt');
    byCriterion.set('3.1', coordination ? SHOWN : notShown({ kind: 'no-coordination' }));
    byCriterion.set('5.9', !youthOffice ? notShown({ kind: 'no-youth-office' }) : coordination ? SHOWN : notShown({ kind: 'no-coordination' }));
    if (steeringLacking !== null && steering.jugendhilfe + steering.gesundheit + steering.beratung + steering.weitere > 0) {
        byCriterion.set('3.2', steeringLacking.length > 0 ? notShown({ kind: 'steering-incomplete', missing: steeringLacking }) : SHOWN);
    }
    if (unbound !== null) {
        const gap = { kind: 'health-youth-not-bound', unbound };
        byCriterion.set('5.2', healthRefused ? { verdict: 'contradicted', gap } : unbound.length > 0 ? notShown(gap) : SHOWN);
    }
    return {
        coordination,
        steeringLacking,
        forum: hasForum ? forum : null,
        withAgreement: hasAgreements ? withAgreement : null,
        agreementAsked: hasAgreements ? asked : null,
        unbound,
        healthRefused,
        examplesWithout: withoutByRank.flat().slice(0, exports.AGREEMENT_EXAMPLES),
        byCriterion,
    };
}
