"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.mapBlock = mapBlock;
const kernbereich_1 = require("../core/taxonomy/kernbereich");
const format_1 = require("./format");
const names_1 = require("./names");
const WORDS = {
    de: {
        title: 'Netzwerkkarte',
        caption: (n, bound, missing) => `Das Netzwerk in vier Sektoren nach Kernbereichen: ${n} Partner, davon ${bound} mit Kooperationsvereinbarung (gefüllt); leere Umrisse: fehlende Pflicht-Akteure (${missing}).`,
        bound: 'mit Kooperationsvereinbarung',
        unbound: 'ohne Vereinbarung',
        missing: 'fehlender Pflicht-Akteur',
    },
    en: {
        title: 'Network map',
        caption: (n, bound, missing) => `The network in four sectors by core area: ${n} partners, ${bound} with a cooperation agreement (filled); empty outlines: missing required types (${missing}).`,
        bound: 'with cooperation agreement',
        unbound: 'without agreement',
        missing: 'missing required type',
    },
};
function mapBlock(result, lang) {
    const w = WORDS[lang];
    const required = result.missingActorTypes.filter((m) => m.requirement === 'required');
    const sectors = kernbereich_1.KERNBEREICHE.map((k) => ({
        kernbereich: k,
        label: (0, names_1.kernbereichLabel)(k, lang),
        partners: result.partners
            .filter((p) => p.kernbereich === k)
            .map((p) => ({ name: p.name, type: p.actorTypeId === null ? null : (0, names_1.actorTypeLabel)(p.actorTypeId, lang), bound: p.agreement === true, sozialraum: p.sozialraeume[0] ?? null })),
        missing: required.filter((m) => m.kernbereich === k).map((m) => (0, names_1.actorTypeLabel)(m.id, lang)),
    }));
    const bound = result.partners.filter((p) => p.agreement === true).length;
    return {
        kind: 'map',
        title: w.title,
        caption: w.caption((0, format_1.formatNumber)(result.partners.length, lang), (0, format_1.formatNumber)(bound, lang), (0, format_1.formatNumber)(required.length, lang)),
        sectors,
        unplaced: result.partners.filter((p) => p.kernbereich === null).length,
        legend: { bound: w.bound, unbound: w.unbound, missing: w.missing },
    };
}
