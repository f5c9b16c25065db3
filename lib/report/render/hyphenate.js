"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.breakPoints = breakPoints;
exports.hyphenate = hyphenate;
const SOFT_HYPHEN = '\u00ad';
const EDGE = 3;
const MIN_WORD = 10;
const LONG_RUN = 14;
const PARTS = ('akteur angebot arbeit einschätz ausschuss beauftrag bedarf befragung beratung bereich besuch betreuung bildung budget dienst ' +
    'einrichtung eltern empfehlung entwicklung erziehung familie förderung frauen fragen früh geburt gemeinde gericht ' +
    'gesundheit gewalt gruppe hebamme hilfe jugend kinder klinik kommun konferenz kontakt koordination kosten kreis ' +
    'kriteri lotsen mittel netzwerk partner pflege plan politik praxis psychiatr qualität quote schutz schwanger sozial ' +
    'stadt stelle steuerung stiftung sucht schulden träger verankerung vereinbarung verein versorgung verwaltung ' +
    'vollzeit zentr zirkel leistung liste landes bundes schwerpunkt ebene zuständig').split(' ');
const END_PARTS = /(?:amt|ämter|arzt|ärzt|ärzte|haus|häuser|raum|räume|rat|zeit|welt|amts|raums|hof)(?:e|en|es|s|n|innen|in)?$/;
const LINKING_S = /(?:ungs|heits|keits|schafts|tions|täts|ions|lings|tums|ums)(?=\p{L}{3})/gu;
const SUFFIXES = /(?:lich|keit|heit|schaft|nis)(?=e|en|er|es|s)?/g;
const PREFIXES = ['ver', 'vor', 'zer', 'ent', 'emp', 'ein', 'aus', 'auf', 'über', 'unter', 'an', 'ab', 'be', 'ge', 'er', 'un'];
const VOWELS = 'aeiouyäöü';
const ONSETS = new Set('sch schl schm schn schr schw spr str spl pfl pfr ch ck ph th bl br dr fl fr gl gr kl kn kr pf pl pr tr zw qu'.split(' '));
function partPoints(lower) {
    const points = [];
    for (let i = EDGE + 1; i <= lower.length - EDGE; i++) {
        const rest = lower.slice(i);
        if (PARTS.some((p) => rest.startsWith(p)) || (END_PARTS.test(rest) && END_PARTS.exec(rest)?.index === 0))
            points.push(i);
    }
    for (const m of lower.matchAll(LINKING_S))
        points.push((m.index ?? 0) + m[0].length);
    for (const m of lower.matchAll(SUFFIXES))
        points.push(m.index ?? 0);
    return points;
}
function syllablePoints(run, offset) {
    const points = [];
    const prefix = PREFIXES.find((p) => run.startsWith(p) && run.length - p.length > EDGE + 2);
    let from = 0;
    if (prefix && prefix.length >= EDGE) {
        points.push(offset + prefix.length);
        from = prefix.length;
    }
    const isVowel = (c) => VOWELS.includes(c);
    let i = from;
    while (i < run.length && !isVowel(run[i]))
        i++;
    while (i < run.length) {
        while (i < run.length && isVowel(run[i]))
            i++;
        const start = i;
        while (i < run.length && !isVowel(run[i]))
            i++;
        if (i >= run.length)
            break;
        const cluster = run.slice(start, i);
        let onset = cluster.length;
        for (let k = 0; k < cluster.length; k++) {
            if (cluster.length - k === 1 || ONSETS.has(cluster.slice(k))) {
                onset = k;
                break;
            }
        }
        points.push(offset + start + onset);
    }
    return points;
}
function breakPoints(word) {
    if (word.length < MIN_WORD || /\p{Lu}{2}/u.test(word))
        return [];
    const lower = word.toLowerCase();
    const joints = [...new Set(partPoints(lower))].sort((a, b) => a - b).filter((p, i, all) => i === 0 || p - all[i - 1] >= EDGE);
    const points = [...joints];
    const bounds = [0, ...joints, lower.length];
    for (let k = 0; k + 1 < bounds.length; k++) {
        if (bounds[k + 1] - bounds[k] >= LONG_RUN)
            points.push(...syllablePoints(lower.slice(bounds[k], bounds[k + 1]), bounds[k]));
    }
    return [...new Set(points)].filter((p) => p >= EDGE && p <= word.length - EDGE).sort((a, b) => a - b).filter((p, i, all) => i === 0 || p - all[i - 1] >= 2);
}
function hyphenate(text, lang) {
    const slashes = text.replace(/(\p{L})\/(?=\p{L})/gu, '$1/\u200b');
    if (lang !== 'de')
        return slashes;
    return slashes.replace(/\p{L}+/gu, (word) => {
        const points = breakPoints(word);
        if (points.length === 0)
            return word;
        let out = '';
        let last = 0;
        for (const p of points) {
            out += word.slice(last, p) + SOFT_HYPHEN;
            last = p;
        }
        return out + word.slice(last);
    });
}
