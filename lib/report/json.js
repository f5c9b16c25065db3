"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.auditJson = auditJson;
const findingText_1 = require("./findingText");
const names_1 = require("./names");
function auditJson(result, lang) {
    const { budget, criteria } = result;
    return {
        file: result.file,
        networkSheet: result.networkSheet,
        networkSheets: result.networkSheets,
        actors: result.actors,
        kernbereiche: result.kernbereiche,
        missingKernbereiche: result.missingKernbereiche,
        coverage: result.coverage,
        missingActorTypes: result.missingActorTypes.map((m) => ({ id: m.id, label: (0, names_1.actorTypeLabel)(m.id, lang), kernbereich: m.kernbereich, severity: m.severity, requirement: m.requirement })),
        sozialraeume: result.sozialraeume,
        budget: budget && {
            sheet: budget.sheet,
            total: budget.total,
            bySource: budget.bySource,
            need: budget.need,
            gap: budget.gap,
            coverage: budget.coverage,
            needRange: budget.needRange,
            coverageRange: budget.coverageRange,
            budgetPerBirth: budget.budgetPerBirth,
            weighting: budget.weighting,
            needModel: budget.estimate,
            parameters: budget.estimate?.model === 'measures' ? budget.estimate.parameters : (budget.estimate ?? null),
            bySozialraum: budget.bySozialraum,
        },
        criteria: criteria && {
            ...criteria,
            items: criteria.items.map((c) => ({ id: c.id, title: (0, names_1.criterionTitle)(c.id, lang), level: (0, names_1.levelLabel)(c.level, lang), levelId: c.level, status: c.status,
                evidence: c.support === null ? null : c.support === 'record' || c.support === 'list',
                support: c.support,
                recordDate: c.recordDateMs === null ? null : new Date(c.recordDateMs).toISOString().slice(0, 10),
                sheet: c.sheet,
                cell: c.cell,
            })),
        },
        findings: result.findings.map((f) => ({
            id: f.code,
            code: f.code,
            severity: f.severity,
            criterion: f.criterion,
            sheet: f.sheet,
            cell: f.cell,
            topics: f.topics,
            values: f.values,
            message: (0, findingText_1.findingText)(f, lang),
        })),
        unclassified: result.unclassified,
        former: result.former,
        lang,
    };
}
