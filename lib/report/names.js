"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.actorTypeLabel = actorTypeLabel;
exports.kernbereichLabel = kernbereichLabel;
exports.kernbereichShort = kernbereichShort;
exports.kernbereichAfterFrom = kernbereichAfterFrom;
exports.kernbereichAfterTo = kernbereichAfterTo;
exports.criterionTitle = criterionTitle;
exports.levelLabel = levelLabel;
exports.needParameterLabel = needParameterLabel;
const catalog_1 = require("../core/criteria/catalog");
const defaults_1 = require("../core/need/defaults");
const parameters_1 = require("../core/need/parameters");
const actorTypes_1 = require("../core/taxonomy/actorTypes");
const kernbereich_1 = require("../core/taxonomy/kernbereich");
function actorTypeLabel(id, lang) {
    const type = (0, actorTypes_1.actorTypeById)(id);
    if (!type)
        return id;
    return lang === 'de' ? type.label : type.labelEn;
}
function kernbereichLabel(k, lang) {
    return kernbereich_1.KERNBEREICH_LABELS[k][lang];
}
function kernbereichShort(k, lang) {
    return lang === 'de' ? kernbereich_1.KERNBEREICH_LABELS[k].shortDe : kernbereich_1.KERNBEREICH_LABELS[k].shortEn;
}
const FROM = {
    de: {
        jugendhilfe: 'der Kinder- und Jugendhilfe',
        gesundheit: 'dem Gesundheitsbereich',
        beratung: 'den psychosozialen Beratungsstellen und Diensten',
        weitere: 'den weiteren Akteursgruppen',
    },
    en: {
        jugendhilfe: 'child and youth welfare',
        gesundheit: 'health',
        beratung: 'psychosocial counselling',
        weitere: 'the other actor groups',
    },
};
function kernbereichAfterFrom(k, lang) {
    return FROM[lang][k];
}
function kernbereichAfterTo(k, lang) {
    if (lang === 'en')
        return FROM.en[k];
    return `zu ${FROM.de[k]}`.replace(/^zu dem /, 'zum ').replace(/^zu der /, 'zur ');
}
function criterionTitle(id, lang) {
    return (0, catalog_1.criterionById)(id)?.title[lang] ?? id;
}
function levelLabel(level, lang) {
    return catalog_1.QUALITY_LEVEL_LABELS[level][lang];
}
function needParameterLabel(id, lang) {
    return id === 'burdenShare' || id === 'costPerFamily' ? defaults_1.NEED_DEFAULTS[id].label[lang] : parameters_1.NEED_PARAMETERS[id].label[lang];
}
