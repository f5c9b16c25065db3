"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.classifyLabels = classifyLabels;
exports.renderClassifyText = renderClassifyText;
const kernbereich_1 = require("../core/taxonomy/kernbereich");
const classifier_1 = require("../core/taxonomy/classifier");
function classifyLabels(labels) {
    return labels.map((label) => {
        const c = (0, classifier_1.classifyLabel)(label);
        return { label, actorType: c.actorType?.id ?? null, actorTypeLabel: c.actorType?.label ?? null, kernbereich: c.kernbereich };
    });
}
function renderClassifyText(rows, lang) {
    const none = lang === 'de' ? '(nicht zuzuordnen)' : '(not recognised)';
    const width = Math.min(50, Math.max(...rows.map((r) => r.label.length), 10));
    return rows
        .map((r) => {
        const kb = r.kernbereich ? kernbereich_1.KERNBEREICH_LABELS[r.kernbereich][lang] : '';
        const what = r.actorTypeLabel ? `${r.actorTypeLabel} · ${kb}` : kb || none;
        return `${r.label.padEnd(width)}  →  ${what}`;
    })
        .join('\n');
}
