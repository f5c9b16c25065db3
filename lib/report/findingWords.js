"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.EXPECTED = exports.en = exports.de = void 0;
exports.gapText = gapText;
exports.rateCounts = rateCounts;
exports.formerReasonText = formerReasonText;
exports.formerReasons = formerReasons;
const referenceRates_1 = require("../core/taxonomy/referenceRates");
const format_1 = require("./format");
const names_1 = require("./names");
function wordsOf(lang) {
    return {
        num: (n) => (0, format_1.formatNumber)(n, lang, Number.isInteger(n) ? 0 : 2),
        euro: (n) => (0, format_1.formatEuro)(n, lang),
        model: (r) => (0, format_1.formatModelRange)(r, lang),
        pctRange: (r) => (0, format_1.formatPercentRange)(r, lang),
        params: (ids) => (0, format_1.formatList)(ids.map((id) => (0, names_1.needParameterLabel)(id, lang)), lang),
        pct: (n, digits = 0) => (0, format_1.formatPercent)(n, lang, digits),
        list: (items) => (0, format_1.formatList)(items, lang),
        from: (ks) => (0, format_1.formatList)(ks.map((k) => (0, names_1.kernbereichAfterFrom)(k, lang)), lang),
        sectors: (ks) => (0, format_1.formatList)(ks.map((k) => (0, names_1.kernbereichLabel)(k, lang)), lang),
    };
}
exports.de = wordsOf('de');
exports.en = wordsOf('en');
function gapText(gap, lang) {
    const w = lang === 'de' ? exports.de : exports.en;
    switch (gap.kind) {
        case 'no-coordination':
            return lang === 'de' ? 'Die Liste nennt keine Koordinierungsstelle.' : 'the list names no coordination office.';
        case 'no-youth-office':
            return lang === 'de' ? 'Das Jugendamt steht nicht in der Liste.' : 'the Jugendamt is not in the list.';
        case 'steering-incomplete':
            return lang === 'de' ? `In der Steuerungsgruppe ist niemand aus ${w.from(gap.missing)}.` : `no one from ${w.from(gap.missing)} sits in the steering group.`;
        case 'health-youth-not-bound':
            return lang === 'de' ? `Ohne Vereinbarung mit einem eigenständigen Partner: ${w.sectors(gap.unbound)}.` : `no agreement with an independent partner in ${w.sectors(gap.unbound)}.`;
    }
}
exports.EXPECTED = {
    de: { plausible: 'Zahl', number: 'Zahl (etwa 812)', share: 'Anteil (etwa 12 %)', year: 'Jahr (etwa 2026)', yesno: 'ja oder nein', model: '„Maßnahmen“ oder „einfach“' },
    en: { plausible: 'a number', number: 'a number (e.g. 812)', share: 'a share (e.g. 12 %)', year: 'a year (e.g. 2026)', yesno: 'yes or no', model: '"Maßnahmen" or "einfach"' },
};
const REASONS = {
    de: { status: 'ausgeschieden laut Status', ended: 'Enddatum vorbei', note: 'ausgeschieden laut Bemerkung', struck: 'durchgestrichen', archive: 'unter „Archiv“ bzw. „ehemalige Partner“', hidden: 'Zeile ausgeblendet' },
    en: { status: 'left by status', ended: 'end date passed', note: 'left according to the remark', struck: 'struck through', archive: 'under "Archiv" or "former partners"', hidden: 'row hidden' },
};
function rateCounts(actorType, lang) {
    return referenceRates_1.REFERENCE_RATES[actorType]?.counts[lang] ?? (0, names_1.actorTypeLabel)(actorType, lang);
}
function formerReasonText(reason, lang) {
    return REASONS[lang][reason];
}
function formerReasons(reasons, lang) {
    return (0, format_1.formatList)(Object.entries(reasons).map(([r, n]) => `${n} ${REASONS[lang][r]}`), lang);
}
