"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.auditWorkbook = auditWorkbook;
exports.auditModel = auditModel;
const address_1 = require("../address");
const finding_1 = require("../findings/finding");
const readWorkbook_1 = require("../reader/readWorkbook");
const kernbereich_1 = require("../taxonomy/kernbereich");
const facts_1 = require("./facts");
const indicators_1 = require("./indicators");
const rules_1 = require("./rules");
function auditWorkbook(sheets, options = {}) {
    return auditModel((0, readWorkbook_1.readWorkbookModel)(sheets, options), options);
}
function auditModel(model, options = {}) {
    const facts = (0, facts_1.gatherFacts)(model, (options.today ?? new Date()).getTime());
    const findings = (0, finding_1.sortFindings)(rules_1.RULES.flatMap((rule) => rule.run(facts)));
    const { network, actors } = facts;
    const missingActorTypes = [
        ...facts.missingRequired.map((t) => ({ id: t.id, kernbereich: t.kernbereich, severity: 'error', requirement: 'required' })),
        ...facts.missingRecommended.map((t) => ({ id: t.id, kernbereich: t.kernbereich, severity: 'warning', requirement: 'recommended' })),
    ];
    const labelColumns = new Map((network?.parts ?? []).map((p) => [p.sheet, p.columns.name ?? p.columns.type ?? 0]));
    const ref = (p) => ({ name: p.name, sheet: p.sheet, cell: (0, address_1.a1)(p.row, labelColumns.get(p.sheet) ?? 0) });
    return {
        file: options.file ?? null,
        networkSheet: network?.sheet ?? null,
        networkSheets: network ? [...new Set(network.parts.map((p) => p.sheet))] : [],
        actors: actors.length,
        kernbereiche: facts.kernbereiche,
        missingKernbereiche: network ? kernbereich_1.KERNBEREICHE.filter((k) => facts.kernbereiche[k] === 0) : [],
        coverage: facts.coverage,
        requiredTotal: facts.requirements.required.length,
        missingActorTypes,
        sozialraeume: facts.sozialraeume.summaries,
        budget: facts.budget,
        criteria: facts.criteria,
        findings,
        unclassified: actors.filter((a) => a.actorTypeId === null).map((a) => ({ ...ref(a), kernbereich: a.kernbereich })),
        partners: actors.map((a) => ({ name: a.name, actorTypeId: a.actorTypeId, kernbereich: a.kernbereich, agreement: a.agreement, sozialraeume: a.sozialraeume })),
        indicators: (0, indicators_1.indicatorsOf)({
            actors: actors.length,
            coverage: facts.coverage,
            withAgreement: facts.evidence?.withAgreement ?? null,
            agreementAsked: facts.evidence?.agreementAsked ?? null,
            budget: facts.budget,
            criteria: facts.criteria,
            births: model.settings.births ?? (model.settings.children0to3 === null ? null : model.settings.children0to3 / 3),
            labFteActual: model.settings.labFteActual,
        }),
        header: { kommune: model.settings.kommune, networkName: model.settings.networkName, reportYear: model.reportYear, stand: model.settings.stand },
        former: (network?.former ?? []).map((f) => ({ ...ref(f), actorTypeId: f.actorTypeId, reason: f.reason, detail: f.detail })),
    };
}
