"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.isDistrictWide = isDistrictWide;
exports.emptyCounts = emptyCounts;
exports.countKernbereich = countKernbereich;
exports.analyseSozialraeume = analyseSozialraeume;
const text_1 = require("../text");
const kernbereich_1 = require("../taxonomy/kernbereich");
const DISTRICT_WIDE = /^(bezirksweit|stadtweit|kreisweit|landkreisweit|gesamt(e[rsn]?)?|alle[n]?(?! (ausser|ohne|bis auf)\b)|in allen|ganze[rsn]?|uebergreifend|sozialraumuebergreifend|ueberregional|zentral|gesamtstadt|ueberall|flaechendeckend|(land)?kreis(gebiet)?$|stadtgebiet$|district-?wide|city-?wide|county-?wide|all)\b/;
function isDistrictWide(sozialraum) {
    return DISTRICT_WIDE.test((0, text_1.fold)(sozialraum));
}
function emptyCounts() {
    return { jugendhilfe: 0, gesundheit: 0, beratung: 0, weitere: 0 };
}
function countKernbereich(counts, k) {
    switch (k) {
        case 'jugendhilfe':
            counts.jugendhilfe++;
            break;
        case 'gesundheit':
            counts.gesundheit++;
            break;
        case 'beratung':
            counts.beratung++;
            break;
        default:
            counts.weitere++;
    }
}
function groupFor(groups, spelling, first) {
    const key = (0, text_1.fold)(spelling);
    let group = groups.get(key);
    if (!group) {
        group = { name: spelling, actors: 0, first, counts: emptyCounts() };
        groups.set(key, group);
    }
    return group;
}
function analyseSozialraeume(actors) {
    const groups = new Map();
    const bySpelling = new Map();
    const districtWide = emptyCounts();
    for (const actor of actors) {
        let wide = false;
        for (const spelling of actor.sozialraeume) {
            let group = bySpelling.get(spelling);
            if (group === undefined) {
                group = isDistrictWide(spelling) ? null : groupFor(groups, spelling, actor);
                bySpelling.set(spelling, group);
            }
            if (group === null) {
                if (!wide && actor.kernbereich)
                    countKernbereich(districtWide, actor.kernbereich);
                wide = true;
                continue;
            }
            group.actors++;
            if (actor.kernbereich)
                countKernbereich(group.counts, actor.kernbereich);
        }
    }
    const summaries = [...groups.values()].map((g) => ({
        name: g.name,
        actors: g.actors,
        kernbereiche: g.counts,
        missingKernbereiche: kernbereich_1.KERNBEREICHE.filter((k) => g.counts[k] === 0),
    }));
    return { summaries, districtWide, firstActors: new Map([...groups.values()].map((g) => [g.name, g.first])) };
}
