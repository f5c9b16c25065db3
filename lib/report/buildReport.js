"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.buildReport = buildReport;
const gapTopics_1 = require("../core/audit/gapTopics");
const catalog_1 = require("../core/criteria/catalog");
const dimensions_1 = require("../core/criteria/dimensions");
const status_1 = require("../core/criteria/status");
const kernbereich_1 = require("../core/taxonomy/kernbereich");
const findingActions_1 = require("./findingActions");
const findingText_1 = require("./findingText");
const historySection_1 = require("./historySection");
const indicatorSection_1 = require("./indicatorSection");
const mapBlock_1 = require("./mapBlock");
const recommendations_1 = require("./recommendations");
const summary_1 = require("./summary");
const format_1 = require("./format");
const labels_1 = require("./labels");
const needSection_1 = require("./needSection");
const readingSection_1 = require("./readingSection");
const names_1 = require("./names");
const count = (value) => ({ kind: 'count', value });
function buildReport(result, options) {
    const { lang } = options;
    const t = labels_1.REPORT_LABELS[lang];
    const h = result.header;
    const meta = [];
    if (h.kommune)
        meta.push({ label: t.kommune, value: h.kommune });
    if (h.networkName)
        meta.push({ label: t.network, value: h.networkName });
    if (h.reportYear !== null)
        meta.push({ label: t.reportYear, value: String(h.reportYear) });
    meta.push({ label: t.date, value: h.stand ?? (0, labels_1.reportDate)(options.date, lang) });
    const sections = [summary(result, t, lang)];
    const history = options.comparison ? (0, historySection_1.historySections)(options.comparison, lang) : null;
    if (history)
        sections.push(history.box);
    if (result.networkSheet !== null)
        sections.push(recommendationsSection(result, t, lang));
    const questions = (0, dimensions_1.pickDialogueQuestions)((0, gapTopics_1.gapWeightsOf)(result));
    if (questions.length > 0) {
        sections.push({
            id: 'dialogue',
            title: t.dialogue,
            blocks: [
                { kind: 'paragraph', text: t.dialogueIntro },
                { kind: 'list', ordered: true, items: questions.map((q) => `${q.text[lang]} (${t.dimension(q.dimension)})`) },
            ],
        });
    }
    if (result.networkSheet !== null)
        sections.push({ id: 'map', title: t.map, blocks: [(0, mapBlock_1.mapBlock)(result, lang)] });
    sections.push((0, needSection_1.budgetSection)(result.budget, t, lang));
    const need = result.budget ? (0, needSection_1.needSection)(result.budget, t, lang) : null;
    if (need)
        sections.push(need);
    sections.push((0, indicatorSection_1.indicatorSection)(result.indicators, lang));
    if (history?.details)
        sections.push(history.details);
    if (result.networkSheet !== null)
        sections.push(actorTypes(result, t, lang), kernbereiche(result, t, lang));
    sections.push(result.criteria ? criteria(result.criteria, t, lang) : { id: 'criteria', title: t.criteria, blocks: [{ kind: 'paragraph', text: t.criteriaUnchecked }] });
    sections.push((0, readingSection_1.readingSection)(result, t, lang, options.workbookName ?? result.file), findings(result, t, lang));
    return { lang, title: t.title, meta, intro: t.intro, sections, footer: t.footer };
}
const problems = (result) => result.findings.filter((f) => !(0, readingSection_1.isReadingChoice)(f.code));
function severityCounts(result) {
    const counts = { error: 0, warning: 0, info: 0 };
    for (const f of problems(result))
        counts[f.severity]++;
    return counts;
}
function summary(result, t, lang) {
    const n = severityCounts(result);
    const partners = {
        label: t.partners,
        value: count(result.actors),
        tone: result.actors > 0 ? 'neutral' : 'bad',
        icon: result.actors > 0 ? '–' : '✗',
        reason: result.former.length > 0 ? t.formerNotCounted(result.former.length) : t.activePartners,
    };
    const blocks = [];
    if (result.networkSheet !== null)
        blocks.push({ kind: 'paragraph', text: (0, summary_1.summarySentences)(result, lang).join(' ') });
    blocks.push({ kind: 'tiles', items: result.networkSheet !== null ? [partners, ...(0, summary_1.summaryTiles)(result, lang)] : [partners] });
    blocks.push({ kind: 'facts', items: [{ label: t.findingCounts, value: t.counts(n.error, n.warning, n.info) }] });
    return { id: 'summary', title: t.summary, blocks };
}
function recommendationsSection(result, t, lang) {
    const steps = (0, recommendations_1.recommendations)(result, lang);
    return {
        id: 'recommendations',
        title: t.recommendations,
        blocks: steps.length > 0 ? [{ kind: 'list', ordered: true, items: steps }] : [{ kind: 'paragraph', text: t.noRecommendations, tone: 'good' }],
    };
}
function actorTypes(result, t, lang) {
    const blocks = [{ kind: 'paragraph', text: t.coverageText((0, format_1.formatPercent)(result.coverage, lang)) }];
    if (result.missingActorTypes.length === 0)
        blocks.push({ kind: 'paragraph', text: t.allPresent, tone: 'good' });
    else {
        blocks.push({
            kind: 'table',
            columns: [{ label: t.actorType }, { label: t.kernbereich }, { label: t.requirement }],
            rows: result.missingActorTypes.map((m) => ({
                cells: [(0, names_1.actorTypeLabel)(m.id, lang), (0, names_1.kernbereichLabel)(m.kernbereich, lang), m.requirement === 'required' ? t.required : t.recommended],
                tone: m.requirement === 'required' ? 'bad' : 'warn',
            })),
        });
    }
    return { id: 'actorTypes', title: t.actorTypes, blocks };
}
function kernbereiche(result, t, lang) {
    const lacks = (missing) => (missing.length === 0 ? '–' : (0, format_1.formatList)(missing.map((k) => (0, names_1.kernbereichLabel)(k, lang)), lang));
    const table = {
        kind: 'table',
        columns: [{ label: t.sozialraum }, ...kernbereich_1.KERNBEREICHE.map((k) => ({ label: (0, names_1.kernbereichLabel)(k, lang), short: (0, names_1.kernbereichShort)(k, lang), numeric: true })), { label: t.lacks }],
        rows: [
            { cells: [t.districtTotal, ...kernbereich_1.KERNBEREICHE.map((k) => count(result.kernbereiche[k])), lacks(result.missingKernbereiche)], emphasis: true, tone: result.missingKernbereiche.length > 0 ? 'bad' : undefined },
            ...result.sozialraeume.map((s) => ({
                cells: [s.name, ...kernbereich_1.KERNBEREICHE.map((k) => count(s.kernbereiche[k])), lacks(s.missingKernbereiche)],
                tone: s.missingKernbereiche.some((k) => k !== 'weitere') ? 'warn' : undefined,
            })),
        ],
    };
    const blocks = [table];
    if (result.sozialraeume.length === 0)
        blocks.push({ kind: 'paragraph', text: t.noSozialraum });
    return { id: 'kernbereiche', title: t.kernbereiche, blocks };
}
function criteria(c, t, lang) {
    const statuses = labels_1.STATUS_LABELS[lang];
    const blocks = [];
    if (c.sheet === null)
        blocks.push({ kind: 'paragraph', text: t.criteriaNoSheet });
    else {
        blocks.push({ kind: 'paragraph', text: c.score === null ? t.criteriaNone : t.criteriaScore((0, format_1.formatPercent)(c.score, lang), c.assessed, catalog_1.CRITERIA.length) });
        blocks.push({ kind: 'facts', items: status_1.CRITERION_STATUSES.map((s) => ({ label: statuses[s], value: count(c.counts[s]) })) });
    }
    blocks.push({
        kind: 'table',
        detail: true,
        columns: [{ label: t.criterion }, { label: t.level }, { label: t.status }, { label: t.data }],
        rows: c.items.map((item) => ({
            cells: [`${item.id} ${(0, names_1.criterionTitle)(item.id, lang)}`, (0, names_1.levelLabel)(item.level, lang), item.status ? statuses[item.status] : null, supportText(item, t, lang)],
            tone: item.status === 'erfuellt' && (item.support === 'contradicted' || item.support === 'record-old') ? 'warn' : undefined,
        })),
    });
    return { id: 'criteria', title: t.criteria, blocks };
}
function supportText(item, t, lang) {
    const date = item.recordDateMs === null ? '' : (0, format_1.formatDate)(item.recordDateMs, lang);
    switch (item.support) {
        case null:
            return null;
        case 'record':
            return t.supportRecord(date);
        case 'record-old':
            return t.supportRecordOld(date);
        case 'list':
            return t.supportList;
        case 'list-missing':
            return t.supportListMissing;
        case 'contradicted':
            return t.supportContradicted;
    }
}
function findings(result, t, lang) {
    const items = problems(result);
    if (items.length === 0)
        return { id: 'findings', title: t.findings, blocks: [{ kind: 'paragraph', text: t.noFindings, tone: 'good' }] };
    return {
        id: 'findings',
        title: t.findings,
        blocks: [
            {
                kind: 'findings',
                items: items.map((f) => ({ code: f.code, severity: f.severity, criterion: f.criterion, sheet: f.sheet, cell: f.cell, text: (0, findingText_1.findingText)(f, lang), action: (0, findingActions_1.findingAction)(f.code, lang) })),
            },
        ],
    };
}
