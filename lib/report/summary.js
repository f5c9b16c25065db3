"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.summarySentences = summarySentences;
exports.summaryTiles = summaryTiles;
const format_1 = require("./format");
const names_1 = require("./names");
const ICON = { good: '✓', warn: '!', bad: '✗', neutral: '–' };
function summarySentences(result, lang) {
    const de = lang === 'de';
    const n = (v) => (0, format_1.formatNumber)(v, lang);
    const out = [];
    const required = result.missingActorTypes.filter((m) => m.requirement === 'required');
    const named = result.header.networkName;
    const subject = named
        ? /^(das )?netzwerk/i.test(named) || /^the /i.test(named)
            ? (de ? `Das ${named.replace(/^das /i, '')}` : `The ${named.replace(/^the /i, '')}`)
            : (de ? `Das Netzwerk ${named}` : `The network ${named}`)
        : result.header.kommune
            ? (de ? `Das Netzwerk Frühe Hilfen in ${result.header.kommune}` : `The Frühe Hilfen network in ${result.header.kommune}`)
            : (de ? 'Das Netzwerk Frühe Hilfen' : 'The Frühe Hilfen network');
    const total = result.requiredTotal;
    const present = total - required.length;
    out.push(de
        ? `${subject} hat ${n(result.actors)} aktive Partner; ${total > 0 ? `${n(present)} von ${n(total)}` : 'alle'} Pflicht-Akteurstypen sind vertreten${result.former.length === 1 ? ', 1 früherer Partner zählt nicht mehr mit' : result.former.length > 1 ? `, ${n(result.former.length)} frühere Partner zählen nicht mehr mit` : ''}.`
        : `${subject} has ${n(result.actors)} active partners; ${total > 0 ? `${n(present)} of ${n(total)}` : 'all'} required actor types are present${result.former.length === 1 ? ', 1 former partner no longer counts' : result.former.length > 1 ? `, ${n(result.former.length)} former partners no longer count` : ''}.`);
    if (required.length > 0) {
        const health = required.filter((m) => m.kernbereich === 'gesundheit');
        const names = (0, format_1.formatList)(required.slice(0, 4).map((m) => (0, names_1.actorTypeLabel)(m.id, lang)), lang);
        out.push(de
            ? `Es fehlen vor allem ${names}${required.length > 4 ? ' und weitere' : ''}${health.length === required.length ? ', alle aus dem Gesundheitsbereich' : ''}.`
            : `Missing above all: ${names}${required.length > 4 ? ' and others' : ''}${health.length === required.length ? ', all from health' : ''}.`);
    }
    if (result.sozialraeume.length > 0) {
        const noYouth = result.sozialraeume.filter((s) => s.missingKernbereiche.includes('jugendhilfe'));
        out.push(noYouth.length === 0
            ? de
                ? `Alle ${n(result.sozialraeume.length)} Sozialräume haben Partner der Kinder- und Jugendhilfe vor Ort.`
                : `All ${n(result.sozialraeume.length)} Sozialräume have youth welfare partners on the spot.`
            : de
                ? `In ${n(noYouth.length)} von ${n(result.sozialraeume.length)} Sozialräumen fehlt vor Ort ein Partner der Kinder- und Jugendhilfe (${(0, format_1.formatList)(noYouth.map((s) => s.name), lang)}).`
                : `${n(noYouth.length)} of ${n(result.sozialraeume.length)} Sozialräume have no youth welfare partner on the spot (${(0, format_1.formatList)(noYouth.map((s) => s.name), lang)}).`);
    }
    const b = result.budget;
    if (b?.needRange && b.coverageRange) {
        out.push(de
            ? `Nach dem Bedarfsmodell liegt der Bedarf bei ${(0, format_1.formatModelRange)(b.needRange, lang)} im Jahr; das Budget deckt davon ${(0, format_1.formatPercentRange)(b.coverageRange, lang)}.`
            : `By the need model, need lies at ${(0, format_1.formatModelRange)(b.needRange, lang)} a year; the budget covers ${(0, format_1.formatPercentRange)(b.coverageRange, lang)} of it.`);
    }
    const c = result.criteria;
    if (c && c.sheet !== null && c.assessed > 0) {
        const unevidenced = result.findings.filter((f) => f.code === 'criterion-met-without-evidence').length;
        out.push(de
            ? `In der Selbsteinschätzung sind ${n(c.counts.erfuellt)} von ${n(c.items.length)} Qualitätskriterien erfüllt${unevidenced > 0 ? `, bei ${n(unevidenced)} davon fehlt ein Nachweis` : ''}.`
            : `The self-assessment marks ${n(c.counts.erfuellt)} of ${n(c.items.length)} quality criteria as met${unevidenced > 0 ? `; ${n(unevidenced)} of them lack evidence` : ''}.`);
    }
    return out;
}
function summaryTiles(result, lang) {
    const de = lang === 'de';
    const tile = (label, value, tone, reason, share) => ({ label, value, tone, reason, icon: ICON[tone], share });
    const tiles = [];
    const required = result.missingActorTypes.filter((m) => m.requirement === 'required');
    tiles.push(tile(de ? 'Pflicht-Partner vertreten' : 'Required partners present', { kind: 'percent', value: result.coverage }, result.coverage >= 1 ? 'good' : result.coverage >= 0.75 ? 'warn' : 'bad', required.length === 0 ? (de ? 'alle Pflicht-Akteurstypen im Netzwerk' : 'every required type is in the network') : de ? `es ${required.length === 1 ? 'fehlt' : 'fehlen'} ${required.length}` : `${required.length} missing`, result.coverage));
    if (result.sozialraeume.length > 0) {
        const gaps = result.sozialraeume.filter((s) => s.missingKernbereiche.includes('jugendhilfe')).length;
        tiles.push(tile(de ? 'Sozialräume mit Jugendhilfe vor Ort' : 'Sozialräume with youth welfare on the spot', `${result.sozialraeume.length - gaps}/${result.sozialraeume.length}`, gaps === 0 ? 'good' : gaps <= 1 ? 'warn' : 'bad', gaps === 0 ? (de ? 'Kitas oder Familienzentren überall' : 'day care or family centres everywhere') : de ? `in ${gaps} ohne Kita oder Familienzentrum` : `${gaps} without day care or family centre`));
    }
    else {
        tiles.push(tile(de ? 'Sozialräume' : 'Sozialräume', null, 'neutral', de ? 'die Liste nennt keine Sozialräume' : 'the list names no Sozialräume'));
    }
    const b = result.budget;
    if (b?.coverageRange) {
        const r = b.coverageRange;
        tiles.push(tile(de ? 'Bedarf nach Modell gedeckt' : 'Need covered (model)', (0, format_1.formatPercentRange)(r, lang), r.low >= 1 ? 'good' : r.high < 1 ? 'bad' : 'warn', r.low >= 1 ? (de ? 'auch die hohe Schätzung gedeckt' : 'even the high estimate covered') : r.high < 1 ? (de ? 'unter der niedrigen Schätzung' : 'below the low estimate') : de ? 'innerhalb der Spanne des Modells' : 'within the model’s range', b.coverage));
    }
    else {
        tiles.push(tile(de ? 'Bedarf nach Modell gedeckt' : 'Need covered (model)', null, 'neutral', b ? (de ? 'Geburten fehlen für die Schätzung' : 'births missing for the estimate') : de ? 'kein Budgetblatt' : 'no budget sheet'));
    }
    const c = result.criteria;
    if (c && c.sheet !== null && c.score !== null) {
        const unevidenced = result.findings.filter((f) => f.code === 'criterion-met-without-evidence').length;
        tiles.push(tile(de ? 'Qualitätskriterien erfüllt' : 'Quality criteria met', { kind: 'percent', value: c.score }, c.score >= 0.75 && unevidenced === 0 ? 'good' : c.score >= 0.5 ? 'warn' : 'bad', unevidenced > 0 ? (de ? `Selbsteinschätzung; ${unevidenced} ohne Nachweis` : `self-assessment; ${unevidenced} without evidence`) : de ? 'Selbsteinschätzung der Mappe' : 'the workbook’s self-assessment', c.score));
    }
    else {
        tiles.push(tile(de ? 'Qualitätskriterien' : 'Quality criteria', null, 'neutral', de ? 'kein Kriterienblatt' : 'no criteria sheet'));
    }
    const agreement = result.indicators.withAgreement;
    if (agreement !== null) {
        const unbound = result.findings.some((f) => f.code === 'health-youth-not-bound');
        tiles.push(tile(de ? 'Partner mit Kooperationsvereinbarung' : 'Partners with an agreement', { kind: 'percent', value: agreement }, agreement >= 0.75 && !unbound ? 'good' : agreement >= 0.4 ? 'warn' : 'bad', unbound ? (de ? `keine mit ${(0, names_1.kernbereichLabel)('gesundheit', lang)}` : 'none with health') : de ? 'laut Liste' : 'by the list', agreement));
    }
    return tiles;
}
