"use strict";
Object.defineProperty(exports, "__esModule", { value: true });
exports.splitSozialraeume = splitSozialraeume;
const LIST = /\s*(?:[/,;+&\n\r]|\bund\b|\bu\.|\band\b)\s*/i;
const LEAD = /^\s*(?:sozialr(?:a|ä)ume?|stadtteile?|ortsteile?|planungsr(?:a|ä)ume?|regionen?|bezirke?|quartiere?|gemeinden?)\s*:\s*/i;
const QUALIFIER = /\s*\((?:teilweise|tlw\.?|teils|anteilig|z\.\s?t\.|zum teil|schwerpunkt|hauptsächlich|überwiegend|auch|nur|ggf\.?|partly|partially|mainly)\)\s*$/i;
function splitSozialraeume(text) {
    const parts = text
        .replace(LEAD, '')
        .split(LIST)
        .map((p) => p.replace(QUALIFIER, '').trim())
        .filter((p) => p !== '');
    return parts.filter((p, i) => parts.findIndex((q) => q.toLowerCase() === p.toLowerCase()) === i);
}
