"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.gatherFacts = gatherFacts;
const budget_1 = require("./budget");
const coverage_1 = require("./coverage");
const criteriaState_1 = require("./criteriaState");
const evidence_1 = require("./evidence");
const sozialraeume_1 = require("./sozialraeume");
const NO_EVIDENCE = new Map();
function gatherFacts(model) {
    const network = model.network;
    const actors = network?.actors ?? [];
    const kernbereiche = (0, sozialraeume_1.emptyCounts)();
    const present = new Set();
    for (const a of actors) {
        if (a.kernbereich)
            (0, sozialraeume_1.countKernbereich)(kernbereiche, a.kernbereich);
        if (a.actorTypeId)
            present.add(a.actorTypeId);
    }
    const requirements = (0, coverage_1.requirementLists)(model.settings.requiredTypes, model.settings.recommendedTypes);
    const required = (0, coverage_1.coverageOf)(present, requirements.required);
    const recommended = (0, coverage_1.coverageOf)(present, requirements.recommended);
    const evidence = network && actors.length > 0 ? (0, evidence_1.gatherEvidence)(network, present) : null;
    return {
        model,
        network,
        actors,
        present,
        kernbereiche,
        requirements,
        coverage: network ? required.coverage : 0,
        missingRequired: network ? required.missing : [],
        missingRecommended: network ? recommended.missing : [],
        sozialraeume: (0, sozialraeume_1.analyseSozialraeume)(actors),
        evidence,
        criteria: network ? (0, criteriaState_1.summariseCriteria)(model.criteria, evidence?.byCriterion ?? NO_EVIDENCE) : null,
        budget: model.budget ? (0, budget_1.summariseBudget)(model.budget, model.settings) : null,
    };
}
