"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.INDICATOR_WORDS = void 0;
exports.indicatorSection = indicatorSection;
const parameters_1 = require("../core/need/parameters");
const format_1 = require("./format");
const WORDS = {
    de: {
        title: 'Vergleichbare Kennzahlen',
        intro: 'In jedem Bericht dieselben Kennzahlen in derselben Reihenfolge, damit Jahre und Kommunen vergleichbar sind; „–“: in der Mappe nicht angegeben.',
        partnersPer1000: 'Partner je 1.000 Geburten',
        required: 'Pflicht-Akteurstypen vertreten',
        agreement: 'Partner mit Kooperationsvereinbarung',
        budgetPerBirth: 'Budget je Geburt',
        needCovered: 'Bedarf nach Modell gedeckt',
        labFte: 'Vollzeitstellen LaB je 1.000 Geburten (Ist)',
        criteria: 'Qualitätskriterien erfüllt (Selbsteinschätzung)',
        own: (names) => `Eigene Werte statt der Standardwerte des Bedarfsmodells: ${names}. Beim Vergleich mit anderen Kommunen beachten.`,
    },
    en: {
        title: 'Comparable indicators',
        intro: 'The same indicators in the same order in every report, so years and districts compare; "–": not given in the workbook.',
        partnersPer1000: 'Partners per 1,000 births',
        required: 'Required actor types present',
        agreement: 'Partners with a cooperation agreement',
        budgetPerBirth: 'Budget per birth',
        needCovered: 'Need covered (model)',
        labFte: 'LaB posts per 1,000 births (actual)',
        criteria: 'Quality criteria met (self-assessment)',
        own: (names) => `Own values instead of the need model's defaults: ${names}. Mind this when comparing with other districts.`,
    },
};
function indicatorSection(ind, lang) {
    const w = WORDS[lang];
    const pct = (v) => (v === null ? null : { kind: 'percent', value: v });
    const items = [
        { label: w.partnersPer1000, value: ind.partnersPer1000Births === null ? null : { kind: 'number', value: ind.partnersPer1000Births, digits: 1 } },
        { label: w.required, value: pct(ind.requiredPresent) },
        { label: w.agreement, value: pct(ind.withAgreement) },
        { label: w.budgetPerBirth, value: ind.budgetPerBirth === null ? null : { kind: 'euro', value: ind.budgetPerBirth } },
        { label: w.needCovered, value: ind.needCovered === null ? null : (0, format_1.formatPercentRange)(ind.needCovered, lang) },
        { label: w.labFte, value: ind.labFtePer1000Births === null ? null : (0, format_1.formatNumber)(ind.labFtePer1000Births, lang, 2) },
        { label: w.criteria, value: pct(ind.criteriaMet) },
    ];
    const blocks = [{ kind: 'paragraph', text: w.intro }, { kind: 'facts', items }];
    const own = ind.ownParameters.map((id) => parameters_1.NEED_PARAMETERS[id].label[lang]);
    return { id: 'indicators', title: w.title, blocks: own.length > 0 ? [...blocks, { kind: 'paragraph', text: w.own((0, format_1.formatList)(own, lang)), tone: 'warn' }] : blocks };
}
exports.INDICATOR_WORDS = WORDS;
