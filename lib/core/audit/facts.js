"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.gatherFacts = gatherFacts;
const budget_1 = require("./budget");
const coverage_1 = require("./coverage");
const criteriaState_1 = require("./criteriaState");
const evidence_1 = require("./evidence");
const records_1 = require("./records");
const sozialraeume_1 = require("./sozialraeume");
const NO_EVIDENCE = new Map();
function gatherFacts(model, todayMs = Date.now()) {
    const network = model.network;
    const actors = network?.actors ?? [];
    const kernbereiche = (0, sozialraeume_1.emptyCounts)();
    const listed = new Set();
    for (const a of actors) {
        if (a.kernbereich)
            (0, sozialraeume_1.countKernbereich)(kernbereiche, a.kernbereich);
        if (a.actorTypeId)
            listed.add(a.actorTypeId);
    }
    const present = (0, coverage_1.presentTypes)(listed);
    const requirements = (0, coverage_1.requirementLists)(model.settings.requiredTypes, model.settings.recommendedTypes, model.settings.absentTypes.map((a) => a.type));
    const required = (0, coverage_1.coverageOf)(present, requirements.required);
    const recommended = (0, coverage_1.coverageOf)(present, requirements.recommended);
    const evidence = network && actors.length > 0 ? (0, evidence_1.gatherEvidence)(network, present) : null;
    const evidenceMonths = model.settings.evidenceMonths ?? records_1.DEFAULT_EVIDENCE_MONTHS;
    const records = (0, records_1.gatherRecords)(model.activities, todayMs, evidenceMonths);
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
        records,
        evidenceMonths,
        criteria: network ? (0, criteriaState_1.summariseCriteria)(model.criteria, evidence?.byCriterion ?? NO_EVIDENCE, records) : null,
        budget: model.budget ? (0, budget_1.summariseBudget)(model.budget, model.settings, present.has('geburtsklinik')) : null,
    };
}
