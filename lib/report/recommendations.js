"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.recommendations = recommendations;
const format_1 = require("./format");
const names_1 = require("./names");
const MAX_STEPS = 5;
function recommendations(result, lang) {
    const de = lang === 'de';
    const steps = [];
    const list = (items) => (0, format_1.formatList)(items, lang);
    const codes = (code) => result.findings.filter((f) => f.code === code);
    const missing = result.missingActorTypes.filter((m) => m.requirement === 'required');
    const bySector = new Map();
    for (const m of missing)
        bySector.set(m.kernbereich, [...(bySector.get(m.kernbereich) ?? []), (0, names_1.actorTypeLabel)(m.id, lang)]);
    for (const [k, types] of bySector) {
        const health = k === 'gesundheit';
        const text = health
            ? de
                ? `Gesundheitspartner gewinnen: ${list(types)}. Ansprache etwa über den Qualitätszirkel der Kinder- und Frauenärzt:innen, die Kassenärztliche Vereinigung und die Leitung der Geburtsklinik (Kriterium 4.1).`
                : `Win health partners: ${list(types)}. Approach them e.g. through the paediatricians' and gynaecologists' quality circle, the Kassenärztliche Vereinigung and the birth clinic's management (criterion 4.1).`
            : de
                ? `Partner aus ${(0, names_1.kernbereichAfterFrom)(k, lang)} gewinnen: ${list(types)} (Kriterium 4.1).`
                : `Win partners from ${(0, names_1.kernbereichAfterFrom)(k, lang)}: ${list(types)} (criterion 4.1).`;
        steps.push({ weight: (health ? 110 : 100) + types.length, text });
    }
    for (const f of codes('criterion-met-contradicted')) {
        if (f.criterion === null)
            continue;
        steps.push({
            weight: 90,
            text: de
                ? `Selbsteinschätzung zu Kriterium ${f.criterion} (${(0, names_1.criterionTitle)(f.criterion, lang)}) prüfen: Sie ist als erfüllt markiert, die Netzwerkliste zeigt das Gegenteil.`
                : `Review the self-assessment of criterion ${f.criterion} (${(0, names_1.criterionTitle)(f.criterion, lang)}): it is marked as met, the network list shows the opposite.`,
        });
    }
    if (codes('health-youth-not-bound').length > 0) {
        steps.push({
            weight: 85,
            text: de
                ? 'Eine Kooperationsvereinbarung mit einem eigenständigen Gesundheitspartner schließen, zuerst mit der Geburtsklinik oder dem Gesundheitsamt (Kriterien 3.4 und 5.2).'
                : 'Sign a cooperation agreement with an independent health partner, first with the birth clinic or the public health office (criteria 3.4 and 5.2).',
        });
    }
    const noYouth = codes('sozialraum-missing-kernbereich').filter((f) => f.severity === 'warning').map((f) => f.values.sozialraum);
    if (noYouth.length > 0) {
        steps.push({
            weight: 80,
            text: de
                ? `In ${list(noYouth)} eine Kita oder ein Familienzentrum als Partner vor Ort gewinnen (Kriterium 4.3).`
                : `Win a day-care centre or family centre as a local partner in ${list(noYouth)} (criterion 4.3).`,
        });
    }
    const remote = codes('sozialraum-missing-kernbereich').filter((f) => f.severity === 'info').map((f) => f.values.sozialraum);
    if (remote.length > 0) {
        steps.push({
            weight: 55,
            text: de
                ? `In ${list([...new Set(remote)])} Gesundheits- und Beratungsangebote erreichbar machen: bezirksweite Dienste vor Ort bekannt machen oder eine Praxis bzw. Beratungsstelle als Partner gewinnen (Kriterium 4.3).`
                : `Make health and counselling services reachable in ${list([...new Set(remote)])}: make district-wide services known locally or win a practice or counselling centre as a partner (criterion 4.3).`,
        });
    }
    const budget = result.budget;
    if (codes('budget-below-need').length > 0 && budget?.needRange && budget.coverageRange) {
        steps.push({
            weight: 75,
            text: de
                ? `Mittelbedarf im Jugendhilfeausschuss ansprechen: Das Budget deckt nach dem Bedarfsmodell ${(0, format_1.formatPercentRange)(budget.coverageRange, lang)} des geschätzten Bedarfs (${(0, format_1.formatModelRange)(budget.needRange, lang)}).`
                : `Raise funding in the youth welfare committee: by the need model the budget covers ${(0, format_1.formatPercentRange)(budget.coverageRange, lang)} of estimated need (${(0, format_1.formatModelRange)(budget.needRange, lang)}).`,
        });
    }
    const unevidenced = codes('criterion-met-without-evidence');
    if (unevidenced.length > 0) {
        const ids = unevidenced.map((f) => f.criterion).filter((c) => c !== null);
        steps.push({
            weight: 50 + unevidenced.length,
            text: de
                ? `Belege sichern für ${ids.length === 1 ? 'Kriterium' : 'die Kriterien'} ${list(ids)}: Konferenzen, Arbeitsgruppen und Fortbildungen mit Datum im Blatt „Netzwerkarbeit“ festhalten.`
                : `Record evidence for ${ids.length === 1 ? 'criterion' : 'criteria'} ${list(ids)}: keep conferences, working groups and training with their dates in the Netzwerkarbeit sheet.`,
        });
    }
    const without = codes('agreements-missing')[0]?.values;
    if (without && without.count >= 3) {
        steps.push({
            weight: 35 + Math.round((without.count / without.total) * 20),
            text: de
                ? `Kooperationsvereinbarungen mit den ${without.count} Partnern ohne Vereinbarung anstreben, zuerst mit ${list([...without.examples])} (Kriterium 3.4).`
                : `Seek cooperation agreements with the ${without.count} partners without one, first ${list([...without.examples])} (criterion 3.4).`,
        });
    }
    if (codes('need-unknown').length > 0) {
        steps.push({ weight: 40, text: de ? 'Die Zahl der Geburten im Jahr in den Einstellungen eintragen, damit der Bedarf geschätzt werden kann.' : 'Enter the number of births a year in the settings so that need can be estimated.' });
    }
    const unclassified = result.unclassified.length;
    if (unclassified > 0) {
        steps.push({
            weight: 30,
            text: de
                ? `Für ${unclassified} Partner ohne erkannte Art die Art eintragen (Aufgabenbereich: „Partner ohne erkannte Art“).`
                : `Enter the type of ${unclassified} ${unclassified === 1 ? 'partner' : 'partners'} of unrecognised type (task pane: "Partners of unrecognised type").`,
        });
    }
    return steps.sort((a, b) => b.weight - a.weight).slice(0, MAX_STEPS).map((s) => s.text);
}
